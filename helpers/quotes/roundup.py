"""Attribution in roundups and long news sentences: who speaks when the cue is far, shared or in an apposition.

Rules used by `helpers.quotes.attribution` (each cheap: a token test before any walk):
- `name_on_topic`: a list item or roundup line "— Patriots tight end Martellus Bennett on returning to
  the game: “…”", "Brady on his suspension: “…”", "Jets coach Rex Ryan on what he bought Sanchez, quoted
  from his press conference: “…”": the name before "on" speaks; what follows "on" is the topic;
- `after_semicolon`: a cue after the quotation with a semicolon between them is another clause's ("The Ravens
  fired “an excellent coach;” Brady isn't satisfied; and one Jets star says being last is “perfect”");
- `owns_next_quotation`: a cue in a relative clause that introduces a quotation of its own ("telling one man
  who proclaimed to be “punishing the system” that he was “not Nelson Mandela”") speaks no other quotation;
- `headline_signature`: a heading ending ": Name" ("Albanese ‘shifty’ and ‘out of his depth’ on Voice: Dutton")
  quotes that person;
- `progressive_speech`: "the Congress had been saying “garibi hataao”", "She is noting the “kind of problems”": a
  progressive of a verb that is only speech is a finite cue, not a participle ranked after the others;
- `apposition_cue`: an infinitive or participle cue inside an apposition to a person ("Nicola Willis - one of
  the first to call the council a “shambles” - offered", "Ann Lee, the first to call it “a scam”, said").
"""
from __future__ import annotations

from bisect import bisect_left

from helpers.language.cues import BE_FORMS, CLAUSELESS_CUES
from helpers.language.entities import PERSON_TITLES
from helpers.quotes.adverbials import is_dash
from helpers.quotes.reading import Reading

_BULLETS = {"—", "–", "-", "--", "―", "•", "*", "·"}
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_OPENERS = {",", "-", "—", "–"}
_NP_OPENING = ("CD", "DT", "JJ", "JJS", "NN", "PRP$")


def name_on_topic(r: Reading, first: int, quote: int) -> str | None:
    """The speaker of "Name on topic: “…”" (a roundup line, after an optional dash or bullet), or None. `first` is
    the sentence's first token, `quote` the quotation's first token."""
    colon = quote - 1
    if colon <= first or r.tokens[colon] != ":" or r.in_quote[colon - 1] != -1:
        return None
    k = first
    while k < colon and r.tokens[k] in _BULLETS:
        k += 1
    on = next((j for j in range(k + 1, min(k + 9, colon)) if r.tokens[j].lower() == "on"), None)
    if on is None:
        return None
    entity = r.entity(on - 1)
    if entity is None or entity.kind == "place":
        return None
    for j in range(k, on):  # before "on": a name and the words of its role only ("Dolphins coach Adam Gase"; the
        token = r.tokens[j]  # tagger may call "Dolphins coach" verbs)
        if r.in_quote[j] != -1 or not (token[:1].isupper() or token in PERSON_TITLES or token in ("'s", "’s")
                                       or r.tags[j] in ("NN", "NNS", "JJ")):
            return None
    return entity.name


def after_semicolon(r: Reading, quote_last: int, t: int) -> bool:
    """A cue after the quotation (whose last token is `quote_last`) with a semicolon outside quotations between."""
    return t > quote_last and any(r.tokens[k] == ";" and r.in_quote[k] == -1 for k in range(quote_last, t))


def owns_next_quotation(r: Reading, q: int, t: int, last: int) -> bool:
    """A cue right after "who"/"which"/"that" whose own quotation (not q) follows within four tokens ("who proclaimed
    to be “…”", "which described it as “…”")."""
    if t == 0 or r.tokens[t - 1].lower() not in ("who", "which", "that"):
        return False
    for k in range(t + 1, min(t + 5, last)):
        if r.in_quote[k] != -1:
            return r.in_quote[k] != q
        if r.tokens[k] in (",", ".", ";"):
            return False
    return False


def apposition_cue(r: Reading, t: int, first: int) -> str | None:
    """The person an apposition holding an infinitive or participle cue describes ("Nicola Willis - one of the
    first to call the council a “shambles” -"), or None."""
    if not (r.tags[t] == "VBG" or (r.tags[t] == "VB" and t > first and r.tokens[t - 1].lower() == "to")):
        return None
    k = t - 1
    while k > first and t - k <= 8 and not (r.tokens[k] in _OPENERS and is_dash(r, k)):
        if r.tags[k] in _FINITE or r.in_quote[k] != -1:
            return None
        k -= 1
    if k <= first or not (r.tokens[k] in _OPENERS and is_dash(r, k)) or r.tags[k + 1] not in _NP_OPENING:
        return None  # the apposition opens with a noun phrase: "one of", "the first", "a critic"
    entity = r.entity(k - 1)
    if entity is None or entity.kind != "person":
        return None
    return entity.name


# Cue lemmas whose progressive is often no speech ("executives were calling every 15 minutes", "is reading") or
# takes no clause ("he is speaking at the convention")
_NOT_PROGRESSIVE_SPEECH = {"call", "read", "charge", "post", "press", "report", "signal", "welcome", "greet", "sing",
                           "continue", "cite", "quote", "answer", "question", "remember"} | CLAUSELESS_CUES


def progressive_speech(r: Reading, t: int, lemma: str) -> bool:
    """A VBG cue after a form of "be" ("was saying", "had been saying", "is noting") whose verb is only speech."""
    return r.tokens[t - 1].lower() in BE_FORMS and lemma not in _NOT_PROGRESSIVE_SPEECH


def headline_signature(r: Reading, paragraph: int) -> str | None:
    """"Albanese ‘shifty’, ‘incompetent’ and ‘out of his depth’ on Voice: Dutton", "Rates will rise ‘soon’: RBI
    Governor Das": a heading (a short paragraph with no full stop) that ends with a colon and a person's name
    quotes that person; the name, or None."""
    p_start, p_end = r.doc.paragraphs[paragraph]
    line = r.doc.text[p_start:p_end].rstrip()
    if ":" not in line or line.endswith((".", "?", "!", "”", "’", "\"", "'")) or len(line.split()) > 25:
        return None
    last = bisect_left(r.doc.starts, p_start + len(line)) - 1
    entity = r.entity(last)
    if entity is None or entity.kind != "person":
        return None
    k = last
    while k > 0 and r.entity(k - 1) is entity:
        k -= 1
    while k > 0 and r.tokens[k - 1].lower() in PERSON_TITLES:
        k -= 1
    return entity.name if k > 0 and r.tokens[k - 1] == ":" else None
