"""Keyness: which words are unusually frequent in this article compared with ordinary news writing.

The reference corpus defaults to the `news` category of nltk's Brown corpus (about 100,000 words of
American newspaper text from 1961). Both sides are normalised by the same rules as the frequency list
(`helpers.words.frequency.normalise`: case folded, WordNet lemmas, possessives merged, punctuation and numbers
out), Brown's own tags mapped to WordNet parts of speech, so "talks" in the article meets "talk" in
Brown. Names are one word on both sides: the article's names as `helpers.words.frequency.name_units`
reads them, Brown's as runs of two or more capitalised proper nouns and title words ("Fulton County Grand
Jury", from Brown's own NP and -TL tags), each keyed by `name_key`; a name is looked up in Brown by every
form the article writes it in ("Xi" and "Xi Jinping"). Sizes count every word of a name on both sides
(`running_total`), so rates are per word of text, as in the frequency list.

Two measures, so a reader sees significance and size together:
- **log-likelihood** G² as in Rayson & Garside (2000), "Comparing corpora using frequency profiling":
  with a = count in the article, b = count in the reference, c and d their sizes,
  E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d), G² = 2(a ln(a/E1) + b ln(b/E2)), a term with a zero count
  being 0. G² ≥ 3.84 means p < 0.05, 6.63 p < 0.01, 10.83 p < 0.001, 15.13 p < 0.0001 (1 d.f.).
- **Log Ratio** (Hardie 2014): log2 of the ratio of relative frequencies, (a/c) / (b/d); each point is
  a doubling. A zero frequency is replaced by 0.5 so a word absent from the reference gets a large but
  finite value (Hardie's own adjustment); such words are flagged `absent_from_reference`.
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter
from functools import cache, lru_cache
from operator import attrgetter

import pandas as pd


from helpers.language import derived

from helpers.language import lemmas
from helpers.language.name_lists import PERSON_TITLES
from helpers.resources import require
from helpers.language.segment import Document
from helpers.words.frequency import (
    WordOptions,
    display_forms,
    is_acronym,
    is_word,
    name_key,
    normalise,
    running_readings,
    running_total,
)

REFERENCE_NAME = "Brown corpus, news"
DEFAULT_OPTIONS = WordOptions()
ZERO_ADJUSTMENT = 0.5  # Hardie (2014): stands in for a zero frequency in Log Ratio
# (critical G² value, p) for 1 degree of freedom, strictest first
SIGNIFICANCE = ((15.13, 0.0001), (10.83, 0.001), (6.63, 0.01), (3.84, 0.05))

# Brown tag -> Penn tag, enough for lemmatisation and name detection. Brown marks titles (-TL),
# headlines (-HL), citations (-NC) and foreign words (FW-); those marks are stripped first.
BROWN_TO_PENN_PREFIX = (
    ("NPS", "NNPS"), ("NP", "NNP"), ("NNS", "NNS"), ("NN", "NN"), ("NR", "NN"),
    ("VB", "VB"), ("BE", "VB"), ("HV", "VB"), ("DO", "VB"),
    ("JJ", "JJ"), ("RB", "RB"),
)


@cache
def penn_tag(brown_tag: str) -> str:
    """A Penn tag standing in for a Brown tag ("NP-TL" -> "NNP", "HVD" -> "VB", "NN$" -> "NN")."""
    tag = brown_tag.split("-")[0] if not brown_tag.startswith("FW-") else brown_tag[3:].split("-")[0]
    tag = tag.rstrip("$*")
    for prefix, penn in BROWN_TO_PENN_PREFIX:
        if tag.startswith(prefix):
            return penn
    return tag


def brown_word(token: str) -> str:
    """A Brown token as the article's tokenizer would have counted it: possessive "'s" or "'" dropped."""
    if token.endswith(("'s", "'S")) and len(token) > 2:
        return token[:-2]
    if token.endswith("s'") and len(token) > 2:
        return token[:-1]
    if token.endswith(".") and len(token) > 1 and not is_acronym(token):
        return token[:-1]  # "Mrs." -> "Mrs", as the article's tokenizer splits the full stop off
    return token


@lru_cache(maxsize=8)
def reference_counts(options: WordOptions = DEFAULT_OPTIONS, categories: tuple[str, ...] = ("news",)
                     ) -> tuple[Counter, int]:
    """(counts by key, total running words) of the Brown corpus categories, normalised like the
    article. Counted once (about half a second for `news`) and kept in a cache file (`helpers.language.derived`)
    that is read again while Brown, WordNet, nltk and the normalising code stay the same."""
    require("brown")
    label = repr((options, tuple(categories)))
    name = f"brown-reference-{hashlib.sha256(label.encode()).hexdigest()[:12]}"
    return derived.cached(name, reference_key(label), lambda: count_reference(options, categories),
                          encode=lambda found: [dict(found[0]), found[1]],
                          decode=lambda stored: (Counter(stored[0]), stored[1]))


def reference_key(label: str) -> str:
    """What cached reference counts are valid for: the options and categories (`label`), the Brown and
    WordNet files, nltk and Python, and the code that normalises words."""
    import nltk

    try:
        brown_root = nltk.data.find("corpora/brown.zip/brown/")
    except LookupError:
        brown_root = nltk.data.find("corpora/brown")
    return "; ".join([label, derived.files_key(derived.corpus_files(brown_root)),
                      lemmas.cache_key(lemmas._wordnet_root()), derived.versions_key(),
                      derived.source_key("helpers.words.frequency", "helpers.words.keyness")])


def count_reference(options: WordOptions, categories: tuple[str, ...]) -> tuple[Counter, int]:
    """`reference_counts` computed from the corpus (no cache)."""
    require("brown")
    from nltk.corpus import brown

    counts: Counter = Counter()
    total = 0
    for sentence in brown.tagged_sents(categories=list(categories)):
        initial = True
        run: list[tuple[str, list[str], bool]] = []  # the name being read: (word, its keys, proper noun)
        for token, tag in sentence:
            penn = penn_tag(tag)
            word = brown_word(token) if options.merge_possessives else token
            if not is_word(word):
                _count_run(run, counts, options)
                initial = initial and not word[:1].isalnum()
                continue
            parts = word.split("-") if (options.split_name_compounds and "-" in word
                                       and all(p[:1].isupper() and is_word(p) for p in word.split("-"))) \
                else [word]
            keys = []
            for part in parts:
                tag_used = "NNP" if len(parts) > 1 else penn
                keys.append(normalise(part, tag_used, initial=initial, options=options)[0])
            total += len(keys)  # every word of a name counts in the size, as in the article
            if options.names_as_units and word[:1].isupper() and _name_word(tag):
                run.append((word, keys, penn in ("NNP", "NNPS")))
            else:
                _count_run(run, counts, options)
                counts.update(keys)
            initial = False
        _count_run(run, counts, options)
    return counts, total


def _name_word(brown_tag: str) -> bool:
    """A capitalised Brown word that can be part of a name: a proper noun ("Fulton" NP-TL, "Allen" NP)
    or a noun or adjective of a title ("County" NN-TL, "Grand" JJ-TL)."""
    penn = penn_tag(brown_tag)
    return penn in ("NNP", "NNPS") or ("-TL" in brown_tag and penn in ("NN", "NNS", "JJ"))


def _count_run(run: list[tuple[str, list[str], bool]], counts: Counter, options: WordOptions) -> None:
    """Count a run of name words read from Brown, then empty it: two or more words with a proper noun
    among them are one name ("Fulton County Grand Jury", keyed as the article keys its names:
    `helpers.words.frequency.name_key`), titles before it ("Mr.", "President") words of their own;
    otherwise each word counts as itself."""
    titles = 0  # titles before a name are words of their own, as the article's names leave them out
    while titles < len(run) - 1 and run[titles][0].lower() in PERSON_TITLES:
        counts.update(run[titles][1])
        titles += 1
    name = run[titles:]
    if len(name) > 1 and any(proper for _, _, proper in name):
        words = [word for word, _, _ in name]
        if all(len(word) == 1 for word in words):
            words = ["".join(words)]  # Brown's "U. S." is the article's "U.S."
        counts[name_key(" ".join(words), options)[0]] += 1
    else:
        for _, keys, _ in name:
            counts.update(keys)
    run.clear()


def _reference_forms(words, options: WordOptions) -> dict[str, set[str]]:
    """For each name counted as one word, the keys its written forms have in the reference: "Xi Jinping",
    written "Xi" and "Xi Jinping", is looked up as both, since Brown's "Xi" would not be linked to a
    fuller name (names are compared fairly: each as the article wrote it)."""
    forms: dict[str, set[str]] = {}
    for word in words:
        if word.name:
            surface = word.surface.removesuffix("’s").removesuffix("'s")
            forms.setdefault(word.key, {word.key}).add(name_key(" ".join(surface.split()), options)[0])
    return forms


def log_likelihood(a: float, b: float, c: float, d: float) -> float:
    """Rayson & Garside (2000) log-likelihood G² of a word seen a times in c words and b times in d."""
    if c <= 0 or d <= 0 or a + b <= 0:
        return 0.0
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g2 = 0.0
    if a > 0:
        g2 += a * math.log(a / e1)
    if b > 0:
        g2 += b * math.log(b / e2)
    return 2 * g2


def log_ratio(a: float, b: float, c: float, d: float) -> float:
    """Hardie (2014) Log Ratio: log2((a/c)/(b/d)), a zero count replaced by 0.5 (never divides by 0)."""
    if c <= 0 or d <= 0:
        return math.nan
    a = a if a > 0 else ZERO_ADJUSTMENT
    b = b if b > 0 else ZERO_ADJUSTMENT
    return math.log2((a / c) / (b / d))


def p_value_band(g2: float) -> float | None:
    """The smallest of 0.0001, 0.001, 0.01, 0.05 that G² reaches (1 d.f.), or None (not significant)."""
    for critical, p in SIGNIFICANCE:
        if g2 >= critical:
            return p
    return None


def keyness(doc: Document, *, min_count: int = 2, top_n: int | None = 20, direction: str = "over",
            categories: tuple[str, ...] = ("news",), **options) -> pd.DataFrame:
    """Words of the article ranked by log-likelihood against the reference corpus.

    `direction`: "over" (more frequent in the article than in the reference; the default), "under",
    or "both". Words seen fewer than `min_count` times in the article are left out (a word used once
    and absent from 1961 news is rarely a finding). Stopwords are counted in both sizes but only
    listed when `remove_stopwords=False`.

    Columns: word, count, per_1000, ref_count, ref_per_1000, log_likelihood, log_ratio, p,
    absent_from_reference. `frame.attrs` names the reference and its size.
    """
    opts = WordOptions.make(**options)
    frame = _ranked(doc, min_count, direction, tuple(categories), opts)
    result = (frame.head(top_n) if top_n else frame).reset_index(drop=True)
    result.attrs.update(frame.attrs)
    return result


@lru_cache(maxsize=32)
def _ranked(doc: Document, min_count: int, direction: str, categories: tuple[str, ...],
            opts: WordOptions) -> pd.DataFrame:
    """Every key word of the article, ranked (cached per article and options: the chart, its table and
    the finding all read it, and a control redrawing the chart reads it again). Callers get copies."""
    ref, ref_total = reference_counts(WordOptions.make(opts, extra_stopwords=(), remove_stopwords=True),
                                      tuple(categories))
    words = running_readings(doc, opts)
    total = running_total(doc, opts)
    counts = Counter(map(attrgetter("key"), words))
    name_forms = _reference_forms(words, opts)
    stop = {w.key for w in words if w.stop}
    shown = display_forms(words, keys={key for key, count in counts.items() if count >= min_count})
    rows = []
    for key, a in counts.items():
        if a < min_count or (opts.remove_stopwords and key in stop):
            continue
        b = sum(ref.get(form, 0) for form in name_forms.get(key, (key,)))
        ratio = log_ratio(a, b, total, ref_total)
        if (direction == "over" and ratio <= 0) or (direction == "under" and ratio >= 0):
            continue
        g2 = log_likelihood(a, b, total, ref_total)
        rows.append({"word": shown[key], "count": a, "per_1000": a * 1000 / total, "ref_count": b,
                     "ref_per_1000": b * 1000 / ref_total, "log_likelihood": g2, "log_ratio": ratio,
                     "p": p_value_band(g2), "absent_from_reference": b == 0})
    frame = pd.DataFrame(rows, columns=["word", "count", "per_1000", "ref_count", "ref_per_1000",
                                        "log_likelihood", "log_ratio", "p", "absent_from_reference"])
    frame = frame.sort_values(["log_likelihood", "count"], ascending=False, kind="stable")
    frame.attrs.update(reference=f"{REFERENCE_NAME} ({', '.join(categories)})" if categories != ("news",)
                       else REFERENCE_NAME, reference_words=ref_total, article_words=total)
    return frame
