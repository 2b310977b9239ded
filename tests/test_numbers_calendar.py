"""The calendar rules of helpers.numbers.calendar, each alone: given one match of its pattern, a rule returns a
date, False ("not a date") or None (pass to the next rule). Dates resolve against Thursday 16 May 2024."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers.numbers import calendar as C
from helpers.numbers.dates import FUTURE, NEAREST, PAST
from helpers.numbers.patterns import CALENDAR_PATTERNS

PUBLISHED = dt.date(2024, 5, 16)
PATTERNS = dict(CALENDAR_PATTERNS)


def date_match(name: str, sentence: str, tense: str = NEAREST) -> C._DateMatch:
    m = PATTERNS[name].search(sentence)
    assert m is not None, f"{name} does not match {sentence!r}"
    return C._DateMatch(name, m, sentence, PUBLISHED, lambda offset: tense)


# rule, pattern, sentence, tense, expected: a (value, precision) pair, False, or None (passes)
RULES = [
    (C._modal_may, "month_day", "May 16 people come?", NEAREST, False),
    (C._modal_may, "month_day", "on May 16 they met", NEAREST, None),
    (C._modal_may, "month_day", "May 16, 2023 was a Tuesday", NEAREST, None),
    (C._day_date, "month_day", "on May 2 they met", PAST, ("2024-05-02", "day")),
    (C._day_date, "day_month", "on 14 February 2021 they met", NEAREST, ("2021-02-14", "day")),
    (C._day_date, "month_year", "in February 2022", NEAREST, None),
    (C._day_of_month, "day_of_month", "The vote is on the 21st.", NEAREST, ("2024-05-21", "day")),
    (C._month_year, "month_year", "since February 2022", NEAREST, ("2022-02", "month")),
    (C._iso_date, "numeric", "on 2024-05-16", NEAREST, ("2024-05-16", "day")),
    (C._iso_date, "numeric", "on 5/16/24", NEAREST, None),
    (C._slashed_date, "numeric", "on 5/16/24", NEAREST, ("2024-05-16", "day")),
    (C._slashed_date, "numeric", "on 16/5/2024", NEAREST, ("2024-05-16", "day")),
    (C._slashed_date, "numeric", "on 13/13/24", NEAREST, False),
    (C._century, "century", "the 19th century", NEAREST, ("18", "century")),
    (C._century, "century", "the twentieth century", NEAREST, ("19", "century")),
    (C._relative, "relative", "last year", NEAREST, ("2023", "year")),
    (C._relative, "relative", "next Friday", NEAREST, None),
    (C._relative_weekday, "relative", "next Friday", NEAREST, ("2024-05-17", "day")),
    (C._relative_weekday, "relative", "last Friday", NEAREST, ("2024-05-10", "day")),
    (C._relative_month, "relative", "last March", NEAREST, ("2024-03", "month")),
    (C._relative_season, "relative", "last summer", NEAREST, (None, "season")),
    (C._deictic, "deictic", "yesterday", NEAREST, ("2024-05-15", "day")),
    (C._deictic, "deictic", "Tomorrow", NEAREST, ("2024-05-17", "day")),
    (C._no_value, "holiday", "at Christmas", NEAREST, ("2024-12-25", "day")),
    (C._no_value, "holiday", "during Ramadan", NEAREST, (None, "day")),
    (C._no_value, "quarter", "in the third quarter", NEAREST, (None, "quarter")),
    (C._weekday, "weekday", "on Tuesday", PAST, ("2024-05-14", "day")),
    (C._weekday, "weekday", "on Tuesday", FUTURE, ("2024-05-21", "day")),
    (C._weekday, "weekday", "on Thursdays", NEAREST, (None, "day")),
    (C._season_of_something, "season", "since the fall of the Soviet Union", NEAREST, False),
    (C._season_of_something, "season", "in the fall of 1998", NEAREST, None),
    (C._season_without_cue, "season", "prices fall sharply", NEAREST, False),
    (C._season_without_cue, "season", "Summer holidays", NEAREST, None),
    (C._season_without_cue, "season", "in the spring", NEAREST, None),
    (C._season, "season", "in the spring", NEAREST, (None, "season")),
    (C._month_as_word, "month", "March on, they said", NEAREST, False),
    (C._month_as_word, "month", "in May be it", NEAREST, False),
    (C._month_as_word, "month", "in March they met", NEAREST, None),
    (C._month, "month", "in March they met", PAST, ("2024-03", "month")),
]


@pytest.mark.parametrize("rule,name,sentence,tense,expected", RULES,
                         ids=[f"{r[0].__name__}: {r[2]}" for r in RULES])
def test_a_calendar_rule_decides_alone(rule, name, sentence, tense, expected):
    decided = rule(date_match(name, sentence, tense))
    if expected is None or expected is False:
        assert decided is expected
    else:
        assert (decided.value, decided.precision, decided.kind) == (*expected, "date")


def test_every_calendar_pattern_has_a_rule_that_decides():
    for name, sentence in [("month_day", "on May 2"), ("day_month", "14 February"), ("month_year", "May 2020"),
                           ("numeric", "2024-05-16"), ("day_of_month", "on the 3rd"), ("century", "5th century"),
                           ("relative", "this spring"), ("deictic", "yesterday"), ("holiday", "Easter"),
                           ("quarter", "Q3"), ("weekday", "on Monday"), ("season", "in winter"),
                           ("month", "in June")]:
        c = date_match(name, sentence)
        assert any(rule(c) is not None for rule in C.CALENDAR_RULES), name
