"""The attribution rules of helpers.quotes, each tried alone on a sentence: the rule that must decide
decides (with the expected speaker), and a rule that does not apply passes (None or False)."""
from __future__ import annotations

import pytest

from helpers.language.segment import Document
from helpers.load.article import from_text
from helpers.quotes import attribution as A
from helpers.quotes import kinds as K
from helpers.quotes import nouns as N
from helpers.quotes.marks import quote_spans
from helpers.quotes.reading import Reading


def _reading(text: str) -> Reading:
    doc = Document(from_text(text))
    return Reading(doc, quote_spans(doc))


def _cue(r: Reading, word: str) -> A.CueAt:
    t = r.tokens.index(word)
    s = r.doc.sentences[r.doc.token_sentence[t]]
    return A.CueAt(r, t, r.cue_lemmas[t], s.first_token, s.last_token)


CUE_RULES = [
    ("according to X", A._according_to, "The plan will fail, according to Senator Lindsey Graham.", "according",
     "Lindsey Graham"),
    ("to say: the clause's subject", A._to_infinitive, "Donald Trump was prompted to say, “We will win.”", "say",
     "Donald Trump"),
    ("..., writing: the clause's subject", A._participle,
     "Hillary Clinton responded on Facebook, writing “We are stronger together.”", "writing", "Hillary Clinton"),
    ("a sign that read: the sentence's subject", A._relative_that,
     "Anna White hoisted a sign that read “Fifteen now!” at the rally.", "read", "Anna White"),
    ("and joked: the first verb's subject", A._coordinated,
     "Sarah Silverman was joined by Al Franken and joked, “This is fun.”", "joked", "Sarah Silverman"),
    ("“…,” said X", A._inverted, "“So far, it is working,” said Michael Baselice, a pollster.", "said",
     "Michael Baselice"),
    ("X said", A._subject_before, "Vladimir Putin said the talks were “warm and comradely”.", "said",
     "Vladimir Putin"),
    ("Said X, “…”", A._fronted, "Said Dorothy Poynter, who grew up with Ali, “He was kind.”", "Said",
     "Dorothy Poynter"),
]


@pytest.mark.parametrize("name, rule, text, cue, speaker", CUE_RULES, ids=[row[0] for row in CUE_RULES])
def test_cue_rule_decides_alone(name, rule, text, cue, speaker):
    assert rule(_cue(_reading(text), cue)) == speaker


PASSES = [
    ("according to passes on said", A._according_to, "Vladimir Putin said “no”.", "said"),
    ("to-infinitive passes on said", A._to_infinitive, "Vladimir Putin said “no”.", "said"),
    ("inverted passes on X said", A._inverted, "Vladimir Putin said the talks were “warm and comradely”.", "said"),
    ("fronted passes on X said", A._fronted, "Vladimir Putin said the talks were “warm and comradely”.", "said"),
]


@pytest.mark.parametrize("name, rule, text, cue", PASSES, ids=[row[0] for row in PASSES])
def test_cue_rule_passes_when_it_does_not_apply(name, rule, text, cue):
    assert rule(_cue(_reading(text), cue)) is None


NAMING = [
    ("he resolves to the last man", "Donald Trump spoke in Ohio. He said “we will win.”", "He", "Donald Trump"),
    ("a date names nobody", "On Monday, Xi Jinping said “yes.”", "Monday", None),
    ("a common noun phrase is itself", "A spokeswoman for the ministry said “no.”", "spokeswoman",
     "A spokeswoman for the ministry"),
    ("everyone names nobody", "Everyone said “no.”", "Everyone", None),
]


@pytest.mark.parametrize("name, text, head, speaker", NAMING, ids=[row[0] for row in NAMING])
def test_name_of_noun_phrase(name, text, head, speaker):
    r = _reading(text)
    assert N.name_of_np(r, r.tokens.index(head)) == speaker


TERMS = [
    ("so-called", K._term_marker, "It is a so-called “multipolar” world.", True),
    ("a title after a possessive", K._title, "She spoke on CNN’s “New Day” program.", True),
    ("a quoted modifier", K._quoted_modifier, "He joined the “Never Trump” movement.", True),
    ("speech is not a term", K._term_marker, "Vladimir Putin said “we are friends.”", False),
]


@pytest.mark.parametrize("name, rule, text, term", TERMS, ids=[row[0] for row in TERMS])
def test_term_rule_alone(name, rule, text, term):
    r = _reading(text)
    span = r.spans[0]
    content = r.doc.text[span.start + span.open_len:span.end - span.close_len].strip()
    assert bool(rule(K.Quoted(r, span, content))) is term
