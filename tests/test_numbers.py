"""Number finding and normalisation (helpers.numbers): tables of figures that must be found with their
kind and value, and of text that must not be read as a figure; the seed article against its gold; the
shared accuracy sets when they are present (skipped otherwise)."""
from __future__ import annotations

import datetime as dt
import json
import re

import pandas as pd
import pytest

from helpers.language.segment import Document
from helpers.load.article import from_text
from helpers.numbers import lexicon as lex
from helpers.numbers.figure import KINDS, NUMBER_COLUMNS, duration_value
from helpers.numbers.find import find_numbers
from helpers.numbers.tables import (
    date_timeline,
    filter_kinds,
    implied_rates,
    kind_counts,
    money_in_one_currency,
    needs_log_scale,
    period_start,
)
from helpers.resources import PROJECT_ROOT

EVAL = PROJECT_ROOT.parent / "shared" / "eval"

PUBLISHED = dt.date(2024, 5, 16)  # a Thursday


def numbers_of(text: str, published: dt.date | None = PUBLISHED) -> pd.DataFrame:
    doc = Document(from_text(text, published=published))
    frame = find_numbers(doc)
    for row in frame.itertuples():
        assert doc.article.original[row.start:row.end] == row.text
    return frame


def row_for(frame: pd.DataFrame, text: str) -> dict:
    rows = frame[frame["text"] == text]
    assert len(rows) == 1, f"expected one figure {text!r}, got:\n{frame[['text', 'kind', 'value']]}"
    return rows.iloc[0].to_dict()


def same_value(got, expected) -> bool:
    if expected is None:
        return got is None or bool(pd.isna(got))
    if isinstance(expected, str):
        return got == expected
    return got is not None and abs(float(got) - expected) <= 1e-9 * max(1.0, abs(expected))


# --------------------------------------------------------------------------- must match

@pytest.mark.parametrize("sentence,text,kind,value", lex.EXAMPLES_MATCH,
                         ids=[f"{e[2]}: {e[1]}" for e in lex.EXAMPLES_MATCH])
def test_lexicon_examples_are_found_with_kind_and_value(sentence, text, kind, value):
    row = row_for(numbers_of(sentence), text)
    assert row["kind"] == kind
    assert same_value(row["value"], value), f"{text!r}: value {row['value']!r}, expected {value!r}"


MORE_MATCHES = [
    # relative dates, resolved against Thursday 16 May 2024 and the tense of the sentence
    ("On Tuesday, the administration announced tariffs.", "Tuesday", "date", "2024-05-14"),
    ("On Friday they will head to Harbin.", "Friday", "date", "2024-05-17"),
    ("They met on Thursday.", "Thursday", "date", "2024-05-16"),
    ("Officials said Friday that the plan will start soon.", "Friday", "date", "2024-05-10"),
    ("The summit is expected to open on Monday.", "Monday", "date", "2024-05-20"),
    ("The talks ended on Monday.", "Monday", "date", "2024-05-13"),
    ("Last year, trade hit a record.", "Last year", "date", "2023"),
    ("He wrote in a piece published this week.", "this week", "date", "2024-W20"),
    ("In March, the navies conducted joint drills.", "March", "date", "2024-03"),
    ("The summit will be held in January.", "January", "date", "2025-01"),
    ("Officials said so yesterday.", "yesterday", "date", "2024-05-15"),
    ("The deal was signed on May 2.", "May 2", "date", "2024-05-02"),
    ("a lifeline since 16 May 2021", "16 May 2021", "date", "2021-05-16"),
    ("the 19th-century romanticism", "19th-century", "date", "18"),
    ("the deficit for 1997-98 will widen", "1997-98", "date", "1997/1998"),  # a fiscal year: one span
    ("prices rose in 1990-95", "95", "date", "1995"),  # a range of years: two
    ("from Sept. 1, 1987, on", "Sept. 1, 1987", "date", "1987-09-01"),
    # money: codes, words, subunits, ranges, other dollars
    ("a 50p coin", "50p", "money", 0.5),
    ("it cost 20 cents", "20 cents", "money", 0.2),
    ("it paid 300 million euros", "300 million euros", "money", 3e8),
    ("a bill of 5 Australian dollars", "5 Australian dollars", "money", 5.0),
    ("revenue of 830bn rupees", "830bn rupees", "money", 830e9),
    ("the HK$3bn deal", "HK$3bn", "money", 3e9),
    ("costs of $5-10bn", "$5", "money", 5e9),
    ("half-a million ringgit were taken", "half-a million ringgit", "money", 5e5),
    ("a $1.1trn debt", "$1.1trn", "money", 1.1e12),
    ("it costs 5,000 rupiah", "5,000 rupiah", "money", 5000.0),
    # percentages and ranges split in two
    ("a 5-15% discount", "5", "percent", 5.0),
    ("a 5-15% discount", "15%", "percent", 15.0),
    ("a rise of 2 percentage points", "2 percentage points", "percent", 2.0),
    # durations, quantities, counts, times
    ("two to three years later", "two", "duration", "P2Y"),
    ("Three and a half weeks later", "Three and a half weeks", "duration", "P3.5W"),
    ("for a decade", "a decade", "duration", "P10Y"),
    ("clocking 2 hours, 32 minutes, 25.3 seconds in all", "2 hours, 32 minutes, 25.3 seconds", "duration",
     "PT2H32M25.3S"),
    ("a quarter-century of work", "quarter-century", "duration", "P25Y"),
    ("Zhivka Savic, 65, said so.", "65", "quantity", 65.0),
    ("450,000 litres a day", "450,000 litres a day", "quantity", 450000.0),
    ("he received 2,000 letters a day", "2,000 letters a day", "quantity", 2000.0),
    ("the 50K race", "50K", "quantity", 50.0),
    ("SIXTY-FIVE of the 69 members", "SIXTY-FIVE", "cardinal", 65.0),
    ("a hundred and five people", "a hundred and five", "cardinal", 105.0),
    ("several hundred people", "several hundred", "cardinal", None),
    ("the No. 4 seed", "4", "ordinal", 4.0),
    ("each one of the pebbles", "one", "cardinal", 1.0),
    ("growth in the mid-1990s", "1990s", "date", "199"),
    ("a 3 1/2-year-old girl", "3 1/2-year-old", "quantity", 3.5),
    ("multiplied roughly ninefold", "nine", "cardinal", 9.0),
    ("the bond rose 23/32", "23/32", "money", 23 / 32),  # a bond price in 32nds of a dollar: MONEY in MUC
    ("talks at noon", "noon", "time", "T12:00"),
    ("a trillion-dollar health law", "a trillion-dollar", "money", 1e12),
    # later additions: abbreviations without a stop, "pct", other dollars, days of the month, fractions
    ("Shares fell on Jan 5.", "Jan 5", "date", "2024-01-05"),
    ("Shares fell 3 pct.", "3 pct", "percent", 3.0),
    ("a NT$5bn plant", "NT$5bn", "money", 5e9),
    ("The vote is on the 21st.", "21st", "date", "2024-05-21"),
    ("a third of voters", "a third", "cardinal", 1 / 3),
    ("on the 16th floor", "16th", "ordinal", 16.0),
    # a year inside a name still names that year; digits glued to letters are codes (see non-matches)
    ("the Euro 2024 final", "2024", "date", "2024"),
    ("the 1994 World Cup", "1994", "date", "1994"),
    ("the 10:30 train", "10:30", "time", "T10:30"),
    ("shares rose by 1030 GMT", "1030 GMT", "time", "T10:30"),
]


@pytest.mark.parametrize("sentence,text,kind,value", MORE_MATCHES,
                         ids=[f"{e[2]}: {e[1]} in {e[0][:30]}" for e in MORE_MATCHES])
def test_figures_are_found_with_kind_and_value(sentence, text, kind, value):
    row = row_for(numbers_of(sentence), text)
    assert row["kind"] == kind
    assert same_value(row["value"], value), f"{text!r}: value {row['value']!r}, expected {value!r}"


@pytest.mark.parametrize("sentence,text,value", [
    ("On Friday they will head to Harbin.", "Friday", None),
    ("In March, the navies conducted drills.", "March", "--03"),
    ("The deal was signed on May 2.", "May 2", "--05-02"),
    ("Last year, trade hit a record.", "Last year", None),
    ("in February 2022", "February 2022", "2022-02"),
], ids=["weekday", "month", "month and day", "relative year", "month and year"])
def test_without_a_publication_date_nothing_is_invented(sentence, text, value):
    row = row_for(numbers_of(sentence, published=None), text)
    assert row["kind"] == "date"
    assert same_value(row["value"], value)


@pytest.mark.parametrize("sentence,text,precision", [
    ("On Tuesday, they met.", "Tuesday", "day"),
    ("this week", "this week", "week"),
    ("In March, they met.", "March", "month"),
    ("Last year, they met.", "Last year", "year"),
    ("in the 1950s", "1950s", "decade"),
], ids=["day", "week", "month", "year", "decade"])
def test_dates_keep_their_precision(sentence, text, precision):
    assert row_for(numbers_of(sentence), text)["precision"] == precision


# --------------------------------------------------------------------------- must not match

MORE_NON_MATCHES = [
    ("Everyone agreed that one has to be careful.", "one"),
    ("It was a bitter one, he said.", "one"),
    ("He worked at Banc One Investment.", "One"),
    ("They bought a one-way ticket.", "one"),
    ("under section 38 of the act", "38"),
    ("She lives at 601 Riverview Dr. in Florence.", "601"),
    ("since the fall of the Soviet Union", "fall"),
    ("March on, they said.", "March"),
    ("during the Second World War", "Second"),
    ("a 4x4 vehicle", "4"),
    ("the COP28 talks", "28"),
    ("a comment read alert(1) and left", "1"),
    ("since the dawn of the modern age", "dawn"),
    ("the principal, Dawn Hochsprung, said", "Dawn"),
]


@pytest.mark.parametrize("sentence,text", lex.EXAMPLES_NO_MATCH + MORE_NON_MATCHES,
                         ids=[f"{e[1]} in {e[0][:35]}" for e in lex.EXAMPLES_NO_MATCH + MORE_NON_MATCHES])
def test_not_a_figure(sentence, text):
    frame = numbers_of(sentence)
    start = sentence.find(text)
    assert start >= 0
    end = start + len(text)
    overlapping = frame[(frame["start"] < end) & (frame["end"] > start)]
    assert overlapping.empty, f"{text!r} in {sentence!r} read as {overlapping[['text', 'kind']].to_dict('records')}"


# --------------------------------------------------------------------------- links, counts, spans


def test_conversion_in_brackets_is_linked():
    frame = numbers_of("tariffs on $18bn (£14bn) of goods and 6bn euros ($8bn; £6bn) in aid, and $3bn later")
    links = frame.set_index("text")["link"]
    assert links["$18bn"] == links["£14bn"]
    assert links["6bn euros"] == links["$8bn"] == links["£6bn"] != links["$18bn"]
    assert pd.isna(links["$3bn"])
    assert frame.set_index("text")["currency"].to_dict() == {
        "$18bn": "USD", "£14bn": "GBP", "6bn euros": "EUR", "$8bn": "USD", "£6bn": "GBP", "$3bn": "USD"}


@pytest.mark.parametrize("sentence,text,noun", [
    ("They sent 10,000 troops to the border.", "10,000", "troops"),
    ("Thousands of laborers protested.", "Thousands", "laborers"),
    ("It is supervised by 42 foreign coaches.", "42", "coaches"),
    ("the two leaders sat down", "two", "leaders"),
], ids=["digits", "vague count with of", "over an adjective", "word number"])
def test_cardinal_names_the_noun_it_counts(sentence, text, noun):
    assert row_for(numbers_of(sentence), text)["counts"] == noun


def test_spans_survive_cleaning_of_odd_whitespace():
    text = "Tariffs  on\n$18bn   (£14bn)\u00a0of goods,\n\nsigned on  Tuesday."
    frame = numbers_of(text)
    assert list(frame["text"]) == ["$18bn", "£14bn", "Tuesday"]


def test_frame_has_the_shared_columns():
    frame = numbers_of("Nothing to count here.")
    assert list(frame.columns[:len(NUMBER_COLUMNS)]) == NUMBER_COLUMNS
    assert frame.empty


@pytest.mark.parametrize("text,value", [
    ("two", 2), ("twenty-five", 25), ("a hundred and five", 105), ("one million", 1e6),
    ("half a million", 5e5), ("two and a half", 2.5), ("a dozen", 12), ("three thousand four hundred", 3400),
    ("the", None),
], ids=["unit", "tens", "hundred and", "scale", "half a", "and a half", "dozen", "compound", "not a number"])
def test_words_to_number(text, value):
    assert lex.words_to_number(text) == value


@pytest.mark.parametrize("amount,unit,iso", [
    (2, "day", "P2D"), (3, "years", "P3Y"), (18, "months", "P18M"), (4, "hours", "PT4H"),
    (30, "second", "PT30S"), (2, "decades", "P20Y"), (None, "years", None),
], ids=["days", "years", "months", "hours", "seconds", "decades", "vague"])
def test_duration_value(amount, unit, iso):
    assert duration_value(amount, unit) == iso


# --------------------------------------------------------------------------- notebook helpers


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    return numbers_of("On Tuesday the US announced tariffs on $18bn (£14bn) of goods. Trade hit $240.1bn "
                      "last year, and a £7bn fund opened in March. Two leaders met for 75 minutes.")


def test_filter_kinds(sample):
    assert set(filter_kinds(sample, ["money"])["kind"]) == {"money"}
    assert len(filter_kinds(sample, "all")) == len(sample)
    assert list(filter_kinds(sample, "date")["text"]) == ["Tuesday", "last year", "March"]
    with pytest.raises(ValueError, match="unknown kind"):
        filter_kinds(sample, ["money", "colour"])


def test_kind_counts(sample):
    counts = kind_counts(sample)
    assert counts["money"] == 4 and counts["date"] == 3
    assert set(counts.index) <= set(KINDS)


def test_implied_rate_and_one_currency(sample):
    rates = implied_rates(sample)
    assert rates[("GBP", "USD")] == pytest.approx(18 / 14)
    money = money_in_one_currency(sample, "USD")
    assert list(money["text"]) == ["$18bn = £14bn", "$240.1bn", "£7bn"]
    assert money["amount"].tolist() == pytest.approx([18e9, 240.1e9, 7e9 * 18 / 14])
    assert money["converted"].tolist() == [False, False, True]


def test_money_without_a_rate_keeps_its_currency():
    money = money_in_one_currency(numbers_of("It cost $5m and 3m yen."), "USD")
    assert money.set_index("text")["currency"].to_dict() == {"$5m": "USD", "3m yen": "JPY"}


@pytest.mark.parametrize("amounts,expected", [
    ([1e6, 2e6, 5e6], False), ([5.0, 18e9], True), ([3e9], False)], ids=["similar", "orders apart", "one"])
def test_needs_log_scale(amounts, expected):
    assert needs_log_scale(pd.Series(amounts)) is expected


def test_date_timeline_is_in_order(sample):
    timeline = date_timeline(sample)
    assert list(timeline["text"]) == ["last year", "March", "Tuesday"]
    assert list(timeline["when"]) == [dt.date(2023, 1, 1), dt.date(2024, 3, 1), dt.date(2024, 5, 14)]


@pytest.mark.parametrize("value,start", [
    ("2024-05-16", dt.date(2024, 5, 16)), ("2022-02", dt.date(2022, 2, 1)), ("2024-W20", dt.date(2024, 5, 13)),
    ("2023", dt.date(2023, 1, 1)), ("195", dt.date(1950, 1, 1)), ("2024-Q2", dt.date(2024, 4, 1)),
    ("--05-16", None), (None, None)],
    ids=["day", "month", "week", "year", "decade", "quarter", "no year", "none"])
def test_period_start(value, start):
    assert period_start(value) == start


# --------------------------------------------------------------------------- the seed article


def test_seed_numbers_match_gold(seed_document, seed_gold):
    frame = find_numbers(seed_document)
    original = seed_document.article.original
    problems = []
    for row in frame.itertuples():
        assert original[row.start:row.end] == row.text
    for gold in seed_gold["numbers"]:
        hits = frame[(frame["start"] < gold["end"]) & (frame["end"] > gold["start"])]
        if hits.empty:
            if gold["required"]:
                problems.append(f"missed {gold['text']!r}")
            continue
        hit = hits.iloc[0]
        if gold["required"] and (hit["kind"] != gold["kind"] or not same_value(hit["value"], gold["value"])):
            problems.append(f"{gold['text']!r}: {hit['kind']} {hit['value']!r}, expected {gold['kind']} {gold['value']!r}")
        if gold.get("currency") and hit["currency"] != gold["currency"]:
            problems.append(f"{gold['text']!r}: currency {hit['currency']}")
    for row in frame.itertuples():
        if not any(g["start"] < row.end and row.start < g["end"] for g in seed_gold["numbers"]):
            problems.append(f"extra {row.text!r} ({row.kind})")
    assert not problems, "; ".join(problems)


def test_seed_conversion_pair_is_linked(seed_document):
    frame = find_numbers(seed_document).set_index("text")
    assert frame.loc["$18bn", "link"] == frame.loc["£14bn", "link"]


# --------------------------------------------------------------------------- accuracy sets (when present)


@pytest.mark.slow
def test_ieer_number_recall_and_precision():
    folder = EVAL / "ieer-dev"
    files = sorted(folder.glob("*.json"))
    if not files:
        pytest.skip(f"IE-ER gold not found at {folder}")
    gold_total = gold_found = predicted = predicted_ok = 0
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        frame = find_numbers(Document(from_text(data["text"])))
        frame = frame[frame["kind"] != "ordinal"]
        gold = [g for g in data["numbers"] if g["type"] in ("MONEY", "PERCENT", "CARDINAL", "MEASURE", "DATE",
                                                            "DURATION", "TIME")]
        def overlaps(g, r):
            return r.start < g["end"] and g["start"] < r.end

        for g in gold:
            if g.get("optional"):
                continue
            gold_total += 1
            gold_found += any(overlaps(g, r) for r in frame.itertuples())
        for r in frame.itertuples():
            predicted += 1
            predicted_ok += any(overlaps(g, r) for g in gold)
    assert gold_found / gold_total >= 0.95
    assert predicted_ok / predicted >= 0.92


@pytest.mark.slow
def test_bbc_symbol_amounts_found_with_value_and_currency():
    folder = EVAL / "bbc-dev"
    files = sorted(folder.glob("*.txt"))
    if not files:
        pytest.skip(f"BBC articles not found at {folder}")
    magnitudes = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "tn": 1e12, "trillion": 1e12, "k": 1e3, "": 1}
    currencies = {"$": "USD", "£": "GBP", "€": "EUR"}
    amount = re.compile(r"([$£€])\s?(\d[\d,]*(?:\.\d+)?)\s?(bn|billion|m|million|tn|trillion|k)?\b")
    total = right = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        money = find_numbers(Document(from_text(text)))
        money = money[money["kind"] == "money"]
        for m in amount.finditer(text):
            total += 1
            value = float(m.group(2).replace(",", "")) * magnitudes[(m.group(3) or "").lower()]
            hits = money[(money["start"] < m.end()) & (money["end"] > m.start())]
            right += bool(len(hits)) and hits.iloc[0]["currency"] == currencies[m.group(1)] and same_value(
                hits.iloc[0]["value"], value)
    assert right / total >= 0.99


# --------------------------------------------------------------------------- fast scanning changes nothing

def _scanners() -> list[tuple[str, re.Pattern, list]]:
    """Every pattern scan() runs with the regexes that mark where it can begin (helpers.language.fastscan)."""
    from helpers.numbers import patterns as N

    return ([(f"calendar-{name}", pattern, N.CALENDAR_STARTS[name], N.CALENDAR_NEEDS.get(name, ()))
             for name, pattern in N.CALENDAR_PATTERNS]
            + [(f"time-{index}-{name}", pattern, starts, needs) for index, ((name, pattern), starts, needs)
               in enumerate(zip(N.TIME_PATTERNS, N.TIME_STARTS, N.TIME_NEEDS, strict=True))]
            + [("number", N.ATOM, N.ATOM_STARTS, ()), ("bare-duration", N.A_UNIT, N.A_UNIT_STARTS, ()),
               ("phone", N.PHONE, N.PHONE_STARTS, ())])


def _mixed_texts(count: int, seed: int = 7) -> list[str]:
    """Random runs of the lexicon's words in every case, with digits, symbols and separators: edge cases
    no article may show (a number word after "$", "ſix", a month glued to a digit)."""
    import random

    vocabulary = (list(lex.SMALL_NUMBERS) + list(lex.ORDINALS) + list(lex.VAGUE_COUNTS) + list(lex.MONTHS)
                  + list(lex.WEEKDAYS) + list(lex.CURRENCY_PREFIXES) + list(lex.CURRENCY_WORDS) + list(lex.TIME_UNITS)
                  + list(lex.MEASURE_UNITS) + list(lex.TIMES_OF_DAY) + list(lex.HOLIDAYS)
                  + "a an half dozen several few many century quarter Q3 mid- last this next yesterday Tomorrow "
                    "spring Fall GMT hrs pm a.m. p.m. of the on and - – / : . , % ſix fıve İ 1 12 1,000 3.5 2024 "
                    "1999 16th 4:07.13 10:30 1430 5/16/24 2024-05-16 $ £ € US$ ( ) “ ” Mr é ٣ ５".split())
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            word = rng.choice(vocabulary)
            word = rng.choice([word, word, word, word.upper(), word.title()])
            parts += [word, rng.choice([" ", " ", " ", "-", "", ", ", "  ", "\n", ". "])]
        texts.append("".join(parts))
    return texts


def _article_texts() -> list[str]:
    """The seed article, and the shared accuracy sets' texts when present (read, never copied)."""
    texts = [(PROJECT_ROOT / "data" / "articles" / "putin-xi-beijing.txt").read_text(encoding="utf-8")]
    for path in sorted((EVAL / "ieer-dev").glob("*.json")) + sorted((EVAL / "polnear-train").glob("*.json"))[:120]:
        texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
    texts += [path.read_text(encoding="utf-8") for path in sorted((EVAL / "bbc-dev").glob("*.txt"))]
    return texts


@pytest.mark.parametrize("name,pattern,starts,needs", _scanners(), ids=[s[0] for s in _scanners()])
def test_scanning_where_a_pattern_can_begin_finds_what_finditer_finds(name, pattern, starts, needs):
    from helpers.language.fastscan import fold_case
    from helpers.numbers.patterns import scanned

    texts = _article_texts() + _mixed_texts(3000) + [sentence for sentence, *_ in lex.EXAMPLES_MATCH]
    for text in texts:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        found = scanned(pattern, text, fold_case(text), starts, needs)
        assert [(m.span(), m.groups()) for m in found] == expected, text[:200]
