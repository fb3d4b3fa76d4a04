"""Cues matched on lowercased ASCII text find exactly what case-insensitive matching finds."""

from __future__ import annotations

import importlib
import pkgutil
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg import extract
from kg.extract import cues
from kg.extract.cues import Cue, Lowered

#: Every module of the extractor: any of them may define cues.
CUE_MODULES = [
    importlib.import_module(f"kg.extract.{m.name}") for m in pkgutil.iter_modules(extract.__path__)
]
CUES = [v for m in CUE_MODULES for v in vars(m).values() if isinstance(v, Cue)] + [
    cue for family in (cues.DECISIVE, cues.ACTIVITIES, cues.GENERAL) for _, cue in family
]
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


def _covered(items: list[tuple[object, object]], words: tuple[str, ...]) -> bool:
    """True when every match of the parsed ``items`` contains one of ``words``: a run of
    literals contains one, or a group, a repeated part or every alternative is covered."""
    from re import _constants as c

    run = ""
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run += chr(av)  # type: ignore[arg-type]
            continue
        if any(w in run for w in words):
            return True
        run = ""
        if op is c.SUBPATTERN and _covered(list(av[3]), words):  # type: ignore[index]
            return True
        if op is c.BRANCH and all(_covered(list(alt), words) for alt in av[1]):  # type: ignore[index]
            return True
        if (
            op in (c.MAX_REPEAT, c.MIN_REPEAT)
            and av[0] >= 1  # type: ignore[index]
            and _covered(list(av[2]), words)  # type: ignore[index]
        ):
            return True
    return False


def test_every_match_contains_one_of_the_words() -> None:
    from re import _parser

    for cue in [c for c in CUES if c.words]:
        parsed = list(_parser.parse(cue.pattern.pattern).data)
        assert _covered(parsed, cue.words), cue.pattern.pattern
