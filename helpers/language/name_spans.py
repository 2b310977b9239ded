"""Names where capitals or tokens do not mark them: in headlines and lines in capitals, and in front of a
hyphenated modifier ("Beijing-based"). Each function returns spans (start, end, words, first token, last token
exclusive) that `helpers.language.entities` turns into mentions."""
from __future__ import annotations

import re

from helpers.language.gazetteer import english_word, kinds as _kinds_of
from helpers.language.name_joins import joined_names
from helpers.language.name_lists import PLACES, first_names
from helpers.language.segment import Document

Span = tuple[int, int, list[str], int, int]

_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with"})


def headline(tokens: list[str]) -> bool:
    """A headline or title line: four or more words, all capitalised (small words aside).

    Stops at the first word in lower case: most sentences are no headline."""
    words = 0
    for token in tokens:
        if token[:1].isalpha() and token.lower() not in _HEADLINE_SMALL_WORDS:
            if not token[:1].isupper():
                return False
            words += 1
    return words >= 4


_COMPOUND = re.compile(r"([A-Z][A-Za-z]+)-[a-z]+")  # "Beijing-based", "Wright-designed", "MTV-style"


def compound_names(doc: Document, named: set[str]) -> list[Span]:
    """The name in front of a hyphenated modifier, when it is a known name: a place or an organisation by
    WordNet or the place list, or a word the body writes as a name ("Beijing-based", "Florence-based",
    "Wright-designed" after "Frank Lloyd Wright"). Not "Kremlin-backed" when the article never names the
    Kremlin and WordNet does not list it, nor "Pro-choice". Then the names `name_joins` finds across a
    possessive or an "and"."""
    out = []
    for j, token in enumerate(doc.tokens):
        match = _COMPOUND.fullmatch(token) if "-" in token else None
        if match is None:
            continue
        name = match.group(1)
        words, first = [name], j
        while first > 0 and doc.tokens[first - 1][:1].isupper() and doc.ends[first - 1] + 1 == doc.starts[first] \
                and _kinds_of(" ".join([doc.tokens[first - 1]] + words))[:1] in (["place"], ["organisation"]):
            first -= 1  # "New York-based", "Hong Kong-based": the whole name WordNet knows
            words.insert(0, doc.tokens[first])
        if first < j or name in named or name.lower() in PLACES \
                or _kinds_of(name)[:1] in (["place"], ["organisation"]):
            out.append((doc.starts[first], doc.starts[j] + len(name), words, first, j + 1))
    return out + joined_names(doc)  # "Queen's Hospital", "Barking, Havering and Redbridge ... NHS Trust"


_CAPS_SUFFIXES = frozenset({"inc", "corp", "ltd", "co", "plc", "llc"})
_CAPS_SMALL = frozenset({"by", "of", "and", "a", "an", "the", "to", "for", "in", "on", "at", "copyright"})


def headline_names(doc: Document, headlines: list, found: list[list[str]]) -> list[Span]:
    """Names in a headline or a line in capitals, where capitals mark nothing: the names the body writes
    ("PAULA JONES" after "Paula Jones", "LEWINSKY'S MOTHER"), longest first, with the first names in front
    ("Newt Gingrich" when the body writes "Gingrich"), and a company before its suffix ("COPYRIGHT 1998 BY
    WORLDSOURCES, INC.")."""
    known: dict[tuple[str, ...], list[str]] = {}
    for words in found:
        known.setdefault(tuple(w.lower() for w in words), words)
    longest = max(map(len, known), default=0)
    lower_words = {t for t in doc.tokens if t.islower()} if headlines else set()
    out = []
    for sentence in headlines:
        i = taken = sentence.first_token
        while i < sentence.last_token:
            for n in range(min(longest, sentence.last_token - i), 0, -1):
                words = doc.tokens[i:i + n]
                if tuple(w.lower() for w in words) in known and words[0][:1].isupper() \
                        and not _after_an_unknown_capital(doc, i, sentence.first_token, lower_words):
                    start = i
                    while start > max(sentence.first_token, taken) and doc.tokens[start - 1][:1].isupper() \
                            and doc.tokens[start - 1].lower() in first_names():
                        start -= 1  # "Newt Gingrich on Donald Trump: ..." when the body writes "Gingrich"
                    out.append((doc.starts[start], doc.ends[i + n - 1], doc.tokens[start:i + n], start, i + n))
                    i += n
                    taken = i
                    break
            else:
                low = doc.tokens[i].lower()
                if low in _CAPS_SUFFIXES and i + 1 < sentence.last_token and doc.tokens[i + 1] == ".":
                    out.extend(_before_suffix(doc, i, sentence.first_token))
                i += 1
    return out


def _after_an_unknown_capital(doc: Document, i: int, first: int, lower_words: set[str]) -> bool:
    """In a headline in Title Case, the word before token i is capitalised, no first name nor a word the text
    writes in lower case: maybe a first name the lists lack ("Newt Gingrich on Donald Trump" when the body
    writes "Gingrich"), so the name is left to the reader of the whole line."""
    if i <= first:
        return False
    before = doc.tokens[i - 1]
    return before[:1].isupper() and not before.isupper() and before.isalpha() \
        and before.lower() not in _HEADLINE_SMALL_WORDS and before.lower() not in lower_words \
        and before.lower() not in first_names()


def _before_suffix(doc: Document, k: int, first: int) -> list[Span]:
    """ "WORLDSOURCES, INC", "WORLD TIMES, INC": the capitalised words before a company suffix at token k."""
    tokens = doc.tokens
    j = k - 1 if tokens[k - 1] == "," else k
    start = j
    while start > first and start > j - 3 and tokens[start - 1][:1].isupper() \
            and tokens[start - 1].isalpha() and tokens[start - 1].lower() not in _CAPS_SMALL:
        start -= 1
    if start == j:
        return []
    return [(doc.starts[start], doc.ends[k], tokens[start:k + 1], start, k + 1)]


def person_after_organisation(tokens: list[str], j: int, end: int, org_words: frozenset[str] | set[str]) -> bool:
    """Token j starts a person's name written right after an organisation's ("Convenor of the Australia West
    Papua Association Louise Byrne says"): the word before ends an organisation ("Association", "Party"), token j
    is a first name and the next one a capitalised word that is no English word. Two names, not one."""
    if not (0 < j < end - 1 and tokens[j - 1].lower() in org_words and tokens[j].lower() in first_names()):
        return False
    nxt = tokens[j + 1]
    return nxt[:1].isupper() and nxt.isalpha() and not english_word(nxt.lower(), "nvar") \
        and nxt.lower() not in org_words
