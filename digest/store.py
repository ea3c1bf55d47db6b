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
from datetime import UTC, datetime
from pathlib import Path

from digest.codec import issue_from_dict, issue_to_dict, link_from_dict, link_to_dict
from digest.types import Article, Delivery, DeliveryStatus, Issue, Subscriber, SubscriberStatus

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
]
SCHEMA_VERSION = len(MIGRATIONS)


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="microseconds") if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def worker_id() -> str:
    """Who holds a claimed delivery: host and pid, so a dead owner can be recognised."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _owner_alive(owner: str | None) -> bool:
    if not owner:
        return False
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname():
        return True  # another machine's worker: trust it
    try:
        os.kill(int(pid), 0)
    except (ProcessLookupError, ValueError):
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class FeedState:
    """What the store remembers about one feed between fetches."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_success: datetime | None = None
    failures: int = 0
    failing_since: datetime | None = None
    last_error: str | None = None
    next_try: datetime | None = None
    disabled: bool = False


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
        if row is None:
            return FeedState(url=url)
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
        )

    def feed_states(self) -> list[FeedState]:
        urls = [row[0] for row in self.db.execute("SELECT url FROM feeds ORDER BY url")]
        return [self.feed_state(url) for url in urls]

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
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO feeds (url, name) VALUES (?, ?) ON CONFLICT (url) DO NOTHING",
                (url, name),
            )
            conn.execute(
                "UPDATE feeds SET name = ?, etag = ?, last_modified = ?, body_hash = ?,"
                " last_attempt = ?, last_success = ?, failures = 0, failing_since = NULL,"
                " last_error = NULL, next_try = ? WHERE url = ?",
                (name, etag, last_modified, body_hash, _iso(now), _iso(now), _iso(next_try), url),
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
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO feeds (url, name) VALUES (?, ?) ON CONFLICT (url) DO NOTHING",
                (url, name),
            )
            conn.execute(
                "UPDATE feeds SET name = ?, last_attempt = ?, failures = failures + 1,"
                " failing_since = COALESCE(failing_since, ?), last_error = ?, next_try = ?,"
                " disabled = ? WHERE url = ?",
                (name, _iso(now), _iso(now), error, _iso(next_try), int(disable), url),
            )

    def rename_feed(self, old_url: str, new_url: str) -> None:
        """A permanent redirect moved the feed: keep its state and articles under the new URL."""
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
                    " first_seen, text, guid, content_hash, is_teaser, related)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    ),
                )
                added.append(article)
        return added

    def update_article_text(self, article: Article) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE articles SET text = ?, is_teaser = ?, related = ? WHERE id = ?",
                (
                    article.text,
                    int(article.is_teaser),
                    json.dumps([link_to_dict(link) for link in article.related]),
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

        Returns how many new addresses were added.
        """
        added = 0
        with self.transaction() as conn:
            for sub in subscribers:
                sections = json.dumps(list(sub.sections)) if sub.sections is not None else None
                cursor = conn.execute(
                    "INSERT INTO subscribers (email, name, sections, format, timezone, status, key,"
                    " origin, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING",
                    (
                        sub.email,
                        sub.name,
                        sections,
                        sub.format,
                        sub.timezone,
                        secrets.token_urlsafe(12),
                        origin,
                        _iso(now),
                        _iso(now),
                    ),
                )
                if cursor.rowcount:
                    added += 1
                else:
                    conn.execute(
                        "UPDATE subscribers SET name = ?, sections = ?, format = ?, timezone = ?,"
                        " updated_at = ? WHERE email = ?",
                        (sub.name, sections, sub.format, sub.timezone, _iso(now), sub.email),
                    )
        return added

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

    def queue_deliveries(self, issue_id: str, emails: Iterable[str], now: datetime) -> int:
        """One `queued` row per recipient; existing rows (any status) are left alone."""
        queued = 0
        with self.transaction() as conn:
            for email in emails:
                cursor = conn.execute(
                    "INSERT INTO deliveries (issue_id, email, status, updated_at)"
                    " VALUES (?, ?, 'queued', ?) ON CONFLICT (issue_id, email) DO NOTHING",
                    (issue_id, email, _iso(now)),
                )
                queued += cursor.rowcount
        return queued

    def claim_delivery(self, issue_id: str, now: datetime) -> Delivery | None:
        """Atomically move one due delivery to `sending` for this process.

        Due: queued; deferred whose retry time has come; or `sending` left by a process that
        died (its message may have gone out: it is sent again with the same Message-ID).
        """
        me = worker_id()
        with self.transaction(immediate=True) as conn:
            rows = conn.execute(
                "SELECT * FROM deliveries WHERE issue_id = ? AND (status = 'queued'"
                " OR (status = 'deferred' AND (next_try IS NULL OR next_try <= ?))"
                " OR status = 'sending') ORDER BY status = 'sending' DESC, email LIMIT 50",
                (issue_id, _iso(now)),
            ).fetchall()
            for row in rows:
                if row["status"] == "sending" and (
                    row["claimed_by"] == me or _owner_alive(row["claimed_by"])
                ):
                    continue
                conn.execute(
                    "UPDATE deliveries SET status = 'sending', claimed_by = ?, attempts ="
                    " attempts + 1, updated_at = ? WHERE issue_id = ? AND email = ?",
                    (me, _iso(now), issue_id, row["email"]),
                )
                return Delivery(
                    issue_id=issue_id,
                    email=row["email"],
                    status=DeliveryStatus.SENDING,
                    message_id=row["message_id"],
                    attempts=row["attempts"] + 1,
                )
        return None

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
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE deliveries SET status = ?, message_id = COALESCE(NULLIF(?, ''),"
                " message_id), last_error = ?, next_try = ?, claimed_by = NULL, updated_at = ?"
                " WHERE issue_id = ? AND email = ?",
                (
                    DeliveryStatus(status).value,
                    message_id,
                    error,
                    _iso(next_try),
                    _iso(now),
                    issue_id,
                    email,
                ),
            )

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
