"""The one chart style every notebook uses.

A chart a reader can trust at a glance: a title that states the finding, labelled axes with units, a source
line naming the article, the colourblind-safe `petroff10` palette, consistent sizes. Every chart is also
saved as a PNG under `reports/figures/` so the README and the HTML report can show it.

    fig, ax = new_chart()
    ax.barh(...)
    finish(fig, ax, title="Russia is the word the article uses most", xlabel="Mentions",
           source="putin-xi-beijing.txt", name="01_top_words")

Speed (a reader reruns cells and moves controls): a chart is rendered once. `save` renders the PNG at
DPI and keeps it on the figure, and in a notebook (`controls.setup_notebook` calls `use_in_notebook`)
that same PNG is what the cell shows, unless the figure changed after saving. No chart needs
`bbox_inches="tight"` (which draws twice): every element is laid out inside the figure. Charts get
fixed margins measured once from their texts (`fit_margins`) instead of constrained layout, which lays
the figure out again before every draw, measuring each tick label twice. Text is laid out and drawn
unhinted (`TEXT_RC`: FreeType's hinting of every glyph is a good part of the cost of a chart's many
labels; unhinted glyphs keep their natural spacing) and with one Agg renderer per pixel size shared
by all charts (`SharedRendererCanvas`): matplotlib caches text metrics per renderer, so a control redrawing
a chart of the same size lays out again only the labels that changed ("redraw only what changed").
"""
from __future__ import annotations

import base64
import contextlib
import io
import math
import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font, RenderMode
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

from helpers.resources import PROJECT_ROOT

FIGURES_DIR = PROJECT_ROOT / "reports" / "figures"
PALETTE: list[str] = list(mpl.style.library["petroff10"]["axes.prop_cycle"].by_key()["color"])
ACCENT, SECOND, THIRD, GREY = PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3]
SIZE = (8.0, 4.8)
# Saved PNGs, which the notebook also shows (at SCREEN_DPI size). 100 like the inline backend: at 150 the
# files are sharper on high-density screens, but each chart costs about a quarter more to render (25 ms).
DPI = 100
SCREEN_DPI = 100  # matplotlib's figure.dpi: the size a chart is shown at, and the DPI of unsaved charts
TICK_LABEL_SIZE = 9
TITLE_PAD = 12  # points between the axes and the title
EDGE = 6 / 72  # inches of white space kept around a chart drawn with fixed margins
PNG_COMPRESSION = 1  # zlib level of the PNGs: fast, files a little larger than at the default 6
PNG_ATTRIBUTE = "_chart_png"  # where `save` keeps the rendered PNG on the figure

GRID = {"color": "#dddddd", "linewidth": 0.6}
# Text settings every chart is measured and drawn with (see the module docstring): unhinted glyphs, about
# a tenth less time per chart of many labels, the look unchanged at 100 dpi (checked side by side).
TEXT_RC = {"text.hinting": "none"}
# News text is full of dollar signs, and matplotlib reads the words between two of them as mathematics
# ("costs Africa between $5 and $7 billion" came out as "between 5and7 billion" in italics): no chart of the
# project writes mathematics, so every text created once the charts are loaded is read as written.
mpl.rcParams["text.parse_math"] = False


# The FreeType calls `_MeasuringRenderer.draw_text` makes as matplotlib 3.11's Agg renderer does (private: with
# another matplotlib that lacks them, text is drawn by matplotlib's own method, only slower).
_GLYPH_API = all(hasattr(FT2Font, name) for name in ("_layout", "_set_transform", "_render_glyph"))


class _MeasuringRenderer(RendererAgg):
    """An Agg renderer whose text measurements are shared by every renderer of the same DPI: a string's
    width, height and descent depend on the string, its font and the DPI only, not on the image size, so
    a chart of a new height (a slider adding bars) does not lay out again the labels drawn before."""

    _metrics: dict[tuple, tuple[float, float, float]] = {}
    _LIMIT = 20_000

    def get_text_width_height_descent(self, s, prop, ismath):
        key = (s, prop, ismath, self.dpi, mpl.rcParams["text.hinting"])
        try:
            return self._metrics[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable font property: measure without remembering
            return super().get_text_width_height_descent(s, prop, ismath)
        if len(self._metrics) >= self._LIMIT:
            self._metrics.clear()
        metrics = super().get_text_width_height_descent(s, prop, ismath)
        # kept under a copy of the font: the caller's FontProperties may change (and with it its hash)
        self._metrics[(s, prop.copy(), ismath, self.dpi, key[-1])] = metrics
        return metrics

    # Drawing text: matplotlib 3.11 lays a string out (`FT2Font._layout`) on every draw and, per glyph,
    # sets the font size and builds the same rotation matrix with numpy again. A string's layout depends
    # on the string, the font, its size, the DPI and the hinting flags only, so it is kept (like the
    # metrics above), and the per-glyph loop does per string what does not change per glyph. The glyphs
    # are rendered and composited exactly as matplotlib does (same transform, same rounding): the PNG
    # bytes are identical (tests/test_charts.py).
    _layouts: dict[tuple, list[tuple]] = {}

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath or not _GLYPH_API:
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        font = self._prepare_font(prop)
        flags = get_hinting_flag()
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        size = prop.get_size_in_points()
        key = (s, font, size, self.dpi, flags, features, language)
        try:
            items = self._layouts.get(key)
        except TypeError:  # unhashable font features: lay out without remembering
            key, items = None, None
        if items is None:
            items = [(item.ft_object, item.glyph_index, item.x, item.y)
                     for item in font._layout(s, flags=flags, features=features, language=language)]
            if key is not None:
                if len(self._layouts) >= self._LIMIT:
                    self._layouts.clear()
                self._layouts[key] = items
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        matrix = (0x10000 * np.array([[cos, -sin], [sin, cos]])).round().astype(int)
        antialiased = gc.get_antialiased()
        mode = RenderMode.NORMAL if antialiased else RenderMode.MONO
        top, sized = self.height - y, None
        for glyph_font, glyph, dx, dy in items:  # dy is upwards, FreeType's y too
            if glyph_font is not sized:  # a fallback font may supply some glyphs
                glyph_font.set_size(size, self.dpi)
                sized = glyph_font
            glyph_font._set_transform(matrix, [round(0x40 * (x + dx * cos - dy * sin)),
                                               round(0x40 * (top + dx * sin + dy * cos))])
            bitmap = glyph_font._render_glyph(glyph, flags, mode)
            buffer = bitmap.buffer
            if not antialiased:
                buffer *= 0xff
            self._renderer.draw_text_image(buffer, bitmap.left, int(self.height) - bitmap.top + buffer.shape[0], 0, gc)


class SharedRendererCanvas(FigureCanvasAgg):
    """An Agg canvas drawing on a renderer shared by every chart of the same pixel size and DPI.

    matplotlib keeps text metrics per renderer instance; a new figure's own renderer starts with none, so
    each redraw of a control would lay out its unchanged labels again. Charts are drawn one at a time
    (notebook cells and widget callbacks run on the kernel's main thread), so sharing is safe; the bytes
    of a drawing are read (PNG) before the next chart draws.
    """

    _renderers: dict[tuple[int, int, float], RendererAgg] = {}
    _LIMIT = 16  # pixel sizes kept (about 1.5 MB each for an 800 x 480 chart)

    def get_renderer(self) -> RendererAgg:
        width, height = self.get_width_height(physical=True)
        key = (width, height, self.figure.dpi)
        renderer = self._renderers.get(key)
        if renderer is None:
            if len(self._renderers) >= self._LIMIT:
                self._renderers.pop(next(iter(self._renderers)))
            renderer = self._renderers[key] = _MeasuringRenderer(width, height, self.figure.dpi)
        self.renderer, self._lastKey = renderer, key
        return renderer

    # Every way this canvas draws (a notebook's display, savefig to PNG or another raster format) draws
    # with TEXT_RC, the settings `finish` measured the texts with.
    def draw(self) -> None:
        with mpl.rc_context(TEXT_RC):
            super().draw()

    def _print_pil(self, *args, **kwargs) -> None:
        with mpl.rc_context(TEXT_RC):
            super()._print_pil(*args, **kwargs)


def close(fig: Figure) -> None:
    """Take a figure out of pyplot (so a notebook shows it only where it is displayed, once) and keep it
    drawing on the shared renderer: pyplot's close gives a figure a bare canvas, on which every later
    savefig builds a fresh Agg canvas and renderer (a third more time per redraw of a control)."""
    shared = isinstance(fig.canvas, SharedRendererCanvas)
    plt.close(fig)
    if shared and not isinstance(fig.canvas, SharedRendererCanvas):
        SharedRendererCanvas(fig)


def text_style(fig: Figure):
    """The rc settings a figure's texts are measured with: TEXT_RC on the charts' own canvas, which draws
    with them; matplotlib's own settings on any other canvas (an interactive backend's)."""
    return mpl.rc_context(TEXT_RC) if isinstance(fig.canvas, SharedRendererCanvas) else contextlib.nullcontext()


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
    ax.tick_params(labelsize=TICK_LABEL_SIZE)
    return ax


def new_chart(size: tuple[float, float] = SIZE, layout: str | None = None, **subplot_kw):
    """A figure and its axes (as `plt.subplots` returns them) in the project's style.

    By default (layout None) `finish` fits fixed margins once (`fit_margins`), so the chart is drawn once
    and never laid out again; "constrained" asks for matplotlib's constrained layout instead.
    """
    fig, axes = plt.subplots(figsize=size, layout=layout, **subplot_kw)
    if type(fig.canvas) is FigureCanvasAgg:  # not an interactive backend's canvas (ipympl and the like)
        SharedRendererCanvas(fig)  # pyplot's manager keeps its own canvas: closing the figure works as before
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
    with text_style(fig):  # measured as it will be drawn
        engine = fig.get_layout_engine()
        # With fixed margins the title is pinned above the axes (y=1): matplotlib would otherwise measure
        # every y tick label on each draw to see whether the title must move up.
        heading = ax.set_title(title, loc="left", fontsize=13, fontweight="bold", pad=TITLE_PAD,
                               y=1.0 if engine is None else None)
        wrap_to(heading, fig.bbox.width - 2 * EDGE * fig.dpi)
        if xlabel is not None:
            ax.set_xlabel(xlabel, fontsize=10)
        if ylabel is not None:
            ax.set_ylabel(ylabel, fontsize=10)
        for axes in fig.axes:
            if axes.get_legend() is not None:
                axes.get_legend().set_frame_on(False)
        footer = source_line(fig, f"Source: {source}" + (f" · {note}" if note else ""))
        if engine is None:
            fit_margins(fig, heading)
        elif hasattr(engine, "set"):
            bottom = max(0.04, (footer.get_window_extent().y1 / fig.dpi + 0.03) / fig.get_figheight())
            engine.set(rect=(0, bottom, 1, 1 - bottom))
    if name:
        save(fig, name)
    return fig


def source_line(fig: Figure, text: str) -> Text:
    """The grey source line at the bottom left, wrapped when wider than the figure."""
    footer = fig.text(0.01, 0.005, text, ha="left", va="bottom", fontsize=8, color="#555555")
    return wrap_to(footer, fig.bbox.width * 0.98)


def wrap_to(text: Text, room: float) -> Text:
    """Wrap a text onto more lines when it is wider than `room` pixels (charts are saved without a tight
    bounding box, which would widen the image to fit it instead)."""
    figure = text.get_figure(root=True)
    renderer = figure.canvas.get_renderer()
    needed = _inches(text, renderer)[0] * figure.dpi
    if needed <= room:
        return text
    lines = text.get_text().splitlines()
    width = max(10, int(max(len(line) for line in lines) * room / needed))
    # Characters differ in width: wrap at the proportional width, then narrower until it fits.
    while True:
        text.set_text("\n".join(textwrap.fill(line, width=width) for line in lines))
        if width <= 10 or _inches(text, renderer)[0] * figure.dpi <= room:
            return text
        width -= max(1, width // 20)


def figures_dir() -> Path:
    """Where charts are saved: $CHART_FIGURES_DIR when set (`make report` on another article uses it, so
    the committed charts of the seed article are not overwritten), else reports/figures/."""
    folder = os.environ.get("CHART_FIGURES_DIR")
    return Path(folder) if folder else FIGURES_DIR


def save(fig: Figure, name: str) -> Path:
    """Save a figure as <figures_dir()>/<name>.png (name made file-safe) and return the path.

    The PNG is kept on the figure, so a notebook shows it without rendering the chart again
    (`notebook_png`); the figure is marked fresh, and any later change to it marks it stale again.
    """
    folder = figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (re.sub(r"[^\w.-]+", "_", name).strip("_") + ".png")
    png = render_png(fig, DPI)
    path.write_bytes(png)
    setattr(fig, PNG_ATTRIBUTE, png)
    fig.stale = False
    return path


def render_png(fig: Figure, dpi: float = DPI) -> bytes:
    """The figure as PNG bytes, drawn once (everything is laid out inside the figure: no tight bbox).

    zlib level 1 instead of 6: a tenth less time per chart for files about 8% larger.
    """
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, pil_kwargs={"compress_level": PNG_COMPRESSION})
    return buffer.getvalue()


def notebook_png(fig: Figure) -> tuple[str, dict[str, int]] | None:
    """What a notebook shows for a figure: (base64 PNG, its display size in pixels at SCREEN_DPI).

    A figure saved by `save` and unchanged since shows the saved PNG (rendered once); any other figure
    is rendered at SCREEN_DPI. None for a figure with nothing in it, as IPython does.
    """
    if not fig.axes and not fig.lines:
        return None
    png = getattr(fig, PNG_ATTRIBUTE, None)
    dpi = DPI
    if png is None or fig.stale:
        png, dpi = render_png(fig, SCREEN_DPI), SCREEN_DPI
        if SCREEN_DPI == DPI:  # kept, so showing the same figure again (a control's earlier state) is free
            setattr(fig, PNG_ATTRIBUTE, png)
            fig.stale = False
    width, height = png_size(png)
    scale = SCREEN_DPI / dpi
    return base64.b64encode(png).decode("ascii"), {"width": round(width * scale), "height": round(height * scale)}


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels, read from the PNG's header (IHDR chunk)."""
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def use_in_notebook(shell) -> None:
    """Make an IPython shell show figures through `notebook_png` (after `%matplotlib inline`, which
    installs its own PNG formatter: call this after it)."""
    shell.display_formatter.formatters["image/png"].for_type(Figure, notebook_png)


def fit_margins(fig: Figure, title: Text | None = None) -> None:
    """Place a figure's grid of axes so the tick labels, axis labels, value labels, title and source line
    fit inside the figure and beside each other, from the sizes of those texts measured once.

    Constrained layout finds the same margins, but on every draw and measuring each tick label twice:
    most of the time of drawing a chart with many bars. A `title` (left-aligned on its axes) too long for
    the space right of the axes' left edge is moved left until it fits.
    """
    renderer = fig.canvas.get_renderer()
    width, height = fig.get_size_inches()
    grid = [ax for ax in fig.axes if ax.get_subplotspec() is not None]
    rows, cols = grid[0].get_subplotspec().get_gridspec().get_geometry()
    sizes = {ax: decorations(ax, renderer) for ax in grid}

    def widest(side: str, where) -> float:
        return max((getattr(sizes[ax], side) for ax in grid if where(ax.get_subplotspec())), default=0.0)

    title_height = _inches(title, renderer)[1] if title is not None else 0.0
    footer = max((_inches(text, renderer)[1] + text.get_position()[1] * height for text in fig.texts), default=0.0)
    left = EDGE + widest("left", lambda spec: spec.colspan.start == 0)
    right = EDGE + widest("right", lambda spec: spec.colspan.stop == cols)
    bottom = footer + EDGE + widest("bottom", lambda spec: spec.rowspan.stop == rows)
    top = EDGE + title_height + TITLE_PAD / 72 + widest("top", lambda spec: spec.rowspan.start == 0)
    # Between neighbours: what sticks out of the one on the left (above) plus what sticks out of the next.
    column_gap = max((widest("right", lambda spec, c=c: spec.colspan.stop == c)
                      + widest("left", lambda spec, c=c: spec.colspan.start == c) for c in range(1, cols)),
                     default=0.0) + EDGE
    row_gap = max((widest("bottom", lambda spec, r=r: spec.rowspan.stop == r)
                   + widest("top", lambda spec, r=r: spec.rowspan.start == r) for r in range(1, rows)),
                  default=0.0) + EDGE

    def place(right: float) -> None:
        axes_width = (width - left - right - (cols - 1) * column_gap) / cols
        axes_height = (height - top - bottom - (rows - 1) * row_gap) / rows
        fig.subplots_adjust(left=left / width, right=1 - right / width, bottom=bottom / height,
                            top=1 - top / height, wspace=column_gap / axes_width, hspace=row_gap / axes_height)

    place(right)
    # Value labels beside the bars (`bar_label`) may reach past the right edge: widen the margin for them.
    overflow = max((_right_edge(text, renderer) / fig.dpi - (width - EDGE)
                    for ax in grid for text in _rightmost(ax.texts)), default=0.0)
    if overflow > 0:
        right += overflow
        place(right)
    if title is not None:
        axes = title.axes
        start = axes.get_position().x0 * width
        title_width = _inches(title, renderer)[0]
        if start + title_width > width - EDGE:
            axes_width = axes.get_position().width * width
            title.set_x(max(EDGE - start, width - EDGE - start - title_width) / axes_width)


@dataclass(frozen=True)
class Decorations:
    """How far an axes' tick labels and axis labels reach beyond each side of it, in inches."""

    left: float
    right: float
    bottom: float
    top: float


def decorations(ax: Axes, renderer) -> Decorations:
    """What sticks out of an axes: its y tick labels and label on the left (when shown: shared axes hide
    them), its x tick labels and label below, half its last x tick label on the right."""
    points = 1 / 72
    tick_space = (mpl.rcParams["ytick.major.size"] + mpl.rcParams["ytick.major.pad"]) * points
    label_space = mpl.rcParams["axes.labelpad"] * points
    y_params, x_params = ax.yaxis.get_tick_params(), ax.xaxis.get_tick_params()
    y_labels = _tick_labels(ax.yaxis) if y_params.get("labelleft", True) else []
    x_labels = _tick_labels(ax.xaxis) if x_params.get("labelbottom", True) else []
    y_width = max((_measure(ax.figure, label, y_params, renderer)[0] for label in _longest(y_labels)), default=0.0)
    x_height = max((_measure(ax.figure, label, x_params, renderer)[1] for label in x_labels), default=0.0)
    last_x = _measure(ax.figure, x_labels[-1], x_params, renderer)[0] if x_labels else 0.0
    ylabel, xlabel = _inches(ax.yaxis.label, renderer)[0], _inches(ax.xaxis.label, renderer)[1]
    return Decorations(
        left=(y_width + tick_space if y_labels else 0.0) + (ylabel + label_space if ylabel else 0.0),
        right=last_x / 2,
        bottom=(x_height + tick_space if x_labels else 0.0) + (xlabel + label_space if xlabel else 0.0),
        top=0.0,
    )


MEASURED = 10  # y tick labels measured per axis: the longest ones (a redraw measures these, not all 40)


def _longest(labels: list[str]) -> list[str]:
    """The labels likely to be widest: the longest in characters (measuring each of 40 tick labels is
    most of the cost of laying out a chart; in one font the widest label is among the longest few)."""
    return sorted(set(labels), key=lambda label: max(map(len, label.splitlines() or [""])), reverse=True)[:MEASURED]


def _rightmost(texts: list[Text]) -> list[Text]:
    """The value labels that may reach furthest right: those anchored furthest right and the longest."""
    def anchor(text: Text) -> float:
        position = getattr(text, "xy", None) or text.get_position()
        try:
            return float(position[0])
        except (TypeError, ValueError):
            return 0.0

    texts = list(texts)
    if len(texts) <= 2 * MEASURED:
        return texts
    far = sorted(texts, key=anchor, reverse=True)[:MEASURED]
    long = sorted(texts, key=lambda text: len(text.get_text()), reverse=True)[:MEASURED]
    return list(dict.fromkeys(far + long))


def _right_edge(text: Text, renderer) -> float:
    """Where a text ends on the right, in pixels. A value label of `bar_label` (left-aligned, a few points
    right of its bar's end) is placed from its anchor and its remembered width, without laying it out."""
    from matplotlib.text import Annotation

    if (isinstance(text, Annotation) and text.get_anncoords() == "offset points" and text.get_ha() == "left"
            and text.get_rotation() == 0 and text.xycoords == "data"):
        anchor = text.axes.transData.transform(text.xy)[0]
        offset = text.xyann[0] * text.get_figure(root=True).dpi / 72
        return anchor + offset + _inches(text, renderer)[0] * text.get_figure(root=True).dpi
    return text.get_window_extent(renderer).x1


def _tick_labels(axis) -> list[str]:
    """The labels of the major ticks inside the view (the ones drawn), formatted as they will be."""
    low, high = sorted(axis.get_view_interval())
    locations = [x for x in axis.get_majorticklocs() if low - 1e-9 <= x <= high + 1e-9]
    return axis.get_major_formatter().format_ticks(locations)


def _measure(fig: Figure, label: str, params: dict, renderer) -> tuple[float, float]:
    """Width and height in inches of a tick label in its axis' font size."""
    fontsize = params.get("labelsize", TICK_LABEL_SIZE)
    key = ("tick", label, float(fontsize), mpl.rcParams["font.family"][0], fig.dpi, mpl.rcParams["text.hinting"])
    if key not in _SIZES:
        _remember(key, _measured(Text(text=label, figure=fig, fontsize=fontsize), renderer))
    return _SIZES[key]


def _inches(text: Text, renderer) -> tuple[float, float]:
    """Width and height of a text in inches (0, 0 when empty or hidden), remembered by its string and font:
    a control redrawing a chart measures again only the labels it has not drawn before."""
    if not text.get_text() or not text.get_visible():
        return 0.0, 0.0
    key = (text.get_text(), float(text.get_fontsize()), str(text.get_fontweight()), str(text.get_rotation()),
           str(text.get_linespacing()), text.get_fontfamily()[0], text.get_figure(root=True).dpi,
           mpl.rcParams["text.hinting"])
    if key not in _SIZES:
        _remember(key, _measured(text, renderer))
    return _SIZES[key]


_SIZES: dict[tuple, tuple[float, float]] = {}
_SIZES_LIMIT = 20_000


def _remember(key: tuple, size: tuple[float, float]) -> None:
    if len(_SIZES) >= _SIZES_LIMIT:
        _SIZES.clear()
    _SIZES[key] = size


def _measured(text: Text, renderer) -> tuple[float, float]:
    box = text.get_window_extent(renderer)
    dpi = text.get_figure(root=True).dpi
    return box.width / dpi, box.height / dpi


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
    integer: bool = False,
) -> Figure:
    """Horizontal bars, largest on top, each labelled with its value; the first `highlight` bars in the accent
    colour and the rest in grey so the eye goes to the finding. `integer`: whole-number ticks (counts).

    Drawn with fixed margins (`fit_margins`): the slider charts redraw in a fraction of the time."""
    values = values.iloc[::-1]  # matplotlib draws the first bar at the bottom
    height = max(2.5, 0.32 * len(values) + 1.4)
    fig, ax = new_chart((SIZE[0], height))
    n = len(values)
    colors = [ACCENT if (highlight == 0 or i >= n - highlight) else GREY for i in range(n)]
    bars = ax.barh([str(i) for i in values.index], values.to_numpy(), color=colors)
    ax.bar_label(bars, labels=[value_format.format(v) for v in values.to_numpy()], padding=3, fontsize=8)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.08)
    if integer:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return finish(fig, ax, title=title, xlabel=xlabel, source=source, name=name, note=note)
