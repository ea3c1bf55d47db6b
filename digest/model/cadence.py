"""Schedule cadences: what ops write in config.yaml, normalised, and DST-safe run-time arithmetic.

Pure: no clock, no network, no APScheduler (`digest.schedule` is the only importer of that).
It lives in `model` because config validates cadences, and config sits below every stage.

Two spellings are accepted and both become one canonical `Cadence` in APScheduler's CronTrigger
vocabulary (day_of_week always as names, because APScheduler 3.x counts 0 as Monday while
crontab counts 0 and 7 as Sunday):

- a standard 5-field crontab, `minute hour day-of-month month day-of-week`, with `*`, lists,
  ranges, steps, month/weekday names, and the aliases `@hourly @daily @midnight @weekly @monthly
  @yearly @annually`;
- a friendly form: `daily at 07:00`, `weekdays at 06:45`, `weekends at 09:00`,
  `weekly on monday at 08:30`, `every mon and thu at 8am`, `monthly on day 1 at 09:00`,
  `monthly on the last day at 18:00`, `monthly on the first monday at 09:00`, `hourly`,
  `hourly at :15`, `every 2 hours` (a divisor of 24).

Daylight-saving rules (the reason `next_run` exists instead of APScheduler's own walk, which in
3.11.3 skips the whole day after a spring-forward for 00:xx schedules in America/New_York):

- one run per local wall-clock time: a time in the repeated autumn hour runs once, on its first
  occurrence (summer time); the second pass never fires;
- a time inside the skipped spring hour does not exist; it is read with the offset in force before
  the change (PEP 495 fold=0, also what APScheduler and zoneinfo do), so it runs later by the size
  of the gap (02:30 -> 03:30 in Europe/Amsterdam). If that lands on another run of the same
  schedule, the two are one run.
"""

from __future__ import annotations

import calendar
import difflib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

HINT = "write 5 fields like '0 7 * * *' or 'daily at 07:00'"
FRIENDLY_EXAMPLES = (
    "'daily at 07:00', 'weekdays at 06:45', 'weekly on monday at 08:30', "
    "'monthly on day 1 at 09:00', 'hourly', 'every 2 hours'"
)

# Gregorian weekdays repeat every 28 years between century years, so a cadence that has not
# fired in that long never will (e.g. 29 February on a Monday is the rarest legal combination).
_HORIZON_DAYS = 366 * 28 + 7

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # APScheduler order, 0 = Monday
_WEEKDAY_WORDS = {
    **{name: i for i, name in enumerate(WEEKDAY_NAMES)},
    **{name: i for i, name in enumerate(calendar.day_name[i].lower() for i in range(7))},
    "tues": 1,
    "thur": 3,
    "thurs": 3,
}
_MONTH_WORDS = {
    **{calendar.month_abbr[i].lower(): i for i in range(1, 13)},
    **{calendar.month_name[i].lower(): i for i in range(1, 13)},
}
# Crontab weekday names are Sunday-based: sun=0 ... sat=6, and 7 is Sunday again.
_CRON_WEEKDAY_WORDS = {word: (i + 1) % 7 for word, i in _WEEKDAY_WORDS.items()}
_ALIASES = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
_POSITIONS = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "last": -1}
_POSITION_WORDS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": -1,
}


@dataclass(frozen=True)
class _Field:
    """Bounds and names of one cron field."""

    label: str  # as shown in error messages
    lo: int
    hi: int
    words: dict[str, int]


_MINUTE = _Field("minute", 0, 59, {})
_HOUR = _Field("hour", 0, 23, {})
_DAY = _Field("day-of-month", 1, 31, {})
_MONTH = _Field("month", 1, 12, _MONTH_WORDS)
_CRON_DOW = _Field("day-of-week", 0, 7, _CRON_WEEKDAY_WORDS)  # 0 and 7 are Sunday
_APS_DOW = _Field("day_of_week", 0, 6, _WEEKDAY_WORDS)  # 0 is Monday; digits refused

_ITEM = re.compile(r"(\*|[a-z0-9]+(?:-[a-z0-9]+)?)(?:/([0-9]+))?")


class _Invalid(ValueError):
    """A reason without the 'cron ...:' prefix; parse_cadence adds that and the hint."""


def _value(token: str, field: _Field, *, digits: bool = True) -> int:
    if token.isdigit() and digits:
        number = int(token)
        if not field.lo <= number <= field.hi:
            raise _Invalid(f"{field.label} {number} out of range {field.lo}-{field.hi}")
        return number
    if token in field.words:
        return field.words[token]
    if token.isdigit():
        raise _Invalid(
            f"{field.label} '{token}' must be a name (mon..sun): APScheduler counts 0 as Monday, "
            "crontab as Sunday"
        )
    known = " or a name like 'jan'" if field is _MONTH else ""
    if field in (_CRON_DOW, _APS_DOW):
        known = " or a name like 'mon'"
    raise _Invalid(f"{field.label} '{token}' is not a number{known}")


def _expand(text: str, field: _Field, *, digits: bool = True, star_hi: int | None = None) -> set:
    """Standard cron list syntax -> the set of values it selects."""
    if text == "":
        raise _Invalid(f"{field.label} is empty")
    values: set[int] = set()
    for item in text.split(","):
        match = _ITEM.fullmatch(item)
        if not match:
            raise _Invalid(
                f"{field.label} '{item}' is not a value, range (a-b), step (*/n) or list (a,b)"
            )
        base, step_text = match.group(1), match.group(2)
        step = int(step_text) if step_text else 1
        if step == 0:
            raise _Invalid(f"{field.label} '{item}' has step 0; a step is 1 or more")
        if base == "*":
            first, last = field.lo, star_hi if star_hi is not None else field.hi
        elif "-" in base:
            first_word, last_word = base.split("-")
            first = _value(first_word, field, digits=digits)
            last = _value(last_word, field, digits=digits)
            if field is _CRON_DOW and last == 0:
                last = 7  # 'sat-sun', 'mon-sun': Sunday closing a range is day 7
            if first > last:
                if field is _CRON_DOW:
                    fix = f"split it, e.g. '{first_word}-sat,sun-{last_word}'"
                elif field is _APS_DOW:
                    fix = f"split it, e.g. '{first_word}-sun,mon-{last_word}'"
                else:
                    fix = "write it low-high"
                raise _Invalid(f"{field.label} range '{base}' runs backwards; {fix}")
        else:
            first = _value(base, field, digits=digits)
            # '5/15' means '5-59/15' (Vixie cron, croniter); a bare value is just itself.
            last = (star_hi if star_hi is not None else field.hi) if step_text else first
        values.update(range(first, last + 1, step))
    return values


def _render(values: set[int] | frozenset[int], lo: int, hi: int) -> str:
    """Shortest canonical spelling: '*', '*/n', or a list of values and runs 'a-b'."""
    ordered = sorted(values)
    if ordered == list(range(lo, hi + 1)):
        return "*"
    if len(ordered) > 2 and ordered[0] == lo:  # '0,30' reads better than '*/30'
        step = ordered[1] - ordered[0]
        if step > 1 and ordered == list(range(lo, hi + 1, step)):
            return f"*/{step}"
    return ",".join(_runs(ordered, str))


def _runs(ordered: list[int], name: Callable[[int], str]) -> list[str]:
    parts: list[str] = []
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{name(ordered[i])}-{name(ordered[j])}")
        else:
            parts.extend(name(v) for v in ordered[i : j + 1])
        i = j + 1
    return parts


def _render_dow(days: set[int] | frozenset[int]) -> str:
    if len(days) == 7:
        return "*"
    return ",".join(_runs(sorted(days), lambda d: WEEKDAY_NAMES[d]))


@dataclass(frozen=True)
class _Compiled:
    """A cadence as sets, for matching and enumerating run times."""

    minutes: tuple[int, ...]
    hours: tuple[int, ...]
    days: frozenset[int]  # day-of-month numbers
    day_specials: tuple[tuple[int, int | None], ...]  # (position, weekday): 'last' = (-1, None)
    day_any: bool
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Monday

    def day_matches(self, day: date) -> bool:
        if day.month not in self.months or day.weekday() not in self.weekdays:
            return False
        if self.day_any or day.day in self.days:
            return True
        last = calendar.monthrange(day.year, day.month)[1]
        for position, weekday in self.day_specials:
            if weekday is None:
                if day.day == last:
                    return True
            elif day.weekday() == weekday:
                if position == -1 and day.day + 7 > last:
                    return True
                if position == (day.day - 1) // 7 + 1:
                    return True
        return False


def _compile_day(text: str) -> tuple[frozenset[int], tuple[tuple[int, int | None], ...]]:
    """APScheduler's day field: numbers, ranges, steps, 'last', '1st mon' ... 'last fri'."""
    numbers: list[str] = []
    specials: list[tuple[int, int | None]] = []
    for item in text.split(","):
        words = item.split()
        if words == ["last"]:
            specials.append((-1, None))
        elif len(words) == 2 and words[0] in _POSITIONS:
            weekday = _value(words[1], _APS_DOW, digits=False)
            specials.append((_POSITIONS[words[0]], weekday))
        else:
            numbers.append(item)
    days = frozenset(_expand(",".join(numbers), _DAY)) if numbers else frozenset()
    return days, tuple(specials)


@cache
def _compile(minute: str, hour: str, day: str, month: str, day_of_week: str) -> _Compiled:
    days, specials = _compile_day(day)
    return _Compiled(
        minutes=tuple(sorted(_expand(minute, _MINUTE))),
        hours=tuple(sorted(_expand(hour, _HOUR))),
        days=days,
        day_specials=specials,
        day_any=day == "*",
        months=frozenset(_expand(month, _MONTH)),
        weekdays=frozenset(_expand(day_of_week, _APS_DOW, digits=False)),
    )


def _canonical_day(text: str) -> str:
    days, specials = _compile_day(text)
    parts = [_render(days, 1, 31)] if days else []
    if "*" in parts:
        return "*"
    inverse = {v: k for k, v in _POSITIONS.items()}
    for position, weekday in specials:
        parts.append("last" if weekday is None else f"{inverse[position]} {WEEKDAY_NAMES[weekday]}")
    return ",".join(parts)


@dataclass(frozen=True)
class Cadence:
    """A schedule's cron fields in APScheduler's CronTrigger vocabulary, canonical.

    Built by `parse_cadence`; constructing one directly normalises the fields (so equal
    cadences compare equal) and refuses day_of_week digits, whose meaning differs between
    crontab and APScheduler.
    """

    minute: str  # '0', '*/15', '0,30'
    hour: str  # '7', '*', '*/2'
    day: str  # day of month: '*', '1', 'last', '1st mon'
    month: str  # '*', '1-6'
    day_of_week: str  # names only: '*', 'mon-fri', 'sat,sun'
    source: str = ""  # what the user wrote, for messages

    def __post_init__(self) -> None:
        fields = [s.strip().lower() for s in (self.minute, self.hour, self.day, self.month)]
        dow = self.day_of_week.strip().lower()
        try:
            compiled = _compile(*fields, dow)
            day = _canonical_day(fields[2])
        except _Invalid as error:
            raise ValueError(f"cadence field {error}") from None
        object.__setattr__(self, "minute", _render(set(compiled.minutes), 0, 59))
        object.__setattr__(self, "hour", _render(set(compiled.hours), 0, 23))
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "month", _render(compiled.months, 1, 12))
        object.__setattr__(self, "day_of_week", _render_dow(compiled.weekdays))

    @property
    def _compiled(self) -> _Compiled:
        return _compile(self.minute, self.hour, self.day, self.month, self.day_of_week)

    @property
    def period(self) -> str:
        """How `period_key` buckets runs: 'minute' (sub-daily), 'day', 'week' or 'month'.

        The coarsest calendar period that can hold at most one run, so a second fire in the
        same period (a DST repeat, a restart, a manual re-run) maps to the same issue.
        """
        c = self._compiled
        if len(c.minutes) * len(c.hours) > 1:
            return "minute"
        every_month = len(c.months) == 12
        if len(c.weekdays) == 1 and c.day_any and every_month:
            return "week"
        one_day = (len(c.days) + len(c.day_specials)) == 1 and not c.day_any
        if one_day and len(c.weekdays) == 7 and every_month:
            return "month"
        return "day"

    @property
    def times_of_day(self) -> tuple[tuple[int, int], ...]:
        """(hour, minute) pairs the cadence fires at, in order."""
        c = self._compiled
        return tuple((h, m) for h in c.hours for m in c.minutes)

    def fires_on(self, day: date) -> bool:
        """Whether the cadence has runs on this local date."""
        return self._compiled.day_matches(day)

    def matches(self, wall: datetime) -> bool:
        """Whether a local wall-clock time (tzinfo and fold ignored) is one of the cadence's."""
        c = self._compiled
        return (
            wall.second == 0
            and wall.microsecond == 0
            and wall.minute in c.minutes
            and wall.hour in c.hours
            and c.day_matches(wall.date())
        )


def _fail(kind: str, source: str, reason: str) -> ValueError:
    # Reasons that already show a valid example need no second one.
    hint = "" if ("e.g." in reason or "try " in reason) else f"; {HINT}"
    return ValueError(f"{kind} '{' '.join(source.split())}': {reason}{hint}")


def parse_cadence(expr: str) -> Cadence:
    """Read a crontab line or a friendly form into a canonical `Cadence`.

    Raises ValueError with one line that quotes the input, says what is wrong and shows a
    valid example, because a wrong schedule silently sends digests at the wrong time.
    """
    if not isinstance(expr, str):
        raise ValueError(f"schedule {expr!r}: must be text; {HINT}")
    source = expr.strip()
    text = " ".join(source.lower().split())
    if not text:
        raise ValueError(f"schedule is empty; {HINT}")
    if text.startswith("@"):
        if text not in _ALIASES:
            known = ", ".join(_ALIASES)
            raise _fail("cron", source, f"unknown alias '{text}' (known: {known})")
        return _parse_crontab(source, _ALIASES[text])
    if text[0].isdigit() or text[0] == "*":
        return _parse_crontab(source, text)
    return _parse_friendly(source, text)


def _parse_crontab(source: str, text: str) -> Cadence:
    fields = text.split()
    if len(fields) != 5:
        extra = " (seconds and years are not supported)" if len(fields) > 5 else ""
        raise _fail(
            "cron",
            source,
            f"{len(fields)} fields, need 5: minute hour day-of-month month day-of-week{extra}",
        )
    minute, hour, day, month, dow = fields
    try:
        minutes = _expand(minute, _MINUTE)
        hours = _expand(hour, _HOUR)
        days = _expand(day, _DAY)
        months = _expand(month, _MONTH)
        # '*' spans 0-6 so '*/2' is sun,tue,thu,sat as in crontab; 7 only by name or number.
        weekdays = {(d - 1) % 7 for d in _expand(dow, _CRON_DOW, star_hi=6)}
    except _Invalid as error:
        raise _fail("cron", source, str(error)) from None
    if len(days) < 31 and len(weekdays) < 7:
        # Vixie cron runs when EITHER field matches, APScheduler only when BOTH do.
        raise _fail(
            "cron",
            source,
            f"day-of-month ({day}) and day-of-week ({dow}) are both set, which crontab reads as "
            "'either' and APScheduler as 'both'; set one to '*' and use two schedules, "
            "e.g. '0 9 1 * *' plus '0 9 * * mon', or 'monthly on the first monday at 09:00'",
        )
    if not any(min(days) <= _days_in(m) for m in months):
        raise _fail("cron", source, f"never runs: no month in '{month}' has day {min(days)}")
    return Cadence(
        minute=_render(minutes, 0, 59),
        hour=_render(hours, 0, 23),
        day=_render(days, 1, 31),
        month=_render(months, 1, 12),
        day_of_week=_render_dow(weekdays),
        source=source,
    )


def _days_in(month: int) -> int:
    return 29 if month == 2 else calendar.monthrange(2001, month)[1]


_TIME = re.compile(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?")


def _parse_time(text: str) -> tuple[int, int]:
    if text in ("noon", "midday"):
        return 12, 0
    if text == "midnight":
        return 0, 0
    match = _TIME.fullmatch(text)
    if not match or (match.group(2) is None and match.group(3) is None):
        raise _Invalid(f"time '{text}' should be HH:MM (24-hour), e.g. 07:00 or 18:30")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3):
        if not 1 <= hour <= 12:
            raise _Invalid(f"12-hour time '{text}' needs an hour 1-12")
        hour = hour % 12 + (12 if match.group(3) == "pm" else 0)
    if hour > 23:
        raise _Invalid(f"hour {hour} out of range 0-23")
    if minute > 59:
        raise _Invalid(f"minute {minute} out of range 0-59")
    return hour, minute


def _parse_weekdays(text: str) -> set[int]:
    """'monday', 'mon and thu', 'mon, wed, fri', 'mon-fri', 'fridays', 'friday to monday'."""
    text = re.sub(r"\s*(?:,|&|\band\b)\s*", ",", text)
    text = re.sub(r"\s*(?:-|\bto\b|\bthrough\b|\bthru\b)\s*", "-", text)
    days: set[int] = set()
    for item in text.split(","):
        ends = [_weekday_word(word) for word in item.split("-")]
        if len(ends) == 1:
            days.add(ends[0])
        elif len(ends) == 2:
            first, last = ends
            days.update(d % 7 for d in range(first, last + (7 if last < first else 0) + 1))
        else:
            raise _Invalid(f"weekday range '{item}' should be like 'mon-fri'")
    return days


def _weekday_word(word: str) -> int:
    word = word.strip()
    if word.endswith("s") and word[:-1] in _WEEKDAY_WORDS:
        word = word[:-1]  # 'mondays'
    if word not in _WEEKDAY_WORDS:
        raise _Invalid(f"'{word}' is not a weekday; write monday..sunday or mon..sun")
    return _WEEKDAY_WORDS[word]


_DAY_HEADS = {
    "daily": None,
    "every day": None,
    "each day": None,
    "weekdays": {0, 1, 2, 3, 4},
    "every weekday": {0, 1, 2, 3, 4},
    "on weekdays": {0, 1, 2, 3, 4},
    "weekends": {5, 6},
    "every weekend": {5, 6},
    "on weekends": {5, 6},
}
_HOURLY = re.compile(r"(?:hourly|every hour|every (\d+) hours?)")


def _parse_friendly(source: str, text: str) -> Cadence:
    head, _, when = (part.strip() for part in text.partition(" at "))
    try:
        hourly = _HOURLY.fullmatch(head)
        if hourly:
            return _hourly(source, hourly.group(1), when)
        if re.fullmatch(r"every (\d+ )?minutes?", head):
            raise _Invalid(
                "a digest more often than hourly has no friendly form; "
                "if you mean it, write cron like '*/30 * * * *'"
            )
        weekdays, day = _day_part(head)
        if not when:
            raise _Invalid(f"say when, e.g. '{head} at 07:00'")
        hour, minute = _parse_time(when)
    except _Invalid as error:
        raise _fail("schedule", source, str(error)) from None
    return Cadence(
        minute=str(minute),
        hour=str(hour),
        day=day,
        month="*",
        day_of_week=_render_dow(weekdays),
        source=source,
    )


def _hourly(source: str, every: str | None, when: str) -> Cadence:
    hours = int(every) if every else 1
    if hours == 24:
        raise _Invalid("every 24 hours is 'daily at HH:MM'")
    if hours not in (1, 2, 3, 4, 6, 8, 12):
        raise _Invalid(
            f"every {hours} hours does not divide the day evenly; use 1, 2, 3, 4, 6, 8 or 12, "
            "or a cron expression"
        )
    minute = 0
    if when:
        match = re.fullmatch(r":(\d{2})", when)
        if not match:
            raise _Invalid(f"give the minute past the hour as ':MM', e.g. '{source} at :15'")
        minute = int(match.group(1))
        if minute > 59:
            raise _Invalid(f"minute {minute} out of range 0-59")
    return Cadence(
        minute=str(minute),
        hour="*" if hours == 1 else f"*/{hours}",
        day="*",
        month="*",
        day_of_week="*",
        source=source,
    )


def _day_part(head: str) -> tuple[set[int], str]:
    """The 'which days' half of a friendly form -> (weekdays, APScheduler day field)."""
    everyday = set(range(7))
    if head in _DAY_HEADS:
        days = _DAY_HEADS[head]
        return (everyday if days is None else days), "*"
    if head in ("weekly", "every week"):
        raise _Invalid("say which day, e.g. 'weekly on monday at 08:30'")
    if head in ("monthly", "every month"):
        raise _Invalid("say which day, e.g. 'monthly on day 1 at 09:00'")
    monthly = re.fullmatch(r"(?:monthly|every month) on (?:the )?(.+)", head)
    if monthly:
        return everyday, _monthly_day(monthly.group(1))
    weekly = re.fullmatch(r"(?:weekly on|every week on|every|on|each) (.+)", head)
    words = weekly.group(1) if weekly else head
    try:
        return _parse_weekdays(words), "*"
    except _Invalid:
        if weekly:
            raise
        raise _Invalid(f"not a cron expression or a known form; try {FRIENDLY_EXAMPLES}") from None


def _monthly_day(text: str) -> str:
    if text in ("last day", "last day of the month"):
        return "last"
    number = re.fullmatch(r"(?:day )?(\d{1,2})(?:st|nd|rd|th)?", text)
    if number:
        day = int(number.group(1))
        if not 1 <= day <= 31:
            raise _Invalid(f"day {day} out of range 1-31")
        if day > 28:
            raise _Invalid(
                f"day {day} does not exist in every month, so some months would get no digest; "
                "use 'monthly on the last day at HH:MM' or a day 1-28"
            )
        return str(day)
    position = re.fullmatch(r"(\w+) (\w+)", text)
    if position and position.group(1) in _POSITION_WORDS:
        weekday = _weekday_word(position.group(2))
        inverse = {v: k for k, v in _POSITIONS.items()}
        return f"{inverse[_POSITION_WORDS[position.group(1)]]} {WEEKDAY_NAMES[weekday]}"
    if position and position.group(1) in ("5th", "fifth"):
        raise _Invalid("not every month has a fifth weekday; use 'last' instead")
    raise _Invalid(
        f"monthly day '{text}' should be like 'day 1', 'the 15th', 'the last day' "
        "or 'the first monday'"
    )


def period_key(run_time_local: datetime, cadence: Cadence, timezone: str | None = None) -> str:
    """The issue's period for a run: one issue per schedule per period.

    'YYYY-MM-DDTHH:MM' for sub-daily cadences, 'YYYY-Www' (ISO week) for one weekday a week,
    'YYYY-MM' for one day a month, else the local date 'YYYY-MM-DD'. Derived from the local
    wall clock, so the second pass of a repeated autumn hour gives the same key as the first,
    and a spring time that does not exist is first moved to the instant it really denotes.
    With `timezone`, the run time is converted to that zone first (pass it when the datetime
    may be in UTC).
    """
    if run_time_local.tzinfo is None:
        raise ValueError("period_key needs a timezone-aware run time (in the schedule's zone)")
    zone_info = zone(timezone) if timezone else run_time_local.tzinfo
    local = run_time_local.astimezone(UTC).astimezone(zone_info)
    period = cadence.period
    if period == "minute":
        return local.strftime("%Y-%m-%dT%H:%M")
    if period == "week":
        iso = local.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if period == "month":
        return local.strftime("%Y-%m")
    return local.date().isoformat()


# Fixed-offset legacy names that read like a region's local time but never change for DST.
_MISLEADING_ZONES = {"EST": "America/New_York", "MST": "America/Denver", "HST": "Pacific/Honolulu"}


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name, or a ValueError that suggests the right spelling."""
    validate_timezone(name)
    return ZoneInfo(name)


def validate_timezone(name: str) -> None:
    """ValueError unless `name` is an IANA zone like 'Europe/Amsterdam' (zoneinfo/tzdata)."""
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"timezone {name!r} is empty; write an IANA name like 'Europe/Amsterdam'")
    if name in _MISLEADING_ZONES:
        raise ValueError(
            f"timezone '{name}' is a fixed offset that ignores daylight saving time; "
            f"write a region like '{_MISLEADING_ZONES[name]}'"
        )
    try:
        ZoneInfo(name)
        return
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError, OSError):
        pass
    names = _zone_names()
    by_lower = {n.lower(): n for n in names}
    guess = by_lower.get(name.lower()) or next(
        iter(difflib.get_close_matches(name, names, n=1, cutoff=0.75)), None
    )
    maybe = f" (did you mean '{guess}'?)" if guess else ""
    raise ValueError(
        f"timezone '{name}' is not an IANA time zone{maybe}; "
        "write a name like 'Europe/Amsterdam', 'America/New_York' or 'UTC'"
    )


@cache
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


def next_run(cadence: Cadence, zone_info: ZoneInfo, not_before: datetime) -> datetime | None:
    """The first run at or after `not_before`, as an aware datetime in `zone_info`.

    Walks local dates and builds each candidate wall time with fold=0: that picks the first
    occurrence of a repeated time and moves a non-existent time forward by the gap. Candidates
    are compared as UTC instants (Python compares same-zone datetimes by wall clock, ignoring
    fold, which would be wrong exactly around a DST change). None if it never runs again.
    """
    if not_before.tzinfo is None:
        raise ValueError("not_before must be timezone-aware")
    bound = not_before.astimezone(UTC)
    compiled = cadence._compiled
    start = bound.astimezone(zone_info).date() - timedelta(days=1)
    found: datetime | None = None
    found_day: date | None = None
    try:
        for offset in range(_HORIZON_DAYS):
            day = start + timedelta(days=offset)
            # A gap can push one day's time into the next (Pacific/Apia skipped 2011-12-30),
            # so look one day past the first day that had a candidate, then stop.
            if found_day is not None and day > found_day + timedelta(days=1):
                break
            if not compiled.day_matches(day):
                continue
            for hour in compiled.hours:
                for minute in compiled.minutes:
                    wall = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone_info)
                    instant = wall.astimezone(UTC)
                    if instant >= bound and (found is None or instant < found):
                        found = instant
                        found_day = found_day or day
    except OverflowError:
        pass
    return found.astimezone(zone_info) if found is not None else None


@dataclass(frozen=True)
class ClockChange:
    """One UTC-offset change of a zone (a DST start or end)."""

    at: datetime  # the UTC instant of the change
    before: timedelta  # UTC offset until then
    after: timedelta  # UTC offset from then on
    zone: ZoneInfo

    @property
    def forward(self) -> bool:
        """Clocks jump forward (spring): some wall times do not exist."""
        return self.after > self.before

    @property
    def wall_before(self) -> datetime:
        """Local wall time (naive) the clocks showed when they changed: 02:00 in spring."""
        return (self.at + self.before).replace(tzinfo=None)

    @property
    def wall_after(self) -> datetime:
        """Local wall time (naive) the clocks were set to: 03:00 in spring, 02:00 in autumn."""
        return (self.at + self.after).replace(tzinfo=None)

    @property
    def names(self) -> tuple[str, str]:
        """Zone abbreviations before and after, e.g. ('CET', 'CEST')."""
        before = (self.at - timedelta(seconds=1)).astimezone(self.zone).tzname() or ""
        return before, self.at.astimezone(self.zone).tzname() or ""


def clock_changes(zone_info: ZoneInfo, start: datetime, end: datetime) -> list[ClockChange]:
    """Offset changes of `zone_info` between two instants, found by scanning and bisecting."""
    changes: list[ClockChange] = []
    low = math.floor(start.timestamp())
    end_ts = math.ceil(end.timestamp())

    def offset(ts: int) -> timedelta | None:
        return datetime.fromtimestamp(ts, zone_info).utcoffset()

    while low < end_ts:
        high = min(low + 1800, end_ts)  # no zone changes offset twice within 30 minutes
        before, after = offset(low), offset(high)
        if before != after and before is not None and after is not None:
            a, b = low, high  # offset(a) == before, offset(b) == after
            while b - a > 1:
                mid = (a + b) // 2
                a, b = (mid, b) if offset(mid) == before else (a, mid)
            at = datetime.fromtimestamp(b, UTC)
            changes.append(ClockChange(at=at, before=before, after=after, zone=zone_info))
        low = high
    return changes
