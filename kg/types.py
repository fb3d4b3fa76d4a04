"""Frozen dataclasses passed between pipeline stages.

Each stage takes and returns these plain values, so stages never reach into each
other's internals: documents → extract (Mention, Entity, Partnership, Fact) → rdf.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

EntityType = Literal["Country", "Organization", "Programme", "Agreement", "Place", "Person"]
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)

#: Kinds of partnership by the number of countries involved ("domestic" for one or none).
LINK_KINDS: tuple[str, ...] = ("domestic", "bilateral", "triangular", "multilateral")

#: How the partners cooperate (CAMEO 03-07 where it fits).
MECHANISMS: tuple[str, ...] = (
    "agreement",
    "meeting",
    "joint-operation",
    "funding",
    "donation",
    "technical-assistance",
    "training",
    "knowledge-transfer",
    "cooperation",
)

STATUSES: tuple[str, ...] = ("proposed", "agreed", "ongoing", "completed")


@dataclass(frozen=True)
class Document:
    """A report's text and identity; ``doc_id`` is its file name.

    ``sha256`` hashes ``text`` (what evidence offsets refer to); ``source_sha256`` the file.
    """

    doc_id: str
    text: str
    sha256: str
    title: str
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD when the report states one
    path: Path | None = None
    format: str = "txt"  # txt, md, pdf, html or docx
    pages: tuple[int, ...] = ()  # offset in ``text`` where each page starts (PDF only)
    url: str | None = None  # a saved web page's own address, when the page records it
    source_sha256: str | None = None  # SHA-256 of the original file's bytes


@dataclass(frozen=True)
class Mention:
    """A span of a document that names an entity: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """One resolved entity of a document, keyed so that the key is stable across runs.

    ``key`` is a path such as ``country/IRN`` or ``organization/unodc``; the IRI is
    ``kg.namespaces.entity_iri(key)``. ``country`` is the home country (ISO3) of an
    organization or place; ``parent`` the key of the organization it is part of.
    """

    key: str
    type: EntityType
    label: str
    aliases: tuple[str, ...] = ()
    iso3: str | None = None
    country: str | None = None
    parent: str | None = None
    category: str | None = None  # e.g. "un-body", "police", "ministry", "ngo", "operation"
    same_as: tuple[str, ...] = ()  # e.g. Wikidata entity IRIs
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """The sentence a statement was read from, with its offsets in the document."""

    doc_id: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class Partnership:
    """An n-ary cooperation link between entities, as stated by one sentence."""

    key: str
    participants: tuple[str, ...]  # entity keys
    countries: tuple[str, ...]  # ISO3 codes, sorted
    kind: str  # one of LINK_KINDS
    mechanism: str  # one of MECHANISMS
    status: str  # one of STATUSES
    evidence: Evidence
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    confidence: float = 0.5
    funders: tuple[str, ...] = ()  # entity keys of donors, for funding links
    programme: str | None = None  # entity key of the programme it runs under


@dataclass(frozen=True)
class Fact:
    """A figure a report gives (a seizure, an amount of funding, people trained)."""

    what: str  # "seizure" | "funding" | "trained" | "served" | ...
    quantity: float
    unit: str  # "kg", "t", "USD", "people", ...
    evidence: Evidence
    subject: str | None = None  # substance, or the entity key the figure is about
    about: str | None = None  # entity key the figure is attached to, when known


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    partnerships: tuple[Partnership, ...] = ()
    facts: tuple[Fact, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class GraphText:
    """One graph formatted for the graph files (see ``kg.graphtext``): a TriG block, and for
    the merged Turtle file the Turtle of the statements about nodes only this graph mints
    plus the N-Triples lines of the others, which other graphs may repeat."""

    trig: bytes
    own_turtle: bytes = b""
    shared: bytes = b""


@dataclass(frozen=True)
class DocumentGraph:
    """One document modelled as RDF in the process that extracted it: its named graph as
    the text the store loads and the graph files copy, so the build's main process only
    parses, indexes and copies text."""

    doc_id: str
    text: GraphText  # the document's named graph
    reference: bytes = b""  # reference-graph statements it needs, as N-Quads
