"""Numbers: money, percentages, counts, ordinals, quantities, dates, durations, times. (Issue #5.)

Every figure of an article is found, typed and given a value a chart can use: "$18bn" is 18000000000.0
USD, "two-day" is the duration "P2D", "on Friday" in an article published on Thursday 16 May 2024 is
"2024-05-17". No ready-made library reads news figures right (quantulum3 reads "$18bn" as 18 dollars,
dateparser turns "the 75th" into 1975), so this is a small grammar over the clean text:

1. times ("3pm", "noon"), race times ("4:07.13") and calendar expressions ("May 16", "February 2022",
   "on Tuesday", "last year", "in March") are claimed first, so their digits are not counted again;
2. every remaining number (digits, words, "thousands", "nine-tenths", "75th") is typed by what is
   written around it: a currency before or after (money), "%"/"per cent" (percent), a unit or a
   hyphenated noun ("5km", "32-game": quantity), a time unit ("three years", "two-day": duration),
   a plausible year ("1992": date), else a cardinal, with the noun it counts;
3. ranges are split into two figures ("5-15%" is 5% and 15%, as in the MUC guidelines), the parts of a
   duration are joined ("2 hours, 32 minutes"), and an amount followed by its conversion in brackets
   ("$18bn (£14bn)") gives linked amounts that share a `link` id.

Word lists and patterns live in `helpers.numbers.lexicon`; date arithmetic in `helpers.numbers.dates`.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import pairwise

from helpers.numbers import lexicon as lex
from helpers.numbers.dates import (
    FUTURE,
    NEAREST,
    PAST,
    resolve_day,
    resolve_month,
    resolve_relative,
    resolve_weekday,
    two_digit_year,
    year_value,
)
from helpers.language.fastscan import finditer_where, fold_case, word_trie

NUMBER_COLUMNS = ["text", "kind", "value", "currency", "unit", "start", "end", "sentence"]
EXTRA_COLUMNS = ["counts", "link", "precision"]
KINDS = ["money", "percent", "quantity", "cardinal", "ordinal", "date", "duration", "time"]


@dataclass
class Figure:
    """One figure found in the clean text (clean offsets; `find_numbers` maps them to the original)."""

    start: int
    end: int
    kind: str
    value: object = None
    currency: str | None = None
    unit: str | None = None
    precision: str | None = None
    link: int | None = None
    counts: str | None = None
    # for ranges and date arithmetic (not reported)
    magnitude: float | None = field(default=None, repr=False)
    parts: tuple = field(default=(), repr=False)


# --------------------------------------------------------------------------- patterns

_I = re.IGNORECASE
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_WEEKDAY_OPT = rf"(?:(?P<weekday>{lex.WEEKDAY_PATTERN}),?\s+)?"
_END = r"(?![\w%$£€])(?![.,]\d)"

CALENDAR_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("month_day", re.compile(rf"{_WEEKDAY_OPT}(?<![A-Za-z])(?P<month>{lex.MONTH_BEFORE_DAY_PATTERN})\s+(?P<day>{_DAY})"
                             rf"(?:,?\s+(?P<year>{_YEAR}))?{_END}")),
    ("day_month", re.compile(rf"{_WEEKDAY_OPT}(?<![\d,.])(?P<day>{_DAY})\s+(?:of\s+)?"
                             rf"(?P<month>{lex.MONTH_PATTERN})(?:,?\s+(?P<year>{_YEAR}))?{_END}")),
    ("month_year", re.compile(rf"(?<![A-Za-z])(?P<month>{lex.MONTH_PATTERN}),?\s+(?:of\s+)?(?P<year>{_YEAR}){_END}")),
    ("numeric", re.compile(r"(?<![\d/.])(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])(?!\d)"
                           r"|(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)?\d\d)(?![\d/])")),
    ("day_of_month", re.compile(r"(?<=\bon the )(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z])")),
    ("century", re.compile(rf"(?P<n>\d{{1,2}})(?:st|nd|rd|th)[- ]century\b|(?i:\b(?P<w>{lex.ORDINAL_WORD})[- ]century\b)")),
    ("relative", re.compile(r"(?i:\b(?P<rel>last|this|next)\s+)(?P<unit>(?i:week|weekend|month|year|quarter)\b"
                            rf"|{lex.WEEKDAY_PATTERN}|{lex.MONTH_PATTERN}(?!\s+\d)|(?i:spring|summer|autumn|fall|winter)\b)")),
    ("deictic", re.compile(r"\b(?i:yesterday|tomorrow)\b")),
    ("holiday", re.compile(r"\b(?:" + "|".join(re.escape(h) for h in lex.HOLIDAYS) + r")\b")),
    ("quarter", re.compile(r"\b(?i:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\bQ[1-4]\b")),
    ("weekday", re.compile(rf"\b(?P<weekday>{lex.WEEKDAY_PATTERN})(?!\w)")),
    ("season", re.compile(r"\b(?i:spring|summer|autumn|fall|winter)\b")),
    ("month", re.compile(rf"\b(?:mid-)?(?P<month>{lex.MONTH_PATTERN})(?!\w)")),
]

TIME_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("race", re.compile(r"(?<![\d:.])\d{1,2}:\d{2}(?:[.:]\d+)*\.\d+(?![\d:])")),
    ("clock", re.compile(r"(?<![\w:.$£€])(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap]\.m\.|(?i:[ap]m)\b|[ap]\.m\b)"
                         r"(?:\s(?:GMT|BST|UTC|EST|EDT|PST|PDT|CET|ET|local time))?")),
    ("clock", re.compile(r"(?<![\w:.$£€])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|\.\d)"
                         r"(?:\s?(?:GMT|BST|UTC|EST|EDT|PST|PDT|CET|ET|hrs|h|local time)\b)?")),
    ("clock", re.compile(r"(?<![\w:.$£€])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?:GMT|BST|UTC|CET|EST|EDT|hrs|hours)\b")),
    ("named", re.compile(r"\b(?i:" + "|".join(lex.TIMES_OF_DAY) + r")\b")),
]

_NUMBER = r"\d+(?:,\d+)*(?:\.\d+)?"
ATOM = re.compile(
    rf"(?P<prefix>(?<![\w$£€])(?:{lex.CURRENCY_PREFIX_PATTERN})(?:\s?(?=\d)))?"
    rf"(?(prefix)|(?<![\w.,/:])(?:(?<=mid-)|(?<=pre-)|(?<=post-)|(?<![A-Za-z]-)))"
    rf"(?:(?P<fraction>(?:\d+\s)?\d+/\d+(?![\d/]))|(?P<digits>{_NUMBER}))"
    rf"|(?i:\b(?P<fracword>(?:{lex.FRACTION_WORD.replace('|half', '')}))\b)"
    rf"|(?i:\b(?P<word>{lex.WORD_NUMBER})(?:\b|(?=fold\b)))"
    rf"|(?i:\b(?P<vague>{lex.VAGUE_NUMBER})\b)"
    rf"|(?i:\b(?P<half>half)\b(?!-))"
    rf"|(?i:\b(?P<ordinal>(?:(?:{'|'.join(lex.TENS)})-)?(?:{lex.ORDINAL_WORD}))\b)"
)
_MAGNITUDE_WORD = re.compile(r"\s?-?\s?(billion|million|trillion|thousand)\b", _I)
_MAGNITUDE_SHORT = re.compile(r"(bn|bln|mn|mln|tn|trn|k|m|b)\b|\s(bn|mn|tn)\b")
_LETTERS = re.compile(r"[A-Za-z]+")
_PERCENT = re.compile(rf"\s?-?\s?(?:{lex.PERCENT_PATTERN})", _I)
_CURRENCY_AFTER = re.compile(
    r"\s?(?:(?P<adj>australian|canadian|hong kong|singapore|new zealand|taiwan|zimbabwe|us|u\.s\.|french|swiss|"
    r"german|mexican|indian|pakistani|chinese|russian)\s)?"
    rf"(?P<cur>{lex.CURRENCY_WORD_PATTERN})\b(?!\s+of\s+(?!\d))", _I)
_COMPOUND = re.compile(r"-(?:and-a-half-)?(?P<noun>[a-z]{2,}(?:-[a-z]{2,})?)\b(?P<old>-old)?(?!-)")
_TIME_UNIT_AFTER = re.compile(rf"\s(?:and\s+a\s+half\s+)?(?P<unit>{lex.TIME_UNIT_PATTERN})\b(?P<old>\s+old\b|\s+of\s+age\b)?", _I)
_MEASURE_AFTER = re.compile(rf"\s(?P<unit>{lex.MEASURE_PATTERN})(?![\w²³])", _I)
_MEASURE_ATTACHED = re.compile(r"(?P<unit>km|kg|cm|mm|ft|mph|lbs?|MW|GW|kWh|K|m|g|mi)\b")
_RATE = re.compile(r"(?:\s[a-z]+)?\s(?:a|per)\s(?:day|week|month|year|hour|night)\b")
_RATE_MONEY = re.compile(r"\s(?:an?|per)\s(?P<per>day|week|month|year|hour|night|barrel|share|head|person)\b")
_A_UNIT = re.compile(rf"\b(?i:(?P<det>half\s+an?|an?|one|several|a\s+few|few|many|a\s+couple\s+of)\s+(?P<unit>{lex.TIME_UNIT_PATTERN}))\b"
                     r"|\b(?i:(?P<whole>quarter-century|half-century|half[- ]an[- ]hour|half-hour|all-day|all-night))\b")
_YEAR_RANGE = re.compile(r"[-–/](?P<yy>\d{2})(?![\d,.%])")
_PLURAL_NOUN = re.compile(r"\s+(?!years\b|days\b)[a-z]{3,}s\b(?!['’])")
_DATE_CUE = re.compile(r"\b(?:in|since|until|till|by|of|from|the|year|fiscal|between|and|to|before|after|"
                       r"during|around|circa|early|late|mid|spring|summer|autumn|fall|winter|copyright)\s*-?$", _I)
_AGE_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*,\s)$")
_AGE_VERB_BEFORE = re.compile(r"\b(?:aged|age|turned|turns|turning|ages of|age of)\s$", _I)
_IDENTIFIER_BEFORE = re.compile(r"\b(?:section|article|chapter|clause|paragraph|resolution|rule|room|route|flight|"
                                r"highway|interstate|gate|platform|bus|line|channel|number|no)\.?\s$", _I)
_ADDRESS_AFTER = re.compile(r"\s(?:[NSEW]\.?\s|North\s|South\s|East\s|West\s)?(?:[A-Z][a-z]+\s){1,2}"
                            r"(?:St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Blvd|Boulevard|Lane|Ln|Way|Place|Pl|Square)\b")
_GENERIC_ONE = re.compile(r"\s(?:has|had|must|might|can|could|should|would|may|will|cannot|suspects|wonders|"
                          r"feels|gets|sees|needs|is|does)\b", _I)
_AGE_AFTER = re.compile(r"(?:,|;|\.(?!\d)|\s(?:and|who|was|is|said|says|had|has|when)\b)")
_RANK_BEFORE = re.compile(r"\bNo\.\s?$|\bnumber\s$")
_RANGE_JOIN = re.compile(r"\s?(?:-|–|to)\s?")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]['\"”’]?\s+|\n\s*|^['\"“‘]|\s['\"“‘])$")
_FUTURE = re.compile(r"\b(?:will|shall|going to|expected to|scheduled|due to|plans? to|set to|is to|are to|"
                     r"next|tomorrow|coming|upcoming|later this)\b|['’]ll\b", _I)
_PAST = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|did|said|met|went|came|began|took|made|told|won|lost|"
                   r"saw|held|gave|sent|ago|last|yesterday|earlier)\b", _I)


# --------------------------------------------------------------------------- where each pattern can begin

# The patterns above open with optional groups, lookbehinds or case-insensitive words, so `re` would try
# them at every character; `helpers.language.fastscan.finditer_where` tries them only where one of these cheap
# regexes matches, which gives the same matches (tests/test_numbers.py compares the two on real text).
# Each entry is (regex, folded): `folded` regexes search `fold_case(text)` (lower case, same offsets) and
# are written in lower case. Every one must match wherever its pattern can begin. `re` skips ahead fast
# only when a regex opens with one character class or literal ("\d\d?", not "\d{1,2}"; not "\b"):
_W3 = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"  # the first letters of every word of WEEKDAY_PATTERN ("Tues.", "Thurs.")
_M3 = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"  # ... of MONTH_PATTERN and MONTH_BEFORE_DAY_PATTERN
Starts = list[tuple[re.Pattern, bool]]


def _starts(*regexes: tuple[str, bool]) -> Starts:
    return [(re.compile(regex), folded) for regex, folded in regexes]


CALENDAR_STARTS: dict[str, Starts] = {
    "month_day": _starts((f"{_W3}|{_M3}", False)),  # "[Friday,] May 16"
    "day_month": _starts((rf"[0-9]\d?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_M3})", False), (_W3, False)),  # "[Friday,] 16 May"
    "month_year": _starts((_M3, False)),
    "numeric": _starts((r"\d(?:\d{3}-|\d?/)", False)),  # "2024-05-16", "5/16/24"
    "day_of_month": _starts((r"\d\d?(?:st|nd|rd|th)", False)),
    "century": _starts((r"\d\d?(?:st|nd|rd|th)[- ]century", False),
                       (rf"(?:{word_trie(lex.ORDINALS)})[- ]century", True)),
    "relative": _starts((r"(?:last|this|next)\s", True)),
    "deictic": _starts(("yesterday|tomorrow", True)),
    "holiday": _starts(("|".join(re.escape(h) for h in lex.HOLIDAYS), False)),
    "quarter": _starts((word_trie(["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "q1", "q2", "q3", "q4"]),
                        True)),
    "weekday": _starts((_W3, False)),
    "season": _starts(("spring|summer|autumn|fall|winter", True)),
    "month": _starts((f"mid-|{_M3}", False)),
}
TIME_STARTS: list[Starts] = [  # in the order of TIME_PATTERNS
    _starts((r"\d\d?:\d\d", False)),  # race: "4:07.13"
    _starts((r"\d\d?(?:[:.][0-5]\d)?\s?[ap]", True)),  # "3pm", "9 p.m."
    _starts((r"\d\d?:[0-5]\d", False)),  # "10:30"
    _starts((r"\d\d\d\d\s?(?:GMT|BST|UTC|CET|EST|EDT|hrs|hours)", False)),  # "1430 GMT"
    _starts((word_trie(lex.TIMES_OF_DAY), True)),  # "noon"
]
# A number begins with its digits, a currency prefix ("$", "US$", "RM") or one of these words at a word start:
# every spelled-out number, fraction, vague count and ordinal starts with one ("a" only before "-" or " ").
_NUMBER_FIRST_WORDS = (set(lex.UNITS) | set(lex.TEENS) | set(lex.TENS) | set(lex.ORDINALS) | set(lex.VAGUE_COUNTS)
                       | {"half", "dozen", "several", "few", "many", "a ", "a-"})
ATOM_STARTS: Starts = _starts((r"\d", False), (rf"(?:{word_trie(lex.CURRENCY_PREFIXES)})\s?\d", False),
                              (rf"\b(?:{word_trie(_NUMBER_FIRST_WORDS)})", True))
A_UNIT_STARTS: Starts = _starts((r"\b(?:half|an?\s|one|several|few|many|quarter-|all-)", True))


# Words of which every match of a pattern contains one, as (word, folded): a text without any is not scanned
# at all (`in` is many times faster than a regex scan). Only for patterns whose matches are rare.
Needs = tuple[tuple[str, bool], ...]
CALENDAR_NEEDS: dict[str, Needs] = {
    "day_of_month": (("on the ", False),),  # its lookbehind
    "century": (("century", True),),
    "deictic": (("yesterday", True), ("tomorrow", True)),
    "quarter": (("quarter", False), ("Q", False)),
    "season": tuple((season, True) for season in lex.SEASONS),
}
TIME_NEEDS: list[Needs] = [  # in the order of TIME_PATTERNS
    ((":", False),),
    (),
    ((":", False),),
    tuple((zone, False) for zone in ("GMT", "BST", "UTC", "CET", "EST", "EDT", "hrs", "hours")),
    tuple((word, True) for word in lex.TIMES_OF_DAY),
]


def _scanned(pattern: re.Pattern, text: str, folded: str, starts: Starts, needs: Needs = ()) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, tried only where `starts` match (`folded` is `fold_case(text)`), and not at all
    when the text has none of the words `needs` (if any) names."""
    if needs and not any(word in (folded if is_folded else text) for word, is_folded in needs):
        return iter(())
    return finditer_where(pattern, text, [(regex, folded if is_folded else text) for regex, is_folded in starts])


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _iso_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.6f}".rstrip("0").rstrip(".")


def duration_value(amount: float | None, unit: str) -> str | None:
    """ISO 8601 duration of `amount` `unit`s ("years", "day", ...): 2 days -> "P2D", 4 hours -> "PT4H"."""
    code = lex.TIME_UNITS.get(unit.lower())
    if amount is None or code is None or code == "N":
        return None
    if code in ("Y10", "Y100", "W2"):
        factor = {"Y10": 10, "Y100": 100, "W2": 2}[code]
        amount, code = amount * factor, code[0]
    if code == "MO":
        return f"P{_iso_number(amount)}M"
    if code in ("H", "M", "S"):
        return f"PT{_iso_number(amount)}{code}"
    return f"P{_iso_number(amount)}{code}"


Tense = Callable[[int], str]


def _tense(text: str, offset: int) -> str:
    """Whether the sentence around `offset` speaks of the future, the past, or neither (NEAREST)."""
    low, high = max(0, offset - 400), min(len(text), offset + 400)
    left = max(text.rfind(". ", low, offset), text.rfind("\n", low, offset), low)
    right_candidates = [i for i in (text.find(". ", offset, high), text.find("\n", offset, high)) if i >= 0]
    sentence = text[left:min(right_candidates) if right_candidates else high]
    if _FUTURE.search(sentence):
        return FUTURE
    if _PAST.search(sentence):
        return PAST
    return NEAREST


# --------------------------------------------------------------------------- calendar and times


def _month_number(name: str) -> int:
    return lex.MONTHS[name.lower().rstrip(".")]


def _weekday_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return lex.WEEKDAYS[key] if key in lex.WEEKDAYS else lex.WEEKDAYS[key.removesuffix("s")]


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 20):start])
    return match.group(1).lower() if match else ""


def _calendar(text: str, published: dt.date | None, taken: bytearray, tense: Tense, folded: str) -> list[Figure]:
    """Dates from calendar words: "May 16", "February 2022", "on Tuesday", "last year", "in March"."""
    found: list[Figure] = []
    for name, pattern in CALENDAR_PATTERNS:
        for m in _scanned(pattern, text, folded, CALENDAR_STARTS[name], CALENDAR_NEEDS.get(name, ())):
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
    _share_range_years(found, text, published)
    return found


def _calendar_figure(name: str, m: re.Match, text: str, published: dt.date | None, tense: Tense) -> Figure | None:
    start, end = m.span()
    if name in ("month_day", "day_month"):
        month, day = _month_number(m["month"]), int(re.sub(r"\D", "", m["day"]))
        year = int(m["year"]) if m["year"] else None
        if name == "month_day" and m["month"] == "May" and year is None and not m["weekday"] \
                and _previous_word(text, start) not in lex.DATE_PREPOSITIONS:
            return None
        value = resolve_day(month, day, published, tense(start), year)
        return Figure(start, end, "date", value, precision="day", parts=(year, month, day))
    if name == "day_of_month":  # "on the 16th": a day of the month of publication
        day = int(m["day"])
        if published is None:
            return Figure(start, end, "date", None, precision="day")
        return Figure(start, end, "date", resolve_day(published.month, day, None, NEAREST, published.year),
                      precision="day")
    if name == "month_year":
        month, year = _month_number(m["month"]), int(m["year"])
        return Figure(start, end, "date", f"{year:04d}-{month:02d}", precision="month", parts=(year, month, None))
    if name == "numeric":
        if m["year"]:
            return Figure(start, end, "date", f"{m['year']}-{m['month']}-{m['day']}", precision="day")
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y = y + 2000 if y < 50 else y + 1900 if y < 100 else y
        month, day = (a, b) if a <= 12 else (b, a)  # US order unless the first cannot be a month
        if month > 12 or day > 31:
            return None
        value = resolve_day(month, day, None, NEAREST, y)
        return Figure(start, end, "date", value, precision="day") if value else None
    if name == "century":
        n = int(m["n"]) if m["n"] else lex.ORDINALS.get(m["w"].lower())
        return Figure(start, end, "date", f"{n - 1:02d}" if n else None, precision="century")
    if name == "relative":
        rel, unit = m["rel"].lower(), m["unit"]
        offset = {"last": -1, "this": 0, "next": 1}[rel]
        if unit.lower() in ("week", "weekend", "month", "year", "quarter"):
            value, precision = resolve_relative(offset, unit.lower(), published)
            return Figure(start, end, "date", value, precision=precision)
        if re.fullmatch(lex.WEEKDAY_PATTERN, unit):
            direction = {"last": PAST, "next": FUTURE, "this": NEAREST}[rel]
            return Figure(start, end, "date", resolve_weekday(_weekday_number(unit), published, direction),
                          precision="day")
        if re.fullmatch(lex.MONTH_PATTERN, unit):
            direction = {"last": PAST, "next": FUTURE, "this": NEAREST}[rel]
            return Figure(start, end, "date", resolve_month(_month_number(unit), published, direction),
                          precision="month")
        return Figure(start, end, "date", None, precision="season")
    if name == "deictic":
        offset = -1 if m.group().lower() == "yesterday" else 1
        value, _ = resolve_relative(offset, "day", published)
        return Figure(start, end, "date", value, precision="day")
    if name == "holiday":
        return Figure(start, end, "date", None, precision="day")
    if name == "quarter":
        return Figure(start, end, "date", None, precision="quarter")
    if name == "weekday":
        if m["weekday"].endswith("s") and not m["weekday"].endswith("."):
            return Figure(start, end, "date", None, precision="day")  # "on Thursdays": a recurring day
        value = resolve_weekday(_weekday_number(m["weekday"]), published, tense(start))
        return Figure(start, end, "date", value, precision="day")
    if name == "season":
        before = _previous_word(text, start)
        after = text[end:end + 12]
        if re.match(r"\s+of\s+(?!\d)", after) or re.match(r"\s+(?:and|or)\s+\w+\s+(?:of|from)\b", after):
            return None  # "the fall of the Soviet Union"
        possessive = re.search(r"['’]s\s$", text[max(0, start - 3):start])
        if before not in lex.DATE_PREPOSITIONS and not possessive and not re.match(r"\s+(?:of\s+)?\d{4}|\s+(?:training|solstices?|"
                                                               r"term|session|months|holidays?|break)\b", after):
            return None
        if m.group().lower() == "fall" and before not in ("the", "this", "last", "next", "in", "by", "until",
                                                           "since", "early", "late", "that", "during", "mid"):
            return None
        return Figure(start, end, "date", None, precision="season")
    if name == "month":
        month_name = m["month"]
        before = _previous_word(text, start)
        after = text[end:end + 20]
        if before not in lex.DATE_PREPOSITIONS and not m.group().startswith("mid-") and (
                month_name in ("May", "March", "August") or re.match(r"\s+[A-Z][a-z]", after)):
            return None  # "March on", "April Fools": a date only after "in", "since", "last"...
        if month_name == "May" and re.match(r"\s+(?:be|have|not|well|also|never|still|even|take|help|need)\b", after):
            return None
        value = resolve_month(_month_number(month_name), published, tense(start))
        return Figure(start, end, "date", value, precision="month", parts=(None, _month_number(month_name), None))
    return None


def _day_range(first: Figure, text: str, published: dt.date | None, taken: bytearray,
               tense: Tense) -> list[Figure]:
    """ "May 1-31": the second day of a range is a date of the same month (ranges are split)."""
    tail = re.match(rf"[-–](?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?(?![\w%])", text[first.end:])
    if not tail or not first.parts:
        return []
    start, end = first.end + 1, first.end + tail.end()
    year, month, _ = first.parts
    year = int(tail["year"]) if tail["year"] else year
    day = int(re.sub(r"\D", "", tail["day"]))
    taken[start:end] = b"\x01" * (end - start)
    return [Figure(start, end, "date", resolve_day(month, day, published, tense(start), year),
                   precision="day", parts=(year, month, day))]


def _share_range_years(found: list[Figure], text: str, published: dt.date | None) -> None:
    """ "June 19-July 10, 1999": the first date of a range takes the year written after the second."""
    ordered = sorted(found, key=lambda f: f.start)
    for a, b in pairwise(ordered):
        if (a.parts and b.parts and a.parts[0] is None and b.parts[0] is not None and a.parts[2]
                and re.fullmatch(r"\s?(?:-|–|to|and|through)\s?", text[a.end:b.start])):
            a.value = resolve_day(a.parts[1], a.parts[2], None, NEAREST, b.parts[0])


def _times(text: str, taken: bytearray, folded: str) -> list[Figure]:
    """Clock times ("3pm", "9 p.m.", "10:30"), named times ("noon", "sundown") and race times ("4:07.13")."""
    found = []
    for (name, pattern), starts, needs in zip(TIME_PATTERNS, TIME_STARTS, TIME_NEEDS, strict=True):
        for m in _scanned(pattern, text, folded, starts, needs):
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
                        word[0].isupper() and not _SENTENCE_START.search(text[max(0, start - 4):start])):
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
        return f"PT{minutes}M{_iso_number(seconds)}S"
    if len(fields) == 4:
        hours, minutes, seconds = int(fields[0]), int(fields[1]), float(f"{fields[2]}.{fields[3]}")
        return f"PT{hours}H{minutes}M{_iso_number(seconds)}S"
    return None


# --------------------------------------------------------------------------- numbers


def _atom_value(m: re.Match) -> float | None:
    if m["digits"]:
        return _number(m["digits"])
    if m["fraction"]:
        whole, _, frac = m["fraction"].rpartition(" ")
        top, bottom = frac.split("/")
        return (float(whole) if whole else 0.0) + (int(top) / int(bottom) if int(bottom) else 0.0)
    if m["word"]:
        return lex.words_to_number(m["word"])
    if m["fracword"]:
        return lex.fraction_value(m["fracword"])
    if m["half"]:
        return 0.5
    if m["ordinal"]:
        word = m["ordinal"].lower()
        tens, _, unit = word.rpartition("-")
        return float(lex.TENS.get(tens, 0) + lex.ORDINALS[unit])
    return None


@dataclass
class _Reading:
    """One number being typed: the match, what surrounds it, and what has been read so far (its magnitude,
    its currency, how far the figure extends)."""

    m: re.Match
    text: str
    published: dt.date | None
    taken: bytearray
    allow_range: bool
    value: float | None = None
    currency: str | None = None
    magnitude: float | None = None
    cursor: int = 0  # end of what is consumed so far

    @property
    def start(self) -> int:
        return self.m.start()

    @property
    def end(self) -> int:
        return self.m.end()

    @property
    def atom(self) -> str:
        return self.m.group()

    @property
    def before(self) -> str:
        return self.text[max(0, self.start - 40):self.start]

    @property
    def rest(self) -> str:
        return self.text[self.end:self.end + 80]

    @property
    def tail(self) -> str:
        return self.text[self.cursor:self.cursor + 80]

    @property
    def amount(self) -> float | None:
        return self.value * self.magnitude if (self.value is not None and self.magnitude) else self.value

    def figure(self, kind: str, length: int = 0, **fields) -> list[Figure]:
        """A figure from the number's start to `length` characters past the cursor."""
        fields.setdefault("value", self.amount)
        return [Figure(self.start, self.cursor + length, kind, **fields)]


def _classify(m: re.Match, text: str, published: dt.date | None, taken: bytearray,
              allow_range: bool = True) -> list[Figure]:
    """Type one number by what is written around it (see the module docstring); [] when it is no figure.

    The rules run in order and the first that decides wins; each returns None to pass.
    """
    r = _Reading(m, text, published, taken, allow_range, value=_atom_value(m), cursor=m.end())
    if m["prefix"]:
        r.currency = lex.CURRENCY_PREFIXES.get(m["prefix"].strip())
    for rule in (_ordinal_word, _not_a_count, _vague_count, _attached_letters, _magnitude, _prefixed_money,
                 _percent, _currency_after, _compound, _time_unit, _measure, _range, _digits_only):
        decided = rule(r)
        if decided is not None:
            return decided
    return _cardinal(r)


def _ordinal_word(r: _Reading) -> list[Figure] | None:
    """ "first", "75th" written as a word; not in titles ("the First Lady"); "a second" is a duration."""
    if not r.m["ordinal"]:
        return None
    if lex.TITLE_ORDINAL.match(r.text, r.start) and not _SENTENCE_START.search(r.text[max(0, r.start - 4):r.start]):
        return []  # "the First Lady", "the Second World War"
    if r.atom.lower() == "second" and re.search(r"\b(?:a|per|one|split)\s$", r.before, _I) \
            and re.match(r"\s?(?:[,.;:!?)]|or\b|later\b|earlier\b|$)", r.rest):
        return r.figure("duration", value="PT1S")
    return r.figure("ordinal")


def _not_a_count(r: _Reading) -> list[Figure] | None:
    """Number words that count nothing: part of a name ("Banc One"), the pronoun ("one has to", "a bitter
    one,"), fixed phrases ("no one", "one of the", "one another")."""
    if not r.m["word"]:
        return None
    atom = r.atom
    if atom[0].isupper() and not atom.isupper() and re.search(r"[A-Z][\w.]*\s$", r.before) \
            and not _SENTENCE_START.search(r.before):
        return []
    if atom.lower() == "one" and (_GENERIC_ONE.match(r.rest) or (
            re.match(r"\s?(?:[,.;:!?)'\"”’]|but\b|and\b|or\b|that\b|which\b|who\b)", r.rest)
            and re.search(r"\b(?:a|an|the|this|that)\s(?:[\w-]+\s){1,3}$", r.before, _I))):
        return []
    if atom.lower() == "one" or atom.lower().startswith("one "):
        for bad in lex.NOT_A_COUNT.finditer(r.text, max(0, r.start - 6), min(len(r.text), r.end + 12)):
            if bad.start() <= r.start and bad.end() >= r.end:
                return []
    return None


def _vague_count(r: _Reading) -> list[Figure] | None:
    """ "thousands", "several hundred": a count with no exact value ("millions of ringgit" is money)."""
    if not r.m["vague"]:
        return None
    cur = re.match(rf"\s+of\s+(?P<cur>{lex.CURRENCY_WORD_PATTERN})\b(?!\s+of\b)", r.rest, _I)
    if cur:
        word = cur["cur"]
        code = lex.CURRENCY_WORDS.get(word.lower(), lex.CURRENCY_WORDS.get(word))
        return [Figure(r.start, r.end + cur.end(), "money", None, currency=code)]
    if re.match(r"\s+of\s+(?:pounds|tons|tonnes|miles|kilometres|kilometers|litres|gallons|barrels)\b", r.rest, _I):
        return [Figure(r.start, r.end, "quantity", None)]
    return [Figure(r.start, r.end, "cardinal", None)]


def _attached_letters(r: _Reading) -> list[Figure] | None:
    """Letters written against the digits: 75th, 1990s, his 50s, 18bn, 5km, 50K, 20p; codes ("4x4", "5G")
    are no figure. A magnitude ("bn") is recorded and reading goes on."""
    if not r.m["digits"]:
        if re.search(r"[$£€¥₽₹]\s?$", r.text[max(0, r.start - 2):r.start]):
            return []  # an amount after a symbol this grammar does not know
        return None
    if not r.m["prefix"] and re.search(r"[$£€¥₽₹]\s?$", r.text[max(0, r.start - 2):r.start]):
        return []
    letters = _LETTERS.match(r.text, r.cursor)
    if not letters:
        return None
    if re.match(r"\w", r.text[letters.end():letters.end() + 1]):
        return []  # "4x4", "3D2": a code, not a figure
    word, digits, length = letters.group(), r.m["digits"], letters.end() - r.cursor
    if re.fullmatch(r"st|nd|rd|th", word, _I):
        return r.figure("ordinal", length)
    if word == "s" and re.fullmatch(r"\d0", digits) and re.search(
            r"\b(?:his|her|their|in (?:his|her|their))\s(?:early|mid|late)?-?\s?$", r.before, _I):
        return r.figure("quantity", length, unit="years old")  # "his early 50s"
    if word == "s" and re.fullmatch(r"\d{4}|\d0", digits) and r.value % 10 == 0:
        year = int(r.value) if r.value >= 100 else 1900 + int(r.value)
        return r.figure("date", length, value=str(year // 10), precision="decade")
    if word == "K" and r.currency is None:
        return r.figure("quantity", length, unit="km")  # "the 50K" race
    if word.lower() in lex.SHORT_MAGNITUDES and (
            r.currency or word.lower() != "m" or _PLURAL_NOUN.match(r.text, letters.end())
            or re.match(r"\s?(?:euros|dollars|pounds|yen|yuan|rupees|roubles)", r.text[letters.end():], _I)):
        r.magnitude, r.cursor = lex.MAGNITUDES[word.lower()], letters.end()
        return None
    if r.currency is None and _MEASURE_ATTACHED.fullmatch(word):
        return r.figure("quantity", length, unit=lex.MEASURE_UNITS.get(word, word))
    if word == "p" and r.currency is None:
        return r.figure("money", length, value=r.value * 0.01, currency="GBP")
    return []  # "3pm" is read as a time earlier; anything else is a code


def _magnitude(r: _Reading) -> list[Figure] | None:
    """ "1.2 million", "$8-billion", "£3 bn": multiply and read on."""
    if r.magnitude is not None or r.value is None:
        return None
    word = _MAGNITUDE_WORD.match(r.text, r.cursor)
    short = None if word or not r.currency else _MAGNITUDE_SHORT.match(r.text, r.cursor)
    if word:
        r.magnitude, r.cursor = lex.MAGNITUDES[word.group(1).lower()], word.end()
    elif short:
        r.magnitude, r.cursor = lex.MAGNITUDES[(short.group(1) or short.group(2)).lower()], short.end()
    return None


def _prefixed_money(r: _Reading) -> list[Figure] | None:
    """ "$18bn", "RM50,000", "dlrs 220 million": money, with a rate unit when "a day"/"per share" follows."""
    if not r.currency:
        return None
    money = Figure(r.start, r.cursor, "money", r.amount, currency=r.currency, magnitude=r.magnitude)
    rate = _RATE_MONEY.match(r.tail)
    if rate:
        money.unit = f"per {rate['per']}"
    if r.allow_range and r.magnitude is None:
        _inherit_magnitude(money, r.text, r.published, r.taken)
    return [money]


def _percent(r: _Reading) -> list[Figure] | None:
    """ "29%", "3.9 percent", "21.3 per cent", "2 percentage points", "350 basis points"."""
    percent = _PERCENT.match(r.tail)
    if percent:
        unit_text = percent.group().lower()
        unit = "basis point" if "basis" in unit_text else "percentage point" if "percentage" in unit_text else "%"
        return r.figure("percent", percent.end(), unit=unit)
    if r.m["fracword"] and "percentage" in r.atom.lower():
        return r.figure("percent", unit="percentage point")  # "one-hundredth of a percentage point"
    return None


def _currency_after(r: _Reading) -> list[Figure] | None:
    """ "6bn euros", "135.42 yen", "one million dollars", "50 cents", "5 Australian dollars";
    "hundreds of pounds of provisions" is a weight."""
    cur = _CURRENCY_AFTER.match(r.tail)
    if not cur:
        return None
    word = cur["cur"]
    after = r.tail[cur.end():]
    if word.lower() in ("pounds", "pound") and re.match(r"\s+of\b(?!\s+\d)", after):
        return r.figure("quantity", cur.end(), unit="lb")
    if word.lower() in lex.AMBIGUOUS_CURRENCY_WORDS and (r.m["word"] or not word.islower() or r.tail[:1] == " "
                                                         and word == "p"):
        return None  # "Chelsea two won", "Two Marks", "5 p": not money
    code = lex.CURRENCY_WORDS.get(word) or lex.CURRENCY_WORDS.get(word.lower())
    if not code:
        return None
    if cur["adj"]:
        code = lex.CURRENCY_ADJECTIVES.get((cur["adj"].lower(), word.lower()), code)
    factor = lex.SUBUNITS.get(word.lower(), 1.0)
    amount = r.amount * factor if r.amount is not None else None
    return r.figure("money", cur.end(), value=amount, currency=code, magnitude=r.magnitude)


def _compound(r: _Reading) -> list[Figure] | None:
    """Hyphenated adjectives: "two-day" (duration), "20-year-old" (age), "3,000-meter", "32-game", "five-time"
    (quantities, the noun as unit); "one-way", "one-off" count nothing."""
    if r.magnitude is not None or not (r.m["digits"] or r.m["word"] or r.m["fraction"]):
        return None
    compound = _COMPOUND.match(r.tail)
    if not compound or re.match(r"-\d", r.tail):
        return None
    noun = compound["noun"]
    head = noun.split("-")[0]
    length = compound.end()
    if head in lex.TIME_UNITS:
        if compound["old"] or noun.endswith("old"):
            return r.figure("quantity", length, unit="years old")
        return r.figure("duration", length, value=duration_value(r.amount, head))
    if head in lex.MEASURE_UNITS or noun in lex.MEASURE_UNITS:
        return r.figure("quantity", length, unit=lex.MEASURE_UNITS.get(noun, lex.MEASURE_UNITS.get(head)))
    if head == "percent":
        return r.figure("percent", length, unit="%")
    if head in lex.CURRENCY_SINGULARS:  # "a trillion-dollar law", "a 10-euro note"
        return r.figure("money", length, currency=lex.CURRENCY_SINGULARS[head])
    if noun in lex.NOT_COUNT_COMPOUNDS:
        return []
    if len(head) < 3 or head in ("er", "ers", "nil", "all"):
        return [] if r.m["digits"] else r.figure("cardinal")
    if head in ("and", "or", "to", "odd") or (r.m["word"] and head.endswith("ly")):
        return None
    return r.figure("quantity", length, unit=noun if "-" in noun else head)


def _time_unit(r: _Reading) -> list[Figure] | None:
    """ "three years" (duration), "15 years old" (age), "seven days a week" (a rate: quantity)."""
    time_unit = _TIME_UNIT_AFTER.match(r.tail)
    if not time_unit:
        return None
    unit = time_unit["unit"].lower()
    if time_unit["old"]:
        return r.figure("quantity", time_unit.end(), unit="years old")
    rate = _RATE.match(r.tail, time_unit.end())
    if rate and rate.group().split()[0] in ("a", "per"):
        return r.figure("quantity", rate.end(), unit=f"{unit} per {rate.group().split()[-1]}")
    return r.figure("duration", time_unit.end(), value=duration_value(r.amount, unit))


def _measure(r: _Reading) -> list[Figure] | None:
    """ "70 miles", "20 square meters", "2.5 tonnes", "450,000 litres a day"."""
    measure = _MEASURE_AFTER.match(r.tail)
    if measure and measure["unit"] in ("C", "F") and not re.search(r"°|degrees", r.tail[:measure.start() + 1]):
        measure = None
    if not measure:
        if re.match(r"K\b", r.tail) and r.m["digits"]:
            return r.figure("quantity", 1, unit="km")
        return None
    unit_text = measure["unit"]
    unit = lex.MEASURE_UNITS.get(unit_text) or lex.MEASURE_UNITS.get(unit_text.lower(), unit_text)
    figure = r.figure("quantity", measure.end(), unit=unit)[0]
    rate = _RATE.match(r.text, figure.end)
    if rate:
        figure.end = rate.end()
        figure.unit = f"{unit} per {rate.group().split()[-1]}"
    return [figure]


def _range(r: _Reading) -> list[Figure] | None:
    """The first number of a range takes the kind of the second: "5-15 percent", "two to three years"."""
    if not r.allow_range or r.magnitude is not None:
        return None
    inherited = _inherit_kind(r.start, r.end, r.amount, r.m, r.text, r.published, r.taken)
    return [inherited] if inherited else None


def _digits_only(r: _Reading) -> list[Figure] | None:
    """Bare digits: a year ("1992"), a rank ("No. 4"), an identifier ("section 38", "601 Riverview Dr."), an
    age ("Zhivka Savic, 65," / "turned 50")."""
    if not r.m["digits"] or r.value is None or r.magnitude is not None:
        return None
    year = _as_year(r.m, r.text, r.published, r.before, r.rest)
    if year is not None:
        return year
    before, rest, value = r.before, r.rest, r.value
    if _RANK_BEFORE.search(before):
        return r.figure("ordinal")
    if _IDENTIFIER_BEFORE.search(before) or _ADDRESS_AFTER.match(rest) or re.search(r"[A-Za-z]\($", before):
        return []
    if not (value.is_integer() and 1 <= value <= 115 and "," not in r.m["digits"]):
        return None
    if _AGE_VERB_BEFORE.search(before) or (_AGE_AFTER.match(rest) and _AGE_BEFORE.search(before) and not re.search(
            rf"(?:{lex.MONTH_PATTERN}|[A-Z][a-z]{{2,3}}),\s$", before)):
        return r.figure("quantity", unit="years old")
    return None


def _cardinal(r: _Reading) -> list[Figure]:
    """Anything else is a count; "2,000 letters a day" is a rate (quantity)."""
    figure = Figure(r.start, r.cursor, "cardinal", r.amount, magnitude=r.magnitude)
    rate = _RATE.match(r.text, r.cursor)
    if rate and r.amount is not None:
        figure.kind, figure.end = "quantity", rate.end()
        figure.unit = "per " + rate.group().split()[-1]
    return [figure]


def _as_year(m: re.Match, text: str, published: dt.date | None, before: str, rest: str) -> list[Figure] | None:
    """A four-digit number read as a year ("1992", "the 1994 World Cup", "1997-98"), or None."""
    digits = m["digits"]
    if not re.fullmatch(r"1[0-9]\d\d|20\d\d", digits):
        return None
    year = int(digits)
    if year < 1000 or (year < 1800 and not _DATE_CUE.search(before)):
        return None
    if _PLURAL_NOUN.match(rest) and not _DATE_CUE.search(before):
        return None  # "1500 people"
    start, end = m.span()
    era = re.match(r"\s?(?:B\.C\.|BC|BCE|A\.D\.|AD|CE)(?!\w)", rest)
    if era:
        bc = era.group().strip().startswith("B")
        return [Figure(start, end + era.end(), "date", None if bc else year_value(year), precision="year")]
    figures = [Figure(start, end, "date", year_value(year), precision="year")]
    second = _YEAR_RANGE.match(rest)
    if second:
        later = two_digit_year(year, second["yy"])
        if later - year <= 10:
            figures.append(Figure(end + 1, end + second.end(), "date", year_value(later), precision="year"))
    return figures


def _next_atom(text: str, position: int) -> re.Match | None:
    join = _RANGE_JOIN.match(text, position)
    if not join:
        return None
    nxt = ATOM.match(text, join.end())
    return nxt if nxt and (nxt["digits"] or nxt["word"]) else None


def _inherit_kind(start: int, end: int, amount: float | None, m: re.Match, text: str,
                  published: dt.date | None, taken: bytearray) -> Figure | None:
    """The first number of a range takes the kind and unit of the second: "5-15%", "two to three years"."""
    nxt = _next_atom(text, end)
    if nxt is None or any(taken[nxt.start():nxt.end()]):
        return None
    partner = _classify(nxt, text, published, taken, allow_range=False)
    if not partner or partner[0].kind not in ("percent", "duration", "quantity", "money"):
        return None
    p = partner[0]
    if p.kind == "money" and text[nxt.start():nxt.start() + 1] in "$£€¥₽":
        return None
    if p.kind == "quantity" and p.unit in ("years old",) or (p.kind == "quantity" and not p.unit):
        return None
    if (m["digits"] is None) != (nxt["digits"] is None):
        return None  # "6-3": both digits; "two to three": both words
    value = amount * p.magnitude if (amount is not None and p.magnitude) else amount
    if p.kind == "duration":
        unit = re.search(rf"(?i:{lex.TIME_UNIT_PATTERN})", text[nxt.end():p.end])
        return Figure(start, end, "duration", duration_value(value, unit.group()) if unit else None)
    return Figure(start, end, p.kind, value, currency=p.currency, unit=p.unit)


def _inherit_magnitude(money: Figure, text: str, published: dt.date | None, taken: bytearray) -> None:
    """ "$5-10bn": the first amount takes the magnitude of the second."""
    nxt = _next_atom(text, money.end)
    if nxt is None or nxt["prefix"]:
        return
    partner = _classify(nxt, text, published, taken, allow_range=False)
    if partner and partner[0].magnitude and money.value is not None and partner[0].kind in ("money", "cardinal"):
        money.value *= partner[0].magnitude


def _bare_durations(text: str, taken: bytearray, folded: str) -> list[Figure]:
    """ "a week", "an hour", "several years", "a quarter-century", "all-day": durations with no digits."""
    found = []
    for m in _scanned(_A_UNIT, text, folded, A_UNIT_STARTS):
        start, end = m.span()
        if any(taken[start:end]):
            continue
        if m["whole"]:
            whole = m["whole"].lower()
            value = {"quarter-century": "P25Y", "half-century": "P50Y", "all-day": "P1D"}.get(whole)
            if "hour" in whole:
                value = "PT30M"
            found.append(Figure(start, end, "duration", value))
            taken[start:end] = b"\x01" * (end - start)
            continue
        det, unit = m["det"].lower(), m["unit"].lower()
        if unit == "second" and not re.match(r"\s?(?:[,.;:!?)]|or\b|later\b|earlier\b|$)", text[end:end + 10]):
            continue  # "a second round": the ordinal
        before = text[max(0, start - 30):start]
        if re.search(r"(?:\d|\b(?:once|twice|times|per|every|each|dollars|euros|pounds|[a-z]+s))\s+$", before, _I) \
                and det in ("a", "an"):
            continue  # "$26 a week", "2,000 letters a day", "once a year": a rate
        if re.match(r"\s(?:when|that|in which|after|before|earlier|later)\b", text[end:end + 12]):
            continue  # "a day when", "a year earlier"
        det = re.sub(r"\s+", " ", det)
        if det in ("a", "an", "one") and unit.endswith("s"):
            continue
        if det not in ("a", "an", "one", "half a", "half an") and not unit.endswith("s"):
            continue
        amount = 1.0 if det in ("a", "an", "one") else 0.5 if det.startswith("half") else None
        if det == "one":
            continue  # "one" is read as a number with its unit by the number pass
        found.append(Figure(start, end, "duration", duration_value(amount, unit)))
        taken[start:end] = b"\x01" * (end - start)
    return found


def _join_durations(figures: list[Figure], text: str) -> list[Figure]:
    """ "2 hours, 32 minutes, 25.3 seconds" is one duration: join parts written in falling units."""
    order = ["Y", "M", "W", "D", "H", "M", "S"]
    out: list[Figure] = []
    for figure in sorted(figures, key=lambda f: f.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "duration" and figure.kind == "duration"
                and isinstance(prev.value, str) and isinstance(figure.value, str)
                and re.fullmatch(r",?\s(?:and\s)?", text[prev.end:figure.start])
                and prev.value.startswith("PT") and figure.value.startswith("PT")
                and order.index(prev.value[-1], 4) < order.index(figure.value[-1], 4)):
            prev.end = figure.end
            prev.value = prev.value + figure.value[2:]
            continue
        out.append(figure)
    return out


def _link_conversions(figures: list[Figure], text: str) -> None:
    """ "$18bn (£14bn)", "6bn euros ($8bn; £6bn)": amounts in brackets after an amount share its link id."""
    money = sorted((f for f in figures if f.kind == "money"), key=lambda f: f.start)
    next_id = 1
    for index, first in enumerate(money):
        opening = re.match(r"\s*[(\[]", text[first.end:first.end + 4])
        if not opening:
            continue
        close = text.find(")", first.end, first.end + 80)
        if close < 0:
            continue
        inside = []
        for f in money[index + 1:]:
            if f.start >= close:
                break
            inside.append(f)
        if not inside:
            continue
        gap = text[first.end + opening.end():inside[0].start]
        if gap.strip(" ~c.about") != "":
            continue
        link = first.link or next_id
        if first.link is None:
            next_id += 1
        for f in [first, *inside]:
            f.link = link


def scan(text: str, published: dt.date | None = None, tense: Tense | None = None) -> list[Figure]:
    """Every figure in a clean text, in reading order (clean offsets). `find_numbers` wraps this.

    `tense(offset)` says whether the text at a clean offset speaks of the past, the future or neither
    (it places "on Friday"); by default a regex over the sentence, `find_numbers` uses the tagged verbs.
    """
    tense = tense or partial(_tense, text)
    taken = bytearray(len(text))
    folded = fold_case(text)
    figures = _times(text, taken, folded)
    figures += _calendar(text, published, taken, tense, folded)
    figures += _bare_durations(text, taken, folded)
    for m in _scanned(ATOM, text, folded, ATOM_STARTS):
        start, end = m.span()
        if any(taken[start:end]):
            continue
        for figure in _classify(m, text, published, taken):
            if any(taken[figure.start:figure.end]):
                figure = replace(figure, end=end) if not any(taken[start:end]) else None
                if figure is None:
                    continue
            figures.append(figure)
            taken[figure.start:figure.end] = b"\x01" * (figure.end - figure.start)
    figures = _join_durations(figures, text)
    _link_conversions(figures, text)
    for figure in figures:
        if isinstance(figure.value, float) and (math.isnan(figure.value) or math.isinf(figure.value)):
            figure.value = None
    return sorted(figures, key=lambda f: f.start)
