"""One article in, every result out: the JSON object the command line prints for each file."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

import numpy as np
import pandas as pd

from helpers.language.entities import name_mentions
from helpers.load.article import Article, load_article, looks_like_url
from helpers.numbers.find import number_records
from helpers.quotes.find import quote_rows
from helpers.language.transcript import turn_rows
from helpers.language.segment import Document
from helpers.words.frequency import top_words


OBJECT = np.dtype(object)


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """DataFrame rows as plain JSON-ready dicts (NaN, NA, NaT -> None; numpy scalars -> Python).

    Converted as one array rather than value by value: numpy turns the numeric columns into Python
    numbers in C (`to_numpy(dtype=object)`), missing values become None in one `np.where`, and only the
    object columns, which may hold numpy scalars, are looked at value by value.
    """
    values = frame.to_numpy(dtype=object)
    values = np.where(pd.isna(values), None, values)
    for position, dtype in enumerate(frame.dtypes.tolist()):
        if dtype == OBJECT:
            column = values[:, position]  # a view: unwrapped in place
            for row, value in enumerate(column):
                if isinstance(value, np.generic):
                    column[row] = value.item()
    names = list(frame.columns)
    return [dict(zip(names, row)) for row in values.tolist()]


def text_for_offsets(article: Article) -> str:
    """The text every reported offset points into (`article.original`), with each span removed as page
    furniture blanked out: spaces for its characters, its line breaks kept, so the length and every
    offset stay the same while the furniture's words are gone."""
    if not article.removed:
        return article.original
    parts, position = [], 0
    for item in article.removed:
        parts.append(article.original[position:item.start])
        parts.append(re.sub(r"[^\n]", " ", article.original[item.start:item.end]))
        position = item.end
    parts.append(article.original[position:])
    return "".join(parts)


def analyze_article(article: Article, *, top_n: int = 20, include_text: bool = False) -> dict[str, Any]:
    """Everything the project extracts from one article, as a JSON-ready dict; `include_text` adds
    "text", the text all offsets point into (see `text_for_offsets`)."""
    return analyze_document(Document(article), top_n=top_n, include_text=include_text)


def analyze_document(doc: Document, *, top_n: int | None = 20, include_text: bool = False) -> dict[str, Any]:
    """`analyze_article` on an article already split (the corpus builder uses the Document again);
    `top_n=None` lists every word."""
    article = doc.article
    published = article.published.isoformat() if isinstance(article.published, dt.date) else None
    result = {
        "path": str(article.path) if article.path else None,
        "title": article.title,
        "author": article.author,
        "site": article.site,
        "url": article.url,
        "published": published,
        "published_source": article.published_source if published else None,
        "language": article.language,
        "encoding": article.encoding,
        "format": article.format,
        "characters": len(article.original),
        "boilerplate": [
            {"text": r.text, "start": r.start, "end": r.end, "reason": r.reason} for r in article.removed
        ],
        "paragraphs": len(doc.paragraphs),
        "sentences": len(doc.sentences),
        "tokens": len(doc.tokens),
        "top_words": top_words(doc, top_n=top_n),
        "quotes": quote_rows(doc),
        "turns": turn_rows(doc),
        "numbers": number_records(doc),
        "names": name_mentions(doc),
        "warnings": list(article.warnings),
    }
    if include_text:
        result["text"] = text_for_offsets(article)
    return result


def analyze_path(path: str, *, published: str | None = None, max_mb: float | None = None,
                 top_n: int = 20, include_text: bool = False, refetch: bool = False) -> dict[str, Any]:
    """Load and analyse one file or http(s) URL (raises ArticleError with a one-line reason when it cannot
    be read or fetched); `path` in the result is as given, `url` names a fetched page's address."""
    kwargs: dict[str, Any] = {"published": published, "refetch": refetch}
    if max_mb is not None:
        kwargs["max_mb"] = max_mb
    result = analyze_article(load_article(path, **kwargs), top_n=top_n, include_text=include_text)
    if looks_like_url(path):
        result["saved"] = result["path"]  # where the fetched page was saved (reruns read it from there)
    result["path"] = path
    return result
