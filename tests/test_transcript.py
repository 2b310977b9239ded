"""Transcript turns (helpers/language/transcript.py): press conferences, interviews and debates written as turns
labelled by the speaker. Every text here is written for the tests (names, places and wording invented)."""
from __future__ import annotations

import pytest

from helpers.language.segment import Document
from helpers.language.transcript import find_turns
from helpers.load.article import from_text
from helpers.pipeline import analyze_document

PRESS_CONFERENCE = """Minister opens the Westbrook line

NORA HALLORAN: Good morning everyone and welcome to Westbrook station. Over to Minister Dalby.

GRETA DALBY: Thank you, Nora. The new line will carry 40,000 passengers a day.

It is the largest project the state has built in a decade.

JOURNALIST: Minister, when will the line open?

GRETA DALBY: In March, on schedule.

PETER ASHCROFT, MEMBER FOR KELLERTON:
Morning everybody. This line is what Kellerton has asked for.
"""

TV_INTERVIEW = """Governor Lena Whitcombe spoke to Sam Okafor on Sunday.

SAM OKAFOR: The governor joins us now. Let us look at what she said on Friday.

(BEGIN VIDEO CLIP.)

WHITCOMBE: We will not raise the fuel tax this year.

(END VIDEO CLIP.)

OKAFOR: Governor, will you keep that promise?

WHITCOMBE: Yes. I said so on Friday and I say so now.

REP. DEAN MORROW (R), IDAHO: She will not.

OKAFOR: Congressman Morrow, thank you.
"""

Q_AND_A = """The coach spoke to us after the final.

Q: How does it feel?

A: It has not sunk in yet.

Q: What changed at half-time?

A: We stopped giving the ball away.
"""

TITLE_CASE = """Here is the full transcript of our conversation, edited for length.

Marta Ruiz, opinion editor: Thank you for coming in. What would you do first?

Sen. Owen Blake: I would fix the bridges. We have waited too long.

And I would start this year.
"""

LABEL_ALONE = """PREMIER HALE:

Thanks for coming. We have a budget to deliver.

JOURNALIST:

Premier, is the surplus real?

PREMIER HALE:

It is.
"""

SURNAMES = """Stephen Huang and Ken Cheng of the organisers spoke to Reporter Brock. Ann Brock writes for us.

Brock: Why did you choose Taipei?

Huang: Our customers are here.

Brock: And next year?

Cheng: Singapore, I hope.
"""

HEADED = """TRANSCRIPT OF THE PREMIER
THE HON RUTH ELLERBY MP
DOORSTOP, GLENROY

PREMIER: Thanks for coming. The hospital opens today.

JOURNALIST: Premier, how many beds?

PREMIER: Two hundred, and more next year.
"""

# a short exchange in which each speaks once: a journalist's question makes it no list of headings
ONCE_EACH = """NORA HALLORAN: Welcome, everyone, to the depot. Over to the minister.

GRETA DALBY: Thank you, Nora. The new trams start in March.

JOURNALIST: Minister, what will the fares be?

TOM VRIES: The fares stay as they are this year.
"""

CASES = [
    # (text, [(speaker, label, first words of the turn), ...])
    (PRESS_CONFERENCE, [
        ("Nora Halloran", "NORA HALLORAN", "Good morning everyone"),
        ("Greta Dalby", "GRETA DALBY", "Thank you, Nora"),
        ("Journalist", "JOURNALIST", "Minister, when"),
        ("Greta Dalby", "GRETA DALBY", "In March"),
        ("Peter Ashcroft", "PETER ASHCROFT, MEMBER FOR KELLERTON", "Morning everybody"),
    ]),
    (TV_INTERVIEW, [
        ("Sam Okafor", "SAM OKAFOR", "The governor joins us"),
        ("Lena Whitcombe", "WHITCOMBE", "We will not raise"),
        ("Sam Okafor", "OKAFOR", "Governor, will you"),
        ("Lena Whitcombe", "WHITCOMBE", "Yes. I said so"),
        ("Dean Morrow", "REP. DEAN MORROW (R), IDAHO", "She will not"),
        ("Sam Okafor", "OKAFOR", "Congressman Morrow"),
    ]),
    (Q_AND_A, [
        ("Interviewer", "Q", "How does it feel"),
        ("Interviewee", "A", "It has not sunk in"),
        ("Interviewer", "Q", "What changed"),
        ("Interviewee", "A", "We stopped"),
    ]),
    (TITLE_CASE, [
        ("Marta Ruiz", "Marta Ruiz, opinion editor", "Thank you for coming in"),
        ("Owen Blake", "Sen. Owen Blake", "I would fix the bridges"),
    ]),
    (SURNAMES, [
        ("Ann Brock", "Brock", "Why did you"),
        ("Stephen Huang", "Huang", "Our customers"),
        ("Ann Brock", "Brock", "And next year?"),
        ("Ken Cheng", "Cheng", "Singapore"),
    ]),
    (HEADED, [
        ("Ruth Ellerby", "PREMIER", "Thanks for coming"),
        ("Journalist", "JOURNALIST", "Premier, how many"),
        ("Ruth Ellerby", "PREMIER", "Two hundred"),
    ]),
    (LABEL_ALONE, [
        ("Premier Hale", "PREMIER HALE", "Thanks for coming"),
        ("Journalist", "JOURNALIST", "Premier, is the surplus real?"),
        ("Premier Hale", "PREMIER HALE", "It is."),
    ]),
    (ONCE_EACH, [
        ("Nora Halloran", "NORA HALLORAN", "Welcome"),
        ("Greta Dalby", "GRETA DALBY", "Thank you"),
        ("Journalist", "JOURNALIST", "Minister, what"),
        ("Tom Vries", "TOM VRIES", "The fares"),
    ]),
]


def _turns(text: str):
    doc = Document(from_text(text))
    return doc, find_turns(doc)


@pytest.mark.parametrize("text, expected", CASES, ids=["press", "tv", "q-and-a", "title-case", "surnames", "headed", "label-alone",
                                                      "once-each"])
def test_turns_speakers_and_labels(text, expected):
    doc, turns = _turns(text)
    got = [(row.speaker, row.label, row.text[:len(first)]) for row, (_, _, first) in
           zip(turns.itertuples(), expected)]
    assert got == [(speaker, label, first) for speaker, label, first in expected]
    assert len(turns) == len(expected)
    for row in turns.itertuples():
        assert doc.article.original[row.start:row.end] == row.text


def test_a_turn_runs_over_its_paragraphs_up_to_the_next_label_or_stage_direction():
    _, turns = _turns(PRESS_CONFERENCE)
    dalby = turns.iloc[1]["text"]
    assert dalby.startswith("Thank you, Nora") and dalby.endswith("in a decade.")
    assert "JOURNALIST" not in dalby
    _, turns = _turns(TV_INTERVIEW)
    assert turns.iloc[0]["text"].endswith("on Friday.")  # "(BEGIN VIDEO CLIP.)" ends Sam Okafor's turn
    assert not any("VIDEO CLIP" in t for t in turns["text"])


NOT_TRANSCRIPTS = [
    # headline kickers and page labels
    "EXCLUSIVE: Council to sell the old depot\n\nThe council will sell the depot, its chair said on Monday.\n\n"
    "UPDATE: The sale was approved at 6pm.\n\nREAD MORE: Depot plans through the years\n\n"
    "BOOM: Prices fell again.\n",
    # one attribution line with its quotation, in a news story
    "The mayor defended the plan.\n\nMayor Ana Cortes: “We have the money and we have the land.”\n\n"
    "Her opponent, Bill Trent, disagreed.\n\nBill Trent: “The money is borrowed.”\n",
    # an event listing
    "The festival returns this summer.\n\nDate: 12 July\n\nVenue: Riverside Park\n\nTickets: $25 at the gate\n",
    # results by party, one Title Case word each
    "Labour kept its seats in the north.\n\nLabour: 45 seats\n\nGreens: 12 seats\n\nThe count ends on Friday.\n",
    # a single labelled paragraph
    "STAT OF THE WEEK: 42 per cent of voters are undecided.\n\nCAMPAIGN DIARY: Jo Marsh visited Tenby.\n",
    # a delegate count: names followed by figures
    "The count so far.\n\nAlice Brandt: 1,204.\n\nTom Kessler: 988.\n\nBrandt: 301.\n\nKessler: 52.\n",
    # a list of proposals headed by the names of their authors, each once
    "Three ideas for the budget.\n\nMaria Chen: Free buses The senator wants free buses.\n\n"
    "David Oyelaran: Rent caps He proposed a cap.\n\nSarah Quist: Tax credits A credit for carers.\n",
    # headings in Title Case, repeated
    "A theorem and its proof.\n\nProof: by induction.\n\nLemma Two: the sum is even.\n\nProof: as above.\n",
    # a sentence that ends on a colon after "said"
    "Police chief Ray Lund, the district commander, said: We will clear the road.\n\n"
    "Mayor Ines Gold, the city's leader, added: It is safe now.\n\nThe road opened at noon.\n",
]


@pytest.mark.parametrize("text", NOT_TRANSCRIPTS, ids=["kickers", "attributions", "listing", "results", "labels", "counts", "list-of-names", "headings", "said"])
def test_no_turns_outside_transcripts(text):
    _, turns = _turns(text)
    assert turns.empty


def test_labels_are_no_words_or_names_and_turns_are_in_the_json():
    result = analyze_document(Document(from_text(PRESS_CONFERENCE)), top_n=None)
    counts = {w["word"].lower(): w["count"] for w in result["top_words"]}
    # only the body's own mentions count: "Over to Minister Dalby", "Thank you, Nora"
    assert counts.get("dalby", 0) + counts.get("greta dalby", 0) == 1
    assert counts.get("nora", 0) + counts.get("nora halloran", 0) == 1
    assert not {"halloran", "journalist", "ashcroft", "peter ashcroft"} & counts.keys()
    names = [n["text"] for n in result["names"]]
    assert not {"NORA HALLORAN", "GRETA DALBY", "PETER ASHCROFT", "KELLERTON"} & set(names)
    assert [t["speaker"] for t in result["turns"]][:2] == ["Nora Halloran", "Greta Dalby"]
    original = PRESS_CONFERENCE
    assert all(original[t["start"]:t["end"]] == t["text"] for t in result["turns"])


def test_quotations_inside_a_turn_stay_quotes():
    text = ("ANCHOR: What did the mayor say?\n\nLIN PARK: She told me, “We will rebuild the pier.”\n\n"
            "ANCHOR: Thank you, Lin.\n")
    result = analyze_document(Document(from_text(text)))
    assert [q["text"] for q in result["quotes"]] == ["We will rebuild the pier."]
    assert [t["speaker"] for t in result["turns"]] == ["Anchor", "Lin Park", "Anchor"]


def test_turns_chart_counts_words_per_speaker():
    from helpers.quotes import turn_table
    from helpers.views.quotes import has_turns, speakers_chart

    doc = Document(from_text(PRESS_CONFERENCE))
    table = turn_table(find_turns(doc))
    assert table.index[0] == "Greta Dalby" and table.loc["Greta Dalby", "turns"] == 2
    assert has_turns(doc)
    quotes = analyze_quotes(doc)
    fig = speakers_chart(doc, quotes, name=None)
    assert fig.axes[0].get_title(loc="left").startswith("In this transcript, Greta Dalby speaks most")


def analyze_quotes(doc):
    from helpers.quotes import find_quotes

    return find_quotes(doc)


def test_overview_says_who_speaks_in_a_transcript_and_the_seed_keeps_its_quotes():
    from helpers.numbers import find_numbers
    from helpers.views import overview

    doc = Document(from_text(PRESS_CONFERENCE))
    lines = overview.summary_lines(doc, analyze_quotes(doc), find_numbers(doc))
    voices = next(v for v in lines.values() if "transcript" in str(v))
    assert voices.startswith("A transcript: 4 speakers in 5 turns; Greta Dalby has")
    assert overview.speakers_chart(doc, analyze_quotes(doc)) is not None
    news = Document(from_text("The mayor spoke on Monday.\n\nShe said nothing new.\n"))
    assert overview.speakers_chart(news, analyze_quotes(news)) is None  # neither quotes nor turns: the note stays
