"""The corpus notebook's charts, headline and article picker (05_corpus), on `helpers.corpus.aggregate`.

Every chart uses the project's one style (`helpers.views.charts`): a title stating the finding, labelled
axes, a source line naming the dataset, saved as reports/figures/05_*.png.
"""
from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from helpers.corpus import build_corpus
from helpers.corpus.aggregate import (
    Corpus,
    article_choices,
    cited_percentages,
    is_dataset,
    largest_money,
    load_corpus,
    period_keyness,
    quoted_most,
    quotes_by_month,
    voices_by,
)
from helpers.views import charts
from helpers.views.notebook import project_path

def or_note(chart: Callable[..., Figure]) -> Callable[..., Figure | None]:
    """A chart that, when its data is missing (ValueError: no quotation, no percentage, an empty period),
    shows a one-line note instead of stopping Run All on a reader's dataset, and returns None."""

    @functools.wraps(chart)
    def drawn(*args: Any, **kwargs: Any) -> Figure | None:
        try:
            return chart(*args, **kwargs)
        except ValueError as error:
            from IPython.display import Markdown, display

            display(Markdown(f"*Nothing to chart: {md(error)}.*"))
            return None

    return drawn


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&~])")


def md(text: object) -> str:
    """Article text made safe inside Markdown: every Markdown and HTML character escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def open_corpus(dataset: str, inputs: str, *, jobs: int = 2, quiet: bool = False) -> Corpus:
    """The dataset at `dataset` (project-relative or absolute), built from `inputs` first when it is
    missing (with a progress bar); an interrupted build is resumed."""
    folder = project_path(dataset)
    if not is_dataset(folder) or (folder / "_partitions").is_dir() and _unfinished(folder):
        build_corpus([project_path(inputs)], folder, jobs=jobs, quiet=quiet)
    return load_corpus(folder)


def _unfinished(folder: Path) -> bool:
    """True when a build left temporary files (it was killed): resume it before reading."""
    return any(folder.glob("*/.*.tmp"))


def fmt_money(value: float, currency: str | None) -> str:
    """1.7e9, USD -> 'USD 1.7bn'."""
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"{currency or ''} {value / size:,.3g}{suffix}".strip()
    return f"{currency or ''} {value:,.0f}".strip()


def headline(corpus: Corpus) -> str:
    """The notebook's finding in Markdown, computed from the dataset (article text escaped)."""
    articles = corpus.articles
    if articles.empty:
        return "The dataset holds no article."
    dates = articles["date"].dropna()
    span = f"from {dates.min():%B %Y} to {dates.max():%B %Y}" if not dates.empty else "undated"
    parts = [f"**{len(articles):,} articles** {span}"]
    top = quoted_most(corpus, 3)
    if not top.empty:
        names = ", ".join(f"**{md(name)}** ({row.quotes} quotations in {row.articles} articles)"
                          for name, row in top.iterrows())
        parts.append(f"the voices quoted most are {names}")
    money = largest_money(corpus, 1)
    if not money.empty:
        row = money.iloc[0]
        parts.append(f"the largest sum is {md(fmt_money(row['value'], row['currency']))} "
                     f"(“{md(row['text'])}”, in *{md(row['title'])}*)")
    text = "; ".join(parts) + "."
    if not corpus.errors.empty:
        text += f" {len(corpus.errors)} inputs could not be analysed (the `errors` table says why)."
    return text


@or_note
def quoted_most_chart(corpus: Corpus, top_n: int = 15, *, name: str | None = "05_quoted_most") -> Figure:
    """Quotations per speaker across the corpus, the most quoted highlighted."""
    table = quoted_most(corpus, top_n)
    if table.empty:
        raise ValueError("no quotation with a named speaker in the dataset")
    top = table.index[0]
    return charts.barh(table["quotes"], title=f"{top} is quoted most across the corpus",
                       xlabel="Quotations (full and partial; scare quotes left out)", source=corpus.name,
                       name=name, highlight=1, integer=True,
                       note=f"{int(table.iloc[0]['articles'])} articles quote {top}")


@or_note
def quotes_by_month_chart(corpus: Corpus, top_n: int = 5, *, name: str | None = "05_quotes_by_month") -> Figure:
    """Quotations per month of the speakers quoted most overall, one line each."""
    table = quotes_by_month(corpus, top_n)
    if table.empty or not table.to_numpy().any():
        raise ValueError("no quotation with a named speaker in the dataset")
    peak_month = table.sum(axis=1).idxmax()
    leader = table.loc[peak_month].idxmax()
    fig, ax = charts.new_chart(layout="constrained")
    positions = range(len(table.index))
    for column in table.columns:
        ax.plot(positions, table[column].to_numpy(), marker="o", markersize=3, linewidth=1.5, label=column)
    step = max(1, len(table.index) // 12)
    ax.set_xticks(list(positions)[::step], list(table.index)[::step], rotation=45, ha="right")
    ax.set_ylim(bottom=0)
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(fontsize=8, loc="upper left")
    return charts.finish(fig, ax, title=f"Quotations peak in {peak_month}, led by {leader}",
                         xlabel="Month of publication", ylabel="Quotations per month", source=corpus.name,
                         name=name)


def group_column(corpus: Corpus) -> str:
    """The first of category, source and year that splits the corpus into more than one group."""
    articles = corpus.articles
    for column in ("category", "source", "year"):
        if articles[column].dropna().nunique() > 1:
            return column
    return "source"


@or_note
def voices_chart(corpus: Corpus, by: str | None = None, *, name: str | None = "05_voices") -> Figure:
    """Distinct speakers quoted per group of articles (category, source or year)."""
    by = by or group_column(corpus)
    table = voices_by(corpus, by)
    if table.empty:
        raise ValueError(f"no articles to group by {by}")
    table = table.sort_values("speakers", ascending=False, kind="stable")
    top = table.index[0]
    # The group's size beside its name: a year with two articles quotes few voices for want of articles.
    labelled = table["speakers"].set_axis([f"{group} ({n} article{'s' if n != 1 else ''})"
                                           for group, n in table["articles"].items()])
    rate = table["quotes_per_article"].fillna(0)
    return charts.barh(labelled, title=f"The {top} articles quote the most different voices",
                       xlabel=f"Distinct speakers quoted, per {by}", source=corpus.name, name=name, highlight=1,
                       integer=True, note="quotations per article: " + ", ".join(
                           f"{group} {value:.1f}" for group, value in rate.items()))


@or_note
def percentages_chart(corpus: Corpus, top_n: int = 10, *, name: str | None = "05_percentages") -> Figure:
    """The percentages cited in the most articles."""
    table = cited_percentages(corpus, top_n)
    if table.empty:
        raise ValueError("no percentage in the dataset")
    values = pd.Series(table["articles"].to_numpy(), index=[f"{v:g}%" for v in table["value"]])
    return charts.barh(values, title=f"{values.index[0]} is the percentage the most articles cite",
                       xlabel="Articles citing it", source=corpus.name, name=name, highlight=1, integer=True)


@or_note
def keyness_chart(corpus: Corpus, start: str, end: str, *, top_n: int = 15,
                  name: str | None = "05_period_keyness") -> Figure:
    """Words that rise (right) and fall (left) in a period against the rest of the corpus: Log Ratio,
    for the words with the largest log-likelihood."""
    table = period_keyness(corpus, start, end, top_n=top_n)
    if table.empty:
        raise ValueError(f"no words to compare: the period {start} to {end} or the rest is empty")
    table = table.sort_values("log_ratio")
    fig, ax = charts.new_chart((charts.SIZE[0], max(3.0, 0.3 * len(table) + 1.6)))
    colors = [charts.ACCENT if r > 0 else charts.SECOND for r in table["log_ratio"]]
    ax.barh(table["word"].astype(str), table["log_ratio"], color=colors)
    ax.axvline(0, color="#555555", linewidth=0.8)
    ax.grid(axis="y", visible=False)
    ax.legend(handles=[Patch(color=charts.ACCENT, label=f"more frequent in {start} to {end}"),
                       Patch(color=charts.SECOND, label="more frequent in the other articles")],
              loc="lower right", fontsize=8)
    rising = table[table["log_ratio"] > 0].sort_values("log_ratio", ascending=False)
    leaders = [f"“{word}”" for word in rising["word"].head(3)]
    title = (f"{', '.join(leaders[:-1])} and {leaders[-1]} rise most" if len(leaders) > 1
             else f"{leaders[0]} rises most" if leaders else "Words fall")
    return charts.finish(fig, ax, title=f"{title} in {start} to {end}",
                         xlabel="Log Ratio (binary log of the ratio of rates; right: more in the period)",
                         source=corpus.name, name=name,
                         note=f"{table.attrs.get('period_articles', 0)} articles in the period, "
                              f"{table.attrs.get('rest_articles', 0)} others; top {top_n} by log-likelihood")


def money_table(corpus: Corpus, top_n: int = 10) -> pd.DataFrame:
    """The largest sums, readable: amount, as written, article title and date."""
    table = largest_money(corpus, top_n)
    return pd.DataFrame({
        "amount": [fmt_money(v, c) for v, c in zip(table["value"], table["currency"])],
        "as written": table["text"], "article": table["title"], "published": table["published"],
    })


def article_summary(corpus: Corpus, path: str) -> Any:
    """What the picker shows for one article: its numbers in the dataset and how to open it in 00-04."""
    from IPython.display import HTML

    rows = corpus.articles[corpus.articles["path"] == path]
    if rows.empty:
        raise ValueError(f"{path} is not in the dataset")
    row = rows.iloc[0]
    article = row["article"]
    quotes = corpus.quotes[corpus.quotes["article"] == article]
    numbers = corpus.numbers[corpus.numbers["article"] == article]
    speakers = quotes["speaker"].dropna().value_counts().head(3)
    who = ", ".join(f"{html.escape(str(s))} ({n})" for s, n in speakers.items()) or "nobody named"
    links = " · ".join(f'<a href="{nb}.ipynb">{nb}</a>' for nb in
                       ("00_overview", "01_words", "02_quotes", "03_numbers", "04_vocabulary"))
    return HTML(
        f"<p><b>{html.escape(str(row['title']))}</b> ({html.escape(str(row['published']))}): "
        f"{int(row['tokens'])} tokens, {len(quotes)} quotations (most from {who}), {len(numbers)} numbers.</p>"
        f"<p>To read it in the single-article notebooks, set <code>ARTICLE = \"{html.escape(path)}\"</code> in "
        f"their parameters cell ({links}), or run <code>make report ARTICLE={html.escape(path)}</code>.</p>")


def article_picker(corpus: Corpus) -> Any:
    """A dropdown of the corpus's articles (newest first) that shows one article's summary and how to open
    it in notebooks 00-04."""
    import ipywidgets as widgets
    from IPython.display import display

    from helpers.views.controls import show_result

    choices = article_choices(corpus)
    if not choices:
        return widgets.HTML("<p>No article of this dataset is a file the single-article notebooks can open.</p>")
    dropdown = widgets.Dropdown(options=choices, value=None, description="Article",
                                layout=widgets.Layout(width="80%"))
    output = widgets.Output()

    def redraw(_change: Any = None) -> None:
        output.clear_output(wait=True)
        with output:
            if dropdown.value is not None:
                show_result(article_summary(corpus, dropdown.value))

    dropdown.observe(redraw, names="value")
    with output:
        display(widgets.HTML('<p style="color:#555;font-size:90%">Choose an article to see how to open it.</p>'))
    return widgets.VBox([dropdown, output])
