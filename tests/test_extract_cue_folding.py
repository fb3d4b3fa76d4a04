"""Cues matched on lowercased ASCII text find exactly what case-insensitive matching finds."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.extract import cues, facts, lists, relations
from kg.extract.cues import Cue, Lowered

CUES = [
    v for m in (cues, facts, lists, relations) for v in vars(m).values() if isinstance(v, Cue)
] + [cue for family in (cues.DECISIVE, cues.ACTIVITIES, cues.GENERAL) for _, cue in family]
#: Words of the cues in mixed case, and characters that fold to ASCII letters ("ſ", "K",
#: "ı", "İ") or lowercase to two characters.
WORDS = [
    "Funded by",
    "SIGNED",
    "the Two Sides",
    "Trafficking",
    "held in",
    "Meetings in the Government of",
    "Embassy of the",
    "to",
    "will be",
    "support from the",
    "participants from",
    "ſmuggling",
    "\u212aenya",
    "traınıng",
    "İran",
    "forensic laboratory",
    "forenſic laboratory",
    "laboratories",
    "Côte",
    "and",
    ", and the second office by",
    "EU-funded",
    "’s",
    "US$ 1.5 million",
    "2,000 KG of Heroin",
    "Cocaine with 30 kilos",
    "40 Officers",
    "3 billion euros",
]
SEPARATORS = [" ", ", ", ". ", "; ", "\n", "-", " (", ") "]
TEXTS = st.lists(st.sampled_from(WORDS + SEPARATORS), max_size=30).map("".join)


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), tuple(g and g.lower() for g in m.groups())) for m in matches]


def test_every_cue_is_checked() -> None:
    assert len(CUES) > 20


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, 40), st.integers(0, 400))
@example("Trafficking, forenſic laboratory", 20, 400)  # the lookbehind looks before ``pos``
def test_folded_matches_equal_case_insensitive_matches(text: str, pos: int, endpos: int) -> None:
    lowered = Lowered(text)
    for cue in CUES:
        want = list(cue.pattern.finditer(text, pos, endpos))
        assert _spans(list(cue.finditer(text, pos, endpos, lowered))) == _spans(want)
        assert _spans(list(cue.finditer(text, pos, endpos))) == _spans(want)
        found = cue.search(text, pos, endpos, lowered)
        assert (found and found.span()) == (want[0].span() if want else None)
        first = cue.pattern.match(text, pos, endpos)
        matched = cue.match(text, pos, endpos, lowered)
        assert (matched and matched.span()) == (first and first.span())


def test_a_cue_is_written_in_lower_case() -> None:
    for bad in (r"\bFunded\b", r"(?i)\bfunded\b"):
        try:
            Cue(bad)
        except ValueError:
            continue
        raise AssertionError(bad)
    Cue(r"\W\S\bfunded\b")


def _contained(items: list[tuple[object, object]]) -> list[set[str]]:
    """Sets of strings one of which every match of the parsed ``items`` contains: runs of
    literals, and what every alternative of a group (or a repeated part) contains."""
    from re import _constants as c

    found: list[set[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run += chr(av)  # type: ignore[arg-type]
            continue
        if run:
            found.append({run})
            run = ""
        if op is c.SUBPATTERN:
            found += _contained(list(av[3]))  # type: ignore[index]
        elif op is c.BRANCH:
            alternatives = [_contained(list(alt)) for alt in av[1]]  # type: ignore[index]
            if all(alternatives):
                found.append(set().union(*(alt[0] for alt in alternatives)))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
            found += _contained(list(av[2]))  # type: ignore[index]
    return found


def test_every_match_contains_one_of_the_words() -> None:
    from re import _parser

    for cue in [c for c in CUES if c.words]:
        parsed = list(_parser.parse(cue.pattern.pattern).data)
        assert any(
            all(any(w in s for w in cue.words) for s in strings) for strings in _contained(parsed)
        ), cue.pattern.pattern
