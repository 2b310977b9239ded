"""Benchmark 2, scale: the command line over 1x and 10x the corpus, one process.

`python -m helpers analyze --format jsonl --jobs 1` runs over N articles, then over the same articles
ten times (hard-linked copies, so every path is distinct). Each run is a fresh process inside a fresh
wrapper that reports the children's peak resident memory (`getrusage(RUSAGE_CHILDREN).ru_maxrss`).

Per-token cost compares the CPU time (user + system) of the two runs after taking away the fixed
start-up cost (interpreter, imports, NLTK models), measured in the same run by the command line on one
article (cheapest of three). CPU time, not wall time, because other work on a shared machine inflates
wall time unevenly; the wall-clock ratio is printed beside it. Targets: per-token time of 10x within 10% of 1x; peak memory of 10x at most 1.3x that of 1x,
because results stream out one article at a time.
"""
from __future__ import annotations

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
    read_jsonl,
    run_measured,
    write_corpus,
)

DEFAULT_LIMIT = 100  # 1x = 100 articles (~75,000 tokens), 10x = 1,000 article runs
TIME_TARGET = 1.10
MEMORY_TARGET = 1.3


def cli_run(paths: list[Path], label: str) -> dict[str, float]:
    """One measured command-line run: wall and CPU seconds, peak RSS (MiB), tokens analysed, files."""
    with tempfile.NamedTemporaryFile(prefix=f"bench-{label}-", suffix=".jsonl") as out:
        run = run_measured(cli_command(paths, jobs=1), Path(out.name))
        rows = read_jsonl(Path(out.name))
    if run.code != 0 or len(rows) != len(paths):
        raise RuntimeError(f"{label}: exit {run.code}, {len(rows)} results for {len(paths)} files")
    return {"seconds": run.seconds, "cpu": run.cpu, "rss_mib": run.rss_kib / 1024,
            "tokens": sum(r["tokens"] for r in rows), "files": len(paths)}


def run(limit: int | None = DEFAULT_LIMIT, corpus: str | None = None) -> list[Result]:
    texts, source = corpus_texts(limit, corpus)
    files = write_corpus(texts, source, repeat=10)
    n = len(texts)
    try:
        log(f"scale: {source}, 1x = {n} articles, 10x = {10 * n}")
        startup = min((cli_run(files.paths[:1], "startup") for _ in range(3)), key=lambda r: r["cpu"])
        one = cli_run(files.paths[:n], "1x")
        ten = cli_run(files.paths, "10x")
    finally:
        files.close()
    rows = {"start-up (1 article)": startup, "1x": one, "10x": ten}
    print(f"\n## Scale ({source}; --jobs 1)\n{machine_line()}")
    print(f"{'run':<22} {'files':>6} {'tokens':>10} {'wall s':>7} {'CPU s':>7} {'net CPU us/token':>17} "
          f"{'peak MiB':>9}")
    for name, r in rows.items():
        net = max(r["cpu"] - startup["cpu"], 0.0) / r["tokens"] * 1e6
        print(f"{name:<22} {r['files']:>6} {r['tokens']:>10,} {r['seconds']:>7.2f} {r['cpu']:>7.2f} {net:>17.2f} "
              f"{r['rss_mib']:>9.1f}")
    per_one = (one["cpu"] - startup["cpu"]) / one["tokens"]
    per_ten = (ten["cpu"] - startup["cpu"]) / ten["tokens"]
    wall = ((ten["seconds"] - startup["seconds"]) / ten["tokens"]) / ((one["seconds"] - startup["seconds"]) / one["tokens"])
    return [
        Result("scale", "CPU per token 10x / 1x (start-up taken off)", per_ten / per_one, TIME_TARGET, "<=",
               note=f"wall clock {wall:.2f}x; start-up {startup['cpu']:.1f}s CPU"),
        Result("scale", "peak RSS 10x / 1x", ten["rss_mib"] / one["rss_mib"], MEMORY_TARGET, "<=",
               note=f"{one['rss_mib']:.0f} -> {ten['rss_mib']:.0f} MiB"),
    ]


def main() -> None:
    args = base_parser(__doc__.splitlines()[0], DEFAULT_LIMIT).parse_args()
    print_results(run(args.limit, args.corpus))


if __name__ == "__main__":
    main()
