"""Check a graph against ontology/shapes.ttl with pyshacl, one named graph at a time.

Each document's graph is self-contained (its partnerships, evidence and document node), so
validating graph by graph gives the same verdict as the whole dataset at a fraction of the
cost, and says which document a violation comes from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, SH

from kg.rdf import from_ox_triple, ontology_file

#: Violations listed in the report; the rest are counted.
MAX_LINES = 50


@dataclass(frozen=True)
class ValidationResult:
    """The verdict: conforms, the number of violations, and a readable report (one per line)."""

    conforms: bool
    violations: int
    text: str


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes of ontology/shapes.ttl, parsed once."""
    return Graph(bind_namespaces="none").parse(ontology_file("shapes.ttl"), format="turtle")


def validate(data: Dataset | Graph) -> ValidationResult:
    """Validate every named graph of a dataset (or a single graph) against the shapes."""
    lines: list[str] = []
    for name, graph in _graphs(data):
        lines += [f"{name}: {line}" for line in _violations(graph)]
    count = len(lines)
    shown = lines[:MAX_LINES] + ([f"… and {count - MAX_LINES} more"] if count > MAX_LINES else [])
    text = "\n".join(shown) if lines else "conforms: no SHACL violations"
    return ValidationResult(conforms=count == 0, violations=count, text=text)


def _graphs(data: Dataset | Graph) -> Iterator[tuple[str, Graph]]:
    """(name, in-memory copy) of each non-empty graph: named graphs, then the default graph."""
    if not isinstance(data, Dataset):
        yield "graph", data
        return
    if isinstance(data.store, OxigraphStore):
        inner = data.store._inner
        for name in [*sorted(inner.named_graphs(), key=str), ox.DefaultGraph()]:
            quads = inner.quads_for_pattern(None, None, None, name)
            graph = _copy(from_ox_triple(q.triple) for q in quads)
            if len(graph):
                yield _label(name), graph
        return
    for context in sorted(data.graphs(), key=lambda g: str(g.identifier)):
        graph = _copy(context.triples((None, None, None)))
        if len(graph):
            yield _label(context.identifier), graph


def _copy(triples: Iterator) -> Graph:
    graph = Graph(bind_namespaces="none")
    for triple in triples:
        graph.add(triple)
    return graph


def _label(name: object) -> str:
    if isinstance(name, ox.DefaultGraph) or name == DATASET_DEFAULT_GRAPH_ID:
        return "default graph"
    return f"<{name.value if isinstance(name, ox.NamedNode) else name}>"


def _violations(graph: Graph) -> list[str]:
    """One line per SHACL result: focus node, path, value and message."""
    conforms, report, _ = shacl_validate(graph, shacl_graph=shapes_graph(), inference="none")
    if conforms:
        return []
    lines = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        parts = [f"<{report.value(result, SH.focusNode)}>"]
        path = report.value(result, SH.resultPath)
        if path is not None:
            parts.append(f"{_short(path)}:")
        message = report.value(result, SH.resultMessage)
        parts.append(str(message) if message is not None else "constraint violated")
        value = report.value(result, SH.value)
        if value is not None:
            parts.append(f"(value: {value})")
        lines.append(" ".join(parts))
    return sorted(lines)


def _short(path: object) -> str:
    text = str(path)
    if isinstance(path, URIRef):
        for sep in ("#", "/"):
            text = text.rsplit(sep, 1)[-1] if sep in text else text
    return text
