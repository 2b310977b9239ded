"""Benchmark 1, throughput: our full analysis against a plain nltk pipeline, same texts, same run, one core.

Ours is `helpers.pipeline.analyze_article(load_article(path))` (load, clean, paragraphs, sentences,
tokens, tags when a step asks for them, frequencies, quotes, numbers). The plain pipeline is what a
reader would write with nltk alone, per article: `sent_tokenize`, `word_tokenize` per sentence,
`pos_tag_sents` (nltk's `pos_tag` for a list of sentences) and a `FreqDist` of the lower-cased words.

The two run interleaved article by article (alternating which goes first), so drift in machine load
or CPU clock hits both sides alike. Throughput is reported in *our* tokens per second for both sides
(same texts, so the ratio is the ratio of times). nltk's `pos_tag` builds a new tagger on every call;
a third, informational side reuses one tagger, to show how much of the lead comes from that alone.
"""
from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import Result, base_parser, corpus_texts, log, machine_line, print_results, write_corpus

DEFAULT_LIMIT = None  # the whole polnear-train set (840 articles, ~45 s on 2 cores)
TARGET = 1.2


def ours(path: Path) -> int:
    """Our full analysis of one file; returns its token count."""
    from helpers.load.article import load_article
    from helpers.pipeline import analyze_article

    return analyze_article(load_article(path))["tokens"]


def plain_nltk(path: Path) -> int:
    """The plain nltk pipeline a reader would write; returns its token count."""
    import nltk

    text = path.read_text(encoding="utf-8")
    sentences = [nltk.word_tokenize(s) for s in nltk.sent_tokenize(text)]
    nltk.pos_tag_sents(sentences)
    nltk.FreqDist(w.lower() for s in sentences for w in s)
    return sum(len(s) for s in sentences)


_TAGGER = None


def nltk_one_tagger(path: Path) -> int:
    """The plain pipeline with one tagger kept for the whole run (informational)."""
    import nltk
    from nltk.tag import PerceptronTagger

    global _TAGGER
    if _TAGGER is None:
        _TAGGER = PerceptronTagger()
    text = path.read_text(encoding="utf-8")
    sentences = [nltk.word_tokenize(s) for s in nltk.sent_tokenize(text)]
    for s in sentences:
        _TAGGER.tag(s)
    nltk.FreqDist(w.lower() for s in sentences for w in s)
    return sum(len(s) for s in sentences)


SIDES = {"ours": ours, "nltk": plain_nltk, "nltk-1-tagger": nltk_one_tagger}


def measure(paths: list[Path], warmup: int = 3) -> dict[str, dict[str, float]]:
    """Seconds and tokens per side over all paths, interleaved per article."""
    from helpers.resources import use_project_nltk_data
    from helpers.language.segment import sentence_splitter
    from helpers.language.tagger import article_tagger

    use_project_nltk_data()
    sentence_splitter()
    article_tagger()
    for path in paths[:warmup]:  # first calls load models and compile patterns: not part of throughput
        for side in SIDES.values():
            side(path)
    totals = {name: {"seconds": 0.0, "cpu": 0.0, "tokens": 0} for name in SIDES}
    names = list(SIDES)
    gc.collect()
    for i, path in enumerate(paths):
        order = names if i % 2 == 0 else names[::-1]
        for name in order:
            start, cpu = time.perf_counter(), time.process_time()
            tokens = SIDES[name](path)
            totals[name]["seconds"] += time.perf_counter() - start
            totals[name]["cpu"] += time.process_time() - cpu
            totals[name]["tokens"] += tokens
    return totals


def run(limit: int | None = DEFAULT_LIMIT, corpus: str | None = None) -> list[Result]:
    texts, source = corpus_texts(limit, corpus)
    files = write_corpus(texts, source)
    try:
        log(f"throughput: {source}, {len(files.paths)} articles, {files.characters:,} characters")
        totals = measure(files.paths)
    finally:
        files.close()
    tokens = totals["ours"]["tokens"]
    print(f"\n## Throughput ({source}; one process)\n{machine_line()}")
    print(f"{'pipeline':<16} {'wall s':>8} {'CPU s':>8} {'our tokens/s':>13} {'own tokens':>11}")
    for name, t in totals.items():
        print(f"{name:<16} {t['seconds']:>8.2f} {t['cpu']:>8.2f} {tokens / t['seconds']:>13,.0f} {t['tokens']:>11,}")
    ratio = totals["nltk"]["seconds"] / totals["ours"]["seconds"]
    cpu_ratio = totals["nltk"]["cpu"] / totals["ours"]["cpu"]
    strict = totals["nltk-1-tagger"]["seconds"] / totals["ours"]["seconds"]
    return [
        Result("throughput", "ours vs plain nltk (tokens/s)", ratio, TARGET, ">=",
               note=f"{tokens / totals['ours']['seconds']:,.0f} tok/s; CPU ratio {cpu_ratio:.2f}x; "
                    f"{len(texts)} articles"),
        Result("throughput", "ours vs nltk keeping one tagger (info)", strict, None),
    ]


def main() -> None:
    args = base_parser(__doc__.splitlines()[0], DEFAULT_LIMIT).parse_args()
    print_results(run(args.limit, args.corpus))


if __name__ == "__main__":
    main()
