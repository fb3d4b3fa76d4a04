"""The analysis of a dataset: every metric as a table, the headline, and the written report.

`analyze` reads the dataset once, projects the country and organization networks and
computes every metric; `headline_tables` picks what the CLI prints; `write_report`
writes Markdown, CSV and JSON per table and PNG charts, atomically and byte-for-byte
reproducibly for the same dataset and seed.
"""

# G, H, M …: NetworkX's and linear algebra's names for graphs and matrices.
# ruff: noqa: N803

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
from rdflib import Dataset

from kg import fileio
from kg.analyze import charts
from kg.analyze.metrics import (
    LINK_CLASSES,
    betweenness_k,
    communities,
    degree,
    link_class_shares,
    matrix_metrics,
    records_timeline,
    weighted_degree,
)
from kg.analyze.projections import (
    GraphModel,
    country_graph,
    load_model,
    organization_graph,
    resolve_node,
)
from kg.memory import paused_gc

#: Rows shown per headline table.
TOP = 10
#: Order of "most central": distinct partners, then partnerships, then PageRank.
CENTRALITY_ORDER = ("degree", "weighted_degree", "pagerank")


@dataclass(frozen=True)
class Analysis:
    """Every metric of one dataset as DataFrames, with the headline numbers in ``summary``.

    ``countries`` (country network) and ``actors`` (organization network, with the
    countries that are partners) are ranked (``rank`` 1 = most central, see
    `CENTRALITY_ORDER`); ``organizations`` is ``actors`` without the countries; ``ego``
    lists the partners of the focus country, when one is given.
    """

    summary: dict[str, Any]
    countries: pd.DataFrame
    organizations: pd.DataFrame
    link_classes: pd.DataFrame
    communities: pd.DataFrame
    timeline: pd.DataFrame
    country_links: pd.DataFrame
    actors: pd.DataFrame
    ego: pd.DataFrame | None = None
    country_graph: nx.Graph = field(default_factory=nx.Graph, repr=False, compare=False)
    organization_graph: nx.Graph = field(default_factory=nx.Graph, repr=False, compare=False)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every metric table by file stem, in report order."""
        found = {
            "countries": self.countries,
            "organizations": self.organizations,
            "actors": self.actors,
            "link_classes": self.link_classes,
            "communities": self.communities,
            "timeline": self.timeline.reset_index(),
            "country_links": self.country_links,
        }
        if self.ego is not None:
            found["ego"] = self.ego
        return found


# ---------------------------------------------------------------- computing


def _node_columns(G: nx.Graph) -> pd.DataFrame:
    rows = []
    for node, data in G.nodes(data=True):
        row = {"id": node, "label": data.get("label"), "type": data.get("type")}
        row["iso3"] = data.get("iso3") if data.get("type") == "Country" else data.get("country")
        row["global_south"] = data.get("global_south")
        rows.append(row)
    columns = ["id", "label", "type", "iso3", "global_south"]
    return pd.DataFrame(rows, columns=columns).astype({"global_south": object})


def metric_table(G: nx.Graph, *, seed: int = 0) -> pd.DataFrame:
    """One row per node with every centrality, community and brokerage metric, ranked."""
    frame = _node_columns(G)
    nodes = list(G)
    degrees = degree(G)
    frame["degree"] = [degrees[n] for n in nodes]
    strengths = weighted_degree(G)
    frame["weighted_degree"] = [strengths[n] for n in nodes]
    between, ranks, brokers = matrix_metrics(G, nodes, seed=seed)
    frame["betweenness"] = [between[n] for n in nodes]
    frame["pagerank"] = [ranks[n] for n in nodes]
    groups = communities(G, seed=seed)
    frame["community"] = [groups[n] for n in nodes]
    for column in ("effective_size", "efficiency", "constraint"):
        frame[column] = brokers[column].to_numpy()
    return _ranked(frame)


def _ranked(frame: pd.DataFrame) -> pd.DataFrame:
    keys = [*CENTRALITY_ORDER, "label", "id"]
    ascending = [False] * len(CENTRALITY_ORDER) + [True, True]
    frame = frame.sort_values(keys, ascending=ascending, kind="mergesort", na_position="last")
    frame.insert(0, "rank", range(1, len(frame) + 1))
    return frame.reset_index(drop=True)


def _link_class_table(G: nx.Graph, countries: pd.DataFrame) -> pd.DataFrame:
    shares = link_class_shares(G)
    base = countries[["id", "label", "iso3", "global_south"]].set_index("id")
    frame = base.join(shares, how="left").reset_index()
    frame = frame.sort_values(["links", "label"], ascending=[False, True], kind="mergesort")
    return frame.reset_index(drop=True)


def _community_table(countries: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for number, members in countries.groupby("community", sort=True):
        rows.append(
            {
                "community": int(number),
                "size": len(members),
                "members": "; ".join(members["label"].astype(str)),
                "iso3": "; ".join(members["iso3"].fillna("").astype(str)),
            }
        )
    return pd.DataFrame(rows, columns=["community", "size", "members", "iso3"])


def _links_table(G: nx.Graph) -> pd.DataFrame:
    rows = []
    for u, v, data in G.edges(data=True):
        a, b = sorted((u, v), key=lambda n: str(G.nodes[n].get("label")))
        rows.append(
            {
                "source": G.nodes[a].get("label"),
                "source_iso3": G.nodes[a].get("iso3"),
                "target": G.nodes[b].get("label"),
                "target_iso3": G.nodes[b].get("iso3"),
                "weight": data.get("weight", 1),
                "mechanisms": "; ".join(data.get("mechanisms", [])),
                "link_classes": "; ".join(data.get("link_classes", [])),
                "years": "; ".join(str(y) for y in data.get("years", [])),
            }
        )
    columns = ["source", "source_iso3", "target", "target_iso3", "weight"]
    columns += ["mechanisms", "link_classes", "years"]
    frame = pd.DataFrame(rows, columns=columns)
    keys = ["weight", "source", "target"]
    return frame.sort_values(keys, ascending=[False, True, True], kind="mergesort").reset_index(
        drop=True
    )


def _ego_table(G: nx.Graph, center: str) -> pd.DataFrame:
    links = _links_table(G.edge_subgraph((center, n) for n in G[center]).copy())
    iso3 = G.nodes[center].get("iso3")
    flip = links["target_iso3"] == iso3
    partner = links["target"].where(~flip, links["source"])
    partner_iso3 = links["target_iso3"].where(~flip, links["source_iso3"])
    frame = links.drop(columns=["source", "source_iso3", "target", "target_iso3"])
    frame.insert(0, "partner_iso3", partner_iso3)
    frame.insert(0, "partner", partner)
    return frame


def _overall_shares(model: GraphModel) -> dict[str, float | None]:
    classes = Counter(
        r.link_class or "unclassified" for r in model.partnerships if len(r.countries) >= 2
    )
    total = sum(classes.values())
    return {c: classes[c] / total if total else None for c in LINK_CLASSES}


def _timeline_records(model: GraphModel) -> list[dict[str, Any]]:
    """What `timeline` reads of each partnership, without building the bipartite graph."""
    return [{"year": r.year, "link_class": r.link_class} for r in model.partnerships]


def _summary(
    model: GraphModel,
    countries: pd.DataFrame,
    actors: pd.DataFrame,
    shares: pd.DataFrame,
    *,
    seed: int,
) -> dict[str, Any]:
    dated = sum(1 for r in model.partnerships if r.date)
    with_year = sum(1 for r in model.partnerships if r.year is not None)
    overall = _overall_shares(model)
    summary: dict[str, Any] = {
        "partnerships": len(model.partnerships),
        "dated_partnerships": dated,
        "partnerships_with_a_year": with_year,
        "countries": len(countries),
        "organizations": sum(1 for a in model.entities.values() if a["type"] == "Organization"),
        "south_south_share_overall": overall["south-south"],
        "link_class_shares_overall": overall,
        "centrality_order": list(CENTRALITY_ORDER),
        "betweenness": _betweenness_note(
            {"country network": len(countries), "organization network": len(actors)}, seed=seed
        ),
        "seed": seed,
        "classification": list(model.classification),
        "most_central_country": None,
    }
    if len(countries):
        summary["most_central_country"] = _country_headline(countries.iloc[0], shares)
    return summary


def _betweenness_note(networks: dict[str, int], *, seed: int) -> str:
    """``exact`` when every network's betweenness is, else how each network's was computed."""
    pivots = {name: betweenness_k(n_nodes) for name, n_nodes in networks.items()}
    if all(k is None for k in pivots.values()):
        return "exact"
    return "; ".join(
        f"{name} exact"
        if k is None
        else f"{name} sampled from k={k} of {networks[name]} nodes (seed {seed})"
        for name, k in pivots.items()
    )


def _country_headline(row: pd.Series, shares: pd.DataFrame) -> dict[str, Any]:
    share_row = shares.set_index("id").loc[row["id"]]
    return {
        "id": row["id"],
        "label": row["label"],
        "iso3": row["iso3"],
        "degree": int(row["degree"]),
        "weighted_degree": int(row["weighted_degree"]),
        "pagerank": float(row["pagerank"]),
        "links": int(share_row["links"]),
        "south_south_links": int(share_row["south_south"]),
        "south_south_share": _clean(share_row["share_south_south"]),
    }


@paused_gc()
def analyze(ds: Dataset, *, country: str | None = None, seed: int = 0) -> Analysis:
    """Project the networks of ``ds`` and compute every metric.

    Parameters
    ----------
    ds : rdflib.Dataset
        The knowledge graph, queried over its union default graph.
    country : str, optional
        ISO3 code (or IRI or label) of a focus country: adds its ego network (``ego``)
        and its headline to ``summary["country"]``. Raises `kg.errors.KgError` if absent.
    seed : int
        Seed of Louvain and of betweenness sampling.
    """
    model = load_model(ds)
    cg = country_graph(model)
    og = organization_graph(model)
    countries = metric_table(cg, seed=seed)
    actors = metric_table(og, seed=seed)
    organizations = actors[actors["type"] == "Organization"].drop(columns=["global_south"])
    organizations = organizations.assign(rank=range(1, len(organizations) + 1))
    shares = _link_class_table(cg, countries)
    summary = _summary(model, countries, actors, shares, seed=seed)
    ego = None
    if country is not None:
        center = resolve_node(cg, country)
        ego = _ego_table(cg, center)
        row = countries[countries["id"] == center].iloc[0]
        summary["country"] = {"rank": int(row["rank"]), **_country_headline(row, shares)}
    return Analysis(
        summary=summary,
        countries=countries,
        organizations=organizations.reset_index(drop=True),
        link_classes=shares,
        communities=_community_table(countries),
        timeline=records_timeline(_timeline_records(model)),
        country_links=_links_table(cg),
        actors=actors,
        ego=ego,
        country_graph=cg,
        organization_graph=og,
    )


# ---------------------------------------------------------------- headline


def _percent(value: object) -> str:
    return "" if _clean(value) is None else f"{100 * float(value):.1f}%"  # type: ignore[arg-type]


def _central(frame: pd.DataFrame, name: str, place: str) -> pd.DataFrame:
    top = frame.head(TOP)
    return pd.DataFrame(
        {
            "rank": top["rank"],
            name: top["label"],
            place: top["iso3"].fillna(""),
            "partners": top["degree"].astype(int),
            "weighted degree": top["weighted_degree"].astype(int),
            "betweenness": top["betweenness"].round(3),
            "pagerank": top["pagerank"].round(3),
        }
    ).reset_index(drop=True)


def _brokers(frame: pd.DataFrame, network: str) -> pd.DataFrame:
    candidates = frame[frame["degree"] >= 2]
    candidates = candidates.sort_values(
        ["effective_size", "constraint", "label"], ascending=[False, True, True], kind="mergesort"
    ).head(TOP // 2)
    return pd.DataFrame(
        {
            "network": network,
            "name": candidates["label"],
            "type": candidates["type"],
            "effective_size": candidates["effective_size"].round(3),
            "constraint": candidates["constraint"].round(3),
            "betweenness": candidates["betweenness"].round(3),
        }
    )


def _stack(*frames: pd.DataFrame) -> pd.DataFrame:
    filled = [f for f in frames if not f.empty]
    return pd.concat(filled, ignore_index=True) if filled else frames[0].reset_index(drop=True)


def _south_south(shares: pd.DataFrame) -> pd.DataFrame:
    top = shares[shares["links"] > 0].head(TOP)
    return pd.DataFrame(
        {
            "country": top["label"],
            "iso3": top["iso3"],
            "links": top["links"].astype(int),
            "south-south": top["south_south"].astype(int),
            "south-south share": top["share_south_south"].map(_percent),
            "north-south share": top["share_north_south"].map(_percent),
            "triangular share": top["share_triangular"].map(_percent),
        }
    ).reset_index(drop=True)


def headline_tables(analysis: Analysis) -> dict[str, pd.DataFrame]:
    """The tables the CLI prints, by title: centrality, brokers, South-South share, communities."""
    tables = {
        "Most central countries": _central(analysis.countries, "country", "iso3"),
        "Most central organizations": _central(analysis.organizations, "organization", "country"),
        "Brokers": _stack(
            _brokers(analysis.countries, "countries"),
            _brokers(analysis.organizations, "organizations"),
        ),
        "South-South share of links": _south_south(analysis.link_classes),
        "Communities of countries": analysis.communities.head(TOP),
    }
    if analysis.ego is not None:
        focus = analysis.summary["country"]
        tables[f"{focus['label']} ({focus['iso3']})"] = _focus(analysis, focus["id"])
        tables[f"Partners of {focus['label']}"] = analysis.ego
    return tables


def _focus(analysis: Analysis, node: str) -> pd.DataFrame:
    """The focus country's rank, centrality, brokerage and link-class shares, one per row."""
    row = analysis.countries.set_index("id").loc[node]
    shares = analysis.link_classes.set_index("id").loc[node]
    record = {
        "rank": int(row["rank"]),
        "partners": int(row["degree"]),
        "weighted degree": int(row["weighted_degree"]),
        "betweenness": _cell(row["betweenness"]),
        "pagerank": _cell(row["pagerank"]),
        "community": int(row["community"]),
        "effective size": _cell(row["effective_size"]),
        "links": int(shares["links"]),
        "south-south share": _percent(shares["share_south_south"]),
        "north-south share": _percent(shares["share_north_south"]),
        "triangular share": _percent(shares["share_triangular"]),
    }
    return pd.DataFrame({"measure": list(record), "value": [str(v) for v in record.values()]})


# ---------------------------------------------------------------- writing


def _clean(value: object) -> Any:
    """JSON-ready scalar: NaN and pandas NA become None, numpy scalars plain Python."""
    if value is None or value is pd.NA:
        return None
    if hasattr(value, "item"):
        value = value.item()  # type: ignore[union-attr]
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 6)
    return value


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: _clean(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _json(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=_clean) + "\n"


def _float_json(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


#: How `json` writes each scalar type of a cleaned table cell, and each key type of a row.
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: json.encoder.encode_basestring,  # type: ignore[attr-defined]
    int: int.__repr__,
    float: _float_json,
    bool: lambda value: "true" if value else "false",
    type(None): lambda value: "null",
}
_KEYS: dict[type, Callable[[Any], str]] = {str: json.encoder.encode_basestring}  # type: ignore[attr-defined]


def _records_json(records: list[dict[str, Any]]) -> str:
    """`_json` of table records, written row by row: json's indented encoder is pure
    Python (0.5 s on the tables of 10,000 reports). Other cells go through `_json`."""
    rows = []
    for record in records:
        try:
            cells = [f"    {_KEYS[type(k)](k)}: {_SCALARS[type(v)](v)}" for k, v in record.items()]
        except KeyError:
            return _json(records)
        rows.append("  {\n" + ",\n".join(cells) + "\n  }" if cells else "  {}")
    return "[\n" + ",\n".join(rows) + "\n]\n" if rows else "[]\n"


def _csv(frame: pd.DataFrame) -> str:
    rounded = frame.apply(lambda col: col.round(6) if col.dtype.kind == "f" else col)
    return rounded.to_csv(index=False, lineterminator="\n")


def _cell(value: object) -> str:
    cleaned = _clean(value)
    if cleaned is None:
        return ""
    if isinstance(cleaned, float):
        return f"{cleaned:.3f}"
    return str(cleaned).replace("|", "\\|").replace("\n", " ")


def markdown_table(frame: pd.DataFrame) -> str:
    """A GitHub-flavoured Markdown table of ``frame`` (no index)."""
    header = "| " + " | ".join(str(c) for c in frame.columns) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    body = ["| " + " | ".join(_cell(v) for v in row) + " |" for row in frame.itertuples(False)]
    return "\n".join([header, rule, *body]) + "\n"


def _citation(described: dict[str, Any]) -> str:
    """``title, version V (issued), <url>`` of a classification or source description."""
    text = described.get("title", described["iri"])
    if "version" in described:
        text += f", version {described['version']}"
    if "issued" in described:
        text += f" ({described['issued']})"
    return text + (f", <{described['url']}>" if "url" in described else "")


def render_markdown(analysis: Analysis, charts_written: Sequence[str] = ()) -> str:
    """The Markdown report: summary, headline tables and charts."""
    s = analysis.summary
    lines = ["# Cooperation network analysis", ""]
    lines += [
        f"- Partnerships: {s['partnerships']} ({s['dated_partnerships']} dated by their "
        f"sentence; {s['partnerships_with_a_year']} with a year, counting the report's date)",
        f"- Countries in the network: {s['countries']}; organizations: {s['organizations']}",
        f"- South-South share of international partnerships: "
        f"{_percent(s['south_south_share_overall']) or 'n/a'}",
        f"- Betweenness: {s['betweenness']}; Louvain seed {s['seed']}",
    ]
    top = s.get("most_central_country")
    if top:
        lines.append(
            f"- Most central country: **{top['label']}** ({top['iso3']}), "
            f"{top['degree']} partner countries, {top['links']} links, "
            f"South-South share {_percent(top['south_south_share']) or 'n/a'}"
        )
    for classification in s["classification"]:
        lines.append(f"- Link classes and country groups: {_citation(classification)}")
        lines += [f"  - derived from {_citation(source)}" for source in classification["sources"]]
    lines.append("")
    for title, table in headline_tables(analysis).items():
        lines += [f"## {title}", "", markdown_table(table)]
    for name in charts_written:
        lines += [f"![{name}]({name})", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


@paused_gc()
def write_report(analysis: Analysis, out_dir: Path) -> list[Path]:
    """Write report.md, summary.json, CSV + JSON per table and PNG charts into ``out_dir``.

    Every file is written atomically (`kg.fileio`); the same analysis gives the same bytes.
    Returns the paths written, sorted.
    """
    out_dir = Path(out_dir)
    written = [fileio.write_text(out_dir / "summary.json", _json(analysis.summary))]
    for stem, frame in analysis.tables().items():
        written.append(fileio.write_text(out_dir / f"{stem}.csv", _csv(frame)))
        written.append(fileio.write_text(out_dir / f"{stem}.json", _records_json(_records(frame))))
    pictures = charts.write_charts(analysis, out_dir)
    written += pictures
    report = render_markdown(analysis, [p.name for p in pictures])
    written.append(fileio.write_text(out_dir / "report.md", report))
    return sorted(written)
