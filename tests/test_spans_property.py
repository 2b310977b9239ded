"""Property: whatever the text, furniture and whitespace, every reported span maps back exactly."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.load.article import from_text
from helpers.language.segment import Document

WORDS = st.sampled_from(
    ["Putin", "Xi", "said", "“warm”", "Russia’s", "$18bn", "(£14bn)", "29%", "talks.", "Café", "Cafe\u0301",
     "مشاركة", "Mr.", "U.S.", "don’t", "'quoted'", "—", "...", "5,000", "e\u0301t\u00e9", "🙂", "עברית"]
)
SPACES = st.sampled_from([" ", " ", " ", "  ", "\t", "\n", "\n\n", " \n ", "\u00a0", "\r\n", "\x00", "\u200b"])
FURNITURE = st.sampled_from(["Share", "مشاركة :", "Advertisement", "Read more", "Sign up", "Print"])


@st.composite
def articles(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        if draw(st.integers(0, 9)) == 0:
            parts.append("\n" + draw(FURNITURE) + "\n")
        else:
            parts.append(draw(WORDS))
        parts.append(draw(SPACES))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(articles())
def test_every_span_maps_back_to_the_original(original):
    article = from_text(original)
    for removed in article.removed:
        assert original[removed.start:removed.end] == removed.text
    doc = Document(article)
    frame = doc.tokens_frame()
    for token, start, end in zip(frame["token"], frame["start"], frame["end"]):
        mapped = original[start:end]
        if unicodedata.is_normalized("NFC", mapped):
            assert mapped == token
        else:  # a word re-normalised to NFC maps to the whole original word
            assert token in unicodedata.normalize("NFC", mapped)
    for sentence in doc.sentences_frame().itertuples():
        assert unicodedata.normalize("NFC", original[sentence.start:sentence.end]).startswith(sentence.text[:1])


@settings(max_examples=100, deadline=None)
@given(articles())
def test_cleaning_removes_only_what_it_reports(original):
    """Every non-space character of the original is in the clean text or in a reported removal."""
    article = from_text(original)
    def visible(text: str) -> str:  # NUL and zero-width spaces count as spaces, as cleaning treats them
        return "".join(text.replace("\x00", " ").replace("\u200b", " ").split())

    kept = visible(article.text)
    removed = "".join(visible(r.text) for r in article.removed)  # a removed line may hold a NUL inside
    expected = unicodedata.normalize("NFC", visible(original))
    assert sorted(unicodedata.normalize("NFC", kept + removed)) == sorted(expected)


QUOTE_WORDS = st.sampled_from(
    ["“warm", "friendship”", "“", "”", '"', "‘", "’", "''", "``", "«", "»", "said", "Putin", "Xi", "told",
     "reporters", "Russia’s", "'90s", "$18bn", "(£14bn)", "29%", "Tuesday", "last", "year", "two-day", "the",
     "first", "5,000", "troops", "“Never", "again.”", ",", ".", "he", "added", "according", "to"]
)
QUOTE_MARKS = "“”\"‘’'`«»"


@st.composite
def quoted_articles(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 60))):
        parts.append(draw(QUOTE_WORDS))
        parts.append(draw(st.sampled_from([" ", " ", " ", "\n", "\n\n", "  "])))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(quoted_articles())
def test_quotes_and_numbers_map_back_and_are_stable(original):
    from helpers.pipeline import analyze_article

    result = analyze_article(from_text(original, published="2024-05-16"))
    for quote in result["quotes"]:
        span = original[quote["start"]:quote["end"]]
        assert span[0] in QUOTE_MARKS and span[-1] in QUOTE_MARKS, span
        assert quote["text"] in span
    for number in result["numbers"]:
        assert original[number["start"]:number["end"]] == number["text"]
    assert analyze_article(from_text(original, published="2024-05-16")) == result
