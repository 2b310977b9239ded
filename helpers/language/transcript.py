"""Transcript turns: who speaks where in a press conference, interview or debate written as labelled turns.

Transcripts put speech in no quotation marks; each turn opens with its speaker's label. The grammar:

- **Label**: at the start of a paragraph, a speaker name and a colon followed by white space or the end of
  the paragraph (a label alone on its line: the turn follows in the next paragraph). The name is either
  ALL CAPS, 1-5 words ("CATHERINE KING", "TAPPER", "SEN. AMY KLOBUCHAR (D)"), or Title Case, 1-4 words
  ("Fred Hiatt", "Sen. Amy Klobuchar"); either may carry a role after a comma (", MEMBER FOR WERRIWA",
  ", editorial page editor"). Generic roles are labels too (`ROLES`: JOURNALIST, QUESTION, Q, A, ...).
- **Not a label**: headline kickers and page labels (`NOT_SPEAKERS`: "BOOM:", "EXCLUSIVE:", "UPDATE:",
  "READ MORE:", "Subjects:"...), and a paragraph that is one quotation after the name ("Name: “…”", an
  attribution the quotation finder reads).
- **A transcript** has at least two different labels, and its labels name speakers: a label recurs, or
  two labels are generic roles or names (a name the text also writes in full, "TAPPER" ~ "Jake Tapper", or
  a known first name: "Fred Hiatt"). A single Title Case word ("Smith:") counts only when it recurs or the
  text names that person in full, so result tables and "Note:" lines are no transcript.
- **Turn**: from after its label over the following unlabelled paragraphs, up to the next label, a stage
  direction (a paragraph wholly in brackets, "(BEGIN VIDEO CLIP.)", "[Laughter]", or a short ALL-CAPS
  line without a colon, "BREAK IN TRANSCRIPT"), or the end.
  A sign-off ("Follow … on Twitter", "Share and comment below") ends it too.
- **Speaker**: the label without its role, titles and party tag, resolved to the fullest name the text
  gives: another label ("JAKE TAPPER" for "TAPPER"), else the name as the text writes it ("Jake Tapper",
  "Mitch McConnell" for "MITCH MCCONNELL"), else the label made readable ("Premier Baird" for "PREMIER
  BAIRD"); generic roles read as "Journalist", "Question", "Interviewer" (Q), "Interviewee" (A). An office
  label ("PRIME MINISTER", "MINISTER") is the one person the heading names as "The Hon NAME MP", if it names one.

Labels are page structure, not words of the story: `label_tokens` lists their tokens, which the word
counts and the name finder leave out. Cheap on prose: a paragraph is matched only when a colon falls in its
first 120 characters.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from helpers.language.name_lists import PERSON_TITLES, first_names
from helpers.language.segment import Document

__all__ = ["NOT_SPEAKERS", "ROLES", "TURN_COLUMNS", "Turn", "find_turns", "label_tokens", "labels_left_out",
           "transcript_turns", "turn_rows"]

TURN_COLUMNS = ["speaker", "label", "text", "start", "end", "paragraph"]

_CAPS_WORD = r"[A-Z][A-Z'’.\-]*"
_TITLE_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z'’\-]+\.?"
_LABEL = re.compile(
    rf"""[ \t]*(?P<label>
        (?P<name>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,4}}(?:[ ]\([A-Z][A-Za-z.\-]{{0,8}}\))?
                 |{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,3}})
        (?:,[ ](?P<role>[^:\n“”"]{{1,60}}))?
    )[ \t]*:(?=\s|$)""", re.X)
# Page labels and headline kickers, never a speaker (compared in upper case, role stripped; "|" joins words).
NOT_SPEAKERS = frozenset(w.replace("|", " ") for w in """
    BOOM EXCLUSIVE UPDATE UPDATED UPDATES BYLINE EMAIL E-MAIL WATCH READ|MORE STAT|OF|THE|WEEK BREAKING
    BREAKING|NEWS ALERT NOTE NOTES EDITOR'S|NOTE EDITOR’S|NOTE CORRECTION CLARIFICATION SOURCE SOURCES PHOTO
    PHOTOS PICTURE PICTURES IMAGE VIDEO LISTEN RELATED SEE|ALSO ALSO|READ MORE TAGS TOPICS TOPIC CONTACT PHONE
    TEL FAX WEBSITE WEB ADDRESS LOCATION DATE TIME WHEN WHERE WHAT WHO WHY HOW VENUE PRICE TICKETS COST CREDIT
    CREDITS CAPTION SUBJECT SUBJECTS KEY|POINTS WHAT'S|NEXT WHAT’S|NEXT WHY|IT|MATTERS THE|BIG|PICTURE
    BOTTOM|LINE BACKGROUND ANALYSIS OPINION COMMENT FACT|CHECK VERDICT CLAIM RATING SPOILER SPOILERS WARNING
    TRIGGER|WARNING DISCLAIMER DISCLOSURE POSTED PUBLISHED FILED WRITTEN|BY BY FROM TO CC SENT RE FWD FW
    TRANSCRIPT PARTIAL|TRANSCRIPT VIDEO|TRANSCRIPT FULL|TRANSCRIPT SUMMARY EXCERPT EXCERPTS HIGHLIGHTS
    FACT FACTS TIP TIPS STEP RESULT RESULTS SCORE FINAL|SCORE ROUND QUOTE QUOTE|OF|THE|DAY NUMBER|OF|THE|DAY
    WORD|OF|THE|DAY PLAYLIST LIVE LIVE|UPDATES JUST|IN DEVELOPING REVIEW PREVIEW RECAP INSIDE PLUS ALSO
    MEANWHILE FLASHBACK REWIND MUST|READ TRENDING VIEW PS P.S NB N.B ENDS ATTENTION INGREDIENTS METHOD
    DIRECTIONS TWEET TWITTER FACEBOOK INSTAGRAM TIKTOK YOUTUBE FOLLOW SHARE SUBSCRIBE SIGN|UP DOWNLOAD
    FAQ ANSWER|KEY SEE|MORE LEARN|MORE NAME AGE CITY JOB PAY PROOF PROS CONS DEADLINE STATUS SCHEDULE AGENDA
    DURATION RUNTIME GENRE CAST DIRECTOR
    """.split())
# Generic roles: labels that name a part in the exchange, not a person, and how they read as speakers.
ROLES = {
    "JOURNALIST": "Journalist", "JOURNALISTS": "Journalists", "REPORTER": "Reporter", "REPORTERS": "Reporters",
    "QUESTION": "Question", "QUESTIONER": "Questioner", "Q": "Interviewer", "A": "Interviewee", "J": "Journalist",
    "ANSWER": "Answer", "MODERATOR": "Moderator", "HOST": "Host", "CO-HOST": "Co-host", "PRESENTER": "Presenter",
    "ANCHOR": "Anchor", "INTERVIEWER": "Interviewer", "AUDIENCE": "Audience", "AUDIENCE MEMBER": "Audience member",
    "CALLER": "Caller", "CROWD": "Crowd", "PROTESTER": "Protester", "PROTESTERS": "Protesters",
    "UNIDENTIFIED MALE": "Unidentified man", "UNIDENTIFIED FEMALE": "Unidentified woman",
    "UNIDENTIFIED SPEAKER": "Unidentified speaker", "UNKNOWN": "Unidentified speaker", "SPEAKER": "Speaker",
    "MALE VOICE": "Unidentified man", "FEMALE VOICE": "Unidentified woman", "PANELIST": "Panelist",
    "PM": "Prime Minister", "PRIME MINISTER": "Prime Minister", "MINISTER": "Minister", "PREMIER": "Premier",
    "PRESIDENT": "President", "TREASURER": "Treasurer", "CHAIR": "Chair", "CHAIRMAN": "Chairman",
}
# Words before a name that are no part of it ("SEN. AMY KLOBUCHAR", "THE HON JOHN HOWARD MP").
_TITLES = PERSON_TITLES | {"the", "hon", "hon.", "former", "acting", "shadow", "mp", "mp.", "dr.", "u.s.", "reporter",
                           "journalist", "interviewer", "presenter", "moderator", "narrator"}
_STAGE = re.compile(r"[(\[][^()\[\]]{1,200}[)\]][.!]?|[A-Z][A-Z0-9 ,.'’\-]{2,60}")
_COLON_WINDOW = 120
# Offices a government transcript labels its principal by, and the heading that names them ("The Hon X MP").
_OFFICES = frozenset({"PM", "PRIME MINISTER", "MINISTER", "PREMIER", "TREASURER", "CHIEF MINISTER",
                      "DEPUTY PRIME MINISTER", "ATTORNEY-GENERAL", "DEPUTY PREMIER"})
# "THE PRIME MINISTERTHE HON JOHN HOWARD MPINTERVIEW": a heading whose line breaks were lost
_HON = re.compile(r"(?:The|THE)[ ](?:Hon|HON)\.?[ ]((?:[A-Z][A-Za-z'’\-]+[ ]){1,3}?)(?:MP|MLA|MLC)(?![a-z])")
_SAID = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|explained|asked|noted|stated|declared|"
                   r"tweeted|posted|replied|responded|warned|continued|announced)$")
# A sign-off after the last turn ("Follow Pam Key on Twitter @pamkey", "Share and comment below.").
_SIGN_OFF = re.compile(r"(?i)(?:follow\b.{0,60}(?:twitter|@)|share (?:this|and comment)|subscribe\b|"
                       r"(?:watch|read) the full\b)")


@dataclass(frozen=True)
class Turn:
    """One labelled turn, clean-text offsets: the label (name and colon) and the speech after it."""
    label_start: int
    label_end: int   # after the colon
    start: int       # the speech: from the first word after the label
    end: int
    paragraph: int
    label: str       # as written, without the colon
    speaker: str


def _candidates(doc: Document) -> list[tuple[int, re.Match]]:
    """(paragraph index, label match) of every paragraph that opens with a label-like name and a colon."""
    text, found = doc.text, []
    for index, (p_start, p_end) in enumerate(doc.paragraphs):
        if text.find(":", p_start, min(p_end, p_start + _COLON_WINDOW)) < 0:
            continue
        match = _LABEL.match(text, p_start, p_end)
        if match is None or _key(match) in NOT_SPEAKERS:
            continue
        body = text[match.end():p_end].strip()
        if body[:1].isdigit() or _SAID.search(match.group("role") or ""):
            continue  # "Hillary Clinton: 1,769" (a table); "Cheuk, the commander, said:" (a sentence)
        if body[:1] in "“\"‘'" and body[-1:] in "”\"’'" and len(body) > 2:
            continue  # "Name: “…”": an attribution of one quotation
        found.append((index, match))
    return found


def _key(match: re.Match) -> str:
    return " ".join(match.group("name").upper().split())


def _person(match: re.Match) -> str:
    """Who a label names, for counting turns: its surname ("JAKE TAPPER" and "TAPPER" are one), else the label."""
    words = _name_words(match.group("name"))
    return words[-1].upper() if words else _key(match)


def _name_words(label_name: str) -> list[str]:
    """The words of a label that name the person: titles, party tags and "MP" left out."""
    words = [w for w in label_name.split() if not w.startswith("(")]
    while words and words[0].lower().rstrip(".") in _TITLES | {w.rstrip(".") for w in _TITLES}:
        words = words[1:]
    while words and words[-1].lower().rstrip(".") in ("mp", "qc", "kc", "jr", "sr"):
        words = words[:-1]
    return words


def _written_in_full(text: str, words: list[str]) -> str | None:
    """The name as the text writes it, most often, in mixed case: "Jake Tapper" for TAPPER (a capitalised
    first name before the surname), "Mitch McConnell" for MITCH MCCONNELL."""
    if not words:
        return None
    surname = re.escape(words[-1])
    if len(words) == 1:
        pattern = rf"\b((?:[A-Z][a-z'’\-]+|[A-Z]\.)[ ](?:[A-Z]\.[ ])?)(?i:{surname})\b"
    else:
        pattern = r"\b(" + r"[ ]".join(rf"(?i:{re.escape(w)})" for w in words) + r")\b"
    forms: Counter[str] = Counter()
    for match in re.finditer(pattern, text):
        form = match.group(0)
        if form.isupper() or not form[:1].isupper():
            continue  # a label again, or lower case
        if len(words) == 1 and match.group(1).split()[0].lower().rstrip(".") in _TITLES:
            continue  # "Governor Fallin": a title, no first name
        forms[form] += 1
    return forms.most_common(1)[0][0] if forms else None


def _readable(words: list[str]) -> str:
    """An ALL-CAPS label in readable case: "PREMIER BAIRD" -> "Premier Baird" (initials such as "WN" stay)."""
    return " ".join(w if not w.isupper() or len(w) <= 2 else
                    "-".join(part[:1] + part[1:].lower() for part in w.split("-")) for w in words)


def _principal(text: str, intro: str) -> str | None:
    """The one person a government transcript's heading names as "The Hon NAME MP" before the first turn
    ("Transcript by The Hon Jane Doe MP"), as the text writes the name; None when none or several."""
    names = {" ".join(m.group(1).split()) for m in _HON.finditer(intro)} if "on" in intro or "ON" in intro else set()
    if len(names) != 1:
        return None
    words = names.pop().split()
    return _written_in_full(text, words) or _readable(words)


def _speakers(text: str, labels: list[str], principal: str | None = None) -> dict[str, str]:
    """Label name (as written) -> speaker: a role, the fullest label or the text's own writing, else readable;
    an office label ("MINISTER") is the `principal` the heading names, when it names one."""
    keys = {label: _name_words(label) for label in labels}
    speakers = {}
    for label, words in keys.items():
        upper = " ".join(label.upper().split())
        if principal and upper in _OFFICES:
            speakers[label] = principal
            continue
        if upper in ROLES and (label.isupper() or len(label) > 2):
            speakers[label] = ROLES[upper]
            continue
        if not words:
            speakers[label] = _readable(label.split())
            continue
        # a fuller label for the same person: JAKE TAPPER for TAPPER
        fuller = [w for w in keys.values() if len(w) > len(words) and [x.upper() for x in w[-len(words):]]
                  == [x.upper() for x in words]]
        if fuller:
            words = max(fuller, key=len)
        written = _written_in_full(text, words)
        if not written and len(words) == 1:  # a surname alone keeps its title: "Premier Hale"
            words = [w for w in label.split() if not w.startswith("(")]
        speakers[label] = written if written else _readable(words)
    return speakers


def _names_someone(text: str, label: str) -> bool:
    """A label names a speaker: a generic role, a name that opens with a known first name ("Fred Hiatt",
    "SEN. AMY KLOBUCHAR"), or, in capitals, a surname the text writes in full ("TAPPER" ~ "Jake Tapper")."""
    if " ".join(label.upper().split()) in ROLES:
        return True
    words = _name_words(label)
    if not words:
        return False
    if len(words) > 1 and words[0].lower() in first_names():
        return True
    written = _written_in_full(text, words)
    if label.isupper() or written is None:
        return written is not None
    return written.split()[0].lower() in first_names()  # "Huang:" ~ "Stephen Huang", not "Iowa" ~ "Western Iowa"


def _speaks(text: str, name: str, times: int) -> bool:
    """The label `name` (used `times` times) is a speaker's: in capitals, one that names someone or recurs; in
    Title Case, one that names someone, and a single word only when it recurs too ("Huang:" ~ "Stephen Huang")."""
    if name.isupper():
        return times > 1 or _names_someone(text, name)
    if len(_name_words(name)) == 1 and " ".join(name.upper().split()) not in ROLES:
        return times > 1 and _names_someone(text, name)
    return _names_someone(text, name)


def _transcript_labels(text: str, found: list[tuple[int, re.Match]]) -> list[tuple[int, re.Match]]:
    """The labels of a transcript, or [] when the labelled paragraphs are no transcript (see the grammar).
    The labels that make it a transcript must be speakers' (`_speaks`: "Delegate Update:", "Proof:", "Iowa:" are
    headings); once it is one, every label opens a turn."""
    counts = Counter(_person(m) for _, m in found)
    named = {_person(m) for _, m in found if _speaks(text, m.group("name"), counts[_person(m)])}
    if len(counts) < 2 or len(named) < 2 and not any(n > 1 for key, n in counts.items() if key in named):
        return []  # one label again and again is a list ("Crowd: 205,000"), not an exchange
    if max(counts.values()) == 1 and len(found) > 2 and not any(_key(m) in ROLES for _, m in found):
        return []  # three or more one-off names: headings of a list ("Jeb Bush: Student loans ..."), no dialogue
        # (unless a journalist or a question speaks too: a short exchange, each speaking once)
    title_case = [m for _, m in found if not m.group("name").isupper()]
    if title_case and len(title_case) < len(found) / 2:
        # a transcript in capitals: a lone Title Case "Name:" line is prose or a list, not a turn
        found = [(i, m) for i, m in found if m.group("name").isupper() or _key(m) in ROLES]
    return found


def _is_stage_direction(paragraph: str) -> bool:
    return _STAGE.fullmatch(paragraph) is not None and ":" not in paragraph


def transcript_turns(doc: Document) -> list[Turn]:
    """The turns of a transcript (clean-text offsets), in order; [] when the text is no transcript.
    Computed once per Document."""
    cached = getattr(doc, "_transcript_turns", None)
    if cached is not None:
        return cached
    turns: list[Turn] = []
    found = _candidates(doc) if ":" in doc.text else []
    found = _transcript_labels(doc.text, found)
    if found:
        text, paragraphs = doc.text, doc.paragraphs
        principal = _principal(text, text[:found[0][1].start()])
        speakers = _speakers(text, list(dict.fromkeys(m.group("name") for _, m in found)), principal)
        for n, (index, match) in enumerate(found):
            stop = found[n + 1][0] if n + 1 < len(found) else len(paragraphs)
            last = index
            for j in range(index + 1, stop):
                paragraph = text[paragraphs[j][0]:paragraphs[j][1]].strip()
                if _is_stage_direction(paragraph) or _SIGN_OFF.match(paragraph):
                    break
                last = j
            start = match.end()
            while start < paragraphs[last][1] and text[start].isspace():
                start += 1
            if start >= paragraphs[index][1] and index + 1 <= last:
                start = paragraphs[index + 1][0]
            end = paragraphs[last][1]
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start:
                continue  # a label with no speech after it
            turns.append(Turn(match.start("label"), match.end(), start, end, index,
                              match.group("label"), speakers[match.group("name")]))
    doc._transcript_turns = turns  # type: ignore[attr-defined]
    return turns


def label_tokens(doc: Document) -> frozenset[int]:
    """Indices (in `doc.tokens`) of the tokens of every transcript label, colon included: page structure
    the word counts and the name finder leave out."""
    cached = getattr(doc, "_transcript_label_tokens", None)
    if cached is not None:
        return cached
    indices: set[int] = set()
    for turn in transcript_turns(doc):
        first = bisect_left(doc.starts, turn.label_start)
        last = bisect_left(doc.starts, turn.label_end)
        indices.update(range(first, last))
    result = frozenset(indices)
    doc._transcript_label_tokens = result  # type: ignore[attr-defined]
    return result


def labels_left_out(doc: Document, indices: list[int], readings: list[tuple]) -> tuple[list[int], list[tuple], int]:
    """The word counter's tokens (`indices`, each with its `readings`) without the labels' tokens, and the
    number of words they count as."""
    labels = label_tokens(doc)
    if labels:
        kept = [n for n, index in enumerate(indices) if index not in labels]
        indices, readings = [indices[n] for n in kept], [readings[n] for n in kept]
    return indices, readings, sum(map(len, readings))


def turn_rows(doc: Document) -> list[dict]:
    """One dict per turn: TURN_COLUMNS, offsets into `doc.article.original` (`text == original[start:end]`);
    the JSON's `turns` (no DataFrame: most articles have none)."""
    original, rows = doc.article.original, []
    for turn in transcript_turns(doc):
        start, end = doc.original_span(turn.start, turn.end)
        rows.append({"speaker": turn.speaker, "label": turn.label, "text": original[start:end],
                     "start": start, "end": end, "paragraph": turn.paragraph})
    return rows


def find_turns(doc: Document):
    """One row per turn (`turn_rows` as a DataFrame with TURN_COLUMNS)."""
    import pandas as pd

    return pd.DataFrame(turn_rows(doc), columns=TURN_COLUMNS)
