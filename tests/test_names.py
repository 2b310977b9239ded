"""Names as the analyze JSON reports them: kinds from the evidence (helpers.language.name_kinds), groups and
common nouns left out, offsets into the original text. Sentences written for these tests."""
from __future__ import annotations

import json

import pytest

from helpers.language.entities import find_entities, name_mentions
from helpers.language.gazetteer import kinds
from helpers.load.article import from_text
from helpers.language.segment import Document


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(Document(from_text(text))) if not e.common}


@pytest.mark.parametrize("text, name, kind", [
    # a person, introduced by full name or not
    ("Biden said the plan would pass.", "Biden", "person"),
    ("Joe Biden arrived on Monday. Later Biden spoke to reporters.", "Joe Biden", "person"),
    ("Mr. Okonjo-Iweala, who leads the group, spoke first.", "Okonjo-Iweala", "person"),
    ("The award went to Maria Teresa Garcia Lopez on Friday.", "Maria Teresa Garcia Lopez", "person"),
    ("Rugova met envoys on Friday and left.", "Rugova", "person"),
    ("In those years King was a steadfast supporter of the union.", "King", "person"),
    # places: WordNet's proper names, or the text's own evidence
    ("Protests spread across Sri Lanka on Sunday.", "Sri Lanka", "place"),
    ("Officials in Mogadishu denied the report.", "Mogadishu", "place"),
    ("He grew up in Kibwezi and still lives there.", "Kibwezi", "place"),
    ("The company moved to Tarzana, Calif., last year.", "Tarzana", "place"),
    ("Police in the town of Afula made arrests.", "Afula", "place"),
    # organisations: suffixes, WordNet, "the X"
    ("Shares of Acme Widgets Inc. rose sharply.", "Acme Widgets Inc", "organisation"),
    ("The contract went to Sun Metal Works Sdn Bhd last week.", "Sun Metal Works Sdn Bhd", "organisation"),
    ("A statement from the Foreign Ministry followed.", "Foreign Ministry", "organisation"),
    ("She studied at Stanford University for years.", "Stanford University", "organisation"),
    ("Talks with Hamas resumed on Friday.", "Hamas", "organisation"),
    ("The United Nations condemned the attack.", "United Nations", "organisation"),
    ("The Vatican issued a statement on Friday.", "Vatican", "organisation"),
    # organisations the text shows as such, with no suffix and no word list
    ("The market fell after Goldman Sachs cut its forecast.", "Goldman Sachs", "organisation"),
    ("Moody's said the outlook was negative. The step by Moody's was a surprise.", "Moody", "organisation"),
    ("Analysts welcomed the Fitch's announcement on Monday.", "Fitch", "organisation"),
    ("Pemberton Quayle's president resigned on Friday.", "Pemberton Quayle", "organisation"),
    ("Merrill Lynch's chief executive met the board.", "Merrill Lynch", "organisation"),
    ("Investors sold shares of Zantoria after the report.", "Zantoria", "organisation"),
    ("The loan came from Halvorsk, the bank that had lent before.", "Halvorsk", "organisation"),
    ("The state news agency Tavria reported the arrest.", "Tavria", "organisation"),
    ("Rating firms such as Kessleroy were slow to react.", "Kessleroy", "organisation"),
    ("The records came from Barnes & Noble and other stores.", "Barnes & Noble", "organisation"),
    ("The Bluebirds are 0-2 after a loss in the opener.", "Bluebirds", "organisation"),
    ("He pitched against the Athletics on Friday night.", "Athletics", "organisation"),
    # places the text shows as such
    ("She was born in Belle Plaine, Minn., in 1950.", "Belle Plaine", "place"),
    ("HOLLYWOOD _ Ask any agent in town who the next star is.", "HOLLYWOOD", "place"),
    ("Ask the top agents in Hollywood about him.", "Hollywood", "place"),
    ("Tourists come to the Muscle Shoals area every summer.", "Muscle Shoals", "place"),
    ("Rep. Ann Cole, R-Calif., backed the bill.", "R-Calif", "place"),
    ("He spoke of the leader of the former Yugoslavia, who gave Kosovo autonomy.", "Yugoslavia", "place"),
    ("Troops withdrew when the Soviet Union collapsed.", "Soviet Union", "place"),
    ("Families came to see Wilson Dam and to fish.", "Wilson Dam", "place"),
    ("The handover of Eastern Slavonia went smoothly.", "Eastern Slavonia", "place"),
    # people stay people
    ("Professor Amin Qadir said Ibsen's ``Ghosts'' was his favourite play.", "Ibsen", "person"),
    ("Erling Jevne won the race and kept his lead.", "Erling Jevne", "person"),
    ("Politicians like Ada Kovac were quick to react.", "Ada Kovac", "person"),
    ("Pam Hollis, the bank's lawyer, declined to comment.", "Pam Hollis", "person"),
    ("Critics of the Clinton administration's plan spoke.", "Clinton", "person"),
    ("Jane Park won the seat.", "Jane Park", "person"),
    ("Asked about the poll run by his firm, Dana Brack boasted of its record.", "Dana Brack", "person"),
    ("\"It needs to stop.\"\n\n-Michelle Marks, Philadelphia.", "Michelle Marks", "person"),
    ("Steve Israel spoke first. Israel said the vote was close.", "Steve Israel", "person"),
    ("The Bradys and the Munsters were television families.", "Bradys", "person"),
    ("He joined Alvin Rosenbaum at the Rosenbaums' home.", "Rosenbaums", "person"),
], ids=["surname alone", "introduced by full name", "apposition with who", "four-word name", "unknown surname",
        "title word as surname", "wordnet country", "wordnet city", "in X", "X, Calif.", "town of X",
        "Inc.", "Sdn Bhd", "Ministry", "University", "wordnet organisation", "wordnet two words", "the X",
        "its after a company", "possessive company", "the X's announcement", "X's president",
        "X's chief executive, a first name first", "shares of X", "X, the bank", "news agency X", "firms such as X",
        "X & Y", "team with a score", "against the X", "X, Minn.", "dateline", "in X over WordNet's first sense",
        "the X area", "party and state", "who after 'of X' is about the leader",
        "wordnet place with an organisation word", "geographic word last", "compass word first",
        "possessive before a title", "foreign name with his", "politicians like X", "X, the bank's lawyer",
        "the X administration", "a first name and a surname like a place word", "his firm, X boasted",
        "a reader's signature with a city", "surname that is a place", "a family, person in WordNet",
        "a family, surname in the text"])
def test_kinds(text, name, kind):
    found = _kinds(text)
    assert found.get(name) == kind, found


@pytest.mark.parametrize("text, word", [
    ("Serbs protested in the streets of the capital.", "Serbs"),
    ("Shoppers now buy more on the Internet than in stores.", "Internet"),
    ("The Holocaust museum opened.", "Holocaust"),
    ("Many Jewish families left.", "Jewish"),
], ids=["group", "common noun with a capital", "event", "adjective"])
def test_not_listed_as_names(text, word):
    assert all(row["text"] != word for row in name_mentions(Document(from_text(text))))


@pytest.mark.parametrize("text, name, shortened", [
    ("The Internet Tax Freedom Act passed. The Internet grew.", "Internet Tax Freedom Act", "Internet"),
    ("Kosovo Albanians marched. In Kosovo, police watched.", "Kosovo Albanians", "Kosovo"),
], ids=["common first word", "place first word"])
def test_a_first_word_is_no_short_form_of_a_non_person(text, name, shortened):
    doc = Document(from_text(text))
    longer = [e for e in find_entities(doc) if e.name == name]
    assert longer and text.rindex(shortened) not in [start for start, _ in longer[0].mentions]


@pytest.mark.parametrize("text, name", [
    ("Federal Reserve Chairman Alan Greenspan said rates would hold.", "Alan Greenspan"),
    ("Deputy Works Minister Datuk Railey Jeffrey said the estimate was low.", "Datuk Railey Jeffrey"),
    ("Two pilots, Kenyan Steve Riungu and another, were released.", "Steve Riungu"),
], ids=["office before a title", "title, office, title", "nationality before a first name"])
def test_words_before_a_title_or_a_first_name_are_no_part_of_the_name(text, name):
    assert _kinds(text).get(name) == "person", _kinds(text)


def test_an_organisation_after_a_nationality_stays_whole():
    assert _kinds("Workers from the Somali Red Crescent helped the wounded.").get("Somali Red Crescent") == \
        "organisation"


@pytest.mark.parametrize("text, names", [
    ("FOR PAULA JONES, APPEALS COURT IS A WILD CARD\n\nWASHINGTON _ Lawyers for Paula Jones filed a brief.",
     {"PAULA JONES": "person"}),
    ("The council met on Monday.\n\nA JOINT VENTURE OF ACME WIRES, INC. AND BETA NEWS\n\nThe vote was close.",
     {"ACME WIRES, INC": "organisation"}),
    ("Senator Meets Carol Lenz on Budget\n\nThe senator said Lenz agreed.", {"Carol Lenz": "person", "Lenz": "person"}),
], ids=["a body's name in the headline", "company before INC. in a line in capitals",
        "a first name in front joins the headline's name"])
def test_names_in_lines_in_capitals(text, names):
    rows = {r["text"]: r["kind"] for r in name_mentions(Document(from_text(text)))}
    assert names.items() <= rows.items(), rows


def test_a_headline_name_after_an_unknown_capital_is_left_whole():
    """ "Newt" is in no list of first names: "Gingrich" alone would cut the headline's "Newt Gingrich"."""
    text = "Newt Gingrich on Budget: ‘It Passes.’\n\nGingrich spoke."
    rows = [r["text"] for r in name_mentions(Document(from_text(text)))]
    assert rows == ["Gingrich"] and text.index("Gingrich spoke") == name_mentions(Document(from_text(text)))[0]["start"]


def test_a_line_in_capitals_names_only_what_the_body_names():
    text = "SENATE PANEL BACKS BUDGET DEAL\n\nThe committee voted on Friday."
    assert [r["text"] for r in name_mentions(Document(from_text(text)))] == []


@pytest.mark.parametrize("text, expected", [
    ("A Beijing-based member of the group spoke.", [("Beijing", "place")]),
    ("Frank Lloyd Wright drew it. It is the only Wright-designed house here.",
     [("Frank Lloyd Wright", "person"), ("Wright", "person")]),
    ("The Pro-choice rally and a Blorvian-backed militia marched.", []),
    ("The court rapped a Hapur based writ petitioner.", [("Hapur", "place")]),
    ("Colin Pratt based his claim on the law.", [("Colin Pratt", "person")]),
], ids=["place before -based", "the body's name before -designed", "unknown words before a hyphen",
        "place before 'based' without a hyphen", "must not: the verb 'based'"])
def test_names_before_a_hyphenated_modifier(text, expected):
    assert [(r["text"], r["kind"]) for r in name_mentions(Document(from_text(text)))] == expected


def test_name_mentions_map_to_the_original_text():
    text = "Menu\n\nNAIROBI, Kenya (AP) _ President   Daniel arap Moi spoke in\nthe city of Eldoret.  Moi left."
    doc = Document(from_text(text))
    rows = name_mentions(doc)
    assert rows, "no names found"
    for row in rows:
        assert text[row["start"]:row["end"]] == row["text"]
        assert set(row) == {"text", "canonical", "kind", "start", "end"}
    assert {"NAIROBI": "place", "Kenya": "place", "AP": "organisation", "Eldoret": "place"}.items() <= \
        {r["text"]: r["kind"] for r in rows}.items()


@pytest.mark.parametrize("name, first", [
    ("Sri Lanka", "place"), ("Serb", "member"), ("Ibsen", "person"), ("Hamas", "organisation"),
    ("Vatican", "facility"), ("Xi Jinping", None),
])
def test_gazetteer(name, first):
    assert (kinds(name)[:1] or [None])[0] == first


def test_the_proper_names_cache_stores_the_table_it_was_given():
    from helpers.language import gazetteer

    table = {"washington": ["place", "place", "organisation", "person"], "serb": ["member"], "nile": ["place"]}
    stored = json.loads(json.dumps(gazetteer._encode({k: tuple(v) for k, v in table.items()})))  # as on disk
    assert gazetteer._decode(stored) == {k: tuple(v) for k, v in table.items()}
    with pytest.raises(ValueError):
        gazetteer._encode({"new\nline": ("place",)})


# Unseen articles (issue 14): bodies named by an acronym or by what their staff and shares are called.
# Rows quoting Wikinews (CC BY 2.5) give the article's URL.
@pytest.mark.parametrize("text, name, kind", [
    # https://en.wikinews.org/wiki/Christmas_Island_detention_centre_reopened
    ("DIMIA said the children would be in the facility on a short-term basis.", "DIMIA", "organisation"),
    ("RBS posted losses of £24 billion, and RBS said more would follow.", "RBS", "organisation"),
    # bodies of a kind in the plural are no name (they were persons once, then organisations)
    ("The group has been waiting nine months for DHBs to agree.", "DHBs", None),
    # https://en.wikinews.org/wiki/Indian_aviation_sector_hit_by_financial_trouble;_domestic_traffic_at_five-year_low
    ("Airbus executive John Leahy said Airbus had discussed the issue.", "Airbus", "organisation"),
    ("Senior ex-employees of Landsbanki claim millions.", "Landsbanki", "organisation"),
    ("Shares in Kestrelco fell 3¢ on Friday.", "Kestrelco", "organisation"),
    # not bodies: a person known by initials, a title in front, a place
    ("JFK said the nation would go to the Moon.", "JFK", "person"),
    ("Senator Obama said the plan would pass.", "Obama", "person"),
    ("Dr. Okafor said Okafor employees were safe.", "Okafor", "person"),
], ids=["acronym that speaks", "acronym, twice", "acronym in the plural", "X executive", "ex-employees of X",
        "shares in X", "initials of a person", "title in front", "a title outweighs X employees"])
def test_kinds_of_bodies_on_unseen_articles(text, name, kind):
    found = _kinds(text)
    assert found.get(name) == kind, found


@pytest.mark.parametrize("text, name, kind", [
    ("GDP rose 2% in the quarter, the bureau said.", "GDP", None),         # WordNet: a concept, no body
    ("The polls closed at 10:00 UTC on Sunday.", "UTC", None),
    ("The EU and NATO agreed on the plan.", "EU", "organisation"),         # WordNet lists it as a body too
    ("The deal cost AU$5 million and NZ$3m, said Rhys.", "AU", None),      # which dollar, no name
    ("The deal cost AU$5 million and NZ$3m, said Rhys.", "NZ", None),
    ("Hong Kong paid HK$2bn.", "HK", None),
], ids=["GDP", "UTC", "EU", "AU$", "NZ$", "HK$"])
def test_acronyms_that_are_no_bodies(text, name, kind):
    assert _kinds(text).get(name) == kind


# Unseen articles (issue 14), round two: kinds from the text's own evidence, with no list of the names.
# Rows quoting Wikinews (CC BY 2.5) give the article's URL.
@pytest.mark.parametrize("text, name, kind", [
    # a place before a list's next name is no sign of a place ("X, Japan Airlines, ...")
    ("As well as Brolga, Japan Airlines and Lufthansa, shares in Brolga fell.", "Brolga", "organisation"),
    ("She was born in Tarzana, Calif., and stayed.", "Tarzana", "place"),
    # a party written "the Xs" is no family; "the X party"
    ("Support for the Labour and Greens parties grew.", "Greens", "organisation"),
    ("The Orange party would raise its seats from six to ten.", "Orange", "organisation"),
    ("The Bradys and the Munsters were television families.", "Bradys", "person"),
    # a place WordNet knows after a person, written as a place
    ("The group was taken into detention in Darwin on Friday.", "Darwin", "place"),
    ("Darwin wrote that species change.", "Darwin", "person"),
    # "off X", "X, 400km south-east of Y", "X-based"
    ("A boat of refugees arrived off Quorrabin two years ago.", "Quorrabin", "place"),
    ("They sailed on to Wyndarra, 400km south-east of Kalumburu, on Monday.", "Wyndarra", "place"),
    ("He sold a stake in Kolkata-based Umbrix last month.", "Kolkata", "place"),
    # organisations named by what the text calls them
    ("Only the department store group Tarrant Myles has spent more.", "Tarrant Myles", "organisation"),
    ("The retailing giant Velloran spent $19 million last month.", "Velloran", "organisation"),
    ("Under pressure the Furnas' directors resigned.", "Furnas", "organisation"),
    ("British Airways and Korean Air pled guilty in August.", "Korean Air", "organisation"),
    ("Fares are cheaper than those of Air Tarawa, which lost 8% this week.", "Air Tarawa", "organisation"),
    ("Brolga's flights were cancelled on Monday.", "Brolga", "organisation"),
], ids=["X, Japan Airlines is a list", "X, Calif. still a place", "the Greens", "the X party",
        "a family still", "in X, WordNet's person first", "WordNet's person, no place context", "off X",
        "X, distance and bearing of Y", "X-based after 'a stake in'", "group X", "giant X", "the Xs' directors",
        "X Air", "Air X", "X's flights"])
def test_kinds_from_the_texts_evidence(text, name, kind):
    found = _kinds(text)
    assert found.get(name) == kind, found


@pytest.mark.parametrize("text, word", [
    # https://en.wikinews.org/wiki/Christmas_Island_detention_centre_reopened
    ("DIMIA say the West Timorese will remain on Christmas Island.", "West Timorese"),
    ("In July, West Australian refugee advocate Kaye Bernard spoke.", "West Australian"),
    ("India does not allow Tibetans to engage in politics there.", "Tibetans"),
    ("Many Nepalis and Brazilians came.", "Brazilians"),
], ids=["compass word and demonym", "demonym before a title", "plural demonym", "plural in -ians"])
def test_demonyms_are_no_names(text, word):
    assert all(row["text"] != word for row in name_mentions(Document(from_text(text))))


@pytest.mark.parametrize("word, expected", [
    ("Timorese", True), ("Tibetans", True), ("Australian", True), ("Chinese", True), ("Pakistani", True),
    ("Lebanese", True), ("Italian", True),
    ("Julian", False), ("Susan", False), ("Milan", False), ("Jordan", False), ("Morgan", False), ("Logan", False),
], ids=lambda v: str(v))
def test_demonym_morphology(word, expected):
    from helpers.language.name_kinds import demonym
    assert demonym(word) is expected


def _canonical(text: str, surface: str) -> str | None:
    rows = [r for r in name_mentions(Document(from_text(text))) if r["text"] == surface]
    return rows[-1]["canonical"] if rows else None


@pytest.mark.parametrize("text, surface, canonical", [
    ("The People's Republic of China was founded in 1949. China is a big oil consumer.", "China", "China"),
    ("Western Australia voted first. Australia followed.", "Australia", "Australia"),
    ("North Carolina raised its wage. Carolina farmers agreed.", "Carolina", "North Carolina"),
    ("President Barack Obama spoke. Later Obama left.", "Obama", "Barack Obama"),
], ids=["X is no short form of Republic of X", "X is no short form of Western X", "Carolina of North Carolina",
        "a surname still"])
def test_a_place_alone_is_no_short_form_of_a_longer_place(text, surface, canonical):
    assert _canonical(text, surface) == canonical


@pytest.mark.parametrize("text, absent, present", [
    # https://en.wikinews.org/wiki/Indian_markets_hits_record_close_in_Diwali_trade
    ("Our share is USD 250 billion, and it could go up to USD 1 trillion, Rakesh Jhunjhunwala said.", "USD",
     "Rakesh Jhunjhunwala"),
    ("His fortune was R$230,000 (97,676.27 USD) in 1997, the Receita said.", "USD", "Receita"),
    ("The EUR and the USD both fell, the Bundesbank said.", None, "USD"),
    ("Profit rose to $5.3 Mln in the quarter, Harriet Vane said.", "Mln", "Harriet Vane"),
    ("Sales were 4 Bln yen, Kenji Mori said.", "Bln", "Kenji Mori"),
    ("The grant was Rs 5 Cr, Anil Rao said.", "Cr", "Anil Rao"),
    ("EUR 3 Mn went to Hamburg.", "Mn", "Hamburg"),
    ("Banks saved Rs 3 Lakh Cr, Anil Rao said.", "Lakh Cr", "Anil Rao"),
], ids=["code before a figure", "code after a figure", "a code with no figure stays", "Mln", "Bln", "Cr", "Mn",
    "Lakh Cr"])
def test_currency_codes_next_to_figures_are_no_names(text, absent, present):
    found = {r["text"] for r in name_mentions(Document(from_text(text)))}
    assert present in found and (absent is None or absent not in found), found


@pytest.mark.parametrize("text, name", [
    # https://en.wikinews.org/wiki/New_denunciations_of_Brazilian_deputy_and_evidence_make_things_hard_for_Lula
    ("Secretary-General Silvio Pereira, and Treasurer Delubio Soares, head the scheme.", "Delubio Soares"),
    ("Secretary-General Silvio Pereira, and Treasurer Delubio Soares, head the scheme.", "Silvio Pereira"),
    ("The visit of Indian naval Vice Admiral Yashwant Prasad to China ends Friday.", "Yashwant Prasad"),
], ids=["Treasurer", "Secretary-General", "Vice Admiral"])
def test_titles_are_no_part_of_the_name(text, name):
    assert name in {r["text"] for r in name_mentions(Document(from_text(text)))}


def test_a_span_is_listed_once_when_cleaning_maps_two_pieces_to_it():
    """Mojibake written with combining marks ("A" + U+0303, as a bad double decoding leaves it): Unicode
    normalisation rewrites the span, and its two pieces ("FranÃ", "Â") map back to one original span."""
    text = "French President FranA\u0303\u0083A\u0302\u00a7ois Hollande said the talks would go on."
    spans = [(m["start"], m["end"]) for m in name_mentions(Document(from_text(text)))]
    assert len(spans) == len(set(spans)) and (31, 39) in spans, spans


@pytest.mark.parametrize("text, absent, present", [
    ("Banks cut NPAs by half, Anil Rao said.", "NPAs", "Anil Rao"),
    ("Several NGOs and super PACs backed Jo Hart.", "PACs", "Jo Hart"),
    ("Thieves stole SUVs from the NHS car park.", "SUVs", "NHS"),  # must not: an acronym in the singular
], ids=["NPAs", "PACs", "SUVs beside NHS"])
def test_plural_acronyms_are_no_names(text, absent, present):
    listed = {m["text"] for m in name_mentions(Document(from_text(text)))}
    assert present in listed and absent not in listed, listed
