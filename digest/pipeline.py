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

import hashlib
import json
import logging
import os
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from digest.cadence import parse_cadence, period_key
from digest.codec import issue_to_dict
from digest.config import Config, FeedConfig, ScheduleConfig
from digest.delivery import DeliveryJob, DeliveryOptions, SendSummary, deliver, dkim_signer
from digest.errors import ConfigError
from digest.extract import extract_page
from digest.fetch import FetchPolicy, FetchRequest, fetch_all
from digest.mailer import OutboxTransport, SmtpTransport, Transport
from digest.message import MessageSettings, build_message
from digest.parse import parse_feed
from digest.render import RenderOptions, render_issue
from digest.sections import build_sections, filter_sections, subject_for
from digest.store import IssueRecord, Store
from digest.subscribers import TokenSigner, load_subscriber_folder
from digest.types import (
    Article,
    DeliveryStatus,
    FeedOutcome,
    FeedSource,
    FetchResult,
    Issue,
    RenderedDigest,
    Subscriber,
    SubscriberStatus,
)

log = logging.getLogger("digest")

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
SAMPLE_SUBSCRIBER = Subscriber(email="preview@example.invalid", name="Sample Reader")


def utcnow() -> datetime:
    """The one clock seam: everything below takes `now` as a parameter."""
    return datetime.now(UTC)


# -- fetch ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedReport:
    """One row of the `digest fetch` table."""

    url: str
    name: str
    status: FeedOutcome
    new_articles: int = 0
    error: str | None = None
    notes: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "url": self.url,
            "name": self.name,
            "status": self.status.value,
            "new_articles": self.new_articles,
            "error": self.error,
        }


def fetch_policy(config: Config) -> FetchPolicy:
    f = config.fetch
    return FetchPolicy(
        connect_timeout=f.connect_timeout,
        read_timeout=f.read_timeout,
        deadline=f.deadline,
        max_bytes=f.max_bytes,
        per_host=f.per_host,
        max_concurrent=f.max_concurrent,
        allow_networks=tuple(f.allow_networks),
    )


def feed_source(config: Config, feed: FeedConfig) -> FeedSource:
    if feed.is_file:
        url = str(config.feed_path(feed))
    else:
        url = feed.url
    name = feed.name or (urlsplit(feed.url).hostname or Path(url).stem)
    return FeedSource(url=url, name=name, section=feed.section, is_file=feed.is_file)


def _backoff(failures: int, now: datetime, rng: random.Random) -> datetime:
    """Exponential backoff with jitter, capped at a day."""
    base = min(timedelta(minutes=15) * (2 ** min(failures, 8)), timedelta(days=1))
    return now + base * (0.5 + rng.random() / 2)


def fetch_feeds(
    config: Config,
    store: Store,
    now: datetime,
    *,
    progress: Callable[[FeedReport], None] | None = None,
) -> list[FeedReport]:
    """Fetch every configured feed, store new articles, report one row per feed."""
    sources = [feed_source(config, feed) for feed in config.feeds]
    feeds_by_url = {s.url: f for s, f in zip(sources, config.feeds, strict=True)}
    states = {s.url: store.feed_state(s.url) for s in sources}
    requests = [
        FetchRequest(
            url=s.url,
            etag=states[s.url].etag,
            last_modified=states[s.url].last_modified,
            is_file=s.is_file,
        )
        for s in sources
    ]
    policy = fetch_policy(config)
    rng = random.Random()
    reports: list[FeedReport] = []
    teasers: list[tuple[Article, FeedConfig]] = []

    def handle(source: FeedSource, result: FetchResult) -> FeedReport:
        state = states[source.url]
        if result.error:
            store.record_feed_failure(
                source.url,
                source.name,
                now,
                result.error,
                next_try=_backoff(state.failures, now, rng),
                disable=result.status_code == 410,
            )
            return FeedReport(source.url, source.name, FeedOutcome.FAILED, error=result.error)
        if result.not_modified or result.body is None:
            store.record_feed_success(
                source.url,
                source.name,
                now,
                etag=result.etag or state.etag,
                last_modified=result.last_modified or state.last_modified,
                body_hash=state.body_hash,
            )
            return FeedReport(source.url, source.name, FeedOutcome.UNCHANGED)
        body_hash = hashlib.sha256(result.body).hexdigest()
        if body_hash == state.body_hash:
            store.record_feed_success(
                source.url,
                source.name,
                now,
                etag=result.etag,
                last_modified=result.last_modified,
                body_hash=body_hash,
            )
            return FeedReport(source.url, source.name, FeedOutcome.UNCHANGED)
        parsed = parse_feed(result.body, source, now)
        if parsed.error:
            store.record_feed_failure(
                source.url,
                source.name,
                now,
                parsed.error,
                next_try=_backoff(state.failures, now, rng),
            )
            return FeedReport(source.url, source.name, FeedOutcome.FAILED, error=parsed.error)
        added = store.add_articles(parsed.articles, now)
        store.record_feed_success(
            source.url,
            source.name,
            now,
            etag=result.etag,
            last_modified=result.last_modified,
            body_hash=body_hash,
        )
        if result.permanent_redirect and result.final_url != source.url:
            log.info("feed %s moved permanently to %s", source.url, result.final_url)
        feed = feeds_by_url[source.url]
        wants_full_text = config.fetch.full_text if feed.full_text is None else feed.full_text
        if wants_full_text:
            teasers.extend((a, feed) for a in added if a.is_teaser and a.url)
        return FeedReport(
            source.url, source.name, FeedOutcome.NEW, new_articles=len(added), notes=parsed.notes
        )

    by_url = {s.url: s for s in sources}

    def on_result(result: FetchResult) -> None:
        report = handle(by_url[result.url], result)
        reports.append(report)
        if progress:
            progress(report)

    results = fetch_all(requests, policy, on_result=None)
    for result in results:
        on_result(result)
    if teasers:
        fill_full_text(config, store, teasers, policy)
    order = {s.url: i for i, s in enumerate(sources)}
    return sorted(reports, key=lambda r: order[r.url])


def _mirror_path(feed: FeedConfig, config: Config, url: str) -> Path | None:
    """An article page read from a local mirror folder instead of the web (offline demo)."""
    if not feed.pages:
        return None
    path = urlsplit(url).path.strip("/")
    folder = config.path(feed.pages)
    for candidate in (folder / path / "index.html", folder / f"{path}.html", folder / path):
        if candidate.is_file() and folder.resolve() in candidate.resolve().parents:
            return candidate
    return None


def fill_full_text(
    config: Config,
    store: Store,
    teasers: list[tuple[Article, FeedConfig]],
    policy: FetchPolicy,
) -> None:
    """Fetch the pages behind teaser entries and keep the extracted main text."""
    requests: list[FetchRequest] = []
    for article, feed in teasers:
        mirror = _mirror_path(feed, config, article.url)
        requests.append(
            FetchRequest(url=str(mirror), is_file=True) if mirror else FetchRequest(url=article.url)
        )
    for (article, _), result in zip(teasers, fetch_all(requests, policy), strict=True):
        if result.error or not result.body:
            log.info("full text of %s not fetched: %s", article.url, result.error)
            continue
        page = extract_page(result.body, article.url, feed_title=article.title)
        if len(page.text) > len(article.text):
            store.update_article_text(
                replace(article, text=page.text, is_teaser=False, related=page.related)
            )


# -- build ------------------------------------------------------------------------------------


def period_for(schedule: ScheduleConfig, now: datetime) -> str:
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
    config: Config, store: Store, schedule: ScheduleConfig, now: datetime, period: str
) -> tuple[Issue, int]:
    start, end = issue_window(store, schedule, now, period)
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
    config: Config, store: Store, schedule: ScheduleConfig, now: datetime, *, refresh: bool = True
) -> BuildResult:
    """Make (or reuse) this period's issue of a schedule and save it."""
    period = period_for(schedule, now)
    existing = store.issue_for_period(schedule.name, period)
    if existing is not None and (existing.status not in ("pending", "held") or not refresh):
        return BuildResult(existing, reused=True, article_count=len(existing.issue.items))
    issue, count = compose_issue(config, store, schedule, now, period)
    if existing is not None:
        # Refresh a pending issue nobody has started sending: same id, new content.
        issue = replace(issue, window_start=existing.issue.window_start, status=existing.status)
        store.update_issue(issue)
        record = store.issue(issue.id)
        assert record is not None
        return BuildResult(record, reused=True, article_count=len(issue.items))
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
    )


def message_settings(config: Config) -> MessageSettings:
    return MessageSettings(
        from_header=config.digest.from_,
        list_name=config.digest.title,
        base_url=config.digest.base_url,
    )


def token_signer(config: Config, store: Store) -> TokenSigner:
    """Secrets from the environment (comma-separated, newest first), else one kept in the store."""
    raw = os.environ.get(config.web.secret_env, "")
    secrets = [s.strip() for s in raw.split(",") if s.strip()] or [store.secret()]
    return TokenSigner(secrets)


def unsubscribe_url(config: Config, signer: TokenSigner, subscriber: Subscriber) -> str:
    return f"{config.digest.base_url}/unsubscribe/{signer.sign(subscriber.key or subscriber.email)}"


def write_preview(config: Config, issue: Issue, out: Path, now: datetime) -> dict[str, Path]:
    """The editor's preview files, through the send-time render path with a sample subscriber."""
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
    folder = config.path(config.subscribers)
    try:
        loaded = load_subscriber_folder(folder)
    except FileNotFoundError as exc:
        raise ConfigError(f"{config.source}: subscribers: {exc}") from None
    store.sync_subscribers(loaded.subscribers, now)
    return list(loaded.problems)


def make_transport(config: Config) -> Transport:
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

    signer = token_signer(config, store)
    options = render_options(config)
    settings = message_settings(config)

    def render(issue: Issue) -> RenderedDigest:
        return render_issue(issue, options, templates_dir=TEMPLATES)

    job = DeliveryJob(
        record=record,
        settings=settings,
        render=render,
        unsubscribe_url=lambda sub: unsubscribe_url(config, signer, sub),
        recipients=_recipients(store, config.schedule(record.issue.schedule)),
        options=DeliveryOptions.from_config(config.delivery),
        dkim=dkim_signer(config.delivery.dkim, config.path, settings.domain),
    )
    return deliver(job, store, transport, now, clock=clock, stop=stop, progress=progress)


def send_test(
    config: Config, store: Store, issue: Issue, address: str, transport: Transport, now: datetime
) -> str:
    """One copy to one address, recorded nowhere (editors' "send a test")."""
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
