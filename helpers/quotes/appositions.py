"""A person named beside a title or description in the noun phrase that speaks, as archived news writes it:

- an apposition left open before the cue: "Nicholas Smith, the director of research at MF Global said: “…”" (the
  name, not "research at MF Global"); titles listed between commas: "Giorgio Sacerdoti, Chairman, WTO Appellate
  Body, said";
- a title, a comma, then the name after a cue: "“…,” said the company's vice president for networks, Risnandi.";
- a run of descriptions ending in a name after a cue: "“…,” said environmental lawyer and Greens candidate for
  Queensland Larissa Waters." (not "environmental lawyer"); a name after "for"/"of" is the one the title serves
  ("a spokesman for Senator Bob Jones"), never the speaker;
- a past verb the tagger reads as a noun after a name does not make the name a modifier ("Prime Minister John Howard
  *stood* by Turnbull."), so the name stays its sentence's subject for "he said" after it.

Each rule answers a name or None (pass: the older rules of `nouns` decide). All are cheap: a bounded scan of the
tokens next to the cue.
"""
from __future__ import annotations

from helpers.language.entities import PERSON_TITLES
from helpers.language.lemmas import morphy
from helpers.language.name_lists import ORG_WORDS
from helpers.quotes.reading import Reading

_REACH = 16  # tokens scanned on the side of a cue
_STOPS = {".", ";", ":", "(", ")", "—", "–", "-", "who", "whom", "which", "that", "when", "while", "as", "after",
          "before", "because", "if", "but"}
_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "our"}
_BODY_WORDS = ORG_WORDS | {"body", "board", "panel", "tribunal"}
_PREPOSITIONS = {"for", "of", "to", "with", "by", "from", "on", "about", "at", "against", "behind", "under"}


def _finite(r: Reading, k: int) -> bool:
    return r.tags[k] in ("VBD", "VBZ", "VBP", "VB", "MD")


def _describes(r: Reading, first: int, last: int, own=None) -> bool:
    """Tokens first..last (inclusive) read as a description of a person: a common noun or a title among them, and
    nobody named in them (but `own`, the person the description belongs to)."""
    has_noun = False
    for k in range(first, last + 1):
        entity = r.entity(k)
        if entity is not None and entity.kind == "person" and entity is not own and not _served(r, k, first):
            return False
        low = r.tokens[k].lower()
        if low in PERSON_TITLES or (r.tags[k] in ("NN", "NNS") and r.tokens[k].isalpha()):
            has_noun = True
    return has_noun


def _served(r: Reading, k: int, first: int) -> bool:
    """The person named at k is whom a title serves: "the Special Representative to Secretary-General Kofi Annan",
    "deputy to al-Qaeda leader Osama bin Laden" (a preposition before the name and its titles)."""
    entity = r.entity(k)
    while k > first and r.entity(k - 1) is entity:
        k -= 1
    j = k - 1
    while j > first and (r.tags[j] in ("NNP", "DT", "JJ") or r.tokens[j].lower().rstrip(".") in PERSON_TITLES) \
            and _person_at(r, j) is None:
        j -= 1  # "to al-Qaeda leader Osama bin Laden", "to Secretary-General Kofi Annan"
    return j >= first and (r.tokens[j].lower() in _PREPOSITIONS or r.tokens[j].lower() == "in")


def _person_at(r: Reading, k: int):
    entity = r.entity(k)
    return entity if entity is not None and entity.kind == "person" else None


def _after_titles(r: Reading, k: int, ceiling: int) -> int:
    """k past titles written before a name ("Dr.", "Sen.")."""
    while k < ceiling and r.entity(k) is None and (r.tokens[k].lower().rstrip(".") in PERSON_TITLES
                                                 or r.tokens[k] == "."):
        k += 1
    return k


def _title_dot(r: Reading, k: int) -> bool:
    """The dot of an abbreviated title ("Gov.", "Sen."), no sentence end."""
    return r.tokens[k] == "." and k > 0 and r.tokens[k - 1].lower() in PERSON_TITLES


def _ends_clause(r: Reading, k: int, ceiling: int) -> bool:
    return k >= ceiling or r.in_quote[k] != -1 or r.tokens[k] in (".", ",", ";", ":", "!", "?", "(", "—", "–")


def open_apposition(r: Reading, cue: int, floor: int) -> str | None:
    """"Nicholas Smith, the director of research at MF Global said": the name before an apposition whose closing
    comma the writer left out; the name opens its clause (not "After meeting Smith, the director said")."""
    if cue - 1 <= floor or r.tokens[cue - 1] == "," or r.in_quote[cue - 1] != -1:
        return None
    lo = max(floor + 1, cue - _REACH)
    before = r.tokens[lo:cue]
    if "," not in before:  # the scans below run only where a comma stands near the cue
        return None
    k = cue - 1 - before[::-1].index(",")
    entity = _person_at(r, k - 1)
    if entity is None or r.in_quote[k - 1] != -1 or _person_at(r, k + 1) not in (None, entity) or any(
            r.in_quote[j] != -1 or _finite(r, j) or r.tokens[j].lower() in _STOPS for j in range(k + 1, cue)) \
            or not _describes(r, k + 1, cue - 1, entity):
        return None  # "Sam Ibok, Nigerian envoy to the AU said", "Nicholas Smith, the director of research said"
    # only titles and descriptions before the name, back to the clause's start: "Economist Nicholas Smith, ..."
    return entity.name if _opens_clause(r, k - 1, entity, floor) else None


def name_before_titles(r: Reading, cue: int, floor: int) -> str | None:
    """"Giorgio Sacerdoti, Chairman, WTO Appellate Body, said": a name, then two or three comma-separated titles and
    bodies (no verb, nobody named in them) before the cue; the name opens its clause."""
    k = cue - 1
    if k <= floor or r.tokens[k] != ",":
        return None
    for segment in range(3):
        j = k - 1
        while j > floor and r.tokens[j] != "," and k - j <= 8:
            if r.in_quote[j] != -1 or _finite(r, j) or r.tokens[j].lower() in _STOPS \
                    or _person_at(r, j) is not None and not _body_named(r.entity(j).name):
                return None
            j -= 1
        if r.tokens[j] != "," or j == k - 1:
            return None
        if segment >= 1 and (entity := _person_at(r, j - 1)) is not None and r.in_quote[j - 1] == -1:
            return entity.name if _opens_clause(r, j - 1, entity, floor) else None
        k = j
    return None


def _body_named(name: str) -> bool:
    """A name the names stage took for a person that reads as a body: an acronym in it or an organisation word
    ("WTO Appellate Body", "UN Security Council")."""
    words = name.split()
    return any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words) or words[-1].lower() in _BODY_WORDS


def _opens_clause(r: Reading, k: int, entity, floor: int) -> bool:
    """The name ending at token k stands at its clause's start, after titles and descriptions only."""
    j = k
    while j > floor and r.entity(j - 1) is entity:
        j -= 1
    while j > floor and r.in_quote[j - 1] == -1 and r.tags[j - 1] in ("NNP", "NNPS", "NN", "JJ", "DT") \
            and r.entity(j - 1) is None and r.tokens[j - 1].lower() not in _STOPS:
        j -= 1
    return j <= floor or r.in_quote[j - 1] != -1


def name_after_title(r: Reading, cue: int, ceiling: int) -> str | None:
    """"said the company's vice president for networks, Risnandi", "said lawyer and Greens candidate for Queensland
    Larissa Waters": the person the description after the cue ends on."""
    first = cue + 1
    if r.tokens[cue].lower() == "according" and first < ceiling and r.tokens[first].lower() == "to":
        first += 1
    if first >= ceiling or r.in_quote[first] != -1 or _person_at(r, first) is not None:
        return None  # "said Ann Lee, the director": the older rules read the name first
    if r.tokens[first].lower() in ("he", "she", "they", "it", "we", "i"):
        return None
    k = first
    while k < ceiling and k - first < _REACH and r.in_quote[k] == -1 and r.tokens[k] != "," \
            and (r.tokens[k].lower() not in _STOPS or _title_dot(r, k)) and not _finite(r, k) \
            and _person_at(r, k) is None:
        k += 1
    if k >= ceiling or k == first or r.in_quote[k] != -1:
        return None
    if r.tokens[k] == ",":  # "said the vice president of the firm, Ann Lee."
        if not _describes(r, first, k - 1):
            return None
        start = _after_titles(r, k + 1, ceiling)
        entity = r.entity(start) if start < ceiling and r.in_quote[start] == -1 else None
        if entity is None or entity.kind == "place" or r.entity(start - 1) is entity:
            return None
    elif (entity := _person_at(r, k)) is not None:  # "said Greens candidate for Queensland Larissa Waters"
        if all(r.tokens[j].lower().rstrip(".") in PERSON_TITLES | {""} or r.tags[j] == "DT" for j in range(first, k)):
            return None  # "said Mrs. Boskovic", "said Sen. Cruz": the older rules resolve the name
        start = k
        j, titled, placed = k - 1, False, False
        while j >= first and (r.tokens[j].lower().rstrip(".") in PERSON_TITLES | {""}
                              or r.tags[j] in ("NNP", "DT", "PDT")):
            titled = titled or r.tokens[j].lower().rstrip(".") in PERSON_TITLES
            placed = placed or r.tags[j] == "NNP" and r.tokens[j].lower() not in PERSON_TITLES
            j -= 1
        if j >= first and r.tokens[j].lower() in _PREPOSITIONS and (titled or not placed):
            return None  # "a spokesman for (Texas Senator) Bob Jones", "close to the Clintons": whom the title serves
        if entity.gender == "plural":
            return None  # a family ("the Clintons") is no one speaker
        if r.tokens[j].lower() in ("’s", "'s") or (j >= first and r.tags[j] == "POS"):
            return None
    else:
        return None
    end = start
    while end < ceiling and r.entity(end) is entity:
        end += 1
    if end + 1 < ceiling and r.tokens[end] == "," and (named := _person_at(r, end + 1)) is not None \
            and r.in_quote[end + 1] == -1:
        entity, start, end = named, end + 1, end + 1  # "of the British union Unite, Tony Woodley": the apposition
        while end < ceiling and r.entity(end) is entity:
            end += 1
    elif end == start + 1 and end + 1 < ceiling and r.tokens[end] == "." and r.tags[end + 1] == "NNP" \
            and r.in_quote[end + 1] == -1:
        return None  # an abbreviation read as a name: "spokesman Lieut. Colonel Kareem al-Zaidi"
    return entity.name if _ends_clause(r, end, ceiling) else None


def verb_read_as_noun(r: Reading, t: int) -> bool:
    """"John Howard *stood* by Turnbull": a lowercase word after a name that is the past of a verb and no noun in
    WordNet: the tagger's noun is a verb, so the name before it is a subject, not a modifier."""
    word = r.tokens[t]
    if not word.isalpha() or word.endswith("s") or r.tags[t] != "NN":
        return False
    verbs = morphy(word, "v")
    return bool(verbs) and word not in verbs and not morphy(word, "n")
