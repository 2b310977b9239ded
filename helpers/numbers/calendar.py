"""Dates and times from calendar words: "May 16", "14 Feb 2021", "February 2022", "on Tuesday", "last year",
"in March", "3pm", "noon", race times "4:07.13". Claimed before numbers are read, so their digits are
not counted again. Each calendar pattern's match goes through an ordered list of small rules
(`CALENDAR_RULES`), as numbers go through `helpers.numbers.scan`'s."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from helpers.numbers import lexicon as lex
from helpers.numbers.dates import (FUTURE, NEAREST, PAST, resolve_day, resolve_month, resolve_relative, resolve_weekday,
                                   two_digit_year, year_value)
from helpers.numbers.figure import Figure, iso_number
from helpers.numbers.holidays import holiday_date
from helpers.numbers.patterns import (
    CALENDAR_NEEDS,
    CALENDAR_PATTERNS,
    CALENDAR_STARTS,
    DAY,
    FUTURE_CUE,
    PAST_CUE,
    SENTENCE_START,
    TIME_NEEDS,
    TIME_PATTERNS,
    TIME_STARTS,
    YEAR,
    scanned,
)

Tense = Callable[[int], str]


def sentence_tense(text: str, offset: int) -> str:
    """Whether the sentence around `offset` speaks of the future, the past, or neither (NEAREST)."""
    low, high = max(0, offset - 400), min(len(text), offset + 400)
    left = max(text.rfind(". ", low, offset), text.rfind("\n", low, offset), low)
    right_candidates = [i for i in (text.find(". ", offset, high), text.find("\n", offset, high)) if i >= 0]
    sentence = text[left:min(right_candidates) if right_candidates else high]
    if FUTURE_CUE.search(sentence):
        return FUTURE
    if PAST_CUE.search(sentence):
        return PAST
    return NEAREST


def _month_number(name: str) -> int:
    return lex.MONTHS[name.lower().rstrip(".")]


def _weekday_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return lex.WEEKDAYS[key] if key in lex.WEEKDAYS else lex.WEEKDAYS[key.removesuffix("s")]


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 20):start])
    return match.group(1).lower() if match else ""


def calendar(text: str, published: dt.date | None, taken: bytearray, tense: Tense, folded: str) -> list[Figure]:
    """Dates from calendar words: "May 16", "February 2022", "on Tuesday", "last year", "in March"."""
    found: list[Figure] = []
    for name, pattern in CALENDAR_PATTERNS:
        for m in scanned(pattern, text, folded, CALENDAR_STARTS[name], CALENDAR_NEEDS.get(name, ())):
            start, end = m.span()
            if any(taken[start:end]):
                continue
            figure = _calendar_figure(name, m, text, published, tense)
            if figure is None:
                continue
            found.append(figure)
            taken[figure.start:figure.end] = b"\x01" * (figure.end - figure.start)
            if name in ("month_day", "day_month"):
                found.extend(_day_range(figure, text, published, taken, tense))
            if name == "day_month":
                found.extend(_first_day_of_range(figure, text, published, taken, tense))
    _share_range_years(found, text, published)
    _year_of_an_earlier_mention(found)
    _year_within_a_sentence(found, text)
    return found


def _year_within_a_sentence(found: list[Figure], text: str) -> None:
    """ "arrived on February 11 of last year, ... held on February 24 a ceremony": a day written without its
    year, in the same sentence and month as a day whose year the text gave, is of that year; so is a later day
    of that month told next in the same paragraph ("the army moved on November 15, 2017. ... his resignation on
    November 21.")."""
    days = [f for f in sorted(found, key=lambda f: f.start) if f.parts and len(f.parts) == 3 and f.parts[2]]
    for a, b in pairwise(days):
        between = text[a.end:b.start]
        if (a.parts[0] is not None and b.parts[0] is None and a.parts[1] == b.parts[1] and "\n" not in between
                and (b.start - a.end < 200 and not re.search(r"[.!?]\s", between)
                     or b.start - a.end < 400 and b.parts[2] >= a.parts[2] and re.search(r"\d{4}", text[a.start:a.end])
                     and not re.search(r"\byears?\s+(?:later|after)\b", between))):
            b.value = resolve_day(b.parts[1], b.parts[2], None, NEAREST, a.parts[0]) or b.value


def _year_of_an_earlier_mention(found: list[Figure]) -> None:
    """ "on 1 April, 2007 ... The date of 1 April was chosen": a day written without its year, after the text
    gave that day with a year, is that same day."""
    dated: dict[tuple[int, int], int] = {}
    for f in sorted(found, key=lambda f: f.start):
        if not f.parts or len(f.parts) != 3 or f.parts[1] is None or f.parts[2] is None:
            continue
        year, month, day = f.parts
        if year is not None:
            dated[(month, day)] = year
        elif (month, day) in dated:
            f.value = resolve_day(month, day, None, NEAREST, dated[(month, day)]) or f.value


@dataclass
class _DateMatch:
    """One match of a calendar pattern (`name`), with what the rules need to decide on it."""

    name: str
    m: re.Match
    text: str
    published: dt.date | None
    tense: Tense

    @property
    def start(self) -> int:
        return self.m.start()

    @property
    def end(self) -> int:
        return self.m.end()

    def date(self, value: object, precision: str, parts: tuple = ()) -> Figure:
        return Figure(self.start, self.end, "date", value, precision=precision, parts=parts)


Rule = Callable[[_DateMatch], "Figure | bool | None"]


def _calendar_figure(name: str, m: re.Match, text: str, published: dt.date | None, tense: Tense) -> Figure | None:
    """A date from one calendar match, or None when it is none ("May" the verb, "the fall of Rome").

    The rules run in order and the first that decides wins: a Figure, or False for "no date"; None passes.
    """
    c = _DateMatch(name, m, text, published, tense)
    for rule in CALENDAR_RULES:
        decided = rule(c)
        if decided is not None:
            return decided or None
    return None


def _modal_may(c: _DateMatch) -> bool | None:
    """ "May 16" with no year, weekday or preposition before it may be the verb ("May 16 people ...")."""
    if (c.name == "month_day" and c.m["month"] == "May" and c.m["year"] is None and not c.m["weekday"]
            and _previous_word(c.text, c.start) not in lex.DATE_PREPOSITIONS
            and not re.match(r"\s?(?:[,;:)]|\.(?!\d)|$)|\s(?:to be|as|and|or|is|was|will)\b", c.text[c.end:c.end + 8])):
        return False  # ("confirming May 5 to be the date", "May 5, the day of ...": no verb takes a number so)
    return None


def _day_date(c: _DateMatch) -> Figure | None:
    """ "May 16", "16 May 2024", "Friday, May 17": a day, its year from the text or resolved by tense."""
    if c.name not in ("month_day", "day_month"):
        return None
    month, day = _month_number(c.m["month"]), int(re.sub(r"\D", "", c.m["day"]))
    year = int(c.m["year"]) if c.m["year"] else None
    # "effective September 1", "starting March 3": when a change takes effect, the nearer such day
    tense = c.tense(c.start)
    if tense == PAST and _EFFECTIVE.search(c.text, max(0, c.start - 20), c.start):
        tense = NEAREST
    relative = _RELATIVE_YEAR.match(c.text, c.end) or _RELATIVE_YEAR_BEFORE.search(c.text, max(0, c.start - 16), c.start)
    if year is None and relative and c.published is not None:  # "February 11 of last year", "Last year August 8"
        year = c.published.year + {"last": -1, "this": 0, "next": 1}[relative["rel"].lower()]
    value = resolve_day(month, day, c.published, tense, year)
    if year is None and c.m["weekday"] and c.published is not None:
        value = _year_of_weekday(value, _weekday_number(c.m["weekday"]), month, day, c.published)
    return c.date(value, "day", (year, month, day))


_RELATIVE_YEAR = re.compile(r",?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b(?!['’])", re.IGNORECASE)
_RELATIVE_YEAR_BEFORE = re.compile(r"\b(?P<rel>last|this|next)\s+year,?\s+(?:on\s+)?$", re.IGNORECASE)


def _year_of_weekday(value: str | None, weekday: int, month: int, day: int, published: dt.date) -> str | None:
    """ "Saturday April 9" with no year: the year, next to the publication's, in which that day is a Saturday
    (the tense only guesses; the weekday tells)."""
    if value is None or dt.date.fromisoformat(value).weekday() == weekday:
        return value
    for year in (published.year, published.year - 1, published.year + 1):
        candidate = resolve_day(month, day, None, NEAREST, year)
        if candidate and dt.date.fromisoformat(candidate).weekday() == weekday:
            return candidate
    return value


_EFFECTIVE = re.compile(r"\b(?:effective|starting|beginning|as of)(?:\s+(?:from|on|in))?\s+$", re.IGNORECASE)


def _day_of_month(c: _DateMatch) -> Figure | None:
    """ "on the 16th": a day of the month of publication."""
    if c.name != "day_of_month":
        return None
    if c.published is None:
        return c.date(None, "day")
    return c.date(resolve_day(c.published.month, int(c.m["day"]), None, NEAREST, c.published.year), "day")


def _month_year(c: _DateMatch) -> Figure | None:
    """ "February 2022"."""
    if c.name != "month_year":
        return None
    month, year = _month_number(c.m["month"]), int(c.m["year"])
    return c.date(f"{year:04d}-{month:02d}", "month", (year, month, None))


def _iso_date(c: _DateMatch) -> Figure | None:
    """ "2024-05-16"."""
    if c.name != "numeric" or not c.m["year"]:
        return None
    return c.date(f"{c.m['year']}-{c.m['month']}-{c.m['day']}", "day")


def _fiscal_year(c: _DateMatch) -> Figure | None:
    """ "FY25" is fiscal 2025 (named, as most fiscal years are, by the year it ends), "FY2024-25" the two
    calendar years it spans, like "2024-25"; the year a fiscal year starts in differs by country."""
    if c.name != "fiscal":
        return None
    first = int(c.m["y1"]) if len(c.m["y1"]) == 4 else two_digit_year(2000, c.m["y1"])
    if c.m["y2"] is None:
        return c.date(year_value(first), "year")
    later = two_digit_year(first, c.m["y2"]) if len(c.m["y2"]) == 2 else int(c.m["y2"])
    if later - first != 1:
        return c.date(None, "year")
    return c.date(f"{year_value(first)}/{year_value(later)}", "year")


def _slashed_date(c: _DateMatch) -> Figure | bool | None:
    """ "5/16/24", "16/5/2024": US order unless the first number cannot be a month."""
    if c.name != "numeric":
        return None
    a, b, y = int(c.m["a"]), int(c.m["b"]), int(c.m["y"])
    y = y + 2000 if y < 50 else y + 1900 if y < 100 else y
    month, day = (a, b) if a <= 12 else (b, a)
    if month > 12 or day > 31:
        return False
    value = resolve_day(month, day, None, NEAREST, y)
    return c.date(value, "day") if value else False


def _century(c: _DateMatch) -> Figure | None:
    """ "the 20th century", "the nineteenth century": value "19" (ISO 8601's century)."""
    if c.name != "century":
        return None
    n = int(c.m["n"]) if c.m["n"] else lex.ORDINALS.get(c.m["w"].lower())
    return c.date(f"{n - 1:02d}" if n else None, "century")


_DIRECTION = {"last": PAST, "next": FUTURE, "this": NEAREST}


def _relative(c: _DateMatch) -> Figure | None:
    """ "last year", "next week", "this month": a period counted from the publication date."""
    if c.name != "relative" or c.m["unit"].lower() not in ("week", "weekend", "month", "year", "quarter"):
        return None
    if c.m["rel"].lower() != "this" and c.m["unit"].lower() != "quarter" \
            and c.text[max(0, c.start - 4):c.start].lower() == "the ":
        return False  # "the last year of his term", "the next week or so": the final one, or a span (`special`)
    offset = {"last": -1, "this": 0, "next": 1}[c.m["rel"].lower()]
    value, precision = resolve_relative(offset, c.m["unit"].lower(), c.published)
    return c.date(value, precision)


def _relative_weekday(c: _DateMatch) -> Figure | None:
    """ "last Friday", "next Tuesday"."""
    if c.name != "relative" or not re.fullmatch(lex.WEEKDAY_PATTERN, c.m["unit"]):
        return None
    weekday, direction = _weekday_number(c.m["unit"]), _DIRECTION[c.m["rel"].lower()]
    if direction == NEAREST and c.tense(c.start) == FUTURE:
        direction = FUTURE  # "he will defend it in a meeting this Thursday", written on a Sunday
    value = resolve_weekday(weekday, c.published, direction)
    if c.published is not None and c.published.weekday() == weekday and direction != NEAREST:
        # "last Sunday" written on a Sunday is a week back, "next Sunday" a week ahead
        value = (c.published + dt.timedelta(days=-7 if direction == PAST else 7)).isoformat()
    return c.date(value, "day")


def _relative_month(c: _DateMatch) -> Figure | None:
    """ "last March", "next June"."""
    if c.name != "relative" or not re.fullmatch(lex.MONTH_PATTERN, c.m["unit"]):
        return None
    value = resolve_month(_month_number(c.m["unit"]), c.published, _DIRECTION[c.m["rel"].lower()])
    return c.date(value, "month")


def _relative_season(c: _DateMatch) -> Figure | None:
    """ "last summer": a season, with no value."""
    return c.date(None, "season") if c.name == "relative" else None


def _deictic(c: _DateMatch) -> Figure | None:
    """ "yesterday", "tomorrow"."""
    if c.name != "deictic":
        return None
    value, _ = resolve_relative(-1 if c.m.group().lower() == "yesterday" else 1, "day", c.published)
    return c.date(value, "day")


def _named_date(c: _DateMatch) -> Figure | None:
    """ "9/11", "7/7": dates named by their numbers, never fractions."""
    return c.date(lex.NAMED_DATES[c.m.group()], "day") if c.name == "named_date" else None


def _holiday_as_modifier(c: _DateMatch) -> bool | None:
    """ "an Easter egg hunt", "a Christmas tree", "an early Christmas present", "Christmas cards": a holiday after
    "a"/"an" or before a thing it names describes the thing, it is no date."""
    if c.name == "holiday" and (re.search(r"\b[Aa]n?\s+$", c.text[max(0, c.start - 4):c.start])
                                or _HOLIDAY_THING.match(c.text, c.end)):
        return False
    return None


_HOLIDAY_THING = re.compile(r"\s+(?:presents?|gifts?|trees?|cards?|eggs?|bunny|decorations|lights|jumpers?|sweaters?"
                            r"|crackers?|pudding|hampers?|stockings?|carols?|songs?|films?|movies?|albums?|adverts?|ads?)\b")


def _holiday_in_a_name(c: _DateMatch) -> bool | None:
    """ "Christmas Island", "Easter Island", "the Thanksgiving Parade": a holiday before a capitalised word
    that is no date word ("Christmas Day", "Easter Monday" are the holiday's own names) names a place or a
    thing."""
    if c.name != "holiday":
        return None
    after = re.match(r"\s+([A-Z][a-z]+)", c.text[c.end:c.end + 20])
    if after and after.group(1).lower() not in lex.MONTHS and after.group(1).lower() not in lex.WEEKDAYS \
            and after.group(1) not in ("Day", "Eve", "Week", "Weekend", "Holiday", "Holidays", "Period", "Season"):
        return False
    return None


_YEAR_AFTER = re.compile(rf"\s+(?:of\s+)?(?:the\s+year\s+)?(?P<year>{YEAR})\b(?![-–/]\d)")  # "Q3 2008", "Easter 2019"; not "fiscal 2009"


def _no_value(c: _DateMatch) -> Figure | None:
    """Holidays ("Christmas", "Easter 2019") and quarters ("the third quarter", "Q3"): a holiday is its day
    where that is one date everywhere (`holidays.holiday_date`), a quarter with its year ("the second quarter
    of 2007", "Q3 2008") that quarter: "2007-Q2"; others have no value."""
    if c.name == "holiday":
        year = _YEAR_AFTER.match(c.text, c.end)
        figure = c.date(holiday_date(c.m.group(), c.published, c.tense(c.start), int(year["year"]) if year else None),
                        "day")
        figure.end = year.end() if year else figure.end
        return figure
    precision = {"quarter": "quarter"}.get(c.name)
    if c.name == "quarter":
        year = _YEAR_AFTER.match(c.text, c.end)
        if year:
            word = c.m.group().split()[0].lower()
            n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(word) or re.sub(r"\D", "", word)
            figure = c.date(f"{year['year']}-Q{n}", "quarter")
            figure.end = year.end()
            return figure
    return c.date(None, precision) if precision else None


def _weekday_in_a_name(c: _DateMatch) -> bool | None:
    """ "the Saturday Review section", "``Saturday Night Live'', "the Sunday Times": a weekday after "the", "a"
    or a quotation mark and before a capitalised word is part of a name."""
    if c.name != "weekday" or not re.match(r"\s+[A-Z][a-z]", c.text[c.end:c.end + 3]):
        return None
    if re.search(r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+|[`'\"“‘]\s?)$", c.text[max(0, c.start - 6):c.start]):
        return False
    return None


# "every Monday", "each July", "on Sunday mornings", "in July each year": a day or month that recurs, no date
_RECURS_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+$")
_RECURS_AFTER = re.compile(r"\s+(?:mornings|afternoons|evenings|nights)\b|,?\s+(?:each|every)\s+(?:year|week)\b")


# A timetable: "Monday to Friday: 06:00-09:00", "Saturday: 9am-5pm", "open Monday to Friday", "closed Saturday
# to Monday": a weekday (or a range of them) before a colon and a time, or after "open"/"closed"... with a second
# weekday, names the days of a schedule, not a date
_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?s?\.?"
_DAY_RANGE = r"\s*(?:to|-|–|through|thru|until|and|&)\s*"
_TIMETABLE_AFTER = re.compile(rf"(?:{_DAY_RANGE}{_DAY})?\s*:\s*\d")
_SCHEDULE_BEFORE = re.compile(rf"\b(?:[Oo]pen|[Oo]pens|[Cc]losed|[Oo]perates|[Oo]perating|[Rr]uns|[Aa]vailable|[Hh]ours)"
                              rf"\s+(?:from\s+)?(?:{_DAY}{_DAY_RANGE})?$")


def _recurs(c: _DateMatch) -> bool:
    if _RECURS_BEFORE.search(c.text, max(0, c.start - 7), c.start) or _RECURS_AFTER.match(c.text, c.end):
        return True
    if c.name != "weekday":
        return False
    if _TIMETABLE_AFTER.match(c.text, c.end):
        return True
    schedule = _SCHEDULE_BEFORE.search(c.text, max(0, c.start - 40), c.start)
    return bool(schedule and (schedule.group().rstrip()[-1].isalpha() and re.match(rf"{_DAY_RANGE}{_DAY}", c.text[c.end:])
                              or re.search(rf"{_DAY}{_DAY_RANGE}$", schedule.group())))


def _weekday(c: _DateMatch) -> Figure | None:
    """ "on Tuesday", placed by the tense of its sentence; "on Thursdays", "every Thursday" recur and have no value."""
    if c.name != "weekday":
        return None
    weekday = c.m["weekday"]
    if weekday.endswith("s") and not weekday.endswith(".") or _recurs(c):
        return c.date(None, "day")
    return c.date(resolve_weekday(_weekday_number(weekday), c.published, c.tense(c.start)), "day")


def _season_of_something(c: _DateMatch) -> bool | None:
    """ "the fall of the Soviet Union", "spring and summer of ...": not a date."""
    if c.name != "season":
        return None
    after = c.text[c.end:c.end + 12]
    if re.match(r"\s+of\s+(?!\d)", after) or re.match(r"\s+(?:and|or)\s+\w+\s+(?:of|from)\b", after):
        return False
    if re.match(r"\s+(?:Olympics|Olympic Games|Games|Paralympics|X Games|Universiade)\b", c.text[c.end:c.end + 20]):
        return False  # "the Winter Olympics": an event's name ("the pontiff's summer residence" is a date in MUC)
    return None


def _season_without_cue(c: _DateMatch) -> bool | None:
    """A season is a date after a preposition or a possessive, or before a year or "term", "session"...;
    "fall" only after words such as "the", "this", "in"."""
    if c.name != "season":
        return None
    before = _previous_word(c.text, c.start)
    after = c.text[c.end:c.end + 12]
    possessive = re.search(r"['’]s\s$", c.text[max(0, c.start - 3):c.start])
    if before not in lex.DATE_PREPOSITIONS and not possessive and not re.match(
            r"\s+(?:of\s+)?\d{4}|\s+(?:training|solstices?|term|session|months|holidays?|break)\b", after):
        return False
    if c.m.group().lower() == "fall" and before not in ("the", "this", "last", "next", "in", "by", "until",
                                                         "since", "early", "late", "that", "during", "mid"):
        return False
    return None


def _season(c: _DateMatch) -> Figure | None:
    return c.date(None, "season") if c.name == "season" else None


# "crude for March delivery", "Brent crude for November", "the December contract": the month a futures contract
# delivers in, ahead of the day it trades ("fell", "dropped" speak of the trading, not of the month)
_CONTRACT_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures)\b")
_CONTRACT_BEFORE = re.compile(r"\b(?:crude|oil|Brent|gasoline|futures|contracts?)\s+for\s+$")


def _contract_month(c: _DateMatch) -> bool:
    return bool(_CONTRACT_AFTER.match(c.text, c.end) or _CONTRACT_BEFORE.search(c.text, max(0, c.start - 20), c.start))


def _month_as_word(c: _DateMatch) -> bool | None:
    """ "March on", "April Fools", "May be": a month alone is a date only after "in", "since", "last"...,
    or when written "mid-May"."""
    if c.name != "month":
        return None
    month_name = c.m["month"]
    before = _previous_word(c.text, c.start)
    after = c.text[c.end:c.end + 20]
    if _contract_month(c):
        return None  # "crude for March delivery"
    if before not in lex.DATE_PREPOSITIONS and not c.m.group().startswith("mid-") and not (
            before == "for" and month_name != "May") and (  # "€346 for March" ("voted for May": a name)
            month_name in ("May", "March", "August") or re.match(r"\s+[A-Z][a-z]", after)):
        return False
    if month_name == "May" and re.match(r"\s+(?:be|have|not|well|also|never|still|even|take|help|need)\b", after):
        return False
    return None


def _month(c: _DateMatch) -> Figure | None:
    """ "in March": the month placed by the tense of its sentence ("every March" recurs: no value)."""
    if c.name != "month":
        return None
    month = _month_number(c.m["month"])
    if _recurs(c):
        return c.date(None, "month")
    tense = FUTURE if _contract_month(c) else c.tense(c.start)
    if tense == PAST and _EFFECTIVE.search(c.text, max(0, c.start - 20), c.start):
        tense = NEAREST  # "earmarked to fly the route starting in July"
    relative = _RELATIVE_YEAR.match(c.text, c.end) or _RELATIVE_YEAR_BEFORE.search(c.text, max(0, c.start - 16), c.start)
    if relative and c.published is not None:  # "in January last year", "last year in March": that year's month
        year = c.published.year + {"last": -1, "this": 0, "next": 1}[relative["rel"].lower()]
        return c.date(resolve_month(month, c.published, tense, year), "month", (year, month, None))
    return c.date(resolve_month(month, c.published, tense), "month", (None, month, None))


CALENDAR_RULES: tuple[Rule, ...] = (
    _modal_may, _day_date, _day_of_month, _month_year, _iso_date, _fiscal_year, _slashed_date, _century, _relative,
    _relative_weekday, _relative_month, _relative_season, _deictic, _named_date, _holiday_as_modifier,
    _holiday_in_a_name, _no_value,
    _weekday_in_a_name, _weekday, _season_of_something, _season_without_cue, _season, _month_as_word, _month,
)


def _day_range(first: Figure, text: str, published: dt.date | None, taken: bytearray,
               tense: Tense) -> list[Figure]:
    """ "May 1-31": the second day of a range is a date of the same month (ranges are split)."""
    tail = re.match(rf"[-–](?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?(?![\w%])", text[first.end:]) or re.match(
        rf"\s(?:and|or|to)\s(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?(?![\w%$£€]|[.,]\d|\s+(?:of\s+)?(?:{lex.MONTH_PATTERN}))"
        r"(?!\s+(?:[a-z]+s|men|women|children|people|per|more|other|million|billion|thousand|hundred)\b)", text[first.end:])
    if not tail or not first.parts:
        return []
    start, end = first.end + tail.start("day"), first.end + tail.end()
    year, month, _ = first.parts
    year = int(tail["year"]) if tail["year"] else year
    day = int(re.sub(r"\D", "", tail["day"]))
    taken[start:end] = b"\x01" * (end - start)
    return [Figure(start, end, "date", resolve_day(month, day, published, tense(start), year),
                   precision="day", parts=(year, month, day))]


_DAY_BEFORE = re.compile(rf"(?<![\w,.:/$£€-])(?P<day>{DAY})(?:\s?[-–]\s?|\s(?:to|and|or)\s)$")


def _first_day_of_range(second: Figure, text: str, published: dt.date | None, taken: bytearray,
                        tense: Tense) -> list[Figure]:
    """ "7-9 December", "24 and 25 September": the first day of a range written day first is a date of the
    second's month and year."""
    head = _DAY_BEFORE.search(text, max(0, second.start - 12), second.start)
    if not head or not second.parts or any(taken[head.start():head.end()]):
        return []
    year, month, _ = second.parts
    day = int(re.sub(r"\D", "", head["day"]))
    if second.parts[2] is not None and day >= second.parts[2]:
        return []
    start, end = head.span("day")
    taken[start:end] = b"\x01" * (end - start)
    value = resolve_day(month, day, published, tense(start), year)
    if year is None and isinstance(second.value, str) and second.value[:4].isdigit():
        value = resolve_day(month, day, None, NEAREST, int(second.value[:4]))  # the year the second day took
    return [Figure(start, end, "date", value, precision="day", parts=(year, month, day))]


def _share_range_years(found: list[Figure], text: str, published: dt.date | None) -> None:
    """ "June 19-July 10, 1999": the first date of a range takes the year written after the second."""
    ordered = sorted(found, key=lambda f: f.start)
    for a, b in pairwise(ordered):
        if (a.parts and b.parts and a.parts[0] is None and b.parts[0] is not None and a.parts[2]
                and re.fullmatch(r"\s?(?:-|–|to|and|through)\s?", text[a.end:b.start])):
            a.value = resolve_day(a.parts[1], a.parts[2], None, NEAREST, b.parts[0])


def times(text: str, taken: bytearray, folded: str) -> list[Figure]:
    """Clock times ("3pm", "9 p.m.", "10:30"), named times ("noon", "sundown") and race times ("4:07.13")."""
    found = []
    for (name, pattern), starts, needs in zip(TIME_PATTERNS, TIME_STARTS, TIME_NEEDS, strict=True):
        for m in scanned(pattern, text, folded, starts, needs):
            start, end = m.span()
            if any(taken[start:end]):
                continue
            if name == "race":
                figure = Figure(start, end, "duration", _race_time(m.group()))
            elif name == "clock":
                hour, minute = int(m["h"]), int(m["m"] or 0)
                ap = (m.groupdict().get("ap") or "").lower()
                if ap and not 1 <= hour <= 12:
                    continue
                if ap.startswith("p") and hour < 12:
                    hour += 12
                elif ap.startswith("a") and hour == 12:
                    hour = 0
                figure = Figure(start, end, "time", f"T{hour:02d}:{minute:02d}")
            else:
                word = m.group()
                if re.match(r"\s+of\b", text[end:end + 5]) or (
                        word[0].isupper() and not SENTENCE_START.search(text[max(0, start - 4):start])):
                    continue  # "the dawn of a new age", "principal Dawn Hochsprung"
                figure = Figure(start, end, "time", lex.TIMES_OF_DAY[word.lower()])
            found.append(figure)
            taken[start:end] = b"\x01" * (end - start)
    return found


def _race_time(text: str) -> str | None:
    """ "4:07.13" -> "PT4M7.13S"; "1:41.41.2" -> "PT1H41M41.2S"; "2:23.9" -> "PT2M23.9S"."""
    fields = re.split(r"[:.]", text)
    if len(fields) == 3:
        minutes, seconds = int(fields[0]), float(f"{fields[1]}.{fields[2]}")
        return f"PT{minutes}M{iso_number(seconds)}S"
    if len(fields) == 4:
        hours, minutes, seconds = int(fields[0]), int(fields[1]), float(f"{fields[2]}.{fields[3]}")
        return f"PT{hours}H{minutes}M{iso_number(seconds)}S"
    return None
