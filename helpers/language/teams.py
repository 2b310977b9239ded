"""Sports teams named by their city, county or country: a small grammar of the words around a mention that make
a place's name a team's ("Brighton beat Leeds 3-2", "a win over Goa", "losses to Boston and Denver", "Chelsea
boss", "Hyderabad players", "Brighton 2-1"). Sports pages call clubs by their town more often than by their full
name, and a reader counting the names of a match report wants clubs, not towns.

A place becomes an organisation when more of its mentions read as a team than as a place ("in Brighton", "at
Goa", "Leeds-based"); so does a "person" that only a default made one and that opens with no first name ("Swindon
beat Exeter", "United captain Harry Maguire"): tennis players and boxers beat each other too, but the text names
them in full ("Roger Marsh beat ...") before it calls them by their surname. Only in a match report: three of its
words ("league", "goal", "referee", ...), so that Wall Street's "players" stay a place.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from helpers.language.gazetteer import kinds
from helpers.language.kind_text import OVERRIDABLE
from helpers.language.name_lists import PLACES, first_names
from helpers.language.segment import Document

# a team's people and parts, right after its name: "Chelsea boss", "Leeds fans", "the Goa side"
_TEAM_NOUNS = frozenset("""
coach coaches players squad captain skipper manager boss striker strikers midfielder defender defenders goalkeeper
keeper winger fullback full-back batsman batter bowler pitcher quarterback lineup line-up starters
""".split())
_SUPPORTERS = frozenset({"fans", "supporters"})  # "Trump fans": a person's too, so a place's sign only
# a result with the team as its subject: "Brighton beat Leeds", "Goa drew with Pune", "Boston lost to Denver"
_RESULT_VERBS = frozenset("""
beat beats defeated defeat thrashed edged routed trounced hammered downed stunned outscored overcame
""".split())
_RESULT_BEFORE_OBJECT = frozenset({"to", "over", "with"})  # "a loss to X", "a win over X", "a draw with X"
_RESULT_NOUNS = frozenset("""
win wins victory victories triumph loss losses defeat defeats lost draw drew tie
""".split())
_SCORE_AFTER = re.compile(r"\s+(?:(?:won|lost|drew|led|trailed|leads|trails)\s+)?\d{1,3}\s?[-–]\s?\d{1,3}\b"
                          r"|\s+(?:has\s+|have\s+)?(?:won|lost)\s+(?:\d+|[a-z]+)\s+(?:straight|in\s+a\s+row)\b")
_SCORE_VERBS = frozenset({"won", "lost", "drew", "draw", "lose", "led", "trailed", "leads", "trails", "has", "have"})
_DREW_OR_LOST = re.compile(r"\s+(?:drew|draw|lost|lose)\s+(?:with|to|against|at|level)\b")
# the beaten side named next: "beat Hull", "beat 10-man Hull"
_BEATEN = re.compile(r"\s+[a-z]+\s+(?:the\s+)?(?:[A-Z]|\d)")
_SCORED_RESULT = re.compile(r"['’]s\s+\d{1,3}\s?[-–]\s?\d{1,3}\s+(?:win|victory|triumph|loss|defeat|draw)\b")
_PLACE_PLURALS = frozenset("heights hills falls springs gardens sands fields woods downs lakes highlands islands"
                           " plains flats rapids keys shores meadows docks".split())
_TEAM_LABELS = frozenset({"premiers", "champions", "leaders", "hosts", "visitors", "holders"})
_PLACE_BEFORE = frozenset({"in", "at", "near", "from", "outside", "across", "around", "of"})
# a match report uses several of these words; a story on Wall Street's "players" or a party's "captain" does not
_SPORT_WORDS = frozenset("""
match matches goal goals league season cup innings wicket wickets inning touchdown playoff playoffs tournament
fixture fixtures stadium scored scoring striker midfielder goalkeeper quarterback pitcher referee penalty
halftime half-time kick-off champions championship semi-final quarter-final final derby game games coach
rebounds assists touchdowns innings homer homers overtime
""".split())
_WORD = re.compile(r"[a-z][a-z-]+")


def team_signs(doc: Document, entities: list, decided_by: dict[int, str]) -> None:
    """Make the places (and the persons only a default made) that the text treats as teams organisations."""
    teams, by_fans = [], []
    results = 0
    for entity in entities:
        if entity.titles or entity.common or entity.kind not in ("place", "person"):
            continue
        if entity.kind == "person" and _town_and_nickname(entity.words):
            teams.append(entity)  # "Sydney Roosters", "Leeds Rhinos": a town and a plural, a club's full name
            continue
        if entity.kind == "person" and (decided_by.get(id(entity)) not in OVERRIDABLE
                                        or entity.words[0].lower() in first_names()):
            continue
        team = place = fans = result = 0
        for start, end in entity.mentions:
            sign = _sign(doc, start, end)
            team += sign in ("team", "result")
            result += sign == "result"
            fans += sign == "fans"
            place += sign == "place"
        if team and team + fans > place:
            teams.append(entity)
            results += result
        elif fans > place:
            by_fans.append(entity)  # "NSW fans" alone: a state's people as much as a team's
    if teams:
        teams += by_fans  # only where the text reports on a team named by its signs too
    # signs of a team are rare; only then is the text read for a match report's words (a score after a name,
    # "Leeds 3-1", "Leeds's 3-1 win", stands for two of them: a short report names few)
    if teams and len(_SPORT_WORDS.intersection(_WORD.findall(doc.text.lower()))) + 2 * (results > 0) >= 3:
        for entity in teams:
            entity.kind = "organisation"
            entity.gender = None


def _town_and_nickname(words: list[str]) -> bool:
    """ "Sydney Roosters", "Brisbane Broncos": a place's name and a plural noun that is no first name (the first
    name "Sydney" made it a person); only in a match report (`team_signs`)."""
    if len(words) != 2 or not (words[0].lower() in PLACES or kinds(words[0])[:1] == ["place"]):
        return False
    nick = words[1]
    return nick.endswith("s") and nick[:1].isupper() and nick[1:].islower() and nick.lower() not in first_names() \
        and nick[:-1].lower() not in PLACES and nick.lower() not in _PLACE_PLURALS and not kinds(" ".join(words))


def _sign(doc: Document, start: int, end: int) -> str | None:
    """What the words around one mention say it is: "team", "place" or nothing."""
    tokens, text = doc.tokens, doc.text
    first = bisect_left(doc.starts, start)
    last = bisect_left(doc.starts, end)
    after = tokens[last].lower() if last < len(tokens) else ""
    if first > 1 and tokens[first - 1].lower() == "the":
        first -= 1  # "of the Netherlands"
    before = tokens[first - 1].lower() if first > 0 else ""
    if after in _TEAM_NOUNS:
        return "team"  # "a late header from United captain Harry Maguire"
    if after in _SUPPORTERS:
        return "fans"  # "Leeds fans", "NSW fans": a team's only with another sign of one
    if before in _PLACE_BEFORE:
        return "place"  # "Jan Brink of the Netherlands 6-3, 7-6": the score is the player's
    if (after[:1].isdigit() or after in _SCORE_VERBS) and _SCORE_AFTER.match(text, end):
        return "result"  # "Leeds 3-1", "Leeds won 3-1"
    if after in _RESULT_VERBS and _BEATEN.match(text, end) or (after[:1].isdigit() or after in _SCORE_VERBS) \
            and _DREW_OR_LOST.match(text, end):
        return "team"  # "Leeds beat Hull", "Leeds beat the Hull side"; not "Bryson Goodwin overcame being steamrolled"
    if _SCORED_RESULT.match(text, end):
        return "result"  # "Parramatta's 26-12 victory"
    if before in _TEAM_LABELS and first > 1:
        first -= 1  # "downed premiers Penrith 30-6"
        before = tokens[first - 1].lower()
    if before in _RESULT_BEFORE_OBJECT and first > 1 and tokens[first - 2].lower() in _RESULT_NOUNS \
            or before in _RESULT_VERBS and first > 1 and tokens[first - 2][:1].isupper():
        return "team"  # "a win over Goa", "losses to Boston", "Leeds beat Brighton"
    if text.startswith(("-based", " residents", " council"), end):
        return "place"
    return None
