"""Extractions → an RDF dataset: one named graph per document plus a reference graph.

The model is described in docs/architecture.md ("The RDF model") and ontology/README.md.
Every node has a minted IRI (no blank nodes), and ``serialize`` sorts statements before
writing, so identical inputs give byte-identical files.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

import pycountry
import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg import __version__
from kg.classify import (
    CLASSIFICATION,
    MULTILATERAL_CATEGORIES,
    Source,
    country_group,
    link_class,
)
from kg.documents import page_of
from kg.errors import KgError
from kg.fileio import atomic_open
from kg.formats import MEDIA_TYPES
from kg.graphtext import (
    GraphSpool,
    dumped_graph_text,
    graph_text,
    trig_document,
    write_jsonld,
    write_trig,
    write_turtle,
)
from kg.namespaces import (
    CONCEPT,
    KGO,
    OA,
    ORG,
    PREFIXES,
    REFERENCE_GRAPH,
    SCHEMA,
    concept_iri,
    document_iri,
    entity_iri,
    evidence_iri,
    graph_iri,
    short_hash,
)
from kg.types import (
    Document,
    DocumentGraph,
    Entity,
    Evidence,
    Extraction,
    Fact,
    GraphText,
    Partnership,
)

#: Where the ontology and shapes live: the repository's ontology/ folder, found from the
#: package (an editable install, which the Makefile uses, keeps the package in the tree).
ONTOLOGY_DIR = Path(__file__).resolve().parent / "ontology"  # a link to ../ontology

#: Output formats of ``serialize``: trig and nquads keep the named graphs, turtle and
#: jsonld merge them.
FORMATS: tuple[str, ...] = ("trig", "nquads", "turtle", "jsonld")

ENTITY_CLASSES: dict[str, URIRef] = {
    "Country": SCHEMA.Country,
    "Organization": ORG.Organization,
    "Programme": SCHEMA.Project,
    "Agreement": KGO.Agreement,
    "Place": SCHEMA.Place,
    "Person": SCHEMA.Person,
}

Triple = tuple[Node, Node, Node]
#: Subject, predicate and object as N-Triples term text (``<iri>``, ``"text"^^<type>``).
NtTriple = tuple[str, str, str]
_DATE_TYPES = (
    (r"\d{4}", XSD.gYear),
    (r"\d{4}-\d{2}", XSD.gYearMonth),
    (r"\d{4}-\d{2}-\d{2}", XSD.date),
)
_IRI_SAFE = ":/?#[]@!$&'()*+,;=%~"  # reserved characters and escapes stay as they are


def ontology_file(name: str) -> Path:
    """Path of ``ontology/<name>``; KgError when the ontology folder is missing."""
    path = ONTOLOGY_DIR / name
    if not path.is_file():
        raise KgError(f"{path}: ontology file not found (install kg from its source tree)")
    return path


# -- building ---------------------------------------------------------------------------------


def to_dataset(extractions: Iterable[Extraction], *, store: str = "memory") -> Dataset:
    """A dataset holding every extraction (one named graph each) and the reference graph."""
    from kg.store import open_store  # the store module builds on this one

    opened = open_store(store)
    opened.add_graphs(model(extraction) for extraction in extractions)
    return opened.dataset


def model(extraction: Extraction) -> DocumentGraph:
    """One document's named graph and the reference statements it needs, as N-Quads.

    Facts about the countries themselves (their Wikidata links, and the official names the
    reference graph already holds) go to the reference graph once instead of into every
    document's graph: repeated per document they were a sixth of all statements."""
    doc_id = extraction.document.doc_id
    extra = reference_additions(extraction.entities)
    extra += [
        (_country_term(e.iso3 or ""), _NOWL.sameAs, _foreign_iri(same))
        for e in extraction.entities
        if e.type == "Country"
        for same in e.same_as
    ]
    return DocumentGraph(
        doc_id,
        graph_text(graph_iri(doc_id), document_triples(extraction)),
        _nquads(extra, REFERENCE_GRAPH),
    )


@lru_cache(maxsize=1024)
def _country_addition(iso3: str, label: str) -> tuple[NtTriple, ...]:
    """Reference statements about a country outside ISO 3166-1, as N-Triples terms, made
    once: the same few recur in many documents."""
    return tuple(_nt_triple(t) for t in country_triples(iso3, label, ()))


def _nquads(triples: Iterable[NtTriple], graph: str) -> bytes:
    """``triples`` as N-Quads lines in the graph ``graph`` (the lines Oxigraph writes)."""
    return "".join(f"{s} {p} {o} <{graph}> .\n" for s, p, o in triples).encode()


def add_extraction(ds: Dataset, extraction: Extraction) -> None:
    """Add one document's graph, replacing any earlier graph of the same document."""
    add_document_graphs(ds, [model(extraction)])


def add_document_graphs(ds: Dataset, graphs: Iterable[DocumentGraph]) -> None:
    """Add documents' graphs, each replacing any earlier graph of the same document (the
    last one wins when a document comes twice); writes the reference graph when missing."""
    latest = {graph.doc_id: graph for graph in graphs}
    if not latest:
        return
    ensure_reference(ds)
    for doc_id in latest:
        remove_document(ds, doc_id)
    named = trig_document(g.text.trig for g in latest.values())
    reference = b"".join(g.reference for g in latest.values())
    if isinstance(ds.store, OxigraphStore):  # lenient: kg wrote this text, its IRIs are valid
        ds.store._inner.load(named, format=ox.RdfFormat.TRIG, lenient=True)
        ds.store._inner.load(reference, format=ox.RdfFormat.N_QUADS, lenient=True)
        return
    add_quads(ds, ox.parse(named, format=ox.RdfFormat.TRIG))
    add_quads(ds, ox.parse(reference, format=ox.RdfFormat.N_QUADS))


def add_quads(ds: Dataset, quads: Iterable[ox.Quad]) -> None:
    """Add pyoxigraph quads to any store, each to its named graph or the default graph."""
    if isinstance(ds.store, OxigraphStore):
        ds.store._inner.extend(quads)
        return
    contexts: dict[str, Graph] = {}
    batch = []
    for quad in quads:
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        if name not in contexts:
            contexts[name] = ds.graph(URIRef(name)) if name else ds.default_graph
        batch.append((*from_ox_triple(quad.triple), contexts[name]))
    ds.addN(batch)


def add_triples(ds: Dataset, graph: URIRef, triples: Iterable[Triple]) -> None:
    """Add ``triples`` to the named graph ``graph`` (straight into Oxigraph when it holds it)."""
    if isinstance(ds.store, OxigraphStore):
        name = ox.NamedNode(str(graph))
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in triples]
        ds.store._inner.extend(quads)
        return
    context = ds.graph(graph)
    ds.addN([(s, p, o, context) for s, p, o in triples])


def remove_document(ds: Dataset, doc_id: str) -> None:
    """Drop one document's named graph (the reference graph is kept)."""
    if isinstance(ds.store, OxigraphStore):
        name = ox.NamedNode(graph_iri(doc_id))
        if ds.store._inner.contains_named_graph(name):
            ds.store._inner.remove_graph(name)
        return
    ds.remove_graph(ds.graph(URIRef(graph_iri(doc_id))))


# Statements are modelled as N-Triples text rather than pyoxigraph terms: the build's
# workers only format them (``graph_text``), and making a Python term for every node cost
# as much as the formatting. IRIs kg mints need no checks; others go through Oxigraph.


class _NtNamespace:
    """The terms of an rdflib namespace as N-Triples IRIs (``<…>``), each made once."""

    def __init__(self, namespace: object) -> None:
        self._base = str(namespace)

    def __getattr__(self, name: str) -> str:
        term = f"<{self._base}{name}>"
        setattr(self, name, term)
        return term


_NRDF, _NRDFS, _NOWL, _NXSD = (_NtNamespace(ns) for ns in (RDF, RDFS, OWL, XSD))
_NSKOS, _NDCTERMS, _NPROV = (_NtNamespace(ns) for ns in (SKOS, DCTERMS, PROV))
_NKGO, _NSCHEMA, _NORG, _NOA = (_NtNamespace(ns) for ns in (KGO, SCHEMA, ORG, OA))

#: Characters Oxigraph escapes in a quoted literal (controls, quote, backslash, U+FFFE/F),
#: and lone surrogates, which it refuses (so such text fails as it did with terms).
_ESCAPED = re.compile(r'[\x00-\x1f"\\\x7f\ud800-\udfff\ufffe\uffff]')


def _iri(iri: str) -> str:
    """An IRI kg minted (already valid) as an N-Triples term."""
    return f"<{iri}>"


@lru_cache(maxsize=8192)
def _foreign_iri(iri: str) -> str:
    """An IRI from the extraction's data (a same-as link) as an N-Triples term; Oxigraph
    checks it, so a bad one fails here as it did when terms were made (failures are not
    kept; the same countries' links recur in every document)."""
    return str(ox.NamedNode(iri))


def _literal(text: str) -> str:
    """A plain (xsd:string) literal as N-Triples, escaped as Oxigraph writes it: most
    text needs no escape, the rest is left to Oxigraph."""
    return str(ox.Literal(text)) if _ESCAPED.search(text) else f'"{text}"'


def _integer(value: int) -> str:
    return f'"{value}"^^{_NXSD.integer}'


def _decimal(value: float) -> str:
    return f'"{_decimal_text(value)}"^^{_NXSD.decimal}'


@lru_cache(maxsize=4096)
def _date(text: str) -> str:
    """A date as N-Triples; an rdflib literal parses it, which is slow, and dates recur."""
    return str(to_ox(date_literal(text)))


def _nt_triple(triple: Triple) -> NtTriple:
    s, p, o = _ox_triple(triple)
    return str(s), str(p), str(o)


@lru_cache(maxsize=8192)
def _entity_term(key: str) -> str:
    """An entity key's IRI as a term; the same entities recur in a document and the next."""
    return _iri(entity_iri(key))


@lru_cache(maxsize=4)
def _document_term(doc_id: str) -> str:
    """A document's IRI as a term: its partnerships, facts and evidence all cite it."""
    return _iri(document_iri(doc_id))


@cache
def _country_term(iso3: str) -> str:
    return _iri(entity_iri(f"country/{iso3}"))


@cache
def _concept_term(scheme: str, notation: str) -> str:
    return _iri(concept_iri(scheme, notation))


@cache
def _class_term(entity_type: str) -> str:
    return _iri(str(ENTITY_CLASSES[entity_type]))


@cache
def _classification_term() -> str:
    return _iri(str(classification_iri()))


def document_triples(extraction: Extraction) -> list[NtTriple]:
    """Every statement of one document's named graph, as N-Triples term text (made
    directly: building rdflib or pyoxigraph terms was most of the modelling time). Each
    part returns a list: passing statements up through nested generators cost a sixth of
    the modelling."""
    doc = extraction.document
    keys = {e.key for e in extraction.entities}
    multilateral = {e.key for e in extraction.entities if e.category in MULTILATERAL_CATEGORIES}
    out = _document(extraction)
    for entity in extraction.entities:
        out += _entity(entity)
    for partnership in extraction.partnerships:
        out += _partnership(partnership, doc, _multilateral(partnership, multilateral))
    for fact in extraction.facts:
        out += _fact(fact, doc, keys)
    return out


def _document(extraction: Extraction) -> list[NtTriple]:
    doc = extraction.document
    node, graph = _document_term(doc.doc_id), _iri(graph_iri(doc.doc_id))
    activity = _iri(entity_iri(f"activity/extract/{__version__}/{doc.sha256[:16]}"))
    agent = _iri(entity_iri(f"agent/kg/{__version__}"))
    out = [
        (node, _NRDF.type, _NKGO.Document),
        (node, _NDCTERMS.identifier, _literal(doc.doc_id)),
        (node, _NDCTERMS.title, _literal(doc.title)),
    ]
    if doc.date:
        out.append((node, _NDCTERMS.date, _date(doc.date)))
    out += _source(node, doc)
    out += [(node, _NSCHEMA.mentions, _entity_term(entity.key)) for entity in extraction.entities]
    out += [
        (graph, _NPROV.wasDerivedFrom, node),
        (graph, _NPROV.wasGeneratedBy, activity),
        (activity, _NRDF.type, _NPROV.Activity),
        (activity, _NPROV.used, node),
        (activity, _NPROV.wasAssociatedWith, agent),
        (agent, _NRDF.type, _NPROV.SoftwareAgent),
        (agent, _NRDFS.label, _literal(f"kg {__version__}")),
    ]
    return out


def _source(node: str, doc: Document) -> list[NtTriple]:
    """Where the text came from: the file's hash and format, its URL and page count."""
    out = [
        (node, _NKGO.sha256, _literal(doc.source_sha256 or doc.sha256)),
        (node, _NKGO.textSha256, _literal(doc.sha256)),
    ]
    if doc.format in MEDIA_TYPES:
        out.append((node, _NDCTERMS.format, _literal(MEDIA_TYPES[doc.format])))
    url = url_iri(doc.url)
    if url is not None:
        out.append((node, _NSCHEMA.url, _iri(str(url))))
    if doc.pages:
        out.append((node, _NSCHEMA.numberOfPages, _integer(len(doc.pages))))
    return out


def url_iri(url: str | None) -> URIRef | None:
    """A web page's address as an IRI (unsafe characters escaped); None unless absolute."""
    url = (url or "").strip()
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", url):
        return None
    iri = quote(url, safe=_IRI_SAFE)
    try:
        ox.NamedNode(iri)
    except ValueError:
        return None
    return URIRef(iri)


def _entity(entity: Entity) -> list[NtTriple]:
    node = _entity_term(entity.key)
    if entity.type == "Country":  # type, label, code, names and links: the reference graph
        known = _reference_names(entity.iso3 or "")
        aliases = sorted(set(entity.aliases) - {entity.label} - known)
        return [(node, _NSKOS.altLabel, _literal(alias)) for alias in aliases]
    out = [
        (node, _NSKOS.altLabel, _literal(a)) for a in sorted(set(entity.aliases) - {entity.label})
    ]
    out += [(node, _NOWL.sameAs, _foreign_iri(same)) for same in entity.same_as]
    out.append((node, _NRDF.type, _class_term(entity.type)))
    out.append((node, _NRDFS.label, _literal(entity.label)))
    if entity.category:
        out.append((node, _NKGO.category, _literal(entity.category)))
    if entity.parent:
        out.append((node, _NORG.subOrganizationOf, _entity_term(entity.parent)))
    if entity.country:
        where = _NSCHEMA.containedInPlace if entity.type == "Place" else _NKGO.homeCountry
        out.append((node, where, _country_term(entity.country)))
    return out


def _partnership(p: Partnership, doc: Document, multilateral: bool) -> list[NtTriple]:
    node = _iri(entity_iri(p.key))
    out = [(node, _NRDF.type, _NKGO.Partnership)]
    out += [(node, _NKGO.partner, _entity_term(key)) for key in p.participants]
    out += [(node, _NKGO.involvesCountry, _country_term(iso3)) for iso3 in p.countries]
    cls = link_class(p.countries, multilateral=multilateral)
    out += [
        (node, _NKGO.mechanism, _concept_term("mechanism", p.mechanism)),
        (node, _NKGO.kind, _concept_term("kind", p.kind)),
        (node, _NKGO.status, _concept_term("status", p.status)),
        (node, _NKGO.linkClass, _concept_term("link-class", cls)),
        (node, _NKGO.classifiedBy, _classification_term()),
    ]
    if p.date:
        out.append((node, _NDCTERMS.date, _date(p.date)))
    out.append((node, _NKGO.confidence, _decimal(round(p.confidence, 3))))
    out += [(node, _NSCHEMA.funder, _entity_term(key)) for key in p.funders]
    if p.programme:
        out.append((node, _NKGO.underProgramme, _entity_term(p.programme)))
    out.append((node, _NPROV.wasDerivedFrom, _document_term(doc.doc_id)))
    return out + _evidence(node, p.evidence, doc)


def _multilateral(p: Partnership, multilateral: set[str]) -> bool:
    """True when a multilateral organization (UN body or office, IGO), one of the keys
    ``multilateral``, takes part or funds."""
    return any(key in multilateral for key in (*p.participants, *p.funders))


def _evidence(subject: str, ev: Evidence, doc: Document) -> list[NtTriple]:
    iri = evidence_iri(ev.doc_id, ev.start, ev.end)
    node, selector, position = f"<{iri}>", f"<{iri}/quote>", f"<{iri}/position>"
    out = [
        (subject, _NKGO.evidence, node),
        (node, _NRDF.type, _NKGO.Evidence),
        (node, _NOA.hasSource, _document_term(ev.doc_id)),
    ]
    page = page_of(doc, ev.start)
    if page is not None:
        out.append((node, _NKGO.page, _integer(page)))
    out += [
        (node, _NOA.hasSelector, selector),
        (node, _NOA.hasSelector, position),
        (selector, _NRDF.type, _NOA.TextQuoteSelector),
        (selector, _NOA.exact, _literal(ev.quote)),
        (position, _NRDF.type, _NOA.TextPositionSelector),
        (position, _NOA.start, _integer(ev.start)),
        (position, _NOA.end, _integer(ev.end)),
    ]
    return out


def _fact(fact: Fact, doc: Document, keys: set[str]) -> list[NtTriple]:
    ev = fact.evidence
    key = short_hash(ev.doc_id, ev.start, ev.end, fact.what, fact.quantity, fact.unit, fact.subject)
    node = _iri(entity_iri(f"fact/{key}"))
    out = [
        (node, _NRDF.type, _NKGO.Fact),
        (node, _NKGO.measure, _literal(fact.what)),
        (node, _NSCHEMA.value, _decimal(fact.quantity)),
        (node, _NSCHEMA.unitText, _literal(fact.unit)),
    ]
    if fact.subject:
        known = fact.subject in keys
        subject = _entity_term(fact.subject) if known else _literal(fact.subject)
        out.append((node, _NKGO.subject, subject))
    if fact.about:
        out.append((node, _NKGO.about, _entity_term(fact.about)))
    out.append((node, _NPROV.wasDerivedFrom, _document_term(ev.doc_id)))
    return out + _evidence(node, ev, doc)


def date_literal(text: str) -> Literal:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as an xsd:gYear, xsd:gYearMonth or xsd:date."""
    for pattern, datatype in _DATE_TYPES:
        if re.fullmatch(pattern, text):
            return Literal(text, datatype=datatype)
    raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def decimal_literal(value: float) -> Literal:
    """An xsd:decimal in canonical form ("0.9", "1000"), as Oxigraph stores it."""
    return Literal(_decimal_text(value), datatype=XSD.decimal)


def _decimal_text(value: float) -> str:
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _country(iso3: str) -> URIRef:
    return URIRef(entity_iri(f"country/{iso3}"))


# -- the reference graph ----------------------------------------------------------------------


def ensure_reference(ds: Dataset) -> None:
    """Write the reference graph (countries, classification, concepts) if it is empty."""
    graph = ds.graph(URIRef(REFERENCE_GRAPH))
    if next(iter(graph.triples((None, None, None))), None) is None:
        add_triples(ds, URIRef(REFERENCE_GRAPH), reference_triples())


def reference_additions(entities: Iterable[Entity]) -> list[NtTriple]:
    """Reference statements (N-Triples terms) for countries outside ISO 3166-1 that
    ``entities`` name."""
    known = reference_countries()
    extra = [e for e in entities if e.type == "Country" and e.iso3 and e.iso3 not in known]
    return [line for e in extra for line in _country_addition(e.iso3 or "", e.label)]


@cache
def reference_countries() -> frozenset[str]:
    """ISO3 codes of the countries the reference graph always holds (ISO 3166-1)."""
    return frozenset(c.alpha_3 for c in pycountry.countries)


@cache
def reference_triples() -> tuple[Triple, ...]:
    """Countries of ISO 3166-1 with their groups, the classification and the SKOS concepts."""
    out: list[Triple] = []
    for c in pycountry.countries:
        label, *alt = _iso_names(c)
        out += country_triples(c.alpha_3, label, alt)
    out += _classification_triples()
    out += concept_triples()
    return tuple(out)


def _iso_names(country: Any) -> list[str]:
    """A pycountry country's label (common name first), then its other names, sorted."""
    label = getattr(country, "common_name", None) or country.name
    return [
        label,
        *sorted({country.name, getattr(country, "official_name", country.name)} - {label}),
    ]


@cache
def _reference_names(iso3: str) -> frozenset[str]:
    """The alternative names the reference graph gives a country (none outside ISO 3166)."""
    country = pycountry.countries.get(alpha_3=iso3) if iso3 in reference_countries() else None
    return frozenset(_iso_names(country)[1:]) if country else frozenset()


def country_triples(iso3: str, label: str, alt_labels: Iterable[str]) -> list[Triple]:
    """Reference statements about one country: type, label, ISO code and group."""
    node = _country(iso3)
    out: list[Triple] = [
        (node, RDF.type, SCHEMA.Country),
        (node, RDFS.label, Literal(label)),
        (node, KGO.iso3, Literal(iso3)),
    ]
    out += [(node, SKOS.altLabel, Literal(a)) for a in alt_labels]
    group = country_group(iso3)
    if group:
        out.append((node, KGO.countryGroup, URIRef(concept_iri("group", group))))
        out.append((node, KGO.classifiedBy, classification_iri()))
    return out


def classification_iri() -> URIRef:
    """IRI of the classification every link class and country group cites."""
    return URIRef(entity_iri(f"classification/{CLASSIFICATION.key}/{CLASSIFICATION.version}"))


def _classification_triples() -> list[Triple]:
    node, c = classification_iri(), CLASSIFICATION
    out: list[Triple] = [
        (node, RDF.type, KGO.Classification),
        (node, DCTERMS.title, Literal(c.name)),
        (node, SCHEMA.version, Literal(c.version)),
        (node, SCHEMA.url, URIRef(c.url)),
        (node, DCTERMS.issued, date_literal(c.issued)),
        (node, RDFS.comment, Literal(c.rule)),
    ]
    for source in (c.south, c.north):
        out.append((node, PROV.wasDerivedFrom, _source_iri(source)))
        out += _source_triples(source)
    return out


def _source_iri(source: Source) -> URIRef:
    return URIRef(entity_iri(f"dataset/{source.key}"))


def _source_triples(source: Source) -> list[Triple]:
    node = _source_iri(source)
    return [
        (node, RDF.type, SCHEMA.Dataset),
        (node, DCTERMS.title, Literal(source.title)),
        (node, SCHEMA.version, Literal(source.version)),
        (node, SCHEMA.url, URIRef(source.url)),
        (node, DCTERMS.issued, date_literal(source.issued)),
    ]


@cache
def concept_triples() -> tuple[Triple, ...]:
    """The SKOS concept schemes of ontology/kg.ttl (mechanisms, kinds, statuses, …)."""
    ontology = Graph(bind_namespaces="none").parse(ontology_file("kg.ttl"), format="turtle")
    return tuple(
        sorted(t for t in ontology if isinstance(t[0], URIRef) and t[0].startswith(str(CONCEPT)))
    )


# -- writing ----------------------------------------------------------------------------------


def serialize(
    ds: Dataset, path: str | Path, format: str, *, spool: GraphSpool | None = None
) -> Path:
    """Write ``ds`` atomically as trig, nquads (named graphs), turtle or jsonld (merged).

    Graphs come by name and statements in N-Triples line order (``kg.graphtext``), so
    identical datasets give identical bytes. Graphs a build's ``spool`` holds are copied
    from it instead of being read back from the store.
    """
    if format not in FORMATS:
        raise KgError(f"unknown graph format {format!r}: use {', '.join(FORMATS)}")
    store = ox_store(ds)
    with atomic_open(path, "wb") as out:
        if format == "trig":
            write_trig(_graph_texts(store, spool, format), out)
        elif format == "turtle":
            write_turtle(_graph_texts(store, spool, format), out)
        else:
            _WRITERS[format](store, out)
    return Path(path)


def ox_store(data: Dataset | Graph) -> ox.Store:
    """The Oxigraph store holding ``data``, or a copy of it in one (a lone graph's triples
    go to the default graph)."""
    if isinstance(data, Dataset) and isinstance(data.store, OxigraphStore):
        return data.store._inner
    store = ox.Store()
    if isinstance(data, Dataset):
        store.extend(ox_quads(data))
    else:
        store.extend(ox.Quad(*_ox_triple(t), ox.DefaultGraph()) for t in data)
    return store


def _graph_names(store: ox.Store) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
    """The default graph, then the named graphs by name: the order of every graph file."""
    return [ox.DefaultGraph(), *sorted(store.named_graphs(), key=lambda g: g.value)]


def _graph_texts(store: ox.Store, spool: GraphSpool | None, target: str) -> Iterator[GraphText]:
    """Each non-empty graph formatted for the ``target`` file, from the spool when it holds
    the graph."""
    held = spool.names() if spool else set()
    for name in _graph_names(store):
        if spool and isinstance(name, ox.NamedNode) and name.value in held:
            yield spool.get(name.value, target)
            continue
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
        if data:
            named = None if isinstance(name, ox.DefaultGraph) else name
            yield dumped_graph_text(named, data, target)


def _graph_lines(store: ox.Store) -> Iterator[tuple[ox.NamedNode | None, list[bytes]]]:
    """Each non-empty graph's N-Triples lines, sorted, in graph order. One graph at a time,
    so memory holds one graph's text."""
    for name in _graph_names(store):
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
        if data:
            yield (name if isinstance(name, ox.NamedNode) else None), sorted(data.splitlines())


def _write_nquads(store: ox.Store, out: IO[bytes]) -> None:
    for name, lines in _graph_lines(store):
        suffix = f" {name} .\n".encode() if name else b" .\n"
        out.write(b"".join(line[:-2] + suffix for line in lines))


def _write_jsonld(store: ox.Store, out: IO[bytes]) -> None:
    """The merged statements of the Turtle file, as JSON-LD (one merging rule for both)."""
    turtle = io.BytesIO()
    write_turtle(_graph_texts(store, None, "turtle"), turtle)
    write_jsonld(ox.parse(turtle.getvalue(), format=ox.RdfFormat.TURTLE), out)


_WRITERS: dict[str, Callable[[ox.Store, IO[bytes]], None]] = {
    "nquads": _write_nquads,
    "jsonld": _write_jsonld,
}


def ox_quads(ds: Dataset) -> Iterator[ox.Quad]:
    """The quads of any store as pyoxigraph terms (read directly from an Oxigraph store)."""
    if isinstance(ds.store, OxigraphStore):
        yield from ds.store._inner.quads_for_pattern(None, None, None, None)
        return
    for s, p, o, g in ds.quads((None, None, None, None)):
        graph = ox.DefaultGraph() if g in (None, DATASET_DEFAULT_GRAPH_ID) else to_ox(g)
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)


def ntriples(triples: Iterable[Triple]) -> bytes:
    """``triples`` as N-Triples (UTF-8), e.g. a graph to send to a Graph Store endpoint."""
    data = (ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples)
    return ox.serialize(data, format=ox.RdfFormat.N_TRIPLES) or b""


def _ox_triple(triple: Triple) -> tuple[Any, Any, Any]:
    return to_ox(triple[0]), to_ox(triple[1]), to_ox(triple[2])


def to_ox(term: Any) -> Any:
    """An rdflib term (or graph, for its name) as a pyoxigraph term."""
    if type(term) is URIRef:
        return ox.NamedNode(term)
    if isinstance(term, Graph):
        term = term.identifier
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        datatype = ox.NamedNode(str(term.datatype)) if term.datatype else None
        return ox.Literal(str(term), datatype=datatype)
    return ox.NamedNode(str(term))


def from_ox_triple(t: ox.Triple) -> Triple:
    """A pyoxigraph triple as rdflib terms (xsd:string literals become plain literals)."""
    return from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)


def from_ox(term: Any) -> Node:
    """A pyoxigraph term as an rdflib term (xsd:string literals become plain literals)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = None if term.datatype.value == str(XSD.string) else URIRef(term.datatype.value)
    return Literal(term.value, datatype=datatype)


# -- counting ---------------------------------------------------------------------------------

#: Distinct entities first: the union of document graphs is a bag on Oxigraph (each graph
#: repeats the type of the entities it names), and counting over it grows with its square.
_STATS_QUERY = """
SELECT ?type (COUNT(?e) AS ?n) WHERE {
  { SELECT DISTINCT ?e ?type WHERE { { SELECT DISTINCT ?e WHERE { ?d schema:mentions ?e } }
                                     ?e a ?type } }
} GROUP BY ?type
"""


def dataset_stats(ds: Dataset) -> dict[str, Any]:
    """Counts for the build summary: documents, entities by type, partnerships, statements."""
    names = {str(iri): name for name, iri in ENTITY_CLASSES.items()}
    entities = {name: 0 for name in ENTITY_CLASSES}
    for kind, count in select(ds, _STATS_QUERY):
        if str(kind) in names:
            entities[names[str(kind)]] = int(count)
    return {
        "documents": _count(ds, "?x a kgo:Document"),
        "entities": entities,
        "partnerships": _count(ds, "?x a kgo:Partnership"),
        "triples": statement_count(ds),
    }


def statement_count(ds: Dataset) -> int:
    """Number of statements (quads) in ``ds``, counted by Oxigraph itself when it holds them."""
    if isinstance(ds.store, OxigraphStore):
        return len(ds.store._inner)
    return sum(1 for _ in ds.quads((None, None, None, None)))


def _count(ds: Dataset, pattern: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?x WHERE {{ {pattern} }} }}"
    return int(select(ds, query)[0][0])


def select(ds: Dataset, query: str) -> list[tuple[Any, ...]]:
    """Rows of a trusted SELECT over ``ds`` (kg prefixes predeclared), as tuples of terms."""
    result = ds.query(query, initNs={p: str(n) for p, n in PREFIXES.items()})
    names = result.vars or []
    return [tuple(binding.get(v) for v in names) for binding in result.bindings]
