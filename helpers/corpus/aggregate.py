"""The corpus notebook's questions, answered from the dataset's tables with pandas (no plotting here).

    corpus = load_corpus("reports/corpus")
    quoted_most(corpus)                  # who is quoted most
    quotes_by_month(corpus)              # ... and month by month
    voices_by(corpus, "category")        # quoted voices per source or category
    largest_money(corpus), cited_percentages(corpus)
    period_keyness(corpus, "2020-01", "2020-12")   # words that rise in a period against the rest

Each table is one pandas DataFrame read from `DIR/<table>/` (`pandas.read_parquet`); a dataset larger than
memory reads the same folders with `dask.dataframe.read_parquet("DIR/quotes")`, and these functions work on
any frame with the same columns.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.corpus.tables import SCHEMAS, TABLES

SPEECH = ("full", "partial")  # quote kinds that are someone's words (a scare-quoted `term` is not)


@dataclass
class Corpus:
    """The dataset's tables as pandas frames, and where they were read from."""

    folder: Path
    articles: pd.DataFrame
    quotes: pd.DataFrame
    turns: pd.DataFrame  # transcript turns: speaker, label, text, offsets (helpers.language.transcript)
    numbers: pd.DataFrame
    names: pd.DataFrame
    words: pd.DataFrame
    errors: pd.DataFrame

    @property
    def name(self) -> str:
        """A short name for source lines: the dataset's folder and its size."""
        return f"{self.folder.name} ({len(self.articles):,} articles)"


def read_table(folder: str | os.PathLike, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One table of a dataset (an empty frame with the right columns when it has no file yet)."""
    path = Path(folder) / table
    files = sorted(path.glob("*.parquet")) if path.is_dir() else []
    if not files:
        return SCHEMAS[table].empty_table().to_pandas()[columns or SCHEMAS[table].names]
    return pd.read_parquet(path, columns=columns)


def is_dataset(folder: str | os.PathLike) -> bool:
    """True when `folder` holds a built dataset (at least its articles table)."""
    return any((Path(folder) / "articles").glob("*.parquet"))


def load_corpus(folder: str | os.PathLike) -> Corpus:
    """Every table of the dataset at `folder`; articles get `date`, `month` (YYYY-MM) and `year` from
    `published`."""
    frames = {table: read_table(folder, table) for table in TABLES}
    articles = frames["articles"]
    published = pd.to_datetime(articles["published"], errors="coerce", format="ISO8601")
    articles = articles.assign(date=published, month=published.dt.strftime("%Y-%m"),
                               year=published.dt.strftime("%Y"))
    frames["articles"] = articles.sort_values(["date", "article"], kind="stable").reset_index(drop=True)
    return Corpus(Path(folder), **frames)


def _with_articles(frame: pd.DataFrame, corpus: Corpus, columns: list[str]) -> pd.DataFrame:
    """`frame` with columns of its articles; an article with no title (a plain text file) is named by its id."""
    merged = frame.merge(corpus.articles[["article", *columns]], on="article", how="left", validate="many_to_one")
    if "title" in columns:
        merged["title"] = merged["title"].fillna(merged["article"])
    return merged


def same_speakers(names: pd.Series) -> dict[str, str]:
    """Speaker names merged across articles: a name that ends with another speaker's name of two words or
    more is that speaker with a title or place in front ("United States President Donald Trump",
    "Vermont Bernie Sanders" -> "Donald Trump", "Bernie Sanders"). Returns {name: merged name}."""
    known = set(names.dropna().unique())
    merged = {}
    for name in known:
        words = name.split()
        for start in range(1, len(words) - 1):  # the longest shorter name first
            tail = " ".join(words[start:])
            if tail in known:
                merged[name] = tail
                break
    return merged


def speeches(corpus: Corpus) -> pd.DataFrame:
    """Quotations that are someone's words, with a named speaker (merged across articles by
    `same_speakers`), and their quoted words counted."""
    quotes = corpus.quotes
    quotes = quotes[quotes["kind"].isin(SPEECH) & quotes["speaker"].notna()]
    speaker = quotes["speaker"].replace(same_speakers(quotes["speaker"]))
    return quotes.assign(speaker=speaker, words=quotes["text"].str.split().str.len().fillna(0).astype(int))


def quoted_most(corpus: Corpus, top_n: int = 15) -> pd.DataFrame:
    """Speakers by number of quotations across the corpus: quotes, quoted words, articles they speak in."""
    quotes = speeches(corpus)
    table = quotes.groupby("speaker").agg(quotes=("text", "size"), words=("words", "sum"),
                                          articles=("article", "nunique"))
    table = table.sort_values(["quotes", "words"], ascending=False, kind="stable")
    return table.head(top_n)


def quotes_by_month(corpus: Corpus, top_n: int = 5) -> pd.DataFrame:
    """Quotations per month (rows, YYYY-MM) of the `top_n` speakers quoted most overall (columns); every
    month of the corpus is a row, zero when none of them was quoted."""
    top = list(quoted_most(corpus, top_n).index)
    quotes = _with_articles(speeches(corpus), corpus, ["month"])
    quotes = quotes[quotes["speaker"].isin(top)]
    table = quotes.pivot_table(index="month", columns="speaker", values="text", aggfunc="size", fill_value=0)
    months = sorted(corpus.articles["month"].dropna().unique())
    table = table.reindex(index=months, columns=top, fill_value=0)
    table.columns.name = None
    return table.astype(int)


def voices_by(corpus: Corpus, by: str = "category") -> pd.DataFrame:
    """Per value of an articles column (`category`, `source`): articles, quotations, distinct speakers,
    and quotations per article. A multi-valued category ("economy, politics") counts in each."""
    articles = corpus.articles[["article", by]].copy()
    articles[by] = articles[by].fillna("(none)").astype(str).str.split(r",\s*")
    articles = articles.explode(by)
    quotes = speeches(corpus).merge(articles, on="article")
    table = pd.DataFrame({
        "articles": articles.groupby(by)["article"].nunique(),
        "quotes": quotes.groupby(by)["text"].size(),
        "speakers": quotes.groupby(by)["speaker"].nunique(),
    }).fillna(0).astype(int)
    table["quotes_per_article"] = table["quotes"] / table["articles"].where(table["articles"] > 0)
    return table.sort_values("quotes", ascending=False, kind="stable")


def top_currency(corpus: Corpus) -> str | None:
    """The currency of most money amounts in the corpus (amounts in different currencies do not compare)."""
    money = corpus.numbers[corpus.numbers["kind"] == "money"]["currency"].dropna()
    return money.value_counts().index[0] if not money.empty else None


def largest_money(corpus: Corpus, top_n: int = 10, currency: str | None = None) -> pd.DataFrame:
    """The largest sums of money in one currency (default: the most common one), with their article.

    An amount and its conversion ("$18bn (£14bn)") are two rows of the numbers table; only the one in
    `currency` is kept, and the same amount in the same article is listed once."""
    currency = currency or top_currency(corpus)
    numbers = corpus.numbers
    money = numbers[(numbers["kind"] == "money") & (numbers["currency"] == currency) & numbers["value"].notna()]
    money = _with_articles(money, corpus, ["title", "published"])
    money = money.drop_duplicates(["article", "value"]).sort_values("value", ascending=False, kind="stable")
    table = money[["value", "currency", "text", "title", "published", "article"]].head(top_n)
    return table.reset_index(drop=True)


def cited_percentages(corpus: Corpus, top_n: int = 10) -> pd.DataFrame:
    """Percentages by how many articles cite them (value, articles, mentions, one example article)."""
    numbers = corpus.numbers
    percents = numbers[(numbers["kind"] == "percent") & numbers["value"].notna()]
    percents = _with_articles(percents, corpus, ["title"])
    table = percents.groupby("value").agg(articles=("article", "nunique"), mentions=("text", "size"),
                                          example=("title", "first"))
    table = table.sort_values(["articles", "mentions"], ascending=False, kind="stable").head(top_n)
    return table.reset_index()


def period_keyness(corpus: Corpus, start: str, end: str, *, top_n: int = 15, min_count: int = 5,
                   min_articles: int = 3, direction: str = "both") -> pd.DataFrame:
    """Words that rise (log ratio > 0) or fall in the articles published from `start` to `end` (YYYY-MM
    or YYYY-MM-DD, inclusive), against all other articles: log-likelihood G² and Log Ratio, as the
    single-article keyness (`helpers.keyness`) computes them, on the words table's counts (stopwords out).

    Columns: word, period, rest, period_per_1000, rest_per_1000, log_likelihood, log_ratio, p.
    `direction`: "rise", "fall" or "both" (sorted by G²). A word must occur `min_count` times in at least
    `min_articles` articles, so one long interview does not make the period's vocabulary."""
    from helpers.words.keyness import log_likelihood, log_ratio, p_value_band

    months = corpus.articles["month"].fillna("")
    days = corpus.articles["published"].fillna("")
    inside = corpus.articles.loc[(days >= start) & ((months <= end) if len(end) == 7 else (days <= end)),
                                 "article"]
    words = corpus.words
    in_period = words["article"].isin(set(inside))
    period = words[in_period].groupby("word")["count"].sum()
    rest = words[~in_period].groupby("word")["count"].sum()
    counts = pd.concat({"period": period, "rest": rest}, axis=1).fillna(0).astype(int)
    total_period, total_rest = int(counts["period"].sum()), int(counts["rest"].sum())
    columns = ["word", "period", "rest", "period_per_1000", "rest_per_1000", "log_likelihood", "log_ratio", "p"]
    if not total_period or not total_rest:
        return pd.DataFrame(columns=columns)
    spread = words.groupby("word")["article"].nunique().reindex(counts.index, fill_value=0)
    counts = counts[((counts["period"] + counts["rest"]) >= min_count) & (spread >= min_articles)]
    rows = []
    for word, a, b in zip(counts.index, counts["period"], counts["rest"]):
        ratio = log_ratio(a, b, total_period, total_rest)
        if (direction == "rise" and ratio <= 0) or (direction == "fall" and ratio >= 0):
            continue
        g2 = log_likelihood(a, b, total_period, total_rest)
        rows.append((word, a, b, a * 1000 / total_period, b * 1000 / total_rest, g2, ratio, p_value_band(g2)))
    table = pd.DataFrame(rows, columns=columns)
    table = table.sort_values(["log_likelihood", "word"], ascending=[False, True], kind="stable").head(top_n)
    table.attrs.update(period=f"{start} to {end}", period_articles=len(inside),
                       rest_articles=len(corpus.articles) - len(inside))
    return table.reset_index(drop=True)


def article_choices(corpus: Corpus) -> list[tuple[str, str]]:
    """(label, path) of each corpus article that is a file, newest first, for the notebook's picker."""
    articles = corpus.articles.dropna(subset=["path"])
    articles = articles[~articles["path"].str.contains(r"\.jsonl(?:\.gz)?:\d+$", regex=True)]
    articles = articles.sort_values(["date", "article"], ascending=[False, True], kind="stable")
    labels = (articles["published"].fillna("undated") + " · " + articles["title"].fillna(articles["article"]))
    return list(zip(labels, articles["path"]))
