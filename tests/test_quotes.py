"""Quotations and speakers (helpers.quotes, helpers.language.cues): tables of sentences with the expected
(quote, speaker, kind), sentences that must yield no attributed quote, the seed article's gold, and the
accuracy on the PolNeAR sample when it is present."""
from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from helpers.quotes import find as Q
from helpers.quotes import tables as QT
from helpers.views import quotes as QV
from helpers.load.article import from_text
from helpers.language.cues import PHRASAL_CUES, SPEECH_CUES, TERM_MARKERS, cue_lemma, inflections, speaks_at
from helpers.resources import PROJECT_ROOT
from helpers.language.segment import Document

SHARED = PROJECT_ROOT.parent / "shared"
SEED_GOLD = SHARED / "gold" / "putin-xi-beijing.json"
SEED = PROJECT_ROOT / "data" / "articles" / "putin-xi-beijing.txt"


def _quotes(text: str) -> pd.DataFrame:
    doc = Document(from_text(text))
    frame = Q.find_quotes(doc)
    original = doc.article.original
    for row in frame.itertuples():  # every span is a span of the original, marks included
        assert row.text in original[row.start:row.end]
        assert original[row.start:row.end].strip("“”\"‘’«»`' ") .startswith(row.text[:5].strip("“”\"‘’ "))
    return frame


def _one(frame: pd.DataFrame, text: str) -> pd.Series:
    rows = frame[frame["text"] == text]
    assert len(rows) == 1, f"{text!r} not found once in {list(frame['text'])}"
    return rows.iloc[0]


# --------------------------------------------------------------------------- attribution patterns

ATTRIBUTED = [
    ("X said", "Vladimir Putin met Xi Jinping. Putin said the talks were “warm and comradely”.",
     "warm and comradely", "Vladimir Putin", "partial"),
    ("quote, X said", "Anna White works for Facebook.\n\n“We created Safety Check for Paris,” Ms. White said.",
     "We created Safety Check for Paris,", "Anna White", "full"),
    ("quote, said X, title", "“So far, it is working,” said Michael Baselice, a pollster in Austin.",
     "So far, it is working,", "Michael Baselice", "full"),
    ("X wrote in a piece:", ("Alexander Gabuev, the director of the Carnegie Center in Berlin, wrote in a piece: "
     "“Never has Russia been so distant from Europe.”"), "Never has Russia been so distant from Europe.",
     "Alexander Gabuev", "full"),
    ("according to X", "The plan will fail, according to Senator Lindsey Graham, who called it “a disaster.”",
     "a disaster.", "Lindsey Graham", "partial"),
    ("X, who ..., told reporters", "Sen. Ted Cruz, who won Iowa, told reporters: “We are winning.”",
     "We are winning.", "Ted Cruz", "full"),
    ("he resolves to the last person", "Donald Trump spoke in Ohio.\n\n“We will win,” he said.",
     "We will win,", "Donald Trump", "full"),
    ("she resolves to a woman", "Donald Trump met Hillary Clinton.\n\n“I am ready,” she said.",
     "I am ready,", "Hillary Clinton", "full"),
    ("Mr. is not the woman who shares his surname", ("Donald J. Trump met voters.\n\nThere are claims that he "
     "assaulted Ivana Trump, which he has denied.\n\nMr. Trump, however, said: “I am the perfect messenger.”"),
     "I am the perfect messenger.", "Donald J. Trump", "full"),
    ("a group is no she", ("His wife, Jane Marlow, spoke to us just before New Yorkers went to the polls.\n\n"
     "“He wants to keep going,” she said."), "He wants to keep going,", "Jane Marlow", "full"),
    ("split quote resumes after he said", "Jeb Bush spoke.\n\n“I am pro-life,” he said. “But there are exceptions.”",
     "But there are exceptions.", "Jeb Bush", "full"),
    ("next paragraph continues the speaker", "“It is a disaster,” said Chris Christie.\n\n“Nobody wants it.”",
     "Nobody wants it.", "Chris Christie", "full"),
    ("paragraph after X said:", "Jared Potts, a student, said:\n\n“He speaks his mind.”",
     "He speaks his mind.", "Jared Potts", "full"),
    ("organisation speaks", "The Kremlin said the visit was “historic and friendly”.",
     "historic and friendly", "Kremlin", "partial"),
    ("linked title resolves", ("Mexican President Enrique Nieto met Barack Obama. "
     "The Mexican president said the meeting was “productive and respectful”."),
     "productive and respectful", "Enrique Nieto", "partial"),
    ("apposition head is not the pronoun", ("Xi Jinping welcomed Vladimir Putin – a man he has described as his "
     "“best friend” – to Beijing."), "best friend", "Xi Jinping", "partial"),
    ("participle takes the sentence subject", "Hillary Clinton rallied supporters, saying: “We have to stop him.”",
     "We have to stop him.", "Hillary Clinton", "full"),
    ("name in apposition after a title", "In a statement, her adviser, Jake Sullivan, said: “Europe is stronger united.”",
     "Europe is stronger united.", "Jake Sullivan", "full"),
    ("possessor is not the speaker", "“It is espionage,” said Clinton’s top aide Jake Sullivan.",
     "It is espionage,", "Jake Sullivan", "full"),
    ("headline colon", "Trump: ‘I will build the wall.’", "I will build the wall.", "Trump", "full"),
    ("NYT nested quote closing with three apostrophes", ("Laurence Meyer runs a firm.\n\n''They say, 'go back,''' "
     "said Mr. Meyer, who runs a firm."), "They say, 'go back,'", "Laurence Meyer", "full"),
    ("inverted after ?” in its own sentence", "''Who can verify that?'' said Zeynep Tufekci, a professor.",
     "Who can verify that?", "Zeynep Tufekci", "full"),
    ("tail sentence X wrote in an email", ("Denis McDonough works there.\n\n\"Pat is the greatest!!!\" McDonough "
     "wrote in an email to officials."), "Pat is the greatest!!!", "Denis McDonough", "full"),
    ("subordinate clause before the subject", ("As the crowd began to chant, Sarah Silverman was joined by Al Franken "
     "and joked, “You are being ridiculous.”"), "You are being ridiculous.", "Sarah Silverman", "full"),
    ("infinitive cue takes the subject", "Donald Trump was prompted to say, “So far, it has been civil.”",
     "So far, it has been civil.", "Donald Trump", "full"),
    ("participle after a finite verb", ("Hillary Clinton responded to the question on Facebook writing, "
     "“Yes, I will.”"), "Yes, I will.", "Hillary Clinton", "full"),
    ("a thing that said", "Donald Trump released a marketing video that said, “We have the best professors.”",
     "We have the best professors.", "Donald Trump", "full"),
    ("clause subject before a colon", "Tom Perez lobbies for a higher minimum wage: “No one should live in poverty.”",
     "No one should live in poverty.", "Tom Perez", "full"),
    ("name right before a colon", "The timing does not surprise Republican pollster Daron Shaw: “History repeats.”",
     "History repeats.", "Daron Shaw", "full"),
    ("parenthesis after the name", ("Sen. Richard J. Durbin (D-Ill.), noting the size of the list, said, "
     "“He has a heck of an email list.”"), "He has a heck of an email list.", "Richard J. Durbin", "full"),
    ("inverted cue opens the sentence", "Roger Stone spoke on the radio.\n\nStated Stone:\n\n“The stakes are high.”",
     "The stakes are high.", "Roger Stone", "full"),
    ("with X participle", "Supporters punched a protester, with Donald Trump reportedly yelling: “Get him out!”",
     "Get him out!", "Donald Trump", "full"),
    ("dash name colon", "Pollsters agree - Carl Bialik: “Keep it simple.”", "Keep it simple.", "Carl Bialik", "full"),
    ("attribution sentence after an exclamation", ("Ann Dawson lifted a sign.\n\n\"All the way!\" Dawson shouted, "
     "shorthand for taking the fight to the end."), "All the way!", "Ann Dawson", "full"),
    ("name before an apposition with a relative clause", ("“Stein voters matter,” Nate Silver, the polling guru "
     "who founded a site, tweeted."), "Stein voters matter,", "Nate Silver", "full"),
    ("quote after a sentence of attribution", "Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”",
     "Mainstream Republicans are running out of time.", "Dianne Bystrom", "full"),
    ("nearest clause's subject for an infinitive", ("But the debate was so subdued that Donald Trump was prompted "
     "to say, “So far, I cannot believe how civil it is.”"), "So far, I cannot believe how civil it is.",
     "Donald Trump", "full"),
    ("a weekday is not a subject", "Donald Trump issued a statement Tuesday saying, “I do not feel that way.”",
     "I do not feel that way.", "Donald Trump", "full"),
    ("the name is the complement of the speaker noun", ("“We have not been briefed,” Doug Andres, a spokesman "
     "for House Speaker Paul Ryan, told the Post."), "We have not been briefed,", "Doug Andres", "full"),
    ("relative clause before the cue", ("A White House official who spoke anonymously to discuss strategy said, "
     "“Certainly there are risks.”"), "Certainly there are risks.", "A White House official", "full"),
    ("an opening fragment with a cue in its sentence is speech", ("“Boots on the ground” would be wrong, Senator "
     "Jane Roe said."), "Boots on the ground", "Jane Roe", "full"),
    ("a chant after a participle is not a title", "The crowd kept chanting “Lock her up” at the rally.",
     "Lock her up", "The crowd", "partial"),
    ("cried out is a cue", "Jane Roe spoke.\n\n“Do we quit?” Roe asked.\n\n“No!” the crowd cried out.", "No!",
     "the crowd", "full"),
    ("a long paragraph after a question goes on with the asker", ("Jane Roe spoke.\n\n“Do we quit?” Roe asked."
     "\n\n“We do not quit, not ever, not here.”"), "We do not quit, not ever, not here.", "Jane Roe", "full"),
    ("a nickname given in speech before a weekday", "Jane Roe called Cruz “Lyin’ Ted” Monday Night in Ohio.",
     "Lyin’ Ted", "Jane Roe", "partial"),
    ("capitalised words after 'at' with a cue are speech", ("Jane Roe told the crowd at the rally, “We Will Win,” "
     "and left."), "We Will Win,", "Jane Roe", "full"),
    ("an opening fragment before an adverb and a cue is speech", ("“Boots on the ground” probably would be wrong, "
     "Senator Jane Roe said."), "Boots on the ground", "Jane Roe", "full"),
    ("a quoted noun as a subject in a sentence with a cue is speech", ("What employees have called a “scheme” "
     "took a turn, Jane Roe said."), "scheme", "employees", "partial"),
    ("alternatives after speech are not titles", "Jane Roe said “yes,” or “maybe,” at the hearing.", "maybe,",
     "Jane Roe", "partial"),
]


@pytest.mark.parametrize("text, quote, speaker, kind", [row[1:] for row in ATTRIBUTED],
                         ids=[row[0] for row in ATTRIBUTED])
def test_attribution(text, quote, speaker, kind):
    row = _one(_quotes(text), quote)
    assert (row["speaker"], row["kind"]) == (speaker, kind)


UNATTRIBUTED = [
    ("known as: a nickname", "Harbin, once known as “Little Moscow”, is in the north.", "Little Moscow"),
    ("scare quotes without a cue", "They see each other as allies in a “multipolar” world order.", "multipolar"),
    ("so-called", "The so-called “special operation” began in 2022.", "special operation"),
    ("TV show after a possessive", "Sunday on CNN’s “State of the Union,” Mary Fallin said Trump was calm.",
     "State of the Union,"),
    ("quoted modifier", "As the “Never Trump” movement continues, donors wait.", "Never Trump"),
    ("quoted modifier after a participle", "Jo Hill said she liked the mayor, waving the “Vote Early” sign he gave her.",
     "Vote Early"),
    ("quoted modifier after an -ing adjective", "Their staff sent a series of withering “Dear Tom” letters to him.",
     "Dear Tom"),
    ("term as the subject of its sentence", "“Containment” has been the policy since the war.", "Containment"),
    ("term subject before a gloss", "“Refoulement” (forced return) is banned by the treaty.", "Refoulement"),
    ("show name before its host", "“Late Night” host Ann Lee won an award on Thursday.", "Late Night"),
    ("foreign title with small words", "A troupe in Madrid staged a comedy called “Los Hijos de Trump,” in May.",
     "Los Hijos de Trump,"),
    ("a list of titles", "Jo Hill, who starred in “Parks and Recreation” and “Guardians of the Galaxy,” posted it.",
     "Guardians of the Galaxy,"),
    ("show after 'at'", "Ann Lee is taking over the role at “Access Hollywood.” She moves in May.",
     "Access Hollywood."),
    ("title opening with a number", "He said so on CBS' “60 Minutes.” Then he left.", "60 Minutes."),
    ("term subject before an adverb", "“Sons of Trump” happily roots around in the mess.", "Sons of Trump"),
    ("title of an ad in apposition", "One ad, “Balanced Rebellion,” stars an actor.", "Balanced Rebellion,"),
    ("scare-quoted noun as a subject", "In case of doubt, this “dinner” is fictitious.", "dinner"),
    ("pseudonym", "He wrote under the pseudonym “Carlos Danger,” but was caught.", "Carlos Danger,"),
    ("nickname inside a name", "He beat Jesus “Chuy” Garcia in the runoff.", "Chuy"),
    ("epithet before a name", "It was the base of “Dixiecrat” Strom Thurmond in 1948.", "Dixiecrat"),
    ("quoted modifier after a number", "Pew looked at nine “nonprobability” internet samples.", "nonprobability"),
    ("translated title after a title", "A troupe staged a comedy called “Los Hijos de Trump,” or “Sons of Trump,” there.",
     "Sons of Trump,"),
]


@pytest.mark.parametrize("text, quote", [row[1:] for row in UNATTRIBUTED], ids=[row[0] for row in UNATTRIBUTED])
def test_terms_have_no_speaker(text, quote):
    row = _one(_quotes(text), quote)
    assert row["kind"] == "term" and row["speaker"] is None and row["cue"] is None


@pytest.mark.parametrize("text, quote", [
    ("He told POLITICO the standards are “getting better and better.”", "getting better and better."),
    ("Sunday on CNN’s “State of the Union,” the talks went on.", "State of the Union,"),
    ("Nobody here said anything “in particular” all day.", "in particular"),
    ("Jane Roe spoke.\n\n“Do we quit?” Roe asked.\n\n“No!”\n\nThe crowd roared.", "No!"),
], ids=["an unresolvable he is not the object", "a show is not a speaker", "no subject at all",
        "a shouted reply to a question is not the asker's"])
def test_no_speaker_is_invented(text, quote):
    assert _one(_quotes(text), quote)["speaker"] is None


@pytest.mark.parametrize("text", [
    "Russia’s economy and the ’90s crisis are over; rock ’n’ roll is not.",
    "The board measured 12\" by 8\" on Thursday.",
    "",
    "No quotation marks here at all.",
], ids=["apostrophes are not quotes", "inch marks are not quotes", "empty article", "no marks"])
def test_no_quotes(text):
    assert _quotes(text).empty if text else Q.find_quotes(Document(from_text("x"))).empty


# --------------------------------------------------------------------------- marks

@pytest.mark.parametrize("text, expected", [
    ("He said “yes” twice.", ["yes"]),
    ('He said "yes" twice.', ["yes"]),
    ("He said ''yes and no'' twice.", ["yes and no"]),
    ("He said ``yes'' twice.", ["yes"]),
    ("He said «oui» twice.", ["oui"]),
    ("Trump: ‘I will win’ and more.", ["I will win"]),
    ("She said “he told me ‘never’ and left” today.", ["he told me ‘never’ and left"]),
    ("She said “one” and \"two\" today.", ["one", "two"]),
    ("Mixed: \"It works,” he said. \"Really.\"", ["It works,", "Really."]),
], ids=["curly", "straight", "nyt doubled apostrophes", "backticks", "guillemets", "single curly",
        "nested single inside double", "two styles", "straight opened, curly closed"])
def test_marks(text, expected):
    assert list(_quotes(text)["text"]) == expected


def test_quote_over_several_paragraphs_is_one_quotation_with_one_speaker():
    text = ("Mark Jones, a scientist, said: “Cruz barnstormed across Texas.\n\n"
            "“He met everyone.”\n\nThe race went on.")
    frame = _quotes(text)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["speaker"], row["kind"], row["paragraph"]) == ("Mark Jones", "full", 0)
    assert text[row["start"]:row["end"]] == "“Cruz barnstormed across Texas.\n\n“He met everyone.”"
    assert row["text"] == "Cruz barnstormed across Texas.\n\n“He met everyone."


def test_unbalanced_mark_opens_no_quotation_and_swallows_nothing():
    """A mark never closed delimits nothing: no row for it, and the later quotation is still found whole."""
    text = "He said “this never closes.\n\nA second paragraph.\n\nA third with “a quote” in it."
    frame = _quotes(text)
    assert list(frame["text"]) == ["a quote"]
    assert frame.iloc[0]["paragraph"] == 2


def test_offsets_map_to_the_original_through_cleaning():
    text = "  Putin   said\u00a0the talks were “warm  and comradely”.\n\n\n“Yes,”   he said."
    doc = Document(from_text(text))
    for row in Q.find_quotes(doc).itertuples():
        span = doc.article.original[row.start:row.end]
        assert span[0] in "“\"" and span[-1] in "”\""


# --------------------------------------------------------------------------- the lexicon

def test_cue_lexicon_is_broad_and_inflected():
    assert len(SPEECH_CUES) >= 70
    for form, lemma in [("said", "say"), ("tells", "tell"), ("wrote", "write"), ("praised", "praise"),
                        ("warns", "warn"), ("insisted", "insist"), ("according", "according to"),
                        ("denied", "deny"), ("tweeted", "tweet"), ("Added", "add")]:
        assert cue_lemma(form) == lemma, form
    for word in ["sales", "wright", "president", "the"]:
        assert cue_lemma(word) is None, word
    assert "called" not in TERM_MARKERS  # "Trump called the report “fake news”" is speech
    assert PHRASAL_CUES["point"] == {"out"}


@pytest.mark.parametrize("words, speaks", [
    ("Biden said so", True), ("Biden hit back", True), ("Gray hit out at critics", True),
    ("Storm Babet hit the county", False), ("Smith pointed out the flaw", True), ("Smith pointed at it", False),
    ("Smith went on", True), ("Smith went home", False), ("according to Smith", False), ("Smith", False),
])
def test_speaks_at_needs_the_particle_of_a_phrasal_cue(words, speaks):
    tokens = words.split()
    verb = 2 if tokens[0] == "Storm" else 1 if len(tokens) > 1 and tokens[0] != "according" else 0
    assert speaks_at(tokens, verb) is speaks


@pytest.mark.slow
def test_inflection_table_agrees_with_wordnet():
    """The run-time table must say what nltk's WordNet lemmatizer says (it is too slow to load per process)."""
    from nltk.stem import WordNetLemmatizer

    from helpers.resources import require

    require("wordnet")
    lemmatizer = WordNetLemmatizer()
    disagreements = [(form, lemma) for form, lemma in inflections().items()
                     if lemma != "according to" and lemmatizer.lemmatize(form, "v") not in (lemma, form)]
    assert len(disagreements) <= len(inflections()) // 50, disagreements[:20]


# --------------------------------------------------------------------------- notebook helpers

def test_views_on_the_seed():
    doc = Document(from_text(SEED.read_text(encoding="utf-8")))
    quotes = Q.find_quotes(doc)
    table = QT.speaker_table(quotes)
    assert table.loc["Xi Jinping", "quotes"] == 3 and table.loc["Vladimir Putin", "quotes"] == 3
    assert list(QT.filter_quotes(quotes, "Alexander Gabuev")["kind"]) == ["full"]
    assert QT.filter_quotes(quotes, QT.NO_SPEAKER).equals(quotes[quotes["speaker"].isna()])
    html = QV.quotes_html(doc, quotes, "Xi Jinping")
    assert html.count("<mark>") == 3 and "Putin (" not in html
    assert "<mark>“best friend”</mark>" in html
    assert set(QT.terms_table(quotes)["text"]) == {"Little Moscow", "multipolar"}
    pos = QT.quote_positions(doc, quotes)
    assert pos["position"].between(0, 1).all()


def test_highlight_is_html_escaped():
    doc = Document(from_text("Smith said <b>“a & b < c”</b> today."))
    html = QV.quotes_html(doc, Q.find_quotes(doc))
    assert "<b>" not in html and "&lt;b&gt;" in html and "“a &amp; b &lt; c”" in html


# --------------------------------------------------------------------------- gold

@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared seed gold absent")
def test_seed_gold():
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    doc = Document(from_text(SEED.read_text(encoding="utf-8")))
    frame = Q.find_quotes(doc)
    assert len(frame) == len(gold["quotes"])
    for expected, row in zip(gold["quotes"], frame.itertuples()):
        assert (row.start, row.end, row.text) == (expected["start"], expected["end"], expected["text"])
        assert (row.speaker, row.kind) == (expected["speaker"], expected["kind"])


POLNEAR = SHARED / "eval" / "polnear-train"


@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR sample absent")
def test_polnear_accuracy_sample():
    """score.py on the first 100 articles stays near the figures reached (recall .99, speakers .91)."""
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "quotes", str(POLNEAR), "--limit", "100",
                          "--min-recall", "0.97", "--min-speaker", "0.88", "--min-precision", "0.85"],
                         cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert out.returncode == 0, out.stdout[-2000:]


@pytest.mark.parametrize("text, expected", [
    (SEED.read_text(encoding="utf-8") if SEED.exists() else "", ["**7 quotations**", "**Alexander Gabuev**",
                                                                  "“Little Moscow”"]),
    ("Nothing is quoted here.", ["No quotation"]),
    ("“We will win,” an aide said.", ["**1 quotation**", "**1 named speaker**"]),
], ids=["seed", "no quotes", "one unnamed speaker"])
def test_headline(text, expected):
    line = QV.headline(Q.find_quotes(Document(from_text(text))))
    for part in expected:
        assert part in line


@pytest.mark.parametrize(
    "text, expected",
    [("He said “yes”.", True), ('She said "no".', True), ("''Yes,'' he said.", True), ("«Oui»", True),
     ("Russia’s president spoke.", False), ("No marks at all.", False)],
)
def test_has_quotation_marks(text, expected):
    from helpers.quotes.find import has_quotation_marks

    assert has_quotation_marks(text) is expected


@pytest.mark.parametrize("text, noted", [
    ('The frame measures 12" by 8" and the board is 10" wide.', True),
    ("No marks at all here.", False),
    ("“We will build it,” the mayor said.", False),
], ids=["inch marks only: a note", "no marks: nothing to say", "a real quotation: no note"])
def test_marks_note_explains_marks_without_quotations(text, noted):
    doc = Document(from_text(text))
    assert (QV.marks_note(doc, Q.find_quotes(doc)) is not None) == noted
