"""The curated organization registry (``data/reference/organizations.json``), loaded once.

Users extend it without touching code: extra JSON files of the same row format are
merged over the bundled one (a row with an existing ``id`` replaces it). They come from
:func:`use_registry_files`, the ``KG_REGISTRY`` environment variable (paths separated by
``os.pathsep``) and ``data/curated/organizations.json`` when that file exists.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kg.extract.gazetteer import PhraseIndex, is_acronym

_ROOT = Path(__file__).resolve().parents[2]
REGISTRY = Path(__file__).resolve().parents[1] / "reference" / "organizations.json"
CURATED = _ROOT / "data" / "curated" / "organizations.json"
ENV_VAR = "KG_REGISTRY"

_extra_files: list[Path] = []


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


def use_registry_files(*paths: str | Path) -> None:
    """Merge these extra registry files over the bundled one (replacing earlier extras)."""
    _extra_files[:] = [Path(p) for p in paths]
    clear_registry_cache()


def add_registry_file(path: str | Path) -> None:
    """Merge one more registry file over the bundled one and the extras already added."""
    _extra_files.append(Path(path))
    clear_registry_cache()


@cache
def registry_files() -> tuple[Path, ...]:
    """Every registry file in merge order: bundled, curated, ``KG_REGISTRY``, then added.

    Read once; call :func:`clear_registry_cache` after changing ``KG_REGISTRY``.
    """
    files = [REGISTRY]
    if CURATED.is_file():
        files.append(CURATED)
    env = os.environ.get(ENV_VAR, "")
    files += [Path(p) for p in env.split(os.pathsep) if p.strip()]
    return (*files, *_extra_files)


def clear_registry_cache() -> None:
    """Forget the loaded registry so the next lookup re-reads every file."""
    for fn in (registry_files, organizations, name_index, by_acronym, by_word):
        fn.cache_clear()


def _row(row: dict[str, Any]) -> KnownOrganization:
    """A registry row from its JSON object."""
    return KnownOrganization(
        id=row["id"],
        label=row["label"],
        acronyms=tuple(row.get("acronyms", ())),
        aliases=tuple(row.get("aliases", ())),
        category=row.get("category"),
        country=row.get("country"),
        parent=row.get("parent"),
        has_country_offices=bool(row.get("has_country_offices", False)),
    )


@cache
def organizations() -> dict[str, KnownOrganization]:
    """Registry rows by id, merged over every registry file (later files win)."""
    out: dict[str, KnownOrganization] = {}
    for path in registry_files():
        for row in json.loads(path.read_text(encoding="utf-8")):
            org = _row(row)
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


@cache
def by_word() -> dict[str, str]:
    """Registry one-word names (acronyms, "Interpol", "Europol") → registry id, for a body's
    name fused into a longer word ("Interpol-led")."""
    words = {n: org.id for org in organizations().values() for n in org.names() if " " not in n}
    return words | by_acronym()


def office_id(parent: str, iso3: str) -> str:
    """Registry-style id of an organization's office in a country, e.g. ``unodc-irn``."""
    return f"{parent}-{iso3.lower()}"
