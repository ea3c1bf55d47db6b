"""Reading a response: bodies decompressed in bounded steps and capped, Retry-After and max-age.

httpx's own decoder hands out whole decompressed chunks before any cap could act (a 200 MB gzip
bomb arrived as one 67 MB chunk), so responses are read raw and decompressed here.
"""

from __future__ import annotations

import email.utils
import zlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported by ingest.http, which keeps httpx's command-line tool out
    import httpx

_CHUNK = 64 * 1024  # largest piece of decompressed output produced at once
_GZIP_MAGIC = b"\x1f\x8b"


class FetchError(Exception):
    """A fetch failed for the one-line reason in the message; caught inside this module.

    `unreachable` marks failures that say the host cannot be reached (no address, timed out),
    which the host breaker counts."""

    def __init__(self, message: str, *, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After value: delta-seconds or an HTTP-date (RFC 9110 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def parse_max_age(value: str | None) -> float | None:
    """The max-age directive of a Cache-Control header, in seconds (RFC 9111 5.2.2.1)."""
    if not value:
        return None
    for directive in value.split(","):
        name, _, argument = directive.strip().partition("=")
        if name.strip().lower() == "max-age":
            argument = argument.strip().strip('"')
            if argument.isdigit():
                return float(int(argument))
    return None


def drain(response: httpx.Response, limit: int = _CHUNK) -> None:
    """Read a small unwanted body (redirect, 304, error page) so the connection can be reused;
    a larger one is left for `close()`, which drops the connection instead."""
    length = response.headers.get("content-length", "").strip()
    if length.isdigit() and int(length) > limit:
        return
    received = 0
    for chunk in response.iter_raw():
        received += len(chunk)
        if received > limit:
            return


class BodyDecoder:
    """Decompresses gzip/deflate in bounded steps, so output never exceeds `max_bytes`.

    zlib's `max_length` stops inflation after `_CHUNK` bytes and keeps the rest of the input in
    `unconsumed_tail`; a bomb therefore costs at most `max_bytes` plus one chunk of memory.
    With no Content-Encoding, a body that starts with the gzip magic is decompressed too (a
    `.xml.gz` file, or a server that gzips without saying so).
    """

    def __init__(self, encoding: str | None, max_bytes: int) -> None:
        self._max = max_bytes
        self._out = bytearray()
        self._head = b""
        self._inflater: Any = None
        self._ended = False
        coding = (encoding or "").strip().lower()
        if coding in ("", "identity"):
            self._mode = "sniff"
        elif coding in ("gzip", "x-gzip"):
            self._mode = "gzip"
        elif coding == "deflate":
            self._mode = "deflate"
        else:
            raise FetchError(f"unsupported Content-Encoding: {encoding}")

    def feed(self, data: bytes) -> None:
        if self._mode == "sniff":
            self._head += data
            if len(self._head) < len(_GZIP_MAGIC):
                return
            data, self._head = self._head, b""
            self._mode = "gzip" if data.startswith(_GZIP_MAGIC) else "identity"
        if self._mode == "identity":
            self._append(data)
        else:
            self._inflate(data)

    def finish(self) -> bytes:
        if self._head:  # a body shorter than the gzip magic
            self._append(self._head)
        if self._inflater is not None and not self._ended:
            self._inflate(b"")  # whatever a truncated stream still holds, bounded as ever
        return bytes(self._out)

    def _inflate(self, data: bytes) -> None:
        if self._ended:
            return  # trailing bytes after the compressed stream are ignored, like gzip(1)
        if self._inflater is None:
            # 16 + MAX_WBITS: gzip wrapper; deflate is zlib-wrapped (RFC 9110 8.4.1.2)
            wbits = 16 + zlib.MAX_WBITS if self._mode == "gzip" else zlib.MAX_WBITS
            self._inflater = zlib.decompressobj(wbits)
        while True:
            try:
                out = self._inflater.decompress(data, _CHUNK)
            except zlib.error as exc:
                if self._mode == "deflate" and not self._out:
                    # some servers send raw deflate without the zlib wrapper
                    self._mode, self._inflater = "raw-deflate", zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError(f"invalid {self._mode} body: {exc}") from exc
            self._append(out)
            data = self._inflater.unconsumed_tail
            if self._inflater.eof:
                rest = self._inflater.unused_data
                if self._mode == "gzip" and rest.startswith(_GZIP_MAGIC):  # multi-member gzip
                    self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    data = rest
                    continue
                self._ended = True
                return
            if not data and len(out) < _CHUNK:
                return

    def _append(self, data: bytes) -> None:
        if len(self._out) + len(data) > self._max:
            raise FetchError(f"response larger than {size_text(self._max)}")
        self._out += data


def size_text(n: int) -> str:
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= scale and n % scale == 0:
            return f"{n // scale} {unit}"
    if n >= 2**20:
        return f"{n / 2**20:.1f} MiB"
    return f"{n} bytes"
