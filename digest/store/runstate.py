"""Run state: the token secret, scheduler marks, run events and editor/web state.

Table `meta`: named rows (the secret as text, marks, events and web state as JSON).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from datetime import datetime

from digest.store.base import SqliteBase, _iso


class RunStateStore(SqliteBase):
    """Secrets, marks, events and web state."""

    def secret(self, name: str = "token_secret") -> str:
        """A random secret made once and kept in the store (used when no env secret is set)."""
        with self.transaction(immediate=True) as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
            if row:
                return row[0]
            value = secrets.token_urlsafe(32)
            conn.execute("INSERT INTO meta (name, value) VALUES (?, ?)", (name, value))
            return value

    def web_state(self, name: str) -> object:
        """A JSON value the web app saved under `name`, or None."""
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (f"web:{name}",)).fetchone()
        return json.loads(row[0]) if row else None

    def save_web_state(self, name: str, value: object) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (f"web:{name}", json.dumps(value, ensure_ascii=False)),
            )

    def append_web_state(self, name: str, entry: object, keep: int = 50) -> None:
        """Add to a JSON list under `name` atomically (the last `keep` entries stay)."""
        with self.transaction(immediate=True) as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = ?", (f"web:{name}",)).fetchone()
            entries = [*(json.loads(row[0]) if row else []), entry][-keep:]
            conn.execute(
                "INSERT INTO meta (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (f"web:{name}", json.dumps(entries, ensure_ascii=False)),
            )

    def schedule_mark(self, job: str) -> tuple[str, datetime] | None:
        """(signature, checked_until) of a runner job: its fires up to then are accounted for."""
        row = self.db.execute(
            "SELECT value FROM meta WHERE name = ?", (f"scheduler:mark:{job}",)
        ).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return data["signature"], datetime.fromisoformat(data["checked_until"])

    def set_schedule_mark(self, job: str, signature: str, checked_until: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (
                    f"scheduler:mark:{job}",
                    json.dumps({"signature": signature, "checked_until": _iso(checked_until)}),
                ),
            )

    def schedule_marks(self) -> dict[str, tuple[str, datetime]]:
        rows = self.db.execute(
            "SELECT name, value FROM meta WHERE name LIKE 'scheduler:mark:%'"
        ).fetchall()
        marks = {}
        for name, value in rows:
            data = json.loads(value)
            marks[name.removeprefix("scheduler:mark:")] = (
                data["signature"],
                datetime.fromisoformat(data["checked_until"]),
            )
        return marks

    def add_run_event(
        self, event: Mapping[str, object], *, dedupe: str | None = None, keep: int = 500
    ) -> bool:
        """Append a JSON event (the last `keep` stay); False if `dedupe` was recorded before."""
        with self.transaction(immediate=True) as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = 'scheduler:events'").fetchone()
            events = json.loads(row[0]) if row else []
            if dedupe is not None and any(e.get("dedupe") == dedupe for e in events):
                return False
            events = [*events, {**event, "dedupe": dedupe}][-keep:]
            conn.execute(
                "INSERT INTO meta (name, value) VALUES ('scheduler:events', ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (json.dumps(events, ensure_ascii=False, default=str),),
            )
            return True

    def run_events(self) -> list[dict[str, object]]:
        """Recorded run events, oldest first."""
        row = self.db.execute("SELECT value FROM meta WHERE name = 'scheduler:events'").fetchone()
        return json.loads(row[0]) if row else []

    def has_run_event(self, dedupe: str) -> bool:
        return any(e.get("dedupe") == dedupe for e in self.run_events())
