"""`digest bounces process [PATH|-]`: late bounces and complaints into subscriber status.

    -  (or nothing)   one message on standard input: a Postfix `pipe` transport or a .forward
                      line (`| digest bounces process -`); exit 75 (EX_TEMPFAIL) when it cannot
                      be read, so the MTA keeps it and tries again: a report is never lost
    a Maildir         every message in new/ and cur/ (left where it is: reprocessing is a no-op)
    an mbox file      every message in it; any other file is one message

One line per message; a message that cannot be read is named on its line and left in place
(exit status 1 at the end). The address the report was delivered to comes from the message's
Delivered-To / X-Original-To, from --recipient, or from $ORIGINAL_RECIPIENT / $RECIPIENT (set
by Postfix's local delivery to a command).
"""

from __future__ import annotations

import mailbox
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from digest.cli.kit import config_option, context

EX_TEMPFAIL = 75


def _messages(path: Path) -> Iterator[tuple[str, bytes]]:
    """(label, raw bytes) of every message at `path`."""
    if path.is_dir():
        if not (path / "new").is_dir() and not (path / "cur").is_dir():
            raise click.UsageError(f"{path} is a folder but not a Maildir (no new/ or cur/)")
        box = mailbox.Maildir(str(path), factory=None, create=False)
        for key in sorted(box.iterkeys()):
            yield f"{path}/{key}", box.get_bytes(key)
        return
    with path.open("rb") as handle:
        is_mbox = handle.read(5) == b"From "
    if not is_mbox:
        yield str(path), path.read_bytes()
        return
    folder = mailbox.mbox(str(path), factory=None, create=False)
    for n, key in enumerate(folder.iterkeys(), 1):
        yield f"{path}#{n}", folder.get_bytes(key)


@click.group()
def bounces() -> None:
    """Process late bounces and complaints (VERP addresses, see bounces.address)."""


@bounces.command()
@config_option
@click.argument("source", default="-", metavar="[PATH|-]")
@click.option(
    "--recipient", default=None, metavar="ADDRESS", help="The address the report came to."
)
def process(config_file: str | None, source: str, recipient: str | None) -> None:
    """Read bounce and complaint reports; mark subscribers bounced or complained."""
    from digest.pipeline.bounces import process as process_one
    from digest.pipeline.clock import utcnow

    ctx = context(config_file)
    config, store = ctx.config, ctx.store
    recipient = recipient or os.environ.get("ORIGINAL_RECIPIENT") or os.environ.get("RECIPIENT")
    if source == "-":
        result = process_one(config, store, sys.stdin.buffer.read(), utcnow(), recipient)
        click.echo(f"-: {result.text}")
        if not result.ok:
            sys.exit(EX_TEMPFAIL)
        return
    path = Path(source)
    if not path.exists():
        raise click.UsageError(f"{path}: no such file or folder")
    unreadable = 0
    counts: dict[str, int] = {}
    for label, raw in _messages(path):
        result = process_one(config, store, raw, utcnow(), recipient)
        click.echo(f"{label}: {result.text}")
        counts[result.outcome.value] = counts.get(result.outcome.value, 0) + 1
        unreadable += not result.ok
    summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
    click.echo(f"{sum(counts.values())} messages: {summary or 'none'}")
    if unreadable:
        click.echo(f"{unreadable} could not be read and were left in place", err=True)
        sys.exit(1)


COMMANDS = [bounces]
