"""The graph page in real headless Chromium, with the network cut off."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import CHROMIUM, PageRun, open_page, wait_stable
from PIL import Image, ImageStat
from viz_samples import HOSTILE_LABEL, HOSTILE_QUOTE, sample_graph, synthetic_graph

from kg.viz import notebook_html, write_html

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]

VISIBLE_EDGES = "kg.edges.get({filter: (e) => !e.hidden}).length"
EDGE_MIDDLE = """([a, b]) => {
  const find = (label) => kg.nodes.get({filter: (n) => n.label === label})[0].id;
  const ids = [find(a), find(b)];
  const p = kg.network.getPositions(ids);
  const [u, v] = [p[ids[0]], p[ids[1]]];
  const mid = kg.network.canvasToDOM({x: (u.x + v.x) / 2, y: (u.y + v.y) / 2});
  const box = document.getElementById("graph").getBoundingClientRect();
  return [box.left + mid.x, box.top + mid.y];
}"""
NODE_CENTRE = """(label) => {
  const id = kg.nodes.get({filter: (n) => n.label === label})[0].id;
  const at = kg.network.canvasToDOM(kg.network.getPositions([id])[id]);
  const box = document.getElementById("graph").getBoundingClientRect();
  return [box.left + at.x, box.top + at.y];
}"""


@pytest.fixture
def sample_page(tmp_path: Path) -> Path:
    """The sample network written to disk."""
    return write_html(sample_graph(), tmp_path / "graph.html")


def assert_clean(run: PageRun) -> None:
    """No request left the page, nothing was blocked, nothing was logged as an error."""
    assert run.requests == [] and run.blocked == []
    assert run.errors == []


def test_page_loads_offline_and_holds_the_whole_network(sample_page: Path) -> None:
    with open_page(sample_page) as run:
        wait_stable(run)
        counts = run.page.evaluate(
            "[kg.nodes.length, kg.edges.length,"
            " kg.network.body.nodeIndices.length, kg.network.body.edgeIndices.length]"
        )
        assert counts == [6, 5, 6, 5]
        assert run.page.evaluate(VISIBLE_EDGES) == 5
        assert run.page.evaluate("kg.network.physics.physicsEnabled") is False
        assert "6 of 6 nodes" in run.page.inner_text("#stats")
        assert_clean(run)


def test_link_class_filter_hides_edges(sample_page: Path) -> None:
    with open_page(sample_page) as run:
        wait_stable(run)
        run.page.get_by_label("south-south").uncheck()
        assert run.page.evaluate(VISIBLE_EDGES) == 4
        assert "4 of 5 edges" in run.page.inner_text("#stats")
        run.page.get_by_label("unclassified").uncheck()
        assert run.page.evaluate(VISIBLE_EDGES) == 2
        run.page.click("#reset")
        assert run.page.evaluate(VISIBLE_EDGES) == 5
        assert_clean(run)


def test_mechanism_year_and_country_filters(sample_page: Path) -> None:
    with open_page(sample_page) as run:
        wait_stable(run)
        run.page.get_by_label("training").uncheck()
        assert run.page.evaluate(VISIBLE_EDGES) == 3
        run.page.get_by_label("training").check()
        run.page.fill("#year-from", "2021")
        assert run.page.evaluate(VISIBLE_EDGES) == 3  # 2021, 2022 and the undated one
        run.page.get_by_label("include undated").uncheck()
        assert run.page.evaluate(VISIBLE_EDGES) == 2
        run.page.click("#reset")
        run.page.select_option("#ego", "BRA")
        assert run.page.evaluate(VISIBLE_EDGES) == 1
        assert run.page.evaluate("kg.nodes.get({filter: (n) => !n.hidden}).length") == 2
        assert_clean(run)


def test_country_option_opens_the_ego_view(tmp_path: Path) -> None:
    page = write_html(sample_graph(), tmp_path / "irn.html", country="IRN")
    with open_page(page) as run:
        wait_stable(run)
        assert run.page.input_value("#ego") == "IRN"
        assert run.page.evaluate("[kg.nodes.length, kg.edges.length]") == [4, 3]
        assert run.page.evaluate(VISIBLE_EDGES) == 3
        run.page.select_option("#ego", "AFG")
        assert run.page.evaluate(VISIBLE_EDGES) == 1
        assert_clean(run)


def test_hostile_document_text_is_shown_as_text_and_never_runs(sample_page: Path) -> None:
    with open_page(sample_page) as run:
        wait_stable(run)
        x, y = run.page.evaluate(EDGE_MIDDLE, ["Iran", "Afghanistan"])
        run.page.mouse.move(x, y)
        run.page.wait_for_selector("#tooltip:not([hidden])")
        assert HOSTILE_QUOTE in run.page.inner_text("#tooltip")
        run.page.mouse.click(x, y)
        assert HOSTILE_QUOTE in run.page.inner_text("#details")
        x, y = run.page.evaluate(NODE_CENTRE, HOSTILE_LABEL)
        run.page.mouse.move(x, y)
        run.page.wait_for_function(
            "document.getElementById('tooltip').textContent.includes('Evil</b>')"
        )
        run.page.mouse.click(x, y)
        injected = "#tooltip img, #tooltip b, #tooltip svg, #details img, #details b, #details svg"
        assert run.page.locator(injected).count() == 0
        assert run.page.locator("script").count() == 3
        assert run.page.evaluate("typeof window.__pwned") == "undefined"
        assert_clean(run)


def test_screenshot_is_not_blank(sample_page: Path, tmp_path: Path) -> None:
    with open_page(sample_page) as run:
        wait_stable(run)
        shot = tmp_path / "graph.png"
        run.page.locator("#graph").screenshot(path=str(shot))
    image = Image.open(shot).convert("L")
    assert ImageStat.Stat(image).stddev[0] > 10
    coloured = sum(image.histogram()[:200])
    assert coloured > 0.005 * image.width * image.height


def test_large_graph_is_drawn_aggregated_with_a_visible_notice(tmp_path: Path) -> None:
    page = write_html(synthetic_graph(1500), tmp_path / "big.html", max_nodes=300)
    with open_page(page) as run:
        wait_stable(run)
        assert run.page.is_visible("#notice")
        assert "1,500 nodes" in run.page.inner_text("#notice")
        assert run.page.evaluate("kg.nodes.length") <= 300
        assert_clean(run)


def test_notebook_iframe_runs_the_page(tmp_path: Path) -> None:
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><body>{notebook_html(sample_graph())}</body>", "utf-8")
    with open_page(host) as run:
        frame = run.page.frame_locator("iframe")
        frame.locator("#stats").wait_for()
        assert "6 of 6 nodes" in frame.locator("#stats").inner_text()
        assert_clean(run)
