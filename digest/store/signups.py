"""Sign-ups waiting for confirmation, and the consent a confirmation records.

Tables `signups` (one open request per address identity, named by a random nonce that the
emailed link carries, signed) and `consents` (when, from which form, the client addresses only
as keyed hashes). A new address becomes a `pending` subscriber at once, so that `subscribers
list` shows it; an address the store already has keeps its status (unsubscribed, complained,
bounced) until the person confirms: a form nobody confirmed changes nothing about anyone.
Confirming makes the subscriber active with the choices made on the form, takes the address
off the suppression list (they asked again, from that mailbox) and records the consent.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime

from digest.model.types import Subscriber, SubscriberStatus
from digest.store.base import SqliteBase, _iso
from digest.store.subscribers import subscriber_from_row
from digest.text.address import address_key


@dataclass(frozen=True)
class SignupRequest:
    """What the sign-up form asked for."""

    email: str
    name: str
    sections: tuple[str, ...] | None  # None = every section
    format: str  # "html" or "text"
    timezone: str | None
    form: str  # which form: "subscribe" (our page) or the name an embedded form gives
    client_hash: str  # keyed hash of the client address that posted it


@dataclass(frozen=True)
class Consent:
    """A confirmed sign-up, as export shows it."""

    requested_at: datetime
    confirmed_at: datetime
    form: str
    client_hash: str
    confirm_client_hash: str


class SignupStore(SqliteBase):
    """Sign-up requests and consents."""

    def open_signup(self, request: SignupRequest, now: datetime) -> str:
        """Record (or renew) the request for this address; returns the nonce its link names.

        A renewed request gets a new nonce: only the newest emailed link confirms.
        """
        nonce = secrets.token_urlsafe(18)
        identity = address_key(request.email)
        sections = json.dumps(list(request.sections)) if request.sections is not None else None
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO signups (nonce, identity, email, name, sections, format, timezone,"
                " form, client_hash, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (identity) DO UPDATE SET nonce = excluded.nonce,"
                " email = excluded.email, name = excluded.name, sections = excluded.sections,"
                " format = excluded.format, timezone = excluded.timezone, form = excluded.form,"
                " client_hash = excluded.client_hash, requested_at = excluded.requested_at",
                (
                    nonce,
                    identity,
                    request.email,
                    request.name,
                    sections,
                    request.format,
                    request.timezone,
                    request.form,
                    request.client_hash,
                    _iso(now),
                ),
            )
            conn.execute(
                "INSERT INTO subscribers (email, identity, name, sections, format, timezone,"
                " status, key, origin, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, 'signup', ?, ?) ON CONFLICT DO NOTHING",
                (
                    request.email,
                    identity,
                    request.name,
                    sections,
                    request.format,
                    request.timezone,
                    secrets.token_urlsafe(12),
                    _iso(now),
                    _iso(now),
                ),
            )
        return nonce

    def signup_request(self, nonce: str) -> SignupRequest | None:
        row = self.db.execute("SELECT * FROM signups WHERE nonce = ?", (nonce,)).fetchone()
        if row is None:
            return None
        return SignupRequest(
            email=row["email"],
            name=row["name"],
            sections=tuple(json.loads(row["sections"])) if row["sections"] else None,
            format=row["format"],
            timezone=row["timezone"],
            form=row["form"],
            client_hash=row["client_hash"],
        )

    def confirm_signup(
        self, nonce: str, confirm_client_hash: str, now: datetime
    ) -> Subscriber | None:
        """The request named by `nonce` confirmed: an active subscriber with its choices, off
        the suppression list, consent recorded, the request gone. None if there is no such
        request (confirmed already, renewed, or purged)."""
        with self._writing() as conn:
            row = conn.execute("SELECT * FROM signups WHERE nonce = ?", (nonce,)).fetchone()
            if row is None:
                return None
            identity = row["identity"]
            conn.execute(
                "UPDATE subscribers SET name = ?, sections = ?, format = ?, timezone = ?,"
                " status = 'active', origin = 'signup', updated_at = ? WHERE identity = ?",
                (
                    row["name"],
                    row["sections"],
                    row["format"],
                    row["timezone"],
                    _iso(now),
                    identity,
                ),
            )
            conn.execute(
                "INSERT INTO subscribers (email, identity, name, sections, format, timezone,"
                " status, key, origin, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 'active', ?, 'signup', ?, ?) ON CONFLICT DO NOTHING",
                (
                    row["email"],
                    identity,
                    row["name"],
                    row["sections"],
                    row["format"],
                    row["timezone"],
                    secrets.token_urlsafe(12),
                    _iso(now),
                    _iso(now),
                ),
            )
            conn.execute(
                "INSERT INTO consents (identity, email, requested_at, confirmed_at, form,"
                " client_hash, confirm_client_hash) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (identity) DO UPDATE SET email = excluded.email,"
                " requested_at = excluded.requested_at, confirmed_at = excluded.confirmed_at,"
                " form = excluded.form, client_hash = excluded.client_hash,"
                " confirm_client_hash = excluded.confirm_client_hash",
                (
                    identity,
                    row["email"],
                    row["requested_at"],
                    _iso(now),
                    row["form"],
                    row["client_hash"],
                    confirm_client_hash,
                ),
            )
            conn.execute("DELETE FROM suppressions WHERE email = ?", (row["email"].casefold(),))
            conn.execute("DELETE FROM signups WHERE nonce = ?", (nonce,))
            sub = conn.execute(
                "SELECT * FROM subscribers WHERE identity = ?", (identity,)
            ).fetchone()
        return subscriber_from_row(sub) if sub else None

    def purge_signups(self, older_than: datetime) -> int:
        """Unconfirmed requests from before `older_than` deleted, and the `pending` subscribers
        they made; returns how many pending subscribers went."""
        cutoff = _iso(older_than)
        with self._writing() as conn:
            conn.execute("DELETE FROM signups WHERE requested_at < ?", (cutoff,))
            return conn.execute(
                "DELETE FROM subscribers WHERE status = ? AND updated_at < ?"
                " AND identity NOT IN (SELECT identity FROM signups)",
                (SubscriberStatus.PENDING.value, cutoff),
            ).rowcount

    def consent(self, email: str) -> Consent | None:
        row = self.db.execute(
            "SELECT * FROM consents WHERE identity = ?", (address_key(email),)
        ).fetchone()
        if row is None:
            return None
        return Consent(
            requested_at=datetime.fromisoformat(row["requested_at"]),
            confirmed_at=datetime.fromisoformat(row["confirmed_at"]),
            form=row["form"],
            client_hash=row["client_hash"],
            confirm_client_hash=row["confirm_client_hash"],
        )
