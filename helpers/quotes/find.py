"""Quotations and their speakers: who said what, found by rules a reader can check.

1. **Marks** (`quote_spans`): curly “…”, straight "…", single ‘…’ (told from apostrophes: "Russia’s",
   "’90s"), NYT's doubled apostrophes ''…'', ``…'', guillemets «…». Nested quotes stay inside the outer
   one; a quotation that runs over several paragraphs (a paragraph ending without a closing mark, the next
   opening with one) is one quotation, from its first opening to its last closing mark; a mark that is
   never closed delimits nothing and is not reported, so every quotation begins and ends on its marks.
2. **Kind**: `full` (reported sentences), `partial` (a fragment of speech inside the writer's sentence),
   `term` (scare quotes, nicknames and titles: no speaker).
3. **Speaker**: the nearest speech cue (lexicon in `helpers.language.cues`) outside the quotation in its sentence,
   then the news-attribution grammar: "X said", "“…,” said X, the director of Y", "X, who ..., told",
   "according to X", "X: “…”"; pronouns resolve to the most recent compatible person; quotes with no cue
   keep the speaker of the quote they continue (split quotes, the next sentence or paragraph).
   Speakers are reported by the fullest name in the article (`helpers.language.entities`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import pandas as pd

from helpers.language.cues import PHRASAL_CUES, SKIPPABLE_BEFORE_CUE, TERM_MARKERS, inflections
from helpers.language.entities import NOT_NAMES, PERSON_TITLES, entity_at, find_entities, first_names
from helpers.language.segment import Document

QUOTE_COLUMNS = ["text", "speaker", "cue", "kind", "start", "end", "sentence", "paragraph"]

# --------------------------------------------------------------------------- quotation marks

# Opening and closing marks by family; straight marks open or close by context.
_MARK = re.compile(r"``|'''|''|[“”\"‘’«»]")
_CLOSER_OF = {"“": "”", "«": "»", "``": "''", '"': '"', "''": "''", "‘": "’"}
_OPENERS = set(_CLOSER_OF)
_QUOTE_TOKENS = {"“", "”", '"', "‘", "’", "«", "»", "``", "''", "'", "`"}


@dataclass
class QuoteSpan:
    """A top-level quotation in the clean text: [start, end) includes the marks."""

    start: int
    end: int
    open_len: int
    close_len: int  # 0 when the quotation runs on into the next paragraph (or is unbalanced)
    paragraph: int
    continues: bool = False  # the quotation began in the previous paragraph


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _paragraph_quotes(text: str, p_start: int, p_end: int, paragraph: int) -> list[QuoteSpan]:
    """Top-level quotations of one paragraph, pairing marks with a stack."""
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []  # (opening mark, position)
    for m in _MARK.finditer(text, p_start, p_end):
        mark, i = m.group(), m.start()
        before = text[i - 1] if i > p_start else " "
        after = text[m.end()] if m.end() < p_end else " "
        if mark == "'" * 3:  # NYT: a single quote nested at the edge of a doubled one: ,''' or '''Yeah
            if stack and stack[-1][0] == "''":
                _close(stack, "''", i + 1, m.end(), spans, paragraph)
            else:
                stack.append(("''", i))
            continue
        if mark in ("’", "‘") and not stack and mark == "’":
            continue  # an apostrophe outside any quotation
        if mark == "‘":
            if _is_word_char(before) or re.match(r"\d\ds?\b", text[m.end():m.end() + 3]):
                continue  # misused apostrophe: "rock‘n", "‘90s"
            stack.append((mark, i))
            continue
        if mark == "’":
            if not any(o == "‘" for o, _ in stack) or _is_word_char(after):
                continue  # "Russia’s", "don’t"
            if before == "s" and after == " " and _plural_possessive(text, m.end(), p_end, stack):
                continue  # "voters’ anger" inside a single-quoted passage
            _close(stack, "‘", i, m.end(), spans, paragraph)
            continue
        if mark in ('"', "''"):
            opens = (before.isspace() or before in "([{—–-/" or i == p_start) and not after.isspace()
            closes = not after.isalnum() and not before.isspace()
            if opens == closes:  # both or neither ("word " words", 'say "'): alternate
                opens = not (stack and _CLOSER_OF[stack[-1][0]] == mark)
                closes = not opens
            if stack and _CLOSER_OF[stack[-1][0]] == mark and (closes or not opens):
                _close(stack, stack[-1][0], i, m.end(), spans, paragraph)
            elif stack and stack[-1][0] == mark:
                stack.pop()  # an opening mark after an unclosed one: the first was never closed
                stack.append((mark, i))
            elif closes and not opens and not stack:
                continue  # a stray closing mark ("inches"), or an opening one lost earlier
            else:
                stack.append((mark, i))
            continue
        if mark in ("“", "«", "``"):
            stack.append((mark, i))
            continue
        opener = {"”": "“", "»": "«"}[mark]
        if any(o == opener or (opener == "“" and o == '"') for o, _ in stack):
            _close(stack, opener, i, m.end(), spans, paragraph)
    if stack:
        mark, i = stack[0]
        if text[i:p_end].strip(mark + " ") and not (mark == "‘" and p_end - i > 400):
            spans.append(QuoteSpan(i, p_end, len(mark), 0, paragraph))
    return spans


def _plural_possessive(text: str, after: int, p_end: int, stack) -> bool:
    """A ’ after s that has another ’ later in the paragraph is a possessive, not the closing mark."""
    rest = text[after:p_end]
    return bool(re.search(r"’(?!\w)", rest))


def _close(stack, opener: str, start: int, end: int, spans: list[QuoteSpan], paragraph: int) -> None:
    while stack:
        mark, i = stack.pop()
        if mark == opener or (opener == "“" and mark == '"'):
            if not stack:
                spans.append(QuoteSpan(i, end, len(mark), end - start, paragraph))
            return
    # no matching opener: ignore the mark


def quote_spans(doc: Document) -> list[QuoteSpan]:
    """Every top-level quotation of the article, in order (clean-text offsets, marks included)."""
    text = doc.text
    spans: list[QuoteSpan] = []
    open_at_end = False
    for index, (p_start, p_end) in enumerate(doc.paragraphs):
        found = _paragraph_quotes(text, p_start, p_end, index)
        if found and open_at_end and found[0].start == p_start:
            found[0].continues = True
        open_at_end = bool(found) and found[-1].close_len == 0
        spans.extend(found)
    return spans


# --------------------------------------------------------------------------- the grammar of attribution

_NP_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ", "DT", "PRP$", "POS", "CD", "JJS", "VBN"}
_HEAD_TAGS = {"NNP", "NNPS", "NN", "NNS", "PRP", "CD"}
_PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female", "his": "male"}
_PLURAL_PRONOUNS = {"they", "we", "i", "you", "it", "them", "this", "that", "who", "which"}
_NOT_SPEAKERS = {"there", "here", "it", "this", "that", "what", "which", "who", "people", "one", "all", "some",
                 "nobody", "none", "anybody", "anyone", "everybody", "everyone", "nothing", "something"}


_DAYS_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                "february", "march", "april", "june", "july", "august", "september", "october", "november",
                "december", "today", "yesterday", "tonight"}
_SUBORDINATORS = {"as", "when", "while", "after", "before", "if", "although", "though", "because", "since",
                  "once", "until", "whereas"}


def _cue_lemmas(tokens: list[str]) -> dict[int, str]:
    """{token index: cue lemma} of every token that is a speech cue (as `cues.cue_lemma`), each distinct word looked
    up once."""
    lemmas = inflections()  # what cue_lemma looks up
    lemma_of = {token: lemmas[low] for token in set(tokens) if (low := token.lower()) in lemmas}
    return {t: lemma_of[token] for t, token in enumerate(tokens) if token in lemma_of}


class _Context:
    """Everything attribution looks up, computed once per article."""

    def __init__(self, doc: Document, spans: list[QuoteSpan]) -> None:
        self.doc = doc
        self.spans = spans
        self.tokens = doc.tokens
        self.tags = doc.tags
        self.quote_starts = [s.start for s in spans]
        # token -> index of the quotation it lies inside (marks included), or -1
        self.in_quote = [-1] * len(doc.tokens)
        for q, span in enumerate(spans):
            first = bisect_left(doc.starts, span.start)
            last = bisect_left(doc.starts, span.end)
            self.in_quote[first:last] = [q] * (last - first)
        # token -> cue lemma, for the tokens that are speech cues (few): cues_in looks only at these
        self.cue_lemmas = _cue_lemmas(doc.tokens)
        self.cue_positions = sorted(self.cue_lemmas)
        self.entities = find_entities(doc)
        self.person_mentions = sorted(
            (s, e, ent) for ent in self.entities if ent.kind in ("person", "other") for s, e in ent.mentions
        )
        self.person_starts = [m[0] for m in self.person_mentions]
        self.entity_names = {e.name for e in self.entities}
        self.terms: set[int] = set()  # quotations already read as terms (titles, scare quotes)
        # names that stand as the subject of a speech verb somewhere ("Lopez-Cantera promises"): speakers are
        # people (or bodies), so these may be the antecedent of "he"/"she" even when nothing else says so
        self.subjects: set[int] = set()
        for t in self.cue_positions:
            if t >= 1 and self.tags[t].startswith("VB"):
                entity = entity_at(doc, doc.starts[t - 1])
                if entity is not None:
                    self.subjects.add(id(entity))

    def clause_has_verb(self, start: int, end: int) -> bool:
        """A finite verb between `start` and the next , . ; (a new statement, not an attribution tail)."""
        for k in range(start, end):
            if self.tokens[k] in (",", ".", ";", "—", "–"):
                return False
            if self.tags[k] in ("VBD", "VBZ", "VBP", "MD"):
                return True
        return False

    def finite_verb_before(self, t: int, first: int) -> bool:
        """A finite verb outside quotations earlier in the clause (so a participle cue is not the main verb)."""
        return any(self.tags[k] in ("VBD", "VBZ", "VBP") and self.in_quote[k] == -1 for k in range(first, t))

    def quote_end(self, token: int) -> bool:
        """A token inside a quotation, or a stray quotation mark (the third ' of NYT's ,''' closing)."""
        return self.in_quote[token] != -1 or self.tokens[token] in ("'", '"', "''", "”")

    def inside_quote(self, offset: int) -> bool:
        i = bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and self.spans[i].start <= offset < self.spans[i].end

    # ---- cues

    def cues_in(self, first: int, last: int) -> list[tuple[int, str]]:
        """Speech cues (token index, lemma) among tokens [first, last) outside quotations."""
        found = []
        positions = self.cue_positions
        for index in range(bisect_left(positions, first), len(positions)):
            t = positions[index]
            if t >= last:
                break
            if self.in_quote[t] != -1:
                continue
            lemma = self.cue_lemmas[t]
            tag = self.tags[t]
            if lemma == "according to":
                if t + 1 < last and self.tokens[t + 1].lower() == "to":
                    found.append((t, lemma))
                continue
            nxt = self.tokens[t + 1] if t + 1 < len(self.tokens) else ""
            prev_tag = self.tags[t - 1] if t > 0 else ""
            after_quote = t > 0 and (self.quote_end(t - 1) or (
                self.tokens[t - 1] == "," and t > 1 and self.quote_end(t - 2)))
            opens_sentence = self.doc.sentences[self.doc.token_sentence[t]].first_token == t and \
                t + 1 < len(self.tokens) and self.tags[t + 1] in ("NNP", "NNPS")  # "Stated Stone:"
            if not (tag.startswith("VB") or self.tokens[t].lower() in ("said", "says", "told", "wrote") or after_quote
                    or opens_sentence
                    or (tag in ("NNS", "NN") and prev_tag in ("NNP", "PRP") and self.tokens[t].endswith("s"))
                    or (self.tokens[t].endswith("ing") and (nxt in (":", ",") or nxt in _QUOTE_TOKENS))):
                continue
            if lemma in PHRASAL_CUES and (t + 1 >= last or self.tokens[t + 1].lower() not in PHRASAL_CUES[lemma]):
                continue
            found.append((t, lemma))
        return found

    # ---- noun phrases

    def speaker_left(self, cue: int, floor: int) -> str | None:
        """The subject before a cue: "X said", "X has also said", "X, the director of Y, wrote"."""
        h = cue - 1
        while h >= floor and (self.tokens[h].lower() in SKIPPABLE_BEFORE_CUE
                              or (self.tags[h] in ("RB", "MD") and self.tokens[h].islower())):
            h -= 1
        if h < floor or self.in_quote[h] != -1:
            return None
        if self.tokens[h] == "," and h - 1 >= floor and self.tokens[h - 1] == ")":
            h -= 1  # "Sen. Richard J. Durbin (D-Ill.), noting ..., said"
        if self.tokens[h] in (",", "—", "–", ")"):
            # "a spokeswoman, Anna White, said": the name between the commas is the speaker
            named = self.person_before(h)
            if named:
                return named
            # apposition or relative clause ("X, the director of Y, wrote"): find where it began
            k = h - 1
            while k >= floor and self.tokens[k] not in (",", "—", "–", "(", ";", ":"):
                k -= 1
            if k < floor or self.in_quote[k] != -1 or self.tokens[k] in (";", ":"):
                return None
            h = k - 1
            if self.tokens[h] == ")":  # "Sen. Richard J. Durbin (D-Ill.), noting ..., said"
                while h > floor and self.tokens[h] != "(":
                    h -= 1
                h -= 1
            if h < floor or self.in_quote[h] != -1:
                return None
        w = h
        while w > floor and self.in_quote[w] == -1 and self.tokens[w] not in (",", ";", ":", "—", "–") \
                and cue - w < 20:
            if self.tokens[w].lower() == "who" and self.tags[w - 1] in _HEAD_TAGS:
                h = w - 1
                break
            w -= 1
        entity = entity_at(self.doc, self.doc.starts[h])
        if entity is not None:
            # "Doug Andres, a spokesman for House Speaker Paul Ryan, told": the name is the complement of the
            # speaker noun, not the speaker
            k = h
            while k > floor and entity_at(self.doc, self.doc.starts[k - 1]) is entity:
                k -= 1
            while k > floor and (self.tokens[k - 1].lower() in PERSON_TITLES or self.tokens[k - 1] == "."):
                k -= 1
            if k - 2 >= floor and self.tokens[k - 1].lower() in ("for", "of", "to") \
                    and self.tags[k - 2] in ("NN", "NNS") and self.tokens[k - 2].islower():
                h = k - 2
        if self.tags[h] not in _HEAD_TAGS and entity_at(self.doc, self.doc.starts[h]) is None \
                and not (self.tags[h] in ("JJ", "VBN") and self.tokens[h][:1].isupper()):
            return None
        return self.name_of_np(h, leftward=True)

    def person_before(self, comma: int) -> str | None:
        """A person's name ending just before a comma and starting just after another one."""
        if comma < 1 or self.in_quote[comma - 1] != -1:
            return None
        entity = entity_at(self.doc, self.doc.starts[comma - 1])
        if entity is None or entity.kind != "person":
            return None
        k = comma - 1
        while k > 0 and entity_at(self.doc, self.doc.starts[k - 1]) is entity:
            k -= 1
        return entity.name if k > 0 and self.tokens[k - 1] == "," else None

    def speaker_right(self, cue: int, ceiling: int) -> str | None:
        """The subject after a cue: "“…,” said X", "according to X"."""
        h = cue + 1
        if self.tokens[cue].lower() == "according" and h < ceiling and self.tokens[h].lower() == "to":
            h += 1
        while h < ceiling and self.in_quote[h] == -1 and (
                self.tags[h] in ("DT", "JJ", "PRP$", "CD", "JJS", "JJR")
                or (h + 1 < ceiling and self.tokens[h + 1] == "." and self.tokens[h].lower() in PERSON_TITLES)
                or (self.tokens[h] == "." and h > cue + 1 and self.tokens[h - 1].lower() in PERSON_TITLES)):
            h += 1
        if h >= ceiling or self.in_quote[h] != -1 or self.tags[h] not in _HEAD_TAGS:
            return None
        # extend to the end of the noun run ("Michael Baselice", "his campaign manager Jeff Weaver")
        if self.tags[h] != "PRP":
            while h + 1 < ceiling and self.in_quote[h + 1] == -1 and (
                    self.tags[h + 1] in ("NNP", "NNPS", "NN", "NNS")
                    or (self.tokens[h + 1] == "." and (len(self.tokens[h]) == 1 and self.tokens[h].isupper()
                                                       or self.tokens[h].lower() in PERSON_TITLES)
                        and h + 2 < ceiling and self.tokens[h + 2][:1].isupper())):
                h += 1
        # a possessor is not the speaker: "said Clinton’s top aide Jake Sullivan"
        if h + 2 < ceiling and self.tokens[h + 1] in ("’s", "'s"):
            k = h + 2
            while k < ceiling and self.tags[k] in ("JJ", "NN", "NNS", "NNP", "NNPS") and self.in_quote[k] == -1:
                k += 1
            if k > h + 2:
                h = k - 1
        if self.tags[h] in ("NN", "NNS") and h + 1 < ceiling and self.tags[h + 1] in ("NNP", "NNPS"):
            h += 1
            while h + 1 < ceiling and self.tags[h + 1] in ("NNP", "NNPS"):
                h += 1
        return self.name_of_np(h, leftward=True)

    def name_of_np(self, head: int, leftward: bool) -> str | None:
        """The speaker a noun phrase names: an entity's full name, a resolved pronoun, or the phrase."""
        token = self.tokens[head]
        low = token.lower()
        if self.tags[head] == "PRP" or low in _PRONOUNS or low in _PLURAL_PRONOUNS:
            if low in ("he", "she"):
                return self.resolve_pronoun(head)
            return None
        if low in _NOT_SPEAKERS:
            return None
        entity = entity_at(self.doc, self.doc.starts[head])
        if entity is not None and entity.kind != "place" or (entity is not None and self.tags[head] in ("NNP", "NNPS")):
            return entity.name
        if low in _DAYS_MONTHS:
            return None  # "on Monday": a date is not a speaker
        # a common noun phrase: "a spokeswoman", "the Clinton campaign", "officials"
        first = head
        while first - 1 >= 0 and self.in_quote[first - 1] == -1 and (self.tags[first - 1] in _NP_TAGS
                                                                     or self.tokens[first - 1] in ("’s", "'s")) \
                and self.tags[first - 1] != "VBN":
            first -= 1
        entity = entity_at(self.doc, self.doc.starts[first])
        if entity is not None and entity.kind == "person" and self.tokens[first].lower() == "the":
            return entity.name  # a linked title: "the Chinese president"
        if self.tags[head] not in ("NN", "NNS", "NNP", "NNPS"):
            return None
        if first >= 2 and self.tokens[first - 1] == ",":
            named = entity_at(self.doc, self.doc.starts[first - 2])
            if named is not None and named.kind == "person":
                return named.name  # "Nate Silver, the polling guru who founded a site, tweeted"
        # "his best friend at Lehigh, Bruce Turry": the name in apposition
        # "a longtime adviser to Trump": the phrase with its complement
        last = head
        k = head + 1
        if k + 1 < len(self.tokens) and self.tokens[k].lower() in ("close", "familiar", "loyal", "near"):
            k += 1
        if k + 1 < len(self.tokens) and self.tokens[k].lower() in ("of", "to", "for", "at", "with", "from") \
                and self.in_quote[k + 1] == -1:
            k += 1
            while k < len(self.tokens) and self.in_quote[k] == -1 and self.tags[k] in _NP_TAGS | {"NNP", "NNPS"}:
                k += 1
            last = k - 1
        if last + 2 < len(self.tokens) and self.tokens[last + 1] == ",":
            named = entity_at(self.doc, self.doc.starts[last + 2])
            if named is not None and named.kind == "person":
                return named.name
        phrase = self.doc.text[self.doc.starts[first]:self.doc.ends[last]]
        return phrase if phrase.lower() not in _NOT_SPEAKERS else None

    def resolve_pronoun(self, index: int) -> str | None:
        """He/she -> the most recent compatible person mentioned outside quotations (not the noun the
        pronoun's own clause describes: in "Putin – a man he has described", "he" is not Putin)."""
        gender = _PRONOUNS.get(self.tokens[index].lower())
        offset = self.doc.starts[index]
        i = bisect_left(self.person_starts, offset) - 1
        while i >= 0:
            start, end, entity = self.person_mentions[i]
            i -= 1
            if end > offset or self.inside_quote(start):
                continue
            if offset - start > 3000:
                return None
            if entity.gender not in (None, gender) or entity.kind not in ("person", "other"):
                continue
            if entity.kind == "other" and entity.gender is None and id(entity) not in self.subjects:
                continue  # "Univision", "Common Core": an unknown name that never speaks is no antecedent
            between = self.doc.text[end:offset]
            if re.fullmatch(r"\s*[–—,]\s*(?:(?:a|an|the|who|whom|that)\s+)?(?:\w+\s+){0,2}", between):
                continue  # the apposition's head: "Putin – a man he ..."
            return entity.name
        return None

    def clause_subject(self, t: int) -> str | None:
        """The subject of the nearest finite verb before token t ("Mr. Trump was prompted to say",
        "Silverman was joined by Franken and joked"), else the sentence's subject."""
        sentence = self.doc.sentences[self.doc.token_sentence[t]]
        for k in range(t - 1, sentence.first_token - 1, -1):
            if self.in_quote[k] != -1:
                break
            if self.tags[k] in ("VBD", "VBZ", "VBP", "MD"):
                speaker = self.speaker_left(k, sentence.first_token)
                if speaker:
                    return speaker
                break
        return self.sentence_subject(self.doc.token_sentence[t])

    def sentence_subject(self, sentence_index: int) -> str | None:
        """The first noun phrase before the first verb of a sentence (for "..., saying “…”")."""
        s = self.doc.sentences[sentence_index]
        start = s.first_token
        if self.tokens[start].lower() in _SUBORDINATORS:
            # "As the crowd began to chant, Silverman ... joked": the main clause follows the comma
            comma = next((k for k in range(start, s.last_token) if self.tokens[k] == ","), None)
            if comma is not None:
                start = comma + 1
        for t in range(start, s.last_token):
            if self.in_quote[t] != -1:
                return None
            verb_like = self.tags[t] in ("VBD", "VBZ", "VBP", "MD") or (
                self.tags[t] == "NNS" and t > start and self.tags[t - 1] == "NNP" and self.tokens[t].islower())
            if verb_like:  # "Perez lobbies ...": the tagger may call a verb after a name a plural noun
                speaker = self.speaker_left(t, start)
                if speaker:
                    return speaker
        return None


# --------------------------------------------------------------------------- kinds


def _is_full(doc: Document, span: QuoteSpan, content: str) -> bool:
    """Reported sentences: capitalised and either opening the sentence, after ':' or ',', or ending in . ? !"""
    if not content or not (content[0].isupper() or content[0].isdigit() or content[0] in "“‘\"'"):
        return False
    before = doc.text[max(0, span.start - 3):span.start].rstrip()
    sentence = doc.sentences[doc.sentence_index_at(span.start)]
    at_start = span.start <= sentence.start + 1 or span.start == doc.paragraphs[span.paragraph][0]
    return at_start or before.endswith((":", ",")) or bool(re.search(r"[.?!…][”’\"']?\s*$", content)) \
        or len(content.split()) >= 8


def _is_term_marked(ctx: _Context, span: QuoteSpan, content: str) -> bool:
    """Scare quotes, names and titles, told by the words around them:
    "so-called “X”", "known as “X”", "the word “X”" (a marker before);
    "on CNN’s “New Day,”" (a title in Title Case after a possessive or "on");
    "the “Never Trump” movement" (a short quoted modifier between a determiner and a noun)."""
    if span.continues:
        return False  # the rest of a quotation that began in the previous paragraph
    first = bisect_left(ctx.doc.starts, span.start)
    t = first - 1
    if t >= 0 and ctx.tokens[t].lower() == "as":
        t -= 1
    if t >= 0 and ctx.tokens[t].lower() in TERM_MARKERS:
        return True
    k = first - 1
    while k > 0 and ctx.tokens[k].lower() in ("the", "a", "an", "his", "her", "their", "its", "new", "latest", ","):
        k -= 1
    prev = ctx.tokens[k] if k >= 0 else ""
    words = content.rstrip(",.!?").split()
    after = bisect_left(ctx.doc.starts, span.end)
    if 0 < len(words) <= 12 and _title_case(words):
        if prev in ("’s", "'s", "'") or prev.lower() in _TITLE_BEFORE:
            return True  # "on CNN’s “New Day”", "author of ''Destiny and Power''", "the podcast “The Axe Files”"
        if after + 1 < len(ctx.tokens) and content.endswith(",") \
                and ctx.tokens[after].lower() in ("a", "an") and ctx.tags[after + 1] in ("NN", "JJ"):
            return True  # "''Trump Revealed,'' a biography"
    if 0 < len(words) <= 4 and (_title_case(words) or len(words) <= 2) \
            and not content.endswith((",", ".", "!", "?")) and first > 0 \
            and (ctx.tags[first - 1] in ("DT", "JJ", "PRP$", "POS", "CD")
                 or (ctx.tags[first - 1] in ("CC", "VBG") and _title_case(words))) \
            and _common_noun(ctx, after):
        return True  # "a “provisional” period", "the “Never Trump” movement", "angry “Dear Tom” letters"
    if 0 < len(words) <= 5 and not re.search(r"[,.!?;:…]$", content) and _opens_sentence(ctx.doc, span) \
            and not span.continues and span.close_len and after < len(ctx.tokens) and ctx.in_quote[after] == -1 \
            and (ctx.tags[after] in _FINITE_TAGS or ctx.tokens[after] == "(" or _common_noun(ctx, after)
                 or (ctx.tags[after] == "RB" and after + 1 < len(ctx.tokens) and ctx.tags[after + 1] in _FINITE_TAGS)) \
            and not _finite_cue_in_sentence(ctx, span):
        # "“Containment” has been policy", "“Top Secret” is a level", "“Daily Show” host Trevor Noah" — but
        # not "“Family values people” are “not out to bash gays,” he said", where a cue makes it speech
        return True
    if 0 < len(words) <= 2 and not re.search(r"[,.!?;:…]$", content) and first > 0 \
            and ctx.tags[first - 1] in ("DT", "PRP$") and after < len(ctx.tokens) and ctx.tags[after] in _FINITE_TAGS \
            and not _cue_in_sentence(ctx, span):
        return True  # a noun in scare quotes as a subject: "this “dinner” is fictitious"
    if prev.lower() in ("or", "and") and k >= 1 and ctx.quote_end(k - 1) and 0 < len(words) <= 6 \
            and (_title_case(words) or len(words) <= 2):
        earlier = ctx.in_quote[k - 1]
        earlier_span = ctx.spans[earlier] if earlier != -1 else None
        if earlier in ctx.terms and (ctx.doc.text[:earlier_span.end - earlier_span.close_len].endswith(",")
                                     or (prev.lower() == "and" and _title_case(words))):
            # a title and its translation: "a play called “Los Hijos de Trump,” or “Sons of Trump,”";
            # a list of titles: "starred in “Parks and Recreation” and “Guardians of the Galaxy”"
            return True
    if 0 < len(words) <= 2 and _title_case(words) and not re.search(r"[,.!?;:…]$", content) and first > 0 \
            and after + 1 < len(ctx.tokens) and ctx.tokens[after][:1].isupper() and ctx.tokens[after].isalpha() \
            and ctx.tokens[after + 1][:1].isupper() and ctx.in_quote[after] == -1:
        before = ctx.tokens[first - 1]
        if before.lower() in first_names() and before[:1].isupper():
            return True  # a nickname inside a name: "Jesus “Chuy” Garcia"
        if ctx.tags[first - 1] in ("IN", "DT") and ctx.tokens[after].lower() in first_names():
            return True  # an epithet before a name: "the votes of “Dixiecrat” Strom Thurmond"
    return False


# finite verbs: a quotation that opens a sentence and runs straight into one is the sentence's subject
_FINITE_TAGS = {"VBZ", "VBD", "VBP", "MD"}


def _common_noun(ctx: _Context, t: int) -> bool:
    """A lowercase common noun at token t: "the “Never Trump” *movement*". The tagger sometimes calls a noun
    after a closing mark a wh-word ("the “X” *hat* his campaign gave her"), so those count when the word is
    not a real wh-word."""
    if t >= len(ctx.tokens) or not ctx.tokens[t].isalpha() or not ctx.tokens[t].islower():
        return False
    return ctx.tags[t] in ("NN", "NNS") or (ctx.tags[t] in ("WP", "WDT") and ctx.tokens[t] not in _WH_WORDS)


_WH_WORDS = {"who", "whom", "whose", "what", "which", "that", "whatever", "whichever", "whoever"}


def _finite_cue_in_sentence(ctx: _Context, span: QuoteSpan) -> bool:
    """A speech verb in the quotation's sentence ("he said", "Cruz says"), not a participle ("a show written by")."""
    sentence = ctx.doc.sentences[ctx.doc.sentence_index_at(span.start)]
    return any(ctx.tags[t] in ("VBD", "VBZ", "VBP", "NN", "NNS") and ctx.tokens[t].lower() != "according"
               for t, _ in ctx.cues_in(sentence.first_token, sentence.last_token))


def _cue_in_sentence(ctx: _Context, span: QuoteSpan) -> bool:
    """Any speech cue in the quotation's sentence: "what employees have called a “scheme” took a turn"."""
    sentence = ctx.doc.sentences[ctx.doc.sentence_index_at(span.start)]
    return bool(ctx.cues_in(sentence.first_token, sentence.last_token))


def _opens_sentence(doc: Document, span: QuoteSpan) -> bool:
    """The quotation is the first thing in its sentence (or paragraph)."""
    sentence = doc.sentences[doc.sentence_index_at(span.start)]
    return span.start <= sentence.start + 1 or span.start == doc.paragraphs[span.paragraph][0]


_TITLE_BEFORE = {"on", "of", "to", "in", "with", "told", "called", "program", "programme", "show", "titled",
                 "entitled", "film", "book", "movie", "series", "podcast", "documentary", "song", "album", "novel",
                 "memoir", "biography", "autobiography", "column", "op-ed", "essay", "episode", "publish",
                 "published", "headline", "article", "play", "musical", "anthem", "tune", "ad", "ads", "commercial",
                 "video", "at"}
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "&",
                # small words of Spanish, French, German, Dutch titles: "Los Hijos de Trump", "Vive la France"
                "de", "del", "la", "las", "los", "el", "y", "le", "les", "des", "du", "et", "von", "van", "der"}


def _title_case(words: list[str]) -> bool:
    """"Sunday Morning Futures", "Fox & Friends", "Meet the Press", "60 Minutes": every long word capitalised."""
    opens = words[0][:1].isupper() or words[0][:1].isdigit()
    return opens and all(w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)


# --------------------------------------------------------------------------- attribution


@dataclass
class _Found:
    span: QuoteSpan
    content: str
    kind: str
    speaker: str | None = None
    cue: str | None = None
    sentence: int = 0
    has_cue: bool = False


def _attribute(ctx: _Context, q: int, found: _Found) -> None:
    """Speaker and cue from the quotation's own sentence(s)."""
    doc, span = ctx.doc, found.span
    s0 = doc.sentence_index_at(span.start)
    s1 = doc.sentence_index_at(max(span.end - 1, span.start))
    first, last = doc.sentences[s0].first_token, doc.sentences[s1].last_token
    if span.close_len == 0 or span.end >= doc.sentences[s1].end - 1:
        # the quotation closes its sentence: "“…,” he said." may follow as its own sentence
        nxt = s1 + 1
        if nxt < len(doc.sentences) and doc.sentences[nxt].paragraph == span.paragraph:
            n = doc.sentences[nxt]
            if ctx.in_quote[n.first_token] == -1 and n.last_token - n.first_token <= 12:
                last = n.last_token
    q_first = bisect_left(doc.starts, span.start)
    q_last = bisect_left(doc.starts, span.end)
    # "Pollsters agree - Carl Bialik: “…”": a person named right before the colon is the speaker
    t = q_first - 1
    if t > first and ctx.tokens[t] == ":" and ctx.in_quote[t - 1] == -1:
        entity = entity_at(doc, doc.starts[t - 1])
        if entity is not None and entity.kind == "person":
            k = t - 1
            while k > first and entity_at(doc, doc.starts[k - 1]) is entity:
                k -= 1
            if k == first or ctx.tokens[k - 1] in ("-", "—", "–", "--"):
                found.speaker, found.cue, found.has_cue = entity.name, ":", True
                return
    cues = ctx.cues_in(first, last)
    if not cues and s1 + 1 < len(doc.sentences):
        n = doc.sentences[s1 + 1]
        tail = ctx.tokens[q_last:doc.sentences[s1].last_token]
        if n.paragraph == span.paragraph and ctx.in_quote[n.first_token] == -1 and len(tail) <= 4:
            # "“…?” said X, the director of Y." — Punkt may start a new sentence after ?” or !”
            # only an attribution tail: "said X, ..." or "X replied." — not "He said he will run."
            early = ctx.cues_in(n.first_token, min(n.first_token + 14, n.last_token))
            tail_only = any(t == n.first_token or not ctx.clause_has_verb(t + 1, n.last_token) for t, _ in early)
            if tail_only:
                last = n.last_token
                cues = ctx.cues_in(first, last)
    if not cues:
        # "X: “…”", "The headline reads: “…”" (headlines, transcripts)
        t = q_first - 1
        if t > first and ctx.tokens[t] == ":" and ctx.in_quote[t - 1] == -1:
            # a name right before the colon ("... - Philip Bump:"), else the clause's subject ("Perez lobbies
            # for a higher minimum wage:"), else whatever noun phrase precedes the colon
            left = ctx.speaker_left(t, first)
            speaker = left if left in ctx.entity_names else (ctx.sentence_subject(s0) or left)
            if speaker:
                found.speaker, found.cue, found.has_cue = speaker, ":", True
        return
    found.has_cue = True

    def distance(cue: tuple[int, str]) -> tuple[int, int, int]:
        t, lemma = cue
        gap = q_first - t if t < q_first else t - q_last + 1
        # cues between another quotation and this one belong to the nearer one
        other = any(ctx.in_quote[k] not in (-1, q) for k in range(min(t, q_first), max(t, q_last)))
        participle = ctx.tags[t] == "VBG" and lemma != "according to"
        return (other, participle, gap)

    for t, lemma in sorted(cues, key=distance):
        speaker = _speaker_of_cue(ctx, t, lemma, first, last)
        if speaker:
            found.speaker, found.cue = speaker, ctx.tokens[t] if lemma != "according to" else "according to"
            return
        if found.cue is None:
            found.cue = ctx.tokens[t]


_VBG_LINKS = {",", "by", "before", "after", "while", "when", "in", "—", "–", "upon", "and", "without", "then", "also"}


def _speaker_of_cue(ctx: _Context, t: int, lemma: str, first: int, last: int) -> str | None:
    if lemma == "according to":
        return ctx.speaker_right(t, last)
    before = ctx.tokens[t - 1].lower() if t > first else ""
    if before == "to" and ctx.tags[t] == "VB":
        # "Mr. Trump was prompted to say, “…”", "went so far as to say:"
        return ctx.clause_subject(t)
    participle = ctx.tokens[t].endswith("ing")  # the tagger may call "writing" a noun
    k = t - 1
    while k >= first and ctx.tags[k] == "RB":
        k -= 1
    own_subject = k >= first and (ctx.tags[k] in ("NNP", "PRP") and ctx.tokens[k].lower() not in ("it", "them")
                                  and ctx.tokens[k].lower() not in NOT_NAMES)  # "a statement Tuesday saying"
    if own_subject:  # "with Trump reportedly yelling" — but not "responded on Facebook writing"
        j = k
        while j > first and ctx.tags[j - 1] in ("NNP", "NNPS"):
            j -= 1
        head_before = ctx.tokens[j - 1].lower() if j > first else ""
        own_subject = not ((ctx.tags[j - 1].startswith("VB") or ctx.tags[j - 1] in ("IN", "TO"))
                           and head_before != "with") if j > first else True
    if participle and not own_subject and (before in _VBG_LINKS or ctx.finite_verb_before(t, first)):
        # "Clinton responded on Facebook, writing “…”", "Obama released a statement condemning “…”"
        return ctx.clause_subject(t)
    if before == "that" and t - 2 >= first and ctx.tags[t - 2] in ("NN", "NNS"):
        # "Trump released a video that said, “…”", "hoisted a sign that read “15%!”": the sentence's subject
        subject = ctx.clause_subject(t)
        if subject:
            return subject
    if before in ("and", "but", "then") and ctx.tags[t].startswith("VB"):
        # "Silverman was joined on stage by Franken and joked, “…”": the subject of the first verb
        return ctx.clause_subject(t)
    # "“…,” said X" — the cue follows the quotation (or a comma) directly
    prev = t - 1
    while prev >= first and ctx.tokens[prev].lower() in ("also", "then", "later", "again"):
        prev -= 1
    after_quote = prev >= first and (ctx.quote_end(prev) or (
        ctx.tokens[prev] == "," and prev - 1 >= first and ctx.quote_end(prev - 1)))
    inverted = after_quote and ctx.tags[t] in ("VBD", "VBZ", "VBP", "VB", "NN", "NNS")
    if inverted:
        right = ctx.speaker_right(t, last)
        if right:
            return right
    left = ctx.speaker_left(t, first)
    if left:
        return left
    if not inverted and t + 1 < last and (ctx.tags[t + 1] in ("NNP", "PRP") or ctx.tokens[t + 1][:1].isupper()) and (
            t == first or ctx.tokens[t - 1] in (",", ":", ";") or ctx.quote_end(t - 1)):
        return ctx.speaker_right(t, last)  # "Said Dorothy Poynter, who grew up with Ali, “…”"
    return None


def _continue_speakers(ctx: _Context, items: list[_Found]) -> None:
    """Quotes with no cue keep the speaker of the quotation they continue: split quotes, the next
    sentence, the next paragraph; a paragraph after "X said:" gets X."""
    doc = ctx.doc
    for i, item in enumerate(items):
        if item.speaker or item.has_cue or item.kind == "term":
            continue
        span = item.span
        if item.kind == "partial" and not span.continues:
            continue
        # the next quote in the same paragraph, with only quotations and punctuation between
        if i + 1 < len(items) and items[i + 1].span.paragraph == span.paragraph and items[i + 1].speaker:
            between = doc.text[span.end:items[i + 1].span.start]
            if not re.search(r"\w", between):
                item.speaker, item.cue = items[i + 1].speaker, items[i + 1].cue
                continue
        earlier = [x for x in items[max(0, i - 4):i] if x.kind != "term"]
        prev = earlier[-1] if earlier else None
        if prev is not None and _answers(doc, prev, item):
            continue  # “Do we give up?” she asked. ¶ “No!” — the reply is someone else's
        if prev is not None and prev.speaker and prev.kind != "term":
            same_paragraph = prev.span.paragraph == span.paragraph
            next_paragraph = prev.span.paragraph == span.paragraph - 1 and _starts_paragraph(doc, span)
            if same_paragraph or span.continues or (next_paragraph and _only_quotes_after(ctx, prev, span)):
                item.speaker, item.cue = prev.speaker, prev.cue
                continue
        # "Dianne Bystrom agreed. “Mainstream Republicans are running ...”": the quotation that opens a
        # sentence after a sentence of attribution (with no quotation of its own) in the same paragraph
        s = doc.sentence_index_at(span.start)
        if s > 0 and doc.sentences[s - 1].paragraph == span.paragraph \
                and span.start <= doc.sentences[s].start + 1:
            prev_sentence = doc.sentences[s - 1]
            if all(ctx.in_quote[k] == -1 for k in range(prev_sentence.first_token, prev_sentence.last_token)):
                for t, lemma in sorted(ctx.cues_in(prev_sentence.first_token, prev_sentence.last_token)):
                    speaker = _speaker_of_cue(ctx, t, lemma, prev_sentence.first_token, prev_sentence.last_token)
                    if speaker:
                        item.speaker, item.cue = speaker, ctx.tokens[t]
                        break
                if item.speaker:
                    continue
        # a paragraph that opens with a quotation after one that ends "X said:"
        if _starts_paragraph(doc, span) and span.paragraph > 0:
            p_start, p_end = doc.paragraphs[span.paragraph - 1]
            if doc.text[p_start:p_end].rstrip().endswith(":"):
                s = doc.sentence_index_at(p_end - 1)
                sent = doc.sentences[s]
                for t, lemma in sorted(ctx.cues_in(sent.first_token, sent.last_token), reverse=True):
                    speaker = _speaker_of_cue(ctx, t, lemma, sent.first_token, sent.last_token)
                    if speaker:
                        item.speaker, item.cue = speaker, ctx.tokens[t]
                        break
                else:
                    item.speaker, item.cue = ctx.sentence_subject(s), ":"
                if item.speaker:
                    continue
        # a paragraph that is a quotation with no cue: the voice of the last quotations
        if _starts_paragraph(doc, span) and item.kind == "full":
            recent = [x for x in items[max(0, i - 6):i] if x.speaker and x.kind != "term"
                      and span.paragraph - x.span.paragraph <= 2]
            if recent:
                item.speaker, item.cue = recent[-1].speaker, recent[-1].cue
            elif i + 1 < len(items) and items[i + 1].speaker and items[i + 1].span.paragraph - span.paragraph <= 1:
                item.speaker, item.cue = items[i + 1].speaker, items[i + 1].cue


def _answers(doc: Document, prev: _Found, item: _Found) -> bool:
    """A short cue-less paragraph that follows a quoted question is its answer, by another voice (a crowd's
    reply): "“Do we give up?” she asked. ¶ “No!”" — a longer one usually goes on with the speaker's own answer."""
    return prev.content.rstrip("”’\"' ").endswith("?") and item.span.paragraph > prev.span.paragraph \
        and _starts_paragraph(doc, item.span) and not item.span.continues and len(item.content.split()) <= 3


def _starts_paragraph(doc: Document, span: QuoteSpan) -> bool:
    return span.start == doc.paragraphs[span.paragraph][0]


def _only_quotes_after(ctx: _Context, prev: _Found, span: QuoteSpan) -> bool:
    """Between the previous quotation and this one: the rest of its sentence only (no new subject)."""
    doc = ctx.doc
    s = doc.sentence_index_at(prev.span.end - 1)
    p_end = doc.paragraphs[prev.span.paragraph][1]
    i = s + 1
    while i < len(doc.sentences) and doc.sentences[i].start < p_end:
        if ctx.in_quote[doc.sentences[i].first_token] == -1:
            return False
        i += 1
    return True


# --------------------------------------------------------------------------- public API


def quotations(doc: Document) -> list[_Found]:
    """Every quotation with its kind, speaker and cue (clean-text spans)."""
    spans = quote_spans(doc)
    if not spans:
        return []  # nothing to attribute: the names of the article are not needed
    ctx = _Context(doc, spans)
    items: list[_Found] = []
    for q, span in enumerate(spans):
        content = doc.text[span.start + span.open_len:span.end - span.close_len].strip()
        kind = "full" if _is_full(doc, span, content) or span.continues else "partial"
        item = _Found(span, content, kind, sentence=doc.sentence_index_at(span.start))
        if doc.text[span.start - 1:span.start] == "=":
            continue  # an attribute value in leftover markup: id="123"
        if _is_term_marked(ctx, span, content):
            item.kind = "term"
            ctx.terms.add(q)
        else:
            _attribute(ctx, q, item)
        items.append(item)
    _continue_speakers(ctx, items)
    for item in items:
        if item.kind == "partial" and not item.speaker and not item.has_cue and len(item.content.split()) <= 4:
            item.kind = "term"
        if item.kind == "term":
            item.speaker = None
    return items


_ANY_QUOTE_MARK = re.compile(r"[“”\"«»]|''|``")


def has_quotation_marks(text: str) -> bool:
    """Whether a text contains any quotation mark we read (so finding no quotation there is suspicious)."""
    return _ANY_QUOTE_MARK.search(text) is not None


def find_quotes(doc: Document) -> pd.DataFrame:
    """One row per quotation: QUOTE_COLUMNS, offsets into `doc.article.original`, marks included."""
    rows, closed = [], []
    original = doc.article.original
    previous: _Found | None = None
    for item in quotations(doc):
        span = item.span
        start, end = doc.original_span(span.start, span.end)
        inner_start, inner_end = doc.original_span(span.start + span.open_len, span.end - span.close_len)
        if span.continues and previous is not None and previous.span.close_len == 0 and rows:
            # one quotation over several paragraphs: one row, from its first opening to its last closing mark
            rows[-1]["end"] = end
            rows[-1]["text"] = original[rows[-1]["start"] + previous.span.open_len:inner_end].strip()
            closed[-1] = span.close_len > 0
            previous = item
            continue
        previous = item
        closed.append(span.close_len > 0)
        rows.append({
            "text": original[inner_start:inner_end].strip(),
            "speaker": item.speaker,
            "cue": item.cue if item.kind != "term" else None,
            "kind": item.kind,
            "start": start,
            "end": end,
            "sentence": item.sentence,
            "paragraph": span.paragraph,
        })
    # A mark never closed, even over following paragraphs, opens no quotation we can delimit: reported
    # quotations always begin and end on their marks.
    rows = [row for row, is_closed in zip(rows, closed) if is_closed]
    if not rows:
        return pd.DataFrame(rows, columns=QUOTE_COLUMNS)  # every column of dtype object
    columns = {column: [row[column] for row in rows] for column in QUOTE_COLUMNS}  # faster than rows of dicts
    index = pd.RangeIndex(len(rows))  # given, so nothing is aligned
    for column in ("speaker", "cue"):  # object columns with None, not NaN, where there is none
        columns[column] = pd.Series(columns[column], index=index, dtype=object)
    return pd.DataFrame(columns, index=index)  # the dict keeps QUOTE_COLUMNS' order
