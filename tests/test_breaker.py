"""The per-host circuit breaker (issue 13, item 7): a dead host costs a few tries, not one failure
per page. Pure rules first, then one test per failure kind against a real HTTP server on
127.0.0.1 serving a feed of teasers whose article pages are on the dead host."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from conftest import free_port
from httpserver import Scripted, ScriptedHTTPServer

from digest.config import Config, load_config
from digest.ingest.breaker import HostBreaker, HostTrip, NegativeCache, is_reserved_invalid
from digest.ingest.http import FetchPolicy, FetchRequest, fetch_all
from digest.ingest.poller import fetch_feeds
from digest.model.types import FeedOutcome
from digest.store import Store

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
PAGES = 200  # teasers per test (one feed keeps at most 200 a run); the bench does 1,000


# -- the rules, as values ----------------------------------------------------------------------


def test_three_failures_in_a_row_open_a_host_and_an_answer_closes_it() -> None:
    breaker = HostBreaker(after=3, patience=100)
    assert breaker.state("a.example", 0.0) == "closed"
    breaker.failure("a.example", "refused", 0.01, 1.0)
    assert breaker.state("a.example", 1.0) == "suspect"  # one request at a time from now on
    breaker.failure("a.example", "refused", 0.01, 1.1)
    breaker.success("a.example", 1.2)  # an answer (any HTTP status) resets the count
    assert breaker.state("a.example", 1.2) == "closed"
    for t in (2.0, 2.1, 2.2):
        breaker.failure("a.example", "connection refused", 0.01, t)
    assert breaker.state("a.example", 2.3) == "open"
    assert breaker.state("b.example", 2.3) == "closed"  # per host
    assert breaker.trips() == []  # nothing skipped yet, nothing to report
    breaker.skipped("a.example")
    breaker.skipped("a.example")
    assert breaker.trips() == [HostTrip("a.example", 3, 2, "connection refused")]
    assert breaker.trips()[0].line("pages") == (
        "a.example: 2 pages skipped after 3 failures in a row (connection refused)"
    )


def test_failures_that_waited_long_enough_open_a_host_sooner() -> None:
    # Two 10 s read timeouts side by side cost 20 s: no third try.
    breaker = HostBreaker(after=3, patience=15)
    breaker.failure("slow.example", "timed out after 10 s (read)", 10.0, 10.0)
    assert breaker.state("slow.example", 10.0) == "suspect"
    breaker.failure("slow.example", "timed out after 10 s (read)", 10.0, 10.0)
    assert breaker.state("slow.example", 10.0) == "open"


def test_an_open_host_is_tried_again_after_the_cooldown_one_request_at_a_time() -> None:
    breaker = HostBreaker(after=3, patience=100, cooldown=60)
    for _ in range(3):
        breaker.failure("h.example", "refused", 0.0, 0.0)
    assert breaker.state("h.example", 59.0) == "open"
    assert breaker.state("h.example", 60.0) == "suspect"  # half-open
    breaker.failure("h.example", "refused", 0.0, 61.0)  # one more failure opens it again
    assert breaker.state("h.example", 61.0) == "open"


def test_negative_dns_answers_are_kept_for_the_ttl_and_invalid_names_are_reserved() -> None:
    cache = NegativeCache(ttl=300)
    cache.put("Dead.Example.", "Name or service not known", 0.0)
    assert cache.get("dead.example", 299.0) == "Name or service not known"
    assert cache.get("dead.example", 300.0) is None
    assert cache.get("other.example", 0.0) is None
    assert is_reserved_invalid("pages.dead.invalid") and is_reserved_invalid("INVALID.")
    assert not is_reserved_invalid("invalid.example") and not is_reserved_invalid("notinvalid")


# -- a feed of teasers whose pages live on a dead host -------------------------------------------


def teaser_feed(page_base: str, items: int) -> bytes:
    """RSS whose entries are short teasers linking to `page_base/story/N`."""
    entries = "".join(
        f"<item><title>Story number {i}</title><link>{page_base}/story/{i}</link>"
        f"<guid>urn:story:{i}</guid><pubDate>Fri, 27 Nov 2026 06:00:00 +0000</pubDate>"
        f"<description>Teaser {i}. Read more…</description></item>"
        for i in range(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Teasers</title>{entries}</channel></rss>"
    ).encode()


def project(tmp_path: Path, feed_url: str, **fetch: object) -> Config:
    (tmp_path / "subscribers").mkdir(exist_ok=True)
    data = {
        "store": str(tmp_path / "digest.sqlite3"),
        "feeds": [{"url": feed_url, "name": "teasers"}],
        "fetch": {"allow_networks": ["127.0.0.1/32"], "full_text": True, **fetch},
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return load_config(path)


def fetch_teasers(
    tmp_path: Path, page_base: str, caplog: pytest.LogCaptureFixture, **fetch: object
) -> tuple[float, list[str]]:
    """Serve the feed, run the fetch; seconds taken and the warnings logged."""
    with ScriptedHTTPServer() as server:
        server.script("/teasers.xml", Scripted(body=teaser_feed(page_base, PAGES)))
        config = project(tmp_path, server.url("/teasers.xml"), **fetch)
        store = Store(tmp_path / "digest.sqlite3")
        caplog.set_level(logging.INFO, logger="digest")
        started = time.monotonic()
        (report,) = fetch_feeds(config, store, NOW)
        elapsed = time.monotonic() - started
    assert report.status is FeedOutcome.NEW and report.new_articles == PAGES
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    return elapsed, warnings


def skipped_line(warnings: list[str], host: str) -> int:
    """The one warning about `host`; returns how many pages it says were skipped."""
    lines = [w for w in warnings if host in w]
    assert len(lines) == 1, warnings  # reported once, not once per page
    words = lines[0].split(": ", 1)[1].split()
    assert words[1:3] == ["pages", "skipped"], lines[0]
    return int(words[0])


def test_a_host_that_does_not_resolve_costs_no_lookup_and_is_reported_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    real = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(str(host))
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    elapsed, warnings = fetch_teasers(tmp_path, "http://pages.dead.invalid", caplog)
    assert not any(name.endswith(".invalid") for name in asked)  # RFC 6761: never asked
    skipped = skipped_line(warnings, "pages.dead.invalid")
    assert PAGES - 4 <= skipped < PAGES  # a few tries (at most per_host in flight), then none
    assert "cannot resolve pages.dead.invalid" in " ".join(warnings)
    assert elapsed < 10


def test_a_name_that_does_not_resolve_is_looked_up_once_per_run(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A resolver that takes 0.4 s to say NXDOMAIN for one name (the probe's resolver: 202 s for
    # 1,000 pages at 2 per host); every other name goes to the real resolver. Without the
    # negative cache and the breaker this test would take PAGES * 0.4 / 2 = 60 s.
    dead = "pages.dead.example"
    asked: list[str] = []
    real = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host == dead:
            asked.append(host)
            time.sleep(0.4)
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    elapsed, warnings = fetch_teasers(tmp_path, f"http://{dead}", caplog)
    skipped = skipped_line(warnings, dead)
    assert PAGES - 4 <= skipped < PAGES
    assert 1 <= len(asked) <= 2  # per_host lookups may start together; later ones are cached
    assert "3 failures in a row" in " ".join(warnings)  # the third failure came from the cache
    assert elapsed < 15  # 60 s without the cache and the breaker; generous for a busy machine


def test_a_refused_port_is_given_up_after_a_few_tries(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()  # nothing listens there: every connect is refused at once
    elapsed, warnings = fetch_teasers(tmp_path, f"http://127.0.0.1:{port}", caplog)
    skipped = skipped_line(warnings, f"127.0.0.1:{port}")
    assert PAGES - 4 <= skipped < PAGES
    assert "connection failed" in " ".join(warnings)
    assert elapsed < 10


class SilentServer:
    """A real loopback socket that accepts connections and never sends a byte."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0), backlog=128)
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(conn)  # held open, never answered

    def __enter__(self) -> SilentServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.sock.shutdown(socket.SHUT_RDWR)  # wakes accept(); close() alone leaves it listening
        self.sock.close()
        for conn in self.accepted:
            conn.close()


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    with SilentServer() as server:
        yield server


def test_a_host_that_never_answers_costs_one_read_timeout_not_one_per_page(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, silent: SilentServer
) -> None:
    # read timeout 1 s, 2 per host: without the breaker PAGES * 1 / 2 = 150 s. Both first
    # requests time out together; their 2 s of waiting exceed one connect + read timeout.
    elapsed, warnings = fetch_teasers(
        tmp_path,
        f"http://127.0.0.1:{silent.port}",
        caplog,
        connect_timeout=0.5,
        read_timeout=1.0,
        per_host=2,
    )
    skipped = skipped_line(warnings, f"127.0.0.1:{silent.port}")
    assert skipped == PAGES - 2  # the two requests in flight when the first timed out
    assert len(silent.accepted) == 2
    assert "timed out after 1 s (read)" in " ".join(warnings)
    assert elapsed < 10  # one read timeout (1 s) and the run around it; 150 s without


def test_a_live_host_answering_errors_is_never_skipped(http_server: ScriptedHTTPServer) -> None:
    # HTTP 404 and 500 are answers: the host is reachable, every page is asked for.
    http_server.script("/story/500", Scripted(status=500))
    urls = [http_server.url(f"/story/{i}") for i in range(40)] + [http_server.url("/story/500")]
    breaker = HostBreaker()
    policy = FetchPolicy(allow_networks=("127.0.0.1/32",))
    results = fetch_all([FetchRequest(u) for u in urls], policy, breaker=breaker)
    assert [r.status_code for r in results] == [404] * 40 + [500]
    assert len(http_server.requests) == 41 and breaker.trips() == []


def test_a_dead_hop_counts_against_the_host_that_failed_not_the_one_that_redirected(
    http_server: ScriptedHTTPServer,
) -> None:
    for i in range(6):
        http_server.redirect(f"/go/{i}", f"http://gone.dead.invalid/{i}")
    http_server.script("/fine", Scripted(body=b"ok"))
    breaker = HostBreaker()  # one per run, shared by the run's batches
    policy = FetchPolicy(allow_networks=("127.0.0.1/32",), per_host=1)
    redirected = fetch_all(
        [FetchRequest(http_server.url(f"/go/{i}")) for i in range(6)], policy, breaker=breaker
    )
    assert all("cannot resolve gone.dead.invalid" in (r.error or "") for r in redirected)
    later = fetch_all(
        [FetchRequest(f"http://gone.dead.invalid/direct/{i}") for i in range(5)]
        + [FetchRequest(http_server.url("/fine"))],
        policy,
        breaker=breaker,
    )
    assert all((r.error or "").startswith("skipped: gone.dead.invalid") for r in later[:5])
    assert later[5].body == b"ok"  # the redirecting host itself was never given up
    (trip,) = breaker.trips()
    assert trip.host == "gone.dead.invalid" and trip.skipped == 5 and trip.failures == 3
