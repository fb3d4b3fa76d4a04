"""The JSON contract of ``kg extract``: one plain dict per document."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from kg.documents import page_of
from kg.namespaces import entity_iri
from kg.types import Entity, Evidence, Extraction, Fact, Partnership

PageOf = Callable[[int], int | None]


def extraction_record(ext: Extraction) -> dict[str, Any]:
    """The record of one document: entities, links and facts with IRIs and offsets.

    Provenance: the source ``format``, its ``url`` (or null) and ``source_sha256``; every
    mention and evidence span carries its 1-based ``page`` (null without pages).
    """
    doc = ext.document
    page = partial(page_of, doc)
    return {
        "document": doc.doc_id,
        "title": doc.title,
        "date": doc.date,
        "format": doc.format,
        "url": doc.url,
        "source_sha256": doc.source_sha256,
        "entities": [_entity(e, page) for e in sorted(ext.entities, key=lambda e: e.key)],
        "links": [_link(p, page) for p in sorted(ext.partnerships, key=_link_order)],
        "facts": [_fact(f, page) for f in ext.facts],
    }


def _entity(e: Entity, page: PageOf) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": entity_iri(e.key),
        "type": e.type,
        "label": e.label,
        "aliases": list(e.aliases),
    }
    if e.type == "Country":
        out["iso3"] = e.iso3
    out["country"] = e.country
    if e.parent:
        out["parent"] = entity_iri(e.parent)
    if e.category:
        out["category"] = e.category
    out["mentions"] = [
        {"text": m.text, "start": m.start, "end": m.end, "page": page(m.start)} for m in e.mentions
    ]
    return out


def _link_order(p: Partnership) -> tuple[int, int, str]:
    return (p.evidence.start, p.evidence.end, p.key)


def _link(p: Partnership, page: PageOf) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": entity_iri(p.key),
        "participants": [entity_iri(k) for k in p.participants],
        "countries": list(p.countries),
        "kind": p.kind,
        "mechanism": p.mechanism,
        "status": p.status,
        "date": p.date,
        "confidence": p.confidence,
        "evidence": _evidence(p.evidence, page),
    }
    if p.funders:
        out["funders"] = [entity_iri(k) for k in p.funders]
    if p.programme:
        out["programme"] = entity_iri(p.programme)
    return out


def _evidence(ev: Evidence, page: PageOf) -> dict[str, Any]:
    return {"text": ev.quote, "start": ev.start, "end": ev.end, "page": page(ev.start)}


def _fact(f: Fact, page: PageOf) -> dict[str, Any]:
    out: dict[str, Any] = {"what": f.what, "quantity": f.quantity, "unit": f.unit}
    if f.what == "seizure":
        out["substance"] = f.subject
    elif f.subject:
        out["subject"] = f.subject
    if f.about:
        out["about"] = entity_iri(f.about)
    out["evidence"] = _evidence(f.evidence, page)
    return out
