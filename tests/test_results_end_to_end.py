"""What `python -m helpers analyze` reports for two articles we read ourselves: every quotation with its
speaker and kind, every figure with its kind, value and currency, and resolved dates (issue 12).

The expectations are written here from reading the articles, so a fresh clone checks real results without
`../shared`: the seed (a Guardian-style report of 16 May 2024) and `tests/data/small-article.txt` (written
for the tests, published 5 November 2025, a Wednesday). The command line runs in a subprocess as a user
runs it; the JSON's offsets are checked against the file too.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from helpers.resources import PROJECT_ROOT

SEED = "data/articles/putin-xi-beijing.txt"
SMALL = "tests/data/small-article.txt"

# (article, opening words of the quotation, speaker, kind)
QUOTES = [
    (SEED, "best friend", "Xi Jinping", "partial"),  # "a man he has described as his “best friend”": he = Xi
    (SEED, "warm and comradely", "Vladimir Putin", "partial"),
    (SEED, "everlasting", "Xi Jinping", "partial"),
    (SEED, "become a model for a new type", "Xi Jinping", "partial"),
    (SEED, "Little Moscow", None, "term"),  # a nickname of Harbin
    (SEED, "multipolar", None, "term"),  # scare quotes
    (SEED, "grateful", "Vladimir Putin", "partial"),
    (SEED, "the Ukraine crisis", "Vladimir Putin", "partial"),
    (SEED, "Never since the fall of the Soviet Union", "Alexander Gabuev", "full"),
    (SMALL, "This is the biggest investment", "Marta Kowalczyk", "full"),
    (SMALL, "Passengers will feel the difference", "Marta Kowalczyk", "full"),  # continues her quotation
    (SMALL, "a gamble with public money", "Tomas Brenner", "partial"),
    (SMALL, "We listened to every objection", "Marta Kowalczyk", "full"),  # "Kowalczyk said": her surname
]

# (article, text as written, kind, value, currency); in reading order
NUMBERS = [
    (SEED, "first", "ordinal", 1.0, None),
    (SEED, "two", "cardinal", 2.0, None),
    (SEED, "Tuesday", "date", "2024-05-14", None),  # the Tuesday before Thursday 16 May 2024
    (SEED, "$18bn", "money", 18e9, "USD"),
    (SEED, "£14bn", "money", 14e9, "GBP"),
    (SEED, "Thursday", "date", "2024-05-16", None),
    (SEED, "two", "cardinal", 2.0, None),
    (SEED, "75th", "ordinal", 75.0, None),
    (SEED, "two-day", "duration", "P2D", None),
    (SEED, "Thursday", "date", "2024-05-16", None),
    (SEED, "Friday", "date", "2024-05-17", None),  # "On Friday they will head to Harbin": forward
    (SEED, "two", "cardinal", 2.0, None),
    (SEED, "Last year", "date", "2023", None),
    (SEED, "$240.1bn", "money", 240.1e9, "USD"),
    (SEED, "February 2022", "date", "2022-02", None),
    (SEED, "Thursday", "date", "2024-05-16", None),
    (SEED, "Last year", "date", "2023", None),
    (SEED, "March", "date", "2024-03", None),  # "In March, ... conducted": the last March
    (SEED, "Friday", "date", "2024-05-17", None),
    (SEED, "this week", "date", "2024-W20", None),
    (SMALL, "€45m", "money", 45e6, "EUR"),
    (SMALL, "30", "cardinal", 30.0, None),
    (SMALL, "Tuesday", "date", "2025-11-04", None),
    (SMALL, "two-year", "duration", "P2Y", None),
    (SMALL, "1998", "date", "1998", None),
    (SMALL, "March 2026", "date", "2026-03", None),
    (SMALL, "12%", "percent", 12.0, None),
    (SMALL, "first", "ordinal", 1.0, None),
    (SMALL, "2023", "date", "2023", None),
    (SMALL, "first", "ordinal", 1.0, None),
    (SMALL, "10", "cardinal", 10.0, None),
    (SMALL, "18 months", "duration", "P18M", None),
    (SMALL, "€1.5m", "money", 1.5e6, "EUR"),
    (SMALL, "€20m", "money", 20e6, "EUR"),
    (SMALL, "an hour", "duration", "PT1H", None),
    (SMALL, "Wednesday", "date", "2025-11-05", None),  # "said on Wednesday", published that Wednesday
]
# Reported without being wrong, so neither required nor forbidden: "third countries" is an idiom.
TOLERATED = {(SEED, "third")}

BOILERPLATE = {SEED: [("مشاركة :", "share")], SMALL: [("Share this article", "share"), ("Advertisement", "advertisement")]}


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    out = subprocess.run([sys.executable, "-m", "helpers", "analyze", "--format", "jsonl", "--jobs", "1", SEED, SMALL],
                         cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    found = {}
    for line in out.stdout.splitlines():
        record = json.loads(line)
        found[record["path"]] = record
    assert set(found) == {SEED, SMALL}
    return found


def _original(path: str) -> str:
    return (PROJECT_ROOT / path).read_text(encoding="utf-8")


@pytest.mark.parametrize("path, opening, speaker, kind", QUOTES, ids=[f"{q[0].split('/')[-1]}: {q[1]}" for q in QUOTES])
def test_quotation_has_its_speaker_and_kind(results, path, opening, speaker, kind):
    matches = [q for q in results[path]["quotes"] if q["text"].startswith(opening)]
    assert len(matches) == 1, f"expected one quotation opening {opening!r}, found {len(matches)}"
    quote = matches[0]
    assert (quote["speaker"], quote["kind"]) == (speaker, kind)
    assert opening in _original(path)[quote["start"]:quote["end"]]


@pytest.mark.parametrize("path", [SEED, SMALL])
def test_no_other_quotation_is_reported(results, path):
    expected = sorted(opening for p, opening, *_ in QUOTES if p == path)
    reported = sorted(next((o for o in expected if q["text"].startswith(o)), q["text"]) for q in results[path]["quotes"])
    assert reported == expected


@pytest.mark.parametrize("path", [SEED, SMALL])
def test_figures_are_the_ones_we_read_with_their_values(results, path):
    reported = [n for n in results[path]["numbers"] if (path, n["text"]) not in TOLERATED]
    got = [(n["text"], n["kind"], n["value"], n.get("currency")) for n in reported]
    expected = [(text, kind, value, currency) for p, text, kind, value, currency in NUMBERS if p == path]
    assert got == expected


@pytest.mark.parametrize("path", [SEED, SMALL])
def test_every_reported_span_is_its_text_in_the_file(results, path):
    original = _original(path)
    for item in results[path]["numbers"] + results[path]["boilerplate"]:
        assert original[item["start"]:item["end"]] == item["text"]
    for quote in results[path]["quotes"]:  # the span includes the quotation marks
        span = original[quote["start"]:quote["end"]]
        assert span[0] in "“\"‘'«" and span[-1] in "”\"’'»" and span[1:-1].strip() == quote["text"]


@pytest.mark.parametrize("path", [SEED, SMALL])
def test_page_furniture_is_removed_and_reported(results, path):
    assert [(b["text"], b["reason"]) for b in results[path]["boilerplate"]] == BOILERPLATE[path]


def test_publication_dates_come_from_the_sidecars(results):
    assert (results[SEED]["published"], results[SMALL]["published"]) == ("2024-05-16", "2025-11-05")
