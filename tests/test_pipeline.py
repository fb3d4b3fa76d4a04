"""The pipeline: parallel extraction matches one process; builds report skipped files."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.documents import document_from_text, load_documents
from kg.pipeline import PARALLEL_MIN_DOCUMENTS, build, build_documents, extract_documents
from kg.rdf import serialize, statement_count

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def test_process_pool_gives_the_same_extractions_as_one_process() -> None:
    seeds = load_documents([RAW])
    documents = [
        document_from_text(f"{i:03d}_{seed.doc_id}", seed.text)
        for i in range(PARALLEL_MIN_DOCUMENTS // len(seeds) + 1)
        for seed in seeds
    ]
    assert len(documents) >= PARALLEL_MIN_DOCUMENTS
    done: list[int] = []
    parallel = extract_documents(documents, jobs=2, progress=done.append)
    assert sum(done) == len(documents)
    assert parallel == extract_documents(documents, jobs=1)


def test_build_times_every_stage(tmp_path: Path) -> None:
    result = build([RAW], tmp_path, formats=("trig", "nquads", "jsonld"))
    assert set(result.timings) >= {"read", "extract", "rdf", "validate", "serialize", "analyze"}
    assert {p.name for p in result.written} >= {"graph.trig", "graph.nq", "graph.jsonld"}
    assert result.stats["documents"] == 3


def test_build_skips_a_broken_document_but_processes_the_others(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text((RAW / "001_44401cf42fd5c947.txt").read_text())
    (docs / "bad.txt").write_bytes(b"\xff\xfe\x00binary")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(docs), "-o", str(out)])
    assert result.exit_code == 1
    assert "bad.txt: binary file" in result.stderr
    assert "1 document(s) skipped" in result.stderr
    assert "Traceback" not in result.stderr
    assert "good.txt" in (out / "extractions.json").read_text()


def test_unknown_graph_format_is_refused_before_writing(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", str(RAW), "-o", str(tmp_path / "o"), "-f", "rdfxml"])
    assert result.exit_code == 1
    assert "unknown graph format 'rdfxml'" in result.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("view", ["countries", "organizations", "full"])
def test_every_view_renders(tmp_path: Path, view: str) -> None:
    build([RAW], tmp_path / "b", validate=False)
    page = tmp_path / f"{view}.html"
    args = ["viz", "-g", str(tmp_path / "b" / "graph.trig"), "--view", view, "-o", str(page)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert page.read_text().count("<html") == 1


def test_a_build_on_every_core_writes_the_same_files_as_one_process(tmp_path: Path) -> None:
    seeds = load_documents([RAW])
    documents = [
        document_from_text(f"{i:03d}_{seed.doc_id}", seed.text)
        for i in range(PARALLEL_MIN_DOCUMENTS // len(seeds) + 1)
        for seed in seeds
    ]
    outputs = []
    for jobs in (1, 2):
        out = tmp_path / f"jobs{jobs}"
        build_documents(documents, out, formats=("trig",), validate=False, jobs=jobs)
        outputs.append([(out / name).read_bytes() for name in ("graph.trig", "extractions.json")])
    assert outputs[0] == outputs[1]
    assert len(json.loads(outputs[0][1])) == len(documents)


def test_graph_files_copied_from_the_workers_text_match_the_store_written_ones(
    tmp_path: Path,
) -> None:
    seeds = load_documents([RAW])
    again = document_from_text(seeds[0].doc_id, seeds[1].text)  # a document read twice
    result = build_documents([*seeds, again], tmp_path, formats=("trig", "turtle"))
    for fmt, name in (("trig", "graph.trig"), ("turtle", "graph.ttl")):
        from_store = serialize(result.dataset, tmp_path / f"store-{name}", fmt)
        assert (tmp_path / name).read_bytes() == from_store.read_bytes()
    dataset = ox.Dataset(ox.parse(path=str(tmp_path / "graph.trig"), format=ox.RdfFormat.TRIG))
    assert len(dataset) == statement_count(result.dataset)


def test_a_graph_breaking_the_shapes_stops_the_build_before_any_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Validation runs beside the analysis, yet a broken graph still writes nothing."""
    import kg.pipeline as pipeline
    from kg.errors import KgError
    from kg.namespaces import KG, KGO

    extract_into = pipeline._extract_into

    def with_a_bare_partnership(store, *args):  # type: ignore[no-untyped-def]
        extract_into(store, *args)
        graph = store.dataset.graph(KG["graph/broken"])
        graph.add((KG["partnership/broken"], RDF.type, KGO.Partnership))

    monkeypatch.setattr(pipeline, "_extract_into", with_a_bare_partnership)
    out = tmp_path / "out"
    with pytest.raises(KgError, match="breaks the SHACL shapes"):
        build([RAW], out)
    assert not out.exists() or not any(out.rglob("*"))
