"""Kinds of quotation: `full` (reported sentences), `partial` (a fragment of speech inside the writer's
sentence) and `term` (scare quotes, nicknames and titles: no speaker).

A quotation is a term when one of an ordered list of small rules (`_TERM_RULES`) says so, each reading the
words around it (`Quoted`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from helpers.language.cues import TERM_MARKERS
from helpers.language.entities import first_names
from helpers.language.segment import Document
from helpers.quotes.marks import QuoteSpan
from helpers.quotes.reading import Reading


def is_full(doc: Document, span: QuoteSpan, content: str) -> bool:
    """Reported sentences: capitalised (past a bracket: "(Cruz) has ...") and either opening the sentence, after ':'
    or ',', or ending in . ? !; or a whole paragraph of quotation of a sentence or more ("… they still go on")."""
    if not content:
        return False
    p_start, p_end = doc.paragraphs[span.paragraph]
    if span.start == p_start and not doc.text[span.end:p_end].strip() and span.close_len \
            and re.search(r"[.?!…][”’\"']?$", content) and len(content.split()) >= 4:
        return True
    opening = content.lstrip("([")
    if not opening or not (opening[0].isupper() or opening[0].isdigit() or opening[0] in "“‘\"'"):
        return False
    before = doc.text[max(0, span.start - 3):span.start].rstrip()
    sentence = doc.sentences[doc.sentence_index_at(span.start)]
    at_start = span.start <= sentence.start + 1 or span.start == doc.paragraphs[span.paragraph][0]
    if at_start or before.endswith((":", ",")) or len(content.split()) >= 8:
        return True
    # ends like a sentence, but a few words after a preposition or an article are the writer's sentence going on:
    # "Chan and Tucker were missing from ''Rush Hour.''"
    words_before = re.findall(r"[A-Za-z]+", doc.text[max(sentence.start, span.start - 20):span.start])
    if len(content.split()) <= 4 and content.rstrip("”’\"'").endswith(".") and words_before \
            and words_before[-1].lower() in _ENDS_NO_SENTENCE:  # "chants of “Lock her up!”" stay speech
        return False
    return bool(re.search(r"[.?!…][”’\"']?\s*$", content))


_ENDS_NO_SENTENCE = {"of", "from", "for", "in", "on", "at", "with", "about", "by", "into", "the", "a", "an", "his",
                     "her", "their", "its", "our", "my", "your"}


class Quoted:
    """A quotation read for its kind: the tokens just before and after it, its words."""

    def __init__(self, r: Reading, span: QuoteSpan, content: str) -> None:
        self.r = r
        self.span = span
        self.content = content
        self.words = content.rstrip(",.!?").split()
        self.first = bisect_left(r.doc.starts, span.start)  # its opening mark's token
        self.after = bisect_left(r.doc.starts, span.end)  # the token after its closing mark

    @cached_property
    def before(self) -> int:
        """The token before it, past determiners and "new", "latest" ("on CNN’s new “…”")."""
        k = self.first - 1
        while k > 0 and self.r.tokens[k].lower() in ("the", "a", "an", "his", "her", "their", "its", "new", "latest",
                                                     ","):
            k -= 1
        return k

    @property
    def prev(self) -> str:
        return self.r.tokens[self.before] if self.before >= 0 else ""

    @property
    def unpunctuated(self) -> bool:
        return not re.search(r"[,.!?;:…]$", self.content)


# markers that name a term even across a comma ("the charged term, “radical Islam,”")
_NAMING_MARKERS = {"term", "terms", "slogan", "slogans", "label", "nickname", "moniker", "hashtag", "motto"}


def _term_marker(x: Quoted) -> bool:
    """"so-called “X”", "known as “X”", "the word “X”", "the charged term, “X,”": a marker before."""
    t = x.first - 1
    if t >= 1 and x.r.tokens[t] == "," and x.r.tokens[t - 1].lower() in _NAMING_MARKERS:
        return True  # "the term, “X”" but not "in her words, “…”" nor "as he was known, “…”"
    if t >= 0 and x.r.tokens[t].lower() == "as":
        t -= 1
    return t >= 0 and x.r.tokens[t].lower() in TERM_MARKERS


def _title(x: Quoted) -> bool:
    """"on CNN’s “New Day”", "author of ''Destiny and Power''", "the podcast “The Axe Files”",
    "''Trump Revealed,'' a biography": a title in Title Case after a possessive or "on", or before "a" noun."""
    r, words = x.r, x.words
    if not (0 < len(words) <= 12 and _title_case(words)):
        return False
    if x.prev in ("’s", "'s", "'") or x.prev.lower() in _TITLE_BEFORE or (x.prev.lower() == "for" and len(words) >= 2):
        return True  # "for “Dateline on Assignment”" (one word after "for" is as often a name: "voted for “Trump”")
    k = x.before
    if x.first > 0 and re.fullmatch(r"(1[89]|20)\d\d", r.tokens[x.first - 1]) and not x.content.endswith(("!", "?")):
        return True  # "the 2010 “Expulsion Initiative.”"
    if x.prev.lower() in ("including", "like") and any(
            r.tokens[j].lower() in _WORKS for j in range(max(0, k - 3), k)):
        return True  # "added Latin hits including “La Gozadera”"
    if x.prev in ("—", "–", "--") and k >= 1 and r.tags[k - 1] in ("NN", "NNS") and len(words) >= 2 \
            and not re.search(r"[.!?]$", x.content):
        return True  # "the SVP has called a referendum — “No to Free Lawyers” — for June 5"
    return x.after + 1 < len(r.tokens) and x.content.endswith(",") \
        and r.tokens[x.after].lower() in ("a", "an") and r.tags[x.after + 1] in ("NN", "JJ")


def _named_document(x: Quoted) -> bool:
    """"In his ''commander's intent,'' a document he drew up last year": a quotation in apposition with "a document",
    "a memo", "a bill" names it."""
    r, after = x.r, x.after
    return 0 < len(x.words) <= 6 and x.content.endswith(",") and after + 1 < len(r.tokens) \
        and r.tokens[after].lower() in ("a", "an") and r.tokens[after + 1].lower() in _DOCUMENTS


def _dated_title(x: Quoted) -> bool:
    """"“Stop mass naturalization” (2008)", "“Casablanca” (1942)": a quotation followed by a year in brackets names
    a work, a campaign or a law."""
    text, end = x.r.doc.text, x.span.end
    return re.match(r"\s*\((1[89]|20)\d\d\)", text[end:end + 10]) is not None


def _quoted_modifier(x: Quoted) -> bool:
    """"a “provisional” period", "the “Never Trump” movement", "angry “Dear Tom” letters", "a “No-B.S.” barbecue",
    "his “Second Amendment people” remark": a short quoted modifier between a determiner (a possessive, an
    adjective) and a noun. Not "“profane” and “sexist” attacks", "the rage and “eruptive” behavior": adjectives
    coordinated with speech are speech."""
    r, words, first = x.r, x.words, x.first
    if not (0 < len(words) <= 4 and first > 0 and _common_noun(r, x.after)):
        return False
    if x.content.endswith((",", "!", "?")) or (x.content.endswith(".") and not re.search(r"\.\w+\.$", x.content)):
        return False  # "No-B.S." is an abbreviation, not the end of a sentence
    before = r.tags[first - 1]
    if _title_case(words) or len(words) <= 2:
        return before in ("DT", "JJ", "PRP$", "POS", "CD") or (before in ("CC", "VBG") and _title_case(words))
    return before in ("PRP$", "POS")


def _quoted_subject(x: Quoted) -> bool:
    """"“Containment” has been policy", "“Top Secret” is a level", "“Daily Show” host Trevor Noah" — but not
    "“Family values people” are “not out to bash gays,” he said", where a cue makes it speech."""
    r, span, after = x.r, x.span, x.after
    return 0 < len(x.words) <= 5 and x.unpunctuated and _opens_sentence(r.doc, span) \
        and not span.continues and span.close_len and after < len(r.tokens) and r.in_quote[after] == -1 \
        and (r.tags[after] in _FINITE_TAGS or r.tokens[after] == "(" or _common_noun(r, after)
             or _past_with_object(r, after)
             or (r.tags[after] == "RB" and after + 1 < len(r.tokens) and r.tags[after + 1] in _FINITE_TAGS)) \
        and not _finite_cue_in_sentence(r, span)


def _past_with_object(r: Reading, t: int) -> bool:
    """A past form the tagger calls a participle, with its object after it: "“Stickerboy” *placed* two stickers"."""
    return t + 1 < len(r.tokens) and r.tags[t] == "VBN" and r.tokens[t].endswith("ed") \
        and r.tags[t + 1] in ("DT", "CD", "PRP$", "PRP") and r.tokens[t + 1].lower() != "by"


def _scare_quoted_noun(x: Quoted) -> bool:
    """A noun in scare quotes as a subject: "this “dinner” is fictitious"."""
    r, first, after = x.r, x.first, x.after
    return 0 < len(x.words) <= 2 and x.unpunctuated and first > 0 \
        and r.tags[first - 1] in ("DT", "PRP$") and after < len(r.tokens) and r.tags[after] in _FINITE_TAGS \
        and not _cue_in_sentence(r, x.span)


def _listed_title(x: Quoted) -> bool:
    """A title and its translation: "a play called “Los Hijos de Trump,” or “Sons of Trump,”"; a list of titles:
    "starred in “Parks and Recreation” and “Guardians of the Galaxy”"."""
    r, k, prev, words = x.r, x.before, x.prev, x.words
    if not (prev.lower() in ("or", "and") and k >= 1 and r.quote_end(k - 1) and 0 < len(words) <= 6
            and (_title_case(words) or len(words) <= 2)):
        return False
    earlier = r.in_quote[k - 1]
    earlier_span = r.spans[earlier] if earlier != -1 else None
    return earlier in r.terms and (r.doc.text[:earlier_span.end - earlier_span.close_len].endswith(",")
                                   or (prev.lower() == "and" and _title_case(words)))


def _nickname(x: Quoted) -> bool:
    """A nickname inside a name ("Jesus “Chuy” Garcia", a first name the name lists lack between two proper nouns),
    an epithet before a name ("the votes of “Dixiecrat” Strom Thurmond")."""
    r, first, after = x.r, x.first, x.after
    if not (0 < len(x.words) <= 2 and _title_case(x.words) and x.unpunctuated and first > 0
            and after + 1 < len(r.tokens) and r.tokens[after][:1].isupper() and r.tokens[after].isalpha()
            and r.in_quote[after] == -1):
        return False
    before, full_name = r.tokens[first - 1], r.tags[after] == "NNP" and r.tags[after + 1] == "NNP" \
        and r.tokens[after + 1][:1].isupper()
    if before[:1].isupper() and (before.lower() in first_names() and r.tokens[after + 1][:1].isupper()):
        return True
    if len(x.words) == 1 and before[:1].isupper() and r.tags[first - 1] == "NNP" and r.tags[after] == "NNP" \
            and not _opens_sentence(r.doc, x.span) \
            and r.doc.sentences[r.doc.token_sentence[first]].first_token < first - 1:
        return True  # "JesÃos “Chuy” GarcÃa": a one-word nickname between a first name and a surname
    return r.tags[first - 1] in ("IN", "DT") and (
        (r.tokens[after].lower() in first_names() and r.tokens[after + 1][:1].isupper()) or full_name)


def _headline_title(x: Quoted) -> bool:
    """"'Sonic' Redesign Cost Paramount Nowhere Near $35 Million", "'Waves': Why Taylor Russell ...": a title in
    quotation marks opening a headline (the words after it are in headline case, or a colon follows)."""
    r, span = x.r, x.span
    if not (0 < len(x.words) <= 6 and _title_case(x.words) and not re.search(r"[.!?]$", x.content)
            and _opens_sentence(r.doc, span)):
        return False
    p_end = r.doc.paragraphs[span.paragraph][1]
    rest = r.doc.text[span.end:min(p_end, span.end + 120)]
    if rest.startswith(":"):
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", rest)[:6]
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _single_letter(x: Quoted) -> bool:
    """"pull the lever for “R,” or “D,”", "a grade of “A”": a letter alone is a label, not speech."""
    bare = x.content.strip(",.;:!? ")
    return len(bare) == 1 and bare.isalpha()


def _attached_suffix(x: Quoted) -> bool:
    """"“moan”-worthy headlines", "“Obamacare”-style plans": a quotation joined by a hyphen to the word after it
    is part of a compound word."""
    text = x.r.doc.text
    return text[x.span.end:x.span.end + 1] in ("-", "‐") and text[x.span.end + 1:x.span.end + 2].isalpha()


def _byline_title(x: Quoted) -> bool:
    """"“Met accused of whitewashing baby Jesus,” by Post’s Kathianne Boniello: “…”": the title of a piece,
    credited to its writer by "by" (a digest of other papers' stories), opening its sentence or after a dash."""
    r, after = x.r, x.after
    if after < len(r.tokens) and r.tokens[after] == ",":
        after += 1
    if not (after + 1 < len(r.tokens) and r.tokens[after] == "by" and r.tokens[after + 1][:1].isupper()):
        return False
    return _opens_sentence(r.doc, x.span) or (x.first > 0 and r.tokens[x.first - 1] in ("—", "–", "-", "--"))


def _label_paragraph(x: Quoted) -> bool:
    """A paragraph that is only a short quoted label ending in a colon ("“Related:”"): page furniture."""
    doc, span = x.r.doc, x.span
    p_start, p_end = doc.paragraphs[span.paragraph]
    return span.start == p_start and not doc.text[span.end:p_end].strip() and len(x.words) <= 3 \
        and x.content.endswith(":")


_TERM_RULES = (_term_marker, _title, _quoted_modifier, _quoted_subject, _scare_quoted_noun, _listed_title, _nickname,
               _headline_title, _named_document, _dated_title, _single_letter, _attached_suffix, _byline_title,
               _label_paragraph)


def is_term(r: Reading, span: QuoteSpan, content: str) -> bool:
    """Scare quotes, names and titles, told by the words around them (`_TERM_RULES`, in order)."""
    if span.continues:
        return False  # the rest of a quotation that began in the previous paragraph
    x = Quoted(r, span, content)
    return any(rule(x) for rule in _TERM_RULES)


# finite verbs: a quotation that opens a sentence and runs straight into one is the sentence's subject
_FINITE_TAGS = {"VBZ", "VBD", "VBP", "MD"}


def _common_noun(r: Reading, t: int) -> bool:
    """A lowercase common noun at token t: "the “Never Trump” *movement*". The tagger sometimes calls a noun
    after a closing mark a wh-word ("the “X” *hat* his campaign gave her"), so those count when the word is
    not a real wh-word."""
    if t >= len(r.tokens) or not r.tokens[t].isalpha() or not r.tokens[t].islower():
        return False
    return r.tags[t] in ("NN", "NNS") or (r.tags[t] in ("WP", "WDT") and r.tokens[t] not in _WH_WORDS)


_WH_WORDS = {"who", "whom", "whose", "what", "which", "that", "whatever", "whichever", "whoever"}


def _finite_cue_in_sentence(r: Reading, span: QuoteSpan) -> bool:
    """A speech verb in the quotation's sentence ("he said", "Cruz says"), not a participle ("a show written by")."""
    sentence = r.doc.sentences[r.doc.sentence_index_at(span.start)]
    return any(r.tags[t] in ("VBD", "VBZ", "VBP", "NN", "NNS") and r.tokens[t].lower() != "according"
               for t, _ in r.cues_in(sentence.first_token, sentence.last_token))


def _cue_in_sentence(r: Reading, span: QuoteSpan) -> bool:
    """Any speech cue in the quotation's sentence: "what employees have called a “scheme” took a turn"."""
    sentence = r.doc.sentences[r.doc.sentence_index_at(span.start)]
    return bool(r.cues_in(sentence.first_token, sentence.last_token))


def _opens_sentence(doc: Document, span: QuoteSpan) -> bool:
    """The quotation is the first thing in its sentence (or paragraph)."""
    sentence = doc.sentences[doc.sentence_index_at(span.start)]
    return span.start <= sentence.start + 1 or span.start == doc.paragraphs[span.paragraph][0]


# plural nouns of works before "including" or "like": "hits including “La Gozadera”"
_WORKS = {"hits", "songs", "films", "movies", "books", "shows", "albums", "tracks", "plays", "novels", "series",
          "programs", "programmes", "ads", "titles", "works", "initiatives", "campaigns", "slogans", "podcasts"}
_DOCUMENTS = {"document", "memo", "memorandum", "bill", "law", "report", "book", "booklet", "pamphlet", "manual",
              "letter", "program", "programme", "plan", "policy", "directive", "column", "newsletter", "film", "song"}
_TITLE_BEFORE = {"on", "of", "to", "in", "with", "told", "called", "program", "programme", "show", "titled",
                 "entitled", "film", "book", "movie", "series", "podcast", "documentary", "song", "album", "novel",
                 "memoir", "biography", "autobiography", "column", "op-ed", "essay", "episode", "publish",
                 "published", "headline", "article", "play", "musical", "anthem", "tune", "ad", "ads", "commercial",
                 "video", "at", "perform", "performed", "performing", "performs", "sang", "sing", "sings", "singing",
                 "played", "playing", "watched", "watching"}
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "&",
                # small words of Spanish, French, German, Dutch titles: "Los Hijos de Trump", "Vive la France"
                "de", "del", "la", "las", "los", "el", "y", "le", "les", "des", "du", "et", "von", "van", "der"}


def _title_case(words: list[str]) -> bool:
    """"Sunday Morning Futures", "Fox & Friends", "Meet the Press", "60 Minutes": every long word capitalised."""
    opens = words[0][:1].isupper() or words[0][:1].isdigit()
    return opens and all(w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)



_SUBJECT_TAGS = {"PRP", "DT", "NN", "NNS", "NNP", "NNPS", "EX", "CD", "PRP$", "JJ"}
_CLAUSE_BREAKS = {",", ";", ":", "—", "–", "(", ".", "that"}


def reported_clause(r: Reading, span: QuoteSpan, content: str) -> bool:
    """A whole reported sentence in lower case after a cue and a comma or colon: `McCready commented, “he gets sounds
    …”` is full when the quotation opens with its own subject and a finite verb within a few words, ends like a
    sentence, and the cue's clause opens the sentence (or follows the quotation's first part). The writer's words
    before the cue make it the writer's sentence going on: "If Clinton is elected, he said, “she might be …”",
    "Instead, Axelrod said, “she started …”", "he added that, “my principle …”" stay partial."""
    if not content[:1].islower() or not re.search(r"[.?!…][”’\"']?$", content) \
            or not r.doc.text[max(0, span.start - 3):span.start].rstrip().endswith((",", ":")):
        return False
    starts = r.doc.starts
    first = bisect_left(starts, span.start + span.open_len)  # the first word inside the marks
    mark = bisect_left(starts, span.start) - 1  # the comma or colon before the opening mark
    if first >= len(r.tokens) or mark < 1 or r.tags[first] not in _SUBJECT_TAGS:
        return False
    floor = r.doc.sentences[r.doc.token_sentence[mark]].first_token
    cue = next((k for k in range(mark - 1, max(mark - 5, floor - 1), -1)
                if k in r.cue_lemmas or r.tokens[k].lower() in _CLAUSE_BREAKS), None)
    if cue is None or cue not in r.cue_lemmas or r.in_quote[cue] != -1 or not r.tags[cue].startswith("VB"):
        return False
    for k in range(cue - 1, floor - 1, -1):  # the cue's clause back to the sentence start or a quotation
        if r.quote_end(k):
            break
        if r.tokens[k] in (",", ";", ":", "—", "–", "("):
            return False
    for k in range(first + 1, min(first + 7, len(r.tokens))):
        if r.tokens[k].lower() in _CLAUSE_BREAKS:
            return False
        if r.tags[k] in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False
