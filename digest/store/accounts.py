"""Editor accounts and their server-side sessions.

Tables `editors` and `editor_sessions`. The store keeps only what it is handed: a password hash
(argon2, made by `digest.pipeline.accounts`) and a session id's SHA-256 (the cookie holds the
id itself), so a copy of the database logs nobody in. A session ends when it expires, when its
editor logs out (that row is deleted) and when the password changes or the account is removed
(every row of that editor is deleted, in the same transaction as the change).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from digest.store.base import SqliteBase, _iso


def session_key(session_id: str) -> str:
    """What the store keeps of a session id: its SHA-256 (the id is 32 random bytes)."""
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EditorAccount:
    """One editor as `digest editors list` shows them."""

    name: str
    created_at: datetime
    password_changed_at: datetime
    sessions: int  # sessions that have not expired


class AccountStore(SqliteBase):
    """Editor rows and session rows."""

    def add_editor(self, name: str, password_hash: str, now: datetime) -> bool:
        """A new editor; False when the name is taken."""
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO editors (name, password_hash, created_at, password_changed_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING",
                (name, password_hash, _iso(now), _iso(now)),
            )
            return cursor.rowcount > 0

    def remove_editor(self, name: str) -> bool:
        """Delete the account and (cascade) every session of it."""
        with self._writing() as conn:
            conn.execute("DELETE FROM editor_sessions WHERE editor = ?", (name,))
            return conn.execute("DELETE FROM editors WHERE name = ?", (name,)).rowcount > 0

    def set_editor_password(self, name: str, password_hash: str, now: datetime) -> bool:
        """Replace the hash and end every session of the editor (a stolen cookie dies too)."""
        with self._writing() as conn:
            changed = conn.execute(
                "UPDATE editors SET password_hash = ?, password_changed_at = ? WHERE name = ?",
                (password_hash, _iso(now), name),
            ).rowcount
            conn.execute("DELETE FROM editor_sessions WHERE editor = ?", (name,))
            return changed > 0

    def editor_password_hash(self, name: str) -> str | None:
        row = self.db.execute(
            "SELECT password_hash FROM editors WHERE name = ?", (name,)
        ).fetchone()
        return row[0] if row else None

    def rehash_editor_password(self, name: str, old_hash: str, new_hash: str) -> None:
        """Store a stronger hash of the same password (argon2 parameters went up); sessions stay."""
        with self._writing() as conn:
            conn.execute(
                "UPDATE editors SET password_hash = ? WHERE name = ? AND password_hash = ?",
                (new_hash, name, old_hash),
            )

    def editors(self, now: datetime) -> list[EditorAccount]:
        rows = self.db.execute(
            "SELECT e.name, e.created_at, e.password_changed_at,"
            " (SELECT COUNT(*) FROM editor_sessions s WHERE s.editor = e.name"
            "  AND s.expires_at > ?) AS sessions"
            " FROM editors e ORDER BY e.name",
            (_iso(now),),
        ).fetchall()
        return [
            EditorAccount(
                name=row["name"],
                created_at=datetime.fromisoformat(row["created_at"]),
                password_changed_at=datetime.fromisoformat(row["password_changed_at"]),
                sessions=row["sessions"],
            )
            for row in rows
        ]

    def count_editors(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM editors").fetchone()[0]

    # -- sessions --------------------------------------------------------------------------

    def start_editor_session(
        self, session_id: str, name: str, now: datetime, expires_at: datetime
    ) -> None:
        with self._writing() as conn:
            conn.execute("DELETE FROM editor_sessions WHERE expires_at <= ?", (_iso(now),))
            conn.execute(
                "INSERT INTO editor_sessions (id, editor, created_at, expires_at)"
                " VALUES (?, ?, ?, ?)",
                (session_key(session_id), name, _iso(now), _iso(expires_at)),
            )

    def session_editor(self, session_id: str, now: datetime) -> str | None:
        """The editor a live session belongs to, else None (unknown, ended or expired)."""
        row = self.db.execute(
            "SELECT editor FROM editor_sessions WHERE id = ? AND expires_at > ?",
            (session_key(session_id), _iso(now)),
        ).fetchone()
        return row[0] if row else None

    def end_editor_session(self, session_id: str) -> bool:
        with self._writing() as conn:
            cursor = conn.execute(
                "DELETE FROM editor_sessions WHERE id = ?", (session_key(session_id),)
            )
            return cursor.rowcount > 0
