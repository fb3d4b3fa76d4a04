"""Exports of the projections for other tools: GraphML, GEXF (Gephi) and node/edge CSV.

GraphML and GEXF hold only scalar attributes, so lists of strings or numbers are joined
with ``"; "``, lists of records (an edge's ``partnerships``) become JSON text, and
missing values (None) are left out. GEXF reserves ``start`` and ``end`` for time
intervals, so evidence offsets are renamed ``evidence_start`` and ``evidence_end`` there.
"""

# G, H, M …: NetworkX's and linear algebra's names for graphs and matrices.
# ruff: noqa: N803, N806

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg import fileio
from kg.errors import KgError

FORMATS: tuple[str, ...] = ("graphml", "gexf", "csv")
SEPARATOR = "; "
_GEXF_RESERVED = {"start": "evidence_start", "end": "evidence_end", "id": "source_id"}
_FIRST_COLUMNS = ("label", "type", "iso3", "country", "global_south", "weight")


def flatten_value(value: Any) -> str | int | float | bool | None:
    """One attribute value as a scalar GraphML, GEXF and CSV can hold.

    Examples
    --------
    >>> flatten_value(["funding", "training"])
    'funding; training'
    >>> flatten_value([{"iri": "p1"}])
    '[{"iri": "p1"}]'
    """
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "item"):  # numpy scalars
        return flatten_value(value.item())
    if isinstance(value, Mapping) or (
        isinstance(value, list | tuple) and any(isinstance(v, Mapping) for v in value)
    ):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    if isinstance(value, Iterable):
        return SEPARATOR.join(str(v) for v in value)
    return str(value)


def _flat_attrs(data: Mapping[str, Any], renames: Mapping[str, str]) -> dict[str, Any]:
    flat = {renames.get(k, k): flatten_value(v) for k, v in data.items()}
    return {k: v for k, v in flat.items() if v is not None}


def flat_copy(G: nx.Graph, renames: Mapping[str, str] | None = None) -> nx.Graph:
    """A copy of ``G`` whose graph, node and edge attributes are all scalars."""
    renames = renames or {}
    H = G.__class__()
    H.graph.update(_flat_attrs(G.graph, {}))
    for node, data in G.nodes(data=True):
        H.add_node(node, **_flat_attrs(data, renames))
    if G.is_multigraph():
        for u, v, key, data in G.edges(keys=True, data=True):
            H.add_edge(u, v, key=key, **_flat_attrs(data, renames))
    else:
        for u, v, data in G.edges(data=True):
            H.add_edge(u, v, **_flat_attrs(data, renames))
    return H


def _columns(rows: list[dict[str, Any]], leading: Iterable[str]) -> list[str]:
    keys = set().union(*rows) if rows else set()
    first = [c for c in leading if c in keys or c in ("id", "source", "target")]
    return first + sorted(keys - set(first))


def _write_csv(path: Path, rows: list[dict[str, Any]], leading: Iterable[str]) -> Path:
    columns = _columns(rows, leading)
    with fileio.atomic_open(path) as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_csv_pair(G: nx.Graph, out_dir: Path) -> Path:
    """Write ``nodes.csv`` (``id`` + attributes) and ``edges.csv`` (``source``, ``target`` …)."""
    H = flat_copy(G)
    nodes = [{"id": n, **data} for n, data in H.nodes(data=True)]
    if H.is_multigraph():
        edges = [
            {"source": u, "target": v, "key": k, **d}
            for u, v, k, d in H.edges(keys=True, data=True)
        ]
    else:
        edges = [{"source": u, "target": v, **d} for u, v, d in H.edges(data=True)]
    _write_csv(out_dir / "nodes.csv", nodes, ("id", *_FIRST_COLUMNS))
    _write_csv(out_dir / "edges.csv", edges, ("source", "target", "key", *_FIRST_COLUMNS))
    return out_dir


def export_graph(G: nx.Graph, path: str | Path, format: str) -> Path:
    """Write ``G`` for another tool and return where it went.

    Parameters
    ----------
    G : networkx.Graph
        Any projection (list attributes are flattened, see the module docstring).
    path : str or Path
        The file to write for ``"graphml"`` and ``"gexf"``; for ``"csv"`` a directory
        that receives ``nodes.csv`` and ``edges.csv``.
    format : str
        ``"graphml"``, ``"gexf"`` or ``"csv"``.
    """
    path = Path(path)
    fmt = format.lower()
    if fmt not in FORMATS:
        raise KgError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "csv":
        return write_csv_pair(G, path)
    with fileio.atomic_path(path) as tmp:
        if fmt == "graphml":
            nx.write_graphml(flat_copy(G), tmp, encoding="utf-8", prettyprint=True)
        else:
            nx.write_gexf(flat_copy(G, _GEXF_RESERVED), tmp, encoding="utf-8", prettyprint=True)
    return path
