"""The polite reader: per-feed state, backoff, Retry-After, max-age/<ttl>, redirects, 410, failing,
per-host limits and the parse pool; against a real HTTP server on 127.0.0.1 and a real store."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
import yaml
from httpserver import Scripted, ScriptedHTTPServer

from digest.config import Config, load_config
from digest.ingest import poller as reader
from digest.ingest.parse import parse_feed
from digest.ingest.poller import (
    ParseQueue,
    _backoff,
    fetch_feeds,
    next_poll,
    not_due,
    retry_time,
)
from digest.model.records import FeedState
from digest.model.types import FeedOutcome, FeedSource
from digest.pipeline.poll import FeedReport, feed_source, fill_full_text
from digest.store import Store

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent
FEEDS = ROOT.parent / "shared" / "data" / "feeds"


def rss(tag: str, items: int = 3, ttl: int | None = None) -> bytes:
    """A small RSS 2.0 feed whose items are unique to `tag`."""
    entries = "".join(
        f"<item><title>{tag} story {i}</title><link>https://news.example/{tag}/{i}</link>"
        f"<guid>urn:{tag}:{i}</guid><pubDate>Fri, 27 Nov 2026 0{i % 10}:00:00 +0000</pubDate>"
        f"<description>Text of {tag} story number {i}.</description></item>"
        for i in range(items)
    )
    ttl_tag = f"<ttl>{ttl}</ttl>" if ttl is not None else ""
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{tag}</title>{ttl_tag}{entries}</channel></rss>"
    ).encode()


def write_config(tmp_path: Path, feeds: list[dict[str, object]], **fetch: object) -> Config:
    (tmp_path / "subscribers").mkdir(exist_ok=True)
    data = {
        "store": str(tmp_path / "digest.sqlite3"),
        "feeds": feeds,
        "fetch": {"allow_networks": ["127.0.0.1/32"], "full_text": False, **fetch},
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return load_config(path)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "digest.sqlite3")


def one(reports: list[reader.FeedReport]) -> reader.FeedReport:
    assert len(reports) == 1
    return reports[0]


# -- state and conditional GET ----------------------------------------------------------------


def test_state_is_kept_and_the_next_fetch_is_conditional(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.xml").write_bytes(rss("a"))
    http_server.root = tmp_path / "site"
    config = write_config(tmp_path, [{"url": http_server.url("/a.xml"), "name": "A"}])
    first = one(fetch_feeds(config, store, NOW))
    assert (first.status, first.new_articles) == (FeedOutcome.NEW, 3)
    state = store.feed_state(http_server.url("/a.xml"))
    assert state.etag and state.last_modified and state.body_hash
    assert state.last_success == NOW and state.failures == 0 and state.next_try is None

    later = NOW + timedelta(minutes=5)
    second = one(fetch_feeds(config, store, later))
    assert second.status is FeedOutcome.UNCHANGED and second.not_due is None
    request = http_server.requests[-1]
    assert request.headers["if-none-match"] == state.etag
    assert request.headers["if-modified-since"] == state.last_modified
    assert store.feed_state(http_server.url("/a.xml")).last_success == later
    assert store.count_articles() == 3


def test_changed_bytes_store_only_the_new_entries(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    url = http_server.url("/feed")
    http_server.script("/feed", Scripted(body=rss("c", 2)))
    config = write_config(tmp_path, [{"url": url}])
    assert one(fetch_feeds(config, store, NOW)).new_articles == 2
    http_server.script("/feed", Scripted(body=rss("c", 5)))  # no validators: bytes decide
    assert one(fetch_feeds(config, store, NOW + timedelta(hours=1))).new_articles == 3
    again = one(fetch_feeds(config, store, NOW + timedelta(hours=2)))
    assert again.status is FeedOutcome.UNCHANGED  # the same bytes, not parsed again
    assert store.count_articles() == 5


# -- failures: backoff with jitter, Retry-After, failing ----------------------------------------


def test_backoff_is_exponential_jittered_and_capped() -> None:
    rng = random.Random(7)
    for failures in range(0, 15):
        base = min(timedelta(minutes=15) * 2**failures, timedelta(days=1))
        waits = {(_backoff(failures, NOW, rng) - NOW) for _ in range(20)}
        assert all(base * 0.5 <= wait <= base for wait in waits), failures
        assert len(waits) > 1  # jitter: feeds that failed together do not retry together
    assert _backoff(40, NOW, rng) - NOW <= timedelta(days=1)


def test_failures_back_off_and_the_feed_waits(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    http_server.script("/down", Scripted(status=500, body=b"oops"))
    url = http_server.url("/down")
    config = write_config(tmp_path, [{"url": url, "name": "Down"}])
    rng = random.Random(1)
    report = one(fetch_feeds(config, store, NOW, rng=rng))
    assert report.status is FeedOutcome.FAILED and report.error == "HTTP 500"
    assert not report.failing  # one failure is not "failing"
    state = store.feed_state(url)
    assert state.failures == 1 and state.failing_since == NOW and state.last_error == "HTTP 500"
    assert state.wait_reason == "backoff"
    assert NOW + timedelta(minutes=7.5) <= state.next_try <= NOW + timedelta(minutes=15)

    # Before next_try: not fetched, reported "not due", even by a person running `digest fetch`.
    http_server.clear_log()
    waiting = one(fetch_feeds(config, store, NOW + timedelta(minutes=5), rng=rng))
    assert http_server.requests == []
    assert waiting.status is FeedOutcome.UNCHANGED and waiting.label == "not due"
    assert waiting.not_due and "backoff after 1 failure" in waiting.not_due

    # After it: fetched again; the second wait is twice as long.
    retry_at = state.next_try + timedelta(seconds=1)
    one(fetch_feeds(config, store, retry_at, rng=rng))
    assert len(http_server.requests) == 1
    state2 = store.feed_state(url)
    assert state2.failures == 2 and state2.failing_since == NOW
    assert retry_at + timedelta(minutes=15) <= state2.next_try <= retry_at + timedelta(minutes=30)


def test_success_after_failures_resets_the_count(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    http_server.script("/flaky", Scripted(status=503), Scripted(body=rss("f")))
    config = write_config(tmp_path, [{"url": http_server.url("/flaky")}])
    one(fetch_feeds(config, store, NOW))
    assert store.feed_state(http_server.url("/flaky")).failures == 1
    report = one(fetch_feeds(config, store, NOW + timedelta(hours=2)))
    assert report.status is FeedOutcome.NEW
    state = store.feed_state(http_server.url("/flaky"))
    assert (state.failures, state.failing_since, state.last_error, state.next_try) == (
        0,
        None,
        None,
        None,
    )


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("form", ["seconds", "http-date"])
def test_retry_after_is_honoured(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store, status: int, form: str
) -> None:
    # The server's clock is the real one; the header says "in three hours" either way.
    wall = datetime.now(UTC).replace(microsecond=0)
    value = "10800" if form == "seconds" else format_datetime(wall + timedelta(hours=3), True)
    http_server.script("/busy", Scripted(status=status, headers=[("Retry-After", value)]))
    config = write_config(tmp_path, [{"url": http_server.url("/busy")}])
    report = one(fetch_feeds(config, store, wall))
    assert report.error == f"HTTP {status}"
    state = store.feed_state(http_server.url("/busy"))
    assert state.wait_reason == "retry-after"
    assert abs(state.next_try - (wall + timedelta(hours=3))) < timedelta(seconds=30)
    http_server.clear_log()
    skipped = one(fetch_feeds(config, store, wall + timedelta(hours=2)))
    assert http_server.requests == [] and "retry-after" in (skipped.not_due or "")


def test_retry_after_shorter_than_our_backoff_does_not_shorten_it() -> None:
    rng = random.Random(3)
    at, reason = retry_time(4, 5.0, NOW, rng)  # 4 failures: 2-4 h of backoff
    assert reason == "backoff" and at - NOW >= timedelta(hours=2)
    at, reason = retry_time(0, 10 * 365 * 86400.0, NOW, rng)  # "come back in ten years"
    assert reason == "retry-after" and at - NOW == timedelta(days=7)


def test_a_feed_failing_longer_than_failing_after_is_reported_failing(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    http_server.script("/broken", Scripted(status=502))
    config = write_config(
        tmp_path, [{"url": http_server.url("/broken"), "name": "Broken"}], failing_after="1h"
    )
    start = datetime.now(UTC) - timedelta(hours=3)  # the CLI below runs on the real clock
    first = one(fetch_feeds(config, store, start))
    assert not first.failing and first.label == "failed"
    # Two hours later, retried (backoff is over): now it is failing.
    later = one(fetch_feeds(config, store, start + timedelta(hours=2)))
    assert later.failing and later.label == "failing"
    assert later.error and later.error.startswith("failing for 2 h (2 failures in a row): HTTP 502")
    # Not due again, and still failing: the table says so without fetching.
    http_server.clear_log()
    waiting = one(fetch_feeds(config, store, start + timedelta(hours=2, minutes=1)))
    assert http_server.requests == []
    assert waiting.failing and waiting.status is FeedOutcome.FAILED

    # And the `digest fetch` table shows it.
    from click.testing import CliRunner

    from digest.cli.main import main

    result = CliRunner().invoke(main, ["fetch", "--config", str(tmp_path / "config.yaml")])
    assert "failing for 3 h" in result.output and "Broken" in result.output, result.output


# -- server hints: max-age and <ttl> -----------------------------------------------------------


def test_max_age_spaces_scheduled_polls_but_not_a_manual_fetch(
    tmp_path: Path, http_server_factory: Callable[..., ScriptedHTTPServer], store: Store
) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "m.xml").write_bytes(rss("m"))
    server = http_server_factory(root=tmp_path / "site", cache_control="max-age=3600")
    url = server.url("/m.xml")
    config = write_config(tmp_path, [{"url": url}])
    one(fetch_feeds(config, store, NOW))
    state = store.feed_state(url)
    assert state.next_try == NOW + timedelta(hours=1) and state.wait_reason == "max-age"
    server.clear_log()
    scheduled = one(fetch_feeds(config, store, NOW + timedelta(minutes=30), scheduled=True))
    assert server.requests == [] and "max-age" in (scheduled.not_due or "")
    manual = one(fetch_feeds(config, store, NOW + timedelta(minutes=30)))
    assert len(server.requests) == 1 and manual.not_due is None  # a person asked: fetched
    assert manual.status is FeedOutcome.UNCHANGED  # 304


def test_feed_ttl_spaces_scheduled_polls(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    http_server.script("/ttl", Scripted(body=rss("t", ttl=90)))
    config = write_config(tmp_path, [{"url": http_server.url("/ttl")}])
    one(fetch_feeds(config, store, NOW))
    state = store.feed_state(http_server.url("/ttl"))
    assert state.ttl == 5400 and state.wait_reason == "ttl"
    assert state.next_try == NOW + timedelta(minutes=90)
    http_server.clear_log()
    one(fetch_feeds(config, store, NOW + timedelta(minutes=60), scheduled=True))
    assert http_server.requests == []
    one(fetch_feeds(config, store, NOW + timedelta(minutes=91), scheduled=True))
    assert len(http_server.requests) == 1


def test_next_poll_rules() -> None:
    assert next_poll(NOW, max_age=None, ttl=None) == (None, None)
    assert next_poll(NOW, max_age=0, ttl=None) == (None, None)
    assert next_poll(NOW, max_age=600, ttl=1800) == (NOW + timedelta(minutes=30), "ttl")
    assert next_poll(NOW, max_age=7200, ttl=1800) == (NOW + timedelta(hours=2), "max-age")
    assert next_poll(NOW, max_age=10**9, ttl=None) == (NOW + timedelta(days=1), "max-age")
    assert next_poll(NOW, max_age=7200, ttl=1800, respect=False) == (None, None)  # config says


def test_not_due_rules() -> None:
    later = NOW + timedelta(hours=1)
    assert not_due(FeedState("u"), NOW, scheduled=True) is None
    hint = FeedState("u", next_try=later, wait_reason="max-age")
    assert not_due(hint, NOW, scheduled=False) is None
    assert "max-age" in (not_due(hint, NOW, scheduled=True) or "")
    backoff = FeedState("u", next_try=later, wait_reason="backoff", failures=2)
    assert "after 2 failures" in (not_due(backoff, NOW, scheduled=False) or "")
    assert not_due(backoff, later, scheduled=False) is None
    gone = FeedState("u", disabled=True, disabled_reason="HTTP 410 Gone")
    assert (not_due(gone, NOW, scheduled=False) or "").startswith("disabled")


# -- redirects and 410 -------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 308])
def test_permanent_redirect_moves_the_stored_url(
    tmp_path: Path,
    http_server: ScriptedHTTPServer,
    store: Store,
    status: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    http_server.redirect("/old", "/new", status=status)
    http_server.script("/new", Scripted(body=rss("moved"), headers=[("ETag", '"v1"')]))
    old = http_server.url("/old")
    config = write_config(tmp_path, [{"url": old, "name": "Mover"}])
    with caplog.at_level(logging.WARNING, logger="digest"):
        report = one(fetch_feeds(config, store, NOW))
    assert report.moved_to == http_server.url("/new") and report.new_articles == 3
    assert any("moved permanently" in r.getMessage() for r in caplog.records)
    state = store.feed_state(old)  # the row stays under the configured URL
    assert state.fetch_url == http_server.url("/new") and state.moved_at == NOW
    http_server.clear_log()
    again = one(fetch_feeds(config, store, NOW + timedelta(hours=1)))
    assert [r.path for r in http_server.requests] == ["/new"]  # straight to the new address
    assert http_server.requests[0].headers["if-none-match"] == '"v1"'
    assert again.url == old and again.moved_to is None
    # articles keep the configured URL as their feed, so ids do not change with the move
    assert {a.feed_url for a in store.articles_seen_between(NOW - timedelta(1), NOW)} == {old}


@pytest.mark.parametrize("status", [302, 307])
def test_temporary_redirect_keeps_the_url(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store, status: int
) -> None:
    http_server.redirect("/here", "/there", status=status)
    http_server.script("/there", Scripted(body=rss("tmp")))
    config = write_config(tmp_path, [{"url": http_server.url("/here")}])
    report = one(fetch_feeds(config, store, NOW))
    assert report.new_articles == 3 and report.moved_to is None
    assert store.feed_state(http_server.url("/here")).fetch_url is None
    http_server.clear_log()
    one(fetch_feeds(config, store, NOW + timedelta(hours=1)))
    assert [r.path for r in http_server.requests] == ["/here", "/there"]


def test_gone_disables_the_feed_until_enabled(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    http_server.script("/gone", Scripted(status=410))
    url = http_server.url("/gone")
    config = write_config(tmp_path, [{"url": url, "name": "Gone"}])
    report = one(fetch_feeds(config, store, NOW))
    assert report.disabled and report.label == "disabled" and "410" in (report.error or "")
    state = store.feed_state(url)
    assert state.disabled and "410" in (state.disabled_reason or "")
    http_server.clear_log()
    for days in (1, 30):
        later = one(fetch_feeds(config, store, NOW + timedelta(days=days)))
        assert later.disabled and later.status is FeedOutcome.FAILED
    assert http_server.requests == []
    assert store.set_feed_enabled(url, True)
    http_server.script("/gone", Scripted(body=rss("back")))
    assert one(fetch_feeds(config, store, NOW + timedelta(days=31))).new_articles == 3


# -- concurrency and parsing -------------------------------------------------------------------


def test_at_most_two_requests_per_host(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    feeds = []
    for i in range(8):
        http_server.script(f"/slow{i}", Scripted(body=rss(f"s{i}"), delay=0.15))
        feeds.append({"url": http_server.url(f"/slow{i}")})
    config = write_config(tmp_path, feeds, per_host=2, max_concurrent=16)
    reports = fetch_feeds(config, store, NOW)
    assert [r.status for r in reports] == [FeedOutcome.NEW] * 8
    assert http_server.max_active_requests == 2


def test_many_changed_feeds_are_parsed_in_a_process_pool(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    used: list[bool] = []
    original_close = ParseQueue.close

    def close(self: ParseQueue) -> None:
        used.append(self.pool_used)
        original_close(self)

    monkeypatch.setattr(ParseQueue, "close", close)
    feeds = []
    for i in range(12):
        http_server.script(f"/f{i}", Scripted(body=rss(f"p{i}", 4)))
        feeds.append({"url": http_server.url(f"/f{i}")})
    config = write_config(tmp_path, feeds)
    reports = fetch_feeds(config, store, NOW, parse_workers=2)
    assert used == [True]
    assert [r.new_articles for r in reports] == [4] * 12
    assert store.count_articles() == 48


def test_the_pool_parses_exactly_as_the_thread_does() -> None:
    bodies = [(p, p.read_bytes()) for p in sorted(FEEDS.glob("*.xml"))[:12]]
    pooled = ParseQueue(NOW, workers=2, pool_after=0)
    threaded = ParseQueue(NOW, workers=1)
    try:
        results = []
        for queue in (pooled, threaded):
            futures = [
                (queue.submit(FeedSource(str(p), p.stem), body), p, body) for p, body in bodies
            ]
            results.append(
                [queue.result(f, FeedSource(str(p), p.stem), body) for f, p, body in futures]
            )
        assert pooled.pool_used and not threaded.pool_used
        assert results[0] == results[1]
        first, body = bodies[0]
        assert results[0][0] == parse_feed(body, FeedSource(str(first), first.stem), NOW)
    finally:
        pooled.close()
        threaded.close()


def test_submitting_a_parse_does_not_wait_for_it() -> None:
    big = rss("big", 3000)  # about 0.3 s of parsing
    queue = ParseQueue(NOW, workers=1)
    try:
        started = time.perf_counter()
        future = queue.submit(FeedSource("u", "big"), big)
        handed_over = time.perf_counter() - started
        assert len(queue.result(future, FeedSource("u", "big"), big).articles) == 3000
        parsed = time.perf_counter() - started
        assert handed_over < parsed / 5
    finally:
        queue.close()


def test_the_same_address_twice_is_fetched_once(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    http_server.script("/twice", Scripted(body=rss("tw")))
    url = http_server.url("/twice")
    config = write_config(tmp_path, [{"url": url, "name": "One"}, {"url": url, "name": "Two"}])
    reports = fetch_feeds(config, store, NOW)
    assert len(http_server.requests) == 1
    assert reports[0].new_articles == 3


def test_pipeline_re_exports_the_reader() -> None:
    assert fetch_feeds is reader.fetch_feeds
    assert FeedReport is reader.FeedReport
    assert feed_source is reader.feed_source
    assert fill_full_text is reader.fill_full_text
