"""Pasted page text: a .txt holding a web page's whole visible text, cleaned down to the story.

Prototype; docstring rewritten once the rules settle.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .furniture import furniture_rule

_LINE = re.compile(r"[^\n]*\n?")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_BULLET = re.compile(r"^(?:[*+•·▪◦‣●○■□➤►▶→»›-]|o(?=\s)|\d{1,2}[.)](?=\s))\s*")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’'»)\]]$")


@dataclass
class Line:
    start: int  # offsets of the trimmed line in the original
    end: int
    text: str  # trimmed
    bullet: bool
    words: int
    stop: float  # share of stopwords among its words
    label: str = ""  # good / near / short / bad
    weight: float = 0.0
    reason: str = ""


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    from .resources import require

    require("stopwords")
    from nltk.corpus import stopwords

    return {lang: frozenset(w.lower() for w in stopwords.words(lang)) for lang in stopwords.fileids()}


def choose_stoplist(lines: list[str]) -> tuple[frozenset[str], float]:
    """The stopword list (of nltk's languages) covering the most running words of the longer lines,
    and the share of those words it covers (near 0 for a language nltk has no list for)."""
    words = [w.lower() for line in lines if len(line) >= 80 for w in _WORD.findall(line)]
    if not words:
        words = [w.lower() for line in lines for w in _WORD.findall(line)]
    counts = Counter(words)
    best, best_hits = frozenset(), -1
    for _lang, stop in sorted(_stoplists().items()):
        hits = sum(c for w, c in counts.items() if w in stop)
        if hits > best_hits:
            best, best_hits = stop, hits
    return best, best_hits / max(sum(counts.values()), 1)


def split_lines(original: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _LINE.finditer(original):
        content = m.group().rstrip("\n")
        stripped = content.strip()
        if not stripped:
            continue
        lead = len(content) - len(content.lstrip())
        start = m.start() + lead
        out.append((start, start + len(stripped), stripped))
    return out


def make_lines(original: str) -> tuple[list[Line], bool]:
    raw = split_lines(original)
    stop, coverage = choose_stoplist([t for _, _, t in raw])
    lines = []
    for start, end, text in raw:
        bullet = bool(_BULLET.match(text)) and not text[:1].isdigit() or bool(re.match(r"^\d{1,2}[.)]\s", text))
        body = _BULLET.sub("", text, count=1) if bullet else text
        words = _WORD.findall(body)
        density = sum(w.lower() in stop for w in words) / len(words) if words else 0.0
        lines.append(Line(start, end, text, bullet, len(words), density))
    return lines, coverage >= MIN_STOP_COVERAGE


LENGTH_LOW, LENGTH_HIGH = 70, 200
MIN_STOP_COVERAGE = 0.10
STOP_LOW, STOP_HIGH = 0.30, 0.32

_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_COOKIE = re.compile(r"\bcookies?\b|\bconsent\b|privacy (?:policy|settings|overview)|terms (?:of|and) (?:use|service)",
                     re.I)
_RELATIVE_TIME = re.compile(
    r"\b(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|"
    r"y|yrs?|years?)\s+ago\b|\b(?:just now|yesterday|today)\b", re.I)
_DATE_WORD = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m|p\.m|gmt|utc|[ecmp][sd]t|et|bst|cet|updated|published|"
    r"posted|at|on|ago|\d+(?:st|nd|rd|th)?)$", re.I)


def effective_length(text: str) -> int:
    """Characters, counting a CJK character as three (one carries about as much as a short word)."""
    return len(text) + 2 * len(_WIDE.findall(text))


def is_timestamp(words: list[str]) -> bool:
    return bool(words) and len(words) <= 12 and sum(bool(_DATE_WORD.match(w)) for w in words) >= 0.7 * len(words)


def stop_thresholds(lines: list[Line]) -> tuple[float, float]:
    """jusText's thresholds (0.30 / 0.32), lowered for a language whose stoplist covers less of its prose
    than English's: scaled to the page's own prose, the upper quartile of its longer lines' densities."""
    dens = sorted(line.stop for line in lines if line.words >= 15)
    if len(dens) < 3:
        return STOP_LOW, STOP_HIGH
    ref = dens[(3 * len(dens)) // 4]
    return min(STOP_LOW, ref * 0.75), min(STOP_HIGH, ref * 0.8)


_SENTENCE = re.compile(r"[.!?。！？…][\"”’'»)]*$")


def classify_initial(lines: list[Line], stop_ok: bool) -> None:
    stop_low, stop_high = stop_thresholds(lines) if stop_ok else (STOP_LOW, STOP_HIGH)
    short_counts = Counter(line.text.lower() for line in lines if len(line.text) < LENGTH_LOW)
    for line in lines:
        text = line.text
        length = effective_length(text)
        words = _WORD.findall(text)
        density = line.stop if stop_ok else (0.4 if re.search(r"[.!?。！？](?:\s|$)", text) else 0.1)
        rule = furniture_rule(text)
        if rule:
            line.label, line.reason = "bad", rule
        elif line.words == 0:
            line.label, line.reason = "bad", "no words"
        elif "©" in text or re.search(r"\bcopyright\b|all rights reserved", text, re.I):
            line.label, line.reason = "bad", "copyright"
        elif _COOKIE.search(text) and length < 600:
            line.label, line.reason = "bad", "cookies and privacy"
        elif is_timestamp(words):
            line.label, line.reason = "bad", "timestamp"
        elif _RELATIVE_TIME.search(text) and length < LENGTH_LOW:
            line.label, line.reason = "bad", "timestamp"
        elif len(text) < LENGTH_LOW and short_counts[text.lower()] > 1:
            line.label, line.reason = "bad", "repeated short line"
        elif length < LENGTH_LOW or (line.bullet and length < LENGTH_HIGH):
            line.label, line.reason = "short", "menu or link list" if line.bullet else "short line"
        elif density >= stop_high:
            line.label = "good" if length > LENGTH_HIGH else "near"
        elif density >= stop_low:
            line.label = "near"
        else:
            line.label, line.reason = "bad", "few stopwords"
        line.weight = _WEIGHT[line.label] * length + (-60 if line.label == "bad" and line.reason not in ("few stopwords",) else 0)
        if line.label == "short" and not line.bullet and len(words) >= 4 and density >= stop_low and _SENTENCE.search(text):
            line.weight = 0.3 * length


_WEIGHT = {"good": 1.0, "near": 0.6, "short": -0.3, "bad": -1.0}


def main_region(lines: list[Line]) -> tuple[int, int]:
    """The run of lines with the greatest total weight (Kadane): the story's body."""
    best, best_span, total, start = float("-inf"), (0, 0), 0.0, 0
    for i, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, i
        total += line.weight
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _neighbour(lines, i, step, ignore_near, edge="good"):
    j = i + step
    while 0 <= j < len(lines):
        lab = lines[j].label
        if lab in ("good", "bad") or (lab == "near" and not ignore_near):
            return lab
        j += step
    return edge


def classify_context(lines: list[Line]) -> None:
    new = []
    for i, line in enumerate(lines):
        if line.label != "short":
            new.append(line.label)
            continue
        prev, nxt = _neighbour(lines, i, -1, True), _neighbour(lines, i, 1, True)
        if prev == nxt == "good":
            new.append("good")
        elif prev == nxt == "bad":
            new.append("bad")
        else:
            p2, n2 = _neighbour(lines, i, -1, False), _neighbour(lines, i, 1, False)
            new.append("good" if "near" in (p2, n2) else "bad")
    for line, lab in zip(lines, new):
        line.label = lab
    new = []
    for i, line in enumerate(lines):
        if line.label != "near":
            new.append(line.label)
            continue
        prev, nxt = _neighbour(lines, i, -1, True), _neighbour(lines, i, 1, True)
        new.append("bad" if prev == nxt == "bad" else "good")
    for line, lab in zip(lines, new):
        line.label = lab


def classify(original: str) -> list[Line]:
    lines, stop_ok = make_lines(original)
    classify_initial(lines, stop_ok)
    a, b = main_region(lines)
    for i, line in enumerate(lines):
        if not a <= i < b and line.label != "bad":
            line.label, line.reason = "bad", "outside the story"
    inner = lines[a:b]
    hard = {i for i, line in enumerate(inner) if line.label == "bad" and line.reason != "few stopwords"}
    for i, line in enumerate(inner):
        if line.label == "bad" and i not in hard:
            line.label = "near"
    classify_context(inner)
    for line in inner:
        if line.label == "bad" and not line.reason:
            line.reason = "short line"
    return lines


def pasted_removals(original: str) -> list[tuple[int, int, str]]:
    return [(ln.start, ln.end, ln.reason or "not story") for ln in classify(original) if ln.label == "bad"]
