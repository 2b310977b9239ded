"""Ways of writing figures found on news from India, the UK, Australia, New Zealand and the US
(`helpers.numbers.written_forms`): stone, race distances, "-odd", levels of tens, spaced Indian grouping,
speeds written against the digits, feet and inches, "100s of", "$A"/"$NZ", fiscal years (read by
`helpers.numbers.calendar`), rupees in words,
pounds of weight read together, weekday ranges and repeated weekdays, "until Wednesday". Sentences written
for these tests; dates resolve against Monday 30 June 2025 unless a row says otherwise."""
from __future__ import annotations

import datetime as dt

import pytest

from figure_checks import figure_rows, same
from helpers.numbers.figure import Figure
from helpers.numbers.written_forms import ordinal_suffix, weekdays_read_together

PUBLISHED = dt.date(2025, 6, 30)


def figures(text: str, published: dt.date = PUBLISHED) -> list[dict]:
    return figure_rows(text, published)


# (text, span, kind, value, unit or currency)
FORMS = [
    # a trillion written against the digits, after a currency only
    ("The plan costs $1T over ten years.", "$1T", "money", 1e12, "USD"),
    ("Public debt passed US$1.1t last year.", "US$1.1t", "money", 1.1e12, "USD"),
    ("The fund is worth $2.5tr, its chief said.", "$2.5tr", "money", 2.5e12, "USD"),
    # stone against the digits; a real ordinal stays one
    ("The club's members have lost 420st between them.", "420st", "quantity", 420.0, "st"),
    ("Mary has shed 2.5st since the spring.", "2.5st", "quantity", 2.5, "st"),
    ("She finished 21st in the final.", "21st", "ordinal", 21.0, None),
    ("He came 101st out of 300 runners.", "101st", "ordinal", 101.0, None),
    # race distances
    ("Pupils jogged 5k around the park on Sunday.", "5k", "quantity", 5.0, "km"),
    ("She trained for the 10k run in Hamilton.", "10k", "quantity", 10.0, "km"),
    ("The charity gave out 5k leaflets.", "5k", "cardinal", 5000.0, None),
    ("The firm paid a £5k bonus.", "£5k", "money", 5000.0, "GBP"),
    # "-odd"
    ("Crews have 60-odd hours to clear the road.", "60-odd hours", "duration", "PT60H", None),
    ("About 20-odd residents turned up.", "20-odd", "cardinal", 20.0, None),
    # a level of tens is no decade; decades stay
    ("Temperatures will climb into the high 30s on Friday.", "30s", "cardinal", None, None),
    ("His rating sank to the low 40s.", "40s", "cardinal", None, None),
    ("Prices rose sharply in the late 90s.", "90s", "date", "199", None),
    # Indian amounts with a space after a grouping comma
    ("The state plans to spend Rs 2, 15,000 crore this year.", "Rs 2, 15,000 crore", "money", 2.15e12, "INR"),
    ("Rail projects get Rs 8, 250 crore.", "Rs 8, 250 crore", "money", 8.25e10, "INR"),
    ("Officers found Rs four lakh in the car.", "Rs four lakh", "money", 4e5, "INR"),
    ("Crores of rupees were wasted, the audit said.", "Crores of rupees", "money", None, "INR"),
    ("Lakhs of pilgrims reached the town.", "Lakhs", "cardinal", None, None),
    # speeds, feet and inches, "100s of"
    ("Gusts reached 95km/h near the coast.", "95km/h", "quantity", 95.0, "km/h"),
    ("The bus was doing 80 km/hr in the school zone.", "80 km/hr", "quantity", 80.0, "km/h"),
    ("The suspect is 5ft 9in tall.", "9in", "quantity", 9.0, "in"),
    ("The suspect is 5ft 9in tall.", "5ft", "quantity", 5.0, "ft"),
    ("100s of thousands of fans lined the streets.", "100s of thousands", "cardinal", None, None),
    ("10s of volunteers helped.", "10s", "cardinal", None, None),
    # British and Australian shorthand against the digits: per cent, hours and minutes, cents; water volumes
    ("Wages grew 4.1pc over the year.", "4.1pc", "percent", 4.1, "%"),
    ("Councils may raise rates by up to 3 pc this year.", "3 pc", "percent", 3.0, "%"),
    ("The winner finished in 3hr 12min.", "3hr 12min", "duration", "PT3H12M", None),
    ("Diesel now costs 189.5c a litre.", "189.5c", "money", 1.895, "USD"),
    ("The reservoir released 2,500 megalitres.", "2,500 megalitres", "quantity", 2500.0, "ML"),
    # an "m" compared with an amount in millions is a million, not metres
    ("About 3.1m tourists arrived, up from 2.7m.", "2.7m", "cardinal", 2.7e6, None),
    ("Profit hit £4.4m, compared with 3.9m last year.", "3.9m", "money", 3.9e6, "GBP"),
    ("The bridge is 400m long and the ramp 30m.", "30m", "quantity", 30.0, "m"),
    # a magnitude word written against the digits; two full years in a row; "a year earlier" is no rate
    ("Some 2.4million people are on the list.", "2.4million", "cardinal", 2.4e6, None),
    ("The club paid a £61.5million fee.", "£61.5million", "money", 6.15e7, "GBP"),
    ("The council expects a surplus for 2027-2028.", "2027-2028", "date", "2027/2028", None),
    ("Sales were $410,000, against $380,000 a year earlier.", "$380,000", "money", 380000.0, "USD"),
    ("Rent rose to $620 a week.", "$620", "money", 620.0, "per week"),
    # "MM" after a currency is a million; a length in millimetres stays one
    ("He signed for four years, $180.5MM.", "$180.5MM", "money", 1.805e8, "USD"),
    ("Up to 25mm of rain fell.", "25mm", "quantity", 25.0, "mm"),
    # a bare dollar in a text about Australia, named twice with no sign of the United States
    ("Australian households will get $300 each, and most Australians will pay less.", "$300", "money", 300.0, "AUD"),
    ("The Morrison Government's mid-year economic and fiscal outlook shows a $12 billion deficit.", "$12 billion",
     "money", 1.2e10, "AUD"),
    # below zero; a hyphenated lakh crore
    ("Wind chills could fall to 35 degrees below zero.", "35 degrees below zero", "quantity", -35.0, "degree"),
    ("Nights reached 4C below freezing.", "4C below freezing", "quantity", -4.0, "°C"),
    ("Collections stayed above the Rs 1.6-lakh-crore mark.", "Rs 1.6-lakh-crore", "money", 1.6e12, "INR"),
    # currency prefixes with the country after the dollar sign
    ("The deal is worth $A3.5m.", "$A3.5m", "money", 3.5e6, "AUD"),
    ("Tickets cost $NZ45 each.", "$NZ45", "money", 45.0, "NZD"),
    ("Exports reached $US2 billion.", "$US2 billion", "money", 2e9, "USD"),
    ("Tomatoes sold at Rs 60/kg last week.", "Rs 60/kg", "money", 60.0, "INR"),
    ("Tomatoes sold at Rs 60/kg last week.", "Rs 60/kg", "money", 60.0, "per kg"),
    ("The firm owes rupees 7 crore to banks.", "rupees 7 crore", "money", 7e7, "INR"),
    # fiscal years
    ("The FY2025-26 budget was tabled in Parliament.", "FY2025-26", "date", "2025/2026", None),
    ("Profit in FY24 fell by a fifth.", "FY24", "date", "2024", None),
    # pounds in a text that weighs in pounds and writes no pound sign
    ("Deputies found 40 pounds of cocaine. He faces charges for more than 20 pounds.", "20 pounds", "quantity",
     20.0, "lb"),
    ("A man was fined 50 pounds in London. The bag held 3 pounds of flour. It cost £4.", "50 pounds", "money",
     50.0, "GBP"),
    # weekdays
    ("Warnings are now in place until 6pm on Thursday for the whole region.", "Thursday", "date", "2025-07-03", None),
    ("The road was shut until Thursday, police said.", "Thursday", "date", "2025-06-26", None),
    ("The board meets on Wednesday. Traders put the chance of a cut on Wednesday at 60 per cent.", "Wednesday",
     "date", "2025-07-02", None),
    ("Prices passed the old peak in May, with buyers expected to return by September.", "May", "date", "2025-05",
     None),
]


@pytest.mark.parametrize(("text", "span", "kind", "value", "unit_or_currency"), FORMS)
def test_written_forms(text, span, kind, value, unit_or_currency):
    rows = [row for row in figures(text) if row["text"] == span]
    assert rows, f"{span!r} not found in {[(r['text'], r['kind']) for r in figures(text)]}"
    row = rows[-1]  # a span written twice (a repeated weekday): the later one
    assert row["kind"] == kind, row
    assert same(row["value"], value), row
    if unit_or_currency is not None:
        assert unit_or_currency in (row["unit"], row["currency"]), row


NAMED_DAYS = [
    # a weekday named with a capitalised word before it is a named day, not the weekday named before
    ("Turnout was high on Super Tuesday. Voters return on Tuesday for the runoff.", "Tuesday"),
]


@pytest.mark.parametrize(("text", "word"), NAMED_DAYS)
def test_named_day_is_not_the_weekday_repeated(text, word):
    bare = [row for row in figures(text) if row["text"] == word]
    assert bare[-1]["value"] == "2025-07-01", bare


@pytest.mark.parametrize(("value", "suffix"), [(1.0, "st"), (11.0, "th"), (21.0, "st"), (112.0, "th"),
                                                (102.0, "nd"), (650.0, "th"), (3.5, None)])
def test_ordinal_suffix(value, suffix):
    assert ordinal_suffix(value) == suffix


# (text, the dates each weekday was given alone, the dates once read together)
WEEKDAY_RANGES = [
    ("rain from Saturday to Monday", ["2021-05-29", "2021-05-24"], ["2021-05-29", "2021-05-31"]),
    ("closed from Friday until Tuesday", ["2024-03-08", "2024-03-05"], ["2024-03-08", "2024-03-12"]),
    ("open on Saturday and on Monday", ["2021-05-29", "2021-05-24"], ["2021-05-29", "2021-05-24"]),
]


@pytest.mark.parametrize(("text", "alone", "together"), WEEKDAY_RANGES)
def test_weekday_ranges(text, alone, together):
    found = []
    words = [w for w in text.split() if w in ("Monday", "Tuesday", "Friday", "Saturday")]
    position = 0
    for word, value in zip(words, alone):
        start = text.index(word, position)
        found.append(Figure(start, start + len(word), "date", value, precision="day"))
        position = start + len(word)
    weekdays_read_together(found, text)
    assert [f.value for f in found] == together
