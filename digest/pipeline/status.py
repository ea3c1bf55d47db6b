"""`digest status`: feed health, recent issues with delivery counts, schedules and alerts.

Pure: the command reads the store, the lock file and the clock, and hands plain values here.
What counts as an alert: a run missed after downtime or one that failed, an operator alert from
a send (blocked by policy, relay unreachable), a config reload that was refused, a feed failing
longer than `fetch.failing_after`, failed deliveries, an issue waiting for approval, and a send
the relay stopped (login refused, TLS, connection) for as long as that issue is not sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from digest.config import Config
from digest.model.cadence import next_run, parse_cadence, zone
from digest.model.records import FeedState, IssueRecord
from digest.store.lock import LockInfo

__all__ = [
    "FeedHealth",
    "FeedLine",
    "IssueLine",
    "RunEvent",
    "ScheduleLine",
    "StatusReport",
    "build_status",
]

ALERT_KINDS = ("missed", "failed", "alert", "config")
SEND_STOPPED = "send-stopped"  # run event kind: pipeline.sending.record_send_stopped
ALERT_DAYS = 7  # run events older than this are not shown


@dataclass(frozen=True)
class RunEvent:
    """One event `digest run` recorded in the store."""

    at: datetime
    kind: str  # missed | failed | alert | config | skipped
    detail: str
    schedule: str = ""
    scheduled_for: datetime | None = None
    period: str = ""
    issue: str = ""  # the issue a send event is about

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> RunEvent:
        scheduled = data.get("scheduled_for")
        return cls(
            at=datetime.fromisoformat(str(data["at"])),
            kind=str(data.get("kind", "")),
            detail=str(data.get("detail", "")),
            schedule=str(data.get("schedule") or ""),
            scheduled_for=datetime.fromisoformat(str(scheduled)) if scheduled else None,
            period=str(data.get("period") or ""),
            issue=str(data.get("issue") or ""),
        )


@dataclass(frozen=True)
class FeedLine:
    """One feed that is not simply fine."""

    url: str
    name: str
    state: str  # failing | retrying | disabled | never fetched
    failing_since: datetime | None = None
    failures: int = 0
    last_error: str | None = None
    next_try: datetime | None = None
    last_success: datetime | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "url": self.url,
            "name": self.name,
            "state": self.state,
            "failing_since": _iso(self.failing_since),
            "failures": self.failures,
            "last_error": self.last_error,
            "next_try": _iso(self.next_try),
            "last_success": _iso(self.last_success),
        }


@dataclass(frozen=True)
class FeedHealth:
    """Configured feeds by state; `problems` lists every feed that is not ok."""

    total: int
    ok: int
    problems: tuple[FeedLine, ...]

    def count(self, state: str) -> int:
        return sum(1 for line in self.problems if line.state == state)


@dataclass(frozen=True)
class IssueLine:
    """A recent issue and how its deliveries stand."""

    id: str
    schedule: str
    period: str
    status: str
    created_at: datetime
    sent_at: datetime | None
    items: int
    deliveries: Mapping[str, int]

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "schedule": self.schedule,
            "period": self.period,
            "status": self.status,
            "created_at": _iso(self.created_at),
            "sent_at": _iso(self.sent_at),
            "items": self.items,
            "deliveries": dict(self.deliveries),
        }


@dataclass(frozen=True)
class ScheduleLine:
    """A schedule, when it runs next and what happened last."""

    name: str
    cron: str
    timezone: str
    deliver_at: str
    next_run: datetime | None
    last_handled: datetime | None  # the latest fire the runner accounted for
    last_event: RunEvent | None  # the latest skip/miss/failure of this schedule

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "cron": self.cron,
            "timezone": self.timezone,
            "deliver_at": self.deliver_at,
            "next_run": _iso(self.next_run, keep_zone=True),
            "last_handled": _iso(self.last_handled),
            "last_event": _event_json(self.last_event) if self.last_event else None,
        }


@dataclass(frozen=True)
class Alert:
    """Something an operator should look at."""

    at: datetime | None
    kind: str
    text: str
    schedule: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "at": _iso(self.at),
            "kind": self.kind,
            "schedule": self.schedule,
            "text": self.text,
        }


@dataclass(frozen=True)
class StatusReport:
    """Everything `digest status` shows, as JSON or as lines."""

    generated_at: datetime
    runner: LockInfo | None  # who holds the `digest run` lock; None: not running
    schedules: tuple[ScheduleLine, ...]
    feeds: FeedHealth
    issues: tuple[IssueLine, ...]
    alerts: tuple[Alert, ...] = field(default_factory=tuple)

    def as_json(self) -> dict[str, object]:
        return {
            "generated_at": _iso(self.generated_at),
            "runner": {
                "running": self.runner is not None,
                "pid": self.runner.pid if self.runner else None,
                "host": self.runner.host if self.runner else None,
                "started": _iso(self.runner.started) if self.runner else None,
            },
            "schedules": [line.as_json() for line in self.schedules],
            "feeds": {
                "total": self.feeds.total,
                "ok": self.feeds.ok,
                "failing": [f.as_json() for f in self.feeds.problems if f.state == "failing"],
                "retrying": [f.as_json() for f in self.feeds.problems if f.state == "retrying"],
                "disabled": [f.as_json() for f in self.feeds.problems if f.state == "disabled"],
                "never_fetched": [
                    f.as_json() for f in self.feeds.problems if f.state == "never fetched"
                ],
            },
            "issues": [line.as_json() for line in self.issues],
            "alerts": [alert.as_json() for alert in self.alerts],
        }

    def lines(self) -> list[str]:
        now = self.generated_at
        out: list[str] = []
        if self.runner is not None:
            out.append(f"runner     running: {self.runner.describe()}")
        else:
            out.append("runner     not running (start it with 'digest run')")
        out.append("schedules")
        for s in self.schedules:
            nxt = _local(s.next_run, s.timezone) if s.next_run else "never"
            last = f"; last run handled {utc_minute(s.last_handled)}" if s.last_handled else ""
            local = ", local time per subscriber" if s.deliver_at == "local" else ""
            out.append(f"  {s.name}: {s.cron} ({s.timezone}{local}); next {nxt}{last}")
            if s.last_event is not None:
                e = s.last_event
                out.append(f"    {e.kind} {utc_minute(e.at)}: {e.detail}")
        f = self.feeds
        state_counts = ", ".join(
            f"{n} {state}"
            for state in ("failing", "retrying", "disabled", "never fetched")
            if (n := f.count(state))
        )
        out.append(
            f"feeds      {f.total} configured: {f.ok} ok"
            + (f", {state_counts}" if state_counts else "")
        )
        for line in f.problems:
            out.append("  " + _feed_text(line, now))
        out.append("issues (newest first)")
        if not self.issues:
            out.append("  none yet")
        for issue in self.issues:
            counts = ", ".join(f"{n} {k}" for k, n in sorted(issue.deliveries.items()) if n)
            when = (
                f"sent {utc_minute(issue.sent_at)}"
                if issue.sent_at
                else f"built {utc_minute(issue.created_at)}"
            )
            out.append(
                f"  {issue.id:<28} {issue.status:<8} {when}; {issue.items} items; "
                + (counts or "no deliveries")
            )
        out.append("alerts")
        if not self.alerts:
            out.append("  none")
        for alert in self.alerts:
            when = f"{utc_minute(alert.at)} " if alert.at else ""
            out.append(f"  {when}{alert.kind}: {alert.text}")
        return out


def build_status(
    config: Config,
    *,
    feeds: Sequence[tuple[str, str]],
    feed_states: Iterable[FeedState],
    issues: Iterable[tuple[IssueRecord, Mapping[str, int]]],
    events: Iterable[Mapping[str, object]],
    marks: Mapping[str, tuple[str, datetime]],
    now: datetime,
    runner: LockInfo | None = None,
) -> StatusReport:
    """The report from plain store data.

    `feeds` are the configured (url, name) pairs as the store keys them; `issues` are recent
    issue records with their delivery counts; `events` are the runner's recorded run events;
    `marks` the per-job last handled fire.
    """
    run_events = [RunEvent.from_dict(e) for e in events]
    recent = [e for e in run_events if e.at >= now - timedelta(days=ALERT_DAYS)]
    health = _feed_health(config, feeds, feed_states, now)
    issue_lines = tuple(
        IssueLine(
            id=record.issue.id,
            schedule=record.issue.schedule,
            period=record.period,
            status=record.status,
            created_at=record.issue.created_at,
            sent_at=record.sent_at,
            items=len(record.issue.items),
            deliveries=dict(counts),
        )
        for record, counts in issues
    )
    schedules = tuple(_schedule_line(config, s.name, marks, recent, now) for s in config.schedules)
    alerts: list[Alert] = [
        Alert(e.at, e.kind, e.detail, e.schedule) for e in recent if e.kind in ALERT_KINDS
    ]
    alerts.extend(_stopped_sends(recent, issue_lines))
    for line in health.problems:
        if line.state in ("failing", "disabled"):
            alerts.append(Alert(line.failing_since, f"feed {line.state}", _feed_text(line, now)))
    for issue in issue_lines:
        failed = issue.deliveries.get("failed", 0)
        if failed:
            alerts.append(
                Alert(
                    issue.sent_at or issue.created_at,
                    "deliveries failed",
                    f"issue {issue.id}: {failed} deliveries failed",
                    issue.schedule,
                )
            )
        if issue.status == "held":
            alerts.append(
                Alert(
                    issue.created_at,
                    "held",
                    f"issue {issue.id} is waiting for an editor's approval",
                    issue.schedule,
                )
            )
    alerts.sort(key=lambda a: a.at or now, reverse=True)
    return StatusReport(
        generated_at=now,
        runner=runner,
        schedules=schedules,
        feeds=health,
        issues=issue_lines,
        alerts=tuple(alerts),
    )


def _stopped_sends(events: Sequence[RunEvent], issues: Sequence[IssueLine]) -> list[Alert]:
    """The latest relay stop of each issue that is still not sent (an issue not among the
    recent ones is shown too: better a stale alert than a hidden one)."""
    status = {line.id: line for line in issues}
    latest: dict[str, RunEvent] = {}
    for event in events:
        if event.kind == SEND_STOPPED and event.issue:
            if event.issue not in latest or event.at >= latest[event.issue].at:
                latest[event.issue] = event
    alerts = []
    for issue_id, event in latest.items():
        line = status.get(issue_id)
        if line is not None and line.status == "sent":
            continue
        waiting = ""
        if line is not None:
            left = sum(line.deliveries.get(s, 0) for s in ("queued", "sending", "deferred"))
            waiting = f"; {left} deliveries waiting"
        alerts.append(
            Alert(
                event.at,
                "send stopped",
                f"issue {issue_id}: the relay stopped the send: {event.detail}{waiting}; fix it"
                " and run 'digest send' (nobody was marked failed, nobody gets it twice)",
                event.schedule,
            )
        )
    return alerts


def _feed_health(
    config: Config,
    feeds: Sequence[tuple[str, str]],
    feed_states: Iterable[FeedState],
    now: datetime,
) -> FeedHealth:
    states = {state.url: state for state in feed_states}
    failing_after = config.fetch.failing_after
    problems: list[FeedLine] = []
    for url, name in feeds:
        state = states.get(url)
        if state is None:
            problems.append(FeedLine(url, name, "never fetched"))
            continue
        if state.disabled:
            kind = "disabled"
        elif state.failures and state.failing_since is not None:
            kind = "failing" if now - state.failing_since >= failing_after else "retrying"
        else:
            continue
        problems.append(
            FeedLine(
                url,
                name,
                kind,
                failing_since=state.failing_since,
                failures=state.failures,
                last_error=state.last_error,
                next_try=state.next_try,
                last_success=state.last_success,
            )
        )
    order = {"failing": 0, "disabled": 1, "retrying": 2, "never fetched": 3}
    problems.sort(key=lambda line: (order[line.state], line.name))
    return FeedHealth(total=len(feeds), ok=len(feeds) - len(problems), problems=tuple(problems))


def _schedule_line(
    config: Config,
    name: str,
    marks: Mapping[str, tuple[str, datetime]],
    events: Sequence[RunEvent],
    now: datetime,
) -> ScheduleLine:
    schedule = config.schedule(name)
    handled = [at for job, (_, at) in marks.items() if job == name or job.startswith(f"{name}@")]
    mine = [e for e in events if e.schedule == name and e.kind in ("skipped", *ALERT_KINDS)]
    return ScheduleLine(
        name=name,
        cron=schedule.cron,
        timezone=schedule.timezone,
        deliver_at=schedule.deliver_at,
        next_run=next_run(
            parse_cadence(schedule.cron), zone(schedule.timezone), now + timedelta(microseconds=1)
        ),
        last_handled=max(handled) if handled else None,
        last_event=max(mine, key=lambda e: e.at) if mine else None,
    )


def _feed_text(line: FeedLine, now: datetime) -> str:
    if line.state == "never fetched":
        return f"{line.name}: never fetched ({line.url})"
    parts = [f"{line.state.upper()} {line.name}"]
    if line.failing_since:
        parts.append(f"since {utc_minute(line.failing_since)} ({_age(now - line.failing_since)})")
    if line.failures:
        parts.append(f"{line.failures} failures")
    if line.last_error:
        parts.append(f"last error: {line.last_error}")
    if line.state == "disabled":
        parts.append("not retried (gone); fix or remove it in config.yaml")
    elif line.next_try:
        parts.append(f"next retry {utc_minute(line.next_try)}")
    return "; ".join(parts) + f" ({line.url})"


def _age(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // 1440} days"


def _iso(value: datetime | None, *, keep_zone: bool = False) -> str | None:
    if value is None:
        return None
    return (value if keep_zone else value.astimezone(UTC)).isoformat(timespec="seconds")


def utc_minute(value: datetime) -> str:
    """A moment as ops read it in `digest status`: `2026-12-04 07:00 UTC`."""
    return f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def _local(value: datetime, timezone: str) -> str:
    local = value.astimezone(zone(timezone))
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()} ({value.astimezone(UTC):%H:%M} UTC)"


def _event_json(event: RunEvent) -> dict[str, object]:
    return {
        "at": _iso(event.at),
        "kind": event.kind,
        "detail": event.detail,
        "scheduled_for": _iso(event.scheduled_for),
        "period": event.period,
    }
