"""Quotation marks: where each top-level quotation of an article begins and ends.

Curly “…”, straight "…", single ‘…’ (told from apostrophes: "Russia’s", "’90s"), NYT's doubled apostrophes
''…'', ``…'', guillemets «…»; mixed pairs “…" and "…” are one quotation. Nested quotes stay inside the outer
one; a quotation that runs over several paragraphs (a paragraph ending without a closing mark, the next
opening with one) is one quotation, from its first opening to its last closing mark; a mark that is never
closed delimits nothing (`helpers.quotes.find` drops it), so every reported quotation begins and ends on its
marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.language.segment import Document

# Opening and closing marks by family; straight marks open or close by context.
_MARK = re.compile(r"``|'''|''|'|[“”\"‘’«»]")
_CLOSER_OF = {"“": "”", "«": "»", "``": "''", '"': '"', "''": "''", "‘": "’", "'": "'"}
# Words written with a leading apostrophe, not an opening quote: "'em", "rock 'n' roll", "'til"
_ELISIONS = re.compile(r"(?:em|n|til|cause|tis|twas|bout|round|nuff|cept|sup|scuse|kay|s|d|ll|re|ve|m|t)\b", re.I)
_OPENERS = set(_CLOSER_OF)
_DOUBLE_OPENERS = {'"', "''", "``", "“"}  # marks a doubled straight closing mark may close
QUOTE_TOKENS = {"“", "”", '"', "‘", "’", "«", "»", "``", "''", "'", "`"}


@dataclass
class QuoteSpan:
    """A top-level quotation in the clean text: [start, end) includes the marks."""

    start: int
    end: int
    open_len: int
    close_len: int  # 0 when the quotation runs on into the next paragraph (or is unbalanced)
    paragraph: int
    continues: bool = False  # the quotation began in the previous paragraph
    heading: bool = False  # a headline's straight single quotation in an article that quotes with double marks


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


_NO_PAIRS: tuple[set[int], set[int]] = (set(), set())


def _paragraph_quotes(text: str, p_start: int, p_end: int, paragraph: int,
                      singles: tuple[set[int], set[int]] = _NO_PAIRS) -> list[QuoteSpan]:
    """Top-level quotations of one paragraph, pairing marks with a stack; `singles` are the positions of the
    straight single quotes that open and close quotations (none unless the article quotes in that style)."""
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []  # (opening mark, position)
    single_open, single_close = singles
    for m in _MARK.finditer(text, p_start, p_end):
        mark, i = m.group(), m.start()
        before = text[i - 1] if i > p_start else " "
        after = text[m.end()] if m.end() < p_end else " "
        if mark == "'":  # British style: 'We will be there by noon,' she said.
            if i in single_open:
                stack.append((mark, i))
            elif i in single_close and any(o == "'" for o, _ in stack):
                _close(stack, "'", i, m.end(), spans, paragraph)
            continue  # an apostrophe: "don't", "voters' anger", "'90s"
        if mark == "'" * 3:  # NYT: a single quote nested at the edge of a doubled one: ,''' or '''Yeah
            if stack and stack[-1][0] == "''":
                _close(stack, "''", i + 1, m.end(), spans, paragraph)
            else:
                stack.append(("''", i))
            continue
        if mark in ("’", "‘") and not stack and mark == "’":
            continue  # an apostrophe outside any quotation
        if mark == "‘":
            if _is_word_char(before) or re.match(r"\d\ds?\b", text[m.end():m.end() + 3]):
                continue  # misused apostrophe: "rock‘n", "‘90s"
            stack.append((mark, i))
            continue
        if mark == "’":
            if not any(o == "‘" for o, _ in stack) or _is_word_char(after):
                continue  # "Russia’s", "don’t"
            if before == "s" and after == " " and _plural_possessive(text, m.end(), p_end, stack):
                continue  # "voters’ anger" inside a single-quoted passage
            _close(stack, "‘", i, m.end(), spans, paragraph)
            continue
        if mark in ('"', "''"):
            opens = (before.isspace() or before in "([{—–-/" or i == p_start) and not after.isspace()
            closes = not after.isalnum() and not before.isspace()
            if opens == closes:  # both or neither ("word " words", 'say "'): alternate
                opens = not (stack and _CLOSER_OF[stack[-1][0]] == mark)
                closes = not opens
            if stack and stack[-1][0] == "“" and mark == '"' and closes and not opens:
                _close(stack, "“", i, m.end(), spans, paragraph)  # “…" — one quotation whose marks do not match
            elif stack and stack[-1][0] != mark and stack[-1][0] in _DOUBLE_OPENERS and closes and not opens:
                # "…'' and ''…" or ``…" — doubled straight marks typed for one pair (some outlets' feeds)
                _close(stack, stack[-1][0], i, m.end(), spans, paragraph)
            elif stack and _CLOSER_OF[stack[-1][0]] == mark and (closes or not opens):
                _close(stack, stack[-1][0], i, m.end(), spans, paragraph)
            elif stack and stack[-1][0] == mark:
                stack.pop()  # an opening mark after an unclosed one: the first was never closed
                stack.append((mark, i))
            elif closes and not opens and not stack:
                continue  # a stray closing mark ("inches"), or an opening one lost earlier
            else:
                stack.append((mark, i))
            continue
        if mark == "“" and stack and stack[-1][0] == "“" and before in ".,?!" and after.isspace() \
                and text[m.end():m.end() + 2].strip()[:1].islower():
            _close(stack, "“", i, m.end(), spans, paragraph)  # a “ typed for ”: "a fascist?“ he asked"
            continue
        if mark in ("“", "«", "``"):
            stack.append((mark, i))
            continue
        opener = {"”": "“", "»": "«"}[mark]
        if any(o == opener or (opener == "“" and o == '"') for o, _ in stack):
            _close(stack, opener, i, m.end(), spans, paragraph)
    if stack:
        mark, i = stack[0]
        if text[i:p_end].strip(mark + " ") and not (mark == "‘" and p_end - i > 400):
            spans.append(QuoteSpan(i, p_end, len(mark), 0, paragraph))
    return spans


def _straight_single_pairs(text: str, p_start: int, p_end: int) -> tuple[set[int], set[int]]:
    """Positions of the straight single quotes of one paragraph that open and close a quotation, paired in
    order; every other ' is an apostrophe ("don't", "the voters' anger", "'90s", "rock 'n' roll"). A closing
    ' after s with another closing ' later in the paragraph is a plural possessive ("'The students' votes
    count,' he said")."""
    openers, closers = set(), set()
    candidates = [m.start() for m in re.finditer(r"(?<!')'(?!')", text[p_start:p_end])]
    # closer_after[n]: some candidate after the n-th could close (is not followed by a letter or digit)
    closer_after = [False] * len(candidates)
    seen = False
    for n in range(len(candidates) - 1, -1, -1):
        closer_after[n] = seen
        seen = seen or not text[p_start + candidates[n] + 1:p_start + candidates[n] + 2].isalnum()
    pending = None
    for n, j in enumerate(candidates):
        i = p_start + j
        before = text[i - 1] if i > p_start else " "
        after = text[i + 1] if i + 1 < p_end else " "
        opens = (before.isspace() or before in "([{—–-/“\"‘" or i == p_start) and not after.isspace() \
            and not _ELISIONS.match(text, i + 1, p_end) and not after.isdigit()
        closes = not before.isspace() and not after.isalnum() and i > p_start \
            and text[i - 2:i + 1].lower() != "'n'"  # "rock 'n' roll"
        if opens and not closes:
            pending = i  # a later opener replaces one never closed ("'em")
        elif closes and pending is not None:
            if before in "sz" and after.isspace() and closer_after[n]:
                continue  # "the students' votes": a later ' closes
            openers.add(pending)
            closers.add(i)
            pending = None
    return openers, closers


def _plural_possessive(text: str, after: int, p_end: int, stack) -> bool:
    """A ’ after s that has another ’ later in the paragraph is a possessive, not the closing mark."""
    rest = text[after:p_end]
    return bool(re.search(r"’(?!\w)", rest))


def _close(stack, opener: str, start: int, end: int, spans: list[QuoteSpan], paragraph: int) -> None:
    while stack:
        mark, i = stack.pop()
        if mark == opener or (opener == "“" and mark == '"') or (opener in _DOUBLE_OPENERS and mark in _DOUBLE_OPENERS):
            if not stack:
                spans.append(QuoteSpan(i, end, len(mark), end - start, paragraph))
            return
    # no matching opener: ignore the mark


def quote_spans(doc: Document) -> list[QuoteSpan]:
    """Every top-level quotation of the article, in order (clean-text offsets, marks included)."""
    text = doc.text
    spans: list[QuoteSpan] = []
    open_at_end = False
    singles = _single_quote_style(text, doc.paragraphs)
    heading = singles is None and (singles := _heading_singles(text, doc.paragraphs)) is not None
    for index, (p_start, p_end) in enumerate(doc.paragraphs):
        found = _paragraph_quotes(text, p_start, p_end, index, singles[index] if singles else _NO_PAIRS)
        if heading:
            for span in found:
                span.heading = span.open_len == 1 and text[span.start] == "'"
        if found and open_at_end and found[0].start == p_start:
            found[0].continues = True
        open_at_end = bool(found) and found[-1].close_len == 0
        spans.extend(found)
    return spans


def _single_quote_style(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[set[int], set[int]]] | None:
    """The straight single quotes that open and close quotations, paragraph by paragraph, when the article quotes in
    British style ('We will be there by noon,' she said.): at least as many single-quoted passages as double marks.
    An article that quotes with double marks keeps its straight singles for apostrophes, nested quotes and headline
    shorthand, as American style does; None then."""
    if "'" not in text:
        return None
    pairs = [_straight_single_pairs(text, start, end) for start, end in paragraphs]
    n_single = sum(len(opening) for opening, _ in pairs)
    n_double = text.count("“") + text.count("``") + text.count("«") + (text.count('"') + text.count("''")) // 2
    return pairs if n_single and n_single >= n_double else None


_DOUBLE_MARK = re.compile(r"[“”\"«»]|''|``")
_HEADING_WORDS = 40


def _heading_singles(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[set[int], set[int]]] | None:
    """In an article that quotes with double marks, the straight single quotes of its headline-style lines: a
    headline or standfirst quotes in single marks ('We will win,' says Smith; "Smith tells ITV he found the ad 'quite
    funny'"). Such a line has no double mark, is short, and is one of the first three paragraphs; None when no line
    qualifies (the usual case: a substring test first)."""
    if "'" not in text[:paragraphs[min(2, len(paragraphs) - 1)][1]] if paragraphs else True:
        return None
    pairs, found = [_NO_PAIRS] * len(paragraphs), False
    for index, (start, end) in enumerate(paragraphs[:3]):
        line = text[start:end]
        if "'" in line and not _DOUBLE_MARK.search(line) and len(line.split()) <= _HEADING_WORDS:
            pairs[index] = _straight_single_pairs(text, start, end)
            found = found or bool(pairs[index][0])
    return pairs if found else None


_ANY_QUOTE_MARK = re.compile(r"[“”\"«»]|''|``")


def has_quotation_marks(text: str) -> bool:
    """Whether a text contains any quotation mark we read (so finding no quotation there is suspicious)."""
    return _ANY_QUOTE_MARK.search(text) is not None
