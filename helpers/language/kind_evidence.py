"""More evidence for a name's kind, read from the name's own words and from the names written beside it.

Rules of the same form as `helpers.language.name_kinds.KIND_RULES` (each reads one entity's `_Evidence` and
returns a kind or None), for what unseen news showed the first rules miss:
- events, laws and time zones are no organisations: "Annapolis Conference", "Patriot Act", "Executive Order",
  "Australian Eastern Standard Time" (`event_or_law`);
- model numbers are no organisations: "JL-2", "DF-31A", "F-16" (`model_code`);
- a government body or firm named by common nouns and a place: "Statistics NZ", "Tourism Australia",
  "Air Canada" (`nouns_and_a_place`);
- a brand made of a word and a media or trade word: "Wikinews", "Wikileaks", "Facebook", "Icesave"
  (`brand_compound`);
- a full name whose surname is a person's in the same text: "Vicente Fox" after "President Vincente Fox"
  (`a_persons_surname`);
and, once every entity has a kind, names in a list take the kind of the names they are listed with when
nothing stronger than a default decided theirs: "in Tel Aviv, Jerusalem, Haifa and Kiryat Shemona"
(`coordinated_kinds`), and an institution's head word alone is the organisation named before with that head:
"the Court" after "Allahabad High Court" (`institution_heads`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from helpers.language.gazetteer import adjective as _adjective, english_word as _english_word, kinds as _kinds_of
from helpers.language.gazetteer import proper_names
from helpers.language.name_lists import GEO_WORDS, ORG_WORDS, PERSON_TITLES, PLACES, first_names

if TYPE_CHECKING:
    from helpers.language.name_kinds import _Evidence
    from helpers.language.segment import Document

# the last word of an event's, a law's or a time zone's name (what WordNet files as acts, events, documents)
EVENT_WORDS = frozenset("""
conference summit games olympics cup championship championships festival war act treaty protocol accord
accords agreement order bill amendment convention time election elections referendum awards prize medal
doctrine revolution rally yatra sammelan mela
""".split())
# a march or a meeting, whose name may open with a first name ("Jan Vishwas Rally": Hindi "jan", people)
_RALLIES = frozenset({"rally", "yatra", "sammelan", "mela"})
# a law is named after the body that made it: "Local Government Act" (not "report": "Cook Political Report")
_DOCUMENTS = frozenset({"act"})
# the titles a law is written with: "Executive Order 12958"
_LAW_TITLES = frozenset({"executive"})


def event_or_law(ev: _Evidence) -> str | None:
    """ "Annapolis Conference", "Patriot Act", "Kyoto Protocol", "Daylight Saving Time", "Executive Order":
    an event, a law or a time zone; a name, but no person, place or organisation (not "Jude Law": a first
    name in front; not "Bill" alone)."""
    words = ev.entity.words
    last = words[-1].lower()
    if last not in EVENT_WORDS or last not in _DOCUMENTS and any(w.lower() in ORG_WORDS for w in words) \
            or ev.front_title and ev.entity.titles - _LAW_TITLES:
        return None  # a title in apposition does not count: "At the Annapolis Conference, President Bush read"
    if len(words) == 1:
        return "other" if ev.entity.titles & _LAW_TITLES else None
    if words[0].lower() in first_names() and not _english_word(words[0].lower(), "n") and last not in _PRIZES \
            and not (len(words) > 2 and last in _RALLIES):
        return None  # "Jude Law", "Ruth Leff Siegel Awards" (whose "Ruth" is a person's name too)
    return "other"  # "the George Pólya Prize": a prize named after a person is still a prize


_PRIZES = frozenset({"prize", "medal"})
# words that open the name of an event: storms, and police and military operations
_EVENT_HEADS = frozenset({"hurricane", "typhoon", "cyclone", "operation"})


def named_event(ev: _Evidence) -> str | None:
    """ "Hurricane Lorenzo", "Typhoon Hagibis", "Tropical Storm Erin", and the bare "Lorenzo" after it: a storm
    is an event, no person; so is "Operation Hawkin", a police operation. "Storm Babet" (as the British and Irish
    weather services name them) too in a text about rain, wind or floods (`weather`), unless it speaks: Storm is
    a first name too ("Storm Filsaime")."""
    words = ev.entity.words
    if len(words) >= 2 and (words[0].lower() in _EVENT_HEADS or (words[0] == "Tropical" and words[1] == "Storm")):
        return "other"
    if len(words) == 2 and ev.weather and not (ev.spoke or ev.person_context or ev.front_title):
        return "other"
    return None


def place_pair(ev: _Evidence) -> str | None:
    """ "China-Russia relations", "US-China trade": places joined by a hyphen name a pair of them, no body or
    person ("China-Russia Expo", a longer name, is left to the other rules)."""
    name = ev.entity.name
    parts = name.split("-") if "-" in name and " " not in name else ()
    if len(parts) >= 2 and all(p[:1].isupper() and (p in PLACES or _kinds_of(p)[:1] == ["place"]) for p in parts):
        return "other"
    return None


_TITLE_MODIFIERS = frozenset({"vice", "first", "lady", "deputy", "former", "freshman", "acting", "interim"})


def title_only(ev: _Evidence) -> str | None:
    """ "Her Vice President, also sworn in", "Freshman Congressman (-MN)": words that are all titles name an
    office, no one: "other" (still one word for the word counts)."""
    words = [w.lower().rstrip(".") for w in ev.entity.words]
    if len(words) > 1 and all(w in PERSON_TITLES or w in _TITLE_MODIFIERS for w in words) \
            and any(w in PERSON_TITLES for w in words):
        return "other"
    return None


_MODEL = re.compile(r"[A-Z]{1,4}-?\d+[A-Z]?(?:-\d+)?|\d{3}-\d{3}")


def model_code(ev: _Evidence) -> str | None:
    """ "JL-2", "DF-31A", "F-16", "A320", "737-800": letters and digits are a model's number, no body's name."""
    words = ev.entity.words
    if len(words) == 1 and _MODEL.fullmatch(words[0]) and any(c.isdigit() for c in words[0]) \
            and ("-" in words[0] or words[0][-1].isdigit()):
        return "other"
    return None


# words a place's name may begin with that are nouns too: "Port Moresby", "Fort Worth", "Mount Everest"
_PLACE_FIRST_NOUNS = frozenset({"port", "fort", "saint", "st", "mount", "lake", "cape", "gulf", "bay", "sea",
                                "isle", "new", "great", "little", "old", "sierra", "costa", "el", "la", "palm"})


@lru_cache(maxsize=1)
def place_initials() -> frozenset[str]:
    """The initials of the places of two or three words WordNet knows ("nz" of New Zealand, "nsw")."""
    return frozenset("".join(w[0] for w in name.split()) for name, kinds in proper_names().items()
                     if kinds[:1] == ("place",) and 2 <= len(name.split()) <= 3 and name.replace(" ", "").isalpha())


def _a_place(words: list[str]) -> bool:
    name = " ".join(words).lower()
    if len(words) == 1 and words[0].isupper() and words[0].isalpha() and 2 <= len(words[0]) <= 3:
        return name in place_initials() or name in PLACES  # "Statistics NZ"
    return name not in _PLACE_PARTS and (name in PLACES or _kinds_of(name)[:1] == ["place"])


def place_opening_title(tokens: list[str], i: int, name_first: int) -> int:
    """ "San Francisco Supervisor Jane Kim", "United States Senator John McCain": the place's name that opens
    the words in front of a person's name (the title), up to where it ends; i when there is none."""
    for k in range(name_first - 1, i, -1):
        words = tokens[i:k]
        if all(w[:1].isupper() for w in words) and (len(words) > 1 or words[0].isupper() or len(words[0]) > 3) \
                and _a_place(words):
            return k
    return i


def nouns_and_a_place(ev: _Evidence) -> str | None:
    """ "Statistics NZ", "Tourism Australia", "Air New Zealand", "Health Canada": common nouns (no adjective,
    no geographic word, no first name) in front of a place's name name a body of that place, no place."""
    words = ev.entity.words
    if len(words) < 2 or ev.front_title or ev.entity.titles:
        return None
    for k in range(1, len(words)):
        if not _a_place(words[k:]):
            continue
        front = [w.lower() for w in words[:k]]
        if all(w.isalpha() and w not in _PLACE_FIRST_NOUNS and w not in GEO_WORDS and w not in first_names()
               and _english_word(w, "n") and not _adjective(w) and not _adjective(w.capitalize())
               and not _kinds_of(w) for w in front):
            return "organisation"
        return None
    return None


# media and trade words a brand's name ends with: "Wikinews", "Wikileaks", "Facebook", "Microsoft", "Icesave"
_BRAND_TAILS = ("news", "leaks", "pedia", "book", "soft", "corp", "mart", "media", "tube", "wire", "save", "jet",
                "link", "phone", "mobile")


def brand_compound(ev: _Evidence) -> str | None:
    """One word, no first name and unknown to WordNet, made of a word and a media or trade word
    ("Wikinews", "Wikileaks", "Facebook", "Icesave"): a firm's or a site's name, even when it "says"."""
    words = ev.entity.words
    if len(words) != 1 or ev.wordnet or ev.front_title or ev.entity.titles or ev.person_context:
        return None
    low = words[0].lower()
    if low in first_names() or not words[0][:1].isupper():
        return None
    return "organisation" if any(low.endswith(t) and len(low) - len(t) >= 3 for t in _BRAND_TAILS) else None


def a_persons_surname(ev: _Evidence) -> str | None:
    """ "Vicente Fox" in a text that names "President Vincente Fox": two or more words ending with the surname
    of a person the text names in full is a person too (spelt otherwise, or with another first name)."""
    words = ev.entity.words
    if len(words) > 1 and ev.persons_surname and words[0][:1].isupper() and not words[0].isupper() \
            and (words[0].lower() in first_names() or not _english_word(words[0].lower(), "nvar")):
        return "person"  # not "Asserting Clinton", a heading's words before a surname
    return None


# words of the place list that only name a place with the words around them: "New York", "Hong Kong"
_PLACE_PARTS = frozenset("""
new city north south west east republic san los las st. hong kong angeles francisco vegas
""".split())


def place_part_alone(tokens: list[str], j: int) -> bool:
    """ "New figures show ...": a word of a place's name (`_PLACE_PARTS`) with no capitalised word after it is
    no place by itself."""
    return tokens[j].lower() in _PLACE_PARTS and not (j + 1 < len(tokens) and tokens[j + 1][:1].isupper())


# words after a firm's own name that only say it is a firm: "Woolworths Group", "Delta Air Lines"
FIRM_WORDS = frozenset("""
group inc inc. corp corp. corporation ltd ltd. plc company co co. holdings limited airlines air lines airways
international bank
""".split())


def firm_stems(entities) -> frozenset[str]:
    """The first word of each organisation named by one word and firm words: "Woolworths" of "Woolworths
    Group"."""
    return frozenset(e.words[0] for e in entities if e.kind == "organisation" and len(e.words) > 1
                     and all(w.lower() in FIRM_WORDS for w in e.words[1:]))


def short_for_a_firm(ev: _Evidence) -> str | None:
    """ "the former Woolworths building" in a text that names "Woolworths Group": one word that is a firm's
    own name is the firm, unless a title or "who" makes it a person."""
    if ev.firm_stem and len(ev.entity.words) == 1 and not (ev.front_title or ev.entity.titles
                                                           or ev.person_context):
        return "organisation"
    return None


_JOIN = re.compile(r" of (?:the )?|['’]s ")


def known_joins(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs (a, a + 1) of consecutive name spans that WordNet knows as one name when joined by what stands between
    them, " of " or "'s ": "United States" + "America", "People" + "Republic of China"; or whose last word and the
    next span are one ("Rock & Roll Hall" + "Fame": "Hall of Fame")."""
    out = []
    for a in range(len(spans) - 1):
        (start, end), (nxt, last) = spans[a], spans[a + 1]
        if _JOIN.fullmatch(text, end, nxt) and (_kinds_of(text[start:last])[:1] in (["place"], ["organisation"])
                                                or text[end:nxt] == " of " and _kinds_of(
                    text[text.rfind(" ", start, end) + 1:last])[:1] == ["other"]):
            out.append((a, a + 1))  # "Rock & Roll Hall" + "Fame": WordNet's "Hall of Fame"
    return out


# ---- names in a list take the kind of the names they are listed with

# what opens a list of places: "in Tel Aviv, Jerusalem and Haifa", "the cantons of Geneva and Zürich"
_PLACES_FOLLOW = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Tt]hroughout|(?:towns|cities|cantons|provinces|states"
                            r"|regions|districts|countries|villages|suburbs|islands) of)\s+(?:the\s+)?$")
_LINK = re.compile(r"\s*(?:,|,?\s*(?:and|or|&))\s*")
WEAK_RULES = frozenset({"_unknown_words_person", "_unknown_default"})


def coordinated_kinds(doc: Document, pairs, decided_by: dict[int, str]) -> None:
    """ "Tel Aviv, Jerusalem, Beersheba, Haifa, and Kiryat Shemona": an entity that only a default decided
    (`WEAK_RULES`; "Kiryat Shemona" looks like a person's two unknown words) takes the kind of the names
    written with it in one list, when at least two others, decided by stronger evidence, share one kind; in a
    list after "in" or "the cantons of" ("the cantons of Geneva and Zürich") it is a place. Persons are left
    alone when the text made them speak or gave them a title."""
    runs = sorted(((run.start, run.end, entity) for run, entity in pairs), key=lambda r: r[0])
    lists: list[list[tuple[int, int, object]]] = []
    for start, end, entity in runs:
        if lists and _LINK.fullmatch(doc.text, lists[-1][-1][1], start) and start > lists[-1][-1][1] \
                and not doc.text.startswith(("'s", "’s"), end):
            lists[-1].append((start, end, entity))
        else:
            lists.append([(start, end, entity)])
    votes: dict[int, set[str]] = {}
    weak: dict[int, object] = {}
    for members in lists:
        if len(members) < 2:
            continue
        if _PLACES_FOLLOW.search(doc.text, max(0, members[0][0] - 40), members[0][0]):
            for _, _, entity in members:  # "in the cantons of Geneva and Zürich"
                if decided_by.get(id(entity)) in WEAK_RULES and not entity.common and not entity.titles:
                    votes.setdefault(id(entity), set()).add("place")
                    weak[id(entity)] = entity
            continue
        for _, _, entity in members:
            if decided_by.get(id(entity)) not in WEAK_RULES or entity.common or entity.titles:
                continue
            others = {e.kind for _, _, e in members
                      if e is not entity and not e.common and decided_by.get(id(e)) not in WEAK_RULES}
            strong = sum(1 for _, _, e in members if e is not entity and decided_by.get(id(e)) not in WEAK_RULES)
            if others and strong >= 2:
                votes.setdefault(id(entity), set()).update(others)
                weak[id(entity)] = entity
    for key, kinds in votes.items():
        entity = weak[key]
        if len(kinds) == 1:
            kind = next(iter(kinds))
            if kind in ("place", "organisation") and kind != entity.kind:
                entity.kind, entity.gender = kind, None


# Head words an institution's short form keeps: "the Court" after "Allahabad High Court", "the Council" after
# "Wellington City Council", "the Ministry" after "the Ministry of Defence"
INSTITUTION_HEADS = frozenset({"court", "council", "commission", "ministry", "department", "bank", "trust", "agency",
                               "authority", "board", "committee", "party", "university", "college", "company",
                               "corporation", "fund", "union", "assembly", "institute", "foundation", "service",
                               "tribunal", "parliament", "senate", "federation", "association", "organisation",
                               "organization", "office", "bureau"})


def institution_heads(doc: Document, entities: list) -> None:
    """ "the Court" written after "Allahabad High Court" is that court: an institution's head word alone
    (`INSTITUTION_HEADS`), every mention after "the", joins the one organisation the text named before it that
    ends so ("... High Court") or opens so ("Ministry of ..."). With two such ("Bank of England", "World Bank")
    it stays itself; so does a longer short name ("Democratic Party" is no short form of a state's party)."""
    organisations = [e for e in entities if e.kind == "organisation" and len(e.words) > 1
                     and not {"and", "&"} & set(e.words)]  # not "House and Senate"
    if not organisations:
        return
    for short in [e for e in entities if len(e.words) == 1 and e.name.lower() in INSTITUTION_HEADS]:
        if not all(doc.text[max(0, start - 4):start].lower() == "the " for start, _ in short.mentions):
            continue
        head = short.name.lower()
        longer = [e for e in organisations
                  if e.words[-1].lower() == head or (e.words[0].lower() == head and e.words[1] == "of")]
        longer = [e for e in longer  # "High Court" is the end of "Allahabad High Court": one institution
                  if not any(o is not e and len(o.words) > len(e.words) and o.words[-len(e.words):] == e.words
                             for o in longer)]
        if len(longer) != 1 or longer[0].mentions[0] > short.mentions[0]:
            continue
        longer[0].mentions.extend(short.mentions)
        longer[0].mentions.sort()
        entities.remove(short)
