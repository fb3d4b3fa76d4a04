"""Analysis of datasets written by kg.rdf: hand-made extractions, then the bundled reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

import kg.extract
from kg.analyze import analyze, country_network, full_network, headline_tables, write_report
from kg.documents import load_documents
from kg.namespaces import entity_iri, sparql_prefixes
from kg.rdf import to_dataset
from kg.types import Document, Entity, Evidence, Extraction, Partnership

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

#: Distinct partnerships of a country with another country: South-South ones, and all.
LINKS_QUERY = (
    sparql_prefixes()
    + """
SELECT (COUNT(DISTINCT ?ss) AS ?south) (COUNT(DISTINCT ?p) AS ?links) WHERE {
  ?c kgo:iso3 ?iso3 .
  ?p a kgo:Partnership ; kgo:involvesCountry ?c, ?other .
  FILTER(?other != ?c)
  OPTIONAL { ?p kgo:linkClass/skos:notation "south-south" . BIND(?p AS ?ss) }
}"""
)


def direct_links(ds: Dataset, iso3: str) -> tuple[int, int]:
    """(South-South links, links) of ``iso3``, counted by SPARQL over the whole graph."""
    (row,) = list(ds.query(LINKS_QUERY.replace("?iso3 .", f'"{iso3}" .', 1)))
    return int(row[0]), int(row[1])


def _partnership(key: str, members: tuple[str, ...], doc: Document, **kw: object) -> Partnership:
    start = doc.text.index(key.upper())
    evidence = Evidence(doc.doc_id, start, start + 2, doc.text[start : start + 2])
    countries = tuple(sorted(m.split("/")[1] for m in members if m.startswith("country/")))
    return Partnership(
        key=f"partnership/{key}",
        participants=members,
        countries=tuple(kw.pop("countries", countries)),  # type: ignore[arg-type]
        kind="bilateral",
        mechanism=str(kw.pop("mechanism", "cooperation")),
        status="agreed",
        evidence=evidence,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    text = "P1 Iran and Afghanistan. P2 Iran and Pakistan. P3 Norway funded UNODC in Iran."
    doc = Document("r.txt", text, "0" * 64, "Report", "2021")
    entities = (
        Entity("country/IRN", "Country", "Iran", iso3="IRN"),
        Entity("country/AFG", "Country", "Afghanistan", iso3="AFG"),
        Entity("country/PAK", "Country", "Pakistan", iso3="PAK"),
        Entity("country/NOR", "Country", "Norway", iso3="NOR"),
        Entity("organization/unodc", "Organization", "UNODC", category="un-body"),
    )
    partnerships = (
        _partnership("p1", ("country/IRN", "country/AFG"), doc, date="2019"),
        _partnership("p2", ("country/IRN", "country/PAK"), doc, date="2020-05"),
        _partnership(
            "p3",
            ("organization/unodc", "country/NOR"),
            doc,
            countries=("IRN", "NOR"),
            mechanism="funding",
            funders=("country/NOR",),
        ),
    )
    return Extraction(doc, entities, partnerships)


@pytest.mark.parametrize("store", ["memory", "rdflib"])
def test_analysis_of_a_kg_rdf_dataset(extraction: Extraction, store: str) -> None:
    ds = to_dataset([extraction], store=store)
    analysis = analyze(ds, country="IRN")
    top = analysis.summary["most_central_country"]
    assert (top["iso3"], top["degree"], top["links"]) == ("IRN", 3, 3)
    assert (top["south_south_links"], top["links"]) == direct_links(ds, "IRN")
    assert top["south_south_share"] == pytest.approx(2 / 3)
    assert sorted(analysis.ego["partner_iso3"]) == ["AFG", "NOR", "PAK"]


def test_stores_agree(extraction: Extraction) -> None:
    a = analyze(to_dataset([extraction], store="memory"))
    b = analyze(to_dataset([extraction], store="rdflib"))
    for name, table in a.tables().items():
        assert table.equals(b.tables()[name]), name


def test_classification_source_is_read_from_the_graph(extraction: Extraction) -> None:
    (classification,) = analyze(to_dataset([extraction])).summary["classification"]
    assert classification["url"].startswith("https://www.unsouthsouth.org/")
    assert {"title", "version"} <= set(classification)
    assert len(classification["sources"]) >= 2  # the South list and the North list


def test_report_cites_the_classification(extraction: Extraction, tmp_path: Path) -> None:
    write_report(analyze(to_dataset([extraction])), tmp_path)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "<https://www.unsouthsouth.org/" in report
    assert "derived from Members of the Group of 77" in report


def test_networks_leave_out_reference_only_countries(extraction: Extraction) -> None:
    ds = to_dataset([extraction])
    assert len(country_network(ds)) == 4
    full = full_network(ds)
    assert entity_iri("country/JPN") not in full
    assert full.has_edge(entity_iri("partnership/p3"), entity_iri("country/NOR"), "schema:funder")


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    documents = load_documents([RAW])
    return to_dataset([kg.extract.extract(doc) for doc in documents])


@pytest.mark.slow
def test_bundled_reports_name_iran_most_central(bundled: Dataset) -> None:
    analysis = analyze(bundled)
    top = analysis.summary["most_central_country"]
    assert top["iso3"] == "IRN"
    south, links = direct_links(bundled, "IRN")
    assert links > 0
    assert top["links"] == links
    assert top["south_south_links"] == south
    assert top["south_south_share"] == pytest.approx(south / links)
    tables = headline_tables(analysis)
    assert tables["Most central countries"].iloc[0]["iso3"] == "IRN"
    share = tables["South-South share of links"].set_index("iso3").loc["IRN", "south-south share"]
    assert share == f"{100 * south / links:.1f}%"
