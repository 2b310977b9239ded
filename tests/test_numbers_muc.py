"""Figures typed as the MUC/IE-ER guidelines type them (issue 14), on newswire-style sentences written for these
tests (none is taken from an evaluation text). MUC's categories map onto ours: MONEY -> money, PERCENT -> percent,
CARDINAL -> cardinal, MEASURE -> quantity (ages, units, rates), DATE -> date, DURATION -> duration, TIME -> time.
Ranges are split into two figures. Dates resolve against Thursday 12 March 1998 unless a row says otherwise."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_numbers_world import check, figures

PUBLISHED = dt.date(1998, 3, 12)

# (sentence, figure's text, kind, value, unit or currency or None)
MONEY = [
    ("The deal is worth $3 million to $4 million.", "$3 million", "money", 3e6, "USD"),
    ("Britain paid 5 million pounds ($8.2 million) for the site.", "$8.2 million", "money", 8.2e6, "USD"),
    ("The state lost millions of dollars in the scheme.", "millions of dollars", "money", None, "USD"),
    ("Donors pledged tens of millions of dollars of aid.", "tens of millions of dollars", "money", None, "USD"),
    ("The province carries 96 billion dollars of net debt.", "96 billion dollars", "money", 96e9, "USD"),
    ("The company had sales of 1.2 billion marks last year.", "1.2 billion marks", "money", 1.2e9, "DEM"),
    ("The dollar fell to 118.45 yen in Tokyo.", "118.45 yen", "money", 118.45, "JPY"),
    ("Ticket prices range from $15 to $40.", "$40", "money", 40.0, "USD"),
    ("Oil rose 42 cents to $15.10 a barrel.", "42 cents", "money", 0.42, "USD"),
    ("The fine was 50,000 francs.", "50,000 francs", "money", 5e4, "CHF"),
    ("The price of the 10-year note rose 5/32, to 99 27/32.", "99 27/32", "money", 99.84375, "USD"),
    ("Trade should grow from the present 13.6 billion to US$30 billion.", "13.6 billion", "money", 13.6e9, "USD"),
]

PERCENT = [
    ("Unemployment rose to between 5 and 6 percent.", "5", "percent", 5.0, "%"),
    ("Unemployment rose to between 5 and 6 percent.", "6 percent", "percent", 6.0, "%"),
    ("Inflation ran at 2 to 3 percent.", "2", "percent", 2.0, "%"),
    ("Exports grew by 2-3 per cent.", "2", "percent", 2.0, "%"),
    ("The bank cut rates by half a percentage point.", "half a percentage point", "percent", 0.5, "percentage point"),
    ("Rates rose a quarter of a percentage point.", "a quarter of a percentage point", "percent", 0.25,
     "percentage point"),
    ("The yield rose 12 basis points.", "12 basis points", "percent", 12.0, "basis point"),
    ("The company will cut 2,000 jobs, or 10 percent of its work force.", "10 percent", "percent", 10.0, "%"),
]

CARDINAL = [
    ("About 40,000 people marched through the capital.", "40,000", "cardinal", 4e4, None),
    ("The firm has offices in 40 countries.", "40", "cardinal", 40.0, None),
    ("Thousands of workers walked out.", "Thousands", "cardinal", None, None),
    ("Police killed more than a dozen protesters.", "a dozen", "cardinal", 12.0, None),
    # adjectives of having (a noun + -ed) count the noun: no unit "handed"
    ("He was known for his two-handed tapping.", "two", "cardinal", 2.0, None),
    ("The rescued dog was three-legged.", "three", "cardinal", 3.0, None),
    ("A four-sided table and a two-wheeled cart.", "two", "cardinal", 2.0, None),
    ("Half of the voters stayed home.", "Half", "cardinal", 0.5, None),
]

MEASURE = [
    ("Jones, 45, and his wife, Mary, 43, were hurt.", "43", "quantity", 43.0, "years old"),
    ("The suspect, a 27-year-old man, fled on foot.", "27-year-old", "quantity", 27.0, "years old"),
    ("The network targets men aged 18 to 34.", "34", "quantity", 34.0, "years old"),
    ("Players aged between 18 and 25 may enter.", "18", "quantity", 18.0, "years old"),
    ("She began painting at 12.", "12", "quantity", 12.0, "years old"),
    ("The firm is run by a 22-year old named Smith.", "22-year old", "quantity", 22.0, "years old"),
    ("The reef is 2,300 kilometers long.", "2,300 kilometers", "quantity", 2300.0, "km"),
    ("The city opened a 200-bed hospital.", "200-bed", "quantity", 200.0, "bed"),  # a noun ending -ed
    ("It has a two-speed gearbox.", "two-speed", "quantity", 2.0, "speed"),
    ("The storm dumped 14 inches of rain on the city.", "14 inches", "quantity", 14.0, "in"),
    ("Bags take between 20 and 1,000 tonnes of oil to make.", "20", "quantity", 20.0, "t"),
    ("The survivors kept hundreds of pounds of food.", "hundreds of pounds", "quantity", None, "lb"),
    ("The mint also sells a one ounce (28 g) coin.", "28 g", "quantity", 28.0, "g"),
    ("The firm flew a small 15 seat aircraft.", "15 seat", "quantity", 15.0, "seat"),
]

DATE = [
    ("He was born in 1950 and died on Feb. 3, 1997.", "Feb. 3, 1997", "date", "1997-02-03", None),
    ("Prices doubled in the 1990s.", "1990s", "date", "199", None),
    ("The report covers 1995-97.", "97", "date", "1997", None),
    ("Output fell in the 1996-97 fiscal year.", "1996-97", "date", "1996/1997", None),
    ("The trial opened in mid-January.", "mid-January", "date", "1998-01", None),
    ("The strike began last month.", "last month", "date", "1998-02", None),
    ("The Senate votes next week.", "next week", "date", "1998-W12", None),
    ("The summit ends Sunday.", "Sunday", "date", "1998-03-15", None),
    ("The plant closed on Tuesday.", "Tuesday", "date", "1998-03-10", None),
    ("The festival, held 7-9 March, drew crowds.", "7", "date", "1998-03-07", None),
    ("The talks are set for 24 and 25 March.", "24", "date", "1998-03-24", None),
    ("The accord was signed on 13 March.", "13 March", "date", "1998-03-13", None),  # reported a day early
    ("The agreement expires in 2003.", "2003", "date", "2003", None),
    ("The first jets arrived on February 11 of last year, and a ceremony was held on February 24.", "February 24",
     "date", "1997-02-24", None),
    ("The jets will fly the route starting in July.", "July", "date", "1998-07", None),
    ("The minister said the troops would be sent as early as July.", "July", "date", "1998-07", None),
    ("The deal should close by the end of the second quarter of 1998.", "second quarter of 1998", "date", "1998-Q2",
     None),
    ("On Dec. 15, the task force announced an agreement.", "Dec. 15", "date", "1997-12-15", None,
     dt.date(1998, 1, 7)),
    ("The festival runs June 19-July 10, 1999.", "June 19", "date", "1999-06-19", None),
    # a day without its year is of the current year unless well ahead of publication with a past verb
    ("Officials confirmed May 5 to be the date of the vote.", "May 5", "date", "1998-05-05", None),
    ("The minister asked to dissolve parliament on April 2.", "April 2", "date", "1998-04-02", None),
    ("The film was released on Dec. 28.", "Dec. 28", "date", "1997-12-28", None),
    # the weekday tells the year ("Saturday April 9" with no year, in a story of 2005)
    ("The wedding was postponed to Saturday April 9.", "Saturday April 9", "date", "2005-04-09", None,
     dt.date(2005, 4, 5)),
    ("A tally is expected on Thursday and a result on Oct. 24, an official said on Sunday.", "Thursday", "date",
     "2005-10-20", None, dt.date(2005, 10, 17)),
]

DURATION = [
    ("The strike lasted for three years.", "three years", "duration", "P3Y", None),
    ("He signed a three-year contract.", "three-year", "duration", "P3Y", None),
    ("The plant closed two years ago.", "two years", "duration", "P2Y", None),
    ("The show first aired a year earlier.", "a year", "duration", "P1Y", None),
    ("A week later, the minister resigned.", "A week", "duration", "P1W", None),
    ("The company was founded half a century ago.", "half a century", "duration", "P50Y", None),
    ("The project will take 18 to 24 months.", "18", "duration", "P18M", None),
    ("Bags take between 20 and 1,000 years to break down.", "20", "duration", "P20Y", None),
    ("He served 18 months in prison.", "18 months", "duration", "P18M", None),
    ("The ruling is expected in about a week.", "a week", "duration", "P1W", None),
]

TIME = [
    ("Trading closed at 3:30 p.m. EST.", "3:30 p.m. EST", "time", "T15:30", None),
    ("The meeting began at noon.", "noon", "time", "T12:00", None),
    ("Polls close at 8 p.m. on Tuesday.", "8 p.m.", "time", "T20:00", None),
]

ROWS = MONEY + PERCENT + CARDINAL + MEASURE + DATE + DURATION + TIME


@pytest.mark.parametrize("row", ROWS, ids=[row[1] for row in ROWS])
def test_muc_typing(row):
    sentence, text, kind, value, unit, *published = row
    check(sentence, text, kind, value, unit, published=published[0] if published else PUBLISHED)


NOT_FIGURES = [
    ("IPad 2 goes on sale in the United States", "2"),
    ("The bank is in the Fortune 500 list.", "500"),
    ("The FTSE 100 closed higher.", "100"),
    ("The airline ordered three Challenger 605 jets and a CRJ 900.", "605"),
    ("The airline ordered three Challenger 605 jets and a CRJ 900.", "900"),
    ("Poverty fell by one percentage point a year.", "a year"),
    ("The airline flies A330-200 jets.", "200"),
    ("Boeing showed the 787 Dreamliner. The 787 seats 300 people.", "787"),
    ("It licensed patent numbers 5,680,152 and 6,789,103.", "6,789,103"),
    ("The plot is in Season 7, Episode 119.", "119"),
    ("It filed under Chapter 11, Title 11, of the code.", "11"),
]


@pytest.mark.parametrize(("sentence", "text"), NOT_FIGURES)
def test_no_figure(sentence, text):
    assert text not in [row["text"] for row in figures(sentence, PUBLISHED)]
