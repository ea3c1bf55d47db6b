"""`digest run`: missed runs, one issue per period, waves, approval, resume, reload, lock, SIGTERM.

The first half drives `scheduler.Runner` in-process with a fixed clock and a memory transport
(no waiting, exact times around DST). The second half runs `python -m digest run` as a
subprocess against a real SMTP server on 127.0.0.1, with $DIGEST_TEST_TICK making schedules fire
every second, and checks what the server received.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import signal
import socket
import string
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from aiosmtpd.controller import Controller
from click.testing import CliRunner
from conftest import SmtpServer, free_port

from digest.cli.main import main
from digest.config import Config, load_config
from digest.model.types import Article
from digest.pipeline.build import build_issue
from digest.pipeline.sending import send_issue
from digest.pipeline.status import build_status
from digest.schedule.runner import Runner
from digest.schedule.service import Service
from digest.schedule.slots import Slot
from digest.send.transports import MemoryTransport
from digest.store import Store
from digest.store.owners import worker_id

AMS = ZoneInfo("Europe/Amsterdam")
NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<link>https://example.org/</link><description>test</description></channel></rss>
"""


# -- in-process helpers -----------------------------------------------------------------------


@dataclass
class Clock:
    """A clock the test moves by hand."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


def article(n: int, seen: datetime) -> Article:
    """A story with words no other story shares, so same-story merging keeps it on its own."""
    rng = random.Random(n)
    words = ["".join(rng.choices(string.ascii_lowercase, k=7)) for _ in range(30)]
    text = ". ".join(" ".join(words[i : i + 10]).capitalize() for i in (0, 10, 20)) + "."
    return Article(
        id=f"a{n}",
        feed_url="https://example.org/feed",
        source="Example",
        section="World",
        title=f"{words[0]} {words[1]} {words[2]}".capitalize(),
        url=f"https://example.org/{n}",
        published=seen - timedelta(minutes=5),
        text=text,
        guid=f"g{n}",
        content_hash=f"h{n}",
    )


@dataclass
class Setup:
    """A project folder, its config, store, memory transport and a runner factory."""

    root: Path
    config: Config
    store: Store
    transport: MemoryTransport
    clock: Clock
    runners: list[Runner] = field(default_factory=list)

    def runner(self) -> Runner:
        """A new Runner on the same store, as after a restart (the old one is gone: on
        PostgreSQL it hands its schedules' leases over)."""
        for old in self.runners:
            old.leadership.close()
        runner = Runner(
            self.config,
            self.store,
            config_file=self.root / "config.yaml",
            clock=self.clock,
            transport_factory=lambda _config: self.transport,
        )
        runner.sync_subscribers()
        runner.refresh_slots()
        self.runners.append(runner)
        return runner

    def add(self, numbers: range, seen: datetime) -> None:
        self.store.add_articles([article(n, seen) for n in numbers], seen)

    def recipients(self) -> list[str]:
        return [recipient for recipient, _ in self.transport.sent]

    def issues(self) -> list[str]:
        return sorted(r.issue.id for r in self.store.recent_issues(100))


SUBSCRIBERS = """\
- email: ams@example.org
- email: ny@example.org
  timezone: America/New_York
- email: tokyo@example.org
  timezone: Asia/Tokyo
"""


STORE = ["var/digest.sqlite3"]  # where make_setup puts the store (see `_store_backend`)


@pytest.fixture(autouse=True)
def _store_backend(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that asks for `store_url` runs twice: its store on SQLite, then on PostgreSQL."""
    if "store_url" in request.fixturenames:
        STORE[0] = request.getfixturevalue("store_url")
    try:
        yield
    finally:
        STORE[0] = "var/digest.sqlite3"


def make_setup(tmp_path: Path, start: datetime, **schedule: object) -> Setup:
    """A project on `STORE` (each test that uses this runs on SQLite and on PostgreSQL)."""
    (tmp_path / "feed.xml").write_text(FEED)
    (tmp_path / "subscribers").mkdir()
    (tmp_path / "subscribers" / "people.yaml").write_text(SUBSCRIBERS)
    data = {
        "digest": {"from": "Digest <digest@example.org>"},
        "store": STORE[0],
        "feeds": [{"url": "feed.xml", "name": "Local", "section": "World"}],
        "schedules": [
            {
                "name": "daily",
                "cron": "0 7 * * *",
                "timezone": "Europe/Amsterdam",
                "lookback": "7d",
                **schedule,
            }
        ],
    }
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    config = load_config(tmp_path / "config.yaml")
    store = Store.open(config.store_url)
    return Setup(tmp_path, config, store, MemoryTransport(), Clock(start))


# -- missed runs, restarts, one issue per period ----------------------------------------------


def test_missed_run_within_grace_runs_once_at_start_older_is_recorded(
    tmp_path: Path, store_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="digest")
    s = make_setup(tmp_path, datetime(2026, 3, 26, 12, 0, tzinfo=AMS))
    s.runner().sweep()  # first start: nothing before now is caught up
    s.add(range(0, 3), datetime(2026, 3, 26, 12, 30, tzinfo=AMS))
    s.clock.now = datetime(2026, 3, 27, 7, 0, 2, tzinfo=AMS)
    s.runners[-1].sweep()
    assert s.issues() == ["daily-2026-03-27"]
    assert sorted(s.recipients()) == ["ams@example.org", "ny@example.org", "tokyo@example.org"]

    # Down from Friday 07:01 until Sunday 07:40 (the first day of summer time). Saturday's
    # run is a day late: missed and recorded. Sunday's is 40 minutes late: it runs once.
    s.add(range(3, 6), datetime(2026, 3, 28, 10, 0, tzinfo=AMS))
    s.clock.now = datetime(2026, 3, 29, 7, 40, tzinfo=AMS)
    restarted = s.runner()
    restarted.sweep()
    assert s.issues() == ["daily-2026-03-27", "daily-2026-03-29"]
    assert len(s.recipients()) == 6
    sunday = s.store.issue("daily-2026-03-29")
    friday = s.store.issue("daily-2026-03-27")
    assert sunday is not None and friday is not None
    assert sunday.issue.window_start == friday.issue.window_end  # Saturday's articles carried
    assert {i.article_id for i in sunday.issue.items} == {"a3", "a4", "a5"}
    missed = [e for e in s.store.run_events() if e["kind"] == "missed"]
    assert [e["scheduled_for"] for e in missed] == ["2026-03-28T07:00:00+01:00"]
    assert "(1d 40m late, more than misfire_grace 1h)" in missed[0]["detail"]
    assert any(
        r.levelno == logging.WARNING and "2026-03-28 07:00 CET" in r.getMessage()
        for r in caplog.records
    )

    # Another sweep, and another restart, a minute later: nothing new.
    s.clock.now += timedelta(minutes=1)
    restarted.sweep()
    s.runner().sweep()
    assert len(s.recipients()) == 6
    assert len([e for e in s.store.run_events() if e["kind"] == "missed"]) == 1

    # Down past Monday's grace: missed, no issue, and `digest status` shows it as an alert.
    s.add(range(6, 7), datetime(2026, 3, 29, 20, 0, tzinfo=AMS))
    s.clock.now = datetime(2026, 3, 30, 9, 1, tzinfo=AMS)
    s.runner().sweep()
    assert s.issues() == ["daily-2026-03-27", "daily-2026-03-29"]
    report = build_status(
        s.config,
        feeds=[],
        feed_states=[],
        issues=[],
        events=s.store.run_events(),
        marks=s.store.schedule_marks(),
        now=s.clock.now,
    )
    texts = [a.text for a in report.alerts if a.kind == "missed"]
    assert any("2026-03-30 07:00 CEST" in t for t in texts), texts
    assert report.schedules[0].last_handled == datetime(2026, 3, 30, 5, 0, tzinfo=UTC)


def test_a_long_outage_lists_some_missed_runs_and_runs_only_the_latest(
    tmp_path: Path, store_url: str
) -> None:
    s = make_setup(
        tmp_path, datetime(2026, 5, 1, 8, 0, tzinfo=AMS), cron="*/5 * * * *", misfire_grace="12m"
    )
    s.runner().sweep()
    s.add(range(0, 2), datetime(2026, 5, 7, 8, 1, tzinfo=AMS))
    s.clock.now = datetime(2026, 5, 8, 8, 11, tzinfo=AMS)  # a week: ~2000 fires
    started = time.perf_counter()
    s.runner().sweep()
    assert time.perf_counter() - started < 5
    assert s.issues() == ["daily-2026-05-08T08:10"]  # 08:00 and 08:05 coalesced into 08:10
    events = s.store.run_events()
    assert len([e for e in events if e["kind"] == "missed"]) == 21  # 20 listed + "more"
    assert any("more runs missed" in str(e["detail"]) for e in events)


def test_windows_are_contiguous_none_skipped_none_repeated(tmp_path: Path, store_url: str) -> None:
    s = make_setup(tmp_path, datetime(2026, 6, 1, 8, 0, tzinfo=AMS), min_items=0)
    runner = s.runner()
    runner.sweep()
    batches = {2: range(0, 4), 3: range(4, 5), 4: range(5, 5), 5: range(5, 9)}
    for day, numbers in batches.items():
        s.add(numbers, datetime(2026, 6, day - 1, 18, 0, tzinfo=AMS))
        s.add(range(100 + day, 101 + day), datetime(2026, 6, day, 6, 59, tzinfo=AMS))
        s.clock.now = datetime(2026, 6, day, 7, 0, 1, tzinfo=AMS)
        runner.sweep()
    records = sorted(s.store.recent_issues(10), key=lambda r: r.issue.window_start)
    assert [r.period for r in records] == ["2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05"]
    for before, after in zip(records, records[1:], strict=False):
        assert before.issue.window_end == after.issue.window_start
    ids = [{i.article_id for i in r.issue.items} for r in records]
    assert ids[0] == {"a0", "a1", "a2", "a3", "a102"}
    assert ids[1] == {"a4", "a103"}
    assert ids[2] == {"a104"}
    assert ids[3] == {"a5", "a6", "a7", "a8", "a105"}
    assert sum(len(x) for x in ids) == len(set().union(*ids))  # none repeated


def test_dst_double_fire_and_restart_make_one_issue(tmp_path: Path, store_url: str) -> None:
    s = make_setup(tmp_path, datetime(2026, 10, 24, 12, 0, tzinfo=AMS), cron="30 2 * * *")
    runner = s.runner()
    runner.sweep()
    s.add(range(0, 3), datetime(2026, 10, 24, 20, 0, tzinfo=AMS))
    # Walk the autumn night (02:00-03:00 happens twice) in 10-minute steps, restarting twice.
    step = datetime(2026, 10, 24, 23, 0, tzinfo=UTC)
    while step < datetime(2026, 10, 25, 4, 0, tzinfo=UTC):
        s.clock.now = step
        (s.runner() if step.minute == 0 and step.hour in (1, 2) else runner).sweep()
        step += timedelta(minutes=10)
    assert s.issues() == ["daily-2026-10-25"]
    assert len(s.recipients()) == 3
    # Even a raw double fire (both passes of 02:30) lands on the same period.
    slot = Slot("daily", "Europe/Amsterdam", runner.slots[0].cadence)
    first = datetime(2026, 10, 25, 2, 30, tzinfo=AMS)
    second = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=AMS)
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    runner.run_fire(slot, s.config.schedules[0], first)
    runner.run_fire(slot, s.config.schedules[0], second)
    assert s.issues() == ["daily-2026-10-25"]
    assert len(s.recipients()) == 3


def test_manual_send_for_the_same_period_never_makes_a_second_issue(
    tmp_path: Path, store_url: str
) -> None:
    """`digest send` before the scheduled run, and after it: one issue, one copy each."""
    s = make_setup(tmp_path, datetime(2026, 7, 1, 6, 0, tzinfo=AMS))
    runner = s.runner()
    runner.sweep()
    s.add(range(0, 3), datetime(2026, 7, 1, 6, 10, tzinfo=AMS))
    schedule = s.config.schedules[0]
    # What `digest send` does at 06:30 (cli.send): build_issue(refresh=False), send_issue.
    manual_now = datetime(2026, 7, 1, 6, 30, tzinfo=AMS)
    built = build_issue(s.config, s.store, schedule, manual_now, refresh=False)
    assert built.record is not None and built.record.issue.id == "daily-2026-07-01"
    send_issue(s.config, s.store, built.record, s.transport, manual_now, clock=s.clock)
    assert len(s.recipients()) == 3
    s.add(range(3, 4), datetime(2026, 7, 1, 6, 45, tzinfo=AMS))
    s.clock.now = datetime(2026, 7, 1, 7, 0, 3, tzinfo=AMS)
    runner.sweep()
    assert s.issues() == ["daily-2026-07-01"]
    assert len(s.recipients()) == 3
    # ...and after the scheduled run: the next day, manual send second.
    s.clock.now = datetime(2026, 7, 2, 7, 0, 3, tzinfo=AMS)
    runner.sweep()
    assert s.issues() == ["daily-2026-07-01", "daily-2026-07-02"]
    later = datetime(2026, 7, 2, 9, 0, tzinfo=AMS)
    again = build_issue(s.config, s.store, schedule, later, refresh=False)
    assert again.reused and again.record is not None
    summary = send_issue(s.config, s.store, again.record, s.transport, later)
    assert summary.already_done == 3 and not summary.counts.get("sent")
    assert len(s.recipients()) == 6
    day2 = s.store.issue("daily-2026-07-02")
    assert day2 is not None and {i.article_id for i in day2.issue.items} == {"a3"}


def test_manual_digest_send_command_and_the_runner_share_the_period(
    tmp_path: Path, store_url: str
) -> None:
    """The real `digest send` (real clock) after the runner's run of the same period."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    s = make_setup(tmp_path, now, cron=f"{now.minute} {now.hour} * * *", timezone="UTC")
    s.add(range(0, 2), now - timedelta(minutes=30))
    runner = s.runner()
    slot = runner.slots[0]
    s.store.set_schedule_mark(slot.job_id, slot.signature, now - timedelta(minutes=1))
    s.clock.now = now + timedelta(seconds=1)
    runner.sweep()
    assert len(s.recipients()) == 3
    result = CliRunner().invoke(main, ["send", "--config", str(tmp_path / "config.yaml")])
    assert result.exit_code == 0, result.output
    assert "3 already delivered earlier" in result.output
    assert s.issues() == [f"daily-{now:%Y-%m-%d}"]
    assert not (tmp_path / "var" / "outbox").exists() or not any(
        (tmp_path / "var" / "outbox").rglob("*.eml")
    )


def test_min_items_skips_logs_records_and_the_next_issue_catches_up(
    tmp_path: Path, store_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="digest")
    s = make_setup(tmp_path, datetime(2026, 9, 1, 8, 0, tzinfo=AMS), min_items=3)
    runner = s.runner()
    runner.sweep()
    s.add(range(0, 2), datetime(2026, 9, 1, 9, 0, tzinfo=AMS))
    s.clock.now = datetime(2026, 9, 2, 7, 0, 1, tzinfo=AMS)
    runner.sweep()
    assert s.issues() == [] and s.recipients() == []
    skipped = [e for e in s.store.run_events() if e["kind"] == "skipped"]
    assert [e["period"] for e in skipped] == ["2026-09-02"]
    assert any("fewer than min_items (3)" in r.getMessage() for r in caplog.records)
    s.add(range(2, 3), datetime(2026, 9, 2, 12, 0, tzinfo=AMS))
    s.clock.now = datetime(2026, 9, 3, 7, 0, 1, tzinfo=AMS)
    runner.sweep()
    record = s.store.issue("daily-2026-09-03")
    assert record is not None and {i.article_id for i in record.issue.items} == {"a0", "a1", "a2"}


# -- local-time waves, approval, resume ---------------------------------------------------------


def test_deliver_at_local_sends_one_issue_in_waves(tmp_path: Path, store_url: str) -> None:
    s = make_setup(tmp_path, datetime(2026, 6, 1, 12, 0, tzinfo=UTC), deliver_at="local")
    runner = s.runner()
    assert sorted(slot.zone for slot in runner.slots) == [
        "America/New_York",
        "Asia/Tokyo",
        "Europe/Amsterdam",
    ]
    runner.sweep()
    s.add(range(0, 3), datetime(2026, 6, 1, 13, 0, tzinfo=UTC))
    waves = [
        (datetime(2026, 6, 2, 7, 0, 5, tzinfo=TOKYO), ["tokyo@example.org"]),
        (datetime(2026, 6, 2, 7, 0, 5, tzinfo=AMS), ["ams@example.org"]),
        (datetime(2026, 6, 2, 7, 0, 5, tzinfo=NY), ["ny@example.org"]),
    ]
    sent: list[str] = []
    for moment, expected in waves:
        s.clock.now = moment - timedelta(minutes=1)
        runner.sweep()
        assert s.recipients() == sent  # nobody before their 07:00
        s.clock.now = moment
        runner.sweep()
        sent += expected
        assert s.recipients() == sent
    assert s.issues() == ["daily-2026-06-02"]  # one issue, three waves
    counts = s.store.delivery_counts("daily-2026-06-02")
    assert counts == {"sent": 3}


def test_a_period_skipped_by_its_first_wave_stays_skipped_for_later_waves(
    tmp_path: Path, store_url: str
) -> None:
    """Either every zone gets a day's issue or none does; the skipped items wait for the next."""
    s = make_setup(
        tmp_path, datetime(2026, 6, 1, 12, 0, tzinfo=UTC), deliver_at="local", min_items=2
    )
    runner = s.runner()
    runner.sweep()
    s.add(range(0, 1), datetime(2026, 6, 1, 13, 0, tzinfo=UTC))
    s.clock.now = datetime(2026, 6, 2, 7, 0, 5, tzinfo=TOKYO)
    runner.sweep()
    assert s.issues() == []
    s.add(range(1, 3), datetime(2026, 6, 2, 0, 0, tzinfo=UTC))
    s.clock.now = datetime(2026, 6, 2, 7, 0, 5, tzinfo=AMS)  # enough items now, same period
    runner.sweep()
    assert s.issues() == [] and s.recipients() == []
    s.clock.now = datetime(2026, 6, 3, 7, 0, 5, tzinfo=TOKYO)
    runner.sweep()
    record = s.store.issue("daily-2026-06-03")
    assert record is not None and {i.article_id for i in record.issue.items} == {"a0", "a1", "a2"}
    assert s.recipients() == ["tokyo@example.org"]


def test_approval_required_holds_then_sends_when_approved_and_due(
    tmp_path: Path, store_url: str
) -> None:
    s = make_setup(tmp_path, datetime(2026, 4, 1, 12, 0, tzinfo=AMS), approval="required")
    runner = s.runner()
    runner.sweep()
    s.add(range(0, 2), datetime(2026, 4, 1, 13, 0, tzinfo=AMS))
    s.clock.now = datetime(2026, 4, 2, 7, 0, 1, tzinfo=AMS)
    runner.sweep()
    record = s.store.issue("daily-2026-04-02")
    assert record is not None and record.status == "held" and s.recipients() == []
    s.clock.now += timedelta(minutes=5)
    runner.sweep()
    assert s.recipients() == []
    s.store.set_issue_status("daily-2026-04-02", "approved")  # an editor, elsewhere
    s.clock.now += timedelta(minutes=1)
    runner.sweep()
    assert len(s.recipients()) == 3
    # An editor built and approved the next issue early: it waits for its time.
    s.add(range(2, 3), datetime(2026, 4, 2, 13, 0, tzinfo=AMS))
    early = datetime(2026, 4, 3, 6, 0, tzinfo=AMS)
    built = build_issue(s.config, s.store, s.config.schedules[0], early)
    assert built.record is not None and built.record.issue.id == "daily-2026-04-03"
    s.store.set_issue_status("daily-2026-04-03", "approved")
    s.clock.now = datetime(2026, 4, 3, 6, 30, tzinfo=AMS)
    runner.sweep()
    assert len(s.recipients()) == 3
    s.clock.now = datetime(2026, 4, 3, 7, 0, 1, tzinfo=AMS)
    runner.sweep()
    assert len(s.recipients()) == 6
    assert s.issues() == ["daily-2026-04-02", "daily-2026-04-03"]


def test_unfinished_send_resumes_at_start(tmp_path: Path, store_url: str) -> None:
    s = make_setup(tmp_path, datetime(2026, 2, 1, 12, 0, tzinfo=AMS))
    runner = s.runner()
    runner.sweep()
    s.add(range(0, 2), datetime(2026, 2, 1, 13, 0, tzinfo=AMS))
    s.clock.now = datetime(2026, 2, 2, 6, 59, tzinfo=AMS)
    schedule = s.config.schedules[0]
    built = build_issue(s.config, s.store, schedule, s.clock.now)
    assert built.record is not None
    issue_id = built.record.issue.id
    # A process that died mid-send: everyone queued, one row claimed by a pid that is gone.
    s.store.queue_deliveries(issue_id, ["ams@example.org", "ny@example.org"], s.clock.now)
    s.store.queue_deliveries(issue_id, ["tokyo@example.org"], s.clock.now)
    dead = f"{socket.gethostname()}:4194000"
    assert worker_id() != dead
    s.store.claim_deliveries(issue_id, s.clock.now, limit=1, owner=dead)
    s.store.set_issue_status(issue_id, "sending")
    assert s.store.delivery_counts(issue_id) == {"queued": 2, "sending": 1}
    # The runner starts again at 06:59:30 (before the 07:00 run): the send is finished.
    s.clock.now = datetime(2026, 2, 2, 6, 59, 30, tzinfo=AMS)
    s.runner().sweep()
    assert sorted(s.recipients()) == ["ams@example.org", "ny@example.org", "tokyo@example.org"]
    assert s.store.delivery_counts(issue_id) == {"sent": 3}
    s.clock.now = datetime(2026, 2, 2, 7, 0, 2, tzinfo=AMS)
    s.runners[-1].sweep()  # the scheduled run finds the period's issue already sent
    assert len(s.recipients()) == 3


def test_fetch_waits_for_a_failing_feeds_retry_time(tmp_path: Path, store_url: str) -> None:
    s = make_setup(tmp_path, datetime(2026, 1, 5, 12, 0, tzinfo=UTC))
    (tmp_path / "other.xml").write_text(FEED.replace("Local", "Other"))
    data = yaml.safe_load((tmp_path / "config.yaml").read_text())
    data["feeds"].append({"url": "other.xml", "name": "Other"})
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data))
    s.config = load_config(tmp_path / "config.yaml")
    runner = s.runner()
    local = str(tmp_path / "feed.xml")
    s.store.record_feed_failure(
        local, "Local", s.clock.now, "HTTP 503", next_try=s.clock.now + timedelta(hours=1)
    )
    assert [r.name for r in runner.fetch()] == ["Other"]
    assert s.store.feed_state(local).failures == 1
    s.clock.now += timedelta(hours=2)
    assert [r.name for r in runner.fetch()] == ["Local", "Other"]
    assert s.store.feed_state(local).failures == 0


def test_reload_keeps_the_old_config_when_the_new_one_is_invalid(
    tmp_path: Path, store_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="digest")
    s = make_setup(tmp_path, datetime(2026, 1, 5, 12, 0, tzinfo=UTC))
    runner = s.runner()
    path = tmp_path / "config.yaml"
    good = path.read_text()
    path.write_text(good.replace("0 7 * * *", "0 25 * * *"))
    assert runner.reload("test") is False
    assert runner.config.schedules[0].cron == "0 7 * * *"
    assert any(
        r.levelno == logging.ERROR and "hour 25 out of range" in r.getMessage()
        for r in caplog.records
    )
    assert [e["kind"] for e in s.store.run_events()] == ["config"]
    path.write_text(good.replace("0 7 * * *", "weekly on monday at 08:30"))
    assert runner.reload("test") is True
    assert runner.slots[0].cadence.day_of_week == "mon"


def test_apscheduler_jobs_follow_the_slots_and_fire_dst_safe(
    tmp_path: Path, store_url: str
) -> None:
    """The wiring: one job per slot with the DST-safe trigger, the fetch interval, reloads."""
    s = make_setup(tmp_path, datetime.now(UTC), cron="30 2 * * *", deliver_at="local")
    runner = s.runner()
    service = Service(runner)
    service.scheduler = Service.make_scheduler()
    service.apply_jobs()
    service.scheduler.start(paused=True)
    try:
        jobs = {job.id: job for job in service.scheduler.get_jobs()}
        assert sorted(jobs) == [
            "fetch",
            "slot:daily@America/New_York",
            "slot:daily@Asia/Tokyo",
            "slot:daily@Europe/Amsterdam",
        ]
        for slot in runner.slots:
            job = jobs[f"slot:{slot.job_id}"]
            assert job.misfire_grace_time is None and job.coalesce and job.max_instances == 1
            after = datetime(2026, 10, 24, 12, 0, tzinfo=UTC)
            assert job.trigger.get_next_fire_time(None, after) == slot.next_fire(after)
        amsterdam = jobs["slot:daily@Europe/Amsterdam"].trigger
        first = amsterdam.get_next_fire_time(None, datetime(2026, 10, 24, 12, 0, tzinfo=UTC))
        second = amsterdam.get_next_fire_time(first, first)
        assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=25)  # once
        fetch_in = jobs["fetch"].next_run_time - datetime.now(UTC)
        assert timedelta(minutes=29) < fetch_in <= timedelta(minutes=30)
        # A subscriber in a new zone gets a job at the next sweep; a gone zone loses it.
        (tmp_path / "subscribers" / "people.yaml").write_text(
            SUBSCRIBERS.replace("Asia/Tokyo", "Australia/Adelaide")
        )
        runner.sync_subscribers()
        runner.sweep()
        assert sorted(j.id for j in service.scheduler.get_jobs() if j.id.startswith("slot:")) == [
            "slot:daily@America/New_York",
            "slot:daily@Australia/Adelaide",
            "slot:daily@Europe/Amsterdam",
        ]
    finally:
        service.scheduler.shutdown(wait=False)


# -- `python -m digest run` as a subprocess -----------------------------------------------------


class Proc:
    """A `digest run` subprocess whose stderr lines are collected as they come."""

    def __init__(self, config: Path, env: dict[str, str] | None = None, *args: str):
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "digest", "--log-json", "run", "--config", str(config), *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line.rstrip("\n"))

    def events(self) -> list[str]:
        return [json.loads(line)["event"] for line in self.lines if line.startswith("{")]

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if self.proc.poll() is not None and not predicate():
                raise AssertionError(f"digest run exited {self.proc.returncode}: {self.lines}")
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; log so far: {self.lines[-15:]}")
            time.sleep(0.05)

    def logged(self, text: str) -> Callable[[], bool]:
        return lambda: any(text in event for event in self.events())

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20.0) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        code = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=5)
        return code


@pytest.fixture
def procs() -> Iterator[list[Proc]]:
    started: list[Proc] = []
    yield started
    for proc in started:
        if proc.proc.poll() is None:
            proc.proc.kill()
            proc.proc.wait(timeout=10)


def local_project(project: Path, smtp_port: int | None = None) -> Path:
    """The bundled project reading only local files; with `smtp_port`, plain SMTP on 127.0.0.1."""
    path = project / "config.yaml"
    data = yaml.safe_load(path.read_text())
    if smtp_port is not None:
        data["delivery"]["transport"] = "smtp"
        data["delivery"]["smtp"].update(
            {"host": "127.0.0.1", "port": smtp_port, "security": "none", "password_env": None}
        )
    for feed in data["feeds"]:
        feed["full_text"] = False  # never look up article pages outside 127.0.0.1
    data["fetch"]["interval"] = "1s"
    data["schedules"][0]["lookback"] = "30d"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return path


NEW_ITEM = """<item><title>Scheduler test story about quokkas</title>
<link>https://www.theguardian.com/test/quokka-census</link>
<guid>https://www.theguardian.com/test/quokka-census</guid>
<description>Quokkas counted on Rottnest Island reach a record number this year. Rangers credit a
wet winter. Tourists are asked not to feed them.</description>
<pubDate>Thu, 01 Feb 2018 09:00:00 GMT</pubDate></item>
"""


def test_run_sends_each_issue_once_over_smtp_and_stops_on_sigterm(
    project: Path, smtp_server: SmtpServer, procs: list[Proc]
) -> None:
    config = local_project(project, smtp_server.port)
    run = Proc(config, {"DIGEST_TEST_TICK": "1"})
    procs.append(run)
    received = smtp_server.recorder.received
    run.wait_for(lambda: len(received) >= 3)
    first_ids = {m.message["Message-ID"] for m in received}
    run.wait_for(run.logged("fewer than min_items"))  # the next ticks have nothing new
    assert len(received) == 3
    feed = project / "examples" / "feeds" / "guardian-world.rss"
    feed.write_text(feed.read_text().replace("</channel>", NEW_ITEM + "</channel>", 1))
    run.wait_for(lambda: len(received) >= 6)
    time.sleep(1.5)  # a few more ticks: still nothing new to send
    assert run.stop() == 0
    assert len(received) == 6
    by_address: dict[str, list[str]] = {}
    for mail in received:
        by_address.setdefault(mail.recipients[0], []).append(mail.message["Subject"])
    assert sorted(by_address) == ["ada@example.org", "grace@example.org", "linus@example.net"]
    assert all(len(subjects) == 2 for subjects in by_address.values())
    second = [m for m in received if m.message["Message-ID"] not in first_ids]
    assert len(second) == 3
    body = second[0].message.get_body(("plain",)).get_content()
    assert "quokkas" in body.lower()
    assert "Putin wants guarantees" not in body  # a first-issue story is not repeated
    store = Store.open(str(project / "var" / "digest.sqlite3"))
    records = sorted(store.recent_issues(10), key=lambda r: r.issue.created_at)
    assert [r.status for r in records] == ["sent", "sent"]
    first, latest = ({i.article_id for i in r.issue.items} for r in records)
    assert first and latest and not first & latest
    assert records[0].issue.window_end == records[1].issue.window_start
    events = run.events()  # every line was JSON (events() parsed them)
    assert len(events) == len([line for line in run.lines if line.strip()])
    assert events[0].startswith("digest run started")
    assert events[-2:] == [
        "stopping (SIGTERM): finishing the message in flight",
        "digest run stopped",
    ]
    assert not run.proc.stdout or run.proc.stdout.read() == ""


class SlowRecorder:
    """An SMTP handler that takes 40 ms per message, so a SIGTERM lands mid-send."""

    def __init__(self) -> None:
        self.received: list[str] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        await asyncio.sleep(0.04)
        self.received.extend(envelope.rcpt_tos)
        return "250 Message accepted"


def test_sigterm_finishes_the_message_in_flight_and_the_next_start_resumes(
    project: Path, procs: list[Proc]
) -> None:
    recorder = SlowRecorder()
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        rows = "".join(f"reader{n:03d}@example.org,Reader {n}\n" for n in range(40))
        (project / "subscribers" / "many.csv").write_text("email,name\n" + rows)
        config = local_project(project, port)
        data = yaml.safe_load(config.read_text())
        data["delivery"]["smtp"]["connections"] = 1
        config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        run = Proc(config, {"DIGEST_TEST_TICK": "1"})
        procs.append(run)
        run.wait_for(lambda: len(recorder.received) >= 5)
        assert run.stop() == 0
        got = len(recorder.received)
        assert got < 43
        store = Store.open(str(project / "var" / "digest.sqlite3"))
        (record,) = store.recent_issues(5)
        counts = store.delivery_counts(record.issue.id)
        assert "sending" not in counts  # the message in flight was finished and recorded
        assert counts["sent"] == got
        assert record.status == "sending"
        assert any("stopped early" in e for e in run.events())

        again = Proc(config, {"DIGEST_TEST_TICK": "1"})
        procs.append(again)
        again.wait_for(lambda: len(recorder.received) >= 43)
        again.wait_for(lambda: store.delivery_counts(record.issue.id) == {"sent": 43})
        assert again.stop() == 0
        assert len(recorder.received) == len(set(recorder.received)) == 43
    finally:
        controller.stop()


def _lock_pid(project: Path) -> int | None:
    try:
        text = (project / "var" / "digest.sqlite3.lock").read_text()
        return json.loads(text)["pid"] if text.strip() else None
    except (OSError, ValueError):
        return None


def test_one_runner_per_store_no_stuck_lock_after_a_crash_and_reload_on_hup_and_change(
    project: Path, procs: list[Proc]
) -> None:
    config = local_project(project)
    first = Proc(config)
    procs.append(first)
    first.wait_for(lambda: _lock_pid(project) == first.proc.pid)
    # A second runner (here in this test's process: flock is per open file, so it contends
    # exactly like another process would) refuses to start and names the holder.
    second = CliRunner().invoke(main, ["run", "--config", str(config)])
    assert second.exit_code == 1
    assert f"another 'digest run' (pid {first.proc.pid}" in second.output
    assert "lock file" in second.output
    status = CliRunner().invoke(main, ["status", "--json", "--config", str(config)])
    assert json.loads(status.output)["runner"]["pid"] == first.proc.pid

    first.proc.kill()  # a crash: no cleanup at all
    first.proc.wait(timeout=10)
    assert _lock_pid(project) == first.proc.pid  # the file still names the dead process...
    status = CliRunner().invoke(main, ["status", "--json", "--config", str(config)])
    assert json.loads(status.output)["runner"]["running"] is False  # ...but nobody holds it
    run = Proc(config)
    procs.append(run)
    run.wait_for(lambda: _lock_pid(project) == run.proc.pid)

    # Reload: an invalid config on SIGHUP is reported and the old one kept; a saved fix is
    # picked up from the file change alone.
    run.wait_for(run.logged("fetched 4 feeds"))
    data = yaml.safe_load(config.read_text())
    data["schedules"][0]["cron"] = "0 7 * * funday"
    config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    run.proc.send_signal(signal.SIGHUP)
    run.wait_for(run.logged("config reload (SIGHUP) failed, keeping the running config"))
    data["schedules"][0]["cron"] = "weekdays at 06:45"
    config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    run.wait_for(run.logged("config reloaded (config file changed)"))
    assert any("weekdays at 06:45" in e for e in run.events())
    status = CliRunner().invoke(main, ["status", "--json", "--config", str(config)])
    alerts = json.loads(status.output)["alerts"]
    assert any(a["kind"] == "config" and "funday" in a["text"] for a in alerts)
    assert run.stop() == 0
    assert _lock_pid(project) is None  # a clean stop clears the holder


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["schedules"][0].update(cron="0 7 * * 8"), "day-of-week 8 out of range"),
        (lambda d: d["schedules"][0].update(timezone="Europe/Amsterdamm"), "did you mean"),
        (lambda d: d.update(subscribers="nowhere/"), "folder"),
    ],
)
def test_a_config_error_stops_run_before_anything(
    project: Path, mutate: Callable[[dict], None], message: str
) -> None:
    path = project / "config.yaml"
    data = yaml.safe_load(path.read_text())
    mutate(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    result = CliRunner().invoke(main, ["run", "--config", str(path)])
    assert result.exit_code == 1
    assert message in result.output
    assert not (project / "var").exists()  # no store, no lock, nothing


def test_a_config_error_exits_1_as_a_process(project: Path) -> None:
    path = project / "config.yaml"
    path.write_text(path.read_text().replace("transport: outbox", "transport: smtp", 1))
    env = {k: v for k, v in os.environ.items() if k != "SMTP_PASSWORD"}
    result = subprocess.run(
        [sys.executable, "-m", "digest", "run", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 1
    assert "environment variable SMTP_PASSWORD is not set" in result.stderr
    assert result.stderr.startswith("error: ")
    assert not (project / "var").exists()
