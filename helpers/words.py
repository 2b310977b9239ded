"""Word frequencies. (Issue #3 extends this; `frequency_table` is used by the command line.)"""
from __future__ import annotations

import pandas as pd
from nltk import FreqDist

from .segment import Document

def frequency_table(doc: Document, top_n: int | None = 20) -> pd.DataFrame:
    """Content words by count, with their rate per 1,000 words (case-folded, stopwords out)."""
    from nltk.corpus import stopwords

    stop = set(stopwords.words("english"))
    words = [t.lower() for t in doc.tokens if t[0].isalpha()]
    counts = FreqDist(w for w in words if w not in stop)
    rows = counts.most_common(top_n)
    frame = pd.DataFrame(rows, columns=["word", "count"])
    frame["per_1000"] = frame["count"] * 1000 / max(len(words), 1)
    return frame
