"""Tables of the figures found (`helpers.numbers.find`): by kind, money in one currency, implied exchange
rates, the dates on a timeline."""
from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from helpers.numbers.figure import KINDS


def filter_kinds(numbers: pd.DataFrame, kinds: list[str] | tuple[str, ...] | str | None = None) -> pd.DataFrame:
    """The figures of the given kinds (all when `kinds` is None or "all"), in reading order.

    The notebook's kind filter (an ipywidgets control) calls this.
    """
    if kinds is None or kinds == "all":
        return numbers.reset_index(drop=True)
    if isinstance(kinds, str):
        kinds = [kinds]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kind(s) {sorted(unknown)}; expected some of {KINDS}")
    return numbers[numbers["kind"].isin(kinds)].reset_index(drop=True)


def kind_counts(numbers: pd.DataFrame) -> pd.Series:
    """How many figures of each kind, most frequent first (kinds never found are left out)."""
    return numbers["kind"].value_counts().rename("figures")


def implied_rates(numbers: pd.DataFrame) -> dict[tuple[str, str], float]:
    """Exchange rates the article itself implies by its linked pairs: {("GBP", "USD"): 1.2857, ...}.

    "$18bn (£14bn)" says one pound is 18/14 dollars. Several pairs of the same currencies are averaged.
    """
    money = numbers[(numbers["kind"] == "money") & numbers["link"].notna() & numbers["value"].notna()]
    rates: dict[tuple[str, str], list[float]] = {}
    for _, group in money.groupby("link"):
        rows = group.to_dict("records")
        for a in rows:
            for b in rows:
                if a["currency"] != b["currency"] and a["value"] and b["value"]:
                    rates.setdefault((a["currency"], b["currency"]), []).append(b["value"] / a["value"])
    return {pair: sum(values) / len(values) for pair, values in rates.items()}


def money_in_one_currency(numbers: pd.DataFrame, currency: str | None = None) -> pd.DataFrame:
    """The sums of money of an article, one row per sum, in one currency where the article allows.

    A linked conversion ("$18bn (£14bn)") is one sum, shown once. Amounts in other currencies are
    converted with the rate the article itself implies when it gives one; the others keep their own
    currency (`converted` False). `currency` defaults to the most frequent one.
    Columns: text, amount, currency, converted, sentence.
    """
    money = numbers[(numbers["kind"] == "money") & numbers["value"].notna()].copy()
    if money.empty:
        return pd.DataFrame(columns=["text", "amount", "currency", "converted", "sentence"])
    target = currency or money["currency"].value_counts().index[0]
    rates = implied_rates(numbers)
    rows, seen_links = [], set()
    for row in money.to_dict("records"):
        link = row["link"]
        if not pd.isna(link):
            if link in seen_links:
                continue
            seen_links.add(link)
            group = money[money["link"] == link]
            same = group[group["currency"] == target]
            if not same.empty:
                first = same.iloc[0]
                text = " = ".join(group["text"])
                rows.append({"text": text, "amount": float(first["value"]), "currency": target,
                             "converted": first["text"] != row["text"], "sentence": row["sentence"]})
                continue
        if row["currency"] == target:
            rows.append({"text": row["text"], "amount": float(row["value"]), "currency": target,
                         "converted": False, "sentence": row["sentence"]})
        elif (row["currency"], target) in rates:
            rows.append({"text": row["text"], "amount": float(row["value"]) * rates[(row["currency"], target)],
                         "currency": target, "converted": True, "sentence": row["sentence"]})
        else:
            rows.append({"text": row["text"], "amount": float(row["value"]), "currency": row["currency"],
                         "converted": False, "sentence": row["sentence"]})
    return pd.DataFrame(rows, columns=["text", "amount", "currency", "converted", "sentence"])


def needs_log_scale(amounts: pd.Series, ratio: float = 100.0) -> bool:
    """True when the largest amount is more than `ratio` times the smallest: a linear axis would hide it."""
    positive = amounts[amounts > 0]
    return bool(len(positive) > 1 and positive.max() / positive.min() > ratio)


def date_timeline(numbers: pd.DataFrame) -> pd.DataFrame:
    """The dates with a resolved value, as points in time for a timeline: text, value, precision, when
    (the first day of the period), sentence; earliest first."""
    dates = numbers[(numbers["kind"] == "date") & numbers["value"].notna()].copy()
    dates["when"] = [period_start(v) for v in dates["value"]]
    dates = dates[dates["when"].notna()]
    return dates[["text", "value", "precision", "when", "sentence"]].sort_values("when").reset_index(drop=True)


def period_start(value: str) -> dt.date | None:
    """The first day of an ISO 8601 date, month, week, quarter, year, decade or century (None if partial)."""
    if not isinstance(value, str) or value.startswith("--"):
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return dt.date(int(value[:4]), int(value[5:]), 1)
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if quarter:
        return dt.date(int(quarter[1]), 3 * int(quarter[2]) - 2, 1)
    if re.fullmatch(r"\d{4}(?:/\d{4})?", value):  # a year, or a fiscal or season year ("2016/2017")
        return dt.date(int(value[:4]), 1, 1)
    if re.fullmatch(r"\d{3}", value):
        return dt.date(int(value) * 10, 1, 1)
    if re.fullmatch(r"\d{2}", value):
        return dt.date(max(int(value) * 100, 1), 1, 1)
    return None
