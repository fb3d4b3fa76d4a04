"""Figures reports give: seizures by substance, funding amounts, people trained or served."""

from __future__ import annotations

import re

from kg.extract.cues import Cue
from kg.extract.sentences import Segment
from kg.types import Evidence, Fact

_NUMBER = r"(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s+(million|billion|thousand))?"
_UNITS = {
    "kg": "kg",
    "kilograms": "kg",
    "kilogrammes": "kg",
    "kilos": "kg",
    "tons": "t",
    "tonnes": "t",
    "t": "t",
    "grams": "g",
    "g": "g",
    "litres": "l",
    "liters": "l",
    "pills": "pills",
    "tablets": "pills",
}
_SUBSTANCES = {
    "opium": "opium",
    "heroin": "heroin",
    "morphine": "morphine",
    "hashish": "hashish",
    "cannabis": "cannabis",
    "marijuana": "cannabis",
    "cocaine": "cocaine",
    "crystal": "crystal",
    "methamphetamine": "methamphetamine",
    "amphetamine": "amphetamine",
    "grass": "grass",
    "tramadol": "tramadol",
    "captagon": "captagon",
    "ecstasy": "ecstasy",
    "ketamine": "ketamine",
    "fentanyl": "fentanyl",
    "precursors": "precursors",
    "chemicals": "precursors",
    "other substances": "other",
    "narcotic drugs": "all",
    "drugs": "all",
}
_SUBSTANCE = "|".join(sorted(map(re.escape, _SUBSTANCES), key=len, reverse=True))
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
# Case-insensitive cues (see ``Cue``): their groups are read in lower case.
_SEIZED_OF = Cue(rf"{_NUMBER}{_SCALE}\s*({_UNIT})\b\s+of\s+(?:\w+\s+){{0,4}}?({_SUBSTANCE})\b")
_SUBSTANCE_WITH = Cue(
    rf"\b({_SUBSTANCE})\s+with\s+{_NUMBER}{_SCALE}\s*({_UNIT})\b", words=("with",)
)
_SEIZURE_CUE = Cue(r"\bseiz\w+|\bconfiscat\w+|\bintercept\w+")
_MONEY = Cue(
    rf"(?:(us\$|usd|\$|eur|€|£|gbp|jpy|¥)\s?{_NUMBER}{_SCALE}"
    rf"|{_NUMBER}{_SCALE}\s+(us dollars|dollars|usd|euros?|eur|rials?|irr|yen|pounds|afghanis?"
    r"|rupees|tomans?))\b",
    words=(  # the currency every amount names
        *("$", "usd", "eur", "€", "£", "gbp", "jpy", "¥", "dollars", "rial", "irr", "yen"),
        *("pounds", "afghani", "rupees", "toman"),
    ),
)
_CURRENCIES = {
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "us dollars": "USD",
    "dollars": "USD",
    "eur": "EUR",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "jpy": "JPY",
    "¥": "JPY",
    "yen": "JPY",
    "rial": "IRR",
    "rials": "IRR",
    "irr": "IRR",
    "toman": "IRT",
    "tomans": "IRT",
    "afghani": "AFN",
    "afghanis": "AFN",
    "rupees": "rupee",
}
_PERSONS = (
    r"(people|persons|participants|experts|officers|officials|staff|women|men|students"
    r"|trainees|prisoners|addicts|users|judges|prosecutors|practitioners|beneficiaries)\b"
)
_PEOPLE = Cue(rf"\b(?:more than |over |about |some )?{_NUMBER}\s+(?:\w+\s+){{0,2}}?{_PERSONS}")
#: What every count of people contains: a digit, up to two words, then the people. Much
#: cheaper to look for than ``_PEOPLE`` (which tries its optional words at every word), and
#: most segments with figures have none.
_PEOPLE_TAIL = re.compile(rf"(?i)\d\s+(?:\w+\s+){{0,2}}?{_PERSONS}")
_TRAINED = Cue(r"\btrain\w*|\bcourses?\b|\bworkshops?\b")
_SERVED = Cue(r"\bservices?\b|\bprovided\b|\btreat\w*|\bassist\w*|\bbenefit\w*")
_DIGIT = re.compile(r"\d")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def find_facts(doc_id: str, segment: Segment, about: str | None = None) -> list[Fact]:
    """Figures stated in one segment, attached to ``about`` (the entity the segment is about)."""
    if not _DIGIT.search(segment.text):
        return []
    ev = Evidence(doc_id, segment.start, segment.end, segment.text)
    text = segment.text
    return _seizures(text, ev, about) + _money(text, ev, about) + _people(text, ev, about)


def _quantity(number: str, scale: str | None) -> float:
    digits = number.replace(",", "")
    if _DOT_THOUSANDS.fullmatch(number):
        digits = number.replace(".", "")
    return float(digits) * _SCALES.get((scale or "").lower(), 1)


def _seizures(text: str, ev: Evidence, about: str | None) -> list[Fact]:
    if not _SEIZURE_CUE.search(text):
        return []
    out = []
    for m in _SEIZED_OF.finditer(text):
        sub = _SUBSTANCES[m.group(4).lower()]
        out.append(Fact("seizure", _quantity(m[1], m[2]), _UNITS[m[3].lower()], ev, sub, about))
    for m in _SUBSTANCE_WITH.finditer(text):
        sub = _SUBSTANCES[m.group(1).lower()]
        out.append(Fact("seizure", _quantity(m[2], m[3]), _UNITS[m[4].lower()], ev, sub, about))
    return out


def _money(text: str, ev: Evidence, about: str | None) -> list[Fact]:
    out = []
    for m in _MONEY.finditer(text):
        if m.group(2):
            cur, number, scale = m.group(1), m.group(2), m.group(3)
        else:
            number, scale, cur = m.group(4), m.group(5), m.group(6)
        unit = _CURRENCIES.get(cur.lower(), cur.upper())
        out.append(Fact("funding", _quantity(number, scale), unit, ev, about=about))
    return out


def _people(text: str, ev: Evidence, about: str | None) -> list[Fact]:
    if not _PEOPLE_TAIL.search(text):  # first: most figures are not of people
        return []
    counts = list(_PEOPLE.finditer(text))
    if not counts:
        return []
    what = "trained" if _TRAINED.search(text) else "served" if _SERVED.search(text) else None
    if what is None:
        return []
    return [Fact(what, _quantity(m[1], None), "people", ev, m[2].lower(), about) for m in counts]
