"""The dateline: a line at the top of an article that is only its date ("Wednesday, July 10, 2019",
"Published 14 Feb 2021 09:30 GMT", "2019-07-10"), as Wikinews and many pasted pages begin.

It is the article's date, not a sentence of the story: the cleaner removes and reports it (reason
"dateline") and, when neither the command line, a sidecar nor the page gives a publication date, the
article takes its date from it (`published_source` "dateline"). A line that merely starts with a date, or a
date without a year ("July 10"), is story text and stays.
"""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
    ("nov", "november"), ("dec", "december")), start=1) for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?"
# "Published on:", "Last updated at 22:14", as the label (and a time of day) before the date
_PREFIX = (r"(?:(?:published|posted|updated|last updated|date)\s*(?:on|at)?\s*:?\s*"
           r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?,?\s+)?)?")
_FORMS = [
    rf"{_PREFIX}{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}",  # Wednesday, July 10, 2019
    rf"{_PREFIX}{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}{_TIME}",  # Wed 10 Jul 2019 09.30 BST
    rf"{_PREFIX}{_YEAR}-(?P<month_number>\d\d)-{_DAY}(?:[t ]\d\d:\d\d(?::\d\d)?(?:z|[+-]\d\d:?\d\d)?)?",
]
_DATELINE = [re.compile(form, re.IGNORECASE) for form in _FORMS]
# What Indian and other papers put after the date on the same line, taken off (from the end) before the date is
# read: "June 29, 2023 09:14 pm | Updated 09:14 pm IST - PERAMBALUR".
_TRAILERS = (
    re.compile(r"\s*[-–—]\s*[A-Z][A-Z .'’-]{1,30}$"),  # "- PERAMBALUR": where the story was filed, in capitals
    re.compile(r"\s*\|\s*(?:last\s+)?(?:updated|modified|edited)\b[^|]{0,60}$", re.IGNORECASE),  # "| Updated 21:14"
)
LOOKED_AT = 2  # non-blank lines at the top of a text that may be the dateline (a title line may come first)


def dateline_date(line: str) -> dt.date | None:
    """The date a whole line states, when the line is nothing but a full date; None otherwise.

    >>> dateline_date("Wednesday, July 10, 2019")
    datetime.date(2019, 7, 10)
    >>> dateline_date("July 10, 2019, was a hot day.") is None
    True
    """
    text = line.strip().rstrip(".")
    shorter = None
    while shorter != text:
        shorter = text
        for trailer in _TRAILERS:
            text = trailer.sub("", text)
    for pattern in _DATELINE:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = match.groupdict()
        month = MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["month_number"])
        try:
            return dt.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:  # "February 30, 2019" is no date
            return None
    return None


def find_dateline(original: str, taken: set[tuple[int, int]] = frozenset()) -> tuple[int, int, dt.date] | None:
    """(start, end, date) of the dateline among the first non-blank lines of `original` that are not
    already removed (`taken` spans), when there is story text after it; None otherwise."""
    seen = 0
    for match in re.finditer(r"[^\n]*", original[:5_000]):
        content = match.group()
        text = content.strip()
        if not text:
            continue
        start = match.start() + len(content) - len(content.lstrip())
        if (start, start + len(text)) in taken:
            continue
        seen += 1
        if seen > LOOKED_AT:
            return None
        date = dateline_date(text) if len(text) <= 80 else None
        if date is not None:
            rest = original[start + len(text):]
            return (start, start + len(text), date) if rest.strip() else None
    return None
