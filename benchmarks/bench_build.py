"""End-to-end ``kg.pipeline.build`` over 100, 1,000 and 10,000 synthetic reports.

Run: ``.venv/bin/python benchmarks/bench_build.py [--sizes 100 1000 10000] [--quick]``.

Each size builds in a fresh subprocess (so imports, caches and the process pool are part
of the cost, as in ``kg build``). Peak memory is the largest sum of resident memory over
that process and its children (the extraction pool), sampled every 50 ms with psutil; the
largest single process (``ru_maxrss``) is reported too. The stage shares come from
``BuildResult.timings``. The CPU seconds of the build process and of its pool tell how far
scheduling alone could go: no schedule on this machine's cores finishes sooner than their
sum divided by the cores (the ``floor`` column). Targets (issue 8): at least 1 MB/s of
text, under 2 GB, and the 10,000-report run at most 12× the 1,000-report run. A build still
running after ``--timeout`` seconds is stopped and reported with the stages it finished
(``>`` seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus
from results_io import finish

STAGES = ("read", "extract", "rdf", "validate", "serialize", "analyze", "report", "html")
TARGET_MB_S, TARGET_PEAK_MB, TARGET_RATIO = 1.0, 2000.0, 12.0
CORES = len(os.sched_getaffinity(0))


def worker(folder: str, out: str) -> None:
    """Build ``folder`` into ``out`` and print the timings as JSON (runs in the subprocess).

    Each stage's end is also printed to stderr as it happens, so that a run stopped by the
    timeout still tells how far it got.
    """
    from kg import pipeline

    timed = pipeline._timed

    @contextmanager
    def logged(timings: dict[str, float], stage: str) -> Iterator[None]:
        with timed(timings, stage):
            yield
        print(json.dumps({"stage": stage, "seconds": timings[stage]}), file=sys.stderr, flush=True)

    pipeline._timed = logged
    started = time.perf_counter()
    result = pipeline.build([folder], out)
    seconds = time.perf_counter() - started
    stats = {k: v for k, v in result.stats.items() if isinstance(v, int | float | str)}
    pool = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool's workers, reaped by now
    cpu = {"main": time.process_time(), "pool": pool.ru_utime + pool.ru_stime}
    print(json.dumps({"seconds": seconds, "timings": result.timings, "stats": stats, "cpu": cpu}))


class PeakMemory:
    """Samples the summed RSS of a process tree in a background thread."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                total = sum(_rss(p) for p in procs)
            except psutil.NoSuchProcess:
                return
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def stop(self) -> int:
        """Stop sampling; the peak in bytes."""
        self._stop.set()
        self._thread.join()
        return self.peak


def _rss(proc: psutil.Process) -> int:
    try:
        return proc.memory_info().rss
    except psutil.NoSuchProcess:
        return 0


def run_size(count: int, work: Path, keep: Path | None, timeout: float) -> dict[str, Any]:
    """Write ``count`` reports, build them in a subprocess; one result row."""
    corpus_dir = work / f"corpus-{count}"
    megabytes = write_corpus(corpus_dir, count) / 1e6
    out = (keep or work) / f"build-{count}"
    command = [sys.executable, __file__, "--worker", str(corpus_dir), str(out)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = PeakMemory(proc.pid)
    started = time.perf_counter()
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop_tree(proc)
        stdout, stderr = proc.communicate()
    elapsed = time.perf_counter() - started
    peak = sampler.stop()
    stages = [json.loads(line) for line in stderr.splitlines() if line.startswith('{"stage"')]
    timed_out = proc.returncode != 0 and elapsed >= timeout
    if proc.returncode and not timed_out:
        sys.stderr.write(stderr)
        raise SystemExit(f"build of {count} reports failed ({proc.returncode})")
    measured: dict[str, Any] = (
        json.loads(stdout.strip().splitlines()[-1])
        if not timed_out
        else {
            "seconds": elapsed,
            "timings": {s["stage"]: s["seconds"] for s in stages},
            "stats": {},
            "cpu": {},
        }
    )
    seconds = measured["seconds"]
    cpu_seconds = sum(measured["cpu"].values())
    return {
        "documents": count,
        "timed_out": timed_out,
        "megabytes": megabytes,
        "seconds": seconds,
        "mb_per_s": megabytes / seconds,
        "peak_tree_mb": peak / 2**20,
        "max_process_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "timings": measured["timings"],
        "cpu_seconds": measured["cpu"],
        "floor_seconds": cpu_seconds / CORES if cpu_seconds else None,
        "stats": measured["stats"],
        "graph": str(out / "graph.trig"),
    }


def _stop_tree(proc: subprocess.Popen) -> None:
    """Kill the build and its pool workers (only the processes this run started)."""
    for child in psutil.Process(proc.pid).children(recursive=True):
        child.kill()
    proc.kill()


def row(r: dict[str, Any]) -> str:
    """One table line."""
    total = r["seconds"] or 1.0
    shares = " ".join(
        f"{100 * r['timings'][s] / total:>4.0f}%" if s in r["timings"] else f"{'-':>5}"
        for s in STAGES
    )
    seconds = f"{'>' if r['timed_out'] else ''}{r['seconds']:.1f}"
    cpu = r["cpu_seconds"]
    cpu_text = f"{cpu['main']:>5.1f} {cpu['pool']:>5.1f} {r['floor_seconds']:>5.1f}" if cpu else ""
    return (
        f"{r['documents']:>6} {r['megabytes']:>6.1f} {seconds:>8} {r['mb_per_s']:>6.2f} "
        f"{r['peak_tree_mb']:>7.0f} {r['max_process_mb']:>7.0f}  {shares}  {cpu_text:>17}"
    )


HEADER = (
    f"{'docs':>6} {'MB':>6} {'seconds':>8} {'MB/s':>6} {'peak MB':>7} {'max 1p':>7}  "
    + " ".join(f"{s[:5]:>5}" for s in STAGES)
    + f"  {'cpu:main':>8} {'pool':>5} {'floor':>5}"
)


def verdicts(rows: list[dict[str, Any]]) -> list[str]:
    """Pass/fail lines for the issue's targets, where the sizes allow.

    A build stopped at the timeout gives bounds: its MB/s can only be lower and its peak
    and time ratio only higher, so a bound on the good side of a target is UNKNOWN.
    """
    by_size = {r["documents"]: r for r in rows}
    largest = by_size[max(by_size)]
    stopped = largest["timed_out"]
    n = largest["documents"]
    lines = [
        _verdict(f"{n} docs ≥ {TARGET_MB_S} MB/s", largest["mb_per_s"], TARGET_MB_S, True, stopped),
        _verdict(
            f"{n} docs peak < {TARGET_PEAK_MB:.0f} MB",
            largest["peak_tree_mb"],
            TARGET_PEAK_MB,
            False,
            stopped,
        ),
    ]
    if 1000 in by_size and 10_000 in by_size:
        ratio = by_size[10_000]["seconds"] / by_size[1000]["seconds"]
        stopped = by_size[10_000]["timed_out"]
        lines.append(
            _verdict(
                f"10,000/1,000 time ≤ {TARGET_RATIO:.0f}×", ratio, TARGET_RATIO, False, stopped
            )
        )
    if largest["timed_out"]:
        lines.append(f"note: the {n}-report build was stopped at the timeout (values are bounds)")
    elif largest["floor_seconds"]:
        best = largest["megabytes"] / largest["floor_seconds"]
        lines.append(
            f"note: {n} docs took {sum(largest['cpu_seconds'].values()):.1f} CPU s; on {CORES} "
            f"cores no schedule beats {largest['floor_seconds']:.1f} s = {best:.2f} MB/s"
        )
    return lines


def _verdict(label: str, value: float, target: float, at_least: bool, bound: bool) -> str:
    """PASS/FAIL, or UNKNOWN when ``value`` is a bound (from a stopped run) that still passes."""
    ok = value >= target if at_least else value <= target
    verdict = "UNKNOWN" if ok and bound else "PASS" if ok else "FAIL"
    return (
        f"{verdict:<7}  {label}: {'≤' if at_least and bound else '≥' if bound else ''}{value:.2f}"
    )


def main() -> None:
    """Parse arguments, run each size, print the table and write JSON when asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10_000])
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 reports only")
    parser.add_argument("--keep", type=Path, help="keep the build outputs under this folder")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument(
        "--timeout", type=float, default=1200.0, help="stop a size's build after this many s"
    )
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return
    sizes = [100, 1000] if args.quick else args.sizes
    print("kg build end to end; stage columns are shares of the build time")
    print(HEADER, flush=True)
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for count in sizes:
            rows.append(run_size(count, Path(work), args.keep, args.timeout))
            print(row(rows[-1]), flush=True)
    results = {"rows": rows, "verdicts": verdicts(rows)}
    finish(results, args.json)


if __name__ == "__main__":
    main()
