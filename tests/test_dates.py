"""Date resolution against the publication date (helpers.numbers.dates): tables of (input, expected)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers.numbers.dates import (
    FUTURE,
    NEAREST,
    PAST,
    iso_week,
    resolve_day,
    resolve_month,
    resolve_relative,
    resolve_weekday,
    two_digit_year,
)

THURSDAY = dt.date(2024, 5, 16)
MONDAY, TUESDAY, THURSDAY_N, FRIDAY, SUNDAY = 0, 1, 3, 4, 6


@pytest.mark.parametrize("weekday,direction,expected", [
    (THURSDAY_N, PAST, "2024-05-16"),
    (THURSDAY_N, FUTURE, "2024-05-16"),
    (TUESDAY, PAST, "2024-05-14"),
    (TUESDAY, FUTURE, "2024-05-21"),
    (TUESDAY, NEAREST, "2024-05-14"),
    (FRIDAY, FUTURE, "2024-05-17"),
    (FRIDAY, PAST, "2024-05-10"),
    (FRIDAY, NEAREST, "2024-05-17"),
    (SUNDAY, NEAREST, "2024-05-19"),
    (MONDAY, NEAREST, "2024-05-13"),
], ids=["same day past", "same day future", "tuesday past", "tuesday future", "tuesday nearest",
        "friday future", "friday past", "friday nearest", "sunday nearest", "monday nearest"])
def test_resolve_weekday(weekday, direction, expected):
    assert resolve_weekday(weekday, THURSDAY, direction) == expected


def test_weekday_without_publication_date_is_none():
    assert resolve_weekday(FRIDAY, None) is None


@pytest.mark.parametrize("month,direction,year,expected", [
    (3, PAST, None, "2024-03"),
    (3, NEAREST, None, "2024-03"),
    (9, PAST, None, "2023-09"),
    (9, FUTURE, None, "2024-09"),
    (1, FUTURE, None, "2025-01"),
    (2, NEAREST, 2022, "2022-02"),
], ids=["earlier month past", "earlier month", "later month past", "later month future",
        "earlier month future", "year given"])
def test_resolve_month(month, direction, year, expected):
    assert resolve_month(month, THURSDAY, direction, year) == expected


def test_month_without_publication_date_is_truncated():
    assert resolve_month(5, None) == "--05"


@pytest.mark.parametrize("month,day,direction,year,published,expected", [
    (5, 2, NEAREST, None, THURSDAY, "2024-05-02"),
    (12, 20, PAST, None, THURSDAY, "2023-12-20"),
    (1, 10, FUTURE, None, THURSDAY, "2025-01-10"),
    (7, 26, NEAREST, 1962, THURSDAY, "1962-07-26"),
    (5, 16, NEAREST, None, None, "--05-16"),
    (2, 30, NEAREST, 2024, THURSDAY, None),
], ids=["same year", "past tense, later day", "future tense, earlier day", "year given", "no publication",
        "impossible day"])
def test_resolve_day(month, day, direction, year, published, expected):
    assert resolve_day(month, day, published, direction, year) == expected


@pytest.mark.parametrize("offset,unit,expected", [
    (-1, "year", ("2023", "year")),
    (0, "week", ("2024-W20", "week")),
    (-1, "week", ("2024-W19", "week")),
    (1, "month", ("2024-06", "month")),
    (-5, "month", ("2023-12", "month")),
    (-1, "day", ("2024-05-15", "day")),
    (1, "quarter", ("2024-Q3", "quarter")),
    (0, "weekend", ("2024-W20", "week")),
], ids=["last year", "this week", "last week", "next month", "across a year", "yesterday", "next quarter",
        "this weekend"])
def test_resolve_relative(offset, unit, expected):
    assert resolve_relative(offset, unit, THURSDAY) == expected


def test_relative_without_publication_date_is_none():
    assert resolve_relative(-1, "year", None) == (None, "year")


@pytest.mark.parametrize("first,digits,expected", [(1997, "98", 1998), (1999, "00", 2000), (2019, "20", 2020)],
                         ids=["same century", "rolls over", "2000s"])
def test_two_digit_year(first, digits, expected):
    assert two_digit_year(first, digits) == expected


def test_iso_week_at_year_boundary():
    assert iso_week(dt.date(2021, 1, 1)) == "2020-W53"
