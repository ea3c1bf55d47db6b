"""No PostgreSQL pool outlives its use (issue 16): a pool left open on a database that is then
dropped keeps reconnecting for 90 s ("error connecting in 'digest-store' … database … does not
exist", in CI logs long after the test). Commands close their store when they end, a store
whose opening failed closes its pool, and the tests' `pg_url` closes whatever is left before
it drops the database (`close_pools`)."""

from __future__ import annotations

import gc
import logging
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from pg import SECRET_PASSWORD, SECRET_ROLE, PgCluster
from test_end_to_end import edit_config

from digest.cli.main import main
from digest.model.errors import ConfigError
from digest.store import Store
from digest.store.postgres import _OPEN, close_pools


def open_on(dbname: str) -> list[object]:
    gc.disable()  # only what is really still referenced counts (no help from a collection)
    try:
        return [db for db in _OPEN if db.url.rsplit("/", 1)[1] == dbname]
    finally:
        gc.enable()


def test_commands_close_their_store(project: Path, pg_url: str) -> None:
    dbname = pg_url.rsplit("/", 1)[1]
    edit_config(project / "config.yaml", store=pg_url)
    gc.disable()
    try:
        # (`build --schedule nosuch` fails after opening the store: its traceback holds it)
        for args in (["status"], ["subscribers", "list"], ["send"], ["build", "--schedule", "x"]):
            result = CliRunner().invoke(main, [*args, "--config", str(project / "config.yaml")])
            assert result.exit_code in (0, 1), result.output
            kept = result  # a result (and its traceback) kept by a test keeps nothing open
            assert open_on(dbname) == [], args
        assert kept is not None
    finally:
        gc.enable()


def test_a_store_that_failed_to_open_closes_its_pool(
    pg_cluster: PgCluster, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dbname = pg_url.rsplit("/", 1)[1]
    monkeypatch.setenv("PGPASSWORD", SECRET_PASSWORD)
    with pytest.raises(ConfigError, match="refused") as failure:
        Store.open(pg_cluster.url(dbname, role=SECRET_ROLE))  # may not create the tables
    assert failure.value is not None  # the traceback is alive, its pool is not
    assert open_on(dbname) == []


def test_close_pools_before_a_drop_leaves_nothing_reconnecting(
    pg_cluster: PgCluster, caplog: pytest.LogCaptureFixture
) -> None:
    dbname = pg_cluster.new_database("drop")
    store = Store.open(pg_cluster.url(dbname))
    left_open = [store]  # as a fixture or a traceback would keep it
    assert store.schema_version() > 0
    assert close_pools(dbname) == 1 and open_on(dbname) == []
    pg_cluster.sql(f"DROP DATABASE {dbname} WITH (FORCE)")
    with caplog.at_level(logging.WARNING, logger="psycopg.pool"):
        time.sleep(2.5)  # a pool would retry within about a second
    assert [r for r in caplog.records if "does not exist" in r.getMessage()] == []
    assert left_open[0]._pg is not None and left_open[0]._pg.pool.closed


def test_without_closing_the_pool_keeps_reconnecting(
    pg_cluster: PgCluster, caplog: pytest.LogCaptureFixture
) -> None:
    """The failure the above prevents, shown (so that test can fail)."""
    dbname = pg_cluster.new_database("drop")
    store = Store.open(pg_cluster.url(dbname))
    try:
        with caplog.at_level(logging.WARNING, logger="psycopg.pool"):
            pg_cluster.sql(f"DROP DATABASE {dbname} WITH (FORCE)")
            assert store._pg is not None
            store._pg.pool.check()  # finds its connection dead, starts reconnecting
            time.sleep(2.5)
        assert any("does not exist" in r.getMessage() for r in caplog.records)
    finally:
        store.close()
