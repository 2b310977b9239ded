"""What notebooks/03_numbers.ipynb shows (helpers.views.numbers): formatting, tables, headline, charts."""
from __future__ import annotations

import datetime as dt

import matplotlib
import pandas as pd
import pytest

from helpers.views import charts
from helpers.views import numbers as V
from helpers.load.article import from_text
from helpers.numbers import find_numbers
from helpers.language.segment import Document

matplotlib.use("Agg")

TEXT = ("On Tuesday the US announced tariffs on $18bn (£14bn) of goods. Trade hit a record $240.1bn last year, "
        "and a £7bn fund opened in March. Two leaders met for 75 minutes. The fall of the empire was long ago.")


@pytest.fixture(scope="module")
def doc() -> Document:
    return Document(from_text(TEXT, published=dt.date(2024, 5, 16)))


@pytest.fixture(scope="module")
def numbers(doc) -> pd.DataFrame:
    return find_numbers(doc)


@pytest.fixture(autouse=True)
def figures_to_tmp(tmp_path, monkeypatch):
    monkeypatch.setattr(charts, "FIGURES_DIR", tmp_path)


@pytest.mark.parametrize("value,currency,text", [
    (18e9, "USD", "$18bn"), (240.1e9, "USD", "$240.1bn"), (14e9, "GBP", "£14bn"), (5e5, "MYR", "MYR 500k"),
    (2.5, "GBP", "£2.5"), (1.2e12, "EUR", "€1.2tn"), (None, "USD", "?"), (3e6, None, "3m"),
    (6.04e7, "INR", "₹6.04 crore"), (2.5e6, "INR", "₹25 lakh"), (3.4e12, "INR", "₹3.4 lakh crore"),
    (15000, "INR", "₹15,000"), (5e5, "PKR", "PKR 5 lakh"),
], ids=["dollars bn", "decimal bn", "pounds", "code", "small", "trillion", "no value", "no currency",
        "rupees crore", "rupees lakh", "lakh crore", "rupees thousands", "pakistani lakh"])
def test_format_amount(value, currency, text):
    assert V.format_amount(value, currency) == text


@pytest.mark.parametrize("row,text", [
    ({"kind": "money", "value": 18e9, "currency": "USD"}, "$18bn"),
    ({"kind": "percent", "value": 29.0, "unit": "%"}, "29%"),
    ({"kind": "percent", "value": 2.0, "unit": "percentage point"}, "2 percentage points"),
    ({"kind": "quantity", "value": 5.0, "unit": "km"}, "5 km"),
    ({"kind": "date", "value": "2024-05-17"}, "2024-05-17"),
    ({"kind": "cardinal", "value": None}, "(no exact value)"),
    ({"kind": "cardinal", "value": 10000.0}, "10,000"),
], ids=["money", "percent", "points", "quantity", "date", "vague", "count"])
def test_format_value(row, text):
    assert V.format_value(row) == text


@pytest.mark.parametrize("value,text", [
    ("2024-05-17", "17 May 2024"), ("2022-02", "February 2022"), ("2024-W20", "the week of 13 May 2024"),
    ("195", "the 1950s"), ("2023", "2023"),
], ids=["day", "month", "week", "decade", "year"])
def test_describe_date(value, text):
    assert V.describe_date(value) == text


def test_figures_table_has_sentences_and_nouns(doc, numbers):
    table = V.figures_table(doc, numbers)
    assert list(table.columns) == ["figure", "kind", "value", "counts", "sentence"]
    assert "counts" not in V.figures_table(doc, numbers, "money").columns  # no empty column for readers
    two = table[table["figure"] == "Two"].iloc[0]
    assert two["counts"] == "leaders" and two["sentence"].startswith("Two leaders met")
    assert (table["counts"] == "").any()  # no NaN shown for figures that count nothing


@pytest.mark.parametrize("kind,figures", [
    ("money", ["$18bn", "£14bn", "$240.1bn", "£7bn"]),
    ("date", ["Tuesday", "last year", "March"]),
    ("duration", ["75 minutes"]),
    ("percent", []),
], ids=["money", "date", "duration", "none of that kind"])
def test_kind_view_filters(doc, numbers, kind, figures):
    assert list(V.figures_table(doc, numbers, kind)["figure"]) == figures
    html = V.kind_view(doc, numbers, kind)._repr_html_()
    assert html.startswith('<div class="tex2jax_ignore mathjax_ignore">')
    assert all(f">{figure}</td>" in html for figure in figures)


@pytest.mark.parametrize("text, label", [
    ("Bilateral trade hit a record $240.1bn last year.", "Bilateral trade: $240.1bn"),
    ("The US announced tariffs on $18bn (£14bn) of Chinese goods.", "tariffs on $18bn of Chinese goods"),
    ("NASA's contract with Boeing is valued at US$4.2 billion.", "NASA's contract with Boeing: US$4.2 billion"),
    ("The missions, which ran about US$1.5 billion apiece, ended.", "missions: US$1.5 billion apiece"),
    ("A £7bn fund opened.", "£7bn fund"),
    ("The total receipts of the state, excluding borrowings, were estimated at ₹27.56 lakh crore.",
     "total receipts: ₹27.56 lakh crore"),
    ("Sales in Europe, hit by the strike, will reach €3bn.", "Sales: €3bn"),
    ("It was not in the budget and the actual sum was cut to Rs 52,000 crore.", "actual sum: Rs 52,000 crore"),
    ("Trade and investment hit a record $240.1bn last year.", "Trade: $240.1bn"),  # not cut at "and"
    ("About 12 crore farmers getting Rs 6,000 each is not small.", "farmers: Rs 6,000"),
    ("The use of other currencies costs Africa between $5 and $7 billion a year.",
     "Africa between $5 and $7 billion"),
], ids=["subject of the clause", "noun before and of-phrase after", "subject with its complement",
        "subject before a relative clause", "noun after the amount", "subject past an insertion",
        "subject past an insertion, modal verb", "subject of a coordinated clause", "coordinated subject",
        "no magnitude word opens a label", "the first amount of a range shows the range"])
def test_sum_label_says_what_the_sum_is(text, label):
    doc = Document(from_text(text))
    money = find_numbers(doc)
    first = money[money["kind"] == "money"].iloc[0]
    assert V.sum_label(doc, int(first["start"]), int(first["end"])) == label  # clean text = original here


def test_headline_states_count_largest_sum_and_date_span(doc, numbers):
    text = V.headline(doc, numbers)
    assert f"**{len(numbers)} figures**" in text
    assert "the largest is **\\$240\\.1bn**" in text
    assert "from January 2023" not in text and "2023 to 14 May 2024" in text


def test_headline_without_figures():
    empty = Document(from_text("Nothing here to count at all."))
    assert "no figures" in V.headline(empty, find_numbers(empty))


def test_money_rows_say_what_each_sum_is(doc, numbers):
    rows = V.money_rows(doc, numbers, "USD")
    assert list(rows["label"]) == ["tariffs on $18bn of goods", "Trade: $240.1bn", "£7bn fund"]
    assert rows["converted"].tolist() == [False, False, True]


def test_money_table_and_rates(doc, numbers):
    table = V.money_table(doc, numbers, "USD")
    assert table["amount"].tolist() == ["$240.1bn", "$18bn", "$9bn"]
    rates = V.rates_table(numbers)
    assert len(rates) == 1 and rates.iloc[0]["rate"] == pytest.approx(round(14 / 18, 4))


def test_charts_are_drawn_and_saved(doc, numbers, tmp_path):
    money = V.money_chart(doc, numbers, name="03_test_money")
    timeline = V.timeline_chart(doc, numbers, name="03_test_timeline")
    kinds = V.kinds_chart(doc, numbers, name="03_test_kinds")
    assert money is not None and timeline is not None and kinds is not None
    assert "$240.1bn" in money.axes[0].get_title(loc="left")
    assert timeline.axes[0].get_title(loc="left").startswith("The article's dates run from 2023")
    assert sorted(p.name for p in tmp_path.glob("*.png")) == ["03_test_kinds.png", "03_test_money.png",
                                                             "03_test_timeline.png"]


def test_money_in_several_currencies_without_rate_gets_one_panel_each(tmp_path):
    doc = Document(from_text("It cost $5m here and 300m yen there, and $7m more."))
    fig = V.money_chart(doc, find_numbers(doc), name=None)
    assert len(fig.axes) == 2


def test_log_scale_when_sums_differ_by_orders_of_magnitude():
    doc = Document(from_text("A ticket costs $5 while the project costs $18bn."))
    fig = V.money_chart(doc, find_numbers(doc), name=None)
    assert fig.axes[0].get_xscale() == "log"


def test_charts_are_none_without_data():
    doc = Document(from_text("Nothing here to count at all."))
    numbers = find_numbers(doc)
    assert V.money_chart(doc, numbers) is None
    assert V.timeline_chart(doc, numbers) is None
    assert V.kinds_chart(doc, numbers) is None


def test_unfound_money_marks(doc, numbers):
    assert V.unfound_money_marks(doc, numbers) == []
    assert V.unfound_money_marks(doc, numbers.iloc[0:0]) != []


def test_a_label_with_two_dollar_signs_is_drawn_as_written():
    """matplotlib reads text between two "$" as mathematics; a sum's label is news text, drawn as written."""
    doc = Document(from_text("The use of other currencies costs Africa between $5 and $7 billion a year, and "
                             "the bloc is worth US$3.4 trillion."))
    fig = V.money_chart(doc, find_numbers(doc), name=None)
    charts.render_png(fig)
    labels = [t for t in fig.axes[0].get_yticklabels() if "$5 and $7" in t.get_text()]
    assert labels and not any(t.get_parse_math() for t in labels)
