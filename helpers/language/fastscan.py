"""Run a slow regex only where it can match: the same matches as `pattern.finditer(text)`, much sooner.

Python's `re` tries a pattern at every position of the text. When a pattern opens with an optional
group, a `\\b`, a lookbehind or a case-insensitive alternation ("(?i:\\b(?:one|two|...))"), it cannot
skip ahead by its first character, so a 5,000-word article costs it 30,000 full attempts. Cheap
patterns (`starts`) that match at least wherever the slow one can begin find the few positions worth
trying: `finditer_where` gives exactly the matches `finditer` gives (same spans, same groups, same
order), because a match can only begin where a start matches and `re` tries positions left to right.

Case-insensitive words are found in `fold_case(text)`, a lower-cased copy of the same length in which
the letters that `re.IGNORECASE` equates with an ASCII letter ("ı", "ſ", "İ") are that letter; `starts`
can then be a plain lower-case alternation, which `re` scans fast, best written as a `word_trie`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

# Letters that re.IGNORECASE matches to an ASCII letter although str.lower() does not give that letter
# (found by trying every code point; "İ".lower() is two characters, which would shift every offset).
_FOLD_TO_ASCII = {ord("İ"): "i", ord("ı"): "i", ord("ſ"): "s"}


def fold_case(text: str) -> str:
    """A lower-case copy of `text`, offset for offset: where `(?i)word` matches in `text`, `word` matches here.

    "Twenty-ſix" -> "twenty-six"; "İstanbul" -> "istanbul" (not str.lower()'s two-character "i̇").
    """
    if any(letter in text for letter in "İıſ"):  # rare, and str.translate is slow
        text = text.translate(_FOLD_TO_ASCII)
    folded = text.lower()
    if len(folded) != len(text):  # "İ" is the only letter whose lower case is longer (checked); guard anyway
        folded = "".join(c if len(lower := c.lower()) != 1 else lower for c in text)
    return folded


def word_trie(words: Iterable[str]) -> str:
    """A regex alternation of literal `words`, grouped by first letter so `re` rejects a position at once.

    word_trie(["one", "on", "two"]) == "o(?:ne|n)|t(?:wo)"; the match may be any of the words beginning
    there (it only marks where to look), so the order of the alternatives does not matter.
    """
    groups: dict[str, set[str]] = {}
    for word in words:
        if not word:
            raise ValueError("an empty word would match everywhere")
        groups.setdefault(word[0], set()).add(word[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        if "" in rests:  # the letter alone is a word: nothing more to ask
            parts.append(re.escape(first))
        else:
            tails = "|".join(re.escape(r) for r in sorted(rests, key=lambda r: (-len(r), r)))
            parts.append(f"{re.escape(first)}(?:{tails})")
    return "|".join(parts)


def finditer_where(pattern: re.Pattern, text: str, starts: Sequence[tuple[re.Pattern, str]]
                   ) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)`, trying `pattern` only where one of `starts` matches.

    `starts` holds (regex, haystack) pairs; a haystack is `text` or a text of the same length such as
    `fold_case(text)`. Contract: wherever `pattern` can match beginning at an offset, some regex of
    `starts` matches its haystack beginning at that offset. Several small regexes searched apart are
    faster than one alternation of them, which `re` must try at every position. `pattern` must not
    match the empty string. `pattern.match(text, p)` sees the text before `p`, so lookbehinds and `\\b`
    behave as in `finditer`.
    """
    searches = []
    for regex, haystack in starts:
        if len(haystack) != len(text):
            raise ValueError("a haystack must be as long as the text")
        searches.append((regex.search, haystack))
    match, end = pattern.match, len(text) + 1
    upcoming = [-1] * len(searches)  # the next offset at which each regex matches (-1: not searched yet)
    position = 0
    while True:
        for index, (search, haystack) in enumerate(searches):
            if upcoming[index] < position:
                found = search(haystack, position)
                upcoming[index] = found.start() if found is not None else end
        at = min(upcoming)
        if at == end:
            return
        found = match(text, at)
        if found is None:
            position = at + 1
            continue
        if found.end() == at:
            raise ValueError(f"{pattern.pattern!r} matched the empty string")
        yield found
        position = found.end()
