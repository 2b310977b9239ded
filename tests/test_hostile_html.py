"""Hostile HTML pages (issue 17): each gives a clean result or one line naming the problem, and nothing
from the page's code (scripts, on*= handlers, javascript: links) reaches the text or an output unescaped.

Written against the public loading function (`load_article`, and the command line), so they test
whichever HTML extractor is in place. Time is bounded by the subprocess limit of the batch run (a
quadratic reader would not finish it); the benchmark `benchmarks/adversarial.py` measures that the same
pages grow linearly.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from helpers.load.article import ArticleError, load_article
from helpers.pipeline import analyze_article
from helpers.resources import PROJECT_ROOT

SENTENCE = "Putin said the talks were “warm”, adding that trade hit $240.1bn last year."
KEPT = "talks were “warm”"  # must survive every page that holds SENTENCE as text
# What must never come out of a page's markup into its text.
CODE = ("alert(", "document.write", "onerror", "onclick", "onload", "javascript:", "<script", "lollollol",
        "root:x:0:0", "SECRET-FROM-SERVER")


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def nested(n: int) -> str:
    """n nested elements, properly closed."""
    return _page("<div>" * n + f"<p>{SENTENCE}</p>" + "</div>" * n)


def nested_unclosed(n: int) -> str:
    """n nested elements of three kinds, never closed."""
    return _page("<div><span><b>" * (n // 3) + SENTENCE)


def stray_end_tags(n: int) -> str:
    """n open elements, then n end tags that close none of them."""
    return _page("<div>" * n + SENTENCE + "</span>" * n)


def deep_box_mid_story(depth: int) -> str:
    """Story paragraphs, a box `depth` elements deep (lxml's parser stops at 256 levels unless told
    otherwise, and everything after the box would be lost), then more story paragraphs."""
    before = f"<p>{SENTENCE} The first half of the story goes on here, with more words about the talks.</p>" * 5
    after = ("<p>Xi Jinping replied that the second half matters as much, and officials agreed on a plan for "
             "the next round of talks in Moscow.</p>") * 15
    return _page("<article>" + before + "<div>" * depth + "a box" + "</div>" * depth + after + "</article>")


def big_attribute(size: int) -> str:
    """One attribute of `size` characters on the paragraph that holds the story."""
    return _page(f'<p title="{"a" * size}" data-x=\'{"b" * 10}\'>{SENTENCE}</p>')


def only_scripts(n: int) -> str:
    """Nothing but scripts and styles (some holding markup in strings), and event handlers."""
    script = "<script>var x = '<p>not text</p>'; document.write('<b>x</b>'); alert(1);</script>"
    return _page("<body onload='alert(2)'>" + script * n + "<style>p{color:red}</style>" * n,
                 head=script * n + '<script src="javascript:alert(3)"></script>')


def broken_markup(n: int) -> str:
    """Unclosed and misnested tags, stray '<', broken attributes, a comment and CDATA never closed."""
    junk = ("<p>Unclosed <b>bold <i>both</b> crossed</i> <div><p <p <<>> </table></td> "
            "<a href='javascript:alert(1)' onclick=\"alert(2)\">a link</a> <img src=x onerror=alert(3)> "
            "<a href=\"unterminated>text & more &amp; &#0; &#xD800; &#99999999; &bogus; ")
    return "<html><p>" + SENTENCE + "</p>" + junk * n + "<!-- never closed <script>alert(4)</script>"


def lying_meta(n: int) -> bytes:
    """A page in cp1252 whose meta charset says UTF-8."""
    story = "Café owners said “no” to the plan, the mayor’s office agreed. " * n
    return ("<html><head><meta charset='utf-8'></head><body><p>" + story + "</p></body></html>").encode("cp1252")


def utf7_meta(n: int) -> bytes:
    """A meta charset of UTF-7 over ASCII that would spell a script if it were believed."""
    return ("<html><head><meta charset='utf-7'></head><body><p>" + SENTENCE
            + " +ADw-script+AD4-steal()+ADw-/script+AD4-" * n + "</p></body></html>").encode("utf-8")


def billion_laughs(n: int) -> str:
    """The billion-laughs pattern: ten levels of ten-fold entities in an internal DOCTYPE subset."""
    def name(level: int) -> str:
        return f"lol{level}" if level else "lol"

    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY {name(i)} "{("&" + name(i - 1) + ";") * 10}">' for i in range(1, 10)]
    return ('<?xml version="1.0"?>\n<!DOCTYPE html [\n' + "\n".join(entities) + "\n]>\n"
            f"<html><body><p>{SENTENCE}</p>" + "<p>&lol9;</p>" * n + "</body></html>")


def external_entities(base: str) -> str:
    """External entities, a DTD, and resources that a browser would load, pointing at files and at the
    test's own server: a reader must fetch none of them and expand none into the text."""
    return ('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "' + base + '/dtd" [\n'
            '<!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
            f'<!ENTITY remote SYSTEM "{base}/entity">\n'
            f'<!ENTITY % param SYSTEM "{base}/param"> %param;\n'
            "]>\n"
            f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><head><link rel="stylesheet" href="{base}/css">'
            f'<script src="{base}/js"></script></head><body><p>{SENTENCE}</p><p>&xxe;</p><p>&remote;</p>'
            f'<xi:include href="{base}/xinclude" parse="text"/><img src="{base}/img">'
            f'<iframe src="{base}/frame"></iframe><object data="{base}/object"></object></body></html>')


# name -> (file name, page, expected: "ok" or an error fragment, text that must be kept or None)
CASES = {
    "100,000 nested elements": ("nested.html", nested(100_000), "ok", KEPT),
    "100,000 nested elements never closed": ("unclosed.html", nested_unclosed(100_000), "ok", KEPT),
    "100,000 end tags closing nothing": ("stray.html", stray_end_tags(100_000), "ok", KEPT),
    "a 300-deep box in the middle of the story": ("deepbox300.html", deep_box_mid_story(300), "ok",
                                                  "the second half matters as much"),
    "a 3,000-deep box in the middle of the story": ("deepbox.html", deep_box_mid_story(3_000), "ok",
                                                    "the second half matters as much"),
    "a 50 MB attribute (default limit)": ("attribute.html", big_attribute(50_000_000), "over the 10 MB limit", None),
    "a page of only scripts": ("scripts.html", only_scripts(1_000), "ok", None),
    "broken markup": ("broken.html", broken_markup(200), "ok", KEPT),
    "a meta charset that lies": ("lying.html", lying_meta(50), "ok", "Café owners said “no” to the plan"),
    "a meta charset of UTF-7": ("utf7.html", utf7_meta(20), "ok", "+ADw-script+AD4-steal()"),
    "billion laughs (internal entities)": ("laughs.html", billion_laughs(1_000), "ok", KEPT),
}


def _write(folder: Path, name: str, page: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(page.encode("utf-8") if isinstance(page, str) else page)
    return path


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-html")
    for name, page, _, _ in CASES.values():
        _write(folder, name, page)
    return folder


def _check_clean(article, kept: str | None) -> None:
    for fragment in CODE:
        assert fragment not in article.text, fragment
        assert fragment not in (article.title or ""), fragment
    if kept is not None:
        assert kept in article.text
    result = analyze_article(article)
    for item in result["boilerplate"] + result["numbers"]:
        assert article.original[item["start"]:item["end"]] == item["text"]
    for quote in result["quotes"]:
        assert quote["text"] in article.original[quote["start"]:quote["end"]]


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_hostile_page_gives_a_clean_result_or_one_line(pages, case):
    name, _, expected, kept = CASES[case]
    if expected != "ok":
        with pytest.raises(ArticleError, match=expected) as error:
            load_article(pages / name)
        assert "\n" not in str(error.value)
        return
    article = load_article(pages / name)
    assert article.format == "html"
    _check_clean(article, kept)


def test_a_fifty_megabyte_attribute_within_a_raised_limit(tmp_path):
    article = load_article(_write(tmp_path, "attribute.html", big_attribute(50_000_000)), max_mb=60)
    _check_clean(article, KEPT)
    assert "aaaaaaaaaa" not in article.text


def test_command_line_survives_every_page_in_one_batch(pages):
    paths = [str(pages / name) for name, _, _, _ in CASES.values()]
    out = subprocess.run([sys.executable, "-m", "helpers", "analyze", "--format", "jsonl", "--jobs", "1", *paths],
                         capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=600)
    assert "Traceback" not in out.stderr
    assert out.returncode == 1  # the 50 MB page is refused, and says so
    assert out.stderr.splitlines() == [f"python -m helpers analyze: {pages / 'attribute.html'}: file is 50.0 MB, "
                                       "over the 10 MB limit (raise it with --max-mb or ARTICLE_MAX_MB)"]
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["path"] for r in results] == [p for p in paths if not p.endswith("attribute.html")]
    for result in results:
        for fragment in CODE:
            assert fragment not in json.dumps(result, ensure_ascii=False), (result["path"], fragment)


class _Counter(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        _Counter.hits.append(self.path)
        body = b"SECRET-FROM-SERVER <!ENTITY leak 'SECRET-FROM-SERVER'>"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def counting_server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    _Counter.hits = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def test_external_entities_and_resources_are_never_fetched_or_expanded(tmp_path, counting_server):
    article = load_article(_write(tmp_path, "xxe.html", external_entities(counting_server)))
    _check_clean(article, KEPT)
    assert _Counter.hits == []


def test_a_fetched_page_fetches_nothing_it_names(tmp_path, counting_server, monkeypatch):
    """By URL, only the page itself is requested: not its DTD, entities, scripts, images or frames."""
    monkeypatch.setenv("ARTICLE_FETCH_DIR", str(tmp_path))

    class Page(_Counter):
        def do_GET(self) -> None:  # noqa: N802
            if self.path != "/page":
                return super().do_GET()
            _Counter.hits.append(self.path)
            body = external_entities(counting_server).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        article = load_article(f"http://127.0.0.1:{httpd.server_address[1]}/page")
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
    _check_clean(article, KEPT)
    assert _Counter.hits == ["/page"]


HOSTILE_TEXT = "<img src=x onerror=alert(1)> and <script>alert(2)</script>"


def test_markup_shown_as_text_stays_escaped_in_the_html_views(tmp_path):
    """A page whose text *shows* markup (escaped in its source) keeps it as text, and the HTML views that
    show article text (the overview card, the quotes table, the numbers table) escape it."""
    from helpers.language.segment import Document
    from helpers.numbers import find_numbers
    from helpers.quotes import find_quotes
    from helpers.views.numbers import kind_view
    from helpers.views.overview import glance_html
    from helpers.views.quotes import quotes_html

    shown = HOSTILE_TEXT.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    page = _page(f"<article><h1>{shown}</h1><p>{shown} {SENTENCE}</p><p>“{shown} cost $5m,” the mayor said.</p>"
                 f"<a href='javascript:alert(3)' onclick='alert(4)'>Read more</a></article>"
                 "<script>alert(5)</script>", head=f"<title>{shown}</title>")
    article = load_article(_write(tmp_path, "shown.html", page))
    assert HOSTILE_TEXT in article.text  # it is the page's text: kept, as text
    assert "javascript:" not in article.text and "alert(5)" not in article.text
    doc = Document(article)
    quotes, numbers = find_quotes(doc), find_numbers(doc)
    assert any("<img src=x" in text for text in quotes["text"])  # the mayor's quotation holds the markup
    shown = {"overview card": glance_html(doc, quotes, numbers), "quotes table": quotes_html(doc, quotes),
             "numbers table": kind_view(doc, numbers)._repr_html_()}
    for name, html in shown.items():
        for raw in ("<img", "<script", "javascript:"):
            assert raw not in html, (name, raw)
        assert "&lt;img src" in html, name  # shown, as text
