"""One document prepared for the rules: segments, their tokens and the countries in them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter

from kg.extract.countries import CountryMention, find_countries
from kg.extract.gazetteer import Token, tokenize, word_set
from kg.extract.sentences import Segment, segments

#: A dateline's place: "Nacala, 4 May — …", "Nairobi — …".
_DATELINE_PLACE = re.compile(
    r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})"
    r"(?:,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?)?\s+[—–]\s"
)
_SMALL_WORDS = word_set(
    "a an and as at by for from in into of on or the to with between among via vs"
)


@dataclass
class DocView:
    """Text, segments, tokens per segment and country mentions indexed by offset."""

    text: str
    segments: list[Segment]
    tokens: list[list[Token]]
    countries: list[CountryMention]
    country_at: dict[int, CountryMention] = field(default_factory=dict)
    title_case: list[bool] = field(default_factory=list)
    _found: dict[re.Pattern[str], bool] = field(default_factory=dict)

    def has(self, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` occurs anywhere in the text (remembered per pattern): a rule
        whose trigger a report lacks skips all of its segments."""
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = pattern.search(self.text) is not None
        return found

    def forget_countries(self, spans: list[tuple[int, int]]) -> None:
        """Drop country mentions inside ``spans`` (people's names such as "Jordan Smith")."""
        if not spans:
            return
        covered = bytearray(len(self.text) + 1)
        for start, end in spans:
            covered[start:end] = b"\x01" * (end - start)
        inside = {m for m in self.countries if covered[m.start]}
        self.countries = [m for m in self.countries if m not in inside]
        self.country_at = {k: m for k, m in self.country_at.items() if m not in inside}

    @cached_property
    def dateline_place(self) -> str | None:
        """The place a dateline in the report's first lines names, which is the report's
        country's even when no gazetteer knows it ("Nacala, 4 May — …")."""
        found = (_DATELINE_PLACE.match(s.text) for s in self.segments[:4])
        return next((m[1] for m in found if m), None)

    def country_of(self, token: Token) -> CountryMention | None:
        """The country mention a token belongs to, if any."""
        return self.country_at.get(token.start)

    @cached_property
    def norms(self) -> list[frozenset[str]]:
        """The token norms of each segment: rules skip the many segments without their words."""
        return [frozenset(map(attrgetter("norm"), toks)) for toks in self.tokens]

    @cached_property
    def named_countries(self) -> frozenset[str]:
        """Every country the report names."""
        return frozenset(m.iso3 for m in self.countries)

    @cached_property
    def main_country(self) -> str | None:
        """The country a report is about: its title's country, else the most named one."""
        if not self.segments:
            return None
        first = self.segments[0]
        in_title = [m.iso3 for m in self.countries if m.start < first.end]
        if in_title:
            return in_title[0]
        if letterhead := self._letterhead():
            return letterhead
        counts = Counter(m.iso3 for m in self.countries).most_common(2)
        if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
            return counts[0][0]
        return None

    def _letterhead(self) -> str | None:
        """A country named alone on a heading line right under a title that names none
        ("Ministry of Foreign Affairs / Republic of Kenya"): whose body issues the report;
        not the first of several such headings, which head the report's country sections."""
        for n, seg in enumerate(self.segments[1:3], 1):
            if seg.kind != "heading":
                return None
            if country := self._only_country(seg):
                later = (s for s in self.segments[n + 1 :] if s.kind == "heading")
                return None if any(map(self._only_country, later)) else country
        return None

    def _only_country(self, seg: Segment) -> str | None:
        """The country a segment is nothing but the name of ("Republic of Kenya")."""
        i = bisect_left(self.countries, seg.start, key=attrgetter("start"))
        m = self.countries[i] if i < len(self.countries) else None
        return m.iso3 if m and m.start == seg.start and m.end == seg.end else None


def view(text: str) -> DocView:
    """Prepare ``text`` for the extraction rules."""
    segs = segments(text)
    every = tokenize(text)
    starts = [t.start for t in every]
    toks = [_tokens_in(text, every, starts, s) for s in segs]
    countries = find_countries(text, every)
    doc = DocView(text, segs, toks, countries)
    for m in countries:
        for t in every[bisect_left(starts, m.start) : bisect_left(starts, m.end)]:
            doc.country_at[t.start] = m
    doc.title_case = [
        s.kind == "heading" and _is_title_case(ts) for s, ts in zip(segs, toks, strict=True)
    ]
    return doc


def _tokens_in(text: str, every: list[Token], starts: list[int], seg: Segment) -> list[Token]:
    """The tokens of one segment, sliced from the document's tokens (tokenizing once).

    Segments start and end next to whitespace, so no token crosses their edges and the slice
    equals tokenizing the segment alone; where one would, the segment is tokenized alone.
    """
    i, j = bisect_left(starts, seg.start), bisect_left(starts, seg.end)
    inside = i == j or every[j - 1].end <= seg.end
    if inside and (i == 0 or every[i - 1].end <= seg.start):
        return every[i:j]
    return tokenize(text, seg.start, seg.end)


def _is_title_case(tokens: list[Token]) -> bool:
    """True for headline-style segments where nearly every content word is capitalized."""
    words = [t.text for t in tokens if t.text[0].isalpha() and t.norm not in _SMALL_WORDS]
    if len(words) < 3:
        return False
    upper = sum(w[0].isupper() for w in words)
    return upper >= 0.75 * len(words)
