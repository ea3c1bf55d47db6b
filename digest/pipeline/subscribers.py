"""Subscriber files → the store (never re-subscribing anyone who left)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from digest.model.errors import ConfigError
from digest.store import Store

if TYPE_CHECKING:
    from digest.config import Config

ADDRESS_WINDOW = timedelta(days=1)  # a sign-up address's rate bucket (pipeline/signup.py)


def sync_subscribers(config: Config, store: Store, now: datetime) -> list[str]:
    """Files → store (never re-subscribing anyone who left); returns the problems found.

    Unconfirmed sign-ups older than `signup.pending_expiry` are purged on the way.
    """
    from digest.ingest.subscribers import load_subscriber_folder
    from digest.pipeline.settings import cache_dir

    purge_expired(config, store, now)

    folder = config.path(config.subscribers)
    try:
        loaded = load_subscriber_folder(folder, memo_dir=cache_dir())
    except FileNotFoundError as exc:
        raise ConfigError(f"{config.source}: subscribers: {exc}") from None
    store.sync_subscribers(loaded.subscribers, now)
    return list(loaded.problems)


def purge_expired(config: Config, store: Store, now: datetime) -> int:
    """Unconfirmed sign-ups older than `signup.pending_expiry` go, and stale rate buckets.
    Here rather than in pipeline/signup.py: every `digest send` calls it, and sign-up's own
    imports (argon2, the notices) are not needed to send."""
    store.purge_rates(now - 2 * ADDRESS_WINDOW)
    return store.purge_signups(now - config.signup.pending_expiry)
