"""`analyze`, `headline_tables` and `write_report` on the hand-checked example dataset."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.analyze import (
    BETWEENNESS_EXACT_MAX_NODES,
    BETWEENNESS_SAMPLES,
    Analysis,
    analyze,
    headline_tables,
    write_report,
)
from kg.analyze.report import _betweenness_note
from kg.analyze.synthetic import DatasetBuilder, example_dataset
from kg.errors import KgError
from kg.namespaces import sparql_prefixes

pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")

#: The South-South share of a country's links, counted straight from the graph.
SOUTH_SOUTH_SHARE_QUERY = (
    sparql_prefixes()
    + """
SELECT (COUNT(DISTINCT ?ss) AS ?south) (COUNT(DISTINCT ?p) AS ?links) WHERE {
  ?c kgo:iso3 ?iso3 .
  ?p a kgo:Partnership ; kgo:involvesCountry ?c, ?other .
  FILTER(?other != ?c)
  OPTIONAL {
    ?p kgo:linkClass/skos:notation "south-south" .
    BIND(?p AS ?ss)
  }
}"""
)


def south_south_share(ds: Dataset, iso3: str) -> float:
    """Direct SPARQL count: South-South partnerships of ``iso3`` with another country / all."""
    query = SOUTH_SOUTH_SHARE_QUERY.replace("?iso3 .", f'"{iso3}" .', 1)
    (row,) = list(ds.query(query))
    return int(row[0]) / int(row[1])


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return example_dataset()


@pytest.fixture(scope="module")
def analysis(ds: Dataset) -> Analysis:
    return analyze(ds, country="irn", seed=0)


def test_iran_is_the_most_central_country(analysis: Analysis) -> None:
    top = analysis.summary["most_central_country"]
    assert (top["iso3"], top["degree"], top["weighted_degree"]) == ("IRN", 3, 5)
    assert analysis.countries["iso3"].tolist()[:1] == ["IRN"]
    assert analysis.countries["rank"].tolist() == [1, 2, 3, 4, 5]


def test_south_south_share_matches_a_direct_sparql_count(ds: Dataset, analysis: Analysis) -> None:
    top = analysis.summary["most_central_country"]
    assert top["links"] == 4  # p1, p2, p3, p4; the domestic p6 links Iran to no one
    assert top["south_south_share"] == pytest.approx(0.5)
    shares = analysis.link_classes.set_index("iso3")
    for iso3 in ("IRN", "AFG", "PAK", "NOR", "JPN"):
        expected = south_south_share(ds, iso3)
        assert shares.loc[iso3, "share_south_south"] == pytest.approx(expected), iso3


def test_overall_shares_count_international_partnerships(analysis: Analysis) -> None:
    overall = analysis.summary["link_class_shares_overall"]
    # Six partnerships involve two or more countries: three South-South (p1, p2, p7).
    assert overall["south-south"] == pytest.approx(3 / 6)
    assert overall["north-north"] == pytest.approx(1 / 6)
    assert analysis.summary["partnerships"] == 7
    assert analysis.summary["dated_partnerships"] == 6


def test_metric_columns_and_hand_checked_values(analysis: Analysis) -> None:
    row = analysis.countries.set_index("iso3").loc["NOR"]
    # Norway is the only way to Japan: it lies on the 3 paths from IRN, AFG, PAK to JPN
    # out of the 6 pairs it is not part of.
    assert row["betweenness"] == pytest.approx(3 / 6)
    assert row["degree"] == 3
    assert set(analysis.countries.columns) >= {
        "pagerank",
        "community",
        "effective_size",
        "efficiency",
        "constraint",
    }


def test_summary_says_betweenness_is_exact_on_small_networks(analysis: Analysis) -> None:
    assert analysis.summary["betweenness"] == "exact"


def test_betweenness_note_names_each_sampled_network_with_its_pivots_and_seed() -> None:
    big = BETWEENNESS_EXACT_MAX_NODES + 1
    networks = {"country network": 200, "organization network": big}
    assert _betweenness_note(networks, seed=3) == (
        f"country network exact; organization network sampled from "
        f"k={BETWEENNESS_SAMPLES} of {big} nodes (seed 3)"
    )


def test_communities_split_north_from_south(analysis: Analysis) -> None:
    assert analysis.communities["iso3"].tolist() == ["IRN; AFG; PAK", "NOR; JPN"]


def test_timeline_by_year_and_class(analysis: Analysis) -> None:
    frame = analysis.timeline
    assert frame["total"].to_dict() == {2018: 1, 2019: 2, 2020: 2, 2021: 1}
    assert frame.loc[2019, "triangular"] == 1
    assert frame.loc[2021, "unclassified"] == 1  # p6, the domestic training


def test_focus_country_ego_table(analysis: Analysis) -> None:
    assert analysis.summary["country"]["rank"] == 1
    ego = analysis.ego
    assert ego is not None
    assert sorted(ego["partner_iso3"]) == ["AFG", "NOR", "PAK"]
    assert ego.set_index("partner_iso3").loc["NOR", "weight"] == 2


def test_unknown_focus_country_is_a_user_error(ds: Dataset) -> None:
    with pytest.raises(KgError):
        analyze(ds, country="ZZZ")


def test_organizations_exclude_countries(analysis: Analysis) -> None:
    assert set(analysis.organizations["label"]) == {"UNODC", "Drug Control Headquarters"}
    assert set(analysis.actors["type"]) == {"Country", "Organization"}


def test_headline_tables(analysis: Analysis) -> None:
    tables = headline_tables(analysis)
    assert list(tables) == [
        "Most central countries",
        "Most central organizations",
        "Brokers",
        "South-South share of links",
        "Communities of countries",
        "Iran (IRN)",
        "Partners of Iran",
    ]
    focus = dict(tables["Iran (IRN)"].itertuples(index=False))
    assert (focus["rank"], focus["partners"], focus["links"]) == ("1", "3", "4")
    assert focus["south-south share"] == "50.0%"
    assert tables["Most central countries"].iloc[0]["country"] == "Iran"
    brokers = tables["Brokers"]
    assert brokers.iloc[0]["name"] == "Norway"  # bridges the South to Japan
    assert tables["South-South share of links"].iloc[0]["south-south share"] == "50.0%"


def test_write_report_files_and_valid_json(analysis: Analysis, tmp_path: Path) -> None:
    written = write_report(analysis, tmp_path)
    names = {p.name for p in written}
    assert {
        "report.md",
        "summary.json",
        "links_by_class_per_year.png",
        "top_countries.png",
    } <= names
    for stem in ("countries", "organizations", "link_classes", "communities", "timeline", "ego"):
        assert {f"{stem}.csv", f"{stem}.json"} <= names
    for path in tmp_path.glob("*.json"):
        assert "NaN" not in path.read_text(), path.name
        json.loads(path.read_text())
    report = (tmp_path / "report.md").read_text()
    assert "Most central country: **Iran** (IRN)" in report
    assert "| 1 | Iran | IRN | 3 | 5 |" in report
    assert (tmp_path / "top_countries.png").read_bytes()[:4] == b"\x89PNG"


def test_write_report_is_deterministic(ds: Dataset, tmp_path: Path) -> None:
    first = write_report(analyze(ds, seed=1), tmp_path / "a")
    second = write_report(analyze(ds, seed=1), tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_empty_dataset_analyzes_and_reports(tmp_path: Path) -> None:
    analysis = analyze(Dataset(default_union=True))
    assert analysis.summary["most_central_country"] is None
    assert all(len(t) == 0 for t in headline_tables(analysis).values())
    names = {p.name for p in write_report(analysis, tmp_path)}
    assert "report.md" in names
    assert not any(n.endswith(".png") for n in names)
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["partnerships"] == 0
    assert summary["south_south_share_overall"] is None or not math.isnan(
        summary["south_south_share_overall"]
    )


def test_focus_on_a_country_with_only_domestic_partnerships() -> None:
    b = DatasetBuilder()
    b.country("IRN", "Iran", south=True)
    b.country("AFG", "Afghanistan", south=True)
    b.country("PAK", "Pakistan", south=True)
    b.partnership("d", [], countries=["IRN"], kind="domestic")
    b.partnership("s", [], countries=["AFG", "PAK"])  # south-south, as kg.rdf classes it
    analysis = analyze(b.ds, country="IRN")
    assert analysis.ego is not None and analysis.ego.empty
    focus = dict(headline_tables(analysis)["Iran (IRN)"].itertuples(index=False))
    assert focus["links"] == "0"
    assert focus["south-south share"] == ""
    assert focus["effective size"] == ""  # undefined without contacts
