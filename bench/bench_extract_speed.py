"""digest's article extraction: its time per page against trafilatura's, and an output check.

Two jobs, for work on the extractor's speed that must not change what it extracts:

    .venv/bin/python bench/bench_extract_speed.py dump OUT.json [--candidates] [--tree DIR]
    .venv/bin/python bench/bench_extract_speed.py compare OLD.json NEW.json
    .venv/bin/python bench/bench_extract_speed.py time [--pages real|a|b|...|l] [--seed N]
        [--repeat 3] [--clock wall|cpu] [--tree DIR]

`dump` writes every `extract_page` result (text, title, related links) on the 181 real pages
(`../shared/data/articles`, with and without the feed entry's evidence: the gold text's first
line as its title and the gold text as a full-text feed body) and on the constructed sets A-D
at their usual seeds (17, 101, 201, 301); with `--candidates`, also the text of each of the four
extractions the rules may ask for (trafilatura broad, precise and with its cascade, readability)
on every page. `compare` says whether two dumps are identical and shows the first differences.
`time` prints the median time per page of `extract_page` and of trafilatura as upstream ran it
(`trafilatura.extract(html, include_comments=False)`, with its own fallback cascade), each page
timed `--repeat` times with both interleaved, and the ratio of the medians: what
bench/bench_extract.py and bench/bench_pages.py print, without their candidate replay.
`--clock cpu` times the process's CPU time instead of the wall clock: on a shared, loaded
machine it moves less with the other processes. `--tree DIR` imports `digest` from another
checkout (a worktree of an older commit), so that two versions can be dumped, or timed
alternately on a shared machine.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
ARTICLES = ROOT.parent / "shared" / "data" / "articles"
SEEDS = {"a": 17, "b": 101, "c": 201, "d": 301}  # the sets `dump` holds
# every constructed set `time` can run, at bench_pages' default seed (`--seed` picks another)
TIME_SEEDS = SEEDS | {
    "e": 401,
    "f": 501,
    "g": 601,
    "h": 701,
    "i": 801,
    "j": 901,
    "k": 1001,
    "l": 1101,
}

# (set, page id, url, html, feed title, feed text)
Job = tuple[str, str, str, str, str | None, str | None]


def real_pages(feed: bool) -> Iterator[Job]:
    """The 181 real pages; with `feed`, the gold text stands in for a full-text feed entry."""
    gold = json.loads((ARTICLES / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(gold):
        html = gzip.open(ARTICLES / "html" / f"{page_id}.html.gz").read().decode("utf-8")
        body = gold[page_id]["articleBody"]
        title, text = (body.split("\n", 1)[0][:120], body) if feed else (None, None)
        yield ("real+feed" if feed else "real", page_id, gold[page_id]["url"], html, title, text)


def built_pages(which: str, seed: int | None = None) -> Iterator[Job]:
    """A constructed set at its usual seed (bench/bench_pages.py) or at `seed`."""
    sys.path.insert(0, str(BENCH))
    module = importlib.import_module("page_families" + ("" if which == "a" else f"_{which}"))
    for page in module.build_pages(16, TIME_SEEDS[which] if seed is None else seed):
        yield (which, page.page_id, page.url, page.html, None, None)


def jobs(which: str, seed: int | None = None) -> Iterator[Job]:
    if which == "real":
        yield from real_pages(feed=False)
    elif which == "all":
        yield from real_pages(feed=False)
        yield from real_pages(feed=True)
        for name in SEEDS:
            yield from built_pages(name)
    else:
        yield from built_pages(which, seed)


def import_digest(tree: Path | None) -> None:
    sys.path.insert(0, str(tree or ROOT))
    import digest

    print(f"digest from {Path(digest.__file__).parent.parent}", file=sys.stderr)


def dump(out: Path, candidates: bool) -> None:
    import trafilatura

    from digest.ingest.extract import extract_page, page_candidates
    from digest.ingest.extract_rules import BROAD, CASCADE, PRECISE, READABLE

    rows = []
    for which, page_id, url, html, title, text in jobs("all"):
        page = extract_page(html, url, feed_title=title, feed_text=text)
        related = [[link.title, link.url] for link in page.related]
        rows.append([which, page_id, page.text, page.title, related])
        if candidates and not title:  # every extraction the rules may ask for, not only theirs
            cands, _ = page_candidates(trafilatura.load_html(html), url)
            texts = [cands.text(name) for name in (BROAD, READABLE, PRECISE, CASCADE)]
            rows.append([f"{which} candidates", page_id, "\n\n".join(texts), None, []])
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(rows)} results written to {out}")


def compare(old: Path, new: Path) -> int:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (old, new))
    keys = [tuple(row[:2]) for row in a]
    if keys != [tuple(row[:2]) for row in b]:
        print("the dumps hold different pages")
        return 1
    fields = ("text", "title", "related")
    diffs = [
        (k, f)
        for k, x, y in zip(keys, a, b, strict=True)
        for f, u, v in zip(fields, x[2:], y[2:], strict=True)
        if u != v
    ]
    for key, field in diffs[:10]:
        print(f"differs: {key[0]} {key[1]} {field}")
    print(f"{len(keys)} results, {len(diffs)} differences")
    return 1 if diffs else 0


def timing(which: str, repeat: int, clock: str, seed: int | None = None) -> None:
    import trafilatura

    now = time.process_time if clock == "cpu" else time.perf_counter

    from digest.ingest.extract import extract_page

    pages = list(jobs(which, seed))
    for _, _, url, html, _, _ in pages[:5]:  # warm up imports and caches
        extract_page(html, url)
        trafilatura.extract(html, include_comments=False)
    load = os.getloadavg()[0]
    ours, theirs = [], []
    for _, _, url, html, _, _ in pages:
        mine, base = [], []
        for _ in range(repeat):
            start = now()
            extract_page(html, url)
            mine.append(now() - start)
            start = now()
            trafilatura.extract(html, include_comments=False)
            base.append(now() - start)
        ours.append(statistics.median(mine))
        theirs.append(statistics.median(base))
    ours_ms, theirs_ms = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
    print(
        f"{which}{'' if seed is None else f' {seed}'} ({clock}): {len(pages)} pages, "
        f"digest {ours_ms:.2f} ms/page, trafilatura "
        f"{theirs_ms:.2f} ms/page, ratio of medians {ours_ms / theirs_ms:.3f}, of totals "
        f"{sum(ours) / sum(theirs):.3f}; load {load:.1f} -> {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("job", choices=("dump", "compare", "time"))
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--tree", type=Path, help="import digest from this checkout")
    parser.add_argument("--pages", default="d", choices=("real", *TIME_SEEDS))
    parser.add_argument("--seed", type=int, help="time: another seed of the constructed set")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--candidates", action="store_true", help="dump: every candidate extraction too (slow)"
    )
    parser.add_argument(
        "--clock", choices=("wall", "cpu"), default="wall", help="cpu: the process's CPU time"
    )
    args = parser.parse_args()
    if args.job == "compare":
        sys.exit(compare(*args.files))
    import_digest(args.tree)
    if args.job == "dump":
        dump(args.files[0], args.candidates)
    else:
        timing(args.pages, args.repeat, args.clock, args.seed)


if __name__ == "__main__":
    main()
