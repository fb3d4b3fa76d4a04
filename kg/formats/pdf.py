"""PDF: text in reading order, running headers, footers and page numbers dropped.

pdfminer.six's layout analysis groups lines into boxes; the boxes are put in reading order
by recursive cuts along white space (columns left to right, then bands top down), each box
becomes a paragraph with hyphenation at line ends repaired, and a paragraph cut by a column
or page break is joined back together.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kg.errors import DocumentError
from kg.formats import Extracted

_GAP = 1.0  # points of white space that separate columns or bands
_FULL_LINE = 0.9  # share of a box's width a line must fill to run to its right edge
_BAND = 0.1  # share of the page height, at top and bottom, where headers and footers sit
_PAGE_NUMBER = re.compile(r"(?i)^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$")
_BULLET = re.compile("^[-•▪●◦‣*\uf0b7]\\s")
_TERMINAL = (".", "!", "?", ":", ";", '"', "”", ")")
_SOFT_HYPHEN = "\u00ad"
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬆ": "st"})
_WORD_PART = re.compile(r"\w+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class _Line:
    text: str
    x0: float
    x1: float
    bottom: float
    top: float


_Box = tuple[_Line, ...]


@dataclass(frozen=True)
class _Block:
    """A box's text; ``open`` when its last line runs to the right edge (the sentence may go
    on), ``fresh`` when it starts a page or a column (it is higher than the box before)."""

    text: str
    open: bool
    fresh: bool


@dataclass(frozen=True)
class _Page:
    height: float
    boxes: tuple[_Box, ...]


def read_pdf(data: bytes, name: str) -> Extracted:
    """Extract a PDF's text with its page starts, or raise DocumentError naming ``name``."""
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(f"{name}: not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-2048:]:
        raise DocumentError(f"{name}: truncated PDF (no end-of-file marker)")
    pages = _layout(data, name)
    if not pages:
        raise DocumentError(f"{name}: PDF has no pages")
    page_boxes = _drop_furniture(pages)
    vocabulary = _vocabulary(ln.text for boxes in page_boxes for box in boxes for ln in box)
    paragraphs = [_blocks(_reading_order(boxes), vocabulary) for boxes in page_boxes]
    text, starts = _assemble(paragraphs, vocabulary)
    if not text.strip():
        raise DocumentError(f"{name}: no text layer (a scanned PDF?); run OCR on it first")
    return Extracted(text, "pdf", pages=starts)


def _layout(data: bytes, name: str) -> list[_Page]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings are not the user's
    try:
        return [
            _page(layout)
            for layout in extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=True))
        ]
    except PDFPasswordIncorrect:
        raise DocumentError(f"{name}: encrypted PDF; it needs a password to be read") from None
    except PDFEncryptionError as exc:
        raise DocumentError(f"{name}: encrypted PDF ({_one_line(exc)})") from None
    except Exception as exc:  # pdfminer raises many exception types on damaged files
        raise DocumentError(f"{name}: damaged PDF ({_one_line(exc)})") from None


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())[:160]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _page(layout: Any) -> _Page:
    boxes = []
    for box in _text_boxes(layout):
        lines = ((_clean(line.get_text()), line) for line in box)
        boxes.append(tuple(_Line(t, ln.x0, ln.x1, ln.y0, ln.y1) for t, ln in lines if t))
    return _Page(layout.height, tuple(box for box in boxes if box))


def _text_boxes(item: Any) -> Iterator[Any]:
    """The text boxes of a page, including those inside figures (form XObjects)."""
    from pdfminer.layout import LTFigure, LTTextBox

    for child in item:
        if isinstance(child, LTTextBox):
            yield child
        elif isinstance(child, LTFigure):
            yield from _text_boxes(child)


def _clean(text: str) -> str:
    """One line's text: ligatures spelled out, spaces collapsed, a final soft hyphen kept."""
    soft = text.rstrip().endswith(_SOFT_HYPHEN)
    text = " ".join(text.translate(_LIGATURES).replace(_SOFT_HYPHEN, "").split())
    return text + _SOFT_HYPHEN if soft and text else text


def _key(line: _Line) -> tuple[str, int]:
    """A line's text with digits masked, and its height on the page to the nearest 4 points."""
    return re.sub(r"\d+", "#", line.text.lower()), round(line.bottom / 4)


def _drop_furniture(pages: list[_Page]) -> list[list[_Box]]:
    """Each page's boxes without running headers, footers and page numbers.

    A line at the top or bottom edge of a page is furniture when its text (digits aside)
    recurs at the same height on another page, when it is a lone page number, or when it
    is a lone line in small print at the top.
    """
    heights = [ln.top - ln.bottom for page in pages for box in page.boxes for ln in box]
    small = 0.9 * statistics.median(heights) if heights else 0.0
    counts: Counter[tuple[str, int]] = Counter()
    for page in pages:
        counts.update({_key(ln) for box in page.boxes for ln in box if _edge(ln, page)})
    running = {key for key, count in counts.items() if count >= 2}

    def furniture(line: _Line, box: _Box, page: _Page) -> bool:
        edge = _edge(line, page)
        if edge is None or _key(line) in running:
            return edge is not None
        lone = len(box) == 1
        number = _PAGE_NUMBER.match(line.text) is not None
        return lone and (number or (edge == "top" and line.top - line.bottom < small))

    kept = [
        [tuple(ln for ln in box if not furniture(ln, box, page)) for box in page.boxes]
        for page in pages
    ]
    return [[box for box in boxes if box] for boxes in kept]


def _edge(line: _Line, page: _Page) -> str | None:
    band = page.height * _BAND
    if line.bottom >= page.height - band:
        return "top"
    return "bottom" if line.top <= band else None


def _reading_order(boxes: list[_Box]) -> list[_Box]:
    """Boxes in reading order by recursive cuts: columns left to right, then bands top down."""
    if len(boxes) < 2:
        return boxes
    for cut in (_column_cut, _band_cut):
        parts = cut(boxes)
        if parts:
            return [box for part in parts for box in _reading_order(part)]
    return sorted(boxes, key=lambda box: (-_top(box), _left(box)))


def _column_cut(boxes: list[_Box]) -> tuple[list[_Box], list[_Box]] | None:
    """Split at the leftmost vertical gap that no box crosses, if there is one."""
    spans = sorted((_left(box), _right(box)) for box in boxes)
    reach = spans[0][1]
    for left, right in spans[1:]:
        if left > reach + _GAP:
            return [b for b in boxes if _right(b) <= reach], [b for b in boxes if _left(b) > reach]
        reach = max(reach, right)
    return None


def _band_cut(boxes: list[_Box]) -> tuple[list[_Box], list[_Box]] | None:
    """Split below the topmost horizontal gap that no box crosses, if there is one."""
    spans = sorted((-_top(box), -_bottom(box)) for box in boxes)
    reach = spans[0][1]
    for top, bottom in spans[1:]:
        if top > reach + _GAP:
            return [b for b in boxes if -_bottom(b) <= reach], [
                b for b in boxes if -_top(b) > reach
            ]
        reach = max(reach, bottom)
    return None


def _left(box: _Box) -> float:
    return min(ln.x0 for ln in box)


def _right(box: _Box) -> float:
    return max(ln.x1 for ln in box)


def _top(box: _Box) -> float:
    return max(ln.top for ln in box)


def _bottom(box: _Box) -> float:
    return min(ln.bottom for ln in box)


def _vocabulary(lines: Iterable[str]) -> set[str]:
    """Lower-cased words and hyphenated word pairs of the document, to judge line-end hyphens."""
    words: set[str] = set()
    for line in lines:
        for word in _WORD.findall(line.lower()):
            parts = word.split("-")
            words.update(parts)
            words.update(f"{a}-{b}" for a, b in itertools.pairwise(parts))
    return words


def _join_lines(lines: list[str], vocabulary: set[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        text = _append(text, line, vocabulary)
    return text


def _append(text: str, line: str, vocabulary: set[str]) -> str:
    """Join the next line to ``text``: bullets on a new line, line-end hyphens repaired."""
    if text.endswith(_SOFT_HYPHEN):
        return text[:-1] + line
    if _BULLET.match(line):
        return f"{text}\n{line}"
    if text.endswith("-") and text[-2:-1].isalnum() and line[:1].isalnum():
        return text + line if _keeps_hyphen(text, line, vocabulary) else text[:-1] + line
    return f"{text} {line}"


def _keeps_hyphen(text: str, line: str, vocabulary: set[str]) -> bool:
    """Whether "ex-" + "ample" is a hyphenated compound rather than a word broken at a line end."""
    if line[0].isupper() or line[0].isdigit() or text[-2].isdigit():
        return True
    head, tail = _WORD_PART.findall(text[-40:])[-1], _WORD_PART.findall(line[:40])[0]
    pair = f"{head}-{tail}".lower()
    return pair in vocabulary and pair.replace("-", "") not in vocabulary


def _blocks(boxes: list[_Box], vocabulary: set[str]) -> list[_Block]:
    return [
        _Block(
            _join_lines([ln.text for ln in box], vocabulary),
            _open(box),
            i == 0 or _top(box) > _bottom(boxes[i - 1]),
        )
        for i, box in enumerate(boxes)
    ]


def _open(box: _Box) -> bool:
    """Whether a box of several lines ends with a line as wide as the box."""
    last = box[-1]
    return len(box) > 1 and last.x1 - last.x0 >= _FULL_LINE * (_right(box) - _left(box))


def _continues(paragraph: _Block, block: _Block) -> bool:
    """Whether ``block`` carries on ``paragraph`` across a column or page break."""
    if paragraph.text.endswith(_TERMINAL) or _BULLET.match(block.text):
        return False
    return (
        (paragraph.open and block.fresh)
        or block.text[:1].islower()
        or paragraph.text.endswith((",", "-", _SOFT_HYPHEN))
    )


def _assemble(pages: list[list[_Block]], vocabulary: set[str]) -> tuple[str, tuple[int, ...]]:
    """Paragraphs joined by blank lines, and the offset where each page's text starts."""
    paragraphs: list[_Block] = []
    marks: list[tuple[int, int]] = []  # (paragraph index, offset inside it) of each page start
    joinable = False  # no joining across an empty page
    for blocks in pages:
        if not blocks:
            marks.append((len(paragraphs), 0))
            joinable = False
        for i, block in enumerate(blocks):
            if joinable and _continues(paragraphs[-1], block):
                joined = _append(paragraphs[-1].text, block.text, vocabulary)
                mark = (len(paragraphs) - 1, len(joined) - len(block.text))
                paragraphs[-1] = _Block(joined, block.open, paragraphs[-1].fresh)
            else:
                paragraphs.append(block)
                mark = (len(paragraphs) - 1, 0)
            if i == 0:
                marks.append(mark)
            joinable = True
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph.text) + 2
    text = "\n\n".join(p.text for p in paragraphs) + ("\n" if paragraphs else "")
    return text, tuple(starts[i] + k if i < len(starts) else len(text) for i, k in marks)
