"""The page's data: a JSON document of styled nodes, edges, legend and filter vocabularies."""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from kg.viz import style
from kg.viz.aggregate import country_codes, strength
from kg.viz.layout import positions

#: Partnerships listed in an edge's tooltip; the rest are counted ("and 12 more").
MAX_LISTED = 10


def build_payload(graph: nx.Graph, *, seed: int) -> dict[str, Any]:
    """Turn the canonical graph to draw into the page's data (plain JSON types only)."""
    ranks = strength(graph)
    pos = positions(graph, ranks, seed)
    index = {n: i for i, n in enumerate(graph)}
    link_classes = _vocabulary(graph, "link_class")
    mechanisms = _vocabulary(graph, "mechanism")
    top = max(ranks.values(), default=0.0)
    return {
        "nodes": [_node(graph, n, index[n], pos[n], ranks[n], top) for n in graph],
        "edges": [
            _edge(i, index[u], index[v], d, _codes(link_classes), _codes(mechanisms))
            for i, (u, v, d) in enumerate(graph.edges(data=True))
        ],
        "linkClasses": [[lc, style.link_colour(lc), count] for lc, count in link_classes.items()],
        "mechanisms": [
            [m, dashes, mechanisms[m]]
            for m, dashes in style.mechanism_dashes(list(mechanisms)).items()
        ],
        "nodeTypes": _node_types(graph),
        "countries": _countries(graph),
        "years": _year_range(graph),
    }


def _vocabulary(graph: nx.Graph, field: str) -> dict[str, int]:
    """Each value of a partnership field with its count, legend order first, then sorted."""
    counts = Counter(_text(p.get(field)) or "unknown" for p in _all_partnerships(graph))
    order = list(style.LINK_CLASSES) if field == "link_class" else list(style.MECHANISMS)
    known = [v for v in order if v in counts]
    return {v: counts[v] for v in known + sorted(set(counts) - set(known))}


def _all_partnerships(graph: nx.Graph) -> list[dict[str, Any]]:
    """Every partnership dict on every edge (an edge without any counts as one unknown)."""
    return [p for _, _, d in graph.edges(data=True) for p in d.get("partnerships") or [{}]]


def _partnerships(data: dict[str, Any]) -> list[dict[str, Any]]:
    """An edge's partnerships in a stable order; a bare edge gets one empty partnership."""
    found = data.get("partnerships") or [{}]
    return sorted(found, key=lambda p: (_text(p.get("date")) or "", _text(p.get("iri")) or ""))


def _node(
    graph: nx.Graph, node: Any, i: int, xy: tuple[float, float], rank: float, top: float
) -> dict[str, Any]:
    """One node: vis display fields plus what the tooltip shows."""
    attrs = graph.nodes[node]
    shape, colour = style.node_style(attrs)
    return {
        "id": i,
        "label": _text(attrs.get("label")) or _short(str(node)),
        "x": xy[0],
        "y": xy[1],
        "size": style.node_size(rank, top),
        "shape": shape,
        "color": colour,
        "iso": sorted(country_codes(attrs)),
        "info": _node_info(node, attrs, rank),
    }


def _node_info(node: Any, attrs: dict[str, Any], rank: float) -> dict[str, Any]:
    """Tooltip fields of a node; empty fields are left out."""
    info = {
        "type": _text(attrs.get("type")),
        "iri": str(node),
        "iso3": _text(attrs.get("iso3")),
        "country": _text(attrs.get("country")),
        "group": style.country_group(attrs),
        "aliases": sorted({str(a) for a in attrs.get("aliases") or [] if a}),
        "partnerships": round(rank, 3),
        "members": attrs.get("members"),
    }
    return {k: v for k, v in info.items() if v not in (None, [], "")}


def _edge(
    i: int,
    source: int,
    target: int,
    data: dict[str, Any],
    lc_code: dict[str, int],
    m_code: dict[str, int],
) -> dict[str, Any]:
    """One edge: colour by main link class, dashes by main mechanism, width by count."""
    found = _partnerships(data)
    keys: list[tuple[int, int, int | None]] = [
        (
            lc_code[_text(p.get("link_class")) or "unknown"],
            m_code[_text(p.get("mechanism")) or "unknown"],
            _year(p.get("date") or p.get("reported")),
        )
        for p in found
    ]
    count = int(data.get("weight") or len(found))
    return {
        "id": i,
        "from": source,
        "to": target,
        "width": style.edge_width(count),
        "lc": _main([k[0] for k in keys]),
        "m": _main([k[1] for k in keys]),
        "n": count,
        "p": keys,
        "tip": [_partnership_info(p) for p in found[:MAX_LISTED] if p],
    }


def _codes(vocabulary: dict[str, int]) -> dict[str, int]:
    """Each value's position in a vocabulary built by ``_vocabulary``: its code on the page."""
    return {value: i for i, value in enumerate(vocabulary)}


def _main(codes: list[int]) -> int:
    """The most frequent code, the smallest on ties (legend order)."""
    counts = Counter(codes)
    return min(counts, key=lambda c: (-counts[c], c))


def _partnership_info(p: dict[str, Any]) -> dict[str, Any]:
    """Tooltip fields of one partnership; text is escaped by the page, never here."""
    info = {
        "mechanism": _text(p.get("mechanism")),
        "kind": _text(p.get("kind")),
        "status": _text(p.get("status")),
        "date": _text(p.get("date")),
        "linkClass": _text(p.get("link_class")),
        "confidence": _number(p.get("confidence")),
        "quote": _text(p.get("quote")),
        "document": _text(p.get("document")),
        "reported": _text(p.get("reported")),
    }
    return {k: v for k, v in info.items() if v is not None}


def _node_types(graph: nx.Graph) -> list[list[str]]:
    """Legend rows for the node types present: ``[label, shape, colour]``."""
    rows = []
    present = {str(t) for _, t in graph.nodes(data="type", default="")}
    for kind, (shape, colour) in style.NODE_TYPES.items():
        if kind == "Country" and kind in present:
            groups = {style.country_group(a) for _, a in graph.nodes(data=True)}
            rows += [[f"Country: {g}", shape, c] for g, c in _country_rows() if g in groups]
        elif kind in present:
            rows.append([kind, shape, colour])
    if present - set(style.NODE_TYPES):
        rows.append(["Other", *style.OTHER_TYPE])
    return rows


def _country_rows() -> list[tuple[str, str]]:
    """Country group labels and colours, in legend order."""
    return [style.COUNTRY_GROUPS[k] for k in (True, False, None)]


def _countries(graph: nx.Graph) -> list[list[str]]:
    """``[iso3, name]`` of every country code on a node, sorted by name, for the ego filter."""
    names: dict[str, str] = {}
    for _, attrs in graph.nodes(data=True):
        for code in sorted(country_codes(attrs)):
            names.setdefault(code, code)
        if attrs.get("type") == "Country" and _text(attrs.get("iso3")):
            names[str(attrs["iso3"])] = _text(attrs.get("label")) or str(attrs["iso3"])
    return [[code, name] for code, name in sorted(names.items(), key=lambda kv: (kv[1], kv[0]))]


def _year_range(graph: nx.Graph) -> list[int] | None:
    """Earliest and latest partnership year (stated, else reported), or ``None``."""
    years = [
        y
        for p in _all_partnerships(graph)
        if (y := _year(p.get("date") or p.get("reported"))) is not None
    ]
    return [min(years), max(years)] if years else None


def _year(date: object) -> int | None:
    """The year of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date, if it has one."""
    text = _text(date) or ""
    return int(text[:4]) if text[:4].isdigit() else None


def _text(value: object) -> str | None:
    """A value as text (``None`` stays ``None``)."""
    return None if value is None else str(value)


def _number(value: object) -> float | None:
    """A numeric value (``Decimal``, numpy or str) as a rounded float, else ``None``."""
    try:
        return None if value is None else round(float(value), 3)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _short(iri: str) -> str:
    """The last path segment of an IRI, used when a node has no label."""
    return iri.rstrip("/").rsplit("/", 1)[-1] or iri
