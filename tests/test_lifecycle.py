"""Every issue status change, allowed and refused, through the one table and through the store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import product
from pathlib import Path

import pytest

from digest.model.errors import IssueStateError
from digest.model.lifecycle import EDITABLE, TRANSITIONS, IssueStatus, check_transition, may_move
from digest.model.types import Issue, Section
from digest.store import Store

P, H, A, SG, ST = (
    IssueStatus.PENDING,
    IssueStatus.HELD,
    IssueStatus.APPROVED,
    IssueStatus.SENDING,
    IssueStatus.SENT,
)
# Written out by hand from the module docstring, not derived from TRANSITIONS.
ALLOWED = {
    (P, H), (P, A), (P, SG),
    (H, A),
    (A, H), (A, SG),
    (SG, ST),
    (ST, SG),
}  # fmt: skip
NOW = datetime(2026, 12, 4, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize(("old", "new"), list(product(IssueStatus, IssueStatus)))
def test_every_pair_is_allowed_or_refused_as_the_table_says(
    old: IssueStatus, new: IssueStatus
) -> None:
    expected = old == new or (old, new) in ALLOWED
    assert may_move(old, new) is expected
    if expected:
        check_transition("i1", old, new)
    else:
        with pytest.raises(IssueStateError, match=f"issue i1 cannot become {new}"):
            check_transition("i1", old, new)


def test_vocabulary_is_closed() -> None:
    assert set(TRANSITIONS) == set(IssueStatus)
    assert EDITABLE == {P, H, A}
    with pytest.raises(ValueError):
        IssueStatus("skipped")


def _stored_issue(store: Store, status: IssueStatus) -> str:
    issue = Issue(
        id="i-" + status.value,
        schedule="daily",
        title="Digest",
        subject="Digest",
        window_start=NOW - timedelta(days=1),
        window_end=NOW,
        created_at=NOW,
        sections=(Section("World", ()),),
        status=status,
    )
    store.save_issue(issue, "2026-12-04-" + status.value)
    return issue.id


@pytest.mark.parametrize("old", list(IssueStatus))
def test_store_applies_the_table(tmp_path: Path, old: IssueStatus) -> None:
    store = Store(tmp_path / "d.sqlite3")
    issue_id = _stored_issue(store, old)
    for new in IssueStatus:
        record = store.issue(issue_id)
        assert record is not None and record.status == old
        if old == new or (old, new) in ALLOWED:
            assert store.set_issue_status(issue_id, new, NOW) == old
            record = store.issue(issue_id)
            assert record is not None and record.status == new
            if new == ST:
                assert record.sent_at == NOW
            # put it back (directly: not every way back is a transition)
            with store.transaction() as conn:
                conn.execute("UPDATE issues SET status = ? WHERE id = ?", (old.value, issue_id))
        else:
            with pytest.raises(IssueStateError):
                store.set_issue_status(issue_id, new, NOW)
            record = store.issue(issue_id)
            assert record is not None and record.status == old


def test_store_refuses_an_unknown_issue(tmp_path: Path) -> None:
    with pytest.raises(IssueStateError, match="does not exist"):
        Store(tmp_path / "d.sqlite3").set_issue_status("nope", IssueStatus.SENT, NOW)
