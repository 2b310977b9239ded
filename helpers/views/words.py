"""What notebooks/01_words.ipynb and 04_vocabulary.ipynb show: the findings, the charts and the plain
functions their controls wrap (`top_words_view`, `trace_view`)."""
from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from helpers.language.segment import Document
from helpers.views import charts
from helpers.views.prose import join, markdown_text
from helpers.views.tables import table as reader_table
from helpers.words.context import dispersion, keyword_in_context, kwic_lines, where_in_article
from helpers.words.frequency import WordOptions, article_words, frequency_table
from helpers.words.keyness import SIGNIFICANCE, keyness
from helpers.words.names import names_table
from helpers.words.phrases import PHRASE_SIZES, phrases
from helpers.words.readability import flesch_band, summary


REFERENCE_READER = "Brown corpus, news section: US newspapers of 1961"
TITLE_WIDTH = 70  # characters of a chart title line before it wraps


def top_words_chart(doc: Document, top_n: int = 20, *, name: str | None = None, **options) -> Figure:
    """Bar chart of the `top_n` most frequent words (the plain function the notebook's slider wraps).
    The title names every word tied for first place (up to four, else says how many tie), and those
    are the bars highlighted; the count axis has whole-number steps."""
    table = frequency_table(doc, top_n=top_n, **options)
    if table.empty:
        raise ValueError("no words to chart: the article has no words under these options")
    return _top_words_figure(doc, table, name=name, **options)


def _top_words_figure(doc: Document, table: pd.DataFrame, *, name: str | None = None, **options) -> Figure:
    leaders = table.loc[table["count"] == table["count"].iloc[0], "word"].tolist()
    if len(leaders) == 1:
        title = f"“{leaders[0]}” is the article’s most frequent word"
    elif len(leaders) <= 4:
        title = f"{join(leaders)} are the article’s most frequent words"
    else:
        title = f"{len(leaders)} words tie as the article’s most frequent, {int(table['count'].iloc[0])} times each"
    opts = WordOptions.make(**options)
    note = ("stopwords removed" if opts.remove_stopwords else "stopwords kept") + \
           (" · lemmatised" if opts.lemmatize else "")
    return charts.barh(table.set_index("word")["count"], title=wrap_title(title), xlabel="Occurrences in the article",
                       source=doc.article.name, name=name, highlight=len(leaders), note=note, integer=True)


def dispersion_title(positions: dict[str, list[int]], total: int) -> str:
    """A title stating the finding: which words run through the article, and where another one sits."""
    places = {word: where_in_article(found, total) for word, found in positions.items()}
    throughout = [w for w, where in places.items() if where == "runs through the article"]
    others = [(w, where) for w, where in places.items() if where and w not in throughout]
    parts = []
    if throughout:
        parts.append(f"{join(throughout[:3])} run{'s' if len(throughout[:3]) == 1 else ''} through the article")
    if others:
        parts.append(f"{others[0][0]} {others[0][1]}")
    if not parts:
        return "The traced words are spread unevenly across the article"
    return "; ".join(parts)


def dispersion_chart(doc: Document, queries: Sequence[str], *, name: str | None = None,
                     **options) -> Figure:
    """Lexical dispersion plot (as nltk's `Text.dispersion_plot`): one row per word, a tick per
    occurrence, the article's running words along the x axis, sentence starts as faint gridlines."""
    queries = list(dict.fromkeys(queries))
    frame = dispersion(doc, queries, **options)
    total = len(article_words(doc, WordOptions.make(**options)))
    fig, ax = charts.new_chart((charts.SIZE[0], max(2.4, 0.45 * len(queries) + 1.6)))
    for row, query in enumerate(queries):
        positions = frame.loc[frame["word"] == query, "position"]
        ax.vlines(positions, row - 0.35, row + 0.35, color=charts.PALETTE[row % len(charts.PALETTE)],
                  linewidth=2)
    ax.set_yticks(range(len(queries)), [f"{q} ({(frame['word'] == q).sum()})" for q in queries])
    ax.set_ylim(len(queries) - 0.5, -0.5)
    ax.set_xlim(0, max(total, 1))
    ax.grid(axis="y", visible=False)
    title = dispersion_title({q: frame.loc[frame["word"] == q, "position"].tolist() for q in queries}, total)
    title = wrap_title(title)
    return charts.finish(fig, ax, title=title, xlabel="Position in the article (running words)",
                         source=doc.article.name, name=name,
                         note="one tick per mention; ‘runs through’ = mentioned in every quarter of the article")


def headline(doc: Document, *, top_n: int = 5, **options) -> str:
    """The findings of the notebook in four Markdown lines (article words HTML-escaped)."""
    def listing(pairs) -> str:
        return ", ".join(f"{markdown_text(word)} ({count})" for word, count in pairs)

    top = frequency_table(doc, top_n=top_n, **options)
    names = names_table(doc, top_n=top_n)
    key = keyness(doc, top_n=top_n, **options)
    facts = summary(doc)
    lines = [f"- **Most frequent content words:** {listing(zip(top['word'], top['count']))}."]
    if not names.empty:
        lines.append(f"- **Most named** (surnames and linked titles counted with the full name): "
                     f"{listing(zip(names['name'], names['mentions']))}.")
    if not key.empty:
        lines.append(f"- **Most unusual compared with everyday news** (log-likelihood against the Brown "
                     f"news corpus, US newspapers of 1961): {', '.join(markdown_text(w) for w in key['word'])}.")
    lines.append(f"- **Length and difficulty:** {facts.words:,} words in {facts.sentences} sentences "
                 f"({facts.mean_sentence_length:.0f} words each on average); Flesch Reading Ease "
                 f"{facts.flesch_reading_ease:.0f}, “{flesch_band(facts.flesch_reading_ease)}”.")
    return "\n".join(lines)


KIND_LABELS = {"person": "person", "place": "place", "organisation": "organisation", "other": "other name"}


def names_chart(doc: Document, *, top_n: int = 12, name: str | None = None) -> Figure:
    """Bars of mentions per named entity, coloured by kind (person, place, organisation, other)."""
    table = names_table(doc, top_n=top_n)
    if table.empty:
        raise ValueError("no names found in the article")
    table = table.iloc[::-1]
    kinds = list(KIND_LABELS)
    colors = {kind: charts.PALETTE[i] for i, kind in enumerate(kinds)}
    fig, ax = charts.new_chart((charts.SIZE[0], max(2.5, 0.32 * len(table) + 1.6)))
    bars = ax.barh(table["name"], table["mentions"], color=[colors.get(k, charts.GREY) for k in table["kind"]])
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.08)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # mentions are counts
    present = [k for k in kinds if k in set(table["kind"])]
    most = table["mentions"].max()
    if table["mentions"].iloc[:len(present) + 1].min() > 0.55 * most:  # the legend's corner holds long bars
        ax.set_xlim(0, most * 1.7)
    ax.legend(handles=[Patch(color=colors[k], label=KIND_LABELS[k]) for k in present], loc="lower right")
    return charts.finish(fig, ax, title=wrap_title(names_title(table.iloc[::-1])),
                         xlabel="Mentions (surnames and linked titles included)", source=doc.article.name, name=name)


def names_title(table: pd.DataFrame) -> str:
    """The names chart's finding, from `names_table` rows (most mentioned first): the leading name, the few that
    dominate, or that none stands out when the names shown are all mentioned about as often."""
    counts = table["mentions"]
    leaders = table.loc[counts >= counts.iloc[0] * 0.5, "name"].tolist()
    if len(leaders) == 1:
        return f"{leaders[0]} is the name the article mentions most"
    if len(leaders) <= 4:
        return f"{join(leaders)} dominate the article’s names"
    times = {1: "once", 2: "twice"}.get(int(counts.iloc[0]), f"{int(counts.iloc[0])} times")
    if counts.iloc[0] == counts.iloc[len(leaders) - 1]:
        return f"No name stands out: these {len(leaders)} are each mentioned {times}"
    return f"No name stands out: these {len(leaders)} are each mentioned {int(counts.iloc[len(leaders) - 1])} to " \
           f"{int(counts.iloc[0])} times"


@dataclass
class View:
    """What a notebook control shows: a chart, lines of text and a table.

    The view draws its own figure (`_ipython_display_`) and closes it in pyplot when made, so Jupyter
    shows it exactly once, inside the control's output area, whatever the backend's own habits."""

    figure: Figure | None = None
    table: pd.DataFrame | None = None
    text: str = ""

    def __post_init__(self) -> None:
        if self.figure is not None:
            charts.close(self.figure)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        if self.figure is not None:
            display(self.figure)
        if self.text:
            print(self.text)
        if self.table is not None:
            display(reader_table(self.table))


def top_words_view(doc: Document, top_n: int = 20, remove_stopwords: bool = True, lemmatize: bool = True,
                   lowercase: bool = True, extra_stopwords: Sequence[str] = ()) -> View:
    """The top-N slider and the stopword and lemma switches: chart and table of the top words, under the
    notebook's own LOWERCASE and EXTRA_STOPWORDS too. The table is counted once and charted from it; a
    state the reader has seen before is shown again from the chart (and PNG) already drawn."""
    return _top_words_view(doc, int(top_n), bool(remove_stopwords), bool(lemmatize), bool(lowercase),
                           tuple(sorted({str(w) for w in extra_stopwords or ()})))


@lru_cache(maxsize=64)
def _top_words_view(doc: Document, top_n: int, remove_stopwords: bool, lemmatize: bool, lowercase: bool,
                    extra_stopwords: tuple[str, ...]) -> View:
    options = {"remove_stopwords": remove_stopwords, "lemmatize": lemmatize, "lowercase": lowercase,
               "extra_stopwords": extra_stopwords}
    table = frequency_table(doc, top_n=top_n, **options)
    if table.empty:
        return View(text="No words to count under these options.")
    return View(_top_words_figure(doc, table, **options), table)


def trace_view(doc: Document, word: str, width: int = 40) -> View:
    """The word-to-trace box: where the word (or phrase, or name) appears, and its concordance."""
    word = (word or "").strip()
    if not word:
        return View(text="Type a word to trace.")
    lines = keyword_in_context(doc, word, width=width)
    if lines.empty:
        return View(text=f"“{word}” does not occur in the article.")
    fig = dispersion_chart(doc, [word])
    text = kwic_lines(lines) if not lines.empty else ""
    return View(fig, None, text)


def wrap_title(title: str) -> str:
    """A long finding on two lines rather than running off the chart; first letter capitalised."""
    return "\n".join(textwrap.wrap(title[:1].upper() + title[1:], TITLE_WIDTH))


def keyness_chart(doc: Document, *, top_n: int = 15, name: str | None = None, **options) -> Figure:
    """Two panels sharing the word axis: log-likelihood (how sure) and Log Ratio (how much more often),
    for the `top_n` key words significant at p < 0.05. Words absent from the reference corpus are drawn
    in the accent colour and marked (the legend says so). The measures' sources (G² after Rayson & Garside
    2000, Log Ratio after Hardie 2014) are cited in 04's text, not in the footer: every line of text is a
    tenth of the time of redrawing this chart."""
    table = keyness(doc, top_n=None, **options)
    table = table[table["log_likelihood"] >= SIGNIFICANCE[-1][0]].head(top_n)  # p < 0.05 only
    if table.empty:
        raise ValueError("no key words: nothing in the article is significantly more frequent than in "
                         "the reference")
    table = table.iloc[::-1]
    height = max(2.8, 0.34 * len(table) + 1.6)
    fig, (left, right) = charts.new_chart((charts.SIZE[0], height), ncols=2, sharey=True)
    colors = [charts.ACCENT if absent else charts.GREY for absent in table["absent_from_reference"]]
    labels = [f"{w} *" if absent else w for w, absent in zip(table["word"], table["absent_from_reference"])]
    bars = left.barh(labels, table["log_likelihood"], color=colors)
    left.bar_label(bars, labels=[f"{v:.0f}" for v in table["log_likelihood"]], padding=2, fontsize=8)
    left.axvline(15.13, color="#555555", linewidth=0.8, linestyle="--")
    left.set_xlabel("Log-likelihood G² (dashed: p < 0.0001)")
    bars = right.barh(labels, table["log_ratio"], color=colors)
    right.bar_label(bars, labels=[f"{v:.1f}" for v in table["log_ratio"]], padding=2, fontsize=8)
    right.set_xlabel("Log Ratio (each point = twice as frequent)")
    right.yaxis.set_visible(False)  # the words are named on the left; ticks here would repeat the bars
    for ax in (left, right):
        ax.grid(axis="y", visible=False)
        ax.margins(x=0.12)
    handles = [Patch(color=charts.GREY, label="also in the reference")]
    if table["absent_from_reference"].any():
        handles.insert(0, Patch(color=charts.ACCENT, label="* never in the reference"))
    left.legend(handles=handles, loc="lower right", fontsize=8)
    top = table["word"].iloc[::-1].tolist()[:3]
    return charts.finish(fig, left, title=wrap_title(_keyness_title(top)),
                         source=doc.article.name, name=name,
                         note=f"reference: {REFERENCE_READER} ({table.attrs.get('reference_words', 0):,} words)")


def _keyness_title(top: Sequence[str]) -> str:
    return f"{join(top)} set this article apart from US news of 1961"


def keyness_finding(doc: Document, **options) -> str:
    """The keyness chart's finding in words (ValueError when no word is significantly key)."""
    table = keyness(doc, top_n=None, **options)
    table = table[table["log_likelihood"] >= SIGNIFICANCE[-1][0]]
    if table.empty:
        raise ValueError("no key words")
    return _keyness_title(table["word"].head(3).tolist())


def phrases_view(doc: Document, *, min_count: int = 2, top_n: int | None = 15, **options) -> View:
    """The phrase table for the notebook, or a sentence saying why there is none (a short article may
    repeat no phrase: an empty table would look like a failure)."""
    table = phrases(doc, min_count=min_count, top_n=top_n, **options)
    if table.empty:
        return View(text=f"No phrase of {' or '.join(map(str, PHRASE_SIZES))} words recurs at least {min_count} "
                         "times in this article (a phrase may not start or end with a stopword); lower "
                         "MIN_PHRASE_COUNT to 1 to list every phrase.")
    return View(table=table.drop(columns=["start", "end"], errors="ignore"))


P_LABELS = {0.0001: "< 0.0001", 0.001: "< 0.001", 0.01: "< 0.01", 0.05: "< 0.05"}


def keyness_table(doc: Document, *, top_n: int = 20, **options) -> pd.DataFrame:
    """The numbers behind the keyness chart, for reading: p as a band ("< 0.0001"), whether the reference
    ever uses the word, columns named for a reader."""
    table = keyness(doc, top_n=top_n, **options)
    return pd.DataFrame({
        "word": table["word"], "count": table["count"], "per 1,000 words": table["per_1000"].round(1),
        "in 1961 news": table["ref_count"], "per 1,000 there": table["ref_per_1000"].round(2),
        "log-likelihood G²": table["log_likelihood"].round(1), "Log Ratio": table["log_ratio"].round(1),
        "p": [P_LABELS.get(p, "n.s.") if p == p and p is not None else "n.s." for p in table["p"]],
    })


def keyness_view(doc: Document, *, top_n: int = 15, **options):
    """What the article picker shows: the keyness chart (not saved), or a note when no word stands out."""
    from IPython.display import HTML

    try:
        return keyness_chart(doc, top_n=top_n, **options)
    except ValueError:
        return HTML("<p style='color:#555'>No word of this article is markedly more frequent than in the "
                    "reference news.</p>")


def dispersion_for_reading(doc: Document, words: Sequence[str], **options) -> pd.DataFrame:
    """`dispersion_summary` with columns named for a reader."""
    from helpers.words.context import dispersion_summary

    frame = dispersion_summary(doc, words, **options)
    frame[["first_pct", "last_pct"]] = frame[["first_pct", "last_pct"]].astype("Int64")
    return frame.rename(columns={
        "first_pct": "first mention (% through)", "last_pct": "last mention (% through)",
        "dp": "Gries' DP", "where": "where"})
