"""Data derived once from the NLTK corpora and kept in a cache file, so a fresh process does not derive it again.

A notebook restarts often and the command line starts a process per run; deriving the same tables from the
same corpora each time (WordNet's lemma maps: about a second; the Brown reference counts: about half a
second) was most of a word cell's time. Each table is stored under `.nltk_data/derived/` (git-ignored like
the corpora it comes from) with the key it was built for: the corpus files (path, size, modification
time), the nltk and Python versions, and the source of the code that derives it. A different key, a
missing or damaged file: the table is built again and the file replaced atomically. A folder that cannot
be written costs time, never results.

The files are JSON, never pickle: the analysis loads no pickles (tests/test_reliability.py), so a cache file
that someone else wrote can at worst be wrong, never run code. Tables that are not plain JSON (sets,
Counters, dataclasses) pass an `encode`/`decode` pair.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from helpers.resources import NLTK_DATA_DIR

CACHE_DIR = NLTK_DATA_DIR / "derived"
T = TypeVar("T")


def cache_path(name: str) -> Path:
    return CACHE_DIR / f"{name}.json"


def _same(value: Any) -> Any:
    return value


def cached(name: str, key: str, build: Callable[[], T], encode: Callable[[T], Any] = _same,
           decode: Callable[[Any], T] = _same) -> T:
    """The table stored as `name` when it was built for `key`; else `build()`, stored for next time.

    `encode` turns the table into plain JSON values (dicts with string keys, lists, strings, numbers);
    `decode` turns them back: `decode(encode(table))` must equal the table.
    """
    path = cache_path(name)
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(stored, dict) and stored.get("key") == key and "value" in stored:
            return decode(stored["value"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError):
        pass  # missing or damaged: build it again
    value = build()
    _write(path, key, encode(value))
    return value


def _write(path: Path, key: str, value: Any) -> None:
    """Write to a temporary file and rename it, so a concurrent reader never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump({"key": key, "value": value}, stream, ensure_ascii=False, separators=(",", ":"))
            os.chmod(temporary, 0o644)  # readable like the corpora (mkstemp makes it private)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.remove(temporary)
    except OSError:
        return


def corpus_files(root) -> list[Path]:
    """The files behind an nltk path pointer: the zip it points into, or every file of its folder."""
    zipped = getattr(root, "zipfile", None)
    if zipped is not None:
        return [Path(zipped.filename)]
    folder = Path(root.path)
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else [folder]


def files_key(paths: Iterable[Path]) -> str:
    """Path, size and modification time of each file: changes when a corpus is replaced or edited."""
    parts = []
    for path in paths:
        stat = path.stat()
        parts.append(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
    return "; ".join(parts)


def source_key(*modules: str) -> str:
    """A hash of the source of the named modules ("helpers.words.frequency", "helpers.language.lemmas"):
    the code that derives a table, so a change of its rules rebuilds it."""
    digest = hashlib.sha256()
    for module in modules:
        digest.update(Path(importlib.util.find_spec(module).origin).read_bytes())
    return digest.hexdigest()[:16]


def versions_key() -> str:
    """nltk's version (its readers and morphy rules) and Python's (its Unicode tables and str methods)."""
    import nltk

    return f"nltk {nltk.__version__}; python {sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
