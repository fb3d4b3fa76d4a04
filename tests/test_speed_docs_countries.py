"""The country finder's word starts, read through a per-word cache, are those of the
per-token loop they replaced, on every bundled and held-out report and on odd words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.extract.countries import _WORD_START, _first_words, _word_starts
from kg.extract.gazetteer import Token, tokenize

ROOT = Path(__file__).resolve().parents[1]
ODD_WORDS = (
    "Türkiye and Côte d'Ivoire, the Anti-Iran bloc, Anti-\nNarcotics, Re-\npublic of Korea, "
    "Iran’s and Iran's police, foo_bar, ſyria, İran, UNODC-WCO, 2024, Korea-Japan, «Chad»"
)


def _per_token(tokens: list[Token], firsts: frozenset[str]) -> Iterator[int]:
    """The loop ``_word_starts`` replaced: a plain word's norm looked up, other words'
    word starts found, token by token."""
    for start, _, word, norm in tokens:
        if word.isascii() and word.isalnum():
            if norm in firsts:
                yield start
        elif len(word) > 1 or word.isalnum():
            yield from (start + m.start() for m in _WORD_START.finditer(word))


def test_word_starts_are_the_per_token_loops() -> None:
    paths = [*ROOT.glob("data/raw/*.txt"), *ROOT.glob("tests/data/heldout*/*.txt")]
    texts = [p.read_text(encoding="utf-8") for p in sorted(paths)]
    assert len(texts) > 100
    for text in [*texts, ODD_WORDS]:
        tokens = tokenize(text)
        assert list(_word_starts(tokens)) == list(_per_token(tokens, _first_words()))
