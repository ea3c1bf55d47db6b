"""`digest store copy FROM TO`: SQLite → PostgreSQL and back, counts per table, an empty
destination only, and a copy that builds the same issue byte for byte (issue 16)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner
from test_end_to_end import edit_config

from digest.cli.main import main
from digest.config import load_config
from digest.pipeline.build import build_issue
from digest.pipeline.settings import render_options
from digest.pipeline.subscribers import sync_subscribers
from digest.render import TEMPLATES
from digest.render.issue import render_issue
from digest.store import Store
from digest.store.copy import tables


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def built(config_path: Path, store: Store, now: datetime) -> tuple[str, str, str]:
    """The issue a build makes at `now` on `store`: its stored body and both rendered parts."""
    config = load_config(config_path)
    result = build_issue(config, store, config.schedules[0], now, period="copy-test")
    assert result.record is not None, result.skipped_reason
    rendered = render_issue(result.record.issue, render_options(config), templates_dir=TEMPLATES)
    body = store.db.execute(
        "SELECT body FROM issues WHERE id = ?", (result.record.issue.id,)
    ).fetchone()[0]
    return body, rendered.html, rendered.text


def row_counts(store: Store) -> dict[str, int]:
    return {
        t: int(store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables(store)
    }


def test_copy_to_postgresql_and_back_builds_the_same_issue(
    project: Path, pg_url: str, tmp_path: Path
) -> None:
    config = project / "config.yaml"
    code, output = invoke("fetch", "--config", str(config))
    assert code == 0, output
    sqlite_path = project / "var" / "digest.sqlite3"
    source = Store.open(str(sqlite_path))
    now = datetime.now(UTC) + timedelta(minutes=1)
    sync_subscribers(load_config(config), source, now)
    source.queue_deliveries("earlier-issue", ["a@example.org", "b@example.org"], now)
    source.add_editor("ada", "argon2-hash-here", now)

    code, output = invoke("store", "copy", str(sqlite_path), pg_url)
    assert code == 0, output
    counts = row_counts(source)
    for table, rows in counts.items():
        assert (
            f"{table} " in output
            and f" {rows} rows" in output.split(f"{table} ", 1)[1].split("\n")[0]
        )
    assert counts["articles"] > 10 and counts["subscribers"] > 0 and counts["deliveries"] == 2
    copy = Store.open(pg_url)
    assert row_counts(copy) == counts

    # A non-empty destination is refused, whole.
    code, output = invoke("store", "copy", str(sqlite_path), pg_url)
    assert code == 1 and "is not empty" in output

    # The copy builds the same issue, byte for byte (stored body, HTML and text).
    edit_config(config, store=pg_url)
    on_pg = built(config, copy, now)
    edit_config(config, store=str(sqlite_path))
    on_sqlite = built(config, Store.open(str(sqlite_path)), now)
    assert on_pg == on_sqlite

    # And back: PostgreSQL → a new SQLite file, the same again.
    back = tmp_path / "back.sqlite3"
    code, output = invoke("store", "copy", pg_url, str(back))
    assert code == 0, output
    assert row_counts(Store.open(str(back))) == row_counts(copy)
    archive = Store.open(str(back)).archive_index_df(recount=True)
    assert archive == Store.open(str(sqlite_path)).archive_index_df(recount=True)
