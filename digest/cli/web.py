"""`digest serve`, `digest approve`, `digest hold`: the web app and the approval step.

Only `serve` imports the web package: approving and holding are `digest.pipeline.lifecycle`'s,
so those two commands never load Starlette (tests/test_lifecycle_cli.py checks it).
"""

from __future__ import annotations

import signal
import sys

import click

from digest.cli.kit import config_option, context, fail

schedule_option = click.option(
    "--schedule", "schedule_name", default=None, help="Schedule name (default: first)."
)


@click.command()
@config_option
@click.option("--host", default=None, help="Address to listen on (default: web.host).")
@click.option("--port", type=int, default=None, help="Port (default: web.port).")
def serve(config_file: str | None, host: str | None, port: int | None) -> None:
    """Serve the editors' preview and the subscribers' unsubscribe pages."""
    from digest.web.app import serve as run_server
    from digest.web.auth import check_listen

    ctx = context(config_file)
    config = ctx.config
    host = host or config.web.host
    port = port or config.web.port
    check_listen(config, host)  # ConfigError: the group prints it and exits 1
    if config.web.editor_token_env:
        click.echo(
            "warning: web.editor_token_env is no longer used: editors log in with accounts"
            " (digest editors add NAME)",
            err=True,
        )
    editors = ctx.store.count_editors()
    access = f"{editors} editor account(s)" if editors else "no editor account yet"
    click.echo(f"serving http://{host}:{port} ({access}); links point at {config.digest.base_url}")
    if not editors:
        click.echo(
            "warning: nobody can log in; add an editor with: digest editors add NAME", err=True
        )
    run_server(config, ctx.store, host=host, port=port)


@click.command()
@config_option
@schedule_option
def approve(config_file: str | None, schedule_name: str | None) -> None:
    """Approve the held issue: send it now if its time has passed, else at its time."""
    from digest.pipeline.clock import utcnow
    from digest.pipeline.lifecycle import (
        IssueStateError,
        approve_issue,
        send_approved,
        waiting_issue,
    )
    from digest.pipeline.sending import StopFlag
    from digest.pipeline.settings import make_transport

    ctx = context(config_file)
    config, store = ctx.config, ctx.store
    schedule = config.schedule(schedule_name)
    record = waiting_issue(store, schedule.name, ("held", "pending"))
    if record is None:
        fail([f"schedule {schedule.name!r} has no issue waiting for approval"])
        return
    now = utcnow()
    try:
        approval = approve_issue(config, store, record.issue.id, now)
    except IssueStateError as exc:
        fail([str(exc)])
        return
    if not approval.due:
        when = approval.scheduled_at.isoformat() if approval.scheduled_at else "its time"
        click.echo(f"issue {record.issue.id} approved; it goes out at {when}")
        return
    click.echo(f"issue {record.issue.id} approved; sending now")
    stop = StopFlag()
    signal.signal(signal.SIGTERM, stop.stop)
    signal.signal(signal.SIGINT, stop.stop)
    transport = make_transport(config)
    summary = send_approved(config, store, record.issue.id, transport, now, stop=stop)
    click.echo(f"issue {record.issue.id}: {summary.line()}")
    if summary.interrupted:
        click.echo("stopped early; run 'digest send' again to finish")
        sys.exit(130)


@click.command()
@config_option
@schedule_option
def hold(config_file: str | None, schedule_name: str | None) -> None:
    """Hold the schedule's next issue: nothing is sent until someone approves it."""
    from digest.pipeline.lifecycle import IssueStateError, hold_issue, waiting_issue

    ctx = context(config_file)
    config, store = ctx.config, ctx.store
    schedule = config.schedule(schedule_name)
    record = waiting_issue(store, schedule.name, ("pending", "approved", "held"))
    if record is None:
        fail([f"schedule {schedule.name!r} has no unsent issue to hold"])
        return
    try:
        hold_issue(store, record.issue.id)
    except IssueStateError as exc:
        fail([str(exc)])
        return
    click.echo(
        f"issue {record.issue.id} held; approve it with: digest approve --schedule {schedule.name}"
    )


COMMANDS = [serve, approve, hold]
