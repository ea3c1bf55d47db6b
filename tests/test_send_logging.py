"""`digest --log-json`: every stderr line is one JSON object, progress included.

A log shipper reading stderr must not meet the plain progress lines (LogLines, the fetch
counter) that the command writes without the flag.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import yaml

from digest.send.loop import LogRecords


def digest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command in a fresh process, as cron or systemd would run it."""
    return subprocess.run(
        [sys.executable, "-m", "digest", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def json_lines(stderr: str) -> list[dict[str, object]]:
    """Every stderr line parsed; fails on the first line that is not a JSON object."""
    records = []
    for line in stderr.splitlines():
        record = json.loads(line)
        assert isinstance(record, dict), line
        records.append(record)
    return records


def use_smtp(project: Path, host: str, port: int) -> None:
    config = project / "config.yaml"
    data = yaml.safe_load(config.read_text())
    data["delivery"].update(transport="smtp", smtp={"host": host, "port": port, "security": "none"})
    config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def test_log_json_send_writes_only_json_to_stderr(project: Path, smtp_server) -> None:
    use_smtp(project, smtp_server.host, smtp_server.port)
    # A subscriber file with a bad address: `send` warns about it before sending.
    (project / "subscribers" / "broken.csv").write_text("email,name\nnot-an-address,Nobody\n")

    fetched = digest("--log-json", "fetch", cwd=project)
    assert fetched.returncode == 0, fetched.stderr
    fetch_records = json_lines(fetched.stderr)
    assert [r["done"] for r in fetch_records if r.get("kind") == "fetching"] == [1, 2, 3, 4]

    sent = digest("--log-json", "send", cwd=project)
    assert sent.returncode == 0, sent.stderr
    assert "3 sent" in sent.stdout
    records = json_lines(sent.stderr)
    warnings = [r for r in records if r["level"] == "warning"]
    assert any("not-an-address" in str(r["event"]) for r in warnings), records
    finished = [r for r in records if r.get("kind") == "send-finished"]
    assert len(finished) == 1, records
    assert finished[0]["logger"] == "digest.progress"
    assert finished[0]["done"] == finished[0]["total"] == 3
    assert finished[0]["counts"] == {
        "sent": 3,
        "deferred": 0,
        "bounced": 0,
        "failed": 0,
        "suppressed": 0,
    }
    assert sorted(r for m in smtp_server.recorder.received for r in m.recipients) == [
        "ada@example.org",
        "grace@example.org",
        "linus@example.net",
    ]


def test_without_log_json_progress_and_warnings_stay_plain(project: Path) -> None:
    (project / "subscribers" / "broken.csv").write_text("email,name\nnot-an-address,Nobody\n")
    fetched = digest("fetch", cwd=project)
    assert fetched.returncode == 0, fetched.stderr
    assert fetched.stderr.splitlines()[0].startswith("fetching 1/4: ")
    sent = digest("send", cwd=project)
    assert sent.returncode == 0, sent.stderr
    lines = sent.stderr.splitlines()
    assert any(line.startswith("warning: ") and "not-an-address" in line for line in lines)
    assert not any(line.lstrip().startswith("{") for line in lines)


def test_log_records_report_every_interval_with_counts(caplog) -> None:
    display = LogRecords("sending daily-1", interval=0.0)
    with caplog.at_level(logging.INFO, logger="digest.progress"):
        display.update(2, 5, {"sent": 1, "deferred": 1}, 0.5)
        display.finish(5, 5, {"sent": 4, "deferred": 1}, 1.0)
    kinds = [r.fields["kind"] for r in caplog.records]  # type: ignore[attr-defined]
    assert kinds == ["send-progress", "send-finished"]
    progress = caplog.records[0]
    assert progress.fields["done"] == 2 and progress.fields["total"] == 5  # type: ignore[attr-defined]
    assert progress.fields["counts"]["deferred"] == 1  # type: ignore[attr-defined]
    assert progress.getMessage().startswith("sending daily-1: 2/5 ")
