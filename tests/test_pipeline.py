"""build_issue: one issue per period, windows back to back, refreshes keep their window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from digest.config import parse_config
from digest.model.lifecycle import IssueStatus
from digest.model.types import Article
from digest.pipeline.build import build_issue
from digest.store import Store

DAY1 = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
DAY2 = DAY1 + timedelta(days=1)

CONFIG = """\
feeds:
  - url: https://example.org/feed.xml
    name: Example
    section: World
schedules:
  - {name: daily, cron: "0 7 * * *", timezone: UTC, lookback: 1d}
"""

TOPICS = [
    "Harbour workers strike over pay as ships queue outside the port for a third day.",
    "A new comet becomes visible to the naked eye for observers in the northern hemisphere.",
    "The central bank holds interest rates steady and signals cuts next spring.",
    "Volunteers plant ten thousand trees along the river to prevent flooding.",
    "A chess prodigy aged twelve wins the national championship in a tie-break.",
]


def article(n: int, when: datetime) -> Article:
    text = TOPICS[n % len(TOPICS)] + f" Report number {n} adds detail. It ends here."
    return Article(
        id=f"a{n}",
        feed_url="https://example.org/feed.xml",
        source="Example",
        section="World",
        title=f"Story {n}: {TOPICS[n % len(TOPICS)][:40]}",
        url=f"https://example.org/{n}",
        published=when,
        text=text,
        guid=f"g{n}",
        content_hash=f"h{n}",
    )


def ids(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {item.article_id for item in result.record.issue.items}


def test_windows_are_back_to_back_and_refresh_keeps_its_start(tmp_path: Path) -> None:
    config = parse_config(CONFIG)
    store = Store(tmp_path / "d.sqlite3")
    schedule = config.schedules[0]
    store.add_articles([article(i, DAY1) for i in range(3)], DAY1 - timedelta(hours=1))
    day1 = build_issue(config, store, schedule, DAY1)
    assert ids(day1) == {"a0", "a1", "a2"}
    store.set_issue_status(day1.record.issue.id, IssueStatus.SENDING, DAY1)
    store.set_issue_status(day1.record.issue.id, IssueStatus.SENT, DAY1)

    store.add_articles([article(3, DAY2)], DAY2 - timedelta(hours=1))
    day2 = build_issue(config, store, schedule, DAY2)
    assert ids(day2) == {"a3"}
    again = build_issue(config, store, schedule, DAY2 + timedelta(minutes=5))
    assert again.reused and ids(again) == {"a3"}
    assert again.record.issue.window_start == day1.record.issue.window_end


def test_late_run_keeps_the_scheduled_period(tmp_path: Path) -> None:
    config = parse_config(CONFIG)
    store = Store(tmp_path / "d.sqlite3")
    store.add_articles([article(0, DAY1)], DAY2)
    late = build_issue(
        config, store, config.schedules[0], DAY2 + timedelta(minutes=30), fire_time=DAY1
    )
    assert late.record is not None and late.record.issue.id == "daily-2026-11-27"


def test_min_items_skips(tmp_path: Path) -> None:
    config = parse_config(CONFIG.replace("lookback: 1d", "lookback: 1d, min_items: 2"))
    store = Store(tmp_path / "d.sqlite3")
    store.add_articles([article(0, DAY1)], DAY1 - timedelta(hours=1))
    result = build_issue(config, store, config.schedules[0], DAY1)
    assert result.record is None and "fewer than min_items (2)" in (result.skipped_reason or "")
