"""`make bench`: every benchmark, then one summary table of ratio against target with PASS/FAIL.

    .venv/bin/python benchmarks/run.py                      # all of them (about 15 minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --only throughput --only scale
    .venv/bin/python benchmarks/run.py --quick              # smaller corpora, for a first look
    .venv/bin/python benchmarks/run.py --json /tmp/bench.json

Each benchmark measures its two sides in the same run and prints its own details first; see
benchmarks/README.md for what each compares. The exit status is 0 even when a target fails: the
benchmarks report, they do not gate (the tests do that).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks import adversarial, corpus, interaction, notebooks, pages, parallel, scale, tagging, throughput
from benchmarks.common import Result, machine, machine_line, print_results

# name -> (run with default sizes, run with --quick sizes)
BENCHMARKS: dict[str, tuple[Callable[[], list[Result]], Callable[[], list[Result]]]] = {
    "throughput": (lambda: throughput.run(), lambda: throughput.run(limit=100)),
    "tagging": (lambda: tagging.run(), lambda: tagging.run(limit=100)),
    "scale": (lambda: scale.run(), lambda: scale.run(limit=30)),
    "parallel": (lambda: parallel.run(), lambda: parallel.run(limit=60)),
    "notebooks": (lambda: notebooks.run(), lambda: notebooks.run()),
    "interaction": (lambda: interaction.run(), lambda: interaction.run(repeat=3)),
    "adversarial": (lambda: adversarial.run(), lambda: adversarial.run(timeout=30)),
    "pages": (lambda: pages.run(), lambda: pages.run(limit=20, rounds=1)),
    "corpus": (lambda: corpus.run(), lambda: corpus.run(limit=600)),
}


def run_all(names: list[str], quick: bool) -> list[Result]:
    """Run the named benchmarks in order; a benchmark that crashes becomes an ERROR row."""
    results: list[Result] = []
    for name in names:
        started = time.perf_counter()
        try:
            results += BENCHMARKS[name][1 if quick else 0]()
        except Exception as error:  # noqa: BLE001 - one broken benchmark must not hide the others
            traceback.print_exc()
            results.append(Result(name, "benchmark crashed", None, error=f"{type(error).__name__}: {error}"[:90]))
        print(f"[{name}: {time.perf_counter() - started:.0f}s]", flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=list(BENCHMARKS), help="run only these (repeatable)")
    parser.add_argument("--quick", action="store_true", help="smaller corpora and limits")
    parser.add_argument("--json", help="also write the results (and the machine) to this JSON file")
    args = parser.parse_args()
    started = time.perf_counter()
    results = run_all(args.only or list(BENCHMARKS), args.quick)
    print(f"\n# Summary ({time.perf_counter() - started:.0f}s)\n{machine_line()}\n"
          f"command: .venv/bin/python benchmarks/run.py {' '.join(sys.argv[1:])}".rstrip())
    print_results(results)
    counts = {s: sum(r.status == s for r in results) for s in ("PASS", "FAIL", "ERROR")}
    print(f"{counts['PASS']} passed, {counts['FAIL']} failed, {counts['ERROR']} could not run")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine(), "results": [
            {**asdict(r), "status": r.status} for r in results]}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
