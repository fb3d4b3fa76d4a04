"""The JSON contract of ``kg extract``: shape, offsets, determinism, empty documents."""

import json
from dataclasses import replace
from pathlib import Path

from test_extract_support import run

from kg.documents import document_from_text, load_documents
from kg.extract import extract, extraction_record
from kg.types import LINK_KINDS, MECHANISMS, STATUSES

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def test_empty_document_gives_an_empty_record() -> None:
    record = extraction_record(extract(document_from_text("empty.txt", "")))
    assert record == {
        "document": "empty.txt",
        "title": "",
        "date": None,
        "format": "txt",
        "url": None,
        "source_sha256": None,
        "entities": [],
        "links": [],
        "facts": [],
    }


def test_record_shape_and_vocabularies() -> None:
    text = "Japan funded a UNODC project in Kyrgyzstan in March 2020. It trained 30 officers."
    record = extraction_record(run(text))
    assert json.loads(json.dumps(record)) == record
    (link,) = record["links"]
    assert link["kind"] in LINK_KINDS and link["mechanism"] in MECHANISMS
    assert link["status"] in STATUSES and 0 <= link["confidence"] <= 1
    assert link["date"] == "2020-03" and link["countries"] == ["JPN", "KGZ"]
    ids = {e["id"] for e in record["entities"]}
    assert set(link["participants"]) <= ids
    countries = [e for e in record["entities"] if e["type"] == "Country"]
    assert {e["iso3"] for e in countries} == {"JPN", "KGZ"}


def test_every_offset_round_trips_on_the_reports() -> None:
    for doc in load_documents([RAW]):
        record = extraction_record(extract(doc))
        spans = [m for e in record["entities"] for m in e["mentions"]]
        spans += [link["evidence"] for link in record["links"]]
        spans += [fact["evidence"] for fact in record["facts"]]
        assert spans
        assert all(doc.text[s["start"] : s["end"]] == s["text"] for s in spans)


def test_output_is_deterministic_and_sorted() -> None:
    doc = load_documents([RAW])[2]
    first, second = extraction_record(extract(doc)), extraction_record(extract(doc))
    assert json.dumps(first) == json.dumps(second)
    assert [e["id"] for e in first["entities"]] == sorted(e["id"] for e in first["entities"])


def test_keys_are_stable_across_documents() -> None:
    a = run("The Drug Control Headquarters of Iran met UNODC.")
    b = run("Iran's DCHQ and the United Nations Office on Drugs and Crime signed an agreement.")
    keys = lambda ext: {e.key for e in ext.entities if e.type == "Organization"}  # noqa: E731
    assert keys(a) == keys(b) == {"organization/dchq", "organization/unodc"}


def test_record_carries_source_provenance_and_pages() -> None:
    text = "Annual report\n\nGhana and Togo signed a memorandum.\fUNODC trained officers."
    page_two = text.index("UNODC")
    doc = replace(
        document_from_text("report.pdf", text),
        format="pdf",
        pages=(0, page_two),
        url="https://example.org/report.pdf",
        source_sha256="ab" * 32,
    )
    record = extraction_record(extract(doc))
    assert record["format"] == "pdf" and record["url"] == "https://example.org/report.pdf"
    assert record["source_sha256"] == "ab" * 32
    (link,) = record["links"]
    assert link["evidence"]["page"] == 1
    unodc = next(e for e in record["entities"] if e["id"].endswith("organization/unodc"))
    assert [m["page"] for m in unodc["mentions"]] == [2]


def test_pages_are_null_for_documents_without_pages() -> None:
    record = extraction_record(run("Ghana and Togo signed a memorandum."))
    assert record["links"][0]["evidence"]["page"] is None
    assert all(m["page"] is None for e in record["entities"] for m in e["mentions"])
