"""WordNet lemmas and the dictionary-word check, without loading nltk's whole WordNet reader.

nltk's `WordNetCorpusReader` parses every WordNet index and the adjective data when it loads: about a
second of CPU in a fresh process, most of the first word cell of a notebook. Lemmatisation needs far less:
nltk's `_morphy` reads only which parts of speech each lemma has in the index (`_lemma_pos_offset_map`,
and only its keys) and the exception lists (`_exception_map`), and applies the reader's suffix rules
(`MORPHOLOGICAL_SUBSTITUTIONS`). The dictionary check (`is_dictionary_word`) needs in addition the lemma
names of the synsets of each part of speech.

So those are derived once from the WordNet files into a cache file (`helpers.language.derived`: under
`.nltk_data/derived/`, rebuilt when missing or when WordNet, nltk or this module change) and loaded in a
few tens of milliseconds. Lemmas come from nltk's own `_morphy` run over the derived maps,
so they are nltk's exactly; tests/test_lemmas.py compares both with nltk's reader on every WordNet lemma
and on the words of a corpus.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from helpers.language import derived
from helpers.resources import require, use_project_nltk_data

WORDNET_POS = ("n", "v", "a", "r")  # the parts of speech lemmatised ('s', satellite adjectives, as 'a')
FILE_SUFFIXES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}  # as nltk's WordNetCorpusReader._FILEMAP

# nltk's syntactic marker on an adjective lemma name in the data files: "galore(ip)" is the name "galore".
# Must strip: "galore(ip)" -> "galore", "elect(p)" -> "elect". Must keep: "ice_cream", "Mr." unchanged.
SYNTACTIC_MARKER = re.compile(r"(.*?)(\([^()]*\))?$")


@dataclass(frozen=True)
class LemmaMaps:
    """What lemmatisation and the dictionary check read from WordNet.

    parts_of_speech: lemma (lower case, as in the index files) -> the parts of speech it has there, as a
        string of letters ("nv"; an adjective also has "s", as in nltk's `_lemma_pos_offset_map`).
    exceptions: part of speech -> irregular form -> its base forms ("n" -> "geese" -> ["goose"]).
    names: part of speech -> every lemma name of the synsets of that part of speech, as written in the data
        files ("china", "China", "ice_cream"; satellite adjectives count as "a").
    """

    parts_of_speech: Mapping[str, str]
    exceptions: dict[str, dict[str, list[str]]]
    names: dict[str, AbstractSet[str]]


class SortedWords(AbstractSet[str]):
    """A set of words kept as one sorted list and searched by bisection.

    Building a hash set of 120,000 WordNet names costs a fresh process more (tens of milliseconds) than
    every lookup an article makes; a sorted list comes straight from splitting one string.
    """

    def __init__(self, words: list[str]) -> None:
        self.words = words  # sorted, no duplicates

    def index(self, word: object) -> int:
        """Position of `word` in the list, or -1."""
        if not isinstance(word, str):
            return -1
        at = bisect_left(self.words, word)
        return at if at < len(self.words) and self.words[at] == word else -1

    def __contains__(self, word: object) -> bool:
        return self.index(word) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)


class SortedMap(Mapping[str, str]):
    """A read-only map from words (a `SortedWords`) to values in a parallel list."""

    def __init__(self, words: list[str], values: list[str]) -> None:
        self.keys_ = SortedWords(words)
        self.values_ = values

    def __getitem__(self, word: str) -> str:
        at = self.keys_.index(word)
        if at < 0:
            raise KeyError(word)
        return self.values_[at]

    def __contains__(self, word: object) -> bool:
        return word in self.keys_

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_)

    def __len__(self) -> int:
        return len(self.keys_)


class _MorphyMaps:
    """Stands in for nltk's reader in a call of its own `_morphy`, which reads only these attributes."""

    def __init__(self, maps: LemmaMaps) -> None:
        from nltk.corpus.reader.wordnet import WordNetCorpusReader

        self._lemma_pos_offset_map = maps.parts_of_speech  # `pos in value` as in nltk's dict of offsets
        self._exception_map = maps.exceptions
        self.MORPHOLOGICAL_SUBSTITUTIONS = WordNetCorpusReader.MORPHOLOGICAL_SUBSTITUTIONS
        self.morphy_rule = WordNetCorpusReader._morphy

    def morphy(self, form: str, pos: str) -> list[str]:
        return self.morphy_rule(self, form, pos)


# --------------------------------------------------------------------------- reading WordNet


def _wordnet_root():
    """nltk's path pointer to the WordNet folder (inside the zip)."""
    require("wordnet")
    use_project_nltk_data()
    import nltk

    return nltk.data.find("corpora/wordnet.zip/wordnet/")


def _lines(root, name: str) -> list[str]:
    with root.join(name).open(encoding="utf8") as stream:
        return stream.read().splitlines()


def build_maps(root=None) -> LemmaMaps:
    """Derive the maps from the WordNet files, as nltk's reader reads them (index lines not starting with
    a space; every line of the exception files; lemma names of data lines, syntactic markers stripped)."""
    root = root if root is not None else _wordnet_root()
    parts: dict[str, str] = {}
    for suffix in FILE_SUFFIXES.values():
        for line in _lines(root, f"index.{suffix}"):
            if line.startswith(" "):
                continue
            lemma, pos = line.split(maxsplit=2)[:2]
            letters = pos + "s" if pos == "a" else pos
            known = parts.get(lemma, "")
            parts[lemma] = known + "".join(letter for letter in letters if letter not in known)
    exceptions: dict[str, dict[str, list[str]]] = {}
    for pos, suffix in FILE_SUFFIXES.items():
        exceptions[pos] = {terms[0]: terms[1:] for terms in map(str.split, _lines(root, f"{suffix}.exc"))}
    exceptions["s"] = exceptions["a"]
    names: dict[str, frozenset[str]] = {}
    for pos, suffix in FILE_SUFFIXES.items():
        found: set[str] = set()
        for line in _lines(root, f"data.{suffix}"):
            if not line or line.startswith(" "):
                continue
            columns = line.split("|", 1)[0].split()  # offset, lexicographer file, type, count, names...
            for raw in columns[4:4 + 2 * int(columns[3], 16):2]:
                found.add(SYNTACTIC_MARKER.match(raw).group(1))
        names[pos] = frozenset(found)
    names["s"] = names["a"]
    return LemmaMaps(parts, exceptions, names)


# --------------------------------------------------------------------------- the cache

CACHE_NAME = "wordnet-lemmas"


def cache_key(root) -> str:
    """What the cached maps are valid for: the WordNet files, nltk and Python, and this module's code."""
    return "; ".join([derived.files_key(derived.corpus_files(root)), derived.versions_key(),
                      derived.source_key("helpers.language.lemmas")])


@lru_cache(maxsize=1)
def maps() -> LemmaMaps:
    """The maps, from the cache when it is current, else derived from WordNet (and cached). Once per process."""
    root = _wordnet_root()
    return derived.cached(CACHE_NAME, cache_key(root), lambda: build_maps(root), _encode, _decode)


# The cache file holds each list of words sorted and space-joined in one JSON string (WordNet lemmas and
# names never contain a space: the index and data files are space-separated). Decoding is then a split,
# not 300,000 JSON strings and two hash tables: about 15 ms per process instead of 75 ms.
def _encode(found: LemmaMaps) -> list:
    lemmas = sorted(found.parts_of_speech)
    words = [*lemmas, *(w for names in found.names.values() for w in names)]
    if any(not word or any(c.isspace() for c in word) for word in words):
        raise ValueError("a WordNet lemma is empty or contains a space")
    return [" ".join(lemmas), " ".join(found.parts_of_speech[lemma] for lemma in lemmas), found.exceptions,
            {pos: " ".join(sorted(names)) for pos, names in found.names.items()}]


def _decode(stored: list) -> LemmaMaps:
    lemmas, parts, exceptions, names = stored
    return LemmaMaps(SortedMap(lemmas.split(" "), parts.split(" ")), exceptions,
                     {pos: SortedWords(joined.split(" ") if joined else []) for pos, joined in names.items()})


@lru_cache(maxsize=1)
def _morphy_maps() -> _MorphyMaps:
    return _MorphyMaps(maps())


# --------------------------------------------------------------------------- lemmas and the dictionary


def morphy(form: str, pos: str) -> list[str]:
    """nltk's `WordNetCorpusReader._morphy(form, pos)`: the base forms of a word that WordNet knows."""
    if pos not in ("n", "v", "a", "r", "s"):
        raise ValueError(f"not a WordNet part of speech: {pos!r}")
    return _morphy_maps().morphy(form, pos)


def lemmatize(word: str, pos: str = "n") -> str:
    """WordNet lemma, exactly as `nltk.stem.WordNetLemmatizer().lemmatize(word, pos)`: the shortest of
    morphy's base forms, else the word ("talks" -> "talk", "geese" -> "goose", "Putin" -> "Putin")."""
    lemmas = morphy(word, pos)
    return min(lemmas, key=len) if lemmas else word


def is_synset_name(base: str, pos: str) -> bool:
    """Whether `base` is, exactly as written, a lemma name of one of its own synsets for `pos`: what
    `any(name == base for s in wordnet.synsets(base, pos) for name in s.lemma_names())` computes
    (every name of a synset is in the index under its lower-case form, so morphy finds that synset)."""
    return base in maps().names[pos]
