"""Tokens with offsets and a longest-match phrase index over them (linear in the text).

Names match case-insensitively with diacritics and curly quotes folded; acronyms
(all-capital surface forms) match only as written, so "WHO" is not "who".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import attrgetter
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")

#: A compound wrapped after its hyphen at a line's end, a capital going on ("Anti-⏎Narcotics",
#: "All-⏎Russian": hard-wrapped PDF text), is one token whose norm joins it up. A hyphen that
#: splits a word ("Rus-⏎sian") is left to the document's text: "-⏎" before a lowercase letter
#: may as well be a compound's ("Inter-⏎regional").
TOKEN = re.compile(r"\w+(?:-(?:\n[ \t]*(?=[A-Z]))?\w+)*(?:['’](?!s\b)\w+)*|['’]s\b|[^\w\s]")
_WRAP = re.compile(r"-\n[ \t]*")
#: Splits text into whitespace and tokens, alternately: every non-space character starts a
#: token, so the pieces between tokens are (possibly empty) runs of whitespace.
_SPLIT = re.compile(f"({TOKEN.pattern})")
_MAX_TOKENS = 14
_NORM = attrgetter("norm")
#: ``tuple.__new__(Token, fields)`` makes a Token without the Python-level ``__new__`` that
#: NamedTuple generates: one interpreted call less for each of ~540 tokens per report.
_NEW_TUPLE = tuple.__new__


class Token(NamedTuple):
    """A word or punctuation mark with its offsets (a tuple: made by the hundred thousand)."""

    start: int
    end: int
    text: str
    norm: str


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase ASCII form used to compare names ("Tehrān" → "tehran", ’ → ')."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-")
    if "\n" in text:
        text = join_wrapped_compounds(text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return ascii_text.lower()


def join_wrapped_compounds(text: str) -> str:
    """``text`` with compounds wrapped after their hyphen joined up ("Anti-⏎Narcotics" →
    "Anti-Narcotics"), as the tokens' norms read them."""
    return _WRAP.sub("-", text)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with document offsets.

    The same tokens as ``TOKEN.finditer``, read with one ``split`` into alternating spaces
    and tokens: offsets are running sums of their lengths. A match object per token made
    tokenizing a third of the document view; ``split`` makes only the strings.
    """
    if start or end is not None:
        text = text[start:end]  # as finditer(text, start, end): TOKEN never looks behind
    pieces = _SPLIT.split(text)
    words = pieces[1::2]
    bounds = list(accumulate(map(len, pieces), initial=start))  # token i is 2i+1 .. 2i+2
    fields = zip(bounds[1:-1:2], bounds[2::2], words, map(fold, words), strict=True)
    return list(map(_NEW_TUPLE, repeat(Token), fields))


def is_acronym(surface: str) -> bool:
    """True for all-capital short forms such as "UNODC" or "MAOC-N"."""
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and " " not in surface and sum(c.isupper() for c in letters) >= 2


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    """A phrase found in the text: token range, offsets and its payload."""

    first: int
    last: int
    start: int
    end: int
    value: T


class PhraseIndex(Generic[T]):
    """Surface forms → payloads; ``find`` returns leftmost-longest, non-overlapping hits."""

    def __init__(self, entries: Iterable[tuple[str, T]] = ()) -> None:
        self._phrases: dict[tuple[str, ...], list[tuple[str | None, T]]] = {}
        self._prefixes: set[tuple[str, ...]] = set()
        self._openings: set[tuple[str, ...]] = set()  # one-word phrases, first two words
        self._first_words: set[str] = set()
        for surface, value in entries:
            self.add(surface, value)

    def add(self, surface: str, value: T) -> None:
        """Register ``surface``; acronyms keep their exact spelling as a condition."""
        words = tuple(t.norm for t in tokenize(surface))
        if not words or len(words) > _MAX_TOKENS:
            return
        exact = surface if is_acronym(surface) else None
        self._phrases.setdefault(words, []).append((exact, value))
        self._openings.add(words[:2])
        self._first_words.add(words[0])
        for i in range(1, len(words)):
            self._prefixes.add(words[:i])

    def find(
        self, tokens: list[Token], text: str, accept: Callable[[T], bool] | None = None
    ) -> list[Hit[T]]:
        """Leftmost-longest matches over ``tokens`` (from ``tokenize``), of payloads that
        ``accept`` allows: the same hits as an index holding only those payloads."""
        return self.find_each([tokens], text, accept)[0]

    def find_each(
        self, token_lists: list[list[Token]], text: str, accept: Callable[[T], bool] | None = None
    ) -> list[list[Hit[T]]]:
        """:meth:`find` over each token list (a report's segments), looking for the tokens that
        may open a phrase in one pass over all of them: most segments have none."""
        hits: list[list[Hit[T]]] = [[] for _ in token_lists]
        lists = iter(enumerate(token_lists))
        k, tokens = next(lists, (0, []))
        base, after = 0, 0  # where list k starts among all tokens; where a hit may start
        for at in self._openers(token_lists):
            while at > base + len(tokens):  # past list k and the separator after it
                base += len(tokens) + 1
                k, tokens = next(lists)
                after = 0
            i = at - base
            if i == len(tokens) or i < after:  # the separator, or inside the last hit
                continue
            hit = self._longest_at(tokens, i, text, accept)
            if hit is not None:
                hits[k].append(hit)
                after = hit.last + 1
        return hits

    def _openers(self, token_lists: list[list[Token]]) -> Iterable[int]:
        """Positions of tokens that may open a phrase (a one-word phrase, or the first two
        words of a longer one) among the tokens of all lists, each list followed by a
        separator. Tokens that are no phrase's first word (most of them) are skipped without
        a Python loop; of the others ("the", "in"), most open no phrase with the next word."""
        norms: list[str] = []
        for tokens in token_lists:
            norms += map(_NORM, tokens)
            norms.append("")  # no phrase spans two lists
        openings = self._openings
        for k in compress(count(), map(self._first_words.__contains__, norms)):
            if (norms[k],) in openings or (norms[k], norms[k + 1]) in openings:
                yield k

    def _longest_at(
        self, tokens: list[Token], i: int, text: str, accept: Callable[[T], bool] | None
    ) -> Hit[T] | None:
        best: tuple[int, T] | None = None  # last token and payload of the longest match
        key: tuple[str, ...] = ()
        for j in range(i, min(len(tokens), i + _MAX_TOKENS)):
            key = (*key, tokens[j].norm)
            for exact, value in self._phrases.get(key, ()):
                if accept is not None and not accept(value):
                    continue
                if exact is None or text[tokens[i].start : tokens[j].end] == exact:
                    best = j, value
                    break
            if key not in self._prefixes:
                break
        if best is None:
            return None
        last, value = best
        return Hit(i, last, tokens[i].start, tokens[last].end, value)


def word_set(text: str) -> frozenset[str]:
    """The set of whitespace-separated words of ``text`` (readable word lists)."""
    return frozenset(text.split())
