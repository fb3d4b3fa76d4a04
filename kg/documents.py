"""Files → Document: read reports as normalized text with an id, title, date and hash.

Plain text and Markdown are decoded as UTF-8 (a BOM is dropped); PDF, saved web pages and
Word files are turned into text by ``kg.formats``. Line ends are normalized to ``\\n``
and every offset the later stages record refers to this text; ``page_of`` maps an offset
to its PDF page.
"""

from __future__ import annotations

import bisect
import calendar
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.errors import DocumentError, KgError
from kg.formats import SUFFIXES as _FORMATS
from kg.formats import read_bytes, sniff
from kg.formats.text import decode_text
from kg.types import Document

__all__ = [
    "SUFFIXES",
    "content_key",
    "dateline_date",
    "decode_text",
    "document_from_text",
    "find_date",
    "find_document_files",
    "iter_documents",
    "load_documents",
    "load_documents_lenient",
    "page_of",
    "read_document",
]

SUFFIXES: tuple[str, ...] = tuple(_FORMATS)
MAX_BYTES = 20_000_000  # a single report larger than this is almost surely not a report
MAX_BINARY_BYTES = 200_000_000  # PDF and Word files also carry images
_BINARY_SUFFIXES = (".pdf", ".docx")
_SNIFF_BYTES = 65_536

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_MONTH = "(?i:" + "|".join(_MONTHS) + ")"
_DAY_MONTH_YEAR = (
    rf"(?:(?P<day>[0-3]?\d)\s+(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+(?P<day2>[0-3]?\d),?)"
    r"\s+(?P<year>(?:19|20)\d\d)"
)
#: A news dateline opening a paragraph ("ACCRA, 14 March 2025 -", "Tbilisi, Georgia, 5 May
#: 2024 –", "New York, June 3, 2024 (UNIS) —") or a "Date:"/"Published:" line.
_DATELINE = re.compile(
    r"^[ \t]*(?:(?P<place>(?!(?:On|In|Since|By|From|Until|Before|After|As|At|Between|During"
    r"|Period|For|Reporting|Covering)\b)"
    r"[A-Z][\w'.\-]*(?:,?[ \t]+[A-Z(][\w'.\-()]*){0,4}|\([^()\n]{1,40}\))[ \t]*[,–—-]?[ \t]*"
    r"|(?:Date|Dated|Published|Posted(?:[ \t]+on)?|Issued)[ \t]*:?[ \t]*)"
    + _DAY_MONTH_YEAR
    + r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?(?:[–—|:-]|$)",
    re.MULTILINE,
)
#: Datelines are looked for this far into a report: its masthead, title and first paragraph.
_DATELINE_REACH = 1_500
#: A second date right after the dash: a period ("1 July 2023 – 30 June 2024"), no dateline.
_RANGE_END = re.compile(r"[ \t]*(?:" + _DAY_MONTH_YEAR.replace("?P<", "?P<end_") + ")")


def find_document_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into a sorted list of document files.

    Files in folders count by suffix; a file named on its own also by content (a PDF
    downloaded as ``report.bin``). Raises KgError for a missing path, a file of an
    unsupported type, or a folder holding no documents.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise KgError(f"{path}: no such file or folder")
        if path.is_dir():
            inside = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and _is_document(p) and not _is_page_asset(p, path)
            )
            if not inside:
                raise KgError(f"{path}: folder holds no documents ({', '.join(SUFFIXES)})")
            found.extend(inside)
        elif _is_document(path) or _announces_format(path):
            found.append(path)
        else:
            raise KgError(f"{path}: not a supported document type ({', '.join(SUFFIXES)})")
    return found


def _is_document(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES and not path.name.startswith(".")


def _is_page_asset(path: Path, root: Path) -> bool:
    """Whether ``path`` is in the ``<page>_files`` folder a browser saves beside a page."""
    for folder in path.relative_to(root).parents:
        stem = folder.name.removesuffix("_files")
        if stem != folder.name and any(
            (root / folder.parent / f"{stem}{suffix}").is_file() for suffix in (".html", ".htm")
        ):
            return True
    return False


def _announces_format(path: Path) -> bool:
    """Whether a file of another suffix starts like a PDF, Word file or web page."""
    try:
        with path.open("rb") as handle:
            return sniff(handle.read(_SNIFF_BYTES)) is not None
    except OSError:
        return False


def document_from_text(doc_id: str, text: str, path: Path | None = None) -> Document:
    """Build a Document from already-decoded text (used by files, notebooks and tests)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    title = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return Document(
        doc_id=doc_id,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title,
        date=dateline_date(text) or find_date(title),
        path=path,
        format=(path.suffix.lstrip(".").lower() if path else "txt"),
    )


def find_date(title: str) -> str | None:
    """The report's month as ``YYYY-MM`` when its title names one, e.g. "(February 2021)"."""
    match = _MONTH_YEAR.search(title)
    if not match:
        return None
    month = _MONTHS.index(match.group(1).lower()) + 1
    return f"{match.group(2)}-{month:02d}"


def dateline_date(text: str) -> str | None:
    """The report's date as ``YYYY-MM-DD`` when a dateline near its start gives one
    ("ACCRA, 14 March 2025 - ..."): the day it was issued, more precise than a title's month."""
    for match in _DATELINE.finditer(text, 0, _DATELINE_REACH):
        if _RANGE_END.match(text, match.end()):
            continue
        day = int(match["day"] or match["day2"])
        month = _MONTHS.index((match["month"] or match["month2"]).lower()) + 1
        if 1 <= day <= calendar.monthrange(int(match["year"]), month)[1]:
            return f"{match['year']}-{month:02d}-{day:02d}"
        return None
    return None


def read_document(path: str | Path) -> Document:
    """Read one document file, raising DocumentError with a one-line reason on bad input."""
    path = Path(path)
    data = _read_bytes(path)
    extracted = read_bytes(data, str(path), path.suffix)
    doc = document_from_text(path.name, extracted.text, path)
    title = extracted.title or doc.title
    return replace(
        doc,
        title=title,
        date=extracted.date or doc.date or find_date(title),
        format=extracted.format,
        pages=extracted.pages,
        url=extracted.url,
        source_sha256=hashlib.sha256(data).hexdigest(),
    )


def _read_bytes(path: Path) -> bytes:
    limit = MAX_BINARY_BYTES if path.suffix.lower() in _BINARY_SUFFIXES else MAX_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise DocumentError(f"{path}: too large ({size:,} bytes; limit {limit:,})")
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from None


def content_key(text: str) -> str:
    """What makes two documents the same report: a hash of the text, spacing and forms folded.

    The same report as a PDF, a web page or a text file has the same words in the same order
    but different line breaks and spaces, so it gets the same key and is read once.
    """
    folded = " ".join(unicodedata.normalize("NFKC", text).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def page_of(doc: Document, offset: int) -> int | None:
    """The 1-based page holding character ``offset`` of ``doc.text``; None without pages."""
    if not doc.pages:
        return None
    if not 0 <= offset <= len(doc.text):
        raise ValueError(f"offset {offset} is outside {doc.doc_id} (0..{len(doc.text)})")
    return max(1, bisect.bisect_right(doc.pages, offset))


def iter_documents(
    paths: Iterable[str | Path],
    on_error: Callable[[Path, DocumentError], None] | None = None,
) -> Iterator[Document]:
    """Read documents from files and folders, each report once however often it is given.

    A document that cannot be read raises DocumentError; with ``on_error`` it is handed to
    ``on_error(path, error)`` instead and skipped, so the rest of a batch is still read.
    """
    seen_ids: set[str] = set()
    seen_keys: set[str] = set()
    for path in find_document_files(paths):
        try:
            doc = read_document(path)
            key = content_key(doc.text)
            if key in seen_keys:
                continue
            if doc.doc_id in seen_ids:
                raise DocumentError(f"{path}: another document is already named {doc.doc_id!r}")
        except DocumentError as error:
            if on_error is None:
                raise
            on_error(path, error)
            continue
        seen_ids.add(doc.doc_id)
        seen_keys.add(key)
        yield doc


def load_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Read every document under ``paths`` (files or folders) into a list."""
    return list(iter_documents(paths))


def load_documents_lenient(
    paths: Iterable[str | Path],
) -> tuple[list[Document], list[tuple[Path, str]]]:
    """Read what can be read under ``paths``; also return each skipped file with its reason."""
    skipped: list[tuple[Path, str]] = []
    docs = list(iter_documents(paths, on_error=lambda path, err: skipped.append((path, str(err)))))
    return docs, skipped
