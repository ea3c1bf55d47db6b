"""The send loop against a real SMTP server on 127.0.0.1 whose replies are scripted per address.

Everything is asserted from what the server received, plus the store's rows.
"""

from __future__ import annotations

import asyncio
import random
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from conftest import running_smtp

from digest.model.types import DeliveryStatus, Issue, Subscriber, SubscriberStatus
from digest.render.checks import sample_issue
from digest.render.issue import render_issue
from digest.render.message import DkimSigner, MessageSettings, message_id_for
from digest.render.options import RenderOptions
from digest.send.loop import (
    DeliveryJob,
    DeliveryOptions,
    Quiet,
    RateLimiter,
    deliver,
    retry_decision,
)
from digest.send.transports import MemoryTransport, SmtpTransport, classify_smtp_reply
from digest.store import Store

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
SETTINGS = MessageSettings("Daily Digest <news@example.org>", "Daily Digest", "https://n.example")


@dataclass
class Received:
    recipients: list[str]
    data: bytes
    session: int

    @property
    def message_id(self) -> str:
        return str(message_from_bytes(self.data, policy=policy.default)["Message-ID"])


@dataclass
class ScriptedSmtp:
    """aiosmtpd handler: per-address replies (always, or once), dropped connections, a delay."""

    always: dict[str, str] = field(default_factory=dict)  # address -> reply to every RCPT
    once: dict[str, str] = field(default_factory=dict)  # address -> reply to the first RCPT
    drop_once: set[str] = field(default_factory=set)  # close the connection at the first DATA
    delay: float = 0.0  # seconds after accepting a message, before answering 250
    received: list[Received] = field(default_factory=list)
    sessions: set[int] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _number(self, session: object) -> int:
        # id() of a finished session can be reused by the next one: number sessions instead.
        if not hasattr(session, "digest_test_number"):
            session.digest_test_number = len(self.sessions) + 1  # type: ignore[attr-defined]
            self.sessions.add(session.digest_test_number)  # type: ignore[attr-defined]
        return session.digest_test_number  # type: ignore[attr-defined]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        address = address.lower()
        with self.lock:
            self._number(session)
            reply = self.always.get(address) or self.once.pop(address, None)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.lock:
            dropped = [a for a in envelope.rcpt_tos if a in self.drop_once]
            self.drop_once.difference_update(dropped)
        if dropped:
            server.transport.close()
            return "421 dropped"
        with self.lock:
            self.received.append(
                Received(list(envelope.rcpt_tos), envelope.content, self._number(session))
            )
        if self.delay:
            await asyncio.sleep(self.delay)
        return "250 Message accepted"

    def count(self, address: str) -> int:
        return sum(address in m.recipients for m in self.received)


@dataclass
class Server:
    host: str
    port: int
    handler: ScriptedSmtp

    def transport(self, **kwargs: object) -> SmtpTransport:
        return SmtpTransport(self.host, self.port, security="none", timeout=10, **kwargs)


@pytest.fixture
def server() -> Iterator[Server]:
    handler = ScriptedSmtp()
    with running_smtp(handler) as port:
        yield Server("127.0.0.1", port, handler)


class Renders:
    """The real renderer, counting calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, ...]] = []

    def __call__(self, issue: Issue):
        self.calls.append(tuple(s.name for s in issue.sections))
        return render_issue(
            issue,
            RenderOptions(title="Daily Digest", base_url="https://n.example"),
            templates_dir=ROOT / "templates",
        )


def setup_store(store_url: str, subscribers: list[Subscriber]) -> tuple[Store, object]:
    """A store on the backend `store_url` names (each test runs on SQLite and PostgreSQL)."""
    store = Store.open(store_url)
    store.sync_subscribers(subscribers, NOW)
    issue = sample_issue(NOW)
    record = store.save_issue(
        Issue(
            "daily-2026-11-28", "daily", issue.title, "Daily Digest", NOW, NOW, NOW, issue.sections
        ),
        "2026-11-28",
    )
    return store, record


def job_for(store: Store, record, renders: Renders | None = None, **options: object) -> DeliveryJob:
    return DeliveryJob(
        record=record,
        settings=SETTINGS,
        render=renders or Renders(),
        unsubscribe_url=lambda sub: f"https://n.example/unsubscribe/{sub.key}",
        recipients=(s.email for s in store.iter_subscribers(SubscriberStatus.ACTIVE)),
        options=DeliveryOptions(**options),  # type: ignore[arg-type]
    )


def run(store, record, transport, *, clock=lambda: NOW, renders=None, stop=None, **options):
    return deliver(
        job_for(store, record, renders, **options),
        store,
        transport,
        NOW,
        clock=clock,
        stop=stop,
        display=Quiet(),
    )


def people(n: int, domain: str = "example.com") -> list[Subscriber]:
    return [Subscriber(f"user{i:03d}@{domain}", f"User {i}") for i in range(n)]


def test_smtp_replies_per_address(store_url: str, server: Server, caplog) -> None:
    h = server.handler
    h.always["soft@example.com"] = "451 4.3.0 try again later"
    h.always["nobody@example.com"] = "550 5.1.1 no such mailbox"
    h.always["policy@example.com"] = "550 5.7.1 message refused by policy"
    h.once["closing@example.com"] = "421 4.3.2 closing connection"
    h.drop_once.add("dropped@example.com")
    names = ["soft", "nobody", "policy", "closing", "dropped", "ok1", "ok2"]
    subs = [Subscriber(f"{n}@example.com", n.title()) for n in names]
    store, record = setup_store(store_url, subs)
    summary = run(store, record, server.transport(), connections=2)

    assert summary.counts == {"sent": 4, "deferred": 1, "bounced": 1, "failed": 1}
    for name in ("closing", "dropped", "ok1", "ok2"):  # reconnect and continue
        assert h.count(f"{name}@example.com") == 1, name
    for name in ("soft", "nobody", "policy"):
        assert h.count(f"{name}@example.com") == 0
    issue = record.issue.id
    soft = store.delivery(issue, "soft@example.com")
    assert soft and soft.status is DeliveryStatus.DEFERRED and "451" in (soft.error or "")
    bounced = store.delivery(issue, "nobody@example.com")
    assert bounced and bounced.status is DeliveryStatus.FAILED and "5.1.1" in (bounced.error or "")
    assert store.subscriber("nobody@example.com").status is SubscriberStatus.BOUNCED
    assert store.suppression("nobody@example.com")
    policy_row = store.delivery(issue, "policy@example.com")
    assert policy_row and policy_row.status is DeliveryStatus.FAILED
    policy_sub = store.subscriber("policy@example.com")
    assert policy_sub.status is SubscriberStatus.ACTIVE  # not suppressed
    assert store.suppression("policy@example.com") is None
    assert any("ALERT" in r.message and "policy@example.com" in r.message for r in caplog.records)
    assert summary.alerts and "policy@example.com" in summary.alerts[0]
    assert summary.next_retry is not None and summary.next_retry > NOW
    assert store.issue(issue).status == "sending"  # a deferred row is still open
    assert "4 sent" in summary.line() and "1 bounced" in summary.line()


def test_deferred_retried_with_backoff_then_failed_after_window(
    store_url: str, server: Server
) -> None:
    h = server.handler
    h.always["soft@example.com"] = "451 4.3.0 later"
    store, record = setup_store(store_url, [Subscriber("soft@example.com")])
    issue = record.issue.id
    run(store, record, server.transport(), retry_window=timedelta(hours=1))
    first = store.delivery(issue, "soft@example.com")
    assert first.status is DeliveryStatus.DEFERRED and first.attempts == 1
    # Not due yet: nothing is tried.
    summary = run(store, record, server.transport(), clock=lambda: NOW + timedelta(seconds=5))
    assert summary.counts == {} and store.delivery(issue, "soft@example.com").attempts == 1
    # Due: tried again, deferred again (the window is not over).
    later = NOW + timedelta(minutes=10)
    run(store, record, server.transport(), clock=lambda: later, retry_window=timedelta(hours=1))
    assert store.delivery(issue, "soft@example.com").attempts == 2
    # The server recovers: delivered once.
    del h.always["soft@example.com"]
    summary = run(store, record, server.transport(), clock=lambda: NOW + timedelta(minutes=59))
    assert summary.counts == {"sent": 1} and h.count("soft@example.com") == 1
    assert store.issue(issue).status == "sent"

    h.always["late@example.com"] = "451 4.3.0 later"
    store.sync_subscribers([Subscriber("late@example.com")], NOW)
    run(store, record, server.transport(), retry_window=timedelta(hours=1))
    after_window = NOW + timedelta(hours=2)
    summary = run(
        store,
        record,
        server.transport(),
        clock=lambda: after_window,
        retry_window=timedelta(hours=1),
    )
    assert summary.counts == {"failed": 1}
    assert store.delivery(issue, "late@example.com").status is DeliveryStatus.FAILED


def test_retry_decision_backs_off_exponentially_with_jitter_inside_the_window() -> None:
    options = DeliveryOptions(retry_window=timedelta(hours=12))
    rng = random.Random(1)
    delays = []
    for attempts in range(1, 8):
        status, when = retry_decision(attempts, NOW, NOW, options, rng)
        assert status is DeliveryStatus.DEFERRED and when is not None
        delays.append((when - NOW).total_seconds())
    assert 30 <= delays[0] <= 90  # 1 min × [0.5, 1.5)
    assert 0.5 * 60 * 2**5 <= delays[6] <= 1.5 * 60 * 2**5 or delays[6] >= 3600
    status, when = retry_decision(3, NOW, NOW + timedelta(hours=11, minutes=59), options, rng)
    assert when == NOW + timedelta(hours=12)  # the last try lands on the window's end
    assert retry_decision(3, NOW, NOW + timedelta(hours=12), options, rng) == (
        DeliveryStatus.FAILED,
        None,
    )


def test_classify_smtp_reply() -> None:
    assert classify_smtp_reply(451, "4.3.0 later") == "temporary"
    assert classify_smtp_reply(421, "4.3.2 bye") == "connection"
    assert classify_smtp_reply(550, "5.1.1 unknown user") == "mailbox"
    assert classify_smtp_reply(550, "5.7.1 spam") == "policy"
    assert classify_smtp_reply(554, "5.6.0 bad content") == "permanent"


def test_suppression_list_and_status_checked_at_send_time(store_url: str, server: Server) -> None:
    subs = people(5)
    store, record = setup_store(store_url, subs)
    issue = record.issue.id
    store.queue_deliveries(issue, [s.email for s in subs], NOW)
    # Between queueing and sending: one address suppressed, one subscriber unsubscribes.
    store.suppress("USER001@example.com", "complaint forwarded by ops", NOW)
    store.set_subscriber_status("user002@example.com", SubscriberStatus.UNSUBSCRIBED, NOW)
    summary = run(store, record, server.transport())
    assert summary.counts == {"sent": 3, "suppressed": 2}
    assert server.handler.count("user001@example.com") == 0
    assert server.handler.count("user002@example.com") == 0
    row = store.delivery(issue, "user001@example.com")
    assert row.status is DeliveryStatus.SUPPRESSED and "complaint" in (row.error or "")
    assert store.unsuppress("user001@example.com", NOW)
    assert store.suppression("user001@example.com") is None


def test_each_variant_rendered_once_and_sections_and_format_respected(store_url: str) -> None:
    subs = [
        *people(4),
        Subscriber("w1@example.com", sections=("World",)),
        Subscriber("w2@example.com", sections=("world", "Nope")),  # same effective variant
        Subscriber("t1@example.com", format="text"),
        Subscriber("t2@example.com", format="text", sections=("World",)),
        Subscriber("none@example.com", sections=("Sport",)),  # nothing for them today
    ]
    store, record = setup_store(store_url, subs)
    renders = Renders()
    memory = MemoryTransport()
    summary = run(store, record, memory, renders=renders)
    assert sorted(renders.calls) == [("World",), ("World", "Technology")]
    assert summary.counts == {"sent": 8, "suppressed": 1}
    got = {rcpt: msg for rcpt, msg in memory.sent}
    assert "Technology" not in got["w2@example.com"].get_body(("plain",)).get_content()
    assert "Sample story 3" in got["user000@example.com"].get_body(("plain",)).get_content()
    assert got["t1@example.com"].get_content_type() == "text/plain"
    assert got["user000@example.com"].get_content_type() == "multipart/alternative"


def test_parallel_connections_reused_and_capped(store_url: str, server: Server) -> None:
    server.handler.delay = 0.01
    store, record = setup_store(store_url, people(40))
    summary = run(store, record, server.transport(max_messages=5), connections=4)
    assert summary.counts == {"sent": 40}
    assert sorted(r for m in server.handler.received for r in m.recipients) == [
        f"user{i:03d}@example.com" for i in range(40)
    ]
    per_session: dict[int, int] = {}
    for m in server.handler.received:
        per_session[m.session] = per_session.get(m.session, 0) + 1
    assert max(per_session.values()) <= 5  # the per-connection cap
    assert len(per_session) >= 8  # 40 messages / 5 per connection
    assert len(server.handler.sessions) >= 8


def test_global_and_per_domain_rate_limits(store_url: str) -> None:
    clock = [0.0]
    limiter = RateLimiter(10, 2, clock=lambda: clock[0])
    assert limiter.reserve("a.org") == 0
    assert limiter.reserve("b.org") == pytest.approx(0.1)  # global: 10/s
    assert limiter.reserve("a.org") == pytest.approx(0.5)  # per domain: 2/s
    assert limiter.ready_in("c.org") == pytest.approx(0.6)

    subs = people(6, "a.org") + people(6, "b.org")
    store, record = setup_store(store_url, subs)
    memory = MemoryTransport()
    import time

    start = time.monotonic()
    summary = run(store, record, memory, connections=2, per_domain_rate_limit=10, rate_limit=40)
    elapsed = time.monotonic() - start
    assert summary.counts == {"sent": 12}
    assert elapsed >= 0.45  # six messages per domain at 10/s: at least 0.5 s less one slot


def test_stop_flag_finishes_the_message_in_flight_and_gives_back_the_rest(
    store_url: str, server: Server
) -> None:
    server.handler.delay = 0.02
    subs = people(30)
    store, record = setup_store(store_url, subs)

    class StopAfter:
        def __init__(self, n: int) -> None:
            self.n, self.seen = n, 0

        @property
        def stopped(self) -> bool:
            return len(server.handler.received) >= self.n

    summary = run(store, record, server.transport(), stop=StopAfter(5), connections=3)
    assert summary.interrupted
    counts = store.delivery_counts(record.issue.id)
    assert counts.get("sending", 0) == 0  # nothing left claimed
    assert counts["sent"] == len(server.handler.received) < 30
    summary = run(store, record, server.transport(), connections=3)
    assert not summary.interrupted and store.issue(record.issue.id).status == "sent"
    assert sorted(r for m in server.handler.received for r in m.recipients) == sorted(
        s.email for s in subs
    )  # zero repeats
    assert summary.already_done > 0 and "already delivered earlier (not sent again)" in (
        summary.line()
    )


def test_dead_worker_rows_resent_with_the_same_message_id(store_url: str, server: Server) -> None:
    subs = people(3)
    store, record = setup_store(store_url, subs)
    issue = record.issue.id
    store.queue_deliveries(issue, [s.email for s in subs], NOW)
    import socket

    with store.transaction() as conn:  # as a killed process leaves them
        conn.execute(
            "UPDATE deliveries SET status = 'sending', claimed_by = ? WHERE email = ?",
            (f"{socket.gethostname()}:999999999", "user001@example.com"),
        )
    summary = run(store, record, server.transport())
    assert summary.counts == {"sent": 3}
    assert server.handler.received[0].recipients == ["user001@example.com"]  # resumed first
    assert server.handler.received[0].message_id == message_id_for(
        issue, "user001@example.com", "example.org"
    )


def test_dkim_signature_covers_list_headers_and_verifies(tmp_path: Path, store_url: str) -> None:
    dkim = pytest.importorskip("dkim")
    import base64
    import shutil
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test key")
    key_file = tmp_path / "dkim.pem"
    subprocess.run(
        ["openssl", "genrsa", "-out", str(key_file), "2048"], check=True, capture_output=True
    )
    public = subprocess.run(
        ["openssl", "rsa", "-in", str(key_file), "-pubout", "-outform", "DER"],
        check=True,
        capture_output=True,
    ).stdout
    pem = key_file.read_bytes()
    record_txt = b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)
    store, record = setup_store(store_url, people(1))
    memory = MemoryTransport()
    job = job_for(store, record)
    job = DeliveryJob(**{**job.__dict__, "dkim": DkimSigner("sel", "example.org", pem)})
    deliver(job, store, memory, NOW, clock=lambda: NOW, display=Quiet())
    _, _, data = memory.raw[0]
    assert data.startswith(b"DKIM-Signature:")
    signed = {
        h.strip().lower()
        for h in message_from_bytes(data)["DKIM-Signature"].split("h=")[1].split(";")[0].split(":")
    }
    assert {"from", "subject", "date", "list-unsubscribe", "list-unsubscribe-post"} <= signed
    assert dkim.verify(data, dnsfunc=lambda name, timeout=5: record_txt)
    assert not dkim.verify(
        data.replace(b"List-Unsubscribe: <", b"List-Unsubscribe: <x"),
        dnsfunc=lambda name, timeout=5: record_txt,
    )
