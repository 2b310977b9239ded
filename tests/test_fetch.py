"""Articles from URLs (helpers/load/fetch.py), against a real HTTP server on 127.0.0.1 that serves saved pages
and every bad case: each bad case is one row of a table, a clean result or one line naming the problem.

The server runs in a thread of the test process on a free loopback port; every endless or slow response
is bounded (in bytes and seconds) and stops as soon as the client hangs up. Timeouts are short
parameters, so the whole file runs in a few seconds.
"""
from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from helpers.load import fetch
from helpers.load.article import ArticleError, load_article
from helpers.load.fetch import FetchError, fetch_url, looks_like_url, saved_copy
from helpers.pipeline import analyze_article
from helpers.resources import PROJECT_ROOT

PAGES = Path(__file__).parent / "data" / "pages"
GOOD = (PAGES / "tram-deal.html").read_bytes()
RUSSIAN = "Путин заявил, что переговоры были «тёплыми», а торговля выросла на 26%."
GREEK = "Ο πρωθυπουργός είπε ότι οι συνομιλίες ήταν «θερμές» και ότι το εμπόριο αυξήθηκε κατά 12%."
LYING = "Café owners said “no” to the plan, and the mayor’s office agreed on Tuesday."
BOMB = gzip.compress(b" " * 50_000_000, compresslevel=9)  # 50 MB of spaces in about 50 KB
SECONDS = 10.0  # no slow or endless response lasts longer than this, whatever the client does


def _page(body: str) -> str:
    return f"<html><head><title>Test</title></head><body><article><p>{body}</p></article></body></html>"


def _raw_deflate(data: bytes) -> bytes:
    """Deflate without the zlib header, as some servers send it."""
    packer = zlib.compressobj(wbits=-15)
    return packer.compress(data) + packer.flush()


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    if "Content-Length" not in headers:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _drip(handler: BaseHTTPRequestHandler, pause: float, data: bytes) -> None:
    """Headers, then one byte every `pause` seconds (bounded by SECONDS and the client hanging up)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    stop = time.monotonic() + SECONDS
    for byte in data * 1000:
        if time.monotonic() > stop:
            return
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(pause)


def _endless(handler: BaseHTTPRequestHandler) -> None:
    """A 200 page with no length that never ends (bounded at 200 MB and SECONDS)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    chunk, stop = b"<p>more words " + b"x" * 65_000 + b"</p>\n", time.monotonic() + SECONDS
    for _ in range(200_000_000 // len(chunk)):
        if time.monotonic() > stop:
            return
        handler.wfile.write(chunk)


def _slow_headers(handler: BaseHTTPRequestHandler) -> None:
    """A status line, then headers one byte at a time, never reaching the body."""
    handler.wfile.write(b"HTTP/1.0 200 OK\r\n")
    stop = time.monotonic() + SECONDS
    while time.monotonic() < stop:
        handler.wfile.write(b"X")
        handler.wfile.flush()
        time.sleep(0.05)


def _raw(handler: BaseHTTPRequestHandler, data: bytes) -> None:
    handler.wfile.write(data)


HTML = {"Content-Type": "text/html; charset=utf-8"}
ROUTES = {
    "/tram-deal.html": lambda h: _send(h, 200, GOOD, HTML),
    "/tram-deal.txt": lambda h: _send(h, 200, (PAGES.parent / "small-article.txt").read_bytes(),
                                      {"Content-Type": "text/plain; charset=utf-8"}),
    "/gzip.html": lambda h: _send(h, 200, gzip.compress(GOOD), {**HTML, "Content-Encoding": "gzip"}),
    "/deflate.html": lambda h: _send(h, 200, zlib.compress(GOOD), {**HTML, "Content-Encoding": "deflate"}),
    "/raw-deflate.html": lambda h: _send(h, 200, _raw_deflate(GOOD), {**HTML, "Content-Encoding": "deflate"}),
    "/no-type.html": lambda h: _send(h, 200, GOOD, {}),
    "/hop/1": lambda h: _send(h, 301, b"", {"Location": "/hop/2"}),
    "/hop/2": lambda h: _send(h, 302, b"", {"Location": "/hop/3"}),
    "/hop/3": lambda h: _send(h, 307, b"", {"Location": "/tram-deal.html"}),
    "/cp1251-header": lambda h: _send(h, 200, _page(RUSSIAN).encode("cp1251"),
                                      {"Content-Type": "text/html; charset=windows-1251"}),
    "/greek-meta": lambda h: _send(h, 200, ('<html><head><meta http-equiv="Content-Type" '
                                            'content="text/html; charset=iso-8859-7"></head>'
                                            + _page(GREEK)[6:]).encode("iso-8859-7"), {"Content-Type": "text/html"}),
    "/lying-meta": lambda h: _send(h, 200, ('<html><head><meta charset="utf-8"></head>'
                                            + _page(LYING)[6:]).encode("cp1252"), {"Content-Type": "text/html"}),
    # the bad cases
    "/slow-drip": lambda h: _drip(h, 0.05, b"<p>slow</p>"),
    "/stall": lambda h: _drip(h, SECONDS, b"<p>stall</p>"),
    "/slow-headers": _slow_headers,
    "/endless": _endless,
    "/declared-huge": lambda h: _send(h, 200, b"<p>small</p>", {**HTML, "Content-Length": "50000000"}),
    "/loop": lambda h: _send(h, 302, b"", {"Location": "/loop"}),
    "/ping": lambda h: _send(h, 302, b"", {"Location": "/pong"}),
    "/pong": lambda h: _send(h, 302, b"", {"Location": "/ping"}),
    "/to-file": lambda h: _send(h, 302, b"", {"Location": "file:///etc/passwd"}),
    "/to-javascript": lambda h: _send(h, 303, b"", {"Location": "javascript:alert(1)"}),
    "/no-location": lambda h: _send(h, 302, b"", {}),
    "/pdf": lambda h: _send(h, 200, b"%PDF-1.7\n%binary", {"Content-Type": "application/pdf"}),
    "/png": lambda h: _send(h, 200, b"\x89PNG\r\n\x1a\n", {"Content-Type": "image/png"}),
    "/json": lambda h: _send(h, 200, b'{"a": 1}', {"Content-Type": "application/json"}),
    "/gzip-bomb": lambda h: _send(h, 200, BOMB, {**HTML, "Content-Encoding": "gzip"}),
    "/corrupt-gzip": lambda h: _send(h, 200, b"this is not gzip at all", {**HTML, "Content-Encoding": "gzip"}),
    "/truncated-gzip": lambda h: _send(h, 200, gzip.compress(GOOD)[:200], {**HTML, "Content-Encoding": "gzip"}),
    "/brotli": lambda h: _send(h, 200, b"\x0b\x02\x80", {**HTML, "Content-Encoding": "br"}),
    "/short-body": lambda h: _send(h, 200, b"<p>only this</p>", {**HTML, "Content-Length": "5000"}),
    "/404": lambda h: _send(h, 404, b"<h1>Not Found</h1>", HTML),
    "/500": lambda h: _send(h, 500, b"<h1>Oops</h1>", HTML),
    "/not-http": lambda h: _raw(h, b"SSH-2.0-OpenSSH_9.6\r\n"),
    "/binary-as-html": lambda h: _send(h, 200, b"%PDF-1.7\n\x00\x01\x02", HTML),
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection: a body without a length ends at close
    hits: dict[str, int] = {}

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        path = self.path.split("?", 1)[0]
        Handler.hits[path] = Handler.hits.get(path, 0) + 1
        Handler.last_headers = dict(self.headers)
        route = ROUTES.get(path)
        try:
            if route is None:
                _send(self, 404, b"no such page", {"Content-Type": "text/plain"})
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@pytest.fixture
def short_limits(monkeypatch, tmp_path):
    """Short timeouts for the loading entry points, and a fresh folder for fetched pages."""
    monkeypatch.setattr(fetch, "CONNECT_TIMEOUT", 2.0)
    monkeypatch.setattr(fetch, "READ_TIMEOUT", 3.0)
    monkeypatch.setattr(fetch, "TOTAL_TIMEOUT", 6.0)
    monkeypatch.setenv("ARTICLE_FETCH_DIR", str(tmp_path / "fetched"))
    return tmp_path / "fetched"


# name -> (address: a server path or a whole URL, expected: "ok" with a fragment of the text, or an error)
CASES = {
    "good page": ("/tram-deal.html", ("ok", "biggest investment in public transport")),
    "plain text page": ("/tram-deal.txt", ("ok", "Ostrava city council approved")),
    "gzip page": ("/gzip.html", ("ok", "Kowalczyk")),
    "deflate page": ("/deflate.html", ("ok", "Kowalczyk")),
    "raw deflate page": ("/raw-deflate.html", ("ok", "Kowalczyk")),
    "no content type": ("/no-type.html", ("ok", "Kowalczyk")),
    "three redirects": ("/hop/1", ("ok", "Kowalczyk")),
    "non-UTF-8, header charset": ("/cp1251-header", ("ok", RUSSIAN)),
    "non-UTF-8, meta charset": ("/greek-meta", ("ok", GREEK)),
    "meta charset that lies": ("/lying-meta", ("ok", LYING)),
    "file: scheme": ("file:///etc/passwd", "only http and https addresses are fetched, not file:"),
    "data: scheme": ("data:text/html,<p>hi</p>", "only http and https addresses are fetched, not data:"),
    "ftp: scheme": ("ftp://127.0.0.1/article.txt", "only http and https addresses are fetched, not ftp:"),
    "javascript: scheme": ("javascript:alert(1)", "only http and https addresses are fetched, not javascript:"),
    "no host": ("http:///article.html", "the address names no host"),
    "slow drip": ("/slow-drip", "page not complete after 1.5 s"),  # (a byte every 0.05 s: never 5 s silent)
    "stalled body (read timeout)": ("/stall", "the server stopped sending for 0.5 s"),
    "headers dripped": ("/slow-headers", "page not complete after 1.5 s"),
    "endless body": ("/endless", "page is over the 1 MB limit"),
    "declared 50 MB": ("/declared-huge", "page is 50.0 MB, over the 1 MB limit"),
    "redirect to itself": ("/loop", "redirect loop"),
    "redirect loop of two": ("/ping", "redirect loop: back to"),
    "redirect to file:": ("/to-file", "redirected to file:///etc/passwd: only http and https"),
    "redirect to javascript:": ("/to-javascript", "redirected to javascript:alert(1): only http and https"),
    "redirect without Location": ("/no-location", "redirect without a Location"),
    "wrong content type (PDF)": ("/pdf", "not a web page: the server says it is application/pdf"),
    "wrong content type (image)": ("/png", "not a web page: the server says it is image/png"),
    "wrong content type (JSON)": ("/json", "not a web page: the server says it is application/json"),
    "gzip bomb": ("/gzip-bomb", "page is over the 1 MB limit once decompressed"),
    "corrupt gzip": ("/corrupt-gzip", "gzip compression is corrupt"),
    "truncated gzip": ("/truncated-gzip", "compression ends early"),
    "unsupported compression": ("/brotli", "compressed as br, which is not supported"),
    "body shorter than declared": ("/short-body", "the connection closed before the page was complete"),
    "404": ("/404", "HTTP 404 Not Found from 127.0.0.1"),
    "500": ("/500", "HTTP 500 Internal Server Error from 127.0.0.1"),
    "not an HTTP server": ("/not-http", "gave no valid HTTP answer"),
    "binary served as HTML": ("/binary-as-html", "not a text article: looks like a PDF"),
}

# The timing rows' own limits: each can reach only the limit it tests, however busy the machine is.
LIMITS = {"slow drip": {"READ_TIMEOUT": 5.0, "TOTAL_TIMEOUT": 1.5},
          "headers dripped": {"READ_TIMEOUT": 5.0, "TOTAL_TIMEOUT": 1.5},
          "stalled body (read timeout)": {"READ_TIMEOUT": 0.5, "TOTAL_TIMEOUT": 8.0}}
# Fetched and saved without fault, then refused by the reader as the same bytes in a file would be.
FETCHED_THEN_REFUSED = {"binary served as HTML"}


def _url(server: str, address: str) -> str:
    return server + address if address.startswith("/") else address


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_each_url_gives_a_clean_article_or_one_line(server, short_limits, monkeypatch, case):
    address, expected = CASES[case]
    for name, value in LIMITS.get(case, {}).items():
        monkeypatch.setattr(fetch, name, value)
    url = _url(server, address)
    if isinstance(expected, str):
        with pytest.raises(ArticleError, match=expected.replace("(", r"\(").replace(")", r"\)")) as error:
            load_article(url, max_mb=1)
        assert "\n" not in str(error.value) and len(str(error.value)) < 200
        if case not in FETCHED_THEN_REFUSED:
            assert saved_copy(url, short_limits) is None  # a failed fetch leaves nothing to be read later
        return
    article = load_article(url, max_mb=1)
    assert expected[1] in article.text
    assert article.url == url
    result = analyze_article(article)
    for item in result["boilerplate"] + result["numbers"]:
        assert article.original[item["start"]:item["end"]] == item["text"]


def test_good_page_is_read_like_the_saved_page(server, short_limits):
    article = load_article(server + "/tram-deal.html")
    assert article.format == "html" and article.path.parent == short_limits
    assert "Sport" not in article.text and "tracked" not in article.text  # navigation and script dropped
    from_disk = load_article(PAGES / "tram-deal.html")
    assert article.text == from_disk.text and article.title == from_disk.title
    sidecar = json.loads(article.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert sidecar["url"] == server + "/tram-deal.html" and sidecar["status"] == 200
    assert sidecar["content_type"] == "text/html; charset=utf-8" and sidecar["fetched"].endswith("+00:00")
    assert "article-analysis" in Handler.last_headers["User-Agent"]


def test_redirects_are_followed_and_recorded(server, short_limits):
    fetched = fetch_url(server + "/hop/1")
    assert fetched.url == server + "/hop/1" and fetched.final_url == server + "/tram-deal.html"
    assert fetch_url(server + "/hop/1").from_cache


def test_more_than_the_redirect_limit_is_refused(server, short_limits):
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch_url(server + "/hop/1", max_redirects=2)


def test_a_second_load_reads_the_saved_copy_offline(server, short_limits):
    url = server + "/tram-deal.html?story=offline"
    before = Handler.hits.get("/tram-deal.html", 0)
    first = load_article(url)
    assert Handler.hits["/tram-deal.html"] == before + 1
    second = load_article(url)
    assert Handler.hits["/tram-deal.html"] == before + 1  # not asked again
    assert second.text == first.text and second.path == first.path
    load_article(url, refetch=True)
    assert Handler.hits["/tram-deal.html"] == before + 2


def test_saved_copy_is_read_when_the_server_is_gone(short_limits):
    """A URL whose server no longer exists still analyses, from the copy saved earlier."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/tram-deal.html"
    try:
        first = load_article(url)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
    assert load_article(url).text == first.text
    with pytest.raises(ArticleError, match="cannot connect to 127.0.0.1"):
        load_article(url, refetch=True)


def test_connect_timeout(short_limits):
    """A server whose accept queue is full never completes the handshake: the connect timeout ends it."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    waiting = []
    try:
        for _ in range(4):  # fill the accept queue; nobody ever accepts
            sock = socket.socket()
            sock.setblocking(False)
            try:
                sock.connect(("127.0.0.1", port))
            except BlockingIOError:
                pass
            waiting.append(sock)
        time.sleep(0.1)
        with pytest.raises(FetchError, match=f"no connection to 127.0.0.1:{port} within 0.3 s"):
            fetch_url(f"http://127.0.0.1:{port}/page.html", connect_timeout=0.3, total_timeout=5)
    finally:
        for sock in waiting:
            sock.close()
        listener.close()


@pytest.mark.parametrize(("text", "expected"), [
    ("https://example.com/a.html", True),
    ("http://127.0.0.1:8000/", True),
    ("HTTPS://EXAMPLE.COM", True),
    ("file:///etc/passwd", True),
    ("javascript:alert(1)", True),
    ("data:text/html,hi", True),
    ("ftp://example.com/x", True),
    ("data/articles/putin-xi-beijing.txt", False),
    ("C:\\articles\\story.txt", False),
    ("story:2024.txt", False),
    ("/tmp/http:/odd.html", False),
])
def test_urls_are_told_from_paths(text, expected):
    assert looks_like_url(text) is expected


def test_size_limit_also_applies_at_the_default_ten_megabytes(server, short_limits):
    with pytest.raises(FetchError, match="over the 10 MB limit once decompressed"):
        fetch_url(server + "/gzip-bomb")


def _cli(*args: str, fetch_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ARTICLE_FETCH_DIR": str(fetch_dir)}
    return subprocess.run([sys.executable, "-m", "helpers", "analyze", "--jobs", "1", *args], capture_output=True,
                          text=True, cwd=PROJECT_ROOT, env=env, timeout=300)


def test_command_line_analyses_a_url_and_reruns_offline(server, tmp_path):
    url = server + "/tram-deal.html?via=cli"
    before = Handler.hits.get("/tram-deal.html", 0)
    out = _cli("--format", "jsonl", url, fetch_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["path"] == url and result["url"] == url and result["format"] == "html"
    assert Path(result["saved"]).parent == tmp_path
    assert {q["speaker"] for q in result["quotes"]} >= {"Marta Kowalczyk"}
    assert {"€45m", "12%"} <= {n["text"] for n in result["numbers"]}
    again = _cli("--format", "jsonl", url, fetch_dir=tmp_path)
    assert json.loads(again.stdout) == result  # the same answer, from the saved copy
    assert Handler.hits["/tram-deal.html"] == before + 1
    table = _cli(url, fetch_dir=tmp_path)
    assert f"fetched from {url}, saved as {result['saved']}" in table.stdout
    _cli("--refetch", "--format", "jsonl", url, fetch_dir=tmp_path)
    assert Handler.hits["/tram-deal.html"] == before + 2


def test_command_line_reports_bad_urls_in_one_line_each(server, tmp_path):
    urls = [server + "/404", "file:///etc/passwd", server + "/pdf", server + "/500", server + "/tram-deal.html"]
    out = _cli("--format", "jsonl", *urls, fetch_dir=tmp_path)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    errors = out.stderr.splitlines()
    assert errors == [
        f"python -m helpers analyze: {server}/404: HTTP 404 Not Found from {server[7:]}",
        "python -m helpers analyze: file:///etc/passwd: only http and https addresses are fetched, not file:",
        f"python -m helpers analyze: {server}/pdf: not a web page: the server says it is application/pdf",
        f"python -m helpers analyze: {server}/500: HTTP 500 Internal Server Error from {server[7:]}",
    ]
    assert [json.loads(line)["path"] for line in out.stdout.splitlines()] == [server + "/tram-deal.html"]


def test_notebook_opens_a_url_like_a_path(server, short_limits):
    from helpers.views.notebook import open_document

    url = server + "/tram-deal.html?via=notebook"
    doc = open_document(url)
    assert doc.article.url == url and "Kowalczyk" in doc.article.text
    before = Handler.hits["/tram-deal.html"]
    assert open_document(url) is doc  # cached, and not fetched again
    assert Handler.hits["/tram-deal.html"] == before
    with pytest.raises(ArticleError, match="only http and https"):
        open_document("javascript:alert(1)")


def test_picker_accepts_a_url_and_refuses_other_schemes(server, short_limits):
    from helpers.views.controls import choose_article, display_path, render_choice

    url = server + "/tram-deal.html"
    assert choose_article(None, url) == url and display_path(url) == url
    shown, status = render_choice(lambda path: None, None, "file:///etc/passwd")
    assert shown is None and status == ("Cannot show that article: file:///etc/passwd: "
                                        "only http and https addresses are fetched, not file:")


@pytest.mark.parametrize("damage", ["{not json", json.dumps({"file": "../../etc/passwd"}),
                                    json.dumps({"file": "page.html", "status": "two hundred"})],
                         ids=["not JSON", "file outside the folder", "bad status"])
def test_a_damaged_sidecar_means_fetching_again(server, short_limits, damage):
    url = server + "/tram-deal.html?damaged=" + str(len(damage))
    first = fetch_url(url)
    first.path.with_suffix(".json").write_text(damage, encoding="utf-8")
    assert saved_copy(url, short_limits) is None
    again = fetch_url(url)
    assert not again.from_cache and again.path == first.path and saved_copy(url, short_limits) is not None


def test_overview_notebook_runs_on_a_url(server, short_limits, tmp_path):
    """ARTICLE = "http://..." in the parameters cell: the notebook fetches the page once, in a real kernel
    (which inherits ARTICLE_FETCH_DIR), and shows the story with no error or warning."""
    from test_notebooks import NOTEBOOKS_DIR, errors, execute, shown_text, warnings_shown

    url = server + "/tram-deal.html?via=kernel"
    before = Handler.hits.get("/tram-deal.html", 0)
    nb = execute(NOTEBOOKS_DIR / "00_overview.ipynb", {"ARTICLE": url}, tmp_path / "figures")["nb"]
    assert errors(nb) == [] and warnings_shown(nb) == []
    assert "Kowalczyk" in shown_text(nb)
    assert Handler.hits["/tram-deal.html"] == before + 1
    assert saved_copy(url, short_limits) is not None


def test_report_takes_a_url_as_its_article(server, short_limits, capsys):
    """`make report ARTICLE=http://...`: the report reads the page's saved copy; a bad URL is one line."""
    from helpers import report

    path = report.resolve_article(server + "/tram-deal.html?via=report")
    assert path.parent == short_limits and path.suffix == ".html"
    assert report.run_report(server + "/404") == 1
    assert capsys.readouterr().err == (f"python -m helpers report: {server}/404: "
                                       f"HTTP 404 Not Found from {server[7:]}\n")
