"""Issue 14, round 3: general rules found on unseen news, each a table of sentences (written for the test, or
shortened from Wikinews with its attribution) with the expected kind or speaker."""
from __future__ import annotations

import pytest

from quote_checks import quote_row


def _row(text: str, quote: str):
    return quote_row(text, quote)


# A lower-case quotation after a cue and a comma is a whole reported sentence when it has its own subject and verb
# and the cue's clause opens the sentence; the writer's words before the cue keep it a fragment of their sentence.
KINDS = [
    ("cue, comma, own clause", "Mark McCready plays bass. McCready commented, “he gets sounds that are not guitar "
     "sounds — a lot of harmonics.”", "he gets sounds that are not guitar sounds — a lot of harmonics.", "full"),
    ("after the quotation's first part", "“In the end,” Ann Bruner concluded, “the team played its best game.”",
     "the team played its best game.", "full"),
    ("a pronoun subject", "Ann Bruner spoke to reporters. She said, “we will win the next one.”",
     "we will win the next one.", "full"),
    ("the writer's clause before the cue", "Tom Reed spoke in Ohio. If the plan passes, he said, “the town will "
     "lose its school.”", "the town will lose its school.", "partial"),
    ("an adverb before the cue", "Bob Axel spoke on Monday. Still, Axel said, “the vote went his way.”",
     "the vote went his way.", "partial"),
    ("'that' before the comma", "Bob Axel spoke on Monday. He added that, “our aim was to finish by June.”",
     "our aim was to finish by June.", "partial"),
    ("no comma after the cue", "Nicola Sturgeon said it was “the moment of maximum opportunity.”",
     "the moment of maximum opportunity.", "partial"),
    ("a relative clause, not a subject", "The company noted that it used a new plastic, “which was more "
     "plant-based.”", "which was more plant-based.", "partial"),
    ("'state' as a noun is no cue", "Ann Lee said that in her home state, “there is a lot of worry about "
     "jobs.”", "there is a lot of worry about jobs.", "partial"),
]


@pytest.mark.parametrize("name, text, quote, kind", KINDS, ids=[row[0] for row in KINDS])
def test_lower_case_reported_sentence(name, text, quote, kind):
    assert _row(text, quote)["kind"] == kind


# A third-person speech verb the tagger reads as a plural noun, right after a noun and before the opening mark, is
# the cue: "Part of the judge's statement reads “…”" as "“…,” reads Judge Miller's statement".
NOUN_CUES = [
    ("statement reads", "Judge Anne Miller ruled on Monday. Part of the judge's statement reads \"the average woman "
     "is not able to pay for this.\"", "the average woman is not able to pay for this.", "Anne Miller"),
    ("the same verb after the quotation", "Judge Anne Miller ruled on Monday. “The average woman is not able to "
     "pay,” reads Judge Miller's statement.", "The average woman is not able to pay,", "Anne Miller"),
]


@pytest.mark.parametrize("name, text, quote, speaker", NOUN_CUES, ids=[row[0] for row in NOUN_CUES])
def test_speech_verb_read_as_a_noun(name, text, quote, speaker):
    assert _row(text, quote)["speaker"] == speaker


# A clause without "who" between a plural noun and the cue ("the protesters Wikinews interviewed said") leaves the
# noun the subject; the verb before the cue names nobody. After Wikinews, "Thousands march in anti-Brexit protest in
# London" (2019-03-28, https://en.wikinews.org/, CC BY 2.5), shortened.
OBJECT_RELATIVES = [
    ("a name and its verb", "Some of the protesters Wikinews interviewed said they had gone to “defend their "
     "children's right to live and work in Europe”.", "defend their children's right to live and work in Europe",
     "the protesters"),
    ("a pronoun and its verb", "The march was big. The officials he met said it was “a good day for all”.",
     "a good day for all", "The officials"),
    ("the subject itself", "The march was big. Tom Watson said the deal was “lousy”.", "lousy", "Tom Watson"),
]


@pytest.mark.parametrize("name, text, quote, speaker", OBJECT_RELATIVES, ids=[row[0] for row in OBJECT_RELATIVES])
def test_subject_before_a_clause_without_who(name, text, quote, speaker):
    assert _row(text, quote)["speaker"] == speaker


# "a statement which said" as "a statement that said": the sentence's subject issued it and speaks through it.
RELATIVE_WHICH = [
    ("a statement which said", "The union issued a statement which said the strike was “a last resort”.",
     "a last resort", "The union"),
    ("a motion which said", "The board passed a motion which said the plan “puts the families of the town "
     "first.”", "puts the families of the town first.", "The board"),
]


@pytest.mark.parametrize("name, text, quote, speaker", RELATIVE_WHICH, ids=[row[0] for row in RELATIVE_WHICH])
def test_statement_which_said(name, text, quote, speaker):
    assert _row(text, quote)["speaker"] == speaker


# "the <title>" names the latest person the article introduced with the same title words, unless a person named since
# with another role noun is nearer ("star Arturo Castro … the actor" is Castro, not an earlier actor).
TITLES = [
    ("the same title", "Chinese Premier Wen Jiabao arrived in Delhi on Monday. He met Indian Prime Minister Manmohan "
     "Singh. The Chinese Premier said the talks were “a new chapter”.", "a new chapter", "Wen Jiabao"),
    ("the title's last word", "Chinese Premier Wen Jiabao arrived in Delhi on Monday. The premier said the talks were "
     "“a new chapter”.", "a new chapter", "Wen Jiabao"),
    ("a lower-case role", "Actress Denise Crosby is to appear in Suits. The actress recalled the time they were the "
     "“scrappy little stepchild of the lot.”", "scrappy little stepchild of the lot.", "Denise Crosby"),
    ("another role since", "Actor Tom Baker spoke first. Then star Ann Lee held a fake audition. The actor asked the "
     "crowd to act “whiter.”", "whiter.", "The actor"),
]


@pytest.mark.parametrize("name, text, quote, speaker", TITLES, ids=[row[0] for row in TITLES])
def test_title_resolved_to_the_person_named_with_it(name, text, quote, speaker):
    assert _row(text, quote)["speaker"] == speaker


# Brackets with commas after a name ("Jenn St-Onge (Nancy Drew, Jem and the Misfits) told"): the name before them
# speaks, not the last name inside; quoted titles in the brackets keep the old reading (no speaker for the titles).
# After Wikinews, "Fan Expo Canada 2019 offers celebrities, cosplay, panels" (2019-09-02, https://en.wikinews.org/,
# CC BY 2.5), shortened.
BRACKETS = [
    ("works in brackets", "At the panel speakers shared their insights. Comic artist Jenn St-Onge (Nancy Drew, Jem "
     "and the Misfits) told reporters she was “forced to re-evaluate her life.”", "forced to re-evaluate her life.",
     "Jenn St-Onge"),
    ("a party in brackets", "Sen. Richard J. Durbin (D-Ill.) said it was “a bad day for all of us.”",
     "a bad day for all of us.", "Richard J. Durbin"),
    ("quoted titles in brackets", "Her brother, director Sam Reed (“Blue Water,” “Night Train”), also recalls "
     "the year as a hard one.", "Night Train", None),
]


@pytest.mark.parametrize("name, text, quote, speaker", BRACKETS, ids=[row[0] for row in BRACKETS])
def test_name_before_brackets(name, text, quote, speaker):
    assert _row(text, quote)["speaker"] == speaker


# A quotation that opens a story, and a sentence after it naming its voice ("That was the message from X").
NAMED_AFTER = [
    ("the message from",
     "“If there were quick fixes here, one of the previous chiefs would have found them.”\n\nThat was the message "
     "from Paul Hart, who is the new chief executive of the hospital trust.\n\nThe trust faces a hard winter.",
     "If there were quick fixes here, one of the previous chiefs would have found them.", "Paul Hart"),
    ("the words of", "“We will rebuild the pier.” Those were the defiant words of Anne Lowe, the council leader, on "
     "Monday.", "We will rebuild the pier.", "Anne Lowe"),
    ("must not: no person named", "“We will rebuild the pier.” That was the message from the council on Monday.",
     "We will rebuild the pier.", None),
    ("must not: two people named", "“We will rebuild the pier.” That was the message from Anne Lowe and Tom Dale "
     "on Monday.", "We will rebuild the pier.", None),
]


@pytest.mark.parametrize("name, text, quote, speaker", NAMED_AFTER, ids=[row[0] for row in NAMED_AFTER])
def test_voice_named_in_the_next_sentence(name, text, quote, speaker):
    assert _row(text, quote)["speaker"] == speaker
