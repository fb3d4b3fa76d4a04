"""Network analysis of the knowledge graph: projections, metrics, reports and exports.

Dataset → `country_network` / `organization_network` / `actor_partnership_graph` /
`full_network` (NetworkX, via SPARQL) → metrics (plain functions) → `analyze` →
`headline_tables` and `write_report`; `export_graph` writes GraphML, GEXF or CSV.
"""

from kg.analyze.export import export_graph
from kg.analyze.metrics import (
    BETWEENNESS_EXACT_MAX_NODES,
    BETWEENNESS_SAMPLES,
    betweenness,
    brokerage,
    communities,
    degree,
    link_class_shares,
    pagerank,
    timeline,
    weighted_degree,
)
from kg.analyze.projections import (
    actor_partnership_graph,
    country_network,
    ego_network,
    full_network,
    organization_network,
)
from kg.analyze.report import Analysis, analyze, headline_tables, write_report

__all__ = [
    "BETWEENNESS_EXACT_MAX_NODES",
    "BETWEENNESS_SAMPLES",
    "Analysis",
    "actor_partnership_graph",
    "analyze",
    "betweenness",
    "brokerage",
    "communities",
    "country_network",
    "degree",
    "ego_network",
    "export_graph",
    "full_network",
    "headline_tables",
    "link_class_shares",
    "organization_network",
    "pagerank",
    "timeline",
    "weighted_degree",
    "write_report",
]
