"""All four quality evaluations in one command, then the pipeline's own per-article cost.

    .venv/bin/python bench/bench_quality.py        (make bench-quality)

Runs bench_extract.py (Zyte article benchmark), bench_summarise.py (BBC News Summary ROUGE) and
stories_e2e.py (same-story merging and Check Also end to end, feeds -> `digest fetch` -> `digest
build` -> digest.json: ECB+ topics 1-35, the tuning split; ECB+ topics 36-45, held out; the
labelled day of real news), each printing its own table, then times summarise + same-story
grouping + Check Also (`sections.build_sections`) over 1,000 real articles (BBC bodies), median
of 3 runs. The variants behind the story settings: bench/bench_stories.py.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.compose.sections import build_sections  # noqa: E402
from digest.model.types import Article  # noqa: E402

BBC = ROOT.parent / "shared" / "data" / "summaries" / "bbc_news_summary.jsonl"


def articles(count: int) -> list[Article]:
    now = datetime(2026, 11, 28, tzinfo=UTC)
    out = []
    with BBC.open(encoding="utf-8") as rows:
        for n, line in enumerate(rows):
            if n >= count:
                break
            row = json.loads(line)
            out.append(
                Article(
                    id=row["id"],
                    feed_url="bbc",
                    source=f"BBC {row['category']}",
                    section=row["category"],
                    title=row["title"],
                    url=f"https://bbc.example/{row['id']}",
                    published=now - timedelta(minutes=n),
                    text=row["body"],
                    guid=row["id"],
                    content_hash=row["id"],
                )
            )
    return out


def main() -> None:
    for script, *args in (
        ("bench_extract.py",),
        ("bench_summarise.py",),
        ("stories_e2e.py", "all"),
    ):
        print(f"\n### {script}", flush=True)
        subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], check=True)
    batch = articles(1000)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        sections = build_sections(batch, max_items_per_section=1000)
        times.append(time.perf_counter() - start)
    items = sum(len(s.items) for s in sections)
    linked = sum(1 for s in sections for i in s.items if i.check_also)
    print("\n### pipeline cost: summarise + merge + Check Also (sections.build_sections)")
    print(f"articles 1000 -> items {items}, with Check Also {linked}")
    print(
        f"median {statistics.median(times):.2f} s per 1,000 articles (runs: "
        + ", ".join(f"{t:.2f}" for t in times)
        + "); goal < 5 s"
    )


if __name__ == "__main__":
    main()
