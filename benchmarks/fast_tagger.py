"""A what-if for the profile's top entry: nltk's perceptron tagger with its dot product done by numpy.

`AveragedPerceptron.predict` (pure Python loops over feature weights) is the single hottest function of
the analysis. `VectorPerceptronTagger` keeps nltk's features, tag dictionary and weights, and replaces
only the scoring: the weights become one dense float64 matrix (feature x tag) and a token's scores are
its feature rows added in the same order as nltk adds them, so every score is the same float and the tie
rule (highest score, then the alphabetically last tag) is nltk's. This module is a prototype for the
owner of `helpers/segment.py`, not used by the project; `python benchmarks/fast_tagger.py` checks that
its tags equal nltk's on the corpus and times both side by side.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import base_parser, corpus_texts, log, machine_line

DEFAULT_LIMIT = 200


def vector_tagger():
    """A PerceptronTagger whose model scores with numpy (same tags as nltk's; see module docstring)."""
    import numpy as np
    from nltk.tag import PerceptronTagger

    from helpers.segment import pos_tagger

    base = pos_tagger()

    class VectorModel:
        def __init__(self, model) -> None:
            self.classes = sorted(model.classes)
            column = {label: j for j, label in enumerate(self.classes)}
            self.row = {feat: i for i, feat in enumerate(model.weights)}
            self.matrix = np.zeros((len(self.row), len(self.classes)))
            for feat, i in self.row.items():
                for label, weight in model.weights[feat].items():
                    self.matrix[i, column[label]] = weight

        def predict(self, features, return_conf=False):
            rows = [(self.row[f], v) for f, v in features.items() if v != 0 and f in self.row]
            if not rows:
                return self.classes[-1], None  # every score 0: nltk's tie rule picks the last tag
            index = [i for i, _ in rows]
            block = self.matrix[index]
            if any(v != 1 for _, v in rows):
                block = block * np.array([[v] for _, v in rows], dtype=float)
            # axis-0 reduction of a C-ordered block adds the rows one after another, as nltk's loop does
            scores = block.sum(axis=0)
            best = scores.max()
            return max(self.classes[j] for j in np.flatnonzero(scores == best)), None

    tagger = PerceptronTagger(load=False)
    tagger.tagdict, tagger.classes = base.tagdict, base.classes
    tagger.model = VectorModel(base.model)
    return tagger


def compare(limit: int | None, corpus: str | None) -> None:
    from helpers.article import from_text
    from helpers.segment import Document, _tagger_form, pos_tagger

    texts, source = corpus_texts(limit, corpus)
    log(f"fast_tagger: building the weight matrix; corpus {source}")
    start = time.perf_counter()
    fast = vector_tagger()
    build = time.perf_counter() - start
    slow = pos_tagger()
    sentences = []
    for text in texts:
        doc = Document(from_text(text))
        sentences += [[_tagger_form(t) for t in doc.tokens[s.first_token:s.last_token]] for s in doc.sentences]
    seconds = {"nltk": 0.0, "numpy": 0.0}
    differ = 0
    for i, words in enumerate(sentences):
        order = (("nltk", slow), ("numpy", fast)) if i % 2 == 0 else (("numpy", fast), ("nltk", slow))
        tags = {}
        for name, tagger in order:
            t = time.process_time()
            tags[name] = tagger.tag(words)
            seconds[name] += time.process_time() - t
        differ += tags["nltk"] != tags["numpy"]
    tokens = sum(len(s) for s in sentences)
    print(f"## Tagger what-if ({source}; {len(sentences):,} sentences, {tokens:,} tokens)\n{machine_line()}")
    print(f"weight matrix: {fast.model.matrix.shape[0]:,} features x {fast.model.matrix.shape[1]} tags, "
          f"{fast.model.matrix.nbytes / 2**20:.0f} MiB, built in {build:.1f}s")
    print(f"CPU seconds: nltk {seconds['nltk']:.2f}, numpy {seconds['numpy']:.2f} "
          f"({seconds['nltk'] / seconds['numpy']:.2f}x); sentences tagged differently: {differ}")


if __name__ == "__main__":
    args = base_parser(__doc__.splitlines()[0], DEFAULT_LIMIT).parse_args()
    compare(args.limit, args.corpus)
