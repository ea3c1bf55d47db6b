"""Config → the settings objects of the render and send stages (theme, caches, headers, tokens,
transport)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from digest.model.types import (
    Subscriber,
)
from digest.render import TEMPLATES
from digest.store import Store

if TYPE_CHECKING:
    from digest.config import Config
    from digest.ingest.subscribers import TokenSigner
    from digest.render.message import MessageSettings
    from digest.render.options import RenderOptions
    from digest.send.transports import Transport


def render_options(config: Config) -> RenderOptions:
    from digest.render.options import RenderOptions

    theme = config.digest.theme
    theme_dir = None
    if theme:
        candidate = config.path(theme)
        theme_dir = candidate if candidate.is_dir() else TEMPLATES / "themes" / theme
    return RenderOptions(
        title=config.digest.title,
        base_url=config.digest.base_url,
        theme_dir=theme_dir,
        max_items_in_email=config.digest.max_items_in_email,
        images=config.digest.images,
        lang=config.digest.language,
        cache_dir=cache_dir(),
    )


def cache_dir() -> Path | None:
    """Where rebuildable speed-ups live (compiled templates, premailer's results): they depend
    on the installed templates and libraries, not on a project, so one per user, like pip's.
    $DIGEST_CACHE_DIR overrides it (empty: no disk cache), else $XDG_CACHE_HOME/digest."""
    explicit = os.environ.get("DIGEST_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "digest" if os.path.isabs(base) else None  # (no home: no cache)


def message_settings(config: Config) -> MessageSettings:
    from digest.render.message import MessageSettings

    return MessageSettings(
        from_header=config.digest.from_,
        list_name=config.digest.title,
        base_url=config.digest.base_url,
    )


def token_signer(config: Config, store: Store) -> TokenSigner:
    """Secrets from the environment (comma-separated, newest first), else one kept in the store."""
    from digest.ingest.subscribers import TokenSigner

    return TokenSigner(config.web.token_secrets() or [store.secret()])


def unsubscribe_url(config: Config, signer: TokenSigner, subscriber: Subscriber) -> str:
    return f"{config.digest.base_url}/unsubscribe/{signer.sign(subscriber.key or subscriber.email)}"


def make_transport(config: Config) -> Transport:
    from digest.send.transports import OutboxTransport, SmtpTransport

    delivery = config.delivery
    if delivery.transport == "outbox":
        return OutboxTransport(config.path(delivery.outbox))
    smtp = delivery.smtp
    return SmtpTransport(
        smtp.host,
        smtp.port,
        security=smtp.security,
        username=smtp.username,
        password=smtp.password(),
        timeout=smtp.timeout,
        max_messages=smtp.max_messages_per_connection,
    )
