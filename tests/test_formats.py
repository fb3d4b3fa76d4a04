"""Reading PDF, saved web pages and Word files: clean text, pages, metadata, refused inputs."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from fixtures_formats import (
    HEADER,
    blocks,
    write_docx,
    write_encrypted_pdf,
    write_html,
    write_pdf,
    write_pdf_form,
    write_pdf_interleaved,
    write_pdf_lines,
    write_scanned_pdf,
)

from kg.documents import (
    find_document_files,
    load_documents,
    load_documents_lenient,
    page_of,
    read_document,
)
from kg.errors import DocumentError
from kg.formats import MEDIA_TYPES, SUFFIXES, sniff

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
REPORTS = sorted(RAW.glob("*.txt"))
URL = "https://www.unodc.org/islamicrepublicofiran/en/news/report.html"


def words(text: str) -> list[str]:
    return text.replace("\u00a0", " ").split()


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.stem[:3])
@pytest.mark.parametrize("write", [write_pdf, write_pdf_interleaved], ids=["flowed", "interleaved"])
def test_two_column_pdf_has_the_reports_paragraphs_and_nothing_else(
    tmp_path: Path, report: Path, write: Callable[[Path, str], Path]
) -> None:
    text = report.read_text(encoding="utf-8")
    path = write(tmp_path / "report.pdf", text)
    doc = read_document(path)
    assert read_document(path) == doc  # evidence offsets can be regenerated from the file
    paragraphs = [" ".join(block.split()) for block in doc.text.split("\n\n")]
    assert paragraphs == [" ".join(line.split()) for _, line in blocks(text)]
    assert HEADER not in doc.text
    assert doc.format == "pdf" and doc.title == words_lines(text)[0]
    assert doc.pages[0] == 0 and list(doc.pages) == sorted(doc.pages)


def words_lines(text: str) -> list[str]:
    return [" ".join(words(line)) for line in text.split("\n") if line.strip()]


def test_pdf_paragraphs_stay_apart_and_pages_are_known(tmp_path: Path) -> None:
    text = (RAW / "001_44401cf42fd5c947.txt").read_text(encoding="utf-8")
    doc = read_document(write_pdf(tmp_path / "report.pdf", text))
    assert (
        "\n\nIran and Spain to Strengthen Cooperation in the Field of Combating Narcotic Drugs\n\n"
        in (doc.text)
    )
    assert len(doc.pages) == 2
    for number, start in enumerate(doc.pages, start=1):
        assert page_of(doc, start) == number
    assert page_of(doc, len(doc.text)) == 2
    assert page_of(doc, doc.text.index("Kermanshah")) == 2


def test_pdf_lines_are_joined_hyphens_repaired_and_page_furniture_dropped(
    tmp_path: Path,
) -> None:
    pages = [
        [
            "Counter-narcotics cooperation",
            "",
            "Iran and Iraq agreed to expand their coope-",
            "ration on counter-",
            "narcotics during 2015-",
            "2020 and signed a memorandum with",
        ],
        ["the Ministry of Interior of Tajikistan.", "", "A new paragraph starts here."],
    ]
    path = write_pdf_lines(tmp_path / "lines.pdf", pages, header="Annual Report 2021")
    doc = read_document(path)
    assert doc.text == (
        "Counter-narcotics cooperation\n\n"
        "Iran and Iraq agreed to expand their cooperation on counter-narcotics during "
        "2015-2020 and signed a memorandum with the Ministry of Interior of Tajikistan.\n\n"
        "A new paragraph starts here.\n"
    )
    assert page_of(doc, doc.text.index("Iran and Iraq")) == 1
    assert page_of(doc, doc.text.index("the Ministry")) == 2


def test_a_sentence_cut_by_a_page_break_is_joined_even_before_a_capital(tmp_path: Path) -> None:
    pages = [
        [
            "The Iranian Interior Minister met his Tajik counterpart in Dushanbe and",
            "the two sides agreed to expand cooperation against the trafficking of",
            "opium and heroin along the routes that lead from Afghanistan through",
        ],
        [
            "Iran and Tajikistan towards Europe, and to exchange information.",
            "",
            "Training for Iranian experts",
        ],
        ["UNODC trained 122 experts."],
    ]
    doc = read_document(write_pdf_lines(tmp_path / "cut.pdf", pages))
    assert doc.text.split("\n\n") == [
        "The Iranian Interior Minister met his Tajik counterpart in Dushanbe and the two sides "
        "agreed to expand cooperation against the trafficking of opium and heroin along the "
        "routes that lead from Afghanistan through Iran and Tajikistan towards Europe, and to "
        "exchange information.",
        "Training for Iranian experts",
        "UNODC trained 122 experts.\n",
    ]
    assert [page_of(doc, doc.text.index(w)) for w in ("Dushanbe", "Europe", "UNODC")] == [1, 2, 3]


def test_text_inside_a_form_xobject_is_read(tmp_path: Path) -> None:
    lines = ["Iran and Spain agreed to cooperate against drug", "trafficking in 2021."]
    doc = read_document(write_pdf_form(tmp_path / "form.pdf", lines))
    assert doc.text == "Iran and Spain agreed to cooperate against drug trafficking in 2021.\n"


def test_a_pdf_that_forbids_copying_but_opens_without_password_is_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write_encrypted_pdf(tmp_path / "restricted.pdf", "UNODC met Iran.", password="")
    assert read_document(path).text == "UNODC met Iran.\n"
    assert not caplog.records  # pdfminer's warnings would reach the user's terminal


def test_header_of_a_one_page_pdf_is_dropped_by_its_small_print(tmp_path: Path) -> None:
    text = (RAW / "000_0b9db81cab794cbc.txt").read_text(encoding="utf-8")
    doc = read_document(write_pdf(tmp_path / "short.pdf", text))
    assert doc.pages == (0,)
    assert doc.title == "Islamic Republic of Iran"
    assert HEADER not in doc.text


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.stem[:3])
def test_web_page_yields_the_article_without_boilerplate(tmp_path: Path, report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    doc = read_document(write_html(tmp_path / "page.html", text, url=URL, date="2021-03-15"))
    assert words(doc.text) == words(text)
    assert (doc.format, doc.url, doc.date) == ("html", URL, "2021-03-15")
    assert doc.title == words_lines(text)[0]


def test_boilerplate_inside_the_article_is_dropped_too(tmp_path: Path) -> None:
    text = (RAW / "000_0b9db81cab794cbc.txt").read_text(encoding="utf-8")
    path = write_html(tmp_path / "page.html", text)
    extra = "<p>Read 123 times</p><p>Share on Facebook</p><p>Tweet</p><p>Hits: 4,567</p>"
    path.write_text(path.read_text().replace("</article>", extra + "</article>"))
    doc = read_document(path)
    assert words(doc.text) == words(text)


def test_web_page_saved_in_a_legacy_encoding_is_decoded(tmp_path: Path) -> None:
    text = (RAW / "000_0b9db81cab794cbc.txt").read_text(encoding="utf-8")
    path = write_html(tmp_path / "page.html", text)
    page = path.read_text().replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    path.write_bytes(page.encode("cp1252"))
    assert words(read_document(path).text) == words(text)


def test_web_page_url_from_og_url_and_title_month_as_date(tmp_path: Path) -> None:
    page = (
        "<!doctype html><html><head><title>Iran and Spain (February 2021)</title>"
        '<meta property="og:url" content="https://example.org/news/42"></head><body>'
        "<article><h1>Iran and Spain (February 2021)</h1>"
        "<p>Iran and Spain agreed to strengthen cooperation against drug trafficking. "
        "The two police forces will exchange information and hold joint training.</p>"
        "</article></body></html>"
    )
    (tmp_path / "saved.htm").write_text(page)
    doc = read_document(tmp_path / "saved.htm")
    assert (doc.url, doc.date, doc.format) == ("https://example.org/news/42", "2021-02", "html")


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.stem[:3])
def test_word_file_yields_paragraphs_lists_and_tables(tmp_path: Path, report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    table = [["Partner", "Role"], ["UNODC", "implementing agency"], ["Norway", "donor"]]
    doc = read_document(write_docx(tmp_path / "report.docx", text, table=table))
    assert doc.text.endswith("\n\nPartner | Role\nUNODC | implementing agency\nNorway | donor\n")
    assert words(doc.text) == words(text) + words(
        "Partner | Role UNODC | implementing agency Norway | donor"
    )
    assert doc.format == "docx" and doc.pages == () and page_of(doc, 0) is None


def test_word_list_items_keep_their_dashes_one_per_line(tmp_path: Path) -> None:
    text = (RAW / "001_44401cf42fd5c947.txt").read_text(encoding="utf-8")
    doc = read_document(write_docx(tmp_path / "report.docx", text))
    assert "\n- application of smart devices for seizure of narcotic drugs;\n- social" in doc.text


def test_same_report_in_every_format_is_one_document(tmp_path: Path) -> None:
    text = (RAW / "001_44401cf42fd5c947.txt").read_text(encoding="utf-8")
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    write_pdf(tmp_path / "report.pdf", text)
    write_pdf(tmp_path / "copy of report.pdf", text)
    write_html(tmp_path / "report.html", text)
    write_docx(tmp_path / "report.docx", text)
    assert len(load_documents([tmp_path])) == 1


def test_format_is_chosen_by_content_as_well_as_by_suffix(tmp_path: Path) -> None:
    text = (RAW / "000_0b9db81cab794cbc.txt").read_text(encoding="utf-8")
    pdf = write_pdf(tmp_path / "report.pdf", text)
    disguised = tmp_path / "download.bin"
    disguised.write_bytes(pdf.read_bytes())
    assert find_document_files([disguised]) == [disguised]
    assert read_document(disguised).format == "pdf"
    assert sniff(pdf.read_bytes()) == "pdf"
    assert sniff(write_docx(tmp_path / "r.docx", text).read_bytes()) == "docx"
    assert sniff(b"\xef\xbb\xbf\n  <!DOCTYPE html><html>") == "html"
    assert sniff(b"Plain report text.") is None
    assert set(MEDIA_TYPES) == set(SUFFIXES.values())


def test_files_a_browser_saved_beside_a_page_are_not_documents(tmp_path: Path) -> None:
    text = (RAW / "000_0b9db81cab794cbc.txt").read_text(encoding="utf-8")
    write_html(tmp_path / "news.html", text)
    (tmp_path / "news_files").mkdir()
    (tmp_path / "news_files" / "share-widget.html").write_text("<html><body>Tweet</body></html>")
    (tmp_path / "other_files").mkdir()
    (tmp_path / "other_files" / "note.txt").write_text("A note.\n")
    names = [p.relative_to(tmp_path).as_posix() for p in find_document_files([tmp_path])]
    assert names == ["news.html", "other_files/note.txt"]


def test_source_file_hash_is_recorded(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "r.docx", "Title\n\nUNODC met Iran in Tehran.\n")
    doc = read_document(path)
    assert doc.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.sha256 == hashlib.sha256(doc.text.encode()).hexdigest()


def broken_inputs(folder: Path) -> dict[str, str]:
    """Write one broken file per kind into ``folder``; return file name → expected message."""
    text = (RAW / "000_0b9db81cab794cbc.txt").read_text(encoding="utf-8")
    whole = write_pdf(folder / "whole.pdf", text).read_bytes()
    (folder / "whole.pdf").unlink()
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    write_encrypted_pdf(folder / "locked.pdf", "UNODC and Iran signed an agreement.")
    write_scanned_pdf(folder / "scanned.pdf")
    (folder / "fake.pdf").write_text("just text\n")
    (folder / "binary.html").write_bytes(bytes(range(1, 256)) * 8)  # no NUL byte at all
    (folder / "empty.html").write_text("<!doctype html><html><body><nav>Home</nav></body></html>")
    (folder / "notzip.docx").write_text("This is not a Word file.\n")
    with zipfile.ZipFile(folder / "nodocument.docx", "w") as archive:
        archive.writestr("hello.txt", "hi")
    return {
        "truncated.pdf": "truncated PDF",
        "locked.pdf": "encrypted PDF; it needs a password",
        "scanned.pdf": "no text layer (a scanned PDF?)",
        "fake.pdf": "not a PDF",
        "binary.html": "binary file, not an HTML page",
        "empty.html": "no article text found",
        "notzip.docx": "not a Word document (not a zip archive)",
        "nodocument.docx": "damaged Word document",
    }


def test_broken_inputs_each_give_one_line_naming_the_file(tmp_path: Path) -> None:
    for name, message in broken_inputs(tmp_path).items():
        with pytest.raises(DocumentError) as info:
            read_document(tmp_path / name)
        assert str(info.value).startswith(f"{tmp_path / name}: ")
        assert message in str(info.value) and "\n" not in str(info.value)


def test_a_batch_skips_broken_inputs_and_says_why(tmp_path: Path) -> None:
    expected = broken_inputs(tmp_path)
    (tmp_path / "good.txt").write_text("Iran and Spain agreed to cooperate.\n")
    docs, skipped = load_documents_lenient([tmp_path])
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert sorted(path.name for path, _ in skipped) == sorted(expected)
    for path, message in skipped:
        assert expected[path.name] in message
    with pytest.raises(DocumentError):
        load_documents([tmp_path])


def test_page_of_refuses_offsets_outside_the_text(tmp_path: Path) -> None:
    doc = read_document(write_pdf_lines(tmp_path / "p.pdf", [["One line."]]))
    assert page_of(doc, 0) == 1
    with pytest.raises(ValueError, match="outside"):
        page_of(doc, len(doc.text) + 1)


def test_parsers_are_not_imported_with_kg_documents() -> None:
    code = (
        "import sys, kg.documents; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pdfminer', 'trafilatura', 'docx', 'lxml', 'reportlab'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
