"""Who and what is named: people, places and organisations (`helpers.language.entities`) counted with
their variants merged, and the main actors a reader would trace."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pandas as pd

from helpers.language.entities import find_entities
from helpers.language.segment import Document
from helpers.words.frequency import frequency_table, running_total, shown_names


def _entities(doc: Document) -> list:

    return find_entities(doc)


def _entity_named(doc: Document, name: str):
    """The entity whose full name is `name` (case-insensitive; its finder's name or the name the frequency
    list shows, `shown_names`), or None."""
    wanted = " ".join(name.split()).lower()
    shown = shown_names(doc)
    for entity in _entities(doc):
        if wanted in (entity.name.lower(), shown.get(id(entity), "").lower()):
            return entity
    return None


def names_table(doc: Document, *, kinds: Sequence[str] | None = None, top_n: int | None = None) -> pd.DataFrame:
    """People, places and organisations with their mention counts, variants merged into one name: the
    names of the JSON's `names` (`helpers.language.entities.name_mentions`), counted.

    Built on `helpers.language.entities.find_entities`: a surname counts toward the full name introduced earlier
    ("Xi" -> "Xi Jinping") and a title the article links to a person counts toward that person.
    The frequency list counts the same mentions, each as one word (`helpers.words.frequency.name_units`),
    so a name's count there is its mentions here less any linked titles. Columns: name, kind, mentions,
    per_1000 (per 1,000 running words, as in the frequency list), variants (each form as written,
    with its count), start, end (the first mention in the original text).
    """
    total = max(running_total(doc), 1)
    shown = shown_names(doc)  # as the frequency list shows it: "Donald Trump", not "Republican Donald Trump"
    rows = []
    for entity in _entities(doc):
        if entity.common or (kinds is not None and entity.kind not in kinds):
            continue  # a common noun written with a capital ("Rs", "Ministers", "Internet") names nobody
        spans = sorted(entity.mentions)
        if not spans:
            continue
        variants = Counter(doc.text[a:b] for a, b in spans)
        start, end = doc.original_span(*spans[0])
        rows.append({"name": shown.get(id(entity), entity.name), "kind": entity.kind, "mentions": len(spans),
                     "per_1000": len(spans) * 1000 / total,
                     "variants": ", ".join(f"{v} ({n})" for v, n in variants.most_common()),
                     "start": start, "end": end})
    frame = pd.DataFrame(rows, columns=["name", "kind", "mentions", "per_1000", "variants", "start", "end"])
    frame = frame.sort_values("mentions", ascending=False, kind="stable").reset_index(drop=True)
    return frame.head(top_n) if top_n else frame


def main_actors(doc: Document, n: int = 4) -> list[str]:
    """The most-mentioned people and places (at least two mentions), the default words to trace.
    Falls back to the most frequent names of the frequency list when no entity is found."""
    table = names_table(doc, kinds=("person", "place"))
    table = table[table["mentions"] >= 2]
    if not table.empty:
        return table["name"].head(n).tolist()
    words = frequency_table(doc, top_n=None)
    return words.loc[words["word"].str[:1].str.isupper(), "word"].head(n).tolist()


def words_to_trace(doc: Document, words: Sequence[str] | str | None) -> list[str]:
    """The words to trace from a parameter: a list, or one string of comma-separated words (as
    `papermill -p TRACE_WORDS "Putin, Xi"` passes it); nothing given means `main_actors(doc)`."""
    if isinstance(words, str):
        words = words.split(",")
    chosen = [w.strip() for w in (words or []) if w and w.strip()]
    return chosen or main_actors(doc)
