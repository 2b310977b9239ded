"""The one way a table is shown to a reader, in every notebook and report.

`table(frame)` gives an object Jupyter shows as HTML (and as plain text where HTML is not rendered):
- article text escaped, never live markup: `html.escape` plus "=" as an entity, so not even an escaped
  `<img onerror=...>` reads like an attribute to a scanner;
- no 0-based index (a frame whose index means something, such as speakers, shows it as a first column);
- text left-aligned, numbers right-aligned with thousands separators and a fixed number of decimals;
  True/False written "yes"/"no"; missing values blank;
- short cells (ISO dates such as 2024-05-14, names, amounts) never wrap; long ones (sentences) wrap in a
  column wide enough to read;
- marked `tex2jax_ignore mathjax_ignore`, so Jupyter does not typeset the text between two "$" amounts
  ("$18bn ... $240.1bn") as LaTeX.
The HTML depends only on the frame (no random ids), so rerunning a cell gives the same output.
"""
from __future__ import annotations

import html
import math
import numbers as _numbers
from collections.abc import Mapping
from typing import Any

import pandas as pd

# HTML classes that stop MathJax from typesetting "$18bn ... $240.1bn" as maths: JupyterLab 4 (MathJax 3)
# skips `mathjax_ignore`, classic Jupyter and nbconvert pages (MathJax 2) skip `tex2jax_ignore`.
NO_MATHS = "tex2jax_ignore mathjax_ignore"
SHORT = 32  # characters: a column whose cells are all this short never wraps
DECIMALS = 2


def escape(value: Any) -> str:
    """Article text as inert HTML."""
    return html.escape(str(value)).replace("=", "&#61;")


def cell_text(value: Any, decimals: int = DECIMALS) -> str:
    """A value as a reader should see it: 1,234; 26.62; yes/no; blank for missing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and math.isnan(value):
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        value = value.item()
        if isinstance(value, bool):
            return "yes" if value else "no"
    if isinstance(value, _numbers.Integral):
        return f"{value:,}"
    if isinstance(value, _numbers.Real):
        return f"{value:,.{decimals}f}"
    return str(value)


class Table:
    """A frame for reading (see the module docstring). `decimals`: per-column decimals for floats."""

    def __init__(self, frame: pd.DataFrame, *, index: bool | None = None, header: bool = True,
                 decimals: Mapping[str, int] | None = None, caption: str = "") -> None:
        if index is None:  # a RangeIndex is only row numbers: a reader does not need them
            index = not isinstance(frame.index, pd.RangeIndex)
        self.frame = frame.reset_index() if index else frame.reset_index(drop=True)
        if index and self.frame.columns[0] == "index":
            self.frame = self.frame.rename(columns={"index": ""})
        self.header = header
        self.decimals = dict(decimals or {})
        self.caption = caption

    def cells(self) -> list[list[str]]:
        return [[cell_text(v, self.decimals.get(str(c), DECIMALS)) for c, v in zip(self.frame.columns, row)]
                for row in self.frame.itertuples(index=False, name=None)]

    def _numeric(self, column: Any) -> bool:
        series = self.frame[column]
        return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)

    def _repr_html_(self) -> str:
        rows = self.cells()
        styles = []
        for i, column in enumerate(self.frame.columns):
            longest = max((len(r[i]) for r in rows), default=0)
            if self._numeric(column):
                styles.append("text-align:right;white-space:nowrap")
            elif longest <= SHORT:
                styles.append("text-align:left;white-space:nowrap")
            else:
                styles.append("text-align:left;min-width:22em;white-space:normal")
        head = ""
        if self.header:
            head = "<thead><tr>" + "".join(
                f'<th style="{s.split(";")[0]}">{escape(c)}</th>' for c, s in zip(self.frame.columns, styles)
            ) + "</tr></thead>"
        body = "".join("<tr>" + "".join(f'<td style="{s}">{escape(v)}</td>' for v, s in zip(r, styles)) + "</tr>"
                       for r in rows)
        caption = f"<caption>{escape(self.caption)}</caption>" if self.caption else ""
        return (f'<div class="{NO_MATHS}"><table class="dataframe reader-table">{caption}{head}'
                f"<tbody>{body}</tbody></table></div>")

    def __repr__(self) -> str:
        if self.frame.empty:
            return "(empty table)"
        shown = pd.DataFrame(self.cells(), columns=[str(c) for c in self.frame.columns])
        return shown.to_string(index=False, header=self.header)


def table(frame: pd.DataFrame, **options: Any) -> Table:
    """`Table(frame, **options)`: what a notebook cell or a control shows for a table."""
    return Table(frame, **options)
