"""Tables of the quotations found (`helpers.quotes.find`): per speaker, per kind, along the article."""
from __future__ import annotations

import pandas as pd

from helpers.language.segment import Document


NO_SPEAKER = "(no speaker)"


def speaker_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotations and quoted words per speaker (terms left out), most quoted first: quotes, words (the
    quoted text split on white space), share (of all quoted words, 0-1), full, partial; index: speaker.
    The one count of quoted words: the overview, 02_quotes and the report all read it from here."""
    # A loop over the rows, not a pandas groupby with lambdas: an article has tens of quotations, and the
    # table is recomputed on every redraw of the speakers chart (5 ms -> 0.3 ms).
    rows: dict[str, list[int]] = {}
    for text, speaker, kind in zip(quotes["text"], quotes["speaker"], quotes["kind"]):
        if kind == "term":
            continue
        row = rows.setdefault(NO_SPEAKER if speaker is None or speaker != speaker else speaker, [0, 0, 0, 0])
        row[0] += 1
        row[1] += len(str(text).split())
        row[2] += kind == "full"
        row[3] += kind == "partial"
    speakers = sorted(rows)  # ties in words and quotes stay in alphabetical order, as groupby gave them
    table = pd.DataFrame([rows[s] for s in speakers], columns=["quotes", "words", "full", "partial"],
                         index=pd.Index(speakers, name="speaker"), dtype="int64")
    table.insert(2, "share", table["words"] / max(int(table["words"].sum()), 1))
    return table.sort_values(["words", "quotes"], ascending=False, kind="stable")


def filter_quotes(quotes: pd.DataFrame, speaker: str | None = None, kind: str | None = None) -> pd.DataFrame:
    """The quotations of one speaker (all when None; NO_SPEAKER for the unattributed) and/or one kind."""
    out = quotes
    if speaker == NO_SPEAKER:
        out = out[out["speaker"].isna()]
    elif speaker:
        out = out[out["speaker"] == speaker]
    if kind:
        out = out[out["kind"] == kind]
    return out


def quote_positions(doc: Document, quotes: pd.DataFrame) -> pd.DataFrame:
    """Where each quotation sits along the article: its start as a share (0–1) of the original text."""
    said = quotes[quotes["kind"] != "term"].copy()
    said["speaker"] = said["speaker"].fillna(NO_SPEAKER)
    said["position"] = said["start"] / max(len(doc.article.original), 1)
    return said[["speaker", "position", "kind", "text", "paragraph"]]


def terms_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """The terms set in scare quotes, nicknames and titles (no speaker), with where they are."""
    return quotes.loc[quotes["kind"] == "term", ["text", "start", "end", "sentence", "paragraph"]]


def turn_table(turns: pd.DataFrame) -> pd.DataFrame:
    """A transcript's words per speaker (`helpers.language.transcript.find_turns`), most words first: turns,
    words (each turn's text split on white space), share (of all the turns' words, 0-1); index: speaker."""
    words = pd.DataFrame({"speaker": turns["speaker"].astype(str),
                          "words": turns["text"].astype(str).str.split().str.len().astype("int64")})
    table = words.groupby("speaker").agg(turns=("words", "size"), words=("words", "sum"))
    table["share"] = table["words"] / max(int(table["words"].sum()), 1)
    return table.sort_values(["words", "turns"], ascending=False, kind="stable")
