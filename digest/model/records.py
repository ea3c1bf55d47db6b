"""What the store hands back and takes in, beyond the pipeline's own types: plain frozen records.

They live here, not beside the SQL, so that pure code (status, the send loop's decisions) can use
them without importing the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from digest.model.types import Delivery, DeliveryStatus, Issue, Subscriber


@dataclass(frozen=True)
class DeliveryFinish:
    """How one claimed delivery ended (see `DeliveryStore.finish_deliveries`)."""

    email: str
    status: DeliveryStatus
    now: datetime
    message_id: str = ""
    error: str | None = None
    next_try: datetime | None = None
    owner: str | None = None


@dataclass(frozen=True)
class Claim:
    """A delivery this worker now holds (`sending`), with what the send needs to know."""

    delivery: Delivery
    subscriber: Subscriber | None  # None when the address is no longer a subscriber
    suppressed: str | None  # the suppression list's reason, when the address is on it
    first_attempt: datetime  # when the first attempt began: the retry window starts here


@dataclass(frozen=True)
class FeedState:
    """What the store remembers about one feed between fetches (keyed by its configured URL)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_success: datetime | None = None
    failures: int = 0  # consecutive failures; 0 after any success
    failing_since: datetime | None = None  # first failure of the current run of failures
    last_error: str | None = None
    next_try: datetime | None = None  # not fetched before this (see wait_reason)
    disabled: bool = False
    last_attempt: datetime | None = None
    fetch_url: str | None = None  # where a permanent redirect (301/308) moved it
    moved_at: datetime | None = None
    ttl: float | None = None  # the feed's <ttl>, seconds
    wait_reason: str | None = None  # backoff | retry-after | max-age | ttl
    disabled_reason: str | None = None

    @property
    def current_url(self) -> str:
        """The URL to request: the configured one, or where it moved permanently."""
        return self.fetch_url or self.url


@dataclass(frozen=True)
class FeedUpdate:
    """One feed's fetch outcome to record; `ok` false is a failure (counted, backed off)."""

    url: str  # the configured URL (the row's key)
    name: str
    at: datetime
    ok: bool
    etag: str | None = None  # validators and body hash to keep (ok only)
    last_modified: str | None = None
    body_hash: str | None = None
    error: str | None = None  # failure only
    next_try: datetime | None = None
    wait_reason: str | None = None
    ttl: float | None = None  # ok only; None keeps the stored value
    fetch_url: str | None = None  # a permanent redirect's target; None keeps the stored value
    disable: bool = False
    disabled_reason: str | None = None


@dataclass(frozen=True)
class IssueRecord:
    """An issue as stored, with its period key and delivery state."""

    issue: Issue
    period: str
    status: str
    sent_at: datetime | None
