"""Shared grammar of proper names: which tokens start, continue and end a name.

A name is a run of capitalized words, possibly joined by "and" or "&", optionally
followed by a complement ("of Interior", "for Women and Family Affairs").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from kg.extract.gazetteer import Token, is_acronym, word_set

#: Capitalized words that never begin a name: function words, titles, ordinals, months.
LEFT_STOP = word_set(
    "the a an this that these those in on at during under for with by from to of and its "
    "their his her our your both each all some several many other following within after "
    "before since through between among also meanwhile however moreover furthermore today "
    "yesterday thanks head chief director minister secretary deputy representative "
    "commander officials officers staff mr mrs ms dr ambassador president chairman chair "
    "members participants experts first second third fourth fifth sixth seventh eighth "
    "ninth tenth last new january february march april may june july august september "
    "october november december monday tuesday wednesday thursday friday saturday sunday "
    "as it we they he she there here over apart according inauguration implementation "
    "launch opening establishment signing"
)
CONNECTORS = frozenset({"and", "&"})
COMPLEMENT = frozenset({"of", "for", "on", "against"})
_FUNCTION = word_set("the a an of in on at for with by from to and or")
_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d))?$")
_START = attrgetter("start")
_TRAFFICKING = word_set("trafficking traffic")
#: Who is trafficked in a crime's name ("Trafficking in Persons"), not a month or a place
#: ("the Task Force on Human Trafficking in January", "… Trafficking in Callao").
_TRAFFICKED = word_set("persons human women children")


def is_name_word(token: Token) -> bool:
    """A capitalized or all-capital word ("Anti-Narcotics", "TARCET"), not a stop word."""
    first = token.text[0]
    return first.isalpha() and first.isupper() and token.norm not in LEFT_STOP


def is_cap(token: Token) -> bool:
    """A capitalized word that is not a function word; may sit inside a name ("President")."""
    first = token.text[0]
    return first.isalpha() and first.isupper() and token.norm not in _FUNCTION


def is_years(token: Token) -> bool:
    """A year or a span of years ("2011-2014")."""
    return bool(_YEARS.match(token.text))


def grow_left(tokens: list[Token], head: int, floor: int = 0) -> int:
    """Index of the first word of the capitalized run that ends at ``head``."""
    i = head
    while i - 1 >= floor:
        prev = tokens[i - 1]
        possessive = prev.text in ("'s", "’s")
        joins = possessive or prev.norm in CONNECTORS
        joins = joins or (prev.norm == "in" and _trafficking_in(tokens, i - 1))
        if is_name_word(prev) or (joins and i - 2 >= floor and is_name_word(tokens[i - 2])):
            i -= 1
        else:
            break
    return i


def _trafficking_in(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is the "in" of "Trafficking in Persons", "Traffic in Human Beings": the
    name of a crime, which runs on through its lowercase "in" inside a body's name
    ("Anti-Trafficking in Persons Unit", "Committee against Trafficking in Persons")."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].norm == "in"
        and tokens[k - 1].norm.rpartition("-")[2] in _TRAFFICKING
        and is_cap(tokens[k - 1])
        and tokens[k + 1].norm in _TRAFFICKED
        and is_cap(tokens[k + 1])
    )


def grow_complement(tokens: list[Token], last: int, stop: frozenset[int] = frozenset()) -> int:
    """Index of the last word after "of/for/on/against (the) Name…" following ``last``."""
    j = last + 1
    if j >= len(tokens) or tokens[j].norm not in COMPLEMENT:
        return last
    j += 1
    if j < len(tokens) and tokens[j].norm == "the":
        j += 1
    end = last
    while j < len(tokens) and j not in stop and is_cap(tokens[j]):
        end = j
        nxt = j + 1
        if (
            nxt + 1 < len(tokens)
            and (
                tokens[nxt].norm in CONNECTORS
                or (tokens[nxt].norm == "in" and _trafficking_in(tokens, nxt))
            )
            and nxt + 1 not in stop
            and is_cap(tokens[nxt + 1])
        ):
            j = nxt + 1
        else:
            j = nxt
    return end


def grow_nested(tokens: list[Token], last: int, stop: frozenset[int] = frozenset()) -> int:
    """Like :func:`grow_complement`, also through a further "of/for (the) Name…" that the
    complement governs ("Revenue Service of the Ministry of Finance"); ``stop`` ends it
    (a country's tokens: "of Georgia" says whose the name is)."""
    end = grow_complement(tokens, last, stop)
    while end > last and end + 1 < len(tokens) and tokens[end + 1].norm in ("of", "for", "against"):
        last, end = end, grow_complement(tokens, end, stop)
    return end


def token_range(tokens: list[Token], start: int, end: int) -> range:
    """Indices of the tokens that start inside ``[start, end)`` (tokens are in text order)."""
    return range(bisect_left(tokens, start, key=_START), bisect_left(tokens, end, key=_START))


def span_text(text: str, tokens: list[Token], first: int, last: int) -> tuple[int, int, str]:
    """Offsets and text of tokens ``first..last``."""
    start, end = tokens[first].start, tokens[last].end
    return start, end, text[start:end]


def parenthetical_acronym(tokens: list[Token], last: int) -> str | None:
    """ "(DCHQ)" right after the name ending at token ``last``."""
    window = tokens[last + 1 : last + 4]
    if len(window) == 3 and window[0].text == "(" and window[2].text == ")":
        return window[1].text if is_acronym(window[1].text) else None
    return None


def parenthetical_expansion(tokens: list[Token], last: int, acronym: str | None) -> str | None:
    """ "(Targeted Anti-trafficking Regional …)" spelling out ``acronym`` after a name."""
    if not acronym or last + 2 >= len(tokens) or tokens[last + 1].text != "(":
        return None
    close = next(
        (j for j in range(last + 2, min(len(tokens), last + 16)) if tokens[j].text == ")"), None
    )
    if close is None:
        return None
    words = tokens[last + 2 : close]
    initials = "".join(t.text[0] for t in words if t.text[0].isupper())
    if initials.upper() != acronym.replace(" ", "").upper():
        return None
    return " ".join(t.text for t in words)
