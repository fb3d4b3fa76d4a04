"""Word files: paragraphs and tables' text in document order (python-docx).

List paragraphs become "- item" lines; each table row becomes one line of its cells'
text separated by " | ". Headers, footers and comments are not part of the text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from kg.errors import DocumentError
from kg.formats import Extracted


def read_docx(data: bytes, name: str) -> Extracted:
    """Extract a Word file's text and title, or raise DocumentError naming ``name``."""
    document = _open(data, name)
    text = "\n\n".join(_blocks(document))
    if not text.strip():
        raise DocumentError(f"{name}: the Word document holds no text")
    title = (document.core_properties.title or "").strip()
    return Extracted(text + "\n", "docx", title=" ".join(title.split()) or None)


def _open(data: bytes, name: str) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DocumentError(f"{name}: not a Word document (not a zip archive)")
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, XMLSyntaxError, zipfile.BadZipFile) as exc:
        reason = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise DocumentError(f"{name}: damaged Word document ({reason})") from None


def _blocks(document: Any) -> Iterator[str]:
    """Blank-line separated blocks; consecutive list items stay together, one per line."""
    from docx.table import Table

    items: list[str] = []
    for part in document.iter_inner_content():
        if isinstance(part, Table):
            block = "\n".join(line for row in part.rows if (line := _row(row)))
        else:
            block = " ".join(part.text.split())
            if block and _is_list_item(part):
                items.append(f"- {block}")
                continue
        if items:
            yield "\n".join(items)
            items = []
        if block:
            yield block
    if items:
        yield "\n".join(items)


def _is_list_item(paragraph: Any) -> bool:
    style = paragraph.style.name if paragraph.style is not None else ""
    return style.startswith("List")


def _row(row: Any) -> str:
    """A table row's cell texts; a merged cell, which python-docx repeats, counts once."""
    cells: list[str] = []
    for cell in row.cells:
        text = " ".join(cell.text.split())
        if text and (not cells or cells[-1] != text):
            cells.append(text)
    return " | ".join(cells)
