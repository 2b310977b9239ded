"""A name is one unit wherever words are counted (helpers.words, issue 14 "Names"): the frequency list,
keyword in context, dispersion, phrases, keyness and the names table read "Sri Lanka" as one word; the
readability summary still counts its two words. Names, abbreviations and plurals used as names are not
lemmatised. Every sentence here is written for these tests."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from helpers.language.entities import name_mentions
from helpers.language.segment import Document
from helpers.load.article import from_text
from helpers.words import context as WC
from helpers.words import frequency as W
from helpers.words import keyness as K
from helpers.words import names as WN
from helpers.words import readability as WR
from helpers.words.phrases import phrases


def _doc(text: str) -> Document:
    return Document(from_text(text))


def _table(text: str, **options) -> dict[str, tuple[int, str]]:
    table = W.frequency_table(_doc(text), top_n=None, **options)
    return {word: (count, forms) for word, count, forms in zip(table["word"], table["count"], table["forms"])}


# --------------------------------------------------------------------------- one name, one word


@pytest.mark.parametrize("text, name, count, parts", [
    ("Officials in Sri Lanka said the loan was approved. Sri Lanka will repay it by 2030.",
     "Sri Lanka", 2, ["Sri", "Lanka"]),
    ("Goldman Sachs cut its forecast on Monday. A Goldman Sachs analyst said demand was weak.",
     "Goldman Sachs", 2, ["Goldman", "Sachs"]),
    ("The strike was first reported by Al Arabiya. Al Arabiya later said three people died.",
     "Al Arabiya", 2, ["Al", "Arabiya"]),
    ("Juan Carlos Rodriguez Perez, the mayor, said the bridge would close. Rodriguez Perez said repairs "
     "would take a year.", "Juan Carlos Rodriguez Perez", 2, ["Juan", "Carlos", "Rodriguez", "Perez"]),
    ("Maria del Carmen Lopez, a teacher, said the school was closed. Lopez said it would reopen.",
     "Maria del Carmen Lopez", 2, ["Maria", "Carmen", "Lopez"]),
    ("Prime Minister Anthony Albanese met Xi Jinping in Beijing. Xi told Albanese that trade would grow.",
     "Xi Jinping", 2, ["Xi", "Jinping", "xi"]),
    ("New York Mayor Eric Adams said New York would cope.", "New York", 2, ["New", "York", "new"]),
], ids=["place of two words", "bank", "broadcaster with a particle", "four-word personal name",
        "personal name with 'del'", "surname alone counts for the full name (title-case sentence)",
        "a name written again where the finder saw a title"])
def test_a_name_is_one_word(text, name, count, parts):
    table = _table(text)
    assert table[name][0] == count, table
    assert not set(parts) & set(table), table


@pytest.mark.parametrize("text, name, forms", [
    ("Vladimir Putin arrived on Thursday. Putin smiled.", "Vladimir Putin", "Vladimir Putin, Putin"),
    ("Goldman Sachs lost money. Goldman said nothing.", "Goldman Sachs", "Goldman Sachs, Goldman"),
], ids=["surname", "short form of a company"])
def test_a_short_form_counts_toward_the_name_the_article_introduced(text, name, forms):
    count, shown = _table(text)[name]
    assert count == 2 and set(shown.split(", ")) == set(forms.split(", "))


def test_a_name_shows_as_the_article_usually_writes_it():
    """The finder may take in a word before a name ("Republican Donald Trump"); the frequency list and the
    names table show the form of several words the article writes most, and a query by it finds them all."""
    doc = _doc("Voters backed Republican Donald Trump on Tuesday. Donald Trump thanked them, and Donald Trump "
               "spoke for an hour. Trump left at noon.")
    table = W.frequency_table(doc, top_n=None).set_index("word")
    assert table.loc["Donald Trump", "count"] == 4 and "Republican Donald Trump" not in table.index
    assert WN.names_table(doc).set_index("name").loc["Donald Trump", "mentions"] == 4
    assert len(WC.keyword_in_context(doc, "Donald Trump")) == 4


@pytest.mark.parametrize("text, name, office", [
    ("India's Finance Minister Palaniappan Chidambaram said the budget was fair. Mr Chidambaram said taxes "
     "would fall.", "Palaniappan Chidambaram", ["Finance Minister Palaniappan Chidambaram"]),
    ("T-Mobile CEO John Legere said so. Legere left.", "John Legere", ["T-Mobile CEO John Legere"]),
    ("Prime Minister Anthony Albanese spoke on Friday. Albanese left.", "Anthony Albanese",
     ["Prime Minister Anthony Albanese", "Prime Minister"]),
], ids=["office of two words", "company and office", "a title the finder splits off"])
def test_an_office_before_a_name_is_not_part_of_it(text, name, office):
    table = _table(text)
    assert table[name][0] == 2 and not set(office) & set(table), table


@pytest.mark.parametrize("text, options, counts", [
    ("Formal China-Russia relations improved, Russia said.", {}, {"China": 1, "Russia": 2}),
    ("Vladimir Putin met Xi Jinping on Thursday. The Putin-Xi talks began after Putin spoke and Xi replied.",
     {}, {"Vladimir Putin": 3, "Xi Jinping": 3}),
    ("Formal China-Russia relations improved, Russia said.", {"split_name_compounds": False},
     {"China-Russia": 1, "Russia": 1}),
], ids=["compound of names counts for each", "compound parts count toward full names", "compound kept whole"])
def test_compounds_of_names(text, options, counts):
    table = _table(text, **options)
    assert {name: table.get(name, (0,))[0] for name in counts} == counts, table


@pytest.mark.parametrize("text, options, word", [
    ("Officials in Sri Lanka’s capital said so. Sri Lanka agreed.", {"merge_possessives": False}, "Sri Lanka’s"),
    ("Officials in Sri Lanka said so. Sri Lanka agreed.", {"lowercase": False}, "Sri Lanka"),
    ("Officials in Sri Lanka said so. Sri Lanka agreed.", {"lemmatize": False}, "Sri Lanka"),
], ids=["possessive kept", "case kept", "no lemmas"])
def test_names_are_units_under_every_option(text, options, word):
    assert word in _table(text, **options)


def test_names_read_word_by_word_on_request():
    table = _table("Officials in Sri Lanka said so. Sri Lanka agreed.", names_as_units=False)
    assert table["Sri"][0] == 2 and table["Lanka"][0] == 2 and "Sri Lanka" not in table


def test_extra_stopwords_remove_a_name():
    table = _table("Officials in Sri Lanka said so. Sri Lanka agreed.", extra_stopwords=["Sri Lanka"])
    assert "Sri Lanka" not in table and "official" in table


def test_rates_count_every_word_of_a_name():
    """per_1000 is per 1,000 words of text: "Sri Lanka" is two of them, as in the summary."""
    doc = _doc("Officials in Sri Lanka said so. Sri Lanka agreed.")
    table = W.frequency_table(doc, top_n=None).set_index("word")
    assert table.attrs["total_words"] == 9 == WR.summary(doc).words
    assert table.loc["Sri Lanka", "per_1000"] == pytest.approx(2000 / 9)


def test_word_spans_cover_the_whole_name():
    doc = _doc("Officials in Sri Lanka said so. Sri Lanka’s leaders agreed.")
    names = [w for w in W.article_words(doc) if w.name]
    assert [doc.text[w.start:w.end] for w in names] == ["Sri Lanka", "Sri Lanka"]
    assert all(w.key == "sri lanka" and w.display == "Sri Lanka" for w in names)


# --------------------------------------------------------------------------- readability keeps words


@pytest.mark.parametrize("text", [
    "Officials in Sri Lanka said the loan was approved. Sri Lanka will repay it.",
    "Juan Carlos Rodriguez Perez, the mayor, said the bridge would close.",
], ids=["place", "four-word name"])
def test_summary_counts_the_words_of_a_name(text):
    """Flesch counted words as written: the summary is what it would be were no name found."""
    doc = _doc(text)
    plain = W.running_readings(doc, W.WordOptions(lemmatize=False, remove_stopwords=False, names_as_units=False))
    summary = WR.summary(doc)
    assert summary.words == len(plain) == len(re.findall(r"[A-Za-z]+", text))
    assert summary.unique_words == len({w.surface.lower() for w in plain})
    assert len(W.running_readings(doc)) < summary.words  # the frequency list counts each name once


# --------------------------------------------------------------------------- finding a name


@pytest.mark.parametrize("query, matches", [
    ("Sri Lanka", ["Sri Lanka", "Sri Lanka"]),
    ("sri lanka", ["Sri Lanka", "Sri Lanka"]),
    ("Goldman", ["Goldman Sachs", "Goldman"]),
    ("Goldman Sachs", ["Goldman Sachs", "Goldman"]),
    ("Sri Lanka’s", ["Sri Lanka", "Sri Lanka"]),
    ("Goldman said", ["Goldman said"]),
    ("loan", ["loan"]),
], ids=["name", "name in lower case", "short form finds the name", "full name finds the short form",
        "possessive", "name in a phrase", "plain word"])
def test_keyword_in_context_finds_a_name_by_any_form(query, matches):
    doc = _doc("Officials in Sri Lanka said the loan from Goldman Sachs was approved. Goldman said "
               "Sri Lanka will repay it.")
    lines = WC.keyword_in_context(doc, query)
    assert list(lines["match"]) == matches
    assert all(doc.article.original[r.start:r.end] == r.match for r in lines.itertuples())


def test_a_word_inside_a_name_is_not_found_alone():
    """"Russia" inside "Carnegie Russia Eurasia Center" is part of that name, as the frequency list counts."""
    doc = _doc("Russia responded, said Alexander Gabuev of the Carnegie Russia Eurasia Center in Berlin.")
    assert list(WC.keyword_in_context(doc, "Russia")["match"]) == ["Russia"]
    assert W.frequency_table(doc, top_n=None).set_index("word").loc["Russia", "count"] == 1


def test_dispersion_and_names_table_agree_with_the_count():
    doc = _doc("Officials in Sri Lanka said the loan was approved. Later, Sri Lanka agreed. "
               "The bank lent Sri Lanka more.")
    count = W.frequency_table(doc, top_n=None).set_index("word").loc["Sri Lanka", "count"]
    summary = WC.dispersion_summary(doc, ["Sri Lanka"]).set_index("word")
    names = WN.names_table(doc).set_index("name")
    assert count == summary.loc["Sri Lanka", "mentions"] == names.loc["Sri Lanka", "mentions"] == 3
    per_1000 = W.frequency_table(doc, top_n=None).set_index("word").loc["Sri Lanka", "per_1000"]
    assert names.loc["Sri Lanka", "per_1000"] == pytest.approx(per_1000)


def test_a_name_is_never_a_phrase_of_its_words():
    doc = _doc("Goldman Sachs raised rates. Goldman Sachs raised fees. Goldman Sachs raised doubts.")
    found = set(phrases(doc, top_n=None)["phrase"])
    assert "Goldman Sachs" not in found and "Goldman Sachs raised" in found


# --------------------------------------------------------------------------- keyness


@pytest.mark.parametrize("run, counted", [
    ([("Fulton", "NP-TL"), ("County", "NN-TL"), ("Grand", "JJ-TL"), ("Jury", "NN-TL")], {"fulton county grand jury": 1}),
    ([("Mr.", "NP"), ("Kennedy", "NP")], {"mr": 1, "kennedy": 1}),
    ([("President", "NN-TL"), ("Kennedy", "NP")], {"president": 1, "kennedy": 1}),
    ([("New", "JJ-TL"), ("York", "NP-TL")], {"new york": 1}),
    ([("U.", "NP"), ("S.", "NP")], {"US": 1}),
    ([("Grand", "JJ-TL"), ("Jury", "NN-TL")], {"grand": 1, "jury": 1}),
    ([("Atlanta", "NP")], {"atlanta": 1}),
], ids=["title words with a proper noun", "honorific apart", "title apart", "place", "initials",
        "no proper noun: words", "one word"])
def test_brown_names_are_read_as_the_article_reads_them(run, counted):
    options = W.WordOptions()
    found = []
    for token, tag in run:
        word = K.brown_word(token)
        keys = [W.normalise(word, K.penn_tag(tag), initial=False, options=options)[0]]
        found.append((word, keys, K.penn_tag(tag) in ("NNP", "NNPS")))
        assert K._name_word(tag)
    counts: Counter = Counter()
    K._count_run(found, counts, options)
    assert dict(counts) == counted and found == []


def test_reference_counts_names_as_units():
    counts, total = K.reference_counts(W.WordOptions())
    plain, plain_total = K.reference_counts(W.WordOptions(names_as_units=False))
    assert counts["new york"] > 0 and plain["new york"] == 0
    assert counts["york"] < plain["york"]
    assert total == plain_total  # sizes count every word, names or not


def test_keyness_looks_a_name_up_by_each_form_written():
    doc = _doc("New York Mayor Eric Adams said New York would cope. Officials in New York agreed, "
               "and New York schools stayed open.")
    table = K.keyness(doc, top_n=None, min_count=2).set_index("word")
    counts, _ = K.reference_counts(W.WordOptions())
    assert table.loc["New York", "count"] == 4
    assert table.loc["New York", "ref_count"] == counts["new york"] > 0


# --------------------------------------------------------------------------- not lemmatised


@pytest.mark.parametrize("surface, tag, initial, key", [
    ("data", "NNS", False, "data"),
    ("media", "NNS", False, "media"),
    ("Media", "NNP", True, "media"),
    ("Media", "?", True, "media"),
    ("vs", "NN", False, "vs"),
    ("vs.", "IN", False, "vs."),
    ("Ms", "NNS", True, "ms"),
    ("criteria", "NNS", False, "criterion"),
    ("talks", "NNS", False, "talk"),
    ("Reuters", "NNS", False, "reuters"),
], ids=["data", "media", "Media opening a sentence", "Media in a headline", "vs", "vs.",
        "no single-letter lemma", "other plurals still lemmatised", "plain plural", "name mid-sentence"])
def test_not_lemmatised(surface, tag, initial, key):
    assert W.normalise(surface, tag, initial=initial, options=W.WordOptions())[0] == key


@pytest.mark.parametrize("text, kept", [
    ("Sanders said he would run again.", "Sanders"),
    ("Reuters reported the story first.", "Reuters"),
    ("The data show the media ignored it.", "data"),
    ("Media outlets said so, and the media agreed.", "media"),
    ("It was Biden vs. Trump again.", "vs"),
], ids=["surname opening a sentence", "agency opening a sentence", "data", "media", "vs"])
def test_names_and_abbreviations_stay_as_written_in_an_article(text, kept):
    assert kept in _table(text)


# --------------------------------------------------------------------------- the seed


def test_seed_top_words_never_split_a_name(seed_document):
    table = W.frequency_table(seed_document, top_n=None)
    words = set(table["word"])
    top = W.frequency_table(seed_document, top_n=20)["word"].tolist()
    assert top[:4] == ["Russia", "China", "Vladimir Putin", "Xi Jinping"], top
    mentions = name_mentions(seed_document)
    several = {m["canonical"] for m in mentions if " " in m["text"]}
    assert {"Vladimir Putin", "Xi Jinping", "Sea of Japan", "Carnegie Russia Eurasia Center"} <= several
    assert not {"Putin", "Xi", "Vladimir", "Jinping", "Gabuev", "Carnegie", "Eurasia", "Expo"} & words
    outside = list(seed_document.text)  # the text with every name counted as a unit blanked out
    for word in W.article_words(seed_document):
        if word.name and " " in seed_document.text[word.start:word.end]:
            outside[word.start:word.end] = " " * (word.end - word.start)
    outside = "".join(outside)
    for name in several:
        assert name in words
        for part in name.split():
            if part[:1].isupper() and not re.search(rf"\b{re.escape(part)}\b", outside):
                assert part not in words, (part, name)  # written only inside the name: never a word alone
