"""What the quotation tests share: the one row of `find_quotes` whose text is a given quotation, and its speaker."""
from __future__ import annotations

import pandas as pd

from helpers.language.segment import Document
from helpers.load.article import from_text
from helpers.quotes import find_quotes


def quote_row(text: str, quote: str) -> pd.Series:
    """The row of the quotation `quote` in `text`; it must be found exactly once."""
    frame = find_quotes(Document(from_text(text)))
    rows = frame[frame["text"] == quote]
    assert len(rows) == 1, f"{quote!r} not found once in {list(frame['text'])}"
    return rows.iloc[0]


def speaker_of(text: str, quote: str) -> str | None:
    """The speaker `find_quotes` gives the quotation `quote` in `text`."""
    return quote_row(text, quote)["speaker"]
