"""Approving, holding and sending an approved issue: the editors' steps in an issue's life.

The statuses, and every transition allowed between them, are `digest.model.lifecycle`'s; the
store applies that table inside the transaction that changes a status. Approving and holding
change a status only through `_transition`, which first checks the statuses each editor action
may start from (`_EDITOR_FROM`, narrower than the table: approving an approved issue is refused)
and words the refusal for the editor. Two other steps change a status today: saving an editor's
change to an approved issue sets it back to held (`pipeline.edits.save_edits`: what was approved
is no longer what would go out), and the send loop (`digest.send.loop`) moves it on to `sending`
and `sent`.

This lives in the pipeline, not in the web app, because `digest approve` and `digest hold` are
command-line steps too: they must not import the web stack (Starlette, uvicorn, the page
templates; importing `digest.web.app` on top of the pipeline took 0.2-0.3 s, measured when this
code lived there). `tests/test_lifecycle_cli.py` checks that neither command imports it.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from digest.config import Config, ScheduleConfig
from digest.model.cadence import next_run, parse_cadence, period_key, zone
from digest.model.errors import IssueStateError
from digest.model.lifecycle import IssueStatus
from digest.model.records import IssueRecord
from digest.pipeline.sending import StopFlag, send_issue
from digest.pipeline.subscribers import sync_subscribers
from digest.store import Store

if TYPE_CHECKING:
    from digest.send.loop import SendSummary
    from digest.send.transports import Transport

__all__ = [
    "Approval",
    "IssueStateError",  # raised here, by the store's transition table and by pipeline.edits
    "approve_issue",
    "hold_issue",
    "next_schedule_run",
    "scheduled_time",
    "send_approved",
    "waiting_issue",
]

log = logging.getLogger("digest.pipeline.lifecycle")


# -- when an issue is due ------------------------------------------------------------------------


def _period_start(period: str, kind: str, tz: ZoneInfo) -> datetime:
    if kind == "minute":
        return datetime.fromisoformat(period).replace(tzinfo=tz)
    if kind == "week":
        year, week = period.split("-W")
        day = date.fromisocalendar(int(year), int(week), 1)
    elif kind == "month":
        day = date.fromisoformat(f"{period}-01")
    else:
        day = date.fromisoformat(period)
    return datetime(day.year, day.month, day.day, tzinfo=tz)


def scheduled_time(schedule: ScheduleConfig, period: str) -> datetime | None:
    """When the schedule runs in an issue's period, or None if it has no run there.

    An issue built by hand on a day the schedule does not run has no scheduled time: approving
    it sends it at once.
    """
    cadence = parse_cadence(schedule.cron)
    tz = zone(schedule.timezone)
    try:
        start = _period_start(period, cadence.period, tz)
    except ValueError:
        return None
    run = next_run(cadence, tz, start)
    if run is None or period_key(run, cadence) != period:
        return None
    return run


def next_schedule_run(schedule: ScheduleConfig, now: datetime) -> datetime | None:
    return next_run(parse_cadence(schedule.cron), zone(schedule.timezone), now)


# -- status changes ------------------------------------------------------------------------------

# The statuses each editor action may start from, and what the refusal says otherwise.
_EDITOR_FROM: dict[IssueStatus, tuple[frozenset[IssueStatus], str]] = {
    IssueStatus.APPROVED: (
        frozenset({IssueStatus.HELD, IssueStatus.PENDING}),
        "only held issues are approved",
    ),
    IssueStatus.HELD: (
        frozenset({IssueStatus.PENDING, IssueStatus.APPROVED, IssueStatus.HELD}),
        "it can no longer be held",
    ),
}


def _transition(
    store: Store, record: IssueRecord, new_status: IssueStatus, now: datetime | None
) -> None:
    """Move `record` to `new_status`, or raise IssueStateError if its status does not allow it."""
    allowed, refusal = _EDITOR_FROM[new_status]
    if record.status not in allowed:
        raise IssueStateError(f"issue {record.issue.id} is {record.status}; {refusal}")
    store.set_issue_status(record.issue.id, new_status, now)  # the store checks the table too


def _stored(store: Store, issue_id: str) -> IssueRecord:
    record = store.issue(issue_id)
    if record is None:
        raise IssueStateError(f"no issue {issue_id!r}")
    return record


@dataclass(frozen=True)
class Approval:
    """What approving did: `due` means it should be sent now (else at `scheduled_at`)."""

    issue_id: str
    due: bool
    scheduled_at: datetime | None


def approve_issue(config: Config, store: Store, issue_id: str, now: datetime) -> Approval:
    """held/pending → approved; due when its scheduled time has passed (or it has none)."""
    record = _stored(store, issue_id)
    _transition(store, record, IssueStatus.APPROVED, now)
    when = scheduled_time(config.schedule(record.issue.schedule), record.period)
    return Approval(issue_id, due=when is None or when <= now, scheduled_at=when)


def hold_issue(store: Store, issue_id: str, now: datetime | None = None) -> None:
    """pending/approved → held: nothing is sent until an editor approves."""
    _transition(store, _stored(store, issue_id), IssueStatus.HELD, now)


def send_approved(
    config: Config,
    store: Store,
    issue_id: str,
    transport: Transport,
    now: datetime,
    *,
    stop: StopFlag | None = None,
) -> SendSummary:
    """Deliver an approved issue the way `digest send` does (subscribers synced first)."""
    for problem in sync_subscribers(config, store, now):
        log.warning("subscribers: %s", problem)
    record = store.issue(issue_id)
    if record is None or record.status not in ("approved", "sending"):
        raise IssueStateError(f"issue {issue_id} is not approved")
    return send_issue(config, store, record, transport, now, stop=stop)


def waiting_issue(store: Store, schedule: str, statuses: Collection[str]) -> IssueRecord | None:
    """The schedule's newest issue if its status is one of `statuses`."""
    record = store.latest_issue(schedule)
    return record if record is not None and record.status in statuses else None
