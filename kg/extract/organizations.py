"""Organizations of a report: registry bodies (found by ``known_bodies``) and unseen names
headed by agency nouns or named after their members, with letterhead and headline filters.

Unseen names are capitalized runs ending in a head noun ("Anti-Narcotics Agency",
"Drug Control Headquarters") or followed by a complement ("Ministry of Interior").
A demonym or country before the name, "of <Country>" or ", Government of <Country>"
after it gives the home country. "(DCHQ)" after a name binds the acronym.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from operator import attrgetter
from typing import NamedTuple

from kg.extract.gazetteer import Hit, Token, is_acronym, word_set
from kg.extract.homes import NATIONAL, coordinated_homes, fronted_country, national, parents
from kg.extract.known_bodies import has_joined_names, registry_names
from kg.extract.names import (
    COMPLEMENT,
    CONNECTORS,
    grow_complement,
    grow_left,
    grow_nested,
    is_cap,
    is_name_word,
    parenthetical_acronym,
)
from kg.extract.org_names import (
    DRUG_WORDS,
    GENERIC_WORDS,
    HEADS,
    ORG_HEADS,
    SMALL_WORDS,
    country_after,
    country_before,
    heads_after,
    spells,
    unseen,
)
from kg.extract.people import TITLE_WORDS
from kg.extract.registry import by_acronym, name_index, organizations
from kg.extract.sentences import Segment
from kg.extract.view import DocView
from kg.resolve import Candidate, canonical

#: Nouns of a body's members, which head its name only with an acronym ("Senior Officials
#: on Drug Matters (SOD)"): otherwise people, not a body.
_MEMBERS = frozenset({"officials", "ministers", "experts"})
#: Words that open a name before the country it contains ("Royal Thai Police").
_TITLES = frozenset({"royal", "imperial"})
#: "System" heads a body's name only after these ("Regional Security System"); otherwise it
#: names a tool or project ("Early Warning System").
_SYSTEM_BODY = frozenset({"security", "integration", "cooperation", "defence", "defense"})
#: Heads of bodies named in the French manner ("General Delegation for …", "Platform for the
#: Fight against …", "Judicial Pole"), which otherwise name a visit, a tool or a place: they
#: head a name only after a capitalized qualifier that names no country, or before "for".
_QUALIFIED_HEADS = frozenset({"delegation", "platform", "pole"})
_PLAIN_HEADS = ORG_HEADS - _QUALIFIED_HEADS
#: Qualifiers of a visit ("A High-Level Delegation", "the Parliamentary Delegation of …") or a
#: tool ("the Online Platform", "the Secure Communication Platform"): no body's name.
_NOT_QUALIFIERS = word_set(
    "high-level parliamentary ministerial official joint government governmental online "
    "digital communication communications data knowledge elearning e-learning secure web "
    "internet whatsapp telegram signal zoom skype facebook teams"
)
#: The only qualifiers of a "Pole" that make it a body (a court or prosecutors' pole).
_POLE_QUALIFIERS = word_set("judicial economic financial specialised specialized")
_CAPITALIZED_QUALIFIED = re.compile(r"Delegation|Platform|Pole")
#: Words of a body that serves several countries: a place word in it is not its home.
_MULTINATIONAL = word_set(
    "multinational international regional sub-regional subregional transnational "
    "intergovernmental inter-governmental interregional inter-regional"
)
#: Event nouns that stop a name growing left unless "the" opens the name before them.
_EVENT_WORDS = word_set("implementation launch opening establishment signing inauguration")
#: Verbs of a purpose clause that ends a body's name ("… Centre to Combat Drugs").
_PURPOSES = word_set(
    "combat counter fight prevent suppress eradicate eliminate protect promote support "
    "control reduce end stop monitor coordinate"
)
#: Members whose acts make a conclave a body ("Ministers of the … Conclave").
_CONCLAVE_MEMBERS = word_set("ministers members delegates officials representatives")
#: Plural heads, whose comma list names several bodies ("the Ministries of Justice, …").
_PLURAL_HEADS = word_set(
    "ministries departments offices units agencies services centres centers directorates "
    "commissions authorities divisions"
)
#: Words that may end a listed field of two words ("Social Affairs", "Economic Development").
_FIELD_TAILS = word_set("affairs development")
#: Days and months, never a field listed in a name ("the Ministry of Interior, Monday and …").
_NOT_FIELDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)

#: Nouns of a topic that a head noun right before them qualifies ("Customs Cooperation",
#: "Police Reform"): the run names a field of work, not a body (a later head still may).
_TOPIC_NOUNS = word_set("cooperation co-operation reform reforms modernization modernisation")
#: Abbreviations of "number" that a body's name may end with before its number.
_NUMBER_WORDS = frozenset({"No", "Nº", "Nr"})
#: Lowercase words a wrapped line may end or open with inside a name.
_WRAP_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "against", "&"})
_OF_OR_FOR = re.compile(r"(?i)\s(of|for)\s")
_HELD_AT = re.compile(
    r"(?i)\b(held|takes place|took place|convened|hosted|opened|meets|met)\b[^.;:]{0,80}"
    r"\bat\s+the\s+$"
)
#: A project's quoted title ("the project "Strengthening the Drug Control Agency of …"").
_TITLE = re.compile(r"(?i)\b(?:project|programme|program|initiative)\s+[\"“]([^\"”\n]{3,200})[\"”]")

PlaceCountry = Callable[[str], str | None]
#: Categories of bodies named "in" a city whose country they belong to.
_SEATED = NATIONAL | {"agency", "drug-control-agency"}


def _city_home(
    doc: DocView, toks: list[Token], first: int, last: int, place_country: PlaceCountry
) -> str | None:
    """Country of the city a name starts with, of up to three words ("Dubai Police", "Abu
    Dhabi Police Academy", "Kuala Lumpur Port Authority")."""
    for end in range(first, max(first + 1, min(first + 3, last))):
        home = place_country(doc.text[toks[first].start : toks[end].end])
        if home is not None:
            return home
    return None


def find_organizations(doc: DocView, place_country: PlaceCountry) -> list[Candidate]:
    """Organization candidates of a document."""
    body_names: set[str] = set()
    headline: list[Candidate] = []
    out: list[Candidate] = []
    by_head: dict[str, Candidate] = {}
    named: dict[str, str] = {}  # a headline's "Guatemala's Public Ministry": later bare ones too
    registry = name_index().find_each(doc.tokens, doc.text)
    joined = has_joined_names(doc)
    quoted = '"' in doc.text or "“" in doc.text  # a plain test: most reports quote nothing
    titles = [m.span(1) for m in _TITLE.finditer(doc.text)] if quoted else []
    for i, toks in enumerate(doc.tokens):
        found = []  # most segments have no registry name, joined acronym or head noun
        if registry[i] or joined or _has_head(doc, i) or _has_members(doc, i):
            found = _in_segment(doc, i, registry[i], place_country)
        letterhead = False
        if found:
            found = coordinated_homes(doc, found)
            fronted = fronted_country(doc, toks)
            if doc.segments[i].kind == "heading":  # a headline's body is the bare name's
                for c in found:
                    if c.country and not c.registry:
                        named.setdefault(canonical(c.name), c.country)
            alone = _names_only_home(doc, doc.segments[i])
            found = [
                national(
                    c,
                    fronted(c) or named.get(canonical(c.name)) or doc.main_country,
                    agencies=alone,
                )
                for c in found
            ]
            found = [c for c in found if c.country or c.registry or not _generic_name(c.name)]
            found = parents(found)
            letterhead = _letterhead(doc.segments[i], found)
            if letterhead:
                found = [_issuer(c, doc.main_country) for c in found]
        if titles and found:
            found = [c for c in found if c.registry or not _in_title(c, titles)]
        if not by_head.keys().isdisjoint(doc.norms[i]):
            found += _bare_references(toks, found, by_head)
        if not found:
            continue
        if doc.title_case[i] and not letterhead:
            headline += found  # kept only if the body names it too: not an antecedent
            continue
        by_head |= {head: c for c in found if (head := _name_head(c.name))}
        out += found
        body_names |= {canonical(c.name) for c in found}
    return out + [
        c for c in headline if c.registry or _specific(c, body_names) or _by_acronym(doc, c)
    ]


def _names_only_home(doc: DocView, seg: Segment) -> bool:
    """Whether a sentence names no country but the report's own, by name: "Malian officers"
    trained by a "National" agency may be another country's guests."""
    start = attrgetter("start")  # mentions are sorted by start
    lo = bisect_left(doc.countries, seg.start, key=start)
    hi = bisect_left(doc.countries, seg.end, key=start)
    return all(m.iso3 == doc.main_country and m.form == "name" for m in doc.countries[lo:hi])


def _has_head(doc: DocView, i: int) -> bool:
    """Whether segment ``i`` has a head noun; "delegation", "platform" and "pole" are common
    nouns in most sentences and count only when capitalized (a plain test, done rarely)."""
    norms = doc.norms[i]
    if not norms.isdisjoint(_PLAIN_HEADS):
        return True
    return not norms.isdisjoint(_QUALIFIED_HEADS) and bool(
        _CAPITALIZED_QUALIFIED.search(doc.segments[i].text)
    )


def _by_acronym(doc: DocView, c: Candidate) -> bool:
    """A headline name the body goes on using by the acronym the headline gave it ("… (BSEC)",
    then "BSEC member States"): the body names it."""
    if not c.acronym:
        return False
    return any(
        c.acronym in seg.text and not doc.title_case[i] for i, seg in enumerate(doc.segments)
    )


def _in_title(c: Candidate, titles: list[tuple[int, int]]) -> bool:
    """A name inside a project's quoted title but not opening it ("Establishment of Border
    Liaison Offices on …"): part of the title, not a body the report names."""
    return any(s < c.start and c.end <= e for s, e in titles)


def _bare_references(
    toks: list[Token], found: list[Candidate], by_head: dict[str, Candidate]
) -> list[Candidate]:
    """ "the Ministry", "the Directorate": the body last named with that head noun."""
    out = []
    for i, tok in enumerate(toks[1:], 1):
        prev = by_head.get(tok.norm)
        if prev is None or toks[i - 1].norm != "the" or not is_cap(tok):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt and (is_cap(nxt) or nxt.norm in COMPLEMENT or nxt.text == "("):
            continue
        if any(c.start <= tok.start < c.end for c in found):
            continue
        out.append(replace(prev, start=tok.start, end=tok.end, text=tok.text, acronym=None))
    return out


def _name_head(name: str) -> str | None:
    """The head noun of a name, before its complement ("ministry" of "Ministry of Interior and
    National Administration")."""
    words = name.lower().split()
    words = words[: next((i for i, w in enumerate(words) if w in COMPLEMENT), len(words))]
    return next((w for w in reversed(words) if w in HEADS), None)


def _issuer(c: Candidate, home: str | None) -> Candidate:
    """A body of a report's letterhead is of the government issuing it."""
    return c if c.country or c.registry or not home else replace(c, country=home)


def _letterhead(seg: Segment, found: list[Candidate]) -> bool:
    """A heading that is nothing but names ("NATIONAL POLICE SERVICE - ANTI-NARCOTICS UNIT"):
    the bodies that issue the report, not a headline's run of capitals."""
    chars = list(seg.text)
    for c in found:
        chars[c.start - seg.start : c.end - seg.start] = " " * (c.end - c.start)
    heading = seg.kind == "heading" and bool(found)
    return heading and not any(ch.isalnum() for ch in chars)


def _specific(c: Candidate, body_names: set[str]) -> bool:
    """A headline name the body repeats, or a full name that says whose it is ("MINISTRY OF
    INTERNAL AFFAIRS OF GEORGIA", "Embassy of Japan"): not a run of capitalized headline words."""
    if canonical(c.name) in body_names:
        return True
    names_country = c.country is not None and len(c.text) > len(c.name)
    if c.registry is None and _generic_name(c.name) and c.category != "embassy":
        return False  # "Joint Operation of the Police of Iran and …": a headline's noun
    return names_country and bool(_OF_OR_FOR.search(c.text))


def _in_segment(
    doc: DocView, i: int, registry: list[Hit[str]], place_country: PlaceCountry
) -> list[Candidate]:
    """Registry and headed names of segment ``i`` (headed names only where a head noun is)."""
    toks = doc.tokens[i]
    taken: set[int] = set()
    found = registry_names(doc, toks, registry, taken)
    if _has_head(doc, i):
        found += _headed_names(doc, toks, taken, place_country)
    if _has_members(doc, i):
        found += _member_bodies(doc, toks, taken)
    return found


def _has_members(doc: DocView, i: int) -> bool:
    """Whether segment ``i`` has a noun of a body's members and a parenthesis (a plain test)."""
    return "(" in doc.segments[i].text and not doc.norms[i].isdisjoint(_MEMBERS)


def _member_bodies(doc: DocView, toks: list[Token], taken: set[int]) -> list[Candidate]:
    """ "the ASEAN Senior Officials on Drug Matters (ASOD)": a body named after its members,
    known as one only by the acronym in brackets that spells the name (first letter first),
    after a capitalized members' noun with a qualifier before it and a topic after it."""
    out = []
    for h, tok in enumerate(toks):
        if tok.norm not in _MEMBERS or not tok.text[0].isupper() or h in taken:
            continue
        last = grow_nested(toks, h)
        acronym = parenthetical_acronym(toks, last) if last > h else None
        first = grow_left(toks, h)
        while first < h and (first in taken or doc.country_of(toks[first])):
            first += 1
        if acronym is None or first == h or taken.intersection(range(first, last + 1)):
            continue
        if first > 0 and _owner_acronym(doc, toks[first - 1]):
            first -= 1  # the registry body whose members they are: part of the name
        if not spells(acronym, toks[first : last + 1]):
            continue
        core = doc.text[toks[first].start : toks[last].end]
        out.append(unseen(doc, toks, first, last, core, None, "group"))
        taken.update(range(first, last + 4))
    return out


class _Span(NamedTuple):
    """Token range of a name, of its core, its country and a body it names inside it."""

    first: int
    last: int
    core_first: int
    core_last: int
    country: str | None
    inner: int | None  # first token of "the Ministry of Finance" in "Service of the Ministry…"


def _headed_names(
    doc: DocView, toks: list[Token], taken: set[int], place_country: PlaceCountry
) -> list[Candidate]:
    spans = []
    for h, tok in enumerate(toks):
        if h in taken or tok.norm not in HEADS or not is_cap(tok) or doc.country_of(tok):
            continue
        if tok.norm == "system" and (h == 0 or toks[h - 1].norm not in _SYSTEM_BODY):
            continue
        if tok.norm in _QUALIFIED_HEADS and not _qualified(doc, toks, h):
            continue
        if h + 1 < len(toks) and toks[h + 1].norm in _TOPIC_NOUNS and is_cap(toks[h + 1]):
            continue  # "Meeting on Border and Customs Cooperation": a topic, not a body
        span = _name_around(doc, toks, h, taken, place_country)
        if tok.norm == "conclave" and not _conclave_body(toks, span):
            continue  # "the National Conclave on Drug Trafficking": a meeting
        spans.append(span)
    spans.sort(key=lambda s: (s.first - s.last, s.first))
    out, used = [], set(taken)
    for span in spans:
        first, last, core_first, core_last, country, inner = span
        if used & set(range(first, last + 1)) or core_first > core_last:
            continue
        owner = None
        if first == core_first and first > 0 and _owner_acronym(doc, toks[first - 1]):
            first = core_first = first - 1  # "the CARICC Council of National Coordinators"
            owner = organizations()[by_acronym()[toks[first].text]]
        core = doc.text[toks[core_first].start : toks[core_last].end]
        category = _category(core, _head(toks, core_first, core_last))
        generic = country is None and _is_generic(toks[core_first : core_last + 1])
        national_head = any(HEADS.get(t.norm) in NATIONAL for t in toks[core_first : core_last + 1])
        if generic and (not national_head or core_first == core_last):
            continue  # "the National Police" is kept: a report's country's (see _national)
        city = _city_home(doc, toks, core_first, core_last, place_country)
        if city and _venue(doc.text, toks, first, core_first, core_last):
            continue
        used.update(range(first, last + 1))
        if owner is not None:  # the owner's home, or none for an international owner's body
            country = country or owner.country
            category = category if owner.country or not owner.category else owner.category
        found = unseen(doc, toks, first, last, core, country, category)
        home = None if country or generic or _multinational(core) else city
        if home:
            found = replace(found, country=home, label=core)
        elif owner is None and _may_have_seat(found, core, toks[core_last]):
            found = replace(found, country=_seat_after(doc, toks, last, place_country))
        if inner is not None and (found.country or not _is_generic(toks[inner : core_last + 1])):
            body = _inner(doc, toks, inner, core_last, found.country)
            if found.acronym and not spells(found.acronym, toks[core_first : core_last + 1]):
                found = replace(found, acronym=None)  # "(MNDF)" spells the body, not its unit
            out.append(body)
        out.append(found)
    taken |= used
    return out


def _may_have_seat(found: Candidate, core: str, head: Token) -> bool:
    """Whether a body of no known country takes the country of the city it is "in": a
    government body or agency, not an office (often another's: "the EU office in Lusaka")
    nor a joint or regional body ("the Joint Analysis Centre in Lusaka")."""
    if found.country or found.registry or head.norm in ("office", "offices"):
        return False
    if found.category not in _SEATED or _multinational(core):
        return False
    return "joint" not in core.lower().split()


def _seat_after(
    doc: DocView, toks: list[Token], last: int, place_country: PlaceCountry
) -> str | None:
    """The report's country when a body is named "in" or "of" one of its cities right after
    its name or acronym: "the Counter-Trafficking Unit (CTU) in Nairobi"."""
    k = last + 4 if parenthetical_acronym(toks, last) else last + 1
    if k + 1 >= len(toks) or toks[k].norm not in ("in", "of") or not is_cap(toks[k + 1]):
        return None
    if doc.country_of(toks[k + 1]) is not None:
        return None  # "task forces in Senegal, Mali and …": countries, not a seat
    seat = _city_home(doc, toks, k + 1, min(len(toks), k + 4), place_country)
    if seat is None and doc.dateline_place and _names(doc.text, toks[k + 1], doc.dateline_place):
        return doc.main_country  # "the … Unit (CCU) of Nacala" under "Nacala, 4 May —"
    return seat if seat == doc.main_country else None  # else often a venue or regional seat


def _names(text: str, tok: Token, place: str) -> bool:
    """Whether the words from ``tok`` on are ``place``, whole."""
    end = tok.start + len(place)
    return text.startswith(place, tok.start) and not text[end : end + 1].isalnum()


def _conclave_body(toks: list[Token], span: _Span) -> bool:
    """ "Ministers of the Indian Ocean Maritime Conclave (IOMC)": a conclave is a body only
    with an acronym in brackets or members acting for it; otherwise it is a meeting."""
    if parenthetical_acronym(toks, span.last) or parenthetical_acronym(toks, span.core_last):
        return True
    k = span.first - 1
    k -= k >= 0 and toks[k].norm == "the"
    return k >= 1 and toks[k].norm == "of" and toks[k - 1].norm in _CONCLAVE_MEMBERS


def _qualified(doc: DocView, toks: list[Token], h: int) -> bool:
    """ "General Delegation", "Judicial Pole", "Platform for the Fight against …": the head
    ``h`` qualified by a capitalized word before it (not a country: "the Iranian Delegation"
    is a visit; not a registry body: "the EU Delegation" is the EU's) or followed by a
    capitalized "for" complement."""
    before = toks[h - 1] if h > 0 else None
    if any(t.norm in _NOT_QUALIFIERS for t in toks[max(0, h - 3) : h]):
        return False  # "A High-Level Delegation", "the Secure Communication Platform"
    if toks[h].norm == "pole":  # "Judicial Pole", "Economic and Financial Pole"
        return before is not None and before.norm in _POLE_QUALIFIERS
    if toks[h].norm == "platform" and [t.norm for t in toks[h + 1 : h + 3]] == ["for", "action"]:
        return False  # "the Beijing Platform for Action": a plan
    if before is not None and is_name_word(before):
        if before.text in by_acronym():
            return False
        if doc.country_of(before) is None:
            return True
    k = h + 3 if h + 2 < len(toks) and toks[h + 2].norm == "the" else h + 2
    return k < len(toks) and toks[h + 1].norm == "for" and is_cap(toks[k])


def _venue(text: str, toks: list[Token], first: int, core_first: int, core_last: int) -> bool:
    """ "The session is held at the Vienna International Centre": a centre an event is held
    at is a building, not a body (the caller checks that its name opens with a city)."""
    if toks[core_last].norm not in ("centre", "center") or core_first == core_last:
        return False
    lo = toks[first].start
    return bool(_HELD_AT.search(text, max(0, lo - 120), lo))


def _multinational(core: str) -> bool:
    """True for a name of a body serving several countries ("Multinational … Centre")."""
    return bool(_MULTINATIONAL.intersection(core.lower().split()))


def _head(toks: list[Token], first: int, last: int) -> str:
    """The last head noun of a name; before its complement when the complement lists fields
    ("Academy of Customs, Indirect Taxes and Narcotics" is an academy, not customs)."""
    words = toks[first : last + 1]
    if any(t.text == "," for t in words):
        cut = next((i for i, t in enumerate(words) if t.norm in COMPLEMENT), len(words))
        words = words[:cut] if any(t.norm in HEADS for t in words[:cut]) else words
    return next(t.norm for t in reversed(words) if t.norm in HEADS)


def _inner(
    doc: DocView, toks: list[Token], first: int, last: int, country: str | None
) -> Candidate:
    """The body a name is part of, named inside it ("the Ministry of Finance")."""
    core = doc.text[toks[first].start : toks[last].end]
    category = _category(core, _head(toks, first, last))
    return unseen(doc, toks, first, last, core, country, category)


def _name_around(
    doc: DocView, toks: list[Token], h: int, taken: set[int], place_country: PlaceCountry
) -> _Span:
    """The name headed by token ``h``: its range, its core's range and its country."""
    first = grow_left(toks, h)
    if first == h and h >= 2 and toks[h - 1].text == "Staff" and is_name_word(toks[h - 2]):
        first = grow_left(toks, h - 2)  # "Border Management Staff College", "Joint Staff …"
    for j in range(h - 1, first - 1, -1):
        if j in taken or doc.country_of(toks[j]):
            first = j + 1
            break
    if first < h and (toks[first].text in ("'s", "’s") or toks[first].norm in CONNECTORS):
        first += 1  # after a registry body: "the NCA and Border Force"
    first = _after_body_and(doc, toks, first, h)
    first = _fields_before(doc, toks, first, h, taken)
    first = _event_word_before(toks, first, taken)
    h = _general_after(toks, h)
    country, start = country_before(doc, toks, first)
    if country and start > 0 and toks[start - 1].norm in _TITLES and is_cap(toks[start - 1]):
        start = first = start - 1  # "Royal Oman Police": the country is inside the name
    post, last = country_after(doc, toks, h)
    if post is not None:
        end = heads_after(toks, last)  # "General Department of Viet Nam Customs"
        if end == last and _for_name(toks, last):
            end = grow_complement(toks, last)  # "State Service of Georgia for Combating Drugs"
        inner = None
        if end == last and (body := _country_body(doc, toks, last)) > last:
            inner, end = _country_start(doc, toks, last), body
        return _Span(start, end, first, end if end > last else h, country or post, inner)
    stop = frozenset(taken) | _country_tokens(doc, toks, h)
    last = grow_nested(toks, h, stop)
    if last > h + 2 and toks[h + 1].norm == "for" and toks[h + 2].norm == "the":
        last = h if toks[last].norm in HEADS else last  # "… Service for the … Committee"
    last = _comma_list(toks, h, last, stop, place_country) if last > h else last
    last = _spelled_list(toks, first, h, last, stop, place_country)
    last = _numbered(toks, last)
    core_last = last = _purpose(toks, _under(toks, last, stop), stop)
    inner = _inner_start(toks, h, last)
    if last + 1 < len(toks):
        after = last + 3 if parenthetical_acronym(toks, last) else last
        post, end = country_after(doc, toks, after)
        last = end if post and after == last else last  # "(DNCD) of the Dominican Republic"
        post = post or _owner(doc, toks, after)
        last = _unit_after(toks, after, last) if after > last else last
    last = _line_end(doc, toks, h, last)  # a name ends with its line
    return _Span(start, last, first, min(core_last, last), country or post, inner)


def _numbered(toks: list[Token], last: int) -> int:
    """ "Central Court of Instruction No. 4", "Task Force No 2": a name ending in "No" goes on
    to the number it abbreviates; returns the new last token."""
    k = last + 1 if last + 1 < len(toks) and toks[last + 1].text in _NUMBER_WORDS else last
    if toks[k].text not in _NUMBER_WORDS:
        return last
    j = k + 2 if k + 1 < len(toks) and toks[k + 1].text == "." else k + 1
    return j if j < len(toks) and toks[j].text.isdigit() else last


def _after_body_and(doc: DocView, toks: list[Token], first: int, h: int) -> int:
    """ "the NCA and Border Force": an "and" after a body's acronym (a registry one, or one
    the report gives in brackets) joins two bodies, not two words of one name; returns the
    first token after it, else ``first``."""
    for k in range(h - 1, first, -1):
        if toks[k].norm not in CONNECTORS or toks[k + 1].text.isupper():
            continue  # "The AML and CFT Supervision Department": one name
        if _body_acronym(doc, toks[k - 1].text):
            return k + 1
    return first


def _body_acronym(doc: DocView, text: str) -> bool:
    """Whether ``text`` is an acronym of a body: in the registry, or bound in brackets to a
    name with a body's head noun ("Financial Intelligence Centre (FIC)", not "Anti-money
    laundering (AML)")."""
    if not is_acronym(text):
        return False
    if text in by_acronym():
        return True
    at = doc.text.find(f"({text})")
    if at == -1:
        return False
    before = doc.text[max(0, at - 40) : at].split()
    return bool(before) and before[-1].lower() in HEADS


def _topic(tok: Token, j: int, stop: frozenset[int]) -> bool:
    """A capitalized word of a listed field in a name's complement: no head noun, acronym
    or country ("Wildlife", "Plant", "Social")."""
    return j not in stop and is_cap(tok) and tok.norm not in HEADS and not tok.text.isupper()


def _comma_list(
    toks: list[Token],
    h: int,
    last: int,
    stop: frozenset[int],
    place_country: PlaceCountry,
    middle: int = 1,
) -> int:
    """ "Ministry of Labour, Social Affairs and Family", "Department of National Parks,
    Wildlife and Plant Conservation": a complement that lists fields with commas and a final
    "and" goes on to the last field; fields with a head noun, an acronym or a country are
    other bodies ("Ministry of Interior, Police and Customs"), and a plural head lists bodies
    ("the Ministries of Justice, Interior and Health"). Returns the new last token."""
    if toks[h].norm in _PLURAL_HEADS:
        return last
    j = last
    while j + 2 < len(toks) and toks[j + 1].text == ",":
        k = j + 2
        while k < len(toks) and _topic(toks[k], k, stop):
            k += 1
        if k == j + 2 or k + 1 >= len(toks) or not _field(toks[j + 2 : k], place_country, middle):
            return last
        if toks[k].text == ",":
            j = k - 1
            continue
        if toks[k].norm != "and":
            return last
        m = k + 1
        while m < len(toks) and _topic(toks[m], m, stop):
            m += 1
        if m == k + 1 or (m < len(toks) and is_cap(toks[m])):
            return last
        if not _field(toks[k + 1 : m], place_country, 2):
            return last
        return grow_nested(toks, m - 1, stop)  # "… Prevention and Fight against Corruption"
    return last


def _spelled_list(
    toks: list[Token],
    first: int,
    h: int,
    last: int,
    stop: frozenset[int],
    place_country: PlaceCountry,
) -> int:
    """ "National Academy of Customs, Indirect Taxes and Narcotics (NACIN)": a listed field of
    two words amid the list, taken only when the acronym in brackets after the list spells the
    whole name (else two capitalized words may be a person). Returns the new last token."""
    if last == h or last + 1 >= len(toks) or toks[last + 1].text != ",":
        return last
    end = _comma_list(toks, h, last, stop, place_country, middle=2)
    acronym = parenthetical_acronym(toks, end) if end > last else None
    return end if acronym and spells(acronym, toks[first : end + 1]) else last


def _field(words: list[Token], place_country: PlaceCountry, size: int) -> bool:
    """Whether ``words`` are a field listed in a name ("Wildlife", "Social Affairs", "Human
    Rights" last): one word (``size`` words last) or a word and "Affairs"/"Development", and
    no day, month, place or person's title ("the Office of the Prosecutor, Lima, Cusco and
    Puno", "the Ministry of Justice, Deputy Minister Ana Silva and …")."""
    if len(words) > size and not (len(words) == 2 and words[1].norm in _FIELD_TAILS):
        return False
    return not any(
        t.norm in _NOT_FIELDS or t.norm in TITLE_WORDS or place_country(t.text) for t in words
    )


def _fields_before(doc: DocView, toks: list[Token], first: int, h: int, taken: set[int]) -> int:
    """ "the Drug, Tobacco and Alcohol Control Department": a name that opens with fields
    listed with commas and a final "and" starts at the first field, when the list follows
    "the", a possessive or the start of the sentence and no field has a head noun, an
    acronym or a country ("the Police, Customs and Border Guard Service" lists bodies).
    Returns the name's new first token."""
    if first < 2 or toks[first - 1].text != "," or not any(t.norm == "and" for t in toks[first:h]):
        return first
    j = first - 2
    while True:
        k = j
        while k >= 0 and k not in taken and _topic(toks[k], k, frozenset()):
            if doc.country_of(toks[k]) or toks[k].norm in TITLE_WORDS:
                return first  # "with the Mayor, Health and Social Services Department"
            k -= 1
        if k == j:
            return first
        if k >= 1 and toks[k].text == "," and k - 1 not in taken:
            j = k - 1  # another field: "Drug, Alcohol, Tobacco and …"
            continue
        opens = k < 0 or toks[k].text in ("the", "The", "'s", "’s")
        return k + 1 if opens else first


def _for_name(toks: list[Token], last: int) -> bool:
    """ "… of <Country> for Combating Drugs": a capitalized "for" complement after the
    country goes on with the name (the country sits inside it)."""
    j = last + 1
    return j + 1 < len(toks) and toks[j].norm == "for" and is_cap(toks[j + 1])


def _line_end(doc: DocView, toks: list[Token], h: int, last: int) -> int:
    """The last of tokens ``h..last`` on head ``h``'s line (a heading's next line is not the
    name's complement), unless the line is wrapped inside the name (see :func:`_wrapped`)."""
    text = doc.text
    if text.find("\n", toks[h].end, toks[last].start) == -1:
        return last
    for k in range(h, last):
        if text.find("\n", toks[k].end, toks[k + 1].start) != -1 and not _wrapped(doc, toks, k):
            return k
    return last


def _wrapped(doc: DocView, toks: list[Token], k: int) -> bool:
    """A single line break after token ``k`` that a name runs across: a word before or after it
    is a lowercase connector ("… Trafficking and⏎Money Laundering"), which a name can neither
    end nor open with (a heading's next line opens with a capital: "… Prevention⏎Annual Report"),
    or the break wraps a sentence that goes on ("the National Agency for Drug⏎Control of
    Uganda."), and the next line goes on with the name's capitalized words."""
    if toks[k].text in _WRAP_WORDS or toks[k + 1].text in _WRAP_WORDS:
        return True
    return is_cap(toks[k + 1]) and _in_sentence(doc, toks[k].end)


def _in_sentence(doc: DocView, offset: int) -> bool:
    """Whether the line ending at ``offset`` is running text (a lowercase word other than a
    connector: "The project supports the …", not a heading's "National Police - …") inside a
    sentence that ends with final punctuation (not a heading, whose line breaks end names)."""
    line = doc.text[doc.text.rfind("\n", 0, offset) + 1 : offset].split()
    if not any(w[0].islower() and w.isalpha() and w not in SMALL_WORDS for w in line):
        return False
    i = bisect_right(doc.segments, offset, key=attrgetter("start")) - 1
    if i < 0 or doc.segments[i].kind != "sentence":
        return False
    return doc.segments[i].text.rstrip("\"”’')]").endswith((".", "!", "?", ";"))


def _owner_acronym(doc: DocView, tok: Token) -> bool:
    """A registry organization's acronym ("CARICC", "GCC") right before a headed name: the
    name is of one of its bodies and says whose it is ("GCC Criminal Information Centre")."""
    return is_acronym(tok.text) and tok.text in by_acronym() and doc.country_of(tok) is None


def _event_word_before(toks: list[Token], first: int, taken: set[int]) -> int:
    """ "the Implementation Agency for …", "the Establishment Committee": a capitalized event
    noun right after "the" opens the name (it stops a name elsewhere: "Launch of the …")."""
    j = first - 1
    if j < 1 or j in taken or toks[j].norm not in _EVENT_WORDS or not is_cap(toks[j]):
        return first
    return j if toks[j - 1].norm in ("the", "(") else first


def _general_after(toks: list[Token], h: int) -> int:
    """ "Directorate General of Customs", "Secretariat General for …": "General" after a head
    noun, before its complement, belongs to the head; returns the head's last token."""
    g = h + 1
    if g + 1 < len(toks) and toks[g].text == "General" and toks[g + 1].norm in COMPLEMENT:
        return g
    return h


def _purpose(toks: list[Token], last: int, stop: frozenset[int]) -> int:
    """ "Centre to Combat Drugs", "Commission to Prevent Money Laundering": a capitalized
    purpose clause after a name is part of it; returns the name's new last token."""
    j = last + 2
    if j >= len(toks) or toks[last + 1].norm != "to" or toks[j].norm not in _PURPOSES:
        return last
    if not is_cap(toks[j]) or j in stop:
        return last
    while j + 1 < len(toks) and j + 1 not in stop and is_cap(toks[j + 1]):
        j += 1
    return grow_nested(toks, j, stop)


def _unit_after(toks: list[Token], after: int, last: int) -> int:
    """ "… Defence Force (MNDF) Coast Guard": a unit named right after the acronym closing at
    ``after`` is part of the name; returns the name's new last token, else ``last``."""
    j = after
    while j + 1 < len(toks) and is_cap(toks[j + 1]):
        j += 1
    return j if any(t.norm in HEADS for t in toks[after + 1 : j + 1]) else last


def _owner(doc: DocView, toks: list[Token], last: int) -> str | None:
    """ "… of the Qatari Ministry of Interior": the country of the body a name belongs to."""
    j = last + 1
    if j >= len(toks) or toks[j].norm != "of":
        return None
    j += 2 if j + 1 < len(toks) and toks[j + 1].norm == "the" else 1
    mention = doc.country_of(toks[j]) if j < len(toks) else None
    if mention is None or mention.form != "demonym":
        return None
    while j + 1 < len(toks) and doc.country_of(toks[j + 1]) is mention:
        j += 1
    body = toks[j + 1 : j + 4]
    return mention.iso3 if any(t.norm in HEADS and is_cap(t) for t in body) else None


def _under(toks: list[Token], last: int, stop: frozenset[int]) -> int:
    """ "… Center on Drug Control under the Cabinet of Ministers of Uzbekistan": the body of a
    country that a name is placed under is part of the name."""
    j = last + 1
    k = j + 2 if j + 1 < len(toks) and toks[j + 1].norm == "the" else j + 1
    if j >= len(toks) or toks[j].norm != "under" or k >= len(toks) or k in stop:
        return last
    if not is_cap(toks[k]):
        return last
    while k + 1 < len(toks) and k + 1 not in stop and is_cap(toks[k + 1]):
        k += 1
    end = grow_nested(toks, k, stop)
    of = end + 1 < len(toks) and toks[end + 1].norm == "of"
    country = end + 2 in stop or (end + 3 in stop and toks[end + 2].norm == "the")
    return end if of and country else last  # not "Cell under Triangular Initiative"


def _inner_start(toks: list[Token], h: int, last: int) -> int | None:
    """First token of a body named in the complement of ``h``: "…Service of the Ministry of
    Finance", "Standing Office on Drugs and Crime of the Ministry of Public Security", "Border
    Troops of the State Security Service", "… of the National Police" (not "Department of
    Customs")."""
    j = h + 1
    while j < last:
        the = toks[j + 1].norm == "the"  # not "Ministry of Interior and … Administration"
        first = j + 2 if the else j + 1
        end = next((k for k in range(first, last + 1) if toks[k].norm in COMPLEMENT), last + 1)
        run = toks[first:end]
        if the and any(t.norm in HEADS for t in run):
            return first
        j = end
    return None


def _country_body(doc: DocView, toks: list[Token], last: int) -> int:
    """ "Coast Guard of the Maldives National Defence Force": capitalized words after the
    country ending ``last`` that end in a head noun make a body named after the country, which
    the name's unit belongs to; returns the body's last head, else ``last``."""
    end, j = last, last + 1
    while j < len(toks) and is_cap(toks[j]) and doc.country_of(toks[j]) is None:
        if toks[j].norm in HEADS:
            end = j
        j += 1
    return end


def _country_start(doc: DocView, toks: list[Token], last: int) -> int:
    """First token of the country mention that ends at token ``last``."""
    mention, k = doc.country_of(toks[last]), last
    while k > 0 and mention is not None and doc.country_of(toks[k - 1]) is mention:
        k -= 1
    return k


def _country_tokens(doc: DocView, toks: list[Token], h: int) -> frozenset[int]:
    """Indices of country tokens shortly after ``h``: a complement stops before them."""
    return frozenset(j for j in range(h + 1, min(len(toks), h + 30)) if doc.country_of(toks[j]))


def _generic_name(name: str) -> bool:
    """A name of nothing in particular until a country pins it down ("National Police")."""
    return all(w in HEADS or w in GENERIC_WORDS for w in name.lower().split())


def _is_generic(core: list[Token]) -> bool:
    """A name of nothing in particular without its country ("Police", "Press Office")."""
    return all(t.norm in HEADS or t.norm in GENERIC_WORDS for t in core)


def _category(core: str, head: str) -> str:
    words = set(core.lower().split())
    if HEADS[head] in ("agency", "police") and words & DRUG_WORDS:
        return "drug-control-agency"
    if HEADS[head] == "agency" and "police" in words:
        return "police"  # "National Police Service"
    return HEADS[head]
