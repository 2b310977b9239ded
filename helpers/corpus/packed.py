"""Zip and tar archives of article files: a folder of `.txt`/`.html` articles and their `.json` sidecars, packed
as a newsroom or a web archive hands it over. Read member by member, never unpacked to disk.

A member is an article when its name ends in `.txt`, `.html` or `.htm` (folders inside the archive are kept in
its name; macOS's `__MACOSX/` and hidden files are skipped); `<name>.json` in the same folder is its sidecar.
Each member's size is checked before it is read, and the read itself stops past the limit, so neither a large
file nor a compression bomb is ever held whole. An encrypted or oversized member comes back with a `problem`
instead of its bytes; an archive that cannot be opened or breaks off raises (`UNREADABLE`), which the caller
reports in one line.
"""
from __future__ import annotations

import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

PACKED_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")  # an article file, loose or inside an archive
SIDECAR_LIMIT = 1_000_000  # bytes: a sidecar is a few lines of JSON
# what opening or reading a damaged archive raises
UNREADABLE = (OSError, EOFError, zlib.error, zipfile.BadZipFile, zipfile.LargeZipFile, tarfile.TarError,
              NotImplementedError, RuntimeError)  # NotImplementedError: an unknown zip compression


@dataclass(frozen=True)
class Member:
    """One article inside an archive: its name there, its bytes and its sidecar's (None when it has none), or
    why it was not read."""

    name: str
    data: bytes | None
    sidecar: bytes | None = None
    problem: str | None = None


def is_packed(path: Path) -> bool:
    return path.name.lower().endswith(PACKED_SUFFIXES)


def packed_stem(path: Path) -> str:
    """ "news-2019.tar.gz" -> "news-2019"."""
    name = path.name
    for suffix in sorted(PACKED_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _clean_name(name: str) -> str:
    return name[2:] if name.startswith("./") else name


def is_article_member(name: str) -> bool:
    parts = PurePosixPath(_clean_name(name)).parts
    if not parts or any(part.startswith(".") or part == "__MACOSX" for part in parts):
        return False
    return parts[-1].lower().endswith(ARTICLE_SUFFIXES)


def _sidecar_name(name: str) -> str:
    return str(PurePosixPath(_clean_name(name)).with_suffix(".json"))


def _read(stream, limit: int) -> bytes | None:
    """At most `limit` bytes, or None when there are more (a header may lie about the size)."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def _too_large(size: int, limit: int) -> str:
    return f"{size / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit (raise it with --max-mb)"


def members(archive: Path, limit: int) -> Iterator[Member]:
    """The articles of a zip or tar archive, in the archive's order, each read up to `limit` bytes."""
    if archive.name.lower().endswith(".zip"):
        yield from _zip_members(archive, limit)
    else:
        yield from _tar_members(archive, limit)


def _zip_members(archive: Path, limit: int) -> Iterator[Member]:
    with zipfile.ZipFile(archive) as packed:
        infos = {info.filename: info for info in packed.infolist() if not info.is_dir()}
        for name, info in infos.items():
            if not is_article_member(name):
                continue
            clean = _clean_name(name)
            if info.flag_bits & 0x1:
                yield Member(clean, None, problem="encrypted (password-protected); extract it first")
                continue
            if info.file_size > limit:
                yield Member(clean, None, problem=_too_large(info.file_size, limit))
                continue
            with packed.open(info) as stream:
                data = _read(stream, limit)
            if data is None:
                yield Member(clean, None, problem=f"larger than its archive says, over the {limit / 1e6:g} MB limit")
                continue
            side = infos.get(_sidecar_name(name)) or infos.get("./" + _sidecar_name(name))
            sidecar = None
            if side is not None and not side.flag_bits & 0x1 and side.file_size <= SIDECAR_LIMIT:
                with packed.open(side) as stream:
                    sidecar = _read(stream, SIDECAR_LIMIT)
            yield Member(clean, data, sidecar)


def _tar_members(archive: Path, limit: int) -> Iterator[Member]:
    # A compressed tar reads forward only: one pass for the (small) sidecars, one for the articles.
    sidecars: dict[str, bytes] = {}
    try:
        with tarfile.open(archive, "r:*") as packed:
            for info in packed:
                if info.isfile() and info.name.lower().endswith(".json") and info.size <= SIDECAR_LIMIT:
                    stream = packed.extractfile(info)
                    if stream is not None:
                        sidecars[_clean_name(info.name)] = stream.read(SIDECAR_LIMIT)
    except UNREADABLE:
        pass  # a tar that breaks off: the second pass yields the articles before the break, then raises
    with tarfile.open(archive, "r:*") as packed:
        for info in packed:
            if not info.isfile() or not is_article_member(info.name):
                continue
            clean = _clean_name(info.name)
            if info.size > limit:
                yield Member(clean, None, problem=_too_large(info.size, limit))
                continue
            stream = packed.extractfile(info)
            data = stream.read(limit) if stream is not None else b""
            yield Member(clean, data, sidecars.get(_sidecar_name(info.name)))


def count_members(archive: Path) -> int:
    """How many articles an archive holds (names only, nothing decompressed for a zip)."""
    if archive.name.lower().endswith(".zip"):
        with zipfile.ZipFile(archive) as packed:
            return sum(1 for info in packed.infolist() if not info.is_dir() and is_article_member(info.filename))
    with tarfile.open(archive, "r:*") as packed:
        return sum(1 for info in packed if info.isfile() and is_article_member(info.name))
