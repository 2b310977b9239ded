"""Sentences built from article text: lists joined the way a writer would, plurals, and Markdown made safe.

Markdown renders inline HTML, so any article text put into a Markdown output (a speaker, a term, a word)
goes through `markdown_text`: its HTML is escaped and its Markdown punctuation backslashed, so a term
written “<img src=x onerror=alert(1)>” or “**bold**” shows as written.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable

# Characters Markdown (CommonMark) may read as syntax; "$" too, which Jupyter reads as LaTeX maths.
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$>])")


def join(items: Iterable[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    items = [str(item) for item in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def plural(count: int, noun: str) -> str:
    """"1 quotation", "3 quotations"."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


def markdown_text(text: object) -> str:
    """Article text for a Markdown output: HTML escaped ("=" too), Markdown and "$" backslash-escaped."""
    escaped = html.escape(str(text)).replace("=", "&#61;")
    # html.escape turned & < > " ' into entities; their ';' and '#' must stay as they are.
    return re.sub(r"(&#?\w+;)|" + _MARKDOWN_SYNTAX.pattern,
                  lambda m: m.group(1) or "\\" + m.group(2), escaped)
