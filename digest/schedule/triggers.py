"""APScheduler triggers for schedules, and what `digest schedule` shows about them (DST notes).

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

`next_runs` and `dst_warnings` go through the same trigger, so what `digest schedule` lists is
what `digest run` fires. Pure: no clock, no threads; the service (`service.py`) schedules these.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from digest.model.cadence import Cadence, ClockChange, clock_changes, next_run, zone
from digest.schedule.slots import Slot

__all__ = [
    "CadenceTrigger",
    "build_trigger",
    "dst_warnings",
    "next_runs",
    "slot_trigger",
]

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


def slot_trigger(slot: Slot) -> BaseTrigger:
    """The APScheduler trigger of a slot: the DST-safe cadence, or the test tick."""
    if slot.tick:
        return IntervalTrigger(seconds=slot.tick, timezone=UTC)
    return build_trigger(slot.cadence, slot.zone)
