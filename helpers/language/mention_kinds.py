"""A mention's own kind, where the words next to it name what it is and that differs from its entity's kind.

Kinds are decided per entity, and a band or a firm that shares its founder's surname is one entity with the
founder ("Eddie Van Halen ... his namesake band, Van Halen"; "Michael Dell ... the company Dell"). A small grammar
of the nouns written right before a mention of a person: "the band X", "his namesake band, X", "the company, X",
"record label X" make that one mention an organisation (`Entity.mention_kinds`); the other mentions keep the
entity's kind. Only a short form (one word or the surname, not the full name with a first name) is read: "the
band's singer, David Lee Roth" keeps the person, and so does a person after the noun of a relative clause ("the
group Fiorina addressed", "his firm, Braynard boasted": a verb follows the name).
"""
from __future__ import annotations

from bisect import bisect_left

from helpers.language.segment import Document

# nouns of organisations that share a person's name: bands, firms, labels, shops
_ORG_NOUNS = frozenset("""
band company firm label brand chain restaurant carmaker automaker publisher retailer outfit group
""".split())
def own_kinds(doc: Document, entities: list) -> None:
    """Set `mention_kinds` of the persons whose short form stands right after an organisation's noun."""
    text = doc.text
    for entity in entities:
        if entity.kind != "person" or len(entity.mentions) < 2:
            continue
        for start, end in entity.mentions:
            if text[start:end] == entity.name or (start, end) in entity.title_mentions:
                continue
            before = text[max(0, start - 16):start]
            if before[-1:] != " " or before.rstrip(" ,").rpartition(" ")[2].lstrip("\n") not in _ORG_NOUNS:
                continue  # a slice of the text first: cheaper than its tokens
            last = bisect_left(doc.starts, end)
            if not (last < len(doc.tokens) and doc.tags[last].startswith(("VB", "MD"))):  # "the group X addressed"
                entity.mention_kinds[(start, end)] = "organisation"
