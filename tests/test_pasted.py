"""Pasted page text: when a .txt is a whole page's visible text, and which of its lines are the story.

The pages here are small synthetic ones written for these tests (menus, bylines, share buttons, related
headlines, cookie notices, comments, footers around a made-up story); the last test reads the shared
eval pages when they are present.
"""
from __future__ import annotations

import json
import re

import pytest

from helpers.load.article import clean, decode, from_text
from helpers.load.pasted import classify, is_timestamp, looks_pasted
from helpers.resources import PROJECT_ROOT

SEED = PROJECT_ROOT / "data" / "articles" / "putin-xi-beijing.txt"
SMALL = PROJECT_ROOT / "tests" / "data" / "small-article.txt"
PASTED_DEV = PROJECT_ROOT.parent / "shared" / "eval" / "pasted-dev"

# ----------------------------------------------------------------------------- page parts

STORY = [
    "The town council voted on Tuesday to close the old swimming pool at the end of the summer, "
    "after engineers found that the roof over the main hall was no longer safe to stand under.",
    "“We have run out of ways to keep it open,” said the council’s leader, Maria Okafor, who added "
    "that the money saved would go towards a new pool on the edge of the park within three years.",
    "Swimmers who have used the pool for decades were angry. A petition signed by 2,400 people asked "
    "the council to repair the roof instead, a job the engineers priced at £1.2m.",
    "The council said the repair would only buy a few years, and that the building’s heating and "
    "its changing rooms would also need to be replaced before long, at a similar cost, according to the "
    "council’s newsletter.",
]
MENU = ["* Home", "* News", "* Sport", "* Business", "* Culture", "* Weather", "Log in", "Subscribe"]
HEADER = ["Search", "Skip to content", *MENU, "Pool to close after roof found unsafe",
          "By Jo Bloggs", "18 Nov 2019, 19:09", "Share", "* Facebook", "* Twitter", "* Email"]
FOOTER = [
    "Share this article", "* Facebook", "* Twitter", "Related stories",
    "* New library opens its doors", "* Bus routes to change in the spring", "* Council tax to rise",
    "Most read", "1. Man finds rare coin in garden", "2. Storm brings down trees", "3. Road closed for a week",
    "We use cookies to improve your experience on our site and to show you relevant advertising. "
    "By continuing to browse you agree to our use of cookies and our privacy policy.",
    "Accept", "Get our morning newsletter: enter your email address", "* About us", "* Contact", "* Privacy Policy", "* Terms of Use",
    "© 2019 The Daily Example. All rights reserved.",
]


def page(*blocks: list[str]) -> str:
    """Lines joined the way a browser's select-all pastes them: one per line, some blank, indented."""
    return "\n".join(("    " + line) if i % 3 else line for block in blocks for i, line in enumerate(block)) + "\n"


def kept_lines(text: str) -> list[str]:
    return [line for line in clean(text)[0].split("\n\n") if line]


# ----------------------------------------------------------------------------- is it a pasted page?

CLEAN_ARTICLE = "Pool to close after roof found unsafe\n\n" + "\n\n".join(STORY) + "\n"
WIRE_COPY = (
    "LONDON (AP) _ The town council voted on Tuesday to close the old swimming pool at the end of\n"
    "the summer, after engineers found that the roof over the main hall was no longer safe.\n\n"
    "``We have run out of ways to keep it open,'' said the council's leader, Maria Okafor.\n"
)
LISTED_ARTICLE = "\n".join([STORY[0], "What the council will pay for:", "* a new roof survey", "* new signs",
                            "* fencing", "* a skip", "* new locks", "* a night guard", "* lighting", "* alarms",
                            STORY[1]])
REPEATED_CREDITS = "\n".join(s for p in STORY for s in (p, "Image: Jo Bloggs."))


@pytest.mark.parametrize("text, expected", [
    (page(HEADER, STORY, FOOTER), True),
    (page(HEADER, STORY), True),
    (page(STORY, FOOTER), True),
    (CLEAN_ARTICLE, False),
    (WIRE_COPY, False),
    (LISTED_ARTICLE, False),
    (REPEATED_CREDITS, False),
    ("", False),
    ("Share", False),
    ("\n".join(["Share"] * 20), False),
], ids=["whole page", "header only", "footer only", "clean article", "wire copy",
        "article with a bulleted list", "repeated photo credits", "empty", "one label", "one kind of label"])
def test_looks_pasted(text, expected):
    assert looks_pasted(text) is expected


def test_seed_and_small_article_are_not_pasted_pages():
    for path in (SEED, SMALL):
        text = path.read_text(encoding="utf-8")
        assert not looks_pasted(text)
        assert clean(text) == clean(text, pasted=False)


# ----------------------------------------------------------------------------- which lines stay


@pytest.mark.parametrize("text, story", [
    (page(HEADER, STORY, FOOTER), STORY),
    (page(HEADER, STORY[:1], ["Advertisement"], STORY[1:3], ["* Related: Council tax to rise"], STORY[3:], FOOTER),
     STORY),
    (page(HEADER, ["A pool closes.", "“It is sad,” one swimmer said.", "The roof is unsafe.",
                   "The council agreed.", "It will shut in August."], STORY, FOOTER),
     ["A pool closes.", "“It is sad,” one swimmer said.", "The roof is unsafe.", "The council agreed.",
      "It will shut in August.", *STORY]),
    (page(HEADER, STORY, ["3 Comments", "Sam", "2 days ago", "Shame, I learned to swim there.", "Reply",
                          "Alex", "5 hours ago", "Good riddance, it was always cold.", "Reply"], FOOTER), STORY),
], ids=["story between header and footer", "an advert and a related link inside the story",
        "one-sentence paragraphs", "comments after the story"])
def test_story_lines_kept_everything_else_removed(text, story):
    assert kept_lines(text) == story


GERMAN_STORY = [
    "Der Stadtrat hat am Dienstag beschlossen, das alte Schwimmbad am Ende des Sommers zu schließen, "
    "nachdem Ingenieure festgestellt hatten, dass das Dach über der Halle nicht mehr sicher ist.",
    "„Wir haben keine Möglichkeit mehr, es offen zu halten“, sagte die Vorsitzende des Rates, die "
    "hinzufügte, dass das gesparte Geld in ein neues Bad am Rand des Parks fließen soll.",
    "Viele Schwimmer, die das Bad seit Jahrzehnten nutzen, sind verärgert und haben eine Petition "
    "gegen die Schließung gestartet, die schon von mehr als zweitausend Menschen unterschrieben wurde.",
]
JAPANESE_STORY = [
    "町議会は火曜日、古い市民プールを夏の終わりに閉鎖することを決めた。屋根が安全ではないと技術者が判断したためだ。",
    "議長は「これ以上開けておく方法がない」と述べ、節約した費用を公園の新しいプールに充てると説明した。",
    "何十年もプールを利用してきた人たちは反発しており、屋根の修理を求める署名は二千人を超えた。",
]


@pytest.mark.parametrize("story", [GERMAN_STORY, JAPANESE_STORY], ids=["German (nltk stoplist)",
                                                                         "Japanese (no stoplist)"])
def test_other_languages(story):
    header = ["* Startseite", "* Politik", "* Sport", "* Kultur", "* Wetter", "Anmelden", "Teilen", "Teilen"]
    footer = ["Drucken", "* Impressum", "* Datenschutz", "* Kontakt", "© 2019 Beispiel GmbH", "Teilen"]
    assert kept_lines(page(header, story, footer)) == story


@pytest.mark.parametrize("line, expected", [
    ("18 Nov 2019, 19:09", True),
    ("Updated: November 19, 2019 at 10:16 pm", True),
    ("2 hours ago", True),
    ("Posted 3 days ago", True),
    ("1", False),
    ("The vote came two days ago, after a long debate about the roof.", False),
    ("In May 2019 the pool was closed for a week.", False),
])
def test_timestamps(line, expected):
    assert is_timestamp(line) is expected


def test_removals_are_reported_with_spans_and_reasons():
    text = page(HEADER, STORY, FOOTER)
    clean_text, offsets, removed = clean(text)
    reasons = {r.text: r.reason for r in removed}
    assert reasons["18 Nov 2019, 19:09"] == "dateline"  # the first date at the top of the page dates the story
    assert from_text(text).published.isoformat() == "2019-11-18"
    assert reasons["Share"] == "share"
    assert reasons["* Home"] == "navigation"
    assert reasons["* Sport"] == "link list"
    assert reasons["© 2019 The Daily Example. All rights reserved."] == "copyright"
    assert reasons[FOOTER[11]] == "cookies and privacy"
    assert reasons["Get our morning newsletter: enter your email address"] == "sign up"
    assert all(text[r.start:r.end] == r.text for r in removed)
    assert all(a.end <= b.start for a, b in zip(removed, removed[1:]))
    for paragraph in STORY:  # every kept paragraph maps back exactly
        start = clean_text.index(paragraph)
        a, b = offsets.span(start, start + len(paragraph))
        assert text[a:b] == paragraph
    assert {line.label for line in classify(text)} == {"good", "bad"}


def test_html_is_not_cleaned_as_pasted_text():
    text = page(HEADER, STORY, FOOTER)
    assert from_text(text, format="html").text == clean(text, pasted=False)[0]
    assert from_text(text).text == "\n\n".join(STORY)


# ----------------------------------------------------------------------------- the shared eval pages

def _shingles(text: str, n: int = 4) -> dict:
    tokens = re.findall(r"\w+", text)
    grams: dict = {}
    for i in range(max(1, len(tokens) - n + 1)):
        gram = tuple(tokens[i:i + n])
        if gram:
            grams[gram] = grams.get(gram, 0) + 1
    return grams


@pytest.mark.skipif(not (PASTED_DEV / "gold.json").exists(), reason="../shared/eval/pasted-dev absent")
def test_pasted_dev_body_f1_floor():
    """score.py extract's measure (4-word shingles, per-page precision and recall, then F1 of the
    means), computed in process: 0.927 when written; the floor leaves room for small changes."""
    gold = json.loads((PASTED_DEV / "gold.json").read_text(encoding="utf-8"))
    precisions, recalls = [], []
    for key, item in sorted(gold.items()):
        text = from_text(decode((PASTED_DEV / f"{key}.txt").read_bytes())[0]).text
        want, got = _shingles(item["articleBody"]), _shingles(text)
        tp = sum(min(c, got.get(g, 0)) for g, c in want.items())
        fp, fn = sum(got.values()) - tp, sum(want.values()) - tp
        if tp + fp:
            precisions.append(tp / (tp + fp))
        if tp + fn:
            recalls.append(tp / (tp + fn))
    precision, recall = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.90, (f1, precision, recall)
