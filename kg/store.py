"""Where the graph lives, chosen by a spec string: memory, rdflib, oxigraph:PATH or sparql:URL.

Every store is an rdflib ``Dataset`` whose default graph is the union of its named graphs,
so the rest of kg reads and queries it the same way whatever holds the triples.

``sparql:URL`` is a SPARQL 1.1 endpoint (Virtuoso, Fuseki, GraphDB…); URL is its query
endpoint, e.g. ``sparql:http://127.0.0.1:8890/sparql``. Writes go through the Graph Store
HTTP Protocol (``add`` PUTs the document's graph, ``remove`` DELETEs it). Settings come from
the environment, so credentials never appear in a spec, a log line or shell history:

- ``KG_SPARQL_GSP_URL``: the Graph Store endpoint; by default ``/sparql-graph-crud-auth``
  for a Virtuoso-style ``/sparql`` (``/sparql-graph-crud`` without credentials), or the
  sibling ``data`` service of a Fuseki-style ``…/query`` or ``…/sparql``;
- ``KG_SPARQL_USER`` and ``KG_SPARQL_PASSWORD``: HTTP digest or basic credentials;
- ``KG_SPARQL_TIMEOUT``: seconds to wait for an answer (default 60).

The store's dataset is kg's graphs on the endpoint (the reference graph and the graphs of
documents), passed to every query as its dataset (``default-graph-uri``/``named-graph-uri``),
so other graphs on the same server (Virtuoso's system graphs, say) never show up. See
docs/stores.md.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from email.message import Message
from io import BytesIO
from pathlib import Path
from typing import Any, Self
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit
from urllib.request import (
    BaseHandler,
    HTTPBasicAuthHandler,
    HTTPDigestAuthHandler,
    HTTPPasswordMgrWithDefaultRealm,
    OpenerDirector,
    Request,
    build_opener,
)

import pyoxigraph as ox
import rdflib.store
from oxrdflib import OxigraphStore
from pyparsing import ParseResults
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import NamespaceManager
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.query import Result
from rdflib.term import Identifier, Node

from kg import rdf
from kg.errors import KgError, QueryError, StoreError
from kg.graphtext import trig_document
from kg.namespaces import PREFIXES, REFERENCE_GRAPH, graph_iri
from kg.types import DocumentGraph, Extraction

SPECS = "memory | rdflib | oxigraph:PATH | sparql:URL"

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
        self.closed = False

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def add(self, extraction: Extraction) -> None:
        """Add a document's graph, replacing the graph it had."""
        self.add_graphs([rdf.model(extraction)])

    def add_graphs(self, graphs: Iterable[DocumentGraph]) -> None:
        """Add documents' graphs already modelled (``kg.rdf.model``), replacing earlier ones."""
        rdf.add_document_graphs(self.dataset, graphs)

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
        """Release the store (flushes and unlocks an on-disk Oxigraph store); idempotent."""
        if not self.closed:
            self.closed = True
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
    if kind == "sparql" and where.startswith(("http://", "https://")):
        return SparqlStore(spec, Endpoint.from_spec(spec, where))
    raise StoreError(f"unknown store {spec!r}: use {SPECS}")


def _open_oxigraph(path: Path) -> ox.Store:
    if path.exists() and not path.is_dir():
        raise StoreError(f"oxigraph:{path}: not a folder")
    try:
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"oxigraph:{path}: cannot open the store ({_one_line(exc)})") from exc


def new_dataset(store: rdflib.store.Store | str) -> Dataset:
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
    rdf_format = SUFFIXES[path.suffix.lower()]
    try:
        if isinstance(ds.store, OxigraphStore):  # Oxigraph parses and indexes the file itself
            ds.store._inner.load(path=str(path), format=rdf_format)
        else:
            rdf.add_quads(ds, list(ox.parse(path=str(path), format=rdf_format)))
    except SyntaxError as exc:
        raise KgError(f"{path}: line {exc.lineno}: {_parser_message(exc)}") from exc
    except (OSError, ValueError) as exc:
        raise KgError(f"{path}: {_one_line(exc)}") from exc
    return ds


def _ntriples(data: bytes, source: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> bytes:
    """The statements of N-Quads (or TriG) text as N-Triples (the graph names dropped)."""
    quads = ox.parse(data, format=source)
    return ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES) or b""


def _parser_message(exc: SyntaxError) -> str:
    message = str(exc.args[0]) if exc.args else str(exc)
    return _one_line(message.split(": ", 1)[-1])


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())


# -- sparql:URL: a remote SPARQL 1.1 endpoint -------------------------------------------------

_QUERY_KINDS = {"SelectQuery", "AskQuery", "ConstructQuery", "DescribeQuery"}
_RESULTS = "application/sparql-results+xml"
_TRIPLES = "application/n-triples"
_DOCUMENT_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a kgo:Document } }"


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL endpoint and its Graph Store: HTTP with one-line errors, nothing more."""

    spec: str
    query_url: str
    gsp_url: str | None
    opener: OpenerDirector
    timeout: float

    @classmethod
    def from_spec(cls, spec: str, url: str) -> Endpoint:
        """The endpoint of ``sparql:URL``, its settings from the ``KG_SPARQL_*`` variables."""
        user, password = os.environ.get("KG_SPARQL_USER"), os.environ.get("KG_SPARQL_PASSWORD")
        handlers: list[BaseHandler] = []
        if user is not None:
            passwords = HTTPPasswordMgrWithDefaultRealm()
            base = urlsplit(url)._replace(path="", query="").geturl()
            passwords.add_password(None, base, user, password or "")
            handlers += [HTTPDigestAuthHandler(passwords), HTTPBasicAuthHandler(passwords)]
        gsp = os.environ.get("KG_SPARQL_GSP_URL") or _guess_gsp(url, user is not None)
        timeout = float(os.environ.get("KG_SPARQL_TIMEOUT") or 60)
        return cls(spec, url, gsp, build_opener(*handlers), timeout)

    def query(self, text: str, graphs: Iterable[str] = ()) -> Result:
        """Run a query over ``graphs`` (as default and named graphs); a Result of rdflib."""
        parsed = parseQuery(text)[1]
        kind = _query_kind(parsed)
        if _bare_group_concat(parsed):
            text = _with_separators(text)
        form = [("query", text)]
        for graph in graphs:
            form += [("default-graph-uri", graph), ("named-graph-uri", graph)]
        graph_result = kind in ("ConstructQuery", "DescribeQuery")
        accept = _TRIPLES if graph_result else _RESULTS
        body, headers = self.request("POST", self.query_url, urlencode(form).encode(), accept)
        if headers.get("X-SPARQL-MaxRows"):  # Virtuoso's mark of a truncated result
            limit, fix = headers["X-SPARQL-MaxRows"], "raise ResultSetMaxRows in virtuoso.ini"
            raise StoreError(f"{self.spec}: the endpoint cut the result at {limit} rows ({fix})")
        content_type = (headers.get_content_type() or _RESULTS).lower()
        if graph_result:
            result = Result(kind.removesuffix("Query").upper())
            result.graph = Graph().parse(data=body, format=_TRIPLES)
            return result
        return Result.parse(BytesIO(body), content_type=content_type)

    def select(self, text: str, graphs: Iterable[str] = ()) -> list[tuple[Any, ...]]:
        """Rows of a trusted SELECT (kg prefixes predeclared) as tuples of terms."""
        result = self.query(_prologue(PREFIXES) + text, graphs)
        return [tuple(row) for row in result]  # type: ignore[arg-type]

    def put_graph(self, graph: str, data: bytes) -> None:
        """Replace ``graph`` with the N-Triples ``data`` (Graph Store PUT)."""
        self.request("PUT", self._graph_url(graph), data, content_type="text/turtle")

    def post_graph(self, graph: str, data: bytes) -> None:
        """Add the N-Triples ``data`` to ``graph`` (Graph Store POST)."""
        self.request("POST", self._graph_url(graph), data, content_type="text/turtle")

    def delete_graph(self, graph: str) -> None:
        """Drop ``graph`` (Graph Store DELETE)."""
        self.request("DELETE", self._graph_url(graph))

    def _graph_url(self, graph: str) -> str:
        if not self.gsp_url:
            raise StoreError(f"{self.spec}: set KG_SPARQL_GSP_URL to the Graph Store endpoint")
        return f"{self.gsp_url}?{urlencode({'graph': graph})}"

    def request(
        self,
        method: str,
        url: str,
        data: bytes | None = None,
        accept: str = "*/*",
        content_type: str = "application/x-www-form-urlencoded",
    ) -> tuple[bytes, Message]:
        """Send one request; any failure becomes a one-line StoreError (QueryError on 400)."""
        headers = {"Accept": accept}
        if data is not None:
            headers["Content-Type"] = f"{content_type}; charset=utf-8"
        request = Request(url, data=data, headers=headers, method=method)
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return response.read(), response.headers
        except HTTPError as exc:
            raise self._http_error(exc, url) from exc
        except URLError as exc:
            reason = getattr(exc.reason, "strerror", None) or exc.reason
            raise StoreError(f"{self.spec}: cannot connect ({_one_line(reason)})") from exc
        except TimeoutError as exc:
            raise StoreError(f"{self.spec}: no answer within {self.timeout:g} s") from exc
        except OSError as exc:
            raise StoreError(f"{self.spec}: {_one_line(exc)}") from exc

    def _http_error(self, exc: HTTPError, url: str) -> KgError:
        body = exc.read().decode("utf-8", "replace").strip()
        message = _one_line(body.splitlines()[0] if body else exc.reason)[:300]
        if exc.code == 400 and url == self.query_url:
            return QueryError(f"bad query: {message}")
        if exc.code >= 500 and url == self.query_url:  # Virtuoso's answer to evaluation errors
            return QueryError(f"query failed: {message}")
        if exc.code in (401, 403):
            hint = "check KG_SPARQL_USER and KG_SPARQL_PASSWORD"
            return StoreError(f"{self.spec}: HTTP {exc.code} from {url.split('?')[0]} ({hint})")
        return StoreError(f"{self.spec}: HTTP {exc.code} from {url.split('?')[0]}: {message}")


def _guess_gsp(url: str, authenticated: bool) -> str | None:
    """The usual Graph Store endpoint beside a query endpoint (Virtuoso, then Fuseki)."""
    parts = urlsplit(url)
    if parts.path.rstrip("/") == "/sparql":
        path = "/sparql-graph-crud-auth" if authenticated else "/sparql-graph-crud"
        return parts._replace(path=path, query="").geturl()
    head, _, last = parts.path.rstrip("/").rpartition("/")
    if head and last in ("query", "sparql"):
        return parts._replace(path=f"{head}/data", query="").geturl()
    return None


def _query_kind(parsed: object) -> str:
    """SelectQuery, AskQuery, ConstructQuery or DescribeQuery; updates are refused."""
    kind = str(getattr(parsed, "name", ""))
    if kind not in _QUERY_KINDS:
        raise QueryError("bad query: only SELECT, ASK, CONSTRUCT and DESCRIBE are run")
    return kind


def _bare_group_concat(node: object) -> bool:
    """True when a parsed query has a GROUP_CONCAT without a separator."""
    if isinstance(node, CompValue):
        if node.name == "Aggregate_GroupConcat" and "separator" not in node:
            return True
        return any(_bare_group_concat(v) for v in node.values())
    if isinstance(node, list | tuple | ParseResults):
        return any(_bare_group_concat(v) for v in node)
    return False


def _with_separators(text: str) -> str:
    """Spell out the default separator (" ") of each GROUP_CONCAT that has none: Virtuoso 7
    answers HTTP 500 ("Required argument delim") without one."""
    out, pos = [], 0
    for match in re.finditer(r"\bGROUP_CONCAT\s*\(", text, re.IGNORECASE):
        close = _closing_paren(text, match.end())
        if match.start() < pos or close is None:
            continue
        if not re.search(r";\s*SEPARATOR\s*=", text[match.end() : close], re.IGNORECASE):
            out += [text[pos:close], ' ; SEPARATOR=" "']
            pos = close
    return "".join([*out, text[pos:]])


def _closing_paren(text: str, start: int) -> int | None:
    """Index of the parenthesis closing the one before ``start``, skipping quoted strings."""
    depth, i = 1, start
    while i < len(text):
        char = text[i]
        if char in "\"'":
            end = re.compile(rf"(?<!\\){char}").search(text, i + 1)
            i = end.end() if end else len(text)
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return i
        i += 1
    return None


#: What a scan for the WHERE clause steps over or stops at: strings, IRIs, comments, braces,
#: query-form keywords.
_TOKENS = re.compile(
    r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
    r"""|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*"""
    r"|[{}]|\b(?:CONSTRUCT|WHERE)\b",
    re.IGNORECASE,
)


def _with_values(query: str, bindings: Mapping[str, Identifier]) -> str:
    """``query`` with ``bindings`` as a VALUES block opening its WHERE clause, where they bind
    before anything is evaluated (as rdflib and Oxigraph do). A trailing VALUES clause would
    not do: Virtuoso 7 loses the ORDER BY with one and drops rows that leave it unbound."""
    if not bindings:
        return query
    names = " ".join(f"?{name}" for name in bindings)
    values = f"VALUES ({names}) {{ ({' '.join(t.n3() for t in bindings.values())}) }}"
    at = _where_brace(query)
    if at is None:
        return f"{query}\n{values}\n"
    return f"{query[: at + 1]} {values} {query[at + 1 :]}"


def _where_brace(query: str) -> int | None:
    """Index of the brace opening the query's WHERE clause (after a CONSTRUCT template)."""
    depth, construct, after_where, groups = 0, False, False, 0
    for token in _TOKENS.finditer(query):
        word = token.group().upper()
        if word == "{" and depth == 0:
            if after_where or not construct or groups == 1:
                return token.start()
            groups += 1
        depth += {"{": 1, "}": -1}.get(word, 0)
        if depth == 0:
            construct, after_where = (
                construct or word == "CONSTRUCT",
                after_where or word == "WHERE",
            )
    return None


def _prologue(namespaces: Mapping[str, Any]) -> str:
    return "".join(f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in namespaces.items())


class EndpointStore(rdflib.store.Store):
    """A read-only rdflib store over kg's graphs on an endpoint; write with ``Store.add``."""

    context_aware = True
    graph_aware = True

    def __init__(self, endpoint: Endpoint) -> None:
        super().__init__()
        self.endpoint = endpoint
        self._prefixes: dict[str, URIRef] = {}

    def graph_names(self) -> list[str]:
        """The reference graph and every document graph on the endpoint."""
        named = self.endpoint.select(_DOCUMENT_GRAPHS)
        return sorted({REFERENCE_GRAPH, *(str(row[0]) for row in named)})

    def query(  # type: ignore[override]
        self,
        query: str | Any,
        initNs: Mapping[str, Any] | None = None,  # noqa: N803 (rdflib's names)
        initBindings: Mapping[str, Identifier] | None = None,  # noqa: N803
        queryGraph: Any = None,  # noqa: N803
        **kwargs: Any,
    ) -> Result:
        """Send ``query`` with its prefixes, its bindings as a VALUES block in its WHERE clause."""
        if not isinstance(query, str):
            raise QueryError("bad query: a sparql: store runs query text, not prepared queries")
        text = _with_values(query, initBindings or {})
        return self.endpoint.query(
            _prologue({**self._prefixes, **(initNs or {})}) + text, self.graph_names()
        )

    def triples(  # type: ignore[override]
        self, triple_pattern: Any, context: Graph | None = None
    ) -> Iterator[tuple[tuple[Node, Node, Node], Iterator[Graph]]]:
        """Matching statements with their graph, read with a SELECT."""
        names = ("s", "p", "o")
        terms = [
            t.n3() if t is not None else f"?{n}" for t, n in zip(triple_pattern, names, strict=True)
        ]
        if context is not None and context.identifier == DATASET_DEFAULT_GRAPH_ID:
            return  # kg writes nothing to the default graph
        graph = "?g" if context is None else URIRef(context.identifier).n3()
        text = f"SELECT * WHERE {{ GRAPH {graph} {{ {' '.join(terms)} }} }}"
        for row in self.endpoint.query(text, self.graph_names()):
            found = row.asdict()  # type: ignore[union-attr]
            spo = tuple(found.get(n, t) for n, t in zip(names, triple_pattern, strict=True))
            home = context if context is not None else Graph(self, identifier=found["g"])
            yield spo, iter([home])  # type: ignore[misc]

    def contexts(self, triple: Any = None) -> Iterator[Graph]:  # type: ignore[override]
        """kg's graphs on the endpoint."""
        for name in self.graph_names():
            yield Graph(self, identifier=URIRef(name))

    def __len__(self, context: Graph | None = None) -> int:
        return sum(1 for _ in self.triples((None, None, None), context))

    def add_graph(self, graph: Graph) -> None:
        """Nothing to do: a graph exists on the endpoint once it holds statements."""

    def add(self, *args: Any, **kwargs: Any) -> None:
        raise StoreError(f"{self.endpoint.spec}: read-only dataset; write with Store.add")

    def addN(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802 (rdflib's name)
        self.add()

    def remove(self, *args: Any, **kwargs: Any) -> None:
        self.add()

    def remove_graph(self, graph: Graph) -> None:
        self.add()

    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        self._prefixes[prefix] = URIRef(namespace)

    def namespace(self, prefix: str) -> URIRef | None:
        return self._prefixes.get(prefix)

    def prefix(self, namespace: URIRef) -> str | None:
        return next((p for p, ns in self._prefixes.items() if ns == namespace), None)

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        yield from self._prefixes.items()


class SparqlStore(Store):
    """A store on a SPARQL endpoint: each document's graph replaced with one Graph Store PUT."""

    def __init__(self, spec: str, endpoint: Endpoint) -> None:
        endpoint.query("ASK {}")  # fails here, in one line, when the endpoint is unreachable
        super().__init__(spec, new_dataset(EndpointStore(endpoint)))
        self.endpoint = endpoint
        self._has_reference = False

    def add_graphs(self, graphs: Iterable[DocumentGraph]) -> None:
        """Write the reference graph once, then replace each document's graph."""
        for graph in graphs:
            self._add_reference(graph)
            trig = trig_document([graph.text.trig])
            self.endpoint.put_graph(graph_iri(graph.doc_id), _ntriples(trig, ox.RdfFormat.TRIG))

    def _add_reference(self, graph: DocumentGraph) -> None:
        if not self._has_reference:
            ask = f"ASK {{ GRAPH <{REFERENCE_GRAPH}> {{ ?s ?p ?o }} }}"
            if not self.endpoint.query(ask).askAnswer:
                self.endpoint.put_graph(REFERENCE_GRAPH, rdf.ntriples(rdf.reference_triples()))
            self._has_reference = True
        if graph.reference:
            self.endpoint.post_graph(REFERENCE_GRAPH, _ntriples(graph.reference))

    def remove(self, doc_id: str) -> None:
        """Drop a document's graph; unknown documents raise StoreError."""
        if doc_id not in self.documents():
            raise StoreError(f"{self.spec}: no document {doc_id!r} in the store")
        self.endpoint.delete_graph(graph_iri(doc_id))

    def documents(self) -> list[str]:
        """Ids of the documents whose graphs are on the endpoint, sorted."""
        query = (
            "SELECT DISTINCT ?id WHERE { GRAPH ?g { ?d a kgo:Document ; dcterms:identifier ?id } }"
        )
        return sorted(str(row[0]) for row in self.endpoint.select(query))
