"""Programmes, initiatives, operations, national plans and projects, with their years.

Named by a capitalized run ending in a programme noun ("Triangular Initiative",
"Country Programme for Iran 2011-2014"), by "Operation X", or by a quoted name after
a programme noun (the national plan "Family Dialogue…"). Generic names ("Country
Programme") count only with an owner, years or a country to pin them down.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.gazetteer import Token, is_acronym, word_set
from kg.extract.names import (
    grow_complement,
    grow_left,
    grow_nested,
    is_cap,
    is_name_word,
    is_years,
    parenthetical_acronym,
    parenthetical_expansion,
    span_text,
)
from kg.extract.org_names import ORG_HEADS
from kg.extract.programme_names import ROMAN, find_named
from kg.extract.registry import by_acronym, name_index
from kg.extract.view import DocView
from kg.resolve import Candidate, canonical

_HEADS = {
    "programme": "programme",
    "program": "programme",
    "initiative": "initiative",
    "project": "project",
    "plan": "plan",
    "strategy": "plan",
    "campaign": "campaign",
    "framework": "programme",
    "operation": "operation",
    "pact": "initiative",
    "roadmap": "plan",
    "fund": "fund",
}
_HEAD_WORDS = frozenset(_HEADS) - {"fund"}
#: Programme nouns of a fact sheet's opening heading ("PROJECT FACT SHEET", "Programme brief").
_SHEET_NOUNS = ("project", "programme", "program", "initiative")
#: Words of an opening heading that make it a sheet's label ("PROJECT FACT SHEET").
_SHEET_LABELS = word_set("sheet factsheet fact-sheet brief profile overview summary")
#: Last words of a title that names a region, not a programme ("Eastern Africa (EA)").
_REGION_WORDS = word_set(
    "africa asia america americas europe pacific caribbean region subregion sub-region "
    "balkans sahel"
)
_LOWERCASE_HEADS = frozenset({"programme", "program", "project", "initiative"})
_GENERIC = word_set(
    "country national regional global joint programme program plan project initiative "
    "strategy action operation partnership framework development cooperation strategic "
    "new annual work campaign pilot special sub-regional subregional integrated master"
)
_WIDER = frozenset({"regional", "sub-regional", "subregional", "global", "international"})
_QUOTED = re.compile(
    r"(?i)\b(plan|programme|program|project|initiative|campaign|strategy|operation|policy)"
    r"(\s+|,\s*)[\"“]([^\"”\n]{3,160})[\"”]"
)
#: A quoted name right before a programme noun (the "Safe Streets" campaign), also across
#: the acronym it is given and a modifier or two of the noun (the "Clean Ports" (CP)
#: programme, the "Open Doors" harm-reduction project): group 1 the name, 2 the acronym,
#: 3 the modifiers, 4 the noun.
_QUOTED_BEFORE = re.compile(
    r"[\"“]([A-Z][^\"”\n]{2,160})[\"”]\s+"
    r"(?:\(([A-Z][A-Za-z0-9-]{1,11})\)\s+)?"
    r"((?:(?:[a-z]+(?:-[a-z]+)+|regional|national|global|joint|pilot|flagship|new)\s+){0,2})"
    r"(?i:(plan|programme|program|project|initiative|campaign|strategy))\b"
)
#: Words before "Fund" that make it a funding programme, not a body.
_FUND_KINDS = word_set("trust challenge")
#: Words before "the … Fund" that channel money through it ("grants under the … Fund").
_CHANNELS = word_set("through under via")
#: "Plan of Action", "Programme of Work": a complement that is part of the head.
_HEAD_OF = word_set("action work")
#: A word of a title: capitalized, a number, or a function word inside it.
_TITLE_WORD = re.compile(r"[A-Z0-9]|(?:of|for|and|the|on|in|to|a|an|against|with)\b")
_INNER = word_set("of for and on to against")
_CODE = re.compile(r"[A-Z0-9][A-Za-z0-9-]*$")
#: Words that open an operation's name ("Operation Lionfish", "Exercise Coral Shield").
_OPERATION_NOUNS = frozenset({"Operation", "Exercise"})
_CODE_NAMED = word_set("code-named codenamed code-name")
#: Words after "Exercise" that make it a role or a document, not an exercise's name
#: ("the Exercise Director", "Exercise Control staff", "the Exercise Report").
_EXERCISE_ROLES = word_set("director control planning planner planners scenario report")


def find_programmes(doc: DocView, owners: frozenset[str] = frozenset()) -> list[Candidate]:
    """Programme candidates of a document (``owners``: registry ids that own programmes)."""
    body: set[str] = set()
    headline: list[Candidate] = []
    out: list[Candidate] = []
    for i, (seg, toks) in enumerate(zip(doc.segments, doc.tokens, strict=True)):
        taken: set[int] = set()
        found = _quoted(doc, seg.start, seg.end, toks, taken) if _has_quote(seg.text) else []
        if toks and toks[0].norm in _SHEET_NOUNS and len(toks) > 3 and toks[1].text == ":":
            found += _field_value(doc, toks, taken)  # "Programme: Andean Coca Data Exchange"
        strong = list(found)
        if "Operation" in seg.text or "Exercise" in seg.text or "named" in seg.text:
            found += _operations(doc, toks, taken)
        heads = not doc.norms[i].isdisjoint(_HEAD_WORDS)  # every programme noun is a head here
        if heads or ("fund" in doc.norms[i] and "Fund" in seg.text):  # "fund" is mostly a verb
            found += find_named(doc, toks, taken)
            found += _headed(doc, toks, taken)
        if doc.title_case[i]:
            out += strong
            headline += [c for c in found if c not in strong]
        else:
            out += found
            body |= {canonical(c.name) for c in found}
    if headline:
        out += [c for c in headline if c.years or canonical(c.name) in body or _named_by(doc, c)]
    if doc.segments and doc.segments[0].kind == "heading":
        out += _sheet_title(doc, out)
    return [_national(doc, c) for c in out]


def _sheet_title(doc: DocView, found: list[Candidate]) -> list[Candidate]:
    """ "PROJECT FACT SHEET" / "Andean Coca Data Exchange (ACDE)": the heading right after a
    short opening heading that names a programme noun (a fact sheet, brief or profile) is the
    programme's own name, whatever its last word, when it is a title with its acronym in
    brackets and names no country or organization."""
    opening = doc.norms[0]
    if len(doc.segments) < 2 or len(doc.tokens[0]) > 5 or opening.isdisjoint(_SHEET_NOUNS):
        return []
    if opening.isdisjoint(_SHEET_LABELS):
        return []  # "Project Update", "Programme News": a heading of news, not a sheet
    seg, toks = doc.segments[1], doc.tokens[1]
    if seg.kind != "heading" or len(toks) < 5 or toks[-1].text != ")" or toks[-3].text != "(":
        return []
    acronym, words = toks[-2].text, toks[:-3]
    title = doc.text[words[0].start : words[-1].end]
    if not is_acronym(acronym) or not _is_title(title) or words[-1].norm in ORG_HEADS:
        return []
    if words[-1].norm in _REGION_WORDS:
        return []  # "Eastern Africa (EA)", "Greater Mekong Subregion (GMS)": a region
    rest = doc.text[seg.end :]
    if not re.search(rf"\b{re.escape(acronym)}\b|\b[Tt]he (?:project|programme|program)\b", rest):
        return []  # the body neither uses the acronym again nor speaks of the programme
    if any(doc.country_of(t) for t in words) or any(seg.start <= c.start < seg.end for c in found):
        return []
    kind = next(_HEADS[w] for w in _SHEET_NOUNS if w in opening)
    return [
        Candidate(
            words[0].start, words[-1].end, title, "Programme", title, category=kind, acronym=acronym
        )
    ]


def _named_by(doc: DocView, c: Candidate) -> bool:
    """A headline's programme the body goes on about: by its acronym or as "the programme",
    "the Initiative" (its own head noun): the report's subject, not a run of capitals."""
    words = c.name.split()
    if len(words) < 3:
        return False
    head = f"the {words[-1].lower()}"
    for i, seg in enumerate(doc.segments):
        if doc.title_case[i] or seg.start <= c.start < seg.end:
            continue
        if head in seg.text.lower() or (c.acronym and c.acronym in seg.text):
            return True
    return False


def _national(doc: DocView, c: Candidate) -> Candidate:
    """A generic or national programme without its country ("the Country Programme
    2011-2014", "the National Drug Control Strategy") is the report's country's."""
    words = c.name.lower().split()
    national = all(w in _GENERIC for w in words) or words[0] in ("national", "country")
    if c.country or not national or _WIDER.intersection(words) or not doc.main_country:
        return c
    return replace(c, country=doc.main_country)


def _has_quote(text: str) -> bool:
    """Whether ``text`` has an opening quote, without which :data:`_QUOTED` cannot match."""
    return '"' in text or "“" in text


def _quoted(
    doc: DocView, start: int, end: int, toks: list[Token], taken: set[int]
) -> list[Candidate]:
    """A quoted name after a programme noun; the noun and its capitalized words are used up."""
    out: list[Candidate] = []
    matches = [(m, 3, 1) for m in _QUOTED.finditer(doc.text, start, end)]
    matches += [(m, 1, 4) for m in _QUOTED_BEFORE.finditer(doc.text, start, end)]
    for m, name_group, noun_group in matches:
        s, e = m.start(name_group), m.end(name_group)
        if name_group == 3 and "," in m.group(2) and not _is_title(m.group(3)):
            continue  # 'the plan, "we will …"': a quotation, not the plan's name
        acronym = m.group(2) if name_group == 1 else None
        if acronym and not is_acronym(acronym):
            continue  # '"Safe Ports" (Ghana) project': not the name's acronym
        if name_group == 1 and (acronym or m.group(3)) and not _is_title(m.group(1)):
            continue  # only a title reaches its noun across an acronym or modifiers
        if any(c.start == s for c in out):
            continue
        kind = _HEADS.get(m.group(noun_group).lower(), "plan")
        name = m.group(name_group)
        out.append(
            Candidate(s, e, doc.text[s:e], "Programme", name, category=kind, acronym=acronym)
        )
        inside = [i for i, t in enumerate(toks) if m.start() <= t.start < m.end()]
        if inside:
            first = grow_left(toks, inside[0])
            taken.update(range(first, inside[-1] + 1))
    return out


def _is_title(text: str) -> bool:
    """A quoted title ("Cacao for Peace: Andean Exchange"): capitalized words and function
    words only, opened by a capital."""
    words = text.split()
    return text[0].isupper() and all(_TITLE_WORD.match(w) for w in words)


def _operations(doc: DocView, toks: list[Token], taken: set[int]) -> list[Candidate]:
    """ "Operation TARCET", "Exercise Coral Shield": the word Operation or Exercise and a
    capitalized code name; "an operation code-named Night Harbour": the code name alone."""
    out = []
    for i, tok in enumerate(toks):
        if i in taken:
            continue
        if _code_named(toks, i):
            out += _code_name(doc, toks, i, taken)
            continue
        if tok.text not in _OPERATION_NOUNS or (tok.text == "Exercise" and _not_exercise(toks, i)):
            continue
        j = i
        while (
            j + 1 < len(toks)
            and j - i < 3
            and _CODE.match(toks[j + 1].text)
            and is_name_word(toks[j + 1])
        ):
            j += 1
        if j > i:
            start, end, text = span_text(doc.text, toks, i, j)
            code = _code(toks, i + 1, j)
            expansion = parenthetical_expansion(toks, j, code)
            found = Candidate(start, end, text, "Programme", text, category="operation")
            out.append(replace(found, acronym=code, expansion=expansion))
            taken.update(range(i, j + 1))
    return out


def _not_exercise(toks: list[Token], i: int) -> bool:
    """ "The Table-Top Exercise Held in Accra", "Exercise Control staff": "Exercise" ends a
    capitalized name or heads a role or a verb, and names no exercise."""
    if i > 0 and is_name_word(toks[i - 1]):
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and (nxt.norm in _EXERCISE_ROLES or nxt.norm.endswith("ed"))


def _code_named(toks: list[Token], i: int) -> bool:
    """Token ``i`` ends "code-named", "codenamed" or "code named"."""
    norm = toks[i].norm
    return norm in _CODE_NAMED or (norm == "named" and i > 0 and toks[i - 1].norm == "code")


def _code_name(doc: DocView, toks: list[Token], i: int, taken: set[int]) -> list[Candidate]:
    """The capitalized code name after "code-named" at token ``i`` (up to four words)."""
    j = i
    while j + 1 < len(toks) and j - i < 4 and is_name_word(toks[j + 1]):
        j += 1
    if j == i or doc.country_of(toks[i + 1]):
        return []
    start, end, text = span_text(doc.text, toks, i + 1, j)
    taken.update(range(i + 1, j + 1))
    return [Candidate(start, end, text, "Programme", text, category="operation")]


def _code(toks: list[Token], first: int, last: int) -> str | None:
    text = " ".join(t.text for t in toks[first : last + 1])
    return text if text.isupper() else None


def _headed(doc: DocView, toks: list[Token], taken: set[int]) -> list[Candidate]:
    out = []
    for h, tok in enumerate(toks):
        if h in taken or tok.norm not in _HEADS or _pact_of(toks, h) or _body_fund(doc, toks, h):
            continue
        found = _acronym_inside(doc, toks, h, taken) or _around(doc, toks, h, taken)
        if found:
            out.append(found)
            taken.update(range(_index(toks, found.start), h + 1))
    return out


def _pact_of(toks: list[Token], h: int) -> bool:
    """ "Paris Pact Initiative": a pact named in a longer programme name heads no name."""
    nxt = toks[h + 1] if h + 1 < len(toks) else None
    return toks[h].norm == "pact" and nxt is not None and nxt.norm in _HEADS and is_cap(nxt)


def _body_fund(doc: DocView, toks: list[Token], h: int) -> bool:
    """ "Fund" heads a programme only as a funding window ("… Trust Fund", "… Challenge Fund",
    money put "through" or granted "under the … Fund"); otherwise it names a body
    ("International Monetary Fund", "Children's Fund")."""
    if toks[h].norm != "fund" or (h > 0 and toks[h - 1].norm in _FUND_KINDS):
        return False
    return not _channel_fund(doc, toks, h)


def _channel_fund(doc: DocView, toks: list[Token], h: int) -> bool:
    """ "committed $5 million through the Island Resilience Fund": a fund that money goes
    through (not a registry body such as the Global Fund) is a funding window."""
    first = _grow(toks, h)
    if first < 2 or first == h or toks[first - 1].norm != "the":
        return False
    if toks[first - 2].norm not in _CHANNELS:
        return False
    if doc.country_of(toks[first]) or toks[first].text in by_acronym():
        return False  # "the OPEC Fund for …", "the Kuwait Fund for …": a body of its owner
    if (
        h + 2 < len(toks)
        and toks[h + 1].norm == "for"
        and toks[grow_complement(toks, h)].norm == "development"
    ):
        return False  # "… Fund for International Development": a development bank
    return not name_index().find(toks[first : h + 1], doc.text)


def _field_value(doc: DocView, toks: list[Token], taken: set[int]) -> list[Candidate]:
    """ "Programme: Andean Coca Data Exchange (ACDE), 2022-2025": the value of a field line
    labelled with a programme noun is the programme's name, whatever its last word, when it
    is a title of two words or more that ends in no body's head noun and names no country."""
    j = k = 2
    while k < len(toks) and (
        is_cap(toks[k]) or (toks[k].norm in _INNER and k + 1 < len(toks) and is_cap(toks[k + 1]))
    ):
        k += 1
    last = k - 1
    if last <= j or toks[last].norm in ORG_HEADS or any(doc.country_of(t) for t in toks[j:k]):
        return []
    if k < len(toks) and toks[k].text not in ("(", ",", ";"):
        return []
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text[0].isalpha():
        return []  # "Project: Drug Demand Reduction, Treatment and Care": not cut short
    if _placeholder(toks[j:k]):
        return []
    acronym = parenthetical_acronym(toks, last)
    start, end, text = span_text(doc.text, toks, j, last)
    kind = _HEADS[toks[0].norm]
    taken.update(range(j, k))
    return [Candidate(start, end, text, "Programme", text, category=kind, acronym=acronym)]


def _placeholder(words: list[Token]) -> bool:
    """A field's value that names no programme: a placeholder ("To Be Confirmed", "Not
    Applicable") or only a phase and generic words ("Phase II", "Global Programme")."""
    if words[0].norm in ("to", "not", "n/a", "tbd", "tbc", "ongoing", "none"):
        return True
    return all(t.norm in _GENERIC or t.norm == "phase" or ROMAN.fullmatch(t.text) for t in words)


def _acronym_inside(doc: DocView, toks: list[Token], h: int, taken: set[int]) -> Candidate | None:
    """ "the Global Rapid Interdiction of Dangerous Substances (GRIDS) Programme": a name
    spelled out by the acronym in brackets right before its capitalized head."""
    if h < 4 or toks[h - 1].text != ")" or toks[h - 3].text != "(" or not toks[h].text[0].isupper():
        return None
    acronym = toks[h - 2].text
    if not acronym.isupper() or len(acronym) < 2:
        return None
    j = h - 4
    while j >= 0 and j not in taken and (toks[j].text[0].isupper() or toks[j].norm in _INNER):
        words = [t for t in toks[j : h - 3] if t.norm not in _INNER]
        initials = "".join(t.text[0] for t in words)
        if initials == acronym and toks[j].text[0].isupper():
            expansion = doc.text[toks[j].start : toks[h - 4].end]
            start, end, text = span_text(doc.text, toks, j, h)
            head = toks[h].text
            return Candidate(
                start,
                end,
                text,
                "Programme",
                f"{expansion} {head}",
                category=_HEADS[toks[h].norm],
                acronym=acronym,
            )
        j -= 1
    return None


def _index(toks: list[Token], start: int) -> int:
    return next(i for i, t in enumerate(toks) if t.start >= start)


def _around(doc: DocView, toks: list[Token], h: int, taken: set[int]) -> Candidate | None:
    """The programme name headed by token ``h``, if it is specific enough."""
    first = _grow(toks, h)
    for j in range(h - 1, first - 1, -1):
        mention = doc.country_of(toks[j])
        if j in taken or (mention and mention.form != "demonym"):
            first = j + 1
            break
    possessive = first < h and toks[first].text in ("'s", "’s")
    if possessive:  # "the United Kingdom's … Fund": the country's, not part of the name
        first += 1
    before = doc.country_of(toks[first - 1 - possessive]) if first > possessive else None
    lowercase = not toks[h].text[0].isupper()
    if lowercase and (toks[h].norm not in _LOWERCASE_HEADS or h - first < 2):
        return None
    start_tok, years = first, None
    if first > 0 and is_years(toks[first - 1]):
        start_tok, years = first - 1, toks[first - 1].text
    core_first = first
    while core_first < h and _funded_by_body(doc, toks[core_first]):
        core_first += 1  # "the EU-funded BORDERLINK project": who funds it, not its name
    core_first, owner = _owner(doc, toks, core_first, h)
    country, core_first = _demonym(doc, toks, core_first, h)
    if lowercase and _owner(doc, toks, core_first, h)[0] >= h:
        return None  # "a Swiss-funded UNODC project": whose project, not its name
    if country is None and before is not None and first == core_first:
        country = before.iso3  # "Iran's Plan": the span stays the name, the country its own
        start_tok = first if possessive else _mention_start(doc, toks, first - 1)
    core_toks = toks[core_first : h + 1]
    words = [t.norm for t in core_toks]
    generic = all(w in _GENERIC for w in words)
    last, post_country, post_years = _after(doc, toks, h, generic)
    country = country or post_country
    years = years or post_years
    complement = last > h and country is None and not (years and last == h + 1)
    if (len(words) < 2 and not complement) or (
        generic and not (years or country or owner or complement)
    ):
        return None
    name = " ".join(t.text for t in core_toks)
    if complement:
        name = doc.text[toks[core_first].start : toks[last - 1 if post_years else last].end]
    if toks[h].norm == "operation" and len(core_toks) > 1:
        name = "Operation " + " ".join(t.text for t in core_toks[:-1])
    start, end, text = span_text(doc.text, toks, start_tok, last)
    acronym = parenthetical_acronym(toks, last)
    return Candidate(
        start,
        end,
        text,
        "Programme",
        name,
        country,
        years=years,
        parent=owner,
        category=_HEADS[toks[h].norm],
        acronym=acronym,
    )


#: "EU-funded", "Japan-financed", "UNODC-led": a modifier saying who pays for or runs a programme.
_GIVER_MODIFIER = re.compile(r".-(funded|financed|sponsored|supported|backed|led)$")


def _funded_by_body(doc: DocView, tok: Token) -> bool:
    """ "EU-funded", "UNODC-led": a body's modifier (not a country's: "Swiss-funded" tells the
    programme's country)."""
    return bool(_GIVER_MODIFIER.search(tok.norm)) and doc.country_of(tok) is None


def _grow(toks: list[Token], h: int) -> int:
    """Grow left over names, also across "to" ("FIU to FIU programme")."""
    first = grow_left(toks, h)
    while (
        first >= 2 and toks[first - 1].norm == "to" and is_name_word(toks[first - 2]) and first < h
    ):
        first = grow_left(toks, first - 2)
    return first


def _owner(doc: DocView, toks: list[Token], first: int, h: int) -> tuple[int, str | None]:
    """A registry organization at the start of the name ("UNODC Country Programme")."""
    hits = name_index().find(toks[first:h], doc.text)
    if not hits or hits[0].first != 0:
        return first, None
    core = first + hits[0].last + 1
    if core < h and toks[core].text in ("'s", "’s"):
        core += 1
    return core, f"organization/{hits[0].value}"


def _mention_start(doc: DocView, toks: list[Token], j: int) -> int:
    """First token of the country mention that token ``j`` belongs to."""
    mention = doc.country_of(toks[j])
    while j > 0 and doc.country_of(toks[j - 1]) is mention:
        j -= 1
    return j


def _demonym(doc: DocView, toks: list[Token], first: int, h: int) -> tuple[str | None, int]:
    mention = doc.country_of(toks[first]) if first < h else None
    if mention is None:
        return None, first
    j = first
    while j < h and doc.country_of(toks[j]) is mention:
        j += 1
    return mention.iso3, j


def _after(
    doc: DocView, toks: list[Token], h: int, generic: bool
) -> tuple[int, str | None, str | None]:
    """Country ("for/in/of the Islamic Republic of Iran"), complement and years after the head.

    "in <Country>" names the country only of generic names ("Country Programme in Iran");
    "Operation X in Iran" is the Iranian part of a wider operation.
    """
    last, country, years = h, None, None
    j = h + 1
    of_action = j + 1 < len(toks) and toks[j].norm == "of" and toks[j + 1].norm in _HEAD_OF
    if of_action and is_name_word(toks[j + 1]):  # "Plan of Action": the head's complement
        last = h = j + 1
        j = h + 1
    prepositions = (
        ("for", "in", "of", "against", "on") if generic else ("for", "of", "against", "on")
    )
    if j + 1 < len(toks) and toks[j].norm in prepositions:
        k = j + 2 if toks[j + 1].norm == "the" else j + 1
        mention = doc.country_of(toks[k]) if k < len(toks) else None
        if mention is not None and mention.form != "demonym":
            last, country = k, mention.iso3
            while last + 1 < len(toks) and doc.country_of(toks[last + 1]) is mention:
                last += 1
            if _and_region(doc, toks, last):  # "for Afghanistan and Neighbouring Countries"
                last, country = grow_complement(toks, h), None
        elif toks[j].norm in ("for", "against", "on"):
            last = _through_in(toks, grow_nested(toks, h))
    if last + 1 < len(toks) and is_years(toks[last + 1]):
        last, years = last + 1, toks[last + 1].text
    return last, country, years


def _and_region(doc: DocView, toks: list[Token], last: int) -> bool:
    """ "… for Afghanistan and Neighbouring Countries": "and" and capitalized words naming no
    country after the country make a region the name serves, not one country's programme."""
    j = last + 1
    if j + 1 >= len(toks) or toks[j].norm != "and" or not is_name_word(toks[j + 1]):
        return False
    return doc.country_of(toks[j + 1]) is None


def _through_in(toks: list[Token], last: int) -> int:
    """ "… of Coca Cultivation in the Alto Huallaga (CORAH)": an acronym right after "in the
    <Name>" shows that the place belongs to the programme's name."""
    j = last + 1
    if j >= len(toks) or toks[j].norm != "in":
        return last
    k = j + 2 if j + 1 < len(toks) and toks[j + 1].norm == "the" else j + 1
    end = k - 1
    while end + 1 < len(toks) and is_name_word(toks[end + 1]):
        end += 1
    return end if end >= k and parenthetical_acronym(toks, end) else last
