"""Fetch a web page to analyse: http and https only, bounded in time, size and redirects, saved for reruns.

`fetch_url(url)` downloads the page once into `data/fetched/` (the page as served, decompressed, plus a
sidecar `<name>.json` with the URL, the final URL after redirects, the time fetched, the HTTP status and
the content type) and returns the saved file's path; the next call with the same URL reads the saved copy
without touching the network, so reruns are offline and give the same result (`refetch=True`, or
`--refetch` on the command line, downloads it again). The saved page is then read like any saved page.

Every way a fetch can go wrong ends in a `FetchError` whose message is one line naming the problem:
- a scheme other than http or https (file:, data:, ftp:, javascript:, ...), in the address given or in
  any redirect (each redirect is checked again; at most `max_redirects`, a loop is named as one);
- a server that does not accept the connection within `connect_timeout`, goes silent for
  `read_timeout`, or drips the page so slowly that it is not complete within `total_timeout`;
- a status that is not success (404, 500, ...), reported with its number and reason;
- a content type that is not text (PDF, images, JSON, octet streams);
- a page larger than `max_mb`, counted while it streams in (an endless body stops at the limit) and again
  after gzip or deflate decompression (a small "gzip bomb" stops at the limit too, never inflated whole).
The standard library's `http.client` does the HTTP: it needs no dependency, and handling redirects here
(rather than urllib's opener) is what lets every hop be checked before it is followed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from http.client import HTTPConnection, HTTPException, HTTPResponse, HTTPSConnection, IncompleteRead
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

from helpers.load.article import DEFAULT_MAX_MB, ArticleError
from helpers.resources import PROJECT_ROOT

FETCHED_DIR = PROJECT_ROOT / "data" / "fetched"  # ARTICLE_FETCH_DIR overrides it (the tests use a temporary one)
USER_AGENT = "article-analysis/1.0 (news article analysis notebooks; Python http.client)"
SCHEMES = ("http", "https")
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0  # seconds to open the connection
READ_TIMEOUT = 20.0  # seconds the server may stay silent (waiting for headers or the next bytes)
TOTAL_TIMEOUT = 60.0  # seconds for the whole page, however it trickles in
CHUNK = 65536
# Content types read as a page besides text/*: XHTML and XML-flavoured HTML.
PAGE_TYPES = ("application/xhtml+xml", "application/xml")
# Schemes a user may type that are addresses, not file names (a path such as data/x.txt has no scheme;
# a Windows drive letter "C:" is one letter, never a scheme here).
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+):")
_ADDRESS_SCHEMES = {"http", "https", "file", "data", "ftp", "ftps", "sftp", "javascript", "vbscript",
                    "mailto", "about", "blob", "ws", "wss", "gopher", "news", "telnet"}


class FetchError(ArticleError):
    """A page that cannot be fetched; the message is one line naming the problem."""


@dataclass(frozen=True)
class Fetched:
    """A fetched page on disk and what the server said about it."""

    path: Path
    url: str
    final_url: str
    status: int
    content_type: str
    fetched: str  # ISO 8601, UTC
    from_cache: bool


def looks_like_url(text: str | os.PathLike) -> bool:
    """True for 'https://...', 'file:...', 'data:...', 'javascript:...' and other addresses (a string with
    a scheme followed by '//', or a scheme that is never a file name); False for file paths."""
    if not isinstance(text, str):
        return False
    match = _SCHEME.match(text.strip())
    if not match:
        return False
    return text.strip()[match.end():].startswith("//") or match.group(1).lower() in _ADDRESS_SCHEMES


def check_url(url: str) -> str:
    """The URL, stripped, when it can be fetched; FetchError naming the reason otherwise."""
    url = url.strip()
    if any(ord(c) < 32 or ord(c) == 127 for c in url):
        raise FetchError("the address contains control characters")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise FetchError(f"only http and https addresses are fetched, not {scheme or 'this'}:")
    if not parts.hostname:
        raise FetchError("the address names no host")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        raise FetchError("the address has an invalid port") from None
    return url


def saved_stem(url: str) -> str:
    """A readable, stable file name for a URL: host and last path words, then a hash of the whole URL."""
    url = url.split("#", 1)[0]
    parts = urlsplit(url)
    words = re.sub(r"[^A-Za-z0-9]+", "-", f"{parts.hostname or ''} {parts.path}").strip("-").lower()
    if len(words) > 60:
        words = words[:20].rstrip("-") + "-" + words[-39:].lstrip("-")
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{words or 'page'}-{digest}"


def fetched_dir() -> Path:
    """Where fetched pages are saved: $ARTICLE_FETCH_DIR when set, else data/fetched/ in the project."""
    folder = os.environ.get("ARTICLE_FETCH_DIR")
    return Path(folder).expanduser() if folder else FETCHED_DIR


def saved_copy(url: str, folder: Path | None = None) -> Fetched | None:
    """The page saved for `url` by an earlier fetch, or None (a sidecar without its page does not count)."""
    folder = Path(folder) if folder is not None else fetched_dir()
    stem = saved_stem(url)
    sidecar = folder / f"{stem}.json"
    if not sidecar.is_file():
        return None
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        path = folder / meta["file"]
        saved = Fetched(path, str(meta.get("url", url)), str(meta.get("final_url", url)),
                        int(meta.get("status", 200)), str(meta.get("content_type", "")),
                        str(meta.get("fetched", "")), True)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a damaged sidecar: fetch again
    if not path.is_file() or path.parent != folder:
        return None
    return saved


def fetch_url(
    url: str,
    *,
    folder: str | os.PathLike | None = None,
    refetch: bool = False,
    max_mb: float = DEFAULT_MAX_MB,
    connect_timeout: float | None = None,
    read_timeout: float | None = None,
    total_timeout: float | None = None,
    max_redirects: int | None = None,
    user_agent: str = USER_AGENT,
) -> Fetched:
    """Download `url` into `folder` (default: `fetched_dir()`) unless a saved copy exists; return where it is.

    Limits left as None take this module's constants (CONNECT_TIMEOUT, READ_TIMEOUT, TOTAL_TIMEOUT,
    MAX_REDIRECTS) at call time. Raises FetchError (one line) for every reason in the module docstring.
    """
    url = check_url(url)
    folder = Path(folder) if folder is not None else fetched_dir()
    connect_timeout = CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
    read_timeout = READ_TIMEOUT if read_timeout is None else read_timeout
    total_timeout = TOTAL_TIMEOUT if total_timeout is None else total_timeout
    max_redirects = MAX_REDIRECTS if max_redirects is None else max_redirects
    if not refetch:
        cached = saved_copy(url, folder)
        if cached is not None:
            return cached
    limit = int(max_mb * 1_000_000)
    deadline = time.monotonic() + total_timeout
    current, seen = url, [url]
    while True:
        with _Exchange(current, connect_timeout, read_timeout, deadline, total_timeout, user_agent) as exchange:
            response = exchange.response
            if response.status in REDIRECTS:
                current = _follow(current, response, seen, max_redirects)
                continue
            if not 200 <= response.status < 300:
                raise FetchError(f"HTTP {response.status} {response.reason}".strip() + f" from {_host(current)}")
            content_type = response.getheader("Content-Type", "") or ""
            _check_type(content_type)
            body = exchange.read_body(limit, max_mb)
        return _save(url, current, response.status, content_type, body, folder)


# --------------------------------------------------------------------------- one request


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


class _Exchange:
    """One request and its response, with a watchdog that closes the connection at the overall deadline:
    the socket timeout bounds each silence, the watchdog bounds a server that drips bytes (headers
    included) just fast enough never to be silent for long."""

    def __init__(self, url: str, connect_timeout: float, read_timeout: float, deadline: float,
                 total_timeout: float, user_agent: str) -> None:
        self.url, self.netloc = url, urlsplit(url).netloc
        self.connect_timeout, self.read_timeout = connect_timeout, read_timeout
        self.deadline, self.total_timeout, self.user_agent = deadline, total_timeout, user_agent
        self.expired = False
        self.connection: HTTPConnection | None = None
        self.timer: threading.Timer | None = None

    def __enter__(self) -> _Exchange:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise self._late()
        self.connection = _connection(self.url, self.connect_timeout)
        self.timer = threading.Timer(remaining, self._expire)
        self.timer.daemon = True
        self.timer.start()
        try:
            self._connect()
            self.response = self._ask()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.timer is not None:
            self.timer.cancel()
        if self.connection is not None:
            self.connection.close()

    def _expire(self) -> None:
        self.expired = True
        sock = self.connection.sock if self.connection is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked read at once
            except OSError:
                pass

    def _late(self) -> FetchError:
        return FetchError(f"page not complete after {self.total_timeout:g} s (the server sends too slowly)")

    def _connect(self) -> None:
        try:
            self.connection.connect()
        except TimeoutError:
            raise FetchError(f"no connection to {self.netloc} within {self.connect_timeout:g} s") from None
        except ssl.SSLError as error:
            raise FetchError(f"secure connection to {self.netloc} failed: {error.reason or error}") from None
        except OSError as error:
            if self.expired:
                raise self._late() from None
            raise FetchError(f"cannot connect to {self.netloc}: {_reason(error)}") from None
        self.connection.sock.settimeout(self.read_timeout)

    def _ask(self) -> HTTPResponse:
        parts = urlsplit(self.url)
        target = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
        if parts.query:
            target += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
        headers = {"User-Agent": self.user_agent,
                   "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
                   "Accept-Encoding": "gzip, deflate", "Accept-Language": "en;q=0.9, *;q=0.5"}
        try:
            self.connection.request("GET", target, headers=headers)
            return self.connection.getresponse()
        except TimeoutError:
            raise FetchError(f"{self.netloc} did not answer within {self.read_timeout:g} s") from None
        except (HTTPException, OSError) as error:
            if self.expired:
                raise self._late() from None
            raise FetchError(f"{self.netloc} gave no valid HTTP answer ({_reason(error)})") from None

    def read_body(self, limit: int, max_mb: float) -> bytes:
        """The body, decompressed, read in chunks so that every limit holds while it streams in."""
        response = self.response
        length = response.getheader("Content-Length")
        if length and length.strip().isdigit() and int(length) > limit:
            raise FetchError(f"page is {int(length) / 1e6:.1f} MB, over the {max_mb:g} MB limit "
                             "(raise it with --max-mb or ARTICLE_MAX_MB)")
        encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
        if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
            raise FetchError(f"the page is compressed as {encoding[:40]}, which is not supported")
        inflater = _Inflater(encoding) if encoding != "identity" else None
        parts: list[bytes] = []
        received = produced = 0
        while True:
            try:
                chunk = response.read1(CHUNK)
            except TimeoutError:
                raise FetchError(f"the server stopped sending for {self.read_timeout:g} s") from None
            except IncompleteRead:
                raise (self._late() if self.expired else
                       FetchError("the connection closed before the page was complete")) from None
            except (HTTPException, OSError, ValueError) as error:
                raise (self._late() if self.expired else
                       FetchError(f"reading the page failed ({_reason(error)})")) from None
            if self.expired or time.monotonic() > self.deadline:
                raise self._late()
            if not chunk:
                break
            received += len(chunk)
            if received > limit:
                raise _too_big(max_mb)
            if inflater is not None:
                chunk = inflater.feed(chunk, limit - produced)
            produced += len(chunk)
            if produced > limit:
                raise _too_big(max_mb, " once decompressed")
            parts.append(chunk)
        if length and length.strip().isdigit() and received < int(length):
            raise FetchError("the connection closed before the page was complete "
                             f"({received:,} of {int(length):,} bytes)")
        if inflater is not None:
            tail = inflater.finish()
            produced += len(tail)
            if produced > limit:
                raise _too_big(max_mb, " once decompressed")
            parts.append(tail)
        return b"".join(parts)


def _connection(url: str, connect_timeout: float) -> HTTPConnection:
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        host.encode("ascii")
    except UnicodeEncodeError:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise FetchError("the address has an invalid host name") from None
    if parts.scheme.lower() == "https":
        return HTTPSConnection(host, parts.port, timeout=connect_timeout, context=ssl.create_default_context())
    return HTTPConnection(host, parts.port, timeout=connect_timeout)


def _reason(error: BaseException) -> str:
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return " ".join(text.split())[:120]


def _follow(current: str, response: HTTPResponse, seen: list[str], max_redirects: int) -> str:
    """The next URL of a redirect, checked like the first one."""
    location = response.getheader("Location")
    if not location:
        raise FetchError(f"HTTP {response.status} redirect without a Location from {_host(current)}")
    target = urljoin(current, location.strip())
    try:
        target = check_url(target)
    except FetchError as error:
        raise FetchError(f"redirected to {target[:100]}: {error}") from None
    if target in seen:
        raise FetchError(f"redirect loop: {target[:100]} redirects back to itself after {len(seen)} hops"
                         if target == current else f"redirect loop: back to {target[:100]}")
    seen.append(target)
    if len(seen) > max_redirects + 1:
        raise FetchError(f"more than {max_redirects} redirects (last to {target[:100]})")
    return target


def _check_type(content_type: str) -> None:
    """Refuse what is not a page: PDFs, images, JSON, octet streams (no header at all is allowed: the
    saved bytes are checked like any file, binary formats refused by their magic bytes)."""
    mime = content_type.split(";", 1)[0].strip().lower()
    if not mime or mime.startswith("text/") or mime in PAGE_TYPES:
        return
    raise FetchError(f"not a web page: the server says it is {mime[:80]}")


def _too_big(max_mb: float, what: str = "") -> FetchError:
    return FetchError(f"page is over the {max_mb:g} MB limit{what} (raise it with --max-mb or ARTICLE_MAX_MB)")


class _Inflater:
    """gzip or deflate decompression that never produces more than `limit` bytes in all."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self.inflater = zlib.decompressobj(self.wbits)
        self.started = False
        self.members = 0  # complete gzip members so far

    def feed(self, data: bytes, room: int) -> bytes:
        """Decompressed bytes of `data`: at most room + 1 of them (more than `room` means over the limit)."""
        out = []
        while data and room >= 0:
            if self.inflater.eof:
                if self.encoding == "deflate":
                    break  # bytes after a complete deflate stream: ignored, as browsers do
                self.members += 1  # gzip allows several members one after another
                self.inflater = zlib.decompressobj(self.wbits)
            try:
                chunk = self.inflater.decompress(data, room + 1)
            except zlib.error:
                if self.encoding == "deflate" and not self.started:
                    # Some servers send raw deflate without the zlib header the standard asks for.
                    self.wbits, self.started = -zlib.MAX_WBITS, True
                    self.inflater = zlib.decompressobj(self.wbits)
                    continue
                if self.members:
                    break  # padding after a complete gzip member: ignored, as browsers do
                raise FetchError(f"the page's {self.encoding} compression is corrupt") from None
            self.started = True
            out.append(chunk)
            room -= len(chunk)
            data = self.inflater.unused_data if self.inflater.eof else b""
        return b"".join(out)

    def finish(self) -> bytes:
        if self.started and not self.inflater.eof and not self.members:
            raise FetchError(f"the page's {self.encoding} compression ends early (an incomplete download?)")
        return self.inflater.flush() if not self.inflater.eof else b""


# --------------------------------------------------------------------------- saving


def _suffix(content_type: str, body: bytes) -> str:
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime in ("text/html", *PAGE_TYPES):
        return ".html"
    if mime.startswith("text/"):
        return ".txt"
    return ".html" if re.match(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html)", body[:1024], re.I | re.S) else ".txt"


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _save(url: str, final_url: str, status: int, content_type: str, body: bytes, folder: Path) -> Fetched:
    """The page, then its sidecar (written last: a sidecar means a complete download)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stem = saved_stem(url)
        path = folder / (stem + _suffix(content_type, body))
        fetched = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        _write_atomically(path, body)
        meta = {"url": url, "final_url": final_url, "fetched": fetched, "status": status,
                "content_type": content_type, "bytes": len(body), "file": path.name}
        _write_atomically(folder / f"{stem}.json", (json.dumps(meta, indent=2) + "\n").encode("utf-8"))
    except OSError as error:
        raise FetchError(f"cannot save the page in {folder}: {error.strerror or error}") from None
    return Fetched(path, url, final_url, status, content_type, fetched, False)
