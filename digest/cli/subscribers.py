"""`digest subscribers ...`: the list as ops manage it.

The store is the truth for each subscriber's status; the `subscribers/` files are synced into it
first (new addresses added, details updated, nobody re-subscribed). Commands that change status
say what they did in one line; mistakes exit 1 with an `error:` line.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TextIO

import click
import yaml

from digest.cli.kit import Context, config_option, context, fail
from digest.ingest.subscribers import (
    FORMATS,
    as_dict,
    load_subscriber_file,
    normalise_address,
)
from digest.model.errors import ConfigError
from digest.model.types import Subscriber, SubscriberStatus

STATUSES = [s.value for s in SubscriberStatus]


def _now() -> datetime:
    """The one clock seam of these commands."""
    from digest.pipeline.clock import utcnow

    return utcnow()


def _sync_files(ctx: Context) -> None:
    """Bring the files' subscribers into the store, warnings on stderr (as `send` does)."""
    from digest.pipeline.subscribers import sync_subscribers

    config = ctx.config
    if not config.path(config.subscribers).is_dir():
        return
    for line in sync_subscribers(config, ctx.store, _now()):
        click.echo(f"warning: {line}", err=True)


def _address(value: str) -> str:
    try:
        return normalise_address(value)
    except ValueError as exc:
        fail([f"{value!r} is not a valid address: {exc}"])


def _private_output(path: Path) -> TextIO:
    """`path` opened for writing text, created (or truncated) with mode 0600."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return open(fd, "w", encoding="utf-8", newline="")


def _write_json(
    out: TextIO, rows: Iterable[Subscriber], data: Callable[[Subscriber], object] = as_dict
) -> None:
    """A JSON list written one object at a time: the whole list is never in memory."""
    out.write("[")
    for n, sub in enumerate(rows):
        out.write(("," if n else "") + "\n  " + json.dumps(data(sub), ensure_ascii=False))
    out.write("\n]\n")


@click.group()
def subscribers() -> None:
    """List, add, remove, import, export and suppress subscribers."""


@subscribers.command("list")
@config_option
@click.option("--json", "as_json", is_flag=True, help="A JSON list, one object per subscriber.")
@click.option("--status", type=click.Choice(STATUSES), default=None, help="Only this status.")
@click.option("--no-sync", is_flag=True, help="Do not read the subscribers/ files first.")
def list_(config_file: str | None, as_json: bool, status: str | None, no_sync: bool) -> None:
    """Show subscribers as the store has them (status is the store's)."""
    ctx = context(config_file)
    if not no_sync:
        _sync_files(ctx)
    store = ctx.store
    rows = store.iter_subscribers(SubscriberStatus(status) if status else None)
    if as_json:
        _write_json(sys.stdout, rows)
        return
    shown = 0
    for sub in rows:
        sections = "|".join(sub.sections) if sub.sections else "all"
        click.echo(f"{sub.status.value:<12} {sub.format:<4} {sub.email}  {sub.name}  [{sections}]")
        shown += 1
    counts = {s: store.count_subscribers(SubscriberStatus(s)) for s in STATUSES}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "no subscribers"
    click.echo(f"{shown} shown; store: {summary}")


@subscribers.command()
@config_option
@click.argument("address")
@click.option("--name", default=None, help="Display name (used in To and the greeting).")
@click.option("--sections", default=None, metavar="A|B", help="Only these sections ('' = all).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="Default: html.")
@click.option("--timezone", default=None, metavar="ZONE", help="IANA time zone.")
@click.option(
    "--reactivate", is_flag=True, help="Make an unsubscribed/bounced address active again."
)
def add(
    config_file: str | None,
    address: str,
    name: str | None,
    sections: str | None,
    fmt: str | None,
    timezone: str | None,
    reactivate: bool,
) -> None:
    """Add one subscriber, or change the details given for an existing one.

    Never re-subscribes anyone who left without --reactivate.
    """
    from dataclasses import replace

    from digest.model.cadence import validate_timezone

    ctx = context(config_file)
    email = _address(address)
    _sync_files(ctx)
    if timezone:
        try:
            validate_timezone(timezone)
        except (ValueError, ConfigError) as exc:
            fail([f"--timezone: {exc}"])
    sub = ctx.store.subscriber(email) or Subscriber(email=email)
    if name is not None:
        sub = replace(sub, name=" ".join(name.split()))
    if sections is not None:
        wanted = tuple(s.strip() for s in sections.replace(";", "|").split("|") if s.strip())
        sub = replace(sub, sections=wanted or None)
    if fmt is not None:
        sub = replace(sub, format=fmt)
    if timezone is not None:
        sub = replace(sub, timezone=timezone)
    store = ctx.store
    now = _now()
    added = store.sync_subscribers([sub], now, origin="cli")
    current = store.subscriber(email)
    assert current is not None
    if current.status is not SubscriberStatus.ACTIVE:
        if reactivate:
            store.set_subscriber_status(email, SubscriberStatus.ACTIVE, now)
            click.echo(f"{email}: was {current.status.value}, now active again")
        else:
            click.echo(
                f"{email}: details updated, but the address is {current.status.value} and stays so"
                " (pass --reactivate if the person asked to come back)"
            )
    else:
        click.echo(f"{email}: {'added' if added else 'updated'}")
    reason = store.suppression(email)
    if reason:
        click.echo(f"note: {email} is on the suppression list ({reason}); see 'unsuppress'")


@subscribers.command()
@config_option
@click.argument("address")
@click.option(
    "--purge",
    is_flag=True,
    help="Delete the record instead of marking it unsubscribed (erasure requests).",
)
def remove(config_file: str | None, address: str, purge: bool) -> None:
    """Unsubscribe an address (kept as `unsubscribed`, so no file sync brings it back)."""
    ctx = context(config_file)
    email = _address(address)
    _sync_files(ctx)
    store = ctx.store
    if purge:
        if not store.remove_subscriber(email):
            fail([f"{email} is not a subscriber"])
        click.echo(f"{email}: deleted")
        folder = ctx.config.path(ctx.config.subscribers)
        if folder.is_dir() and _in_files(folder, email):
            click.echo(
                f"warning: {email} is still in {folder}; the next sync adds it again."
                " Delete it from the file too.",
                err=True,
            )
        return
    if store.subscriber(email) is None:
        fail([f"{email} is not a subscriber"])
    store.set_subscriber_status(email, SubscriberStatus.UNSUBSCRIBED, _now())
    click.echo(f"{email}: unsubscribed")


def _in_files(folder: Path, email: str) -> bool:
    from digest.ingest.subscribers import load_subscriber_folder
    from digest.text.address import address_key

    identity = address_key(email)
    return any(address_key(s.email) == identity for s in load_subscriber_folder(folder).subscribers)


@subscribers.command("import")
@config_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_(config_file: str | None, file: Path) -> None:
    """Add subscribers from a .csv or .yaml file; bad rows are reported as file:line."""
    ctx = context(config_file)
    loaded = load_subscriber_file(file)
    for line in loaded.problems:
        click.echo(f"warning: {line}", err=True)
    for line in loaded.notes:
        click.echo(f"note: {line}", err=True)
    store = ctx.store
    added = store.sync_subscribers(loaded.subscribers, _now(), origin=f"import:{file.name}")
    click.echo(
        f"{file}: {len(loaded.subscribers)} rows read, {added} added, "
        f"{len(loaded.subscribers) - added} updated, {len(loaded.problems)} problems"
    )
    if not loaded.subscribers and loaded.problems:
        sys.exit(1)


@subscribers.command()
@config_option
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json", "yaml"]), default="csv", show_default=True
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None)
def export(config_file: str | None, fmt: str, output: Path | None) -> None:
    """Write every subscriber with its status (CSV reads back with 'import').

    CSV cells a spreadsheet would run as a formula (= + - @ tab CR) get a leading ' (OWASP);
    import drops it again. A file written with --output is private (0600): it is the list.
    """
    from digest.pipeline.consent import as_dict_with_consent, iter_csv_with_consent

    ctx = context(config_file)
    _sync_files(ctx)
    store = ctx.store
    rows = store.iter_subscribers()
    out = _private_output(output) if output else sys.stdout
    try:
        if fmt == "csv":
            for chunk in iter_csv_with_consent(store, rows):
                out.write(chunk)
        elif fmt == "json":
            _write_json(out, rows, lambda sub: as_dict_with_consent(store, sub))
        else:
            for sub in rows:
                data = as_dict_with_consent(store, sub)
                out.write(yaml.safe_dump([data], allow_unicode=True, sort_keys=False))
    finally:
        if output:
            out.close()


@subscribers.command()
@config_option
@click.argument("address")
@click.option("--reason", default="suppressed by an operator", help="Kept with the entry.")
def suppress(config_file: str | None, address: str, reason: str) -> None:
    """Never send to ADDRESS (checked at send time), whatever its subscriber status."""
    ctx = context(config_file)
    email = _address(address)
    if ctx.store.suppress(email, reason, _now()):
        click.echo(f"{email}: suppressed")
    else:
        click.echo(f"{email}: already suppressed ({ctx.store.suppression(email)})")


@subscribers.command()
@config_option
@click.argument("address")
def unsuppress(config_file: str | None, address: str) -> None:
    """Take ADDRESS off the suppression list (a bounced subscriber becomes active again)."""
    ctx = context(config_file)
    email = _address(address)
    if not ctx.store.unsuppress(email, _now()):
        fail([f"{email} is not on the suppression list"])
    sub = ctx.store.subscriber(email)
    state = f"; subscriber is {sub.status.value}" if sub else ""
    click.echo(f"{email}: no longer suppressed{state}")


@subscribers.command()
@config_option
@click.option("--json", "as_json", is_flag=True, help="A JSON list of {email, reason, since}.")
def suppressed(config_file: str | None, as_json: bool) -> None:
    """Show the suppression list."""
    ctx = context(config_file)
    entries = [
        {"email": email, "reason": reason, "since": since.isoformat()}
        for email, reason, since in ctx.store.iter_suppressions()
    ]
    if as_json:
        click.echo(json.dumps(entries, indent=2, ensure_ascii=False))
        return
    for entry in entries:
        click.echo(f"{entry['email']}  {entry['since'][:10]}  {entry['reason']}")
    click.echo(f"{len(entries)} suppressed")


COMMANDS = [subscribers]
