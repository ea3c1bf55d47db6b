"""Article text extraction on the Zyte article-extraction benchmark (181 pages).

Prints shingle F1/P/R of `extract_page` against the hand-annotated bodies, with
trafilatura alone scored in the same run as the baseline, and the median milliseconds per page.

    .venv/bin/python bench/bench_extract.py [--workers 2] [--repeat 3] [--worst 10]

The metric is the benchmark's (described in ../shared/data/articles/README.md), written again here:
`\\w+` tokens, 4-token shingles (one shorter shingle for texts under 4 tokens), per-document
clipped multiset overlaps normalised to sum to 1, precision and recall averaged over documents,
F1 of the two averages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from digest.ingest.extract import extract_page  # noqa: E402

ARTICLES = ROOT.parent / "shared" / "data" / "articles"
TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens[i : i + 4]
    )


def doc_precision_recall(gold: str, predicted: str) -> tuple[float | None, float | None]:
    """Per-document P and R; None where the benchmark leaves the document out of the average."""
    g, p = shingles(gold), shingles(predicted)
    tp, fp, fn = sum((g & p).values()), sum((p - g).values()), sum((g - p).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    precision = (1.0 if fp == fn == 0 else tp / (tp + fp)) if tp + fp > 0 else None
    recall = (1.0 if fp == fn == 0 else tp / (tp + fn)) if tp + fn > 0 else None
    return precision, recall


def corpus_score(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """(F1, P, R) over (gold, predicted) pairs: F1 of the averaged P and R."""
    ps, rs = [], []
    for gold, predicted in pairs:
        p, r = doc_precision_recall(gold, predicted)
        if p is not None:
            ps.append(p)
        if r is not None:
            rs.append(r)
    p, r = statistics.mean(ps), statistics.mean(rs)
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


SYSTEMS = {
    "digest.ingest.extract": lambda html, url: extract_page(html, url).text,
    # how upstream ran trafilatura (extractors/run_trafilatura.py): comments off
    "trafilatura (upstream settings)": lambda html, url: (
        trafilatura.extract(html, include_comments=False) or ""
    ),
    "trafilatura (defaults)": lambda html, url: trafilatura.extract(html) or "",
}


def run_page(job: tuple[str, str, int]) -> tuple[str, dict[str, tuple[str, float]]]:
    """Extract one page with every system; time each as the median of `repeat` runs."""
    page_id, url, repeat = job
    html = gzip.open(ARTICLES / "html" / f"{page_id}.html.gz").read().decode("utf-8")
    out = {}
    for name, system in SYSTEMS.items():
        times, text = [], ""
        for _ in range(repeat if name == "digest.ingest.extract" else 1):
            start = time.perf_counter()
            text = system(html, url)
            times.append(time.perf_counter() - start)
        out[name] = (text, statistics.median(times))
    return page_id, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per page (median)")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    args = parser.parse_args()

    gold = json.loads((ARTICLES / "ground-truth.json").read_text(encoding="utf-8"))
    jobs = [(page_id, gold[page_id]["url"], args.repeat) for page_id in sorted(gold)]
    start = time.perf_counter()
    with Pool(args.workers) as pool:
        results = dict(pool.map(run_page, jobs, chunksize=4))
    wall = time.perf_counter() - start

    print(f"{len(results)} pages, {args.workers} workers, wall {wall:.1f} s")
    for name in SYSTEMS:
        pairs = [(gold[i]["articleBody"], results[i][name][0]) for i in sorted(gold)]
        f1, p, r = corpus_score(pairs)
        ms = statistics.median(results[i][name][1] for i in gold) * 1000
        print(f"{name:34s} F1 {f1:.4f}  P {p:.4f}  R {r:.4f}  median {ms:6.1f} ms/page")

    if args.worst:
        rows = []
        for i in sorted(gold):
            p, r = doc_precision_recall(
                gold[i]["articleBody"], results[i]["digest.ingest.extract"][0]
            )
            p, r = p or 0.0, r or 0.0
            rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, i))
        for f1, p, r, i in sorted(rows)[: args.worst]:
            print(f"  {i[:12]} F1 {f1:.3f} P {p:.3f} R {r:.3f}  {gold[i]['url'][:70]}")


if __name__ == "__main__":
    main()
