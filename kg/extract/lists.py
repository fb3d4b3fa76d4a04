"""Lists of actors in a sentence: coordination, and whether a list is a star or a clique.

"agreements with A, B and C" links each of A, B, C with the rest of the sentence (a
star); "between A and B", "among A, B and C" or "officers from A, B and C" link them all
together (a clique), unless "officers from A, B and C" were trained by, or visited, another
country's actors (a star again). Givers in a list ("training from A and B", "funded by A
and B") are a star too: they do not cooperate with each other; nor do the countries a
donor funds ("the travel of the A, B and C delegations").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from kg.extract import cues

#: What may stand between names of a list; "A (2023), the B and C": a year or a note in
#: parentheses may follow a name; "officers of A and of B".
_GAP = re.compile(
    r"\s*(\([^()]{1,40}\)\s*)?(,|and|or|&|as well as)?\s*(,\s*)?(and\s+|as\s+well\s+as\s+)?"
    r"((?<=and )(with|in)\s+|(?<=as )in\s+)?"
    r"(of\s+)?(the\s+)?"
    r"((?!(1[89]|20)\d\d\b)\d[\d,]*\s+)?"
    r"((governments?|kingdom|republic|state|people)\s+of\s+(the\s+)?)?$",
    re.IGNORECASE,
)
# Case-insensitive cues (see ``cues.Cue``): their groups are read in lower case.
_INTRODUCER = cues.Cue(
    r"\b(with|alongside|between|among|amongst|to|in|such as|including|like|from|by|and|for"
    r"|help(s|ed|ing)?|assist(s|ed|ing)?|benefit(s|ed|ing)?|support(s|ed|ing)?)\s+"
    r"(both\s+)?((the\s+)?([a-z]+\s+){0,2}of\s+)?(the\s+)?"
    r"(governments?\s+of\s+|republics?\s+of\s+|islamic republics\s+of\s+)?"
    r"((?!(1[89]|20)\d\d\b)\d[\d,]*\s+|(two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\s+)?$"  # a count of people, not a year
)
#: "helps the chemical control authorities of A, B and C", "supports the police, customs and
#: fisheries services of A, B and C": beneficiaries named at length.
_HELPS_OF = cues.Cue(
    r"\b(help(s|ed|ing)?|assist(s|ed|ing)?|benefit(s|ed|ing)?|support(s|ed|ing)?)\s+"
    r"(the\s+)?(?!by\b)(?![a-z ,-]*\b(between|joint|jointly|cooperation|establish\w*|signing"
    r"|memorand\w+|operations?|efforts|task|teams?|units?|investigations?)\b)"
    r"[a-z][a-z ,-]{0,80}?\sof\s+(the\s+)?$"
)
#: A phrase before a list that its first comma closes ("With funding from the EU, UNODC and
#: WHO …"), alone or after a dateline ("KABUL, 3 May - With …").
_FRONTED_PHRASE = (
    r"\W*(with|thanks to|under|through"
    r"|in (cooperation|partnership|collaboration) with"
    r"|funded by|supported by|on behalf of|at the (request|invitation) of|following|during"
    r"|upon|according to)\b[^,;]*$"
)
_FRONTED = cues.Cue(r"([a-z][a-z .'-]+,?[^.\n]{0,60}?\s[-–—]\s)?" + _FRONTED_PHRASE)
#: The same with no dateline: what ``_FRONTED`` matches on text with no dash to end one, and
#: far cheaper to try (the dateline's lazy run tries each of its lengths from each start).
_UNDATED_FRONTED = cues.Cue(_FRONTED_PHRASE)
#: A list right after a verb of teaching or hosting is its object ("Chile trained Bolivian
#: and Peruvian chemists"): the subject's guests or trainees, not each other's partners.
_TAUGHT = cues.Cue(
    r"\b(trained|trains|train|mentored|mentors|coached|coaches|hosted|hosts)"
    r"\s+(the\s+|officers\s+of\s+|officials\s+of\s+)?((?!(1[89]|20)\d\d\b)\d[\d,]*\s+)?$"
)
#: A list that acts "each" or "separately" ("A and B held separate talks with C", "A and B
#: each received …"): every member on its own, not with the others.
_EACH_AFTER = cues.Cue(
    r"\W*(\w+\s+){0,2}(each(?!\s+(other|year|month|week|day|time|signed|agreed|ratified"
    r"|joined|sent|contributed|deployed))|separately\s+with|held\s+separate\s+(talks|meetings"
    r"|consultations|discussions))\b"
)
#: A list that receives ("Cambodia and Lao PDR will receive …"): recipients, each on its own.
_RECEIVES_AFTER = re.compile(
    r",?\s+(will\s+|would\s+|each\s+|also\s+)*(receive[sd]?|get|got)\b"
    r"(?!\s+(each other|one another))"  # not "receive each other's liaison officers"
)
_PAREN = re.compile(r"\s*\(")
_HEAD_AND = re.compile(r" (?P<head>[a-z][\w-]*( [a-z][\w-]*){0,2}),? (and|or) (the )?")
_CONJUNCTION = re.compile(r"(?i)\s*,?\s*\b(and|or|as well as)\b|\s*&")
_GIVER = cues.Cue(
    r"\b(training|trained|support|supported|assistance|funding|funded|financed|donated"
    r"|donations?|expertise|experts|contributions?|grants?)\b[^.;]{0,12}$"
)
_BENEFIT = re.compile(r"^(help|assist|benefit|support)\w*$")
#: A preposition right before a list: the list is what something is for or of.
_OBJECT_OF = cues.Cue(r"\b(of|for|on|to|at|across|from)\s+(the\s+|their\s+|its\s+)?$")
#: A colon right before a list: it spells out what the clause before names.
_COLON_BEFORE = re.compile(r":\s*(the\s+)?$")
#: "supports six programme countries: A, B and C", "The beneficiary countries are: A and B":
#: a colon spells out whom a programme or team serves, each on its own, not partners.
_SERVED_BEFORE = cues.Cue(
    r"(\b(help|assist|benefit|support|serve)\w*\s+(the\s+|its\s+|their\s+)?([a-z-]+\s+){0,3}"
    r"|\b(beneficiary|programme|program|recipient)\s+)(countries|states)(\s+are)?\s*:\s*(the\s+)?$"
)
_STAR = frozenset({"with", "alongside", "to", "in", "such as", "including", "like"})


@dataclass(frozen=True, slots=True)
class Actor:
    """An entity taking part in a segment, with its home country (None for international)."""

    start: int
    end: int
    key: str
    country: str | None


def country_actor(iso3: str, start: int, end: int | None = None) -> Actor:
    """A country standing in for an actor the text names otherwise: a speaker's "we", an
    unnamed host, a programme's member countries."""
    return Actor(start, start if end is None else end, f"country/{iso3}", iso3)


def coordinated(text: str, end: int, start: int) -> bool:
    """True when only ", ", " and ", ", and the " … lies between two names."""
    return bool(_GAP.match(text, end, start))


def one_per_country(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """The first actor of each country among ``actors`` (bodies of none left out)."""
    first: dict[str, Actor] = {}
    for a in actors:
        if a.country:
            first.setdefault(a.country, a)
    return tuple(first.values())


def unique(actors: Iterable[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.key not in seen:
            seen.add(a.key)
            out.append(a)
    return out


def _same_head(text: str, end: int, a: Actor) -> bool:
    """ "the Guatemalan police and the Honduran police": two countries' bodies of one kind,
    the head noun repeated after each, are a list like "the Guatemalan and Honduran police"."""
    if a.start - end > 48:
        return False  # most pairs: far apart
    gap = _HEAD_AND.fullmatch(text, end, a.start)
    return bool(gap and text.startswith(" " + gap["head"], a.end))


def groups(text: str, start: int, actors: list[Actor]) -> list[list[Actor]]:
    """Coordinated runs of actors ("Armenia, Brazil and Slovenia").

    A run joined by commas alone is a list only if "and"/"or" follows it ("Iran,
    Afghanistan, Pakistan and Central Asian countries"); "…Norway, UNODC trained" is not.
    ``start`` is the segment's start, to see sentence-initial phrases.
    """
    runs: list[list[Actor]] = []
    end = -1
    for a in sorted(actors, key=lambda x: x.start):
        if runs and a.key == runs[-1][-1].key and _PAREN.fullmatch(text, end, a.start):
            end = a.end + (text[a.end : a.end + 1] == ")")  # "Bureau (CBA)": the same item
            continue
        if runs and _closed(text, runs[-1], end, a.start):
            runs.append([a])  # "in A and B, the UNODC office announced": "and" ended the list
        elif runs and (coordinated(text, end, a.start) or _same_head(text, end, a)):
            runs[-1].append(a)
        else:
            runs.append([a])
        end = a.end
    runs = [part for run in runs for part in _split_fronted(text, start, run)]
    out: list[list[Actor]] = []
    for run in runs:
        gaps = [text[x.end : y.start] for x, y in pairwise(run)]
        joined = any(_CONJUNCTION.search(g) for g in gaps)
        if joined or _CONJUNCTION.match(text, run[-1].end) or len(run) == 1:
            out.append(run)
        else:
            out += [[a] for a in run]
    return out


def _closed(text: str, run: list[Actor], end: int, start: int) -> bool:
    """Whether a list ended with "and"/"or" before its last member, and only a comma follows
    it ("Nepal and Sri Lanka, the UNODC office said"): what comes next is not a member."""
    if len(run) < 2 or _CONJUNCTION.search(text, end, start):
        return False
    return bool(_CONJUNCTION.search(text, run[-2].end, run[-1].start))


def _split_fronted(text: str, start: int, run: list[Actor]) -> list[list[Actor]]:
    """ "With funding from the EU, UNODC and WHO …": the comma closes the fronted phrase."""
    comma = len(run) > 1 and "," in text[run[0].end : run[1].start]  # a plain test first
    if comma and _fronted(text[start : run[0].start]):
        return [run[:1], run[1:]]
    return [run]


def _fronted(span: str) -> bool:
    """Whether a sentence's ``span`` before a list is a fronted phrase (maybe after a dateline)."""
    dated = "-" in span or "–" in span or "—" in span
    return bool((_FRONTED if dated else _UNDATED_FRONTED).match(span))


def star_group(
    text: str, start: int, groups: list[list[Actor]], hub: list[Actor], *, joint: bool = False
) -> list[Actor] | None:
    """A list whose members each link with the rest ("agreements with A, B and C").

    Lists after "with", "to", "in", "such as" are stars; so are lists of givers ("training
    from A and B", "funded by A and B") and of beneficiaries ("a partner of A and B"), who do
    not cooperate with each other. A list that takes part in something ("units in A, B and
    C took part in …") is a clique; a star list with nobody else named links nobody by itself.
    "Officers from A, B and C were trained by D" is a star around another country's actor,
    unless the sentence says they act jointly (``joint``: "… conducted a joint operation").
    """
    if not joint and (guests := _guests_of_a_host(text, start, groups)):
        return guests
    if not joint and (takers := _receivers(text, groups)):
        return takers
    for g in groups:
        if len({a.key for a in g}) < 2 or cues.TAKES_PART.match(text, g[-1].end):
            continue
        if not joint and (acts_each(text, g) or _RECEIVES_AFTER.match(text, g[-1].end)):
            return g  # "A and B will receive USD 1.3 and 1.1 million": each a recipient
        if not joint and _visits(text, start, g, groups):
            return g  # "A and B judges visited C": C's guests
        before = text[max(start, g[0].start - 60) : g[0].start]
        wider = text[max(start, g[0].start - 120) : g[0].start]  # a verb further back
        others = {a.key for grp in groups if grp is not g for a in grp} | {a.key for a in hub}
        alone = not others - {a.key for a in g}
        if cues.RELATION_OF.search(before) or (not joint and not alone and _TAUGHT.search(before)):
            return g
        if not joint and ":" in before[-8:] and _SERVED_BEFORE.search(wider):
            return g
        m = (None if joint else _HELPS_OF.search(wider)) or _INTRODUCER.search(before)
        if not m:
            continue
        word = _BENEFIT.sub("to", m.group(1).lower())  # "to help A and B": beneficiaries
        giver = word in ("from", "by") and _GIVER.search(before[: m.start() + len(word)])
        if (word in _STAR or giver) and not alone:
            return g
        if word in _STAR and alone:
            return g
        if word in ("for", "from") and not _acts_jointly(text, g, before):
            if cues.HOSTING_FOR.search(before) and not _ACTING.match(text, g[-1].end):
                return g  # "B will host study visits for A and C": B's guests, not partners
            if alone:
                continue
            single = len(others - {a.key for a in g}) == 1
            if word == "for" and single and cues.ORGANIZED_FOR.search(wider):
                return g  # "B will organize courses for A and C", B alone
        if word == "from" and not joint and _other_country(g, groups, hub):
            return g
    return None


def _visits(text: str, start: int, g: list[Actor], groups: list[list[Actor]]) -> bool:
    """Whether list ``g`` goes on in its clause to visit the next actor, of another country
    ("a delegation of A and B clinicians made a study visit to C"): guests of one host, not
    each other's partners; unless they act together there ("… visited C and signed …") or
    the clause says they cooperate before the visit."""
    end = g[-1].end
    host = min((a for grp in groups for a in grp if a.start >= end), key=_start, default=None)
    if host is None or host.country in {None, *(a.country for a in g)}:
        return False
    visit = cues.VISIT.search(text, end, host.start) if host.start - end <= 100 else None
    if visit is None or _STOP.search(text, end, visit.start()):
        return False
    if _OWN_COOPERATION.search(text, end, visit.start()):
        return False  # "A and B, who share intelligence daily, visited C": partners too
    return not _TOGETHER.search(text, start, _sentence_stop(text, start))


def _receivers(text: str, groups: list[list[Actor]]) -> list[Actor] | None:
    """Members of two or more runs that together are the subject of "receive" ("farmers in
    X, A, and in Y province of B will receive …"): each a recipient on its own."""
    for i, g in enumerate(groups):
        if i and _RECEIVES_AFTER.match(text, g[-1].end):
            j = i
            while j and _subject_gap(text[groups[j - 1][-1].end : groups[j][0].start]):
                j -= 1
            takers = [a for grp in groups[j : i + 1] for a in grp]
            return takers if j < i and len({a.country for a in takers}) > 1 else None
    return None


def _subject_gap(gap: str) -> bool:
    """Whether the words between two runs go on with one subject: ", and in Y province of the"."""
    return len(gap) <= 80 and "and" in gap and not _CLAUSE_STOP.search(gap)


#: Where a subject's words end: a stop or a verb.
_CLAUSE_STOP = re.compile(rf"[.;:]|{cues.FINITE_VERB.pattern}")


def _start(a: Actor) -> int:
    return a.start


def acts_each(text: str, run: list[Actor]) -> bool:
    """Whether a list acts "each" or "separately" ("A and B held separate talks with C")."""
    return bool(_EACH_AFTER.match(text, run[-1].end))


def gapped_with(text: str, start: int, groups: list[list[Actor]]) -> list[Actor] | None:
    """Two "with" partners (or "for" beneficiaries) of one verb, the second in a clause whose
    verb is left out ("held six meetings with A at X and four with B", "will fund two
    laboratories, one for A and one for B"), the beneficiaries of another country's actor
    named before them (not a donor named after a joint unit's desks): a star list."""
    for first, second in pairwise(groups):
        before = text[max(start, first[0].start - 60) : first[0].start]
        between = text[first[-1].end : second[0].start]
        prep = _WITH_BEFORE.search(before)
        gapped = _GAPPED_WITH.search(between) if prep else None
        if not (prep and gapped and gapped["prep"] == prep[1]):
            continue
        star = [*first, *second]
        givers = [a for grp in groups for a in grp if a.end <= first[0].start]
        if prep[1] == "with" or _other_country(star, [givers], []):
            return star
    return None


_STOP = re.compile(r"[.;:]")
#: A list's own cooperation told before its visit: "who share intelligence", "cooperated on".
_OWN_COOPERATION = re.compile(
    r"\b(co-?operat\w+|collaborat\w+|exchang\w+"
    r"|shar(e|es|ed|ing)\s+(\w+\s+){0,2}(information|intelligence|data))\b",
    re.IGNORECASE,
)
_WITH_BEFORE = re.compile(r"\b(with|for)\s+((the|its|their)\s+)?([\w-]+\s+)?$")
#: "… and four with", "… and one for": a gapped clause's own object, not an adverb ("and
#: also with", "and closely with": one list).
_GAPPED_WITH = re.compile(
    r"^[^.;:]{0,60}?\band\s+(?!(also|then|later|again|now|even|especially|particularly|notably"
    r"|mainly|mostly|above all)\b)(?!\w+ly\b)(\w+\s+){1,3}(?P<prep>with|for)\s+"
    r"((the|its|their)\s+)?$"
)


def _guests_of_a_host(text: str, start: int, groups: list[list[Actor]]) -> list[Actor] | None:
    """The list of guests where one actor is said to host their training ("A and B officers
    completed a training at the port, hosted by C", "officers from A and B spent four days
    at C, which hosted the visit"): each links with the host, not with each other. Not a
    meeting's host, nor guests who act together ("signed", "exchanged")."""
    stop = _sentence_stop(text, start)
    if not groups or text.find("hosted", start, stop) < 0:
        return None  # most lists: nobody hosts them
    hosted = any(
        len(g) == 1
        and (
            _TRAINING_HOSTED_BY.search(text, max(start, g[0].start - 160), g[0].start)
            or _WHICH_HOSTED.match(text, g[0].end)
        )
        for g in groups
    )
    if not hosted or _TOGETHER.search(text, start, stop):
        return None
    # "officers from Oman, Bahrain and Qatar …, hosted by the Royal Oman Police": the host's
    # own country among the participants is no guest of its own
    homes = {g[0].country for g in groups if len(g) == 1}
    guests = next((g for g in groups if len({a.key for a in g}) >= 2), [])
    return [a for a in guests if a.country not in homes] or None


def _sentence_stop(text: str, start: int) -> int:
    """Where the sentence that begins at ``start`` ends."""
    end = _SENTENCE_END.search(text, start)
    return end.end() if end else len(text)


#: "… at the Lithuanian Criminal Police Bureau in Vilnius, which hosted the visit".
_WHICH_HOSTED = re.compile(
    r"(\s+in\s+[A-Z][\w'’-]*(\s+[A-Z][\w'’-]*)?)?\s*,\s*(which|that|who)\s+(also\s+)?hosted\s+"
    r"(the|their|this)\s+(visit|course|training|placement|attachment|internship|exercise|delegation)"
)
_TRAINING_HOSTED_BY = cues.Cue(
    r"\b(trainings?|courses?|visits?|placements?|attachments?|internships?|exercises?"
    r"|workshops?)\b[^.;:]{0,120}\bhosted\s+by(\s+the)?\s*$",
    words=("hosted",),
)
#: Guests who act together of their own ("officials from A and B, who signed …"): no one's
#: guests; guests who only "observed" or "exchanged views" with the host stay guests.
_ACTING = re.compile(
    r"\s*,?\s*(who|which|that)\s+(then\s+|also\s+|jointly\s+)?(signed|agreed|concluded|adopted"
    r"|ratified|(share|shared|exchange|exchanged)\b(?![^.;,]{0,40}\bwith\b))\b"
)
_TOGETHER = cues.Cue(r"\b(signed|agreed|exchanged|concluded)\b")
_SENTENCE_END = re.compile(r"[.;]\s|$")
_CLAUSE_END = re.compile(r"[,.;:]")


def _acts_jointly(text: str, g: list[Actor], before: str) -> bool:
    """Whether the clause of list ``g`` (up to the comma after it) says it acts jointly."""
    end = _CLAUSE_END.search(text, g[-1].end)
    after = text[g[-1].end : end.start() if end else len(text)]
    return bool(cues.JOINT.search(before) or cues.JOINT.search(after))


def _other_country(g: list[Actor], groups: list[list[Actor]], hub: list[Actor]) -> bool:
    """Whether an actor outside list ``g`` belongs to a country the list does not name."""
    inside = {a.country for a in g}
    return any(
        a.country and a.country not in inside
        for a in (*(a for grp in groups if grp is not g for a in grp), *hub)
    )


def funded_list(
    text: str, start: int, end: int, groups: list[list[Actor]], giving: list[bool]
) -> list[Actor] | None:
    """ "Funding from A covered the travel of the B, C and D delegations": a list of countries
    that do not give, after a preposition or before a passive ("the B and C units are
    supported by A"), is what the donor funds, each in turn (a star), not a clique; a list
    that is an active clause's subject acts ("Funded by A, B and C units patrolled"). The
    list may name each country by one of its bodies ("for the B police and the C navy")."""
    for g, gives in zip(groups, giving, strict=True):
        countries = {a.country for a in g if a.country}
        if gives or len(countries) < 2 or len(countries) != len(g):
            continue
        if _OBJECT_OF.search(text, max(start, g[0].start - 30), g[0].start):
            return g
        if _COLON_BEFORE.search(text, max(start, g[0].start - 8), g[0].start):
            return g  # "D funded three components: A (USD 2 million), B and C"
        if cues.PASSIVE_GIVING.search(text, g[-1].end, end):
            return g
    return None


def subjectless(text: str, start: int, star: list[Actor], actors: list[Actor]) -> bool:
    """ "Information exchange with A and B intensified": a "with" list and nobody else, so the
    report's own country is the unnamed partner."""
    if {a.key for a in actors} != {a.key for a in star}:
        return False  # somebody else is named: the subject, or another partner
    m = _INTRODUCER.search(text[max(start, star[0].start - 60) : star[0].start])
    return bool(m and m.group(1).lower() == "with")


def by_clause(actors: list[Actor], boundaries: list[int]) -> list[list[Actor]]:
    """Actors by clause, the clauses ending at ``boundaries``."""
    clauses: list[list[Actor]] = [[] for _ in range(len(boundaries) + 1)]
    for a in actors:
        clauses[bisect_right(boundaries, a.start)].append(a)
    return clauses


def donor_teams(
    actors: list[Actor], hub: list[Actor], donors: list[Actor], star: list[Actor]
) -> list[list[Actor]]:
    """Co-donors fund the same thing but do not cooperate with each other: each donor links
    with the rest (a donor's own embassy or agency only with it), and with each member of
    another star list in turn."""
    keys = {a.key for a in donors}
    homes = {a.country for a in donors if a.country}
    spokes = [m for m in star if m.key not in keys]
    rest = [a for a in actors if a.key not in keys | {m.key for m in spokes}]
    picks = [[m] for m in spokes] or [[]]
    return [
        [*(a for a in rest if a.country not in homes or a.country == d.country), *hub, d, *pick]
        for d in unique(donors)
        for pick in picks
    ]
