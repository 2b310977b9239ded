"""Ways of writing figures that the general grammar of `helpers.numbers.scan` would misread, and figures read
together across one text. Found on news from India, the UK, Australia, New Zealand and the US:

- a weight in stone written against the digits ("lost 3.5st", "650st"): "st" after a number whose ordinal is
  not written "-st" (1st, 21st, 101st are ordinals; 3.5st, 650st, 14st are stone);
- a race distance in thousands of metres ("walking 5k together", "a 10k run"): lower-case "k" after a verb
  of running or walking, or before a race noun;
- an approximate count ("40-odd hours", "30-odd people"): "-odd" is read over, the unit after it counts;
- a level of a range of tens ("temperatures in the high 40s", "the low 90s"): no decade, a count without a
  value;
- Indian amounts typed with a space after a grouping comma ("Rs 1, 39,000 crore", "Rs 6, 490 crore"): one
  amount when a lakh or crore follows;
- "N pounds" with no pound sign in a text that weighs pounds elsewhere and writes no £ ("115 pounds of
  marijuana ... greater than 50 pounds"): a weight;
- weekdays: the end of "from Saturday to Monday" is not before its start; a bare weekday named again in the
  same paragraph is the same day ("its meeting on Tuesday ... a rate cut on Tuesday");
- letters against the digits: "50km/h", "6ft 2in", "100s of thousands", "3.4pc", "2hr 35min", "210.9c"
  (`attached_letters`); two full years in a row, "2026-2027", one date (`consecutive_years`); "Rs three lakh"
  and "Rs 40/kg" (`money_written_apart`); "2.5m visitors, up from 1.9m" (`millions_compared`); "50 degrees
  below zero" (`below_zero`); "the early 1990's" a decade (`apostrophe_decades`); "6-foot-4" one height in
  feet, "a foot of snow" (`written_lengths`). `read_together` runs the rules that read one text's figures
  together.
"""
from __future__ import annotations

import datetime as dt
import re

from helpers.numbers import lexicon as lex
from helpers.numbers.figure import Figure, duration_value
from helpers.numbers.clock import shared_meridiem
from helpers.numbers.rupees import bare_rupees
from helpers.numbers.special import numbers_in_names

_I = re.IGNORECASE

# ---------------------------------------------------------------------------------------------- stone


def ordinal_suffix(value: float) -> str | None:
    """The suffix English writes after an ordinal number ("st" for 1, 21, 101; "th" for 11), None when the
    value has no ordinal (3.5)."""
    if not value.is_integer() or value < 0:
        return None
    n = int(value)
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def stone_weight(value: float | None, word: str) -> bool:
    """ "3.5st", "650st", "14st": a weight in stone, since none of them is an ordinal written "-st"."""
    return word.lower() == "st" and value is not None and ordinal_suffix(value) != "st"


# ---------------------------------------------------------------------------------------------- race distances

_RUN_BEFORE = re.compile(r"\b(?:ran|run|runs|running|walk|walks|walked|walking|jog|jogged|jogging|raced?|racing|"
                         r"swam|swim|swimming|rowed|cycled?|complete[ds]?|completing|finish(?:ed|es)?)\s"
                         r"(?:(?:a|an|the|their|his|her|our|my)\s)?$", _I)
_RACE_AFTER = re.compile(r"\s(?:(?:fun|charity|road|park|trail|virtual)\s)?(?:run|race|walk|course|distance|event|"
                         r"swim|challenge|time|record|PB)\b", _I)


def race_distance(before: str, after: str) -> bool:
    """ "walking 5k together", "a 10k run", "the 5k distance": kilometres, not thousands."""
    return bool(_RUN_BEFORE.search(before) or _RACE_AFTER.match(after))


# ---------------------------------------------------------------------------------------------- "-odd"

_ODD = re.compile(r"-odd\b(?=\s+[a-z])")


def skip_odd(tail: str) -> int:
    """Characters of "-odd" to read over before the unit ("40-odd hours"), else 0."""
    odd = _ODD.match(tail)
    return odd.end() if odd else 0


# ---------------------------------------------------------------------------------------------- "the high 40s"

_LEVEL_BEFORE = re.compile(r"\b(?:high|low|upper|lower)[\s-]$", _I)
# "temperatures reached the mid-80s", "lows in the 40s": tens of degrees after a word of the weather, in its clause
_TEMPERATURE_BEFORE = re.compile(r"\b(?:temperatures?|highs|lows|(?:high|low)\s+in|mercury|thermometers?|"
                                 r"readings?|degrees)\b[^.;:!?]*$", _I)


def tens_level(before: str, digits: str) -> bool:
    """ "the high 40s", "the low 90s": a level within tens (temperatures, scores, prices), not a decade
    (decades are early, mid or late, but temperatures are too: "the mid-80s" after "temperatures")."""
    return len(digits) == 2 and bool(_LEVEL_BEFORE.search(before) or _TEMPERATURE_BEFORE.search(before))


# ---------------------------------------------------------------------------------------------- Indian grouping

_SPACED_GROUPING = re.compile(r"(?P<cur>Rs\.?|INR|₹)\s?(?P<head>\d{1,2}),\s(?P<rest>\d{2},\d{3}|\d{3}|\d{2},\d{2},\d{3})"
                              r"(?P<frac>\.\d+)?(?P<mag>\s(?:lakh|lac|crore)s?(?:\scrores?)?)\b(?!-\d)")


def spaced_indian_amounts(text: str, taken: bytearray) -> list[Figure]:
    """ "Rs 1, 39,000 crore": an amount typed with a space after its first grouping comma, one figure."""
    if "lakh" not in text and "crore" not in text and " lac" not in text:  # not "lac" alone: "place", "black"
        return []
    found = []
    for m in _SPACED_GROUPING.finditer(text):
        start, end = m.span()
        if any(taken[start:end]):
            continue
        number = float(m["head"] + m["rest"].replace(",", "") + (m["frac"] or ""))
        magnitude = lex.MAGNITUDES[" ".join(m["mag"].lower().split()).removesuffix("s")]
        found.append(Figure(start, end, "money", number * magnitude, currency="INR", magnitude=magnitude))
        taken[start:end] = b"\x01" * (end - start)
    return found


# ---------------------------------------------------------------------------------------------- heights

_HEIGHT = re.compile(r"(?<![\w.,-])(?P<ft>[3-8])-(?:foot|feet)-(?P<inch>1[01]|\d)(?:-inch(?:es)?)?\b(?![-.,]?\d)")


# "a foot of snow", "nearing a foot,", "a mile away", "an inch of rain": one unit of length with no digits; only
# before "of", a word of distance or a clause's end ("a foot injury", "one foot in the door" are no lengths)
_ONE_LENGTH = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s(?P<unit>foot|inch|mile|yard|metre|meter|kilometre|kilometer|centimetre|"
                         r"centimeter)(?=\s+(?:of|away|long|wide|high|deep|tall|from|or\s+(?:so|more|less)|\()\b|\s?[,.;)—–])")
_ONE_LENGTH_UNITS = ("foot", "inch", "mile", "yard", "metre", "meter")  # kilometre, centimetre contain one
_DET_BEFORE = re.compile(r"\b(?:an?|one)\s(?:kilo|centi)?$")  # in the folded (lower-case) text
_LENGTH_UNITS = {"foot": "ft", "inch": "in", "mile": "mi", "yard": "yd", "metre": "m", "meter": "m",
                 "kilometre": "km", "kilometer": "km", "centimetre": "cm", "centimeter": "cm"}


def written_lengths(text: str, taken: bytearray, folded: str) -> list[Figure]:
    """ "the 6-foot-4 forward", "she is 5-foot-10": a height in feet and inches, one figure in feet; "a foot of
    snow", "a mile away": one unit of length written as a word. `folded` is the text in lower case."""
    found = []
    if "-foot-" in text or "-feet-" in text:
        found += [Figure(*m.span(), "quantity", int(m["ft"]) + int(m["inch"]) / 12, unit="ft")
                  for m in _HEIGHT.finditer(text)]
    for unit in _ONE_LENGTH_UNITS:  # str.find, then the grammar where a determiner stands before the unit
        at = folded.find(unit)
        while at >= 0:
            det = _DET_BEFORE.search(folded, max(0, at - 11), at)
            m = _ONE_LENGTH.match(text, det.start()) if det else None
            if m:
                found.append(Figure(*m.span(), "quantity", 1.0, unit=_LENGTH_UNITS[m["unit"]]))
            at = folded.find(unit, at + 1)
    found = [f for f in found if not any(taken[f.start:f.end])]
    for f in found:
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    return found


# ---------------------------------------------------------------------------------------------- read together

_BARE_POUNDS = re.compile(r"[\d.,]+\s+pounds?", _I)
_POUNDS = re.compile(r"[\d.,]+(?:\s(?:thousand|million|billion))?\s+pounds?", _I)
# "143 million pounds (65 million kilograms) of beef": pounds converted into a weight weigh
_WEIGHT_AFTER = re.compile(r"\s?\(\s?(?:about\s|some\s|nearly\s)?[\d.,]+(?:\s(?:thousand|million|billion))?\s?"
                           r"(?:kilograms?|kilogrammes?|kilos?|kg|tonnes?|metric tons?)\b")


def pounds_of_one_kind(figures: list[Figure], text: str) -> None:
    """A text that writes no £ and no "sterling" and weighs something in pounds ("115 pounds of marijuana")
    means weight by its other bare "N pounds" too ("greater than 50 pounds"). Pounds just after a height
    weigh the person ("6-foot-2, 210 pounds"); pounds converted into kilograms weigh ("143 million pounds (65
    million kilograms)")."""
    if "pound" not in text:
        return
    for height, f in zip(figures, figures[1:]):
        if height.unit == "ft" and f.currency == "GBP" and _BARE_POUNDS.fullmatch(text[f.start:f.end]) \
                and re.fullmatch(r",?\s(?:and\s)?", text[height.end:f.start]):
            f.kind, f.currency, f.unit = "quantity", None, "lb"
    for f in figures:
        if f.currency == "GBP" and _POUNDS.fullmatch(text[f.start:f.end]) and _WEIGHT_AFTER.match(text, f.end):
            f.kind, f.currency, f.unit = "quantity", None, "lb"
    if "£" in text or "sterling" in text.lower() or "GBP" in text:
        return
    if not any(f.kind == "quantity" and f.unit == "lb" for f in figures):
        return
    for f in figures:
        if f.kind == "money" and f.currency == "GBP" and _BARE_POUNDS.fullmatch(text[f.start:f.end]):
            f.kind, f.currency, f.unit = "quantity", None, "lb"


_WEEKDAY_RANGE = re.compile(r"\s*(?:(?:morning|afternoon|evening|night)\s+)?(?P<join>to|until|till|through|thru|into|-|–)\s*$")


def _bare_weekday(text: str, figure: Figure) -> int | None:
    word = text[figure.start:figure.end].lower().rstrip(".")
    if figure.kind != "date" or word not in lex.WEEKDAYS or not isinstance(figure.value, str):
        return None
    if _NAMED_DAY.search(text, max(0, figure.start - 20), figure.start):
        return None  # "Super Tuesday", "Black Friday", "Good Friday": a named day, not the one named before
    return lex.WEEKDAYS[word]


# a capitalised word before the weekday inside a sentence names a day ("Super Tuesday", "Black Friday")
_NAMED_DAY = re.compile(r"(?<![.!?\n\"“‘'(]\s)(?<!^)\b[A-Z][a-z]+\s$")


def weekdays_read_together(figures: list[Figure], text: str) -> None:
    """ "from Saturday to Monday", "overnight Thursday into Friday": the day after the first. A bare weekday named again in the same
    paragraph ("its meeting on Tuesday ... the chance of a rate cut on Tuesday") is the day named first."""
    days = [(f, _bare_weekday(text, f)) for f in figures if f.kind == "date"]
    days = sorted(((f, w) for f, w in days if w is not None), key=lambda day: day[0].start)
    if not days:
        return
    seen: dict[tuple[int, int], str] = {}
    previous = None
    paragraph, counted = 0, 0
    for f, weekday in days:  # in reading order
        paragraph += text.count("\n", counted, f.start)  # the paragraphs of a clean text are its lines
        counted = f.start
        try:
            day = dt.date.fromisoformat(f.value)
        except ValueError:
            previous = None
            continue
        join = _WEEKDAY_RANGE.fullmatch(text, previous[0].end, f.start) if previous is not None else None
        if join and (join["join"] == "into" or re.search(r"\bfrom\s$", text[max(0, previous[0].start - 5):previous[0].start], _I)):
            first = dt.date.fromisoformat(previous[0].value)
            if day < first:
                day += dt.timedelta(days=7 * ((first - day).days // 7 + 1))
                f.value = day.isoformat()
        elif (paragraph, weekday) in seen and not re.search(r"\b(?:last|next|this|previous|following|coming)\s$",
                                                            text[max(0, f.start - 12):f.start], _I):
            f.value = seen[(paragraph, weekday)]
        seen.setdefault((paragraph, weekday), f.value)
        previous = (f, weekday)


# ---------------------------------------------------------------------------------------------- attached letters

_SPEED_AFTER = re.compile(r"/(?:h|hr|hour)\b")


def attached_letters(word: str, value: float | None, digits: str, text: str, start: int, end: int) -> tuple | None:
    """Letters against the digits that `scan` would read otherwise: (kind, extra length, fields) or None.

    "50km/h" (a speed, not "50km" and "/h"), "6ft 2in" (inches after feet; "in" alone is a preposition),
    "100s of thousands", "10s of people" (a count with no exact value, not the 1910s), "3.4pc" (per cent,
    British and Australian shorthand), "2hr 35min" (a duration), "210.9c a litre" (cents)."""
    if word in ("km", "m", "mi") and _SPEED_AFTER.match(text, end):
        length = _SPEED_AFTER.match(text, end).end() - end
        return "quantity", length, {"value": value, "unit": {"km": "km/h", "m": "m/h", "mi": "mph"}[word]}
    if word == "in" and re.search(r"\d\s?(?:ft|feet|foot)\s$", text[max(0, start - 12):start]):
        return "quantity", 0, {"value": value, "unit": "in"}
    if word == "s" and digits in ("10", "100", "1000", "1,000"):
        of = re.match(r"\s+of\s+(?:(?:hundreds|thousands|millions|billions)\b(?:\s+of\b)?)?", text[end:end + 40])
        if of:
            return "cardinal", len(of.group().rstrip().removesuffix("of").rstrip()), {"value": None}
    if word == "pc":
        return "percent", 0, {"value": value, "unit": "%"}
    if word in _SHORT_TIME_UNITS:
        return "duration", 0, {"value": duration_value(value, _SHORT_TIME_UNITS[word])}
    if word == "c" and value is not None:
        return "money", 0, {"value": value / 100, "currency": "USD"}  # the local dollar's cents, see local_dollars
    return None


_SHORT_TIME_UNITS = {"hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes", "secs": "seconds",
                     "yrs": "years", "wks": "weeks"}


# ---------------------------------------------------------------------------------------------- before the grammar

_YEAR_PAIR = re.compile(r"\b(?P<y>(?:19|20)\d\d)[-–/](?P<y2>(?:19|20)\d\d)\b(?![-–/.,]\d)")


def consecutive_years(text: str, taken: bytearray) -> list[Figure]:
    """ "for 2026-2027", "the 2025–2026 statement": two years in a row written in full are one fiscal or season
    year, like "2026-27" (other pairs, "2019-2021", are left to the grammar: two dates)."""
    if "-19" not in text and "-20" not in text and "–" not in text and "/19" not in text and "/20" not in text:
        return []
    found = []
    for m in _YEAR_PAIR.finditer(text):
        start, end = m.span()
        if int(m["y2"]) - int(m["y"]) != 1 or any(taken[start:end]):
            continue
        found.append(Figure(start, end, "date", f"{m['y']}/{m['y2']}", precision="year"))
        taken[start:end] = b"\x01" * (end - start)
    return found


_RUPEE_WORD = re.compile(r"(?:\bRs\.?|\bINR|₹|\b[Rr]upees)\s$")
_PER_UNIT = re.compile(r"/(?P<per>kg|g|month|year|annum|day|week|hour|litre|liter|tonne|quintal|acre|hectare|sq\.?\s?ft|"
                       r"unit|head|share|person|night)\b")


def money_written_apart(figures: list[Figure], text: str) -> None:
    """ "Rs three lakh", "rupees 3 crore": an amount after the rupee sign written apart from it is money;
    "Rs 40/kg", "₹2.5 lakh/month", "$20/hour": money per unit, in any currency."""
    for f in figures:
        if f.kind == "cardinal" and f.value is not None and (text[f.start:f.start + 1].isalpha()
                                                             or "upees" in text[max(0, f.start - 8):f.start]):
            before = _RUPEE_WORD.search(text, max(0, f.start - 8), f.start)
            if before:
                f.start, f.kind, f.currency = before.start(), "money", "INR"
        if f.kind == "money" and f.unit is None and text[f.end:f.end + 1] == "/":
            per = _PER_UNIT.match(text, f.end)
            if per:
                f.end, f.unit = per.end(), "per " + per["per"].replace("annum", "year")


_COMPARED = re.compile(r"\b(?:from|to|than|against|compared\s+(?:with|to)|versus|vs\.?|and|or)\s+(?:about\s+|around\s+|some\s+|"
                       r"nearly\s+|almost\s+|just\s+)?$", _I)


def millions_compared(figures: list[Figure], text: str) -> None:
    """ "2.5m visitors, up from 1.9m": an "m" against the digits compared with an amount in millions is a
    million too (of the same kind and currency), not metres."""
    previous = None
    for f in figures:
        if f.kind == "quantity" and f.unit == "m" and isinstance(f.value, float) and previous is not None \
                and re.fullmatch(r"[\d.,]+m", text[f.start:f.end]) and previous.magnitude == 1e6 \
                and previous.kind in ("cardinal", "money") and previous.end <= f.start \
                and not re.search(r"[.;!?]\s", text[previous.end:f.start]) and f.start - previous.end < 60 \
                and _COMPARED.search(text, max(0, f.start - 30), f.start):
            f.kind, f.unit, f.currency, f.magnitude = previous.kind, None, previous.currency, 1e6
            f.value = f.value * 1e6
        if f.kind in ("cardinal", "money", "quantity", "percent"):
            previous = f


_BELOW_ZERO = re.compile(r"\s+below\s+(?:zero|freezing)\b", _I)


def below_zero(figures: list[Figure], text: str) -> None:
    """ "drop to 50 degrees below zero", "5C below freezing", "as low as 35 below zero": a temperature under zero,
    negative, its span taking the words."""
    if "below" not in text:
        return
    for f in figures:
        if f.kind == "cardinal" and isinstance(f.value, float) and f.value > 0 and f.unit is None \
                and (below := _BELOW_ZERO.match(text, f.end)) and below.group().rstrip().endswith("zero"):
            f.kind, f.unit = "quantity", "degree"  # "wind chills as low as 35 below zero": degrees
        if f.kind == "quantity" and f.unit in ("degree", "°C", "°F") and isinstance(f.value, float) and f.value > 0:
            below = _BELOW_ZERO.match(text, f.end)
            if below and (f.unit == "°C" or below.group().rstrip().endswith("zero")):  # 10F below freezing is 22F
                f.value, f.end = -f.value, below.end()


_DECADE_BEFORE = re.compile(r"\b(?:the|early|mid|late)[\s-]$", _I)


def apostrophe_decades(figures: list[Figure], text: str) -> None:
    """ "in the early 1990's", "the 1980’s": a decade written with an apostrophe ("1990's budget" stays a year's)."""
    if "0's" not in text and "0’s" not in text:
        return
    for f in figures:
        if f.kind == "date" and isinstance(f.value, str) and re.fullmatch(r"1[89]\d0|20\d0", f.value) \
                and text[f.end:f.end + 2] in ("'s", "’s") and _DECADE_BEFORE.search(text, max(0, f.start - 6), f.start):
            f.value, f.end, f.precision = f.value[:3], f.end + 2, "decade"


def read_together(figures: list[Figure], text: str) -> None:
    """The rules above (and `special.numbers_in_names`, `clock.shared_meridiem`, `rupees.bare_rupees`) that read the figures of one text together, in the order `scan` runs them."""
    numbers_in_names(figures, text)  # "France 2", "the Lost 52 Project": dropped
    pounds_of_one_kind(figures, text)
    money_written_apart(figures, text)
    millions_compared(figures, text)
    below_zero(figures, text)
    weekdays_read_together(figures, text)
    apostrophe_decades(figures, text)
    shared_meridiem(figures, text)
    bare_rupees(figures, text)


def title_case_line(text: str, offset: int) -> bool:
    """Whether the line around `offset` is a headline written in Title Case (most of its longer words
    capitalised), where a capitalised number word is no sign of a name."""
    start, end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[start:end if end >= 0 else len(text)]) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
