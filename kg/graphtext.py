"""Graph files as text: each graph formatted on its own, in one canonical order.

Every graph file lists its graphs by name (the default graph first) and each graph's
statements in N-Triples line order, so identical datasets give identical bytes. Because
each graph is formatted on its own, a build's workers can format their documents' graphs
as they model them (``GraphText``), and the build writes its files by copying that text
(``GraphSpool``) instead of reading four million statements back out of the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import groupby
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import KgError
from kg.namespaces import KG, PREFIXES
from kg.types import GraphText

#: Subjects minted per document (N-Triples line starts): no other graph states them, so the
#: merged Turtle file never has to compare their statements with other graphs'.
PER_DOCUMENT = tuple(
    f"<{KG}{kind}/" for kind in ("document", "graph", "evidence", "fact", "partnership")
)


def graph_text(name: str | None, statements: Iterable[tuple[str, str, str]]) -> GraphText:
    """``statements`` (subject, predicate, object as N-Triples term text, e.g. ``<iri>``) of
    the graph named by the IRI ``name`` (None: the default graph) formatted for the graph
    files; duplicates are dropped and the rest put in N-Triples line order (sorting the
    statements' text gives it: where one statement's text begins another's, the longer goes
    on with "@", "^" or "-", which sort after the " ." that ends the shorter's line).

    The lines are sorted as text and Oxigraph parses them back for TriG and Turtle: making a
    Python quad per statement and formatting it for its sort key cost more than the rest."""
    ordered = sorted({f"{s} {p} {o}" for s, p, o in statements})
    own = [line for line in ordered if line.startswith(PER_DOCUMENT)]
    shared = "".join(f"{line} .\n" for line in ordered if not line.startswith(PER_DOCUMENT))
    end = f" <{name}> .\n" if name else " .\n"
    return GraphText(
        _formatted(_parsed(ordered, end, ox.RdfFormat.N_QUADS), ox.RdfFormat.TRIG),
        _formatted(_parsed(own, " .\n", ox.RdfFormat.N_TRIPLES), ox.RdfFormat.TURTLE),
        shared.encode(),
    )


def _parsed(lines: list[str], end: str, syntax: ox.RdfFormat) -> Iterator[Any]:
    """Statement ``lines`` (without their ``end``) parsed in order as ``syntax``. Leniently
    (IRIs unchecked, which halves the time): kg minted the IRIs or Oxigraph checked them
    when the modelling wrote them (``kg.rdf``)."""
    return ox.parse("".join(line + end for line in lines), format=syntax, lenient=True)


def dumped_graph_text(
    name: ox.NamedNode | ox.BlankNode | None, ntriples: bytes, target: str
) -> GraphText:
    """A graph a store dumped as N-Triples, formatted for the ``target`` file only ("trig" or
    "turtle"): Oxigraph parses the sorted lines and writes them without Python terms."""
    lines = sorted(ntriples.splitlines())
    if target == "trig":
        suffix = f" {name} .\n".encode() if name else b" .\n"
        quads = ox.parse(
            b"".join(line[:-2] + suffix for line in lines), format=ox.RdfFormat.N_QUADS
        )
        return GraphText(_formatted(quads, ox.RdfFormat.TRIG))
    own = tuple(prefix.encode() for prefix in PER_DOCUMENT)
    own_lines = b"".join(line + b"\n" for line in lines if line.startswith(own))
    shared = b"".join(line + b"\n" for line in lines if not line.startswith(own))
    triples = ox.parse(own_lines, format=ox.RdfFormat.N_TRIPLES)
    return GraphText(b"", _formatted(triples, ox.RdfFormat.TURTLE), shared)


def trig_document(blocks: Iterable[bytes]) -> bytes:
    """TriG blocks made by ``graph_text`` as one TriG document (the prefix lines first)."""
    return prefix_header() + b"".join(blocks)


def write_trig(graphs: Iterable[GraphText], out: IO[bytes]) -> None:
    """A TriG file of ``graphs`` (already in graph order)."""
    out.write(prefix_header())
    for graph in graphs:
        out.write(graph.trig)


def write_turtle(graphs: Iterable[GraphText], out: IO[bytes]) -> None:
    """The merged Turtle file of ``graphs``: each graph's shared statements that no earlier
    graph stated, then its own statements. Only shared lines are kept to compare."""
    out.write(prefix_header())
    seen: set[bytes] = set()
    for graph in graphs:
        fresh = [line for line in graph.shared.splitlines() if line not in seen]
        seen.update(fresh)
        if fresh:
            statements = ox.parse(b"\n".join(fresh), format=ox.RdfFormat.N_TRIPLES)
            out.write(_formatted([q.triple for q in statements], ox.RdfFormat.TURTLE))
        out.write(graph.own_turtle)


def write_jsonld(triples: Iterable[ox.Triple], out: IO[bytes]) -> None:
    """``triples`` as compacted JSON-LD: an ``@context`` of the prefix table, then one node
    object per run of statements about one subject, one per line (so diffs stay readable)."""
    out.write(b'{"@context": ' + json.dumps(jsonld_context(), indent=1).encode())
    out.write(b',\n"@graph": [')
    separator = b"\n"
    for subject, statements in groupby(triples, key=lambda t: t.subject):
        node: dict[str, Any] = {"@id": _compact_node(subject)}
        for triple in statements:
            key, value = _jsonld_entry(triple)
            node.setdefault(key, []).append(value)
        compacted = {k: v[0] if isinstance(v, list) and len(v) == 1 else v for k, v in node.items()}
        out.write(separator + json.dumps(compacted, ensure_ascii=False).encode())
        separator = b",\n"
    out.write(b"\n]}\n")


@cache
def jsonld_context() -> dict[str, str]:
    """The JSON-LD context: every prefix of the table (all end in "/" or "#", so JSON-LD
    1.1 reads ``country:IRN`` as a compact IRI)."""
    return {p: str(ns) for p, ns in sorted(PREFIXES.items())}


def _jsonld_entry(triple: ox.Triple) -> tuple[str, Any]:
    """The key and compacted value one statement adds to its subject's node object."""
    obj = triple.object
    if triple.predicate.value == _RDF_TYPE and isinstance(obj, ox.NamedNode | ox.BlankNode):
        return "@type", _compact_node(obj)
    key = _compact_iri(triple.predicate.value)
    if isinstance(obj, ox.Literal):
        if obj.language:
            return key, {"@value": obj.value, "@language": obj.language}
        if obj.datatype.value == _XSD_STRING:
            return key, obj.value
        return key, {"@value": obj.value, "@type": _compact_iri(obj.datatype.value)}
    return key, {"@id": _compact_node(obj)}


def _compact_node(term: Any) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else _compact_iri(term.value)


@cache
def _compact_iri(iri: str) -> str:
    """``iri`` as ``prefix:rest`` with the longest namespace of the table, else in full."""
    for prefix, namespace in _namespaces_longest_first():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    if iri.partition(":")[0] in jsonld_context():
        raise KgError(f"IRI {iri!r} would read as a compact IRI in JSON-LD")
    return iri


@cache
def _namespaces_longest_first() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(jsonld_context().items(), key=lambda item: (-len(item[1]), item[0])))


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _formatted(statements: Iterable[Any], target: ox.RdfFormat) -> bytes:
    """``statements`` (triples or quads, kept in order) in ``target`` without prefix lines."""
    text = ox.serialize(statements, format=target, prefixes=prefixes()) or b""
    header = prefix_header()
    if text and not text.startswith(header):
        raise KgError("Oxigraph wrote an unexpected prefix header")  # pragma: no cover
    return text[len(header) :]


@cache
def prefix_header() -> bytes:
    """The ``@prefix`` lines Oxigraph writes for ``prefixes()`` (it declares every one)."""
    iri = ox.NamedNode(f"{KG}x")
    text = ox.serialize([ox.Triple(iri, iri, iri)], format=ox.RdfFormat.TURTLE, prefixes=prefixes())
    end = 0
    while text and text.startswith(b"@prefix ", end):
        end = text.index(b"\n", end) + 1
    return (text or b"")[:end]


def prefixes() -> dict[str, str]:
    """The prefix table without ``kg`` and ``concept``, whose local names would need escapes
    (``kg:evidence\\/…``): those IRIs are written in full."""
    return {p: str(ns) for p, ns in sorted(PREFIXES.items()) if p not in ("kg", "concept")}


class GraphSpool:
    """Documents' graph text kept in a (temporary) file during a build, by graph name (the
    last text of a name wins, as in the store), to be written out in graph order."""

    def __init__(self, file: IO[bytes]) -> None:
        self._file = file
        self._where: dict[str, tuple[int, int, int, int]] = {}

    def add(self, name: str, text: GraphText) -> None:
        """Keep ``text`` as the graph ``name``'s."""
        start = self._file.seek(0, 2)
        self._file.write(text.trig + text.own_turtle + text.shared)
        self._where[name] = (start, len(text.trig), len(text.own_turtle), len(text.shared))

    def names(self) -> set[str]:
        """Names of the graphs held."""
        return set(self._where)

    def get(self, name: str) -> GraphText:
        """The text of the graph ``name``."""
        start, trig, own, shared = self._where[name]
        self._file.seek(start)
        data = self._file.read(trig + own + shared)
        return GraphText(data[:trig], data[trig : trig + own], data[trig + own :])
