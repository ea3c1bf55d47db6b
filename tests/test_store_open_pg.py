"""Opening a PostgreSQL store that is already at this digest's schema version takes no lock
(issue 16): every `digest send` and `digest run` opens the store, many at once, and the
migration's serialising lock would queue them all behind any long serialised write."""

from __future__ import annotations

import threading
import time

import psycopg

from digest.store import Store
from digest.store.postgres import WRITE_LOCK_KEY
from digest.store.schema import SCHEMA_VERSION


def test_a_current_store_opens_while_a_long_write_holds_the_lock(pg_url: str) -> None:
    Store.open(pg_url).close()  # the first open migrates
    with psycopg.connect(pg_url, autocommit=True) as writer:
        writer.execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK_KEY,))
        opened: list[float] = []

        def open_store() -> None:
            started = time.monotonic()
            store = Store.open(pg_url)
            opened.append(time.monotonic() - started)
            assert store.schema_version() == SCHEMA_VERSION
            store.close()

        thread = threading.Thread(target=open_store)
        thread.start()
        thread.join(timeout=5)
        assert opened and opened[0] < 5, "the open waited for the write lock"
        writer.execute("SELECT pg_advisory_unlock(%s)", (WRITE_LOCK_KEY,))
    thread.join()
