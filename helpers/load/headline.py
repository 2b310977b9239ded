"""The headline of a plain-text article: the line a pasted page or a saved story gives its title in.

A text file has no markup to say which line is the title, so the title is read from the shape of the
lines above the story's first paragraph (the clean text's paragraphs, page furniture already removed):
the first one that reads as a headline, not as a sentence or a label. A headline here has three to
twenty-four words and at most 200 characters; it ends without a full stop, colon, comma or bar ("Pool to
close after roof found unsafe", "Why the vote matters", "Will rates rise again?"), does not open with a
bullet, a dash or a number ("2. UK Politics" is a breadcrumb), and more text follows it. Only lines
before the first paragraph of 25 words or more are looked at: a text that opens with its story
("Russia and China have announced ...") has no title. A whole page pasted into a file (see `helpers.load.pasted`)
gets no title from here: its cleaner keeps a short line here and there inside the story and leaves the
headline outside it, so the first short line kept is a caption or a promotion as often as the headline
(7 of 9 were wrong on the pasted eval pages). The title is metadata only: the line stays in the
text, and a sidecar's or a page's title wins over it.
"""
from __future__ import annotations

import re

MIN_WORDS, MAX_WORDS, MAX_CHARS = 3, 24, 200
SITE_NAME_WORDS = 4  # a site's or a programme's name, above its headline, has this many words at most
STORY_WORDS = 25  # a paragraph this long is the story: the headline comes before it
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_BAD_END = ".,;:|…-–—/"
_BAD_START = "•*·-–—|>»›"
_NUMBERED = re.compile(r"\d{1,2}[.)] ")
_CLOSING = "\"”’'»)"  # a sentence may end inside its quotation marks: "... in this season.”
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z.' -]{2,}(?:,|\s*\()")  # "TRENTON, N.J. (AP) — Was that ...?" opens a story


def headline(clean_text: str, looked_at: int = 6) -> str | None:
    """The text's headline (see the module's docstring), or None.

    >>> headline("Pool to close after roof found unsafe\\n\\nThe town council voted on Tuesday to close the old "
    ...          "pool at the end of the summer, after engineers found that the roof was no longer safe.")
    'Pool to close after roof found unsafe'
    >>> headline("The council voted on Tuesday.\\n\\nIt was close.") is None
    True
    """
    paragraphs = clean_text[:5_000].split("\n\n")
    short = None  # a first candidate of three or four words ("City News Flash") gives way to a longer one
    for i, paragraph in enumerate(paragraphs[:looked_at]):
        line = paragraph.strip()
        words = len(_WORD.findall(line))
        if words >= STORY_WORDS:
            return short
        if MIN_WORDS <= words <= MAX_WORDS and len(line) <= MAX_CHARS and line.rstrip(_CLOSING)[-1:] not in _BAD_END \
                and line[0] not in _BAD_START and not _NUMBERED.match(line) and not _WIRE_DATELINE.match(line) \
                and i + 1 < len(paragraphs):
            if words > SITE_NAME_WORDS and line[-1] != ")":
                return line
            short = short or line
    return short
