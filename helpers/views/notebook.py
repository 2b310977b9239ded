"""What notebook cells call first: an article path from the parameters cell in, a shared `Document` out.

Paths are resolved from the project root, never from the kernel's working directory. An http(s) URL is
fetched once into data/fetched/ (helpers.load.fetch) and read from the saved copy on every later run. Documents are
cached per (file, modification time, publication date), so rerunning a cell or moving a control does not
re-read or re-tag the article, and editing the file on disk is picked up.
"""
from __future__ import annotations

import datetime as dt
import gc
import os
from functools import lru_cache
from pathlib import Path

from helpers.load.article import load_article, looks_like_url
from helpers.resources import PROJECT_ROOT
from helpers.language.segment import Document


def project_path(path: str | os.PathLike) -> Path:
    """An absolute path: as given when absolute, else relative to the project root."""
    path = Path(path).expanduser()
    return path if path.is_absolute() else PROJECT_ROOT / path


@lru_cache(maxsize=16)
def _document(path: str, mtime_ns: int, published: dt.date | str | None) -> Document:
    doc = Document(load_article(path, published=published))
    _ = doc.tags  # tag once here, so every later cell and control is fast
    load_lexicons()
    settle_memory()
    return doc


def load_lexicons() -> None:
    """Load now the word lists every notebook reads later (stopwords, WordNet's lemma maps and exception
    lists, its proper names: tens of thousands of small objects), so `settle_memory` freezes them with the
    article instead of leaving them for the collector to walk inside a control's redraw."""
    from helpers.language.gazetteer import proper_names
    from helpers.words.frequency import preload

    preload()
    proper_names()


def settle_memory() -> None:
    """Freeze what the kernel holds (`gc.freeze`): the article, its tags and the libraries loaded so far
    are left out of every later pass of the cyclic garbage collector.

    Why: a full pass over a kernel's objects takes 100-150 ms on a 2-core machine, and one falling inside
    a control's redraw made that redraw two to five times slower than drawing the chart (benchmarks/
    interaction). Before freezing, garbage is collected so none is kept for good: from the second article
    on (a pass then visits only what was made since the last freeze, about 25 ms, while the reader waits
    for the article anyway); the first time the kernel has only imported its libraries, which leaves no
    cyclic garbage (measured: 0 objects found, for a 50-130 ms pass saved on every Run All).
    Frozen objects are still freed by reference counting when no longer used."""
    if gc.get_freeze_count():
        gc.collect()
    gc.freeze()


def article_file(article: str | os.PathLike, *, refetch: bool = False) -> Path:
    """The file to read for `article`: a path resolved from the project root, or for an http(s) URL the
    page saved in data/fetched/ (downloaded now if it is not saved yet, or when `refetch` is true).
    Raises ArticleError (one line) for a URL that cannot be fetched or a refused scheme."""
    if looks_like_url(article):
        from helpers.load.fetch import fetch_url

        return fetch_url(str(article), refetch=refetch).path
    return project_path(article)


def open_document(article: str | os.PathLike, published: dt.date | str | None = None, *,
                  refetch: bool = False) -> Document:
    """The analysed article at `article` (project-relative or absolute path, or http(s) URL), cached."""
    path = article_file(article, refetch=refetch)
    mtime = path.stat().st_mtime_ns if path.exists() else 0
    return _document(str(path), mtime, published or None)


def strip_outputs(model: dict, **_kwargs) -> None:
    """JupyterLab's pre-save hook (.jupyter/jupyter_server_config.py): a notebook is saved with its sources
    and no outputs, execution counts or widget state, so running it never changes the tracked file."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    content = model["content"]
    content.get("metadata", {}).pop("widgets", None)
    for cell in content.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        cell.get("metadata", {}).pop("execution", None)
