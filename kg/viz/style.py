"""Visual encoding: colours, shapes and dash patterns for node types, link classes, mechanisms."""

from __future__ import annotations

import math
from typing import Any

#: Node type → (shape, colour). Countries are coloured by group instead (see ``node_colour``).
NODE_TYPES: dict[str, tuple[str, str]] = {
    "Country": ("dot", "#9e9e9e"),
    "Organization": ("square", "#2e8b57"),
    "Programme": ("diamond", "#7b4fa6"),
    "Agreement": ("triangle", "#a0522d"),
    "Place": ("triangleDown", "#6b8e23"),
    "Person": ("star", "#c71585"),
    "Group": ("hexagon", "#555555"),
}
OTHER_TYPE = ("hexagon", "#777777")

#: Country group → colour, keyed by the ``global_south`` attribute (True/False/None).
COUNTRY_GROUPS: dict[bool | None, tuple[str, str]] = {
    True: ("Global South", "#e07b24"),
    False: ("Global North", "#3566b0"),
    None: ("Unclassified", "#9e9e9e"),
}

#: Link class → colour, in the order the legend lists them.
LINK_CLASSES: dict[str, str] = {
    "south-south": "#e07b24",
    "north-south": "#3566b0",
    "triangular": "#2a9d8f",
    "north-north": "#8e6bbf",
    "unclassified": "#9e9e9e",
}
OTHER_LINK_COLOUR = "#b0b0b0"

#: Mechanism → dash pattern (``False`` is a solid line); unknown mechanisms get ``EXTRA_DASHES``.
MECHANISMS: dict[str, bool | list[int]] = {
    "agreement": False,
    "meeting": [4, 8],
    "joint-operation": [2, 4],
    "funding": [10, 5],
    "donation": [10, 5, 2, 5],
    "technical-assistance": [6, 3],
    "training": [12, 4, 2, 4],
    "knowledge-transfer": [1, 3],
    "cooperation": [16, 6],
}
EXTRA_DASHES: list[list[int]] = [[14, 3, 3, 3], [8, 8], [3, 3, 10, 3], [20, 4, 4, 4]]


def node_style(attrs: dict[str, Any]) -> tuple[str, str]:
    """Return ``(shape, colour)`` for a node from its ``type`` and, for countries, its group."""
    kind = str(attrs.get("type") or "")
    shape, colour = NODE_TYPES.get(kind, OTHER_TYPE)
    if kind == "Country":
        colour = COUNTRY_GROUPS[_group_key(attrs.get("global_south"))][1]
    return shape, colour


def _group_key(value: object) -> bool | None:
    """Map a ``global_south`` attribute to a ``COUNTRY_GROUPS`` key."""
    return value if isinstance(value, bool) else None


def country_group(attrs: dict[str, Any]) -> str | None:
    """The group label of a country node (``None`` for other node types)."""
    if attrs.get("type") != "Country":
        return None
    return COUNTRY_GROUPS[_group_key(attrs.get("global_south"))][0]


def link_colour(link_class: str) -> str:
    """Colour of an edge whose main link class is ``link_class``."""
    return LINK_CLASSES.get(link_class, OTHER_LINK_COLOUR)


def mechanism_dashes(mechanisms: list[str]) -> dict[str, bool | list[int]]:
    """Dash pattern for each mechanism in ``mechanisms`` (sorted, distinct); stable per input."""
    unknown = sorted(m for m in mechanisms if _dash_key(m) not in MECHANISMS)
    extra = {m: EXTRA_DASHES[i % len(EXTRA_DASHES)] for i, m in enumerate(unknown)}
    return {m: extra[m] if m in extra else MECHANISMS[_dash_key(m)] for m in mechanisms}


def _dash_key(mechanism: str) -> str:
    """Normalise ``joint operation``/``Joint_Operation`` to the ``joint-operation`` key."""
    return mechanism.strip().lower().replace(" ", "-").replace("_", "-")


def node_size(strength: float, max_strength: float) -> float:
    """Node radius from weighted degree: 8 px for isolated nodes up to 40 px for the hub."""
    if max_strength <= 0:
        return 8.0
    return round(8.0 + 32.0 * math.sqrt(strength / max_strength), 1)


def edge_width(partnerships: int) -> float:
    """Edge width grows with the logarithm of the number of partnerships, capped at 12 px."""
    return round(min(1.5 + 2.0 * math.log2(max(partnerships, 1)), 12.0), 2)
