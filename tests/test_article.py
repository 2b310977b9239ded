"""Loading and cleaning: encodings, HTML, sidecars, page furniture and the offset map."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from helpers.load.article import ArticleError, clean, decode, from_text, load_article
from helpers.load.dateline import dateline_date
from helpers.load.furniture import furniture_rule

SAMPLE = "Café owners said “no” to the plan — it’s 5% dearer.\n\nSecond paragraph here."


# --------------------------------------------------------------------------- the seed article


def test_seed_keeps_last_sentence_and_removes_only_share_label(seed_path, seed_gold):
    article = load_article(seed_path)
    assert article.text.endswith("Chinese exports to Russia have dipped slightly.")
    assert [(r.text, r.start, r.end) for r in article.removed] == [
        (b["text"], b["start"], b["end"]) for b in seed_gold["boilerplate"]
    ]
    removed = article.removed[0]
    assert article.original[removed.start:removed.end] == "مشاركة :"
    # nothing else removed: the clean text is the original minus the label and its line break
    assert article.text == article.original[: removed.start].rstrip("\n")


def test_seed_metadata_from_sidecar(seed_path):
    article = load_article(seed_path)
    assert article.published == dt.date(2024, 5, 16)
    assert article.language == "en"
    assert article.encoding == "utf-8"


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "data, encoding",
    [
        pytest.param(SAMPLE.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig", id="utf-8 with BOM"),
        pytest.param(SAMPLE.encode("utf-16"), "utf-16", id="utf-16 with BOM"),
        pytest.param(SAMPLE.encode("utf-16-be"), "utf-16-be", id="utf-16 big-endian without BOM"),
        pytest.param(SAMPLE.encode("utf-16-le"), "utf-16-le", id="utf-16 little-endian without BOM"),
        pytest.param(SAMPLE.encode("cp1252"), "cp1252", id="legacy cp1252 with curly quotes"),
    ],
)
def test_decodes_common_encodings(data, encoding):
    text, used = decode(data)
    assert (text, used) == (SAMPLE, encoding)


def test_latin1_fallback_keeps_every_byte():
    data = "Prix: 5 €".encode("cp1252") + b"\x81\x8d"  # bytes cp1252 leaves undefined
    text, used = decode(data)
    assert used == "latin-1" and len(text) == len(data)


@pytest.mark.parametrize(
    "data, message",
    [
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG", id="png"),
        pytest.param(bytes(range(256)) * 4, "binary", id="random bytes with NULs"),
    ],
)
def test_binary_files_are_refused_in_one_line(data, message):
    with pytest.raises(ArticleError, match=message) as error:
        decode(data)
    assert "\n" not in str(error.value)


def test_encoding_is_reported_by_load_article(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(SAMPLE.encode("cp1252"))
    article = load_article(path)
    assert article.encoding == "cp1252"
    assert "“no”" in article.text


# --------------------------------------------------------------------------- HTML

PAGE = """<!doctype html><html><head><title>Leaders meet | Example News</title>
<meta property="article:published_time" content="2024-05-16T09:30:00Z">
<style>p { color: red }</style><script>var tracking = "Putin said";</script></head>
<body><nav>Home | World | Business</nav><header>Example News</header>
<article><h1>Leaders meet in Beijing</h1>
<p>Putin praised the “warm and comradely” talks &amp; more.</p><p>Xi said the friendship was “everlasting”.</p>
<div class="share">Share</div><aside>Most read: something else</aside></article>
<footer>© 2024 Example News</footer></body></html>"""


@pytest.mark.parametrize(
    "needle, present",
    [
        pytest.param("Putin praised the “warm and comradely” talks & more.", True, id="paragraph text, entity decoded"),
        pytest.param("Xi said the friendship was “everlasting”.", True, id="second paragraph"),
        pytest.param("Leaders meet in Beijing", True, id="headline"),
        pytest.param("tracking", False, id="script dropped"),
        pytest.param("color: red", False, id="style dropped"),
        pytest.param("Business", False, id="navigation dropped"),
        pytest.param("Most read", False, id="aside dropped"),
        pytest.param("© 2024", False, id="footer dropped"),
    ],
)
def test_html_text_extraction(tmp_path, needle, present):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    assert (needle in article.text) is present
    assert article.format == "html"


def test_html_metadata_and_furniture_inside_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    assert article.title == "Leaders meet | Example News"
    assert (article.published, article.published_source) == (dt.date(2024, 5, 16), "page")
    assert "Share" not in article.text  # the extractor or the furniture rules drop it
    assert all(article.original[r.start:r.end] == r.text for r in article.removed)


def test_malformed_html_still_gives_text(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><p>Unclosed <b>bold <p>Next para <script>alert(1)", encoding="utf-8")
    article = load_article(path)
    assert "Unclosed bold" in article.text and "Next para" in article.text
    assert "alert" not in article.text


# --------------------------------------------------------------------------- sidecars


@pytest.mark.parametrize(
    "sidecar, published, warning",
    [
        pytest.param({"published": "2024-05-16", "title": "T"}, dt.date(2024, 5, 16), None, id="plain date"),
        pytest.param({"published": "2024-05-16T23:10:00+02:00"}, dt.date(2024, 5, 16), None, id="date-time"),
        pytest.param({"title": "no date"}, None, None, id="no date"),
        pytest.param({"published": "16/05/2024"}, None, "bad date", id="bad date"),
        pytest.param({"published": 20240516}, None, "date must be a string", id="number, not a date"),
        pytest.param("{not json", None, "not valid JSON", id="not JSON"),
        pytest.param([1, 2], None, "expected a JSON object", id="JSON but not an object"),
    ],
)
def test_sidecar(tmp_path, sidecar, published, warning):
    path = tmp_path / "story.txt"
    path.write_text("Some text.", encoding="utf-8")
    raw = sidecar if isinstance(sidecar, str) else json.dumps(sidecar)
    (tmp_path / "story.json").write_text(raw, encoding="utf-8")
    article = load_article(path)
    assert article.published == published
    if warning:
        assert len(article.warnings) == 1 and warning in article.warnings[0]
        assert "story.json" in article.warnings[0]
    else:
        assert article.warnings == []


def test_published_argument_overrides_sidecar(seed_path):
    assert load_article(seed_path, published="2020-01-02").published == dt.date(2020, 1, 2)


# --------------------------------------------------------------------------- page furniture


@pytest.mark.parametrize(
    "line, rule",
    [
        ("مشاركة :", "share"),
        ("Share this article", "share"),
        ("Partager", "share"),
        ("Поделиться", "share"),
        ("Facebook Twitter WhatsApp Email", "social buttons"),
        ("Print", "print"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Anzeige", "advertisement"),
        ("Read more", "read more"),
        ("Read more: Why the summit matters", "read more"),
        ("اقرأ أيضا", "read more"),
        ("Sign up for our daily newsletter", "sign up"),
        ("Subscribe now", "sign up"),
        ("© 2024 Example News. All rights reserved.", "copyright"),
        ("Follow us on Twitter", "follow us"),
    ],
)
def test_furniture_lines(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "He did not share the view.",
        "Share prices fell 5% on Monday.",
        "Print media is in decline, the report said.",
        "Read more books, the minister urged.",
        "They will sign up 5,000 volunteers by May.",
        "Chinese exports to Russia have dipped slightly.",
        "",
    ],
)
def test_article_sentences_are_not_furniture(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize("line, rule", [
    ("We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.",
     "notice"),
    ("This was published 4 years ago", "notice"),
    ("Listen to this article (3 min)", "notice"),
    ("5 min read", "notice"),
    ("The premier arriving at the meeting in Sydney last week.Credit: Dan Lorimer", "caption"),
    ("Mark Stone and his neighbours next to the ditch they dug (Image: Carla Bond)", "caption"),
    ("The premier says she wants a conversation. Picture: David Clarke", "caption"),
    ("By Lucy Stone", "byline"),
    ("By Lucy Stone and Tom Hart", "byline"),
    # story lines, never furniture
    ("By Monday", None),
    ("By March 2021 the plan was dead.", None),
    ("by the river", None),
    ("He gave them credit: Smith said so.", None),
    ("Mr Stone said the photo: was fake.", None),
], ids=lambda v: str(v)[:40])
def test_lines_a_story_file_carries_between_paragraphs(line, rule):
    assert furniture_rule(line, story_lines=True) == rule
    assert furniture_rule(line) is None  # the pasted-page reader keeps its own view of captions and bylines


def test_a_byline_line_is_removed_and_names_the_author():
    original = "Premier not tested, minister says\n\nBy Lucy Stone\n\nThe premier is well, the minister said."
    article = from_text(original)
    assert article.author == "Lucy Stone" and "Lucy Stone" not in article.text
    assert [(r.text, r.reason) for r in article.removed] == [("By Lucy Stone", "byline")]


def test_a_headline_printed_twice_and_a_caption_before_its_credited_copy_go():
    original = ("Premier not tested, minister says\n\nAdvertisement\n\nPremier not tested, minister says\n\n"
                "The premier is well, the minister said.\n\nThe premier arriving at the meeting last week.\n\n"
                "The premier arriving at the meeting last week.Credit: Dan Lorimer\n\n"
                "“I would prefer not to.”\n\nShe said it again.\n\n“I would prefer not to.”")
    article = from_text(original)
    assert article.text == ("Premier not tested, minister says\n\nThe premier is well, the minister said.\n\n"
                            "“I would prefer not to.”\n\nShe said it again.\n\n“I would prefer not to.”")
    assert [r.reason for r in article.removed] == ["advertisement", "repeated line", "caption", "caption"]
    assert all(original[r.start:r.end] == r.text for r in article.removed)


def test_furniture_between_paragraphs_is_removed_and_reported():
    original = "First paragraph.\n\nAdvertisement\n\nSecond paragraph.\nShare\n"
    article = from_text(original)
    assert article.text == "First paragraph.\n\nSecond paragraph."
    assert [(r.text, r.reason) for r in article.removed] == [("Advertisement", "advertisement"), ("Share", "share")]
    assert all(original[r.start:r.end] == r.text for r in article.removed)


# --------------------------------------------------------------------------- cleaning and offsets


WRAPPED = ("The leaders met in Beijing on Thursday for talks that both\n"
           "sides described as warm, and agreed to deepen their military\n"
           "ties in the coming year, officials said after the meeting.\n\n"
           "A second paragraph follows here, wrapped at the same width as\n"
           "the first one was, as in wire copy or an e-mail message body.\n"
           "It ends here.")
WRAPPED_CLEAN = " ".join(WRAPPED.split("\n\n")[0].split("\n")) + "\n\n" + " ".join(WRAPPED.split("\n\n")[1].split("\n"))


# Each line of the screen pasted as a paragraph, sentences cut across blank lines (written for the tests).
FRAGMENTED = ("Bins left out on Mill Lane\n\nFOR people living on Mill\n\nLane, the bin lorry was\n\n"
              "a welcome sight.\n\nFor two years they had\n\nwritten to the council about the\n\nrubbish.\n\n"
              "Then, at last, the lorry\n\ncame round the corner and\n\nstopped outside number 12.\n\n"
              "\"We were so pleased,\" said one\n\nneighbour, aged 80.")
FRAGMENTED_CLEAN = ("Bins left out on Mill Lane\n\nFOR people living on Mill Lane, the bin lorry was a welcome sight.\n\n"
                    "For two years they had written to the council about the rubbish.\n\n"
                    "Then, at last, the lorry came round the corner and stopped outside number 12.\n\n"
                    "\"We were so pleased,\" said one neighbour, aged 80.")


@pytest.mark.parametrize(
    "original, clean_text",
    [
        pytest.param("a  b\tc", "a b c", id="runs of spaces and tabs"),
        pytest.param(FRAGMENTED, FRAGMENTED_CLEAN, id="a page copied line by line: lines of one sentence joined"),
        pytest.param("line one\nline two", "line one\n\nline two", id="lines are paragraphs when no blank lines"),
        pytest.param(WRAPPED, WRAPPED_CLEAN, id="hard wraps joined"),
        pytest.param(WRAPPED + "\n\n  • the first point of the list, written out at length here\n"
                     "  • Instead, the second one, also written at length here", WRAPPED_CLEAN +
                     "\n\n• the first point of the list, written out at length here\n\n"
                     "• Instead, the second one, also written at length here", id="list items stay lines when wrapped"),
        pytest.param("Headline here\nA standfirst.\n\nBody.", "Headline here\n\nA standfirst.\n\nBody.",
                     id="web copy: every line a paragraph even with blank lines"),
        pytest.param("  lead and trail  \n", "lead and trail", id="trimmed"),
        pytest.param("a\u00a0b", "a b", id="no-break space"),
        pytest.param("a\x00b\x0cc", "a b c", id="control characters"),
        pytest.param("Cafe\u0301 “x”", "Café “x”", id="NFC, quotes kept"),
        pytest.param("r\r\n\r\nn", "r\n\nn", id="windows line ends"),
        pytest.param("", "", id="empty"),
        pytest.param(" \n\t ", "", id="whitespace only"),
    ],
)
def test_clean(original, clean_text):
    text, offsets, _ = clean(original)
    assert text == clean_text
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            o_start, o_end = offsets.span(start, end)
            # the original span, normalised the same way, contains the clean span
            assert _squash(text[start:end]) in _squash(original[o_start:o_end])


def _squash(text: str) -> str:
    import re
    import unicodedata

    return re.sub(r"[\s\x00-\x1f]+", " ", unicodedata.normalize("NFC", text))


def test_unchanged_text_maps_exactly():
    original = "Putin met Xi.  They talked\n\nfor   hours."
    article = from_text(original)
    for word in ("Putin", "Xi.", "talked", "hours."):
        start = article.text.index(word)
        o_start, o_end = article.to_original(start, start + len(word))
        assert original[o_start:o_end] == word


def test_quotes_and_apostrophes_survive_cleaning(seed_path):
    article = load_article(seed_path)
    for mark in "“”’":
        assert article.text.count(mark) == article.original.count(mark)


@pytest.mark.parametrize(("line", "date"), [
    ("Wednesday, July 10, 2019", dt.date(2019, 7, 10)),           # Wikinews
    ("Monday, September 2, 2019.", dt.date(2019, 9, 2)),
    ("Wed 10 Jul 2019 09.30 BST", dt.date(2019, 7, 10)),          # British papers
    ("Published: 14 Feb 2021", dt.date(2021, 2, 14)),
    ("Updated 3 March 2020, 14:05 GMT", dt.date(2020, 3, 3)),
    ("Last updated at 22:14 15 March 2007", dt.date(2007, 3, 15)),    # a time before the date
    ("Published on: 9:05 AM, April 2, 2016", dt.date(2016, 4, 2)),
    ("2019-07-10", dt.date(2019, 7, 10)),
    ("March 4, 2022 08:15 pm | Updated 08:40 pm IST - MADURAI", dt.date(2022, 3, 4)),  # Indian papers
    ("Oct 2, 2021, 10:05 AM IST | Last updated: Oct 3, 2021", dt.date(2021, 10, 2)),
    ("Saturday, July 10, 2019 — NEW DELHI", dt.date(2019, 7, 10)),
    ("July 10, 2019 - the day it rained", None),                    # a title, not a place in capitals
    ("July 10, 2019 | Opinion", None),
    ("2019-07-10T09:30:00Z", dt.date(2019, 7, 10)),
    ("July 10, 2019, was the hottest day.", None),                  # a sentence that starts with a date
    ("July 10", None),                                              # no year: not a full date
    ("February 30, 2019", None),                                    # no such day
    ("10 Things to Know for Today.", None),
])
def test_dateline_date(line, date):
    assert dateline_date(line) == date


@pytest.mark.parametrize(("original", "published", "kept"), [
    ("Wednesday, July 10, 2019 \n\nLeaders met in Niamey on Sunday.\n", dt.date(2019, 7, 10),
     "Leaders met in Niamey on Sunday."),
    ("Benin joins free trade bloc\n\nWednesday, July 10, 2019\n\nLeaders met.\n", dt.date(2019, 7, 10),
     "Benin joins free trade bloc\n\nLeaders met."),                 # after a title line
    ("Leaders met.\n\nMore talks.\n\nWednesday, July 10, 2019\n\nThe end.\n", None,
     "Leaders met.\n\nMore talks.\n\nWednesday, July 10, 2019\n\nThe end."),  # too far down: story text
    ("Wednesday, July 10, 2019", None, "Wednesday, July 10, 2019"),   # nothing after it: the text itself
])
def test_dateline_is_removed_reported_and_dates_the_article(original, published, kept):
    article = from_text(original)
    assert article.text == kept
    assert article.published == published
    assert article.published_source == ("dateline" if published else None)
    datelines = [r for r in article.removed if r.reason == "dateline"]
    assert [original[r.start:r.end] for r in datelines] == [r.text for r in datelines]
    assert len(datelines) == (1 if published else 0)


def test_sidecar_date_wins_over_the_dateline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Wednesday, July 10, 2019\n\nLeaders met in Niamey on Sunday.\n", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"published": "2019-07-11"}', encoding="utf-8")
    article = load_article(path)
    assert (article.published, article.published_source) == (dt.date(2019, 7, 11), "sidecar")
    assert [r.reason for r in article.removed] == ["dateline"]  # still not a sentence of the story
    path.with_suffix(".json").unlink()
    article = load_article(path)
    assert (article.published, article.published_source) == (dt.date(2019, 7, 10), "dateline")
