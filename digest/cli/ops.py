"""Ops commands: `digest schedule`, `digest status`, `digest config-schema`.

`schedule` answers "when does it go out?" before the night it matters (DST included); `status`
answers "is it healthy?" from the store; `config-schema` gives editors a JSON Schema of
config.yaml (the shipped config.yaml points at a committed copy, kept in step by a test).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic is loaded by the commands that need it, not by `digest --help`
    from digest.config import ScheduleConfig

import click

from digest.cli.kit import config_option, context, fail

__all__ = ["COMMANDS", "config_schema", "schedule_overview", "schema_text"]

SCHEMA_FILE = "config.schema.json"
MODELINE = f"# yaml-language-server: $schema=./{SCHEMA_FILE}"

# Mirrors config.parse_duration (whose regex is case-insensitive; JSON Schema has no flags).
_DURATION_PATTERN = r"^\s*\d+(\.\d+)?\s*([sS]|[sS][eE][cC]|[mM]|[mM][iI][nN]|[hH]|[dD]|[wW])?\s*$"
_DURATION_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "pattern": _DURATION_PATTERN},
        {"type": "number", "minimum": 0},
    ],
    "description": "a duration: '90s', '30m', '1h', '2d', '1w' or a number of seconds",
}
# Declared on Config but never read from YAML (where the file was found, for messages/paths).
_INTERNAL_FIELDS = ("base_dir", "source")


def _now() -> datetime:
    """The one clock seam of these commands."""
    return datetime.now(UTC)


# -- config-schema ----------------------------------------------------------------------------


def format_duration(delta: timedelta) -> str:
    """timedelta -> the config's own spelling ('30m', '1d'), not ISO 8601 ('PT30M')."""
    seconds = delta.total_seconds()
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def _plain(value: Any) -> Any:
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        value = value.model_dump(by_alias=True)
    if isinstance(value, timedelta):
        return format_duration(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def config_schema() -> dict[str, Any]:
    """The JSON Schema of config.yaml, generated from the pydantic `Config` model."""
    from pydantic.json_schema import GenerateJsonSchema

    from digest.config.schema import Config

    class _DigestSchema(GenerateJsonSchema):
        """Durations as the YAML writes them: pydantic's default says ISO 8601 ('PT30M')."""

        def timedelta_schema(self, schema: Any) -> dict[str, Any]:
            return dict(_DURATION_SCHEMA)

        def encode_default(self, dft: Any) -> Any:
            return super().encode_default(_plain(dft))

    schema = Config.model_json_schema(by_alias=True, schema_generator=_DigestSchema)
    for name in _INTERNAL_FIELDS:
        schema["properties"].pop(name, None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "digest config.yaml",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def schema_text() -> str:
    """The exact text of the committed config.schema.json."""
    return json.dumps(config_schema(), indent=2, ensure_ascii=False) + "\n"


@click.command("config-schema")
@click.option(
    "-o",
    "--output",
    default=None,
    metavar="PATH",
    help=f"Write the schema to this file (e.g. {SCHEMA_FILE}) instead of printing it.",
)
def config_schema_command(output: str | None) -> None:
    """Print the JSON Schema of config.yaml (for editors: yaml-language-server, VS Code)."""
    text = schema_text()
    if output is None:
        click.echo(text, nl=False)
        return
    Path(output).write_text(text, encoding="utf-8")
    click.echo(f"wrote {output}; point config.yaml at it with its first line:\n{MODELINE}")


# -- schedule ---------------------------------------------------------------------------------


def schedule_overview(schedule: ScheduleConfig, after: datetime, count: int = 5) -> dict[str, Any]:
    """A schedule's next runs (in its zone and in UTC) and DST warnings, as plain data.

    Warnings cover the listed runs and every clock change in the coming year that moves or
    merges one of the schedule's times, so ops hear about March in November.
    """
    from digest.model.cadence import clock_changes, parse_cadence, zone
    from digest.schedule.triggers import dst_warnings, next_runs

    cadence = parse_cadence(schedule.cron)
    runs = next_runs(cadence, schedule.timezone, after, count)
    warnings = dst_warnings(cadence, schedule.timezone, runs)
    for change in clock_changes(zone(schedule.timezone), after, after + timedelta(days=366)):
        near = next_runs(cadence, schedule.timezone, change.at - timedelta(hours=3), 50)
        for line in dst_warnings(cadence, schedule.timezone, near):
            if line not in warnings and change.wall_before.strftime("%Y-%m-%d") in line:
                warnings.append(line)
    return {
        "name": schedule.name,
        "timezone": schedule.timezone,
        "cron": schedule.cron,
        "deliver_at": schedule.deliver_at,
        "next_runs": [run.isoformat() for run in runs],
        "next_runs_utc": [run.astimezone(UTC).isoformat() for run in runs],
        "dst_warnings": warnings,
    }


def _parse_at(value: str | None) -> datetime:
    if value is None:
        return _now()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        fail([f"--at {value!r}: write an ISO 8601 time like 2027-03-27T12:00+01:00"])
    if moment.tzinfo is None:
        fail([f"--at {value!r}: add a UTC offset, e.g. {value}+00:00"])
    return moment


@click.command("schedule")
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, one object per schedule.")
@click.option(
    "-n", "--count", default=5, show_default=True, type=click.IntRange(1, 100), help="Runs to list."
)
@click.option(
    "--at",
    "at",
    default=None,
    metavar="TIME",
    help="List runs after this ISO 8601 time instead of now (e.g. 2027-03-27T12:00+01:00).",
)
def schedule_command(config_file: str | None, as_json: bool, count: int, at: str | None) -> None:
    """Show each schedule's next runs in its time zone and in UTC, with DST warnings."""
    from digest.model.cadence import zone

    config = context(config_file).config
    after = _parse_at(at)
    overviews = [schedule_overview(s, after, count) for s in config.schedules]
    if as_json:
        click.echo(json.dumps(overviews, indent=2, ensure_ascii=False))
        return
    for schedule, view in zip(config.schedules, overviews, strict=True):
        click.echo(f"{view['name']}: {view['cron']!r} in {view['timezone']}")
        if schedule.deliver_at == "local":
            click.echo(
                "  deliver_at: local: the same wall-clock time in each subscriber's own zone "
                "(one issue, sent in waves); times below are the schedule's zone"
            )
        for local_text, utc_text in zip(view["next_runs"], view["next_runs_utc"], strict=True):
            local = datetime.fromisoformat(local_text).astimezone(zone(schedule.timezone))
            utc = datetime.fromisoformat(utc_text)
            click.echo(
                f"  {local:%a %Y-%m-%d %H:%M} {local.tzname():<6} = {utc:%a %Y-%m-%d %H:%M} UTC"
            )
        if not view["next_runs"]:
            click.echo("  never runs again")
        for warning in view["dst_warnings"]:
            click.echo(f"  DST: {warning}")


# -- status -----------------------------------------------------------------------------------


@click.command("status")
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--issues",
    "issue_count",
    default=10,
    show_default=True,
    type=click.IntRange(0, 1000),
    help="Recent issues to list.",
)
def status_command(config_file: str | None, as_json: bool, issue_count: int) -> None:
    """Feed health, recent issues with delivery counts, schedules and alerts."""
    from digest.pipeline.holders import local_liveness, work_held
    from digest.pipeline.poll import feed_source
    from digest.pipeline.reputation import issue_rates, reputation_lines, with_reputation
    from digest.pipeline.status import build_status
    from digest.store.dialect import POSTGRESQL
    from digest.store.lock import lock_path_for, probe
    from digest.text.redact import mask_credentials, mask_data

    ctx = context(config_file)
    config, store = ctx.config, ctx.store
    sources = [feed_source(config, feed) for feed in config.feeds]
    lock_path = lock_path_for(config.store_url)
    records = store.recent_issues(issue_count) if issue_count else []
    report = build_status(
        config,
        feeds=[(source.url, source.name) for source in sources],
        feed_states=store.feed_states(),
        issues=[(record, store.delivery_counts(record.issue.id)) for record in records],
        events=store.run_events(),
        marks=store.schedule_marks(),
        now=_now(),
        runner=probe(lock_path) if lock_path else None,
    )
    rates = issue_rates(store, [(r.issue.id, r.sent_at) for r in records])
    report = with_reputation(report, rates)
    held = work_held(store.held_work(), local_liveness, shared=store.dialect == POSTGRESQL)
    if as_json:
        data = {
            **report.as_json(),
            "reputation": [r.as_json() for r in rates],
            "work_held": held.as_json(),
        }
        click.echo(json.dumps(mask_data(data), indent=2, ensure_ascii=False))
        return
    lines = report.lines()
    if held.shared and report.runner is None:  # no lock file on PostgreSQL: the leases say
        lines[0] = held.runner_line()
    lines[1:1] = held.lines()
    for line in lines + reputation_lines(rates):
        click.echo(mask_credentials(line))


COMMANDS = [schedule_command, status_command, config_schema_command]
