"""`pipeline.records`: DataFrame rows as JSON-ready dicts, whatever the column types."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from helpers.pipeline import records


@pytest.mark.parametrize("column, expected", [
    (pd.Series([1, 2], dtype="int64"), [1, 2]),
    (pd.Series([True, False]), [True, False]),
    (pd.Series([1.5, np.nan]), [1.5, None]),
    (pd.Series(["a", None], dtype="str"), ["a", None]),
    (pd.Series([3, None], dtype="Int64"), [3, None]),
    (pd.Series([np.float64(2.0), np.int64(7), np.bool_(True), "P2D", None, np.nan], dtype=object),
     [2.0, 7, True, "P2D", None, None]),
    (pd.Series([pd.NaT, pd.NA, "x"], dtype=object), [None, None, "x"]),
    (pd.Series([["a", "b"], None], dtype=object), [["a", "b"], None]),
], ids=["int", "bool", "float with NaN", "strings with NaN", "nullable int with NA",
        "object with numpy scalars", "object with NaT and NA", "object with lists"])
def test_records_give_python_values_and_none_for_missing(column, expected):
    rows = records(pd.DataFrame({"c": column}))
    assert [row["c"] for row in rows] == expected
    assert [type(row["c"]) for row in rows] == [type(value) for value in expected]  # no numpy scalar left
    json.dumps(rows)  # JSON-ready


@pytest.mark.parametrize("frame, expected", [
    (pd.DataFrame({"a": [], "b": []}), []),
    (pd.DataFrame(index=[0, 1]), [{}, {}]),
    (pd.DataFrame({"b": [1], "a": ["x"]}), [{"b": 1, "a": "x"}]),
], ids=["no rows", "no columns", "column order kept"])
def test_records_shapes(frame, expected):
    rows = records(frame)
    assert rows == expected and [list(row) for row in rows] == [list(row) for row in expected]


def test_records_leave_the_frame_and_its_attrs_alone():
    frame = pd.DataFrame({"word": ["talk"], "count": [2]})
    frame.attrs["stopwords"] = ["the", "a"]
    assert records(frame) == [{"word": "talk", "count": 2}]
    assert frame.attrs == {"stopwords": ["the", "a"]} and frame["count"].dtype == "int64"
