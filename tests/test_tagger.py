"""The numpy tagger gives nltk's tags, token for token, and its cache is safe to lose or corrupt."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from nltk.tag import PerceptronTagger

from helpers.load.article import from_text, load_article
from helpers.resources import PROJECT_ROOT
from helpers.language.segment import Document, pos_tagger
from helpers.language.tagger import ArticleTagger, _load_cache, _save_cache, article_tagger, tables_from_nltk, tagger_tables

EVAL = PROJECT_ROOT.parent / "shared" / "eval"


def nltk_tags(sentences: list[list[str]], tagger: PerceptronTagger) -> list[str]:
    return [tag for sentence in sentences for _, tag in tagger.tag(sentence)]


def eval_texts(limit_polnear: int) -> list[str]:
    """Texts of the evaluation articles: all of ieer and bbc, the first polnear ones."""
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted((EVAL / "ieer-dev").glob("*.json"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((EVAL / "bbc-dev").glob("*.txt"))]
    polnear = sorted((EVAL / "polnear-train").glob("*.json"))[:limit_polnear]
    return texts + [json.loads(p.read_text(encoding="utf-8"))["text"] for p in polnear]


@pytest.mark.parametrize("path", ["data/articles/putin-xi-beijing.txt", "tests/data/small-article.txt"])
def test_project_articles_tagged_as_nltk_tags_them(path):
    doc = Document(load_article(PROJECT_ROOT / path))
    sentences = doc.tagger_sentences()
    assert doc.tags == nltk_tags(sentences, pos_tagger())
    assert len(doc.tags) == len(doc.tokens) > 50


def test_evaluation_articles_tagged_as_nltk_tags_them():
    if not EVAL.is_dir():
        pytest.skip("../shared/eval is absent")
    texts = eval_texts(limit_polnear=150)
    tagger, differing = article_tagger(), []
    tokens = 0
    for number, text in enumerate(texts):
        sentences = Document(from_text(text)).tagger_sentences()
        tokens += sum(map(len, sentences))
        if tagger.tag(sentences) != nltk_tags(sentences, pos_tagger()):
            differing.append(number)
    assert tokens > 100_000
    assert differing == []


@pytest.mark.parametrize(
    "sentences",
    [
        pytest.param([], id="no sentences"),
        pytest.param([[]], id="one empty sentence"),
        pytest.param([["Hello"]], id="one word"),
        pytest.param([["Zzyzx", "qwrtp", "blorfed", "the", "snarks"]], id="words the model never saw"),
        pytest.param([["well-known", "1998", "42", "3.5bn", "-5", "-"]], id="hyphens, years, digits, a lone dash"),
        pytest.param([["He", "said", "so", "."], [], ["Yes", "!"], ["“", "No", "”"]], id="sentence edges"),
        pytest.param([["The"] * 40], id="a run of dictionary words"),
        pytest.param([["Smith"] * 200 + ["."]], id="a long run of scored words"),
    ],
)
def test_edge_cases_tagged_as_nltk_tags_them(sentences):
    assert article_tagger().tag(sentences) == nltk_tags(sentences, pos_tagger())


def tiny_nltk_tagger(weights: dict[str, dict[str, float]], tagdict: dict[str, str]) -> PerceptronTagger:
    tagger = PerceptronTagger(load=False)
    tagger.model.weights = weights
    tagger.classes = tagger.model.classes = {"AA", "BB", "CC"}
    tagger.tagdict = tagdict
    return tagger


@pytest.mark.parametrize(
    "weights, words",
    [
        # AA gets 0.1 + 0.2 (the float 0.30000000000000004), BB gets 0.3: equal in thousandths, but
        # nltk's floats put AA ahead, so AA wins although BB is the later tag in nltk's tie order.
        pytest.param({"bias": {"AA": 0.1, "BB": 0.3}, "i word x": {"AA": 0.2}}, [["x"]], id="float sum beats tie order"),
        pytest.param({"bias": {"AA": 0.5, "BB": 0.5}}, [["x", "y"]], id="exact tie: the later tag"),
        pytest.param({}, [["x"]], id="no weights: every score 0"),
        pytest.param({"i-1 tag AA": {"CC": 1.0}, "bias": {"AA": 0.5}}, [["x", "y", "z"]], id="previous tag feature"),
        pytest.param({"i-1 tag+i word BB y": {"CC": 2.0}, "bias": {"BB": 0.5}, "i word y": {"AA": 1.0}},
                     [["x", "y"]], id="previous tag with word"),
        pytest.param({"i tag+i-2 tag -START- -START2-": {"AA": 1.0}, "i-2 tag -START-": {"CC": 0.2}},
                     [["x", "y", "z"]], id="start marks as previous tags"),
    ],
)
def test_tiny_models_decode_as_nltk_decodes(weights, words):
    nltk_tagger = tiny_nltk_tagger(weights, tagdict={"the": "CC"})
    ours = ArticleTagger(tables_from_nltk(weights, nltk_tagger.classes, nltk_tagger.tagdict))
    assert ours.tag(words) == nltk_tags(words, nltk_tagger)


def test_weights_that_are_not_thousandths_are_refused():
    with pytest.raises(ValueError, match="thousandths"):
        tables_from_nltk({"bias": {"AA": 0.0001}}, ["AA"], {})


def test_cache_round_trip_and_refusals(tmp_path: Path):
    tables = tables_from_nltk({"bias": {"AA": 0.25}, "i word x": {"BB": -1.5}}, ["AA", "BB"], {"the": "AA"})
    folder = tmp_path / "tagger"
    _save_cache(tables, folder, "key-1")
    loaded = _load_cache(folder, "key-1")
    assert loaded is not None
    assert loaded.labels == tables.labels and loaded.tagdict == tables.tagdict
    assert loaded.feature_row == tables.feature_row
    assert np.array_equal(loaded.weights, tables.weights)
    assert _load_cache(folder, "key-2") is None, "a cache of another model file is not used"
    (folder / "weights.npy").write_bytes(b"not numpy")
    assert _load_cache(folder, "key-1") is None, "a corrupt cache is rebuilt, not trusted"
    _save_cache(tables, folder, "key-1")  # replaces the corrupt one
    assert _load_cache(folder, "key-1") is not None
    assert [p.name for p in tmp_path.iterdir()] == ["tagger"], "no scratch folders left behind"


def test_real_model_cache_loads_what_nltk_built(tmp_path: Path):
    built = tagger_tables.__wrapped__(tmp_path / "tagger")  # no cache: built from nltk's model
    loaded = tagger_tables.__wrapped__(tmp_path / "tagger")  # from the cache just written
    assert (tmp_path / "tagger" / "weights.npy").exists()
    assert np.array_equal(built.weights, loaded.weights) and built.feature_row == loaded.feature_row
    assert built.tagdict == pos_tagger().tagdict and built.labels == sorted(pos_tagger().classes)


def test_word_memory_is_bounded_and_forgetting_changes_nothing(seed_document):
    """The per-word feature rows kept across articles are cleared past MEMO_LIMIT; tags stay nltk's."""
    tagger = ArticleTagger(tagger_tables())
    tagger.MEMO_LIMIT = 50
    first = seed_document.tagger_sentences()
    second = Document(load_article(PROJECT_ROOT / "tests/data/small-article.txt")).tagger_sentences()
    only_first = {w for s in first for w in s} - {w for s in second for w in s}
    assert tagger.tag(first) == nltk_tags(first, pos_tagger())
    assert only_first <= set(tagger._rows), "the first article's words are remembered"
    assert tagger.tag(second) == nltk_tags(second, pos_tagger())
    assert not only_first & set(tagger._rows), "past the limit, the memory was cleared before the second article"
    assert tagger.tag(first) == nltk_tags(first, pos_tagger())
