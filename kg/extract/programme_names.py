"""Programme names without a capitalized programme head, named around a lowercase one.

Reports name projects in apposition ("the four-year project, Justice for All, will …",
"the Early Warning System (EWS), a joint project of …"), by an acronym before the noun
("the three-year HARMONY project (Health and Rights …)"), by a code name after it ("the
regional programme SAFE-WAY (…)", "the project EL PAcTO") or by a name spelled out by the
acronym after it ("the EU-funded project Support to Border Security (SBS)").
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Token, is_acronym, word_set
from kg.extract.names import grow_left, grow_nested, is_cap, is_name_word
from kg.extract.registry import by_acronym
from kg.extract.view import DocView
from kg.resolve import Candidate

HEADS = {
    "programme": "programme",
    "program": "programme",
    "project": "project",
    "initiative": "initiative",
    "campaign": "campaign",
}
_ARTICLES = word_set("a an the")
_INNER = word_set("to of for and on in the")
_MAX_NAME = 12
#: What may follow a code name after a programme noun: a parenthesis or punctuation.
_CLOSERS = frozenset({"(", ",", ".", ";", ":"})
#: A phase numeral after a programme's name ("II", "III", "IV"): never a name by itself.
ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{1,3}|V)")
_CALLED = word_set("called entitled named dubbed titled")
_IS = word_set("is was remains")
#: Capitals after a programme noun that are a document, a report's shorthand or a common
#: word, never a code name ("the project MOU", "the programme KPIs", "the initiative AND").
_NOT_CODES = word_set(
    "mou mous tor tors sop sops kpi kpis tbd tbc ngo ngos cso csos sdg sdgs covid-19 covid and "
    "all for the"
)
#: What may follow a comma after a code name: a relative clause or an apposition
#: ("the project NORTE-J, which …", "the programme SAFE-WAY, a joint …").
_AFTER_COMMA = word_set("which that who a an the its")
_ROLES = word_set(
    "coordinator coordinators manager managers officer officers staff team director leader "
    "document documents proposal proposals partners activities budget site sites area areas "
    "cycle board steering office"
)


def find_named(doc: DocView, toks: list[Token], taken: set[int]) -> list[Candidate]:
    """Programme names of one segment around lowercase programme nouns."""
    out = []
    for h, tok in enumerate(toks):
        if h in taken or tok.norm not in HEADS or tok.text[0].isupper() or _modifies(toks, h):
            continue
        found = (
            _acronym_before(doc, toks, h)
            or _apposition_after(doc, toks, h)
            or _code_after(doc, toks, h)
            or _spelled_after(doc, toks, h)
            or _apposition_before(doc, toks, h)
        )
        if found and not taken.intersection(range(found[0], found[1] + 1)):
            first, last, cand = found
            taken.update(range(first, last + 1))
            out.append(cand)
    return out


Found = tuple[int, int, Candidate] | None


def _modifies(toks: list[Token], h: int) -> bool:
    """ "a project coordinator": the noun modifies another and names nothing."""
    return h + 1 < len(toks) and toks[h + 1].norm in _ROLES


def _candidate(
    doc: DocView,
    toks: list[Token],
    span: tuple[int, int],
    name: str,
    kind: str,
    acronym: str | None = None,
    expansion: str | None = None,
) -> Found:
    """A programme candidate over tokens ``span`` and its token range."""
    first, last = span
    start, end = toks[first].start, toks[last].end
    found = Candidate(
        start,
        end,
        doc.text[start:end],
        "Programme",
        name,
        category=kind,
        acronym=acronym,
        expansion=expansion,
    )
    return first, last, found


def _plain_acronym(doc: DocView, tok: Token) -> bool:
    """An acronym or code name that is neither a registry organization nor a country
    ("HARMONY", "GLOBE-x")."""
    text = tok.text
    return (
        not ROMAN.fullmatch(text)
        and is_code(text)
        and text not in by_acronym()
        and doc.country_of(tok) is None
    )


def is_code(text: str) -> bool:
    """A programme's code name: capitals of three letters or more ("HARMONY", "TRACK4TIP"),
    capitals joined by hyphens to capitals or a short tail ("SAFE-WAY", "GLOBE-x"), or
    mostly capitals with a lowercase letter or two ("PAcTO", "StAR"); not "UNODC-funded"."""
    if len(text) < 3 or not text[0].isupper() or not is_acronym(text):
        return False
    if text.isupper():
        return True
    if "-" in text:
        return all(p.isupper() or len(p) <= 2 for p in text.split("-"))
    if text[-1] == "s" and text[:-1].isupper():
        return False  # a plural of capitals ("KPIs", "SOPs", "NGOs")
    upper = sum(c.isupper() for c in text)
    return upper >= 3 and sum(c.islower() for c in text) <= upper - 2


def _acronym_before(doc: DocView, toks: list[Token], h: int) -> Found:
    """ "the HARMONY project (Health and Rights …)": the acronym names the project; a Roman
    numeral after it is the project's phase and part of its name ("the PACT II project")."""
    first = h - 2 if h >= 2 and ROMAN.fullmatch(toks[h - 1].text) else h - 1
    if first < 0 or not _plain_acronym(doc, toks[first]):
        return None
    code = doc.text[toks[first].start : toks[h - 1].end]
    expansion, close = _parenthesis(toks, h)
    found = _candidate(doc, toks, (first, h), code, HEADS[toks[h].norm], code, expansion)
    return (first, close, found[2]) if found else None  # the parenthesis is used up too


def _code_after(doc: DocView, toks: list[Token], h: int) -> Found:
    """ "the regional programme SAFE-WAY (Secure Action …)", "the project NORTE-J, which …":
    a code name right after the noun, closed by a parenthesis or punctuation (not "the project
    DCI implements", where the capitals are the subject of a clause)."""
    last = h
    while last + 1 < len(toks) and last - h < 3 and _code_word(doc, toks[last + 1]):
        last += 1
    if last == h or not any(is_code(t.text) for t in toks[h + 1 : last + 1]):
        return None
    if last + 1 < len(toks) and toks[last + 1].text not in _CLOSERS:
        return None
    if last + 1 < len(toks) and toks[last + 1].text == "," and not _clause_after(toks, last + 1):
        return None  # "the programme KPIs, targets and budget": a list, not a name
    if any(t.norm in _NOT_CODES for t in toks[h + 1 : last + 1]):
        return None
    code = doc.text[toks[h + 1].start : toks[last].end]
    acronym = code if last == h + 1 else None
    expansion, close = _parenthesis(toks, last)
    found = _candidate(doc, toks, (h + 1, last), code, HEADS[toks[h].norm], acronym, expansion)
    return (h + 1, close, found[2]) if found else None


def _clause_after(toks: list[Token], comma: int) -> bool:
    """A relative clause or an apposition opens after the comma at ``comma``."""
    return comma + 1 < len(toks) and toks[comma + 1].norm in _AFTER_COMMA


def _code_word(doc: DocView, tok: Token) -> bool:
    """A word of a code name: capitals (two or more letters) or a code, naming no registry
    organization or country."""
    text = tok.text
    return (
        (is_code(text) or (text.isupper() and is_acronym(text)))
        and not ROMAN.fullmatch(text)
        and text not in by_acronym()
        and doc.country_of(tok) is None
    )


def _parenthesis(toks: list[Token], last: int) -> tuple[str | None, int]:
    """A capitalized phrase in parentheses right after token ``last`` (a long name), and the
    index of the closing parenthesis (``last`` when there is none)."""
    if last + 2 >= len(toks) or toks[last + 1].text != "(" or not is_cap(toks[last + 2]):
        return None, last
    for j in range(last + 2, min(len(toks), last + 2 + _MAX_NAME)):
        if toks[j].text == ")":
            return " ".join(t.text for t in toks[last + 2 : j]).replace(" ,", ","), j
    return None, last


def _name_end(doc: DocView, toks: list[Token], first: int) -> int | None:
    """Last token of a capitalized name starting at ``first`` (with "for/of …" complements)."""
    if first >= len(toks) or not is_name_word(toks[first]) or doc.country_of(toks[first]):
        return None
    j = first
    while j + 1 < len(toks) and is_cap(toks[j + 1]) and not doc.country_of(toks[j + 1]):
        j += 1
    return grow_nested(toks, j)


def _apposition_after(doc: DocView, toks: list[Token], h: int) -> Found:
    """ "the four-year project, Justice for All, will …", "the initiative, known as Safe Seas,
    …": a name set off by commas."""
    if h + 2 >= len(toks) or toks[h + 1].text != ",":
        return None
    first = _after_called(toks, h + 2)
    last = _name_end(doc, toks, first)
    if last is None or last == first or last + 1 >= len(toks) or toks[last + 1].text not in ",(":
        return None
    name = doc.text[toks[first].start : toks[last].end]
    return _candidate(doc, toks, (first, last), name, HEADS[toks[h].norm])


def _after_called(toks: list[Token], i: int) -> int:
    """Index after "known as", "called", "entitled", "named" at token ``i``, else ``i``."""
    if i + 1 < len(toks) and toks[i].norm == "known" and toks[i + 1].norm == "as":
        return i + 2
    return i + 1 if i < len(toks) and toks[i].norm in _CALLED else i


def _spelled_after(doc: DocView, toks: list[Token], h: int) -> Found:
    """ "the project Support to Border Security (SBS)": the acronym spells the name."""
    first = h + 1
    if first >= len(toks) or not is_name_word(toks[first]):
        return None
    for j in range(first + 1, min(len(toks) - 2, first + _MAX_NAME)):
        tok = toks[j]
        if tok.text == "(":
            return _spelled(doc, toks, first, j - 1, HEADS[toks[h].norm])
        if not (is_cap(tok) or tok.norm in _INNER):
            return None
    return None


def _spelled(doc: DocView, toks: list[Token], first: int, last: int, kind: str) -> Found:
    """The name ``first..last`` when the "(ACR)" after it spells its capitals."""
    code = toks[last + 2].text
    if toks[last + 3].text != ")" or not is_acronym(code):
        return None
    if not abbreviates(code, [t.text for t in toks[first : last + 1]]):
        return None
    name = doc.text[toks[first].start : toks[last].end]
    return _candidate(doc, toks, (first, last), name, kind, code)


def abbreviates(code: str, words: list[str]) -> bool:
    """Whether ``code`` abbreviates ``words``: their capitals ("SBS" of "Support to Border
    Security"), or, as Schwartz and Hearst (2003) match short forms, its letters in order in
    the words, the first opening the first word ("SACOSA" of "Safe Corridors for Southern
    Africa")."""
    initials = "".join(w[0] for w in words if w[0].isupper())
    if initials == code.upper():
        return True
    long, short = " ".join(words).lower(), code.lower()
    if not short or long[0] != short[0]:
        return False
    at = len(long) - 1
    for i in range(len(short) - 1, -1, -1):
        while at >= 0 and (long[at] != short[i] or (i == 0 and at > 0 and long[at - 1] != " ")):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return True


def _apposition_before(doc: DocView, toks: list[Token], h: int) -> Found:
    """ "the Early Warning System (EWS), a joint project of …", "Andean Precursor Watch (APW)
    is a regional project …": the name before the noun."""
    j = h - 1
    while j >= 0 and h - j <= 4 and toks[j].norm not in _ARTICLES:
        j -= 1
    if j < 2 or any(t.text[0].isupper() for t in toks[j + 1 : h]):
        return None
    if toks[j - 1].text != "," and not (toks[j - 1].norm in _IS and toks[j - 2].text == ")"):
        return None
    last, code = j - 2, None
    if toks[last].text == ")" and last >= 3 and toks[last - 2].text == "(":
        code, last = toks[last - 1].text, last - 3
    first = grow_left(toks, last)
    if last - first < 1 or any(doc.country_of(t) for t in toks[first : last + 1]):
        return None
    name = doc.text[toks[first].start : toks[last].end]
    acronym = code if code and is_acronym(code) else None
    return _candidate(doc, toks, (first, last), name, HEADS[toks[h].norm], acronym)
