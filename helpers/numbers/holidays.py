"""The day a holiday falls on, placed like any day without its year by the tense around it ("on New Year's Eve"
in a story of 1 January is the day before; "will reopen after Easter" the coming one).

A table of the holidays whose day is the same wherever a story comes from: fixed days ("Christmas Eve", 24
December) and days computed from the year (Easter by the Western computus, dateutil's `easter`; "Thanksgiving"
and the other US Monday holidays by their weekday rule). A holiday kept on different days in different countries
("Independence Day", "Labour Day") or by a lunar or lunisolar calendar ("Ramadan", "Passover", "Lunar New Year")
has no value: the text alone does not say which.
"""
from __future__ import annotations

import datetime as dt

from dateutil.easter import easter

from helpers.numbers.dates import FUTURE, LAG_DAYS, PAST, resolve_day

# (month, day)
FIXED_DAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14),
    "st patrick's day": (3, 17), "fourth of july": (7, 4), "veterans day": (11, 11), "may day": (5, 1),
}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th weekday (0 = Monday) of a month; n = -1 for the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


COMPUTED_DAYS = {
    "easter": easter, "easter sunday": easter,
    "good friday": lambda year: easter(year) - dt.timedelta(days=2),
    "thanksgiving": lambda year: _nth_weekday(year, 11, 3, 4),  # the US's: Canada's is in October
    "memorial day": lambda year: _nth_weekday(year, 5, 0, -1),
    "labor day": lambda year: _nth_weekday(year, 9, 0, 1),  # the US spelling; "Labour Day" varies by country
    "martin luther king day": lambda year: _nth_weekday(year, 1, 0, 3),
    "presidents' day": lambda year: _nth_weekday(year, 2, 0, 3),
}


def holiday_date(name: str, published: dt.date | None, direction: str, year: int | None = None) -> str | None:
    """The ISO day of the holiday `name` as written ("New Year’s Eve"), in `year` when the text gives it, else
    the one the tense points to from the publication date; None when its day is not one date everywhere, or
    a computed holiday has neither a year nor a publication date."""
    key = name.lower().replace("’", "'")
    if key in FIXED_DAYS:
        return resolve_day(*FIXED_DAYS[key], published, direction, year)
    rule = COMPUTED_DAYS.get(key)
    if rule is None:
        return None
    if year is not None:
        return rule(year).isoformat()
    if published is None:
        return None
    days = [rule(y) for y in (published.year - 1, published.year, published.year + 1)]
    if direction == PAST:
        day = max(d for d in days if d <= published + dt.timedelta(days=LAG_DAYS))
    elif direction == FUTURE:
        day = min(d for d in days if d >= published - dt.timedelta(days=LAG_DAYS))
    else:
        day = min(days, key=lambda d: abs((d - published).days))
    return day.isoformat()
