"""Names and their kinds on unseen British, Indian, Australian, New Zealand and US news (issue 14): the rules of
helpers.language.kind_text and the small changes beside them (a title before an organisation's word, a
participle opening a sentence, laws named after a body, abbreviations in brackets after a quotation mark).
Sentences written for these tests; rows marked "must not" guard what a rule must leave alone."""
from __future__ import annotations

import pytest

from helpers.language.entities import find_entities, name_mentions
from helpers.language.segment import Document
from helpers.load.article import from_text


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(Document(from_text(text))) if not e.common}


def _listed(text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["kind"]) for m in name_mentions(Document(from_text(text)))]


@pytest.mark.parametrize("text, name, kind", [
    # place_signs: the text names a body or a feature of the place, or its people
    ("Mangawhero District Council voted on Tuesday. The council bought Mangawhero's port in 2012.",
     "Mangawhero", "place"),
    ("Boats returned to the Tokorangi River. Tokorangi has grown since the bridge opened.", "Tokorangi", "place"),
    ("Rules will ease for Victorians next week, now that Victoria has control of the outbreak.", "Victoria", "place"),
    ("Aucklanders face higher rates, and Auckland has raised its fees.", "Auckland", "place"),
    ("The MP from Ranpura said party leaders would choose. She did not seek the Ranpura seat.", "Ranpura",
     "place"),
    ("Rates rose, and Caldershire councillors met on Monday.", "Caldershire", "place"),  # and a county's ending
    ("The plant in Moradabad will close, officials said.", "Moradabad", "place"),
    ("Victoria said she would sing at the gala.", "Victoria", "person"),  # must not: no sign of the state
    ("Wagnerians queued for hours, and Wagner was played all night.", "Wagner", "person"),  # must not: -ians
    ("Southerners voted early. Southern voters were angry.", "Southern", None),  # must not: an adjective
    # listed_after_a_noun: a list after a plural noun of places or of organisations
    ("The iwi manages lakes like Kohatu/Waimarino and Tarapuhi.", "Waimarino", "place"),
    ("The iwi manages lakes like Kohatu/Waimarino and Tarapuhi.", "Tarapuhi", "place"),
    ("Software distributors such as Blue Ridge, Quillsoft, and Norvane compete with the giant.", "Quillsoft",
     "organisation"),
    ("In states like Ohio, Hillary Clinton said the race was close.", "Hillary Clinton", "person"),  # must not
    ("Voters in the cantons Ardenz and Velmont said no.", "Velmont", "place"),
    # facilities named by the word before them
    ("A further scandal involved Karrow Hey hospital, where records were lost.", "Karrow Hey", "organisation"),
    # short_for_an_organisation: one word opening an organisation's fuller name
    ("The suit names Brightwind Sports. Brightwind, who owned the team, denied it.", "Brightwind", "organisation"),
    ("The Obama White House denied it. Obama, who was in Hawaii, said nothing.", "Obama", "person"),  # must not
    # table_kind: news agencies, legislatures, vessels, diseases, "Greater", surnames with their particle
    ("According to a Reuters report, the minister resigned.", "Reuters", "organisation"),
    ("New Delhi, June 3 (IANS) The minister said the plan would go ahead.", "IANS", "organisation"),
    ("The bill passed the Lok Sabha on Monday.", "Lok Sabha", "organisation"),
    ("Sailors of the USS Pemberton were hurt in the blast.", "USS Pemberton", "other"),
    ("The meeting discussed the COVID-19 response.", "COVID-19", "other"),
    ("The Dow Jones Industrial Average fell 3%.", "Dow Jones Industrial Average", "other"),
    ("Shares of Varga Steel rose.", "Varga Steel", "organisation"),
    ("The army test-fired the Varuna-III missile on Sunday.", "Varuna-III", "other"),
    ("Cases rose across Greater Sydney last week.", "Greater Sydney", "place"),
    ("Police said Jamal al-Rashidi had been freed.", "Jamal al-Rashidi", "person"),
    ("Members of al-Qaeda escaped from the prison.", "al-Qaeda", "organisation"),  # must not: a group
    ("Fighters of Ansar al-Sharia held the town.", "Ansar al-Sharia", "organisation"),  # must not
    # a title word before an organisation's word is part of its name
    ("The U.S. Justice Department said it would join the suit.", "U.S. Justice Department", "organisation"),
    ("Workers at General Electric went on strike.", "General Electric", "organisation"),
    # laws named after the body that made them are laws; a publication named "Report" stays one
    ("The duty comes from the Local Government Act, officials said.", "Local Government Act", "other"),
    ("The Cook Political Report moved the race to a toss-up.", "Cook Political Report", "organisation"),
    # an abbreviation in brackets after a closing quotation mark takes its name's kind
    ("Residents were told to call the “Flood Control Agency” (FCA). The FCA is busy.", "FCA", "organisation"),
])
def test_kind_from_the_text(text, name, kind):
    kinds = _kinds(text)
    if kind is None:
        assert kinds.get(name) != "place"
    else:
        assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize("text, absent, present", [
    # a participle opening a sentence is no part of the name after it
    ("Terming Sharma's charge baseless, the minister left.", "Terming Sharma", "Sharma"),
    ("Opining Patel has written a hollow post, he said.", "Opining Patel", "Patel"),
    # "Cllr" is a title
    ("Cllr Jane Hodder comments on the plan.", "Cllr Jane Hodder", "Jane Hodder"),
    ("In a statement Chief Nurse Polly Ward said the trust was busy.", "Nurse Polly Ward", "Polly Ward"),
])
def test_name_units(text, absent, present):
    names = [t for t, _ in _listed(text)]
    assert absent not in names and present in names, names


@pytest.mark.parametrize("text, not_listed", [
    ("Māori ward councillor Aroha Tane said the council should act.", "Māori"),
    ("States rely on GST revenue, the premier said.", "GST"),
    ("The council told residents how to receive Flood Warnings, but flood warnings miss sewers.", "Flood Warnings"),
    ("Major provisions of the act were approved earlier this year.", "Major"),
])
def test_no_names(text, not_listed):
    assert not_listed not in [t for t, _ in _listed(text)]


def test_title_before_a_name_still_splits():
    """Must not: "Justice" and "General" before a person's name stay titles."""
    listed = _listed("Justice Ruth Marsh wrote the opinion, and Attorney General Eric Dole agreed.")
    assert ("Ruth Marsh", "person") in listed and ("Eric Dole", "person") in listed
