"""Benchmark 5, interaction: a control change to a redrawn chart, as a ratio to a bare matplotlib chart.

For every control in `benchmarks/registry.py` (and every `*_view` function it discovers), the plain
function the widget wraps is called with each control state in turn and what it returns is rendered as the
notebook shows it: a figure to PNG bytes (`charts.notebook_png`, what the cell's output carries), a table
to HTML. Beside each state, in the same run, a bare matplotlib chart of the same size is drawn: the same
figure size and panels and the same number of bars or tick marks (`plt.subplots`, `ax.barh` or
`ax.vlines`, a title, `fig.savefig` to PNG, nothing else). The figure is the ratio control / bare (target <= 1.3x): a slow or busy machine slows
both sides alike, where a fixed budget in milliseconds would pass on one machine and fail on another. The
milliseconds are printed as information; controls that draw no chart (a table, a list of quotations:
a few milliseconds) are listed with their milliseconds only (a bare `DataFrame.to_html` is printed beside
them, but a ratio of two times under 10 ms measures noise).

The Document is opened once through `helpers.views.notebook.open_document`, as a notebook does, and every
control is called once at its first state before timing (the notebook has already drawn it). Each state is
timed `--repeat` times, alternating control and bare chart, and counts as the slower of its first call
(a control may cache what it drew, but a reader choosing a value for the first time waits for the uncached
call) and the median; a control's figure is its slowest state, in CPU time (other sessions' work on a
shared machine adds wall time a reader on their own machine would not wait for).
"""
from __future__ import annotations

import contextlib
import importlib
import inspect
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import Result, log, machine_line, print_results
from benchmarks.registry import REGISTRY, SKIP_DISCOVERY, Interaction

DEFAULT_ARTICLE = "data/articles/putin-xi-beijing.txt"
TARGET_RATIO = 1.3


def resolve(target: str) -> Callable[..., Any] | None:
    """The function named "module:function", or None when it does not exist (yet)."""
    module_name, _, function_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    function = getattr(module, function_name, None)
    return function if callable(function) else None


def discovered(known: set[str]) -> list[Interaction]:
    """`*_view` functions of any helpers module, callable with the Document alone, not in the registry."""
    import pkgutil

    import helpers

    found = []
    for info in pkgutil.walk_packages(helpers.__path__, "helpers."):
        if info.name in SKIP_DISCOVERY:
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception as error:  # noqa: BLE001 - a module being written may not import; the tests say so
            log(f"interaction: skipping {info.name} ({type(error).__name__})")
            continue
        for name, function in vars(module).items():
            target = f"{info.name}:{name}"
            if (not name.endswith("_view") or name.startswith("_") or target in known
                    or not inspect.isfunction(function) or function.__module__ != info.name):
                continue
            parameters = list(inspect.signature(function).parameters.values())[1:]
            if all(p.default is not p.empty or p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL) for p in parameters):
                found.append(Interaction(f"{name} (discovered, defaults)", target))
    return found


def clear_view_caches() -> None:
    """Empty the caches of drawn views (`functools` caches in helpers.views: a control shows a state it
    drew before at once); the analysed Document and its tables stay cached, as in a notebook."""
    for name, module in list(sys.modules.items()):
        if name.startswith("helpers.views") and module is not None:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def figures_of(result: Any) -> list:
    """The matplotlib figures a control's result shows (a Figure, or an object with a `.figure`)."""
    from matplotlib.figure import Figure

    figures = [result] if isinstance(result, Figure) else []
    figure = getattr(result, "figure", None)
    if isinstance(figure, Figure) and figure is not result:  # a Figure's `.figure` is the figure itself
        figures.append(figure)
    return figures


def tables_of(result: Any) -> list:
    return [t for t in (result, getattr(result, "table", None)) if hasattr(t, "_repr_html_")]


def draw(result: Any) -> int:
    """Render what a control returns as the notebook shows it; returns how many figures were rendered.

    Figures become the PNG bytes the cell output carries (`charts.notebook_png`); a table or HTML object
    is rendered to HTML."""
    from helpers.views import charts

    figures = figures_of(result)
    for fig in figures:
        charts.notebook_png(fig)
    for table in tables_of(result):
        table._repr_html_()
    return len(figures)


def bare_shape(result: Any) -> dict[str, Any]:
    """What a bare equivalent of a control's output must draw: for each figure its size, its grid of
    panels, and per panel its bars' labels (or, for a panel of tick marks such as a dispersion plot, the
    number of marks); for each table its frame."""
    from matplotlib.patches import Rectangle

    shapes = []
    for fig in figures_of(result):
        grid = [ax for ax in fig.axes if ax.get_subplotspec() is not None] or fig.axes[:1]
        rows, cols = grid[0].get_subplotspec().get_gridspec().get_geometry() if grid[0].get_subplotspec() else (1, 1)
        panels = []
        for ax in grid:
            bars = sum(isinstance(p, Rectangle) for p in ax.patches)
            labels = [t.get_text() for t in ax.get_yticklabels()] or ["a"]
            marks = sum(len(c.get_segments()) for c in ax.collections if hasattr(c, "get_segments"))
            panels.append(((labels * (bars // len(labels) + 1))[:bars], marks, len(labels)))
        shapes.append((tuple(fig.get_size_inches()), rows, cols, panels))
    frames = []
    for table in tables_of(result):
        frame = getattr(table, "frame", table)
        if hasattr(frame, "to_html"):
            frames.append(frame)
    return {"figures": shapes, "frames": frames}


def draw_bare(shape: dict[str, Any]) -> None:
    """The bare equivalent: plt.subplots with the same size and panels, ax.barh (or ax.vlines for tick
    marks) with as many bars (marks), a title, savefig to PNG; a plain DataFrame.to_html."""
    import matplotlib.pyplot as plt
    import numpy as np

    for size, rows, cols, panels in shape["figures"]:
        fig, axes = plt.subplots(rows, cols, figsize=size, squeeze=False)
        for ax, (labels, marks, rows_of_marks) in zip(axes.ravel(), panels):
            if labels:
                ax.barh(labels, range(1, len(labels) + 1))
            elif marks:
                ax.vlines(np.arange(marks), 0, rows_of_marks)
        axes[0, 0].set_title("A bare chart")
        fig.savefig(io.BytesIO(), format="png")
        plt.close(fig)
    for frame in shape["frames"]:
        frame.to_html()


def timed(action: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds, result) of one call, printed output muted."""
    with contextlib.redirect_stdout(io.StringIO()):
        start, cpu = time.perf_counter(), time.process_time()
        result = action()
        return time.perf_counter() - start, time.process_time() - cpu, result


def one_change(function: Callable[..., Any], first: Any, state: dict[str, Any]) -> tuple[float, float, int, float, float]:
    """One control change and its bare equivalent, side by side: (control wall, control CPU, figures drawn,
    bare wall, bare CPU)."""
    import matplotlib.pyplot as plt

    holder: dict[str, Any] = {}

    def control() -> int:
        holder["result"] = function(first, **state)
        return draw(holder["result"])

    wall, cpu, drawn = timed(control)
    shape = bare_shape(holder["result"])
    plt.close("all")
    bare_wall, bare_cpu, _ = timed(lambda: draw_bare(shape))
    plt.close("all")
    return wall, cpu, drawn, bare_wall, bare_cpu


def run(article: str = DEFAULT_ARTICLE, repeat: int = 5) -> list[Result]:
    import shutil
    import tempfile

    import matplotlib

    matplotlib.use("Agg")
    from helpers.views import charts

    # Controls may save their PNG like the notebook does; keep the benchmark's copies out of the project.
    saved, charts.FIGURES_DIR = charts.FIGURES_DIR, Path(tempfile.mkdtemp(prefix="bench-figures-"))
    try:
        return _run(article, repeat)
    finally:
        shutil.rmtree(charts.FIGURES_DIR, ignore_errors=True)
        charts.FIGURES_DIR = saved


def _run(article: str, repeat: int) -> list[Result]:
    from helpers.views.notebook import open_document

    log(f"interaction: {article}")
    open_start = time.perf_counter()
    doc = open_document(article)
    open_seconds = time.perf_counter() - open_start
    entries = list(REGISTRY) + discovered({i.target for i in REGISTRY})
    results, rows = [], []
    for entry in entries:
        function = resolve(entry.target)
        if function is None:
            rows.append((entry.name, entry.target, "skipped: not written yet", ""))
            continue
        first = doc if entry.first == "doc" else article
        clear_view_caches()  # what an earlier entry drew must not make this one's first calls free
        try:
            inputs = {name: resolve(source)(doc) for name, source in entry.inputs}  # computed once, untimed
            one_change(function, first, {**inputs, **entry.states[0]})  # the notebook drew it once already
            per_state = []
            for state in entry.states:
                times = [one_change(function, first, {**inputs, **state}) for _ in range(repeat)]
                # A state's first call is what a reader waits for when choosing it (a control may cache
                # its results); the slower of that and the median of all calls is the state's figure.
                wall = max(times[0][0], statistics.median(t[0] for t in times))
                cpu = max(times[0][1], statistics.median(t[1] for t in times))
                bare = statistics.median(t[4] for t in times)
                per_state.append((wall, cpu, times[0][2], bare, state))
        except Exception as error:  # noqa: BLE001 - a control that raises is a finding, not a crash of the benchmark
            results.append(Result("interaction", entry.name, None, TARGET_RATIO, "<=",
                                  error=f"{type(error).__name__}: {error}"[:80]))
            continue
        worst = max(per_state, key=lambda row: row[1] / max(row[3], 1e-4))
        drawn = sum(row[2] for row in per_state)
        detail = ", ".join(f"{s or 'defaults'} {c * 1000:.0f} ms vs bare {b * 1000:.0f} ms (wall {t * 1000:.0f})"
                           for t, c, _, b, s in per_state)
        rows.append((entry.name, entry.target, detail, "" if drawn else "no figure: a table or text, bare = to_html"))
        if not drawn:  # a table or text: a few milliseconds, where a ratio to a bare to_html is noise
            results.append(Result("interaction", f"{entry.name} (CPU ms, information)", worst[1] * 1000, None,
                                  unit=" ms", note="no chart: a table, HTML or cached PNG bytes"))
            continue
        ratio = worst[1] / max(worst[3], 1e-4)
        results.append(Result("interaction", f"{entry.name} (CPU, vs a bare chart)", ratio, TARGET_RATIO, "<=",
                              note=f"{worst[1] * 1000:.0f} ms vs bare {worst[3] * 1000:.0f} ms; "
                                   f"slowest: {worst[4] or 'defaults'}"))
    print(f"\n## Interaction ({article}; cached Document; per state the slower of the first call and the median "
          f"of {repeat}; CPU ms, beside a bare matplotlib chart of the same size)\n{machine_line()}")
    print(f"opening and tagging the article once: {open_seconds * 1000:.0f} ms (not counted: it is cached)")
    for name, target, detail, note in rows:
        print(f"- {name} [{target}]: {detail}" + (f" ({note})" if note else ""))
    return results


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", default=DEFAULT_ARTICLE)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print_results(run(args.article, args.repeat))


if __name__ == "__main__":
    main()
