"""Deterministic node positions computed in Python, so the browser only polishes them."""

from __future__ import annotations

import math
import random
from typing import Any

import networkx as nx

#: Nodes laid out by a full spring layout; the rest are placed beside their neighbours.
CORE_SIZE = 400


def positions(
    graph: nx.Graph, ranks: dict[Any, float], seed: int
) -> dict[Any, tuple[float, float]]:
    """Pixel positions for every node of the canonical graph ``graph``, the same for the same seed.

    The ``CORE_SIZE`` most central nodes get a seeded spring layout (quadratic, so bounded);
    every other node is put near the mean of its already placed neighbours, and nodes
    unreachable from the core on a spiral around the drawing.
    """
    ranked = sorted(graph, key=lambda n: (-ranks[n], str(n)))
    core = _induced(graph, ranked[:CORE_SIZE])
    pos = {n: (float(x), float(y)) for n, (x, y) in nx.spring_layout(core, seed=seed).items()}
    rng = random.Random(seed)
    orphans = _place_near_neighbours(graph, pos, ranked[CORE_SIZE:], rng)
    _place_on_spiral(pos, orphans)
    scale = 40.0 * math.sqrt(graph.number_of_nodes()) + 150.0
    return {n: (round(x * scale, 1), round(y * scale, 1)) for n, (x, y) in pos.items()}


def _induced(graph: nx.Graph, nodes: list[Any]) -> nx.Graph:
    """The subgraph on ``nodes``, in their order (``graph.subgraph`` may follow set order,
    which changes with the hash seed and would change the layout)."""
    chosen = set(nodes)
    core = nx.Graph()
    core.add_nodes_from(nodes)
    core.add_edges_from((u, v, d) for u, v, d in graph.edges(nodes, data=True) if v in chosen)
    return core


def _place_near_neighbours(
    graph: nx.Graph, pos: dict[Any, tuple[float, float]], pending: list[Any], rng: random.Random
) -> list[Any]:
    """Place each pending node near its placed neighbours; return those never reached."""
    spacing = 1.0 / math.sqrt(max(len(pos), 1))
    while pending:
        left = []
        for node in pending:
            anchors = [pos[m] for m in graph[node] if m in pos and m != node]
            if not anchors:
                left.append(node)
                continue
            angle, radius = rng.uniform(0.0, math.tau), spacing * rng.uniform(0.3, 1.0)
            x = sum(a[0] for a in anchors) / len(anchors) + radius * math.cos(angle)
            y = sum(a[1] for a in anchors) / len(anchors) + radius * math.sin(angle)
            pos[node] = (x, y)
        if len(left) == len(pending):
            return left
        pending = left
    return []


def _place_on_spiral(pos: dict[Any, tuple[float, float]], nodes: list[Any]) -> None:
    """Put ``nodes`` on a sunflower spiral just outside the drawing."""
    reach = max((math.hypot(x, y) for x, y in pos.values()), default=0.0) + 0.2
    golden = math.pi * (3.0 - math.sqrt(5.0))
    for i, node in enumerate(nodes):
        radius = reach + 0.5 * math.sqrt((i + 1) / max(len(nodes), 1))
        pos[node] = (radius * math.cos(i * golden), radius * math.sin(i * golden))
