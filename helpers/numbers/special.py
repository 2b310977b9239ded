"""Figures the general grammar of `helpers.numbers.scan` would misread, found before or after it: numbers that
belong to a name ("Boeing 737-800", "3 News"), money adjectives with no number ("million-pound bonuses"),
years of an era ("AD 68"), days that name an event ("the September 11 attacks"), durations with no digits
("a week", "several years") and what holds digits but is no figure (telephone numbers, axis ticks)."""
from __future__ import annotations

import re

from helpers.language.lemmas import is_synset_name
from helpers.numbers import lexicon as lex
from helpers.numbers.figure import Figure, duration_value
from helpers.numbers.patterns import A_UNIT, A_UNIT_STARTS, BARE_MAGNITUDE, PHONE, PHONE_STARTS, TICK_LINE, scanned

_I = re.IGNORECASE
_MAKERS = "|".join(sorted((re.escape(m) for m in lex.MODEL_MAKERS), key=len, reverse=True))
# "Boeing 737-800", "Boeing 737s", "Tu-154", "Windows 7", "Falcon 9": the maker's number is a model.
MODEL = re.compile(rf"\b(?:{_MAKERS})[\s-](?:[A-Z]{{1,3}}-?)?\d+(?:[-/]\d+)*(?:[A-Za-z]{{1,3}}\b)?(?![\d,.]\d)")
# "iPad 2", "IPad 2" (a headline's capital), "iPod 5", "eReader 3": a product whose name is camel-cased
CAMEL_MODEL = re.compile(r"\b[iIe][A-Z][a-z]+\s\d{1,2}[A-Za-z]?\b(?![\d,.]\d)")
# "the Fortune 500", "the FTSE 100": a ranking or an index named by its size (lexicon.NAMED_LISTS)
# One alternation of the names, then the size checked in Python: an alternation of name-and-size patterns,
# each with its own lookbehind, was tried at every position of the text (1 ms per article).
NAMED_LIST = re.compile(r"(?<![\w&/])(?P<name>" + "|".join(
    re.escape(name) for name in sorted(lex.NAMED_LISTS, key=len, reverse=True)) + r")\s(?P<size>\d+)(?!\d|[,.]\d|%)")
# "A330-200", "B737-800": a maker's code and its variant (the code itself is read as letters with digits)
MODEL_CODE = re.compile(r"\b(?!FY)[A-Z]{1,2}\d{2,4}-\d{2,4}\b(?![.,]\d)")  # not a fiscal year, "FY2024-25"
# "3 News", "10 News", "TV 3 Television": a channel named by its number (not "News Corp").
_MONTH_BEFORE = re.compile(rf"\b(?:{lex.MONTH_BEFORE_DAY_PATTERN})\s$")
CHANNEL = re.compile(r"(?<![\w.,$£€])\d{1,2}\s(?:News|Television)\b(?!\s+(?:Corp|Corporation|International|Limited|Ltd)\b)")
# "France 2", "Rai 3", "TVNZ 1": a broadcaster's channel by number (not a score, "France 2-1", "France 2, Italy 1")
_BROADCASTER_BEFORE = re.compile(r"(?<!\w)(?:France|Rai|TVNZ|RTL|ZDF|ORF|RTÉ|RTE) $")
_CHANNEL_NUMBER = re.compile(r"\d{1,2}\b(?!\.(?:\s|$)|\s?[-–:,]\s?\d|,\s[A-Z][a-z]+\s\d|[.,]\d|%)")
# "TimeC 1215 Limited", "Ablegrand 2 Ltd": a number inside a company's registered name
COMPANY_NUMBER = re.compile(r"\d{1,4}\s(?:[Ll]imited|Ltd|LLC|PLC|plc|Inc)\b")  # after a capitalised word
# "The Lost 52 Project", "the Agenda 21 Foundation": a number inside the name of a project, trust or campaign (found
# from the word: those words are common, a scan of the text for the pattern is not cheap)
_NAME_HEADS = (" Project", " Foundation", " Trust", " Initiative", " Campaign", " Coalition", " Collective")
_NAME_BEFORE_HEAD = re.compile(r"\b[A-Z][A-Za-z]+\s(?P<number>\d{1,4})$")
# "a 911 call", "dialled 999", "called 000": an emergency number (US, UK, Australia, NZ), no figure
EMERGENCY_CALL = re.compile(r"(?<![\w$£€.,/-])(?:911|999|000|111)\b(?![.,]\d)")
_EMERGENCY_AFTER = re.compile(r"\s(?:calls?|dispatch\w*|operators?|emergency)\b")
_EMERGENCY_BEFORE = re.compile(r"\b(?:called|calling|call|dialed|dialled|dialing|dialling|dial|rang|ring|phoned)\s$")
# "AD 68", "A.D. 68", "68 AD", "300 BC": a year of an era (before Christ: no ISO value).
ERA_BEFORE = re.compile(r"\b(?:AD|A\.D\.)\s$")
ERA_AFTER = re.compile(r"\s?(?P<era>B\.C\.(?:E\.)?|BCE?|A\.D\.|AD)(?!\w)(?!\s+[A-Z][a-z])")  # not "2 BC Liberals"


# "the 787 Dreamliner", "a 737 MAX": a model number before its product name
PRODUCT_AFTER = re.compile(r"\b\d{3,4}(?=\s(?:Dreamliner|MAX|Max|Jumbo|jumbo jet|Superjumbo|Next Generation|NG)\b)")


# Words without which a pattern cannot match (case as the pattern writes them).
_NEEDS = {PRODUCT_AFTER: ("Dreamliner", "MAX", "Max", "Jumbo", "jumbo jet", "Superjumbo", "Next Generation", "NG"),
          NAMED_LIST: tuple(lex.NAMED_LISTS), CHANNEL: ("News", "Television"),
          EMERGENCY_CALL: ("911", "999", " 000", " 111"),
          COMPANY_NUMBER: (" Limited", " limited", " Ltd", " LLC", " PLC", " plc", " Inc.", " Inc,")}


def claim_names(text: str, taken: bytearray) -> None:
    """Mark as taken the digits of model numbers, channel names and emergency numbers, which are no figures; a model number the
    text writes as a model once ("Boeing 787", "the 787 Dreamliner") is a model wherever it stands alone
    ("The 787 illustrates ...")."""
    models, companies = set(), set()
    for pattern in (MODEL, CAMEL_MODEL, MODEL_CODE, PRODUCT_AFTER, NAMED_LIST, CHANNEL, EMERGENCY_CALL, COMPANY_NUMBER):
        if not any(word in text for word in _NEEDS.get(pattern, ("",))):
            continue  # a substring test first: scanning the text for these patterns cost a millisecond
        for m in pattern.finditer(text):
            if pattern is NAMED_LIST and int(m["size"]) not in lex.NAMED_LISTS[m["name"]]:
                continue  # "the Fortune 5 companies": not a list of that size
            if pattern is COMPANY_NUMBER:
                name = re.search(r"\b[A-Z][A-Za-z]+\s$", text[max(0, m.start() - 30):m.start()])
                if not name:
                    continue  # no name before the number
                companies.add(re.escape(name.group() + m.group().split()[0]))  # "TimeC 1215" again, without "Limited"
            if pattern is EMERGENCY_CALL and not (_EMERGENCY_AFTER.match(text, m.end()) or (
                    _EMERGENCY_BEFORE.search(text, max(0, m.start() - 10), m.start())
                    and not re.match(r"\s(?:[a-z]+s|people|men|women|children)\b", text[m.end():m.end() + 20]))):
                continue  # "called 111 people": a count
            if pattern is CHANNEL and _MONTH_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                continue  # "July 30 News and information company ...": a wire story's dateline, no channel
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            number = re.search(r"(?:^|\s)(\d{3,4})(?![\d.,])", m.group()) if pattern in (MODEL, PRODUCT_AFTER) else None
            if number and not re.fullmatch(r"19\d\d|20\d\d", number.group(1)):
                models.add(number.group(1))  # "Boeing 787", "Xbox 360" (not the variant of "A330-200")
    for number in models:
        for m in re.finditer(rf"(?<![\w$£€.,/-]){number}(?=(?:s|['’]s)?\b)(?![.,]\d)", text):
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for name in companies:
        for m in re.finditer(rf"\b{name}\b(?![.,]\d)", text):
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())


def numbers_in_names(figures: list[Figure], text: str) -> None:
    """Drop, from the figures found, the number of a broadcaster's channel ("France 2") and of a project's or
    trust's name ("The Lost 52 Project"), and that name's number wherever the text writes the name again ("Lost 52
    sailed south"). Read from each figure's neighbours, not by scanning the text for these common words."""
    numbers = [f for f in figures if f.end - f.start <= 4 and text[f.start:f.end].isdigit()]
    if not numbers:
        return
    names = {name.group() for f in numbers if text.startswith(_NAME_HEADS, f.end)
             and (name := _NAME_BEFORE_HEAD.search(text, max(0, f.start - 30), f.end))}
    dropped = set()
    for f in numbers:
        if (_BROADCASTER_BEFORE.search(text, max(0, f.start - 8), f.start) and _CHANNEL_NUMBER.match(text, f.start)) or any(
                text.endswith(name, 0, f.end) and not text[f.end - len(name) - 1:f.end - len(name)].isalnum()
                for name in names):
            dropped.add(id(f))
    if dropped:
        figures[:] = [f for f in figures if id(f) not in dropped]


def bare_magnitudes(text: str, taken: bytearray) -> list[Figure]:
    """ "million-pound bonuses", "a billion-dollar deal": money whose amount is the magnitude word alone."""
    found = []
    for m in BARE_MAGNITUDE.finditer(text):
        end = text.index("-", m.end()) + 1
        noun = re.match(r"[a-z]+", text[end:]).group()
        start = m.start()
        previous = re.search(r"([\w.,]+)\s$", text[max(0, start - 20):start])
        if previous and (previous.group(1).lower() in ("a", "an", "several", "few")
                         or previous.group(1)[0].isdigit() or lex.words_to_number(previous.group(1)) is not None):
            continue  # "a billion-pound profit", "5 million-dollar": the number is read with its magnitude
        if any(taken[start:end + len(noun)]):
            continue
        end += len(noun)
        found.append(Figure(start, end, "money", lex.MAGNITUDES[m.group().lower()],
                            currency=lex.CURRENCY_SINGULARS[noun]))
        taken[start:end] = b"\x01" * (end - start)
    return found


# "since '82", "in ’08", "the class of '95", "summer of '69" (not "'40 jobs at risk'", a quotation's first word)
_APOSTROPHE_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|from|until|till|by|before|after|during|circa|c\.|and|to)\s$",
                                     re.IGNORECASE)


def era_year(text: str, start: int, end: int, digits: str) -> Figure | None:
    """ "in AD 68", "68 AD", "300 BC": a year of one to four digits written with its era;
    "since '82": a year of two digits after an apostrophe and a preposition (up to '30 this century)."""
    if not re.fullmatch(r"\d{1,4}", digits) or int(digits) == 0 and len(digits) != 2:
        return None
    if len(digits) == 2 and start >= 2 and text[start - 1] in "'’" and _APOSTROPHE_YEAR_BEFORE.search(
            text, max(0, start - 12), start - 1) and not re.match(r"s\b|\s?(?:%|per\s?cent|percent)", text[end:end + 9]):
        yy = int(digits)  # "since '82", "the class of '95": a year with its century left out
        return Figure(start - 1, end, "date", str(2000 + yy if yy <= 30 else 1900 + yy), precision="year")
    before = ERA_BEFORE.search(text, max(0, start - 6), start)
    after = ERA_AFTER.match(text, end)
    if before:
        return Figure(before.start(), end, "date", f"{int(digits):04d}", precision="year")
    if after:
        bc = after["era"].startswith("B")
        return Figure(start, end + after.end() - end, "date", None if bc else f"{int(digits):04d}", precision="year")
    return None


def named_event_days(figures: list[Figure], text: str) -> None:
    """ "the September 11 attacks", "the 7 July bombings": a day with no year that names an event is that
    event's date, like "9/11"."""
    for f in figures:
        if f.kind != "date" or not f.parts or len(f.parts) != 3 or f.parts[0] is not None:
            continue
        value = lex.NAMED_EVENT_DAYS.get((f.parts[1], f.parts[2]))
        noun = re.match(r"[\s-]+(?:terrorist\s+|terror\s+)?([a-z]+)", text[f.end:f.end + 30])
        if value and noun and noun.group(1) in lex.NAMED_EVENT_NOUNS:
            f.value = value


_DOLLARS = ("USD", "AUD", "NZD", "CAD", "HKD", "SGD", "TWD")


def cents_of_the_dollar(figures: list[Figure], text: str) -> None:
    """ "fell 3¢ to AU$3.41": cents take the currency of the dollar amount next to them in the sentence."""
    money = [f for f in figures if f.kind == "money" and f.currency in _DOLLARS]
    for f in money:
        if not re.search(r"(?:¢|\bcents?)$", text[f.start:f.end]):
            continue
        near = [g for g in money if g is not f and abs(g.start - f.start) < 60 and "." not in text[min(g.end, f.end):max(g.start, f.start)]
                and not re.search(r"(?:¢|\bcents?)$", text[g.start:g.end])]
        if near:
            f.currency = min(near, key=lambda g: abs(g.start - f.start)).currency


def bare_durations(text: str, taken: bytearray, folded: str) -> list[Figure]:
    """ "a week", "an hour", "several years", "a quarter-century", "all-day": durations with no digits."""
    found = []
    for m in scanned(A_UNIT, text, folded, A_UNIT_STARTS):
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
        if m["period"]:  # "the past decade"
            found.append(Figure(start, end, "duration", duration_value(1.0, m["period"].lower())))
            taken[start:end] = b"\x01" * (end - start)
            continue
        det, unit = m["det"].lower(), m["unit"].lower()
        if unit == "second" and not re.match(r"\s?(?:[,.;:!?)]|or\b|later\b|earlier\b|$)", text[end:end + 10]):
            continue  # "a second round": the ordinal
        before = text[max(0, start - 30):start]
        if re.search(r"(?:\d|\d\s?(?:million|billion|trillion|thousand|bn|mn|m|k)|%|\b(?:once|twice|times|per|every|each|dollars|euros|pounds|percent|cent|points?|[a-z]+s))\s+$", before, _I) \
                and det in ("a", "an") and not (re.match(r"\s(?:earlier|later|ago|before|after)\b", text[end:end + 8])
                                                and not re.search(r"\b(?:once|twice|times|per|every|each)\s+$", before)):
            continue  # "$26 a week", "2,000 letters a day", "once a year": a rate ("6% a year earlier" is none)
        if re.match(r"\s(?:when|that|in which)\b", text[end:end + 12]):
            continue  # "a day when" ("a year earlier" is a duration, as "two years later" is in MUC)
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


def not_figures(text: str, taken: bytearray) -> None:
    """Claim what holds digits but is no figure, before anything is read: telephone numbers ("+44 20 7946
    0958", "(555) 123-4567") and a chart's axis ticks pasted as text (a line of three or more numbers only,
    evenly spaced: "0 25 50 75 100")."""
    if not any(ch.isdigit() for ch in text):
        return
    for m in scanned(PHONE, text, text, PHONE_STARTS):
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for m in TICK_LINE.finditer(text):
        values = [float(v.replace(",", "").replace("−", "-")) for v in re.findall(r"[-−]?\d+(?:[.,]\d+)?", m.group())]
        steps = {round(b - a, 6) for a, b in zip(values, values[1:], strict=False)}
        if len(steps) == 1 and steps != {0}:
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())


def having_adjective(word: str) -> bool:
    """An adjective of having, a noun + -ed ("handed", "legged", "sided", "wheeled", "pronged"); not a noun
    that ends so ("speed", "bed", "breed")."""
    if word == "strong":  # "an 800-strong workforce": a count of people
        return True
    if len(word) < 5 or not word.endswith("ed") or is_synset_name(word, "n"):
        return False
    stem = word[:-2]
    candidates = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None)
    return any(base and is_synset_name(base, "n") for base in candidates)


def hundredths(amount: float | None, unit: str) -> float | None:
    """ "a 2-cent rise": an amount written in a currency's hundredths (`lexicon.SUBUNITS`), in the main unit;
    divided by 100 (times 0.01 gives 0.47000000000000003 for 47)."""
    return amount / 100 if amount is not None and unit in lex.SUBUNITS else amount
