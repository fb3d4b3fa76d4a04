"""kg.viz without a browser: offline markup, escaping, determinism, aggregation, styling."""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from viz_samples import (
    BASE,
    HOSTILE_IMG,
    HOSTILE_LABEL,
    HOSTILE_QUOTE,
    sample_graph,
    synthetic_graph,
)

from kg.errors import KgError
from kg.viz import notebook_html, render_html, write_html
from kg.viz.layout import CORE_SIZE, positions
from kg.viz.style import MECHANISMS, mechanism_dashes, node_style

#: Ways a page can pull something from elsewhere (a licence comment's URL is not one).
RESOURCE_REFERENCES = [
    r"""\b(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:https?:)?//""",
    r"""@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//""",
    r"""url\(\s*["']?\s*(?:https?:)?//""",
    r"""\bfetch\s*\(""",
    r"""XMLHttpRequest""",
    r"""new\s+WebSocket""",
    r"""<link\b""",
    r"""<script[^>]*\bsrc\s*=""",
]


def page_data(page: str) -> dict:
    """The JSON document the page draws from."""
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert found, "page has no data block"
    return json.loads(found.group(1))


def test_page_references_no_remote_resource() -> None:
    page = render_html(sample_graph())
    for pattern in RESOURCE_REFERENCES:
        assert not re.search(pattern, page, re.I), pattern
    assert "sourceMappingURL" not in page


def test_page_inlines_vis_network_and_our_script() -> None:
    page = render_html(sample_graph())
    assert page.startswith("<!DOCTYPE html>")
    assert "@version 9.1.2" in page and "vis.js is dual licensed" in page
    assert "window.kg = kg" in page
    assert re.findall(r"^<script[^>]*>", page, re.M) == [
        '<script type="application/json" id="kg-data">',
        "<script>",
        "<script>",
    ]


def test_same_graph_gives_identical_bytes_whatever_the_insertion_order() -> None:
    graph = sample_graph()
    reversed_graph = nx.Graph()
    reversed_graph.add_nodes_from(reversed(list(graph.nodes(data=True))))
    reversed_graph.add_edges_from(reversed([(v, u, d) for u, v, d in graph.edges(data=True)]))
    assert render_html(graph) == render_html(graph) == render_html(reversed_graph)


def test_identical_bytes_across_processes_with_different_hash_seeds() -> None:
    script = (
        "import hashlib, sys; sys.path.insert(0, sys.argv[1]);"
        "from viz_samples import synthetic_graph; from kg.viz import render_html;"
        "print(hashlib.sha256(render_html(synthetic_graph(900)).encode()).hexdigest())"
    )
    tests = str(Path(__file__).parent)
    digests = {
        subprocess.run(
            [sys.executable, "-c", script, tests],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    local = hashlib.sha256(render_html(synthetic_graph(900)).encode()).hexdigest()
    assert digests == {local + "\n"}


def test_seed_changes_the_layout() -> None:
    graph = synthetic_graph(60)
    assert render_html(graph, seed=1) != render_html(graph, seed=2)


def test_document_text_never_appears_as_markup() -> None:
    page = render_html(sample_graph(), title='</title><script>window.__pwned="title"</script>')
    assert "window.__pwned" in page  # present, but only as escaped text or JSON
    assert "<script>window" not in page and "<img src=x" not in page
    assert "</script><script>" not in page
    assert "&lt;/title&gt;&lt;script&gt;" in page
    quotes = [p["quote"] for e in page_data(page)["edges"] for p in e["tip"]]
    assert HOSTILE_QUOTE in quotes and HOSTILE_IMG in quotes


def test_data_holds_every_node_edge_and_partnership() -> None:
    data = page_data(render_html(sample_graph()))
    assert len(data["nodes"]) == 6 and len(data["edges"]) == 5
    assert [row[0] for row in data["linkClasses"]] == [
        "south-south",
        "north-south",
        "triangular",
        "unclassified",
    ]
    assert sum(len(e["p"]) for e in data["edges"]) == 6
    assert data["years"] == [2018, 2022]
    assert ["AFG", "Afghanistan"] in data["countries"] and ["IRN", "Iran"] in data["countries"]
    assert data["meta"]["totalNodes"] == 6 and data["meta"]["physics"] > 0


def test_edge_style_follows_partnerships() -> None:
    data = page_data(render_html(sample_graph()))
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    edge = next(
        e for e in data["edges"] if {labels[e["from"]], labels[e["to"]]} == {"Iran", "Afghanistan"}
    )
    assert edge["n"] == 2 and edge["width"] > 1
    assert data["linkClasses"][edge["lc"]][0] == "south-south"
    assert {data["mechanisms"][k[1]][0] for k in edge["p"]} == {"agreement", "joint-operation"}
    assert sorted(k[2] for k in edge["p"]) == [2019, 2021]


def test_nodes_are_sized_by_weighted_degree_and_coloured_by_group() -> None:
    data = page_data(render_html(sample_graph()))
    by_label = {n["label"]: n for n in data["nodes"]}
    assert by_label["Afghanistan"]["size"] > by_label["Brazil"]["size"]
    assert by_label["Iran"]["color"] != by_label["Germany"]["color"]
    assert by_label["Iran"]["info"]["group"] == "Global South"
    assert by_label["UNODC"]["shape"] == "square"
    assert by_label["UNODC"]["info"]["aliases"] == [
        "ONUDC",
        "United Nations Office on Drugs and Crime",
    ]


def test_large_graph_is_aggregated_with_a_notice() -> None:
    graph = synthetic_graph(300)
    page = render_html(graph, max_nodes=100)
    data = page_data(page)
    assert len(data["nodes"]) <= 100
    assert 'id="notice"' in page and "300 nodes" in page
    groups = [n for n in data["nodes"] if n["info"].get("type") == "Group"]
    assert groups and all(
        re.fullmatch(r"[\d,]+ other (countries|organizations)", g["label"]) for g in groups
    )
    assert sum(g["info"]["members"] for g in groups) == 300 - (len(data["nodes"]) - len(groups))
    assert data["meta"]["totalNodes"] == 300


def test_country_draws_its_ego_network() -> None:
    data = page_data(render_html(sample_graph(), country="irn"))
    labels = sorted(n["label"] for n in data["nodes"])
    assert labels == sorted(["Iran", "Afghanistan", "UNODC", HOSTILE_LABEL])
    assert len(data["edges"]) == 3 and data["meta"]["focus"] == "IRN"
    assert data["meta"]["totalNodes"] == 4


def test_unknown_country_is_a_user_error() -> None:
    with pytest.raises(KgError, match="XYZ"):
        render_html(sample_graph(), country="XYZ")


def test_small_graph_has_no_notice() -> None:
    assert 'id="notice"' not in render_html(sample_graph())


def test_every_node_gets_a_stable_position_beyond_the_core() -> None:
    graph = nx.disjoint_union(nx.path_graph(CORE_SIZE + 50), nx.cycle_graph(5))
    ranks = {n: float(d) for n, d in graph.degree()}
    placed = positions(graph, ranks, seed=3)
    assert set(placed) == set(graph)
    assert placed == positions(graph, ranks, seed=3)
    assert len(set(placed.values())) == graph.number_of_nodes()


def test_write_html_writes_the_rendered_page(tmp_path: Path) -> None:
    out = write_html(sample_graph(), tmp_path / "out" / "graph.html", view="full")
    assert out == tmp_path / "out" / "graph.html"
    assert out.read_text(encoding="utf-8") == render_html(sample_graph(), view="full")
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]


def test_notebook_html_is_a_sandboxed_iframe_holding_the_page() -> None:
    frame = notebook_html(sample_graph(), height=500)
    assert frame.startswith('<div class="kg-graph"><iframe srcdoc="')
    assert 'sandbox="allow-scripts"' in frame
    assert "height:500px" in frame
    source = re.search(r'srcdoc="([^"]*)"', frame)
    assert source and html.unescape(source.group(1)) == render_html(sample_graph())


def test_unknown_view_and_tiny_max_nodes_are_refused() -> None:
    with pytest.raises(ValueError, match="view"):
        render_html(sample_graph(), view="people")
    with pytest.raises(ValueError, match="max_nodes"):
        render_html(sample_graph(), max_nodes=3)


def test_mechanism_dashes_are_distinct_and_stable() -> None:
    styles = mechanism_dashes([*MECHANISMS, "zeta", "alpha"])
    assert styles["agreement"] is False
    patterns = [json.dumps(d) for d in styles.values()]
    assert len(set(patterns)) == len(patterns)
    assert mechanism_dashes(["alpha", "zeta"]) == {k: styles[k] for k in ("alpha", "zeta")}
    assert mechanism_dashes(["Joint operation"])["Joint operation"] == MECHANISMS["joint-operation"]


def test_node_style_by_type() -> None:
    assert node_style({"type": "Programme"})[0] == "diamond"
    assert node_style({"type": "Agreement"})[0] == "triangle"
    assert node_style({"type": "Country", "global_south": None})[1] == "#9e9e9e"
    assert node_style({"type": "Thing"})[0] == "hexagon"


def test_edges_without_partnerships_and_labels_still_render() -> None:
    graph = nx.MultiGraph()
    graph.add_edge(BASE + "country/FRA", BASE + "country/MLI")
    graph.add_edge(BASE + "country/FRA", BASE + "country/MLI")
    data = page_data(render_html(graph))
    assert [n["label"] for n in data["nodes"]] == ["FRA", "MLI"]
    assert len(data["edges"]) == 1 and data["edges"][0]["tip"] == []
    assert data["years"] is None
