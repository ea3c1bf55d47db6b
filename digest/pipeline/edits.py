"""Editors' changes to a pending issue (drop, pin, subject), kept in the store.

The changes are stored apart from the issue, over the unedited "base" issue, so that when the
pipeline refreshes a pending issue with newly fetched articles the edits go back on top.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from digest.compose.edits import IssueEdits, apply_edits, rebase
from digest.compose.sections import subject_for
from digest.config import Config, ScheduleConfig
from digest.model.codec import issue_from_dict, issue_to_dict
from digest.model.errors import ConfigError, IssueStateError
from digest.model.lifecycle import EDITABLE, IssueStatus
from digest.model.records import IssueRecord
from digest.model.types import Issue, Section
from digest.store import Store


def load_edits(store: Store, issue_id: str) -> IssueEdits:
    data = store.web_state(f"edits:{issue_id}")
    return IssueEdits.from_dict(data if isinstance(data, dict) else None)


def _saved_base(store: Store, issue_id: str) -> Issue | None:
    data = store.web_state(f"base:{issue_id}")
    return issue_from_dict(data) if isinstance(data, dict) else None


def subject_rule(config: Config, issue: Issue) -> Callable[[Sequence[Section]], str] | None:
    """The schedule's subject line as a function of sections (None if the schedule is gone)."""
    try:
        schedule = config.schedule(issue.schedule)
    except ConfigError:
        return None
    when = issue.created_at.astimezone(ZoneInfo(schedule.timezone))
    title = config.digest.title
    return lambda sections: subject_for(title, sections, when, schedule.subject)


def current_base(config: Config, store: Store, record: IssueRecord) -> Issue:
    """The unedited issue under the editors' changes (see editing.rebase)."""
    edits = load_edits(store, record.issue.id)
    return rebase(
        record.issue,
        _saved_base(store, record.issue.id),
        edits,
        subject_of=subject_rule(config, record.issue),
    )


def save_edits(config: Config, store: Store, record: IssueRecord, edits: IssueEdits) -> Issue:
    """Apply edits to the unedited issue and store the result as the pending issue."""
    base = current_base(config, store, record)
    edited = apply_edits(base, edits, subject_of=subject_rule(config, base))
    latest = store.issue(record.issue.id)
    if latest is None or latest.status not in EDITABLE:
        raise IssueStateError(f"issue {record.issue.id} is no longer editable")
    store.save_web_state(f"base:{base.id}", issue_to_dict(base))
    store.save_web_state(f"edits:{base.id}", edits.to_dict())
    if not store.update_issue(edited):
        raise IssueStateError(f"issue {record.issue.id} is no longer editable")
    status = latest.status
    schedule = schedule_or_none(config, record.issue.schedule)
    if status == IssueStatus.APPROVED and schedule is not None and schedule.approval == "required":
        # What was approved is no longer what would go out.
        status = IssueStatus.HELD
        store.set_issue_status(record.issue.id, status)
    return Issue(**{**edited.__dict__, "status": status})


def reapply_edits(config: Config, store: Store, issue_id: str) -> Issue | None:
    """After the pipeline rebuilt an issue (same id, fresh articles), put the edits back on."""
    record = store.issue(issue_id)
    if record is None or record.status not in EDITABLE:
        return None
    edits = load_edits(store, issue_id)
    if edits.is_empty:
        return record.issue
    return save_edits(config, store, record, edits)


def schedule_or_none(config: Config, name: str) -> ScheduleConfig | None:
    try:
        return config.schedule(name)
    except ConfigError:
        return None
