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
  same paragraph is the same day ("its meeting on Tuesday ... a rate cut on Tuesday").
"""
from __future__ import annotations

import datetime as dt
import re

from helpers.numbers import lexicon as lex
from helpers.numbers.figure import Figure

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


def tens_level(before: str, digits: str) -> bool:
    """ "the high 40s", "the low 90s": a level within tens (temperatures, scores, prices), not a decade
    (decades are early, mid or late)."""
    return len(digits) == 2 and bool(_LEVEL_BEFORE.search(before))


# ---------------------------------------------------------------------------------------------- Indian grouping

_SPACED_GROUPING = re.compile(r"(?P<cur>Rs\.?|INR|₹)\s?(?P<head>\d{1,2}),\s(?P<rest>\d{2},\d{3}|\d{3}|\d{2},\d{2},\d{3})"
                              r"(?P<frac>\.\d+)?(?P<mag>\s(?:lakh|lac|crore)s?(?:\scrores?)?)\b(?!-\d)")


def spaced_indian_amounts(text: str, taken: bytearray) -> list[Figure]:
    """ "Rs 1, 39,000 crore": an amount typed with a space after its first grouping comma, one figure."""
    if "lakh" not in text and "crore" not in text and "lac" not in text:
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


# ---------------------------------------------------------------------------------------------- read together

_BARE_POUNDS = re.compile(r"[\d.,]+\s+pounds?", _I)


def pounds_of_one_kind(figures: list[Figure], text: str) -> None:
    """A text that writes no £ and no "sterling" and weighs something in pounds ("115 pounds of marijuana")
    means weight by its other bare "N pounds" too ("greater than 50 pounds")."""
    if "pound" not in text or "£" in text or "sterling" in text.lower() or "GBP" in text:
        return
    if not any(f.kind == "quantity" and f.unit == "lb" for f in figures):
        return
    for f in figures:
        if f.kind == "money" and f.currency == "GBP" and _BARE_POUNDS.fullmatch(text[f.start:f.end]):
            f.kind, f.currency, f.unit = "quantity", None, "lb"


_WEEKDAY_RANGE = re.compile(r"\s*(?:to|until|till|through|thru|-|–)\s*$")


def _bare_weekday(text: str, figure: Figure) -> int | None:
    word = text[figure.start:figure.end].lower().rstrip(".")
    if figure.kind != "date" or word not in lex.WEEKDAYS or not isinstance(figure.value, str):
        return None
    return lex.WEEKDAYS[word]


def weekdays_read_together(figures: list[Figure], text: str) -> None:
    """ "from Saturday to Monday": the Monday after that Saturday. A bare weekday named again in the same
    paragraph ("its meeting on Tuesday ... the chance of a rate cut on Tuesday") is the day named first."""
    days = [(f, _bare_weekday(text, f)) for f in figures if f.kind == "date"]
    days = [(f, w) for f, w in days if w is not None]
    if not days:
        return
    seen: dict[tuple[int, int], str] = {}
    previous = None
    for f, weekday in days:
        paragraph = text.count("\n", 0, f.start)  # the paragraphs of a clean text are its lines
        try:
            day = dt.date.fromisoformat(f.value)
        except ValueError:
            previous = None
            continue
        if previous is not None and _WEEKDAY_RANGE.fullmatch(text[previous[0].end:f.start]) \
                and re.search(r"\bfrom\s$", text[max(0, previous[0].start - 5):previous[0].start], _I):
            first = dt.date.fromisoformat(previous[0].value)
            if day < first:
                day += dt.timedelta(days=7 * ((first - day).days // 7 + 1))
                f.value = day.isoformat()
        elif (paragraph, weekday) in seen and not re.search(r"\b(?:last|next|this|previous|following|coming)\s$",
                                                            text[max(0, f.start - 12):f.start], _I):
            f.value = seen[(paragraph, weekday)]
        seen.setdefault((paragraph, weekday), f.value)
        previous = (f, weekday)
