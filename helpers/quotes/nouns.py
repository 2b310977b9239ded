"""Noun phrases of attribution: the subject before a cue ("X said", "X, the director of Y, wrote"), the one
after it ("“…,” said X", "according to X"), a clause's or sentence's subject, and who a phrase names.

Who a phrase names is decided by an ordered list of small rules (`_NAMING_RULES`), each reading one
`NounPhrase`; the first that decides wins. A rule returns a name, `NOBODY` (decided: no speaker) or None
(pass).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from helpers.language.cues import (FEMALE_NOUNS, GROUP_NOUNS, MALE_NOUNS, PERSON_NOUNS, SKIPPABLE_BEFORE_CUE,
                                   STATEMENT_NOUNS, SUBORDINATORS)
from helpers.language.entities import PERSON_TITLES
from helpers.language.name_lists import FEMALE_TITLES, MALE_TITLES, ORG_WORDS
from helpers.language.lemmas import morphy
from helpers.quotes.adverbials import adjective_series_start, before_time_adverbial, is_dash, subordinate_clause_start
from helpers.quotes.appositions import name_after_title, name_before_titles, open_apposition
from helpers.quotes.centering import ROLE_HEADS, described_subject, subject_antecedent
from helpers.quotes.coordination import (before_coordinated_places, coordinated_start, first_conjunct,
                                         object_of_fronted_phrase, start_of_complement)
from helpers.quotes.descriptions import tied_description
from helpers.quotes.referents import (VOICED_BY_COMPLEMENT, before_brackets, before_postmodifier,
                                       cataphoric_subject, object_relative_head, reduced_relative_head)
from helpers.quotes.titles import apposition_holder, title_holder
from helpers.quotes.reading import Reading

NOBODY = ""  # a rule's answer meaning "decided: this phrase names no speaker"

NP_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ", "DT", "PRP$", "POS", "CD", "JJS", "VBN"}
HEAD_TAGS = {"NNP", "NNPS", "NN", "NNS", "PRP", "CD"}
PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female", "his": "male"}
PLURAL_PRONOUNS = {"they", "we", "i", "you", "it", "them", "this", "that", "who", "which"}
NOT_SPEAKERS = {"there", "here", "it", "this", "that", "what", "which", "who", "people", "one", "all", "some",
                "nobody", "none", "anybody", "anyone", "everybody", "everyone", "nothing", "something"}
DAYS_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
               "february", "march", "april", "june", "july", "august", "september", "october", "november",
               "december", "today", "yesterday", "tonight"}


# --------------------------------------------------------------------------- the subject before a cue


def speaker_left(r: Reading, cue: int, floor: int) -> str | None:
    """The subject before a cue: "X said", "X has also said", "X, the director of Y, wrote"."""
    if named := open_apposition(r, cue, floor) or name_before_titles(r, cue, floor):
        return named
    h = _skip_to_subject(r, cue, floor)
    if h is None:
        return None
    if r.tags[h] in ("VBD", "VBP"):
        h = object_relative_head(r, h, floor)
    if r.tokens[h] == ")":  # "Jenn St-Onge (Nancy Drew, Jem and the Misfits) told": the name before the brackets
        k = next((k for k in range(h - 1, max(floor, h - 15) - 1, -1) if r.tokens[k] in ("(", ")")), h)
        if r.tokens[k] == "(" and k - 1 >= floor and all(r.in_quote[j] == -1 for j in range(k - 1, h)):
            h = k - 1  # not over quoted titles: "filmmaker Charlie McDowell (“The Discovery,” …)"
    if is_dash(r, h):
        # "a spokeswoman, Anna White, said": the name between the commas is the speaker
        named = person_before(r, h)
        if named:
            return named
        h = _before_apposition(r, h, floor)
        if h is None:
            return None
    relative = _relative_clause_head(r, h, cue, floor)
    after_who, h = relative != h, _speaker_noun_of_complement(r, relative, floor)
    if not after_who:  # "this tweet from Rikkie Wells who tweeted": the relative pronoun's antecedent speaks
        h = _owner_of_complement(r, reduced_relative_head(r, h, floor), floor)
    if r.tags[h] not in HEAD_TAGS and r.entity(h) is None \
            and not (r.tags[h] in ("JJ", "VBN") and r.tokens[h][:1].isupper()):
        return None
    return name_of_np(r, h)


def _skip_to_subject(r: Reading, cue: int, floor: int) -> int | None:
    """The last token of what precedes a cue, past auxiliaries and adverbs ("has also", "later")."""
    h = cue - 1
    while h >= floor and (r.tokens[h].lower() in SKIPPABLE_BEFORE_CUE
                          or (r.tags[h] in ("RB", "MD") and r.tokens[h].islower())):
        h -= 1
    if h >= floor and r.in_quote[h] == -1 and r.tags[cue].startswith("VB"):
        h = before_time_adverbial(r, h, floor)  # "Sharma on Saturday said"
    if h < floor or r.in_quote[h] != -1:
        return None
    h = before_postmodifier(r, h, floor)  # "the MP in question says"
    if r.tokens[h] == "," and h - 1 >= floor and r.tokens[h - 1] == ")":
        h -= 1  # "Sen. Richard J. Durbin (D-Ill.), noting ..., said"
    return h


def _before_apposition(r: Reading, h: int, floor: int) -> int | None:
    """An apposition or relative clause ends at h ("X, the director of Y, wrote"): the token before it began."""
    k = h - 1
    while k >= floor and r.tokens[k] not in (",", "—", "–", "(", ";", ":") and not (r.tokens[k] == "-"
                                                                                 and is_dash(r, k)):
        k -= 1
    if k < floor or r.in_quote[k] != -1 or r.tokens[k] in (";", ":"):
        return None
    h = adjective_series_start(r, k, floor) - 1  # "Gleeson, a quietly spoken, hugely intelligent man, would say"
    h = before_brackets(r, h, floor)  # "Sen. Richard J. Durbin (D-Ill.), noting ..., said", "Graham, R-S.C., who"
    if h < floor or r.in_quote[h] != -1:
        return None
    if r.tokens[h] == "." and h - 1 >= floor and (named := r.entity(h - 1)) is not None and named.kind == "person":
        return h - 1  # "James B. Comey Jr., the director of the F.B.I., said": the name before its dot
    if r.tags[h] == "CD" and h - 2 >= floor and r.tokens[h - 1] == "," and r.in_quote[h - 2] == -1:
        h -= 2  # "Cecelia Purner, 67, a retired customer service representative, said": the name before the age
    return h


def _relative_clause_head(r: Reading, h: int, cue: int, floor: int) -> int:
    """"Sen. Ted Cruz, who won Iowa, told" read from the right: the noun before "who"."""
    w = h
    while w > floor and r.in_quote[w] == -1 and r.tokens[w] not in (",", ";", ":", "—", "–") and cue - w < 20:
        if r.tokens[w].lower() == "who" and r.tags[w - 1] in HEAD_TAGS:
            return w - 1
        if r.tokens[w].lower() == "who" and r.tokens[w - 1] == "," and w - 2 >= floor \
                and r.tags[b := before_brackets(r, w - 2, floor)] in HEAD_TAGS and r.in_quote[b] == -1:
            return b  # "Linda Moss, who is a pastor at ... Colorado, slammed", "Rep. Steve King (R-IA), who said"
        w -= 1
    return h


def _speaker_noun_of_complement(r: Reading, h: int, floor: int) -> int:
    """"Doug Andres, a spokesman for House Speaker Paul Ryan, told": the name is the complement of the speaker
    noun, not the speaker."""
    entity = r.entity(h)
    if entity is None:
        return before_coordinated_places(r, h, floor) if r.tags[h] in ("NNP", "NNPS") else h
    k = h
    while k > floor and r.entity(k - 1) is entity:
        k -= 1
    while k > floor and (r.tokens[k - 1].lower() in PERSON_TITLES or r.tokens[k - 1] == "."):
        k -= 1
    if k - 1 > floor and r.tokens[k - 1].lower() == "the" and entity.kind != "person":
        k -= 1  # "a spokesperson for the Met Police"
    if entity.kind != "person" or k - 2 > floor and (place := r.entity(k - 2)) is not None and place.kind == "place":
        k = coordinated_start(r, k, floor)  # "for North Ayrshire and Arran" (a place the tagger took for a man)
    if k - 2 >= floor and r.tokens[k - 1].lower() in ("for", "of", "to") \
            and r.tags[k - 2] in ("NN", "NNS") and r.tokens[k - 2].islower() \
            and not (entity.kind == "person" and r.tokens[k - 2].lower() in VOICED_BY_COMPLEMENT):
        return k - 2
    return h


def _owner_of_complement(r: Reading, h: int, floor: int) -> int:
    """"Governor Greg Abbott of Texas called", "officials in Kabul said", "Archbishop Aris Shirvanian of the Armenian
    Patriarchate of Jerusalem told": a name after "of/in/from/at" is the complement (whatever its kind), the
    person or common noun before the chain of complements the subject."""
    entity = r.entity(h)
    if entity is None and r.tags[h] in ("NN", "NNS"):
        # "a Democratic staffer in the room wondered", "a spokesman for the Clinton campaign said"
        k = h
        while k - 1 > floor and r.tags[k - 1] in ("DT", "JJ", "NN", "NNP", "NNPS", "POS", "PRP$") \
                and r.in_quote[k - 1] == -1:
            k -= 1
        if k - 2 >= floor and r.tokens[k - 1].lower() in ("of", "in", "from", "at", "for", "to") \
                and r.in_quote[k - 2] == -1 and r.tags[k - 2] in ("NN", "NNS") and r.entity(k - 2) is None \
                and r.tokens[k - 2].lower() not in STATEMENT_NOUNS:
            return k - 2
        return h
    for _ in range(3):
        if entity is None:
            return h
        k = h
        while k > floor and r.entity(k - 1) is entity:
            k -= 1
        k = first_conjunct(r, start_of_complement(r, k, floor), entity, floor)
        if not (k - 2 >= floor and r.tokens[k - 1].lower() in ("of", "in", "from", "at") and r.in_quote[k - 2] == -1):
            return h
        if r.tokens[k - 2] == "," and k - 3 >= floor and (named := r.entity(k - 3)) is not None \
                and named.kind == "person" and r.in_quote[k - 3] == -1:
            return k - 3  # "Jack Smit, from the group Project SafeCom says": the person the complement describes
        owner = r.entity(k - 2)
        if owner is not None and owner is not entity and owner.kind == "person":
            return k - 2  # "Greg Abbott of Texas"
        if owner is None and r.tags[k - 2] in ("NN", "NNS") and r.tokens[k - 2].lower() not in STATEMENT_NOUNS:
            return k - 2  # "officials in Kabul"; not a title that runs into a name ("Speaker of the House Paul Ryan")
        if owner is None or owner is entity:
            return h
        entity = owner  # "the Armenian Patriarchate of Jerusalem": one more complement
        h = k - 2
    return h


def person_before(r: Reading, comma: int) -> str | None:
    """A person's name ending just before a comma and starting just after another one."""
    if comma < 1 or r.in_quote[comma - 1] != -1:
        return None
    entity = r.entity(comma - 1)
    if entity is None or entity.kind != "person":
        return None
    k = comma - 1
    while k > 0 and r.entity(k - 1) is entity:
        k -= 1
    for _ in range(3):  # a title the name leaves out: "a spokeswoman, Dr. Anna White,", "Sheikh Rashid"
        if k > 1 and r.in_quote[k - 1] == -1 and r.entity(k - 1) is None and (
                r.tokens[k - 1].lower().rstrip(".") in PERSON_TITLES or r.tokens[k - 1] == "."
                or r.tags[k - 1] == "NNP" and r.tokens[k - 1].isalpha() and r.tokens[k - 1].istitle()):
            k -= 1
    return entity.name if k > 0 and r.tokens[k - 1] == "," else None


# --------------------------------------------------------------------------- the subject after a cue


def speaker_right(r: Reading, cue: int, ceiling: int) -> str | None:
    """The subject after a cue: "“…,” said X", "according to X"."""
    if named := name_after_title(r, cue, ceiling):
        return named
    h = cue + 1
    if r.tokens[cue].lower() == "according" and h < ceiling and r.tokens[h].lower() == "to":
        h += 1
    while h < ceiling and r.in_quote[h] == -1 and (
            r.tags[h] in ("DT", "JJ", "PRP$", "CD", "JJS", "JJR")
            or (r.tags[h] == "VBN" and h + 1 < ceiling and r.tags[h + 1] in ("NN", "NNP", "JJ"))  # "retired"
            or (r.tags[h] == "VBG" and r.tags[h - 1] in ("DT", "JJ") and h + 1 < ceiling
                and r.tags[h + 1] in ("NN", "NNP", "JJ"))  # "another leading Supreme Court advocate"
            or (h + 2 < ceiling and r.tokens[h + 1] == "." and r.tokens[h].lower() in PERSON_TITLES
                and r.tokens[h + 2][:1].isupper())  # "Sen. Ted Cruz", not "said the nominee."
            or (r.tokens[h] == "." and h > cue + 1 and r.tokens[h - 1].lower() in PERSON_TITLES)):
        h += 1
    if h >= ceiling or r.in_quote[h] != -1 or r.tags[h] not in HEAD_TAGS:
        return None
    # extend to the end of the noun run ("Michael Baselice", "his campaign manager Jeff Weaver")
    if r.tags[h] != "PRP":
        while h + 1 < ceiling and r.in_quote[h + 1] == -1 and (
                r.tags[h + 1] in ("NNP", "NNPS", "NN", "NNS")
                or (r.tokens[h + 1] == "." and (len(r.tokens[h]) == 1 and r.tokens[h].isupper()
                                                or r.tokens[h].lower() in PERSON_TITLES)
                    and h + 2 < ceiling and r.tokens[h + 2][:1].isupper())):
            h += 1
    # a place as a modifier: "explained Los Angeles-based attorney Edgar Martirosyan": the person after it
    k = h + 1
    while k < ceiling and k - h <= 4 and r.in_quote[k] == -1 and (
            r.tags[k] == "JJ" or (r.tags[k] in ("NN", "NNS") and r.tokens[k][:1].islower())):
        k += 1
    if k > h + 1 and k < ceiling and r.in_quote[k] == -1 and r.tags[k] == "NNP" \
            and (person := r.entity(k)) is not None and person.kind == "person" and r.entity(h) is not person:
        h = k
        while h + 1 < ceiling and r.entity(h + 1) is person:
            h += 1
    # a possessor is not the speaker: "said Clinton’s top aide Jake Sullivan"
    if h + 2 < ceiling and r.tokens[h + 1] in ("’s", "'s"):
        k = h + 2
        while k < ceiling and r.tags[k] in ("JJ", "NN", "NNS", "NNP", "NNPS") and r.in_quote[k] == -1:
            k += 1
        if k > h + 2:
            h = k - 1
    if r.tags[h] in ("NN", "NNS") and h + 1 < ceiling and r.tags[h + 1] in ("NNP", "NNPS"):
        h += 1
        while h + 1 < ceiling and r.tags[h + 1] in ("NNP", "NNPS"):
            h += 1
    named = _known_as(r, h, ceiling)
    return named or name_of_np(r, h)


def _known_as(r: Reading, h: int, ceiling: int) -> str | None:
    """"said the base chief known as Bob", "wrote a man calling himself Paul Paul": the name the phrase gives."""
    k = h + 1
    if k + 1 < ceiling and r.tokens[k].lower() == "known" and r.tokens[k + 1].lower() == "as":
        k += 2
    elif k + 1 < ceiling and r.tokens[k].lower() in ("calling", "called", "named") \
            and r.tokens[k + 1].lower() in ("himself", "herself", "themselves"):
        k += 2
    elif k < ceiling and r.tokens[k].lower() == "named":
        k += 1
    else:
        return None
    if k < ceiling and r.in_quote[k] == -1 and r.tags[k] in ("NNP", "NNPS"):
        j = k
        while j + 1 < ceiling and r.tags[j + 1] in ("NNP", "NNPS") and r.in_quote[j + 1] == -1:
            j += 1
        doc = r.doc
        entity = r.entity(j)
        return entity.name if entity is not None else doc.text[doc.starts[k]:doc.ends[j]]
    return None


# --------------------------------------------------------------------------- who a noun phrase names


class NounPhrase:
    """A noun phrase read from its head token leftwards: its words, its entity, its extent."""

    def __init__(self, r: Reading, head: int) -> None:
        self.r = r
        self.head = head
        self.token = r.tokens[head]
        self.low = self.token.lower()
        self.tag = r.tags[head]

    @cached_property
    def entity(self):
        return self.r.entity(self.head)

    @cached_property
    def first(self) -> int:
        """The phrase's first token: "a *spokeswoman*" <- "a", "the Clinton *campaign*" <- "the"."""
        r, first = self.r, self.head
        text, starts, ends = r.doc.text, r.doc.starts, r.doc.ends
        while first - 1 >= 0 and r.in_quote[first - 1] == -1 and (r.tags[first - 1] in NP_TAGS
                                                                  or r.tokens[first - 1] in ("’s", "'s")) \
                and r.tags[first - 1] != "VBN" and "\n" not in text[ends[first - 1]:starts[first]]:
            first -= 1  # a phrase never runs back over a paragraph break ("10:10 a.m. ¶ A top Trump adviser")
            if r.tokens[first].lower() in ("the", "a", "an") and first - 1 >= 0 \
                    and r.tags[first - 1] in ("NN", "NNS", "NNP", "NNPS"):
                break  # an article opens its phrase: "Asked if they were a better team today the coach replied"
        return first

    @cached_property
    def last(self) -> int:
        """The phrase's last token with its complement: "a longtime *adviser to Trump*"."""
        r, last = self.r, self.head
        k = self.head + 1
        if k + 1 < len(r.tokens) and r.tokens[k].lower() in ("close", "familiar", "loyal", "near"):
            k += 1
        if k + 1 < len(r.tokens) and r.tokens[k].lower() in ("of", "to", "for", "at", "with", "from") \
                and r.in_quote[k + 1] == -1:
            k += 1
            while k < len(r.tokens) and r.in_quote[k] == -1 and (
                    r.tags[k] in NP_TAGS | {"NNP", "NNPS"} or _abbreviation_dot(r, k)):
                k += 1
            last = k - 1
        return last


def _abbreviation_dot(r: Reading, k: int) -> bool:
    """The period of "George W. Bush", "Mr. Clinton" inside a noun phrase (a capitalised word follows)."""
    return r.tokens[k] == "." and k + 1 < len(r.tokens) and r.tokens[k + 1][:1].isupper() \
        and (len(r.tokens[k - 1]) == 1 and r.tokens[k - 1].isupper() or r.tokens[k - 1].lower() in PERSON_TITLES) \
        and "\n" not in r.doc.text[r.doc.ends[k]:r.doc.starts[k + 1]]


def _pronoun(np: NounPhrase) -> str | None:
    """"he" and "she" resolve to a person; other pronouns name nobody."""
    if np.tag == "PRP" or np.low in PRONOUNS or np.low in PLURAL_PRONOUNS:
        if np.low in ("he", "she"):
            return resolve_pronoun(np.r, np.head) or NOBODY
        if np.low == "it":
            return _body_before(np.r, np.head) or NOBODY
        if np.low == "they":
            return _group_before(np.r, np.head) or NOBODY
        return NOBODY
    return None


def _subject_before(r: Reading, index: int) -> str | None:
    """The subject of the sentence before the one in which the pronoun at `index` is the subject of a speech verb
    (same or next paragraph, not after a fronted clause of its own), as written; None when there is none."""
    doc = r.doc
    s = doc.token_sentence[index]
    if s == 0 or doc.sentences[s].paragraph - doc.sentences[s - 1].paragraph > 1:
        return None
    if index > 0 and r.tokens[index - 1].lower() in ("what", "which", "that", "as"):
        return None  # "a company which specializes in what it calls “...”": the relative clause's own antecedent
    k = index + 1
    while k < len(r.tokens) and (r.tags[k] in ("RB", "MD") or r.tokens[k].lower() in SKIPPABLE_BEFORE_CUE):
        k += 1
    if k not in r.cue_lemmas:
        return None  # "it" is the subject of a speech verb ("it also said"), not of another clause
    subject = sentence_subject(r, s - 1)
    before = doc.sentences[s - 1]
    lead = doc.text[before.start:doc.text.find(subject, before.start)] if subject else ""
    if not subject or not re.fullmatch(r"(?:.*, )?(?:[Tt]he )?", lead):
        return None  # the sentence's own subject, after nothing or a fronted clause ("Although ..., the company")
    return subject


def _body_before(r: Reading, index: int) -> str | None:
    """"..., the company stopped taking bookings. ¶ However, it also said that trading was “difficult”": "it" as a
    speaker is the organisation that is the subject of the sentence before (an organisation's name, or a phrase whose
    last word is an organisation's: `name_lists.ORG_WORDS`, "company", "firm"), else nobody."""
    subject = _subject_before(r, index)
    if subject is None:
        return None
    entity = r.entity_by_name.get(subject)
    if entity is not None:
        return subject if entity.kind == "organisation" else None
    words = subject.split()
    if words[0].lower() == "the" and words[-1].lower() in ORG_WORDS | _BODY_NOUNS:
        return subject
    return None


def _group_before(r: Reading, index: int) -> str | None:
    """"Prosecutors told the court the boy was dangerous. They said it would be “unfair”": "they" as a speaker is
    the group of people that is the subject of the sentence before (a plural whose singular is a person's noun or
    title: "prosecutors", "the boy's lawyers", "police"), else nobody."""
    subject = _subject_before(r, index)
    entity = r.entity_by_name.get(subject) if subject else None
    if subject is None or entity is not None and not entity.common and entity.kind in ("person", "place"):
        return None
    head = subject.split()[-1].lower()
    if head == "police":
        return subject
    bases = morphy(head, "n") if head.endswith("s") else []
    return subject if any(b != head and (b in GROUP_NOUNS or b in PERSON_NOUNS or b in PERSON_TITLES)
                          for b in bases) else None


_BODY_NOUNS = {"firm", "airline", "carrier", "operator", "business", "retailer", "manufacturer", "insurer", "council",
               "charity", "regulator", "hospital", "institution", "organisation", "organization", "agency"}


def _not_a_speaker(np: NounPhrase) -> str | None:
    """"there", "everyone", "something": no speaker."""
    return NOBODY if np.low in NOT_SPEAKERS else None


def _named(np: NounPhrase) -> str | None:
    """A name: the entity's fullest name (a place only when the head itself is a proper noun)."""
    entity = np.entity
    if entity is not None and entity.kind != "place" or (entity is not None and np.tag in ("NNP", "NNPS")):
        if entity.kind == "person" and np.token != entity.words[0]:
            start = np.r.doc.starts[np.head]
            if np.r.entity(np.head - 1) is not entity if np.head > 0 else True:  # a bare surname: "says Smith"
                title = " ".join(np.r.doc.tokens[max(0, np.head - 2):np.head]).lower().replace(" .", ".").split()[-1:]
                title = title[0] if title else ""  # "Mr." or "Mr ." before the surname
                entity = np.r.same_surname(entity, np.token, start, "male" if title in MALE_TITLES else
                                           "female" if title in FEMALE_TITLES else None)
        return entity.name
    return None


def _author_of_statement(np: NounPhrase) -> str | None:
    """"reads Judge Miller's statement", "the company's release said": a statement speaks with its author's
    voice, the possessor before it."""
    r = np.r
    if np.low not in STATEMENT_NOUNS:
        return None
    k = np.head - 1
    while k > np.first and r.tags[k] in ("JJ", "NN") and r.tokens[k].islower():
        k -= 1  # "Judge Miller's written statement", "the firm's press release"
    if k - 1 >= 0 and r.tokens[k] in ("’s", "'s") and r.in_quote[k - 1] == -1 \
            and r.tags[k - 1] in ("NN", "NNP", "NNPS"):
        return name_of_np(r, k - 1)
    if r.tags[k] == "PRP$" and r.tokens[k].lower() in ("his", "her", "their"):
        return resolve_pronoun(r, k)  # "her letter"
    return None


def _part_of(np: NounPhrase) -> str | None:
    """"Part of the judge's statement reads “…”", "an excerpt from her letter": whoever the whole speaks for."""
    r = np.r
    if np.low not in _PART_NOUNS or np.head + 2 >= len(r.tokens) or r.tokens[np.head + 1].lower() not in ("of", "from"):
        return None
    k = np.head + 2
    while k + 1 < len(r.tokens) and r.in_quote[k + 1] == -1 and r.tokens[k].lower() not in STATEMENT_NOUNS and (
            r.tags[k + 1] in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$") or r.tokens[k + 1] in ("’s", "'s")):
        k += 1  # up to the statement ("of her letter reads": not the verb read as a plural noun)
    return name_of_np(r, k) if r.tags[k] in ("NN", "NNS", "NNP", "NNPS") and r.in_quote[k] == -1 else None


_PART_NOUNS = frozenset({"part", "parts", "portion", "excerpt", "excerpts", "passage", "section", "rest"})


def _date(np: NounPhrase) -> str | None:
    """"on Monday": a date is not a speaker."""
    return NOBODY if np.low in DAYS_MONTHS else None


def _linked_title(np: NounPhrase) -> str | None:
    """"the Chinese president", when the article links the title to a person."""
    entity = np.r.entity(np.first)
    if entity is not None and entity.kind == "person" and np.r.tokens[np.first].lower() == "the":
        return entity.name
    return None


def _not_a_noun(np: NounPhrase) -> str | None:
    return NOBODY if np.tag not in ("NN", "NNS", "NNP", "NNPS") else None


def _name_before(np: NounPhrase) -> str | None:
    """"Nate Silver, the polling guru who founded a site, tweeted": the person before the apposition."""
    r, first = np.r, np.first
    if first >= 4 and r.tokens[first - 1] == "," and r.tags[first - 2] == "CD" and r.tokens[first - 3] == ",":
        first -= 2  # "Cecelia Purner, 67, a retired customer service representative"
    if first >= 2 and r.tokens[first - 1] == ",":
        named = r.entity(first - 2)
        if named is not None and named.kind == "person" and not object_of_fronted_phrase(r, first - 2, named):
            return named.name
    return None


def _name_after(np: NounPhrase) -> str | None:
    """"his best friend at Lehigh, Bruce Turry": the name in apposition."""
    r, last = np.r, np.last
    if last + 2 < len(r.tokens) and r.tokens[last + 1] == ",":
        k = last + 2
        while k < min(last + 5, len(r.tokens) - 1) and r.tags[k] in ("NN", "JJ") and r.tokens[k].islower():
            k += 1  # "Clinton's introducer, actress Jamie Lee Curtis"
        named = r.entity(k)
        if named is not None and named.kind == "person" and r.in_quote[k] == -1:
            return named.name
    return None


def _title_given_before(np: NounPhrase) -> str | None:
    """"The Chinese Premier said" after "Chinese Premier Wen Jiabao", "the Minister" after "Minister of State for
    Finance Bhagwat Karad": the latest person the article named with the same title (`helpers.quotes.titles`)."""
    r = np.r
    words = [w.lower() for w in r.tokens[np.first + 1:np.head + 1]]
    article = r.tokens[np.first].lower()
    if article not in ("the", "a", "an") or np.last != np.head or not 1 <= len(words) <= 3:
        return None
    appositive = words[-1] in ROLE_HEADS and not any(w[:1].isupper() for w in r.tokens[np.first + 1:np.head])
    if article != "the":  # "A minister has lashed out … ¶ Huw Merriman, a transport minister, also …"
        entity = apposition_holder(r, np.first, words) if appositive else None
    else:
        entity = title_holder(r, np.first, words) or described_subject(r, np.first, words)
    return entity.name if entity is not None else None


def _the_phrase(np: NounPhrase) -> str:
    """"a spokeswoman", "the Clinton campaign", "a longtime adviser to Trump": the phrase itself."""
    doc = np.r.doc
    phrase = doc.text[doc.starts[np.first]:doc.ends[np.last]]
    return phrase if phrase.lower() not in NOT_SPEAKERS else NOBODY


_NAMING_RULES = (_pronoun, _not_a_speaker, tied_description, _named, _author_of_statement, _part_of, _date,
                 _linked_title, _not_a_noun, _name_before, _name_after, _title_given_before, _the_phrase)


def name_of_np(r: Reading, head: int) -> str | None:
    """The speaker a noun phrase names: an entity's full name, a resolved pronoun, or the phrase."""
    np = NounPhrase(r, head)
    for rule in _NAMING_RULES:
        decided = rule(np)
        if decided is not None:
            return decided or None
    return None


def resolve_pronoun(r: Reading, index: int) -> str | None:
    """He/she -> the most recent compatible person mentioned outside quotations (not the noun the
    pronoun's own clause describes: in "Putin – a man he has described", "he" is not Putin)."""
    gender = PRONOUNS.get(r.tokens[index].lower())
    offset = r.doc.starts[index]
    nominal = _nominal_antecedent(r, index, gender)
    if nominal:
        return nominal
    subject = subject_antecedent(r, index, gender)
    if subject is not None:
        return subject.name
    paragraph = r.doc.sentences[r.doc.token_sentence[index]].paragraph
    i = bisect_left(r.person_starts, offset) - 1
    while i >= 0:
        start, end, entity = r.person_mentions[i]
        i -= 1
        if end > offset or r.inside_quote(start):
            continue
        mentioned_in = r.doc.sentences[r.doc.sentence_index_at(start)].paragraph
        if mentioned_in != paragraph and r.is_heading(mentioned_in):
            continue  # a name in a heading or caption is not what "he" in the text refers to
        if offset - start > 3000:
            return None
        if entity.gender not in (None, gender) or entity.kind not in ("person", "other") or entity.common:
            continue  # a group ("New Yorkers went to the polls") is no "he" or "she"
        if entity.kind == "other" and entity.gender is None and id(entity) not in r.subjects:
            continue  # "Univision", "Common Core": an unknown name that never speaks is no antecedent
        if _modifies_noun(r, end):
            continue  # "the Trump campaign", "Clinton aides": the name describes a noun; it is not the one meant
        between = r.doc.text[end:offset]
        if re.fullmatch(r"\s*[–—,]\s*(?:(?:a|an|the|who|whom|that)\s+)?(?!\w+\s+which\b)(?:\w+\s+){0,2}", between):
            continue  # the apposition's head: "Putin – a man he ...", not "a report by Pete Williams, in which he said"
        if entity.kind == "other" and entity.gender is None:
            person = _described_person(r, i, start, gender)
            if person is not None:
                return person.name
        return entity.name
    person = cataphoric_subject(r, index, gender)  # "“…,” he said. ¶ Opposition leader Mark Hensley was speaking"
    return person.name if person is not None else None


def _nominal_antecedent(r: Reading, index: int, gender: str | None) -> str | None:
    """"Another male witness described the events. ¶ “I could see ...,” he said.": the subject of the sentence
    before the pronoun's, when it is an indefinite noun phrase for a person (`cues.PERSON_NOUNS`, titles: "a",
    "another", "one") of the pronoun's gender, and neither that sentence nor the pronoun's own names a person
    outside quotations."""
    doc = r.doc
    s = doc.token_sentence[index]
    if s == 0:
        return None
    before, own = doc.sentences[s - 1], doc.sentences[s]
    for k in range(before.first_token, index):
        if r.in_quote[k] == -1 and (e := r.entity(k)) is not None and e.kind in ("person", "other"):
            return None
    if any(r.in_quote[k] != -1 for k in range(before.first_token, before.last_token)) or own.paragraph - \
            doc.sentences[s - 1].paragraph > 1:
        return None
    subject = sentence_subject(r, s - 1)
    if not subject or subject in r.entity_names:
        return None
    if subject.split()[0].lower() not in ("a", "an", "another", "one"):
        return None  # "the senator", "the candidate": a title the text has given a person it named
    words = {w.lower() for w in re.findall(r"[A-Za-z-]+", subject)}
    if not words & (PERSON_NOUNS | PERSON_TITLES) or words & {"of", "for", "from", "at", "in", "to"}:
        return None
    said = MALE_NOUNS if gender == "male" else FEMALE_NOUNS
    other = FEMALE_NOUNS if gender == "male" else MALE_NOUNS
    return subject if not words & other or words & said else None


def _described_person(r: Reading, i: int, start: int, gender: str | None):
    """The person a name at `start` describes in apposition ("Jenny Randerson, Welsh Liberal Democrats transport
    spokesperson"): "she" is the person, not the party. `i` indexes the person mentions before it."""
    while i >= 0:
        s, end, entity = r.person_mentions[i]
        i -= 1
        if end > start:
            continue
        if entity.kind == "person" and entity.gender in (None, gender) and not r.inside_quote(s) \
                and re.fullmatch(r",\s*(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,3}", r.doc.text[end:start]):
            return entity
        return None
    return None


def _modifies_noun(r: Reading, end: int) -> bool:
    """A name ending at `end` followed at once by a lowercase common noun: a modifier ("the Trump *campaign*"). The
    noun must be one in WordNet and no past form of a verb: a verb the tagger calls a noun ("Anna White *strode*",
    "John Smith *sang*") leaves the name the subject."""
    t = bisect_left(r.doc.starts, end)
    if not (t < len(r.tokens) and r.doc.starts[t] == end + 1 and r.tags[t] in ("NN", "NNS")
            and r.tokens[t].isalpha() and r.tokens[t].islower()):
        return False
    word = r.tokens[t]
    nouns, verbs = morphy(word, "n"), morphy(word, "v")
    # "sang", "left": nouns too, but first the past of a verb (not "meeting", "aides", "mills")
    verb_form = bool(verbs) and word not in verbs and not word.endswith(("ing", "s")) and word in nouns
    return bool(nouns) and not verb_form


# --------------------------------------------------------------------------- subjects of clauses


def clause_subject(r: Reading, t: int) -> str | None:
    """The subject of the nearest finite verb before token t ("Mr. Trump was prompted to say",
    "Silverman was joined by Franken and joked"), else the sentence's subject."""
    sentence = r.doc.sentences[r.doc.token_sentence[t]]
    k = t - 1
    while k >= sentence.first_token:
        if r.in_quote[k] != -1:
            break
        if r.tags[k] in ("VBD", "VBZ", "VBP", "MD"):
            embedded = complement_start(r, k, sentence.first_token)
            if embedded is None and r.tags[t - 1] != "IN":  # ", asserting" after "announced that … if his party is"
                embedded = subordinate_clause_start(r, k, sentence.first_token)
            if embedded is not None:
                k = embedded - 1  # "Reid denied that the document signalled any change, stating": not the document
                continue
            speaker = speaker_left(r, k, sentence.first_token)
            if speaker:
                return speaker
            break
        k -= 1
    return sentence_subject(r, r.doc.token_sentence[t])


def complement_start(r: Reading, verb: int, floor: int) -> int | None:
    """The token opening the complement clause whose finite verb is `verb` ("denied *that* the document signalled",
    "said *whether* the plan works"), or None when the verb's subject opens no such clause."""
    k = verb - 1
    while k >= floor and r.tags[k] in ("RB", "MD") and r.tokens[k].islower():
        k -= 1
    while k >= floor and r.in_quote[k] == -1 and (r.tags[k] in NP_TAGS or r.tags[k] in ("NNP", "PRP", "PRP$")
                                                  or r.tokens[k] in ("’s", "'s")) and r.tags[k] != "VBN":
        k -= 1
    if k < verb - 1 and k > floor and r.tokens[k].lower() in ("that", "whether") \
            and (r.tags[k - 1].startswith("VB") or r.tags[k - 1] in ("NN", "NNS")):
        return k  # "denied that ...", "refuted the criticism that ...", "the plan that ..."
    return None


def sentence_subject(r: Reading, sentence_index: int) -> str | None:
    """The first noun phrase before the first verb of a sentence (for "..., saying “…”")."""
    s = r.doc.sentences[sentence_index]
    start = s.first_token
    if r.tokens[start].lower() in SUBORDINATORS:
        # "As the crowd began to chant, Silverman ... joked": the main clause follows the comma
        comma = next((k for k in range(start, s.last_token) if r.tokens[k] == ","), None)
        if comma is not None:
            start = comma + 1
    for t in range(start, s.last_token):
        if r.in_quote[t] != -1:
            return None
        verb_like = r.tags[t] in ("VBD", "VBZ", "VBP", "MD") or (
            r.tags[t] == "NNS" and t > start and r.tags[t - 1] == "NNP" and r.tokens[t].islower())
        if verb_like:  # "Perez lobbies ...": the tagger may call a verb after a name a plural noun
            speaker = speaker_left(r, t, start)
            if speaker:
                return speaker
    return None
