"""Who holds work right now, as the store records it (for `digest status`, issue 16).

Every process that holds shared work leaves its id and a lease in the store: a runner leading a
schedule (`leases`, `leader:<schedule>`), a sender's claimed deliveries (`deliveries.claimed_by`
and `lease_until`, status `sending`), a runner fetching feeds (`feeds.claimed_by`,
`claim_until`). Reading those is the only view that covers every machine sharing a PostgreSQL
store (a lock file or a pid says something only on its own machine); on SQLite the same columns
are kept, so the same report works there. Seconds left are by the database's clock
(`epoch_now()`, as the leases themselves), negative once a lease ran out. Cheap on a big issue:
the sending rows are read through the partial index of in-flight deliveries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from digest.store.base import SqliteBase, _dt

LEADER_PREFIX = "leader:"


@dataclass(frozen=True)
class HeldWork:
    """One holder's share of one kind of work."""

    kind: str  # leader | lease | sending | fetching
    holder: str  # the owner id: host/machine:pid:start[:run]
    what: str  # the schedule (leader), lease name, issue id (sending); "" for fetching
    count: int  # deliveries or feeds held; 1 for a lease
    seconds_left: float | None  # until the earliest of its leases runs out (< 0: ran out)
    since: datetime | None = None  # when a leader took the lease


class HolderStore(SqliteBase):
    """What every process sharing this store holds, and for how long."""

    def held_work(self) -> list[HeldWork]:
        """Leaders (every lease row, also run out), senders' claimed deliveries (also those
        whose lease ran out: they wait to be taken over), and feeds being fetched (live claims
        only: a finished fetch clears its claim, a dead fetcher's is simply taken again)."""
        held: list[HeldWork] = []
        for name, holder, left, since in self.db.execute(
            "SELECT name, holder, until - epoch_now(), since FROM leases ORDER BY name"
        ):
            kind, what = (
                ("leader", name[len(LEADER_PREFIX) :])
                if name.startswith(LEADER_PREFIX)
                else ("lease", name)
            )
            held.append(HeldWork(kind, holder, what, 1, float(left), _dt(since)))
        for issue_id, holder, count, left in self.db.execute(
            "SELECT issue_id, claimed_by, COUNT(*), MIN(lease_until) - epoch_now()"
            " FROM deliveries WHERE status = 'sending'"
            " GROUP BY issue_id, claimed_by ORDER BY issue_id, claimed_by"
        ):
            seconds = float(left) if left is not None else None
            held.append(HeldWork("sending", holder or "", issue_id, int(count), seconds))
        for holder, count, left in self.db.execute(
            "SELECT claimed_by, COUNT(*), MIN(claim_until) - epoch_now() FROM feeds"
            " WHERE claimed_by IS NOT NULL AND claim_until >= epoch_now()"
            " GROUP BY claimed_by ORDER BY claimed_by"
        ):
            held.append(HeldWork("fetching", holder, "", int(count), float(left)))
        return held
