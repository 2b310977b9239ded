"""Web pages: the article body (trafilatura and readability merged), metadata and where it came from,
offsets into the extracted text, and `--include-text`."""
from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from helpers.load.article import load_article
from helpers.load.extract import Block, clean_title, merge_bodies, read_page, reads_as_prose
from helpers.pipeline import analyze_path, text_for_offsets

DATA = Path(__file__).parent / "data"
BBC_STYLE = DATA / "bbc-style-page.html"
EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"

STORY = [
    "The council said the bridge would reopen on Monday after a repair that took fourteen months.",
    "Engineers replaced the cables and resurfaced the deck, which had been closed since March.",
    "Local businesses said the closure had cut their takings by about a fifth over the year.",
]


# --------------------------------------------------------------------------- merging two extractors


@pytest.mark.parametrize(
    "main, alt, expected",
    [
        pytest.param([], ["Menu", *STORY], ["Menu", *STORY], id="trafilatura found nothing: readability whole"),
        pytest.param(STORY, [], STORY, id="readability found nothing: trafilatura"),
        pytest.param(STORY, ["Home | News | Sport", *STORY, "Most read"], STORY,
                     id="readability's menu and list labels dropped"),
        pytest.param([STORY[0], STORY[2]], STORY, STORY,
                     id="a sentence trafilatura missed inside the story comes back"),
        pytest.param(["By Jane Marlow, transport correspondent", *STORY, "Related: bridge budget approved"],
                     STORY, STORY, id="trafilatura's extras at the story's edges dropped"),
        pytest.param([STORY[0], STORY[1], STORY[2]], [STORY[0], "What happens next", STORY[1], STORY[2]],
                     [STORY[0], "What happens next", STORY[1], STORY[2]],
                     id="readability's subheading inside the story kept"),
        pytest.param(STORY, ["Read more", *STORY], STORY, id="readability's short line at the edge dropped"),
        pytest.param([STORY[0], "Photo: the bridge at dawn", STORY[1], STORY[2]], STORY,
                     [STORY[0], "Photo: the bridge at dawn", STORY[1], STORY[2]],
                     id="trafilatura's extra inside the story kept"),
        pytest.param([STORY[0], "Engineers replaced the cables", "and resurfaced the deck, which had been "
                      "closed since March.", STORY[2]], STORY, STORY,
                     id="the same text split differently is kept once, as whole paragraphs"),
    ],
)
def test_merge_bodies(main, alt, expected):
    paragraphs, _ = merge_bodies([Block(t) for t in main], [Block(t) for t in alt])
    assert paragraphs == expected


@pytest.mark.parametrize(
    "block, prose",
    [
        (Block(STORY[0]), True),
        (Block("Share this article"), False),
        (Block("Council approves budget for bridge repairs and more news from the region today"), False),
        (Block(STORY[1], link_chars=len(STORY[1])), False),
    ],
    ids=["sentence", "label", "headline-like line without a full stop", "a paragraph that is all link"],
)
def test_reads_as_prose(block, prose):
    assert reads_as_prose(block) is prose


# --------------------------------------------------------------------------- metadata


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Harbour bridge reopens after repair - Example News", "Harbour bridge reopens after repair"),
        ("Harbour bridge reopens after repair | Example News | Local", "Harbour bridge reopens after repair | Example News"),
        ("Leaders meet | Example News", "Leaders meet | Example News"),  # never cut to two words
        ("Example News: Harbour bridge reopens after repair", "Harbour bridge reopens after repair"),
        ("Harbour bridge reopens after repair", "Harbour bridge reopens after repair"),
    ],
)
def test_clean_title_cuts_the_site_name(title, expected):
    assert clean_title(title) == expected


def page(head: str = "", body: str = "") -> str:
    paragraphs = "".join(f"<p>{t}</p>" for t in STORY)
    return f"<!doctype html><html><head>{head}</head><body><article>{body}{paragraphs}</article></body></html>"


@pytest.mark.parametrize(
    "html, field, expected",
    [
        (page('<title>Bridge reopens after a long repair - Example News</title>'), "title",
         "Bridge reopens after a long repair"),
        (page('<title>Page - Site</title><meta property="og:title" content="Bridge reopens">'), "title", "Bridge reopens"),
        (page('<script type="application/ld+json"><![CDATA[{"@type": "NewsArticle", "headline": "From JSON-LD",'
              ' "author": [{"name": "A. Writer"}, {"name": "B. Writer"}], "datePublished": "2024-05-16"}]]>'
              '</script>'), "author", "A. Writer, B. Writer"),
        (page('<meta name="author" content="Jane Marlow">'), "author", "Jane Marlow"),
        (page(body='<p class="byline">By Jane Marlow</p>'), "author", "By Jane Marlow"),
        (page('<meta property="og:site_name" content="Example News">'), "site", "Example News"),
        (page('<meta property="article:published_time" content="2024-05-16T09:30:00Z">'), "published",
         "2024-05-16T09:30:00Z"),
        (page('<link rel="canonical" href="https://example.org/a">'), "url", "https://example.org/a"),
        (page().replace("<html>", '<html lang="en-GB">'), "language", "en"),
        (page(), "author", None),
    ],
    ids=["title without site name", "og:title", "JSON-LD authors (CDATA-wrapped)", "meta author",
         "byline element", "og:site_name", "article:published_time", "canonical url", "html lang", "no author"],
)
def test_page_metadata(html, field, expected):
    assert getattr(read_page(html), field) == expected


@pytest.mark.parametrize(
    "sidecar, command_line, published, source",
    [
        (None, None, dt.date(2024, 5, 16), "page"),
        ({"published": "2024-05-20"}, None, dt.date(2024, 5, 20), "sidecar"),
        ({"published": "2024-05-20"}, "2024-06-01", dt.date(2024, 6, 1), "command line"),
        (None, "2024-06-01", dt.date(2024, 6, 1), "command line"),
        ({"title": "Sidecar title"}, None, dt.date(2024, 5, 16), "page"),
    ],
    ids=["page only", "sidecar beats page", "command line beats sidecar", "command line beats page",
         "a sidecar without a date leaves the page's"],
)
def test_published_precedence(tmp_path, sidecar, command_line, published, source):
    path = tmp_path / "story.html"
    path.write_bytes(BBC_STYLE.read_bytes())
    if sidecar:
        (tmp_path / "story.json").write_text(json.dumps(sidecar), encoding="utf-8")
    article = load_article(path, published=command_line)
    assert (article.published, article.published_source) == (published, source)
    assert article.title == (sidecar or {}).get("title", "Harbour bridge reopens after £18m repair")


def test_sidecar_metadata_beats_the_page(tmp_path):
    path = tmp_path / "story.html"
    path.write_bytes(BBC_STYLE.read_bytes())
    (tmp_path / "story.json").write_text(json.dumps({"author": "Desk", "source": "Wire", "url": "https://w.example/1"}))
    article = load_article(path)
    assert (article.author, article.site, article.url) == ("Desk", "Wire", "https://w.example/1")


# --------------------------------------------------------------------------- the body of real-looking pages


@pytest.mark.parametrize(
    "needle, present",
    [
        ("The Harbour bridge has reopened to traffic after a repair", True),
        ("“We lost the passing trade,” said café owner Ruth Evans", True),
        ("Lorries over 18 tonnes will not be allowed", True),
        ("Skip to content", False),
        ("Weather", False),
        ("cookies", False),
        ("Promotional text", False),
        ("Share", False),
        ("Advertisement", False),
        ("Related stories", False),
        ("Man wins lottery", False),
        ("All rights reserved", False),
        ("Sign up for our newsletter", False),
        ("window.analytics", False),
    ],
)
def test_bbc_style_page_gives_the_story(needle, present):
    article = load_article(BBC_STYLE)
    assert (needle in article.text) is present


def test_bbc_style_page_metadata_and_findings():
    result = analyze_path(str(BBC_STYLE), include_text=True)
    assert (result["title"], result["author"], result["site"], result["published"], result["published_source"],
            result["url"], result["language"], result["format"]) == (
        "Harbour bridge reopens after £18m repair", "Jane Marlow", "Example News", "2024-05-16", "page",
        "https://www.example.org/news/uk-harbour-bridge", "en", "html")
    assert {q["speaker"] for q in result["quotes"]} == {"Amir Haddad", "Ruth Evans"}
    assert {n["text"] for n in result["numbers"] if n["kind"] == "money"} == {"£18m", "£2m"}


HIDDEN = [
    pytest.param('<div hidden>Cookie notice</div>', id="hidden attribute"),
    pytest.param('<div style="display:none">Cookie notice</div>', id="display:none"),
    pytest.param('<div style="display: none;"><p>Cookie notice</p></div>', id="display: none with a paragraph"),
    pytest.param('<span class="x" hidden></span>', id="empty hidden span"),
    pytest.param('<p hidden>Cookie notice', id="hidden paragraph left unclosed"),
]


@pytest.mark.parametrize("hidden", HIDDEN)
def test_hidden_elements_do_not_drop_the_rest(hidden):
    text = read_page(page(body=hidden)).text
    assert all(sentence in text for sentence in STORY)


@pytest.mark.parametrize("hidden", HIDDEN)
def test_every_visible_line_fallback_keeps_the_rest_too(hidden):
    from helpers.load.html_text import extract_html

    text = extract_html(page(body=hidden)).text
    assert all(sentence in text for sentence in STORY)


def test_headline_inside_the_article_is_kept_first():
    html = page("<title>Bridge reopens - Example News</title>", body="<h1>Bridge reopens after long repair</h1>")
    assert read_page(html).text.startswith("Bridge reopens after long repair\n\n")


def test_a_page_of_a_few_lines_keeps_them():
    text = load_article_from_html("<html><body><p>Unclosed <b>bold <p>Next para <script>alert(1)")
    assert "Unclosed bold" in text and "Next para" in text and "alert" not in text


def load_article_from_html(html: str) -> str:
    return read_page(html).text


# --------------------------------------------------------------------------- offsets


def check_offsets(result: dict) -> None:
    text = result["text"]
    assert len(text) == result["characters"]
    for number in result["numbers"]:
        assert text[number["start"]:number["end"]] == number["text"]
    for quote in result["quotes"]:
        assert quote["text"] in text[quote["start"]:quote["end"]]
    for removed in result["boilerplate"]:
        assert text[removed["start"]:removed["end"]].strip() == ""  # blanked, same length


def eval_pages(folder: str, count: int = 6) -> list[Path]:
    pages = sorted((EVAL / folder).glob("*.html.gz"))[:count]
    if not pages:
        pytest.skip(f"../shared/eval/{folder} is not here")
    return pages


@pytest.mark.parametrize("folder", ["aeb-dev", "reader-dev"])
def test_offsets_exact_on_real_pages(tmp_path, folder):
    for source in eval_pages(folder):
        path = tmp_path / source.name.removesuffix(".gz")
        path.write_bytes(gzip.decompress(source.read_bytes()))
        result = analyze_path(str(path), include_text=True)
        assert result["text"].strip(), source.name
        check_offsets(result)


def test_offsets_exact_on_the_bbc_style_page():
    check_offsets(analyze_path(str(BBC_STYLE), include_text=True))


def test_text_for_offsets_blanks_furniture_only(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Share\nThe mayor said the bridge is safe.\nAdvertisement\nIt opens on Monday.\n", encoding="utf-8")
    article = load_article(path)
    text = text_for_offsets(article)
    assert text == "     \nThe mayor said the bridge is safe.\n             \nIt opens on Monday.\n"


def test_plain_text_json_has_the_new_fields_empty(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The mayor said the bridge is safe.", encoding="utf-8")
    result = analyze_path(str(path))
    assert "text" not in result
    assert [result[k] for k in ("title", "author", "site", "url", "published", "published_source", "language")] \
        == [None] * 7
