"""Recurring phrases with nltk's collocation finders (helpers.words.phrases)."""
from __future__ import annotations

import pytest

from helpers.load.article import from_text
from helpers.words.phrases import phrases, word_runs
from helpers.language.segment import Document
from helpers.words.frequency import article_words


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
    assert "joint drills" in found and "drills ended in the Sea of Japan" not in found
    # a name is one word, never a phrase of its words; read word by word it is a phrase with "of" inside
    assert "Sea of Japan" not in found
    assert "Sea of Japan" in set(phrases(doc, top_n=None, min_count=2, names_as_units=False)["phrase"])
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
    from helpers.views.words import phrases_view

    view = phrases_view(_doc(text), min_count=min_count)
    assert (view.table is not None) is shows_table
    assert shows_table or "MIN_PHRASE_COUNT" in view.text

