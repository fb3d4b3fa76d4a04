"""The read-only SPARQL endpoint, exercised with a real client (SPARQLWrapper)."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, XML, SPARQLWrapper
from test_rdf import sample

from kg.rdf import to_dataset
from kg.serve import SparqlServer, make_server, negotiate

COUNT = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kgo:Partnership }"


@pytest.fixture(params=["memory", "rdflib"])
def server(request: pytest.FixtureRequest) -> Iterator[SparqlServer]:
    ds = to_dataset([sample("a.txt"), sample("b.txt")], store=request.param)
    srv = make_server(ds, port=0, timeout=5.0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join()


def client(srv: SparqlServer, fmt: str = JSON) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(srv.url)
    wrapper.setReturnFormat(fmt)
    return wrapper


def test_binds_loopback_only(server: SparqlServer) -> None:
    assert server.server_address[0] == "127.0.0.1"


def test_select_json_get_and_post(server: SparqlServer) -> None:
    for method in ("GET", POST):
        wrapper = client(server)
        wrapper.setMethod(method)
        wrapper.setQuery("PREFIX kgo: <https://kg.example.org/ontology#>\n" + COUNT)
        bindings = wrapper.queryAndConvert()["results"]["bindings"]
        assert bindings[0]["n"]["value"] == "6"


@pytest.mark.parametrize(("fmt", "head"), [(CSV, b"n\r\n6"), (TSV, b"?n\n"), (XML, None)])
def test_content_negotiation(server: SparqlServer, fmt: str, head: bytes | None) -> None:
    wrapper = client(server, fmt)
    wrapper.setQuery(COUNT)
    raw = wrapper.query().response.read()
    if head is None:
        assert b"<sparql" in raw and b">6<" in raw
    else:
        assert raw.startswith(head)


def test_construct_and_ask(server: SparqlServer) -> None:
    wrapper = client(server)
    wrapper.setQuery("ASK { ?s a kgo:Document }")
    assert wrapper.queryAndConvert()["boolean"] is True
    request = urllib.request.Request(
        server.url
        + "?query="
        + quote("CONSTRUCT { ?s a kgo:Document } WHERE { ?s a kgo:Document }"),
        headers={"Accept": "text/turtle"},
    )
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Type"].startswith("text/turtle")
        assert b"ontology#Document" in response.read()


def test_update_is_refused(server: SparqlServer) -> None:
    wrapper = client(server)
    wrapper.setMethod(POST)
    wrapper.setQuery("DROP ALL")  # SPARQLWrapper sends this as an update
    with pytest.raises(Exception, match=r"403|Forbidden|read-only"):
        wrapper.query()
    check = client(server)
    check.setQuery(COUNT)
    assert check.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "6"


def test_bad_query_is_400_with_one_line(server: SparqlServer) -> None:
    url = server.url + "?query=SELEC+%3Fx"
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(url)
    assert err.value.code == 400
    body = err.value.read().decode()
    assert body.startswith("bad query:") and body.count("\n") == 1


def test_slow_query_times_out() -> None:
    ds = to_dataset([sample("a.txt")], store="rdflib")
    srv = make_server(ds, port=0, timeout=0.2)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        # 62,001 pairs of countries: about 0.6 s in rdflib, so it is abandoned, then ends
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a kgo:iso3 ?x . ?b kgo:iso3 ?y }"
        url = srv.url + "?query=" + quote(slow)
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(url)
        assert err.value.code == 503
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("", "application/sparql-results+json"),
        ("text/csv", "text/csv"),
        ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/*", "text/csv"),
        ("*/*", "application/sparql-results+json"),
        ("image/png", "application/sparql-results+json"),
    ],
)
def test_negotiate(accept: str, expected: str) -> None:
    offered = [
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ]
    assert negotiate(accept, offered) == expected
