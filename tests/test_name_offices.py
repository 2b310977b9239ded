"""Offices and affiliations in front of a name (helpers.language.name_offices), rule by rule.
Sentences and word lists written for these tests."""
from __future__ import annotations

import pytest

from helpers.language import name_offices as no


def _tags(words: list[str]) -> list[str]:
    return ["NNP"] * len(words)


@pytest.mark.parametrize("words, split", [
    (["Former", "Secretary", "of", "State", "Hillary", "Clinton"], 4),
    (["Finance", "Minister", "Palaniappan", "Chidambaram"], 2),
    (["Minister", "for", "Foreign", "Affairs", "Julie", "Bishop"], 4),
    (["Governor", "of", "Texas", "Greg", "Abbott"], 3),
    (["Secretary", "of", "State", "for", "Health", "Jeremy", "Hunt"], 5),
    (["Secretary", "of", "State", "Rice"], 3),
    (["Chinese", "President", "Xi", "Jinping"], 2),
    (["Texas", "Gov", ".", "Greg", "Abbott"], 3),
    (["Labour", "MP", "Jess", "Phillips"], 2),
    (["Chairman", "of", "Goldman", "Sachs"], 1),
    (["Democrat", "Zephyr", "Teachout"], 0),
    (["Xi", "Jinping"], 0),
    (["United", "States", "Secretary", "of", "Defense", "Donald", "Rumsfeld"], 5),
    (["Rhode", "Island", "Gov", ".", "Gina", "Raimondo"], 4),
    (["Hon", "Annette", "King"], 1),
    (["British", "PM", "Tony", "Blair"], 2),
    (["Lieutenant", "Colonel", "Brian", "Cox"], 2),
    (["New", "York", "Times"], 0),
], ids=["of-complement", "portfolio-modifier", "for-complement-two-words", "place-complement", "complement-chain",
        "surname-after-complement", "demonym", "title-full-stop", "member-title", "no-complement-company",
        "no-title", "bare-name", "two-word-place-before-title", "two-word-place-before-abbreviation",
        "honourable", "prime-minister-short", "ranks", "two-word-place-no-title"])
def test_office(words, split):
    assert no.office(words, _tags(words), 0) == split


@pytest.mark.parametrize("words, split", [
    (["Democrat", "Zephyr", "Teachout"], 1),
    (["Texas", "Republican", "Ted", "Cruz"], 2),
    (["Republican", "Cruz"], 1),
    (["German", "Claudia", "Pechstein"], 1),
    (["Republican", "National", "Committee"], 0),
    (["Republican", "Party"], 0),
    (["Indian", "Wells"], 0),
    (["American", "Stock", "Exchanges"], 0),
    (["German", "Reichsbank"], 0),
    (["European", "Jews"], 0),
    (["Sinn", "Fein"], 0),
], ids=["party", "place-and-party", "party-before-surname", "nation-before-full-name", "party-committee",
        "party-itself", "place-name", "company", "nation-before-one-word", "group", "party-name"])
def test_affiliation(words, split):
    assert no.affiliation(words, _tags(words), 0) == split


@pytest.mark.parametrize("words, split", [
    (["Finance", "Minister", "Palaniappan", "Chidambaram"], 2),
    (["Democrat", "Zephyr", "Teachout"], 1),
    (["Goldman", "Sachs"], 0),
])
def test_front_split_takes_the_first_rule_that_finds(words, split):
    assert no.front_split(words, _tags(words), 0) == split


@pytest.mark.parametrize("words, split", [
    (["Highways", "Nitin", "Gadkari"], 1),  # "Minister for Road Transport and Highways Nitin Gadkari"
    (["Treasury", "Darren", "Jones"], 1),  # "chief secretary to the Treasury Darren Jones"
    (["Fisheries", "Mark", "Furner"], 1),  # a first name that is an English word too
    (["Energy", "Transfer", "Partners"], 0),  # must not: an organisation
    (["Home", "Depot"], 0),  # must not: no full name after it
    (["Technology", "GUI", "Oxyd"], 0),  # must not: an acronym after it
    (["Steel", "Magnolia", "Bloom"], 0),  # must not: an English word that is no first name after it
])
def test_portfolio_in_front(words, split):
    assert no.portfolio_in_front(words, _tags(words), 0) == split


@pytest.mark.parametrize("words, expected", [
    (["Indiana", "Republican"], ["Indiana"]),
    (["New", "York", "Democrats"], ["New", "York"]),
    (["South", "Korean"], ["South", "Korean"]),
    (["Republican"], ["Republican"]),
    (["Zephyr", "Teachout"], ["Zephyr", "Teachout"]),
], ids=["place-and-party", "place-and-party-plural", "nation-stays", "party-alone", "a-name"])
def test_group_only(words, expected):
    assert no.group_only(words) == expected


@pytest.mark.parametrize("word, expected", [
    ("Contact", True), ("Visit", True), ("Follow", True), ("Subscribe", True),
    ("Bush", False), ("Mark", False), ("Texas", False), ("Amazon", False), ("visit", False),
])
def test_imperative(word, expected):
    assert no.imperative(word) is expected


@pytest.mark.parametrize("word, expected", [
    ("State", True), ("Affairs", True), ("Texas", True), ("NATO", True),
    ("Hillary", False), ("Rice", False), ("Goldman", False), ("state", False),
])
def test_complement_word(word, expected):
    assert no.complement_word(word) is expected
