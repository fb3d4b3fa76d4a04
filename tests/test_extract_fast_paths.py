"""The extractor's fast paths find exactly what the plain versions they replace find."""

from __future__ import annotations

import random
import re

from kg.extract.countries import _lexicon, _matcher, _matches_at
from kg.extract.gazetteer import TOKEN, Token, fold, tokenize
from kg.extract.places_dates import _every_place
from kg.extract.registry import name_index
from kg.extract.sentences import _is_terminal
from kg.extract.view import view

_ODD = ["ı", "İ", "ſ", "K", "é", "É", "’s ", "'s", "Anti-", "-", "–", "_", "\n", "\u00a0", ". "]
_TEXT = (
    "The Ministry of Interior of the Islamic Republic of Iran and UNODC's Regional Office "
    "signed an agreement in Kabul on 3 May 2011. Anti-Iran rhetoric aside, Türkiye’s police "
    "met Pakistan-Afghanistan border officials (BNN) in the Gulf of Guinea; US dollars.\n"
)


def _noisy_texts(n: int, seed: int) -> list[str]:
    """Country forms and words with odd letters, hyphens and apostrophes run together."""
    rng = random.Random(seed)
    keys = sorted(_lexicon())
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 6)):
            key = "".join(c.upper() if rng.random() < 0.3 else c for c in rng.choice(keys))
            at = rng.randrange(len(key) + 1)
            parts += [key[:at], rng.choice(_ODD) if rng.random() < 0.3 else "", key[at:]]
            parts.append("".join(rng.choice([" ", ", ", *_ODD]) for _ in range(rng.randint(0, 3))))
        out.append("".join(parts))
    return [_TEXT, *out]


def test_tokenize_finds_the_tokens_of_finditer() -> None:
    for text in _noisy_texts(300, 1):
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            plain = [
                Token(*m.span(), m.group(), fold(m.group()))
                for m in TOKEN.finditer(text, start, end)
            ]
            assert tokenize(text, start, end) == plain


def test_tokens_are_tokens() -> None:
    """Tokens made with ``tuple.__new__`` are Tokens, with their fields by name."""
    tok = tokenize("in Tehrān")[1]
    assert type(tok) is Token
    assert (tok.start, tok.end, tok.text, tok.norm) == (3, 9, "Tehrān", "tehran")
    assert tok._replace(norm="x").norm == "x"


def test_countries_tried_at_word_starts_match_as_the_whole_regex() -> None:
    for text in _noisy_texts(1000, 2):
        whole = [(m.span(), m.group()) for m in _matcher().finditer(text)]
        assert [(m.span(), m.group()) for m in _matches_at(text, tokenize(text))] == whole


def test_find_each_finds_the_leftmost_longest_phrases_of_each_segment() -> None:
    dv = view(_TEXT * 3)
    for index in (name_index(), _every_place()):
        every_start = []
        for toks in dv.tokens:
            hits, i = [], 0
            while i < len(toks):
                hit = index._longest_at(toks, i, dv.text, None)
                hits += [hit] if hit else []
                i = hit.last + 1 if hit else i + 1
            every_start.append(hits)
        assert index.find_each(dv.tokens, dv.text) == every_start
        assert any(every_start)


def test_terminal_test_agrees_with_the_end_anchored_regex() -> None:
    terminal = re.compile(r"[.!?:;][\"”’')\]]*\s*$")
    rng = random.Random(3)
    for _ in range(5000):
        line = "".join(rng.choice("ab .!?:;\"”’')]\n\t\u00a0(") for _ in range(rng.randint(0, 10)))
        assert _is_terminal(line) == bool(terminal.search(line))
