"""Recurring phrases with nltk's collocation finders (helpers.phrases)."""
from __future__ import annotations

import pytest

from helpers.article import from_text
from helpers.phrases import phrases, word_runs
from helpers.segment import Document
from helpers.words import article_words


def _doc(text: str) -> Document:
    return Document(from_text(text))


@pytest.mark.parametrize("text, expected_runs", [
    ("Joint drills began. Joint drills ended.", [["joint", "drill", "begin"], ["joint", "drill", "end"]]),
    ("Russia’s president spoke.", [["russia", "president", "speak"]]),
    ("Tea, and dinner.", [["tea"], ["and", "dinner"]]),
    ("A two-day visit.", [["a", "two-day", "visit"]]),
], ids=["sentence boundary breaks", "possessive does not break", "comma breaks", "hyphenated word is one"])
def test_word_runs(text, expected_runs):
    doc = _doc(text)
    runs = word_runs(doc, article_words(doc))
    assert [[w.key for w in run] for run in runs] == expected_runs


def test_phrases_never_cross_sentences_or_edge_stopwords():
    doc = _doc("The joint drills began in the Sea of Japan. Joint drills ended. "
               "The Sea of Japan was calm. Officials said the drills ended in the Sea of Japan.")
    table = phrases(doc, top_n=None, min_count=2)
    found = set(table["phrase"])
    assert "joint drills" in found and "Sea of Japan" in found
    assert not any(p.split()[0] in {"the", "of", "in"} or p.split()[-1] in {"the", "of", "in"} for p in found)
    assert "Japan joint" not in found


def test_seed_phrases(seed_document):
    table = phrases(seed_document, top_n=None)
    assert not table.empty
    assert (table["count"] >= 2).all()
    assert (table["log_likelihood"].diff().dropna() <= 0).all()
    assert {"two leaders", "last year"} <= set(table["phrase"])
    original = seed_document.article.original
    for row in table.itertuples():
        assert original[row.start:row.end] == row.example
        assert row.pmi > 0


@pytest.mark.parametrize("min_count", [1, 2, 3])
def test_min_count(seed_document, min_count):
    table = phrases(seed_document, top_n=None, min_count=min_count)
    assert (table["count"] >= min_count).all()


def test_sizes_and_lemmas(seed_document):
    bigrams = phrases(seed_document, sizes=(2,), top_n=None, min_count=1)
    assert set(bigrams["n"]) == {2}
    assert "warm talks" not in set(bigrams["phrase"])  # a quote mark sits between them
    lemmas = phrases(seed_document, sizes=(2,), top_n=None, lemmatize=True)
    assert "two leader" in set(lemmas["phrase"])


@pytest.mark.parametrize("text, min_count, shows_table", [
    ("Joint drills began. Joint drills ended. Joint drills resumed.", 2, True),
    ("A short note about nothing in particular.", 2, False),
], ids=["recurring phrase", "nothing recurs"])
def test_phrases_view_explains_an_empty_table(text, min_count, shows_table):
    from helpers.phrases import phrases_view

    view = phrases_view(_doc(text), min_count=min_count)
    assert (view.table is not None) is shows_table
    assert shows_table or "MIN_PHRASE_COUNT" in view.text


def _texts(limit: int = 40) -> list[str]:
    """The seed article and, when present, some of the shared evaluation texts."""
    from tests.conftest import EVAL, SEED

    import json

    texts = [SEED.read_text(encoding="utf-8")]
    for path in sorted(EVAL.glob("polnear-train/*.json"))[:limit] if EVAL.is_dir() else []:
        texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
    return texts


@pytest.mark.parametrize("n", [2, 3, 4], ids=["bigrams", "trigrams", "quadgrams"])
@pytest.mark.parametrize("min_count", [1, 2])
def test_collocation_finder_is_nltks(n, min_count):
    """Every count nltk's finder holds (in the same order) and every score it gives are the same as those
    of `from_documents` followed by nltk's own filters, on real articles and on edge cases."""
    from nltk.metrics import BigramAssocMeasures, QuadgramAssocMeasures, TrigramAssocMeasures

    from helpers.phrases import FINDERS, collocation_finder

    documents = [[["a"], [], ["a", "b"], ["a", "b", "a", "b", "a"], ["b", "a", "b"]]]
    for text in _texts():
        doc = _doc(text)
        words = article_words(doc, lemmatize=False)
        documents.append([[w.key for w in run] for run in word_runs(doc, words)])
    measures = {2: BigramAssocMeasures, 3: TrigramAssocMeasures, 4: QuadgramAssocMeasures}[n]
    stop = {"the", "a", "of"}
    for runs in documents:
        expected = FINDERS[n][0].from_documents(runs)
        expected.apply_freq_filter(min_count)
        expected.apply_ngram_filter(lambda *gram: gram[0] in stop or gram[-1] in stop)
        found = collocation_finder(runs, n, lambda gram, count: count >= min_count and gram[0] not in stop
                                   and gram[-1] not in stop)
        assert type(found) is type(expected) and found.N == expected.N
        assert vars(found).keys() == vars(expected).keys()
        for name, value in vars(expected).items():
            mine = getattr(found, name)
            assert (list(mine.items()) == list(value.items())) if isinstance(value, dict) else mine == value, name
        for measure in ("likelihood_ratio", "pmi", "raw_freq", "student_t"):
            score = getattr(measures, measure)
            assert found.score_ngrams(score) == expected.score_ngrams(score), measure


def test_collocation_finder_refuses_other_sizes():
    from helpers.phrases import collocation_finder

    with pytest.raises(ValueError, match="only 2, 3 or 4"):
        collocation_finder([["a", "b"]], 5, lambda gram, count: True)
