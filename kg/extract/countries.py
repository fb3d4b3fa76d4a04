"""Country gazetteer: finds countries in report text by name, official name or demonym.

Names and codes come from pycountry (ISO 3166-1); short names, demonyms and Wikidata
ids from ``data/reference/countries.tsv``. The gazetteer is compiled once, at first
use, into one trie-shaped regular expression, so matching is linear in the text size;
context rules then drop look-alikes (the Gulf of Guinea, US dollars, Michael Jordan).
"""

from __future__ import annotations

import csv
import re
import string
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

import pycountry

from kg.extract.gazetteer import Token

TABLE = (
    Path(__file__).resolve().parents[1] / "reference" / "countries.tsv"
)  # kg/reference links to data/reference


class CountryMention(NamedTuple):
    """A span naming a country: ``text == source[start:end]``. A tuple, as tokens are: a
    report names dozens, and a frozen dataclass's ``__init__`` (one ``object.__setattr__``
    per field) cost three times as much."""

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
    """What a surface form stands for: ``iso3`` None is no country, "" an unresolved ambiguity."""

    iso3: str | None
    form: str
    surface: str
    candidates: tuple[str, ...] = ()  # the countries an ambiguous form may name


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
    "Benin City",
    "Niger State",
    "East Azerbaijan",
    "West Azerbaijan",
    "Reunion",  # the English word; the French department is written "Réunion"
    "University of Georgia",
    "Georgia State University",
    "Georgia Institute of Technology",
    "Georgia Tech",
    "Korean Peninsula",  # a region; "Korea" alone is the Republic of Korea
    "Korean War",
)

#: Forms that may name either of two countries → (form, candidates, default). The candidate
#: that the text names unambiguously elsewhere wins; else the default (UN usage; "Korea"
#: alone is the Republic of Korea in reports of this family, which name the DPRK as such).
AMBIGUOUS = {
    "Korea": ("name", ("KOR", "PRK"), "KOR"),
    "Korean": ("demonym", ("KOR", "PRK"), "KOR"),
    "Koreans": ("demonym", ("KOR", "PRK"), "KOR"),
    "Congo": ("name", ("COG", "COD"), "COG"),
    "Congolese": ("demonym", ("COG", "COD"), ""),
    "Virgin Islands": ("name", ("VGB", "VIR"), ""),
}

# fmt: off
#: Country names that are also given names or surnames ("Michael Jordan", "Chad Smith").
PERSON_NAMES = frozenset({"Jordan", "Chad", "Georgia", "Israel", "Kenya", "France", "Argentina"})
#: Of those, names that follow a capitalized word as part of a body's name far more often
#: than as a surname ("Gendarmería Nacional Argentina", "Expertise France"): a person's only
#: after a title or before a surname.
SURNAMES_RARELY = frozenset({"France", "Argentina"})

#: Capitalized words before such a name that are not given names ("In Jordan", "Northern Chad").
NOT_GIVEN_NAMES = frozenset([
    "In", "And", "Of", "The", "To", "From", "For", "With", "By", "On", "At", "As", "Or", "Nor",
    "But", "Between", "Both", "Including", "Like", "Via", "Across", "About", "After", "Before",
    "During", "Within", "Without", "Into", "Over", "Under", "Towards", "Toward", "Than",
    "While", "When", "Where", "Among", "Against", "Since", "Until", "Upon", "Also", "Only",
    "All", "Each", "Every", "Such", "Our", "Their", "Its", "This", "That", "These", "Those",
    "Visit", "Neighbouring", "Neighboring", "Northern", "Southern", "Eastern", "Western",
    "Central", "North", "South", "East", "West", "Republic", "Kingdom", "State", "Government",
    "Hashemite", "Democratic", "Islamic", "Federal", "United", "Rural", "Greater", "Mainland",
    "However", "Moreover", "Meanwhile", "Furthermore", "Therefore", "Additionally", "Notably",
    "Particularly", "Especially", "Recently", "Currently", "Today",
])

#: Capitalized words after such a name that are not surnames ("Jordan Customs", "Kenya Airways");
#: a longer run of capitalized words is an organization's name, not a person's.
NOT_SURNAMES = frozenset([
    "Government", "Ministry", "Police", "Customs", "Armed", "Army", "Navy", "Air", "Border",
    "Borders", "National", "Anti", "Drug", "Drugs", "Office", "Country", "Delegation",
    "Embassy", "Mission", "Valley", "Public", "Security", "Coast", "Gendarmerie",
    "Directorate", "Department", "General", "Central", "Narcotics", "Counter", "Prison",
    "Prisons", "Financial", "Judicial", "Supreme", "Court", "Parliament", "Programme",
    "Program", "Project", "Cell", "Unit", "Agency", "Authority", "Authorities", "Institute",
    "University", "Bureau", "Council", "Commission", "Committee", "Forces", "Force", "Guard",
    "Airport", "Port", "Ports", "Chamber", "Association", "Society", "Foundation", "Red",
    "Times", "Post", "News", "Television", "Radio", "Bank", "Province", "Region", "Rift",
    "Highway", "Railway", "Team", "Water", "Health", "Food", "Regional", "International",
    "Action", "Plan", "Strategy", "Report", "Defense", "Defence", "Airways", "Airlines",
    "Revenue", "Wildlife", "Prime", "President", "Minister",
])

#: Demonyms that are also language names, besides those ending in -ish, -ese and -ch.
LANGUAGES = frozenset([
    "Arabic", "Russian", "German", "Italian", "Greek", "Hungarian", "Romanian", "Ukrainian",
    "Thai", "Persian", "Tajik", "Uzbek", "Turkmen", "Kazakh", "Kyrgyz", "Albanian",
    "Bulgarian", "Serbian", "Croatian", "Macedonian", "Georgian", "Armenian", "Azerbaijani",
    "Mongolian", "Indonesian", "Filipino", "Somali",
])

# fmt: on

#: Acronyms that are also English words, so not country names in an all-capitals heading.
WORD_ACRONYMS = frozenset({"US"})

#: ISO 3166-1 entries that are part of another state, with no police, customs or foreign
#: relations of their own (France's overseas departments and collectivities, US territories,
#: the Caribbean Netherlands, Åland) or no people (Antarctica, Bouvet Island): still matched,
#: so that "American Samoa" or "French Guiana" is not read as the United States or France,
#: but dropped. Self-governing territories that sign their own law-enforcement arrangements
#: (Bermuda, the Cayman Islands, Curaçao, Aruba, Jersey, Greenland, ...) stay, as do Hong
#: Kong and Macao (which report to UNODC on their own), Taiwan, Palestine, Kosovo and
#: Western Sahara.
# fmt: off
TERRITORIES = frozenset({
    "GLP", "MTQ", "GUF", "REU", "MYT", "BLM", "MAF", "SPM", "WLF",  # France
    "PRI", "GUM", "VIR", "ASM", "MNP", "UMI",  # United States
    "BES", "ALA", "SJM", "TKL", "NFK", "CCK", "CXR", "HMD",  # Netherlands, Nordics, Oceania
    "ATA", "BVT", "ATF", "SGS", "IOT", "PCN",  # without a settled population
})
# fmt: on

#: Ambiguous forms that a coordinated plural resolves ("the Republics of Korea and Indonesia").
PLURAL_RESOLVES = {"korea": "KOR"}

_HEADING_MAX = 200  # characters; longer lines are not headings
#: "the Gulf of Guinea", also in a running header in capitals ("GULF OF GUINEA PROGRAMME")
_PLACE_BEFORE = re.compile(r"(?:\bNew|\b(?i:Gulf|Sea|Bay|Straits?)\s+(?i:of)|\bLake|\bRiver)\s+$")
#: how text before a _PLACE_BEFORE match ends
_PLACE_BEFORE_LAST = ("New", "of", "OF", "Of", "Lake", "River")
#: "Port of Spain", "Port-of-Spain": a city named "Port of <Country>" without an article (with
#: one, "the Port of Singapore" is the country's port).
_CITY_BEFORE = re.compile(r"(?<![Tt]he )\bPort(?: of |-of-)$")
_PLACE_OR_CURRENCY_AFTER = re.compile(
    r"\s+(?:Ocean|River|Basin|Delta|Sea|City)\b"  # the Indian Ocean, Panama City
    r"|\s*(?:\$|[Dd]ollars?\b)"  # US dollars
)
_LANGUAGE_AFTER = re.compile(r"(?i)(?:-|\s+)(?:speaking|languages?|speakers?)\b")
_IN_BEFORE = re.compile(r"\b(?:in|into|from)\s+(?:[A-Z]\w+(?:,\s+|\s+(?:and|or)\s+))*$")
_PHRASE_END = re.compile(r"\s*(?:[.,;:)]|\Z|(?:and|or)\s)")
_US_STATE_BEFORE = re.compile(
    r"(?:\b(?:Atlanta|Savannah|Augusta|Athens|Columbus|Macon),|\bstate of)\s+$"
)
_US_STATE_AFTER = re.compile(r"(?:,\s*|\s*\()(?:USA|U\.S\.A?\.?|US|United States)\b")
_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Mme|Captain|Capt|Commander|Cdr|Lieutenant|Lt|Colonel"
    r"|Col|Major|Maj|Sergeant|Sgt|Inspector|Superintendent|Commissioner|Admiral|Brigadier|Judge"
    r"|Ambassador|Senator|Constable|Prosecutor)\.?\s+$"
)
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?! [A-Z])")
#: A surname followed by the person's role in brackets or after a comma ("Jordan Ellis (MP)").
_SURNAME_ROLE = re.compile(r" ([A-Z][a-z]+) ?[(,]")
_PLURAL_HEAD = re.compile(
    r"\b(?:Republics|Kingdoms|Governments|States|Emirates|Sultanates|Federations)\s+of\s+(?:the\s+)?$"
)
_JOINER = re.compile(r"\s*(?:,\s*(?:(?:and|&)\s+)?|(?:and|&)\s+)(?:the\s+)?")

_HYPHENS = "-‐‑–"
#: A word hyphenated at a line break: a letter, "-", the break, a lowercase letter.
_WRAP_HYPHEN = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=[a-z])")
_WORD = re.compile(r"\w+")
_WORD_START = re.compile(r"\b\w")
_TEXT = attrgetter("text")
_NON_WORD = re.compile(r"\W")
_ASCII_WORD_CHARS = string.ascii_lowercase + string.digits + "_"
_SPACE = re.compile(r"\s+")
_HYPHEN = re.compile(f"[{_HYPHENS}]")


@lru_cache(maxsize=8192)
def _key(surface: str) -> str:
    """Normalize a surface form for lookup: case, apostrophes, hyphens, spaces, leading "the"."""
    s = unicodedata.normalize("NFC", surface).lower().replace("’", "'")
    s = _SPACE.sub(" ", _HYPHEN.sub("-", s)).strip()
    return s[4:] if s.startswith("the ") else s


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
    """The items of a pipe-separated table cell."""
    return tuple(p.strip() for p in cell.split("|") if p.strip())


@cache
def _infos() -> dict[str, CountryInfo]:
    """Read the reference table and merge ISO names from pycountry."""
    with TABLE.open(encoding="utf-8") as f:
        rows = list(
            csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        )
    infos = {}
    for row in rows:
        iso = pycountry.countries.get(alpha_3=row["iso3"])
        official = getattr(iso, "official_name", None) if iso else None
        iso_names = [getattr(iso, "common_name", None), iso.name, official] if iso else []
        extra = [re.sub(r"^the ", "", n) for n in (_uninvert(n) for n in iso_names if n) if n]
        aliases = tuple(
            dict.fromkeys(a for a in (*_split(row["aliases"]), *extra) if a != row["name"])
        )
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
    for surface, (form, candidates, default) in AMBIGUOUS.items():
        lex[_key(surface)] = _Entry(default, form, surface, candidates)
    for surface in NOT_COUNTRIES:
        lex[_key(surface)] = _Entry(None, "name", surface)
    return lex


def _fragment(ch: str) -> str:
    """Regex for one character of a normalized key (matched case-insensitively)."""
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
    """Children first, then the end of a key, so that longer keys are tried first."""
    alts = [_fragment(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alts.append(r"(?!\w)")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


@cache
def _matcher() -> re.Pattern[str]:
    """The compiled gazetteer: a word start, then the trie of every surface form."""
    keys = sorted(_lexicon())
    first = "".join(sorted({re.escape(k[0]) for k in keys}))
    return re.compile(rf"\b(?=[{first}])" + _trie_pattern(keys), re.IGNORECASE)


def _case_ok(text: str, surface: str) -> bool:
    """Reports capitalize country names: capitals of the surface form must be capitals in text."""
    got, want = _WORD.findall(text), _WORD.findall(surface)
    if len(got) != len(want):
        return False
    for g, w in zip(got, want, strict=True):
        if w[0].isupper() and not g[0].isupper():
            return False
        if len(w) > 1 and w.isupper() and g != w:
            return False
    return True


def find_countries(text: str, tokens: list[Token] | None = None) -> list[CountryMention]:
    """Country mentions in ``text``, sorted by start and non-overlapping.

    Pass a whole document: an ambiguous form ("Korea") is resolved by the rest of the text.
    Its ``tokens`` (``tokenize(text)``), if given, tell where to try the gazetteer.
    """
    found = []
    matches = _matcher().finditer(text) if tokens is None else _matches_at(text, tokens)
    for m in matches:
        surface = m.group()
        known = _country_entry(surface)
        start, end = m.span()
        if known is None or _not_a_country(text, start, end, known[1]):
            continue
        iso3, entry = known
        found.append((CountryMention(start, end, surface, iso3, entry.form), entry))
    if "-\n" in text:
        found = _with_wrapped(text, found)
    named = {m.iso3 for m, e in found if not e.candidates}
    resolved = [_resolve(m, e, named) if e.candidates else m for m, e in found]
    return [m for m in _mark_plurals(text, resolved) if m.iso3 and m.iso3 not in TERRITORIES]


def _with_wrapped(
    text: str, found: list[tuple[CountryMention, _Entry]]
) -> list[tuple[CountryMention, _Entry]]:
    """``found`` with the names hyphenated across a line break ("the Rus-\nsian Federation",
    in text extracted from a PDF), matched with the break joined; a match inside one
    ("Korea" of "Re-\npublic of Korea") gives way to it."""
    wrapped = []
    for m in _WRAP_HYPHEN.finditer(text):
        lo = text.find(" ", max(0, m.start() - 40), m.start()) + 1 or max(0, m.start() - 40)
        joined = text[lo : m.start()] + text[m.end() : m.end() + 40]
        cut, gap = m.start() - lo, m.end() - m.start()
        for w in _matcher().finditer(joined):
            if not w.start() < cut < w.end():
                continue
            known = _country_entry(w.group())
            start, end = lo + w.start(), lo + w.end() + gap
            if known and not _not_a_country(text, start, end, known[1]):
                mention = CountryMention(start, end, text[start:end], known[0], known[1].form)
                wrapped.append((mention, known[1]))
    if not wrapped:
        return found
    kept = [f for f in found if not any(w.start <= f[0].start < w.end for w, _ in wrapped)]
    return sorted([*kept, *wrapped], key=lambda f: f[0].start)


@lru_cache(maxsize=8192)
def _country_entry(surface: str) -> tuple[str, _Entry] | None:
    """The country and entry of a matched surface form, if it can name one as capitalized.

    None where Unicode case folding matched an odd letter ("ſ" for "s", "İ" for "i"), for
    forms that name no country and for forms in the wrong case ("chad"). Cached: reports
    name the same few countries over and over.
    """
    entry = _lexicon().get(_key(surface))
    if entry is None or entry.iso3 is None or not _case_ok(surface, entry.surface):
        return None
    return entry.iso3, entry


def _matches_at(text: str, tokens: list[Token]) -> Iterator[re.Match[str]]:
    """The matches of ``_matcher().finditer(text)``, tried only where a form may start.

    That is at a plain (ASCII letters and digits) word that is the first word of some form,
    and at every word start in other words ("Anti-Iran", "Türkiye"): about a fifth of the
    words. Trying the regex at every position took half of finding countries.
    """
    matcher = _matcher()
    if "" in _first_words():  # a form opening with punctuation: no word to look for
        yield from matcher.finditer(text)
        return
    end = 0
    for at in _word_starts(tokens):
        if at >= end and (m := matcher.match(text, at)):
            yield m
            end = m.end()


def _word_starts(tokens: list[Token]) -> Iterator[int]:
    """Offsets of the word starts in ``tokens`` where a form may start, in order: only the
    words with some (a fifth) are looked at in Python, the others skipped by ``compress``."""
    offsets = list(map(_starts_in, map(_TEXT, tokens)))
    for token, found in compress(zip(tokens, offsets, strict=True), offsets):
        for at in found:
            yield token.start + at


@lru_cache(maxsize=65536)
def _starts_in(word: str) -> tuple[int, ...]:
    """Where in ``word`` a form may start: at 0 in a plain (ASCII letters and digits) word
    that is the first word of some form (its lowercase form, as the token's norm reads it),
    at every word start of other words, nowhere in a punctuation mark. Cached: reports use
    the same words over and over."""
    if word.isascii() and word.isalnum():
        return (0,) if word.lower() in _first_words() else ()
    if len(word) > 1 or word.isalnum():  # not a punctuation mark
        return tuple(m.start() for m in _WORD_START.finditer(word))
    return ()


@cache
def _first_words() -> frozenset[str]:
    """The first words of the forms as the lowercase ASCII words they match (case-insensitively,
    as "ſ" matches "s"). A form whose first word matches no ASCII word is left out: only words
    with other letters, at whose every word start the gazetteer is tried, may start it."""
    out = set()
    for key in _lexicon():
        first = _NON_WORD.split(key, maxsplit=1)[0]
        spelled = "".join(map(_ascii_twin, first))
        if len(spelled) == len(first):
            out.add(spelled)
    return frozenset(out)


def _ascii_twin(ch: str) -> str:
    """The lowercase ASCII word character that ``ch`` matches case-insensitively, else ""."""
    pattern = re.compile(re.escape(ch), re.IGNORECASE)
    return next((c for c in _ASCII_WORD_CHARS if pattern.fullmatch(c)), "")


def _resolve(mention: CountryMention, entry: _Entry, named: set[str]) -> CountryMention:
    """An ambiguous form names the one candidate that the text names unambiguously, none
    when the text names several ("the DPRK and the Republic of Korea: Korean talks"), else
    its default."""
    seen = named.intersection(entry.candidates)
    if len(seen) > 1:
        return mention._replace(iso3="")
    return mention._replace(iso3=seen.pop()) if seen else mention


def _not_a_country(text: str, start: int, end: int, entry: _Entry) -> bool:
    """Context showing that a country word names something else: a sea, a currency, a person."""
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if _PLACE_OR_CURRENCY_AFTER.match(after):
        return True
    if (
        entry.form == "name"
        and before.rstrip().endswith(_PLACE_BEFORE_LAST)
        and _PLACE_BEFORE.search(before)
    ):
        return True
    if entry.form == "name" and before.endswith(("of ", "of-")) and _CITY_BEFORE.search(before):
        return True
    if entry.form == "demonym" and _is_language(entry.surface, before, after):
        return True
    if entry.iso3 == "GEO" and (_US_STATE_BEFORE.search(before) or _US_STATE_AFTER.match(after)):
        return True
    if entry.surface in WORD_ACRONYMS and _in_capitals(before, after):
        return True
    return text[start:end] in PERSON_NAMES and _is_person(text, start, end)


def _is_language(demonym: str, before: str, after: str) -> bool:
    """ "Spanish-speaking", "translated into Russian." name a language, not a country."""
    if _LANGUAGE_AFTER.match(after):
        return True
    is_language = demonym in LANGUAGES or demonym.endswith(("ish", "ese", "ch"))
    return is_language and bool(_IN_BEFORE.search(before)) and bool(_PHRASE_END.match(after))


def _in_capitals(before: str, after: str) -> bool:
    """Whether a word stands in an all-capitals heading ("HELP US GROW")."""
    near = re.findall(r"[^\W\d_]+", before)[-1:] + re.findall(r"[^\W\d_]+", after)[:1]
    return any(len(w) > 1 and w.isupper() for w in near)


def _is_person(text: str, start: int, end: int) -> bool:
    """A country name that is a person's given name or surname ("Michael Jordan", "Chad Smith")."""
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if _TITLE_BEFORE.search(before):
        return True
    if _is_heading(text, start, end):
        return _heading_person(after)
    prev = _NAME_BEFORE.search(before)
    may_be_surname = text[start:end] not in SURNAMES_RARELY
    if (
        may_be_surname
        and prev
        and prev.group(1) not in NOT_GIVEN_NAMES
        and not prev.group(1).endswith(("ing", "ed"))
    ):
        return True
    nxt = _NAME_AFTER.match(after)
    return nxt is not None and nxt.group(1) not in NOT_SURNAMES and not iso3_for_name(nxt.group(1))


def _heading_person(after: str) -> bool:
    """In a title-case line, a name is a person's only when a surname and the person's role
    follow ("Asked by Georgia Whitfield (Member of Parliament)"), not a verb ("Jordan Hosts")."""
    nxt = _SURNAME_ROLE.match(after)
    return nxt is not None and nxt.group(1) not in NOT_SURNAMES and not iso3_for_name(nxt.group(1))


def _is_heading(text: str, start: int, end: int) -> bool:
    """A short title-case line without final punctuation ("Jordan Hosts Regional Meeting")."""
    lo, hi = max(0, start - _HEADING_MAX), min(len(text), end + _HEADING_MAX)
    line_start, line_end = text.rfind("\n", lo, start), text.find("\n", end, hi)
    if (line_start < 0 and lo > 0) or (line_end < 0 and hi < len(text)):
        return False
    line = text[line_start + 1 : hi if line_end < 0 else line_end].strip()
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", line) if len(w) > 3]
    capitals = sum(w[0].isupper() for w in words)
    return (
        len(words) <= 12
        and not line.endswith((".", "!", "?", ":", ";", ","))
        and capitals >= 0.6 * len(words)
    )


def _mark_plurals(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """Mark members of "the Islamic Republics of A, B and C" as plural; resolve "Korea" there."""
    out = list(mentions)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _JOINER.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        if j > i and _plural_head_before(text, out[i].start):
            for k in range(i, j + 1):
                iso3 = out[k].iso3 or PLURAL_RESOLVES.get(_key(out[k].text), "")
                out[k] = out[k]._replace(iso3=iso3, form="plural")
        i = j + 1
    return out


def _plural_head_before(text: str, start: int) -> bool:
    """Whether "the Islamic Republics of"-style words end just before ``start`` (read only
    for runs of several names: most mentions stand alone)."""
    before = text[max(0, start - 60) : start]
    return before.rstrip().endswith(("of", "the")) and bool(_PLURAL_HEAD.search(before))


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
