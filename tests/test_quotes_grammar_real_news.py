"""Attribution grammar seen failing on unseen outlet news (session 9 audit): sentences of our own in the same
patterns. Each row failed before its rule."""
from __future__ import annotations

import pytest

from helpers.language.segment import Document
from helpers.load.article import from_text
from helpers.quotes import find_quotes
from tests.quote_checks import quote_row, speaker_of

COORDINATED = [  # a quotation joined to the one before by "and"/"or"/a comma shares its speaker, not a later cue's
    ("Ms Patel called the plan “reckless” and “cruel” and Mr Green has written to her to deny it.",
     "cruel", "Patel"),
    ("The crowd chanted “Out, out” and “Not again” as Mr Green has said before.", "Not again", "The crowd"),
    ("Dr Okafor described the report as “thin”, “late” and “useless” and the board has replied to him.",
     "useless", "Okafor"),
]

FRONTED_OBJECT = [  # the name before the comma is the object of a fronted phrase, not the subject's apposition
    ("Labour tabled a motion.\n\nSpeaking after Prime Minister’s Questions, Sir Keir’s spokesman said: “This is a "
     "clear test of honesty.”", "This is a clear test of honesty.", "Sir Keir’s spokesman"),
    ("The vote is on Thursday.\n\nSpeaking to reporters after Home Office Questions, Mrs Braverman’s spokesman said: "
     "“We will vote against it.”", "We will vote against it.", "Mrs Braverman’s spokesman"),
]

ARTICLE_OPENS_PHRASE = [  # "a better team today the coach replied": the subject starts at its article
    ("United coach Marta Ruiz spoke after the game.\n\nAsked if the visitors were a better side today the coach "
     "replied, “Nobody was better than anyone tonight.”", "Nobody was better than anyone tonight.", "Marta Ruiz"),
]

COORDINATED_PLACES = [  # "the member for A and B said": never the last place named
    ("The advert was withdrawn.\n\nThe member of parliament for North Ayrshire and Arran said the advert was "
     "“shameful” in a statement.", "shameful", "The member of parliament"),
]


@pytest.mark.parametrize("text,quote,speaker", COORDINATED + FRONTED_OBJECT + ARTICLE_OPENS_PHRASE + COORDINATED_PLACES)
def test_speaker(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


DOUBLED_APOSTROPHES = [  # doubled straight marks typed for one pair with a straight double or `` (outlets' feeds)
    ("Police made an arrest.\n\n\"We have charged a man over the fire,'' Inspector Ann Hale said.",
     "We have charged a man over the fire,", "Ann Hale"),
    ("Police made an arrest.\n\n``The blaze spread within minutes,\" Inspector Ann Hale said.",
     "The blaze spread within minutes,", "Ann Hale"),
    ("Police made an arrest.\n\n''Nobody was hurt,\" Inspector Ann Hale said.", "Nobody was hurt,", "Ann Hale"),
    ("Police made an arrest.\n\n“Anyone with footage should call us,'' Inspector Ann Hale said.",
     "Anyone with footage should call us,", "Ann Hale"),
]


@pytest.mark.parametrize("text,quote,speaker", DOUBLED_APOSTROPHES)
def test_doubled_apostrophes_close_a_straight_pair(text, quote, speaker):
    assert speaker_of(text, quote) == speaker


def test_every_quotation_of_a_doubled_apostrophe_story_is_found():
    text = ("A man was charged on Monday.\n\n\"We will find who did this,'' Detective Jo Marsh said.\n\n"
            "``It was a cruel attack,'' she said.\n\n''The family is grieving,'' she said.")
    assert [quote_row(text, q)["speaker"] for q in ("We will find who did this,", "It was a cruel attack,",
                                                    "The family is grieving,")] == ["Jo Marsh"] * 3


HEADING = ("\n\nLabour candidate Jo Smith launched her campaign in Leeds on Monday.\n\n"
           "\"We have the best team,\" Ms Smith said. \"Voters are tired of excuses.\"")


@pytest.mark.parametrize("headline,quote,speaker,kind", [  # straight singles in a headline of a double-mark story
    ("'We will win the seat back,' says Smith", "We will win the seat back,", "Jo Smith", "full"),
    ("Smith: 'We will not back down on rail fares'", "We will not back down on rail fares", "Jo Smith", "full"),
    ("Smith blasts rival over 'fantasy budget'", "fantasy budget", None, "term"),  # a headline fragment: anyone's
])
def test_headline_single_quotes_in_a_double_mark_story(headline, quote, speaker, kind):
    row = quote_row(headline + HEADING, quote)
    assert (row["speaker"], row["kind"]) == (speaker, kind)


def test_apostrophes_of_a_headline_open_no_quotation():
    text = "Farmers' anger grows as Smith's rail plan stalls" + HEADING
    assert quote_row(text, "Voters are tired of excuses.")["speaker"] == "Jo Smith"
    assert len(find_quotes(Document(from_text(text)))) == 2
