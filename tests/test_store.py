"""The store on both backends (SQLite, a real PostgreSQL): schema version, dedupe, issues keyed
by period, delivery claims."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from digest.model.records import DeliveryFinish
from digest.model.types import (
    Article,
    Delivery,
    DeliveryStatus,
    Issue,
    Subscriber,
    SubscriberStatus,
)
from digest.store import Store
from digest.store.schema import SCHEMA_VERSION

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)


@pytest.fixture
def store(store_url: str) -> Store:
    """A new store: an SQLite file, then a PostgreSQL database (`store_url`, tests/pg.py)."""
    return Store.open(store_url)


def article(n: int, **kw: object) -> Article:
    fields: dict[str, object] = dict(
        id=f"id{n}",
        feed_url="https://example.org/feed",
        source="Example",
        section="World",
        title=f"Title {n}",
        url=f"https://example.org/{n}",
        published=NOW - timedelta(hours=n),
        text=f"Text of article {n}.",
        guid=f"guid{n}",
        content_hash=f"hash{n}",
    )
    fields.update(kw)
    return Article(**fields)  # type: ignore[arg-type]


def test_file_is_wal_and_versioned(tmp_path: Path) -> None:
    store = Store(tmp_path / "d.sqlite3")
    assert store.schema_version() == SCHEMA_VERSION
    raw = sqlite3.connect(tmp_path / "d.sqlite3")
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"feeds", "articles", "issues", "issue_items", "subscribers", "deliveries"} <= tables
    # Reopening runs no migration twice.
    assert Store(tmp_path / "d.sqlite3").schema_version() == SCHEMA_VERSION


def test_dedupe_by_guid_then_link_then_content(store: Store) -> None:
    assert len(store.add_articles([article(1), article(2)], NOW)) == 2
    again = [
        article(1),  # same id
        article(3, url="https://example.org/2"),  # same link, new guid
        article(4, content_hash="hash2", url="https://other.org/4", feed_url="x"),  # same content
        article(5),
    ]
    added = store.add_articles(again, NOW)
    assert [a.id for a in added] == ["id5"]
    assert store.count_articles() == 3


def test_dedupe_within_one_batch_and_in_order(store: Store) -> None:
    """An article is also a duplicate of one before it in the same batch (the stored keys are
    read once per batch, store/articles.py); the first of each stays."""
    store.add_articles([article(1)], NOW)
    batch = [
        article(2),
        article(2, title="Again"),  # same id as the one just before
        article(3, url="https://example.org/2"),  # same link in the same feed
        article(4, url="https://example.org/2", feed_url="other"),  # same link, other feed: new
        article(5, content_hash="hash4"),  # same content as the one just before
        article(6, url=""),  # no link: only id and content count
        article(7, url=""),
        article(8, content_hash="hash1"),  # same content as a stored one
    ]
    added = store.add_articles(batch, NOW)
    assert [a.id for a in added] == ["id2", "id4", "id6", "id7"]
    assert store.count_articles() == 5
    assert store.archive_index_df() == store.archive_index_df(recount=True)
    assert store.add_articles([], NOW) == []


def test_window_is_by_first_seen(store: Store) -> None:
    store.add_articles([article(1)], NOW - timedelta(days=2))
    store.add_articles([article(2)], NOW)
    window = store.articles_seen_between(NOW - timedelta(days=1), NOW)
    assert [a.id for a in window] == ["id2"]


def test_one_issue_per_schedule_period(store: Store) -> None:
    issue = Issue("daily-2026-11-28", "daily", "T", "S", NOW, NOW, NOW, ())
    first = store.save_issue(issue, "2026-11-28")
    second = store.save_issue(
        Issue("daily-2026-11-28b", "daily", "T", "S2", NOW, NOW, NOW, ()), "2026-11-28"
    )
    assert first.issue.id == second.issue.id == "daily-2026-11-28"
    assert second.issue.subject == "S"


def test_sync_never_resubscribes(store: Store) -> None:
    store.sync_subscribers([Subscriber("a@example.org", "A")], NOW)
    store.set_subscriber_status("a@example.org", SubscriberStatus.UNSUBSCRIBED, NOW)
    store.sync_subscribers([Subscriber("a@example.org", "A2")], NOW)
    sub = store.subscriber("a@example.org")
    assert sub is not None and sub.status is SubscriberStatus.UNSUBSCRIBED and sub.name == "A2"
    assert sub.key and store.subscriber_by_key(sub.key) == sub


def claim_one(store: Store, issue_id: str) -> Delivery | None:
    """The one due delivery `store` can claim now, or None."""
    claims = store.claim_deliveries(issue_id, NOW, limit=1)
    return claims[0].delivery if claims else None


def test_claims_are_exclusive_and_finish(store_url: str) -> None:
    store = Store.open(store_url)
    other = Store.open(store_url)
    store.queue_deliveries("i1", ["a@x.org", "b@x.org"], NOW)
    assert store.queue_deliveries("i1", ["a@x.org"], NOW) == 0  # idempotent
    first = claim_one(store, "i1")
    second = claim_one(other, "i1")
    assert first and second and first.email != second.email
    assert claim_one(store, "i1") is None  # both in flight, owned by a live process
    finish = DeliveryFinish(first.email, DeliveryStatus.SENT, NOW, message_id="<m@x>")
    assert store.finish_deliveries("i1", [finish]) == [True]
    got = store.delivery("i1", first.email)
    assert got and got.status is DeliveryStatus.SENT and got.message_id == "<m@x>"
    assert store.delivery_counts("i1") == {"sent": 1, "sending": 1}


def test_dead_owner_sending_row_is_reclaimed(store: Store) -> None:
    store.queue_deliveries("i1", ["a@x.org"], NOW)
    with store.transaction() as conn:
        conn.execute("UPDATE deliveries SET status='sending', claimed_by='nohost-here:1'")
    # Another machine's worker is trusted to be alive...
    assert claim_one(store, "i1") is None
    import socket

    with store.transaction() as conn:
        conn.execute("UPDATE deliveries SET claimed_by=?", (f"{socket.gethostname()}:999999999",))
    # ...but a dead process on this machine is not.
    claimed = claim_one(store, "i1")
    assert claimed is not None and claimed.attempts == 1


def test_subscribers_own_preferences_survive_file_sync(store: Store) -> None:
    store.sync_subscribers([Subscriber("a@example.org", "A", sections=("World",))], NOW)
    store.set_subscriber_preferences("a@example.org", ("Business",), "text", NOW)
    store.sync_subscribers([Subscriber("a@example.org", "A B", sections=("World",))], NOW)
    sub = store.subscriber("a@example.org")
    assert sub is not None and sub.name == "A B"
    assert sub.sections == ("Business",) and sub.format == "text"


def test_feeds_are_claimed_so_runners_split_them_once_per_interval(store: Store) -> None:
    from digest.model.records import FeedUpdate

    urls = ["https://a.example/feed", "https://b.example/feed"]
    first = store.claim_feeds(urls, NOW, holder="runner-1/x:1")
    assert first == set(urls)
    assert store.claim_feeds(urls, NOW, holder="runner-2/y:2") == set()  # being fetched
    store.record_feed_updates([FeedUpdate(urls[0], "A", NOW, ok=True)])  # claim cleared
    later = NOW + timedelta(minutes=10)
    interval = timedelta(minutes=27)
    # Fetched 10 minutes ago: not again within the interval (a scheduled run)...
    assert store.claim_feeds(urls, later, holder="runner-2/y:2", fresh_within=interval) == set()
    # ...but a person's `digest fetch` may (only a fetch in progress holds it back).
    assert store.claim_feeds(urls, later, holder="runner-2/y:2") == {urls[0]}
    store.record_feed_updates([FeedUpdate(urls[0], "A", later, ok=True)])
    again = NOW + timedelta(minutes=40)
    assert store.claim_feeds(urls[:1], again, holder="runner-2/y:2", fresh_within=interval) == {
        urls[0]
    }


def test_a_run_that_could_not_renew_its_leases_stops_instead_of_sending_on(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from digest.store.deliveries import LeaseLost

    store = Store.open(store_url, lease=timedelta(seconds=1))
    store.queue_deliveries("i1", ["a@x.org", "b@x.org"], NOW)

    def unreachable(owner: str) -> int:
        raise OSError("database unreachable")

    monkeypatch.setattr(store, "renew_claims", unreachable)
    owner = store.start_run()
    try:
        claims = store.claim_deliveries("i1", NOW, limit=2, owner=owner)
        finish = DeliveryFinish(claims[0].delivery.email, DeliveryStatus.SENT, NOW, owner=owner)
        assert store.finish_deliveries("i1", [finish]) == [True]  # within the lease
        time.sleep(1.3)
        with pytest.raises(LeaseLost, match="could not renew"):
            store.finish_deliveries("i1", [finish])
    finally:
        store.end_run(owner)


def test_closing_the_store_stops_its_runs_heartbeats(store_url: str) -> None:
    store = Store.open(store_url, lease=timedelta(seconds=1))
    owner = store.start_run()
    beat = store._heartbeats()[owner]
    assert beat._thread.is_alive()
    store.close()
    assert not beat._thread.is_alive()  # it would beat on against the closed store


def test_a_send_worker_releasing_its_connection_leaves_the_run_beating(store_url: str) -> None:
    import threading

    store = Store.open(store_url, lease=timedelta(seconds=1))
    owner = store.start_run()
    try:
        beat = store._heartbeats()[owner]
        worker = threading.Thread(target=store.release_thread)  # one worker of four ends early
        worker.start()
        worker.join()
        assert beat._thread.is_alive()  # the others still send: their leases must be renewed
        assert store.delivery_counts("none") is not None  # this thread's connection still works
    finally:
        store.end_run(owner)
        store.close()
