"""Shared grammar of organizations' names: head nouns, a country before or after a name,
an acronym that spells it, and the candidate for a body outside the registry."""

from __future__ import annotations

import re

from kg.extract.gazetteer import Token, is_acronym, join_wrapped_compounds, word_set
from kg.extract.names import is_cap, parenthetical_acronym, span_text
from kg.extract.registry import by_acronym, organizations
from kg.extract.view import DocView
from kg.resolve import Candidate

#: Head nouns of organizations' names, and the category of body each names.
HEADS = {
    "agency": "agency",
    "police": "police",
    "headquarters": "agency",
    "ministry": "ministry",
    "organization": "agency",
    "organisation": "agency",
    "office": "agency",
    "centre": "agency",
    "center": "agency",
    "unit": "agency",
    "force": "police",
    "command": "police",
    "customs": "customs",
    "group": "group",
    "commission": "agency",
    "department": "ministry",
    "service": "agency",
    "council": "agency",
    "authority": "agency",
    "bureau": "agency",
    "division": "agency",
    "directorate": "agency",
    "institute": "agency",
    "committee": "agency",
    "secretariat": "agency",
    "cell": "agency",
    "administration": "agency",
    "board": "agency",
    "guard": "police",
    "guards": "police",
    "judiciary": "judiciary",
    "gendarmerie": "police",
    "constabulary": "police",
    "superintendency": "agency",
    "court": "judiciary",
    "prosecutor's": "judiciary",
    "university": "academia",
    "academy": "academia",
    "college": "academia",
    "school": "academia",
    "foundation": "ngo",
    "association": "ngo",
    "society": "ngo",
    "federation": "ngo",
    "coalition": "ngo",
    "conclave": "intergovernmental",
    "network": "group",
    "forces": "police",
    "offices": "agency",
    "units": "agency",
    "agencies": "agency",
    "ministries": "ministry",
    "services": "agency",
    "centres": "agency",
    "centers": "agency",
    "embassy": "embassy",
    "parliament": "legislature",
    "presidency": "ministry",
    "navy": "military",
    "army": "military",
    "troops": "military",
    "community": "intergovernmental",
    "system": "intergovernmental",
    "delegation": "agency",
    "platform": "agency",
    "pole": "judiciary",
}
#: Head nouns of organizations' names (a title ending in one names a body, not a programme).
ORG_HEADS = frozenset(HEADS)
#: Words of a name of nothing in particular until a country pins it down ("National Police").
GENERIC_WORDS = word_set(
    "national central federal state regional country field head main press information "
    "local provincial district municipal general special public joint new working expert "
    "experts steering technical advisory organizing coordination task international"
)
#: Words of a drug-control body's name.
DRUG_WORDS = frozenset({"narcotics", "anti-narcotics", "counter-narcotics", "drug", "drugs"})
#: Lowercase words inside a name, not capitalized in its title case.
SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "against", "under"})


def spells(acronym: str, words: list[Token]) -> bool:
    """Whether ``acronym`` is the first capital of the first word, then capitals of later
    words in order ("ASOD": "ASEAN Senior Officials on Drug Matters")."""
    return spells_words(acronym, [t.text for t in words])


def spells_words(acronym: str, words: list[str]) -> bool:
    """:func:`spells` over words given as strings."""
    initials = [w[0] for w in words if w[0].isupper()]
    letters = [c for c in acronym if c.isalpha()]
    if not initials or not letters or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(c in rest for c in letters[1:])


def country_before(doc: DocView, toks: list[Token], first: int) -> tuple[str | None, int]:
    """A country named right before token ``first`` ("Iranian", "Iran's"), and the new start."""
    j = first - 1
    if j >= 0 and toks[j].text in ("'s", "’s"):
        j -= 1
    if j < 0 or (mention := doc.country_of(toks[j])) is None:
        return None, first
    while j > 0 and doc.country_of(toks[j - 1]) is mention:
        j -= 1
    return mention.iso3, j


def heads_after(toks: list[Token], last: int) -> int:
    """Head nouns right after a country inside a name make it part of the name."""
    while last + 1 < len(toks) and toks[last + 1].norm in HEADS and is_cap(toks[last + 1]):
        last += 1
    return last


def country_after(doc: DocView, toks: list[Token], last: int) -> tuple[str | None, int]:
    """ "of (the) <Country>" or ", Government of <Country>" right after token ``last``."""
    words = [t.norm for t in toks[last + 1 : last + 6]]
    skip = 0
    if words[:3] == [",", "government", "of"]:
        skip = 3
    elif words[:1] == ["of"]:
        skip = 1
    else:
        return None, last
    j = last + 1 + skip
    if j < len(toks) and toks[j].norm == "the":
        j += 1
    mention = doc.country_of(toks[j]) if j < len(toks) else None
    if mention is None or mention.form == "demonym":
        return None, last
    while j + 1 < len(toks) and doc.country_of(toks[j + 1]) is mention:
        j += 1
    return mention.iso3, j


def unseen(
    doc: DocView,
    toks: list[Token],
    first: int,
    last: int,
    core: str,
    country: str | None,
    category: str | None,
) -> Candidate:
    """An organization outside the registry, unless "(BKA)" after it names a registry one."""
    start, end, text = span_text(doc.text, toks, first, last)
    acronym = (
        parenthetical_acronym(toks, last)
        or _acronym_before(toks, first, last)
        or _unit_code(toks, last)
    )
    if acronym in by_acronym() and not redefined(doc, acronym):
        known = organizations()[by_acronym()[acronym]]
        return Candidate(start, end, text, "Organization", known.label, known.country, known.id)
    name = _title_case(core) if core.isupper() and " " in core else core
    if "\n" in name:  # a name wrapped across lines is one line of words
        name = _one_line(name)
    return Candidate(
        start, end, text, "Organization", name, country, None, None, category, acronym=acronym
    )


def redefined(doc: DocView, acronym: str) -> bool:
    """ "the Ministry of Public Security (MPS)" in a report that never names the country of the
    registry's national body "MPS": a name the report spells the acronym out as, not that
    body's, binds it for the whole report."""
    known = organizations()[by_acronym()[acronym]]
    if known.country is None or known.country in doc.named_countries:
        return False
    own = tuple(n.lower() for n in (known.label, *known.aliases))
    local = False
    at = doc.text.find(f"({acronym})")
    while at != -1:
        before = doc.text[max(0, at - 100) : at].rstrip()
        if before.lower().endswith(own):
            return False  # "the Anti-Narcotics Force (ANF)": the registry body itself
        local = local or _spelled_before(acronym, before)
        at = doc.text.find(f"({acronym})", at + 1)
    return local


def _spelled_before(acronym: str, before: str) -> bool:
    """Whether the words ending ``before`` from a capitalized one on spell ``acronym``."""
    words = [p for w in before.split()[-8:] for p in w.split("-") if p]
    return any(w[0].isupper() and spells_words(acronym, words[k:]) for k, w in enumerate(words))


def _one_line(name: str) -> str:
    """A name wrapped across lines with its words on one line ("Anti-⏎Narcotics" joined)."""
    return " ".join(join_wrapped_compounds(name).split())


def _title_case(name: str) -> str:
    """ "MINISTRY OF INTERNAL AFFAIRS" in a capitals heading → "Ministry of Internal Affairs"."""
    words = name.lower().split()
    return " ".join(w if i and w in SMALL_WORDS else w.capitalize() for i, w in enumerate(words))


#: A unit's code name: a capital and two or three digits ("C04", "K02").
_UNIT_CODE = re.compile(r"[A-Z]\d{2,3}")


def _unit_code(toks: list[Token], last: int) -> str | None:
    """ "… Police Department (C04)": a unit's code in brackets, which the report goes on to
    call it by, bound like an acronym."""
    window = toks[last + 1 : last + 4]
    if len(window) == 3 and window[0].text == "(" and window[2].text == ")":
        return window[1].text if _UNIT_CODE.fullmatch(window[1].text) else None
    return None


def _acronym_before(toks: list[Token], first: int, last: int) -> str | None:
    """ "JPC (Joint Planning Cell)": an acronym spelled out by the parenthesised name."""
    if (
        first < 2
        or toks[first - 1].text != "("
        or last + 1 >= len(toks)
        or toks[last + 1].text != ")"
    ):
        return None
    acronym = toks[first - 2].text
    initials = "".join(t.text[0] for t in toks[first : last + 1] if t.text[0].isupper())
    return acronym if is_acronym(acronym) and initials == acronym.upper() else None
