"""The kind of each named entity (person, place, organisation, other), once all its mentions are known.

An ordered list of small rules (`KIND_RULES`), each reading the evidence gathered for one entity
(`_Evidence`): the words of the name (organisation suffixes, a first name), titles written in front of it or
in apposition, what WordNet knows of the name (`helpers.language.gazetteer`, standing in for nltk's
gazetteers, which are not available offline), and what the text says around each mention ("in Nairobi",
"Oakland, Calif.", "the town of Afula", "the Vatican", "Biden said", "Kibwana, who"). The first rule that
decides wins. Groups ("Serbs"), capitalised common nouns ("Internet") and WordNet's events and works
("World Cup") are marked `common`: counted as names for the words, not listed in the JSON's `names`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from helpers.language.cues import cue_lemma, speaks_at
from helpers.language.gazetteer import adjective as _adjective, english_word as _english_word
from helpers.language.gazetteer import kind_of_sense as _kind_of_sense, kinds as _kinds_of
from helpers.language.kind_evidence import (WEAK_RULES, a_persons_surname, brand_compound, coordinated_kinds,
                                            event_or_law, firm_stems, institution_heads, model_code, nouns_and_a_place,
                                            place_pair, short_for_a_firm, named_event, title_only)
from helpers.language.kind_signs import later_signs
from helpers.language.kind_places import whole_place_after
from helpers.language.kind_text import (listed_after_a_noun, not_a_name, place_signs, short_for_an_organisation,
                                      table_kind, title_as_adjective)
from helpers.language.name_lists import GEO_WORDS, ORG_WORDS, PLACES, STREET_ENDS, first_names
from helpers.language.name_people import member_of, news_source
from helpers.language.segment import Document

if TYPE_CHECKING:
    from helpers.language.entities import Entity, _Mention


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


@dataclass
class _Evidence:
    """What the article and the word lists say about one entity, gathered over all its mentions."""

    entity: Entity
    wordnet: list[str]  # WordNet's kinds for the full name, most frequent sense first (gazetteer)
    place_context: int = 0  # after "in", "at" (not "in Obama's cabinet"), before ", Kenya" / ", Calif."
    after_the: int = 0  # mentions written "the X": no person is
    person_context: int = 0  # mentions before ", who"
    front_title: bool = False  # a title written in front of a mention ("President Moi"), not in apposition
    spoke: bool = False  # a mention is followed by a speech verb ("Biden said")
    strong_place: int = 0  # "Oakland, Calif.", "NAIROBI, Kenya", a dateline "HOLLYWOOD _": a place before all else
    possessive_name: int = 0  # "Moody's said", "the Moody's announcement": the 's belongs to the name
    org_context: int = 0  # "shares of X", "analysts at X", "X's chief executive", "X, the bank", "news agency X"
    team: bool = False  # "the Yankees are 0-2", "against the Athletics": a plural name that plays
    family: bool = False  # "the Clintons", "the Rosenbaums" (after "Alvin Rosenbaum"): a person's name in the plural
    neuter: int = 0  # "Goldman Sachs cut its forecast": the first possessive after a subject mention is "its"
    persons_surname: bool = False  # its last word is the surname of another entity, a person named in full
    firm_stem: bool = False  # its one word opens a firm's name in the text: "Woolworths" of "Woolworths Group"
    weather: bool = False  # "Storm X" in a text that speaks of rain, wind or floods: a named storm


# words before a name that make it a place: "in Nairobi", "near Afula" (not after "the": "at the Treasury")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "outside", "inside", "throughout", "off", "along"})
# after a place: "Wyndam, 400km south-east of Kalumburu", "Tarnow, 50 miles east of Krakow"; "Kolkata-based"
_DISTANCE_FROM = re.compile(r",? (?:about |some |around |roughly )?\d[\d,.]* ?(?:km|kilometres|kilometers|miles|mi)\b"
                            r"[ -](?:north|south|east|west)[a-z-]* of ")
_BASED = re.compile(r"-based\b| based (?!(?:on|upon|in|at|his|her|its|their|the|a|an|this|that|our|my|your)\b)[a-z]")
# "the town of Afula", "the province of Kosovo"
_PLACE_NOUNS = frozenset({"town", "city", "village", "province", "state", "region", "capital", "county",
                          "district", "island", "port", "suburb", "republic", "neighborhood", "neighbourhood"})
# AP's abbreviations of US states, as in "Oakland, Calif.": one of the text's signs of a place
STATE_ABBREVIATIONS = frozenset("""
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev
okla ore pa tenn tex vt va wash wis wyo n.h n.j n.m n.y n.c n.d r.i s.c s.d w.va d.c
""".split())
# an organisation's own words, beyond ORG_WORDS: "Sun Metal Works Sdn Bhd", "Smithsonian Institution"
_ORG_SUFFIXES = frozenset("""
ltd ltd. plc llc bhd sdn ag gmbh institution museum academy ministry university press airways
railways motors works systems industries holdings securities capital bancorp laboratories labs exchange mosque
books productions pictures records studios lab forum stores recordings associates brothers bros hotel hotels synagogue
communications entertainment enterprises technologies pharmaceuticals airlines resorts casino air airline temple
""".split())
_PERSON_AFTER = frozenset({"who"})  # not "whose": "Wee W, whose building is leased", "Acme, whose shares fell"
# geographic words that open a place's name: "Lake Michigan", "Mount Kenya", "Cape Cod"
_GEO_FIRST = frozenset({"sea", "gulf", "bay", "lake", "mount", "cape", "isle", "strait", "vale"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
# geographic words that are also surnames: "Jane Park", "Emma Street"
_SURNAME_GEO_WORDS = frozenset("park street square bay city forest falls vale close grove".split())
# "the Muscle Shoals area", "Shah Alam district": a noun after the name that makes it a place
_PLACE_NOUNS_AFTER = frozenset({"area", "region", "district", "neighborhood", "neighbourhood", "province",
                                "suburb", "suburbs", "valley", "border", "coast"})
# what an organisation has and a person has not: "Merrill Lynch's president", "Acme's shares"
_ORG_POSSESSIONS = frozenset("""
president chairman chairwoman ceo board shares stock stockholders shareholders subsidiary subsidiaries
headquarters employees earnings profit profits revenue revenues products stores plants factories
directors customers depositors passengers flights fleet
""".split())
# nouns in front of an organisation's name or in apposition after it: "news agency MTI", "Garantia, the bank"
_ORG_NOUNS = frozenset("""
agency bank firm company companies corporation network networks publisher publishers brokerage newspaper
magazine studio studios airline carrier retailer chain maker manufacturer insurer lender bookseller
conglomerate broadcaster channel unit subsidiary firms banks charity charities nonprofit thinktank
""".split())
# the same, when another noun stands before them: "retailing giant X", "department store group X"
_ORG_NOUNS_AFTER_A_NOUN = frozenset({"giant", "group"})
# nouns after an organisation's name: "the Nikkei index", "Acme shares", "the Al Arabiya channel", "Airbus
# executive John Leahy", "Landsbanki employees"
_ORG_NOUNS_AFTER = frozenset({"index", "shares", "stock", "stocks", "channel", "network", "newspaper", "subsidiary",
                              "executive", "executives", "employees", "directors", "shareholders", "headquarters",
                              "company", "store", "stores", "website", "leader", "mp", "mps", "senator"})
# nouns after a name that a place may have too: "a Dubai company", "the Paris store"
_A_PLACES_TOO = frozenset({"company", "store", "stores", "website", "leader", "mp", "mps", "senator", "executive",
                           "executives", "employees", "newspaper", "channel", "network"})
# members of a party after its name, then a person's name: "Greens leader Bob Brown" (not "the Chozo leader,")
_MEMBERS_AFTER = frozenset({"leader", "mp", "mps", "senator"})
# what a firm does to what only firms have: "Qantas cut 1,500 jobs", "Glitnir posted a loss"
_ORG_OBJECTS = frozenset("""
jobs profit profits loss losses shares stake employees workers flights fares routes customers deposits
branches stores revenue revenues dividend dividends earnings subsidiary bonds aircraft planes factories plants
""".split())
# "a party", "one of these parties": what a name is said to be ("DS4SEQ is a single issue party")
_ORG_COPULA_NOUNS = frozenset({"party", "parties", "organisation", "organization", "charity", "company", "firm",
                               "bank", "airline", "carrier", "retailer", "broadcaster", "website", "newspaper"})
# nouns before "called X": "television news stations called Al-Alam"
_ORG_CALLED = frozenset({"stations", "station", "channels", "companies", "company", "firm", "firms", "group", "groups",
                         "party", "parties", "organisation", "organization", "website", "newspaper", "newspapers"})
_MOTION = frozenset({"flown", "flew", "fly", "travelled", "traveled", "travel", "moved", "headed", "deported", "driven",
                     "drove", "evacuated", "relocated", "fled", "trip", "journey", "flight", "flights", "route"})
# a geographic noun after the name, perhaps after one more noun: "the city's Zocalo plaza", "a Lewis shingle beach"
_PLACE_NOUNS_LATER = frozenset({"beach", "plaza", "river", "harbour", "harbor", "peninsula", "airport", "coastline",
                                "township", "shire", "municipality"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their"})
# "shares of X", "analysts at X", "a unit of X", "published by X", "companies like X"
_ORG_BEFORE = frozenset({("shares", "of"), ("stake", "in"), ("analysts", "at"), ("analyst", "at"), ("economist", "at"),
               ("unit", "of"), ("subsidiary", "of"), ("division", "of"), ("published", "by"), ("shares", "in"),
               ("employees", "of"), ("ex-employees", "of"), ("employed", "by"), ("executive", "at"),
               ("executive", "of"), ("customers", "of")})  # two words each
_SCORE = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}(?![\d.,-])")  # "0-2", "64-83", "10-2": a game's score
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_TEAM_BEFORE = frozenset({"against", "beat", "beats", "defeated", "face", "faces", "play", "plays", "played"})


def _after_of(tokens: list[str], tags: list[str], first: int) -> bool:
    """The mention ends a phrase "N of (the former communist) X": a ", who" after it is about N."""
    k = first - 1
    while k >= 0 and (tags[k] in ("JJ", "DT", "VBN") or tags[k] == "NN" and tokens[k].islower()
                      or tokens[k].lower() in ("former", "then")):
        k -= 1
    return k >= 0 and tokens[k].lower() == "of"


def _org_context(tokens: list[str], tags: list[str], first: int, last: int) -> bool:
    """ "shares of X", "companies like X", "news agency X", "X's president", "X, the bank", "X, a unit of"."""
    lows = [t.lower() for t in tokens[max(0, first - 3):first]]
    if tuple(lows[-2:]) in _ORG_BEFORE:
        return True
    if lows[-1:] == ["like"] and lows[-2:-1] and lows[-2] in _ORG_NOUNS \
            or lows[-2:] == ["such", "as"] and lows[-3:-2] and lows[-3] in _ORG_NOUNS:
        return True  # "companies like Toyota", "networks such as PBS"; not "politicians like McCain"
    if lows[-2:] == ["the", "group"] and last - first > 1 and tokens[first].lower() not in first_names():
        return True  # "of the group Family First"; not "the group Fiorina addressed"
    if lows and lows[-1] in _ORG_NOUNS_AFTER_A_NOUN:
        if first >= 2 and tags[first - 2].startswith(("NN", "JJ", "VBG")) and lows[-2] not in _DETERMINERS:
            return True  # "retailing giant Velloran", "department store group X"; not "the group Fiorina addressed"
    elif lows and lows[-1] in _ORG_NOUNS or lows[-2:-1] and lows[-2] in _ORG_NOUNS and lows[-1] == "," \
            and tokens[last:last + 1] in ([","], ["."], [";"]):
        return True  # "news agency MTI", "commercial bank, Garantia,"; not "by his firm, Braynard boasted"
    if lows[-1:] in (["called"], ["named"]) and lows[-2:-1] and lows[-2] in _ORG_CALLED:
        return True  # "television news stations called Al-Alam"
    after = [t.lower() for t in tokens[last:last + 5]]
    if after[:1] in (["is"], ["was"]) and _said_to_be_an_organisation(tokens, last + 1):
        return True  # "DS4SEQ is a single issue party"
    if _does_what_firms_do(tokens, tags, last):
        return True  # "Qantas cut 1,500 jobs", "Glitnir posted a loss"
    if after[:1] and after[0].lower() in _SAID and after[1:2] == ["its"] and last - first == 1:
        return True  # "Tesco said its profits fell" (a person says "his"; not "in a statement": "Biden said" so too)
    owner = after[:1] in (["'s"], ["’s"]) or after[:1] in (["'"], ["’"]) and tokens[last - 1].endswith("s")
    if owner and len(after) > 1 and (after[1] in _ORG_POSSESSIONS or after[1:3] == ["chief", "executive"]) \
            and not (after[1] == "president" and _kinds_of(" ".join(tokens[first:last]))[:1] == ["place"]):
        return True  # "Merrill Lynch's president", "Acme's chief executive"; not "Bush's chief of staff", not
        # "Niger's president" (a country WordNet knows has one too)
    if after[:1] in (["party"], ["parties"]) and lows[-1:] in (["the"], ["and"]):
        return True  # "the Green party", "the Labour and Greens parties"; not "Andrew parties"
    if after[:1] and after[0] in _ORG_NOUNS_AFTER \
            and not (after[0] in _A_PLACES_TOO and _a_place_name(" ".join(tokens[first:last]).lower())) \
            and (after[0] not in _MEMBERS_AFTER or last + 1 < len(tokens) and _is_cap(tokens[last + 1])) \
            or after[:3] in ([",", "owned", "by"], [",", "a", "unit"], [",", "headquartered", "in"]):
        return True  # "the Nikkei index", "HarperCollins, owned by News Corp."
    if after[:1] == [","] and len(after) > 2 and after[1] in ("the", "a", "an"):
        for k in (2, 3):  # "Garantia, the bank", "Hyperion, a publishing unit"; not "Smith, the bank's lawyer"
            if len(after) <= k or _is_cap(tokens[last + k]):
                break  # "In Almaty, the Yema Group has": another name
            if after[k] in _ORG_NOUNS:
                nxt = last + k + 1
                return nxt >= len(tokens) or not tags[nxt].startswith(("NN", "POS"))
    return False


def _does_what_firms_do(tokens: list[str], tags: list[str], last: int) -> bool:
    """After a name: a verb (no form of "be", no speech verb) and, within three words, what only firms have
    (`_ORG_OBJECTS`): "cut 1,500 jobs", "has posted a loss"; not "stated the workers were", "cut his losses"."""
    k = last + 1 if last + 1 < len(tokens) and tokens[last].lower() in ("has", "had", "have") else last
    if k >= len(tokens) or not tags[k].startswith("VB") or tokens[k].lower() in _BE \
            or cue_lemma(tokens[k]) in _SAYING:
        return False
    objects = [t.lower() for t in tokens[k + 1:k + 5]]
    objects = objects[:next((n for n, o in enumerate(objects) if o in _NOT_IN_A_DESCRIPTION or o in ".,;"), 4)]
    return any(o in _ORG_OBJECTS and t.islower() for o, t in zip(objects, tokens[k + 1:k + 5]))  # not "Auto Workers'


def _said_to_be_an_organisation(tokens: list[str], k: int) -> bool:
    """From k: "a single issue party", "one of these parties", "an Iranian based news agency": an organisation's
    noun after a determiner and at most three more words in lower case."""
    if k >= len(tokens) or tokens[k].lower() not in ("a", "an", "one", "the"):
        return False
    for n, t in enumerate(tokens[k + 1:k + 6]):
        low = t.lower()
        nxt = tokens[k + n + 2] if k + n + 2 < len(tokens) else "."
        if (low in _ORG_COPULA_NOUNS or low in _ORG_NOUNS) and t.islower() and nxt not in ("'s", "’s") \
                and not (nxt.islower() and nxt.isalpha()):
            return True  # the head noun: not "one of our party's leaders", "the party unifier"
        if n == 0 and low == "of" and tokens[k].lower() == "one":
            continue  # "one of these parties"
        if not (low.isalpha() or "-" in low) or low in _NOT_IN_A_DESCRIPTION:
            return False
    return False


_SAID = frozenset({"said", "says", "added", "announced", "stated", "confirmed", "warned"})
_SAYING = frozenset({"say", "state", "tell", "add", "claim", "argue", "explain", "note", "insist", "warn", "write"})
_BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s", "’s"})
_NOT_IN_A_DESCRIPTION = frozenset({"who", "which", "that", "and", "but", "of", "for", "in", "at", "with", "by", "from",
                                   "to", "on", "his", "her", "their", "my", "our", "your", "its", "'s", "’s"})


def _nothing_owned(token: str, tag: str) -> bool:
    """After "X's": a verb, a preposition or punctuation, not what X owns ("Moody's said", "by Moody's _")."""
    return (tag.startswith(("VB", "MD")) and tag != "VBG") or tag in ("IN", "CC", "TO") \
        or token in (",", ".", ";", ":", "_", ")", "--", "—")


_WEATHER = re.compile(r"\b(?:[Rr]ain(?:fall)?|[Ww]inds?|gusts?|[Ff]lood(?:s|ing|ed)?|Met Office|[Ww]eather|[Ss]now)\b")


def _evidence(doc: Document, entity: Entity, surnames: frozenset[str] = frozenset()) -> _Evidence:
    ev = _Evidence(entity, _kinds_of(entity.name))
    ev.weather = entity.name.startswith("Storm ") and _WEATHER.search(doc.text) is not None
    if len(entity.words) == 1 and entity.name.endswith("s") and entity.name[:1].isupper() \
            and not entity.name.isupper():
        singular = entity.name[:-1]
        ev.family = singular in surnames or _kinds_of(singular)[:1] == ["person"] \
            and not _english_word(singular.lower(), "nvar")  # "the Greens" (green) is a party, no family
    tokens, tags = doc.tokens, doc.tags
    for start, end in entity.mentions:
        if (start, end) in entity.title_mentions:
            continue
        first = bisect_left(doc.starts, start)
        last = bisect_left(doc.starts, end)  # the token after the mention
        if last < len(tokens) and tags[last].startswith(("VB", "MD")):
            end_of_sentence = doc.sentences[doc.token_sentence[first]].last_token
            owner = next((t.lower() for t in tokens[last:end_of_sentence] if t.lower() in _POSSESSIVES), None)
            ev.neuter += owner == "its"
        before = tokens[first - 1].lower() if first > 0 else ""
        after = tokens[last:last + 3]
        if before == "the":
            ev.after_the += 1
        elif before in _PLACE_PREPOSITIONS or (
                before == "of" and first >= 2 and tokens[first - 2].lower() in _PLACE_NOUNS):
            ev.place_context += after[:1] not in (["'s"], ["’s"]) or _is_cap("".join(after[1:2]))
        if len(after) >= 2 and after[0] == "," and _is_cap(after[1]) and after[2:3] not in (["'s"], ["’s"]) \
                and whole_place_after(tokens, last + 1) and (
                after[1].lower() in PLACES or after[1].lower().rstrip(".") in STATE_ABBREVIATIONS
                or _kinds_of(after[1])[:1] == ["place"]):
            ev.place_context += 1  # "Oakland, Calif.", "NAIROBI, Kenya"
            if after[1].lower().rstrip(".") in STATE_ABBREVIATIONS or not (
                    len(entity.words) > 1 and entity.words[0].lower() in first_names()):
                ev.strong_place += 1  # "Belle Plaine, Minn."; not a reader's signature "Michelle Marks, Philadelphia"
        elif after[:1] == ["_"] and tokens[first].isupper() and (
                first == 0 or doc.token_sentence[first - 1] != doc.token_sentence[first]):
            ev.strong_place += 1  # a dateline: "HOLLYWOOD _ Ask the top talent agents ..."
        elif after[:1] in (["("], ["_"]) and before == "," and first >= 2 and tokens[first - 2].isupper() and (
                first == 2 or doc.token_sentence[first - 3] != doc.token_sentence[first - 2]):
            ev.strong_place += 1  # the second part of a dateline: "PRISTINA, Yugoslavia (AP) _"
        if _DISTANCE_FROM.match(doc.text, end):
            ev.place_context += 1  # "Wyndam, 400km south-east of Kalumburu"
        elif _BASED.match(doc.text, end):
            ev.strong_place += 1  # "a Kolkata-based firm", even after "a stake in"
        if after[:1] and after[0].lower() in _PLACE_NOUNS_AFTER:
            ev.place_context += 1  # "the Muscle Shoals area"
        if doc.text[end:end + 1] == "-":
            pass  # "a Kolkata-based firm": what follows the hyphen's word is no evidence
        elif after[:1] and after[0].lower() in _PLACE_NOUNS_LATER or len(after) > 1 and after[0].islower() \
                and tags[last].startswith("NN") and after[1].lower() in _PLACE_NOUNS_LATER:
            ev.strong_place += 1  # "the city's Zocalo plaza", "a Lewis shingle beach"
        if before in ("to", "from") and first >= 2 and tokens[first - 2].lower() in _MOTION:
            ev.place_context += 1  # "flown to Darwin", "the flight from Broome"
        if len(after) >= 2 and after[0] == "," and after[1] in _PERSON_AFTER and not _after_of(tokens, tags, first):
            ev.person_context += 1
        if after[:1] and after[0].lower() in ("administration", "presidency"):
            ev.person_context += 1  # "the Clinton administration"
        if after[:1] in (["'s"], ["’s"]) and (
                before == "the" or len(after) == 1 or _nothing_owned(tokens[last + 1], tags[last + 1])):
            ev.possessive_name += 1  # "Moody's said", "by Moody's was", "the Moody's announcement"
        if _org_context(tokens, tags, first, last) and doc.text[end:end + 1] != "-":  # not "the Braun-owned company"
            ev.org_context += 1
        if entity.name.endswith("s") and len(entity.words) == 1 and before == "the" and (
                first >= 2 and tokens[first - 2].lower() in _TEAM_BEFORE
                or _SCORE.search(doc.text, doc.starts[doc.sentences[doc.token_sentence[first]].first_token],
                                 doc.ends[doc.sentences[doc.token_sentence[first]].last_token - 1])):
            ev.team = True
        k = last
        while k < len(tokens) and doc.tags[k] == "RB":
            k += 1
        if k < len(tokens) and doc.tags[k].startswith("VB") and speaks_at(tokens, k) \
                and before not in _PLACE_PREPOSITIONS:
            ev.spoke = True  # "Biden said", "Biden hit back"; not "Storm Babet hit", "the day in Townsville promising"
    return ev


def initial_kind(words: list[str], titles: list[str]) -> str:
    """A first guess from the words of one mention, before all the evidence is in (`settle_kinds`)."""
    lows = [w.lower() for w in words]
    if any(w in ORG_WORDS or w in _ORG_SUFFIXES for w in lows):
        return "organisation"
    if titles or (len(words) > 1 and lows[0] in first_names()):
        return "person"
    if all(w in PLACES for w in lows) or (len(words) > 1 and (lows[0] in GEO_WORDS or lows[-1] in GEO_WORDS)):
        return "place"
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return "organisation"
    if lows[0] in first_names():
        return "person"
    return "other"


# ---- an entity's kind: rules in order; the first that decides (a kind) wins, None passes

def _organisation_words(ev: _Evidence) -> str | None:
    """ "National Convention Assembly", "Sun Metal Works Sdn Bhd", "Smithsonian Institution Press"."""
    if any(w.lower() in ORG_WORDS or w.lower() in _ORG_SUFFIXES or w == "&" for w in ev.entity.words):
        return "organisation"
    return None


def _no_person_signs(ev: _Evidence) -> bool:
    return not (ev.front_title or ev.entity.titles or ev.person_context)


def _family(ev: _Evidence) -> str | None:
    """ "the Clintons", "the Bradys", "the Rosenbaums' home": a family, named by a person's name in the
    plural (WordNet's person first, or the surname of a person in the text)."""
    if ev.family and ev.after_the and not ev.team:
        ev.entity.common = False
        ev.entity.gender = "plural"  # never what "he" or "she" refers to
        return "person"
    return None


def _team(ev: _Evidence) -> str | None:
    """ "the Yankees are 0-2", "a 10-2 loss to the Angels", "against the Athletics": a plural name written
    "the X" where games are played is a team, an organisation (not a group like "the Serbs"); "the Yankees,
    who are 64-83" speaks of its players."""
    if ev.team and "place" not in ev.wordnet[:1] and not (ev.front_title or ev.entity.titles):
        ev.entity.common = False
        return "organisation"
    return None


def _possessive_name(ev: _Evidence) -> str | None:
    """ "Moody's said", "the step by Moody's was", "the Moody's announcement": an 's with nothing owned after
    it belongs to the name, as in companies named after their founder."""
    if ev.possessive_name and _no_person_signs(ev) and not ev.spoke:
        return "organisation"
    return None


def _organisation_context(ev: _Evidence) -> str | None:
    """ "shares of X", "analysts at X", "X's chief executive", "X, the bank", "news agency X": what the text
    says of X it says of an organisation, even when X starts with a first name ("Merrill Lynch")."""
    if ev.org_context and (_no_person_signs(ev) or not (ev.front_title or ev.entity.titles)
                           and ev.org_context > ev.person_context):
        return "organisation"  # "The Wee W store ... Wee W, whose building": more of a firm than of a person
    return None


def _strong_place(ev: _Evidence) -> str | None:
    """ "Belle Plaine, Minn.", "NAIROBI, Kenya", a dateline "HOLLYWOOD _": a place, even when its first word
    is a first name or WordNet knows another sense first."""
    if ev.strong_place and _no_person_signs(ev):
        return "place"
    return None


def _wordnet_place_of_words(ev: _Evidence) -> str | None:
    """ "Soviet Union", "Gulf States": a name of several words that WordNet knows first as a place is one,
    whatever organisation word it holds."""
    if len(ev.entity.words) > 1 and ev.wordnet[:1] == ["place"]:
        return "place"
    return None


def _acronym_first(ev: _Evidence) -> str | None:
    """ "KPMG Peat Marwick", "BBC World Service": an acronym in front of words in ordinary case is a firm's or
    a body's name, not a person's."""
    words = ev.entity.words
    if len(words) > 1 and words[0].isalpha() and words[0].isupper() and len(words[0]) >= 2 \
            and not all(w.isupper() for w in words) and _no_person_signs(ev):
        return "organisation"
    return None


def _geographic_word(ev: _Evidence) -> str | None:
    """ "Lake Michigan", "Black Sea", "Wilson Dam", "Kamukunji Grounds", "Eastern Slavonia": a geographic or compass
    word first, or a geographic word last (not "Jane Park": a first name and a word that is also a surname)."""
    lows = [w.lower() for w in ev.entity.words]
    if len(lows) < 2 or not _no_person_signs(ev) or lows[0] in first_names() and lows[-1] in _SURNAME_GEO_WORDS \
            and not ev.place_context:  # "along Gilbert Close"
        return None
    if lows[-1] in GEO_WORDS and lows[-1] != "state" or lows[0] in _GEO_FIRST \
            or len(lows) > 2 and lows[-1] in STREET_ENDS \
            or lows[0] in _COMPASS and not _adjective(ev.entity.words[1]):  # not "South African Robi Byrd"
        return "place"
    return None


def _acronym_alone(ev: _Evidence) -> str | None:
    """ "DIMIA said", "RBS posted losses", "DHBs": a name of one word in capitals (an acronym, also in the
    plural) is a body's, even when the text makes it speak; not when WordNet knows it as something else
    than a body (the person "JFK", the concepts "GDP" and "UTC"), or the text writes it as a place ("in NSW")."""
    word = ev.entity.words[0] if len(ev.entity.words) == 1 else ""
    bare = word[:-1] if word.endswith("s") else word
    known_otherwise = ev.wordnet and "organisation" not in ev.wordnet  # "GDP", "UTC": WordNet's concepts
    if len(bare) >= 2 and bare.isalpha() and bare.isupper() and not known_otherwise \
            and not ev.place_context and _no_person_signs(ev) and not _english_word(bare.lower(), "n"):
        return "organisation"
    return None


def _front_title(ev: _Evidence) -> str | None:
    """A title in front of a mention ("President Moi", "Dr. King"): a person."""
    return "person" if ev.front_title else None


def _titled(ev: _Evidence) -> str | None:
    """A title in apposition ("Kibwana, the director"): a person."""
    return "person" if ev.entity.titles else None


def _wordnet_member(ev: _Evidence) -> str | None:
    """ "Serbs", "Jews", "European Jews": members of a group (WordNet: a capitalised noun.person that is no
    instance): a group, no name of its own; not after "in", "to" ("in Iowa", "in Roma") when also a place and no
    English word or first name ("at Amazon", "Leo")."""
    words = ev.entity.words
    if len(words) == 1 or (words[-1].endswith("s") and not ev.wordnet):  # "European Jews"
        last = words[-1]
        found = (ev.wordnet if len(words) == 1 else []) or _kinds_of(last[:-1] if last.endswith("s") else last)
        if found and found[0] == "member" and not (ev.place_context and "place" in found and len(words) == 1
                                                   and not _english_word(last.lower(), "n")
                                                   and last.lower() not in first_names()):
            ev.entity.common = True
            return "other"
    return None


# demonym endings and what they replace of the place's name: "Timorese" (Timor), "Chinese" (China),
# "Australian" (Australia), "Brazilians" (Brazil), "Italian" (Italy), "Tibetans" (Tibet), "Pakistani" (Pakistan),
# "Queenslanders" (Queensland), "Londoner" (London)
_DEMONYM_ENDINGS = (("ers", ("",)), ("er", ("",)), ("ese", ("", "a", "on")), ("ians", ("ia", "a", "", "y")),
                    ("ian", ("ia", "a", "", "y")), ("ans", ("", "a")), ("an", ("", "a")), ("is", ("",)), ("i", ("",)))


def _a_place_name(low: str) -> bool:
    return low in PLACES or _kinds_of(low)[:1] == ["place"]


def demonym(word: str) -> bool:
    """A word made of a place's name and a demonym ending ("Timorese", "Tibetans", "Australian"), that is
    neither a first name ("Julian") nor itself a place ("Milan", "Jordan")."""
    low = word.lower()
    if not word[:1].isupper() or low in first_names() or _a_place_name(low):
        return False
    for ending, restored in _DEMONYM_ENDINGS:
        stem = low[:-len(ending)]
        if low.endswith(ending) and len(stem) >= 3:
            return any(_a_place_name(stem + tail) for tail in restored)
    return False


def _demonym(ev: _Evidence) -> str | None:
    """ "the West Timorese", "Tibetans", "West Australian refugee advocate ...", "Han Chinese": people named
    by where they come from (a demonym last, at most one word before it and no first name, not "Mark Cuban",
    unless the demonym ends in "-ese", which no surname does: "Han Chinese"),
    a group with no name of its own."""
    words = ev.entity.words
    before = words[0].lower() if len(words) == 2 else ""
    if (len(words) == 1 or len(words) > 2 and all(w.lower() in _COMPASS for w in words[:-1])
            or before and (before in _COMPASS or before not in first_names() or words[-1].endswith("ese"))) \
            and demonym(words[-1]) and not ev.front_title and not ev.entity.titles:
        ev.entity.common = True
        return "other"
    return None


def _common_noun(ev: _Evidence) -> str | None:
    """A one-word name that WordNet knows only in lower case ("Internet", "Government", "Privacy") and no
    first name: a common noun written with a capital, no name of its own."""
    words = ev.entity.words
    if len(words) == 1 and not ev.wordnet and not ev.person_context and words[0].lower() not in first_names():
        if _english_word(words[0].lower(), "n"):
            ev.entity.common = True
            return "other"
    return None


def _unknown_words_person(ev: _Evidence) -> str | None:
    """Two or more words, the last no English word and no place ("Kivutha Kibwana"): a person's name, unless
    "it" or "its" is what the text calls it next ("Goldman Sachs cut its forecast")."""
    words = ev.entity.words
    if len(words) > 1 and not ev.wordnet and ev.entity.kind == "other" and words[-1][:1].isupper() \
            and not words[-1].isupper() and not ev.neuter:
        if not _english_word(words[-1].lower(), "nvar") and not _kinds_of(words[-1]):
            return "person"
    return None


def _known_place(ev: _Evidence) -> str | None:
    """A place of the built-in list or a state abbreviation: "China", "U.S.", "Calif."."""
    low = ev.entity.name.lower()
    if low in PLACES or low.rstrip(".") in STATE_ABBREVIATIONS and len(ev.entity.words) == 1:
        return "place"
    party, _, state = low.partition("-")  # "R-Calif.", "D-Ore.": a party and a state
    if party in ("r", "d", "i") and (state in PLACES or state.rstrip(".") in STATE_ABBREVIATIONS):
        return "place"
    return None


def _wordnet_many_words(ev: _Evidence) -> str | None:
    """A name of two or more words WordNet knows: "Sri Lanka", "United Nations", "Little Rock"."""
    if len(ev.entity.words) > 1 and ev.wordnet:
        return _kind_of_sense(ev.wordnet[0])
    return None


def _first_name(ev: _Evidence) -> str | None:
    """ "Simeon Nyachae" starts with a first name (nltk's names): a person."""
    if len(ev.entity.words) > 1 and ev.entity.words[0].lower() in first_names():
        return "person"
    return None


def _wordnet_no_person(ev: _Evidence) -> str | None:
    """A name WordNet knows first as a place or an organisation and never as a person ("Yugoslavia",
    "Hamas", "Vatican"), even when the text makes it speak ("Yugoslavia said")."""
    if ev.wordnet and "person" not in ev.wordnet and ev.wordnet[0] in ("place", "organisation", "facility") \
            and not ev.person_context:
        if "place" in ev.wordnet and ev.place_context:
            return "place"  # "agents in Hollywood": WordNet's film industry is also a place
        return _kind_of_sense(ev.wordnet[0])
    return None


def _wordnet_place_in_context(ev: _Evidence) -> str | None:
    """ "taken into detention in Darwin": WordNet knows a place of that name (after a person perhaps) and
    the text writes it as a place, with no sign of a person (a title, "who", a speech verb)."""
    if "place" in ev.wordnet and ev.place_context and _no_person_signs(ev) and not ev.spoke:
        return "place"
    return None


def _spoken_of_as_a_person(ev: _Evidence) -> str | None:
    """ "Biden said", "Biden, who ...", he/she after it (kinds set while building): a person; a first name
    alone ("Yale", "Florence") does not outweigh WordNet's place or organisation."""
    if ev.person_context or ev.spoke:
        return "person"
    if ev.entity.kind == "person" and not ev.after_the \
            and not any(k in ("place", "organisation", "facility") for k in ev.wordnet[:1]):
        return "person"
    return None


def _wordnet_event_or_work(ev: _Evidence) -> str | None:
    """ "World Cup", "Holocaust", "Bible": WordNet knows the name as an event, an act or a work only; a
    name, but not of a person, a place or an organisation: not listed in `names`."""
    if ev.wordnet and not any(k in ("place", "organisation", "facility", "person", "member") for k in ev.wordnet):
        ev.entity.common = True
        return "other"
    return None


def _wordnet_person_only(ev: _Evidence) -> str | None:
    """ "Wagner", "Ibsen": WordNet knows the name as people only."""
    return "person" if ev.wordnet and set(ev.wordnet) == {"person"} else None


def _place_context(ev: _Evidence) -> str | None:
    """ "in Mogadishu", "the town of Afula", "Oakland, Calif.": a place."""
    return "place" if ev.place_context else None


def _wordnet_one_word(ev: _Evidence) -> str | None:
    """A one-word name WordNet knows: a place before the person it may also be ("Gorky"); else its first
    sense that is a place, an organisation or a person ("Treasury": the department)."""
    if "place" in ev.wordnet and ev.wordnet[0] in ("person", "place"):
        return "place"
    for kind in ev.wordnet:
        if kind in ("place", "organisation", "facility", "person"):
            return _kind_of_sense(kind)
    return None


def _written_with_the(ev: _Evidence) -> str | None:
    """ "the Vatican", "the Yankees", "the Treasury": no person; an organisation."""
    if ev.after_the and ev.entity.kind in ("person", "other"):
        return "organisation"
    return None


def _unknown_default(ev: _Evidence) -> str | None:
    """Nothing else decided: a name of one word that WordNet does not know is most often a surname
    ("Rugova", "Arkan"); of several words, a company or a body ("America Online", "United Artists")."""
    if ev.entity.kind != "other" or ev.wordnet or ev.entity.common:
        return None
    words = ev.entity.words
    if len(words) == 1:
        return "person" if words[0][:1].isupper() and not words[0].isupper() else "organisation"
    return "organisation"


KIND_RULES = (table_kind, _wordnet_place_of_words, title_only, event_or_law, named_event, model_code,
              _organisation_words, nouns_and_a_place, place_pair,
              _front_title, _team, _family, _wordnet_member, _demonym, _known_place, _strong_place, _possessive_name,
              _organisation_context, _acronym_first, _geographic_word, _wordnet_many_words, _first_name,
              _wordnet_no_person, _titled, brand_compound, short_for_a_firm, _common_noun, _wordnet_place_in_context,
              _acronym_alone,
              _spoken_of_as_a_person, _wordnet_event_or_work, _wordnet_person_only, _wordnet_one_word, _place_context,
              _written_with_the, a_persons_surname, _unknown_words_person, _unknown_default)


def settle_kinds(doc: Document, entities: list[Entity], pairs: list[tuple[_Mention, Entity]]) -> None:
    """Each entity's kind from all the evidence, once every mention is known (`KIND_RULES`)."""
    front = {id(entity) for run, entity in pairs if run.title}
    surnames = frozenset(e.words[-1] for e in entities if e.kind == "person" and len(e.words) > 1)
    full_persons: dict[str, set[int]] = {}
    for e in entities:  # "President Vincente Fox", "Jane Smith": a person named in full
        if e.kind == "person" and len(e.words) > 1 and len(e.words[-1]) > 2 \
                and (e.titles or e.words[0].lower() in first_names()):
            full_persons.setdefault(e.words[-1], set()).add(id(e))
    decided_by: dict[int, str] = {}
    stems = firm_stems(entities)
    for entity in entities:
        ev = _evidence(doc, entity, surnames)
        ev.front_title = id(entity) in front
        ev.persons_surname = bool(full_persons.get(entity.words[-1], set()) - {id(entity)})
        ev.firm_stem = entity.words[0] in stems
        for rule in KIND_RULES:
            kind = rule(ev)
            if kind is not None:
                decided_by[id(entity)] = rule.__name__
                if kind != entity.kind:
                    entity.kind = kind
                    if kind != "person":
                        entity.gender = None
                break
    coordinated_kinds(doc, pairs, decided_by)
    place_signs(doc, entities, decided_by, pairs)  # "Whanganui District Council": "Whanganui" is a place
    listed_after_a_noun(doc, pairs, decided_by)  # "lakes like Rotokawau and Wiritoa"
    member_of(doc, pairs)  # "Mike McCready of Pearl Jam": no person
    news_source(doc, pairs, {i for i, rule in decided_by.items() if rule in WEAK_RULES})  # "told Reuters"
    later_signs(doc, entities, pairs, decided_by)  # "Queen's Hospital", "IS militants", "PepsiCo", "towards Ramadi"
    defined_abbreviations(doc, entities)  # "the African Union (AU)"
    institution_heads(doc, entities)  # "the Court" after "Allahabad High Court"
    short_for_an_organisation(entities, decided_by)  # "Tailwind" after "Tailwind Sports"
    title_as_adjective(doc, pairs, entities)  # "Major provisions of the act"
    not_a_name(doc, entities)  # "Māori", "GST", "Flood Warnings" beside "flood warnings"


def defined_abbreviations(doc: Document, entities: list[Entity]) -> None:
    """An abbreviation the text defines in brackets after a name ("African Union (AU)", "the World Health
    Organization (WHO)") is that name's kind, whatever else the letters spell ("Au" is gold to WordNet, "AU
    said" speaks)."""
    ending = {end: e for e in entities if len(e.words) > 1 for _, end in e.mentions}
    for entity in entities:
        word = entity.words[0] if len(entity.words) == 1 else ""
        if not (2 <= len(word) <= 8 and word.isupper()):
            continue
        for start, end in entity.mentions:
            gap = 3 if doc.text[start - 3:start - 2] in ("”", '"', "’") else 2  # 'the Environment Agency” (EA)'
            long = ending.get(start - gap) if doc.text[start - 2:start] == " (" and doc.text[end:end + 1] == ")" \
                else None
            if long is not None and long.words[0][:1].upper() == word[0] and long.kind != entity.kind:
                entity.kind = long.kind
                entity.gender = long.gender if long.kind == "person" else None
                break
