"""`digest subscribers ...` through the real CLI on a project folder and its store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from digest.cli.main import main
from digest.model.types import SubscriberStatus
from digest.store import Store


def run(project: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        main, ["subscribers", *args, "--config", str(project / "config.yaml")]
    )
    return result.exit_code, result.stdout, result.stderr


def store(project: Path) -> Store:
    return Store(project / "var" / "digest.sqlite3")


def test_list_json_has_email_and_status_for_each_subscriber(project: Path) -> None:
    code, out, _ = run(project, "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["email"] for r in rows] == [
        "ada@example.org",
        "grace@example.org",
        "linus@example.net",
    ]
    assert all(r["status"] == "active" for r in rows)
    grace = next(r for r in rows if r["email"] == "grace@example.org")
    assert grace["sections"] == ["World", "Technology"]


def test_add_remove_and_sync_never_resubscribes(project: Path) -> None:
    code, _, _ = run(project, "add", "New@Example.COM", "--name", "New Person", "--format", "text")
    assert code == 0
    code, out, _ = run(project, "remove", "ada@example.org")
    assert code == 0 and "unsubscribed" in out
    # ada is still in readers.csv: listing syncs the files, and she stays unsubscribed.
    code, out, _ = run(project, "list", "--json")
    rows = {r["email"]: r for r in json.loads(out)}
    assert rows["ada@example.org"]["status"] == "unsubscribed"
    assert rows["New@example.com"]["format"] == "text"
    code, out, _ = run(project, "add", "ada@example.org")
    assert "stays so" in out
    assert store(project).subscriber("ada@example.org").status is SubscriberStatus.UNSUBSCRIBED
    code, out, _ = run(project, "add", "ada@example.org", "--reactivate")
    assert store(project).subscriber("ada@example.org").status is SubscriberStatus.ACTIVE
    code, _, err = run(project, "add", "not-an-address")
    assert code == 1 and "not a valid address" in err
    code, _, err = run(project, "remove", "nobody@example.org")
    assert code == 1 and "not a subscriber" in err


def test_import_reports_bad_rows_as_file_line_and_honours_statuses(project: Path) -> None:
    source = project / "other-tool.csv"
    source.write_text(
        "email,name,sections,timezone,format,status\n"
        "x@example.org,X,,Europe/Berlin,html,active\n"
        "broken,Broken,,,,\n"
        "y@example.org,Y,World,,text,unsubscribed\n"
        "z@example.org,Z,,Mars/Olympus,html,active\n"
        "ada@example.org,Ada,,,html,complained\n"
    )
    run(project, "list")  # ada comes in from the files as active
    code, out, err = run(project, "import", str(source))
    assert code == 0, err
    assert f"{source}:3: 'broken' is not a valid address" in err
    assert f"{source}:5:" in err and "Mars/Olympus" in err
    assert "3 rows read, 2 added" in out
    s = store(project)
    assert s.subscriber("x@example.org").timezone == "Europe/Berlin"
    assert s.subscriber("y@example.org").status is SubscriberStatus.UNSUBSCRIBED
    assert s.subscriber("ada@example.org").status is SubscriberStatus.COMPLAINED  # taken out
    assert s.subscriber("z@example.org") is None


def test_export_csv_round_trips_through_import(project: Path, tmp_path: Path) -> None:
    run(project, "add", "q@example.org", "--name", 'Q "Quote", Esq.', "--sections", "World|Tech")
    run(project, "remove", "grace@example.org")
    code, out, _ = run(project, "export", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["email"]: r["status"] for r in rows}["grace@example.org"] == "unsubscribed"
    q = next(r for r in rows if r["email"] == "q@example.org")
    assert q["name"] == 'Q "Quote", Esq.' and q["sections"] == "World|Tech"

    other = tmp_path / "other"
    other.mkdir()
    (other / "config.yaml").write_text(
        (project / "config.yaml")
        .read_text()
        .replace("subscribers: subscribers/", "subscribers: s/")
    )
    (other / "s").mkdir()
    (other / "examples").symlink_to(project / "examples")
    exported = tmp_path / "export.csv"
    exported.write_text(out)
    code, out2, err = run(other, "import", str(exported))
    assert code == 0 and not err, err
    code, again, _ = run(other, "export")
    assert again == out  # same rows, same statuses
    code, as_json, _ = run(project, "export", "--format", "json")
    assert len(json.loads(as_json)) == len(rows)
    code, as_yaml, _ = run(project, "export", "--format", "yaml")
    import yaml

    assert [r["email"] for r in yaml.safe_load(as_yaml)] == [r["email"] for r in rows]


def test_suppress_and_unsuppress(project: Path) -> None:
    code, out, _ = run(project, "suppress", "Grace@example.org", "--reason", "legal request")
    assert code == 0 and "suppressed" in out
    assert run(project, "suppress", "grace@example.org")[1].strip().endswith("(legal request)")
    code, out, _ = run(project, "suppressed", "--json")
    assert [(e["email"], e["reason"]) for e in json.loads(out)] == [
        ("grace@example.org", "legal request")
    ]
    code, out, _ = run(project, "unsuppress", "grace@example.org")
    assert code == 0 and "no longer suppressed" in out
    code, _, err = run(project, "unsuppress", "grace@example.org")
    assert code == 1 and "not on the suppression list" in err


def test_suppressed_address_is_not_sent_by_digest_send(project: Path) -> None:
    config = project / "config.yaml"
    runner = CliRunner()
    assert runner.invoke(main, ["fetch", "--config", str(config)]).exit_code == 0
    run(project, "suppress", "grace@example.org")
    result = runner.invoke(main, ["send", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "2 sent" in result.output and "1 suppressed" in result.output
    outbox = next((project / "var" / "outbox").iterdir())
    assert sorted(p.name for p in outbox.glob("*.eml")) == [
        "ada@example.org.eml",
        "linus@example.net.eml",
    ]
