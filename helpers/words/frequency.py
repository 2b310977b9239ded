"""Word frequencies, keyword in context, dispersion and a readability summary of one article.

What a corpus linguist expects from Voyant, AntConc or nltk's `Text`, computed from the shared `Document`
(its tokens and Penn tags) so that every count can be traced back to a span of the original text:

- `article_words` turns tokens into running words: punctuation and numbers ("12", "crore") dropped, possessive
  "’s" merged into its word ("Russia’s" counts as "Russia"), names joined by a hyphen split
  ("China-Russia" counts once for China and once for Russia), case folded, and lemmatised with WordNet
  using the tagger's part of speech ("talks" -> "talk", "ties" -> "tie", "praised" -> "praise").
  Proper nouns are never lemmatised ("Reuters" stays "Reuters") and acronyms never case-folded ("US"
  is not the pronoun "us"). Where a capital letter proves nothing (a sentence start, after an opening
  quote or a list dash, a title-case headline) the tagger's proper-noun tag is checked against the rest
  of the article and WordNet ("Thinks" in a headline is "think"; "Sanders" opening a sentence is still
  Sanders when the article writes it capitalised elsewhere). Plurals that name a thing and abbreviations
  are not lemmatised either ("data", "media", "vs": `NOT_LEMMATISED`).
- A name is one running word (`name_units`, option `names_as_units`): every mention of a name that
  `helpers.language.entities` finds reads as one word from its first token to its last, keyed and shown
  as the name the article introduced ("Sri Lanka", "Goldman Sachs"; "Putin" counts for "Vladimir
  Putin"), so no top word is a piece of a name. Rates per 1,000 words and the readability summary still
  count every word of a name (`running_total`): they are about words of text.
- `frequency_table` counts them, stopwords out (nltk's English list, extendable: `stopword_list`; "Mr", "Ms" too).
- `keyword_in_context` and `dispersion` find any word or phrase by the same normalisation, with
  offsets into `doc.article.original`.
- `summary` gives the figures a reader asks first, with the Flesch readability formulas.
- `names_table` counts the people, places and organisations `helpers.language.entities` finds.
- `top_words_view` and `trace_view` are the plain functions the notebook's controls wrap.

Every option is a keyword argument of `WordOptions`; functions accept them as `**options`.
Results are cached per (document, options), so notebook controls respond at once. How a token reads
(its key, display form, stopword flag: `WordReading`) is worked out once per distinct (token, tag,
position) per process and reused across articles; counting (`frequency_table`, keyness, `summary`)
works on those readings (`running_readings`) without making a `Word` per running word. WordNet lemmas
come from `helpers.language.lemmas` (a cached derivative of WordNet, identical to nltk's lemmatizer).
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from itertools import chain, filterfalse
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from helpers.language.entities import first_names, mention_index
from helpers.language.lemmas import is_synset_name, lemmatize
from helpers.language.name_lists import PERSON_TITLES
from helpers.resources import require
from helpers.language.segment import Document
from helpers.language.transcript import labels_left_out

if TYPE_CHECKING:  # matplotlib is imported by the chart functions only: the command line draws nothing
    pass

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

# Words WordNet would lemmatise but a news reader does not: plurals used as the name of a thing ("the
# media", "the data show": not "medium", "datum") and abbreviations ("vs" is not the letter "v").
# Must stay: "data", "media", "Media" opening a headline, "vs". Still lemmatised: "criteria", "talks".
NOT_LEMMATISED = frozenset({"data", "media", "metadata", "multimedia", "vs", "versus"})

# Penn Treebank tag prefix -> WordNet part of speech (nouns, verbs, adjectives, adverbs only).
PENN_TO_WORDNET: dict[str, str] = {"NN": "n", "VB": "v", "JJ": "a", "RB": "r"}
PROPER_TAGS = frozenset({"NNP", "NNPS"})
UNKNOWN_TAG = "?"  # a tag not to trust (a capitalised dictionary word opening a sentence or in a headline)

# A title-case headline: after its first word, at least HEADLINE_MIN_WORDS words and at least HEADLINE_SHARE
# of them capitalised. Must count as one: "How Paul Ryan Thinks About Trump And Trade". Must not:
# "Vladimir Putin met Xi Jinping in Beijing on Thursday." (5 of 8), "The Carnegie Russia Eurasia Center said so."
HEADLINE_MIN_WORDS = 4
HEADLINE_SHARE = 0.75


@dataclass(frozen=True)
class WordOptions:
    """How tokens become counted words (the defaults are what the notebook and command line use)."""

    lowercase: bool = True            # fold case ("The" and "the" count together); acronyms keep capitals
    remove_stopwords: bool = True     # drop nltk's English stopwords (plus `extra_stopwords`)
    extra_stopwords: tuple[str, ...] = ()
    lemmatize: bool = True            # WordNet lemma with the tagger's part of speech
    merge_possessives: bool = True    # "Russia’s" counts as "Russia"
    split_name_compounds: bool = True  # "China-Russia" counts for China and for Russia
    names_as_units: bool = True       # a name is one word: "Sri Lanka", "Goldman Sachs" (see `name_units`)

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
    name: bool = False     # a name counted as one unit ("Sri Lanka"): spans all its tokens


# --------------------------------------------------------------------------- resources


@lru_cache(maxsize=4)
def nltk_stopwords(language: str = "english") -> tuple[str, ...]:
    """nltk's stopword list for a language (loaded once)."""
    require("stopwords")
    from nltk.corpus import stopwords

    return tuple(stopwords.words(language))


# Parts of speech that never carry content, whatever nltk's list says: numbers written as words ("two"), prepositions
# and subordinators ("since", "amid"), determiners, modals, pronouns, wh-words: left out with the stopwords.
FUNCTION_TAGS = frozenset({"CD", "IN", "CC", "DT", "EX", "MD", "PDT", "TO", "WDT", "WP", "WP$", "WRB", "PRP",
                           "PRP$", "UH"})
# Magnitude words nltk's tagger does not always read as numbers (it tags "million" CD but "crore", "bn" and
# "thousands" nouns) and the rupee's "Rs": amounts, not what a story is about (a test keeps them in step with
# numbers.lexicon). Courtesy titles: British and Australian papers write "Mr Miles" at every mention.
NUMBER_WORDS = frozenset({"lakh", "lakhs", "lac", "lacs", "crore", "crores", "bn", "bln", "mn", "mln", "tn",
                          "trn", "thousand", "hundreds", "thousands", "millions", "billions", "dozens", "rs", "cr"})
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "mx", "messrs", "dr", "shri", "smt"})
NOT_CONTENT = NUMBER_WORDS | COURTESY_TITLES


def stopword_list(extra: Iterable[str] = ()) -> list[str]:
    """The stopwords in use: nltk's English list plus `extra`, sorted, so a reader can see them."""
    return sorted(set(nltk_stopwords()) | {w.lower() for w in extra})


@lru_cache(maxsize=200_000)
def lemma(word: str, pos: str) -> str:
    """WordNet lemma of a lower-case word for a WordNet part of speech ('n', 'v', 'a', 'r')."""
    return lemmatize(word, pos)


def preload() -> None:
    """Load the stopword list and the WordNet lemma maps now (`helpers.language.lemmas`: tens of milliseconds from
    their cache, about a second when it is built), e.g. in a parent process before forking workers."""
    nltk_stopwords()
    lemmatize("talks", "n")  # not the cached `lemma`: a remembered answer would load nothing


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
    if options.lemmatize and lower not in NOT_LEMMATISED and not lower.endswith("."):
        form = CLITICS.get(lower.replace("’", "'"), form)
        pos = wordnet_pos(tag)
        if pos is not None:
            form = lemma(form, pos)
        elif tag == UNKNOWN_TAG:  # a title-case headline word: the first part of speech that has a lemma
            form = next((f for f in (lemma(form, p) for p in "nva") if f != form), form)
        if len(form) == 1 < len(lower) and form.isalpha():
            form = lower  # a single letter is no lemma of a longer word: an abbreviation ("vs", "Ms")
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
OPENERS = frozenset({"“", "‘", "(", "[", ":", "«", "—", "–", "-", "•", "*", "·", "●"})
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
        readings = _token_readings(doc, options)
        cache[options] = _with_name_units(doc, readings, options) if options.names_as_units else readings
    return cache[options]


def running_total(doc: Document, options: WordOptions | None = None, **kwargs) -> int:
    """How many running words the article has, each word of a name counted ("Sri Lanka" is two): the
    denominator of every rate per 1,000 words and of keyness, and the word count the readability summary
    gives. A name is one unit in what is counted, but a reader's "per 1,000 words" means words of text."""
    return _readings(doc, WordOptions.make(options, **kwargs)).words


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


class WordReading(NamedTuple):
    """One running word as a token reads, without its place in the article: everything counting needs."""

    surface: str    # as written (see `Word`)
    offset: int     # where it starts in its token (a part of "China-Russia" starts after the hyphen)
    end: int        # where it ends in its token
    key: str
    display: str
    stop: bool
    initial: bool
    name: bool = False  # a name counted as one unit (`name_units`); its span may cover several tokens


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
        first = initial and part_number == 0 and part[:1].isupper()  # written in lower case: its own case
        key, display = normalise(part, part_tag, initial=first, options=options)
        is_stop = (part.lower() in extra or key.lower() in extra  # asked for: always removed
                   or (key.lower().rstrip(".") in NOT_CONTENT and not part.isupper())  # not "MS", the illness
                   or ((key.lower() in stop or part_tag in FUNCTION_TAGS)
                       and not is_acronym(part)
                       and not (part_tag in PROPER_TAGS and part[:1].isupper() and not first)))
        out.append(WordReading(part, offset, offset + len(part), key, display, is_stop, first))
    return tuple(out)


class Readings(NamedTuple):
    """The tokens of an article that count as words, and the words each counts as (see `_token_parts`):
    all `article_words` and the frequency list need, computed once per document and options."""

    tokens: list[int]                 # index of each such token in `doc.tokens`, in order
    parts: list[tuple[WordReading, ...]]  # the words it counts as
    words: int                        # running words with each word of a name counted (`running_total`)


def _article_words(doc: Document, options: WordOptions) -> list[Word]:
    readings = _readings(doc, options)
    starts, token_sentence = doc.starts, doc.token_sentence
    words: list[Word] = []
    add = words.append
    for index, parts in zip(readings.tokens, readings.parts):
        start, sentence = starts[index], token_sentence[index]
        for surface, offset, end, key, display, is_stop, first, name in parts:
            add(Word(key, display, surface, index, start + offset, start + end, sentence, is_stop, first, name))
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
    return Readings(*labels_left_out(doc, indices, readings))  # a transcript's speaker labels are no words


# --------------------------------------------------------------------------- names as units


def name_units(doc: Document) -> list[tuple[int, int, str]]:
    """(first token, end token (exclusive), canonical name) of every mention of a name, in text order:
    the spans counted as one word each ("Sri Lanka", "Goldman Sachs", "Maria del Carmen Lopez").

    The mentions are those `helpers.language.entities` finds (the `names` of the analyze JSON); a mention
    counts toward the full name the article introduced ("Putin" after "Vladimir Putin"), written as the
    article most often writes it in several words (the first such form on a tie): "Donald Trump", not
    "Republican Donald Trump" when the article wrote that once and "Donald Trump" three times. Linked titles
    ("the Chinese president"), groups and capitalised common nouns ("Serbs", "Internet") are no names, and
    a mention that does not start and end on token boundaries is left to its tokens."""
    starts, ends = doc.starts, doc.ends
    units: list[tuple[int, int, str]] = []
    taken = 0  # tokens before this one already belong to a unit
    mentions = _name_mentions(doc)
    full = _full_names(doc, mentions)
    for start, end, entity in mentions:
        first, last = bisect_left(starts, start), bisect_left(ends, end)
        if first < taken or last >= len(ends) or first > last or starts[first] != start or ends[last] != end:
            continue
        units.append((first, last + 1, full.get(id(entity), entity.name)))
        taken = last + 1
    return _written_again(doc, units)


def _name_mentions(doc: Document) -> list:
    """(start, end, entity) of the mentions that are names: no linked titles, no groups; a person's name
    starts after an office of several words the finder took in ("Finance Minister Palaniappan
    Chidambaram", "T-Mobile CEO John Legere": the name is "Palaniappan Chidambaram", "John Legere")."""
    rows = []
    for start, end, entity in mention_index(doc)[1]:
        if entity.common or (start, end) in entity.title_mentions:
            continue
        if entity.kind == "person":
            words = list(_WORD_SPANS.finditer(doc.text, start, end))
            titles = [k for k in range(1, len(words) - 1) if words[k].group().lower() in PERSON_TITLES]
            if titles:
                start = words[titles[-1] + 1].start()
        rows.append((start, end, entity))
    return rows


_WORD_SPANS = re.compile(r"\S+")


def _full_names(doc: Document, mentions: list) -> dict[int, str]:
    """id(entity) -> the form of several words the article writes it in most (first on a tie)."""
    forms: dict[int, Counter] = {}
    for start, end, entity in mentions:
        written = " ".join(doc.text[start:end].split())
        if " " in written:
            forms.setdefault(id(entity), Counter())[written] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in forms.items()}


def shown_names(doc: Document) -> dict[int, str]:
    """id(entity) -> the name the frequency list shows for it (`name_units`): its usual full form."""
    return _full_names(doc, _name_mentions(doc))


def _written_again(doc: Document, units: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`units` and every other place the article writes one of its names of several words token for
    token, where the finder saw none ("New York" in "New York Mayor Eric Adams", when the article names
    New York elsewhere): a name reads the same wherever it is written."""
    tokens = doc.tokens
    known: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for first, end, name in units:
        if end - first > 1:
            written = tuple(tokens[first:end])
            if (written, name) not in known.get(written[0], ()):
                known.setdefault(written[0], []).append((written, name))
    if not known:
        return units
    for candidates in known.values():
        candidates.sort(key=lambda candidate: -len(candidate[0]))  # longest first
    covered = {i for first, end, _ in units for i in range(first, end)}
    found = []
    index = 0
    while index < len(tokens):
        for written, name in known.get(tokens[index], ()):
            end = index + len(written)
            if tuple(tokens[index:end]) == written and not covered.intersection(range(index, end)):
                found.append((index, end, name))
                index = end - 1
                break
        index += 1
    return sorted(units + found) if found else units


def name_key(name: str, options: WordOptions) -> tuple[str, str]:
    """(key, display) of a name counted as a unit: as a one-word name reads ("Russia": "russia"; an
    acronym keeps its capitals and loses its dots, "U.S." -> "US"), whatever its number of words."""
    if " " not in name and is_acronym(name):
        bare = name.replace(".", "")
        return bare, bare
    return (name.lower() if options.lowercase else name), name


def _with_name_units(doc: Document, readings: Readings, options: WordOptions) -> Readings:
    """`readings` with every mention of a name (`name_units`) read as one word spanning its tokens, keyed
    and shown as its canonical name; never lemmatised, never a stopword unless asked (`extra_stopwords`).
    A compound of names in one token ("China-Russia", "Putin-Xi") still counts for each name
    (`split_name_compounds`) when one of them is a name the article also writes alone, and its parts
    count toward those names ("Putin" in "Putin-Xi" is Vladimir Putin), whether or not the finder lists
    the compound; otherwise a compound the finder lists is one name ("Rolls-Royce")."""
    units = name_units(doc)
    if not units:
        return readings
    tokens, starts, ends, tags, text = doc.tokens, doc.starts, doc.ends, doc.tags, doc.text
    extra = frozenset(options.extra_stopwords)
    by_token = dict(zip(readings.tokens, readings.parts))
    alone = {tokens[first].lower(): name_key(name, options)
             for first, end, name in units if end - first == 1}
    replaced: dict[int, tuple[WordReading, ...]] = {}
    covered: set[int] = set()
    for index, parts in by_token.items():
        if len(parts) > 1 and any(part.surface.lower() in alone for part in parts):
            replaced[index] = tuple(part._replace(key=alone[part.surface.lower()][0],
                                                  display=alone[part.surface.lower()][1], name=True)
                                    if part.surface.lower() in alone else part for part in parts)
    for first, end, name in units:
        while end - first > 1 and _common_opener(by_token.get(first)) and _opens(doc, first):
            # "Formal China-Russia" opening a sentence: the word reader saw a common word where a capital
            # proves nothing, so the name starts after it
            first += 1
            name = " ".join(text[starts[first]:ends[end - 1]].split())
        own = [by_token[i] for i in range(first, end) if i in by_token]
        if not own:
            continue  # no word in it
        last = end - 1
        if end - first == 1 and first in replaced:
            continue  # a compound of names the article also writes alone: counted for each, above
        key, display = name_key(name, options)
        surface = " ".join(text[starts[first]:ends[last]].split())
        if not options.merge_possessives and end < len(tokens) and tags[end] == "POS" and starts[end] == ends[last]:
            surface, key, display = surface + tokens[end], key + tokens[end], display + tokens[end]
        stop = bool(extra) and (surface.lower() in extra or key.lower() in extra)
        replaced[first] = (WordReading(surface, 0, ends[last] - starts[first], key, display, stop,
                                       own[0][0].initial, True),)
        covered.update(range(first + 1, end))
    order = sorted((set(readings.tokens) | replaced.keys()) - covered)
    return Readings(order, [replaced.get(i) or by_token[i] for i in order], readings.words)


def _common_opener(parts: tuple[WordReading, ...] | None) -> bool:
    """A word opening a sentence (or a headline word) that `_token_readings` read as a common word
    ("Formal", "Thinks"), not as a name."""
    return parts is not None and len(parts) == 1 and parts[0].initial and parts[0].display[:1].islower() \
        and parts[0].surface.lower() not in first_names()  # "Maria del Carmen Lopez" starts with Maria


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

    Columns: word, count, per_1000, forms. A name is one word ("Xi Jinping", its mentions "Xi" among its
    forms; `WordOptions.names_as_units`). Ties keep the order of first appearance. The rate's
    denominator is every running word, stopwords included (as in AntConc and Voyant), so rates stay
    comparable whatever the stopword setting, and each word of a name counts in it (`running_total`: the
    summary's word count). `frame.attrs` holds `total_words` and the `stopwords` used.
    """
    options = WordOptions.make(options, **kwargs)
    frame = pd.DataFrame(_frequency_rows(doc, top_n, options), columns=FREQUENCY_COLUMNS)
    frame.attrs["total_words"] = running_total(doc, options)
    frame.attrs["stopwords"] = stopword_list(options.extra_stopwords) if options.remove_stopwords else []
    return frame


def top_words(doc: Document, top_n: int | None = 20, *, options: WordOptions | None = None,
              **kwargs) -> list[dict]:
    """`frequency_table`'s rows as dicts keyed by FREQUENCY_COLUMNS (the command line's `top_words`),
    without building the table."""
    rows = _frequency_rows(doc, top_n, WordOptions.make(options, **kwargs))
    return [dict(zip(FREQUENCY_COLUMNS, row)) for row in rows]


FREQUENCY_COLUMNS = ["word", "count", "per_1000", "forms"]


def _frequency_rows(doc: Document, top_n: int | None, options: WordOptions) -> list[tuple[str, int, float, str]]:
    """(word, count, per_1000, forms) of the `top_n` words (see `frequency_table`)."""
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
    total = running_total(doc, options)
    return [(shown[key], count, count * 1000 / max(total, 1),  # forms by count, ties in order seen
             ", ".join(form for form, _ in sorted(forms[key], key=itemgetter(1), reverse=True)))
            for key, count in top]
