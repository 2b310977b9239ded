"""Where the time goes: pyinstrument over the full analysis of the corpus, summed by function.

Runs `analyze_article(load_article(path))` over the corpus in one process (models loaded first, as
the command line does) under pyinstrument (pinned in requirements.txt), then prints two tables:
- inclusive time of each project function (`helpers/...`) and of the library calls they make most,
  counted once per call stack (recursion is not double-counted), as a share of the whole;
- self time (time spent in the function's own code) of the hottest functions anywhere.
`--html FILE` also writes pyinstrument's interactive report (keep it outside the project).
Not part of `make bench`'s PASS/FAIL table: it measures shares, not ratios.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import base_parser, corpus_texts, log, machine_line, write_corpus

DEFAULT_LIMIT = 200


def label(frame) -> str:
    """function  file:line, with the path shortened to the package (helpers/..., nltk/..., pandas/...)."""
    import re

    path = frame.file_path or ""
    for marker in ("/site-packages/", str(Path(__file__).resolve().parent.parent) + "/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    path = re.sub(r"^.*/lib/python3\.\d+/", "", path)  # the standard library
    return f"{frame.function}  {path}:{frame.line_no}" if path else frame.function


def sums(root) -> tuple[dict[str, float], dict[str, float]]:
    """(inclusive, self) seconds per function label over the whole call tree."""
    inclusive: dict[str, float] = defaultdict(float)
    own: dict[str, float] = defaultdict(float)

    def walk(frame, ancestors: frozenset) -> None:
        name = label(frame)
        if name not in ancestors:
            inclusive[name] += frame.time
        real = [child for child in frame.children if not child.is_synthetic]
        # pyinstrument records a function's own time as a synthetic "[self]" child (and time it could
        # not attribute as the gap between the frame and its children): both are the function's own.
        own[name] += max(frame.time - sum(child.time for child in real), 0.0)
        for child in real:
            walk(child, ancestors | {name})

    walk(root, frozenset())
    return inclusive, own


def profile(paths: list[Path], interval: float = 0.001):
    """Profile the full analysis of every path; returns (pyinstrument session, tokens analysed)."""
    from pyinstrument import Profiler

    from helpers.load.article import load_article
    from helpers.pipeline import analyze_article
    from helpers.language.segment import sentence_splitter
    from helpers.language.tagger import article_tagger

    sentence_splitter()
    article_tagger()
    analyze_article(load_article(paths[0]))  # lazy models and caches load here, as in the CLI's first file
    profiler = Profiler(interval=interval)
    tokens = 0
    profiler.start()
    for path in paths:
        tokens += analyze_article(load_article(path))["tokens"]
    profiler.stop()
    return profiler, tokens


def report(profiler, tokens: int, top: int = 25) -> str:
    session = profiler.last_session
    root = session.root_frame()
    total = root.time if root is not None else session.duration
    inclusive, own = sums(root)
    lines = [(f"profiled {session.duration:.1f}s wall, {session.cpu_time:.1f}s CPU, {tokens:,} tokens "
              f"({tokens / session.duration:,.0f} tokens/s under the profiler)"), "",
             "inclusive time of project functions (share of the whole):"]
    project = sorted(((t, n) for n, t in inclusive.items() if "helpers/" in n), reverse=True)
    lines += [f"  {t / total:6.1%}  {t:7.2f}s  {n}" for t, n in project[:top]]
    lines += ["", "self time, hottest functions anywhere:"]
    hottest = sorted(((t, n) for n, t in own.items()), reverse=True)
    lines += [f"  {t / total:6.1%}  {t:7.2f}s  {n}" for t, n in hottest[:top]]
    return "\n".join(lines)


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0], DEFAULT_LIMIT)
    parser.add_argument("--top", type=int, default=25, help="rows per table")
    parser.add_argument("--html", help="also write pyinstrument's HTML report here")
    args = parser.parse_args()
    texts, source = corpus_texts(args.limit, args.corpus)
    files = write_corpus(texts, source)
    try:
        log(f"profiling: {source}")
        profiler, tokens = profile(files.paths)
    finally:
        files.close()
    print(f"## Profile ({source}; pyinstrument, one process)\n{machine_line()}")
    print(report(profiler, tokens, args.top))
    if args.html:
        Path(args.html).write_text(profiler.output_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
