"""Drafts: who links with whom in each clause of a segment, before it becomes a Partnership.

``Drafter`` splits a segment into clauses (semicolons, ", and <subject> <verb>",
appositives, gapped "and the second office by Norway") and groups each clause's actors into
drafts: a star list linking each member with the rest, co-donors and what they fund, or one
clique. It also says how an actor gives ("funded by X", "Japan, through JICA"). ``Draft`` is
its output, which ``relations`` dates and turns into partnerships and ``references`` makes
too; this is the list structure half of link reading, kept apart from finding actors and
from what sentences refer back to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from kg.extract import cues
from kg.extract.link_state import LinkDoc, State
from kg.extract.lists import (
    Actor,
    acts_each,
    by_clause,
    country_actor,
    donor_teams,
    funded_list,
    gapped_with,
    groups,
    star_group,
    subjectless,
    unique,
)
from kg.extract.sentences import Segment

PARTICIPANTS = cues.Cue(r"\bparticipants?\b")
BETWEEN = cues.Cue(r"\bbetween\b")
GIVING = frozenset({"funding", "donation"})
#: Any word one of which every match of the cues of giving contains (``DONOR_BEFORE``,
#: ``DONOR_AFTER``, ``SUPPORT_BEFORE``, ``PASSIVE_GIVING`` and the "through" of
#: ``CHANNEL_AFTER``): an ASCII sentence with none of them, lowercased, names no giver.
_GIVING_WORD = re.compile(
    "|".join(
        dict.fromkeys(
            (
                *cues.DONOR_BEFORE.words,
                *cues.DONOR_AFTER.words,
                *cues.SUPPORT_BEFORE.words,
                *cues.PASSIVE_GIVING.words,
                *cues.GIVEN_BY.words,
                "through",
            )
        )
    )
)
_SEMICOLON = re.compile(r";")
#: " - " between the items of a run-in list of headlines.
_DASH_ITEM = re.compile(r" [-–—] (?=[A-Z])")
#: A run-in label before such a list ("IN THIS ISSUE: …", "Highlights: …").
_RUN_IN_LABEL = re.compile(r"[^:.;]{2,40}:\s")
#: "… Saudi counterpart and pays a visit …": a second predicate after the counterpart.
_COUNTERPART_AND = re.compile(
    r"\s+counterparts?\b[^,;]{0,40}?\s+and\s+(?!(the|his|her|their|its|a|an|with)\b)[a-z]"
)
_COMMA = re.compile(r",")
#: A fact sheet's field line that only lists countries or bodies ("Beneficiaries: …",
#: "Partner countries: …").
_LIST_FIELD = re.compile(
    r"(?i)\W*(beneficiar(y|ies)|partners|(partner|participating|target|recipient|beneficiary"
    r"|member) (countries|states)|countries( covered)?)\s*:"
)
#: A verb after a field's label: a sentence, not a list ("Partners: Sweden funds …").
_CLAUSE_VERB = re.compile(
    rf"{cues.FINITE_VERB.pattern}|\b(funds|finances|trains|supports|signs|provides|hosts"
    r"|conducts|runs|helps|assists|cooperates|works|exchanges|shares|donates)\b"
)
#: Where a donor item names what it pays for: "(boats for …)", ", for the … components".
_FOR_WHOM = re.compile(r"\(|\b(for|to)\b")
_CLOSE = re.compile(r"\)")
_NEGATED = re.compile(r"(?i)\W*(\d+\.\s*)?no\b")
_RESPECTIVELY = re.compile(r"\W{0,3}respectively\b")
#: A fact sheet's field line of donors ("Donors: …", "Funded by: …").
_DONOR_FIELD = re.compile(rf"(?i)\W*{cues.DONOR_LABEL}\s*:")
_DONOR_BODIES = frozenset({"organization/eu", "organization/european-commission"})
#: People attending an activity, and the body "at" which they attend it.
_ATTENDED = re.compile(r"\b(attended|attend|took part in|participated in)\b")
_AT_BEFORE = re.compile(r"\bat\s+(the\s+)?$")
#: A verb of teaching: its subject trains, its object is trained.
_TEACHES = re.compile(
    r"(?i)\b(trained|trains|taught|teach(es)?|mentored|coached|instructed"
    r"|(provided|gave|delivered|offered) ([\w-]+ ){0,2}(training|courses?|workshops?))\b"
    r"(?!\s+(together|alongside|with)\b)"  # "trained together with": fellow trainees
)
_FOR_BEFORE = re.compile(r"\b(for|to|in)\s+(the\s+)?$")


@dataclass(frozen=True)
class Draft:
    actors: tuple[Actor, ...]
    mechanism: str
    status: str
    confidence: float
    funders: tuple[str, ...]


class Drafter:
    """Makes the draft links of a segment's clauses from its actors and those it borrows."""

    def __init__(self, doc: LinkDoc, state: State) -> None:
        self.view, self.text, self.lowered = doc.view, doc.text, doc.lowered
        self.cands, self.starts, self._key = doc.cands, doc.starts, doc.key
        self.entities, self.state = doc.entities, state
        self._gives: tuple[Segment | None, bool] = (None, True)  # the last segment asked

    def _may_give(self, seg: Segment) -> bool:
        """Whether an actor of ``seg`` may give at all: most sentences have none of the words
        of giving, and ``giving`` need not try its cues on each of their actors."""
        if self._gives[0] is not seg:
            text = seg.text
            maybe = not text.isascii() or bool(_GIVING_WORD.search(text.lower()))
            self._gives = (seg, maybe)
        return self._gives[1]

    def drafts(
        self,
        seg: Segment,
        masked: str,
        actors: list[Actor],
        hub: list[Actor],
        mech: str,
        inherited: bool,
    ) -> list[Draft]:
        """Drafts of each clause ("in A, …; in B, …", "X was funded by A, and Y by B", "A met
        B, and C has signed …")."""
        semicolons = [m.start() for m in _SEMICOLON.finditer(self.text, seg.start, seg.end)]
        clauses = [c for c in by_clause(actors, semicolons) if c]
        if _DONOR_FIELD.match(seg.text):
            return self._donor_items(seg, masked, clauses or [actors])
        if len(clauses) < 2 or any(len(c) < 2 for c in clauses):  # not "A; B; and C"
            clauses = [actors]
        if spans := self._appositives(seg, masked, actors):
            clauses = [part for c in clauses for part in _apart(c, spans) if part]
        breaks = self._new_clauses(seg, masked)
        if "counterpart" in seg.text and (other := self._after_counterpart(seg, actors)):
            breaks = sorted({*breaks, other})
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

    def _donor_items(self, seg: Segment, masked: str, items: list[list[Actor]]) -> list[Draft]:
        """A field line of donors, items apart ("Donors: A (boats for the B and C units); D"):
        each item's first list gives to the countries it names after it, and to nobody else."""
        status = cues.status(masked)
        drafts = []
        for item in items:
            givers, takers = self._giver_and_takers(item)
            for giver in givers:
                for taker in takers:
                    drafts.append(Draft((giver, taker), "funding", status, 0.9, (giver.key,)))
        return drafts

    def _giver_and_takers(self, item: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """A donor item's givers and the countries it pays for: those in its parenthesis
        ("A (boats for B)") or after "for"/"to" ("A (GIZ) for the B units"); none in "A, C"."""
        for cut in _FOR_WHOM.finditer(self.text, item[0].end, item[-1].start):
            close = _CLOSE.search(self.text, cut.end()) if cut.group(0) == "(" else None
            end = close.start() if close else item[-1].end  # "A (for B), C": C gives too
            givers = [a for a in item if a.end <= cut.start()]
            homes = {a.country for a in givers}
            takers = [a for a in item if cut.end() <= a.start < end and a.country]
            takers = [a for a in takers if a.country not in homes]  # not "A (A's agency)"
            if takers:
                return givers, unique(takers)
        return [], []

    def _appositives(self, seg: Segment, masked: str, actors: list[Actor]) -> list[tuple[int, int]]:
        """Spans of appositives after a first clause with a verb of its own (", an example of
        cooperation between A and B"), each up to the next comma outside a list of actors:
        "A and B signed an agreement, an example of …, with support from C" is C's too."""
        inside: list[tuple[int, int]] | None = None  # gaps inside lists: found when asked
        out = []
        for m in cues.APPOSITIVE.finditer(self.text, seg.start, seg.end):
            if not cues.FINITE_VERB.search(masked, 0, m.start() - seg.start):
                continue
            if inside is None:
                runs = groups(self.text, seg.start, actors)
                inside = [(x.end, y.start) for run in runs for x, y in pairwise(run)]
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

    def _after_counterpart(self, seg: Segment, actors: list[Actor]) -> int | None:
        """ "Minister holds call with Saudi counterpart and pays visit to Baghdad": a sentence
        whose first actor is the unnamed subject's counterpart goes on to another predicate."""
        m = _COUNTERPART_AND.match(self.text, actors[0].end, seg.end) if actors else None
        return m.end() if m else None

    def _gaps(self, seg: Segment, actors: list[Actor]) -> list[int]:
        """Where a clause whose verb is left out begins ("…, and the second office by Norway")."""
        return sorted({g for a in actors if (g := self._gap_before(seg, a)) is not None})

    def _gap_before(self, seg: Segment, a: Actor) -> int | None:
        """Start of ", and <what> by" right before ``a`` after a giving verb, if any."""
        if not self._may_give(seg):
            return None
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
    ) -> list[Draft]:
        """Drafts of one clause: stars, co-donors and cliques of its actors."""
        runs = groups(self.text, seg.start, actors)
        giving = {id(g): self._run_gives(seg, g) for g in runs}
        for run in runs:  # what "the three countries" of a later sentence may name
            named = unique(a for a in run if a.country)
            if not giving[id(run)] and len({a.country for a in named}) == len(named) > 2:
                self.state.groups[len(named)] = tuple(named)  # not a list of donors
        field = _LIST_FIELD.match(seg.text)
        if field and not _CLAUSE_VERB.search(seg.text, field.end()):
            return []  # "Partner countries: A, B and C" lists them, and links nobody
        donors = [a for g in runs if giving[id(g)] for a in g]
        if "funding" in giving.values() and mech not in ("agreement", "donation"):
            mech = "funding"
        status = cues.status(masked)
        if seg.kind == "item" and self.state.intro and self.state.intro[2] == "proposed":
            status = "proposed"
        joint = bool(cues.JOINT.search(masked))
        star = star_group(self.text, seg.start, runs, hub, joint=joint)
        funded = None
        if donors and mech in GIVING and not joint:
            funded = funded_list(
                self.text, seg.start, seg.end, runs, [bool(giving[id(g)]) for g in runs]
            )
        star = star or funded or gapped_with(self.text, seg.start, runs)
        if star and len({a.country for a in star}) == 2 == len(star) and acts_each(self.text, star):
            self.state.last_pair = tuple(star)  # "A and B met separately …. The two sides …"
        if not star and hub and inherited and mech in GIVING and not donors:
            star = list(actors)  # "The grant supports A, B and C": each with the donor
        main = self.view.main_country
        if star and not hub and main and self._unnamed_partner(seg, star, actors, main):
            hub = [country_actor(main, star[0].start)]
        elif main and not (star or hub) and self._lone_with(seg, actors, main, mech):
            hub = [country_actor(main, actors[0].start)]
        donor_keys = {a.key for a in donors}
        confidence = _confidence(seg, mech, inherited, bool(star or len(donor_keys) > 1), masked)
        paired = _respective(self.text, runs) if "respectively" in masked else None
        if paired:  # "A and B funded … in C and D, respectively": A with C, B with D
            # not the members' countries named again ("the Kazakh and Uzbek ministers")
            homes = {a.country for p in paired for a in p if a.country}
            rest = [a for a in (*actors, *hub) if all(a not in p for p in paired)]
            rest = [a for a in rest if a.country not in homes]
            teams = [[*rest, x, y] for x, y in paired]
        elif len(donor_keys) >= 2:
            takers = [g for g in runs if not giving[id(g)]]  # "to help A, B and C"
            beneficiaries = (
                star_group(self.text, seg.start, takers, hub, joint=joint) or funded or star or []
            )
            if beneficiaries or not joint or self._funds_another(seg, actors, donors):
                teams = donor_teams(actors, hub, donors, beneficiaries)
            else:  # "Kenya and Tanzania fund their joint border unit": nobody else to fund
                teams = [[*actors, *hub]]
        elif star:
            more = self._more_stars(seg, runs, star, hub, joint)
            core = [a for a in actors if all(a not in s for s in more)]
            teams = [[*_others(core, s, m), *hub, m] for s in (star, *more) for m in s]
            teaches = mech == "training" and bool(_TEACHES.search(masked))
            if (mech in GIVING or teaches) and (givers := _co_givers(core, star)):
                teams = [[a for a in t if a not in givers or a is g] for t in teams for g in givers]
        elif donor_keys and (venues := self._funded_venues(seg, actors, donor_keys)):
            # "With funding from D, officers of A attended a course at B's academy": D funds
            # A's officers; B trains them, and is not funded by D
            gone = {v.key for v in venues}
            teams = [[a for a in (*actors, *hub) if a.key not in gone]]
            teams.append([a for a in (*actors, *hub) if a.key not in donor_keys])
        elif mech == "training" and (taught := _co_trainers(seg, masked, actors)):
            # "NCA officers and Dutch experts trained prosecutors from North Macedonia"
            trainers, trainees = taught
            rest = [a for a in (*actors, *hub) if a not in trainers and a not in trainees]
            teams = [[*rest, t, e] for t in trainers for e in trainees]
        else:
            teams = [[*actors, *hub]]
        return [
            Draft(
                tuple(unique(team)),
                mech,
                status,
                confidence,
                tuple(sorted({a.key for a in team} & donor_keys)) if mech in GIVING else (),
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

    def _funds_another(self, seg: Segment, actors: list[Actor], donors: list[Actor]) -> bool:
        """Whether co-donors acting jointly fund some other country ("Spain and Portugal
        jointly fund a boat for Cape Verde"), not only what they do together."""
        homes = {a.country for a in donors}
        return any(
            _FOR_BEFORE.search(self.text, max(seg.start, a.start - 20), a.start)
            for a in actors
            if a.country and a.country not in homes
        )

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

    def _lone_with(self, seg: Segment, actors: list[Actor], main: str, mech: str) -> bool:
        """A headline's joint operation with one foreign country and nobody else ("1. Joint
        operation with Italy dismantles a network"): the report's own country is the unnamed
        partner. Not in running text, whose subject may be another country's."""
        if seg.kind not in ("heading", "item") or mech != "joint-operation":
            return False
        if len({a.country for a in actors}) != 1 or _NEGATED.match(seg.text):
            return False
        if actors[0].country in (None, main):
            return False
        return subjectless(self.text, seg.start, actors, actors)

    def _run_gives(self, seg: Segment, run: list[Actor]) -> str | None:
        """How a run of actors gives: as its first or its last member does."""
        return self.giving(seg, run[0]) or (self.giving(seg, run[-1]) if len(run) > 1 else None)

    def giving(self, seg: Segment, a: Actor) -> str | None:
        """How an actor gives: "funding" ("funded by X", "X-funded", "support of Japan"),
        "support" (a foreign agency's support: "supported by the DEA"), or None."""
        if not self._may_give(seg):
            return None
        before = self.text[max(seg.start, a.start - 80) : a.start]
        after = self.text[a.end : min(seg.end, a.end + 40)]
        if cues.DONOR_BEFORE.search(before) or cues.DONOR_AFTER.search(after):
            return "funding"
        if cues.SUM_AFTER.match(after) and cues.GIVEN_BY.search(before):
            return "funding"  # "the pledge by Japan of USD 2 million"
        if a.key.startswith("country/") and self.channel(seg, a):
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

    def channel(self, seg: Segment, a: Actor) -> bool:
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


def _co_givers(core: list[Actor], star: list[Actor]) -> list[Actor]:
    """Two or more countries giving to a star list ("Australia and New Zealand fund … in A,
    B and C", "A, as well as B, funds …"): each gives to each member, none is another's
    partner."""
    givers = [a for a in core if a.country and a.end <= star[0].start]  # the subject's
    return givers if len({a.country for a in givers}) > 1 else []


def _co_trainers(
    seg: Segment, masked: str, actors: list[Actor]
) -> tuple[list[Actor], list[Actor]] | None:
    """Trainers of two or more countries named before a verb of teaching, and trainees of
    other countries after it ("Experts from India and Sri Lanka trained Maldivian officers"):
    each trainer trains each trainee; trainers are not each other's partners, nor trainees."""
    verb = _TEACHES.search(masked)
    if not verb:
        return None
    at = seg.start + verb.start()
    trainers = [a for a in actors if a.country and a.end <= at]
    homes = {a.country for a in trainers}
    trainees = [a for a in actors if a.country and a.start >= at and a.country not in homes]
    return (trainers, trainees) if len(homes) >= 2 and trainees else None


def _respective(text: str, runs: list[list[Actor]]) -> list[tuple[Actor, Actor]] | None:
    """The members of two lists of the same length paired in order, as "respectively" right
    after one of them says (not "5 and 3 tonnes respectively")."""
    lists = [run for run in runs if len({a.key for a in run}) > 1]
    if len(lists) > 2:  # "The Kazakh and Uzbek ministers thanked A and B, which fund C and D,
        # respectively": the list before "respectively" and the nearest one as long before it
        closing = next((run for run in lists if _RESPECTIVELY.match(text, run[-1].end)), None)
        before = [run for run in lists if closing and run[-1].end < closing[0].start]
        same = [run for run in before if len(run) == len(closing or ())]
        lists = [same[-1], closing] if same and closing else []
    if len(lists) != 2 or len(lists[0]) != len(lists[1]):
        return None
    if not any(_RESPECTIVELY.match(text, run[-1].end) for run in lists):
        return None
    return list(zip(*lists, strict=True))


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


def _apart(actors: list[Actor], spans: list[tuple[int, int]]) -> list[list[Actor]]:
    """The actors of the main clause, then those of each appositive span."""
    main = [a for a in actors if not any(s <= a.start < e for s, e in spans)]
    return [main, *([a for a in actors if s <= a.start < e] for s, e in spans)]


def _confidence(seg: Segment, mech: str, inherited: bool, star: bool, masked: str) -> float:
    if inherited:
        return 0.6
    if PARTICIPANTS.search(masked) and mech == "meeting":
        return 0.5
    if mech in ("agreement", "funding") or star or BETWEEN.search(masked):
        return 0.9
    return 0.8 if seg.kind == "heading" else 0.75
