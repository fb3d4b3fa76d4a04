"""Shortcuts the extractor takes for speed change nothing it finds."""

from __future__ import annotations

import re
import re._parser as sre_parse  # the parsed form of a pattern, to read its first characters
from re._constants import ASSERT_NOT, AT, AT_BOUNDARY, BRANCH, LITERAL, SUBPATTERN

from kg.extract import cues


def _starts(items: list[tuple[object, object]]) -> set[str] | None:
    """The characters a match of the parsed sequence ``items`` may start with, None if not
    one literal character in every branch."""
    while items and items[0][0] is ASSERT_NOT:
        items = items[1:]  # a lookbehind ("(?<!of )courses?") reads no character
    if not items:
        return None
    op, av = items[0]
    if op is LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op is SUBPATTERN:
        return _starts(list(av[3]))  # type: ignore[index]
    if op is BRANCH:
        found: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            first = _starts(list(branch))
            if first is None:
                return None
            found |= first
        return found
    return None


def _alternatives(pattern: str) -> list[list[tuple[object, object]]]:
    parsed = list(sre_parse.parse(pattern))
    if len(parsed) == 1 and parsed[0][0] is BRANCH:
        return [list(b) for b in parsed[0][1][1]]  # type: ignore[index]
    return [parsed]


def test_every_mechanism_cue_starts_where_the_quick_test_allows() -> None:
    """``_MECHANISM_START`` only skips places where no mechanism cue can start: each cue's
    alternatives open with a word boundary, then a letter or a hyphen."""
    allowed = set("abcdefghijklmnopqrstuvwxyz-")
    for _, cue in (*cues.DECISIVE, *cues.ACTIVITIES, *cues.GENERAL):
        for alternative in _alternatives(cue.pattern.pattern):
            assert alternative[0] == (AT, AT_BOUNDARY), cue.pattern.pattern
            first = _starts(alternative[1:])
            assert first is not None and first <= allowed, cue.pattern.pattern


def test_mechanism_start_keeps_the_first_cue() -> None:
    """The first cue a text states starts where it did without the quick test."""
    every = "|".join(
        f"(?:{c.pattern.pattern})" for _, c in (*cues.DECISIVE, *cues.ACTIVITIES, *cues.GENERAL)
    )
    plain = re.compile(every, re.IGNORECASE)
    texts = ["Dutch-funded training", "they met; -funded", "co-financed", "x  Signed", "none", ""]
    for text in texts:
        quick, slow = cues._ANY_MECHANISM.search(text), plain.search(text)
        assert (quick and quick.start()) == (slow and slow.start()), text
