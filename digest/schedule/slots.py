"""Scheduled runs: which fire times a schedule has, which are due or missed, and one run of each.

    slots_for(config, store):          one Slot per schedule, or per schedule and subscriber time
                                       zone with `deliver_at: local` (one issue, sent in waves)
    plan_catch_up(slot, since, now):   fires since the last handled one -> run the latest within
                                       misfire_grace once; record older ones as missed
    build_for_fire(..., fire, now):    the issue of the fire's period (reused if it exists)
    send_for_slot(...):                send_issue, narrowed to a wave's subscribers

The period key comes from the scheduled fire time, not from `now`, so a run 40 minutes late
(after downtime), a repeated DST hour, a restart or a manual `digest send` for the same period all
land on the same issue. The window still ends at `now`: articles fetched at start-up go into a
late issue rather than wait a day. No APScheduler here (`triggers.py`, `service.py`), no clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache

from digest.config import Config, ScheduleConfig
from digest.model.cadence import (
    Cadence,
    next_run,
    parse_cadence,
    period_key,
    validate_timezone,
    zone,
)
from digest.model.records import IssueRecord
from digest.model.types import Subscriber, SubscriberStatus
from digest.pipeline.build import BuildResult, build_issue
from digest.pipeline.sending import StopFlag, send_issue
from digest.send.loop import SendSummary
from digest.send.transports import Transport
from digest.store import Store

__all__ = [
    "CatchUp",
    "Slot",
    "build_for_fire",
    "plan_catch_up",
    "send_for_slot",
    "slots_for",
    "subscriber_zone",
    "wave_recipients",
    "wave_zones",
]

_US = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Slot:
    """One schedule read in one time zone: what one runner job fires for.

    A schedule with `deliver_at: schedule` has one slot in its own zone. With `deliver_at: local`
    it has one slot per time zone its subscribers live in (`wave`): each fires at the schedule's
    wall-clock time in that zone and sends the period's one issue to that zone's subscribers.
    """

    schedule: str  # schedule name
    zone: str  # IANA zone the cadence is read in
    cadence: Cadence
    wave: bool = False  # send only to subscribers whose zone is `zone`
    tick: float | None = None  # test hook (DIGEST_TEST_TICK): fire every `tick` seconds instead

    @property
    def job_id(self) -> str:
        """Stable name of the job and of its mark in the store."""
        return f"{self.schedule}@{self.zone}" if self.wave else self.schedule

    @property
    def signature(self) -> str:
        """What the fire times depend on; a mark with another signature is from an old config."""
        c = self.cadence
        text = f"{c.minute} {c.hour} {c.day} {c.month} {c.day_of_week} {self.zone}"
        return text + (f" tick={self.tick:g}s" if self.tick else "")

    def next_fire(self, after: datetime) -> datetime | None:
        """The first fire strictly after `after`, aware in the slot's zone."""
        if self.tick:
            step = round(self.tick * 1_000_000)
            elapsed = (after.astimezone(UTC) - _EPOCH) // _US
            return (_EPOCH + _US * ((elapsed // step + 1) * step)).astimezone(zone(self.zone))
        return next_run(self.cadence, zone(self.zone), after.astimezone(UTC) + _US)

    def fires(self, after: datetime, until: datetime, limit: int = 1000) -> list[datetime]:
        """Fires in (after, until], at most `limit`."""
        out: list[datetime] = []
        fire = self.next_fire(after)
        while fire is not None and fire <= until and len(out) < limit:
            out.append(fire)
            fire = self.next_fire(fire)
        return out

    def period(self, fire: datetime) -> str:
        """The issue period a fire belongs to (see cadence.period_key)."""
        if self.tick:
            return fire.astimezone(zone(self.zone)).strftime("%Y-%m-%dT%H:%M:%S")
        return period_key(fire, self.cadence, self.zone)

    def fire_for_period(self, period: str) -> datetime | None:
        """This slot's fire of `period`, or None when the key does not name one of its fires."""
        start = _period_start(period)
        if start is None:
            return None
        local = start.replace(tzinfo=zone(self.zone))
        if self.tick:
            return local
        fire = next_run(self.cadence, zone(self.zone), local)
        return fire if fire is not None and self.period(fire) == period else None


_MINUTE_KEY = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")
_WEEK_KEY = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH_KEY = re.compile(r"^(\d{4})-(\d{2})$")
_DAY_KEY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _period_start(period: str) -> datetime | None:
    """Local wall time (naive) where a period key's period starts."""
    try:
        if _MINUTE_KEY.match(period):
            return datetime.fromisoformat(period)
        if match := _WEEK_KEY.match(period):
            day = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        elif match := _MONTH_KEY.match(period):
            day = date(int(match[1]), int(match[2]), 1)
        elif _DAY_KEY.match(period):
            day = date.fromisoformat(period)
        else:
            return None
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day)


@cache
def _valid_zone(name: str) -> bool:
    try:
        validate_timezone(name)
    except ValueError:
        return False
    return True


def subscriber_zone(subscriber: Subscriber, schedule: ScheduleConfig) -> str:
    """The zone a subscriber's local-time wave is read in: their own, else the schedule's."""
    tz = subscriber.timezone
    return tz if tz and _valid_zone(tz) else schedule.timezone


def wave_zones(store: Store, schedule: ScheduleConfig) -> set[str]:
    """Zones with subscribers of a `deliver_at: local` schedule, plus the schedule's own."""
    zones = {schedule.timezone}
    if schedule.subscribers:
        for email in schedule.subscribers:
            sub = store.subscriber(email)
            if sub is not None and sub.status is SubscriberStatus.ACTIVE:
                zones.add(subscriber_zone(sub, schedule))
        return zones
    for tz in store.subscriber_timezones():
        zones.add(tz if tz and _valid_zone(tz) else schedule.timezone)
    return zones


def wave_recipients(store: Store, schedule: ScheduleConfig, zone_name: str) -> list[str]:
    """Active subscribers of the schedule whose local-time wave is `zone_name`."""
    wanted = {a.casefold() for a in schedule.subscribers} if schedule.subscribers else None
    return [
        sub.email
        for sub in store.iter_subscribers(SubscriberStatus.ACTIVE)
        if (wanted is None or sub.email.casefold() in wanted)
        and subscriber_zone(sub, schedule) == zone_name
    ]


def slots_for(config: Config, store: Store, tick: float | None = None) -> list[Slot]:
    """Every slot the config asks for; local-time schedules take subscriber zones from the store."""
    slots: list[Slot] = []
    for schedule in config.schedules:
        cadence = parse_cadence(schedule.cron)
        if schedule.deliver_at == "local":
            for name in sorted(wave_zones(store, schedule)):
                slots.append(Slot(schedule.name, name, cadence, wave=True, tick=tick))
        else:
            slots.append(Slot(schedule.name, schedule.timezone, cadence, tick=tick))
    return slots


@dataclass(frozen=True)
class CatchUp:
    """What to do with a slot's fires since its last handled one."""

    run: datetime | None  # the one fire to run now (the latest within misfire_grace)
    missed: tuple[datetime, ...] = ()  # older than misfire_grace: skipped and recorded
    coalesced: tuple[datetime, ...] = ()  # within the grace but superseded by `run`
    more_missed: bool = False  # more missed fires than listed (a long outage)
    settled: datetime | None = None  # fires up to here are accounted for without `run`


def plan_catch_up(
    slot: Slot, since: datetime, now: datetime, grace: timedelta, limit: int = 20
) -> CatchUp:
    """Split the fires in (since, now]: the latest within `grace` runs once, older ones are missed.

    At most `limit` missed fires are listed; a longer outage jumps ahead to the grace window
    (a minute cadence down for a week is 10 000 fires, not worth listing one by one).
    """
    cutoff = now - grace
    missed: list[datetime] = []
    within: list[datetime] = []
    more = False
    fire = slot.next_fire(since)
    while fire is not None and fire <= now:
        if fire < cutoff:
            if len(missed) >= limit:
                more = True
                fire = slot.next_fire(cutoff - _US)
                continue
            missed.append(fire)
        else:
            within.append(fire)
        fire = slot.next_fire(fire)
    run = within[-1] if within else None
    coalesced = tuple(within[:-1])
    if coalesced:
        settled: datetime | None = coalesced[-1]
    elif more:
        settled = cutoff - _US
    else:
        settled = missed[-1] if missed else None
    return CatchUp(run, tuple(missed), coalesced, more, settled)


def build_for_fire(
    config: Config,
    store: Store,
    schedule: ScheduleConfig,
    slot: Slot,
    fire: datetime,
    now: datetime,
) -> BuildResult:
    """The issue of `fire`'s period, through the one build: reused as it is when one exists
    (never refreshed: what an editor previewed is what goes out), else built and saved."""
    return build_issue(config, store, schedule, now, refresh=False, period=slot.period(fire))


def send_for_slot(
    config: Config,
    store: Store,
    record: IssueRecord,
    slot: Slot,
    transport: Transport,
    now: datetime,
    *,
    clock: Callable[[], datetime],
    stop: StopFlag | None = None,
) -> SendSummary | None:
    """Send an issue to the slot's subscribers (a wave: only those in its zone); None if none."""
    if slot.wave:
        schedule = config.schedule(record.issue.schedule)
        emails = wave_recipients(store, schedule, slot.zone)
        if not emails:
            # Nobody of this wave is subscribed: nothing to send, nothing to record.
            transport.close()
            return None
        return send_issue(
            config, store, record, transport, now, clock=clock, stop=stop, recipients=emails
        )
    return send_issue(config, store, record, transport, now, clock=clock, stop=stop)
