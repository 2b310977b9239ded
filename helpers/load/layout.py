"""Page furniture told by its place on the page: a grammar of the lines a news page sets around and inside
its story, which no single line's wording gives away.

`helpers.load.furniture` reads one line at a time ("Share", "Credit: Jane Doe"); the rules here read a line
with its neighbours, over the rows `helpers.load.article.find_furniture` builds (start, trimmed line, rule
so far), and mark furniture in place:

- *promotion*: an appeal for money, sign-ups or an app, of any length ("Your support helps us to tell the
  story ... Your donation allows us to keep sending journalists ...", "Stream your local news free on ...",
  "Subscribe to Premium"), told by the appeal lexicon `APPEAL_CUES` with another cue (alone on a short line),
  and the short lines (prices, plan names) between two such lines;
- *video*: a broadcaster's description of its video ("City News' political editor Jo Bell explains ...");
  a video's title glued to its label ("Bushfire flares up near the coast Video"), the same title
  again without it, and the one unpunctuated line of description after them; a title ending in its channel
  in brackets ("Residents told to leave as fire spreads (9 News)");
- *caption*: a line printed twice inside the story (a picture's caption and its copy: the story never says
  the same paragraph twice); a line of a news photograph's grammar: a subject doing
  something in the present tense with the full date, weekday first ("Senator Ruiz speaks at a rally in
  Dayton, Ohio, Tuesday, May 7, 2024");
- *read more*: a related headline in capitals inside the story ("SENATE PASSES BILL AFTER ALL-NIGHT
  SESSION AS DEMOCRATS WALK OUT", ten words or more, no closing stop: a subheading is shorter); three or
  more headlines in a row inside the story (4-24 words each, no closing stop, none ending a sentence);
- *summary box*: a "Key points" box (label and bullets) whose bullets repeat sentences the story gives
  later; a box whose bullets say something the story does not is the story's and stays;
- *byline*: a name alone after a dash ("- Priya Nair") above the story or after its first paragraph, not in a
  list of dashed lines nor after a quotation; *author box*: the
  line after a byline that starts with its name ("Priya Nair is a Delhi-based reporter ...");
- *navigation*: a breadcrumb glued to the headline ("News World Council votes to ..." before "Council votes
  to ...": the longer line is the shorter one with a few words in front).
Every rule needs its cue before any pattern runs (a substring, a capital letter count), so a clean story
costs a pass over its rows.
"""
from __future__ import annotations

import re

Row = tuple[int, str, "str | None"]

STORY_WORDS = 25  # a line this long is the story's paragraph: the rules inside the story start after one
_STOPS = '.!?"”’\'):;…'

# ----------------------------------------------------------------------------- promotion lexicon
# Appeals a story's own prose never makes (one is enough on a short line; two words of the topic with one on a
# long line), and the topic's words, which a story about money or media uses too ("donations from Wall Street")
APPEAL_CUES = [
    r"your support (?:helps|makes|keeps|allows|means)", r"support (?:us|now)\b", r"your donation",
    r"click (?:here|on your profile)", r"download (?:the|our) app", r"(?:get|read|stream|watch) .{0,30}\bfree on\b",
    r"get all your news", r"don[’']t miss (?:the latest|out)", r"start reading", r"renews automatically",
    r"cancel (?:any ?time|at any time)", r"complimentary\b.{0,40}\baccess", r"for full coverage of",
    r"go to \w+\.(?:co|com|net|org)\b", r"(?:start|take) (?:a|your) free trial",
    r"premium (?:titles|content|articles)", r"one app\b", r"(?:subscribe|sign up) (?:to|for) (?:our|the|premium)\b",
    r"follow us on (?:facebook|twitter|instagram|x|linkedin|youtube)", r"read all the latest",
]
TOPIC_CUES = [r"donat(?:e|ion|ions)\b", r"paywalls?", r"(?:quality|independent) journalism", r"subscri(?:be|ption)\b",
              r"sign(?:ing)? up\b", r"newsletters?\b", r"premium\b", r"we need (?:your|reporters)",
              r"unlimited (?:digital )?access"]
# the first five letters of the topic words enough alone on a short line (not "donations", "premium")
SHORT_TOPIC = frozenset(["subsc", "sign ", "signi", "newsl"])
# (matched against the lower-cased line: without re.I the alternation runs several times faster)
_CUES = re.compile("|".join(f"(?P<a{i}>{cue})" for i, cue in enumerate(APPEAL_CUES)) + "|" +
                   "|".join(f"(?P<t{i}>{cue})" for i, cue in enumerate(TOPIC_CUES)))
_APPEAL = re.compile("|".join(APPEAL_CUES))  # on the lower-cased line
_MENU_ITEM = re.compile(r"[-–•*▪●·+o](?:\s|$)")  # "* Crossword", "+ Video", "o Ad Choices", "*"
_SIGN_UP = re.compile(r"subscri|sign(?:ing)? up|newsletter", re.I)  # a promotion of these is reported as "sign up"
# cheap tests first (substrings): every appeal holds one of these; a short line may do with a sign-up word
_APPEAL_HINT = re.compile(r"your support|support (?:us|now)|your donation|click (?:here|on your)|"
                          r"download (?:the|our) app|"
                          r"free on|your news|t miss|start reading|renews|cancel a|complimentary|full coverage|go to |"
                          r"free trial|premium |one app|(?:subscribe|sign up) (?:to|for)|follow us on|read all the")
_SIGN_UP_HINT = re.compile(r"subsc|sign|newsl")
_LONG_HINTS = ("your ", "click", "subscri", "sign up", "coverage", "complimentary", "free on", "renews", "follow us")
MAX_PROMOTION = 1500


def promotion(line: str) -> bool:
    """True when a line appeals for money, sign-ups or an app (see the module's docstring): an appeal and
    another cue, or on a short line of at most five words (twelve without a closing stop) an appeal or a
    sign-up word alone.

    >>> promotion("Your donation allows us to keep sending reporters. Your support makes all the difference.")
    True
    >>> promotion("The council said donations to the flood appeal had passed $2 million.")
    False
    """
    if len(line) > MAX_PROMOTION:
        return False
    lower = line.lower()
    if len(line) > 100 and not any(hint in lower for hint in _LONG_HINTS):
        return False  # (most lines are a story's paragraphs: a few substring tests before any pattern)
    if not _APPEAL_HINT.search(lower) and (len(line) > 100 or not _SIGN_UP_HINT.search(lower)) \
            or "(@" in line or "<tweet" in lower:
        return False  # (an embedded post, "... — Jo Bell (@jobell) May 2, 2024", is the story's)
    appeals, topics = set(), set()
    for match in _CUES.finditer(lower):
        (appeals if match.lastgroup[0] == "a" else topics).add(match.lastgroup)
    words = len(line.split())
    if words <= 20 and appeals:
        return True
    if words <= 5 or words <= 12 and line[-1:] not in ".!?\"”":
        return any(match.group()[:5] in SHORT_TOPIC for match in _CUES.finditer(lower) if match.lastgroup[0] == "t")
    return bool(appeals) and len(appeals) + len(topics) >= 2


# ----------------------------------------------------------------------------- single-line grammars
_VIDEO_CHANNEL = re.compile(r"[^.!?]{10,200} \((?:\d+ ?news|[A-Z]\w* (?:news|tv)|video|watch)\)", re.I)
_WEEKDAY_DATE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                           r"Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d")
_PHOTO_VERB = re.compile(r"^(?:FILE ?[-–—] ?)?(?:[A-Z][\w.'’-]*,? ){1,8}(?:\w+ ){0,3}(?:speaks|stands|walks|looks|"
                         r"arrives|leaves|waves|gestures|listens|holds|poses|talks|sits|attends|reacts|smiles|"
                         r"prepares|watches|delivers|departs|greets|shakes|answers|participates|visits|"
                         r"addresses|takes|wait|walk|stand|gather|march|protest|hold|watch|attend|look)\b")
_ALL_CAPS_WORDS = 10
_BROADCAST_CUE = re.compile(r"(?i:correspondent|reporter|editor|anchor|host|presenter) ")
# a broadcaster's video described under its title: "City News' political editor Jo Bell explains the row over ..."
_BROADCAST_DESCRIPTION = re.compile(
    r"(?:[A-Z][\w'’.&-]*,? ){1,6}(?:\w+ )?(?i:correspondent|reporter|editor|anchor|host|presenter)"
    r"(?: [A-Z][\w'’.-]+){1,3}"
    r" (?:explains|reports on|looks at|speaks (?:to|with)|discusses|breaks down|has (?:more|the latest))\b.{5,250}")
# a teaser's label in capitals before its headline: "LATEST FIRE UPDATES: Hundreds evacuated", "WATCH: ..."
_CAPS_LABEL_TEASER = re.compile(r"(?:[A-Z]+ ){0,3}(?:LATEST|MORE|READ|WATCH|RELATED|SEE|LISTEN|UPDATES?|LIVE|ALSO|"
                                r"VIDEO|PHOTOS|GALLERY)(?: [A-Z]+){0,3}: (?-i:[A-Z])[^.!?]{8,150}")
_CAPS_LINE = re.compile(r"[^a-z]+")
_DASH_NAME = re.compile(r"[-–—] ?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}")
_BULLET = re.compile(r"(?:[-–•*▪●·]|\d{1,2}[.)])\s+")
_SUMMARY_LABEL = re.compile(r"(?:key (?:points|facts|takeaways|details)|what we know(?: so far)?|at a glance|"
                            r"in brief|quick (?:facts|read)|(?:story )?highlights|the big picture|in short|"
                            r"what you need to know)\s*[:：]?", re.I)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}|\d[\d.,]*")
_HEADLINE_WORDS = (4, 24)
_BARE_NAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}")
_AUTHOR_BIO = re.compile(r" (?:is|was|has been|covers|writes|reports)\b.{0,200}?\b(?:reporter|journalist|"
                         r"correspondent|editor|writer|columnist|contributor|producer|presenter|commentator)", re.I)
_GLUED_BYLINE = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})\s*[Bb]y \1")
_BYLINE_LABEL = re.compile(r"^\W*(?:(?:opinion|commentary|analysis|comment|column|review|explainer|editorial|"
                           r"perspective) )?by:?\s+|\s+by$", re.I)
# "©" alone is no cue: a page decoded in the wrong charset shows "é" as "Ã©"
_COPYRIGHT = re.compile(r"(?<![^\s(])©.{0,30}(?:19|20)\d\d|all rights reserved"
                        r"|may not be (?:published|reproduced|copied)", re.I)


def byline_name(line: str) -> str:
    """The writer's name in a byline line: "By Jane Doe | City News", "Opinion by Jane Doe", "Jane Doe By",
    "Jane DoeBy Jane Doe", "- Jane Doe" all give "Jane Doe".

    >>> byline_name("COMMENTARY by Jo Bell – on the rates.")
    'Jo Bell'
    """
    glued = _GLUED_BYLINE.fullmatch(line.strip())
    if glued:
        return glued.group(1)
    name = _BYLINE_LABEL.sub("", line.strip())
    return re.split(r"\s+[|–—-]\s+|\s*\||\s+for\s+(?=[A-Z])", name)[0].strip(" |•·-–—")


def _words(text: str) -> int:
    """Words, counted by their spaces (a trimmed line; cheaper than splitting every paragraph)."""
    return text.count(" ") + 1 if text else 0


def _is_caps_teaser(text: str) -> bool:
    return text[:3].isupper() and text[-1] not in _STOPS and _words(text) >= _ALL_CAPS_WORDS \
        and bool(_CAPS_LINE.fullmatch(text))


def news_photo_caption(text: str) -> bool:
    """A line in a news photograph's caption grammar: someone doing something (present tense) with the full
    date, weekday first ("Former Governor Lee speaks in Trenton, N.J., Tuesday, June 4, 2024")."""
    return "day" in text and (", 20" in text or ", 19" in text) and _words(text) <= 70 \
        and bool(_WEEKDAY_DATE.search(text)) and bool(_PHOTO_VERB.match(text))


# ----------------------------------------------------------------------------- the rows


def mark_layout(rows: list[Row], *, neighbours: bool = True) -> None:
    """Mark the furniture of the module's docstring in `rows` (start, trimmed line, rule or None; an empty
    line stands for a paragraph too long to read), in place. Without `neighbours` (a page's text its extractor
    has already judged) only the rules that read one line at a time, and the plans between two promotions."""
    texts = [text for _, text, _ in rows]
    story_from = next((i for i, text in enumerate(texts) if _words(text) >= STORY_WORDS or not text), len(rows))

    def mark(i: int, rule: str) -> None:
        start, text, _ = rows[i]
        rows[i] = (start, text, rule)

    def free(i: int) -> bool:
        return 0 <= i < len(rows) and rows[i][2] is None and bool(rows[i][1])

    promotions = []
    for i, (_, text, rule) in enumerate(rows):
        if rule is not None or not text:
            if rule in ("sign up", "advertisement", "promotion"):
                promotions.append(i)
            continue
        if len(text) <= 600 and ("©" in text or "reserved" in text or "may not be" in text) \
                and _COPYRIGHT.search(text):
            mark(i, "copyright")
        elif promotion(text):
            mark(i, "sign up" if _SIGN_UP.search(text) else "promotion")
            promotions.append(i)
        elif text.endswith(" Video") and 3 < _words(text) <= 25 and text[-7] not in ".!?" and text[0].isalnum() \
                and (i == 0 or not rows[i - 1][1] or rows[i - 1][2] or _words(rows[i - 1][1]) >= 12
                     or rows[i - 1][1][-1] in ".!?\"”"):  # between paragraphs, not in a list ("... takes 4K Video")
            mark(i, "video")
            title = text[:-6]
            if free(i + 1) and rows[i + 1][1] == title:
                mark(i + 1, "video")
                i += 1
            if free(i + 1) and rows[i + 1][1][-1] not in _STOPS and 8 <= _words(rows[i + 1][1]) <= 40:
                mark(i + 1, "video")  # the video's one-line description
        elif text[-1] == ")" and _VIDEO_CHANNEL.fullmatch(text):
            mark(i, "video")
        elif (i <= story_from + 1 or text[-1] not in ".!?\"”’'") and _words(text) <= 50 \
                and _BROADCAST_CUE.search(text) and _BROADCAST_DESCRIPTION.fullmatch(text):
            mark(i, "video")
        elif i > story_from and (_is_caps_teaser(text) or ":" in text[:40] and _CAPS_LABEL_TEASER.match(text)
                                 and text[-1] not in _STOPS):
            mark(i, "read more")  # "SENATE PASSES BILL AFTER ...", "LATEST FLOOD UPDATES: Roads close"
        elif news_photo_caption(text):
            mark(i, "caption")
    # a line next to an appeal that speaks of its topic twice ("... not lock readers out with paywalls. We believe
    # quality journalism should be ...") is the appeal's
    for i in list(promotions):
        for j in (i - 1, i + 1):
            if free(j) and len(rows[j][1]) <= MAX_PROMOTION and len(set(
                    m.lastgroup for m in _CUES.finditer(rows[j][1].lower()) if m.lastgroup[0] == "t")) >= 2:
                mark(j, "promotion")
                promotions.append(j)
    promotions.sort()
    # the short lines between two promotions: a subscription's plans and prices
    for a, b in zip(promotions, promotions[1:]):
        if 1 < b - a <= 25 and all(free(j) and not _MENU_ITEM.match(rows[j][1]) and (  # a plan, not a menu
                _words(rows[j][1]) <= 5 and rows[j][1][-1] not in ".!?" or _APPEAL.search(rows[j][1].lower()))
                for j in range(a + 1, b)):
            for j in range(a + 1, b):
                mark(j, "promotion")
    if neighbours:
        _captions_in_the_flow(rows, story_from, mark, free)
        _pairs(rows, story_from, mark, free)
        _summary_boxes(rows, mark)
        _headline_runs(rows, story_from, mark, free)
        _name_lists(rows, story_from, mark, free)


def _pairs(rows: list[Row], story_from: int, mark, free) -> None:
    """Rules on a line and the one after it: a copy of a caption, a glued breadcrumb, a dash byline and the
    author's biography."""
    bylines: list[str] = []
    for i in range(len(rows)):
        start, text, rule = rows[i]
        if rule == "byline":
            name = byline_name(text)
            if name:
                bylines.append(name)
        if not free(i):
            continue
        following = rows[i + 1][1] if i + 1 < len(rows) else ""
        previous = rows[i - 1][1] if i > 0 else ""
        if text[0] in "-–—" and i <= story_from + 1 and _DASH_NAME.fullmatch(text) and text[-1] != "." \
                and previous[:1] not in "-–—" \
                and following[:1] not in "-–—" and previous[-1:] not in "\"”’'":  # not a quotation's author
            mark(i, "byline")
            bylines.append(text.lstrip("-–— "))
        elif len(text) < 60 and _BARE_NAME.fullmatch(text) and following.startswith(" ".join(text.split()[-2:])) \
                and _AUTHOR_BIO.match(following, len(" ".join(text.split()[-2:]))) and rows[i + 1][2] is None:
            mark(i, "author box")  # "Jo Anne Bell" + "Anne Bell is Editor (Politics) at ...": an author's box
            mark(i + 1, "author box")
        elif bylines and len(text) < 600 and any(text.startswith(name) and _AUTHOR_BIO.match(text, len(name))
                                                   for name in bylines):
            mark(i, "author box")  # "Jane Doe is a Leeds-based reporter who ..." after her byline
        elif following and i + 1 < len(rows) and rows[i + 1][2] is None and len(text) > len(following) \
                and text.endswith(following) and 1 <= _words(text[:-len(following)]) <= 4 \
                and text[-len(following) - 1] == " " and i < story_from:
            mark(i, "navigation")  # "News World Here's what ..." before "Here's what ..."
        elif i > story_from and text == following and _words(text) >= 4 and _words(text) <= 60:
            mark(i, "caption")  # a caption and its copy inside the story
            mark(i + 1, "caption")


def _captions_in_the_flow(rows: list[Row], story_from: int, mark, free) -> None:
    """Captions among the story's paragraphs: a line printed again further down (the page repeats a picture's
    caption; the story never repeats a paragraph). (A long sentence without its closing stop between two
    paragraphs is one too on some pages, but as often a wrapped line or a story's typo: not a rule.)"""
    first: dict[str, int] = {}
    for i in range(story_from + 1, len(rows)):
        _, text, rule = rows[i]
        if rule == "repeated line" and text in first and free(first[text]):
            mark(first[text], "caption")
            mark(i, "caption")
        elif free(i) and _words(text) >= 8:
            first.setdefault(text, i)


def _summary_boxes(rows: list[Row], mark) -> None:
    """A "Key points" label and its bullets, when most bullets repeat a sentence the story gives later."""
    for i, (_, text, _rule) in enumerate(rows):
        if not text or len(text) > 40 or not _SUMMARY_LABEL.fullmatch(text):
            continue
        bullets = []
        for j in range(i + 1, min(i + 12, len(rows))):
            bullet = _BULLET.match(rows[j][1])
            if not bullet:
                break
            bullets.append(j)
        if not bullets:
            if len(text) <= 12:  # the label alone ("Key Points:") above the story's own paragraphs
                mark(i, "section label")
            continue
        later = [set(_CONTENT_WORD.findall(rows[k][1].lower())) for k in range(bullets[-1] + 1, len(rows))]
        repeated = 0
        for j in bullets:
            words = set(_CONTENT_WORD.findall(rows[j][1].lower()))
            if words and any(len(words & sentence) >= 0.6 * len(words) for sentence in later):
                repeated += 1
        if repeated * 2 > len(bullets):
            for j in [i, *bullets]:
                mark(j, "summary box")


def _name_lists(rows: list[Row], story_from: int, mark, free) -> None:
    """Four or more bare names in a row ending the text, after the story (a site's list of writers or related
    authors), not a list the story announces with a colon."""
    i = len(rows)
    while i > story_from + 1 and free(i - 1) and len(rows[i - 1][1]) < 40 and _BARE_NAME.fullmatch(rows[i - 1][1]):
        i -= 1
    if len(rows) - i >= 4 and rows[i - 1][1] and rows[i - 1][1][-1] != ":":
        for j in range(i, len(rows)):
            mark(j, "read more")


def _headline_runs(rows: list[Row], story_from: int, mark, free) -> None:
    """Three or more headlines in a row inside the story, between paragraphs: links to related stories."""
    i = story_from + 1
    while i < len(rows):
        j = i
        while free(j) and _HEADLINE_WORDS[0] <= _words(rows[j][1]) <= _HEADLINE_WORDS[1] \
                and rows[j][1][-1].isalnum() and rows[j][1][0].isupper() and not _BULLET.match(rows[j][1]):
            j += 1
        before = rows[i - 1][1]
        if j - i >= 3 and before and before[-1] in ".!?\"”’" and j < len(rows):
            for k in range(i, j):
                mark(k, "read more")
        i = j + 1 if j > i else i + 1
