"""The quotation finder behind evaluation/quote_ceiling.py, and the ceiling it measures on PolNeAR."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "evaluation"))
from quote_ceiling import quotations  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "eval" / "polnear-train"


@pytest.mark.parametrize("text, expected", [
    ("He said “yes” and “no”.", ["“yes”", "“no”"]),
    ('He said "yes" and "no".', ['"yes"', '"no"']),
    ("NYT style: ''Not now,'' he said.", ["''Not now,''"]),
    ("Mixed: “open and straight close\" here.", ["“open and straight close\""]),
    ("An unclosed “ is replaced by “the next one”.", ["“the next one”"]),
    ("A paragraph that goes on “first\n\n“second part”", ["“second part”"]),
    ("A stray ” closes nothing.", []),
    ("", []),
])
def test_quotations_are_pairs_of_double_marks_in_one_paragraph(text, expected):
    assert [text[a:b] for a, b in quotations(text)] == expected


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="../shared/eval is not here")
def test_the_ceiling_on_polnear_is_below_the_precision_target():
    out = subprocess.run([sys.executable, str(ROOT / "evaluation" / "quote_ceiling.py"), str(POLNEAR)],
                         capture_output=True, text=True, check=True).stdout
    ceiling = float(out.split("at most ")[1].split()[0])
    assert 0.9 < ceiling < 0.96, out
