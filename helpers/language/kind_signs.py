"""Later signs of a name's kind, read once `settle_kinds` has decided every entity (a small grammar of the words
around a mention, and the shape of the name):
- an institution's word ends the name ("Queen's Hospital", "St John's College"): an organisation (a facility),
  and the possessor alone after it ("patients at Queen's") is the same;
- armed groups: a name before "militants", "fighters", "jihadists" ("Islamic State militants", "IS fighters",
  "Hashd Shaabi paramilitary militias"), or between "the" and "group" ("the Islamic State group", "the Adani
  group"), is an organisation, not a person or a place;
- a health provider: "Ramsay Health Care", "Mater Health" (its first word no English word) is an organisation;
- a company's national arm: a name that is no English word or first name, then a country, and the text names
  the first alone too ("Coca-Cola India" ... "Coca-Cola said"), is an organisation;
- a brand written in camel case ("PepsiCo", "HuffPost", "GlaxoSmithKline"; not "McDonald", "DeSantis",
  "MacArthur", "LeBron": a short surname prefix) is an organisation, or a product (other) when its last part is a
  product's ("LibreOffice", "JavaScript", "PowerPoint", "AirPods");
- a government programme: "Ladli Behna Yojna", "Ongoing Resourcing Scheme" (other); a work or a programme by its
  noun (`kind_works`: "the film Kidulthood", "the Newsnight programme");
- an Indian dateline's state in brackets, "Bhopal (Madhya Pradesh):", is a place;
- a person a body is named after: "Trayvon Martin" beside "the Trayvon Martin Foundation" (when only a default
  made the name an organisation: "Martin" is an English word, a bird);
- places that only a default called persons: "north of Ramadi", "Ipswich and Colchester hospitals" (the noun in
  lower case: not "Cleveland Clinic and University Hospitals"); not "Saudi Arabia's Dammam" ("Germany's Gunda Niemann"
  is as common), not "towards Ramadi" ("voters moved toward Trump").
"""
from __future__ import annotations

import re
from bisect import bisect_left

from helpers.language.gazetteer import english_word, kinds as _kinds_of
from helpers.language.kind_places import people_cues, place_by_people
from helpers.language.kind_text import OVERRIDABLE
from helpers.language.kind_works import a_work, works_cues
from helpers.language.mention_kinds import own_kinds
from helpers.language.name_lists import HOLIDAY_PATTERN, PERSON_TITLES, PLACES, first_names
from helpers.language.segment import Document
from helpers.language.teams import team_signs

_INSTITUTION_ENDS = frozenset("""
hospital hospitals hospice infirmary college school cathedral chapel abbey academy
""".split())
# a government programme's last word (Hindi "yojana", "abhiyan": scheme, campaign); not "Programme": the World Food
# Programme is a body
_SCHEMES = frozenset({"scheme", "yojana", "yojna", "abhiyan"})
_CARE = frozenset({"health", "healthcare", "care"})  # a provider's last word
# bodies and works named after a person: "Trayvon Martin Foundation", "John Smith Memorial Fund"
_NAMED_AFTER = frozenset("""
foundation institute memorial fund award awards prize trust center centre scholarship library museum school
hospital stadium
""".split())
_ROYALS = frozenset({"queen", "king", "prince", "princess", "duke", "duchess", "lady"})
# the state named by a word of the monarchy, always after "the": "the Crown" prosecutes (WordNet: a monarch)
_STATE_BY_THE = frozenset({"crown"})
_ARMED = frozenset("""
militants militant fighters jihadists insurgents militia militias paramilitary paramilitaries gunmen
""".split())
_CONTEXT_CUES = (" group", "milit", "fighters", "jihadist", "insurgent", "gunmen", "hospitals", "schools", "councils",
                 "campuses", "airports", "prisons", "north of", "south of", "east of", "west of")
_CAMEL = re.compile(r"[A-Z][a-z]{2,}[A-Z][A-Za-z]*")  # "PepsiCo", "HuffPost"; "McDonald" has a 2-letter prefix
_CAMEL_HEAD = re.compile(r"[A-Z][a-z]+")
_CAMEL_PART = re.compile(r"[A-Z][a-z]*")
# the last part of a product's name in camel case: software, devices, services ("LibreOffice", "JavaScript",
# "PowerPoint", "AirPods", "MacBook", "PlayStation", "OneDrive", "FaceTime", "AirTag", "ApplePay")
_PRODUCT_PARTS = frozenset({"Office", "Script", "Point", "Pods", "Pod", "Book", "Station", "Drive", "Time", "Tag",
                            "Drop", "Pay", "Play", "Watch", "Chat", "Sheets", "Docs", "Photos"})
_SURNAME_PREFIXES = ("Mac", "Fitz", "Van", "Von", "Del", "Della", "Des", "Dos", "Das", "San", "Ter", "Ten")
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})  # not
# "Kowloon West" either
_PLURAL_FACILITIES = frozenset({"hospitals", "schools", "councils", "campuses", "prisons", "airports"})


def later_signs(doc: Document, entities: list, pairs: list, decided_by: dict[int, str]) -> None:
    """Apply the module's rules to the settled entities, in place."""
    organisations = [e.name for e in entities if e.kind == "organisation"
                     or e.name[e.name.rfind(" ") + 1:].lower() in _INSTITUTION_ENDS]
    text = doc.text
    in_context = any(cue in text for cue in _CONTEXT_CUES)  # most articles have none of the words read there
    by_people = people_cues(text)
    starts_or_ends = works_cues(text)
    for entity in entities:
        if entity.titles or entity.common:
            continue
        weak = decided_by.get(id(entity)) in OVERRIDABLE
        kind = _kind_of_name(doc, entity, organisations)
        if kind is None and weak and not entity.name.isupper() \
                and any(text[start - 1:start] == "(" and text[end:end + 2] == "):" for start, end in entity.mentions):
            kind = "place"  # an Indian dateline: "Bhopal (Madhya Pradesh): Chief Minister ..."; not "Astronaut (NR):"
        if kind is None and weak and " " in entity.name and entity.kind != "person" \
                and _named_after(entity, organisations):
            kind = "person"  # "Trayvon Martin" beside "the Trayvon Martin Foundation"
        if kind is None and (starts_or_ends[0] or starts_or_ends[1]) and a_work(doc, entity, starts_or_ends, weak):
            kind = "other"  # "the film Kidulthood", "the Newsnight programme"
        if kind is None and place_by_people(doc, entity, weak, by_people):
            kind = "place"  # "Shoalhaven residents", "a man from Goodmayes"
        if kind is None and entity.kind != "organisation" and in_context:
            kind = _kind_in_context(doc, entity, weak)
        if kind is not None and kind != entity.kind:
            entity.kind = kind
            entity.gender = None
    team_signs(doc, entities, decided_by)  # "Brighton beat Leeds 3-2": clubs named by their town
    _holidays(doc, entities)  # "after Easter", "on New Year's Eve": days, no names
    for entity in entities:
        if _PLURAL_ACRONYM.fullmatch(entity.name):
            entity.common = True  # "NGOs", "NPAs", "SUVs", "MPs": things or people of a kind, no name
    own_kinds(doc, entities)  # "his namesake band, Van Halen": that mention is the band


# a word of a name that may be (part of) a holiday's: the text is searched for holidays only when a name has one
_HOLIDAY_WORDS = frozenset("""Christmas Easter Eve Year Day Thanksgiving Halloween Ramadan Eid Hanukkah Passover
Kippur Hashanah July Sabbath Valentine Patrick""".split())
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_HOLIDAY = re.compile(rf"\b(?:{HOLIDAY_PATTERN})\b")


def _holidays(doc: Document, entities: list) -> None:
    """A name every mention of which is a holiday's whole name is a day's name, "other" (kept whole, as the word
    counts keep it: "Boxing Day", not "Boxing" and "Day"; "Easter" was read as a person after "after"); one every
    mention of which is a piece of a holiday's name is none ("New Year" and "Eve" of "New Year's Eve")."""
    candidates = [e for e in entities if not _HOLIDAY_WORDS.isdisjoint(e.words)]
    spans = {m.span() for m in _HOLIDAY.finditer(doc.text)} if candidates else set()  # most articles name none
    for entity in candidates:
        if all(mention in spans for mention in entity.mentions):
            entity.kind, entity.gender = "other", None
        elif all(any(a <= start and end <= b for a, b in spans) for start, end in entity.mentions):
            entity.kind, entity.gender, entity.common = "other", None, True


def _kind_of_name(doc: Document, entity, organisations: list[str]) -> str | None:
    """What the words of the name say: an institution, a company's national arm, a camel-case brand."""
    name = entity.name
    if " " not in name:  # one word: a possessor alone, a camel-case brand, "the Crown"
        if name.lower() in _STATE_BY_THE and all(doc.text[start - 4:start].lower() == "the " or doc.text[
                end:end + 2][1:].islower() for start, end in entity.mentions):
            return "organisation"  # "the Crown opposed bail", "Crown prosecutor Ann Lee": the state, not a monarch
        if name.endswith(("'s", "’s")) and any(o.startswith(name + " ") for o in organisations):
            return "organisation"  # "Queen's" after "Queen's Hospital"
        if _CAMEL.fullmatch(name) and not name.startswith(_SURNAME_PREFIXES) and not _persons_head(name) \
                and not any(doc.text[start - 1:start] in ("@", "#") for start, _ in entity.mentions):
            return "other" if _CAMEL_PART.findall(name)[-1] in _PRODUCT_PARTS else "organisation"  # "PepsiCo";
            # a product: "LibreOffice", "JavaScript", "AirPods"; not a handle or a hashtag: "MattBevin", "#NeverTrump"
        return None
    words = name.split()
    last = words[-1].lower()
    if last in _CARE and not english_word(words[0].lower(), "na"):
        return "organisation"  # "Ramsay Health Care", "Mater Health"; not "Public Health", "Mental Health"
    if last in _SCHEMES:
        return "other"  # "Ladli Behna Yojna", "Swachh Bharat Abhiyan", "Ongoing Resourcing Scheme": a programme
    if last in _INSTITUTION_ENDS or any(w.lower() in _INSTITUTION_ENDS for w in words[1:-1]) and (
            "'s " in name or "’s " in name or words[0].lower() in _ROYALS):  # not "People's Republic of China"
        return "organisation"  # "Queen's Hospital", "King's College London", "Queen Elizabeth Hospital Birmingham"
    if len(words) == 2 and last in PLACES and last not in _COMPASS and last not in ("city", "republic") \
            and words[0][:1].isupper() and _named_alone(doc, entity, words[0]) and words[0].lower() not in PLACES \
            and words[0].lower() not in first_names() and not english_word(words[0].lower(), "nvar") \
            and _kinds_of(entity.name)[:1] != ["place"]:
        return "organisation"  # "Coca-Cola India" and "Coca-Cola"; not "Culver City", "Yazoo City"
    return None


def _named_after(entity, organisations: list[str]) -> bool:
    """An organisation of the text is the name and a word of a body named after a person ("the Trayvon Martin
    Foundation", "the Jane Doe Memorial Fund"), and the name opens with a first name or no English word ("Trayvon
    Martin"; not "Kaiser Family" of the Kaiser Family Foundation, "Open Society")."""
    name = entity.name
    first = name.split()[0].lower()
    if not (first in first_names() or not english_word(first, "nvar")):
        return False
    return any(o.startswith(name + " ") and o[len(name) + 1:].split()[0].lower() in _NAMED_AFTER for o in organisations)


def _named_alone(doc: Document, entity, word: str) -> bool:
    """The text names the first word alone too ("Coca-Cola said" after "Coca-Cola India")."""
    return any(doc.text[start:end] == word for start, end in entity.mentions)


def _persons_head(word: str) -> bool:
    """A camel-case word that opens with a first name or a title: a person's handle ("MattBevin", "SenSanders")."""
    head = _CAMEL_HEAD.match(word).group(0).lower()
    return head in first_names() or head in PERSON_TITLES


def _kind_in_context(doc: Document, entity, weak: bool) -> str | None:
    """What the words around the mentions say: an armed group (any kind but a titled person), a place (only when
    a default or a weak sign decided the kind)."""
    tokens = doc.tokens
    for start, end in entity.mentions:
        first = bisect_left(doc.starts, start)
        last = bisect_left(doc.starts, end)
        if tokens[last:last + 1] == ["("] and tokens[last + 2:last + 3] == [")"]:
            last += 3  # "The Islamic State (IS) militant group"
        after = tokens[last].lower() if last < len(tokens) else ""
        if (after in _ARMED or after == "group" and first > 0 and tokens[first - 1].lower() == "the") \
                and entity.name.lower() not in PLACES and _kinds_of(entity.name)[:1] != ["place"]:
            return "organisation"  # "Islamic State militants", "the Islamic State group"
        if not weak or len(entity.words) > 2:
            continue
        before = tokens[first - 1].lower() if first > 0 else ""
        if before == "of" and first >= 2 and tokens[first - 2].lower() in _COMPASS:
            return "place"  # "north of Ramadi" (not "towards": "voters moved toward Trump")
        if tokens[last:last + 1] and tokens[last] in _PLURAL_FACILITIES or after == "and" and last + 2 < len(tokens) \
                and tokens[last + 1][:1].isupper() and tokens[last + 2] in _PLURAL_FACILITIES:
            return "place"  # "Ipswich and Colchester hospitals"
    return None
