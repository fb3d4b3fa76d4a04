"""What both engines return: one Violation per SHACL result, and the report lines made of them."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

#: The label of a dataset's default graph, and of a lone rdflib Graph, in report lines.
DEFAULT_GRAPH = "default graph"
LONE_GRAPH = "graph"


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the graph it is in, focus node, short path, message and value."""

    graph: str
    focus: Node
    path: str | None
    message: str
    value: Node | None

    def line(self) -> str:
        """``<graph>: <focus> path: message (value: v)``, the format of `kg validate`."""
        parts = [f"<{self.focus}>"]
        if self.path is not None:
            parts.append(f"{self.path}:")
        parts.append(self.message)
        if self.value is not None:
            parts.append(f"(value: {self.value})")
        return f"{self.graph}: {' '.join(parts)}"


def sorted_lines(violations: list[Violation]) -> list[str]:
    """Report lines grouped by graph (named graphs by name, the default graph last), sorted."""

    def key(v: Violation) -> tuple[bool, str, str]:
        return v.graph in (DEFAULT_GRAPH, LONE_GRAPH), v.graph, v.line()

    return [v.line() for v in sorted(violations, key=key)]


def graph_label(name: object) -> str:
    """``<iri>`` of a named graph, ``default graph`` for the default one."""
    if isinstance(name, ox.DefaultGraph):
        return DEFAULT_GRAPH
    return f"<{name.value if isinstance(name, ox.NamedNode) else name}>"


def short_path(path: object) -> str:
    """The local name of a predicate path (``kgo:partner`` → ``partner``); other paths as text."""
    text = str(path)
    if isinstance(path, URIRef):
        for sep in ("#", "/"):
            text = text.rsplit(sep, 1)[-1] if sep in text else text
    return text
