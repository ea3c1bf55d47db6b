"""Several `digest send` processes on one PostgreSQL store, killed and cut off, against a real
SMTP server on 127.0.0.1 (issue 16).

- Three senders at once, one of them on "another machine" (its own UTS namespace with another
  host name, so its pids mean nothing to the others: its death shows only through its lease);
  that one is killed with SIGKILL mid-send. Nobody is lost; repeats ≤ the killed sender's SMTP
  connections, each with the first copy's Message-ID; the survivors take its rows over once its
  lease (3 s here) runs out and finish the issue.
- The same three senders while PostgreSQL restarts under them: they reconnect and finish,
  nobody lost, nobody mailed twice.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner
from conftest import free_port
from pg import PgCluster
from test_delivery import ScriptedSmtp
from test_end_to_end import edit_config

from digest.cli.main import main
from digest.config import load_config
from digest.store import Store

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
SUBSCRIBERS = 240
CONNECTIONS = 2  # per sender


@pytest.fixture
def smtp() -> Iterator[tuple[int, ScriptedSmtp]]:
    handler = ScriptedSmtp()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, handler
    finally:
        controller.stop()


@pytest.fixture
def senders(project: Path, smtp: tuple[int, ScriptedSmtp], pg_url: str) -> Path:
    """A project on PostgreSQL with 240 subscribers and fetched articles; a 3 s lease."""
    port, _ = smtp
    folder = project / "subscribers"
    for path in folder.iterdir():
        path.unlink()
    rows = "".join(f"reader{i:03d}@example.com,Reader {i}\n" for i in range(SUBSCRIBERS))
    (folder / "list.csv").write_text("email,name\n" + rows)
    config = project / "config.yaml"
    edit_config(
        config,
        store=pg_url,
        delivery__transport="smtp",
        delivery__lease="3s",
        delivery__smtp={
            "host": "127.0.0.1",
            "port": port,
            "security": "none",
            "connections": CONNECTIONS,
        },
    )
    result = CliRunner().invoke(main, ["fetch", "--config", str(config)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["build", "--config", str(config)])
    assert result.exit_code == 0, result.output
    return config


def other_machine_prefix() -> list[str]:
    """Run a command under another host name (its own UTS namespace); root or user namespaces."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.fail("unshare (util-linux) is missing: apt-get install util-linux")
    userns = [] if os.geteuid() == 0 else ["--map-root-user"]
    return [unshare, "--uts", *userns, "sh", "-c", 'hostname digest-other-host && exec "$@"', "-"]


def start(config: Path, *, elsewhere: bool = False) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIGEST_")}
    command = [sys.executable, "-m", "digest", "send", "--config", str(config)]
    return subprocess.Popen(
        (other_machine_prefix() if elsewhere else []) + command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def expected() -> list[str]:
    return [f"reader{i:03d}@example.com" for i in range(SUBSCRIBERS)]


def by_recipient(handler: ScriptedSmtp) -> dict[str, list[str]]:
    ids: dict[str, list[str]] = defaultdict(list)
    for mail in list(handler.received):
        for rcpt in mail.recipients:
            ids[rcpt].append(mail.message_id)
    return ids


def counts(config: Path) -> dict[str, int]:
    store = Store.open(load_config(config).store_url)
    try:
        return store.delivery_counts(store.recent_issues(1)[0].issue.id)
    finally:
        store.close()


def test_the_other_machine_sender_killed_mid_send_is_taken_over_through_its_lease(
    senders: Path, smtp: tuple[int, ScriptedSmtp]
) -> None:
    _, handler = smtp
    handler.delay = 0.02
    other = start(senders, elsewhere=True)
    deadline = time.monotonic() + 30
    while len(handler.received) < 20 and time.monotonic() < deadline and other.poll() is None:
        time.sleep(0.005)
    local = [start(senders), start(senders)]
    while len(handler.received) < 90 and time.monotonic() < deadline and other.poll() is None:
        time.sleep(0.005)
    assert other.poll() is None, other.communicate()
    other.send_signal(signal.SIGKILL)
    other.wait()
    killed_at = time.monotonic()
    outputs = [p.communicate(timeout=90) for p in local]
    assert all(p.returncode == 0 for p in local), outputs
    ids = by_recipient(handler)
    assert sorted(ids) == expected(), "someone was lost or a stranger was mailed"
    repeats = sum(len(v) - 1 for v in ids.values())
    twice = sorted(rcpt for rcpt, got in ids.items() if len(got) > 1)
    assert repeats <= CONNECTIONS, (
        f"{repeats} repeats after one kill of a {CONNECTIONS}-connection sender: {twice};"
        f" the survivors said {outputs}"
    )
    for rcpt, message_ids in ids.items():
        assert len(set(message_ids)) == 1, f"{rcpt} got different Message-IDs"
    assert counts(senders) == {"sent": SUBSCRIBERS}
    assert time.monotonic() - killed_at < 30  # lease 3 s: taken over, not waited out
    print(f"{repeats} repeated message(s) after killing the other machine's sender")


def test_senders_ride_out_a_postgresql_restart(
    senders: Path, smtp: tuple[int, ScriptedSmtp], pg_cluster: PgCluster
) -> None:
    _, handler = smtp
    handler.delay = 0.02
    # A lease longer than any restart here: this test is about reconnecting, not takeovers
    # (a sender whose heartbeat failed for a whole lease stops: `LeaseLost`).
    edit_config(senders, delivery__lease="30s")
    procs = [start(senders, elsewhere=True), start(senders), start(senders)]
    deadline = time.monotonic() + 30
    while len(handler.received) < 60 and time.monotonic() < deadline:
        time.sleep(0.005)
    assert all(p.poll() is None for p in procs), "a sender ended before the restart"
    pg_cluster.restart()
    outputs = [p.communicate(timeout=120) for p in procs]
    # Every store call of a send's bookkeeping (counts, status, next retry) rides out the
    # restart too (`retry_lost`), not only claims and outcomes.
    assert all(p.returncode == 0 for p in procs), outputs
    received = Counter(r for m in handler.received for r in m.recipients)
    assert sorted(received) == expected()
    repeats = sum(n - 1 for n in received.values())
    # A restart kills no sender: a repeat could only follow an outcome lost with a connection.
    assert repeats == 0, f"{repeats} repeats"
    assert counts(senders) == {"sent": SUBSCRIBERS}
    assert any("retrying" in err for _, err in outputs), "no sender saw the restart"


def test_a_sender_cut_off_for_longer_than_its_lease_stops_in_one_line_and_a_rerun_finishes(
    senders: Path, smtp: tuple[int, ScriptedSmtp], pg_cluster: PgCluster
) -> None:
    """PostgreSQL away for longer than the 3 s lease: the sender cannot know whether its rows
    were taken over, so it stops (`LeaseLost`) with one `error:` line and EX_TEMPFAIL (75), not
    a traceback; a rerun sends the rest; nobody lost, repeats ≤ its connections."""
    _, handler = smtp
    handler.delay = 0.02
    proc = start(senders)
    deadline = time.monotonic() + 30
    while len(handler.received) < 40 and time.monotonic() < deadline:
        time.sleep(0.005)
    assert proc.poll() is None, proc.communicate()
    pg_cluster.stop()
    time.sleep(4.5)  # > the lease: the heartbeat fails all along
    pg_cluster.start()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 75, (out, err)
    assert "Traceback" not in err, err
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "could not renew" in errors[0], err
    rerun = start(senders)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, (out, err)
    received = Counter(r for m in handler.received for r in m.recipients)
    assert sorted(received) == expected()
    assert sum(n - 1 for n in received.values()) <= CONNECTIONS
    assert counts(senders) == {"sent": SUBSCRIBERS}


# -- takeovers that race ------------------------------------------------------------------------

FAR = "far-away/0000:1:1:run"  # another machine's sender: only its lease speaks for it


def expired_far_claims(pg_url: str, count: int) -> list[str]:
    """`count` rows held by a sender on another machine whose lease has run out."""
    store = Store.open(pg_url)
    try:
        emails = [f"r{i:04d}@x.org" for i in range(count)]
        store.queue_deliveries("i1", emails, NOW)
        assert len(store.claim_deliveries("i1", NOW, limit=count, owner=FAR)) == count
        store.db.execute("UPDATE deliveries SET lease_until = epoch_now() - 1")
        return emails
    finally:
        store.close()


def test_a_row_another_sender_took_over_meanwhile_is_not_taken_again(pg_url: str) -> None:
    """The candidates are read without a lock; the lock must re-check who holds them."""
    expired_far_claims(pg_url, 2)
    first, second = Store.open(pg_url), Store.open(pg_url)
    try:
        seen = [("r0000@x.org", FAR, False), ("r0001@x.org", FAR, False)]
        taken = second.claim_deliveries("i1", NOW, limit=1, owner="here/1:2:3:second")
        assert [c.delivery.email for c in taken] == ["r0000@x.org"]
        with first._claiming() as conn:  # what `first` read before `second` took r0000
            kept = first._lock_takeovers(conn, "i1", seen, 2)
        assert [email for email, _, _ in kept] == ["r0001@x.org"]
        # A holder that renewed its lease meanwhile keeps its row too.
        first.db.execute("UPDATE deliveries SET lease_until = epoch_now() + 60")
        with first._claiming() as conn:
            assert first._lock_takeovers(conn, "i1", seen[1:], 2) == []
    finally:
        first.close()
        second.close()


def test_senders_taking_over_one_dead_sender_at_once_never_share_a_row(pg_url: str) -> None:
    emails = expired_far_claims(pg_url, 400)
    got: list[list[str]] = [[] for _ in range(4)]
    stores = [Store.open(pg_url) for _ in range(4)]
    ready = threading.Barrier(4)

    def take(slot: int) -> None:
        store, owner = stores[slot], f"here/1:2:3:taker{slot}"
        ready.wait()
        while batch := store.claim_deliveries("i1", NOW, limit=4, owner=owner):
            got[slot] += [c.delivery.email for c in batch]
            store.__dict__["_next_takeover_probe"] = 0.0  # look for takeovers every time

    threads = [threading.Thread(target=take, args=(slot,)) for slot in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for store in stores:
        store.close()
    claimed = Counter(email for part in got for email in part)
    assert sorted(claimed) == emails
    assert [email for email, n in claimed.items() if n > 1] == []
    assert sum(1 for part in got if part) >= 2  # they really raced
