"""Graph files as text: each graph formatted on its own, in one canonical order.

Every graph file lists its graphs by name (the default graph first) and each graph's
statements in N-Triples line order, so identical datasets give identical bytes. Because
each graph is formatted on its own, a build's workers can format their documents' graphs
as they model them (``GraphText``), and the build writes its files by copying that text
(``GraphSpool``) instead of reading four million statements back out of the store.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from itertools import groupby
from typing import IO, Any

import pyoxigraph as ox
from rdflib.namespace import RDF, XSD

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
    statements gives it: no subject or predicate IRI begins another, so it is the order of
    their lines' text).

    Written here as Oxigraph's TriG and Turtle writers write them (``turtle_term``): going
    through Oxigraph meant a Python quad per statement and cost most of the modelling."""
    own: list[str] = []
    every: list[str] = []
    shared: list[str] = []
    for subject, statements_of in _by_subject(statements):
        block = _turtle_block(subject, statements_of)
        every.append(block)
        if subject.startswith(PER_DOCUMENT):
            own.append(block)
        else:
            shared += (f"{s} {p} {o} .\n" for s, p, o in statements_of)
    trig = _trig_block(name, "".join(every))
    return GraphText(trig.encode(), "".join(own).encode(), "".join(shared).encode())


def _by_subject(
    statements: Iterable[tuple[str, str, str]],
) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Distinct ``statements`` by subject, subjects and each one's statements sorted (cheaper
    than sorting all statements: most share their subject with others)."""
    groups: dict[str, set[tuple[str, str, str]]] = {}
    for statement in statements:
        group = groups.get(statement[0])
        if group is None:
            group = groups[statement[0]] = set()
        group.add(statement)
    return [(subject, sorted(groups[subject])) for subject in sorted(groups)]


def _trig_block(name: str | None, turtle: str) -> str:
    """The Turtle of a graph's statements as its TriG block: inside ``name { … }``, every
    line one tab further in (literals escape their line breaks, so lines are statements')."""
    if not name or not turtle:
        return turtle
    indented = turtle[:-1].replace("\n", "\n\t")
    return f"{turtle_term(f'<{name}>')} {{\n\t{indented}\n}}\n"


def _turtle_block(subject: str, statements: list[tuple[str, str, str]]) -> str:
    """One subject's statements (sorted) in Turtle: predicates after ";", objects after ","."""
    known = _TURTLE_TERMS.get
    parts = [known(subject) or turtle_term(subject)]
    previous = ""
    for _, predicate, obj in statements:
        if predicate == previous:
            parts.append(" , ")
        else:
            parts += (" ;\n\t" if previous else " ", _turtle_predicate(predicate), " ")
            previous = predicate
        parts.append(known(obj) or (obj if obj[-1] == '"' else turtle_term(obj)))
    parts.append(" .\n")
    return "".join(parts)


@cache
def _turtle_predicate(term: str) -> str:
    return "a" if term == _RDF_TYPE_TERM else turtle_term(term)


def turtle_term(term: str) -> str:
    """An N-Triples term as Oxigraph writes it in Turtle with ``prefixes()``: IRIs as
    prefixed names when the local name needs no escape, integers and decimals bare, the
    datatypes of other typed literals as prefixed names; other literals as they are."""
    if term[0] == "<":
        return _turtle_iri(term)
    if term[0] != '"' or term[-1] != ">":
        return term  # a plain or language-tagged literal (or a blank node)
    known = _TURTLE_TERMS.get(term)
    if known is None:
        known = _TURTLE_TERMS[term] = _typed_literal(term)
    return known


def _typed_literal(term: str) -> str:
    quoted, _, datatype = term.rpartition("^^")
    inline = _INLINE.get(datatype)
    if inline is not None and inline.fullmatch(quoted, 1, len(quoted) - 1):
        return quoted[1:-1]
    return f"{quoted}^^{_turtle_iri(datatype)}"


def _turtle_iri(term: str) -> str:
    """An IRI term as a prefixed name when Oxigraph writes it as one; names kg mints are
    told by rule, and the rest are asked of Oxigraph once."""
    known = _TURTLE_TERMS.get(term)
    if known is not None:
        return known
    iri = term[1:-1]
    if not iri.startswith(_namespaces_tuple()):
        return term  # e.g. the IRIs of evidence and facts (no prefix but ``kg``)
    namespaces = [ns for ns in _namespaces() if iri.startswith(ns)]
    if len(namespaces) == 1 and _PLAIN_LOCAL.fullmatch(iri, len(namespaces[0])):
        text = f"{_namespaces()[namespaces[0]]}:{iri[len(namespaces[0]) :]}"
    else:
        text = _oxigraph_turtle_iri(iri)
    _TURTLE_TERMS[term] = text
    return text


def _oxigraph_turtle_iri(iri: str) -> str:
    """How Oxigraph writes the IRI ``iri`` in Turtle with ``prefixes()``."""
    node = ox.NamedNode(f"{KG}x")
    text = _formatted([ox.Triple(node, node, ox.NamedNode(iri))], ox.RdfFormat.TURTLE).decode()
    return text[len(f"{node} {node} ") : -len(" .\n")]


@cache
def _namespaces() -> dict[str, str]:
    """Namespace → prefix of ``prefixes()``."""
    return {ns: prefix for prefix, ns in prefixes().items()}


@cache
def _namespaces_tuple() -> tuple[str, ...]:
    return tuple(_namespaces())


#: Local names every Turtle writer leaves unescaped (a subset of PN_LOCAL).
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
#: Typed literals Turtle writes bare when their text has the form of its number syntax.
_INLINE = {
    f"<{XSD.integer}>": re.compile(r"[+-]?[0-9]+"),
    f"<{XSD.decimal}>": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    f"<{XSD.double}>": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
    f"<{XSD.boolean}>": re.compile(r"true|false"),
}
_RDF_TYPE_TERM = f"<{RDF.type}>"
#: Terms as ``turtle_term`` writes them: IRIs with a prefix and typed literals (mostly
#: offsets and dates, which recur).
_TURTLE_TERMS: dict[str, str] = {}


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


@cache
def prefixes() -> dict[str, str]:
    """The prefix table without ``kg`` and ``concept``, whose local names would need escapes
    (``kg:evidence\\/…``): those IRIs are written in full. Made once (the graph files format
    each graph apart); not to be changed."""
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
        self._file.writelines((text.trig, text.own_turtle, text.shared))
        self._where[name] = (start, len(text.trig), len(text.own_turtle), len(text.shared))

    def names(self) -> set[str]:
        """Names of the graphs held."""
        return set(self._where)

    def get(self, name: str, target: str) -> GraphText:
        """The text of the graph ``name`` for the ``target`` file ("trig" or "turtle") only,
        as ``dumped_graph_text`` gives it: each file reads half the spool, not all of it."""
        start, trig, own, shared = self._where[name]
        if target == "trig":
            self._file.seek(start)
            return GraphText(self._file.read(trig))
        self._file.seek(start + trig)
        data = self._file.read(own + shared)
        return GraphText(b"", data[:own], data[own:])
