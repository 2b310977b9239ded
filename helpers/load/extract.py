"""The article in a saved web page: its body text and its metadata (title, author, site, date, url, language).

The page is parsed once (lxml, through trafilatura's loader); two extractors then read that tree:
- trafilatura (precision mode, comments off, its own fallbacks skipped), whose main extractor keeps what it
  is sure of but now and then drops a paragraph or a whole article;
- readability-lxml (the algorithm of Firefox's Reader View), which finds the article's container and keeps
  all of it, captions and stray widgets included.
`merge_bodies` aligns their paragraphs and keeps what both found, then judges what only one found: an
extra paragraph of trafilatura's is kept inside the story but not at its edges (where the related links,
bylines and sign-up boxes sit); an extra paragraph of readability's is kept when it reads like prose
(ten words or more, ending as a sentence ends, not mostly link text), or, inside the story, when it
reads like a subheading (eight words or fewer, no link, no full stop). On the 95 pages of the public
article-extraction benchmark this scores F1 0.978 where either extractor alone scores 0.96 (README,
"Accuracy"). When trafilatura finds nothing, readability's text is taken whole; when neither finds
anything (a page of a few lines), every visible line is kept (`helpers.html_text`).

Metadata follows the rules Reader View uses, because they are the ones readers know: the title from
JSON-LD, then Dublin Core, Open Graph, Twitter and Parse.ly tags, then the page's <title> with the site's
name cut off; the author from JSON-LD or meta tags, else the page's byline element; the date from the
page's own publication tags (JSON-LD datePublished, article:published_time, ...), else htmldate's reading
of the page (through trafilatura's `extract_metadata`, asked only for what the page's tags leave out).

The text returned has one paragraph per block, separated by a blank line; every offset the analysis
reports is into this text (the README's "offsets into the page's extracted text").
"""
from __future__ import annotations

import difflib
import json
import logging
import re
from dataclasses import dataclass

from lxml.html import HtmlElement

# trafilatura and htmldate log every page they find hard; the caller reports what matters.
for _name in ("trafilatura", "htmldate", "readability", "readability.readability", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

# Block elements of HTML and of trafilatura's XML: each starts a new paragraph.
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dd dt blockquote pre table thead tbody tfoot tr section article "
    "header footer figure figcaption br hr main aside nav form address body html "
    "head list item quote row lb code".split()
)
# Table cells are joined on one line, like the row a reader sees.
CELL_TAGS = frozenset({"td", "th", "cell"})

SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
PROSE_MIN_WORDS = 10        # readability's extra paragraph must be a sentence, not a label
SUBHEADING_MAX_WORDS = 8    # readability's extra line inside the story may be a subheading
SHARED = 0.6                # a paragraph counts as found by both when 60% of its word trigrams are
SAME_RUN = 0.8              # two runs of paragraphs are the same text split differently


@dataclass(frozen=True)
class Block:
    """A paragraph of an extractor's output and how many of its characters are link text."""

    text: str
    link_chars: int = 0


@dataclass
class Page:
    """What a web page holds: its article text and metadata (None when the page does not say)."""

    text: str
    title: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date as the page gives it (parsed by the caller)
    language: str | None = None
    method: str = "merged"       # merged, trafilatura, readability, or text (every visible line)


# --------------------------------------------------------------------------- text of a tree


def blocks(element) -> list[Block]:
    """The paragraphs of an HTML or trafilatura-XML element, whitespace collapsed, with link lengths."""
    out: list[Block] = []
    parts: list[str] = []
    link = [0]

    def flush() -> None:
        text = " ".join("".join(parts).split())
        if text:
            out.append(Block(text, min(link[0], len(text))))
        parts.clear()
        link[0] = 0

    def walk(node, in_link: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in BLOCK_TAGS:
            flush()
        elif tag in CELL_TAGS:
            parts.append(" ")
        inside = in_link or tag in ("a", "ref")
        if tag and node.text:
            parts.append(node.text)
            if inside:
                link[0] += len(node.text.strip())
        for child in node:
            walk(child, inside)
        if tag in BLOCK_TAGS:
            flush()
        elif tag in CELL_TAGS:
            parts.append(" ")
        if node.tail:
            parts.append(node.tail)
            if in_link:
                link[0] += len(node.tail.strip())

    walk(element, False)
    flush()
    return out


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 3]) for i in range(max(1, len(words) - 2))} if words else set()


def _contained(text: str, grams: set) -> float:
    own = _trigrams(text)
    return len(own & grams) / len(own) if own else 1.0


def reads_as_prose(block: Block) -> bool:
    """A sentence of the story rather than a caption, label, link list or widget text."""
    return (len(block.text.split()) >= PROSE_MIN_WORDS and block.link_chars <= 0.5 * len(block.text)
            and SENTENCE_END.search(block.text) is not None)


def reads_as_subheading(block: Block) -> bool:
    """A short heading of the story ("Step 1", "What happens next"): few words, no link, no full stop.
    Kept only between paragraphs both extractors found, where a menu label does not sit."""
    return (len(block.text.split()) <= SUBHEADING_MAX_WORDS and not block.link_chars
            and SENTENCE_END.search(block.text) is None)


def merge_bodies(main: list[Block], alt: list[Block]) -> tuple[list[str], str]:
    """trafilatura's paragraphs (`main`) and readability's (`alt`) merged; returns (paragraphs, method)."""
    if not main:  # trafilatura found nothing: readability's container is all there is
        return [b.text for b in alt], "readability"
    if not alt:
        return [b.text for b in main], "trafilatura"
    matcher = difflib.SequenceMatcher(None, [_key(b.text) for b in main], [_key(b.text) for b in alt],
                                      autojunk=False)
    pieces: list[tuple[str, Block]] = []  # (found by: "both", "main" or "alt", paragraph)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces += [("both", b) for b in main[i1:i2]]
            continue
        main_run, alt_run = main[i1:i2], alt[j1:j2]
        main_text, alt_text = " ".join(b.text for b in main_run), " ".join(b.text for b in alt_run)
        main_grams, alt_grams = _trigrams(main_text), _trigrams(alt_text)
        if (main_run and alt_run and _contained(main_text, alt_grams) >= SAME_RUN
                and _contained(alt_text, main_grams) >= SAME_RUN):
            pieces += [("both", b) for b in alt_run]  # the same text, paragraphs split differently
            continue
        pieces += [("both" if _contained(b.text, alt_grams) >= SHARED else "main", b) for b in main_run]
        pieces += [("alt", b) for b in alt_run if _contained(b.text, main_grams) < SHARED]
    shared = [i for i, (who, _) in enumerate(pieces) if who == "both"]
    first, last = (shared[0], shared[-1]) if shared else (len(pieces), -1)
    kept = []
    for i, (who, block) in enumerate(pieces):
        inside = first < i < last
        if (who == "both" or (who == "main" and inside)
                or (who == "alt" and (reads_as_prose(block) or (inside and reads_as_subheading(block))))):
            kept.append(block.text)
    return kept, "merged"


# --------------------------------------------------------------------------- the two extractors


def _trafilatura_blocks(tree: HtmlElement) -> list[Block]:
    from trafilatura.core import bare_extraction

    try:  # bare_extraction copies a tree it is given, so `tree` stays whole for readability
        document = bare_extraction(tree, favor_precision=True, include_comments=False, fast=True)
    except Exception:  # an extractor's bug on one odd page must not lose the page
        return []
    return blocks(document.body) if document is not None and document.body is not None else []


def _readability_class():
    from readability import Document
    from readability.readability import REGEXES
    from lxml_html_clean import Cleaner

    # readability's own cleaner also rewrites every link to strip `javascript:` URLs: a third of its
    # time, and nothing to the text. This one removes the same elements and leaves links alone.
    cleaner = Cleaner(scripts=True, javascript=False, comments=True, style=True, links=True, meta=False,
                      add_nofollow=False, page_structure=False, processing_instructions=True,
                      embedded=False, frames=False, forms=False, annoying_tags=False, remove_tags=None,
                      remove_unknown_tags=False, safe_attrs_only=False)

    class TextReadability(Document):
        """readability-lxml's Document, reading a tree already parsed (its own `_parse`, minus links)."""

        def _parse(self, input):
            doc = input
            self.encoding = "utf-8"
            for element in doc.xpath("//*[@hidden]"):
                element.drop_tree()
            for element in doc.xpath("//*[@style]"):
                if REGEXES["displayNoneRe"].search(element.get("style")):
                    element.drop_tree()
            return cleaner.clean_html(doc)

    return TextReadability


_READABILITY = None


def _readability_blocks(tree: HtmlElement) -> list[Block]:
    """readability's article container; it changes `tree`, so it runs last."""
    global _READABILITY
    if _READABILITY is None:
        _READABILITY = _readability_class()
    try:
        summary = _READABILITY(tree).summary(html_partial=True)
    except Exception:
        return []
    if not summary.strip():
        return []
    from lxml.html import fragment_fromstring

    return blocks(fragment_fromstring(summary, create_parent="div"))


# --------------------------------------------------------------------------- metadata

ARTICLE_TYPES = re.compile(
    r"^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
    r"BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|"
    r"SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|"
    r"LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|WebPage)$"
)
# meta tags by property (may list several, space-separated) and by name, as Reader View reads them
META_PROPERTY = re.compile(r"\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|"
                           r"published_time|title|site_name)\s*", re.I)
META_NAME = re.compile(r"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\s*[-.:]\s*)?"
                       r"(author|creator|pub-date|description|title|site_name)\s*$", re.I)
TITLE_KEYS = ("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
              "twitter:title", "parsely-title")
AUTHOR_KEYS = ("dc:creator", "dcterm:creator", "author", "parsely-author")
SITE_KEYS = ("og:site_name",)
DATE_KEYS = ("article:published_time", "parsely-pub-date")
TITLE_SEPARATORS = r"\|\-–—\\/>»"
CDATA = re.compile(r"^\s*<!\[CDATA\[|\]\]>\s*$")
BYLINE_HINT = re.compile(r"byline|author|dateline|writtenby|p-author", re.I)


def _meta_values(tree: HtmlElement) -> dict[str, str]:
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        for prop in re.finditer(META_PROPERTY, meta.get("property") or ""):
            values[f"{prop.group(1)}:{prop.group(2)}".lower().replace(" ", "")] = content
        name = META_NAME.match(meta.get("name") or "")
        if name:
            values[re.sub(r"\s+", "", (meta.get("name") or "").lower()).replace(".", ":")] = content
    return values


def _names(author) -> str | None:
    if isinstance(author, str):
        return author.strip() or None
    if isinstance(author, dict):
        return _names(author.get("name"))
    if isinstance(author, list):
        names = [n for n in (_names(a) for a in author) if n]
        return ", ".join(names) or None
    return None


def _json_ld(tree: HtmlElement, document_title: str) -> dict[str, str]:
    """title, author, site and published from the page's first schema.org article object."""
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(CDATA.sub("", script.text or "").strip().rstrip(";"))
        except ValueError:
            continue
        candidates = data if isinstance(data, list) else [data]
        expanded = []
        for item in candidates:
            if isinstance(item, dict) and isinstance(item.get("@graph"), list):
                expanded += item["@graph"]
            expanded.append(item)
        for item in expanded:
            if not isinstance(item, dict):
                continue
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not any(isinstance(k, str) and ARTICLE_TYPES.match(k) for k in kinds):
                continue
            found: dict[str, str] = {}
            name, headline = item.get("name"), item.get("headline")
            if isinstance(name, str) and isinstance(headline, str) and name.strip() != headline.strip():
                # both given: the one nearer the document's title (Reader View's rule)
                ratio = lambda t: difflib.SequenceMatcher(None, t.lower(), document_title.lower()).ratio()  # noqa: E731
                found["title"] = headline if ratio(headline) >= ratio(name) else name
            elif isinstance(headline, str) or isinstance(name, str):
                found["title"] = headline if isinstance(headline, str) else name
            if "WebPage" in kinds and len(kinds) == 1:
                found.pop("title", None)  # a page's name is its <title>, not a headline
            author = _names(item.get("author"))
            if author:
                found["author"] = author
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found["site"] = publisher["name"].strip()
            if isinstance(item.get("datePublished"), str):
                found["published"] = item["datePublished"].strip()
            if found:
                return found
    return {}


def clean_title(title: str, tree: HtmlElement | None = None) -> str:
    """A <title> without the site's name ("Leaders meet in Beijing | Example News" -> "Leaders meet in
    Beijing"), by Reader View's rules: never cut down to fewer than three words or a lone fragment."""
    original = " ".join(title.split())
    current = original
    hierarchical = False
    words = lambda text: len(text.split())  # noqa: E731
    if re.search(rf" [{TITLE_SEPARATORS}] ", original):
        hierarchical = re.search(r" [\\/>»] ", original) is not None
        current = re.sub(rf"(.*)[{TITLE_SEPARATORS}] .*", r"\1", original)
        if words(current) < 3:
            current = re.sub(rf"[^{TITLE_SEPARATORS}]*[{TITLE_SEPARATORS}](.*)", r"\1", original)
    elif ": " in original:
        headings = [] if tree is None else [" ".join(h.text_content().split()) for h in tree.iter("h1", "h2")]
        if original not in headings:
            current = original[original.rindex(":") + 1:]
            if words(current) < 3:
                current = original[original.index(":") + 1:]
            elif words(original[:original.index(":")]) > 5:
                current = original
    elif (len(original) > 150 or len(original) < 15) and tree is not None:
        h1s = list(tree.iter("h1"))
        if len(h1s) == 1:
            current = " ".join(h1s[0].text_content().split())
    current = " ".join(current.split()).strip()
    count = words(current)
    if count <= 4 and (not hierarchical or count != words(re.sub(rf"[{TITLE_SEPARATORS}]+", "", original)) - 1):
        current = original
    return current


def _byline(tree: HtmlElement) -> str | None:
    """The page's byline element (rel=author, itemprop=author, or a class or id such as "byline")."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "script", "style", "html", "body"):
            continue
        hint = f"{element.get('class') or ''} {element.get('id') or ''}"
        if (element.get("rel") == "author" or "author" in (element.get("itemprop") or "")
                or BYLINE_HINT.search(hint)):
            text = " ".join(element.text_content().split())
            if 0 < len(text) < 100:
                return text
    return None


def _language(tree: HtmlElement, values: dict[str, str]) -> str | None:
    """The page's language as a primary tag ("en" for "en-GB"), from <html lang> or og:locale."""
    raw = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    if not raw:
        for meta in tree.iter("meta"):
            if (meta.get("http-equiv") or "").lower() == "content-language" or meta.get("property") == "og:locale":
                raw = meta.get("content") or ""
                break
    match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|\s*$)", raw)
    return match.group(1).lower() if match else None


def _canonical_url(tree: HtmlElement, values: dict[str, str]) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and (link.get("href") or "").startswith("http"):
            return link.get("href").strip()
    url = values.get("og:url") or next((m.get("content") for m in tree.iter("meta")
                                        if m.get("property") == "og:url" and m.get("content")), None)
    return url.strip() if url and url.startswith("http") else None


def page_metadata(tree: HtmlElement) -> dict[str, str | None]:
    """title, author, site, url, published, language of a page (None where the page does not say).

    trafilatura's `extract_metadata` (htmldate's reading of dates, its author and site-name rules) is
    asked only when the page's own tags leave the author, the site or the date unsaid: it is a third of
    the cost of reading a page."""
    title_element = tree.find(".//title")
    document_title = " ".join(title_element.text_content().split()) if title_element is not None else ""
    values = _meta_values(tree)
    ld = _json_ld(tree, document_title)
    title = ld.get("title") or next((values[k] for k in TITLE_KEYS if values.get(k)), None)
    if not title and document_title:
        title = clean_title(document_title, tree)
    author = ld.get("author") or next((values[k] for k in AUTHOR_KEYS if values.get(k)), None) or _byline(tree)
    site = ld.get("site") or next((values[k] for k in SITE_KEYS if values.get(k)), None)
    published = ld.get("published") or next((values[k] for k in DATE_KEYS if values.get(k)), None)
    url = _canonical_url(tree, values)
    if not (title and author and site and published and url):
        from trafilatura.metadata import extract_metadata

        try:
            found = extract_metadata(tree)
        except Exception:
            found = None
        title = title or getattr(found, "title", None)
        author = author or getattr(found, "author", None)
        site = site or getattr(found, "sitename", None)
        published = published or getattr(found, "date", None)
        url = url or getattr(found, "url", None)
    return {
        "title": " ".join(title.split()) if title else None,
        "author": " ".join(author.split()) if author else None,
        "site": " ".join(site.split()) if site else None,
        "url": url,
        "published": published,
        "language": _language(tree, values),
    }


# --------------------------------------------------------------------------- the page


def read_page(html: str) -> Page:
    """The article text and metadata of an HTML page; a page with no readable text gives empty text."""
    tree = _parse(html)
    if tree is None:
        return _every_visible_line(html, {})
    meta = page_metadata(tree)
    main = _trafilatura_blocks(tree)
    alt = _readability_blocks(tree)
    paragraphs, method = merge_bodies(main, alt)
    if not paragraphs:
        return _every_visible_line(html, meta)
    return Page("\n\n".join(paragraphs), method=method, **meta)


def _parse(html: str) -> HtmlElement | None:
    """The page's tree (trafilatura's loader and lxml parser), or None when there is none to read.

    lxml's HTML parser stops at a resource limit (elements nested over 256 deep, a text or attribute over
    10 MB) and silently drops the rest of the page: a story after a deep box would vanish. Such a page
    gets None, so it is read by the every-visible-line reader, which has neither limit and stays linear.
    (Parsing it again with `huge_tree` keeps the tree, but trafilatura and readability then walk trees up
    to 2048 deep: the broken-markup page of the adversarial benchmark went from 0.5 s to over 120 s.)
    External entities and DTDs are never loaded (lxml's HTML parser: no_network, no DTD).
    """
    from trafilatura.utils import HTML_PARSER, load_html

    try:
        tree = load_html(html)
    except Exception:
        return None
    return None if tree is None or _hit_limit(HTML_PARSER) else tree


def _hit_limit(parser) -> bool:
    """True when lxml's last parse with `parser` stopped at one of libxml2's resource limits."""
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


def _every_visible_line(html: str, meta: dict) -> Page:
    """A page too small or too broken for the extractors: every visible line (`helpers.load.html_text`),
    with the metadata found, else the little that parser reads."""
    from helpers.load.html_text import extract_html

    page = extract_html(html)
    found = {**meta, "title": meta.get("title") or page.title, "published": meta.get("published") or page.published}
    return Page(page.text, method="text", **found)
