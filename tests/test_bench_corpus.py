"""The benchmark corpus: deterministic, and its link sentences extract to links."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from kg.documents import document_from_text
from kg.extract import extract
from kg.types import Extraction

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import corpus


def run(text: str) -> Extraction:
    return extract(document_from_text("t.txt", text))


def test_same_seed_same_reports_and_prefixes_agree() -> None:
    assert list(corpus.reports(5, seed=3)) == list(corpus.reports(5, seed=3))
    assert list(corpus.reports(3, seed=3)) == list(corpus.reports(5, seed=3))[:3]
    assert list(corpus.reports(3, seed=3)) != list(corpus.reports(3, seed=4))


def test_write_corpus_writes_the_reports(tmp_path: Path) -> None:
    size = corpus.write_corpus(tmp_path, 4, seed=1)
    files = sorted(tmp_path.glob("*.txt"))
    assert [f.name for f in files] == [name for name, _ in corpus.reports(4, seed=1)]
    assert size == sum(f.stat().st_size for f in files)


@pytest.mark.parametrize("template", corpus.LINKS, ids=lambda t: t.__name__)
def test_link_sentences_extract_to_links(template: corpus.Template) -> None:
    writer = corpus.Writer(random.Random(0))
    found = [bool(run(template(writer)).partnerships) for _ in range(5)]
    assert sum(found) >= 3


@pytest.mark.parametrize("template", corpus.NON_LINKS, ids=lambda t: t.__name__)
def test_other_sentences_are_not_links(template: corpus.Template) -> None:
    writer = corpus.Writer(random.Random(0))
    assert not any(run(template(writer)).partnerships for _ in range(5))


def test_every_report_has_links() -> None:
    for name, text in corpus.reports(3):
        assert run(text).partnerships, name
