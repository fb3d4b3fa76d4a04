"""Entity descriptions: label, aliases, home country and parent of a resolved key."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from kg.extract.countries import country_info
from kg.extract.registry import organizations
from kg.namespaces import WD
from kg.resolve import Candidate, mention_of
from kg.types import Entity, Mention


def describe(key: str, cands: list[Candidate]) -> Entity:
    """The Entity for ``key``, from the candidates that resolved to it."""
    kind = cands[0].type
    if len(cands) == 1:  # most entities: one mention, one surface
        mentions: tuple[Mention, ...] = (mention_of(cands[0]),)
        texts = [cands[0].text]
    else:
        spans = sorted({(c.start, c.end, c.text) for c in cands})  # each once, in order
        mentions = tuple(Mention(start, end, text) for start, end, text in spans)
        texts = list(dict.fromkeys(m.text for m in mentions))  # each surface once, first first
    if kind == "Country":
        return _country(key, cands[0].country or key.split("/")[1], texts, mentions)
    if kind == "Organization":
        return _organization(key, cands, texts, mentions)
    return _named(key, cands, texts, mentions)


def _named(
    key: str, cands: list[Candidate], texts: list[str], mentions: tuple[Mention, ...]
) -> Entity:
    """Programmes, places and people: the most used name, with the programme's years; a
    name the text spells out wins over the acronym it then goes on using ("Coastal Light
    Watch" (CLW), then "CLW", "CLW")."""
    short = {c.acronym for c in cands if c.acronym}
    spelled = [c.name for c in cands if c.name not in short] if short else []
    best = _most_common(spelled or [c.name for c in cands])
    years = next((c.years for c in cands if c.years), None)
    label = f"{best} {years}" if years else best
    expansions = [c.expansion for c in cands if c.expansion]
    return Entity(
        key,
        cands[0].type,
        label,
        _aliases(label, [*texts, *expansions]),
        country=next((c.country for c in cands if c.country), None),
        parent=next((c.parent for c in cands if c.parent), None),
        category=next((c.category for c in cands if c.category), None),
        mentions=mentions,
    )


def _country(key: str, iso3: str, texts: list[str], mentions: tuple[Mention, ...]) -> Entity:
    """A country's Entity. Its fields go by position (key, type, label, aliases, iso3,
    country, parent, category, same_as, mentions): keywords cost a third of the call, and a
    report names dozens of countries."""
    name, official, same_as = _reference(iso3)
    aliases = _distinct_names(name, (*official, *texts))
    return Entity(key, "Country", name, aliases, iso3, iso3, None, None, same_as, mentions)


@cache
def _reference(iso3: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A country's name, official name (if any) and Wikidata IRI, looked up once per country."""
    info = country_info(iso3)
    official = (info.official_name,) if info.official_name else ()
    return info.name, official, (str(WD[info.wikidata]),) if info.wikidata else ()


def _organization(
    key: str, cands: list[Candidate], texts: list[str], mentions: tuple[Mention, ...]
) -> Entity:
    reg_id = key.split("/", 1)[1]
    known = organizations().get(reg_id)
    country = next((c.country for c in cands if c.country), None)
    parent_id = next((c.parent for c in cands if c.parent), None)
    if known:
        label, country, parent_id = known.label, known.country or country, known.parent or parent_id
        names = [*known.acronyms, *known.aliases, *texts]
        category = known.category
    else:
        label = _unseen_label(cands, country, parent_id)
        names, category = texts, next((c.category for c in cands if c.category), None)
        names = [*names, *_core_names(cands, label), *_singular(label)]
    acronyms = [c.acronym for c in cands if c.acronym]
    parent = f"organization/{parent_id}" if parent_id and "/" not in parent_id else parent_id
    return Entity(
        key,
        "Organization",
        label,
        _aliases(label, [*names, *acronyms]),
        country=country,
        parent=parent,
        category=category,
        mentions=mentions,
    )


def _unseen_label(cands: list[Candidate], country: str | None, parent_id: str | None) -> str:
    if parent_id and country and parent_id in organizations():
        return f"{organizations()[parent_id].short} Country Office in {country_info(country).name}"
    if labelled := [c.label for c in cands if c.label]:
        return _most_common(labelled)
    named = [c.name for c in cands if c.name != c.text or not c.text.isupper()] or [cands[0].name]
    core = _most_common(named)
    if country is None:
        return core
    info = country_info(country)
    if any(w in core for w in (info.name, *info.demonyms)):
        return core
    adjective = _adjective(country)
    return f"{adjective} {core}" if adjective else f"{core} ({info.name})"


#: Plural head nouns of a set of like bodies ("UNODC Country Offices") and their singular.
_PLURALS = {"Offices": "Office", "Units": "Unit", "Centres": "Centre", "Centers": "Center"}


def _singular(label: str) -> list[str]:
    """ "UNODC Country Offices in Kabul and Islamabad" are offices of the kind "UNODC Country
    Office": the singular name is an alias of the set (only where the label ends in the plural)."""
    head, _, last = label.rpartition(" ")
    one = _PLURALS.get(last)
    return [f"{head} {one}"] if head and one else []


def _core_names(cands: list[Candidate], label: str) -> list[str]:
    """The names an unseen organization's label qualifies by its country ("Anti-Narcotics
    Directorate" of "Bahraini Anti-Narcotics Directorate"): the name the text gives it, kept
    as an alias, since "Bahrain's" or "of the Kingdom of Bahrain" is no part of it."""
    return [c.name for c in cands if c.name != label and label.endswith(" " + c.name)]


@cache
def _adjective(iso3: str) -> str | None:
    """The adjective that qualifies a name by country: the first demonym that is not a noun for
    a person ("New Zealander", "Solomon Islander"), else the name itself used attributively
    ("New Zealand Ministry of …")."""
    info = country_info(iso3)
    for demonym in info.demonyms:
        if not (demonym.endswith("er") and info.name.startswith(demonym[:-2])):
            return demonym
    return info.name if info.demonyms else None


def _most_common(names: Iterable[str]) -> str:
    counts = Counter(names)
    return max(counts, key=lambda n: (counts[n], len(n), n))


def _aliases(label: str, names: list[str]) -> tuple[str, ...]:
    """The names other than the label, each once (case aside), sorted."""
    return _distinct_names(label, tuple(names))


@lru_cache(maxsize=16384)
def _distinct_names(label: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """``_aliases``, cached: the same entity is named the same few ways in report after report."""
    seen = {label.casefold()}
    out = []
    for n in names:
        if n and n.casefold() not in seen:
            seen.add(n.casefold())
            out.append(n)
    return tuple(sorted(out))
