"""Real pages pasted as text: the furniture labels, credits, agency and timestamp lines, repeated lines and
headlines found on British, Indian, Australian, New Zealand, US and Arabic news pages (issue 14).

Every line here was written for these tests in the style of the pages audited (names, numbers and wording
changed); none is copied from a page.
"""
from __future__ import annotations

import datetime as dt

import pytest

from helpers.load.article import from_text
from helpers.load.dateline import dateline_date, timestamp
from helpers.load.furniture import furniture_rule
from helpers.load.headline import headline
from helpers.load.pasted import is_timestamp


@pytest.mark.parametrize("line, rule", [
    ("Loading...", "navigation"),
    ("A   A   A", "navigation"),                                   # font-size buttons
    ("X", "navigation"),
    ("Use Arrow Keys (← →) to Browse", "navigation"),
    ("Home / Sport / Cricket fans queue for tickets", "navigation"),  # a breadcrumb
    ("Regional | World News Video | Business Headlines | Search", "navigation"),  # a menu on one line
    ("Tags: Anil Mehta | highways", "tags"),
    ("Posted in Business", "tags"),
    ("Filed under: Elections |", "tags"),
    ("About the Author", "author box"),
    ("author", "author box"),
    ("Comments: 3", "comments"),
    ("Oops!", "error message"),
    ("Something went wrong.", "error message"),
    ("Please try again later.", "error message"),
    ("Image", "image"),
    ("VIDEO", "image"),
    ("4 min", "reading time"),
    ("time to read", "reading time"),
    ("Read: Pune: Rs 4.1cr Released For Flood Relief", "read more"),
    ("MORE STORIES FROM The Daily Courier Mumbai", "read more"),
    ("Key posts", "navigation"),
    ("3h agoCouncil approves new cycle lanes", "read more"),  # a teaser with its age glued on
    ("Listen to the full episode to hear more about:", "read more"),
    ("قد يهمك أيضا", "read more"),                               # Arabic: "you may also like"
    ("Sign in to continue", "sign up"),
    ("Trouble signing in?", "sign up"),
    ("Reset password: Click here", "sign up"),
    ("Start your free 14-day trial", "sign up"),
    ("Choose a Plan", "sign up"),
    ("Sign up to our newsletters", "sign up"),
    ("Support 90 years of independent journalism.", "sign up"),
    ("Try PLUS - Free", "sign up"),
    ("Continue reading...", "read more"),
    ("Loading …", "navigation"),
    ("Share to", "share"),
    ("Ads", "advertisement"),
    ("Page-Top-Banner_3.jpg", "image"),                      # an image's file name
    ("إقرأ أيضاً:", "read more"),                             # Arabic: "read also", with a hamza
    ("كلمات دلالية: الانتخابات", "tags"),                     # Arabic: "keywords"
    ("تم نسخ الرابط", "share"),                               # Arabic: "link copied"
    ("رئيس التحرير", "author box"),                           # Arabic: "editor-in-chief"
    ("Leave a Reply", "comments"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("Sorry we are not currently accepting comments on this article.", "comments"),
    ("Source link", "read more"),
    ("First posted", "timestamp"),
    ("Media release", "section label"),
], ids=lambda v: str(v)[:40])
def test_page_labels(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("line, rule", [
    ("Credit: Maria Lopez for the Herald", None),  # a credit alone is left to the quotation reader (see furniture.py)
    ("The mayor with a jar of honey at the meeting. Supplied", "caption"),      # New Zealand style
    ("The accused arrives at court on Monday.(AAP: Joel Carter)", "caption"),   # Australian style
    ("Cattle graze near Dubbo. (ABC News: Kim Tran)", "caption"),
    ("Senator Lee Park and Anna Cole (Getty Images)", "caption"),
    ("Voters queue in Baton Rouge on Saturday. Credit... Ann Lee/The Daily Star", "caption"),  # US style
    ("Image caption The minister arrives in Leeds on Monday", "caption"),                  # BBC style
    ("Media caption Who is Joan Park?", "caption"),
    ("Press Trust of India Chennai", "agency"),
    ("share-icon PTI   Kolkata     Last Updated: March 3, 2021  | 11:20 IST", "agency"),
    ("Reuters", "agency"),
    ("Source: Fire and Emergency New Zealand", "agency"),
    ("By: Coastline News", "byline"),
    ("Priya Raman By", "byline"),                                  # Indian style: the label after the name
    ("Coastline News Service", "agency"),
    ("The taskforce delivered 30 recommendations. Photo / HCC", "caption"),  # New Zealand Herald style
    ("Ana Rees was sentenced at Porirua District Court. Tom Hale / RNZ", "caption"),  # photographer / outlet
    ("Police cordon off Kent Road after the attack. RNZ / Mia Lowe", "caption"),     # outlet / photographer
    ("The vote was close: 50 / 50 in the end.", None),
    ("He said the deal was fair and/or legal. So did others.", None),
    ("The law was passed by", None),
    ("— Lee Park (@leepark) May 4, 2022", None),              # an embedded post is the article's (see furniture.py)
    ("المصدر: وكالة الأنباء", "agency"),                      # Arabic: "source:"
    ("The minister resigned...", None),                     # an ellipsis alone makes no label
    ("He gave them credit.", None),
    # story lines, never furniture
    ("From Bloomberg:", None),
    ("The deal was signed in Lagos (AP)", None),
    ("The school said the books had been supplied.", None),
    ("Source: the minister said it was not true", None),
    ("Posted in 2019, the clip was seen a million times", None),
    ("Home truths about the budget", None),
    ("X marks the spot", None),
    ("Photo finish for the Greens", None),
    ("Team | Won | Lost | 4", None),  # a table row is not a menu
    ("By Monday the roads had reopened", None),
], ids=lambda v: str(v)[:40])
def test_credit_agency_and_byline_lines(line, rule):
    assert furniture_rule(line, story_lines=True) == rule


@pytest.mark.parametrize("line, expected", [
    ("Last Updated : Mar 3 2021 | 11:20 AM IST", (dt.date(2021, 3, 3), True)),
    ("First Published: Mar 3 2021 | 11:20 AM IST", (dt.date(2021, 3, 3), False)),
    ("This story is from June 9, 2017", (dt.date(2017, 6, 9), False)),
    ("14 March 2019updated 02 Aug 2022 10:04am", (dt.date(2019, 3, 14), False)),
    ("آخر تحديث: 18/06/2023 - 21:40", (dt.date(2023, 6, 18), True)),  # Arabic: "last updated", day first
    ("Published: 06/18/2023", (dt.date(2023, 6, 18), False)),          # the second number cannot be a month
    ("Published: 05/04/2023", (None, False)),                          # April or May: the page does not say
    ("Tue 14 Mar 2023 08.15 GMT", (dt.date(2023, 3, 14), False)),
    ("تاريخ النشر: 7th, March 2023 GMT", (dt.date(2023, 3, 7), False)),  # Arabic: "published:"
    ("Published: 08:40 EDT, 9 May 2019 | Updated: 09:12 EDT, 9 May 2019", (dt.date(2019, 5, 9), False)),
    ("Published 7:05 AM EST Dec 2, 2019", (dt.date(2019, 12, 2), False)),
    ("March 14, 2023", None),                     # a bare date is a timestamp only at the top (the dateline)
    ("March 14, 2023, was the coldest day.", None),
    ("Updated on Tuesday", None),
])
def test_timestamps_anywhere(line, expected):
    assert timestamp(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Today", True), ("3 hours ago", True), ("Business Today", False), ("Police will speak to media today", False),
])
def test_relative_times_are_short_lines_of_their_own(line, expected):
    assert is_timestamp(line) is expected


@pytest.mark.parametrize("original, published", [
    ("Bridge reopens\n\nshare-icon PTI   Pune     Last Updated: March 3, 2021  | 11:20 IST\n\n"
     "The bridge reopened on Wednesday after two years of repairs, officials said.", dt.date(2021, 3, 3)),
    ("Bridge reopens\n\nLast Updated : Mar 9 2021 | 9:05 PM IST\n\nThe bridge reopened on Wednesday.\n\n"
     "First Published: Mar 3 2021 | 8:00 AM IST", dt.date(2021, 3, 3)),   # the publication, not the update
    ("Bridge reopens\n\nThe bridge reopened on Wednesday.", None),
])
def test_a_timestamp_line_dates_the_article_and_is_reported(original, published):
    article = from_text(original)
    assert article.published == published
    assert "IST" not in article.text
    assert all(original[r.start:r.end] == r.text for r in article.removed)


def test_a_text_that_is_only_a_timestamp_is_the_text():
    article = from_text("Tue 14 Mar 2023 08.15 GMT")
    assert article.text == "Tue 14 Mar 2023 08.15 GMT" and article.removed == []


def test_a_line_printed_twice_in_a_row_goes_once():
    original = ("Ferry sails again\n\nThe ferry sailed again on Friday after a month in dock.\n\n"
                "Maya Ross is believed to have been the first passenger aboard.\n\n"
                "Maya Ross is believed to have been the first passenger aboard.\n\n"
                "“It felt like home,” she said.\n\nShe said it twice.\n\n“It felt like home,” she said.")
    article = from_text(original)
    assert article.text.count("Maya Ross is believed") == 1
    assert article.text.count("“It felt like home,” she said.") == 2  # said twice, not in a row: the story's
    assert [r.reason for r in article.removed] == ["repeated line"]


@pytest.mark.parametrize("text, title", [
    ("Ferry sails again after a month in dock\n\nThe ferry sailed again on Friday after a month in dock, "
     "its owners said, and the first passengers were the children of the crew who had rebuilt its engine.",
     "Ferry sails again after a month in dock"),
    ("Will rates rise again?\n\nMore text.", "Will rates rise again?"),
    ("1. Politics\n\n2. Local Politics\n\nWhy the vote matters\n\nThe vote matters.", "Why the vote matters"),
    ("The ferry sailed again on Friday after a month in dock, its owners said, and the first passengers were "
     "the children of the crew.\n\nA short line without a stop", None),   # opens with its story: no title
    ("The ferry sailed again.\n\nIt was late.", None),                       # a sentence is not a headline
    ("Ferry sails again", None),                                             # nothing follows it
    ("Pictured: |\n\nText follows here.", None),
])
def test_headline(text, title):
    assert headline(text) == title


def test_a_sidecar_or_page_title_wins_over_the_headline_line():
    text = "Ferry sails again\n\nThe ferry sailed again on Friday."
    assert from_text(text).title == "Ferry sails again"
    assert from_text(text, title="Ferry back").title == "Ferry back"
    assert from_text(text, format="html").title is None  # a page's title comes from its markup


def test_a_whole_pasted_page_gets_no_title_from_its_lines():
    menu = ["* Home", "* News", "* Sport", "* Weather", "Log in", "Subscribe", "Search", "Skip to content"]
    story = ["The ferry sailed again on Friday after a month in dock, its owners said, and the first passengers "
             "were the children of the crew who had rebuilt its engine over the winter months."] * 3
    footer = ["Share this article", "* Facebook", "* Twitter", "Most read", "© 2023 The Harbour Times"]
    original = "\n".join(menu + ["Ferry sails again after a month in dock", "Will the regatta go ahead?"]
                         + [f"{line} ({n})" for n, line in enumerate(story)] + footer)
    article = from_text(original)
    assert any(r.reason == "outside the story" for r in article.removed)
    assert headline(article.text) == "Will the regatta go ahead?"  # the first line kept reads as a headline ...
    assert article.title is None  # ... but on a pasted page it is as often a teaser or a promotion


@pytest.mark.parametrize("original, gone, kept", [
    pytest.param("Dam opens\n\nThe dam opened on Monday, the minister said.\n\nAlso read\n\n"
                 "Floods close roads across the north\n\nFarmers count the cost of the rain\n\n"
                 "The dam cost $40m, officials said.",
                 ["Also read", "Floods close roads across the north", "Farmers count the cost of the rain"],
                 ["The dam cost $40m, officials said."], id="headlines under a bare related label"),
    pytest.param("Dam opens\n\nThe dam opened on Monday.\n\nقد يهمك أيضا\n\nالوزير يفتتح السد الجديد\n\n"
                 "The dam cost $40m.", ["قد يهمك أيضا", "الوزير يفتتح السد الجديد"], ["The dam cost $40m."],
                 id="Arabic 'you may also like'"),
    pytest.param("Dam opens\n\nThe dam opened on Monday.\n\nAlso read: Floods close roads\n\n"
                 "Farmers count the cost\n\nThe dam cost $40m.", ["Also read: Floods close roads"],
                 ["Farmers count the cost", "The dam cost $40m."], id="a label with its link takes nothing more"),
    pytest.param("Dam opens\n\nThe dam opened on Monday.\n\n"
                 "The Senate passed the water bill on Friday after a long…\n\n"
                 "Former minister set to plead guilty to mishandling classified…",
                 ["The Senate passed the water bill on Friday after a long…",
                  "Former minister set to plead guilty to mishandling classified…"], [], id="teasers cut off"),
    pytest.param("Dam opens\n\nThe dam opened on Monday, and then…\n\nNothing happened for a year.", [],
                 ["The dam opened on Monday, and then…"], id="one line trailing off is the story's"),
])
def test_blocks_of_related_links(original, gone, kept):
    article = from_text(original)
    reported = {r.text: r.reason for r in article.removed}
    assert all(reported.get(line) == "read more" for line in gone)
    assert all(line in article.text for line in kept)
    assert all(original[r.start:r.end] == r.text for r in article.removed)


@pytest.mark.parametrize("original, labels", [
    pytest.param("NewsDesk\n\nOPINION\n\nThe harbour needs a new bridge, and soon\n\nThe old bridge is failing.\n\n"
                 "Advertisement\n\nIt was built in 1932.", ["NewsDesk", "OPINION"], id="labels above the headline"),
    pytest.param("Sign up to our newsletters\n\n1. Politics\n\n2. Local Politics\n\nWhy the vote matters\n\n"
                 "The vote matters.", ["1. Politics", "2. Local Politics"], id="a numbered breadcrumb"),
    pytest.param("The Council\n\nhas voted to close the pool.\n\nAdvertisement\n\nIt was built in 1932.", [],
                 id="a sentence broken over two lines"),
    pytest.param("NORWAY\n\nOslo opens new library\n\nThe library opened on Monday.", [],
                 id="a wire slug on a text with no other furniture"),
])
def test_section_labels_at_the_top(original, labels):
    article = from_text(original)
    assert [r.text for r in article.removed if r.reason == "section label"] == labels


@pytest.mark.parametrize("line, date", [
    ("الخميس 21 مارس 2024", dt.date(2024, 3, 21)),   # Arabic weekday and month (Egypt, the Gulf)
    ("الأحد، 3 آذار 2024", dt.date(2024, 3, 3)),      # the Levant's month names
    ("07 Nov 2019", dt.date(2019, 11, 7)),
])
def test_datelines_in_other_forms(line, date):
    assert dateline_date(line) == date


def test_a_byline_written_name_first_names_the_author():
    article = from_text("Exam results out\n\nPriya Raman By\n\nCoastline News Service\n\n"
                        "CHENNAI: The results were released on Monday, officials said.")
    assert article.author == "Priya Raman"
    assert {r.reason for r in article.removed} == {"byline", "agency"}
