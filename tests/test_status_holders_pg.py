"""`digest status` shows who holds work, read from the store (issue 16): each schedule's leader
(lease holder, time left), the senders holding claimed deliveries (how many, lease left, run
out), the runners fetching feeds — on PostgreSQL, where runners on other machines are seen only
this way, and on SQLite, which keeps the same columns."""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_end_to_end import edit_config

from digest.cli.main import main
from digest.store import Store
from digest.store.owners import LIVE_RUNS, worker_id

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
ELSEWHERE = "far-host/0a0b0c0d:4242:99:beef"  # a sender on another machine: only its lease speaks


def status(project: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["status", "--config", str(project / "config.yaml"), *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def busy(project: Path, store_url: str):
    """A store where a leader, two senders (one here, one elsewhere, its lease run out) and a
    fetcher hold work."""
    edit_config(project / "config.yaml", store=store_url)
    store = Store.open(store_url, lease=timedelta(minutes=2))
    emails = [f"r{i}@x.org" for i in range(5)]
    store.queue_deliveries("daily-2026-11-28", emails, NOW)
    mine = store.start_run()
    assert len(store.claim_deliveries("daily-2026-11-28", NOW, limit=3, owner=mine)) == 3
    assert len(store.claim_deliveries("daily-2026-11-28", NOW, limit=2, owner=ELSEWHERE)) == 2
    store.db.execute(
        "UPDATE deliveries SET lease_until = epoch_now() - 30 WHERE claimed_by = ?", (ELSEWHERE,)
    )
    leader = f"{worker_id()}:cafe0001"
    LIVE_RUNS.add(leader)  # as Leadership does while it leads
    assert store.acquire_lease("leader:daily", leader, timedelta(seconds=90), NOW)
    assert store.claim_feeds(["https://a.example/feed", "https://b.example/feed"], NOW) == {
        "https://a.example/feed",
        "https://b.example/feed",
    }
    yield store, mine, leader
    store.end_run(mine)
    LIVE_RUNS.discard(leader)
    store.close()


def test_status_lists_leaders_senders_and_fetchers(project: Path, busy, store_url: str) -> None:
    _, mine, _ = busy
    lines = status(project).splitlines()
    start = lines.index("work held (from the store: leaders, senders, fetchers, on every machine)")
    block = lines[start + 1 : start + 5]
    host = worker_id().split("/", 1)[0]
    pid = os.getpid()
    assert block[0].startswith(f"  leader   daily: {host} pid {pid} (running, this machine), since")
    assert re.search(r"; lease 1m [23]\ds left$", block[0])  # 90 s, minus the test's time
    senders = sorted(block[1:3])
    assert senders[0].startswith(
        "  sending  daily-2026-11-28: far-host pid 4242 holds 2 deliveries; lease ran out 3"
    )
    assert senders[0].endswith("s ago; any sender takes them over")
    assert re.fullmatch(
        f"  sending  daily-2026-11-28: {host} pid {pid} \\(running, this machine\\) holds 3"
        r" deliveries; lease (1m \d\ds|2m 00s) left",
        senders[1],
    ), senders[1]
    assert block[3].startswith(f"  fetching {host} pid {pid} (running, this machine): 2 feeds;")
    if "://" in store_url:  # no lock file on PostgreSQL: the leader lease says a runner runs
        assert lines[0] == "runner     1 leading (see 'work held'); any number may help send"
    else:
        assert lines[0].startswith("runner     not running")

    data = json.loads(status(project, "--json"))["work_held"]
    assert [item["what"] for item in data["leader"]] == ["daily"]
    assert 80 < data["leader"][0]["seconds_left"] <= 90
    by_holder = {item["holder"]["id"]: item for item in data["sending"]}
    assert by_holder[mine]["count"] == 3 and by_holder[mine]["holder"]["alive"] is True
    assert by_holder[ELSEWHERE]["count"] == 2 and by_holder[ELSEWHERE]["seconds_left"] < -25
    assert by_holder[ELSEWHERE]["holder"]["alive"] is None  # elsewhere: only its lease speaks
    assert data["fetching"][0]["count"] == 2


def test_status_when_nobody_holds_anything(project: Path, busy, store_url: str) -> None:
    store, mine, leader = busy
    store.release_lease("leader:daily", leader)
    store.db.execute("UPDATE deliveries SET status = 'sent', claimed_by = NULL")
    store.db.execute("UPDATE feeds SET claimed_by = NULL, claim_until = NULL")
    lines = status(project).splitlines()
    start = lines.index("work held (from the store: leaders, senders, fetchers, on every machine)")
    assert lines[start + 1].startswith("  nothing: no schedule leader")
    if "://" in store_url:
        assert lines[0].startswith("runner     no runner leads a schedule")


def test_a_dead_local_sender_is_shown_gone(project: Path, busy) -> None:
    store, _, _ = busy
    dead = f"{worker_id().rsplit(':', 2)[0]}:999999999:1"  # this machine, a pid that is not
    store.db.execute(
        "UPDATE deliveries SET claimed_by = ? WHERE claimed_by <> ?", (dead, ELSEWHERE)
    )
    text = status(project)
    assert "pid 999999999 (gone, this machine) holds 3 deliveries" in text
