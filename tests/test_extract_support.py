"""Helpers shared by the extraction tests (no tests here)."""

from __future__ import annotations

from kg.documents import document_from_text
from kg.extract import extract
from kg.types import Entity, Extraction


def run(text: str) -> Extraction:
    return extract(document_from_text("t.txt", text))


def entities(text: str, kind: str) -> dict[str, Entity]:
    return {e.key: e for e in run(text).entities if e.type == kind}


def pairs(text: str) -> set[tuple[str, ...]]:
    """Country tuples of the links a text states."""
    return {p.countries for p in run(text).partnerships}


def country_pairs(text: str) -> set[tuple[str, str]]:
    """Unordered country pairs over all links, as the scorer counts them."""
    out = set()
    for p in run(text).partnerships:
        cs = sorted(p.countries)
        out |= {(a, b) for i, a in enumerate(cs) for b in cs[i + 1 :]}
    return out
