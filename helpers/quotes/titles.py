"""Which person "the minister", "the Chief Justice" or "the coach" stands for: the last one the text named with it.

A title's words match the person whose title run (the capitalised words and "of", "for", "and" right before the
name) ends with them ("Chinese Premier Wen Jiabao" ... "the Chinese Premier") or, for a one-word title, holds the
word anywhere: "Union Minister of Agriculture and Farmers Welfare Shivraj Singh Chouhan", "Minister of State for
Finance Bhagwat Karad" ... "the Minister said". A word before it that makes another office of it (`OTHER_OFFICE`:
"Prime Minister", "Vice President", "Deputy Premier") does not match: Indian and British papers write "the Prime
Minister" or "the PM" for a prime minister, never "the minister".
"""
from __future__ import annotations

from bisect import bisect_left

from helpers.quotes.reading import Reading

OTHER_OFFICE = {"minister": {"prime"}, "president": {"vice"}, "chancellor": {"vice"}, "premier": {"deputy"},
                "mayor": {"deputy"}, "governor": {"lieutenant"}}
_JOINERS = {"of", "for", "and", "&"}


def _title_run(r: Reading, m: int) -> list[str]:
    """The lower-cased title words right before the name starting at token m ("union minister of agriculture")."""
    k = m - 1
    while k >= 0 and m - k <= 8 and r.in_quote[k] == -1 and (
            r.tokens[k][:1].isupper() or r.tokens[k] in _JOINERS):
        k -= 1
    return [w.lower() for w in r.tokens[k + 1:m]]


def _matches(run: list[str], words: list[str]) -> bool:
    n = len(words)
    other = OTHER_OFFICE.get(words[-1], set())
    if run[-n:] == words:
        return not (len(run) > n and run[-n - 1] in other)
    if n != 1:
        return False
    return any(w == words[0] and (i == 0 or run[i - 1] not in other) for i, w in enumerate(run))


def title_holder(r: Reading, first: int, words: list[str]):
    """The entity of the latest person named before token `first` with the title `words` (lower case), or None."""
    starts = r.doc.starts
    i = bisect_left(r.person_starts, starts[first])
    for s, _, entity in reversed(r.person_mentions[max(0, i - 30):i]):
        m = bisect_left(starts, s)
        if entity.kind == "person" and m >= len(words):
            raw = [w.lower() for w in r.tokens[max(0, m - len(words) - 1):m]]  # "actress Denise Crosby" too
            if _matches(raw, words) if raw[-len(words):] == words else _matches(_title_run(r, m), words):
                return entity
        if m >= 1 and r.tags[m - 1] in ("NN", "NNS") and r.tokens[m - 1].islower():
            return None  # a person named since with another role ("star Arturo Castro … the actor")
    return None
