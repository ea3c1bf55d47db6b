"""Subscriber files → the store (never re-subscribing anyone who left)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from digest.model.errors import ConfigError
from digest.store import Store

if TYPE_CHECKING:
    from digest.config import Config


def sync_subscribers(config: Config, store: Store, now: datetime) -> list[str]:
    """Files → store (never re-subscribing anyone who left); returns the problems found.

    Unconfirmed sign-ups older than `signup.pending_expiry` are purged on the way.
    """
    from digest.ingest.subscribers import load_subscriber_folder
    from digest.pipeline.signup import purge_expired

    purge_expired(config, store, now)

    folder = config.path(config.subscribers)
    try:
        loaded = load_subscriber_folder(folder)
    except FileNotFoundError as exc:
        raise ConfigError(f"{config.source}: subscribers: {exc}") from None
    store.sync_subscribers(loaded.subscribers, now)
    return list(loaded.problems)
