"""The documents stage: files and folders in, normalized Documents out, bad input refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import dateline_date, document_from_text, find_date, load_documents, read_document
from kg.errors import DocumentError, KgError

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def test_bundled_reports_load_with_ids_and_titles() -> None:
    docs = load_documents([RAW])
    assert [d.doc_id for d in docs] == sorted(p.name for p in RAW.glob("*.txt"))
    titles = {d.doc_id: d.title for d in docs}
    assert titles["000_0b9db81cab794cbc.txt"] == "Islamic Republic of Iran"
    assert titles["001_44401cf42fd5c947.txt"].startswith("The Islamic Republic of Iran's")


def test_date_from_title() -> None:
    assert find_date("Activities in the Field (February 2021)") == "2021-02"
    assert find_date("No date here") is None
    docs = {d.doc_id: d for d in load_documents([RAW])}
    assert docs["001_44401cf42fd5c947.txt"].date == "2021-02"


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("NAIROBI, 9 October 2023 - Officers from Kenya and Uganda met.", "2023-10-09"),
        ("Kampala, Uganda, 2 February 2024 – A course ended.", "2024-02-02"),
        ("GENEVA, 5 June 2022 (UNIS) — Delegates agreed.", "2022-06-05"),
        ("Washington, September 30, 2021 — The two agencies signed.", "2021-09-30"),
        ("(Quito), 11 January 2020 – Police from Ecuador trained.", "2020-01-11"),
        ("Published: 17 August 2019\n\nText.", "2019-08-17"),
        (
            "On 12 March 2025 - Peru and Chile signed an agreement.",
            None,
        ),  # an event, not a dateline
        ("On 12 March 2025, Peru and Chile signed an agreement.", None),
        ("LIMA - Peru and Chile signed an agreement.", None),  # a dateline without a date
        ("Lusaka, 30 February 2024 - No such day.", None),
        ("Between 1 January 2024 - 31 March 2024, seizures rose.", None),  # a period
        ("Reporting period 1 July 2023 – 30 June 2024", None),
        ("Annual report 1 July 2023 – 30 June 2024", None),
    ],
)
def test_dateline_gives_the_report_day(opening: str, date: str | None) -> None:
    assert dateline_date(f"Regional office news\n\nA headline\n\n{opening}") == date


def test_dateline_beats_the_title_month_and_must_open_the_report() -> None:
    text = "Bulletin (May 2024)\n\nHARARE, 3 June 2024 - Zambia and Zimbabwe met.\n"
    assert document_from_text("a.txt", text).date == "2024-06-03"
    assert document_from_text("b.txt", "Bulletin (May 2024)\n\nNo dateline.").date == "2024-05"
    late = "Title\n\n" + "Filler sentence. " * 200 + "\n\nHARARE, 3 June 2024 - Late.\n"
    assert document_from_text("c.txt", late).date is None


def test_bom_and_crlf_are_normalized(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"\xef\xbb\xbf\r\n  Title line\r\nBody text.\r\n")
    doc = read_document(path)
    assert doc.text == "\n  Title line\nBody text.\n"
    assert doc.title == "Title line"
    assert doc.doc_id == "report.txt"


def test_markdown_files_are_documents_and_others_are_not(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# A\n")
    (tmp_path / "b.csv").write_text("x,y\n")
    assert [d.doc_id for d in load_documents([tmp_path])] == ["a.md"]
    with pytest.raises(KgError, match="not a supported document type"):
        load_documents([tmp_path / "b.csv"])


def test_empty_document_is_a_document(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (doc,) = load_documents([tmp_path])
    assert doc.text == "" and doc.title == ""


def test_identical_content_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same report.\n")
    (tmp_path / "b.txt").write_text("Same report.\n")
    assert len(load_documents([tmp_path])) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"caf\xe9 au lait", "not UTF-8 text (byte 0xe9 at offset 3)"),
    ],
)
def test_bad_bytes_are_refused_with_one_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="no such file or folder"):
        load_documents([tmp_path / "nope.txt"])
    with pytest.raises(KgError, match="folder holds no documents"):
        load_documents([tmp_path])
