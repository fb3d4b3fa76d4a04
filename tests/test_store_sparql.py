"""The sparql:URL store against a real Virtuoso: shipped queries, errors, the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import URIRef
from test_rdf import sample
from typer.testing import CliRunner
from virtuoso import missing, running

from kg.cli import app
from kg.documents import load_documents
from kg.errors import QueryError, StoreError
from kg.extract import extract
from kg.query import resolve_query, run_query
from kg.store import _with_values, open_store
from kg.types import Extraction

RAW = Path(__file__).parents[1] / "data" / "raw"
UNREACHABLE = "sparql:http://127.0.0.1:9/sparql"
CASES = [
    ("partners", {"country": "IRN"}),
    ("south-south", {}),
    ("agreements", {}),
    ("donors", {}),
    ("donors", {"donor": "NOR"}),
    ("programmes", {}),
    ("evidence", {"country": "IRN"}),
    ("evidence", {"country": "IRN", "partner": "AFG"}),
    ("organizations", {"country": "IRN"}),
]


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    return [extract(doc) for doc in load_documents([RAW])]


@pytest.fixture(scope="module")
def memory(extractions: list[Extraction]) -> Any:
    store = open_store("memory")
    for extraction in extractions:
        store.add(extraction)
    return store.dataset


def _comparable(rows: list[tuple]) -> list[tuple]:
    """Rows with the engine's liberties undone: GROUP_CONCAT order (words sorted), an empty
    GROUP_CONCAT ('' on Virtuoso, unbound on Oxigraph), the order of ORDER BY ties."""
    words = [tuple(tuple(sorted(v.split())) if isinstance(v, str) else v for v in r) for r in rows]
    return sorted((tuple(v or None for v in row) for row in words), key=repr)


@pytest.mark.parametrize(("name", "params"), CASES)
def test_shipped_query_same_rows_as_memory(
    sparql_spec: str, memory: Any, extractions: list[Extraction], name: str, params: dict
) -> None:
    with open_store(sparql_spec) as store:
        for extraction in extractions:
            store.add(extraction)
        got = run_query(store.dataset, resolve_query(name), params)
    expected = run_query(memory, resolve_query(name), params)
    assert got.columns == expected.columns
    assert _comparable(got.rows) == _comparable(expected.rows)
    if name == "partners":  # most frequent first on both
        assert [row[5] for row in got.rows] == [row[5] for row in expected.rows]


def test_partners_in_the_same_order(
    sparql_spec: str, memory: Any, extractions: list[Extraction]
) -> None:
    with open_store(sparql_spec) as store:
        for extraction in extractions:
            store.add(extraction)
        got = run_query(store.dataset, resolve_query("partners"), {"country": "IRN"})
    expected = run_query(memory, resolve_query("partners"), {"country": "IRN"})
    assert [row[1] for row in got.rows] == [row[1] for row in expected.rows]


def test_group_concat_without_separator(sparql_spec: str, extractions: list[Extraction]) -> None:
    query = (
        'SELECT (GROUP_CONCAT(?iso) AS ?all) { ?c kgo:iso3 ?iso FILTER(?iso IN ("IRN", "AFG")) }'
    )
    with open_store(sparql_spec) as store:
        store.add(extractions[0])
        (row,) = run_query(store.dataset, query).rows
    assert sorted(row[0].split(" ")) == ["AFG", "IRN"]


def test_endpoint_error_is_one_line(sparql_spec: str) -> None:
    query = "SELECT ?p (MIN(?o) AS ?m) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY (!BOUND(?m))"
    with open_store(sparql_spec) as store, pytest.raises(QueryError) as err:
        run_query(store.dataset, query)
    assert str(err.value).startswith("bad query: Virtuoso") and "\n" not in str(err.value)


def test_truncated_result_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reason = missing()
    if reason:
        pytest.skip(reason)
    monkeypatch.setenv("KG_SPARQL_USER", "dba")
    monkeypatch.setenv("KG_SPARQL_PASSWORD", "dba")
    with running(tmp_path, max_rows=5) as server, open_store(f"sparql:{server.sparql}") as store:
        store.add(sample("a.txt"))
        with pytest.raises(StoreError, match="cut the result at 5 rows"):
            run_query(store.dataset, "SELECT * WHERE { ?s ?p ?o }")


def test_construct_and_ask(sparql_spec: str) -> None:
    iran = "<https://kg.example.org/id/country/IRN>"
    with open_store(sparql_spec) as store:
        store.add(sample("a.txt"))
        built = run_query(store.dataset, f"CONSTRUCT WHERE {{ {iran} kgo:iso3 ?code }}")
        asked = run_query(store.dataset, f'ASK {{ {iran} kgo:iso3 "IRN" }}')
    assert built.rows == [(iran[1:-1], "https://kg.example.org/ontology#iso3", "IRN")]
    assert asked.rows == [(True,)]


def test_unreachable_endpoint_is_one_line() -> None:
    with pytest.raises(StoreError) as err:
        open_store(UNREACHABLE)
    assert str(err.value) == f"{UNREACHABLE}: cannot connect (Connection refused)"


def test_wrong_password_writes_nothing(
    sparql_spec: str, monkeypatch: pytest.MonkeyPatch, extractions: list[Extraction]
) -> None:
    monkeypatch.setenv("KG_SPARQL_PASSWORD", "wrong")
    with open_store(sparql_spec) as store:
        with pytest.raises(StoreError, match=r"HTTP 401 .*KG_SPARQL_USER") as err:
            store.add(extractions[0])
        assert "\n" not in str(err.value)
        assert store.documents() == []


def test_cli_build_then_query(sparql_spec: str, tmp_path: Path) -> None:
    runner = CliRunner()
    built = runner.invoke(app, ["build", str(RAW), "--store", sparql_spec, "--out", str(tmp_path)])
    assert built.exit_code == 0, built.output
    asked = ["query", "partners", "-p", "country=IRN", "--store", sparql_spec, "-f", "csv"]
    result = runner.invoke(app, asked)
    assert result.exit_code == 0, result.output
    assert "https://kg.example.org/id/country/AFG" in result.output


def test_cli_unreachable_store_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(RAW), "--store", UNREACHABLE, "--out", str(out)])
    assert result.exit_code != 0
    assert "cannot connect (Connection refused)" in result.output
    assert not out.exists()


@pytest.mark.parametrize(
    ("query", "bound"),
    [
        ("SELECT ?c WHERE { ?c ?p ?o } ORDER BY ?c", "SELECT ?c WHERE { VALUES"),
        ('# a { comment\nSELECT ("{" AS ?s) ?c { ?c ?p ?o }', "?c { VALUES"),
        ("SELECT * { { SELECT ?c WHERE { ?c ?p ?o } } }", "SELECT * { VALUES"),
        ("CONSTRUCT { ?c ?p ?o } WHERE { ?c ?p ?o }", "WHERE { VALUES"),
        ("CONSTRUCT { ?c ?p ?o } { ?c ?p ?o }", "?o } { VALUES"),
        ("DESCRIBE <https://e.org/x>", "\nVALUES"),
    ],
)
def test_bindings_open_the_where_clause(query: str, bound: str) -> None:
    assert bound in _with_values(query, {"c": URIRef("https://e.org/c")})
