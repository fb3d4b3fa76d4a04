"""Extraction: a Document in, its entities, partnerships and figures out (offline, rule-based)."""

from __future__ import annotations

from kg.extract.record import extraction_record
from kg.types import Document, Extraction

__all__ = ["extract", "extraction_record"]


def extract(doc: Document) -> Extraction:
    """Read the entities, partnerships and figures of one document."""
    from kg.extract.pipeline import run

    return run(doc)
