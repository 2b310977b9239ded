"""Hostile or broken articles: a correct (possibly empty) result or one clear line, never a traceback."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from helpers.load.article import ArticleError, load_article
from helpers.pipeline import analyze_article
from helpers.resources import PROJECT_ROOT

SENTENCE = "Putin said the talks were “warm”, adding that trade hit $240.1bn last year. "


def _write(path, content) -> None:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)


# name -> (file name, content or None for "do not create", expected: "ok" or an error fragment)
CASES = {
    "missing file": ("missing.txt", None, "no such file"),
    "a directory": ("folder.txt", "DIR", "is a directory"),
    "empty file": ("empty.txt", "", "ok"),
    "whitespace only": ("blank.txt", " \n\t\n  ", "ok"),
    "a PDF": ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\nstream\x00\x01\x02", "looks like a PDF"),
    "a PNG": ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "looks like a PNG"),
    "invalid UTF-8": ("legacy.txt", b"Caf\xe9 owners said \x93no\x94 to the plan.", "ok"),
    "UTF-16 without BOM": ("wide.txt", SENTENCE.encode("utf-16-le"), "ok"),
    "NUL bytes and control characters": ("nul.txt", SENTENCE.replace(" ", "\x00 \x07", 3).encode(), "ok"),
    "50 MB article": ("huge.txt", "BIG", "over the 10 MB limit"),
    "100,000 quote marks": ("quotes.txt", "“" * 50_000 + '"' * 50_000, "ok"),
    "unbalanced and interleaved quotes": ("unbalanced.txt", "He said “yes and ‘no” then' left. “Open. " * 200, "ok"),
    "only punctuation": ("punct.txt", "!?.,;:—…" * 500, "ok"),
    "right-to-left text": ("rtl.txt", "قال الرئيس إن المحادثات كانت “دافئة”. " * 50, "ok"),
    "emoji": ("emoji.txt", "Leaders 🤝 met 🇨🇳🇷🇺 and said “🙂”. " * 50, "ok"),
    "mixed scripts": ("mixed.txt", "Путин и 习近平 met in Beijing, 北京, said “友谊”. " * 50, "ok"),
    "HTML with script": ("page.html", "<html><body><script>alert('x')</script><p>" + SENTENCE + "</p></body></html>", "ok"),
    "malformed HTML": ("broken.html", "<html><p>Unclosed <b>tag <div><p>" + SENTENCE + "<script>var a = '<p>'", "ok"),
    "sidecar not JSON": ("sidecar1.txt", SENTENCE, "ok"),
    "sidecar with a bad date": ("sidecar2.txt", SENTENCE, "ok"),
}
SIDECARS = {"sidecar1.json": "{not json", "sidecar2.json": json.dumps({"published": "last Tuesday"})}


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for name, content, _ in CASES.values():
        path = folder / name
        if content is None:
            continue
        if content == "DIR":
            path.mkdir()
        elif content == "BIG":
            with open(path, "wb") as handle:
                handle.truncate(50_000_001)
        else:
            _write(path, content)
    for name, content in SIDECARS.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_helpers_give_a_result_or_one_clear_error(hostile_files, case):
    name, _, expected = CASES[case]
    path = hostile_files / name
    if expected != "ok":
        with pytest.raises(ArticleError, match=expected) as error:
            load_article(path)
        assert "\n" not in str(error.value)
        return
    article = load_article(path)
    result = analyze_article(article)
    original = article.original
    for item in result["boilerplate"] + result["numbers"]:
        assert original[item["start"]:item["end"]] == item["text"]
    for quote in result["quotes"]:
        assert quote["text"] in original[quote["start"]:quote["end"]]
    assert analyze_article(load_article(path)) == result  # the same text twice, the same result


def test_command_line_survives_every_case_in_one_batch(hostile_files):
    paths = [str(hostile_files / name) for name, _, _ in CASES.values()]
    out = subprocess.run([sys.executable, "-m", "helpers", "analyze", "--format", "jsonl", *paths],
                         capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=600)
    assert out.returncode == 1  # some files fail, and say so
    assert "Traceback" not in out.stderr
    analysed = [json.loads(line)["path"] for line in out.stdout.splitlines()]
    expected_ok = [str(hostile_files / name) for name, _, exp in CASES.values() if exp == "ok"]
    assert analysed == expected_ok
    errors = [line for line in out.stderr.splitlines() if "warning:" not in line]
    assert len(errors) == len(CASES) - len(expected_ok)
    for name, _, expected in CASES.values():
        if expected != "ok":
            assert any(name in line and expected in line for line in errors), (name, out.stderr)
    warnings = [line for line in out.stderr.splitlines() if "warning:" in line]
    assert any("sidecar1.json: not valid JSON" in w for w in warnings)
    assert any("sidecar2.json: bad date 'last Tuesday'" in w for w in warnings)


def test_size_limit_is_configurable(hostile_files, tmp_path):
    path = tmp_path / "medium.txt"
    path.write_text(SENTENCE * 20_000, encoding="utf-8")  # about 1.5 MB
    out = subprocess.run([sys.executable, "-m", "helpers", "analyze", "--max-mb", "1", str(path)],
                         capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert out.returncode == 1
    assert "over the 1 MB limit (raise it with --max-mb" in out.stderr


@pytest.mark.slow
def test_one_five_megabyte_line(tmp_path):
    path = tmp_path / "oneline.txt"
    path.write_text((SENTENCE * 70_000)[:5_000_000], encoding="utf-8")
    result = analyze_article(load_article(path))
    assert result["paragraphs"] == 1 and result["sentences"] > 60_000


SANDBOX = textwrap.dedent("""
    import pickle, socket, sys
    def refuse(*args, **kwargs):
        raise RuntimeError("forbidden: " + repr(args[:1]))
    socket.socket.connect = socket.socket.connect_ex = refuse
    socket.getaddrinfo = socket.create_connection = refuse
    pickle.load = pickle.loads = refuse
    from helpers.cli import main
    sys.exit(main(["analyze", "--format", "jsonl", "--jobs", "1", sys.argv[1]]))
""")


def test_analysis_needs_no_network_and_loads_no_pickles(seed_path):
    out = subprocess.run([sys.executable, "-c", SANDBOX, str(seed_path)], capture_output=True, text=True,
                         cwd=PROJECT_ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["tokens"] > 600
