"""Country gazetteer: finds countries in report text by name, official name or demonym.

Names and codes come from pycountry (ISO 3166-1); short names, demonyms and Wikidata
ids from ``data/reference/countries.tsv``. The gazetteer is compiled once, at first
use, into one trie-shaped regular expression, so matching is linear in the text size.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry

TABLE = Path(__file__).resolve().parents[2] / "data" / "reference" / "countries.tsv"


@dataclass(frozen=True)
class CountryMention:
    """A span naming a country: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    iso3: str  # ISO 3166-1 alpha-3
    form: str  # "name" | "demonym" | "plural" (a member of a coordinated plural)


@dataclass(frozen=True)
class CountryInfo:
    """Reference data of one country."""

    iso3: str
    name: str
    official_name: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    wikidata: str | None  # "Q794"


@dataclass(frozen=True)
class _Entry:
    """What a normalized surface form stands for; ``iso3`` "" is ambiguous, None no country."""

    iso3: str | None
    form: str
    surface: str


#: Phrases that contain a country name or demonym but do not refer to that country.
NOT_COUNTRIES = (
    "Indian Ocean",
    "West Indies",
    "West Indian",
    "East Indies",
    "American Indian",
    "Latin America",
    "Latin American",
    "South America",
    "South American",
    "North America",
    "North American",
    "Central America",
    "Central American",
    "Pan American",
    "Pan-American",
    "Inter-American",
    "Organization of American States",
    "British Columbia",
    "University of Georgia",
    "Georgia State University",
    "Georgia Institute of Technology",
    "Georgia Tech",
)

#: Forms that name a country only with a qualifier ("Republic of Korea", "Democratic Republic of the Congo").
AMBIGUOUS = ("Korea", "Korean", "Koreans", "Congolese")

#: Country names that are also given names or surnames ("Michael Jordan", "Chad Smith").
PERSON_NAMES = frozenset({"Jordan", "Chad", "Georgia", "Israel", "Kenya"})

_HYPHENS = "-‐‑–"
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def _key(surface: str) -> str:
    """Normalize a surface form for lookup: case, apostrophes, hyphens, spaces, leading "the"."""
    s = unicodedata.normalize("NFC", surface).lower().replace("’", "'")
    s = re.sub(f"[{_HYPHENS}]", "-", s)
    s = _SPACE.sub(" ", s).strip()
    return re.sub(r"^the ", "", s)


def _fold(s: str) -> str:
    """Drop accents ("Türkiye" → "Turkiye")."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _variants(surface: str) -> set[str]:
    """Spelling variants reports use: without accents, "&" for "and", "St." for "Saint"."""
    out = {surface, _fold(surface)}
    out |= {v.replace(" and ", " & ") for v in list(out)}
    out |= {v.replace("Saint ", p) for v in list(out) if "Saint " in v for p in ("St. ", "St ")}
    return {re.sub(r"^[Tt]he\s+", "", v) for v in out if v}


def _uninvert(name: str) -> str | None:
    """ISO list names to running text: "Iran, Islamic Republic of" → "Islamic Republic of Iran"."""
    name = re.sub(r"\s*\(.*?\)", "", name)
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    if tail.endswith((" of", " of the")) or " " not in tail:
        return re.sub(r"^The ", "", f"{tail} {head}")
    return None


def _plural(demonym: str) -> str | None:
    """The plural noun of a demonym ("Afghans", "Iraqis"); None where English has none."""
    if demonym.endswith(("s", "sh", "ch", "x", "z", "ese")):
        return None
    return demonym + "s"


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip())


@cache
def _infos() -> dict[str, CountryInfo]:
    """Read the reference table and merge ISO names from pycountry."""
    with TABLE.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    infos = {}
    for row in rows:
        iso = pycountry.countries.get(alpha_3=row["iso3"])
        official = getattr(iso, "official_name", None) if iso else None
        iso_names = [getattr(iso, "common_name", None), iso.name, official] if iso else []
        extra = [n for n in (_uninvert(n) for n in iso_names if n) if n]
        aliases = tuple(dict.fromkeys(a for a in (*_split(row["aliases"]), *extra) if a != row["name"]))
        infos[row["iso3"]] = CountryInfo(
            iso3=row["iso3"],
            name=row["name"],
            official_name=official,
            aliases=aliases,
            demonyms=_split(row["demonyms"]),
            wikidata=row["wikidata"] or None,
        )
    return infos


@cache
def _lexicon() -> dict[str, _Entry]:
    """Every normalized surface form → entry; names win over demonyms, blockers over both."""
    lex: dict[str, _Entry] = {}
    for info in _infos().values():
        for surface in (info.name, *info.aliases):
            for v in _variants(surface):
                lex.setdefault(_key(v), _Entry(info.iso3, "name", v))
    for info in _infos().values():
        plurals = (_plural(d) for d in info.demonyms)
        for surface in (*info.demonyms, *(p for p in plurals if p)):
            for v in _variants(surface):
                lex.setdefault(_key(v), _Entry(info.iso3, "demonym", v))
    for surface in AMBIGUOUS:
        lex[_key(surface)] = _Entry("", "name", surface)
    for surface in NOT_COUNTRIES:
        lex[_key(surface)] = _Entry(None, "name", surface)
    return lex


def _fragment(ch: str) -> str:
    """Regex for one character of a normalized key."""
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’]"
    if ch == "-":
        return f"[{_HYPHENS}]"
    return re.escape(ch)


def _trie_pattern(keys: list[str]) -> str:
    """One regex for all keys, shaped as a trie so that the longest key wins at each position."""
    trie: dict = {}
    for k in keys:
        node = trie
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    alts = [_fragment(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alts.append(r"(?!\w)")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


@cache
def _matcher() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + _trie_pattern(sorted(_lexicon())), re.IGNORECASE)


def _case_ok(text: str, surface: str) -> bool:
    """Reports capitalize country names: capitals of the surface form must be capitals in the text."""
    got, want = _WORD.findall(text), _WORD.findall(surface)
    if len(got) != len(want):
        return False
    for g, w in zip(got, want, strict=True):
        if w[0].isupper() and not g[0].isupper():
            return False
        if len(w) > 1 and w.isupper() and g != w:
            return False
    return True


def find_countries(text: str) -> list[CountryMention]:
    """Country mentions in ``text``, sorted by start and non-overlapping."""
    lex = _lexicon()
    found = []
    for m in _matcher().finditer(text):
        entry = lex[_key(m.group())]
        if entry.iso3 and _case_ok(m.group(), entry.surface):
            found.append(CountryMention(m.start(), m.end(), m.group(), entry.iso3, entry.form))
    return found


def country_info(iso3: str) -> CountryInfo:
    """Reference data of a country by ISO 3166-1 alpha-3 code; KeyError for unknown codes."""
    return _infos()[iso3.upper()]


def all_countries() -> list[CountryInfo]:
    """Every country of the gazetteer, sorted by ISO3 code."""
    return sorted(_infos().values(), key=lambda c: c.iso3)


def iso3_for_name(name: str) -> str | None:
    """ISO3 code of an exact name, alias or demonym (case- and "the"-insensitive)."""
    entry = _lexicon().get(_key(name))
    return entry.iso3 if entry and entry.iso3 else None
