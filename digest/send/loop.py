"""The send loop: deliver one issue to its subscribers, resumably, over parallel connections.

    deliver(job, store, transport, now):
        queue one delivery row per recipient (idempotent)         # store.queue_deliveries
        N workers, each with its own connection (transport.connection()):
            claim a few due rows atomically: -> sending            # BEGIN IMMEDIATE; committed
            for each claimed row:
                suppressed or not active       -> suppressed
                variant = render + compile once per (sections, format)   # render.py, message.py
                bytes   = variant.personalise(subscriber)         # a join of bytes, ~30 µs
                wait for the global and per-domain rate limits
                transport.send_bytes(bytes)                        # mailer.py
                record sent | deferred | failed | bounced          # committed before the next
                                                                   # message can be accepted
        stop flag (SIGTERM/Ctrl-C): finish the message in flight, give back unsent claims, stop
        relay unusable (refused, 421 greeting, TLS failed, login refused; or sessions that
        drop on every reconnect for `relay_down_after` different recipients in a row):
            give back the claim in flight and every unsent claim, stop all workers; the issue
            stays `sending` and the next run delivers everyone still queued, exactly once
        a session that drops on every reconnect for one recipient only (the relay works for
        the others): that message is the problem; the second time in a run it is deferred

The other workers open their connections only once the first has delivered a message, so a
wrong password costs one refused login per run, not one per connection.

Why a crash costs at most one repeat per open connection: a row is committed as `sending` before
its message is handed to SMTP, and its outcome (`sent` or otherwise) is committed before the
worker hands over the next message (`before_data`: after the next DATA command's 354 reply, so
that the wait overlaps the next envelope's round trips). After `kill -9` the next run takes over
`sending` rows whose owner is gone; of those, only the one each connection had in flight can
have reached the server, and it goes out again with the same Message-ID (the ID depends only on
issue and address), which receivers such as Gmail collapse. Rows claimed but never attempted are
not repeats: nobody received them.

Outcomes are group-committed (`FinishLog`): a worker queues its outcome and goes on; the first
worker that needs its previous outcome on disk commits everything queued by then, so the
workers' outcomes share transactions (each commit rewrites the same few index pages).
"""

from __future__ import annotations

import logging
import random
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TextIO

from digest.compose.sections import filter_sections
from digest.model.errors import ConfigError
from digest.model.lifecycle import IssueStatus
from digest.model.records import Claim, DeliveryFinish, IssueRecord
from digest.model.types import (
    DeliveryStatus,
    Issue,
    RenderedDigest,
    Subscriber,
    SubscriberStatus,
)
from digest.render.message import DkimSigner, MessageSettings, MessageTemplate, compile_message
from digest.send.transports import Transport, TransportError

log = logging.getLogger("digest.send.loop")
progress_log = logging.getLogger("digest.progress")

# What a run counts, in the summary's words. "bounced" rows are stored as `failed` (the closed
# delivery vocabulary) with the subscriber marked bounced and the address suppressed.
SUMMARY_KEYS = ("sent", "deferred", "bounced", "failed", "suppressed")


class DeliveryLedger(Protocol):
    """What the send loop needs from the store: the delivery rows of one issue and its status."""

    def queue_deliveries(self, issue_id: str, emails: Iterable[str], now: datetime) -> int: ...

    def set_issue_status(
        self, issue_id: str, status: IssueStatus, now: datetime | None = None
    ) -> IssueStatus: ...

    def delivery_counts(self, issue_id: str) -> dict[str, int]: ...

    def start_run(self) -> str: ...

    def end_run(self, owner: str) -> None: ...

    def release_thread(self) -> None: ...

    def claim_deliveries(
        self,
        issue_id: str,
        now: datetime,
        *,
        limit: int = 1,
        owner: str | None = None,
        stale_after: timedelta = ...,
    ) -> list[Claim]: ...

    def release_deliveries(
        self, issue_id: str, emails: Iterable[str], now: datetime, *, owner: str | None = None
    ) -> int: ...

    def finish_deliveries(
        self, issue_id: str, finishes: Iterable[DeliveryFinish]
    ) -> list[bool]: ...

    def record_bounce(
        self,
        issue_id: str,
        email: str,
        now: datetime,
        *,
        error: str,
        message_id: str = "",
        owner: str | None = None,
    ) -> None: ...

    def next_retry(self, issue_id: str) -> datetime | None: ...


class Stoppable(Protocol):
    """Anything with a `stopped` flag (pipeline.StopFlag, set by SIGTERM/SIGINT handlers)."""

    stopped: bool


@dataclass(frozen=True)
class DeliveryOptions:
    """How hard and how patiently to send; from `delivery:` in config.yaml."""

    connections: int = 4  # parallel SMTP connections, one worker thread each
    rate_limit: float = 0.0  # messages per second over all connections (0 = no limit)
    per_domain_rate_limit: float = 0.0  # messages per second per recipient domain
    retry_window: timedelta = timedelta(hours=12)  # deferred rows are retried this long
    claim_batch: int = 16  # rows a worker claims per transaction
    retry_base: timedelta = timedelta(minutes=1)  # first backoff step
    retry_cap: timedelta = timedelta(hours=2)  # longest backoff step
    reconnect_attempts: int = 2  # after 421 / a dropped connection, on a fresh connection
    policy_breaker: int = 20  # this many 5.7.x refusals in a row stop the run (we are blocked)
    relay_down_after: int = 2  # recipients in a row whose sessions dropped at every reconnect

    @classmethod
    def from_config(cls, delivery: Any) -> DeliveryOptions:
        smtp = delivery.smtp
        return cls(
            connections=smtp.connections,
            rate_limit=smtp.rate_limit,
            per_domain_rate_limit=smtp.per_domain_rate_limit,
            retry_window=delivery.retry_window,
        )


@dataclass(frozen=True)
class DeliveryJob:
    """One issue to deliver and the wiring it needs (made by `pipeline.send_issue`)."""

    record: IssueRecord
    settings: MessageSettings
    render: Callable[[Issue], RenderedDigest]  # issue (sections already filtered) -> rendered
    unsubscribe_url: Callable[[Subscriber], str]  # signed, per subscriber
    recipients: Iterable[str]  # addresses to queue (active subscribers of the schedule)
    options: DeliveryOptions = DeliveryOptions()
    dkim: DkimSigner | None = None
    envelope_sender: Callable[[Subscriber], str] | None = None  # VERP; None: the From address


@dataclass
class SendSummary:
    """What one run did, for the final summary line."""

    issue_id: str
    counts: dict[str, int]
    already_done: int = 0  # delivered by an earlier run, not sent again
    interrupted: bool = False  # stopped before everything due was tried
    next_retry: datetime | None = None  # when deferred deliveries are due again
    alerts: list[str] = field(default_factory=list)  # operator alerts (5.7.x, unreachable)
    stopped: str | None = None  # the relay failed (login, TLS, connection): why the run stopped
    waiting: int = 0  # deliveries still queued for a later run when it stopped

    def line(self) -> str:
        parts = [f"{n} {status}" for status, n in sorted(self.counts.items()) if n]
        if self.stopped:
            return (
                f"{', '.join(parts) or 'nothing sent'}; sending stopped: {self.stopped};"
                f" {self.waiting} still to send (nobody was marked failed)"
            )
        text = ", ".join(parts) or "nothing to send"
        if self.already_done:
            text += f"; {self.already_done} already delivered earlier (not sent again)"
        if self.next_retry is not None and self.counts.get("deferred"):
            text += f"; deferred retried from {self.next_retry:%Y-%m-%d %H:%M} UTC"
        return text


def retry_decision(
    attempts: int,
    first_attempt: datetime,
    now: datetime,
    options: DeliveryOptions,
    rng: random.Random,
) -> tuple[DeliveryStatus, datetime | None]:
    """After a temporary failure: deferred with exponential backoff and jitter, or failed once
    the retry window (counted from the first attempt) is over. The last try lands on the
    window's end."""
    deadline = first_attempt + options.retry_window
    if now >= deadline:
        return DeliveryStatus.FAILED, None
    step = min(options.retry_base * (2 ** min(max(attempts - 1, 0), 20)), options.retry_cap)
    return DeliveryStatus.DEFERRED, min(now + step * (0.5 + rng.random()), deadline)


class RateLimiter:
    """Spaces sends out: at most `rate` per second overall and `per_domain` per second for each
    recipient domain. Each send reserves the earliest slot both allow; no bursts."""

    def __init__(self, rate: float, per_domain: float, clock: Callable[[], float] = time.monotonic):
        self.gap = 1.0 / rate if rate > 0 else 0.0
        self.domain_gap = 1.0 / per_domain if per_domain > 0 else 0.0
        self.clock = clock
        self._next = 0.0
        self._domains: dict[str, float] = {}
        self._lock = threading.Lock()

    @property
    def active(self) -> bool:
        return bool(self.gap or self.domain_gap)

    def ready_in(self, domain: str) -> float:
        """Seconds until a message to `domain` could go (without reserving)."""
        now = self.clock()
        return max(self._next, self._domains.get(domain, 0.0)) - now

    def reserve(self, domain: str) -> float:
        """Take the next slot for `domain`; returns how long to wait before sending."""
        with self._lock:
            now = self.clock()
            slot = max(now, self._next, self._domains.get(domain, 0.0) if self.domain_gap else 0)
            self._next = slot + self.gap
            if self.domain_gap:
                self._domains[domain] = slot + self.domain_gap
            return slot - now


class Variants:
    """Render and compile each variant once per run: subscribers with the same effective
    sections and format share one `MessageTemplate`."""

    def __init__(self, job: DeliveryJob):
        self.job = job
        self.issue = job.record.issue
        self._lock = threading.Lock()
        self._keys: dict[tuple[tuple[str, ...] | None, str], tuple[str, ...] | None] = {}
        self._rendered: dict[tuple[str, ...] | None, RenderedDigest | None] = {}
        self._templates: dict[tuple[tuple[str, ...] | None, str], MessageTemplate | None] = {}
        self.renders = 0  # how many times the renderer ran (tests check: once per variant)

    def for_subscriber(self, sub: Subscriber) -> MessageTemplate | None:
        """The compiled message for this subscriber's variant; None when it has no items."""
        fmt = "text" if sub.format == "text" else "html"
        raw = (sub.sections, fmt)
        with self._lock:
            if raw not in self._keys:
                if sub.sections is None:
                    self._keys[raw] = None
                else:
                    kept = filter_sections(self.issue.sections, sub.sections)
                    self._keys[raw] = tuple(s.name for s in kept)
            sections = self._keys[raw]
            key = (sections, fmt)
            if key not in self._templates:
                if sections not in self._rendered:
                    self._rendered[sections] = self._render(sections)
                rendered = self._rendered[sections]
                self._templates[key] = (
                    None
                    if rendered is None
                    else compile_message(rendered, settings=self.job.settings, format=fmt)
                )
            return self._templates[key]

    def _render(self, sections: tuple[str, ...] | None) -> RenderedDigest | None:
        view = self.issue
        if sections is not None:
            view = replace(self.issue, sections=filter_sections(self.issue.sections, sections))
            if not view.items:
                return None
        self.renders += 1
        return self.job.render(view)


class _Display(Protocol):
    def update(self, done: int, total: int, counts: dict[str, int], elapsed: float) -> None: ...

    def finish(self, done: int, total: int, counts: dict[str, int], elapsed: float) -> None: ...


def _status_text(done: int, total: int, counts: dict[str, int], elapsed: float) -> str:
    rate = done / elapsed if elapsed > 0 else 0.0
    parts = " ".join(f"{key} {counts.get(key, 0)}" for key in SUMMARY_KEYS)
    return f"{done}/{total} {rate:.0f}/s  {parts}"


class ProgressBar:
    """One redrawn line on a terminal."""

    def __init__(self, stream: TextIO, label: str, width: int = 30):
        self.stream, self.label, self.width = stream, label, width

    def update(self, done: int, total: int, counts: dict[str, int], elapsed: float) -> None:
        filled = int(self.width * done / total) if total else self.width
        bar = "#" * filled + "-" * (self.width - filled)
        text = _status_text(done, total, counts, elapsed)
        self.stream.write(f"\r{self.label} [{bar}] {text}\x1b[K")
        self.stream.flush()

    def finish(self, done: int, total: int, counts: dict[str, int], elapsed: float) -> None:
        self.update(done, total, counts, elapsed)
        self.stream.write("\n")
        self.stream.flush()


class LogLines:
    """A plain line every `interval` seconds when stderr is not a terminal (cron, systemd)."""

    def __init__(self, stream: TextIO, label: str, interval: float = 10.0):
        self.stream, self.label, self.interval = stream, label, interval
        self._last = time.monotonic()

    def update(self, done: int, total: int, counts: dict[str, int], elapsed: float) -> None:
        if time.monotonic() - self._last >= self.interval:
            self._last = time.monotonic()
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            text = _status_text(done, total, counts, elapsed)
            self.stream.write(f"{stamp} {self.label}: {text}\n")
            self.stream.flush()

    def finish(self, done: int, total: int, counts: dict[str, int], elapsed: float) -> None:
        pass


class LogRecords:
    """Progress as INFO records on `digest.progress` (`--log-json`: stderr stays all JSON).

    A record every `interval` seconds, like LogLines, and one at the end with the counts, so a
    log shipper sees how the run finished.
    """

    def __init__(self, label: str, interval: float = 10.0):
        self.label, self.interval = label, interval
        self._last = time.monotonic()

    def update(self, done: int, total: int, counts: dict[str, int], elapsed: float) -> None:
        if time.monotonic() - self._last >= self.interval:
            self._last = time.monotonic()
            self._record("send-progress", done, total, counts, elapsed)

    def finish(self, done: int, total: int, counts: dict[str, int], elapsed: float) -> None:
        self._record("send-finished", done, total, counts, elapsed)

    def _record(
        self, kind: str, done: int, total: int, counts: dict[str, int], elapsed: float
    ) -> None:
        fields = {
            "kind": kind,
            "done": done,
            "total": total,
            "elapsed": round(elapsed, 3),
            "counts": {key: counts.get(key, 0) for key in SUMMARY_KEYS},
        }
        progress_log.info(
            f"{self.label}: {_status_text(done, total, counts, elapsed)}",
            extra={"fields": fields},
        )


class Quiet:
    """No progress output (library use, benchmarks)."""

    def update(self, done: int, total: int, counts: dict[str, int], elapsed: float) -> None:
        pass

    def finish(self, done: int, total: int, counts: dict[str, int], elapsed: float) -> None:
        pass


def default_display(label: str, stream: TextIO | None = None) -> _Display:
    """Log records when `digest.progress` logs INFO (`digest --log-json` sets that), else a bar
    on a terminal and plain lines elsewhere."""
    if progress_log.isEnabledFor(logging.INFO):
        return LogRecords(label)
    stream = stream or sys.stderr
    return ProgressBar(stream, label) if stream.isatty() else LogLines(stream, label)


def dkim_signer(
    settings: dict[str, str] | None, path: Callable[[str], Path], default_domain: str
) -> DkimSigner | None:
    """`delivery.dkim: {selector, key_file[, domain]}` → a signer; None when not configured."""
    if not settings:
        return None
    unknown = set(settings) - {"selector", "key_file", "domain"}
    missing = {"selector", "key_file"} - set(settings)
    if unknown or missing:
        raise ConfigError(
            "delivery.dkim: write {selector: NAME, key_file: PATH, domain: DOMAIN}"
            + (f"; unknown: {', '.join(sorted(unknown))}" if unknown else "")
            + (f"; missing: {', '.join(sorted(missing))}" if missing else "")
        )
    key_path = path(settings["key_file"])
    try:
        key = key_path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"delivery.dkim.key_file: cannot read {key_path}: {exc}") from None
    if b"PRIVATE KEY" not in key:
        raise ConfigError(f"delivery.dkim.key_file: {key_path} is not a PEM private key")
    return DkimSigner(settings["selector"], settings.get("domain") or default_domain, key)


class FinishLog:
    """Group commit of delivery outcomes, shared by one run's workers.

    `add` queues an outcome and returns its ticket at once; `wait(ticket)` returns when that
    outcome is committed. A waiter that finds no commit under way commits everything queued so
    far in one transaction (`Store.finish_deliveries`); the others wait for it and find their
    outcomes committed with it. A failed commit is raised in every worker waiting on it.
    """

    def __init__(self, store: DeliveryLedger, issue_id: str):
        self.store, self.issue_id = store, issue_id
        self._cond = threading.Condition()
        self._pending: list[tuple[int, DeliveryFinish]] = []
        self._issued = 0  # tickets handed out
        self._committed = 0  # every ticket up to this one is on disk
        self._committing = False
        self._error: BaseException | None = None
        self.commits = 0  # transactions used (the tests and benchmark look)

    def add(self, finish: DeliveryFinish) -> int:
        with self._cond:
            self._issued += 1
            self._pending.append((self._issued, finish))
            return self._issued

    def wait(self, ticket: int) -> None:
        while True:
            with self._cond:
                while self._committed < ticket and self._committing:
                    self._cond.wait()
                if self._error is not None:
                    raise self._error
                if self._committed >= ticket:
                    return
                batch, self._pending = self._pending, []
                self._committing = True
            try:
                self.store.finish_deliveries(self.issue_id, [f for _, f in batch])
            except BaseException as exc:
                with self._cond:
                    self._error = exc
                    self._committing = False
                    self._cond.notify_all()
                raise
            with self._cond:
                self._committed = batch[-1][0]  # tickets are queued in order
                self._committing = False
                self.commits += 1
                self._cond.notify_all()


class _Run:
    """The shared state of one `deliver` call: workers, counters, the stop decision."""

    def __init__(
        self,
        job: DeliveryJob,
        store: DeliveryLedger,
        clock: Callable[[], datetime],
        stop: Stoppable | None,
        progress: Callable[[str, DeliveryStatus], None] | None,
    ):
        self.job, self.store, self.clock, self.stop = job, store, clock, stop
        self.progress = progress
        self.issue_id = job.record.issue.id
        self.options = job.options
        self.owner = store.start_run()
        self.variants = Variants(job)
        self.finishes = FinishLog(store, self.issue_id)
        self.worker = threading.local()  # .ticket: this worker's last queued outcome
        self.limiter = RateLimiter(self.options.rate_limit, self.options.per_domain_rate_limit)
        self.rng = random.Random()
        self.lock = threading.Lock()
        self.counts: dict[str, int] = {}
        self.done = 0
        self.alerts: list[str] = []
        self.halted = False  # the run itself decided to stop (blocked by policy, relay failed)
        self.stopped: str | None = None  # why the relay stopped the run
        self.policy_streak = 0
        self.errors: list[BaseException] = []
        self.connected = threading.Event()  # the relay took a session: the others may connect
        self.dropped: set[str] = set()  # recipients whose sessions dropped at every reconnect
        self.drop_streak = 0  # such recipients in a row, over all workers

    @property
    def stopping(self) -> bool:
        return self.halted or bool(self.stop and self.stop.stopped)

    def count(self, key: str, email: str, status: DeliveryStatus) -> None:
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1
            self.done += 1
        if self.progress:
            self.progress(email, status)

    def alert(self, text: str) -> None:
        log.error("ALERT: %s", text)
        with self.lock:
            if len(self.alerts) < 100:
                self.alerts.append(text)

    # -- one worker ---------------------------------------------------------------------

    def work(self, transport: Transport, first: bool = True) -> None:
        batch: deque[Claim] = deque()
        self.worker.ticket = 0
        try:
            if not first:
                self._wait_for_first_delivery()
            while not self.stopping:
                if not batch:
                    batch.extend(
                        self.store.claim_deliveries(
                            self.issue_id,
                            self.clock(),
                            limit=self.options.claim_batch,
                            owner=self.owner,
                        )
                    )
                    if not batch:
                        return
                claim = self._next(batch)
                if claim is None:
                    continue
                self._deliver(transport, claim)
        except BaseException as exc:  # a bug: stop everyone, report in the main thread
            self.errors.append(exc)
            self.halted = True
        finally:
            if first:
                self.connected.set()  # whatever happened, nobody waits on this worker any more
            try:
                self.finishes.wait(self.worker.ticket)  # this worker's last outcome on disk
            except BaseException as exc:
                if not self.errors:
                    self.errors.append(exc)
                self.halted = True
            if batch:
                self.store.release_deliveries(
                    self.issue_id, [c.delivery.email for c in batch], self.clock(), owner=self.owner
                )
            transport.close()
            self.store.release_thread()  # this worker's own connection (SQLite), closed now

    def _wait_for_first_delivery(self) -> None:
        """Open no connection until the first worker's session has worked (a message went
        through or a recipient was refused): a relay that refuses our login (or the
        connection) is asked once per run, not once per worker."""
        while not self.connected.wait(0.2):
            if self.stopping:
                return

    def _relay_failed(self, claim: Claim, exc: TransportError) -> str:
        """A session-level failure that reconnecting did not cure: give the claim back as it
        was (it was not delivered, and it is nobody's fault but the relay's) and stop the run;
        the other workers give back their unsent claims when they see the stop."""
        self.store.release_deliveries(
            self.issue_id, [claim.delivery.email], self.clock(), owner=self.owner
        )
        with self.lock:
            first = self.stopped is None
            if first:
                self.stopped = str(exc)
            self.halted = True
        if first:
            log.info("sending %s stopped: %s", self.issue_id, exc)  # the caller says it once
        return "stopped"

    def _next(self, batch: deque[Claim]) -> Claim | None:
        """The next claim to send, after waiting for the rate limits (None if stopped)."""
        if not self.limiter.active:
            return batch.popleft()
        claim = min(batch, key=lambda c: self.limiter.ready_in(_domain(c.delivery.email)))
        batch.remove(claim)
        wait = self.limiter.reserve(_domain(claim.delivery.email))
        deadline = time.monotonic() + wait
        while (left := deadline - time.monotonic()) > 0:
            if self.stopping:
                batch.appendleft(claim)
                return None
            time.sleep(min(left, 0.2))
        return claim

    def _finish(self, claim: Claim, status: DeliveryStatus, key: str, **kwargs: Any) -> None:
        """Queue the outcome (committed before this worker's next message can be accepted)."""
        email = claim.delivery.email
        finish = DeliveryFinish(email, status, self.clock(), owner=self.owner, **kwargs)
        self.worker.ticket = self.finishes.add(finish)
        self.count(key, email, status)

    def _previous_on_disk(self) -> None:
        """The barrier before handing over a message: this worker's last outcome committed."""
        self.finishes.wait(self.worker.ticket)

    def _deliver(self, transport: Transport, claim: Claim) -> str:
        """Send one claimed delivery and record how it went; returns a short outcome word."""
        sub = claim.subscriber
        email = claim.delivery.email
        if claim.suppressed:
            self._finish(
                claim,
                DeliveryStatus.SUPPRESSED,
                "suppressed",
                error=f"suppressed: {claim.suppressed}",
            )
            return "suppressed"
        if sub is None or sub.status is not SubscriberStatus.ACTIVE:
            why = "no longer a subscriber" if sub is None else f"subscriber is {sub.status.value}"
            self._finish(claim, DeliveryStatus.SUPPRESSED, "suppressed", error=why)
            return "suppressed"
        template = self.variants.for_subscriber(sub)
        if template is None:
            self._finish(
                claim,
                DeliveryStatus.SUPPRESSED,
                "suppressed",
                error=f"nothing in the subscriber's sections ({', '.join(sub.sections or ())})",
            )
            return "suppressed"
        message_id = template.message_id(email)
        try:
            data = template.personalise(
                sub, unsubscribe_url=self.job.unsubscribe_url(sub), now=self.clock()
            )
        except ValueError as exc:
            self._finish(claim, DeliveryStatus.FAILED, "failed", error=str(exc))
            return "failed"
        if self.job.dkim is not None:
            data = self.job.dkim.sign(data)
        sender = self.job.envelope_sender(sub) if self.job.envelope_sender else template.sender
        error: TransportError | None = None
        for attempt in range(1 + self.options.reconnect_attempts):
            try:
                transport.send_bytes(sender, email, data, before_data=self._previous_on_disk)
            except TransportError as exc:
                error = exc
                if exc.kind == "connection" and not self.stopping:
                    log.info("%s: %s; reconnecting (attempt %d)", email, exc, attempt + 1)
                    time.sleep(0.05 * attempt)
                    continue
                break
            else:
                error = None
                break
        if error is None or not error.session_level:
            self.connected.set()  # the relay took our session: the other workers may connect
        if error is None:
            self._finish(claim, DeliveryStatus.SENT, "sent", message_id=message_id)
            with self.lock:
                self.policy_streak = 0
                self.drop_streak = 0
            return "sent"
        if error.session_level and (error.at_connect or error.kind == "auth"):
            return self._relay_failed(claim, error)
        if error.session_level:
            return self._dropped(claim, error, message_id)
        return self._failed(claim, error, message_id)

    def _dropped(self, claim: Claim, exc: TransportError, message_id: str) -> str:
        """The session dropped on this message at every reconnect, though each reconnect
        worked. Several recipients in a row: the relay is failing, stop. The same recipient a
        second time in this run while others get through: its message is the problem, so it
        is deferred like a 4xx (and fails once the retry window is over). Otherwise it is
        given back untouched and the run goes on."""
        email = claim.delivery.email
        with self.lock:
            again = email in self.dropped
            self.dropped.add(email)
            if not again:
                self.drop_streak += 1
            relay_down = not again and self.drop_streak >= self.options.relay_down_after
        if again:
            temporary = TransportError(f"{exc} (every time, for this message)", "temporary")
            return self._failed(claim, temporary, message_id)
        if relay_down:
            return self._relay_failed(claim, exc)
        self.store.release_deliveries(self.issue_id, [email], self.clock(), owner=self.owner)
        return "released"

    def _failed(self, claim: Claim, exc: TransportError, message_id: str) -> str:
        email = claim.delivery.email
        if exc.kind == "temporary":
            status, next_try = retry_decision(
                claim.delivery.attempts, claim.first_attempt, self.clock(), self.options, self.rng
            )
            self._finish(
                claim,
                status,
                status.value,
                message_id=message_id,
                error=str(exc),
                next_try=next_try,
            )
            return status.value
        if exc.kind == "mailbox":
            self.store.record_bounce(
                self.issue_id,
                email,
                self.clock(),
                error=str(exc),
                message_id=message_id,
                owner=self.owner,
            )
            self.count("bounced", email, DeliveryStatus.FAILED)
            return "bounced"
        self._finish(claim, DeliveryStatus.FAILED, "failed", message_id=message_id, error=str(exc))
        if exc.kind == "policy":
            self.alert(f"{email} refused by policy (subscriber kept): {exc}")
            with self.lock:
                self.policy_streak += 1
                blocked = self.policy_streak >= self.options.policy_breaker
            if blocked and not self.halted:
                self.halted = True
                self.alert(
                    f"{self.options.policy_breaker} policy refusals in a row: sending stopped;"
                    " check the relay's reputation and authentication, then run send again"
                )
        return "failed"


def _domain(email: str) -> str:
    return email.rpartition("@")[2].casefold()


def deliver(
    job: DeliveryJob,
    store: DeliveryLedger,
    transport: Transport,
    now: datetime,
    *,
    clock: Callable[[], datetime],
    stop: Stoppable | None = None,
    progress: Callable[[str, DeliveryStatus], None] | None = None,
    display: _Display | None = None,
) -> SendSummary:
    """Deliver `job`'s issue to every queued recipient, resumably; see the module docstring."""
    issue_id = job.record.issue.id
    store.queue_deliveries(issue_id, job.recipients, now)
    store.set_issue_status(issue_id, IssueStatus.SENDING)
    before = store.delivery_counts(issue_id)
    already = before.get("sent", 0)
    total = sum(before.get(s, 0) for s in ("queued", "sending", "deferred"))
    run = _Run(job, store, clock, stop, progress)
    display = display or default_display(f"sending {issue_id}")
    started = time.monotonic()
    workers = max(1, min(job.options.connections, total))  # not more than deliveries due
    connections = [transport.connection() for _ in range(workers)]
    threads = [
        threading.Thread(target=run.work, args=(conn, n == 0), name=f"digest-send-{n}", daemon=True)
        for n, conn in enumerate(connections)
    ]
    try:
        for thread in threads:
            thread.start()
        while any(thread.is_alive() for thread in threads):
            for thread in threads:
                thread.join(timeout=0.2)
                display.update(run.done, total, run.counts, time.monotonic() - started)
    finally:
        store.end_run(run.owner)
        transport.close()
    display.finish(run.done, total, run.counts, time.monotonic() - started)
    if run.errors:
        raise run.errors[0]
    remaining = store.delivery_counts(issue_id)
    waiting = sum(remaining.get(s, 0) for s in ("queued", "sending", "deferred"))
    if not waiting:
        store.set_issue_status(issue_id, IssueStatus.SENT, clock())
    return SendSummary(
        issue_id,
        dict(run.counts),
        already_done=already,
        interrupted=run.stopping,
        next_retry=store.next_retry(issue_id),
        alerts=list(run.alerts),
        stopped=run.stopped,
        waiting=waiting if run.stopped else 0,
    )
