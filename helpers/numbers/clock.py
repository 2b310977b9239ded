"""Clock times written in words, and time ranges that write "am"/"pm" once.

A small grammar of spoken clock phrases: minutes "past" or "to" an hour ("quarter past 11", "half past six",
"ten to nine", "20 past 3", "a quarter to midnight"), an hour with "o'clock", "12 noon", "12 midnight", and an
hour with its part of the day ("5 in the afternoon", "11 at night"). A part of the day or "am"/"pm" after the
phrase places it in the day; without one the hour stays as written ("half past six" is T06:30).

Ranges: "03:30-06:30pm", "between 7 and 9pm", "from 10 to 11am", "11-3pm": the meridiem written after the
second time applies to the first too, unless that would put the first after the second ("11-3pm" is 11am to
3pm). A first time of 13:00 or more, or 0:xx, is a 24-hour time and is left as it is.
"""
from __future__ import annotations

import re

from helpers.numbers.figure import Figure

_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}
_MINUTE_WORDS = {"quarter": 15, "a quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20,
                 "twenty-five": 25, "twenty five": 25}
_HOUR = r"(?P<hour>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)"
# what may follow a clock phrase and place it in the day
_PART = (r"(?P<ap>\s?(?:[ap]\.m\.|[ap]\.m\b|[ap]m\b))?(?P<oclock>\s?o['’]clock)?"
         r"(?:\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night)|(?P<tonight>tonight)))?")
PAST_TO = re.compile(rf"(?<![\w$£€.,:-])(?P<min>(?:a\s+)?quarter|half|twenty[- ]five|five|ten|twenty|[1-5]?\d)"
                     rf"(?:\s+minutes)?(?:\s+|-)(?P<rel>past|to)\s+{_HOUR}\b(?![:.]\d|-){_PART}", re.IGNORECASE)
OCLOCK = re.compile(rf"(?<![\w$£€.,:-]){_HOUR}(?:\s?o['’]clock\b|\s+(?P<named>noon|midnight)\b)"
                    rf"(?P<ap>,?\s?(?:[ap]\.m\.|[ap]\.m\b|[ap]m\b))?(?:\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night)))?", re.IGNORECASE)
DAY_PART = re.compile(rf"(?<![\w$£€.,:-]){_HOUR}(?:[:.](?P<m>[0-5]\d))?\s+(?:in\s+the\s+(?P<part>morning|afternoon|"
                      rf"evening)|at\s+(?P<night>night))\b", re.IGNORECASE)
# "at ten to nine", "until five to six": "to" joins two numbers in many other phrases ("five to ten years")
_CLOCK_CUE = re.compile(r"\b(?:at|about|around|by|until|till|from|before|after|since|approximately|roughly|"
                        r"just|it\s+was|it's|it\s+is)\s+$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"\s+(?:[a-z]+s|people|men|women|children|staff)\b")
# British "half four" (half past four): only after a clock cue ("at half four", "by half seven"), an hour next
HALF_HOUR = re.compile(rf"(?<![\w-])half\s+{_HOUR}\b(?![:.]\d|-|\s+(?:of|per|a|an|the|and|or|hundred|thousand|million|billion|dozen|score)\b){_PART}",
                       re.IGNORECASE)


def _hour_value(word: str) -> int | None:
    word = word.lower()
    if word in ("noon", "midnight"):
        return None
    return _HOURS.get(word) or int(word)


def _in_the_day(hour: int, m: re.Match) -> int:
    """The hour (1..12 as written) on a 24-hour clock, placed by "am"/"pm" or the part of the day after it."""
    ap = (m.groupdict().get("ap") or "").strip(" ,").lower()
    if ap.startswith("p") or m["part"] in ("afternoon", "evening") or m.groupdict().get("tonight") or (
            m["night"] and hour >= 6):
        return hour % 12 + 12
    if ap.startswith("a") or m["part"] == "morning" or m["night"]:
        return hour % 12
    return hour


def _time(start: int, end: int, minutes: int) -> Figure:
    minutes %= 24 * 60
    return Figure(start, end, "time", f"T{minutes // 60:02d}:{minutes % 60:02d}")


_HOUR_AFTER = re.compile(r"(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|"
                         r"midnight)\b")


def _near(pattern: re.Pattern, text: str, folded: str, anchors: tuple[str, ...], before: int, after: int,
          hour_after: bool = False, word_before: tuple[str, ...] = ()) -> list[re.Match]:
    """Matches of `pattern` around each place an anchor word stands (`str.find` is far cheaper than a scan of the
    whole text: " to " is in every article); `hour_after`: only where an hour follows the anchor; `word_before`:
    only where one of these words (or a digit) ends just before it."""
    found: dict[int, re.Match] = {}
    for anchor in anchors:
        i = folded.find(anchor)
        while i >= 0:
            if (not word_before or folded[i - 1:i].isdigit() or folded[max(0, i - 8):i].endswith(word_before)) and (
                    not hour_after or _HOUR_AFTER.match(folded, i + len(anchor))):
                m = pattern.search(text, max(0, i - before), i + after)
                if m and m.start() <= i < m.end():
                    found[m.start()] = m
            i = folded.find(anchor, i + 1)
    return [found[k] for k in sorted(found)]


def spoken_times(text: str, taken: bytearray, folded: str) -> list[Figure]:
    """Clock times written in words (see the module docstring), claimed before "3pm" or "noon" are read."""
    found: list[Figure] = []
    for m in _near(PAST_TO, text, folded, (" past ", "-past ", " to "), 30, 70, hour_after=True,
                   word_before=("quarter", "half", "five", "ten", "twenty", "minutes")):
        start, end = m.span()
        has_part = m["ap"] or m["oclock"] or m["part"] or m["night"] or m["tonight"]
        if any(taken[start:end]) or (not has_part and _COUNTED_AFTER.match(text, end)):
            continue  # "ten past winners", "five to ten years"
        if m["rel"].lower() == "to" and (not has_part and not _CLOCK_CUE.search(text, max(0, start - 12), start)
                                         or m["min"].isdigit() and "minute" not in m.group()):
            continue  # "at 2 to 3 percent": digits "to" digits is a range; "ten to nine" needs a cue
        minute_word = re.sub(r"\s+", " ", m["min"].lower())
        minutes = _MINUTE_WORDS.get(minute_word) or (int(minute_word) if minute_word.isdigit() else None)
        if not minutes or minutes >= 60:
            continue
        hour = _hour_value(m["hour"])
        base = {"noon": 12, "midnight": 24}.get(m["hour"].lower(), 0) * 60 if hour is None \
            else _in_the_day(hour, m) * 60
        found.append(_time(start, end, base + minutes if m["rel"].lower() == "past" else base - minutes))
        taken[start:end] = b"\x01" * (end - start)
    for m in _near(HALF_HOUR, text, folded, ("half ",), 0, 60, hour_after=True):
        start, end = m.span()
        hour = _hour_value(m["hour"])
        if any(taken[start:end]) or hour is None or _COUNTED_AFTER.match(text, end) \
                or not _CLOCK_CUE.search(text, max(0, start - 12), start):
            continue  # "half four-year terms", "half six months": no clock without a cue and an hour
        found.append(_time(start, end, _in_the_day(hour, m) * 60 + 30))
        taken[start:end] = b"\x01" * (end - start)
    for m in _near(OCLOCK, text, folded, ("o'clock", "o’clock", " noon", " midnight"), 16, 40):
        start, end = m.span()
        hour = _hour_value(m["hour"])
        if any(taken[start:end]) or hour is None or (m["named"] and hour != 12):
            continue  # "12 noon"; "4 midnight" is no time
        value = {"noon": 12, "midnight": 0}[m["named"].lower()] if m["named"] else _in_the_day(hour, m)
        found.append(_time(start, end, value * 60))
        taken[start:end] = b"\x01" * (end - start)
    for m in _near(DAY_PART, text, folded, (" in the morning", " in the afternoon", " in the evening", " at night"),
                   10, 30):
        start, end = m.span()
        hour = _hour_value(m["hour"])
        if any(taken[start:end]) or hour is None or not _CLOCK_CUE.search(text, max(0, start - 12), start):
            continue  # "won 3 in the morning session" has no cue before it
        found.append(_time(start, end, _in_the_day(hour, m) * 60 + int(m["m"] or 0)))
        taken[start:end] = b"\x01" * (end - start)
    return sorted(found, key=lambda f: f.start)


_MERIDIEM = re.compile(r"(?P<ap>[ap])\.?m\.?$", re.IGNORECASE)
_JOIN = re.compile(r"\s?[-–]\s?|\s+(?:to|until|till)\s+")
_BETWEEN_AND = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def shared_meridiem(figures: list[Figure], text: str) -> None:
    """ "03:30-06:30pm", "between 7 and 9pm": the first time of a range takes the second's "am"/"pm"."""
    if "m" not in text:
        return
    for first, second in zip(figures, figures[1:]):
        if second.kind != "time" or not isinstance(second.value, str) or first.end > second.start:
            continue
        meridiem = _MERIDIEM.search(text, second.start, second.end)
        join = text[first.end:second.start]
        if not meridiem or not (_JOIN.fullmatch(join) or (
                _BETWEEN_AND.fullmatch(join) and _BETWEEN_BEFORE.search(text, max(0, first.start - 9), first.start))):
            continue
        written = text[first.start:first.end]
        if first.kind == "time" and re.fullmatch(r"\d{1,2}[:.][0-5]\d", written):
            hour, minute = int(written[:-3]), int(written[-2:])
        elif first.kind == "cardinal" and re.fullmatch(r"\d{1,2}", written):
            hour, minute = int(written), 0
        else:
            continue  # "9am-5pm" says both; words and amounts are no clock
        if not 1 <= hour <= 12:
            continue  # "13:00-15:00pm", "0:30": a 24-hour clock
        later = int(second.value[1:3]) * 60 + int(second.value[4:6])
        pm = meridiem["ap"].lower() == "p"
        value = (hour % 12 + (12 if pm else 0)) * 60 + minute
        if value > later:  # "11-3pm": from 11am
            value = (hour % 12 + (0 if pm else 12)) * 60 + minute
        first.kind, first.unit, first.magnitude, first.currency = "time", None, None, None
        first.value = f"T{value // 60:02d}:{value % 60:02d}"
