"""Late bounces and complaints: one row per processed report (table `bounce_events`).

The row's key is the report's identity (its Message-ID, else a hash of its bytes) with the
subscriber's: processing the same report twice finds the row and changes nothing. Soft bounces
are counted from these rows; `digest status` reads the per-issue counts for its rates.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from digest.store.base import SqliteBase, _iso
from digest.text.address import address_key

KINDS = ("hard", "soft", "complaint")


class BounceStore(SqliteBase):
    """Bounce and complaint events."""

    def record_bounce_event(
        self,
        report_key: str,
        email: str,
        issue_id: str | None,
        kind: str,
        detail: str,
        now: datetime,
    ) -> bool:
        """Keep one event; False when this report was processed before."""
        if kind not in KINDS:
            raise ValueError(f"bounce kind {kind!r} is not one of {', '.join(KINDS)}")
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO bounce_events (report_key, identity, issue_id, kind, detail,"
                " received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (report_key) DO NOTHING",
                (report_key, address_key(email), issue_id, kind, detail[:500], _iso(now)),
            )
            return cursor.rowcount > 0

    def count_bounce_events(self, email: str, kind: str, since: datetime) -> int:
        return self.db.execute(
            "SELECT COUNT(*) FROM bounce_events WHERE identity = ? AND kind = ?"
            " AND received_at >= ?",
            (address_key(email), kind, _iso(since)),
        ).fetchone()[0]

    def delivered_issue_ids(self, email: str) -> list[str]:
        """Issues a delivery row exists for, for this address (to resolve a bounce's issue)."""
        rows = self.db.execute(
            "SELECT issue_id FROM deliveries WHERE lower(email) = ? ORDER BY updated_at DESC",
            (email.casefold(),),
        ).fetchall()
        return [row[0] for row in rows]

    def bounce_counts(self, issue_ids: Iterable[str]) -> dict[str, dict[str, int]]:
        """issue id -> {kind: events}, for the given issues (kinds with no event left out)."""
        ids = list(issue_ids)
        counts: dict[str, dict[str, int]] = {i: {} for i in ids}
        if not ids:
            return counts
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            "SELECT issue_id, kind, COUNT(*) FROM bounce_events"
            f" WHERE issue_id IN ({marks}) GROUP BY issue_id, kind",
            ids,
        )
        for issue_id, kind, n in rows:
            counts[issue_id][kind] = n
        return counts
