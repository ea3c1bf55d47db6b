"""Queueing an issue on PostgreSQL (issue 16): every active subscriber in one statement, no
`ON CONFLICT` (three times faster on a list in random order), so senders starting together
take turns per issue — each row queued once, nobody fails, whichever way the rows come."""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime

from digest.model.types import Subscriber
from digest.store import Store
from digest.store.deliveries import ActiveAddresses

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)


def test_senders_queueing_one_issue_at_once_queue_each_row_once(pg_url: str) -> None:
    store = Store.open(pg_url)
    emails = [f"r{i:05d}@x{i % 7}.org" for i in range(3000)]
    random.Random(3).shuffle(emails)  # a list in no particular order
    store.sync_subscribers([Subscriber(email) for email in emails], NOW)
    stores = [Store.open(pg_url) for _ in range(5)]
    start = threading.Barrier(len(stores))
    counts: list[int] = []
    errors: list[BaseException] = []

    def queue(n: int) -> None:
        start.wait()
        try:
            # four senders queue "everyone active"; one queues an explicit list (COPY path)
            recipients = emails[:1000] if n == 4 else ActiveAddresses(stores[n])
            counts.append(stores[n].queue_deliveries("i1", recipients, NOW))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=queue, args=(n,)) for n in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(counts) == 3000 and store.delivery_counts("i1") == {"queued": 3000}
    assert store.queue_deliveries("i1", ActiveAddresses(store), NOW) == 0  # nothing new
    for each in (store, *stores):
        each.close()
