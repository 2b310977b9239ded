"""Command-line interface (see `helpers/__main__.py` for usage)."""
from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from helpers.load.article import DEFAULT_MAX_MB, ArticleError, parse_date
from helpers.resources import PROJECT_ROOT, SEED_ARTICLE, MissingResourceError, setup_nltk_data

PROG = "python -m helpers"


Job = tuple[str, str | None, float, int, str, bool, bool]  # path, published, max MB, top N, format, text, refetch


def _analyze_one(job: Job) -> tuple[str, str | None, list[str], str | None]:
    """Worker: (path, output text, warnings, error). Never raises, so one bad file cannot stop the batch.

    The output (a JSON line or the table) is written out here, in the worker: the parent only copies
    text to stdout, so with `--jobs N` the serial part of the work stays small.
    """
    path, published, max_mb, top_n, output_format, include_text, refetch = job
    try:
        result = _analyze(path, published, max_mb, top_n, include_text, refetch)
        if isinstance(result, str):
            return path, None, [], result
        if output_format == "jsonl":
            text = json.dumps(result, ensure_ascii=False) + "\n"
        else:
            buffer = io.StringIO()
            print_table(result, buffer)
            text = buffer.getvalue()
    except Exception as error:  # a bug of ours: say so in one line instead of a traceback
        return path, None, [], f"internal error {type(error).__name__}: {error} (please report this)"
    return path, text, list(result.get("warnings", [])), None


def _analyze(path: str, published: str | None, max_mb: float, top_n: int,
             include_text: bool = False, refetch: bool = False) -> dict[str, Any] | str:
    """The result of one file or URL, or the one-line reason it could not be analysed."""
    from helpers.pipeline import analyze_path

    try:
        return analyze_path(path, published=published, max_mb=max_mb, top_n=top_n, include_text=include_text,
                            refetch=refetch)
    except (ArticleError, MissingResourceError) as error:
        return str(error)
    except RecursionError:
        return "text too deeply nested to analyse"
    except MemoryError:
        return "out of memory (try a smaller --max-mb)"


def _build_caches() -> None:
    """Derive once, at set-up, the tables every process would otherwise derive on first use: the
    tagger's arrays, WordNet's lemma maps and proper names, the Brown reference counts and pint's units
    (a few seconds in all)."""
    from helpers.words.keyness import reference_counts
    from helpers.language.gazetteer import proper_names
    from helpers.language.lemmas import maps
    from helpers.language.tagger import tagger_tables
    from helpers.numbers.units import unit_table

    tagger_tables()
    maps()
    proper_names()
    reference_counts()
    unit_table()


def _preload() -> None:
    """Load the NLTK models once in the parent, so forked workers share them."""
    from helpers.language.segment import sentence_splitter
    from helpers.language.tagger import article_tagger
    from helpers.words.frequency import preload

    sentence_splitter()
    article_tagger()
    preload()


def run_jobs(jobs: list[Job], processes: int) -> Iterator[tuple[str, str | None, list[str], str | None]]:
    """Analyse files, yielding results in input order as soon as each is ready."""
    if processes <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield _analyze_one(job)
        return
    context = multiprocessing.get_context("fork") if hasattr(os, "fork") else multiprocessing.get_context()
    with context.Pool(processes) as pool:
        yield from pool.imap(_analyze_one, jobs, chunksize=1)


def print_table(result: dict[str, Any], out: TextIO) -> None:
    """A person-readable summary of one article's results."""
    out.write(f"== {result['path']}\n")
    about = [result.get("title") and f"“{result['title']}”", result.get("author") and f"by {result['author']}",
             result.get("site")]
    if any(about):
        out.write("   " + " · ".join(a for a in about if a) + "\n")
    if result.get("saved"):
        out.write(f"   fetched from {result['url']}, saved as {result['saved']}\n")
    date_note = f" ({result['published_source']})" if result.get("published_source") else ""
    out.write(f"   published {result['published'] or 'unknown'}{date_note} · {result['encoding']} · "
              f"{result['paragraphs']} paragraphs · {result['sentences']} sentences · {result['tokens']} tokens\n")
    for warning in result.get("warnings", []):
        out.write(f"   warning: {warning}\n")
    out.write(f"   removed as page furniture: {len(result['boilerplate'])}\n")
    for item in result["boilerplate"]:
        out.write(f"     [{item['start']}:{item['end']}] {item['text']!r} ({item['reason']})\n")
    words = ", ".join(f"{w['word']} {w['count']}" for w in result["top_words"][:10])
    out.write(f"   top words: {words}\n")
    out.write(f"   quotes: {len(result['quotes'])}\n")
    for q in result["quotes"]:
        out.write(f"     [{q['start']}:{q['end']}] {q['kind']:<7} {q['speaker'] or '-':<22} {q['text'][:60]!r}\n")
    out.write(f"   numbers: {len(result['numbers'])}\n")
    for n in result["numbers"]:
        extra = n.get("currency") or n.get("unit") or ""
        out.write(f"     [{n['start']}:{n['end']}] {n['kind']:<9} {n['text']!r:<22} {n['value']!r} {extra}\n")


def _positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _date(text: str) -> str:
    try:
        return parse_date(text).isoformat()
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Analyse news articles: words, quotes, numbers.")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyse article files and print the results")
    analyze.add_argument("paths", nargs="+", metavar="PATH",
                         help=".txt or .html article files, or http(s) URLs (fetched once into data/fetched/)")
    analyze.add_argument("--format", choices=["jsonl", "table"], default="table",
                         help="jsonl: one JSON object per file, per line; table: readable (default)")
    analyze.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                         help="publication date for relative dates (overrides the sidecar <name>.json)")
    analyze.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                         help="processes to spread the files over (default: all cores)")
    analyze.add_argument("--max-mb", type=_positive_float, default=DEFAULT_MAX_MB,
                         help=f"refuse files and pages larger than this many MB (default {DEFAULT_MAX_MB:g})")
    analyze.add_argument("--refetch", action="store_true",
                         help="download URLs again instead of reading the copy saved in data/fetched/")
    analyze.add_argument("--top", type=int, default=20, metavar="N", help="how many top words (default 20)")
    analyze.add_argument("--include-text", action="store_true",
                         help='jsonl: add "text", the text every offset points into (page furniture blanked)')
    report = commands.add_parser("report", help="execute every notebook on an article; write HTML and CSV to reports/")
    report.add_argument("--article", default=SEED_ARTICLE.relative_to(PROJECT_ROOT).as_posix(),
                        help="article path, project-relative or absolute (default: the seed article)")
    report.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="publication date override")
    corpus = commands.add_parser("corpus", help="many articles: build a Parquet dataset of every result")
    corpus_commands = corpus.add_subparsers(dest="corpus_command", required=True)
    build = corpus_commands.add_parser(
        "build", help="analyse folders, globs, .jsonl/.jsonl.gz and zip/tar archives into DIR/<table>/*.parquet")
    build.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="article files, folders, glob patterns, .jsonl/.jsonl.gz (one article per line), or "
                            ".zip/.tar/.tar.gz archives of article files")
    build.add_argument("--out", required=True, metavar="DIR", help="the dataset's folder")
    engine = build.add_mutually_exclusive_group()
    engine.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="local processes (default: all cores); with --scheduler local, its workers")
    engine.add_argument("--scheduler", metavar="ADDRESS",
                        help="a Dask scheduler (tcp://host:8786), or 'local' for a LocalCluster on this machine")
    build.add_argument("--resume", action=argparse.BooleanOptionalAction, default=True,
                       help="keep what DIR already holds and add the rest (default); --no-resume starts again")
    build.add_argument("--partition-size", type=int, default=50, metavar="N",
                       help="articles per partition file (default 50)")
    build.add_argument("--max-mb", type=_positive_float, default=DEFAULT_MAX_MB,
                       help=f"refuse articles larger than this many MB (default {DEFAULT_MAX_MB:g})")
    build.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    setup = commands.add_parser("setup", help="install the NLTK data the project needs")
    setup.add_argument("--mirror", help="a folder laid out like nltk_data to copy from")
    setup.add_argument("--quiet", action="store_true", help="say nothing about resources already present")
    return parser


def corpus_build(args: argparse.Namespace) -> int:
    """`corpus build`: exit status 0 when the dataset holds every input (unreadable articles are rows of
    `errors`), 1 when an input is missing or a partition could not be written, 130 when interrupted."""
    from helpers.corpus import build_corpus

    where = f"{PROG} corpus build"
    if args.partition_size < 1 or (args.jobs is not None and args.jobs < 1):
        print(f"{where}: --jobs and --partition-size must be at least 1", file=sys.stderr)
        return 2
    jobs = args.jobs or (2 if args.scheduler else os.cpu_count() or 1)
    try:
        summary = build_corpus(args.inputs, args.out, jobs=jobs, scheduler=args.scheduler, resume=args.resume,
                               partition_size=args.partition_size, max_mb=args.max_mb, quiet=args.quiet)
    except KeyboardInterrupt:
        print(f"{where}: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"{where}: {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    except MissingResourceError as error:
        print(f"{where}: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # a cluster that cannot be reached, ...: one line, not a traceback
        print(f"{where}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    for reason in sorted(set(summary.write_errors)):
        print(f"{where}: {reason}", file=sys.stderr)
    missing = summary.missing_inputs
    for reason in missing:
        print(f"{where}: {reason}", file=sys.stderr)
    if not args.quiet:
        print(f"{where}: {args.out}: {summary.articles} articles analysed, {summary.errors} in errors, "
              f"{summary.skipped} already there" + (f", {summary.failed_writes} not done (run again to retry)"
                                                    if summary.failed_writes else ""), file=sys.stderr)
    return 0 if summary.complete and not missing else 1


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "setup":
        from pathlib import Path

        try:
            for line in setup_nltk_data(Path(args.mirror) if args.mirror else None):
                if not (args.quiet and line.endswith(": present")):
                    print(f"nltk data: {line}")
            _build_caches()
        except MissingResourceError as error:
            print(f"{PROG} setup: {error}", file=sys.stderr)
            return 1
        return 0

    if args.command == "corpus":
        return corpus_build(args)

    if args.command == "report":
        from helpers.report import run_report

        return run_report(args.article, published=args.published)

    try:
        _preload()
    except MissingResourceError as error:
        print(f"{PROG} analyze: {error}", file=sys.stderr)
        return 1
    jobs = [(path, args.published, args.max_mb, args.top, args.format, args.include_text, args.refetch)
            for path in args.paths]
    failed = 0
    try:
        for path, text, warnings, error in run_jobs(jobs, max(1, min(args.jobs, len(jobs)))):
            if error is not None:
                failed += 1
                print(f"{PROG} analyze: {path}: {error}", file=sys.stderr)
                continue
            for warning in warnings:
                print(f"{PROG} analyze: {path}: warning: {warning}", file=sys.stderr)
            sys.stdout.write(text)
            sys.stdout.flush()
    except BrokenPipeError:  # `... | head` closed the pipe: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(f"{PROG} analyze: interrupted", file=sys.stderr)
        return 130
    return 1 if failed else 0
