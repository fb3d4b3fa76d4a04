"""Files → Document: read reports as normalized text with an id, title, date and hash.

Text is decoded as UTF-8 (a BOM is dropped) and line ends are normalized to ``\\n``;
every offset the later stages record refers to this normalized text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import DocumentError, KgError
from kg.types import Document

SUFFIXES: tuple[str, ...] = (".txt", ".md")
MAX_BYTES = 20_000_000  # a single report larger than this is almost surely not a report

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


def find_document_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into a sorted list of document files.

    Raises KgError for a missing path, a file of an unsupported type, or a folder
    holding no documents.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise KgError(f"{path}: no such file or folder")
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and _is_document(p))
            if not inside:
                raise KgError(f"{path}: folder holds no documents ({', '.join(SUFFIXES)})")
            found.extend(inside)
        elif _is_document(path):
            found.append(path)
        else:
            raise KgError(f"{path}: not a supported document type ({', '.join(SUFFIXES)})")
    return found


def _is_document(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES and not path.name.startswith(".")


def decode_text(data: bytes, name: str) -> str:
    """Decode report bytes as UTF-8 text with LF line ends, or raise DocumentError."""
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: binary file, not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def document_from_text(doc_id: str, text: str, path: Path | None = None) -> Document:
    """Build a Document from already-decoded text (used by files, notebooks and tests)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    title = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return Document(
        doc_id=doc_id,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title,
        date=find_date(title),
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


def read_document(path: str | Path) -> Document:
    """Read one document file, raising DocumentError with a one-line reason on bad input."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(f"{path}: too large ({size:,} bytes; limit {MAX_BYTES:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return document_from_text(path.name, decode_text(data, str(path)), path)


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Document]:
    """Read documents from files and folders, skipping exact duplicates by content."""
    seen_ids: dict[str, str] = {}
    seen_hashes: set[str] = set()
    for path in find_document_files(paths):
        doc = read_document(path)
        if doc.sha256 in seen_hashes:
            continue
        if doc.doc_id in seen_ids:
            raise KgError(f"{path}: another document is already named {doc.doc_id!r}")
        seen_ids[doc.doc_id] = doc.sha256
        seen_hashes.add(doc.sha256)
        yield doc


def load_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Read every document under ``paths`` (files or folders) into a list."""
    return list(iter_documents(paths))
