"""Figures of wire-service and local news that an unseen-text audit found misread (issue 14, round 5): habitual
days, counts after a place, quarters written as adjectives, futures contract months, heights, temperatures,
lengths written as a word, identifiers and emergency numbers. Sentences written for these tests (none is taken
from an article). Dates resolve against Thursday 12 March 1998 unless a row says otherwise."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_numbers_world import check, figures

PUBLISHED = dt.date(1998, 3, 12)

# (sentence, figure's text, kind, value, unit or currency or None[, published])
ROWS = [
    # a day or a month that recurs has no date
    ("The farmers' market opens every Monday.", "Monday", "date", None, None),
    ("Each Thursday, volunteers cook for the shelter.", "Thursday", "date", None, None),
    ("The bars are busiest on Saturday nights.", "Saturday", "date", None, None),
    ("Flu cases peak every January.", "January", "date", None, None),
    ("The festival is held in August each year.", "August", "date", None, None),
    ("He arrived on Monday night.", "Monday", "date", "1998-03-09", None),
    # a number after a place named after "in" counts something there: no age
    ("Victoria reported 61 new cases and in Tasmania, 12.", "12", "cardinal", 12.0, None),
    ("Arrests were made in Perth, 9, and in Darwin, 4.", "9", "cardinal", 9.0, None),
    ("Paul Brown of Dallas, 52, was charged.", "52", "quantity", 52.0, "years old"),
    ("Officials in Ohio said Ann Lee, 37, was found.", "37", "quantity", 37.0, "years old"),
    # ages after "ages"
    ("The vaccine is for children ages 6 to 11.", "6", "quantity", 6.0, "years old"),
    ("The vaccine is for children ages 6 to 11.", "11", "quantity", 11.0, "years old"),
    # ages written in words after "aged", and the first of a range whose second is an age in years
    ("She has two sons, aged eleven and fourteen.", "eleven", "quantity", 11.0, "years old"),
    ("She has two sons, aged eleven and fourteen.", "fourteen", "quantity", 14.0, "years old"),
    ("The suspects are between 19 and 24 years of age.", "19", "quantity", 19.0, "years old"),
    ("A 45-year-old and 3 others were hurt.", "3", "cardinal", 3.0, None),
    # a decade written with an apostrophe
    ("Prices soared in the late 1970's.", "1970's", "date", "197", None),
    # "expected to" as a past verb tells of the past; reported, it looks ahead
    ("When the letter came in May, he expected to read a small bill.", "May", "date", "1997-05", None),
    ("He said he expected to finish in May.", "May", "date", "1998-05", None),
    # Indian wire style: an age in brackets after a full name; grams as "gm"
    ("Police held Ramesh Kumar Yadav (34) at the station.", "34", "quantity", 34.0, "years old"),
    ("The Lions (14) beat the Tigers.", "14", "cardinal", 14.0, None),
    ("Officers seized 240 gm of heroin.", "240 gm", "quantity", 240.0, "g"),
    # counted people are no year; pounds converted into kilograms are a weight
    ("The plant employs 2000 people.", "2000", "cardinal", 2000.0, None),
    ("The firm recalled 21 million pounds (9.5 million kilograms) of meat.", "21 million pounds", "quantity", 21e6,
     "lb"),
    # quarters written as adjectives
    ("The retailer posted a third-quarter loss.", "third-quarter", "date", None, None),
    # hundredths of a currency as an adjective
    ("The board approved a 3-cent rise in the dividend.", "3-cent", "money", 0.03, "USD"),
    ("A 20-penny stamp.", "20-penny", "money", 0.2, "GBP"),
    # a wire story's dateline before a capitalised word is a day, not "30 News"
    ("Aug 14 Shares in Acme Corp fell.", "Aug 14", "date", "1998-08-14", None, dt.date(1998, 8, 14)),
    # futures contract months lie ahead of the trading day
    ("Light crude for April delivery fell 31 cents.", "April", "date", "1998-04", None),
    ("Brent crude for May dropped to $13.20 a barrel.", "May", "date", "1998-05", None),
    ("Heating oil for January delivery rose.", "January", "date", "1999-01", None),
    # a noun and its past participle before a weekday: the past ("next year" dates only itself)
    ("The group cut its forecast for demand next year in a report released Tuesday.", "Tuesday", "date",
     "1998-03-10", None),
    ("The panel will meet on Tuesday.", "Tuesday", "date", "1998-03-17", None),
    # fractions of a percent
    ("The index was up by a fifth of a percent.", "a fifth of a percent", "percent", 0.2, "%"),
    ("Prices rose half a percent.", "half a percent", "percent", 0.5, "%"),
    # tens of degrees after a weather word: a level, not a decade
    ("Temperatures climbed into the mid-90s on Monday.", "90s", "cardinal", None, None),
    ("Overnight lows will be in the 20s.", "20s", "cardinal", None, None),
    ("The band was famous in the 60s.", "60s", "date", "196", None),
    # heights and the weights written after them
    ("The 6-foot-7 center grabbed 12 rebounds.", "6-foot-7", "quantity", 6 + 7 / 12, "ft"),
    ("He is 5-foot-11 and 190 pounds.", "190 pounds", "quantity", 190.0, "lb"),
    ("He paid 190 pounds for the bike.", "190 pounds", "money", 190.0, "GBP"),
    # below zero without "degrees"
    ("Wind chills could reach 25 below zero.", "25 below zero", "quantity", -25.0, "degree"),
    # one unit of length written as a word
    ("The storm left more than a foot of snow.", "a foot", "quantity", 1.0, "ft"),
    ("The crash site is a mile away.", "a mile", "quantity", 1.0, "mi"),
    ("Totals of 9 inches to a foot (23 to 30 centimeters) are likely.", "a foot", "quantity", 1.0, "ft"),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{row[1]}|{row[0][:30]}" for row in ROWS])
def test_wire_figures(row):
    sentence, text, kind, value, unit, *published = row
    check(sentence, text, kind, value, unit, published=published[0] if published else PUBLISHED)


def test_weekday_range_into():
    """ "overnight Wednesday into Thursday", written on a Thursday: Thursday is that day, not a week back."""
    rows = figures("Snow was forecast overnight Wednesday into Thursday.", dt.date(1998, 3, 11))
    assert [(r["text"], r["value"]) for r in rows if r["kind"] == "date"] == [
        ("Wednesday", "1998-03-11"), ("Thursday", "1998-03-12")]


NOT_FIGURES = [
    ("The Standard & Poor's 500 index fell 4 points.", "500"),
    ("Whitey Ross, president of Local 1520, spoke.", "1520"),
    ("Voters approved Proposition 209 in November.", "209"),
    ("The company filed a Form 10-K with regulators.", "10"),
    ("Neighbours made several 911 calls.", "911"),
    ("She dialled 999 at once.", "999"),
    ("He was shot in the foot.", "foot"),
    ("She suffered a foot injury.", "a foot"),
    ("The country moved to alert level 3.", "3"),
    ("The stores were sold to Northgate 1215 Limited.", "1215"),
    ("Police stopped a two-wheeler near the toll plaza.", "two"),
]


@pytest.mark.parametrize(("sentence", "text"), NOT_FIGURES)
def test_no_figure(sentence, text):
    assert text not in [row["text"] for row in figures(sentence, PUBLISHED)]
