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

from helpers.language.cues import SUBORDINATORS
from helpers.language.entities import PERSON_TITLES
from helpers.quotes.appositions import verb_read_as_noun
from helpers.quotes.reading import Reading

_PRONOUN_GENDER = {"he": "male", "she": "female"}
_LEADS = {"however", "meanwhile", "later", "earlier", "also", "then", "but", "and", "still", "instead", "yesterday",
          "today"}


def _clause_start(r: Reading, s: int) -> int | None:
    """The first token of sentence s's main clause: after a fronted clause ("When King asked ..., Schiavo was")
    or a lead word ("However,"); None when the clause has no comma to end the fronted part."""
    sentence = r.doc.sentences[s]
    k = sentence.first_token
    low = r.tokens[k].lower()
    if low in SUBORDINATORS:
        comma = next((j for j in range(k, sentence.last_token) if r.tokens[j] == "," and r.in_quote[j] == -1), None)
        return None if comma is None else comma + 1
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
    if r.in_quote[k] != -1:
        entity = r.quoted_by.get(r.spans[r.in_quote[k]].start)
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
    if entity is None or entity.kind != "person":
        return None
    while j < sentence.last_token and r.entity(j) is entity:
        j += 1
    if j < sentence.last_token and (r.tokens[j] in ("’s", "'s", "’", "'") or r.tags[j] in ("NN", "NNS", "JJ")
                                    and r.tokens[j].islower() and not verb_read_as_noun(r, j)):
        # "Trump’s accusation ..., Biden said", "Obama consultant Cornell Belcher", "Trump senior adviser Jason
        # Miller": the name describes another noun
        return None
    return ("person", entity)


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
    read = 0
    for j in range(s - 1, -1, -1):
        p = doc.sentences[j].paragraph
        if p != paragraph and r.is_heading(p):
            continue  # "Maria Lopez leaves the council" as a heading, a caption: not the text "he" goes on from
        if read == 3 or any(not r.is_heading(k) for k in range(p + 1, paragraph)):
            return None  # three sentences at most, no further back than the paragraph before
        read += 1
        found = _subject(r, j)
        if found is None:
            return None
        if found[0] == "pronoun":
            if found[1] != gender:
                return None
            continue
        entity = found[1]
        return entity if entity.gender in (None, gender) else None
    return None
