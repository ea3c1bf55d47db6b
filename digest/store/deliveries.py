"""Deliveries: a row per (issue, address), claimed atomically, finished as they happen.

Table `deliveries`.
"""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterable
from datetime import datetime, timedelta

from digest.model.records import Claim, DeliveryFinish
from digest.model.types import (
    Delivery,
    DeliveryStatus,
)
from digest.store.base import SqliteBase, _dt, _iso
from digest.store.owners import LIVE_RUNS, _owner_alive, worker_id
from digest.store.subscribers import subscriber_from_row


class DeliveryStore(SqliteBase):
    """Delivery rows."""

    def start_run(self) -> str:
        """A new owner id for one send run (`host:pid:start:run`), known alive until `end_run`."""
        owner = f"{worker_id()}:{secrets.token_hex(4)}"
        LIVE_RUNS.add(owner)
        return owner

    def end_run(self, owner: str) -> None:
        """The run is over: rows it still holds may be taken over at once."""
        LIVE_RUNS.discard(owner)

    def queue_deliveries(self, issue_id: str, emails: Iterable[str], now: datetime) -> int:
        """One `queued` row per recipient; existing rows (any status) are left alone."""
        queued = 0
        with self._writing() as conn:
            for email in emails:
                cursor = conn.execute(
                    "INSERT INTO deliveries (issue_id, email, status, updated_at)"
                    " VALUES (?, ?, 'queued', ?) ON CONFLICT (issue_id, email) DO NOTHING",
                    (issue_id, email, _iso(now)),
                )
                queued += cursor.rowcount
        return queued

    def claim_deliveries(
        self,
        issue_id: str,
        now: datetime,
        *,
        limit: int = 1,
        owner: str | None = None,
        stale_after: timedelta = timedelta(hours=1),
    ) -> list[Claim]:
        """Atomically move up to `limit` due deliveries to `sending` for `owner`.

        Due, in this order: `sending` rows left by a worker that is gone (its message may have
        gone out; it is sent again with the same Message-ID, so at most one repeat per
        connection that was open when it died); `queued` rows; `deferred` rows whose retry time
        has come. One IMMEDIATE transaction, so two senders never claim the same row. Another
        machine's claim is trusted until it is `stale_after` old.
        """
        me = owner or worker_id()
        chosen: list[str] = []
        with self._writing() as conn:
            alive: dict[str, bool] = {}
            stale = _iso(now - stale_after)
            for row in conn.execute(
                "SELECT email, claimed_by, updated_at FROM deliveries"
                " WHERE issue_id = ? AND status = 'sending' ORDER BY email",
                (issue_id,),
            ).fetchall():
                holder = row["claimed_by"] or ""
                if holder == me or len(chosen) >= limit:
                    continue
                if holder not in alive:
                    alive[holder] = _owner_alive(holder)
                foreign = holder.split(":")[0] != socket.gethostname()
                if alive[holder] and not (foreign and row["updated_at"] < stale):
                    continue
                chosen.append(row["email"])
            if len(chosen) < limit:
                chosen += [
                    row[0]
                    for row in conn.execute(
                        "SELECT email FROM deliveries WHERE issue_id = ? AND status = 'queued'"
                        " ORDER BY email LIMIT ?",
                        (issue_id, limit - len(chosen)),
                    )
                ]
            if len(chosen) < limit:
                chosen += [
                    row[0]
                    for row in conn.execute(
                        "SELECT email FROM deliveries WHERE issue_id = ? AND status = 'deferred'"
                        " AND (next_try IS NULL OR next_try <= ?) ORDER BY next_try LIMIT ?",
                        (issue_id, _iso(now), limit - len(chosen)),
                    )
                ]
            if not chosen:
                return []
            conn.executemany(
                "UPDATE deliveries SET status = 'sending', claimed_by = ?, attempts = attempts + 1,"
                " first_attempt = COALESCE(first_attempt, ?), updated_at = ?"
                " WHERE issue_id = ? AND email = ?",
                [(me, _iso(now), _iso(now), issue_id, email) for email in chosen],
            )
            marks = ", ".join("?" * len(chosen))
            rows = conn.execute(
                "SELECT d.email AS d_email, d.message_id AS d_message_id, d.attempts AS d_attempts,"
                " d.first_attempt AS d_first_attempt, sup.reason AS sup_reason, s.*"
                " FROM deliveries d LEFT JOIN subscribers s ON s.email = d.email"
                " LEFT JOIN suppressions sup ON sup.email = lower(d.email)"
                f" WHERE d.issue_id = ? AND d.email IN ({marks})",
                (issue_id, *chosen),
            ).fetchall()
        by_email = {row["d_email"]: row for row in rows}
        return [
            Claim(
                delivery=Delivery(
                    issue_id=issue_id,
                    email=email,
                    status=DeliveryStatus.SENDING,
                    message_id=by_email[email]["d_message_id"],
                    attempts=by_email[email]["d_attempts"],
                ),
                subscriber=subscriber_from_row(by_email[email]) if by_email[email]["key"] else None,
                suppressed=by_email[email]["sup_reason"],
                first_attempt=_dt(by_email[email]["d_first_attempt"]) or now,
            )
            for email in chosen
        ]

    def release_deliveries(
        self, issue_id: str, emails: Iterable[str], now: datetime, *, owner: str | None = None
    ) -> int:
        """Give back claimed rows that were never attempted (a stop between messages)."""
        me = owner or worker_id()
        with self._writing() as conn:
            return sum(
                conn.execute(
                    "UPDATE deliveries SET status = 'queued', claimed_by = NULL,"
                    " attempts = MAX(attempts - 1, 0), updated_at = ?"
                    " WHERE issue_id = ? AND email = ? AND status = 'sending' AND claimed_by = ?",
                    (_iso(now), issue_id, email, me),
                ).rowcount
                for email in emails
            )

    def finish_deliveries(self, issue_id: str, finishes: Iterable[DeliveryFinish]) -> list[bool]:
        """Record how claimed deliveries ended, in one transaction: parallel workers share a commit
        (each commit rewrites the same few index pages, so one for several rows is cheaper)."""
        base = (
            "UPDATE deliveries SET status = ?, message_id = COALESCE(NULLIF(?, ''),"
            " message_id), last_error = ?, next_try = ?, claimed_by = NULL, updated_at = ?"
            " WHERE issue_id = ? AND email = ?"
        )
        owned = base + " AND claimed_by = ?"
        with self._writing() as conn:
            done = []
            for f in finishes:
                params: tuple[object, ...] = (
                    DeliveryStatus(f.status).value,
                    f.message_id,
                    f.error,
                    _iso(f.next_try),
                    _iso(f.now),
                    issue_id,
                    f.email,
                )
                if f.owner is None:
                    done.append(conn.execute(base, params).rowcount > 0)
                else:
                    done.append(conn.execute(owned, (*params, f.owner)).rowcount > 0)
            return done

    def record_bounce(
        self,
        issue_id: str,
        email: str,
        now: datetime,
        *,
        error: str,
        message_id: str = "",
        owner: str | None = None,
    ) -> None:
        """A bad mailbox (5.1.x), in one transaction: the delivery failed, the subscriber is
        `bounced`, and the address goes on the suppression list."""
        with self._writing() as conn:
            conn.execute(
                "UPDATE deliveries SET status = 'failed', message_id = COALESCE(NULLIF(?, ''),"
                " message_id), last_error = ?, next_try = NULL, claimed_by = NULL, updated_at = ?"
                " WHERE issue_id = ? AND email = ?"
                + (" AND claimed_by = ?" if owner is not None else ""),
                (message_id, f"bounced: {error}", _iso(now), issue_id, email)
                + ((owner,) if owner is not None else ()),
            )
            conn.execute(
                "UPDATE subscribers SET status = 'bounced', updated_at = ? WHERE email = ?",
                (_iso(now), email),
            )
            conn.execute(
                "INSERT INTO suppressions (email, reason, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT (email) DO NOTHING",
                (email.casefold(), f"bounced: {error}", _iso(now)),
            )

    def next_retry(self, issue_id: str) -> datetime | None:
        """When the earliest deferred delivery of an issue is due again."""
        row = self.db.execute(
            "SELECT MIN(next_try) FROM deliveries WHERE issue_id = ? AND status = 'deferred'",
            (issue_id,),
        ).fetchone()
        return _dt(row[0]) if row else None

    def delivery(self, issue_id: str, email: str) -> Delivery | None:
        row = self.db.execute(
            "SELECT * FROM deliveries WHERE issue_id = ? AND email = ?", (issue_id, email)
        ).fetchone()
        if row is None:
            return None
        return Delivery(
            issue_id=row["issue_id"],
            email=row["email"],
            status=DeliveryStatus(row["status"]),
            message_id=row["message_id"],
            attempts=row["attempts"],
            error=row["last_error"],
        )

    def delivery_counts(self, issue_id: str) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT status, COUNT(*) FROM deliveries WHERE issue_id = ? GROUP BY status",
            (issue_id,),
        )
        return {row[0]: row[1] for row in rows}

    def deliveries_due(self, issue_id: str, now: datetime) -> bool:
        """Is anything of this issue waiting to be sent: queued, in flight, or a retry now due?"""
        row = self.db.execute(
            "SELECT 1 FROM deliveries WHERE issue_id = ? AND (status IN ('queued', 'sending')"
            " OR (status = 'deferred' AND (next_try IS NULL OR next_try <= ?))) LIMIT 1",
            (issue_id, _iso(now)),
        ).fetchone()
        return row is not None
