"""The `digest` command. Every subcommand takes --config (default: $DIGEST_CONFIG, config.yaml)."""

from __future__ import annotations

import json
import logging
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from digest.clikit import config_option, context, fail
from digest.errors import ConfigError
from digest.types import FeedOutcome

log = logging.getLogger("digest")
EXIT_RELAY_FAILED = 75  # sysexits EX_TEMPFAIL: nothing lost; run 'digest send' again once fixed


class DigestGroup(click.Group):
    """Turns ConfigError anywhere below into one line per problem and exit status 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            fail(exc.problems)


@click.group(cls=DigestGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log more.")
@click.option("--log-json", is_flag=True, help="Log one JSON object per line.")
@click.version_option(package_name="digest")
def main(verbose: bool, log_json: bool) -> None:
    """Turn RSS/Atom feeds into a summarised email digest."""
    handler = logging.StreamHandler()
    if log_json:
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, handlers=[handler])
    # --log-json: progress (fetch, send, run) goes out as INFO records, shown without -v, so
    # that every stderr line is one JSON object; without the flag it stays plain lines.
    # (delivery.default_display and _progress below look at this level, nothing else.)
    logging.getLogger("digest.progress").setLevel(logging.INFO if log_json else logging.WARNING)


def _log_json() -> bool:
    """Whether `digest --log-json` was given (the root command's flag)."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().params.get("log_json"))


def _warn(prefix: str, text: str) -> None:
    """`prefix: text` on stderr; a WARNING log record under --log-json (stderr stays JSON)."""
    if _log_json():
        log.warning(text)
    else:
        click.echo(f"{prefix}: {text}", err=True)


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps(
            {
                "time": self.formatTime(record),
                "level": record.levelname.lower(),
                "event": record.getMessage(),
                "logger": record.name,
                **getattr(record, "fields", {}),
            },
            default=str,
        )


@main.command()
@config_option
def check(config_file: str | None) -> None:
    """Validate config, subscribers and templates."""
    from digest import pipeline
    from digest.render import check_templates
    from digest.subscribers import load_subscriber_folder

    ctx = context(config_file)
    config = ctx.config
    problems: list[str] = []
    folder = config.path(config.subscribers)
    subscriber_count = 0
    if not folder.is_dir():
        problems.append(
            f"{config.source}: subscribers: folder {str(folder)!r} does not exist; "
            "create it or point 'subscribers:' at a folder of .csv/.yaml files"
        )
    else:
        loaded = load_subscriber_folder(folder)
        problems.extend(loaded.problems)
        subscriber_count = len(loaded.subscribers)
    options = pipeline.render_options(config)
    problems.extend(check_templates(pipeline.TEMPLATES, options.theme_dir))
    if config.delivery.transport == "smtp":
        try:
            config.delivery.smtp.password()
        except ConfigError as exc:
            problems.extend(f"{config.source}: {p}" for p in exc.problems)
    if problems:
        fail(problems)
    click.echo(f"config     {config.source}: ok")
    click.echo(f"feeds      {len(config.feeds)}")
    for schedule in config.schedules:
        click.echo(
            f"schedule   {schedule.name}: {schedule.cron} ({schedule.timezone}),"
            f" approval {schedule.approval}"
        )
    click.echo(f"subscribers {subscriber_count} in {folder}")
    delivery = config.delivery
    where = (
        config.path(delivery.outbox)
        if delivery.transport == "outbox"
        else f"{delivery.smtp.host}:{delivery.smtp.port}"
    )
    click.echo(f"delivery   {delivery.transport} → {where}")
    click.echo(f"store      {config.store_url}")
    click.echo("templates  ok")


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[object], None]]:
    """A progress bar on a terminal; plain lines on stderr without one (cron, CI, pipes);
    INFO log records under --log-json."""
    as_records = logging.getLogger("digest.progress").isEnabledFor(logging.INFO)
    if not as_records and sys.stderr.isatty() and total > 1:
        with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
            yield lambda _report: bar.update(1)
        return
    done = 0

    def line(report: object) -> None:
        nonlocal done
        done += 1
        name = getattr(report, "name", "")
        state = getattr(report, "label", "")
        text = f"{label} {done}/{total}: {name}: {state}"
        if as_records:
            fields = {"kind": label, "done": done, "total": total, "feed": name, "status": state}
            logging.getLogger("digest.progress").info(text, extra={"fields": fields})
        else:
            click.echo(text, err=True)

    yield line


@main.command()
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, one object per feed.")
def fetch(config_file: str | None, as_json: bool) -> None:
    """Fetch every feed and store new articles."""
    from digest import pipeline

    ctx = context(config_file)
    config, store = ctx.config, ctx.store
    total = len(config.feeds)
    with _progress(total, "fetching") as step:
        reports = pipeline.fetch_feeds(config, store, pipeline.utcnow(), progress=step)
    if as_json:
        click.echo(json.dumps([r.as_json() for r in reports], indent=2))
        return
    width = max((len(r.name) for r in reports), default=4)
    for r in reports:
        click.echo(f"{r.label:<9} {r.name:<{width}}  {r.detail}")
    counts = {s: sum(1 for r in reports if r.status is s) for s in FeedOutcome}
    new = sum(r.new_articles for r in reports)
    click.echo(
        f"{len(reports)} feeds: {counts[FeedOutcome.NEW]} new, "
        f"{counts[FeedOutcome.UNCHANGED]} unchanged, {counts[FeedOutcome.FAILED]} failed; "
        f"{new} new articles"
    )


@main.command()
@config_option
@click.option("--schedule", "schedule_name", default=None, help="Schedule name (default: first).")
@click.option("--out", "out_dir", default=None, metavar="DIR", help="Output folder.")
def build(config_file: str | None, schedule_name: str | None, out_dir: str | None) -> None:
    """Build the next issue without sending; write digest.html, .txt and .json."""
    from digest import pipeline

    ctx = context(config_file)
    config, store = ctx.config, ctx.store
    schedule = config.schedule(schedule_name)
    now = pipeline.utcnow()
    result = pipeline.build_issue(config, store, schedule, now)
    if result.record is None:
        click.echo(f"no issue: {result.skipped_reason}")
        return
    out = Path(out_dir) if out_dir else config.path(config.preview)
    paths = pipeline.write_preview(config, result.record.issue, out, now)
    issue = result.record.issue
    click.echo(
        f"issue {issue.id} ({result.record.status}): {len(issue.items)} items in "
        f"{len(issue.sections)} sections — {issue.subject}"
    )
    for kind, path in paths.items():
        click.echo(f"  {kind:<5} {path}")


@main.command()
@config_option
@click.option("--schedule", "schedule_name", default=None, help="Schedule name (default: first).")
@click.option("--to", "to_address", default=None, metavar="ADDRESS", help="Send one test copy.")
def send(config_file: str | None, schedule_name: str | None, to_address: str | None) -> None:
    """Build (or reuse) the pending issue and deliver it now."""
    from digest import pipeline
    from digest.subscribers import normalise_address

    ctx = context(config_file)
    config, store = ctx.config, ctx.store
    schedule = config.schedule(schedule_name)
    now = pipeline.utcnow()
    if to_address:
        try:
            to_address = normalise_address(to_address)
        except ValueError as exc:
            fail([f"--to: {exc}"])
    else:
        problems = pipeline.sync_subscribers(config, store, now)
        for line in problems:
            _warn("warning", line)
    transport = pipeline.make_transport(config)
    result = pipeline.build_issue(config, store, schedule, now, refresh=False)
    if result.record is None:
        click.echo(f"nothing sent: {result.skipped_reason}")
        return
    record = result.record
    if to_address:
        from digest.mailer import TransportError

        try:
            message_id = pipeline.send_test(config, store, record.issue, to_address, transport, now)
        except TransportError as exc:
            fail([f"test copy not sent: {exc}"])
        click.echo(f"test copy of {record.issue.id} sent to {to_address} ({message_id})")
        return
    if record.status == "held":
        click.echo(
            f"issue {record.issue.id} is waiting for approval (digest approve --schedule "
            f"{schedule.name}); nothing sent"
        )
        return
    if schedule.deliver_at == "local":
        _warn(
            "note",
            f"schedule {schedule.name!r} delivers in local-time waves under 'digest run';"
            " 'digest send' delivers to every time zone now",
        )
    stop = pipeline.StopFlag()
    signal.signal(signal.SIGTERM, stop.stop)
    signal.signal(signal.SIGINT, stop.stop)
    summary = pipeline.send_issue(config, store, record, transport, now, stop=stop)
    if summary.stopped:  # the relay failed: one line, and a status a script can act on
        click.echo(f"error: issue {record.issue.id}: {summary.line()}", err=True)
        sys.exit(EXIT_RELAY_FAILED)
    click.echo(f"issue {record.issue.id}: {summary.line()}")
    if config.delivery.transport == "outbox":
        click.echo(f"  outbox: {config.path(config.delivery.outbox) / record.issue.id}")
    if summary.interrupted:
        click.echo("stopped early; run 'digest send' again to finish")
        sys.exit(130)


@main.command()
@config_option
def run(config_file: str | None) -> None:
    """Run the scheduler in the foreground: fetch, build and send on schedule."""
    from digest.scheduler import run_forever

    ctx = context(config_file)
    run_forever(ctx.config_file, ctx.config)


def _register_command_modules() -> None:
    """Commands of each area live in `digest/commands_<area>.py` and export COMMANDS."""
    import importlib

    for area in ("text", "subscribers", "ops", "web", "feeds"):
        name = f"digest.commands_{area}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        for command in module.COMMANDS:
            main.add_command(command)


_register_command_modules()
