"""Feeds: validators, failures and backoff, enable/disable, and who is fetching one now
(`claim_feeds`: runners sharing a store split the feeds) — table `feeds`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime, timedelta

from digest.model.records import FeedState, FeedUpdate
from digest.store.base import SqliteBase, _dt, _iso
from digest.store.owners import worker_id

_FEED_UPDATE_OK = (
    "UPDATE feeds SET name = ?, etag = ?, last_modified = ?, body_hash = ?, last_attempt = ?,"
    " last_success = ?, failures = 0, failing_since = NULL, last_error = NULL, next_try = ?,"
    " wait_reason = ?, ttl = COALESCE(?, ttl), fetch_url = COALESCE(?, fetch_url),"
    " moved_at = COALESCE(?, moved_at), claimed_by = NULL, claim_until = NULL WHERE url = ?"
)
_FEED_UPDATE_FAILED = (
    "UPDATE feeds SET name = ?, last_attempt = ?, failures = failures + 1,"
    " failing_since = COALESCE(failing_since, ?), last_error = ?, next_try = ?, wait_reason = ?,"
    " disabled = ?, disabled_reason = ?, claimed_by = NULL, claim_until = NULL WHERE url = ?"
)


class FeedStore(SqliteBase):
    """Feed rows."""

    def feed_state(self, url: str) -> FeedState:
        row = self.db.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        return FeedState(url=url) if row is None else self._feed_state(row)

    def feed_states(self) -> list[FeedState]:
        """Every feed the store has a row for, by URL (one query)."""
        return [
            self._feed_state(row) for row in self.db.execute("SELECT * FROM feeds ORDER BY url")
        ]

    def feed_states_for(self, urls: Iterable[str]) -> dict[str, FeedState]:
        """The state of each URL (a blank state for one never fetched), in one query."""
        wanted = list(dict.fromkeys(urls))
        known = {state.url: state for state in self.feed_states()} if wanted else {}
        return {url: known.get(url) or FeedState(url=url) for url in wanted}

    @staticmethod
    def _feed_state(row: sqlite3.Row) -> FeedState:
        return FeedState(
            url=row["url"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            body_hash=row["body_hash"],
            last_success=_dt(row["last_success"]),
            failures=row["failures"],
            failing_since=_dt(row["failing_since"]),
            last_error=row["last_error"],
            next_try=_dt(row["next_try"]),
            disabled=bool(row["disabled"]),
            last_attempt=_dt(row["last_attempt"]),
            fetch_url=row["fetch_url"],
            moved_at=_dt(row["moved_at"]),
            ttl=row["ttl"],
            wait_reason=row["wait_reason"],
            disabled_reason=row["disabled_reason"],
        )

    def claim_feeds(
        self,
        urls: Iterable[str],
        now: datetime,
        *,
        holder: str | None = None,
        fresh_within: timedelta | None = None,
    ) -> set[str]:
        """Of these feeds, the ones this fetch may fetch now: those no other process is
        fetching (a claim with a lease, cleared when the outcome is recorded) and, when
        `fresh_within` is given (the scheduler's interval), not fetched by anyone since
        `now - fresh_within`. So N runners on one store split the feeds, and each feed is
        fetched once per interval; a runner that dies mid-fetch frees its feeds within a lease."""
        wanted = sorted(set(urls))
        if not wanted:
            return set()
        me = holder or worker_id()
        fresh = _iso(now - fresh_within) if fresh_within else None
        claimed: set[str] = set()
        with self._claiming() as conn:
            conn.executemany(
                "INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING",
                [(url,) for url in wanted],
            )
            sql = (
                "UPDATE feeds SET claimed_by = ?, claim_until = epoch_now() + ?"
                " WHERE url = ? AND (claim_until IS NULL OR claim_until < epoch_now()"
                " OR claimed_by = ?)"
            )
            if fresh is not None:
                sql += " AND (last_attempt IS NULL OR last_attempt <= ?)"
            for url in wanted:
                params = (me, self.lease.total_seconds(), url, me)
                row = conn.execute(
                    sql + " RETURNING url", params + ((fresh,) if fresh is not None else ())
                ).fetchone()
                if row is not None:
                    claimed.add(url)
        return claimed

    def record_feed_updates(self, updates: Iterable[FeedUpdate]) -> None:
        """Record many fetch outcomes in one transaction (a 64-feed run is one commit)."""
        with self.transaction() as conn:
            for u in updates:
                conn.execute(
                    "INSERT INTO feeds (url, name) VALUES (?, ?) ON CONFLICT (url) DO NOTHING",
                    (u.url, u.name),
                )
                if u.ok:
                    moved = _iso(u.at) if u.fetch_url else None
                    conn.execute(
                        _FEED_UPDATE_OK,
                        (
                            u.name,
                            u.etag,
                            u.last_modified,
                            u.body_hash,
                            _iso(u.at),
                            _iso(u.at),
                            _iso(u.next_try),
                            u.wait_reason,
                            u.ttl,
                            u.fetch_url,
                            moved,
                            u.url,
                        ),
                    )
                else:
                    conn.execute(
                        _FEED_UPDATE_FAILED,
                        (
                            u.name,
                            _iso(u.at),
                            _iso(u.at),
                            u.error,
                            _iso(u.next_try),
                            u.wait_reason,
                            int(u.disable),
                            u.disabled_reason,
                            u.url,
                        ),
                    )

    def record_feed_failure(
        self,
        url: str,
        name: str,
        now: datetime,
        error: str,
        *,
        next_try: datetime | None = None,
        disable: bool = False,
        wait_reason: str | None = None,
        disabled_reason: str | None = None,
    ) -> None:
        self.record_feed_updates(
            [
                FeedUpdate(
                    url,
                    name,
                    now,
                    ok=False,
                    error=error,
                    next_try=next_try,
                    wait_reason=wait_reason,
                    disable=disable,
                    disabled_reason=disabled_reason,
                )
            ]
        )

    def set_feed_enabled(self, url: str, enabled: bool, reason: str | None = None) -> bool:
        """Re-enable a disabled feed (clearing its backoff) or disable one by hand."""
        with self.transaction() as conn:
            if enabled:
                cursor = conn.execute(
                    "UPDATE feeds SET disabled = 0, disabled_reason = NULL, failures = 0,"
                    " failing_since = NULL, next_try = NULL, wait_reason = NULL WHERE url = ?",
                    (url,),
                )
            else:
                conn.execute(
                    "INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING", (url,)
                )
                cursor = conn.execute(
                    "UPDATE feeds SET disabled = 1, disabled_reason = ? WHERE url = ?",
                    (reason or "disabled by hand", url),
                )
            return cursor.rowcount > 0
