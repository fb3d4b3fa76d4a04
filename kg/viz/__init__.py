"""networkx graph → one offline, interactive HTML page (vis-network, as bundled by pyvis).

The page needs no network: vis-network and our own script and style are inlined, and all
text taken from documents is inserted as text (``textContent``), never as HTML.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.fileio import write_text
from kg.viz.aggregate import aggregate, canonical, country_codes, ego_network
from kg.viz.page import assemble
from kg.viz.payload import build_payload

__all__ = ["VIEWS", "notebook_html", "render_html", "write_html"]

VIEWS: tuple[str, ...] = ("countries", "organizations", "full")

#: Above this many drawn nodes the browser skips physics and shows the Python layout as is.
PHYSICS_MAX_NODES = 1000


def render_html(
    G: nx.Graph,  # noqa: N803 (networkx convention)
    *,
    title: str = "kg — cooperation network",
    view: str = "countries",
    seed: int = 0,
    max_nodes: int = 2000,
    country: str | None = None,
) -> str:
    """A complete offline HTML page drawing ``G``; byte-identical for the same graph and seed.

    ``view`` names the projection shown in the page. ``country`` (ISO3) draws only that
    country, its organizations and their partners. Graphs with more than ``max_nodes``
    nodes are drawn aggregated, with a notice. Raises ``KgError`` for an unknown country.
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    if max_nodes < 10:
        raise ValueError("max_nodes must be at least 10")
    full = canonical(G)
    if country is not None:
        country = _known_country(full, country)
        full = ego_network(full, country)
    drawn, notice = aggregate(full, max_nodes)
    meta = {
        "view": view,
        "seed": seed,
        "focus": country,
        "totalNodes": full.number_of_nodes(),
        "totalEdges": full.number_of_edges(),
        "physics": _physics_iterations(drawn.number_of_nodes()),
    }
    return assemble(build_payload(drawn, seed=seed), title=title, notice=notice, meta=meta)


def _known_country(graph: nx.Graph, iso3: str) -> str:
    """``iso3`` in upper case, if some node of ``graph`` belongs to that country."""
    code = iso3.strip().upper()
    if not any(code in country_codes(attrs) for _, attrs in graph.nodes(data=True)):
        raise KgError(f"no node of this network belongs to country {code!r}")
    return code


def _physics_iterations(nodes: int) -> int:
    """Stabilisation steps the browser runs before freezing the layout (0: none)."""
    if nodes > PHYSICS_MAX_NODES:
        return 0
    return 200 if nodes <= 300 else 100


def write_html(
    G: nx.Graph,  # noqa: N803
    path: str | os.PathLike[str],
    **kwargs: Any,
) -> Path:
    """Render ``G`` (see ``render_html`` for ``kwargs``) and write the page atomically."""
    return write_text(path, render_html(G, **kwargs))


def notebook_html(G: nx.Graph, *, height: int = 700, **kwargs: Any) -> str:  # noqa: N803
    """A ``<div>`` around an ``<iframe srcdoc>`` holding the page, for ``IPython.display.HTML``.

    The frame is sandboxed (scripts only), so the page cannot touch the notebook.
    """
    page = html.escape(render_html(G, **kwargs), quote=True)
    return (
        f'<div class="kg-graph"><iframe srcdoc="{page}" sandbox="allow-scripts" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #ddd"></iframe></div>'
    )
