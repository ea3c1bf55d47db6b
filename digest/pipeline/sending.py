"""Send an issue (resumably, through the send loop) or one test copy.

send_issue(config, store, record, transport, now, recipients=None):
    recipients = the given ones (a local-time wave) | every active subscriber of the schedule
    deliver(job, store, transport)   # send.loop: claim, render once per variant, record each
    while other senders hold rows: wait; take over those whose lease ran out (issue 16)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from digest.model.records import IssueRecord
from digest.model.types import (
    DeliveryStatus,
    Issue,
    RenderedDigest,
    Subscriber,
    SubscriberStatus,
)
from digest.render import TEMPLATES
from digest.store import Store
from digest.store.deliveries import ActiveAddresses

if TYPE_CHECKING:
    from digest.config import Config, ScheduleConfig
    from digest.send.loop import DeliveryJob, SendSummary
    from digest.send.transports import Transport

from digest.pipeline.clock import utcnow
from digest.pipeline.settings import message_settings, render_options, token_signer, unsubscribe_url


def recipients_of(store: Store, schedule: ScheduleConfig) -> Iterable[str]:
    """Every active subscriber of a schedule (its `subscribers:` list, when it has one). All of
    them: `ActiveAddresses`, which a PostgreSQL store queues on the server in one statement."""
    if not schedule.subscribers:
        return ActiveAddresses(store)
    wanted = {a.casefold() for a in schedule.subscribers}
    return (
        sub.email
        for sub in store.iter_subscribers(SubscriberStatus.ACTIVE)
        if sub.email.casefold() in wanted
    )


class StopFlag:
    """Set by SIGTERM/SIGINT handlers: finish the message in flight, then stop."""

    def __init__(self) -> None:
        self.stopped = False

    def stop(self, *_: object) -> None:
        self.stopped = True


def send_issue(
    config: Config,
    store: Store,
    record: IssueRecord,
    transport: Transport,
    now: datetime,
    *,
    clock: Callable[[], datetime] = utcnow,
    stop: StopFlag | None = None,
    progress: Callable[[str, DeliveryStatus], None] | None = None,
    recipients: Iterable[str] | None = None,
) -> SendSummary:
    """Deliver an issue resumably (send.loop) to `recipients` (a local-time wave's addresses),
    else to every active subscriber of its schedule."""
    from digest.pipeline.verp import verp_for
    from digest.render.issue import render_issue
    from digest.send.loop import DeliveryJob, DeliveryOptions, deliver, dkim_signer

    signer = token_signer(config, store)
    verp = verp_for(config, store)
    issue_id = record.issue.id
    options = render_options(config)
    settings = message_settings(config)

    def render(issue: Issue) -> RenderedDigest:
        # The email only: the "view in browser" page is rendered when someone asks for it.
        return render_issue(issue, options, templates_dir=TEMPLATES, web=False)

    job = DeliveryJob(
        record=record,
        settings=settings,
        render=render,
        unsubscribe_url=lambda sub: unsubscribe_url(config, signer, sub),
        recipients=(
            recipients
            if recipients is not None
            else recipients_of(store, config.schedule(record.issue.schedule))
        ),
        options=DeliveryOptions.from_config(config.delivery),
        dkim=dkim_signer(config.delivery.dkim, config.path, settings.domain),
        envelope_sender=(lambda sub: verp.address(sub, issue_id)) if verp else None,
    )
    summary = deliver(job, store, transport, now, clock=clock, stop=stop, progress=progress)
    summary = _finish_what_others_hold(job, store, transport, summary, clock, stop, progress)
    if summary.stopped:
        record_send_stopped(store, record, summary.stopped, clock())
    return summary


def _finish_what_others_hold(
    job: DeliveryJob,
    store: Store,
    transport: Transport,
    summary: SendSummary,
    clock: Callable[[], datetime],
    stop: StopFlag | None,
    progress: Callable[[str, DeliveryStatus], None] | None,
) -> SendSummary:
    """With nothing left to claim, other senders (here or on other machines) may still hold
    rows: wait while they send them, and take over any whose lease runs out (a sender that
    died), so the last sender standing finishes the issue (issue 16). Polls once a second."""
    from collections import Counter
    from dataclasses import replace

    from digest.send.loop import deliver

    issue_id = job.record.issue.id
    job = replace(job, recipients=())  # queued already
    while not summary.interrupted and not summary.stopped and not (stop and stop.stopped):
        held, expires_in = store.in_flight(issue_id)
        if not held or expires_in is None:
            return summary
        time.sleep(min(max(expires_in, 0.0) + 0.05, 1.0))
        again = deliver(job, store, transport, clock(), clock=clock, stop=stop, progress=progress)
        summary = replace(
            again,
            counts=dict(Counter(summary.counts) + Counter(again.counts)),
            already_done=summary.already_done,
            alerts=summary.alerts + again.alerts,
        )
    return summary


def record_send_stopped(store: Store, record: IssueRecord, reason: str, now: datetime) -> None:
    """A run event for `digest status`, shown until the issue is sent: the relay stopped the
    send (login refused, TLS, connection). Recorded once per issue and reason, so a scheduler
    retrying every minute does not crowd the event log."""
    from digest.pipeline.status import SEND_STOPPED  # status (and its imports) only when needed

    issue = record.issue
    store.add_run_event(
        {
            "at": now.astimezone(UTC).isoformat(timespec="seconds"),
            "kind": SEND_STOPPED,
            "schedule": issue.schedule,
            "issue": issue.id,
            "detail": reason,
        },
        dedupe=f"{SEND_STOPPED}:{issue.id}:{reason}",
    )


def send_test(
    config: Config, store: Store, issue: Issue, address: str, transport: Transport, now: datetime
) -> str:
    """One copy to one address, recorded nowhere (editors' "send a test")."""
    from digest.render.issue import render_issue
    from digest.render.message import build_message

    rendered = render_issue(issue, render_options(config), templates_dir=TEMPLATES)
    subscriber = Subscriber(email=address, name="")
    message = build_message(
        rendered,
        subscriber,
        settings=message_settings(config),
        unsubscribe_url=f"{config.digest.base_url}/unsubscribe/test",
        now=now,
        subject_prefix="[TEST] ",  # (through the one header sanitiser, as every send)
    )
    try:
        transport.send(message, address)
    finally:
        transport.close()
    return str(message["Message-ID"])


def is_terminal() -> bool:
    return sys.stderr.isatty()
