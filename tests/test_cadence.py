"""Cadence parsing, normalisation, period keys and time zones (pure, fixed values only)."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from digest.model.cadence import (
    HINT,
    Cadence,
    clock_changes,
    next_run,
    parse_cadence,
    period_key,
    validate_timezone,
    zone,
)

AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York")


def fields(cadence: Cadence) -> tuple[str, str, str, str, str]:
    return cadence.minute, cadence.hour, cadence.day, cadence.month, cadence.day_of_week


# --- weekday numbering: crontab 0/7 = Sunday, APScheduler 0 = Monday --------------------------


@pytest.mark.parametrize(
    ("expr", "day_of_week"),
    [
        ("0 7 * * 0", "sun"),
        ("0 7 * * 7", "sun"),
        ("0 7 * * 1", "mon"),
        ("0 7 * * 6", "sat"),
        ("0 7 * * 1-5", "mon-fri"),
        ("0 7 * * mon", "mon"),
        ("0 7 * * sun", "sun"),
        ("0 7 * * SUN", "sun"),
        ("0 7 * * Monday", "mon"),
        ("0 7 * * mon-fri", "mon-fri"),
        ("0 7 * * 1,3,5", "mon,wed,fri"),
        ("0 7 * * 5-7", "fri-sun"),
        ("0 7 * * sat-sun", "sat,sun"),  # Sunday closing a range is day 7, not a backwards range
        ("0 7 * * sun-sat", "*"),
        ("0 7 * * 0-6", "*"),
        ("0 7 * * 0,7", "sun"),
        ("0 7 * * */2", "tue,thu,sat,sun"),  # crontab: sun(0), tue, thu, sat
        ("0 7 * * 1-5/2", "mon,wed,fri"),
    ],
)
def test_crontab_weekdays_become_monday_based_names(expr: str, day_of_week: str) -> None:
    assert parse_cadence(expr).day_of_week == day_of_week


@pytest.mark.parametrize("expr", ["0 7 * * 0", "0 7 * * 7", "0 7 * * sun", "@weekly"])
def test_sunday_spellings_fire_on_a_sunday(expr: str) -> None:
    cadence = parse_cadence(expr)
    sunday = date(2026, 11, 29)
    assert calendar.day_name[sunday.weekday()] == "Sunday"
    assert cadence.fires_on(sunday)
    assert not any(cadence.fires_on(sunday - timedelta(days=n)) for n in range(1, 7))


def test_weekday_range_is_monday_to_friday() -> None:
    cadence = parse_cadence("0 7 * * 1-5")
    week = [date(2026, 11, 23) + timedelta(days=n) for n in range(7)]  # Monday .. Sunday
    assert [cadence.fires_on(day) for day in week] == [True] * 5 + [False] * 2


# --- other fields ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("0 7 * * *", ("0", "7", "*", "*", "*")),
        ("*/15 * * * *", ("*/15", "*", "*", "*", "*")),
        ("0,30 9-17 * * *", ("0,30", "9-17", "*", "*", "*")),
        ("5/20 * * * *", ("5,25,45", "*", "*", "*", "*")),  # 'a/n' = 'a-59/n' (Vixie, croniter)
        ("0 */6 * * *", ("0", "*/6", "*", "*", "*")),
        ("0 8 1,15 * *", ("0", "8", "1,15", "*", "*")),
        ("0 0 1 jan,jul *", ("0", "0", "1", "1,7", "*")),
        ("0 0 1 1-3 *", ("0", "0", "1", "1-3", "*")),
        ("1,2,3 7 * * *", ("1-3", "7", "*", "*", "*")),
        ("0-59 0-23 1-31 1-12 0-6", ("*", "*", "*", "*", "*")),
        ("  0   7  *  *  *  ", ("0", "7", "*", "*", "*")),
        ("@hourly", ("0", "*", "*", "*", "*")),
        ("@daily", ("0", "0", "*", "*", "*")),
        ("@midnight", ("0", "0", "*", "*", "*")),
        ("@weekly", ("0", "0", "*", "*", "sun")),
        ("@monthly", ("0", "0", "1", "*", "*")),
        ("@yearly", ("0", "0", "1", "1", "*")),
        ("@annually", ("0", "0", "1", "1", "*")),
    ],
)
def test_crontab_normalises_to_apscheduler_fields(expr: str, expected: tuple) -> None:
    cadence = parse_cadence(expr)
    assert fields(cadence) == expected
    assert cadence.source == expr.strip()


# --- friendly forms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("daily at 07:00", ("0", "7", "*", "*", "*")),
        ("Daily at 7:05", ("5", "7", "*", "*", "*")),
        ("every day at 18:30", ("30", "18", "*", "*", "*")),
        ("daily at 7am", ("0", "7", "*", "*", "*")),
        ("daily at 6:30 pm", ("30", "18", "*", "*", "*")),
        ("daily at 12am", ("0", "0", "*", "*", "*")),
        ("daily at 12pm", ("0", "12", "*", "*", "*")),
        ("daily at noon", ("0", "12", "*", "*", "*")),
        ("daily at midnight", ("0", "0", "*", "*", "*")),
        ("weekdays at 06:45", ("45", "6", "*", "*", "mon-fri")),
        ("every weekday at 06:45", ("45", "6", "*", "*", "mon-fri")),
        ("weekends at 09:00", ("0", "9", "*", "*", "sat,sun")),
        ("weekly on monday at 08:30", ("30", "8", "*", "*", "mon")),
        ("weekly on sun at 08:30", ("30", "8", "*", "*", "sun")),
        ("every monday at 08:30", ("30", "8", "*", "*", "mon")),
        ("mondays at 08:30", ("30", "8", "*", "*", "mon")),
        ("every mon and thu at 8am", ("0", "8", "*", "*", "mon,thu")),
        ("weekly on mon, wed, fri at 07:00", ("0", "7", "*", "*", "mon,wed,fri")),
        ("every monday to friday at 07:00", ("0", "7", "*", "*", "mon-fri")),
        ("every fri-mon at 07:00", ("0", "7", "*", "*", "mon,fri-sun")),
        ("monthly on day 1 at 09:00", ("0", "9", "1", "*", "*")),
        ("monthly on the 15th at 09:00", ("0", "9", "15", "*", "*")),
        ("monthly on 2nd at 09:00", ("0", "9", "2", "*", "*")),
        ("monthly on the last day at 18:00", ("0", "18", "last", "*", "*")),
        ("monthly on the first monday at 09:00", ("0", "9", "1st mon", "*", "*")),
        ("monthly on the 3rd wednesday at 09:00", ("0", "9", "3rd wed", "*", "*")),
        ("monthly on the last friday at 16:00", ("0", "16", "last fri", "*", "*")),
        ("hourly", ("0", "*", "*", "*", "*")),
        ("every hour", ("0", "*", "*", "*", "*")),
        ("hourly at :15", ("15", "*", "*", "*", "*")),
        ("every 2 hours", ("0", "*/2", "*", "*", "*")),
        ("every 6 hours at :30", ("30", "*/6", "*", "*", "*")),
        ("every 1 hour", ("0", "*", "*", "*", "*")),
    ],
)
def test_friendly_forms(expr: str, expected: tuple) -> None:
    assert fields(parse_cadence(expr)) == expected


@pytest.mark.parametrize(
    ("friendly", "cron"),
    [
        ("daily at 07:00", "0 7 * * *"),
        ("weekdays at 06:45", "45 6 * * 1-5"),
        ("weekly on sunday at 08:30", "30 8 * * 0"),
        ("monthly on day 1 at 00:00", "@monthly"),
        ("hourly", "@hourly"),
    ],
)
def test_friendly_and_crontab_spellings_are_equal(friendly: str, cron: str) -> None:
    assert replace(parse_cadence(friendly), source="") == replace(parse_cadence(cron), source="")


def test_nth_weekday_and_last_day_match_the_calendar() -> None:
    first_monday = parse_cadence("monthly on the first monday at 09:00")
    mondays_dec_2026 = [date(2026, 12, d) for d in (7, 14, 21, 28)]
    assert first_monday.fires_on(mondays_dec_2026[0])
    assert not any(first_monday.fires_on(day) for day in mondays_dec_2026[1:])
    last_friday = parse_cadence("monthly on the last friday at 16:00")
    assert last_friday.fires_on(date(2026, 2, 27)) and not last_friday.fires_on(date(2026, 2, 20))
    last_day = parse_cadence("monthly on the last day at 18:00")
    assert [last_day.fires_on(date(y, 2, d)) for y, d in [(2026, 28), (2028, 28), (2028, 29)]] == [
        True,
        False,
        True,
    ]


# --- errors: one line, the input quoted, what is wrong, what to write -------------------------


def test_the_documented_error_message() -> None:
    with pytest.raises(ValueError) as info:
        parse_cadence("61 * * * *")
    assert str(info.value) == (
        "cron '61 * * * *': minute 61 out of range 0-59; "
        "write 5 fields like '0 7 * * *' or 'daily at 07:00'"
    )


@pytest.mark.parametrize(
    ("expr", "reason"),
    [
        ("61 * * * *", "minute 61 out of range 0-59"),
        ("0 24 * * *", "hour 24 out of range 0-23"),
        ("0 7 0 * *", "day-of-month 0 out of range 1-31"),
        ("0 7 * 13 *", "month 13 out of range 1-12"),
        ("0 7 * * 8", "day-of-week 8 out of range 0-7"),
        ("0 7 * * foo", "day-of-week 'foo' is not a number or a name like 'mon'"),
        ("0 7 * foo *", "month 'foo' is not a number or a name like 'jan'"),
        ("0 7 * *", "4 fields, need 5"),
        ("0 0 7 * * *", "(seconds and years are not supported)"),
        ("*/0 * * * *", "step 0"),
        ("0 7 ? * *", "day-of-month '?' is not a value, range (a-b), step (*/n) or list (a,b)"),
        ("0 7 1,,2 * *", "is not a value"),
        ("30-10 * * * *", "minute range '30-10' runs backwards"),
        ("0 7 * * fri-mon", "split it, e.g. 'fri-sat,sun-mon'"),
        ("0 9 1 * mon", "'either' and APScheduler as 'both'"),
        ("0 0 31 2 *", "never runs: no month in '2' has day 31"),
        ("@reboot", "unknown alias '@reboot'"),
        ("daily", "say when, e.g. 'daily at 07:00'"),
        ("daily at 25:00", "hour 25 out of range 0-23"),
        ("daily at 07:61", "minute 61 out of range 0-59"),
        ("daily at 7", "should be HH:MM (24-hour)"),
        ("daily at 13pm", "needs an hour 1-12"),
        ("weekly at 08:00", "say which day"),
        ("monthly at 08:00", "say which day"),
        ("weekly on funday at 08:00", "'funday' is not a weekday"),
        ("monthly on day 31 at 07:00", "use 'monthly on the last day at HH:MM'"),
        ("monthly on day 32 at 07:00", "day 32 out of range 1-31"),
        ("monthly on the fifth monday at 07:00", "not every month has a fifth weekday"),
        ("monthly on the middle at 07:00", "should be like 'day 1'"),
        ("every 5 hours", "does not divide the day evenly"),
        ("every 24 hours", "'daily at HH:MM'"),
        ("hourly at 15", "as ':MM'"),
        ("every 15 minutes", "'*/30 * * * *'"),
        ("fortnightly at 07:00", "not a cron expression or a known form"),
        ("", "schedule is empty"),
    ],
)
def test_bad_expressions_give_one_clear_line(expr: str, reason: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_cadence(expr)
    message = str(info.value)
    assert reason in message
    assert "\n" not in message
    assert expr.strip() in message
    assert HINT in message or "e.g." in message or "try " in message


def test_multiline_input_is_echoed_on_one_line() -> None:
    with pytest.raises(ValueError) as info:
        parse_cadence("61 *\n * * *")
    assert "\n" not in str(info.value) and "'61 * * * *'" in str(info.value)


def test_non_text_is_refused() -> None:
    with pytest.raises(ValueError, match="must be text"):
        parse_cadence(7)  # type: ignore[arg-type]


# --- Cadence built directly -------------------------------------------------------------------


def test_direct_construction_normalises() -> None:
    built = Cadence(minute="0", hour="7", day="*", month="*", day_of_week="mon,tue,wed,thu,fri")
    assert built.day_of_week == "mon-fri"
    assert built == replace(parse_cadence("0 7 * * 1-5"), source="")


def test_direct_construction_refuses_weekday_digits() -> None:
    # '1' is Tuesday to APScheduler and Monday to crontab: refuse rather than guess.
    with pytest.raises(ValueError, match="must be a name"):
        Cadence(minute="0", hour="7", day="*", month="*", day_of_week="1")


def test_matches_needs_whole_minutes() -> None:
    cadence = parse_cadence("daily at 07:00")
    assert cadence.matches(datetime(2026, 11, 28, 7, 0))
    assert not cadence.matches(datetime(2026, 11, 28, 7, 0, 1))
    assert not cadence.matches(datetime(2026, 11, 28, 7, 1))


# --- period keys -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "period", "local", "key"),
    [
        ("daily at 07:00", "day", datetime(2026, 11, 28, 7, 0), "2026-11-28"),
        ("weekdays at 06:45", "day", datetime(2026, 11, 27, 6, 45), "2026-11-27"),
        ("0 9 1,15 * *", "day", datetime(2026, 11, 15, 9), "2026-11-15"),
        ("weekly on monday at 08:30", "week", datetime(2026, 11, 23, 8, 30), "2026-W48"),
        ("weekly on friday at 08:30", "week", datetime(2027, 1, 1, 8, 30), "2026-W53"),
        ("@weekly", "week", datetime(2026, 11, 29, 0, 0), "2026-W48"),
        ("monthly on day 1 at 09:00", "month", datetime(2026, 12, 1, 9), "2026-12"),
        ("monthly on the last day at 18:00", "month", datetime(2026, 2, 28, 18), "2026-02"),
        ("monthly on the first monday at 09:00", "month", datetime(2026, 12, 7, 9), "2026-12"),
        ("@yearly", "day", datetime(2027, 1, 1), "2027-01-01"),
        ("every 2 hours", "minute", datetime(2026, 11, 28, 14), "2026-11-28T14:00"),
        ("*/15 * * * *", "minute", datetime(2026, 11, 28, 14, 45), "2026-11-28T14:45"),
        ("0,30 7 * * *", "minute", datetime(2026, 11, 28, 7, 30), "2026-11-28T07:30"),
    ],
)
def test_period_keys(expr: str, period: str, local: datetime, key: str) -> None:
    cadence = parse_cadence(expr)
    assert cadence.period == period
    assert period_key(local.replace(tzinfo=AMS), cadence) == key


@pytest.mark.parametrize(
    "expr", ["daily at 02:30", "weekly on sunday at 02:30", "*/15 * * * *", "30 2 * * *"]
)
def test_the_repeated_autumn_hour_gives_one_key(expr: str) -> None:
    cadence = parse_cadence(expr)
    first = datetime(2026, 10, 25, 2, 30, tzinfo=AMS)  # CEST, 00:30 UTC
    second = first.replace(fold=1)  # CET, 01:30 UTC: what APScheduler's own trigger fires again
    assert first.astimezone(UTC) + timedelta(hours=1) == second.astimezone(UTC)
    assert period_key(first, cadence) == period_key(second, cadence)


def test_a_skipped_spring_time_is_keyed_where_it_really_runs() -> None:
    cadence = parse_cadence("*/30 * * * *")
    imaginary = datetime(2026, 3, 29, 2, 30, tzinfo=AMS)  # does not exist: it is 03:30 CEST
    real = datetime(2026, 3, 29, 3, 30, tzinfo=AMS)
    assert period_key(imaginary, cadence) == period_key(real, cadence) == "2026-03-29T03:30"


def test_period_key_converts_utc_when_told_the_zone() -> None:
    cadence = parse_cadence("daily at 00:30")
    run_utc = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # 00:30 on the 28th in Amsterdam
    assert period_key(run_utc, cadence, "Europe/Amsterdam") == "2026-11-28"
    assert period_key(run_utc, cadence) == "2026-11-27"


def test_period_key_refuses_naive_times() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        period_key(datetime(2026, 11, 28, 7), parse_cadence("daily at 07:00"))


# --- time zones --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Europe/Amsterdam", "America/New_York", "UTC", "Etc/UTC"])
def test_valid_timezones(name: str) -> None:
    validate_timezone(name)
    assert zone(name).key == name


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("Europe/Amsterdm", "did you mean 'Europe/Amsterdam'?"),
        ("europe/amsterdam", "did you mean 'Europe/Amsterdam'?"),
        ("Mars/Olympus_Mons", "is not an IANA time zone"),
        ("../../etc/passwd", "is not an IANA time zone"),
        ("", "is empty"),
        ("EST", "write a region like 'America/New_York'"),
    ],
)
def test_bad_timezones(name: str, reason: str) -> None:
    with pytest.raises(ValueError) as info:
        validate_timezone(name)
    assert reason in str(info.value) and "\n" not in str(info.value)


# --- clock changes: the rules the DST tests rely on --------------------------------------------


def _nth_sunday(year: int, month: int, n: int) -> date:
    sundays = [d for d in range(1, 32) if _is_sunday(year, month, d)]
    return date(year, month, sundays[n])


def _is_sunday(year: int, month: int, day: int) -> bool:
    try:
        return date(year, month, day).weekday() == 6
    except ValueError:
        return False


def test_clock_changes_follow_eu_and_us_rules() -> None:
    year_start, year_end = datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    ams = clock_changes(AMS, year_start, year_end)
    # EU: last Sunday of March and of October, at 01:00 UTC.
    assert [c.at for c in ams] == [
        datetime.combine(_nth_sunday(2026, 3, -1), datetime.min.time(), UTC) + timedelta(hours=1),
        datetime.combine(_nth_sunday(2026, 10, -1), datetime.min.time(), UTC) + timedelta(hours=1),
    ]
    assert [c.forward for c in ams] == [True, False]
    assert (ams[0].wall_before.hour, ams[0].wall_after.hour, ams[0].names) == (
        2,
        3,
        ("CET", "CEST"),
    )
    nyc = clock_changes(NYC, year_start, year_end)
    # US: second Sunday of March and first Sunday of November, at 02:00 local.
    assert [c.wall_before.date() for c in nyc] == [
        _nth_sunday(2026, 3, 1),
        _nth_sunday(2026, 11, 0),
    ]
    assert [(c.wall_before.hour, c.wall_after.hour) for c in nyc] == [(2, 3), (2, 1)]


def test_half_hour_clock_change_is_found() -> None:
    lord_howe = ZoneInfo("Australia/Lord_Howe")
    changes = clock_changes(
        lord_howe, datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 4, 10, tzinfo=UTC)
    )
    assert len(changes) == 1 and changes[0].before - changes[0].after == timedelta(minutes=30)


# --- the pure next-run walk --------------------------------------------------------------------


def test_next_run_is_inclusive_and_in_the_zone() -> None:
    cadence = parse_cadence("daily at 07:00")
    at_seven = datetime(2026, 11, 28, 7, 0, tzinfo=AMS)
    assert next_run(cadence, AMS, at_seven) == at_seven
    assert next_run(cadence, AMS, at_seven).tzinfo is AMS


def test_next_run_finds_a_leap_day_and_gives_up_on_the_impossible() -> None:
    leap = parse_cadence("0 9 29 2 *")
    assert next_run(leap, AMS, datetime(2026, 3, 1, tzinfo=UTC)) == datetime(
        2028, 2, 29, 9, tzinfo=AMS
    )
    never = Cadence(minute="0", hour="9", day="30", month="2", day_of_week="*")
    assert next_run(never, AMS, datetime(2026, 3, 1, tzinfo=UTC)) is None


def test_next_run_refuses_naive_bounds() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        next_run(parse_cadence("hourly"), AMS, datetime(2026, 11, 28))
