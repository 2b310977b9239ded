"""Numbers: money, percentages, counts, ordinals, quantities, dates, durations, times. (Issue #5.)"""
from __future__ import annotations

import pandas as pd

from .segment import Document

NUMBER_COLUMNS = ["text", "kind", "value", "currency", "unit", "start", "end", "sentence"]


def find_numbers(doc: Document) -> pd.DataFrame:
    """One row per figure: NUMBER_COLUMNS, offsets into `doc.article.original`."""
    return pd.DataFrame(columns=NUMBER_COLUMNS)
