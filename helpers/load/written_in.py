"""Which language an article is written in, roughly: enough to tell a reader when the English rules of the
analysis (quotes and their speech verbs, names, numbers in words, readability) do not apply.

Two clues that cost little and come from what nltk and Unicode already know: the script most letters are
written in (the first word of each letter's Unicode name: LATIN, DEVANAGARI, ARABIC, CYRILLIC, CJK...), and
the nltk `stopwords` list (about thirty languages) that covers the most running words. English text has a
quarter or more of its words in nltk's English list, so most articles stop at the first count. A text in
another script is named by it ("Devanagari script", "Cyrillic script"; "Korean" for Hangul), as one script
serves several languages (Hindi, Marathi, Nepali); in Latin letters, the language whose list covers a sixth or
more of the words is the guess. Too few words (under `MIN_WORDS`) give no guess.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache, cache

MIN_WORDS = 30
SAMPLE = 20_000  # characters read: the opening of a long text says its language
ENGLISH_SAMPLE = 2_000  # some 300 words: enough to see that a text is English, the common case
ENGLISH_SHARE = 0.25  # share of words in nltk's English stopwords above which a text is English
LANGUAGE_SHARE = 1 / 6  # share another language's list must cover to be named
MIN_DISTINCT = 5  # and how many of its different stopwords the text must use
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIXED_LISTS = frozenset({"hinglish"})  # Hindi in Latin letters mixed with English words: English text fits it
# scripts one language (or one family a reader knows) is written in; others are named by their script
SCRIPT_LANGUAGES = {"HANGUL": "Korean", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "CJK": "Chinese or Japanese",
                    "GREEK": "Greek", "HEBREW": "Hebrew", "THAI": "Thai", "ARMENIAN": "Armenian",
                    "GEORGIAN": "Georgian"}


@cache
def stoplist(language: str) -> frozenset[str]:
    """nltk's stopword list of one language, lower case."""
    from helpers.resources import require

    require("stopwords")
    from nltk.corpus import stopwords

    return frozenset(w.lower() for w in stopwords.words(language))


@lru_cache(maxsize=1)
def stoplists() -> dict[str, frozenset[str]]:
    """nltk's stopword list of every language it has one for (read only when a text is not plainly English)."""
    from helpers.resources import require

    require("stopwords")
    from nltk.corpus import stopwords

    return {lang: stoplist(lang) for lang in sorted(stopwords.fileids())}


def script_of(letter: str) -> str:
    """ "a" -> "LATIN", "क" -> "DEVANAGARI", "中" -> "CJK"; "" for a character Unicode does not name."""
    return unicodedata.name(letter, "").split(" ", 1)[0]


def main_script(text: str) -> str | None:
    """The script of most letters in the opening of a text (None for a text without letters)."""
    scripts = Counter(script_of(c) for c in text[:SAMPLE] if c.isalpha())
    return scripts.most_common(1)[0][0] if scripts else None


def guess_language(text: str) -> str | None:
    """ "english", "french", ... (nltk's names), "Devanagari script" for a script no list fits, or None when
    the text is too short to tell."""
    english = stoplist("english")
    opening = _WORD.findall(text[:ENGLISH_SAMPLE].lower())  # most texts: English, told from their opening alone
    if len(opening) >= MIN_WORDS and sum(map(english.__contains__, opening)) >= ENGLISH_SHARE * len(opening):
        return "english"
    words = [w.lower() for w in _WORD.findall(text[:SAMPLE])]
    if len(words) < MIN_WORDS:
        return None
    counts = Counter(words)
    if sum(n for w, n in counts.items() if w in english) >= ENGLISH_SHARE * len(words):
        return "english"
    lists = stoplists()
    script = main_script(text) or "LATIN"
    if script != "LATIN":  # the script says more than a list another language of it may share (Hindi, Nepali)
        return SCRIPT_LANGUAGES.get(script, f"{script.title()} script")
    hits = {lang: sum(n for w, n in counts.items() if w in stop) for lang, stop in lists.items()
            if lang not in MIXED_LISTS}
    best = max(hits, key=hits.get)
    if best.startswith("english"):  # "english-extended" where nltk's data has it
        return "english"
    distinct = sum(w in lists[best] for w in counts)  # garbage repeating one short stopword ("ad") is no language
    if hits[best] >= LANGUAGE_SHARE * len(words) and distinct >= MIN_DISTINCT \
            and main_script(" ".join(lists[best])) == "LATIN":
        return best
    return None  # too few function words to tell (a menu, a list of names)


def language_name(guess: str) -> str:
    """A guess as a reader reads it: "french" -> "French"; "Devanagari script" as it is."""
    return guess if guess[:1].isupper() else guess.title()


def language_warning(text: str) -> tuple[str | None, str | None]:
    """(guess, warning): the warning, one line, when the text is not in English."""
    guess = guess_language(text)
    if guess is None or guess == "english":
        return guess, None
    return guess, (f"the text looks written in {language_name(guess)}, not English: quotes, names, numbers in "
                   "words and the reading level follow English rules, so expect them to miss")
