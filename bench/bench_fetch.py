"""Fetch all 64 real feeds from a loopback server: first run (200s) and revalidation (304s).

    .venv/bin/python bench/bench_fetch.py [--runs 7] [--per-host 2]

Prints the median and spread of several runs, in ms. Every run starts with a fresh connection
pool, as a scheduled `digest fetch` does. All feeds sit on one host, so `per_host` (default 2)
is what bounds concurrency here; real feeds spread over many hosts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from httpserver import ScriptedHTTPServer  # noqa: E402

from digest.ingest.http import FetchPolicy, FetchRequest, fetch_all  # noqa: E402

FEEDS = ROOT.parent / "shared" / "data" / "feeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--per-host", type=int, default=2)
    args = parser.parse_args()
    names = sorted(p.name for p in FEEDS.iterdir() if "__" in p.name)
    total_bytes = sum((FEEDS / n).stat().st_size for n in names)
    policy = FetchPolicy(allow_networks=("127.0.0.1/32",), per_host=args.per_host)
    first_ms: list[float] = []
    again_ms: list[float] = []
    with ScriptedHTTPServer(root=FEEDS) as server:
        requests = [FetchRequest(server.url(n)) for n in names]
        fetch_all(requests[:2], policy)  # warm-up: imports, server threads, file cache
        for _ in range(args.runs):
            started = time.perf_counter()
            results = fetch_all(requests, policy)
            first_ms.append((time.perf_counter() - started) * 1000)
            assert all(r.error is None and r.body is not None for r in results), [
                r.error for r in results if r.error
            ]
            revalidate = [
                FetchRequest(r.url, etag=r.etag, last_modified=r.last_modified) for r in results
            ]
            started = time.perf_counter()
            again = fetch_all(revalidate, policy)
            again_ms.append((time.perf_counter() - started) * 1000)
            assert all(r.not_modified for r in again)
    print(
        f"{len(names)} feeds, {total_bytes / 2**20:.1f} MiB, one loopback host, "
        f"per_host={args.per_host}, {args.runs} runs"
    )
    for label, values in (("first fetch (200)", first_ms), ("revalidate (304)", again_ms)):
        print(
            f"{label:18} median {statistics.median(values):7.1f} ms  "
            f"(min {min(values):.1f}, max {max(values):.1f})"
        )


if __name__ == "__main__":
    main()
