"""Leases: how work held by one process becomes anyone's when that process is gone.

A process ids (`owners.py`) say who holds a row; only a lease says, across machines, until when.
Two kinds, the same rule (the holder renews; anyone may take what is not renewed in time):

- row leases (`deliveries.lease_until`, `feeds.claim_until`), renewed for a whole run by a
  `Heartbeat` thread: one UPDATE every quarter lease, whatever the run is doing;
- named leases (table `leases`: a schedule's leader, `LeaseStore`): `acquire_lease` takes or
  renews one in one statement, so two runners asking at once get one answer.

Times are seconds since the epoch by the database's clock (`epoch_now()`: SQLite's is this
machine's, registered on each connection; PostgreSQL's is the server's, so the machines' own
clocks may disagree without breaking a lease).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from digest.store.base import SqliteBase, _iso

log = logging.getLogger("digest.store.leases")


class Heartbeat:
    """Calls `beat` every quarter `lease` in a daemon thread until `stop`; remembers when a beat
    last succeeded, so the holder can tell it may have lost what it holds (`lapsed`)."""

    def __init__(
        self,
        beat: Callable[[], object],
        lease: timedelta,
        *,
        name: str = "lease",
        gone: Callable[[], bool] = lambda: False,
    ):
        self.beat = beat
        self.gone = gone  # the store closed for good beneath it: a failed beat ends the thread
        self.lease = lease.total_seconds()
        self.interval = max(self.lease / 4, 0.05)
        self.last_ok = time.monotonic()
        self.last_error = ""
        self._lapsed = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"digest-{name}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def lapsed(self) -> bool:
        """No beat succeeded for a whole lease, now or at any time since `start`: what was held
        may be someone else's now. Sticky: a beat that succeeds after such a gap renews only
        the rows still held, and the holder cannot tell which it lost (it would go on sending
        rows another sender is sending too)."""
        return self._lapsed or time.monotonic() - self.last_ok > self.lease

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.beat()  # (a store may retry inside: the server away, then back)
            except Exception as exc:  # the database is away: keep trying, `lapsed` tells
                if self._stop.is_set() or self.gone():  # stopped, or its store closed: no news
                    return
                self.last_error = " ".join(str(exc).split()) or type(exc).__name__
                log.warning("lease renewal failed: %s", self.last_error)
                continue
            done = time.monotonic()
            if done - self.last_ok > self.lease:  # the renewal came too late
                self._lapsed = True
                self.last_error = self.last_error or f"a renewal took {done - self.last_ok:.1f} s"
            self.last_ok = done


class LeaseStore(SqliteBase):
    """Named leases: one holder at a time, taken over when not renewed in time."""

    def acquire_lease(
        self,
        name: str,
        holder: str,
        lease: timedelta,
        now: datetime,
        *,
        take_from: str | None = None,
    ) -> bool:
        """Take `name` for `holder` (or renew it, if `holder` has it) unless another holder's
        lease is still running — or that holder is `take_from` (known dead: a process of this
        machine that is gone); True when `holder` holds it now, for `lease` more."""
        with self._claiming() as conn:
            row = conn.execute(
                "INSERT INTO leases (name, holder, until, since) VALUES (?, ?, epoch_now() + ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
                " until = excluded.until,"
                " since = CASE WHEN leases.holder = excluded.holder THEN leases.since"
                " ELSE excluded.since END"
                " WHERE leases.holder = excluded.holder OR leases.until < epoch_now()"
                " OR leases.holder = ? RETURNING holder",
                (name, holder, lease.total_seconds(), _iso(now), take_from or ""),
            ).fetchone()
        return row is not None and row[0] == holder

    def release_lease(self, name: str, holder: str) -> bool:
        """Give `name` up at once (a clean stop), if `holder` has it."""
        with self._claiming() as conn:
            return (
                conn.execute(
                    "DELETE FROM leases WHERE name = ? AND holder = ?", (name, holder)
                ).rowcount
                > 0
            )

    def lease_holder(self, name: str) -> tuple[str, float] | None:
        """(holder, seconds left) of a running lease, else None."""
        row = self.db.execute(
            "SELECT holder, until - epoch_now() FROM leases"
            " WHERE name = ? AND until >= epoch_now()",
            (name,),
        ).fetchone()
        return (row[0], float(row[1])) if row else None
