"""`digest check` looks at the store without changing it (issue 16): an empty PostgreSQL database
gets no tables and a missing SQLite file is not created; each says in one line what creates it.
What would stop digest is one `error:` line: a role without the rights the next run needs, a
schema newer than this digest. (store/probe.py)"""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner
from pg import SECRET_PASSWORD, SECRET_ROLE, PgCluster
from test_end_to_end import edit_config

from digest.cli.main import main
from digest.store import Store
from digest.store.schema import SCHEMA_VERSION


def check(project: Path, store: str) -> tuple[int, list[str], list[str]]:
    edit_config(project / "config.yaml", store=store)
    result = CliRunner().invoke(main, ["check", "--config", str(project / "config.yaml")])
    lines = result.output.splitlines()
    return (
        result.exit_code,
        [x for x in lines if x.startswith("store ")],
        [x for x in lines if x.startswith("error:")],
    )


def tables(cluster: PgCluster, url: str) -> int:
    dbname = url.rsplit("/", 1)[1]
    return int(cluster.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", dbname))


def test_check_creates_no_table_in_an_empty_database(
    project: Path, pg_cluster: PgCluster, pg_url: str
) -> None:
    code, store_lines, errors = check(project, pg_url)
    assert code == 0 and errors == []
    assert len(store_lines) == 1
    assert "no digest schema yet; the first 'digest fetch', 'send', 'run'" in store_lines[0]
    assert tables(pg_cluster, pg_url) == 0  # still empty

    Store.open(pg_url).close()  # what a first run does
    created = tables(pg_cluster, pg_url)
    assert created > 10
    code, store_lines, errors = check(project, pg_url)
    assert code == 0 and errors == []
    assert store_lines[0].endswith(f": schema version {SCHEMA_VERSION}")


def test_check_migrates_nothing_and_says_who_will(
    project: Path, pg_cluster: PgCluster, pg_url: str
) -> None:
    Store.open(pg_url).close()
    dbname = pg_url.rsplit("/", 1)[1]
    pg_cluster.sql(f"UPDATE schema_version SET version = {SCHEMA_VERSION - 1}", dbname)
    code, store_lines, errors = check(project, pg_url)
    assert code == 0 and errors == []
    assert f"migrates it to {SCHEMA_VERSION}" in store_lines[0]
    assert pg_cluster.sql("SELECT version FROM schema_version", dbname) == str(SCHEMA_VERSION - 1)
    pg_cluster.sql(f"UPDATE schema_version SET version = {SCHEMA_VERSION + 1}", dbname)
    code, _, errors = check(project, pg_url)
    assert code == 1 and len(errors) == 1 and "upgrade digest" in errors[0]


def test_check_names_missing_rights_in_one_line(
    project: Path, pg_cluster: PgCluster, pg_url: str
) -> None:
    dbname = pg_url.rsplit("/", 1)[1]
    secretive = pg_cluster.url(dbname, role=SECRET_ROLE)
    os.environ["PGPASSWORD"] = SECRET_PASSWORD
    try:
        # An empty database whose public schema this role may not create tables in (PG 15).
        code, _, errors = check(project, secretive)
        assert code == 1 and len(errors) == 1, errors
        assert "no digest schema yet" in errors[0] and "may not create tables" in errors[0]
        assert f"GRANT CREATE ON SCHEMA public TO {SECRET_ROLE}" in errors[0]
        assert tables(pg_cluster, pg_url) == 0
        # The tables exist (made by their owner), but this role may not write them.
        Store.open(pg_url).close()
        code, _, errors = check(project, secretive)
        assert code == 1 and len(errors) == 1
        assert f"role {SECRET_ROLE} lacks rights on digest's tables" in errors[0]
        # Granted: fine.
        pg_cluster.sql(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {SECRET_ROLE}",
            dbname,
        )
        code, store_lines, errors = check(project, secretive)
        assert code == 0 and errors == [] and "schema version" in store_lines[0]
    finally:
        del os.environ["PGPASSWORD"]


def test_check_creates_no_sqlite_file(project: Path, tmp_path: Path) -> None:
    path = tmp_path / "var" / "not-yet.sqlite3"
    code, store_lines, errors = check(project, str(path))
    assert code == 0 and errors == []
    assert "not created yet; the first 'digest fetch'" in store_lines[0]
    assert not path.exists() and not path.parent.exists()
    code, store_lines, _ = check(project, f"sqlite:///{path}")  # the URL form, likewise
    assert code == 0 and not path.exists()
    Store(path).close()
    code, store_lines, errors = check(project, str(path))
    assert code == 0 and store_lines[0].endswith(f": schema version {SCHEMA_VERSION}")
    path.write_bytes(b"not a database at all" * 100)
    code, _, errors = check(project, str(path))
    assert code == 1 and len(errors) == 1 and str(path) in errors[0]
