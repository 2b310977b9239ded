"""helpers.language.fastscan: a regex tried only where it can begin finds exactly what `finditer` finds."""
from __future__ import annotations

import re

import pytest

from helpers.language.fastscan import finditer_where, fold_case, word_trie


def spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("text,folded", [
    ("Twenty-Five", "twenty-five"),
    ("Twenty-ſix", "twenty-six"),  # re.IGNORECASE matches "ſ" to "s"; str.lower() keeps it
    ("FıVE", "five"),
    ("İstanbul", "istanbul"),  # str.lower() would give two characters
    ("“Xi’s” 75th", "“xi’s” 75th"),
], ids=["title-case", "long-s", "dotless-i", "dotted-capital-i", "marks-and-digits"])
def test_fold_case_keeps_offsets_and_matches_ignorecase(text, folded):
    assert fold_case(text) == folded
    assert len(fold_case(text)) == len(text)


def test_fold_case_agrees_with_ignorecase_on_every_letter():
    """Wherever `(?i)x` matches one character, the folded character is x (the contract of fold_case)."""
    for code in range(0x250):
        char = chr(code)
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(f"(?i){letter}", char):
                assert fold_case(char) == letter, (char, letter)
    assert fold_case("\u212a") == "k"  # KELVIN SIGN


@pytest.mark.parametrize("words,matches,misses", [
    (["one", "on", "two"], ["one", "on", "two"], ["tw", "ne"]),
    (["a ", "a-", "half"], ["a ", "a-", "half"], ["ab", "hal"]),
    (["$", "US$", "Rs."], ["$", "US$", "Rs."], ["US", "Rs"]),
], ids=["shared-first-letter", "space-and-hyphen", "regex-characters"])
def test_word_trie_matches_its_words_only(words, matches, misses):
    trie = re.compile(f"(?:{word_trie(words)})")
    for word in matches:
        assert trie.fullmatch(word), word
    for word in misses:
        assert not trie.fullmatch(word), word


def test_word_trie_rejects_the_empty_word():
    with pytest.raises(ValueError):
        word_trie(["one", ""])


SLOW = re.compile(r"(?<![\w$])(?:\$\s?)?\d+(?:,\d{3})*|(?i:\b(?:one|two|twenty)(?:-(?:one|two))?\b)")
STARTS = [(re.compile(r"\d"), False), (re.compile(r"\$"), False), (re.compile(r"\b(?:one|two|twenty)"), True)]


@pytest.mark.parametrize("text", [
    "Twenty-two people paid $5 and 1,000 more paid $ 20.",
    "ONE, two, Twenty-One; someone 5x $$5 10,00",
    "",
    "no numbers here at all",
    "1",
    "twenty-ſix",
], ids=["mixed", "case-and-codes", "empty", "none", "one-digit", "folded-letter"])
def test_finditer_where_equals_finditer(text):
    folded = fold_case(text)
    starts = [(regex, folded if is_folded else text) for regex, is_folded in STARTS]
    assert spans(finditer_where(SLOW, text, starts)) == spans(SLOW.finditer(text))


def test_finditer_where_misses_what_no_start_marks():
    """The contract matters: a start regex that misses where the pattern begins loses that match."""
    text = "pay $5 now"
    assert spans(finditer_where(SLOW, text, [(re.compile(r"\d"), text)])) == []  # "5" after "$" is no match
    assert spans(SLOW.finditer(text)) == [((4, 6), ())]


def test_finditer_where_refuses_a_haystack_of_another_length():
    with pytest.raises(ValueError):
        list(finditer_where(SLOW, "one", [(re.compile("o"), "one two")]))


def test_fold_case_keeps_a_letter_whose_lower_case_is_longer(monkeypatch):
    """Offsets must hold even for a letter not in the table: it stays as it is."""
    import helpers.language.fastscan as fastscan

    monkeypatch.setattr(fastscan, "_FOLD_TO_ASCII", {})
    assert fold_case("İstanbul ONE") == "İstanbul one"
