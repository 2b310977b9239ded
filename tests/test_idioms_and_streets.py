"""Figures and names that unseen news got wrong (issue #14, session 9): idioms read as figures ("one day",
"the first half"), the verb "won" read as Korean money, a month next to "last year", British "half four", streets
named after people, a firm that "said its ...". Sentences written for these tests; dates resolve against
Wednesday 25 June 2025."""
from __future__ import annotations

import datetime as dt

import pytest

from figure_checks import figure_rows, same
from helpers.language.entities import find_entities
from helpers.language.segment import Document
from helpers.load.article import from_text

PUBLISHED = dt.date(2025, 6, 25)


def _rows(text: str) -> list[dict]:
    return figure_rows(text, PUBLISHED)


# (text, span, kind, value)
READINGS = [
    # a month with "last/this/next year" next to it is that year's month, whatever the tense guesses
    ("In January last year, the plant closed for good.", "January", "date", "2024-01"),
    ("The mine will reopen in March next year.", "March", "date", "2026-03"),
    ("The factory opened in February this year.", "February", "date", "2025-02"),
    ("Sales jumped by a third in December of last year.", "December", "date", "2024-12"),
    ("Last year in November the mill shut.", "November", "date", "2024-11"),
    ("Prices fell in May, last year's cheapest month.", "May", "date", "2025-05"),  # "last year's" owns a noun
    # British "half four" is half past four, after a clock cue
    ("The pub quiz starts at half seven.", "half seven", "time", "T07:30"),
    ("We'll meet by half six in the evening.", "half six in the evening", "time", "T18:30"),
    ("Kick-off is at half 3 on Saturday.", "half 3", "time", "T03:30"),
    # "won" after a number is Korean money only where it is no verb
    ("The bakery sold each loaf for 3,500 won.", "3,500 won", "money", 3500.0),
    ("Each share paid 120 won in dividends.", "120 won", "money", 120.0),
    # "one day" as a length of time stays
    ("The strike lasted one day, then the drivers returned.", "one day", "duration", "P1D"),
    ("One day later, the bridge reopened.", "One day", "duration", "P1D"),
    ("Half of the staff were laid off.", "Half", "cardinal", 0.5),
]


@pytest.mark.parametrize("text, span, kind, value", READINGS)
def test_readings(text, span, kind, value):
    rows = [row for row in _rows(text) if row["text"] == span]
    assert rows, f"{span!r} not found in {[(r['text'], r['kind'], r['value']) for r in _rows(text)]}"
    assert rows[0]["kind"] == kind, rows[0]
    assert same(rows[0]["value"], value), rows[0]


# (text, words that must not be a figure)
NOT_FIGURES = [
    ("Profits in 2018 won't be matched this year.", "2018 won"),
    ("The club that in 2019 won the league is broke.", "2019 won"),
    ("Turnout in 2022 won praise from observers.", "2022 won"),
    ("Pay rose in the first half of the year.", "half"),
    ("Both goals came in the second half.", "half"),
    ("The firm expects a stronger second-half performance.", "half"),
    ("One day, she hopes to open a bakery of her own.", "One day"),
    ("One day he will come back, his mother said.", "One day"),
    ("They want to buy a house one day soon.", "one day"),
    ("He cut the budget by half two years ago.", "half two"),
    ("About half four hundred seats were empty.", "half four"),
]


@pytest.mark.parametrize("text, words", NOT_FIGURES)
def test_not_figures(text, words):
    rows = _rows(text)
    assert not [row for row in rows if row["text"] == words], rows
    if words.endswith(" won"):
        assert not [row for row in rows if row["kind"] == "money"], rows


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(Document(from_text(text))) if not e.common}


@pytest.mark.parametrize("text, name, kind", [
    # a street named after a person is a place (the run is not cut at the title-like "King")
    ("Traffic was diverted from Martin Luther King Jr Boulevard after the crash.", "Martin Luther King Jr Boulevard",
     "place"),
    ("Police closed Fred Taylor Drive for three hours.", "Fred Taylor Drive", "place"),
    ("The new bus lane runs along Mary Ellen Avenue.", "Mary Ellen Avenue", "place"),
    ("Residents on Peter Walsh Road complained about the noise.", "Peter Walsh Road", "place"),
    # a firm that says "its": an organisation
    ("Morrisons said its sales rose in the quarter.", "Morrisons", "organisation"),
    ("Halverton said its mortgage book grew by a tenth.", "Halverton", "organisation"),
    # not a person with a first name, or a title
    ("Jane Dorsey said its effect was small.", "Jane Dorsey", "person"),
    ("Dr Khan said its effect was small.", "Khan", "person"),
    ("Biden said in a statement that the bill had passed.", "Biden", "person"),
])
def test_kinds(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind
