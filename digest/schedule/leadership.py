"""Which `digest run` leads a schedule, when several share one store (issue 16).

On one machine a runner holds the store's flock (store/lock.py) and is alone. On PostgreSQL any
number of runners on any number of machines may share the store: each schedule has one leader,
the holder of the named lease `leader:<schedule>` (store/leases.py). Only the leader decides the
schedule's fires (builds its issue, marks what ran); every runner helps send (claims are shared)
and fetches its share of the feeds. The leader renews its leases from a heartbeat thread, a
quarter lease apart, so a long send never lets them lapse; when it dies, another runner takes the
schedule at its next sweep after the lease runs out (within `delivery.lease` + a minute), and
carries on from the marks in the store: a fire the dead leader began is finished (its issue is
reused, its deliveries resumed), never fired a second time.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable
from datetime import datetime

from digest.store import Store
from digest.store.base import POSTGRESQL
from digest.store.leases import Heartbeat
from digest.store.owners import LIVE_RUNS, _owner_alive, worker_id

log = logging.getLogger("digest.schedule.leadership")


class Leadership:
    """This runner's leases on the schedules it leads."""

    def __init__(self, store: Store, clock: Callable[[], datetime]):
        self.store = store
        self.clock = clock
        self.holder = f"{worker_id()}:{secrets.token_hex(4)}"
        LIVE_RUNS.add(self.holder)  # alive while this object leads (owners._owner_alive)
        self._held: set[str] = set()
        self._lock = threading.Lock()
        self._heartbeat: Heartbeat | None = None

    def leads(self, schedule: str) -> bool:
        """Take or keep the lead of `schedule`; False while another runner holds it. On SQLite
        always True: the store's flock already makes this runner the only one."""
        if self.store.dialect != POSTGRESQL:
            return True
        name = f"leader:{schedule}"
        if not self._acquire(name):
            with self._lock:
                if name in self._held:
                    log.warning("lost the lead of schedule %s to another runner", schedule)
                self._held.discard(name)
            return False
        with self._lock:
            if name not in self._held:
                log.info("leading schedule %s (%s)", schedule, self.holder)
            self._held.add(name)
            if self._heartbeat is None:
                self._heartbeat = self.store.keep_renewing(
                    self.holder, self._renew, name="leadership"
                )
        return True

    def _acquire(self, name: str) -> bool:
        lease, now = self.store.lease, self.clock()
        if self.store.acquire_lease(name, self.holder, lease, now):
            return True
        current = self.store.lease_holder(name)  # a runner of this machine that died (or was
        if current is None or _owner_alive(current[0]):  # restarted): no need to wait it out
            return False
        return self.store.acquire_lease(name, self.holder, lease, now, take_from=current[0])

    def _renew(self) -> None:
        with self._lock:
            held = sorted(self._held)
        for name in held:
            if not self.store.acquire_lease(name, self.holder, self.store.lease, self.clock()):
                with self._lock:
                    self._held.discard(name)

    def close(self) -> None:
        """Stop renewing and hand every schedule over at once (a clean stop)."""
        if self._heartbeat is not None:
            self._heartbeat.stop()
        LIVE_RUNS.discard(self.holder)
        with self._lock:
            held, self._held = sorted(self._held), set()
        for name in held:
            self.store.release_lease(name, self.holder)
