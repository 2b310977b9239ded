"""Figures read together once each is found: the parts of one duration joined ("2 hours, 32 minutes"), the
second amount of a money range given the first's currency ("$5-10bn"), and an amount linked to its
conversion in brackets ("$18bn (£14bn)")."""
from __future__ import annotations

import re
from itertools import pairwise
from urllib.parse import urlsplit

from helpers.numbers import lexicon as lex
from helpers.numbers.figure import Figure
from helpers.numbers.patterns import AGE_VERB_BEFORE, AND_JOIN, BETWEEN_BEFORE, RANGE_JOIN


def money_ranges(figures: list[Figure], text: str) -> None:
    """The second amount of a money range is money in the same currency: "$5-10bn", "£2 to 3 million",
    "between €5 and 7 billion" (the first amount says the currency once for both)."""
    for first, second in pairwise(figures):
        if first.kind != "money" or second.kind != "cardinal" or second.value is None:
            continue
        join = text[first.end:second.start]
        between = BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start) is not None
        if (RANGE_JOIN.fullmatch(join) or (between and AND_JOIN.fullmatch(join))) \
                and not _COUNTED_NOUN_AFTER.match(text, second.end):
            second.kind, second.currency = "money", first.currency


# A plural noun after the second figure that counts it: "Rs 6.04 crore to 151 beneficiaries" gives money to
# 151 people, no range ("$5-10bn over a decade", "$5 to 7 each" are ranges).
_COUNTED_NOUN_AFTER = re.compile(r"[ \t]+(?:(?!(?:across|as|has|his|is|its|less|minus|plus|this|thus|us|was|"
                                 r"besides|towards|afterwards|perhaps|always|sometimes)\b)[a-z]+s|people|"
                                 r"children|men|women|staff)\b")


_FROM_BEFORE = re.compile(r"\b(?:from|between)\b[^.,;\d]{0,24}$", re.IGNORECASE)


def amounts_before_money(figures: list[Figure], text: str) -> None:
    """ "from the present 13.6 billion to US$30 billion": an amount with a magnitude that starts a range whose
    second amount names the currency is money in that currency."""
    for first, second in pairwise(figures):
        if (first.kind == "cardinal" and first.magnitude and first.value is not None and second.kind == "money"
                and second.currency and RANGE_JOIN.fullmatch(text[first.end:second.start])
                and _FROM_BEFORE.search(text, max(0, first.start - 30), first.start)):
            first.kind, first.currency = "money", second.currency


def _could_be_age(figure: Figure) -> bool:
    return figure.kind == "cardinal" and isinstance(figure.value, float) and figure.value.is_integer() \
        and 0 < figure.value <= 115


# "Anilkumar Srimukhlal Prajapati (42), hailed from ...": an age in brackets after a full name (Indian wire style)
# (two words or more, not "The Tigers (14)"; 10 to 99, not "World War (2)")
_FULL_NAME_BEFORE = re.compile(r"\b(?!The\b)[A-Z][a-z]+\s(?:[A-Z][a-z]+\s)*[A-Z][a-z]+\s?\($")


def _ages_in_brackets(figures: list[Figure], text: str) -> None:
    for figure in figures:
        if _could_be_age(figure) and 10 <= figure.value < 100 and text.startswith(")", figure.end) \
                and _FULL_NAME_BEFORE.search(text, max(0, figure.start - 60), figure.start):
            figure.kind, figure.unit = "quantity", "years old"


def age_ranges(figures: list[Figure], text: str) -> None:
    """ "men aged 18 to 34", "aged between 18 and 25", "aged sixteen and nineteen": the second number of a range
    of ages is an age, and so is a count written in words after "aged"; "between 22 and 30 years of age": the
    first number of a range whose second is an age in years is one too. "Ravi Kumar Yadav (42)" is an age."""
    if "(" in text:
        _ages_in_brackets(figures, text)
    if "age" in text:
        for figure in figures:  # in words: the digits were read in `scan`
            if text[figure.start].isalpha() and _could_be_age(figure) \
                    and AGE_VERB_BEFORE.search(text, max(0, figure.start - 16), figure.start):
                figure.kind, figure.unit = "quantity", "years old"
            elif figure.kind == "duration" and _YEARS_OF_AGE.fullmatch(text, figure.start, figure.end) \
                    and AGE_VERB_BEFORE.search(text, max(0, figure.start - 16), figure.start):
                figure.kind, figure.unit = "quantity", "years old"  # "He was aged 84 years"
                figure.value = float(re.match(r"\d+", text[figure.start:figure.end]).group())
    listed = False
    for first, second in pairwise(figures):
        forward = first.unit == "years old" and first.kind == "quantity" and _could_be_age(second)
        backward = not forward and second.unit == "years old" and _could_be_age(first) \
            and "year" in text[second.start:second.end]
        if not (forward or backward):
            listed = False
            continue
        join = text[first.end:second.start]
        between = BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start) is not None
        aged = listed or AGE_VERB_BEFORE.search(text, max(0, first.start - 16), first.start) is not None  # "aged 16 and 19"
        # "aged 16, 18 and 21": a list of ages, up to its "and" ("aged 14 and 15, and 30 others": 30 counts)
        in_list = forward and aged and _LIST_JOIN.fullmatch(join) is not None \
            and not _COUNTED_NOUN_AFTER.match(text, second.end)
        listed = in_list and join.strip() == ","
        if RANGE_JOIN.fullmatch(join) or ((between or aged) and AND_JOIN.fullmatch(join)) or in_list:
            (second if forward else first).kind = "quantity"
            (second if forward else first).unit = "years old"


_YEARS_OF_AGE = re.compile(r"\d{1,3}\s+years?")
_LIST_JOIN = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def join_durations(figures: list[Figure], text: str) -> list[Figure]:
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


def link_conversions(figures: list[Figure], text: str) -> None:
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


_LOCAL = {code: (re.compile(names), re.compile(marked)) for code, (names, marked) in lex.LOCAL_DOLLARS.items()}
_US = (re.compile(lex.US_DOLLAR_EVIDENCE[0]), re.compile(lex.US_DOLLAR_EVIDENCE[1]))
# any sign of another dollar country at all: most texts have none, and then one search settles it
_ANY_LOCAL = re.compile("|".join(f"(?:{p})" for pair in lex.LOCAL_DOLLARS.values() for p in pair))
# "$22.20 in current United States dollars": the amount says which dollar right after it
_US_AFTER = re.compile(r"\s*(?:\(\s*)?(?:in\s+)?(?:current\s+|today's\s+)?(?:US|U\.S\.|United States|American)\s+"
                       r"dollars?\b", re.I)
_MARKED_DOLLAR = re.compile(r"[A-Za-z.]\$|\bUS \$|\b(?:USD|dlrs)\b|(?:US|U\.S\.|American)\s+dollar", re.I)


def home_dollar(url: str | None) -> str | None:
    """The dollar of the country a page comes from, by its address ("https://www.rnz.co.nz/news/..." ->
    "NZD"), or None (no address, or no dollar country's). A copy kept by an archive or a mirror names the
    page's own address in its path ("https://web.archive.org/web/2020/https://www.smh.com.au/...",
    "https://mirror.example/www.theage.com.au/..."): its host counts when the archive's does not."""
    parts = urlsplit(url) if url and "//" in url else None
    if parts is None or not parts.hostname:
        return None
    hosts = [parts.hostname, *(m.group(1).lower() for m in _HOST_IN_PATH.finditer(parts.path))]
    return next((code for host in hosts for ending, code in lex.DOLLAR_DOMAINS.items()
                 if host == ending or host.endswith(ending if ending[0] == "." else "." + ending)), None)


_HOST_IN_PATH = re.compile(r"/(?:https?:/{1,2})?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?=/|$)")


def local_dollar(text: str, home: str | None = None) -> str | None:
    """The currency a bare "$" means in this text: another country's dollar when the text is about that
    country (its names at least three times, or twice with no sign of the United States; marked amounts such
    as "A$5m" three times over) and more than twice as much as about the United States; else None (US dollars).
    `home`, the dollar of the country the page comes from (`home_dollar`), counts as two more mentions of it and
    wins unless the text is plainly about another dollar country (its evidence three times or more, and more
    than twice the home country's)."""
    if ("$" not in text and "dollar" not in text) or (home is None and not _ANY_LOCAL.search(text)):
        return None

    def score(pair: tuple[re.Pattern, re.Pattern]) -> int:
        return len(pair[0].findall(text)) + 3 * len(pair[1].findall(text))

    scores = {code: score(pair) for code, pair in _LOCAL.items()}
    us = score(_US)
    if home is not None:
        scores[home] += 2  # as if the text named its country twice more
        rivals = {code: points for code, points in {**scores, "USD": us}.items() if code != home}
        rival = max(rivals, key=rivals.get)
        if rivals[rival] >= 3 and rivals[rival] > 2 * scores[home]:
            return None if rival == "USD" else rival
        return home
    best = max(scores, key=scores.get)
    if (scores[best] >= 3 or (scores[best] == 2 and us == 0)) and scores[best] > 2 * us \
            and sorted(scores.values())[-2] * 2 < scores[best]:
        return best  # twice named with no sign of the United States is enough ("the Australian rate", "Australians")
    return None


def local_dollars(figures: list[Figure], text: str, home: str | None = None) -> None:
    """ "$26 million" in an Australian story is 26 million AUD: amounts written with a bare "$" or "dollars"
    (never "US$", "USD" or "US dollars") take the currency of the dollar country the text is about, or of
    the page's own country (`home`, see `local_dollar`)."""
    code = local_dollar(text, home)
    if code is None:
        return
    for f in figures:
        if f.kind == "money" and f.currency == "USD" and not _MARKED_DOLLAR.search(
                text[max(0, f.start - 3):f.end].lstrip(" ")) and not _US_AFTER.match(text, f.end):
            f.currency = code
