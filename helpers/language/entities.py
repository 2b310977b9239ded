"""Who and what an article names: people, places and organisations, with every mention of each.

nltk's named-entity chunker (`ne_chunk`) is not available offline, so names are found from what the
article itself shows:
- runs of capitalised proper-noun tokens (Penn tags NNP/NNPS from nltk's perceptron tagger);
- the article's own full-name introductions: after "Xi Jinping", a bare "Xi" (or "Mr. Xi") is the same
  person, and the entity is reported by its fullest form;
- titles and honorifics in front of a name ("Chinese President Xi Jinping", "Sen. Ted Cruz", "Ms. White")
  and appositions ("Alexander Gabuev, the director of ...", "a spokeswoman, Anna White,"), which make a
  person, give a gender (Mr/Ms) and link the title: a later "the Chinese president" is a mention of Xi;
- nltk's `names` corpus (first names by sex) and the pronouns that follow a name, for person and gender;
- small word lists (below) for organisations and places.

Everything is computed once per `Document` and cached, so the quotes and the words analyses share it.
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from helpers.language.cues import cue_lemma, speaks_at
from helpers.language.fastscan import finditer_where
from helpers.language.gazetteer import adjective as _adjective, english_word as _english_word, kinds as _kinds_of
from helpers.language.kind_evidence import place_opening_title, place_part_alone
from helpers.language.name_kinds import _ORG_SUFFIXES, _PLACE_PREPOSITIONS, STREET_ENDS, initial_kind, settle_kinds
from helpers.language.name_lists import (FIGURE_CODES, FEMALE_TITLES, GEO_WORDS, MALE_TITLES, NOT_NAMES, ORG_WORDS,
                                         NAME_PARTICLE, OFFICE_WORDS, PERSON_TITLES, PLACES, QUANTIFIERS, _HONORIFICS,
                                         first_names)
from helpers.language.name_people import name_joins, nickname_key, shared_surname
from helpers.language.name_offices import complement_word, demonym_like as _demonym_like, front_split, group_only, \
    imperative, is_title
from helpers.language.name_spans import compound_names, headline, headline_names, person_after_organisation
from helpers.language.segment import Document
from helpers.language.transcript import label_tokens

_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}
_NAME_TAGS = ("NNP", "NNPS")
_CONNECTORS = {"of", "for", "and", "to", "de", "del", "la", "van", "von", "bin", "al", "&"}


@dataclass
class Entity:
    """One named thing: its fullest name in the article, its kind, gender, and every mention."""

    name: str
    kind: str  # "person" | "place" | "organisation" | "other"
    gender: str | None = None  # "male" | "female" | "plural" (a family: "the Clintons") | None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # clean-text spans
    titles: set[str] = field(default_factory=set)  # lower-case title words linked to the entity
    title_mentions: set[tuple[int, int]] = field(default_factory=set)  # "the Chinese president": no name
    common: bool = False  # a group ("Serbs") or a common noun with a capital ("Internet"): not in `names`
    mention_kinds: dict[tuple[int, int], str] = field(default_factory=dict)  # "his namesake band, Van Halen"

    @property
    def words(self) -> list[str]:
        return self.name.split()


@dataclass
class _Mention:
    start: int
    end: int
    words: list[str]
    first_token: int
    last_token: int  # exclusive
    title: list[str]


# --------------------------------------------------------------------------- finding names

def _is_cap(token: str) -> bool:
    return token[:1].isupper()


_LOWER_SUFFIX = re.compile(r"-[a-z]+$")  # "Kremlin-backed", "Pro-choice": not a name


@dataclass
class _Scan:
    """What the name rules read about one article, computed once per `_name_runs`."""

    doc: Document
    tokens: list[str]
    tags: list[str]
    capitalised: list[int]  # positions of the capitalised tokens, in order: where a name can begin
    caps: set[int]
    inner_caps: set[str]  # capitalised words seen inside sentences (not after an opener)
    lower_words: set[str]  # words the article writes in lower case

    @classmethod
    def of(cls, doc: Document) -> _Scan:
        tokens = doc.tokens
        capitalised = [j for j, t in enumerate(tokens) if t[:1].isupper() or NAME_PARTICLE.match(t)]  # "el-Sisi"
        return cls(doc, tokens, doc.tags, capitalised, set(capitalised), _inner_capitals(doc, capitalised),
                   set(filter(str.islower, tokens)))


# ---- is token j a name word? Rules in order; the first that decides (True/False) wins, None passes.
# j is capitalised (`_is_name` checks); `first` is its sentence's first token; `in_run`: a name precedes it.

def _function_word(s: _Scan, j: int, first: int, in_run: bool) -> bool | None:
    """A pronoun, determiner, preposition, a word of NOT_NAMES or "Kremlin-backed": a name only as a title."""
    tok = s.tokens[j]
    if _month_surname(s, j, in_run):
        return None
    if s.tags[j] in _NEVER_NAME_TAGS or tok.lower() in NOT_NAMES or ("-" in tok and _LOWER_SUFFIX.search(tok)):
        return _title_word(tok, j, s.doc)
    return None


def _currency_prefix(s: _Scan, j: int, first: int, in_run: bool) -> bool | None:
    """ "AU$5", "NZ$3m", "HK$": capitals written against a dollar sign say which dollar, no name."""
    if j + 1 < len(s.tokens) and s.tokens[j + 1] == "$" and s.doc.ends[j] == s.doc.starts[j + 1] \
            and len(s.tokens[j]) <= 3 and s.tokens[j].isupper():
        return False
    near = (s.tokens[k] for k in (j - 1, j + 1) if 0 <= k < len(s.tokens))
    if s.tokens[j] in FIGURE_CODES and any(t[:1].isdigit() or t in FIGURE_CODES for t in near):
        return False  # "USD 250 billion", "(97,676.27 USD)": a currency's code; "$5.3 Mln": a magnitude
    return None


_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _month_surname(s: _Scan, j: int, in_run: bool) -> bool:
    """ "Theresa May": a month word after a first name (nltk's names) is a surname, not a date ("Anna May 5");
    "Judge June Jelas": one that is a first name, between a title and a capital, is a first name."""
    nxt, low = s.tokens[j + 1] if j + 1 < len(s.tokens) else "", s.tokens[j].lower()
    return in_run and low in _MONTHS and not nxt[:1].isdigit() and (s.tokens[j - 1].lower() in first_names() or (
        nxt[:1].isupper() and low in first_names() and is_title(s.tokens[j - 1])))


def _capital_inside_sentence(s: _Scan, j: int, first: int, in_run: bool) -> bool | None:
    """The tagger misses foreign names ("Xi Jinping" -> NN VBG): a capital inside a sentence (or inside a
    run, or a title word) is a name."""
    if in_run or (j != first and s.tokens[j - 1] not in _OPENERS) or _title_word(s.tokens[j], j, s.doc):
        return True
    return None


def _acronym(s: _Scan, j: int, first: int, in_run: bool) -> bool | None:
    """ "(AP)", "the IMF", "NATO" after an opener: two to five capitals are a name wherever they stand."""
    tok = s.tokens[j]
    if 2 <= len(tok) <= 5 and tok.isalpha() and tok.isupper() and s.tags[j] in _NAME_TAGS:
        return True
    return None


def _written_in_lower_case(s: _Scan, j: int, first: int, in_run: bool) -> bool | None:
    """ "Voters", "Balloting" opening a sentence: the article also writes the word in lower case."""
    low = s.tokens[j].lower()
    if low in s.lower_words and low not in PLACES:
        return False
    return None


def _known_name(s: _Scan, j: int, first: int, in_run: bool) -> bool | None:
    """Capitalised inside another sentence, a place, or a first name (nltk's names)."""
    tok = s.tokens[j]
    if tok in s.inner_caps or tok.lower() in PLACES and not place_part_alone(s.tokens, j) \
            or tok.lower() in first_names():
        return True
    return None


def _imperative_verb(s: _Scan, j: int, first: int, in_run: bool) -> bool | None:
    """ "Contact SFGATE", "Visit Amazon", "Follow NBC News" opening a sentence: a verb in its base form
    (WordNet's, no name it knows) before a capital is an instruction, no part of the name after it."""
    nxt = s.tokens[j + 1] if j + 1 < len(s.tokens) else ""
    if not in_run and (j == first or s.tokens[j - 1] in _OPENERS) and _is_cap(nxt) and not is_title(nxt) \
            and imperative(s.tokens[j]):  # "Finance Minister X": an office
        return False
    return None


def _opener_tag(s: _Scan, j: int, first: int, in_run: bool) -> bool | None:
    """ "Still", "Asked", "Fewer" opening a sentence: adverbs, verbs, comparatives, numbers."""
    return False if s.tags[j] in _OPENER_TAGS else None


def _looks_like_a_name(s: _Scan, j: int, first: int, in_run: bool) -> bool | None:
    """At a sentence start: a name when the next word is capitalised too, or when a proper noun is
    followed by a verb, a possessive or a comma, or by a speech cue ("Gabuev said"); a dateline in capitals
    before AP's and the Times's dash ("HOLLYWOOD _ Ask the agents")."""
    tokens, tags = s.tokens, s.tags
    nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
    nxt_tag = tags[j + 1] if j + 1 < len(tags) else ""  # the article's last word has no next word
    return (_is_cap(nxt) and nxt_tag not in _NEVER_NAME_TAGS and nxt.lower() not in NOT_NAMES) \
        or (nxt == "_" and tokens[j].isupper() and len(tokens[j]) > 1) \
        or (tags[j] in _NAME_TAGS and (nxt_tag.startswith(("VB", "MD", "POS")) or nxt in (",", "’s", "'s"))) \
        or (cue_lemma(nxt) is not None and cue_lemma(nxt) != "according to")


_NAME_RULES = (_currency_prefix, _function_word, _capital_inside_sentence, _acronym, _written_in_lower_case,
               _known_name, _imperative_verb, _opener_tag, _looks_like_a_name)


def _is_name(s: _Scan, j: int, first: int, in_run: bool) -> bool:
    """Token j can be (part of) a name or a title in front of one: the first rule that decides."""
    if j not in s.caps:
        return False  # neither a name nor a (capitalised) title word
    for rule in _NAME_RULES:
        decided = rule(s, j, first, in_run)
        if decided is not None:
            return decided
    return False


# ---- from a run of name words to a mention: each step small and separate

_ORG_ENDS = ORG_WORDS | _ORG_SUFFIXES  # words that end an organisation's name ("Association", "Airways")


def _run_end(s: _Scan, i: int, sentence) -> int:
    """Token i is a name: the run goes on while the next token is one, or links two names."""
    j = i + 1
    while j < sentence.last_token and (_is_name(s, j, sentence.first_token, True)
                                       or _inside_name(s.tokens, s.tags, j, sentence.last_token)) \
            and not person_after_organisation(s.tokens, j, sentence.last_token, _ORG_ENDS):
        j += 1
    return j


@lru_cache(maxsize=20_000)  # a name is written again and again in an article, and across a corpus's articles
def _title_split(words: tuple[str, ...], tags: tuple[str, ...]) -> int:
    """How many words in front are an office or an affiliation, no name: "Chinese President Xi Jinping" -> 2,
    "Secretary of State Hillary Clinton" -> 3, "Democrat Zephyr Teachout" -> 1 (`name_offices.FRONT_RULES`);
    or an office that only a later title shows ("Federal Reserve Chairman Alan Greenspan"); not in a street's.
    `tags`: the words' own tags."""
    inner = 0 if words[-1].lower() in STREET_ENDS else _inner_title_split(list(words))
    split = max(front_split(list(words), list(tags), 0), inner)
    while split < len(words) and words[split] == ".":
        split += 1
    return split


_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})


def _nationality(word: str) -> bool:
    """ "Kenyan", "Norwegian", "South" (of "South African"): a word that may stand before a person's name."""
    return _demonym_like(word) or word.lower() in _COMPASS or _adjective(word) or _kinds_of(word)[:1] == ["member"]


def _inner_title_split(words: list[str]) -> int:
    """No title in front, but one further in: "Works Minister Datuk Railey Jeffrey", "Federal Reserve Chairman
    Alan Greenspan" -> the words up to the title describe the office; or nationalities before a first name:
    "Kenyan Steve Riungu" -> 1 (not "Somali Red Crescent": "crescent" is an English word). 0 when neither."""
    lows = [w.lower().rstrip(".") for w in words]
    for p in range(len(words) - 2, 0, -1):
        if lows[p] in PERSON_TITLES and lows[p] != "press" and words[p][:1].isupper() and _is_cap(words[p + 1]) \
                and lows[p + 1] not in ORG_WORDS and lows[p + 1] not in PERSON_TITLES:
            return p + 1
    for p in range(1, len(words) - 1):
        if lows[p] in first_names() and all(_nationality(w) for w in words[:p]) and _given_names(words[p + 1:]):
            return p
        if not _nationality(words[p]):
            break
    return 0


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                          "former", "new", "then"})


def _title_is_the_name(s: _Scan, i: int, words: list[str]) -> bool:
    """A run of titles only names someone when its last title is a surname used alone: after an honorific
    ("Dr. King") or with no determiner in front ("King was assassinated"; not "the King", "a Senator")."""
    lows = [w.lower().rstrip(".") for w in words if w != "."]
    last = lows[-1]
    if last in _HONORIFICS or not words[-1][:1].isalpha() or len(last) < 3 or last in OFFICE_WORDS:
        return False
    if len(lows) > 1:
        return lows[-2] in {h.rstrip(".") for h in _HONORIFICS}
    before = s.tokens[i - 1].lower() if i > 0 else ""
    after = s.tokens[i + len(words)] if i + len(words) < len(s.tokens) else ""
    return before not in _DETERMINERS and after not in ("of", "for") and not before.endswith(("’s", "'s")) \
        and not _is_cap(after)


def _trimmed(name_words: list[str], first: int) -> tuple[list[str], int]:
    """Drop trailing connectors and full stops ("Bank of"), leading NOT_NAMES ("The") but a month first name."""
    while name_words and (name_words[-1].lower() in _CONNECTORS or name_words[-1] == "."):
        name_words = name_words[:-1]
    while name_words and (name_words[0].lower() in NOT_NAMES or name_words[0].lower() in QUANTIFIERS) and not (
            len(name_words) > 1 and name_words[0].lower() in _MONTHS and name_words[0].lower() in first_names()):
        name_words, first = name_words[1:], first + 1
    return name_words, first


def _kept(name_words: list[str], sentence_initial: bool) -> bool:
    """Not a label in capitals ("FULL TEXT", "ASSOCIATED PRESS") nor a lone demonym ("Chinese"); a place
    in capitals ("NEW YORK (AP)", "VATICAN CITY") is kept."""
    if len(name_words) > 1 and all(w.isupper() for w in name_words if w[:1].isalpha()) \
            and "place" not in _kinds_of(" ".join(name_words))[:1]:
        return False
    return bool(name_words) and not (len(name_words) == 1 and _common_word(name_words[0], sentence_initial))


def _mention(s: _Scan, i: int, j: int, sentence) -> _Mention | None:
    """The name in tokens i..j (titles split off the front, trimmed), or None when nothing is left."""
    words = s.tokens[i:j]
    split = _title_split(tuple(words), tuple(s.tags[i:j]))
    if split == len(words) and _title_is_the_name(s, i, words):
        split = max(k for k, w in enumerate(words) if w != ".")  # "Dr. King", "King was assassinated"
    name_words, first = _trimmed(group_only(words[split:]), i + split)  # "the Indiana Republican": a place
    if not _kept(name_words, first == sentence.first_token):
        return None
    last = first + len(name_words)
    return _Mention(s.doc.starts[first], s.doc.ends[last - 1], name_words, first, last,
                    [w.lower().rstrip(".") for w in words[:split] if w != "." and w not in ("of", "for", "and")])


def _name_runs(doc: Document) -> list[_Mention]:
    """Runs of capitalised proper-noun tokens, with any title words in front split off."""
    s = _Scan.of(doc)
    mentions: list[_Mention] = []
    headlines = []
    for sentence in doc.sentences:
        if headline(s.tokens[sentence.first_token:sentence.last_token]):
            headlines.append(sentence)  # "Bush Hits Marco Rubio On Abortion": capitals there do not mark names
            continue
        resume = sentence.first_token  # a name begins at a capitalised token after the previous run
        for i in s.capitalised[bisect_left(s.capitalised, sentence.first_token):
                               bisect_left(s.capitalised, sentence.last_token)]:
            if i < resume or not _is_name(s, i, sentence.first_token, False):
                continue
            j = _run_end(s, i, sentence)
            mention = _mention(s, i, j, sentence)
            if mention is not None:
                mentions.append(mention)
                k = place_opening_title(s.tokens, i, mention.first_token)  # "San Francisco Supervisor Jane Kim"
                if k > i:
                    mentions.append(_Mention(doc.starts[i], doc.ends[k - 1], s.tokens[i:k], i, k, []))
            resume = j
    for a, b in reversed(name_joins(doc.text, mentions)):  # "People's Republic of China", `Edward "Eddie" Van Halen`
        m, n = mentions[a], mentions[b]
        mentions[a:b + 1] = [_Mention(m.start, n.end, s.tokens[m.first_token:n.last_token], m.first_token, n.last_token,
                                      m.title)]
    compounds = compound_names(doc, {w for m in mentions for w in m.words})  # "New York-based" takes "New" in
    mentions = [m for m in mentions if not any(c[0] <= m.start and m.end <= c[1] for c in compounds)]
    spans = headline_names(doc, headlines, [m.words for m in mentions]) + compounds
    return mentions + [_Mention(start, end, words, first, last, []) for start, end, words, first, last in spans]


def _inside_name(tokens: list[str], tags: list[str], j: int, end: int) -> bool:
    """Token j (after the first word of a name, before `end`) is no name but goes on the run: a connector
    ("Bank of America", "Sea of Japan", "Barnes & Noble"), the full stop of a title ("Gen.") or of an initial
    ("James B. Comey"), a suffix ("Jr.", "III")."""
    tok, before = tokens[j], tokens[j - 1]
    if tok == ".":
        return (before.lower() in PERSON_TITLES and len(before) <= 4) \
            or (len(before) == 1 and before.isupper() and j + 1 < end and _is_cap(tokens[j + 1])) \
            or before in ("Jr", "Sr")
    if tok in ("Jr", "Sr", "II", "III"):
        return True
    if tok in ("of", "for") and _title_word(before, j - 1, None) and j + 1 < end and complement_word(tokens[j + 1]):
        return True  # an office's complement: "Secretary of State", "Minister for Foreign Affairs"
    return (tok.lower() in _CONNECTORS and (tok.islower() or tok == "&") and j + 1 < end
            and _is_cap(tokens[j + 1]) and tags[j + 1] in _NAME_TAGS
            and (tok not in ("of", "for", "and", "to") or before.lower() in ORG_WORDS
                 or before.lower() in GEO_WORDS and tok not in ("to", "and")))  # not "Coventry Road and Mill Lane"


_NEVER_NAME_TAGS = frozenset({"PRP", "PRP$", "DT", "IN", "CC", "WP", "WDT", "WRB", "MD", "TO", "EX", "PDT"})
_OPENER_TAGS = frozenset({"RB", "RBR", "RBS", "JJR", "JJS", "VBD", "VBZ", "VBP", "VBN", "CD"})
_OPENERS = frozenset({"“", '"', "‘", "'", "``", "`", "''", "«", ":", "(", "—", "–", "-", "--", "_", "•", "*", "·", "●"})


def _inner_capitals(doc: Document, capitalised: list[int]) -> set[str]:
    """Capitalised words seen inside sentences (not first, not after a quote mark): names, not openers.
    `capitalised` lists the capitalised tokens (every token lies in one sentence)."""
    tokens = doc.tokens
    sentence_firsts = {sentence.first_token for sentence in doc.sentences}
    return {tokens[j] for j in capitalised if j not in sentence_firsts and tokens[j - 1] not in _OPENERS}


def _common_word(word: str, sentence_initial: bool) -> bool:
    """A lone capitalised word that is not a name: a demonym or party adjective ("Chinese", "Republican")."""
    low = word.lower()
    if low in PLACES:
        return False
    if low in _DEMONYMS:
        return True
    # "Russian", "Chinese", "Kurdish": WordNet knows them; "the Smithsonian" it does not: a name
    return low.endswith(("ese", "ian", "ish")) and (bool(_kinds_of(word)) or _adjective(word))


_DEMONYMS = frozenset({"american", "african", "european", "mexican", "korean", "cuban", "thai", "iraqi",
                       "israeli", "pakistani", "saudi", "afghan", "chinese", "french", "dutch", "greek",
                       "republican", "democratic", "conservative", "liberal", "progressive", "libertarian"})
# Plural group names: counted as names, but never a person with a gender ("Democrats said").
_GROUP_ENDINGS = ("ans", "ats", "ists", "ers", "ites", "ese")


def _title_word(token: str, index: int, doc: Document) -> bool:
    """A capitalised title ("President", "Sen.") that may stand in a name run."""
    return _is_cap(token) and token.lower().rstrip(".") in PERSON_TITLES and token.lower() not in ("press",)


# --------------------------------------------------------------------------- grouping

def _build(doc: Document) -> list[Entity]:
    runs = [run for run in _name_runs(doc) if run.first_token not in label_tokens(doc)]  # a transcript's labels
    entities: list[Entity] = []
    by_key: dict[str, Entity] = {}
    longer_names = _NameIndex()
    pairs: list[tuple[_Mention, Entity]] = []
    # longest names first so "Xi" attaches to "Xi Jinping" even when "Xi" comes first
    by_lower: dict[str, Entity] = {}
    for run in sorted(runs, key=lambda r: (-len(r.words), _in_capitals(r.words))):
        key = nickname_key(" ".join(doc.text[run.start:run.end].split()), doc.text)  # "Richard J. Durbin"
        entity = by_key.get(key)
        if entity is None and _in_capitals(run.words):
            entity = by_lower.get(key.lower())  # "PAULA JONES" in a headline is the body's "Paula Jones"
        if entity is None and len(run.words) <= 2:
            entity = longer_names.containing(run.words, "male" if set(run.title) & MALE_TITLES else
                                             "female" if set(run.title) & FEMALE_TITLES else None)
        if entity is None:
            entity = Entity(key, initial_kind(run.words, run.title))
            entities.append(entity)
            by_key[key] = entity
            by_lower.setdefault(key.lower(), entity)
            longer_names.add(entity)
        elif entity.kind in ("other", "place") and run.title:
            entity.kind = "person"
        pairs.append((run, entity))
    pairs.sort(key=lambda p: p[0].start)
    shared_surname(doc, pairs, longer_names)
    for run, entity in pairs:
        entity.mentions.append((run.start, run.end))
        for t in run.title:
            if t not in _HONORIFICS:
                entity.titles.add(t)
            if t in MALE_TITLES or t in FEMALE_TITLES:
                entity.gender = "male" if t in MALE_TITLES else "female"
            if entity.kind != "organisation":
                entity.kind = "person"
    for run, entity in pairs:  # who speaks is a person: "Xi said", "Gabuev wrote"
        if entity.kind != "other":
            continue
        k = run.last_token
        while k < len(doc.tokens) and doc.tags[k] == "RB":
            k += 1
        if entity.kind == "other" and k < len(doc.tokens) and doc.tags[k][:2] == "VB" and speaks_at(doc.tokens, k) \
                and doc.tokens[run.first_token - 1].lower() not in _PLACE_PREPOSITIONS:  # "in Perth, saying"
            entity.kind = "person"
    _appositions(doc, pairs)
    _genders(doc, entities, pairs)
    _title_mentions(doc, entities)
    for entity in entities:
        if len(entity.words) == 1 and entity.name.lower().endswith(_GROUP_ENDINGS) \
                and entity.kind in ("person", "other"):
            entity.kind, entity.gender = "other", None  # "Democrats", "Republicans", "Iowans"
        entity.mentions.sort()
    settle_kinds(doc, entities, pairs)
    entities.sort(key=lambda e: (-len(e.mentions), e.mentions[0]))
    return entities


def _in_capitals(words: list[str]) -> bool:
    return all(w.isupper() for w in words if w[:1].isalpha())


class _NameIndex:
    """The entities by their first and by their last words (lower case), in the order they were added, so a
    short mention finds the longer names it may abbreviate by a lookup instead of a scan of every entity."""

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self.by_first: dict[tuple[str, ...], list[Entity]] = {}
        self.by_last: dict[tuple[str, ...], list[Entity]] = {}
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        """Index a new entity under its first n and its last n words, for every n shorter than its name."""
        lows = tuple(entity.name.lower().split())  # the lower-cased words of entity.words
        if len(lows) < 2:
            return  # no shorter name to abbreviate it
        for n in range(1, len(lows)):
            self.by_first.setdefault(lows[:n], []).append(entity)
            self.by_last.setdefault(lows[-n:], []).append(entity)

    def containing(self, words: list[str], gender: str | None = None) -> Entity | None:
        """The longer name that a short mention (one or more words) abbreviates ("Xi" -> "Xi Jinping",
        "Ms. White" -> "Anna White"): not an organisation; a person before another kind (of the mention's
        gender: "Mr. Trump" is not "Ivana Trump"); the earliest added."""
        key = tuple(map(str.lower, words))
        if key not in self.by_last and key not in self.by_first:
            return None
        place_first = _place_first(words)
        for table in (self.by_last, self.by_first):  # a surname first ("Bush" -> "Jeb Bush"), then "Xi" -> "Xi Jinping"
            if table is self.by_first and place_first:
                continue  # "Kosovo" is no short form of "Kosovo Albanians"
            place = table is self.by_last and place_first  # "Germany": short for a place or a person only
            found = [e for e in table.get(key, ()) if (not place or e.kind == "person" or _a_place(e.words)) and (
                _short_for_organisation(e, key) if e.kind == "organisation"  # kinds change while building
                else table is self.by_last or key[0] in first_names() or _given_names(e.words[len(key):])
                or e.words[-1].lower() in _ORG_SUFFIXES)]
            found = [e for e in found if gender is None or first_names().get(e.words[0].lower()) in (None, gender)]
            persons = [e for e in found if e.kind == "person"]
            if persons or found:
                return (persons or found)[0]
        return None


def _short_for_organisation(entity: Entity, key: tuple[str, ...]) -> bool:
    """ "Smithsonian" is short for "Smithsonian Institution" (the first words before an organisation's suffix);
    "Walt Disney" is no short form of "Walt Disney Co.", nor "Bush" of "Bush Administration"."""
    lows = [w.lower() for w in entity.words]
    return lows[:len(key)] == list(key) and lows[-1] in _ORG_SUFFIXES and key[0] not in first_names()


def _given_names(words: list[str]) -> bool:
    """The rest of a name after its first word is names, not English words: "Xi" is short for "Xi Jinping"
    (and "Anna Richardson", a first name first, for "Anna Richardson White"),
    "Internet" is not short for "Internet Tax Freedom Act" ("Smithsonian" is for "Smithsonian Institution":
    an organisation's suffix)."""
    return not any(_english_word(w.lower(), "nvar") for w in words if w[:1].isalpha())


def _place_first(words: list[str]) -> bool:
    """A place by the built-in list, or a place or an organisation by WordNet's most frequent sense
    ("Kosovo", "Texas", "Vatican")."""
    name = " ".join(words)
    return name.lower() in PLACES or any(k in ("place", "organisation", "facility") for k in _kinds_of(name)[:1])


def _a_place(words: list[str]) -> bool:
    """A longer name that is a place ("Lake Michigan", "South America"; not "Nazi Germany", "George Washington"),
    so a place written alone ("Michigan") may be its short form; not "Republic of China", "Western Australia"."""
    lows = [w.lower() for w in words]
    if "of" in lows or lows[0] in ("western", "eastern", "northern", "southern"):
        return False
    return _kinds_of(" ".join(words))[:1] == ["place"] or lows[0] in GEO_WORDS or lows[-1] in GEO_WORDS


def _appositions(doc: Document, pairs: list[tuple[_Mention, Entity]]) -> None:
    """"Alexander Gabuev, the director of ..." / "a spokeswoman, Anna White," link a title to a person."""
    tokens = doc.tokens
    for run, entity in pairs:
        after = run.last_token
        if after + 2 < len(tokens) and tokens[after] == ",":
            _take_title(doc, entity, range(after + 1, min(after + 6, len(tokens))), stop_at_verb=True)
        before = run.first_token - len(run.title)
        if before >= 2 and tokens[before - 1] == ",":
            _take_title(doc, entity, range(before - 2, max(before - 5, -1), -1), stop_at_verb=False)


def _take_title(doc: Document, entity: Entity, positions: range, *, stop_at_verb: bool) -> None:
    """Scan `positions` (away from the name) for a person title; stop at punctuation (or a verb after it)."""
    for k in positions:
        low = doc.tokens[k].lower()
        if low in PERSON_TITLES and low not in _HONORIFICS and (stop_at_verb or not _is_cap(doc.tokens[k + 1])):
            entity.titles.add(low)  # not "King James IV, Berwick was": the title of the name between
            if entity.kind == "other":
                entity.kind = "person"
            return
        if doc.tokens[k] in (",", ".", ";") or (stop_at_verb and doc.tags[k].startswith("VB")):
            return


def _genders(doc: Document, entities: list[Entity], pairs: list[tuple[_Mention, Entity]]) -> None:
    """Gender from the first name (nltk names), else from he/she pronouns in the sentences after a mention."""
    names = first_names()
    tokens = doc.tokens
    votes: dict[int, Counter] = {}  # by id(entity), for the entities a pronoun follows
    for run, entity in pairs:
        if entity.kind not in ("person", "other"):
            continue
        if run.last_token >= len(doc.tokens) or not doc.tags[run.last_token].startswith(("VB", "MD")):
            continue  # only a subject ("Xi Jinping left ... on his trip") is what a following pronoun is about
        sentence = doc.token_sentence[run.first_token]
        end = doc.sentences[min(sentence + 1, len(doc.sentences) - 1)].last_token
        inside = False  # a pronoun inside a quotation is the speaker's word, not about the name ("X said. “So his …")
        for k in range(run.last_token, end):
            inside = tokens[k] in ("“", "``") or inside and tokens[k] not in ("”", "''")
            g = None if inside else _PRONOUN_GENDER.get(tokens[k].lower())
            if g:
                votes.setdefault(id(entity), Counter())[g] += 1
                break
    for entity in entities:
        if entity.gender is not None or entity.kind not in ("person", "other"):
            continue
        by_name = names.get(entity.words[0].lower()) if len(entity.words) > 1 else None
        vote = votes[id(entity)].most_common(1) if id(entity) in votes else []
        if by_name:
            entity.gender = by_name
        elif vote and vote[0][1] >= 1:
            entity.gender = vote[0][0]
        if entity.kind == "other" and len(entity.words) == 1 and not by_name:
            entity.gender = None  # a lone unknown word: a pronoun after it is weak evidence
        if entity.gender and entity.kind == "other" and len(entity.words) > 1:
            entity.kind = "person"


_TITLE_PHRASE = re.compile(r"\b[Tt]he ((?:(?:[A-Z][a-z]+|former|new|top|chief|senior|deputy) ){0,3})([a-z][a-z-]+)\b")
_TITLE_PHRASE_STARTS = re.compile("[Tt]he ")  # where _TITLE_PHRASE can begin (helpers.language.fastscan)


def _title_mentions(doc: Document, entities: list[Entity]) -> None:
    """Add "the Chinese president" as a mention of the person whose linked title it is (most recent first)."""
    linked = [e for e in entities if e.titles and e.kind == "person"]
    if not linked:
        return
    for match in finditer_where(_TITLE_PHRASE, doc.text, [(_TITLE_PHRASE_STARTS, doc.text)]):
        title = match.group(2)
        if title not in PERSON_TITLES or title in _HONORIFICS:
            continue
        modifiers = {w.lower() for w in match.group(1).split() if _is_cap(w)}
        best, best_pos = None, -1
        for e in linked:
            if title in e.titles and modifiers <= e.titles:
                earlier = [s for s, _ in e.mentions if s < match.start()]
                if earlier and earlier[-1] > best_pos:
                    best, best_pos = e, earlier[-1]
        if best is not None and (match.start(), match.end()) not in best.mentions:
            best.mentions.append((match.start(), match.end()))
            best.title_mentions.add((match.start(), match.end()))


# --------------------------------------------------------------------------- public API

_CACHE: weakref.WeakKeyDictionary[Document, list[Entity]] = weakref.WeakKeyDictionary()


def find_entities(doc: Document) -> list[Entity]:
    """The article's named entities, most mentioned first (computed once per Document)."""
    if doc not in _CACHE:
        _CACHE[doc] = _build(doc)
    return _CACHE[doc]


def mention_index(doc: Document) -> tuple[list[int], list[tuple[int, int, Entity]]]:
    """Every mention sorted by start (starts, [(start, end, entity)]), for fast lookups by offset."""
    cached = getattr(doc, "_entity_mention_index", None)
    if cached is not None:
        return cached
    rows = sorted((s, e, ent) for ent in find_entities(doc) for s, e in ent.mentions)
    index = ([r[0] for r in rows], rows)
    doc._entity_mention_index = index  # type: ignore[attr-defined]
    return index


def name_mentions(doc: Document) -> list[dict]:
    """Every mention of a name, in text order: {text, canonical, kind, start, end}, offsets into the article's
    original text (`text == original[start:end]`), once per span (mojibake the cleaning rewrote can map two pieces
    to one). "the Chinese president" is a mention of Xi Jinping for the quotes, but no name: not listed here."""
    original, rows, seen = doc.article.original, [], set()
    for start, end, entity in mention_index(doc)[1]:
        a, b = doc.original_span(start, end)
        if (start, end) in entity.title_mentions or entity.common or (a, b) in seen:
            continue
        seen.add((a, b))
        kind = entity.mention_kinds.get((start, end), entity.kind)
        rows.append({"text": original[a:b], "canonical": entity.name, "kind": kind, "start": a, "end": b})
    return rows


def entity_at(doc: Document, offset: int) -> Entity | None:
    """The entity with a mention covering a clean offset, if any."""
    starts, rows = mention_index(doc)
    i = bisect_right(starts, offset) - 1
    while i >= 0 and rows[i][0] <= offset:
        if rows[i][1] > offset:
            return rows[i][2]
        i -= 1
        if i >= 0 and offset - rows[i][0] > 200:
            break
    return None


def canonical_name(doc: Document, surface: str, offset: int) -> str | None:
    """The fullest form of the name mentioned as `surface` at clean `offset` ("Xi" -> "Xi Jinping").

    Falls back to matching the words of `surface` against the article's names; None when it names nothing.
    """
    entity = entity_at(doc, offset)
    if entity is not None:
        return entity.name
    words = [w for w in re.findall(r"[\w’'.-]+", surface) if w.lower() not in NOT_NAMES and _is_cap(w)]
    if not words:
        return None
    exact = [e for e in find_entities(doc) if e.name == " ".join(words)]
    if exact:
        return exact[0].name
    longer = _NameIndex(find_entities(doc)).containing(words)
    return longer.name if longer else None
