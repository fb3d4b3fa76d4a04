"""Extraction: a Document in, its entities, partnerships and figures out (offline, rule-based)."""

from __future__ import annotations

from kg.extract.record import extraction_record
from kg.memory import paused_gc
from kg.types import Document, Extraction

__all__ = ["extract", "extraction_record"]


def extract(doc: Document) -> Extraction:
    """Read the entities, partnerships and figures of one document.

    The cyclic garbage collector is held meanwhile: a report's tokens, candidates, actors
    and drafts are tens of thousands of small objects without reference cycles, all freed
    by reference counting, so the collector's passes over them found nothing to free and
    cost about a tenth of extraction. It runs again on leaving.
    """
    from kg.extract.pipeline import run

    with paused_gc():
        return run(doc)
