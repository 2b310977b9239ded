"""Places that the people around them give away: a small grammar of the words next to a mention, read once
`settle_kinds` has decided every entity (local news names towns WordNet does not know: "Goodmayes", "Shoalhaven",
"Leighton Buzzard", which the defaults call persons):
- a noun of the people who live somewhere after the name: "Shoalhaven residents", "Leighton Buzzard villagers"
  (no person has residents; not a titled person, not an acronym: "NHS resident doctors");
- a person's noun and "from" before it: "a man from Goodmayes", "the couple, from Poole,", "originally from Patna"
  (only over a kind a default or a weak sign decided: "a spokesman from Tesco" stays what it was);
- a street after another: "Coventry Road and Gilbert Close" (not "Glenn Close", a surname);
- a noun of a place's parts or people and "of" before it: "residents of Bedworth", "the outskirts of Patna", "the
  people of Roma" (the same guard).
"""
from __future__ import annotations

from bisect import bisect_left

from helpers.language.gazetteer import adjective, kinds as _kinds_of
from helpers.language.name_lists import GEO_WORDS
from helpers.language.segment import Document

_PEOPLE_AFTER = frozenset({"residents", "resident", "villagers", "townsfolk", "townspeople", "ratepayers",
                           "householders", "homeowners"})
# who comes "from" a place in a news story: "a 20-year-old man from Poole"
_PERSONS_FROM = frozenset("""
man woman men women boy boys girl girls teenager teenagers teen teens youth youths pensioner pensioners couple family
families mother father mum dad grandmother grandfather son daughter motorist driver cyclist pedestrian resident
residents people person originally hails hailing native suspect victim victims accused
""".split())
# "residents of Bedworth", "the outskirts of Patna": parts of a place, or its people
_PARTS_OF = frozenset({"residents", "outskirts", "suburbs", "streets", "centre", "center", "heart", "people",
                       "citizens", "inhabitants", "mayor", "townsfolk", "villagers"})
_STREET_PREPOSITIONS = frozenset({"along", "in", "at", "on", "near", "into", "off", "from", "to", "between", "of"})
_CUES = (" and ", "esident", " from ", "outskirts", "suburbs", "streets of", "centre of", "center of", "people of",
         "citizens of", "inhabitants", "mayor of", "villagers", "townsfolk", "townspeople", "ratepayers",
         "householders", "homeowners", "heart of")


def has_cues(text: str) -> bool:
    """Whether any word the grammar reads is in the text (most texts: " from ")."""
    return any(cue in text for cue in _CUES)


def place_by_people(doc: Document, entity, weak: bool) -> bool:
    """Whether a mention of the entity reads as a place by the people around it (see the module's docstring)."""
    if entity.titles or entity.name.isupper() or entity.kind == "place" or "organisation" in _kinds_of(entity.name) \
            or adjective(entity.words[-1].rpartition("-")[2]):
        return False  # not "people from Microsoft", "a Syrian-American resident"
    tokens = doc.tokens
    for start, end in entity.mentions:
        first = bisect_left(doc.starts, start)
        last = bisect_left(doc.starts, end)
        after = tokens[last] if last < len(tokens) else ""
        if after in _PEOPLE_AFTER and doc.text[end:end + 1] == " " and (weak or entity.kind != "organisation"):
            return True  # "Shoalhaven residents"
        if not weak or first < 2:
            continue
        before, k = tokens[first - 1].lower(), first - 2
        if before == "and" and tokens[k].lower() in GEO_WORDS and entity.words[-1].lower() in GEO_WORDS:
            m = k
            while m > 0 and tokens[m][:1].isupper():
                m -= 1
            if tokens[m].lower() in _STREET_PREPOSITIONS:
                return True  # "along Coventry Road and Gilbert Close"; not "Sarah Park and Jane Street said"
        if before == "and":  # "residents of Nuneaton and Bedworth": what stands before the first name
            while k > 0 and tokens[k][:1].isupper():
                k -= 1
            before, k = tokens[k].lower(), k - 1
        if before == "from" and k >= 0:
            if tokens[k] == "," and k > 0:
                k -= 1  # "the suspect, from Bedworth,"
            if tokens[k].lower() in _PERSONS_FROM:
                return True  # "a man from Goodmayes", "originally from Patna"
        elif before == "of" and k >= 0 and tokens[k].lower() in _PARTS_OF:
            return True  # "residents of Bedworth", "the outskirts of Patna"
    return False
