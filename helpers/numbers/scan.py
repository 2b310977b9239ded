"""Numbers: money, percentages, counts, ordinals, quantities, dates, durations, times. (Issue #5.)

Every figure of an article is found, typed and given a value a chart can use: "$18bn" is 18000000000.0
USD, "two-day" is the duration "P2D", "on Friday" in an article published on Thursday 16 May 2024 is
"2024-05-17". No ready-made library reads news figures right (quantulum3 reads "$18bn" as 18 dollars,
dateparser turns "the 75th" into 1975), so this is a small grammar over the clean text:

1. times ("3pm", "noon"), race times ("4:07.13") and calendar expressions ("May 16", "February 2022",
   "on Tuesday", "last year", "in March") are claimed first (`helpers.numbers.calendar`), so their digits
   are not counted again;
2. every remaining number (digits, words, "thousands", "nine-tenths", "75th") is typed by what is
   written around it: a currency before or after (money), "%"/"per cent" (percent), a unit or a
   hyphenated noun ("5km", "32-game": quantity), a time unit ("three years", "two-day": duration),
   a plausible year ("1992": date), else a cardinal, with the noun it counts;
3. ranges are split into two figures ("5-15%" is 5% and 15%, as in the MUC guidelines), the parts of a
   duration are joined ("2 hours, 32 minutes"), and an amount followed by its conversion in brackets
   ("$18bn (£14bn)") gives linked amounts that share a `link` id.

Word lists live in `helpers.numbers.lexicon`, patterns in `helpers.numbers.patterns`, the `Figure` record in
`helpers.numbers.figure`, date arithmetic in `helpers.numbers.dates`. The rules of step 2 are `_classify`'s
ordered list, each a small function that decides or passes.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from functools import partial

from helpers.language.fastscan import fold_case
from helpers.numbers import lexicon as lex
from helpers.numbers.calendar import Tense, calendar, sentence_tense, times
from helpers.numbers.clock import spoken_times
from helpers.numbers.dates import two_digit_year, year_value
from helpers.numbers.figure import Figure, duration_value
from helpers.numbers.special import (
    bare_durations, bare_magnitudes,
    cents_of_the_dollar,
    hundredths,
    claim_names,
    era_year,
    having_adjective,
    named_event_days,
    not_figures,
)
from helpers.numbers import written_forms as forms
from helpers.numbers.together import (
    age_ranges,
    amounts_before_money,
    join_durations,
    link_conversions,
    local_dollars,
    money_ranges,
)
from helpers.numbers.patterns import (
    AND_JOIN, OR_JOIN,
    BETWEEN_BEFORE,
    ADDRESS_AFTER,
    AGE_AFTER,
    AGE_CLAUSE_END,
    AGE_PHRASE_BEFORE,
    AGE_BEFORE,
    AGE_VERB_BEFORE, APPROXIMATOR,
    ATOM,
    ATOM_STARTS,
    COMPOUND,
    CURRENCY_AFTER,
    DEGREES,
    DATE_CUE,
    GENERIC_ONE,
    IDENTIFIER_BEFORE,
    LETTERS,
    MAGNITUDE_SHORT,
    MAGNITUDE_SPACED,
    MAGNITUDE_WORD,
    MEASURE_AFTER,
    MEASURE_ATTACHED,
    PERCENT,
    PLURAL_NOUN,
    RANGE_JOIN,
    RANK_BEFORE,
    RATE,
    RATE_MONEY,
    SENTENCE_START,
    SIGN_BEFORE,
    TIME_UNIT_AFTER,
    YEAR_RANGE,
    scanned,
)

_I = re.IGNORECASE
_FOLDED_UNITS = {spelling.lower(): unit for spelling, unit in lex.MEASURE_UNITS.items()}
_COUNTED_PEOPLE = re.compile(r"\s+(?:people|visitors|viewers|users|tourists|passengers|residents|voters|"
                             r"subscribers|followers|customers|homes|households|jobs|barrels|tonnes|shares)\b")


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _atom_value(m: re.Match) -> float | None:
    if m["digits"]:
        return _number(m["digits"])
    if m["fraction"]:
        whole, _, frac = m["fraction"].rpartition(" ")
        top, bottom = (int(n) for n in frac.split("/"))  # "140/90", "144/9": a reading or a score, no fraction
        return None if not whole and top >= max(bottom, 10) else (float(whole) if whole else 0.0) + top / (bottom or 1)
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
    r.cursor += forms.skip_odd(text[r.cursor:r.cursor + 6]) if text.startswith("-odd", r.cursor) else 0  # "40-odd"
    if m["prefix"]:
        r.currency = lex.CURRENCY_PREFIXES.get(m["prefix"].strip())
    for rule in (_ordinal_word, _not_a_fraction, _not_a_count, _vague_count, _attached_letters, _magnitude,
                 _prefixed_money, _percent, _pounds_of_weight, _currency_after, _compound, _time_unit, _measure,
                 _range, _digits_only):
        decided = rule(r)
        if decided is not None:
            return decided
    return _cardinal(r)


def _ordinal_word(r: _Reading) -> list[Figure] | None:
    """ "first", "75th" written as a word; not in titles ("the First Lady"); "a second" is a duration."""
    if not r.m["ordinal"]:
        return None
    if lex.TITLE_ORDINAL.match(r.text, r.start) and not SENTENCE_START.search(r.text[max(0, r.start - 4):r.start]):
        return []  # "the First Lady", "the Second World War"
    if r.atom[0].isupper() and re.search(r"\b[A-Z][a-z]+\s$", r.before) and not SENTENCE_START.search(r.before) \
            and not forms.title_case_line(r.text, r.start):
        return []  # "New Zealand First", "America First": an ordinal after a capitalised name ends the name
    if r.atom.lower() == "second" and re.search(r"\b(?:a|per|one|split)\s$", r.before, _I) \
            and re.match(r"\s?(?:[,.;:!?)]|or\b|later\b|earlier\b|$)", r.rest):
        return r.figure("duration", value="PT1S")
    return r.figure("ordinal")


def _not_a_fraction(r: _Reading) -> list[Figure] | None:
    """ "open 24/7": slashed numbers that are no fraction and no figure; "2001/02", "2021/2022": a fiscal or
    season year (two years in a row), one date."""
    if r.m["half"] and lex.HALF_OF_A_WHOLE.search(r.before):
        return []  # "the first half of the year", "the second half": a part of a period or match, no figure
    if not r.m["fraction"]:
        return None
    years = re.fullmatch(r"(1[89]\d\d|20\d\d)/(\d\d?|\d{4})", r.m["fraction"])  # "2024/5" too
    if years:
        first = int(years[1])
        later = two_digit_year(first, years[2]) if len(years[2]) < 4 else int(years[2])
        if later - first == 1:
            return r.figure("date", value=f"{year_value(first)}/{year_value(later)}", precision="year")
    if re.fullmatch(r"(?:\d+\s)?\d+/(?:32|64)", r.m["fraction"]) and _BOND.search(r.text, max(0, r.start - 300), r.start):
        return r.figure("money", currency="USD")  # "the 30-year bond rose 23/32, to 104 23/32": dollars per $100
    return [] if r.m["fraction"] in lex.NOT_FRACTIONS else None


_BOND = re.compile(r"\b(?:bonds?|notes?|Treasury|Treasuries|gilts?)\b")


def _not_a_count(r: _Reading) -> list[Figure] | None:
    """Number words that count nothing: part of a name ("Banc One"), the pronoun ("one has to", "a bitter
    one,"), fixed phrases ("no one", "one of the", "one another")."""
    if not r.m["word"]:
        return None
    atom = r.atom
    if atom[0].isupper() and not atom.isupper() and re.search(r"[A-Z][\w.]*\s$", r.before) \
            and not SENTENCE_START.search(r.before):
        return []  # "Banc One"
    if atom[0].isupper() and not atom.isupper() and re.match(r" [A-Z][a-z]", r.rest) \
            and not SENTENCE_START.search(r.before) and not forms.title_case_line(r.text, r.start):
        return []  # "the Seven Mile Bridge", "Three Gorges Dam": part of a name (not in a headline)
    if atom[0].isupper() and not atom.isupper() and re.match(r"['’]s\b", r.rest) and not SENTENCE_START.search(r.before):
        return []  # "on Seven's Sunrise", "Nine's Today show": a capitalised number that owns something is a name
    if atom.lower() == "one" and (GENERIC_ONE.match(r.rest) or (
            re.match(r"\s?(?:[,.;:!?)'\"”’]|but\b|and\b|or\b|that\b|which\b|who\b)", r.rest)
            and re.search(r"\b(?:a|an|the|this|that)\s(?:[\w-]+\s){1,3}$", r.before, _I))):
        return []
    if atom.lower() == "one" or atom.lower().startswith("one "):
        for bad in lex.NOT_A_COUNT.finditer(r.text, max(0, r.start - 6), min(len(r.text), r.end + 12)):
            if bad.start() <= r.start and bad.end() >= r.end:
                return []
    return None


def _vague_count(r: _Reading) -> list[Figure] | None:
    """ "thousands", "several hundred": a count with no exact value ("millions of ringgit", "a few hundred
    dollars" are money)."""
    if not r.m["vague"]:
        return None
    cur = re.match(rf"\s+(?:of\s+)?(?P<cur>{lex.CURRENCY_WORD_PATTERN})\b"
                   r"(?!(?:(?<=ound)|(?<=ounds)|(?<=arks)|(?<=won)|(?<=rand))\s+of\b)", r.rest, _I)
    if cur:
        word = cur["cur"]
        code = lex.CURRENCY_WORDS.get(word.lower(), lex.CURRENCY_WORDS.get(word))
        return [Figure(r.start, r.end + cur.end(), "money", None, currency=code)]
    unit = re.match(r"\s+of\s+(pounds|tons|tonnes|miles|kilometres|kilometers|litres|gallons|barrels)\b", r.rest, _I)
    if unit:  # "hundreds of pounds of provisions"
        name = unit.group(1).lower()
        return [Figure(r.start, r.end + unit.end(), "quantity", None,
                       unit=lex.MEASURE_UNITS.get(name) or _FOLDED_UNITS.get(name, name))]
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
    letters = LETTERS.match(r.text, r.cursor)
    if not letters:
        return None
    if re.match(r"\w", r.text[letters.end():letters.end() + 1]):
        return []  # "4x4", "3D2": a code, not a figure
    word, digits, length = letters.group(), r.m["digits"], letters.end() - r.cursor
    if forms.stone_weight(r.value, word) and r.currency is None:
        return r.figure("quantity", length, unit="st")  # "lost 3.5st"
    if re.fullmatch(r"st|nd|rd|th", word, _I):
        return r.figure("ordinal", length)
    written = forms.attached_letters(word, r.value, digits, r.text, r.start, letters.end())
    if written:  # "50km/h", "6ft 2in", "100s of thousands"
        return r.figure(written[0], length + written[1], **written[2])
    if word == "s" and re.fullmatch(r"\d0", digits) and re.search(
            r"\b(?:his|her|their|in (?:his|her|their))\s(?:early|mid|late)?-?\s?$", r.before, _I):
        return r.figure("quantity", length, unit="years old")  # "his early 50s"
    if word == "s" and re.fullmatch(r"\d0", digits) and forms.tens_level(r.before, digits):
        return r.figure("cardinal", length, value=None)  # "temperatures in the high 40s"
    if word == "s" and re.fullmatch(r"\d{4}|\d0", digits) and r.value % 10 == 0:
        year = int(r.value) if r.value >= 100 else 1900 + int(r.value)
        return r.figure("date", length, value=str(year // 10), precision="decade")
    if word == "k" and r.currency is None and forms.race_distance(r.before, r.text[letters.end():letters.end() + 30]):
        return r.figure("quantity", length, unit="km")  # "walking 5k together", "a 10k run"
    if word == "K" and r.currency is None and not (PLURAL_NOUN.match(r.text, letters.end())
                                                   or _COUNTED_PEOPLE.match(r.text, letters.end())):
        return r.figure("quantity", length, unit="km")  # "the 50K" race; "50K followers" is 50,000
    if word in ("C", "F") and r.currency is None:  # "35C", "95F": a temperature, unless a seat or a code
        plausible = "," not in digits and -90 <= r.value <= 140 and not IDENTIFIER_BEFORE.search(r.before)
        return r.figure("quantity", length, unit=f"°{word}") if plausible else []
    if word.lower() in lex.SHORT_MAGNITUDES and (
            (r.currency and word != "mm") or word.lower() not in ("m", "mm", "t", "tr") or PLURAL_NOUN.match(r.text, letters.end())
            or _COUNTED_PEOPLE.match(r.text, letters.end())
            or re.match(r"\s?(?:euros|dollars|pounds|yen|yuan|rupees|roubles)", r.text[letters.end():], _I)):
        r.magnitude, r.cursor = lex.SHORT_MAGNITUDE_VALUES[word.lower()], letters.end()
        return None
    if r.currency is None and MEASURE_ATTACHED.fullmatch(word):
        return r.figure("quantity", length, unit=lex.MEASURE_UNITS.get(word, word))
    if word == "p" and r.currency is None:
        return r.figure("money", length, value=r.value * 0.01, currency="GBP")
    return []  # "3pm" is read as a time earlier; anything else is a code


def _magnitude(r: _Reading) -> list[Figure] | None:
    """ "1.2 million", "$8-billion", "£3 bn": multiply and read on."""
    if r.magnitude is not None or r.value is None:
        return None
    word = MAGNITUDE_WORD.match(r.text, r.cursor)
    short = None if word else (MAGNITUDE_SHORT if r.currency else MAGNITUDE_SPACED).match(r.text, r.cursor)
    if word and word["plural"] and not r.currency and re.fullmatch(r"1[89]\d\d|20\d\d", r.m["digits"] or ""):
        word = None  # "in 2009 millions lost their jobs"
    if word:
        r.magnitude, r.cursor = lex.MAGNITUDES[" ".join(word.group(1).lower().replace("-", " ").split())], word.end()
    elif short:
        r.magnitude, r.cursor = lex.MAGNITUDES[next(g for g in short.groups() if g).lower()], short.end()
    return None


def _prefixed_money(r: _Reading) -> list[Figure] | None:
    """ "$18bn", "RM50,000", "dlrs 220 million": money, with a rate unit when "a day"/"per share" follows."""
    if not r.currency:
        return None
    money = Figure(r.start, r.cursor, "money", r.amount, currency=r.currency, magnitude=r.magnitude)
    rate = RATE_MONEY.match(r.tail)
    if rate:
        money.unit = f"per {rate['per']}"
    if r.allow_range and r.magnitude is None:
        _inherit_magnitude(money, r.text, r.published, r.taken)
    return [money]


def _percent(r: _Reading) -> list[Figure] | None:
    """ "29%", "3.9 percent", "21.3 per cent", "2 percentage points", "350 basis points"."""
    percent = PERCENT.match(r.tail)
    if percent:
        unit_text = percent.group().lower()
        unit = "basis point" if "basis" in unit_text else "percentage point" if "percentage" in unit_text else "%"
        return r.figure("percent", percent.end(), unit=unit)
    point = re.match(r"\s+(?:of\s+)?an?\s+(?:(?P<unit>percentage|basis)\s+point\b|per\s?cent\b)", r.tail, _I)
    if point and (r.m["half"] or r.m["fracword"]):  # "half a percentage point", "a fifth of a percent"
        return r.figure("percent", point.end(), unit=point["unit"].lower() + " point" if point["unit"] else "%")
    if r.m["fracword"] and "percentage" in r.atom.lower():
        return r.figure("percent", unit="percentage point")  # "one-hundredth of a percentage point"
    return None


def _pounds_of_weight(r: _Reading) -> list[Figure] | None:
    """ "a 300-pound bear", "12 million pounds of cargo", "weighs 200 pounds": pounds of weight, not money.
    Money when a money noun follows ("a 10-pound note", "millions of pounds of public money") or, for the
    hyphenated adjective, when the amount has a magnitude ("a million-pound deal")."""
    if r.currency:
        return None
    pounds = re.match(r"(?P<hyphen>\s?-\s?)?pounds?\b|\s(?:lbs?|pounds?)\b", r.tail, _I)
    if not pounds or pounds.group().strip(" -")[0] == "P":
        return None
    after = r.tail[pounds.end():]
    noun = re.match(r"\s+(?:of\s+)?(?:(?:the|their|his|her|its|our|your)\s+)?([a-z’']+)", after)
    word = noun.group(1).rstrip("'’") if noun else ""
    if word in lex.MONEY_NOUNS or word.removesuffix("s") in lex.MONEY_NOUNS:
        if pounds["hyphen"] is not None or not pounds.group().strip().startswith("pound"):
            return None
        return r.figure("money", pounds.end(), currency="GBP", magnitude=r.magnitude)
    if pounds["hyphen"] is not None:
        weight = r.magnitude is None and (r.amount is None or r.amount < 1e6)  # "a billion-pound profit"
    else:
        sentence_start = max(r.text.rfind(". ", 0, r.start), r.text.rfind("\n", 0, r.start), r.start - 80)
        weight = bool(re.match(r"\s+of\s", after) or lex.WEIGHT_CUES.search(r.text, sentence_start, r.start)
                      or lex.WEIGHT_CUES.match(after.lstrip()))
    return r.figure("quantity", pounds.end(), unit="lb") if weight else None


def _currency_after(r: _Reading) -> list[Figure] | None:
    """ "6bn euros", "135.42 yen", "one million dollars", "50 cents", "5 Australian dollars";
    "hundreds of pounds of provisions" is a weight."""
    if r.tail[:1] == "¢" and r.amount is not None:  # "fell 3¢": hundredths of the (local) dollar
        return r.figure("money", 1, value=r.amount * 0.01, currency="USD")
    cur = CURRENCY_AFTER.match(r.tail)
    if not cur:
        return None
    word = cur["cur"]
    after = r.tail[cur.end():]
    if word.lower() in ("pounds", "pound") and re.match(r"\s+of\b(?!\s+\d)", after):
        return r.figure("quantity", cur.end(), unit="lb")
    if word.lower() in lex.AMBIGUOUS_CURRENCY_WORDS and ((r.m["word"] and word != "cent") or not word.islower() or r.tail[:1] == " "
                                                         and word == "p"):
        return None  # "Chelsea two won", "Two Marks", "5 p": not money
    if word.lower() in lex.AMBIGUOUS_CURRENCY_WORDS and (lex.CURRENCY_WORD_A_VERB.match(after) or word == "won" and (
            re.fullmatch(r"(?:19|20)\d\d", r.atom) and "Korea" not in r.text)):
        return None  # "2018 won't", "in 2019 won the title", "in 2018 won praise" (no Korea in the text): the verb
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
    compound = COMPOUND.match(r.tail)
    if not compound or re.match(r"-\d", r.tail):
        return None
    noun = compound["noun"]
    head = noun.split("-")[0]
    length = compound.end()
    if head in lex.TIME_UNITS:
        spaced_old = re.match(r"\s+old\b", r.tail[length:])  # "a 22-year old named ..."
        if compound["old"] or noun.endswith(("old", "olds")) or spaced_old:  # "13-year-olds"
            return r.figure("quantity", length + (spaced_old.end() if spaced_old else 0), unit="years old")
        return r.figure("duration", length, value=duration_value(r.amount, head))
    if head in lex.CURRENCY_SINGULARS:  # "a trillion-dollar law", "a 10-euro note", "a 2-cent rise" (hundredths)
        return r.figure("money", length, currency=lex.CURRENCY_SINGULARS[head], value=hundredths(r.amount, head))
    if head in lex.MEASURE_UNITS or noun in lex.MEASURE_UNITS:
        return r.figure("quantity", length, unit=lex.MEASURE_UNITS.get(noun, lex.MEASURE_UNITS.get(head)))
    if head == "percent":
        return r.figure("percent", length, unit="%")
    if having_adjective(head):  # "two-handed", "three-legged", "four-sided": a count of hands, not a unit "handed"
        return r.figure("cardinal")
    if noun in lex.NOT_COUNT_COMPOUNDS:
        return []
    if len(head) < 3 or head in ("er", "ers", "nil", "all"):
        return [] if r.m["digits"] else r.figure("cardinal")
    if head in ("and", "or", "to", "odd") or (r.m["word"] and head.endswith("ly")):
        return None
    return r.figure("quantity", length, unit=noun if "-" in noun else head)


def _time_unit(r: _Reading) -> list[Figure] | None:
    """ "three years" (duration), "15 years old" (age), "seven days a week" (a rate: quantity)."""
    time_unit = TIME_UNIT_AFTER.match(r.tail)
    if not time_unit:
        return None
    unit = time_unit["unit"].lower()
    if time_unit["old"]:
        return r.figure("quantity", time_unit.end(), unit="years old")
    rate = RATE.match(r.tail, time_unit.end())
    if rate and rate.group().split()[0] in ("a", "per"):
        return r.figure("quantity", rate.end(), unit=f"{unit} per {rate.group().split()[-1]}")
    return r.figure("duration", time_unit.end(), value=duration_value(r.amount, unit))


def _measure(r: _Reading) -> list[Figure] | None:
    """ "70 miles", "20 square meters", "2.5 tonnes", "450,000 litres a day"."""
    degrees = DEGREES.match(r.tail)
    if degrees and r.m["digits"]:
        unit = f"°{degrees['scale']}" if degrees["scale"] else "degree"
        return r.figure("quantity", degrees.end(), unit=unit)
    measure = MEASURE_AFTER.match(r.tail)
    if measure and measure["unit"].upper() in ("C", "F") and not re.search(r"°|degrees", r.tail[:measure.start() + 1]):
        measure = None
    if not measure:
        if re.match(r"K\b", r.tail) and r.m["digits"]:
            return r.figure("quantity", 1, unit="km")
        bracketed = re.match(r"\s(?P<unit>g|m|t|l|L)\)", r.tail)  # "one ounce (28 g)": a symbol alone in brackets
        if bracketed and r.m["digits"] and r.text[r.start - 1:r.start] == "(":
            unit = "L" if bracketed["unit"] in "lL" else bracketed["unit"]
            return r.figure("quantity", bracketed.end() - 1, unit=unit)
        return None
    unit_text = measure["unit"]
    unit = lex.MEASURE_UNITS.get(unit_text) or _FOLDED_UNITS.get(unit_text.lower(), unit_text)
    figure = r.figure("quantity", measure.end(), unit=unit)[0]
    rate = RATE.match(r.text, figure.end)
    if rate:
        figure.end = rate.end()
        figure.unit = f"{unit} per {rate.group().split()[-1]}"
    return [figure]


def _range(r: _Reading) -> list[Figure] | None:
    """The first number of a range takes the kind of the second: "5-15 percent", "two to three years"."""
    if not r.allow_range or r.magnitude is not None or _year_after_preposition(r):
        return None
    inherited = _inherit_kind(r.start, r.end, r.amount, r.m, r.text, r.published, r.taken)
    return [inherited] if inherited else None


def _year_after_preposition(r: _Reading) -> bool:
    """ "per ton in 2008 to 30 dollars": a year after "in", "since", "by"... starts no range with the next
    number ("from 2000 to 3000 dollars" still does)."""
    return bool(r.m["digits"] and re.fullmatch(r"19\d\d|20\d\d", r.m["digits"])
                and re.search(r"\b(?:in|since|until|by|during|before|after)\s$", r.before, re.IGNORECASE))


def _digits_only(r: _Reading) -> list[Figure] | None:
    """Bare digits: a year ("1992"), a rank ("No. 4"), an identifier ("section 38", "601 Riverview Dr."), an
    age ("Zhivka Savic, 65," / "turned 50")."""
    if not r.m["digits"] or r.value is None or r.magnitude is not None:
        return None
    year = era_year(r.text, r.start, r.end, r.m["digits"]) or _as_year(r.m, r.text, r.published, r.before, r.rest)
    if isinstance(year, Figure):
        return [year]
    if year is not None:
        return year
    before, rest, value = r.before, r.rest, r.value
    if RANK_BEFORE.search(before):
        return r.figure("ordinal")
    if IDENTIFIER_BEFORE.search(before) or ADDRESS_AFTER.match(rest) or re.search(r"[A-Za-z]\($", before):
        return []
    if not (value.is_integer() and 1 <= value <= 115 and "," not in r.m["digits"]):
        return None
    if (AGE_PHRASE_BEFORE.search(before) and AGE_CLAUSE_END.match(rest)) or AGE_VERB_BEFORE.search(before) or (
            AGE_AFTER.match(rest) and (name := AGE_BEFORE.search(before)) and not name["place"] and not re.search(
            rf"(?:{lex.MONTH_PATTERN}|{_ABBREVIATION}),\s$", before)):
        return r.figure("quantity", unit="years old")
    return None


# "Sept, 12", "Vol, 3": a short word before the comma that makes the number no age ("Mary, 43," is one)
_ABBREVIATION = r"(?:Sept|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Vol|Fig|No|Art|Sec|Ch|Pt|Ed|Ex|Op|Vs)"


# "a 15 seat aircraft", "a 122 page report", "a 30 day period": a compound adjective written without its hyphen
_MODIFIER_NOUN = re.compile(r"\s(?P<noun>page|seat|member|storey|story|bed|room|lane|game|piece|man|woman|car|"
                            r"day|week|month|year|hour|minute)\s+(?=[a-z]{3})")


def _cardinal(r: _Reading) -> list[Figure]:
    """Anything else is a count; "2,000 letters a day" is a rate (quantity); "a 15 seat aircraft" a measure."""
    modifier = _MODIFIER_NOUN.match(r.text, r.cursor)
    if modifier and r.amount is not None and r.amount > 1 and r.magnitude is None and not re.match(
            r"\s+(?:a|an|the|of|and|or|to|in|on|at|for|ago|old|later|earlier|before|after)\b", r.text[modifier.end("noun"):]):
        noun = modifier["noun"]
        if noun in lex.TIME_UNITS:
            return [Figure(r.start, modifier.end("noun"), "duration", duration_value(r.amount, noun))]
        return [Figure(r.start, modifier.end("noun"), "quantity", r.amount, unit=noun)]
    figure = Figure(r.start, r.cursor, "cardinal", r.amount, magnitude=r.magnitude)
    rate = RATE.match(r.text, r.cursor)
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
    if year < 1000 or (year < 1800 and not DATE_CUE.search(before)):
        return None
    plural = PLURAL_NOUN.match(rest)  # "around 2000 people", "some 1500 staff": a count after an approximator
    if plural and (not DATE_CUE.search(before) or APPROXIMATOR.search(before)) and plural.group().strip() not in lex.YEAR_NOUNS:
        return None  # "1500 people"; "below 1990 levels", "In 1998 people voted" are years
    start, end = m.span()
    era = re.match(r"\s?(?:B\.C\.|BC|BCE|A\.D\.|AD|CE)(?!\w)", rest)
    if era:
        bc = era.group().strip().startswith("B")
        return [Figure(start, end + era.end(), "date", None if bc else year_value(year), precision="year")]
    figures = [Figure(start, end, "date", year_value(year), precision="year")]
    second = YEAR_RANGE.match(rest)
    if second:
        later = two_digit_year(year, second["yy"])
        if later - year == 1:  # "2016-17", "the 2021/22 season": one fiscal or season year, one span
            return [Figure(start, end + second.end(), "date", f"{year_value(year)}/{year_value(later)}",
                           precision="year")]
        if later - year <= 10:
            figures.append(Figure(end + 1, end + second.end(), "date", year_value(later), precision="year"))
    return figures


def _next_atom(text: str, position: int, *, and_joins: bool = False) -> re.Match | None:
    join = RANGE_JOIN.match(text, position) or (AND_JOIN if and_joins else OR_JOIN).match(text, position)
    if not join:
        return None
    nxt = ATOM.match(text, join.end())
    return nxt if nxt and (nxt["digits"] or nxt["word"]) else None


def _inherit_kind(start: int, end: int, amount: float | None, m: re.Match, text: str,
                  published: dt.date | None, taken: bytearray) -> Figure | None:
    """The first number of a range takes the kind and unit of the second: "5-15%", "two to three years",
    "between 20 and 1,000 years"."""
    nxt = _next_atom(text, end, and_joins=BETWEEN_BEFORE.search(text, max(0, start - 12), start) is not None)
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
    if p.kind == "money" and value is not None and re.search(r"(?:\bcents?|\bpence|¢)$", text[nxt.start():p.end], _I):
        value *= 0.01  # "from 33 to 30 cents": both in cents
    return Figure(start, end, p.kind, value, currency=p.currency, unit=p.unit)


def _inherit_magnitude(money: Figure, text: str, published: dt.date | None, taken: bytearray) -> None:
    """ "$5-10bn", "$5 to $7 billion", "between $5 and $7 billion": the first amount of a range takes the
    magnitude of the second. "and" joins a range only after "between" ("$5 and $7 billion were spent" are two
    sums); a second amount that repeats the currency must repeat the same one."""
    between = BETWEEN_BEFORE.search(text, max(0, money.start - 12), money.start) is not None
    nxt = _next_atom(text, money.end, and_joins=between)
    if nxt is None:
        return
    partner = _classify(nxt, text, published, taken, allow_range=False)
    if not partner or not partner[0].magnitude or money.value is None:
        return
    if nxt["prefix"] and (partner[0].kind != "money" or partner[0].currency != money.currency):
        return
    if partner[0].kind in ("money", "cardinal"):
        money.value *= partner[0].magnitude


_SIGNED_KINDS = ("money", "percent", "quantity", "cardinal")


def _signed(figure: Figure, text: str) -> None:
    """ "−3.2%", "-0.7%", "minus 3", "-$5m": a minus sign before a figure makes its value negative and is
    part of its span."""
    if figure.kind not in _SIGNED_KINDS or not isinstance(figure.value, float):
        return
    sign = SIGN_BEFORE.search(text, max(0, figure.start - 6), figure.start)
    if not sign or (sign.group() in "-−" and not text[figure.start].isdigit() and text[figure.start] not in "$£€¥₹"):
        return  # "-One poll shows": a bullet before a word
    if re.search(r"(?:\bplus\s+or\s+|\+/|±\s?)$", text[max(0, sign.start() - 9):sign.start()], _I):
        return  # "plus or minus 3 percentage points": a margin, not a negative value
    figure.start, figure.value = sign.start(), -figure.value


def scan(text: str, published: dt.date | None = None, tense: Tense | None = None,
         home: str | None = None) -> list[Figure]:
    """Every figure in a clean text, in reading order (clean offsets). `find_numbers` wraps this.

    `tense(offset)` says whether the text at a clean offset speaks of the past, the future or neither
    (it places "on Friday"); by default a regex over the sentence, `find_numbers` uses the tagged verbs.
    `home` is the dollar of the page's country (`together.home_dollar`), which a bare "$" is by default.
    """
    tense = tense or partial(sentence_tense, text)
    taken = bytearray(len(text))
    folded = fold_case(text)
    fiscal = forms.consecutive_years(text, taken)  # "2026-2027", before codes such as "A330-200" are claimed
    not_figures(text, taken)
    claim_names(text, taken)
    figures = fiscal + spoken_times(text, taken, folded) + times(text, taken, folded)  # "half past six" first
    figures += calendar(text, published, taken, tense, folded)
    figures += bare_durations(text, taken, folded)
    figures += bare_magnitudes(text, taken)
    figures += forms.spaced_indian_amounts(text, taken) + forms.written_lengths(text, taken, folded)
    for m in scanned(ATOM, text, folded, ATOM_STARTS):
        start, end = m.span()
        if any(taken[start:end]):
            continue
        for figure in _classify(m, text, published, taken):
            if any(taken[figure.start:figure.end]):
                figure = replace(figure, end=end) if not any(taken[start:end]) else None
                if figure is None:
                    continue
            if figure.start == start:
                _signed(figure, text)
            figures.append(figure)
            taken[figure.start:figure.end] = b"\x01" * (figure.end - figure.start)
    named_event_days(figures, text)
    figures = join_durations(figures, text)
    money_ranges(figures, text)
    age_ranges(figures, text)
    link_conversions(figures, text)
    local_dollars(figures, text, home)
    amounts_before_money(figures, text)  # after local_dollars: the first takes the second's final currency
    cents_of_the_dollar(figures, text)
    forms.read_together(figures, text)  # pounds of weight, money written apart, millions, below zero, weekdays
    for figure in figures:
        if isinstance(figure.value, float) and (math.isnan(figure.value) or math.isinf(figure.value)):
            figure.value = None
        elif isinstance(figure.value, float) and abs(figure.value) >= 1 and not figure.value.is_integer():
            figure.value = float(f"{figure.value:.15g}")  # "$8.2 million" is 8200000.0, not 8199999.999999999
    return sorted(figures, key=lambda f: f.start)
