"""Benchmark 3, parallelism: `python -m helpers analyze --jobs N` against `--jobs 1`, same files, same run.

Runs alternate A B B A (one process, N processes, N, one) so drift in machine load hits both sides
alike; the ratio is total one-process time over total N-process time, start-up included (what a user
waits for). The ratio with the fixed start-up cost taken off both sides is printed for information.
The CPU time of both sides is printed: extra CPU with N processes is work each worker repeats. On a
shared, busy machine the wall-clock ratio says little, so an idle-machine estimate is printed too:
one-process CPU over (start-up CPU + the rest of the N-process CPU split N ways).
It also checks that the N-process output lists the files in input order and is identical, line for
line, to the one-process output. Target: >= 1.7x on 2 cores.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import (
    Result,
    base_parser,
    cli_command,
    corpus_texts,
    log,
    machine_line,
    print_results,
    run_measured,
    write_corpus,
)

DEFAULT_LIMIT = None  # the whole corpus (840 articles): the default, and the fixed start-up a small share
TARGET = 1.7


def cli_lines(paths: list[Path], jobs: int) -> tuple[float, list[str], float]:
    """(wall seconds, output lines, CPU seconds of all its processes) of one command-line run."""
    with tempfile.NamedTemporaryFile(prefix=f"bench-jobs{jobs}-", suffix=".jsonl") as out:
        run = run_measured(cli_command(paths, jobs), Path(out.name))
        lines = Path(out.name).read_text(encoding="utf-8").splitlines()
    if run.code != 0:
        raise RuntimeError(f"--jobs {jobs}: exit {run.code}")
    return run.seconds, lines, run.cpu


def first_mismatch(expected: list[str], got: list[str]) -> int | None:
    """Index of the first line that differs (None when the lists are equal)."""
    for i, (a, b) in enumerate(zip(expected, got)):
        if a != b:
            return i
    return None if len(expected) == len(got) else min(len(expected), len(got))


def run(limit: int | None = DEFAULT_LIMIT, corpus: str | None = None, jobs: int | None = None) -> list[Result]:
    jobs = jobs or os.cpu_count() or 1
    texts, source = corpus_texts(limit, corpus)
    files = write_corpus(texts, source)
    try:
        log(f"parallel: {source}, --jobs {jobs} vs --jobs 1")
        startup, _, startup_cpu = min((cli_lines(files.paths[:1], 1) for _ in range(2)), key=lambda r: r[0])
        one_a, serial, cpu_one_a = cli_lines(files.paths, 1)
        many_a, parallel, cpu_many_a = cli_lines(files.paths, jobs)
        many_b, _, cpu_many_b = cli_lines(files.paths, jobs)
        one_b, _, cpu_one_b = cli_lines(files.paths, 1)
    finally:
        files.close()
    one, many = one_a + one_b, many_a + many_b
    import json

    order = [json.loads(line)["path"] for line in parallel]
    in_order = order == [str(p) for p in files.paths]
    mismatch = first_mismatch(serial, parallel)
    print(f"\n## Parallelism ({source}; {len(files.paths)} files)\n{machine_line()}")
    print(f"--jobs 1: {one_a:.2f}s, {one_b:.2f}s   --jobs {jobs}: {many_a:.2f}s, {many_b:.2f}s   "
          f"start-up {startup:.2f}s")
    print(f"CPU used (all processes): --jobs 1 {cpu_one_a + cpu_one_b:.1f}s, --jobs {jobs} "
          f"{cpu_many_a + cpu_many_b:.1f}s (more CPU for the same work = work repeated in every worker)")
    print(f"output order = input order: {in_order}; identical to --jobs 1: {mismatch is None}"
          + ("" if mismatch is None else f" (first difference at line {mismatch})"))
    net = (one - 2 * startup) / max(many - 2 * startup, 1e-9)
    # What an idle machine would give: start-up runs alone, the rest of the N-process CPU splits N ways.
    cpu_one, cpu_many = (cpu_one_a + cpu_one_b) / 2, (cpu_many_a + cpu_many_b) / 2
    idle = cpu_one / (startup_cpu + max(cpu_many - startup_cpu, 0.0) / jobs)
    return [
        Result("parallel", f"--jobs {jobs} vs --jobs 1 (wall clock)", one / many, TARGET, ">=",
               note=f"{os.cpu_count()} cores; {net:.2f}x with start-up taken off"),
        Result("parallel", "idle-machine estimate from CPU times (info)", idle, None,
               note=f"start-up {startup_cpu:.1f}s CPU; {cpu_many / cpu_one:.2f}x the CPU with {jobs} processes"),
        Result("parallel", "output in input order and same as --jobs 1", float(in_order and mismatch is None),
               1.0, ">=", unit="", note="1 = yes"),
    ]


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0], DEFAULT_LIMIT)
    parser.add_argument("--jobs", type=int, help="processes for the parallel side (default: all cores)")
    args = parser.parse_args()
    print_results(run(args.limit, args.corpus, args.jobs))


if __name__ == "__main__":
    main()
