"""Metrics on textbook graphs whose answers are known by hand."""

# G, H, B, F: NetworkX's capitalised names for graphs.
# ruff: noqa: N806

from __future__ import annotations

import doctest
import math

import networkx as nx
import pytest

from kg.analyze import export, metrics
from kg.analyze.metrics import (
    BETWEENNESS_EXACT_MAX_NODES,
    BETWEENNESS_SAMPLES,
    betweenness,
    betweenness_k,
    brokerage,
    communities,
    degree,
    link_class_shares,
    pagerank,
    timeline,
    weighted_degree,
)


@pytest.fixture
def triangle() -> nx.Graph:
    return nx.cycle_graph(3)


@pytest.fixture
def star() -> nx.Graph:
    """A broker (0) with three contacts who do not know each other."""
    return nx.star_graph(3)


@pytest.fixture
def pair_of_pairs() -> nx.Graph:
    """Two disconnected pairs, plus an isolated node."""
    G = nx.Graph([("a", "b"), ("c", "d")])
    G.add_node("e")
    return G


@pytest.mark.parametrize("module", [metrics, export])
def test_doctests(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)  # type: ignore[arg-type]
    assert result.failed == 0
    assert result.attempted > 0


def test_degree_of_triangle_star_and_pairs(triangle, star, pair_of_pairs) -> None:
    assert degree(triangle) == {0: 2, 1: 2, 2: 2}
    assert degree(star) == {0: 3, 1: 1, 2: 1, 3: 1}
    assert degree(pair_of_pairs) == {"a": 1, "b": 1, "c": 1, "d": 1, "e": 0}


def test_weighted_degree_sums_weights_and_counts_missing_as_one() -> None:
    G = nx.Graph()
    G.add_edge("a", "b", weight=3)
    G.add_edge("b", "c")
    assert weighted_degree(G) == {"a": 3, "b": 4, "c": 1}
    assert degree(G) == {"a": 1, "b": 2, "c": 1}


def test_betweenness_triangle_is_zero(triangle) -> None:
    assert betweenness(triangle) == {0: 0.0, 1: 0.0, 2: 0.0}


def test_betweenness_star_broker_lies_on_every_path(star) -> None:
    assert betweenness(star) == {0: 1.0, 1: 0.0, 2: 0.0, 3: 0.0}


def test_betweenness_disconnected_pairs_is_zero(pair_of_pairs) -> None:
    assert set(betweenness(pair_of_pairs).values()) == {0.0}


def test_betweenness_barbell_bridge() -> None:
    # Two triangles {0,1,2} and {4,5,6} joined through node 3: 9 of the 15 pairs
    # of other nodes cross node 3; node 2 is on the 2 × 4 paths from 0 or 1 outwards.
    b = betweenness(nx.barbell_graph(3, 1))
    assert b[3] == pytest.approx(9 / 15)
    assert b[2] == pytest.approx(8 / 15)
    assert b[0] == 0.0


def test_betweenness_samples_above_threshold_only() -> None:
    assert betweenness_k(BETWEENNESS_EXACT_MAX_NODES) is None
    assert betweenness_k(BETWEENNESS_EXACT_MAX_NODES + 1) == BETWEENNESS_SAMPLES
    assert betweenness_k(10, k=50) is None  # more pivots than nodes: exact


def test_sampled_betweenness_is_seeded_and_close_on_a_big_star() -> None:
    G = nx.star_graph(BETWEENNESS_EXACT_MAX_NODES + 500)
    first = betweenness(G, seed=7)
    assert first == betweenness(G, seed=7)
    assert first[0] == pytest.approx(1.0, abs=0.02)
    assert max(v for n, v in first.items() if n != 0) == 0.0


def _graphs_for_betweenness() -> list[nx.Graph]:
    multi = nx.MultiGraph([(0, 1), (0, 1), (1, 2), (2, 2), (2, 3), (3, 0), (4, 5)])
    multi_directed = nx.MultiDiGraph([(0, 1), (0, 1), (1, 2), (2, 0), (2, 3), (3, 3)])
    return [
        nx.path_graph(1),
        nx.path_graph(2),
        nx.barbell_graph(4, 2),
        nx.karate_club_graph(),
        nx.gnp_random_graph(60, 0.05, seed=1),
        nx.gnp_random_graph(60, 0.05, seed=2, directed=True),
        nx.barabasi_albert_graph(300, 2, seed=3),
        nx.Graph([("a", "b"), ("b", "b"), ("b", "c")]),
        multi,
        multi_directed,
    ]


def _assert_same(ours: dict, theirs: dict) -> None:
    assert list(ours) == list(theirs)
    for node, value in theirs.items():
        assert ours[node] == pytest.approx(value, rel=1e-12, abs=1e-15, nan_ok=True), node


@pytest.mark.parametrize(
    "graph", _graphs_for_betweenness(), ids=lambda g: f"{type(g).__name__}-{len(g)}"
)
@pytest.mark.parametrize("normalized", [True, False])
def test_betweenness_equals_networkx_exact_and_sampled(graph: nx.Graph, normalized: bool) -> None:
    G = graph
    # Same values as NetworkX's Brandes, directed or not, multigraphs and self-loops
    # included; sampled with the same pivots for the same seed, and the same scaling.
    expected = nx.betweenness_centrality(G, normalized=normalized)
    _assert_same(betweenness(G, normalized=normalized), expected)
    for k in (1, 2, 17):
        if k < len(G):
            sampled = nx.betweenness_centrality(G, k=k, seed=5, normalized=normalized)
            _assert_same(betweenness(G, k=k, seed=5, normalized=normalized), sampled)


def test_betweenness_of_an_empty_graph_is_empty() -> None:
    assert betweenness(nx.Graph()) == {}


def test_weighted_betweenness_reads_weights_as_distances() -> None:
    G = nx.Graph([("a", "b", {"d": 1}), ("b", "c", {"d": 1}), ("a", "c", {"d": 5})])
    assert betweenness(G, weight="d") == {"a": 0.0, "b": 1.0, "c": 0.0}


def test_pagerank_symmetric_graphs_are_uniform(triangle, pair_of_pairs) -> None:
    assert pagerank(triangle) == pytest.approx({0: 1 / 3, 1: 1 / 3, 2: 1 / 3})
    # The isolated node keeps only teleports and its own dangling mass:
    # y = 0.15/5 + 0.85·y/5, so y = 0.03/0.83; the four paired nodes share the rest.
    isolated = 0.03 / 0.83
    expected = {**dict.fromkeys("abcd", (1 - isolated) / 4), "e": isolated}
    assert pagerank(pair_of_pairs) == pytest.approx(expected, abs=1e-6)


def test_pagerank_star_centre_ranks_first(star) -> None:
    pr = pagerank(star)
    assert max(pr, key=pr.get) == 0
    assert sum(pr.values()) == pytest.approx(1.0)
    assert pagerank(nx.Graph()) == {}


def test_communities_triangle_is_one(triangle) -> None:
    assert communities(triangle) == {0: 0, 1: 0, 2: 0}


def test_communities_disconnected_pairs_are_apart(pair_of_pairs) -> None:
    groups = communities(pair_of_pairs)
    assert groups["a"] == groups["b"] != groups["c"] == groups["d"]
    assert groups["e"] not in {groups["a"], groups["c"]}
    assert groups["e"] == 2  # numbered by size, then by smallest member


def test_communities_two_cliques_and_a_fixed_seed() -> None:
    G = nx.barbell_graph(5, 0)
    groups = communities(G, seed=3)
    assert groups == communities(G, seed=3)
    assert {groups[n] for n in range(5)} == {0}
    assert {groups[n] for n in range(5, 10)} == {1}
    assert communities(nx.Graph()) == {}


def test_brokerage_star_centre_is_an_unconstrained_broker(star) -> None:
    frame = brokerage(star)
    # Burt: 3 contacts, none redundant; constraint 3 × (1/3)² = 1/3.
    assert frame.loc[0].to_dict() == pytest.approx(
        {"effective_size": 3.0, "efficiency": 1.0, "constraint": 1 / 3}
    )
    # A leaf's only contact: effective size 1, constraint 1.
    assert frame.loc[1].to_dict() == pytest.approx(
        {"effective_size": 1.0, "efficiency": 1.0, "constraint": 1.0}
    )


def test_brokerage_triangle_is_redundant(triangle) -> None:
    frame = brokerage(triangle)
    # Borgatti: n - 2t/n = 2 - 2·1/2 = 1; constraint 2 × (1/2 + 1/2·1/2)² = 1.125.
    assert frame["effective_size"].tolist() == pytest.approx([1.0, 1.0, 1.0])
    assert frame["efficiency"].tolist() == pytest.approx([0.5, 0.5, 0.5])
    assert frame["constraint"].tolist() == pytest.approx([1.125, 1.125, 1.125])


def test_brokerage_isolated_node_is_undefined(pair_of_pairs) -> None:
    frame = brokerage(pair_of_pairs)
    assert math.isnan(frame.loc["e", "effective_size"])
    assert math.isnan(frame.loc["e", "constraint"])
    assert frame.loc["a", "effective_size"] == 1.0
    assert brokerage(nx.Graph()).empty


@pytest.mark.parametrize("weight", [None, "weight"])
def test_brokerage_agrees_with_networkx(weight: str | None) -> None:
    G = nx.les_miserables_graph()
    frame = brokerage(G, weight=weight)
    size = nx.effective_size(G, nodes=list(G), weight=weight)
    constraint = nx.constraint(G, nodes=list(G), weight=weight)
    assert frame["effective_size"].tolist() == pytest.approx([size[n] for n in G])
    assert frame["constraint"].tolist() == pytest.approx([constraint[n] for n in G])


def _links(*records: tuple[str, str | None, str | None]) -> list[dict[str, str | None]]:
    return [{"iri": i, "link_class": c, "date": d} for i, c, d in records]


@pytest.fixture
def country_like() -> nx.Graph:
    """A, B, C share one triangular partnership t; A–B also have a South-South one."""
    G = nx.Graph()
    G.add_edge(
        "A", "B", partnerships=_links(("t", "triangular", "2019"), ("s", "south-south", "2017"))
    )
    G.add_edge("A", "C", partnerships=_links(("t", "triangular", "2019")))
    G.add_edge("B", "C", partnerships=_links(("t", "triangular", "2019")))
    G.add_edge("C", "D", partnerships=_links(("u", None, None)))
    G.add_node("E")
    return G


def test_link_class_shares_count_each_partnership_once(country_like) -> None:
    shares = link_class_shares(country_like)
    assert shares.loc["A", "links"] == 2  # t once, s once
    assert shares.loc["A", "triangular"] == 1
    assert shares.loc["A", "share_south_south"] == 0.5
    assert shares.loc["C", "links"] == 2
    assert shares.loc["C", "unclassified"] == 1  # a missing class counts as unclassified
    assert shares.loc["D", "share_unclassified"] == 1.0
    assert shares.loc["E", "links"] == 0
    assert math.isnan(shares.loc["E", "share_south_south"])


def test_link_class_shares_sum_to_one(country_like) -> None:
    shares = link_class_shares(country_like)
    share_columns = [c for c in shares.columns if c.startswith("share_")]
    totals = shares.loc[["A", "B", "C", "D"], share_columns].sum(axis=1)
    assert totals.tolist() == pytest.approx([1.0] * 4)


def test_timeline_counts_new_partnerships_per_year_and_fills_gaps(country_like) -> None:
    frame = timeline(country_like)
    assert frame.index.tolist() == [2017, 2018, 2019]
    assert frame["total"].tolist() == [1, 0, 1]
    assert frame.loc[2017, "south_south"] == 1
    assert frame.loc[2019, "triangular"] == 1  # t sits on three edges, counted once


def test_timeline_reads_partnership_nodes_and_is_empty_without_dates() -> None:
    G = nx.Graph()
    G.add_node("p", type="Partnership", date="2020-02", link_class="north-south")
    G.add_node("q", type="Partnership", year=2021, link_class="north-south")
    assert timeline(G)["north_south"].to_dict() == {2020: 1, 2021: 1}
    assert timeline(nx.Graph()).empty


# ---------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# Self-loops are left out: the projections never make them, and NetworkX's two code paths
# disagree on them (the sparse one calls a node with only a self-loop isolated, as we do).
edge_lists = st.lists(
    st.tuples(st.integers(0, 12), st.integers(0, 12)).filter(lambda e: e[0] != e[1]), max_size=40
)


@settings(max_examples=40, deadline=None)
@given(edge_lists)
def test_brokerage_matches_networkx_on_any_graph(edges: list[tuple[int, int]]) -> None:
    G = nx.Graph(edges)
    frame = brokerage(G)
    size = nx.effective_size(G, nodes=list(G))
    constraint = nx.constraint(G, nodes=list(G))
    for node in G:
        assert frame.loc[node, "effective_size"] == pytest.approx(size[node], nan_ok=True)
        assert frame.loc[node, "constraint"] == pytest.approx(constraint[node], nan_ok=True)


classes = st.sampled_from([*metrics.LINK_CLASSES, None])
years = st.one_of(st.none(), st.integers(1990, 2030).map(str))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sets(st.integers(0, 6), min_size=2, max_size=4), classes, years)))
def test_shares_and_timeline_agree_with_the_partnerships(rows) -> None:
    G = nx.Graph()
    for i, (members, link_class, year) in enumerate(rows):
        record = {"iri": f"p{i}", "link_class": link_class, "date": year}
        ordered = sorted(members)
        for a_index, a in enumerate(ordered):
            for b in ordered[a_index + 1 :]:
                if not G.has_edge(a, b):
                    G.add_edge(a, b, partnerships=[])
                G[a][b]["partnerships"].append(record)
    shares = link_class_shares(G)
    for node in G:
        expected = sum(1 for members, _, _ in rows if node in members)
        assert shares.loc[node, "links"] == expected
        share_columns = [c for c in shares.columns if c.startswith("share_")]
        assert shares.loc[node, share_columns].sum() == pytest.approx(1.0)
    dated = sum(1 for _, _, year in rows if year is not None)
    assert int(timeline(G)["total"].sum()) == dated


def test_large_graphs_use_label_propagation_with_the_same_numbering() -> None:
    G = nx.Graph([(0, 1), (1, 2), (0, 2), (3, 4)])
    assert communities(G, louvain_max_nodes=3) == {0: 0, 1: 0, 2: 0, 3: 1, 4: 1}
    path = nx.path_graph(40)
    assert communities(path, louvain_max_nodes=10) == communities(path, louvain_max_nodes=10)
