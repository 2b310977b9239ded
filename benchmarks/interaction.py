"""Benchmark 5, interaction: time from a control change to a redrawn chart, on a cached Document.

For every control in `benchmarks/registry.py` (and every `*_view` function it discovers), the plain
function the widget wraps is called with each control state in turn and the figure it returns is drawn
to an Agg canvas (what the notebook's inline backend does before sending the PNG). The Document is
opened once through `helpers.views.notebook.open_document`, as a notebook does, and every control is called
once at its first state before timing (the notebook has already drawn it). Each state is timed
`--repeat` times and counts as the slower of its first call (a control may cache what it drew, but a
reader choosing a value for the first time waits for the uncached call) and the median; a control's
figure is its slowest state, in CPU time (the
machines here are shared, and other people's work adds to wall time what a reader on their own machine
would not wait for; wall time is printed beside it). Target: < 200 ms.
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
TARGET_MS = 200.0


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
    for info in pkgutil.iter_modules(helpers.__path__, "helpers."):
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


def draw(result: Any) -> int:
    """Render what a control returns, as the notebook would; returns how many figures were drawn.

    Figures (or objects with a `.figure`) are drawn to an Agg canvas; a DataFrame is rendered to HTML.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figures = [result] if isinstance(result, Figure) else []
    figure = getattr(result, "figure", None)
    if isinstance(figure, Figure) and figure is not result:  # a Figure's `.figure` is the figure itself
        figures.append(figure)
    for fig in figures:
        canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
        canvas.draw()
    for table in (result, getattr(result, "table", None)):
        if hasattr(table, "_repr_html_") and hasattr(table, "to_html"):
            table._repr_html_()
    return len(figures)


def one_change(function: Callable[..., Any], first: Any, state: dict[str, Any]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds) from calling the control's function to a drawn figure, and the number
    of figures drawn (printed output muted). CPU time shows what other processes on a busy machine add."""
    import matplotlib.pyplot as plt

    with contextlib.redirect_stdout(io.StringIO()):
        start, cpu = time.perf_counter(), time.process_time()
        result = function(first, **state)
        drawn = draw(result)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    plt.close("all")
    return seconds, cpu, drawn


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
        try:
            inputs = {name: resolve(source)(doc) for name, source in entry.inputs}  # computed once, untimed
            one_change(function, first, {**inputs, **entry.states[0]})  # the notebook drew it once already
            per_state = []
            for state in entry.states:
                times = [one_change(function, first, {**inputs, **state}) for _ in range(repeat)]
                # A state's first call is what a reader waits for when choosing it (a control may cache
                # its results); the slower of that and the median of all calls is the state's figure.
                per_state.append((max(times[0][0], statistics.median(t for t, _, _ in times)),
                                  max(times[0][1], statistics.median(c for _, c, _ in times)), times[0][2], state))
        except Exception as error:  # noqa: BLE001 - a control that raises is a finding, not a crash of the benchmark
            results.append(Result("interaction", entry.name, None, TARGET_MS, "<", unit=" ms",
                                  error=f"{type(error).__name__}: {error}"[:80]))
            continue
        worst = max(per_state, key=lambda row: row[1])
        drawn = sum(row[2] for row in per_state)
        detail = ", ".join(f"{s or 'defaults'} {t * 1000:.0f} (cpu {c * 1000:.0f})" for t, c, _, s in per_state)
        rows.append((entry.name, entry.target, detail, "" if drawn else "no figure: table or text"))
        results.append(Result("interaction", f"{entry.name} (CPU)", worst[1] * 1000, TARGET_MS, "<", unit=" ms",
                              note=f"wall {worst[0] * 1000:.0f} ms; slowest: {worst[3] or 'defaults'}"))
    print(f"\n## Interaction ({article}; cached Document; per state the slower of the first call and the median "
          f"of {repeat})\n{machine_line()}")
    print(f"opening and tagging the article once: {open_seconds * 1000:.0f} ms (not counted: it is cached)")
    for name, target, detail, note in rows:
        print(f"- {name} [{target}]: {detail} ms" + (f" ({note})" if note else ""))
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
