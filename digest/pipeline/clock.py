"""The one clock seam: the CLI, scheduler and web app read the time here and pass `now` down."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The one clock seam: everything below takes `now` as a parameter."""
    return datetime.now(UTC)
