"""Tagging alone: `helpers.language.tagger` (nltk's model scored with numpy) against nltk's own `PerceptronTagger.tag`.

Both tag the same sentences (the project's tokens of every corpus article) in the same run, article by
article in alternating order, timed in CPU seconds. It also counts the articles whose tags differ
(must be 0: the project's tagger is meant to give nltk's tags, token for token) and times loading
each model in a fresh process (ours reads the cached tables of `.cache/tagger/`).
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import PYTHON, ROOT, Result, base_parser, corpus_texts, log, machine_line, print_results

DEFAULT_LIMIT = 840

LOAD = {
    "ours": "from helpers.language.tagger import article_tagger; article_tagger()",
    "nltk": "from helpers.language.segment import pos_tagger; pos_tagger()",
}


def load_seconds(side: str) -> float:
    """CPU seconds a fresh process spends loading one side's model (imports excluded)."""
    code = ("import time, helpers.language.segment, helpers.language.tagger; t = time.process_time(); "
            f"{LOAD[side]}; print(time.process_time() - t)")
    out = subprocess.run([PYTHON, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def run(limit: int | None = DEFAULT_LIMIT, corpus: str | None = None) -> list[Result]:
    from helpers.load.article import from_text
    from helpers.language.segment import Document, pos_tagger
    from helpers.language.tagger import article_tagger

    texts, source = corpus_texts(limit, corpus)
    log(f"tagging: {source}, {len(texts)} articles")
    articles = [Document(from_text(text)).tagger_sentences() for text in texts]
    ours, nltk_tagger = article_tagger(), pos_tagger()
    sides = {
        "ours": ours.tag,
        "nltk": lambda sentences: [tag for s in sentences for _, tag in nltk_tagger.tag(s)],
    }
    cpu = dict.fromkeys(sides, 0.0)
    differing = 0
    for number, sentences in enumerate(articles):
        tags = {}
        for name in (list(sides) if number % 2 == 0 else list(sides)[::-1]):
            start = time.process_time()
            tags[name] = sides[name](sentences)
            cpu[name] += time.process_time() - start
        differing += tags["ours"] != tags["nltk"]
    tokens = sum(len(s) for sentences in articles for s in sentences)
    loads = {side: load_seconds(side) for side in LOAD}
    print(f"\n## Tagging ({source}; {len(articles)} articles, {tokens:,} tokens; one process)\n{machine_line()}")
    for name in sides:
        print(f"{name:<6} {cpu[name]:>7.2f} s CPU  {tokens / cpu[name]:>10,.0f} tokens/s  "
              f"model load in a fresh process {loads[name]:.2f} s")
    print(f"articles whose tags differ: {differing}")
    return [
        Result("tagging", "ours vs nltk's tagger, tokens/s (info)", cpu["nltk"] / cpu["ours"], None,
               note=f"{differing} of {len(articles)} articles tagged differently"),
        Result("tagging", "same tags as nltk, articles differing", differing, 0, "<=", unit=""),
    ]


if __name__ == "__main__":
    args = base_parser(__doc__.splitlines()[0], DEFAULT_LIMIT).parse_args()
    print_results(run(args.limit, args.corpus))
