"""Named entities: full names from introductions, titles, kinds and genders (helpers.language.entities)."""
from __future__ import annotations

import pytest

from helpers.load.article import from_text
from helpers.language.entities import canonical_name, entity_at, find_entities
from helpers.language.segment import Document


def _doc(text: str) -> Document:
    return Document(from_text(text))


def _entity(doc: Document, name: str):
    found = [e for e in find_entities(doc) if e.name == name]
    assert found, f"{name!r} not among {[e.name for e in find_entities(doc)]}"
    return found[0]


@pytest.mark.parametrize("text, surface, expected", [
    ("Chinese President Xi Jinping met Putin. Later Xi spoke.", "Xi", "Xi Jinping"),
    ("Vladimir Putin arrived in Beijing. Putin smiled.", "Putin", "Vladimir Putin"),
    ("A spokeswoman, Anna Richardson White, said so. Later Ms. White agreed.", "White", "Anna Richardson White"),
    ("Sen. Ted Cruz spoke in Iowa. Cruz left early.", "Cruz", "Ted Cruz"),
    ("Earlier Cruz spoke. Sen. Ted Cruz spoke in Iowa.", "Cruz", "Ted Cruz"),
], ids=["chinese surname first", "surname later", "honorific and surname", "title split off", "short form first"])
def test_short_mentions_resolve_to_the_fullest_name(text, surface, expected):
    doc = _doc(text)
    offset = text.rindex(surface) if "Earlier" not in text else text.index(surface)
    assert canonical_name(doc, surface, offset) == expected


@pytest.mark.parametrize("text, name, kind", [
    ("Alexander Gabuev, the director of the Carnegie Russia Eurasia Center in Berlin, wrote a piece.",
     "Carnegie Russia Eurasia Center", "organisation"),
    ("Alexander Gabuev, the director of the Carnegie Russia Eurasia Center in Berlin, wrote a piece.",
     "Alexander Gabuev", "person"),
    ("The talks were held in Beijing on Thursday.", "Beijing", "place"),
    ("Officials at the White House declined to comment.", "White House", "organisation"),
    ("Sen. Marco Rubio spoke.", "Marco Rubio", "person"),
], ids=["organisation word", "first name", "place list", "white house", "title makes a person"])
def test_kinds(text, name, kind):
    assert _entity(_doc(text), name).kind == kind


@pytest.mark.parametrize("text, name, gender", [
    ("Nancy Pelosi spoke in Ohio.", "Nancy Pelosi", "female"),
    ("Donald Trump spoke in Ohio.", "Donald Trump", "male"),
    ("A spokeswoman, Anna White, said so. Ms. White agreed.", "Anna White", "female"),
    ("Xi Jinping left Moscow on his first trip.", "Xi Jinping", "male"),
], ids=["names corpus female", "names corpus male", "honorific Ms", "pronoun after the name"])
def test_gender(text, name, gender):
    assert _entity(_doc(text), name).gender == gender


@pytest.mark.parametrize("text, phrase, name", [
    ("Alexander Gabuev, the director of the center, wrote a piece. The director added more.",
     "The director", "Alexander Gabuev"),
    ("Mexican President Enrique Pena Nieto met President Barack Obama. The Mexican president smiled.",
     "The Mexican president", "Enrique Pena Nieto"),
], ids=["apposition links the title", "modifier picks the right president"])
def test_linked_titles_are_mentions(text, phrase, name):
    doc = _doc(text)
    start = text.index(phrase)
    entity = entity_at(doc, start)
    assert entity is not None and entity.name == name
    assert (start, start + len(phrase)) in entity.mentions


@pytest.mark.parametrize("text, not_a_name", [
    ("Enhanced cooperation will also be on the agenda.", "Enhanced"),
    ("Chinese exports to Russia have dipped.", "Chinese"),
    ("On Thursday, Putin spoke.", "Thursday"),
    ("The Republican field is wide. Donald Trump leads.", "Republican"),
    ("Voters went to the polls. Many voters stayed home.", "Voters"),
    ("FULL TEXT. Donald Trump spoke in Iowa.", "FULL TEXT"),
    ("Bush Hits Marco Rubio On Abortion. Jeb Bush spoke.", "Bush Hits Marco Rubio On Abortion"),
], ids=["sentence-initial common word", "demonym", "weekday", "party adjective", "word also written in lower case",
        "all-capitals label", "headline capitals"])
def test_not_names(text, not_a_name):
    assert not_a_name not in {e.name for e in find_entities(_doc(text))}


def test_mentions_are_spans_of_the_clean_text_and_cached():
    doc = _doc("Vladimir Putin met Xi Jinping. Putin said Xi was a friend.")
    entities = find_entities(doc)
    assert find_entities(doc) is entities
    for entity in entities:
        for start, end in entity.mentions:
            assert doc.text[start:end] in entity.name or entity.name.split()[-1] in doc.text[start:end]


def test_groups_are_not_people():
    doc = _doc("Democrats said they would win. Republicans said they would not.")
    for name in ("Democrats", "Republicans"):
        entity = _entity(doc, name)
        assert (entity.kind, entity.gender) == ("other", None)


def test_a_speaker_is_a_person():
    assert _entity(_doc("In Beijing, Xi Jinping said the talks went well."), "Xi Jinping").kind == "person"


def test_a_capitalised_last_word_of_the_article_does_not_crash():
    """Found by the property test: a sentence-initial capital that is the article's very last token."""
    from helpers.load.article import from_text
    from helpers.language.segment import Document

    assert find_entities(Document(from_text("friendship” “Never "))) == []  # "Never" opens a quote: no name


def _named(name: str, kind: str):
    from helpers.language.entities import Entity

    return Entity(name, kind)


@pytest.mark.parametrize("names, words, expected", [
    ([("Jeb Bush", "person"), ("George W. Bush", "person")], ["Bush"], "Jeb Bush"),
    ([("Bush Foundation", "organisation"), ("Jeb Bush", "person")], ["Bush"], "Jeb Bush"),
    ([("Xi Jinping", "person")], ["Xi"], "Xi Jinping"),
    ([("Xi Jinping", "person"), ("Jinping Road", "place")], ["Jinping"], "Xi Jinping"),
    ([("Jinping Road", "place"), ("Li Jinping", "other"), ("Wu Jinping", "other")], ["Jinping"], "Li Jinping"),
    ([("Anna Richardson White", "person")], ["richardson", "white"], "Anna Richardson White"),
    ([("Anna Richardson White", "person")], ["Anna", "Richardson"], "Anna Richardson White"),
    ([("Anna White", "person")], ["Anna", "White"], None),
    ([("Carnegie Center", "organisation")], ["Carnegie"], None),
    ([("Ted Cruz", "person")], ["Ted", "Kennedy"], None),
], ids=["surname-first-added", "not-an-organisation", "first-name", "surname-before-first-name",
        "no-person-earliest", "two-words-any-case", "first-two-words", "not-longer", "organisation-only", "no-match"])
def test_name_index_finds_the_longer_name_a_mention_abbreviates(names, words, expected):
    from helpers.language.entities import _NameIndex

    index = _NameIndex([_named(name, kind) for name, kind in names])
    found = index.containing(words)
    assert (found.name if found else None) == expected


def test_name_index_reads_kinds_when_asked():
    """Kinds change while entities are built ("Bush" said -> person): the index must not keep an old kind."""
    from helpers.language.entities import _NameIndex

    other, person = _named("Bush Hager", "other"), _named("Jeb Bush", "person")
    index = _NameIndex([other, person])
    assert index.containing(["Bush"]) is person  # by last word first
    person.kind = "organisation"
    assert index.containing(["Bush"]) is other  # then by first word
