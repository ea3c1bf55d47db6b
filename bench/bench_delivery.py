"""Delivery throughput, CPU per subscriber and peak memory, through Postfix's smtp-sink.

    .venv/bin/python bench/bench_delivery.py [--subscribers 10000] [--runs 3] [--memory 100000]

Needs /usr/sbin/smtp-sink (Debian package `postfix`; started here on loopback, not as a service).
Prints, as medians over --runs:
  ours      `send_issue` (claims, render once per variant, personalised bytes, records)
  raw       smtplib with the same number of connections blasting one pre-built message
  ratio     ours / raw messages per second (goal ≥ 0.8)
  CPU       marginal CPU ms per subscriber: (CPU at N − CPU at N/5) / (N − N/5) (goal ≤ 0.5)
  memory    peak RSS of `python -m digest send` to --memory subscribers (goal ≤ 200 MB)
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.config import load_config  # noqa: E402
from digest.model.types import Subscriber, SubscriberStatus  # noqa: E402
from digest.pipeline.build import build_issue  # noqa: E402
from digest.pipeline.clock import utcnow  # noqa: E402
from digest.pipeline.poll import fetch_feeds  # noqa: E402
from digest.pipeline.sending import send_issue  # noqa: E402
from digest.pipeline.settings import make_transport, message_settings, render_options  # noqa: E402
from digest.render import TEMPLATES  # noqa: E402
from digest.render.issue import render_issue  # noqa: E402
from digest.render.message import compile_message  # noqa: E402
from digest.send.loop import Quiet  # noqa: E402
from digest.store import Store  # noqa: E402

SMTP_SINK = "/usr/sbin/smtp-sink"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_sink() -> tuple[subprocess.Popen[bytes], int]:
    if not Path(SMTP_SINK).exists():
        sys.exit(
            f"{SMTP_SINK} not found: apt-get install -y postfix"
            " (DEBIAN_FRONTEND=noninteractive; the service need not run)"
        )
    port = free_port()
    user = ["-u", "postfix"] if os.geteuid() == 0 else []  # it refuses to run as root
    proc = subprocess.Popen(
        [SMTP_SINK, *user, "-c", f"127.0.0.1:{port}", "1000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, port
        except OSError:
            time.sleep(0.05)
    proc.kill()
    sys.exit("smtp-sink did not start")


def make_project(folder: Path, port: int, connections: int) -> Path:
    for name in ("config.yaml", "examples", "subscribers"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy(source, folder / name)
    config = folder / "config.yaml"
    data = yaml.safe_load(config.read_text())
    data["delivery"]["transport"] = "smtp"
    data["delivery"]["smtp"] = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "connections": connections,
        "max_messages_per_connection": 1000,
    }
    config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return config


def generated(n: int) -> Iterator[Subscriber]:
    """Subscribers spread over domains, some with names needing encoding, a few text-only."""
    for i in range(n):
        name = f"Reader {i}" if i % 7 else f"Lëser Nummer {i}"
        yield Subscriber(
            f"reader{i:06d}@example{i % 50}.com", name, format="text" if i % 20 == 0 else "html"
        )


def fill(store: Store, n: int) -> None:
    now = utcnow()
    store.sync_subscribers(generated(n), now, origin="bench")


def reset(store: Store, issue_id: str) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM deliveries WHERE issue_id = ?", (issue_id,))
        conn.execute("UPDATE issues SET status = 'pending' WHERE id = ?", (issue_id,))


def keep_only(store: Store, n: int) -> None:
    """Only the first n generated subscribers active (the rest unsubscribed)."""
    with store.transaction() as conn:
        conn.execute("UPDATE subscribers SET status = 'unsubscribed'")
        conn.execute(
            "UPDATE subscribers SET status = 'active' WHERE email IN"
            " (SELECT email FROM subscribers WHERE origin = 'bench' ORDER BY email LIMIT ?)",
            (n,),
        )


def ours(config_path: Path, store: Store, record) -> tuple[int, float, float]:
    """(messages, wall seconds, CPU seconds) of one send_issue run."""
    config = load_config(config_path)
    reset(store, record.issue.id)
    transport = make_transport(config)
    import digest.send.loop as delivery

    original = delivery.default_display
    delivery.default_display = lambda label, stream=None: Quiet()  # type: ignore[assignment]
    try:
        cpu, wall = time.process_time(), time.perf_counter()
        summary = send_issue(config, store, record, transport, utcnow())
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        delivery.default_display = original
    sent = summary.counts.get("sent", 0)
    if sent == 0 or set(summary.counts) - {"sent"}:
        sys.exit(f"unexpected outcome: {summary.line()}")
    return sent, wall, cpu


def raw(port: int, connections: int, data: bytes, sender: str, n: int) -> tuple[float, float]:
    """smtplib over `connections` threads sending the same bytes n times in all."""
    share = [n // connections + (1 if i < n % connections else 0) for i in range(connections)]

    def blast(count: int, offset: int) -> None:
        smtp = smtplib.SMTP("127.0.0.1", port)
        for i in range(count):
            if i and i % 1000 == 0:
                smtp.quit()
                smtp = smtplib.SMTP("127.0.0.1", port)
            smtp.sendmail(sender, [f"reader{offset + i:06d}@example.com"], data)
        smtp.quit()

    threads = [
        threading.Thread(target=blast, args=(count, sum(share[:i])))
        for i, count in enumerate(share)
    ]
    cpu, wall = time.process_time(), time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - wall, time.process_time() - cpu


def peak_memory(config_path: Path, store_path: Path, n: int) -> tuple[float, float, str]:
    """Peak RSS (MB) and wall seconds of `python -m digest send` to n subscribers."""
    store = Store(store_path)
    existing = store.count_subscribers()
    if existing < n:
        fill_from = existing
        store.sync_subscribers(
            (s for i, s in enumerate(generated(n)) if i >= fill_from), utcnow(), "bench"
        )
    with store.transaction() as conn:
        conn.execute("UPDATE subscribers SET status = 'active'")
        conn.execute("DELETE FROM deliveries")
        conn.execute("UPDATE issues SET status = 'pending'")
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "digest", "send", "--config", str(config_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return rss_kb / 1024, wall, proc.stdout.strip().splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--memory", type=int, default=100_000, help="0 to skip")
    args = parser.parse_args()
    n, small = args.subscribers, max(args.subscribers // 5, 1)

    sink, port = start_sink()
    folder = Path(tempfile.mkdtemp(prefix="bench-delivery-"))
    try:
        config_path = make_project(folder, port, args.connections)
        config = load_config(config_path)
        store = Store.open(config.store_url)
        now = utcnow()
        fetch_feeds(config, store, now)
        record = build_issue(config, store, config.schedules[0], now).record
        assert record is not None, "no issue built from the example feeds"
        fill(store, n)
        with store.transaction() as conn:  # only generated subscribers, not the sample three
            conn.execute("DELETE FROM subscribers WHERE origin <> 'bench'")
        # The raw baseline sends exactly our bytes for one subscriber.
        rendered = render_issue(record.issue, render_options(config), templates_dir=TEMPLATES)
        template = compile_message(rendered, settings=message_settings(config))
        sample = next(store.iter_subscribers(SubscriberStatus.ACTIVE))
        data = template.personalise(sample, unsubscribe_url="http://x/u/token", now=now)
        print(
            f"message size {len(data) / 1024:.1f} KB, {args.connections} connections, "
            f"{n} subscribers, median of {args.runs} runs"
        )

        rates_ours, rates_raw, cpu_ours, cpu_raw, marginal = [], [], [], [], []
        for _ in range(args.runs):
            keep_only(store, n)
            sent, wall, cpu = ours(config_path, store, record)
            rates_ours.append(sent / wall)
            cpu_ours.append(cpu / sent * 1000)
            raw_wall, raw_cpu = raw(port, args.connections, data, template.sender, n)
            rates_raw.append(n / raw_wall)
            cpu_raw.append(raw_cpu / n * 1000)
            keep_only(store, small)
            _, _, cpu_small = ours(config_path, store, record)
            marginal.append((cpu - cpu_small) / (n - small) * 1000)
        med = statistics.median
        print(f"ours      {med(rates_ours):8.0f} messages/s   CPU {med(cpu_ours):.3f} ms/message")
        print(f"raw       {med(rates_raw):8.0f} messages/s   CPU {med(cpu_raw):.3f} ms/message")
        print(f"ratio     {med(rates_ours) / med(rates_raw):8.2f}   (goal ≥ 0.8)")
        print(f"CPU       {med(marginal):8.3f} ms per subscriber, marginal   (goal ≤ 0.5)")
        if args.memory:
            store.close()
            mb, wall, line = peak_memory(config_path, Path(config.store_url), args.memory)
            print(
                f"memory    {mb:8.0f} MB peak RSS, `digest send` to {args.memory} subscribers "
                f"in {wall:.0f} s   (goal ≤ 200)\n          {line}"
            )
    finally:
        sink.kill()
        sink.wait()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    os.environ.pop("DIGEST_CONFIG", None)
    main()
