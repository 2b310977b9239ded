"""Where the per-partition function runs: this process, local processes, or a Dask cluster.

Every engine runs the same function, `helpers.corpus.build.analyze_batch`, on the same batches, so the
rows are the same whichever ran them (only the order in which partitions finish differs). Each keeps a
bounded number of partitions in flight, so the building process holds a few batches of text, never the
whole corpus.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager

import pyarrow as pa

from helpers.corpus.build import Batch, analyze_batch
from helpers.corpus.tables import error_row, to_tables

Result = tuple[Batch, dict[str, pa.Table]]
ATTEMPTS = 2  # a partition whose worker dies twice is recorded as failed (and retried on resume)


def _lost(batch: Batch, reason: str) -> dict[str, pa.Table]:
    """The tables of a partition whose worker died: every article an `errors` row."""
    from helpers.corpus.tables import empty_tables

    tables = empty_tables()
    tables["errors"] = to_tables({"errors": [error_row(i.id, i.where, "analyse", reason)
                                             for i in batch.items]})["errors"]
    return tables


def _preload() -> None:
    """Load the NLTK models once, so forked workers share them and Dask workers load them once."""
    from helpers.language.segment import sentence_splitter
    from helpers.language.tagger import article_tagger
    from helpers.words.frequency import preload

    sentence_splitter()
    article_tagger()
    preload()


class Serial(AbstractContextManager):
    """Everything in this process (`--jobs 1`)."""

    def __exit__(self, *exc) -> None:
        return None

    def run(self, batches: Iterator[Batch], max_mb: float | None) -> Iterator[Result]:
        _preload()
        for batch in batches:
            yield batch, analyze_batch(batch.items, max_mb)


class LocalProcesses(AbstractContextManager):
    """`--jobs N`: N forked worker processes on this machine (the models loaded once, before the fork)."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
        self.executor = ProcessPoolExecutor(self.jobs, mp_context=context)
        return self.executor

    def __exit__(self, *exc) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def run(self, batches: Iterator[Batch], max_mb: float | None) -> Iterator[Result]:
        _preload()
        executor = self._start()
        window = 2 * self.jobs
        running: dict[Future, tuple[Batch, int]] = {}
        source = iter(batches)
        exhausted = False
        while True:
            while not exhausted and len(running) < window:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    break
                running[executor.submit(analyze_batch, batch.items, max_mb)] = (batch, 1)
            if not running:
                return
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            broken: list[tuple[Batch, int]] = []
            for future in finished:
                batch, attempt = running.pop(future)
                try:
                    yield batch, future.result()
                except BrokenProcessPool:
                    broken.append((batch, attempt))
            if broken:  # a worker died (killed, out of memory): a new pool, and every batch in flight again
                broken.extend(running.values())
                running.clear()
                executor.shutdown(wait=False, cancel_futures=True)
                executor = self._start()
                for batch, attempt in broken:
                    if attempt >= ATTEMPTS:
                        yield batch, _lost(batch, "a worker process died twice on this partition")
                    else:
                        running[executor.submit(analyze_batch, batch.items, max_mb)] = (batch, attempt + 1)


class DaskCluster(AbstractContextManager):
    """`--scheduler ADDRESS` (a running `dask scheduler`) or `--scheduler local` (a LocalCluster here).

    Dask reruns the tasks of a worker that dies; a partition that fails on too many workers
    (`KilledWorker`) is recorded as failed.
    """

    def __init__(self, address: str, workers: int = 2) -> None:
        from distributed import Client, LocalCluster

        self.cluster = None
        if address == "local":
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            address = self.cluster.scheduler_address
        self.client = Client(address)

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def run(self, batches: Iterator[Batch], max_mb: float | None) -> Iterator[Result]:
        from distributed import as_completed

        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.client.run(_preload)
        window = 2 * workers
        source = iter(batches)
        pending: dict[str, Batch] = {}

        def submit() -> object | None:
            batch = next(source, None)
            if batch is None:
                return None
            future = self.client.submit(analyze_batch, batch.items, max_mb, pure=False)
            pending[future.key] = batch
            return future

        first = [f for f in (submit() for _ in range(window)) if f is not None]
        if not first:
            return
        completed = as_completed(first)
        for future in completed:
            batch = pending.pop(future.key)
            try:
                tables = future.result()
            except Exception as error:  # KilledWorker, a lost connection: the partition is recorded as failed
                tables = _lost(batch, f"the cluster could not run this partition ({type(error).__name__}: {error})")
            future.release()
            yield batch, tables
            following = submit()
            if following is not None:
                completed.add(following)


def make_engine(jobs: int = 1, scheduler: str | None = None):
    """The engine for the command line's `--jobs N` / `--scheduler ADDRESS|local`."""
    if scheduler:
        return DaskCluster(scheduler, workers=jobs if jobs > 1 else 2)
    if jobs <= 1:
        return Serial()
    return LocalProcesses(jobs)
