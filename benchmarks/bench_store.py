"""Load and serialization of a graph of about 1,000,000 triples in each store.

Run: ``.venv/bin/python benchmarks/bench_store.py [--graph build/graph.trig] [--quick]``.

The graph is cut from ``--graph`` (e.g. bench_build's 10,000-report graph) as bench_query
does, or built from the synthetic corpus. For each store (``memory``: Oxigraph in memory,
the default; ``rdflib``: rdflib's memory store; ``oxigraph:DIR``: Oxigraph on disk) it times
``kg.store.load_dataset`` of the N-Quads file, the resident-memory growth while loading, and
``kg.rdf.serialize`` to N-Quads and to TriG (sorted, as ``kg build`` writes them).
``--quick`` uses 100,000 triples. Target (issue 8): 1M triples to N-Quads or TriG < 5 s.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_query import build_graph, read_quads, sized, write_nquads
from results_io import finish

from kg.rdf import serialize
from kg.store import load_dataset

TARGET_S = 5.0
FORMATS = {"nquads": "graph.nq", "trig": "graph.trig"}


def bench_store(spec: str, source: Path, work: Path) -> dict[str, Any]:
    """Load ``source`` into ``spec`` and serialize it in each format; one result row."""
    process = psutil.Process()
    gc.collect()
    before = process.memory_info().rss
    started = time.perf_counter()
    ds = load_dataset(source, store=spec)
    result: dict[str, Any] = {
        "store": spec.split(":")[0] + (" (disk)" if ":" in spec else ""),
        "load_s": time.perf_counter() - started,
        "load_mb": (process.memory_info().rss - before) / 2**20,
    }
    for fmt, name in FORMATS.items():
        started = time.perf_counter()
        path = serialize(ds, work / f"{spec.replace(':', '-').replace('/', '_')}-{name}", fmt)
        result[f"{fmt}_s"] = time.perf_counter() - started
        result[f"{fmt}_mb"] = path.stat().st_size / 1e6
        path.unlink()
    ds.close()
    del ds
    return result


def row(r: dict[str, Any]) -> str:
    """One table line."""
    return (
        f"{r['store']:<16} {r['load_s']:>7.1f} {r['load_mb']:>8.0f} "
        f"{r['nquads_s']:>9.1f} {r['trig_s']:>7.1f} {r['nquads_mb']:>8.0f} {r['trig_mb']:>7.0f}"
    )


HEADER = (
    f"{'store':<16} {'load s':>7} {'+RSS MB':>8} {'N-Quads s':>9} {'TriG s':>7} "
    f"{'N-Q MB':>8} {'TriG MB':>7}"
)


def verdicts(rows: list[dict[str, Any]], triples: int) -> list[str]:
    """Pass/fail of the serialization target in the default store."""
    default = next(r for r in rows if r["store"] == "memory")
    return [
        f"{'PASS' if default[f'{fmt}_s'] < TARGET_S else 'FAIL'}  {triples / 1e6:.2f}M triples "
        f"to {fmt} in the default store: {default[f'{fmt}_s']:.1f} s (< {TARGET_S:.0f})"
        for fmt in FORMATS
    ]


def main() -> None:
    """Parse arguments, load and serialize in every store, print and save."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, help="a graph to cut the 1M triples from")
    parser.add_argument("--docs", type=int, default=10_000, help="reports to build without --graph")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="100,000 triples")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    target = 100_000 if args.quick else args.triples
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = args.graph or build_graph(1000 if args.quick else args.docs, work)
        quads = sized(read_quads(source), target)
        path = write_nquads(quads, work / "cut.nq")
        print(f"{len(quads):,} triples ({path.stat().st_size / 1e6:.0f} MB of N-Quads)")
        del quads
        print(HEADER, flush=True)
        for spec in ("memory", "rdflib", f"oxigraph:{work / 'store'}"):
            rows.append(bench_store(spec, path, work))
            print(row(rows[-1]), flush=True)
        count = sum(1 for _ in path.open("rb"))
    results = {"triples": count, "rows": rows, "verdicts": verdicts(rows, count)}
    finish(results, args.json)


if __name__ == "__main__":
    main()
