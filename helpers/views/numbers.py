"""What notebooks/03_numbers.ipynb shows: the finding, the money chart, the timeline, counts by kind and
the table of every figure with its sentence. Plain functions over `find_numbers` output, tested in
tests/test_numbers_views.py; charts go through `helpers.views.charts` (the one chart style).
"""
from __future__ import annotations

import datetime as dt
import re

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure

from helpers.views import charts
from helpers.views.prose import markdown_text as md
from helpers.views.tables import Table, table
from helpers.numbers.figure import KINDS
from helpers.numbers.lexicon import MAGNITUDES
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


# Currencies of countries that count in lakhs and crores: their amounts are shown so, as their news writes them.
LAKH_CRORE_CURRENCIES = frozenset({"INR", "PKR", "NPR", "BDT"})
_LAKH_CRORE = ((1e12, " lakh crore"), (1e7, " crore"), (1e5, " lakh"))
_THOUSANDS = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


def format_amount(value: float | None, currency: str | None = None) -> str:
    """An amount the way news writes it: 18e9 USD -> "$18bn", 14e9 GBP -> "£14bn", 5e5 MYR -> "MYR 500k",
    6.04e7 INR -> "₹6.04 crore", 2.5e6 INR -> "₹25 lakh"."""
    if value is None or pd.isna(value):
        return "?"
    for size, suffix in _LAKH_CRORE if currency in LAKH_CRORE_CURRENCIES else _THOUSANDS:
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

    The notebook's kind filter calls this; `helpers.views.tables.table` shows it with the text escaped.
    """
    chosen = filter_kinds(numbers, kinds)
    rows = []
    for row in chosen.to_dict("records"):
        rows.append({"figure": row["text"], "kind": row["kind"], "value": format_value(row),
                     "counts": row["counts"] if isinstance(row.get("counts"), str) else "",
                     "sentence": sentence_text(doc, row["sentence"])})
    frame = pd.DataFrame(rows, columns=["figure", "kind", "value", "counts", "sentence"])
    return frame if frame["counts"].astype(bool).any() else frame.drop(columns=["counts"])


def kind_view(doc: Document, numbers: pd.DataFrame, kind: str = "all") -> Table:
    """The table for one kind chosen in the notebook's dropdown ("all" for every figure)."""
    return table(figures_table(doc, numbers, kind))


KIND_OPTIONS = ["all", *KINDS]


def headline(doc: Document, numbers: pd.DataFrame) -> str:
    """The finding, in one paragraph of Markdown: how many figures, of what kinds, the largest sum, the
    span of the dates."""
    if numbers.empty:
        return f"**{md(doc.article.name)}** contains no figures: no amounts, counts, percentages or dates."
    counts = kind_counts(numbers)
    top_kind, top_count = counts.index[0], int(counts.iloc[0])
    parts = [(f"The article uses **{len(numbers)} figures**; the most common kind is "
              f"{KIND_NAMES[top_kind]} ({top_count}).")]
    money = money_in_one_currency(numbers)
    if not money.empty:
        largest = money.sort_values("amount", ascending=False).iloc[0]
        parts.append(f"It names {len(money)} sum{'s' if len(money) != 1 else ''} of money; the largest is "
                     f"**{md(largest['text'])}**.")
    timeline = date_timeline(numbers)
    if len(timeline) >= 2:
        first, last = timeline.iloc[0], timeline.iloc[-1]
        parts.append(f"Its dates run from {describe_date(first['value'])} to {describe_date(last['value'])}.")
    unresolved = numbers[(numbers["kind"] == "date") & numbers["value"].isna()]
    if not doc.article.published and (numbers["kind"] == "date").any():
        parts.append("The article has no publication date, so relative dates (“on Friday”) stay unresolved.")
    elif len(unresolved):
        parts.append(f"{len(unresolved)} date{'s' if len(unresolved) != 1 else ''} too vague to pin down.")
    return " ".join(parts)


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


NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")
NP_TAGS = (*NOUN_TAGS, "JJ", "JJR", "JJS", "POS", "VBN")  # "bilateral trade", "NASA's contract", "living people"
CLAUSE_BREAKS = {",", ";", ":", "which", "that", "who", "–", "—", "(", "``", "''", "“", "”", '"'}
TAIL_WORDS = {"of", "per", "for", "a", "an", "each", "apiece"}


def _noun_run(tags: list[str], tokens: list[str], end: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase (adjectives, nouns, genitives) ending at token `end - 1`, not before `floor`."""
    if end <= floor or tags[end - 1] not in NOUN_TAGS:
        return None
    start = end - 1
    while start > floor and tags[start - 1] in NP_TAGS:
        start -= 1
    while start < end and (tags[start] not in NOUN_TAGS and tags[start] not in ("JJ", "JJR", "JJS")
                           or tokens[start].lower() in MAGNITUDES and start < end - 1):  # "[12] crore farmers"
        start += 1
    return start, end


def _first_noun_phrase(tags: list[str], tokens: list[str], start: int, end: int) -> tuple[int, int] | None:
    """The first noun phrase in tokens[start:end], with a "with/of Name" complement ("contract with SpaceX")."""
    i = start
    while i < end and tags[i] not in NOUN_TAGS:
        i += 1
    if i == end:
        return None
    j = i
    while j < end and tags[j] in NP_TAGS:
        j += 1
    k = i
    while k > start and tags[k - 1] in ("JJ", "JJR", "JJS", "NNP", "POS", "NN"):
        k -= 1
    if j + 1 < end and tokens[j].lower() in ("with", "of") and tags[j + 1] in NOUN_TAGS:
        j += 2
        while j < end and tags[j] in NOUN_TAGS:
            j += 1
    while k < j - 1 and tokens[k].lower() in MAGNITUDES:  # "12 crore farmers": the farmers
        k += 1
    return k, j


# the rest of a range after its first amount: " and $7 billion", " to 9bn"
_RANGE_REST = re.compile(r"\s+(?:and|to|-|–)\s+[^\s,;:]+?(?:\s+(?:thousand|million|billion|trillion|lakh|crore)s?)?"
                         r"(?=[\s,;:.)\"”]|$)")


def sum_label(doc: Document, start: int, end: int) -> str:
    """What a sum of money is, for a chart label, from the words around the amount at text[start:end]:
    the noun right before it ("tariffs on $18bn"), else the subject of its clause ("bilateral trade:
    $240.1bn"), plus an "of ..." phrase after it ("... of Chinese goods"). Falls back to the amount."""
    tokens, tags = doc.tokens, doc.tags
    first = next((i for i, s in enumerate(doc.starts) if s >= start), None)
    if first is None:
        return doc.text[start:end]
    last = first
    while last < len(tokens) and doc.starts[last] < end:
        last += 1
    sentence = doc.sentences[doc.token_sentence[first]]
    amount = doc.text[start:end]

    def words(a: int, b: int) -> str:
        return re.sub(r"\s+", " ", doc.text[doc.starts[a]:doc.ends[b - 1]]) if b > a else ""

    tail = ""
    if last < sentence.last_token and tokens[last] == "(":  # "$18bn (£14bn) of ...": past the conversion
        close = next((i for i in range(last, min(last + 6, sentence.last_token)) if tokens[i] == ")"), None)
        last = close + 1 if close is not None else last
    if last < sentence.last_token and tokens[last].lower() in TAIL_WORDS:
        j = last + 1
        while j < sentence.last_token and j - last <= 4 and tags[j] in (*NP_TAGS, "DT", "CD"):
            j += 1
        if tokens[last].lower() == "apiece" or j > last + 1:
            tail = " " + words(last, j if tokens[last].lower() != "apiece" else last + 1)
    if not tail and last < sentence.last_token and tags[last] in NOUN_TAGS:  # "a £7bn fund": the noun says it
        j = last
        while j < sentence.last_token and j - last < 3 and tags[j] in NOUN_TAGS:
            j += 1
        return f"{amount} {words(last, j)}"
    for gap in (0, 1, 2):  # "tariffs on $18bn", "incomes below US$10,000"
        if first - gap <= sentence.first_token:
            break
        if gap and tokens[first - gap].lower() in CLAUSE_BREAKS:
            break
        run = _noun_run(tags, tokens, first - gap, sentence.first_token)
        if run and gap <= 2 and (gap == 0 or tags[first - 1] in ("IN", "RB", "TO")):
            if tokens[first - 1].lower() in ("between", "from"):  # "costs Africa between $5 and $7 billion"
                rest = _RANGE_REST.match(doc.text, end)
                amount += rest.group() if rest else ""
            return f"{words(run[0], first)} {amount}{tail}".strip()
    clause = first
    while clause > sentence.first_token and tokens[clause - 1].lower() not in CLAUSE_BREAKS:
        clause -= 1
    for k in range(first - 1, clause, -1):  # "... in the budget and the actual number was cut to Rs 52,000 crore"
        finite = ("VBD", "VBZ", "VBP", "MD")
        if tags[k] == "CC" and tags[k + 1] in ("DT", "PRP$", *NOUN_TAGS, "JJ") \
                and any(tags[v] in finite for v in range(k + 1, first)) \
                and any(tags[v] in finite for v in range(clause, k)):
            clause = k + 1  # two clauses, each with its subject and verb: the amount's own clause
            break
    subject = _first_noun_phrase(tags, tokens, clause, first)
    if subject is None and clause > sentence.first_token and tokens[clause - 1] == "," and (
            tags[clause].startswith("VB") or tags[clause] == "MD"):
        # "Receipts, excluding borrowings, were put at ₹27.56 lakh crore": a verb after an insertion has
        # the sentence's subject, not the noun the insertion ends on
        subject = _first_noun_phrase(tags, tokens, sentence.first_token, clause)
    if subject is None and clause > sentence.first_token:  # "missions, which ran about US$1.5 billion"
        back = clause - 1
        while back > sentence.first_token and tags[back - 1] not in NOUN_TAGS:
            back -= 1
        subject = _noun_run(tags, tokens, back, sentence.first_token)
    if subject is None:
        return f"{amount}{tail}"
    return f"{words(*subject)}: {amount}{tail}"


def money_rows(doc: Document, numbers: pd.DataFrame, currency: str | None = None) -> pd.DataFrame:
    """The sums of money for the chart: one row per sum (a linked conversion once), in one currency where
    the article gives a rate, each labelled with what it is (`sum_label`: "tariffs on $18bn of Chinese
    goods"; a conversion the article gives is left to the value label)."""
    money = money_in_one_currency(numbers, currency)
    if money.empty:
        return money.assign(label=[])
    labels = []
    for row in money.to_dict("records"):
        sentence = doc.sentences[int(row["sentence"])]
        first = row["text"].split(" = ")[0]
        position = doc.text.find(first, sentence.start, sentence.end)
        labels.append(sum_label(doc, position, position + len(first)) if position >= 0 else first)
    return money.assign(label=labels)


def money_table(doc: Document, numbers: pd.DataFrame, currency: str | None = None) -> pd.DataFrame:
    """The sums behind the money chart, amounts written the news way ("$18bn"), largest first; a column
    saying which were converted at the article's own rate only when some were."""
    rows = money_rows(doc, numbers, currency).sort_values("amount", ascending=False)
    frame = pd.DataFrame({
        "sum": rows["label"],
        "as written": [t.replace(" = ", " (", 1) + ")" if " = " in t else t for t in rows["text"]],
        "amount": [format_amount(v, c) for v, c in zip(rows["amount"], rows["currency"])],
    })
    if rows["converted"].any():
        frame["converted at the article's rate"] = ["yes" if c else "" for c in rows["converted"]]
    return frame.reset_index(drop=True)


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
        # a week (or shorter period) that starts inside the zoomed days is shown whole, never cut off
        low, high = zoom
        for _, row in grouped.iterrows():
            when, days = pd.Timestamp(row["when"]), PRECISION_DAYS.get(row["precision"] or "", 0)
            if 0 < days <= 7 and low - pd.Timedelta(days=1) <= when <= high:
                high = max(high, when + pd.Timedelta(days=days))
        zoom = (low, high)
        _draw_periods(near, grouped)
        near.set_xlim(zoom[0] - pd.Timedelta(days=1.5), zoom[1] + pd.Timedelta(days=0.5))
        near.xaxis.set_major_locator(mdates.DayLocator())
        near.xaxis.set_major_formatter(mdates.DateFormatter("%a\n%-d"))
        near.tick_params(axis="x", labelsize=8)
        near.set_xlabel(f"Zoom on {zoom[1]:%B %Y}")
        ax.axvspan(zoom[0] - pd.Timedelta(days=1.5), zoom[1] + pd.Timedelta(days=1.5), color=charts.GREY,
                   alpha=0.25, lw=0)
    published = getattr(doc.article, "published", None)
    if published is not None:
        for axes in ([ax, near] if zoom else [ax]):
            day = pd.Timestamp(published)
            low, high = (mdates.num2date(x).replace(tzinfo=None) for x in axes.get_xlim())
            if low <= day <= high:
                axes.axvline(day, color="#555555", linewidth=0.9, linestyle="--", zorder=1)
                axes.text(day, 1.0, "published ", transform=axes.get_xaxis_transform(), ha="right", va="top",
                          fontsize=8, color="#555555")
    first, last = grouped.iloc[-1]["value"], grouped.iloc[0]["value"]
    title = (f"The article's dates run from {describe_date(first)} to {describe_date(last)}"
             if first != last else f"Every date in the article is {describe_date(first)}")
    return charts.finish(fig, ax, title=title, xlabel="Date (dot: a day; bar: a week, month or year)",
                         source=doc.article.name, name=name,
                         note="relative dates resolved against the publication date (dashed line)")


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


def money_view(doc: Document, numbers: pd.DataFrame):
    """What the article picker shows: the money chart (not saved), or a note when the article has no sum."""
    from IPython.display import HTML

    fig = money_chart(doc, numbers, name=None)
    return fig if fig is not None else HTML("<p style='color:#555'>The article names no sum of money.</p>")


def missed_money_note(missed: list[str]) -> str:
    """A note (Markdown) on currency signs no amount was found for, each shown in its context, escaped."""
    from helpers.views.prose import markdown_text

    shown = "; ".join(f"“{markdown_text(m.strip())}”" for m in missed[:5])
    return (f"*Note:* {len(missed)} currency sign{'s' if len(missed) != 1 else ''} with no amount found "
            f"(the chart and tables may miss a sum): {shown}.")
