"""What every `digest` subcommand shares: the --config option, lazy config/store, error exit."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, NoReturn

import click

if TYPE_CHECKING:  # loaded on first use: `digest --help` needs neither pydantic nor SQLite
    from digest.config import Config
    from digest.store import Store


class Context:
    """Lazily loaded config and store, shared by the subcommands."""

    def __init__(self, config_file: str | None):
        self.config_file = config_file
        self._config: Config | None = None
        self._store: Store | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            from digest.config import load_config

            self._config = load_config(self.config_file)
        return self._config

    @property
    def store(self) -> Store:
        if self._store is None:
            from digest.store import Store

            self._store = Store.open(self.config.store_url, lease=self.config.delivery.lease)
            command = click.get_current_context(silent=True)
            if command is not None:  # closed with the command (a PostgreSQL pool, at once)
                command.call_on_close(self._store.close)
        return self._store


def fail(problems: list[str], status: int = 1) -> NoReturn:
    """One `error:` line per problem on stderr, exit `status` (1: a mistake to fix)."""
    from digest.text.redact import mask_credentials  # (and logging): not for `digest --help`

    for line in problems:
        click.echo(f"error: {mask_credentials(' '.join(line.split()))}", err=True)
    sys.exit(status)


config_option = click.option(
    "--config",
    "config_file",
    metavar="PATH",
    default=None,
    help="Config file (default: $DIGEST_CONFIG or ./config.yaml).",
)


def context(config_file: str | None) -> Context:
    return Context(config_file)
