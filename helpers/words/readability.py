"""The figures a reader asks about an article's language first: length, sentences, vocabulary and the
Flesch readability formulas."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from functools import lru_cache
from operator import attrgetter

import pandas as pd

from helpers.language.segment import Document
from helpers.words.frequency import WordOptions, running_readings


SYLLABLE_METHOD = ("vowel groups (a e i o u y) per word, minus a silent final -e (but not -le after a "
                   "consonant), a silent -ed (except after t or d) and a silent -es (except after s, x, z, "
                   "ch, sh, ce, ge); at least one per word")


READABILITY_FORMULA = ("Flesch Reading Ease (Flesch 1948): 206.835 − 1.015 × words per sentence − "
                       "84.6 × syllables per word; Flesch–Kincaid grade (Kincaid et al. 1975): "
                       "0.39 × words per sentence + 11.8 × syllables per word − 15.59")


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
    the frequency list (punctuation and numbers excluded, possessives merged), except that every word of
    a name counts as a word, as Flesch counted them: "Sri Lanka" is two words of three syllables here
    while the frequency list counts it once (`WordOptions.names_as_units`), so the reading level does not
    depend on which names are found. Unique words are their case-folded written forms, not lemmas."""
    words = running_readings(doc, WordOptions(lemmatize=False, remove_stopwords=False, names_as_units=False))
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
