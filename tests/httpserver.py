"""A real HTTP/1.1 server on loopback for tests: static files with validators, plus scripts.

Serves a folder the way a well-behaved web server does (strong ETag, Last-Modified, 304 for
If-None-Match / If-Modified-Since, RFC 9110 13.1), and lets a test script any path: status,
headers, body, redirects, a delay, a slow trickle, a hang, a gzip bomb. Every request is logged
(`server.requests`) and the peak number of simultaneous requests and connections is counted,
so tests assert on what actually reached the server.

    with ScriptedHTTPServer(root="../shared/data/feeds") as server:
        server.redirect("/old", "/new", status=301)
        server.script("/limited", Scripted(status=429, headers=[("Retry-After", "120")]))
        url = server.url("/feedjira__TechCrunch.xml")

or the pytest fixtures `http_server` (one server on 127.0.0.1) and `http_server_factory`
(`make(root=..., host="127.0.0.2")`, stopped at teardown). To use the fixtures from another test
module, import them there or in `conftest.py`: `from httpserver import http_server`.
"""

from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import socket
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest


@dataclass(frozen=True)
class Scripted:
    """A canned response for one path."""

    status: int = 200
    body: bytes = b""
    headers: Sequence[tuple[str, str]] = ()
    delay: float = 0.0  # seconds to wait before answering (concurrency tests)
    trickle: float | None = None  # send the body one byte per this many seconds
    hang: bool = False  # read the request, then answer nothing until the server stops
    content_length: int | None = None  # Content-Length to claim instead of len(body)
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None  # full control instead


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the server received it."""

    method: str
    path: str  # as sent, query included
    headers: dict[str, str]  # names lower-cased
    client: tuple[str, int]
    at: float = field(default_factory=time.monotonic)


@lru_cache(maxsize=4)
def gzip_bomb(size: int) -> bytes:
    """A gzip stream that inflates to `size` zero bytes (200 MB → about 200 KB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(2**20)
    parts = []
    left = size
    while left > 0:
        parts.append(compressor.compress(block[: min(left, len(block))]))
        left -= len(block)
    parts.append(compressor.flush())
    return b"".join(parts)


class ScriptedHTTPServer:
    """`ThreadingHTTPServer` in a thread; see the module docstring."""

    def __init__(
        self,
        root: str | Path | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        cache_control: str | None = None,
        gzip_files: bool = False,
    ) -> None:
        self.root = Path(root).resolve() if root is not None else None
        self.cache_control = cache_control  # sent with every file response, e.g. "max-age=300"
        self.gzip_files = gzip_files  # gzip file bodies when the client accepts it
        self.requests: list[LoggedRequest] = []
        self.max_active_requests = 0
        self.max_active_connections = 0
        self.connections_opened = 0
        self._scripts: dict[str, list[Scripted]] = {}
        self._lock = threading.Lock()
        self._active_requests = 0
        self._active_connections = 0
        self.stopping = threading.Event()
        server_class = _Server6 if ":" in host else _Server
        self._httpd = server_class((host, port), _Handler)
        self._httpd.owner = self
        self._thread: threading.Thread | None = None

    # -- lifecycle --

    @property
    def host(self) -> str:
        return str(self._httpd.server_address[0])

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def start(self) -> ScriptedHTTPServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()  # releases hanging and trickling handlers
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(5)
        self._httpd.server_close()

    def __enter__(self) -> ScriptedHTTPServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- scripting --

    def script(self, path: str, *responses: Scripted) -> None:
        """Answer `path` (query included if given) with `responses` in turn; the last repeats."""
        with self._lock:
            self._scripts[path] = list(responses) or [Scripted()]

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.script(path, Scripted(status=status, headers=[("Location", location)]))

    def serve_gzip_bomb(self, path: str, size: int = 200 * 2**20) -> int:
        """Script `path` as a gzip bomb; returns the compressed length."""
        body = gzip_bomb(size)
        self.script(
            path,
            Scripted(
                body=body,
                headers=[("Content-Encoding", "gzip"), ("Content-Type", "application/xml")],
            ),
        )
        return len(body)

    # -- inspection --

    def requests_for(self, path: str) -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == path or urlsplit(r.path).path == path]

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()
            self.max_active_requests = self._active_requests
            self.max_active_connections = self._active_connections

    # -- used by the handler --

    def _next_script(self, path: str) -> Scripted | None:
        with self._lock:
            queue = self._scripts.get(path) or self._scripts.get(urlsplit(path).path)
            if not queue:
                return None
            return queue.pop(0) if len(queue) > 1 else queue[0]

    def _count(self, kind: str, delta: int) -> None:
        with self._lock:
            if kind == "request":
                self._active_requests += delta
                self.max_active_requests = max(self.max_active_requests, self._active_requests)
            else:
                self._active_connections += delta
                self.connections_opened += max(delta, 0)
                self.max_active_connections = max(
                    self.max_active_connections, self._active_connections
                )

    def _log(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(entry)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # idle keep-alive connections must not hold up stop()
    request_queue_size = 128  # the default 5 drops SYNs under a burst: 1 s retransmit stalls
    owner: ScriptedHTTPServer

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return  # a client hanging up or idling out is normal in these tests
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Server6(_Server):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like real servers
    timeout = 30  # an idle keep-alive connection ends its thread after this
    disable_nagle_algorithm = True  # headers and body are separate writes; no 40 ms stalls
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.owner._count("connection", +1)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._count("connection", -1)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # the request log is `owner.requests`; stderr noise helps nobody

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        owner = self.server.owner
        owner._log(
            LoggedRequest(
                method=self.command,
                path=self.path,
                headers={k.lower(): v for k, v in self.headers.items()},
                client=self.client_address[:2],
            )
        )
        owner._count("request", +1)
        try:
            script = owner._next_script(self.path)
            if script is not None:
                self._scripted(script, send_body)
            else:
                self._file(send_body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (cap, timeout): fine
        finally:
            owner._count("request", -1)

    def _scripted(self, script: Scripted, send_body: bool) -> None:
        owner = self.server.owner
        if script.delay:
            owner.stopping.wait(script.delay)
        if script.hang:
            owner.stopping.wait(60)
            self.close_connection = True
            return
        if script.handler is not None:
            script.handler(self)
            return
        self.send_response(script.status)
        names = {name.lower() for name, _ in script.headers}
        for name, value in script.headers:
            self.send_header(name, value)
        length = script.content_length if script.content_length is not None else len(script.body)
        if "content-length" not in names:
            self.send_header("Content-Length", str(length))
        self.end_headers()
        if not send_body or not script.body:
            return
        if script.trickle is None:
            self.wfile.write(script.body)
        else:
            for index in range(len(script.body)):
                if owner.stopping.is_set():
                    break
                self.wfile.write(script.body[index : index + 1])
                self.wfile.flush()
                owner.stopping.wait(script.trickle)
            self.close_connection = True
        if length != len(script.body):
            self.close_connection = True

    def _file(self, send_body: bool) -> None:
        owner = self.server.owner
        path = self._resolve(urlsplit(self.path).path)
        if path is None:
            self._plain(404, b"not found\n", send_body)
            return
        stat = path.stat()
        etag = _strong_etag(str(path), stat.st_mtime_ns, stat.st_size)
        last_modified = email.utils.formatdate(stat.st_mtime, usegmt=True)
        validators = [("ETag", etag), ("Last-Modified", last_modified)]
        if owner.cache_control:
            validators.append(("Cache-Control", owner.cache_control))
        if _not_modified(self.headers, etag, int(stat.st_mtime)):
            self.send_response(304)
            for name, value in validators:
                self.send_header(name, value)
            self.end_headers()
            return
        body = path.read_bytes()
        self.send_response(200)
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".gz":
            content_type = "application/gzip"  # served as stored, not as a Content-Encoding
        self.send_header("Content-Type", content_type)
        for name, value in validators:
            self.send_header(name, value)
        if owner.gzip_files and "gzip" in self.headers.get("Accept-Encoding", ""):
            compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
            body = compressor.compress(body) + compressor.flush()
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _resolve(self, url_path: str) -> Path | None:
        if self.server.owner.root is None:
            return None
        root = Path(self.server.owner.root).resolve()
        candidate = (root / unquote(url_path).lstrip("/")).resolve()
        if not candidate.is_relative_to(root) or not candidate.is_file():
            return None
        return candidate

    def _plain(self, status: int, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


@lru_cache(maxsize=1024)
def _strong_etag(path: str, mtime_ns: int, size: int) -> str:
    return '"' + hashlib.sha256(Path(path).read_bytes()).hexdigest()[:24] + '"'


def _not_modified(headers: object, etag: str, mtime: int) -> bool:
    """RFC 9110 13.1.2/13.1.3: If-None-Match (weak comparison) wins over If-Modified-Since."""
    if_none_match = headers.get("If-None-Match")  # type: ignore[attr-defined]
    if if_none_match is not None:
        tags = [tag.strip() for tag in if_none_match.split(",")]
        return "*" in tags or any(tag.removeprefix("W/") == etag for tag in tags)
    if_modified_since = headers.get("If-Modified-Since")  # type: ignore[attr-defined]
    if if_modified_since:
        try:
            since = email.utils.parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        return mtime <= since.timestamp()
    return False


@pytest.fixture
def http_server() -> Iterator[ScriptedHTTPServer]:
    """A scripted server on 127.0.0.1 with no folder; set `.root` to serve files."""
    with ScriptedHTTPServer() as server:
        yield server


@pytest.fixture
def http_server_factory() -> Iterator[Callable[..., ScriptedHTTPServer]]:
    """`make(root=None, host="127.0.0.1", ...)` → a started server, stopped at teardown."""
    servers: list[ScriptedHTTPServer] = []

    def make(**kwargs: object) -> ScriptedHTTPServer:
        server = ScriptedHTTPServer(**kwargs).start()  # type: ignore[arg-type]
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()
