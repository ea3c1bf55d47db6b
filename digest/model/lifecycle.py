"""An issue's life: the closed vocabulary of its statuses and every transition allowed between them.

    build ─► pending ─┬─► sending ─► sent ─┐
               │  ▲   │      ▲             │ (a later local-time wave reopens it)
               ▼  │   │      └─────────────┘
              held ◄──┴─► approved ─► sending

- `pending`: built; sends at its schedule's time unless an editor holds it.
- `held`: an editor (or `approval: required`) stopped it; only approval lets it go.
- `approved`: an editor approved it; sends at the next run.
- `sending`: deliveries are being made; a crash leaves it here and the next run resumes it.
- `sent`: every delivery finished. A later wave of the same issue (`deliver_at: local`) or new
  recipients queued for it take it back to `sending`.

"Skipped" and "missed" are run events of a schedule (see `pipeline.status`), not issue statuses.

Pure: the store applies `check_transition` inside the transaction that changes a status, so every
path (CLI, scheduler, web, send loop) goes through this one table.
"""

from __future__ import annotations

from enum import StrEnum

from digest.model.errors import IssueStateError


class IssueStatus(StrEnum):
    """Where an issue is in its life (stored as this text)."""

    PENDING = "pending"
    HELD = "held"
    APPROVED = "approved"
    SENDING = "sending"
    SENT = "sent"


# Statuses whose content editors may still change.
EDITABLE: frozenset[IssueStatus] = frozenset(
    {IssueStatus.PENDING, IssueStatus.HELD, IssueStatus.APPROVED}
)

# Statuses an issue may move to from each status (staying where it is is always allowed).
TRANSITIONS: dict[IssueStatus, frozenset[IssueStatus]] = {
    IssueStatus.PENDING: frozenset({IssueStatus.HELD, IssueStatus.APPROVED, IssueStatus.SENDING}),
    IssueStatus.HELD: frozenset({IssueStatus.APPROVED}),
    IssueStatus.APPROVED: frozenset({IssueStatus.HELD, IssueStatus.SENDING}),
    IssueStatus.SENDING: frozenset({IssueStatus.SENT}),
    IssueStatus.SENT: frozenset({IssueStatus.SENDING}),
}

_WHY = {
    IssueStatus.HELD: "it is held: approve it first",
    IssueStatus.SENDING: "it is being sent",
    IssueStatus.SENT: "it has been sent",
}


def may_move(current: IssueStatus | str, new: IssueStatus | str) -> bool:
    """Whether an issue in `current` may move to `new`."""
    old, to = IssueStatus(current), IssueStatus(new)
    return old == to or to in TRANSITIONS[old]


def check_transition(issue_id: str, current: IssueStatus | str, new: IssueStatus | str) -> None:
    """Raise `IssueStateError` (one line, for the operator) unless the move is allowed."""
    if not may_move(current, new):
        old, to = IssueStatus(current), IssueStatus(new)
        why = _WHY.get(old, f"it is {old}")
        raise IssueStateError(f"issue {issue_id} cannot become {to}: {why}")
