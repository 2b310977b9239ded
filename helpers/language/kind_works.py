"""Works and programmes named next to their noun (kind `other`): a small grammar read once `settle_kinds` has decided
every entity. Films, books, albums and broadcast programmes are names of their own, but nothing else in the
name tells them apart from a person or a firm ("Kidulthood", "Newsnight", "Fire and Fury"):
- a work's noun right before the name: "the controversial film Kidulthood", "her memoir Becoming", "the BBC show
  Newsnight" (not when a verb follows the name: "the show Trump hosted", "the book Obama wrote": a relative
  clause about a person), after a determiner or a name ("the film", "BBC show"; not "polls show Labour ahead");
- a programme's noun right after it: "the Newsnight programme", "the Today podcast" (not after an organisation: "a
  BBC programme"; not a place: "the Texas program").
Only a name without a title, a first name opening it or a person's kind from strong evidence is read ("the film
director Jane Smith" is no work: the noun stands before "director").
"""
from __future__ import annotations

import re
from bisect import bisect_left

from helpers.language.name_lists import ORG_WORDS, first_names
from helpers.language.segment import Document

_BEFORE = re.compile(r" (?:film|movie|documentary|book|novel|memoir|album|song|show|programme|program|sitcom"
                     r"|series|podcast|musical|newsletter|drama|opera) (?=[A-Z])")  # a literal space first: fast
_AFTER = re.compile(r" (?:programme|program|podcast)\b")  # not "show", "series": "the BBC show", "a Netflix series"


def works_cues(text: str) -> tuple[set[int], set[int]]:
    """Offsets where a name starts after a work's noun, and where one ends before a programme's noun."""
    starts = {m.end() for m in _BEFORE.finditer(text) if _opens_a_noun_phrase(text, m.start())}
    ends = {m.start() for m in _AFTER.finditer(text) if text[m.start() - 1:m.start()].isalpha()}
    return starts, ends


_OPENERS = frozenset("the a an his her their its new hit latest debut popular controversial acclaimed".split())


def _opens_a_noun_phrase(text: str, i: int) -> bool:
    """The word before offset i is a determiner or an adjective of works, or a name ("the film", "hit show", "BBC
    show"); not a plural subject of a verb: "polls show Labour ahead"."""
    word = text[text.rfind(" ", 0, i) + 1:i]
    return word.lower() in _OPENERS or word[:1].isupper() and not word.endswith("s")


def _a_broadcaster(words: list[str]) -> bool:
    return any(w.isupper() or w.isdigit() or w.lower() in ORG_WORDS or w.lower() == "channel" for w in words)


def a_work(doc: Document, entity, cues: tuple[set[int], set[int]], weak: bool) -> bool:
    """Whether a mention of the entity stands next to a work's or programme's noun (see the module's docstring)."""
    starts, ends = cues
    if entity.titles or entity.words[0].lower() in first_names() and len(entity.words) > 1 \
            or entity.kind == "person" and not weak:
        return False
    for start, end in entity.mentions:
        if end in ends and not _a_broadcaster(entity.words) and entity.kind != "place":
            return True  # "the Newsnight programme"; not "a BBC programme", "a Channel 4 programme"
        if start in starts:
            last = bisect_left(doc.starts, end)
            if not (last < len(doc.tokens) and doc.tags[last].startswith(("VB", "MD"))):
                return True  # "the film Kidulthood"; not "the book Obama wrote"
    return False
