"""The article at a glance (notebook 00): what it is, what it is about, who speaks, its key figures.

The overview composes the analyses and the views of the deeper notebooks, never a copy of them: names
come from `helpers.words.names_table` (01), quoted words from `helpers.quotes.speaker_table` (02), figures
from `helpers.numbers.find_numbers` written as 03 writes them, and its charts are 01's, 02's and 03's.
A reader sees one count for one thing. Parts with nothing to show get a plain note (`empty_note`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from helpers.load.written_in import language_name
from helpers.language.segment import Document
from helpers.quotes import NO_SPEAKER, find_turns, has_quotation_marks, speaker_table, turn_table
from helpers.views.prose import join, plural
from helpers.views.tables import NO_MATHS, escape
from helpers.words.frequency import frequency_table
from helpers.words.names import names_table

WORDS_PER_MINUTE = 238  # average silent reading speed of adults for non-fiction (Brysbaert 2019)

# Flesch-Kincaid grade -> how a reader would describe the text (upper bound of the band, label).
READING_BANDS: list[tuple[float, str]] = [
    (6, "easy (primary-school level)"),
    (9, "plain English (middle-school level)"),
    (12, "high-school level"),
    (16, "college level"),
    (float("inf"), "specialist (postgraduate level)"),
]

# Number kinds the overview calls key figures.
KEY_FIGURE_KINDS = ("money", "date")


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


def published_line(article: Any) -> str:
    """'Thursday 16 May 2024 (from the page)', naming where the date came from; or 'date unknown'."""
    where = {"command line": "as given", "sidecar": "from the sidecar .json", "page": "from the page",
             "dateline": "from its dateline"}
    published = getattr(article, "published", None)
    date = format_date(published)
    source = where.get(getattr(article, "published_source", None) or "")
    return f"{date} ({source})" if published and source else date


def byline(article: Any) -> str:
    """'Jane Doe, Example News' from the author and the site; what is missing is left out."""
    return ", ".join(part for part in (getattr(article, "author", None),
                                       getattr(article, "site", None) or getattr(article, "source", None)) if part)


def at_a_glance(doc: Document) -> pd.DataFrame:
    """What the article is: title, author, site, date, link, language, length and reading level, as a
    two-column table. A field the file, the page and its sidecar do not give is left out (nothing reads as
    a fault); without a title the first sentence heads the card, and the table says so."""
    article = doc.article
    level = reading_level(doc)
    foreign = _not_english(article)
    words = _word_count(doc, level)
    minutes = max(1, round(words / WORDS_PER_MINUTE))
    rows = [
        ("Title", getattr(article, "title", None) or f"{NO_TITLE} (the card is headed by the first sentence)"),
        ("Author", getattr(article, "author", None)),
        ("Site", getattr(article, "site", None) or getattr(article, "source", None)),
        ("Published", published_line(article) if getattr(article, "published", None) else None),
        ("Link", getattr(article, "url", None)),
        ("Language", getattr(article, "language", None) or foreign),
        ("File", article.name),
        ("Length", (f"{words:,} words in {plural(level.sentences, 'sentence')} and "
                    f"{plural(len(doc.paragraphs), 'paragraph')}; about {minutes} min to read")),
        ("Reading level", "not measured: the Flesch-Kincaid formulas are for English text" if foreign else
                          (f"grade {level.grade:g} on the Flesch-Kincaid scale: {level.label} "
                           f"(Flesch Reading Ease {level.reading_ease:g}: {level.ease_label})")),
        ("Opens with", lede(doc)),
    ]
    return pd.DataFrame([(k, v) for k, v in rows if v], columns=["", "value"]).set_index("")


def _word_count(doc: Document, level) -> int:
    """The article's words: the readability count, which follows English rules; in another language, every
    token with a letter in it."""
    if _not_english(doc.article):
        return sum(any(c.isalpha() for c in t) for t in doc.tokens)
    return level.words


def _not_english(article: Any) -> str | None:
    """What the text looks written in, when that is not English (`helpers.load.written_in`), for the table."""
    guess = getattr(article, "written_in", None)
    if guess is None or guess == "english":
        return None
    return f"{language_name(guess)}, guessed from its letters and words: quotes, names and numbers follow English " \
           "rules here"


def lede(doc: Document, limit: int = 240) -> str:
    """The first sentence (shortened to `limit` characters), which in news carries the main point."""
    if not doc.sentences:
        return ""
    first = doc.sentences[0]
    text = doc.text[first.start:first.end]
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


# --------------------------------------------------------------------------- what it is about


def key_words(doc: Document, top_n: int = 10) -> pd.DataFrame:
    """The article's most frequent content words (`helpers.words.frequency_table`, as in 01_words)."""
    return frequency_table(doc, top_n=top_n).reset_index(drop=True)


# --------------------------------------------------------------------------- who speaks


def speaker_shares(quotes: pd.DataFrame | None) -> pd.DataFrame:
    """`helpers.quotes.speaker_table` (the one count of quoted words, as in 02_quotes): speaker, quotes,
    words, share of all quoted words (0-1), most quoted first; empty when nothing is quoted."""
    columns = ["speaker", "quotes", "words", "share"]
    if quotes is None or quotes.empty:
        return pd.DataFrame(columns=columns)
    table = speaker_table(quotes)
    if table.empty:
        return pd.DataFrame(columns=columns)
    return table.reset_index()[columns]


# --------------------------------------------------------------------------- key figures


def key_figures(numbers: pd.DataFrame | None) -> pd.DataFrame:
    """Money amounts and dates in reading order (rows of `find_numbers`)."""
    if numbers is None or numbers.empty:
        return pd.DataFrame(columns=["kind", "text", "value", "currency", "start", "end"])
    figures = numbers[numbers["kind"].isin(KEY_FIGURE_KINDS)]
    return figures.sort_values("start", kind="stable").reset_index(drop=True)


def figures_for_reading(doc: Document, numbers: pd.DataFrame | None) -> pd.DataFrame:
    """The key figures as 03_numbers writes them (`helpers.views.numbers.figures_table`): figure, kind,
    value ("$18bn", "2024-05-17"), sentence."""
    from helpers.views.numbers import figures_table

    if numbers is None or numbers.empty:
        return pd.DataFrame(columns=["figure", "kind", "value", "sentence"])
    return figures_table(doc, numbers, list(KEY_FIGURE_KINDS)).drop(columns=["counts"], errors="ignore")


# --------------------------------------------------------------------------- page furniture


def furniture(doc: Document) -> pd.DataFrame:
    """What cleaning removed as page furniture: the line as written and the rule that removed it."""
    rows = [(r.text, r.reason) for r in doc.article.removed]
    return pd.DataFrame(rows, columns=["removed line", "rule"])


# --------------------------------------------------------------------------- the card


def summary_lines(doc: Document, quotes: pd.DataFrame | None, numbers: pd.DataFrame | None,
                  top_n: int = 5) -> dict[str, str]:
    """The finding in plain-text lines (what, opens, about, voices, figures); escaped later by `glance_html`.
    Every count comes from the analysis the deeper notebooks show (names_table, frequency_table,
    speaker_table, find_numbers), so the card and those notebooks never disagree."""
    level = reading_level(doc)
    words = _word_count(doc, level)
    minutes = max(1, round(words / WORDS_PER_MINUTE))
    what = f"{words:,} words ({minutes} min read), published {published_line(doc.article)}; " + (
        f"written in {language_name(doc.article.written_in)}, read with English rules." if _not_english(doc.article)
        else f"reading level grade {level.grade:g}, {level.label}.")
    names = names_table(doc, top_n=top_n)["name"].tolist()
    words = key_words(doc, top_n)["word"].tolist()
    about = f"Mostly about {join(names) or 'no names found'}; key words: {', '.join(words) or 'none'}."
    shares = speaker_shares(quotes)
    named = shares[shares["speaker"] != NO_SPEAKER]
    turns = turn_table(find_turns(doc))
    if len(turns):
        voices = (f"A transcript: {plural(len(turns), 'speaker')} in {plural(int(turns['turns'].sum()), 'turn')}; "
                  f"{turns.index[0]} has {turns['share'].iloc[0]:.0%} of the words.")
    elif len(named):
        top = named.iloc[0]
        voices = (f"{plural(len(named), 'speaker')} quoted; {top['speaker']} has "
                  f"{top['share']:.0%} of the quoted words.")
    elif len(shares):
        voices = (f"{plural(int(shares['quotes'].sum()), 'quotation')}, none with a speaker the rules can name "
                  "(see 02_quotes).")
    elif has_quotation_marks(doc.article.original):
        voices = "Nobody is quoted: the text's quotation marks enclose terms or titles, not speech."
    else:
        voices = "Nobody is quoted."
    figures = key_figures(numbers)
    money = _unique(figures[figures["kind"] == "money"]["text"])
    dates = figures[figures["kind"] == "date"]
    dates = _unique(f"{t} ({v})" if isinstance(v, str) and v and v != t else str(t)
                    for t, v in zip(dates["text"], dates["value"]))
    if money or dates:
        figure_line = f"Money: {', '.join(money) or 'none'}. Dates: {', '.join(dates) or 'none'}."
    else:
        figure_line = "The article gives no sum of money and no date."
    return {"What": what, "Opens": lede(doc), "About": about, "Voices": voices, "Figures": figure_line}


def _unique(items) -> list[str]:
    """Items in first-seen order without repeats ("Thursday" is mentioned four times, listed once)."""
    return list(dict.fromkeys(str(item) for item in items))


def card_title(doc: Document) -> str:
    """The card's heading: the article's title, else its first sentence (never "Untitled")."""
    return getattr(doc.article, "title", None) or lede(doc) or doc.article.name


def glance_html(doc: Document, quotes: pd.DataFrame | None, numbers: pd.DataFrame | None, top_n: int = 5) -> str:
    """The overview card as HTML; every piece of article text is HTML-escaped, and the card is marked
    NO_MATHS so JupyterLab does not typeset the text between two "$" amounts as LaTeX. Under the heading:
    author and site when known, "no title given" when the first sentence stands in for the title, the file."""
    article = doc.article
    titled = bool(getattr(article, "title", None))
    about = [byline(article)] + ([] if titled else [NO_TITLE]) + [article.name]
    lines = summary_lines(doc, quotes, numbers, top_n)
    if not titled:
        lines.pop("Opens", None)  # the first sentence is already the heading
    body = "".join(f"<p style='margin:0.3em 0'><b>{escape(k)}.</b> {escape(v)}</p>" for k, v in lines.items())
    return (f"<div class='{NO_MATHS}' style='border-left:4px solid #3f90da;padding:0.3em 1em;max-width:48em'>"
            f"<h3 style='margin:0.2em 0'>{escape(card_title(doc))}</h3>"
            f"<p style='color:#555;margin:0'>{escape(' · '.join(a for a in about if a))}</p>{body}</div>")


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
    from helpers.views.notebook import article_file

    resolved = article_file(path)  # a URL: its saved copy (fetched now when not saved yet)
    mtime = resolved.stat().st_mtime_ns if resolved.exists() else 0
    return _summary_parts(str(resolved), mtime, published, top_n)


@lru_cache(maxsize=32)
def _summary_parts(path: str, mtime_ns: int, published: Any, top_n: int) -> tuple[str, bytes | None]:
    import matplotlib.pyplot as plt

    from helpers.numbers import find_numbers
    from helpers.quotes import find_quotes
    from helpers.views import charts
    from helpers.views.notebook import open_document

    doc = open_document(path, published)
    card = glance_html(doc, find_quotes(doc), find_numbers(doc), top_n)
    figure = names_chart(doc, top_n=8)
    if figure is None:
        return card, None
    png = charts.render_png(figure, charts.SCREEN_DPI)  # here: in a widget callback no backend hook shows it
    plt.close(figure)
    return card, png


def names_chart(doc: Document, top_n: int = 8, name: str | None = None):
    """01_words' names chart (`helpers.views.words.names_chart`), or None when the article names nobody."""
    from helpers.views.words import names_chart as chart

    if names_table(doc, top_n=1).empty:
        return None
    return chart(doc, top_n=top_n, name=name)


def speakers_chart(doc: Document, quotes: pd.DataFrame | None, name: str | None = None):
    """02_quotes' chart of quoted words per speaker (words per speaker in a transcript), or None when nobody
    is quoted."""
    from helpers.views.quotes import has_turns, speakers_chart as chart

    if speaker_shares(quotes).empty and not has_turns(doc):
        return None
    return chart(doc, quotes, name=name)


def money_chart(doc: Document, numbers: pd.DataFrame | None, name: str | None = None):
    """03_numbers' chart of the sums of money, or None when there are none."""
    from helpers.views.numbers import money_chart as chart

    if numbers is None or numbers.empty:
        return None
    return chart(doc, numbers, name=name)


def empty_note(part: str, doc: Document, quotes: pd.DataFrame | None = None) -> Any:
    """A plain note, as HTML, for a part of the overview that found nothing (never an error)."""
    from IPython.display import HTML

    if part == "quotes":
        text = ("Nobody is quoted in this article: its quotation marks enclose terms or titles, not speech."
                if has_quotation_marks(doc.article.original)
                else "Nobody is quoted in this article (it has no quotation marks).")
    elif part == "names":
        text = "The article names no person, place or organisation."
    elif part == "figures":
        text = "The article gives no sum of money; its dates, if any, are in the table below."
    elif part == "furniture":
        text = "Nothing was removed: the file has no page furniture (share buttons, adverts, 'read more' links)."
    else:
        text = f"Nothing to show for {part}."
    return HTML(f"<p style='color:#555'><b>Note.</b> {escape(text)}</p>")
