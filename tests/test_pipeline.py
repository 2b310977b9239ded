"""`pipeline.records`: DataFrame rows as JSON-ready dicts, whatever the column types; and the command line's
rows, built without the tables, are the tables' rows."""
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


# The command line writes rows built directly (`quote_rows`, `number_records`, `top_words`), not the
# tables the notebooks show; they must be the same rows as `records` makes of those tables.
ROW_TEXTS = [
    "Nothing here is counted or quoted.",
    "The council spent $4.5m and 12% more than in 2019.",  # numbers and a date: value column of objects
    "Costs rose 3% to $40 million, up 2.5%.",  # numbers only: a float64 value column
    "Thousands came, and some millions of dollars were lost.",  # values None and floats
    "“We will be there by noon,” she said. Critics called it “a farce”.",
    "On Monday, Smith said: “Ten people died in 2020.” The 'plan' failed.",
    "",
]


@pytest.mark.parametrize("text", ROW_TEXTS)
def test_command_line_rows_are_the_tables_rows(text):
    from helpers.language.segment import Document
    from helpers.load.article import from_text
    from helpers.numbers import find_numbers
    from helpers.numbers.find import number_records
    from helpers.quotes import find_quotes
    from helpers.quotes.find import quote_rows
    from helpers.words.frequency import frequency_table, top_words

    doc = Document(from_text(text, published="2021-03-04"))
    for direct, table in [(quote_rows(doc), find_quotes(doc)), (number_records(doc), find_numbers(doc)),
                          (top_words(doc), frequency_table(doc))]:
        expected = records(table)
        assert direct == expected
        assert [[type(v) for v in row.values()] for row in direct] == \
            [[type(v) for v in row.values()] for row in expected]
