"""The TLS context of every https:// fetch, built at the first handshake.

`ingest.http`'s connection pool is given an `OnFirstHandshake`, which hands every TLS handshake
to `verifying_context()`: certifi's CA bundle, loaded once and shared. A run that fetches only
http:// (or files) never loads it: ~35 ms of every `digest fetch` before (14 ms to import
certifi and find the file, 22 ms to load it). The ALPN protocols httpcore sets on the pool's
context are set on the real one.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from functools import cache
from typing import Any


@cache
def verifying_context() -> ssl.SSLContext:
    """Built once: loading the CA bundle costs tens of ms, and a context is safe to share."""
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


class OnFirstHandshake(ssl.SSLContext):
    """Stands in for `verifying_context()` until, and through, each handshake."""

    _alpn: list[str] | None = None

    def set_alpn_protocols(self, alpn_protocols: Iterable[str]) -> None:
        self._alpn = list(alpn_protocols)

    def _verifying(self) -> ssl.SSLContext:
        context = verifying_context()
        if self._alpn is not None:
            context.set_alpn_protocols(self._alpn)
        return context

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        return self._verifying().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        return self._verifying().wrap_bio(*args, **kwargs)
