"""Pasted page text: a .txt holding a web page's whole visible text, cleaned down to the story.

Someone who selects a whole page in a browser and pastes it into a file brings the menus, bylines,
"Share" buttons, related headlines, cookie notices and footers along with the story. This module finds
the story's lines and gives every other line a reason; `helpers.load.article.clean` removes those lines and
reports each removal with its span, as it does for the furniture labels of `helpers.load.furniture`.

When is a .txt a pasted page? (`looks_pasted`) Only when it carries page furniture at scale: at least
`MIN_EVIDENCE` lines and `MIN_EVIDENCE_SHARE` of its lines are of kinds a written article does not
contain (a furniture label such as "Share" or "Log in", a short bulleted menu or link item, a repeated
short label without punctuation such as a menu shown twice, a cookie, consent or copyright notice, a
timestamp line), and they are of at least two of those kinds. A clean article (wire copy, a story with
a bulleted list or a few repeated photo credits) has a handful at most, so it is never touched here; the
check needs no word lists and costs one pass over the lines.

How the story's lines are found (`classify`), after jusText (Pomikálek 2011) adapted to lines of text,
which have no markup and no links:
1. Each non-blank line gets a label from its own cues. *bad*: a furniture label, no words, a copyright,
   cookie or consent notice, sign-up text under 200 characters ("Subscribe to our newsletter", "Please
   enter your email address"), a timestamp ("18 Nov 2019, 19:09", "2 hours ago"), a short line repeated
   on the page, or a long line with few stopwords (a table row, a list of names). *short*: under 70
   characters, or a bulleted item under 200 (a menu entry, a related headline). Otherwise by stopword
   density (nltk's list for the page's language, the one covering most of its running words):
   *good* when long and dense, *near* when less so. Thresholds are jusText's (0.30 / 0.32), scaled down
   for a language whose list covers less of its prose than English's. A language nltk has no list for
   (Korean, Japanese, Chinese) uses sentence punctuation instead, and counts a CJK character as three.
2. The story is one stretch of the page: the run of lines with the greatest total weight (good lines
   count their length, near ones part of it, a short sentence a little; short lines, labelled lines and
   lines with few stopwords count against, a label standing alone between paragraphs, such as an inline
   "Advertisement", much less than a block of them), so menus above, related headlines and comments
   below, and prose-like cookie notices in the footer fall outside it. Short sentences just above the
   stretch are taken in as the story's opening.
3. Inside that stretch, context decides the short lines, as jusText does: a short line between good
   lines (a one-line paragraph, a subheading) stays, one among bad lines (a caption, a byline) goes.
Rules are general (lengths, densities, punctuation, position, repetition); nothing names a site.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from helpers.load.furniture import furniture_rule as _furniture_rule
from helpers.load.written_in import stoplists

LENGTH_LOW, LENGTH_HIGH = 70, 200  # characters: a short line; a long paragraph (jusText's values)
STOP_LOW, STOP_HIGH = 0.30, 0.32  # stopword density of prose (jusText's values, for English)
MIN_STOP_COVERAGE = 0.10  # below this share of stopwords in its long lines, a page's language has no list
MIN_EVIDENCE, MIN_EVIDENCE_SHARE = 8, 0.10  # lines of page furniture that make a .txt a pasted page

_LINE = re.compile(r"[^\n]*\n?")
# What the cleaner treats as spaces: whitespace (every such character is below U+3001), control
# characters and invisible separators. A line is trimmed of them.
_INVISIBLE = frozenset(map(chr, [*range(0x00, 0x09), *range(0x0e, 0x1c), 0x7f, 0x200b, 0x2060, 0xfeff]))
_SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "".join(sorted(_INVISIBLE))
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SYMBOL_BULLET = re.compile(r"[*+•·▪◦‣●○■□➤►▶→»›o-](?:\s|$)")
_BULLET = re.compile(r"(?:[*+•·▪◦‣●○■□➤►▶→»›-]|o(?=\s)|\d{1,2}[.)](?=\s))\s*")
_SENTENCE = re.compile(r"[.!?。！？…][\"”’'»)]*$")
_PUNCTUATED = re.compile(r"[.!?:;)\]”\"'{}]$")
_LETTER = re.compile(r"[^\W\d_]")
_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_CJK_SENTENCE = re.compile(r"[.!?。！？](?:\s|$)")
_COPYRIGHT = re.compile(r"©|\bcopyright\b|all rights reserved", re.I)
_COOKIE = re.compile(
    r"\bcookies?\b|\bconsent\b|privacy (?:policy|settings|overview)|terms (?:of|and) (?:use|service)", re.I)
_SIGN_UP = re.compile(
    r"(?<![-\w])(?:subscribe|subscribed|subscription|unsubscribe|newsletters?|sign(?:ed)? up|sign in|log ?in|"
    r"register|e-?mail address|activation link|notifications)(?![-\w])", re.I)
_RELATIVE_TIME = re.compile(
    r"\b(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|"
    r"months?|y|yrs?|years?)\s+ago\b|^\W*(?:just now|yesterday|today)\W*$", re.I)  # "Today", not "Business Today"
_DATE_WORD = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m|p\.m|gmt|utc|[ecmp][sd]t|et|bst|cet|updated|"
    r"published|posted|at|on|ago|\d+(?:st|nd|rd|th)?)", re.I)

# How much a line of each label weighs, per character, when finding the story's stretch (step 2).
_WEIGHT = {"good": 1.0, "near": 0.6, "short": -0.3, "bad": -1.0}
_SENTENCE_WEIGHT = 0.3  # a short line that reads as a sentence counts for the story, a little
# A bad line with a clear reason (a label, a timestamp) costs this much more; little when it stands alone
# between paragraphs (an inline "Advertisement"), much when it follows another (a block of page furniture).
_LABEL_PENALTY_ALONE, _LABEL_PENALTY_RUN = 30, 150
_SHORT_PENALTY = 10  # and a short line this much


# A page repeats its labels (menus shown twice, "Share" under every teaser): each is matched once.
furniture_rule = lru_cache(maxsize=4096)(_furniture_rule)


@dataclass(slots=True)
class Line:
    """One non-blank line of the page: its trimmed span in the original, its cues and its label."""

    start: int
    end: int
    text: str
    words: int = 0
    stop: float = 0.0  # share of its words that are stopwords
    bullet: bool = False
    label: str = ""  # good / near / short / bad
    reason: str = ""  # why a bad line is not the story
    weight: float = 0.0


def split_lines(original: str) -> list[Line]:
    """The non-blank lines of `original`, each trimmed of surrounding whitespace (and of the control and
    invisible characters the cleaner counts as whitespace)."""
    lines = []
    for match in _LINE.finditer(original):
        content = match.group()
        text, chars = content.strip(), None
        if text and (text[0] in _INVISIBLE or text[-1] in _INVISIBLE):
            text, chars = content.strip(_SPACES), _SPACES  # rare: the slower strip only when needed
        if text:
            start = match.start() + len(content) - len(content.lstrip(chars))
            lines.append(Line(start, start + len(text), text))
    return lines


# --------------------------------------------------------------------------- is it a pasted page?


def is_timestamp(text: str) -> bool:
    """A line made of a date or time and little else: "18 Nov 2019, 19:09", "Updated: 2 hours ago"."""
    if len(text) < LENGTH_LOW and _RELATIVE_TIME.search(text):
        return True
    words = _WORD.findall(text)
    if not words or len(words) > 12 or text.isdigit():
        return False
    return sum(bool(_DATE_WORD.fullmatch(w)) for w in words) >= 0.7 * len(words)


def furniture_kind(line: Line, repeated: Counter) -> str | None:
    """The kind of page furniture a line is, by cues a written article does not have; None otherwise."""
    text = line.text
    if len(text) > 300:
        return None
    bullet = _BULLET.match(text)
    rule = furniture_rule(text) or (furniture_rule(text[bullet.end():]) if bullet else None)
    if rule:
        return rule
    if _SYMBOL_BULLET.match(text) and len(_WORD.findall(text)) < 6:
        return "link list"
    if len(text) < LENGTH_LOW and repeated[text.lower()] > 1 and not _PUNCTUATED.search(text) \
            and _LETTER.search(text):
        return "repeated line"
    if _COPYRIGHT.search(text):
        return "copyright"
    if _COOKIE.search(text):
        return "cookies and privacy"
    if is_timestamp(text):
        return "timestamp"
    return None


def _repeats(lines: list[Line]) -> Counter:
    return Counter(line.text.lower() for line in lines if len(line.text) < LENGTH_LOW)


def looks_pasted(original: str) -> bool:
    """True when `original` is a web page's whole visible text rather than an article (see the module's
    docstring): at least MIN_EVIDENCE lines, and MIN_EVIDENCE_SHARE of its lines, are page furniture of
    at least two kinds."""
    if len(original) > 5_000_000:
        return False
    lines = split_lines(original)
    needed = max(MIN_EVIDENCE, MIN_EVIDENCE_SHARE * len(lines))
    repeated = _repeats(lines)
    evidence: Counter = Counter()
    total = 0
    for left, line in zip(range(len(lines) - 1, -1, -1), lines):
        kind = furniture_kind(line, repeated)
        if kind:
            evidence[kind] += 1
            total += 1
        if total + left < needed:
            return False  # too few lines left to make it a page: most articles stop here, halfway through
    return total >= needed and len(evidence) >= 2


# --------------------------------------------------------------------------- which lines are the story


def choose_stoplist(texts: list[str]) -> tuple[frozenset[str], float]:
    """nltk's stopword list covering the most running words of the longer lines, and the share of those
    words it covers (near 0 for a language nltk has no list for)."""
    words = [w.lower() for text in texts if len(text) >= 80 for w in _WORD.findall(text)]
    if not words:
        words = [w.lower() for text in texts for w in _WORD.findall(text)]
    counts = Counter(words)
    best, best_hits = frozenset(), -1
    for stop in stoplists().values():
        hits = sum(c for w, c in counts.items() if w in stop)
        if hits > best_hits:
            best, best_hits = stop, hits
    return best, best_hits / max(len(words), 1)


def effective_length(text: str) -> int:
    """Characters, counting a CJK character as three (one carries about what a short word does)."""
    return len(text) + 2 * len(_WIDE.findall(text))


def stop_thresholds(lines: list[Line]) -> tuple[float, float]:
    """jusText's density thresholds, lowered for a language whose list covers less of its prose than
    English's: at most 0.75 / 0.8 of the upper quartile of the page's longer lines' densities."""
    densities = sorted(line.stop for line in lines if line.words >= 15)
    if len(densities) < 3:
        return STOP_LOW, STOP_HIGH
    reference = densities[(3 * len(densities)) // 4]
    return min(STOP_LOW, reference * 0.75), min(STOP_HIGH, reference * 0.8)


def _measure(lines: list[Line]) -> bool:
    """Fill in words, stopword density and bullets; False when the page's language has no stoplist."""
    stop, coverage = choose_stoplist([line.text for line in lines])
    for line in lines:
        bullet = _BULLET.match(line.text)
        line.bullet = bool(bullet)
        words = _WORD.findall(line.text[bullet.end():] if bullet else line.text)
        line.words = len(words)
        line.stop = sum(w.lower() in stop for w in words) / len(words) if words else 0.0
    return coverage >= MIN_STOP_COVERAGE


def label_lines(lines: list[Line], has_stoplist: bool) -> None:
    """Step 1: each line's label and weight from its own cues."""
    stop_low, stop_high = stop_thresholds(lines) if has_stoplist else (STOP_LOW, STOP_HIGH)
    repeated = _repeats(lines)
    for i, line in enumerate(lines):
        text = line.text
        length = effective_length(text)
        density = line.stop if has_stoplist else (0.4 if _CJK_SENTENCE.search(text) else 0.1)
        bullet = _BULLET.match(text)
        kind = furniture_rule(text) or (furniture_rule(text[bullet.end():]) if bullet else None)
        if kind is None and line.words == 0:
            kind = "no words"
        if kind is None and len(text) <= 600 and (_COPYRIGHT.search(text) or _COOKIE.search(text)):
            kind = "copyright" if _COPYRIGHT.search(text) else "cookies and privacy"
        if kind is None and len(text) < LENGTH_HIGH and _SIGN_UP.search(text):
            kind = "sign up"
        if kind is None and is_timestamp(text):
            kind = "timestamp"
        if kind is None and len(text) < LENGTH_LOW and repeated[text.lower()] > 1:
            kind = "repeated line"
        if kind:
            line.label, line.reason = "bad", kind
        elif length < LENGTH_LOW or (line.bullet and length < LENGTH_HIGH):
            line.label, line.reason = "short", "link list" if line.bullet else "short line"
        elif density >= stop_high:
            line.label = "good" if length > LENGTH_HIGH else "near"
        elif density >= stop_low:
            line.label = "near"
        else:
            line.label, line.reason = "bad", "few stopwords"
        line.weight = _WEIGHT[line.label] * length
        if line.reason == "few stopwords":  # the further from prose, the more it counts against
            line.weight *= 1 - density / stop_low
        if kind:
            previous_bad = i > 0 and lines[i - 1].label in ("bad", "short")
            line.weight -= _LABEL_PENALTY_RUN if previous_bad else _LABEL_PENALTY_ALONE
        elif line.label == "short":
            line.weight -= _SHORT_PENALTY
        if line.label == "short" and not line.bullet and line.words >= 4 and density >= stop_low \
                and _SENTENCE.search(text):
            line.weight = _SENTENCE_WEIGHT * length


def story_stretch(lines: list[Line]) -> tuple[int, int]:
    """Step 2: the run of lines [a, b) with the greatest total weight (Kadane's algorithm)."""
    best, span, total, start = float("-inf"), (0, 0), 0.0, 0
    for i, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, i
        total += line.weight
        if total > best:
            best, span = total, (start, i + 1)
    return span


def _leads_in(line: Line) -> bool:
    """A line just above the story's stretch that reads as its opening: a short sentence, not a label."""
    return line.label in ("short", "near", "good") and not line.bullet and line.words >= 2 \
        and bool(_SENTENCE.search(line.text))


def _nearest(labels: list[str], keep: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """For each line, the label of the nearest line before and after it whose label is in `keep`; the
    stretch's ends count as good, since step 2 chose them as the story's. One pass each way."""
    before, last = [], "good"
    for label in labels:
        before.append(last)
        if label in keep:
            last = label
    after, last = [], "good"
    for label in reversed(labels):
        after.append(last)
        if label in keep:
            last = label
    return before, after[::-1]


def smooth(lines: list[Line]) -> None:
    """Step 3: jusText's context rule for short lines: one between good lines is the story's, one
    between bad lines is not, one between a good and a bad line is the story's when a near line is
    next to it. Inside the story's stretch every near line is the story's (jusText would drop one
    between two bad lines, which loses paragraphs on either side of an inline advert)."""
    labels = [line.label for line in lines]
    before, after = _nearest(labels, ("good", "bad"))
    before_near, after_near = _nearest(labels, ("good", "bad", "near"))
    for i, label in enumerate(labels):
        if label == "short":
            if before[i] == after[i]:
                lines[i].label = before[i]
            else:
                lines[i].label = "good" if "near" in (before_near[i], after_near[i]) else "bad"
    for line in lines:
        if line.label == "near":
            line.label = "good"


def classify(original: str) -> list[Line]:
    """Every non-blank line of a pasted page, labelled good (the story) or bad (with a reason)."""
    lines = split_lines(original)
    if not lines:
        return lines
    label_lines(lines, _measure(lines))
    a, b = story_stretch(lines)
    while a > 0 and _leads_in(lines[a - 1]):
        a -= 1
    for line in lines[:a] + lines[b:]:
        if line.label != "bad":
            line.label = "bad"
            line.reason = "link list" if line.reason == "link list" else "outside the story"
    inside = lines[a:b]
    for line in inside:
        if line.label == "bad" and line.reason == "few stopwords":
            line.label = "near"  # inside the story, a figure-heavy paragraph is still the story's
    smooth(inside)
    for line in inside:
        if line.label == "bad" and line.reason in ("", "few stopwords"):
            line.reason = "among page furniture"
        elif line.label == "good":
            line.reason = ""
    return lines


def page_removals(original: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every line of a pasted page that is not the story."""
    return [(line.start, line.end, line.reason or "not the story") for line in classify(original)
            if line.label == "bad"]
