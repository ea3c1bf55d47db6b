"""Deliveries: a row per (issue, address), claimed in batches, finished as they happen.

Table `deliveries`. Any number of senders on any number of machines share one issue:

- A claim moves up to `limit` due rows to `sending` for its owner, with a lease (`lease_until`,
  `delivery.lease` ahead, by the database's clock on PostgreSQL). While a run works, a heartbeat
  thread renews the leases of every row it holds (`start_run` .. `end_run`), every quarter lease.
- Due, in this order: `sending` rows whose holder is gone — a process on this machine that is dead
  (seen at once, by pid: `owners.py`), or any holder whose lease ran out (the only sign a holder on
  another machine gives) — then `queued` rows, then `deferred` rows whose retry time has come.
  A taken-over row goes out again with the same Message-ID, so at most one repeat per connection
  the dead sender had open.
- SQLite: one IMMEDIATE transaction per claim (one writer at a time; one machine).
  PostgreSQL: `SELECT … FOR UPDATE SKIP LOCKED` — senders claim different rows at the same time
  and never wait for each other — and the claimed rows' subscriber data in the same round trip;
  a batch of outcomes is one `UPDATE … FROM (VALUES …)`.
- A run whose heartbeat could not renew its leases for a whole lease (the database was away
  that long) may have lost rows to another sender: its next outcome raises `LeaseLost` instead
  of sending on (a bounded number of repeats, not a run that keeps mailing others' rows).
"""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, cast

from digest.model.errors import DeliveryError
from digest.model.records import Claim, DeliveryFinish
from digest.model.types import (
    Delivery,
    DeliveryStatus,
)
from digest.store.base import DbConnection, SqliteBase, _dt, _iso, retry_lost
from digest.store.leases import Heartbeat
from digest.store.owners import LIVE_RUNS, _owner_alive, is_local, local_host, worker_id
from digest.store.subscribers import subscriber_from_row

if TYPE_CHECKING:
    from digest.store.postgres import PgConnection

LEGACY_STALE = timedelta(hours=1)  # a claim made before leases existed (lease_until NULL)

_CLAIMED_ROWS = (
    "SELECT d.email AS d_email, d.message_id AS d_message_id, d.attempts AS d_attempts,"
    " d.first_attempt AS d_first_attempt, sup.reason AS sup_reason, s.*"
    " FROM {source} d LEFT JOIN subscribers s ON s.email = d.email"
    " LEFT JOIN suppressions sup ON sup.email = lower(d.email)"
)
_CLAIM_SET = (
    "status = 'sending', claimed_by = ?, attempts = attempts + 1,"
    " first_attempt = COALESCE(first_attempt, ?), updated_at = ?, lease_until = epoch_now() + ?"
)
_FINISH_SET = (
    "status = ?, message_id = COALESCE(NULLIF(?, ''), message_id), last_error = ?,"
    " next_try = ?, claimed_by = NULL, lease_until = NULL, updated_at = ?"
)


class LeaseLost(DeliveryError):
    """This run could not renew its claims for a whole lease: other senders may hold its rows."""


class DeliveryStore(SqliteBase):
    """Delivery rows."""

    # -- runs and their heartbeat -----------------------------------------------------------

    def start_run(self) -> str:
        """A new owner id for one send run (`host/machine:pid:start:run`), known alive until
        `end_run`; its claims are renewed by a heartbeat until then."""
        owner = f"{worker_id()}:{secrets.token_hex(4)}"
        LIVE_RUNS.add(owner)
        beat = Heartbeat(lambda: self.renew_claims(owner), self.lease, name=f"lease {owner}")
        self._heartbeats()[owner] = beat
        beat.start()
        return owner

    def end_run(self, owner: str) -> None:
        """The run is over: rows it still holds may be taken over at once."""
        LIVE_RUNS.discard(owner)
        beat = self._heartbeats().pop(owner, None)
        if beat is not None:
            beat.stop()

    def _heartbeats(self) -> dict[str, Heartbeat]:
        beats: dict[str, Heartbeat] | None = self.__dict__.get("_delivery_heartbeats")
        if beats is None:
            beats = self.__dict__.setdefault("_delivery_heartbeats", {})
        return beats

    def renew_claims(self, owner: str) -> int:
        """Push the lease of every row `owner` holds a lease further (the heartbeat's beat)."""
        with self._claiming() as conn:
            return conn.execute(
                "UPDATE deliveries SET lease_until = epoch_now() + ?"
                " WHERE status = 'sending' AND claimed_by = ?",
                (self.lease.total_seconds(), owner),
            ).rowcount

    # -- queue and claim --------------------------------------------------------------------

    def queue_deliveries(self, issue_id: str, emails: Iterable[str], now: datetime) -> int:
        """One `queued` row per recipient; existing rows (any status) are left alone."""
        sql = (
            "INSERT INTO deliveries (issue_id, email, status, updated_at)"
            " VALUES (?, ?, 'queued', ?) ON CONFLICT (issue_id, email) DO NOTHING"
        )
        at = _iso(now)
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

    def _copy_queue(self, issue_id: str, emails: list[str], at: str | None) -> int:
        assert self._pg is not None
        with self._claiming() as conn:
            self._pg.copy_rows(
                cast("PgConnection", conn), "queue_in", ("email",), ((email,) for email in emails)
            )
            return conn.execute(
                "INSERT INTO deliveries (issue_id, email, status, updated_at)"
                " SELECT ?, email, 'queued', ? FROM queue_in ORDER BY email"
                " ON CONFLICT (issue_id, email) DO NOTHING",
                (issue_id, at),
            ).rowcount

    @retry_lost
    def claim_deliveries(
        self,
        issue_id: str,
        now: datetime,
        *,
        limit: int = 1,
        owner: str | None = None,
        stale_after: timedelta = LEGACY_STALE,
    ) -> list[Claim]:
        """Atomically move up to `limit` due deliveries to `sending` for `owner` (see the
        module docstring for what is due). `stale_after` applies to claims made before leases
        (no `lease_until`): another machine's such claim is trusted until it is that old."""
        me = owner or worker_id()
        with self._claiming() as conn:
            chosen = self._takeovers(conn, issue_id, now, limit, me, stale_after)
            if self._pg is not None:
                chosen += self._pick_pg(conn, issue_id, now, limit - len(chosen))
            else:
                chosen += self._pick_sqlite(conn, issue_id, now, limit - len(chosen))
            if not chosen:
                return []
            rows = self._mark_claimed(conn, issue_id, chosen, now, me)
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

    def _takeovers(
        self,
        conn: DbConnection,
        issue_id: str,
        now: datetime,
        limit: int,
        me: str,
        stale_after: timedelta,
    ) -> list[str]:
        """`sending` rows whose holder is gone: a dead process here, a lease that ran out, a
        pre-lease claim gone stale. Only rows that may be taken are read (and, on PostgreSQL,
        locked): a live sender's rows in flight cost nothing here."""
        here, legacy_here = local_host() + ":%", socket.gethostname() + ":%"  # may match more
        stale = _iso(now - stale_after)
        rows = conn.execute(
            "SELECT email, claimed_by, lease_until < epoch_now() AS expired,"
            " (lease_until IS NULL AND updated_at < ?) AS stale FROM deliveries"
            " WHERE issue_id = ? AND status = 'sending' AND claimed_by <> ?"
            " AND (lease_until < epoch_now() OR lease_until IS NULL"
            " OR claimed_by LIKE ? OR claimed_by LIKE ?) ORDER BY email",
            (stale, issue_id, me, here, legacy_here),
        ).fetchall()
        alive: dict[str, bool] = {}
        chosen: list[str] = []
        for row in rows:
            holder = row["claimed_by"] or ""
            if len(chosen) >= limit:
                break
            if row["expired"] or (row["stale"] and not is_local(holder)):
                chosen.append(row["email"])
                continue
            if holder not in alive:
                alive[holder] = _owner_alive(holder)
            if not alive[holder]:
                chosen.append(row["email"])
        if chosen and self._pg is not None:  # lock them; a row a live holder renewed meanwhile
            locked = {  # is still expired only if its lease really ran out
                row[0]
                for row in conn.execute(
                    "SELECT email FROM deliveries WHERE issue_id = ? AND email = ANY(?)"
                    " AND status = 'sending' AND claimed_by <> ? FOR UPDATE SKIP LOCKED",
                    (issue_id, chosen, me),
                )
            }
            chosen = [email for email in chosen if email in locked]
        return chosen

    @staticmethod
    def _pick_sqlite(conn: DbConnection, issue_id: str, now: datetime, limit: int) -> list[str]:
        chosen: list[str] = []
        if limit > 0:
            chosen += [
                row[0]
                for row in conn.execute(
                    "SELECT email FROM deliveries WHERE issue_id = ? AND status = 'queued'"
                    " ORDER BY email LIMIT ?",
                    (issue_id, limit),
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
        return chosen

    @staticmethod
    def _pick_pg(conn: DbConnection, issue_id: str, now: datetime, limit: int) -> list[str]:
        """Queued, then due deferred rows, each locked and skipped if another claim holds it."""
        chosen: list[str] = []
        if limit > 0:
            chosen += [
                row[0]
                for row in conn.execute(
                    "SELECT email FROM deliveries WHERE issue_id = ? AND status = 'queued'"
                    " ORDER BY email LIMIT ? FOR UPDATE SKIP LOCKED",
                    (issue_id, limit),
                )
            ]
        if len(chosen) < limit:
            chosen += [
                row[0]
                for row in conn.execute(
                    "SELECT email FROM deliveries WHERE issue_id = ? AND status = 'deferred'"
                    " AND (next_try IS NULL OR next_try <= ?) ORDER BY next_try"
                    " LIMIT ? FOR UPDATE SKIP LOCKED",
                    (issue_id, _iso(now), limit - len(chosen)),
                )
            ]
        return chosen

    def _mark_claimed(
        self, conn: DbConnection, issue_id: str, chosen: list[str], now: datetime, me: str
    ) -> list[Any]:
        claim = (me, _iso(now), _iso(now), self.lease.total_seconds())
        if self._pg is not None:  # update and read back in one round trip
            return conn.execute(
                "WITH d AS (UPDATE deliveries SET "
                + _CLAIM_SET
                + " WHERE issue_id = ? AND email = ANY(?) RETURNING *) "
                + _CLAIMED_ROWS.format(source="d"),
                (*claim, issue_id, chosen),
            ).fetchall()
        conn.executemany(
            "UPDATE deliveries SET " + _CLAIM_SET + " WHERE issue_id = ? AND email = ?",
            [(*claim, issue_id, email) for email in chosen],
        )
        marks = ", ".join("?" * len(chosen))
        return conn.execute(
            _CLAIMED_ROWS.format(source="deliveries")
            + f" WHERE d.issue_id = ? AND d.email IN ({marks})",
            (issue_id, *chosen),
        ).fetchall()

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
        """Every outcome of the batch in one statement (one round trip, one commit)."""
        values = ", ".join(["(?, ?, ?, ?, ?, ?, ?)"] * len(rows))
        with self._claiming() as conn:
            updated = {
                row[0]
                for row in conn.execute(
                    "UPDATE deliveries SET status = v.status, message_id ="
                    " COALESCE(NULLIF(v.message_id, ''), deliveries.message_id),"
                    " last_error = v.error, next_try = v.next_try, claimed_by = NULL,"
                    " lease_until = NULL, updated_at = v.at"
                    f" FROM (VALUES {values}) AS v (email, status, message_id, error, next_try,"
                    " at, owner) WHERE deliveries.issue_id = ? AND deliveries.email = v.email"
                    " AND (v.owner IS NULL OR deliveries.claimed_by = v.owner)"
                    " RETURNING deliveries.email",
                    (*(value for row in rows for value in row), issue_id),
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
        return {row[0]: int(row[1]) for row in rows}

    def in_flight(self, issue_id: str) -> tuple[int, float | None]:
        """Rows of an issue some sender holds now, and the seconds until the first of their
        leases runs out (None: no lease among them, claims from before leases)."""
        row = self.db.execute(
            "SELECT COUNT(*), MIN(lease_until) - epoch_now() FROM deliveries"
            " WHERE issue_id = ? AND status = 'sending'",
            (issue_id,),
        ).fetchone()
        return int(row[0]), (float(row[1]) if row[1] is not None else None)

    def deliveries_due(self, issue_id: str, now: datetime) -> bool:
        """Is anything of this issue waiting to be sent: queued, in flight, or a retry now due?"""
        row = self.db.execute(
            "SELECT 1 FROM deliveries WHERE issue_id = ? AND (status IN ('queued', 'sending')"
            " OR (status = 'deferred' AND (next_try IS NULL OR next_try <= ?))) LIMIT 1",
            (issue_id, _iso(now)),
        ).fetchone()
        return row is not None
