"""Partnerships: who cooperates with whom, as stated by one sentence, heading or list item.

A segment states a link when it has a cooperation cue (see ``cues``) and at least two
actors (countries, organizations). Actors in a trafficking, border or statistics
context are left out. A list introduced by "with", "to", "in" or "such as" links each
member with the rest of the sentence (a star), and so do a "from" list beside another
country's actor and a list of countries a donor funds; "between", "among" and other
"from" lists link all members together. "The two sides", "these initiatives" and list items borrow
actors from the sentence before or the list's introduction; "the programme" only from a
sentence that named one, "the meeting was attended by A, B and C" only from a meeting,
"the participants" from whoever attended. A second full clause
(", and <subject> <verb>") is read on its own, and a donor funding in places of several
countries links with each of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise

from kg.extract import cues, hosts, unrealized
from kg.extract.homes import named_inside
from kg.extract.lists import (
    Actor,
    by_clause,
    coordinated,
    donor_teams,
    funded_list,
    gapped_with,
    groups,
    star_group,
    subjectless,
    unique,
)
from kg.extract.places_dates import find_dates
from kg.extract.sentences import Segment
from kg.extract.unrealized import unrealized_spans
from kg.extract.view import DocView
from kg.namespaces import short_hash, slug
from kg.resolve import Candidate
from kg.types import Entity, Evidence, Mention, Partnership

_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]+,[^.\n]{0,60}?\s[-–—]\s|[A-Z][A-Z .'-]+\s[-–—]\s"
    r"|[A-Z][^,.\n]{1,40},[^.\n]{0,40}?\b(19|20)\d\d\b\s*[-–—:]\s"
)
_STOPS = re.compile(r"[.;:]")
_TODAY = re.compile(r"\b(?i:today)\b")
_PARTICIPANTS = cues.Cue(r"\bparticipants?\b")
_BETWEEN = cues.Cue(r"\bbetween\b")
_TRIANGULAR = re.compile(r"(?i)\b(triangular|trilateral|tripartite)\b")
_GIVING = frozenset({"funding", "donation"})
_SEMICOLON = re.compile(r";")
#: " - " between the items of a run-in list of headlines.
_DASH_ITEM = re.compile(r" [-–—] (?=[A-Z])")
#: A run-in label before such a list ("IN THIS ISSUE: …", "Highlights: …").
_RUN_IN_LABEL = re.compile(r"[^:.;]{2,40}:\s")
_COMMA = re.compile(r",")
#: How many segments after a funding link a country may still benefit from what it funds.
_BENEFIT_REACH = 3
_DONOR_BODIES = frozenset({"organization/eu", "organization/european-commission"})
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
    r"|\b(based|located|headquartered|seated|situated)\s*$",  # an office's seat
    re.IGNORECASE,
)
_VISIT = cues.Cue(r"\bvisit(s|ed|ing)?\s+((\w+\s+){0,3}(to|of)\s+)?(the\s+)?$")
_MEMBERSHIP = re.compile(
    r"(?i)\s*,?\s*(among|between|involving|of|with)\s|\s+(member\s+)?countries"
)
_MEMBERS_AFTER = re.compile(r"(?i)^\s*(member\s+)?(countries|states)\b")
_ROUTE_BEFORE = cues.Cue(r"\b(via|through|from|towards?|transit)\s+(the\s+)?$")
_NAMED_THING = re.compile(r"(?i)\bthe\s+(programme|program|project|initiative)$")
_EVENT = re.compile(
    r"(?i)\b(meeting|conference|workshop|course|event|session|training|exercise|visit|tour"
    r"|mission)s?$"
)
#: What "the meeting" may refer back to.
_MEETING_WORDS = re.compile(r"(?i)\b(meeting|met\b|talks\b|consultations?\b)")
#: "Dutch-funded": a country named in a name as the one who pays for it.
_FUNDER_IN_NAME = re.compile(r"[\s-]*(funded|financed|sponsored)\b")
#: "… cocaine in Bar was made by the Montenegrin unit": a passive's agent, the doer.
_AGENT = re.compile(r"\b(is|are|was|were|been|being)\s+(\w+\s+){0,2}by\b")
#: People attending an activity, and the body "at" which they attend it.
_ATTENDED = re.compile(r"\b(attended|attend|took part in|participated in)\b")
_AT_BEFORE = re.compile(r"\bat\s+(the\s+)?$")
#: Bodies that belong to no one country, whatever section names them.
_NOT_NATIONAL = frozenset({"intergovernmental", "un-body", "un-office", "development-agency"})
#: What a heading naming one country may have besides: a number, "the", punctuation.
_HEADING_REST = re.compile(r"[\W\d]*(?:the\s+)?[\W\d]*")
#: A heading over a list of donors, one per item.
_DONORS_HEADING = re.compile(
    r"(?i)\W*(donors?|funders?|funding( partners| sources)?|financial partners|financing"
    r"|funded by|contributors|development partners)\W*"
)
#: "the three beneficiary countries", "all four countries": a list named before.
_GROUP_REF = re.compile(
    r"(?i)\b(all|the|these|those)\s+(three|four|five|six)\s+((beneficiary|participating|member"
    r"|partner|project|target|recipient)\s+)?countries\b"
)
#: "We hosted …", "Our training centre in Amman hosted …", "We thank Japan for funding …":
#: the first person acting as host, giver or signatory.
_FIRST_PERSON = re.compile(
    r"\b(We|we|Our|our)\b\s+(?!partners?\b)(?:[\w-]+\s+){0,4}?(?:also\s+|have\s+|has\s+"
    r"|had\s+)?(hosted|trained|organi[sz]ed|funded|financed|signed|provided|donated|delivered"
    r"|received|seconded|deployed|shared|exchanged|conducted"
    r"|thank(ed)?\s[^.;:]{0,60}\bfor\s+(its\s+|their\s+|the\s+)?(funding|financing|support"
    r"|donating|donation|equipment|training|assistance|contribution))\b"
)
#: A report that is one speaker's words: "Excerpt of remarks by …", "Statement by …".
_REMARKS_BY = re.compile(r"(?i)\b(remarks|statement|speech|address|intervention)\s+(\w+\s+)?by\b")
#: Someone else's words: "… said: 'We …'", "'We …,' said the Country Manager".
_QUOTED_SPEECH = re.compile(r"[\"“”‘’]|\b(said|says|told|stated|added|noted)\b")
#: "its Kazakh counterpart": a body of another country than the possessor's.
_COUNTERPART = re.compile(r"\s+counterparts?\b")
_OWNED = re.compile(r"\b(its|their)\s+$")
_THE_BODY = re.compile(
    r"\b[Tt]he\s+(service|agency|ministry|police|unit|office|directorate|commission|authority"
    r"|bureau|department|force|administration|council|centre|center)\b"
)
_OPERATION_NAME = re.compile(r"(?i)(joint\s+)?(operation|exercise)\s")
_AGREEMENT_NOUN = re.compile(
    r"(?i)\b((bilateral|trilateral|cooperation|framework)\s+)*(memorand(um|a) (of|on)"
    r" (understanding|cooperation)|agreements?|mou|moc|letters? of intent|protocol|treaty|accord)\b"
)


@dataclass
class _State:
    """What later segments may refer back to."""

    section: int = -1
    block: int = -1
    last_link: tuple[Actor, ...] = ()
    last_text: str = ""  # the sentence of the last link
    link_at: int = 0  # the number of the segment that stated it
    link_mechanism: str = ""  # and its mechanism
    last_pair: tuple[Actor, ...] = ()  # the last link between exactly two countries
    prev_actors: tuple[Actor, ...] = ()
    prev_mechanism: str | None = None
    intro: tuple[tuple[Actor, ...], str | None, str | None] | None = None
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    audience: tuple[Actor, ...] = ()  # "participants from A and B", whom "the participants" are
    section_country: str | None = None  # the country a section's heading names alone
    last_funders: tuple[Actor, ...] = ()  # the donors of the section's last funding link
    funders_at: int = 0  # the number of the segment that stated that link
    course: hosts.Course | None = None  # the section's last course or study visit
    donor_list: bool = False  # the section's heading is "Donors": its items are donors
    groups: dict[int, tuple[Actor, ...]] = field(default_factory=dict)  # last list of n
    count: int = 0  # segments read


class _Context:
    """Where negative words and venue phrases end in a segment, found once per segment and
    only when a country asks."""

    def __init__(self, text: cues.Lowered, seg: Segment) -> None:
        self.text = text
        self.seg = seg
        self._negative_ends: list[int] | None = None
        self._host_ends: set[int] | None = None

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


@dataclass(frozen=True)
class _Draft:
    actors: tuple[Actor, ...]
    mechanism: str
    status: str
    confidence: float
    funders: tuple[str, ...]


class LinkReader:
    """Reads the partnerships of one document from its resolved candidates."""

    def __init__(
        self,
        doc_id: str,
        view: DocView,
        candidates: list[Candidate],
        keys: dict[tuple[int, int, str], str],
        entities: dict[str, Entity],
    ) -> None:
        self.doc_id = doc_id
        self.view = view
        self.text = view.text
        self.lowered = cues.Lowered(view.text)
        self.cands = sorted(candidates, key=lambda c: (c.start, c.end))
        self.starts = [c.start for c in self.cands]
        self.keys = keys
        self.entities = entities
        self.state = _State()
        self.agreements: list[Entity] = []
        self._seen: dict[int, list[Actor]] = {}  # actors by segment start, read once
        self._unrealized_possible = unrealized.possible(self.lowered)
        self._issuer: str | None = None  # found when a sentence says "we" or "our"

    def read(self) -> list[Partnership]:
        """All partnerships, in document order."""
        out: list[Partnership] = []
        for seg in self.view.segments:
            out += self._segment(seg)
        return out

    def subject(self, seg: Segment) -> str | None:
        """The entity a segment is about (its first actor, else the report's country), to
        attach the segment's figures to."""
        actors = self._seen.get(seg.start)
        if actors is None:
            actors = self._actors(seg, self._in(seg))
        if actors:
            return actors[0].key
        return f"country/{self.view.main_country}" if self.view.main_country else None

    def _in(self, seg: Segment) -> list[Candidate]:
        lo, hi = bisect_left(self.starts, seg.start), bisect_left(self.starts, seg.end)
        return [c for c in self.cands[lo:hi] if c.end <= seg.end]

    def _key(self, c: Candidate) -> str:
        return self.keys[(c.start, c.end, c.type)]

    def _segment(self, seg: Segment) -> list[Partnership]:
        st = self.state
        st.count += 1
        if seg.section != st.section:
            st.section, st.last_link, st.intro, st.prev_actors = seg.section, (), None, ()
            st.last_pair, st.last_funders, st.course = (), (), None
        if seg.block != st.block and seg.kind != "item":
            st.intro = None
        inside = self._in(seg)
        if seg.kind == "heading":
            st.section_country = _country_heading(self.text, seg, inside)
            st.donor_list = bool(_DONORS_HEADING.fullmatch(seg.text))
        masked = _mask(self.text, seg, [c for c in inside if c.type != "Country"])
        actors = self._seen[seg.start] = self._actors(seg, inside)
        if st.section_country and actors:
            actors = self._section_homes(actors, st.section_country)
        if actors and "observer" in seg.text:
            actors = _without_observers(self.text, seg, actors)
        if actors and _FIRST_PERSON.search(seg.text) and (speaker := self._issuer_country()):
            actors = self._with_speaker(seg, actors, speaker)
        spans = (
            unrealized_spans(self.text, seg.start, seg.end, self.lowered)
            if self._unrealized_possible
            else []
        )
        if spans:
            actors = [a for a in actors if not any(s <= a.start < e for s, e in spans)]
        drafts = (
            self._added_guests(masked, actors)
            or self._added_to_gift(seg, masked, actors)
            or self._named_group(masked, actors)
            or self._donor_item(seg, masked, actors)
        )
        mech = drafts[0].mechanism if drafts else None
        if not drafts:
            drafts, mech = self._drafts_of_segment(seg, masked, inside, actors, spans)
            activity = mech in hosts.HOSTED_ACTIVITIES or bool(hosts.ACTIVITY.search(masked))
            if activity and drafts:
                kind = mech if mech in hosts.HOSTED_ACTIVITIES else "training"
                told = hosts.told(self.text, seg.start, actors, kind, st.count, st.course)
                # "The workshop was organized by UNODC": still the course told of before
                st.course = told or (st.course if cues.ANAPHOR_START.search(seg.text) else None)
            elif mech and actors:
                st.course = None  # another event told of: "took part" is no longer its guests'
        if actors and seg.kind != "item":
            st.prev_actors, st.prev_mechanism = tuple(actors), mech
        if any(a.country for a in actors) and cues.AUDIENCE.search(masked):
            st.audience = tuple(a for a in actors if a.country)
        st.block = seg.block
        if seg.text.rstrip().endswith(":"):
            st.intro = (tuple(actors), mech, cues.status(seg.text))
        return self._partnerships(seg, inside, drafts)

    def _drafts_of_segment(
        self,
        seg: Segment,
        masked: str,
        inside: list[Candidate],
        actors: list[Actor],
        spans: list[tuple[int, int]],
    ) -> tuple[list[_Draft], str | None]:
        """The segment's drafts and mechanism, with the actors it refers back to."""
        st = self.state
        hub, inherited = self._borrowed(seg, masked, inside, actors)
        if any(s == seg.start for s, _ in spans):
            hub = []  # "…, but it has not been signed": nothing of the sentence happened
        mech = self._mechanism(seg, masked, inside, actors, inherited) if actors or hub else None
        if (
            not hub
            and st.last_funders
            and st.count - st.funders_at <= _BENEFIT_REACH
            and self._benefits(seg, actors, inside)
        ):
            hub, inherited, mech = list(st.last_funders), True, "funding"
        drafts = self._drafts(seg, masked, actors, hub, mech, inherited) if mech else []
        return drafts, mech

    def _added_guests(self, masked: str, actors: list[Actor]) -> list[_Draft]:
        """ "Officers from A and B took part in the same course": each guest links with the
        host of the course told of just before, not with the other guests; "The donor also
        covered the participants' travel": the payer links with each guest (kg.extract.hosts)."""
        st = self.state
        course = st.course
        if course is None or st.count - course.at > hosts.REACH:
            return []
        status = cues.status(masked)
        if hosts.adds_guests(masked):
            new = hosts.guests(actors, course.host)
            st.course = replace(course, at=st.count, guests=(*course.guests, *new))
            return [_Draft((course.host, g), course.mechanism, status, 0.6, ()) for g in new]
        if hosts.taught_by(masked) and course.guests:  # "The sessions were delivered by …"
            trainers = [a for a in actors if a.country and a.country != course.host.country]
            st.course = replace(course, at=st.count)
            taught = (*course.guests, course.host)
            return [
                _Draft((t, g), course.mechanism, status, 0.6, ())
                for t in trainers
                for g in taught
                if t.country != g.country
            ]
        if not course.guests or not hosts.pays_for_guests(masked):
            return []
        homes = {g.country for g in course.guests}
        payers = [a for a in actors if a.country and a.country not in homes]
        if not actors and hosts.THE_DONOR.search(masked):
            payers = list(st.last_funders)
        return [
            _Draft((p, g), "funding", status, 0.6, (p.key,))
            for p in payers
            for g in course.guests
            if p.country != g.country
        ]

    def _added_to_gift(self, seg: Segment, masked: str, actors: list[Actor]) -> list[_Draft]:
        """A sentence referring back to a gift ("The equipment was also provided to Mali",
        "The funding was co-financed by Denmark"): each new recipient links with the gift's
        donors, each new donor with its recipients; recipients (or donors) of one gift are
        not each other's partners. One that names a donor and a recipient of its own tells
        of another gift."""
        st = self.state
        if not actors or not st.last_funders or st.funders_at != st.link_at:
            return []
        if seg.kind == "item" and st.intro:
            return []
        anaphor = cues.ANAPHOR_START.search(seg.text)
        if not anaphor or not self._antecedent(anaphor[0], actors):
            return []
        known = {a.key for a in st.last_link}
        new = [a for a in actors if a.key not in known]
        donors = {a.key for a in st.last_funders}
        if not new or _reports_own_link(seg.text, actors):
            return []
        own = cues.mechanism(masked)
        mech = own if own in _GIVING else st.link_mechanism
        givers = [a for a in new if self._giving(seg, a)]
        if givers and len(givers) < len(new):  # "… German funding and handed over to Kenya"
            return self._drafts(seg, masked, actors, [], mech, False)  # a gift of its own
        more_donors = bool(givers)
        side = [a for a in st.last_link if (a.key in donors) != more_donors]
        status = cues.status(masked)
        return [
            _Draft((s, a), mech, status, 0.6, (a.key if more_donors else s.key,))
            for s in side
            for a in new
            if a.country != s.country
        ]

    def _named_group(self, masked: str, actors: list[Actor]) -> list[_Draft]:
        """ "Colombian experts trained inspectors from the three beneficiary countries", "The
        donor finances training in all three countries": the last list of that many
        countries the report named, each linked with the sentence's actors (or its donor)."""
        st = self.state
        m = _GROUP_REF.search(masked) if st.groups else None
        group = st.groups.get(cues.COUNT_WORDS[m[2].lower()], ()) if m else ()
        if not group:
            return []
        others = [a for a in actors if a.country not in {g.country for g in group}]
        if not others and hosts.THE_DONOR.search(masked):
            others = list(st.last_funders)
        mech = cues.mechanism(masked) if others else None
        if not mech:
            return []
        status = cues.status(masked)
        return [
            _Draft((o, g), mech, status, 0.6, (o.key,) if mech in _GIVING else ())
            for o in others
            for g in group
            if o.country != g.country
        ]

    def _donor_item(self, seg: Segment, masked: str, actors: list[Actor]) -> list[_Draft]:
        """An item under a "Donors" heading ("- Germany: EUR 5.2 million, for the Djibouti
        and Yemen components"): its first actor funds the countries the item names after it."""
        if not self.state.donor_list or seg.kind != "item" or len(actors) < 2:
            return []
        donor, status = actors[0], cues.status(masked)
        return [
            _Draft((donor, a), "funding", status, 0.75, (donor.key,))
            for a in unique(actors[1:])
            if a.country and a.country != donor.country
        ]

    def _benefits(self, seg: Segment, actors: list[Actor], inside: list[Candidate]) -> bool:
        """ "Chad will benefit from a smaller component": a country alone that benefits from
        what the section's last donor funds (a project, component, funding or support, or a
        programme by its name; not "benefited from good rainfall")."""
        if len(actors) != 1 or actors[0].country is None:
            return False
        for m in cues.BENEFITS.finditer(self.text, seg.start, seg.end, self.lowered):
            if cues.FUNDED_THING.match(self.text, m.end(), seg.end, self.lowered):
                return True
            if any(c.type == "Programme" and m.end() <= c.start <= m.end() + 30 for c in inside):
                return True
        return False

    def _section_homes(self, actors: list[Actor], country: str) -> list[Actor]:
        """A national body of unknown country, under a heading that names one country alone
        ("Dominican Republic" above "- Officers of the National Directorate … visited
        Colombia"), is that country's."""
        out = []
        for a in actors:
            entity = self.entities.get(a.key) if a.country is None else None
            if entity and entity.type == "Organization" and entity.category not in _NOT_NATIONAL:
                a = replace(a, country=country)
            out.append(a)
        return out

    def _mechanism(
        self,
        seg: Segment,
        masked: str,
        inside: list[Candidate],
        actors: list[Actor],
        inherited: bool,
    ) -> str | None:
        """The segment's own mechanism, else the one of what it refers back to. A proposal
        with no cue of its own ("expressed interest in extending it to A"), or a sentence
        that names no country of its own, inherits none."""
        st = self.state
        if unrealized.undecided(masked):
            return None  # "a proposal by A to extend it to B is under discussion"
        mech = cues.mechanism(masked) or self._membership(seg, inside) or _operation(inside)
        if not mech and "through" in seg.text and any(self._channel(seg, a) for a in actors):
            mech = "funding"  # "Japan, through JICA, and UNODC launched a project"
        if inherited and seg.kind == "item" and st.intro:
            mech = mech or st.intro[1]
        if mech or not inherited or cues.status(masked) == "proposed":
            return mech
        if seg.kind != "item" and not any(a.country for a in actors):
            return None  # "The Programme is part of the UN strategy": a description
        return st.prev_mechanism

    def _membership(self, seg: Segment, inside: list[Candidate]) -> str | None:
        """Members named with a joint programme ("the Initiative among A, B and C") cooperate."""
        for c in inside:
            if c.type == "Programme" and _MEMBERSHIP.match(self.text, c.end, seg.end):
                return "cooperation"
        return None

    def _actors(self, seg: Segment, inside: list[Candidate]) -> list[Actor]:
        """Organizations, countries not named inside a name, and visited places' countries."""
        holders = [c for c in inside if c.type in ("Organization", "Programme")]
        dateline = _DATELINE.match(seg.text)
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
                negative = self._negative(seg, c, context)
                if previous and coordinated(self.text, previous[0].end, c.start):
                    negative = negative or previous[1]
                previous = (c, negative)
                if not negative:
                    out.append(Actor(c.start, c.end, key, c.country))
            elif c.type == "Place" and c.country and _VISIT.search(self.text[seg.start : c.start]):
                out.append(Actor(c.start, c.end, f"country/{c.country}", c.country))
        return out

    def _negative(self, seg: Segment, c: Candidate, context: _Context) -> bool:
        """A country named as a place of trafficking, a statistic, a topic or a venue."""
        negative_ends = context.negative_ends()
        i = bisect_right(negative_ends, c.start) - 1
        if i >= 0:
            end = negative_ends[i]
            if (
                c.start - end <= cues.NEGATIVE_REACH
                and not _STOPS.search(self.text, end, c.start)
                and not _AGENT.search(self.text, end, c.start)
            ):
                return True
        after = cues.NEGATIVE_AFTER.search(self.text[c.end : min(seg.end, c.end + 40)])
        if after:
            if "host" not in after.group(0).lower():
                return True
            visited = _VISIT.search(self.text, max(seg.start, c.start - 40), c.start, self.lowered)
            # "Kenya hosted a study visit for …", "a study visit to Slovenia, hosted by …"
            return not (visited or cues.HOSTS_GUESTS.match(self.text, c.end, seg.end, self.lowered))
        if cues.POSTED_TO.search(self.text, max(seg.start, c.start - 80), c.start, self.lowered):
            return True  # "the Ambassador of Japan to Kenya"
        if self._city_before(seg, c):
            return True  # "a workshop organized in San José, Costa Rica, by UNODC"
        return c.start in context.host_ends()

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

    def _borrowed(
        self, seg: Segment, masked: str, inside: list[Candidate], actors: list[Actor]
    ) -> tuple[list[Actor], bool]:
        """Actors the segment refers back to: "the two sides", list intros, "these initiatives"."""
        st = self.state
        hub: list[Actor] = []
        inherited = False
        pair = st.last_pair or st.last_link  # "the two sides": the last pair, unless named before
        two = cues.ANAPHOR_PAIR.search(masked) if pair else None
        if (
            two
            and len({a.country or a.key for a in actors if a.start < seg.start + two.start()}) < 2
        ):
            hub += [a for a in pair if a.key not in {x.key for x in actors}]
            inherited = True
        hub += self._members(seg, inside)
        if st.audience and cues.AUDIENCE_REF.search(masked):
            hub += [a for a in st.audience if a.key not in {x.key for x in actors}]
        if seg.kind == "item" and st.intro and (actors or hub):
            hub += list(st.intro[0])
            inherited = True
        elif _reports_own_link(seg.text, actors):
            pass  # "The meeting took note of training given by A to B": A and B's link
        elif (
            actors and (m := cues.ANAPHOR_START.search(seg.text)) and self._antecedent(m[0], actors)
        ):
            hub += list(st.last_link or st.prev_actors)  # "the meeting": the last stated link
            inherited = True
        elif actors and st.prev_actors and cues.IT_START.match(seg.text):
            hub.append(_salient(st.prev_actors))  # "It was set up with funding from Australia"
        elif actors and (owner := self._counterpart_owner(seg, actors)):
            hub.append(owner)  # "… announced that it and its Kazakh counterpart had agreed …"
        return unique(hub), inherited

    def _with_speaker(self, seg: Segment, actors: list[Actor], main: str) -> list[Actor]:
        """ "Our training centre hosted officers from A and B", "We thank Japan for funding
        …": in a report by one country's body, "we" and "our" are that country; not in what
        someone else is quoted as saying."""
        if any(a.country == main for a in actors) or _QUOTED_SPEECH.search(seg.text):
            return actors
        m = _FIRST_PERSON.search(seg.text)
        assert m is not None
        start = seg.start + m.start()
        speaker = Actor(start, start + len(m[1]), f"country/{main}", main)
        return sorted([*actors, speaker], key=lambda a: a.start)

    def _issuer_country(self) -> str | None:
        """The report's country when one of its own bodies issues the report, who "we" are:
        a national body named in its first lines, with no other issuer there (a UN office,
        another country's body) unless the lines say whose remarks or statement it is."""
        if self._issuer is None:
            main = self.view.main_country
            head = self.view.segments[:5]
            end = head[-1].end if head else 0
            found = (self.entities.get(self._key(c)) for c in self.cands if c.end <= end)
            bodies = [e for e in found if e is not None and e.type == "Organization"]
            national = any(e.country == main and e.category not in _NOT_NATIONAL for e in bodies)
            others = any(e.country != main for e in bodies)
            spoken = bool(_REMARKS_BY.search(self.text, 0, end))
            self._issuer = main if main and national and (spoken or not others) else ""
        return self._issuer or None

    def _counterpart_owner(self, seg: Segment, actors: list[Actor]) -> Actor | None:
        """Whose "its Kazakh counterpart" a sentence names when it names nobody else: the body
        "the service" or "the agency" of the sentence refers back to, else the country of the
        section's heading, else the report's."""
        homes = {a.country for a in actors}
        if len(homes) != 1 or None in homes:
            return None
        a = next((a for a in actors if _COUNTERPART.match(self.text, a.end)), None)
        if a is None or not _OWNED.search(self.text, a.start - 8, a.start):
            return None
        owner = (
            self._referred_body_country(seg, a.start)
            or self.state.section_country
            or self.view.main_country
        )
        if not owner or owner in homes:
            return None
        return Actor(a.start, a.start, f"country/{owner}", owner)

    def _referred_body_country(self, seg: Segment, end: int) -> str | None:
        """The country of the last body named before ``seg`` whose name has the head noun of
        "the service" (or agency, ministry …) in ``seg`` before ``end``."""
        m = _THE_BODY.search(self.text, seg.start, end)
        if not m:
            return None
        head = m[1].lower()
        for c in reversed(self.cands[: bisect_left(self.starts, seg.start)]):
            entity = self.entities.get(self._key(c)) if c.type == "Organization" else None
            if entity and entity.country and head in entity.label.lower().split():
                return entity.country
        return None

    def _antecedent(self, anaphor: str, actors: list[Actor]) -> bool:
        """ "The programme …" refers back to the last link only if that link's sentence names
        a programme (not "A and B signed an agreement. The programme also trains …"); "these
        initiatives" may sum up any activities. "The meeting was attended by A, B and C" names
        its own participants: it joins the last link only if that link was a meeting too (not
        "A trained B. ECOWAS convened a meeting. The meeting was attended by …"); so does "the
        meeting was funded by C" (not "A funded a laboratory for B. The meeting was funded
        by C")."""
        last = self.state.last_text
        noun = _NAMED_THING.search(anaphor)
        if noun:
            return bool(re.search(rf"(?i)\b{noun[1][:6]}", last))
        event = _EVENT.search(anaphor)
        if event and any(a.country for a in actors):
            stem = event[1][:5]
            return bool(re.search(_MEETING_WORDS if stem == "meeti" else rf"(?i)\b{stem}", last))
        return True

    def _members(self, seg: Segment, inside: list[Candidate]) -> list[Actor]:
        """Members of a joint programme ("Triangular Initiative countries", "the 3 countries")."""
        out: list[Actor] = []
        programmes = [c for c in inside if c.type == "Programme"]
        for p in programmes:
            members = self.state.members.get(self._key(p), ())
            after = self.text[p.end : seg.end]
            if members and (_MEMBERS_AFTER.search(after) or _count_matches(seg.text, len(members))):
                out += [Actor(p.start, p.end, f"country/{m}", m) for m in members]
        return out

    def _drafts(
        self,
        seg: Segment,
        masked: str,
        actors: list[Actor],
        hub: list[Actor],
        mech: str,
        inherited: bool,
    ) -> list[_Draft]:
        """Drafts of each clause ("in A, …; in B, …", "X was funded by A, and Y by B", "A met
        B, and C has signed …")."""
        semicolons = [m.start() for m in _SEMICOLON.finditer(self.text, seg.start, seg.end)]
        clauses = [c for c in by_clause(actors, semicolons) if c]
        if len(clauses) < 2 or any(len(c) < 2 for c in clauses):  # not "A; B; and C"
            clauses = [actors]
        if spans := self._appositives(seg, masked, actors):
            clauses = [part for c in clauses for part in _apart(c, spans) if part]
        breaks = self._new_clauses(seg, masked)
        if _RUN_IN_LABEL.match(seg.text):  # "IN THIS ISSUE: A and B … - C … - D …"
            dashes = [m.start() for m in _DASH_ITEM.finditer(self.text, seg.start, seg.end)]
            breaks = sorted({*breaks, *dashes}) if len(dashes) > 1 else breaks
        clauses = [part for c in clauses for part in by_clause(c, breaks) if part]
        clauses = [part for c in clauses for part in by_clause(c, self._gaps(seg, c)) if part]
        clauses = clauses or [actors]  # only borrowed actors: "the sides signed …"
        return [
            d
            for clause in clauses
            for d in self._clause_drafts(seg, masked, clause, hub, mech, inherited)
        ]

    def _appositives(self, seg: Segment, masked: str, actors: list[Actor]) -> list[tuple[int, int]]:
        """Spans of appositives after a first clause with a verb of its own (", an example of
        cooperation between A and B"), each up to the next comma outside a list of actors:
        "A and B signed an agreement, an example of …, with support from C" is C's too."""
        inside = [
            (x.end, y.start)
            for run in groups(self.text, seg.start, actors)
            for x, y in pairwise(run)
        ]
        out = []
        for m in cues.APPOSITIVE.finditer(self.text, seg.start, seg.end):
            if not cues.FINITE_VERB.search(masked, 0, m.start() - seg.start):
                continue
            end = seg.end
            for comma in _COMMA.finditer(self.text, m.end(), seg.end):
                if not any(a <= comma.start() < b for a, b in inside):
                    end = comma.start()
                    break
            out.append((m.start(), end))
        return out

    def _new_clauses(self, seg: Segment, masked: str) -> list[int]:
        """Starts of second full clauses, after a first one with a verb of its own (not
        "Germany, through GIZ, and UNICEF launched …")."""
        return [
            m.start()
            for m in cues.NEW_CLAUSE.finditer(self.text, seg.start, seg.end)
            if cues.FINITE_VERB.search(masked, 0, m.start() - seg.start)
        ]

    def _gaps(self, seg: Segment, actors: list[Actor]) -> list[int]:
        """Where a clause whose verb is left out begins ("…, and the second office by Norway")."""
        return sorted({g for a in actors if (g := self._gap_before(seg, a)) is not None})

    def _gap_before(self, seg: Segment, a: Actor) -> int | None:
        """Start of ", and <what> by" right before ``a`` after a giving verb, if any."""
        gap = cues.GAPPED_BY.search(self.text, max(seg.start, a.start - 80), a.start, self.lowered)
        if gap and cues.PASSIVE_GIVING.search(self.text, seg.start, gap.start(), self.lowered):
            return gap.start()
        return None

    def _clause_drafts(
        self,
        seg: Segment,
        masked: str,
        actors: list[Actor],
        hub: list[Actor],
        mech: str,
        inherited: bool,
    ) -> list[_Draft]:
        """Drafts of one clause: stars, co-donors and cliques of its actors."""
        runs = groups(self.text, seg.start, actors)
        giving = {id(g): self._run_gives(seg, g) for g in runs}
        for run in runs:  # what "the three countries" of a later sentence may name
            named = unique(a for a in run if a.country)
            if not giving[id(run)] and len({a.country for a in named}) == len(named) > 2:
                self.state.groups[len(named)] = tuple(named)  # not a list of donors
        donors = [a for g in runs if giving[id(g)] for a in g]
        if "funding" in giving.values() and mech not in ("agreement", "donation"):
            mech = "funding"
        status = cues.status(masked)
        if seg.kind == "item" and self.state.intro and self.state.intro[2] == "proposed":
            status = "proposed"
        joint = bool(cues.JOINT.search(masked))
        star = star_group(self.text, seg.start, runs, hub, joint=joint)
        funded = None
        if donors and mech in _GIVING and not joint:
            funded = funded_list(
                self.text, seg.start, seg.end, runs, [bool(giving[id(g)]) for g in runs]
            )
        star = star or funded or gapped_with(self.text, seg.start, runs)
        if not star and hub and inherited and mech in _GIVING and not donors:
            star = list(actors)  # "The grant supports A, B and C": each with the donor
        main = self.view.main_country
        if star and not hub and main and self._unnamed_partner(seg, star, actors, main):
            hub = [Actor(star[0].start, star[0].start, f"country/{main}", main)]
        donor_keys = {a.key for a in donors}
        confidence = _confidence(seg, mech, inherited, bool(star or len(donor_keys) > 1), masked)
        if len(donor_keys) >= 2:
            takers = [g for g in runs if not giving[id(g)]]  # "to help A, B and C"
            beneficiaries = (
                star_group(self.text, seg.start, takers, hub, joint=joint) or funded or star or []
            )
            teams = donor_teams(actors, hub, donors, beneficiaries)
        elif star:
            more = self._more_stars(seg, runs, star, hub, joint)
            core = [a for a in actors if all(a not in s for s in more)]
            teams = [[*_others(core, s, m), *hub, m] for s in (star, *more) for m in s]
        elif donor_keys and (venues := self._funded_venues(seg, actors, donor_keys)):
            # "With funding from D, officers of A attended a course at B's academy": D funds
            # A's officers; B trains them, and is not funded by D
            gone = {v.key for v in venues}
            teams = [[a for a in (*actors, *hub) if a.key not in gone]]
            teams.append([a for a in (*actors, *hub) if a.key not in donor_keys])
        else:
            teams = [[*actors, *hub]]
        return [
            _Draft(
                tuple(unique(team)),
                mech,
                status,
                confidence,
                tuple(sorted({a.key for a in team} & donor_keys)) if mech in _GIVING else (),
            )
            for team in teams
        ]

    def _more_stars(
        self,
        seg: Segment,
        runs: list[list[Actor]],
        star: list[Actor],
        hub: list[Actor],
        joint: bool,
    ) -> list[list[Actor]]:
        """Other star lists of the clause ("X, in partnership with A and B, runs a project in C,
        D and E"): each member links with the rest, not with another list's members."""
        more: list[list[Actor]] = []
        rest = [g for g in runs if g is not star and len(g) > 1]  # a star lists two or more
        while rest and (found := star_group(self.text, seg.start, rest, hub, joint=joint)):
            more.append(found)
            rest = [g for g in rest if g is not found]
        return more

    def _funded_venues(
        self, seg: Segment, actors: list[Actor], donor_keys: set[str]
    ) -> list[Actor]:
        """Organizations of another country than the donor's where the funded people attended
        an activity: "… attended a course at the Turkish Academy" (only where people attend)."""
        if not _ATTENDED.search(self.text, seg.start, seg.end):
            return []
        homes = {a.country for a in actors if a.key in donor_keys}
        return [
            a
            for a in actors
            if a.key not in donor_keys
            and not a.key.startswith("country/")
            and a.country
            and a.country not in homes
            and _AT_BEFORE.search(self.text, max(seg.start, a.start - 12), a.start)
        ]

    def _unnamed_partner(
        self, seg: Segment, star: list[Actor], actors: list[Actor], main: str
    ) -> bool:
        """The report's country is the partner a subjectless "with" list leaves unnamed,
        unless the list names it ("with Canadian and Norwegian support" in a Canadian report)."""
        named = main in {a.country for a in star}
        return not named and subjectless(self.text, seg.start, star, actors)

    def _run_gives(self, seg: Segment, run: list[Actor]) -> str | None:
        """How a run of actors gives: as its first or its last member does."""
        return self._giving(seg, run[0]) or (self._giving(seg, run[-1]) if len(run) > 1 else None)

    def _giving(self, seg: Segment, a: Actor) -> str | None:
        """How an actor gives: "funding" ("funded by X", "X-funded", "support of Japan"),
        "support" (a foreign agency's support: "supported by the DEA"), or None."""
        before = self.text[max(seg.start, a.start - 80) : a.start]
        after = self.text[a.end : min(seg.end, a.end + 40)]
        if cues.DONOR_BEFORE.search(before) or cues.DONOR_AFTER.search(after):
            return "funding"
        if a.key.startswith("country/") and self._channel(seg, a):
            return "funding"  # "Japan, through JICA, …"
        if self._gap_before(seg, a) is not None:
            return "funding"  # "…funded by Japan, and the second office by Norway"
        if not cues.SUPPORT_BEFORE.search(before):
            return None
        entity = self.entities.get(a.key)
        category = entity.category if entity else None
        if a.key.startswith("country/") or category == "development-agency":
            return "funding"
        if a.key in _DONOR_BODIES:
            return "funding"
        return "support" if a.country and a.country != self.view.main_country else None

    def _channel(self, seg: Segment, a: Actor) -> bool:
        """ "Japan, through JICA": a country followed by the aid body it gives through."""
        m = cues.CHANNEL_AFTER.match(self.text, a.end, seg.end)
        if not m:
            return False
        lo, hi = bisect_left(self.starts, m.end()), bisect_right(self.starts, m.end())
        bodies = [self.entities.get(self._key(c)) for c in self.cands[lo:hi]]
        return any(
            e.type == "Organization"
            and (e.category == "development-agency" or bool(cues.AID_BODY.search(e.label)))
            for e in bodies
            if e
        )

    def _partnerships(
        self, seg: Segment, inside: list[Candidate], drafts: list[_Draft]
    ) -> list[Partnership]:
        if not drafts:
            return []  # nothing to date or to name a programme for
        programme = next((self._key(c) for c in inside if c.type == "Programme"), None)
        date = _date(self.text, seg, inside)
        out = []
        for d in drafts:
            if d.funders:  # "the donor" of a later sentence, even with no partner named here
                self._remember_funders([a for a in d.actors if a.key in d.funders])
            keys = {a.key for a in d.actors}
            if d.funders and programme:
                keys.add(programme)  # a donor and the programme it funds
            for countries, place in self._reaches(inside, d, programme):
                participants = tuple(sorted(keys | ({place} if place else set())))
                if len(participants) < 2:
                    continue
                if programme and len(countries) >= 2 and not d.funders:
                    self.state.members.setdefault(programme, countries)
                out.append(self._partnership(seg, d, participants, countries, date, programme))
        return out

    def _remember_funders(self, funders: list[Actor]) -> None:
        """The donors of the segment's gifts, for "the donor" or "the grant" of later ones."""
        st = self.state
        if st.funders_at == st.count:  # co-donors of one segment: all of them
            funders = [*st.last_funders, *funders]
        st.last_funders, st.funders_at = tuple(unique(funders)), st.count

    def _partnership(
        self,
        seg: Segment,
        d: _Draft,
        participants: tuple[str, ...],
        countries: tuple[str, ...],
        date: str | None,
        programme: str | None,
    ) -> Partnership:
        """One link, remembered for the segments that refer back to it."""
        key = "partnership/" + short_hash(
            self.doc_id, seg.start, seg.end, participants, d.mechanism
        )
        self.state.last_link, self.state.last_text = d.actors, seg.text
        self.state.link_at, self.state.link_mechanism = self.state.count, d.mechanism
        if len(countries) == 2 and len(d.actors) >= 2:
            self.state.last_pair = d.actors  # not a donor alone and the place it funds
        if d.mechanism == "agreement":
            self._agreement(seg, participants)
        return Partnership(
            key,
            participants,
            countries,
            _kind(countries, participants, seg.text),
            d.mechanism,
            d.status,
            Evidence(self.doc_id, seg.start, seg.end, seg.text),
            date,
            d.confidence,
            d.funders,
            programme,
        )

    def _reaches(
        self, inside: list[Candidate], d: _Draft, programme: str | None
    ) -> list[tuple[tuple[str, ...], str | None]]:
        """The countries of each link a draft makes, with a place it names. A donor's link
        also reaches the country it funds in: each place of the sentence in another country
        (one link each, with the place), else the programme's country, else the report's."""
        countries = {a.country for a in d.actors if a.country}
        donor_countries = {a.country for a in d.actors if a.key in d.funders and a.country}
        if not d.funders or not countries <= donor_countries:
            return [(tuple(sorted(countries)), None)]
        places: dict[str, str] = {}
        for c in inside:
            if c.type != "Place" or not c.country or c.country in donor_countries:
                continue
            if not _ROUTE_BEFORE.search(self.text, max(0, c.start - 20), c.start, self.lowered):
                places.setdefault(c.country, self._key(c))  # not "via Termez"
        if places:
            return [(tuple(sorted(countries | {c})), key) for c, key in places.items()]
        funded = self.entities.get(programme) if programme else None
        recipient = (funded and funded.country) or self.view.main_country
        return [(tuple(sorted(countries | ({recipient} if recipient else set()))), None)]

    def _agreement(self, seg: Segment, participants: tuple[str, ...]) -> None:
        m = _AGREEMENT_NOUN.search(self.text, seg.start, seg.end)
        if not m:
            return
        phrase = m.group(0)
        key = f"agreement/{slug(phrase.lower())}-{short_hash(*participants, length=8)}"
        label = phrase[0].upper() + phrase[1:]
        self.agreements.append(
            Entity(key, "Agreement", label, mentions=(Mention(m.start(), m.end(), phrase),))
        )


def _operation(inside: list[Candidate]) -> str | None:
    """Actors named with an operation or exercise by its name ("A and B completed Operation
    Msasa") run it together."""
    named = any(c.type == "Programme" and _OPERATION_NAME.match(c.text) for c in inside)
    return "joint-operation" if named else None


def _others(actors: list[Actor], star: list[Actor], member: Actor) -> list[Actor]:
    """The rest of a sentence that goes with one member of a star list: not the other members
    ("X (XA)": an acronym is the same member), nor a body of another member's country (the
    embassy of a co-donor)."""
    keys = {a.key for a in star}
    homes = {a.country for a in star if a.country}
    return [
        a
        for a in actors
        if a.key not in keys and (a.country not in homes or a.country == member.country)
    ]


_TOOK_NOTE = re.compile(
    r"(?i)^\W*(the|this)\s+(meeting|conference|session|dialogue|forum|committee)\s+(also\s+)?"
    r"(took note of|noted|reviewed|welcomed|commended|acknowledged|heard)\b"
)


def _reports_own_link(text: str, actors: list[Actor]) -> bool:
    """A meeting that takes note of a link between actors the sentence names itself reports
    that link; its own participants are not partners in it."""
    return len({a.key for a in actors}) >= 2 and bool(_TOOK_NOTE.search(text))


_AS_OBSERVERS = re.compile(
    r"\s+(?:(?:were|was|took part|participated|attended|joined)\s+(?:(?:the\s+)?\w+\s+)?)?"
    r"as\s+observers?\b"
)


def _without_observers(text: str, seg: Segment, actors: list[Actor]) -> list[Actor]:
    """The actors but a list of those who came "as observers" ("attended by representatives of
    A and B as observers"): they watch, and join no partnership of the sentence."""
    drop: set[int] = set()
    for run in groups(text, seg.start, actors):
        if _AS_OBSERVERS.match(text, run[-1].end, seg.end):
            drop.update(id(a) for a in run)
    return [a for a in actors if id(a) not in drop] if drop else actors


def _country_heading(text: str, seg: Segment, inside: list[Candidate]) -> str | None:
    """The country a heading consists of ("Dominican Republic", "2. Jamaica"), if any."""
    countries = [c for c in inside if c.type == "Country"]
    if len(countries) != 1 or len(seg.text) > 60:
        return None
    c = countries[0]
    rest = text[seg.start : c.start] + text[c.end : seg.end]
    return c.country if _HEADING_REST.fullmatch(rest) else None


def _apart(actors: list[Actor], spans: list[tuple[int, int]]) -> list[list[Actor]]:
    """The actors of the main clause, then those of each appositive span."""
    main = [a for a in actors if not any(s <= a.start < e for s, e in spans)]
    return [main, *([a for a in actors if s <= a.start < e] for s, e in spans)]


def _salient(actors: tuple[Actor, ...]) -> Actor:
    """What "It" refers to: the first organization of a country named before, else the first."""
    return next((a for a in actors if a.country and not a.key.startswith("country/")), actors[0])


def _mask(text: str, seg: Segment, spans: Iterable[Candidate]) -> str:
    """The segment's text with entity names blanked (same length, so offsets still line up)."""
    parts = []
    pos = seg.start  # where the text not yet copied or blanked begins
    for c in sorted(spans, key=lambda c: c.start):
        start = max(c.start, pos)
        if c.end > start:
            parts += [text[pos:start], " " * (c.end - start)]
            pos = c.end
    parts.append(text[pos : seg.end])
    return "".join(parts)


def _count_matches(text: str, n: int) -> bool:
    m = cues.GROUP_OF.search(text)
    return bool(m and m.group(2) and cues.COUNT_WORDS.get(m.group(2).lower()) == n)


def _confidence(seg: Segment, mech: str, inherited: bool, star: bool, masked: str) -> float:
    if inherited:
        return 0.6
    if _PARTICIPANTS.search(masked) and mech == "meeting":
        return 0.5
    if mech in ("agreement", "funding") or star or _BETWEEN.search(masked):
        return 0.9
    return 0.8 if seg.kind == "heading" else 0.75


def _kind(countries: tuple[str, ...], participants: tuple[str, ...], text: str) -> str:
    """By the number of countries; two countries and a third partner said to be triangular too."""
    n = len(countries)
    if n == 2 and len(participants) >= 3 and _TRIANGULAR.search(text):
        return "triangular"
    return ("domestic", "domestic", "bilateral", "triangular")[n] if n < 4 else "multilateral"


def _date(text: str, seg: Segment, inside: list[Candidate]) -> str | None:
    """The first date of the segment outside entity names (programme years are not dates)
    and outside its dateline: "DHAKA, 20 March 2025 - …" dates the report, not the talks it
    tells of, unless the sentence says they were held "today"."""
    dateline = _DATELINE.match(seg.text)
    after = seg.start
    if dateline and not _TODAY.search(seg.text, dateline.end()):
        after += dateline.end()
    for start, end, value in find_dates(text, seg.start, seg.end):
        if start < after:
            continue
        if not any(c.start <= start and end <= c.end for c in inside if c.type != "Country"):
            return value
    return None
