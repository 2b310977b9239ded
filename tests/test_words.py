"""Word frequencies, keyword in context, dispersion, names and the readability summary (helpers.words)."""
from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd
import pytest

from helpers.views import words as V
from helpers.words import context as WC
from helpers.words import frequency as W
from helpers.words import names as WN
from helpers.words import readability as WR
from helpers.load.article import from_text
from helpers.language.segment import Document


def _doc(text: str) -> Document:
    return Document(from_text(text))


def _counts(doc: Document, **options) -> dict[str, int]:
    table = W.frequency_table(doc, top_n=None, **options)
    return dict(zip(table["word"], table["count"]))


# --------------------------------------------------------------------------- word lists and patterns


@pytest.mark.parametrize("token, expected", [
    ("talks", True), ("U.S.", True), ("whistle-stop", True), ("O’Brien", True), ("G7", True),
    ("18bn", False), ("75th", False), ("2022", False), ("240.1bn", False), ("–", False), ("“", False),
    ("$", False), ("’s", False),
], ids=lambda value: str(value))
def test_word_pattern(token, expected):
    assert W.is_word(token) is expected


@pytest.mark.parametrize("token, expected", [
    ("US", True), ("NATO", True), ("U.S.", True), ("EU", True),
    ("Us", False), ("I", False), ("A", False), ("Putin", False),
], ids=lambda value: str(value))
def test_acronym_pattern(token, expected):
    assert W.is_acronym(token) is expected


@pytest.mark.parametrize("surface, tag, initial, key, display", [
    ("talks", "NNS", False, "talk", "talk"),
    ("ties", "NNS", False, "tie", "tie"),
    ("praised", "VBD", False, "praise", "praise"),
    ("was", "VBD", False, "be", "be"),
    ("Talks", "NNS", True, "talk", "talk"),
    ("Putin", "NNP", False, "putin", "Putin"),
    ("Xi", "NN", False, "xi", "Xi"),
    ("Reuters", "NNP", False, "reuters", "Reuters"),
    ("Chinese", "JJ", False, "chinese", "Chinese"),
    ("US", "NNP", False, "US", "US"),
    ("U.S.", "NNP", True, "US", "US"),
    ("n't", "RB", False, "not", "not"),
], ids=["plural noun", "ties", "past tense verb", "be", "sentence-initial noun", "proper noun kept",
        "name mis-tagged NN mid-sentence", "proper noun ending in s not lemmatised", "demonym keeps capital",
        "acronym not folded into 'us'", "dotted acronym", "clitic spelled out"])
def test_normalise(surface, tag, initial, key, display):
    assert W.normalise(surface, tag, initial=initial, options=W.WordOptions()) == (key, display)


def test_lowercase_off_keeps_capitals():
    options = W.WordOptions(lowercase=False)
    assert W.normalise("Talks", "NNS", initial=True, options=options)[0] == "Talk"
    assert W.normalise("Putin", "NNP", initial=False, options=options)[0] == "Putin"


# --------------------------------------------------------------------------- frequency list options


@pytest.mark.parametrize("text, options, word, count", [
    ("Russia’s army met Russia. Russia won.", {}, "Russia", 3),
    ("Russia's army met Russia.", {}, "Russia", 2),
    ("Russia’s army met Russia.", {"merge_possessives": False}, "Russia", 1),
    ("Russia’s army met Russia.", {"merge_possessives": False}, "Russia’s", 1),
    ("Formal China-Russia relations and Russia.", {}, "Russia", 2),
    ("Formal China-Russia relations and Russia.", {"split_name_compounds": False}, "China-Russia", 1),
    ("The talks ended. More talks began.", {}, "talk", 2),
    ("The talks ended. More talks began.", {"lemmatize": False}, "talks", 2),
    ("The vote came. The the vote.", {"remove_stopwords": False}, "the", 3),
    ("Voters in the US told us.", {}, "US", 1),
    ("He paid $18bn in 2022, the 75th time.", {}, "time", 1),
    ("Ms Lee has MS. MS is an illness.", {}, "MS", 2),
], ids=["curly possessive merged", "straight possessive merged", "possessive kept apart: bare",
        "possessive kept apart: with s", "name compound split", "name compound kept",
        "lemmatised", "lemmas off", "stopwords kept on request", "acronym is not a stopword",
        "numbers are not words", "an acronym is no courtesy title"])
def test_counts_under_options(text, options, word, count):
    assert _counts(_doc(text), **options).get(word) == count


@pytest.mark.parametrize("text, absent", [
    ("The vote came and the count of votes began.", ["the", "and", "of"]),
    ("He paid $18bn in 2022, the 75th time.", ["18bn", "2022", "75th", "$", ",", "."]),
    ("Russia’s army met Russia.", ["’s", "Russia’s", "s"]),
    ("The state got Rs 6.1 lakh crore, the towns ₹75,000 crores and 12 lakhs; the bank lost $5 bn, or 40 mln "
     "euros; thousands marched. Rs. 500 notes went.", ["lakh", "crore", "crores", "lakhs", "bn", "mln",
                                                       "thousands", "Rs", "rs"]),
    ("Ms Palaszczuk said no. Then Mr. Miles and Mrs Smith left; Dr Jones stayed, and Smt Rao too.",
     ["Ms", "ms", "Mr", "Mrs", "Dr", "Smt"]),
], ids=["stopwords", "numbers and punctuation", "possessive marker", "magnitude words", "courtesy titles"])
def test_excluded_by_default(text, absent):
    counts = _counts(_doc(text))
    assert counts, "the list should not be empty"
    for word in absent:
        assert word not in counts


def test_number_words_are_the_magnitudes_the_tagger_does_not_know():
    """Every magnitude word the numbers stage reads is a number word for the frequency list: nltk tags it
    CD ("million") or it is in `NUMBER_WORDS` ("crore"); one-letter shorthands ("m", "k") are never
    tokens of their own in running text."""
    from helpers.numbers.lexicon import MAGNITUDES

    def tag(word: str) -> str:
        doc = _doc(f"He paid 5 {word} for it.")
        return doc.tags[doc.tokens.index(word)]

    words = [w for w in MAGNITUDES if len(w) > 1 and " " not in w]
    missing = [w for w in words if w not in W.NUMBER_WORDS and tag(w) != "CD"]
    assert not missing, "magnitude words that would count as content words"


def test_extra_stopwords_are_removed_and_listed():
    doc = _doc("Officials said the talks said nothing. Officials agreed.")
    table = W.frequency_table(doc, top_n=None, extra_stopwords=["Say"])
    assert "say" not in set(table["word"])
    assert "say" in table.attrs["stopwords"] and "the" in table.attrs["stopwords"]
    assert W.stopword_list(["Say"]) == table.attrs["stopwords"]


def test_rates_use_all_running_words():
    doc = _doc("The cat sat on the mat. The cat ran.")
    table = W.frequency_table(doc, top_n=None)
    assert table.attrs["total_words"] == 9
    cat = table.set_index("word").loc["cat"]
    assert cat["count"] == 2 and cat["per_1000"] == pytest.approx(2000 / 9)


def test_top_n_none_gives_every_word():
    doc = _doc("Alpha beta gamma delta. Alpha beta.")
    assert len(W.frequency_table(doc, top_n=None)) == 4
    assert len(W.frequency_table(doc, top_n=2)) == 2


# --------------------------------------------------------------------------- the seed article (issue checks)


def test_seed_stopwords_absent(seed_document):
    words = set(W.frequency_table(seed_document, top_n=None)["word"].str.lower())
    assert not {"the", "and", "of"} & words


def test_seed_actors_lead(seed_document):
    top = W.frequency_table(seed_document, top_n=6)["word"].tolist()
    assert {"Russia", "China", "Vladimir Putin", "Xi Jinping"} <= set(top), top


def test_seed_talks_counted_as_talk(seed_document):
    table = W.frequency_table(seed_document, top_n=None).set_index("word")
    assert "talks" not in table.index
    assert "talks" in table.loc["talk", "forms"]


def test_seed_possessive_counts_toward_russia(seed_document):
    text = seed_document.text
    # "Russia", "Russia’s", "China-Russia", not "Russian" nor inside a longer name ("Carnegie Russia
    # Eurasia Center", "China-Russia Expo": those count as the names they are part of)
    written = len(re.findall(r"\bRussia\b", text)) - text.count("China-Russia Expo") \
        - text.count("Carnegie Russia Eurasia")
    table = W.frequency_table(seed_document, top_n=None).set_index("word")
    assert text.count("Russia’s") > 0
    assert table.loc["Russia", "count"] == written
    assert "Russia’s" not in table.index


def test_pipeline_columns(seed_document):
    table = W.frequency_table(seed_document)
    assert list(table.columns[:3]) == ["word", "count", "per_1000"]
    assert len(table) == 20
    assert table["count"].is_monotonic_decreasing


# --------------------------------------------------------------------------- keyword in context


@pytest.mark.parametrize("query, expected_matches", [
    ("talk", ["talks"]),
    ("talks", ["talks"]),
    ("Xi Jinping", ["Xi Jinping", "Xi", "Xi", "Xi", "Xi", "Xi"]),
    ("friendship", ["friendship", "friendship"]),
    ("joint drills", ["joint drills"]),
    ("no-such-word", []),
], ids=["lemma finds plural", "plural query", "entity name finds all mentions", "plain word",
        "phrase", "absent word"])
def test_kwic_matches_and_offsets(seed_document, query, expected_matches):
    lines = WC.keyword_in_context(seed_document, query)
    assert lines["match"].tolist() == expected_matches
    original = seed_document.article.original
    for row in lines.itertuples():
        assert original[row.start:row.end] == row.match


def test_kwic_possessive_and_compound(seed_document):
    lines = WC.keyword_in_context(seed_document, "Russia", width=20)
    original = seed_document.article.original
    counted = W.frequency_table(seed_document, top_n=None).set_index("word").loc["Russia", "count"]
    assert len(lines) == counted  # every word the frequency list counts, and only those
    assert all(original[r.start:r.end] == "Russia" for r in lines.itertuples())
    assert any(r.right.startswith("’s") for r in lines.itertuples())
    assert all(len(r.left) == 20 for r in lines.itertuples())


# --------------------------------------------------------------------------- dispersion


@pytest.mark.parametrize("positions, total, expected", [
    (list(range(0, 100, 10)), 100, 0.0),
    ([1, 2, 3], 100, 0.9),
    ([0, 50], 100, 0.8),
    ([], 100, None),
], ids=["one per slice", "all in one slice", "two slices", "never occurs"])
def test_dispersion_dp(positions, total, expected):
    value = WC.dispersion_dp(positions, total)
    if expected is None:
        assert math.isnan(value)
    else:
        assert value == pytest.approx(expected)


def test_dispersion_positions_and_spans(seed_document):
    frame = WC.dispersion(seed_document, ["Vladimir Putin", "talk"])
    original = seed_document.article.original
    putin = frame[frame["word"] == "Vladimir Putin"]
    assert len(putin) >= 8 and set(putin["text"]) >= {"Putin", "Vladimir Putin"}
    assert putin["position"].is_monotonic_increasing
    assert frame["fraction"].between(0, 1).all()
    for row in frame.itertuples():
        assert original[row.start:row.end] == row.text


# --------------------------------------------------------------------------- names


def test_seed_names_merge_variants(seed_document):
    names = WN.names_table(seed_document).set_index("name")
    assert "Xi" not in names.index and "Putin" not in names.index
    assert names.loc["Xi Jinping", "mentions"] >= 6 and "Xi (" in names.loc["Xi Jinping", "variants"]
    assert names.loc["Vladimir Putin", "mentions"] >= 8 and "Putin (" in names.loc["Vladimir Putin", "variants"]
    original = seed_document.article.original
    for name, row in names.iterrows():
        first = original[row["start"]:row["end"]]
        assert f"{first} (" in row["variants"], name


def test_names_table_counts_the_names_the_json_lists(tmp_path):
    """A currency written before sums ("Rs") or a capitalised common noun ("Ministers") is no name in the
    chart either: the table counts what `name_mentions` lists."""
    from helpers.language.entities import name_mentions

    doc = _doc("The Ministers gave Rs 5 crore to Kavitha Rao and Rs 2 lakh to Nalgonda. Later, the Ministers "
               "paid Rs 40 lakh to Suresh Babu. Kavitha Rao thanked them.")
    listed = Counter(m["canonical"] for m in name_mentions(doc))
    table = WN.names_table(doc)
    assert dict(zip(table["name"], table["mentions"])) == dict(listed)
    assert "Rs" not in set(table["name"]) and "Ministers" not in set(table["name"])


def test_main_actors_are_people_and_places(seed_document):
    actors = WN.main_actors(seed_document)
    assert {"Vladimir Putin", "Xi Jinping", "Russia", "China"} <= set(actors)


# --------------------------------------------------------------------------- summary


@pytest.mark.parametrize("word, expected", [
    ("cat", 1), ("praised", 1), ("wanted", 2), ("make", 1), ("table", 2), ("everlasting", 4),
    ("relationship", 4), ("boxes", 2), ("makes", 1), ("the", 1), ("whistle-stop", 3), ("beneficial", 4),
    ("US", 1), ("sky", 1),
], ids=lambda value: str(value))
def test_syllables(word, expected):
    assert WR.syllables(word) == expected


def test_summary_figures():
    result = WR.summary(_doc("The cat sat. The dog ran.\n\nA cat ran."))
    assert (result.words, result.sentences, result.paragraphs, result.unique_words) == (9, 3, 2, 6)
    assert result.mean_sentence_length == pytest.approx(3.0)
    assert result.type_token_ratio == pytest.approx(6 / 9)
    # every word has one syllable: 206.835 - 1.015 * 3 - 84.6 * 1
    assert result.flesch_reading_ease == pytest.approx(119.19, abs=0.01)
    assert result.flesch_kincaid_grade == pytest.approx(0.39 * 3 + 11.8 - 15.59)
    assert len(result.frame()) == 9


def test_summary_empty_article_does_not_divide_by_zero():
    result = WR.summary(_doc("2024 — 18."))
    assert result.words == 0 and result.type_token_ratio == 0


# --------------------------------------------------------------------------- controls


@pytest.mark.parametrize("call, args", [
    (V.top_words_view, (20, True, True)),
    (V.top_words_view, (5, False, False)),
    (V.top_words_view, (40, True, False)),
    (V.trace_view, ("Putin",)),
    (V.trace_view, ("Xi Jinping",)),
    (V.trace_view, ("talk",)),
], ids=["default", "stopwords and lemmas off", "long list", "trace a surname", "trace a full name",
        "trace a lemma"])
def test_controls_draw_a_chart(seed_document, call, args):
    """Each control state gives a chart (how fast: benchmarks/interaction.py in `make bench`)."""
    view = call(seed_document, *args)
    assert view.figure is not None and view.figure.axes


def test_top_words_view_follows_switches(seed_document):
    assert "the" in set(V.top_words_view(seed_document, 10, False, True).table["word"])
    assert "the" not in set(V.top_words_view(seed_document, 10, True, True).table["word"])
    assert len(V.top_words_view(seed_document, 7).table) == 7


@pytest.mark.parametrize("word, message", [
    ("", "Type a word"), ("zebra", "does not occur"),
], ids=["blank", "absent"])
def test_trace_view_explains_empty_results(seed_document, word, message):
    view = V.trace_view(seed_document, word)
    assert view.figure is None and message in view.text


# --------------------------------------------------------------------------- capitals that prove nothing


@pytest.mark.parametrize("text, word, count", [
    ("How Paul Ryan Thinks About Trump And Trade\n\nVoters like Trump on trade.", "trade", 2),
    ("How Paul Ryan Thinks About Trump And Trade\n\nVoters like Trump on trade.", "Paul", 1),
    ("How Paul Ryan Thinks About Trump And Trade\n\nVoters like Trump on trade.", "Trump", 2),
    ("Sanders won. Critics said it was \"hard to look past\" Sanders' record. Sanders smiled.", "Sanders", 3),
    ("The budget has:\n\n- Increased spending on schools\n\n- Increased taxes", "increase", 2),
    ("He spoke to “Never again” crowds.", "never", 1),
], ids=["headline word merges with body word", "first name before a capital stays a name",
        "body name stays a name", "name after a closing straight quote is not lemmatised",
        "list item after a dash is a sentence start", "after an opening quote"])
def test_capitals_that_prove_nothing(text, word, count):
    assert _counts(_doc(text), remove_stopwords=False).get(word) == count


@pytest.mark.parametrize("text, expected", [
    ("How Paul Ryan Thinks About Trump And Trade\n\nTrump spoke about trade.", {0}),
    ("Vladimir Putin met Xi Jinping in Beijing on Thursday.", set()),
    ("The Carnegie Russia Eurasia Center said so.", set()),
], ids=["title case headline", "names in an ordinary sentence", "one long name"])
def test_headline_sentences(text, expected):
    assert W.headline_sentences(_doc(text)) == expected


def test_name_seen_only_at_sentence_starts_is_shown_capitalised():
    doc = _doc("Jeb was there. Despite that, nobody came. Jeb left.")
    table = W.frequency_table(doc, top_n=None)
    assert "Jeb" in set(table["word"]) and "Despite" not in set(table["word"])
    assert "nobody" in set(table["word"])


@pytest.mark.parametrize("text, shown", [
    ("It was “back-of-the-napkin figuring,” she said.", "back-of-the-napkin"),  # after an opening quote
    ("He called it 'zoomy' twice.", "zoomy"),  # after a straight quote
    ("Zoomy was the word. Zoomy again.", "Zoomy"),  # only ever at sentence starts, no dictionary word
], ids=["curly-quote", "straight-quote", "capitalised-opener"])
def test_a_word_written_in_lower_case_where_a_capital_may_open_is_shown_as_written(text, shown):
    assert shown in set(W.frequency_table(_doc(text), top_n=None)["word"])


# --------------------------------------------------------------------------- real articles (skipped without the eval set)


def _eval_documents(limit: int = 12) -> list[Document]:
    import json

    from tests.conftest import EVAL

    if not EVAL.exists():
        pytest.skip(f"evaluation articles not found at {EVAL}")
    docs = [Document(from_text(p.read_text(encoding="utf-8"))) for p in sorted((EVAL / "bbc-dev").glob("*.txt"))[:limit // 2]]
    for path in sorted((EVAL / "polnear-train").glob("*.json"))[::97][:limit // 2]:
        docs.append(Document(from_text(json.loads(path.read_text(encoding="utf-8"))["text"])))
    return docs


def test_eval_articles_every_reported_span_is_in_the_original():
    from helpers.words.phrases import phrases

    for doc in _eval_documents():
        original = doc.article.original
        top = W.frequency_table(doc, top_n=5)
        assert not top.empty and not {"the", "and", "of"} & set(top["word"].str.lower())
        for word in top["word"]:
            lines = WC.keyword_in_context(doc, word)
            assert len(lines) >= 1, word
            assert all(original[r.start:r.end] == r.match for r in lines.itertuples())
        for row in phrases(doc, top_n=None).itertuples():
            assert original[row.start:row.end] == row.example
        for row in WC.dispersion(doc, WN.main_actors(doc)).itertuples():
            assert original[row.start:row.end] == row.text


@pytest.mark.parametrize("text, extra, gone, kept", [
    ("Officials said the talks said nothing.", ["said"], "say", "talk"),
    ("Officials said the talks said nothing.", ["say"], "say", "talk"),
    ("Mr Brown won, said Mr Brown.", ["mr"], "Mr", "Brown"),
    ("He won the vote.", [], None, "win"),
], ids=["written form", "lemma", "honorific", "nltk's 'won' fragment does not remove the verb"])
def test_stopword_matching(text, extra, gone, kept):
    counts = _counts(_doc(text), extra_stopwords=extra)
    assert kept in counts
    if gone:
        assert gone not in counts


@pytest.mark.parametrize("positions, expected", [
    ({"A": list(range(0, 100, 10))}, "A runs through the article"),
    ({"A": list(range(0, 100, 10)), "B": [5, 20, 40]}, "A runs through the article; B appears only in its first half"),
    ({"B": [60, 70, 90]}, "B appears only in its second half"),
    ({"B": [42]}, "B appears once, 42% of the way through"),
    ({"B": [3, 10, 12, 25, 50]}, "B is last mentioned 50% of the way through"),
    ({"B": [45, 60, 99]}, "B is first mentioned 45% of the way through"),
    ({"B": [0, 1, 99]}, "The traced words are spread unevenly across the article"),
    ({"A": [10, 30, 60, 80], "B": [3, 10, 25, 26, 34, 50]}, "A runs through the article; B is last mentioned 50% of the way through"),
    ({"A": list(range(0, 100, 10)), "C": list(range(0, 100, 10))}, "A and C run through the article"),
], ids=["one spread word", "spread and clustered", "second half", "once", "last mention", "first mention",
        "nothing short is true", "one in each quarter vs none in the last", "two spread words"])

def test_dispersion_title_states_the_finding(positions, expected):
    assert V.dispersion_title(positions, 100) == expected


def test_dispersion_summary_seed(seed_document):
    table = WC.dispersion_summary(seed_document, ["Russia", "Xi Jinping", "zebra"]).set_index("word")
    assert table.loc["Russia", "where"] == "runs through the article"
    assert table.loc["Xi Jinping", "mentions"] == 6 and table.loc["Xi Jinping", "last_pct"] <= 55
    assert table.loc["zebra", "mentions"] == 0 and table.loc["zebra", "where"] == ""


def test_kwic_sentence_numbers(seed_document):
    lines = WC.keyword_in_context(seed_document, "Harbin")
    for row in lines.itertuples():
        sentence = seed_document.sentences_frame().iloc[row.sentence]
        assert sentence.start <= row.start < sentence.end


@pytest.mark.parametrize("given, expected", [
    (["Putin", "talk"], ["Putin", "talk"]),
    ("Putin, Xi Jinping", ["Putin", "Xi Jinping"]),
    ("", None),
    (None, None),
    ([" ", ""], None),
], ids=["list", "comma-separated string", "empty string", "none", "blank items"])
def test_words_to_trace(seed_document, given, expected):
    assert WN.words_to_trace(seed_document, given) == (expected or WN.main_actors(seed_document))


def test_summary_and_frequency_list_count_the_same_running_words(seed_document):
    assert WR.summary(seed_document).words == W.frequency_table(seed_document).attrs["total_words"]


def test_kwic_report_has_a_block_per_word(seed_document):
    from helpers.words.context import kwic_report

    report = kwic_report(seed_document, ["Harbin", "tariffs"], width=30)
    blocks = report.split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == ["— Harbin", "— tariffs"]
    assert blocks[0].count("[Harbin]") == 3 and "[tariffs]" in blocks[1]


# --------------------------------------------------------------------------- the fast paths say what the plain ones say


def _plain_frequency_table(doc: Document, top_n: int | None, **options):
    """The frequency list computed word by word from `article_words`, as it was first written: the
    reference the per-reading count of `frequency_table` must equal exactly."""
    import pandas as pd

    opts = W.WordOptions.make(**options)
    words = W.article_words(doc, opts)
    counted = [w for w in words if not (opts.remove_stopwords and w.stop)]
    counts = Counter(w.key for w in counted)
    forms: dict[str, Counter] = {}
    inside: dict[str, Counter] = {}
    anywhere: dict[str, Counter] = {}
    for w in counted:
        forms.setdefault(w.key, Counter())[w.surface] += 1
        anywhere.setdefault(w.key, Counter())[w.display] += 1
        if not w.initial:
            inside.setdefault(w.key, Counter())[w.display] += 1
    shown = {}
    for key, counter in anywhere.items():
        form = (inside.get(key) or counter).most_common(1)[0][0]
        if key not in inside and form[:1].islower() and not W.is_dictionary_word(form.lower()):
            form = form[:1].upper() + form[1:]
        shown[key] = form
    # the rate's denominator counts every word of a name: the words of text, as the summary counts them
    total = len(W.article_words(doc, W.WordOptions.make(opts, names_as_units=False)))
    rows = [(shown[key], count, count * 1000 / max(total, 1), ", ".join(f for f, _ in forms[key].most_common()))
            for key, count in counts.most_common(top_n)]
    return pd.DataFrame(rows, columns=["word", "count", "per_1000", "forms"]), total


@pytest.mark.parametrize("options", [
    {}, {"remove_stopwords": False}, {"lemmatize": False}, {"lowercase": False},
    {"merge_possessives": False, "extra_stopwords": ["said", "mr"]}, {"split_name_compounds": False},
], ids=["defaults", "stopwords kept", "no lemmas", "case kept", "possessives kept, extra stopwords",
        "compounds whole"])
def test_frequency_table_equals_the_word_by_word_count(seed_document, options):
    for doc in [seed_document, _doc("Talks. Talks talk. Jeb spoke; Jeb left. Russia’s and Russia's talks. China-Russia ties.")]:
        _assert_frequency_table_is_the_plain_count(doc, options)


@pytest.mark.parametrize("options", [{}, {"lemmatize": False, "lowercase": False}], ids=["defaults", "raw forms"])
def test_frequency_table_equals_the_word_by_word_count_on_eval_articles(options):
    for doc in _eval_documents(limit=24):  # skips when ../shared/eval is absent
        _assert_frequency_table_is_the_plain_count(doc, options)


def _assert_frequency_table_is_the_plain_count(doc, options) -> None:
    from pandas.testing import assert_frame_equal

    table = W.frequency_table(doc, top_n=None, **options)
    expected, total = _plain_frequency_table(doc, None, **options)
    assert_frame_equal(table, expected)
    assert table.attrs["total_words"] == total
    top = W.frequency_table(doc, top_n=7, **options)
    assert_frame_equal(top, expected.head(7))


def test_words_and_frequency_share_one_reading(seed_document):
    """`article_words` and the frequency list read the tokens once per document and options."""
    doc = _doc("Joint drills began. Joint drills ended.")
    W.frequency_table(doc)
    readings = W._READINGS_CACHE[doc][W.WordOptions()]
    words = W.article_words(doc)
    assert [w.token for w in words] == readings.tokens and W._READINGS_CACHE[doc][W.WordOptions()] is readings


def test_initials_are_opens(seed_document):
    """The one-pass `_initials` says what `_opens` says of every token."""
    for doc in [seed_document, _doc("He said: \"Never.\" (Reuters) - Increased. 'Quiet' \"x\" Sanders ‘Yes’ • Item")]:
        assert W._initials(doc) == [W._opens(doc, i) for i in range(len(doc.tokens))]


def test_initials_are_opens_on_eval_articles():
    for doc in _eval_documents(limit=12):  # skips when ../shared/eval is absent
        assert W._initials(doc) == [W._opens(doc, i) for i in range(len(doc.tokens))]


# --------------------------------------------------------------------------- the names chart


@pytest.mark.parametrize("mentions, title", [
    ([9, 3, 2], "A is the name the article mentions most"),
    ([9, 6, 5, 2], "A, B and C dominate the article’s names"),
    ([2, 2, 2, 2, 2, 2], "No name stands out: these 6 are each mentioned twice"),
    ([1, 1, 1, 1, 1], "No name stands out: these 5 are each mentioned once"),
    ([10, 9, 8, 7, 6, 2], "No name stands out: these 5 are each mentioned 6 to 10 times"),
], ids=["one-leader", "a-few-dominate", "all-tied-twice", "all-once", "close-counts"])
def test_names_chart_title_tells_the_finding(mentions, title):
    from helpers.views.words import names_title

    table = pd.DataFrame({"name": list("ABCDEF"[:len(mentions)]), "mentions": mentions})
    assert names_title(table) == title


def test_names_chart_counts_in_whole_numbers_and_keeps_its_legend_off_the_bars():
    """Eight names mentioned twice each: the bars are as long as the axis allows, the legend must not
    cover them, and a count axis has no 0.25 steps."""
    from helpers.views.words import names_chart

    people = ["Kavitha Rao", "Suresh Babu", "Anil Mehta", "Ritu Sharma", "Pooja Nair", "Vikram Joshi"]
    text = " ".join(f"{p} spoke on Monday. {p.split()[1]} left." for p in people)
    figure = names_chart(_doc(text))
    ax = figure.axes[0]
    assert all(float(t).is_integer() for t in ax.get_xticks())
    figure.canvas.draw()
    legend = ax.get_legend().get_window_extent()
    for bar in ax.patches:
        assert not legend.overlaps(bar.get_window_extent()), "the legend covers a bar"
