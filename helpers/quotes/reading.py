"""What attribution reads, computed once per article: tokens and tags, which token lies inside which
quotation, where the speech cues are (lexicon in `helpers.language.cues`), and the article's names.

`Reading` holds lookups only; the grammar that uses them is in `helpers.quotes.nouns` (noun phrases:
who a phrase names) and `helpers.quotes.attribution` (which phrase is a quotation's speaker).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from helpers.language.cues import PHRASAL_CUES, inflections
from helpers.language.entities import entity_at, find_entities
from helpers.language.name_lists import first_names
from helpers.language.segment import Document
from helpers.quotes.documents import document_cues, statement_verb
from helpers.quotes.marks import QUOTE_TOKENS, QuoteSpan


# Picture credits and captions: "(Photo: AFP/Getty Images)", "Image: Reuters", "Credit: AP Photo/..."
_CAPTION = re.compile(r"\b(?:Getty Images|AFP|AP Photo|Reuters/|Photo(?:graph)?:|Image:|Credit:|Photo by|Pictured:|"
                      r"Photo credit)", re.I)


_CREDIT_LINE = re.compile(r"(?:Photo|Picture|Image|Credit|Photograph)\s*:", re.I)  # "Photo: Chris Hyde"
QUOTE_MARKS = ('"', "“", "”", "‘", "’ ", "'")


def _cue_lemmas(tokens: list[str]) -> dict[int, str]:
    """{token index: cue lemma} of every token that is a speech cue (as `cues.cue_lemma`), each distinct word looked
    up once."""
    lemmas = inflections()  # what cue_lemma looks up
    lemma_of = {token: lemmas[low] for token in set(tokens) if (low := token.lower()) in lemmas}
    return {t: lemma_of[token] for t, token in enumerate(tokens) if token in lemma_of}


class Reading:
    """Everything attribution looks up, computed once per article."""

    def __init__(self, doc: Document, spans: list[QuoteSpan]) -> None:
        self.doc = doc
        self.spans = spans
        self.tokens = doc.tokens
        self.tags = doc.tags
        self.quote_starts = [s.start for s in spans]
        self.single_marked = sum(doc.text[s.start] in ("'", "‘") for s in spans)  # quotations in single marks
        # token -> index of the quotation it lies inside (marks included), or -1
        self.in_quote = [-1] * len(doc.tokens)
        for q, span in enumerate(spans):
            first = bisect_left(doc.starts, span.start)
            last = bisect_left(doc.starts, span.end)
            self.in_quote[first:last] = [q] * (last - first)
        # token -> cue lemma, for the tokens that are speech cues (few): cues_in looks only at these
        self.cue_lemmas = _cue_lemmas(doc.tokens)
        self.cue_lemmas.update(document_cues(doc))  # "The report found “…”"
        self.cue_positions = sorted(self.cue_lemmas)
        self.entities = find_entities(doc)
        self.person_mentions = sorted(
            (s, e, ent) for ent in self.entities if ent.kind in ("person", "other") for s, e in ent.mentions
        )
        self.person_starts = [m[0] for m in self.person_mentions]
        self.entity_names = {e.name for e in self.entities}
        self.entity_by_name = {}
        for e in self.entities:
            self.entity_by_name.setdefault(e.name, e)
        self._headings: dict[int, bool] = {}
        self._surnames: dict[str, list] = {}
        self.last_quoted: dict[int, int] = {}  # id(entity) -> offset of the last quotation attributed to it
        self.quoted_by: dict[int, object] = {}  # offset of a quotation -> the entity it was attributed to
        self.terms: set[int] = set()  # quotations already read as terms (titles, scare quotes)
        # names that stand as the subject of a speech verb somewhere ("Lopez-Cantera promises"): speakers are
        # people (or bodies), so these may be the antecedent of "he"/"she" even when nothing else says so
        self.subjects: set[int] = set()
        for t in self.cue_positions:
            if t >= 1 and self.tags[t].startswith("VB"):
                entity = entity_at(doc, doc.starts[t - 1])
                if entity is not None:
                    self.subjects.add(id(entity))

    def note_speaker(self, name: str, offset: int) -> None:
        """A name just attributed the quotation at `offset`: it speaks, so it may be the antecedent of a later
        "he"/"she", and it is the "Smith" a later "says Smith" means when two Smiths are named."""
        entity = self.entity_by_name.get(name)
        if entity is not None:
            self.subjects.add(id(entity))
            self.last_quoted[id(entity)] = offset
            self.quoted_by[offset] = entity

    def same_surname(self, entity, word: str, offset: int, gender: str | None = None):
        """The person a bare surname at `offset` means when several people share it ("Mary Smith and her daughter
        Anne Smith ... says Smith"): the one the text last introduced by full name or last quoted, of the
        gender its title gives ("Mr. Trump" after "Ivana Trump" is still Donald J. Trump); `entity` when only
        one person has that surname."""
        people = self._surnames.get(word)
        if people is None:
            people = [e for e in self.entities if e.kind == "person" and len(e.words) > 1 and e.words[-1] == word]
            self._surnames[word] = people
        if gender is not None:  # by first names (nltk's names), not by titles the grouping may have misplaced
            sex = {id(p): first_names().get(p.words[0].lower()) for p in people}
            people = [p for p in people if sex[id(p)] == gender] or [p for p in people if sex[id(p)] in (None, gender)]
        if len(people) < 2:
            return entity
        text = self.doc.text

        def last_seen(person) -> int:
            full = [s for s, e in person.mentions if s < offset and " " in text[s:e]]
            quoted = self.last_quoted.get(id(person), -1)
            return max(max(full, default=-1), quoted if quoted < offset else -1)

        best = max(people, key=last_seen)
        return best if last_seen(best) >= 0 else entity

    def is_heading(self, paragraph: int) -> bool:
        """A section heading or a picture caption: a short paragraph that is no sentence ("WHAT'S WORKING",
        "Ryan calls Trump line racist") or one that credits a picture ("(Photo: AFP/Getty Images)"). Names in it
        are no antecedent for a pronoun in the text below."""
        known = self._headings.get(paragraph)
        if known is None:
            start, end = self.doc.paragraphs[paragraph]
            text = self.doc.text[start:end].strip()
            known = bool(_CAPTION.search(text)) or (
                len(text.split()) <= 12 and not re.search(r"[.!?:;,…”\"'’)\]]$", text)) or self._above_credit(paragraph)
            self._headings[paragraph] = known
        return known

    def is_caption(self, paragraph: int) -> bool:
        """A paragraph that credits a picture or is the caption right above such a credit."""
        start, end = self.doc.paragraphs[paragraph]
        return bool(_CAPTION.search(self.doc.text[start:end])) or self._above_credit(paragraph)

    def _above_credit(self, paragraph: int) -> bool:
        """"Premier Anna Bligh speaks at the festival on March 9. ¶ Photo: Chris Hyde": a one-sentence paragraph
        without quotation marks right above a paragraph that only credits a picture is that picture's caption."""
        if paragraph + 1 >= len(self.doc.paragraphs):
            return False
        start, end = self.doc.paragraphs[paragraph + 1]
        credit = self.doc.text[start:end].strip()
        if not (_CREDIT_LINE.match(credit) and len(credit.split()) <= 8):
            return False
        start, end = self.doc.paragraphs[paragraph]
        text = self.doc.text[start:end].strip()
        return len(text) < 300 and not any(mark in text for mark in QUOTE_MARKS) and len(
            re.findall(r"[.!?](?:\s|$)", text)) <= 1

    def entity(self, t: int):
        """The named entity token t belongs to, or None."""
        return entity_at(self.doc, self.doc.starts[t])

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

    def cues_in(self, first: int, last: int) -> list[tuple[int, str]]:
        """Speech cues (token index, lemma) among tokens [first, last) outside quotations."""
        found = []
        positions = self.cue_positions
        for index in range(bisect_left(positions, first), len(positions)):
            t = positions[index]
            if t >= last:
                break
            if self.in_quote[t] == -1 and _used_as_cue(self, t, self.cue_lemmas[t], last):
                found.append((t, self.cue_lemmas[t]))
        return found


# third-person verbs a tagger may read as plural nouns, not nouns themselves before a quotation ("the treaty
# signals “…”", "business ventures “…”" stay nouns): "the judge's statement reads “…”"
_VERBS_AFTER_NOUN = {"reads", "says", "states", "adds", "warns", "declares", "concludes", "explains", "insists"}


def _used_as_cue(r: Reading, t: int, lemma: str, last: int) -> bool:
    """Whether a word of the cue lexicon is used as a speech verb here: "according" needs "to"; a word the
    tagger calls a noun counts after a quotation, opening a sentence before a name ("Stated Stone:"), as a
    verb after a name ("Cruz says") or after a noun right before a mark ("the statement reads “…”"), or as
    "-ing" before a colon or mark; "point" needs its "out"."""
    if lemma == "according to":
        return t + 1 < last and r.tokens[t + 1].lower() == "to"
    tag = r.tags[t]
    nxt = r.tokens[t + 1] if t + 1 < len(r.tokens) else ""
    prev_tag = r.tags[t - 1] if t > 0 else ""
    after_quote = t > 0 and (r.quote_end(t - 1) or (r.tokens[t - 1] == "," and t > 1 and r.quote_end(t - 2)))
    opens_sentence = r.doc.sentences[r.doc.token_sentence[t]].first_token == t and \
        t + 1 < len(r.tokens) and r.tags[t + 1] in ("NNP", "NNPS")  # "Stated Stone:"
    if lemma in PHRASAL_CUES and prev_tag in ("NNP", "PRP") and nxt.lower() in PHRASAL_CUES[lemma]:
        return True  # "Mr. Smith shot back:", whatever the tagger calls "shot"
    if not (tag.startswith("VB") or r.tokens[t].lower() in ("said", "says", "told", "wrote") or after_quote
            or opens_sentence
            or (tag in ("NNS", "NN") and prev_tag in ("NNP", "PRP") and r.tokens[t].endswith("s"))
            or (prev_tag in ("NN", "NNS") and nxt in QUOTE_TOKENS and r.tokens[t].lower() in _VERBS_AFTER_NOUN)
            or statement_verb(r, t)  # "A statement read: “…”"
            or (tag in ("NN", "JJ") and prev_tag in ("NN", "NNS", "NNP", "NNPS") and r.tokens[t].endswith("ed"))
            or (r.tokens[t].endswith("ing") and (nxt in (":", ",") or nxt in QUOTE_TOKENS))):
        return False
    if lemma in PHRASAL_CUES and (t + 1 >= last or r.tokens[t + 1].lower() not in PHRASAL_CUES[lemma]):
        return False
    return True
