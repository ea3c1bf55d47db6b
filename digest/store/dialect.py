"""What differs between the two backends, in one place the areas and migrations can import.

`DbConnection`/`DbCursor` are the part of a DB-API connection the areas use (sqlite3's and the
PostgreSQL wrapper's both fit); `is_sqlite(conn)` lets a module-level helper pick its SQL;
`Dialects` is a migration step written once per backend (schema.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


class DbCursor(Protocol):
    """What the areas use of a cursor (sqlite3.Cursor and psycopg's Cursor both are one)."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class DbConnection(Protocol):
    """What the areas use of a connection: `execute` and `executemany` with `?` placeholders."""

    def execute(self, sql: str, parameters: Any = ..., /) -> DbCursor: ...

    def executemany(self, sql: str, parameters: Any, /) -> DbCursor: ...


def is_sqlite(conn: object) -> bool:
    """Which backend a connection handed to a module-level helper belongs to."""
    return isinstance(conn, sqlite3.Connection)


def row_id(conn: object) -> str:
    """The column that names a physical row, for migrations over tables without a key:
    SQLite's `rowid`, PostgreSQL's `ctid` (stable inside the migration's transaction)."""
    return "rowid" if is_sqlite(conn) else "ctid"


Step = str | Callable[[Any], None]


@dataclass(frozen=True)
class Dialects:
    """A migration step written once per backend, where portable SQL cannot say it."""

    sqlite: Step
    postgresql: Step

    def pick(self, dialect: str) -> Step:
        return self.sqlite if dialect == SQLITE else self.postgresql
