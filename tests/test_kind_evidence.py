"""Kinds of names on unseen news (issue 14): the rules of helpers.language.kind_evidence and the evidence added
to helpers.language.name_kinds. Sentences written for these tests, each naming the rule it checks; rows marked
"must not" guard the cases a rule must leave alone."""
from __future__ import annotations

import pytest

from helpers.language.entities import find_entities, name_mentions
from helpers.language.kind_evidence import place_opening_title, place_part_alone
from helpers.load.article import from_text
from helpers.language.segment import Document


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(Document(from_text(text))) if not e.common}


def _listed(text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["kind"]) for m in name_mentions(Document(from_text(text)))]


@pytest.mark.parametrize("text, name, kind", [
    # event_or_law: events, laws and time zones are "other", no organisation
    ("The Annapolis Conference ended on Tuesday without a deal.", "Annapolis Conference", "other"),
    ("Congress renewed the Patriot Act last year.", "Patriot Act", "other"),
    ("The Kyoto Protocol came into force in 2005.", "Kyoto Protocol", "other"),
    ("He failed to comply with Executive Order 12958.", "Order", "other"),
    ("Queensland runs on Australian Eastern Standard Time all year.", "Australian Eastern Standard Time", "other"),
    ("The film starred Jude Law and was shot in Rome.", "Jude Law", "person"),  # must not: a first name in front
    ("Officials of the Illinois Board of Elections met.", "Illinois Board of Elections", "organisation"),  # must not
    # model_code: a model's number
    ("Each submarine carries twelve JL-2 missiles.", "JL-2", "other"),
    ("The airline ordered ten A320 jets from the maker.", "A320", "other"),
    # nouns_and_a_place: common nouns in front of a place name a body of that place
    ("Figures from Statistics NZ showed unemployment fell.", "Statistics NZ", "organisation"),
    ("A campaign by Tourism Australia targeted visitors from Asia.", "Tourism Australia", "organisation"),
    ("Climbers died on Mount Everest last spring.", "Mount Everest", "place"),  # must not: a geographic word
    ("They sailed from Port Moresby at dawn.", "Port Moresby", "place"),  # must not
    # brand_compound: a word and a media or trade word
    ("The site Wikileaks published the cables on Sunday.", "Wikileaks", "organisation"),
    ("In an interview, Wikinews asked the candidate about the plan.", "Wikinews", "organisation"),
    ("Savers lost money when Icesave closed its doors.", "Icesave", "organisation"),
    # short_for_a_firm: the one word of a firm's name the text writes with firm words elsewhere
    ("She managed the former Woolworths building. Stores that Woolworths Group had closed.", "Woolworths",
     "organisation"),
    # a_persons_surname: a full name ending with a titled person's surname
    ("President Vincente Fox spoke first. Later Vicente Fox left the hall.", "Vicente Fox", "person"),
    # place_pair: places joined by a hyphen are a pair of them, even beside a longer name they open
    ("Harbin hosts the China-Russia Expo, marking formal China-Russia relations.", "China-Russia", "other"),
    ("The India-Pakistan border is tense.", "India-Pakistan", "other"),
    ("The Rolls-Royce engine failed.", "Rolls-Royce", "organisation"),  # must not: no places
])
def test_kind_rules(text, name, kind):
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize("text, name, kind", [
    ("Tents went up in Tel Aviv, Jerusalem, Beersheba, Haifa, and Kiryat Shemona on Saturday.",
     "Kiryat Shemona", "place"),
    ("Crowds gathered in Paris, London and Boro Tamsel overnight.", "Boro Tamsel", "place"),
    # must not: one other name only, or a person the text titles
    ("Smith worked at both the New York and American Stock Exchanges.", "American Stock Exchanges", "organisation"),
    ("Mr. Abel Tamsin, London and Paris were named in the report.", "Abel Tamsin", "person"),
    ("Partnerships are already legal in the cantons of Geneva and Zürich.", "Zürich", "place"),
    ("Protests spread in Kibwezi and Boro Tamsel on Sunday.", "Boro Tamsel", "place"),
    ("He met Jane Smith and Tom Okafor in Paris.", "Tom Okafor", "person"),
], ids=["a list of places", "three names", "one other name only", "a titled person", "after 'the cantons of'",
        "after 'in'", "persons before 'in'"])
def test_names_in_a_list_take_the_kind_of_the_others(text, name, kind):
    assert _kinds(text).get(name) == kind


@pytest.mark.parametrize("text, name, kind", [
    # organisation: what the text says of the name
    ("New Zealand's Hell Pizza company sparked a storm of protest.", "Hell Pizza", "organisation"),
    ("The Wee W store, whose building is leased, will close. Wee W, whose staff were told, thanked them.",
     "Wee W", "organisation"),
    ("Voters met Marla Quist. Later, Tandem Alliance is a single issue party.", "Tandem Alliance", "organisation"),
    ("Other television stations called Al-Alam are also based inside the building.", "Al-Alam", "organisation"),
    ("Shares fell after Qantas cut 1,500 jobs on Tuesday.", "Qantas", "organisation"),
    ("Most of the workers were employed by Trutex until June.", "Trutex", "organisation"),
    ("Bob McCoskrie, director of the group Family First, said the ad crossed the line.", "Family First",
     "organisation"),
    ("The Greens won four seats. Greens leader Bob Brown said the result was good.", "Greens", "organisation"),
    # must not
    ("Smith is a member of the party and a lawyer.", "Smith", "person"),
    ("Jones cut his losses and left the city.", "Jones", "person"),
    ("Terry Pace is a staff writer for the Times Daily.", "Terry Pace", "person"),
    ("Shares fell. Glitnir has posted a loss of $1 billion.", "Glitnir", "organisation"),
    ("Speaking for the government, Alfred Mutua stated the workers were dismissed.", "Alfred Mutua", "person"),
    ("Elizabeth Warren is the party unifier who speaks to liberals.", "Elizabeth Warren", "person"),
    ("Bernie Sanders spoke. Bernie is one of our party's most effective leaders.", "Bernie Sanders", "person"),
    ("Rep. Alan Grayson spoke. The news has damaged the Grayson brand.", "Alan Grayson", "person"),
    ("The trouble, Thomas Frank writes, began early. Frank cites the United Auto Workers on this.", "Thomas Frank",
     "person"),
    ("A state-owned Dubai company sought to run six ports.", "Dubai", "place"),
    ("Scooter Braun spoke. She accused the Braun-owned company of blocking her.", "Scooter Braun", "person"),
    # place: what the text says of the name
    ("Crowds gathered in the city's Zocalo plaza.", "Zocalo", "place"),
    ("She was found dead on a Lewis shingle beach in May.", "Lewis", "place"),
    ("He was held in a camp before being flown to Darwin for trial.", "Darwin", "place"),
    ("He wrote to Pepperdine about the job.", "Pepperdine", "person"),  # must not: "to" alone
    ("Thousands marched down Rothschild Boulevard on Saturday.", "Rothschild Boulevard", "place"),
    # "Press" is a title only before another: "Press Secretary Jen Psaki"
    ("A rocket has struck the Press TV building in the Gaza Strip.", "Press TV", "organisation"),
    ("On Monday, Press Secretary Jen Psaki took questions.", "Jen Psaki", "person"),
])
def test_kinds_from_what_the_text_says(text, name, kind):
    kinds = _kinds(text)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize("text, expected", [
    ("The New York-based Committee to Protect Journalists has called for his release.",
     [("New York", "place"), ("Committee to Protect Journalists", "organisation")]),
    ("San Francisco Supervisor Jane Kim said the plan would fail.",
     [("San Francisco", "place"), ("Jane Kim", "person")]),
    ("United States Senator John McCain spoke on Monday.", [("United States", "place"), ("John McCain", "person")]),
    ("Chinese President Xi Jinping spoke on Monday.", [("Xi Jinping", "person")]),
    ("New figures show growth in the region.", []),
    ("He watched Christmas Every Day on Sunday.", [("Christmas Every Day", "organisation")]),
    ("He went from Boston to Chicago by train.", [("Boston", "place"), ("Chicago", "place")]),
    ("He is a former President of the United States of America.", [("United States of America", "place")]),
    ("She visited the People's Republic of China in May.", [("People's Republic of China", "place")]),
    ("Her Vice President, also sworn in, is Joseph Boakai.", [("Vice President", "other"), ("Joseph Boakai", "person")]),
], ids=["a place before -based and 'to' inside a body's name", "a place in front of an office",
        "two words of a place in front of an office", "a nationality in front of an office stays out",
        "'New' opening a sentence", "a quantifier inside a name stays", "'to' between two places links nothing",
        "'of' inside a place WordNet knows", "'s inside a place WordNet knows", "titles alone name an office, no one"])
def test_name_spans(text, expected):
    assert _listed(text) == expected


@pytest.mark.parametrize("text, listed", [
    ("Tibetans protested in Lhasa on Monday.", [("Lhasa", "place")]),
    ("Many Han Chinese moved into the region.", []),
    ("Voters in Brisbane said South East Queenslanders want the change.", [("Brisbane", "place")]),
    ("Peter Summers and Alan Rogers agreed.", [("Peter Summers", "person"), ("Alan Rogers", "person")]),
], ids=["a demonym in the plural", "a demonym in -ese after a first name", "a demonym in -ers after compass words",
        "surnames in -ers are no demonyms"])
def test_demonyms_are_groups_not_names(text, listed):
    assert _listed(text) == listed


@pytest.mark.parametrize("tokens, j, alone", [
    (["New", "figures", "show"], 0, True),
    (["New", "York", "is"], 0, False),
    (["York", "is", "old"], 0, False),
])
def test_place_part_alone(tokens, j, alone):
    assert place_part_alone(tokens, j) is alone


@pytest.mark.parametrize("tokens, name_first, end", [
    (["San", "Francisco", "Supervisor", "Jane", "Kim"], 3, 2),
    (["US", "Secretary", "of", "State", "Condoleezza", "Rice"], 4, 1),
    (["Chinese", "President", "Xi", "Jinping"], 2, 0),
    (["South", "African", "President", "Thabo", "Mbeki"], 3, 0),
])
def test_place_opening_title(tokens, name_first, end):
    assert place_opening_title(tokens, 0, name_first) == end


@pytest.mark.parametrize("text, name, expected", [
    ("Greens leader Bob Brown said the result was good.", "Greens", True),
    ("The Chozo leader, decaying and blind, told Samus to leave.", "Chozo", False),
    ("The song Road to Hell was a hit.", "Road", False),
], ids=["a party's leader, then a name", "a leader, then no name", "no organisation at all"])
def test_a_member_after_a_name_is_organisation_evidence_only_before_a_name(text, name, expected):
    from bisect import bisect_left

    from helpers.language.name_kinds import _org_context
    doc = Document(from_text(text))
    start = text.index(name)
    first, last = bisect_left(doc.starts, start), bisect_left(doc.starts, start + len(name))
    assert _org_context(doc.tokens, doc.tags, first, last) is expected


def test_a_surname_after_an_english_word_makes_no_person():
    """ "Asserting Clinton's role" (a heading) is no second Clinton: the surname rule needs a first name or a
    word that is no English word in front ("Vicente Fox")."""
    kinds = _kinds("Hillary Clinton spoke.\n\nAsserting Clinton's role as a strategist.\n\nShe left.")
    assert kinds.get("Asserting Clinton") != "person"


@pytest.mark.parametrize("surface, canonical", [
    ("Mr. Trump", "Donald J. Trump"),
    ("Mrs. Trump", "Ivana Trump"),
], ids=["Mr. is the man", "Mrs. is the woman"])
def test_a_title_with_a_gender_picks_the_full_name_of_that_gender(surface, canonical):
    """Once "Ivana Trump" is a person (her first name is not in nltk's names), "Mr. Trump" must still be
    Donald J. Trump, not the first person named Trump."""
    from helpers.language.entities import canonical_name
    text = ("Donald J. Trump met voters. His split from his first wife, Ivana Trump, was news.\n\n"
            "Mr. Trump said he was fine. Mrs. Trump said nothing.")
    doc = Document(from_text(text))
    assert canonical_name(doc, "Trump", text.index(surface) + surface.index("Trump")) == canonical
