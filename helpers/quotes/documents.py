"""Documents as speakers: "A statement read: “…”", "“…,” the statement said", "the report said".

Lexicon: `DOCUMENT_NOUNS` (what an organisation or a person issues: statements, releases, reports, letters) and the
verbs a document "speaks" with right before its quotation or a colon (`_DOCUMENT_VERBS`: "The statement *read*:").

Grammar, after attribution (`credit_authors`): a quotation credited to a bare document phrase ("the statement", "A
news release", "the report") speaks with the voice of whoever issued it:
- the name after "from"/"by"/"issued by" in the phrase ("a statement from the Interior Ministry");
- else the issuer named in the nearest of the two sentences before it (same or previous paragraph) that mentions the
  same document (a statement for a release): "a note from X", "X released/sent/filed a statement" (`_ISSUING`),
  "In a statement, X announced" ("In a media release, Labor stated that it backed the mill. “…,” the statement
  said." -> Labor; "The ministry issued a statement on Monday. The statement read: “…”" -> the ministry).
Else the document phrase stays the speaker, as PolNeAR credits it ("The Times said Cook provided a statement" names
no issuer by these rules: "said" is no issuing verb, and Cook is not the sentence's subject).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from helpers.language.cues import CARRIER_CUES, CARRIER_NOUNS, STATEMENT_NOUNS

DOCUMENT_NOUNS: frozenset[str] = STATEMENT_NOUNS | frozenset("""
report reports study survey document documents filing ruling judgment communique communiqué notice note resolution
declaration bulletin editorial petition lawsuit indictment affidavit transcript cable memorandum summary
""".split())

_DOCUMENT_VERBS = {"read", "reads", "said", "says", "stated", "states"}
_PHRASE = re.compile(r"(?:the|a|an|this|that|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)"
                     r"(?:\s+(?:from|by|issued by|released by|of)\s+(.+))?", re.I)
_MARKS = {"“", '"', "‘", "``", "'"}


def statement_verb(r, t: int) -> bool:
    """"A statement read: “…”", "The letter reads, “…”", "A statement from the ministry read:": a verb the tagger
    may call a noun, after a document's noun phrase and before a colon, a comma or an opening mark, is the cue."""
    if not (r.tokens[t].lower() in _DOCUMENT_VERBS and t > 0 and t + 1 < len(r.tokens)
            and (r.tokens[t + 1] in (":", ",") or r.tokens[t + 1] in _MARKS)):
        return False
    for k in range(t - 1, max(-1, t - 7), -1):  # "A statement from the Interior Ministry read:"
        low = r.tokens[k].lower()
        if low in DOCUMENT_NOUNS:
            return k == t - 1 or r.tokens[k + 1].lower() in ("from", "by", "of", "issued", "released")
        if r.in_quote[k] != -1 or not r.tokens[k][:1].isalpha():
            return False
    return False


def _document_phrase(speaker: str | None):
    """The match of a speaker that is a document phrase ("the statement", "a statement from X"), else None."""
    if not speaker or not DOCUMENT_NOUNS.intersection(speaker.lower().split()) or speaker[:1].isupper() \
            and speaker.split()[0].lower() not in ("the", "a", "an", "this", "its"):
        return None
    m = _PHRASE.fullmatch(speaker)
    return m if m is not None and m.group(1).lower() in DOCUMENT_NOUNS else None


_ISSUING = {"issued", "issues", "issue", "released", "releases", "release", "sent", "sends", "send", "published",
            "publishes", "posted", "posts", "filed", "files", "file", "wrote", "writes", "distributed", "emailed"}
_BY = {"from", "by"}
# nouns that name the same kind of document: "In a media release, …. “…,” the statement said."
_ANNOUNCEMENTS = frozenset({"statement", "release", "announcement", "communique", "communiqué", "notice", "message"})


def _same_document(noun: str, other: str) -> bool:
    noun, other = noun.lower().rstrip("s"), other.lower().rstrip("s")
    return noun == other or (noun in _ANNOUNCEMENTS and other in _ANNOUNCEMENTS)


def _issuer(subject: str | None) -> str | None:
    """A subject that may issue a document: not a document itself, nor an indefinite phrase ("a U.S. compound")."""
    if not subject or _document_phrase(subject) is not None or subject.split()[0] in ("a", "an"):
        return None
    return subject


def _issuer_in(r, s: int, noun: str) -> str | None:
    """Who issued the document sentence s mentions: "a note from Donald Trump", "Obama released a statement",
    "In a media release issued on Friday, Labor stated"; None when the sentence names no issuer that way."""
    from helpers.quotes.nouns import sentence_subject, speaker_left  # nouns imports appositions: import late

    doc = r.doc
    sent = doc.sentences[s]
    first, last = sent.first_token, sent.last_token
    for d in range(first, last):
        if r.in_quote[d] != -1 or not _same_document(noun, r.tokens[d]):
            continue
        k = d + 1
        if k < last and r.tokens[k].lower() in _BY:  # "a handwritten note from Donald J. Trump"
            k += 2 if k + 1 < last and r.tokens[k + 1].lower() == "the" else 1
            entity = r.entity(k) if k < last and r.in_quote[k] == -1 else None
            if entity is not None and entity.kind != "place":
                return entity.name
        if r.tokens[first].lower() == "in" and any(r.tokens[j] == "," for j in range(d, min(last, d + 12))):
            return _issuer(sentence_subject(r, s))  # "In a statement, the business mogul announced"
        for v in range(d - 1, max(first - 1, d - 7), -1):  # "his campaign sent out a fundraising email"
            if r.tokens[v].lower() in _ISSUING and r.tags[v].startswith("VB"):
                return _issuer(speaker_left(r, v, first))
    return None


def _issuer_before(r, sentence: int, noun: str) -> str | None:
    """The issuer named in the nearest of the two sentences before `sentence` that mentions the document (`noun`)."""
    doc = r.doc
    paragraph = doc.sentences[sentence].paragraph
    for s in range(sentence - 1, max(-1, sentence - 3), -1):
        sent = doc.sentences[s]
        if paragraph - sent.paragraph > 1:
            return None
        if any(r.in_quote[k] == -1 and _same_document(noun, r.tokens[k])
               for k in range(sent.first_token, sent.last_token)):
            return _issuer_in(r, s, noun)
    return None


def credit_authors(r, items) -> None:
    """Give each quotation credited to a bare document phrase the issuer of the document (see the module)."""
    for item in items:
        m = _document_phrase(item.speaker)
        if m is None:
            continue
        if m.group(2):
            name = m.group(2).strip()
            item.speaker = next((e.name for e in r.entities if name.endswith(e.name) or e.name.endswith(name)
                                 and len(name.split()) > 1), name)
            continue
        issuer = _issuer_before(r, item.sentence, m.group(1))
        if issuer:
            item.speaker = issuer


_FINDING_VERBS = {"found", "finds"}


def document_cues(doc) -> dict[int, str]:
    """{token: "find"} for "The report found “…”", "the study also finds": a document's finding is its words (only
    after a document noun; "Police found “…”" is no cue)."""
    text = doc.text
    if "found" not in text and "finds" not in text:
        return {}
    tokens, cues = doc.tokens, {}
    for word in _FINDING_VERBS:
        t = -1
        while True:
            try:
                t = tokens.index(word, t + 1)  # a scan in C: most articles have no "found" at all
            except ValueError:
                break
            k = t - 1
            if k > 0 and tokens[k].lower() in ("also", "further", "has", "had", "have"):
                k -= 1
            if k >= 0 and tokens[k].lower() in DOCUMENT_NOUNS:
                cues[t] = "find"
    return cues


def carrier_cue_before(r, quote: int, first: int) -> str | None:
    """"a sign which read “March route this way,” state media denied …", "banners such as “Free Tibet”": the text of
    a thing that carries words (`cues.CARRIER_NOUNS`: signs, banners, shirts) whose verb (or "such as") stands right
    before the opening mark has no speaker, whatever cue follows the quotation. Returns that verb, or None."""
    t = quote - 1
    if t > first and r.tokens[t] in (",", ":"):
        t -= 1
    if t - 1 > first and r.tokens[t].lower() in ("and", "or") and (q := r.in_quote[t - 1]) != -1:
        return carrier_cue_before(r, bisect_left(r.doc.starts, r.spans[q].start), first)  # "“A” and “B”"
    if t - 2 >= first and r.tokens[t].lower() == "as" and r.tokens[t - 1].lower() == "such" \
            and r.tokens[t - 2].lower() in CARRIER_NOUNS:
        return "such as"  # "holding banners such as “Free Tibet”"
    if t <= first or r.in_quote[t] != -1 or r.cue_lemmas.get(t) not in CARRIER_CUES:
        return None
    k = t - 1
    while k >= first and (r.tags[k] == "RB" or r.tokens[k].lower() in ("that", "which", ",")):
        k -= 1
    return r.tokens[t] if k >= first and r.in_quote[k] == -1 and r.tokens[k].lower() in CARRIER_NOUNS else None
