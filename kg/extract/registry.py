"""The curated organization registry (``data/reference/organizations.json``), loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.extract.gazetteer import PhraseIndex, is_acronym

REGISTRY = Path(__file__).resolve().parents[2] / "data" / "reference" / "organizations.json"


@dataclass(frozen=True)
class KnownOrganization:
    """One registry row: the id is the entity key's last part (``organization/<id>``)."""

    id: str
    label: str
    acronyms: tuple[str, ...]
    aliases: tuple[str, ...]
    category: str | None
    country: str | None
    parent: str | None
    has_country_offices: bool = False

    @property
    def short(self) -> str:
        """The acronym reports use most, else the label."""
        return self.acronyms[0] if self.acronyms else self.label

    def names(self) -> tuple[str, ...]:
        """Every surface form: label, acronyms and aliases."""
        return (self.label, *self.acronyms, *self.aliases)


@cache
def organizations(path: Path = REGISTRY) -> dict[str, KnownOrganization]:
    """Registry rows by id."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for row in rows:
        org = KnownOrganization(
            id=row["id"],
            label=row["label"],
            acronyms=tuple(row.get("acronyms", ())),
            aliases=tuple(row.get("aliases", ())),
            category=row.get("category"),
            country=row.get("country"),
            parent=row.get("parent"),
            has_country_offices=bool(row.get("has_country_offices", False)),
        )
        out[org.id] = org
    return out


@cache
def name_index() -> PhraseIndex[str]:
    """Phrase index of every registry surface form → registry id."""
    index: PhraseIndex[str] = PhraseIndex()
    for org in organizations().values():
        for name in org.names():
            index.add(name, org.id)
            first, _, rest = name.partition(" ")
            if rest and is_acronym(first):  # "UNODC's Regional Office for Central Asia"
                index.add(f"{first}'s {rest}", org.id)
    return index


@cache
def by_acronym() -> dict[str, str]:
    """Registry acronyms → registry id, for binding "(BKA)" after an unseen long name."""
    return {a: org.id for org in organizations().values() for a in org.acronyms}


def office_id(parent: str, iso3: str) -> str:
    """Registry-style id of an organization's office in a country, e.g. ``unodc-irn``."""
    return f"{parent}-{iso3.lower()}"
