"""The reference engine: pyshacl on an in-memory copy of each named graph, one at a time.

Slow (about 0.1 s per document graph) but independent of the compiled engine, so the tests
compare the two on the bundled reports and on mutated copies of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.rdf import from_ox_triple
from kg.validate.report import Violation, graph_label, short_path


def violations(data: Dataset | Graph, shapes: Graph) -> list[Violation]:
    """Every SHACL result of every non-empty graph of ``data``, validated graph by graph."""
    found: list[Violation] = []
    for label, graph in _graphs(data):
        found += _violations(label, graph, shapes)
    return found


def _graphs(data: Dataset | Graph) -> Iterator[tuple[str, Graph]]:
    """(label, in-memory copy) of each non-empty graph: named graphs, then the default graph."""
    if not isinstance(data, Dataset):
        yield "graph", data
        return
    if isinstance(data.store, OxigraphStore):
        inner = data.store._inner
        for name in [*sorted(inner.named_graphs(), key=str), ox.DefaultGraph()]:
            quads = inner.quads_for_pattern(None, None, None, name)
            graph = _copy(from_ox_triple(q.triple) for q in quads)
            if len(graph):
                yield graph_label(name), graph
        return
    for context in sorted(data.graphs(), key=lambda g: str(g.identifier)):
        graph = _copy(context.triples((None, None, None)))
        if len(graph):
            ident = context.identifier
            default = ident == DATASET_DEFAULT_GRAPH_ID
            yield graph_label(ox.DefaultGraph() if default else ident), graph


def _copy(triples: Iterable[tuple[Node, Node, Node]]) -> Graph:
    graph = Graph(bind_namespaces="none")
    for triple in triples:
        graph.add(triple)
    return graph


def _violations(label: str, graph: Graph, shapes: Graph) -> list[Violation]:
    """One Violation per sh:ValidationResult of pyshacl's report on ``graph``."""
    from pyshacl import validate as shacl_validate

    conforms, report, _ = shacl_validate(graph, shacl_graph=shapes, inference="none")
    if conforms:
        return []
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        message = report.value(result, SH.resultMessage)
        path = report.value(result, SH.resultPath)
        found.append(
            Violation(
                graph=label,
                focus=report.value(result, SH.focusNode),
                path=None if path is None else short_path(path),
                message=str(message) if message is not None else "constraint violated",
                value=report.value(result, SH.value),
            )
        )
    return found
