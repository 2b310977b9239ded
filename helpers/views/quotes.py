"""What notebooks/02_quotes.ipynb shows: the finding, each quotation in its sentence, and the charts."""
from __future__ import annotations

from html import escape

import pandas as pd

from helpers.language.segment import Document
from helpers.views.charts import ACCENT, GREY, barh, finish, new_chart
from helpers.language.transcript import find_turns
from helpers.quotes.tables import NO_SPEAKER, filter_quotes, quote_positions, speaker_table, turn_table
from helpers.views.prose import markdown_text as md
from helpers.views.prose import plural as _plural


def quote_in_sentence_html(doc: Document, row) -> str:
    """The sentence(s) holding a quotation, HTML-escaped, with the quoted part in <mark>."""
    original = doc.article.original
    sentence = doc.sentences[int(row["sentence"])]
    s_start, _ = doc.original_span(sentence.start, sentence.end)
    end_sentence = doc.sentences[min(int(row["sentence"]) + _sentences_spanned(doc, row), len(doc.sentences) - 1)]
    _, s_end = doc.original_span(end_sentence.start, end_sentence.end)
    start, end = int(row["start"]), int(row["end"])
    s_start, s_end = min(s_start, start), max(s_end, end)
    return (escape(original[s_start:start]) + "<mark>" + escape(original[start:end]) + "</mark>"
            + escape(original[end:s_end]))


def _sentences_spanned(doc: Document, row) -> int:
    """How many sentences after its first one a quotation runs into."""
    original_end = int(row["end"])
    count = 0
    i = int(row["sentence"]) + 1
    while i < len(doc.sentences):
        start, _ = doc.original_span(doc.sentences[i].start, doc.sentences[i].end)
        if start >= original_end:
            break
        count += 1
        i += 1
    return count


def quotes_html(doc: Document, quotes: pd.DataFrame, speaker: str | None = None) -> str:
    """What each speaker said: one heading per speaker, each quotation shown highlighted in its sentence."""
    said = filter_quotes(quotes[quotes["kind"] != "term"], speaker)
    if said.empty:
        return "<p><em>No quotations.</em></p>"
    order = list(speaker_table(said).index)
    parts = []
    for name in order:
        rows = filter_quotes(said, name)
        parts.append(f"<h4>{escape(name)} ({len(rows)})</h4><ul>")
        for _, row in rows.iterrows():
            cue = f" <small>[{escape(str(row['cue']))}, {row['kind']}]</small>" if row["cue"] else ""
            parts.append(f"<li>{quote_in_sentence_html(doc, row)}{cue}</li>")
        parts.append("</ul>")
    return "\n".join(parts)


def positions_chart(doc: Document, quotes: pd.DataFrame, *, name: str | None = "02_quotes_positions"):
    """One row per speaker, a dot per quotation at its place in the article."""
    pos = quote_positions(doc, quotes)
    order = list(speaker_table(quotes).index)[::-1]
    fig, ax = new_chart((8.0, max(2.5, 0.45 * len(order) + 1.4)))
    for row, speaker in enumerate(order):
        xs = pos.loc[pos["speaker"] == speaker, "position"] * 100
        color = GREY if speaker == NO_SPEAKER else ACCENT
        ax.scatter(xs, [row] * len(xs), s=60, color=color, alpha=0.85, zorder=3)
    ax.set_yticks(range(len(order)), order)
    ax.set_xlim(0, 100)
    ax.grid(axis="y", visible=False)
    title = _positions_title(pos)
    return finish(fig, ax, title=title, xlabel="Position in the article (% of its length)",
                  source=doc.article.name, name=name)


def _positions_title(pos: pd.DataFrame) -> str:
    named = pos[pos["speaker"] != NO_SPEAKER]
    if named.empty:
        return "No quotation is attributed to a speaker"
    first = named.sort_values("position").iloc[0]
    last = named.sort_values("position").iloc[-1]
    if first["speaker"] == last["speaker"]:
        return f"{first['speaker']} opens and closes the article's quotations"
    return f"{first['speaker']} is quoted first, {last['speaker']} has the last word"


def has_turns(doc: Document) -> bool:
    """The article is a transcript: speech in turns labelled by the speaker, not in quotation marks."""
    return not find_turns(doc).empty


def turns_chart(doc: Document, *, name: str | None = "02_quotes_per_speaker"):
    """A transcript's words per speaker as horizontal bars, the speaker with most words highlighted."""
    table = turn_table(find_turns(doc))
    if table.empty:
        raise ValueError("no transcript turns to chart")
    return barh(table["words"], title=f"In this transcript, {table.index[0]} speaks most",
                xlabel="Words spoken (in the transcript's turns)", source=doc.article.name, name=name, highlight=1,
                note=f"{_plural(int(table['turns'].sum()), 'turn')} labelled by speaker: speech in turns, "
                     "not in quotation marks")


def speakers_chart(doc: Document, quotes: pd.DataFrame, *, name: str | None = "02_quotes_per_speaker"):
    """Quoted words per speaker as horizontal bars, the most quoted highlighted; in a transcript, the words
    of each speaker's turns (`turns_chart`)."""
    if has_turns(doc):
        return turns_chart(doc, name=name)
    table = speaker_table(quotes)
    if table.empty:
        raise ValueError("no quotations to chart")
    top = table.index[0]
    title = (f"{top} is quoted at the greatest length" if top != NO_SPEAKER
             else "Most quoted words have no named speaker")
    return barh(table["words"], title=title, xlabel="Quoted words", source=doc.article.name, name=name,
                highlight=1, note=f"{int(table['quotes'].sum())} quotations, terms in scare quotes left out")


def headline(quotes: pd.DataFrame) -> str:
    """The notebook's finding in one Markdown sentence, computed from the quotations."""
    said = quotes[quotes["kind"] != "term"]
    terms = quotes[quotes["kind"] == "term"]
    if said.empty:
        return f"No quotation in this article reads as speech; {_plural(len(terms), 'term')} in quotation marks."
    table = speaker_table(quotes)
    named = table.drop(index=NO_SPEAKER, errors="ignore")
    parts = [f"**{_plural(len(said), 'quotation')}** from **{_plural(len(named), 'named speaker')}**"]
    if not named.empty:
        top = named.index[0]
        words = _plural(int(named.iloc[0]['words']), 'word')
        parts.append(f"**{md(top)}** is quoted at the greatest length ({words} in "
                     f"{_plural(int(named.iloc[0]['quotes']), 'quotation')})")
    partial_share = (said["kind"] == "partial").mean()
    parts.append(f"{partial_share:.0%} of the quotations are fragments set inside the writer's sentences")
    if NO_SPEAKER in table.index:
        parts.append(f"{int(table.loc[NO_SPEAKER, 'quotes'])} have no speaker the rules can name")
    if not terms.empty:
        parts.append("terms in scare quotes: " + ", ".join(f"“{md(t)}”" for t in terms["text"]))
    return "; ".join(parts) + "."


EVERYONE = ""  # the speaker dropdown's "Everyone" (a Dropdown whose value is None shows blank)


def speaker_options(quotes: pd.DataFrame) -> list[tuple[str, str]]:
    """The speaker dropdown's entries: ("Everyone", EVERYONE) first, then each speaker, most quoted first."""
    return [("Everyone", EVERYONE), *[(name, name) for name in speaker_table(quotes).index]]


def quotes_view(doc: Document, quotes: pd.DataFrame, speaker: str | None = EVERYONE):
    """What the speaker dropdown shows: the quotations of one speaker (everyone for EVERYONE or None)."""
    from IPython.display import HTML

    return HTML(quotes_html(doc, quotes, speaker or None))


def speakers_view(doc: Document, quotes: pd.DataFrame):
    """What the article picker shows: the chart of quoted words per speaker (of words per speaker in a
    transcript), or a note when nobody is quoted."""
    from IPython.display import HTML

    if quotes[quotes["kind"] != "term"].empty and not has_turns(doc):
        return HTML("<p style='color:#555'>Nobody is quoted in this article.</p>")
    return speakers_chart(doc, quotes, name=None)


def terms_for_reading(doc: Document, quotes: pd.DataFrame) -> pd.DataFrame:
    """The terms in scare quotes with the sentence each is in (no offsets: a reader does not need them)."""
    terms = quotes[quotes["kind"] == "term"]
    sentences = [doc.text[doc.sentences[int(i)].start:doc.sentences[int(i)].end] for i in terms["sentence"]]
    return pd.DataFrame({"term": terms["text"].tolist(), "sentence": sentences})


def marks_note(doc: Document, quotes: pd.DataFrame):
    """A note (Markdown) when the text has quotation marks but none encloses a quotation or a term (inch
    marks, 12" by 8"); None otherwise. An empty result that could mislead is said, never an error."""
    from IPython.display import Markdown

    from helpers.quotes import has_quotation_marks

    if len(quotes) or not has_quotation_marks(doc.article.original):
        return None
    return Markdown("*Note:* the text has quotation marks, but none encloses a quotation or a term (inch or "
                    "foot marks, for example, are not quotations).")
