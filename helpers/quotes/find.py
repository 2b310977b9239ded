"""Quotations and their speakers: who said what, found by rules a reader can check.

1. **Marks** (`helpers.quotes.marks`): curly, straight, single, NYT's doubled apostrophes, guillemets; nested
   quotes stay inside the outer one; a quotation over several paragraphs is one quotation; a mark that is never
   closed delimits nothing and is not reported, so every quotation begins and ends on its marks.
2. **Kind** (`helpers.quotes.kinds`): `full` (reported sentences), `partial` (a fragment of speech inside the
   writer's sentence), `term` (scare quotes, nicknames and titles: no speaker).
3. **Speaker** (`helpers.quotes.attribution`, `helpers.quotes.nouns`): the nearest speech cue (lexicon in
   `helpers.language.cues`) outside the quotation in its sentence, then the news-attribution grammar: "X said",
   "“…,” said X, the director of Y", "X, who ..., told", "according to X", "X: “…”"; pronouns resolve to the
   most recent compatible person; quotes with no cue keep the speaker of the quote they continue (split
   quotes, the next sentence or paragraph). Speakers are reported by the fullest name in the article
   (`helpers.language.entities`).
"""
from __future__ import annotations

import re

import pandas as pd

from helpers.language.segment import Document
from helpers.quotes.attribution import Found, attribute
from helpers.quotes.continuation import continue_speakers
from helpers.quotes.documents import credit_authors
from helpers.quotes.kinds import is_full, is_term, reported_clause
from helpers.quotes.marks import has_quotation_marks, quote_spans
from helpers.quotes.reading import Reading

__all__ = ["QUOTE_COLUMNS", "find_quotes", "has_quotation_marks", "quotations", "quote_rows"]

QUOTE_COLUMNS = ["text", "speaker", "cue", "kind", "start", "end", "sentence", "paragraph"]


def quotations(doc: Document) -> list[Found]:
    """Every quotation with its kind, speaker and cue (clean-text spans)."""
    spans = quote_spans(doc)
    if not spans:
        return []  # nothing to attribute: the names of the article are not needed
    r = Reading(doc, spans)
    items: list[Found] = []
    for q, span in enumerate(spans):
        content = doc.text[span.start + span.open_len:span.end - span.close_len].strip()
        full = is_full(doc, span, content) or span.continues or reported_clause(r, span, content)
        kind = "full" if full else "partial"
        item = Found(span, content, kind, sentence=doc.sentence_index_at(span.start))
        if doc.text[span.start - 1:span.start] == "=":
            continue  # an attribute value in leftover markup: id="123"
        if is_term(r, span, content) or span.heading and not full:  # a headline's 'fragment' may be anyone's
            item.kind = "term"
            r.terms.add(q)
        elif not _coordinated_with(doc, items, item):
            attribute(r, q, item)
        items.append(item)
    credit_authors(r, items)  # "the statement said": whoever issued it
    continue_speakers(r, items)
    for item in items:
        if item.kind == "partial" and not item.speaker and not item.has_cue and len(item.content.split()) <= 4:
            item.kind = "term"
        if item.kind == "term":
            item.speaker = None
    return items


_CONJOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|nor|but not)\s*|\s*,\s*")


def _coordinated_with(doc: Document, items: list[Found], item: Found) -> bool:
    """"Rayner called the story “desperate” and “perverted” and Johnson has written": a quotation joined to the one
    before it by "and", "or" or a comma alone is said by the same speaker with the same cue (not by the subject
    of a cue after it); the one before must have a speaker. True when the speaker was copied."""
    before = items[-1] if items else None
    if before is None or before.kind == "term" or not before.speaker or before.sentence != item.sentence \
            or not _CONJOINED.fullmatch(doc.text, before.span.end, item.span.start):
        return False
    item.speaker, item.cue, item.has_cue = before.speaker, before.cue, before.has_cue
    return True


def quote_rows(doc: Document) -> list[dict]:
    """One dict per quotation, keyed by QUOTE_COLUMNS: what `find_quotes` tabulates and the command line
    writes as JSON (it takes these rows as they are, without the DataFrame's round trip)."""
    rows, closed = [], []
    original = doc.article.original
    previous: Found | None = None
    for item in quotations(doc):
        span = item.span
        start, end = doc.original_span(span.start, span.end)
        inner_start, inner_end = doc.original_span(span.start + span.open_len, span.end - span.close_len)
        if span.continues and previous is not None and previous.span.close_len == 0 and rows:
            # one quotation over several paragraphs: one row, from its first opening to its last closing mark
            rows[-1]["end"] = end
            rows[-1]["text"] = original[rows[-1]["start"] + previous.span.open_len:inner_end].strip()
            closed[-1] = span.close_len > 0
            previous = item
            continue
        previous = item
        closed.append(span.close_len > 0)
        rows.append({
            "text": original[inner_start:inner_end].strip(),
            "speaker": item.speaker,
            "cue": item.cue if item.kind != "term" else None,
            "kind": item.kind,
            "start": start,
            "end": end,
            "sentence": item.sentence,
            "paragraph": span.paragraph,
        })
    # A mark never closed, even over following paragraphs, opens no quotation we can delimit: reported
    # quotations always begin and end on their marks.
    return [row for row, is_closed in zip(rows, closed) if is_closed]


def find_quotes(doc: Document) -> pd.DataFrame:
    """One row per quotation: QUOTE_COLUMNS, offsets into `doc.article.original`, marks included."""
    rows = quote_rows(doc)
    if not rows:
        return pd.DataFrame(rows, columns=QUOTE_COLUMNS)  # every column of dtype object
    columns = {column: [row[column] for row in rows] for column in QUOTE_COLUMNS}  # faster than rows of dicts
    index = pd.RangeIndex(len(rows))  # given, so nothing is aligned
    for column in ("speaker", "cue"):  # object columns with None, not NaN, where there is none
        columns[column] = pd.Series(columns[column], index=index, dtype=object)
    return pd.DataFrame(columns, index=index)  # the dict keeps QUOTE_COLUMNS' order
