"""What a corpus build reads: folders, globs, article files, JSON Lines archives, and zip or tar archives of
article files (`helpers.corpus.packed`), one article at a time.

Inputs are streamed, never loaded whole: a `.jsonl.gz` of thousands of articles is read line by line, and a
`.zip` or `.tar.gz` member by member, so the building process holds only the articles in flight. Anything that
cannot be read becomes a `BadInput` with a one-line reason (it ends up in the dataset's `errors` table); it
never stops the stream.

Each article gets an `id`: the JSON object's `id` when it has one, else `<file stem>:<line>` for a JSON
line, `<archive stem>:<member path without its extension>` for a member of a zip or tar archive, and the file
name without its extension for an article file (the `.json` beside it is its sidecar).
"""
from __future__ import annotations

import glob
import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from helpers.corpus.packed import ARTICLE_SUFFIXES, UNREADABLE, count_members, is_packed, members, packed_stem

ARCHIVE_SUFFIXES = (".jsonl", ".jsonl.gz")
METADATA = ("published", "title", "source", "url")


@dataclass(frozen=True)
class Item:
    """One article to analyse: a file to load (`path`), or a text already read from an archive line."""

    id: str
    where: str  # the file, or "<archive>:<line>"
    path: str | None = None
    text: str | None = None
    published: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    category: str | None = None  # an archive's `categories` (or `category`), joined with ", "
    data: bytes | None = None  # a member of a zip or tar archive: its bytes, and its sidecar's
    sidecar: bytes | None = None


@dataclass(frozen=True)
class BadInput:
    """An input that could not be read, and why (one line)."""

    id: str
    where: str
    reason: str


def _is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def _is_article(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES


def _is_input(path: Path) -> bool:
    return _is_article(path) or _is_archive(path) or is_packed(path)


def _files_in(folder: Path) -> list[Path]:
    """Article files and archives anywhere under a folder, in name order (sidecars are not inputs; a broken
    link is listed, so that it is reported)."""
    found = [p for p in folder.rglob("*") if (p.is_file() or p.is_symlink()) and _is_input(p)]
    return sorted(found, key=lambda p: p.as_posix())


def _is_sidecar(path: Path) -> bool:
    """A `<name>.json` beside an article `<name>.txt|.html|.htm` is that article's metadata, not an input
    (a shell's `folder/*` names both)."""
    return path.suffix.lower() == ".json" and any(path.with_suffix(s).is_file() for s in ARTICLE_SUFFIXES)


def expand(specs: Iterable[str | os.PathLike]) -> Iterator[Path | BadInput]:
    """The files named by each input: a file, a folder (searched recursively) or a glob pattern."""
    for spec in specs:
        text = os.fspath(spec)
        path = Path(text)
        if path.is_dir():
            yield from _files_in(path)
        elif path.is_file():
            if not _is_sidecar(path):
                yield path
        elif glob.has_magic(text):
            matches = sorted(glob.glob(text, recursive=True))
            files: list[Path] = []
            for match in map(Path, matches):
                if _is_sidecar(match):
                    continue
                if match.is_dir():
                    files.extend(_files_in(match))
                elif _is_input(match):
                    files.append(match)
            if not files:
                yield BadInput(text, text, "the pattern matches no article file")
            yield from files
        else:
            yield BadInput(text, text, "no such file or folder")


def missing_inputs(specs: Iterable[str | os.PathLike]) -> list[str]:
    """A one-line reason for each input that names nothing (a typo, an empty pattern)."""
    return [f"{entry.id}: {entry.reason}" for entry in expand(specs)
            if isinstance(entry, BadInput)]


def file_item(path: Path) -> Item:
    """An article file: loaded (with its sidecar) where it is analysed."""
    return Item(id=path.stem if path.suffix else path.name, where=str(path), path=str(path))


def with_sidecar_links(item: Item) -> Item:
    """An article file's (or archive member's) `url` and `categories` from its sidecar `<name>.json` (the
    loader reads the rest)."""
    try:
        if item.data is not None:
            data = json.loads(item.sidecar.decode("utf-8-sig")) if item.sidecar else None
        else:
            sidecar = Path(item.path).with_suffix(".json")
            data = json.loads(sidecar.read_text(encoding="utf-8-sig")) if sidecar.is_file() else None
    except (OSError, UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict):
        return item
    categories = data.get("categories", data.get("category"))
    if isinstance(categories, list):
        categories = ", ".join(str(c) for c in categories)
    return replace(item, url=_string(data.get("url")), category=_string(categories))


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def line_item(record: object, archive: Path, line: int) -> Item | BadInput:
    """One JSON Lines record as an article, or the reason it is not one."""
    where = f"{archive}:{line}"
    default_id = f"{_stem(archive)}:{line}"
    if not isinstance(record, dict):
        return BadInput(default_id, where, f"{archive.name} line {line}: expected a JSON object")
    raw_id = record.get("id")
    article_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else default_id
    text = record.get("text")
    if not isinstance(text, str):
        return BadInput(article_id, where, f"{archive.name} line {line}: no \"text\" string")
    categories = record.get("categories", record.get("category"))
    if isinstance(categories, list):
        categories = ", ".join(str(c) for c in categories) or None
    meta = {key: _string(record.get(key)) for key in METADATA}
    return Item(id=article_id, where=where, text=text, category=_string(categories), **meta)


def _stem(archive: Path) -> str:
    name = archive.name
    for suffix in (".jsonl.gz", ".jsonl"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return archive.stem


def _open(archive: Path):
    return gzip.open(archive, "rb") if archive.name.lower().endswith(".gz") else open(archive, "rb")


def archive_items(archive: Path) -> Iterator[Item | BadInput]:
    """The articles of a `.jsonl` / `.jsonl.gz` file, one per line; a bad line is a BadInput, and a file
    that breaks off (truncated or corrupt compression) ends with one BadInput naming the last good line."""
    line = 0
    try:
        with _open(archive) as stream:
            for line, raw in enumerate(stream, start=1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as error:
                    reason = error.msg if isinstance(error, json.JSONDecodeError) else "not UTF-8"
                    yield BadInput(f"{_stem(archive)}:{line}", f"{archive}:{line}",
                                   f"{archive.name} line {line}: not valid JSON ({reason})")
                    continue
                yield line_item(record, archive, line)
    except (OSError, EOFError, zlib.error) as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        yield BadInput(f"{archive.name}!read", str(archive),
                       f"{archive.name}: unreadable after line {line} ({reason})")


def packed_items(archive: Path, max_mb: float) -> Iterator[Item | BadInput]:
    """The articles of a zip or tar archive, each with its bytes and its sidecar's; a member too large or
    encrypted is a BadInput, and an archive that cannot be read (or breaks off) ends with one."""
    stem = packed_stem(archive)
    read = 0
    try:
        for member in members(archive, int(max_mb * 1_000_000)):
            read += 1
            article_id = f"{stem}:{PurePosixPath(member.name).with_suffix('')}"
            where = f"{archive}!{member.name}"
            if member.data is None:
                yield BadInput(article_id, where, f"{archive.name}: {member.name}: {member.problem}")
            else:
                yield Item(id=article_id, where=where, data=member.data, sidecar=member.sidecar)
    except UNREADABLE as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        after = f" after {read} articles" if read else ""
        yield BadInput(f"{archive.name}!read", str(archive), f"{archive.name}: unreadable{after} ({reason})")


def iter_items(specs: Iterable[str | os.PathLike], max_mb: float | None = None) -> Iterator[Item | BadInput]:
    """Every article of the inputs, in order, as it is read (`max_mb`: the largest member of a zip or tar
    archive read; files are checked where they are loaded)."""
    from helpers.load.article import DEFAULT_MAX_MB

    for entry in expand(specs):
        if isinstance(entry, BadInput):
            yield entry
        elif _is_archive(entry):
            yield from archive_items(entry)
        elif is_packed(entry):
            yield from packed_items(entry, DEFAULT_MAX_MB if max_mb is None else max_mb)
        else:
            yield file_item(entry)


def count_items(specs: Iterable[str | os.PathLike]) -> int:
    """How many articles the inputs hold (non-blank archive lines counted without parsing them), for the
    progress bar; an unreadable input counts as one."""
    total = 0
    for entry in expand(specs):
        if not isinstance(entry, BadInput) and is_packed(entry):
            try:
                total += count_members(entry)
            except UNREADABLE:
                total += 1
            continue
        if isinstance(entry, BadInput) or not _is_archive(entry):
            total += 1
            continue
        try:
            with _open(entry) as stream:
                total += sum(1 for raw in stream if raw.strip())
        except (OSError, EOFError, zlib.error):
            total += 1
    return total
