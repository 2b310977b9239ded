"""The corpus builder (`python -m helpers corpus build`): inputs, engines, faults and resuming.

Everything runs for real: the command line in a subprocess, killed with SIGKILL; a Dask LocalCluster with
two worker processes, one of them killed mid-run; writes that fail with a real OSError (a file-size limit
set with setrlimit, a folder whose path is a regular file). Datasets are compared as sorted rows, since the
order in which partitions finish differs between engines and runs.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tarfile
import threading
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus import TABLES, build_corpus, iter_items
from helpers.corpus.aggregate import (
    cited_percentages,
    largest_money,
    load_corpus,
    period_keyness,
    quoted_most,
    quotes_by_month,
    voices_by,
)
from helpers.corpus.inputs import BadInput, Item
from helpers.resources import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "data" / "corpus"
ARTICLES = sorted(CORPUS.glob("*.txt"))[:24]  # a few dozen real articles keep the suite fast
PYTHON = sys.executable

pytestmark = pytest.mark.skipif(len(ARTICLES) < 24, reason="data/corpus is missing")


# --------------------------------------------------------------------------- helpers


def records(start: int = 0, count: int = 24) -> list[dict]:
    """Articles of data/corpus as JSON Lines records (text + sidecar metadata)."""
    rows = []
    for article in sorted(CORPUS.glob("*.txt"))[start:start + count]:
        meta = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
        rows.append({"id": article.stem, "text": article.read_text(encoding="utf-8"), **meta})
    return rows


def write_jsonl(path: Path, rows: list, *, raw_lines: dict[int, str] | None = None) -> Path:
    lines = [json.dumps(row) for row in rows]  # ASCII: a lone surrogate stays a \\ud800 escape
    for index, raw in (raw_lines or {}).items():
        lines.insert(index, raw)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)
    return path


def dataset(folder: Path) -> dict[str, pd.DataFrame]:
    """Every table, rows sorted by every column, with no index: what must be equal between runs."""
    frames = {}
    for table in TABLES:
        files = sorted((folder / table).glob("*.parquet"))
        frame = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True) if files else pd.DataFrame()
        frame = frame.drop(columns=[c for c in ("path",) if c in frame])  # inputs may sit in other folders
        comparable = frame.map(lambda v: json.dumps(v.tolist() if hasattr(v, "tolist") else v, default=str))
        frames[table] = comparable.sort_values(list(comparable.columns)).reset_index(drop=True)
    return frames


def assert_same(left: Path, right: Path) -> None:
    a, b = dataset(left), dataset(right)
    for table in TABLES:
        pd.testing.assert_frame_equal(a[table], b[table], obj=f"table {table}")


def leftovers(folder: Path) -> list[str]:
    """Half-written or uncommitted files: temporaries, and partitions no commit record names."""
    committed = {p.stem for p in (folder / "_partitions").glob("*.json")}
    found = [str(p) for p in folder.rglob(".*.tmp")]
    found += [str(p) for table in TABLES for p in (folder / table).glob("*.parquet") if p.stem not in committed]
    return found


def cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "helpers", "corpus", "build", *args], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=300, **kwargs)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("archive") / "news.jsonl.gz", records())


@pytest.fixture(scope="module")
def reference(archive, tmp_path_factory) -> Path:
    """The uncomplicated run: one process, no interruption."""
    out = tmp_path_factory.mktemp("reference")
    summary = build_corpus([archive], out, jobs=1, partition_size=3)
    assert summary.complete and summary.articles == 24 and summary.errors == 0
    return out


# --------------------------------------------------------------------------- inputs


def _ids(specs) -> list[str]:
    return [item.id if isinstance(item, Item) else f"BAD:{item.reason.split(':')[0]}" for item in iter_items(specs)]


@pytest.mark.parametrize("case, make, expected", [
    ("a folder: its articles, sidecars left out",
     lambda d: [str(d)], ["a", "b"]),
    ("a glob a shell expanded, sidecars included",
     lambda d: [str(d / "a.txt"), str(d / "a.json")], ["a"]),
    ("a glob pattern",
     lambda d: [str(d / "*.txt")], ["a", "b"]),
    ("a pattern matching nothing",
     lambda d: [str(d / "*.nothing")], ["BAD:the pattern matches no article file"]),
    ("a path that does not exist",
     lambda d: [str(d / "missing")], ["BAD:no such file or folder"]),
    ("JSON Lines: id field, else file stem and line",
     lambda d: [str(write_jsonl(d / "lines.jsonl", [{"id": "x1", "text": "One."}, {"text": "Two."}]))],
     ["x1", "lines:2"]),
    ("JSON Lines with a corrupt line and a record without text",
     lambda d: [str(write_jsonl(d / "bad.jsonl.gz", [{"id": "ok", "text": "Fine."}, {"id": "nt"}],
                                raw_lines={1: '{"id": "broken", "text": '}))],
     ["ok", "BAD:bad.jsonl.gz line 2", "BAD:bad.jsonl.gz line 3"]),
])
def test_inputs(tmp_path, case, make, expected):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Article {name}.", encoding="utf-8")
        (tmp_path / f"{name}.json").write_text('{"published": "2020-01-02"}', encoding="utf-8")
    assert _ids(make(tmp_path)) == expected, case


def test_truncated_archive_keeps_the_lines_before_the_break(tmp_path):
    data = gzip.compress(("\n".join(json.dumps({"id": f"n{i}", "text": "x " * 400}) for i in range(40))).encode())
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(data[: len(data) // 2])
    items = list(iter_items([broken]))
    assert isinstance(items[-1], BadInput) and "unreadable after line" in items[-1].reason
    assert all(isinstance(i, Item) for i in items[:-1]) and len(items) > 1


# --------------------------------------------------------------------------- zip and tar archives of article files

PAGE = ("<html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>"
        "<p>Fares on the Harbour Line rose by 12% on Monday, the operator said.</p>"
        "<p>“It is the first rise in five years,” said Dana Kowal, its chief executive.</p></article></body></html>")
PACKED = {  # member name -> bytes: folders, a sidecar, a page, and what is no article
    "news/2019/ferry.txt": b"Fares on the Harbour Line rose by 12% on Monday, the operator said.",
    "news/2019/ferry.json": b'{"published": "2019-07-10", "url": "https://example.org/ferry"}',
    "news/2019/page.html": PAGE.encode(),
    "news/latin1.txt": "Caf\xe9 owners said the rent rose by \xa3200.".encode("latin-1"),
    "__MACOSX/news/._ferry.txt": b"\x00\x05\x16\x07",
    "news/.DS_Store": b"\x00\x00",
    "news/README.md": b"not an article",
}


def _zip(path: Path, members: dict[str, bytes], encrypted: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as packed:
        for name, data in members.items():
            packed.writestr(name, data)
    raw = bytearray(path.read_bytes())
    for name in encrypted:  # set the flag a password-protected member carries in the central directory
        record = _central_record(raw, name)
        raw[record + 8] |= 0x1
    path.write_bytes(bytes(raw))
    return path


def _central_record(raw: bytearray, name: str) -> int:
    """Where the central-directory record of member `name` starts (its name follows 46 bytes of header)."""
    start = 0
    while (start := raw.index(b"PK\x01\x02", start)) >= 0:
        length = int.from_bytes(raw[start + 28:start + 30], "little")
        if raw[start + 46:start + 46 + length] == name.encode():
            return start
        start += 4


def _tar(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as packed:
        for name, data in members.items():
            info = tarfile.TarInfo("./" + name)
            info.size = len(data)
            packed.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.parametrize("pack", [_zip, _tar], ids=["zip", "tar.gz"])
def test_packed_archive_articles_with_their_sidecars(tmp_path, pack):
    archive = pack(tmp_path / ("news.zip" if pack is _zip else "news.tar.gz"), PACKED)
    items = list(iter_items([tmp_path]))  # found inside a folder too
    assert [i.id for i in items] == ["news:news/2019/ferry", "news:news/2019/page", "news:news/latin1"]
    assert all(isinstance(i, Item) and i.data == PACKED[i.where.split("!")[1]] for i in items)
    assert items[0].sidecar == PACKED["news/2019/ferry.json"] and items[1].sidecar is None
    out = tmp_path / "dataset"
    summary = build_corpus([archive], out, jobs=1)
    assert (summary.articles, summary.errors) == (3, 0)
    corpus = load_corpus(out)
    articles = corpus.articles.set_index("article")
    assert str(articles.loc["news:news/2019/ferry", "published"])[:10] == "2019-07-10"
    assert articles.loc["news:news/2019/ferry", "url"] == "https://example.org/ferry"
    assert articles.loc["news:news/2019/page", "title"] == "Ferry fares rise"  # read as a page
    quotes = corpus.quotes[corpus.quotes["article"] == "news:news/2019/page"]
    assert list(quotes["speaker"]) == ["Dana Kowal"]
    money = corpus.numbers[corpus.numbers["article"] == "news:news/latin1"]
    assert list(money["value"]) == [200.0]  # decoded as Latin-1, "£200"


@pytest.mark.parametrize("case, make, expected", [
    ("a member over the size limit", lambda d: _zip(d / "big.zip", {"big.txt": b"word " * 400_000}),
     ["BAD:big.zip: big.txt: 2.0 MB, over the 1 MB limit (raise it with --max-mb)"]),
    ("a password-protected member", lambda d: _zip(d / "locked.zip", {"a.txt": b"A.", "b.txt": b"B."}, ("b.txt",)),
     ["locked:a", "BAD:locked.zip: b.txt: encrypted (password-protected); extract it first"]),
    ("not an archive at all", lambda d: (d / "fake.zip").write_bytes(b"PK but no zip") and d / "fake.zip",
     ["BAD:fake.zip: unreadable (File is not a zip file)"]),
    ("a tar that breaks off", lambda d: (d / "cut.tar.gz").write_bytes(
        (_tar(d / "whole.tar.gz", {f"a{i}.txt": os.urandom(3000).hex().encode() for i in range(30)})).read_bytes()
        [:20_000]) and d / "cut.tar.gz", "unreadable"),
], ids=["too large", "encrypted", "not a zip", "truncated tar"])
def test_packed_archive_problems_are_one_line_each(tmp_path, case, make, expected):
    archive = make(tmp_path)
    items = list(iter_items([archive], max_mb=1))
    found = [i.id if isinstance(i, Item) else f"BAD:{i.reason}" for i in items]
    if expected == "unreadable":  # the articles before the break, then one line
        assert found[-1].startswith("BAD:cut.tar.gz: unreadable after ") and len(found) > 1, found
    else:
        assert found == expected, case


# --------------------------------------------------------------------------- the dataset


def test_tables_hold_every_article_with_exact_spans(reference, archive):
    corpus = load_corpus(reference)
    texts = {row["id"]: row["text"] for row in records()}
    assert sorted(corpus.articles["article"]) == sorted(texts)
    for table in ("quotes", "numbers", "names"):
        frame = getattr(corpus, table)
        assert not frame.empty, table
        # a quotation's span includes its marks, its text is what is inside them
        wrong = [(a, s, e, t) for a, s, e, t in zip(frame["article"], frame["start"], frame["end"], frame["text"])
                 if not (texts[a][s:e] == t or (table == "quotes" and t in texts[a][s:e]))]
        assert not wrong, f"{table}: spans that do not map back: {wrong[:3]}"
    assert corpus.errors.empty


def test_rows_equal_the_single_article_json(reference, archive, tmp_path):
    """The per-article function is the pipeline's: quotes and numbers as `analyze` prints them."""
    row = records(0, 1)[0]
    path = tmp_path / f"{row['id']}.txt"
    path.write_text(row["text"], encoding="utf-8")
    (tmp_path / f"{row['id']}.json").write_text(json.dumps({"published": row["published"]}), encoding="utf-8")
    out = subprocess.run([PYTHON, "-m", "helpers", "analyze", "--format", "jsonl", "--jobs", "1", str(path)],
                         capture_output=True, text=True, cwd=PROJECT_ROOT, check=True).stdout
    result = json.loads(out)
    corpus = load_corpus(reference)
    quotes = corpus.quotes[corpus.quotes["article"] == row["id"]].drop(columns="article")
    assert quotes.astype(object).where(quotes.notna(), None).to_dict("records") == result["quotes"]
    numbers = corpus.numbers[corpus.numbers["article"] == row["id"]]
    assert list(numbers["text"]) == [n["text"] for n in result["numbers"]]
    assert [v if v == v else None for v in numbers["value"]] == [
        n["value"] if isinstance(n["value"], (int, float)) else None for n in result["numbers"]]


def test_aggregates_answer_from_the_tables(reference):
    corpus = load_corpus(reference)
    top = quoted_most(corpus, 5)
    assert list(top.columns) == ["quotes", "words", "articles"] and top["quotes"].is_monotonic_decreasing
    monthly = quotes_by_month(corpus, 3)
    assert monthly.sum().sum() == quoted_most(corpus, 3)["quotes"].sum()
    assert voices_by(corpus, "source")["articles"].sum() == 24
    money = largest_money(corpus, 5)
    assert money["value"].is_monotonic_decreasing and money["currency"].nunique() <= 1
    assert cited_percentages(corpus, 5)["articles"].is_monotonic_decreasing
    rising = period_keyness(corpus, "2019-01", "2019-01", min_articles=1, min_count=3, direction="rise")
    assert (rising["log_ratio"] > 0).all() and not rising.empty


def test_an_untitled_article_is_named_by_its_id_in_the_tables_a_reader_sees(tmp_path):
    """Plain text files have no title: the money and percentage tables name them by their id, never NaN."""
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "budget.txt").write_text("The state spent $5 billion, 12% more than in 2019.", encoding="utf-8")
    (folder / "report.txt").write_text("The city spent $2 billion, 12% less.", encoding="utf-8")
    summary = build_corpus([str(folder)], tmp_path / "out", jobs=1)
    assert summary.articles == 2 and summary.errors == 0
    corpus = load_corpus(tmp_path / "out")
    assert list(largest_money(corpus, 5)["title"]) == ["budget", "report"]
    assert list(cited_percentages(corpus, 5)["example"]) == ["budget"]


# --------------------------------------------------------------------------- engines give the same rows


@pytest.mark.slow
@pytest.mark.parametrize("engine", [{"jobs": 2}, {"scheduler": "local", "jobs": 2}], ids=["jobs-2", "local-cluster"])
def test_every_engine_gives_the_same_rows(engine, archive, reference, tmp_path):
    summary = build_corpus([archive], tmp_path, partition_size=3, quiet=True, **engine)
    assert summary.complete and summary.articles == 24
    assert_same(tmp_path, reference)


@pytest.mark.slow
def test_a_dask_worker_killed_mid_run_loses_nothing(archive, reference, tmp_path):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        victim = next(iter(client.run(os.getpid).values()))
        killed = threading.Event()

        def kill_when_running() -> None:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not list((tmp_path / "_partitions").glob("*.json")):
                time.sleep(0.01)
            os.kill(victim, signal.SIGKILL)  # the worker is busy with its next partitions
            killed.set()

        watcher = threading.Thread(target=kill_when_running, daemon=True)
        watcher.start()
        summary = build_corpus([archive], tmp_path, scheduler=cluster.scheduler_address, partition_size=2,
                               quiet=True)
        watcher.join(5)
    assert killed.is_set(), "the worker was not killed during the run"
    assert summary.complete and summary.articles == 24
    assert_same(tmp_path, reference)


# --------------------------------------------------------------------------- killed and resumed


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_three_times_and_resumed_gives_the_uninterrupted_rows(seed, archive, reference, tmp_path):
    rng = random.Random(seed)
    out = tmp_path / "out"
    total = 12  # partitions of 2 articles
    kills = sorted(rng.sample(range(1, total - 2), 3))
    for after in kills:  # kill once `after` partitions are committed, plus a random moment
        process = subprocess.Popen([PYTHON, "-m", "helpers", "corpus", "build", str(archive), "--out", str(out),
                                    "--jobs", str(rng.choice([1, 2])), "--partition-size", "2", "--quiet"],
                                   cwd=PROJECT_ROOT, start_new_session=True, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 120
            while (time.monotonic() < deadline and process.poll() is None
                   and len(list((out / "_partitions").glob("*.json"))) < after):
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.02))
        finally:
            os.killpg(process.pid, signal.SIGKILL)  # the process and its workers, as a crash would
            process.wait()
    assert len(list((out / "_partitions").glob("*.json"))) < total, "every kill came after the end"
    finished = cli(str(archive), "--out", str(out), "--jobs", "2", "--partition-size", "2")
    assert finished.returncode == 0, finished.stderr
    assert not leftovers(out)
    assert_same(out, reference)


def test_resume_skips_what_is_there_and_no_resume_starts_again(archive, reference, tmp_path):
    build_corpus([archive], tmp_path, partition_size=5, quiet=True)
    again = build_corpus([archive], tmp_path, partition_size=5, quiet=True)
    assert (again.articles, again.skipped) == (0, 24)
    fresh = build_corpus([archive], tmp_path, partition_size=5, resume=False, quiet=True)
    assert (fresh.articles, fresh.skipped) == (24, 0)
    assert_same(tmp_path, reference)


# --------------------------------------------------------------------------- bad inputs and failed writes


def test_bad_inputs_are_recorded_and_the_rest_continues(tmp_path):
    rows = records(0, 6)
    rows[2] = {**rows[2], "text": rows[2]["text"] + '\n\nShe said: "Not \ud800 now."'}  # a lone surrogate in a
    # quotation: the per-article function raises when the quote's row is stored
    archive = write_jsonl(tmp_path / "mixed.jsonl.gz", rows, raw_lines={4: '{"id": "cut", "text": "no end'})
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))  # unreadable: not text
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # unreadable: a broken link
    (folder / "good.txt").write_text(rows[0]["text"], encoding="utf-8")
    out = tmp_path / "out"
    result = cli(str(archive), str(folder), "--out", str(out), "--jobs", "2", "--partition-size", "2")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    corpus = load_corpus(out)
    errors = dict(zip(corpus.errors["article"], corpus.errors["reason"]))
    assert set(errors) == {rows[2]["id"], "mixed:5", "image", "gone"}, errors
    assert "UnicodeEncodeError" in errors[rows[2]["id"]]
    assert "line 5: not valid JSON" in errors["mixed:5"]
    assert "PNG" in errors["image"] and "no such file" in errors["gone"]
    assert all("\n" not in reason for reason in errors.values())
    assert sorted(corpus.articles["article"]) == sorted([r["id"] for i, r in enumerate(rows) if i != 2] + ["good"])


def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # a write past it fails: EFBIG
    return apply


@pytest.mark.slow
def test_a_failed_write_leaves_no_partial_file_and_is_retried(archive, reference, tmp_path):
    out = tmp_path / "out"
    limited = cli(str(archive), "--out", str(out), "--jobs", "1", "--partition-size", "1",
                  preexec_fn=_limit_file_size(8_000))  # the largest partitions are over 8 kB
    assert limited.returncode == 1 and "could not write the partition" in limited.stderr, limited.stderr
    assert "Traceback" not in limited.stderr
    assert not leftovers(out)
    corpus = load_corpus(out)
    failed = set(corpus.errors.loc[corpus.errors["stage"] == "write", "article"])
    written = set(corpus.articles["article"])
    assert failed and written and not failed & written  # some partitions were too big, the rest went on
    assert failed | written == {row["id"] for row in records()}
    resumed = cli(str(archive), "--out", str(out), "--jobs", "2")
    assert resumed.returncode == 0, resumed.stderr
    assert_same(out, reference)


def test_a_table_path_that_cannot_be_created_is_reported(archive, reference, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "numbers").write_text("a file where the numbers folder should be", encoding="utf-8")
    blocked = cli(str(archive), "--out", str(out), "--jobs", "1", "--partition-size", "8")
    assert blocked.returncode == 1 and ("Not a directory" in blocked.stderr or "File exists" in blocked.stderr)
    assert not leftovers(out)
    assert not list((out / "articles").glob("*.parquet"))
    assert len(load_corpus(out).errors) == 24
    (out / "numbers").unlink()
    assert cli(str(archive), "--out", str(out), "--jobs", "1").returncode == 0
    assert_same(out, reference)


# --------------------------------------------------------------------------- the command line


@pytest.mark.parametrize("args, status, message", [
    (["nowhere/*.txt"], 1, "the pattern matches no article file"),
    (["no-such-folder"], 1, "no such file or folder"),
    (["--jobs", "0"], 2, "must be at least 1"),
])
def test_command_line_errors_are_one_line(args, status, message, archive, tmp_path):
    result = cli(str(archive), *args, "--out", str(tmp_path / "out"))
    assert result.returncode == status and message in result.stderr
    assert "Traceback" not in result.stderr


def test_no_progress_bar_when_not_a_terminal_and_quiet_says_nothing(archive, tmp_path):
    shown = cli(str(archive), "--out", str(tmp_path / "a"), "--jobs", "1")
    assert "it/s" not in shown.stderr and "article/s" not in shown.stderr
    assert "24 articles analysed" in shown.stderr
    quiet = cli(str(archive), "--out", str(tmp_path / "b"), "--jobs", "1", "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""


@pytest.mark.parametrize("names, expected", [
    (["Donald Trump", "United States President Donald Trump"], {"United States President Donald Trump": "Donald Trump"}),
    (["Bernie Sanders", "Vermont Bernie Sanders", "Sanders"], {"Vermont Bernie Sanders": "Bernie Sanders"}),
    (["Trump", "Donald Trump"], {}),  # a one-word name is too weak to merge on
    (["Joe Biden", "Hunter Biden"], {}),  # same surname, different people
    (["Xi Jinping"], {}),
])
def test_speakers_merged_across_articles(names, expected):
    from helpers.corpus.aggregate import same_speakers

    assert same_speakers(pd.Series(names)) == expected


def test_progress_bar_on_a_terminal(archive, tmp_path):
    """stderr a real terminal (a pseudo-terminal 100 columns wide): tqdm's bar shows articles done and rate."""
    import fcntl
    import pty
    import struct
    import termios

    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    try:
        process = subprocess.Popen([PYTHON, "-m", "helpers", "corpus", "build", str(archive), "--out",
                                    str(tmp_path / "out"), "--jobs", "1", "--partition-size", "4"],
                                   cwd=PROJECT_ROOT, stderr=terminal, stdout=subprocess.DEVNULL)
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal closed: the process ended
                break
            if not chunk:
                break
            shown += chunk
        assert process.wait(timeout=300) == 0
    finally:
        os.close(controller)
    text = shown.decode("utf-8", "replace")
    assert "24/24" in text and "article/s" in text, text[-300:]
