"""What may stand between a speaker and the speech verb, and clauses a participle's subject is not in.

Small grammars used by `helpers.quotes.nouns` when it reads the subject of a cue:
- a time adverbial between the subject and its verb, as wire copy and the Indian, Australian and New Zealand
  press write it: "Dinesh Sharma on Saturday said", "Trump on Tuesday night told", "the court last week ruled",
  "Smith yesterday said", "the minister on March 3 described", a bare day after a name as press releases write it:
  "Senator Tom Cotton (R-Arkansas) Thursday released";
- a spaced hyphen used as a dash around an apposition: "Nicola Willis - one of the first to call it a “shambles”
  - offered" (the hyphen token "-" only; hyphenated words are one token);
- a subordinate clause (a that-clause after a verb, or one opened by "if", "because", "when"...) that a participle
  after a comma does not take its subject from: "Gandhi announced that Rs 72,000 will be given if his party is
  voted to power, asserting “…”" (Gandhi asserts, not "his party").
"""
from __future__ import annotations

from helpers.language.cues import SUBORDINATORS
from helpers.quotes.reading import Reading

_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_PARTS = {"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"}
_BARE = {"yesterday", "today", "tonight"}
_OPENERS = {"on", "last", "this", "earlier", "late", "early"}
_HEADS = _DAYS | _MONTHS | _PARTS
_SUBJECT_TAGS = {"NNP", "NNPS", "NN", "NNS", "PRP"}


def is_dash(r: Reading, k: int) -> bool:
    """A comma, dash or closing bracket that may end an apposition; a hyphen only with spaces around it ("Willis -
    one of the first ... - offered", not "D.C.-based", "2-1")."""
    token = r.tokens[k]
    if token != "-":
        return token in (",", "—", "–", ")")
    text, start = r.doc.text, r.doc.starts[k]
    return text[start - 1:start].isspace() and text[start + 1:start + 2].isspace()


def before_time_adverbial(r: Reading, h: int, floor: int) -> int:
    """The last token of the subject when a time adverbial ends at h right before a cue ("Sharma *on Saturday*
    said", "Trump *on Tuesday night* told", "the court *last week* ruled", "Smith *yesterday* said"), else h."""
    low = r.tokens[h].lower()
    k = h
    if r.tags[h] == "CD" and h - 1 >= floor and r.tokens[h - 1].lower().rstrip(".") in _MONTHS:
        k, low = h - 1, r.tokens[h - 1].lower().rstrip(".")  # "on March 3"
    if low in _BARE or low in _DAYS and k - 1 >= floor and (
            r.tokens[k - 1] == ")" or r.tags[k - 1] == "NNP" and (e := r.entity(k - 1)) is not None
            and e.kind == "person"):
        j = k - 1  # "Senator Tom Cotton (R-Arkansas) Thursday released", "Smith Thursday said" (press releases)
    elif low in _HEADS:
        j = k - 1
        while j >= floor and k - j <= 3 and (r.tokens[j].lower() in _DAYS or r.tokens[j].lower() in _OPENERS):
            j -= 1
        if j + 1 > k - 1 or r.tokens[j + 1].lower() not in _OPENERS:
            return h  # "the Tuesday vote", "Smith March said": no adverbial
    else:
        return h
    if j < floor or r.in_quote[j] != -1 or r.tags[j] not in _SUBJECT_TAGS and r.tokens[j] != ")":
        return h
    return j


def subordinate_clause_start(r: Reading, verb: int, floor: int) -> int | None:
    """The token opening the subordinate clause whose finite verb is `verb`, read back to the nearest verb or comma:
    "that" after a verb ("announced *that* Rs 72,000 per year will be given") or a subordinator ("*if* his party
    is voted"); None when the verb is a main clause's."""
    k = verb - 1
    while k > floor and verb - k <= 12:
        token, tag = r.tokens[k], r.tags[k]
        if r.in_quote[k] != -1 or token in (",", ";", ":") or tag.startswith("VB") or tag == "MD":
            return None
        low = token.lower()
        if low == "that" and r.tags[k - 1].startswith("VB"):
            return k
        if low in SUBORDINATORS and low != "as":
            return k
        k -= 1
    return None


_ADJECTIVAL = {"DT", "JJ", "JJR", "JJS", "RB", "RBR", "VBN", "CC", "CD", "PRP$"}


def adjective_series_start(r: Reading, comma: int, floor: int) -> int:
    """The comma opening an apposition whose describing words are themselves parted by commas ("Gleeson, *a quietly
    spoken, hugely intelligent man*, would say"): read back from the inner `comma` over segments of adjectives and
    adverbs only; `comma` itself when there is none."""
    while comma - 1 > floor and r.tags[comma - 1] in ("JJ", "VBN"):
        j = comma - 1
        while j > floor and r.tokens[j] != "," and r.tags[j] in _ADJECTIVAL and r.in_quote[j] == -1:
            j -= 1
        if j <= floor or r.tokens[j] != "," or j == comma - 1:
            break
        comma = j
    return comma
