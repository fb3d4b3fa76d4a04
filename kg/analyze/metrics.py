"""Network metrics as plain functions in the style of NetworkX: graph in, dict or DataFrame out.

Every function takes the graph first and keyword-only options (``weight``, ``seed``);
randomness only enters through ``seed``, so equal inputs give equal outputs. Costs grow
near-linearly with the graph except `betweenness`, which is exact (all n sources) up to
`BETWEENNESS_EXACT_MAX_NODES` nodes and samples ``k`` pivots above.
"""

# G, H, M …: NetworkX's and linear algebra's names for graphs and matrices.
# ruff: noqa: N803, N806

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from kg.namespaces import LINK_CLASSES

#: Above this many nodes `betweenness` samples `BETWEENNESS_SAMPLES` pivots instead of all.
#: Exact costs O(n·m), quadratic as the graph grows: 0.1 s for the 840 nodes and 15,000
#: edges of the organization network of 1,000 reports, 1 s at 2,000 nodes and 50,000 edges.
BETWEENNESS_EXACT_MAX_NODES = 1000
#: Pivots sampled by `betweenness` on large graphs (cost: this many BFS sweeps, O(k·m)).
BETWEENNESS_SAMPLES = 500
#: Cells (nodes × sources) of the matrices one batch of `betweenness` sweeps holds at once:
#: 2**20 float64 cells are 8 MiB per matrix, about six matrices live at a time.
_BATCH_CELLS = 1 << 20


Node = Hashable


def degree(G: nx.Graph, *, weight: str | None = None) -> dict[Node, float]:
    """Number of links of each node, or the sum of their ``weight`` attribute.

    Parameters
    ----------
    G : networkx.Graph
        Any NetworkX graph; parallel edges of a multigraph each count.
    weight : str, optional
        Edge attribute to sum instead of counting links (missing values count 1).

    Returns
    -------
    dict
        Node → degree.

    Examples
    --------
    >>> degree(nx.star_graph(3))
    {0: 3, 1: 1, 2: 1, 3: 1}
    """
    return dict(G.degree(weight=weight))


def weighted_degree(G: nx.Graph, *, weight: str = "weight") -> dict[Node, float]:
    """Sum of the ``weight`` of each node's links: its number of partnerships with others.

    Parameters
    ----------
    G : networkx.Graph
        A projection whose edge ``weight`` counts partnerships.
    weight : str
        Edge attribute to sum (missing values count 1).

    Returns
    -------
    dict
        Node → weighted degree.

    Examples
    --------
    >>> G = nx.Graph([(0, 1, {"weight": 3}), (1, 2, {"weight": 1})])
    >>> weighted_degree(G)
    {0: 3, 1: 4, 2: 1}
    """
    return degree(G, weight=weight)


def betweenness_k(n_nodes: int, k: int | None = None) -> int | None:
    """Pivots `betweenness` samples for a graph of ``n_nodes`` (None: exact).

    Parameters
    ----------
    n_nodes : int
        Number of nodes of the graph.
    k : int, optional
        Pivots asked for; None picks `BETWEENNESS_SAMPLES` above
        `BETWEENNESS_EXACT_MAX_NODES` nodes and exact below.

    Returns
    -------
    int or None
        The ``k`` to pass to ``networkx.betweenness_centrality``; None when exact (also
        when ``k`` is not smaller than ``n_nodes``).

    Examples
    --------
    >>> betweenness_k(50), betweenness_k(5000), betweenness_k(5000, k=10)
    (None, 500, 10)
    """
    if k is None and n_nodes > BETWEENNESS_EXACT_MAX_NODES:
        k = BETWEENNESS_SAMPLES
    return None if k is None or k >= n_nodes else k


def betweenness(
    G: nx.Graph,
    *,
    weight: str | None = None,
    k: int | None = None,
    seed: int | None = 0,
    normalized: bool = True,
) -> dict[Node, float]:
    """Betweenness centrality: the share of shortest paths that run through each node.

    Exact (Brandes, O(n·m)) up to `BETWEENNESS_EXACT_MAX_NODES` nodes; above that,
    estimated from `BETWEENNESS_SAMPLES` source nodes drawn with ``seed`` (O(k·m)). The
    values are those of ``networkx.betweenness_centrality(G, k=k, seed=seed)`` (same
    pivots, same scaling), computed by breadth-first sweeps from a batch of sources at
    a time as sparse matrix products, about 100 times faster.

    Parameters
    ----------
    G : networkx.Graph
        Any NetworkX graph.
    weight : str, optional
        Edge attribute read as a *distance* (then NetworkX's Dijkstra-based version
        runs). Leave None on the projections, whose ``weight`` counts partnerships (a
        strength, not a length).
    k : int, optional
        Number of pivots to sample; None picks by graph size as described above.
    seed : int, optional
        Seed of the pivot sample (None: a fresh sample each call).
    normalized : bool
        Divide by the number of pairs, so values lie in [0, 1].

    Returns
    -------
    dict
        Node → betweenness.

    Examples
    --------
    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    k = betweenness_k(len(G), k)
    if weight is not None:
        return nx.betweenness_centrality(G, k=k, normalized=normalized, weight=weight, seed=seed)
    nodes = list(G)
    if not nodes:
        return {}
    A = _successors(G, nodes)
    return _matrix_betweenness(A, nodes, k, seed, normalized=normalized, directed=G.is_directed())


def _matrix_betweenness(
    A: sp.csr_array,
    nodes: list[Node],
    k: int | None,
    seed: int | None,
    *,
    normalized: bool,
    directed: bool,
) -> dict[Node, float]:
    """`betweenness` of the graph whose successor matrix is ``A`` (see `_successors`)."""
    # The pivots networkx.betweenness_centrality draws for the same seed.
    pivots = None if k is None else random.Random(seed).sample(nodes, k)
    index = {node: i for i, node in enumerate(nodes)}
    sources = np.arange(len(nodes)) if pivots is None else np.array([index[s] for s in pivots])
    raw = _brandes_bfs(A, sources)
    scale = _betweenness_scale(len(nodes), k, normalized=normalized, directed=directed)
    values = raw * scale
    if k is not None and len(nodes) > 2:
        # A pivot is never its own path's end: NetworkX rescales pivots by k - 1, not k
        # (undefined for a single pivot).
        if k > 1:
            scale = _betweenness_scale(len(nodes), k - 1, normalized=normalized, directed=directed)
            values[sources] = raw[sources] * scale
        else:
            values[sources] = np.nan
    return {node: float(v) for node, v in zip(nodes, values, strict=True)}


def _successors(G: nx.Graph, nodes: list[Node]) -> sp.csr_array:
    """0/1 matrix with A[u, v] = 1 when v is a neighbour (successor) of u; no self-loops."""
    return _links_only(nx.to_scipy_sparse_array(G, nodelist=nodes, weight=None, format="csr"))


def _links_only(A: sp.csr_array) -> sp.csr_array:
    """`_successors` from any adjacency matrix of the graph (weights dropped)."""
    A = sp.csr_array(A, dtype=float, copy=True)
    A.data[:] = 1.0  # before dropping zeros: a link of weight 0 is still a link
    A.setdiag(0)
    A.eliminate_zeros()
    A.data[:] = 1.0  # parallel edges of a multigraph are one step, as in NetworkX's BFS
    return sp.csr_array(A, dtype=float)


def _brandes_bfs(A: sp.csr_array, sources: np.ndarray) -> np.ndarray:
    """Sum over ``sources`` of Brandes' dependencies δ_s(v) on an unweighted graph.

    Each batch of sources is a column block: forward, the frontier matrix times the
    adjacency matrix counts shortest paths (σ) level by level; backward, the
    dependencies δ flow from each level to the one before it.
    """
    n = A.shape[0]
    AT = sp.csr_array(A.T)
    total = np.zeros(n)
    batch = max(1, _BATCH_CELLS // max(n, 1))
    for first in range(0, len(sources), batch):
        chunk = sources[first : first + batch]
        columns = np.arange(len(chunk))
        dist = np.full((n, len(chunk)), -1, dtype=np.int32)
        sigma = np.zeros((n, len(chunk)))
        dist[chunk, columns] = 0
        sigma[chunk, columns] = 1.0
        frontier = sigma.copy()
        level = 0
        while True:
            reached = AT @ frontier
            new = (reached > 0) & (dist < 0)
            if not new.any():
                break
            level += 1
            dist[new] = level
            frontier = np.where(new, reached, 0.0)
            sigma += frontier
        delta = np.zeros_like(sigma)
        paths = np.where(sigma > 0, sigma, 1.0)
        for depth in range(level, 0, -1):
            coefficient = np.where(dist == depth, (1.0 + delta) / paths, 0.0)
            delta += np.where(dist == depth - 1, sigma * (A @ coefficient), 0.0)
        delta[chunk, columns] = 0.0  # a source is not between itself and others
        total += delta.sum(axis=1)
    return total


def _betweenness_scale(n: int, k: int | None, *, normalized: bool, directed: bool) -> float:
    """NetworkX's rescaling of summed dependencies (``endpoints=False``) from k sources."""
    pairs = n - 1  # possible ends of a path through v, other than v
    if pairs < 2:
        return 1.0
    sources = pairs if k is None else k
    if normalized:
        return 1 / (sources * (pairs - 1))
    return pairs / (sources * (1 if directed else 2))


def pagerank(
    G: nx.Graph, *, weight: str | None = "weight", alpha: float = 0.85
) -> dict[Node, float]:
    """PageRank: a node is central when central nodes link to it (defined on any graph).

    Chosen over eigenvector centrality because it is defined on disconnected graphs,
    which the projections of a few reports usually are.

    Parameters
    ----------
    G : networkx.Graph
        Any NetworkX graph; undirected links count in both directions.
    weight : str, optional
        Edge attribute used as link strength (None: all links equal).
    alpha : float
        Damping factor.

    Returns
    -------
    dict
        Node → PageRank; the values sum to 1.

    Examples
    --------
    >>> pr = pagerank(nx.star_graph(2))
    >>> max(pr, key=pr.get)
    0
    """
    if len(G) == 0:
        return {}
    return nx.pagerank(G, alpha=alpha, weight=weight)


def _matrix_pagerank(
    A: sp.csr_array, nodes: list[Node], *, alpha: float = 0.85
) -> dict[Node, float]:
    """`pagerank` from the graph's weighted adjacency matrix ``A`` over ``nodes``.

    The steps of NetworkX's ``_pagerank_scipy`` (its defaults: 100 iterations, tolerance
    1e-6), so the values are the same bit for bit given the matrix it would build
    (``to_scipy_sparse_array(G, nodelist=nodes, weight=weight, dtype=float)``); taking
    the matrix lets `kg.analyze.report.metric_table` build it once for every metric.
    """
    N = len(nodes)
    if N == 0:
        return {}
    S = A.sum(axis=1)
    S[S != 0] = 1.0 / S[S != 0]
    Q = sp.dia_array((S.T, 0), shape=A.shape).tocsr()
    A = Q @ A
    x = np.repeat(1.0 / N, N)
    p = np.repeat(1.0 / N, N)
    is_dangling = np.where(S == 0)[0]
    for _ in range(100):
        xlast = x
        x = alpha * (x @ A + sum(x[is_dangling]) * p) + (1 - alpha) * p
        if np.absolute(x - xlast).sum() < N * 1e-06:
            return dict(zip(nodes, map(float, x), strict=True))
    raise nx.PowerIterationFailedConvergence(100)


#: Above this many nodes Louvain (pure Python, 405 s at 100k nodes) gives way to
#: asynchronous label propagation, which stays near-linear (3.6 s at 100k nodes).
LOUVAIN_MAX_NODES = 20_000


def communities(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    seed: int | None = 0,
    resolution: float = 1.0,
    louvain_max_nodes: int = LOUVAIN_MAX_NODES,
) -> dict[Node, int]:
    """Louvain communities, numbered 0, 1, … from the largest (ties: smallest member).

    Graphs larger than ``louvain_max_nodes`` use seeded asynchronous label propagation
    instead, so the cost stays near-linear; ``resolution`` then has no effect.

    Parameters
    ----------
    G : networkx.Graph
        An undirected graph (directed graphs use directed modularity).
    weight : str, optional
        Edge attribute used as link strength.
    seed : int, optional
        Seed of Louvain's node order; fixed by default so runs agree.
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.
    louvain_max_nodes : int
        The largest graph Louvain runs on (see `LOUVAIN_MAX_NODES`).

    Returns
    -------
    dict
        Node → community number. Isolated nodes form communities of their own.

    Examples
    --------
    >>> G = nx.Graph([(0, 1), (1, 2), (0, 2), (3, 4)])
    >>> communities(G)
    {0: 0, 1: 0, 2: 0, 3: 1, 4: 1}
    """
    if len(G) == 0:
        return {}
    if len(G) > louvain_max_nodes:
        found = list(nx.community.asyn_lpa_communities(G, weight=weight, seed=seed))
    else:
        found = nx.community.louvain_communities(G, weight=weight, resolution=resolution, seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(str(n) for n in c)))
    number = {n: i for i, members in enumerate(ordered) for n in members}
    return {n: number[n] for n in G}


def _mutual_weights(A: sp.csr_array) -> sp.csr_array:
    """Symmetric matrix of mutual weights (both directions summed), self-loops dropped."""
    M = A + A.T
    M.setdiag(0)
    M.eliminate_zeros()
    return sp.csr_array(M)


def _row_scaled(M: sp.csr_array, scale: np.ndarray) -> sp.csr_array:
    with np.errstate(divide="ignore"):
        inverse = np.where(scale > 0, 1.0 / scale, 0.0)
    return sp.csr_array(sp.diags_array(inverse) @ M)


def brokerage(G: nx.Graph, *, weight: str | None = None) -> pd.DataFrame:
    """Burt's structural-hole measures: effective size, efficiency and constraint.

    A broker links contacts who are not linked to each other: high effective size and
    efficiency, low constraint. Computed with sparse matrices in O(Σ deg²), instead of
    ``networkx.effective_size``'s dense n×n matrix.

    Parameters
    ----------
    G : networkx.Graph
        Any NetworkX graph; directed links are summed into mutual weights and
        self-loops are ignored.
    weight : str, optional
        Edge attribute used as tie strength (None: all ties equal).

    Returns
    -------
    pandas.DataFrame
        Indexed by node, columns ``effective_size``, ``efficiency`` (effective size
        per contact) and ``constraint``; NaN for isolated nodes, where they are undefined.

    Examples
    --------
    >>> brokerage(nx.star_graph(2)).round(3).to_dict("index")[0]
    {'effective_size': 2.0, 'efficiency': 1.0, 'constraint': 0.5}
    """
    nodes = list(G)
    if not nodes:
        return pd.DataFrame(columns=_BROKERAGE_COLUMNS, dtype=float)
    A = sp.csr_array(nx.adjacency_matrix(G, weight=weight), dtype=float)
    return _matrix_brokerage(A, nodes)


_BROKERAGE_COLUMNS = ["effective_size", "efficiency", "constraint"]


def _matrix_brokerage(A: sp.csr_array, nodes: list[Node]) -> pd.DataFrame:
    """`brokerage` from the graph's adjacency matrix ``A`` (float) over ``nodes``."""
    M = _mutual_weights(A)
    mask = sp.csr_array((M > 0).astype(float))
    contacts = np.asarray(mask.sum(axis=1)).ravel()
    P = _row_scaled(M, np.asarray(M.sum(axis=1)).ravel())  # p_uv: share of u's ties
    R = _row_scaled(M, np.asarray(M.max(axis=1).todense()).ravel())  # m_vw: v's tie / max tie
    redundancy = np.asarray((P @ R.T).multiply(mask).sum(axis=1)).ravel()
    local = (P + P @ P).multiply(mask)
    constraint = np.asarray(local.power(2).sum(axis=1)).ravel()
    with np.errstate(divide="ignore", invalid="ignore"):
        effective = np.where(contacts > 0, contacts - redundancy, np.nan)
        frame = pd.DataFrame(
            {
                "effective_size": effective,
                "efficiency": effective / contacts,
                "constraint": np.where(contacts > 0, constraint, np.nan),
            },
            index=pd.Index(nodes, dtype=object),
        )
    return frame


def matrix_metrics(
    G: nx.Graph, nodes: list[Node], *, seed: int | None = 0
) -> tuple[dict[Node, float], dict[Node, float], pd.DataFrame]:
    """Betweenness, PageRank and brokerage of ``G``, rows in ``nodes`` order.

    The three read the same adjacency matrix: on a simple undirected graph (the
    projections) it is built once, weighted, and the unweighted matrices betweenness and
    brokerage use are derived from it (building it cost 0.2 s per metric on the
    organization network of 10,000 reports). The values are those of `betweenness`,
    `pagerank` and `brokerage`, which other graphs still go through.
    """
    if type(G) is not nx.Graph or not nodes:
        brokers = brokerage(G)
        return betweenness(G, seed=seed), pagerank(G), brokers.loc[nodes]
    A = nx.to_scipy_sparse_array(G, nodelist=nodes, weight="weight", dtype=float, format="csr")
    links = _links_only(A)
    k = betweenness_k(len(nodes))
    between = _matrix_betweenness(links, nodes, k, seed, normalized=True, directed=False)
    ones = sp.csr_array(A, copy=True)
    ones.data[:] = 1.0
    return between, _matrix_pagerank(A, nodes), _matrix_brokerage(ones, nodes)


def partnership_records(G: nx.Graph) -> dict[str, dict[str, Any]]:
    """Partnerships a projection carries: in edge ``partnerships`` lists or as nodes.

    Returns
    -------
    dict
        Partnership IRI → its record (``mechanism``, ``date``, ``link_class`` …), sorted.
    """
    found: dict[str, dict[str, Any]] = {}
    for _, _, records in G.edges(data="partnerships"):
        for record in records or ():
            found.setdefault(record["iri"], record)
    for node, data in G.nodes(data=True):
        if data.get("type") == "Partnership":
            found.setdefault(str(node), {"iri": str(node), **data})
    return dict(sorted(found.items()))


def _incident_partnerships(G: nx.Graph) -> dict[Node, dict[str, str]]:
    """Per node, the link class of each partnership on its edges, by IRI.

    One pass over the edges, filling both ends (asking each node for its edges visits
    every edge twice and cost 0.2 s on the country network of 10,000 reports).
    """
    found: dict[Node, dict[str, str]] = {n: {} for n in G}
    for u, v, records in G.edges(data="partnerships"):
        at_u, at_v = found[u], found[v]
        for record in records or ():
            iri = record["iri"]
            at_u[iri] = at_v[iri] = record.get("link_class") or "unclassified"
    return found


def _class_columns(counts: Iterable[Counter[str]]) -> list[str]:
    seen: set[str] = set().union(*counts)
    return list(LINK_CLASSES) + sorted(seen - set(LINK_CLASSES))


def _snake(name: str) -> str:
    return name.replace("-", "_")


def link_class_shares(G: nx.Graph) -> pd.DataFrame:
    """Each node's links (distinct partnerships with another node) counted by link class.

    A node's *links* are the distinct partnerships on its edges, so a partnership with
    two other countries counts once, and partnerships involving one country only
    (domestic) do not count: they link it to no one.

    Parameters
    ----------
    G : networkx.Graph
        A projection with edge ``partnerships`` lists (the country network).

    Returns
    -------
    pandas.DataFrame
        Indexed by node: ``links``, one count column per class (``south_south``,
        ``north_south``, ``triangular``, ``north_north``, ``unclassified`` and any other
        class found) and a ``share_<class>`` column for each; shares are NaN without links.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("A", "B", partnerships=[{"iri": "p1", "link_class": "south-south"}])
    >>> G.add_edge("A", "C", partnerships=[{"iri": "p2", "link_class": "north-south"}])
    >>> shares = link_class_shares(G)
    >>> int(shares.loc["A", "links"]), float(shares.loc["A", "share_south_south"])
    (2, 0.5)
    """
    counts = {n: Counter(found.values()) for n, found in _incident_partnerships(G).items()}
    classes = _class_columns(list(counts.values()))
    rows = []
    for counter in counts.values():
        links = sum(counter.values())
        row: dict[str, Any] = {"links": links}
        row.update({_snake(c): counter.get(c, 0) for c in classes})
        row.update(
            {f"share_{_snake(c)}": counter.get(c, 0) / links if links else np.nan for c in classes}
        )
        rows.append(row)
    columns = ["links"] + [_snake(c) for c in classes] + [f"share_{_snake(c)}" for c in classes]
    return pd.DataFrame(rows, index=pd.Index(list(counts), dtype=object), columns=columns)


def _year(record: Mapping[str, Any]) -> int | None:
    year = record.get("year")
    if isinstance(year, int):
        return year
    head = str(record.get("date") or record.get("reported") or "")[:4]
    return int(head) if head.isdigit() else None


def timeline(G: nx.Graph) -> pd.DataFrame:
    """New partnerships per year, by link class (each partnership counted in the year its
    sentence gives, else the year of the report it comes from).

    Partnerships with neither are left out; every year between the first and the last
    appears, with zeros where nothing happened.

    Parameters
    ----------
    G : networkx.Graph
        A projection carrying partnerships (country network or actor–partnership graph).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``year``: one column per link class, then ``total``.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("A", "B", partnerships=[
    ...     {"iri": "p1", "date": "2019-03", "link_class": "south-south"},
    ...     {"iri": "p2", "date": "2021", "link_class": "north-south"}])
    >>> timeline(G)["total"].to_dict()
    {2019: 1, 2020: 0, 2021: 1}
    """
    return records_timeline(partnership_records(G).values())


def records_timeline(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """`timeline` of partnership records (dicts with ``date`` or ``year``, ``link_class``).

    Each record counts once: pass each partnership once (as `partnership_records` does).

    Examples
    --------
    >>> records_timeline([{"date": "2020", "link_class": "triangular"}])["triangular"].to_dict()
    {2020: 1}
    """
    counts: Counter[tuple[int, str]] = Counter()
    for record in records:
        year = _year(record)
        if year is not None:
            counts[(year, record.get("link_class") or "unclassified")] += 1
    classes = _class_columns([Counter(c for _, c in counts)])
    years = sorted({y for y, _ in counts})
    index = pd.Index(range(years[0], years[-1] + 1) if years else [], name="year")
    frame = pd.DataFrame(
        {_snake(c): [counts.get((y, c), 0) for y in index] for c in classes}, index=index
    )
    frame["total"] = frame.sum(axis=1).astype(int)
    return frame
