"""Page furniture told by its place on the page (helpers/load/layout.py) and the caption, byline and label
forms added with it (issue 14): promotions, video titles, related headlines in capitals or in a run, a
caption printed twice inside the story, summary boxes that repeat the story, dash bylines, author boxes,
breadcrumbs glued to the headline.

Every line here was written for these tests in the style of the pages audited (British, Indian, Australian,
New Zealand and US outlets; names, numbers and wording changed); none is copied from a page.
"""
from __future__ import annotations

import datetime as dt

import pytest

from helpers.load.article import from_text
from helpers.load.dateline import timestamp
from helpers.load.furniture import furniture_rule
from helpers.load.headline import headline
from helpers.load.layout import byline_name, news_photo_caption, promotion

PARAGRAPH = ("The regional council voted on Thursday to spend $40 million over five years on new stormwater pipes, "
             "after two winters of flooding left hundreds of homes in the lower valley without power for days.")
PARAGRAPH_2 = ("Councillors who opposed the plan said ratepayers had not been told how the spending would be paid "
               "for, and asked officials to bring back a breakdown of the costs before the budget is set in June.")
PARAGRAPH_3 = ("The mayor said the work could not wait another year and that the first contracts would be signed "
               "before the end of the month, with the worst-hit streets of the valley to be dug up first.")


def removed_reasons(original: str) -> dict[str, str]:
    """Each removed line's text and its reason."""
    return {r.text: r.reason for r in from_text(original).removed}


@pytest.mark.parametrize("line, expected", [
    ("Your support keeps our reporters in the field. Your donation allows us to keep telling both sides of the "
     "story, without paywalls, for everyone who cannot afford to pay.", True),
    ("Watch your local 9NEWS free on 9Now", True),
    ("Subscribe to Premium", True),
    ("Subscribe", True),
    ("Newsletter Sign-Up", True),
    ("Premium playback and fine-tuned acoustics", False),     # a product's feature, not an appeal
    ("One app.", True),
    ("Renews automatically, cancel anytime", True),
    ("To sign up, click on your profile at example.co.nz and select Newsletters, then Valley News.", True),
    ("Don't miss the latest developments in markets and money.", True),
    ("Valley News and Sport News here. Follow us on Facebook, Twitter and Instagram.", True),
    ("Read all the Latest News, Trending News, Sport News,", True),
    ("The council said donations to the flood appeal had passed $2 million.", False),
    ("He said he would subscribe to any plan that lowered rates for pensioners in the valley.", False),
    ("Support for the mayor fell to 31 per cent in the latest poll.", False),
], ids=lambda v: str(v)[:40])
def test_promotions(line, expected):
    assert promotion(line) is expected


@pytest.mark.parametrize("line, rule", [
    ("Expand / Collapse search", "navigation"),
    ("Watch TV", "navigation"),
    ("Scroll down to see which suburbs pay the most", "navigation"),
    ("Latest posts by State Politics Desk (see all)", "read more"),
    ("Create a free account to read this article", "sign up"),                # a sign-in wall
    ("Login or signup to continue reading", "sign up"),
    ("Continue with Google", "sign up"),
    ("Read Related Also: Council's pool reopens after roof repairs", "read more"),
    ("Reported 3 months ago", "timestamp"),
    ("localNewsFeaturedPoliticsCouncil", "tags"),                              # categories glued together
    ("Published in Local Politics", "tags"),
    ("Icon Phone", "navigation"),                                              # an icon's alt text
    ("Chevron icon It indicates an expandable section or menu", "navigation"),
    ("Fact-box text", "navigation"),
], ids=lambda v: str(v)[:40])
def test_more_page_labels(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("line, rule", [
    ("The grant will be paid in two instalments. (Asha K Rao/City Times)", "caption"),       # Indian style
    ("The grant will be paid in two instalments. (Asha Rao/CT PHOTO)", "caption"),
    ("Follow us on Image Source : PTI/FILE Opposition leader Meera Das and the finance minister", "caption"),
    ("The pipe network needs $1b a year. Photo credit: RNZ / Tom Hale.", "caption"),         # with its full stop
    ("The poll was run for the paper (Reuters/Ipsos)", None),                                 # one word: no name
    ("Lena ParkBy Lena Park", "byline"),                                                      # the name glued on
    ("Opinion by Lena Park", "byline"),
    ("COMMENTARY by Tom Hale – on the city's rates.", "byline"),
    ("By Lena Park | City News", "byline"),
    ("By Lena Park for Valley Radio", "byline"),
    ("The mayor, the deputy mayor and Cr Ann Cole Tom Hale/Getty Images", "caption"),   # the credit after it
    ("Ann van Dijk/Stuff Opponents of the plan packed the public gallery on Monday", "caption"),  # or before it
    ("Mark Hale/Getty Images Associate Minister Ann Cole at the hearing", "caption"),
    ("GET CITY BUSINESS ON THE GO BY CLICKING HERE", "navigation"),
    ("News from WCC", "agency"),
    ("(Reporting by Ann Cole in London; Editing by Tom Hale)", "agency"),     # a wire story's credits
    ("Report from RNZ", "agency"),
], ids=lambda v: str(v)[:40])
def test_caption_byline_and_source_forms(line, rule):
    assert furniture_rule(line, story_lines=True) == rule


@pytest.mark.parametrize("line, name", [
    ("By Lena Park | City News", "Lena Park"),
    ("Opinion by Lena Park", "Lena Park"),
    ("Lena ParkBy Lena Park", "Lena Park"),
    ("COMMENTARY by Tom Hale – on the city's rates.", "Tom Hale"),
    ("- Ravi Menon", "Ravi Menon"),
    ("Jane Doe By", "Jane Doe"),
    ("By Lena Park for Valley Radio", "Lena Park"),
])
def test_byline_name(line, name):
    assert byline_name(line) == name


def test_the_author_is_the_bylines_name_without_its_outlet():
    assert from_text(f"Valley pipes to be replaced\n\nBy Lena Park | City News\n\n{PARAGRAPH}\n").author == "Lena Park"


@pytest.mark.parametrize("line, expected", [
    ("Former Mayor Tom Hale speaks at a rally in Dayton, Ohio, Tuesday, June 4, 2024", True),
    ("Protesters march past the courthouse in Raleigh, N.C., on Saturday, March 2, 2024.", True),
    ("The hearing is set for Tuesday, June 4, 2024, the judge said.", False),                 # no picture's verb
    ("Former Mayor Tom Hale speaks at a rally in Dayton on Tuesday.", False),                 # no full date
])
def test_news_photo_captions(line, expected):
    assert news_photo_caption(line) is expected


def test_video_title_its_copy_and_description_go():
    original = (f"{PARAGRAPH}\n\nCouncil warns of flood risk in the valley Video\n\nCouncil warns of flood risk in "
                f"the valley\n\nMayor Ann Cole on the pipes the council will replace first\n\n{PARAGRAPH_2}\n")
    gone = removed_reasons(original)
    assert gone == {"Council warns of flood risk in the valley Video": "video",
                    "Council warns of flood risk in the valley": "video",
                    "Mayor Ann Cole on the pipes the council will replace first": "video"}


def test_a_feature_list_ending_in_video_is_no_video_title():
    original = f"{PARAGRAPH}\n\nSpecifications\n12MP back camera takes 4K Video\nA10 chipset\n\n{PARAGRAPH_2}\n"
    assert removed_reasons(original) == {}


def test_a_title_with_its_channel_in_brackets_is_a_video():
    gone = removed_reasons(f"{PARAGRAPH}\n\nResidents told to leave as fire spreads (9 News)\n\n{PARAGRAPH_2}\n")
    assert gone == {"Residents told to leave as fire spreads (9 News)": "video"}


@pytest.mark.parametrize("line, removed", [
    ("SENATE PASSES SPENDING BILL AFTER ALL-NIGHT SESSION AS DEMOCRATS WALK OUT OF THE CHAMBER", True),
    ("LATEST FLOOD UPDATES: Roads close as river peaks", True),
    ("WHAT THE COUNCIL DECIDED", False),                   # a subheading in capitals is short
    ("WATCH: He said the pipes would be fixed.", False),   # a sentence, not a teaser
])
def test_related_headlines_in_capitals_inside_the_story(line, removed):
    gone = removed_reasons(f"{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH_2}\n")
    assert (line in gone) is removed


def test_a_headline_in_capitals_above_the_story_stays():
    line = "COUNCIL VOTES TO REPLACE EVERY STORMWATER PIPE IN THE LOWER VALLEY BY 2030"
    assert line not in removed_reasons(f"{line}\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n")


def test_a_caption_printed_twice_inside_the_story_goes_both_times():
    caption = "Ann Cole is expected to announce the plan on Friday."
    article = from_text(f"{PARAGRAPH}\n\n{PARAGRAPH_2}\n\n{caption}\n{caption}\n\n{PARAGRAPH_3}\n")
    assert [(r.text, r.reason) for r in article.removed] == [(caption, "caption")] * 2
    assert "Ann Cole" not in article.text and PARAGRAPH_3 in article.text


def test_three_headlines_in_a_row_inside_the_story_are_related_links():
    links = ["Council brushes aside ratepayers' worries and signals a rates rise",
             "Valley flood: households face 4.4 per cent rise and higher water bills",
             "Council plans to sell $200m of assets to fill a budget hole"]
    gone = removed_reasons(f"{PARAGRAPH}\n\n" + "\n".join(links) + f"\n\n{PARAGRAPH_2}\n")
    assert gone == {link: "read more" for link in links}


def test_a_list_announced_by_a_colon_stays():
    items = ["Green Party candidates in the northern wards", "Independent candidates in the southern wards",
             "Labour candidates in the central city wards"]
    original = f"{PARAGRAPH}\n\nThe following stood for the council:\n" + "\n".join(items) + f"\n\n{PARAGRAPH_2}\n"
    assert removed_reasons(original) == {}


def test_a_summary_box_that_repeats_the_story_goes():
    original = ("Quake shakes the valley, no serious damage\n\nKey points:\n"
                "- The quake struck at 9:14am near Ashby, at a depth of 11 kilometres\n"
                "- A smaller 3.4 shake followed at 11:42am, according to the monitor\n\n"
                "The quake, the largest this year, struck at 9:14am near Ashby at a depth of 11 kilometres.\n\n"
                "The monitor said a smaller 3.4 shake followed at 11:42am, causing light shaking in the hills.\n")
    gone = removed_reasons(original)
    assert list(gone.values()) == ["summary box"] * 3
    assert "9:14am near Ashby at a depth" in from_text(original).text


def test_a_summary_box_that_says_something_new_stays():
    original = ("Quake shakes the valley, no serious damage\n\nKey points:\n"
                "- Schools will reopen on Monday after engineers check each building\n"
                "- Insurers expect claims to stay below last year's\n\n"
                "The quake, the largest this year, struck at 9:14am near Ashby at a depth of 11 kilometres.\n\n"
                "The monitor said a smaller 3.4 shake followed at 11:42am, causing light shaking in the hills.\n")
    assert removed_reasons(original) == {}


def test_a_dash_byline_goes_but_a_dashed_list_stays():
    assert removed_reasons(f"Valley pipes to be replaced\n\n- Ravi Menon\n\n{PARAGRAPH}\n") == {
        "- Ravi Menon": "byline"}
    listed = f"{PARAGRAPH}\n\nThe candidates:\n- Ravi Menon\n- Lena Park\n- Tom Hale\n\n{PARAGRAPH_2}\n"
    assert removed_reasons(listed) == {}
    quoted = f"{PARAGRAPH}\n\n“We will fix every pipe.”\n- Ann Cole\n\n{PARAGRAPH_2}\n"  # a quotation's author
    assert removed_reasons(quoted) == {}
    late = f"{PARAGRAPH}\n\n{PARAGRAPH_2}\n\n{PARAGRAPH_3}\n\n- Next Valley News\n\nCouncil opens new pool\n"
    assert "- Next Valley News" not in removed_reasons(late)  # far down the page: a link, not a byline


def test_the_authors_box_after_a_byline_goes():
    bio = ("Lena Park is a Nelson-based reporter with a particular interest in local government. She joined the "
           "paper in 2020.")
    gone = removed_reasons(f"Valley pipes to be replaced\n\nOpinion by Lena Park\n{bio}\n\n{PARAGRAPH}\n")
    assert gone == {"Opinion by Lena Park": "byline", bio: "author box"}
    named = f"{PARAGRAPH}\n\nAsha Rao\nAsha Rao is Editor (Cities) at The Valley Times, Nelson\n"
    assert set(removed_reasons(named).values()) == {"author box"}


def test_a_story_sentence_about_a_reporter_stays():
    line = "Lena Park is a reporter who was detained at the border for six hours last week."
    assert line not in removed_reasons(f"{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH_2}\n")


def test_a_breadcrumb_glued_to_the_headline_goes():
    original = (f"News World Here's what the council decided on the valley pipes\n"
                f"Here's what the council decided on the valley pipes\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n")
    article = from_text(original)
    assert {r.text: r.reason for r in article.removed} == {
        "News World Here's what the council decided on the valley pipes": "navigation"}
    assert article.title == "Here's what the council decided on the valley pipes"


def test_a_long_promotion_and_a_subscriptions_plans_go():
    appeal = ("Your support helps us to tell the story. From schools to hospitals, our reporters are there when the "
              "story breaks. Your donation allows us to keep sending journalists to both sides of the story. We "
              "believe quality journalism should be free to read, paid for by those who can afford it.")
    plans = ["Smart Monthly", "₹300/Month", "SAVE 25%", "Smart Yearly", "₹2,700", "1 Year"]
    original = (f"{appeal}\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n\n*Subscribe to The Valley Times digital\n"
                + "\n".join(plans) + "\nRenews automatically, cancel anytime\n")
    gone = removed_reasons(original)
    assert gone[appeal] == "promotion"
    assert all(gone[plan] == "promotion" for plan in plans)
    assert gone["Renews automatically, cancel anytime"] == "promotion"
    assert gone["*Subscribe to The Valley Times digital"] == "sign up"
    assert PARAGRAPH_2 in from_text(original).text


def test_a_long_copyright_notice_goes():
    notice = ("This material may not be published, broadcast, rewritten, or redistributed. ©2024 Valley Media, LLC. "
              "All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes. Market data "
              "provided by a data partner. Legal Statement.")
    assert removed_reasons(f"{notice}\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n") == {notice: "copyright"}


def test_a_site_name_gives_way_to_the_headline():
    assert headline(f"Valley News Flash\n\nCouncil to replace every pipe in the lower valley\n\n{PARAGRAPH}") == \
        "Council to replace every pipe in the lower valley"
    assert headline(f"Pool roof unsafe\n\n{PARAGRAPH}") == "Pool roof unsafe"  # a short headline alone is the title


def test_a_time_of_day_before_the_date_is_a_timestamp():
    assert timestamp("9:46 pm on 9 May 2013") == (dt.date(2013, 5, 9), False)
    assert "9:46 pm on 9 May 2013" in removed_reasons(f"Rates rise approved\n\n9:46 pm on 9 May 2013\n\n{PARAGRAPH}\n")


def test_date_lines_above_section_labels_are_looked_past():
    original = f"Menu\nSat, 12 July 2025\nOPINION All\nHealth\nHealth\n\nDoctors' strike could derail pledge\n\n{PARAGRAPH}\n"
    gone = removed_reasons(original)
    assert gone["OPINION All"] == "section label" and gone["Health"] == "section label"


def test_a_sites_name_above_the_headline_is_a_label_when_the_page_shows_furniture():
    original = f"Menu\nValley News Flash\nNational\n\nCouncil to replace every pipe in the lower valley\n\n{PARAGRAPH}\n"
    gone = removed_reasons(original)
    assert gone["Valley News Flash"] == "section label" and gone["National"] == "section label"
    assert "Council to replace every pipe in the lower valley" not in gone
    short = f"Menu\nPool roof unsafe\n\n{PARAGRAPH}\n"  # a short headline with no longer line below it stays
    assert "Pool roof unsafe" not in removed_reasons(short)


def test_a_pages_extracted_text_gets_the_one_line_rules_only():
    teaser = "SENATE PASSES SPENDING BILL AFTER ALL-NIGHT SESSION AS DEMOCRATS WALK OUT OF THE CHAMBER"
    caption = "Ann Cole is expected to announce the plan on Friday."
    original = f"{PARAGRAPH}\n\n{teaser}\n\n{PARAGRAPH_2}\n\n{caption}\n{caption}\n\n{PARAGRAPH_3}\n"
    article = from_text(original, format="html")
    assert [(r.text, r.reason) for r in article.removed] == [(teaser, "read more")]
    assert caption in article.text  # the extractor kept both copies: its judgment stands


def test_a_credit_without_a_year_is_no_copyright_notice():
    line = ("© Provided by Valley Media Ltd The council shocked ratepayers on Monday by announcing that every "
            "stormwater pipe in the lower valley would be replaced within five years.")
    assert line not in removed_reasons(f"{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH_2}\n")


def test_a_broadcasters_video_description_is_a_video():
    line = "Valley News' Political Correspondent Ann Cole explains the row over the council's pipes"
    assert removed_reasons(f"Council pipes row deepens\n{line}\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n") == {line: "video"}
    story = "The station's political correspondent Ann Cole reports that the vote was close, and she is right."
    assert story not in removed_reasons(f"{PARAGRAPH}\n\n{PARAGRAPH_2}\n\n{story}\n\n{PARAGRAPH_3}\n")


def test_a_caption_printed_again_further_down_goes_both_times():
    caption = "Ann Cole, who chairs the valley committee, was among those who spoke. She said the plan was rushed"
    original = f"{PARAGRAPH}\n\n{caption}\n\n{PARAGRAPH_2}\n\n{caption}\n\n{PARAGRAPH_3}\n"
    assert [(r.text, r.reason) for r in from_text(original).removed] == [(caption, "caption")] * 2


def test_a_sentence_without_its_stop_between_two_paragraphs_stays():
    line = "Then the mayor set the council's hopes almost impossibly high by promising every pipe within a year"
    assert removed_reasons(f"{PARAGRAPH}\n\n{PARAGRAPH_2}\n\n{line}\n\n{PARAGRAPH_3}\n") == {}


def test_read_more_and_its_list_of_links_go():
    links = ["* Call for valley councillors to vote against new pipes", "* Fears new rates will cost pensioners"]
    original = f"{PARAGRAPH}\n\nREAD MORE:\n" + "\n".join(links) + f"\n\n{PARAGRAPH_2}\n"
    assert set(removed_reasons(original)) == {"READ MORE:", *links}


def test_a_key_points_label_alone_and_a_list_of_names_ending_the_page_go():
    names = ["Ann Cole", "Tom Hale", "Lena Park", "Ravi Menon"]
    original = f"Key Points:\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n" + "\n".join(names) + "\n"
    gone = removed_reasons(original)
    assert gone == {"Key Points:": "section label", **{name: "read more" for name in names}}
    announced = f"{PARAGRAPH}\n\nThe new councillors are:\n" + "\n".join(names) + "\n"
    assert removed_reasons(announced) == {}
