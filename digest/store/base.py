"""Connections, transactions and migrations: what every area of the store stands on.

Two backends behind one set of area mixins (issue 16). SQLite is the default (one file, WAL);
PostgreSQL (`postgresql://USER@HOST[:PORT]/DBNAME`, store/postgres.py) is for a list that
outgrows one machine. The areas write their SQL once, portably: `?` placeholders (translated for
psycopg), rows read by name or by index (sqlite3.Row; a tuple subclass on PostgreSQL), ISO-8601
UTC text for times (sorts as it compares), upserts with `ON CONFLICT`, `RETURNING`. Where a
backend needs other SQL (FTS5 against a terms table; `BEGIN IMMEDIATE` against row locks and
`SKIP LOCKED`) both versions sit side by side in the area module, chosen by `self.dialect`.

The seam is small:
- `db`: a connection for a read (SQLite: this thread's; PostgreSQL: the transaction's if this
  thread is in one, else a pooled connection for that one statement).
- `transaction(immediate)`: SQLite `BEGIN [IMMEDIATE]`; PostgreSQL `BEGIN`, and for
  `immediate` a transaction-scoped advisory lock that serialises such transactions across every
  process on every machine, as SQLite's write lock does (read-then-write code stays correct).
- `_writing()`: the same, with this process's threads queued on a lock first (SQLite).
- `_claiming()`: a write transaction for the delivery hot path: on PostgreSQL no global lock at
  all (row locks and `SKIP LOCKED` keep senders apart), on SQLite the same as `_writing()`.

The schema has an integer version and one list of migrations (`schema.py`), the same numbers on
both backends; opening brings an older store up to date.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, Self, TypeVar

from digest.store.dialect import POSTGRESQL, SQLITE, DbConnection, DbCursor, Dialects, is_sqlite
from digest.store.files import create_private
from digest.store.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from digest.store.postgres import PgDatabase

DEFAULT_LEASE = timedelta(minutes=2)  # delivery.lease: a claim without heartbeat this long is free


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="microseconds") if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


T = TypeVar("T")
P = ParamSpec("P")


def retry_lost(method: Callable[P, T]) -> Callable[P, T]:
    """Decorate a store method whose whole call may be re-run (its effect is the same twice):
    on PostgreSQL it rides out a lost connection (a restart, a failover: `PgDatabase.patiently`);
    on SQLite it runs once."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        database = getattr(args[0], "_pg", None)
        if database is None:
            return method(*args, **kwargs)
        return database.patiently(lambda: method(*args, **kwargs))

    return wrapper


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


_WRITE_LOCKS: dict[str, threading.Lock] = {}


_WRITE_LOCKS_GUARD = threading.Lock()


def _write_lock(path: str) -> threading.Lock:
    """One lock per database in this process: threads queue here instead of in SQLite's
    busy handler, which sleeps in whole milliseconds."""
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(path, threading.Lock())


class StoreBase:
    """A store over one SQLite file (a connection per thread) or one PostgreSQL database (a
    connection pool)."""

    def __init__(self, target: str | os.PathLike[str], *, lease: timedelta = DEFAULT_LEASE):
        self.lease = lease
        self._local = threading.local()
        self._pg: PgDatabase | None = None
        target = str(target)
        if is_postgres_url(target):
            from digest.store.postgres import PgDatabase

            self.dialect = POSTGRESQL
            self._pg = PgDatabase(target)
            self.path = self._pg.display_url
            if self._pg.version_at_open == SCHEMA_VERSION:
                return  # nothing to migrate: no lock taken (PgDatabase._schema_version)
            try:
                with self._pg.one_line_errors():  # e.g. no right to create the tables
                    self._migrate()
            except BaseException:  # nobody gets this store: its pool must not linger
                self._pg.close()
                raise
            return
        else:
            self.dialect = SQLITE
            self.path = target.removeprefix("sqlite:///")
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                create_private(self.path)  # before SQLite makes it 0644; -wal/-shm follow
        self._migrate()

    @classmethod
    def open(cls, url: str, *, lease: timedelta = DEFAULT_LEASE) -> Self:
        """`path`, `sqlite:///path`, `postgresql://USER@HOST[:PORT]/DBNAME` or `postgres://…`."""
        if "://" in url and not url.startswith("sqlite:///") and not is_postgres_url(url):
            raise ValueError(
                f"store {url!r}: write a file path, sqlite:///PATH or"
                " postgresql://USER@HOST[:PORT]/DBNAME"
            )
        return cls(url, lease=lease)

    @property
    def db(self) -> DbConnection:
        if self._pg is not None:
            return self._pg.reader()
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.create_function("epoch_now", 0, time.time)  # lease times (store/leases.py)
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self, immediate: bool = False) -> Iterator[DbConnection]:
        """One transaction; `immediate` serialises it with every other such transaction (SQLite:
        the write lock up front; PostgreSQL: an advisory lock), so read-then-write is safe."""
        if self._pg is not None:
            with self._pg.transaction(serialise=immediate) as pg_conn:
                yield pg_conn
            return
        conn = self.db
        conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def release_thread(self) -> None:
        """This thread is done with the store (a send worker that ends). SQLite: its connection
        is closed now; a connection sits in a reference cycle with its statement cache, so
        otherwise only a garbage collection closes it (and the last one to close removes the
        -wal and -shm files). PostgreSQL: nothing, the pool lends per transaction."""
        if self._pg is None:
            self._close_own_connection()  # not `close`: the store (its runs) goes on

    @property
    def pool_closed(self) -> bool:
        """PostgreSQL: this store's pool is closed for good (SQLite: never; each thread's
        connection opens on demand)."""
        return self._pg is not None and self._pg.closed

    def close(self) -> None:
        if self._pg is not None:
            self._pg.close()
            return
        self._close_own_connection()

    def _close_own_connection(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _migrate(self) -> None:
        with self.transaction(immediate=True) as conn:
            if self._pg is not None:
                self._pg.lock_for_migration(conn)
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = conn.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if version > SCHEMA_VERSION:
                raise RuntimeError(
                    f"{self.path}: schema version {version} is newer than this digest "
                    f"({SCHEMA_VERSION}); upgrade digest"
                )
            for entry in MIGRATIONS[version:]:
                step = entry.pick(self.dialect) if isinstance(entry, Dialects) else entry
                if callable(step):
                    step(conn)
                    continue
                if self._pg is not None:
                    step = self._pg.translate_ddl(step)
                for statement in step.split(";"):
                    if statement.strip():
                        conn.execute(statement)
            if row is None:
                conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
            else:
                conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))

    def schema_version(self) -> int:
        return int(self.db.execute("SELECT version FROM schema_version").fetchone()[0])

    @contextmanager
    def _writing(self) -> Iterator[DbConnection]:
        """A write transaction serialised with every other writer (SQLite: BEGIN IMMEDIATE, this
        process's threads queued on a lock rather than in SQLite's busy handler; PostgreSQL: the
        advisory lock of `transaction(immediate=True)`)."""
        if self._pg is not None:
            with self.transaction(immediate=True) as conn:
                yield conn
            return
        with _write_lock(self.path), self.transaction(immediate=True) as conn:
            yield conn

    @contextmanager
    def _claiming(self) -> Iterator[DbConnection]:
        """A write transaction for work shared between senders and runners: on PostgreSQL
        without the global lock (the statements lock their rows, `SKIP LOCKED`), so any number
        of processes claim and finish at once; on SQLite as `_writing()`."""
        if self._pg is not None:
            with self.transaction() as conn:
                yield conn
            return
        with self._writing() as conn:
            yield conn


__all__ = [
    "DEFAULT_LEASE",
    "POSTGRESQL",
    "SQLITE",
    "DbConnection",
    "DbCursor",
    "SqliteBase",
    "StoreBase",
    "is_postgres_url",
    "is_sqlite",
    "retry_lost",
]

# The areas' base; the name from before the PostgreSQL backend, kept for the area modules.
SqliteBase = StoreBase
