"""The extraction pipeline: view → candidates → resolution → partnerships and facts."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from itertools import compress
from operator import attrgetter

from kg.extract.entities import describe
from kg.extract.facts import find_facts
from kg.extract.gazetteer import Token
from kg.extract.names import LEFT_STOP
from kg.extract.organizations import find_organizations
from kg.extract.people import find_people
from kg.extract.places_dates import find_places, place_country, place_index
from kg.extract.programmes import find_programmes
from kg.extract.relations import LinkReader
from kg.extract.view import DocView, view
from kg.resolve import Candidate, resolve
from kg.types import Document, Entity, Extraction

_FOR = re.compile(r"\s(for|for the)\s+(?=[A-Z])")
_TEXT = attrgetter("text")
#: "(hereinafter - the Office)", "(hereinafter "the Agency")", "(hereinafter referred to as
#: the Ministry)": a short name a text defines for the name before the parenthesis.
_HEREINAFTER = re.compile(
    r"\(\s*(?i:hereinafter)(?:\s+(?:referred\s+to\s+as|called|named|cited\s+as))?\s*[-–—:,]?"
    r"\s*[\"“‘']?\s*(?:[Tt]he\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s*[\"”’']?\s*\)"
)
#: Types whose short names a text may define.
_SHORT_NAMED = ("Organization", "Programme")


def run(doc: Document) -> Extraction:
    """Extract one document."""
    dv = view(doc.text)
    cands = candidates(dv)
    res = resolve(cands, describe)
    by_key = {e.key: e for e in res.entities}
    reader = LinkReader(doc.doc_id, dv, cands, res.keys, by_key)
    links = reader.read()
    facts = [f for seg in dv.segments for f in find_facts(doc.doc_id, seg, reader.subject(seg))]
    entities = sorted([*res.entities, *merge_agreements(reader.agreements)], key=lambda e: e.key)
    return Extraction(doc, tuple(entities), tuple(links), tuple(facts))


def candidates(dv: DocView) -> list[Candidate]:
    """Every candidate of a document: people, countries, organizations, programmes, places."""
    people = find_people(dv)
    dv.forget_countries([(p.start, p.end) for p in people])
    countries = [Candidate(m.start, m.end, m.text, "Country", m.iso3, m.iso3) for m in dv.countries]
    places = place_index(m.iso3 for m in dv.countries)
    orgs = find_organizations(dv, partial(place_country, places))
    known = {(o.start, o.end) for o in orgs if o.registry}
    missions = _missions(orgs, dv.text)
    programmes = [
        p
        for p in find_programmes(dv)
        if (p.start, p.end) not in known and p.end > missions.get(p.start, -1)
    ]
    named = [*countries, *orgs, *programmes, *people]
    if "ereinafter" in dv.text:  # a plain test: most reports define no short names
        named = short_name_uses(dv.text, named)
    covered = bytearray(len(dv.text) + 1)
    for c in named:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    named += acronym_uses(dv, named, covered)
    taken = {c.start for c in named}
    found_places = [p for p in find_places(dv, places, taken) if not covered[p.start]]
    return [*named, *found_places]


def _missions(orgs: list[Candidate], text: str) -> dict[int, int]:
    """Spans after "for (the)" inside organization names ("National Authority for the Campaign
    Against Drug Abuse"): a campaign an organization is named for is its mission, not a
    programme of the report."""
    return {m.end(): o.end for o in orgs for m in _FOR.finditer(text, o.start, o.end)}


def acronym_uses(dv: DocView, found: list[Candidate], covered: bytearray) -> list[Candidate]:
    """Uses of acronyms bound by "(XYZ)" (or an operation's code name) elsewhere in the text."""
    defined = {c.acronym: c.type for c in found if c.acronym}
    out: list[Candidate] = []
    if not defined:
        return out
    words = {a for a in defined if a.lower() in LEFT_STOP}  # "AND", "FOR", "ALL": rare
    for toks in dv.tokens:
        for t in compress(toks, map(defined.__contains__, map(_TEXT, toks))):
            if not covered[t.start] and (t.text not in words or _named_word(toks, t)):
                out.append(Candidate(t.start, t.end, t.text, defined[t.text], t.text))
    return out


def _named_word(toks: list[Token], t: Token) -> bool:
    """An acronym spelled like a common word ("AND" for an Anti-Narcotics Department) names
    its body after "the" ("the AND and the …") or among words not set in capitals; inside a
    heading in capitals ("SEIZURES AND ARRESTS") it is the word."""
    i = toks.index(t)
    before = toks[i - 1] if i else None
    if before is not None and before.text in ("the", "The"):
        return True
    near = [*toks[max(0, i - 1) : i], *toks[i + 1 : i + 2]]
    return not any(n.text.isupper() and sum(c.isalpha() for c in n.text) > 1 for n in near)


def short_name_uses(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "… Office of the Kyrgyz Republic (hereinafter - the Office)": the short name a text
    defines for an organization or programme, used later as "the Office", names that one
    entity, like an acronym bound by "(ABC)". Each use is the definition's candidate at the
    use's span (so it resolves to the definition's key), in place of any other reading of
    that span ("the Office" as the last body named with the head "Office")."""
    out = list(found)
    for m in _HEREINAFTER.finditer(text):
        head = text[: m.start()].rstrip()
        named = [c for c in found if c.type in _SHORT_NAMED and c.end == len(head)]
        if not named:
            continue
        definition = replace(min(named, key=attrgetter("start")), acronym=None)
        short = m.group(1)
        if not _names_head(short, definition) or _second_of_pair(text, found, definition):
            continue  # "(hereinafter the Parties)", "(hereinafter the Memorandum)"
        for use in re.finditer(
            rf"\b[Tt]he\s+({re.escape(short)})\b(?!\s+(?:of|for)\s|\s*\()", text[m.end() :]
        ):
            start, end = m.end() + use.start(1), m.end() + use.end(1)
            if any(
                c.start <= start and end <= c.end and (c.start, c.end) != (start, end) for c in out
            ):
                continue  # inside a longer name
            out = [c for c in out if (c.start, c.end) != (start, end)]
            out.append(replace(definition, start=start, end=end, text=text[start:end]))
    return out


def _names_head(short: str, definition: Candidate) -> bool:
    """Whether the short name's head word is a word of the name it is defined for ("the
    Agency" for "Drug Control Agency"; not "the Parties", "the Memorandum")."""
    head = short.split()[-1].lower()
    words = f"{definition.text} {definition.name}".lower().split()
    return head in words


def _second_of_pair(text: str, found: list[Candidate], definition: Candidate) -> bool:
    """ "A and B (hereinafter …)": the short name is the pair's, not B's alone."""
    before = text[: definition.start].rstrip()
    before = before.removesuffix(" the").removesuffix(" The").rstrip()
    if not before.endswith(" and"):
        return False
    end = len(before) - 4
    return any(c.type in _SHORT_NAMED and c.end == end for c in found)


def merge_agreements(agreements: list[Entity]) -> list[Entity]:
    """One entity per agreement key, with the mentions of every sentence that names it."""
    merged: dict[str, Entity] = {}
    for e in agreements:
        old = merged.get(e.key)
        mentions = set(e.mentions) | set(old.mentions if old else ())
        merged[e.key] = replace(e, mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))))
    return list(merged.values())
