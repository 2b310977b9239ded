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

Result = tuple[Batch, dict[str, pa.Table]]
ATTEMPTS = 2  # a partition whose worker dies twice is recorded as failed (and retried on resume)
DASK_ATTEMPTS = 3  # a partition whose result cannot be had from the cluster three times, likewise


def _lost(batch: Batch, reason: str) -> dict:
    """What a partition whose workers kept dying gives: `build.LOST` (the build records its articles in
    `errors`, stage `run`, and the next run tries them again)."""
    from helpers.corpus.build import LOST

    return LOST


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

    Dask reruns the tasks of a worker that dies; a result lost with its worker before it was gathered is
    submitted again; a partition that still fails (`KilledWorker`: it killed several workers) is recorded as
    failed, and a resumed run tries it again.
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
        pending: dict[str, tuple[Batch, int]] = {}

        def submit(batch: Batch | None, attempt: int = 1) -> object | None:
            if batch is None:
                return None
            future = self.client.submit(analyze_batch, batch.items, max_mb, pure=False)
            pending[future.key] = (batch, attempt)
            return future

        first = [f for f in (submit(next(source, None)) for _ in range(window)) if f is not None]
        if not first:
            return
        completed = as_completed(first)
        for future in completed:
            batch, attempt = pending.pop(future.key)
            try:
                tables = future.result()
            except Exception as error:  # noqa: BLE001 - KilledWorker, a result lost with its worker
                future.release()
                if attempt < DASK_ATTEMPTS:  # computed again (Dask already reran the tasks it could)
                    completed.add(submit(batch, attempt + 1))
                    continue
                tables = _lost(batch, f"the cluster could not run this partition ({type(error).__name__}: "
                                      f"{str(error).splitlines()[0] if str(error) else ''})")
            else:
                future.release()
            yield batch, tables
            following = submit(next(source, None))
            if following is not None:
                completed.add(following)


def make_engine(jobs: int = 1, scheduler: str | None = None):
    """The engine for the command line's `--jobs N` / `--scheduler ADDRESS|local`."""
    if scheduler:
        return DaskCluster(scheduler, workers=jobs if jobs > 1 else 2)
    if jobs <= 1:
        return Serial()
    return LocalProcesses(jobs)
