"""A name's kind from what the rest of the text says of it, and from small tables of names that carry no sign.

Read on unseen British, Indian, Australian, New Zealand and US news, where a one-word name the lists do not know
("Whanganui", "Rotokawau", "Tailwind") otherwise falls to a default (a person). Each rule overrides only a kind
that a default or a weak sign decided (`OVERRIDABLE`), never a person with a title:
- the text names the place's own bodies or features or its people: "Whanganui District Council", "the
  Whanganui River", "Whanganui Airport" make "Whanganui" a place; "Victorians" makes "Victoria" one
  (`place_signs`);
- names listed after a plural noun of places or of organisations: "lakes like Virginia/Rotokawau and
  Wiritoa", "distributors such as Red Hat, Firefox, and OpenOffice", "the cantons Jura and Neuchâtel"; a
  name before a facility's noun names the facility: "Alder Hey hospital" (`listed_after_a_noun`);
- one word that opens an organisation's name the text gave in full: "Tailwind" after "Tailwind Sports"
  (`short_for_an_organisation`);
- a title opening a sentence before a plural noun is an adjective, no name: "Major provisions of the act"
  (`title_as_adjective`); peoples, economic terms in capitals and common nouns with capitals are no names
  ("Māori", "GST", "Flood Warnings" beside "flood warnings": `not_a_name`);
and, as `KIND_RULES` of `helpers.language.name_kinds`, two small tables: news agencies, which are only ever
"told" or "cited" ("Reuters", "IANS", "PTI", "AAP"), and vessels, models and diseases ("USS Cole",
"Agni-III", "COVID-19");
"Greater Sydney" is a place, "al-Bedawi" alone a person (`table_kind`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from helpers.language.gazetteer import adjective as _adjective, english_word as _english_word, kinds as _kinds_of
from helpers.language.kind_evidence import EVENT_WORDS
from helpers.language.lemmas import lemmatize
from helpers.language.name_lists import GEO_WORDS, NAME_PARTICLE, ORG_WORDS, PERSON_TITLES, first_names
from helpers.language.name_offices import ORG_AFTER_TITLE, is_title

if TYPE_CHECKING:
    from helpers.language.name_kinds import _Evidence
    from helpers.language.segment import Document

# the rules whose kind a sign in the text may overturn (defaults, and "X, who" or "X has" read as a person)
OVERRIDABLE = frozenset({"_unknown_words_person", "_unknown_default", "_spoken_of_as_a_person", "_first_name",
                         "_wordnet_person_only", "_wordnet_one_word", "_acronym_alone", "_wordnet_no_person"})

# wire services and news agencies: no sign in the text but "told", "cited by", "(IANS)"
NEWS_AGENCIES = frozenset("""
reuters afp ap upi ians pti ani aap xinhua bernama yonhap kyodo interfax tass efe ansa dpa anadolu
""".split())
# prefixes of a ship's name and diseases named like codes: "USS Cole", "HMS Victory", "COVID-19"
_VESSELS = frozenset({"uss", "hms", "hmas", "hmnzs", "hmcs", "rms", "ss", "mv"})
# a model's name and its number or Roman numeral: "Agni-III", "Falcon-9"
_MODEL = re.compile(r"[A-Z][a-z]+-(?:I{1,3}|IV|VI{0,3}|IX|\d{1,4})$")  # not "Wealth-X"
_DISEASES = frozenset({"covid", "covid-19", "sars", "sars-cov-2", "mers", "hiv", "aids", "ebola", "h1n1", "h5n1",
                       "zika", "mpox"})


def _weak(entity, decided_by: dict[int, str]) -> bool:
    """Only a default or a weak sign decided the entity's kind; a first name counts as weak only alone
    ("Victoria") or when it is an English word too ("Red Hat"; not "Hillary Clinton")."""
    rule = decided_by.get(id(entity))
    return rule in OVERRIDABLE and not entity.titles and not entity.common and (
        rule != "_first_name" or " " not in entity.name or _english_word(entity.name.split()[0].lower(), "nvar"))


def table_kind(ev: _Evidence) -> str | None:
    """ "Reuters", "IANS" and "Lok Sabha" are organisations; "USS Cole", "COVID-19" are no organisations
    ("other")."""
    name = ev.entity.name
    low = name.lower()
    if " " not in name:  # one word: the tables, a model's number, a place's ending, a surname with its particle
        if low in NEWS_AGENCIES:
            return "organisation"
        if low in _DISEASES or "-" in name and _MODEL.match(name):
            return "other"
        if len(low) > 6 and low.endswith(_PLACE_ENDINGS) and not ev.wordnet and low not in first_names():
            return "place"  # "Denbighshire", "Hyderabad", "Kanpur", "Ahmednagar", "Chandigarh"
        if name[:1].islower() and NAME_PARTICLE.match(name) and not ev.entity.titles and not ev.wordnet \
                and name[3:].lower() not in _GROUP_NAMES:
            return "person"  # "al-Bedawi" alone; not "al-Qaeda"
        return None
    words = name.split()  # several words
    if words[-1] == "Sabha" or words[-1].lower() in _INDUSTRY_WORDS:
        return "organisation"  # "Lok Sabha", "Rajya Sabha"; "Mittal Steel"
    if len(words) == 2 and is_title(words[0]) and words[1].lower() in ORG_AFTER_TITLE:
        return "organisation"  # "General Electric", "Justice Department": no title before a name
    if words[0].lower() in _VESSELS and words[0].isupper() or words[-1].lower() in _INDEX_WORDS:
        return "other"  # "USS Cole"; "Dow Jones Industrial Average", "Nasdaq Composite", "Hang Seng Index"
    if words[0] == "Greater" and _kinds_of(" ".join(words[1:]))[:1] == ["place"]:
        return "place"  # "Greater Sydney", "Greater Manchester"
    if words[-1][:1].islower() and NAME_PARTICLE.match(words[-1]) and not ev.entity.titles and not ev.wordnet \
            and words[-1][3:].lower() not in _GROUP_NAMES and not any(w.lower() in ORG_WORDS for w in words):
        return "person"  # "Jamal al-Bedawi"; not "Ansar al-Sharia"
    return None


# groups whose names begin with "al-": no surname
_GROUP_NAMES = frozenset({"qaeda", "qaida", "shabaab", "shabab", "nusra", "aqsa", "jazeera", "arabiya", "ahram",
                          "sharia", "islam", "jihad", "fatah"})
# peoples (the Māori, Pākehā) and economic terms written in capitals (GST, FDI): no names; WordNet files "Maori"
# as an organisation and knows neither spelling with macrons
_NO_NAMES = frozenset("""
māori maori pākehā pakeha iwi hapū tangata dalit dalits adivasi adivasis
gst vat gdp gnp fdi cpi ipo emi ppe
""".split())


_NAMING_WORDS = ORG_WORDS | GEO_WORDS | EVENT_WORDS  # "the rules committee", "the second amendment": still names


def not_a_name(doc: Document, entities) -> None:
    """Peoples and economic terms (`_NO_NAMES`), capitalised common nouns that the text also writes in lower case
    ("receive Flood Warnings" beside "receive flood warnings") and grades ("Band D") are no names."""
    text = doc.text
    for e in entities:
        low = e.name.lower()
        if low in _NO_NAMES or len(e.words) == 2 and e.words[1].lower() in _NO_NAMES and e.kind != "organisation" \
                or len(e.words) > 1 and not e.titles and e.kind != "person" and low in text \
                and all(_english_word(w, "n") and w not in _NAMING_WORDS for w in low.split()) \
                or len(e.words) == 2 and e.words[0].lower() in _GRADES and _GRADE_MARK.fullmatch(e.words[1]):
            e.common = True  # ... and a grade: "Band D households", "Grade II listed", "Class A drugs"


_GRADES = frozenset({"band", "grade", "tier", "category", "class", "level", "phase", "stage", "zone", "type"})
_GRADE_MARK = re.compile(r"[A-H]|[IVX]{1,4}|\d{1,2}")


# how the names of British counties and of Indian towns end: "Denbighshire", "Hyderabad", "Kanpur", "Ahmednagar"
_PLACE_ENDINGS = ("shire", "abad", "pur", "nagar", "garh", "ganj")
_INDEX_WORDS = frozenset({"average", "composite", "index"})
_INDUSTRY_WORDS = frozenset({"steel", "mining", "telecom", "petroleum", "chemicals", "apparel", "brewing",
                             "pharmaceutical", "electronics"})
# lower-case nouns after a place's name: "the Indore constituency", "Denbighshire councillors", "Whanganui residents"
_OF_A_PLACE_AFTER = frozenset({"constituency", "seat", "councillors", "councilors", "residents", "electorate",
                               "ward", "ratepayers"})  # not "voters": "Stein voters", "Mormon voters"
# the word after a place's name that names a body or a feature of that place
_PLACE_HEADS = frozenset("""
district city county borough regional region shire river valley harbour harbor airport council province
""".split())


def _demonyms(name: str) -> tuple[str, ...]:
    """ "Victoria" -> "Victorians", "Auckland" -> "Aucklanders", "Queensland" -> "Queenslanders"."""
    return (name + "ns", name + "ers")  # not "-ians", "-ites": "Wagnerians" are no people of a place


def place_signs(doc: Document, entities, decided_by: dict[int, str], pairs=()) -> None:
    """One name the rules took for no place (a default, "Victoria has control") that the text names a body or
    a feature of ("Whanganui District Council", "the Whanganui River"), whose people it names ("Victorians"),
    or that it writes before a noun of a place's people or seats ("the Indore constituency", "Denbighshire
    councillors"), is a place."""
    weak = [e for e in entities if e.kind != "place" and len(e.name) > 3 and decided_by.get(id(e)) in OVERRIDABLE
            and (" " not in e.name or e.name.split()[0].lower() not in first_names()) and _weak(e, decided_by)]
    if not weak:
        return
    tokens, text = doc.tokens, doc.text
    heads = {}
    for e in entities:
        if " " not in e.name:
            continue
        words = e.name.split()
        if (words[-1].lower() in _PLACE_HEADS or len(words) > 2 and words[-2].lower() in (
                "district", "city", "county", "borough", "regional", "shire")):
            k = next(i for i, w in enumerate(words) if w.lower() in _PLACE_HEADS)
            if k:
                heads[" ".join(words[:k])] = e
    before_noun = None
    for e in weak:
        if e.name in heads and heads[e.name] is not e:
            sign = True
        elif len(e.words) == 1:
            if before_noun is None:
                before_noun = {id(x) for run, x in pairs if run.last_token < len(tokens)
                               and tokens[run.last_token] in _OF_A_PLACE_AFTER}
            sign = id(e) in before_noun or not e.name.isupper() \
                and decided_by.get(id(e)) != "_wordnet_person_only" \
                and any(d in text and d in tokens for d in _demonyms(e.name))  # substring first: cheap
        else:
            sign = False
        if sign and not _adjective(e.name.lower()) and "member" not in _kinds_of(e.name):  # "Southern", "Mormon"
            e.kind, e.gender = "place", None


_PLACE_NOUNS = """lakes rivers towns cities suburbs villages islands countries states regions districts areas
provinces nations neighbourhoods neighborhoods beaches mountains destinations places territories cantons counties
municipalities prefectures boroughs parishes emirates republics"""
_ORG_NOUNS = """companies firms distributors vendors retailers banks organisations organizations agencies charities
airlines brands carriers insurers lenders manufacturers makers publishers broadcasters outlets newspapers
networks parties unions universities clubs teams groups supermarkets chains providers operators"""
_NOUN = {w: "place" for w in _PLACE_NOUNS.split()} | {w: "organisation" for w in _ORG_NOUNS.split()}
# a facility named by the name in front of it: "Alder Hey hospital"
_FACILITIES = frozenset("hospital university college school prison hotel stadium museum library zoo".split())


def _list_opener(tokens: list[str], i: int) -> str | None:
    """The kind of the plural noun that opens a list at token i: "lakes like", "distributors such as",
    "companies including", "the cantons" (a word before token i)."""
    j = i - 1
    if j >= 0 and tokens[j] in ("like", "including"):
        j -= 1
    elif j >= 1 and tokens[j] == "as" and tokens[j - 1] == "such":
        j -= 2
    return _NOUN.get(tokens[j]) if j >= 0 else None
_LINK = re.compile(r"\s*(?:,|/|,?\s*(?:and|or|&))\s*")


def listed_after_a_noun(doc: Document, pairs, decided_by: dict[int, str]) -> None:
    """A name that only a weak sign made a person, written before a facility's noun, names that facility:
    "Alder Hey hospital". The names of a list after a plural noun of places or of organisations (and "like",
    "such as" or "including") are of that kind, when only a default or a weak sign decided theirs: "lakes like
    Virginia/Rotokawau and Wiritoa", "distributors such as Red Hat, Firefox, and OpenOffice", "the cantons
    Jura and Neuchâtel"."""
    text, tokens = doc.text, doc.tokens
    for run, entity in pairs:  # "Alder Hey hospital"
        if run.last_token < len(tokens) and tokens[run.last_token] in _FACILITIES and entity.kind == "person" \
                and _weak(entity, decided_by):
            entity.kind, entity.gender = "organisation", None
    runs = sorted(((run.start, run.end, run.first_token, entity) for run, entity in pairs), key=lambda r: r[0])
    kind = None
    prev_end = -1
    for start, end, first, entity in runs:
        if kind is not None and not (start > prev_end and _LINK.fullmatch(text, prev_end, start)):
            kind = None
        if kind is None:
            kind = _list_opener(tokens, first)
        if kind is not None and entity.kind != kind and (_weak(entity, decided_by) or not entity.titles
                                                         and decided_by.get(id(entity)) == "_organisation_words"):
            entity.kind = kind
            entity.gender = None
        prev_end = end


# bodies and places named after the place they stand in: "Nashua Community College", "FDR Park"
_NAMED_AFTER_A_PLACE = _FACILITIES | _PLACE_HEADS | {"park", "school", "county", "and", "state", "police", "court"}
# what a person leads or founds, named after them: "Modi Government", "Trump Administration", "Gates Foundation"
_LED_BY = frozenset("""government administration campaign cabinet ministry regime foundation institute centre
center family era doctrine presidency team""".split())


def _verb_form(low: str) -> bool:
    """ "hid", "said": an inflected verb that is no plural noun ("Sports", "Images" are nouns)."""
    return lemmatize(low, "v") != low and lemmatize(low, "n") == low


def short_for_an_organisation(entities, decided_by: dict[int, str]) -> None:
    """ "Tailwind" in a text that names "Tailwind Sports", "Microsoft" beside "Microsoft Office": one word that
    opens an organisation's fuller name is that organisation, when only a weak sign made it a person."""
    alone = {e.name for e in entities if " " not in e.name and e.kind == "person"}
    if not alone:
        return
    names = {e.name for e in entities}
    openers = set()
    for e in entities:  # not "Obama White House", "Nashua Community College", "Anderson Cooper", "Obama Hid"
        if e.kind == "organisation" and e.name.count(" ") == 1:
            first, second = e.name.split()
            low = second.lower()
            if first in alone and low not in _NAMED_AFTER_A_PLACE and low not in _LED_BY and not second.endswith("an") \
                    and second not in names and _english_word(low, "n") and "person" not in _kinds_of(second) \
                    and not _verb_form(low):
                openers.add(first)
    if not openers:
        return
    for e in entities:
        if len(e.words) == 1 and e.name in openers and e.kind == "person" and _weak(e, decided_by) \
                and e.name.lower() not in first_names():
            e.kind, e.gender = "organisation", None


_TITLES = PERSON_TITLES | {"major", "private", "chief", "principal", "marshal"}


def title_as_adjective(doc: Document, pairs, entities) -> None:
    """ "Major provisions of the Patriot Act were approved": a title word alone opening a sentence before a
    plural noun is an adjective there, no name."""
    if not any(e.name.lower() in _TITLES for e in entities):
        return
    seen: dict[int, bool] = {}
    for run, entity in pairs:
        if len(entity.words) != 1 or entity.name.lower() not in _TITLES or seen.get(id(entity)) is False:
            continue
        k = run.last_token
        sentence = doc.sentences[doc.token_sentence[run.first_token]]
        seen[id(entity)] = run.first_token == sentence.first_token and k < len(doc.tokens) \
            and doc.tags[k] == "NNS" and doc.tokens[k].islower()
    for _, entity in pairs:
        if seen.get(id(entity)):
            entity.common = True
