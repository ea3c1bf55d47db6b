"""Every constructed page set at every seed, page by page: the check a fix to the extractor passes.

A change to the extraction rules is judged on all the constructed sets at once (no seed lower,
outright failures not more), and on a pair of code states: the start code and the change. This
keeps each page's text, so that two states can be compared page by page, and keeps
trafilatura's text (comments off, as upstream runs it) once, since it does not depend on digest.

    .venv/bin/python bench/bench_sets.py run OUT.json.gz [--tree DIR] [--sets a,b,...]
        [--workers 2] [--baseline CACHE.json.gz]
    .venv/bin/python bench/bench_sets.py compare OLD.json.gz NEW.json.gz [--baseline CACHE]
    .venv/bin/python bench/bench_sets.py cost SET SEED --old DIR [--new DIR] [--rounds 3]

`run` extracts every page of the named sets (default: all) at the seeds below with the digest
of `--tree` (default: this checkout) and writes the texts. `compare` prints, per seed, digest's
F1 on both states, trafilatura's F1, digest - trafilatura, the pages that changed, and the
outright failures (digest F1 < 0.5 where trafilatura's >= 0.8) on each state. `cost` times the
two trees alternately (`bench_extract_speed.py time --clock cpu`, one process per round, each
round's ratio to trafilatura measured in that process) and prints the median of each tree's
ratio of medians and their difference: the paired cost of a change, in trafilatura's time.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import os
import re
import statistics
import subprocess
import sys
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

# the seeds every fix is checked on: each set's default seed and its second (B, C three)
SEEDS: dict[str, tuple[int, ...]] = {
    "a": (17, 19),
    "b": (101, 102, 103),
    "c": (201, 202, 203),
    "d": (301, 302),
    **{
        name: (base + 1, base + 2)
        for name, base in zip("efghijklmnopq", range(400, 1700, 100), strict=True)
    },
}
# sets added later (their modules exist once they are frozen)
SEEDS.update({"r": (1701, 1702), "s": (1801, 1802)})
OUTRIGHT_OURS, OUTRIGHT_THEIRS = 0.5, 0.8


def _module(name: str) -> object:
    sys.path.insert(0, str(BENCH))
    return importlib.import_module("page_families" + ("" if name == "a" else f"_{name}"))


def _available(names: list[str]) -> list[str]:
    return [n for n in names if (BENCH / f"page_families{'' if n == 'a' else '_' + n}.py").exists()]


def pages(name: str, seed: int) -> Iterator[tuple[str, str, str, str]]:
    """(page id, url, html, gold) of one set at one seed."""
    for page in _module(name).build_pages(16, seed):  # type: ignore[attr-defined]
        yield page.page_id, page.url, page.html, page.gold


def _extract(job: tuple[str, str]) -> str:
    from digest.ingest.extract import extract_page

    url, html = job
    return extract_page(html, url).text


def _baseline(job: tuple[str, str]) -> str:
    import trafilatura

    return trafilatura.extract(job[1], include_comments=False) or ""


def _load(path: Path) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        loaded: dict[str, dict[str, str]] = json.load(f)
    return loaded


def _save(path: Path, data: object) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)


def run(out: Path, names: list[str], workers: int, cache: Path, tree: Path) -> None:
    """Extract every page; fill trafilatura's cache for seeds it lacks."""
    sys.path.insert(0, str(tree))
    import digest

    print(f"digest from {Path(digest.__file__).parent.parent}", file=sys.stderr)
    texts: dict[str, dict[str, str]] = {}
    base = _load(cache)
    with Pool(workers) as pool:
        for name in names:
            for seed in SEEDS[name]:
                key = f"{name} {seed}"
                built = list(pages(name, seed))
                jobs = [(url, html) for _, url, html, _ in built]
                texts[key] = dict(zip([p[0] for p in built], pool.map(_extract, jobs), strict=True))
                if key not in base:
                    got = pool.map(_baseline, jobs)
                    base[key] = dict(zip([p[0] for p in built], got, strict=True))
                print(f"{key}: {len(built)} pages", file=sys.stderr)
    _save(out, texts)
    _save(cache, base)


def _f1(gold: str, text: str, pr: object) -> float:
    p, r = pr(gold, text)  # type: ignore[operator]
    p, r = p or 0.0, r or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def compare(old: Path, new: Path, cache: Path) -> None:
    """Per seed: both states' F1, trafilatura's, the changed pages and the outright failures."""
    sys.path.insert(0, str(ROOT))
    from bench_extract import doc_precision_recall, f1_of

    a, b, base = _load(old), _load(new), _load(cache)
    rows, fails_a, fails_b, deltas = [], 0, 0, []
    for key in a:
        if key not in b:
            continue
        name, seed = key.split()
        gold = {pid: g for pid, _, _, g in pages(name, int(seed))}
        ids = list(gold)

        fa, fb, ft = (
            f1_of(doc_precision_recall(gold[i], texts[i]) for i in ids)[0]
            for texts in (a[key], b[key], base[key])
        )
        changed = [i for i in ids if a[key][i] != b[key][i]]
        for i in ids:
            theirs = _f1(gold[i], base[key][i], doc_precision_recall)
            if theirs >= OUTRIGHT_THEIRS:
                fails_a += _f1(gold[i], a[key][i], doc_precision_recall) < OUTRIGHT_OURS
                fails_b += _f1(gold[i], b[key][i], doc_precision_recall) < OUTRIGHT_OURS
        deltas.append(fb - fa)
        shown = f" ({', '.join(changed[:4])}{' ...' if len(changed) > 4 else ''})"
        rows.append(
            f"{key:8s} old {fa:.4f} new {fb:.4f} ({fb - fa:+.4f})  trafilatura {ft:.4f}  "
            f"digest - trafilatura {fa - ft:+.4f} -> {fb - ft:+.4f}  changed {len(changed)}"
            + (shown if changed else "")
        )
    print("\n".join(rows))
    lowest = min(deltas) if deltas else 0.0
    print(
        f"\n{len(rows)} seeds; lowest change {lowest:+.4f}; mean change "
        f"{statistics.mean(deltas) if deltas else 0.0:+.4f}; outright failures "
        f"(digest < {OUTRIGHT_OURS} where trafilatura >= {OUTRIGHT_THEIRS}) {fails_a} -> {fails_b}"
    )


_RATIO = re.compile(r"ratio of medians ([0-9.]+)")


def cost(name: str, seed: int, old: Path, new: Path, rounds: int) -> None:
    """Alternate the two trees, one process per round, on the CPU clock."""
    ratios: dict[str, list[float]] = {"old": [], "new": []}
    for _ in range(rounds):
        for label, tree in (("old", old), ("new", new)):
            out = subprocess.run(
                [sys.executable, str(BENCH / "bench_extract_speed.py"), "time", "--pages", name,
                 "--seed", str(seed), "--repeat", "3", "--clock", "cpu", "--tree", str(tree)],
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            found = _RATIO.search(out)
            if found is None:
                raise SystemExit(f"no ratio in bench_extract_speed's output: {out!r}")
            ratios[label].append(float(found.group(1)))
    o, n = statistics.median(ratios["old"]), statistics.median(ratios["new"])
    print(
        f"{name} {seed}: ratio of medians old {o:.3f} {ratios['old']}, new {n:.3f} "
        f"{ratios['new']}; paired cost {n - o:+.4f} of trafilatura's median; "
        f"load {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("job", choices=("run", "compare", "cost"))
    parser.add_argument("args", nargs="*")
    parser.add_argument("--tree", type=Path, help="run: import digest from this checkout")
    parser.add_argument("--sets", default=",".join(SEEDS), help="run: comma-separated set names")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--baseline", type=Path, default=Path("/tmp/bench_sets_trafilatura.json.gz")
    )
    parser.add_argument("--old", type=Path, help="cost: the start code's tree")
    parser.add_argument("--new", type=Path, default=ROOT, help="cost: the changed tree")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.job == "run":
        names = _available(args.sets.split(","))
        tree = (args.tree or ROOT).resolve()
        run(Path(args.args[0]), names, args.workers, args.baseline, tree)
    elif args.job == "compare":
        compare(Path(args.args[0]), Path(args.args[1]), args.baseline)
    else:
        if args.old is None:
            raise SystemExit("cost needs --old DIR")
        cost(args.args[0], int(args.args[1]), args.old, args.new, args.rounds)


if __name__ == "__main__":
    main()
