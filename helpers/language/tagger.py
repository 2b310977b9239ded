"""nltk's averaged perceptron tagger, scored with numpy over a whole article: the same tags, faster.

nltk's `PerceptronTagger.tag` builds 14 feature strings per token and adds their weights in a Python
loop; that loop was 42% of the whole analysis. This module keeps nltk's model, features, tag dictionary,
greedy left-to-right decoding and tie rule, and changes only how the sums are done:

- The weights are rounded to thousandths in the model (nltk averages them with `round(w, 3)`), so
  they are stored as exact integers (thousandths, int32). Integer sums do not depend on their order.
- Ten of the 14 features depend only on the words (the token, its neighbours, their suffixes), so
  their sum is computed once per distinct word and gathered for all tokens of the article at once.
  The four that depend on the tags already chosen (previous tag, the one before, and the previous tag
  with the word) are added token by token, in nltk's order, since each tag depends on the last two.
- Where two tags tie exactly, nltk's choice depends on float rounding in its summation order, so the
  scores of that token are recomputed as nltk adds them (floats, feature by feature) and its rule
  `max(classes, key=(score, tag))` applied. The tags are therefore nltk's, token for token
  (`tests/test_tagger.py` compares them on every sentence of the evaluation articles).

The tables are built once from nltk's model and cached as plain files (`.cache/tagger/`, no pickle),
so a new process loads them in milliseconds instead of parsing nltk's JSON (about 0.5 s).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from helpers.resources import PROJECT_ROOT, require, use_project_nltk_data

CACHE_DIR = PROJECT_ROOT / ".cache" / "tagger"
CACHE_VERSION = 1


@lru_cache(maxsize=1)
def _nltk_rules():
    """An empty nltk `PerceptronTagger` (no model loaded): its word normalisation, start and end marks and
    feature strings are the ones this module must reproduce, so they are read from it, not copied."""
    from nltk.tag import PerceptronTagger

    return PerceptronTagger(load=False)


def _normalize(word: str) -> str:
    """nltk's `PerceptronTagger.normalize`: the form of a word used in context features."""
    return _nltk_rules().normalize(word)


START, START2 = _nltk_rules().START  # "-START-", "-START2-": the tags and words before a sentence
END, END2 = _nltk_rules().END  # "-END-", "-END2-": the words after it


@dataclass(frozen=True)
class TaggerTables:
    """nltk's model as arrays: weights in thousandths per (feature, tag) and its tag dictionary."""

    labels: list[str]  # the tags the model scores, sorted (index order = nltk's tie order)
    feature_row: dict[str, int]  # feature string, as nltk builds it -> row of `weights`
    weights: np.ndarray  # int32 (features + 1, tags); the last row is zeros: "feature unknown"
    tagdict: dict[str, str]  # words nltk tags without scoring

    @property
    def missing(self) -> int:
        return self.weights.shape[0] - 1

    def row(self, *parts: str) -> int:
        """Row of the feature nltk names `" ".join(parts)` (the zero row when the model lacks it)."""
        return self.feature_row.get(" ".join(parts), self.missing)


def tables_from_nltk(model_weights: dict[str, dict[str, float]], classes: Sequence[str],
                     tagdict: dict[str, str]) -> TaggerTables:
    """Integer tables from nltk's model; refuses a model whose weights are not whole thousandths."""
    labels = sorted(classes)
    column = {label: j for j, label in enumerate(labels)}
    features = list(model_weights)
    weights = np.zeros((len(features) + 1, len(labels)), dtype=np.int32)
    for i, feature in enumerate(features):
        for label, weight in model_weights[feature].items():
            thousandths = round(weight * 1000)
            if thousandths / 1000 != weight:
                raise ValueError(f"tagger weight {weight!r} of {feature!r} is not a whole number of thousandths")
            weights[i, column[label]] = thousandths
    return TaggerTables(labels, {f: i for i, f in enumerate(features)}, weights, dict(tagdict))


def _model_file() -> Path:
    """The installed model's zip file or folder (its size and time key the cache)."""
    import nltk

    use_project_nltk_data()
    pointer = nltk.data.find("taggers/averaged_perceptron_tagger_eng/")
    zipfile = getattr(pointer, "zipfile", None)
    return Path(zipfile.filename) if zipfile is not None else Path(str(pointer.path))


def _cache_key(source: Path) -> str:
    stat = source.stat()
    return f"v{CACHE_VERSION}-{stat.st_size}-{stat.st_mtime_ns}"


def _load_cache(folder: Path, key: str) -> TaggerTables | None:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("key") != key:
            return None
        weights = np.load(folder / "weights.npy", allow_pickle=False)
        features = json.loads((folder / "features.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if weights.shape != (len(features) + 1, len(meta["labels"])):
        return None
    return TaggerTables(meta["labels"], {f: i for i, f in enumerate(features)}, weights, meta["tagdict"])


def _save_cache(tables: TaggerTables, folder: Path, key: str) -> None:
    """Write the tables beside the final folder, then rename: a reader never sees half a cache."""
    scratch: Path | None = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=".tagger-", dir=folder.parent))
        scratch.chmod(0o755)
        np.save(scratch / "weights.npy", tables.weights, allow_pickle=False)
        (scratch / "features.json").write_text(json.dumps(list(tables.feature_row)), encoding="utf-8")
        (scratch / "meta.json").write_text(
            json.dumps({"key": key, "labels": tables.labels, "tagdict": tables.tagdict}), encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(scratch, folder)
    except OSError:
        # A read-only project still tags: it builds the tables again next time.
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


@lru_cache(maxsize=1)
def tagger_tables(cache_dir: Path = CACHE_DIR) -> TaggerTables:
    """The tables of nltk's English tagger: from the cache, else built from nltk's model (and cached)."""
    require("averaged_perceptron_tagger_eng")
    source = _model_file()
    key = _cache_key(source) if source.exists() else None
    if key is not None:
        cached = _load_cache(cache_dir, key)
        if cached is not None:
            return cached
    from nltk.tag import PerceptronTagger

    nltk_tagger = PerceptronTagger()
    tables = tables_from_nltk(nltk_tagger.model.weights, nltk_tagger.classes, nltk_tagger.tagdict)
    if key is not None:
        _save_cache(tables, cache_dir, key)
    return tables


class ArticleTagger:
    """Tags the sentences of one article with nltk's perceptron model (see the module docstring)."""

    def __init__(self, tables: TaggerTables) -> None:
        self.tables = tables
        self.labels = tables.labels
        # Previous-tag states: every tag the model or its dictionary can give, then the two start marks.
        states = list(tables.labels) + sorted(set(tables.tagdict.values()) - set(tables.labels))
        self.states = states + [START, START2]
        self.state_index = {s: i for i, s in enumerate(self.states)}
        self.start, self.start2 = self.state_index[START], self.state_index[START2]
        row = tables.row
        count = len(self.states)
        # Features of (previous tag, tag before it): one (states, states, tags) table.
        pair_rows = np.array([[(row("i-1 tag", p), row("i-2 tag", p2), row("i tag+i-2 tag", p, p2))
                               for p2 in self.states] for p in self.states])
        self.pair_scores = tables.weights[pair_rows].sum(axis=2).reshape(count, count, -1)
        self.bias = tables.weights[row("bias")]
        self._rows: dict[str, tuple[int, ...]] = {}
        missing = tables.missing
        self._mark_rows = [(missing,) * 3 + self._context_rows(mark) for mark in (START, START2, END, END2)]

    MEMO_LIMIT = 100_000  # distinct words remembered across articles (about 10 MB)

    def _context_rows(self, context: str) -> tuple[int, ...]:
        """Rows of the features a neighbour of this (normalised) form gives: i-1 word and suffix, i-2
        word, i+1 word and suffix, i+2 word."""
        find, missing = self.tables.feature_row.get, self.tables.missing
        return (find(f"i-1 word {context}", missing), find(f"i-1 suffix {context[-3:]}", missing),
                find(f"i-2 word {context}", missing), find(f"i+1 word {context}", missing),
                find(f"i+1 suffix {context[-3:]}", missing), find(f"i+2 word {context}", missing))

    def _word_rows(self, word: str) -> tuple[int, ...]:
        """Rows of a word's own features (suffix, first letter, word) and of those it gives neighbours."""
        find, missing = self.tables.feature_row.get, self.tables.missing
        norm = _normalize(word)
        rows = (find(f"i suffix {word[-3:]}", missing), find(f"i pref1 {word[:1]}", missing),
                find(f"i word {norm}", missing)) + self._context_rows(norm)
        self._rows[word] = rows
        return rows

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[str]:
        """The tag of every token of `sentences` (one list of words per sentence), in order."""
        words = [w for sentence in sentences for w in sentence]
        if not words:
            return []
        tables, weights = self.tables, self.tables.weights
        # One row of feature indices per distinct word (and per start/end mark): the three features of
        # the word itself, then the six it gives a neighbour. Kept across articles (bounded).
        types = list(dict.fromkeys(words))
        if len(self._rows) > self.MEMO_LIMIT:
            self._rows.clear()
        rows, memo = self._rows, self._word_rows
        type_rows = np.array([rows.get(w) or memo(w) for w in types] + self._mark_rows)
        gathered = weights[type_rows]
        own = gathered[:, 0] + gathered[:, 1] + gathered[:, 2]
        before1 = gathered[:, 3] + gathered[:, 4]
        before2 = gathered[:, 5]
        after1 = gathered[:, 6] + gathered[:, 7]
        after2 = gathered[:, 8]
        context_index = {w: i for i, w in enumerate(types + [START, START2, END, END2])}
        norm_of = {w: _normalize(w) for w in types}

        # Every token's context, with nltk's marks at the sentence edges.
        ids = np.array([context_index[w] for w in words])
        lengths = np.array([len(s) for s in sentences if len(s)])
        position = np.arange(len(words)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        remaining = np.repeat(lengths, lengths) - position - 1  # tokens after this one in its sentence
        mark = context_index
        at_1 = np.where(position >= 1, np.roll(ids, 1), mark[START2])
        at_2 = np.where(position >= 2, np.roll(ids, 2), np.where(position == 1, mark[START2], mark[START]))
        after_1 = np.where(remaining >= 1, np.roll(ids, -1), mark[END])
        after_2 = np.where(remaining >= 2, np.roll(ids, -2), np.where(remaining == 1, mark[END], mark[END2]))
        static = (self.bias + own[ids]
                  + before1[at_1] + before2[at_2] + after1[after_1] + after2[after_2])

        # Greedy decoding: a token's tag depends on the two before it. Dictionary words need no
        # scoring, so most scored tokens follow known tags: score every token whose two previous
        # tags are known at once, round after round, then finish the rare long chains in order.
        state_index = self.state_index
        known = [tables.tagdict.get(w) for w in words]
        state = np.array([state_index[t] if t else -1 for t in known])
        pending = np.flatnonzero(state < 0)
        while len(pending) >= self.BATCH:
            prev, prev2 = self._previous(state, pending, position)
            ready = (prev >= 0) & (prev2 >= 0)
            if ready.sum() < self.BATCH:
                break
            at = pending[ready]
            state[at] = self._score(at, prev[ready], prev2[ready], static, words, norm_of, position, remaining)
            pending = pending[~ready]
        for i in pending.tolist():  # in order: each token's previous tags are set by now
            prev, prev2 = self._previous(state, np.array([i]), position)
            state[i] = self._score(np.array([i]), prev, prev2, static, words, norm_of, position, remaining)[0]
        return [self.states[s] for s in state.tolist()]

    BATCH = 8  # fewer ready tokens than this: numpy's per-call cost outweighs batching

    def _previous(self, state: np.ndarray, at: np.ndarray, position: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """States of the two tags before each token in `at` (start marks at a sentence's start; -1 unknown)."""
        k = position[at]
        prev = np.where(k >= 1, state[np.maximum(at - 1, 0)], self.start)
        prev2 = np.where(k >= 2, state[np.maximum(at - 2, 0)], np.where(k == 1, self.start, self.start2))
        return prev, prev2

    def _score(self, at: np.ndarray, prev: np.ndarray, prev2: np.ndarray, static: np.ndarray,
               words: Sequence[str], norm_of: dict[str, str], position: np.ndarray, remaining: np.ndarray,
               ) -> np.ndarray:
        """nltk's best tag (as a state index) for the tokens `at`, given their two previous tags."""
        tables, states = self.tables, self.states
        find, missing = tables.feature_row.get, tables.missing
        with_word = [find(f"i-1 tag+i word {states[p]} {norm_of[words[i]]}", missing)
                     for i, p in zip(at.tolist(), prev.tolist())]
        scores = static[at] + self.pair_scores[prev, prev2] + tables.weights[with_word]
        best = scores.argmax(axis=1)
        top = scores[np.arange(len(at)), best]
        for row in np.flatnonzero((scores == top[:, None]).sum(axis=1) > 1).tolist():
            i = int(at[row])
            norms = [norm_of[w] for w in words]
            tag = self._nltk_tie(words[i], i, norms, position, remaining, states[prev[row]], states[prev2[row]])
            best[row] = self.state_index[tag]
        return best

    def _nltk_tie(self, word: str, i: int, norms: Sequence[str],
                  position: np.ndarray, remaining: np.ndarray, prev: str, prev2: str) -> str:
        """nltk's choice where integer scores tie: its features (`_get_features`) summed as nltk sums them,
        in floats, feature by feature, and its tie rule."""
        k, rest = int(position[i]), int(remaining[i])
        context = [START, START2, *norms[i - k:i + rest + 1], END, END2]  # the sentence as nltk sees it
        scores = [0.0] * len(self.labels)
        for feature in _nltk_rules()._get_features(k, word, context, prev, prev2):
            r = self.tables.feature_row.get(feature)
            if r is None:
                continue
            for j in np.flatnonzero(self.tables.weights[r]):
                scores[j] += int(self.tables.weights[r, j]) / 1000
        return max(zip(scores, self.labels))[1]


@lru_cache(maxsize=1)
def article_tagger() -> ArticleTagger:
    """The process's tagger (tables loaded once)."""
    return ArticleTagger(tagger_tables())
