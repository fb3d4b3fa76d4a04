"""SPARQL: parameters bound as terms, one-line errors, result formats, shipped queries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from test_rdf import sample

from kg.errors import QueryError
from kg.query import bind_value, query_df, resolve_query, run_query, shipped_queries
from kg.rdf import to_dataset

STORES = ("memory", "rdflib")
PARTNERS_OF = """
SELECT ?country ?other (COUNT(DISTINCT ?p) AS ?links) WHERE {
  ?p kgo:involvesCountry ?country , ?other . FILTER(?other != ?country)
} GROUP BY ?country ?other ORDER BY ?other
"""


@pytest.fixture(params=STORES)
def ds(request: pytest.FixtureRequest):
    return to_dataset([sample("a.txt"), sample("b.txt")], store=request.param)


def test_param_binds_country_iri(ds) -> None:
    result = run_query(ds, PARTNERS_OF, {"country": "IRN"})
    assert result.columns == ["country", "other", "links"]
    iri = "https://kg.example.org/id/country/"
    assert result.rows == [(iri + "IRN", iri + "AFG", 2), (iri + "IRN", iri + "NOR", 2)]


def test_hostile_value_is_a_harmless_literal(ds) -> None:
    hostile = "IRN> } ; DROP ALL #"
    assert bind_value(hostile) == Literal(hostile)
    result = run_query(ds, "SELECT ?x ?s WHERE { ?s kgo:iso3 ?x }", {"x": hostile})
    assert result.rows == []
    assert run_query(ds, "ASK { ?s a kgo:Partnership }").rows == [(True,)]


@pytest.mark.parametrize(
    ("value", "term"),
    [
        ("IRN", URIRef("https://kg.example.org/id/country/IRN")),
        ("organization/unodc", URIRef("https://kg.example.org/id/organization/unodc")),
        ("<https://example.org/x>", URIRef("https://example.org/x")),
        ("2019", Literal(2019)),
        ("Iran", Literal("Iran")),
        ("https://x.org/a> } DROP ALL", Literal("https://x.org/a> } DROP ALL")),
    ],
)
def test_bind_value(value: str, term: object) -> None:
    assert bind_value(value) == term


@pytest.mark.parametrize(
    ("query", "params", "message"),
    [
        ("SELEC ?x WHERE { ?x ?y ?z }", None, "bad query: "),
        ("SELECT ?x WHERE { ?x ?y }", None, "bad query: "),
        ("DROP ALL", None, "bad query: "),
        ("SELECT ?x WHERE { ?x ?y ?z }", {"y": "IRN"}, "must select"),
        ("SELECT ?x WHERE { ?x ?y ?z }", {"bad name": "IRN"}, "not a SPARQL variable"),
    ],
)
def test_bad_queries_raise_one_line(ds, query: str, params, message: str) -> None:
    with pytest.raises(QueryError) as err:
        run_query(ds, query, params)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_result_formats(ds) -> None:
    result = run_query(ds, PARTNERS_OF, {"country": "IRN"})
    assert result.to_csv().splitlines()[0] == "country,other,links"
    assert result.to_tsv().splitlines()[0] == "country\tother\tlinks"
    assert json.loads(result.to_json())[0]["links"] == 2
    assert list(result.to_df().columns) == ["country", "other", "links"]


def test_resolve_query(tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_text("SELECT * WHERE { ?s ?p ?o }")
    assert resolve_query(str(path)) == path.read_text()
    assert resolve_query("SELECT * WHERE { ?s ?p ?o }").startswith("SELECT")
    with pytest.raises(QueryError, match="no such query file"):
        resolve_query(str(tmp_path / "missing.rq"))
    with pytest.raises(QueryError, match="unknown query 'partnerz'"):
        resolve_query("partnerz")


def test_query_df_runs_text(ds) -> None:
    df = query_df(ds, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kgo:Partnership }")
    assert df["n"].tolist() == [4]


def test_shipped_queries_are_documented() -> None:
    for name, path in shipped_queries().items():
        assert path.read_text().startswith("#"), name
