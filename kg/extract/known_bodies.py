"""Registry bodies a report names: full names and acronyms (unless the text makes them
another country's body or part of a longer title), country offices, joined acronyms."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.gazetteer import Hit, Token, is_acronym, word_set
from kg.extract.names import (
    COMPLEMENT,
    CONNECTORS,
    is_cap,
    parenthetical_acronym,
    span_text,
    token_range,
)
from kg.extract.org_names import (
    DRUG_WORDS,
    GENERIC_WORDS,
    HEADS,
    country_after,
    country_before,
    heads_after,
    redefined,
    spells_words,
    unseen,
)
from kg.extract.registry import KnownOrganization, by_acronym, by_word, office_id, organizations
from kg.extract.view import DocView
from kg.resolve import Candidate

_OFFICE_WORDS = frozenset(
    {"country", "regional", "programme", "program", "liaison", "field", "partnership", "project"}
)
#: Nouns of a building or compound, which a body's name may open ("UN House", "UN Gigiri
#: Complex").
_BUILDINGS = word_set("complex compound building house campus premises")
#: Nouns of the titles of legal instruments ("… Convention against Corruption").
_INSTRUMENTS = word_set(
    "convention conventions protocol protocols rules principles declaration standard "
    "standards guidelines charter treaty resolution"
)
#: Words that may stand between a body's name and the instrument noun of a title
#: ("United Nations Standard Minimum Rules", "the EU Model Protocol").
_INSTRUMENT_QUALIFIERS = word_set("standard minimum model framework")
_JOINED = re.compile(r"[A-Z]{2,}(?:[-/][A-Z]{2,})+")
#: A body's short name fused with a participle before another name ("the Europol-led
#: Platform", "an EU-funded Centre"): group 1 the body.
_FUSED = r"-(?:led|funded|financed|backed|supported|sponsored|run|chaired|hosted)\b"
_LED = re.compile(rf"([A-Z][A-Za-z]+){_FUSED}")
_LED_ANY = re.compile(_FUSED)  # the quick test of a whole report: a literal hyphen first


def has_joined_names(doc: DocView) -> bool:
    """Whether a report has a joined pair ("UNODC-WCO") or a fused body ("Europol-led"): any
    segment may then name a registry body the name index does not find (a plain test)."""
    return doc.has(_JOINED) or doc.has(_LED_ANY)


def registry_names(
    doc: DocView, toks: list[Token], hits: list[Hit[str]], taken: set[int]
) -> list[Candidate]:
    """Registry names; a national agency's generic name counts only if its country is named.

    "Spanish Anti-Narcotics Police" is not the registry's Iranian one: a modifier naming
    another country, or a generic name in a report that never names the agency's
    country, makes an unseen organization instead.
    """
    out = []
    for hit in hits:
        org = organizations()[hit.value]
        surface = doc.text[hit.start : hit.end]
        if _common_noun(surface, org) or _longer_name(toks, hit.first, hit.last):
            continue
        if surface in org.acronyms and redefined(doc, surface):
            continue  # the report's own body of that acronym
        if _topic_acronym(toks, hit.first, hit.last) or _instrument_title(toks, hit.last, org):
            continue
        if _in_building(toks, hit.last):
            continue
        if (end := _extended_body(toks, hit.last, org)) > hit.last:  # a body of its own
            core = doc.text[hit.start : toks[end].end]
            out.append(unseen(doc, toks, hit.first, end, core, None, org.category))
            taken.update(range(hit.first, end + 1))
            continue
        modifier, with_modifier = country_before(doc, toks, hit.first)
        generic = (
            modifier is None
            and surface not in org.acronyms
            and org.country not in doc.named_countries
            and not _self_naming(surface, org)
        )
        if generic and _bracketed_alias(toks, hit.first):
            continue
        other, last = (None, 0) if modifier else _other_owner(doc, toks, hit.last, org.country)
        if other:  # "the Narcotics Control Bureau of the Nepal Police": not India's
            name = doc.text[hit.start : toks[last].end] if last > hit.last else surface
            found = unseen(doc, toks, hit.first, last, name, other, org.category)
            out.append(found)
            taken.update(range(hit.first, hit.last + 1))  # the owner is a name of its own
            continue
        if org.country and (modifier not in (None, org.country) or generic):
            first = with_modifier if modifier else hit.first
            found = unseen(doc, toks, first, hit.last, surface, modifier, org.category)
        elif org.has_country_offices:
            found = _office(doc, toks, hit.first, hit.last, org)
        else:
            first = with_modifier if modifier else hit.first
            start, end, text = span_text(doc.text, toks, first, hit.last)
            found = Candidate(start, end, text, "Organization", org.label, org.country, org.id)
            found = _own_acronym(toks, hit.first, hit.last, found)
        out.append(found)
        taken.update(token_range(toks, found.start, found.end))
    return out + _joint_acronyms(doc, toks, taken) + _led_by(doc, toks, taken)


def _bracketed_alias(toks: list[Token], first: int) -> bool:
    """ "the Federal Police Office of Austria (Bundeskriminalamt, BK)": a registry name in
    brackets right after a name is that body's own name in its language, not a body."""
    return first >= 2 and toks[first - 1].text == "(" and is_cap(toks[first - 2])


def _own_acronym(toks: list[Token], first: int, last: int, found: Candidate) -> Candidate:
    """ "Anti-Narcotics Department (AND)": an acronym in brackets after a registry name that the
    registry does not list (a short form too ambiguous to look up in every report) is bound
    for this report only, so its later uses name the body."""
    acronym = parenthetical_acronym(toks, last)
    if acronym is None or acronym in by_acronym():
        return found
    parts = [p for t in toks[first : last + 1] for p in t.text.split("-")]
    if not spells_words(acronym, [p for p in parts if p]):
        return found  # "The European Union (EMPACT)": another name, not the body's own
    return replace(found, acronym=acronym)


def _longer_name(toks: list[Token], first: int, last: int) -> bool:
    """ "… for the Repression of Illicit Drug Trafficking and Money Laundering": a registry name
    ending in a complement that the text goes on coordinating ("and" and capitalized words
    with no head noun of their own) is the start of another body's longer name."""
    j = last + 1
    if j + 1 >= len(toks) or toks[j].norm not in CONNECTORS or not is_cap(toks[j + 1]):
        return False
    if not any(t.norm in COMPLEMENT for t in toks[first + 1 : last]):
        return False
    k = j + 1
    while k + 1 < len(toks) and is_cap(toks[k + 1]):
        k += 1
    return not any(t.norm in HEADS for t in toks[j + 1 : k + 1])


def _capitalized_after(toks: list[Token], last: int) -> list[int]:
    """Positions of the (up to three) capitalized words running on after token ``last``."""
    run = []
    for k in range(last + 1, min(last + 4, len(toks))):
        if not is_cap(toks[k]):
            break
        run.append(k)
    return run


def _in_building(toks: list[Token], last: int) -> bool:
    """ "UN Gigiri Complex, Nairobi", "UN House": a registry name opening a building's
    capitalized name is part of an address, not a mention of the body."""
    return any(toks[k].norm in _BUILDINGS for k in _capitalized_after(toks, last))


def _extended_body(toks: list[Token], last: int, org: KnownOrganization) -> int:
    """ "European Union Naval Force (EUNAVFOR)": a registry name opening a longer name headed
    by a head noun whose bracketed acronym extends the body's own names a body of its own;
    returns that name's last token, else ``last``."""
    head = next((k for k in _capitalized_after(toks, last) if toks[k].norm in HEADS), None)
    if head is None:
        return last
    acronym = parenthetical_acronym(toks, head) or ""
    longer = any(len(acronym) > len(a) and acronym.startswith(a) for a in org.acronyms)
    return head if longer else last


def _instrument_title(toks: list[Token], last: int, org: KnownOrganization) -> bool:
    """ "United Nations Convention against Corruption", "United Nations Standard Rules …": a
    body's full name opening the title of an instrument (a convention, rules, a declaration)
    is part of that title, not a mention of the body (its acronym still names it)."""
    if toks[last].text in org.acronyms:
        return False
    for tok in toks[last + 1 : last + 4]:
        if not is_cap(tok):
            return False
        if tok.norm in _INSTRUMENTS:
            return True
        if tok.norm not in _INSTRUMENT_QUALIFIERS:
            return False  # "European Union Signs Protocol …": a headline's verb, not a title
    return False


def _topic_acronym(toks: list[Token], first: int, last: int) -> bool:
    """ "the Working Group on CITES and …", "Committee on UNCAC Review": a registry acronym
    right after the "on" of a headed name is the subject the body deals with, part of its name."""
    if first != last or first < 2 or toks[first - 1].norm != "on":
        return False
    head = toks[first - 2]
    if head.norm not in HEADS or not is_cap(head) or not is_acronym(toks[first].text):
        return False
    # the name goes on after the acronym ("… on UNCAC Review", "… on CITES and Wildlife"), or
    # the acronym is the body the sentence speaks of ("the Commission on UNODC activities")
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and nxt.norm in CONNECTORS:
        nxt = toks[last + 2] if last + 2 < len(toks) else None
    return nxt is not None and is_cap(nxt)


def _common_noun(surface: str, org: KnownOrganization) -> bool:
    """ "the Iranian police", "the state department": a registry name written in lowercase
    after its first word is a common noun phrase, not the body's name (names are matched
    regardless of case, but every registry name ends with a capitalized word)."""
    last = surface.rsplit(None, 1)[-1]
    return " " in surface and last[0].islower() and last[0].isalpha() and last not in org.label


def _other_owner(
    doc: DocView, toks: list[Token], last: int, home: str | None
) -> tuple[str | None, int]:
    """ "… of Nepal", "… of the Nepal Police" after a national registry name: another
    country's body of that name; its country and the name's last token (the owner's heads)."""
    if home is None or last + 1 >= len(toks) or toks[last + 1].norm != "of":
        return None, last
    country, end = country_after(doc, toks, last)
    if country is None or country == home:
        return None, last
    return country, heads_after(toks, end)


def _joint_acronyms(doc: DocView, toks: list[Token], taken: set[int]) -> list[Candidate]:
    """ "the UNODC-WCO Container Control Programme", "UNODC/WHO": each known acronym of a
    joined pair is that organization (a joint programme names its partners)."""
    out: list[Candidate] = []
    if (
        not toks
        or not doc.has(_JOINED)
        or not _JOINED.search(doc.text, toks[0].start, toks[-1].end)
    ):
        return out  # no token can be a joined pair
    known = by_acronym()
    for i, tok in enumerate(toks):
        if i in taken or not _JOINED.fullmatch(tok.text):
            continue
        parts = [(m.start(), m.group()) for m in re.finditer(r"[^-/]+", tok.text)]
        if not all(p in known for _, p in parts):
            continue
        for at, part in parts:
            org = organizations()[known[part]]
            start = tok.start + at
            out.append(
                Candidate(
                    start, start + len(part), part, "Organization", org.label, org.country, org.id
                )
            )
        taken.add(i)
    return out


def _led_by(doc: DocView, toks: list[Token], taken: set[int]) -> list[Candidate]:
    """ "the Europol-led European … Platform": a registry body fused with "-led", "-funded" and
    the like is that body, and the word opens no name of its own (the name after it starts
    after it)."""
    out: list[Candidate] = []
    if not toks or not doc.has(_LED_ANY):
        return out
    known = by_word()
    for i, tok in enumerate(toks):
        m = _LED.fullmatch(tok.text) if i not in taken and "-" in tok.text else None
        if m is None or m.group(1) not in known:
            continue
        org = organizations()[known[m.group(1)]]
        end = tok.start + m.end(1)
        out.append(
            Candidate(tok.start, end, m.group(1), "Organization", org.label, org.country, org.id)
        )
        taken.add(i)
    return out


def _self_naming(surface: str, org: KnownOrganization) -> bool:
    """A registry body's full label opened by a word of its own ("Korean National Police
    Agency"): the name says whose it is, even when that word alone names no one country."""
    words = surface.split()
    first = words[0].lower() if words else ""
    plain = first in GENERIC_WORDS or first in HEADS or first in DRUG_WORDS
    return surface.lower() == org.label.lower() and len(words) > 2 and not plain


def _office(
    doc: DocView, toks: list[Token], first: int, last: int, org: KnownOrganization
) -> Candidate:
    """ "UNODC Iran", "UNODC in Iran", "UNODC Country Office (in Iran)": an office of ``org``;
    an unlisted "UNODC Regional Office for …" is ``org`` itself."""
    j = last + 1
    while j < len(toks) and toks[j].norm in _OFFICE_WORDS and toks[j].text[0].isupper():
        j += 1
        if j + 1 < len(toks) and toks[j].norm == "and" and toks[j + 1].norm in _OFFICE_WORDS:
            j += 1  # "Liaison and Partnership Office"
    regional = any(t.norm == "regional" for t in toks[last + 1 : j])
    has_office = j < len(toks) and toks[j].norm == "office" and toks[j].text[0].isupper()
    if has_office and regional:  # an unlisted regional office serves no one country
        start, end, text = span_text(doc.text, toks, first, j)
        return Candidate(start, end, text, "Organization", org.label, org.country, org.id)
    if has_office:
        last, j = j, j + 1
    else:
        j = last + 1
    if j < len(toks) and toks[j].norm in ("in", "for"):
        j += 2 if j + 1 < len(toks) and toks[j + 1].norm == "the" else 1
    mention = doc.country_of(toks[j]) if j < len(toks) else None
    if mention is not None and mention.form != "demonym":
        end = j
        while end + 1 < len(toks) and doc.country_of(toks[end + 1]) is mention:
            end += 1
        if _more_countries(doc, toks, end):  # "IOM in Kenya, Uganda and …": where it works
            start, stop, text = span_text(doc.text, toks, first, last)
            return Candidate(start, stop, text, "Organization", org.label, org.country, org.id)
        return _office_candidate(doc, toks, first, end, org, mention.iso3)
    if has_office and not _placed_elsewhere(doc, toks, j):
        return _office_candidate(doc, toks, first, last, org, doc.main_country)
    start, end, text = span_text(doc.text, toks, first, last)
    return Candidate(start, end, text, "Organization", org.label, org.country, org.id)


def _placed_elsewhere(doc: DocView, toks: list[Token], j: int) -> bool:
    """ "UNODC Programme Office in Belgrade", "… Office for the South Caucasus": an office "in"
    or "for" a capitalized place that is no country (a city, a region) is the body itself,
    not an office in the report's country."""
    if j >= len(toks) or j < 2 or not is_cap(toks[j]):
        return False
    k = j - 2 if toks[j - 1].norm == "the" else j - 1
    return toks[k].norm in ("in", "for")


def _more_countries(doc: DocView, toks: list[Token], last: int) -> bool:
    """A country list goes on after token ``last`` (", Uganda", "and Ethiopia"): the countries
    a body works in, not the one its country office is in."""
    j = last + 1
    if j + 1 >= len(toks) or toks[j].norm not in (",", "and", "or"):
        return False
    mention = doc.country_of(toks[j + 1])
    return mention is not None and mention.form != "demonym"


def _office_candidate(
    doc: DocView, toks: list[Token], first: int, last: int, org: KnownOrganization, iso3: str | None
) -> Candidate:
    start, end, text = span_text(doc.text, toks, first, last)
    key = office_id(org.id, iso3) if iso3 else None
    name = f"{org.short} Country Office"
    return Candidate(start, end, text, "Organization", name, iso3, key, org.id, "un-office")
