"""Deliveries: a row per (issue, address), queued, claimed, finished as they happen.

Table `deliveries`. Claims, leases and the heartbeat that renews them — how any number of
senders on any number of machines share an issue — are in store/claims.py. Here:

- queueing: one `queued` row per recipient (PostgreSQL: COPY, 50,000 a transaction);
- outcomes: a batch of outcomes in one transaction (SQLite) or one `UPDATE … FROM (VALUES …)`
  statement (PostgreSQL), each only if the row is still its sender's;
- a run whose heartbeat could not renew its leases for a whole lease (the database was away
  that long) may have lost rows to another sender: its next outcome raises `LeaseLost` instead
  of sending on (a bounded number of repeats, not a run that keeps mailing others' rows).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Protocol, cast

from digest.model.errors import DeliveryError
from digest.model.records import DeliveryFinish
from digest.model.types import Delivery, DeliveryStatus, Subscriber, SubscriberStatus
from digest.store.base import DbConnection, _dt, _iso, retry_lost
from digest.store.claims import DeliveryClaims
from digest.store.owners import worker_id


class SubscriberLister(Protocol):
    def iter_subscribers(self, status: SubscriberStatus | None = None) -> Iterator[Subscriber]: ...


if TYPE_CHECKING:
    from digest.store.postgres import PgConnection


_FINISH_SET = (
    "status = ?, message_id = COALESCE(NULLIF(?, ''), message_id), last_error = ?,"
    " next_try = ?, claimed_by = NULL, lease_until = NULL, updated_at = ?"
)


QUEUE_LOCK_CLASS = 0x64710  # advisory lock class: queueing one issue (key: hash of its id)


def _lock_queue(conn: DbConnection, issue_id: str) -> None:
    """PostgreSQL: queueing processes of one issue take turns until commit. The next one's
    statement starts after the lock, so its snapshot sees the rows the first one queued."""
    conn.execute("SELECT pg_advisory_xact_lock(?, hashtext(?))", (QUEUE_LOCK_CLASS, issue_id))


class LeaseLost(DeliveryError):
    """This run could not renew its claims for a whole lease: other senders may hold its rows."""


class ActiveAddresses:
    """Every active subscriber's address, as `queue_deliveries` input. Iterated, it streams them
    (SQLite, or any ledger); the PostgreSQL store instead queues them in one statement on the
    server, skipping those queued already — no million addresses through Python, and a second
    sender starting on the same issue costs one anti-join, not a million conflicts."""

    def __init__(self, store: SubscriberLister):
        self.store = store

    def __iter__(self) -> Iterator[str]:
        return (sub.email for sub in self.store.iter_subscribers(SubscriberStatus.ACTIVE))


class DeliveryStore(DeliveryClaims):
    """Delivery rows: queued, claimed (store/claims.py), finished."""

    # -- queue --------------------------------------------------------------------

    def queue_deliveries(self, issue_id: str, emails: Iterable[str], now: datetime) -> int:
        """One `queued` row per recipient; existing rows (any status) are left alone. (Not
        `retry_lost` as a whole: `emails` may be read once; on PostgreSQL each batch retries.)"""
        sql = (
            "INSERT INTO deliveries (issue_id, email, status, updated_at)"
            " VALUES (?, ?, 'queued', ?) ON CONFLICT (issue_id, email) DO NOTHING"
        )
        at = _iso(now)
        if self._pg is not None and isinstance(emails, ActiveAddresses):
            return self._pg.patiently(partial(self._queue_active_pg, issue_id, at))
        if self._pg is not None:
            return self._queue_pg(issue_id, emails, at)
        queued = 0
        with self._writing() as conn:
            for email in emails:
                queued += conn.execute(sql, (issue_id, email, at)).rowcount
        return queued

    def _queue_pg(self, issue_id: str, emails: Iterable[str], at: str | None) -> int:
        """COPY the addresses in, 50,000 a transaction (a million queue in seconds, not the
        minutes of a million INSERTs); the address list is read between transactions."""
        assert self._pg is not None
        queued = 0
        addresses = iter(emails)
        while batch := list(islice(addresses, 50_000)):
            queued += self._pg.patiently(partial(self._copy_queue, issue_id, batch, at))
        return queued

    def _queue_active_pg(self, issue_id: str, at: str | None) -> int:
        """Every active subscriber not queued yet, in one statement, in address order, without
        ON CONFLICT: queueing processes of one issue take turns (`_lock_queue`), so the
        anti-join alone keeps rows unique. Measured on 500,000 subscribers in random order:
        17.1 s as `ON CONFLICT DO NOTHING` in table order (a speculative insertion per row, two
        indexes filled at random places), 5.3 s like this (sorted in memory: `work_mem` for
        this transaction only); 6.6 → 4.3 s when the list was in address order already."""
        with self._claiming() as conn:
            _lock_queue(conn, issue_id)
            conn.execute("SET LOCAL work_mem = '256MB'")
            return conn.execute(
                "INSERT INTO deliveries (issue_id, email, status, updated_at)"
                " SELECT ?, s.email, 'queued', ? FROM subscribers s WHERE s.status = 'active'"
                " AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.issue_id = ?"
                " AND d.email = s.email) ORDER BY s.email",
                (issue_id, at, issue_id),
            ).rowcount

    def _copy_queue(self, issue_id: str, emails: list[str], at: str | None) -> int:
        assert self._pg is not None
        with self._claiming() as conn:
            _lock_queue(conn, issue_id)
            self._pg.copy_rows(
                cast("PgConnection", conn), "queue_in", ("email",), ((email,) for email in emails)
            )
            return conn.execute(
                "INSERT INTO deliveries (issue_id, email, status, updated_at)"
                " SELECT ?, email, 'queued', ? FROM queue_in ORDER BY email"
                " ON CONFLICT (issue_id, email) DO NOTHING",
                (issue_id, at),
            ).rowcount

    # -- outcomes ---------------------------------------------------------------------------

    @retry_lost
    def release_deliveries(
        self, issue_id: str, emails: Iterable[str], now: datetime, *, owner: str | None = None
    ) -> int:
        """Give back claimed rows that were never attempted (a stop between messages)."""
        me = owner or worker_id()
        with self._claiming() as conn:
            return sum(
                conn.execute(
                    "UPDATE deliveries SET status = 'queued', claimed_by = NULL,"
                    " lease_until = NULL, attempts = CASE WHEN attempts > 0 THEN attempts - 1"
                    " ELSE 0 END, updated_at = ?"
                    " WHERE issue_id = ? AND email = ? AND status = 'sending' AND claimed_by = ?",
                    (_iso(now), issue_id, email, me),
                ).rowcount
                for email in emails
            )

    @retry_lost
    def finish_deliveries(self, issue_id: str, finishes: Iterable[DeliveryFinish]) -> list[bool]:
        """Record how claimed deliveries ended, in one transaction: parallel workers share a commit
        (each commit rewrites the same few index pages, so one for several rows is cheaper)."""
        finishes = list(finishes)
        self._check_leases(finishes)
        rows = [
            (
                f.email,
                DeliveryStatus(f.status).value,
                f.message_id,
                f.error,
                _iso(f.next_try),
                _iso(f.now),
                f.owner,
            )
            for f in finishes
        ]
        if not rows:
            return []
        if self._pg is not None:
            return self._finish_pg(issue_id, rows)
        base = "UPDATE deliveries SET " + _FINISH_SET + " WHERE issue_id = ? AND email = ?"
        with self._writing() as conn:
            done = []
            for email, status, message_id, error, next_try, at, owner in rows:
                params = (status, message_id, error, next_try, at, issue_id, email)
                if owner is None:
                    done.append(conn.execute(base, params).rowcount > 0)
                else:
                    sql = base + " AND claimed_by = ?"
                    done.append(conn.execute(sql, (*params, owner)).rowcount > 0)
            return done

    def _finish_pg(self, issue_id: str, rows: Sequence[tuple[object, ...]]) -> list[bool]:
        """Every outcome of the batch in one statement: atomic without BEGIN/COMMIT, so one
        round trip on an autocommit connection; its text never changes with the batch size
        (arrays, not a VALUES list), so the server plans it once per connection."""
        columns = [list(column) for column in zip(*rows, strict=True)]
        updated = {
            row[0]
            for row in self.db.execute(
                "UPDATE deliveries SET status = v.status, message_id ="
                " COALESCE(NULLIF(v.message_id, ''), deliveries.message_id),"
                " last_error = v.error, next_try = v.next_try, claimed_by = NULL,"
                " lease_until = NULL, updated_at = v.at"
                " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                " ?::text[]) AS v (email, status, message_id, error, next_try, at, owner)"
                " WHERE deliveries.issue_id = ? AND deliveries.email = v.email"
                " AND (v.owner IS NULL OR deliveries.claimed_by = v.owner)"
                " RETURNING deliveries.email",
                (*columns, issue_id),
            )
        }
        return [row[0] in updated for row in rows]

    def _check_leases(self, finishes: list[DeliveryFinish]) -> None:
        beats = self._heartbeats()
        for owner in {f.owner for f in finishes if f.owner}:
            beat = beats.get(owner)
            if beat is not None and beat.lapsed():
                raise LeaseLost(
                    f"the store could not renew this sender's claims for {self.lease}"
                    f" ({beat.last_error}); other senders may have taken them over: stopping"
                )

    @retry_lost
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
        with self._claiming() as conn:
            conn.execute(
                "UPDATE deliveries SET status = 'failed', message_id = COALESCE(NULLIF(?, ''),"
                " message_id), last_error = ?, next_try = NULL, claimed_by = NULL,"
                " lease_until = NULL, updated_at = ? WHERE issue_id = ? AND email = ?"
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

    # -- reading ----------------------------------------------------------------------------

    @retry_lost
    def next_retry(self, issue_id: str) -> datetime | None:
        """When the earliest deferred delivery of an issue is due again."""
        row = self.db.execute(
            "SELECT MIN(next_try) FROM deliveries WHERE issue_id = ? AND status = 'deferred'",
            (issue_id,),
        ).fetchone()
        return _dt(row[0]) if row else None

    @retry_lost
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

    @retry_lost
    def delivery_counts(self, issue_id: str) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT status, COUNT(*) FROM deliveries WHERE issue_id = ? GROUP BY status",
            (issue_id,),
        )
        return {row[0]: int(row[1]) for row in rows}

    @retry_lost
    def in_flight(self, issue_id: str) -> tuple[int, float | None]:
        """Rows of an issue some sender holds now, and the seconds until the first of their
        leases runs out (None: no lease among them, claims from before leases)."""
        row = self.db.execute(
            "SELECT COUNT(*), MIN(lease_until) - epoch_now() FROM deliveries"
            " WHERE issue_id = ? AND status = 'sending'",
            (issue_id,),
        ).fetchone()
        return int(row[0]), (float(row[1]) if row[1] is not None else None)

    @retry_lost
    def deliveries_due(self, issue_id: str, now: datetime) -> bool:
        """Is anything of this issue waiting to be sent: queued, in flight, or a retry now due?"""
        row = self.db.execute(
            "SELECT 1 FROM deliveries WHERE issue_id = ? AND (status IN ('queued', 'sending')"
            " OR (status = 'deferred' AND (next_try IS NULL OR next_try <= ?))) LIMIT 1",
            (issue_id, _iso(now)),
        ).fetchone()
        return row is not None
