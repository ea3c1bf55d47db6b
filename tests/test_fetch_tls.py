"""https:// fetches against a real TLS server on loopback (a throwaway certificate made with the
openssl command): they verify through `tls.verifying_context()`, built at the first handshake,
with the ALPN protocols httpcore asks for; a run over http:// only never builds it."""

from __future__ import annotations

import http.server
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import digest.ingest.tls as tls
from digest.ingest.http import FetchPolicy, FetchRequest, fetch_all, fetch_one

BODY = b"<rss version='2.0'><channel><title>TLS</title></channel></rss>"
POLICY = FetchPolicy(allow_networks=("127.0.0.0/8",), connect_timeout=3, read_timeout=3)


class _Feed(http.server.BaseHTTPRequestHandler):
    alpn: list[str | None] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        assert isinstance(self.connection, ssl.SSLSocket)
        self.alpn.append(self.connection.selected_alpn_protocol())
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[str]:
    cert, key = certificate
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.set_alpn_protocols(["h2", "http/1.1"])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Feed.alpn = []
    try:
        yield f"https://localhost:{server.server_address[1]}/feed.xml"
    finally:
        server.shutdown()
        server.server_close()


def test_https_verifies_through_the_context_built_at_the_first_handshake(
    tls_server: str, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    trusted = ssl.create_default_context(cafile=str(certificate[0]))
    monkeypatch.setattr(tls, "verifying_context", lambda: trusted)
    results = fetch_all([FetchRequest(tls_server), FetchRequest(tls_server)], POLICY)
    assert [(r.error, r.body) for r in results] == [(None, BODY), (None, BODY)]
    assert _Feed.alpn and set(_Feed.alpn) == {"http/1.1"}  # httpcore's ALPN reached the server


def test_https_to_a_certificate_outside_the_bundle_is_refused(tls_server: str) -> None:
    result = fetch_one(FetchRequest(tls_server), POLICY)
    assert result.body is None and result.error and "CERTIFICATE_VERIFY_FAILED" in result.error


def test_fetching_over_http_builds_no_tls_context(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_bytes(BODY)
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    tls.verifying_context.cache_clear()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
        assert fetch_one(FetchRequest(url), POLICY).body == BODY
    finally:
        server.shutdown()
        server.server_close()
    assert tls.verifying_context.cache_info().currsize == 0
