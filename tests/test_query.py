"""SPARQL: parameters bound as terms, one-line errors, result formats, shipped queries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from test_rdf import sample

from kg.errors import QueryError
from kg.query import QueryResult, bind_value, query_df, resolve_query, run_query, shipped_queries
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
    others = [(iri + "IRN", iri + c, 2) for c in ("AFG", "NOR", "PAK")]
    assert result.rows == others


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
    assert df["n"].tolist() == [6]


def test_shipped_queries_are_documented() -> None:
    for name, path in shipped_queries().items():
        assert path.read_text().startswith("#"), name


SHIPPED_PARAMS = {
    "partners": {"country": "IRN"},
    "evidence": {"country": "IRN", "partner": "AFG"},
    "organizations": {"country": "IRN"},
    "donors": {"donor": "NOR"},
}


@pytest.mark.parametrize("name", sorted(shipped_queries()))
def test_shipped_query_gives_the_same_rows_in_every_store(name: str, tmp_path: Path) -> None:
    extractions = [sample("a.txt"), sample("b.txt")]
    results = []
    for spec in ("memory", "rdflib", f"oxigraph:{tmp_path / 'ox'}"):
        result = run_query(
            to_dataset(extractions, store=spec), resolve_query(name), SHIPPED_PARAMS.get(name)
        )
        results.append(result)
    assert results[0].rows, name
    assert results[0].columns == results[1].columns == results[2].columns
    assert _unordered(results[0]) == _unordered(results[1]) == _unordered(results[2])


def _unordered(result: QueryResult) -> list[tuple]:
    """Rows with the words of each text cell sorted: GROUP_CONCAT order is the engine's."""
    return [tuple(sorted(v.split()) if isinstance(v, str) else v for v in r) for r in result.rows]


def test_partners_of_iran() -> None:
    df = query_df(to_dataset([sample("a.txt")]), "partners", {"country": "IRN"})
    assert set(df["partnerIso3"].dropna()) == {"AFG", "NOR", "PAK"}
    assert "UNODC" in set(df["partnerLabel"])
    assert "Kerman centre" not in set(df["partnerLabel"])  # an Iranian organization


def test_south_south_says_why() -> None:
    df = query_df(to_dataset([sample("a.txt")]), "south-south")
    assert df["countries"].tolist() == ["IRN PAK"]  # sorted by the ordered subquery
    assert df["classifiedBy"].str.contains("G77").all()


def test_evidence_of_a_pair_quotes_the_sentence() -> None:
    ds = to_dataset([sample("a.txt")])
    df = query_df(ds, "evidence", {"country": "IRN", "partner": "PAK"})
    assert df["quote"].tolist() == ["Iran and Pakistan met under the Triangular Initiative."]
    start, end = int(df["start"][0]), int(df["end"][0])
    assert sample("a.txt").document.text[start:end] == df["quote"][0]


def test_programmes_list_members() -> None:
    df = query_df(to_dataset([sample("a.txt")]), "programmes")
    assert df["label"].tolist() == ["Triangular Initiative"]
    assert set(df["members"][0].split("; ")) == {"Iran", "Pakistan"}


def test_an_unbound_row_is_kept_in_every_store() -> None:
    for spec in STORES:
        ds = to_dataset([sample("a.txt")], store=spec)
        result = run_query(ds, "SELECT ?x WHERE { OPTIONAL { ?x a kgo:Nothing } }")
        assert result.rows == [(None,)]


def test_unknown_country_gives_no_rows_in_any_store() -> None:
    for spec in STORES:
        ds = to_dataset([sample("a.txt")], store=spec)
        assert query_df(ds, "partners", {"country": "ZZZ"}).empty


# -- golden tests on the bundled reports ----------------------------------------------------

RAW = Path(__file__).parents[1] / "data" / "raw"


@pytest.fixture(scope="module")
def bundled():
    from kg.documents import load_documents
    from kg.extract import extract

    documents = load_documents([RAW])
    return to_dataset([extract(d) for d in documents]), {d.doc_id: d.text for d in documents}


def test_golden_partners_of_iran(bundled) -> None:
    df = query_df(bundled[0], "partners", {"country": "IRN"})
    expected = {"AFG", "PAK", "ESP", "IRQ", "TJK", "NOR", "IDN", "ARM", "BRA", "SVN"}
    assert expected <= set(df["partnerIso3"].dropna())
    assert "United Nations Office on Drugs and Crime" in set(df["partnerLabel"])
    assert (df["partnerships"] >= 1).all()


def test_golden_south_south(bundled) -> None:
    from kg.classify import southern

    df = query_df(bundled[0], "south-south")
    assert "IRN IRQ" in set(df["countries"])
    assert all(set(c.split()) <= southern() for c in df["countries"])


def test_golden_evidence_offsets(bundled) -> None:
    ds, texts = bundled
    df = query_df(ds, "evidence", {"country": "IRN", "partner": "AFG"})
    assert len(df) > 0
    for row in df.itertuples():
        assert texts[row.document][row.start : row.end] == row.quote


def test_golden_donors_programmes_organizations_agreements(bundled) -> None:
    ds = bundled[0]
    donors = query_df(ds, "donors")
    assert ("Norway", "IRN") in set(zip(donors["donorLabel"], donors["where"], strict=True))
    programmes = query_df(ds, "programmes").set_index("label")
    members = set(programmes.loc["Triangular Initiative", "members"].split("; "))
    assert {"Afghanistan", "Iran", "Pakistan"} <= members
    organizations = query_df(ds, "organizations", {"country": "IRN"})
    assert "Drug Control Headquarters" in set(organizations["label"])
    dates = query_df(ds, "agreements")["date"].tolist()
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[: len(dated)] == dated


def test_golden_graph_conforms(bundled) -> None:
    from kg.validate import validate

    assert validate(bundled[0]).conforms


# -- the same rows on both engines where documents repeat each other ------------------------


@pytest.fixture(scope="module")
def repeated(tmp_path_factory: pytest.TempPathFactory):
    """The bundled reports and ten synthetic ones: organizations, countries and programmes named
    in several documents, whose graphs each repeat what they say about them (a bag on
    Oxigraph's union default graph, a set on rdflib's)."""
    import shutil
    import sys

    from kg.documents import load_documents
    from kg.extract import extract

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from corpus import write_corpus

    folder = tmp_path_factory.mktemp("repeated")
    write_corpus(folder, 10)
    for path in RAW.iterdir():
        shutil.copy(path, folder / path.name)
    return [extract(d) for d in load_documents([folder])]


CASES = [
    ("agreements", {}),
    ("donors", {}),
    ("donors", {"donor": "NOR"}),
    ("evidence", {"country": "IRN"}),
    ("evidence", {"country": "IRN", "partner": "AFG"}),
    ("organizations", {"country": "IRN"}),
    ("partners", {"country": "IRN"}),
    ("partners", {"country": "ZZZ"}),
    ("programmes", {}),
    ("south-south", {}),
]


@pytest.mark.parametrize(("name", "params"), CASES)
def test_shipped_query_same_rows_on_rdflib_and_oxigraph(repeated, name: str, params) -> None:
    oxigraph = run_query(to_dataset(repeated, store="memory"), resolve_query(name), params)
    rdflib = run_query(to_dataset(repeated, store="rdflib"), resolve_query(name), params)
    assert oxigraph.columns == rdflib.columns
    assert sorted(_unordered(oxigraph), key=repr) == sorted(_unordered(rdflib), key=repr)
    assert oxigraph.rows or params.get("country") == "ZZZ", name
