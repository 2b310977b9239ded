"""Clubs named by their town in match reports (helpers.language.teams): a place that the words around it make a
team is an organisation; a person only when a default decided it and a team's noun follows. Sentences written for
these tests (a match report needs three sport words to be read as one); rows marked "must not" guard what the
rule leaves alone."""
from __future__ import annotations

import pytest

from helpers.language.entities import find_entities
from helpers.language.segment import Document
from helpers.load.article import from_text

MATCH = "The league season resumed after the cup final, and the referee gave a late penalty at the stadium. "


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(Document(from_text(text))) if not e.common}


@pytest.mark.parametrize("text, name, kind", [
    (MATCH + "Swindon beat Exeter 3-1 on Saturday.", "Swindon", "organisation"),
    (MATCH + "Swindon beat Exeter 3-1 on Saturday.", "Exeter", "organisation"),
    (MATCH + "It was a first win over Gillingham since 2019.", "Gillingham", "organisation"),
    (MATCH + "Two straight losses to Denver ended the run.", "Denver", "organisation"),
    (MATCH + "Wigan drew with Stockport at home.", "Wigan", "organisation"),
    (MATCH + "A header left Grimsby 2-0 up at half-time.", "Grimsby", "organisation"),
    ("Pellow scored 31 points as the game went to overtime; the coach said Tulsa has won six straight.", "Tulsa",
     "organisation"),
    (MATCH + "Ian Evatt, the Bolton boss, praised his defenders.", "Bolton", "organisation"),
    (MATCH + "Hull won 2-1; after the whistle, Leeds fans sang for an hour.", "Leeds", "organisation"),
    (MATCH + "A late header from Leyton captain Ian Hart settled it.", "Leyton", "organisation"),
    (MATCH + "Hyderabad players trained on Monday, and the Hyderabad coach said little.", "Hyderabad", "organisation"),
    # must not: a town the report only visits, a player a verb alone speaks of, a text that is no match report
    (MATCH + "Fans travelled to Swindon in Wiltshire, and Swindon beat Exeter in Swindon.", "Swindon", "place"),
    (MATCH + "Roger Marsh beat Tomas Berdych in straight sets.", "Roger Marsh", "person"),
    (MATCH + "Tomas Brink of the Netherlands beat Ivo Carl of Denmark 6-3, 7-6.", "Denmark", "place"),
    ("Markets in Brighton fell after Brighton beat its budget target, the council said.", "Brighton", "place"),
    ("Many Wall Street players expect the Fed to raise rates this year.", "Wall Street", "place"),
], ids=["subject of beat", "object of beat", "win over", "losses to", "drew with", "score after", "won six straight", "boss", "fans", "a team noun after from/by",
        "players and coach", "must not: more place than team", "must not: a person", "must not: a player's country", "must not: no match report",
        "must not: finance players"])
def test_clubs_named_by_their_town(text, name, kind):
    assert _kinds(text).get(name) == kind, _kinds(text)


# session 9 (#14): fans alone make no team; a score after a name ("X's 26-12 win") counts for two sport words;
# a town and a plural ("Sydney Roosters") is a club's full name in a match report
@pytest.mark.parametrize("text, name, kind", [
    (MATCH + "NSW fans and Queensland supporters packed the pubs of the city.", "Queensland", "place"),
    ("The festival sold out; Tasmania fans of the band queued for the final show of the season's game-changing "
     "tour.", "Tasmania", "place"),
    ("Kelso's 26-12 victory came in the rain at the stadium.", "Kelso", "organisation"),
    (MATCH + "Brisbane Broncos beat Leeds 3-1 on Saturday.", "Brisbane Broncos", "organisation"),
    (MATCH + "Parramatta's 26-12 victory over the Sydney Roosters was a surprise.", "Sydney Roosters", "organisation"),
    (MATCH + "The wooden spoon went to premiers Penrith 30-6 at the ground.", "Penrith", "organisation"),
])
def test_team_signs_session9(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind


@pytest.mark.parametrize("text, name", [
    (MATCH + "The coach grew up in Washington Heights, where his father ran a shop.", "Washington Heights"),
    (MATCH + "Ballboy Bryson Maddern overcame being flattened by a winger to score twice.", "Bryson Maddern"),
    ("Voters said Clinton beat Sanders in the primary; the game changed as the season of the campaign ended.",
     "Clinton"),
])
def test_no_team_session9(text: str, name: str) -> None:
    assert _kinds(text).get(name) != "organisation"
