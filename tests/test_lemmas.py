"""WordNet lemmas and the dictionary check from the derived cache (helpers.lemmas) equal nltk's."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from helpers import lemmas
from helpers.resources import NLTK_DATA_DIR, PROJECT_ROOT, MissingResourceError, require

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
    texts = [PROJECT_ROOT / "data" / "articles" / "putin-xi-beijing.txt"]
    if EVAL.is_dir():
        texts += sorted(EVAL.glob("*/*.txt"))
    for path in texts:
        found.update(re.findall(r"[^\W\d_][\w.’'-]*", path.read_text(encoding="utf-8", errors="replace")))
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


# --------------------------------------------------------------------------- the cache


@pytest.fixture
def cache_in(tmp_path, monkeypatch):
    """The cache redirected to a temporary folder, and the loaded maps forgotten before and after."""
    _require_wordnet()
    monkeypatch.setattr(lemmas, "CACHE_DIR", tmp_path / "derived")
    lemmas.maps.cache_clear()
    lemmas._morphy_maps.cache_clear()
    yield tmp_path / "derived"
    lemmas.maps.cache_clear()
    lemmas._morphy_maps.cache_clear()


def test_cache_is_built_once_then_read(cache_in, monkeypatch):
    built = lemmas.maps()
    path = lemmas.cache_path()
    assert path.exists() and path.parent == cache_in
    lemmas.maps.cache_clear()
    monkeypatch.setattr(lemmas, "build_maps", lambda root=None: pytest.fail("rebuilt a current cache"))
    assert lemmas.maps() == built
    assert lemmas.lemmatize("talks") == "talk"


def test_cache_is_rebuilt_when_wordnet_changes(cache_in, monkeypatch):
    lemmas.maps()
    lemmas.maps.cache_clear()
    calls = []
    real_build = lemmas.build_maps
    monkeypatch.setattr(lemmas, "fingerprint", lambda root: "another WordNet")
    monkeypatch.setattr(lemmas, "build_maps", lambda root=None: calls.append(1) or real_build(root))
    assert lemmas.lemmatize("geese") == "goose"
    assert calls == [1]


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"], ids=["empty", "text", "truncated"])
def test_damaged_cache_is_rebuilt(cache_in, damage):
    lemmas.maps()
    lemmas.cache_path().write_bytes(damage)
    lemmas.maps.cache_clear()
    assert lemmas.maps().parts_of_speech["talk"] == "nv"
    assert lemmas.cache_path().stat().st_size > 1_000_000  # written again


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write a read-only folder")
def test_read_only_project_goes_without_cache(cache_in):
    cache_in.mkdir()
    cache_in.chmod(0o500)
    try:
        assert lemmas.lemmatize("ties") == "tie"
        assert not lemmas.cache_path().exists()
    finally:
        cache_in.chmod(0o700)


def test_unwritable_cache_folder_still_lemmatizes(cache_in, monkeypatch):
    """A cache that cannot be written (a file where the folder should be) costs time, not results."""
    cache_in.parent.mkdir(exist_ok=True)
    cache_in.write_text("a file, not a folder")
    assert lemmas.lemmatize("ties") == "tie"


def test_fingerprint_names_the_wordnet_files():
    _require_wordnet()
    key = lemmas.fingerprint(lemmas._wordnet_root())
    assert "wordnet" in key and "nltk" in key and f"format {lemmas.FORMAT}" in key


def test_cache_lives_with_the_nltk_data():
    """Under `.nltk_data/`, which git ignores, like the corpora it is derived from."""
    assert Path(lemmas.CACHE_DIR).is_relative_to(NLTK_DATA_DIR)


def test_lemmas_load_fast_in_a_fresh_process():
    """What the issue asks: WordNet lemmas cost tens of milliseconds of CPU, not a second."""
    _require_wordnet()
    import subprocess
    import sys

    lemmas.maps()  # the cache exists
    code = ("import time; from helpers import lemmas; import nltk.corpus.reader.wordnet; t = time.process_time(); "
            "lemmas.lemmatize('talks'); lemmas.is_synset_name('talk', 'n'); print(time.process_time() - t)")
    timings = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
        timings.append(float(out.stdout))
    assert min(timings) < 0.3, timings
