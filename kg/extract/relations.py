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

``LinkReader`` reads the segments in order and turns drafts into partnerships;
``link_actors`` finds a segment's actors, ``link_drafts`` groups them clause by clause,
``references`` resolves what a segment refers back to and ``link_state`` is what it
remembers between segments.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cached_property

from kg.extract import cues, hosts, unrealized
from kg.extract.link_actors import (
    DATELINE,
    ActorFinder,
    country_heading,
    without_described,
    without_observers,
)
from kg.extract.link_drafts import Draft, Drafter
from kg.extract.link_state import LinkDoc, State
from kg.extract.lists import Actor, one_per_country, unique
from kg.extract.places_dates import find_dates
from kg.extract.references import (
    BENEFIT_REACH,
    DONORS_HEADING,
    FIRST_PERSON,
    OUR_SIDE,
    References,
    donor_field,
)
from kg.extract.sentences import Segment
from kg.extract.unrealized import unrealized_spans
from kg.extract.view import DocView
from kg.namespaces import short_hash, slug
from kg.resolve import Candidate
from kg.types import Entity, Evidence, Mention, Partnership

#: A list's introduction naming its items as someone's recipients ("The main recipients were:").
_RECIPIENTS = re.compile(r"(?i)\b(recipients|beneficiaries)\b")
_TODAY = re.compile(r"\b(?i:today)\b")
_TRIANGULAR = re.compile(r"(?i)\b(triangular|trilateral|tripartite)\b")
_MEMBERSHIP = re.compile(
    r"(?i)\s*,?\s*(among|between|involving|of|with)\s|\s+(member\s+)?countries"
)
_ROUTE_BEFORE = cues.Cue(r"\b(via|through|from|towards?|transit)\s+(the\s+)?$")
_OPERATION_NAME = re.compile(r"(?i)(joint\s+)?(operation|exercise)\s")
#: "Operation" or "Exercise" right before a quoted code name ('Operation "Adriatic Lantern"').
_OPERATION_BEFORE = re.compile(r"(?i)\b(operation|exercise)\s+[\"“‘']$")
_AGREEMENT_NOUN = re.compile(
    r"(?i)\b((bilateral|trilateral|cooperation|framework)\s+)*(memorand(um|a) (of|on)"
    r" (understanding|cooperation)|agreements?|mou|moc|letters? of intent|protocol|treaty|accord)\b"
)
#: A fronted source: "According to figures presented during the talks,".
_ATTRIBUTION = re.compile(r"According to [^,;.]{0,100},")
#: The lowercase words of a source; a body's name has none but these.
_SOURCE_WORD = re.compile(r"\b[a-z]+\b")
#: A regional office issuing a report ("UNODC Regional Office for Central America"): the
#: report covers several countries, the office's seat among them, and none is its own.
_REGIONAL_ISSUER = re.compile(r"(?i)\bregional\s+(office|section|hub)\b")
_BODY_WORDS = frozenset(
    ("the", "s", "of", "and", "for", "police", "authorities", "officials", "government", "customs")
)


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
        self.state = State()
        self.agreements: list[Entity] = []
        self._seen: dict[int, list[Actor]] = {}  # actors by segment start, read once
        self._unrealized_possible = unrealized.possible(self.lowered)
        # its collaborators: who the actors are, how they group, what they refer back to
        doc = LinkDoc(view, self.lowered, self.cands, self.starts, keys, entities)
        self.finder = ActorFinder(doc)
        self.drafter = Drafter(doc, self.state)
        self.refs = References(doc, self.state, self.drafter)

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
            actors = self.finder.actors(seg, self._in(seg))
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
            st.last_pair, st.last_funders, st.course, st.named = (), (), None, {}
        if seg.block != st.block and seg.kind != "item":
            st.intro = None
        inside = self._in(seg)
        if seg.kind == "heading":
            st.section_country = country_heading(self.text, seg, inside)
            st.donor_list = bool(DONORS_HEADING.fullmatch(seg.text))
        masked = _mask(self.text, seg, [c for c in inside if c.type != "Country"])
        actors = self._seen[seg.start] = self.finder.actors(seg, inside)
        if st.section_country and actors:
            actors = self.finder.section_homes(actors, st.section_country)
        if actors and "observer" in seg.text:
            actors = without_observers(self.text, seg, actors)
        if actors and " as " in seg.text and "which" in seg.text:
            actors = without_described(self.text, seg, actors)
        if actors and seg.text.startswith("According"):
            actors = _without_source(self.text, seg, actors)
        said = _says_we(seg.text) if actors else None
        if said and (speaker := self.refs.issuer_country()):
            actors = self.refs.with_speaker(seg, actors, speaker, said)
        elif said:
            actors = self.refs.with_quoted_speaker(seg, actors, said)
        spans = (
            unrealized_spans(self.text, seg.start, seg.end, self.lowered)
            if self._unrealized_possible
            else []
        )
        if spans:
            actors = [a for a in actors if not any(s <= a.start < e for s, e in spans)]
        if (field_donors := donor_field(seg, actors)) is not None:
            st.field_donors = (seg.block, field_donors)  # for the card's "Beneficiaries:" line
        drafts = (
            self.refs.added_guests(seg, masked, actors)
            or self.refs.added_to_gift(seg, masked, actors)
            or self.refs.named_group(seg, masked, actors)
            or self.refs.given_to_pair(seg, masked, actors)
            or self.refs.donor_item(seg, masked, actors)
            or self.refs.field_beneficiaries(seg, actors)
        )
        mech = drafts[0].mechanism if drafts else None
        if not drafts:
            # "The two sides welcomed A's grant to B and signed …": the pair acts after it
            at = self.refs.acts_after_noting(seg, masked, actors)
            head = masked[:at] + " " * (len(masked) - at) if at else masked
            drafts, mech = self._drafts_of_segment(seg, head, inside, actors, spans)
            drafts += self.refs.pair_acts(masked, at) if at else []
            kind = mech if mech in hosts.HOSTED_ACTIVITIES else "training"
            if mech and actors and (guests := self._attendees(seg, masked, actors)):
                # what the guests did besides attending still links them
                head = hosts.without_attendance(head)
                drafts = self._drafts_of_segment(seg, head, inside, actors, spans)[0]
                st.course = hosts.Course(None, kind, st.count, guests)
            # an activity only matters for a segment that links: most do not, so test it last
            elif drafts and (mech in hosts.HOSTED_ACTIVITIES or hosts.ACTIVITY.search(masked)):
                told = hosts.told(self.text, seg.start, actors, kind, st.count, st.course)
                # "The workshop was organized by UNODC": still the course told of before
                st.course = told or (st.course if cues.ANAPHOR_START.search(seg.text) else None)
            elif mech in hosts.HOSTED_ACTIVITIES and actors:  # "Italy will host a course"
                st.course = hosts.told(self.text, seg.start, actors, kind, st.count, st.course)
            elif mech and actors:
                st.course = None  # another event told of: "took part" is no longer its guests'
        if actors and seg.kind != "item":
            st.prev_actors, st.prev_mechanism = tuple(actors), mech
        if mech == "meeting":
            self.refs.remember_talks(actors)
        if any(a.country for a in actors) and cues.AUDIENCE.search(masked):
            st.audience = tuple(a for a in actors if a.country)
        st.block = seg.block
        if seg.text.rstrip().endswith(":"):
            status = cues.status(seg.text)
            recipients = not actors and _RECIPIENTS.search(seg.text)
            donors = _sole_country(st.prev_actors) if recipients else ()
            st.intro = (donors, "funding", status) if donors else (tuple(actors), mech, status)
        if actors:
            self.refs.remember_countries(masked, actors)
        return self._partnerships(seg, inside, drafts)

    def _drafts_of_segment(
        self,
        seg: Segment,
        masked: str,
        inside: list[Candidate],
        actors: list[Actor],
        spans: list[tuple[int, int]],
    ) -> tuple[list[Draft], str | None]:
        """The segment's drafts and mechanism, with the actors it refers back to."""
        st = self.state
        hub, inherited = self.refs.borrowed(seg, masked, inside, actors)
        if any(s == seg.start for s, _ in spans):
            hub = []  # "…, but it has not been signed": nothing of the sentence happened
        mech = self._mechanism(seg, masked, inside, actors, inherited) if actors or hub else None
        if (
            not hub
            and st.last_funders
            and st.count - st.funders_at <= BENEFIT_REACH
            and self.refs.benefits(seg, actors, inside)
        ):
            hub, inherited, mech = list(st.last_funders), True, "funding"
        drafts = self.drafter.drafts(seg, masked, actors, hub, mech, inherited) if mech else []
        return drafts, mech

    def _attendees(self, seg: Segment, masked: str, actors: list[Actor]) -> tuple[Actor, ...]:
        """The guests of a course the segment names no host or donor of (kg.extract.hosts)."""
        guests = hosts.attendees(self.text, seg.start, masked, actors)
        return () if any(self.drafter.giving(seg, a) for a in guests) else guests

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
        if unrealized.undecided(masked, self.lowered):
            return None  # "a proposal by A to extend it to B is under discussion"
        mech = (
            cues.mechanism(_unattributed(masked))
            or self._membership(seg, inside)
            or _operation(self.text, inside)
        )
        if not mech and "through" in seg.text and any(self.drafter.channel(seg, a) for a in actors):
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

    def _partnerships(
        self, seg: Segment, inside: list[Candidate], drafts: list[Draft]
    ) -> list[Partnership]:
        if not drafts:
            return []  # nothing to date or to name a programme for
        programme = next((self._key(c) for c in inside if c.type == "Programme"), None)
        date = _date(self.lowered, seg, inside)
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
        if out and len(drafts) > 1 and (common := _common(drafts)):
            self.state.last_link = common  # "The course …" after a host and its guests: the host
            spokes = _spokes(drafts, common)
            if len(spokes) == 2 and all(a.start < common[0].start for a in spokes):
                self.state.last_pair = spokes  # "A and B visited C. … the two ministers": A, B
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
        d: Draft,
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
        if (
            len(countries) == 2
            and len(d.actors) >= 2
            and self.state.pair_given_at != self.state.count
        ):
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
        self, inside: list[Candidate], d: Draft, programme: str | None
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
        recipient = (funded and funded.country) or self._own_country
        return [(tuple(sorted(countries | ({recipient} if recipient else set()))), None)]

    @cached_property
    def _own_country(self) -> str | None:
        """The country a donor funds when its sentence names none: the report's, unless a
        regional office issues the report (the office's seat is no beneficiary of its funds)."""
        title = self.view.segments[0].text if self.view.segments else ""
        return None if _REGIONAL_ISSUER.search(title) else self.view.main_country

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


def _common(drafts: list[Draft]) -> tuple[Actor, ...]:
    """The actors every draft of a segment shares: the centre of a star list (a host, a
    donor), not the member its last draft happens to name."""
    keys = set.intersection(*({a.key for a in d.actors} for d in drafts))
    return tuple(a for a in drafts[0].actors if a.key in keys)


def _spokes(drafts: list[Draft], common: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The first actor of each country a star's drafts pair with its centre (the visitors of
    "A and B visited C", named before it)."""
    centre = {a.country for a in common}
    return one_per_country(a for d in drafts for a in d.actors if a.country not in centre)


def _operation(text: str, inside: list[Candidate]) -> str | None:
    """Actors named with an operation or exercise by its name ("A and B completed Operation
    Msasa", 'Operation "Adriatic Lantern"') run it together."""
    named = any(
        c.type == "Programme"
        and (
            _OPERATION_NAME.match(c.text)
            or _OPERATION_BEFORE.search(text, max(0, c.start - 12), c.start)
        )
        for c in inside
    )
    return "joint-operation" if named else None


def _says_we(text: str) -> re.Match[str] | None:
    """Where a sentence has "we" or "our" acting (a substring test first: most do not)."""
    has_word = any(w in text for w in ("We ", "we ", "Our ", "our ", "y country"))
    return (FIRST_PERSON.search(text) or OUR_SIDE.search(text)) if has_word else None


def _unattributed(masked: str) -> str:
    """The segment without a fronted source ("According to figures presented during the
    talks, …"): where figures come from is no act of the sentence."""
    m = _ATTRIBUTION.match(masked) if masked.startswith("According") else None
    return " " * m.end() + masked[m.end() :] if m else masked


def _without_source(text: str, seg: Segment, actors: list[Actor]) -> list[Actor]:
    """The actors but a fronted source that is only a body ("According to Germany's Federal
    Criminal Police Office, …"): who reports the act is no party to it."""
    m = _ATTRIBUTION.match(text, seg.start, seg.end)
    end = m.end() if m else seg.start
    words = _SOURCE_WORD.findall(text, seg.start + len("According to"), end)
    if not m or any(w not in _BODY_WORDS for w in words):
        return actors  # "According to the agreement with A, …": a document, which may bind A
    return [a for a in actors if a.start >= end] or actors


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


def _kind(countries: tuple[str, ...], participants: tuple[str, ...], text: str) -> str:
    """By the number of countries; two countries and a third partner said to be triangular too."""
    n = len(countries)
    if n == 2 and len(participants) >= 3 and _TRIANGULAR.search(text):
        return "triangular"
    return ("domestic", "domestic", "bilateral", "triangular")[n] if n < 4 else "multilateral"


def _date(lowered: cues.Lowered, seg: Segment, inside: list[Candidate]) -> str | None:
    """The first date of the segment outside entity names (programme years are not dates)
    and outside its dateline: "DHAKA, 20 March 2025 - …" dates the report, not the talks it
    tells of, unless the sentence says they were held "today"."""
    dateline = DATELINE.match(seg.text)
    after = seg.start
    if dateline and not _TODAY.search(seg.text, dateline.end()):
        after += dateline.end()
    for start, end, value in find_dates(lowered.text, seg.start, seg.end, lowered):
        if start < after:
            continue
        if not any(c.start <= start and end <= c.end for c in inside if c.type != "Country"):
            return value
    return None


def _sole_country(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The actors if they are of one country ("The FCDO spent £12 million …"): whose the
    recipients of the next list are ("The main recipients were as follows:")."""
    homes = {a.country for a in actors}
    return actors if len(homes) == 1 and None not in homes else ()
