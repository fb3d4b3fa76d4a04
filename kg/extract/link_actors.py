"""Actors: which countries and organizations of a segment may take part in its links.

``ActorFinder`` reads a segment's actors from its resolved candidates: organizations not
named inside another's name, countries not named as a place of trafficking, a statistic, a
topic or a venue ("in Manama, Bahrain"), and the countries of visited places. Beside it are
the helpers that narrow or complete those actors: observers left out, the country of a
section's heading and the national bodies under it. Kept apart from ``relations`` so that
whether a name counts at all is found in one place, separate from how actors link.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

from kg.extract import cues
from kg.extract.homes import named_inside
from kg.extract.link_state import LinkDoc
from kg.extract.lists import Actor, coordinated, country_actor, groups
from kg.extract.places_dates import stands_for_government
from kg.extract.sentences import Segment
from kg.resolve import Candidate

DATELINE = re.compile(
    r"[A-Z][A-Z .'-]+,[^.\n]{0,60}?\s[-–—]\s|[A-Z][A-Z .'-]+\s[-–—]\s"
    r"|[A-Z][^,.\n]{1,40},[^.\n]{0,40}?\b(19|20)\d\d\b\s*[-–—:]\s"
)
_STOPS = re.compile(r"[.;:]")
#: Nothing but names of a list before the next one: "Spain, Italy and (the) ".
_NAMES_ONLY = re.compile(r"((the\s+)?[A-Z][\w'’-]*(,?\s+(and\s+|or\s+)?|,))*(the\s+)?")
#: "in San José, " or "at Hat Yai, " right before a country: the city it locates.
_CITY_BEFORE = re.compile(r"\b(in|at)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+(the\s+)?$")
_NEXT_WORD = re.compile(r"\s*,\s*(?:the\s+)?(\w)")
_VENUE_END = re.compile(r"\s*([,.;:)\n]|$)")
#: An event right before "in <city>": what takes place there ("a workshop organized in",
#: "the plenary in"), unlike a thing given or built there ("a training centre in Suva, Fiji").
_EVENT_BEFORE = re.compile(
    r"\b(meetings?|workshops?|conferences?|summits?|seminars?|courses?|plenary|plenaries"
    r"|sessions?|forums?|exercises?|events?|offices?|headquarters|secretariats?)"
    r"(\s+(held|organi[sz]ed|convened))?(\s+(of|on|for)\s+(the\s+)?[A-Z][^,;:.]{0,80})?\s*$"
    r"|\b(held|organi[sz]ed|convened|took place|hosted)(\s+by\s+[^,;:.]{0,100})?\s*$"
    # an office's seat, not a person's post ("an adviser based in Maputo, Mozambique")
    r"|\b(offices?|headquarters|secretariats?|centres?|centers?|hubs?|units?|programmes?"
    r"|projects?|organi[sz]ations?|compan(y|ies)|firms?|missions?)\b[^;.]{0,80}?"
    r"\b(based|located|headquartered|seated|situated)\s*$",
    re.IGNORECASE,
)
#: "The course was hosted by Morocco": the host of guests it trains, unlike a meeting's.
_COURSE_HOSTED_BY = re.compile(
    r"(?i)\b(courses?|trainings?|study (visits?|tours?)|internships?|attachments?)\s+(was|were"
    r"|is|are|has been|had been)\s+(also\s+)?hosted\s+by\s+(the\s+)?(governments?\s+of\s+)?"
    r"(the\s+)?$"
)
#: "Dutch-funded": a country named in a name as the one who pays for it.
_FUNDER_IN_NAME = re.compile(r"[\s-]*(funded|financed|sponsored)\b")
#: "… cocaine in Bar was made by the Montenegrin unit": a passive's agent, the doer.
_AGENT = re.compile(r"\b(is|are|was|were|been|being)\s+(\w+\s+){0,2}by\b")
#: "a consignment, which Japan has also financed": a country that pays, the giver.
_GIVES = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:also\s+|already\s+)?(?:financed|funded|paid for|donated)\b"
    r"(?!\s+by\b)"
)
#: "cocaine trafficked from Colombia funded …": a place after a preposition is no giver.
_PLACE_BEFORE = re.compile(r"\b(from|in|to|via|through|into|of|at)\s+(the\s+)?$")
#: "between" right after a topic, and a cooperation named before the topic in the clause.
_BETWEEN_GAP = re.compile(r"\s+between\b")
_TOPIC_END = re.compile(r"(?i)(trafficking|smuggling)$")
_COOPERATION_ON = re.compile(
    r"(?i)(?<!proposal for )(?<!proposals for )(?<!lack of )(?<!absence of )(?<!proposed )"
    r"(?<!no )(?<!possible )(?<!potential )(?<!future )"
    r"\b(cooperation|co-operation|collaboration|agreements?|memorand(um|a)|mou|partnership"
    r"|protocol|coordination)\s+(on|in|against|to\s+(counter|combat|fight|prevent)|for)\b[^.;:]*$"
)
#: A quantity right after a country, with no verb between: a figure of a statistic ("…, Costa
#: Rica 26 tonnes and Honduras 9 tonnes", "Kenya (12 per cent)"), not a partner.
_FIGURE_AFTER = re.compile(
    r"\s*\(?(about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d[\d,.]*\s*"
    r"(%|(metric\s+)?(tonnes|tons|kilograms|kilos|kg|grams|litres|liters|hectares|ha|per\s*cent"
    r"|percent|pills|tablets|plants|cases|seizures|arrests)\b)",
    re.IGNORECASE,
)
#: A list's own joint act after its figures: "A (1,200 hectares) and B (300 hectares) jointly
#: eradicated …" (each country's share of it).
_JOINTLY = re.compile(r"\b(jointly|together)\b", re.IGNORECASE)
#: A capital as a clause's subject, right before a verb of giving money, equipment or staff
#: ("Tokyo has financed") or signing an agreement: its government acting, not a place ("in
#: Tokyo", "Tokyo hosted"). "Contributed" only of money or staff (a capital "contributes"
#: shares of statistics), and not an agent acting "on behalf of" another ("Santiago signed").
_CAPITAL_ACTS = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+|already\s+|again\s+)?(?:financed|funded|co-funded"
    r"|co-financed|paid for|donated|pledged|sponsored|trained|seconded"
    r"|signed(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:agreement|memorandum|protocol|treaty"
    r"|declaration|accord|convention|arrangement))"
    r"|contributed(?=\s+(?:an?\s+)?(?:further\s+|additional\s+)?(?:USD|US\$|EUR|GBP|JPY|[$€£]"
    r"|funds|funding|equipment|experts|staff|officers|vehicles)))\b"
    # not "financed by", nor a share ("funded 12 per cent of seizures")
    r"(?!\s+by\b|\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?\d[\d.,]*\s*(?:%|per\s*cent"
    r"|percent))(?![^.;]{0,100}\bon behalf of\b)"
)
#: What may open a clause before its subject: nothing, or an opening phrase ("In 2021, ").
_CLAUSE_OPENING = re.compile(r"(?:[A-Z][^,;:.]{0,40},\s+)?")
#: Bodies that belong to no one country, whatever section names them.
NOT_NATIONAL = frozenset({"intergovernmental", "un-body", "un-office", "development-agency"})
#: What a heading naming one country may have besides: a number, "the", punctuation.
_HEADING_REST = re.compile(r"[\W\d]*(?:the\s+)?[\W\d]*")


class _Context:
    """Where negative words and venue phrases end in a segment, found once per segment and
    only when a country asks."""

    def __init__(self, text: cues.Lowered, seg: Segment) -> None:
        self.text = text
        self.seg = seg
        self._negative_ends: list[int] | None = None
        self._host_ends: set[int] | None = None
        self._origin_ends: list[int] | None = None

    def origin_ends(self) -> list[int]:
        if self._origin_ends is None:
            self._origin_ends = [m.end() for m in self._finditer(cues.ORIGIN)]
        return self._origin_ends

    def negative_ends(self) -> list[int]:
        if self._negative_ends is None:
            self._negative_ends = [m.end() for m in self._finditer(cues.NEGATIVE_WORD)]
        return self._negative_ends

    def host_ends(self) -> set[int]:
        if self._host_ends is None:
            self._host_ends = {m.end() for m in self._finditer(cues.HOSTED)}
        return self._host_ends

    def _finditer(self, cue: cues.Cue) -> Iterator[re.Match[str]]:
        return cue.finditer(self.text.text, self.seg.start, self.seg.end, self.text)


class ActorFinder:
    """Finds the actors of a segment: who may take part in a link it states."""

    def __init__(self, doc: LinkDoc) -> None:
        self.view, self.text, self.lowered = doc.view, doc.text, doc.lowered
        self._key, self.entities = doc.key, doc.entities

    def section_homes(self, actors: list[Actor], country: str) -> list[Actor]:
        """A national body of unknown country, under a heading that names one country alone
        ("Dominican Republic" above "- Officers of the National Directorate … visited
        Colombia"), is that country's."""
        out = []
        for a in actors:
            entity = self.entities.get(a.key) if a.country is None else None
            if entity and entity.type == "Organization" and entity.category not in NOT_NATIONAL:
                a = replace(a, country=country)
            out.append(a)
        return out

    def actors(self, seg: Segment, inside: list[Candidate]) -> list[Actor]:
        """Organizations, countries not named inside a name, and visited places' countries."""
        holders = [c for c in inside if c.type in ("Organization", "Programme")]
        dateline = DATELINE.match(seg.text)
        if dateline:
            inside = [c for c in inside if c.start >= seg.start + dateline.end()]
        out = []
        previous: tuple[Candidate, bool] | None = None
        context = _Context(self.lowered, seg)
        for c in inside:
            key = self._key(c)
            if c.type == "Organization":
                if cues.INFORMED.match(self.text, c.end, seg.end):
                    continue  # "…, the Ministry was informed": told of it, not a partner
                if not any(named_inside(c, h) for h in holders if h.type == "Organization"):
                    out.append(Actor(c.start, c.end, key, self.entities[key].country))
            elif c.type == "Country" and (
                not any(h.start <= c.start < h.end for h in holders)
                or _FUNDER_IN_NAME.match(self.text, c.end)  # "a Dutch-funded UNODC project"
            ):
                if previous and previous[1] and coordinated(self.text, previous[0].end, c.start):
                    negative = True  # "… trafficked from A and B": B goes with A, whatever
                else:  # its own context
                    negative = self._negative(seg, c, context)
                previous = (c, negative)
                if not negative:
                    out.append(Actor(c.start, c.end, key, c.country))
            elif (
                c.type == "Place"
                and c.country
                and (
                    cues.VISIT.search(self.text[seg.start : c.start])
                    or self._capital_subject(seg, c, c.country)
                )
            ):
                out.append(country_actor(c.country, c.start, c.end))
        return out

    def _capital_subject(self, seg: Segment, c: Candidate, iso3: str) -> bool:
        """ "Tokyo has financed …": a capital opening a sentence as the subject of a verb of
        giving or agreeing stands for its government."""
        return (
            bool(_CAPITAL_ACTS.match(self.text, c.end, seg.end))
            and _CLAUSE_OPENING.fullmatch(self.text, seg.start, c.start) is not None
            and stands_for_government(c.name, iso3)
        )

    def _negative(self, seg: Segment, c: Candidate, context: _Context) -> bool:
        """A country named as a place of trafficking, a statistic, a topic or a venue."""
        if self._origin(c, context):
            return True
        negative_ends = context.negative_ends()
        i = bisect_right(negative_ends, c.start) - 1
        if i >= 0:
            end = negative_ends[i]
            if (
                c.start - end <= cues.NEGATIVE_REACH
                and not _STOPS.search(self.text, end, c.start)
                and not _AGENT.search(self.text, end, c.start)
                and not (
                    _GIVES.match(self.text, c.end, seg.end)
                    and not _PLACE_BEFORE.search(self.text, end, c.start)
                )
                and not self._cooperation_between(seg, end, c.start)
                and not self._passed_to(seg, c.start)
            ):
                return True
        figure = _FIGURE_AFTER.match(self.text, c.end, seg.end)
        if figure and not _JOINTLY.search(self.text, figure.end(), seg.end):
            return True  # "… and Honduras 9 tonnes": a statistic (not "… B (9 t) jointly …")
        after = cues.NEGATIVE_AFTER.search(self.text[c.end : min(seg.end, c.end + 40)])
        if after:
            if "host" not in after.group(0).lower():
                return True
            visited = cues.VISIT.search(
                self.text, max(seg.start, c.start - 40), c.start, self.lowered
            )
            # "Kenya hosted a study visit for …", "a study visit to Slovenia, hosted by …"
            return not (visited or cues.HOSTS_GUESTS.match(self.text, c.end, seg.end, self.lowered))
        if cues.POSTED_TO.search(self.text, max(seg.start, c.start - 80), c.start, self.lowered):
            return True  # "the Ambassador of Japan to Kenya"
        if self._city_before(seg, c):
            return True  # "a workshop organized in San José, Costa Rica, by UNODC"
        return c.start in context.host_ends() and not _COURSE_HOSTED_BY.search(
            self.text, max(seg.start, c.start - 60), c.start
        )

    def _origin(self, c: Candidate, context: _Context) -> bool:
        """A country goods came from: right after "imported … from", or in a list of names
        starting there ("bought from A and B"); not a donor after it ("… with funding from C")."""
        ends = context.origin_ends()
        i = bisect_right(ends, c.start) - 1
        return i >= 0 and _NAMES_ONLY.fullmatch(self.text, ends[i], c.start) is not None

    def _cooperation_between(self, seg: Segment, end: int, start: int) -> bool:
        """ "Cooperation on drug trafficking between A and B": "between" belongs to the
        cooperation named before the topic, not to a route of trafficking."""
        if not _BETWEEN_GAP.match(self.text, end, start):
            return False
        if not _TOPIC_END.search(self.text, max(seg.start, end - 12), end):
            return False  # "cooperation on trafficking routes between A and B": the routes'
        if any(seg.start <= m.start < end for m in self.view.countries):
            return False  # "A and B signed an agreement on trafficking between C and D"
        return bool(_COOPERATION_ON.search(self.text, max(seg.start, end - 100), end))

    def _passed_to(self, seg: Segment, start: int) -> bool:
        """ "passed information on a cocaine container to Croatia": the one told, after a
        drug named as the information's topic."""
        window = max(seg.start, start - 140)
        return bool(cues.PASSED_TO.search(self.text, window, start, self.lowered))

    def _city_before(self, seg: Segment, c: Candidate) -> bool:
        """A country named after a city as its place ("in Manama, Bahrain, in May"): a venue.
        Not a list of countries ("in Kenya, Uganda, …") nor "In Nairobi, Kenya and Uganda
        signed …", where the country goes on into the sentence."""
        if self.text.rfind(",", max(seg.start, c.start - 6), c.start) < 0:
            return False  # most countries: no comma right before
        city = _CITY_BEFORE.search(self.text, max(seg.start, c.start - 60), c.start)
        return bool(
            city
            and city.start(2) not in self.view.country_at
            and _VENUE_END.match(self.text, c.end, seg.end)
            and _EVENT_BEFORE.search(self.text, max(seg.start, city.start() - 120), city.start())
            and not self._country_follows(c.end, seg.end)
        )

    def _country_follows(self, pos: int, end: int) -> bool:
        """Whether another country comes right after ``pos`` (", Kyrgyzstan and …"): the
        country before it starts a list, not a city's country."""
        after = _NEXT_WORD.match(self.text, pos, end)
        return bool(after and after.start(1) in self.view.country_at)


_AS_OBSERVERS = re.compile(
    r"\s+(?:(?:were|was|took part|participated|attended|joined)\s+(?:(?:the\s+)?\w+\s+)?)?"
    r"as\s+observers?\b"
)


def without_observers(text: str, seg: Segment, actors: list[Actor]) -> list[Actor]:
    """The actors but a list of those who came "as observers" ("attended by representatives of
    A and B as observers"): they watch, and join no partnership of the sentence."""
    drop: set[int] = set()
    for run in groups(text, seg.start, actors):
        if _AS_OBSERVERS.match(text, run[-1].end, seg.end):
            drop.update(id(a) for a in run)
    return [a for a in actors if id(a) not in drop] if drop else actors


#: ", which the Chilean side describes as the model for the Peruvian phase": how someone sees
#: what was done, up to the clause's end.
_DESCRIBED_AS = re.compile(
    r",\s*which\s+[^,;.]{0,40}?\b(describes?|described|calls?|called|regards?|regarded"
    r"|considers?|considered|sees?|saw|hails?|hailed)\s+as\b"
    r"((?!\s(and|but)\s+(which|who|that)\b)[^,;.])*"  # up to another relative clause's act
)


def without_described(text: str, seg: Segment, actors: list[Actor]) -> list[Actor]:
    """The actors but those named in a closing description of the act ("…, which A describes
    as a model for B's programme"): a view of it, not a party to it; unless the rest of the
    sentence refers back to them as its parties ("…, was signed by both countries")."""
    spans = [
        m.span()
        for m in _DESCRIBED_AS.finditer(text, seg.start, seg.end)
        if not cues.ANAPHOR_PAIR.search(text, m.end(), seg.end)
        and not cues.GROUP_OF.search(text, m.end(), seg.end)
    ]
    return [a for a in actors if not any(s <= a.start < e for s, e in spans)]


def country_heading(text: str, seg: Segment, inside: list[Candidate]) -> str | None:
    """The country a heading consists of ("Dominican Republic", "2. Jamaica"), if any."""
    countries = [c for c in inside if c.type == "Country"]
    if len(countries) != 1 or len(seg.text) > 60:
        return None
    c = countries[0]
    rest = text[seg.start : c.start] + text[c.end : seg.end]
    return c.country if _HEADING_REST.fullmatch(rest) else None
