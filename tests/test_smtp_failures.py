"""A relay that fails as a whole never fails a recipient (issue 13, item 8).

Against a real aiosmtpd server on 127.0.0.1 with AUTH (auth_require_tls=False on loopback):
a wrong password, a 421 greeting, a connection that drops mid-session, a refused port, a
TLS failure, AUTH required but no login configured: the send stops, every delivery not made
stays queued, and the next send delivers everyone exactly once. A per-recipient 550 stays
per-recipient.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from click.testing import CliRunner, Result
from conftest import free_port

from digest.cli import main
from digest.model.records import IssueRecord
from digest.model.types import Issue, Subscriber, SubscriberStatus
from digest.render.checks import sample_issue
from digest.render.issue import render_issue
from digest.render.message import MessageSettings
from digest.render.options import RenderOptions
from digest.send.loop import DeliveryJob, DeliveryOptions, Quiet, SendSummary, deliver
from digest.send.transports import SmtpTransport
from digest.store import Store

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
SETTINGS = MessageSettings("Daily Digest <news@example.org>", "Daily Digest", "https://n.example")
USER, PASSWORD, WRONG = "digest", "right-horse-battery", "wrong-secret-4711"
PASSWORD_ENV = "DIGEST_TEST_SMTP_PASSWORD"
# AUTH without TLS is what these tests want (loopback only); aiosmtpd warns about it.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@dataclass
class Relay:
    """aiosmtpd handler and authenticator: one password, per-address replies, and a switch that
    makes every DATA after the first `drop_after` messages drop the connection."""

    password: str = PASSWORD
    replies: dict[str, str] = field(default_factory=dict)  # address -> RCPT reply
    drop_after: int | None = None
    drop_for: set[str] = field(default_factory=set)  # these addresses drop at DATA, always
    received: list[str] = field(default_factory=list)  # one entry per accepted recipient
    logins: list[bool] = field(default_factory=list)  # each AUTH attempt: accepted?
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == USER.encode()
            and auth_data.password == self.password.encode()
        )
        with self.lock:
            self.logins.append(ok)
        return AuthResult(success=ok, handled=False)  # on failure aiosmtpd answers 535

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        reply = self.replies.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address.lower())
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.lock:
            dropping = (self.drop_after is not None and len(self.received) >= self.drop_after) or (
                set(envelope.rcpt_tos) & self.drop_for
            )
            if not dropping:
                self.received.extend(envelope.rcpt_tos)
        if dropping:
            server.transport.close()  # the relay goes away mid-session, the message not taken
            return "421 4.3.2 going away"
        return "250 Message accepted"

    def counts(self) -> Counter[str]:
        return Counter(self.received)


@contextmanager
def relay_on(port: int, relay: Relay, *, auth: bool = True) -> Iterator[Relay]:
    kwargs = {"auth_required": True, "auth_require_tls": False, "authenticator": relay}
    controller = Controller(relay, hostname="127.0.0.1", port=port, **(kwargs if auth else {}))
    controller.start()
    try:
        yield relay
    finally:
        controller.stop()


@contextmanager
def busy_greeter(port: int) -> Iterator[list[int]]:
    """A real listener that answers every connection with a 421 greeting and hangs up, like a
    relay over its connection limit (RFC 5321 §3.1). Yields the list of connections seen."""
    seen: list[int] = []
    server = socket.create_server(("127.0.0.1", port))

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            seen.append(1)
            with conn:
                conn.sendall(b"421 4.3.2 Too many connections, try again later\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield seen
    finally:
        server.shutdown(socket.SHUT_RDWR)  # wakes accept(); close() alone leaves it listening
        server.close()
        thread.join(5)


# -- the send loop, on a store ------------------------------------------------------------------

PEOPLE = [Subscriber(f"reader{i:02d}@example.com", f"Reader {i}") for i in range(12)]


def setup_store(tmp_path: Path) -> tuple[Store, IssueRecord]:
    store = Store(tmp_path / "d.sqlite3")
    store.sync_subscribers(PEOPLE, NOW)
    issue = sample_issue(NOW)
    record = store.save_issue(
        Issue("daily-2026-11-28", "daily", issue.title, "Daily", NOW, NOW, NOW, issue.sections),
        "2026-11-28",
    )
    return store, record


def send(
    store: Store, record: IssueRecord, transport: SmtpTransport, connections: int = 3
) -> SendSummary:
    job = DeliveryJob(
        record=record,
        settings=SETTINGS,
        render=lambda issue: render_issue(
            issue,
            RenderOptions(title="Daily", base_url="https://n.example"),
            templates_dir=ROOT / "templates",
        ),
        unsubscribe_url=lambda sub: f"https://n.example/unsubscribe/{sub.key}",
        recipients=(s.email for s in store.iter_subscribers(SubscriberStatus.ACTIVE)),
        options=DeliveryOptions(connections=connections),
    )
    return deliver(job, store, transport, NOW, clock=lambda: NOW, display=Quiet())


def smtp(port: int, password: str | None = PASSWORD, **kwargs: object) -> SmtpTransport:
    kwargs.setdefault("security", "none")
    username = USER if password is not None else None
    return SmtpTransport(
        "127.0.0.1", port, username=username, password=password, timeout=5, **kwargs
    )


def assert_all_kept(store: Store, record: IssueRecord, summary: SendSummary, sent: int = 0):
    """The relay stopped the send: nobody failed or deferred, the rest queued, still open."""
    counts = store.delivery_counts(record.issue.id)
    assert counts == ({"sent": sent} if sent else {}) | {"queued": len(PEOPLE) - sent}, counts
    assert summary.stopped and summary.waiting == len(PEOPLE) - sent
    assert store.issue(record.issue.id).status == "sending"  # type: ignore[union-attr]


def assert_everyone_once(relay: Relay, store: Store, record: IssueRecord) -> None:
    assert relay.counts() == Counter({p.email: 1 for p in PEOPLE})
    assert store.delivery_counts(record.issue.id) == {"sent": len(PEOPLE)}
    assert store.issue(record.issue.id).status == "sent"  # type: ignore[union-attr]


def test_wrong_password_stops_the_send_then_the_right_one_delivers_everyone_once(
    tmp_path: Path,
) -> None:
    store, record = setup_store(tmp_path)
    port = free_port()
    with relay_on(port, Relay()) as relay:
        summary = send(store, record, smtp(port, WRONG), connections=4)
        assert_all_kept(store, record, summary)
        assert "535" in summary.stopped and WRONG not in summary.line()  # type: ignore[operator]
        assert summary.counts == {} and relay.received == []
        # One session tried to log in (smtplib tries each mechanism the relay offers, so one
        # session is one or two AUTH commands); the other three workers never connected.
        assert 1 <= len(relay.logins) <= 2 and not any(relay.logins)

        summary = send(store, record, smtp(port, PASSWORD), connections=4)
        assert summary.stopped is None and summary.counts == {"sent": len(PEOPLE)}
        assert_everyone_once(relay, store, record)


def test_421_at_the_greeting_stops_the_send_until_the_relay_is_back(tmp_path: Path) -> None:
    store, record = setup_store(tmp_path)
    port = free_port()
    with busy_greeter(port) as seen:
        summary = send(store, record, smtp(port))
        assert_all_kept(store, record, summary)
        assert "421" in summary.stopped  # type: ignore[operator]
        assert len(seen) == 3  # one connection and its two reconnects, by one worker only
    with relay_on(port, Relay()) as relay:
        send(store, record, smtp(port))
        assert_everyone_once(relay, store, record)


def test_a_relay_that_drops_every_session_mid_send_stops_it_and_the_rest_follows_once(
    tmp_path: Path,
) -> None:
    store, record = setup_store(tmp_path)
    port = free_port()
    with relay_on(port, Relay(drop_after=5)) as relay:
        summary = send(store, record, smtp(port), connections=2)
        assert_all_kept(store, record, summary, sent=5)
        assert "connection lost" in summary.stopped  # type: ignore[operator]
        relay.drop_after = None  # the relay is back
        summary = send(store, record, smtp(port), connections=2)
        assert summary.stopped is None and summary.already_done == 5
        assert_everyone_once(relay, store, record)


def test_a_message_that_drops_the_session_every_time_is_deferred_not_a_stop(
    tmp_path: Path,
) -> None:
    # The relay works for everyone else: the problem is this one message, so it must not hold
    # up the issue (it is retried later, like a 4xx, and fails once the retry window is over).
    store, record = setup_store(tmp_path)
    port = free_port()
    poison = PEOPLE[3].email
    with relay_on(port, Relay(drop_for={poison})) as relay:
        summary = send(store, record, smtp(port), connections=1)
    assert summary.stopped is None
    assert summary.counts == {"sent": len(PEOPLE) - 1, "deferred": 1}
    row = store.delivery(record.issue.id, poison)
    assert row and row.status.value == "deferred" and "every time" in (row.error or "")
    assert relay.counts()[poison] == 0 and len(relay.received) == len(PEOPLE) - 1


@pytest.mark.parametrize("kind", ["refused", "tls", "auth required", "no auth offered"])
def test_every_relay_failure_stops_the_send_and_fails_nobody(tmp_path: Path, kind: str) -> None:
    store, record = setup_store(tmp_path)
    port = free_port()
    if kind == "refused":  # nothing listens on the port
        summary = send(store, record, smtp(port))
        assert "cannot connect" in summary.stopped  # type: ignore[operator]
    elif kind == "tls":  # implicit TLS towards a relay that speaks plain SMTP
        with relay_on(port, Relay()):
            summary = send(store, record, smtp(port, security="ssl"))
        assert "TLS" in summary.stopped  # type: ignore[operator]
    elif kind == "auth required":  # no username configured; the relay wants a login (530)
        with relay_on(port, Relay()) as relay:
            summary = send(store, record, smtp(port, password=None))
        assert "530" in summary.stopped and relay.received == []  # type: ignore[operator]
    else:  # a username configured, but the relay offers no AUTH at all
        with relay_on(port, Relay(), auth=False) as relay:
            summary = send(store, record, smtp(port))
        assert "AUTH" in summary.stopped and relay.received == []  # type: ignore[operator]
    assert_all_kept(store, record, summary)


def test_a_550_for_one_recipient_stays_with_that_recipient(tmp_path: Path) -> None:
    store, record = setup_store(tmp_path)
    port = free_port()
    gone = PEOPLE[5].email
    with relay_on(port, Relay(replies={gone: "550 5.1.1 no such mailbox"})) as relay:
        summary = send(store, record, smtp(port))
    assert summary.stopped is None
    assert summary.counts == {"sent": len(PEOPLE) - 1, "bounced": 1}
    assert store.delivery_counts(record.issue.id) == {"sent": len(PEOPLE) - 1, "failed": 1}
    assert store.subscriber(gone).status is SubscriberStatus.BOUNCED  # type: ignore[union-attr]
    assert store.issue(record.issue.id).status == "sent"  # type: ignore[union-attr]
    assert gone not in relay.received


# -- the command: exit status, one line, status alert, --to ------------------------------------


def digest(project: Path, *args: str, password: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, PASSWORD_ENV: password, "DIGEST_CONFIG": str(project / "config.yaml")}
    return subprocess.run(
        [sys.executable, "-m", "digest", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=project,
        timeout=120,
    )


def cli(project: Path, *args: str) -> Result:
    return CliRunner().invoke(main, [*args, "--config", str(project / "config.yaml")])


def test_digest_send_with_a_wrong_password_says_so_once_and_the_next_send_delivers(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    config = project / "config.yaml"
    data = yaml.safe_load(config.read_text())
    data["delivery"]["transport"] = "smtp"
    data["delivery"]["smtp"].update(
        {
            "host": "127.0.0.1",
            "port": port,
            "security": "none",
            "username": USER,
            "password_env": PASSWORD_ENV,
        }
    )
    config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    readers = [f"reader{n:02d}@example.org" for n in range(10)]
    rows = "".join(f"{address},Reader\n" for address in readers)
    (project / "subscribers" / "more.csv").write_text("email,name\n" + rows)
    everyone = ["ada@example.org", "grace@example.org", "linus@example.net", *readers]

    with relay_on(port, Relay()) as relay:
        monkeypatch.setenv(PASSWORD_ENV, WRONG)
        assert cli(project, "fetch").exit_code == 0
        # In a process of its own, to see exactly what a person (or cron) sees on stderr.
        wrong = digest(project, "send", password=WRONG)
        assert wrong.returncode == 75, wrong.stderr
        lines = wrong.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: issue "), wrong.stderr
        assert "535" in lines[0] and "nobody was marked failed" in lines[0]
        assert "Traceback" not in wrong.stderr and WRONG not in wrong.stderr + wrong.stdout

        alerts = cli(project, "status").output.split("\nalerts\n", 1)[1]
        assert "send stopped" in alerts and "535" in alerts and "13 deliveries waiting" in alerts

        test_copy = digest(project, "send", "--to", "editor@example.com", password=WRONG)
        assert test_copy.returncode == 1
        assert test_copy.stderr.strip().startswith("error: test copy not sent: SMTP login")
        assert len(test_copy.stderr.strip().splitlines()) == 1, test_copy.stderr
        assert "Traceback" not in test_copy.stderr and WRONG not in test_copy.stderr

        monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
        right = cli(project, "send")
        assert right.exit_code == 0, right.output
        assert "13 sent" in right.output
        assert relay.counts() == Counter({address: 1 for address in everyone})

        again = cli(project, "send")
        assert again.exit_code == 0 and len(relay.received) == len(everyone)
        assert "send stopped" not in cli(project, "status").output  # sent now: alert gone


def test_digest_run_retries_a_stopped_send_and_delivers_everyone_once_when_fixed(
    project: Path,
) -> None:
    # The relay's password is changed under a running scheduler: its sends stop (no one is
    # failed), and once the relay takes the configured password again the next sweep delivers.
    port = free_port()
    config = project / "config.yaml"
    data = yaml.safe_load(config.read_text())
    data["delivery"]["transport"] = "smtp"
    data["delivery"]["smtp"].update(
        {
            "host": "127.0.0.1",
            "port": port,
            "security": "none",
            "username": USER,
            "password_env": PASSWORD_ENV,
        }
    )
    for feed in data["feeds"]:
        feed["full_text"] = False  # only local files
    data["fetch"]["interval"] = "1s"
    data["schedules"][0]["lookback"] = "30d"
    config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    everyone = ["ada@example.org", "grace@example.org", "linus@example.net"]

    with relay_on(port, Relay(password="rotated-by-the-provider")) as relay:
        env = {**os.environ, PASSWORD_ENV: PASSWORD, "DIGEST_TEST_TICK": "1"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "digest", "run", "--config", str(config)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=project,
        )
        try:
            store = Store.open(str(project / "var" / "digest.sqlite3"))
            wait_until(lambda: any(e["kind"] == "send-stopped" for e in store.run_events()))
            (record,) = store.recent_issues(1)
            assert relay.received == [] and not any(relay.logins)
            assert set(store.delivery_counts(record.issue.id)) == {"queued"}
            relay.password = PASSWORD  # fixed
            wait_until(lambda: store.delivery_counts(record.issue.id) == {"sent": 3})
            time.sleep(1.5)  # more sweeps: nothing goes out twice
            assert relay.counts() == Counter({address: 1 for address in everyone})
            assert store.issue(record.issue.id).status == "sent"  # type: ignore[union-attr]
        finally:
            proc.terminate()
            assert proc.wait(timeout=20) == 0


def wait_until(predicate: Callable[[], bool], timeout: float = 40.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)
