"""Build an issue: the one way, used by `digest build`, `digest send`, the scheduler and the editor.

build_issue(config, store, schedule, now, period=None):
    period   = the given one (a scheduler slot's) | the schedule's period at fire_time or now
    existing issue of that period -> reused (refreshed while pending/held, when asked)
    window   = (end of the schedule's previous issue | now - lookback, now]
    articles = store.articles_seen_between(window); archive = the days before it
    sections = build_sections(articles, archive)     # summarise, merge, Check Also, rank
    store.save_issue(issue, period)                  # one issue per schedule per period
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from digest.model.lifecycle import IssueStatus
from digest.model.records import IssueRecord
from digest.model.types import (
    Issue,
    Subscriber,
)
from digest.render import TEMPLATES
from digest.store import Store

if TYPE_CHECKING:
    from digest.config import Config, ScheduleConfig

from digest.pipeline.settings import message_settings, render_options

SAMPLE_SUBSCRIBER = Subscriber(email="preview@example.invalid", name="Sample Reader")


def period_for(schedule: ScheduleConfig, now: datetime) -> str:
    from digest.model.cadence import parse_cadence, period_key

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


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a block (back on after, if it was on).

    Composing 1,000 articles (bench/vs_rss2email.py's) started 60 young and 6 older collections,
    and a full one soon after: 25-50 ms of `digest send`'s ~0.3 s compose, which found 15 objects
    in cycles (session 5). Term counts and tuples make no cycles; reference counting still frees
    everything as it goes, and the collector runs again after.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def compose_issue(
    config: Config,
    store: Store,
    schedule: ScheduleConfig,
    now: datetime,
    period: str,
    start: datetime | None = None,
) -> tuple[Issue, int]:
    """The issue of a period; `start` pins the window's start (refreshing a pending issue)."""
    from digest.compose.sections import build_sections, filter_sections, subject_for

    window_start, end = issue_window(store, schedule, now, period)
    start = start or window_start
    articles = store.articles_seen_between(start, end)
    archive = (  # only the archived articles that can matter (store/archive.py, issue 15)
        store.archive_candidates(
            articles, start - timedelta(days=config.digest.archive_days), start
        )
        if config.digest.archive_days
        else []
    )
    section_order = [f.section or f.name or "" for f in config.feeds]
    with collector_paused():
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
        status=IssueStatus.HELD if schedule.approval == "required" else IssueStatus.PENDING,
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
    period: str | None = None,
) -> BuildResult:
    """Make (or reuse) this period's issue of a schedule and save it.

    The period is the given one (a scheduler slot knows its own, waves included), else the
    schedule's period at the fire time when there is one (a late run still makes the 07:00
    issue), else at `now`; the window always ends at `now`. `refresh` rebuilds an existing
    pending or held issue with what arrived since (the editor's and `digest build`'s view); the
    scheduler never refreshes: what an editor previewed is what goes out.
    """
    period = period or period_for(schedule, fire_time or now)
    existing = store.issue_for_period(schedule.name, period)
    refreshable = (IssueStatus.PENDING, IssueStatus.HELD)
    if existing is not None and (existing.status not in refreshable or not refresh):
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
        from digest.pipeline.edits import reapply_edits

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
    reused = record.issue.created_at != issue.created_at  # another process saved it first
    return BuildResult(record, reused=reused, article_count=count)


def write_preview(config: Config, issue: Issue, out: Path, now: datetime) -> dict[str, Path]:
    """The editor's preview files, through the send-time render path with a sample subscriber."""
    from digest.model.codec import issue_to_dict
    from digest.render.issue import render_issue
    from digest.render.message import build_message

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
