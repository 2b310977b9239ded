"""What every benchmark shares: the corpus, the machine, timing, child memory, and the result row.

Benchmarks compare two things measured side by side in the same run (never a fixed time budget), so
a slow or busy machine changes both sides alike. Each benchmark module has `run(options) -> list[Result]`
and can also be run on its own: `.venv/bin/python benchmarks/throughput.py --limit 50`.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/x.py` puts benchmarks/ first, not the project
    sys.path.insert(0, str(ROOT))

POLNEAR = ROOT.parent / "shared" / "eval" / "polnear-train"
SEED_ARTICLES = ROOT / "data" / "articles"
PYTHON = sys.executable


@dataclass
class Result:
    """One line of the summary table: a ratio measured in this run against its target.

    `op` is how the ratio must compare with the target: ">=" (at least), "<=" (at most), "<" (under).
    `target=None` marks an informational figure (no PASS/FAIL); `error` marks a benchmark that could not run.
    """

    benchmark: str
    measure: str
    value: float | None
    target: float | None = None
    op: str = ">="
    unit: str = "x"
    note: str = ""
    error: str | None = None

    @property
    def status(self) -> str:
        if self.error is not None:
            return "ERROR"
        if self.target is None or self.value is None:
            return "info"
        ok = {">=": self.value >= self.target, "<=": self.value <= self.target,
              "<": self.value < self.target}[self.op]
        return "PASS" if ok else "FAIL"


@dataclass
class Corpus:
    """Article files in a temporary folder (deleted by `close`), and where their texts came from."""

    folder: Path
    paths: list[Path]
    source: str
    characters: int = 0
    extra: list[Path] = field(default_factory=list)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def machine() -> dict[str, object]:
    """Cores, CPU model and load: printed with every figure so a reader knows what it was measured on."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {"cores": os.cpu_count() or 1, "cpu": model, "python": platform.python_version(),
            "load": tuple(round(x, 2) for x in load)}


def machine_line() -> str:
    m = machine()
    return (f"machine: {m['cores']} cores ({m['cpu']}), Python {m['python']}, "
            f"load average {m['load'][0]:.2f}")


def corpus_texts(limit: int | None, source: str | None = None) -> tuple[list[str], str]:
    """Article texts: the polnear-train `text` fields when present, else a built-in corpus.

    The texts are read in memory only; they are never written inside the project (copyright).
    """
    folder = Path(source) if source else POLNEAR
    files = sorted(glob.glob(str(folder / "*.json")))
    if files:
        texts = []
        for name in files[:limit] if limit else files:
            with open(name, encoding="utf-8") as handle:
                texts.append(json.load(handle)["text"])
        return texts, f"{folder.name} ({len(texts)} of {len(files)} articles)"
    texts = builtin_texts(limit or 40)
    return texts, f"built-in corpus from {SEED_ARTICLES.relative_to(ROOT)} ({len(texts)} articles)"


def builtin_texts(count: int) -> list[str]:
    """A small corpus made from the project's own articles when the eval set is absent.

    Each text rotates the paragraphs of a seed article, so the articles differ while keeping news prose.
    """
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEED_ARTICLES.glob("*.txt"))]
    if not seeds:
        raise SystemExit(f"no corpus: neither {POLNEAR} nor {SEED_ARTICLES}/*.txt exists")
    texts = []
    for i in range(count):
        paragraphs = [p for p in seeds[i % len(seeds)].split("\n\n") if p.strip()]
        k = i % max(len(paragraphs), 1)
        texts.append("\n\n".join(paragraphs[k:] + paragraphs[:k]))
    return texts


def write_corpus(texts: Iterable[str], source: str, repeat: int = 1) -> Corpus:
    """Write texts as doc00000.txt ... to a temp folder; `repeat` adds hard-linked copies (10x corpus)."""
    folder = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    paths, chars = [], 0
    for i, text in enumerate(texts):
        path = folder / f"doc{i:05d}.txt"
        path.write_text(text, encoding="utf-8", newline="")
        paths.append(path)
        chars += len(text)
    base = list(paths)
    for r in range(1, repeat):
        for path in base:
            copy = folder / f"{path.stem}-r{r:02d}.txt"
            try:
                os.link(path, copy)
            except OSError:
                shutil.copyfile(path, copy)
            paths.append(copy)
    return Corpus(folder, paths, source, chars * repeat)


def timed(function: Callable[[], object]) -> tuple[float, object]:
    """(seconds, result) of one call, by the monotonic high-resolution clock."""
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


_RSS_WRAPPER = r"""
import resource, subprocess, sys, time
out = open(sys.argv[1], "wb")
start = time.perf_counter()
code = subprocess.call(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""


@dataclass
class Measured:
    """One command run: exit code, wall seconds, CPU seconds (user + system, its processes included) and
    peak resident memory in KiB of the largest of its processes."""

    code: int
    seconds: float
    rss_kib: int
    cpu: float


def run_measured(command: list[str], output: Path, cwd: Path = ROOT, timeout: float | None = None) -> Measured:
    """Run a command (stdout to `output`) in a fresh wrapper process and measure it.

    The wrapper is new for every run because RUSAGE_CHILDREN keeps the maximum over all children ever
    waited for; a fresh one measures only this command (and any processes it waited for). CPU time is
    what the command itself used, so other work on a shared machine does not inflate it; wall time does.
    """
    done = subprocess.run([PYTHON, "-c", _RSS_WRAPPER, str(output), *command], cwd=cwd, text=True,
                          capture_output=True, timeout=timeout, check=True)
    code, seconds, rss, cpu = done.stdout.split()
    return Measured(int(code), float(seconds), int(rss), float(cpu))


def cli_command(paths: list[Path], jobs: int) -> list[str]:
    """The command line the benchmarks time: jsonl out, a fixed number of processes."""
    return [PYTHON, "-m", "helpers", "analyze", "--format", "jsonl", "--jobs", str(jobs),
            *[str(p) for p in paths]]


def read_jsonl(path: Path) -> list[dict]:
    """The JSON objects of a jsonl output file (lines that are not JSON objects are skipped)."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("{"):
                rows.append(json.loads(line))
    return rows


def base_parser(description: str, limit: int | None) -> argparse.ArgumentParser:
    """Options every benchmark understands when run on its own."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--limit", type=int, default=limit,
                        help=f"articles from the corpus (default {limit or 'all'})")
    parser.add_argument("--corpus", help="a folder of polnear-style *.json files with a `text` field")
    return parser


def print_results(results: list[Result], out=sys.stdout) -> None:
    """The summary table: benchmark, measure, value, target, status."""
    header = f"{'benchmark':<13} {'measure':<46} {'value':>10} {'target':>9}  status"
    out.write(header + "\n" + "-" * len(header) + "\n")
    for r in results:
        value = "-" if r.value is None else f"{r.value:.2f}{r.unit}"
        target = "-" if r.target is None else f"{r.op}{r.target:g}{r.unit}"
        out.write(f"{r.benchmark:<13} {r.measure[:46]:<46} {value:>10} {target:>9}  {r.status}")
        if r.error:
            out.write(f"  ({r.error})")
        elif r.note:
            out.write(f"  ({r.note})")
        out.write("\n")
    out.flush()


def log(message: str) -> None:
    """Progress lines go to stderr so the summary on stdout stays a clean table."""
    print(message, file=sys.stderr, flush=True)
