"""The whole job in one call: extractions → graph → validation → files, analysis and page.

The CLI's `kg build` and the notebooks call this, so both produce the same outputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.types import Extraction

VIEWS = ("countries", "organizations", "full")


@dataclass(frozen=True)
class BuildResult:
    """What a build produced: the dataset, its counts and the files written."""

    dataset: Any
    stats: dict[str, Any]
    written: tuple[Path, ...]


def build_outputs(
    extractions: Sequence[Extraction],
    out_dir: Path,
    *,
    store: str = "memory",
    validate: bool = True,
) -> BuildResult:
    """Model, validate and write the graph (TriG + Turtle), extraction JSON, report and page."""
    from kg.analyze import analyze, write_report
    from kg.rdf import dataset_stats, serialize, to_dataset
    from kg.viz import write_html

    dataset = to_dataset(extractions, store=store)
    if validate:
        check_conforms(dataset)
    out_dir = Path(out_dir)
    written = [
        serialize(dataset, out_dir / "graph.trig", "trig"),
        serialize(dataset, out_dir / "graph.ttl", "turtle"),
        write_extractions(extractions, out_dir / "extractions.json"),
        write_html(network_for_view(dataset, "countries"), out_dir / "graph.html"),
    ]
    written += write_report(analyze(dataset), out_dir / "analysis")
    return BuildResult(dataset, dataset_stats(dataset), tuple(written))


def check_conforms(dataset: Any) -> None:
    """Raise KgError, with the SHACL report as details, when the graph breaks the shapes."""
    from kg.validate import validate

    result = validate(dataset)
    if not result.conforms:
        raise KgError(
            f"the graph breaks the SHACL shapes ({result.violations} violations); nothing written",
            details=result.text,
        )


def write_extractions(extractions: Iterable[Extraction], path: Path) -> Path:
    """Write the `kg extract --format json` records of ``extractions`` to ``path``."""
    import json

    from kg.extract import extraction_record
    from kg.fileio import write_text

    records = [extraction_record(ext) for ext in extractions]
    return write_text(path, json.dumps(records, ensure_ascii=False, indent=1) + "\n")


def network_for_view(dataset: Any, view: str = "countries", country: str | None = None) -> nx.Graph:
    """The network a page shows: countries, organizations or everything, optionally one ego."""
    from kg import analyze

    projections = {
        "countries": analyze.country_network,
        "organizations": analyze.organization_network,
        "full": analyze.full_network,
    }
    if view not in projections:
        raise KgError(f"unknown view {view!r}: use {', '.join(VIEWS)}")
    network = projections[view](dataset)
    if country is None:
        return network
    return analyze.ego_network(network, country)
