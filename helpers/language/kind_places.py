"""Places that the people around them give away: a small grammar of the words next to a mention, read once
`settle_kinds` has decided every entity (local news names towns WordNet does not know: "Goodmayes", "Shoalhaven",
"Leighton Buzzard", which the defaults call persons):
- a noun of the people who live somewhere after the name: "Shoalhaven residents", "Leighton Buzzard villagers"
  (no person has residents; not a titled person, not an acronym: "NHS resident doctors");
- a person's noun and "from" before it: "a man from Goodmayes", "the couple, from Poole,", "originally from Patna",
  or an age between commas and "of" or "from": "Jane Cole, 24, of Wiley Park" (only over a kind a default or a
  weak sign decided: "a spokesman from Tesco" stays what it was);
- a council's area named by two places, before "council", "residents": "Barking and Dagenham council";
- a street after another: "Coventry Road and Gilbert Close" (not "Glenn Close", a surname);
- a noun of a place's parts or people and "of" before it: "residents of Bedworth", "the outskirts of Patna", "the
  people of Roma" (the same guard).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from helpers.language.gazetteer import adjective, kinds as _kinds_of
from helpers.language.name_lists import GEO_WORDS, PLACES
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
_AREAS = (["council"], ["borough"], ["district"], ["area"], ["residents"], ["councillors"], ["constituency"])
_STREET_PREPOSITIONS = frozenset({"along", "in", "at", "on", "near", "into", "off", "from", "to", "between", "of"})
def _word_before(text: str, i: int) -> str:
    """The word that ends at offset i (before a space), in lower case, a comma after it dropped."""
    j = i - 1 if text[i - 1:i] == "," else i
    return text[text.rfind(" ", 0, j) + 1:j].lstrip("\n\"'“‘(").lower()


def _then_and(text: str, i: int) -> int | None:
    """After capitalised words from offset i, the offset after " and " ("Nuneaton and |Bedworth"), if any."""
    j = i
    while text[j:j + 1].isupper():
        k = text.find(" ", j)
        if k < 0 or text[k - 1] in ",;.:":
            return None  # the name ended: "of Bankstown; Abdul Hasan and Mirsad Mulahalilovic" joins no place
        if text.startswith("and ", k + 1) and text[k + 5:k + 6].isupper():
            return k + 5
        j = k + 1
    return None


_JOINERS = re.compile(r" (of|from|and) (?=[A-Z])")  # a literal first: the regex skips ahead in C
_PEOPLE = re.compile(r" (?:residents?|villagers|towns(?:folk|people)|ratepayers|householders|homeowners)\b")
_PEOPLE_CUES = (" resident", " villagers", " towns", " ratepayers", " householders", " homeowners")


def people_cues(text: str) -> tuple[set[int], set[int], set[int]]:
    """Where the grammar may apply: offsets where a name ends before " residents"; where it starts after "a man
    from", "residents of" (and after an "and" that follows such a name); where it starts after "Road and"."""
    ends = {m.start() for m in _PEOPLE.finditer(text)} if any(w in text for w in _PEOPLE_CUES) else set()
    starts: set[int] = set()
    streets: set[int] = set()
    for m in _JOINERS.finditer(text):
        i, joiner, word = m.end(), m.group(1), _word_before(text, m.start())
        if joiner == "and":
            if word in GEO_WORDS:
                streets.add(i)
        elif word in (_PARTS_OF if joiner == "of" else _PERSONS_FROM) or _age_between_commas(text, m.start(), word):
            starts.add(i)
            later = _then_and(text, i)
            if later is not None:
                starts.add(later)  # "residents of Nuneaton and Bedworth"
    return ends, starts, streets


def _age_between_commas(text: str, i: int, word: str) -> bool:
    """The word ending at offset i is an age written between commas after a person's name, as court and local
    news write where someone lives: "Jane Cole, 24, of Wiley Park", "a man, 31, from Hollinsway"."""
    return word.isdigit() and len(word) <= 3 and text[i - 1:i] == "," \
        and text[i - len(word) - 3:i - len(word) - 1] == ", "


def place_by_people(doc: Document, entity, weak: bool, cues: tuple[set[int], set[int], set[int]]) -> bool:
    """Whether a mention of the entity reads as a place by the people around it (see the module's docstring);
    `cues` from `people_cues`."""
    ends, starts, streets = cues
    if entity.titles or entity.name.isupper() or entity.kind == "place":
        return False
    for start, end in entity.mentions:
        if " and " in entity.name and doc.text[end:end + 14].split(maxsplit=1)[:1] in _AREAS:
            return True  # "the Barking and Dagenham council"
        if end in ends and (weak or entity.kind != "organisation") or weak and start in starts:
            break  # "Shoalhaven residents", "a man from Goodmayes", "residents of Nuneaton and Bedworth"
        if weak and start in streets and entity.words[-1].lower() in GEO_WORDS and _street_before(doc, start):
            return True  # "along Coventry Road and Gilbert Close"; not "Sarah Park and Jane Street said"
    else:
        return False
    return "organisation" not in _kinds_of(entity.name) and not adjective(entity.words[-1].rpartition("-")[2])
    # not "people from Microsoft", "a Syrian-American resident"


def _street_before(doc: Document, start: int) -> bool:
    """A preposition of place before the street before the "and" ("along Coventry Road and ...")."""
    tokens = doc.tokens
    m = bisect_left(doc.starts, start) - 2
    while m > 0 and tokens[m][:1].isupper():
        m -= 1
    return m >= 0 and tokens[m].lower() in _STREET_PREPOSITIONS


def whole_place_after(tokens: list[str], k: int) -> bool:
    """The capitalised words from k on, taken together, are a place's name, or one word of it ("Oakland, Calif.",
    "Englewood, New Jersey"); not the first word of a longer name in a list ("Qantas, Japan Airlines, ...")."""
    end = k
    while end < len(tokens) and tokens[end][:1].isupper() and tokens[end].replace(".", "").isalpha():
        end += 1
    if end - k <= 1:
        return True
    run = " ".join(tokens[k:end])
    return run.lower() in PLACES or _kinds_of(run)[:1] == ["place"]
