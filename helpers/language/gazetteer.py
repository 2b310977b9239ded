"""What kind of thing a proper name names, as WordNet knows it: a place, an organisation, a person.

nltk's `gazetteers` corpus (lists of countries, US states and cities) is not in the offline NLTK mirror and
cannot be downloaded here, so the project's own WordNet stands in for it. WordNet lists about 7,700 proper
names as *instances* ("Sri_Lanka" is an instance of country, "Ibsen" of dramatist) and files every noun
under a lexicographer file: noun.location, noun.group (organisations: "United_Nations", "Hamas", "NATO"),
noun.person, noun.artifact (buildings and institutions: "Vatican", "Harvard", "Kremlin"), noun.object
(seas, lakes, rivers, mountains and continents: "Black Sea", "Lake Michigan", "South America"). A capitalised
noun.person word that is not an instance names a member of a group, not a person: "Serb", "Jew",
"Democrat", "Yankee".

For each name the senses are read in WordNet's order (most frequent first) and only senses where the word is
written capitalised count ("china" the porcelain is not China). The table maps the lower-case name (words
joined by spaces) to its kinds in that order, for example "washington" -> ["place", "place",
"organisation", "person", "person"]; it is derived once from the WordNet files and cached as JSON
(`helpers.language.derived`).
"""
from __future__ import annotations

from functools import lru_cache

from helpers.language import derived
from helpers.language.lemmas import _lines, _wordnet_root, is_synset_name, lemmatize

CACHE_NAME = "wordnet-proper-names"

# lexicographer file -> kind of a capitalised instance (or of a capitalised word for groups and places)
_KIND_OF_FILE = {"noun.location": "place", "noun.group": "organisation", "noun.person": "person",
                 "noun.artifact": "facility", "noun.object": "place"}


def _sense_kind(lexname: str, instance: bool) -> str:
    kind = _KIND_OF_FILE.get(lexname, "other")
    if kind == "person" and not instance:
        return "member"  # "Serb", "Democrat": one of a group
    if not instance and lexname in ("noun.artifact", "noun.object"):
        return "other"  # a capitalised thing that is no instance of anything
    return kind


def build(root=None) -> dict[str, list[str]]:
    """lower-case proper name -> the kinds of its capitalised senses, most frequent sense first."""
    root = root if root is not None else _wordnet_root()
    lexnames = [line.split()[1] for line in _lines(root, "lexnames") if line.strip()]
    synsets: dict[str, tuple[str, bool, list[str]]] = {}
    for line in _lines(root, "data.noun"):
        if not line or line.startswith(" "):
            continue
        columns = line.split("|", 1)[0].split()  # offset, lexicographer file, type, count, names..., pointers
        count = int(columns[3], 16)
        words = [raw.split("(")[0] for raw in columns[4:4 + 2 * count:2]]
        rest = columns[4 + 2 * count:]
        instance = any(rest[1 + 4 * k] == "@i" for k in range(int(rest[0])))
        synsets[columns[0]] = (lexnames[int(columns[1])], instance, words)
    table: dict[str, list[str]] = {}
    for line in _lines(root, "index.noun"):
        if line.startswith(" "):
            continue
        columns = line.split()
        lemma, pointer_count = columns[0], int(columns[3])
        kinds = []
        for offset in columns[4 + pointer_count + 2:]:
            lexname, instance, words = synsets[offset]
            if any(w.lower() == lemma and w[:1].isupper() for w in words):
                kinds.append(_sense_kind(lexname, instance))
        if kinds:
            table[lemma.replace("_", " ")] = kinds
    return table


def cache_key(root) -> str:
    return "; ".join([derived.files_key(derived.corpus_files(root)), derived.versions_key(),
                      derived.source_key("helpers.language.gazetteer")])


@lru_cache(maxsize=1)
def proper_names() -> dict[str, tuple[str, ...]]:
    """The table, from the cache when it is current (built at set-up), else derived from WordNet.

    Kept with tuples, one per distinct sequence of kinds: 34,000 lists would be 34,000 more objects for
    Python's cyclic garbage collector to walk on each full pass (tens of milliseconds inside a redraw)."""
    root = _wordnet_root()
    return derived.cached(CACHE_NAME, cache_key(root), lambda: _shared(build(root)), _encode, _decode)


# Stored as two newline-joined strings, names and their kinds (names never contain a newline): decoding is
# two splits, about 10 ms per process instead of 75 ms for 34,000 JSON lists.
def _encode(table: dict[str, tuple[str, ...]]) -> list[str]:
    if any("\n" in name or " " in kind for name, kinds in table.items() for kind in kinds):
        raise ValueError("a proper name contains a newline or a kind a space")
    return ["\n".join(table), "\n".join(" ".join(kinds) for kinds in table.values())]


def _decode(stored: list[str]) -> dict[str, tuple[str, ...]]:
    names, kinds = stored
    shared: dict[str, tuple[str, ...]] = {}
    return {name: shared.get(joined) or shared.setdefault(joined, tuple(joined.split(" ")))
            for name, joined in zip(names.split("\n"), kinds.split("\n"))}


def _shared(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return _decode(_encode({name: tuple(kinds) for name, kinds in table.items()}))


def kinds(name: str) -> list[str]:
    """The kinds WordNet gives a proper name, most frequent sense first ([] when it does not list it).

    >>> kinds("Sri Lanka"), kinds("Serb"), kinds("china")
    (['place'], ['member'], ['place', 'place'])
    """
    return list(proper_names().get(" ".join(name.lower().split()), ()))


def english_word(low: str, parts: str) -> bool:
    """WordNet lists the lower-case word (or its lemma) as a word of one of `parts` ("n", "nvar")."""
    return any(is_synset_name(low, pos) or is_synset_name(lemmatize(low, pos), pos) for pos in parts)


def adjective(word: str) -> bool:
    """WordNet lists the word, as written, as an adjective ("Jewish")."""
    return is_synset_name(word, "a") or is_synset_name(word, "s")


def kind_of_sense(kind: str) -> str:
    return {"facility": "organisation", "member": "other"}.get(kind, kind)
