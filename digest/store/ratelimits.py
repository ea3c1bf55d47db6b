"""Rate-limit counters in the store: fixed windows, shared by every web process.

Table `rate_limits`: one row per bucket (e.g. `login-account:<name>`, `signup-client:<hash>`),
its window's start and the hits counted in it. `take` counts a hit and answers whether it was
within the limit in one write transaction (BEGIN IMMEDIATE), so forty parallel login guesses
are forty increments in turn: the limit holds however the requests interleave, and across the
processes of a deployment that share the store. (An in-memory counter would hold per process
only; a delay per request, as before, holds for nobody: forty parallel guesses took 1.6 s.)
"""

from __future__ import annotations

from datetime import datetime, timedelta

from digest.store.base import SqliteBase, _iso


class RateLimitStore(SqliteBase):
    """Counters keyed by bucket name."""

    def take(self, bucket: str, limit: int, window: timedelta, now: datetime) -> bool:
        """Count one hit in `bucket`; False (and not counted) once `limit` hits are in the
        current window. A window starts at the first hit after the previous one ended."""
        with self._writing() as conn:
            row = conn.execute(
                "SELECT window_start, hits FROM rate_limits WHERE bucket = ?", (bucket,)
            ).fetchone()
            if row is None or datetime.fromisoformat(row[0]) + window <= now:
                conn.execute(
                    "INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, 1)"
                    " ON CONFLICT (bucket) DO UPDATE SET window_start = excluded.window_start,"
                    " hits = 1",
                    (bucket, _iso(now)),
                )
                return True
            if row[1] >= limit:
                return False
            conn.execute("UPDATE rate_limits SET hits = hits + 1 WHERE bucket = ?", (bucket,))
            return True

    def clear_rate(self, bucket: str) -> None:
        """Forget a bucket (an account's failures, once its owner logs in)."""
        with self._writing() as conn:
            conn.execute("DELETE FROM rate_limits WHERE bucket = ?", (bucket,))

    def purge_rates(self, older_than: datetime) -> int:
        """Drop buckets whose window started before `older_than` (they count nothing now)."""
        with self._writing() as conn:
            return conn.execute(
                "DELETE FROM rate_limits WHERE window_start < ?", (_iso(older_than),)
            ).rowcount
