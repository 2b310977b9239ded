"""Keyness against the Brown news reference: log-likelihood, Log Ratio, tag mapping (helpers.words.keyness)."""
from __future__ import annotations

import math

import pytest

from helpers.views import words as V
from helpers.words import keyness as K
from helpers.load.article import from_text
from helpers.language.segment import Document
from helpers.words.frequency import WordOptions


@pytest.mark.parametrize("a, b, c, d, expected", [
    # worked by hand: E1 = 1000*60/11000, E2 = 10000*60/11000
    (50, 10, 1000, 10000, 2 * (50 * math.log(50 / (1000 * 60 / 11000)) + 10 * math.log(10 / (10000 * 60 / 11000)))),
    (10, 100, 1000, 10000, 0.0),                    # same relative frequency: no evidence
    (8, 0, 600, 87000, 2 * 8 * math.log(8 / (600 * 8 / 87600))),  # absent from reference: one term only
    (0, 5, 600, 87000, 2 * 5 * math.log(5 / (87000 * 5 / 87600))),
    (0, 0, 600, 87000, 0.0),
    (3, 3, 0, 87000, 0.0),
], ids=["overused", "equal rates", "zero in reference", "zero in article", "zero in both", "empty article"])
def test_log_likelihood(a, b, c, d, expected):
    assert K.log_likelihood(a, b, c, d) == pytest.approx(expected)


@pytest.mark.parametrize("a, b, c, d, expected", [
    (20, 10, 1000, 10000, math.log2(20)),
    (10, 100, 1000, 10000, 0.0),
    (8, 0, 600, 87000, math.log2((8 / 600) / (0.5 / 87000))),
    (0, 8, 600, 87000, math.log2((0.5 / 600) / (8 / 87000))),
], ids=["twenty times more often", "equal rates", "zero in reference uses 0.5", "zero in article uses 0.5"])
def test_log_ratio(a, b, c, d, expected):
    assert K.log_ratio(a, b, c, d) == pytest.approx(expected)


def test_log_ratio_of_empty_corpus_is_nan_not_an_error():
    assert math.isnan(K.log_ratio(1, 1, 0, 100))


@pytest.mark.parametrize("g2, p", [(3.0, None), (3.84, 0.05), (7.0, 0.01), (11.0, 0.001), (80.0, 0.0001)],
                         ids=["not significant", "p<0.05", "p<0.01", "p<0.001", "p<0.0001"])
def test_p_value_band(g2, p):
    assert K.p_value_band(g2) == p


@pytest.mark.parametrize("brown, penn", [
    ("NP-TL", "NNP"), ("NPS", "NNPS"), ("NN$", "NN"), ("NNS-HL", "NNS"), ("HVD", "VB"), ("BEDZ", "VB"),
    ("VBN", "VB"), ("JJT", "JJ"), ("RB", "RB"), ("FW-NN", "NN"), ("AT", "AT"), ("NR", "NN"),
    ("NP$", "NNP"), ("JJR", "JJ"), ("RBR", "RB"), ("VBG", "VB"), ("CD", "CD"), ("PPS", "PPS"),
], ids=lambda value: str(value))
def test_penn_tag(brown, penn):
    """Brown tags map to the Penn tag the article's words are keyed by (verbs and adjectives by their
    family, as lemmas are); tags with no Penn family stay as they are."""
    assert K.penn_tag(brown) == penn


@pytest.mark.parametrize("token, word", [
    ("Atlanta's", "Atlanta"), ("nation's", "nation"), ("voters'", "voters"), ("Mrs.", "Mrs"),
    ("U.S.", "U.S."), ("talks", "talks"), ("it's", "it"),
], ids=lambda value: str(value))
def test_brown_word(token, word):
    assert K.brown_word(token) == word


def test_reference_is_cached_and_normalised_like_the_article():
    counts, total = K.reference_counts(WordOptions())
    again = K.reference_counts(WordOptions())
    assert again[0] is counts  # computed once per process (its speed is measured in `make bench`)
    assert 80_000 < total < 110_000
    assert counts["talk"] > counts.get("talks", 0)  # lemmatised like the article
    assert counts["US"] > 0 and counts["the"] > 5000


def test_seed_actors_rank_above_ordinary_news_words(seed_document):
    table = K.keyness(seed_document, top_n=None)
    ranks = {word: rank for rank, word in enumerate(table["word"])}
    actors = ["Vladimir Putin", "Xi Jinping", "Russia", "China"]
    assert all(actor in ranks for actor in actors), table.head(10)
    counts, _ = K.reference_counts(WordOptions())
    ordinary = {key for key, _ in counts.most_common(300)}
    ordinary_ranks = [rank for word, rank in ranks.items() if word.lower() in ordinary]
    assert ordinary_ranks, "expected some everyday news words among the key words"
    assert max(ranks[a] for a in actors) < min(ordinary_ranks)


def test_seed_absent_words_have_finite_measures(seed_document):
    table = K.keyness(seed_document, top_n=None)
    absent = table[table["absent_from_reference"]]
    assert {"Vladimir Putin", "Xi Jinping"} <= set(absent["word"])
    assert absent["log_ratio"].map(math.isfinite).all() and absent["log_likelihood"].map(math.isfinite).all()
    assert (table["log_likelihood"].diff().dropna() <= 0).all()


@pytest.mark.parametrize("direction", ["over", "under", "both"])
def test_directions(seed_document, direction):
    table = K.keyness(seed_document, top_n=None, direction=direction, min_count=1, remove_stopwords=False)
    assert not table.empty
    if direction == "over":
        assert (table["log_ratio"] > 0).all()
    elif direction == "under":
        assert (table["log_ratio"] < 0).all()
    else:
        assert (table["log_ratio"] > 0).any() and (table["log_ratio"] < 0).any()


def test_min_count_and_stopwords(seed_document):
    table = K.keyness(seed_document, top_n=None, min_count=3)
    assert (table["count"] >= 3).all()
    assert "the" not in set(table["word"])


def test_tiny_article_without_key_words():
    doc = Document(from_text("The man said that it was the time."))
    assert K.keyness(doc, min_count=2).empty
    with pytest.raises(ValueError):
        V.keyness_chart(doc)


def test_keyness_chart_names_both_measures(seed_document):
    fig = V.keyness_chart(seed_document, top_n=10)
    labels = " ".join(ax.get_xlabel() for ax in fig.axes)
    assert "Log-likelihood" in labels and "Log Ratio" in labels


def test_keyness_chart_shows_only_significant_words(seed_document):
    fig = V.keyness_chart(seed_document, top_n=50)
    shown = len(fig.axes[0].patches)
    significant = (K.keyness(seed_document, top_n=None)["log_likelihood"] >= 3.84).sum()
    assert shown == min(50, significant)


@pytest.mark.parametrize("options", [WordOptions(), WordOptions(lemmatize=False, lowercase=False)],
                         ids=["default", "no lemmas, case kept"])
def test_cached_reference_equals_a_fresh_count(options, tmp_path, monkeypatch):
    """The counts read back from the cache file are the counts of the corpus, key by key and in order."""
    from helpers.language import derived

    monkeypatch.setattr(derived, "CACHE_DIR", tmp_path)
    fresh = K.count_reference(options, ("news",))
    built = K.reference_counts.__wrapped__(options, ("news",))  # no in-process cache: writes the file
    read = K.reference_counts.__wrapped__(options, ("news",))  # reads it back
    assert len(list(tmp_path.glob("brown-reference-*.json"))) == 1
    for counts, total in (built, read):
        assert total == fresh[1] and list(counts.items()) == list(fresh[0].items())


def test_reference_key_follows_options_and_the_normalising_code():
    from helpers.language import derived

    default, other = K.reference_key(repr((WordOptions(), ("news",)))), K.reference_key(repr((WordOptions(lemmatize=False), ("news",))))
    assert default != other
    assert derived.source_key("helpers.words.frequency", "helpers.words.keyness") in default and "brown" in default and "wordnet" in default
