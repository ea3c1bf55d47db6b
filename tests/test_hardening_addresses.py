"""Issue 13 item 10: one address is one subscriber.

`EVIL@example.org` and `evil@example.org` were two active subscribers; unsubscribing one kept
mailing the other. Now: subscriber files fold case twins (reported as file:line, the stricter
status kept), the store finds a subscriber by any spelling, a real send through a real SMTP
server reaches neither twin after one unsubscribe, and migration 5 merges the twins an older
store already holds (strictest status, old tokens still working, deliveries folded) — and the
migrations after it still apply.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml
from click.testing import CliRunner
from conftest import SmtpServer

from digest.cli.main import main
from digest.ingest.subscribers import load_subscriber_folder, parse_csv
from digest.model.types import Subscriber, SubscriberStatus
from digest.store import Store
from digest.store.schema import MIGRATIONS, SCHEMA_VERSION

NOW = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)


def test_files_fold_case_twins_reporting_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "subscribers"
    folder.mkdir()
    (folder / "a.csv").write_text(
        "email,name\nevil@example.org,First\nada@example.org,Ada\nEVIL@Example.ORG,Second\n"
    )
    (folder / "b.yaml").write_text(
        "- email: Evil@example.org\n  name: Third\n  status: unsubscribed\n"
        "- email: Ada@EXAMPLE.org\n"
    )
    loaded = load_subscriber_folder(folder)
    by_key = {s.email.lower(): s for s in loaded.subscribers}
    assert len(loaded.subscribers) == 2
    evil = by_key["evil@example.org"]
    assert evil.email == "evil@example.org"  # the first spelling is kept
    assert evil.name == "Third"  # the later row's details
    assert evil.status is SubscriberStatus.UNSUBSCRIBED  # the stricter status wins
    problems = "\n".join(loaded.problems)
    assert f"{folder / 'a.csv'}:4: EVIL@example.org is the same address as evil@example.org" in (
        problems
    )
    assert f"at {folder / 'a.csv'}:2" in problems
    assert f"{folder / 'b.yaml'}:1: Evil@example.org is the same address" in problems
    assert f"{folder / 'b.yaml'}:4: Ada@example.org is the same address as ada@example.org" in (
        problems
    )
    # A later active twin never undoes an earlier unsubscribed row.
    later = parse_csv("email,status\nx@example.org,unsubscribed\nX@example.org,active\n", "s.csv")
    assert [s.status for s in later.subscribers] == [SubscriberStatus.UNSUBSCRIBED]


def test_the_store_finds_one_subscriber_by_any_spelling(tmp_path: Path) -> None:
    store = Store(tmp_path / "d.sqlite3")
    assert store.sync_subscribers([Subscriber(email="evil@example.org")], NOW) == 1
    assert store.sync_subscribers([Subscriber(email="EVIL@example.org", name="E")], NOW) == 0
    assert store.count_subscribers() == 1
    assert store.subscriber("Evil@Example.org").name == "E"  # type: ignore[union-attr]
    assert store.set_subscriber_status("EVIL@EXAMPLE.ORG", SubscriberStatus.UNSUBSCRIBED, NOW)
    assert store.subscriber("evil@example.org").status is SubscriberStatus.UNSUBSCRIBED  # type: ignore[union-attr]
    assert store.remove_subscriber("eViL@example.org")
    assert store.count_subscribers() == 0


def smtp_config(project: Path, server: SmtpServer) -> Path:
    config = project / "config.yaml"
    data = yaml.safe_load(config.read_text())
    data["delivery"] = {
        "transport": "smtp",
        "smtp": {"host": server.host, "port": server.port, "security": "none"},
    }
    config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return config


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--config", str(config)])
    return result.exit_code, result.output


def test_unsubscribing_one_spelling_stops_mail_to_every_spelling(
    project: Path, smtp_server: SmtpServer
) -> None:
    with (project / "subscribers" / "readers.csv").open("a") as out:
        out.write("evil@example.org,Evil One,\n")
    with (project / "subscribers" / "team.yaml").open("a") as out:
        out.write("- email: EVIL@Example.org\n  name: Evil Two\n")
    config = smtp_config(project, smtp_server)
    code, out = run(config, "subscribers", "list")
    assert code == 0, out
    assert "team.yaml:6: EVIL@example.org is the same address as evil@example.org" in out
    assert sum("evil@example.org" in line.lower() for line in out.splitlines()) == 2  # 1 + note
    code, out = run(config, "subscribers", "remove", "Evil@EXAMPLE.org")
    assert code == 0 and "unsubscribed" in out, out
    code, out = run(config, "fetch")
    assert code == 0, out
    code, out = run(config, "send")
    assert code == 0, out
    recipients = [r.lower() for mail in smtp_server.recorder.received for r in mail.recipients]
    assert "ada@example.org" in recipients
    assert "evil@example.org" not in recipients
    assert len(recipients) == len(set(recipients))


def old_store(path: Path) -> None:
    """A store at schema version 4 (before migration 5) holding case twins and deliveries."""
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:4]:
        assert isinstance(script, str)
        conn.executescript(script)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES (4)")
    rows = [
        ("EVIL@example.org", "active", "key-old", NOW - timedelta(days=9)),
        ("evil@example.org", "unsubscribed", "key-new", NOW - timedelta(days=1)),
        ("Evil@Example.org", "active", "key-third", NOW),
        ("ada@example.org", "active", "key-ada", NOW),
        ("Émile@example.org", "active", "key-e1", NOW - timedelta(days=2)),
        ("émile@example.org", "bounced", "key-e2", NOW),
    ]
    for email, status, key, created in rows:
        conn.execute(
            "INSERT INTO subscribers (email, status, key, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (email, status, key, created.isoformat(), created.isoformat()),
        )
    deliveries = [
        ("daily-1", "EVIL@example.org", "queued"),
        ("daily-1", "evil@example.org", "sent"),
        ("daily-2", "Evil@Example.org", "queued"),
        ("daily-2", "ada@example.org", "sent"),
    ]
    for issue, email, status in deliveries:
        conn.execute(
            "INSERT INTO deliveries (issue_id, email, status, updated_at) VALUES (?, ?, ?, ?)",
            (issue, email, status, NOW.isoformat()),
        )
    conn.commit()
    conn.close()


def test_migration_merges_existing_twins_keeping_the_strictest_status(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old_store(path)
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION == len(MIGRATIONS)  # later ones applied too
    people = {s.email: s for s in store.iter_subscribers()}
    assert set(people) == {"EVIL@example.org", "ada@example.org", "Émile@example.org"}
    assert people["EVIL@example.org"].status is SubscriberStatus.UNSUBSCRIBED  # strictest
    assert people["EVIL@example.org"].key == "key-old"  # the oldest row is kept
    assert people["Émile@example.org"].status is SubscriberStatus.BOUNCED  # non-ASCII folded
    # Links in mail sent to a merged-away twin still reach the merged subscriber.
    for key in ("key-new", "key-third"):
        assert store.subscriber_by_key(key).email == "EVIL@example.org"  # type: ignore[union-attr]
    # One delivery per (issue, person), the most advanced, under the kept spelling.
    rows = store.db.execute("SELECT issue_id, email, status FROM deliveries ORDER BY 1, 2")
    assert [tuple(r) for r in rows] == [
        ("daily-1", "EVIL@example.org", "sent"),
        ("daily-2", "EVIL@example.org", "queued"),
        ("daily-2", "ada@example.org", "sent"),
    ]
    # The files cannot bring a twin back, and the unique index holds.
    assert store.sync_subscribers([Subscriber(email="evil@EXAMPLE.org")], NOW) == 0
    assert store.count_subscribers() == 3
    # An erasure removes the merged-away keys too.
    assert store.remove_subscriber("evil@example.org")
    assert store.subscriber_by_key("key-new") is None
