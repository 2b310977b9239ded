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
    ("The Bench of Justices Amit Sthalekar and Piyush Agrawal heard the case.", "Amit Sthalekar", "person"),
    ("Shri Narendra Modi opened the bridge. Shri Modi spoke.", "Narendra Modi", "person"),
], ids=["organisation word", "first name", "place list", "white house", "title makes a person",
        "a plural title before two names is no part of the first", "an Indian honorific is no part of the name"])
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
    ("Key points:\n\n• Rana Patel was fined\n\n• Instead, he was jailed\n\n• Meanwhile, police left", "Instead"),
], ids=["sentence-initial common word", "demonym", "weekday", "party adjective", "word also written in lower case",
        "all-capitals label", "headline capitals", "after a list marker"])
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
    assert find_entities(_doc("friendship” “Never ")) == []  # an opener with nothing after it names nothing


@pytest.mark.parametrize("text, name", [
    ("Tory leader Theresa May said the deal was good.", "Theresa May"),
    ("Brian May plays the guitar.", "Brian May"),
], ids=["after a title", "opening the sentence"])
def test_a_month_after_a_first_name_is_a_surname(text, name):
    assert _entity(_doc(text), name).kind == "person"


@pytest.mark.parametrize("text, not_a_name", [
    ("Anna May 5 was the day it opened.", "Anna May"),
    ("The vote was held in May 2016.", "May"),
], ids=["a date after a first name", "a month alone"])
def test_a_month_stays_a_date(text, not_a_name):
    assert not_a_name not in [e.name for e in find_entities(_doc(text))]

# ---- the name rules one by one (entities._NAME_RULES): (sentence, token, rule, what it decides)

@pytest.mark.parametrize("text, token, rule, decided", [
    ("He said The plan works.", "The", "_function_word", False),
    ("The Kremlin-backed group left.", "Kremlin-backed", "_function_word", False),
    ("They met. President Biden spoke.", "President", "_function_word", None),
    ("We met Xi Jinping today.", "Xi", "_capital_inside_sentence", True),
    ("Voters left.", "Voters", "_capital_inside_sentence", None),
    ("Voters left. Many voters stayed.", "Voters", "_written_in_lower_case", False),
    ("Texas voted. Many in texas stayed.", "Texas", "_written_in_lower_case", None),
    ("Gabuev left. We saw Gabuev there.", "Gabuev", "_known_name", True),
    ("Maria left.", "Maria", "_known_name", True),
    ("Still, it rained.", "Still", "_opener_tag", False),
    ("Gabuev said so.", "Gabuev", "_looks_like_a_name", True),
    ("Harbin Expo opened.", "Harbin", "_looks_like_a_name", True),
    ("Accordingly nothing changed.", "Accordingly", "_looks_like_a_name", False),
    ("Visit Amazon for the full range.", "Visit", "_imperative_verb", False),
    ("Mark Twain wrote it.", "Mark", "_imperative_verb", None),
    ("Finance Minister Arun Jaitley spoke.", "Finance", "_imperative_verb", None),
], ids=["determiner", "lower-case suffix", "title passes", "capital inside a sentence", "sentence opener passes",
        "written in lower case too", "a place written in lower case", "capitalised in another sentence",
        "first name", "adverb opener", "speech cue after", "capital after", "nothing name-like after",
        "imperative verb", "first name is no imperative", "office before a title"])
def test_name_rules(text, token, rule, decided):
    from helpers.language import entities

    doc = _doc(text)
    scan = entities._Scan.of(doc)
    j = doc.tokens.index(token)
    first = doc.sentences[doc.token_sentence[j]].first_token
    assert getattr(entities, rule)(scan, j, first, False) is decided


@pytest.mark.parametrize("words, tags, split", [
    (["Chinese", "President", "Xi", "Jinping"], ["JJ", "NNP", "NNP", "NNP"], 2),
    (["Sen", ".", "Ted", "Cruz"], ["NNP", ".", "NNP", "NNP"], 2),
    (["Texas", "Gov", ".", "Greg", "Abbott"], ["NNP", "NNP", ".", "NNP", "NNP"], 3),
    (["Chinese", "Foreign", "Ministry"], ["JJ", "NNP", "NNP"], 0),
    (["Xi", "Jinping"], ["NNP", "NNP"], 0),
    (["Secretary", "of", "State", "Hillary", "Clinton"], ["NNP"] * 5, 3),
    (["Democrat", "Zephyr", "Teachout"], ["NNP"] * 3, 1),
], ids=["demonym and title", "abbreviated title", "place, title and its full stop", "no title", "bare name",
        "office with complement", "party affiliation"])
def test_title_split(words, tags, split):
    from helpers.language.entities import _title_split

    assert _title_split(tuple(words), tuple(tags)) == split


@pytest.mark.parametrize("words, expected", [
    (["Bank", "of"], (["Bank"], 0)),
    (["The", "Kremlin"], (["Kremlin"], 1)),
    (["Gen", "."], (["Gen"], 0)),
])
def test_trimmed(words, expected):
    from helpers.language.entities import _trimmed

    assert _trimmed(words, 0) == expected


@pytest.mark.parametrize("words, kept", [
    (["FULL", "TEXT"], False), (["Chinese"], False), (["Chinese", "Embassy"], True), (["NATO"], True), ([], False),
])
def test_kept(words, kept):
    from helpers.language.entities import _kept

    assert _kept(words, False) is kept


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


# ---- offices and affiliations are no part of a name (helpers.language.name_offices): sentences written for
# these tests, the name found and a wrong name that must not be found

@pytest.mark.parametrize("text, name, not_name", [
    ("Former Secretary of State Hillary Clinton said the talks would resume.", "Hillary Clinton",
     "State Hillary Clinton"),
    ("Finance Minister Palaniappan Chidambaram spoke to reporters.", "Palaniappan Chidambaram",
     "Finance Minister Palaniappan Chidambaram"),
    ("Democrat Zephyr Teachout won the primary on Tuesday.", "Zephyr Teachout", "Democrat Zephyr Teachout"),
    ("The Indiana Republican said he would vote no.", "Indiana", "Indiana Republican"),
    ("Contact SFGATE for more details.", "SFGATE", "Contact SFGATE"),
    ("Visit Amazon for the full range.", "Amazon", "Visit Amazon"),
    ("Minister for Foreign Affairs Julie Bishop cancelled the trip.", "Julie Bishop", "Foreign Affairs Julie Bishop"),
    ("Governor of Texas Greg Abbott signed the bill on Monday.", "Greg Abbott", "Texas Greg Abbott"),
    ("Labour MP Jess Phillips asked a question.", "Jess Phillips", "Labour MP Jess Phillips"),
    ("Texas Republican Ted Cruz voted against it.", "Ted Cruz", "Texas Republican Ted Cruz"),
    ("Secretary of State Rice met the envoy.", "Rice", "State Rice"),
    ("Home Secretary Amber Rudd resigned.", "Amber Rudd", "Home Secretary Amber Rudd"),
    ("Director of National Intelligence James Clapper testified.", "James Clapper",
     "National Intelligence James Clapper"),
    ("Chief of Staff John Kelly left.", "John Kelly", "Staff John Kelly"),
    ("City Administrator Dana Kowal warned the board.", "Dana Kowal", "City Administrator Dana Kowal"),
    ("Councilmember Rosa Tiller asked for a delay.", "Rosa Tiller", "Councilmember Rosa Tiller"),
    ("Selectwoman Ann Brody voted no.", "Ann Brody", "Selectwoman Ann Brody"),
    ("He stood in the dock before Judge June Fenner.", "June Fenner", "Fenner"),
    ("Campaigner Helen Marsh said the plan was wrong.", "Helen Marsh", "Campaigner Helen Marsh"),
    ("Oak Road Resident Peter Vance said it was late.", "Peter Vance", "Oak Road Resident Peter Vance"),
    ("The Student Loans Company wrote to graduates.", "Student Loans Company", "Loans Company"),
    ("Ms April Dunne asked a question.", "April Dunne", "Dunne"),
    ("The meeting was attended by District Collector S. Varun and officials.", "S. Varun",
     "District Collector S. Varun"),
    ("The Minister for Panchayat Raj Kavitha Rao opened the road.", "Kavitha Rao", "Panchayat Raj Kavitha Rao"),
    ("The runners came in. German Claudia Pechstein was second.", "Claudia Pechstein", "German Claudia Pechstein"),
    # names that keep their first word
    ("The Republican National Committee met in Ohio.", "Republican National Committee", "National Committee"),
    ("Sinn Fein won seats.", "Sinn Fein", "Fein"),
    ("Fans at Indian Wells cheered.", "Indian Wells", "Wells"),
    ("Mark Twain wrote it.", "Mark Twain", "Twain"),
    ("Shares of American Airlines fell.", "American Airlines", "Airlines"),
    ("South Korean officials met.", "South Korean", "South"),
], ids=["of-state", "portfolio-modifier", "party", "place-and-party-only", "imperative-contact", "imperative-visit",
        "for-complement", "place-complement", "party-and-mp", "place-party-title", "surname-after-complement",
        "home-secretary", "two-word-complement", "chief-of-staff", "local-administrator",
        "councilmember", "selectwoman", "district-collector", "indian-portfolio",
        "month-first-name", "month-first-name-honorific", "false-title", "place-and-false-title",
        "false-title-word-in-a-name", "nation", "party-committee", "party-name",
        "place-name", "first-name-verb", "company", "nation-adjective"])
def test_offices_and_affiliations_are_no_part_of_a_name(text, name, not_name):
    names = {e.name for e in find_entities(_doc(text))}
    assert name in names and not_name not in names, names


def test_a_place_and_party_run_is_no_person():
    entities = find_entities(_doc("The Indiana Republican said he would vote no."))
    assert all(e.kind != "person" for e in entities)


@pytest.mark.parametrize("text, person", [
    ("United States Senator from Vermont Bernie Sanders came in second.", "Bernie Sanders"),  # Wikinews, 2020
    ("In Texas Greg Abbott won the primary.", "Greg Abbott"),                               # a comma missing
    ("Washington Irving wrote the story.", "Washington Irving"),       # the place word is also a first name
    ("Georgia O'Keeffe painted the hills.", "Georgia O'Keeffe"),
])
def test_a_place_written_against_a_full_name_is_no_part_of_it(text, person):
    names = {e.name: e.kind for e in find_entities(Document(from_text(text))) if not e.common}
    assert names.get(person) == "person", names


def test_a_place_of_two_words_is_not_split_in_front_of_a_name():
    names = [e.name for e in find_entities(Document(from_text("San Francisco Supervisor Jane Kim said no.")))]
    assert not any(name.startswith("Francisco") for name in names), names
