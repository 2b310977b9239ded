"""The one table style (helpers/views/tables.py) and the prose helpers (helpers/views/prose.py)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.views import prose, tables

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize("value, expected", [
    (26.622296, "26.62"),
    (np.float64(0.5), "0.50"),
    (1234567, "1,234,567"),
    (np.int64(16), "16"),
    (True, "yes"),
    (np.bool_(False), "no"),
    (None, ""),
    (float("nan"), ""),
    (pd.NA, ""),
    ("2024-05-14", "2024-05-14"),
], ids=["float rounded", "numpy float", "thousands", "numpy int", "True", "numpy False", "None", "NaN", "NA",
        "ISO date untouched"])
def test_cell_text(value, expected):
    assert tables.cell_text(value) == expected


def test_table_escapes_article_text_and_hides_a_range_index():
    page = tables.table(pd.DataFrame({"sentence": [HOSTILE, "x" * 200], "n": [1, 2]}))._repr_html_()
    assert "<img" not in page and "onerror=" not in page and "&lt;img src&#61;x" in page
    assert "x" * 200 in page  # never truncated
    assert "<th" in page and ">0<" not in page  # no 0-based index column
    assert "mathjax_ignore" in page and "tex2jax_ignore" in page


def test_table_keeps_a_meaningful_index_and_aligns_columns():
    frame = pd.DataFrame({"words": [12, 3]}, index=pd.Index(["Ann", "Bo"], name="speaker"))
    page = tables.table(frame)._repr_html_()
    assert ">speaker</th>" in page and ">Ann</td>" in page
    assert 'text-align:right;white-space:nowrap">12<' in page  # numbers right-aligned
    assert 'text-align:left;white-space:nowrap">Ann<' in page  # short text never wraps (ISO dates, names)


def test_table_long_text_wraps_and_plain_text_has_no_index():
    frame = pd.DataFrame({"sentence": ["a long sentence " * 5]})
    assert "white-space:normal" in tables.table(frame)._repr_html_()
    assert repr(tables.table(pd.DataFrame({"a": [1.5]}))).split() == ["a", "1.50"]


def test_table_output_is_the_same_on_every_run():
    frame = pd.DataFrame({"a": [1.0, 2.0], "b": ["x", "y"]})
    assert tables.table(frame)._repr_html_() == tables.table(frame.copy())._repr_html_()


@pytest.mark.parametrize("items, expected", [
    ([], ""), (["A"], "A"), (["A", "B"], "A and B"), (["A", "B", "C"], "A, B and C"),
], ids=["none", "one", "two", "three"])
def test_join(items, expected):
    assert prose.join(items) == expected


@pytest.mark.parametrize("text, must_not, must", [
    (HOSTILE, ["<img", "onerror="], ["&lt;img"]),
    ("**bold** _it_", ["**bold**"], ["\\*\\*bold\\*\\*"]),
    ("$18bn and $240bn", ["$18bn and $"], ["\\$18bn"]),
    ("[link](javascript:alert(1))", ["](javascript"], ["\\[link\\]"]),
    ("Tom & Jerry's", ["& J"], ["&amp;", "&#x27;"]),
], ids=["html", "emphasis", "dollars are not maths", "links", "entities stay entities"])
def test_markdown_text_is_inert(text, must_not, must):
    escaped = prose.markdown_text(text)
    assert not [m for m in must_not if m in escaped]
    assert all(m in escaped for m in must)


def test_markdown_text_renders_back_to_the_text():
    import html

    import mistune  # what nbconvert renders Markdown with

    for text in (HOSTILE, "**x** $1 [a](b) 5 < 6 & 7", "“best friend”"):
        rendered = mistune.html(prose.markdown_text(text))
        assert html.unescape(rendered.strip().removeprefix("<p>").removesuffix("</p>")) == text
