"""The one chart style (helpers/views/charts.py): fixed margins that fit, one render per saved chart."""
from __future__ import annotations

import base64
import io

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 - after choosing the backend

from helpers.views import charts  # noqa: E402


@pytest.fixture(autouse=True)
def figures_in_tmp(tmp_path, monkeypatch):
    monkeypatch.setattr(charts, "FIGURES_DIR", tmp_path)
    yield
    plt.close("all")


def inside(fig) -> list[str]:
    """Texts drawn outside the figure (each named), after a draw: empty when everything fits. Measured with
    the text settings the figure is drawn with (`charts.text_style`)."""
    with charts.text_style(fig):
        return _outside(fig)


def _outside(fig) -> list[str]:
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    box = fig.bbox
    outside = []
    texts = list(fig.texts)
    for ax in fig.axes:
        texts += [ax.title, ax._left_title, ax.xaxis.label, ax.yaxis.label, *ax.texts]
        texts += drawn_tick_labels(ax.xaxis) + drawn_tick_labels(ax.yaxis)
    for text in texts:
        if not text.get_visible() or not text.get_text():
            continue
        extent = text.get_window_extent(renderer)
        if extent.x0 < box.x0 - 1 or extent.x1 > box.x1 + 1 or extent.y0 < box.y0 - 1 or extent.y1 > box.y1 + 1:
            outside.append(text.get_text()[:30])
    return outside


def drawn_tick_labels(axis) -> list:
    """The tick labels matplotlib draws: those of ticks inside the view (it makes a few more)."""
    low, high = sorted(axis.get_view_interval())
    return [tick.label1 for tick in axis.get_major_ticks() if low - 1e-9 <= tick.get_loc() <= high + 1e-9]


BARS = {
    "short labels": pd.Series({"a": 3, "b": 2, "c": 1}),
    "long labels": pd.Series({"the Ministry of Foreign Affairs of the People's Republic": 12, "Xi": 3}),
    "forty bars": pd.Series({f"word{i}": 50 - i for i in range(40)}),
    "huge values": pd.Series({"$240.1bn": 240_100_000_000.0, "$18bn": 18_000_000_000.0}),
    "money sign labels": pd.Series({"$18bn (£14bn)": 18.0, "$240.1bn and $3bn": 240.0}),
}


@pytest.mark.parametrize("values", BARS.values(), ids=BARS.keys())
@pytest.mark.parametrize("title", [
    "Short finding",
    "A very long finding that runs on and on across the whole width of the chart and further still",
], ids=["short title", "long title"])
def test_barh_fits_every_text_inside_the_figure(values, title):
    fig = charts.barh(values, title=title, xlabel="Occurrences", source="article.txt",
                      note="a note that is rather long, to see the source line fit as well")
    assert fig.get_layout_engine() is None  # fixed margins: nothing re-measured on a redraw
    assert inside(fig) == []
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    labels_right = max(t.get_window_extent(renderer).x1 for t in ax.get_yticklabels() if t.get_text())
    assert labels_right <= ax.get_window_extent(renderer).x0  # labels left of the axes, not over the bars


def test_source_line_wraps_when_wider_than_the_figure():
    fig, ax = charts.new_chart((4.0, 3.0))
    ax.plot([0, 1], [0, 1])
    charts.finish(fig, ax, title="A line", source="a-long-article-name.txt", note="word " * 40)
    assert "\n" in fig.texts[0].get_text()
    assert inside(fig) == []


@pytest.mark.parametrize("layout", ["constrained", None], ids=["constrained layout", "fixed margins"])
def test_saved_chart_is_shown_from_its_saved_png_until_it_changes(tmp_path, layout):
    fig, ax = charts.new_chart(layout=layout)
    ax.barh(["a", "b"], [1, 2])
    charts.finish(fig, ax, title="B is longer", source="x.txt", name="00_test chart")
    saved = (tmp_path / "00_test_chart.png").read_bytes()
    data, size = charts.notebook_png(fig)
    assert base64.b64decode(data) == saved  # rendered once, shown as saved
    width, height = charts.png_size(saved)
    assert (width, height) == (round(charts.SIZE[0] * charts.DPI), round(charts.SIZE[1] * charts.DPI))
    assert size == {"width": round(width * charts.SCREEN_DPI / charts.DPI),
                    "height": round(height * charts.SCREEN_DPI / charts.DPI)}
    ax.set_xlabel("changed after saving")
    data, size = charts.notebook_png(fig)
    fresh = base64.b64decode(data)
    assert fresh != saved and charts.png_size(fresh) == (size["width"], size["height"])


def test_an_empty_figure_shows_nothing():
    assert charts.notebook_png(plt.figure()) is None


@pytest.mark.parametrize("grid", [
    {"nrows": 2, "squeeze": False},
    {"ncols": 2, "sharey": True, "squeeze": False},
    {"ncols": 2, "sharey": True, "squeeze": False, "gridspec_kw": {"width_ratios": [3, 1.3]}},
], ids=["two rows", "two columns sharing y", "unequal columns"])
def test_a_grid_of_axes_fits_and_neighbours_do_not_overlap(grid):
    fig, axes = charts.new_chart((8.0, 5.0), **grid)
    for ax in axes.ravel():
        bars = ax.barh(["a long label for a bar", "short"], [123456, 7])
        ax.bar_label(bars, labels=["123,456", "7"], fontsize=8)
        ax.set_xlabel("Amount (a label below each panel)")
    charts.finish(fig, axes[0, 0], title="A finding", source="x.txt")
    assert inside(fig) == []
    renderer = fig.canvas.get_renderer()
    first, second = axes.ravel()
    if "nrows" in grid:  # the upper panel's x axis label stays above the lower panel
        assert first.xaxis.label.get_window_extent(renderer).y0 >= second.get_window_extent(renderer).y1
    else:  # the left panel's last x tick label stays left of the right panel
        last = drawn_tick_labels(first.xaxis)[-1].get_window_extent(renderer)
        assert last.x1 <= second.get_window_extent(renderer).x0


def _pixels(png: bytes):
    from PIL import Image
    return Image.open(io.BytesIO(png)).convert("RGBA").tobytes()


def test_charts_sharing_a_renderer_draw_exactly_what_a_fresh_canvas_draws():
    """Two charts of one size share one Agg renderer (and its text metrics): the second must carry nothing of
    the first, pixel for pixel, and closing a chart in pyplot keeps it on the shared canvas."""
    import matplotlib as mpl
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    first = charts.barh(pd.Series([5, 3], index=["alpha", "beta"]), title="First", xlabel="n", source="a.txt")
    second = charts.barh(pd.Series([2, 9], index=["gamma", "delta"]), title="Second", xlabel="n", source="b.txt")
    assert first.get_size_inches().tolist() == second.get_size_inches().tolist()
    charts.render_png(first)
    charts.close(second)
    assert isinstance(second.canvas, charts.SharedRendererCanvas)
    shared = charts.render_png(second)
    assert second.canvas.get_renderer() is first.canvas.get_renderer()
    FigureCanvasAgg(second)  # a canvas of its own, as matplotlib gives a figure
    with mpl.rc_context(charts.TEXT_RC):
        fresh = charts.render_png(second)
    assert _pixels(shared) == _pixels(fresh)


@pytest.mark.parametrize("text_kw", [
    {},                                     # plain, left to right
    {"rotation": 90},                       # an axis title on its side
    {"rotation": 33, "fontsize": 15},       # any angle, another size
    {"antialiased": False},                 # monochrome glyphs
    {"fontweight": "bold", "color": "#3b8ed8"},
    {"text": "$x^2$ and G²", "parse_math": True},  # mathtext (asked for) goes matplotlib's own way
])
def test_text_drawn_through_the_kept_layouts_matches_matplotlib_pixel_for_pixel(text_kw):
    """The shared renderer keeps each string's layout and draws its glyphs with the per-string work done
    once: the image must be matplotlib's own, pixel for pixel, the first time and when the layout is
    reused (a second identical chart)."""
    import matplotlib as mpl
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    kw = dict(text_kw)
    words = kw.pop("text", "Wörter, مشاركة and 1,234.5")

    def chart():
        fig, ax = charts.new_chart((4, 3))
        ax.text(0.1, 0.5, words, **kw)
        ax.text(0.2, 0.2, words, **kw)  # the same string again, at another sub-pixel position
        ax.set_ylabel("Mentions")
        charts.close(fig)
        return fig

    ours = [charts.render_png(chart()) for _ in range(2)]
    theirs = chart()
    FigureCanvasAgg(theirs)
    with mpl.rc_context(charts.TEXT_RC):
        reference = charts.render_png(theirs)
    plt.close("all")
    assert _pixels(ours[0]) == _pixels(reference)
    assert _pixels(ours[1]) == _pixels(reference)
