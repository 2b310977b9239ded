"""Paragraphs, sentences, tokens and part-of-speech tags of an article: computed once, shared by all.

Sentences come from nltk's Punkt (`punkt_tab`, English) per paragraph; tokens from an nltk
`RegexpTokenizer` whose pattern follows the Penn Treebank conventions the tagger was trained on
(clitics split: "Russia’s" -> "Russia" + "’s"; "$18bn" -> "$" + "18bn"); tags from nltk's averaged
perceptron tagger (scored with numpy by `helpers.language.tagger`: the same tags), loaded once per process.
Offsets are into the clean text (`article.text`); use `Document.original_span` or the `*_frame()`
methods for offsets into the original text.
"""
from __future__ import annotations

import io
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

import pandas as pd
from nltk.tokenize import RegexpTokenizer

from helpers.load.article import Article
from helpers.resources import require, use_project_nltk_data
from helpers.language.tagger import article_tagger

TOKEN_PATTERN = r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])          # U.S.  U.K.  a.m.
  | \w+(?=n['’]t\b)                          # do|n't
  | n['’]t\b
  | (?<=\w)['’](?:s|re|ve|ll|d|m)\b          # clitics: ’s 're 've
  | \d+(?:[.,:]\d+)*(?:[A-Za-z]+\b)?        # 5,000  240.1bn  75th  3:30
  | \w+(?:(?:-|['’](?!(?:s|re|ve|ll|d|m)\b))\w+)*   # words, hyphenated words, O’Brien
  | \.\.\.|--|[^\w\s]                        # punctuation, one mark at a time
"""
TOKENIZER = RegexpTokenizer(TOKEN_PATTERN, flags=re.VERBOSE | re.UNICODE)
# nltk runs the pattern with the `regex` module under a timeout guard, a third slower than Python's `re`
# (and the pattern is linear). The two modules agree on `\w`, `\d` and `\s` except for some characters
# (combining marks, superscript digits, control separators, letters of newer Unicode): a sentence without
# any of them is tokenized with `re`, the same spans; one with them by nltk's tokenizer (`_token_spans`).
_FAST_TOKENS = re.compile(TOKEN_PATTERN, re.VERBOSE | re.UNICODE)
# Any character outside the ranges where they agree (checked code point by code point; Latin, punctuation,
# currency signs, letterlike symbols, arrows and mathematical operators).
_RE_DIFFERS = re.compile("[^\x00-\x1b\x20-\xb1\xb4-\xb8\xba\xbb\xbf-\u02ff\u2000-\u200b\u200e-\u203e"
                         "\u2041-\u2053\u2055-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u22ff]")

# The tagger was trained on Treebank tokens, where quotation marks are `` and ''.
_TAGGER_FORM = {"“": "``", "”": "''", '"': "''", "‘": "`", "’": "'", "«": "``", "»": "''"}


def _tagger_form(token: str) -> str:
    form = _TAGGER_FORM.get(token)
    if form is not None:
        return form
    return token.replace("’", "'") if "’" in token else token


# Abbreviations of news copy that nltk's English Punkt model lacks ("Gov. Brown", "Sgt. Major", "Rev. King"),
# so it does not end a sentence after them. Words that also end sentences ("no.", "la.") are left out.
NEWS_ABBREVIATIONS = frozenset(
    "gov sens capt sgt cmdr supt atty rev hon mt dept univ assn e.g i.e mass md neb lieut brig cpl pte cdr insp"
    .split()
)
# "No. 2 in the leadership", "Nos. 3 and 4": "No." before a figure ends no sentence (NEWS_ABBREVIATIONS leaves
# "no." out, since "He said no." ends one).
_NUMBER_SIGN = re.compile(r"\bNos?\.$")
# A title before a name ends no sentence, even before a word Punkt often sees opening one ("Lt. Colonel Smith",
# "spokesman Lieut. Colonel Kareem al-Zaidi").
_TITLE_END = re.compile(r"\b(?:Lt|Lieut|Capt|Col|Gen|Maj|Sgt|Cpl|Cmdr|Brig|Adm|Gov|Sen|Rep|Rev|Dr|Prof|Insp|Det|"
                        r"Supt|Pte)\.$")


@lru_cache(maxsize=1)
def sentence_splitter():
    """nltk's Punkt sentence splitter for English (loaded once), taught NEWS_ABBREVIATIONS."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    parameters = punkt_parameters("english")
    parameters.abbrev_types.update(NEWS_ABBREVIATIONS)
    return PunktSentenceTokenizer(parameters)


def punkt_parameters(language: str):
    """The `punkt_tab` model, as nltk's `load_punkt_params` reads it, but each file read in one piece.

    nltk reads the model line by line through its seekable Unicode reader: 0.08 s of CPU, most of a
    notebook's document cell. Reading the bytes at once and handing nltk's own decoder the lines gives
    the same parameters (tests/test_segment.py compares them) in a few milliseconds.
    """
    require("punkt_tab")
    from nltk.data import find
    from nltk.tabdata import PunktDecoder
    from nltk.tokenize.punkt import PunktParameters

    folder = find(f"tokenizers/punkt_tab/{language}/")

    def lines(name: str) -> io.StringIO:
        with folder.join(name).open() as stream:
            return io.StringIO(stream.read().decode("utf-8"))

    decoder, parameters = PunktDecoder(), PunktParameters()
    parameters.collocations = set(decoder.tab2tups(lines("collocations.tab")))
    parameters.sent_starters = decoder.txt2set(lines("sent_starters.txt"))
    parameters.abbrev_types = decoder.txt2set(lines("abbrev_types.txt"))
    parameters.ortho_context = decoder.tab2intdict(lines("ortho_context.tab"))
    return parameters


@lru_cache(maxsize=1)
def pos_tagger():
    """nltk's own averaged perceptron tagger, loaded once: the reference `helpers.language.tagger` must equal.

    Documents are tagged by `helpers.language.tagger.article_tagger()`, the same model scored with numpy.
    """
    require("averaged_perceptron_tagger_eng")
    use_project_nltk_data()
    from nltk.tag import PerceptronTagger

    return PerceptronTagger()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    first_token: int
    last_token: int  # exclusive


class Document:
    """An article split into paragraphs, sentences and tagged tokens (clean-text offsets)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.paragraphs: list[tuple[int, int]] = paragraph_spans(self.text)
        self.sentences: list[Sentence] = []
        self.tokens: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.token_sentence: list[int] = []
        splitter = sentence_splitter()
        for p_index, (p_start, p_end) in enumerate(self.paragraphs):
            paragraph = self.text[p_start:p_end]
            for s_start, s_end in _sentence_spans(splitter, paragraph):
                first = len(self.tokens)
                sentence = paragraph[s_start:s_end]
                spans = _token_spans(sentence)
                offset = p_start + s_start
                self.starts.extend([offset + a for a, _ in spans])  # one list per sentence: faster than appends
                self.ends.extend([offset + b for _, b in spans])
                self.tokens.extend([sentence[a:b] for a, b in spans])
                if len(self.tokens) > first:
                    self.token_sentence.extend([len(self.sentences)] * (len(self.tokens) - first))
                    self.sentences.append(
                        Sentence(p_start + s_start, p_start + s_end, p_index, first, len(self.tokens)))

    @cached_property
    def tags(self) -> list[str]:
        """Penn Treebank tag of every token: nltk's perceptron tagger, sentence by sentence, once."""
        return article_tagger().tag(self.tagger_sentences())

    def tagger_sentences(self) -> list[list[str]]:
        """The words of each sentence as the tagger reads them (Treebank quotation marks)."""
        forms = [_tagger_form(t) for t in self.tokens]
        return [forms[s.first_token:s.last_token] for s in self.sentences]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets into `article.original` of a clean-text span."""
        return self.article.to_original(start, end)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Clean start offset of every sentence, in order (for bisecting)."""
        return [s.start for s in self.sentences]

    def sentence_index_at(self, offset: int) -> int:
        """Index of the sentence that contains (or, between sentences, precedes) a clean offset."""
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)

    def tokens_frame(self) -> pd.DataFrame:
        """One row per token: text, tag, sentence, paragraph, and start/end in the original text."""
        starts, ends = self.article.offsets.spans(self.starts, self.ends)
        return pd.DataFrame({
            "token": self.tokens,
            "tag": self.tags,
            "sentence": self.token_sentence,
            "paragraph": [self.sentences[s].paragraph for s in self.token_sentence],
            "start": starts,
            "end": ends,
        })

    def sentences_frame(self) -> pd.DataFrame:
        """One row per sentence: text (clean), paragraph, and start/end in the original text."""
        rows = []
        for index, s in enumerate(self.sentences):
            start, end = self.original_span(s.start, s.end)
            rows.append({"sentence": index, "paragraph": s.paragraph, "text": self.text[s.start:s.end],
                         "start": start, "end": end})
        return pd.DataFrame(rows, columns=["sentence", "paragraph", "text", "start", "end"])


def _token_spans(sentence: str) -> list[tuple[int, int]]:
    """TOKENIZER's spans of a sentence: with `re` where it reads the pattern as `regex` does (see `_FAST_TOKENS`)."""
    if _RE_DIFFERS.search(sentence) is None:
        return [match.span() for match in _FAST_TOKENS.finditer(sentence)]
    return list(TOKENIZER.span_tokenize(sentence))


CHUNK = 20_000  # Punkt is linear but nltk stops a regex after 5 s: feed it bounded pieces
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def _sentence_spans(splitter, paragraph: str):
    """Punkt's sentence spans (`_punkt_spans`), a sentence ending in "No." joined to the next when that opens with
    a figure ("As John Cornyn, the No. 2 in the leadership, put it"), one ending in a title to the next when that
    opens with a capital ("Lt. Colonel Smith")."""
    pending = None
    for start, end in _punkt_spans(splitter, paragraph):
        if pending is not None:
            joined = _NUMBER_SIGN.search(paragraph, pending[0], pending[1]) and paragraph[start:start + 1].isdigit() \
                or _TITLE_END.search(paragraph, pending[0], pending[1]) and paragraph[start:start + 1].isupper()
            if joined:
                pending = (pending[0], end)
                continue
            yield pending
        pending = (start, end)
    if pending is not None:
        yield pending


def _punkt_spans(splitter, paragraph: str):
    """Punkt's sentence spans, over pieces of at most about CHUNK characters for very long paragraphs.

    A long paragraph is cut at the last sentence-like ending before each CHUNK boundary (else at a
    space, else anywhere), so news-length paragraphs are never cut and huge ones stay linear.
    """
    position = 0
    while len(paragraph) - position > CHUNK:
        limit = position + CHUNK
        cut = None
        for match in _SENTENCE_END.finditer(paragraph, limit - CHUNK // 4, limit):
            cut = match.end()
        if cut is None:
            space = paragraph.rfind(" ", limit - CHUNK // 4, limit)
            cut = space + 1 if space > position else limit
        for start, end in splitter.span_tokenize(paragraph[position:cut]):
            yield position + start, position + end
        position = cut
    for start, end in splitter.span_tokenize(paragraph[position:]):
        yield position + start, position + end


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of a clean text (separated by one blank line)."""
    spans, position = [], 0
    for match in re.finditer(r"\n\n", text):
        if match.start() > position:
            spans.append((position, match.start()))
        position = match.end()
    if len(text) > position:
        spans.append((position, len(text)))
    return spans
