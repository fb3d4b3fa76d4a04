"""Global South / North groups of countries and the class of a link, from cited lists.

South = members of the Group of 77 (``countrygroups`` package); North = members of the OECD
Development Assistance Committee (``kg/data/classification/oecd-dac-members.csv``). Countries
on neither list stay unclassified. The link rule follows the UN (UNOSSC) definitions:

- any country unclassified, or fewer than two countries → ``unclassified``;
- all southern → ``south-south``, or ``triangular`` when a multilateral organization takes part
  (an organization whose category is in ``MULTILATERAL_CATEGORIES``, e.g. UNODC);
- two or more southern plus one or more northern → ``triangular``;
- one southern plus northern → ``north-south``; all northern → ``north-north``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import countrygroups


@dataclass(frozen=True)
class Source:
    """A cited list of countries: what it is, its version or date, and where it comes from."""

    key: str
    title: str
    version: str
    url: str
    issued: str  # the date the list describes (YYYY or YYYY-MM-DD)


@dataclass(frozen=True)
class Classification:
    """The classification of countries and links, with the sources of its two lists."""

    key: str
    name: str
    version: str
    url: str  # the definitions the link rule follows
    issued: str
    rule: str
    south: Source
    north: Source


#: Organization categories (kg's registry) that make an organization multilateral.
MULTILATERAL_CATEGORIES = frozenset({"un-body", "un-office", "intergovernmental"})

RULE = (
    "South = G77 member, North = OECD DAC member, other countries unclassified. "
    "A link with an unclassified country or fewer than two countries is unclassified; "
    "all southern: south-south, or triangular when a multilateral organization (UN body or "
    "office, intergovernmental organization) takes part; "
    "two or more southern with one or more northern: triangular; one southern with northern: "
    "north-south; all northern: north-north."
)

CLASSIFICATION = Classification(
    key="south-north-unossc",
    name="Global South/North link classification (UNOSSC definitions; G77 and OECD DAC lists)",
    version="1",
    url="https://www.unsouthsouth.org/our-work/south-south-and-triangular-coordination/",
    issued="2024",
    rule=RULE,
    south=Source(
        key="g77-members-countrygroups-" + countrygroups.__version__,
        title="Members of the Group of 77 (countrygroups package, G77 list)",
        version=countrygroups.__version__,
        url="http://www.g77.org/doc/members.html",
        issued="2024",
    ),
    north=Source(
        key="oecd-dac-members-2024",
        title="Members of the OECD Development Assistance Committee",
        version="2024",
        url="https://www.oecd.org/dac/development-assistance-committee/",
        issued="2024",
    ),
)


@cache
def southern() -> frozenset[str]:
    """ISO3 codes of the Global South (G77 members)."""
    return frozenset(countrygroups.G77)


@cache
def northern() -> frozenset[str]:
    """ISO3 codes of the Global North (OECD DAC member countries), from the shipped CSV."""
    text = files("kg").joinpath("data/classification/oecd-dac-members.csv").read_text("utf-8")
    return frozenset(row["iso3"] for row in csv.DictReader(text.splitlines()))


def country_group(iso3: str) -> str | None:
    """``"global-south"``, ``"global-north"`` or None for a country on neither list."""
    if iso3 in southern():
        return "global-south"
    if iso3 in northern():
        return "global-north"
    return None


def link_class(countries: Iterable[str], *, multilateral: bool = False) -> str:
    """The class of a link between ``countries`` (ISO3); ``multilateral``: an IO takes part."""
    groups = [country_group(c) for c in set(countries)]
    if len(groups) < 2 or None in groups:
        return "unclassified"
    south = groups.count("global-south")
    if south == len(groups):
        return "triangular" if multilateral else "south-south"
    if south == 0:
        return "north-north"
    return "triangular" if south >= 2 else "north-south"
