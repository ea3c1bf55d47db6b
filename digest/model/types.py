"""Plain data that flows between the pipeline's stages.

Every type is frozen: a stage takes values and returns new ones, it never edits what it was given.
Times are timezone-aware UTC datetimes unless a field says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class FeedOutcome(StrEnum):
    """What one fetch of one feed came to (the `status` column of `digest fetch`)."""

    NEW = "new"  # fetched and parsed; may still hold zero new articles
    UNCHANGED = "unchanged"  # 304, or the same bytes as last time
    FAILED = "failed"  # network, HTTP or parse error; see `error`


class DeliveryStatus(StrEnum):
    """The closed vocabulary of a delivery row's life (queued → sending → sent | ...)."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DEFERRED = "deferred"
    FAILED = "failed"
    SUPPRESSED = "suppressed"


class SubscriberStatus(StrEnum):
    """A subscriber's standing; the store is the truth for it, not the files."""

    ACTIVE = "active"
    PENDING = "pending"  # signed up on the web form, not confirmed yet: receives nothing
    UNSUBSCRIBED = "unsubscribed"
    BOUNCED = "bounced"
    COMPLAINED = "complained"


# A status that takes someone out wins over one that does not, and the person's own word
# (unsubscribed, a complaint) over a bounce: the later, the stricter (file twins, merges).
STRICTNESS = (
    SubscriberStatus.ACTIVE,
    SubscriberStatus.PENDING,
    SubscriberStatus.BOUNCED,
    SubscriberStatus.UNSUBSCRIBED,
    SubscriberStatus.COMPLAINED,
)


@dataclass(frozen=True)
class FeedSource:
    """One feed as configured."""

    url: str  # http(s) URL, or a local file path when `is_file`
    name: str  # shown as the item's source
    section: str | None = None  # section override; else entry category, else `name`
    is_file: bool = False  # read from disk instead of HTTP


@dataclass(frozen=True)
class FetchResult:
    """The raw outcome of fetching one URL; parsing happens elsewhere."""

    url: str  # the URL asked for
    final_url: str  # after redirects (equal to `url` when none)
    status_code: int | None  # HTTP status; None for files and network errors
    body: bytes | None  # None when not modified or failed
    etag: str | None = None  # validator to send next time
    last_modified: str | None = None  # validator to send next time
    not_modified: bool = False  # server answered 304
    error: str | None = None  # one-line reason when the fetch failed
    permanent_redirect: bool = False  # a 301/308 was followed: the stored URL should move
    retry_after: float | None = None  # seconds the server asked us to wait (429/503)
    max_age: float | None = None  # Cache-Control max-age, seconds
    elapsed: float = 0.0  # seconds spent


@dataclass(frozen=True)
class Article:
    """One entry of a feed, as stored."""

    id: str  # stable id: hash of feed URL + guid (or link, or content)
    feed_url: str  # the feed it came from
    source: str  # the feed's display name
    section: str  # section it belongs to (resolved at parse time)
    title: str  # plain text, may be empty
    url: str  # link to the article page; may be empty
    published: datetime  # entry date, or fetch time when the entry has none
    text: str  # plain main text (full text where fetched, else the entry's content)
    guid: str = ""  # the entry's own id, if any
    content_hash: str = ""  # hash of title + text, the last dedupe key
    is_teaser: bool = False  # the feed only carried an excerpt
    related: tuple[RelatedLink, ...] = ()  # a site's own "Check Also"/related links
    image: str = ""  # the story's picture: an http(s) URL from the feed (or og:image), "" if none
    image_width: int | None = None  # its declared width in px, None when the feed gave none


@dataclass(frozen=True)
class RelatedLink:
    """A link to another article: a Check Also pick or other coverage of a story."""

    title: str
    url: str
    source: str = ""


@dataclass(frozen=True)
class DigestItem:
    """One story in the digest."""

    article_id: str  # the lead article's id
    title: str
    url: str
    source: str
    published: datetime
    summary: tuple[str, ...]  # extractive summary sentences, in article order
    check_also: RelatedLink | None = None  # the one related article worth reading next
    also: tuple[RelatedLink, ...] = ()  # other coverage of the same story
    image: str = ""  # http(s) picture URL; shown only when `digest.images` is on
    image_width: int | None = None  # declared width in px; the renderer caps it to the column


@dataclass(frozen=True)
class Section:
    """A titled group of items, in display order."""

    name: str
    items: tuple[DigestItem, ...]


@dataclass(frozen=True)
class Issue:
    """One digest issue of one schedule; `id` is the idempotency key for sending."""

    id: str  # "<schedule>-<period key>", e.g. "daily-2026-11-28"
    schedule: str  # schedule name from config
    title: str  # digest title
    subject: str  # email subject line
    window_start: datetime  # articles published/stored after this...
    window_end: datetime  # ...and up to this
    created_at: datetime
    sections: tuple[Section, ...]
    status: str = "pending"  # pending | held | approved | sending | sent

    @property
    def items(self) -> tuple[DigestItem, ...]:
        return tuple(item for section in self.sections for item in section.items)


@dataclass(frozen=True)
class Subscriber:
    """A recipient."""

    email: str
    name: str = ""
    sections: tuple[str, ...] | None = None  # only these sections; None for all
    format: str = "html"  # "html" (multipart) or "text"
    timezone: str | None = None  # IANA zone for local-time delivery
    status: SubscriberStatus = SubscriberStatus.ACTIVE
    key: str = ""  # opaque random id the store assigns; unsubscribe tokens carry it, not the email


@dataclass(frozen=True)
class RenderedDigest:
    """An issue rendered once, with placeholders left for per-subscriber values."""

    issue_id: str
    subject: str
    preheader: str
    html: str  # full HTML document, CSS inlined; contains PLACEHOLDERS
    text: str  # plain-text part; contains PLACEHOLDERS
    web_html: str = ""  # the "view in browser" page


# Placeholders the renderer leaves in its output and `message.personalise` fills in per subscriber.
# They are plain ASCII words that survive HTML escaping and quoted-printable unchanged.
PLACEHOLDER_NAME = "DIGESTPHxNAMEx"
PLACEHOLDER_UNSUBSCRIBE = "DIGESTPHxUNSUBx"
PLACEHOLDERS = (PLACEHOLDER_NAME, PLACEHOLDER_UNSUBSCRIBE)


@dataclass(frozen=True)
class Delivery:
    """One (issue, subscriber) delivery as recorded."""

    issue_id: str
    email: str
    status: DeliveryStatus
    message_id: str = ""
    attempts: int = 0
    error: str | None = None
    is_test: bool = False

    def __post_init__(self) -> None:
        # A closed vocabulary: refuse anything else at construction (anymail's habit).
        object.__setattr__(self, "status", DeliveryStatus(self.status))


@dataclass(frozen=True)
class SendReport:
    """What one `send` run did."""

    issue_id: str
    counts: dict[str, int] = field(default_factory=dict)  # status -> count this run
    already_sent: int = 0  # recipients skipped because an earlier run delivered to them
