"""Where a word, phrase or name occurs: keyword in context and dispersion over the running words, found by
the same normalisation as the frequency list, with offsets into `doc.article.original`."""
from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from operator import attrgetter

import pandas as pd

from helpers.language.segment import TOKENIZER, Document
from helpers.words.frequency import Word, WordOptions, article_words, is_word, normalise
from helpers.words.names import _entity_named


def query_keys(query: str, options: WordOptions, names: dict[str, str] | None = None) -> list[set[str]]:
    """The keys each word of a query may match: "talks" matches the lemma "talk", "Russia’s" matches
    "russia"; a word with several readings ("leaves": leaf or leave) matches all of them. A name the
    article counts as one word (`names`: its forms and canonical name, lower case, to its key) is one
    word of the query: "Sri Lanka" and "Putin" (counted as Vladimir Putin) match their name's key."""
    words = [t for t in TOKENIZER.tokenize(query) if is_word(t)]
    names = names or {}
    wanted = []
    position = 0
    while position < len(words):
        size = next((n for n in range(len(words) - position, 0, -1)
                     if " ".join(words[position:position + n]).lower() in names), 0)
        if size:
            wanted.append({names[" ".join(words[position:position + size]).lower()]})
            position += size
            continue
        word = words[position]
        keys = set()
        for tag in ("NNP", "NN", "VB", "JJ", "RB", "IN"):
            for initial in (True, False):
                keys.add(normalise(word, tag, initial=initial, options=options)[0])
        wanted.append(keys)
        position += 1
    return wanted


def name_forms(words: Sequence[Word]) -> dict[str, str]:
    """Each form of a name counted as one word ("xi", "xi jinping", lower case, possessive dropped) to
    its key: how a query finds a name by any way the article writes it."""
    forms: dict[str, str] = {}
    for word in words:
        if word.name:
            for form in (word.display, word.surface):
                for suffix in ("’s", "'s"):
                    form = form.removesuffix(suffix)
                forms.setdefault(" ".join(t for t in TOKENIZER.tokenize(form) if is_word(t)).lower(), word.key)
    return forms


def find_occurrences(doc: Document, query: str, **options) -> list[tuple[int, int, int]]:
    """(first word index, clean start, clean end) of every occurrence of a word or phrase."""
    opts = WordOptions.make(**options)
    words = article_words(doc, opts)
    wanted = query_keys(query, opts, name_forms(words))
    if not wanted:
        return []
    found = []
    first = wanted[0]
    last_start = len(words) - len(wanted)
    for i in [i for i, key in enumerate(map(attrgetter("key"), words)) if key in first and i <= last_start]:
        window = words[i:i + len(wanted)]
        if all(w.key in keys for w, keys in zip(window, wanted)) and _adjacent(doc, window):
            found.append((i, window[0].start, window[-1].end))
    return found


def _adjacent(doc: Document, window: Sequence[Word]) -> bool:
    """Words of a phrase follow each other with nothing but spaces, a hyphen or a possessive between."""
    for a, b in pairwise(window):
        gap = doc.text[a.end:b.start]
        if gap.replace("’s", "").replace("'s", "").strip(" -\n") != "":
            return False
    return True


def keyword_in_context(doc: Document, query: str, *, width: int = 40, **options) -> pd.DataFrame:
    """Every occurrence of a word or phrase with `width` characters of context on each side.

    Columns: left, match, right (text on one line), start, end (offsets into `doc.article.original`,
    so `original[start:end] == match`), sentence. Matching uses the frequency list's normalisation,
    so "talk" finds "talks" and "Russia" finds "Russia’s"; the full name of an entity `helpers.language.entities`
    found ("Xi Jinping") finds all its mentions ("Xi", a linked "the Chinese president").
    """
    rows = []
    text = doc.text
    words = article_words(doc, WordOptions.make(**options))
    for position, start, end in occurrences(doc, query, **options):
        o_start, o_end = doc.original_span(start, end)
        left = text[max(0, start - width):start].replace("\n", " ")
        right = text[end:end + width].replace("\n", " ")
        rows.append({"left": left.rjust(width), "match": doc.article.original[o_start:o_end],
                     "right": right.ljust(width), "start": o_start, "end": o_end,
                     "sentence": words[position].sentence if words else 0})
    return pd.DataFrame(rows, columns=["left", "match", "right", "start", "end", "sentence"])


def kwic_lines(frame: pd.DataFrame) -> str:
    """Concordance lines aligned on the keyword, as AntConc prints them."""
    return "\n".join(f"{row.left} [{row.match}] {row.right}" for row in frame.itertuples())


def kwic_report(doc: Document, words: list[str], width: int = 45) -> str:
    """Keyword-in-context lines for several words, each block under its word (what the notebook prints)."""
    blocks = [f"— {word}\n" + kwic_lines(keyword_in_context(doc, word, width=width)) for word in words]
    return "\n\n".join(blocks)


def occurrences(doc: Document, query: str, **options) -> list[tuple[int, int, int]]:
    """(word position, clean start, clean end) of a word, a phrase, or a named entity.

    A query that is the name of an entity `helpers.language.entities` found ("Vladimir Putin") gives every
    mention of it ("Putin", "the Russian president" when linked); anything else is matched as words.
    """
    # a one-word query is matched as a word: a name counted as one word is found by any of its forms
    # ("Putin" finds "Vladimir Putin" too), as the frequency list counts it; a name inside a longer name
    # ("Russia" in "China-Russia Expo") is part of that name, not a word of its own
    entity = _entity_named(doc, query) if len(query.split()) > 1 else None
    if entity is None or all(doc.text[a:b] == query.strip() for a, b in entity.mentions):
        return find_occurrences(doc, query, **options)
    starts = [w.start for w in article_words(doc, WordOptions.make(**options))]
    return [(max(bisect_right(starts, start) - 1, 0), start, end) for start, end in sorted(entity.mentions)]


def dispersion(doc: Document, queries: Sequence[str], **options) -> pd.DataFrame:
    """Where each word, phrase or named entity occurs, as a position in the article's running words.

    Columns: word (the query), position (0-based index of the first word), fraction (position / total
    words), start, end (offsets into the original text), text (the original text of the mention).
    """
    total = max(len(article_words(doc, WordOptions.make(**options))), 1)
    rows = []
    for query in queries:
        for position, start, end in occurrences(doc, query, **options):
            o_start, o_end = doc.original_span(start, end)
            rows.append({"word": query, "position": position, "fraction": position / total,
                         "start": o_start, "end": o_end, "text": doc.article.original[o_start:o_end]})
    return pd.DataFrame(rows, columns=["word", "position", "fraction", "start", "end", "text"])


def dispersion_dp(positions: Sequence[int], total: int, parts: int = 10) -> float:
    """Gries' deviation of proportions (DP, Gries 2008) over `parts` equal slices of the article:
    0 = spread perfectly evenly, near 1 = all in one slice. NaN when the word never occurs."""
    if not positions or total <= 0:
        return math.nan
    counts = Counter(min(int(p * parts / total), parts - 1) for p in positions)
    return 0.5 * sum(abs(counts.get(i, 0) / len(positions) - 1 / parts) for i in range(parts))


def where_in_article(positions: Sequence[int], total: int) -> str:
    """Where a word's mentions fall, as the end of a sentence: "runs through the article", "appears only in
    its first half", "is last mentioned 50% of the way through"; "" when nothing short is true."""
    if not positions:
        return ""
    if len({min(int(p * 4 / max(total, 1)), 3) for p in positions}) == 4:
        return "runs through the article"  # mentioned in every quarter
    first, last = min(positions) / max(total, 1), max(positions) / max(total, 1)
    if len(positions) == 1:
        return f"appears once, {round(first * 100)}% of the way through"
    if last < 0.5:
        return "appears only in its first half"
    if first >= 0.5:
        return "appears only in its second half"
    if last < 0.6:
        return f"is last mentioned {round(last * 100)}% of the way through"
    if first > 0.4:
        return f"is first mentioned {round(first * 100)}% of the way through"
    return ""


def dispersion_summary(doc: Document, queries: Sequence[str], **options) -> pd.DataFrame:
    """One row per traced word: mentions, first and last mention (% of the way through), Gries' DP,
    and where it sits in words (`where_in_article`)."""
    frame = dispersion(doc, queries, **options)
    total = max(len(article_words(doc, WordOptions.make(**options))), 1)
    rows = []
    for query in dict.fromkeys(queries):
        positions = frame.loc[frame["word"] == query, "position"].tolist()
        rows.append({"word": query, "mentions": len(positions),
                     "first_pct": round(100 * min(positions) / total) if positions else None,
                     "last_pct": round(100 * max(positions) / total) if positions else None,
                     "dp": round(dispersion_dp(positions, total), 2) if positions else None,
                     "where": where_in_article(positions, total)})
    return pd.DataFrame(rows, columns=["word", "mentions", "first_pct", "last_pct", "dp", "where"])
