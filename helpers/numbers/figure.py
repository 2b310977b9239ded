"""The record every rule of the numbers grammar produces (`Figure`), the table's columns and kinds, and the
ISO 8601 values of amounts of time."""
from __future__ import annotations

from dataclasses import dataclass, field

from helpers.numbers import lexicon as lex

NUMBER_COLUMNS = ["text", "kind", "value", "currency", "unit", "start", "end", "sentence"]
EXTRA_COLUMNS = ["counts", "link", "precision"]
KINDS = ["money", "percent", "quantity", "cardinal", "ordinal", "date", "duration", "time"]


@dataclass
class Figure:
    """One figure found in the clean text (clean offsets; `find_numbers` maps them to the original)."""

    start: int
    end: int
    kind: str
    value: object = None
    currency: str | None = None
    unit: str | None = None
    precision: str | None = None
    link: int | None = None
    counts: str | None = None
    # for ranges and date arithmetic (not reported)
    magnitude: float | None = field(default=None, repr=False)
    parts: tuple = field(default=(), repr=False)


def iso_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.6f}".rstrip("0").rstrip(".")


def duration_value(amount: float | None, unit: str) -> str | None:
    """ISO 8601 duration of `amount` `unit`s ("years", "day", ...): 2 days -> "P2D", 4 hours -> "PT4H"."""
    code = lex.TIME_UNITS.get(unit.lower())
    if amount is None or code is None or code == "N":
        return None
    if code in ("Y10", "Y100", "W2"):
        factor = {"Y10": 10, "Y100": 100, "W2": 2}[code]
        amount, code = amount * factor, code[0]
    if code == "MO":
        return f"P{iso_number(amount)}M"
    if code in ("H", "M", "S"):
        return f"PT{iso_number(amount)}{code}"
    return f"P{iso_number(amount)}{code}"
