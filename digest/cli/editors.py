"""`digest editors ...`: the accounts that may log in to the editor pages of `digest serve`.

Passwords are read from a hidden prompt (asked twice) or, with --password-stdin, from the
first line of standard input (for scripts: `printf '%s\\n' "$PW" | digest editors add ada
--password-stdin`); never from an argument, where `ps` and shell history would show them.
Changing a password or removing an account ends every session of it at once.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime

import click

from digest.cli.kit import config_option, context, fail

password_stdin = click.option(
    "--password-stdin", is_flag=True, help="Read the password from the first line of stdin."
)


def _now() -> datetime:
    from digest.pipeline.clock import utcnow

    return utcnow()


def _password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line.removesuffix("\n").removesuffix("\r")
    return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))


@click.group()
def editors() -> None:
    """Add, remove and list editor accounts; change a password."""


@editors.command()
@config_option
@click.argument("name")
@password_stdin
def add(config_file: str | None, name: str, password_stdin: bool) -> None:
    """Create the editor account NAME."""
    from digest.pipeline.accounts import AccountError, add_editor, check_name

    ctx = context(config_file)
    try:
        check_name(name)
        added = add_editor(ctx.store, name, _password(password_stdin), _now())
    except AccountError as exc:
        fail([str(exc)])
    if not added:
        fail([f"an editor named {name!r} exists; change the password with: digest editors passwd"])
    click.echo(f"editor {name}: added")


@editors.command()
@config_option
@click.argument("name")
@password_stdin
def passwd(config_file: str | None, name: str, password_stdin: bool) -> None:
    """Set a new password for NAME; every session of NAME ends."""
    from digest.pipeline.accounts import AccountError, change_password

    ctx = context(config_file)
    if ctx.store.editor_password_hash(name) is None:
        fail([f"no editor named {name!r}"])
    try:
        change_password(ctx.store, name, _password(password_stdin), _now())
    except AccountError as exc:
        fail([str(exc)])
    click.echo(f"editor {name}: password changed; every session of {name} has ended")


@editors.command()
@config_option
@click.argument("name")
def remove(config_file: str | None, name: str) -> None:
    """Delete the editor account NAME and end its sessions."""
    from digest.pipeline.accounts import remove_editor

    ctx = context(config_file)
    if not remove_editor(ctx.store, name):
        fail([f"no editor named {name!r}"])
    click.echo(f"editor {name}: removed")


@editors.command("list")
@config_option
@click.option("--json", "as_json", is_flag=True, help="A JSON list, one object per editor.")
def list_(config_file: str | None, as_json: bool) -> None:
    """Show the editor accounts (never their hashes)."""
    ctx = context(config_file)
    accounts = ctx.store.editors(_now())
    if as_json:
        rows = [
            {
                "name": a.name,
                "created_at": a.created_at.isoformat(),
                "password_changed_at": a.password_changed_at.isoformat(),
                "sessions": a.sessions,
            }
            for a in accounts
        ]
        click.echo(json.dumps(rows, indent=2))
        return
    for a in accounts:
        click.echo(
            f"{a.name:<24} added {a.created_at:%Y-%m-%d}; password set"
            f" {a.password_changed_at:%Y-%m-%d}; {a.sessions} live session(s)"
        )
    if not accounts:
        click.echo("no editor accounts; add one with: digest editors add NAME")


COMMANDS = [editors]
