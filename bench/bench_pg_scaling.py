"""Many senders on one PostgreSQL store (issue 16): how sending scales, what the store costs.

    .venv/bin/python bench/bench_pg_scaling.py [--scaling 1000 --repeat 3] [--store-cost 20000]
                                              [--million 1000000 --window 60]

Starts its own throwaway PostgreSQL (tests/pg.py: Debian's binaries, fsync off, loopback).
The senders keep compiled bytecode (in a temporary cache, filled by one unmeasured warm-up
send), as an installed package does; this environment's PYTHONDONTWRITEBYTECODE made each
start compile digest again.

1. scaling: an SMTP server (aiosmtpd) that answers each message 40 ms after its DATA (a relay's
   latency), 1, 2 and 4 `digest send` processes on one issue, one SMTP connection each (one
   connection = one sender, so the sink knows which sender sent what), --repeat rounds.
   Messages per second while all senders run (from the last sender's first message to the
   first sender's last: how sending scales, start-up apart), first to last message, and end
   to end (spawn to the last exit: what a cron'd `digest send` gets); start-up to each one's
   first message; medians over the rounds. Goal: 4 senders ≥ 3.5 × one.
2. store cost: claim (batches of 16) + finish (one statement per batch) per delivery, in one
   process, PostgreSQL against SQLite: CPU ms per message in the sender, wall ms per message.
   Goal: ≤ 0.3 ms CPU per message on PostgreSQL.
3. million: N subscribers (COPY'd in, in random order), `queue_deliveries` of the issue (goal
   ≤ 20 s), then 4 `digest send` processes (4 connections each) against Postfix's smtp-sink for
   --window seconds: their throughput, each one's peak RSS (goal ≤ 200 MB), against a raw
   smtplib blast of the same bytes over the same 16 connections for the same time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import shutil
import smtplib
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_delivery import free_port, make_project, start_sink  # noqa: E402
from pg import start_cluster, stop_cluster  # noqa: E402

from digest.config import load_config  # noqa: E402
from digest.model.records import DeliveryFinish  # noqa: E402
from digest.model.types import DeliveryStatus  # noqa: E402
from digest.pipeline.build import build_issue  # noqa: E402
from digest.pipeline.clock import utcnow  # noqa: E402
from digest.pipeline.poll import fetch_feeds  # noqa: E402
from digest.pipeline.sending import recipients_of  # noqa: E402
from digest.store import Store  # noqa: E402


class SlowSink:
    """aiosmtpd handler: accept everything, answer each DATA after `delay` seconds; remembers
    when each message was answered and on which connection (one connection = one sender)."""

    def __init__(self, delay: float):
        self.delay = delay
        self.times: list[tuple[float, object]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        await asyncio.sleep(self.delay)
        self.times.append((time.perf_counter(), session.peer))
        return "250 OK"


def project_on(folder: Path, pg_url: str, port: int, connections: int) -> Path:
    config = make_project(folder, port, connections)
    data = yaml.safe_load(config.read_text())
    data["store"] = pg_url
    # One connection stays one sender for the whole run (the window where all senders run is
    # found per connection).
    data["delivery"]["smtp"]["max_messages_per_connection"] = 1_000_000
    config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    for path in (folder / "subscribers").iterdir():
        path.unlink()
    return config


def load_subscribers(store: Store, n: int) -> None:
    """n active subscribers, COPY'd straight in (setting up, not measured), in no particular
    order, as a real list grows: the first million-queue figure (20 s) had them in address
    order, which is the order the queue's indexes want; in random order it took ~2 × that."""
    assert store._pg is not None
    now = utcnow().isoformat()
    order = list(range(n))
    random.Random(16).shuffle(order)
    with store.transaction() as conn:
        raw = conn.raw  # type: ignore[attr-defined]
        columns = "email, identity, name, format, status, key, origin, created_at, updated_at"
        with raw.cursor().copy(f"COPY subscribers ({columns}) FROM STDIN") as copy:
            for i in order:
                email = f"reader{i:07d}@example{i % 50}.com"
                fmt = "text" if i % 20 == 0 else "html"
                key = secrets.token_urlsafe(12)
                copy.write_row((email, email, f"Reader {i}", fmt, "active", key, "bench", now, now))


def prepared(folder: Path, cluster, port: int, connections: int, subscribers: int):
    """A project on a new database: fetched, subscribers in, the issue built."""
    url = cluster.url(cluster.new_database("bench"))
    config = project_on(folder, url, port, connections)
    loaded = load_config(config)
    store = Store.open(url)
    fetch_feeds(loaded, store, utcnow())
    load_subscribers(store, subscribers)
    result = build_issue(loaded, store, loaded.schedules[0], utcnow())
    assert result.record is not None, result.skipped_reason
    return config, store, result.record


def sender_env(cache: Path) -> dict[str, str]:
    """The senders' environment: no DIGEST_* from ours, and compiled bytecode kept (in `cache`,
    outside the checkout), as an installed package has it. This environment sets
    PYTHONDONTWRITEBYTECODE, which made every `digest send` compile digest's ~80 modules again
    (0.2 s CPU per start, 4 at once on 2 loaded cores)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIGEST_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def warm_up(cluster, cache: Path) -> None:
    """One unmeasured `digest send` (20 subscribers): fills the bytecode cache with every
    module a send imports (with a cache prefix Python ignores the packages' own __pycache__)."""
    with sink_and_project(cluster, 0.0, 20) as (_, config):
        for proc in senders(config, 1, cache):
            out, err = proc.communicate(timeout=600)
            if proc.returncode != 0:
                sys.exit(f"warm-up sender failed: {out}\n{err}")


@contextmanager
def sink_and_project(cluster, delay: float, subscribers: int) -> Iterator[tuple[SlowSink, Path]]:
    """A loopback SMTP sink answering after `delay` s and a prepared project (its config path)
    sending to it, for the block's length."""
    sink = SlowSink(delay)
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            config, store, _ = prepared(Path(folder), cluster, port, 1, subscribers)
            store.close()
            yield sink, config
    finally:
        controller.stop()


def senders(config: Path, n: int, cache: Path) -> list[subprocess.Popen[str]]:
    return [
        subprocess.Popen(
            [sys.executable, "-m", "digest", "send", "--config", str(config)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=sender_env(cache),
        )
        for _ in range(n)
    ]


@dataclass
class ScalingRun:
    """One run of `count` senders: when each connection sent its first and last message."""

    count: int
    spawned: float
    exited: float
    times: list[tuple[float, object]]
    load: float

    def per_sender(self) -> list[tuple[float, float, int]]:
        spans: dict[object, list[float]] = {}
        for at, peer in self.times:
            spans.setdefault(peer, []).append(at)
        return sorted((min(ts), max(ts), len(ts)) for ts in spans.values())

    def all_running(self) -> tuple[float, float, int]:
        """(start, end, messages) of the window in which every sender was sending: from the
        last sender's first message to the first sender's last message."""
        spans = self.per_sender()
        start = max(first for first, _, _ in spans)
        end = min(last for _, last, _ in spans)
        return start, end, sum(1 for at, _ in self.times if start <= at <= end)

    def rate_all_running(self) -> float:
        start, end, count = self.all_running()
        return (count - 1) / (end - start) if end > start and count > 1 else float("nan")

    def rate_end_to_end(self) -> float:
        """Messages over the processes' whole life: start-up, sending, exit."""
        return len(self.times) / (self.exited - self.spawned)

    def rate_first_to_last(self) -> float:
        ats = sorted(at for at, _ in self.times)
        return (len(ats) - 1) / (ats[-1] - ats[0])

    def tail(self) -> float:
        """Seconds from the last message to the last sender's exit (the last one standing
        waits for the others' claims, then exits)."""
        return self.exited - max(at for at, _ in self.times)

    def startups(self) -> list[float]:
        """Seconds from spawning the senders to each one's first message."""
        return [first - self.spawned for first, _, _ in self.per_sender()]


def one_scaling_run(cluster, subscribers: int, count: int, cache: Path) -> ScalingRun:
    with sink_and_project(cluster, 0.040, subscribers) as (sink, config):
        load = os.getloadavg()[0]
        spawned = time.perf_counter()
        exits = wait_all(senders(config, count, cache))
    if len(sink.times) != subscribers:
        sys.exit(f"{len(sink.times)} messages for {subscribers} subscribers")
    return ScalingRun(count, spawned, max(exits), list(sink.times), load)


def wait_all(procs: list[subprocess.Popen[str]]) -> list[float]:
    """Wait for every sender; when each exited."""
    exits = [0.0] * len(procs)

    def wait(i: int) -> None:
        out, err = procs[i].communicate(timeout=1800)
        exits[i] = time.perf_counter()
        if procs[i].returncode != 0:
            print(f"sender failed: {out}\n{err}", file=sys.stderr)

    threads = [threading.Thread(target=wait, args=(i,)) for i in range(len(procs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if any(proc.returncode != 0 for proc in procs):
        sys.exit("a sender failed")
    return exits


def scaling(cluster, subscribers: int, repeat: int, cache: Path) -> None:
    print(
        f"\n1. scaling: {subscribers} subscribers, SMTP answers after 40 ms, 1 connection each,"
        f" {repeat} round(s) of 1 / 2 / 4 senders (medians)"
    )
    runs: dict[int, list[ScalingRun]] = {1: [], 2: [], 4: []}
    for round_ in range(repeat):
        for count in runs:
            run = one_scaling_run(cluster, subscribers, count, cache)
            runs[count].append(run)
            start, end, inside = run.all_running()
            print(
                f"   round {round_ + 1}, {count} sender(s), load {run.load:4.1f}:"
                f" {run.rate_all_running():5.1f} msg/s while all ran ({inside} messages in"
                f" {end - start:4.1f} s), {run.rate_end_to_end():5.1f} end to end"
                f" (wall {run.exited - run.spawned:4.1f} s), start-up to first message"
                f" {', '.join(f'{s:.1f}' for s in run.startups())} s, last message to exit"
                f" {run.tail():.1f} s"
            )
    metrics = {
        "while all senders run": ScalingRun.rate_all_running,
        "first to last message": ScalingRun.rate_first_to_last,
        "end to end (spawn to exit)": ScalingRun.rate_end_to_end,
    }
    for label, metric in metrics.items():
        medians = {count: statistics.median(metric(r) for r in rs) for count, rs in runs.items()}
        print(
            f"   {label:<27} 1 / 2 / 4: {medians[1]:5.1f} / {medians[2]:5.1f} /"
            f" {medians[4]:5.1f} msg/s; 4 / 1 = {medians[4] / medians[1]:.2f}"
            + (" (goal ≥ 3.5)" if label.startswith("while") else "")
        )
    startups = [s for r in runs[4] for s in r.startups()]
    print(
        f"   start-up to first message, 4 senders at once: median {statistics.median(startups):.1f}"
        f" s, max {max(startups):.1f} s; one alone: median"
        f" {statistics.median(s for r in runs[1] for s in r.startups()):.1f} s"
    )


def store_cost(cluster, n: int, tmp: Path) -> None:
    print(f"\n2. store cost per delivery: claim (16 a batch) + finish, {n} deliveries")
    now = datetime.now(UTC)
    for name, target in (("SQLite", str(tmp / "cost.sqlite3")), ("PostgreSQL", None)):
        url = target or cluster.url(cluster.new_database("cost"))
        store = Store.open(url)
        emails = [f"r{i:07d}@example.com" for i in range(n)]
        store.queue_deliveries("cost", emails, now)
        owner = store.start_run()
        cpu, wall = time.process_time(), time.perf_counter()
        done = 0
        while claims := store.claim_deliveries("cost", now, limit=16, owner=owner):
            finishes = [
                DeliveryFinish(c.delivery.email, DeliveryStatus.SENT, now, "<m@x>", owner=owner)
                for c in claims
            ]
            store.finish_deliveries("cost", finishes)
            done += len(claims)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        store.end_run(owner)
        assert done == n and store.delivery_counts("cost") == {"sent": n}
        print(
            f"   {name:<10} CPU {1000 * cpu / n:.3f} ms/message, wall {1000 * wall / n:.3f}"
            f" ms/message ({n / wall:,.0f} deliveries/s, one process)"
        )
        store.close()


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def million(cluster, n: int, window: float, cache: Path) -> None:
    print(f"\n3. {n:,} subscribers on PostgreSQL against smtp-sink, 4 senders × 4 connections")
    sink, port = start_sink()
    try:
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            config, store, record = prepared(Path(folder), cluster, port, 4, n)
            print(
                f"   setup (fetch, {n:,} subscribers COPY'd, build):"
                f" {time.perf_counter() - started:.1f} s"
            )
            loaded = load_config(config)
            schedule = loaded.schedule(record.issue.schedule)
            cpu, wall = time.process_time(), time.perf_counter()
            queued = store.queue_deliveries(
                record.issue.id, recipients_of(store, schedule), utcnow()
            )
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            print(
                f"   queueing {queued:,} deliveries: {wall:.1f} s"
                f" (CPU here {cpu:.1f} s; goal ≤ 20 s)"
            )
            procs = senders(config, 4, cache)
            peaks = [0.0] * 4
            deadline = time.perf_counter() + window
            before = store.delivery_counts(record.issue.id).get("sent", 0)
            t0 = time.perf_counter()
            samples: list[tuple[float, int]] = []
            while time.perf_counter() < deadline and any(p.poll() is None for p in procs):
                for i, proc in enumerate(procs):
                    peaks[i] = max(peaks[i], peak_rss_mb(proc.pid))
                samples.append((time.perf_counter(), sent_so_far(store, record.issue.id)))
                time.sleep(2.0)
            sent = store.delivery_counts(record.issue.id).get("sent", 0) - before
            elapsed = time.perf_counter() - t0
            half = [x for x in samples if x[0] >= t0 + window / 2]
            steady = (half[-1][1] - half[0][1]) / (half[-1][0] - half[0][0]) if len(half) > 1 else 0
            for proc in procs:
                peaks[procs.index(proc)] = max(peaks[procs.index(proc)], peak_rss_mb(proc.pid))
                proc.terminate()
            for proc in procs:
                proc.communicate(timeout=120)
            ours = steady
            print(
                f"   4 senders: {sent:,} sent in {elapsed:.0f} s = {sent / elapsed:,.0f} msg/s with"
                f" start-up, {steady:,.0f} msg/s over the second half;"
                f" peak RSS per sender {', '.join(f'{p:.0f}' for p in peaks)} MB (goal ≤ 200)"
            )
            data = (ROOT / "README.md").read_bytes()[:20000]  # a message-sized body
            raw_rate = blast(port, 16, data, window)
            print(
                f"   raw smtplib, 16 connections, same time: {raw_rate:,.0f} msg/s;"
                f" ours/raw = {ours / raw_rate:.2f}"
            )
            store.close()
    finally:
        sink.kill()


def sent_so_far(store: Store, issue_id: str) -> int:
    row = store.db.execute(
        "SELECT COUNT(*) FROM deliveries WHERE issue_id = ? AND status = 'sent'", (issue_id,)
    ).fetchone()
    return int(row[0])


def blast(port: int, connections: int, data: bytes, seconds: float) -> float:
    counts = [0] * connections
    stop = time.perf_counter() + seconds

    def run(i: int) -> None:
        smtp = smtplib.SMTP("127.0.0.1", port)
        while time.perf_counter() < stop:
            smtp.sendmail("news@example.org", [f"r{i}-{counts[i]}@example.com"], data)
            counts[i] += 1
        smtp.quit()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(connections)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scaling", type=int, default=1000, help="subscribers (0: skip)")
    parser.add_argument("--store-cost", type=int, default=20000, help="deliveries (0: skip)")
    parser.add_argument("--million", type=int, default=0, help="subscribers (0: skip)")
    parser.add_argument("--window", type=float, default=60.0, help="seconds of sending")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the scaling runs")
    args = parser.parse_args()
    cluster = start_cluster()
    tmp = Path(tempfile.mkdtemp(prefix="digest-bench-"))
    try:
        print(
            f"PostgreSQL {cluster.sql('SHOW server_version')} on 127.0.0.1:{cluster.port},"
            " fsync off, synchronous_commit off"
        )
        if args.store_cost:
            store_cost(cluster, args.store_cost, tmp)
        cache = tmp / "pycache"
        warm_up(cluster, cache)
        if args.scaling:
            scaling(cluster, args.scaling, args.repeat, cache)
        if args.million:
            million(cluster, args.million, args.window, cache)
    finally:
        stop_cluster(cluster)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
