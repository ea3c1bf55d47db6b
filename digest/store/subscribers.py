"""Subscribers, their preferences and the suppression list.

Tables `subscribers`, `subscriber_aliases`, `suppressions`. One address is one subscriber:
`email` is the spelling mail goes to, `identity` (UNIQUE) the address case-folded
(`address_key`, digest/text/address.py), and every method that takes an address looks it up by
identity — no caller can create a case twin or miss the subscriber it meant.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime

from digest.model.types import (
    Subscriber,
    SubscriberStatus,
)
from digest.store.base import SqliteBase, _iso
from digest.text.address import address_key


def subscriber_from_row(row: sqlite3.Row) -> Subscriber:
    """A `subscribers` row (or a join that carries its columns) → Subscriber."""
    return Subscriber(
        email=row["email"],
        name=row["name"],
        sections=tuple(json.loads(row["sections"])) if row["sections"] else None,
        format=row["format"],
        timezone=row["timezone"],
        status=SubscriberStatus(row["status"]),
        key=row["key"],
    )


class SubscriberStore(SqliteBase):
    """Subscriber and suppression rows."""

    def sync_subscribers(
        self, subscribers: Iterable[Subscriber], now: datetime, origin: str = "file"
    ) -> int:
        """Add or update subscribers from files; never re-subscribe anyone who left or bounced.

        The store is the truth for status: a file may take someone out (a row whose status is
        unsubscribed, bounced or complained, e.g. exported from another tool) but never bring
        anyone back. Returns how many new addresses were added.
        """
        added = 0
        with self._writing() as conn:
            for sub in subscribers:
                sections = json.dumps(list(sub.sections)) if sub.sections is not None else None
                status = SubscriberStatus(sub.status).value
                cursor = conn.execute(
                    "INSERT INTO subscribers (email, identity, name, sections, format, timezone,"
                    " status, key, origin, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (
                        sub.email,
                        address_key(sub.email),
                        sub.name,
                        sections,
                        sub.format,
                        sub.timezone,
                        status,
                        secrets.token_urlsafe(12),
                        origin,
                        _iso(now),
                        _iso(now),
                    ),
                )
                if cursor.rowcount:
                    added += 1
                    continue
                # A subscriber's own choices (preferences page, sign-up form) win over the
                # files; what they did on the form (confirming, leaving) too.
                conn.execute(
                    "UPDATE subscribers SET"
                    " name = CASE WHEN origin = 'signup' THEN name ELSE ? END,"
                    " sections = CASE WHEN origin IN ('preferences', 'signup') THEN sections"
                    " ELSE ? END,"
                    " format = CASE WHEN origin IN ('preferences', 'signup') THEN format"
                    " ELSE ? END,"
                    " timezone = CASE WHEN origin = 'signup' THEN timezone ELSE ? END,"
                    " status = CASE WHEN origin <> 'signup' AND ? <> 'active'"
                    " AND status = 'active' THEN ? ELSE status END,"
                    " updated_at = ? WHERE identity = ?",
                    (
                        sub.name,
                        sections,
                        sub.format,
                        sub.timezone,
                        status,
                        status,
                        _iso(now),
                        address_key(sub.email),
                    ),
                )
        return added

    def count_subscribers(self, status: SubscriberStatus | None = None) -> int:
        if status is None:
            return self.db.execute("SELECT COUNT(*) FROM subscribers").fetchone()[0]
        return self.db.execute(
            "SELECT COUNT(*) FROM subscribers WHERE status = ?", (SubscriberStatus(status).value,)
        ).fetchone()[0]

    def suppress(self, email: str, reason: str, now: datetime) -> bool:
        """Put an address on the suppression list; False when it was already there."""
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO suppressions (email, reason, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT (email) DO NOTHING",
                (email.casefold(), reason, _iso(now)),
            )
            return cursor.rowcount > 0

    def unsuppress(self, email: str, now: datetime) -> bool:
        """Take an address off the list; a subscriber who had bounced becomes active again
        (ops fixed the mailbox). Unsubscribed and complained stay: that was the person's word."""
        with self._writing() as conn:
            removed = conn.execute(
                "DELETE FROM suppressions WHERE email = ?", (email.casefold(),)
            ).rowcount
            conn.execute(
                "UPDATE subscribers SET status = 'active', updated_at = ?"
                " WHERE lower(email) = ? AND status = 'bounced'",
                (_iso(now), email.casefold()),
            )
            return removed > 0

    def suppression(self, email: str) -> str | None:
        row = self.db.execute(
            "SELECT reason FROM suppressions WHERE email = ?", (email.casefold(),)
        ).fetchone()
        return row[0] if row else None

    def iter_suppressions(self) -> Iterator[tuple[str, str, datetime]]:
        """(address, reason, since), in address order."""
        for row in self.db.execute("SELECT * FROM suppressions ORDER BY email"):
            yield row["email"], row["reason"], datetime.fromisoformat(row["created_at"])

    def set_subscriber_status(self, email: str, status: SubscriberStatus, now: datetime) -> bool:
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE subscribers SET status = ?, updated_at = ? WHERE identity = ?",
                (SubscriberStatus(status).value, _iso(now), address_key(email)),
            )
            return cursor.rowcount > 0

    def subscriber(self, email: str) -> Subscriber | None:
        row = self.db.execute(
            "SELECT * FROM subscribers WHERE identity = ?", (address_key(email),)
        ).fetchone()
        return subscriber_from_row(row) if row else None

    def iter_subscribers(self, status: SubscriberStatus | None = None) -> Iterator[Subscriber]:
        """Stream subscribers in address order, never loading the whole list."""
        last = ""
        while True:
            query = "SELECT * FROM subscribers WHERE email > ?"
            params: list[object] = [last]
            if status is not None:
                query += " AND status = ?"
                params.append(SubscriberStatus(status).value)
            rows = self.db.execute(query + " ORDER BY email LIMIT 1000", params).fetchall()
            if not rows:
                return
            for row in rows:
                yield subscriber_from_row(row)
            last = rows[-1]["email"]

    def subscriber_by_key(self, key: str) -> Subscriber | None:
        row = self.db.execute("SELECT * FROM subscribers WHERE key = ?", (key,)).fetchone()
        if row is None:  # a key of a case twin merged into this subscriber (migration 5)
            row = self.db.execute(
                "SELECT s.* FROM subscriber_aliases a JOIN subscribers s ON s.email = a.email"
                " WHERE a.key = ?",
                (key,),
            ).fetchone()
        return subscriber_from_row(row) if row else None

    def remove_subscriber(self, email: str) -> bool:
        """Delete the record and its merged-away keys (an erasure request leaves nothing)."""
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT email FROM subscribers WHERE identity = ?", (address_key(email),)
            ).fetchone()
            if row is None:
                return False
            conn.execute("DELETE FROM subscriber_aliases WHERE email = ?", (row[0],))
            conn.execute("DELETE FROM consents WHERE identity = ?", (address_key(email),))
            conn.execute("DELETE FROM signups WHERE identity = ?", (address_key(email),))
            conn.execute("DELETE FROM subscribers WHERE email = ?", (row[0],))
            return True

    def set_subscriber_preferences(
        self, email: str, sections: tuple[str, ...] | None, format: str, now: datetime
    ) -> bool:
        """A subscriber's own choice of sections (None = all) and format."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE subscribers SET sections = ?, format = ?,"
                " origin = CASE WHEN origin = 'signup' THEN origin ELSE 'preferences' END,"
                " updated_at = ? WHERE identity = ?",
                (
                    json.dumps(list(sections)) if sections is not None else None,
                    format,
                    _iso(now),
                    address_key(email),
                ),
            )
            return cursor.rowcount > 0

    def subscriber_timezones(self) -> set[str | None]:
        """The distinct `timezone` values of active subscribers (None = not set)."""
        rows = self.db.execute(
            "SELECT DISTINCT timezone FROM subscribers WHERE status = 'active'"
        ).fetchall()
        return {row[0] for row in rows}
