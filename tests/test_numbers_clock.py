"""Clock times in words and ranges that write "am"/"pm" once (`helpers.numbers.clock`), timetables, days ahead
told in the present tense, and the other session-6 readings: counts after approximators, "2024/5", "'82",
"-year-olds", "-strong", oil in "bpd", "one cent", "$50+ billion", channel and company numbers, Indian
addresses, lists of ages, the whole text weighed for a bare dollar. Sentences written for these tests; dates
resolve against Wednesday 25 June 2025 unless a row says otherwise."""
from __future__ import annotations

import datetime as dt

import pytest

from figure_checks import figure_rows, same

PUBLISHED = dt.date(2025, 6, 25)  # a Wednesday


def _rows(text: str) -> list[dict]:
    return figure_rows(text, PUBLISHED)


# (text, span, kind, value, unit or currency)
READINGS = [
    # clock phrases in words; a part of the day or am/pm places them, else the hour stays as written
    ("The hearing resumed at quarter past 11.", "quarter past 11", "time", "T11:15", None),
    ("Guests left at half past six in the evening.", "half past six in the evening", "time", "T18:30", None),
    ("The last ferry goes at ten to nine.", "ten to nine", "time", "T08:50", None),
    ("Doors open at twenty past 3 in the afternoon.", "twenty past 3 in the afternoon", "time", "T15:20", None),
    ("Fireworks start at a quarter to midnight.", "a quarter to midnight", "time", "T23:45", None),
    ("They met at seven o'clock.", "seven o'clock", "time", "T07:00", None),
    ("Polling closes at 12 noon.", "12 noon", "time", "T12:00", None),
    ("The curfew starts at 12 midnight.", "12 midnight", "time", "T00:00", None),
    ("The blaze broke out at 4 in the morning.", "4 in the morning", "time", "T04:00", None),
    ("Shots were heard at 11 at night.", "11 at night", "time", "T23:00", None),
    # digits "to" digits and counted nouns are no clock
    ("Inflation ran at 4 to 5 percent.", "4", "percent", 4.0, "%"),
    ("He faces five to ten years in prison.", "ten years", "duration", "P10Y", None),
    ("Ten past champions attended the dinner.", "Ten", "cardinal", 10.0, None),
    # the meridiem written once, after the second time of a range
    ("Peak fares apply 04:30-07:00pm.", "04:30", "time", "T16:30", None),
    ("Peak fares apply 05:30-08:30am.", "05:30", "time", "T05:30", None),
    ("The clinic is staffed between 8 and 10pm.", "8", "time", "T20:00", None),
    ("The market runs from 10 to 11am.", "10", "time", "T10:00", None),
    ("Lunch is served 11-2pm.", "11", "time", "T11:00", None),
    ("The drill ran 14:00-16:00pm.", "14:00", "time", "T14:00", None),
    # a timetable names the days of a schedule, no date; a day ahead told in the present tense
    ("Weekdays only. Tuesday to Thursday: 07:00-09:00am.", "Tuesday", "date", None, None),
    ("Saturday: 10am-4pm", "Saturday", "date", None, None),
    ("The pool is open Monday to Friday until further notice.", "Friday", "date", None, None),
    ("The strike will run from Monday to Friday.", "Friday", "date", "2025-07-04", None),
    ("Jones, who turns 60 Saturday, plans to retire.", "Saturday", "date", "2025-06-28", None),
    ("The new bridge opens on Friday.", "Friday", "date", "2025-06-27", None),
    ("Another walkout is planned for Thursday.", "Thursday", "date", "2025-06-26", None),
    ("The march was planned for Tuesday but was called off.", "Tuesday", "date", "2025-06-24", None),
    ("The fee is €120 for August.", "August", "date", "2025-08", None),
    # a four-digit number after an approximator and before a counted noun is a count; after "in" a year
    ("The plant, employing around 2000 people, will close.", "2000", "cardinal", 2000.0, None),
    ("Nearly 1800 staff lost their jobs.", "1800", "cardinal", 1800.0, None),
    ("In 1998 people voted for a new council.", "1998", "date", "1998", None),
    ("Wages are still below 2008 levels.", "2008", "date", "2008", None),
    # fiscal years with one digit, years with an apostrophe, plural ages, "-strong"
    ("The draft budget for 2025/6 shows a deficit.", "2025/6", "date", "2025/2026", None),
    ("Shares are at their lowest since '87.", "'87", "date", "1987", None),
    ("He played for the class of ’09.", "’09", "date", "2009", None),
    ("Two 15-year-olds were charged.", "15-year-olds", "quantity", 15.0, "years old"),
    ("A 600-strong crowd gathered.", "600", "cardinal", 600.0, None),
    # units and money
    ("Output fell by 1.5 million bpd.", "1.5 million bpd", "quantity", 1.5e6, "bbl per day"),
    ("Crews resurfaced 430 kms of road.", "430 kms", "quantity", 430.0, "km"),
    ("Bus fares rose by one cent.", "one cent", "money", 0.01, "USD"),
    ("It became a $20+ billion business.", "$20+ billion", "money", 2e10, "USD"),
    # a list of ages after "aged", up to its "and"
    ("Police charged three men, aged 17, 19 and 24, with assault.", "19", "quantity", 19.0, "years old"),
    ("Police charged three men, aged 17, 19 and 24, with assault.", "24", "quantity", 24.0, "years old"),
    ("Two girls, aged 12 and 13, and 40 others were moved.", "40", "cardinal", 40.0, None),
    # lakh and crore amounts that are money by the words around them; counts stay counts
    ("Officers seized 12 lakh cash from a trader.", "12 lakh", "money", 1.2e6, "INR"),
    ("Jewellery worth 45 lakh was recovered.", "45 lakh", "money", 4.5e6, "INR"),
    ("Another 8 lakh was seized at the toll plaza.", "8 lakh", "money", 8e5, "INR"),
    ("Nearly 3 lakh pilgrims reached the shrine.", "3 lakh", "cardinal", 3e5, None),
    # "aged 71 years" is an age; a day after "last year"; a later day of the same month in the paragraph
    ("She was aged 71 years.", "71 years", "quantity", 71.0, "years old"),
    ("Last year March 3 was the happiest day of my life.", "March 3", "date", "2024-03-03", None),
    ("Troops took the palace on March 2, 2019, after a long siege. He signed his resignation on March 9.",
     "March 9", "date", "2019-03-09", None),
    # "this Thursday" in a sentence about what will happen is the coming one
    ("He will put the plan to a meeting this Monday, the minister said.", "this Monday", "date", "2025-06-30", None),
    ("This Monday, the minister put the plan to a meeting.", "This Monday", "date", "2025-06-23", None),
    # "or" joins a range like "to"
    ("The river rose four or five feet overnight.", "four", "quantity", 4.0, "ft"),
    # a bare dollar in a US story that names a Canadian city
    ("Hobart's council will borrow $40 million, the Tasmanian government said.", "$40 million", "money", 4e7, "AUD"),
    ("Nexora, based in Austin, Texas, will buy Toronto-based Pellan for $90 million; the Ontario firm earned "
     "$12 million last year.", "$90 million", "money", 9e7, "USD"),
]


@pytest.mark.parametrize(("text", "span", "kind", "value", "unit_or_currency"), READINGS)
def test_readings(text, span, kind, value, unit_or_currency):
    rows = [row for row in _rows(text) if row["text"] == span]
    assert rows, f"{span!r} not found in {[(r['text'], r['kind'], r['value']) for r in _rows(text)]}"
    row = rows[0]
    assert row["kind"] == kind, row
    assert same(row["value"], value), row
    if unit_or_currency is not None:
        assert unit_or_currency in (row["unit"], row["currency"]), row


# (text, digits that must not be reported as a figure)
NOT_FIGURES = [
    ("She told France 3 the plan had failed.", "3"),
    ("The studio spoke to Rai 1 on Monday.", "1"),
    ("Harlow 2 Limited entered administration. Harlow 2 owed £3m.", "2"),
    ("The shop is at 42, Lenin Sarani, near the market.", "42"),
    ("The Deepwater 7 Project mapped the wreck. Later Deepwater 7 returned to port.", "7"),
    ("Police took the cash from one Ramesh Gupta, a trader.", "one"),
    ("Deputies were sent to the 4100 block of Elm Avenue.", "4100"),
    ("The girl lived in ward number 7 of the town.", "7"),
]


@pytest.mark.parametrize(("text", "digits"), NOT_FIGURES)
def test_not_figures(text, digits):
    assert not [row for row in _rows(text) if row["text"] == digits]


def test_a_score_is_no_channel():
    assert [row["value"] for row in _rows("It ended France 2, Italy 1 in Turin.") if row["text"] == "2"] == [2.0]
