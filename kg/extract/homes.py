"""Home countries and parents of organization candidates found in one segment.

A government body named without its country takes it from a coordinated body of a named
country, from the body it is named inside, from a fronted "In <Country>," of its clause,
else from the country the report is about; a body named inside a name is its parent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.extract.gazetteer import Token
from kg.extract.view import DocView
from kg.resolve import Candidate, candidate_key

#: Categories of bodies that belong to one government.
NATIONAL = frozenset({"ministry", "police", "customs", "judiciary", "military"})
#: Agencies that are a state's when their name says so ("the National Security Directorate").
_AGENCIES = frozenset({"agency", "drug-control-agency"})
_NATIONAL_WORD = re.compile(r"\bNational\b")
_COORDINATED = re.compile(r"(?i)\s*(,\s*)?(and|as well as)\s+(of\s+)?(the\s+)?")


def coordinated_homes(doc: DocView, found: list[Candidate]) -> list[Candidate]:
    """A national body coordinated with a body of a named country, or named inside it, is of
    that country: "officers of Viet Nam Customs and of the Ministry of Public Security"."""
    out: list[Candidate] = []
    for c in sorted(found, key=lambda c: (c.start, -c.end)):
        prev = out[-1] if out else None
        if (
            prev
            and prev.country
            and (named_inside(c, prev) or _COORDINATED.fullmatch(doc.text, prev.end, c.start))
        ):
            c = national(c, prev.country)
        out.append(c)
    return out


def named_inside(c: Candidate, outer: Candidate) -> bool:
    """True when ``c`` is named inside the longer name ``outer``."""
    inside = outer.start <= c.start and c.end <= outer.end
    return inside and c.end - c.start < outer.end - outer.start


def parents(found: list[Candidate]) -> list[Candidate]:
    """A name with a body named inside it ("Revenue Service of the Ministry of Finance") is
    part of that body."""
    return [
        next((replace(c, parent=candidate_key(p)) for p in found if named_inside(p, c)), c)
        for c in found
    ]


def fronted_country(doc: DocView, toks: list[Token]) -> Callable[[Candidate], str | None]:
    """ "In Colombia, the work is done by the Ministry of Justice; in Peru, by …": a clause's
    fronted "In <Country>," is the home of the bodies up to the next semicolon."""
    clauses: list[tuple[int, str | None]] = []  # (end offset, fronted country)
    start = 0
    for i, tok in enumerate([*toks, None]):
        if tok is None or tok.text == ";":
            end = tok.start if tok else (toks[-1].end if toks else 0)
            clauses.append((end, _fronted(doc, toks[start:i])))
            start = i + 1
    return lambda c: next((iso3 for end, iso3 in clauses if c.end <= end), None)


def _fronted(doc: DocView, toks: list[Token]) -> str | None:
    """The country of a clause opening "In (the) <Country>,"."""
    first = 2 if len(toks) > 2 and toks[1].norm == "the" else 1
    mention = doc.country_of(toks[first]) if len(toks) > first and toks[0].norm == "in" else None
    if mention is None or mention.form == "demonym":
        return None
    after = next((t for t in toks[first:] if doc.country_of(t) is not mention), None)
    return mention.iso3 if after is not None and after.text == "," else None


def national(c: Candidate, home: str | None, *, agencies: bool = False) -> Candidate:
    """A government body named without its country ("the Ministry of Public Health") is the
    body of ``home``: a coordinated body's country, else the country the report is about.
    With ``agencies`` (a sentence naming no other country), so is a "National" agency ("the
    Directorate General of National Security")."""
    if c.country or c.registry or not home:
        return c
    named_national = agencies and c.category in _AGENCIES and _NATIONAL_WORD.search(c.name)
    return replace(c, country=home) if c.category in NATIONAL or named_national else c
