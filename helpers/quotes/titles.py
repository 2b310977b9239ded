"""Which person "the minister", "the Chief Justice" or "the coach" stands for: the last one the text named with it.

A title's words match the person whose title run (the capitalised words and "of", "for", "and" right before the
name) ends with them ("Chinese Premier Wen Jiabao" ... "the Chinese Premier") or, for a one-word title, holds the
word anywhere: "Union Minister of Agriculture and Farmers Welfare Shivraj Singh Chouhan", "Minister of State for
Finance Bhagwat Karad" ... "the Minister said". A word before it that makes another office of it (`OTHER_OFFICE`:
"Prime Minister", "Vice President", "Deputy Premier") does not match: Indian and British papers write "the Prime
Minister" or "the PM" for a prime minister, never "the minister".

An indefinite role opening a story before anyone is named ("A minister has lashed out at …") is the person the next
sentences give that role in an apposition ("Huw Merriman, a transport minister, also …"): `apposition_holder`.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from helpers.quotes.reading import Reading

OTHER_OFFICE = {"minister": {"prime"}, "president": {"vice"}, "chancellor": {"vice"}, "premier": {"deputy"},
                "mayor": {"deputy"}, "governor": {"lieutenant"}}
_JOINERS = {"of", "for", "and", "&"}
# Abbreviated titles before a name and the word a later mention uses: "Gov. John Bel Edwards" ... "the governor"
ABBREVIATIONS = {"gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator", "rep.": "representative",
                 "lt.": "lieutenant", "gen.": "general", "supt": "superintendent", "supt.": "superintendent",
                 "insp": "inspector", "insp.": "inspector", "det.": "detective", "sgt": "sergeant", "sgt.": "sergeant",
                 "prof.": "professor", "prof": "professor", "dr": "doctor", "dr.": "doctor", "pres.": "president",
                 "cmdr.": "commander", "capt.": "captain", "col.": "colonel", "adm.": "admiral", "atty.": "attorney"}


def _title_run(r: Reading, m: int, expand: bool) -> list[str]:
    """The lower-cased title words right before the name starting at token m ("union minister of agriculture")."""
    k = m - 1
    while k >= 0 and m - k <= 8 and r.in_quote[k] == -1 and (
            r.tokens[k][:1].isupper() or r.tokens[k] in _JOINERS or _abbreviation_dot(r.tokens, k)):
        k -= 1
    return [_full(w) if expand else w.lower() for w in _without_dots(r.tokens, k + 1, m)]


def _abbreviation_dot(tokens: list[str], k: int) -> bool:
    """The "." of an abbreviated title ("Gov . John Bel Edwards"), not a full stop ("the suit . Conte")."""
    return tokens[k] == "." and k > 0 and (tokens[k - 1].lower() in ABBREVIATIONS
                                           or tokens[k - 1].lower() + "." in ABBREVIATIONS)


def _without_dots(tokens: list[str], start: int, end: int) -> list[str]:
    return [tokens[k] for k in range(max(0, start), end) if not _abbreviation_dot(tokens, k)]


def _full(word: str) -> str:
    low = word.lower()
    return ABBREVIATIONS.get(low, low)


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
            raw = [w.lower() for w in _without_dots(r.tokens, m - len(words) - 1, m)]  # "actress X" too
            if len(words) == 1:  # "the governor" after "Gov. John Bel Edwards" (one word: "the New Jersey
                raw = [_full(w) for w in raw]  # governor" keeps the exact words PolNeAR's gold names it by)
            run = raw if raw[-len(words):] == words else _title_run(r, m, len(words) == 1)
            if _matches(run, words):
                return entity
        if m >= 1 and r.tags[m - 1] in ("NN", "NNS") and r.tokens[m - 1].islower() \
                and "\n" not in r.doc.text[r.doc.ends[m - 1]:s]:
            return None  # a person named since with another role ("star Arturo Castro … the actor"; not the last
            # word of a heading above: "… over IBAC reports ¶ Daniel Andrews has traded")
    return None


def apposition_holder(r: Reading, first: int, words: list[str]):
    """The person an apposition gives the role `words[-1]` right after an indefinite "A minister has lashed out at
    …" that opens a story before anyone is named: the first person in the two sentences after token `first` (same or
    next paragraph) followed by ", a transport minister," (same head word), or None."""
    doc, head = r.doc, words[-1]
    i = bisect_left(r.person_starts, doc.starts[first])
    if i > 0 or not head.isalpha():
        return None  # someone was named before: "a police officer" is not the story's opening cataphora
    pattern = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(head)}s?\b", re.I)
    s = doc.token_sentence[first]
    last, paragraph = doc.sentences[min(s + 2, len(doc.sentences) - 1)], doc.sentences[s].paragraph
    for start, end, entity in r.person_mentions[:12]:
        if start >= last.end or doc.sentences[doc.sentence_index_at(start)].paragraph - paragraph > 1:
            return None
        if entity.kind == "person" and not r.inside_quote(end) and pattern.match(doc.text, end, end + 60):
            return entity
    return None
