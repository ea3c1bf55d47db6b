"""Claiming deliveries: which sender sends which row, for how long, and who takes over.

The half of `deliveries` (store/deliveries.py) that many senders on many machines share:

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
  and never wait for each other. The common claim (queued rows only) is one statement, one round
  trip; rows to take over are looked for on a run's first claim and then once a second, and
  whenever the queue runs short.
"""

from __future__ import annotations

import secrets
import socket
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from digest.model.records import Claim
from digest.model.types import Delivery, DeliveryStatus
from digest.store.base import DbConnection, SqliteBase, _dt, _iso, retry_lost
from digest.store.leases import Heartbeat
from digest.store.owners import LIVE_RUNS, _owner_alive, is_local, local_host, worker_id
from digest.store.subscribers import subscriber_from_row

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


class DeliveryClaims(SqliteBase):
    """Send runs, their heartbeat, and claims."""

    # -- runs and their heartbeat -----------------------------------------------------------

    def start_run(self) -> str:
        """A new owner id for one send run (`host/machine:pid:start:run`), known alive until
        `end_run`; its claims are renewed by a heartbeat until then."""
        owner = f"{worker_id()}:{secrets.token_hex(4)}"
        LIVE_RUNS.add(owner)
        self.keep_renewing(owner, lambda: self.renew_claims(owner), name=f"lease {owner}")
        return owner

    def keep_renewing(self, key: str, beat: Callable[[], object], *, name: str) -> Heartbeat:
        """A started heartbeat calling `beat` every quarter lease, which this store stops when it
        closes (a schedule leader's renewals as well as a send run's)."""
        heartbeat = Heartbeat(beat, self.lease, name=name, gone=lambda: self.pool_closed)
        self._heartbeats()[key] = heartbeat
        heartbeat.start()
        return heartbeat

    def end_run(self, owner: str) -> None:
        """The run is over: rows it still holds may be taken over at once."""
        LIVE_RUNS.discard(owner)
        beat = self._heartbeats().pop(owner, None)
        if beat is not None:
            beat.stop()

    def close(self) -> None:
        """A closed store renews nothing: its runs' heartbeats stop first (else each would go on
        beating against a closed pool, a warning every quarter lease, for the process's life)."""
        for beat in list(self._heartbeats().values()):
            beat.stop()
        super().close()

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
        rows: list[Any] = []
        if self._pg is not None and not self._probe_due():
            rows = self._claim_queued_pg(issue_id, now, limit, me)
        chosen = sorted(row["d_email"] for row in rows)
        if len(chosen) < limit:
            with self._claiming() as conn:
                more = self._takeovers(conn, issue_id, now, limit - len(chosen), me, stale_after)
                lock = " FOR UPDATE SKIP LOCKED" if self._pg is not None else ""
                more += self._pick(conn, issue_id, now, limit - len(chosen) - len(more), lock)
                if more:
                    rows += self._mark_claimed(conn, issue_id, more, now, me)
                    chosen = more + chosen
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

    def _probe_due(self) -> bool:
        """Look for rows to take over (a dead sender's) on the first claim and then at most once
        a second: a claim that only takes queued rows is then one statement, one round trip."""
        at = time.monotonic()
        if at < self.__dict__.get("_next_takeover_probe", 0.0):
            return False
        self.__dict__["_next_takeover_probe"] = at + 1.0
        return True

    def _claim_queued_pg(self, issue_id: str, now: datetime, limit: int, me: str) -> list[Any]:
        """The common claim on PostgreSQL — the next queued rows, locked, skipped if another
        sender holds them, marked and read back with their subscribers — as one statement."""
        return self.db.execute(
            "WITH picked AS (SELECT email FROM deliveries WHERE issue_id = ?"
            " AND status = 'queued' ORDER BY email LIMIT ? FOR UPDATE SKIP LOCKED),"
            " d AS (UPDATE deliveries SET " + _CLAIM_SET + " FROM picked"
            " WHERE deliveries.issue_id = ? AND deliveries.email = picked.email"
            " RETURNING deliveries.*) " + _CLAIMED_ROWS.format(source="d"),
            (issue_id, limit, me, _iso(now), _iso(now), self.lease.total_seconds(), issue_id),
        ).fetchall()

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
            " OR claimed_by LIKE ? OR claimed_by LIKE ?)",  # no ORDER BY: the in-flight index
            (stale, issue_id, me, here, legacy_here),
        ).fetchall()
        rows.sort(key=lambda row: row["email"])
        alive: dict[str, bool] = {}
        chosen: list[tuple[str, str, bool]] = []  # (email, holder seen, holder known dead)
        # On PostgreSQL other senders may be taking over the same rows right now: look at more
        # than `limit`, so that those they lock first are skipped, not the whole claim.
        wanted = limit if self._pg is None else limit * 8
        for row in rows:
            holder = row["claimed_by"] or ""
            if len(chosen) >= wanted:
                break
            if row["expired"] or (row["stale"] and not is_local(holder)):
                chosen.append((row["email"], holder, False))
                continue
            if holder not in alive:
                alive[holder] = _owner_alive(holder)
            if not alive[holder]:
                chosen.append((row["email"], holder, True))
        if chosen and self._pg is not None:
            chosen = self._lock_takeovers(conn, issue_id, chosen, limit)
        return [email for email, _, _ in chosen]

    @staticmethod
    def _lock_takeovers(
        conn: DbConnection, issue_id: str, chosen: list[tuple[str, str, bool]], limit: int
    ) -> list[tuple[str, str, bool]]:
        """Lock the rows to take over, keeping only those still held by the holder we saw, and
        whose lease has really run out (unless that holder is known dead). The rows were read
        without a lock: meanwhile another sender may have taken them over (they are then its
        rows, lease and all) or a slow holder renewed them. PostgreSQL re-checks these
        conditions on the newest row version once the lock is got, so two senders can never
        both take the same row (a repeat for every row they shared). At most `limit`, the
        first in `chosen`'s order that nobody else has locked."""
        emails, holders, dead = (list(column) for column in zip(*chosen, strict=True))
        locked = {
            row[0]
            for row in conn.execute(
                "SELECT d.email FROM deliveries d"
                " JOIN unnest(?::text[], ?::text[], ?::boolean[]) AS v (email, holder, dead)"
                " ON d.email = v.email"
                " WHERE d.issue_id = ? AND d.status = 'sending' AND d.claimed_by = v.holder"
                " AND (v.dead OR d.lease_until < epoch_now() OR d.lease_until IS NULL)"
                " ORDER BY d.email LIMIT ? FOR UPDATE OF d SKIP LOCKED",
                (emails, holders, dead, issue_id, limit),
            )
        }
        return [entry for entry in chosen if entry[0] in locked]

    @staticmethod
    def _pick(conn: DbConnection, issue_id: str, now: datetime, limit: int, lock: str) -> list[str]:
        """Queued, then due deferred rows. `lock` is PostgreSQL's ` FOR UPDATE SKIP LOCKED`
        (each row locked, skipped if another claim holds it); SQLite's IMMEDIATE transaction
        keeps other writers out already ("")."""
        chosen: list[str] = []
        if limit > 0:
            chosen += [
                row[0]
                for row in conn.execute(
                    "SELECT email FROM deliveries WHERE issue_id = ? AND status = 'queued'"
                    " ORDER BY email LIMIT ?" + lock,
                    (issue_id, limit),
                )
            ]
        if len(chosen) < limit:
            chosen += [
                row[0]
                for row in conn.execute(
                    "SELECT email FROM deliveries WHERE issue_id = ? AND status = 'deferred'"
                    " AND (next_try IS NULL OR next_try <= ?) ORDER BY next_try LIMIT ?" + lock,
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
