"""Saved web pages: the article's main text (trafilatura), its title, date and URL.

trafilatura drops menus, footers, share buttons and related-news lists; the article's
headings, paragraphs, lists and tables become blank-line separated blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.errors import DocumentError
from kg.formats import Extracted

_CONTROL = bytes(range(9)) + bytes(range(14, 32))  # bytes text hardly ever holds
_BLOCKS = {"head", "p", "quote", "code"}
_LEFTOVER = re.compile(
    r"(?i)^(?:read|viewed|hits:?)\s*\d[\d,.]*\s*(?:times?)?\.?$"
    r"|^(?:share|tweet|print|e-?mail)(?: (?:this|on|by) \w+(?: \w+)?)?$"
)


def read_html(data: bytes, name: str) -> Extracted:
    """Extract a web page's article text and metadata, or raise DocumentError naming ``name``."""
    head = data[:8192]
    if len(head) - len(head.translate(None, _CONTROL)) > len(head) // 100:
        raise DocumentError(f"{name}: binary file, not an HTML page")
    import trafilatura

    result: Any = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = None if result is None else result.body
    text = "" if body is None else "\n\n".join(_blocks(body))
    if not text.strip():
        raise DocumentError(f"{name}: no article text found in the web page")
    return Extracted(
        text + "\n",
        "html",
        title=_single_line(result.title),
        date=result.date or None,
        url=_canonical_url(data) or result.url or None,
    )


def _blocks(element: Any) -> Iterator[str]:
    """The article's blocks in order: headings and paragraphs, lists as "- item" lines."""
    for child in element:
        if child.tag == "list":
            lines = [f"- {_text(item)}" for item in child.iter("item")]
        elif child.tag == "table":
            lines = [" | ".join(_row(row)) for row in child.iter("row")]
        elif child.tag in _BLOCKS:
            lines = [_text(child)]
        else:
            yield from _blocks(child)
            continue
        lines = [line for line in lines if line.strip("- |") and not _LEFTOVER.match(line)]
        if lines:
            yield "\n".join(lines)


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _row(row: Any) -> list[str]:
    return [text for cell in row.iter("cell") if (text := _text(cell))]


def _single_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text and text.strip() else None


def _canonical_url(data: bytes) -> str | None:
    """The page's own address from ``<link rel="canonical">`` or ``og:url``, if it records one."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return None
    for xpath in (
        "//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href",
        "//meta[@property='og:url']/@content",
    ):
        found = [value.strip() for value in tree.xpath(xpath) if value.strip()]
        if found:
            return found[0]
    return None
