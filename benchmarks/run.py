"""Run every benchmark, print its table, and write JSON results to benchmarks/results/.

Run: ``.venv/bin/python benchmarks/run.py [--quick] [--only build query ...]``
(``make bench`` / ``make bench-quick``).

Runs bench_build first and hands its largest graph to bench_query and bench_store, then
every other ``bench_*.py`` in this folder. Scripts that take ``--json`` write their own
results; for the others the output is saved with the command, exit code and duration.
A summary of all runs goes to ``results/run.json``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
CACHE = RESULTS / "cache"
OURS = ("build", "query", "store")  # take --json, --quick and the built graph
#: Smaller runs of the other scripts for --quick.
QUICK_ARGS = {
    "analyze": ["--sizes", "1000", "10000", "--partnerships", "1000"],
    "extract": ["0.5"],
    "viz": ["--sizes", "1000"],
}


def scripts() -> list[str]:
    """Benchmark names (``bench_<name>.py``), ours first in pipeline order."""
    found = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    return [n for n in OURS if n in found] + [n for n in found if n not in OURS]


def command(name: str, quick: bool, graph: Path | None) -> list[str]:
    """The command line that runs benchmark ``name``."""
    cmd = [sys.executable, str(HERE / f"bench_{name}.py")]
    if name not in OURS:
        return cmd + (QUICK_ARGS.get(name, []) if quick else [])
    cmd += ["--json", str(RESULTS / f"{name}.json")] + (["--quick"] if quick else [])
    if name == "build":
        cmd += ["--keep", str(CACHE)]
    elif graph is not None and graph.is_file():
        cmd += ["--graph", str(graph)]
    return cmd


def run(name: str, cmd: list[str]) -> dict[str, Any]:
    """Run one benchmark, echoing its output; its summary record."""
    print(f"\n== {name}: {' '.join(Path(c).name if i < 2 else c for i, c in enumerate(cmd))}")
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    for line in proc.stdout or ():
        print(line, end="", flush=True)
        lines.append(line.rstrip("\n"))
    record = {
        "benchmark": name,
        "command": cmd,
        "returncode": proc.wait(),
        "seconds": time.perf_counter() - started,
    }
    if name not in OURS:
        (RESULTS / f"{name}.json").write_text(json.dumps(record | {"output": lines}, indent=1))
    return record


def largest_graph(quick: bool) -> Path | None:
    """The graph.trig of bench_build's largest corpus of this mode, if it was written."""
    graph = CACHE / f"build-{1000 if quick else 10_000}" / "graph.trig"
    return graph if graph.is_file() else None


def main() -> int:
    """Run the selected benchmarks; non-zero if any failed to run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes (a few minutes)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="e.g. build query store")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    records = []
    for name in scripts():
        if args.only and name not in args.only:
            continue
        records.append(run(name, command(name, args.quick, largest_graph(args.quick))))
    print(f"\n{'benchmark':<10} {'exit':>4} {'seconds':>8}")
    for r in records:
        print(f"{r['benchmark']:<10} {r['returncode']:>4} {r['seconds']:>8.0f}")
    summary = {"quick": args.quick, "finished": time.strftime("%Y-%m-%d %H:%M:%S"), "runs": records}
    (RESULTS / "run.json").write_text(json.dumps(summary, indent=1) + "\n", "utf-8")
    return int(any(r["returncode"] for r in records))


if __name__ == "__main__":
    sys.exit(main())
