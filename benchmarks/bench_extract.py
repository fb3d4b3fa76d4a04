"""Extraction throughput: MB/s on about 1 MB of report text, and on half of it (linearity).

Usage: python benchmarks/bench_extract.py [MEGABYTES]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.documents import document_from_text, load_documents
from kg.extract import extract

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def corpus(size: int) -> str:
    """The bundled reports repeated to ``size`` characters, cut at a paragraph break."""
    text = "\n\n".join(doc.text for doc in load_documents([RAW]))
    out = (text + "\n\n") * (size // len(text) + 1)
    return out[: out.rfind("\n\n", 0, size)]


def rate(size: int) -> tuple[float, float, float]:
    """Wall seconds, MB/s by wall clock and MB/s by CPU time to extract ``size`` characters.

    CPU time is reported too because wall time swings on a shared, loaded machine.
    """
    doc = document_from_text("bench.txt", corpus(size))
    megabytes = len(doc.text.encode()) / 1e6
    start, cpu = time.perf_counter(), time.process_time()
    extract(doc)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    return seconds, megabytes / seconds, megabytes / cpu_seconds


def main(argv: list[str]) -> int:
    megabytes = float(argv[1]) if len(argv) > 1 else 1.0
    size = int(megabytes * 1_000_000)
    extract(document_from_text("warm.txt", corpus(10_000)))
    half_s, half_rate, half_cpu = rate(size // 2)
    full_s, full_rate, full_cpu = rate(size)
    print(f"{size / 2e6:.2f} MB: {half_s:.2f} s, {half_rate:.2f} MB/s ({half_cpu:.2f} MB/s CPU)")
    print(f"{size / 1e6:.2f} MB: {full_s:.2f} s, {full_rate:.2f} MB/s ({full_cpu:.2f} MB/s CPU)")
    print(f"time ratio full/half: {full_s / half_s:.2f} (2.0 is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
