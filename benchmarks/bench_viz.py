"""Time the graph page: HTML generation in Python, then load and layout in headless Chromium.

Run: ``.venv/bin/python benchmarks/bench_viz.py [--sizes 1000 5000] [--max-nodes 2000]``.
Prints one row per size; the page is opened from disk with the network cut off.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from browser import CHROMIUM, open_page, wait_stable
from viz_samples import synthetic_graph

from kg.fileio import write_text
from kg.viz import render_html

HEADER = " nodes  edges  drawn drawn e    MB  gen s  load s stable s"


def generation_time(graph: object, max_nodes: int, repeat: int = 3) -> tuple[float, str]:
    """Best wall time of ``render_html`` over ``repeat`` runs, and the page."""
    best, page = float("inf"), ""
    for _ in range(repeat):
        start = time.perf_counter()
        page = render_html(graph, max_nodes=max_nodes)  # type: ignore[arg-type]
        best = min(best, time.perf_counter() - start)
    return best, page


def browser_times(path: Path) -> tuple[float, float, int, int]:
    """Seconds to the load event and to a settled layout (page clock), with drawn counts."""
    with open_page(path) as run:
        wait_stable(run, timeout_ms=600_000)
        load = run.page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
        stable = run.page.evaluate("kg.stableAt")
        nodes, edges = run.page.evaluate("[kg.nodes.length, kg.edges.length]")
        if run.requests or run.errors:
            raise RuntimeError(f"page asked the network or failed: {run.requests} {run.errors}")
    return load / 1000, stable / 1000, nodes, edges


def bench(size: int, max_nodes: int, folder: Path) -> str:
    """One table row for a synthetic graph of ``size`` nodes."""
    graph = synthetic_graph(size)
    seconds, page = generation_time(graph, max_nodes)
    path = write_text(folder / f"graph-{size}.html", page)
    load, stable, nodes, edges = browser_times(path)
    megabytes = len(page.encode()) / 1e6
    return (
        f"{size:>6} {graph.number_of_edges():>6} {nodes:>6} {edges:>7} {megabytes:>5.1f} "
        f"{seconds:>6.2f} {load:>7.2f} {stable:>8.2f}"
    )


def main() -> None:
    """Parse arguments and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--max-nodes", type=int, default=2000)
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"needs Debian chromium at {CHROMIUM}")
    print(f"max_nodes={args.max_nodes}; times: best of 3 (gen), page clock (load, stable)")
    print(HEADER)
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            print(bench(size, args.max_nodes, Path(folder)), flush=True)


if __name__ == "__main__":
    main()
