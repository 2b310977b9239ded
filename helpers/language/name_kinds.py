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

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from helpers.language.cues import cue_lemma
from helpers.language.gazetteer import english_word as _english_word
from helpers.language.gazetteer import kind_of_sense as _kind_of_sense, kinds as _kinds_of
from helpers.language.name_lists import ORG_WORDS, PLACES, first_names
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
    place_context: int = 0  # mentions after "in", "at", "from" ... or before ", Kenya" / ", Calif."
    after_the: int = 0  # mentions written "the X": no person is
    person_context: int = 0  # mentions before ", who"
    front_title: bool = False  # a title written in front of a mention ("President Moi"), not in apposition
    spoke: bool = False  # a mention is followed by a speech verb ("Biden said")


# words before a name that make it a place: "in Nairobi", "near Afula" (not after "the": "at the Treasury")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "outside", "inside", "throughout"})
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
railways motors works systems industries holdings securities capital bancorp laboratories labs exchange
books productions pictures records studios lab forum
""".split())
_PERSON_AFTER = frozenset({"who", "whose"})


def _evidence(doc: Document, entity: Entity) -> _Evidence:
    ev = _Evidence(entity, _kinds_of(entity.name))
    tokens = doc.tokens
    for start, end in entity.mentions:
        if (start, end) in entity.title_mentions:
            continue
        first = bisect_left(doc.starts, start)
        last = bisect_left(doc.starts, end)  # the token after the mention
        before = tokens[first - 1].lower() if first > 0 else ""
        if before == "the":
            ev.after_the += 1
        elif before in _PLACE_PREPOSITIONS or (
                before == "of" and first >= 2 and tokens[first - 2].lower() in _PLACE_NOUNS):
            ev.place_context += 1
        after = tokens[last:last + 3]
        if len(after) >= 2 and after[0] == "," and _is_cap(after[1]) and (
                after[1].lower() in PLACES or after[1].lower().rstrip(".") in STATE_ABBREVIATIONS
                or _kinds_of(after[1])[:1] == ["place"]):
            ev.place_context += 1  # "Oakland, Calif.", "NAIROBI, Kenya"
        if len(after) >= 2 and after[0] == "," and after[1] in _PERSON_AFTER:
            ev.person_context += 1
        k = last
        while k < len(tokens) and doc.tags[k] == "RB":
            k += 1
        if k < len(tokens) and doc.tags[k].startswith("VB") and cue_lemma(tokens[k]) not in (None, "according to"):
            ev.spoke = True
    return ev


# ---- an entity's kind: rules in order; the first that decides (a kind) wins, None passes

def _organisation_words(ev: _Evidence) -> str | None:
    """ "National Convention Assembly", "Sun Metal Works Sdn Bhd", "Smithsonian Institution Press"."""
    if any(w.lower() in ORG_WORDS or w.lower() in _ORG_SUFFIXES for w in ev.entity.words):
        return "organisation"
    return None


def _front_title(ev: _Evidence) -> str | None:
    """A title in front of a mention ("President Moi", "Dr. King"): a person."""
    return "person" if ev.front_title else None


def _titled(ev: _Evidence) -> str | None:
    """A title in apposition ("Kibwana, the director"): a person."""
    return "person" if ev.entity.titles else None


def _wordnet_member(ev: _Evidence) -> str | None:
    """ "Serbs", "Jews", "European Jews": members of a group (WordNet: a capitalised noun.person that
    is no instance): a group, no name of its own."""
    words = ev.entity.words
    if len(words) == 1 or (words[-1].endswith("s") and not ev.wordnet):  # "European Jews"
        last = words[-1]
        found = (ev.wordnet if len(words) == 1 else []) or _kinds_of(last[:-1] if last.endswith("s") else last)
        if found and found[0] == "member":
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
    """Two or more words, the last no English word and no place ("Kivutha Kibwana"): a person's name."""
    words = ev.entity.words
    if len(words) > 1 and not ev.wordnet and ev.entity.kind == "other" and words[-1][:1].isupper() \
            and not words[-1].isupper():
        if not _english_word(words[-1].lower(), "nvar") and not _kinds_of(words[-1]):
            return "person"
    return None


def _known_place(ev: _Evidence) -> str | None:
    """A place of the built-in list or a state abbreviation: "China", "U.S.", "Calif."."""
    low = ev.entity.name.lower()
    if low in PLACES or low.rstrip(".") in STATE_ABBREVIATIONS and len(ev.entity.words) == 1:
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
        return _kind_of_sense(ev.wordnet[0])
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


KIND_RULES = (_organisation_words, _front_title, _wordnet_member, _known_place, _wordnet_many_words,
               _first_name, _wordnet_no_person, _titled, _spoken_of_as_a_person, _common_noun, _wordnet_event_or_work,
               _wordnet_person_only, _wordnet_one_word, _place_context, _written_with_the, _unknown_words_person,
               _unknown_default)


def settle_kinds(doc: Document, entities: list[Entity], pairs: list[tuple[_Mention, Entity]]) -> None:
    """Each entity's kind from all the evidence, once every mention is known (`KIND_RULES`)."""
    front = {id(entity) for run, entity in pairs if run.title}
    for entity in entities:
        ev = _evidence(doc, entity)
        ev.front_title = id(entity) in front
        for rule in KIND_RULES:
            kind = rule(ev)
            if kind is not None:
                if kind != entity.kind:
                    entity.kind = kind
                    if kind != "person":
                        entity.gender = None
                break
