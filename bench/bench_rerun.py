"""A nothing-new rerun: `digest fetch` over the 64 real feeds served on loopback, all 304.

    .venv/bin/python bench/bench_rerun.py [--runs 9]

The feeds of ../shared/data/feeds are served by the scripted loopback server (strong ETags,
304 on If-None-Match); a temporary project fetches them once, then `digest fetch` is run again
in this process (click's main, exactly what the command does after its imports: config load,
store open, 64 conditional GETs, one transaction for the feed states, the table printed) and
timed. Interpreter start and imports are measured apart, in fresh processes. Goal: the rerun
under 0.3 s beyond interpreter start. For comparison, a first fetch of the same 64 feeds (all
new: fetched, parsed, stored) into an empty store, parsed on one thread and in a pool of 2.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import yaml  # noqa: E402
from httpserver import ScriptedHTTPServer  # noqa: E402

from digest.cli import main as digest_main  # noqa: E402

FEEDS = ROOT.parent / "shared" / "data" / "feeds"


def run_fetch(config: Path) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            digest_main.main(["fetch", "--config", str(config)], standalone_mode=False)
        except SystemExit as exc:  # pragma: no cover - a failing run is reported below
            if exc.code:
                raise
    return out.getvalue()


def fetch_into_fresh_store(config: Path, project: Path, workers: int) -> float:
    """All 64 feeds new (200, parsed, stored) into an empty store, in this process."""
    from datetime import UTC, datetime

    from digest.config import load_config
    from digest.ingest.poller import fetch_feeds
    from digest.store import Store

    settings = load_config(config)
    with tempfile.TemporaryDirectory(dir=project) as tmp:
        store = Store(Path(tmp) / "first.sqlite3")
        started = time.perf_counter()
        reports = fetch_feeds(settings, store, datetime.now(UTC), parse_workers=workers)
        elapsed = time.perf_counter() - started
        store.close()
    assert sum(r.new_articles for r in reports) > 1000
    return elapsed


def fresh_process(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    names = sorted(
        p.name for p in FEEDS.iterdir() if p.name != "README.md" and "manifest" not in p.name
    )
    with tempfile.TemporaryDirectory() as tmp, ScriptedHTTPServer(root=FEEDS) as server:
        project = Path(tmp)
        (project / "subscribers").mkdir()
        config = project / "config.yaml"
        config.write_text(
            yaml.safe_dump(
                {
                    "store": "digest.sqlite3",
                    "feeds": [{"url": server.url(f"/{n}"), "name": n} for n in names],
                    "fetch": {"allow_networks": ["127.0.0.0/8"], "full_text": False},
                }
            )
        )
        first = run_fetch(config)
        assert "64 feeds: 64 new" in first, first
        times = []
        for _ in range(args.runs):
            server.clear_log()
            started = time.perf_counter()
            out = run_fetch(config)
            times.append(time.perf_counter() - started)
            assert "64 feeds: 0 new, 64 unchanged, 0 failed" in out, out
            assert sum(r.headers.get("if-none-match") is not None for r in server.requests) == 64
        first_fetch = {workers: [] for workers in (1, 2)}
        for _ in range(5):
            for workers in first_fetch:
                first_fetch[workers].append(fetch_into_fresh_store(config, project, workers))
    interpreter = fresh_process("pass", 5)
    imports = fresh_process("import digest.cli.main", 5)
    print(f"64 feeds, all 304, {args.runs} runs, load {os.getloadavg()[0]:.1f}")
    print(
        f"  digest fetch in-process   median {statistics.median(times) * 1000:6.0f} ms"
        f"  (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})  goal < 300 ms"
    )
    for workers, times_ in first_fetch.items():
        how = "parsed on one thread" if workers == 1 else f"parse pool of {workers}"
        print(
            f"  first fetch, 64 new feeds, {how:<22} median"
            f" {statistics.median(times_) * 1000:6.0f} ms"
        )
    print(f"  python -c pass            median {interpreter * 1000:6.0f} ms")
    print(
        f"  python -c 'import digest.cli.main'  median {imports * 1000:6.0f} ms"
        f" ({(imports - interpreter) * 1000:.0f} ms of imports)"
    )


if __name__ == "__main__":
    main()
