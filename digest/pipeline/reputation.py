"""Bounce and complaint rates of recent issues, against the 0.3% complaint threshold.

Gmail's and Yahoo's sender requirements (2024) ask bulk senders to keep the spam-complaint
rate below 0.3%, and recommend below 0.1%; above 0.3% their mail is filtered or refused.
`digest status` shows each recent issue's rates (late bounces and complaints that
`digest bounces process` tied to it, over the deliveries it sent) and an alert above the
threshold. Hard bounces above 2% get an alert too: a list that bounces that much is stale.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from digest.pipeline.status import Alert, StatusReport
from digest.store import Store

COMPLAINT_THRESHOLD = 0.003
BOUNCE_THRESHOLD = 0.02


@dataclass(frozen=True)
class IssueRates:
    issue_id: str
    sent: int
    hard: int
    soft: int
    complaints: int
    sent_at: datetime | None = None

    def rate(self, n: int) -> float:
        return n / self.sent if self.sent else 0.0

    @property
    def complaint_rate(self) -> float:
        return self.rate(self.complaints)

    @property
    def bounce_rate(self) -> float:
        return self.rate(self.hard)

    def as_json(self) -> dict[str, object]:
        return {
            "issue": self.issue_id,
            "sent": self.sent,
            "hard_bounces": self.hard,
            "soft_bounces": self.soft,
            "complaints": self.complaints,
            "bounce_rate": round(self.bounce_rate, 6),
            "complaint_rate": round(self.complaint_rate, 6),
            "complaint_threshold": COMPLAINT_THRESHOLD,
        }


def issue_rates(store: Store, issues: Iterable[tuple[str, datetime | None]]) -> list[IssueRates]:
    """Rates of the given (issue id, sent at) that sent anything."""
    pairs = list(issues)
    counts = store.bounce_counts([issue_id for issue_id, _ in pairs])
    rates = []
    for issue_id, sent_at in pairs:
        sent = store.delivery_counts(issue_id).get("sent", 0)
        if not sent:
            continue
        events = counts.get(issue_id, {})
        rates.append(
            IssueRates(
                issue_id,
                sent,
                events.get("hard", 0),
                events.get("soft", 0),
                events.get("complaint", 0),
                sent_at,
            )
        )
    return rates


def with_reputation(report: StatusReport, rates: list[IssueRates]) -> StatusReport:
    """The report with an alert per issue above a threshold."""
    alerts = list(report.alerts)
    for r in rates:
        if r.complaint_rate > COMPLAINT_THRESHOLD:
            text = (
                f"issue {r.issue_id}: complaint rate {r.complaint_rate:.2%} ({r.complaints} of"
                f" {r.sent}) is above the {COMPLAINT_THRESHOLD:.1%} that Gmail and Yahoo allow"
            )
            alerts.append(Alert(r.sent_at, "complaints", text))
        if r.bounce_rate > BOUNCE_THRESHOLD:
            text = f"issue {r.issue_id}: {r.bounce_rate:.2%} hard bounces ({r.hard} of {r.sent})"
            alerts.append(Alert(r.sent_at, "bounces", text))
    return replace(report, alerts=tuple(alerts))


def reputation_lines(rates: list[IssueRates]) -> list[str]:
    out = [f"reputation (complaint threshold {COMPLAINT_THRESHOLD:.1%})"]
    if not rates:
        out.append("  no sent issue yet")
    for r in rates:
        flag = "  ALERT" if r.complaint_rate > COMPLAINT_THRESHOLD else ""
        out.append(
            f"  {r.issue_id:<28} {r.sent} sent; bounces {r.bounce_rate:.2%} hard"
            f" ({r.hard}), {r.soft} soft; complaints {r.complaint_rate:.2%}"
            f" ({r.complaints}){flag}"
        )
    return out
