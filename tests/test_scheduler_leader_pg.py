"""Two `digest run`s on one PostgreSQL store (issue 16): one leads each schedule (a lease row),
the other builds and fires nothing; when the leader dies the other takes over within the lease,
and no period is built or sent twice. (Runners driven by a hand-moved clock, as in
test_scheduler_run.py; the leases themselves run on the database's clock.)"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from test_scheduler_run import AMS, STORE, make_setup

from digest.schedule.runner import Runner
from digest.store.owners import LIVE_RUNS


@pytest.fixture
def two_runners(tmp_path: Path, pg_url: str):
    STORE[0] = pg_url
    try:
        s = make_setup(tmp_path, datetime(2026, 3, 26, 12, 0, tzinfo=AMS))
    finally:
        STORE[0] = "var/digest.sqlite3"
    s.store.lease = timedelta(seconds=1)

    def runner() -> Runner:
        made = Runner(
            s.config,
            s.store,
            config_file=s.root / "config.yaml",
            clock=s.clock,
            transport_factory=lambda _config: s.transport,
        )
        made.sync_subscribers()
        made.refresh_slots()
        return made

    first, second = runner(), runner()
    yield s, first, second
    first.leadership.close()
    second.leadership.close()


def test_one_leader_per_schedule_and_a_takeover_that_fires_nothing_twice(two_runners) -> None:
    s, first, second = two_runners
    first.sweep()  # first start: marks the slot
    second.sweep()
    assert first.leadership.holder != second.leadership.holder
    holder = s.store.lease_holder("leader:daily")
    assert holder is not None and holder[0] == first.leadership.holder
    s.add(range(0, 3), datetime(2026, 3, 26, 12, 30, tzinfo=AMS))
    s.clock.now = datetime(2026, 3, 27, 7, 0, 2, tzinfo=AMS)
    second.sweep()  # not the leader: neither builds nor fires
    assert s.store.recent_issues(10) == []
    first.sweep()
    assert [r.issue.id for r in s.store.recent_issues(10)] == ["daily-2026-03-27"]
    assert len(s.transport.sent) == 3
    second.sweep()
    first.sweep()
    assert len(s.transport.sent) == 3  # nothing fired twice

    # The leader dies (no clean hand-over: its heartbeat stops, its lease runs out).
    assert first.leadership._heartbeat is not None
    first.leadership._heartbeat.stop()
    s.store.db.execute("UPDATE leases SET until = epoch_now() - 1")
    s.add(range(3, 6), datetime(2026, 3, 27, 12, 0, tzinfo=AMS))
    s.clock.now = datetime(2026, 3, 28, 7, 0, 2, tzinfo=AMS)
    second.sweep()
    holder = s.store.lease_holder("leader:daily")
    assert holder is not None and holder[0] == second.leadership.holder
    assert sorted(r.issue.id for r in s.store.recent_issues(10)) == [
        "daily-2026-03-27",
        "daily-2026-03-28",
    ]
    assert len(s.transport.sent) == 6
    second.sweep()
    assert len(s.transport.sent) == 6


@pytest.mark.parametrize("closing", ["store", "pool"])
def test_a_leaders_heartbeat_ends_with_its_store(
    pg_url: str, closing: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Closing the store, or only its pool (as a test's teardown does with `close_pools`), ends
    the leader's heartbeat: no warning every quarter lease for the rest of the process."""
    from urllib.parse import urlsplit

    from digest.schedule.leadership import Leadership
    from digest.store import Store
    from digest.store.postgres import close_pools

    store = Store.open(pg_url, lease=timedelta(seconds=1))
    leadership = Leadership(store, lambda: datetime.now(AMS))
    assert leadership.leads("daily")
    beat = leadership._heartbeat
    assert beat is not None and beat._thread.is_alive()
    if closing == "store":
        store.close()  # stops the heartbeats it keeps, at once (no failed beat needed)
    else:
        close_pools(urlsplit(pg_url).path.strip("/"))
        beat._thread.join(timeout=3)  # the next beat fails on the closed pool and ends it
    assert not beat._thread.is_alive()
    assert "lease renewal failed" not in caplog.text
    LIVE_RUNS.discard(leadership.holder)
