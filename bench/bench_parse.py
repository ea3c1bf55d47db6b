"""Parse throughput, side by side in one run: feedparser with its defaults, feedparser with the
sanitiser off plus our text conversion, and our parse_feed (lxml, feedparser for the malformed).

    .venv/bin/python bench/bench_parse.py [--runs 7] [--cpu] [--baseline OLD/parse.py] [FOLDER ...]

Default folder: the 64 real feeds of ../shared/data/feeds. Each run parses every feed once with
each contender, interleaved, so machine load hits all three alike; the medians are printed with
entries per second and the ratio to feedparser's defaults. A last line times the ParseQueue
(process pool sized to the cores) on the same feeds.

--cpu times this process's CPU (time.process_time) instead of the wall clock: on a machine
shared with other work the wall clock mostly measures the others. The pool's work happens in
other processes, so --cpu leaves the pool out.

--baseline times another version of digest/parse.py (e.g. `git show REV:digest/parse.py >
/tmp/old_parse.py`) in the same runs, for a before/after ratio under the same load. It is loaded
as a module of its own and imports the current `digest` for everything else.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import feedparser

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.ingest.extract import html_to_text  # noqa: E402
from digest.ingest.parse import parse_feed  # noqa: E402
from digest.ingest.poller import ParseQueue  # noqa: E402
from digest.model.types import FeedSource  # noqa: E402

FEEDS = ROOT.parent / "shared" / "data" / "feeds"
NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)


def load(folders: list[Path]) -> list[tuple[FeedSource, bytes]]:
    bodies = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix in (".xml", ".rss", ".atom", ".rdf", ".gz"):
                bodies.append((FeedSource(url=str(path), name=path.stem), path.read_bytes()))
    return bodies


def feedparser_default(bodies: list[tuple[FeedSource, bytes]]) -> int:
    return sum(
        len(feedparser.parse(gzip.decompress(b) if b[:2] == b"\x1f\x8b" else b).entries)
        for _, b in bodies
    )


def feedparser_plain(bodies: list[tuple[FeedSource, bytes]]) -> int:
    """feedparser without its sanitiser, then titles and bodies to plain text as we do."""
    n = 0
    for _, body in bodies:
        raw = gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body
        for entry in feedparser.parse(raw, sanitize_html=False).entries:
            html_to_text(entry.get("title", "") or "")
            contents = [c.get("value", "") for c in entry.get("content") or []]
            html_to_text(max([entry.get("summary", "") or "", *contents], key=len))
            n += 1
    return n


def ours(bodies: list[tuple[FeedSource, bytes]]) -> int:
    return sum(len(parse_feed(body, source, NOW).articles) for source, body in bodies)


def baseline(path: Path) -> Callable[[list[tuple[FeedSource, bytes]]], int]:
    """parse_feed of another parse.py, loaded beside ours."""
    spec = importlib.util.spec_from_file_location("baseline_parse", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["baseline_parse"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return lambda bodies: sum(
        len(module.parse_feed(body, source, NOW).articles) for source, body in bodies
    )


def ours_pool(bodies: list[tuple[FeedSource, bytes]]) -> int:
    queue = ParseQueue(NOW, workers=os.cpu_count(), pool_after=0)
    try:
        futures = [(queue.submit(s, b), s, b) for s, b in bodies]
        return sum(len(queue.result(f, s, b).articles) for f, s, b in futures)
    finally:
        queue.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[FEEDS])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cpu", action="store_true", help="CPU time of this process, no pool")
    parser.add_argument("--baseline", type=Path, help="another parse.py to time beside ours")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    bodies = load(args.folders)
    size = sum(len(b) for _, b in bodies)
    contenders: list[tuple[str, Callable[[list[tuple[FeedSource, bytes]]], int]]] = [
        ("feedparser, default options", feedparser_default),
        ("feedparser, sanitize_html=False + our text", feedparser_plain),
        ("ours: parse_feed (lxml; feedparser if malformed)", ours),
        (f"ours: ParseQueue, pool of {os.cpu_count()}", ours_pool),
    ][: 3 if args.cpu else 4]
    if args.baseline:
        contenders.insert(
            3, (f"baseline: parse_feed of {args.baseline.name}", baseline(args.baseline))
        )
    times: dict[str, list[float]] = {name: [] for name, _ in contenders}
    counts: dict[str, int] = {}
    for _ in range(args.runs):
        for name, run in contenders:
            started = clock()
            counts[name] = run(bodies)
            times[name].append(clock() - started)
    busy = os.getloadavg()[0]
    what = "CPU time" if args.cpu else "wall clock"
    print(f"{len(bodies)} feeds, {size / 2**20:.1f} MiB, {args.runs} runs, {what}, load {busy:.1f}")
    base = statistics.median(times[contenders[0][0]])
    for name, _ in contenders:
        median = statistics.median(times[name])
        print(
            f"  {name:<50} median {median * 1000:7.0f} ms  ({counts[name]} entries,"
            f" {counts[name] / median:7.0f}/s)  {base / median:4.1f}x feedparser default"
        )
    if args.baseline:
        ours_times, old_times = times[contenders[2][0]], times[contenders[3][0]]
        ratios = [new / old for new, old in zip(ours_times, old_times, strict=True)]
        print(f"  ours / baseline, median of the per-run ratios: {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
