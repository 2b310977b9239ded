"""Benchmark 4, notebooks: Restart & Run All time of each notebook against a bare notebook, same run.

Each notebook in notebooks/ is executed by nbclient in a fresh `python3` kernel (kernel start-up
included, as in Restart & Run All) with its parameters cell as committed. The bare notebook only imports
pandas, matplotlib and nltk and draws one bar chart; it runs before the first and after the last
notebook (after one untimed warm-up run), and the mean of those two runs is the yardstick, so drift in
machine load is shared. The three slowest cells of each notebook are printed (nbclient's timings).
Every notebook (the bare one too) gets one extra first cell pointing `helpers.charts.FIGURES_DIR` at a
temporary folder, so benchmarking never rewrites the figures under reports/. Target: <= 1.5x.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import ROOT, Result, log, machine_line, print_results

NOTEBOOKS = ROOT / "notebooks"
TARGET = 1.5
TIMEOUT = 300  # seconds per cell

BARE_CELLS = [
    "import pandas as pd\nimport matplotlib.pyplot as plt\nimport nltk",
    "counts = pd.Series({'a': 3, 'b': 2, 'c': 1})\nfig, ax = plt.subplots()\nax.barh(counts.index, counts.values)\n"
    "ax.set_title('one chart')\nplt.show()",
]


def redirect_cell(folder: Path) -> str:
    """Source of the injected first cell: figures go to a temporary folder."""
    return f"import helpers.charts as _charts, pathlib as _p\n_charts.FIGURES_DIR = _p.Path({str(folder)!r})"


def bare_notebook():
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(source) for source in BARE_CELLS]
    return nb


def execute(nb, folder: Path) -> tuple[float, list[tuple[float, str]]]:
    """Seconds to start a fresh kernel and run every cell (raises on a cell error), and each cell's
    (seconds, first line) from the timings nbclient records."""
    import subprocess

    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.from_dict(nb)
    nb.cells.insert(0, nbformat.v4.new_code_cell(redirect_cell(folder)))
    client = NotebookClient(nb, timeout=TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    start = time.perf_counter()
    client.execute(stderr=subprocess.DEVNULL)  # the kernel's start-up warnings are not ours to show
    seconds = time.perf_counter() - start
    return seconds, cell_times(nb)


def cell_times(nb) -> list[tuple[float, str]]:
    """(seconds, first source line) of every executed code cell, from nbclient's recorded timing."""
    from datetime import datetime

    rows = []
    for cell in nb.cells:
        timing = cell.get("metadata", {}).get("execution", {})
        began, ended = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
        if cell.cell_type == "code" and began and ended:
            seconds = (datetime.fromisoformat(ended.replace("Z", "+00:00"))
                       - datetime.fromisoformat(began.replace("Z", "+00:00"))).total_seconds()
            first = next((line for line in cell.source.splitlines() if line.strip()), "")
            rows.append((seconds, first[:70]))
    return rows


def first_error_line(error: Exception) -> str:
    """The last non-empty line of a cell error (the exception), short enough for the table."""
    lines = [line for line in str(error).splitlines() if line.strip()]
    return (lines[-1] if lines else type(error).__name__)[:90]


def run(pattern: str = "*.ipynb") -> list[Result]:
    import nbformat

    paths = sorted(p for p in NOTEBOOKS.glob(pattern) if ".ipynb_checkpoints" not in p.parts)
    folder = Path(tempfile.mkdtemp(prefix="bench-nb-figures-"))
    log(f"notebooks: {', '.join(p.name for p in paths) or 'none found'}")
    execute(bare_notebook(), folder)  # warm-up: the first kernel pays for a cold disk cache
    bare_before, _ = execute(bare_notebook(), folder)
    timings: dict[str, float | str] = {}
    slowest: dict[str, list[tuple[float, str]]] = {}
    for path in paths:
        try:
            timings[path.name], cells = execute(nbformat.read(path, as_version=4), folder)
            slowest[path.name] = sorted(cells, reverse=True)[:3]
        except Exception as error:  # a notebook being written may fail: report it, keep going
            timings[path.name] = first_error_line(error)
    bare_after, _ = execute(bare_notebook(), folder)
    shutil.rmtree(folder, ignore_errors=True)
    bare = (bare_before + bare_after) / 2
    print(f"\n## Notebooks (Restart & Run All, fresh kernel)\n{machine_line()}")
    print(f"bare notebook (pandas, matplotlib, nltk, one chart): {bare_before:.2f}s before, {bare_after:.2f}s after")
    results = []
    for name, value in timings.items():
        if isinstance(value, str):
            print(f"{name}: failed: {value}")
            results.append(Result("notebooks", name, None, TARGET, "<=", error=value))
        else:
            cells = "; ".join(f"{t:.2f}s `{line}`" for t, line in slowest[name])
            print(f"{name}: {value:.2f}s; slowest cells: {cells}")
            results.append(Result("notebooks", f"{name} vs bare notebook", value / bare, TARGET, "<=",
                                  note=f"{value:.1f}s vs {bare:.1f}s"))
    if not paths:
        results.append(Result("notebooks", "no notebooks in notebooks/", None, None))
    return results


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pattern", default="*.ipynb", help="which notebooks (glob in notebooks/)")
    args = parser.parse_args()
    print_results(run(args.pattern))


if __name__ == "__main__":
    main()
