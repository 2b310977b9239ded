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
# Arabic pages name the months (Egypt and the Gulf: يناير ..., the Levant: كانون الثاني ...) and the weekdays
ARABIC_MONTHS = {name: number for number, names in enumerate((
    ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "ابريل", "نيسان"), ("مايو", "أيار"),
    ("يونيو", "حزيران"), ("يوليو", "تموز"), ("أغسطس", "اغسطس", "آب"), ("سبتمبر", "أيلول"),
    ("أكتوبر", "اكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول")), start=1)
    for name in names}
_MONTH_NUMBER = {**MONTHS, **ARABIC_MONTHS}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (r"(?:(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?|"
            r"(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة))[,،]?\s+)?")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# a time after the date, after a comma, bar or dash: "| 16:00 IST", "- 23:29", "9:05 PM IST", "at 4.08pm EDT"
_TIME = (r"(?P<time>[,|·•–—-]?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?"
         r"|\s*(?:gmt|utc))?")  # or the zone alone: "4th, November 2023 GMT"
# what a page prints before the date; "updated" marks a later date than the publication's
# a time of day before its date: "9:46 pm on 9 May 2013"
_PREFIX = (r"(?P<lead_time>\d{1,2}[:.]\d\d\s*[ap]\.?m\.?\s+on\s+)?"
           r"(?:(?P<prefix>(?:first |originally )?published|posted|"
           r"(?P<updated>(?:last )?(?:updated|modified)|آخر تحديث)|"
           r"date|this (?:story|article) (?:is|was) (?:from|published on)|تاريخ النشر|نشر في)"
           r"\s*(?:on|at)?\s*:?\s*"
           r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?,?\s+)?)?")  # "Published: 17:11 EDT, 4 August 2018"
_LATER = r"(?P<later>\s*[|,·•]?\s*(?:last )?(?:updated|modified):?\s*[\w ,:.]{0,40})?"  # "...2018updated 08 Jul 2021"
_FORMS = [
    rf"{_PREFIX}{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\s*{_TIME}{_LATER}",  # Wednesday, July 10, 2019
    rf"{_PREFIX}{_WEEKDAY}{_DAY},?\s+{_MONTH},?\s+{_YEAR}\s*{_TIME}{_LATER}",  # Wed 10 Jul 2019 09.30 BST
    rf"{_PREFIX}{_YEAR}-(?P<month_number>\d\d)-{_DAY}(?:[t ]\d\d:\d\d(?::\d\d)?(?:z|[+-]\d\d:?\d\d)?)?",
    # 24/05/2024 (day first, as most of the world writes it; 05/24/2024 when the second number cannot be a month)
    rf"{_PREFIX}(?P<first>\d{{1,2}})[/.](?P<second>\d{{1,2}})[/.]{_YEAR}\s*{_TIME}{_LATER}",
]
_DATELINE = [re.compile(form, re.IGNORECASE) for form in _FORMS]
# Where an Indian paper's story was filed, printed in capitals after the date and its update time: "June 29, 2023
# 09:14 pm | Updated 09:14 pm IST - PERAMBALUR" (`_LATER` reads the update once the place is taken off).
_FILED_AT = re.compile(r"\s*[-–—]\s*[A-Z][A-Z .'’-]{1,30}$")
LOOKED_AT = 2  # non-blank lines at the top of a text that may be the dateline (a title line may come first)


def dateline_date(line: str) -> dt.date | None:
    """The date a whole line states, when the line is nothing but a full date; None otherwise.

    >>> dateline_date("Wednesday, July 10, 2019")
    datetime.date(2019, 7, 10)
    >>> dateline_date("July 10, 2019, was a hot day.") is None
    True
    """
    match = _match(line)
    return _date(match) if match else None


def _match(line: str) -> re.Match | None:
    text = line.strip().rstrip(".")
    if not text or not (text[0].isalnum() or text[0] in "آت"):
        return None
    for pattern in _DATELINE:
        match = pattern.fullmatch(text)
        if match is not None:
            return match
    text = _FILED_AT.sub("", text)  # then without the place it was filed at: "... IST - PERAMBALUR"
    for pattern in _DATELINE if text != line.strip().rstrip(".") else ():
        match = pattern.fullmatch(text)
        if match is not None:
            return match
    return None


def _date(match: re.Match) -> dt.date | None:
    parts = match.groupdict()
    if parts.get("first"):  # day first unless the second number cannot be a month
        first, second = int(parts["first"]), int(parts["second"])
        day, month = (second, first) if second > 12 >= first else (first, second)
        if day <= 12 and day != month and second <= 12:
            return None  # 05/04/2024: April or May, the page does not say
    else:
        month = _MONTH_NUMBER[parts["month"].lower()] if parts.get("month") else int(parts["month_number"])
        day = int(parts["day"])
    try:
        return dt.date(int(parts["year"]), month, day)
    except ValueError:  # "February 30, 2019" is no date
        return None


def timestamp(line: str) -> tuple[dt.date | None, bool] | None:
    """A page's timestamp line anywhere in the text: a full date with what pages print before it
    ("Last Updated : Apr 13 2013 | 9:05 PM IST", "First Published: 13 April 2013", "آخر تحديث: 24/05/2024 -
    23:29") or with a time of day ("Wed 10 Jul 2019 09.30 BST"). Returns (its date, or None when the
    numbers are ambiguous; True when it is an update's date), or None for any other line. A bare date
    is a timestamp only at the top of the text (`find_dateline`): further down it may be the story's.

    >>> timestamp("Last Updated : Apr 13 2013 | 9:05 PM IST")
    (datetime.date(2013, 4, 13), True)
    >>> timestamp("July 10, 2019") is None
    True
    """
    if len(line) > 120:
        return None
    match = _match(line)
    parts = match.groupdict() if match else {}
    if match is None or not (parts["prefix"] or parts.get("time") or parts.get("later") or parts.get("lead_time")):
        return None
    return _date(match), bool(match.group("updated"))


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
        match = _match(text) if len(text) <= 80 else None
        date = _date(match) if match and not match.group("updated") else None  # an update's date is no dateline
        if date is not None:
            rest = original[start + len(text):]
            return (start, start + len(text), date) if rest.strip() else None
    return None
