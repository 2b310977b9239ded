"""The dataset's tables: their columns (Arrow schemas) and one article's rows in each.

Every table has an `article` column (the article's id). The columns are those of `python -m helpers analyze`'s
JSON, with two differences Parquet needs: a number's `value` is a number or null, and the ISO 8601 text
of a date or duration (`2024-05-16`, `P2D`) is in `value_iso`; the `top_words` list becomes the `words`
table with every word of the article, not only the top ones.
"""
from __future__ import annotations

from typing import Any

import pyarrow as pa

TABLES = ("articles", "quotes", "turns", "numbers", "names", "words", "errors")

_STR, _INT, _FLOAT = pa.string(), pa.int64(), pa.float64()

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article", _STR), ("path", _STR), ("title", _STR), ("author", _STR), ("site", _STR), ("url", _STR),
        ("published", _STR), ("published_source", _STR), ("language", _STR), ("source", _STR),
        ("category", _STR), ("encoding", _STR), ("format", _STR), ("characters", _INT),
        ("paragraphs", _INT), ("sentences", _INT), ("tokens", _INT),
        ("boilerplate", pa.list_(pa.struct([("text", _STR), ("start", _INT), ("end", _INT), ("reason", _STR)]))),
        ("warnings", pa.list_(_STR)),
    ]),
    "quotes": pa.schema([
        ("article", _STR), ("text", _STR), ("speaker", _STR), ("cue", _STR), ("kind", _STR),
        ("start", _INT), ("end", _INT), ("sentence", _INT), ("paragraph", _INT),
    ]),
    "turns": pa.schema([
        ("article", _STR), ("speaker", _STR), ("label", _STR), ("text", _STR), ("start", _INT), ("end", _INT),
        ("paragraph", _INT),
    ]),
    "numbers": pa.schema([
        ("article", _STR), ("text", _STR), ("kind", _STR), ("value", _FLOAT), ("value_iso", _STR),
        ("currency", _STR), ("unit", _STR), ("counts", _STR), ("link", _INT), ("precision", _STR),
        ("start", _INT), ("end", _INT), ("sentence", _INT),
    ]),
    "names": pa.schema([
        ("article", _STR), ("text", _STR), ("canonical", _STR), ("kind", _STR), ("start", _INT), ("end", _INT),
    ]),
    "words": pa.schema([
        ("article", _STR), ("word", _STR), ("count", _INT), ("per_1000", _FLOAT), ("forms", _STR),
    ]),
    "errors": pa.schema([
        ("article", _STR), ("input", _STR), ("stage", _STR), ("reason", _STR),
    ]),
}


_FIELDS: dict[int, tuple[str, ...]] = {}  # a schema's column names but `article` (Schema.names builds a new list)


def _pick(row: dict[str, Any], schema: pa.Schema, article: str) -> dict[str, Any]:
    fields = _FIELDS.get(id(schema))
    if fields is None:
        fields = _FIELDS[id(schema)] = tuple(name for name in schema.names if name != "article")
    picked = {"article": article}
    for name in fields:
        picked[name] = row.get(name)
    return picked


def number_row(row: dict[str, Any], article: str) -> dict[str, Any]:
    """A number of the JSON with its value split into `value` (a number) and `value_iso` (text)."""
    value = row.get("value")
    picked = _pick(row, SCHEMAS["numbers"], article)
    picked["value"] = float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    picked["value_iso"] = value if isinstance(value, str) else None
    return picked


def name_rows(result: dict[str, Any], doc, article: str) -> list[dict[str, Any]]:
    """Each mention of a name: from the JSON's `names` when the pipeline gives them, else from
    `helpers.entities` on the article's Document (spans mapped to the original text)."""
    if isinstance(result.get("names"), list):
        rows = []
        for row in result["names"]:
            picked = _pick(row, SCHEMAS["names"], article)
            if picked["canonical"] is None:
                picked["canonical"] = row.get("name")
            rows.append(picked)
        return rows
    from helpers.language.entities import find_entities

    original = doc.article.original
    rows = []
    for entity in find_entities(doc):
        for start, end in sorted(entity.mentions):
            a, b = doc.original_span(start, end)
            rows.append({"article": article, "text": original[a:b], "canonical": entity.name,
                         "kind": entity.kind, "start": a, "end": b})
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


def article_rows(result: dict[str, Any], doc, item) -> dict[str, list[dict[str, Any]]]:
    """One analysed article's rows in every table (`result` is `analyze_document`'s dict)."""
    article = item.id
    head = _pick(result, SCHEMAS["articles"], article)
    head.update(path=item.where, source=result.get("source") or item.source, url=result.get("url") or item.url,
                category=item.category)
    return {
        "articles": [head],
        "quotes": [_pick(row, SCHEMAS["quotes"], article) for row in result["quotes"]],
        "turns": [_pick(row, SCHEMAS["turns"], article) for row in result.get("turns", [])],
        "numbers": [number_row(row, article) for row in result["numbers"]],
        "names": name_rows(result, doc, article),
        "words": [_pick(row, SCHEMAS["words"], article) for row in result["top_words"]],
        "errors": [],
    }


def to_tables(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pa.Table]:
    """Rows as Arrow tables with the dataset's schemas (raises if a value does not fit its column)."""
    return {name: pa.Table.from_pylist(rows.get(name, []), schema=SCHEMAS[name]) for name in TABLES}


def error_row(article: str, where: str, stage: str, reason: str) -> dict[str, Any]:
    """An `errors` row; text that cannot be stored as UTF-8 (a lone surrogate) is escaped."""
    def safe(text: str) -> str:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return {"article": safe(article), "input": safe(where), "stage": stage, "reason": safe(reason)}
