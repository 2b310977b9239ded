"""Indian amounts written without the rupee: "seized 15 lakh cash", "gold worth 60 lakh", "10 lakh was seized".

Indian papers often drop "Rs"/"₹" before a lakh or crore when the sentence is about money. A lakh or crore amount
read as a count is money in rupees when a money noun follows it ("cash", "in cash", "rupees", "bribe"), when a
money verb or noun comes just before it ("worth", "valued at", "seized", "recovered", "paid", "a fine of"), or
when it is the subject of a money verb ("10 lakh was seized"). Counts stay counts ("5 lakh devotees", "lakhs of
pilgrims": nothing of money around them).
"""
from __future__ import annotations

import re

from helpers.numbers.figure import Figure

_INDIAN_MAGNITUDE = re.compile(r"\b(?:lakhs?|lacs?|crores?)\b", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"\s*(?:\(|in\s+)?(?:unaccounted\s+|of\s+)?(?:cash|rupees|bribe|ransom)\b", re.IGNORECASE)
_MONEY_BEFORE = re.compile(
    r"\b(?:worth|valued\s+at|value\s+of|cost\s+of|costing|costs|seized|recovered|looted|stole|stolen|paid|pay|"
    r"fine\s+of|fined|bribe\s+of|compensation\s+of|ransom\s+of|(?:cheated|duped|defrauded)\s+(?:him\s+|her\s+|them\s+)?"
    r"(?:of|out\s+of)|siphoned(?:\s+off)?|embezzled|withdrew|deposited|demanded|amount\s+of|sum\s+of|loan\s+of|"
    r"grant\s+of|budget\s+of|investment\s+of|salary\s+of|prize\s+of)\s+"
    r"(?:over\s+|around\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+)?$", re.IGNORECASE)
_MONEY_VERB_AFTER = re.compile(r"\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:seized|recovered|stolen|paid|"
                               r"looted|deposited|withdrawn|transferred|spent|sanctioned|allotted|siphoned|embezzled)\b",
                               re.IGNORECASE)


def bare_rupees(figures: list[Figure], text: str) -> None:
    """Lakh and crore counts that are money by the words around them become rupees (see the module docstring)."""
    if "lakh" not in text and "crore" not in text and " lac" not in text:
        return
    for figure in figures:
        if figure.kind != "cardinal" or figure.value is None or not _INDIAN_MAGNITUDE.search(text, figure.start, figure.end):
            continue
        if _MONEY_AFTER.match(text, figure.end) or _MONEY_VERB_AFTER.match(text, figure.end) \
                or _MONEY_BEFORE.search(text, max(0, figure.start - 40), figure.start):
            figure.kind, figure.currency = "money", "INR"
