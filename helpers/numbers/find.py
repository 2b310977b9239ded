"""The figures of a Document: `scan` over its clean text, with the verb tense that resolves weekdays and
the noun each count counts, as one table whose offsets point into the original text."""
from __future__ import annotations

import pandas as pd

from helpers.language.segment import Document
from helpers.numbers.calendar import Tense, sentence_tense
from helpers.numbers.dates import FUTURE, NEAREST, PAST, published_of
from helpers.numbers.lexicon import WEEKDAYS
from helpers.numbers.patterns import FUTURE_CUE, PAST_CUE
from helpers.numbers.figure import EXTRA_COLUMNS, NUMBER_COLUMNS
from helpers.numbers.scan import scan
from helpers.numbers.together import home_dollar

_NOUN_TAGS = ("NN", "NNS", "NNPS")


_SKIP_TAGS = ("JJ", "JJR", "JJS", "VBN", "VBG", "CD", "RB", "RBR", "NNP")


def counted_noun(doc: Document, end: int) -> str | None:
    """The noun a count counts: "10,000 troops" -> "troops", "thousands of laborers" -> "laborers".

    Walks the tagged tokens after the number over adjectives and numbers ("42 foreign coaches") and takes
    the last noun of the first run of nouns ("three faction leaders" -> "leaders").
    """
    from bisect import bisect_left

    i = bisect_left(doc.starts, end)
    tags, tokens = doc.tags, doc.tokens
    if i < len(tokens) and tokens[i].lower() == "of":
        i += 1
        while i < len(tokens) and tags[i] in ("DT", "PRP$"):
            i += 1
    steps = 0
    while i < len(tokens) and steps < 4 and tags[i] in _SKIP_TAGS and not tokens[i][0].isupper():
        i, steps = i + 1, steps + 1
    noun = None
    while i < len(tokens) and (tags[i] in _NOUN_TAGS or (tags[i] == "NNP" and tokens[i][0].isupper())):
        noun = tokens[i]
        i += 1
    return noun


_FUTURE_WORDS = {"will", "'ll", "’ll", "shall", "wo", "tomorrow", "next", "coming", "upcoming"}


_FUTURE_BEFORE_TO = {"expected", "scheduled", "due", "set", "plans", "plan", "planned", "going", "hopes", "aims"}


_PAST_WORDS = {"ago", "last", "yesterday", "earlier"}

# "next year", "the coming month": a date of its own, no tense for the other dates of the sentence
_OWN_DATE = {"next", "coming", "upcoming"}
_PERIODS = {"year", "month", "week", "quarter", "decade", "season", "century"}


# a modal before the date speaks of what is to come from the time told of (not "would have", "could not")
_MODALS = {"would", "could", "might"}


# "expected on Thursday", "scheduled for May 5": the day is ahead even without "to"
_FUTURE_BEFORE_DATE = {"expected", "scheduled", "due", "slated", "planned"}


# The present tense of a scheduled event before a weekday speaks of the days ahead ("Parker, who turns 40
# Friday", "the exhibition opens on Saturday", "voting begins Monday"); "says", "is" are no schedule
_SCHEDULE_VERBS = {"turns", "turn", "opens", "open", "reopens", "closes", "close", "begins", "begin", "starts",
                   "start", "ends", "end", "resumes", "resume", "expires", "expire", "kicks", "arrives", "arrive",
                   "departs", "leaves", "returns", "launches", "debuts", "premieres", "airs", "meets", "meet",
                   "faces", "face", "hosts", "host", "plays", "play", "visits", "retires", "takes", "goes", "go"}


def _past_plan(tokens: list[str], tags: list[str], low: int, high: int, j: int) -> bool:
    """ "was planned for Tuesday", "canceled the tariffs planned for Oct. 15": a plan told in the past (a
    participle without "is"/"are" goes by the sentence's verbs: "advertising planned for December comes ...")."""
    if tokens[j - 1].lower() in ("was", "were", "had", "been"):
        return True
    return tokens[j - 1].lower() not in ("is", "are", "'s", "be") and any(tags[x] == "VBD" for x in range(low, high))


def _scheduled_present(tokens: list[str], tags: list[str], first: int, i: int) -> bool:
    k = i - 1
    while k > first and (tags[k] in ("CD", "RB") or tokens[k].lower() in ("on", "off", "effect")):
        k -= 1
    word = tokens[k].lower()  # the tagger reads some as plural nouns ("Voting begins Monday")
    return k >= first and word in _SCHEDULE_VERBS and (tags[k] in ("VBZ", "VBP") or (tags[k] == "NNS" and k > first
                                                                                     and tags[k - 1] in ("VBG", "NN", "NNP")))


# a reporting verb after a comma places the report, not the days before it ("a final announcement on Oct. 24,
# the official stated on Sunday")
_REPORTING = {"said", "stated", "told", "announced", "added", "reported", "confirmed", "wrote", "noted",
              "explained", "declared", "claimed", "insisted", "warned"}


# before a past participle, these make it a passive or a perfect whose own tense is elsewhere ("will be held")
_AUXILIARIES = {"be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "will", "'ll"}


def _past_expectation(tokens: list[str], tags: list[str], low: int, j: int) -> bool:
    """ "he expected to read a small bill": a pronoun's past verb, outside reported speech, tells of the past
    ("with Rubio and Murphy expected to win", "he said he expected to finish" look ahead)."""
    return tags[j] == "VBD" and j > low and tokens[j - 1].lower() in _PRONOUNS \
        and not any(tokens[x].lower() in _REPORTING for x in range(low, j))


_PRONOUNS = {"he", "she", "they", "i", "we", "it", "who"}


def verb_tense(doc: Document) -> Tense:
    """Tense at a clean offset from the tagged verbs nearest to it in its sentence: "will", "is expected to"
    (future), a past-tense verb (past), else the sentence-wide regex. "Officials said Friday that the plan
    will start" is past: "said" is nearer to "Friday" than "will"."""
    from bisect import bisect_left

    tokens, tags = doc.tokens, doc.tags

    def tense(offset: int) -> str:
        i = min(bisect_left(doc.starts, offset), len(tokens) - 1)
        sentence = doc.sentences[doc.token_sentence[i]]
        k = i - 1
        while k > sentence.first_token and tags[k] == "DT":
            k -= 1
        if k - 1 >= sentence.first_token and tokens[k].lower() in ("on", "in") and tags[k - 1] == "VBN" \
                and tokens[k - 2].lower() not in _AUXILIARIES:
            return PAST  # "The deal, signed on Thursday, is expected to ...", "proposed in the March budget"
        if k - 1 >= sentence.first_token and tags[k] == "VBN" and tokens[k - 1].lower() not in _AUXILIARIES \
                and tokens[k].lower() not in _FUTURE_BEFORE_TO and tags[k - 1].startswith("NN"):
            return PAST  # "in a report released Wednesday", "figures published Tuesday"
        low, high = _quotation(tokens, sentence.first_token, sentence.last_token, i)
        # a modal places months and days ahead, but weekdays go by the nearer verb ("the results would be
        # known on Saturday night", written that Saturday)
        weekday = tokens[i].lower().rstrip(".").removesuffix("s") in WEEKDAYS
        if weekday and _scheduled_present(tokens, tags, max(low, i - 5), i):
            return FUTURE
        if _until_before(tokens, max(low, i - 4), i) and not any(tags[j] == "VBD" for j in range(low, high)):
            return FUTURE  # "alerts are now in place until 9am on Wednesday"
        later_clause = None  # a future cue after the date and a comma ("in January, with Sydney expected to")
        for distance in range(1, 12):
            for j in (i - distance, i + distance):
                if not low <= j < high:
                    continue
                word, tag = tokens[j].lower(), tags[j]
                if word in _OWN_DATE and j + 1 < len(tokens) and tokens[j + 1].lower() in _PERIODS:
                    continue  # "demand next year in a report released Wednesday": "next year" dates itself only
                if word in _FUTURE_WORDS or (word in _FUTURE_BEFORE_TO and j + 1 < len(tokens) and not _past_expectation(
                        tokens, tags, low, j) and tokens[j + 1].lower() == "to") or (
                        word in _FUTURE_BEFORE_DATE and j < i and j + 1 < len(tokens)
                        and tokens[j + 1].lower() in ("on", "in", "for", "by")
                        and not (word == "planned" and _past_plan(tokens, tags, low, high, j))) or (
                        word in _MODALS and j < i and tokens[j + 1].lower() not in ("have", "not", "n't")
                        and not weekday):
                    if j > i and "," in tokens[i:j]:
                        later_clause = later_clause or FUTURE
                        continue  # a past verb before the date still wins ("surpassed the peak in January, with")
                    return FUTURE  # "... would be sent as early as July", "could be elected in December"
                if word in _REPORTING and j > i and "," in tokens[i:j] and high - j <= 5 \
                        and "that" not in tokens[j:high]:
                    continue  # a closing attribution (", the official stated on Sunday.")
                if (tag == "VBD" or word in _PAST_WORDS) and not (later_clause and j > i):
                    return PAST
        if later_clause:
            return later_clause
        if (low, high) != (sentence.first_token, sentence.last_token):  # in a quotation: its own words decide
            quoted = doc.text[doc.starts[low]:doc.ends[high - 1]] if high > low else ""
            return FUTURE if FUTURE_CUE.search(quoted) else PAST if PAST_CUE.search(quoted) else NEAREST
        return sentence_tense(doc.text, offset)

    return tense


def _until_before(tokens: list[str], first: int, i: int) -> bool:
    """ "until 9am on Wednesday", "until Friday": "until" or "till" within the few tokens before the date ("through"
    is not: "raised $2.3 million through the end of June", "a poll taken Wednesday through Sunday")."""
    return any(tokens[k].lower() in ("until", "till", "til") for k in range(first, i))


_OPEN, _CLOSE = ("“", "``"), ("”", "''")


def _quotation(tokens: list[str], first: int, last: int, i: int) -> tuple[int, int]:
    """The tokens a verb may be taken from for token `i`: those of the quotation it stands in ("I think we'll
    meet the deadline by mid-February," he said: "said" does not place the date), else the whole sentence."""
    opened, straight = None, None
    for k in range(first, i):
        if tokens[k] in _OPEN:
            opened = k
        elif tokens[k] in _CLOSE:
            opened = None
        elif tokens[k] == '"':
            straight = None if straight is not None else k
    start = opened if opened is not None else straight
    for k in range(i, last):
        if tokens[k] in _CLOSE or (tokens[k] == '"' and (start is not None or opened is None)):
            if start is None and any(tokens[m] in _OPEN or tokens[m] == '"' for m in range(first, i)):
                break
            return (start + 1 if start is not None else first), k
        if tokens[k] in _OPEN:
            break
    return (start + 1, last) if start is not None else (first, last)


def number_rows(doc: Document) -> list[dict]:
    """One dict per figure, keyed by NUMBER_COLUMNS + EXTRA_COLUMNS, in reading order: what `find_numbers`
    tabulates. `number_records` gives them as the command line writes them."""
    published = published_of(doc.article)
    figures = scan(doc.text, published, verb_tense(doc) if doc.tokens else None, home_dollar(doc.article.url))
    rows = []
    original = doc.article.original
    for f in figures:
        start, end = doc.original_span(f.start, f.end)
        counts = counted_noun(doc, f.end) if f.kind == "cardinal" else None
        rows.append({
            "text": original[start:end], "kind": f.kind, "value": f.value, "currency": f.currency,
            "unit": f.unit, "start": start, "end": end, "sentence": doc.sentence_index_at(f.start),
            "counts": counts, "link": f.link, "precision": f.precision,
        })
    return rows


def number_records(doc: Document) -> list[dict]:
    """`number_rows` as `find_numbers`' table holds them, without building it (the command line's JSON).
    pandas infers the `value` column's dtype: where values are numbers and some is a float or None it is
    float64, so an int there is that float (5 -> 5.0); ints alone stay ints, and strings keep every value."""
    rows = number_rows(doc)
    values = [row["value"] for row in rows]
    if not all(type(value) is int for value in values) \
            and all(value is None or isinstance(value, (int, float)) for value in values) \
            and any(value is not None for value in values):
        for row in rows:
            if row["value"] is not None:
                row["value"] = float(row["value"])
    return rows


def find_numbers(doc: Document) -> pd.DataFrame:
    """One row per figure: NUMBER_COLUMNS + counts, link, precision; offsets into `doc.article.original`.

    `value` is a float for money, percent, quantity, cardinal and ordinal; an ISO 8601 string for date,
    duration and time; None when the text gives no exact value ("thousands", "recent months").
    """
    rows = number_rows(doc)
    names = NUMBER_COLUMNS + EXTRA_COLUMNS
    if not rows:
        frame = pd.DataFrame(rows, columns=names)  # every column of dtype object
        frame["link"] = pd.array([], dtype="Int64")
        return frame.astype({"value": object})
    # Built from columns (the same dtypes as from rows of dicts holding str, None, float and int, faster), with
    # the index given so no column is aligned. `value` keeps the dtype inferred from its values (float64 when
    # all are numbers, so None is NaN), then holds them as objects.
    columns = {name: [row[name] for row in rows] for name in names}
    index = pd.RangeIndex(len(rows))
    columns["value"] = pd.Series(columns["value"], index=index).astype(object)
    columns["link"] = pd.array(columns["link"], dtype="Int64")
    return pd.DataFrame(columns, index=index)  # the dict keeps the order of `names`
