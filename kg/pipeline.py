"""The whole job in one call: documents → extractions → graph → validation → files.

The CLI's `kg build`, the notebooks and the benchmarks call these functions, so they all
produce the same outputs and time the same stages.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import networkx as nx

from kg.documents import iter_documents
from kg.errors import DocumentError, KgError
from kg.fileio import atomic_open, staged_folder
from kg.graphtext import GraphSpool
from kg.memory import paused_gc
from kg.namespaces import graph_iri
from kg.types import Document, DocumentGraph, Extraction

if TYPE_CHECKING:
    from kg.analyze import Analysis
    from kg.store import Store

T = TypeVar("T")

VIEWS = ("countries", "organizations", "full")
GRAPH_FORMATS = {
    "trig": "graph.trig",
    "nquads": "graph.nq",
    "turtle": "graph.ttl",
    "jsonld": "graph.jsonld",
}
DEFAULT_FORMATS = ("trig", "turtle")
#: Below this many documents a process pool costs more than it saves (measured: process
#: start and pickling dominate small batches).
PARALLEL_MIN_DOCUMENTS = 64
#: Documents a worker takes at once: large enough to amortize pickling, small enough that
#: results (and the progress bar) flow steadily.
MAX_CHUNK = 32
#: Documents' graphs loaded into the store with one call.
LOAD_BATCH = 256
#: Bytes copied at once from a spool into an output file.
COPY_BUFFER = 1 << 20

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

    extractions = []
    for extraction in _map(extract, documents, jobs):
        extractions.append(extraction)
        if progress:
            progress(1)
    return extractions


def _extract_and_model(document: Document) -> tuple[bytes, DocumentGraph]:
    """One report read in a worker: its `kg extract` JSON record and its RDF graph, as the
    bytes the build writes, so the main process never holds the extraction itself."""
    from kg.extract import extract, extraction_record
    from kg.rdf import model

    extraction = extract(document)
    record = json.dumps(extraction_record(extraction), ensure_ascii=False).encode()
    return record, model(extraction)


def _map(
    work: Callable[[Document], T], documents: Sequence[Document], jobs: int | None
) -> Iterator[T]:
    """``work`` over ``documents`` in order: in a process pool for large batches."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(documents) < PARALLEL_MIN_DOCUMENTS:
        yield from map(work, documents)
        return
    chunk = max(1, min(MAX_CHUNK, len(documents) // (jobs * 8)))
    # A fork copies the state of the collector, which a build holds: workers collect as usual.
    with ProcessPoolExecutor(max_workers=jobs, initializer=gc.enable) as pool:
        yield from pool.map(work, documents, chunksize=chunk)


def build(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    store: str = "memory",
    formats: Sequence[str] = DEFAULT_FORMATS,
    validate: bool = True,
    jobs: int | None = None,
    progress: Progress | None = None,
    on_skip: SkipHandler | None = None,
) -> BuildResult:
    """Read, extract, model, validate and write everything a build produces into ``out_dir``
    (the collector held throughout, as in `build_documents`)."""
    check_formats(formats)
    with paused_gc():
        started = time.perf_counter()
        documents = read_documents(paths, on_skip)
        if not documents:
            raise KgError("no readable documents")
        read = time.perf_counter() - started
        result = build_documents(
            documents,
            out_dir,
            store=store,
            formats=formats,
            validate=validate,
            jobs=jobs,
            progress=progress,
        )
    return BuildResult(
        result.dataset, result.stats, result.written, {"read": read} | result.timings
    )


def build_documents(
    documents: Sequence[Document],
    out_dir: str | Path,
    *,
    store: str = "memory",
    formats: Sequence[str] = DEFAULT_FORMATS,
    validate: bool = True,
    jobs: int | None = None,
    progress: Progress | None = None,
    stage: Callable[[str], None] | None = None,
) -> BuildResult:
    """Extract and model ``documents`` into ``store``, validate the graph, and write the graph
    files, extraction JSON, report and page. ``stage`` hears the name of each later step.

    Timings: ``extract`` is the parallel phase (workers extract and model each report),
    ``rdf`` the part of it spent loading their graphs into the store. Validation and the
    writing of the graph files and extractions.json run in threads beside the analysis, so
    those stages' times overlap; the files are staged and move into ``out_dir`` only once
    the graph has passed validation and the report and page are written.

    The cyclic garbage collector is held for the whole build (see `paused_gc`): the build
    keeps what it makes (documents, networks, tables, the page's data) until it returns and
    makes almost no cycles, so the collector's passes over that growing heap freed nothing
    and cost 2 CPU s at 10,000 reports; it runs again once the build has returned.
    """
    with paused_gc():
        return _build_documents(documents, out_dir, store, formats, validate, jobs, progress, stage)


def _build_documents(
    documents: Sequence[Document],
    out_dir: str | Path,
    store: str,
    formats: Sequence[str],
    validate: bool,
    jobs: int | None,
    progress: Progress | None,
    stage: Callable[[str], None] | None,
) -> BuildResult:
    """`build_documents` with the collector held."""
    from kg.analyze import write_report
    from kg.rdf import dataset_stats
    from kg.store import open_store
    from kg.viz import write_html

    check_formats(formats)
    out = Path(out_dir)
    timings: dict[str, float] = {}
    opened = open_store(store)
    announce = stage or (lambda name: None)
    with tempfile.TemporaryFile() as records, tempfile.TemporaryFile() as graphs:
        spool = GraphSpool(graphs)
        _extract_into(opened, records, spool, documents, jobs, progress, timings)
        dataset = opened.dataset
        announce("Validating, analysing and writing" if validate else "Analysing and writing")
        with staged_folder(out) as staging, ThreadPoolExecutor(max_workers=2) as beside:
            checked = (
                beside.submit(_timed_call, timings, "validate", check_conforms, dataset)
                if validate
                else None
            )
            files = beside.submit(
                _timed_call,
                timings,
                "serialize",
                _write_files,
                dataset,
                staging,
                formats,
                spool,
                records,
            )
            analysis = _analysis_once_valid(dataset, checked, timings)
            with _timed(timings, "report"):
                written = write_report(analysis, out / "analysis")
            with _timed(timings, "html"):
                written.append(write_html(analysis.country_graph, out / "graph.html"))
            staged = files.result()
    written = [*(out / path.name for path in staged), *written]
    return BuildResult(dataset, dataset_stats(dataset), tuple(written), timings)


def _analysis_once_valid(
    dataset: Any, checked: Future[None] | None, timings: dict[str, float]
) -> Analysis:
    """The analysis of ``dataset``, computed while ``checked`` validates it in a thread
    (Oxigraph runs the checks without Python's lock, so both cores work); a broken graph
    raises the validation error, not whatever the analysis made of it."""
    from kg.analyze import analyze

    try:
        with _timed(timings, "analyze"):
            return analyze(dataset)
    finally:
        if checked is not None:
            checked.result()  # raised here, the validation error replaces the analysis's


def _write_files(
    dataset: Any, folder: Path, formats: Sequence[str], spool: GraphSpool, records: IO[bytes]
) -> list[Path]:
    """The graph files and extractions.json, written into ``folder``."""
    from kg.rdf import serialize

    graphs = [serialize(dataset, folder / GRAPH_FORMATS[f], f, spool=spool) for f in formats]
    return [*graphs, _write_records(records, folder / "extractions.json")]


def _extract_into(
    store: Store,
    records: IO[bytes],
    spool: GraphSpool,
    documents: Sequence[Document],
    jobs: int | None,
    progress: Progress | None,
    timings: dict[str, float],
) -> None:
    """Extract and model ``documents`` in workers, loading their graphs into ``store`` and
    spooling their graphs' text (for the graph files) and JSON records, already as the
    array extractions.json holds (``_write_records`` closes it)."""
    started = time.perf_counter()
    timings["rdf"] = 0.0
    pending: list[DocumentGraph] = []
    separator = b"[\n"
    for record, graph in _map(_extract_and_model, documents, jobs):
        records.writelines((separator, record))
        separator = b",\n"
        spool.add(graph_iri(graph.doc_id), graph.text)
        pending.append(graph)
        if len(pending) >= LOAD_BATCH:
            with _timed(timings, "rdf"):
                store.add_graphs(pending)
            pending = []
        if progress:
            progress(1)
    with _timed(timings, "rdf"):
        store.add_graphs(pending)
    timings["extract"] = time.perf_counter() - started - timings["rdf"]


def _write_records(records: IO[bytes], path: Path) -> Path:
    """extractions.json from the spooled records: a JSON array, one record per line (copied
    as a whole: a loop over 10,000 lines cost 0.4 CPU s)."""
    records.seek(0)
    with atomic_open(path, "wb") as out:
        shutil.copyfileobj(records, out, COPY_BUFFER)
        out.write(b"\n]\n" if out.tell() else b"[\n]\n")  # the latter: no records
    return path


def check_formats(formats: Sequence[str]) -> None:
    """Refuse unknown graph formats before anything is read or written."""
    unknown = sorted(set(formats) - set(GRAPH_FORMATS))
    if unknown:
        raise KgError(f"unknown graph format {unknown[0]!r}: use {', '.join(GRAPH_FORMATS)}")


def _timed_call(timings: dict[str, float], stage: str, work: Callable[..., T], *args: Any) -> T:
    with _timed(timings, stage):
        return work(*args)


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
