"""Names that hold a possessive or a list joined by "and", which runs of capitals cut in pieces.

Two small grammars over tokens, each returning spans (start, end, words, first token, last token exclusive) that
`helpers.language.name_spans.compound_names` hands to `helpers.language.entities` (the pieces inside are dropped):
- a possessive name: a saint, a royal or religious title, or a group noun, then "'s" and a capitalised run with an
  institution's word: "Queen's Hospital", "St John's College", "King's College London", "Boston Children's
  Hospital"; after it, the possessor alone ("patients at Queen's.") is a short form of the same name;
- an institution named after a royal: "King George Hospital", "Princess Alexandra Hospital";
- a body's word, "of" and fields joined by "and": "Department of Health and Human Services";
- a country named by two places joined by "and" that WordNet knows as one: "Trinidad and Tobago"; a council's
  area so named, before "council", "residents" ...: "Barking and Dagenham council";
- a public body named after places or fields joined by commas and "and", ending with a body's word:
  "Barking, Havering and Redbridge University Hospitals NHS Trust", "East Suffolk and North Essex Foundation
  Trust", "Securities and Exchange Commission", "Bill and Melinda Gates Foundation".
"""
from __future__ import annotations

import re
from bisect import bisect_left

from helpers.language.gazetteer import english_word, kinds as _kinds_of
from helpers.language.name_lists import PLACES
from helpers.language.name_offices import PARTY_WORDS
from helpers.language.segment import Document

Span = tuple[int, int, list[str], int, int]

_POSSESSIVE = frozenset({"'s", "’s"})
_SAINTS = frozenset({"st", "saint", "ste"})
# a possessor that is no person's name: "Queen's Hospital", "Bishop's Stortford" (title), "Children's Hospital"
_TITLE_POSSESSORS = frozenset({"queen", "king", "prince", "princess", "bishop", "lady", "duke", "duchess"})
_GROUP_POSSESSORS = frozenset({"children", "women", "men", "veterans"})  # "Boston Children's Hospital"
# an institution's word in the run after the possessive: what makes "X's Y" one name, not "China's Foreign Ministry"
_INSTITUTIONS = frozenset("""
hospital hospitals college school university church cathedral chapel abbey hospice infirmary academy
""".split())
# the last word of a body whose name lists places or fields joined by "and"
# ("Authority" not: "Israeli and Palestinian Authority officials")
_BODY_ENDS = frozenset({"trust", "trusts", "council", "commission", "foundation", "partnership", "committee"})
# a committee is named by fields ("Environment and Public Works Committee", "Ways and Means Committee"), not by a
# person or a chamber before it ("Trump and House Oversight Committee")
_CHAMBERS = frozenset({"house", "senate"})
# institutions named after a royal: "King George Hospital", "Princess Alexandra Hospital", "Prince Alfred College"
_ROYAL_NAMED = frozenset({"Hospital", "Infirmary", "Hospice", "College", "School", "University"})
_BODY_WORDS = tuple(sorted(w.capitalize() for w in _BODY_ENDS if w[-1] != "s")) + tuple(sorted(_ROYAL_NAMED))
_TRIGGERS = _POSSESSIVE | {w.capitalize() for w in _BODY_ENDS} | _ROYAL_NAMED
_POSSESSIVE_AT = re.compile(r"['’]s\b")
_NOT_IN_A_LIST = frozenset({"the", "a", "an", "and", "of", "for", "in", "on", "at", "to", "by", "with", "from"})


def _capital_word(token: str) -> bool:
    return token[:1].isupper() and token.isalpha() and token.lower() not in _NOT_IN_A_LIST


def _run_after(tokens: list[str], j: int, stop: int) -> int:
    """The end (exclusive) of the run of capitalised words from token j."""
    k = j
    while k < stop and _capital_word(tokens[k]):
        k += 1
    return k


def _possessor_start(tokens: list[str], j: int, first: int) -> int | None:
    """Where the possessor before "'s" at token j begins, or None when it may be a person or a country:
    "St John", "St. Mary", "Queen", "Boston Children"."""
    if j - 1 < first or not _capital_word(tokens[j - 1]):
        return None
    word = tokens[j - 1].lower()
    k = j - 2
    if k >= first and tokens[k] == "." and k - 1 >= first and tokens[k - 1].lower() in _SAINTS:
        return k - 1  # "St. John's College"
    if k >= first and tokens[k].lower() in _SAINTS:
        return k  # "St John's College"
    if word in _TITLE_POSSESSORS and (k < first or not _capital_word(tokens[k])):
        return j - 1  # "Queen's Hospital"; not "Martin Luther King's church"
    if word in _GROUP_POSSESSORS:
        while k >= first and _capital_word(tokens[k]):
            k -= 1  # "Boston Children's Hospital"
        if k - 1 >= first and tokens[k] == "." and tokens[k - 1].lower() in _SAINTS:
            return k - 1  # "St. Jude Children's Research Hospital"
        return k + 1
    return None


def joined_names(doc: Document) -> list[Span]:
    """Possessive names and bodies named by a list joined with "and" (see the module's docstring)."""
    tokens = doc.tokens
    out: list[Span] = []
    possessors: set[str] = set()
    for j in _trigger_tokens(doc):
        token = tokens[j]
        if token in _POSSESSIVE:
            sentence = doc.sentences[doc.token_sentence[j]]
            end = _run_after(tokens, j + 1, sentence.last_token)
            if end == j + 1 or not any(t.lower() in _INSTITUTIONS for t in tokens[j + 1:end]):
                continue
            start = _possessor_start(tokens, j, sentence.first_token)
            if start is not None:
                out.append((doc.starts[start], doc.ends[end - 1], tokens[start:end], start, end))
                possessors.add(doc.text[doc.starts[start]:doc.ends[j]])
        elif token in _ROYAL_NAMED:
            span = _royal_named(doc, j)
            if span is not None:
                out.append(span)
        elif j + 1 == len(tokens) or not _capital_word(tokens[j + 1]):  # "Foundation Trust": at "Trust"
            span = _listed_body(doc, j)
            if span is not None:
                out.append(span)
    if possessors:
        out += _short_possessives(doc, possessors, {s[3] for s in out})
    return out + _places_with_and(doc) + _fields_of_a_body(doc)


_AND_A_CAPITAL = re.compile(r" and (?=[A-Z])")  # a literal first: the regex skips ahead in C
_OF_OR_FOR = re.compile(r" (?:of|for) (?=[A-Z])")
_FIELD_BODIES = ("Department", "Ministry", "Bureau", "Office", "Agency", "Commission", "Council", "Institute")


def _fields_of_a_body(doc: Document) -> list[Span]:
    """ "Department of Health and Human Services", "Ministry of Health and Family Welfare", "Department for
    Environment, Food and Rural Affairs": a body's word, "of" or "for", then fields (one to three capitalised
    English words each) joined by commas and "and", which a run of capitals cuts at the "and"; not "the Department
    of Justice and Google", "the Ministry of Defence and Israel" (no English word, a place)."""
    text, out = doc.text, []
    for match in _OF_OR_FOR.finditer(text):
        i = match.start()
        if text[text.rfind(" ", 0, i) + 1:i] in _FIELD_BODIES and " and " in text[i:i + 120]:
            span = _fields_from(doc, bisect_left(doc.starts, text.rfind(" ", 0, i) + 1))
            if span is not None:
                out.append(span)
    return out


def _fields_from(doc: Document, j: int) -> Span | None:
    tokens = doc.tokens
    if j >= len(tokens) or tokens[j] not in _FIELD_BODIES:
        return None
    sentence = doc.sentences[doc.token_sentence[j]]
    k, joined = j + 2, False
    while True:
        end = _run_after(tokens, k, min(k + 3, sentence.last_token))
        item = tokens[k:end]
        if not item or " ".join(item).lower() in PLACES \
                or not all(english_word(w.lower(), "na" if joined else "nvar") or english_word(w.lower()[:-1], "n")
                           for w in item) \
                or joined and _kinds_of(" ".join(item))[:1] in (["organisation"], ["person"], ["place"]):
            return None  # not "... and Google", "... and Israel"
        if joined:
            break
        if end < sentence.last_token and tokens[end] in (",", "and") and end + 1 < sentence.last_token:
            joined = tokens[end] == "and"
            k = end + 1
            continue
        return None
    if end < len(tokens) and (_capital_word(tokens[end]) or tokens[end] in ("of", "for")):
        return None
    start = j
    while start > sentence.first_token and (_capital_word(tokens[start - 1]) or tokens[start - 1].isupper()
                                            and len(tokens[start - 1]) > 1):
        start -= 1  # "US Department of ...", "Union Ministry of ..."
    return doc.starts[start], doc.ends[end - 1], tokens[start:end], start, end


def _places_with_and(doc: Document) -> list[Span]:
    """ "Trinidad and Tobago", "Bosnia and Herzegovina", "Antigua and Barbuda": one or two capitalised words on
    each side of an "and" that WordNet knows together as one place (not "Israel and Jordan")."""
    text, tokens, out = doc.text, doc.tokens, []
    for match in _AND_A_CAPITAL.finditer(text):
        i = match.start()
        if text[i - 1:i].isalpha() and text[text.rfind(" ", 0, i) + 1:][:1].isupper():
            j = bisect_left(doc.starts, i + 1)
            for before, after in ((1, 1), (2, 1), (1, 2), (2, 2)):
                if j - before < 0 or j + after >= len(tokens):
                    continue
                words = tokens[j - before:j + after + 1]
                if all(_capital_word(w) for w in words if w != "and") \
                        and _kinds_of(" ".join(words))[:1] == ["place"]:
                    out.append((doc.starts[j - before], doc.ends[j + after], words, j - before, j + after + 1))
                    break
            else:
                span = _borough(doc, j)
                if span is not None:
                    out.append(span)
    return out


# a council's area named by two places: "Barking and Dagenham council", "Bath and North East Somerset residents"
_AREA_NOUNS = frozenset({"council", "borough", "district", "area", "residents", "councillors", "constituency"})


def _borough(doc: Document, j: int) -> Span | None:
    """Up to three capitalised words on each side of the "and" at token j, then a council's or an area's noun in
    lower case: one place ("Barking and Dagenham council"; not "Israel and Jordan signed")."""
    tokens = doc.tokens
    end = _run_after(tokens, j + 1, min(j + 4, len(tokens)))
    if end == j + 1 or end >= len(tokens) or tokens[end] not in _AREA_NOUNS or _capital_word(tokens[end]):
        return None
    start = j
    while start > 0 and j - start < 3 and _capital_word(tokens[start - 1]):
        start -= 1
    if start == j or any(w.lower() in PARTY_WORDS or w.lower().rstrip("s") in PARTY_WORDS for w in tokens[start:end]):
        return None  # not "Labour and Conservative councillors"
    return doc.starts[start], doc.ends[end - 1], tokens[start:end], start, end


def _trigger_tokens(doc: Document) -> list[int]:
    """The tokens where a rule may apply ("'s", "Trust", "Council"...), found in the text (a substring test
    first: most articles name no body of that kind), not by a scan of every token."""
    text, starts, tokens = doc.text, doc.starts, doc.tokens
    at = [match.start() for match in _POSSESSIVE_AT.finditer(text)] if "'s" in text or "’s" in text else []
    for word in _BODY_WORDS:
        i = text.find(word)
        while i >= 0:
            at.append(i)
            i = text.find(word, i + len(word))
    found = []
    for offset in at:
        j = bisect_left(starts, offset)
        if j < len(tokens) and starts[j] == offset and tokens[j] in _TRIGGERS:
            found.append(j)
    return sorted(found)


def _royal_named(doc: Document, k: int) -> Span | None:
    """ "King George Hospital", "Queen Elizabeth Hospital Birmingham": a royal title, one to three capitalised
    words and the institution's word at token k (and the capitalised words after it) are one name, not a title
    and a person."""
    tokens = doc.tokens
    sentence = doc.sentences[doc.token_sentence[k]]
    i = k
    while i - 1 >= sentence.first_token and _capital_word(tokens[i - 1]) and k - i < 4:
        i -= 1
    if i == k or tokens[i].lower() not in _TITLE_POSSESSORS or k - i < 2:
        return None
    end = _run_after(tokens, k + 1, sentence.last_token)
    if end + 1 < sentence.last_token and tokens[end] == "of" and _capital_word(tokens[end + 1]):
        end = _run_after(tokens, end + 1, sentence.last_token)  # "Queen Mary University of London"
    return doc.starts[i], doc.ends[end - 1], tokens[i:end], i, end


def _listed_body(doc: Document, k: int) -> Span | None:
    """ "Barking, Havering and Redbridge University Hospitals NHS Trust" ending at token k: a run of two or more
    capitalised words, with one or more items of up to three capitalised words before it, joined by "and" (and
    commas), the first after no capitalised word; no item a country ("Israel and UN Security Council") and no
    acronym opening the last run ("the US and EU Commission")."""
    tokens = doc.tokens
    first = doc.sentences[doc.token_sentence[k]].first_token
    i = k
    while i - 1 >= first and (_capital_word(tokens[i - 1]) or tokens[i - 1].isupper() and tokens[i - 1].isalpha()):
        i -= 1
    if k - i < 1 or i - 2 < first or tokens[i - 1] != "and" or tokens[i].isupper():
        return None
    start, joiner = i, "and"
    while joiner and start - 2 >= first and tokens[start - 1] == joiner:
        j = start - 1
        while j - 1 >= first and _capital_word(tokens[j - 1]) and start - j < 4:
            j -= 1
        if j == start - 1 or (j - 1 >= first and _capital_word(tokens[j - 1])) or tokens[j].isupper() \
                or " ".join(tokens[j:start - 1]).lower() in PLACES:
            return None  # no item, an item of four capitalised words or more, an acronym or a country
        start, joiner = j, "," if j - 2 >= first else None
    if start == i or tokens[k] == "Committee" and (tokens[i].lower() in _CHAMBERS or not all(
            english_word(w.lower(), "n") for w in tokens[start:i - 1] if w not in (",", "and"))):
        return None
    return doc.starts[start], doc.ends[k], tokens[start:k + 1], start, k + 1


def _short_possessives(doc: Document, possessors: set[str], taken: set[int]) -> list[Span]:
    """The possessor alone, where the text named "Queen's Hospital": "corridors at Queen's.", "Queen's will cope"
    (no capitalised word after it; not "the Queen's speech")."""
    tokens, out = doc.tokens, []
    for j in [j for j, token in enumerate(tokens) if token in _POSSESSIVE]:
        if j + 1 < len(tokens) and _capital_word(tokens[j + 1]):
            continue
        start = _possessor_start(tokens, j, doc.sentences[doc.token_sentence[j]].first_token)
        if start is not None and start not in taken and doc.text[doc.starts[start]:doc.ends[j]] in possessors \
                and (start == 0 or tokens[start - 1].lower() != "the"):
            out.append((doc.starts[start], doc.ends[j], [doc.text[doc.starts[start]:doc.ends[j]]], start, j + 1))
    return out
