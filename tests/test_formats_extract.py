"""The extractor finds in PDF, web page and Word renderings of a report what it finds in text."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fixtures_formats import HEADER, write_docx, write_html, write_pdf, write_pdf_interleaved

from kg.documents import page_of, read_document
from kg.extract import extract, extraction_record
from kg.types import Extraction

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
REPORTS = sorted(p.name for p in RAW.glob("*.txt"))
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = ROOT.parent / "shared" / "eval" / "gold"
WRITERS: dict[str, Callable[[Path, str], Path]] = {
    "pdf": write_pdf,
    "pdf-interleaved": write_pdf_interleaved,
    "html": write_html,
    "docx": write_docx,
}


@pytest.fixture(scope="module")
def extractions(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Extraction]:
    """Each bundled report extracted from its text and from each rendering: (format, name) → it."""
    out = tmp_path_factory.mktemp("renderings")
    found = {}
    for name in REPORTS:
        text = (RAW / name).read_text(encoding="utf-8")
        found["txt", name] = extract(read_document(RAW / name))
        for fmt, write in WRITERS.items():
            path = write(out / f"{Path(name).stem}-{fmt}.{fmt.split('-')[0]}", text)
            found[fmt, name] = extract(read_document(path))
    return found


def findings(ext: Extraction) -> dict[str, set[Any]]:
    """What a reader of the graph sees: entities by key, links by participants and mechanism."""
    return {
        "entities": {entity.key for entity in ext.entities},
        "links": {(p.participants, p.mechanism, p.kind) for p in ext.partnerships},
    }


@pytest.mark.parametrize("name", REPORTS, ids=lambda n: n[:3])
@pytest.mark.parametrize("fmt", WRITERS)
def test_every_format_yields_the_texts_findings(
    extractions: dict[tuple[str, str], Extraction], fmt: str, name: str
) -> None:
    assert findings(extractions[fmt, name]) == findings(extractions["txt", name])


def test_two_column_pdf_evidence_is_clean_and_paged(
    extractions: dict[tuple[str, str], Extraction],
) -> None:
    quotes = 0
    for name, fmt in itertools.product(REPORTS, ("pdf", "pdf-interleaved")):
        ext = extractions[fmt, name]
        source = " ".join((RAW / name).read_text(encoding="utf-8").replace("\u00a0", " ").split())
        for link in ext.partnerships:
            quote = link.evidence.quote
            assert quote == ext.document.text[link.evidence.start : link.evidence.end]
            assert HEADER not in quote
            assert " ".join(quote.split()) in source  # no page number slipped into a sentence
            assert 1 <= page_of(ext.document, link.evidence.start) <= len(ext.document.pages)
            quotes += 1
    assert quotes > 0


@pytest.mark.skipif(not SCORE.exists(), reason="the shared scorer is not checked out beside kg")
@pytest.mark.parametrize("fmt", WRITERS)
def test_every_format_scores_as_the_text_does(
    extractions: dict[tuple[str, str], Extraction], fmt: str, tmp_path: Path
) -> None:
    assert score(extractions, fmt, tmp_path) == score(extractions, "txt", tmp_path)


def score(extractions: dict[tuple[str, str], Extraction], fmt: str, tmp_path: Path) -> Any:
    """The shared scorer's figures for one format's extractions, filed under the text's names."""
    records = [extraction_record(extractions[fmt, name]) | {"document": name} for name in REPORTS]
    report = tmp_path / f"{fmt}.json"
    report.write_text(json.dumps(records), encoding="utf-8")
    run = [sys.executable, str(SCORE), str(report), str(GOLD), "--json"]
    out = subprocess.run(run, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["scores"]
