"""Build a corpus dataset: every article analysed once, written in partitions that survive a kill.

Layout of the output folder `DIR`:
- `DIR/<table>/part-<run>-<n>.parquet` for each table of `helpers.corpus.tables.TABLES`: one file per
  partition (a batch of articles). pandas and dask read a table with `read_parquet("DIR/<table>")`.
- `DIR/_partitions/part-<run>-<n>.json`: the partition's commit record (the input keys it holds).

A partition is written table by table to hidden temporary names (`.part-....tmp`, which Parquet readers
skip), renamed into place, and committed last by its record. Resuming (the default) first removes
whatever no record commits (a run killed mid-partition leaves at most that), then skips the articles the
records hold: nothing is lost and nothing is written twice. A partition whose write fails (disk full, a
path that cannot be created) is rolled back; its articles go to `errors` with stage `write`, and the next
resumed run tries them again.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import sys
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pyarrow as pa
import pyarrow.parquet as pq

from helpers.corpus.inputs import BadInput, Item, count_items, iter_items, missing_inputs, with_sidecar_links
from helpers.corpus.tables import TABLES, article_rows, error_row, to_tables

PARTITIONS = "_partitions"
LOST: dict = {}  # what an engine yields for a partition it could not compute (see engines)
DEFAULT_PARTITION_SIZE = 50


# --------------------------------------------------------------------------- the per-article function


def analyze_item(item: Item, max_mb: float | None = None) -> dict[str, list[dict]]:
    """One article's rows in every table, through the same pipeline as `python -m helpers analyze`.

    Raises ArticleError (one line) for an article that cannot be read; any other exception is a failure
    of the analysis, which the caller records.
    """
    from helpers.load.article import (DEFAULT_MAX_MB, ArticleError, article_from_bytes, from_text, load_article,
                                      parse_date, sidecar_meta)
    from helpers.pipeline import analyze_document
    from helpers.language.segment import Document

    limit = DEFAULT_MAX_MB if max_mb is None else max_mb
    if item.path is not None:
        article = load_article(item.path, max_mb=limit)
        item = with_sidecar_links(item)
    elif item.data is not None:  # a member of a zip or tar archive
        member = PurePosixPath(item.where.rsplit("!", 1)[-1])
        meta, warnings = sidecar_meta(item.sidecar, member.with_suffix(".json").name) if item.sidecar else ({}, [])
        article = article_from_bytes(item.data, Path(member), meta, warnings)
        item = with_sidecar_links(item)
    else:
        if len(item.text) > limit * 1_000_000:
            raise ArticleError(f"text is {len(item.text) / 1e6:.1f} MB, over the {limit:g} MB limit "
                               "(raise it with --max-mb)")
        warnings = []
        published = None
        if item.published is not None:
            try:
                published = parse_date(item.published)
            except ValueError as error:
                warnings.append(f"{error}; publication date unknown")
        article = from_text(item.text, published=published, title=item.title)
        article.site, article.url = item.source, item.url  # `source`: the older name of `site`
        article.warnings = warnings + article.warnings
    doc = Document(article)
    result = analyze_document(doc, top_n=None)
    result["source"] = article.source
    return article_rows(result, doc, item)


def _failure(item: Item, error: BaseException) -> dict:
    """The `errors` row of an article whose analysis or storage raised."""
    from helpers.load.article import ArticleError
    from helpers.resources import MissingResourceError

    if isinstance(error, (ArticleError, MissingResourceError)):
        return error_row(item.id, item.where, "read", str(error))
    if isinstance(error, RecursionError):
        return error_row(item.id, item.where, "analyse", "text too deeply nested to analyse")
    if isinstance(error, MemoryError):
        return error_row(item.id, item.where, "analyse", "out of memory")
    place = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" (in {Path(place.filename).name}:{place.lineno}; please report this)" if place else ""
    return error_row(item.id, item.where, "analyse", f"{type(error).__name__}: {error}{where}")


def analyze_batch(items: list[Item | BadInput], max_mb: float | None = None) -> dict[str, pa.Table]:
    """A partition's tables: each article analysed on its own, so one that fails becomes an `errors`
    row and the others are kept. Never raises (the engines run it in other processes and machines).

    The rows of all articles become Arrow tables in one conversion per table; only when that fails (a
    value Arrow cannot store, such as a lone surrogate) is each article converted on its own, to find it.
    """
    done: list[tuple[Item, dict[str, list[dict]]]] = []
    errors: list[dict] = []
    for item in items:
        if isinstance(item, BadInput):
            errors.append(error_row(item.id, item.where, "read", item.reason))
            continue
        try:
            done.append((item, analyze_item(item, max_mb)))
        except Exception as error:  # noqa: BLE001 - one article's failure must not stop the others
            errors.append(_failure(item, error))
    try:
        tables = to_tables({name: [row for _, rows in done for row in rows[name]] for name in TABLES})
    except Exception:  # noqa: BLE001 - find the article Arrow refuses, keep the others
        kept = []
        for item, rows in done:
            try:
                to_tables(rows)
            except Exception as error:  # noqa: BLE001
                errors.append(_failure(item, error))
            else:
                kept.append(rows)
        tables = to_tables({name: [row for rows in kept for row in rows[name]] for name in TABLES})
    if errors:
        tables["errors"] = to_tables({"errors": errors})["errors"]
    return tables


# --------------------------------------------------------------------------- partitions on disk


@dataclass
class Batch:
    """A partition to build: its name, the input keys it commits, and the items to analyse."""

    name: str
    keys: list[str]
    items: list[Item | BadInput]


def _commit_record(out: Path, name: str) -> Path:
    return out / PARTITIONS / f"{name}.json"


def _write_json(path: Path, data: dict) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def write_partition(out: Path, name: str, tables: dict[str, pa.Table], keys: list[str], *,
                    retry: bool = False) -> None:
    """Write one partition atomically: its tables (those in `tables`) to temporary files, then renamed,
    then the commit record. On any OSError nothing of the partition is left behind and it is raised again."""
    written: list[Path] = []
    temporaries: list[tuple[Path, Path]] = []
    try:
        (out / PARTITIONS).mkdir(parents=True, exist_ok=True)
        for table in (name for name in TABLES if name in tables):
            folder = out / table
            folder.mkdir(exist_ok=True)
            final = folder / f"{name}.parquet"
            temporary = folder / f".{name}.parquet.tmp"
            temporaries.append((temporary, final))
            pq.write_table(tables[table], temporary)
        for temporary, final in temporaries:
            os.replace(temporary, final)
            written.append(final)
        _write_json(_commit_record(out, name), {"keys": [] if retry else keys, "retry": keys if retry else []})
    except OSError:
        for temporary, _ in temporaries:
            temporary.unlink(missing_ok=True)
        for final in written:
            final.unlink(missing_ok=True)
        raise


def prepare(out: Path, resume: bool) -> set[str]:
    """Make `out` ready and return the input keys already committed.

    Without `resume`, the dataset's own folders are removed first. With it, files no commit record
    names (left by a killed run), temporary files, and the partitions of failed writes (to be retried)
    are removed.
    """
    out.mkdir(parents=True, exist_ok=True)
    if not resume:
        for folder in (*TABLES, PARTITIONS):
            if (out / folder).is_dir():
                shutil.rmtree(out / folder)
    done: set[str] = set()
    committed: set[str] = set()
    records = out / PARTITIONS
    if records.is_dir():
        for record in sorted(records.glob("*.json")):
            try:
                data = json.loads(record.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = None
            if not isinstance(data, dict) or data.get("retry"):
                record.unlink()
                continue
            committed.add(record.stem)
            done.update(data.get("keys", []))
        for stray in records.glob(".*.tmp"):
            stray.unlink()
    for table in TABLES:
        folder = out / table
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.name.startswith(".") and path.name.endswith(".tmp"):
                path.unlink()
            elif path.suffix == ".parquet" and path.stem not in committed:
                path.unlink()
    return done


# --------------------------------------------------------------------------- the build


@dataclass
class Summary:
    """What a build did."""

    out: Path
    articles: int = 0  # analysed and written in this run
    errors: int = 0  # error rows written in this run (unreadable or failed articles)
    skipped: int = 0  # already in the dataset (resumed)
    failed_writes: int = 0  # articles whose partition could not be computed or written (retried on resume)
    write_errors: list[str] = field(default_factory=list)
    missing_inputs: list[str] = field(default_factory=list)  # inputs that name no file

    @property
    def complete(self) -> bool:
        return self.failed_writes == 0


def batches(items: Iterable[Item | BadInput], done: set[str], size: int, run: str,
            skipped: Counter) -> Iterator[Batch]:
    """Group the items not yet done into partitions; a repeated id becomes an `errors` row.

    Each item's key is its id, or `id#n` for its n-th repeat, so keys are the same on every run over the
    same inputs and a resumed run skips exactly what was committed.
    """
    seen: Counter = Counter()
    pending: list[Item | BadInput] = []
    keys: list[str] = []
    number = 0
    for item in items:
        seen[item.id] += 1
        key = item.id if seen[item.id] == 1 else f"{item.id}#{seen[item.id]}"
        if key in done:
            skipped["n"] += 1
            continue
        if seen[item.id] > 1:
            item = BadInput(item.id, item.where, f"duplicate id: an earlier input has the id {item.id!r}")
        pending.append(item)
        keys.append(key)
        if len(pending) >= size:
            number += 1
            yield Batch(f"part-{run}-{number:05d}", keys, pending)
            pending, keys = [], []
    if pending:
        number += 1
        yield Batch(f"part-{run}-{number:05d}", keys, pending)


def _progress(total: int, initial: int, quiet: bool):
    from tqdm import tqdm

    disable = quiet or not (hasattr(sys.stderr, "isatty") and sys.stderr.isatty())
    return tqdm(total=total, initial=initial, unit="article", desc="corpus", file=sys.stderr,
                disable=disable, dynamic_ncols=True, smoothing=0.1)


def build_corpus(inputs: Iterable[str | os.PathLike], out: str | os.PathLike, *, jobs: int = 1,
                 scheduler: str | None = None, resume: bool = True, partition_size: int = DEFAULT_PARTITION_SIZE,
                 max_mb: float | None = None, quiet: bool = False) -> Summary:
    """Analyse every article of `inputs` into the Parquet dataset at `out` (see the module docstring).

    `jobs` local processes, or a Dask cluster: `scheduler` is its address (`tcp://host:8786`) or "local"
    for a LocalCluster on this machine. Returns a Summary; raises OSError only when `out` itself cannot
    be created.
    """
    from helpers.corpus.engines import make_engine

    inputs = [os.fspath(i) for i in inputs]
    out = Path(out)
    done = prepare(out, resume)
    summary = Summary(out, missing_inputs=missing_inputs(inputs))
    skipped: Counter = Counter()
    total = count_items(inputs)
    run = secrets.token_hex(4)
    work = batches(iter_items(inputs, max_mb), done, max(1, partition_size), run, skipped)
    failures: list[dict] = []
    failed_keys: list[str] = []
    with _progress(total, min(len(done), total), quiet) as bar, make_engine(jobs, scheduler) as engine:
        for batch, tables in engine.run(work, max_mb):
            if tables is LOST:  # its workers kept dying: not done, retried by the next run
                reason = "not computed: the worker processes running it died (run again to retry)"
                summary.failed_writes += len(batch.keys)
                summary.write_errors.append(reason)
                failures.extend(error_row(_id(item), item.where, "run", reason) for item in batch.items)
                failed_keys.extend(batch.keys)
                bar.update(len(batch.keys))
                continue
            try:
                write_partition(out, batch.name, tables, batch.keys)
            except OSError as error:
                reason = f"could not write the partition: {error.strerror or error}"
                summary.failed_writes += len(batch.keys)
                summary.write_errors.append(reason)
                failures.extend(error_row(_id(item), item.where, "write", reason) for item in batch.items)
                failed_keys.extend(batch.keys)
            else:
                summary.articles += tables["articles"].num_rows
                summary.errors += tables["errors"].num_rows
            bar.update(len(batch.keys))
    summary.skipped = skipped["n"]
    if failures:  # the errors table alone: the folders that failed may be what is broken
        tables = {"errors": to_tables({"errors": failures})["errors"]}
        try:
            write_partition(out, f"part-{run}-failed", tables, failed_keys, retry=True)
        except OSError as error:
            summary.write_errors.append(f"could not record the failed writes: {error.strerror or error}")
    return summary


def _id(item: Item | BadInput) -> str:
    return item.id
