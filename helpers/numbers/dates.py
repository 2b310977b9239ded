"""Dates resolved against the publication date, keeping their precision (ISO 8601 strings).

A news article says "on Tuesday", "last year", "in March": what day, year or month that is depends on
when the article was published and on the tense of the sentence ("On Friday they will head to Harbin" is
the coming Friday; "On Tuesday, the administration announced" the past one). We never invent precision:
"March" resolves to a month ("2024-03"), "this week" to an ISO week ("2024-W20"), "last year" to a year.
Without a publication date, what cannot be resolved stays partial ("--05-16" for "May 16", the ISO 8601
truncated form) or None.
"""
from __future__ import annotations

import datetime as dt

PAST, FUTURE, NEAREST = "past", "future", "nearest"


def iso_week(day: dt.date) -> str:
    """ISO week of a day: "2024-W20"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def resolve_weekday(weekday: int, published: dt.date | None, direction: str = NEAREST) -> str | None:
    """The date of a weekday (0 = Monday) mentioned in an article published on `published`.

    The publication weekday itself is the publication day. Otherwise the tense decides: PAST takes the
    previous such day, FUTURE the next one, NEAREST the closer of the two (within three days).
    """
    if published is None:
        return None
    delta = weekday - published.weekday()
    if delta == 0:
        return published.isoformat()
    back = delta - 7 if delta > 0 else delta  # negative: days back
    forward = delta if delta > 0 else delta + 7
    if direction == PAST:
        chosen = back
    elif direction == FUTURE:
        chosen = forward
    else:
        chosen = back if -back <= forward else forward
    return (published + dt.timedelta(days=chosen)).isoformat()


LAG_DAYS = 3
# A day written without its year is of the current year in news style (AP: the year only when it is not the
# current one), so a past-tense verb takes a day back a year only when that day is well ahead of publication
# (about four months; the day a year back is then the nearer one by far): "requested the dissolution on April 11"
# (6 days ahead) and "looking to the February 20 primary" are this year's; "was released on Dec. 28" in early
# January is last December.
PAST_AHEAD_DAYS = 120


def resolve_month(month: int, published: dt.date | None, direction: str = NEAREST,
                  year: int | None = None) -> str:
    """A month without a year takes the publication year, moved a year back (past tense, a later month: "we met
    in March", said in January) or forward (future tense, an earlier month); with no publication date it stays
    "--MM"."""
    if year is not None:
        return f"{year:04d}-{month:02d}"
    if published is None:
        return f"--{month:02d}"
    year = published.year
    if direction == PAST and month > published.month:
        year -= 1
    elif direction == FUTURE and month < published.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def resolve_day(month: int, day: int, published: dt.date | None, direction: str = NEAREST,
                year: int | None = None) -> str | None:
    """A month and day ("May 16"), with the year given, or taken from the publication date."""
    if year is None and published is not None:
        year = published.year
        candidate = _safe_date(year, month, day)
        if candidate is not None:
            # a day up to LAG_DAYS before the publication date stays in its year: the date a story carries
            # often lags the events it reports by a day or two
            if direction == PAST and candidate > published + dt.timedelta(days=PAST_AHEAD_DAYS):
                year -= 1
            elif direction == FUTURE and candidate < published - dt.timedelta(days=LAG_DAYS):
                year += 1
            elif direction == NEAREST and (candidate - published).days > 300:
                year -= 1  # "Dec. 15" in a story of 7 January: last December
            elif direction == NEAREST and (published - candidate).days > 300:
                year += 1  # "another test on Jan. 1" in a story of December: the coming January
    if year is None:
        return f"--{month:02d}-{day:02d}" if _safe_date(2024, month, day) else None
    found = _safe_date(year, month, day)
    return found.isoformat() if found else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_relative(offset: int, unit: str, published: dt.date | None) -> tuple[str | None, str]:
    """ "last year" (-1, "year"), "this week" (0, "week"), "next month" (1, "month"), "yesterday" (-1, "day").

    Returns (ISO value or None, precision).
    """
    precision = "week" if unit == "weekend" else unit
    if published is None:
        return None, precision
    if unit == "year":
        return f"{published.year + offset:04d}", precision
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}", precision
    if unit in ("week", "weekend"):
        return iso_week(published + dt.timedelta(weeks=offset)), precision
    if unit == "day":
        return (published + dt.timedelta(days=offset)).isoformat(), precision
    if unit == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}", precision
    return None, precision


def year_value(year: int) -> str:
    """A year as ISO 8601 (four digits; years BC are not resolved here)."""
    return f"{year:04d}"


def two_digit_year(first_year: int, digits: str) -> int:
    """The second year of a range like "1997-98": same century as the first, rolling over ("1999-00"); one
    digit is the year's last ("2024/5" is 2025; "2024/7" is no year after 2024: 0)."""
    if len(digits) == 1:
        return first_year + 1 if (first_year + 1) % 10 == int(digits) else 0
    century = first_year - first_year % 100
    year = century + int(digits)
    return year + 100 if year < first_year else year


def published_of(article) -> dt.date | None:
    """The article's publication date when it has one (`doc.article.published`)."""
    value = getattr(article, "published", None)
    return value if isinstance(value, dt.date) else None
