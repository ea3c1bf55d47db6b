"""What `digest run` does at each moment, minus threads, signals and APScheduler: the Runner.

    Runner.handle_due(slot)   at a slot's fire time and at every sweep: run the due fire once
                              (slots.build_for_fire, slots.send_for_slot), record missed ones
    Runner.fetch()            feeds whose backoff is over (`feeds_due`)
    Runner.sweep()            the minute job: new subscriber zones, catch-up of every slot,
                              unfinished sends, approved issues whose time has come, retries
    Runner.reload(reason)     reread config.yaml; an invalid file is reported, the old one kept

Every step reads the injected `clock()` and hands `now` down to the decisions
(`slots.plan_catch_up`, `feeds_due`, `due_for_slot`), so tests drive it with a fixed clock and a
memory transport; `service.Service` drives it from APScheduler in the `digest run` process.

Missed runs are decided by `slots.plan_catch_up` from a mark kept in the store (the last fire
handled per job), not by APScheduler's misfire logic: its default grace is 1 second, and a
memory job store forgets everything at restart. The service's jobs run with
misfire_grace_time=None and coalesce=True so APScheduler always calls, and the mark decides.

Every `digest run` line (the service's too) goes through `event_log` on this module's logger, so
ops filter one logger name (the `logger` field of --log-json).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from digest.config import Config, FeedConfig, ScheduleConfig, load_config
from digest.model.cadence import zone
from digest.model.errors import ConfigError
from digest.model.records import IssueRecord
from digest.pipeline.clock import utcnow
from digest.pipeline.poll import FeedReport, feed_source, fetch_feeds
from digest.pipeline.sending import StopFlag
from digest.pipeline.settings import make_transport, render_options
from digest.pipeline.subscribers import sync_subscribers
from digest.render import TEMPLATES
from digest.schedule.leadership import Leadership
from digest.schedule.slots import (
    CatchUp,
    Slot,
    build_for_fire,
    plan_catch_up,
    send_for_slot,
    slots_for,
)
from digest.send.transports import Transport
from digest.store import Store

__all__ = [
    "MIN_GRACE",
    "Runner",
    "check_runnable",
    "due_for_slot",
    "event_log",
    "feeds_due",
    "show_duration",
    "show_time",
]

log = logging.getLogger("digest.schedule.runner")

# A run is always a little late (thread start, a fetch holding the build lock); a grace below
# this would count on-time runs as missed.
MIN_GRACE = timedelta(minutes=1)


def check_runnable(config: Config) -> None:
    """ConfigError for what would otherwise fail hours later, at the first send.

    The model already checked cron, time zones and durations; this adds what needs the
    environment: the SMTP password variable, the subscribers folder, the templates and theme.
    """
    from digest.render.checks import check_templates

    problems: list[str] = []  # (store: a path or a postgresql:// URL, checked by the model)
    if config.delivery.transport == "smtp":
        try:
            config.delivery.smtp.password()
        except ConfigError as exc:
            problems.extend(f"{config.source}: {p}" for p in exc.problems)
    folder = config.path(config.subscribers)
    if not folder.is_dir():
        problems.append(
            f"{config.source}: subscribers: folder {str(folder)!r} does not exist; "
            "create it or point 'subscribers:' at a folder of .csv/.yaml files"
        )
    problems.extend(check_templates(TEMPLATES, render_options(config).theme_dir))
    if problems:
        raise ConfigError(problems)


def show_time(moment: datetime, zone_name: str) -> str:
    """'2026-11-29 07:00 CET (06:00 UTC)': how a run time is shown in logs."""
    local = moment.astimezone(zone(zone_name))
    utc = moment.astimezone(UTC)
    fmt = "%H:%M:%S" if local.second else "%H:%M"
    return f"{local:%Y-%m-%d} {local.strftime(fmt)} {local.tzname()} ({utc.strftime(fmt)} UTC)"


def show_duration(delta: timedelta) -> str:
    """'1d 40m', '1h', '90s': a delay or a setting as ops would say it."""
    seconds = int(delta.total_seconds())
    if seconds < 60:
        return f"{seconds}s"
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return " ".join(parts)


def event_log(level: int, message: str, **fields: object) -> None:
    """One log line per event; `fields` ride along for structured handlers (record.fields)."""
    log.log(level, message, extra={"fields": fields})


def feeds_due(config: Config, store: Store, now: datetime) -> tuple[list[FeedConfig], int]:
    """The feeds whose backoff is over at `now`, and how many wait for their next try."""
    due: list[FeedConfig] = []
    waiting = 0
    for feed in config.feeds:
        state = store.feed_state(feed_source(config, feed).url)
        if state.disabled or (state.next_try is not None and state.next_try > now):
            waiting += 1
        else:
            due.append(feed)
    return due, waiting


def due_for_slot(record: IssueRecord, slot: Slot, now: datetime) -> bool:
    """Whether an unfinished issue goes out through this slot at `now`.

    A `sending` issue of a single-zone slot always does (it was started); otherwise, and for
    each wave of a local-time schedule, once the slot's fire for the issue's period has come.
    """
    if record.status == "sending" and not slot.wave:
        return True
    fire = slot.fire_for_period(record.period)
    return fire is None or fire <= now


class Runner:
    """What `digest run` does, minus threads and signals: every step reads `clock()` itself.

    All state is in the store (issues keyed by schedule and period, per-job marks, run events),
    so a new Runner on the same store carries on where the last one stopped. Tests drive it with
    a fixed clock and a memory transport; `Service` drives it from APScheduler.
    """

    def __init__(
        self,
        config: Config,
        store: Store,
        *,
        config_file: str | os.PathLike[str] | None = None,
        clock: Callable[[], datetime] = utcnow,
        transport_factory: Callable[[Config], Transport] = make_transport,
        tick: float | None = None,
        stop: StopFlag | None = None,
    ):
        self.config = config
        self.store = store
        self.config_file = Path(config_file) if config_file else Path(config.source)
        self.clock = clock
        self.transport_factory = transport_factory
        self.tick = tick
        self.stop = stop or StopFlag()
        self.on_slots_changed: Callable[[], None] | None = None
        # Fetch and build never overlap: an article stored during a build, stamped before the
        # window's end, would fall between two issues.
        self._build_lock = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._slots: dict[str, Slot] = {}
        self._resumed = False
        self.leadership = Leadership(store, clock)  # one leader per schedule per store
        self.refresh_slots()

    # -- slots -----------------------------------------------------------------------------

    @property
    def slots(self) -> list[Slot]:
        return list(self._slots.values())

    def refresh_slots(self) -> bool:
        """Recompute slots from config and subscriber zones; True when they changed."""
        fresh = {slot.job_id: slot for slot in slots_for(self.config, self.store, self.tick)}
        changed = fresh != self._slots
        self._slots = fresh
        return changed

    def _schedule(self, name: str) -> ScheduleConfig | None:
        return next((s for s in self.config.schedules if s.name == name), None)

    def _lock(self, key: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(key, threading.Lock())

    def _event(
        self,
        kind: str,
        detail: str,
        *,
        schedule: str = "",
        job: str = "",
        scheduled_for: datetime | None = None,
        period: str = "",
        dedupe: str | None = None,
    ) -> bool:
        event = {
            "at": self.clock().astimezone(UTC).isoformat(timespec="seconds"),
            "kind": kind,
            "schedule": schedule,
            "job": job,
            "scheduled_for": scheduled_for.isoformat() if scheduled_for else None,
            "period": period,
            "detail": detail,
        }
        return self.store.add_run_event(event, dedupe=dedupe)

    # -- subscribers and feeds -------------------------------------------------------------

    def sync_subscribers(self) -> None:
        """Subscriber files -> store (nobody who left is re-subscribed); problems are logged."""
        problems = sync_subscribers(self.config, self.store, self.clock())
        for problem in problems:
            event_log(logging.WARNING, f"subscribers: {problem}", kind="subscribers")

    def fetch(self) -> list[FeedReport]:
        """Fetch the feeds whose backoff is over (a failing feed waits for its next_try)."""
        with self._build_lock:
            now = self.clock()
            config = self.config
            due, waiting = feeds_due(config, self.store, now)
            reports = (
                fetch_feeds(
                    config.model_copy(update={"feeds": due}), self.store, now, scheduled=True
                )
                if due
                else []
            )
        _log_fetched(self.store, reports, waiting)
        return reports

    # -- scheduled runs --------------------------------------------------------------------

    def handle_due(self, slot: Slot, *, wait: bool = True) -> CatchUp | None:
        """Run the slot's due fire once, record missed ones; None if busy, stopping or unknown.

        Called by APScheduler at each fire time and by every sweep (so a fire APScheduler did
        not call, or one whose run failed, is picked up within the grace). A slot seen for the
        first time, or whose cadence or zone changed, starts from now: nothing before it is
        caught up.
        """
        lock = self._lock(f"slot:{slot.job_id}")
        if not lock.acquire(blocking=wait):
            return None
        try:
            schedule = self._schedule(slot.schedule)
            if self.stop.stopped or schedule is None:
                return None
            if not self.leadership.leads(slot.schedule):
                return None  # another runner leads this schedule (it helps send all the same)
            now = self.clock()
            mark = self.store.schedule_mark(slot.job_id)
            if mark is None or mark[0] != slot.signature:
                self.store.set_schedule_mark(slot.job_id, slot.signature, now)
                if mark is not None:
                    event_log(
                        logging.INFO,
                        f"schedule {slot.job_id} changed to {slot.signature!r}: runs from now "
                        "on; earlier runs are not caught up",
                        kind="schedule-changed",
                        schedule=slot.schedule,
                    )
                return CatchUp(run=None)
            plan = plan_catch_up(slot, mark[1], now, max(schedule.misfire_grace, MIN_GRACE))
            _report_missed(self._event, slot, schedule, plan, now)
            if plan.settled is not None:
                self.store.set_schedule_mark(slot.job_id, slot.signature, plan.settled)
            if plan.run is None or self.stop.stopped:
                return plan
            try:
                self.run_fire(slot, schedule, plan.run)
            except Exception as exc:  # a run must not take the runner down; it is retried
                log.exception("run %s of %s failed", slot.job_id, show_time(plan.run, slot.zone))
                self._event(
                    "failed",
                    f"run of {show_time(plan.run, slot.zone)} failed: {exc}; retried within "
                    f"misfire_grace ({show_duration(schedule.misfire_grace)})",
                    schedule=slot.schedule,
                    job=slot.job_id,
                    scheduled_for=plan.run,
                    dedupe=f"failed:{slot.job_id}:{plan.run.isoformat()}",
                )
                return plan
            self.store.set_schedule_mark(slot.job_id, slot.signature, plan.run)
            return plan
        finally:
            lock.release()

    def run_fire(self, slot: Slot, schedule: ScheduleConfig, fire: datetime) -> None:
        """One fire: build (or reuse) the period's issue, then send it unless it waits.

        With `approval: required` the issue is built `held`; an editor approves it elsewhere and
        the next sweep sends it. A period skipped for `min_items` stays skipped (later waves of
        a local-time schedule do not build it after all).
        """
        period = slot.period(fire)
        skip_key = f"skipped:{schedule.name}:{period}"
        with self._build_lock:
            now = self.clock()
            if self.store.has_run_event(skip_key):
                return
            result = build_for_fire(self.config, self.store, schedule, slot, fire, now)
        late = now - fire
        lateness = f", {show_duration(late)} late" if late >= timedelta(minutes=1) else ""
        if result.record is None:
            detail = f"no issue for {period}: {result.skipped_reason}"
            self._event(
                "skipped",
                detail,
                schedule=schedule.name,
                job=slot.job_id,
                scheduled_for=fire,
                period=period,
                dedupe=skip_key,
            )
            event_log(
                logging.INFO,
                f"schedule {slot.job_id} at {show_time(fire, slot.zone)}: {detail}",
                kind="skipped",
                schedule=schedule.name,
                period=period,
            )
            return
        record = result.record
        issue = record.issue
        if not result.reused:
            event_log(
                logging.INFO,
                f"issue {issue.id} built for {show_time(fire, slot.zone)}{lateness}: "
                f"{len(issue.items)} items from {result.article_count} new articles "
                f"({issue.window_start.astimezone(UTC):%Y-%m-%d %H:%M} to "
                f"{issue.window_end.astimezone(UTC):%Y-%m-%d %H:%M} UTC)",
                kind="built",
                issue=issue.id,
                schedule=schedule.name,
                period=period,
                items=len(issue.items),
            )
        if record.status == "held":
            event_log(
                logging.INFO,
                f"issue {issue.id} is held for approval; it goes out once an editor approves it",
                kind="held",
                issue=issue.id,
            )
            return
        if record.status == "sent" and not slot.wave:
            event_log(
                logging.INFO,
                f"issue {issue.id} was already sent (run of {show_time(fire, slot.zone)})",
                kind="already-sent",
                issue=issue.id,
            )
            return
        self.send(record, slot)

    def send(self, record: IssueRecord, slot: Slot, *, wait: bool = True) -> None:
        """Send (or resume) an issue for one slot; one log line with the counts."""
        lock = self._lock(f"issue:{record.issue.id}")
        if not lock.acquire(blocking=wait):
            return
        try:
            if self.stop.stopped:
                return
            fresh = self.store.issue(record.issue.id) or record
            if fresh.status == "held":
                return
            transport = self.transport_factory(self.config)
            summary = send_for_slot(
                self.config,
                self.store,
                fresh,
                slot,
                transport,
                self.clock(),
                clock=self.clock,
                stop=self.stop,
            )
        finally:
            lock.release()
        wave = f" (wave {slot.zone})" if slot.wave else ""
        if summary is None:
            return
        line = summary.line()
        if summary.interrupted:
            line += "; stopped early, the rest goes out at the next start"
        event_log(
            logging.INFO,
            f"issue {record.issue.id}{wave}: {line}",
            kind="sent",
            issue=record.issue.id,
            counts=dict(summary.counts),
        )
        for alert in getattr(summary, "alerts", None) or []:
            self._event("alert", str(alert), schedule=record.issue.schedule)

    def resume(self, *, initial: bool = False) -> None:
        """Unfinished sends, deferred retries now due, and approved issues whose time has come.

        At start every `sending` issue is resumed (rows a crashed process left `sending` are
        taken over); later sweeps only look at issues with something due. A local-time issue
        is sent only to the waves whose time has come.
        """
        now = self.clock()
        for record in self.store.unfinished_issues():
            if self.stop.stopped:
                return
            issue = record.issue
            schedule = self._schedule(issue.schedule)
            if schedule is None:
                if self._event(
                    "alert",
                    f"issue {issue.id} is {record.status} but schedule {issue.schedule!r} is no "
                    "longer in config.yaml; finish it with 'digest send' after adding it back",
                    schedule=issue.schedule,
                    dedupe=f"orphan:{issue.id}",
                ):
                    event_log(logging.WARNING, f"issue {issue.id}: schedule gone", kind="alert")
                continue
            sending = record.status == "sending"
            if sending and not initial and not self.store.deliveries_due(issue.id, now):
                continue
            for slot in self.slots:
                if slot.schedule == schedule.name and due_for_slot(record, slot, now):
                    self.send(record, slot, wait=False)

    def sweep(self) -> None:
        """The minute job: new subscriber zones, catch-up of every slot, resumable sends."""
        if self.stop.stopped:
            return
        if self.refresh_slots() and self.on_slots_changed:
            self.on_slots_changed()
        for slot in self.slots:
            try:
                self.handle_due(slot, wait=False)
            except Exception:
                log.exception("sweep of %s failed", slot.job_id)
        try:
            self.resume(initial=not self._resumed)
            self._resumed = True
        except Exception:
            log.exception("resuming unfinished sends failed")

    # -- config ----------------------------------------------------------------------------

    def reload(self, reason: str) -> bool:
        """Reread config.yaml; an invalid file is reported and the running config kept."""
        try:
            fresh = load_config(self.config_file)
            check_runnable(fresh)
        except ConfigError as exc:
            problems = "; ".join(exc.problems)
            event_log(
                logging.ERROR,
                f"config reload ({reason}) failed, keeping the running config: {problems}",
                kind="config-invalid",
            )
            self._event("config", f"reload ({reason}) failed: {problems}")
            return False
        if fresh.store_url != self.config.store_url:
            event_log(
                logging.WARNING,
                f"config reload: store changed to {fresh.store_url}; still using "
                f"{self.config.store_url} until restart",
                kind="config-store",
            )
        self.config = fresh
        self.sync_subscribers()
        self.refresh_slots()
        names = ", ".join(f"{s.name} ({s.cron}, {s.timezone})" for s in fresh.schedules)
        event_log(
            logging.INFO,
            f"config reloaded ({reason}): schedules {names}; fetch every "
            f"{show_duration(fresh.fetch.interval)}",
            kind="config-reloaded",
        )
        return True


def _log_fetched(store: Store, reports: list[FeedReport], waiting: int) -> None:
    """One line per failed feed (with its next try), then one line with the counts."""
    for report in reports:
        if report.error:
            state = store.feed_state(report.url)
            retry = f"; next try {state.next_try:%Y-%m-%d %H:%M} UTC" if state.next_try else ""
            event_log(
                logging.WARNING,
                f"feed {report.name} failed: {report.error}{retry}",
                kind="feed-failed",
                feed=report.url,
            )
    new = sum(r.new_articles for r in reports)
    failed = sum(1 for r in reports if r.error)
    event_log(
        logging.INFO,
        f"fetched {len(reports)} feeds: {new} new articles, {failed} failed"
        + (f", {waiting} waiting for their retry time" if waiting else ""),
        kind="fetched",
        feeds=len(reports),
        new_articles=new,
        failed=failed,
        waiting=waiting,
    )


def _report_missed(
    record_event: Callable[..., bool],
    slot: Slot,
    schedule: ScheduleConfig,
    plan: CatchUp,
    now: datetime,
) -> None:
    """Missed fires as run events (once each, `record_event` dedupes) and warnings; coalesced
    fires as info lines. `record_event` is `Runner._event`: it returns False for a repeat."""
    grace = show_duration(schedule.misfire_grace)
    for fire in plan.missed:
        late = show_duration(timedelta(minutes=(now - fire) // timedelta(minutes=1)))
        detail = (
            f"run of {show_time(fire, slot.zone)} missed ({late} late, more than misfire_grace "
            f"{grace}); skipped, its articles go into the next issue"
        )
        if record_event(
            "missed",
            detail,
            schedule=slot.schedule,
            job=slot.job_id,
            scheduled_for=fire,
            period=slot.period(fire),
            dedupe=f"missed:{slot.job_id}:{fire.isoformat()}",
        ):
            event_log(
                logging.WARNING,
                f"schedule {slot.job_id}: {detail}",
                kind="missed",
                schedule=slot.schedule,
                scheduled_for=fire.isoformat(),
            )
    if plan.more_missed:
        detail = f"more runs missed before {show_time(now - schedule.misfire_grace, slot.zone)}"
        record_event(
            "missed",
            detail,
            schedule=slot.schedule,
            job=slot.job_id,
            dedupe=f"missed-more:{slot.job_id}:{plan.missed[-1].isoformat()}",
        )
        event_log(logging.WARNING, f"schedule {slot.job_id}: {detail}", kind="missed")
    for fire in plan.coalesced:
        event_log(
            logging.INFO,
            f"schedule {slot.job_id}: run of {show_time(fire, slot.zone)} coalesced into the "
            f"run of {show_time(plan.run, slot.zone) if plan.run else 'now'}",
            kind="coalesced",
            schedule=slot.schedule,
            scheduled_for=fire.isoformat(),
        )
