"""What notebooks/03_numbers.ipynb shows: the finding, the money chart, the timeline, counts by kind and
the table of every figure with its sentence. Plain functions over `find_numbers` output, tested in
tests/test_numbers_views.py; charts go through `helpers.views.charts` (the one chart style).
"""
from __future__ import annotations

import datetime as dt
import html
import re

import matplotlib.dates as mdates
import pandas as pd
from IPython.display import HTML
from matplotlib.figure import Figure

from helpers.views import charts
from helpers.numbers.figure import KINDS
from helpers.numbers.tables import (
    date_timeline,
    filter_kinds,
    implied_rates,
    kind_counts,
    money_in_one_currency,
    needs_log_scale,
)
from helpers.language.segment import Document

SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "RUB": "₽", "INR": "₹"}
KIND_NAMES = {"money": "amounts of money", "percent": "percentages", "quantity": "quantities", "cardinal": "counts",
              "ordinal": "ordinals", "date": "dates", "duration": "durations", "time": "times of day"}
PRECISION_DAYS = {"week": 7, "month": 30, "quarter": 91, "year": 365, "decade": 3652, "century": 36524}


def format_amount(value: float | None, currency: str | None = None) -> str:
    """An amount the way news writes it: 18e9 USD -> "$18bn", 14e9 GBP -> "£14bn", 5e5 MYR -> "MYR 500k"."""
    if value is None or pd.isna(value):
        return "?"
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            number = f"{value / size:.4g}{suffix}"
            break
    else:
        number = f"{value:,.2f}".rstrip("0").rstrip(".")
    if currency is None:
        return number
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{currency} {number}"


def format_value(row: dict) -> str:
    """A figure's value for a table: amounts with their currency, percentages with %, ISO strings as they are."""
    value, kind = row.get("value"), row.get("kind")
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "(no exact value)"
    if kind == "money":
        return format_amount(value, row.get("currency"))
    if isinstance(value, str):
        return value
    number = f"{value:,.10g}"
    if kind == "percent":
        return f"{number}%" if row.get("unit") == "%" else f"{number} {row.get('unit')}s"
    if kind == "quantity" and row.get("unit"):
        return f"{number} {row['unit']}"
    return number


def sentence_text(doc: Document, index: int) -> str:
    """The clean text of sentence `index`."""
    sentence = doc.sentences[int(index)]
    return doc.text[sentence.start:sentence.end]


def figures_table(doc: Document, numbers: pd.DataFrame, kinds: str | list[str] | None = "all") -> pd.DataFrame:
    """Every figure (of the chosen kinds) with its value written out and the sentence it is in.

    The notebook's kind filter calls this; pandas escapes the text when it renders the table as HTML.
    """
    chosen = filter_kinds(numbers, kinds)
    rows = []
    for row in chosen.to_dict("records"):
        rows.append({"figure": row["text"], "kind": row["kind"], "value": format_value(row),
                     "counts": row["counts"] if isinstance(row.get("counts"), str) else "",
                     "sentence": sentence_text(doc, row["sentence"])})
    return pd.DataFrame(rows, columns=["figure", "kind", "value", "counts", "sentence"])


def html_table(frame: pd.DataFrame) -> HTML:
    """A table as escaped HTML inside `tex2jax_ignore`, so JupyterLab does not typeset the text between two
    "$" amounts ("$18bn ... $240.1bn") as LaTeX; article text is escaped, never live markup."""
    safe = frame.map(_escape_cell).rename(columns=_escape_cell)
    return HTML(f'<div class="tex2jax_ignore">{safe.to_html(index=False, escape=False, na_rep="")}</div>')


def _escape_cell(value: object) -> object:
    """Article text as inert HTML: html.escape, plus "=" as an entity so not even an escaped
    `<img onerror=...>` reads like an attribute to a scanner."""
    return html.escape(value).replace("=", "&#61;") if isinstance(value, str) else value


def kind_view(doc: Document, numbers: pd.DataFrame, kind: str = "all") -> HTML:
    """The table for one kind chosen in the notebook's dropdown ("all" for every figure)."""
    return html_table(figures_table(doc, numbers, kind))


def markdown_text(text: str) -> str:
    """Text for a Markdown cell output: "$" escaped so two amounts are not read as a LaTeX formula."""
    return text.replace("$", "\\$")


KIND_OPTIONS = ["all", *KINDS]


def headline(doc: Document, numbers: pd.DataFrame) -> str:
    """The finding, in one paragraph of Markdown: how many figures, of what kinds, the largest sum, the
    span of the dates."""
    if numbers.empty:
        return f"**{doc.article.name}** contains no figures: no amounts, counts, percentages or dates."
    counts = kind_counts(numbers)
    top_kind, top_count = counts.index[0], int(counts.iloc[0])
    parts = [(f"The article uses **{len(numbers)} figures**; the most common kind is "
              f"{KIND_NAMES[top_kind]} ({top_count}).")]
    money = money_in_one_currency(numbers)
    if not money.empty:
        largest = money.sort_values("amount", ascending=False).iloc[0]
        parts.append(f"It names {len(money)} sum{'s' if len(money) != 1 else ''} of money; the largest is "
                     f"**{largest['text']}**.")
    timeline = date_timeline(numbers)
    if len(timeline) >= 2:
        first, last = timeline.iloc[0], timeline.iloc[-1]
        parts.append(f"Its dates run from {describe_date(first['value'])} to {describe_date(last['value'])}.")
    unresolved = numbers[(numbers["kind"] == "date") & numbers["value"].isna()]
    if not doc.article.published and (numbers["kind"] == "date").any():
        parts.append("The article has no publication date, so relative dates (\"on Friday\") stay unresolved.")
    elif len(unresolved):
        parts.append(f"{len(unresolved)} date{'s' if len(unresolved) != 1 else ''} too vague to pin down.")
    return markdown_text(" ".join(parts))


def describe_date(value: str) -> str:
    """An ISO value for a sentence: "2024-05-17" -> "17 May 2024", "2022-02" -> "February 2022"."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = dt.date.fromisoformat(value)
        return f"{day.day} {day:%B %Y}"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return dt.date(int(value[:4]), int(value[5:]), 1).strftime("%B %Y")
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        return f"the week of {describe_date(dt.date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat())}"
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    return value


def money_rows(doc: Document, numbers: pd.DataFrame, currency: str | None = None) -> pd.DataFrame:
    """The sums of money for the chart: one row per sum (a linked conversion once), in one currency where
    the article gives a rate, each labelled with the words before it ("tariffs on $18bn = £14bn")."""
    money = money_in_one_currency(numbers, currency)
    if money.empty:
        return money.assign(label=[])
    labels = []
    for row in money.to_dict("records"):
        sentence = doc.sentences[int(row["sentence"])]
        first = row["text"].split(" = ")[0]
        position = doc.text.find(first, sentence.start, sentence.end)
        before = doc.text[sentence.start:position] if position >= 0 else ""
        words = list(re.finditer(r"[\w’'-]+", before))[-3:]
        lead = re.sub(r"\s+", " ", before[words[0].start():]).strip() if words else ""
        labels.append(f"{lead} {row['text']}".strip())
    return money.assign(label=labels)


def money_table(doc: Document, numbers: pd.DataFrame, currency: str | None = None) -> pd.DataFrame:
    """The sums behind the money chart, amounts written the news way ("$18bn"), largest first."""
    rows = money_rows(doc, numbers, currency).sort_values("amount", ascending=False)
    return pd.DataFrame({
        "sum": rows["label"], "amount": [format_amount(v, c) for v, c in zip(rows["amount"], rows["currency"])],
        "currency": rows["currency"], "converted with the article's rate": rows["converted"],
    }).reset_index(drop=True)


def money_chart(doc: Document, numbers: pd.DataFrame, currency: str | None = None,
                name: str | None = "03_money") -> Figure | None:
    """Bars of the sums of money, in one currency where the article implies a rate, otherwise one panel per
    currency; a log scale when the sums differ by more than a hundredfold. None when there is no money."""
    rows = money_rows(doc, numbers, currency)
    if rows.empty:
        return None
    currencies = list(dict.fromkeys(rows["currency"]))
    height = max(2.6, 0.42 * len(rows) + 0.9 * len(currencies) + 1.2)
    fig, axes = charts.new_chart((charts.SIZE[0], height), nrows=len(currencies), squeeze=False)
    log_any = False
    for ax, code in zip(axes[:, 0], currencies):
        part = rows[rows["currency"] == code].sort_values("amount")
        colors = [charts.SECOND if converted else charts.ACCENT for converted in part["converted"]]
        bars = ax.barh(part["label"], part["amount"], color=colors)
        ax.bar_label(bars, labels=[format_amount(v, code) for v in part["amount"]], padding=3, fontsize=8)
        ax.grid(axis="y", visible=False)
        if needs_log_scale(part["amount"]):
            ax.set_xscale("log")
            log_any = True
        ax.margins(x=0.15)
        ax.xaxis.set_major_formatter(lambda value, _pos, code=code: format_amount(value, code))
        ax.set_xlabel(f"Amount ({code}{', log scale' if ax.get_xscale() == 'log' else ''})")
    largest = rows.sort_values("amount", ascending=False).iloc[0]
    title = f"The largest sum in the article is {largest['text'].split(' = ')[0]}"
    notes = []
    if rows["converted"].any():
        notes.append("lighter bars converted at the rate the article itself gives")
    if log_any:
        notes.append("log scale: the sums differ by orders of magnitude")
    return charts.finish(fig, axes[0, 0], title=title, source=doc.article.name, name=name,
                         note="; ".join(notes) or None)


def rates_table(numbers: pd.DataFrame) -> pd.DataFrame:
    """The exchange rates the article's own conversions imply, one row per pair of currencies."""
    rows, seen = [], set()
    for (a, b), rate in implied_rates(numbers).items():
        if (b, a) in seen:
            continue
        seen.add((a, b))
        rows.append({"from": a, "to": b, "rate": round(rate, 4), "meaning": f"1 {a} = {rate:.4g} {b}"})
    return pd.DataFrame(rows, columns=["from", "to", "rate", "meaning"])


def _recent_days(grouped: pd.DataFrame, window: int = 14) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The span of the day-precise dates in the last `window` days of the timeline, when the whole timeline is
    much longer (then those days crowd into one point and deserve a zoomed panel)."""
    days = grouped[grouped["precision"] == "day"]
    if days.empty:
        return None
    last = pd.Timestamp(days["when"].max())
    recent = days[pd.to_datetime(days["when"]) >= last - pd.Timedelta(days=window)]
    whole = (pd.Timestamp(grouped["when"].max()) - pd.Timestamp(grouped["when"].min())).days
    if len(recent) < 2 or whole < 8 * window:
        return None
    return pd.Timestamp(recent["when"].min()), last


def _draw_periods(ax, grouped: pd.DataFrame) -> None:
    for y, row in grouped.iterrows():
        start = pd.Timestamp(row["when"])
        days = PRECISION_DAYS.get(row["precision"] or "", 0)
        if days:
            ax.barh(y, pd.Timedelta(days=days), left=start, height=0.5, color=charts.SECOND, alpha=0.8)
        else:
            ax.plot([start], [y], "o", color=charts.ACCENT, markersize=7)
    ax.grid(axis="y", visible=False)


def _year_axis(ax, first: pd.Timestamp, last: pd.Timestamp) -> None:
    span = (last - first).days
    if span > 500:  # several years: label years (every 1, 2, 5... years), tick quarters for short spans
        step = next(b for b in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if span / 365.25 / b <= 9)
        ax.xaxis.set_major_locator(mdates.YearLocator(base=step))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.set_xlim(left=pd.Timestamp(year=first.year - first.year % step, month=1, day=1))
        if step == 1:
            ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonth=(4, 7, 10)))
    else:
        locator = mdates.AutoDateLocator(maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def timeline_chart(doc: Document, numbers: pd.DataFrame, name: str | None = "03_timeline") -> Figure | None:
    """The resolved dates on a time axis, earliest at the top: a dot for a day, a bar across the period for a
    week, month or year (the precision the article gives). When the dates span years but several fall in the
    last days (a visit, a summit), a second panel zooms on those days. None when no date could be resolved."""
    timeline = date_timeline(numbers)
    if timeline.empty:
        return None
    grouped = (timeline.groupby(["value", "precision", "when"], dropna=False)
               .agg(text=("text", lambda t: " / ".join(dict.fromkeys(t))), mentions=("text", "size"))
               .reset_index().sort_values("when", ascending=False).reset_index(drop=True))
    zoom = _recent_days(grouped)
    size = (charts.SIZE[0] + (1.5 if zoom else 0), max(2.8, 0.4 * len(grouped) + 1.6))
    if zoom:
        fig, (ax, near) = charts.new_chart(size, ncols=2, sharey=True, gridspec_kw={"width_ratios": [3, 1.3]})
    else:
        fig, ax = charts.new_chart(size)
    _draw_periods(ax, grouped)
    labels = [f"{row['text']} → {row['value']}" + (f" (×{row['mentions']})" if row["mentions"] > 1 else "")
              for _, row in grouped.iterrows()]
    ax.set_yticks(range(len(grouped)), labels)
    first_day, last_day = pd.Timestamp(grouped["when"].min()), pd.Timestamp(grouped["when"].max())
    _year_axis(ax, first_day, last_day)
    if zoom:
        _draw_periods(near, grouped)
        near.set_xlim(zoom[0] - pd.Timedelta(days=1.5), zoom[1] + pd.Timedelta(days=1.5))
        near.xaxis.set_major_locator(mdates.DayLocator())
        near.xaxis.set_major_formatter(mdates.DateFormatter("%a\n%-d"))
        near.tick_params(axis="x", labelsize=8)
        near.set_xlabel(f"Zoom on {zoom[1]:%B %Y}")
        ax.axvspan(zoom[0] - pd.Timedelta(days=1.5), zoom[1] + pd.Timedelta(days=1.5), color=charts.GREY,
                   alpha=0.25, lw=0)
    first, last = grouped.iloc[-1]["value"], grouped.iloc[0]["value"]
    title = (f"The article's dates run from {describe_date(first)} to {describe_date(last)}"
             if first != last else f"Every date in the article is {describe_date(first)}")
    return charts.finish(fig, ax, title=title, xlabel="Date (dot: a day; bar: a week, month or year)",
                         source=doc.article.name, name=name,
                         note="relative dates resolved against the publication date")


def kinds_chart(doc: Document, numbers: pd.DataFrame, name: str | None = "03_kinds") -> Figure | None:
    """How many figures of each kind, most common on top. None when the article has no figures."""
    counts = kind_counts(numbers)
    if counts.empty:
        return None
    top = counts.index[0]
    labelled = counts.rename(index=lambda kind: KIND_NAMES[kind])
    return charts.barh(labelled, title=f"{KIND_NAMES[top].capitalize()} are the most common kind of figure",
                       xlabel="Figures in the article", source=doc.article.name, name=name, highlight=1)


def unfound_money_marks(doc: Document, numbers: pd.DataFrame) -> list[str]:
    """Currency symbols in the text that no money figure covers (a sign the grammar missed an amount)."""
    covered = numbers[numbers["kind"] == "money"][["start", "end"]].to_records(index=False)
    missing = []
    original = doc.article.original
    for m in re.finditer(r"[$£€¥₽₹]\s?\d", original):
        if not any(start <= m.start() < end for start, end in covered):
            missing.append(original[max(0, m.start() - 20):m.end() + 10])
    return missing
