"""Load an article (text in any common encoding, or HTML, plus a sidecar JSON) and clean it.

The `Article` keeps three things side by side:
- `original`: the file's decoded text exactly as read (for HTML: the text extracted from the page);
- `text`: the clean text (page furniture removed, Unicode NFC, whitespace normalised, paragraphs
  separated by one blank line) on which every analysis runs;
- `offsets`: the map from clean offsets back to `original`, so every reported span satisfies
  `original[start:end] == span text`.
Typographic quotes and apostrophes are never changed: quotation finding depends on them.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from helpers.load.extract import read_page
from helpers.load.written_in import language_warning
from helpers.load.dateline import dateline_date, find_dateline, timestamp
from helpers.load.furniture import furniture_rule
from helpers.load.headline import headline
from helpers.load.offsets import OffsetMap
from helpers.load.layout import MAX_PROMOTION, byline_name, mark_layout
from helpers.load.pasted import is_timestamp, looks_pasted, page_removals

DEFAULT_MAX_MB = float(os.environ.get("ARTICLE_MAX_MB", "10"))

_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file; a zip of articles: `python -m helpers corpus build`)",
    b"\x1f\x8b": "a gzip archive (a .tar.gz or .jsonl.gz of articles: `python -m helpers corpus build`)",
    b"\x7fELF": "a program",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
}


class ArticleError(ValueError):
    """An article that cannot be read; the message is one line naming the problem."""


@dataclass(frozen=True)
class Removed:
    """A span of the original text removed during cleaning, and why."""

    text: str
    start: int
    end: int
    reason: str


@dataclass
class Article:
    original: str
    text: str
    offsets: OffsetMap
    removed: list[Removed] = field(default_factory=list)
    path: Path | None = None
    encoding: str = "utf-8"
    format: str = "text"  # "text" or "html"
    published: dt.date | None = None
    title: str | None = None
    site: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
    author: str | None = None
    url: str | None = None  # the page's address (for a fetched page, its saved copy is `path`)
    # where `published` came from: "command line", "sidecar" or "page" (None when unknown)
    published_source: str | None = None
    written_in: str | None = None  # the language the text looks written in (`helpers.load.written_in`)

    @property
    def source(self) -> str | None:
        """The publication (older name of `site`)."""
        return self.site

    @property
    def name(self) -> str:
        """A short name for charts and tables: the file name, else the title, else 'article'."""
        if self.path is not None:
            return self.path.name
        return self.title or "article"

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean-text span to its span in `original`."""
        return self.offsets.span(start, end)


# --------------------------------------------------------------------------- decoding


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode article bytes: BOMs first, then UTF-8, UTF-16 without BOM, the `declared` charset (an HTTP
    header's or a page's `<meta charset>`), and cp1252 for legacy files.

    Bytes that are valid UTF-8 are read as UTF-8 whatever a page declares: a page whose meta charset
    lies (says latin-1, holds UTF-8) is common, while text in a legacy encoding that happens to be valid
    UTF-8 is vanishingly rare. A declaration that does not decode the bytes is ignored the same way.
    Returns (text, encoding name). Raises ArticleError for binary files.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="replace"), "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ArticleError(f"not a text article: looks like {what}")
    if b"\x00" in data[:65536]:
        utf16 = _utf16_without_bom(data)
        if utf16:
            return utf16
    if _control_share(data) > 0.10:
        raise ArticleError("not a text article: binary data (control bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    codec = _codec(declared)
    if codec is not None and codec != "utf-8":
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass  # the declaration lies: fall back as if there were none
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte, so nothing is lost.
        return data.decode("latin-1"), "latin-1"


# Declarations never followed: UTF-7 (and its kin) can smuggle markup past a reader that trusts them,
# and a multi-byte wide encoding declared for bytes that are not (BOMs and NULs find real ones) is a lie.
_IGNORED_CODECS = {"utf-7", "utf_7", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
_META_CHARSET = re.compile(rb"<meta\b[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)


def _codec(name: str | None) -> str | None:
    """The Python codec for a declared charset name, or None when unknown or not to be trusted."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return None if codec in _IGNORED_CODECS or codec.startswith(("utf-7", "utf-16", "utf-32")) else codec


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a `<meta>` tag within its first 4 KB (`<meta charset=...>` or the
    http-equiv Content-Type form), as written; None when it declares none."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type value ('text/html; charset=ISO-8859-1' -> 'ISO-8859-1')."""
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", content_type or "", re.I)
    return match.group(1) if match else None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _control_share(data: bytes) -> float:
    """Share of control bytes (NUL, BEL, ...) in the first 64 KiB: text has almost none."""
    sample = data[:65536]
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / max(len(sample), 1)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a BOM shows NUL in every other byte for Latin-script text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for name, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros.count(0) > 0.4 * len(zeros):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                return None
    return None


def read_bytes(path: Path, max_mb: float = DEFAULT_MAX_MB) -> bytes:
    """Read a file with clear one-line errors for the usual mistakes."""
    if not path.exists():
        raise ArticleError("no such file")
    if path.is_dir():
        raise ArticleError("is a directory, not an article file")
    size = path.stat().st_size
    if size > max_mb * 1_000_000:
        raise ArticleError(
            f"file is {size / 1e6:.1f} MB, over the {max_mb:g} MB limit "
            "(raise it with --max-mb or ARTICLE_MAX_MB)"
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise ArticleError(f"cannot read: {error.strerror or error}") from None


# --------------------------------------------------------------------------- sidecar


def parse_date(value: object) -> dt.date:
    """A publication date from 'YYYY-MM-DD' or an ISO 8601 date-time."""
    if not isinstance(value, str):
        raise ValueError(f"date must be a string like 2024-05-16, not {value!r}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(f"bad date {value!r} (expected YYYY-MM-DD)") from None


# Sidecar keys read as text; "source" is the older name of "site".
SIDECAR_TEXT_KEYS = {"title": "title", "author": "author", "site": "site", "source": "site", "url": "url",
                     "language": "language"}


def read_sidecar(path: Path) -> tuple[dict, list[str]]:
    """Metadata from `<name>.json` beside the article: published, title, author, site (or source), url,
    language, and for a page fetched from the web (helpers.load.fetch) the charset of its `content_type`.

    A broken sidecar never stops the analysis: it yields a warning and no metadata.
    """
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file() or sidecar == path:
        return {}, []
    try:
        raw = sidecar.read_bytes()
    except OSError as error:
        return {}, [f"{sidecar.name}: {error.strerror or error}; metadata ignored"]
    return sidecar_meta(raw, sidecar.name)


def sidecar_meta(raw: bytes, name: str) -> tuple[dict, list[str]]:
    """`read_sidecar` of a sidecar's bytes already read (`name` for the warnings): from a file, or from a
    member of a zip or tar archive."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        return {}, [f"{name}: not valid JSON ({reason}); metadata ignored"]
    if not isinstance(data, dict):
        return {}, [f"{name}: expected a JSON object; metadata ignored"]
    meta: dict = {}
    warnings: list[str] = []
    for key, attribute in SIDECAR_TEXT_KEYS.items():
        if isinstance(data.get(key), str) and data[key].strip() and attribute not in meta:
            meta[attribute] = data[key].strip()
    if isinstance(data.get("content_type"), str) and charset_of(data["content_type"]):
        meta["charset"] = charset_of(data["content_type"])
    if data.get("published") is not None:
        try:
            meta["published"] = parse_date(data["published"])
        except ValueError as error:
            warnings.append(f"{name}: {error}; publication date unknown")
    return meta, warnings


# --------------------------------------------------------------------------- cleaning

# Whitespace the clean text normalises: any run except a single plain space. Control characters
# (NUL, form feed, ...) and invisible separators count as whitespace so they never reach the analysis.
_SPACE_CLASS = r"[\s\x00-\x08\x0e-\x1f\x7f\u200b\u2060\ufeff]"
_ODD_SPACE = re.compile(rf"{_SPACE_CLASS}{{2,}}|(?! ){_SPACE_CLASS}")
_LINE = re.compile(r"[^\n]*\n?")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # a timestamp gives the year: lines without one skip its grammar


def find_furniture(original: str, *, repeats: bool = True, blocks: bool | None = None) -> list[Removed]:
    """Whole lines of page furniture (see `helpers.load.furniture`), as spans of the original text; with
    `repeats`, a headline-like line (no closing punctuation) the text has given before, and the caption a
    credited copy repeats. A page's extracted text leaves repeats alone (its extractor has judged them).
    `blocks` (default: as `repeats`) also takes the lists of links after a "related" label and runs of
    cut-off teasers (`_related_blocks`); a whole pasted page leaves them to its own reader. The layout grammar
    of `helpers.load.layout` (promotions, video titles, related headlines in capitals, ...) runs on every text;
    its rules on a line's neighbours (captions printed twice, summary boxes, bylines) only with `repeats`."""
    removed = []
    if len(original) > 2_000_000 and original.count("\n") < 10:
        lines_iter = [re.match(r"[\s\S]*", original)]  # one huge line: it is text, not a label
    else:
        lines_iter = _LINE.finditer(original)
    seen: set[str] = set()  # lines of five words or more: a second copy of one is no story
    previous = ""  # the last non-blank line
    rows: list[tuple[int, str, str | None]] = []  # (start, line, rule) of each non-blank line, in order
    for line in lines_iter:
        content = line.group().rstrip("\n")
        if not content.strip():
            continue
        lead = len(content) - len(content.lstrip())
        trimmed = content.strip()
        start = line.start() + lead
        if len(content) > 300:
            previous = ""
            # a paragraph: it ends a block of links (the layout rules read it up to a promotion's length)
            rows.append((start, trimmed if len(trimmed) <= MAX_PROMOTION else "", None))
            continue
        rule = furniture_rule(content, story_lines=True)
        if rule is None and _YEAR_DIGITS.search(trimmed) and timestamp(trimmed) is not None \
                and len(trimmed) < len(original.strip()):
            rule = "timestamp"  # "Last Updated : Apr 13 2013 | 9:05 PM IST" (unless it is the whole text)
        if repeats and rule is None and trimmed == previous and len(trimmed.split()) >= 4:
            rule = "repeated line"  # the same line twice in a row: a caption and its copy, a lead and its summary
        elif repeats and rule is None and trimmed in seen and trimmed[-1] not in ".!?\"”’')" \
                and trimmed[0] not in "—–-":
            rule = "repeated line"  # a headline printed twice (a sentence said twice is the story's)
        elif rule is None and len(trimmed.split()) >= 5:
            seen.add(trimmed)
        previous = trimmed
        if repeats and rule == "caption":  # the caption just before without its credit: "... week." + "Credit: X"
            before = [text for text in seen if trimmed.startswith(text) and text != trimmed]
            for text in before:
                first = original.rfind(text, 0, start)
                removed.append(Removed(text, first, first + len(text), "caption"))
                seen.discard(text)
        rows.append((start, trimmed, rule))
    # first: the section labels of `_related_blocks` look past what it finds above them
    mark_layout(rows, neighbours=repeats)  # (a page's extracted text: the one-line rules only)
    if repeats if blocks is None else blocks:
        _related_blocks(rows)
    taken = {r.start for r in removed}
    removed += [Removed(trimmed, start, start + len(trimmed), rule) for start, trimmed, rule in rows
                if rule and start not in taken]
    return sorted(removed, key=lambda r: r.start)


_SENTENCE_END = ".!?\"”’'):;"
_CUT_OFF = re.compile(r"[\w,?!] ?(?:…|\.\.\.)$")  # a teaser cut off mid-sentence: "... China is using…"
_LABEL_WORD = re.compile(r"\w[\w&'’.-]*")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s")
_RELATED_LABEL_CHARS = 50  # "Also read", "قد يهمك ايضا", "Listen to the full episode to hear more about:"
# the labels a list of links follows ("Learn more" or "Read more" end a teaser instead)
_RELATED_LABEL = re.compile(
    r"\W*(?:(?:read also|also read|see also|related(?: \w+)?|more on this story|you may also like|recommended|"
    r"latest posts by .{1,60}|read more(?=\s*:)|"
    r"most (?:read|popular|viewed)|more (?:stories|news) from .{1,40}|listen to the full .{1,40}|"
    r"قد يهمك (?:أيضا|أيضاً|ايضا)|[اإ]قرأ (?:أيضا|أيضاً)|lire aussi|lee también|leia também|leggi anche|"
    r"читайте также|相关阅读)[\s:：|›»>-]*)", re.I)


def _related_blocks(rows: list[tuple[int, str, str | None]]) -> None:
    """Structures of links a page puts around its story, marked in place: the headlines listed under a
    bare "related" label ("Also read", "You may also like"), up to the first line that reads as a sentence
    or a paragraph, and two or more teasers in a row cut off with an ellipsis ("Former minister to plead
    guilty to mishandling classified…"), as "read more"; the short labels a page opens with, before its
    first line of three words or more ("OPINION", "1. Politics", "2. UK Politics"), as "section label",
    when the text has other page furniture (a wire story's slug, "MALAYSIA", stays) and unless the next
    line goes on in lower case ("The Government" / "has unveiled ...": one sentence)."""
    for i, (_, trimmed, rule) in enumerate(rows):
        if rule == "read more" and len(trimmed) <= _RELATED_LABEL_CHARS and _RELATED_LABEL.fullmatch(trimmed):
            for j in range(i + 1, min(i + 8, len(rows))):
                s, text, r = rows[j]
                if r or not text or len(text) > 150 or text[-1] in _SENTENCE_END:
                    break
                rows[j] = (s, text, "read more")
    # section labels above the headline ("OPINION", "1. Politics"), on a text that shows other page furniture
    for i, (start, trimmed, rule) in enumerate(rows if any(rule for _, _, rule in rows) else ()):
        if rule or (len(trimmed) < 40 and is_timestamp(trimmed)):
            continue  # furniture already, or the page's date: look past it
        words = len(_LABEL_WORD.findall(trimmed))
        numbered = bool(_NUMBERED_ITEM.match(trimmed))
        if not trimmed or words > 2 + numbered and not (words <= 4 and _headline_below(rows, i)):
            break  # (a site's name of three or four words, "City News Flash", when a headline follows it)
        following = next((text for _, text, _ in rows[i + 1:] if text), "")
        if trimmed[-1] not in _SENTENCE_END and not following[:1].islower():
            rows[i] = (start, trimmed, "section label")
    teasers = [not rule and len(text) <= 200 and text.endswith(("…", "...")) and bool(_CUT_OFF.search(text))
               for _, text, rule in rows]
    for i, teaser in enumerate(teasers):
        if teaser and ((i > 0 and teasers[i - 1]) or (i + 1 < len(teasers) and teasers[i + 1])):
            start, text, _ = rows[i]
            rows[i] = (start, text, "read more")


def _headline_below(rows: list[tuple[int, str, str | None]], i: int) -> bool:
    """True when a line below row `i`, above the story's first paragraph, reads as a headline of five words or
    more: the short line at `i` is then a label above it, not the headline."""
    for _, text, rule in rows[i + 1:]:
        if rule:
            continue
        words = len(_LABEL_WORD.findall(text))
        if not text or words >= 25:
            return False
        if words >= 5 and text.rstrip("\"”’')»")[-1:] not in ".!?:;,|":
            return True
    return False


def looks_hard_wrapped(original: str) -> bool:
    """True when single newlines are line wraps inside paragraphs (e-mail, wire copy wrapped at ~72
    columns, with blank lines between paragraphs), False when every line is a paragraph (web copy)."""
    if _BLANK_LINE.search(original) is None:
        return False
    sample = original[:200_000].split("\n")
    inner = [len(line) for line, following in zip(sample, sample[1:]) if line.strip() and following.strip()]
    wrapped = sum(40 <= length <= 90 for length in inner)
    return wrapped >= 3 and wrapped >= 0.6 * len(inner)


_PARAGRAPH_STOPS = frozenset('.!?:;"”’)]…')  # what ends a paragraph's last sentence


def looks_fragmented(original: str) -> bool:
    """True when the blank lines of a text cut its sentences: a page copied line by line, each line of the
    screen a paragraph ("For four years they had complained\n\nto the council about their"). Told by
    paragraphs that end without a stop before one that opens in lower case: five or more, a quarter or more."""
    paragraphs = [p.strip() for p in _BLANK_LINE.split(original[:200_000]) if p.strip()]
    cut = sum(1 for p, q in zip(paragraphs, paragraphs[1:]) if q[:1].islower() and p[-1] not in _PARAGRAPH_STOPS)
    return cut >= 5 and cut >= 0.25 * len(paragraphs)


def clean(original: str, *, pasted: bool | None = None) -> tuple[str, OffsetMap, list[Removed]]:
    """Clean text, its offset map to `original`, and the furniture removed.

    Every line is a paragraph, unless the text is hard-wrapped (blank lines between paragraphs and
    lines of 40-90 characters inside them: see `looks_hard_wrapped`), where single newlines are wraps.
    Either way the clean text separates paragraphs with exactly one blank line ("\\n\\n").

    A web page's whole visible text pasted into a file (`pasted`: None decides with
    `helpers.load.pasted.looks_pasted`) also loses every line that is not the story: menus, bylines,
    related headlines, cookie notices, footers, each reported with its reason (see `helpers.load.pasted`).
    """
    page = pasted or (pasted is None and looks_pasted(original))
    removed = find_furniture(original, repeats=pasted is not False, blocks=pasted is not False and not page)
    if page:
        furniture = {(r.start, r.end) for r in removed}
        removed += [Removed(original[start:end], start, end, reason) for start, end, reason in
                    page_removals(original) if (start, end) not in furniture]
    # a date line the pasted-page reader took for a timestamp may still be the text's dateline
    dateline = find_dateline(original, {(r.start, r.end) for r in removed if r.reason != "timestamp"})
    if dateline is not None:
        removed = [r for r in removed if (r.start, r.end) != dateline[:2]]
        removed.append(Removed(original[dateline[0]:dateline[1]], dateline[0], dateline[1], "dateline"))
    removed.sort(key=lambda r: r.start)
    hard_wrapped = looks_hard_wrapped(original)
    fragmented = looks_fragmented(original)  # then a break is a paragraph's only after a stop, or the headline
    headline_end = original.find("\n", len(original) - len(original.lstrip())) if fragmented else -1
    offsets = OffsetMap()
    parts: list[str] = []

    # Regions of original text to keep: everything between removed spans.
    keep, position = [], 0
    for item in removed:
        keep.append((position, item.start))
        position = item.end
    keep.append((position, len(original)))

    pending_break: tuple[int, int, str] | None = None  # whitespace waiting to be emitted
    for region_start, region_end in keep:
        position = region_start
        for gap in _ODD_SPACE.finditer(original, region_start, region_end):
            _emit_text(original, position, gap.start(), parts, offsets, pending_break)
            if gap.start() > position:
                pending_break = None
            separator = _separator(gap.group(), hard_wrapped and not _LIST_ITEM.match(original, gap.end()))
            if fragmented and gap.start() > max(region_start, headline_end) \
                    and original[gap.start() - 1] not in _PARAGRAPH_STOPS \
                    and not _LIST_ITEM.match(original, gap.end()):
                separator = " "
            pending_break = _merge_break(pending_break, (gap.start(), gap.end(), separator))
            position = gap.end()
        if region_end > position:
            _emit_text(original, position, region_end, parts, offsets, pending_break)
            pending_break = None
        # A removed span between regions acts as a paragraph break.
        if region_end < len(original):
            pending_break = _merge_break(pending_break, (region_end, region_end, "\n\n"))
    return "".join(parts), offsets, removed


# A line that opens with a list marker is an item of its own, even in hard-wrapped text ("• He was jailed").
_LIST_ITEM = re.compile(r"[•●▪◦‣·*-](?=[ \t])")  # not dashes: a wrapped line may open with one


def _separator(whitespace: str, hard_wrapped: bool) -> str:
    newlines = whitespace.count("\n") + whitespace.count("\u2029")
    if newlines >= 2 or (newlines == 1 and not hard_wrapped):
        return "\n\n"
    return " "


def _merge_break(pending, new):
    if pending is None:
        return new
    start, _, separator = pending
    strongest = "\n\n" if "\n\n" in (separator, new[2]) else " "
    return (start, new[1], strongest)


def _emit_text(original, start, end, parts, offsets, pending_break) -> None:
    if end <= start:
        return
    if pending_break is not None and offsets.clean_length:  # no leading whitespace in clean text
        b_start, b_end, separator = pending_break
        exact = original[b_start:b_end] == separator
        parts.append(separator)
        offsets.add(b_start, b_end, len(separator), exact)
    chunk = original[start:end]
    if unicodedata.is_normalized("NFC", chunk):
        parts.append(chunk)
        offsets.add(start, end, len(chunk), True)
        return
    # Re-normalise word by word so only the words that change lose their exact mapping.
    for word in re.finditer(r"\S+|\s+", chunk):
        text = word.group()
        normal = unicodedata.normalize("NFC", text)
        parts.append(normal)
        offsets.add(start + word.start(), start + word.end(), len(normal), normal == text)


# --------------------------------------------------------------------------- loading


def from_text(
    original: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    path: Path | None = None,
    encoding: str = "utf-8",
    format: str = "text",
) -> Article:
    """An `Article` from text already in memory (what the notebooks' tests and widgets use)."""
    text, offsets, removed = clean(original, pasted=None if format == "text" else False)
    if isinstance(published, str):
        published = parse_date(published)
    from_dateline = published is None and any(r.reason == "dateline" for r in removed)
    if from_dateline:  # the article's own dateline, when nothing else gives its date
        published = next(dateline_date(r.text) for r in removed if r.reason == "dateline")
    elif published is None:  # else the page's timestamp: its publication date before its last update's
        stamps = [stamp for r in removed if r.reason in ("timestamp", "agency") and (stamp := _stamp(r.text))]
        published = min(stamps, key=lambda stamp: stamp[1])[0] if stamps else None
        from_dateline = published is not None
    if title is None and format == "text" and not any(r.reason == "outside the story" for r in removed):
        title = headline(text)  # a plain text's own headline line, when nothing names its title
    article = Article(original, text, offsets, removed, path, encoding, format, published, title)
    article.published_source = "dateline" if from_dateline else None
    article.author = next((byline_name(r.text) for r in removed if r.reason == "byline"),
                          None)  # "By Lucy Stone": the text's own byline
    article.written_in, warning = language_warning(text)
    if warning:
        article.warnings.append(warning)
    return article


def _stamp(line: str) -> tuple[dt.date, bool] | None:
    """(date, is an update) of a timestamp line, also one at the end of an agency line ("PTI New Delhi
    Last Updated: January 19, 2020 | 16:00 IST"); None when it gives no date."""
    at = re.search(r"(?:last\s+)?updated", line, re.I)
    found = timestamp(line) or (timestamp(line[at.start():]) if at else None)
    return found if found and found[0] else None


def load_article(
    path: str | os.PathLike,
    *,
    published: dt.date | str | None = None,
    max_mb: float = DEFAULT_MAX_MB,
    refetch: bool = False,
) -> Article:
    """Read, decode and clean an article file, or fetch a web page first when `path` is an http(s) URL;
    `published` overrides the sidecar's date.

    A URL is downloaded once into data/fetched/ (see `helpers.load.fetch`) and read from there afterwards, so
    reruns are offline and reproducible; `refetch=True` downloads it again. Other schemes (file:, data:,
    javascript:, ...) are refused. Raises ArticleError (one line, naming the problem) when the file or
    page cannot be used.
    """
    if looks_like_url(path):
        from helpers.load.fetch import fetch_url

        path = fetch_url(str(path), max_mb=max_mb, refetch=refetch).path
    path = Path(path)
    data = read_bytes(path, max_mb)
    meta, warnings = read_sidecar(path)
    return article_from_bytes(data, path, meta, warnings, published=published)


def article_from_bytes(data: bytes, path: Path, meta: dict, warnings: list[str], *,
                       published: dt.date | str | None = None) -> Article:
    """`load_article` of a file's bytes already read, with its sidecar's metadata (`sidecar_meta`): `path`
    names it (its suffix says whether it is a page), as a file or as a member of an archive."""
    meta = dict(meta)
    sources = {"published": "sidecar"} if meta.get("published") else {}
    is_html = path.suffix.lower() in (".html", ".htm", ".xhtml")
    declared = meta.get("charset") or (meta_charset(data) if is_html or _HTML_START.match(data[:200]) else None)
    decoded, encoding = decode(data, declared)
    fmt = "text"
    if is_html or re.match(r"\s*<(?:!doctype html|html)", decoded[:200], re.I):
        page = read_page(decoded)
        decoded, fmt = page.text, "html"
        for key in ("title", "author", "site", "url", "language", "published"):
            value = getattr(page, key)
            if meta.get(key) is not None or not value:
                continue  # the sidecar wins over the page
            if key == "published":
                try:
                    value = parse_date(value)
                except ValueError:
                    continue
                sources["published"] = "page"
            meta[key] = value
    if published is not None:
        meta["published"] = parse_date(published) if isinstance(published, str) else published
        sources["published"] = "command line"
    article = from_text(decoded, published=meta.get("published"), title=meta.get("title"), path=path,
                        encoding=encoding, format=fmt)
    article.site = meta.get("site")
    article.author = meta.get("author") or article.author  # the sidecar's or the page's, else the text's byline
    article.url = meta.get("url")
    article.language = meta.get("language")
    article.published_source = sources.get("published", article.published_source) if article.published else None
    article.warnings = warnings + article.warnings  # the sidecar's first, then the text's own
    return article


_HTML_START = re.compile(rb"\s*<(?:!doctype html|html)", re.I)


def looks_like_url(path: str | os.PathLike) -> bool:
    """True for an address ('https://...', 'file:...', 'javascript:...'), False for a file path."""
    from helpers.load.fetch import looks_like_url as is_url

    return is_url(path)
