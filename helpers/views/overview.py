"""The article at a glance (notebook 00): what it is, what it is about, who speaks, its key figures.

Every function takes the shared `Document` (and, where needed, the quotes and numbers frames the other
helpers return) and gives back a small DataFrame or an HTML-escaped string, so the overview notebook only
calls and shows. Parts whose helper is not ready yet (an empty quotes or numbers frame) are reported as
"not found" in words, never filled with made-up values.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from helpers.language.segment import Document

WORDS_PER_MINUTE = 238  # average silent reading speed of adults for non-fiction (Brysbaert 2019)

# Flesch-Kincaid grade -> how a reader would describe the text (upper bound of the band, label).
READING_BANDS: list[tuple[float, str]] = [
    (6, "easy (primary-school level)"),
    (9, "plain English (middle-school level)"),
    (12, "high-school level"),
    (16, "college level"),
    (float("inf"), "specialist (postgraduate level)"),
]

# Quote kinds that are not the speaker's own words: scare-quoted terms and paraphrase.
NOT_QUOTED_WORDS = {"term", "indirect"}
# Number kinds the overview calls key figures.
KEY_FIGURE_KINDS = ("money", "date")
# Quotation marks an article may use; if it has them but no quote is found, the overview says so.
QUOTE_MARKS = "\"“”«»„"

# HTML classes that stop MathJax from typesetting "$18bn ... $240.1bn" as maths: JupyterLab 4 (MathJax 3)
# skips `mathjax_ignore`, classic Jupyter and nbconvert pages (MathJax 2) skip `tex2jax_ignore`.
NO_MATHS = "tex2jax_ignore mathjax_ignore"

NOTEBOOKS: list[tuple[str, str]] = [
    ("01_words.ipynb", "Words: length and readability, which words and names dominate, which phrases recur"),
    ("02_quotes.ipynb", "Quotes: every quotation, who said it, and how the voices compare"),
    ("03_numbers.ipynb", "Numbers: every money amount, percentage, count and date, with values"),
    ("04_vocabulary.ipynb", "Vocabulary: words that set it apart from everyday news, where its actors appear"),
]


# --------------------------------------------------------------------------- what it is


@dataclass(frozen=True)
class ReadingLevel:
    grade: float
    label: str
    words: int
    sentences: int
    reading_ease: float
    ease_label: str


def reading_level(doc: Document) -> ReadingLevel:
    """The Flesch-Kincaid grade (US school years) and Flesch Reading Ease from `words.summary`, so the
    overview and 01_words give the same figures; the label says what the grade means to a reader."""
    from helpers.words.readability import flesch_band, summary

    figures = summary(doc)
    if not figures.words:
        return ReadingLevel(0.0, "no words", 0, figures.sentences, 0.0, "no words")
    grade = round(figures.flesch_kincaid_grade, 1)
    label = next(text for bound, text in READING_BANDS if grade <= bound)
    ease = round(figures.flesch_reading_ease, 1)
    return ReadingLevel(grade, label, figures.words, figures.sentences, ease, flesch_band(ease))


def format_date(value: dt.date | None) -> str:
    """'Thursday 16 May 2024', or 'date unknown'."""
    if value is None:
        return "date unknown"
    return f"{value:%A} {value.day} {value:%B %Y}"


NO_TITLE = "no title given"


def published_line(article) -> str:
    """'Thursday 16 May 2024 (from the page)', naming where the date came from; or 'date unknown'."""
    where = {"command line": "as given", "sidecar": "from the sidecar .json", "page": "from the page"}
    date = format_date(article.published)
    source = where.get(getattr(article, "published_source", None) or "")
    return f"{date} ({source})" if article.published and source else date


def byline(article) -> str:
    """'Jane Doe, Example News' from the author and the site; what is missing is left out."""
    return ", ".join(part for part in (article.author, article.site) if part)


def at_a_glance(doc: Document) -> pd.DataFrame:
    """What the article is: title, author, site, date, link, length and reading level, as a two-column
    table. Without a title the first sentence stands in the card and the table says so."""
    article = doc.article
    level = reading_level(doc)
    minutes = max(1, round(level.words / WORDS_PER_MINUTE))
    rows = [
        ("Title", article.title or f"{NO_TITLE} (none in the file, the page or its sidecar .json)"),
        ("Author", article.author or "not given"),
        ("Site", article.site or "not given"),
        ("Published", published_line(article)),
    ]
    if article.url:
        rows.append(("Link", article.url))
    if article.language:
        rows.append(("Language", article.language))
    rows += [
        ("File", article.name),
        ("Length", (f"{level.words:,} words in {level.sentences} sentences and {len(doc.paragraphs)} "
                   f"paragraph{'s' if len(doc.paragraphs) != 1 else ''}; about {minutes} min to read")),
        ("Reading level", (f"grade {level.grade:g} on the Flesch-Kincaid scale: {level.label} "
                          f"(Flesch Reading Ease {level.reading_ease:g}: {level.ease_label})")),
        ("Opens with", lede(doc)),
    ]
    return pd.DataFrame(rows, columns=["", "value"]).set_index("")


def lede(doc: Document, limit: int = 240) -> str:
    """The first sentence (shortened to `limit` characters), which in news carries the main point."""
    if not doc.sentences:
        return ""
    first = doc.sentences[0]
    text = doc.text[first.start:first.end]
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


# --------------------------------------------------------------------------- what it is about


def name_mentions(doc: Document) -> pd.DataFrame:
    """Names and how often they are mentioned (`entities.find_entities`: a later "Putin" or "the Chinese
    president" counts towards the full name), with their kind: name, mentions, kind, most mentioned first."""
    from helpers.language.entities import find_entities

    rows = [(e.name, len(e.mentions), e.kind) for e in find_entities(doc)]
    frame = pd.DataFrame(rows, columns=["name", "mentions", "kind"])
    frame = frame.sort_values(["mentions", "name"], ascending=[False, True], kind="stable")
    return frame.reset_index(drop=True)


def key_words(doc: Document, top_n: int = 10) -> pd.DataFrame:
    """The article's most frequent content words (from `words.frequency_table`)."""
    from helpers.words.frequency import frequency_table

    return frequency_table(doc, top_n=top_n).reset_index(drop=True)


# --------------------------------------------------------------------------- who speaks


def speaker_shares(quotes: pd.DataFrame) -> pd.DataFrame:
    """Speakers by share of quoted words: speaker, quotes, words, share (0-1), largest first.

    Only the speakers' own words count (kinds in NOT_QUOTED_WORDS are left out); quotes with no speaker
    are grouped as "(no speaker)" so the shares add up to the whole quoted text.
    """
    columns = ["speaker", "quotes", "words", "share"]
    if quotes is None or quotes.empty:
        return pd.DataFrame(columns=columns)
    spoken = quotes[~quotes["kind"].isin(NOT_QUOTED_WORDS)].copy()
    if spoken.empty:
        return pd.DataFrame(columns=columns)
    spoken["speaker"] = spoken["speaker"].fillna("(no speaker)").replace("", "(no speaker)")
    spoken["words"] = spoken["text"].astype(str).str.count(r"\w+(?:['’]\w+)*")
    table = spoken.groupby("speaker", sort=False).agg(quotes=("text", "size"), words=("words", "sum"))
    table["share"] = table["words"] / max(int(table["words"].sum()), 1)
    table = table.reset_index().sort_values(["words", "speaker"], ascending=[False, True], kind="stable")
    return table.reset_index(drop=True)[columns]


def quote_marks(text: str) -> int:
    """How many quotation marks a text has (a check that an empty quotes table is really empty)."""
    return sum(text.count(mark) for mark in QUOTE_MARKS)


# --------------------------------------------------------------------------- key figures


def key_figures(numbers: pd.DataFrame) -> pd.DataFrame:
    """Money amounts and dates in reading order: kind, text, value, currency, start, end."""
    columns = ["kind", "text", "value", "currency", "start", "end"]
    if numbers is None or numbers.empty:
        return pd.DataFrame(columns=columns)
    figures = numbers[numbers["kind"].isin(KEY_FIGURE_KINDS)]
    return figures.sort_values("start", kind="stable").reset_index(drop=True)[columns]


def readable_value(kind: str, value: Any) -> str:
    """A figure's value for a reader: money with thousands separators, anything else as given."""
    if value is None or pd.isna(value):
        return ""
    if kind == "money":
        try:
            return f"{float(value):,.0f}"
        except (TypeError, ValueError):
            return str(value)
    return str(value)


def figures_for_reading(figures: pd.DataFrame) -> pd.DataFrame:
    """The key figures table with values written out ("18,000,000,000") and blanks for missing currencies."""
    shown = figures.copy()
    shown["value"] = [readable_value(k, v) for k, v in zip(shown["kind"], shown["value"])]
    shown["currency"] = shown["currency"].fillna("")
    return shown


def money_in_main_currency(figures: pd.DataFrame) -> pd.Series:
    """The money amounts in the most common currency, labelled by their text, largest first (for a chart:
    amounts in different currencies are not comparable without exchange rates, which we do not guess)."""
    money = figures[(figures["kind"] == "money") & figures["value"].notna()] if len(figures) else figures
    if money.empty:
        return pd.Series(dtype=float)
    currency = money["currency"].fillna("").mode().iloc[0]
    chosen = money[money["currency"].fillna("") == currency]
    values = pd.Series(pd.to_numeric(chosen["value"], errors="coerce").to_numpy(), index=chosen["text"].to_numpy())
    values = values.dropna()
    values = values[~values.index.duplicated()]
    values.attrs["currency"] = currency
    return values.sort_values(ascending=False, kind="stable")


def scale(values: pd.Series) -> tuple[pd.Series, str]:
    """Values divided into a readable unit for an axis: (scaled values, unit word)."""
    biggest = float(values.abs().max()) if len(values) else 0.0
    for factor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if biggest >= factor:
            return values / factor, word
    return values, ""


# --------------------------------------------------------------------------- page furniture


def furniture(doc: Document) -> pd.DataFrame:
    """What cleaning removed as page furniture: text, rule, start, end (offsets into the original)."""
    rows = [(r.text, r.reason, r.start, r.end) for r in doc.article.removed]
    return pd.DataFrame(rows, columns=["text", "rule", "start", "end"])


# --------------------------------------------------------------------------- the card


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def summary_lines(doc: Document, quotes: pd.DataFrame, numbers: pd.DataFrame, top_n: int = 5) -> dict[str, str]:
    """The finding in four plain-text lines (what, about, voices, figures); escaped later by `glance_html`."""
    level = reading_level(doc)
    minutes = max(1, round(level.words / WORDS_PER_MINUTE))
    what = (f"{level.words:,} words ({minutes} min read), published {published_line(doc.article)}; "
            f"reading level grade {level.grade:g}, {level.label}.")
    names = name_mentions(doc).head(top_n)["name"].tolist()
    words = key_words(doc, top_n)["word"].tolist()
    about = f"Mostly about {_join(names) or 'no names found'}; key words: {', '.join(words) or 'none'}."
    shares = speaker_shares(quotes)
    named = shares[shares["speaker"] != "(no speaker)"]
    if len(named):
        top = named.iloc[0]
        voices = (f"{len(named)} speaker{'s' if len(named) != 1 else ''} quoted; {top['speaker']} has "
                  f"{top['share']:.0%} of the quoted words.")
    elif quote_marks(doc.text):
        voices = (f"The text has {quote_marks(doc.text)} quotation marks, but no quotation with a speaker was "
                  "found: the quotes finder is not ready yet, or found no speakers.")
    else:
        voices = "Nobody is quoted."
    figures = key_figures(numbers)
    if len(figures):
        money = _unique(figures[figures["kind"] == "money"]["text"])
        dates = _unique(f"{t} ({v})" if isinstance(v, str) and v and v != t else str(t)
                        for t, v in zip(figures[figures["kind"] == "date"]["text"],
                                        figures[figures["kind"] == "date"]["value"]))
        figure_line = f"Money: {', '.join(money) or 'none'}. Dates: {', '.join(dates) or 'none'}."
    else:
        figure_line = "No money amounts or dates were found (the numbers finder may not be ready yet)."
    return {"What": what, "Opens": lede(doc), "About": about, "Voices": voices, "Figures": figure_line}


def _unique(items) -> list[str]:
    """Items in first-seen order without repeats ("Thursday" is mentioned four times, listed once)."""
    return list(dict.fromkeys(str(item) for item in items))


def glance_html(doc: Document, quotes: pd.DataFrame, numbers: pd.DataFrame, top_n: int = 5) -> str:
    """The overview card as HTML; every piece of article text is HTML-escaped, and the card is marked
    NO_MATHS so JupyterLab does not typeset the text between two "$" amounts as LaTeX."""
    article = doc.article
    heading = article.title or lede(doc) or "(no text)"
    about = [byline(article)] + ([] if article.title else [NO_TITLE]) + [article.name]
    lines = summary_lines(doc, quotes, numbers, top_n)
    if not article.title:
        lines.pop("Opens", None)  # the first sentence is already the heading
    body = "".join(f"<p style='margin:0.3em 0'><b>{html.escape(k)}.</b> {html.escape(v)}</p>"
                   for k, v in lines.items())
    return (f"<div class='{NO_MATHS}' style='border-left:4px solid #3f90da;padding:0.3em 1em'>"
            f"<h3 style='margin:0.2em 0'>{html.escape(heading)}</h3>"
            f"<p style='color:#555;margin:0'>{html.escape(' · '.join(a for a in about if a))}</p>{body}</div>")


def show_summary(path: str, published: Any = None, top_n: int = 5) -> None:
    """Display the card and the names chart for one article (what the article picker redraws).

    The chart is not saved: only the parameters-cell article's charts go to reports/figures/.
    """
    from IPython.display import HTML, Image, display

    card, png = summary_parts(path, published, top_n)
    display(HTML(card))
    if png:
        display(Image(data=png, format="png"))


def summary_parts(path: str, published: Any = None, top_n: int = 5) -> tuple[str, bytes | None]:
    """The card's HTML and the names chart as PNG bytes, cached per article file version, so going back to
    an article in the picker redraws at once (rendering the PNG is most of the cost)."""
    from helpers.views.notebook import project_path

    resolved = project_path(path)
    mtime = resolved.stat().st_mtime_ns if resolved.exists() else 0
    return _summary_parts(str(resolved), mtime, published, top_n)


@lru_cache(maxsize=32)
def _summary_parts(path: str, mtime_ns: int, published: Any, top_n: int) -> tuple[str, bytes | None]:
    import matplotlib.pyplot as plt

    from helpers.views import charts
    from helpers.views.notebook import open_document
    from helpers.numbers import find_numbers
    from helpers.quotes import find_quotes

    doc = open_document(path, published)
    card = glance_html(doc, find_quotes(doc), find_numbers(doc), top_n)
    figure = names_chart(doc, top_n=8, save=False)
    if figure is None:
        return card, None
    png = charts.render_png(figure, charts.SCREEN_DPI)  # here: in a widget callback no backend hook shows it
    plt.close(figure)
    return card, png


def names_chart(doc: Document, top_n: int = 8, save: bool = True):
    """Bar chart of the most mentioned names (None when the article names nobody)."""
    from helpers.views import charts

    names = name_mentions(doc).head(top_n)
    if names.empty:
        return None
    values = names.set_index("name")["mentions"]
    leader = values.index[0]
    return charts.barh(values, title=f"{leader} is the name mentioned most", xlabel="Mentions",
                       source=doc.article.name, highlight=1, integer=True,  # mentions are whole numbers
                       name="00_top_names" if save else None,
                       note="later mentions (surname, title) counted with the full name")


def speakers_chart(shares: pd.DataFrame, doc: Document, save: bool = True):
    """Bar chart of each speaker's share of the quoted words (None when nobody is quoted)."""
    from helpers.views import charts

    if shares.empty:
        return None
    values = shares.set_index("speaker")["share"] * 100
    leader = shares.iloc[0]
    return charts.barh(values, title=f"{leader['speaker']} has {leader['share']:.0%} of the quoted words",
                       xlabel="Share of all quoted words (%)", source=doc.article.name,
                       name="00_speaker_share" if save else None, highlight=1, value_format="{:.0f}%",
                       note="scare-quoted terms and paraphrase not counted")


def money_chart(figures: pd.DataFrame, doc: Document, save: bool = True):
    """Bar chart of the money amounts in the article's main currency (None when there are none)."""
    from helpers.views import charts

    values = money_in_main_currency(figures)
    if values.empty:
        return None
    scaled, unit = scale(values)
    currency = values.attrs.get("currency") or "currency unknown"
    return charts.barh(scaled, title=f"The largest amount is {values.index[0]}",
                       xlabel=f"Amount ({currency}, {unit}s)" if unit else f"Amount ({currency})",
                       source=doc.article.name, name="00_money" if save else None, highlight=1,
                       value_format="{:,.3g}", note=f"amounts in {currency} only; other currencies not converted")


def empty_note(part: str, doc: Document, quotes: pd.DataFrame | None = None) -> Any:
    """An honest note, as HTML, for a part of the overview that found nothing."""
    from IPython.display import HTML

    if part == "quotes":
        marks = quote_marks(doc.text)
        text = (f"No quotation with a speaker was found, although the text has {marks} quotation marks: "
                "the quotes finder is not ready yet or could not attribute them. See 02_quotes.ipynb."
                if marks else "Nobody is quoted in this article (it has no quotation marks).")
    elif part == "figures":
        text = ("No money amounts were found. If the article has some, the numbers finder is not ready yet; "
                "see 03_numbers.ipynb. The dates, if any, are in the table below.")
    elif part == "furniture":
        text = "Nothing was removed: the file has no page furniture (share buttons, adverts, 'read more' links)."
    else:
        text = f"Nothing to show for {part}."
    return HTML(f"<p style='color:#a33'><b>Not available.</b> {html.escape(text)}</p>")


def text_table(frame: pd.DataFrame, hide_index: bool = False, hide_header: bool = False):
    """A table for reading, not for computing: left-aligned, never truncated, article text HTML-escaped
    (pandas' Styler does not escape by default, so it is asked to), "$" amounts not typeset as maths."""
    # A content-derived id instead of pandas' random one: rerunning the cell gives the same output.
    uid = hashlib.sha1(frame.to_csv().encode("utf-8")).hexdigest()[:10]
    # One format call: a second one would replace this formatter and drop the escaping.
    styler = frame.style.set_uuid(uid).format(escape="html", precision=2, na_rep="")
    styler = styler.set_properties(**{"text-align": "left"})
    styler = styler.set_table_attributes(f'class="{NO_MATHS}"')
    if hide_header:
        styler = styler.hide(axis="columns")
    return styler.hide(axis="index") if hide_index else styler
