"""`digest send` as a real process, killed and resumed, against a real SMTP server on 127.0.0.1.

What the server received is compared with the subscriber list:
- SIGKILL at random points, then resume: nobody lost; repeats ≤ connections × kills, each repeat
  with the same Message-ID as the first copy.
- SIGTERM / SIGINT: the message in flight is finished, nothing is repeated.
- Two senders at once on one store: every delivery exactly once.
Each on both backends: an SQLite file and a real PostgreSQL (tests/pg.py). The PostgreSQL-only
cases (three senders, one on "another machine"; a server restart mid-send) are in
test_delivery_crash_pg.py.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner
from conftest import free_port
from test_delivery import ScriptedSmtp
from test_end_to_end import edit_config

from digest.cli.main import main
from digest.config import load_config
from digest.store import Store

SUBSCRIBERS = 200
CONNECTIONS = 4


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
def sender(project: Path, smtp: tuple[int, ScriptedSmtp], store_url: str) -> Path:
    """A project with 200 subscribers, fetched articles, SMTP pointed at the test server, its
    store on the backend `store_url` names."""
    port, _ = smtp
    folder = project / "subscribers"
    for path in folder.iterdir():
        path.unlink()
    rows = "".join(f"reader{i:03d}@example.com,Reader {i}\n" for i in range(SUBSCRIBERS))
    (folder / "list.csv").write_text("email,name\n" + rows)
    config = project / "config.yaml"
    edit_config(
        config,
        delivery__transport="smtp",
        delivery__smtp={
            "host": "127.0.0.1",
            "port": port,
            "security": "none",
            "connections": CONNECTIONS,
        },
        **({"store": store_url} if "://" in store_url else {}),
    )
    result = CliRunner().invoke(main, ["fetch", "--config", str(config)])
    assert result.exit_code == 0, result.output
    return config


def start(config: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIGEST_")}
    return subprocess.Popen(
        [sys.executable, "-m", "digest", "send", "--config", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for(handler: ScriptedSmtp, proc: subprocess.Popen[str], count: int, limit: float) -> None:
    deadline = time.monotonic() + limit
    while len(handler.received) < count and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)


def finish(config: Path) -> str:
    proc = start(config)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return out


def by_recipient(handler: ScriptedSmtp) -> dict[str, list[str]]:
    ids: dict[str, list[str]] = defaultdict(list)
    for mail in list(handler.received):
        for rcpt in mail.recipients:
            ids[rcpt].append(mail.message_id)
    return ids


def expected() -> list[str]:
    return [f"reader{i:03d}@example.com" for i in range(SUBSCRIBERS)]


def store_of(config: Path) -> Store:
    return Store.open(load_config(config).store_url)


def issue_counts(config: Path) -> dict[str, int]:
    store = store_of(config)
    return store.delivery_counts(store.recent_issues(1)[0].issue.id)


def test_sigkill_at_random_points_then_resume_loses_nobody(
    sender: Path, smtp: tuple[int, ScriptedSmtp]
) -> None:
    _, handler = smtp
    handler.delay = 0.01  # accepted, then 10 ms before the 250: kills land inside sends
    seed = int(time.time())
    rng = random.Random(seed)
    kills = 0
    # Three kills at message counts, one at a random moment of the run (start-up included).
    for _ in range(3):
        proc = start(sender)
        target = len(handler.received) + rng.randint(5, 45)
        wait_for(handler, proc, target, limit=30)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    proc = start(sender)
    time.sleep(rng.uniform(0.2, 3.0))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        kills += 1
    proc.wait()
    out = finish(sender)

    ids = by_recipient(handler)
    assert sorted(ids) == expected(), f"seed {seed}: someone was lost or a stranger was mailed"
    repeats = sum(len(v) - 1 for v in ids.values())
    assert repeats <= CONNECTIONS * kills, f"seed {seed}: {repeats} repeats after {kills} kills"
    for rcpt, message_ids in ids.items():
        assert len(set(message_ids)) == 1, f"seed {seed}: {rcpt} got different Message-IDs"
    assert issue_counts(sender) == {"sent": SUBSCRIBERS}
    assert "already delivered earlier (not sent again)" in out
    print(f"seed {seed}: {kills} kills, {repeats} repeated messages")


def test_sigterm_and_ctrl_c_finish_the_message_in_flight_and_repeat_nobody(
    sender: Path, smtp: tuple[int, ScriptedSmtp]
) -> None:
    _, handler = smtp
    handler.delay = 0.01
    for sig, count in ((signal.SIGTERM, 30), (signal.SIGINT, 90)):
        proc = start(sender)
        wait_for(handler, proc, count, limit=30)
        assert proc.poll() is None, "the run ended before the signal"
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == 130, (out, err)
        assert "stopped early" in out
        counts = issue_counts(sender)
        assert counts.get("sending", 0) == 0  # in-flight message finished, the rest given back
        assert counts["sent"] == len(handler.received) < SUBSCRIBERS
    finish(sender)
    received = Counter(r for m in handler.received for r in m.recipients)
    assert sorted(received) == expected()
    assert set(received.values()) == {1}  # zero repeats
    assert issue_counts(sender) == {"sent": SUBSCRIBERS}


def test_two_concurrent_senders_never_send_a_delivery_twice(
    sender: Path, smtp: tuple[int, ScriptedSmtp]
) -> None:
    _, handler = smtp
    handler.delay = 0.05  # ~2.5 s for one sender alone: the two runs overlap
    first, second = start(sender), start(sender)
    outputs = [p.communicate(timeout=60) for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outputs
    received = Counter(r for m in handler.received for r in m.recipients)
    assert sorted(received) == expected()
    assert set(received.values()) == {1}
    sent = [int(m.group(1)) if (m := re.search(r"(\d+) sent", out)) else 0 for out, _ in outputs]
    assert sum(sent) == SUBSCRIBERS and min(sent) > 0, outputs  # both worked, no overlap
    assert issue_counts(sender) == {"sent": SUBSCRIBERS}
