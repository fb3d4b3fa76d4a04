"""`kg add`, `kg remove` and `kg serve` as a user runs them, on a real on-disk store."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

from SPARQLWrapper import JSON, SPARQLWrapper
from typer.testing import CliRunner

from kg.cli import app

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
runner = CliRunner()


def _count(store: str, query: str) -> str:
    result = runner.invoke(app, ["query", query, "--store", store, "-f", "csv"])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()[1]


def test_add_replace_and_remove_documents(tmp_path: Path) -> None:
    store = f"oxigraph:{tmp_path / 'store'}"
    triples = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"

    result = runner.invoke(app, ["add", str(RAW), "--store", store])
    assert result.exit_code == 0, result.output
    assert "it holds 3" in result.stdout
    before = _count(store, triples)

    result = runner.invoke(app, ["add", str(RAW / "001_44401cf42fd5c947.txt"), "--store", store])
    assert result.exit_code == 0, result.output
    assert "it holds 3" in result.stdout
    assert _count(store, triples) == before, "re-adding a document duplicated statements"

    result = runner.invoke(app, ["remove", "001_44401cf42fd5c947.txt", "--store", store])
    assert result.exit_code == 0, result.output
    assert "it holds 2" in result.stdout
    assert int(_count(store, triples)) < int(before)


def test_partners_from_the_store_match_the_build(tmp_path: Path) -> None:
    store = f"oxigraph:{tmp_path / 'store'}"
    assert runner.invoke(app, ["add", str(RAW), "--store", store, "-q"]).exit_code == 0
    assert runner.invoke(app, ["build", str(RAW), "-o", str(tmp_path / "b"), "-q"]).exit_code == 0
    args = ["query", "partners", "-p", "country=IRN", "-f", "csv"]
    from_store = runner.invoke(app, [*args, "--store", store]).stdout
    from_file = runner.invoke(app, [*args, "--graph", str(tmp_path / "b" / "graph.trig")]).stdout
    assert _rows(from_store) == _rows(from_file)


def _rows(csv_text: str) -> list[list[str]]:
    """CSV rows with each space-separated list sorted (engines order GROUP_CONCAT freely)."""
    rows = list(csv.reader(io.StringIO(csv_text)))[1:]
    return sorted([" ".join(sorted(cell.split())) for cell in row] for row in rows)


def test_removing_an_unknown_document_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["remove", "nope.txt", "--store", f"oxigraph:{tmp_path / 's'}"])
    assert result.exit_code == 1
    assert "no document 'nope.txt'" in result.stderr
    assert result.stderr.count("\n") == 1


def test_unknown_store_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["add", str(RAW), "--store", "mongo:x"])
    assert result.exit_code == 1
    assert "unknown store 'mongo:x'" in result.stderr


def test_serve_answers_a_real_sparql_client(tmp_path: Path) -> None:
    runner.invoke(app, ["build", str(RAW), "-o", str(tmp_path), "-q", "--no-validate"])
    kg = Path(sys.executable).with_name("kg")
    cmd = [str(kg), "serve", "--graph", str(tmp_path / "graph.trig"), "--port", "0"]
    with subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True) as server:
        try:
            line = server.stderr.readline() if server.stderr else ""
            url = re.search(r"http://127\.0\.0\.1:\d+/sparql", line)
            assert url, line
            client = SPARQLWrapper(url.group(0))
            client.setQuery(
                "PREFIX kgo: <https://kg.example.org/ontology#> "
                "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kgo:Partnership }"
            )
            client.setReturnFormat(JSON)
            rows = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
            assert int(rows[0]["n"]["value"]) > 0
        finally:
            server.terminate()
