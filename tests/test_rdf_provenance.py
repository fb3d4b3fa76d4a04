"""Format-aware provenance: file and text hashes, media type, URL, pages and evidence pages."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from fixtures_formats import write_docx, write_html, write_pdf_lines
from rdflib import Literal, URIRef
from rdflib import namespace as ns
from test_rdf import sample
from typer.testing import CliRunner

from kg.cli import app
from kg.documents import read_document
from kg.extract import extract
from kg.formats import MEDIA_TYPES
from kg.namespaces import KGO, document_iri, graph_iri
from kg.query import query_df
from kg.rdf import select, serialize, to_dataset, url_iri
from kg.types import Extraction
from kg.validate import validate

SENTENCE = (
    "Iran and Afghanistan signed a memorandum of understanding on drug control cooperation "
    "in Kabul in 2021."
)
PDF_PAGES = [
    ["Border Liaison Newsletter", "", "The office opened a new laboratory in Tehran in 2020."],
    [
        "Iran and Afghanistan signed a memorandum of understanding on",
        "drug control cooperation in Kabul in 2021.",
    ],
]
TEXT = f"Cooperation at the border\n\n{SENTENCE}\n"
URL = "https://www.unodc.org/islamicrepublicofiran/en/news/mou-2021.html"
DOC_QUERY = """
SELECT ?sha ?textSha ?format ?url ?pages WHERE {
  ?d dcterms:identifier ?id ; kgo:sha256 ?sha ; kgo:textSha256 ?textSha .
  OPTIONAL { ?d dcterms:format ?format }
  OPTIONAL { ?d schema:url ?url }
  OPTIONAL { ?d schema:numberOfPages ?pages }
  FILTER(?id = "%s")
}
"""
PAGE_QUERY = """
SELECT DISTINCT ?page WHERE {
  ?p a kgo:Partnership ; kgo:involvesCountry country:IRN, country:AFG ; kgo:evidence ?ev .
  ?ev oa:hasSource/dcterms:identifier "%s" .
  OPTIONAL { ?ev kgo:page ?page }
}
"""


def write_reports(folder: Path) -> dict[str, Path]:
    """A two-page PDF (the link on page 2), a saved web page with a canonical URL, a DOCX."""
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "pdf": write_pdf_lines(folder / "report.pdf", PDF_PAGES, header="UNODC Iran"),
        "html": write_html(folder / "page.html", TEXT, url=URL),
        "docx": write_docx(folder / "letter.docx", TEXT),
    }


def read_all(files: dict[str, Path]) -> dict[str, Extraction]:
    return {fmt: extract(read_document(path)) for fmt, path in files.items()}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, Path], dict]:
    files = write_reports(tmp_path_factory.mktemp("reports"))
    extractions = read_all(files)
    return to_dataset(extractions.values()), files, extractions


def document_row(ds: Any, doc_id: str) -> dict[str, Any]:
    """The document's provenance as Python values (None where absent)."""
    rows = select(ds, DOC_QUERY % doc_id)
    assert len(rows) == 1, rows
    names = ("sha", "textSha", "format", "url", "pages")
    return {n: (None if v is None else v.toPython()) for n, v in zip(names, rows[0], strict=True)}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("fmt", ["pdf", "html", "docx"])
def test_document_records_file_hash_text_hash_and_media_type(built: Any, fmt: str) -> None:
    ds, files, extractions = built
    doc = extractions[fmt].document
    row = document_row(ds, files[fmt].name)
    assert row["sha"] == sha256(files[fmt].read_bytes())
    assert row["textSha"] == sha256(doc.text.encode("utf-8")) != row["sha"]
    assert row["format"] == MEDIA_TYPES[fmt]


def test_pdf_has_its_page_count_and_no_url(built: Any) -> None:
    row = document_row(built[0], "report.pdf")
    assert row["format"] == "application/pdf"
    assert row["pages"] == 2 and row["url"] is None


def test_web_page_has_its_canonical_url_as_an_iri(built: Any) -> None:
    ds = built[0]
    row = document_row(ds, "page.html")
    assert row["url"] == URL and row["pages"] is None
    node = URIRef(document_iri("page.html"))
    graph = ds.graph(URIRef(graph_iri("page.html")))
    assert graph.value(node, URIRef("https://schema.org/url")) == URIRef(URL)


def test_evidence_on_page_two_says_so(built: Any) -> None:
    ds, _, extractions = built
    doc = extractions["pdf"].document
    assert doc.text.index("Iran and Afghanistan") >= doc.pages[1]
    assert [row[0] for row in select(ds, PAGE_QUERY % "report.pdf")] == [
        Literal("2", datatype=ns.XSD.integer)
    ]


def test_evidence_without_pages_has_no_page(built: Any) -> None:
    for doc_id in ("page.html", "letter.docx"):
        assert [row[0] for row in select(built[0], PAGE_QUERY % doc_id)] == [None]


def test_the_evidence_query_returns_the_page_and_keeps_text_rows(built: Any) -> None:
    ds, _, extractions = built
    ds = to_dataset([*extractions.values(), sample("a.txt")])
    df = query_df(ds, "evidence", {"country": "IRN", "partner": "AFG"})
    pages = {doc: group["page"].tolist() for doc, group in df.groupby("document")}
    assert set(pages["report.pdf"]) == {2}
    assert pd.isna(pages["a.txt"] + pages["page.html"]).all()
    assert list(df.columns)[-1] == "page" and "quote" in df.columns


def test_the_graph_conforms_to_the_shapes(built: Any) -> None:
    result = validate(built[0])
    assert result.conforms, result.text


def test_trig_is_byte_identical_across_builds(built: Any, tmp_path: Path) -> None:
    _, files, _ = built
    first = serialize(to_dataset(read_all(files).values()), tmp_path / "1.trig", "trig")
    again = to_dataset(read_all(files).values(), store="rdflib")
    second = serialize(again, tmp_path / "2.trig", "trig")
    assert first.read_bytes() == second.read_bytes()
    assert b"numberOfPages" in first.read_bytes() and b"kgo:page" in first.read_bytes()


def test_text_built_in_memory_hashes_its_text() -> None:
    ext = sample("a.txt")
    row = document_row(to_dataset([ext]), "a.txt")
    assert row["sha"] == row["textSha"] == ext.document.sha256
    assert row["format"] == "text/plain" and row["pages"] is None


def test_bad_page_and_hash_break_the_shapes() -> None:
    ds = to_dataset([sample("a.txt")])
    graph = ds.graph(URIRef(graph_iri("a.txt")))
    assert (None, KGO.page, None) not in graph  # a text file has no pages
    node = URIRef(document_iri("a.txt"))
    ev = next(graph.objects(None, KGO.evidence))
    graph.add((ev, KGO.page, Literal("0", datatype=ns.XSD.integer)))
    graph.set((node, KGO.textSha256, Literal("F" * 64)))
    result = validate(ds)
    assert result.violations == 2, result.text
    assert "positive integer" in result.text and "SHA-256 of its text" in result.text


@pytest.mark.parametrize(
    ("url", "iri"),
    [
        (URL, URL),
        (" https://example.org/a b?q=1#x ", "https://example.org/a%20b?q=1#x"),
        ("https://example.org/caf\u00e9", "https://example.org/caf%C3%A9"),
        ("/news/report.html", None),
        ("", None),
        (None, None),
    ],
)
def test_url_iri(url: str | None, iri: str | None) -> None:
    assert url_iri(url) == (None if iri is None else URIRef(iri))


def test_a_document_with_an_odd_url_still_conforms() -> None:
    ext = sample("a.txt")
    doc = replace(ext.document, url="not a url", pages=(0, 40))
    ds = to_dataset([Extraction(doc, ext.entities, ext.partnerships, ext.facts)])
    assert document_row(ds, "a.txt")["url"] is None
    assert validate(ds).conforms


def test_cli_build_then_evidence_query_shows_the_page(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    write_pdf_lines(folder / "report.pdf", PDF_PAGES, header="UNODC Iran")
    runner, out = CliRunner(), tmp_path / "build"
    result = runner.invoke(app, ["build", str(folder), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    args = ["query", "evidence", "-p", "country=AFG", "-g", str(out / "graph.trig")]
    rows = json.loads(runner.invoke(app, [*args, "-f", "json"]).output)
    assert [(row["document"], row["page"]) for row in rows] == [("report.pdf", 2)]
    table = runner.invoke(app, args)
    assert table.exit_code == 0 and "page" in table.output
