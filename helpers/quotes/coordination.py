"""Phrases around a subject that are not its speaker, as unseen outlet news writes them (used by
`helpers.quotes.nouns`):
- places coordinated after "for"/"of" in a subject: "The member of parliament for South Basildon and East Thurrock
  said" — the noun the complement serves ("member"), never the last place (`coordinated_start`,
  `before_coordinated_places`);
- names (not people) coordinated in a complement: "Academics at NSW University and the University of Technology
  Sydney said" — the noun before them all (`first_conjunct`, `start_of_complement`);
- the object of a fronted phrase before a comma: "Speaking to reporters after Prime Minister's Questions, the
  spokesman said" — "Questions" is no apposition of "the spokesman" (`object_of_fronted_phrase`).
Each is a token test first, so it costs nothing where its words are absent.
"""
from __future__ import annotations

from helpers.quotes.reading import Reading


def coordinated_start(r: Reading, k: int, floor: int) -> int:
    """"the member of parliament for South Basildon and East Thurrock": the first token of the proper nouns
    coordinated before the name starting at k, when "for"/"of" stands before them; k otherwise."""
    if not (k - 2 > floor and r.tokens[k - 1].lower() in ("and", "&")):
        return k
    j = k - 2
    while j > floor and k - j <= 6 and r.in_quote[j] == -1 and r.tags[j] in ("NNP", "NNPS") \
            and r.tokens[j][:1].isupper() and (r.entity(j) is None or r.entity(j).kind != "person"):
        j -= 1
    return j + 1 if j < k - 2 and r.tokens[j].lower() in ("for", "of") else k


def before_coordinated_places(r: Reading, h: int, floor: int) -> int:
    """A proper noun that no entity covers, last of places coordinated after "for"/"of" ("the MP for North Ayrshire
    and Arran"): the common noun the complement serves; h otherwise."""
    k = h
    while k > floor and r.tags[k - 1] in ("NNP", "NNPS") and r.entity(k - 1) is None and r.in_quote[k - 1] == -1:
        k -= 1
    j = coordinated_start(r, k, floor)
    if j < k and j - 2 >= floor and r.tags[j - 2] in ("NN", "NNS") and r.tokens[j - 2].islower():
        return j - 2
    return h


def object_of_fronted_phrase(r: Reading, k: int, named) -> bool:
    """"Speaking to reporters after Prime Minister's Questions, the spokesman said", "After meeting Smith, the
    director said": the name before the comma (ending at token k) is the object of a preposition or participle in a
    fronted phrase, not the person the phrase after the comma describes."""
    j = k
    while j > 0 and (r.entity(j - 1) is named or r.tokens[j - 1] in ("’s", "'s")
                     or r.tags[j - 1] in ("NNP", "NNPS") and r.in_quote[j - 1] == -1):
        j -= 1  # back over the name and its title run ("Prime Minister's Questions")
    if j == 0 or r.in_quote[j - 1] != -1:
        return False
    before = r.tokens[j - 1]
    return r.tags[j - 1] in ("IN", "TO") and before.lower() not in ("that", "as") \
        or (before.lower().endswith("ing") and r.tags[j - 1] in ("VBG", "NN"))


def start_of_complement(r: Reading, k: int, floor: int) -> int:
    """The first token of a name starting at k with its descriptor and article ("from *the* group Project SafeCom")."""
    k = before_descriptor(r, k, floor)  # "from the West Australian-based group Project SafeCom"
    if k - 1 > floor and r.tokens[k - 1].lower() == "the":
        k -= 1
    return k


def first_conjunct(r: Reading, k: int, entity, floor: int) -> int:
    """"Academics at NSW University and the University of Technology Sydney": the first token of the first of names
    (not people) coordinated with the one starting at k, so the noun before them all is the subject."""
    if entity.kind == "person":
        return k
    while k - 2 > floor and r.tokens[k - 1].lower() in ("and", "or", ",") and r.in_quote[k - 2] == -1 \
            and (other := r.entity(k - 2)) is not None and other.kind != "person" and other is not entity:
        j = k - 2
        while j > floor and r.entity(j - 1) is other:
            j -= 1
        k = start_of_complement(r, j, floor)
    return k


def before_descriptor(r: Reading, k: int, floor: int) -> int:
    """The first token of a common-noun descriptor written before a name that starts at k ("the charity *Oxfam*",
    "the West Australian-based group *Project SafeCom*"); k when there is none."""
    if not (k - 1 > floor and r.tags[k - 1] in ("NN", "NNS") and r.tokens[k - 1].islower()):
        return k  # the descriptor's noun stands right before the name
    j = k
    while j - 1 > floor and k - j < 5 and r.in_quote[j - 1] == -1 \
            and r.tags[j - 1] in ("JJ", "NN", "NNS", "NNP", "VBN") \
            and (r.entity(j - 1) is None or r.entity(j - 1).kind != "person"):
        j -= 1
    return j - 1 if r.tokens[j - 1].lower() in ("the", "a", "an") else k
