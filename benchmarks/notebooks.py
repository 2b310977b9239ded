"""Benchmark 4, notebooks: Restart & Run All time of each notebook against a bare notebook, same run.

Each notebook in notebooks/ is executed by nbclient in a fresh `python3` kernel (kernel start-up
included, as in Restart & Run All) with its parameters cell as committed. The bare notebook only imports
pandas, matplotlib and nltk and draws one bar chart; it runs before the first and after the last
notebook (after one untimed warm-up run), and the mean of those two runs is the yardstick, so drift in
machine load is shared. Time runs from starting the kernel to the end of the last cell (shutting the
kernel down afterwards is not something a reader waits for); the three slowest cells are printed, or
with `--cells` every code cell with its wall time and the kernel's CPU time for it (measured by IPython
pre/post-run hooks in one more injected cell, which adds nothing measurable).
Every notebook (the bare one too) gets one extra first cell pointing `helpers.views.charts.FIGURES_DIR` at a
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
OWN_BENCHMARK = {"05_corpus.ipynb"}  # measured on its dataset, against its own target, by benchmarks/corpus.py
TIMEOUT = 120  # seconds per cell

BARE_CELLS = [
    "import pandas as pd\nimport matplotlib.pyplot as plt\nimport nltk",
    ("counts = pd.Series({'a': 3, 'b': 2, 'c': 1})\nfig, ax = plt.subplots()\nax.barh(counts.index, counts.values)\n"
     "ax.set_title('one chart')\nplt.show()"),
]


def redirect_cell(folder: Path) -> str:
    """Source of the injected first cell: figures go to a temporary folder."""
    return f"import helpers.views.charts as _charts, pathlib as _p\n_charts.FIGURES_DIR = _p.Path({str(folder)!r})"


# Injected with --cells: the kernel's CPU time per cell, from IPython's pre/post-run events.
CPU_HOOK = """import json as _json, time as _time
_cell_cpu = []
def _cell_started(info):
    global _cell_start
    _cell_start = _time.process_time()
def _cell_finished(result):
    _cell_cpu.append(_time.process_time() - _cell_start)
get_ipython().events.register("pre_run_cell", _cell_started)
get_ipython().events.register("post_run_cell", _cell_finished)"""
CPU_REPORT = "print(_json.dumps(_cell_cpu))"


def bare_notebook():
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(source) for source in BARE_CELLS]
    return nb


def execute(nb, folder: Path, cpu: bool = False) -> tuple[float, list[tuple[float, str]], float]:
    """Run a notebook in a fresh kernel, cell by cell, as Restart & Run All does (raises on a cell error).

    Returns (seconds from starting the kernel to the last cell's end, each code cell's (wall seconds,
    first line), seconds spent shutting the kernel down afterwards, which a reader does not wait for).
    With `cpu`, each cell's entry is (wall seconds, first line, kernel CPU seconds) and the timing is
    taken before the cell that reports the CPU times.
    """
    import json
    import subprocess

    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.from_dict(nb)
    nb.cells.insert(0, nbformat.v4.new_code_cell(redirect_cell(folder)))
    if cpu:
        nb.cells.insert(0, nbformat.v4.new_code_cell(CPU_HOOK))
        nb.cells.append(nbformat.v4.new_code_cell(CPU_REPORT))
    client = NotebookClient(nb, timeout=TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    cells: list[tuple] = []
    start = time.perf_counter()
    with client.setup_kernel(stderr=subprocess.DEVNULL):  # the kernel's start-up warnings are not ours
        for index, cell in enumerate(nb.cells):
            if cpu and index == len(nb.cells) - 1:
                seconds = time.perf_counter() - start
            began = time.perf_counter()
            client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
            if cell.cell_type == "code":
                first = next((line for line in cell.source.splitlines() if line.strip()), "")
                cells.append((time.perf_counter() - began, first[:70]))
        if not cpu:
            seconds = time.perf_counter() - start
    if cpu:  # the hook cell and the report cell themselves are left out
        kernel = json.loads(nb.cells[-1].outputs[0]["text"])
        cells = [(wall, line, used) for (wall, line), used in zip(cells[1:-1], kernel)]
    return seconds, cells, time.perf_counter() - start - seconds


def first_error_line(error: Exception) -> str:
    """The last non-empty line of a cell error (the exception), short enough for the table."""
    lines = [line for line in str(error).splitlines() if line.strip()]
    return (lines[-1] if lines else type(error).__name__)[:90]


def run(pattern: str = "*.ipynb", every_cell: bool = False) -> list[Result]:
    import nbformat

    paths = sorted(p for p in NOTEBOOKS.glob(pattern)
                   if ".ipynb_checkpoints" not in p.parts and (pattern != "*.ipynb" or p.name not in OWN_BENCHMARK))
    folder = Path(tempfile.mkdtemp(prefix="bench-nb-figures-"))
    log(f"notebooks: {', '.join(p.name for p in paths) or 'none found'}")
    execute(bare_notebook(), folder)  # warm-up: the first kernel pays for a cold disk cache
    bare_before, _, _ = execute(bare_notebook(), folder)
    timings: dict[str, float | str] = {}
    slowest: dict[str, list[tuple[float, str]]] = {}
    for path in paths:
        try:
            for attempt in (1, 2):
                timings[path.name], cells, shutdown = execute(nbformat.read(path, as_version=4), folder,
                                                              cpu=every_cell)
                if max(cells)[0] < 0.99 * TIMEOUT:
                    break
                # nbclient 0.11 with ipykernel 7 now and then waits a cell's whole timeout after a widget
                # cell and then carries on without an error: a lost message, not the notebook's time.
                log(f"notebooks: {path.name}: `{max(cells)[1]}` waited the whole {TIMEOUT}s cell timeout "
                    f"(attempt {attempt})")
            else:
                raise RuntimeError(f"a cell waited the whole {TIMEOUT}s timeout twice: `{max(cells)[1]}`")
            slowest[path.name] = cells if every_cell else sorted(cells, reverse=True)[:3]
            if shutdown > 10:
                log(f"notebooks: {path.name}: the kernel took {shutdown:.0f}s to shut down (not counted)")
        except Exception as error:  # noqa: BLE001 - a notebook being written may fail: report it, keep going
            timings[path.name] = first_error_line(error)
    bare_after, _, _ = execute(bare_notebook(), folder)
    shutil.rmtree(folder, ignore_errors=True)
    bare = (bare_before + bare_after) / 2
    print(f"\n## Notebooks (Restart & Run All, fresh kernel)\n{machine_line()}")
    print(f"bare notebook (pandas, matplotlib, nltk, one chart): {bare_before:.2f}s before, {bare_after:.2f}s after")
    results = []
    for name, value in timings.items():
        if isinstance(value, str):
            print(f"{name}: failed: {value}")
            results.append(Result("notebooks", name, None, TARGET, "<=", error=value))
        elif every_cell:
            print(f"{name}: {value:.2f}s; every code cell (wall, kernel CPU):")
            for wall, line, used in slowest[name]:
                print(f"  {wall:5.2f}s {used:5.2f}s  {line}")
        else:
            cells = "; ".join(f"{t:.2f}s `{line}`" for t, line, *_ in slowest[name])
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
    parser.add_argument("--cells", action="store_true",
                        help="print every code cell's wall time and the kernel's CPU time for it")
    args = parser.parse_args()
    print_results(run(args.pattern, every_cell=args.cells))


if __name__ == "__main__":
    main()
