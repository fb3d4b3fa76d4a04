"""References: what a segment refers back to, and the links it completes with them.

``References`` answers, for one segment, who the words pointing elsewhere name: guests added
to a course told of before, a gift extended to more recipients or donors, "the three
countries", the items under a "Donors" heading, a country benefiting from what the last
donor funds, "the two sides" and "both navies", "the meeting", "these initiatives", a
list's introduction, "the participants", "It", "its Kazakh counterpart" and the "we"/"our"
of the issuing country. It reads and updates the reader's ``State``; keeping these anaphora
apart from ``relations`` lets the reader itself show only the order in which a segment is
read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from operator import attrgetter

from kg.extract import cues, hosts
from kg.extract.link_actors import NOT_NATIONAL
from kg.extract.link_drafts import GIVING, Draft, Drafter
from kg.extract.link_state import LinkDoc, State
from kg.extract.lists import Actor, country_actor, groups, one_per_country, unique
from kg.extract.sentences import Segment
from kg.resolve import Candidate

#: How many segments after a funding link a country may still benefit from what it funds.
BENEFIT_REACH = 3
_MEMBERS_AFTER = re.compile(r"(?i)^\s*(member\s+)?(countries|states)\b")
_NAMED_THING = re.compile(r"(?i)\bthe\s+(programme|program|project|initiative)$")
_EVENT = re.compile(
    r"(?i)\b(meeting|conference|workshop|course|event|session|training|exercise|visit|tour"
    r"|mission)s?$"
)
#: What "the meeting" may refer back to.
_MEETING_WORDS = re.compile(r"(?i)\b(meeting|met\b|talks\b|consultations?\b)")
#: A heading over a list of donors, one per item.
DONORS_HEADING = re.compile(rf"(?i)\W*({cues.DONOR_LABEL}|financing)\W*")
#: "the three beneficiary countries", "all four countries": a list named before.
_GROUP_REF = re.compile(
    r"(?i)\b(all|the|these|those)\s+(three|four|five|six)\s+((beneficiary|participating|member"
    r"|partner|project|target|recipient|signatory)\s+)?countries\b"
)
#: A giver's relative clause: "Denmark, which funds border posts in both countries, …".
_WHICH_FUNDS = re.compile(
    r"\s*,\s*which\s+(also\s+)?(has\s+|had\s+)?(funds|funded|finances|financed|supports"
    r"|supported)\b"
)
#: A statistic's figures reported: "A and B reported higher seizures", "seizures were
#: recorded by A, B and C".
_STATISTIC = re.compile(
    r"(?i)\b(reported|recorded|registered)\s+([\w-]+\s+){0,3}(seizures|arrests|cases|increases?"
    r"|decreases?|declines?)\b|\b(seizures|arrests|cases)\b[^.;:]{0,30}\b(were|was)\s+"
    r"(reported|recorded|registered)\b"
)
#: "We hosted …", "Our training centre in Amman hosted …", "We thank Japan for funding …",
#: "We exchange information daily with …": the first person acting as host, giver or signatory.
FIRST_PERSON = re.compile(
    r"\b(We|we|Our|our)\b\s+(?!partners?\b)(?:[\w-]+\s+){0,4}?(?:also\s+|have\s+|has\s+"
    r"|had\s+)?(hosted|trained|organi[sz]ed|funded|financed|signed|provided|donated|delivered"
    r"|received|seconded|deployed|shared?|exchanged?|conducted"
    r"|thank(ed)?\s[^.;:]{0,60}\bfor\s+(its\s+|their\s+|the\s+)?(funding|financing|support"
    r"|donating|donation|equipment|training|assistance|contribution))\b"
)
#: The speaker's country named as a partner or beneficiary: "between Georgia, Ukraine and
#: our country", "Poland will fund scanners for our customs posts" (bodies and officers, not
#: "our support" or "our Romanian colleagues").
OUR_SIDE = re.compile(
    r"(\b(?:our|Our|my|My)\s+(?:own\s+)?country\b"
    r"|(?:(?<=\bfor\s)|(?<=\bto\s)|(?<=\bwith\s))our\s+(?:[a-z][\w-]*\s+){0,2}?(?:customs"
    r"|police|ministry|ministries|officers|officials|agencies|services|posts|laborator(?:y|ies)"
    r"|border guards?|forces|institutions|experts|prosecutors|judges|investigators|analysts"
    r"|authorities|units?)\b)"
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


class References:
    """Finds what a segment refers back to, from the reader's ``State`` and the document."""

    def __init__(self, doc: LinkDoc, state: State, drafter: Drafter) -> None:
        self.view, self.text, self.lowered = doc.view, doc.text, doc.lowered
        self.cands, self.starts, self._key = doc.cands, doc.starts, doc.key
        self.entities, self.state, self.drafter = doc.entities, state, drafter
        self._issuer: str | None = None  # found when a sentence says "we" or "our"
        self._pair_of: tuple[Segment | None, tuple[Actor, ...]] = (None, ())  # the last asked
        self._noting: tuple[Segment | None, int] = (None, 0)  # where a pair only welcomes

    def added_guests(self, seg: Segment, masked: str, actors: list[Actor]) -> list[Draft]:
        """ "Officers from A and B took part in the same course": each guest links with the
        host of the course told of just before, not with the other guests; "The donor also
        covered the participants' travel": the payer links with each guest; so do a host or
        donor named late ("The course was hosted by C") (kg.extract.hosts)."""
        st = self.state
        course = st.course
        if course is None or st.count - course.at > hosts.REACH:
            return []
        status = cues.status(masked)
        later = course.host is None and hosts.about_course(masked)
        if later and (drafts := self._hosted_later(seg, actors, course, status)):
            return drafts
        host = [course.host] if course.host else []
        if hosts.adds_guests(masked):
            new = hosts.guests(actors, course.host)
            st.course = replace(course, at=st.count, guests=(*course.guests, *new))
            return _pairs(host, new, course.mechanism, status)
        if hosts.taught_by(masked) and course.guests:  # "The sessions were delivered by …"
            home = host[0].country if host else None
            trainers = [a for a in actors if a.country and a.country != home]
            st.course = replace(course, at=st.count)
            taught = (*course.guests, *host)
            return _pairs(trainers, taught, course.mechanism, status)
        if not course.guests or not hosts.pays_for_guests(masked):
            return []
        homes = {g.country for g in course.guests}
        payers = [a for a in actors if a.country and a.country not in homes]
        if not actors and hosts.THE_DONOR.search(masked):
            payers = list(st.last_funders)
        return _pairs(payers, course.guests, "funding", status, funder=0)

    def _hosted_later(
        self, seg: Segment, actors: list[Actor], course: hosts.Course, status: str
    ) -> list[Draft]:
        """ "The course was hosted by Morocco": the host a sentence names for the course told
        of before links with each guest; "The course was organized by UNODC under a project
        funded by Canada": so does each donor."""
        if giver := hosts.host(self.text, seg.start, actors):
            self.state.course = replace(course, host=giver, at=self.state.count)
            return _pairs([giver], course.guests, course.mechanism, status)
        homes = {g.country for g in course.guests}
        others = [a for a in actors if a.country not in homes]
        # "funded by Germany and Japan": each donor of the list, as its first or last one gives
        runs = groups(self.text, seg.start, others)
        donors = [
            a
            for r in runs
            if self.drafter.giving(seg, r[0]) or self.drafter.giving(seg, r[-1])
            for a in r
        ]
        return _pairs(donors, course.guests, "funding", status, funder=0)

    def added_to_gift(self, seg: Segment, masked: str, actors: list[Actor]) -> list[Draft]:
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
        mech = own if own in GIVING else st.link_mechanism
        givers = [a for a in new if self.drafter.giving(seg, a)]
        if givers and len(givers) < len(new):  # "… German funding and handed over to Kenya"
            return self.drafter.drafts(seg, masked, actors, [], mech, False)  # a gift of its own
        more_donors = bool(givers)
        side = [a for a in st.last_link if (a.key in donors) != more_donors]
        status = cues.status(masked)
        return _pairs(side, new, mech, status, funder=1 if more_donors else 0)

    def named_group(self, seg: Segment, masked: str, actors: list[Actor]) -> list[Draft]:
        """ "Colombian experts trained inspectors from the three beneficiary countries", "The
        donor finances training in all three countries": the last list of that many
        countries a link named (else a sentence of the section, with no more countries named
        since), each linked with the sentence's actors (or its donor),
        unless the group is named in a later clause of contrast ("A's police and customs
        signed a procedure, but budgets remain short in all three countries")."""
        st = self.state
        told = st.groups or max(st.named, default=0) > 2
        # a substring test first: most segments name no group of countries
        m = _GROUP_REF.search(masked) if told and "ountries" in masked else None
        n = cues.COUNT_WORDS[m[2].lower()] if m else 0
        group = st.groups.get(n) or st.named.get(n, ())
        if not group or not m:
            return []
        others = [a for a in actors if a.country not in {g.country for g in group}]
        contrast = [b.start() for b in _CONTRAST.finditer(masked, 0, m.start())]
        if contrast and others and all(a.start < seg.start + contrast[-1] for a in others):
            return []
        if not others and hosts.THE_DONOR.search(masked):
            others = list(st.last_funders)
        mech = cues.mechanism(masked) if others else None
        if not mech:
            return []
        status = cues.status(masked)
        return _pairs(others, group, mech, status, funder=0 if mech in GIVING else None)

    def donor_item(self, seg: Segment, masked: str, actors: list[Actor]) -> list[Draft]:
        """An item under a "Donors" heading ("- Germany: EUR 5.2 million, for the Djibouti
        and Yemen components"): its first actor funds the countries the item names after it."""
        if not self.state.donor_list or seg.kind != "item" or len(actors) < 2:
            return []
        funded = [a for a in unique(actors[1:]) if a.country]
        return _pairs(actors[:1], funded, "funding", cues.status(masked), funder=0, confidence=0.75)

    def field_beneficiaries(self, seg: Segment, actors: list[Actor]) -> list[Draft]:
        """A "Beneficiaries:" line after a "Donor:" line of the same block ("Donor: Germany",
        "Beneficiaries: Benin, Togo"): each donor country funds each beneficiary."""
        block, donors = self.state.field_donors
        if block != seg.block or not donors or not _BENEFICIARY_FIELD.match(seg.text):
            return []
        funded = [a for a in actors if a.country]
        return _pairs(donors, funded, "funding", cues.status(seg.text), funder=0, confidence=0.75)

    def benefits(self, seg: Segment, actors: list[Actor], inside: list[Candidate]) -> bool:
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

    def borrowed(
        self, seg: Segment, masked: str, inside: list[Candidate], actors: list[Actor]
    ) -> tuple[list[Actor], bool]:
        """Actors the segment refers back to: "the two sides", list intros, "these initiatives"."""
        st = self.state
        hub: list[Actor] = []
        inherited = False
        if pair := self.pair_ref(seg, masked, actors):
            hub += [a for a in pair if a.key not in {x.key for x in actors}]
            inherited = True
        hub += self._members(seg, inside)
        if st.audience and self._search(cues.AUDIENCE_REF, masked):
            hub += [a for a in st.audience if a.key not in {x.key for x in actors}]
        if seg.kind == "item" and st.intro and (st.intro[0] or st.intro[1]) and (actors or hub):
            hub += list(st.intro[0])  # not "The threat is well documented:", which says no link
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

    def with_speaker(
        self, seg: Segment, actors: list[Actor], main: str, said: re.Match[str]
    ) -> list[Actor]:
        """ "Our training centre hosted officers from A and B", "We thank Japan for funding
        …": in a report by one country's body, "we" and "our" are that country; not in what
        someone else is quoted as saying."""
        if any(a.country == main for a in actors) or _QUOTED_SPEECH.search(seg.text):
            return actors
        start = seg.start + said.start()
        speaker = country_actor(main, start, start + len(said[1]))
        return sorted([*actors, speaker], key=lambda a: a.start)

    def with_quoted_speaker(
        self, seg: Segment, actors: list[Actor], said: re.Match[str]
    ) -> list[Actor]:
        """ "Montenegro's Minister … said: 'In June we signed a protocol with Croatia'": "we"
        inside the quotes of a paragraph that opens with its speaker is the speaker's country."""
        if not _OPENS_QUOTE.search(seg.text, 0, said.start()):
            return actors
        speaker = self._paragraph_speaker(seg)
        if not speaker or any(a.country == speaker for a in actors):
            return actors
        start = seg.start + said.start()
        return sorted([*actors, country_actor(speaker, start, start + len(said[1]))], key=_start)

    def _paragraph_speaker(self, seg: Segment) -> str | None:
        """The country a paragraph opens with as its speaker: "Montenegro's Minister of Interior",
        "For Kenya, the Minister", "The Dutch Minister of Justice"."""
        segs = self.view.segments
        i = bisect_left(segs, seg.start, key=_start)
        while i > 0 and segs[i - 1].block == seg.block:
            i -= 1
        first = segs[i]
        countries = self.view.countries
        m = next(iter(countries[bisect_left(countries, first.start, key=_start) :]), None)
        if m is None or m.start > first.start + 4:
            return None
        if not _SPEAKER_BEFORE.fullmatch(self.text, first.start, m.start):
            return None
        return m.iso3 if _SPEAKER_AFTER.match(self.text, m.end, first.end) else None

    def given_to_pair(self, seg: Segment, masked: str, actors: list[Actor]) -> list[Draft]:
        """ "… funded by Japan, which has supported border posts in both countries": each
        giver of the sentence with each of "the two sides", not the two with each other."""
        pair = one_per_country(self.pair_ref(seg, masked, actors))
        two = len(pair) == 2
        givers = [a for a in actors if a.country and self._gives(seg, a)] if two else []
        mech = cues.mechanism(masked) if givers else None
        if not mech or mech not in GIVING:
            return []
        self.state.pair_given_at = self.state.count
        return _pairs(givers, pair, mech, cues.status(masked), funder=0)

    def _gives(self, seg: Segment, a: Actor) -> bool:
        """Whether ``a`` gives, also in its own relative clause ("Denmark, which funds …")."""
        return bool(self.drafter.giving(seg, a) or _WHICH_FUNDS.match(self.text, a.end, seg.end))

    def pair_ref(self, seg: Segment, masked: str, actors: list[Actor]) -> tuple[Actor, ...]:
        """Whom "the two sides" (or "both navies") of the segment name, unless the sentence
        names the two before it (asked twice of a segment, found once)."""
        if self._pair_of[0] is not seg:
            self._pair_of = (seg, self._pair_ref(seg, masked, actors))
        return self._pair_of[1]

    def _pair_ref(self, seg: Segment, masked: str, actors: list[Actor]) -> tuple[Actor, ...]:
        two = self._search(cues.ANAPHOR_PAIR, masked)
        if not two:
            return ()
        before = [a for a in actors if a.start < seg.start + two.start()]
        if len({a.country or a.key for a in before}) >= 2 or _names_both(two, before):
            return ()
        if _only_notes(masked, two.end(), actors):
            self._noting = (seg, two.end())
            return ()
        if _DIVIDED.match(masked, two.end()):
            return ()
        talks = cues.mechanism(masked) == "meeting"
        return (self._issuer_with(before) if talks else ()) or self._pair()

    def acts_after_noting(self, seg: Segment, masked: str, actors: list[Actor]) -> int:
        """ "The two sides welcomed A's support to B and signed a memorandum": where the pair
        that only welcomes acts itself, in a predicate joined to its own (0: nowhere)."""
        noting, end = self._noting
        notes = _NOTES_AFTER.match(masked, end) if noting is seg else None
        then = _AND_THEN.search(masked, notes.end()) if notes else None
        if not notes or not then or any(a.start >= seg.start + then.start() for a in actors):
            return 0
        # "noted that A had joined it and signed …": A signs, unless a comma ends A's clause
        that = _THAT.match(masked, notes.end())
        return then.start() if then[1] or not that else 0

    def pair_acts(self, masked: str, at: int) -> list[Draft]:
        """The pair's own link, by the predicate from ``at`` on ("… and signed a memorandum")."""
        pair = one_per_country(self._pair())
        tail = " " * at + masked[at:]
        mech = cues.mechanism(tail) if len(pair) == 2 else None
        return _pairs(pair[:1], pair[1:], mech, cues.status(tail)) if mech else []

    def remember_talks(self, actors: list[Actor]) -> None:
        """ "The Minister travelled to Baghdad and held talks with his Iraqi counterpart": in a
        report a country's body issues, that country and the one it met are the next pair."""
        if pair := self._issuer_with(actors):
            self.state.last_pair = pair

    def _issuer_with(self, before: list[Actor]) -> tuple[Actor, ...]:
        """In a report a country's body issues, "the Minister held a call with the Minister of
        A, during which the two ministers …": the issuing country and A, whatever came before
        (not "funded by A, which supports posts in both countries")."""
        if not before or len({a.country for a in before}) != 1:
            return ()
        issuer = self.issuer_country()
        if not issuer or before[0].country in (None, issuer):
            return ()
        return (country_actor(issuer, before[0].start), before[0])

    def _search(self, cue: cues.Cue, masked: str) -> re.Match[str] | None:
        """``cue`` searched in a segment's masked text, unless the report lacks its words."""
        return None if self.lowered.lacks(cue.words) else cue.search(masked)

    def _pair(self) -> tuple[Actor, ...]:
        """Who "the two sides" are: the last link, if it has two sides (a country or a body of
        none); in a report a country's body issues, "X received the Minister of Y. The two
        ministers signed …": X's country and Y; else the last two countries a sentence named
        ("officials of A and B opened an office. … both countries"), else the last link."""
        st = self.state
        pair = st.last_pair or st.last_link
        if len({a.country or a.key for a in pair}) >= 2:
            return pair
        return self._issuer_and_guest() or st.named.get(2) or pair

    def remember_countries(self, masked: str, actors: list[Actor]) -> None:
        """The countries a segment names, one actor each, for "both countries" or "the four
        signatory countries" of a later one; fewer named before become ambiguous. Not the
        subjects of a statistic ("A and B reported higher seizures"): no set that acts."""
        if len(actors) < 2 or len({a.country for a in actors}) < 2:
            return  # most segments name one country at most
        if _STATISTIC.search(masked):
            return
        named = one_per_country(actors)
        if (n := len(named)) >= 2:
            st = self.state
            st.named = {k: v for k, v in st.named.items() if k > n}
            st.named[n] = named

    def _issuer_and_guest(self) -> tuple[Actor, ...]:
        """The issuing country and the one other country the sentence before named."""
        before = [a for a in self.state.prev_actors if a.country]
        issuer = self.issuer_country() if before else None
        if not issuer or len({a.country for a in before}) != 1 or before[0].country == issuer:
            return ()
        host = country_actor(issuer, before[0].start)
        return (host, before[0])

    def issuer_country(self) -> str | None:
        """The report's country when one of its own bodies issues the report, who "we" are:
        a national body named in its first lines, with no other issuer there (a UN office,
        another country's body) unless the lines say whose remarks or statement it is."""
        if self._issuer is None:
            main = self.view.main_country
            head = self.view.segments[:5]
            end = head[-1].end if head else 0
            found = (self.entities.get(self._key(c)) for c in self.cands if c.end <= end)
            bodies = [e for e in found if e is not None and e.type == "Organization"]
            national = any(e.country == main and e.category not in NOT_NATIONAL for e in bodies)
            others = any(e.country != main for e in bodies)
            spoken = bool(_REMARKS_BY.search(self.text, 0, end))
            by_own = national and (spoken or not others)
            self._issuer = main if main and (by_own or self._spoken_for(main)) else ""
        return self._issuer or None

    def _spoken_for(self, main: str) -> bool:
        """Whether the title says whose words the report is and names only ``main``: "Speech
        by the Minister of Internal Affairs of the Republic of Moldova at the … Conference"."""
        title = self.view.segments[0]
        return bool(_REMARKS_BY.search(title.text)) and {
            m.iso3 for m in self.view.countries if m.start < title.end
        } == {main}

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
        return country_actor(owner, a.start)

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
                out += [country_actor(m, p.start, p.end) for m in members]
        return out


def donor_field(seg: Segment, actors: list[Actor]) -> tuple[Actor, ...] | None:
    """The donor countries a "Donor:" line names ("Donor: Germany (2023–2025)"), else None."""
    return tuple(a for a in actors if a.country) if _DONOR_FIELD.match(seg.text) else None


#: Nouns for bodies, not countries: "the two agencies" after two of one country's bodies.
_BODY_NOUNS = frozenset(
    {"agencies", "institutions", "units", "services", "authorities", "ministries", "bodies"}
)


def _names_both(two: re.Match[str], before: list[Actor]) -> bool:
    """Whether "the two agencies" refers to two bodies the sentence has just named ("GRA and
    NACOC signed a memorandum clarifying the roles of the two agencies"), not to a pair."""
    noun = two.group(2)
    bodies = {a.key for a in before if not a.key.startswith("country/")}
    return noun is not None and noun.lower() in _BODY_NOUNS and len(bodies) >= 2


#: Field lines of a project's card: "Donor: Germany (2023–2025)", "Beneficiaries: Benin, Togo".
_DONOR_FIELD = re.compile(rf"(?i)^\W*{cues.DONOR_LABEL}\s*:")
_BENEFICIARY_FIELD = re.compile(r"(?i)^\W*(beneficiar(y|ies)|recipients?)( countries)?\s*:")
#: A later clause of contrast: "…, but budgets remain insufficient in all three countries".
_CONTRAST = re.compile(r",\s*(but|while|whereas|although|though)\b", re.I)


def _pairs(
    firsts: Iterable[Actor],
    seconds: Iterable[Actor],
    mech: str,
    status: str,
    *,
    funder: int | None = None,
    confidence: float = 0.6,
) -> list[Draft]:
    """A draft for each first actor with each second one of another country; ``funder`` says
    which of the two (0 or 1) funds it, if either."""
    seconds = list(seconds)
    out = []
    for a in firsts:
        for b in seconds:
            if a.country != b.country:
                funders = () if funder is None else ((a, b)[funder].key,)
                out.append(Draft((a, b), mech, status, confidence, funders))
    return out


_TOOK_NOTE = re.compile(
    r"(?i)^\W*(the|this)\s+(meeting|conference|session|dialogue|forum|committee)\s+(also\s+)?"
    r"(took note of|noted|reviewed|welcomed|commended|acknowledged|heard)\b"
)


def _reports_own_link(text: str, actors: list[Actor]) -> bool:
    """A meeting that takes note of a link between actors the sentence names itself reports
    that link; its own participants are not partners in it."""
    return len({a.key for a in actors}) >= 2 and bool(_TOOK_NOTE.search(text))


#: A quotation opening before "we": someone's words, not the report's.
_OPENS_QUOTE = re.compile(r"[\"“]")
#: A paragraph opening with its speaker: "Montenegro's Minister of Interior", "For Kenya, the
#: Minister", "The Dutch Minister of Justice".
_SPEAKER_BEFORE = re.compile(r"(For|The)?\s*")
_SPEAKER_AFTER = re.compile(
    r"(['’]s|,)?\s+([\w-]+\s+){0,3}?(Minister|Secretary|Undersecretary|Ambassador|Director"
    r"|Commissioner|Representative|Head|Chief)\b"
)
_start = attrgetter("start")

#: "The two sides welcomed …": what the pair only comments on.
_NOTES_AFTER = re.compile(
    r"\s+(also\s+)?(welcomed|noted|took note of|commended|acknowledged|appreciated|praised)\b"
)


#: "the two sides in the conflict": a pair named by what divides them, others than who talks.
_DIVIDED = re.compile(
    r"\s+(in|of|to)\s+the\s+([\w-]+\s+)?(conflict|dispute|war|fighting|hostilities|crisis)\b"
)


#: A predicate joined to the pair's own: "… and signed", ", and agreed"; not "and funded by A".
_AND_THEN = re.compile(
    r"(,)?\s+and\s+(also\s+)?([a-z]+ed|held|took|made|set|gave|met|sent|began)\b(?!\s+by\b)"
)
#: What a pair notes is a clause of its own: "noted (with appreciation) that …".
_THAT = re.compile(r"\s+(with\s+\w+\s+)?that\b")


def _only_notes(masked: str, end: int, actors: list[Actor]) -> bool:
    """ "The two sides welcomed the delivery of scanners to A, financed by B": a link the
    sentence's own countries make, which the pair only welcomes and takes no part in."""
    return len({a.country for a in actors if a.country}) >= 2 and bool(
        _NOTES_AFTER.match(masked, end)
    )


def _salient(actors: tuple[Actor, ...]) -> Actor:
    """What "It" refers to: the first organization of a country named before, else the first."""
    return next((a for a in actors if a.country and not a.key.startswith("country/")), actors[0])


def _count_matches(text: str, n: int) -> bool:
    m = cues.GROUP_OF.search(text)
    return bool(m and m.group(2) and cues.COUNT_WORDS.get(m.group(2).lower()) == n)
