"""`digest status` as data: feed health, issues with delivery counts, schedules, alerts (pure)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from digest.config import Config, parse_config
from digest.model.records import FeedState, IssueRecord
from digest.model.types import DigestItem, Issue, Section
from digest.pipeline.status import build_status
from digest.store.lock import LockInfo

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

CONFIG = """
fetch:
  failing_after: 1d
feeds:
  - url: https://ok.example.org/feed
    name: Fine
  - url: https://flaky.example.org/feed
    name: Flaky
  - url: https://down.example.org/feed
    name: Down
  - url: https://gone.example.org/feed
    name: Gone
  - url: https://new.example.org/feed
    name: Brand New
schedules:
  - name: daily
    cron: daily at 07:00
    timezone: Europe/Amsterdam
  - name: weekly
    cron: weekly on monday at 08:30
    timezone: America/New_York
    deliver_at: local
"""


@pytest.fixture
def config() -> Config:
    return parse_config(CONFIG)


FEEDS = [
    ("https://ok.example.org/feed", "Fine"),
    ("https://flaky.example.org/feed", "Flaky"),
    ("https://down.example.org/feed", "Down"),
    ("https://gone.example.org/feed", "Gone"),
    ("https://new.example.org/feed", "Brand New"),
]

STATES = [
    FeedState(url="https://ok.example.org/feed", last_success=NOW - timedelta(minutes=20)),
    FeedState(
        url="https://flaky.example.org/feed",
        failures=2,
        failing_since=NOW - timedelta(hours=3),
        last_error="HTTP 503",
        next_try=NOW + timedelta(minutes=40),
        last_success=NOW - timedelta(hours=4),
    ),
    FeedState(
        url="https://down.example.org/feed",
        failures=9,
        failing_since=NOW - timedelta(days=3, hours=2),
        last_error="connection refused",
        next_try=NOW + timedelta(hours=6),
    ),
    FeedState(
        url="https://gone.example.org/feed",
        failures=1,
        failing_since=NOW - timedelta(hours=1),
        last_error="HTTP 410 Gone",
        disabled=True,
    ),
    FeedState(url="https://elsewhere.example.org/feed", failures=5, failing_since=NOW),
]


def record(issue_id: str, status: str, items: int, *, sent: bool) -> IssueRecord:
    created = NOW - timedelta(hours=2)
    item = DigestItem(
        article_id="a",
        title="t",
        url="https://example.org/a",
        source="s",
        published=created,
        summary=("s.",),
    )
    issue = Issue(
        id=issue_id,
        schedule=issue_id.split("-")[0],
        title="Daily",
        subject="Daily",
        window_start=created - timedelta(days=1),
        window_end=created,
        created_at=created,
        sections=(Section("World", (item,) * items),),
        status=status,
    )
    return IssueRecord(
        issue=issue,
        period=issue_id.split("-", 1)[1],
        status=status,
        sent_at=created + timedelta(minutes=3) if sent else None,
    )


def event(kind: str, at: datetime, detail: str, schedule: str = "daily") -> dict[str, object]:
    return {
        "at": at.isoformat(),
        "kind": kind,
        "schedule": schedule,
        "job": schedule,
        "scheduled_for": (at - timedelta(hours=1)).isoformat(),
        "period": "2026-11-27",
        "detail": detail,
    }


def report_for(config: Config, **overrides: object):  # noqa: ANN201
    args: dict[str, object] = dict(
        feeds=FEEDS,
        feed_states=STATES,
        issues=[
            (record("daily-2026-11-28", "sent", 4, sent=True), {"sent": 120, "failed": 2}),
            (record("weekly-2026-W48", "held", 2, sent=False), {}),
        ],
        events=[
            event("missed", NOW - timedelta(hours=26), "run of 2026-11-27 07:00 CET missed"),
            event("skipped", NOW - timedelta(hours=2), "no issue: 0 new items"),
            event("missed", NOW - timedelta(days=9), "an old miss nobody needs to see"),
            event("alert", NOW - timedelta(hours=1), "relay refused: 5.7.1 blocked"),
        ],
        marks={
            "daily": ("sig", NOW - timedelta(hours=2)),
            "weekly@Asia/Tokyo": ("sig", NOW - timedelta(days=4)),
            "weekly@America/New_York": ("sig", NOW - timedelta(days=5)),
        },
        now=NOW,
    )
    args.update(overrides)
    return build_status(config, **args)  # type: ignore[arg-type]


def test_feed_health_splits_failing_from_retrying_by_failing_after(config: Config) -> None:
    report = report_for(config)
    states = {line.name: line.state for line in report.feeds.problems}
    assert states == {
        "Down": "failing",
        "Gone": "disabled",
        "Flaky": "retrying",
        "Brand New": "never fetched",
    }
    assert (report.feeds.total, report.feeds.ok) == (5, 1)
    data = report.as_json()["feeds"]
    (down,) = data["failing"]
    assert down == {
        "url": "https://down.example.org/feed",
        "name": "Down",
        "state": "failing",
        "failing_since": "2026-11-25T07:00:00+00:00",
        "failures": 9,
        "last_error": "connection refused",
        "next_try": "2026-11-28T15:00:00+00:00",
        "last_success": None,
    }
    assert [f["name"] for f in data["retrying"]] == ["Flaky"]
    # One more day and the flaky feed counts as failing too.
    later = report_for(config, now=NOW + timedelta(hours=22))
    assert {f.name for f in later.feeds.problems if f.state == "failing"} == {"Down", "Flaky"}


def test_alerts_cover_missed_runs_operator_alerts_failing_feeds_failures_and_held(
    config: Config,
) -> None:
    report = report_for(config)
    kinds = [alert.kind for alert in report.alerts]
    assert sorted(kinds) == sorted(
        ["missed", "alert", "feed failing", "feed disabled", "deliveries failed", "held"]
    )
    texts = " | ".join(alert.text for alert in report.alerts)
    assert "run of 2026-11-27 07:00 CET missed" in texts
    assert "an old miss" not in texts  # older than a week
    assert "no issue: 0 new items" not in texts  # a skip is not an alert
    assert "issue daily-2026-11-28: 2 deliveries failed" in texts
    assert "weekly-2026-W48 is waiting for an editor's approval" in texts
    down = next(a for a in report.alerts if a.kind == "feed failing")
    assert down.text.startswith("FAILING Down; since 2026-11-25 07:00 UTC (3 days); 9 failures")
    assert "last error: connection refused; next retry 2026-11-28 15:00 UTC" in down.text
    assert [a.at for a in report.alerts] == sorted((a.at for a in report.alerts), reverse=True)


def test_issues_carry_delivery_counts_and_schedules_their_next_run(config: Config) -> None:
    data = report_for(config).as_json()
    daily, weekly = data["issues"]
    assert daily["deliveries"] == {"sent": 120, "failed": 2}
    assert (daily["items"], daily["status"], daily["sent_at"]) == (
        4,
        "sent",
        "2026-11-28T07:03:00+00:00",
    )
    assert weekly["status"] == "held" and weekly["deliveries"] == {}
    schedules = {s["name"]: s for s in data["schedules"]}
    assert schedules["daily"]["next_run"] == "2026-11-29T07:00:00+01:00"
    assert schedules["daily"]["last_handled"] == "2026-11-28T07:00:00+00:00"
    assert schedules["daily"]["last_event"]["kind"] == "alert"  # the newest of its events
    assert schedules["weekly"]["next_run"] == "2026-11-30T08:30:00-05:00"
    assert schedules["weekly"]["last_handled"] == "2026-11-24T09:00:00+00:00"  # latest wave
    assert schedules["weekly"]["deliver_at"] == "local"
    json.dumps(data)  # plain JSON all the way down


def test_lines_read_well_and_name_the_runner(config: Config) -> None:
    runner = LockInfo(pid=4242, host="box", started=NOW - timedelta(hours=5))
    lines = report_for(config, runner=runner).lines()
    text = "\n".join(lines)
    assert lines[0] == "runner     running: pid 4242 on box, started 2026-11-28 04:00:00 UTC"
    assert (
        "feeds      5 configured: 1 ok, 1 failing, 1 retrying, 1 disabled, 1 never fetched" in text
    )
    assert "daily-2026-11-28" in text and "120 sent" in text and "2 failed" in text
    assert "next 2026-11-29 07:00 CET (06:00 UTC)" in text
    assert "RETRYING Flaky; since 2026-11-28 06:00 UTC (3 h)" in text
    idle = report_for(config, issues=[], events=[], feed_states=[]).lines()
    assert idle[0].startswith("runner     not running")
    assert "  none yet" in idle and idle[-1] == "  none"
    assert report_for(config, runner=runner).as_json()["runner"]["pid"] == 4242
