"""A read-only SPARQL 1.1 Protocol endpoint over a kg dataset, on 127.0.0.1 only.

``GET /sparql?query=…`` and ``POST /sparql`` (form-encoded ``query=…`` or a raw
``application/sparql-query`` body). Results are negotiated from the Accept header: SPARQL JSON
(default), XML, CSV or TSV; CONSTRUCT/DESCRIBE give Turtle or N-Triples. Updates are refused
with 403, and a query that runs past the timeout is answered 503 (its evaluation is
abandoned, not interrupted: the engines offer no cancellation).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from rdflib import Dataset, Graph
from rdflib.query import Result

from kg.errors import QueryError
from kg.namespaces import PREFIXES

HOST = "127.0.0.1"
PATH = "/sparql"
MAX_BODY = 1_000_000

#: Result media types by preference, with the rdflib serializer format (None: TSV, ours).
SELECT_TYPES: dict[str, str | None] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": None,
}
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt"}


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server holding the dataset, the query timeout and a worker pool."""

    daemon_threads = True

    def __init__(self, ds: Dataset, port: int, timeout: float) -> None:
        super().__init__((HOST, port), SparqlHandler)
        self.dataset = ds
        self.query_timeout = timeout
        self.workers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="kg-sparql")

    @property
    def url(self) -> str:
        """The endpoint's URL, e.g. ``http://127.0.0.1:8000/sparql``."""
        return f"http://{HOST}:{self.server_address[1]}{PATH}"

    def server_close(self) -> None:
        """Stop accepting requests and abandon running queries."""
        super().server_close()
        self.workers.shutdown(wait=False, cancel_futures=True)


def make_server(ds: Dataset, port: int = 8000, *, timeout: float = 30.0) -> SparqlServer:
    """A server bound to 127.0.0.1:``port`` (0 picks a free port); call ``serve_forever``."""
    return SparqlServer(ds, port, timeout)


def serve(ds: Dataset, port: int = 8000, *, timeout: float = 30.0) -> None:
    """Serve ``ds`` until interrupted."""
    with make_server(ds, port, timeout=timeout) as server:
        server.serve_forever()


class SparqlHandler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol: query via GET or POST; no update."""

    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        """Answer ``GET /sparql?query=…``."""
        url = urlsplit(self.path)
        if url.path != PATH:
            return self._send(404, "text/plain", f"not found: use {PATH}?query=…\n")
        params = parse_qs(url.query)
        if "update" in params:
            return self._refuse_update()
        return self._answer(params.get("query", [""])[0])

    def do_POST(self) -> None:
        """Answer a form-encoded or direct POST query; refuse updates."""
        if urlsplit(self.path).path != PATH:
            return self._send(404, "text/plain", f"not found: use {PATH}\n")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(413, "text/plain", "request body too large\n")
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-update":
            return self._refuse_update()
        if kind == "application/sparql-query":
            return self._answer(body)
        params = parse_qs(body)
        if "update" in params:
            return self._refuse_update()
        return self._answer(params.get("query", [""])[0])

    def _refuse_update(self) -> None:
        self._send(403, "text/plain", "this endpoint is read-only: SPARQL Update is refused\n")

    def _answer(self, query: str) -> None:
        if not query.strip():
            return self._send(400, "text/plain", "missing query parameter\n")
        future = self.server.workers.submit(self._run, query)
        try:
            result = future.result(timeout=self.server.query_timeout)
        except FutureTimeout:
            return self._send(503, "text/plain", "query timed out\n")
        except QueryError as exc:
            return self._send(400, "text/plain", f"{exc}\n")
        media, body = render(result, self.headers.get("Accept") or "")
        return self._send(200, media, body)

    def _run(self, query: str) -> Result:
        namespaces = {p: str(ns) for p, ns in PREFIXES.items()}
        try:
            result = self.server.dataset.query(query, initNs=namespaces)
            if result.type == "SELECT":
                result.bindings = list(result.bindings)  # evaluate here, within the timeout
            return result
        except Exception as exc:  # parser or evaluation error of either engine
            raise QueryError(f"bad query: {' '.join(str(exc).split())}") from exc

    def _send(self, status: int, media: str, body: str | bytes) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", f"{media}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: the CLI prints the URL once."""


def render(result: Result, accept: str) -> tuple[str, bytes]:
    """Serialize ``result`` in the media type the Accept header prefers."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        media = negotiate(accept, list(GRAPH_TYPES))
        graph = result.graph if result.graph is not None else Graph()
        return media, graph.serialize(format=GRAPH_TYPES[media], encoding="utf-8")
    media = negotiate(accept, list(SELECT_TYPES))
    fmt = SELECT_TYPES[media]
    if result.type == "ASK" and fmt in ("csv", None):
        return media, f"_askResult\n{str(result.askAnswer).lower()}\n".encode()
    if fmt is None:
        return media, tsv(result).encode("utf-8")
    return media, result.serialize(format=fmt) or b""


def negotiate(accept: str, offered: list[str]) -> str:
    """The offered media type the Accept header ranks highest (the first offered by default)."""
    ranked = []
    for part in accept.split(","):
        media, *options = (p.strip().lower() for p in part.split(";"))
        q = next((_quality(o[2:]) for o in options if o.startswith("q=")), 1.0)
        ranked.append((-q, media))
    for _, media in sorted(ranked):
        for candidate in offered:
            if media in (candidate, "*/*", candidate.split("/")[0] + "/*"):
                return candidate
    return offered[0]


def _quality(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def tsv(result: Result) -> str:
    """SPARQL 1.1 TSV results: ``?var`` header, then terms in N-Triples syntax."""
    names = [str(v) for v in result.vars or []]
    lines = ["\t".join(f"?{n}" for n in names)]
    for binding in result.bindings:
        row = [binding.get(v) for v in result.vars or []]
        lines.append("\t".join("" if t is None else t.n3() for t in row))
    return "\n".join(lines) + "\n"
