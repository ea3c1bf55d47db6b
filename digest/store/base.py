"""SQLite connections, transactions and migrations: what every area of the store stands on.

SQLite by default (one file, WAL). The SQL is kept portable (no SQLite-only functions in queries,
ISO-8601 UTC text for times) so a PostgreSQL backend can implement the same protocols. The schema
has an integer version and a list of migrations (`schema.py`); opening brings any older file up to
date.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from digest.store.files import create_private
from digest.store.schema import MIGRATIONS, SCHEMA_VERSION


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="microseconds") if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


_WRITE_LOCKS: dict[str, threading.Lock] = {}


_WRITE_LOCKS_GUARD = threading.Lock()


def _write_lock(path: str) -> threading.Lock:
    """One lock per database file in this process: threads queue here instead of in SQLite's
    busy handler, which sleeps in whole milliseconds."""
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(path, threading.Lock())


class SqliteBase:
    """A connection per thread to one SQLite file."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            create_private(self.path)  # before SQLite makes it 0644; -wal/-shm follow its mode
        self._local = threading.local()
        self._migrate()

    @classmethod
    def open(cls, url: str) -> Self:
        if url.startswith("sqlite:///"):
            url = url.removeprefix("sqlite:///")
        elif "://" in url:
            raise ValueError(f"store {url!r}: only SQLite paths are supported in this version")
        return cls(url)

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
                if callable(script):
                    script(conn)
                    continue
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
            if row is None:
                conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
            else:
                conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))

    def schema_version(self) -> int:
        return self.db.execute("SELECT version FROM schema_version").fetchone()[0]

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the database's write lock up front (BEGIN IMMEDIATE),
        with this process's threads queued on a lock rather than in SQLite's busy handler."""
        with _write_lock(self.path), self.transaction(immediate=True) as conn:
            yield conn
