"""Which person a description with a proper-noun modifier stands for: "the Labour MP", "the New Jersey senator",
"the former CM", "The AICC general secretary", "the Pennsylvania Democrat".

A reader takes such a description for a person only when the text tied its words to that person, and so does
`tied_holder`: every word of the description must be among the words the text gave one person before it, in
  - the title run before the name: "Labour MP Chris Bryant", "New Jersey Sen. Bob Menendez" (abbreviations
    expanded: `ABBREVIATIONS`, `_SAME`), "AICC general secretary in-charge of Madhya Pradesh Randeep Surjewala";
  - an apposition after the name: "Chris Bryant, the Labour MP for Rhondda,", "Hooda, the former CM, …";
  - an apposition before it: "the Labour MP for Rhondda, Chris Bryant,";
  - a party-and-state tag: "Sen. John Fetterman, D-Pa.," / "Sen. Ted Cruz (R-Texas)" give "democrat
    pennsylvania", "republican texas" (`_STATES`, AP and postal abbreviations).
When two people carry all the words ("Labour MP Chris Bryant … Labour MP Jess Phillips … the Labour MP said") the
description is ambiguous and names no one; a description nobody was given ("Jeremy Corbyn has insisted … The Labour
leader said", where the text never called him that) is left as written (`centering.described_subject` resolves
only descriptions without a proper-noun modifier).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from helpers.language.cues import PERSON_NOUNS
from helpers.language.entities import PERSON_TITLES
from helpers.quotes.reading import Reading
from helpers.quotes.titles import ABBREVIATIONS, OTHER_OFFICE

# Heads of a description that names a person ("the Labour MP"), not a body ("the Washington Post", "the campaign")
_PERSON_HEADS = PERSON_TITLES | PERSON_NOUNS | {
    "mp", "mps", "boss", "skipper", "cm", "pm", "mla", "mep", "democrat", "republican", "lawmaker", "legislator",
    "politician", "tory", "frontbencher", "backbencher", "billionaire", "businessman", "businesswoman", "chief"}

# Words a description may use for a word of the title: "the former CM" for "former Chief Minister"
_SAME = {"cm": ("chief", "minister"), "pm": ("prime", "minister"), "mla": ("legislator",), "mlas": ("legislator",),
         "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
         "representative": ("congressman", "congresswoman", "lawmaker"), "senator": ("lawmaker",),
         "mp": ("lawmaker",), "democratic": ("democrat",), "gop": ("republican",), "dem": ("democrat",),
         "d": ("democrat",), "r": ("republican",), "i": ("independent",)}
_JOINED = {("chief", "minister"): "cm", ("prime", "minister"): "pm"}

# US states by AP abbreviation and postal code ("D-N.J.", "R-IA"): the word a description uses for them
_STATES = {
    "ala": "alabama", "al": "alabama", "alaska": "alaska", "ak": "alaska", "ariz": "arizona", "az": "arizona",
    "ark": "arkansas", "ar": "arkansas", "calif": "california", "ca": "california", "colo": "colorado",
    "co": "colorado", "conn": "connecticut", "ct": "connecticut", "del": "delaware", "de": "delaware",
    "fla": "florida", "fl": "florida", "ga": "georgia", "hawaii": "hawaii", "hi": "hawaii", "idaho": "idaho",
    "id": "idaho", "ill": "illinois", "il": "illinois", "ind": "indiana", "in": "indiana", "iowa": "iowa",
    "ia": "iowa", "kan": "kansas", "kans": "kansas", "ks": "kansas", "ky": "kentucky", "la": "louisiana",
    "maine": "maine", "me": "maine", "md": "maryland", "mass": "massachusetts", "ma": "massachusetts",
    "mich": "michigan", "mi": "michigan", "minn": "minnesota", "mn": "minnesota", "miss": "mississippi",
    "ms": "mississippi", "mo": "missouri", "mont": "montana", "mt": "montana", "neb": "nebraska", "ne": "nebraska",
    "nev": "nevada", "nv": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico",
    "ny": "new york", "nc": "north carolina", "nd": "north dakota", "ohio": "ohio", "oh": "ohio",
    "okla": "oklahoma", "ok": "oklahoma", "ore": "oregon", "or": "oregon", "pa": "pennsylvania",
    "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee", "tn": "tennessee",
    "texas": "texas", "tex": "texas", "tx": "texas", "utah": "utah", "ut": "utah", "vt": "vermont",
    "va": "virginia", "wash": "washington", "wa": "washington", "wva": "west virginia", "wv": "west virginia",
    "wis": "wisconsin", "wi": "wisconsin", "wyo": "wyoming", "wy": "wyoming"}
_STATE_NAMES = frozenset(_STATES.values())
# Parties a description may name ("the Labour MP", "the Democratic senator"): a person given none is open to any
_PARTIES = frozenset({"democrat", "democratic", "republican", "gop", "independent", "labour", "labor", "conservative",
                      "tory", "liberal", "snp", "ukip", "plaid", "congress", "bjp", "aap", "tmc", "bsp", "cpi", "cpm",
                      "nationals", "greens"})
_PARTY_TAG = re.compile(r"\s*[(,]\s*([DRI])\s*[-–]\s*([A-Z][A-Za-z.]{1,11}?)\.?\s*[),]")
_WORD = re.compile(r"[A-Za-z][\w'’-]*\.?")
_RUN_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ", "CD", "VBN"}
_RUN_WORDS = {"of", "for", "and", "&", "-", ".", "in", "on"}


def _full(word: str) -> str:
    """A word lower-cased, an abbreviated title expanded ("Sen." -> "senator"), its dot dropped."""
    low = word.lower()
    return ABBREVIATIONS.get(low) or ABBREVIATIONS.get(low + ".") or low.rstrip(".")


def _words(text: str) -> list[str]:
    """The words of a descriptor as `_full` gives them, and the initials of each run of two or three capitalised
    words ("Madhya Pradesh" -> "mp": "the former MP CM", "Uttar Pradesh" -> "up")."""
    words = _WORD.findall(text)
    out = [_full(w) for w in words]
    for n in (2, 3):
        out += ["".join(w[0] for w in words[i:i + n]).lower() for i in range(len(words) - n + 1)
                if all(w[:1].isupper() and w[1:2].islower() for w in words[i:i + n])]
    return out


def _bag(words: list[str]) -> set[str]:
    """The words a description may match: each word, what it abbreviates or means too, "cm" for "chief minister"."""
    bag = set(words)
    for w in words:
        bag.update(_SAME.get(w, ()))
    for (a, b), short in _JOINED.items():
        if any(words[i] == a and words[i + 1] == b for i in range(len(words) - 1)):
            bag.add(short)
    return bag


def _not_a_person(r: Reading, j: int) -> bool:
    entity = r.entity(j)
    return entity is None or entity.kind != "person"


def _title_before(r: Reading, m: int) -> list[str]:
    """The descriptor right before the name at token m: a title run ("AICC general secretary in-charge of Madhya
    Pradesh", "New Jersey Sen.") or, past a comma, an apposition opened by an article ("the Labour MP for Rhondda,")
    or by the sentence ("Former Haryana Chief Minister, Bhupinder Singh Hooda, on Tuesday said")."""
    k = m - 1
    if k >= 1 and r.tokens[k] == ",":
        j = k - 1
        while j >= 0 and k - j <= 10 and r.in_quote[j] == -1 and r.tokens[j].lower() not in ("the", "a", "an") and (
                r.tags[j] in _RUN_TAGS or r.tokens[j] in _RUN_WORDS):
            j -= 1
        opens = j + 1 == r.doc.sentences[r.doc.token_sentence[k]].first_token and r.tokens[j + 1][:1].isupper()
        if j < k - 1 and (opens or r.tokens[j].lower() in ("the", "a", "an")):
            return _words(" ".join(r.tokens[j + 1:k]))  # "Former Haryana Chief Minister, Bhupinder Singh Hooda,"
        return []
    j = k
    while j >= 0 and m - j <= 10 and r.in_quote[j] == -1 and _not_a_person(r, j) and (
            r.tags[j] in _RUN_TAGS or r.tokens[j] in _RUN_WORDS
            or r.tokens[j].lower().rstrip(".") + "." in ABBREVIATIONS):
        j -= 1
    return _words(" ".join(r.tokens[j + 1:m]))


def _after(r: Reading, end: int) -> list[str]:
    """The descriptor right after a name ending at offset `end`: a party-and-state tag, an apposition (a noun phrase
    between commas: "Chris Bryant, the Labour MP for Rhondda,", not a clause: "Trump, having met the Mexican
    president,")."""
    text = r.doc.text
    words: list[str] = []
    tag = _PARTY_TAG.match(text, end, end + 24)
    if tag is not None:
        state = _STATES.get(tag.group(2).replace(".", "").lower())
        words += _SAME[tag.group(1).lower()] + ((state,) if state else ())
        end = tag.end() - 1
    k = bisect_left(r.doc.starts, end)
    if k + 2 >= len(r.tokens) or r.tokens[k] != "," or r.in_quote[k] != -1:
        return words
    j = k + 1 + (r.tokens[k + 1].lower() in ("the", "a", "an"))
    if j >= len(r.tokens) or r.tags[j] not in _RUN_TAGS or r.tags[j] == "VBN":
        return words
    last = j
    while last < min(j + 12, len(r.tokens)) and r.in_quote[last] == -1 and (
            r.tags[last] in _RUN_TAGS or r.tokens[last] in _RUN_WORDS or r.tags[last] == "POS"):
        last += 1
    return words + _words(" ".join(r.tokens[j:last]))


def _fit(bag: set[str], wanted: list[str]) -> int:
    """2 when a person's descriptor words `bag` hold every word of the description; 1 when they hold its head (an
    office, not a party) and each other word is a party or a state the descriptor names none of ("Sen. Robert
    Menendez" for "the New Jersey senator", not "Sen. Lindsey Graham, R-S.C."); 0 otherwise ("former",
    "Estonian", "AICC" must be given)."""
    if all(w in bag for w in wanted):
        return 2
    if wanted[-1] not in bag or wanted[-1] in _PARTIES:
        return 0  # "the Texas Republican": a party is no office; only a person given "Texas" too is tied
    for w in wanted[:-1]:
        if w in bag:
            continue
        for kind in (_PARTIES, _STATE_NAMES):
            if w in kind and not bag & kind:
                break
        else:
            return 0
    return 1


def tied_description(np) -> str | None:
    """A naming rule (`helpers.quotes.nouns`): the name of the one person tied to "the" + up to four words ending
    in a person noun, with a capitalised word before the head or an initialism as head ("the Labour MP", "The AICC
    general secretary", "the former CM"), or to a role without an article in a heading (`_heading_role`); None
    (pass: "the minister" is left to `titles`/`centering`, an untied description to the phrase)."""
    r, first, head = np.r, np.first, np.head
    if np.last != head or head - first > 5 or np.low not in _PERSON_HEADS:
        return None
    if r.tokens[first].lower() != "the":
        return _heading_role(np)
    if head == first or not (any(w[:1].isupper() for w in r.tokens[first + 1:head])
                             or np.token.isupper() and len(np.token) > 1):
        return None
    entity = tied_holder(r, first, [_full(w) for w in r.tokens[first + 1:head + 1] if w != "."])
    return entity.name if entity is not None else None


def _heading_role(np) -> str | None:
    """"Opposition leader says budget will take ‘months’ to fix ¶ Opposition leader Mark Brennan says …": a role
    without an article in a heading (or an article's first line) is the one person the next three paragraphs give
    every word of it, or None."""
    r, first, head = np.r, np.first, np.head
    doc = r.doc
    paragraph = doc.sentences[doc.token_sentence[first]].paragraph
    if r.tags[first] in ("DT", "PRP$", "POS") or r.entity(head) is not None and r.entity(head).kind == "person" \
            or not (paragraph == 0 or r.is_heading(paragraph)):
        return None
    below = doc.paragraphs[min(paragraph + 3, len(doc.paragraphs) - 1)][1]
    i, j = bisect_left(r.person_starts, doc.paragraphs[paragraph][1]), bisect_left(r.person_starts, below)
    entity = _one_holder(r, [_full(w) for w in r.tokens[first:head + 1] if w != "."], r.person_mentions[i:j], 2)
    return entity.name if entity is not None else None


def tied_holder(r: Reading, first: int, words: list[str]):
    """The one person the text gave every word of the description `words` (lower case, after "the" at token
    `first`) before it; failing that, the one person given its head word whose descriptor leaves its party and
    state open (`_fit`); None when nobody or more than one person fits (ambiguous)."""
    i = bisect_left(r.person_starts, r.doc.starts[first])
    return _one_holder(r, words, r.person_mentions[max(0, i - 60):i], 1)


def _one_holder(r: Reading, words: list[str], mentions: list, lowest: int):
    """The one person among `mentions` whose descriptor fits `words` best (`_fit` level 2, else `lowest`), or
    None (nobody, or more than one at the best level)."""
    doc = r.doc
    head = words[-1]
    wanted = [" ".join(words[i:i + 2]) if (" ".join(words[i:i + 2]) in _STATE_NAMES) else w
              for i, w in enumerate(words)]
    wanted = [w for i, w in enumerate(wanted) if not (i > 0 and " ".join(words[i - 1:i + 1]) in _STATE_NAMES)]
    other = OTHER_OFFICE.get(head, ())
    fits: dict[int, tuple[int, object]] = {}
    for start, end, entity in mentions:
        if entity.kind != "person" or r.inside_quote(start) or fits.get(id(entity), (0,))[0] == 2:
            continue
        m = bisect_left(doc.starts, start)
        if m > 0 and r.tokens[m - 1].lower() in ("for", "of", "from") and r.entity(m + 1) is not entity:
            continue  # "the Labour MP for Dunmore": a one-word name after "for" is the seat, not a holder
        # the mention's own words too: the names stage may join a title to the name ("Haryana CM Bhupen Hooda")
        descriptor = _title_before(r, m) + _words(doc.text[start:end]) + _after(r, end)
        if head not in descriptor and head not in _bag(descriptor):
            continue
        if any(descriptor[k] == head and k > 0 and descriptor[k - 1] in other for k in range(len(descriptor))) \
                and not any(w in other for w in words):
            continue  # "Prime Minister X" is not "the minister", "Deputy Premier Y" not "the premier"
        joined = " ".join(descriptor)
        bag = _bag(descriptor) | {s for s in _STATE_NAMES if " " in s and s in joined}
        fit = _fit(bag, wanted)
        if fit > fits.get(id(entity), (0,))[0]:
            fits[id(entity)] = (fit, entity)
    for level in range(2, lowest - 1, -1):
        holders = [entity for fit, entity in fits.values() if fit == level]
        if holders:
            return holders[0] if len(holders) == 1 else None
    return None
