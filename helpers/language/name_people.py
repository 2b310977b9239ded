"""People's names that the runs of capitals alone get wrong: a nickname in quotation marks inside a full name,
two people who share a surname, and the organisation or place after "PERSON of" ("Mike McCready of Pearl Jam").

Each rule reads only the mentions already found (no scan of the whole text), so it costs next to nothing.
"""
from __future__ import annotations

import re

from helpers.language.gazetteer import english_word as _english_word, kinds as _kinds_of
from helpers.language.kind_evidence import known_joins
from helpers.language.name_lists import FEMALE_TITLES, GEO_WORDS, MALE_TITLES, PLACES, first_names
from helpers.language.segment import Document

# a nickname in quotation marks between a first name and a surname: `Edward Lodewijk "Eddie" Van Halen`
_NICKNAME = re.compile(r' ["“‘]([A-Z][\w.’\'-]*(?: [A-Z][\w.’\'-]*){0,2})["”’] (?=[A-Z])')


def nickname_joins(text: str, spans: list[tuple[int, int]], words: list[list[str]]) -> list[tuple[int, int]]:
    """Pairs (a, b) of name spans, a first name's run and the run after a quoted nickname, that are one person's
    name: `Edward Lodewijk "Eddie" Van Halen` (the nickname's own span, if any, lies between them); not
    `the Democrat "Jesus" Garcia` (no first name before the quotation mark)."""
    out = []
    by_start: dict[int, int] = {}
    for a, (start, end) in enumerate(spans):
        if text[end + 1:end + 2] not in ('"', "“", "‘") or words[a][0].lower() not in first_names():
            continue
        m = _NICKNAME.match(text, end)
        by_start = by_start or {start: b for b, (start, _) in enumerate(spans)}
        b = by_start.get(m.end()) if m else None
        if b is not None and b > a:
            out.append((a, b))
    return out


def name_joins(text: str, mentions) -> list[tuple[int, int]]:
    """The mentions (a, b) to join into one, in order: WordNet's names (`known_joins`: "People's Republic of
    China") and full names with a nickname (`nickname_joins`)."""
    spans = [(m.start, m.end) for m in mentions]
    return sorted(known_joins(text, spans) + nickname_joins(text, spans, [m.words for m in mentions]))


def nickname_key(name: str, text: str) -> str:
    """The entity name of a full name with a nickname: the nickname and surname when the article writes them
    so ("Eddie Van Halen"), else the full name as written."""
    m = _NICKNAME.search(name) if '"' in name or "“" in name or "‘" in name else None
    if m is None:
        return name
    short = f"{m.group(1)} {name[m.end():]}"
    return short if short in text else name


# a relative's name stands after these words: "his son, Wolfgang Van Halen", "the son of former German President
# Richard von Weizsäcker", "her brother Alex"
_KIN = frozenset("""son sons daughter daughters brother brothers sister sisters father mother parents wife husband
widow widower uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother stepson stepdaughter
stepfather stepmother child children""".split())


def _relative(doc: Document, first_token: int) -> bool:
    """A kinship word among the five tokens before the name, in its sentence."""
    begin = doc.sentences[doc.token_sentence[first_token]].first_token
    return any(t.lower() in _KIN for t in doc.tokens[max(begin, first_token - 5):first_token])


def shared_surname(doc: Document, pairs, index) -> None:
    """A bare surname that two people named in full share ("Van Halen" after `Edward Lodewijk "Eddie" Van
    Halen` and "his son, Wolfgang Van Halen"): the person whose story it is, not the longest name: of those
    not introduced as a relative ("his son, Wolfgang Van Halen", "the son of ... Richard von Weizsäcker"), the
    first introduced. `pairs` (run, entity) are in text order; `index` is the `_NameIndex`."""
    first_seen: dict[int, tuple[int, int]] = {}  # entity id -> (start, first token) of its full name, first
    for run, entity in pairs:
        if len(run.words) >= len(entity.words) and id(entity) not in first_seen:
            first_seen[id(entity)] = (run.start, run.first_token)
    chosen: dict[tuple, object] = {}  # (surname, entity id) -> the person meant: each surname decided once
    for p, (run, entity) in enumerate(pairs):
        if len(run.words) >= len(entity.words) or entity.kind != "person":
            continue
        gender = "male" if set(run.title) & MALE_TITLES else "female" if set(run.title) & FEMALE_TITLES else None
        key = (run.words[-1], len(run.words), id(entity), gender)
        if key not in chosen:
            chosen[key] = _meant(doc, run.words, entity, index, first_seen, gender)
        if chosen[key] is not entity:
            pairs[p] = (run, chosen[key])


def _meant(doc: Document, words: list[str], entity, index, first_seen: dict[int, tuple[int, int]], gender):
    """The person a bare surname means (`shared_surname`); one of the title's gender ("Mrs. Trump")."""
    n = len(words)
    cands = [e for e in index.by_last.get(tuple(w.lower() for w in words), ())
             if id(e) in first_seen and len(e.words) > n and e.kind in ("person", "other")
             and (gender is None or first_names().get(e.words[0].lower()) in (None, gender))]
    if len(cands) < 2 or entity not in cands:
        return entity
    cands = [e for e in cands if not e.name.isupper() and _given_names(e.words[:-n])]
    if len(cands) < 2 or entity not in cands:
        return entity
    return min(cands, key=lambda e: (_relative(doc, first_seen[id(e)][1]), first_seen[id(e)][0]))


def _given_names(words: list[str]) -> bool:
    """ "Ivanka", "Bill": a first name or no English word; not what WordNet knows as something else than a
    person ("Wisconsin Trump rally", "Christmas Day"), no acronym ("AMD Radeon Pro"), not "Happy Death" of
    "Happy Death Day" nor "Never" of "Never Trump"."""
    if any(len(w.rstrip(".")) > 1 and (w.isupper() or _kinds_of(w)[:1] not in ([], ["person"])
                                       and w.lower() not in first_names()) for w in words):
        return False  # an initial ("J.") is neither; a first name may be a word too ("Ted")
    return words[0].lower() in first_names() or not any(_english_word(w.lower(), "nvar") for w in words
                                                         if w[:1].isalpha())


def _ends(pairs) -> dict[int, object]:
    return {run.last_token: entity for run, entity in pairs}


def member_of(doc: Document, pairs) -> None:
    """ "Mike McCready of Pearl Jam", "Ekow Eshun of the Newstatesman", "Governor Abbott of Texas": the name after a
    person's name and "of" (and "the") is the organisation or place the person belongs to, never a person (unless
    a title made it one elsewhere); "certified Diamond": an award; "made of Kevlar": a material."""
    ends = None
    for run, entity in pairs:
        if entity.kind != "person" or entity.titles or run.first_token < 2:
            continue
        if doc.tokens[run.first_token - 1] == "certified" and len(entity.words) == 1:
            entity.kind, entity.gender = "other", None  # "certified Diamond", "certified Platinum": an award
        if doc.tokens[run.first_token - 1] in ("of", "from") and doc.tokens[run.first_token - 2] == "made":
            entity.kind, entity.gender = "other", None  # "vests made of Kevlar": a material or a product
            continue
        k = run.first_token - 1
        if doc.tokens[k] == "the" and k >= 2 and entity.gender is None \
                and doc.tags[run.last_token:run.last_token + 1] not in (["NN"], ["NNS"]):
            k -= 1  # "Ekow Eshun of the Newstatesman"; not "of the Dumas classic", "The Day of the Donald" (Mr. Trump)
        if doc.tokens[k] != "of":
            continue
        if ends is None:
            ends = _ends(pairs)
        owner = ends.get(k)
        if owner is None or owner is entity or owner.kind != "person" or len(run.words) > 3:
            continue
        name = entity.name
        entity.gender = None
        entity.kind = "place" if name.lower() in PLACES or _kinds_of(name)[:1] == ["place"] \
            or entity.words[-1].lower() in GEO_WORDS else "organisation"


# what a news source does, after its name: "Reuters reported", "Znak.com claims"
_REPORTS = frozenset({"reported", "reports", "reporting", "claims", "claimed", "quoted", "cited"})
_TLD = re.compile(r"\.(?:com|org|net|co\.uk|ru)\b")  # "Znak.com": a website


def news_source(doc: Document, pairs, weak: set[int]) -> None:
    """A name that only a default made a person (`weak`: ids of such entities) and that the article only ever
    "told" something to or that only "reported" ("told Reuters", "Agence France-Presse reported", "Znak.com
    claims") is a news organisation. A person told something has a first name or a pronoun somewhere."""
    seen: dict[int, bool] = {}
    if not weak:
        return
    for run, entity in pairs:
        if id(entity) not in weak or entity.kind != "person" or entity.gender or entity.titles \
                or seen.get(id(entity)) is False:
            continue
        before = doc.tokens[run.first_token - 1].lower() if run.first_token else ""
        after = doc.tokens[run.last_token].lower() if run.last_token < len(doc.tokens) else ""
        seen[id(entity)] = before == "told" or after in _REPORTS or bool(_TLD.match(doc.text, run.end))
    if not any(seen.values()):
        return
    named = {w for _, e in pairs if len(e.words) > 1 and e.words[0].lower() in first_names() for w in e.words[1:]}
    for _, entity in pairs:  # not "Trump told Ingraham" after "The Laura Ingraham Show": a person's surname
        if seen.get(id(entity)) and entity.name not in named:
            entity.kind = "organisation"
