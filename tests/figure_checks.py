"""What the number tests share: an article's figures as rows whose spans are checked against the text, and
value comparison with a float tolerance."""
from __future__ import annotations

import datetime as dt

from helpers.language.segment import Document
from helpers.load.article import from_text
from helpers.numbers import find_numbers


def figure_rows(text: str, published: dt.date | None) -> list[dict]:
    """`find_numbers` rows of a text published on `published`; every span must be the text it reports."""
    doc = Document(from_text(text, published=published))
    rows = find_numbers(doc).to_dict("records")
    for row in rows:
        assert doc.article.original[row["start"]:row["end"]] == row["text"]
    return rows


def same(got, expected) -> bool:
    """Equal values: floats within 1e-9 relative, None also for NaN (a float column's empty cell)."""
    if isinstance(expected, float):
        return isinstance(got, float) and abs(got - expected) <= 1e-9 * max(1.0, abs(expected))
    if expected is None:
        return got is None or got != got
    return got == expected
