"""The whole job in one call: documents → extractions → graph → validation → files.

The CLI's `kg build`, the notebooks and the benchmarks call these functions, so they all
produce the same outputs and time the same stages.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.documents import iter_documents
from kg.errors import DocumentError, KgError
from kg.types import Document, Extraction

VIEWS = ("countries", "organizations", "full")
GRAPH_FORMATS = {
    "trig": "graph.trig",
    "nquads": "graph.nq",
    "turtle": "graph.ttl",
    "jsonld": "graph.jsonld",
}
#: Below this many documents a process pool costs more than it saves (measured: process
#: start and pickling dominate small batches).
PARALLEL_MIN_DOCUMENTS = 64

Progress = Callable[[int], None]
SkipHandler = Callable[[Path, DocumentError], None]


@dataclass(frozen=True)
class BuildResult:
    """What a build produced: the dataset, its counts, the files written and stage times."""

    dataset: Any
    stats: dict[str, Any]
    written: tuple[Path, ...]
    timings: dict[str, float] = field(default_factory=dict)


def read_documents(
    paths: Iterable[str | Path], on_skip: SkipHandler | None = None
) -> list[Document]:
    """Read every document under ``paths``; broken ones go to ``on_skip`` when given."""
    return list(iter_documents(paths, on_error=on_skip))


def extract_documents(
    documents: Sequence[Document], *, jobs: int | None = None, progress: Progress | None = None
) -> list[Extraction]:
    """Extract every document, on all cores for large batches; same output as one process."""
    from kg.extract import extract

    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(documents) < PARALLEL_MIN_DOCUMENTS:
        return _collect(map(extract, documents), progress)
    chunk = max(1, len(documents) // (jobs * 8))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return _collect(pool.map(extract, documents, chunksize=chunk), progress)


def _collect(results: Iterable[Extraction], progress: Progress | None) -> list[Extraction]:
    extractions = []
    for extraction in results:
        extractions.append(extraction)
        if progress:
            progress(1)
    return extractions


def build(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    store: str = "memory",
    formats: Sequence[str] = ("trig", "turtle"),
    validate: bool = True,
    jobs: int | None = None,
    progress: Progress | None = None,
    on_skip: SkipHandler | None = None,
) -> BuildResult:
    """Read, extract, model, validate and write everything a build produces into ``out_dir``."""
    timings: dict[str, float] = {}
    with _timed(timings, "read"):
        documents = read_documents(paths, on_skip)
    if not documents:
        raise KgError("no readable documents")
    with _timed(timings, "extract"):
        extractions = extract_documents(documents, jobs=jobs, progress=progress)
    result = build_outputs(extractions, out_dir, store=store, formats=formats, validate=validate)
    return BuildResult(result.dataset, result.stats, result.written, timings | result.timings)


def build_outputs(
    extractions: Sequence[Extraction],
    out_dir: str | Path,
    *,
    store: str = "memory",
    formats: Sequence[str] = ("trig", "turtle"),
    validate: bool = True,
) -> BuildResult:
    """Model, validate and write the graph files, extraction JSON, report and page."""
    from kg.analyze import analyze, write_report
    from kg.rdf import dataset_stats, serialize, to_dataset
    from kg.viz import write_html

    unknown = sorted(set(formats) - set(GRAPH_FORMATS))
    if unknown:
        raise KgError(f"unknown graph format {unknown[0]!r}: use {', '.join(GRAPH_FORMATS)}")
    out = Path(out_dir)
    timings: dict[str, float] = {}
    with _timed(timings, "rdf"):
        dataset = to_dataset(extractions, store=store)
    if validate:
        with _timed(timings, "validate"):
            check_conforms(dataset)
    with _timed(timings, "serialize"):
        written = [serialize(dataset, out / GRAPH_FORMATS[f], f) for f in formats]
        written.append(write_extractions(extractions, out / "extractions.json"))
    with _timed(timings, "analyze"):
        analysis = analyze(dataset)
        written += write_report(analysis, out / "analysis")
    with _timed(timings, "html"):
        written.append(write_html(analysis.country_graph, out / "graph.html"))
    return BuildResult(dataset, dataset_stats(dataset), tuple(written), timings)


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started


def check_conforms(dataset: Any) -> None:
    """Raise KgError, with the SHACL report as details, when the graph breaks the shapes."""
    from kg.validate import validate

    result = validate(dataset)
    if not result.conforms:
        raise KgError(
            f"the graph breaks the SHACL shapes ({result.violations} violations); nothing written",
            details=result.text,
        )


def write_extractions(extractions: Iterable[Extraction], path: Path) -> Path:
    """Write the `kg extract --format json` records of ``extractions`` to ``path``, one
    record per line (compact lines use json's C encoder: indenting was 10× slower)."""
    import json

    from kg.extract import extraction_record
    from kg.fileio import write_text

    lines = [json.dumps(extraction_record(ext), ensure_ascii=False) for ext in extractions]
    return write_text(path, "[\n" + ",\n".join(lines) + "\n]\n")


def network_for_view(dataset: Any, view: str = "countries", country: str | None = None) -> nx.Graph:
    """The network a page shows: countries, organizations or everything, optionally one ego."""
    from kg import analyze

    projections = {
        "countries": analyze.country_network,
        "organizations": analyze.organization_network,
        "full": analyze.full_network,
    }
    if view not in projections:
        raise KgError(f"unknown view {view!r}: use {', '.join(VIEWS)}")
    network = projections[view](dataset)
    if country is None:
        return network
    return analyze.ego_network(network, country)
