"""PNG charts of an analysis, drawn with matplotlib's Agg canvas (no pyplot, no GUI).

Using `matplotlib.figure.Figure` directly leaves the process-wide backend alone, so the
charts render the same under the CLI, tests and notebooks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator, ScalarFormatter

from kg import fileio

if TYPE_CHECKING:
    from kg.analyze.report import Analysis

#: Colours per link class, stable across charts.
CLASS_COLOURS = {
    "south_south": "#1b9e77",
    "north_south": "#d95f02",
    "triangular": "#7570b3",
    "north_north": "#e7298a",
    "unclassified": "#999999",
}
TOP_COUNTRIES = 10


def _save(fig: Figure, path: Path) -> Path:
    FigureCanvasAgg(fig)
    with fileio.atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", dpi=100, metadata={"Software": None})
    return path


def _integer_axis(axis: Axis) -> None:
    axis.set_major_locator(MaxNLocator(integer=True))
    formatter = ScalarFormatter(useOffset=False)
    formatter.set_scientific(False)
    axis.set_major_formatter(formatter)


def links_by_class_per_year(analysis: Analysis, path: Path) -> Path | None:
    """Stacked bars of new partnerships per year by link class; None when nothing is dated."""
    frame = analysis.timeline.drop(columns=["total"])
    frame = frame.loc[:, frame.sum(axis=0) > 0]
    if frame.empty:
        return None
    fig = Figure(figsize=(8, 4.5))
    ax = fig.add_subplot()
    bottom = np.zeros(len(frame))
    handles = []
    for column in frame.columns:
        values = frame[column].to_numpy(dtype=float)
        colour = CLASS_COLOURS.get(column, "#666666")
        ax.bar(frame.index, values, bottom=bottom, color=colour)
        handles.append(Patch(color=colour, label=column.replace("_", "-")))
        bottom += values
    ax.set_xlabel("year")
    ax.set_ylabel("new partnerships")
    ax.set_title("Partnerships by link class per year (stated, else reported)")
    _integer_axis(ax.xaxis)
    _integer_axis(ax.yaxis)
    ax.legend(handles=handles, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    fig.tight_layout()
    return _save(fig, path)


def top_countries(analysis: Analysis, path: Path) -> Path | None:
    """Horizontal bars of the most central countries: partner countries and partnerships."""
    top = analysis.countries.head(TOP_COUNTRIES).iloc[::-1]
    if top.empty:
        return None
    fig = Figure(figsize=(8, 0.45 * len(top) + 1.5))
    ax = fig.add_subplot()
    y = np.arange(len(top))
    ax.barh(y + 0.2, top["degree"], height=0.4, label="partner countries", color="#1b9e77")
    ax.barh(y - 0.2, top["weighted_degree"], height=0.4, label="partnerships", color="#7570b3")
    ax.set_yticks(y, labels=top["label"].astype(str))
    ax.set_xlabel("count")
    _integer_axis(ax.xaxis)
    ax.set_title("Most central countries")
    ax.legend(frameon=False, loc="lower right")
    fig.tight_layout()
    return _save(fig, path)


def write_charts(analysis: Analysis, out_dir: Path) -> list[Path]:
    """Write every chart that has data to ``out_dir``; returns the paths written."""
    drawn = [
        links_by_class_per_year(analysis, out_dir / "links_by_class_per_year.png"),
        top_countries(analysis, out_dir / "top_countries.png"),
    ]
    return [p for p in drawn if p is not None]
