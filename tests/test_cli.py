"""The command line, run as a user runs it: `python -m helpers analyze ...` in a subprocess."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from helpers.resources import PROJECT_ROOT

REQUIRED_KEYS = {"path", "published", "encoding", "boilerplate", "sentences", "tokens", "top_words", "quotes", "numbers"}


def run_cli(*args: str, cwd=PROJECT_ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "helpers", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def test_jsonl_reports_the_share_label_with_offsets(seed_path):
    out = run_cli("analyze", "--format", "jsonl", str(seed_path))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert REQUIRED_KEYS <= result.keys()
    assert result["published"] == "2024-05-16"
    assert result["encoding"] == "utf-8"
    original = seed_path.read_text(encoding="utf-8")
    [label] = result["boilerplate"]
    assert original[label["start"]:label["end"]] == label["text"] == "مشاركة :"
    assert result["top_words"][0]["word"]
    for quote in result["quotes"]:
        assert original[quote["start"]:quote["end"]].strip("“”\"'‘’«»`").startswith(quote["text"][:5])
    for number in result["numbers"]:
        assert original[number["start"]:number["end"]] == number["text"]


def test_published_flag_overrides_sidecar(seed_path):
    out = run_cli("analyze", "--format", "jsonl", "--published", "2020-02-29", str(seed_path))
    assert json.loads(out.stdout)["published"] == "2020-02-29"


def test_bad_files_give_one_line_errors_and_the_rest_is_still_analysed(tmp_path, seed_path):
    pdf = tmp_path / "scan.txt"
    pdf.write_bytes(b"%PDF-1.4 binary")
    missing = tmp_path / "missing.txt"
    out = run_cli("analyze", "--format", "jsonl", "--jobs", "2", str(missing), str(seed_path), str(pdf))
    assert out.returncode == 1
    errors = out.stderr.strip().splitlines()
    assert len(errors) == 2, out.stderr
    assert "missing.txt: no such file" in errors[0]
    assert "scan.txt: not a text article: looks like a PDF document" in errors[1]
    assert "Traceback" not in out.stderr
    assert [json.loads(line)["path"] for line in out.stdout.splitlines()] == [str(seed_path)]


def test_output_keeps_input_order_with_several_processes(tmp_path):
    paths = []
    for i in range(6):
        path = tmp_path / f"a{i}.txt"
        path.write_text(f"Article number {i} says hello. " * (30 if i % 2 else 1), encoding="utf-8")
        paths.append(str(path))
    out = run_cli("analyze", "--format", "jsonl", "--jobs", "2", *paths)
    assert out.returncode == 0, out.stderr
    assert [json.loads(line)["path"] for line in out.stdout.splitlines()] == paths


def test_table_format_is_readable(seed_path):
    out = run_cli("analyze", "--format", "table", str(seed_path))
    assert out.returncode == 0
    assert "removed as page furniture: 1" in out.stdout
    assert "[3696:3704] 'مشاركة :' (share)" in out.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param(["analyze", "--published", "yesterday", "x.txt"], "bad date", id="bad date"),
        pytest.param(["analyze"], "required", id="no paths"),
        pytest.param(["frobnicate"], "invalid choice", id="unknown command"),
    ],
)
def test_usage_errors_are_one_clear_message(args, message):
    out = run_cli(*args)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr


def test_sidecar_warning_goes_to_stderr(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Officials said on Friday that talks would continue.", encoding="utf-8")
    (tmp_path / "story.json").write_text("{oops", encoding="utf-8")
    out = run_cli("analyze", "--format", "jsonl", str(path))
    assert out.returncode == 0
    assert "story.json: not valid JSON" in out.stderr
    assert json.loads(out.stdout)["published"] is None
