"""Report files in the formats they come in → plain text with paragraph breaks and metadata.

The format is chosen by content first (``%PDF-``, a zip holding ``word/document.xml``,
an ``<html`` page) and by suffix otherwise. Every reader returns paragraphs separated by
blank lines, because the reports' headline-separated structure guides sentence splitting.
Parsing libraries are imported inside the readers, so importing kg stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import DocumentError

#: Suffixes read as documents, and the format each one names.
SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
#: IANA media type of each format, e.g. for a document's ``dcterms:format`` in the graph.
MEDIA_TYPES: dict[str, str] = {
    "txt": "text/plain",
    "md": "text/markdown",
    "pdf": "application/pdf",
    "html": "text/html",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_SNIFF_BYTES = 1024


@dataclass(frozen=True)
class Extracted:
    """A file's text and what its format tells about it.

    ``pages`` holds the offset in ``text`` where each page starts (PDF only); ``title``,
    ``date`` and ``url`` are None when the file's metadata does not state them.
    """

    text: str
    format: str
    pages: tuple[int, ...] = ()
    title: str | None = None
    date: str | None = None
    url: str | None = None


def sniff(data: bytes) -> str | None:
    """The format the bytes announce ("pdf", "docx", "html"), or None for anything else."""
    start = data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"%pdf-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and b"word/document.xml" in data:
        return "docx"
    if start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith((b"<?xml", b"<!--")) and b"<html" in start
    ):
        return "html"
    return None


def detect_format(data: bytes, suffix: str) -> str | None:
    """The format to read ``data`` as: by content when it is recognizable, else by suffix."""
    return sniff(data) or SUFFIXES.get(suffix.lower())


def read_bytes(data: bytes, name: str, suffix: str = "") -> Extracted:
    """Extract the text of a file's bytes, raising DocumentError naming ``name`` on bad input."""
    fmt = detect_format(data, suffix)
    if fmt == "pdf":
        from kg.formats.pdf import read_pdf

        return read_pdf(data, name)
    if fmt == "html":
        from kg.formats.html import read_html

        return read_html(data, name)
    if fmt == "docx":
        from kg.formats.docx import read_docx

        return read_docx(data, name)
    if fmt in ("txt", "md"):
        from kg.formats.text import decode_text

        return Extracted(decode_text(data, name), fmt)
    raise DocumentError(f"{name}: not a supported document type ({', '.join(SUFFIXES)})")
