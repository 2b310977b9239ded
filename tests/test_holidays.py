"""Holidays are dates with their day where it is one date everywhere (helpers/numbers/holidays.py), placed by the
tense around them, and no names (helpers/language/kind_signs.py). Sentences written for these tests; published on
Monday 1 January 2024 unless a row says otherwise."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers.language.entities import name_mentions
from helpers.language.segment import Document
from helpers.load.article import from_text
from helpers.numbers.holidays import holiday_date
from tests.test_numbers_world import check

PUBLISHED = dt.date(2024, 1, 1)

DAYS = [  # (sentence, figure's text, value)
    ("Crowds gathered on New Year’s Eve in the square.", "New Year’s Eve", "2023-12-31"),
    ("Crowds gathered on New Year's Eve in the square.", "New Year's Eve", "2023-12-31"),
    ("The shop will reopen after Easter.", "Easter", "2024-03-31"),
    ("Sales rose over Christmas.", "Christmas", "2023-12-25"),
    ("The parade was held on Thanksgiving.", "Thanksgiving", "2023-11-23"),
    ("He died on Christmas Day 2019.", "Christmas Day 2019", "2019-12-25"),
    ("The clinic will close on Good Friday.", "Good Friday", "2024-03-29"),
    ("The bill passed before Memorial Day.", "Memorial Day", "2023-05-29"),
    ("Florists expect a busy Valentine's Day next month.", "Valentine's Day", "2024-02-14"),
    # a day that differs by country or follows a lunar calendar has no value
    ("The office closes on Independence Day.", "Independence Day", None),
    ("Celebrations for Ramadan began.", "Ramadan", None),
    ("Trading stops for Labour Day.", "Labour Day", None),
]

THINGS = [  # a holiday that describes a thing is no date
    "The government handed the ABC an early Christmas present.",
    "Families sent Christmas cards to the troops.",
    "Children hunted for Easter eggs in the park.",
]


@pytest.mark.parametrize("sentence", THINGS)
def test_a_holiday_before_a_thing_is_no_date(sentence):
    from tests.test_numbers_world import figures
    assert [row for row in figures(sentence, PUBLISHED) if row["kind"] == "date"] == []


@pytest.mark.parametrize("sentence,text,value", DAYS, ids=[row[1] + " " + str(row[2]) for row in DAYS])
def test_a_holiday_is_its_day(sentence, text, value):
    check(sentence, text, "date", value, published=PUBLISHED)


@pytest.mark.parametrize("name, published, direction, year, expected", [
    ("Easter", dt.date(2025, 4, 1), "future", None, "2025-04-20"),
    ("Easter", dt.date(2025, 4, 1), "past", None, "2024-03-31"),
    ("Thanksgiving", None, "past", 2021, "2021-11-25"),
    ("Martin Luther King Day", None, "past", 2024, "2024-01-15"),
    ("Presidents' Day", None, "past", 2024, "2024-02-19"),
    ("Labor Day", None, "past", 2024, "2024-09-02"),
    ("Easter", None, "past", None, None),  # no year to compute it in
    ("Hanukkah", dt.date(2025, 4, 1), "past", None, None),
], ids=["easter ahead", "easter back", "thanksgiving", "mlk day", "presidents day", "labor day", "no year",
        "lunisolar"])
def test_holiday_date(name, published, direction, year, expected):
    assert holiday_date(name, published, direction, year) == expected


@pytest.mark.parametrize("text, absent, present", [
    ("Crowds gathered in Napier on New Year’s Eve, Jo Hart said.", "Eve", "Jo Hart"),
    ("Tourists flew to Easter Island, Jo Hart said.", None, "Easter Island"),  # must not: a place's name
], ids=["a piece of a holiday's name", "must not: a place"])
def test_pieces_of_a_holidays_name_are_no_names(text, absent, present):
    listed = {m["text"] for m in name_mentions(Document(from_text(text)))}
    assert present in listed and (absent is None or not any(absent in t for t in listed)), listed


@pytest.mark.parametrize("text, holiday", [
    ("The shop will reopen after Easter, Jo Hart said.", "Easter"),  # was a person: "after Easter" reads like one
    ("Leeds won at home on Boxing Day, Jo Hart said.", "Boxing Day"),
], ids=["after a preposition", "two words"])
def test_a_holidays_whole_name_is_the_name_of_a_day(text, holiday):
    kinds = {m["text"]: m["kind"] for m in name_mentions(Document(from_text(text)))}
    assert kinds.get(holiday) == "other", kinds


def test_a_holiday_is_one_word_in_the_word_counts():
    from helpers.words.frequency import frequency_table
    doc = Document(from_text("On Boxing Day the shops opened. Boxing Day sales rose, and after Boxing Day they fell."))
    words = set(frequency_table(doc, top_n=None)["word"])
    assert "Boxing Day" in words and "Boxing" not in words and "Day" not in words, words
