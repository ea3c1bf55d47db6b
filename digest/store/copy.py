"""`digest store copy FROM TO`: a whole store into an empty one, either backend to either.

Why: the way from one machine to several is `var/digest.sqlite3` → `postgresql://…` (and back,
for a test or a rollback). Both stores are opened at the same schema version (opening migrates),
every table both have is copied row for row, columns by name, parents before children (the
order the migrations created them), in one transaction on the destination: a failed copy leaves
it empty. A destination that holds any row is refused: a copy never merges.

The archive's term index is the one thing not copied as rows, because it is a different thing on
each backend (FTS5 against a postings table): its document numbers and counts are copied
(`archive_docs`, `archive_df`), and the destination's own index is built from them and the
articles' text, so Check Also numbers documents as the source did and a build on the copy makes
the same issue, byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from digest.store.archive import index_existing_docs
from digest.store.base import POSTGRESQL, SQLITE, DbConnection, StoreBase

# Kept by each backend for itself (the FTS5 index and its views; PostgreSQL's postings).
NOT_COPIED = {"schema_version", "archive_terms", "archive_vocab", "archive_postings"}
BATCH = 5000


class DestinationNotEmpty(Exception):
    """The destination store already holds rows."""


def tables(store: StoreBase) -> list[str]:
    """The store's tables in creation order (parents before children), without its index."""
    if store.dialect == SQLITE:
        rows = store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            " ORDER BY rowid"
        ).fetchall()
    else:
        rows = store.db.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.oid"
        ).fetchall()
    return [
        row[0]
        for row in rows
        if row[0] not in NOT_COPIED and not row[0].startswith(("sqlite_", "archive_terms_"))
    ]


def columns(store: StoreBase, table: str) -> list[str]:
    if store.dialect == SQLITE:
        return [row[1] for row in store.db.execute(f"PRAGMA table_info({table})").fetchall()]
    rows = store.db.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema ="
        " current_schema() AND table_name = ? ORDER BY ordinal_position",
        (table,),
    ).fetchall()
    return [row[0] for row in rows]


def _rows(store: StoreBase, table: str, names: list[str]) -> Iterator[tuple[Any, ...]]:
    """Every row of a table, streamed (a million deliveries never sit in memory at once)."""
    sql = f"SELECT {', '.join(names)} FROM {table}"
    if store._pg is None:
        yield from (tuple(row) for row in store.db.execute(sql))
        return
    with store._pg.pool.connection() as raw, raw.transaction():
        with raw.cursor(name=f"copy_{table}") as cursor:
            cursor.itersize = BATCH
            cursor.execute(sql)
            yield from (tuple(row) for row in cursor)


def _write(dest: StoreBase, conn: DbConnection, table: str, names: list[str], rows: Any) -> int:
    if dest._pg is not None:
        raw = conn.raw  # type: ignore[attr-defined]
        count = 0
        with raw.cursor().copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        return count
    marks = ", ".join("?" * len(names))
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"
    count = 0
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            conn.executemany(sql, batch)
            count, batch = count + len(batch), []
    if batch:
        conn.executemany(sql, batch)
        count += len(batch)
    return count


def _nonempty(store: StoreBase, names: list[str]) -> list[str]:
    return [t for t in names if store.db.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()]


def copy_store(source: StoreBase, dest: StoreBase) -> dict[str, int]:
    """Copy every table of `source` into the empty `dest`; returns rows copied per table."""
    if source.schema_version() != dest.schema_version():
        raise DestinationNotEmpty(
            f"schema versions differ: {source.schema_version()} and {dest.schema_version()}"
        )
    wanted = tables(source)
    present = set(tables(dest))
    full = _nonempty(dest, sorted(present))
    if full:
        raise DestinationNotEmpty(
            f"{dest.path} is not empty ({', '.join(full)} hold rows); copy into a new store"
        )
    counts: dict[str, int] = {}
    with dest._writing() as conn:
        for table in wanted:
            if table not in present:
                continue
            names = [c for c in columns(source, table) if c in set(columns(dest, table))]
            counts[table] = _write(dest, conn, table, names, _rows(source, table, names))
        index_existing_docs(conn)
        if dest.dialect == POSTGRESQL:  # identity columns continue after the copied numbers
            conn.execute(
                "SELECT setval(pg_get_serial_sequence('archive_docs', 'doc'),"
                " COALESCE((SELECT MAX(doc) FROM archive_docs), 0) + 1, false)"
            )
    return counts
