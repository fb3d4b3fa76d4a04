"""The CLI end to end on the bundled reports, as a user runs it, including the error cases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
COMMANDS = ("build", "extract", "query", "analyze", "viz", "validate")

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `kg build` over the bundled reports, shared by the tests that read its outputs."""
    out = tmp_path_factory.mktemp("build")
    result = runner.invoke(app, ["build", str(RAW), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("kg ")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_build_writes_graph_page_and_report(built: Path) -> None:
    for name in ("graph.trig", "graph.ttl", "graph.html", "extractions.json"):
        assert (built / name).stat().st_size > 0, name
    assert (built / "analysis" / "report.md").read_text().strip()
    assert not list(built.rglob("*.tmp")), "temporary files left behind"


def test_build_summary_counts_documents(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["build", str(RAW / "000_0b9db81cab794cbc.txt"), "-o", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "documents" in result.stdout and "partnerships" in result.stdout
    assert f"wrote {tmp_path / 'graph.trig'}" in result.stdout


def test_build_twice_gives_identical_graph(built: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(RAW), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    for name in ("graph.trig", "graph.ttl", "graph.html"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_extract_json_contract_and_offsets() -> None:
    result = runner.invoke(app, ["extract", str(RAW), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["document"] for r in records] == sorted(p.name for p in RAW.glob("*.txt"))
    for record in records:
        text = (RAW / record["document"]).read_text(encoding="utf-8")
        for entity in record["entities"]:
            for mention in entity["mentions"]:
                assert text[mention["start"] : mention["end"]] == mention["text"]
        for link in record["links"]:
            evidence = link["evidence"]
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_extract_table_names_the_countries() -> None:
    result = runner.invoke(app, ["extract", str(RAW / "001_44401cf42fd5c947.txt")])
    assert result.exit_code == 0, result.output
    assert "ESP" in result.stdout and "IRQ" in result.stdout


def test_query_shipped_partners_of_iran(built: Path) -> None:
    args = ["query", "partners", "-p", "country=IRN", "-g", str(built / "graph.trig"), "-f", "csv"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "ESP" in result.stdout or "Spain" in result.stdout


def test_query_inline_sparql_counts_partnerships(built: Path) -> None:
    query = (
        "PREFIX kgo: <https://kg.example.org/ontology#> "
        "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kgo:Partnership }"
    )
    result = runner.invoke(app, ["query", query, "-g", str(built / "graph.trig"), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "n" in result.stdout


def test_analyze_and_viz_read_the_build(built: Path, tmp_path: Path) -> None:
    graph = str(built / "graph.trig")
    result = runner.invoke(app, ["analyze", "-g", graph, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)
    page = tmp_path / "iran.html"
    result = runner.invoke(app, ["viz", "-g", graph, "--country", "IRN", "--out", str(page)])
    assert result.exit_code == 0, result.output
    assert "<html" in page.read_text().lower()


@pytest.mark.parametrize("engine", ["auto", "sparql", "pyshacl"])
def test_validate_accepts_the_build(built: Path, engine: str) -> None:
    result = runner.invoke(app, ["validate", str(built / "graph.trig"), "--engine", engine])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout


def test_validate_refuses_an_unknown_engine(built: Path) -> None:
    result = runner.invoke(app, ["validate", str(built / "graph.trig"), "--engine", "jena"])
    _assert_one_line_error(result, "unknown engine 'jena'")


def _assert_one_line_error(result: object, needle: str) -> None:
    assert result.exit_code == 1  # type: ignore[attr-defined]
    stderr = result.stderr  # type: ignore[attr-defined]
    assert needle in stderr
    assert "Traceback" not in stderr
    assert stderr.strip().count("\n") == 0, stderr


def test_missing_path_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    _assert_one_line_error(result, "no such file or folder")
    assert not (tmp_path / "out").exists()


def test_folder_without_documents_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path)])
    _assert_one_line_error(result, "holds no documents")


@pytest.mark.parametrize(
    ("data", "needle"),
    [(b"\x00\x01\x02binary", "binary file"), (b"r\xe9sum\xe9", "not UTF-8 text")],
)
def test_bad_document_is_one_line_and_writes_nothing(
    tmp_path: Path, data: bytes, needle: str
) -> None:
    (tmp_path / "bad.txt").write_bytes(data)
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(tmp_path), "-o", str(out)])
    _assert_one_line_error(result, needle)
    assert not out.exists()


def test_bad_query_is_one_line(built: Path) -> None:
    result = runner.invoke(app, ["query", "SELECT ?x WHERE {", "-g", str(built / "graph.trig")])
    _assert_one_line_error(result, "kg: error:")


def test_malformed_graph_file_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b \n")
    result = runner.invoke(app, ["validate", str(bad)])
    _assert_one_line_error(result, "bad.ttl")


def test_missing_default_graph_says_run_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["analyze"])
    _assert_one_line_error(result, "run `kg build` first")


def test_console_script_error_has_no_traceback(tmp_path: Path) -> None:
    kg = Path(sys.executable).with_name("kg")
    proc = subprocess.run(
        [str(kg), "extract", str(tmp_path / "missing.txt")], capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"kg: error: {tmp_path / 'missing.txt'}: no such file or folder"
