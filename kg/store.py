"""Where the graph lives, chosen by a spec string: memory, rdflib or oxigraph:PATH.

Every store is an rdflib ``Dataset`` whose default graph is the union of its named graphs,
so the rest of kg reads and queries it the same way whatever holds the triples. A remote
``sparql:URL`` store (not yet written) fits the same shape: a Dataset over rdflib's
SPARQLUpdateStore, ``add`` replacing the document's graph (Graph Store PUT or DROP + INSERT
DATA), ``remove`` a DROP GRAPH, ``documents`` the same SELECT.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import NamespaceManager

from kg import rdf
from kg.errors import KgError, StoreError
from kg.namespaces import PREFIXES
from kg.types import Extraction

SPECS = "memory | rdflib | oxigraph:PATH"

#: Graph file suffixes `load_dataset` reads, with their parser format.
SUFFIXES: dict[str, ox.RdfFormat] = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
}


class Store:
    """A dataset of document graphs that can be added to, replaced and removed from."""

    def __init__(self, spec: str, dataset: Dataset) -> None:
        self.spec = spec
        self.dataset = dataset

    def add(self, extraction: Extraction) -> None:
        """Add a document's graph, replacing the graph it had."""
        rdf.add_extraction(self.dataset, extraction)

    def remove(self, doc_id: str) -> None:
        """Drop a document's graph; unknown documents raise StoreError."""
        if doc_id not in self.documents():
            raise StoreError(f"{self.spec}: no document {doc_id!r} in the store")
        rdf.remove_document(self.dataset, doc_id)

    def documents(self) -> list[str]:
        """Ids of the documents in the store, sorted."""
        query = "SELECT DISTINCT ?id WHERE { ?d a kgo:Document ; dcterms:identifier ?id }"
        return sorted(str(row[0]) for row in rdf.select(self.dataset, query))

    def close(self) -> None:
        """Release the store (flushes and unlocks an on-disk Oxigraph store)."""
        self.dataset.close()


def open_store(spec: str | None = None) -> Store:
    """Open the store named by ``spec`` (default ``memory``); unknown specs raise StoreError."""
    spec = spec or "memory"
    if spec == "memory":
        return Store(spec, new_dataset(OxigraphStore()))
    if spec == "rdflib":
        return Store(spec, new_dataset("default"))
    kind, _, where = spec.partition(":")
    if kind == "oxigraph" and where:
        inner = _open_oxigraph(Path(where).expanduser())
        return Store(spec, new_dataset(OxigraphStore(store=inner)))
    raise StoreError(f"unknown store {spec!r}: use {SPECS}")


def _open_oxigraph(path: Path) -> ox.Store:
    if path.exists() and not path.is_dir():
        raise StoreError(f"oxigraph:{path}: not a folder")
    try:
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"oxigraph:{path}: cannot open the store ({_one_line(exc)})") from exc


def new_dataset(store: OxigraphStore | str) -> Dataset:
    """An empty-or-existing Dataset over ``store``, union default graph, kg prefixes only."""
    ds = Dataset(store=store, default_union=True)
    ds.namespace_manager = NamespaceManager(ds, bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        ds.bind(prefix, namespace, override=True, replace=True)
    return ds


def load_dataset(path: str | Path, *, store: str = "memory") -> Dataset:
    """Read a TriG, N-Quads, Turtle, N-Triples or JSON-LD file into a new dataset."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise KgError(f"{path}: unknown graph file type (use {', '.join(SUFFIXES)})")
    if not path.is_file():
        raise KgError(f"{path}: no such graph file")
    ds = open_store(store).dataset
    try:
        quads = list(ox.parse(path=str(path), format=SUFFIXES[path.suffix.lower()]))
    except SyntaxError as exc:
        raise KgError(f"{path}: line {exc.lineno}: {_parser_message(exc)}") from exc
    except (OSError, ValueError) as exc:
        raise KgError(f"{path}: {_one_line(exc)}") from exc
    _add_ox_quads(ds, quads)
    return ds


def _add_ox_quads(ds: Dataset, quads: list[ox.Quad]) -> None:
    if isinstance(ds.store, OxigraphStore):
        ds.store._inner.extend(quads)
        return
    graphs: dict[str, Graph] = {}
    batch = []
    for q in quads:
        name = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        if name not in graphs:
            graphs[name] = ds.graph(URIRef(name)) if name else ds.default_graph
        batch.append((*rdf.from_ox_triple(q.triple), graphs[name]))
    ds.addN(batch)


def _parser_message(exc: SyntaxError) -> str:
    message = str(exc.args[0]) if exc.args else str(exc)
    return _one_line(message.split(": ", 1)[-1])


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())
