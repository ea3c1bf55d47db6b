"""APScheduler adapter and the long-running `digest run`; the only module that imports APScheduler.

    run_forever(config_file, config):              # `digest run`
        check config (secrets, subscribers folder, templates) -> ConfigError, exit 1
        take the store lock (lock.py)                -> a second runner refuses to start
        sync subscribers; fetch due feeds once
        APScheduler jobs, rebuilt from config.yaml (memory job store; state is in the store):
            fetch  every fetch.interval              Runner.fetch: feeds whose backoff is over
            slot   at each fire time (CadenceTrigger) Runner.handle_due -> runs.build_for_fire,
                                                      runs.send_for_slot
            sweep  at start, then every minute       catch-up of missed fires, unfinished sends,
                                                      approved issues whose time has come,
                                                      deferred retries, new subscriber zones
        main thread: SIGHUP or a changed config.yaml -> reload (invalid: reported, old kept);
                     changed subscriber files -> sync; SIGTERM/SIGINT -> finish the message in
                     flight, stop

APScheduler 3.x supplies the trigger interface the scheduler calls, but the fire times come
from `cadence.next_run`, because CronTrigger's own walk in 3.11.3 is wrong around DST:

- autumn: a time in the repeated hour fires twice (02:30 CEST, then 02:30 CET);
- spring: a time in the skipped hour comes back as a wall time that does not exist
  (02:30+01:00), and `30 2,3 * * *` yields the same instant twice;
- America/New_York: `0 0 * * *` skips Monday 2026-03-09 entirely after the spring change
  (agronholm/apscheduler#529, still open).

So `CadenceTrigger` keeps CronTrigger's fields (for display and repr) and overrides only
`get_next_fire_time`. The rule it implements: one run per local wall-clock time; a repeated
time runs on its first occurrence; a skipped time runs later by the size of the gap.

Missed runs are decided by `runs.plan_catch_up` from a mark kept in the store (the last fire
handled per job), not by APScheduler's misfire logic: its default grace is 1 second, and a
memory job store forgets everything at restart. Jobs run with misfire_grace_time=None and
coalesce=True so APScheduler always calls, and the mark decides.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import signal
import socket
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from digest.config import Config, ScheduleConfig, config_path, load_config
from digest.model.cadence import Cadence, ClockChange, clock_changes, next_run, zone
from digest.model.errors import ConfigError
from digest.pipeline import core as pipeline
from digest.schedule.slots import (
    CatchUp,
    Slot,
    build_for_fire,
    plan_catch_up,
    send_for_slot,
    slots_for,
)
from digest.send.transports import Transport
from digest.store.lock import LockHeld, ProcessLock, lock_path_for
from digest.store.sqlite import IssueRecord, Store

__all__ = [
    "CadenceTrigger",
    "Runner",
    "Service",
    "build_trigger",
    "check_runnable",
    "dst_warnings",
    "next_runs",
    "run_forever",
    "slot_trigger",
    "tick_from_env",
]

log = logging.getLogger("digest.schedule.runner")

_ONE_MICROSECOND = timedelta(microseconds=1)
_NEAR = timedelta(hours=1)  # a run this close to a clock change gets a note


class CadenceTrigger(CronTrigger):
    """A CronTrigger whose fire times are DST-safe and strictly increasing."""

    __slots__ = ("cadence",)

    def __init__(self, cadence: Cadence, timezone: str) -> None:
        fields = {
            "month": cadence.month,
            "day": cadence.day,
            "day_of_week": cadence.day_of_week,
            "hour": cadence.hour,
        }
        # Fields left out before `minute` mean '*', so str(trigger) names only what is set.
        chosen = {name: value for name, value in fields.items() if value != "*"}
        super().__init__(minute=cadence.minute, timezone=zone(timezone), **chosen)
        self.cadence = cadence

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        """The first run at/after `now`, or strictly after `previous_fire_time` when given.

        APScheduler passes the previous fire time to enumerate missed runs (Job._get_run_times)
        and to plan the next one; CronTrigger starts at min(now, previous + 1 µs), which can hand
        back the previous time again when now < previous. Always starting after the previous
        run rules out a double fire.
        """
        if previous_fire_time is not None:
            bound = previous_fire_time.astimezone(UTC) + _ONE_MICROSECOND
        else:
            bound = now.astimezone(UTC)
        return next_run(self.cadence, self.timezone, bound)

    def __getstate__(self) -> dict:
        state = super().__getstate__()
        state["cadence"] = self.cadence
        return state

    def __setstate__(self, state: dict) -> None:
        super().__setstate__(state)
        self.cadence = state["cadence"]


def build_trigger(cadence: Cadence, timezone: str) -> CronTrigger:
    """The APScheduler trigger for a schedule; ValueError for a zone that is not IANA."""
    return CadenceTrigger(cadence, timezone)


def next_runs(cadence: Cadence, timezone: str, after: datetime, count: int = 5) -> list[datetime]:
    """The next `count` runs strictly after `after`, aware datetimes in the schedule's zone.

    Goes through the trigger the runner uses, so what `digest schedules` shows is what fires.
    A time in the repeated autumn hour appears once (its first, summer-time occurrence); a time
    in the skipped spring hour appears moved later by the gap (02:30 -> 03:30).
    """
    if after.tzinfo is None:
        raise ValueError("after must be timezone-aware, e.g. datetime.now(UTC)")
    if count < 0:
        raise ValueError(f"count must be 0 or more, got {count}")
    trigger = build_trigger(cadence, timezone)
    runs: list[datetime] = []
    upcoming = trigger.get_next_fire_time(None, after.astimezone(UTC) + _ONE_MICROSECOND)
    while upcoming is not None and len(runs) < count:
        runs.append(upcoming)
        upcoming = trigger.get_next_fire_time(upcoming, upcoming)
    return runs


def dst_warnings(cadence: Cadence, timezone: str, runs: list[datetime]) -> list[str]:
    """One line per clock change that touches these runs: what moves, what runs once, what's near.

    Meant for `digest schedules` and config checks, so ops see before the night itself that
    02:30 will run at 03:30, or that the repeated 02:30 runs only once.
    """
    if not runs:
        return []
    zone_info = zone(timezone)
    instants = sorted(run.astimezone(UTC) for run in runs)
    run_dates = {instant.astimezone(zone_info).date() for instant in instants}
    changes = clock_changes(
        zone_info, instants[0] - timedelta(days=1), instants[-1] + timedelta(days=1)
    )
    warnings: list[str] = []
    for change in changes:
        near = [instant for instant in instants if abs(instant - change.at) <= _NEAR]
        change_dates = {change.wall_before.date(), change.wall_after.date()}
        if not (change_dates & run_dates) and not near:
            continue
        affected = _affected_walls(cadence, change)
        if affected:
            warnings.append(_describe_affected(cadence, timezone, change, affected))
        else:
            warnings.extend(_describe_near(timezone, change, instant) for instant in near)
    return warnings


def _affected_walls(cadence: Cadence, change: ClockChange) -> list[datetime]:
    """Cadence wall times (naive) that fall in the skipped or the repeated interval."""
    low, high = sorted((change.wall_before, change.wall_after))
    walls: list[datetime] = []
    day: date = low.date()
    while day <= high.date():
        if cadence.fires_on(day):
            for hour, minute in cadence.times_of_day:
                wall = datetime(day.year, day.month, day.day, hour, minute)
                if low <= wall < high:
                    walls.append(wall)
        day += timedelta(days=1)
    return walls


def _clock_phrase(timezone: str, change: ClockChange) -> str:
    name_before, name_after = change.names
    direction = "forward" if change.forward else "back"
    return (
        f"clocks in {timezone} go {direction} from {change.wall_before:%H:%M} {name_before} "
        f"to {change.wall_after:%H:%M} {name_after}"
    )


def _times(walls: list[datetime]) -> str:
    shown = ", ".join(f"{wall:%H:%M}" for wall in walls[:6])
    return shown + (f" and {len(walls) - 6} more" if len(walls) > 6 else "")


def _describe_affected(
    cadence: Cadence, timezone: str, change: ClockChange, walls: list[datetime]
) -> str:
    head = f"{walls[0]:%Y-%m-%d}: {_clock_phrase(timezone, change)}"
    name_before, name_after = change.names
    if not change.forward:
        verb = "happens" if len(walls) == 1 else "happen"
        if len(walls) == 1:
            first = walls[0].replace(tzinfo=change.zone).astimezone(UTC)
            when = f"at the first ({walls[0]:%H:%M} {name_before} = {first:%H:%M} UTC)"
        else:
            when = f"on the first pass ({name_before}); the second pass has no runs"
        once = "the digest runs once" if len(walls) == 1 else "each runs once"
        return f"{head}, so {_times(walls)} {verb} twice; {once}, {when}"
    shift = change.after - change.before
    if len(walls) == 1:
        wall, later = walls[0], walls[0] + shift
        if cadence.matches(later):
            fate = f"it would land on the {later:%H:%M} {name_after} run, so the two run once"
        else:
            fate = f"it runs at {later:%H:%M} {name_after} instead"
        return f"{head}, so {wall:%H:%M} does not exist; {fate}"
    parts = [f"{head}, so {_times(walls)} do not exist"]
    merged = [wall for wall in walls if cadence.matches(wall + shift)]
    for wall in walls:
        if wall not in merged:
            parts.append(f"{wall:%H:%M} runs at {wall + shift:%H:%M} {name_after} instead")
    if merged:
        landing = _times([wall + shift for wall in merged])
        parts.append(
            f"{_times(merged)} would land on the {landing} {name_after} runs and are skipped"
        )
    return "; ".join(parts)


def _describe_near(timezone: str, change: ClockChange, instant: datetime) -> str:
    local = instant.astimezone(change.zone)
    minutes = round(abs((instant - change.at).total_seconds()) / 60)
    side = "after" if instant >= change.at else "before"
    return (
        f"{local:%Y-%m-%d %H:%M %Z} is {minutes} min {side} the clock change "
        f"({_clock_phrase(timezone, change)}); it runs as scheduled"
    )


# -- the runner -----------------------------------------------------------------------------

TEST_TICK_ENV = "DIGEST_TEST_TICK"
SWEEP_EVERY = 60.0  # seconds between sweeps: catch-up, approved issues, retries, zones
POLL_EVERY = 1.0  # seconds between looks at signals, config.yaml and the subscriber files
# A run is always a little late (thread start, a fetch holding the build lock); a grace below
# this would count on-time runs as missed.
MIN_GRACE = timedelta(minutes=1)
# APScheduler's default misfire_grace_time is 1 s (a job a little late is silently dropped).
_JOB_OPTIONS: dict[str, object] = {"misfire_grace_time": None, "coalesce": True, "max_instances": 1}


def tick_from_env(environ: Mapping[str, str] = os.environ) -> float | None:
    """Seconds from $DIGEST_TEST_TICK: every schedule fires that often (tests only), else None."""
    raw = environ.get(TEST_TICK_ENV, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.05 <= value <= 3600:
        raise ConfigError(
            f"${TEST_TICK_ENV}={raw!r}: a test hook taking seconds between 0.05 and 3600; "
            "unset it to run the schedules from config.yaml"
        )
    return value


def check_runnable(config: Config) -> None:
    """ConfigError for what would otherwise fail hours later, at the first send.

    The model already checked cron, time zones and durations; this adds what needs the
    environment: the SMTP password variable, the subscribers folder, the templates and theme.
    """
    from digest.render.issue import check_templates

    problems: list[str] = []
    if "://" in config.store and not config.store.startswith("sqlite:///"):
        problems.append(
            f"{config.source}: store: {config.store!r}: only SQLite is supported in this "
            "version; write a path like 'var/digest.sqlite3'"
        )
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
    problems.extend(check_templates(pipeline.TEMPLATES, pipeline.render_options(config).theme_dir))
    if problems:
        raise ConfigError(problems)


def slot_trigger(slot: Slot) -> BaseTrigger:
    """The APScheduler trigger of a slot: the DST-safe cadence, or the test tick."""
    if slot.tick:
        return IntervalTrigger(seconds=slot.tick, timezone=UTC)
    return build_trigger(slot.cadence, slot.zone)


def _when(moment: datetime, zone_name: str) -> str:
    """'2026-11-29 07:00 CET (06:00 UTC)': how a run time is shown in logs."""
    local = moment.astimezone(zone(zone_name))
    utc = moment.astimezone(UTC)
    fmt = "%H:%M:%S" if local.second else "%H:%M"
    return f"{local:%Y-%m-%d} {local.strftime(fmt)} {local.tzname()} ({utc.strftime(fmt)} UTC)"


def _duration(delta: timedelta) -> str:
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


def _event_log(level: int, message: str, **fields: object) -> None:
    """One log line per event; `fields` ride along for structured handlers (record.fields)."""
    log.log(level, message, extra={"fields": fields})


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
        clock: Callable[[], datetime] = pipeline.utcnow,
        transport_factory: Callable[[Config], Transport] = pipeline.make_transport,
        tick: float | None = None,
        stop: pipeline.StopFlag | None = None,
    ):
        self.config = config
        self.store = store
        self.config_file = Path(config_file) if config_file else Path(config.source)
        self.clock = clock
        self.transport_factory = transport_factory
        self.tick = tick
        self.stop = stop or pipeline.StopFlag()
        self.on_slots_changed: Callable[[], None] | None = None
        # Fetch and build never overlap: an article stored during a build, stamped before the
        # window's end, would fall between two issues.
        self._build_lock = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._slots: dict[str, Slot] = {}
        self._resumed = False
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
        problems = pipeline.sync_subscribers(self.config, self.store, self.clock())
        for problem in problems:
            _event_log(logging.WARNING, f"subscribers: {problem}", kind="subscribers")

    def fetch(self) -> list[pipeline.FeedReport]:
        """Fetch the feeds whose backoff is over (a failing feed waits for its next_try)."""
        with self._build_lock:
            now = self.clock()
            config = self.config
            due, waiting = [], 0
            for feed in config.feeds:
                state = self.store.feed_state(pipeline.feed_source(config, feed).url)
                if state.disabled or (state.next_try is not None and state.next_try > now):
                    waiting += 1
                else:
                    due.append(feed)
            reports = (
                pipeline.fetch_feeds(
                    config.model_copy(update={"feeds": due}), self.store, now, scheduled=True
                )
                if due
                else []
            )
        for report in reports:
            if report.error:
                state = self.store.feed_state(report.url)
                retry = f"; next try {state.next_try:%Y-%m-%d %H:%M} UTC" if state.next_try else ""
                _event_log(
                    logging.WARNING,
                    f"feed {report.name} failed: {report.error}{retry}",
                    kind="feed-failed",
                    feed=report.url,
                )
        new = sum(r.new_articles for r in reports)
        failed = sum(1 for r in reports if r.error)
        _event_log(
            logging.INFO,
            f"fetched {len(reports)} feeds: {new} new articles, {failed} failed"
            + (f", {waiting} waiting for their retry time" if waiting else ""),
            kind="fetched",
            feeds=len(reports),
            new_articles=new,
            failed=failed,
            waiting=waiting,
        )
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
            now = self.clock()
            mark = self.store.schedule_mark(slot.job_id)
            if mark is None or mark[0] != slot.signature:
                self.store.set_schedule_mark(slot.job_id, slot.signature, now)
                if mark is not None:
                    _event_log(
                        logging.INFO,
                        f"schedule {slot.job_id} changed to {slot.signature!r}: runs from now "
                        "on; earlier runs are not caught up",
                        kind="schedule-changed",
                        schedule=slot.schedule,
                    )
                return CatchUp(run=None)
            plan = plan_catch_up(slot, mark[1], now, max(schedule.misfire_grace, MIN_GRACE))
            self._record_missed(slot, schedule, plan, now)
            if plan.settled is not None:
                self.store.set_schedule_mark(slot.job_id, slot.signature, plan.settled)
            if plan.run is None or self.stop.stopped:
                return plan
            try:
                self.run_fire(slot, schedule, plan.run)
            except Exception as exc:  # a run must not take the runner down; it is retried
                log.exception("run %s of %s failed", slot.job_id, _when(plan.run, slot.zone))
                self._event(
                    "failed",
                    f"run of {_when(plan.run, slot.zone)} failed: {exc}; retried within "
                    f"misfire_grace ({_duration(schedule.misfire_grace)})",
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

    def _record_missed(
        self, slot: Slot, schedule: ScheduleConfig, plan: CatchUp, now: datetime
    ) -> None:
        grace = _duration(schedule.misfire_grace)
        for fire in plan.missed:
            late = _duration(timedelta(minutes=(now - fire) // timedelta(minutes=1)))
            detail = (
                f"run of {_when(fire, slot.zone)} missed ({late} late, more than misfire_grace "
                f"{grace}); skipped, its articles go into the next issue"
            )
            if self._event(
                "missed",
                detail,
                schedule=slot.schedule,
                job=slot.job_id,
                scheduled_for=fire,
                period=slot.period(fire),
                dedupe=f"missed:{slot.job_id}:{fire.isoformat()}",
            ):
                _event_log(
                    logging.WARNING,
                    f"schedule {slot.job_id}: {detail}",
                    kind="missed",
                    schedule=slot.schedule,
                    scheduled_for=fire.isoformat(),
                )
        if plan.more_missed:
            detail = f"more runs missed before {_when(now - schedule.misfire_grace, slot.zone)}"
            self._event(
                "missed",
                detail,
                schedule=slot.schedule,
                job=slot.job_id,
                dedupe=f"missed-more:{slot.job_id}:{plan.missed[-1].isoformat()}",
            )
            _event_log(logging.WARNING, f"schedule {slot.job_id}: {detail}", kind="missed")
        for fire in plan.coalesced:
            _event_log(
                logging.INFO,
                f"schedule {slot.job_id}: run of {_when(fire, slot.zone)} coalesced into the "
                f"run of {_when(plan.run, slot.zone) if plan.run else 'now'}",
                kind="coalesced",
                schedule=slot.schedule,
                scheduled_for=fire.isoformat(),
            )

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
        lateness = f", {_duration(late)} late" if late >= timedelta(minutes=1) else ""
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
            _event_log(
                logging.INFO,
                f"schedule {slot.job_id} at {_when(fire, slot.zone)}: {detail}",
                kind="skipped",
                schedule=schedule.name,
                period=period,
            )
            return
        record = result.record
        issue = record.issue
        if not result.reused:
            _event_log(
                logging.INFO,
                f"issue {issue.id} built for {_when(fire, slot.zone)}{lateness}: "
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
            _event_log(
                logging.INFO,
                f"issue {issue.id} is held for approval; it goes out once an editor approves it",
                kind="held",
                issue=issue.id,
            )
            return
        if record.status == "sent" and not slot.wave:
            _event_log(
                logging.INFO,
                f"issue {issue.id} was already sent (run of {_when(fire, slot.zone)})",
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
        _event_log(
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
                    _event_log(logging.WARNING, f"issue {issue.id}: schedule gone", kind="alert")
                continue
            sending = record.status == "sending"
            if sending and not initial and not self.store.deliveries_due(issue.id, now):
                continue
            for slot in self.slots:
                if slot.schedule != schedule.name:
                    continue
                if sending and not slot.wave:
                    due = True
                else:
                    fire = slot.fire_for_period(record.period)
                    due = fire is None or fire <= now
                if due:
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
            _event_log(
                logging.ERROR,
                f"config reload ({reason}) failed, keeping the running config: {problems}",
                kind="config-invalid",
            )
            self._event("config", f"reload ({reason}) failed: {problems}")
            return False
        if fresh.store_url != self.config.store_url:
            _event_log(
                logging.WARNING,
                f"config reload: store changed to {fresh.store_url}; still using "
                f"{self.config.store_url} until restart",
                kind="config-store",
            )
        self.config = fresh
        self.sync_subscribers()
        self.refresh_slots()
        names = ", ".join(f"{s.name} ({s.cron}, {s.timezone})" for s in fresh.schedules)
        _event_log(
            logging.INFO,
            f"config reloaded ({reason}): schedules {names}; fetch every "
            f"{_duration(fresh.fetch.interval)}",
            kind="config-reloaded",
        )
        return True


def _sd_notify(state: str) -> None:
    """Tell systemd (Type=notify) we are ready/reloading/stopping; no-op outside systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.connect(address)
        sock.sendall(state.encode())


def _file_signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


def _folder_signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return ()
    out = []
    for path in entries:
        if path.suffix.lower() in (".csv", ".yaml", ".yml") and not path.name.startswith("."):
            with contextlib.suppress(OSError):
                st = path.stat()
                out.append((path.name, st.st_mtime_ns, st.st_size))
    return tuple(out)


def _content_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class Service:
    """Threads, signals and APScheduler around a Runner (the `digest run` process)."""

    def __init__(
        self, runner: Runner, *, poll: float = POLL_EVERY, sweep_every: float = SWEEP_EVERY
    ):
        self.runner = runner
        self.poll = poll
        self.sweep_every = sweep_every
        self.scheduler: BackgroundScheduler | None = None
        self._jobs: dict[str, str] = {}  # APScheduler job id -> slot signature
        self._fetch_every: float | None = None
        self._jobs_lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._signal_name = ""
        self._hup = False
        config_file = runner.config_file
        self._config_seen = _file_signature(config_file)
        self._config_pending: tuple[int, int, int] | None = None
        self._config_hash = _content_hash(config_file)
        self._subscribers_seen = _folder_signature(self._subscriber_folder())
        runner.on_slots_changed = self.apply_jobs

    def _subscriber_folder(self) -> Path:
        config = self.runner.config
        return config.path(config.subscribers)

    # -- signals ---------------------------------------------------------------------------

    def _on_stop(self, signum: int, _frame: FrameType | None) -> None:
        if self._stopping.is_set():
            os.write(2, b"second stop signal: exiting now\n")
            os._exit(130)
        self._signal_name = signal.Signals(signum).name
        self.runner.stop.stop()
        self._stopping.set()
        self._wake.set()

    def _on_hup(self, _signum: int, _frame: FrameType | None) -> None:
        self._hup = True
        self._wake.set()

    def stop(self) -> None:
        """Stop from another thread (tests): like SIGTERM."""
        self.runner.stop.stop()
        self._stopping.set()
        self._wake.set()

    # -- jobs ------------------------------------------------------------------------------

    def _fire(self, job_id: str) -> None:
        slot = next((s for s in self.runner.slots if s.job_id == job_id), None)
        if slot is None:
            return
        try:
            self.runner.handle_due(slot)
        except Exception:
            log.exception("job %s failed", job_id)

    def _fetch(self) -> None:
        try:
            self.runner.fetch()
        except Exception:
            log.exception("fetching feeds failed")

    def _sweep(self) -> None:
        try:
            self.runner.sweep()
        except Exception:
            log.exception("sweep failed")

    @staticmethod
    def make_scheduler() -> BackgroundScheduler:
        """Memory job store (rebuilt from config at start); every job always runs, never twice
        at once, missed calls coalesced: lateness is judged by Runner.handle_due, not here."""
        return BackgroundScheduler(
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(8)},
            job_defaults=dict(_JOB_OPTIONS),
        )

    def apply_jobs(self) -> None:
        """Make APScheduler's jobs match the runner's slots and fetch interval."""
        scheduler = self.scheduler
        if scheduler is None:
            return
        with self._jobs_lock:
            wanted = {f"slot:{slot.job_id}": slot for slot in self.runner.slots}
            for job_id in list(self._jobs):
                if job_id not in wanted:
                    scheduler.remove_job(job_id)
                    del self._jobs[job_id]
            for job_id, slot in wanted.items():
                if self._jobs.get(job_id) == slot.signature:
                    continue
                scheduler.add_job(
                    self._fire,
                    slot_trigger(slot),
                    args=(slot.job_id,),
                    id=job_id,
                    name=job_id,
                    replace_existing=True,
                    **_JOB_OPTIONS,
                )
                self._jobs[job_id] = slot.signature
            every = self.runner.config.fetch.interval.total_seconds()
            if every != self._fetch_every:
                start = datetime.now(UTC) + timedelta(seconds=every)
                trigger = IntervalTrigger(seconds=every, start_date=start, timezone=UTC)
                scheduler.add_job(
                    self._fetch,
                    trigger,
                    id="fetch",
                    name="fetch",
                    replace_existing=True,
                    **_JOB_OPTIONS,
                )
                self._fetch_every = every

    # -- main loop -------------------------------------------------------------------------

    def serve(self) -> None:
        """Run until SIGTERM/SIGINT; call from the main thread (signal handlers live there)."""
        previous = {
            sig: signal.signal(sig, handler)
            for sig, handler in (
                (signal.SIGTERM, self._on_stop),
                (signal.SIGINT, self._on_stop),
                (signal.SIGHUP, self._on_hup),
            )
        }
        try:
            self._start()
            while not self._stopping.is_set():
                self._wake.wait(self.poll)
                self._wake.clear()
                if self._stopping.is_set():
                    break
                if self._hup:
                    self._hup = False
                    self._reload("SIGHUP")
                else:
                    self._watch_config()
                self._watch_subscribers()
        finally:
            self._shutdown()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _start(self) -> None:
        runner = self.runner
        config = runner.config
        now = runner.clock()
        plan = []
        for slot in runner.slots:
            upcoming = slot.next_fire(now)
            plan.append(f"{slot.job_id} next {_when(upcoming, slot.zone) if upcoming else 'never'}")
        _event_log(
            logging.INFO,
            f"digest run started (pid {os.getpid()}, store {config.store_url}): "
            + "; ".join(plan)
            + f"; fetch every {_duration(config.fetch.interval)}"
            + (f"; {TEST_TICK_ENV}={runner.tick:g}s (test hook)" if runner.tick else ""),
            kind="started",
            pid=os.getpid(),
        )
        runner.sync_subscribers()
        runner.refresh_slots()  # zones of the subscribers just synced; jobs are made below
        if not self._stopping.is_set():
            self._fetch()
        if self._stopping.is_set():
            return
        self.scheduler = self.make_scheduler()
        self.apply_jobs()
        self.scheduler.add_job(
            self._sweep,
            IntervalTrigger(seconds=self.sweep_every, timezone=UTC),
            id="sweep",
            name="sweep",
            next_run_time=datetime.now(UTC),
            **_JOB_OPTIONS,
        )
        self.scheduler.start()
        _sd_notify("READY=1")

    def _shutdown(self) -> None:
        if self._stopping.is_set():
            _event_log(
                logging.INFO,
                f"stopping ({self._signal_name or 'stop requested'}): finishing the message in "
                "flight",
                kind="stopping",
            )
        _sd_notify("STOPPING=1")
        self.runner.stop.stop()
        if self.scheduler is not None:
            with contextlib.suppress(Exception):
                self.scheduler.shutdown(wait=True)
        _event_log(logging.INFO, "digest run stopped", kind="stopped")

    def _reload(self, reason: str) -> None:
        _sd_notify("RELOADING=1")
        config_file = self.runner.config_file
        self._config_seen = _file_signature(config_file)
        self._config_pending = None
        self._config_hash = _content_hash(config_file)
        if self.runner.reload(reason):
            self._subscribers_seen = _folder_signature(self._subscriber_folder())
            self.apply_jobs()
        _sd_notify("READY=1")

    def _watch_config(self) -> None:
        """Reload when config.yaml changed and has stayed the same for one poll (saved)."""
        signature = _file_signature(self.runner.config_file)
        if signature == self._config_seen:
            self._config_pending = None
            return
        if signature != self._config_pending:
            self._config_pending = signature
            return
        if _content_hash(self.runner.config_file) == self._config_hash:
            self._config_seen, self._config_pending = signature, None
            return
        self._reload("config file changed")

    def _watch_subscribers(self) -> None:
        signature = _folder_signature(self._subscriber_folder())
        if signature == self._subscribers_seen:
            return
        self._subscribers_seen = signature
        try:
            self.runner.sync_subscribers()
        except ConfigError as exc:
            _event_log(logging.ERROR, "; ".join(exc.problems), kind="subscribers")
            return
        if self.runner.refresh_slots():
            self.apply_jobs()
        _event_log(logging.INFO, "subscriber files changed: synced", kind="subscribers-synced")


def _log_events() -> None:
    """`digest run` logs its events at INFO even without -v; APScheduler's chatter is muted."""
    logger = logging.getLogger("digest")
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)


def run_forever(config_file: str | os.PathLike[str] | None, config: Config) -> None:
    """`digest run`: check everything, take the store lock, then serve until SIGTERM.

    A config error exits with status 1 before anything is touched (no lock, no store file).
    """
    from digest.cli.kit import fail

    tick = tick_from_env()
    check_runnable(config)
    lock_path = lock_path_for(config.store_url)
    lock = ProcessLock(lock_path) if lock_path else None
    if lock is not None:
        try:
            lock.acquire("digest run")
        except LockHeld as exc:
            who = exc.holder.describe() if exc.holder else "another process"
            fail(
                [
                    f"another 'digest run' ({who}) is already using {config.store_url}; "
                    f"stop it first (lock file {exc.path})"
                ]
            )
    store = Store.open(config.store_url)
    try:
        _log_events()
        runner = Runner(config, store, config_file=config_path(config_file).resolve(), tick=tick)
        Service(
            runner,
            poll=min(POLL_EVERY, tick) if tick else POLL_EVERY,
            sweep_every=tick if tick else SWEEP_EVERY,
        ).serve()
    finally:
        store.close()
        if lock is not None:
            lock.release()
