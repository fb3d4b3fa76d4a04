"""Split a report into segments (headings, list items, sentences) with exact offsets.

Reports put headlines on their own line without a final period, separate blocks with
blank lines and start list items with "- "; hard-wrapped paragraphs are joined again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_BLOCK = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_LINE = re.compile(r"[^\n]+")
_ITEM = re.compile(r"(?:[-*•–]|\d{1,2}[.)]|[a-z][.)])\s+")
_CLOSERS = "\"”’')]"  # after final punctuation: "… end." or "(… end.)"
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATIONS = (
    *("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "Gen", "Col", "Lt", "Maj", "Capt"),
    *("Sgt", "Rev", "Hon", "Amb", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "e.g"),
    *("i.e", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov"),
    *("Dec", "approx", "para", "art", "Art", "Fig", "p", "pp", "U.S", "U.K", "U.N", "H.E"),
)
_ABBREVIATION = re.compile(rf"(?:\b(?:{'|'.join(map(re.escape, _ABBREVIATIONS))})|\b[A-Z])\.$")
_FOOTNOTE_END = re.compile(r"[^\W\d][.!?][\"”’')\]]*\d{1,2}$")
#: A row of a pipe table ("| 1 | Joint patrols | Carried out |"): a record of its own.
_TABLE_ROW = re.compile(r"\s*\|.*\|\s*$")
_WRAP_WIDTH = 0.6  # a line shorter than this share of its block's longest line ends a segment


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence-like span: ``kind`` is "heading", "item" or "sentence".

    ``block`` numbers the blank-line separated block it comes from and ``section``
    the heading it falls under, so rules can look back at nearby context.
    """

    start: int
    end: int
    text: str
    kind: str
    block: int
    section: int


def segments(text: str) -> list[Segment]:
    """All segments of ``text`` in order; ``text[s.start:s.end] == s.text`` always."""
    out: list[Segment] = []
    section = 0
    for block_no, block in enumerate(_BLOCK.finditer(text)):
        for start, end, kind in _block_units(text, block.start(), block.end()):
            if kind == "heading":
                section += 1
            if kind == "heading":
                out.append(_segment(text, start, end, kind, block_no, section))
                continue
            for s, e in _sentences(text, start, end):
                # each sentence of a list item is read on its own, as part of the item
                piece = "item" if kind == "item" else "sentence"
                out.append(_segment(text, s, e, piece, block_no, section))
    return [s for s in out if s.text]


def _segment(text: str, start: int, end: int, kind: str, block: int, section: int) -> Segment:
    """The segment of ``text[start:end]`` without its surrounding whitespace."""
    piece = text[start:end]
    body = piece.lstrip()
    start += len(piece) - len(body)
    body = body.rstrip()
    return Segment(start, start + len(body), body, kind, block, section)


def _block_units(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Lines of a block grouped into units: a heading, a list item or a paragraph."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end)]
    lines = [(s, e) for s, e in lines if text[s:e].strip()]
    if not lines:
        return
    widest = max(len(text[s:e].strip()) for s, e in lines)
    unit_start, unit_kind, first = None, "", 0
    unpunctuated: bool | None = None  # no line of the block ends a sentence: found when asked
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        item = _ITEM.match(line.lstrip())
        if item and unit_start is not None:
            yield unit_start, lines[i - 1][1], unit_kind
            unit_start = None
        if unit_start is None:
            offset = len(line) - len(line.lstrip())
            unit_start = s + offset + (item.end() if item else 0)
            unit_kind = "item" if item else "paragraph"
            first = i
        following = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
        row = bool(_TABLE_ROW.match(line))
        ends = (
            i == len(lines) - 1
            or (_ends_unit(line, widest) and not _hyphenated(line, following))
            or row
        )
        if not ends and _may_stand_alone(line, following):
            if unpunctuated is None:
                unpunctuated = not any(
                    _is_terminal(text[a:b]) or _BOUNDARY.search(text, a, b) for a, b in lines
                )
            ends = unpunctuated
        if ends:
            kind = unit_kind
            if kind == "paragraph" and first == i:
                kind = "sentence" if row or _is_terminal(line) else "heading"
            yield unit_start, e, kind
            unit_start = None


def _ends_unit(line: str, widest: int) -> bool:
    """A line ends its unit at final punctuation, when short, or when in capitals (a letterhead
    line: "MINISTRY OF INTERIOR" above "NATIONAL POLICE SERVICE" are two names)."""
    stripped = line.strip()
    if _is_terminal(stripped) or len(stripped) < _WRAP_WIDTH * widest:
        return True
    return stripped.isupper()


_CONNECTOR = re.compile(
    r"(?i)(?:[-,(&/]|\b(?:of|and|or|the|a|an|for|to|in|on|at|by|with|from|into|under|between))$"
)


_NAME_WORDS = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*"
#: A line ending in a capitalized word ("… officers from Kenya") ...
_NAME_END = re.compile(r"\b[A-Z][\w'’.-]*$")
#: ... and a next line going on with that list ("Uganda and Tanzania in border control"):
#: names joined by "and"/"or", then the line's end, a preposition or a mark (a headline would
#: go on with its verb: "Ethiopia and Djibouti to train …", "Brazil and Paraguay step up …").
_LIST_GOES_ON = re.compile(
    rf"\s*{_NAME_WORDS}(?:\s*,\s*{_NAME_WORDS})*\s+(?:and|or)\s+{_NAME_WORDS}"
    r"(?:\s*$|\s*[,.;:]|\s+(?:in|on|at|for|of|with|from|by|during|under|across|against)\b)"
)


#: A line of a table of dated rows ("23-25 April 2025 – Study visit … – funded by …").
_DATED_LINE = re.compile(r"\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+(?:\s+\d{4})?\s+[-–—|:]\s")


def _hyphenated(line: str, following: str) -> bool:
    """A word hyphenated across the line break ("Nether-" then "lands"): a short line so
    broken does not end its unit."""
    line = line.rstrip()
    following = following.lstrip()[:1]  # an indented next line: its first letter
    return following.islower() and line.endswith("-") and line[-2:-1].isalpha()


def _may_stand_alone(line: str, following: str) -> bool:
    """Whether a line may be a headline of its own: the next one opens with a capital and
    this one does not end in a word or mark that needs more ("of", "and", a hyphen). In a
    block without final punctuation (a list of "Related news" headlines), such lines are
    separate headings, not one wrapped sentence; so are the rows of a table of dated lines.
    A line ending in a name whose list the next
    line goes on with ("… officers from Kenya" then "Uganda and Tanzania in …") is wrapped."""
    nxt = following.lstrip()[:1]
    line = line.rstrip()
    if not (nxt.isupper() or (nxt.isdigit() and _DATED_LINE.match(following))):
        return False
    if _CONNECTOR.search(line):
        return False
    return not (line[-1:].isalpha() and _NAME_END.search(line) and _LIST_GOES_ON.match(following))


def _is_terminal(line: str) -> bool:
    """Whether ``line`` ends in final punctuation, perhaps before closing quotes or brackets
    (read from its end: a regex anchored at the end would try every position of the line)."""
    line = line.rstrip().rstrip(_CLOSERS)
    if line[-1:].isdigit() and _FOOTNOTE_END.search(line):
        return True  # "… counterparts.3": a footnote marker after the period
    return line.endswith((".", "!", "?", ":", ";"))


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences of a paragraph, not splitting after abbreviations or initials."""
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        head = text[max(start, match.start() - 12) : match.start() + 1]
        if _may_abbreviate(head) and _ABBREVIATION.search(head):
            continue
        yield cursor, match.end()
        cursor = match.end()
    if cursor < end:
        yield cursor, end


def _may_abbreviate(head: str) -> bool:
    """A quick test that ``head`` may end in an abbreviation: a period after a listed
    abbreviation or a capital (most sentences end otherwise, and the regex is slow)."""
    word = head[:-1]
    return head.endswith(".") and (word.endswith(_ABBREVIATIONS) or word[-1:].isupper())
