"""Issues: one per schedule per period, their status and sections — table `issues`."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from digest.model.codec import issue_from_dict, issue_to_dict
from digest.model.errors import IssueStateError
from digest.model.lifecycle import EDITABLE, IssueStatus, check_transition
from digest.model.records import IssueRecord
from digest.model.types import (
    Issue,
)
from digest.store.base import SqliteBase, _dt, _iso, retry_lost


class IssueStore(SqliteBase):
    """Issue rows."""

    def save_issue(self, issue: Issue, period: str) -> IssueRecord:
        """Insert the issue unless one exists for (schedule, period); return the stored one."""
        with self.transaction(immediate=True) as conn:
            existing = conn.execute(
                "SELECT id FROM issues WHERE schedule = ? AND period = ?", (issue.schedule, period)
            ).fetchone()
            if existing is None:
                conn.execute(
                    "INSERT INTO issues (id, schedule, period, status, subject, window_start,"
                    " window_end, created_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        issue.id,
                        issue.schedule,
                        period,
                        issue.status,
                        issue.subject,
                        _iso(issue.window_start),
                        _iso(issue.window_end),
                        _iso(issue.created_at),
                        json.dumps(issue_to_dict(issue)),
                    ),
                )
                position = 0
                for section in issue.sections:
                    for item in section.items:
                        conn.execute(
                            "INSERT INTO issue_items VALUES (?, ?, ?, ?)",
                            (issue.id, position, item.article_id, section.name),
                        )
                        position += 1
        record = self.issue_for_period(issue.schedule, period)
        assert record is not None
        return record

    def update_issue(self, issue: Issue) -> bool:
        """Replace an issue's content (a refresh, or editors' changes) while it is still
        editable; never its status, which only `set_issue_status` changes. False when the issue
        is gone or no longer editable (sending, sent)."""
        editable = tuple(s.value for s in sorted(EDITABLE))
        with self.transaction(immediate=True) as conn:
            cursor = conn.execute(
                "UPDATE issues SET subject = ?, body = ? WHERE id = ? AND status IN (?, ?, ?)",
                (issue.subject, json.dumps(issue_to_dict(issue)), issue.id, *editable),
            )
            return cursor.rowcount > 0

    @retry_lost
    def set_issue_status(
        self, issue_id: str, status: IssueStatus, now: datetime | None = None
    ) -> IssueStatus:
        """Move an issue to `status` if `model.lifecycle` allows it from where it is now (read
        and written in one IMMEDIATE transaction, so two processes cannot both move it); returns
        the status it had. Raises `IssueStateError` when the move is refused or the issue is gone.
        """
        with self.transaction(immediate=True) as conn:
            row = conn.execute("SELECT status FROM issues WHERE id = ?", (issue_id,)).fetchone()
            if row is None:
                raise IssueStateError(f"issue {issue_id} does not exist")
            check_transition(issue_id, row["status"], status)
            conn.execute(
                "UPDATE issues SET status = ?, sent_at = COALESCE(?, sent_at) WHERE id = ?",
                (
                    IssueStatus(status).value,
                    _iso(now) if status == IssueStatus.SENT else None,
                    issue_id,
                ),
            )
            return IssueStatus(row["status"])

    def _issue_record(self, row: sqlite3.Row | None) -> IssueRecord | None:
        if row is None:
            return None
        issue = issue_from_dict(json.loads(row["body"]))
        issue = Issue(**{**issue.__dict__, "status": row["status"], "subject": row["subject"]})
        return IssueRecord(
            issue=issue, period=row["period"], status=row["status"], sent_at=_dt(row["sent_at"])
        )

    @retry_lost
    def issue(self, issue_id: str) -> IssueRecord | None:
        return self._issue_record(
            self.db.execute("SELECT * FROM issues WHERE id = ?", (issue_id,)).fetchone()
        )

    @retry_lost
    def issue_for_period(self, schedule: str, period: str) -> IssueRecord | None:
        return self._issue_record(
            self.db.execute(
                "SELECT * FROM issues WHERE schedule = ? AND period = ?", (schedule, period)
            ).fetchone()
        )

    @retry_lost
    def latest_issue(self, schedule: str) -> IssueRecord | None:
        return self._issue_record(
            self.db.execute(
                "SELECT * FROM issues WHERE schedule = ? ORDER BY window_end DESC, created_at DESC"
                " LIMIT 1",
                (schedule,),
            ).fetchone()
        )

    @retry_lost
    def recent_issues(self, limit: int = 10) -> list[IssueRecord]:
        rows = self.db.execute(
            "SELECT * FROM issues ORDER BY created_at DESC LIMIT ?", (limit,)
        ).fetchall()
        return [record for row in rows if (record := self._issue_record(row))]

    @retry_lost
    def unfinished_issues(self) -> list[IssueRecord]:
        rows = self.db.execute(
            "SELECT * FROM issues WHERE status IN ('sending', 'approved') ORDER BY created_at"
        ).fetchall()
        return [record for row in rows if (record := self._issue_record(row))]

    def sent_issues(self, limit: int = 50, offset: int = 0) -> list[IssueRecord]:
        """Issues that went out, newest first: the public archive."""
        rows = self.db.execute(
            "SELECT * FROM issues WHERE status = 'sent' ORDER BY sent_at DESC, id LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [record for row in rows if (record := self._issue_record(row))]
