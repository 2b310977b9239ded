"""Word frequencies, keyword in context, dispersion and a readability summary of one article.

What a corpus linguist expects from Voyant, AntConc or nltk's `Text`, computed from the shared `Document`
(its tokens and Penn tags) so that every count can be traced back to a span of the original text:

- `article_words` turns tokens into running words: punctuation and bare numbers dropped, possessive
  "’s" merged into its word ("Russia’s" counts as "Russia"), names joined by a hyphen split
  ("China-Russia" counts once for China and once for Russia), case folded, and lemmatised with WordNet
  using the tagger's part of speech ("talks" -> "talk", "ties" -> "tie", "praised" -> "praise").
  Proper nouns are never lemmatised ("Reuters" stays "Reuters") and acronyms never case-folded ("US"
  is not the pronoun "us"). Where a capital letter proves nothing (a sentence start, after an opening
  quote or a list dash, a title-case headline) the tagger's proper-noun tag is checked against the rest
  of the article and WordNet ("Thinks" in a headline is "think"; "Sanders" opening a sentence is still
  Sanders when the article writes it capitalised elsewhere).
- `frequency_table` counts them, stopwords out (nltk's English list, extendable: `stopword_list`).
- `keyword_in_context` and `dispersion` find any word or phrase by the same normalisation, with
  offsets into `doc.article.original`.
- `summary` gives the figures a reader asks first, with the Flesch readability formulas.
- `names_table` counts the people, places and organisations `helpers.entities` finds.
- `top_words_view` and `trace_view` are the plain functions the notebook's controls wrap.

Every option is a keyword argument of `WordOptions`; functions accept them as `**options`.
Results are cached per (document, options), so notebook controls respond at once. How a token reads
(its key, display form, stopword flag: `WordReading`) is worked out once per distinct (token, tag,
position) per process and reused across articles; counting (`frequency_table`, keyness, `summary`)
works on those readings (`running_readings`) without making a `Word` per running word. WordNet lemmas
come from `helpers.lemmas` (a cached derivative of WordNet, identical to nltk's lemmatizer).
"""
from __future__ import annotations

import math
import re
import textwrap
import weakref
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from itertools import chain, filterfalse, pairwise
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from helpers.language.lemmas import is_synset_name, lemmatize
from helpers.resources import require
from helpers.language.segment import TOKENIZER, Document

if TYPE_CHECKING:  # matplotlib is imported by the chart functions only: the command line draws nothing
    from matplotlib.figure import Figure

# --------------------------------------------------------------------------- word lists and patterns
# Kept in one place; tests/test_words.py checks the examples.

# A running word starts with a letter. Must match: "talks", "U.S.", "whistle-stop", "O’Brien", "G7".
# Must not match: "18bn", "75th", "2022", "240.1bn", "–", "“", "$", "’s".
WORD_PATTERN = re.compile(r"^[^\W\d_][\w.’'-]*$")

# Clitics the tokenizer splits off, as the full word they stand for ("’s" as a verb is "is"/"has";
# as a possessive (tag POS) it is merged into the word before it instead).
CLITICS: dict[str, str] = {"n't": "not", "'re": "are", "'ve": "have", "'ll": "will", "'m": "am",
                           "'d": "would", "'s": "is"}

# An acronym keeps its capitals when case is folded. Must match: "US", "NATO", "U.S.", "EU".
# Must not match: "Us", "I", "A", "Putin".
ACRONYM_PATTERN = re.compile(r"^(?:[A-Z]{2,}|(?:[A-Z]\.){2,})$")

# Penn Treebank tag prefix -> WordNet part of speech (nouns, verbs, adjectives, adverbs only).
PENN_TO_WORDNET: dict[str, str] = {"NN": "n", "VB": "v", "JJ": "a", "RB": "r"}
PROPER_TAGS = frozenset({"NNP", "NNPS"})
TITLE_WIDTH = 70  # characters of a chart title line before it wraps
UNKNOWN_TAG = "?"  # a tag not to trust (a capitalised dictionary word opening a sentence or in a headline)

# A title-case headline: after its first word, at least HEADLINE_MIN_WORDS words and at least HEADLINE_SHARE
# of them capitalised. Must count as one: "How Paul Ryan Thinks About Trump And Trade". Must not:
# "Vladimir Putin met Xi Jinping in Beijing on Thursday." (5 of 8), "The Carnegie Russia Eurasia Center said so."
HEADLINE_MIN_WORDS = 4
HEADLINE_SHARE = 0.75

SYLLABLE_METHOD = ("vowel groups (a e i o u y) per word, minus a silent final -e (but not -le after a "
                   "consonant), a silent -ed (except after t or d) and a silent -es (except after s, x, z, "
                   "ch, sh, ce, ge); at least one per word")
READABILITY_FORMULA = ("Flesch Reading Ease (Flesch 1948): 206.835 − 1.015 × words per sentence − "
                       "84.6 × syllables per word; Flesch–Kincaid grade (Kincaid et al. 1975): "
                       "0.39 × words per sentence + 11.8 × syllables per word − 15.59")


@dataclass(frozen=True)
class WordOptions:
    """How tokens become counted words (the defaults are what the notebook and command line use)."""

    lowercase: bool = True            # fold case ("The" and "the" count together); acronyms keep capitals
    remove_stopwords: bool = True     # drop nltk's English stopwords (plus `extra_stopwords`)
    extra_stopwords: tuple[str, ...] = ()
    lemmatize: bool = True            # WordNet lemma with the tagger's part of speech
    merge_possessives: bool = True    # "Russia’s" counts as "Russia"
    split_name_compounds: bool = True  # "China-Russia" counts for China and for Russia

    @classmethod
    def make(cls, options: WordOptions | None = None, **kwargs) -> WordOptions:
        """Options from keyword arguments (unknown names raise TypeError, lists become tuples)."""
        if "extra_stopwords" in kwargs:
            kwargs["extra_stopwords"] = tuple(sorted({w.lower() for w in kwargs["extra_stopwords"] or ()}))
        if options is not None:
            return cls(**{**asdict(options), **kwargs})
        return cls(**kwargs)



class Word(NamedTuple):
    """One running word of the article (a named tuple, not a dataclass: an article makes one per token, and
    a tuple is made four times faster)."""

    key: str        # what is counted: the normalised form ("talk", "russia", "US")
    display: str    # how this occurrence would be shown ("talk", "Russia")
    surface: str    # as written (possessive merged or not, per the options)
    token: int      # index of its token in `doc.tokens`
    start: int      # clean-text span of the word (without a merged possessive)
    end: int
    sentence: int
    stop: bool      # a stopword under the options
    initial: bool = False  # first word of its sentence (or after an opening quote), or in a headline


# --------------------------------------------------------------------------- resources


@lru_cache(maxsize=4)
def nltk_stopwords(language: str = "english") -> tuple[str, ...]:
    """nltk's stopword list for a language (loaded once)."""
    require("stopwords")
    from nltk.corpus import stopwords

    return tuple(stopwords.words(language))


def stopword_list(extra: Iterable[str] = ()) -> list[str]:
    """The stopwords in use: nltk's English list plus `extra`, sorted, so a reader can see them."""
    return sorted(set(nltk_stopwords()) | {w.lower() for w in extra})


@lru_cache(maxsize=200_000)
def lemma(word: str, pos: str) -> str:
    """WordNet lemma of a lower-case word for a WordNet part of speech ('n', 'v', 'a', 'r')."""
    return lemmatize(word, pos)


def preload() -> None:
    """Load the stopword list and the WordNet lemma maps now (`helpers.lemmas`: tens of milliseconds from
    their cache, about a second when it is built), e.g. in a parent process before forking workers."""
    nltk_stopwords()
    lemma("talks", "n")


def wordnet_pos(tag: str) -> str | None:
    """WordNet part of speech of a Penn tag ("VBD" -> "v"), None for tags WordNet has no lemmas for."""
    return PENN_TO_WORDNET.get(tag[:2])


# --------------------------------------------------------------------------- normalisation


def is_word(token: str) -> bool:
    """A running word: starts with a letter (so punctuation and bare numbers are not words)."""
    return WORD_PATTERN.match(token) is not None


def is_acronym(token: str) -> bool:
    return ACRONYM_PATTERN.match(token) is not None


def is_name(surface: str, tag: str, *, initial: bool) -> bool:
    """A capitalised proper noun, or a capitalised noun mid-sentence (the tagger sometimes tags an
    unfamiliar name such as "Xi" as NN). Names are not lemmatised and are never stopwords."""
    if not surface[:1].isupper():
        return False
    return tag in PROPER_TAGS or (not initial and tag in ("NN", "NNS"))


def normalise(surface: str, tag: str, *, initial: bool, options: WordOptions) -> tuple[str, str]:
    """(key, display) of one word: the form counted, and the form shown to a reader.

    Names (see `is_name`) keep their written form; other words are lemmatised (when asked) from their
    lower-case form with the part of speech from their tag, and shown capitalised only when written so
    mid-sentence ("Chinese"). Acronyms lose their dots and keep their capitals ("U.S." -> "US").
    """
    if is_acronym(surface):
        acronym = surface.replace(".", "")
        return acronym, acronym
    lower = surface.lower()
    if is_name(surface, tag, initial=initial):
        return (lower if options.lowercase else surface), surface
    form = lower
    if options.lemmatize:
        form = CLITICS.get(lower.replace("’", "'"), form)
        pos = wordnet_pos(tag)
        if pos is not None:
            form = lemma(form, pos)
        elif tag == UNKNOWN_TAG:  # a title-case headline word: the first part of speech that has a lemma
            form = next((f for f in (lemma(form, p) for p in "nva") if f != form), form)
    capitalised = surface[:1].isupper()
    if not capitalised:
        shown = form
    else:  # as written when the lemma is the word itself ("China-Russia"), else capitalised ("Talk")
        shown = surface if form == lower else form[:1].upper() + form[1:]
    display = shown if capitalised and not initial else form
    key = form if options.lowercase else shown
    return key, display


# Tokens after which a capital letter is expected, as at the start of a sentence.
# Must open: "“Never", "(Reuters", ": Jeb", "- Increased" (a list item). A straight quote opens only
# when attached to the next word ('"Never'), not when it closes a quote ('past" Sanders').
OPENERS = frozenset({"“", "‘", "(", "[", ":", "«", "—", "–", "-", "•", "*", "·"})
STRAIGHT_QUOTES = frozenset({'"', "'"})


_WORDS_CACHE: weakref.WeakKeyDictionary[Document, dict[WordOptions, list[Word]]] = weakref.WeakKeyDictionary()
_READINGS_CACHE: weakref.WeakKeyDictionary[Document, dict[WordOptions, Readings]] = weakref.WeakKeyDictionary()


def article_words(doc: Document, options: WordOptions | None = None, **kwargs) -> list[Word]:
    """The running words of the article in order, stopwords included (flagged `stop`). Cached."""
    options = WordOptions.make(options, **kwargs)
    cache = _WORDS_CACHE.setdefault(doc, {})
    if options not in cache:
        cache[options] = _article_words(doc, options)
    return cache[options]


def running_readings(doc: Document, options: WordOptions | None = None, **kwargs) -> list[WordReading]:
    """The running words of the article in order, as `article_words` gives them but without their place
    in the article: what counting needs (the frequency list, keyness), cheaper than a `Word` each."""
    return list(chain.from_iterable(_readings(doc, WordOptions.make(options, **kwargs)).parts))


def _readings(doc: Document, options: WordOptions) -> Readings:
    """`_token_readings`, cached per document and options (the frequency list and `article_words` share it)."""
    cache = _READINGS_CACHE.setdefault(doc, {})
    if options not in cache:
        cache[options] = _token_readings(doc, options)
    return cache[options]


def headline_sentences(doc: Document, starts: Sequence[int] | None = None) -> set[int]:
    """Sentences written in title case (headlines), where a capital letter is no sign of a name.
    `starts`: `_first_letters(doc.tokens)` when the caller has it already."""
    found = set()
    starts = _first_letters(doc.tokens) if starts is None else starts
    for index, sentence in enumerate(doc.sentences):
        after_first = starts[sentence.first_token + 1:sentence.last_token]
        words = after_first.count(_LOWER_LETTER) + after_first.count(_CAPITAL)
        capitals = after_first.count(_CAPITAL)
        if words >= HEADLINE_MIN_WORDS and capitals >= HEADLINE_SHARE * words:
            found.add(index)
    return found


# How a token starts: `_CAPITAL` when its first character is a capital letter (t[:1].isalpha() and
# t[:1].isupper()), `_LOWER_LETTER` for another letter, `_UPPER_OTHER` for a capital that is no letter
# ("Ⅳ"), `_OTHER` for anything else ("2022", "“").
_OTHER, _LOWER_LETTER, _UPPER_OTHER, _CAPITAL = 0, 1, 2, 3


def _first_letters(tokens: Sequence[str]) -> list[int]:
    """How each token starts (see `_CAPITAL`)."""
    return [token[:1].isalpha() + 2 * token[:1].isupper() for token in tokens]


@lru_cache(maxsize=50_000)
def is_dictionary_word(lower: str) -> bool:
    """A common word of WordNet in some part of speech ("aberration", "thinks", "china" the porcelain);
    not a name WordNet only knows capitalised ("Russia", "Paul") and not an unknown word ("carson").
    The word or its lemma is, as written, the name of one of its synsets (`lemmas.is_synset_name`)."""
    for pos in "nvar":
        for base in {lower, lemma(lower, pos)}:
            if is_synset_name(base, pos):
                return True
    return False


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-case first names from nltk's `names` corpus: "Paul Ryan" in a headline stays a name."""
    require("names")
    from nltk.corpus import names

    return frozenset(n.lower() for n in names.words())


class WordReading(NamedTuple):
    """One running word as a token reads, without its place in the article: everything counting needs."""

    surface: str    # as written (see `Word`)
    offset: int     # where it starts in its token (a part of "China-Russia" starts after the hyphen)
    end: int        # where it ends in its token
    key: str
    display: str
    stop: bool
    initial: bool


# Per options: (token, tag, initial) -> what `_token_parts` makes of it (nothing for a token that is not
# a word). Computed once per distinct token (an article repeats most of its words; a corpus repeats them
# across articles), cleared when large.
_PARTS_CACHE: dict[WordOptions, dict[tuple[str, str, bool], tuple[WordReading, ...]]] = {}
CACHE_LIMIT = 200_000


def _parts_cache(options: WordOptions) -> dict:
    cache = _PARTS_CACHE.get(options)
    if cache is None or len(cache) > CACHE_LIMIT:
        cache = _PARTS_CACHE[options] = {}
    return cache


def _token_parts(token: str, tag: str, initial: bool, options: WordOptions, stop: frozenset[str],
                 extra: frozenset[str]) -> tuple[WordReading, ...]:
    """The words a token counts as: itself, or each name of a hyphenated compound ("China-Russia"); none
    for punctuation, a number, or a possessive "’s" (merged into, or by option kept with, the word before)."""
    folded = token.replace("’", "'").lower()
    if (folded == "'s" and tag == "POS") or not (is_word(token) or folded in CLITICS):
        return ()
    parts = _parts(token, 0, options)
    out = []
    for part_number, (part, offset) in enumerate(parts):
        part_tag = "NNP" if len(parts) > 1 else tag
        first = initial and part_number == 0
        key, display = normalise(part, part_tag, initial=first, options=options)
        is_stop = (part.lower() in extra or key.lower() in extra  # asked for: always removed
                   or (key.lower() in stop and not is_acronym(part)
                       and not (part_tag in PROPER_TAGS and part[:1].isupper() and not first)))
        out.append(WordReading(part, offset, offset + len(part), key, display, is_stop, first))
    return tuple(out)


class Readings(NamedTuple):
    """The tokens of an article that count as words, and the words each counts as (see `_token_parts`):
    all `article_words` and the frequency list need, computed once per document and options."""

    tokens: list[int]                 # index of each such token in `doc.tokens`, in order
    parts: list[tuple[WordReading, ...]]  # the words it counts as


def _article_words(doc: Document, options: WordOptions) -> list[Word]:
    readings = _readings(doc, options)
    starts, token_sentence = doc.starts, doc.token_sentence
    words: list[Word] = []
    add = words.append
    for index, parts in zip(readings.tokens, readings.parts):
        start, sentence = starts[index], token_sentence[index]
        for surface, offset, end, key, display, is_stop, first in parts:
            add(Word(key, display, surface, index, start + offset, start + end, sentence, is_stop, first))
    return words


def _token_readings(doc: Document, options: WordOptions) -> Readings:
    # nltk's list is matched against the counted form (so "won", a fragment of "won't" in nltk's list,
    # does not remove the verb "won" -> "win"); extra stopwords also against the written form ("said")
    stop = frozenset(stopword_list(options.extra_stopwords))
    extra = frozenset(options.extra_stopwords)
    tokens, tags, ends, token_sentence = doc.tokens, doc.tags, doc.ends, doc.token_sentence
    capitals = _first_letters(tokens)
    headlines = headline_sentences(doc, capitals)
    initials = _initials(doc)
    # words the body of the article capitalises mid-sentence and never writes in lower case: names, even
    # where a capital proves nothing (a headline, a sentence start: "Sanders" is not "sander")
    lower_seen = {t for t in tokens if t.islower()}
    body_capitals = {t.lower() for t, code, opens, sentence in zip(tokens, capitals, initials, token_sentence)
                     if code >= _UPPER_OTHER and not opens and sentence not in headlines} - lower_seen
    cache = _parts_cache(options)
    known_parts = cache.get
    keep_possessives = not options.merge_possessives
    indices: list[int] = []
    readings: list[tuple[WordReading, ...]] = []
    for index, (token, tag, sentence, opens) in enumerate(zip(tokens, tags, token_sentence, initials)):
        initial = opens or sentence in headlines
        if initial:
            if capitals[index] >= _UPPER_OTHER and token.lower() in body_capitals:
                tag = "NNPS" if tag == "NNS" else "NNP"  # "Sanders" opening a sentence is still Sanders
            elif tag in PROPER_TAGS and not is_acronym(token) and is_dictionary_word(token.lower()):
                # where a capital proves nothing, the tagger's NNP is a guess: "Thinks", "Never" are words,
                # "Paul Ryan" (a first name before a capital) is still a name
                first_name = index + 1 < len(tokens) and tokens[index + 1][:1].isupper() \
                    and token.lower() in first_names()
                if not first_name:
                    tag = UNKNOWN_TAG
        parts = known_parts((token, tag, initial))
        if parts is None:
            parts = cache[(token, tag, initial)] = _token_parts(token, tag, initial, options, stop, extra)
        if not parts:
            continue
        if keep_possessives and index + 1 < len(tokens) and tags[index + 1] == "POS" \
                and doc.starts[index + 1] == ends[index]:
            suffix = tokens[index + 1]  # the last part takes the "’s"
            last = parts[-1]
            parts = parts[:-1] + (last._replace(surface=last.surface + suffix, key=last.key + suffix,
                                                display=last.display + suffix),)
        indices.append(index)
        readings.append(parts)
    return Readings(indices, readings)


def _initials(doc: Document) -> list[bool]:
    """`_opens` of every token, looking only at sentence starts and at the tokens after an opener."""
    tokens, starts, ends = doc.tokens, doc.starts, doc.ends
    out = [False] * len(tokens)
    for sentence in doc.sentences:
        out[sentence.first_token] = True
    for previous in [i for i, token in enumerate(tokens[:-1]) if token in OPENERS or token in STRAIGHT_QUOTES]:
        index = previous + 1
        if not out[index]:
            out[index] = ends[previous] == starts[index] if tokens[previous] in STRAIGHT_QUOTES else True
    return out


def _opens(doc: Document, index: int) -> bool:
    """Whether a token is where a capital letter is expected: a sentence start, or after an opener."""
    if index == doc.sentences[doc.token_sentence[index]].first_token:
        return True
    previous = doc.tokens[index - 1]
    if previous in STRAIGHT_QUOTES:
        return doc.ends[index - 1] == doc.starts[index]
    return previous in OPENERS


def _parts(token: str, start: int, options: WordOptions) -> list[tuple[str, int]]:
    """A token, or the names it joins with hyphens ("China-Russia") when every part is capitalised."""
    if options.split_name_compounds and "-" in token:
        pieces = token.split("-")
        if len(pieces) > 1 and all(p[:1].isupper() and is_word(p) for p in pieces):
            out, position = [], start
            for piece in pieces:
                out.append((piece, position))
                position += len(piece) + 1
            return out
    return [(token, start)]


def display_forms(words: Sequence[Word] | Sequence[WordReading], keys: set[str] | None = None) -> dict[str, str]:
    """For each key (or each of `keys`), the form a reader sees: its most common display form mid-sentence
    ("Russia", "talk"), where capitals mean something; the most common form anywhere when it only opens
    sentences."""
    counts = Counter(map(attrgetter("key", "display", "initial"), words))
    if keys is not None:
        counts = {triple: count for triple, count in counts.items() if triple[0] in keys}
    return _display_forms(counts)


def _display_forms(counts: dict[tuple[str, str, bool], int]) -> dict[str, str]:
    """`display_forms` from the counts of each (key, display, initial), in order of first appearance."""
    # merge the counts: forms stay in order of first appearance, so ties go to the form seen first, as
    # Counter.most_common(1) would choose
    inside: dict[str, dict[str, int]] = {}
    anywhere: dict[str, dict[str, int]] = {}
    for (key, display, initial), count in counts.items():
        forms = anywhere.setdefault(key, {})
        forms[display] = forms.get(display, 0) + count
        if not initial:
            forms = inside.setdefault(key, {})
            forms[display] = forms.get(display, 0) + count
    shown = {}
    for key, counter in anywhere.items():
        candidates = inside.get(key) or counter
        form = max(candidates, key=candidates.__getitem__)  # the first of the most common
        if key not in inside and form[:1].islower() and not is_dictionary_word(form.lower()):
            form = form[:1].upper() + form[1:]  # only ever opens sentences, and no dictionary word: "Jeb"
        shown[key] = form
    return shown


# --------------------------------------------------------------------------- frequency list


def frequency_table(doc: Document, top_n: int | None = 20, *, options: WordOptions | None = None,
                    **kwargs) -> pd.DataFrame:
    """The article's words by count, with their rate per 1,000 running words and the forms merged.

    Columns: word, count, per_1000, forms. Ties keep the order of first appearance. The rate's
    denominator is every running word, stopwords included (as in AntConc and Voyant), so rates stay
    comparable whatever the stopword setting. `frame.attrs` holds `total_words` and the `stopwords` used.
    """
    options = WordOptions.make(options, **kwargs)
    # counted from the readings of the running words, without making a `Word` of each; Counter keeps the
    # order of first appearance for ties
    running = running_readings(doc, options)
    counted = list(filterfalse(attrgetter("stop"), running)) if options.remove_stopwords else running
    counts = Counter(map(attrgetter("key"), counted))
    top = counts.most_common(top_n)
    shown_keys = {key for key, _ in top}
    forms: dict[str, list[tuple[str, int]]] = {}  # key -> (surface, count) in order of first appearance
    for (key, surface), count in Counter(map(attrgetter("key", "surface"), counted)).items():
        if key in shown_keys:
            forms.setdefault(key, []).append((surface, count))
    shown = display_forms(counted, keys=shown_keys)
    rows = [(shown[key], count, count * 1000 / max(len(running), 1),  # forms by count, ties in order seen
             ", ".join(form for form, _ in sorted(forms[key], key=itemgetter(1), reverse=True)))
            for key, count in top]
    frame = pd.DataFrame(rows, columns=["word", "count", "per_1000", "forms"])
    frame.attrs["total_words"] = len(running)
    frame.attrs["stopwords"] = stopword_list(options.extra_stopwords) if options.remove_stopwords else []
    return frame


def top_words_chart(doc: Document, top_n: int = 20, *, name: str | None = None, **options) -> Figure:
    """Bar chart of the `top_n` most frequent words (the plain function the notebook's slider wraps)."""
    from helpers.views import charts

    table = frequency_table(doc, top_n=top_n, **options)
    if table.empty:
        raise ValueError("no words to chart: the article has no words under these options")
    leaders = table.loc[table["count"] == table["count"].iloc[0], "word"].tolist()
    title = (f"“{leaders[0]}” is the article’s most frequent word" if len(leaders) == 1
             else f"{_join(leaders[:3])} are the article’s most frequent words")
    opts = WordOptions.make(**options)
    note = ("stopwords removed" if opts.remove_stopwords else "stopwords kept") + \
           (" · lemmatised" if opts.lemmatize else "")
    return charts.barh(table.set_index("word")["count"], title=wrap_title(title), xlabel="Occurrences in the article",
                       source=doc.article.name, name=name, highlight=len(leaders), note=note)


# --------------------------------------------------------------------------- keyword in context


def query_keys(query: str, options: WordOptions) -> list[set[str]]:
    """The keys each word of a query may match: "talks" matches the lemma "talk", "Russia’s" matches
    "russia"; a word with several readings ("leaves": leaf or leave) matches all of them."""
    words = [t for t in TOKENIZER.tokenize(query) if is_word(t)]
    wanted = []
    for word in words:
        keys = set()
        for tag in ("NNP", "NN", "VB", "JJ", "RB", "IN"):
            for initial in (True, False):
                keys.add(normalise(word, tag, initial=initial, options=options)[0])
        wanted.append(keys)
    return wanted


def find_occurrences(doc: Document, query: str, **options) -> list[tuple[int, int, int]]:
    """(first word index, clean start, clean end) of every occurrence of a word or phrase."""
    opts = WordOptions.make(**options)
    words = article_words(doc, opts)
    wanted = query_keys(query, opts)
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
    so "talk" finds "talks" and "Russia" finds "Russia’s"; the full name of an entity `helpers.entities`
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


# --------------------------------------------------------------------------- dispersion


def occurrences(doc: Document, query: str, **options) -> list[tuple[int, int, int]]:
    """(word position, clean start, clean end) of a word, a phrase, or a named entity.

    A query that is the name of an entity `helpers.entities` found ("Vladimir Putin") gives every
    mention of it ("Putin", "the Russian president" when linked); anything else is matched as words.
    """
    # a one-word query is matched as a word: it finds at least what the entity's mentions would ("Russia"
    # also inside "China-Russia Expo") and does not need the entity finder at all
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


def dispersion_title(positions: dict[str, list[int]], total: int) -> str:
    """A title stating the finding: which words run through the article, and where another one sits."""
    places = {word: where_in_article(found, total) for word, found in positions.items()}
    throughout = [w for w, where in places.items() if where == "runs through the article"]
    others = [(w, where) for w, where in places.items() if where and w not in throughout]
    parts = []
    if throughout:
        parts.append(f"{_join(throughout[:3])} run{'s' if len(throughout[:3]) == 1 else ''} through the article")
    if others:
        parts.append(f"{others[0][0]} {others[0][1]}")
    if not parts:
        return "The traced words are spread unevenly across the article"
    return "; ".join(parts)


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


def dispersion_chart(doc: Document, queries: Sequence[str], *, name: str | None = None,
                     **options) -> Figure:
    """Lexical dispersion plot (as nltk's `Text.dispersion_plot`): one row per word, a tick per
    occurrence, the article's running words along the x axis, sentence starts as faint gridlines."""
    from helpers.views import charts

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


# --------------------------------------------------------------------------- summary and readability


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_WORD_JOINS = re.compile(r"[-’']")
_NOT_LETTERS = re.compile(r"[^a-z]")


@lru_cache(maxsize=100_000)
def syllables(word: str) -> int:
    """Syllables of an English word by the vowel-group method (see SYLLABLE_METHOD)."""
    parts = [p for p in _WORD_JOINS.split(word.lower()) if p]
    if len(parts) > 1:
        return sum(syllables(p) for p in parts)
    letters = _NOT_LETTERS.sub("", word.lower())
    if not letters:
        return 0
    count = len(_VOWEL_GROUPS.findall(letters))
    if len(letters) > 2 and letters.endswith("e") and not letters.endswith(("le", "ee", "ye")) \
            and letters[-2] not in "aeiouy":
        count -= 1  # silent e: "make", "praise"
    elif letters.endswith("le") and len(letters) > 2 and letters[-3] in "aeiouy":
        count -= 1  # "whale", "sale": vowel before -le makes the e silent
    elif letters.endswith("ed") and len(letters) > 3 and letters[-3] not in "td" \
            and letters[-3] not in "aeiouy":
        count -= 1  # silent -ed: "praised", "announced" (but "wanted", "ended")
    elif letters.endswith("es") and len(letters) > 3 and letters[-3] not in "aeiouy" \
            and not letters.endswith(("ses", "xes", "zes", "ches", "shes", "ces", "ges")):
        count -= 1  # silent -es: "makes" (but "boxes", "pieces")
    return max(count, 1)


@dataclass(frozen=True)
class Summary:
    """The figures a reader asks about an article's language first."""

    words: int
    sentences: int
    paragraphs: int
    unique_words: int
    type_token_ratio: float
    mean_sentence_length: float
    syllables_per_word: float
    flesch_reading_ease: float
    flesch_kincaid_grade: float

    def frame(self) -> pd.DataFrame:
        """The summary as a two-column table (measure, value) for the notebook."""
        labels = {
            "words": "Running words", "sentences": "Sentences", "paragraphs": "Paragraphs",
            "unique_words": "Unique words (case-folded forms)", "type_token_ratio": "Type-token ratio",
            "mean_sentence_length": "Mean sentence length (words)",
            "syllables_per_word": "Syllables per word", "flesch_reading_ease": "Flesch Reading Ease",
            "flesch_kincaid_grade": "Flesch–Kincaid grade level",
        }
        return pd.DataFrame([(labels[k], round(v, 2) if isinstance(v, float) else v)
                             for k, v in asdict(self).items()], columns=["measure", "value"], dtype=object)


def summary(doc: Document) -> Summary:
    """Words, sentences, paragraphs, unique words, type-token ratio, mean sentence length and the
    Flesch scores (READABILITY_FORMULA; syllables by SYLLABLE_METHOD). Words are running words as in
    the frequency list (punctuation and numbers excluded, possessives merged); unique words are their
    case-folded written forms, not lemmas."""
    words = running_readings(doc, WordOptions(lemmatize=False, remove_stopwords=False))
    n_words, n_sentences = len(words), len(doc.sentences)
    unique = len({w.surface.lower() for w in words})
    per_sentence = n_words / max(n_sentences, 1)
    per_word = sum(syllables(surface) * count for surface, count in Counter(map(attrgetter("surface"), words)).items()
                   ) / max(n_words, 1)
    return Summary(
        words=n_words, sentences=n_sentences, paragraphs=len(doc.paragraphs), unique_words=unique,
        type_token_ratio=unique / max(n_words, 1), mean_sentence_length=per_sentence,
        syllables_per_word=per_word,
        flesch_reading_ease=206.835 - 1.015 * per_sentence - 84.6 * per_word,
        flesch_kincaid_grade=0.39 * per_sentence + 11.8 * per_word - 15.59,
    )


# Flesch (1948) Reading Ease bands: (lowest score, description)
FLESCH_BANDS = ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "plain English"),
                (50, "fairly difficult"), (30, "difficult"), (float("-inf"), "very difficult"))


def flesch_band(score: float) -> str:
    """Flesch's own description of a Reading Ease score (60-70 is plain English)."""
    return next(label for lowest, label in FLESCH_BANDS if score >= lowest)


def headline(doc: Document, *, top_n: int = 5, **options) -> str:
    """The findings of the notebook in four Markdown lines (article words HTML-escaped)."""
    import html

    from helpers.words.keyness import keyness

    def listing(pairs) -> str:
        return ", ".join(f"{html.escape(str(word))} ({count})" for word, count in pairs)

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
                     f"news corpus): {', '.join(html.escape(w) for w in key['word'])}.")
    lines.append(f"- **Length and difficulty:** {facts.words:,} words in {facts.sentences} sentences "
                 f"({facts.mean_sentence_length:.0f} words each on average); Flesch Reading Ease "
                 f"{facts.flesch_reading_ease:.0f}, “{flesch_band(facts.flesch_reading_ease)}”.")
    return "\n".join(lines)


# --------------------------------------------------------------------------- who and what is named

KIND_LABELS = {"person": "person", "place": "place", "organisation": "organisation", "other": "other name"}


def _entities(doc: Document) -> list:
    from helpers.language.entities import find_entities

    return find_entities(doc)


def _entity_named(doc: Document, name: str):
    """The entity whose full name is `name` (case-insensitive), or None."""
    wanted = name.strip().lower()
    for entity in _entities(doc):
        if entity.name.lower() == wanted:
            return entity
    return None


def names_table(doc: Document, *, kinds: Sequence[str] | None = None, top_n: int | None = None) -> pd.DataFrame:
    """People, places and organisations with their mention counts, variants merged into one name.

    Built on `helpers.language.entities.find_entities`: a surname counts toward the full name introduced earlier
    ("Xi" -> "Xi Jinping") and a title the article links to a person counts toward that person.
    Columns: name, kind, mentions, per_1000 (per 1,000 running words), variants (each form as written,
    with its count), start, end (the first mention in the original text).
    """
    total = max(len(article_words(doc)), 1)
    rows = []
    for entity in _entities(doc):
        if kinds is not None and entity.kind not in kinds:
            continue
        spans = sorted(entity.mentions)
        if not spans:
            continue
        variants = Counter(doc.text[a:b] for a, b in spans)
        start, end = doc.original_span(*spans[0])
        rows.append({"name": entity.name, "kind": entity.kind, "mentions": len(spans),
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


def names_chart(doc: Document, *, top_n: int = 12, name: str | None = None) -> Figure:
    """Bars of mentions per named entity, coloured by kind (person, place, organisation, other)."""
    from matplotlib.patches import Patch

    from helpers.views import charts

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
    present = [k for k in kinds if k in set(table["kind"])]
    ax.legend(handles=[Patch(color=colors[k], label=KIND_LABELS[k]) for k in present], loc="lower right")
    top = table.iloc[::-1]
    leaders = top.loc[top["mentions"] >= top["mentions"].iloc[0] * 0.5, "name"].tolist()[:4]
    title = f"{_join(leaders)} dominate the article’s names" if len(leaders) > 1 \
        else f"{leaders[0]} is the name the article mentions most"
    return charts.finish(fig, ax, title=wrap_title(title), xlabel="Mentions (surnames and linked titles included)",
                         source=doc.article.name, name=name)


# --------------------------------------------------------------------------- notebook controls


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
            import matplotlib.pyplot as plt

            plt.close(self.figure)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        if self.figure is not None:
            display(self.figure)
        if self.text:
            print(self.text)
        if self.table is not None:
            display(self.table)


def top_words_view(doc: Document, top_n: int = 20, remove_stopwords: bool = True, lemmatize: bool = True) -> View:
    """The top-N slider and the stopword and lemma switches: chart and table of the top words."""
    options = {"remove_stopwords": remove_stopwords, "lemmatize": lemmatize}
    table = frequency_table(doc, top_n=top_n, **options)
    return View(top_words_chart(doc, top_n=top_n, **options), table)


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


# --------------------------------------------------------------------------- helpers


def wrap_title(title: str) -> str:
    """A long finding on two lines rather than running off the chart; first letter capitalised."""
    return "\n".join(textwrap.wrap(title[:1].upper() + title[1:], TITLE_WIDTH))


def _join(items: Sequence[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
