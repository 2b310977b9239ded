"""The readable text of an HTML news page, with Python's own `html.parser` (no extra dependency).

Scripts, styles, navigation, headers, footers, asides, forms and other page chrome are dropped; when the
page has an `<article>` element only its content is kept. Block elements become paragraph breaks.
The page's title and publication date are read from the usual meta tags.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

SKIPPED = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
           "button", "svg", "iframe", "object", "embed", "select", "canvas", "menu", "dialog"}
BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
          "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "figure", "figcaption", "dd", "dt",
          "address", "body", "title"}
VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "source", "track", "wbr"}
# Elements whose end tag HTML lets a page leave out (the next <p> closes a <p>): hiding one must not hide
# everything after it when its end tag never comes.
OPTIONAL_END = {"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
                "colgroup", "rb", "rt", "rp"}
DATE_META = ("article:published_time", "datepublished", "pubdate", "date", "dc.date", "og:published_time",
             "publish-date", "sailthru.date", "parsely-pub-date")


@dataclass
class HtmlPage:
    text: str
    title: str | None
    published: str | None


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.stack: list[str] = []
        self.skipping: list[bool] = []  # beside `stack`: did this element start a skipped region?
        self.open_count: dict[str, int] = {}  # tag -> how many are on the stack (an end tag that closes
        # nothing is then found in O(1): scanning the stack made 100,000 stray end tags quadratic)
        self.all_parts: list[str] = []
        self.article_parts: list[str] = []
        self.article_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.time_datetime: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            if key and attributes.get("content"):
                self.meta.setdefault(key, attributes["content"])
            return
        if tag == "time" and self.time_datetime is None and attributes.get("datetime"):
            self.time_datetime = attributes["datetime"]
        if tag in VOID:
            if tag in BLOCKS:
                self._add("\n")
            return
        self.stack.append(tag)
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        hidden = attributes.get("hidden") is not None or "display:none" in attributes.get("style", "").replace(" ", "")
        skipped = tag in SKIPPED or (hidden and tag not in OPTIONAL_END)
        self.skipping.append(skipped)
        if skipped:
            self.skip_depth += 1
        if tag == "article":
            self.article_depth += 1
        if tag == "title":
            self.in_title = True
        if tag in BLOCKS:
            self._add("\n\n")

    def handle_endtag(self, tag):
        if tag in VOID or not self.open_count.get(tag):
            return
        # Close everything opened after this tag too (malformed HTML leaves tags open).
        while self.stack:
            open_tag = self.stack.pop()
            self.open_count[open_tag] -= 1
            if self.skipping.pop():
                self.skip_depth = max(self.skip_depth - 1, 0)
            if open_tag == "article":
                self.article_depth = max(self.article_depth - 1, 0)
            if open_tag == "title":
                self.in_title = False
            if open_tag in BLOCKS:
                self._add("\n\n")
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        self._add(data)

    def _add(self, text: str) -> None:
        if self.skip_depth:
            return
        self.all_parts.append(text)
        if self.article_depth:
            self.article_parts.append(text)


def _tidy(text: str) -> str:
    lines = [re.sub(r"[^\S\n]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def extract_html(html: str) -> HtmlPage:
    """The article text, title and publication date (ISO string, unparsed) of an HTML page."""
    parser = _Extractor()
    parser.feed(html)
    if parser.rawdata.startswith("<"):
        # Markup left unfinished at the end (a comment, tag or declaration never closed): a browser shows
        # none of it, while html.parser would hand it over as text (scripts inside a comment included).
        parser.rawdata = ""
    parser.close()
    article = _tidy("".join(parser.article_parts))
    text = article if len(article) > 200 else _tidy("".join(parser.all_parts))
    title = parser.meta.get("og:title") or _tidy(" ".join(parser.title_parts)) or None
    published = next((parser.meta[k] for k in DATE_META if parser.meta.get(k)), None) or parser.time_datetime
    return HtmlPage(text=text, title=title, published=published)
