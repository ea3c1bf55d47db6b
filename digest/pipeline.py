"""The only place where I/O meets the pure steps.

    fetch_feeds(config, store, now):
        for feed in config.feeds (concurrently, per-host limit):
            result = fetch(feed, conditional on stored etag / last-modified)   # fetch.py
            304 or same bytes  -> "unchanged"
            failure            -> store.record_feed_failure; the other feeds go on
            else articles = parse_feed(bytes)                                   # parse.py
                 teasers -> fetch the article page -> extract_page              # extract.py
                 store.add_articles (dedupe: guid, then link, then content hash)

    build_issue(config, store, schedule, now):
        window   = (end of the schedule's previous issue | now - lookback, now]
        articles = store.articles_seen_between(window); archive = the days before it
        sections = build_sections(articles, archive)     # summarise, merge, Check Also, rank
        store.save_issue(issue, period)                  # one issue per schedule per period

    send_issue(config, store, issue, transport, now):
        queue one delivery row per active subscriber (idempotent)
        render each variant once                         # render.py
        while a delivery can be claimed:                 # atomically: queued -> sending
            message = build_message(variant, subscriber) # message.py
            transport.send(message)                      # mailer.py
            record sent | deferred | bounced | failed     # as it happens

The CLI, the scheduler and the web app call these functions and nothing below them.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from digest.errors import ConfigError
from digest.store import IssueRecord, Store
from digest.types import (
    DeliveryStatus,
    Issue,
    RenderedDigest,
    Subscriber,
    SubscriberStatus,
)

if TYPE_CHECKING:
    from digest.config import Config, ScheduleConfig
    from digest.delivery import SendSummary
    from digest.mailer import Transport
    from digest.message import MessageSettings
    from digest.reader import FeedReport as FeedReport
    from digest.reader import _backoff as _backoff
    from digest.reader import _mirror_path as _mirror_path
    from digest.reader import feed_source as feed_source
    from digest.reader import fetch_feeds as fetch_feeds
    from digest.reader import fetch_policy as fetch_policy
    from digest.reader import fill_full_text as fill_full_text
    from digest.render import RenderOptions
    from digest.subscribers import TokenSigner

# Each stage's modules are imported when the stage runs: `digest fetch` needs none of the build
# and send modules (sections → related → numpy, render → jinja2/mjml, delivery, subscribers:
# ~0.3 s of a fetch process's start) and `digest send` none of the fetch modules (reader →
# httpx, feedparser, lxml). The names this module re-exports are attributes all the same
# (`pipeline.fetch_feeds`, `from digest.pipeline import feed_source`), through `__getattr__`.
_LAZY = {
    "FeedReport": "digest.reader",
    "_backoff": "digest.reader",
    "_mirror_path": "digest.reader",
    "feed_source": "digest.reader",
    "fetch_feeds": "digest.reader",
    "fetch_policy": "digest.reader",
    "fill_full_text": "digest.reader",
    "parse_cadence": "digest.cadence",
    "period_key": "digest.cadence",
    "issue_to_dict": "digest.codec",
    "DeliveryJob": "digest.delivery",
    "DeliveryOptions": "digest.delivery",
    "SendSummary": "digest.delivery",
    "deliver": "digest.delivery",
    "dkim_signer": "digest.delivery",
    "OutboxTransport": "digest.mailer",
    "SmtpTransport": "digest.mailer",
    "Transport": "digest.mailer",
    "MessageSettings": "digest.message",
    "build_message": "digest.message",
    "RenderOptions": "digest.render",
    "render_issue": "digest.render",
    "build_sections": "digest.sections",
    "filter_sections": "digest.sections",
    "subject_for": "digest.sections",
    "TokenSigner": "digest.subscribers",
    "load_subscriber_folder": "digest.subscribers",
}


def __getattr__(name: str) -> Any:
    """`pipeline.fetch_feeds`, `pipeline.render_issue`, …: imported on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


log = logging.getLogger("digest")

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
SAMPLE_SUBSCRIBER = Subscriber(email="preview@example.invalid", name="Sample Reader")


def utcnow() -> datetime:
    """The one clock seam: everything below takes `now` as a parameter."""
    return datetime.now(UTC)


# -- fetch ------------------------------------------------------------------------------------


# The fetch stage lives in digest/reader.py; its names are re-exported (lazily, see `_LAZY`)
# because the CLI, the scheduler and the web app reach every stage through this module.


# -- build ------------------------------------------------------------------------------------


def period_for(schedule: ScheduleConfig, now: datetime) -> str:
    from digest.cadence import parse_cadence, period_key

    local = now.astimezone(ZoneInfo(schedule.timezone))
    return period_key(local, parse_cadence(schedule.cron))


def issue_window(
    store: Store, schedule: ScheduleConfig, now: datetime, period: str
) -> tuple[datetime, datetime]:
    """Articles since the previous issue of this schedule: none skipped, none repeated."""
    previous = store.latest_issue(schedule.name)
    if previous is not None and previous.period != period:
        return previous.issue.window_end, now
    return now - schedule.lookback, now


@dataclass(frozen=True)
class BuildResult:
    """What `build_issue` did."""

    record: IssueRecord | None  # None when skipped
    reused: bool  # an issue for this period already existed
    skipped_reason: str | None = None
    article_count: int = 0


def compose_issue(
    config: Config,
    store: Store,
    schedule: ScheduleConfig,
    now: datetime,
    period: str,
    start: datetime | None = None,
) -> tuple[Issue, int]:
    """The issue of a period; `start` pins the window's start (refreshing a pending issue)."""
    from digest.sections import build_sections, filter_sections, subject_for

    window_start, end = issue_window(store, schedule, now, period)
    start = start or window_start
    articles = store.articles_seen_between(start, end)
    archive = (
        store.articles_seen_between(start - timedelta(days=config.digest.archive_days), start)
        if config.digest.archive_days
        else []
    )
    section_order = [f.section or f.name or "" for f in config.feeds]
    sections = build_sections(
        articles,
        archive,
        max_items_per_section=config.digest.max_items_per_section,
        summary_sentences=config.digest.summary_sentences,
        section_order=[s for s in section_order if s],
    )
    sections = filter_sections(sections, schedule.sections)
    local_now = now.astimezone(ZoneInfo(schedule.timezone))
    issue = Issue(
        id=f"{schedule.name}-{period}",
        schedule=schedule.name,
        title=config.digest.title,
        subject=subject_for(config.digest.title, sections, local_now, schedule.subject),
        window_start=start,
        window_end=end,
        created_at=now,
        sections=sections,
        status="held" if schedule.approval == "required" else "pending",
    )
    return issue, len(articles)


def build_issue(
    config: Config,
    store: Store,
    schedule: ScheduleConfig,
    now: datetime,
    *,
    refresh: bool = True,
    fire_time: datetime | None = None,
) -> BuildResult:
    """Make (or reuse) this period's issue of a schedule and save it.

    The period comes from the scheduled fire time when there is one (a late run still makes the
    07:00 issue), else from `now`; the window always ends at `now`.
    """
    period = period_for(schedule, fire_time or now)
    existing = store.issue_for_period(schedule.name, period)
    if existing is not None and (existing.status not in ("pending", "held") or not refresh):
        return BuildResult(existing, reused=True, article_count=len(existing.issue.items))
    issue, count = compose_issue(
        config,
        store,
        schedule,
        now,
        period,
        start=existing.issue.window_start if existing is not None else None,
    )
    if existing is not None:
        # Refresh a pending issue nobody has started sending: same id and window start.
        issue = replace(issue, id=existing.issue.id, status=existing.status)
        store.update_issue(issue)
        # Editors' drops, pins and subject go back on top of the refreshed content.
        from digest.issue_edits import reapply_edits

        reapply_edits(config, store, issue.id)
        record = store.issue(issue.id)
        assert record is not None
        return BuildResult(record, reused=True, article_count=len(record.issue.items))
    if len(issue.items) < schedule.min_items:
        return BuildResult(
            None,
            reused=False,
            skipped_reason=f"{len(issue.items)} new items, fewer than min_items "
            f"({schedule.min_items}) for schedule {schedule.name!r}",
            article_count=count,
        )
    record = store.save_issue(issue, period)
    return BuildResult(record, reused=False, article_count=count)


def render_options(config: Config) -> RenderOptions:
    from digest.render import RenderOptions

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
    from digest.message import MessageSettings

    return MessageSettings(
        from_header=config.digest.from_,
        list_name=config.digest.title,
        base_url=config.digest.base_url,
    )


def token_signer(config: Config, store: Store) -> TokenSigner:
    """Secrets from the environment (comma-separated, newest first), else one kept in the store."""
    from digest.subscribers import TokenSigner

    raw = os.environ.get(config.web.secret_env, "")
    secrets = [s.strip() for s in raw.split(",") if s.strip()] or [store.secret()]
    return TokenSigner(secrets)


def unsubscribe_url(config: Config, signer: TokenSigner, subscriber: Subscriber) -> str:
    return f"{config.digest.base_url}/unsubscribe/{signer.sign(subscriber.key or subscriber.email)}"


def write_preview(config: Config, issue: Issue, out: Path, now: datetime) -> dict[str, Path]:
    """The editor's preview files, through the send-time render path with a sample subscriber."""
    from digest.codec import issue_to_dict
    from digest.message import build_message
    from digest.render import render_issue

    rendered = render_issue(issue, render_options(config), templates_dir=TEMPLATES)
    message = build_message(
        rendered,
        SAMPLE_SUBSCRIBER,
        settings=message_settings(config),
        unsubscribe_url=f"{config.digest.base_url}/unsubscribe/preview",
        now=now,
    )
    html_part = message.get_body(("html",))
    text_part = message.get_body(("plain",))
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "html": out / "digest.html",
        "text": out / "digest.txt",
        "json": out / "digest.json",
        "eml": out / "digest.eml",
    }
    paths["html"].write_text(html_part.get_content() if html_part else "", encoding="utf-8")
    paths["text"].write_text(text_part.get_content() if text_part else "", encoding="utf-8")
    data = issue_to_dict(issue)
    for section in data["sections"]:
        for item in section["items"]:
            item.pop("check_also_source", None)
    paths["json"].write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    paths["eml"].write_bytes(message.as_bytes())
    if rendered.web_html:
        paths["web"] = out / "web.html"
        paths["web"].write_text(rendered.web_html, encoding="utf-8")
    return paths


# -- subscribers and sending ------------------------------------------------------------------


def sync_subscribers(config: Config, store: Store, now: datetime) -> list[str]:
    """Files → store (never re-subscribing anyone who left); returns the problems found."""
    from digest.subscribers import load_subscriber_folder

    folder = config.path(config.subscribers)
    try:
        loaded = load_subscriber_folder(folder)
    except FileNotFoundError as exc:
        raise ConfigError(f"{config.source}: subscribers: {exc}") from None
    store.sync_subscribers(loaded.subscribers, now)
    return list(loaded.problems)


def make_transport(config: Config) -> Transport:
    from digest.mailer import OutboxTransport, SmtpTransport

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


def _recipients(store: Store, schedule: ScheduleConfig) -> Iterator[str]:
    wanted = {a.casefold() for a in schedule.subscribers} if schedule.subscribers else None
    for sub in store.iter_subscribers(SubscriberStatus.ACTIVE):
        if wanted is None or sub.email.casefold() in wanted:
            yield sub.email


class StopFlag:
    """Set by SIGTERM/SIGINT handlers: finish the message in flight, then stop."""

    def __init__(self) -> None:
        self.stopped = False

    def stop(self, *_: object) -> None:
        self.stopped = True


SEND_STOPPED = "send-stopped"  # run event kind (status.py shows it while the issue is unsent)


def send_issue(
    config: Config,
    store: Store,
    record: IssueRecord,
    transport: Transport,
    now: datetime,
    *,
    clock: Callable[[], datetime] = utcnow,
    stop: StopFlag | None = None,
    progress: Callable[[str, DeliveryStatus], None] | None = None,
) -> SendSummary:
    """Deliver an issue to every active subscriber of its schedule, resumably (delivery.py)."""
    from digest.delivery import DeliveryJob, DeliveryOptions, deliver, dkim_signer
    from digest.render import render_issue

    signer = token_signer(config, store)
    options = render_options(config)
    settings = message_settings(config)

    def render(issue: Issue) -> RenderedDigest:
        # The email only: the "view in browser" page is rendered when someone asks for it.
        return render_issue(issue, options, templates_dir=TEMPLATES, web=False)

    job = DeliveryJob(
        record=record,
        settings=settings,
        render=render,
        unsubscribe_url=lambda sub: unsubscribe_url(config, signer, sub),
        recipients=_recipients(store, config.schedule(record.issue.schedule)),
        options=DeliveryOptions.from_config(config.delivery),
        dkim=dkim_signer(config.delivery.dkim, config.path, settings.domain),
    )
    summary = deliver(job, store, transport, now, clock=clock, stop=stop, progress=progress)
    if summary.stopped:
        record_send_stopped(store, record, summary.stopped, clock())
    return summary


def record_send_stopped(store: Store, record: IssueRecord, reason: str, now: datetime) -> None:
    """A run event for `digest status`, shown until the issue is sent: the relay stopped the
    send (login refused, TLS, connection). Recorded once per issue and reason, so a scheduler
    retrying every minute does not crowd the event log."""
    issue = record.issue
    store.add_run_event(
        {
            "at": now.astimezone(UTC).isoformat(timespec="seconds"),
            "kind": SEND_STOPPED,
            "schedule": issue.schedule,
            "issue": issue.id,
            "detail": reason,
        },
        dedupe=f"{SEND_STOPPED}:{issue.id}:{reason}",
    )


def send_test(
    config: Config, store: Store, issue: Issue, address: str, transport: Transport, now: datetime
) -> str:
    """One copy to one address, recorded nowhere (editors' "send a test")."""
    from digest.message import build_message
    from digest.render import render_issue

    rendered = render_issue(issue, render_options(config), templates_dir=TEMPLATES)
    subscriber = Subscriber(email=address, name="")
    message = build_message(
        rendered,
        subscriber,
        settings=message_settings(config),
        unsubscribe_url=f"{config.digest.base_url}/unsubscribe/test",
        now=now,
    )
    del message["Subject"]
    message["Subject"] = f"[TEST] {rendered.subject}"
    try:
        transport.send(message, address)
    finally:
        transport.close()
    return str(message["Message-ID"])


def is_terminal() -> bool:
    return sys.stderr.isatty()
