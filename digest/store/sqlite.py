"""The only module that speaks SQL.

SQLite by default (one file, WAL). The SQL is kept portable (no SQLite-only functions in queries,
ISO-8601 UTC text for times) so a PostgreSQL adapter can stand in later. The schema has an integer
version and a list of migrations; `Store.open` brings any older file up to date.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from digest.model.codec import issue_from_dict, issue_to_dict, link_from_dict, link_to_dict
from digest.model.types import (
    Article,
    Delivery,
    DeliveryStatus,
    Issue,
    Subscriber,
    SubscriberStatus,
)

# Each entry brings the schema from version i to i+1. Never edit a released entry: append.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        etag TEXT,
        last_modified TEXT,
        body_hash TEXT,
        last_attempt TEXT,
        last_success TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        failing_since TEXT,
        last_error TEXT,
        next_try TEXT,
        disabled INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        feed_url TEXT NOT NULL,
        source TEXT NOT NULL,
        section TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT NOT NULL,
        published TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        text TEXT NOT NULL,
        guid TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        is_teaser INTEGER NOT NULL DEFAULT 0,
        related TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX articles_feed_guid ON articles (feed_url, guid);
    CREATE INDEX articles_feed_url ON articles (feed_url, url);
    CREATE INDEX articles_hash ON articles (content_hash);
    CREATE INDEX articles_first_seen ON articles (first_seen);
    CREATE TABLE issues (
        id TEXT PRIMARY KEY,
        schedule TEXT NOT NULL,
        period TEXT NOT NULL,
        status TEXT NOT NULL,
        subject TEXT NOT NULL,
        window_start TEXT NOT NULL,
        window_end TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        body TEXT NOT NULL,
        UNIQUE (schedule, period)
    );
    CREATE TABLE issue_items (
        issue_id TEXT NOT NULL REFERENCES issues (id),
        position INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        section TEXT NOT NULL,
        PRIMARY KEY (issue_id, position)
    );
    CREATE TABLE subscribers (
        email TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        sections TEXT,
        format TEXT NOT NULL DEFAULT 'html',
        timezone TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        key TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE deliveries (
        issue_id TEXT NOT NULL,
        email TEXT NOT NULL,
        status TEXT NOT NULL,
        message_id TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_try TEXT,
        claimed_by TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (issue_id, email)
    );
    CREATE INDEX deliveries_status ON deliveries (issue_id, status);
    CREATE TABLE meta (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: delivery retry window start, claim/retry indexes (no sort per claim), suppression list.
    """
    ALTER TABLE deliveries ADD COLUMN first_attempt TEXT;
    CREATE INDEX deliveries_queue ON deliveries (issue_id, status, email);
    CREATE INDEX deliveries_retry ON deliveries (issue_id, status, next_try);
    CREATE TABLE suppressions (
        email TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """,
    # 3: feed politeness (digest/reader.py). fetch_url: where a 301/308 moved the feed, NULL
    # while it is at its configured URL (the row stays keyed by the configured URL). ttl: the
    # feed's own <ttl> in seconds. wait_reason: why next_try is set (backoff, retry-after,
    # max-age, ttl). disabled_reason: why the feed is no longer fetched (HTTP 410).
    """
    ALTER TABLE feeds ADD COLUMN fetch_url TEXT;
    ALTER TABLE feeds ADD COLUMN moved_at TEXT;
    ALTER TABLE feeds ADD COLUMN ttl REAL;
    ALTER TABLE feeds ADD COLUMN wait_reason TEXT;
    ALTER TABLE feeds ADD COLUMN disabled_reason TEXT;
    """,
    # 4: the story's picture (digest.images): an http(s) URL ('' when none) and its declared
    # width in px (NULL when the feed gave none).
    """
    ALTER TABLE articles ADD COLUMN image TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN image_width INTEGER;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="microseconds") if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _process_start(pid: int) -> str:
    """The kernel's start time of a process (Linux), so a reused pid is not taken for the owner."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return ""


def worker_id() -> str:
    """Who holds a claimed delivery: host, pid and the pid's start time (`host:pid[:start]`),
    so a dead owner can be recognised even when its pid has been reused."""
    start = _process_start(os.getpid())
    return f"{socket.gethostname()}:{os.getpid()}" + (f":{start}" if start else "")


# Owners (a send run's id) that are running in this process right now; see `_owner_alive`.
LIVE_RUNS: set[str] = set()


def _owner_alive(owner: str | None) -> bool:
    """Is the worker that claimed a row still there? `owner` is `host:pid[:start[:run]]`."""
    if not owner:
        return False
    parts = owner.split(":")
    host, pid = parts[0], parts[1] if len(parts) > 1 else ""
    if host != socket.gethostname():
        return True  # another machine's worker: trusted until its claim goes stale
    try:
        os.kill(int(pid), 0)
    except (ProcessLookupError, ValueError):
        return False
    except PermissionError:
        return True
    if len(parts) > 2 and parts[2] and parts[2] != _process_start(int(pid)):
        return False  # the pid now belongs to another process
    if len(parts) > 3 and int(pid) == os.getpid():
        return owner in LIVE_RUNS  # an earlier run in this very process that ended
    return True


_WRITE_LOCKS: dict[str, threading.Lock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()


def _write_lock(path: str) -> threading.Lock:
    """One lock per database file in this process: threads queue here instead of in SQLite's
    busy handler, which sleeps in whole milliseconds."""
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(path, threading.Lock())


@dataclass(frozen=True)
class DeliveryFinish:
    """How one claimed delivery ended (see `Store.finish_delivery`)."""

    email: str
    status: DeliveryStatus
    now: datetime
    message_id: str = ""
    error: str | None = None
    next_try: datetime | None = None
    owner: str | None = None


@dataclass(frozen=True)
class Claim:
    """A delivery this worker now holds (`sending`), with what the send needs to know."""

    delivery: Delivery
    subscriber: Subscriber | None  # None when the address is no longer a subscriber
    suppressed: str | None  # the suppression list's reason, when the address is on it
    first_attempt: datetime  # when the first attempt began: the retry window starts here


@dataclass(frozen=True)
class FeedState:
    """What the store remembers about one feed between fetches (keyed by its configured URL)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_success: datetime | None = None
    failures: int = 0  # consecutive failures; 0 after any success
    failing_since: datetime | None = None  # first failure of the current run of failures
    last_error: str | None = None
    next_try: datetime | None = None  # not fetched before this (see wait_reason)
    disabled: bool = False
    last_attempt: datetime | None = None
    fetch_url: str | None = None  # where a permanent redirect (301/308) moved it
    moved_at: datetime | None = None
    ttl: float | None = None  # the feed's <ttl>, seconds
    wait_reason: str | None = None  # backoff | retry-after | max-age | ttl
    disabled_reason: str | None = None

    @property
    def current_url(self) -> str:
        """The URL to request: the configured one, or where it moved permanently."""
        return self.fetch_url or self.url


@dataclass(frozen=True)
class FeedUpdate:
    """One feed's fetch outcome to record; `ok` false is a failure (counted, backed off)."""

    url: str  # the configured URL (the row's key)
    name: str
    at: datetime
    ok: bool
    etag: str | None = None  # validators and body hash to keep (ok only)
    last_modified: str | None = None
    body_hash: str | None = None
    error: str | None = None  # failure only
    next_try: datetime | None = None
    wait_reason: str | None = None
    ttl: float | None = None  # ok only; None keeps the stored value
    fetch_url: str | None = None  # a permanent redirect's target; None keeps the stored value
    disable: bool = False
    disabled_reason: str | None = None


_FEED_UPDATE_OK = (
    "UPDATE feeds SET name = ?, etag = ?, last_modified = ?, body_hash = ?, last_attempt = ?,"
    " last_success = ?, failures = 0, failing_since = NULL, last_error = NULL, next_try = ?,"
    " wait_reason = ?, ttl = COALESCE(?, ttl), fetch_url = COALESCE(?, fetch_url),"
    " moved_at = CASE WHEN ? IS NULL THEN moved_at ELSE ? END WHERE url = ?"
)
_FEED_UPDATE_FAILED = (
    "UPDATE feeds SET name = ?, last_attempt = ?, failures = failures + 1,"
    " failing_since = COALESCE(failing_since, ?), last_error = ?, next_try = ?, wait_reason = ?,"
    " disabled = ?, disabled_reason = ? WHERE url = ?"
)


@dataclass(frozen=True)
class IssueRecord:
    """An issue as stored, with its period key and delivery state."""

    issue: Issue
    period: str
    status: str
    sent_at: datetime | None


class Store:
    """A connection per thread to one SQLite file."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._migrate()

    @classmethod
    def open(cls, url: str) -> Store:
        if url.startswith("sqlite:///"):
            url = url.removeprefix("sqlite:///")
        elif "://" in url:
            raise ValueError(f"store {url!r}: only SQLite paths are supported in this version")
        return cls(url)

    # -- connections and transactions ------------------------------------------------------

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self, immediate: bool = False) -> Iterator[sqlite3.Connection]:
        """One transaction; IMMEDIATE takes the write lock up front so claims never collide."""
        conn = self.db
        conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _migrate(self) -> None:
        with self.transaction(immediate=True) as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = conn.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if version > SCHEMA_VERSION:
                raise RuntimeError(
                    f"{self.path}: schema version {version} is newer than this digest "
                    f"({SCHEMA_VERSION}); upgrade digest"
                )
            for script in MIGRATIONS[version:]:
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
            if row is None:
                conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
            else:
                conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))

    def schema_version(self) -> int:
        return self.db.execute("SELECT version FROM schema_version").fetchone()[0]

    # -- feeds -----------------------------------------------------------------------------

    def feed_state(self, url: str) -> FeedState:
        row = self.db.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        return FeedState(url=url) if row is None else self._feed_state(row)

    def feed_states(self) -> list[FeedState]:
        """Every feed the store has a row for, by URL (one query)."""
        return [
            self._feed_state(row) for row in self.db.execute("SELECT * FROM feeds ORDER BY url")
        ]

    def feed_states_for(self, urls: Iterable[str]) -> dict[str, FeedState]:
        """The state of each URL (a blank state for one never fetched), in one query."""
        wanted = list(dict.fromkeys(urls))
        known = {state.url: state for state in self.feed_states()} if wanted else {}
        return {url: known.get(url) or FeedState(url=url) for url in wanted}

    @staticmethod
    def _feed_state(row: sqlite3.Row) -> FeedState:
        return FeedState(
            url=row["url"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            body_hash=row["body_hash"],
            last_success=_dt(row["last_success"]),
            failures=row["failures"],
            failing_since=_dt(row["failing_since"]),
            last_error=row["last_error"],
            next_try=_dt(row["next_try"]),
            disabled=bool(row["disabled"]),
            last_attempt=_dt(row["last_attempt"]),
            fetch_url=row["fetch_url"],
            moved_at=_dt(row["moved_at"]),
            ttl=row["ttl"],
            wait_reason=row["wait_reason"],
            disabled_reason=row["disabled_reason"],
        )

    def record_feed_updates(self, updates: Iterable[FeedUpdate]) -> None:
        """Record many fetch outcomes in one transaction (a 64-feed run is one commit)."""
        with self.transaction() as conn:
            for u in updates:
                conn.execute(
                    "INSERT INTO feeds (url, name) VALUES (?, ?) ON CONFLICT (url) DO NOTHING",
                    (u.url, u.name),
                )
                if u.ok:
                    moved = _iso(u.at) if u.fetch_url else None
                    conn.execute(
                        _FEED_UPDATE_OK,
                        (
                            u.name,
                            u.etag,
                            u.last_modified,
                            u.body_hash,
                            _iso(u.at),
                            _iso(u.at),
                            _iso(u.next_try),
                            u.wait_reason,
                            u.ttl,
                            u.fetch_url,
                            moved,
                            moved,
                            u.url,
                        ),
                    )
                else:
                    conn.execute(
                        _FEED_UPDATE_FAILED,
                        (
                            u.name,
                            _iso(u.at),
                            _iso(u.at),
                            u.error,
                            _iso(u.next_try),
                            u.wait_reason,
                            int(u.disable),
                            u.disabled_reason,
                            u.url,
                        ),
                    )

    def record_feed_success(
        self,
        url: str,
        name: str,
        now: datetime,
        *,
        etag: str | None,
        last_modified: str | None,
        body_hash: str | None,
        next_try: datetime | None = None,
        wait_reason: str | None = None,
        ttl: float | None = None,
        fetch_url: str | None = None,
    ) -> None:
        self.record_feed_updates(
            [
                FeedUpdate(
                    url,
                    name,
                    now,
                    ok=True,
                    etag=etag,
                    last_modified=last_modified,
                    body_hash=body_hash,
                    next_try=next_try,
                    wait_reason=wait_reason,
                    ttl=ttl,
                    fetch_url=fetch_url,
                )
            ]
        )

    def record_feed_failure(
        self,
        url: str,
        name: str,
        now: datetime,
        error: str,
        *,
        next_try: datetime | None = None,
        disable: bool = False,
        wait_reason: str | None = None,
        disabled_reason: str | None = None,
    ) -> None:
        self.record_feed_updates(
            [
                FeedUpdate(
                    url,
                    name,
                    now,
                    ok=False,
                    error=error,
                    next_try=next_try,
                    wait_reason=wait_reason,
                    disable=disable,
                    disabled_reason=disabled_reason,
                )
            ]
        )

    def set_feed_enabled(self, url: str, enabled: bool, reason: str | None = None) -> bool:
        """Re-enable a disabled feed (clearing its backoff) or disable one by hand."""
        with self.transaction() as conn:
            if enabled:
                cursor = conn.execute(
                    "UPDATE feeds SET disabled = 0, disabled_reason = NULL, failures = 0,"
                    " failing_since = NULL, next_try = NULL, wait_reason = NULL WHERE url = ?",
                    (url,),
                )
            else:
                conn.execute(
                    "INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING", (url,)
                )
                cursor = conn.execute(
                    "UPDATE feeds SET disabled = 1, disabled_reason = ? WHERE url = ?",
                    (reason or "disabled by hand", url),
                )
            return cursor.rowcount > 0

    def rename_feed(self, old_url: str, new_url: str) -> None:
        """Move a feed's state to another configured URL (articles keep their feed_url)."""
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM feeds WHERE url = ?", (new_url,)).fetchone():
                return
            conn.execute("UPDATE feeds SET url = ? WHERE url = ?", (new_url, old_url))

    # -- articles --------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article], now: datetime) -> list[Article]:
        """Store articles not seen before; return those that were new.

        Dedupe order: the same id (feed + guid), then the same link in the same feed, then the
        same content anywhere (a feed that changes guids every fetch).
        """
        added: list[Article] = []
        with self.transaction() as conn:
            for article in articles:
                if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                    continue
                if (
                    article.url
                    and conn.execute(
                        "SELECT 1 FROM articles WHERE feed_url = ? AND url = ?",
                        (article.feed_url, article.url),
                    ).fetchone()
                ):
                    continue
                if conn.execute(
                    "SELECT 1 FROM articles WHERE content_hash = ?", (article.content_hash,)
                ).fetchone():
                    continue
                conn.execute(
                    "INSERT INTO articles (id, feed_url, source, section, title, url, published,"
                    " first_seen, text, guid, content_hash, is_teaser, related, image, image_width)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        article.feed_url,
                        article.source,
                        article.section,
                        article.title,
                        article.url,
                        _iso(article.published),
                        _iso(now),
                        article.text,
                        article.guid,
                        article.content_hash,
                        int(article.is_teaser),
                        json.dumps([link_to_dict(link) for link in article.related]),
                        article.image,
                        article.image_width,
                    ),
                )
                added.append(article)
        return added

    def update_article_text(self, article: Article) -> None:
        """Keep what the article page added: full text, related links, a picture (og:image)."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE articles SET text = ?, is_teaser = ?, related = ?, image = ?,"
                " image_width = ? WHERE id = ?",
                (
                    article.text,
                    int(article.is_teaser),
                    json.dumps([link_to_dict(link) for link in article.related]),
                    article.image,
                    article.image_width,
                    article.id,
                ),
            )

    def articles_seen_between(self, start: datetime, end: datetime) -> list[Article]:
        """Articles first stored in (start, end]: an issue's window."""
        rows = self.db.execute(
            "SELECT * FROM articles WHERE first_seen > ? AND first_seen <= ?"
            " ORDER BY published DESC, id",
            (_iso(start), _iso(end)),
        )
        return [self._article(row) for row in rows]

    def count_articles(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        return Article(
            id=row["id"],
            feed_url=row["feed_url"],
            source=row["source"],
            section=row["section"],
            title=row["title"],
            url=row["url"],
            published=datetime.fromisoformat(row["published"]),
            text=row["text"],
            guid=row["guid"],
            content_hash=row["content_hash"],
            is_teaser=bool(row["is_teaser"]),
            related=tuple(link_from_dict(link) for link in json.loads(row["related"])),
            image=row["image"],
            image_width=row["image_width"],
        )

    # -- issues ----------------------------------------------------------------------------

    def save_issue(self, issue: Issue, period: str) -> IssueRecord:
        """Insert the issue unless one exists for (schedule, period); return the stored one."""
        with self.transaction(immediate=True) as conn:
            existing = conn.execute(
                "SELECT id FROM issues WHERE schedule = ? AND period = ?", (issue.schedule, period)
            ).fetchone()
            if existing is None:
                conn.execute(
                    "INSERT INTO issues (id, schedule, period, status, subject, window_start,"
                    " window_end, created_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        issue.id,
                        issue.schedule,
                        period,
                        issue.status,
                        issue.subject,
                        _iso(issue.window_start),
                        _iso(issue.window_end),
                        _iso(issue.created_at),
                        json.dumps(issue_to_dict(issue)),
                    ),
                )
                position = 0
                for section in issue.sections:
                    for item in section.items:
                        conn.execute(
                            "INSERT INTO issue_items VALUES (?, ?, ?, ?)",
                            (issue.id, position, item.article_id, section.name),
                        )
                        position += 1
        record = self.issue_for_period(issue.schedule, period)
        assert record is not None
        return record

    def update_issue(self, issue: Issue) -> None:
        """Save an edited pending issue (editor changes) in place."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE issues SET subject = ?, status = ?, body = ? WHERE id = ?",
                (issue.subject, issue.status, json.dumps(issue_to_dict(issue)), issue.id),
            )

    def set_issue_status(self, issue_id: str, status: str, now: datetime | None = None) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE issues SET status = ?, sent_at = COALESCE(?, sent_at) WHERE id = ?",
                (status, _iso(now) if status == "sent" else None, issue_id),
            )

    def _issue_record(self, row: sqlite3.Row | None) -> IssueRecord | None:
        if row is None:
            return None
        issue = issue_from_dict(json.loads(row["body"]))
        issue = Issue(**{**issue.__dict__, "status": row["status"], "subject": row["subject"]})
        return IssueRecord(
            issue=issue, period=row["period"], status=row["status"], sent_at=_dt(row["sent_at"])
        )

    def issue(self, issue_id: str) -> IssueRecord | None:
        return self._issue_record(
            self.db.execute("SELECT * FROM issues WHERE id = ?", (issue_id,)).fetchone()
        )

    def issue_for_period(self, schedule: str, period: str) -> IssueRecord | None:
        return self._issue_record(
            self.db.execute(
                "SELECT * FROM issues WHERE schedule = ? AND period = ?", (schedule, period)
            ).fetchone()
        )

    def latest_issue(self, schedule: str) -> IssueRecord | None:
        return self._issue_record(
            self.db.execute(
                "SELECT * FROM issues WHERE schedule = ? ORDER BY window_end DESC, created_at DESC"
                " LIMIT 1",
                (schedule,),
            ).fetchone()
        )

    def recent_issues(self, limit: int = 10) -> list[IssueRecord]:
        rows = self.db.execute(
            "SELECT * FROM issues ORDER BY created_at DESC LIMIT ?", (limit,)
        ).fetchall()
        return [record for row in rows if (record := self._issue_record(row))]

    def unfinished_issues(self) -> list[IssueRecord]:
        rows = self.db.execute(
            "SELECT * FROM issues WHERE status IN ('sending', 'approved') ORDER BY created_at"
        ).fetchall()
        return [record for row in rows if (record := self._issue_record(row))]

    # -- subscribers -----------------------------------------------------------------------

    def sync_subscribers(
        self, subscribers: Iterable[Subscriber], now: datetime, origin: str = "file"
    ) -> int:
        """Add or update subscribers from files; never re-subscribe anyone who left or bounced.

        The store is the truth for status: a file may take someone out (a row whose status is
        unsubscribed, bounced or complained, e.g. exported from another tool) but never bring
        anyone back. Returns how many new addresses were added.
        """
        added = 0
        with self._writing() as conn:
            for sub in subscribers:
                sections = json.dumps(list(sub.sections)) if sub.sections is not None else None
                status = SubscriberStatus(sub.status).value
                cursor = conn.execute(
                    "INSERT INTO subscribers (email, name, sections, format, timezone, status, key,"
                    " origin, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING",
                    (
                        sub.email,
                        sub.name,
                        sections,
                        sub.format,
                        sub.timezone,
                        status,
                        secrets.token_urlsafe(12),
                        origin,
                        _iso(now),
                        _iso(now),
                    ),
                )
                if cursor.rowcount:
                    added += 1
                    continue
                # A subscriber's own choice on the preferences page wins over the files.
                conn.execute(
                    "UPDATE subscribers SET name = ?,"
                    " sections = CASE WHEN origin = 'preferences' THEN sections ELSE ? END,"
                    " format = CASE WHEN origin = 'preferences' THEN format ELSE ? END,"
                    " timezone = ?,"
                    " status = CASE WHEN ? <> 'active' AND status = 'active' THEN ?"
                    " ELSE status END,"
                    " updated_at = ? WHERE email = ?",
                    (
                        sub.name,
                        sections,
                        sub.format,
                        sub.timezone,
                        status,
                        status,
                        _iso(now),
                        sub.email,
                    ),
                )
        return added

    def count_subscribers(self, status: SubscriberStatus | None = None) -> int:
        if status is None:
            return self.db.execute("SELECT COUNT(*) FROM subscribers").fetchone()[0]
        return self.db.execute(
            "SELECT COUNT(*) FROM subscribers WHERE status = ?", (SubscriberStatus(status).value,)
        ).fetchone()[0]

    # The suppression list: addresses never mailed whatever their subscriber status, checked
    # at send time. Keys are case-folded so "Ann@Example.org" and "ann@example.org" match.

    def suppress(self, email: str, reason: str, now: datetime) -> bool:
        """Put an address on the suppression list; False when it was already there."""
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO suppressions (email, reason, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT (email) DO NOTHING",
                (email.casefold(), reason, _iso(now)),
            )
            return cursor.rowcount > 0

    def unsuppress(self, email: str, now: datetime) -> bool:
        """Take an address off the list; a subscriber who had bounced becomes active again
        (ops fixed the mailbox). Unsubscribed and complained stay: that was the person's word."""
        with self._writing() as conn:
            removed = conn.execute(
                "DELETE FROM suppressions WHERE email = ?", (email.casefold(),)
            ).rowcount
            conn.execute(
                "UPDATE subscribers SET status = 'active', updated_at = ?"
                " WHERE lower(email) = ? AND status = 'bounced'",
                (_iso(now), email.casefold()),
            )
            return removed > 0

    def suppression(self, email: str) -> str | None:
        row = self.db.execute(
            "SELECT reason FROM suppressions WHERE email = ?", (email.casefold(),)
        ).fetchone()
        return row[0] if row else None

    def iter_suppressions(self) -> Iterator[tuple[str, str, datetime]]:
        """(address, reason, since), in address order."""
        for row in self.db.execute("SELECT * FROM suppressions ORDER BY email"):
            yield row["email"], row["reason"], datetime.fromisoformat(row["created_at"])

    def set_subscriber_status(self, email: str, status: SubscriberStatus, now: datetime) -> bool:
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE subscribers SET status = ?, updated_at = ? WHERE email = ?",
                (SubscriberStatus(status).value, _iso(now), email),
            )
            return cursor.rowcount > 0

    def subscriber(self, email: str) -> Subscriber | None:
        row = self.db.execute("SELECT * FROM subscribers WHERE email = ?", (email,)).fetchone()
        return self._subscriber(row) if row else None

    def iter_subscribers(self, status: SubscriberStatus | None = None) -> Iterator[Subscriber]:
        """Stream subscribers in address order, never loading the whole list."""
        last = ""
        while True:
            query = "SELECT * FROM subscribers WHERE email > ?"
            params: list[object] = [last]
            if status is not None:
                query += " AND status = ?"
                params.append(SubscriberStatus(status).value)
            rows = self.db.execute(query + " ORDER BY email LIMIT 1000", params).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._subscriber(row)
            last = rows[-1]["email"]

    @staticmethod
    def _subscriber(row: sqlite3.Row) -> Subscriber:
        return Subscriber(
            email=row["email"],
            name=row["name"],
            sections=tuple(json.loads(row["sections"])) if row["sections"] else None,
            format=row["format"],
            timezone=row["timezone"],
            status=SubscriberStatus(row["status"]),
            key=row["key"],
        )

    def subscriber_by_key(self, key: str) -> Subscriber | None:
        row = self.db.execute("SELECT * FROM subscribers WHERE key = ?", (key,)).fetchone()
        return self._subscriber(row) if row else None

    def remove_subscriber(self, email: str) -> bool:
        with self.transaction() as conn:
            return conn.execute("DELETE FROM subscribers WHERE email = ?", (email,)).rowcount > 0

    # -- meta ------------------------------------------------------------------------------

    def secret(self, name: str = "token_secret") -> str:
        """A random secret made once and kept in the store (used when no env secret is set)."""
        with self.transaction(immediate=True) as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
            if row:
                return row[0]
            value = secrets.token_urlsafe(32)
            conn.execute("INSERT INTO meta (name, value) VALUES (?, ?)", (name, value))
            return value

    # -- deliveries ------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the database's write lock up front (BEGIN IMMEDIATE),
        with this process's threads queued on a lock rather than in SQLite's busy handler."""
        with _write_lock(self.path), self.transaction(immediate=True) as conn:
            yield conn

    def queue_deliveries(self, issue_id: str, emails: Iterable[str], now: datetime) -> int:
        """One `queued` row per recipient; existing rows (any status) are left alone."""
        queued = 0
        with self._writing() as conn:
            for email in emails:
                cursor = conn.execute(
                    "INSERT INTO deliveries (issue_id, email, status, updated_at)"
                    " VALUES (?, ?, 'queued', ?) ON CONFLICT (issue_id, email) DO NOTHING",
                    (issue_id, email, _iso(now)),
                )
                queued += cursor.rowcount
        return queued

    def claim_delivery(self, issue_id: str, now: datetime) -> Delivery | None:
        """Atomically move one due delivery to `sending` for this process (see claim_deliveries)."""
        claims = self.claim_deliveries(issue_id, now, limit=1)
        return claims[0].delivery if claims else None

    def claim_deliveries(
        self,
        issue_id: str,
        now: datetime,
        *,
        limit: int = 1,
        owner: str | None = None,
        stale_after: timedelta = timedelta(hours=1),
    ) -> list[Claim]:
        """Atomically move up to `limit` due deliveries to `sending` for `owner`.

        Due, in this order: `sending` rows left by a worker that is gone (its message may have
        gone out; it is sent again with the same Message-ID, so at most one repeat per
        connection that was open when it died); `queued` rows; `deferred` rows whose retry time
        has come. One IMMEDIATE transaction, so two senders never claim the same row. Another
        machine's claim is trusted until it is `stale_after` old.
        """
        me = owner or worker_id()
        chosen: list[str] = []
        with self._writing() as conn:
            alive: dict[str, bool] = {}
            stale = _iso(now - stale_after)
            for row in conn.execute(
                "SELECT email, claimed_by, updated_at FROM deliveries"
                " WHERE issue_id = ? AND status = 'sending' ORDER BY email",
                (issue_id,),
            ).fetchall():
                holder = row["claimed_by"] or ""
                if holder == me or len(chosen) >= limit:
                    continue
                if holder not in alive:
                    alive[holder] = _owner_alive(holder)
                foreign = holder.split(":")[0] != socket.gethostname()
                if alive[holder] and not (foreign and row["updated_at"] < stale):
                    continue
                chosen.append(row["email"])
            if len(chosen) < limit:
                chosen += [
                    row[0]
                    for row in conn.execute(
                        "SELECT email FROM deliveries WHERE issue_id = ? AND status = 'queued'"
                        " ORDER BY email LIMIT ?",
                        (issue_id, limit - len(chosen)),
                    )
                ]
            if len(chosen) < limit:
                chosen += [
                    row[0]
                    for row in conn.execute(
                        "SELECT email FROM deliveries WHERE issue_id = ? AND status = 'deferred'"
                        " AND (next_try IS NULL OR next_try <= ?) ORDER BY next_try LIMIT ?",
                        (issue_id, _iso(now), limit - len(chosen)),
                    )
                ]
            if not chosen:
                return []
            conn.executemany(
                "UPDATE deliveries SET status = 'sending', claimed_by = ?, attempts = attempts + 1,"
                " first_attempt = COALESCE(first_attempt, ?), updated_at = ?"
                " WHERE issue_id = ? AND email = ?",
                [(me, _iso(now), _iso(now), issue_id, email) for email in chosen],
            )
            marks = ", ".join("?" * len(chosen))
            rows = conn.execute(
                "SELECT d.email AS d_email, d.message_id AS d_message_id, d.attempts AS d_attempts,"
                " d.first_attempt AS d_first_attempt, sup.reason AS sup_reason, s.*"
                " FROM deliveries d LEFT JOIN subscribers s ON s.email = d.email"
                " LEFT JOIN suppressions sup ON sup.email = lower(d.email)"
                f" WHERE d.issue_id = ? AND d.email IN ({marks})",
                (issue_id, *chosen),
            ).fetchall()
        by_email = {row["d_email"]: row for row in rows}
        return [
            Claim(
                delivery=Delivery(
                    issue_id=issue_id,
                    email=email,
                    status=DeliveryStatus.SENDING,
                    message_id=by_email[email]["d_message_id"],
                    attempts=by_email[email]["d_attempts"],
                ),
                subscriber=self._subscriber(by_email[email]) if by_email[email]["key"] else None,
                suppressed=by_email[email]["sup_reason"],
                first_attempt=_dt(by_email[email]["d_first_attempt"]) or now,
            )
            for email in chosen
        ]

    def release_deliveries(
        self, issue_id: str, emails: Iterable[str], now: datetime, *, owner: str | None = None
    ) -> int:
        """Give back claimed rows that were never attempted (a stop between messages)."""
        me = owner or worker_id()
        with self._writing() as conn:
            return sum(
                conn.execute(
                    "UPDATE deliveries SET status = 'queued', claimed_by = NULL,"
                    " attempts = MAX(attempts - 1, 0), updated_at = ?"
                    " WHERE issue_id = ? AND email = ? AND status = 'sending' AND claimed_by = ?",
                    (_iso(now), issue_id, email, me),
                ).rowcount
                for email in emails
            )

    def finish_delivery(
        self,
        issue_id: str,
        email: str,
        status: DeliveryStatus,
        now: datetime,
        *,
        message_id: str = "",
        error: str | None = None,
        next_try: datetime | None = None,
        owner: str | None = None,
    ) -> bool:
        """Record how a claimed delivery ended. With `owner`, only while that owner holds it."""
        finish = DeliveryFinish(email, status, now, message_id, error, next_try, owner)
        return self.finish_deliveries(issue_id, [finish])[0]

    def finish_deliveries(self, issue_id: str, finishes: Iterable[DeliveryFinish]) -> list[bool]:
        """Several `finish_delivery` calls in one transaction: parallel workers share a commit
        (each commit rewrites the same few index pages, so one for several rows is cheaper)."""
        base = (
            "UPDATE deliveries SET status = ?, message_id = COALESCE(NULLIF(?, ''),"
            " message_id), last_error = ?, next_try = ?, claimed_by = NULL, updated_at = ?"
            " WHERE issue_id = ? AND email = ?"
        )
        owned = base + " AND claimed_by = ?"
        with self._writing() as conn:
            done = []
            for f in finishes:
                params: tuple[object, ...] = (
                    DeliveryStatus(f.status).value,
                    f.message_id,
                    f.error,
                    _iso(f.next_try),
                    _iso(f.now),
                    issue_id,
                    f.email,
                )
                if f.owner is None:
                    done.append(conn.execute(base, params).rowcount > 0)
                else:
                    done.append(conn.execute(owned, (*params, f.owner)).rowcount > 0)
            return done

    def record_bounce(
        self,
        issue_id: str,
        email: str,
        now: datetime,
        *,
        error: str,
        message_id: str = "",
        owner: str | None = None,
    ) -> None:
        """A bad mailbox (5.1.x), in one transaction: the delivery failed, the subscriber is
        `bounced`, and the address goes on the suppression list."""
        with self._writing() as conn:
            conn.execute(
                "UPDATE deliveries SET status = 'failed', message_id = COALESCE(NULLIF(?, ''),"
                " message_id), last_error = ?, next_try = NULL, claimed_by = NULL, updated_at = ?"
                " WHERE issue_id = ? AND email = ?"
                + (" AND claimed_by = ?" if owner is not None else ""),
                (message_id, f"bounced: {error}", _iso(now), issue_id, email)
                + ((owner,) if owner is not None else ()),
            )
            conn.execute(
                "UPDATE subscribers SET status = 'bounced', updated_at = ? WHERE email = ?",
                (_iso(now), email),
            )
            conn.execute(
                "INSERT INTO suppressions (email, reason, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT (email) DO NOTHING",
                (email.casefold(), f"bounced: {error}", _iso(now)),
            )

    def next_retry(self, issue_id: str) -> datetime | None:
        """When the earliest deferred delivery of an issue is due again."""
        row = self.db.execute(
            "SELECT MIN(next_try) FROM deliveries WHERE issue_id = ? AND status = 'deferred'",
            (issue_id,),
        ).fetchone()
        return _dt(row[0]) if row else None

    def delivery(self, issue_id: str, email: str) -> Delivery | None:
        row = self.db.execute(
            "SELECT * FROM deliveries WHERE issue_id = ? AND email = ?", (issue_id, email)
        ).fetchone()
        if row is None:
            return None
        return Delivery(
            issue_id=row["issue_id"],
            email=row["email"],
            status=DeliveryStatus(row["status"]),
            message_id=row["message_id"],
            attempts=row["attempts"],
            error=row["last_error"],
        )

    def delivery_counts(self, issue_id: str) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT status, COUNT(*) FROM deliveries WHERE issue_id = ? GROUP BY status",
            (issue_id,),
        )
        return {row[0]: row[1] for row in rows}

    # -- web --------------------------------------------------------------------------------
    # Editors' working state and subscriber preferences (digest/web.py). Kept in `meta` under
    # "web:" names so no migration is needed; values are JSON.

    def web_state(self, name: str) -> object:
        """A JSON value the web app saved under `name`, or None."""
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (f"web:{name}",)).fetchone()
        return json.loads(row[0]) if row else None

    def save_web_state(self, name: str, value: object) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (f"web:{name}", json.dumps(value, ensure_ascii=False)),
            )

    def append_web_state(self, name: str, entry: object, keep: int = 50) -> None:
        """Add to a JSON list under `name` atomically (the last `keep` entries stay)."""
        with self.transaction(immediate=True) as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = ?", (f"web:{name}",)).fetchone()
            entries = [*(json.loads(row[0]) if row else []), entry][-keep:]
            conn.execute(
                "INSERT INTO meta (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (f"web:{name}", json.dumps(entries, ensure_ascii=False)),
            )

    def sent_issues(self, limit: int = 50, offset: int = 0) -> list[IssueRecord]:
        """Issues that went out, newest first: the public archive."""
        rows = self.db.execute(
            "SELECT * FROM issues WHERE status = 'sent' ORDER BY sent_at DESC, id LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [record for row in rows if (record := self._issue_record(row))]

    def set_subscriber_preferences(
        self, email: str, sections: tuple[str, ...] | None, format: str, now: datetime
    ) -> bool:
        """A subscriber's own choice of sections (None = all) and format."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE subscribers SET sections = ?, format = ?, origin = 'preferences',"
                " updated_at = ? WHERE email = ?",
                (
                    json.dumps(list(sections)) if sections is not None else None,
                    format,
                    _iso(now),
                    email,
                ),
            )
            return cursor.rowcount > 0

    # -- scheduler --------------------------------------------------------------------------
    # `digest run` bookkeeping (digest/scheduler.py): per job, how far its fire times have been
    # handled, and a capped log of run events (missed runs, skips, alerts) for `digest status`.
    # Kept in `meta` under "scheduler:" names, so no migration is needed; values are JSON.

    def schedule_mark(self, job: str) -> tuple[str, datetime] | None:
        """(signature, checked_until) of a runner job: its fires up to then are accounted for."""
        row = self.db.execute(
            "SELECT value FROM meta WHERE name = ?", (f"scheduler:mark:{job}",)
        ).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return data["signature"], datetime.fromisoformat(data["checked_until"])

    def set_schedule_mark(self, job: str, signature: str, checked_until: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (
                    f"scheduler:mark:{job}",
                    json.dumps({"signature": signature, "checked_until": _iso(checked_until)}),
                ),
            )

    def schedule_marks(self) -> dict[str, tuple[str, datetime]]:
        rows = self.db.execute(
            "SELECT name, value FROM meta WHERE name LIKE 'scheduler:mark:%'"
        ).fetchall()
        marks = {}
        for name, value in rows:
            data = json.loads(value)
            marks[name.removeprefix("scheduler:mark:")] = (
                data["signature"],
                datetime.fromisoformat(data["checked_until"]),
            )
        return marks

    def add_run_event(
        self, event: dict[str, object], *, dedupe: str | None = None, keep: int = 500
    ) -> bool:
        """Append a JSON event (the last `keep` stay); False if `dedupe` was recorded before."""
        with self.transaction(immediate=True) as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = 'scheduler:events'").fetchone()
            events = json.loads(row[0]) if row else []
            if dedupe is not None and any(e.get("dedupe") == dedupe for e in events):
                return False
            events = [*events, {**event, "dedupe": dedupe}][-keep:]
            conn.execute(
                "INSERT INTO meta (name, value) VALUES ('scheduler:events', ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (json.dumps(events, ensure_ascii=False, default=str),),
            )
            return True

    def run_events(self) -> list[dict[str, object]]:
        """Recorded run events, oldest first."""
        row = self.db.execute("SELECT value FROM meta WHERE name = 'scheduler:events'").fetchone()
        return json.loads(row[0]) if row else []

    def has_run_event(self, dedupe: str) -> bool:
        return any(e.get("dedupe") == dedupe for e in self.run_events())

    def subscriber_timezones(self) -> set[str | None]:
        """The distinct `timezone` values of active subscribers (None = not set)."""
        rows = self.db.execute(
            "SELECT DISTINCT timezone FROM subscribers WHERE status = 'active'"
        ).fetchall()
        return {row[0] for row in rows}

    def deliveries_due(self, issue_id: str, now: datetime) -> bool:
        """Is anything of this issue waiting to be sent: queued, in flight, or a retry now due?"""
        row = self.db.execute(
            "SELECT 1 FROM deliveries WHERE issue_id = ? AND (status IN ('queued', 'sending')"
            " OR (status = 'deferred' AND (next_try IS NULL OR next_try <= ?))) LIMIT 1",
            (issue_id, _iso(now)),
        ).fetchone()
        return row is not None
