"""`digest schedule`, `digest status`, `digest config-schema` through the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from digest.cli.main import main
from digest.cli.ops import MODELINE, config_schema, schema_text
from digest.config import load_config, parse_duration
from digest.model.records import DeliveryFinish
from digest.model.types import DeliveryStatus, Issue, Section
from digest.store import Store

ROOT = Path(__file__).resolve().parent.parent


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def write_config(folder: Path, schedules: list[dict[str, object]]) -> Path:
    (folder / "feed.xml").write_text("<rss version='2.0'><channel><title>x</title></channel></rss>")
    (folder / "subscribers").mkdir(exist_ok=True)
    data = {
        "feeds": [{"url": "feed.xml", "name": "Local"}],
        "schedules": schedules,
        "store": "var/digest.sqlite3",
    }
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


SCHEDULES = [
    {"name": "night", "cron": "30 2 * * *", "timezone": "Europe/Amsterdam"},
    {"name": "midnight", "cron": "0 0 * * *", "timezone": "America/New_York"},
    {"name": "sunday", "cron": "0 7 * * 0", "timezone": "UTC", "deliver_at": "local"},
]


# -- schedule ---------------------------------------------------------------------------------


def test_schedule_json_lists_next_five_runs_with_offsets_across_dst(tmp_path: Path) -> None:
    config = write_config(tmp_path, SCHEDULES)
    code, out = invoke(
        "schedule", "--json", "--at", "2026-10-23T12:00+02:00", "--config", str(config)
    )
    assert code == 0, out
    night, midnight, sunday = json.loads(out)
    assert {key: night[key] for key in ("name", "timezone")} == {
        "name": "night",
        "timezone": "Europe/Amsterdam",
    }
    # The repeated 02:30 of 25 October runs once, in summer time.
    assert night["next_runs"] == [
        "2026-10-24T02:30:00+02:00",
        "2026-10-25T02:30:00+02:00",
        "2026-10-26T02:30:00+01:00",
        "2026-10-27T02:30:00+01:00",
        "2026-10-28T02:30:00+01:00",
    ]
    assert night["next_runs_utc"][1] == "2026-10-25T00:30:00+00:00"
    assert any("02:30 happens twice; the digest runs once" in w for w in night["dst_warnings"])
    assert midnight["next_runs"][0] == "2026-10-24T00:00:00-04:00"
    # Crontab weekday 0 is Sunday (APScheduler's from_crontab would say Monday).
    assert datetime.fromisoformat(sunday["next_runs"][0]).strftime("%A") == "Sunday"


def test_schedule_warns_months_ahead_about_a_time_that_does_not_exist(tmp_path: Path) -> None:
    config = write_config(tmp_path, SCHEDULES[:2])
    code, out = invoke("schedule", "--at", "2026-11-28T09:00+00:00", "--config", str(config))
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0] == "night: '30 2 * * *' in Europe/Amsterdam"
    assert lines[1] == "  Sun 2026-11-29 02:30 CET    = Sun 2026-11-29 01:30 UTC"
    assert (
        "  DST: 2027-03-28: clocks in Europe/Amsterdam go forward from 02:00 CET to 03:00 CEST, "
        "so 02:30 does not exist; it runs at 03:30 CEST instead"
    ) in lines
    assert "  Sun 2026-11-29 00:00 EST    = Sun 2026-11-29 05:00 UTC" in lines
    new_york = lines[lines.index("midnight: '0 0 * * *' in America/New_York") :]
    assert not any(line.startswith("  DST:") for line in new_york)  # midnight is never moved


def test_schedule_at_needs_an_offset(tmp_path: Path) -> None:
    config = write_config(tmp_path, SCHEDULES[:1])
    code, out = invoke("schedule", "--at", "2026-11-28T09:00", "--config", str(config))
    assert code == 1 and "add a UTC offset" in out


def test_schedule_default_is_from_now(tmp_path: Path) -> None:
    config = write_config(tmp_path, SCHEDULES[:1])
    before = datetime.now(UTC)
    code, out = invoke("schedule", "--json", "-n", "2", "--config", str(config))
    assert code == 0, out
    runs = [datetime.fromisoformat(r) for r in json.loads(out)[0]["next_runs"]]
    assert len(runs) == 2 and before < runs[0] <= before + timedelta(days=1)
    assert runs[1] - runs[0] in (timedelta(hours=23), timedelta(hours=24), timedelta(hours=25))


# -- status -----------------------------------------------------------------------------------


def test_status_reads_the_store(tmp_path: Path) -> None:
    path = write_config(tmp_path, SCHEDULES[:1])
    config = load_config(path)
    store = Store.open(config.store_url)
    now = datetime.now(UTC)
    feed_url = str(config.feed_path(config.feeds[0]))
    store.record_feed_failure(
        feed_url, "Local", now - timedelta(days=2), "not well-formed", next_try=now
    )
    store.record_feed_failure(
        feed_url, "Local", now - timedelta(hours=1), "not well-formed", next_try=now
    )
    issue = Issue(
        id="night-2026-11-28",
        schedule="night",
        title="Digest",
        subject="Digest",
        window_start=now - timedelta(days=1),
        window_end=now,
        created_at=now,
        sections=(Section("World", ()),),
    )
    store.save_issue(issue, "2026-11-28")
    store.queue_deliveries(issue.id, ["a@example.org", "b@example.org"], now)
    store.finish_deliveries(issue.id, [DeliveryFinish("a@example.org", DeliveryStatus.SENT, now)])
    store.add_run_event(
        {"at": now.isoformat(), "kind": "missed", "schedule": "night", "detail": "run missed"}
    )
    code, out = invoke("status", "--json", "--config", str(path))
    assert code == 0, out
    data = json.loads(out)
    assert data["runner"]["running"] is False
    (failing,) = data["feeds"]["failing"]
    assert failing["failures"] == 2 and failing["last_error"] == "not well-formed"
    assert data["issues"][0]["deliveries"] == {"queued": 1, "sent": 1}
    assert {a["kind"] for a in data["alerts"]} == {"missed", "feed failing"}
    code, out = invoke("status", "--config", str(path))
    assert code == 0, out
    assert "FAILING Local; since" in out and "2 failures" in out
    assert "night-2026-11-28" in out and "1 queued, 1 sent" in out
    assert "missed: run missed" in out


# -- config-schema ------------------------------------------------------------------------------


def test_committed_schema_is_in_step_with_the_model() -> None:
    committed = (ROOT / "config.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: digest config-schema -o config.schema.json"
    code, out = invoke("config-schema")
    assert code == 0 and out == committed


def test_shipped_config_points_at_the_schema_and_validates() -> None:
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    assert (
        text.splitlines()[0] == MODELINE == "# yaml-language-server: $schema=./config.schema.json"
    )
    schema = json.loads((ROOT / "config.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(yaml.safe_load(text))) == []


def test_schema_rejects_what_the_model_rejects() -> None:
    validator = jsonschema.Draft202012Validator(config_schema())
    data = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    data["fetch"]["intervall"] = "30m"  # a typo
    data["schedules"][0]["approval"] = "sometimes"
    data["delivery"]["smtp"]["port"] = 70000
    messages = sorted(e.message for e in validator.iter_errors(data))
    assert len(messages) == 3
    assert "Additional properties are not allowed ('intervall' was unexpected)" in messages
    properties = config_schema()["properties"]
    assert "base_dir" not in properties and "source" not in properties
    assert config_schema()["$defs"]["FetchConfig"]["properties"]["interval"]["default"] == "30m"


@pytest.mark.parametrize(
    "value",
    ["30m", "1h", "2d", "1w", "90s", "90 sec", "1.5h", "10 MIN", 3600, 0.5, "P1D", "1y", "-5m", ""],
)
def test_schema_durations_agree_with_parse_duration(value: object) -> None:
    schema = config_schema()["$defs"]["ScheduleConfig"]["properties"]["misfire_grace"]
    try:
        parse_duration(value)
        model_ok = True
    except ValueError:
        model_ok = False
    schema_ok = jsonschema.Draft202012Validator(schema).is_valid(value)
    assert schema_ok == model_ok


def test_config_schema_output_option_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "config.schema.json"
    code, out = invoke("config-schema", "-o", str(target))
    assert code == 0 and MODELINE in out
    assert target.read_text(encoding="utf-8") == schema_text()


# -- the systemd unit -------------------------------------------------------------------------


def test_systemd_unit_runs_digest_run_and_passes_systemd_analyze(tmp_path: Path) -> None:
    unit = (ROOT / "deploy" / "digest.service").read_text(encoding="utf-8")
    settings: dict[str, list[str]] = {}
    for line in unit.splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            settings.setdefault(key.strip(), []).append(value.strip())
    assert settings["ExecStart"] == ["/opt/digest/venv/bin/digest --log-json run"]
    assert settings["ExecReload"] == ["/bin/kill -HUP $MAINPID"]
    assert settings["KillSignal"] == ["SIGTERM"] and settings["Type"] == ["notify"]
    assert int(settings["TimeoutStopSec"][0]) > load_config(ROOT / "config.yaml").fetch.deadline
    assert "DIGEST_CONFIG=/srv/digest/config.yaml" in settings["Environment"]
    analyze = shutil.which("systemd-analyze")
    digest_bin = Path(sys.executable).parent / "digest"
    if analyze is None or not digest_bin.exists():
        return  # the static checks above still ran
    copy = tmp_path / "digest.service"
    copy.write_text(unit.replace("/opt/digest/venv/bin/digest", str(digest_bin)))
    result = subprocess.run(
        [analyze, "verify", str(copy)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
