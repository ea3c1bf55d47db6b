"""The `digest` command. Every subcommand takes --config (default: $DIGEST_CONFIG, config.yaml)."""

from __future__ import annotations

import importlib
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from digest.cli.kit import config_option, context, fail
from digest.model.errors import ConfigError, DeliveryError

if TYPE_CHECKING:  # logging and json are loaded by the commands: `digest --help` needs neither
    import logging

FREEZE_AT_EXIT = ("fetch", "build", "send")  # one-shot pipeline commands, checked (see `main`)
EXIT_RELAY_FAILED = 75  # sysexits EX_TEMPFAIL: nothing lost; run 'digest send' again once fixed


class DigestGroup(click.Group):
    """Turns ConfigError anywhere below into one line per problem and exit status 1, and a
    delivery that had to stop (e.g. `LeaseLost`: this sender's claims may be another's now)
    into one line and EX_TEMPFAIL: what was sent is recorded, the rest goes out on a rerun."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            fail(exc.problems)
        except DeliveryError as exc:
            fail([str(exc)], status=EXIT_RELAY_FAILED)

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Those defined here and those of LAZY_COMMANDS, loaded when looked up (to run)."""
        return sorted({*self.commands, *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            self.load(LAZY_COMMANDS[cmd_name][0])
        return self.commands.get(cmd_name)

    def load(self, module_name: str) -> None:
        """Register every command of one command module (its COMMANDS)."""
        module = importlib.import_module(module_name)
        for command in module.COMMANDS:
            self.add_command(command)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click's listing, with each command not loaded yet as LAZY_COMMANDS describes it."""
        commands = [
            (name, self.commands.get(name) or click.Command(name, help=LAZY_COMMANDS[name][1]))
            for name in self.list_commands(ctx)
        ]
        commands = [(name, command) for name, command in commands if not command.hidden]
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _ in commands)
            rows = [(name, command.get_short_help_str(limit)) for name, command in commands]
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=DigestGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log more.")
@click.option("--log-json", is_flag=True, help="Log one JSON object per line.")
@click.version_option(package_name="digest")
def main(verbose: bool, log_json: bool) -> None:
    """Turn RSS/Atom feeds into a summarised email digest."""
    import atexit
    import gc
    import logging

    if click.get_current_context().invoked_subcommand in FREEZE_AT_EXIT:
        # At exit, before Python's last full collection, what is alive then is left to the
        # process's end instead of being walked for cycles: ~50k containers after a send,
        # 0.09 s of `digest send`'s CPU, 0.035 s of `digest fetch`'s (session 5). These
        # commands close their files and connections themselves (a send worker its SQLite
        # connection too: Store.release_thread), so nothing waits for that collection.
        atexit.unregister(gc.freeze)  # once per process, however often main runs in it
        atexit.register(gc.freeze)

    from digest.text.redact import CredentialMask

    handler = logging.StreamHandler()
    handler.addFilter(CredentialMask())  # a feed URL's user:password never reaches a log
    if log_json:
        handler.setFormatter(_json_formatter())
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
        import logging

        logging.getLogger("digest").warning(text)
    else:
        click.echo(f"{prefix}: {text}", err=True)


def _json_formatter() -> logging.Formatter:
    """One JSON object per log record (--log-json)."""
    import json
    import logging

    class JsonFormatter(logging.Formatter):
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

    return JsonFormatter()


@main.command()
@config_option
def check(config_file: str | None) -> None:
    """Validate config, subscribers and templates."""
    from digest.ingest.subscribers import load_subscriber_folder
    from digest.pipeline.settings import render_options
    from digest.render import TEMPLATES
    from digest.render.checks import check_templates
    from digest.store.files import secret_file_warnings
    from digest.store.probe import probe_store

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
        for line in loaded.notes:
            _warn("note", line)
    options = render_options(config)
    problems.extend(check_templates(TEMPLATES, options.theme_dir))
    secrets: list[Callable[[], object]] = [config.web.token_secrets]
    if config.delivery.transport == "smtp":
        secrets.append(config.delivery.smtp.password)
    for read_secret in secrets:
        try:
            read_secret()
        except ConfigError as exc:
            problems.extend(f"{config.source}: {p}" for p in exc.problems)
    for line in secret_file_warnings(config):
        _warn("warning", line)
    store = probe_store(config.store_url)  # reads only: a check creates no table and no file
    if store.problem:
        problems.append(store.problem)
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
    click.echo(f"store      {store.url}: {store.describe()}")
    click.echo("templates  ok")
    editors = store.editors or 0
    click.echo(f"editors    {editors} account(s)")
    if not editors:
        _warn(
            "warning",
            "no editor account: nobody can log in to the editor pages of"
            " 'digest serve'; add one with: digest editors add NAME",
        )


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[object], None]]:
    """A progress bar on a terminal; plain lines on stderr without one (cron, CI, pipes);
    INFO log records under --log-json."""
    import logging

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
    import json

    from digest.model.types import FeedOutcome
    from digest.pipeline.clock import utcnow
    from digest.pipeline.poll import fetch_feeds, preload_parsers

    preload_parsers()  # on a thread, while the config is read and the store opened
    ctx = context(config_file)
    config, store = ctx.config, ctx.store
    total = len(config.feeds)
    with _progress(total, "fetching") as step:
        reports = fetch_feeds(config, store, utcnow(), progress=step)
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
    from digest.pipeline.build import build_issue, write_preview
    from digest.pipeline.clock import utcnow

    ctx = context(config_file)
    config, store = ctx.config, ctx.store
    schedule = config.schedule(schedule_name)
    now = utcnow()
    result = build_issue(config, store, schedule, now)
    if result.record is None:
        click.echo(f"no issue: {result.skipped_reason}")
        return
    out = Path(out_dir) if out_dir else config.path(config.preview)
    paths = write_preview(config, result.record.issue, out, now)
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
    from digest.ingest.subscribers import normalise_address
    from digest.pipeline.build import build_issue
    from digest.pipeline.clock import utcnow
    from digest.pipeline.sending import StopFlag, send_issue, send_test
    from digest.pipeline.settings import make_transport
    from digest.pipeline.subscribers import sync_subscribers

    ctx = context(config_file)
    config, store = ctx.config, ctx.store
    schedule = config.schedule(schedule_name)
    now = utcnow()
    if to_address:
        try:
            to_address = normalise_address(to_address)
        except ValueError as exc:
            fail([f"--to: {exc}"])
    else:
        problems = sync_subscribers(config, store, now)
        for line in problems:
            _warn("warning", line)
    transport = make_transport(config)
    result = build_issue(config, store, schedule, now, refresh=False)
    if result.record is None:
        click.echo(f"nothing sent: {result.skipped_reason}")
        return
    record = result.record
    if to_address:
        from digest.send.transports import TransportError

        try:
            message_id = send_test(config, store, record.issue, to_address, transport, now)
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
    stop = StopFlag()
    signal.signal(signal.SIGTERM, stop.stop)
    signal.signal(signal.SIGINT, stop.stop)
    summary = send_issue(config, store, record, transport, now, stop=stop)
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
    from digest.schedule.service import AlreadyRunning, run_forever

    ctx = context(config_file)
    try:
        run_forever(ctx.config_file, ctx.config)
    except AlreadyRunning as exc:
        fail([str(exc)])


# Every other command, with the module that defines it and the first paragraph of its help:
# `digest --help` lists them from here and a command's module is imported only when that command
# runs, so `digest --help` and `digest fetch` load none of the other modules (yaml, mailbox, the
# web stack...). tests/test_cli_lazy.py checks this table against the modules' COMMANDS.
LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    "approve": (
        "digest.cli.web",
        "Approve the held issue: send it now if its time has passed, else at its time.",
    ),
    "bounces": (
        "digest.cli.bounces",
        "Process late bounces and complaints (VERP addresses, see bounces.address).",
    ),
    "config-schema": (
        "digest.cli.ops",
        "Print the JSON Schema of config.yaml (for editors: yaml-language-server, VS Code).",
    ),
    "editors": ("digest.cli.editors", "Add, remove and list editor accounts; change a password."),
    "extract": (
        "digest.cli.text",
        "Print the main text of article pages (HTML file, .html.gz, or URL).",
    ),
    "feeds": (
        "digest.cli.feeds",
        "List, add, remove, import and export the feeds in config.yaml.",
    ),
    "hold": (
        "digest.cli.web",
        "Hold the schedule's next issue: nothing is sent until someone approves it.",
    ),
    "schedule": (
        "digest.cli.ops",
        "Show each schedule's next runs in its time zone and in UTC, with DST warnings.",
    ),
    "serve": (
        "digest.cli.web",
        "Serve the editors' preview and the subscribers' unsubscribe pages.",
    ),
    "status": (
        "digest.cli.ops",
        "Feed health, recent issues with delivery counts, schedules and alerts.",
    ),
    "store": (
        "digest.cli.store",
        "Whole-store operations (copy between SQLite and PostgreSQL).",
    ),
    "subscribers": (
        "digest.cli.subscribers",
        "List, add, remove, import, export and suppress subscribers.",
    ),
    "summarise": (
        "digest.cli.text",
        "Print the summary an item would get (.txt as is; HTML is extracted first).",
    ),
}
