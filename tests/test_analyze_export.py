"""GraphML and GEXF exports round-trip through NetworkX's own readers; CSV is a node/edge pair."""

# G, H, B, F: NetworkX's capitalised names for graphs.
# ruff: noqa: N806

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from kg.analyze import actor_partnership_graph, country_network, export_graph, full_network
from kg.analyze.export import flat_copy
from kg.analyze.synthetic import example_dataset
from kg.errors import KgError
from kg.namespaces import entity_iri

pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")

IRN, NOR = entity_iri("country/IRN"), entity_iri("country/NOR")


@pytest.fixture(scope="module")
def graphs() -> dict[str, nx.Graph]:
    ds = example_dataset()
    return {
        "countries": country_network(ds),
        "bipartite": actor_partnership_graph(ds),
        "full": full_network(ds),
    }


def read_back(path: Path, fmt: str, like: nx.Graph) -> nx.Graph:
    if fmt == "graphml":
        return nx.read_graphml(path, force_multigraph=like.is_multigraph())
    return nx.read_gexf(path)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("name", ["countries", "bipartite", "full"])
def test_round_trip_keeps_nodes_edges_and_labels(graphs, name: str, fmt: str, tmp_path) -> None:
    G = graphs[name]
    path = export_graph(G, tmp_path / f"g.{fmt}", fmt)
    H = read_back(path, fmt, G)
    assert set(H) == set(G)
    assert H.number_of_edges() == G.number_of_edges()
    assert H.is_directed() == G.is_directed()
    for node, data in G.nodes(data=True):
        assert H.nodes[node]["label"] == data["label"]
        assert H.nodes[node]["type"] == data["type"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_round_trip_flattens_lists_and_keeps_numbers(graphs, fmt: str, tmp_path) -> None:
    H = read_back(
        export_graph(graphs["countries"], tmp_path / f"c.{fmt}", fmt), fmt, graphs["countries"]
    )
    edge = H.edges[IRN, NOR]
    assert float(edge["weight"]) == 2
    assert edge["mechanisms"] == "funding; technical-assistance"
    assert edge["years"] == "2019; 2020"
    records = json.loads(edge["partnerships"])
    assert {r["iri"] for r in records} == {
        entity_iri("partnership/p3"),
        entity_iri("partnership/p4"),
    }
    assert H.nodes[IRN]["global_south"] is True
    assert H.nodes[IRN]["aliases"] == "Islamic Republic of Iran"


def test_gexf_renames_evidence_offsets(graphs, tmp_path) -> None:
    H = nx.read_gexf(export_graph(graphs["bipartite"], tmp_path / "b.gexf", "gexf"))
    p6 = H.nodes[entity_iri("partnership/p6")]
    assert (p6["evidence_start"], p6["evidence_end"]) == (
        1000,
        1000 + len("UNODC trained DCHQ staff"),
    )
    assert "start" not in p6


def test_graphml_keeps_multigraph_keys(graphs, tmp_path) -> None:
    H = nx.read_graphml(
        export_graph(graphs["full"], tmp_path / "f.graphml", "graphml"), force_multigraph=True
    )
    p3 = entity_iri("partnership/p3")
    assert set(H[p3][IRN]) == {"kgo:partner", "kgo:involvesCountry"}


def test_csv_pair(graphs, tmp_path) -> None:
    out = export_graph(graphs["countries"], tmp_path / "csv", "csv")
    with open(out / "nodes.csv", encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with open(out / "edges.csv", encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    assert len(nodes) == 5 and len(edges) == 6
    assert list(nodes[0])[:4] == ["id", "label", "type", "iso3"]
    assert list(edges[0])[:3] == ["source", "target", "weight"]
    irn_nor = next(e for e in edges if {e["source"], e["target"]} == {IRN, NOR})
    assert irn_nor["weight"] == "2"


def test_flat_copy_leaves_the_graph_alone(graphs) -> None:
    G = graphs["countries"]
    H = flat_copy(G)
    assert isinstance(G.edges[IRN, NOR]["mechanisms"], list)
    assert isinstance(H.edges[IRN, NOR]["mechanisms"], str)


def test_unknown_format_is_a_user_error(graphs, tmp_path) -> None:
    with pytest.raises(KgError, match="graphml"):
        export_graph(graphs["countries"], tmp_path / "x.dot", "dot")
