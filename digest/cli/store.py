"""`digest store ...`: the store as a whole. `digest store copy FROM TO` moves a store between
backends (an SQLite file and `postgresql://USER@HOST[:PORT]/DBNAME`, either way), into an empty
destination only, printing the rows copied per table (digest/store/copy.py says how)."""

from __future__ import annotations

import click

from digest.cli.kit import fail


@click.group("store")
def store_group() -> None:
    """Whole-store operations (copy between SQLite and PostgreSQL)."""


@store_group.command("copy")
@click.argument("source", metavar="FROM")
@click.argument("destination", metavar="TO")
def copy_command(source: str, destination: str) -> None:
    """Copy the store FROM into the empty store TO (each a path or a postgresql:// URL).

    The password of a PostgreSQL store comes from PGPASSWORD, ~/.pgpass or PGSERVICE.
    """
    from pathlib import Path

    from digest.store import Store
    from digest.store.copy import DestinationNotEmpty, copy_store

    if "://" not in source and not Path(source).exists():
        fail([f"store copy: {source} does not exist"])
    source_store = Store.open(source)
    destination_store = Store.open(destination)
    try:
        counts = copy_store(source_store, destination_store)
    except DestinationNotEmpty as exc:
        fail([f"store copy: {exc}"])
    width = max((len(table) for table in counts), default=5)
    for table, rows in counts.items():
        click.echo(f"{table:<{width}}  {rows:>9} rows")
    click.echo(
        f"copied {sum(counts.values())} rows from {source_store.path} to {destination_store.path}"
    )


COMMANDS = [store_group]
