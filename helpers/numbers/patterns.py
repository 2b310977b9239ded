"""The regular expressions of the numbers grammar, and where each can begin.

Calendar and time patterns are tried in the order listed (the first to claim a span wins); the number
patterns (`ATOM` and what is read after it) are used by the rules in `helpers.numbers.scan`. Word lists
live in `helpers.numbers.lexicon`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from helpers.language.fastscan import finditer_where, word_trie
from helpers.language.name_lists import HOLIDAY_PATTERN
from helpers.numbers import lexicon as lex

_I = re.IGNORECASE
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_WEEKDAY_OPT = rf"(?:(?P<weekday>{lex.WEEKDAY_PATTERN}|{lex.WEEKDAY_ABBREVIATION_PATTERN}),?\s+)?"
_END = r"(?![\w%$£€])(?![.,]\d)"

CALENDAR_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("month_day", re.compile(rf"{_WEEKDAY_OPT}(?<![A-Za-z])(?P<month>{lex.MONTH_BEFORE_DAY_PATTERN})\s+(?P<day>{DAY})"
                             rf"(?:,?\s+(?P<year>{YEAR}))?{_END}")),
    ("day_month", re.compile(rf"{_WEEKDAY_OPT}(?<![\d,.])(?P<day>{DAY})\s+(?:of\s+)?"
                             rf"(?P<month>{lex.MONTH_AFTER_DAY_PATTERN})(?:,?\s+(?P<year>{YEAR}))?{_END}")),
    ("month_year", re.compile(rf"(?<![A-Za-z])(?P<month>{lex.MONTH_PATTERN}),?\s+(?:of\s+)?(?P<year>{YEAR}){_END}")),
    # "FY25", "FY 2024", "FY2024-25", "FY24/25": a fiscal year by its abbreviation
    ("fiscal", re.compile(r"\bFY\s?['’]?(?P<y1>(?:19|20)\d\d|\d\d)(?:[-–/](?P<y2>(?:19|20)\d\d|\d\d))?(?![\w-])")),
    ("numeric", re.compile(r"(?<![\d/.])(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])(?!\d)"
                           r"|(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)?\d\d)(?![\d/])")),
    ("named_date", re.compile(r"(?<![\d/.])(?:" + "|".join(re.escape(d) for d in lex.NAMED_DATES) + r")(?![\d/])")),
    ("day_of_month", re.compile(r"(?<=\bon the )(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z])")),
    ("century", re.compile(rf"(?P<n>\d{{1,2}})(?:st|nd|rd|th)[- ]century\b|(?i:\b(?P<w>{lex.ORDINAL_WORD})[- ]century\b)")),
    ("relative", re.compile(r"(?i:\b(?P<rel>last|this|next)\s+)(?P<unit>(?i:week|weekend|month|year|quarter)\b"
                            rf"|{lex.WEEKDAY_PATTERN}|{lex.MONTH_PATTERN}(?!\s+\d)|(?i:spring|summer|autumn|fall|winter)\b)")),
    ("deictic", re.compile(r"\b(?i:yesterday|tomorrow)\b")),
    ("holiday", re.compile(rf"\b(?:{HOLIDAY_PATTERN})\b")),
    ("quarter", re.compile(r"\b(?i:first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)quarter\b|\bQ[1-4]\b")),  # "second-quarter results"
    ("weekday", re.compile(rf"\b(?P<weekday>{lex.WEEKDAY_PATTERN})(?!\w)")),
    ("season", re.compile(r"\b(?i:spring|summer|autumn|fall|winter)\b")),
    ("month", re.compile(rf"\b(?:mid-)?(?P<month>{lex.MONTH_PATTERN})(?!\w)")),
]

TIME_ZONES = "GMT|BST|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|IST|AEST|AEDT|NZST|NZDT|ET|PT"
TIME_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("race", re.compile(r"(?<![\d:.])\d{1,2}:\d{2}(?:[.:]\d+)*\.\d+(?![\d:])")),
    ("clock", re.compile(r"(?<![\w:.$£€])(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap]\.m\.|(?i:[ap]m)\b|[ap]\.m\b)"
                         r"(?:\s(?:GMT|BST|UTC|EST|EDT|PST|PDT|CET|ET|local time))?")),
    ("clock", re.compile(r"(?<![\w:.$£€])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|\.\d)"
                         r"(?:\s?(?:GMT|BST|UTC|EST|EDT|PST|PDT|CET|ET|hrs|h|local time)\b)?")),
    ("clock", re.compile(r"(?<![\w:.$£€])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?:GMT|BST|UTC|CET|EST|EDT|hrs|hours)\b")),
    ("clock", re.compile(rf"(?<![\w:.$£€])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)\s?(?:{TIME_ZONES})\b")),  # "09.30 GMT"
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
MAGNITUDE_WORD = re.compile(r"\+?\s?-?\s?(billion|million|trillion|thousand|lakhs?[\s-]+(?:crores?|cr)|lakhs?|lacs?|crores?"
                            r"|cr(?=\b(?!\.\w)))"  # "Rs 3 Lakh Cr", "Rs 450 Cr": the crore abbreviated
                            r"(?P<plural>s(?!\s+of\b))?\b", _I)  # "R$2.4 millions", "500 millions" (not "millions of")
MAGNITUDE_SHORT = re.compile(r"(bn|bln|mn|mln|tn|trn|k|m|b)\b|\s((?i:bn|bln|mn|mln|tn|trn))\b")
# "3 Mn units", "$5.3 Mln": abbreviations of two letters or more after a space are a magnitude with or
# without a currency ("m", "k" and "b" alone are read so only after a currency or against the digits).
MAGNITUDE_SPACED = re.compile(r"\s((?i:bn|bln|mn|mln|tn|trn))\b")
LETTERS = re.compile(r"(?!(?i:million|billion|trillion|thousand|lakh|crore)s?\b)[A-Za-z]+")  # "7.6million" reads on
PERCENT = re.compile(rf"\s?-?\s?(?:{lex.PERCENT_PATTERN})", _I)
CURRENCY_AFTER = re.compile(
    r"\s?(?:(?P<adj>australian|canadian|hong kong|singapore|new zealand|taiwan|zimbabwe|us|u\.s\.|french|swiss|"
    r"german|mexican|indian|pakistani|chinese|russian)\s)?"
    # "hundreds of pounds of provisions", "marks of": no currency; "96 billion dollars of debt" is one
    rf"(?P<cur>{lex.CURRENCY_WORD_PATTERN})\b(?!(?:(?<=ound)|(?<=ounds)|(?<=arks)|(?<=won)|(?<=rand))\s+of\s+(?!\d))", _I)
COMPOUND = re.compile(r"-(?:and-a-half-)?(?P<noun>[a-z]{2,}(?:-[a-z]{2,})?)\b(?P<old>-old)?(?!-)")
TIME_UNIT_AFTER = re.compile(rf"\s(?:and\s+a\s+half\s+)?(?P<unit>{lex.TIME_UNIT_PATTERN})\b(?P<old>\s+old\b|\s+of\s+age\b)?", _I)
MEASURE_AFTER = re.compile(rf"\s(?P<unit>{lex.MEASURE_PATTERN})(?![\w²³])", _I)
MEASURE_ATTACHED = re.compile(r"(?P<unit>km|kg|cm|mm|ft|mph|kph|kmh|lbs?|MW|GW|kWh|K|m|g|mi|ha|ml|mg|C|F)\b")
# A temperature written with the degree sign: "-5°C", "30 °F", "40°".
DEGREES = re.compile(r"[ \t]?°(?:[ \t]?(?P<scale>[CF])(?![A-Za-z]))?")
# A minus sign written against the number, or the word: "−3.2%", "-0.7%", "minus 3".
SIGN_BEFORE = re.compile(r"(?:(?<![\w.,)\]%/-])[-−]|\b(?i:minus)\s)$")
# Telephone numbers are no figures: "+44 20 7946 0958", "(555) 123-4567", "1-800-555-0199", "020 7946 0958".
PHONE = re.compile(r"(?<![\w+$£€.,/-])(?:\+\d{1,3}[\s.-]?(?:\(0\)\s?)?\d{1,4}(?:[\s.-]\d{2,4}){1,3}"
                   r"|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|1-[2-9]\d\d-\d{3}-\d{4}|\d{3}-\d{3}-\d{4}"
                   r"|0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4})(?![\w-])")
# A chart's axis ticks pasted as text: a line of three or more numbers and nothing else.
TICK_LINE = re.compile(r"^[ \t]*(?:[-−]?\d+(?:[.,]\d+)?[%$£€kKmM]?[ \t]+){2,}[-−]?\d+(?:[.,]\d+)?[%$£€kKmM]?[ \t]*$",
                       re.MULTILINE)
# The bare magnitude of a money adjective: "million-pound bonuses", "billion-dollar deals" (not "multi-million-").
BARE_MAGNITUDE = re.compile(rf"(?<![\w-])(?i:million|billion|trillion)(?=-(?:{'|'.join(lex.CURRENCY_SINGULARS)})\b)")
RATE = re.compile(r"(?:\s[a-z]+)?\s(?:a|per)\s(?:day|week|month|year|hour|night)\b")
RATE_MONEY = re.compile(r"\s(?:an?|per)\s(?P<per>day|week|month|year|hour|night|barrel|share|head|person)\b"
                        r"(?!\s+(?:earlier|later|ago|before|after|previously)\b)")  # "$565,000 a year earlier"
A_UNIT = re.compile(rf"\b(?i:(?P<det>half\s+an?|an?|one|several|a\s+few|few|many|a\s+couple\s+of)\s+(?P<unit>{lex.TIME_UNIT_PATTERN}))\b"
                     r"|\b(?i:(?P<whole>quarter-century|half-century|half[- ]an[- ]hour|half-hour|all-day|all-night))\b"
                     # "over the past decade", "in the next year": a span of time up to or from now (not "the last
                     # year of his term", "the next day": the final one, the day after)
                     r"|\b(?i:the\s+(?:past|last|next|coming)\s+(?P<period>decade|year|month|week|century|fortnight))\b"
                     r"(?!\s+(?:of|before|after|when|that|in\s+which)\b|[-–])")
YEAR_RANGE = re.compile(r"[-–/](?P<yy>\d{2})(?![\d%]|[,.]\d)")  # "1995-97." ends a sentence
PLURAL_NOUN = re.compile(r"\s+(?:(?!years\b|days\b)[a-z]{3,}s\b(?!['’])|(?:people|men|women|children|staff|personnel)\b)")
# "around 2000 people", "nearly 1500 staff": a number after these, before a counted noun, is a count, not a year
APPROXIMATOR = re.compile(r"\b(?:around|about|some|nearly|almost|over|roughly|approximately|more\s+than|fewer\s+than|"
                          r"less\s+than|at\s+least|up\s+to)\s+$", _I)
DATE_CUE = re.compile(r"\b(?:in|since|until|till|by|of|from|the|year|fiscal|between|and|to|before|after|"
                       r"during|around|circa|early|late|mid|spring|summer|autumn|fall|winter|copyright)\s*-?$", _I)
# "Zhivka Savic, 65,": a capitalised word and a comma before an age; but "in NSW, 43." / "arrests in Melbourne,
# 14, and Geelong, 3": after a place named after "in" a number counts something there (its noun left out), it
# is no age ("John Smith of Chicago, 43," is one). The place's group, when it matches, starts the match.
AGE_BEFORE = re.compile(r"(?P<place>\b(?:in|at|across|throughout|into)\s(?:[A-Z][\w.'’-]*\s){0,3})?[A-Z][\w.'’-]*,\s$")
AGE_VERB_BEFORE = re.compile(r"\b(?:aged|age|ages|turned|turns|turning|ages of|age of)(?:\sbetween)?\s$", _I)
IDENTIFIER_BEFORE = re.compile(r"\b(?:section|article|chapter|clause|paragraph|resolution|rule|room|route|flight|"
                               r"seat|row|suite|apartment|terminal|pier|bay|"
                                r"highway|interstate|gate|platform|bus|line|channel|number|no|(?-i:Title)|"
                               # "Local 1520" (a union's branch), "Proposition 209", "Form 10-K", "District 9"
                               r"(?-i:Local|Proposition|Prop|Form|District|Ward|Precinct)|level|"  # "alert level 4"
                               r"season|episode|volume|vol|issue|track|grade|numbers|nos|"
                               # "patent numbers 5,680,152 and 6,789,103": the second of a list of identifiers
                               r"(?:numbers|nos)\.?\s[\d,]+(?:\s?(?:,|and|or)\s?[\d,]+)*\s?(?:,|and|or))\.?\s$", _I)
# "601 Riverview Dr.", "165, Rabindra Sarani" (Indian addresses write a comma after the house number), "the 7800
# block of Saylor Lane" (US police style)
ADDRESS_AFTER = re.compile(r"\sblock\s+of\b|,?\s(?:[NSEW]\.?\s|North\s|South\s|East\s|West\s)?(?:[A-Z][a-z]+\s){1,2}"
                            r"(?:St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Blvd|Boulevard|Lane|Ln|Way|Place|Pl|Square|"
                            r"Sarani|Marg|Crescent|Terrace|Parade)\b")
GENERIC_ONE = re.compile(r"\s(?:has|had|must|might|can|could|should|would|may|will|cannot|suspects|wonders|"
                          r"feels|gets|sees|needs|is|does)\b", _I)
# An age written as a bare number after a person ("he's 67", "was just 28", "began acting at 14", "as she
# approaches 80"), before the end of the clause.
AGE_PHRASE_BEFORE = re.compile(
    r"(?:\b(?:he|she|i|you|they|we|who)(?:['’]s|\s(?:is|was|were|am|are))(?:\s(?:just|only|nearly|almost|barely|now))?"
    r"|\b(?:died|retired|married|started|began|joined|debuted|graduated|left|became|learned|moved|emigrated|"
    r"orphaned|widowed|elected)\b(?:\s[\w-]+){0,3}\sat|\bapproach(?:es|ing)"
    r"|\b(?-i:[A-Z][a-z]+)\s(?:is|was)\s(?:just|only|barely|still))\s$", _I)
AGE_CLAUSE_END = re.compile(r"(?:[,;:)]|\.(?!\d)|\s(?:and|who|when|for|but|from|after|before|\())")
AGE_AFTER = re.compile(r"(?:,|;|\.(?!\d)|\s(?:and|who|was|is|said|says|had|has|when)\b)")
# "No. 4", "number 10"; not "ward number 2", "house No. 5": those are identifiers (IDENTIFIER_BEFORE)
RANK_BEFORE = re.compile(r"(?=No\.|number)(?<![Ww]ard\s)(?<![Hh]ouse\s)(?<![Pp]lot\s)(?<![Ff]lat\s)(?<![Gg]ate\s)"
                         r"(?<![Rr]oom\s)(?<![Bb]ooth\s)(?:\bNo\.\s?$|\bnumber\s$)")  # the lookahead first: cheap
RANGE_JOIN = re.compile(r"\s?(?:-|–|to)\s?")
AND_JOIN = re.compile(r"\s(?:and)\s")  # a range's join after "between" ("between 5 and 7 million")
OR_JOIN = re.compile(r"\sor\s")  # "five or six feet", "two or three years": the first takes the second's unit
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
SENTENCE_START = re.compile(r"(?:^|[.!?:]['\"”’]?\s+|\n\s*|^['\"“‘]|\s['\"“‘])$")
FUTURE_CUE = re.compile(r"\b(?:will|shall|going to|expected to|scheduled|due to|plans? to|set to|is to|are to|"
                     r"next|tomorrow|coming|upcoming|later this)\b|['’]ll\b", _I)
PAST_CUE = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|did|said|met|went|came|began|took|made|told|won|lost|"
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
    "fiscal": _starts(("FY", False)),
    "numeric": _starts((r"\d(?:\d{3}-|\d?/)", False)),  # "2024-05-16", "5/16/24"
    "named_date": _starts((r"\d\d?/\d", False)),
    "day_of_month": _starts((r"\d\d?(?:st|nd|rd|th)", False)),
    "century": _starts((r"\d\d?(?:st|nd|rd|th)[- ]century", False),
                       (rf"(?:{word_trie(lex.ORDINALS)})[- ]century", True)),
    "relative": _starts((r"(?:last|this|next)\s", True)),
    "deictic": _starts(("yesterday|tomorrow", True)),
    "holiday": _starts((HOLIDAY_PATTERN, False)),
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
    _starts((r"\d\d?\.[0-5]\d\s?[A-Z]", False)),  # "09.30 GMT"
    _starts((word_trie(lex.TIMES_OF_DAY), True)),  # "noon"
]
# A number begins with its digits, a currency prefix ("$", "US$", "RM") or one of these words at a word start:
# every spelled-out number, fraction, vague count and ordinal starts with one ("a" only before "-" or " ").
_NUMBER_FIRST_WORDS = (set(lex.UNITS) | set(lex.TEENS) | set(lex.TENS) | set(lex.ORDINALS) | set(lex.VAGUE_COUNTS)
                       | {"half", "dozen", "several", "few", "many", "a ", "a-"})
# "$A2m", "$NZ500", "$US5": a prefix that begins with another prefix ("$") needs its own start
ATOM_STARTS: Starts = _starts((r"\d", False), (rf"(?:{word_trie(lex.CURRENCY_PREFIXES)})\s?\d", False),
                              (r"\$[A-Z]{1,2}\s?\d", False),
                              (rf"\b(?:{word_trie(_NUMBER_FIRST_WORDS)})", True))
PHONE_STARTS: Starts = _starts((r"[+(]\d|\d", False))
A_UNIT_STARTS: Starts = _starts((r"\b(?:half|an?\s|one|several|few|many|quarter-|all-|the\s+(?:past|last|next|coming)\s)",
                                 True))


# Words of which every match of a pattern contains one, as (word, folded): a text without any is not scanned
# at all (`in` is many times faster than a regex scan). Only for patterns whose matches are rare.
Needs = tuple[tuple[str, bool], ...]
CALENDAR_NEEDS: dict[str, Needs] = {
    "named_date": (("/", False),),
    "fiscal": (("FY", False),),
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
    tuple((zone, False) for zone in TIME_ZONES.split("|")),
    tuple((word, True) for word in lex.TIMES_OF_DAY),
]


def scanned(pattern: re.Pattern, text: str, folded: str, starts: Starts, needs: Needs = ()) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, tried only where `starts` match (`folded` is `fold_case(text)`), and not at all
    when the text has none of the words `needs` (if any) names."""
    if needs and not any(word in (folded if is_folded else text) for word, is_folded in needs):
        return iter(())
    return finditer_where(pattern, text, [(regex, folded if is_folded else text) for regex, is_folded in starts])
