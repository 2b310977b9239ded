"""WordNet lemmas and the dictionary check from the derived cache (helpers.language.lemmas) equal nltk's."""
from __future__ import annotations

import json
import re

import pytest

from helpers.language import derived

from helpers.language import lemmas
from helpers.resources import PROJECT_ROOT, MissingResourceError, require

EVAL = PROJECT_ROOT.parent / "shared" / "eval"


def _require_wordnet() -> None:
    try:
        require("wordnet")
    except MissingResourceError:
        pytest.skip("WordNet is not installed")


@pytest.fixture(scope="module")
def nltk_wordnet():
    """nltk's own reader and lemmatizer (`nltk.corpus.wordnet`, as `WordNetLemmatizer` uses it)."""
    _require_wordnet()
    from nltk.corpus import wordnet
    from nltk.stem import WordNetLemmatizer

    lemmatizer = WordNetLemmatizer()
    lemmatizer.lemmatize("dogs")
    return wordnet, lemmatizer


@pytest.mark.parametrize("word, pos, expected", [
    ("talks", "n", "talk"), ("talks", "v", "talk"), ("geese", "n", "goose"), ("was", "v", "be"),
    ("praised", "v", "praise"), ("better", "a", "good"), ("ties", "n", "tie"), ("Putin", "n", "Putin"),
    ("carson", "n", "carson"), ("media", "n", "medium"), ("leaves", "n", "leaf"), ("leaves", "v", "leave"),
    ("aardwolves", "n", "aardwolf"), ("hardrock", "n", "hardrock"), ("quickly", "r", "quickly"),
], ids=lambda value: str(value))
def test_lemmatize_examples(word, pos, expected):
    _require_wordnet()
    assert lemmas.lemmatize(word, pos) == expected


@pytest.mark.parametrize("base, pos, expected", [
    ("china", "n", True), ("China", "n", True), ("russia", "n", False), ("Russia", "n", True),
    ("think", "v", True), ("thinks", "v", False), ("ice_cream", "n", True), ("galore", "a", True),
    ("carson", "n", False), ("never", "r", True),
], ids=lambda value: str(value))
def test_synset_names(base, pos, expected):
    """A name exactly as written ("russia" is no WordNet name, "Russia" is); adjective markers stripped
    ("galore(ip)" in the data file is "galore")."""
    _require_wordnet()
    assert lemmas.is_synset_name(base, pos) is expected


def test_unknown_part_of_speech_is_refused():
    _require_wordnet()
    with pytest.raises(ValueError, match="part of speech"):
        lemmas.lemmatize("talks", "x")


def _corpus_words() -> set[str]:
    """Words of nltk's Brown corpus, the seed article and (when present) the shared evaluation texts, as
    written and lower-cased."""
    from nltk.corpus import brown

    require("brown")
    found = set(brown.words())
    texts = [(PROJECT_ROOT / "data" / "articles" / "putin-xi-beijing.txt").read_text(encoding="utf-8")]
    if EVAL.is_dir():
        texts += [path.read_text(encoding="utf-8", errors="replace") for path in sorted(EVAL.glob("*/*.txt"))]
        texts += [json.loads(path.read_text(encoding="utf-8")).get("text", "") for path in sorted(EVAL.glob("*/*.json"))]
    for text in texts:
        found.update(re.findall(r"[^\W\d_][\w.’'-]*", text))
    return found | {w.lower() for w in found}


@pytest.mark.slow
def test_lemmas_equal_nltk_for_every_wordnet_lemma_and_corpus_word(nltk_wordnet):
    """`lemmatize` is `WordNetLemmatizer.lemmatize` for every part of speech, on every WordNet lemma, every
    exception form and every word of a large corpus."""
    wordnet, lemmatizer = nltk_wordnet
    vocabulary = set(wordnet._lemma_pos_offset_map) | {f for table in wordnet._exception_map.values() for f in table}
    words = sorted(vocabulary | _corpus_words())
    assert len(words) > 150_000
    differ = [(w, pos) for w in words for pos in "nvars" if lemmas.lemmatize(w, pos) != lemmatizer.lemmatize(w, pos)]
    assert differ == []


@pytest.mark.slow
def test_synset_names_equal_nltk_synsets(nltk_wordnet):
    """The derived names are those of nltk's synsets, part of speech by part of speech, and the check
    answers as `any(name == base for s in wordnet.synsets(base, pos) for name in s.lemma_names())` on
    every corpus word and its lemmas."""
    wordnet, lemmatizer = nltk_wordnet
    names: dict[str, set[str]] = {pos: set() for pos in "nvar"}
    for synset in wordnet.all_synsets():
        names["a" if synset.pos() == "s" else synset.pos()].update(synset.lemma_names())
    for pos in "nvar":
        assert lemmas.maps().names[pos] == names[pos], pos
    differ = []
    for word in sorted(_corpus_words()):
        for pos in "nvar":
            for base in {word, lemmatizer.lemmatize(word, pos)}:
                expected = any(name == base for s in wordnet.synsets(base, pos) for name in s.lemma_names())
                if lemmas.is_synset_name(base, pos) != expected:
                    differ.append((word, pos, base))
    assert differ == []


# --------------------------------------------------------------------------- the cache (see also test_derived.py)


@pytest.fixture
def cache_in(tmp_path, monkeypatch):
    """The cache redirected to a temporary folder, and the loaded maps forgotten before and after."""
    _require_wordnet()
    monkeypatch.setattr(derived, "CACHE_DIR", tmp_path / "derived")
    lemmas.maps.cache_clear()
    lemmas._morphy_maps.cache_clear()
    yield tmp_path / "derived"
    lemmas.maps.cache_clear()
    lemmas._morphy_maps.cache_clear()


def test_maps_are_built_once_then_read(cache_in, monkeypatch):
    built = lemmas.maps()
    assert derived.cache_path(lemmas.CACHE_NAME).parent == cache_in
    lemmas.maps.cache_clear()
    monkeypatch.setattr(lemmas, "build_maps", lambda root=None: pytest.fail("rebuilt a current cache"))
    assert lemmas.maps() == built
    assert lemmas.lemmatize("talks") == "talk"


def test_maps_are_rebuilt_when_wordnet_changes(cache_in, monkeypatch):
    lemmas.maps()
    lemmas.maps.cache_clear()
    calls = []
    real_build = lemmas.build_maps
    monkeypatch.setattr(lemmas, "cache_key", lambda root: "another WordNet")
    monkeypatch.setattr(lemmas, "build_maps", lambda root=None: calls.append(1) or real_build(root))
    assert lemmas.lemmatize("geese") == "goose"
    assert calls == [1]


def test_cache_key_names_wordnet_nltk_and_the_code():
    _require_wordnet()
    key = lemmas.cache_key(lemmas._wordnet_root())
    assert "wordnet" in key and "nltk" in key and derived.source_key("helpers.language.lemmas") in key


def test_a_fresh_process_lemmatises_from_the_cache_without_loading_wordnet():
    """Lemmas come from the derived cache: a new process never opens WordNet's own reader (which costs
    about a second; the time itself is measured in `make bench`)."""
    _require_wordnet()
    import subprocess
    import sys

    lemmas.maps()  # the cache exists
    code = ("import nltk.corpus; from helpers.language import lemmas; "
            "print(lemmas.lemmatize('talks'), lemmas.lemmatize('geese'), lemmas.is_synset_name('talk', 'n'), "
            "type(nltk.corpus.wordnet).__name__)")
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["talk", "goose", "True", "LazyCorpusLoader"]
