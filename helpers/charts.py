"""The one chart style every notebook uses.

A chart a reader can trust at a glance: a title that states the finding, labelled axes with units, a source
line naming the article, the colourblind-safe `petroff10` palette, consistent sizes. Every chart is also
saved as a PNG under `reports/figures/` so the README and the HTML report can show it.

    fig, ax = new_chart()
    ax.barh(...)
    finish(fig, ax, title="Russia is the word the article uses most", xlabel="Mentions",
           source="putin-xi-beijing.txt", name="01_top_words")
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .resources import PROJECT_ROOT

FIGURES_DIR = PROJECT_ROOT / "reports" / "figures"
PALETTE: list[str] = list(mpl.style.library["petroff10"]["axes.prop_cycle"].by_key()["color"])
ACCENT, SECOND, THIRD, GREY = PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3]
SIZE = (8.0, 4.8)

GRID = {"color": "#dddddd", "linewidth": 0.6}


def style_axes(ax: Axes) -> Axes:
    """Apply the project's look to one axes: palette, no top/right spines, light grid, readable ticks.

    Styling the axes directly (rather than through `rc_context`) leaves pyplot's global state alone, so
    every chart of a notebook is displayed, not just the first.
    """
    ax.set_prop_cycle(color=PALETTE)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(True, **GRID)
    ax.set_axisbelow(True)
    ax.tick_params(labelsize=9)
    return ax


def new_chart(size: tuple[float, float] = SIZE, **subplot_kw):
    """A figure and its axes (as `plt.subplots` returns them) in the project's style."""
    fig, axes = plt.subplots(figsize=size, layout="constrained", **subplot_kw)
    for ax in np.atleast_1d(axes).ravel():
        style_axes(ax)
    return fig, axes


def finish(
    fig: Figure,
    ax: Axes,
    *,
    title: str,
    source: str,
    xlabel: str | None = None,
    ylabel: str | None = None,
    name: str | None = None,
    note: str | None = None,
) -> Figure:
    """Title (the finding), axis labels, the source line; save as reports/figures/<name>.png."""
    ax.set_title(title, loc="left", fontsize=13, fontweight="bold", pad=12)
    if xlabel is not None:
        ax.set_xlabel(xlabel, fontsize=10)
    if ylabel is not None:
        ax.set_ylabel(ylabel, fontsize=10)
    for axes in fig.axes:
        if axes.get_legend() is not None:
            axes.get_legend().set_frame_on(False)
    footer = f"Source: {source}" + (f" · {note}" if note else "")
    fig.text(0.01, 0.005, footer, ha="left", va="bottom", fontsize=8, color="#555555")
    engine = fig.get_layout_engine()
    if engine is not None and hasattr(engine, "set"):
        engine.set(rect=(0, 0.04, 1, 0.96))
    if name:
        save(fig, name)
    return fig


def figures_dir() -> Path:
    """Where charts are saved: $CHART_FIGURES_DIR when set (`make report` on another article uses it, so
    the committed charts of the seed article are not overwritten), else reports/figures/."""
    folder = os.environ.get("CHART_FIGURES_DIR")
    return Path(folder) if folder else FIGURES_DIR


def save(fig: Figure, name: str) -> Path:
    """Save a figure as <figures_dir()>/<name>.png (name made file-safe) and return the path."""
    folder = figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (re.sub(r"[^\w.-]+", "_", name).strip("_") + ".png")
    fig.savefig(path, dpi=150, bbox_inches="tight")
    return path


def barh(
    values: pd.Series,
    *,
    title: str,
    xlabel: str,
    source: str,
    name: str | None = None,
    highlight: int = 0,
    note: str | None = None,
    value_format: str = "{:g}",
) -> Figure:
    """Horizontal bars, largest on top, each labelled with its value; the first `highlight` bars in the accent
    colour and the rest in grey so the eye goes to the finding."""
    values = values.iloc[::-1]  # matplotlib draws the first bar at the bottom
    height = max(2.5, 0.32 * len(values) + 1.4)
    fig, ax = new_chart((SIZE[0], height))
    n = len(values)
    colors = [ACCENT if (highlight == 0 or i >= n - highlight) else GREY for i in range(n)]
    bars = ax.barh([str(i) for i in values.index], values.to_numpy(), color=colors)
    ax.bar_label(bars, labels=[value_format.format(v) for v in values.to_numpy()], padding=3, fontsize=8)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.08)
    return finish(fig, ax, title=title, xlabel=xlabel, source=source, name=name, note=note)
