"""Aliases, acronyms and demonyms → one stable entity key per entity.

Keys are pure functions of canonical names (registry id, or the slug of a name with
its demonym stripped, plus the home country), so the same entity gets the same key
in every document and every run. Within a document, short forms ("DCHQ", "Prisons
Organization", "Country Programme") join the one fuller form they abbreviate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from operator import attrgetter

from kg.namespaces import slug
from kg.types import Entity, EntityType, Mention

_SPELLING = {
    "program": "programme",
    "programs": "programmes",
    "center": "centre",
    "centers": "centres",
    "organisation": "organization",
    "organisations": "organizations",
    "co-operation": "cooperation",
    "labor": "labour",
    "defense": "defence",
}
_PLURALS = {
    "agencies": "agency",
    "ministries": "ministry",
    "offices": "office",
    "units": "unit",
    "forces": "force",
    "services": "service",
    "centres": "centre",
    "centers": "centre",
    "organizations": "organization",
    "departments": "department",
    "commissions": "commission",
    "councils": "council",
    "authorities": "authority",
    "committees": "committee",
    "directorates": "directorate",
    "bureaus": "bureau",
    "cells": "cell",
    "groups": "group",
    "institutes": "institute",
    "guards": "guard",
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span a rule or gazetteer read as an entity, before resolution.

    ``name`` is the canonical core name (demonym, years and owner stripped);
    ``registry`` the registry id when known; ``acronym`` a short form the text
    binds to it ("(DCHQ)"); ``refers_to`` a key it is known to denote.
    """

    start: int
    end: int
    text: str
    type: EntityType
    name: str
    country: str | None = None
    registry: str | None = None
    parent: str | None = None
    category: str | None = None
    years: str | None = None
    acronym: str | None = None
    expansion: str | None = None
    refers_to: str | None = None
    label: str | None = None


@lru_cache(maxsize=65536)
def canonical(name: str) -> str:
    """A comparable form of a name: lowercase, spelling variants folded, plural head singular.

    Cached: the same names recur in every document, and keys are built from them."""
    words = name.replace("’", "'").replace("‘", "'").replace("'s ", " ").lower().split()
    words = [_SPELLING.get(w, w) for w in words if w != "the"]
    if words:
        words[-1] = _PLURALS.get(words[-1], words[-1])
    return " ".join(words)


def candidate_key(c: Candidate) -> str:
    """The stable key of a candidate from its own attributes."""
    if c.refers_to:
        return c.refers_to
    if c.type == "Country":
        return f"country/{c.country}"
    if c.registry:
        return f"organization/{c.registry}"
    prefix = {"Organization": "organization", "Programme": "programme", "Place": "place"}
    parts = [slug(canonical(c.name))]
    parts += [c.years] if c.years else []
    parts += [c.country.lower()] if c.country else []
    return f"{prefix.get(c.type, c.type.lower())}/{'-'.join(parts)}"


_FIELD_VALUES = attrgetter(*(f.name for f in fields(Candidate)))
_SPAN_AND_TYPE = attrgetter("start", "end", "type")


@dataclass(frozen=True, slots=True)
class Resolution:
    """The entities of one document and the key each candidate resolved to."""

    entities: tuple[Entity, ...]
    keys: dict[tuple[int, int, str], str]


def resolve(
    candidates: Iterable[Candidate],
    describe: Callable[[str, list[Candidate]], Entity],
) -> Resolution:
    """Group candidates into entities: acronyms and short forms join their full form."""
    cands = sorted(_distinct(candidates), key=_SPAN_AND_TYPE)
    cands = _bind_acronyms(cands)
    keys: dict[tuple[int, int, str], str] = {
        (c.start, c.end, c.type): candidate_key(c) for c in cands
    }
    keys = _join_short_forms(cands, keys)
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        groups[keys[(c.start, c.end, c.type)]].append(c)
    entities = tuple(describe(key, groups[key]) for key in sorted(groups))
    return Resolution(entities, keys)


def _distinct(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Each candidate once, first seen first: keyed by their field values, hashed in C (a
    set of candidates calls the dataclass's Python-level ``__hash__``, a tenth of resolving).
    Reports give no two different candidates one span and type, so the order ``resolve``
    sorts them in is the same as from a set."""
    cands = list(candidates)
    return list(dict(zip(map(_FIELD_VALUES, cands), cands, strict=True)).values())


def _bind_acronyms(cands: list[Candidate]) -> list[Candidate]:
    """Acronym candidates (type known, key unknown) take the key of their definition (none
    where the text defines no acronym: nothing to bind, no candidate copied)."""
    defined = {c.acronym: candidate_key(c) for c in cands if c.acronym}
    if not defined:
        return cands
    out = []
    for c in cands:
        if c.refers_to is None and c.registry is None:
            if c.name in defined and c.text == c.name:
                c = replace(c, refers_to=defined[c.name])
            elif (key := defined.get(_acronym_of_programme(c))) and key.startswith("programme/"):
                c = replace(c, refers_to=key)  # "GMCP Programme" of "… Programme (GMCP)"
        out.append(c)
    return out


_PROGRAMME_NOUNS = frozenset({"programme", "program", "project", "initiative"})


def _acronym_of_programme(c: Candidate) -> str:
    """ "GMCP" of a programme named by an acronym and its noun ("GMCP Programme"), else ""."""
    words = c.name.split()
    if c.type != "Programme" or len(words) != 2 or words[1].lower() not in _PROGRAMME_NOUNS:
        return ""
    return words[0] if words[0].isupper() and len(words[0]) > 1 else ""


#: Types whose names have short forms (variants without country or years) to join.
_SHORT_FORMS = ("Organization", "Programme")


def _join_short_forms(
    cands: list[Candidate], keys: dict[tuple[int, int, str], str]
) -> dict[tuple[int, int, str], str]:
    """A form without country or years joins the one variant of its name that has them, and
    so do the acronyms bound to it ("The Drug Enforcement Commission (DEC)" of a report
    titled "Drug Enforcement Commission of Zambia": DEC is Zambia's too)."""
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in cands:
        if c.registry is None and c.refers_to is None and c.type in _SHORT_FORMS:
            by_name[(c.type, canonical(c.name))].add(keys[(c.start, c.end, c.type)])
    moved: dict[str, str] = {}
    for c in cands:
        if c.registry or c.refers_to or (c.country and c.years) or c.type not in _SHORT_FORMS:
            continue
        variants = by_name.get((c.type, canonical(c.name)), set())
        base = keys[(c.start, c.end, c.type)]
        fuller = {k for k in variants if _extends(k, base)}
        if len(fuller) == 1:
            moved[base] = fuller.pop()
    return {span: moved.get(key, key) for span, key in keys.items()}


def _extends(key: str, base: str) -> bool:
    """True when ``key`` is ``base`` with years and/or a country added."""
    return key != base and (key.startswith(base + "-"))


def mention_of(c: Candidate) -> Mention:
    """The Mention a candidate stands for."""
    return Mention(c.start, c.end, c.text)
