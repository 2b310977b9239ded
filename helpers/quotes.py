"""Quotations and their speakers. (Issue #4 fills this in; the interface is fixed.)"""
from __future__ import annotations

import pandas as pd

from .segment import Document

QUOTE_COLUMNS = ["text", "speaker", "cue", "kind", "start", "end", "sentence", "paragraph"]


def find_quotes(doc: Document) -> pd.DataFrame:
    """One row per quotation: QUOTE_COLUMNS, offsets into `doc.article.original`, marks included."""
    return pd.DataFrame(columns=QUOTE_COLUMNS)
