"""Quotations with no cue of their own: the speaker of the quotation they continue.

`_CONTINUATION_RULES` (in order; the first that decides wins) give such a quotation the speaker of a split
quote, of the next sentence or paragraph, of a paragraph after "X said:", or of the person the paragraph before
reports; `_PARTIAL_RULES` do the same for a fragment in the sentence after a quoted one. Each rule reads one
`Continuation`. Split from `helpers.quotes.attribution`, which reads quotations that have a cue.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from helpers.language.segment import Document
from helpers.quotes.attribution import Found, person_in, speaker_of_cue
from helpers.quotes.marks import QuoteSpan
from helpers.quotes.nouns import sentence_subject
from helpers.quotes.reading import Reading


class Continuation:
    """A quotation with no cue of its own, among the article's quotations (items[i])."""

    def __init__(self, r: Reading, items: list[Found], i: int) -> None:
        self.r, self.items, self.i = r, items, i
        self.item = items[i]
        self.span = self.item.span
        earlier = [x for x in items[max(0, i - 4):i] if x.kind != "term"]
        self.prev = earlier[-1] if earlier else None

    def take(self, speaker: str | None, cue: str | None) -> bool:
        self.item.speaker, self.item.cue = speaker, cue
        return True


_SINGLE_MARKS = ("'", "‘")


def _quoted_heading(c: Continuation) -> bool:
    """A section heading set in quotation marks ("'A fight from start to finish.'" as a paragraph of its own, in
    single marks in an article that quotes with double ones) is a heading, not the last speaker's next words."""
    doc, span = c.r.doc, c.span
    p_start, p_end = doc.paragraphs[span.paragraph]
    if span.start != p_start or doc.text[span.end:p_end].strip() or len(c.item.content.split()) > 8:
        return False
    if doc.text[span.start] not in _SINGLE_MARKS:
        return False
    return c.r.single_marked * 2 < len(c.r.spans) + 1


def _joined_to_next(c: Continuation) -> bool:
    """The next quote in the same paragraph, with only quotations and punctuation between."""
    items, i, span = c.items, c.i, c.span
    if i + 1 < len(items) and items[i + 1].span.paragraph == span.paragraph and items[i + 1].speaker:
        between = c.r.doc.text[span.end:items[i + 1].span.start]
        if not re.search(r"\w", between):
            return c.take(items[i + 1].speaker, items[i + 1].cue)
    return False


def _joined_to_previous(c: Continuation) -> bool:
    """"shouted slogans such as “victory to the army!” and “we are all soldiers”": a quotation coordinated with the
    one before it (only "and", "or" or a comma between) is spoken by the same voice."""
    prev, span = c.prev, c.span
    if prev is None or not prev.speaker or prev.span.paragraph != span.paragraph:
        return False
    if re.fullmatch(r"\s*,?\s*(?:(?:and|or)\s+)?", c.r.doc.text[prev.span.end:span.start]):
        return c.take(prev.speaker, prev.cue)
    return False


def _reply(c: Continuation) -> bool:
    """“Do we give up?” she asked. ¶ “No!” — the reply is someone else's: decided, no speaker."""
    return c.prev is not None and _answers(c.r.doc, c.prev, c.item)


def _same_voice(c: Continuation) -> bool:
    """The previous quotation's speaker, in the same paragraph, or the next paragraph when nothing but
    quotations came between."""
    prev, span = c.prev, c.span
    if prev is not None and prev.speaker and prev.kind != "term":
        same_paragraph = prev.span.paragraph == span.paragraph
        # the next paragraph, past a picture's caption and credit ("… ¶ Premier X speaks at … ¶ Photo: Y ¶ “…”")
        next_paragraph = prev.span.paragraph < span.paragraph and _starts_paragraph(c.r.doc, span) and all(
            c.r.is_caption(p) for p in range(prev.span.paragraph + 1, span.paragraph))
        if same_paragraph or span.continues or (next_paragraph and _only_quotes_after(c.r, prev, span)):
            return c.take(prev.speaker, prev.cue)
    return False


def _attribution_sentence_before(c: Continuation) -> bool:
    """"Dianne Bystrom agreed. “Mainstream Republicans are running ...”": the quotation that opens a sentence
    after a sentence of attribution (with no quotation of its own) in the same paragraph."""
    r, doc, span = c.r, c.r.doc, c.span
    s = doc.sentence_index_at(span.start)
    if not (s > 0 and doc.sentences[s - 1].paragraph == span.paragraph and span.start <= doc.sentences[s].start + 1):
        return False
    prev_sentence = doc.sentences[s - 1]
    if not all(r.in_quote[k] == -1 for k in range(prev_sentence.first_token, prev_sentence.last_token)):
        return False
    for t, lemma in sorted(r.cues_in(prev_sentence.first_token, prev_sentence.last_token)):
        speaker = speaker_of_cue(r, t, lemma, prev_sentence.first_token, prev_sentence.last_token)
        if speaker:
            return c.take(speaker, r.tokens[t])
    return False


def _after_colon_paragraph(c: Continuation) -> bool:
    """A paragraph that opens with a quotation after one that ends "X said:"."""
    r, doc, span, item = c.r, c.r.doc, c.span, c.item
    if not (_starts_paragraph(doc, span) and span.paragraph > 0):
        return False
    p_start, p_end = doc.paragraphs[span.paragraph - 1]
    if not doc.text[p_start:p_end].rstrip().endswith(":"):
        return False
    s = doc.sentence_index_at(p_end - 1)
    sent = doc.sentences[s]
    for t, lemma in sorted(r.cues_in(sent.first_token, sent.last_token), reverse=True):
        speaker = speaker_of_cue(r, t, lemma, sent.first_token, sent.last_token)
        if speaker:
            return c.take(speaker, r.tokens[t])
    item.speaker, item.cue = sentence_subject(r, s), ":"  # the cue stays even when no subject is found
    return bool(item.speaker)


# "That was the message from Matthew Trainer, who ...", "Those were the words of the mayor": a sentence that
# names the voice of the quotation before it, a feature writer's opening
_NAMED_AFTER = re.compile(r"(?:That|This|Those|These|Such) (?:was|is|were|are|has been|had been) (?:the )?"
                          r"(?:[a-z]+ )?(?:message|words?|warning|verdict|view|plea|promise|response|reaction|"
                          r"advice|claim|admission|conclusion|call|thoughts|opinion|assessment|answer) (?:from|of) ")


def _named_in_next_sentence(c: Continuation) -> bool:
    """"“If there were quick fixes, ...” ¶ That was the message from Matthew Trainer, who ...": the person the
    next sentence names as the voice (`_NAMED_AFTER`)."""
    r, doc, span = c.r, c.r.doc, c.span
    s = doc.sentence_index_at(max(span.end - 1, span.start))
    if s + 1 >= len(doc.sentences) or c.item.kind != "full":
        return False
    nxt = doc.sentences[s + 1]
    m = _NAMED_AFTER.match(doc.text, nxt.start)
    if m is None:
        return False
    first = bisect_left(doc.starts, m.end())
    stop = next((k for k in range(first, nxt.last_token) if r.tokens[k] in (",", ";", "(")), nxt.last_token)
    speaker = person_in(r, first, stop)
    return speaker is not None and c.take(speaker, m.group().split()[-2])


def _paragraph_voice(c: Continuation) -> bool:
    """A paragraph that is a quotation with no cue: the voice of the last quotations (or of the next one)."""
    items, i, span = c.items, c.i, c.span
    if not (_starts_paragraph(c.r.doc, span) and c.item.kind == "full"):
        return False
    recent = [x for x in items[max(0, i - 6):i] if x.speaker and x.kind != "term"
              and span.paragraph - x.span.paragraph <= 2]
    if recent:
        return c.take(recent[-1].speaker, recent[-1].cue)
    if i + 1 < len(items) and items[i + 1].speaker and items[i + 1].span.paragraph - span.paragraph <= 1:
        return c.take(items[i + 1].speaker, items[i + 1].cue)
    return False


def _reported_paragraph_before(c: Continuation) -> bool:
    """"Mr Iemma said he could not lead a cabinet. ¶ “I took what I believed ...”": a paragraph that is a quotation,
    none before it to go on with, after a paragraph whose last sentence reports a person's speech (no quotation)."""
    r, doc, span, content = c.r, c.r.doc, c.span, c.item.content
    if not (_starts_paragraph(doc, span) and c.item.kind == "full" and span.paragraph > 0) or content.isupper() \
            or re.match(r"[A-Z][\w.’']*(?: [A-Z][\w.’']*)*:", content):
        return False  # a heading in capitals, a transcript ("Chris Matthews: ...") has voices of its own
    sent = doc.sentences[doc.sentence_index_at(doc.paragraphs[span.paragraph - 1][1] - 1)]
    if any(r.in_quote[k] != -1 for k in range(sent.first_token, sent.last_token)):
        return False
    for t, lemma in r.cues_in(sent.first_token, sent.last_token):
        speaker = speaker_of_cue(r, t, lemma, sent.first_token, sent.last_token)
        if speaker:  # the first speech verb's speaker, when a person ("CNN reported X testifies": not X)
            entity = r.entity_by_name.get(speaker)
            return entity is not None and entity.kind == "person" and lemma != "according to" \
                and c.take(speaker, r.tokens[t])
    return False


def _introduced_before(c: Continuation) -> bool:
    """"Willis said she disagreed. ¶ Nicola Willis reiterated her comments. ¶ “It's a shambles ...”": the person the
    paragraph before reports speaks a cue-less paragraph, before the voice of earlier quotations does, unless the
    quotation's own paragraph has a speech verb of its own after it (which the grammar could not read)."""
    r, span = c.r, c.span
    p_end = r.doc.paragraphs[span.paragraph][1]
    if r.cues_in(bisect_left(r.doc.starts, span.end), bisect_left(r.doc.starts, p_end)):
        return False
    return _reported_paragraph_before(c)


def _partial_goes_on(c: Continuation) -> bool:
    """"“He’s supposed to be a cheerleader,” Trump said. Instead, “he just acts like a defeated man.”": a fragment
    of speech (five words or more) in the sentence right after one quoting X, in the same paragraph, with no other
    speech verb or person named, goes on with X's words."""
    r, doc, span, prev = c.r, c.r.doc, c.span, c.prev
    if prev is None or not prev.speaker or len(c.item.content.split()) < 5 \
            or prev.span.paragraph != span.paragraph:
        return False
    s = doc.sentence_index_at(span.start)
    if s == 0 or doc.sentence_index_at(max(prev.span.end - 1, prev.span.start)) != s - 1:
        return False
    sentence = doc.sentences[s]
    for k in range(sentence.first_token, sentence.last_token):
        if r.in_quote[k] == -1 and (k in r.cue_lemmas or (r.entity(k) is not None and r.entity(k).kind == "person")):
            return False
    return c.take(prev.speaker, prev.cue)


_PARTIAL_RULES = (_joined_to_previous, _partial_goes_on)

_CONTINUATION_RULES = (_quoted_heading, _joined_to_next, _joined_to_previous, _reply, _same_voice,
                       _attribution_sentence_before, _after_colon_paragraph, _named_in_next_sentence,
                       _introduced_before, _paragraph_voice,
                       _reported_paragraph_before)


def continue_speakers(r: Reading, items: list[Found]) -> None:
    """Quotes with no cue keep the speaker of the quotation they continue (`_CONTINUATION_RULES`, in order)."""
    for i, item in enumerate(items):
        if item.speaker or item.has_cue or item.kind == "term":
            continue
        rules = _PARTIAL_RULES if item.kind == "partial" and not item.span.continues else _CONTINUATION_RULES
        c = Continuation(r, items, i)
        for rule in rules:
            if rule(c):
                break


def _answers(doc: Document, prev: Found, item: Found) -> bool:
    """A short cue-less paragraph that follows a quoted question is its answer, by another voice (a crowd's
    reply): "“Do we give up?” she asked. ¶ “No!”" — a longer one usually goes on with the speaker's own answer."""
    return prev.content.rstrip("”’\"' ").endswith("?") and item.span.paragraph > prev.span.paragraph \
        and _starts_paragraph(doc, item.span) and not item.span.continues and len(item.content.split()) <= 3


def _starts_paragraph(doc: Document, span: QuoteSpan) -> bool:
    return span.start == doc.paragraphs[span.paragraph][0]


def _only_quotes_after(r: Reading, prev: Found, span: QuoteSpan) -> bool:
    """Between the previous quotation and this one: the rest of its sentence only (no new subject)."""
    doc = r.doc
    s = doc.sentence_index_at(prev.span.end - 1)
    p_end = doc.paragraphs[prev.span.paragraph][1]
    i = s + 1
    while i < len(doc.sentences) and doc.sentences[i].start < p_end:
        if r.in_quote[doc.sentences[i].first_token] == -1:
            return False
        i += 1
    return True
