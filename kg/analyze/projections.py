"""Networks projected straight from the RDF dataset (no second source of truth).

Every projection reads the dataset with the SPARQL queries below, run over the union
default graph (`rdflib.Dataset(default_union=True)`), and builds NetworkX graphs whose
node and edge attributes follow "Networks" in docs/architecture.md. The queries are
deliberately flat (one row per triple of interest, no cross products of OPTIONALs), so
their cost grows with the number of partnership triples.
"""

# G, H, M …: NetworkX's and linear algebra's names for graphs and matrices.
# ruff: noqa: N803, N806

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from operator import attrgetter
from typing import Any
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset

from kg.errors import KgError
from kg.memory import paused_gc
from kg.namespaces import KG, PREFIXES, entity_iri, sparql_prefixes

_P = sparql_prefixes()

#: Entity classes of the RDF model and the ``type`` attribute their nodes get.
#: One query per entity attribute, each DISTINCT: every document graph repeats the
#: descriptions of the entities it names, and one query joining several OPTIONAL attributes
#: over the union of graphs multiplies those copies (d documents, k attributes: d**k rows).
ENTITY_ATTRIBUTE_QUERIES: dict[str, str] = {
    "type": _P
    + """SELECT DISTINCT ?e ?value WHERE {
  VALUES (?class ?value) {
    (schema:Country "Country") (org:Organization "Organization") (schema:Project "Programme")
    (kgo:Agreement "Agreement") (schema:Place "Place") (schema:Person "Person")
  }
  ?e a ?class .
}""",
    "label": _P + "SELECT DISTINCT ?e ?value WHERE { ?e rdfs:label ?value }",
    "iso3": _P + "SELECT DISTINCT ?e ?value WHERE { ?e kgo:iso3 ?value }",
    # Each home once before the join: every document graph naming an organization
    # repeats its home country (10 times faster at 2,100 reports).
    "home": _P
    + """SELECT DISTINCT ?e ?value WHERE {
  { SELECT DISTINCT ?e ?home WHERE { ?e kgo:homeCountry|schema:containedInPlace ?home } }
  ?home kgo:iso3 ?value
}""",
    "group": _P + "SELECT DISTINCT ?e ?value WHERE { ?e kgo:countryGroup ?value }",
}

ALIASES_QUERY = _P + "SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias }"

#: The single-valued attributes of a partnership, by `PartnershipRecord` field name.
_SINGLE_PROPERTIES = {
    "mechanism": "kgo:mechanism",
    "kind": "kgo:kind",
    "status": "kgo:status",
    "link_class": "kgo:linkClass",
    "date": "dcterms:date",
    "confidence": "kgo:confidence",
    "document": "prov:wasDerivedFrom",
}

#: One row per partnership with its single-valued attributes, then its evidence (source
#: document, quote, start and end). The shapes allow at most one of each attribute
#: (``sh:maxCount 1``) and a partnership is stated in its own document's graph only, so
#: these OPTIONALs cannot multiply rows on a valid graph (should one break that, the least
#: value wins, and the least evidence row). Index lookups from each partnership: 2.5 times
#: faster than one flat query per attribute. The evidence rides along in the same query
#: (a second query joining the partnerships again cost 0.35 s more at 10,000 reports);
#: no DISTINCT, since Python keeps the least values anyway.
PARTNERSHIPS_QUERY = (
    _P
    + "SELECT ?p ?"
    + " ?".join(_SINGLE_PROPERTIES)
    + " ?evidence_document ?quote ?start ?end WHERE {\n  ?p a kgo:Partnership .\n"
    + "".join(f"  OPTIONAL {{ ?p {prop} ?{name} }}\n" for name, prop in _SINGLE_PROPERTIES.items())
    + """  OPTIONAL {
    ?p kgo:evidence ?ev .
    OPTIONAL { ?ev oa:hasSource ?evidence_document }
    OPTIONAL { ?ev oa:hasSelector ?qs . ?qs oa:exact ?quote }
    OPTIONAL { ?ev oa:hasSelector ?ps . ?ps oa:start ?start ; oa:end ?end }
  }
}"""
)

#: The members of each partnership, one flat query per property, one row per
#: (partnership, member), by `PartnershipRecord` field name. No join and no DISTINCT:
#: a partnership's statements are in its own document's graph only, so the bag union
#: repeats none of them; Python drops other subjects and any repeat, which costs less
#: (DISTINCT made these queries 60% slower).
PARTNERSHIP_MEMBER_QUERIES: dict[str, str] = {
    field: _P + f"SELECT ?p ?value WHERE {{ ?p {prop} ?value }}"
    for field, prop in {
        "partners": "kgo:partner",
        "countries": "kgo:involvesCountry",
        "funders": "schema:funder",
        "programmes": "kgo:underProgramme",
    }.items()
}

#: Notations of the SKOS concepts (mechanism, kind, status, link class): few rows.
NOTATIONS_QUERY = (
    _P + "SELECT DISTINCT ?concept ?notation WHERE { ?concept skos:notation ?notation }"
)

DOCUMENTS_QUERY = (
    _P
    + "SELECT ?d ?id ?date WHERE { ?d a kgo:Document ; dcterms:identifier ?id"
    + " OPTIONAL { ?d dcterms:date ?date } }"
)

#: The classification that assigned link classes, and the datasets it was derived from.
#: The classifications are found first (DISTINCT over one triple pattern), so the
#: OPTIONALs run once per classification instead of once per partnership.
_CLASSIFICATIONS = """{ SELECT DISTINCT ?c WHERE { ?x kgo:classifiedBy ?c } }
  FILTER EXISTS { ?p kgo:classifiedBy ?c ; a kgo:Partnership }"""

CLASSIFICATION_QUERY = (
    _P
    + f"""
SELECT DISTINCT ?c ?title ?version ?url ?issued WHERE {{
  {_CLASSIFICATIONS}
  OPTIONAL {{ ?c dcterms:title ?title }}
  OPTIONAL {{ ?c schema:version ?version }}
  OPTIONAL {{ ?c schema:url ?url }}
  OPTIONAL {{ ?c dcterms:issued ?issued }}
}}"""
)

CLASSIFICATION_SOURCES_QUERY = (
    _P
    + f"""
SELECT DISTINCT ?c ?s ?title ?version ?url ?issued WHERE {{
  {_CLASSIFICATIONS}
  ?c prov:wasDerivedFrom ?s .
  OPTIONAL {{ ?s dcterms:title ?title }}
  OPTIONAL {{ ?s schema:version ?version }}
  OPTIONAL {{ ?s schema:url ?url }}
  OPTIONAL {{ ?s dcterms:issued ?issued }}
}}"""
)

#: Every IRI-to-IRI statement except typing: the edges of the full multigraph.
STATEMENTS_QUERY = (
    _P + "SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?s) && isIRI(?o) && ?p != rdf:type) }"
)

#: Single-valued attributes whose value is a SKOS concept (read as its notation) or an IRI.
_CONCEPTS = ("mechanism", "kind", "status", "link_class", "document")
_KEY_TYPES = {
    "country": "Country",
    "organization": "Organization",
    "programme": "Programme",
    "agreement": "Agreement",
    "place": "Place",
    "person": "Person",
    "partnership": "Partnership",
    "document": "Document",
}


@dataclass(frozen=True)
class PartnershipRecord:
    """One partnership as read from the graph; `as_dict` is the edge-attribute form.

    Each tuple of members (partners, countries, funders, programmes) is sorted, without repeats.
    """

    iri: str
    partners: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    funders: tuple[str, ...] = ()
    programmes: tuple[str, ...] = ()
    mechanism: str | None = None
    kind: str | None = None
    status: str | None = None
    link_class: str | None = None
    date: str | None = None
    confidence: float | None = None
    document: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    reported: str | None = None  # the date of the report it was read from

    @cached_property
    def year(self) -> int | None:
        """The year of ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), else of the report
        it comes from: the partnership existed by the day it was reported. Cached: the
        networks, the summary and the timeline each read it."""
        head = (self.date or self.reported or "")[:4]
        return int(head) if head.isdigit() else None

    def as_dict(self) -> dict[str, Any]:
        """The dict stored in an edge's ``partnerships`` list (docs/architecture.md).

        Spelled out rather than built with ``getattr`` in a loop: the networks of 10,000
        reports call this 170,000 times.
        """
        return {
            "iri": self.iri,
            "mechanism": self.mechanism,
            "kind": self.kind,
            "status": self.status,
            "date": self.date,
            "link_class": self.link_class,
            "confidence": self.confidence,
            "quote": self.quote,
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "reported": self.reported,
        }


#: What an edge keeps of one partnership: record dict, mechanism, link class, year.
EdgeEntry = tuple[dict[str, Any], str | None, str | None, int | None]


@dataclass(frozen=True)
class GraphModel:
    """The parts of the dataset every projection needs, read once."""

    entities: dict[str, dict[str, Any]]
    partnerships: tuple[PartnershipRecord, ...]
    classification: tuple[dict[str, Any], ...] = field(default=())

    @cached_property
    def edge_entries(self) -> tuple[EdgeEntry, ...]:
        """Per partnership (same order): its record dict, mechanism, link class and year.

        Made once per model, so the country and organization networks share each
        partnership's record dict, as the edges of one network already do.
        """
        return tuple(
            (record.as_dict(), record.mechanism, record.link_class, record.year)
            for record in self.partnerships
        )

    def node_attrs(self, iri: str) -> dict[str, Any]:
        """Node attributes of an entity; unknown IRIs get a type and label from their key."""
        return dict(self.entities.get(iri) or _fallback_attrs(iri))

    def node_type(self, iri: str) -> str:
        """The ``type`` attribute `node_attrs` gives ``iri``."""
        known = self.entities.get(iri)
        return str(known["type"]) if known else str(_fallback_attrs(iri)["type"])


# ---------------------------------------------------------------- reading the dataset


Row = tuple[str | None, ...]


def _rows(ds: Dataset, query: str) -> list[Row]:
    """The rows of a SELECT query as tuples of IRIs and lexical forms (unbound: None).

    On an Oxigraph store the query goes straight to pyoxigraph, skipping the conversion
    of every result term to rdflib (most of the cost on large results); the answers are
    the same strings either way.
    """
    if isinstance(ds.store, OxigraphStore):
        union = bool(ds.default_union)
        solutions = ds.store._inner.query(query, use_default_graph_as_union=union)
        assert isinstance(solutions, ox.QuerySolutions)  # every query here is a SELECT
        return [tuple([None if v is None else v.value for v in row]) for row in solutions]
    return [tuple(None if v is None else str(v) for v in row) for row in ds.query(query)]  # type: ignore[union-attr]


def _first(values: Iterable[str | None]) -> str | None:
    present = sorted(v for v in values if v is not None)
    return present[0] if present else None


def _key_of(iri: str) -> str:
    return unquote(iri[len(str(KG)) :]) if iri.startswith(str(KG)) else iri


def _fallback_attrs(iri: str) -> dict[str, Any]:
    key = _key_of(iri)
    kind, _, rest = key.partition("/")
    attrs: dict[str, Any] = {"label": rest or key, "type": _KEY_TYPES.get(kind, "Entity")}
    attrs["aliases"] = []
    if kind == "country":
        attrs.update(iso3=rest, global_south=None)
    return attrs


def _group_flag(groups: set[str]) -> bool | None:
    if any(g.endswith("/global-south") for g in groups):
        return True
    if any(g.endswith("/global-north") for g in groups):
        return False
    return None


def _read_entities(ds: Dataset) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name, query in ENTITY_ATTRIBUTE_QUERIES.items():
        for e, value in _rows(ds, query):
            if name == "type" or str(e) in rows:  # only entities of a known type
                rows[str(e)][name].add(str(value))
    aliases: dict[str, set[str]] = defaultdict(set)
    for e, alias in _rows(ds, ALIASES_QUERY):
        aliases[str(e)].add(str(alias))
    return {iri: _entity_attrs(iri, cell, aliases[iri]) for iri, cell in sorted(rows.items())}


def _entity_attrs(iri: str, cell: dict[str, set[str]], aliases: set[str]) -> dict[str, Any]:
    typ = _first(cell["type"]) or "Entity"
    attrs: dict[str, Any] = {"label": _first(cell["label"]) or _fallback_attrs(iri)["label"]}
    attrs["type"] = typ
    attrs["aliases"] = sorted(aliases)
    if typ == "Country":
        attrs["iso3"] = _first(cell["iso3"]) or _fallback_attrs(iri).get("iso3")
        attrs["global_south"] = _group_flag(cell["group"])
    elif typ in ("Organization", "Place"):
        attrs["country"] = _first(cell["home"])
    return attrs


def _read_documents(ds: Dataset) -> dict[str, tuple[str, str | None]]:
    """Document IRI → its least identifier and least date (None when undated)."""
    ids: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, set[str]] = defaultdict(set)
    for d, ident, date in _rows(ds, DOCUMENTS_QUERY):
        ids[str(d)].add(str(ident))
        if date is not None:
            dates[str(d)].add(date)
    return {d: (min(found), min(dates[d], default=None)) for d, found in ids.items()}


def _pairs(ds: Dataset, query: str) -> list[tuple[str, str]]:
    """The rows of a two-column query whose columns are both bound."""
    return [(a, b) for a, b in _rows(ds, query) if a is not None and b is not None]


def _read_partnerships(ds: Dataset) -> tuple[PartnershipRecord, ...]:
    """Every typed partnership with a value of some attribute, sorted by IRI.

    Each query's rows are grouped in one pass into one dict per query keyed by
    partnership. The records are made in the order the queries return the partnerships
    (the same for every query) and sorted last: looking each partnership up in IRI order
    cost twice as much at 10,000 reports (every lookup a cache miss).
    """
    fields, valued = _read_attributes(ds, _read_notations(ds), _read_documents(ds))
    partners, countries, funders, programmes = (
        _all_values(_rows(ds, query), fields) for query in PARTNERSHIP_MEMBER_QUERIES.values()
    )
    no_members: tuple[tuple[str, ...], ...] = ((), (), (), ())
    records = []
    for iri, values in fields.items():
        members = (
            partners.get(iri, ()),
            countries.get(iri, ()),
            funders.get(iri, ()),
            programmes.get(iri, ()),
        )
        if members != no_members or iri in valued:
            records.append(PartnershipRecord(iri, *members, *values))
    records.sort(key=attrgetter("iri"))
    return tuple(records)


def _read_notations(ds: Dataset) -> dict[str, list[str]]:
    notations: dict[str, list[str]] = defaultdict(list)
    for concept, notation in _pairs(ds, NOTATIONS_QUERY):
        notations[concept].append(notation)
    return notations


#: Columns of a `PARTNERSHIPS_QUERY` row after ``?p`` that hold single values; the
#: evidence (document, quote, start, end) follows them.
_WIDTH = len(_SINGLE_PROPERTIES)


def _read_attributes(
    ds: Dataset, notations: dict[str, list[str]], docs: dict[str, tuple[str, str | None]]
) -> tuple[dict[str, tuple[Any, ...]], set[str]]:
    """Each typed partnership's `PartnershipRecord` fields from ``mechanism`` to
    ``reported``, in order, and the partnerships with a single value (evidence aside).

    The rows of `PARTNERSHIPS_QUERY` are read column by column, each distinct value
    converted once (10,000 reports: 90,000 rows, a few thousand distinct values). On a
    valid graph each partnership has one row; should one have several, its least single
    values and its least evidence are kept (see `_least_rows`).
    """
    rows = _rows(ds, PARTNERSHIPS_QUERY)
    if not rows:
        return {}, set()
    iris, *columns = zip(*rows, strict=True)
    for i, name in enumerate(_SINGLE_PROPERTIES):
        if name in _CONCEPTS:
            columns[i] = _converted(columns[i], partial(_notation, name, notations))
    if len(set(iris)) < len(iris):
        least = _least_rows(iris, zip(*columns, strict=True))
        iris, columns = tuple(least), list(zip(*least.values(), strict=True))
    no_values = (None,) * _WIDTH
    single = zip(*columns[:_WIDTH], strict=True)
    valued = {p for p, values in zip(iris, single, strict=True) if values != no_values}
    mechanism, kind, status, link_class, date, confidence, stated, found, quote, start, end = (
        columns
    )
    source = [evidence or document for evidence, document in zip(found, stated, strict=True)]
    described = _converted(source, lambda d: docs.get(d, (d, None)), unbound=(None, None))
    documents, reported = zip(*described, strict=True)
    fields = zip(
        mechanism,
        kind,
        status,
        link_class,
        date,
        _converted(confidence, float),
        documents,
        quote,
        _converted(start, int),
        _converted(end, int),
        reported,
        strict=True,
    )
    return dict(zip(iris, fields, strict=True)), valued


def _converted(
    column: Iterable[Any], read: Callable[[Any], Any], unbound: Any = None
) -> tuple[Any, ...]:
    """``read`` of each value of ``column``, None as ``unbound``; each distinct value read once."""
    values = list(column)
    found = {value: read(value) for value in set(values) - {None}}
    found[None] = unbound
    return tuple(map(found.__getitem__, values))


def _notation(name: str, notations: dict[str, list[str]], value: str) -> str:
    """The least notation of a concept (see `_concept_value`)."""
    return min(_concept_value(name, value, notations))


def _least_rows(iris: Iterable[str | None], values: Iterable[Row]) -> dict[str, Row]:
    """Per partnership, the least of each single value (a value beats unbound) and the
    least evidence (document, quote, start, end; unbound sorting as ``""``; first wins ties)."""
    least: dict[str, Row] = {}
    for p, row in zip(iris, values, strict=True):
        assert p is not None  # ?p is never unbound
        known = least.get(p)
        least[p] = row if known is None else _least_row(known, row)
    return least


def _least_row(known: Row, row: Row) -> Row:
    single = [
        new if old is None or (new is not None and new < old) else old
        for old, new in zip(known[:_WIDTH], row[:_WIDTH], strict=True)
    ]
    evidence = row[_WIDTH:] if _unbound_empty(row) < _unbound_empty(known) else known[_WIDTH:]
    return (*single, *evidence)


def _unbound_empty(row: Row) -> tuple[str, ...]:
    return tuple([v or "" for v in row[_WIDTH:]])


def _all_values(rows: Iterable[Row], subjects: dict[str, Row]) -> dict[str, tuple[str, ...]]:
    """Subject → its distinct values, sorted, for the keys of ``subjects`` (unbound: skipped)."""
    grouped: dict[str, set[str]] = {}
    for subject, value in rows:
        if value is None or subject not in subjects:
            continue
        found = grouped.get(subject)
        if found is None:
            grouped[subject] = {value}
        else:
            found.add(value)
    return {
        subject: (next(iter(values)),) if len(values) == 1 else tuple(sorted(values))
        for subject, values in grouped.items()
    }


def _concept_value(name: str, value: str, notations: dict[str, list[str]]) -> list[str]:
    """A concept's notations (else the last segment of its IRI); an IRI value as it is."""
    if value in notations:
        return notations[value]
    if name == "document":
        return [value]
    return [value.rstrip("/").rsplit("/", 1)[-1]]


def _described(row: Row) -> dict[str, str]:
    """``{"iri", "title", "version", "url", "issued"}`` of a description row (None left out)."""
    keys = ("iri", "title", "version", "url", "issued")
    return {k: str(v) for k, v in zip(keys, row, strict=True) if v is not None}


def _read_classification(ds: Dataset) -> tuple[dict[str, Any], ...]:
    sources: dict[str, list[dict[str, str]]] = defaultdict(list)
    for c, *source in _rows(ds, CLASSIFICATION_SOURCES_QUERY):
        sources[str(c)].append(_described(tuple(source)))
    found: dict[str, dict[str, Any]] = {}
    for row in _rows(ds, CLASSIFICATION_QUERY):
        found.setdefault(str(row[0]), _described(row))
    for iri, description in found.items():
        description["sources"] = sorted(sources[iri], key=lambda d: d["iri"])
    return tuple(found[iri] for iri in sorted(found))


def _curie(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if iri.startswith(str(ns)):
            return f"{prefix}:{iri[len(str(ns)) :]}"
    return iri


@paused_gc()
def load_model(ds: Dataset) -> GraphModel:
    """Read entities, partnerships and the classification source from ``ds`` once."""
    return GraphModel(
        entities=_read_entities(ds),
        partnerships=_read_partnerships(ds),
        classification=_read_classification(ds),
    )


# ---------------------------------------------------------------- building graphs


def _add_node(G: nx.Graph, model: GraphModel, iri: str) -> None:
    if iri not in G:
        G.add_node(iri, **model.node_attrs(iri))


@paused_gc()
def _pair_graph(
    name: str, model: GraphModel, members: Callable[[PartnershipRecord], Sequence[str]]
) -> nx.Graph:
    """Members of each partnership as nodes, each pair of them linked, one edge per pair.

    Edges gather their partnerships first and are added at once, with every attribute:
    ``weight``, ``partnerships`` (one record dict per partnership, shared by the edges of
    that partnership and by both networks), ``mechanisms``, ``link_classes`` and ``years``.
    """
    G = nx.Graph(name=name)
    seen: set[str] = set()
    pairs: dict[tuple[str, str], list[EdgeEntry]] = {}
    for record, entry in zip(model.partnerships, model.edge_entries, strict=True):
        present = members(record)  # sorted, without repeats
        for iri in present:
            if iri not in seen:
                seen.add(iri)
                G.add_node(iri, **model.node_attrs(iri))
        if len(present) < 2:
            continue
        for pair in itertools.combinations(present, 2):
            found = pairs.get(pair)
            if found is None:
                pairs[pair] = [entry]
            else:
                found.append(entry)
    G.add_edges_from(_edge_attrs(u, v, entries) for (u, v), entries in pairs.items())
    return G


def _edge_attrs(u: str, v: str, entries: list[EdgeEntry]) -> tuple[str, str, dict[str, Any]]:
    """The edge ``(u, v, attributes)`` of a pair's partnerships (see `_pair_graph`)."""
    records, mechanisms, link_classes, years = zip(*entries, strict=True)
    known_years = set(years)
    known_years.discard(None)
    return (
        u,
        v,
        {
            "weight": len(records),
            "partnerships": list(records),
            "mechanisms": sorted(filter(None, set(mechanisms))),
            "link_classes": sorted(filter(None, set(link_classes))),
            "years": sorted(known_years),
        },
    )


def country_graph(model: GraphModel) -> nx.Graph:
    """The country network of an already loaded `GraphModel` (see `country_network`)."""
    return _pair_graph("countries", model, lambda record: record.countries)


def organization_graph(model: GraphModel, *, include_countries: bool = True) -> nx.Graph:
    """The organization network of an already loaded `GraphModel`."""
    wanted = {"Organization", "Country"} if include_countries else {"Organization"}
    partners: set[str] = set().union(*(record.partners for record in model.partnerships))
    left_out = {p for p in partners if model.node_type(p) not in wanted}
    if not left_out:
        return _pair_graph("organizations", model, lambda record: record.partners)
    return _pair_graph(
        "organizations", model, lambda record: [p for p in record.partners if p not in left_out]
    )


def _partnership_attrs(record: PartnershipRecord) -> dict[str, Any]:
    attrs = record.as_dict()
    del attrs["iri"]
    label = " – ".join(filter(None, (record.mechanism, record.date))) or "partnership"
    return {"label": label, "type": "Partnership", "year": record.year, **attrs}


def bipartite_graph(model: GraphModel) -> nx.Graph:
    """The actor–partnership graph of an already loaded `GraphModel`."""
    G = nx.Graph(name="actors-partnerships")
    for record in model.partnerships:
        G.add_node(record.iri, bipartite=1, **_partnership_attrs(record))
        roles: dict[str, list[str]] = defaultdict(list)
        for iri in record.partners:
            roles[iri].append("partner")
        for iri in record.funders:
            roles[iri].append("funder")
        for iri, role in sorted(roles.items()):
            _add_node(G, model, iri)
            G.nodes[iri]["bipartite"] = 0
            G.add_edge(iri, record.iri, roles=role)
    return G


def country_network(ds: Dataset) -> nx.Graph:
    """Countries linked by the partnerships that involve them.

    Nodes are the countries some partnership involves (``kgo:involvesCountry``);
    countries of the reference data that no partnership involves are left out. A
    partnership involving *n* countries adds an edge for each of the n·(n-1)/2 pairs;
    ``weight`` counts the partnerships of a pair, ``partnerships`` lists them.
    """
    return country_graph(load_model(ds))


def organization_network(ds: Dataset, *, include_countries: bool = True) -> nx.Graph:
    """Actors linked by the partnerships they take part in together.

    Nodes are the organizations that are partners (``kgo:partner``) of some
    partnership and, with ``include_countries`` (the default), the countries that are
    themselves partners, so that an organization working with a government is not cut
    off from it. Two nodes are linked when they are partners of the same partnership.
    """
    return organization_graph(load_model(ds), include_countries=include_countries)


def actor_partnership_graph(ds: Dataset) -> nx.Graph:
    """The bipartite graph of actors (``bipartite=0``) and partnerships (``bipartite=1``).

    Partnership nodes carry the partnership's attributes (``mechanism``, ``date``,
    ``year``, ``link_class`` …); an edge's ``roles`` says whether the actor is a partner,
    a funder or both.
    """
    return bipartite_graph(load_model(ds))


def full_network(ds: Dataset) -> nx.MultiDiGraph:
    """Every typed entity, partnership and document, with one edge per statement.

    Edges are keyed by the predicate's prefixed name (``kgo:partner``,
    ``prov:wasDerivedFrom`` …) and carry ``predicate`` (the full IRI). Statements whose
    object is not a node of the graph (SKOS concepts, Wikidata IRIs) are left out;
    concepts appear as attributes of the partnership nodes instead. Nodes with no
    statement at all (the reference countries no document mentions) are dropped.
    """
    model = load_model(ds)
    G = nx.MultiDiGraph(name="full")
    for iri in model.entities:
        _add_node(G, model, iri)
    for record in model.partnerships:
        G.add_node(record.iri, **_partnership_attrs(record))
    for d, (ident, date) in sorted(_read_documents(ds).items()):
        G.add_node(d, label=ident, type="Document", date=date)
    rows = sorted((str(s), str(p), str(o)) for s, p, o in _rows(ds, STATEMENTS_QUERY))
    for s, p, o in rows:
        if s in G and o in G:
            G.add_edge(s, o, key=_curie(p), predicate=p)
    G.remove_nodes_from([n for n in list(G) if G.degree(n) == 0])
    return G


def resolve_node(G: nx.Graph, node_or_iso3: str) -> str:
    """The node of ``G`` named by an IRI, an ISO3 code or a label (case-insensitive)."""
    if node_or_iso3 in G:
        return node_or_iso3
    wanted = node_or_iso3.strip().casefold()
    iri = entity_iri(f"country/{node_or_iso3.strip().upper()}")
    if iri in G:
        return iri
    for attr in ("iso3", "label"):
        for node, value in G.nodes(data=attr):
            if isinstance(value, str) and value.casefold() == wanted:
                return str(node)
    network = G.graph.get("name", "")
    raise KgError(f"{node_or_iso3!r} is not in the {network} network: no partnership involves it")


def ego_network(G: nx.Graph, node_or_iso3: str, radius: int = 1) -> nx.Graph:
    """The subgraph within ``radius`` links of a node, named by IRI, ISO3 code or label.

    Directed graphs are walked in both directions. Raises `kg.errors.KgError` when no
    node matches.
    """
    center = resolve_node(G, node_or_iso3)
    ego = nx.ego_graph(G, center, radius=radius, undirected=G.is_directed())
    ego.graph["center"] = center
    return ego
