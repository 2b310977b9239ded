"""Data derived once from the NLTK corpora and kept in a cache file, so a fresh process does not derive it again.

A notebook restarts often and the command line starts a process per run; deriving the same tables from the
same corpora each time (WordNet's lemma maps: about a second; the Brown reference counts: about half a
second) was most of a word cell's time. Each table is stored under `.nltk_data/derived/` (git-ignored like
the corpora it comes from) with the key it was built for: the corpus files (path, size, modification
time), the nltk and Python versions, and the source of the code that derives it. A different key, a
missing or damaged file: the table is built again and the file replaced atomically. A folder that cannot
be written costs time, never results.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from .resources import NLTK_DATA_DIR

CACHE_DIR = NLTK_DATA_DIR / "derived"
T = TypeVar("T")


def cache_path(name: str) -> Path:
    return CACHE_DIR / f"{name}.pickle"


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The table stored as `name` when it was built for `key`; else `build()`, stored for next time."""
    path = cache_path(name)
    try:
        with path.open("rb") as stream:
            stored_key, value = pickle.load(stream)
        if stored_key == key:
            return value
    except (OSError, EOFError, ValueError, TypeError, AttributeError, IndexError, pickle.UnpicklingError):
        pass
    value = build()
    _write(path, key, value)
    return value


def _write(path: Path, key: str, value: Any) -> None:
    """Write to a temporary file and rename it, so a concurrent reader never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump((key, value), stream, protocol=pickle.HIGHEST_PROTOCOL)
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
    """A hash of the source of the named modules of this package ("words", "lemmas"): the code that derives
    a table, so a change of its rules rebuilds it."""
    digest = hashlib.sha256()
    for module in modules:
        digest.update((Path(__file__).parent / f"{module}.py").read_bytes())
    return digest.hexdigest()[:16]


def versions_key() -> str:
    """nltk's version (its readers and morphy rules) and Python's (its Unicode tables and str methods)."""
    import nltk

    return f"nltk {nltk.__version__}; python {sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
