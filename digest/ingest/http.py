"""Fetch feeds and article pages over HTTP(S), or read them from disk, into `FetchResult`s.

    fetch_all(requests, policy)            # in request order, never raises for one bad URL
      per request, in a worker thread (at most `per_host` per host, `max_concurrent` in all):
        url ─► scheme check ─► resolve host ─► every address checked by netpolicy ─► connect to
        that same address (pinned: no second DNS lookup a rebinding server could answer)
            ─► GET with If-None-Match / If-Modified-Since
            ─► 301/302/303/307/308: next hop, checked again from the top (at most max_redirects)
            ─► 304: not_modified   ─► 2xx: body, decompressed in bounded steps, capped
            ─► other: "HTTP 404", with Retry-After for 429/503
      every socket operation is clamped to the request's overall deadline, so a server that
      trickles a byte a second cannot hold a worker longer than `deadline`.
    with a `HostBreaker` (breaker.py): a host whose requests keep failing (no address, refused,
      timed out) gets one request at a time, then none: its remaining requests come back at
      once as "skipped" results. Names that did not resolve are remembered for the batch (or
      for the run, with a `NegativeCache` the caller shares), and `.invalid` names are never
      looked up (RFC 6761).

httpx supplies URLs, requests and responses; the connection pool is httpcore's, with a network
backend of our own that does the resolve-check-connect step. Responses are read raw and
decompressed here, because httpx's decoder hands out whole decompressed chunks before any cap
could act (a 200 MB gzip bomb arrived as one 67 MB chunk).
"""

from __future__ import annotations

import ipaddress
import queue
import socket
import ssl
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import httpcore

from digest.ingest.breaker import HostBreaker, HostTrip, NegativeCache, is_reserved_invalid
from digest.ingest.netpolicy import check_address, parse_networks
from digest.ingest.responses import (
    BodyDecoder,
    FetchError,
    drain,
    parse_max_age,
    parse_retry_after,
    size_text,
)
from digest.ingest.tls import OnFirstHandshake
from digest.model.types import FetchResult

# httpx's package import also loads its command-line tool (click, pygments and rich, when rich is
# installed: 0.1-0.5 s of every `digest fetch` here). Marking that one submodule missing makes
# httpx fall back to its stub `main`, as it does without rich; the mark is removed at once.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
import httpx  # noqa: E402

if sys.modules.get("httpx._main", True) is None:
    del sys.modules["httpx._main"]

_CHUNK = 64 * 1024  # largest piece of decompressed output produced at once
_GZIP_MAGIC = b"\x1f\x8b"
_REDIRECTS = {301, 302, 303, 307, 308}
_PERMANENT = {301, 308}  # RFC 9110 15.4.2 / 15.4.9: the stored URL should move
_RETRY_AFTER_STATUSES = {429, 503}  # RFC 6585 section 4, RFC 9110 10.2.3
_ACCEPT = (
    "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"
)


@dataclass(frozen=True)
class FetchPolicy:
    """Limits and identity for fetching; built from the `fetch:` section of the config."""

    connect_timeout: float = 5.0  # seconds to open a connection (TLS handshake included)
    read_timeout: float = 10.0  # seconds one socket read may wait
    deadline: float = 30.0  # overall per request, a trickling server can't hold it
    max_bytes: int = 10 * 2**20  # cap on the body, applied to the DECOMPRESSED size too
    per_host: int = 2  # concurrent requests to one host name
    max_concurrent: int = 16  # concurrent requests in all
    allow_networks: tuple[str, ...] = ()  # CIDRs fetchable although not global: "127.0.0.0/8"
    user_agent: str = "digest/0.1 (+https://github.com/digest; self-hosted newsletter digest)"
    max_redirects: int = 5


@dataclass(frozen=True)
class FetchRequest:
    """One URL to fetch, with the validators stored from its last successful fetch."""

    url: str  # http(s) URL, or a path (or file:// URL) when `is_file`
    etag: str | None = None  # sent as If-None-Match
    last_modified: str | None = None  # sent as If-Modified-Since
    is_file: bool = False  # read from disk instead of HTTP


def fetch_one(request: FetchRequest, policy: FetchPolicy) -> FetchResult:
    """Fetch one URL or file; errors are reported in `FetchResult.error`, never raised."""
    with _Fetcher(policy) as fetcher:
        holder = _SlotHolder(fetcher.slots, None)
        try:
            return fetcher.fetch(request, holder)
        finally:
            holder.release()


def fetch_all(
    requests: Sequence[FetchRequest],
    policy: FetchPolicy,
    on_result: Callable[[FetchResult], None] | None = None,
    *,
    breaker: HostBreaker | None = None,
    dns: NegativeCache | None = None,
) -> list[FetchResult]:
    """Fetch many URLs concurrently; results come back in the order of `requests`.

    `on_result` is called in the calling thread as each result arrives (completion order), so
    the caller can record progress without locks. Requests are dispatched only when their host
    has a free slot, so a long queue for one host never ties up workers other hosts could use.
    With a `breaker`, a host that keeps failing gets one request at a time and then none: its
    remaining requests come back at once with a "skipped: ..." error (`breaker.trips()` has
    one line per such host). `dns` is the run's negative DNS cache (one per call otherwise).
    """
    requests = list(requests)
    results: list[FetchResult | None] = [None] * len(requests)
    if not requests:
        return []
    workers = max(1, min(policy.max_concurrent, len(requests)))
    # Grouped by breaker key (host[:port]); each group remembers the host its slots count under.
    # (One URL parse per request: httpx's parser costs ~0.2 ms, which adds up over thousands.)
    keys = [_request_keys(request) for request in requests]
    waiting: dict[str | None, tuple[str | None, deque[int]]] = {}
    for index, (host, key) in enumerate(keys):
        waiting.setdefault(key, (host, deque()))[1].append(index)
    finished: queue.SimpleQueue[tuple[int, FetchResult, bool]] = queue.SimpleQueue()
    active: dict[str, int] = {}  # requests in flight per breaker key

    with _Fetcher(policy, dns) as fetcher, ThreadPoolExecutor(workers, "fetch") as pool:

        def run(index: int, host: str | None) -> None:
            holder = _SlotHolder(fetcher.slots, host)
            request = requests[index]
            unreachable = False
            try:
                result, unreachable = fetcher.attempt(request, holder)
            except BaseException as exc:  # the loop below waits for every index: always answer
                reason = f"{type(exc).__name__}: {_one_line(exc)}"
                result = FetchResult(request.url, request.url, None, None, error=reason)
            finally:
                holder.release()
            finished.put((index, result, unreachable))

        in_flight = 0

        def dispatch() -> list[int]:
            """Start what the slots allow; returns the requests skipped by the breaker."""
            nonlocal in_flight
            skipped: list[int] = []
            now = time.monotonic()
            for key in list(waiting):
                host, indexes = waiting[key]
                while indexes:
                    state = breaker.state(key, now) if breaker and key else "closed"
                    if state == "open":
                        assert breaker is not None and key is not None
                        breaker.skipped(key)
                        skipped.append(indexes.popleft())
                        continue
                    # With a breaker, count in flight until the result is recorded here (a
                    # worker frees its slot before that): a host failing at once must not get
                    # more tries than the breaker allows.
                    limit = 1 if state == "suspect" else policy.per_host
                    if (
                        (breaker is not None and active.get(key or "", 0) >= limit)
                        or in_flight >= workers
                        or not fetcher.slots.try_acquire(host)
                    ):
                        break
                    pool.submit(run, indexes.popleft(), host)
                    in_flight += 1
                    if key:
                        active[key] = active.get(key, 0) + 1
                if not indexes:
                    del waiting[key]
            return skipped

        def report(result: FetchResult) -> None:
            if on_result is not None:
                on_result(result)

        def skip_all(indexes: list[int]) -> None:
            trips = {trip.host: trip for trip in breaker.trips()} if breaker and indexes else {}
            for index in indexes:
                skipped = _skipped(requests[index], keys[index][1], trips)
                results[index] = skipped
                report(skipped)

        skip_all(dispatch())
        while in_flight:
            index, result, unreachable = finished.get()
            in_flight -= 1
            results[index] = result
            key = keys[index][1]
            if key:
                active[key] -= 1
            if breaker is not None and key:
                _record(breaker, key, result, unreachable)
            skipped = dispatch()
            report(result)
            skip_all(skipped)
    return [result for result in results if result is not None]


def _record(breaker: HostBreaker, key: str, result: FetchResult, unreachable: bool) -> None:
    """Tell the breaker how a request went: against the host that failed (the last hop), or,
    for an answer, every host on the way, each of which answered."""
    now = time.monotonic()
    final = key if result.final_url == result.url else (_breaker_key(result.final_url) or key)
    if unreachable:
        breaker.failure(final, result.error or "failed", result.elapsed or 0.0, now)
    elif result.status_code is not None:
        breaker.success(final, now)
        if final != key:
            breaker.success(key, now)


def _skipped(request: FetchRequest, key: str | None, trips: dict[str, HostTrip]) -> FetchResult:
    key = key or "?"
    trip = trips.get(key)
    why = f" ({trip.failures} failures in a row: {trip.reason})" if trip else ""
    return FetchResult(
        request.url,
        request.url,
        None,
        None,
        error=f"skipped: {key} is not reachable this run{why}",
    )


# --- per-request deadline -------------------------------------------------------------------

_deadline = threading.local()  # .at: monotonic deadline of the request this thread is serving


def _clamp(timeout: float | None, expired: type[Exception]) -> float | None:
    """`timeout` cut to the time left before this thread's request deadline."""
    at: float | None = getattr(_deadline, "at", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise expired("deadline")
    return left if timeout is None else min(timeout, left)


def _left(policy: FetchPolicy) -> float:
    at: float | None = getattr(_deadline, "at", None)
    return policy.deadline if at is None else max(0.0, at - time.monotonic())


# --- connecting: resolve, check, pin ----------------------------------------------------------


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read, write and handshake ends by the request deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(
            ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves a host once, refuses it unless every address passes netpolicy, then connects
    to one of exactly those addresses. TLS still verifies and sends SNI for the host name,
    because httpcore passes the name, not the address, to `start_tls`."""

    def __init__(self, allow_networks: tuple[str, ...], dns: _DnsMemo) -> None:
        self._allow = parse_networks(allow_networks)
        self._tcp = httpcore.SyncBackend()
        self._dns = dns

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        addresses = _resolve(host, port, _clamp(timeout, httpcore.ConnectTimeout), self._dns)
        for address in addresses:
            reason = check_address(address, self._allow)
            if reason is not None:
                raise FetchError(f"refused: {reason} (allow with fetch.allow_networks)")
        failure: Exception | None = None
        for address in addresses:
            try:
                stream = self._tcp.connect_tcp(
                    address,
                    port,
                    timeout=_clamp(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as exc:
                failure = exc
                continue
            return _DeadlineStream(stream)
        assert failure is not None
        raise failure

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _DnsMemo:
    """The negative DNS cache, shared by the worker threads (and, when given, by the run)."""

    def __init__(self, cache: NegativeCache | None) -> None:
        self._cache = cache if cache is not None else NegativeCache()
        self._lock = threading.Lock()

    def failed(self, host: str) -> str | None:
        with self._lock:
            return self._cache.get(host, time.monotonic())

    def remember(self, host: str, reason: str) -> None:
        with self._lock:
            self._cache.put(host, reason, time.monotonic())


def _resolve(host: str, port: int, timeout: float | None, dns: _DnsMemo) -> list[str]:
    """Addresses of `host`, in resolver order; a literal is returned as is.

    A name that failed to resolve earlier in the run fails again without a lookup, and so does
    a `.invalid` name. getaddrinfo has no timeout of its own, so it runs in a daemon thread we
    stop waiting for.
    """
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    known = dns.failed(host)
    if known is not None:
        raise FetchError(f"cannot resolve {host}: {known}", unreachable=True)
    if is_reserved_invalid(host):
        dns.remember(host, "reserved name (.invalid, RFC 6761)")
        raise FetchError(
            f"cannot resolve {host}: reserved name (.invalid, RFC 6761)", unreachable=True
        )
    answer: list[Any] = []

    def lookup() -> None:
        try:
            answer.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            answer.append(exc)

    worker = threading.Thread(target=lookup, name="fetch-resolve", daemon=True)
    worker.start()
    worker.join(timeout)
    if not answer:
        raise httpcore.ConnectTimeout(f"resolving {host}")
    if isinstance(answer[0], OSError):
        detail = getattr(answer[0], "strerror", None) or str(answer[0])
        dns.remember(host, detail)
        raise FetchError(f"cannot resolve {host}: {detail}", unreachable=True)
    addresses: list[str] = []
    for _family, _type, _proto, _name, sockaddr in answer[0]:
        if sockaddr[0] not in addresses:
            addresses.append(sockaddr[0])
    if not addresses:
        dns.remember(host, "no addresses")
        raise FetchError(f"cannot resolve {host}: no addresses", unreachable=True)
    return addresses


class _RawStream(httpx.SyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        if hasattr(self._stream, "close"):
            self._stream.close()


class _PinnedTransport(httpx.BaseTransport):
    """httpx transport over an httpcore pool that connects through `_GuardedBackend`.

    No proxy support on purpose: a proxy would resolve and connect where we cannot check.
    httpcore exceptions are left unmapped and handled by `_Fetcher.fetch`.
    """

    def __init__(self, policy: FetchPolicy, dns: _DnsMemo) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=OnFirstHandshake(ssl.PROTOCOL_TLS_CLIENT),
            max_connections=policy.max_concurrent * 2,
            max_keepalive_connections=policy.max_concurrent * 2,
            keepalive_expiry=5.0,
            network_backend=_GuardedBackend(policy.allow_networks, dns),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        response = self._pool.handle_request(core_request)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_RawStream(response.stream),
            extensions=response.extensions,
            request=request,
        )

    def close(self) -> None:
        self._pool.close()


# --- per-host slots ---------------------------------------------------------------------------


class _HostSlots:
    """Counts requests in flight per host name; `None` (files, bad URLs) is never limited."""

    def __init__(self, per_host: int) -> None:
        self._per_host = max(1, per_host)
        self._active: dict[str, int] = {}
        self._changed = threading.Condition()

    def try_acquire(self, host: str | None) -> bool:
        if host is None:
            return True
        with self._changed:
            if self._active.get(host, 0) >= self._per_host:
                return False
            self._active[host] = self._active.get(host, 0) + 1
            return True

    def acquire(self, host: str | None, timeout: float) -> bool:
        if host is None:
            return True
        end = time.monotonic() + timeout
        with self._changed:
            while self._active.get(host, 0) >= self._per_host:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
            self._active[host] = self._active.get(host, 0) + 1
            return True

    def release(self, host: str | None) -> None:
        if host is None:
            return
        with self._changed:
            self._active[host] -= 1
            if not self._active[host]:
                del self._active[host]
            self._changed.notify_all()


class _SlotHolder:
    """The one host slot a worker holds; a redirect to another host trades it for that host's.

    Holding at most one slot at a time means workers can never wait on each other in a cycle.
    """

    def __init__(self, slots: _HostSlots, held: str | None) -> None:
        self._slots = slots
        self._held = held

    def switch(self, host: str | None, timeout: float) -> bool:
        if host == self._held:
            return True
        self.release()
        if not self._slots.acquire(host, timeout):
            return False
        self._held = host
        return True

    def release(self) -> None:
        self._slots.release(self._held)
        self._held = None


def _breaker_key(url: str) -> str | None:
    """What the host breaker counts under: the host name, plus the port when the URL names
    one (a refused port says nothing about the host's other ports)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return None
    host = parsed.host.lower()
    if not host:
        return None
    return host if parsed.port is None else f"{host}:{parsed.port}"


def _request_keys(request: FetchRequest) -> tuple[str | None, str | None]:
    """(slot host, breaker key) of a request from one parse; (None, None) for files and
    URLs without a host."""
    if request.is_file:
        return None, None
    try:
        parsed = httpx.URL(request.url)
    except (httpx.InvalidURL, TypeError):
        return None, None
    host = parsed.host.lower()
    if not host:
        return None, None
    return host, host if parsed.port is None else f"{host}:{parsed.port}"


# --- fetching ---------------------------------------------------------------------------------


class _Fetcher:
    """One connection pool and one set of host slots, shared by the workers of a batch."""

    def __init__(self, policy: FetchPolicy, dns: NegativeCache | None = None) -> None:
        self.policy = policy
        self.slots = _HostSlots(policy.per_host)
        self._transport = _PinnedTransport(policy, _DnsMemo(dns))

    def __enter__(self) -> _Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._transport.close()

    def fetch(self, request: FetchRequest, holder: _SlotHolder) -> FetchResult:
        return self.attempt(request, holder)[0]

    def attempt(self, request: FetchRequest, holder: _SlotHolder) -> tuple[FetchResult, bool]:
        """The result, and whether it failed because the host is unreachable (no address,
        refused or reset, timed out): what the host breaker counts."""
        started = time.monotonic()
        unreachable = False
        if request.is_file:
            result = _read_file(request, self.policy)
        else:
            _deadline.at = started + self.policy.deadline
            hop = _Hop(request.url)
            try:
                result = self._fetch_http(request, holder, hop)
            except FetchError as exc:
                result = _failed(request, hop, str(exc))
                unreachable = exc.unreachable
            except (httpcore.TimeoutException, httpx.TimeoutException) as exc:
                result = _failed(request, hop, self._timeout_reason(exc))
                unreachable = True
            except (httpcore.ProtocolError, httpx.ProtocolError) as exc:
                result = _failed(request, hop, f"protocol error: {_one_line(exc)}")
            except (httpcore.NetworkError, httpx.NetworkError, OSError) as exc:
                result = _failed(request, hop, f"connection failed: {_one_line(exc)}")
                unreachable = True
            except Exception as exc:  # one bad URL must never stop a batch
                result = _failed(request, hop, f"{type(exc).__name__}: {_one_line(exc)}")
            finally:
                _deadline.at = None
        return replace(result, elapsed=time.monotonic() - started), unreachable

    def _timeout_reason(self, exc: Exception) -> str:
        at: float | None = getattr(_deadline, "at", None)
        policy = self.policy
        if at is not None and time.monotonic() >= at - 0.05:
            return f"timed out after {policy.deadline:g} s (deadline)"
        if isinstance(exc, httpcore.ConnectTimeout | httpx.ConnectTimeout):
            return f"timed out after {policy.connect_timeout:g} s (connect)"
        if isinstance(exc, httpcore.PoolTimeout | httpx.PoolTimeout):
            return f"timed out after {policy.deadline:g} s (deadline)"
        return f"timed out after {policy.read_timeout:g} s (read)"

    def _fetch_http(self, request: FetchRequest, holder: _SlotHolder, hop: _Hop) -> FetchResult:
        policy = self.policy
        headers = {
            "User-Agent": policy.user_agent,
            "Accept": _ACCEPT,
            "Accept-Encoding": "gzip, deflate",  # only what BodyDecoder can bound
        }
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        while True:
            url = _http_url(hop.url)
            if not holder.switch(url.host.lower(), _left(policy)):
                raise FetchError(f"timed out after {policy.deadline:g} s (deadline)")
            timeouts = {
                "connect": policy.connect_timeout,
                "read": policy.read_timeout,
                "write": policy.read_timeout,
                "pool": _left(policy),
            }
            response = self._transport.handle_request(
                httpx.Request("GET", url, headers=headers, extensions={"timeout": timeouts})
            )
            try:
                hop.status = response.status_code
                if response.status_code in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"HTTP {response.status_code} without a Location header")
                    if hop.count >= policy.max_redirects:
                        raise FetchError(f"too many redirects (more than {policy.max_redirects})")
                    hop.count += 1
                    hop.permanent = hop.permanent and response.status_code in _PERMANENT
                    hop.url = str(url.join(location))
                    drain(response)
                    continue
                return self._finish(request, hop, response)
            finally:
                response.close()

    def _finish(self, request: FetchRequest, hop: _Hop, response: httpx.Response) -> FetchResult:
        status = response.status_code
        max_age = parse_max_age(response.headers.get("cache-control"))
        moved = hop.count > 0 and hop.permanent
        if status == 304:
            drain(response)
            return FetchResult(
                url=request.url,
                final_url=hop.url,
                status_code=status,
                body=None,
                etag=response.headers.get("etag") or request.etag,
                last_modified=response.headers.get("last-modified") or request.last_modified,
                not_modified=True,
                permanent_redirect=moved,
                max_age=max_age,
            )
        if not 200 <= status < 300:
            drain(response)
            retry_after = None
            if status in _RETRY_AFTER_STATUSES:
                retry_after = parse_retry_after(
                    response.headers.get("retry-after"), datetime.now(UTC)
                )
            return replace(
                _failed(request, hop, f"HTTP {status}"), retry_after=retry_after, max_age=max_age
            )
        body = _read_body(response, self.policy)
        return FetchResult(
            url=request.url,
            final_url=hop.url,
            status_code=status,
            body=body,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            permanent_redirect=moved,
            max_age=max_age,
        )


@dataclass
class _Hop:
    """Where a redirect chain has got to, so a failure can still report it."""

    url: str
    status: int | None = None
    count: int = 0  # redirects followed
    permanent: bool = True  # every redirect so far was 301/308


def _failed(request: FetchRequest, hop: _Hop, reason: str) -> FetchResult:
    return FetchResult(
        url=request.url, final_url=hop.url, status_code=hop.status, body=None, error=reason
    )


def _http_url(raw: str) -> httpx.URL:
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, TypeError) as exc:
        raise FetchError(f"invalid URL {raw!r}: {_one_line(exc)}") from exc
    if url.scheme not in ("http", "https"):
        if not url.scheme:
            raise FetchError(f"invalid URL {raw!r}: no scheme")
        raise FetchError(f"refused: scheme {url.scheme!r} is not http or https")
    if not url.host:
        raise FetchError(f"invalid URL {raw!r}: no host")
    return url


def _read_body(response: httpx.Response, policy: FetchPolicy) -> bytes:
    length = response.headers.get("content-length", "").strip()
    if length.isdigit() and int(length) > policy.max_bytes:
        raise FetchError(f"response larger than {size_text(policy.max_bytes)}")
    decoder = BodyDecoder(response.headers.get("content-encoding"), policy.max_bytes)
    for chunk in response.iter_raw():
        decoder.feed(chunk)
        if _left(policy) <= 0:  # belt and braces: the socket clamp should have fired already
            raise FetchError(f"timed out after {policy.deadline:g} s (deadline)", unreachable=True)
    return decoder.finish()


def _read_file(request: FetchRequest, policy: FetchPolicy) -> FetchResult:
    path = _file_path(request.url)

    def failed(reason: str) -> FetchResult:
        return FetchResult(
            url=request.url, final_url=request.url, status_code=None, body=None, error=reason
        )

    decoder = BodyDecoder(None, policy.max_bytes)
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.feed(chunk)
        body = decoder.finish()
    except FetchError as exc:
        return failed(str(exc))
    except FileNotFoundError:
        return failed(f"file not found: {path}")
    except IsADirectoryError:
        return failed(f"not a file: {path}")
    except OSError as exc:
        return failed(f"cannot read {path}: {exc.strerror or exc}")
    return FetchResult(url=request.url, final_url=request.url, status_code=None, body=body)


def _file_path(url: str) -> Path:
    if url.startswith("file:"):
        parts = urlsplit(url)
        return Path(unquote(parts.path))
    return Path(url).expanduser()


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
