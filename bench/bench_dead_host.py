"""`digest fetch` with 1,000 teasers whose article pages are on a dead host, before and after the
per-host circuit breaker (issue 13, item 7; goal: ≤ 10 s).

    .venv/bin/python bench/bench_dead_host.py [--runs 5] [--before-ref c4fc942] [--quick]

Kinds of dead host, each a real loopback server or name:
  nopages   floor: the same feeds with fetch.full_text off (no page is asked for at all), i.e.
            what starting the process, fetching, parsing and storing the 1,000 teasers costs
  live      (only with --kinds) the pages are on the feeds' own server and answer: 1,000 real
            page fetches and extractions
  invalid   http://pages.dead.invalid/...  (RFC 6761: must fail without asking DNS)
  nxdomain  http://pages.dead.example/...  (the resolver answers NXDOMAIN, slowly)
  refused   http://127.0.0.1:PORT/...  nothing listens: every connect is refused
  silent    http://127.0.0.1:PORT/...  a socket that accepts connections and never answers

The feeds: 20 feeds × 50 teasers on a ThreadingHTTPServer on 127.0.0.1 (tests/httpserver.py).
Each run is a fresh project and store, and the wall time of one `python -m digest fetch`
process (interpreter start included) with the default fetch settings (connect 5 s, read 10 s,
2 per host). "before" is the code at `--before-ref` (the commit this branch started from),
extracted with `git archive` and put first on PYTHONPATH; "after" is this worktree.

Isolation: the bench re-runs itself under `unshare -rnm` (a user, network and mount namespace):
inside, only loopback exists, so no packet can leave the machine, and /etc/resolv.conf is
bind-mounted to `nameserver 127.0.0.1`, where a DNS responder answers NXDOMAIN after
`--dns-delay` seconds (default 0.4 s: the probe's 202 s for 1,000 pages at 2 per host is 0.4 s
per lookup). The old code asks that resolver about `.invalid` too (glibc does not special-case
it); the new code never does. Without `unshare` the DNS kinds are left out.

The before run of `silent` would take 1,000 × 10 s / 2 = 83 min, so it fetches
`--before-silent-items` teasers (default 20) and the 1,000-teaser figure is extrapolated
(linear: every page waits one read timeout, two at a time), marked with "~".
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from httpserver import Scripted, ScriptedHTTPServer  # noqa: E402

INNER = "DIGEST_BENCH_IN_NAMESPACE"
FEEDS, PER_FEED = 20, 50
DEFAULT_BEFORE = "c4fc942"  # the last commit before the breaker
DNS_KINDS = ("invalid", "nxdomain")
KINDS = ("nopages", "invalid", "nxdomain", "refused", "silent")


# -- the dead hosts ----------------------------------------------------------------------------


class SilentServer:
    """Accepts connections and never sends a byte."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0), backlog=1024)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                self.held.append(self.sock.accept()[0])
            except OSError:
                return

    def close(self) -> None:
        self.sock.shutdown(socket.SHUT_RDWR)  # wakes accept(); close() alone leaves it listening
        self.sock.close()
        for conn in self.held:
            conn.close()


class SlowNxdomain:
    """A DNS server on 127.0.0.1:53 (UDP) answering every query NXDOMAIN after `delay` s."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.queries = 0
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 53))
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                query, client = self.sock.recvfrom(4096)
            except OSError:
                return
            self.queries += 1
            answer = nxdomain(query)
            if answer:
                threading.Timer(self.delay, self._send, (answer, client)).start()

    def _send(self, answer: bytes, client: tuple[str, int]) -> None:
        try:
            self.sock.sendto(answer, client)
        except OSError:
            pass


def nxdomain(query: bytes) -> bytes | None:
    """The NXDOMAIN reply to a one-question query (RFC 1035 4.1): its ID and question back."""
    if len(query) < 12 or int.from_bytes(query[4:6], "big") != 1:
        return None
    end = 12
    while end < len(query) and query[end]:
        end += 1 + query[end]
    end += 1 + 4  # the root label, QTYPE, QCLASS
    flags = 0x8000 | (int.from_bytes(query[2:4], "big") & 0x7900) | 0x0080 | 3  # QR RD RA NXD
    header = query[:2] + flags.to_bytes(2, "big") + b"\x00\x01" + b"\x00" * 6
    return header + query[12:end]


# -- one measured run ---------------------------------------------------------------------------


def teaser_feed(feed: int, page_base: str, items: int) -> bytes:
    entries = "".join(
        f"<item><title>Feed {feed} story {i}</title><link>{page_base}/f{feed}/story/{i}</link>"
        f"<guid>urn:f{feed}:{i}</guid><pubDate>Fri, 27 Nov 2026 06:00:00 +0000</pubDate>"
        f"<description>Teaser {i} of feed {feed}. Read more…</description></item>"
        for i in range(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Feed {feed}</title>{entries}</channel></rss>"
    ).encode()


PAGE = (
    b"<html><head><title>A story</title></head><body><article><h1>A story</h1>"
    + b"<p>" + b"The whole article text is here, sentence after sentence. " * 40 + b"</p>"
    + b"</article></body></html>"
)  # fmt: skip


def page_base(kind: str, server: ScriptedHTTPServer, dead_port: int, silent: int) -> str:
    return {
        "nopages": server.base_url,
        "live": server.base_url,
        "invalid": "http://pages.dead.invalid",
        "nxdomain": "http://pages.dead.example",
        "refused": f"http://127.0.0.1:{dead_port}",
        "silent": f"http://127.0.0.1:{silent}",
    }[kind]


def one_run(
    code: Path, kind: str, items: int, ports: dict[str, int], work: Path
) -> tuple[float, str]:
    """Seconds for one `digest fetch` of `items` teasers, and the line it printed about them."""
    per_feed = max(1, items // FEEDS)
    feeds = min(FEEDS, items)
    project = Path(tempfile.mkdtemp(dir=work))
    with ScriptedHTTPServer() as server:
        base = page_base(kind, server, ports["refused"], ports["silent"])
        for feed in range(feeds):
            body = teaser_feed(feed, base, per_feed)
            server.script(f"/feed/{feed}.xml", Scripted(body=body))
            for i in range(per_feed):
                server.script(
                    f"/f{feed}/story/{i}",
                    Scripted(body=PAGE, headers=[("Content-Type", "text/html")]),
                )
        (project / "subscribers").mkdir()
        config = {
            "store": str(project / "digest.sqlite3"),
            "feeds": [
                {"url": server.url(f"/feed/{feed}.xml"), "name": f"feed {feed}"}
                for feed in range(feeds)
            ],
            "fetch": {"allow_networks": ["127.0.0.1/32"], "full_text": kind != "nopages"},
        }
        (project / "config.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
        env = {**os.environ, "PYTHONPATH": str(code)}
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "digest", "fetch", "--config", str(project / "config.yaml")],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = time.monotonic() - started
    summary = f"{feeds} feeds: {feeds} new"
    if done.returncode != 0 or summary not in done.stdout:
        raise SystemExit(f"digest fetch failed ({kind}):\n{done.stdout}\n{done.stderr}")
    said = [line for line in done.stderr.splitlines() if "skipped" in line]
    shutil.rmtree(project, ignore_errors=True)
    return elapsed, said[0].split(" WARNING ", 1)[-1] if said else ""


def measure(
    code: Path,
    kind: str,
    items: int,
    runs: int,
    ports: dict[str, int],
    work: Path,
    resolver: SlowNxdomain | None,
) -> tuple[float, list[float], str, float]:
    """Median seconds, every run's seconds, the skipped line, DNS queries per run."""
    times, line = [], ""
    asked = resolver.queries if resolver else 0
    for _ in range(runs):
        elapsed, line = one_run(code, kind, items, ports, work)
        times.append(elapsed)
    queries = ((resolver.queries if resolver else 0) - asked) / runs
    return statistics.median(times), times, line, queries


# -- setup ----------------------------------------------------------------------------------


def old_code(ref: str, work: Path) -> Path:
    """The `digest` package at `ref`, in a folder to put first on PYTHONPATH."""
    target = work / f"before-{ref}"
    target.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "digest"], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


@contextmanager
def loopback_dns(delay: float, work: Path) -> Iterator[SlowNxdomain]:
    """Inside the namespace: resolv.conf -> 127.0.0.1, where SlowNxdomain answers."""
    conf = work / "resolv.conf"
    conf.write_text("nameserver 127.0.0.1\noptions attempts:1 timeout:5\n")
    subprocess.run(["mount", "--bind", str(conf), "/etc/resolv.conf"], check=True)
    server = SlowNxdomain(delay)
    yield server
    server.sock.close()


def lookup_seconds() -> float:
    started = time.monotonic()
    try:
        socket.getaddrinfo("probe.dead.example", 80, type=socket.SOCK_STREAM)
    except OSError:
        pass
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5, help="after runs per kind (median)")
    parser.add_argument("--before-runs", type=int, default=1)
    parser.add_argument("--before-ref", default=DEFAULT_BEFORE)
    parser.add_argument("--before-silent-items", type=int, default=20)
    parser.add_argument("--dns-delay", type=float, default=0.4)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--no-before", action="store_true")
    parser.add_argument("--quick", action="store_true", help="100 teasers, 2 runs")
    args = parser.parse_args()
    if args.quick:
        args.items, args.runs = 100, 2

    isolated = os.environ.get(INNER) == "1"
    if not isolated and shutil.which("unshare"):
        probe = subprocess.run(["unshare", "-rnm", "true"], capture_output=True, check=False)
        if probe.returncode == 0:
            os.environ[INNER] = "1"
            os.execvp("unshare", ["unshare", "-rnm", sys.executable, *sys.argv])
    kinds = [k for k in args.kinds.split(",") if k]
    if isolated:
        subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    else:
        print("note: no `unshare -rnm` here; the DNS kinds are left out (they would ask the")
        print("      network's resolver, and this bench keeps to loopback)")
        kinds = [k for k in kinds if k not in DNS_KINDS]

    with tempfile.TemporaryDirectory(prefix="bench-dead-host-") as tmp:
        work = Path(tmp)
        silent = SilentServer()
        with socket.socket() as closed:
            closed.bind(("127.0.0.1", 0))
            refused_port = closed.getsockname()[1]  # closed again: connects are refused
        ports = {"refused": refused_port, "silent": silent.port}
        dns = loopback_dns(args.dns_delay, work) if isolated else None
        resolver = dns.__enter__() if dns else None
        if resolver is not None:
            print(f"loopback resolver: one failed lookup takes {lookup_seconds():.2f} s")
        before = None if args.no_before else old_code(args.before_ref, work)
        print(
            f"{args.items} teasers in {FEEDS} feeds; after: median of {args.runs};"
            f" before ({args.before_ref}): median of {args.before_runs}"
        )
        print(
            f"{'kind':<9} {'before s':>9} {'after s':>8} {'after/before':>12}"
            f" {'DNS q. before':>13} {'after':>6}  after runs (s)"
        )
        lines: dict[str, str] = {}
        for kind in kinds:
            after, runs, lines[kind], asked = measure(
                ROOT, kind, args.items, args.runs, ports, work, resolver
            )
            old_text, ratio, old_asked = "-", "", "-"
            if before is not None:
                items = args.items
                if kind == "silent":
                    items = min(items, args.before_silent_items)
                old, _, _, old_q = measure(
                    before, kind, items, args.before_runs, ports, work, resolver
                )
                old_asked = f"{old_q:.0f}"
                if items != args.items:
                    old = old * args.items / items
                    old_text = f"~{old:.0f}"
                else:
                    old_text = f"{old:.1f}"
                ratio = f"{after / old:.4f}"
            shown = " ".join(f"{t:.1f}" for t in runs)
            print(
                f"{kind:<9} {old_text:>9} {after:>8.1f} {ratio:>12} {old_asked:>13}"
                f" {asked:>6.0f}  {shown}",
                flush=True,
            )
        print(f"machine load (1-min average) at the end: {os.getloadavg()[0]:.1f}")
        print("what `digest fetch` (after) logged about the dead host, once per run:")
        for kind, line in lines.items():
            if line:
                print(f"  {kind}: {line}")
        if dns is not None:
            dns.__exit__(None, None, None)
        silent.close()


if __name__ == "__main__":
    main()
