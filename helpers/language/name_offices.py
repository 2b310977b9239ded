"""Where a person's name begins: the office and the affiliation written in front of it are no part of it.

"Former Secretary of State Hillary Clinton", "Finance Minister Palaniappan Chidambaram", "Democrat Zephyr
Teachout", "Indiana Republican Dan Coats": the name is the last two words; the rest says what the person
is. `front_split` applies small rules in order (`FRONT_RULES`) to the words of a run of capitalised tokens
and returns how many words in front are no name:
- an office: titles, with the modifiers written before them ("Finance", "Chinese", "Texas", "Former") and
  their complement after "of"/"for" ("of State", "for Foreign Affairs", "of Texas");
- an affiliation: party and group words ("Democrat", "Tory", "Bosnian Serb"), with a place in front,
  before what reads as a person's name.
`group_only` finds a run that is only a place and a group word ("the Indiana Republican"): no person.
Used by `helpers.language.entities`.
"""
from __future__ import annotations

from helpers.language.gazetteer import english_word as _english_word, kinds as _kinds_of
from helpers.language.lemmas import is_synset_name
from helpers.language.name_lists import GEO_WORDS, ORG_WORDS, PERSON_TITLES, PLACES, first_names

# Titles of elected members, beyond PERSON_TITLES: "Labour MP Jess Phillips", "state Rep.", "MEP".
_MEMBER_TITLES = frozenset({"mp", "mps", "mla", "mep", "msp", "lawmaker", "legislator", "assemblyman",
                            "assemblywoman", "delegate", "alderman", "councillor", "councilor", "whip",
                            "mlc", "mhr", "mpp", "hon", "honourable", "honorable", "pm", "cllr"})
# The portfolio or field of an office: "Finance Minister", "Secretary of State", "Minister for Foreign
# Affairs", "Director of National Intelligence", "Chief of Staff". Must match "Defence", "Home", "Health";
# must not match "Hillary", "Rice", "Goldman".
PORTFOLIOS = frozenset("""
state foreign affairs home defence defense finance treasury health education justice interior commerce
trade labor labour energy environment agriculture transport transportation housing security homeland
intelligence national international development culture economy economic industry immigration veterans
war human services urban communications information tourism infrastructure employment welfare social
public works budget revenue planning science technology sport sports women children family fisheries
forestry mines mining petroleum oil power water railways aviation law arts heritage digital exchequer
staff external internal legislative parliamentary relations cooperation trade industries resources
natural climate emergency disaster police prisons youth excise panchayat raj rural irrigation textiles handlooms
minorities empowerment tribal shipping steel coal aviation civil supplies consumer food medical road roads
highways agricultural
""".split())
# Modifiers of an office that are no portfolio: "Former Secretary", "Acting Director", "Shadow Chancellor".
_OFFICE_ADJECTIVES = frozenset({"former", "acting", "interim", "deputy", "junior", "shadow", "outgoing",
                                "incoming", "then", "u.s.", "federal", "provincial", "state", "opposition",
                                "union"})  # India's "Union Minister": of the federal government
# Party and group words written in front of a name: "Democrat Zephyr Teachout", "Tory MP". WordNet's
# members ("Serb", "Tory") are group words too (`_group_word`).
PARTY_WORDS = frozenset("""
democrat democratic dem republican gop labour labor tory conservative liberal lib green libertarian
independent progressive socialist communist nationalist unionist populist centrist federalist bjp snp
ukip dfl maoist marxist leftist
""".split())
_CONNECTORS = frozenset({"of", "for"})
# a title word before these opens an organisation's name, no person's: "Justice Department", "General Motors"
ORG_AFTER_TITLE = ORG_WORDS | {"motors", "electric", "dynamics", "mills", "foods", "hospital", "accounting"}


def is_title(word: str) -> bool:
    """A title in front of a name: "President", "Sen.", "Minister", "MP"."""
    low = word.lower()
    return low in PERSON_TITLES or low.rstrip(".") in PERSON_TITLES or low.rstrip(".") in _MEMBER_TITLES


def _place(word: str) -> bool:
    low = word.lower()
    return low in PLACES or (_kinds_of(word)[:1] == ["place"] and low not in first_names())


def demonym_like(word: str) -> bool:
    """ "Chinese", "Russian", "American", "Texas" in "Chinese President Xi" / "Texas Sen. Ted Cruz"."""
    low = word.lower()
    return low.endswith(("ese", "ian", "ish", "can", "ic", "i")) or low in PLACES or low in {"u.s.", "former"}


def _party_word(word: str) -> bool:
    """ "Republican", "Democrats", "Tory": a party (not a nation: "South Korean" stays one name)."""
    low = word.lower()
    return low in PARTY_WORDS or (low.endswith("s") and low[:-1] in PARTY_WORDS) or low == "tories"


def _group_word(word: str) -> bool:
    """A party or a group a person belongs to: "Democrat", "Labour", "Tory", "Serb", "Republicans"."""
    low = word.lower()
    if _party_word(word):
        return True
    return _kinds_of(word)[:1] == ["member"] and low not in first_names()


def office_modifier(word: str) -> bool:
    """A word written before a title as part of the office: "Finance", "Chinese", "Texas", "Former",
    "Democratic" ("Finance Minister", "Texas Gov.", "Democratic Sen.")."""
    low = word.lower()
    return demonym_like(word) or low in PORTFOLIOS or low in _OFFICE_ADJECTIVES or _group_word(word) \
        or _place(word)


def complement_word(word: str) -> bool:
    """A word of an office's complement after "of"/"for": "State", "Foreign", "Affairs", "Texas", "NATO";
    not a first name ("Hillary") nor an unknown word ("Chidambaram")."""
    low = word.lower()
    if not word[:1].isupper():
        return False
    if low in PORTFOLIOS or _place(word) or low in GEO_WORDS or low in ORG_WORDS:
        return True
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _complement_end(words: list[str], k: int) -> int:
    """words[k] is "of"/"for" after a title: the index after its complement ("of State", "for Foreign
    Affairs", "of State for Health"), or k when none follows."""
    m, end = k, k
    while m < len(words) and words[m].lower() in _CONNECTORS | {"and", "&"} \
            and m + 1 < len(words) and complement_word(words[m + 1]):
        m += 1
        while m < len(words) and complement_word(words[m]):
            m += 1
        end = m
    return end


# ---- how many words in front are no name: rules in order; the first that finds some (> 0) wins

_SEAT_TITLES = frozenset({"MP", "MSP", "MLA", "MEP", "MPP", "MHR", "TD"})  # written in capitals after the seat


def _constituency(words: list[str]) -> int:
    """Where an elected member's title stands after the name of a seat (one to three capitalised words) and
    before a full name: "Barking MP Margaret Hodge" -> 1, "Ilford South MP Mike Gapes" -> 2; else 0."""
    for m in range(1, min(4, len(words) - 2)):
        if words[m] in _SEAT_TITLES:
            return m if all(w[:1].isupper() and w.isalpha() for w in words[:m]) else 0
    return 0


def office(words: list[str], tags: list[str], i: int) -> int:
    """Titles with their modifiers and complements: "Chinese President Xi Jinping" -> 2, "Former Secretary
    of State Hillary Clinton" -> 4, "Finance Minister P. Chidambaram" -> 2, "Sen. Ted Cruz" -> 2 (a full
    stop goes with its title). A modifier counts only before a title."""
    # a place of two words before the title: "United States Secretary of Defense Donald Rumsfeld"
    k = 2 if len(words) > 3 and is_title(words[2]) and _place(" ".join(words[:2])) else 0
    k = k or _constituency(words)  # "Barking MP Margaret Hodge", "Ilford South MP Mike Gapes"
    last_title = -1
    while k < len(words):
        if is_title(words[k]) and not (words[k].lower() == "press" and not (k + 1 < len(words)
                                                                            and is_title(words[k + 1]))) \
                and not (k + 1 < len(words) and words[k + 1].lower() in ORG_AFTER_TITLE):  # "General Motors"
            last_title = k  # "Press Secretary Jen Psaki"; not "Press TV", where "Press" is part of the name
            if k + 1 < len(words) and words[k + 1].lower() in _CONNECTORS:
                end = _complement_end(words, k + 1)
                if end > k + 1:
                    last_title, k = end - 1, end
                    continue
        elif words[k] == "." and k > 0 or last_title == -1 and k + 1 < len(words) \
                and tags[i + k] in ("JJ", "NNP", "NNPS") and office_modifier(words[k]):
            pass
        else:
            if last_title >= 0 or k == 0:
                break
        k += 1
    split = last_title + 1
    while split < len(words) and words[split] == ".":
        split += 1
    return split


def _reads_as_a_person(words: list[str]) -> bool:
    """What follows an affiliation reads as a person's name: a first name that is no English word ("Hillary
    Clinton") or a last word that is no English word ("Zephyr Teachout", "Cruz"); not an organisation
    ("Party", "National Committee", "Stock Exchanges") nor a place ("Indian Wells")."""
    lows = [w.lower() for w in words if w[:1].isalpha()]
    if not lows or any(w in ORG_WORDS or w in GEO_WORDS for w in lows) or not words[-1][:1].isupper() \
            or words[-1].isupper() or _place(" ".join(words)) or _group_word(words[-1]) \
            or _group_word(words[-1][:-1]):  # "European Jews", "Hutus": a group, no person
        return False
    if lows[0] in first_names() and not _english_word(lows[0], "nvar") and not _place(words[0]):
        return True
    return not _english_word(lows[-1], "nvar") and not _place(words[-1])


def affiliation(words: list[str], tags: list[str], i: int) -> int:
    """Party and group words (with a place in front) before a person's name: "Democrat Zephyr Teachout" ->
    1, "Indiana Republican Dan Coats" -> 2, "Bosnian Serb Radovan Karadzic" -> 2; "Republican Party" -> 0."""
    k = 0
    while k < len(words) and (demonym_like(words[k]) or _place(words[k]) or _group_word(words[k])):
        k += 1
    while k > 0 and not _group_word(words[k - 1]):
        k -= 1  # the affiliation ends with its group word: "Texas" alone is no affiliation
    if not k or (len(words) - k < 2 and not _party_word(words[k - 1])):
        return 0  # a nation before one word is a name of its own: "German Reichsbank", "Shah Alam"
    return k if _reads_as_a_person(words[k:]) else 0


def place_in_front(words: list[str], tags: list[str], i: int) -> int:
    """A place written against a person's full name, where a comma or "of" is missing: "(Senator from)
    Vermont Bernie Sanders" -> 1, "In New York Alexandria Ocasio-Cortez won" -> 2; not "Washington Irving"
    or "Georgia O'Keeffe" (a place word that is also a first name; one word after it)."""
    for k in (2, 1):
        if k == 1 and _place(" ".join(words[:2])):
            return 0  # "San Francisco Supervisor Jane Kim": the place is two words, and no person follows it
        rest = words[k:]
        if len(rest) >= 2 and rest[0].lower() in first_names() and _place(" ".join(words[:k])) \
                and not any(w.lower() in first_names() for w in words[:k]) and _reads_as_a_person(rest):
            return k
    return 0


# What the British, Australian and local press write, capitalised, in front of a name as if it were a title
# ("Campaigner Jane Smith", "Pensioner Mary Cole, 82", "Plum Tree Lane Resident Laura Beale"): AP's "false
# titles". A person noun, no office; it counts only before a first name (`descriptor_in_front`), as "Student
# Loans Company" and "Victim Support" are names.
PERSON_DESCRIPTORS = frozenset("""
resident residents campaigner campaigners pensioner grandmother grandfather grandma grandad mum dad mother widow
widower teenager student shopper shopkeeper landlord landlady homeowner owner driver motorist cyclist commuter
parent teacher headteacher headmaster headmistress vicar farmer fisherman businessman businesswoman entrepreneur
artist author writer singer actor actress rapper comedian musician footballer cricketer golfer striker
midfielder defender goalkeeper winger batsman bowler jockey boxer swimmer athlete veteran survivor victim
witness neighbour neighbor volunteer organiser organizer fan chef surgeon paramedic firefighter solicitor
barrister lawyer activist protester protestor researcher scientist lecturer historian journalist photographer
designer architect mechanic builder plumber electrician nanny carer caregiver patient
""".split())


def descriptor_in_front(words: list[str], tags: list[str], i: int) -> int:
    """A person noun written as a title before a first name and a surname ("Campaigner Jane Smith" -> 1,
    "Plum Tree Lane Resident Laura Beale" -> 4, its place with it); not "Student Loans Company"."""
    for k in range(len(words) - 2):
        if words[k].lower() in PERSON_DESCRIPTORS and words[k + 1].lower() in first_names() \
                and _reads_as_a_person(words[k + 1:]):
            return k + 1
    return 0


def portfolio_in_front(words: list[str], tags: list[str], i: int) -> int:
    """The end of a portfolio whose office was written in lower case or before an "and" ("Minister for Road
    Transport and Highways Nitin Gadkari" -> 1, "chief secretary to the Treasury Darren Jones" -> 1): portfolio
    words in front of a full name; not "Home Depot", "Energy Transfer Partners"."""
    k = 0
    while k < len(words) - 2 and words[k].lower() in PORTFOLIOS:
        k += 1
    first = words[k].lower()
    return k if k and _reads_as_a_person(words[k:]) and not words[k].isupper() \
        and (first in first_names() or not _english_word(first, "n")) else 0  # not "Technology GUI Oxyd"


FRONT_RULES = (office, affiliation, place_in_front, descriptor_in_front, portfolio_in_front)


def front_split(words: list[str], tags: list[str], i: int) -> int:
    """How many words in front of a run are an office or an affiliation (`FRONT_RULES`, first that finds)."""
    for rule in FRONT_RULES:
        split = rule(words, tags, i)
        if split:
            return split
    return 0


def group_only(words: list[str]) -> list[str]:
    """A run of a place and group words only ("Indiana Republican", "Texas Democrats") names no person:
    the place alone ("Indiana"); a name with the Hindi honorific after it ("Nitish Kumar Ji", "Rahul Ji"): the
    name alone; other runs unchanged."""
    if len(words) > 1 and words[-1] == "Ji" and words[-2][:1].isupper() and words[-2].isalpha() and (
            len(words) > 2 or words[-2].lower() in first_names() or len(words[-2]) > 3 and words[-2][-1] == "i"):
        return words[:-1]  # "Modi Ji"; not the Chinese "Zhang Ji"
    k = len(words)
    while k > 0 and _party_word(words[k - 1]):
        k -= 1
    if 0 < k < len(words) and all(_place(w) or w == "." for w in words[:k]):
        return words[:k]
    return words


def imperative(word: str) -> bool:
    """A verb in its base form that WordNet knows and that names nobody ("Contact", "Visit", "Follow"), or its
    participle ("Terming", "Opining"): opening a sentence before a name, it is an instruction ("Visit Amazon")
    or opens a clause ("Terming Jaitley's charge misleading, ..."), no part of the name."""
    low = word.lower()
    if low.endswith("ing") and len(low) > 6:  # "Terming Jaitley's charge ...": a participle opening a clause
        low = next((s for s in (low[:-3], low[:-3] + "e", low[:-4]) if is_synset_name(s, "v")), low)
    return word[:1].isupper() and low.isalpha() and is_synset_name(low, "v") and low not in first_names() \
        and low not in PLACES and not any(k in ("person", "place", "organisation", "facility")
                                          for k in _kinds_of(word))
