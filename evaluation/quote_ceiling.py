"""The best attributed precision `score.py quotes` can give, for a tool that reports exactly the gold's quotations.

`score.py` counts a reported quotation as real when it overlaps a *quoted segment* of a gold relation: a pair of
quotation marks it finds inside one gold content span. PolNeAR's gold often cuts a quotation of several sentences
into one content span per sentence, so no span holds both marks and the quotation has no segment; and a quotation
that opens with “ and closes with " has none either. A tool that reported every quotation the gold annotates, each
with its speaker, would therefore still score below 1. This script measures that ceiling:

    python3 evaluation/quote_ceiling.py [../shared/eval/polnear-train]

A *quotation* here is a pair of double quotation marks in one paragraph (an opening “, " or NYT '' and the next
closing ”, " or ''), kept when it overlaps a content span of a `direct` or `mixed` gold relation. It is *pairable*
when score.py's own matching (≥ 50% of the shorter span, one to one) pairs it with a gold segment.
"""
from __future__ import annotations

import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path

Span = tuple[int, int]
_MARK = re.compile(r"''|“|”|\"")


def quotations(text: str) -> list[Span]:
    """Every double-mark quotation inside one paragraph: an opening mark and the next closing one."""
    found: list[Span] = []
    opened: int | None = None
    for mark in _MARK.finditer(text):
        if opened is None or mark.group() == "“":  # an unclosed “ is replaced by the next one
            opened = mark.start() if mark.group() != "”" else None
            continue
        if "\n" not in text[opened:mark.start()]:
            found.append((opened, mark.end()))
        opened = None
    return found


def why_unpaired(text: str, quotation: Span, content_spans: list[Span]) -> str:
    """The reason score.py finds no segment for a quotation the gold annotates."""
    start, end = quotation
    if text[start] != "\"" and text[end - 1] == "\"" or text[start] == "\"" and text[end - 1] != "\"":
        return "opens with one style of mark and closes with another"
    if any(start < a < end or start < b < end for a, b in content_spans):
        return "the gold cuts it inside its marks (one content span per sentence)"
    return "other"


def main(folder: str) -> None:
    sys.path.insert(0, str(Path(folder).parent))
    import score  # the eval's own scorer: its segmentation and matching, not a copy of them

    total = paired = 0
    reasons: Counter[str] = Counter()
    for path in sorted(glob.glob(f"{folder}/*.json")):
        article = json.loads(Path(path).read_text(encoding="utf-8"))
        text = article["text"]
        spans: list[Span] = []
        segments: list[Span] = []
        for relation in article["quotes"]:
            if relation.get("quote_type_heuristic") in ("direct", "mixed"):
                for a, b in relation["content_spans"]:
                    spans.append((a, b))
                    segments += score.quoted_segments(text, a, b)
        annotated = [q for q in quotations(text) if any(score.overlap(q, s) for s in spans)]
        pairs = score.match(annotated, segments)
        total += len(annotated)
        paired += len(pairs)
        matched = {i for i, _ in pairs}
        reasons.update(why_unpaired(text, q, spans) for i, q in enumerate(annotated) if i not in matched)
    print(f"{total} quotations annotated by the gold, {paired} of them pairable by score.py: "
          f"attributed_precision can be at most {paired / max(total, 1):.3f}")
    for reason, count in reasons.most_common():
        print(f"  {count:5d}  {reason}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/polnear-train")
