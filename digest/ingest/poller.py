"""Feeds in, articles stored: a reader that is polite to the sites it polls and fast.

    fetch_feeds(config, store, now):
        states = store.feed_states_for(configured URLs)                   # one query
        skip feeds not due: disabled (410), backing off, Retry-After, and (scheduled runs) the
             interval the server asked for (Cache-Control max-age, the feed's <ttl>)
        fetch_all(due feeds, conditional GET, ≤ per_host per host, ≤ max_concurrent)   # fetch.py
            as each result arrives (quick, on the fetching thread):
                failure -> backoff with jitter (or Retry-After); 410 disables the feed
                304 / same bytes -> unchanged
                changed bytes -> ParseQueue: a thread, then a process pool sized to the cores
        per feed in config order: store new articles, then one transaction for every feed state
        301/308 -> fetch the new address from now on (logged); 302/307 -> nothing kept
        teasers -> article pages -> extract_page (fill_full_text)
            a host that keeps failing (no address, refused, timed out) is skipped for the rest
            of the run and reported in one line; a name that did not resolve is not looked up
            again in the run (breaker.py)

`digest fetch` (scheduled=False) is a person asking for the feeds now: it skips disabled feeds and
those the server or our backoff told to wait, but not those merely inside their max-age/<ttl>.
The scheduler's runs (scheduled=True) honour that interval as well.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import os
import queue
import random
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import BrokenExecutor, Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

from digest.config import Config, FeedConfig
from digest.ingest.breaker import NegativeCache
from digest.ingest.http import FetchPolicy, FetchRequest, fetch_all
from digest.ingest.pages import fill_full_text
from digest.ingest.pages import page_breaker as page_breaker  # (moved there: re-exported)
from digest.ingest.pages import page_image as page_image
from digest.model.records import FeedState, FeedUpdate
from digest.model.types import Article, FeedOutcome, FeedSource, FetchResult
from digest.text.redact import mask_credentials, mask_data

if TYPE_CHECKING:  # the pool's modules (multiprocessing) are loaded when a pool is made
    from concurrent.futures import ProcessPoolExecutor

    from digest.ingest.parse import ParsedFeed

log = logging.getLogger("digest")

BACKOFF_BASE = timedelta(minutes=15)
BACKOFF_CAP = timedelta(days=1)
RETRY_AFTER_CAP = timedelta(days=7)  # a server asking for longer is asked again after a week
HINT_CAP = timedelta(days=1)  # max-age / <ttl> beyond a day still means one poll a day
POOL_AFTER = 4  # changed feeds parsed on a thread before a process pool is worth its fork
PARSE_TIMEOUT = 120.0  # seconds to wait for one pooled parse before doing it here
# Entries stored per feed per run, the newest first. Real feeds carry 10–100; a feed of 5,000
# copies of one story made 5,000 "also covered by" links and cost 7 s and 709 MB to group.
MAX_ITEMS_PER_FEED = 200

WAIT_BACKOFF = "backoff"
WAIT_RETRY_AFTER = "retry-after"
WAIT_MAX_AGE = "max-age"
WAIT_TTL = "ttl"
HARD_WAITS = (WAIT_BACKOFF, WAIT_RETRY_AFTER)  # honoured by every fetch, by hand or scheduled


class FeedLedger(Protocol):
    """What polling needs from the store: feed state in, outcomes and new articles out."""

    def feed_states_for(self, urls: Iterable[str]) -> dict[str, FeedState]: ...

    def record_feed_updates(self, updates: Iterable[FeedUpdate]) -> None: ...

    def add_article_batches(
        self, batches: Sequence[Sequence[Article]], now: datetime
    ) -> list[list[Article]]: ...

    def update_article_text(self, article: Article) -> None: ...

    def claim_feeds(
        self,
        urls: Iterable[str],
        now: datetime,
        *,
        holder: str | None = None,
        fresh_within: timedelta | None = None,
    ) -> set[str]: ...


@dataclass(frozen=True)
class FeedReport:
    """One row of the `digest fetch` table."""

    url: str
    name: str
    status: FeedOutcome
    new_articles: int = 0
    error: str | None = None
    notes: tuple[str, ...] = ()
    failing: bool = False  # failing for longer than fetch.failing_after (one failure is not)
    not_due: str | None = None  # why it was not fetched this run ("not due until ...")
    moved_to: str | None = None  # a 301/308 moved it here this run
    disabled: bool = False
    next_try: datetime | None = None

    @property
    def label(self) -> str:
        """The status word for a person: new, unchanged, not due, failed, failing, disabled."""
        if self.disabled:
            return "disabled"
        if self.failing:
            return "failing"
        if self.not_due:
            return "not due"
        return self.status.value

    @property
    def detail(self) -> str:
        """The rest of the table row."""
        if self.status is FeedOutcome.NEW:
            text = f"{self.new_articles} new"
            moved = f"; moved to {mask_credentials(self.moved_to)}" if self.moved_to else ""
            return text + moved
        if self.error:
            return mask_credentials(self.error)
        return self.not_due or (
            f"moved to {mask_credentials(self.moved_to)}" if self.moved_to else ""
        )

    def as_json(self) -> dict[str, object]:
        """The report for --json, a URL's user:password masked (digest/text/redact.py)."""
        return mask_data(self._fields())

    def _fields(self) -> dict[str, object]:
        return {
            "url": self.url,
            "name": self.name,
            "status": self.status.value,
            "new_articles": self.new_articles,
            "error": self.error,
            "failing": self.failing,
            "not_due": self.not_due,
            "moved_to": self.moved_to,
            "disabled": self.disabled,
            "next_try": self.next_try.isoformat() if self.next_try else None,
            "notes": list(self.notes),
        }


# -- config -> fetch inputs ---------------------------------------------------------------------


def fetch_policy(config: Config) -> FetchPolicy:
    f = config.fetch
    return FetchPolicy(
        connect_timeout=f.connect_timeout,
        read_timeout=f.read_timeout,
        deadline=f.deadline,
        max_bytes=f.max_bytes,
        per_host=f.per_host,
        max_concurrent=f.max_concurrent,
        allow_networks=tuple(f.allow_networks),
    )


def feed_source(config: Config, feed: FeedConfig) -> FeedSource:
    if feed.is_file:
        url = str(config.feed_path(feed))
    else:
        url = feed.url
    name = feed.name or (urlsplit(feed.url).hostname or Path(url).stem)
    return FeedSource(url=url, name=name, section=feed.section, is_file=feed.is_file)


def respects_server_interval(config: Config) -> bool:
    """fetch.respect_server_interval (default true): honour max-age/<ttl> between polls.

    Read with getattr so this module works before and after config.py grows the key.
    """
    return bool(getattr(config.fetch, "respect_server_interval", True))


# -- politeness: pure decisions ---------------------------------------------------------------


def _backoff(failures: int, now: datetime, rng: random.Random) -> datetime:
    """Exponential backoff with jitter (15 min · 2^failures, capped at a day, × 0.5–1)."""
    base = min(BACKOFF_BASE * (2 ** min(failures, 12)), BACKOFF_CAP)
    return now + base * (0.5 + rng.random() / 2)


def retry_time(
    failures: int, retry_after: float | None, now: datetime, rng: random.Random
) -> tuple[datetime, str]:
    """When a feed that just failed is tried again, and why: our backoff, or the server's
    Retry-After (429/503, RFC 9110 10.2.3) when that is later."""
    backoff = _backoff(failures, now, rng)
    if retry_after is not None:
        asked = now + min(timedelta(seconds=max(retry_after, 0.0)), RETRY_AFTER_CAP)
        if asked >= backoff:
            return asked, WAIT_RETRY_AFTER
    return backoff, WAIT_BACKOFF


def next_poll(
    now: datetime, *, max_age: float | None, ttl: float | None, respect: bool = True
) -> tuple[datetime | None, str | None]:
    """The earliest next poll after a success: the longer of Cache-Control max-age (RFC 9111)
    and the feed's <ttl>, capped at a day; (None, None) when neither asks for a wait."""
    if not respect:
        return None, None
    hints = [(s, r) for s, r in ((max_age, WAIT_MAX_AGE), (ttl, WAIT_TTL)) if s and s > 0]
    if not hints:
        return None, None
    seconds, reason = max(hints)
    return now + min(timedelta(seconds=seconds), HINT_CAP), reason


def not_due(state: FeedState, now: datetime, *, scheduled: bool) -> str | None:
    """None when the feed is to be fetched now; else why not, for the report."""
    if state.disabled:
        return f"disabled: {state.disabled_reason or state.last_error or 'by hand'}"
    if state.next_try is None or state.next_try <= now:
        return None
    hard = state.failures > 0 or state.wait_reason in HARD_WAITS
    if not (hard or scheduled):
        return None
    why = state.wait_reason or WAIT_BACKOFF
    if state.failures:
        why += f" after {state.failures} failure{'s' if state.failures > 1 else ''}"
    return f"not due until {_when(state.next_try)} ({why})"


def failing_for(
    failing_since: datetime | None, now: datetime, failing_after: timedelta
) -> timedelta | None:
    """How long a feed has been failing, when that is at least `failing_after`."""
    if failing_since is None or now - failing_since < failing_after:
        return None
    return now - failing_since


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC")


def _age(span: timedelta) -> str:
    hours = span.total_seconds() / 3600
    return f"{hours / 24:.0f} d" if hours >= 48 else f"{hours:.0f} h"


# -- parsing off the fetching thread ----------------------------------------------------------

_PARSERS = "digest.ingest.parse"  # feedparser, lxml and the article extractor with it
_preloading: list[threading.Thread] = []


def preload_parsers() -> None:
    """Import the feed parsers on a thread (once): ~70 ms of CPU nothing needs before the first
    feed arrives, here overlapping the store's disk syncs and the downloads (`digest fetch`)."""
    if _PARSERS in sys.modules or _preloading:
        return
    thread = threading.Thread(
        target=importlib.import_module, args=(_PARSERS,), name="import-parsers", daemon=True
    )
    _preloading.append(thread)
    thread.start()


def idle_cores() -> int:
    """The cores a parse pool could use: all of them, less what other work keeps busy (the
    1-minute load average, our own run counted as one). On a shared machine whose cores are
    taken a pool only adds its overhead, so this comes out as 1 (no pool) there."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        return cores
    return max(1, min(cores, round(cores - load + 1)))


def _fork_available() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _fork_pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


class ParseQueue:
    """Parses changed feed bodies while fetching goes on.

    `submit` only queues the body and returns a future, so the fetch dispatcher never waits
    for a parse. One coordinator thread takes the queue: it parses the first `pool_after`
    bodies itself; after that, when more than one core is idle, it forks a process pool sized
    to the idle cores (`idle_cores`) and hands the rest over (feedparser and lxml hold the GIL,
    so more threads would not parse in parallel). Forked workers inherit the imported modules
    instead of importing them again (a spawned worker would spend longer importing than
    parsing).

    Forking a process that has threads is safe here because of who forks and when: the
    coordinator is the only thread of the run that uses lxml/libxml2, and it forks between
    two parses, so no parser lock is held at that moment; the fetch threads hold only sockets
    and Python locks the workers never touch. Should a worker hang or die anyway, its feed is
    parsed here after `PARSE_TIMEOUT` and the pool is not used again.
    """

    def __init__(self, now: datetime, *, workers: int | None = None, pool_after: int = POOL_AFTER):
        self._now = now
        self._workers = workers if workers is not None else idle_cores()
        self._pool_after = pool_after
        self._queue: queue.SimpleQueue[tuple[Future[ParsedFeed], FeedSource, bytes] | None] = (
            queue.SimpleQueue()
        )
        self._pool: ProcessPoolExecutor | None = None
        self._pool_failed = False
        self.pool_used = False
        self._thread = threading.Thread(target=self._run, name="parse", daemon=True)
        self._thread.start()

    def submit(self, source: FeedSource, body: bytes) -> Future[ParsedFeed]:
        future: Future[ParsedFeed] = Future()
        self._queue.put((future, source, body))
        return future

    def _run(self) -> None:
        try:  # here, not at import (preload_parsers)
            from digest.ingest.parse import parse_feed
        except ImportError as exc:  # a broken install: every parse fails with it, at once
            while (job := self._queue.get()) is not None:
                job[0].set_exception(exc)
            return
        count = 0
        while (job := self._queue.get()) is not None:
            future, source, body = job
            count += 1
            if (
                self._pool is None
                and not self._pool_failed
                and self._workers > 1
                and count > self._pool_after
                and _fork_available()
            ):
                self._pool = _fork_pool(self._workers)
                self.pool_used = True
            if self._pool is not None and not self._pool_failed:
                try:
                    pooled = self._pool.submit(parse_feed, body, source, self._now)
                except (BrokenExecutor, RuntimeError):  # BrokenProcessPool is one
                    self._pool_failed = True
                else:
                    pooled.add_done_callback(partial(_copy, into=future))
                    continue
            _settle(future, source, body, self._now)

    def result(self, future: Future[ParsedFeed], source: FeedSource, body: bytes) -> ParsedFeed:
        """The parse's outcome; a dead or hung worker means a parse here, never a lost feed."""
        try:
            return future.result(timeout=PARSE_TIMEOUT)
        except ImportError:  # the parsers cannot be loaded: the run fails, as at their import
            raise
        except (BrokenExecutor, FutureTimeout) as exc:  # BrokenProcessPool is one
            from digest.ingest.parse import parse_feed

            log.warning("parse worker failed on %s (%r); parsing it here", source.url, exc)
            self._pool_failed = True
            return parse_feed(body, source, self._now)
        except Exception as exc:  # parse_feed does not raise for bad input: this is a bug
            from digest.ingest.parse import ParsedFeed

            log.exception("parsing %s failed", source.url)
            return ParsedFeed("", (), error=f"parser failed: {type(exc).__name__}: {exc}")

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._pool is not None:
            if self._pool_failed:
                for process in list(getattr(self._pool, "_processes", {}).values()):
                    process.kill()  # a hung worker would otherwise keep shutdown waiting
            self._pool.shutdown(wait=True, cancel_futures=True)


def _settle(future: Future[ParsedFeed], source: FeedSource, body: bytes, now: datetime) -> None:
    from digest.ingest.parse import parse_feed

    try:
        future.set_result(parse_feed(body, source, now))
    except BaseException as exc:  # handed to the caller through the future
        future.set_exception(exc)


def _copy(done: Future[ParsedFeed], into: Future[ParsedFeed]) -> None:
    if done.cancelled():
        from concurrent.futures.process import BrokenProcessPool  # a pool exists: loaded

        into.set_exception(BrokenProcessPool("parse cancelled"))
    elif (exc := done.exception()) is not None:
        into.set_exception(exc)
    else:
        into.set_result(done.result())


# -- the run ----------------------------------------------------------------------------------


@dataclass
class _Pending:
    """One fetched feed on its way to a report."""

    source: FeedSource
    state: FeedState
    result: FetchResult
    body_hash: str | None = None
    parse: Future[ParsedFeed] | None = None
    report: FeedReport | None = None
    update: FeedUpdate | None = None
    articles: tuple[Article, ...] | None = None  # parsed, to be stored
    added: list[Article] = field(default_factory=list)  # articles stored for the first time


def fetch_feeds(
    config: Config,
    store: FeedLedger,
    now: datetime,
    *,
    progress: Callable[[FeedReport], None] | None = None,
    scheduled: bool = False,
    rng: random.Random | None = None,
    parse_workers: int | None = None,
) -> list[FeedReport]:
    """Fetch every configured feed that is due, store new articles, report one row per feed."""
    rng = rng or random.Random()
    sources = list({s.url: s for s in (feed_source(config, f) for f in config.feeds)}.values())
    feeds_by_url = {feed_source(config, f).url: f for f in config.feeds}
    states = store.feed_states_for(s.url for s in sources)
    respect = respects_server_interval(config)
    failing_after = config.fetch.failing_after

    reports: dict[str, FeedReport] = {}
    due: list[FeedSource] = []
    for source in sources:
        state = states[source.url]
        why = not_due(state, now, scheduled=scheduled)
        if why is None:
            due.append(source)
            continue
        reports[source.url] = _skipped_report(source, state, why, now, failing_after)
    # Runners sharing a store split the feeds: fetch only those no one else is fetching (and,
    # on a schedule, that no one fetched within this interval) — store/feeds.py claim_feeds.
    fresh = config.fetch.interval * 0.9 if scheduled else None
    claimed = store.claim_feeds([s.url for s in due], now, fresh_within=fresh)
    for source in [s for s in due if s.url not in claimed]:
        due.remove(source)
        why = "fetched by another runner" if scheduled else "being fetched by another process"
        reports[source.url] = FeedReport(
            source.url, source.name, FeedOutcome.UNCHANGED, not_due=why
        )

    requests: list[FetchRequest] = []
    by_request_url: dict[str, FeedSource] = {}
    for source in list(due):
        state = states[source.url]
        url = source.url if source.is_file else state.current_url
        if url in by_request_url:  # two entries that lead to one address: fetch it once
            due.remove(source)
            why = f"same address as {by_request_url[url].name}"
            reports[source.url] = FeedReport(
                source.url, source.name, FeedOutcome.UNCHANGED, not_due=why
            )
            continue
        by_request_url[url] = source
        requests.append(FetchRequest(url, state.etag, state.last_modified, source.is_file))
    pending: dict[str, _Pending] = {}
    parser = ParseQueue(now, workers=parse_workers)
    dns = NegativeCache()  # one per run: feeds and article pages share it

    def on_result(result: FetchResult) -> None:
        # On the fetching thread: decide quickly, hand any parsing to the queue.
        source = by_request_url[result.url]
        item = _Pending(source, states[source.url], result)
        pending[source.url] = item
        if result.error or result.not_modified or result.body is None:
            return
        item.body_hash = hashlib.sha256(result.body).hexdigest()
        if item.body_hash != item.state.body_hash:
            item.parse = parser.submit(source, result.body)

    try:
        fetch_all(requests, fetch_policy(config), on_result=on_result, dns=dns)
        updates: list[FeedUpdate] = []
        teasers: list[tuple[Article, FeedConfig]] = []
        items = [pending[source.url] for source in due]
        for item in items:
            _finish(item, now, rng, respect, failing_after, parser)
        _store_new(store, [item for item in items if item.articles is not None], now)
        for source, item in zip(due, items, strict=True):
            assert item.report is not None and item.update is not None
            reports[source.url] = item.report
            updates.append(item.update)
            if item.report.new_articles and item.parse is not None:
                feed = feeds_by_url[source.url]
                wants = config.fetch.full_text if feed.full_text is None else feed.full_text
                if wants:
                    teasers.extend((a, feed) for a in item.added if a.is_teaser and a.url)
            if progress:
                progress(item.report)
        store.record_feed_updates(updates)
    finally:
        parser.close()
    if teasers:
        fill_full_text(config, store, teasers, fetch_policy(config), dns=dns)
    return [reports[s.url] for s in sources]


def _skipped_report(
    source: FeedSource, state: FeedState, why: str, now: datetime, failing_after: timedelta
) -> FeedReport:
    """A feed not fetched this run: unchanged ("not due"), unless it is disabled or failing."""
    if state.disabled:
        return FeedReport(
            source.url, source.name, FeedOutcome.FAILED, error=why, disabled=True, not_due=why
        )
    span = failing_for(state.failing_since, now, failing_after) if state.failures else None
    if span is not None:
        error = (
            f"failing for {_age(span)} ({state.failures} failures in a row): {state.last_error};"
            f" {why}"
        )
        return FeedReport(
            source.url,
            source.name,
            FeedOutcome.FAILED,
            error=error,
            failing=True,
            not_due=why,
            next_try=state.next_try,
        )
    return FeedReport(
        source.url, source.name, FeedOutcome.UNCHANGED, not_due=why, next_try=state.next_try
    )


def _store_new(store: FeedLedger, items: list[_Pending], now: datetime) -> None:
    """Every parsed feed's articles in one call (store/articles.py); each feed's new ones."""
    if not items:
        return
    batches = store.add_article_batches([item.articles or () for item in items], now)
    for item, added in zip(items, batches, strict=True):
        assert item.report is not None
        item.added = added
        item.report = replace(item.report, new_articles=len(added))


def _finish(
    item: _Pending,
    now: datetime,
    rng: random.Random,
    respect: bool,
    failing_after: timedelta,
    parser: ParseQueue,
) -> None:
    """Turn one fetch (and its parse) into a report and a state update; the articles to store
    (`_store_new` counts the new ones into the report)."""
    source, state, result = item.source, item.state, item.result
    if result.error:
        _failed(item, result.error, now, rng, failing_after, retry_after=result.retry_after)
        return
    moved_to = None
    if result.permanent_redirect and result.final_url != result.url and not source.is_file:
        moved_to = result.final_url
        log.warning(
            "feed %s moved permanently (HTTP 301/308) from %s to %s; fetching the new address"
            " from now on (update config.yaml to make it permanent)",
            source.name,
            result.url,
            moved_to,
        )
    ttl = state.ttl
    if item.parse is not None:
        parsed = parser.result(item.parse, source, result.body or b"")
        if parsed.error:
            _failed(item, parsed.error, now, rng, failing_after, notes=parsed.notes)
            return
        ttl = parsed.ttl_minutes * 60.0 if parsed.ttl_minutes else None
        item.articles, notes = _newest(parsed.articles, parsed.notes)
        outcome = FeedOutcome.NEW
    else:
        outcome, notes = FeedOutcome.UNCHANGED, ()
    next_try, reason = next_poll(now, max_age=result.max_age, ttl=ttl, respect=respect)
    item.update = FeedUpdate(
        source.url,
        source.name,
        now,
        ok=True,
        etag=result.etag or (state.etag if result.not_modified else None),
        last_modified=result.last_modified
        or (state.last_modified if result.not_modified else None),
        body_hash=item.body_hash or state.body_hash,
        next_try=next_try,
        wait_reason=reason,
        ttl=ttl if item.parse is not None else None,
        fetch_url=moved_to,
    )
    item.report = FeedReport(
        source.url,
        source.name,
        outcome,
        notes=tuple(notes),
        moved_to=moved_to,
        next_try=next_try,
    )


def _newest(
    articles: tuple[Article, ...], notes: tuple[str, ...]
) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """At most MAX_ITEMS_PER_FEED articles, the newest, with a note when some were left out."""
    if len(articles) <= MAX_ITEMS_PER_FEED:
        return articles, notes
    kept = sorted(articles, key=lambda a: a.published, reverse=True)[:MAX_ITEMS_PER_FEED]
    note = f"{len(articles)} entries; only the newest {MAX_ITEMS_PER_FEED} are kept per run"
    return tuple(kept), (*notes, note)


def _failed(
    item: _Pending,
    error: str,
    now: datetime,
    rng: random.Random,
    failing_after: timedelta,
    *,
    retry_after: float | None = None,
    notes: tuple[str, ...] = (),
) -> None:
    source, state, result = item.source, item.state, item.result
    gone = result.status_code == 410
    next_try: datetime | None
    reason: str | None
    next_try, reason = retry_time(state.failures, retry_after, now, rng)
    disabled_reason = None
    if gone:
        disabled_reason = (
            f"HTTP 410 Gone on {_when(now)}: the feed was removed; take it out of config.yaml"
            " or re-enable it with `digest feeds enable URL`"
        )
        error = "HTTP 410 Gone: feed disabled (the site says it was removed for good)"
        log.warning("feed %s (%s) answered 410 Gone: disabled", source.name, result.url)
        next_try, reason = None, None
    if state.fetch_url and not source.is_file:
        error += f" (at {state.fetch_url}, where a permanent redirect moved it)"
    span = failing_for(state.failing_since or now, now, failing_after)
    shown = error
    if span is not None and not gone:
        shown = f"failing for {_age(span)} ({state.failures + 1} failures in a row): {error}"
    item.update = FeedUpdate(
        source.url,
        source.name,
        now,
        ok=False,
        error=error,
        next_try=next_try,
        wait_reason=reason,
        disable=gone,
        disabled_reason=disabled_reason,
    )
    item.report = FeedReport(
        source.url,
        source.name,
        FeedOutcome.FAILED,
        error=shown,
        notes=notes,
        failing=span is not None and not gone,
        disabled=gone,
        next_try=next_try,
    )
