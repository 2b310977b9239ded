"""Numbers as articles from many countries write them (issue 14): Indian numbering, finance shorthand, signed
values, pounds of weight, units of measure, day-month-year dates, fiscal years, named dates, future weekdays,
names and codes that are no figures, vague amounts. Sentences written for these tests; dates resolve against
Thursday 16 May 2024 unless a row says otherwise."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers.language.segment import Document
from figure_checks import figure_rows, same
from helpers.numbers import find_numbers
from helpers.numbers.units import UNIT_SPELLINGS

PUBLISHED = dt.date(2024, 5, 16)


def figures(text: str, published: dt.date = PUBLISHED) -> list[dict]:
    return figure_rows(text, published)


def the_figure(sentence: str, text: str, published: dt.date = PUBLISHED) -> dict:
    rows = [row for row in figures(sentence, published) if row["text"] == text]
    assert len(rows) == 1, f"{text!r} in {sentence!r}: {[(r['text'], r['kind']) for r in figures(sentence)]}"
    return rows[0]


def check(sentence, text, kind, value, unit_or_currency=None, published=PUBLISHED):
    row = the_figure(sentence, text, published)
    assert row["kind"] == kind, row
    assert same(row["value"], value), row
    if unit_or_currency is not None:
        assert unit_or_currency in (row["unit"], row["currency"]), row


INDIAN = [
    ("The budget is Rs 3.4 lakh crore this year.", "Rs 3.4 lakh crore", "money", 3.4e12, "INR"),
    ("He paid Rs 25 lakh for the flat.", "Rs 25 lakh", "money", 2.5e6, "INR"),
    ("Banks Saved Rs 3 Lakh Cr, Minister Says", "Rs 3 Lakh Cr", "money", 3e12, "INR"),
    ("The scheme cost Rs 450 Cr last year.", "Rs 450 Cr", "money", 4.5e9, "INR"),
    ("The company raised ₹1,200 crore.", "₹1,200 crore", "money", 1.2e10, "INR"),
    ("The district has 4,52,100 voters.", "4,52,100", "cardinal", 452100.0, None),
    ("Nearly 1.5 crore people applied.", "1.5 crore", "cardinal", 1.5e7, None),
    ("The scheme costs Rs. 50 lakhs a year.", "Rs. 50 lakhs", "money", 5e6, "INR"),
    ("Losses reached INR 2 lakh crore.", "INR 2 lakh crore", "money", 2e12, "INR"),
]

SHORTHAND_AND_SIGNS = [
    ("Profit rose to $5.3 Mln.", "$5.3 Mln", "money", 5.3e6, "USD"),
    ("Revenue hit $4 Bln in 2020.", "$4 Bln", "money", 4e9, "USD"),
    ("Sales were 3 Mn units.", "3 Mn", "cardinal", 3e6, None),
    ("The fund lost €2 bn. last year.", "€2 bn", "money", 2e9, "EUR"),
    ("She earns $50K a year.", "$50K", "money", 5e4, "USD"),
    ("The post drew 50K followers.", "50K", "cardinal", 5e4, None),
    ("Shares fell −3.2% on the day.", "−3.2%", "percent", -3.2, "%"),
    ("The index slipped -0.7% on Monday.", "-0.7%", "percent", -0.7, "%"),
    ("Temperatures dropped to minus 3 overnight.", "minus 3", "cardinal", -3.0, None),
    ("Her net rating is minus 41.", "minus 41", "cardinal", -41.0, None),
    ("The margin of error is plus or minus 3 percentage points.", "3 percentage points", "percent", 3.0, None),
    ("The account showed -$5m at the close.", "-$5m", "money", -5e6, "USD"),
]

POUNDS = [
    ("A 300-pound bear wandered into the yard.", "300-pound", "quantity", 300.0, "lb"),
    ("The ship carried 12 million pounds of cargo.", "12 million pounds", "quantity", 12e6, "lb"),
    ("He weighs 200 pounds.", "200 pounds", "quantity", 200.0, "lb"),
    ("She has lost 50 pounds since January.", "50 pounds", "quantity", 50.0, "lb"),
    ("The council spent 12 million pounds of taxpayers' money.", "12 million pounds", "money", 12e6, "GBP"),
    ("The club paid 100,000 pounds for the player.", "100,000 pounds", "money", 1e5, "GBP"),
    ("He found a 10-pound note.", "10-pound", "money", 10.0, "GBP"),
    ("It was a 5 million-pound deal.", "5 million", "cardinal", 5e6, None),
]

UNITS = [
    ("Add 2 cups of flour.", "2 cups", "quantity", 2.0, "cup"),
    ("Stir in 3 tablespoons of sugar.", "3 tablespoons", "quantity", 3.0, "tbsp"),
    ("Add 1 teaspoon of salt.", "1 teaspoon", "quantity", 1.0, "tsp"),
    ("Pour in 2 pints of milk.", "2 pints", "quantity", 2.0, "pint"),
    ("The farm covers 2.3ha.", "2.3ha", "quantity", 2.3, "ha"),
    ("About 40 hectares burned.", "40 hectares", "quantity", 40.0, "ha"),
    ("They bought 100 acres.", "100 acres", "quantity", 100.0, "acre"),
    ("The car reached 120 km/h.", "120 km/h", "quantity", 120.0, "km/h"),
    ("Winds gusted to 75 miles per hour.", "75 miles per hour", "quantity", 75.0, "mph"),
    ("The ferry makes 30 knots.", "30 knots", "quantity", 30.0, "kn"),
    ("It was 35C in Delhi.", "35C", "quantity", 35.0, "°C"),
    ("It was 95 degrees Fahrenheit in Phoenix.", "95 degrees Fahrenheit", "quantity", 95.0, "°F"),
    ("At night it fell to -5°C.", "-5°C", "quantity", -5.0, "°C"),
    ("The plant makes 500 megawatts.", "500 megawatts", "quantity", 500.0, "MW"),
]

DATES = [
    ("The attack happened on 14 Feb 2021.", "14 Feb 2021", "date", "2021-02-14", None),
    ("Mon 14 Feb 2021 09.30 GMT", "Mon 14 Feb 2021", "date", "2021-02-14", None),
    ("Mon 14 Feb 2021 09.30 GMT", "09.30 GMT", "time", "T09:30", None),
    ("Published 3 Sept 2019.", "3 Sept 2019", "date", "2019-09-03", None),
    ("The 2016-17 season was long.", "2016-17", "date", "2016/2017", None),
    ("The 2021-22 budget is tight.", "2021-22", "date", "2021/2022", None),
    ("The victims of 9/11 were remembered.", "9/11", "date", "2001-09-11", None),
    ("The 7/7 bombings shook London.", "7/7", "date", "2005-07-07", None),
    ("Capital spending rises in FY25, the minister said.", "FY25", "date", "2025", None),
    ("The FY 2024 results were weak.", "FY 2024", "date", "2024", None),
    ("Its FY2024-25 deficit is 5.1%.", "FY2024-25", "date", "2024/2025", None),
    ("Revenue in Q3 FY24 rose.", "FY24", "date", "2024", None),
    ("The FY24/25 plan was cut.", "FY24/25", "date", "2024/2025", None),
]

FUTURE_WEEKDAYS = [  # published on Friday 17 May 2024
    ("The panel will meet on Thursday.", "Thursday", "date", "2024-05-23"),
    ("The panel met on Thursday.", "Thursday", "date", "2024-05-16"),
    ("Talks are expected to resume on Monday.", "Monday", "date", "2024-05-20"),
]

VAGUE = [
    ("The firm lost millions of dollars.", "millions of dollars", "money", None),
    ("It took tens of thousands of dollars.", "tens of thousands of dollars", "money", None),
    ("The feud lasted half a century.", "half a century", "duration", "P50Y"),
    ("It cost a few hundred dollars.", "a few hundred dollars", "money", None),
    ("Hundreds of millions of euros were spent.", "Hundreds of millions of euros", "money", None),
    ("Scores of people were hurt.", "Scores", "cardinal", None),
    # slashed pairs that are a reading or a score, no fraction
    ("Readings of 140/90 mmHg or more were excluded.", "140/90", "cardinal", None),
    ("The visitors were 144/9 at lunch.", "144/9", "cardinal", None),
    ("It is a 50/50 call.", "50/50", "cardinal", None),
    ("About 3/4 of voters agreed.", "3/4", "cardinal", 0.75),
    ("Tens of thousands marched.", "Tens of thousands", "cardinal", None),
]

NOT_FIGURES = [
    ("He drove across the Seven Mile Bridge.", "Seven"),
    ("Angulo scores the winner in the last minute.", "scores"),  # the verb
    ("She scores more goals than anyone.", "scores"),
    ("The Three Gorges Dam is huge.", "Three"),
    ("She spoke during an interview on Seven’s Sunrise.", "Seven"),  # a network that owns a show
    ("The story ran on Nine's website.", "Nine"),
    ("The Airbus A320 landed safely.", "320"),
    ("Read it in the Saturday Review section.", "Saturday"),
    ("She hosted ``Saturday Night Live'' twice.", "Saturday"),
    ("Children joined an Easter egg hunt.", "Easter"),
    ("They put up a Christmas tree.", "Christmas"),
    ("Call 020 7946 0958 for details.", "7946"),
    ("Call (555) 123-4567 now.", "4567"),
    ("Ring +44 20 7946 0958 today.", "44"),
    ("Dial 1-800-555-0199 for help.", "800"),
    ("The helpline is open 24/7.", "24/7"),
    ("Sales by year\n0 25 50 75 100\n", "75"),
    ("Seat 14F was empty.", "14F"),
]


@pytest.mark.parametrize("sentence,text,kind,value,unit", INDIAN, ids=[row[1] for row in INDIAN])
def test_indian_numbering(sentence, text, kind, value, unit):
    check(sentence, text, kind, value, unit)


@pytest.mark.parametrize("sentence,text,kind,value,unit", SHORTHAND_AND_SIGNS,
                         ids=[row[0][:40] for row in SHORTHAND_AND_SIGNS])
def test_finance_shorthand_and_signed_values(sentence, text, kind, value, unit):
    check(sentence, text, kind, value, unit)


@pytest.mark.parametrize("sentence,text,kind,value,unit", POUNDS, ids=[row[0][:40] for row in POUNDS])
def test_pounds_are_money_or_weight_by_context(sentence, text, kind, value, unit):
    check(sentence, text, kind, value, unit)


@pytest.mark.parametrize("sentence,text,kind,value,unit", UNITS, ids=[row[1] for row in UNITS])
def test_units_of_measure(sentence, text, kind, value, unit):
    check(sentence, text, kind, value, unit)


def test_millions_of_visitors_are_a_count_and_metres_are_a_length():
    check("The museum drew 2.5m visitors last year.", "2.5m", "cardinal", 2.5e6)
    check("The festival drew 1.2m people.", "1.2m", "cardinal", 1.2e6)
    check("They built a 2.5m wall.", "2.5m", "quantity", 2.5, "m")


def test_unit_spellings_come_from_pint_with_their_dimensions():
    assert UNIT_SPELLINGS["tablespoons"] == ("tbsp", "volume")
    assert UNIT_SPELLINGS["hectares"] == ("ha", "area")
    assert UNIT_SPELLINGS["mph"] == ("mph", "speed")
    assert UNIT_SPELLINGS["kilometres"] == ("km", "length")  # British spelling of pint's "kilometer"
    assert "in" not in UNIT_SPELLINGS and "at" not in UNIT_SPELLINGS  # words that are also unit symbols


@pytest.mark.parametrize("sentence,text,kind,value,unit", DATES, ids=[row[1] for row in DATES])
def test_day_month_year_fiscal_and_named_dates(sentence, text, kind, value, unit):
    check(sentence, text, kind, value, unit)


def test_fiscal_year_is_one_span_and_a_range_of_years_two():
    assert [row["text"] for row in figures("The 2016-17 season was long.")] == ["2016-17"]
    assert [row["text"] for row in figures("Prices rose in 1990-95.")] == ["1990", "95"]


@pytest.mark.parametrize("sentence,text,kind,value", FUTURE_WEEKDAYS, ids=[row[0] for row in FUTURE_WEEKDAYS])
def test_a_weekday_with_future_tense_resolves_forward(sentence, text, kind, value):
    check(sentence, text, kind, value, published=dt.date(2024, 5, 17))


@pytest.mark.parametrize("sentence,text,kind,value", VAGUE, ids=[row[1] for row in VAGUE])
def test_vague_amounts_keep_their_kind(sentence, text, kind, value):
    check(sentence, text, kind, value)


@pytest.mark.parametrize("sentence,text", NOT_FIGURES, ids=[row[0][:40] for row in NOT_FIGURES])
def test_names_codes_phone_numbers_and_axis_ticks_are_no_figures(sentence, text):
    start = sentence.index(text)
    end = start + len(text)
    overlapping = [row for row in figures(sentence) if row["start"] < end and row["end"] > start]
    assert overlapping == [], overlapping


def test_a_line_of_numbers_that_are_not_evenly_spaced_is_kept():
    assert len(figures("Results\n12 7 31\n")) == 3


MONEY_RANGES = [  # (sentence, text, kind, value, currency): a range says its currency and magnitude once
    ("Repairs will cost $5-10bn over a decade.", "$5", "money", 5e9, "USD"),
    ("Repairs will cost $5-10bn over a decade.", "10bn", "money", 10e9, "USD"),
    ("The fund will raise between $5 and $7 billion.", "$5", "money", 5e9, "USD"),
    ("The fund will raise from $5 to $7 billion.", "$5", "money", 5e9, "USD"),
    ("Tickets sell for £2 to 3 million at auction.", "3 million", "money", 3e6, "GBP"),
    ("The EU offered between €5 and 7 billion.", "7 billion", "money", 7e9, "EUR"),
    # not one range: "and" without "between" joins two sums; another currency is another sum
    ("The hats cost $5 and $7 billion was spent on roads.", "$5", "money", 5.0, "USD"),
    ("It rose between $5 and £7 billion.", "$5", "money", 5.0, "USD"),
    # a sum given to a counted number of people or places: "to" is no range there
    ("The minister gave Rs 6.2 crore to 140 farmers in the district.", "140", "cardinal", 140.0, None),
    ("The board paid $3 million to 12 schools.", "12", "cardinal", 12.0, None),
    ("Meals cost $5 to 7 each.", "7", "money", 7.0, "USD"),
    ("Fares rose from $5 to 7 last year.", "7", "money", 7.0, "USD"),
]


# a year after "in", "since"... starts no range with the next number
YEAR_THEN_AMOUNT = [
    ("The tax rose from 10 Canadian dollars per ton in 2008 to 30 dollars by 2012.", "2008", "date", "2008", None),
    ("Prices rose from 2000 to 3000 dollars.", "2000", "money", 2000.0, "USD"),
]


@pytest.mark.parametrize("sentence,text,kind,value,currency", YEAR_THEN_AMOUNT, ids=[r[1] for r in YEAR_THEN_AMOUNT])
def test_a_year_after_a_preposition_starts_no_range(sentence, text, kind, value, currency):
    check(sentence, text, kind, value, currency)


@pytest.mark.parametrize("sentence,text,kind,value,currency", MONEY_RANGES, ids=[r[0][:44] + " " + r[1] for r in MONEY_RANGES])
def test_a_money_range_shares_its_currency_and_magnitude(sentence, text, kind, value, currency):
    check(sentence, text, kind, value, currency)


# Unseen articles (issue 14): figures as Australian, New Zealand and Canadian news write them. Rows quoting
# Wikinews (CC BY 2.5) give the article's URL.
LOCAL_DOLLARS = [  # (text, amount, currency): a bare "$" is the dollar of the country the story is about
    ("The Australian government will spend $55 million on the campaign, Senator Murray of Australia said in "
     "Canberra.", "$55 million", "AUD"),
    # https://en.wikinews.org/wiki/Minimum_wage_to_be_increased_in_New_Zealand
    ("The minimum wage in New Zealand will rise to NZ$11.25 per hour, an increase of $1.00 from the current "
     "wage of $10.25.", "$1.00", "NZD"),
    ("Canada's budget surplus reached C$13.8 billion; Ottawa expected $9.2 billion, Canadian officials said.",
     "$9.2 billion", "CAD"),
    ("The Canadian Prime Minister announced CAN$200 million in aid.", "CAN$200 million", "CAD"),
    # marked amounts keep their currency; a story about the US and Australia alike keeps "$" as USD
    ("The Australian airline was fined US$61 million in the United States; shares fell to AU$3.41 in "
     "Sydney.", "US$61 million", "USD"),
    ("Sydney-based Qantas paid $21,000 to the US Department of Justice, US officials said in Washington, "
     "and the United States may seek more.", "$21,000", "USD"),
    ("New York's budget rose to $5 billion.", "$5 billion", "USD"),
    ("The BBC said the deal was worth $1.13bn (£600m).", "$1.13bn", "USD"),
    # an amount followed by which dollar it is stays that dollar in a Canadian story
    ("British Columbia's carbon tax, 30 Canadian dollars a ton in the Canadian province, about $22.20 in "
     "current United States dollars, rose again, Canadian officials said.", "$22.20", "USD"),
]


@pytest.mark.parametrize("sentence,text,currency", LOCAL_DOLLARS, ids=[row[1] + " " + row[2] for row in LOCAL_DOLLARS])
def test_a_bare_dollar_is_the_currency_of_the_country_the_story_is_about(sentence, text, currency):
    assert the_figure(sentence, text)["currency"] == currency


HOME_DOLLARS = [  # (page address, text, amount, currency): a bare "$" on a page from a dollar country
    ("https://www.rnz.co.nz/news/national/123", "Porirua will have $1.2 million less, the mayor said.",
     "$1.2 million", "NZD"),
    ("https://www.abc.net.au/news/2024-01-02/x", "The council spent $4m on the pool.", "$4m", "AUD"),
    ("https://www.theglobeandmail.com/business/x", "The bank earned $2.1 billion.", "$2.1 billion", "CAD"),
    ("https://www.scmp.com/news/x", "The flat sold for $12 million.", "$12 million", "HKD"),
    # marked amounts, and a story plainly about another country, keep their dollar
    ("https://www.stuff.co.nz/business/x", "Apple earned US$90 billion.", "US$90 billion", "USD"),
    ("https://www.stuff.co.nz/world/x", "In Washington, US senators said the US bill of $95 billion would pass "
     "the US House, the United States' budget office said.", "$95 billion", "USD"),
    ("https://www.nzherald.co.nz/world/x", "In Sydney, the NSW premier said Australia would spend $3bn; "
     "Australian and Queensland leaders agreed.", "$3bn", "AUD"),
    # a copy kept by an archive or a mirror: the page's own address is in the path
    ("https://web.archive.org/web/20200101/https://www.smh.com.au/national/x.html", "The council spent $4m.", "$4m",
     "AUD"),
    ("https://mirror.example/www.theage.com.au/business/x", "The council spent $4m.", "$4m", "AUD"),
    # addresses that name no dollar country change nothing
    ("https://www.bbc.co.uk/news/x", "The firm paid $5m.", "$5m", "USD"),
    ("https://example.com/2020/01/story.html", "The firm paid $5m.", "$5m", "USD"),
    ("https://notscmp.com/x", "The firm paid $5m.", "$5m", "USD"),
    (None, "The firm paid $5m.", "$5m", "USD"),
]


@pytest.mark.parametrize("url,sentence,text,currency", HOME_DOLLARS, ids=[f"{row[0]} {row[3]}" for row in HOME_DOLLARS])
def test_a_bare_dollar_on_a_page_from_a_dollar_country_is_its_dollar(tmp_path, url, sentence, text, currency):
    """The page's address comes from its sidecar (or a saved page's canonical link), as a reader gives it."""
    import json

    from helpers.load.article import load_article

    path = tmp_path / "story.txt"
    path.write_text(sentence, encoding="utf-8")
    if url:
        path.with_suffix(".json").write_text(json.dumps({"url": url}), encoding="utf-8")
    rows = [r for r in find_numbers(Document(load_article(path))).to_dict("records") if r["text"] == text]
    assert [r["currency"] for r in rows] == [currency]


UNSEEN_DATES = [  # (sentence, text, kind, value, published)
    # https://en.wikinews.org/wiki/Minimum_wage_to_be_increased_in_New_Zealand
    ("The wage rises on 1 April, 2007. The date of 1 April was chosen to reduce costs.", "1 April", "date",
     "2007-04-01", dt.date(2006, 12, 18)),
    ("Last Sunday the governor signed the bill.", "Last Sunday", "date", "2024-05-12", dt.date(2024, 5, 19)),
    ("Next Sunday the polls open.", "Next Sunday", "date", "2024-05-26", dt.date(2024, 5, 19)),
    ("Funding was cut by 27% since 2001/02.", "2001/02", "date", "2001/2002", PUBLISHED),
    ("The 2021/2022 season ended.", "2021/2022", "date", "2021/2022", PUBLISHED),
    ("Half of it, 1/2, was spent.", "1/2", "cardinal", 0.5, PUBLISHED),
]


@pytest.mark.parametrize("sentence,text,kind,value,published", UNSEEN_DATES, ids=[row[0][:40] for row in UNSEEN_DATES])
def test_dates_resolved_from_the_text_and_the_weekday_of_publication(sentence, text, kind, value, published):
    check(sentence, text, kind, value, published=published)


NOT_FIGURES_IN_NAMES = [
    # https://en.wikinews.org/wiki/Christmas_Island_detention_centre_reopened
    ("The group was flown to Christmas Island in the Indian Ocean.", "Christmas"),
    ("Tourists visit Easter Island every year.", "Easter"),
    # https://en.wikinews.org/wiki/Poll:_New_Zealand_Labour_and_Greens_parties_gain_support
    ("Parties such as New Zealand First would not win seats.", "First"),
    ("Voters backed the America First movement.", "First"),
]
KEPT_HOLIDAYS = [
    ("They met on Christmas Day in Rome.", "Christmas Day"),
    ("Shops close on Easter Monday.", "Easter"),
    ("The result came at Christmas.", "Christmas"),
    ("He came first in the race.", "first"),
]


@pytest.mark.parametrize("sentence,text", NOT_FIGURES_IN_NAMES, ids=[row[0][:40] for row in NOT_FIGURES_IN_NAMES])
def test_date_and_ordinal_words_inside_a_name_are_no_figures(sentence, text):
    start = sentence.index(text)
    assert [row for row in figures(sentence) if row["start"] < start + len(text) and row["end"] > start] == []


@pytest.mark.parametrize("sentence,text", KEPT_HOLIDAYS, ids=[row[0][:40] for row in KEPT_HOLIDAYS])
def test_holidays_and_ordinals_outside_names_are_kept(sentence, text):
    assert the_figure(sentence, text)["kind"] in ("date", "ordinal")


PARTICIPLE_DATES = [  # published on Saturday 3 December 2005
    # https://en.wikinews.org/wiki/Compensation_funding_agreement_reached_for_Australian_asbestos_victims
    ("The deal, signed on Thursday, is expected to cost the company $4.5 billion.", "Thursday", "2005-12-01"),
    ("The guarantee, proposed in the March budget, will cut taxes.", "March", "2005-03"),
    ("The summit will be held on Thursday.", "Thursday", "2005-12-08"),
]


@pytest.mark.parametrize("sentence,text,value", PARTICIPLE_DATES, ids=[row[0][:40] for row in PARTICIPLE_DATES])
def test_a_past_participle_before_the_date_places_it_in_the_past(sentence, text, value):
    check(sentence, text, "date", value, published=dt.date(2005, 12, 3))


# Issue 14, the categories left after the first unseen-news audit. Published Thursday 16 May 2024 unless given.
FRACTIONS_AND_MAGNITUDES = [
    # https://en.wikinews.org/wiki/Workplace_reform_campaign_most_expensive_in_Australian_history
    ("Their campaign was maybe one fifth of that size.", "one fifth", "cardinal", 0.2, None),
    ("About one third of the seats changed hands.", "one third", "cardinal", 1 / 3, None),
    ("Two-thirds of voters agreed.", "Two-thirds", "cardinal", 2 / 3, None),
    ("A quarter of them were undecided.", "A quarter", "cardinal", 0.25, None),
    # https://en.wikinews.org/wiki/New_denunciations_of_Brazilian_deputy_and_evidence_make_things_thinner
    ("The party borrowed R$2.4 millions from the bank.", "R$2.4 millions", "money", 2.4e6, "BRL"),
    ("The state will spend 500 millions on roads.", "500 millions", "cardinal", 5e8, None),
    ("In 2009 millions of people lost work.", "2009", "date", "2009", None),
    # https://en.wikinews.org/wiki/Ex-head_of_Qantas_freight_operations_in_US_jailed_for_price-fixing
    ("Shares in the airline fell 3¢ to AU$3.41.", "3¢", "money", 0.03, "AUD"),
    ("A stamp costs 3¢ more.", "3¢", "money", 0.03, "USD"),
    ("Fares rose 50 cents to NZ$4.", "50 cents", "money", 0.5, "NZD"),
    # https://en.wikinews.org/wiki/New_Zealand_government_announces_record_surplus
    ("The tax rate falls from 33 to 30 cents in the dollar.", "33", "money", 0.33, "USD"),
    # https://en.wikinews.org/wiki/Strike_ballot_to_go_ahead_despite_British_Telecom's_belated_pay_offer
    ("The firm made a billion-pound profit.", "a billion-pound", "money", 1e9, "GBP"),
    ("Directors received million-pound bonuses.", "million-pound", "money", 1e6, "GBP"),
    ("It was a billion-dollar deal.", "a billion-dollar", "money", 1e9, "USD"),
    ("A 300-pound bear was seen.", "300-pound", "quantity", 300.0, "lb"),
    ("The campaign cost $1.7 million a day.", "$1.7 million", "money", 1.7e6, "USD"),
]


@pytest.mark.parametrize("sentence,text,kind,value,unit", FRACTIONS_AND_MAGNITUDES,
                         ids=[row[0][:40] for row in FRACTIONS_AND_MAGNITUDES])
def test_word_fractions_plural_magnitudes_cents_and_money_adjectives(sentence, text, kind, value, unit):
    check(sentence, text, kind, value, unit)


def test_a_rate_is_not_also_a_duration():
    assert [row["text"] for row in figures("The campaign cost $1.7 million a day.")] == ["$1.7 million"]


YEARS_AND_DAYS = [
    # https://en.wikinews.org/wiki/Half_of_Europe's_flights_could_take_off_Monday,_EU_says
    ("Airlines lost more than after the September 11 attacks.", "September 11", "2001-09-11", dt.date(2010, 4, 19)),
    ("The 7 July bombings killed 52 people.", "7 July", "2005-07-07", dt.date(2010, 4, 19)),
    ("The talks will be held on September 11.", "September 11", "2024-09-11", PUBLISHED),
    # https://en.wikinews.org/wiki/Brown_promises_Britain_will_lead_world_in_fight_against_climate_change
    ("Emissions must fall 60% below 1990 levels.", "1990", "1990", PUBLISHED),
    ("Sales are given in 2008 prices.", "2008", "2008", PUBLISHED),
    # https://en.wikinews.org/wiki/India,_China_to_jointly_construct_Buddhist_temple_in_Henan_province
    ("The temple was built in AD 68.", "AD 68", "0068", PUBLISHED),
    ("Rome burned in 64 AD.", "64 AD", "0064", PUBLISHED),
    ("The city was founded in 300 BC.", "300 BC", None, PUBLISHED),
    # https://en.wikinews.org/wiki/U.S._and_China_in_trade_dispute
    ("Leaders will meet on September 24 and 25 in Pittsburgh.", "25", "2009-09-25", dt.date(2009, 9, 19)),
    ("The fair runs from March 1 to 15.", "15", "2024-03-15", PUBLISHED),
    # https://en.wikinews.org/wiki/Virgin_opens_up_service_in_New_Zealand
    ("The airline dropped its fares, effective September 1.", "September 1", "2007-09-01", dt.date(2007, 8, 23)),
    ("The law will become effective on January 1 next year.", "January 1", "2007-01-01", dt.date(2006, 7, 16)),
    # https://en.wikinews.org/wiki/Republican_leaders_in_US_want_more_tax_relief_in_economic_stimulus_package
    ("“We'll be able to meet the deadline of getting the package to him by mid-February,” he said.",
     "mid-February", "2009-02", dt.date(2009, 1, 26)),
    ("“We met in March,” he said.", "March", "2008-03", dt.date(2009, 1, 26)),
]


@pytest.mark.parametrize("sentence,text,value,published", YEARS_AND_DAYS, ids=[row[0][:40] for row in YEARS_AND_DAYS])
def test_named_event_days_era_years_day_pairs_and_the_tense_of_a_quotation(sentence, text, value, published):
    check(sentence, text, "date", value, published=published)


def test_a_count_after_a_day_is_no_day():
    assert the_figure("Between May 3 and 5 people died.", "5")["kind"] == "cardinal"


MODELS_AND_CHANNELS = [
    # https://en.wikinews.org/wiki/Virgin_opens_up_service_in_New_Zealand
    ("The airline will add two new Boeing 737-800 to its fleet.", "737-800"),
    ("It flies Boeing 737s and an Airbus A320.", "737s"),
    ("A Tupolev Tu-154 crashed.", "154"),
    ("The rocket was a Falcon 9.", "9"),
    # https://en.wikinews.org/wiki/Poll:_New_Zealand_Labour_and_Greens_parties_gain_support
    ("A 3 News poll put Labour ahead.", "3"),
]


@pytest.mark.parametrize("sentence,text", MODELS_AND_CHANNELS, ids=[row[0][:40] for row in MODELS_AND_CHANNELS])
def test_model_numbers_and_channel_names_are_no_figures(sentence, text):
    start = sentence.index(text)
    assert [row for row in figures(sentence) if row["start"] < start + len(text) and row["end"] > start] == []
    assert [row["text"] for row in figures("The airline has 53 jets and 3 new routes.")] == ["53", "3"]


SPANS_OF_TIME = [  # "the past decade": a span up to or from now; "the last year of" the final one, no figure
    ("Prices rose over the past decade.", "the past decade", "duration", "P10Y"),
    ("In the past year, sales fell.", "the past year", "duration", "P1Y"),
    ("In the coming week, talks resume.", "the coming week", "duration", "P1W"),
    ("Its income fell in the last quarter.", "last quarter", "date", "2024-Q1"),
]


@pytest.mark.parametrize("sentence,text,kind,value", SPANS_OF_TIME, ids=[row[1] for row in SPANS_OF_TIME])
def test_the_past_decade_is_a_span_of_time(sentence, text, kind, value):
    check(sentence, text, kind, value)


def test_the_last_year_of_a_term_is_no_date():
    assert [r for r in figures("It was the last year of his term.") if r["kind"] == "date"] == []
