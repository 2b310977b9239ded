"""Phrases that recur: n-grams and collocations found with nltk's collocation finders.

Candidates are sequences of running words (see `helpers.words.frequency.article_words`) that do not cross a
sentence boundary or punctuation ("Beijing. On Friday" is not a phrase); a merged possessive does not
break a phrase ("Russia’s president" is the bigram russia + president). A phrase may not begin or end
with a stopword ("Sea of Japan" is kept, "of the" is not). Phrases are ranked by log-likelihood
(Dunning 1993, nltk's `likelihood_ratio`) with pointwise mutual information (`pmi`) beside it, and only
those seen at least `min_count` times are kept. By default words are case-folded but not lemmatised, so
a phrase reads as the article wrote it.
"""
from __future__ import annotations

from collections import Counter

import pandas as pd
from nltk.collocations import (
    BigramAssocMeasures,
    BigramCollocationFinder,
    QuadgramAssocMeasures,
    QuadgramCollocationFinder,
    TrigramAssocMeasures,
    TrigramCollocationFinder,
)

from helpers.language.segment import Document
from helpers.words.frequency import Word, WordOptions, article_words, display_forms, stopword_list

FINDERS = {
    2: (BigramCollocationFinder, BigramAssocMeasures),
    3: (TrigramCollocationFinder, TrigramAssocMeasures),
    4: (QuadgramCollocationFinder, QuadgramAssocMeasures),
}
PHRASE_DEFAULTS = {"lemmatize": False}
PHRASE_SIZES = (2, 3)


def word_runs(doc: Document, words: list[Word]) -> list[list[Word]]:
    """Runs of words with nothing but spaces, hyphens or a merged possessive between neighbours."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    text = doc.text
    for word in words:
        if current:
            previous = current[-1]
            gap = text[previous.end:word.start]
            joined = (previous.sentence == word.sentence
                      and (gap == " " or gap.replace("’s", "").replace("'s", "").strip(" -") == ""))
            if not joined:
                runs.append(current)
                current = []
        current.append(word)
    if current:
        runs.append(current)
    return runs


def phrases(doc: Document, *, sizes: tuple[int, ...] = PHRASE_SIZES, min_count: int = 2,
            top_n: int | None = 20, **options) -> pd.DataFrame:
    """Recurring phrases ranked by log-likelihood, with PMI, count and the first occurrence.

    Columns: phrase, n, count, log_likelihood, pmi, example (the first occurrence as written),
    start, end (its offsets in `doc.article.original`, so `original[start:end] == example`).
    """
    opts = WordOptions.make(**{**PHRASE_DEFAULTS, **options})
    words = article_words(doc, opts)
    runs = word_runs(doc, words)
    keys = [[w.key for w in run] for run in runs]
    # the stopword list only (not the function-word tags the frequency list also leaves out): "two
    # leaders" and "last year" are phrases
    listed = set(stopword_list(opts.extra_stopwords))
    stop = ({w.key for w in words if w.stop and (w.key.lower() in listed or w.surface.lower() in listed)}
            if opts.remove_stopwords else set())

    found = []  # (gram, n, count, log-likelihood, pmi, first span)
    for n in sizes:
        finder_class, measures = FINDERS[n]
        finder = finder_class.from_documents(keys)
        finder.apply_freq_filter(min_count)  # recurs, and neither starts nor ends with a stopword
        finder.apply_ngram_filter(lambda *gram: gram[0] in stop or gram[-1] in stop)
        pmi = dict(finder.score_ngrams(measures.pmi))
        counts: Counter = finder.ngram_fd
        first = _first_spans(runs, keys, n, set(counts))
        found += [(gram, n, counts[gram], score, pmi[gram], first[gram])
                  for gram, score in finder.score_ngrams(measures.likelihood_ratio)]
    shown = display_forms(words, keys={key for gram, *_ in found for key in gram})
    rows = []
    for gram, n, count, score, gram_pmi, span in found:
        start, end = doc.original_span(*span)
        rows.append({"phrase": " ".join(shown[k] for k in gram), "n": n, "count": count,
                     "log_likelihood": score, "pmi": gram_pmi,
                     "example": doc.article.original[start:end], "start": start, "end": end})
    frame = pd.DataFrame(rows, columns=["phrase", "n", "count", "log_likelihood", "pmi", "example",
                                        "start", "end"])
    frame = frame.sort_values(["log_likelihood", "count"], ascending=False, kind="stable")
    return frame.head(top_n).reset_index(drop=True) if top_n else frame.reset_index(drop=True)


def _first_spans(runs: list[list[Word]], keys: list[list[str]], n: int, wanted: set[tuple[str, ...]]
                 ) -> dict[tuple[str, ...], tuple[int, int]]:
    """Clean-text span of the first occurrence of each wanted n-gram."""
    first: dict[tuple[str, ...], tuple[int, int]] = {}
    for run, run_keys in zip(runs, keys):
        if len(first) == len(wanted):
            break
        for i, gram in enumerate(zip(*(run_keys[o:] for o in range(n)))):
            if gram in wanted and gram not in first:
                first[gram] = (run[i].start, run[i + n - 1].end)
    return first
