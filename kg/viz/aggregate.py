"""Canonical ordering, centrality and the aggregated view of graphs too large to draw."""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

#: Plural used in the label of a group node, by the type of its members.
PLURALS: dict[str, str] = {
    "Country": "countries",
    "Organization": "organizations",
    "Programme": "programmes",
    "Agreement": "agreements",
    "Place": "places",
    "Person": "people",
}


def canonical(graph: nx.Graph) -> nx.Graph:
    """An undirected copy of ``graph`` with nodes and edges inserted in sorted order.

    Layout and output then depend only on the graph's content, not on the order in
    which it was built; parallel edges of a multigraph are merged.
    """
    ordered = nx.Graph()
    ordered.add_nodes_from((n, graph.nodes[n]) for n in sorted(graph, key=str))
    merged: dict[tuple[Any, Any], dict[str, Any]] = {}
    for u, v, data in graph.edges(data=True):
        key = (u, v) if str(u) <= str(v) else (v, u)
        merged[key] = merge_edges(merged[key], data) if key in merged else dict(data)
    ordered.add_edges_from((u, v, merged[(u, v)]) for u, v in sorted(merged, key=_edge_key))
    return ordered


def _edge_key(edge: tuple[Any, Any]) -> tuple[str, str]:
    """Sort key of an edge by its endpoints' string forms."""
    return str(edge[0]), str(edge[1])


def strength(graph: nx.Graph) -> dict[Any, float]:
    """Weighted degree of each node: the number of partnerships it takes part in."""
    return {n: float(d) for n, d in graph.degree(weight="weight")}


def merge_edges(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Combine the attributes of two edges that are drawn as one."""
    seen = {p.get("iri") for p in a.get("partnerships", [])}
    extra = [
        p for p in b.get("partnerships", []) if p.get("iri") not in seen or p.get("iri") is None
    ]
    return {
        "weight": a.get("weight", 1) + b.get("weight", 1),
        "partnerships": [*a.get("partnerships", []), *extra],
        "mechanisms": sorted({*a.get("mechanisms", []), *b.get("mechanisms", [])}),
        "link_classes": sorted({*a.get("link_classes", []), *b.get("link_classes", [])}),
        "years": sorted({*a.get("years", []), *b.get("years", [])}),
    }


def country_codes(attrs: dict[str, Any]) -> set[str]:
    """ISO3 codes a node stands for: its own (countries) or its home country (others)."""
    return {str(attrs[k]) for k in ("iso3", "country") if attrs.get(k)}


def ego_network(graph: nx.Graph, iso3: str) -> nx.Graph:
    """The nodes of country ``iso3`` (the country and its organizations), their partners,
    and the edges that touch them; ``graph`` must be canonical."""
    focus = {n for n, attrs in graph.nodes(data=True) if iso3 in country_codes(attrs)}
    edges = [(u, v) for u, v in graph.edges() if u in focus or v in focus]
    kept = focus.union(*edges)
    ego = nx.Graph()
    ego.add_nodes_from((n, graph.nodes[n]) for n in graph if n in kept)
    ego.add_edges_from((u, v, graph.edges[u, v]) for u, v in edges)
    return ego


def aggregate(graph: nx.Graph, max_nodes: int) -> tuple[nx.Graph, str | None]:
    """Keep the most central nodes of ``graph`` and fold the rest into one group node per type.

    ``graph`` must be canonical. Returns the graph to draw (at most ``max_nodes`` nodes) and
    a notice for the reader, or ``None`` when ``graph`` is small enough to draw whole.
    """
    if graph.number_of_nodes() <= max_nodes:
        return graph, None
    types = sorted({str(t) for _, t in graph.nodes(data="type", default="")})
    ranks = strength(graph)
    ranked = sorted(graph, key=lambda n: (-ranks[n], str(n)))
    keep = set(ranked[: max(max_nodes - len(types), 1)])
    home = {n: n if n in keep else _group_id(graph.nodes[n].get("type")) for n in graph}
    drawn = nx.Graph()
    drawn.add_nodes_from((n, graph.nodes[n]) for n in graph if n in keep)
    drawn.add_nodes_from(_group_nodes(graph, keep))
    for u, v, data in graph.edges(data=True):
        a, b = home[u], home[v]
        if a == b and a not in keep:
            continue
        drawn.add_edge(
            a, b, **(merge_edges(drawn.edges[a, b], data) if drawn.has_edge(a, b) else data)
        )
    return canonical(drawn), _notice(graph, drawn, len(keep))


def _group_id(kind: object) -> str:
    """Node id of the group that holds the undrawn nodes of type ``kind``."""
    return f"group:{kind or 'other'}"


def _group_nodes(graph: nx.Graph, keep: set[Any]) -> list[tuple[str, dict[str, Any]]]:
    """One group node per type for the nodes not kept, labelled with its member count."""
    counts = Counter(str(graph.nodes[n].get("type") or "") for n in graph if n not in keep)
    return [
        (
            _group_id(kind),
            {
                "label": f"{count:,} other {PLURALS.get(kind, 'nodes')}",
                "type": "Group",
                "members": count,
                "member_type": kind or None,
            },
        )
        for kind, count in sorted(counts.items())
    ]


def _notice(graph: nx.Graph, drawn: nx.Graph, kept: int) -> str:
    """The sentence shown above an aggregated view."""
    return (
        f"This network has {graph.number_of_nodes():,} nodes and "
        f"{graph.number_of_edges():,} edges, too many to draw usefully: showing the "
        f"{kept:,} most connected nodes; the other "
        f"{graph.number_of_nodes() - kept:,} are grouped into one node per type "
        f"({drawn.number_of_edges():,} edges drawn). For detail, draw one country "
        "(kg viz --country ISO3) or a narrower view."
    )
