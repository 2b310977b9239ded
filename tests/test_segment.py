"""Paragraphs, sentences, tokens and tags, with offsets into the original text."""
from __future__ import annotations

import re

import pytest

from helpers.load.article import from_text
from helpers.language.segment import TOKENIZER, Document


@pytest.mark.parametrize(
    "text, tokens",
    [
        pytest.param("Russia’s president", ["Russia", "’s", "president"], id="possessive split off"),
        pytest.param("tariffs on $18bn (£14bn)", ["tariffs", "on", "$", "18bn", "(", "£", "14bn", ")"], id="money"),
        pytest.param("the 75th anniversary", ["the", "75th", "anniversary"], id="ordinal in digits"),
        pytest.param("a two-day visit", ["a", "two-day", "visit"], id="hyphenated word"),
        pytest.param("the U.S. and 5,000 troops", ["the", "U.S.", "and", "5,000", "troops"], id="abbreviation, number"),
        pytest.param("he said: “best friend”.", ["he", "said", ":", "“", "best", "friend", "”", "."], id="quote marks"),
        pytest.param("don’t O’Brien", ["do", "n’t", "O’Brien"], id="contraction and name"),
        pytest.param("29% at 3:30", ["29", "%", "at", "3:30"], id="percent and time"),
    ],
)
def test_tokenizer(text, tokens):
    assert TOKENIZER.tokenize(text) == tokens


def test_seed_sentences_tokens_and_offsets(seed_document):
    doc = seed_document
    original = doc.article.original
    assert len(doc.paragraphs) == 1
    sentences = doc.sentences_frame()
    assert len(sentences) == 24
    assert sentences["text"].iloc[-1] == "Chinese exports to Russia have dipped slightly."
    tokens = doc.tokens_frame()
    assert all(original[s:e] == t for t, s, e in zip(tokens["token"], tokens["start"], tokens["end"]))
    assert all(original[s:e] == t for t, s, e in zip(sentences["text"], sentences["start"], sentences["end"]))


@pytest.mark.parametrize(
    "word, tag",
    [("Putin", "NNP"), ("praised", "VBD"), ("talks", "NNS"), ("’s", "POS"), ("“", "``"), ("two", "CD")],
)
def test_seed_tags(seed_document, word, tag):
    doc = seed_document
    tags = {t for token, t in zip(doc.tokens, doc.tags) if token == word}
    assert tag in tags


def test_paragraphs_and_sentences_follow_the_source():
    doc = Document(from_text("First one. Second one.\n\nThird one here.\n\n\n"))
    assert [doc.text[s:e] for s, e in doc.paragraphs] == ["First one. Second one.", "Third one here."]
    assert [(s.paragraph, doc.text[s.start:s.end]) for s in doc.sentences] == [
        (0, "First one."), (0, "Second one."), (1, "Third one here.")
    ]


@pytest.mark.parametrize("text", ["", "   ", "!!! ??? ...", "\n\n\n"], ids=["empty", "spaces", "punctuation", "newlines"])
def test_degenerate_texts_give_empty_or_small_results(text):
    doc = Document(from_text(text))
    assert len(doc.tags) == len(doc.tokens)
    assert all(tok.strip() for tok in doc.tokens)


@pytest.mark.parametrize(
    "text, sentences",
    [
        pytest.param("Gov. Jerry Brown said it. Then he left.", 2, id="Gov. is not a sentence end"),
        pytest.param("Sgt. Maria Lopez and Rev. Al Sharpton spoke.", 1, id="Sgt. and Rev."),
        pytest.param("He said no. The talks ended.", 2, id="'no.' still ends a sentence"),
        pytest.param("Mr. Xi met Mr. Putin in the U.S. capital.", 1, id="nltk's own abbreviations"),
        pytest.param("As John Cornyn, the No. 2 in the GOP leadership, put it: no.", 1, id="No. before a figure"),
        pytest.param("He is the No. 2 in the party. No. He is not.", 3, id="No. before a word ends a sentence"),
        pytest.param("The police spokesman Lieut. Colonel Kareem al-Zaidi spoke.", 1, id="Lieut. Colonel"),
        pytest.param("He met Lt. Colonel Anna White. Then he left.", 2, id="Lt. before a word Punkt sees opening"),
        pytest.param("Pte. Tom Baker and Cpl. Anna White and Brig. Ann Lee spoke.", 1, id="Pte., Cpl., Brig."),
    ],
)
def test_news_abbreviations_do_not_split_sentences(text, sentences):
    assert len(Document(from_text(text)).sentences) == sentences


def test_punkt_model_read_as_nltk_reads_it():
    """punkt_parameters reads the files in one piece; the model must be nltk's, field for field."""
    from nltk.data import find
    from nltk.tokenize.punkt import load_punkt_params

    from helpers.language.segment import punkt_parameters

    ours, nltks = punkt_parameters("english"), load_punkt_params(find("tokenizers/punkt_tab/english/"))
    for field in ("collocations", "sent_starters", "abbrev_types", "ortho_context"):
        assert getattr(ours, field) == getattr(nltks, field), field
    assert len(ours.ortho_context) > 10_000 and ours.ortho_context["zzz-not-a-word"] == 0


def test_fast_tokens_only_where_re_reads_the_pattern_as_regex_does():
    """Every character the fast path lets through is a word, digit or space character alike in `re` and
    in `regex` (nltk's engine), so `re` finds the same tokens there."""
    import sys

    import regex

    from helpers.language.segment import _RE_DIFFERS

    accepted = [chr(c) for c in range(sys.maxunicode + 1)
                if not 0xD800 <= c <= 0xDFFF and _RE_DIFFERS.search(chr(c)) is None]
    assert 900 < len(accepted) < 2000
    for pattern in (r"\w", r"\d", r"\s"):
        assert [c for c in accepted
                if bool(regex.match(pattern, c, regex.V0)) != bool(re.match(pattern, c))] == []


@pytest.mark.parametrize("sentence", [
    "Russia’s “best friend” won’t pay $18bn, 2.5% of 5,000 U.S. a.m. O’Brien’s",
    "Café déjà vu — naïve façade № 5 … €20 → ≥ 3",
    "e\u0301te\u0301 with combining accents",  # marks: regex reads them as word characters, re does not
    "2½ miles, 10² and x³",  # fractions and superscripts
    "বাংলা ভারত and தமிழ் names",  # Indic scripts with vowel signs
    "a\u200dzero\u200cjoiners and snake_case‿tie",
    "",
])
def test_token_spans_are_nltks(sentence):
    from helpers.language.segment import _token_spans

    assert _token_spans(sentence) == list(TOKENIZER.span_tokenize(sentence))
