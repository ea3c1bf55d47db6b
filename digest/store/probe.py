"""What `digest check` may say about a store without changing it (issue 16).

Opening a `Store` migrates it: it creates the tables of an empty database or file and brings an
older schema up to date. A check must not: it looks before anyone runs digest for real, often as
another user or against a database an operator has only just made, and a check that creates
tables (with its own role as their owner) or a 0600 file in the wrong place leaves a mess. So this
module only reads: an SQLite file that is missing stays missing (`mode=rw` never creates one);
a PostgreSQL database is asked whether `schema_version` exists, which version it holds, and
whether this role has the rights the next run will need (CREATE in the schema to make or migrate
the tables; SELECT, INSERT, UPDATE, DELETE on every digest table). Every failure is one line, as
the commands that open the store print it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from digest.store.schema import SCHEMA_VERSION

State = Literal["missing", "empty", "older", "current", "newer"]
FIRST_USE = "the first 'digest fetch', 'send', 'run' or 'serve' creates it"
TABLE_RIGHTS = ("SELECT", "INSERT", "UPDATE", "DELETE")


@dataclass(frozen=True)
class StoreProbe:
    """How a store stands, as far as a check can tell without writing."""

    url: str  # as it may be shown (no password)
    state: State
    version: int = 0
    editors: int | None = None  # editor accounts, when the schema has the table
    problem: str | None = None  # one line: why digest could not use this store

    def describe(self) -> str:
        """The store's line in `digest check`, after its URL."""
        if self.state == "missing":
            return f"not created yet; {FIRST_USE}"
        if self.state == "empty":
            return f"no digest schema yet; {FIRST_USE} (or fill it: digest store copy FROM TO)"
        if self.state == "older":
            return (
                f"schema version {self.version}; the next command that opens it migrates it to"
                f" {SCHEMA_VERSION}"
            )
        return f"schema version {self.version}"


def probe_store(target: str) -> StoreProbe:
    """Look at the store `target` (a path, `sqlite:///PATH` or a `postgresql://` URL) without
    creating or migrating anything."""
    if target.startswith(("postgresql://", "postgres://")):
        return _probe_postgres(target)
    return _probe_sqlite(target.removeprefix("sqlite:///"))


def _state(version: int) -> State:
    if version > SCHEMA_VERSION:
        return "newer"
    return "current" if version == SCHEMA_VERSION else "older"


def _newer_problem(url: str, version: int) -> str:
    return (
        f"store {url}: schema version {version} is newer than this digest ({SCHEMA_VERSION});"
        " upgrade digest"
    )


def _probe_sqlite(path: str) -> StoreProbe:
    if path == ":memory:":
        return StoreProbe(path, "empty")
    if not Path(path).exists():
        return StoreProbe(path, "missing")
    try:
        # mode=rw: never creates the file; read-write so that closing removes the -wal/-shm
        # files the open made, as any other command's close does (read-only leaves them).
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as exc:
        return StoreProbe(path, "missing", problem=f"store {path}: cannot open: {exc}")
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "schema_version" not in tables:
            return StoreProbe(path, "empty")
        row = conn.execute("SELECT version FROM schema_version").fetchone()
        version = int(row[0]) if row else 0
        editors = (
            int(conn.execute("SELECT COUNT(*) FROM editors").fetchone()[0])
            if "editors" in tables
            else None
        )
    except sqlite3.Error as exc:  # not a database, or a broken one
        return StoreProbe(path, "missing", problem=f"store {path}: {exc}")
    finally:
        conn.close()
    state = _state(version)
    problem = _newer_problem(path, version) if state == "newer" else None
    return StoreProbe(path, state, version, editors, problem)


def _probe_postgres(url: str) -> StoreProbe:
    import psycopg

    from digest.model.errors import ConfigError
    from digest.store.postgres import CONNECT_OPTIONS, check_url, describe_error, display_url

    shown = display_url(url)
    try:
        check_url(url)
    except ConfigError as exc:
        return StoreProbe(shown, "missing", problem=exc.problems[0])
    try:
        with psycopg.connect(
            url.replace("postgres://", "postgresql://", 1), **CONNECT_OPTIONS
        ) as conn:
            return _look_postgres(conn, shown)
    except psycopg.Error as exc:
        return StoreProbe(shown, "missing", problem=describe_error(shown, exc))


def _look_postgres(conn: Any, url: str) -> StoreProbe:
    user, schema = conn.execute("SELECT current_user, current_schema()").fetchone()
    if schema is None:
        return StoreProbe(
            url,
            "empty",
            problem=f"store {url}: no schema on the search_path of role {user} to put digest's"
            " tables in (CREATE SCHEMA, or set search_path)",
        )
    may_create = conn.execute("SELECT has_schema_privilege(%s, 'CREATE')", (schema,)).fetchone()[0]
    grant = f"GRANT CREATE ON SCHEMA {schema} TO {user}"
    row = conn.execute("SELECT to_regclass('schema_version')").fetchone()
    if row[0] is None:
        problem = (
            None
            if may_create
            else f"store {url}: the database has no digest schema yet and role {user} may not"
            f" create tables in schema {schema} ({grant}, or let the schema's owner run digest"
            " once)"
        )
        return StoreProbe(url, "empty", problem=problem)
    lacking = _lacking_rights(conn, schema)
    version = 0
    if not any(entry.startswith("schema_version:") for entry in lacking):
        found = conn.execute("SELECT version FROM schema_version").fetchone()
        version = int(found[0]) if found else 0
    state = _state(version)
    if state == "newer":
        return StoreProbe(url, state, version, problem=_newer_problem(url, version))
    problem = None
    if lacking:
        shown = ", ".join(lacking[:3]) + (
            f" and {len(lacking) - 3} more" if len(lacking) > 3 else ""
        )
        problem = (
            f"store {url}: role {user} lacks rights on digest's tables ({shown});"
            f" GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {user}"
        )
    elif state == "older" and not may_create:
        problem = (
            f"store {url}: schema version {version} needs migrating to {SCHEMA_VERSION} and role"
            f" {user} may not create tables in schema {schema} ({grant}, or let the tables' owner"
            " run digest once)"
        )
    editors = None
    if not lacking and conn.execute("SELECT to_regclass('editors')").fetchone()[0] is not None:
        editors = int(conn.execute("SELECT COUNT(*) FROM editors").fetchone()[0])
    return StoreProbe(url, state, version, editors, problem)


def _lacking_rights(conn: Any, schema: str) -> list[str]:
    """`table: RIGHT` for every right this role lacks on a table of the schema."""
    checks = ", ".join(f"has_table_privilege(c.oid, '{right}')" for right in TABLE_RIGHTS)
    rows = conn.execute(
        f"SELECT c.relname, {checks} FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = %s AND c.relkind IN ('r', 'p') ORDER BY c.relname",
        (schema,),
    ).fetchall()
    lacking = []
    for table, *granted in rows:
        missing = [right for right, ok in zip(TABLE_RIGHTS, granted, strict=True) if not ok]
        if missing:
            lacking.append(f"{table}: {'/'.join(missing)}")
    return lacking
