"""Offset maps: every span found in a derived (clean) text maps back to the text it came from.

A derived text is built from pieces. Each piece is either *exact* (copied character for character from the
original) or *replaced* (a whitespace run collapsed to one space, a word re-normalised to NFC, a
paragraph break). Deleted original text (page furniture) simply has no piece. Mapping a span:

- inside an exact piece, offsets shift by a constant;
- touching a replaced piece, the span widens to cover that piece's whole original range, so
  `original[start:end]` always contains everything the clean span was made from.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class OffsetMap:
    """Piecewise map from clean-text offsets to original-text offsets."""

    clean_starts: list[int] = field(default_factory=list)
    orig_starts: list[int] = field(default_factory=list)
    orig_ends: list[int] = field(default_factory=list)
    exact: list[bool] = field(default_factory=list)
    clean_length: int = 0

    def add(self, orig_start: int, orig_end: int, clean_length: int, exact: bool) -> None:
        """Append a piece of `clean_length` characters made from original[orig_start:orig_end]."""
        if clean_length <= 0:
            return
        # Merge an exact piece into a preceding exact piece that it continues.
        if (
            exact
            and self.exact
            and self.exact[-1]
            and self.orig_ends[-1] == orig_start
        ):
            self.orig_ends[-1] = orig_end
        else:
            self.clean_starts.append(self.clean_length)
            self.orig_starts.append(orig_start)
            self.orig_ends.append(orig_end)
            self.exact.append(exact)
        self.clean_length += clean_length

    def _piece(self, offset: int) -> int:
        return max(bisect_right(self.clean_starts, offset) - 1, 0)

    def start(self, offset: int) -> int:
        """Original offset of the clean character at `offset` (a span's start)."""
        if not self.clean_starts:
            return 0
        if offset >= self.clean_length:
            return self.orig_ends[-1]
        i = self._piece(offset)
        if self.exact[i]:
            return self.orig_starts[i] + offset - self.clean_starts[i]
        return self.orig_starts[i]

    def end(self, offset: int) -> int:
        """Original offset just after the clean character at `offset - 1` (a span's exclusive end)."""
        if not self.clean_starts:
            return 0
        if offset <= 0:
            return self.orig_starts[0]
        i = self._piece(offset - 1)
        if self.exact[i]:
            return self.orig_starts[i] + offset - self.clean_starts[i]
        return self.orig_ends[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span [start, end) to the original span it was made from."""
        if end <= start:
            point = self.start(start)
            return point, point
        return self.start(start), self.end(end)

    def spans(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """Map many spans at once (used for every token of an article)."""
        return [self.start(s) for s in starts], [self.end(e) if e > s else self.start(s) for s, e in zip(starts, ends)]
