"""Speakers: which noun phrase a quotation is attributed to.

Two ordered lists of small rules, each testable alone (as `helpers.numbers.scan._classify`):
- `_QUOTE_RULES` read a quotation's own sentence(s) (`QuoteAt`): "Name: “…”" after a dash, the nearest speech
  cue (lexicon in `helpers.language.cues`) that can govern it (`_NOT_ITS_CUE`: not one in a fronted time clause
  or in brackets apart from it), a colon ("X: “…”", "The headline reads: “…”");
- `_CUE_RULES` find the subject of one cue (`CueAt`): "according to X", "was prompted to say", "..., writing",
  "a sign that read", "and joked", "“…,” said X", "X said", "Said X, “…”";
A quotation with no cue gets the speaker of the one it continues in `helpers.quotes.continuation`.
Noun phrases (who "X" names, pronouns) are read by `helpers.quotes.nouns`.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from helpers.language.cues import (BE_FORMS, CARRIER_CUES, CARRIER_NOUNS, CLAUSELESS_CUES, SPEECH_NOUNS,
                                   STATEMENT_NOUNS)
from helpers.language.entities import NOT_NAMES, PERSON_TITLES
from helpers.quotes.documents import carrier_cue_before
from helpers.quotes.marks import QuoteSpan
from helpers.quotes.nouns import (NOBODY, SUBORDINATORS, clause_subject, complement_start, name_of_np, resolve_pronoun,
                                  sentence_subject,                                  speaker_left, speaker_right)
from helpers.quotes.reading import Reading
from helpers.quotes.referents import (in_next_sentence_subordinate, in_trailing_subordinate,
                                       subordinate_after_main_clause)
from helpers.quotes.roundup import (after_semicolon, apposition_cue, headline_signature, name_on_topic,
                                    owns_next_quotation, progressive_speech)


@dataclass
class Found:
    """A quotation being read: its span, words inside the marks, kind, and what attribution found."""

    span: QuoteSpan
    content: str
    kind: str
    speaker: str | None = None
    cue: str | None = None
    sentence: int = 0
    has_cue: bool = False


# --------------------------------------------------------------------------- a quotation's own sentence


class QuoteAt:
    """A quotation in its sentence(s): the token range attribution may read ([first, last)) and its own."""

    def __init__(self, r: Reading, q: int, found: Found) -> None:
        doc, span = r.doc, found.span
        self.r, self.q, self.found = r, q, found
        self.s0 = doc.sentence_index_at(span.start)
        self.s1 = doc.sentence_index_at(max(span.end - 1, span.start))
        self.first, self.last = doc.sentences[self.s0].first_token, doc.sentences[self.s1].last_token
        if span.close_len == 0 or span.end >= doc.sentences[self.s1].end - 1:
            # the quotation closes its sentence: "“…,” he said." may follow as its own sentence
            nxt = self.s1 + 1
            if nxt < len(doc.sentences) and doc.sentences[nxt].paragraph == span.paragraph:
                n = doc.sentences[nxt]
                if r.in_quote[n.first_token] == -1 and n.last_token - n.first_token <= 12 \
                        and r.tokens[n.first_token] not in ("(", "[") and not _governs_own_quotation(r, n):
                    # not an aside in brackets, nor a sentence whose cue introduces a quotation of its own
                    self.last = n.last_token
        self.q_first = bisect_left(doc.starts, span.start)
        self.q_last = bisect_left(doc.starts, span.end)

    def attribute(self, speaker: str, cue: str) -> bool:
        self.found.speaker, self.found.cue, self.found.has_cue = speaker, cue, True
        self.r.note_speaker(speaker, self.found.span.start)
        return True


def _name_colon_after_dash(x: QuoteAt) -> bool:
    """"Pollsters agree - Carl Bialik: “…”", "... caucus - HuffPollster: “…”": a person or an organisation named
    right before the colon, after a dash or opening the sentence, is the speaker."""
    r, first, t = x.r, x.first, x.q_first - 1
    if not (t > first and r.tokens[t] == ":" and r.in_quote[t - 1] == -1):
        return False
    entity = r.entity(t - 1)
    if entity is None or entity.kind not in ("person", "organisation"):
        return False
    k = t - 1
    while k > first and r.entity(k - 1) is entity:
        k -= 1
    if k == first or r.tokens[k - 1] in ("-", "—", "–", "--"):
        return x.attribute(entity.name, ":")
    return False


_DASHES = {"―", "—", "–", "-", "--", "~"}


def _dash_signature(x: QuoteAt) -> bool:
    """"“It was the best day of my life.” ― Jane Austen", "“…” — Maria Lopez, Ohio" (lists of readers' quotes,
    epigraphs): a name right after a dash that follows the quotation signs it."""
    r, t, doc = x.r, x.q_last, x.r.doc
    if t + 1 < len(r.tokens) and r.tokens[t][:1] in ("-", "—", "―", "–") and len(r.tokens[t]) > 1 \
            and r.tokens[t][1:2].isupper() and "\n" in doc.text[doc.ends[x.q_last - 1]:doc.starts[t]]:
        t -= 0  # "-President Obama, tweeting": a dash written against the name opens the signature paragraph
        entity = r.entity(t) or r.entity(t + 1)
        p_start, p_end = doc.paragraphs[doc.sentences[doc.token_sentence[t]].paragraph]
        if entity is not None and entity.kind in ("person", "other") and len(doc.text[p_start:p_end].split()) <= 12 \
                and x.found.span.start == doc.paragraphs[x.found.span.paragraph][0]:
            return x.attribute(entity.name, r.tokens[t][0])
        return False
    if t + 1 >= len(r.tokens) or r.tokens[t] not in _DASHES or r.in_quote[t] != -1:
        return False
    if "\n" in doc.text[doc.ends[x.q_last - 1]:doc.starts[t]]:
        # "“…” ¶ - Hillary Clinton": a signature paragraph of its own, right after a paragraph that is the quote
        s = doc.sentences[doc.token_sentence[t]]
        p_start, p_end = doc.paragraphs[s.paragraph]
        if len(doc.text[p_start:p_end].split()) > 12 or x.found.span.start != doc.paragraphs[x.found.span.paragraph][0]:
            return False
    k = t + 1
    while k + 1 < len(r.tokens) and k < t + 4 and r.entity(k) is None and (
            r.tokens[k].lower() in PERSON_TITLES or r.tokens[k] == "."):
        k += 1  # "- President Obama", "— Sen. Ted Cruz"
    entity = r.entity(k)
    if entity is None or entity.kind not in ("person", "other"):
        return False
    while k < len(r.tokens) and r.entity(k) is entity:
        k += 1
    if k < len(r.tokens) and r.tokens[k] not in (",", ".", "(", ";") and r.doc.text[
            r.doc.ends[k - 1]:r.doc.starts[k]].count("\n") == 0:
        return False  # "“…” — Trump said later": a clause, read by the cue rules
    return x.attribute(entity.name, r.tokens[t])


def _tail_sentence(x: QuoteAt) -> list[tuple[int, str]]:
    """“…?” said X, the director of Y." — Punkt may start a new sentence after ?” or !”: when the quotation's
    sentence has no cue and ends with the quotation, a next sentence that is only an attribution tail ("said X, ..."
    or "X replied.", not "He said he will run.") is read too; its cues, or []."""
    r, doc, span = x.r, x.r.doc, x.found.span
    if x.s1 + 1 >= len(doc.sentences):
        return []
    n = doc.sentences[x.s1 + 1]
    tail = r.tokens[x.q_last:doc.sentences[x.s1].last_token]
    if not (n.paragraph == span.paragraph and r.in_quote[n.first_token] == -1 and len(tail) <= 4):
        return []
    if any(token[:1].isalnum() and token.lower() not in PERSON_TITLES for token in tail):
        # "launched the “…” in 2010. This initiative called for ...": the quotation did not end its sentence (a title
        # may: "''…,'' Mr. | Hedge said", where the sentence splitter took "Mr." for a sentence's end)
        return []
    if r.tokens[n.first_token] in ("(", "["):
        return []  # "Something about ''optics.'' (Mr. Shkreli has pleaded not guilty.)": an aside, no attribution
    if _governs_own_quotation(r, n):
        return []  # "Misick also called the suspension “tantamount to ...”": that cue is its own quotation's
    early = [cue for cue in r.cues_in(n.first_token, min(n.first_token + 14, n.last_token))
             if not subordinate_after_main_clause(r, n.first_token, cue[0])]
    if any(t == n.first_token or not r.clause_has_verb(t + 1, n.last_token) for t, _ in early):
        x.last = n.last_token
        return r.cues_in(x.first, x.last)
    return []


def _governs_own_quotation(r: Reading, sentence) -> bool:
    """A sentence with a cue that introduces a quotation of its own, close before it with no comma between ("Misick
    also called the suspension of the constitution “tantamount to ...”", "Smith agreed: “…”"), its first; not
    "Clinton remarked, alluding to ... in “The Revenant”", "he says, “…”", "roared Turkey; “…”"."""
    first, last = sentence.first_token, sentence.last_token
    cues = r.cues_in(first, last)
    if not cues:
        return False
    t = cues[0][0]  # the sentence's first cue: "Clinton asks as a guy walks in, saying he's “…”" is Clinton's
    q = next((k for k in range(t + 1, min(t + 9, last)) if r.in_quote[k] != -1), None)
    return q is not None and not any(r.tokens[k] in (",", ";") for k in range(t + 1, q))


def _nearest_cue(x: QuoteAt) -> tuple[int, str] | None:
    """The speech cue nearest the quotation in its sentence(s), or None."""
    cues = x.r.cues_in(x.first, x.last)
    if not cues:
        return None
    return min(cues, key=lambda cue: x.q_first - cue[0] if cue[0] < x.q_first else cue[0] - x.q_last + 1)


def _carried_text(x: QuoteAt) -> bool:
    """"a sign that read “No more wars”", "wearing a shirt reading “…”", "banners proclaiming “…”": the text of a
    thing (`cues.CARRIER_NOUNS`) is a quotation with no speaker, not the words of who wears or holds it."""
    if (verb := carrier_cue_before(x.r, x.q_first, x.first)) is not None:  # the verb right before the mark
        x.found.has_cue, x.found.cue = True, verb
        return True
    r, cue = x.r, _nearest_cue(x)
    if cue is None or cue[1] not in CARRIER_CUES:
        return False
    k = cue[0] - 1
    while k >= x.first and (r.tags[k] == "RB" or r.tokens[k].lower() in ("that", "which", ",", "have", "has", "had")):
        k -= 1
    if k >= x.first and r.in_quote[k] == -1 and r.tokens[k].lower() in CARRIER_NOUNS:
        x.found.has_cue, x.found.cue = True, r.tokens[cue[0]]
        return True
    return False


def _cue(x: QuoteAt) -> bool:
    """The nearest speech cue outside the quotation whose subject can be found (cues between another quotation
    and this one, and participles, last; not a cue in a clause that cannot govern the quotation, `_NOT_ITS_CUE`)."""
    r, q, found = x.r, x.q, x.found
    cues = r.cues_in(x.first, x.last) or _tail_sentence(x)
    cues = [cue for cue in cues if not any(rule(x, cue[0]) for rule in _NOT_ITS_CUE)]
    if not cues:
        return False
    found.has_cue = True

    own_last = r.doc.sentences[x.s1].last_token

    def distance(cue: tuple[int, str]) -> tuple[int, int, int, int]:
        t, lemma = cue
        gap = x.q_first - t if t < x.q_first else t - x.q_last + 1
        # cues between another quotation and this one belong to the nearer one
        other = any(r.in_quote[k] not in (-1, q) for k in range(min(t, x.q_first), max(t, x.q_last)))
        # a cue in the quotation's own sentence before one in the attribution tail after it
        # a cue in the sentence after the quotation's after one in its own ("Ahern suggested the UVF work “with a
        # view to ...”. Sinn Fein welcomed the news"), unless it follows the quotation at once ("“…?” asked Dunn")
        later_sentence = t >= own_last and t - x.q_last > 1
        participle = r.tags[t] == "VBG" and lemma != "according to" and not progressive_speech(r, t, lemma)
        return (other, later_sentence, participle, gap)

    for t, lemma in sorted(cues, key=distance):
        speaker = speaker_of_cue(r, t, lemma, x.first, x.last, quote=x.q_first)
        if speaker:
            found.speaker, found.cue = speaker, r.tokens[t] if lemma != "according to" else "according to"
            r.note_speaker(speaker, found.span.start)
            return True
        if found.cue is None:
            found.cue = r.tokens[t]
        if _passive_introduces(r, t, x.q_first, x.first):
            return True  # "passengers were told to “check in as normal”": told by nobody named; no other cue speaks it
    return True


def _passive_introduces(r: Reading, t: int, quote: int, first: int) -> bool:
    """A passive cue with no agent right before the quotation ("were told to “…”", "was asked: “…”")."""
    if not (t < quote and r.tags[t] == "VBN" and all(r.tokens[k].lower() in ("to", "that", ",", ":")
                                                      for k in range(t + 1, quote))):
        return False
    k = t - 1
    while k >= first and r.tags[k] == "RB":
        k -= 1
    return k >= first and r.tokens[k].lower() in BE_FORMS


def _in_fronted_clause(x: QuoteAt, t: int) -> bool:
    """"As he spoke, Trump became the first to buy a “promoted trend”", "After blasting the report, Beck recited a
    passage about “boasters”": a cue in a subordinate clause opening the sentence speaks no words of a quotation
    after the main clause's own finite verb. "As Smith put it, “…”", "As he told reporters, the plan is “dead”"
    keep their cue: an as-clause with a verb of saying comments on the clause after it."""
    r = x.r
    k = r.doc.sentences[x.s0].first_token
    if r.tokens[k].lower() in ("and", "but", "so", "yet"):
        k += 1
    opener = r.tokens[k].lower()
    if opener not in SUBORDINATORS or not k < t < x.q_first or any(r.tokens[j] == "," for j in range(k, t)):
        return False  # "If the law was never tested, Giuliani said, there is ...": the cue is the main clause's
    if opener == "as" and r.cue_lemmas.get(t) not in CLAUSELESS_CUES:
        return False
    comma = next((j for j in range(t + 1, x.q_first) if r.tokens[j] == "," and r.in_quote[j] == -1), None)
    return comma is not None and any(r.tags[j] in ("VBD", "VBZ", "VBP", "MD") and r.in_quote[j] == -1
                                     for j in range(comma + 1, x.q_first))


def _in_brackets(x: QuoteAt, t: int) -> bool:
    """"her turn at the Gridiron (a clan of pundits who sing songs), when she went from “Queen Nancy”": a cue inside
    brackets that do not hold the quotation speaks no words outside them."""
    r = x.r
    for j in range(t - 1, x.first - 1, -1):
        if r.tokens[j] == ")":
            return False
        if r.tokens[j] == "(":
            close = next((k for k in range(t + 1, x.last) if r.tokens[k] == ")"), None)
            return close is not None and not j < x.q_first < close
    return False


def _in_relative_clause(x: QuoteAt, t: int) -> bool:
    """"Capt. Kelly Goodall said British soldiers who responded came “under attack ...”": a cue in a relative clause
    that ends before the quotation (a finite verb, the main clause's, follows it) speaks no words of it."""
    r, k = x.r, t - 1
    while k > x.first and r.tags[k] == "RB":
        k -= 1
    if not (x.first < k and r.tokens[k].lower() in ("who", "which", "that") and r.tags[k - 1] in ("NN", "NNS", "NNP",
                                                                                                  "NNPS")
            and t < x.q_first):
        return False
    j = t + 1
    while j < x.q_first and r.tags[j] in ("RB", "RP"):
        j += 1
    while j < x.q_first and r.tags[j] == "IN" and r.tokens[j].lower() not in ("that", "if", "whether"):
        j += 1  # "who spoke on Monday were": a prepositional phrase, not a clause of what was said
        while j < x.q_first and r.tags[j] in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD"):
            j += 1
    return j < x.q_first and r.in_quote[j] == -1 and r.tags[j] in ("VBD", "VBZ", "VBP", "MD")


def _in_complement_clause(x: QuoteAt, t: int) -> bool:
    """"Mr Reid denied that the document signalled any change, stating that, “…”": a cue in a that-clause, with a
    participle of speech after a comma between it and the quotation, does not govern it (the participle and the
    main clause's verb do: "the document" said nothing)."""
    r = x.r
    if not t < x.q_first or complement_start(r, t, x.first) is None:
        return False
    return any(r.tags[p] == "VBG" and r.tokens[p - 1] == "," and r.in_quote[p] == -1
               for p, _ in r.cues_in(t + 1, x.q_first))


_NOT_ITS_CUE = (_in_fronted_clause, _in_brackets, _in_relative_clause, _in_complement_clause,
                lambda x, t: after_semicolon(x.r, x.q_last - 1, t),
                lambda x, t: owns_next_quotation(x.r, x.q, t, x.last),
                lambda x, t: in_next_sentence_subordinate(x.r, x.s1, t))



def _statement_before(x: QuoteAt) -> bool:
    """"Trump issued a statement, “Last night, our nation was attacked ...”", "Obama posted a tweet: “…”": a
    statement noun (`cues.STATEMENT_NOUNS`) right before the quotation; its clause's subject speaks."""
    r, k = x.r, x.q_first - 1
    if k > x.first and r.tokens[k] in (",", ":"):
        k -= 1
    if k <= x.first or r.in_quote[k] != -1 or r.tokens[k].lower() not in STATEMENT_NOUNS:
        return False
    before = r.tokens[k - 1]
    if before in ("’s", "'s", "’", "'") and k - 2 >= x.first:
        speaker = name_of_np(r, k - 2)  # "in Forbes’ words, “…”": the possessor
    elif before.lower() in ("his", "her"):
        speaker = resolve_pronoun(r, k - 1)  # "in his statement: “…”"
    else:
        speaker = clause_subject(r, k)
    if not speaker:
        return False
    return x.attribute(speaker, r.tokens[k])


def _name_after_quote(x: QuoteAt) -> bool:
    """"“Canada is the number one priority,” Darcy Antonellis, Senior Vice President of Warner Bros." (the verb left
    out): a person named right after the quotation, with no verb in the rest of the sentence, speaks it."""
    r, t = x.r, x.q_last
    end = r.doc.sentences[x.s1].last_token
    if t < end and r.tokens[t] == ",":
        t += 1
    elif not x.found.content.endswith(","):
        return False  # "“Little Marco” Rubio": an epithet before the name, no attribution
    person = r.entity(t) if t < end else None
    if person is None or person.kind != "person" or r.in_quote[t] != -1:
        return False
    k = t
    while k < end and r.entity(k) is person:
        k += 1
    if k < end and r.tokens[k] not in (",", ".", "(") or any(
            r.tags[j].startswith("VB") and r.in_quote[j] == -1 for j in range(k, end)):
        return False
    return x.attribute(person.name, ",")


def _possessor_of_speech_noun(x: QuoteAt) -> bool:
    """"President Obama's call to “begin again”", "the minister's statement that “…”", "his plea: “…”", "Obama's “if
    you like your plan, you can keep it” promise": the possessor of a speech noun (`cues.SPEECH_NOUNS`) right before
    the quotation (or after it, the possessor before it) speaks."""
    r, k = x.r, x.q_first - 1
    noun_after = x.q_last < len(r.tokens) and x.q_last < x.last and r.tokens[x.q_last].lower() in SPEECH_NOUNS
    if noun_after and k >= x.first and r.tokens[k] in ("’s", "'s", "his", "her", "His", "Her"):
        k = x.q_first  # the possessor is read from the token before the quotation
    elif k > x.first and r.tokens[k].lower() in ("to", "that", "of", ",", ":") and r.in_quote[k] == -1 \
            and r.tags[x.q_first + 1] not in ("VBZ", "VBP", "VBD", "MD"):
        k -= 1  # not "Ginsburg's comments “shows bias”", "called Trump's comments “racially toxic”": no link word
        if not (k - 1 >= x.first and r.in_quote[k] == -1 and r.tokens[k].lower() in SPEECH_NOUNS):
            return False
    else:
        return False
    before = r.tokens[k - 1]
    if before in ("’s", "'s") and k - 2 >= x.first and r.in_quote[k - 2] == -1:
        speaker = name_of_np(r, k - 2)
    elif before.lower() in ("his", "her"):
        speaker = resolve_pronoun(r, k - 1)
    else:
        return False
    return bool(speaker) and x.attribute(speaker, r.tokens[k] if k != x.q_first else r.tokens[x.q_last])


def _colon(x: QuoteAt) -> bool:
    """"X: “…”", "The headline reads: “…”" (headlines, transcripts): a name right before the colon ("... -
    Philip Bump:"), else the clause's subject ("Perez lobbies for a higher minimum wage:"), else whatever noun
    phrase precedes the colon."""
    r, first, t = x.r, x.first, x.q_first - 1
    if t > first and r.tokens[t] == ":" and r.in_quote[t - 1] == -1:
        topic = _topic_before_colon(r, first, t)
        if topic:
            return x.attribute(topic, ":")
        left = speaker_left(r, t, first)
        if left in r.entity_names and in_trailing_subordinate(r, first, t):  # "… released a statement after the
            left = sentence_subject(r, x.s0)  # Senate failed to pass the bill:": not the Senate
        speaker = left if left in r.entity_names else (sentence_subject(r, x.s0) or left or person_in(r, first, t))
        if speaker:
            x.attribute(speaker, ":")
    return True


def _topic_before_colon(r: Reading, first: int, colon: int) -> str | None:
    """"Gingrich on Trump: ‘He Is the Nominee.’", "CNN President On Trump: ‘…’" (headlines): the name before "on"
    speaks; what follows "on" is the topic. Only when a name or a capitalised noun precedes "on"."""
    k = colon - 1
    while k > first and colon - k <= 10 and r.tokens[k].lower() != "on" and r.in_quote[k] == -1 \
            and (r.tokens[k][:1].isupper() or r.tokens[k] in ("’s", "'s") or r.tokens[k].lower() in _SMALL):
        k -= 1
    if not (k > first and k < colon - 1 and r.tokens[k].lower() == "on" and r.tags[k - 1] in ("NNP", "NNPS")):
        return None
    entity = r.entity(k - 1)
    if entity is not None:
        return entity.name if entity.kind in ("person", "other") else None
    return name_of_np(r, k - 1)


_SMALL = {"of", "the", "a", "an", "and", "to", "for", "in", "at", "her", "his", "their"}


def person_in(r: Reading, first: int, last: int) -> str | None:
    """The one person named in tokens [first, last) outside quotations, if one only ("Here’s Clinton in December
    1992: “…”": the clause before a colon)."""
    people = {id(e): e for k in range(first, last) if r.in_quote[k] == -1
              and (e := r.entity(k)) is not None and e.kind == "person"}
    return next(iter(people.values())).name if len(people) == 1 else None


def _name_on_topic(x: QuoteAt) -> bool:
    """"— Patriots tight end Martellus Bennett on returning to the game: “…”" (`roundup.name_on_topic`)."""
    speaker = name_on_topic(x.r, x.first, x.q_first)
    return bool(speaker) and x.attribute(speaker, ":")


def _headline_signature(x: QuoteAt) -> bool:
    """"Albanese ‘shifty’ on Voice: Dutton" (`roundup.headline_signature`)."""
    speaker = headline_signature(x.r, x.found.span.paragraph) if ":" in x.r.doc.text[
        x.found.span.end:x.r.doc.paragraphs[x.found.span.paragraph][1]] else None
    return bool(speaker) and x.attribute(speaker, ":")


_QUOTE_RULES = (_headline_signature, _name_colon_after_dash, _dash_signature, _name_on_topic, _carried_text,
                _possessor_of_speech_noun, _cue, _statement_before, _name_after_quote, _colon)


def attribute(r: Reading, q: int, found: Found) -> None:
    """Speaker and cue from the quotation's own sentence(s) (`_QUOTE_RULES`, in order; the first that decides
    wins)."""
    x = QuoteAt(r, q, found)
    for rule in _QUOTE_RULES:
        if rule(x):
            return


# --------------------------------------------------------------------------- the subject of one cue


_VBG_LINKS = {",", "by", "before", "after", "while", "when", "in", "—", "–", "upon", "and", "without", "then", "also"}


@dataclass
class CueAt:
    """One speech cue at token t (its lemma), in the token range [first, last) attribution may read."""

    r: Reading
    t: int
    lemma: str
    first: int
    last: int
    quote: int = -1

    @property
    def before(self) -> str:
        return self.r.tokens[self.t - 1].lower() if self.t > self.first else ""

    @cached_property
    def inverted(self) -> bool:
        """The cue follows the quotation (or a comma) directly: "“…,” said X", "“…,” X said"."""
        r, prev = self.r, self.t - 1
        while prev >= self.first and r.tokens[prev].lower() in ("also", "then", "later", "again"):
            prev -= 1
        after_quote = prev >= self.first and (r.quote_end(prev) or (
            r.tokens[prev] == "," and prev - 1 >= self.first and r.quote_end(prev - 1)))
        return after_quote and r.tags[self.t] in ("VBD", "VBZ", "VBP", "VB", "NN", "NNS") \
            and not self.reports_clause

    @cached_property
    def reports_clause(self) -> bool:
        """"Humphrey, who calls Trump a “sociopath,” said he doesn’t believe ...": a pronoun right after the cue with a
        finite verb after it is the subject of the reported clause, not an inverted speaker ("“…,” said he.")."""
        r, k = self.r, self.t + 1
        return k + 1 < self.last and r.tags[k] == "PRP" and r.in_quote[k] == -1 \
            and (r.tags[k + 1] in ("VBD", "VBZ", "VBP", "MD") or r.tokens[k + 1].lower() in ("’s", "'s", "’d", "'d"))


def _according_to(c: CueAt) -> str | None:
    """"according to X"."""
    if c.lemma == "according to":
        return speaker_right(c.r, c.t, c.last) or NOBODY
    return None


def _to_infinitive(c: CueAt) -> str | None:
    """"Mr. Trump was prompted to say, “…”", "went so far as to say:": the subject of the clause."""
    if c.before == "to" and c.r.tags[c.t] == "VB":
        if -1 < c.quote < c.t and c.r.tags[c.t - 2] == "VBN" and c.r.tokens[c.t - 3].lower() in BE_FORMS:
            return NOBODY  # "warning MPs “…”, but that is not what her ministers have been told to say"
        return clause_subject(c.r, c.t) or NOBODY
    return None


def _has_own_subject(c: CueAt) -> bool:
    """A name or pronoun right before the cue that is its own subject: "with Trump reportedly yelling" — but not
    "responded on Facebook writing", "a statement Tuesday saying"."""
    r, first = c.r, c.first
    k = c.t - 1
    while k >= first and r.tags[k] == "RB":
        k -= 1
    own = k >= first and (r.tags[k] in ("NNP", "PRP") and r.tokens[k].lower() not in ("it", "them")
                          and r.tokens[k].lower() not in NOT_NAMES)
    if own and (place := r.entity(k)) is not None and place.kind == "place":
        return False  # "issued a statement at his club outside Washington, D.C. saying": a place says nothing
    if not own:
        return _with_subject(c, k)
    j = k
    while j > first and r.tags[j - 1] in ("NNP", "NNPS"):
        j -= 1
    head_before = r.tokens[j - 1].lower() if j > first else ""
    return not ((r.tags[j - 1].startswith("VB") or r.tags[j - 1] in ("IN", "TO"))
                and head_before != "with") if j > first else True


def _with_subject(c: CueAt, k: int) -> bool:
    """"The closures have angered parents, with one describing them as ‘…’", "with many saying": the noun phrase
    after "with" is the participle's own subject, not the sentence's."""
    r, j = c.r, k
    while j >= c.first and j > k - 4 and r.in_quote[j] == -1 and (
            r.tags[j] in ("NN", "NNS", "CD", "DT", "JJ", "PRP$") or r.tokens[j].lower() in ("one", "some", "many")):
        if j - 1 >= c.first and r.tokens[j - 1].lower() == "with":
            return True
        j -= 1
    return False


def _participle(c: CueAt) -> str | None:
    """"Clinton responded on Facebook, writing “…”", "Obama released a statement condemning “…”": a participle
    (the tagger may call "writing" a noun) after a link or a finite verb has the clause's subject."""
    r = c.r
    if r.tokens[c.t].endswith("ing") and not _has_own_subject(c) \
            and (c.before in _VBG_LINKS or r.finite_verb_before(c.t, c.first)):
        return clause_subject(r, c.t) or NOBODY
    return None


def _opening_participle(c: CueAt) -> str | None:
    """"Maher stated that the report “wasn’t good.” Adding, “Now, like with all ...”": a participle that opens its
    sentence before a comma or colon goes on with the subject of the sentence before (same paragraph)."""
    r, t = c.r, c.t
    doc = r.doc
    s = doc.token_sentence[t]
    if not (r.tokens[t].endswith("ing") and doc.sentences[s].first_token == t and t + 1 < c.last
            and r.tokens[t + 1] in (",", ":")):
        return None
    if s == 0 or doc.sentences[s - 1].paragraph != doc.sentences[s].paragraph:
        return NOBODY
    before = doc.sentences[s - 1]
    for k, lemma in reversed(r.cues_in(before.first_token, before.last_token)):  # the last: not "after X concluded"
        speaker = speaker_of_cue(r, k, lemma, before.first_token, before.last_token)
        if speaker:
            return speaker
    return sentence_subject(r, s - 1) or NOBODY


def _relative_that(c: CueAt) -> str | None:
    """"Trump released a video that said, “…”", "hoisted a sign that read “15%!”", "They released a statement
    which said, “…”": the sentence's subject."""
    if c.before in ("that", "which") and c.t - 2 >= c.first and c.r.tags[c.t - 2] in ("NN", "NNS"):
        return clause_subject(c.r, c.t)
    return None


def _coordinated(c: CueAt) -> str | None:
    """"Silverman was joined on stage by Franken and joked, “…”": the subject of the first verb; "Boreing said the
    members will meet, but said, “…”": the subject of the earlier speech verb of the same form."""
    r = c.r
    if not (c.before in ("and", "but", "then") and r.tags[c.t].startswith("VB")):
        return None
    earlier = [k for k, _ in r.cues_in(max(c.first, c.t - 40), c.t - 1) if r.tags[k] == r.tags[c.t]]
    if earlier:
        speaker = speaker_left(r, earlier[-1], c.first)
        if speaker:
            return speaker
    return clause_subject(r, c.t) or NOBODY


def _passive(c: CueAt) -> str | None:
    """"was described as “…” by the health ministry", "Sanders was asked by host Bill Maher, “…”", "a plan described
    as “…” by critics": the agent after "by" speaks; a passive with no agent ("Trump was asked, “…”") names nobody
    (its subject did not speak). Not "has declared", not "As reported by X, ...", not a quotation before the verb
    ("a “paperwork error” that was reported by the Times")."""
    r, t = c.r, c.t
    if r.tags[t] != "VBN" or c.before == "as":
        if r.tags[t] == "VBD" and c.before != "as" and r.tokens[t + 1:t + 2] == ["as"]:
            return _agent_after_quote(c)  # "a decision described as “…” by X": an active verb has its object first
        return None
    k = t - 1
    while k >= c.first and r.tags[k] == "RB":
        k -= 1
    before = r.tokens[k].lower() if k >= c.first else ""
    if before in _HAVE_FORMS:
        return None
    be = before in BE_FORMS
    if c.quote != -1 and c.quote < t:  # "warning MPs “…”, but that is not what her ministers have been told to say"
        return NOBODY if be and not any(r.tokens[j].lower() == "by" for j in range(t + 1, min(t + 8, c.last))) else None
    if be and c.lemma in _REPORTED_CUES:
        return speaker_left(r, t, c.first) or NOBODY  # "Bob Beckel was quoted (by Fox) as saying “…”": Beckel
    agent = _agent_after_quote(c) or _agent(c, reach=6 if be else 0)
    if agent:
        return agent
    return NOBODY if be else None


_REPORTED_CUES = {"quote", "cite"}  # a passive of these reports the subject's words: "X was quoted as saying"
_HAVE_FORMS = {"has", "have", "had", "'ve", "having"}


def _agent_after_quote(c: CueAt) -> str | None:
    """"was described as a “disgraceful act” by X, and “deceitful” by Y": the agent right after the quotation
    itself, when one follows it."""
    r = c.r
    if c.quote == -1 or c.quote < c.t:
        return None
    q, j = r.in_quote[c.quote], c.quote
    while j < c.last and r.in_quote[j] == q:
        j += 1
    while j < c.last and r.tokens[j] == "," and r.in_quote[j] == -1:
        j += 1
    return speaker_right(r, j, c.last) if j < c.last and r.tokens[j].lower() == "by" else None


def _agent(c: CueAt, reach: int) -> str | None:
    """The noun phrase after "by" following a participle cue: right after it or after "as “…”" (and, after a form
    of "be", up to `reach` more words: "was asked on Sunday by X")."""
    r, extra = c.r, 0
    for j in range(c.t + 1, c.last):
        token = r.tokens[j]
        if token.lower() == "by" and r.in_quote[j] == -1:
            return speaker_right(r, j, c.last)
        if r.in_quote[j] != -1 or token.lower() == "as" or token == "," or r.tags[j] == "RB":
            continue
        extra += 1
        if extra > reach or token in (";", ":") or r.tags[j] in ("VBD", "VBZ", "VBP", "MD"):
            return None
    return None


def _quoting(c: CueAt) -> str | None:
    """"It quoted a spokesman for Atticus Capital complaining that ...", "Trump quoted Mussolini: “…”": the one an
    active "quote" names after it speaks (not a passive: "X was quoted", `_passive`; not "cite", whose object is
    often a thing: "He cited the exclusion of the Rohingyas as “…”")."""
    r, t = c.r, c.t
    if c.lemma != "quote" or r.tags[t] not in ("VBD", "VBZ", "VBP") or c.inverted:
        return None
    return speaker_right(r, t, c.last)


def _inverted(c: CueAt) -> str | None:
    """"“…,” said X": the noun phrase after the cue."""
    return speaker_right(c.r, c.t, c.last) if c.inverted else None


def _subject_before(c: CueAt) -> str | None:
    """"X said", "X, the director of Y, wrote"."""
    return speaker_left(c.r, c.t, c.first)


def _fronted(c: CueAt) -> str | None:
    """"Said Dorothy Poynter, who grew up with Ali, “…”": a cue opening its clause, a name after it."""
    r, t = c.r, c.t
    if not c.inverted and not c.reports_clause and t + 1 < c.last and (
            r.tags[t + 1] in ("NNP", "PRP") or r.tokens[t + 1][:1].isupper()) and (
            t == c.first or r.tokens[t - 1] in (",", ":", ";") or r.quote_end(t - 1)):
        return speaker_right(r, t, c.last) or NOBODY
    return None


_CUE_RULES = (_according_to, lambda c: apposition_cue(c.r, c.t, c.first), _to_infinitive, _opening_participle,
              _participle, _relative_that, _coordinated, _passive, _quoting, _inverted, _subject_before, _fronted)


def speaker_of_cue(r: Reading, t: int, lemma: str, first: int, last: int, quote: int = -1) -> str | None:
    """The speaker of the cue at token t (`_CUE_RULES`, in order; the first that decides wins); `quote` is the
    first token of the quotation it would introduce (-1 when there is none in its sentence)."""
    c = CueAt(r, t, lemma, first, last, quote)
    for rule in _CUE_RULES:
        decided = rule(c)
        if decided is not None:
            return decided or None
    return None
