"""People: names after a title ("Mr. Jordan Smith", "Secretary-General Ban Ki-moon") or
before a role in apposition ("Georgia Jordan, a UNODC expert").

People are not partners of links; finding them keeps a country word inside a name
("Jordan", "Georgia", "Chad") from being read as a country.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import word_set
from kg.extract.view import DocView
from kg.resolve import Candidate

_NAME = (
    r"((?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z]\.)){1,3})"
)
_PREFIXES = r"Mr|Mrs|Ms|Dr|Prof|H\.E|Amb"
_TITLES = (
    r"Secretary-General|Executive Director|Ambassador|President|Minister|Deputy Minister"
    r"|Director|Representative|Chairman|Commissioner|Colonel|General|Brig\. Gen\.|Major"
)
#: Words of people's titles and roles ("Minister", "Judge", "Mr"): a person, never a field
#: listed in a body's name ("the Minister, Ports and Harbours Authority").
TITLE_WORDS = frozenset(
    w.lower() for w in re.findall(r"[A-Za-z]{2,}", f"{_PREFIXES}|{_TITLES}")
) - {"general", "executive", "major", "brig", "gen"} | word_set(
    "judge mayor secretary governor prosecutor chief head deputy chairperson chair magistrate "
    "senator"
)
_TITLED = re.compile(rf"\b(?:{_PREFIXES})\.?\s+" + _NAME + rf"|\b(?:{_TITLES})\s+" + _NAME)
_ROLE = (
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:expert|officer|official|director|adviser"
    r"|advisor|consultant|coordinator|representative|specialist|head|chief|minister|ambassador"
    r"|spokesperson|analyst|researcher|prosecutor|judge)\b"
)
_APPOSITION = re.compile(_NAME + _ROLE)
#: Parts of every match of each pattern, which the regex engine finds fast (they open with
#: literals and need no word boundary): a report or segment without them names no one.
#: (A title followed by a capital, as names are; titles alone are common words.)
_GATES = (
    (_TITLED, re.compile(rf"(?:{_PREFIXES}|{_TITLES})\.?\s+[A-Z]")),
    (_APPOSITION, re.compile(_ROLE.removesuffix(r"\b"))),
)


def find_people(doc: DocView) -> list[Candidate]:
    """Person candidates, one per name found by a title or an apposed role."""
    out: dict[tuple[int, int], Candidate] = {}
    gated = [(pattern, gate) for pattern, gate in _GATES if doc.has(gate)]
    for seg in doc.segments if gated else ():
        for pattern, gate in gated:
            if not gate.search(doc.text, seg.start, seg.end):
                continue
            for m in pattern.finditer(doc.text, seg.start, seg.end):
                group = next(g for g in range(1, (m.lastindex or 0) + 1) if m.group(g))
                start, end = m.start(group), m.end(group)
                out[(start, end)] = Candidate(start, end, m.group(group), "Person", m.group(group))
    return sorted(out.values(), key=lambda c: c.start)
