"""Migration: one address, one subscriber — an identity column, existing case twins merged.

Before this migration an address was its exact spelling, so `EVIL@example.org` and
`evil@example.org` could both be active, and unsubscribing one kept mailing the other. From
now on `subscribers.identity` holds `address_key(email)` (digest/text/address.py) under a
UNIQUE index, and every lookup by address goes through it; `email` keeps the spelling mail is
delivered to (case-preserving, as Mailman does). This step brings older stores there, inside
the migration's transaction:

- subscribers: the rows of one identity become the oldest of them (its spelling kept) with the
  strictest status any of them had (complained > unsubscribed > bounced > active): whoever left
  or complained through either spelling stays out. The merged-away rows' token keys are kept in
  `subscriber_aliases`, so the unsubscribe and preference links in mail already sent to them
  keep working, on the merged subscriber.
- deliveries: the rows of one (issue, identity) become one, the most advanced (sent first),
  under the kept spelling, so a resumed send neither mails the merged person twice nor loses
  the record that it already did.
- suppressions were always keyed by the case-folded address and need nothing.

Python rather than SQL because SQLite's lower() folds ASCII only; `address_key` is the one rule.
"""

from __future__ import annotations

from collections import defaultdict

from digest.model.types import STRICTNESS
from digest.store.dialect import DbConnection, row_id
from digest.text.address import address_key

# Later wins: the strictest status of a merged group is kept (the rule files are folded by).
STATUS_ORDER = tuple(status.value for status in STRICTNESS)
# Earlier wins: the delivery row kept for a merged (issue, address).
DELIVERY_ORDER = ("sent", "sending", "deferred", "queued", "failed", "suppressed")

_SCHEMA = (
    "ALTER TABLE subscribers ADD COLUMN identity TEXT",
    "CREATE TABLE subscriber_aliases (key TEXT PRIMARY KEY, email TEXT NOT NULL)",
    "CREATE INDEX subscriber_aliases_email ON subscriber_aliases (email)",
)
_UNIQUE = "CREATE UNIQUE INDEX subscribers_identity ON subscribers (identity)"


def _rank(value: str, order: tuple[str, ...]) -> int:
    return order.index(value) if value in order else len(order)


def merge_address_case(conn: DbConnection) -> None:
    """Apply the migration on `conn` (inside the caller's transaction)."""
    for statement in _SCHEMA:
        conn.execute(statement)
    kept = _merge_subscribers(conn)
    conn.execute(_UNIQUE)
    _merge_deliveries(conn, kept)


def _merge_subscribers(conn: DbConnection) -> dict[str, str]:
    """Fold each identity's rows into its oldest; returns identity → the spelling kept."""
    rid = row_id(conn)  # PostgreSQL: ctid (runs on an empty table there: a new store)
    groups: dict[str, list[tuple[int, str, str, str, str]]] = defaultdict(list)
    for rowid, email, status, key, created in conn.execute(
        f"SELECT {rid}, email, status, key, created_at FROM subscribers"
    ):
        groups[address_key(email)].append((rowid, email, status, key, created))
    kept: dict[str, str] = {}
    for identity, rows in groups.items():
        rows.sort(key=lambda r: (r[4], r[0]))  # oldest first
        keeper, others = rows[0], rows[1:]
        kept[identity] = keeper[1]
        status = max((r[2] for r in rows), key=lambda s: _rank(s, STATUS_ORDER))
        for rowid, _email, _status, key, _created in others:
            conn.execute(f"DELETE FROM subscribers WHERE {rid} = ?", (rowid,))
            conn.execute(
                "INSERT INTO subscriber_aliases (key, email) VALUES (?, ?)"
                " ON CONFLICT (key) DO NOTHING",
                (key, keeper[1]),
            )
        conn.execute(
            f"UPDATE subscribers SET identity = ?, status = ? WHERE {rid} = ?",
            (identity, status, keeper[0]),
        )
    return kept


def _merge_deliveries(conn: DbConnection, kept: dict[str, str]) -> None:
    rid = row_id(conn)
    groups: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for rowid, issue_id, email, status in conn.execute(
        f"SELECT {rid}, issue_id, email, status FROM deliveries"
    ):
        groups[(issue_id, address_key(email))].append((rowid, email, status))
    for (_issue, identity), rows in groups.items():
        rows.sort(key=lambda r: (_rank(r[2], DELIVERY_ORDER), r[0]))
        for rowid, _email, _status in rows[1:]:
            conn.execute(f"DELETE FROM deliveries WHERE {rid} = ?", (rowid,))
        spelling = kept.get(identity, rows[0][1])
        if rows[0][1] != spelling:
            conn.execute(f"UPDATE deliveries SET email = ? WHERE {rid} = ?", (spelling, rows[0][0]))
