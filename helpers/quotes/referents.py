"""Which noun phrase a cue's subject is, and who a pronoun means, in four small grammars nouns.py reads through:

- brackets or a party-and-state tag before a relative pronoun or apposition: "Rep. Steve King (R-IA), who said
  “…”", "Sen. Lindsey Graham, R-S.C., who served ..., said:" — the name before them (`before_brackets`);
- a reduced relative clause inside the subject: "the brief sent out to all ministers said" — the noun the
  participle describes speaks, not the noun after it, unless "by" names its authors (`reduced_relative_head`);
- the object of a clause without "who": "Some of the protesters Wikinews interviewed said" (`object_relative_head`);
- a body that speaks with the voice of the person in its complement: "the single-judge bench of Justice Vivek
  Agarwal said", "the office of Senator Ron Wyden said" (`VOICED_BY_COMPLEMENT`; unlike "a spokesman for X");
- a cue in a clause after the main clause of the sentence after a quotation: "“We never gave up.” The visitors led
  early, but Wynnum hit back" (`in_next_sentence_subordinate`);
- cataphora: "“…,” he said. ¶ Opposition leader Mark Hensley was speaking in Perth": a pronoun that nothing before
  it resolves means the person who is the subject of the next sentence (`cataphoric_subject`).
"""
from __future__ import annotations

import re

from helpers.language.cues import SUBORDINATORS
from helpers.language.entities import PERSON_TITLES
from helpers.quotes.centering import subject_of
from helpers.quotes.reading import Reading

VOICED_BY_COMPLEMENT = frozenset({"bench", "court", "office"})

# participles that make a noun phrase out of a document or group and its recipients or authors
_REDUCED_PARTICIPLES = frozenset({"sent", "signed", "issued", "released", "posted", "published", "written",
                                  "circulated", "distributed", "obtained", "seen", "addressed", "delivered", "filed",
                                  "emailed", "leaked", "shared"})
_LINKS = frozenset({"to", "by", "from", "out", "on", "in", "at", "with"})


_PARTY_TAG = re.compile(r"[RDI]-[A-Z]")  # "R-S.C.", "D-Mont.", "R-Texas" as the tokenizer splits them


def before_brackets(r: Reading, k: int, floor: int) -> int:
    """The token before a bracketed group ending at k ("King (R-IA)" -> "King") or a party-and-state tag between
    commas ("Graham, R-S.C., who ..." -> "Graham"), or k when there is none or the brackets hold a quotation."""
    if r.tokens[k] != ")":
        j = k
        while j > floor and k - j < 5 and not _PARTY_TAG.match(r.tokens[j]) and (
                r.tokens[j] == "." or r.tokens[j][:1].isupper()):
            j -= 1
        party = _PARTY_TAG.match(r.tokens[j]) and j - 2 >= floor and r.tokens[j - 1] == "," and r.in_quote[j - 2] == -1
        return j - 2 if party else k
    j = k - 1
    while j > floor and k - j < 8 and r.tokens[j] != "(":
        j -= 1
    if r.tokens[j] != "(" or j - 1 < floor or any(r.in_quote[i] != -1 for i in range(j - 1, k + 1)):
        return k
    return j - 1


def reduced_relative_head(r: Reading, h: int, floor: int) -> int:
    """"the brief sent out to all ministers said": the noun before a participle of `_REDUCED_PARTICIPLES` (with a
    link word after it) when the subject's last noun h follows it within seven words; h otherwise."""
    if r.tags[h] not in ("NN", "NNS", "NNP", "NNPS", "CD"):
        return h
    for p in range(h - 1, max(floor, h - 8), -1):
        token = r.tokens[p]
        if token.lower() == "by":
            return h  # "a fundraising email sent out by Sanders", "a letter signed by 40 MPs": the authors speak
        if token.lower() in _REDUCED_PARTICIPLES and p - 1 >= floor and r.tokens[p + 1].lower() in _LINKS \
                and (r.tags[p - 1] in ("NN", "NNS") or r.tags[p - 1] == "JJ" and r.tags[p - 2] == "DT") \
                and r.tokens[p - 1].islower() and r.in_quote[p - 1] == -1:  # "the brief/JJ sent"
            return p - 1  # the participle may be tagged VBD ("the brief sent out to")
        if r.in_quote[p] != -1 or token in (",", ";", ":", "(", ")") or r.tags[p] in ("VBD", "VBZ", "VBP", "MD"):
            return h
    return h


def object_relative_head(r: Reading, verb: int, floor: int) -> int:
    """"Some of the protesters Wikinews interviewed said": a clause without "who" (a name or pronoun and its verb)
    between a plural noun and the cue; the noun is the subject. Else the verb, which names nobody."""
    k = verb - 1
    while k > floor and (r.tags[k] in ("NNP", "NNPS") or r.tokens[k].lower() in ("we", "they", "he", "she", "i")):
        k -= 1
    return k if k < verb - 1 and r.tags[k] == "NNS" and r.in_quote[k] == -1 else verb


def cataphoric_subject(r: Reading, index: int, gender: str | None):
    """The person "he"/"she"/"his"/"her" at `index` means when no one is named before it: the subject of the main
    clause when the pronoun is in a fronted clause ("Despite her vow to “…”, Ms Kettering did not"); the subject of
    the next sentence (same or next paragraph) when the pronoun is the subject of a cue right after a quotation
    ("“…,” he said. ¶ Opposition leader Mark Hensley was speaking"); a person of a compatible gender."""
    doc = r.doc
    fronted = _main_subject_after_fronted_clause(r, index)
    if fronted is not None:
        return fronted if fronted.gender in (None, gender) else None
    if index < 1 or not (r.quote_end(index - 1) or r.tokens[index - 1] == "," and index >= 2
                         and r.quote_end(index - 2)):
        return None
    s = doc.token_sentence[index]
    if s + 1 >= len(doc.sentences) or doc.sentences[s + 1].paragraph - doc.sentences[s].paragraph > 1:
        return None
    found = subject_of(r, s + 1)
    if found is None or found[0] != "person":
        return None
    entity = found[1]
    return entity if entity.kind == "person" and entity.gender in (None, gender) else None


def in_next_sentence_subordinate(r: Reading, own_sentence: int, t: int) -> bool:
    """"“We never gave up.” The visitors led early, but Wynnum hit back.": a cue in the sentence after the quotation,
    in a clause after that sentence's own main verb, is not the quotation's."""
    s = r.doc.token_sentence[t]
    return s > own_sentence and subordinate_after_main_clause(r, r.doc.sentences[s].first_token, t)


def subordinate_after_main_clause(r: Reading, first: int, t: int) -> bool:
    """"Caloundra opened the game with two tries before Wynnum hit back": a cue in a clause that a subordinator
    ties to the sentence's own main verb tells of that sentence, not of the quotation before it."""
    verb = next((k for k in range(first, t) if r.tags[k].startswith(("VB", "MD"))), None)
    return verb is not None and any(r.tokens[k].lower() in SUBORDINATORS or r.tokens[k].lower() in ("but", "yet", "and")
                                    and k + 1 < t for k in range(verb + 1, t))  # "led early, but Wynnum hit back"


_FRONTING = frozenset({"despite", "after", "before", "while", "although", "though", "since", "following", "having",
                       "when", "as", "because", "if", "in"})


def _main_subject_after_fronted_clause(r: Reading, index: int):
    """The person who is the main clause's subject when token `index` lies in a clause opening its sentence
    ("Despite admitting ..., her vow ..., Ms Kettering did not"), or None."""
    sentence = r.doc.sentences[r.doc.token_sentence[index]]
    first = sentence.first_token
    if r.tokens[first].lower() not in _FRONTING or index == first:
        return None
    comma = next((k for k in range(index + 1, sentence.last_token) if r.tokens[k] == "," and r.in_quote[k] == -1),
                 None)
    if comma is None:
        return None
    j = comma + 1
    while j < sentence.last_token and (r.tokens[j].lower().rstrip(".") in PERSON_TITLES or r.tokens[j] == "."):
        j += 1
    entity = r.entity(j) if j < sentence.last_token else None
    if entity is None or entity.kind != "person":
        return None
    k = j
    while k < sentence.last_token and r.entity(k) is entity:
        k += 1
    return entity if k < sentence.last_token and r.tags[k] in ("VBD", "VBZ", "VBP", "MD", "RB") else None


def in_trailing_subordinate(r: Reading, first: int, colon: int) -> bool:
    """Whether the words right before a colon close a subordinate clause that follows a finite verb of the main
    clause: "Sen. Tom Carter released the following statement after the Senate failed to pass the bill:" — the
    noun before the colon ("the bill", "the Senate") is not who speaks; the main clause's subject is."""
    verb = False
    for k in range(first, colon):
        if r.in_quote[k] != -1:
            return False
        if r.tags[k] in ("VBD", "VBZ", "VBP", "VBN"):  # "(R-Ark.) Thursday released": the tagger may say VBN
            verb = True
        elif verb and (r.tokens[k].lower() in SUBORDINATORS or r.tokens[k].lower() == "following") \
                and r.tags[k] == "IN":
            return True
    return False


# Fixed phrases after a noun that are not its head: "the MP in question says", "the officer in charge said"
_POSTMODIFIERS = frozenset({("in", "question"), ("in", "charge"), ("on", "duty"), ("at", "large"), ("in", "chief")})


def before_postmodifier(r: Reading, h: int, floor: int) -> int:
    """The noun before a fixed postmodifier ending at token h ("the MP in question" -> "MP"), else h."""
    if h - 2 >= floor and (r.tokens[h - 1].lower(), r.tokens[h].lower()) in _POSTMODIFIERS \
            and r.tags[h - 2] in ("NN", "NNS", "NNP") and r.in_quote[h - 2] == -1:
        return h - 2
    return h
