"""Who "he" or "she" means when the sentences before have a person as their subject.

A reader takes "he" in "“…,” he said." for the subject of the sentences just before, not for the last man
named anywhere: in "Mr Vaile dismissed Wilson Tuckey's suggestion. He said he opposed it. ¶ “…,” he said."
the speaker is Vaile, though Tuckey was named last (centering: the subject is the likeliest antecedent).
`subject_antecedent` walks back over at most three sentences of the same or the paragraph before: a person
who is a sentence's subject decides; a "he"/"she" subject passes the question to the sentence before it; any
other subject ("The hospital had blocked the media") leaves the decision to the nearest mention
(`helpers.quotes.nouns.resolve_pronoun`).
"""
from __future__ import annotations

import re

from helpers.language.cues import SUBORDINATORS
from helpers.language.entities import PERSON_TITLES
from helpers.quotes.adverbials import before_time_adverbial
from helpers.quotes.appositions import verb_read_as_noun
from helpers.quotes.reading import Reading
from helpers.quotes.titles import OTHER_OFFICE, title_holder

_PRONOUN_GENDER = {"he": "male", "she": "female"}
_LEADS = {"however", "meanwhile", "later", "earlier", "also", "then", "but", "and", "still", "instead", "yesterday",
          "today", "rather"}
_SUBJECT_OPENERS = {"DT", "NNP", "NNPS", "NN", "NNS", "PRP", "PRP$", "JJ", "CD"}


def _clause_start(r: Reading, s: int) -> int | None:
    """The first token of sentence s's main clause: after a fronted clause ("When King asked ..., Schiavo was")
    or a lead word ("However,"); None when the clause has no comma to end the fronted part."""
    sentence = r.doc.sentences[s]
    k = sentence.first_token
    low = r.tokens[k].lower()
    if low in SUBORDINATORS or (r.tags[k] in ("VBN", "VBG") and r.entity(k) is None):
        # "Pressed further on whether the claims were true, Mr Corbyn snapped": a fronted participle clause
        comma = next((j for j in range(k, sentence.last_token) if r.tokens[j] == "," and r.in_quote[j] == -1), None)
        return None if comma is None else comma + 1
    if r.tags[k] == "IN" and low not in ("that", "because", "whether", "unless"):
        # a fronted phrase ends at the last comma before the first finite verb: "In recent weeks, Mr Bone has
        # appeared", "With her husband, former President Bill Clinton, standing by her side, Hillary Clinton has told"
        verb = next((j for j in range(k + 1, min(k + 25, sentence.last_token)) if r.in_quote[j] != -1
                     or r.tags[j] in ("VBD", "VBZ", "VBP", "MD")), None)
        comma = next((j for j in range(verb - 2, k, -1) if r.tokens[j] == "," and r.tags[j + 1] in _SUBJECT_OPENERS),
                     None) if verb else None  # not the comma before "who" or the verb ("Reid, who endorsed …,")
        if comma is None and verb and r.tags[verb - 1] == "PRP" and r.in_quote[verb - 1] == -1:
            return verb - 1  # "On another occasion he told the BBC:" (no comma)
        return k if comma is None else comma + 1
    if low in _LEADS and k + 1 < sentence.last_token:
        k += 2 if r.tokens[k + 1] == "," else 1
    return k


def _subject(r: Reading, s: int):
    """Sentence s's subject as ("person", entity), ("pronoun", gender) or None (another subject, or none found).
    A sentence opening with a quotation has the subject its attribution found ("“…,” Mr Vaile said.")."""
    sentence = r.doc.sentences[s]
    k = _clause_start(r, s)
    if k is None or k >= sentence.last_token:
        return None
    first = sentence.first_token
    if r.tokens[first] == "As" and r.tokens[first + 1] == "for" and (topic := r.entity(first + 2)) is not None \
            and topic.kind in ("person", "other"):
        return ("person", topic)  # "As for Trump, he said he's not worried": the topic is whom "he" means
    if r.in_quote[k] != -1:
        entity = r.quoted_by.get(r.spans[r.in_quote[k]].start)
        if entity is None and all(r.in_quote[t] != -1 or r.tokens[t] in (".", "!", "?")
                                  for t in range(k, sentence.last_token)):
            # "“…,” Ryan said in an interview with X. “…” ¶ “…,” he continued": go on back from the quotation's start
            return ("pass", r.doc.sentence_index_at(r.spans[r.in_quote[k]].start))
        return ("person", entity) if entity is not None and entity.kind == "person" else None
    low = r.tokens[k].lower()
    if low in _PRONOUN_GENDER:
        return ("pronoun", _PRONOUN_GENDER[low])
    j = k
    while j < min(k + 4, sentence.last_token) and r.entity(j) is None and (
            low := r.tokens[j].lower()) and (low.rstrip(".") in PERSON_TITLES or r.tokens[j] == "."
                                              or r.tags[j] in ("DT", "JJ") or len(r.tokens[j]) == 1):
        j += 1  # "Mr Vaile", "Liberal Wilson Tuckey", "an emotional Mark Vaile", "K. Kesava Rao"
    entity = r.entity(j) if j < sentence.last_token else None
    if entity is None and r.tokens[k].lower() == "the":
        m = k + 1  # "The Minister said that ...", "The finance minister further countered": the title's holder
        while m < min(k + 4, sentence.last_token) and r.tags[m] in ("NN", "NNP", "JJ") and r.entity(m) is None:
            m += 1
        v = m
        while v < sentence.last_token and r.tags[v] == "RB":
            v += 1
        if m - k >= 2 and v < sentence.last_token and r.tags[v].startswith("VB") \
                and r.tokens[m - 1].lower() in ROLE_HEADS:
            entity = title_holder(r, k, [w.lower() for w in r.tokens[k + 1:m]])
            if entity is not None and entity.kind == "person":
                return ("person", entity)
    if entity is None or entity.kind != "person":
        entity = _titled_before_verb(r, k, sentence.last_token)
        return ("person", entity) if entity is not None else None
    while j < sentence.last_token and r.entity(j) is entity:
        j += 1
    if j < sentence.last_token and (r.tokens[j] in ("’s", "'s", "’", "'") or r.tags[j] in ("NN", "NNS", "JJ")
                                    and r.tokens[j].islower() and not verb_read_as_noun(r, j)):
        # "Trump’s accusation ..., Biden said", "Obama consultant Cornell Belcher", "Trump senior adviser Jason
        # Miller": the name describes another noun; "Mr Corbyn's chief spokesman, Seumas Milne, said": the apposition
        k = j + (r.tokens[j] in ("’s", "'s", "’", "'"))
        while k < min(j + 5, sentence.last_token) and r.tags[k] in ("NN", "NNS", "JJ") and r.tokens[k].islower():
            k += 1
        named = r.entity(k + 1) if k > j and k + 1 < sentence.last_token and r.tokens[k] == "," else None
        return ("person", named) if named is not None and named.kind == "person" else None
    return ("person", entity)


def subject_of(r: Reading, s: int):
    """Sentence s's subject as `_subject` reads it (for `helpers.quotes.referents`)."""
    return _subject(r, s)


def subject_antecedent(r: Reading, index: int, gender: str | None):
    """The person "he"/"she" at token `index` means by the subjects of the sentences before it, or None."""
    doc = r.doc
    s = doc.token_sentence[index]
    paragraph = doc.sentences[s].paragraph
    own_start = _clause_start(r, s)
    if own_start is not None and own_start < index and not (r.in_quote[own_start] != -1 and all(
            r.in_quote[k] != -1 or r.tokens[k] in (",", ".") for k in range(own_start, index))):
        return None  # the pronoun is not its sentence's subject, nor right after an opening quotation
    first = doc.sentences[s].first_token
    if r.in_quote[first] != -1:  # "“All that Baba wanted ... oneness. But ... misread,” he said.": from its opening
        s = doc.sentence_index_at(r.spans[r.in_quote[first]].start)
    read, reach, j = 0, paragraph, s
    while j > 0:
        j -= 1
        p = doc.sentences[j].paragraph
        if p != paragraph and r.is_heading(p):
            continue  # "Maria Lopez leaves the council" as a heading, a caption: not the text "he" goes on from
        if read == 3 or any(not r.is_heading(k) for k in range(p + 1, reach)):
            return None  # three sentences at most, no further back than the paragraph before (or than the one
        read += 1  # before a paragraph whose subject was "he" too: "Mr Corbyn snapped. ¶ He denied. ¶ He said")
        found = _subject(r, j)
        if found is None:
            return None
        if found[0] == "pass":  # a quotation counts as no sentence read; the loop steps to the one it opens in
            j, read = (found[1] + 1 if found[1] < j else j), read - 1
            continue
        if found[0] == "pronoun":
            if found[1] != gender:
                return None
            reach = p
            continue
        entity = found[1]
        return entity if entity.gender in (None, gender) else None
    return None


# "The Labour leader", "the Florida senator": descriptions with a proper-noun modifier are resolved by the subject
# before them only when True. Off: the text must tie the words to the person (`helpers.quotes.descriptions`:
# "Labour leader Jeremy Corbyn", "Sen. Marco Rubio (R-Fla.)"); a subject the text never called that is no evidence.
RESOLVE_NAMED_DESCRIPTIONS = False
ROLE_HEADS = PERSON_TITLES | {"mp", "boss", "skipper", "premier", "chief", "leader"}


def described_subject(r: Reading, first: int, words: list[str]):
    """"Jeremy Corbyn has insisted ... ¶ The Labour leader also said", "Governor Shaktikanta Das on Tuesday said ...
    The RBI chief said": a definite description of a role ("the" + up to three words ending in a title) that names
    nobody the text titled so is the person who is the subject of the sentences just before (same or previous
    paragraph; "he"/"she" subjects pass on), when the role's word was not used before for someone else."""
    head = words[-1]
    if head not in ROLE_HEADS:
        return None
    if not RESOLVE_NAMED_DESCRIPTIONS and any(w[:1].isupper() for w in r.tokens[first + 1:first + len(words)]):
        return None
    doc = r.doc
    start = doc.starts[first]
    before = doc.text[:start]
    if re.search(rf"\b{re.escape(head)}\b", before) or any(
            re.search(rf"\b{other} {re.escape(head)}\b", before, re.I) for other in OTHER_OFFICE.get(head, ())):
        return None  # "Smith met the president. The president said", "Prime Minister Das ... the Minister": taken
    s = doc.token_sentence[first]
    paragraph = doc.sentences[s].paragraph
    for j in range(s - 1, max(-1, s - 4), -1):
        if paragraph - doc.sentences[j].paragraph > 1:
            return None
        found = _subject(r, j)
        if found is None or found[0] == "pass":
            return None  # not past a quotation: "“…,” the host said" after "She has since said …" is not her
        if found[0] == "person":
            return found[1]
    return None


_RUN_WORDS = {"of", "for", "and", "the", "(", ")", "-", "'s", "’s"}


def _titled_before_verb(r: Reading, k: int, last: int):
    """"Reserve Bank of India (RBI) Governor Shaktikanta Das on Tuesday said": the person whose name ends right
    before the clause's first finite verb (past adverbs and a time adverbial), when only a title run (capitalised
    words, "of", brackets, titles) comes before the name; None otherwise."""
    verb = next((t for t in range(k, min(k + 25, last)) if r.tags[t] in ("VBD", "VBZ", "VBP", "MD")
                 and r.in_quote[t] == -1), None)
    if verb is None or verb == k:
        return None
    h = verb - 1
    while h > k and r.tags[h] == "RB" and r.tokens[h].islower():
        h -= 1
    h = before_time_adverbial(r, h, k)
    entity = r.entity(h)
    if entity is None or entity.kind != "person":
        return None
    start = h
    while start > k and r.entity(start - 1) is entity:
        start -= 1
    if all(r.tokens[t][:1].isupper() or r.tokens[t].lower() in _RUN_WORDS or r.tokens[t].lower() in PERSON_TITLES
           for t in range(k, start)):
        return entity
    return None
