"""The PostgreSQL store itself, on a real throwaway server (tests/pg.py): the same schema as
SQLite, the password only from libpq's own sources, one-line errors, claims that never collide
(`FOR UPDATE SKIP LOCKED`), leases and their heartbeat, named leases, a restart ridden out."""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from pg import SECRET_PASSWORD, SECRET_ROLE, PgCluster
from test_end_to_end import edit_config

from digest.cli.main import main
from digest.model.errors import ConfigError
from digest.model.records import DeliveryFinish
from digest.model.types import DeliveryStatus, Subscriber
from digest.store import Store
from digest.store.schema import SCHEMA_VERSION

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)


def columns_sqlite(path: Path) -> dict[str, set[str]]:
    conn = sqlite3.connect(path)
    tables = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not row[0].startswith(("archive_terms", "sqlite_"))
    ]
    return {t: {row[1] for row in conn.execute(f"PRAGMA table_info({t})")} for t in tables}


def columns_postgres(store: Store) -> dict[str, set[str]]:
    rows = store.db.execute(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = 'public'"
    ).fetchall()
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    return found


def test_same_schema_version_and_tables_on_both_backends(tmp_path: Path, pg_url: str) -> None:
    pg = Store.open(pg_url)
    Store(tmp_path / "d.sqlite3")
    assert pg.schema_version() == SCHEMA_VERSION == Store(tmp_path / "d.sqlite3").schema_version()
    sqlite_tables = columns_sqlite(tmp_path / "d.sqlite3")
    pg_tables = columns_postgres(pg)
    # FTS5's virtual tables are SQLite's; PostgreSQL has the postings table and a view instead.
    for name in ("archive_vocab", "archive_postings"):
        sqlite_tables.pop(name, None)
        pg_tables.pop(name, None)
    assert pg_tables == sqlite_tables
    # Opening again migrates nothing twice (and two processes never race: an advisory lock).
    assert Store.open(pg_url).schema_version() == SCHEMA_VERSION


def test_password_never_in_the_url_but_from_pgpassword_or_pgpass(
    pg_cluster: PgCluster, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dbname = pg_url.rsplit("/", 1)[1]
    pg_cluster.sql(f"GRANT ALL ON SCHEMA public TO {SECRET_ROLE}", dbname=dbname)
    url = pg_cluster.url(dbname, role=SECRET_ROLE)
    with pytest.raises(ConfigError, match="password does not belong in config.yaml"):
        Store.open(url.replace(f"{SECRET_ROLE}@", f"{SECRET_ROLE}:{SECRET_PASSWORD}@"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "nothing"))
    with pytest.raises(ConfigError, match=r"cannot connect: .*password"):
        Store.open(url)
    monkeypatch.setenv("PGPASSWORD", SECRET_PASSWORD)
    assert Store.open(url).schema_version() == SCHEMA_VERSION
    monkeypatch.delenv("PGPASSWORD")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{pg_cluster.port}:*:{SECRET_ROLE}:{SECRET_PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert Store.open(url).schema_version() == SCHEMA_VERSION


def test_check_says_in_one_line_what_is_wrong_with_the_database(
    project: Path, pg_cluster: PgCluster, pg_url: str
) -> None:
    dbname = pg_url.rsplit("/", 1)[1]
    cases = {
        # nobody listens there
        f"postgresql://digest@127.0.0.1:{pg_cluster.port + 1}/x": "cannot connect",
        # no such database
        pg_cluster.url("no_such_db"): 'database "no_such_db" does not exist',
        # a role without the right to create digest's tables (PostgreSQL 15: public is the
        # database owner's)
        pg_cluster.url(dbname, role=SECRET_ROLE): "may not create tables in schema public",
    }
    os.environ["PGPASSWORD"] = SECRET_PASSWORD
    try:
        for url, expected in cases.items():
            config = project / "config.yaml"
            edit_config(config, store=url)
            result = CliRunner().invoke(main, ["check", "--config", str(config)])
            errors = [line for line in result.output.splitlines() if line.startswith("error:")]
            assert result.exit_code == 1, result.output
            assert len(errors) == 1 and expected in errors[0], result.output
    finally:
        del os.environ["PGPASSWORD"]


def test_parallel_claims_never_share_a_row(pg_url: str) -> None:
    store = Store.open(pg_url)
    emails = [f"u{i:04d}@x.org" for i in range(600)]
    store.queue_deliveries("i1", emails, NOW)
    got: list[list[str]] = [[] for _ in range(6)]

    def claimer(n: int) -> None:
        mine = Store.open(pg_url)
        owner = f"test-{n}:1"
        while claims := mine.claim_deliveries("i1", NOW, limit=7, owner=owner):
            got[n].extend(c.delivery.email for c in claims)
            finishes = [
                DeliveryFinish(c.delivery.email, DeliveryStatus.SENT, NOW, owner=owner)
                for c in claims
            ]
            assert mine.finish_deliveries("i1", finishes) == [True] * len(claims)

    threads = [threading.Thread(target=claimer, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    claimed = [email for part in got for email in part]
    assert sorted(claimed) == emails  # each exactly once
    assert sum(1 for part in got if part) >= 2  # they really shared the work
    assert store.delivery_counts("i1") == {"sent": 600}


def test_leases_expire_unless_renewed_and_then_anyone_takes_over(pg_url: str) -> None:
    store = Store.open(pg_url, lease=timedelta(seconds=1))
    store.sync_subscribers([Subscriber("a@x.org"), Subscriber("b@x.org")], NOW)
    store.queue_deliveries("i1", ["a@x.org", "b@x.org"], NOW)
    elsewhere = "far-away/0000:1:1:run"  # another machine's sender: only its lease speaks
    assert len(store.claim_deliveries("i1", NOW, limit=2, owner=elsewhere)) == 2
    assert store.claim_deliveries("i1", NOW, limit=2) == []  # leased
    store.db.execute("UPDATE deliveries SET lease_until = epoch_now() - 1 WHERE email = 'a@x.org'")
    taken = store.claim_deliveries("i1", NOW, limit=2)
    assert [c.delivery.email for c in taken] == ["a@x.org"]
    assert taken[0].delivery.attempts == 2  # sent again, with the same Message-ID
    assert taken[0].subscriber is not None
    # The far sender's outcome for the row it lost is not recorded over the new holder's.
    lost = DeliveryFinish("a@x.org", DeliveryStatus.SENT, NOW, owner=elsewhere)
    assert store.finish_deliveries("i1", [lost]) == [False]


def test_a_run_heartbeat_keeps_its_claims(pg_url: str) -> None:
    store = Store.open(pg_url, lease=timedelta(seconds=1))
    store.queue_deliveries("i1", ["a@x.org"], NOW)
    owner = store.start_run()
    try:
        assert len(store.claim_deliveries("i1", NOW, limit=1, owner=owner)) == 1
        other = Store.open(pg_url, lease=timedelta(seconds=1))
        deadline = datetime.now(UTC) + timedelta(seconds=2.5)
        while datetime.now(UTC) < deadline:  # 2.5 leases: renewed all along
            assert other.claim_deliveries("i1", NOW, limit=1, owner="elsewhere/1:2:3:4") == []
        held, expires_in = other.in_flight("i1")
        assert held == 1 and expires_in is not None and 0 < expires_in <= 1
    finally:
        store.end_run(owner)


def test_named_leases_one_holder_and_takeover_after_expiry(pg_url: str) -> None:
    store = Store.open(pg_url)
    short = timedelta(seconds=0.3)
    assert store.acquire_lease("leader:daily", "a", short, NOW)
    assert not store.acquire_lease("leader:daily", "b", short, NOW)
    assert store.acquire_lease("leader:daily", "a", short, NOW)  # renewed
    holder = store.lease_holder("leader:daily")
    assert holder is not None and holder[0] == "a"
    threading.Event().wait(0.4)
    assert store.acquire_lease("leader:daily", "b", short, NOW)
    assert store.release_lease("leader:daily", "b")
    assert store.lease_holder("leader:daily") is None


def test_a_restart_is_ridden_out(pg_url: str, pg_cluster: PgCluster) -> None:
    store = Store.open(pg_url)
    store.queue_deliveries("i1", ["a@x.org", "b@x.org"], NOW)
    assert len(store.claim_deliveries("i1", NOW, limit=1, owner="me/1:1")) == 1
    pg_cluster.restart()
    claims = store.claim_deliveries("i1", NOW, limit=1, owner="me/1:1")
    assert [c.delivery.email for c in claims] == ["b@x.org"]
    assert store.delivery_counts("i1") == {"sending": 2}


def test_check_also_candidates_are_the_same_on_both_backends(tmp_path: Path, pg_url: str) -> None:
    """The archive's term index (FTS5 on SQLite, a postings table on PostgreSQL, the same
    tokenizer) picks the same candidates: a window bigger than `limit` goes through it."""
    from digest.model.types import Article

    words = "storm market election vaccine rocket bridge harvest court strike summit".split()

    def article(n: int, at: datetime) -> Article:
        topic = words[n % len(words)]
        other = words[(n * 7) % len(words)]
        return Article(
            id=f"a{n}",
            feed_url="https://example.org/feed",
            source="Example",
            section="World",
            title=f"The {topic} story number {n}",
            url=f"https://example.org/{n}",
            published=at,
            text=f"A report about the {topic} and the {other}, item {n}. " * (1 + n % 3),
            guid=f"g{n}",
            content_hash=f"h{n}",
        )

    stores = [Store(tmp_path / "d.sqlite3"), Store.open(pg_url)]
    old, new = NOW - timedelta(days=3), NOW
    for store in stores:
        store.add_articles([article(n, old) for n in range(240)], old)
        store.add_articles([article(n, new) for n in range(1000, 1012)], new)
    fresh = [article(n, new) for n in range(1000, 1012)]
    picks = [
        [a.id for a in s.archive_candidates(fresh, old - timedelta(days=1), old, limit=40)]
        for s in stores
    ]
    assert picks[0] == picks[1] and 0 < len(picks[0]) <= 40
    assert stores[0].archive_index_df() == stores[1].archive_index_df()
    assert stores[0].archive_index_df(recount=True) == stores[1].archive_index_df(recount=True)
