"""Time the network analysis on synthetic graphs of 1k, 10k and 100k nodes.

Run: ``.venv/bin/python benchmarks/bench_analyze.py [--sizes 1000 10000 100000]``.

The graphs are Barabási–Albert graphs with two links per new node (about 2n edges, a
few hubs, like cooperation networks), each edge carrying a weight and a partnership
record so every metric has data. One row per (size, metric) gives seconds and
microseconds per edge: a flat µs/edge column means linear cost. Betweenness is exact
up to `BETWEENNESS_EXACT_MAX_NODES` nodes, then samples `BETWEENNESS_SAMPLES` pivots.
Communities use Louvain up to `LOUVAIN_MAX_NODES` nodes (pure Python Louvain takes 2 s
at 10k nodes but ran for more than 4 CPU-minutes at 100k nodes), then seeded label
propagation, which stays near-linear. The
RDF projection is timed separately, on Oxigraph-backed datasets of ``--partnerships``
partnerships.

``--graph build/graph.trig …`` instead times each step of ``kg build``'s analysis
(`analyze` + `write_report`) on graph files it wrote, in CPU seconds, the least of
``--repeat`` runs.
"""

# G: NetworkX's name for a graph.
# ruff: noqa: N803, N806

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
from oxrdflib import OxigraphStore
from rdflib import Dataset

from kg.analyze import export, metrics
from kg.analyze.projections import country_graph, load_model, organization_graph
from kg.analyze.synthetic import random_dataset
from kg.namespaces import LINK_CLASSES

HEADER = f"{'nodes':>7} {'edges':>7}  {'step':<26} {'seconds':>8} {'µs/edge':>8}"


def synthetic_graph(n: int, *, seed: int = 0) -> nx.Graph:
    """A Barabási–Albert graph whose edges look like the country network's."""
    G = nx.barabasi_albert_graph(n, 2, seed=seed)
    rng = random.Random(seed)
    for i, (_, _, data) in enumerate(G.edges(data=True)):
        link_class = rng.choice(LINK_CLASSES)
        date = str(2000 + rng.randrange(25))
        data["weight"] = rng.randint(1, 3)
        data["partnerships"] = [{"iri": f"p{i}", "link_class": link_class, "date": date}]
    return G


def timed(step: Callable[[], Any]) -> float:
    """Wall-clock seconds of one call."""
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def metric_steps(G: nx.Graph, folder: Path) -> dict[str, Callable[[], Any]]:
    """The steps to time on ``G``, by row label."""
    k = metrics.betweenness_k(len(G))
    steps: dict[str, Callable[[], Any]] = {
        "degree": lambda: metrics.degree(G),
        "weighted_degree": lambda: metrics.weighted_degree(G),
        "pagerank": lambda: metrics.pagerank(G),
        f"betweenness ({'exact' if k is None else f'k={k}'})": lambda: metrics.betweenness(G),
        "brokerage": lambda: metrics.brokerage(G),
        "link_class_shares": lambda: metrics.link_class_shares(G),
        "timeline": lambda: metrics.timeline(G),
        "export graphml": lambda: export.export_graph(G, folder / "g.graphml", "graphml"),
    }
    method = "Louvain" if len(G) <= metrics.LOUVAIN_MAX_NODES else "label propagation"
    steps[f"communities ({method})"] = lambda: metrics.communities(G, seed=0)
    return steps


def bench_metrics(sizes: list[int], folder: Path) -> float:
    """Print one row per metric and size; return the total seconds."""
    total = 0.0
    for n in sizes:
        G = synthetic_graph(n)
        m = G.number_of_edges()
        for label, step in metric_steps(G, folder).items():
            seconds = timed(step)
            total += seconds
            print(
                f"{n:>7} {m:>7}  {label:<26} {seconds:>8.2f} {1e6 * seconds / m:>8.1f}", flush=True
            )
    return total


def bench_projection(counts: list[int]) -> float:
    """Print the time to read the country network from an Oxigraph-backed dataset."""
    total = 0.0
    for count in counts:
        ds = random_dataset(
            max(10, count // 5), count, ds=Dataset(OxigraphStore(), default_union=True)
        )
        start = time.perf_counter()
        country_graph(load_model(ds))
        seconds = time.perf_counter() - start
        total += seconds
        print(f"{count:>7} partnerships: SPARQL → country network {seconds:>7.2f} s", flush=True)
    return total


def cpu(step: Callable[[], Any]) -> tuple[float, Any]:
    """CPU seconds of one call (the machine is shared: wall-clock time says less) and its result."""
    start = time.process_time()
    result = step()
    return time.process_time() - start, result


def graph_steps(ds: Dataset, folder: Path) -> dict[str, float]:
    """CPU seconds of each step of one analysis of ``ds``, its report written to ``folder``."""
    from kg.analyze.report import analyze, metric_table, write_report

    runs: dict[str, float] = {}
    runs["load_model"], model = cpu(lambda: load_model(ds))
    runs["country network"], cg = cpu(lambda: country_graph(model))
    runs["organization network"], og = cpu(lambda: organization_graph(model))
    runs["country metrics"], _ = cpu(lambda: metric_table(cg))
    runs["organization metrics"], _ = cpu(lambda: metric_table(og))
    runs["analyze"], analysis = cpu(lambda: analyze(ds))
    runs["write_report"], _ = cpu(lambda: write_report(analysis, folder))
    return runs


def bench_graph(path: Path, repeat: int) -> None:
    """Print the CPU seconds of each step of `analyze` + `write_report` on a graph file.

    The least of ``repeat`` runs per step; the graph is loaded into the memory store once.
    """
    from kg.store import load_dataset

    ds = load_dataset(path)
    best: dict[str, float] = {}
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as folder:
            for step, seconds in graph_steps(ds, Path(folder)).items():
                best[step] = min(seconds, best.get(step, seconds))
    best["analyze + write_report"] = best["analyze"] + best["write_report"]
    for step, seconds in best.items():
        print(f"{path.parent.name:<16} {step:<22} {seconds:>7.2f} s CPU", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--partnerships", type=int, nargs="*", default=[1000, 10_000])
    parser.add_argument(
        "--graph", type=Path, nargs="*", default=[], help="graph files of kg build to time"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per graph file")
    args = parser.parse_args()
    if args.graph:
        for path in args.graph:
            bench_graph(path, args.repeat)
        return
    print(HEADER)
    with tempfile.TemporaryDirectory() as folder:
        total = bench_metrics(args.sizes, Path(folder))
    total += bench_projection(args.partnerships)
    print(f"total {total:.1f} s")


if __name__ == "__main__":
    main()
