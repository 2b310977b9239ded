"""Speakers named beside a title in the noun phrase that speaks (`helpers/quotes/appositions.py`), found on archived
Wikinews politics and economy articles (2004–2018): a table of sentences written for the test, each with the
speaker expected; the rows marked "older rule" check that a name the title serves is never taken."""
from __future__ import annotations

import pytest

from quote_checks import quote_row


def _speaker(text: str, quote: str):
    return quote_row(text, quote)["speaker"]


SPEAKERS = [
    ("apposition left open before the cue", "Bond yields rose on Friday. Nicholas Smith, the head of research at "
     "Pacific Bank in Sydney said: \"The one to watch is Italy.\"", "The one to watch is Italy.", "Nicholas Smith"),
    ("open apposition after a quotation", "He said that the country is \"too big to rescue.\" Paul Grant, the "
     "director of equity research at Northgate Securities in Osaka said: \"The one to watch is Italy.\"",
     "The one to watch is Italy.", "Paul Grant"),
    ("open apposition without an article", "Troops were paid late. Ambassador Tom Okafor, Ghanaian envoy to the "
     "AU said, \"There have been some cash flow problems.\"", "There have been some cash flow problems.",
     "Tom Okafor"),
    ("open apposition naming whom the title serves", "Staff were moved. Kenji Watanabe, the Special Envoy to "
     "Secretary-General Kofi Annan in Dili said, \"A temporary move is wise.\"", "A temporary move is wise.",
     "Kenji Watanabe"),
    ("open apposition after a title", "Shares fell. Economist Helen Brady, a director at Northgate Capital said: "
     "\"Nobody expected the cut.\"", "Nobody expected the cut.", "Helen Brady"),
    ("closed apposition, older rule", "Shares fell. Helen Brady, a director at Northgate Capital, said: \"Nobody "
     "expected the cut.\"", "Nobody expected the cut.", "Helen Brady"),
    ("titles listed between commas", "The hearing opened. Jane Doyle, Chief Economist, Westland Bank, said: "
     "\"Rates will rise.\"", "Rates will rise.", "Jane Doyle"),
    ("a body read as a person between commas", "The finals began. Marco Bellini, Chairman, WTO Dispute Panel, "
     "said: \"The system works well.\"", "The system works well.", "Marco Bellini"),
    ("title, comma, name after the cue", "Flights to Perth doubled. \"This is very promising,\" said the airline's "
     "vice president for routes, Tomas Herrera.", "This is very promising,", "Tomas Herrera"),
    ("a body taken for a person, then the name", "Plants will stay open. \"It is the best decision for our "
     "plants,\" said the general secretary of the British union Unite, Tom Bradley.", "It is the best decision for "
     "our plants,", "Tom Bradley"),
    ("descriptions, then the name", "The dam was approved. \"It is a sad day,\" said environmental lawyer and "
     "Greens candidate for Tasmania Margaret Fielding.", "It is a sad day,", "Margaret Fielding"),
    ("an abbreviated title in the run", "The rally drew thousands. \"She knows the state,\" said former Ohio Gov. "
     "and party chairman Dale Whitmore.", "She knows the state,", "Dale Whitmore"),
    ("a committee and a party before the name", "The hearing ended. \"They are wasting time,\" said Finance ranking "
     "Democrat Lorna Quist (D-Vt.).", "They are wasting time,", "Lorna Quist"),
    ("a name the title serves", "The bill passed. \"It is a sad day,\" said a spokesman for Senator Ron Beale.",
     "It is a sad day,", "a spokesman for Senator Ron Beale"),
    ("a name the title serves, with a place", "The bill passed. \"It is a sad day,\" said an aide to Ohio Senator "
     "Ron Beale.", "It is a sad day,", "an aide to Ohio Senator Ron Beale"),
    ("a name after 'to the'", "The polls tightened. \"We have work to do,\" said a longtime adviser to the "
     "Hendersons.", "We have work to do,", "a longtime adviser to the Hendersons"),
    ("the name first, older rule", "The bill passed. \"It is a sad day,\" said Ron Beale, the chairman of the "
     "committee.", "It is a sad day,", "Ron Beale"),
    ("a past verb tagged as a noun keeps the subject", "The mill was approved. \"We accept it,\" Mr Turnbull "
     "said. Prime Minister John Howard stood by Turnbull. \"I think it was handled splendidly,\" he said.",
     "I think it was handled splendidly,", "John Howard"),
    ("a noun after the name is a modifier, older rule", "The mill was approved. \"We accept it,\" Mr Turnbull "
     "said. The John Howard government backed it. \"It is fine,\" he said.", "It is fine,", "Turnbull"),
]


@pytest.mark.parametrize("name, text, quote, speaker", SPEAKERS, ids=[row[0] for row in SPEAKERS])
def test_person_beside_a_title(name, text, quote, speaker):
    assert _speaker(text, quote) == speaker


def test_name_after_a_clause_is_no_apposition():
    # "After meeting X, the director said": the name ends a fronted clause; it does not speak
    speaker = _speaker("The talks ended. After meeting Ron Beale, the director of the bank said: \"We agree.\"",
                       "We agree.")
    assert speaker != "Ron Beale"


# A document speaks with the voice of whoever issued it (`helpers/quotes/documents.py`); with nobody named, the
# document phrase stays the speaker, never the phrase with its verb ("A statement read").
DOCUMENTS = [
    ("read before a colon", "The ministry issued a statement on Monday. The statement read: \"We reject the "
     "claims.\"", "We reject the claims.", "The ministry"),
    ("read before a comma", "The ministry issued a statement on Monday. The statement read, \"We reject the "
     "claims.\"", "We reject the claims.", "The ministry"),
    ("issuer in the phrase", "Talks stalled. A statement from the Harbour Authority read: \"The port stays shut.\"",
     "The port stays shut.", "Harbour Authority"),
    ("issuer of a release before", "In a media release issued on Friday, Labor stated that it backed the mill. "
     "\"Labor has always backed a mill,\" the statement said.", "Labor has always backed a mill,", "Labor"),
    ("nobody issued it", "Talks stalled. A statement read: \"The port stays shut.\"", "The port stays shut.",
     "A statement"),
    ("a report's finding", "The inquiry ended. The report found \"serious failings in the running of the "
     "fund.\"", "serious failings in the running of the fund.", "The report"),
    ("a report's finding, its issuer before", "The Senate committee released its report on Tuesday. The report "
     "also found \"a culture of neglect at every level.\"", "a culture of neglect at every level.",
     "The Senate committee"),
    ("what police found is no quotation of theirs", "Officers searched the car. Police found \"a large quantity of "
     "drugs\" under the seat.", "a large quantity of drugs", None),
    ("a note from someone", "The writer keeps a handwritten note from Ronald Tate. \"You are a total loser!\" the "
     "note says.", "You are a total loser!", "Ronald Tate"),
    ("a campaign sent the email", "On Saturday, the Hale campaign sent out a fundraising email. \"We grow stronger "
     "every day,\" the email said.", "We grow stronger every day,", "the Hale campaign"),
    ("who said someone provided it is no issuer", "The Herald said Cook provided a written statement. \"It was a "
     "mistake,\" the statement said.", "It was a mistake,", "the statement"),
    ("a speaker before is no issuer", "Ann Cole said the bill would fail. \"It is dead,\" the report said.",
     "It is dead,", "the report"),
]


@pytest.mark.parametrize("name, text, quote, speaker", DOCUMENTS, ids=[row[0] for row in DOCUMENTS])
def test_document_speaks_for_its_issuer(name, text, quote, speaker):
    assert _speaker(text, quote) == speaker


# The text of a thing that carries words, its verb right before the opening mark, has no speaker even when a
# speech verb of someone else follows the quotation.
CARRIED = [
    ("a sign, then another cue", "The police put up a sign which read \"March route this way,\" state media denied "
     "that officers had helped the marchers.", "March route this way,"),
    ("banners such as", "The group claimed four members were held after holding banners such as \"Free the "
     "Valley\" near the stadium.", "Free the Valley"),
    ("the second of two banners", "The group claimed four members were held after holding banners such as \"Free "
     "the Valley\" and \"Home Will Be Free.\" near the stadium.", "Home Will Be Free."),
    ("banners reading", "Marchers held banners reading \"No new taxes\" as the mayor said the budget would pass.",
     "No new taxes"),
]


@pytest.mark.parametrize("name, text, quote", CARRIED, ids=[row[0] for row in CARRIED])
def test_carried_text_has_no_speaker(name, text, quote):
    assert _speaker(text, quote) is None
