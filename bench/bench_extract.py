"""Article text extraction on the Zyte article-extraction benchmark (181 pages, 126 sites).

Prints, from one run: shingle F1/P/R of `digest.ingest.extract.extract_page` and of trafilatura with
comments off (how upstream ran it, the baseline to beat), the median time per page of both
(each page timed `--repeat` times, both systems interleaved in the same process) and their
ratio; then every rule variant in-sample and leave-one-site-out cross-validated: for each of the
126 sites, the thresholds (or the rule set) are chosen on the other 125 sites only and applied to
the held-out site's pages, and the held-out predictions are pooled and scored. The row "without
blocks" replays the same rules on the candidates computed without the page-structure steps
(`digest.ingest.extract_blocks`: comment threads, teaser cards and form boxes dropped, trim's
span widened over a list's items), and says on how many candidate texts those steps changed.

    .venv/bin/python bench/bench_extract.py [--workers 2] [--repeat 3] [--worst 10]

For the time figures use `--workers 1 --repeat 3` (one process: the two systems see the same
load); it prints the load average before and after, and the spread of the per-page ratios.

The metric is the benchmark's (described in ../shared/data/articles/README.md), written again here:
`\\w+` tokens, 4-token shingles (one shorter shingle for texts under 4 tokens), per-document
clipped multiset overlaps normalised to sum to 1, precision and recall averaged over documents,
F1 of the two averages.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import pickle
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from digest.ingest.extract import extract_page, finish_text, page_candidates  # noqa: E402
from digest.ingest.extract_head import HEADLESS, TRIM_HEADLESS  # noqa: E402
from digest.ingest.extract_lost import HEADED, ITEM_TAIL, LOST_TOGETHER, UNTITLED  # noqa: E402
from digest.ingest.extract_lost import RULES as ALL_RULES  # noqa: E402
from digest.ingest.extract_lost import choose_article as choose  # noqa: E402
from digest.ingest.extract_opening import OPENED  # noqa: E402
from digest.ingest.extract_rules import (  # noqa: E402
    BROAD,
    CASCADE,
    NOTED,
    PRECISE,
    READABLE,
    TRIMMED,
    Candidates,
    Evidence,
    Thresholds,
)

ARTICLES = ROOT.parent / "shared" / "data" / "articles"
TOKEN = re.compile(r"\w+")
NAMES = (BROAD, READABLE, PRECISE, CASCADE, TRIMMED, NOTED, HEADLESS, *OPENED.values())
PR = tuple[float | None, float | None]

# The values each threshold may take in cross-validation; the defaults are in the grid.
GRID: dict[str, tuple[float, ...]] = {
    "longer": (1.5, 2.0, 3.0),
    "contained": (0.8, 0.9, 0.95),
    "disagree": (0.3, 0.5, 0.7),
    "trim_covered": (0.95, 0.99),
    "trim_min": (0.4, 0.6, 0.8),
    "trim_max": (0.9, 0.97),
    "link_list": (0.3, 0.5, 0.7),
    "anchor_margin": (0.0, 0.1, 0.5),
    "thread_labels": (2, 3, 5),
}


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens[i : i + 4]
    )


def doc_precision_recall(gold: str, predicted: str) -> PR:
    """Per-document P and R; None where the benchmark leaves the document out of the average."""
    g, p = shingles(gold), shingles(predicted)
    tp, fp, fn = sum((g & p).values()), sum((p - g).values()), sum((g - p).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    precision = (1.0 if fp == fn == 0 else tp / (tp + fp)) if tp + fp > 0 else None
    recall = (1.0 if fp == fn == 0 else tp / (tp + fn)) if tp + fn > 0 else None
    return precision, recall


def f1_of(prs: Iterable[PR]) -> tuple[float, float, float]:
    """(F1, P, R): F1 of the averaged per-document P and R."""
    prs = list(prs)
    ps = [p for p, _ in prs if p is not None]
    rs = [r for _, r in prs if r is not None]
    p, r = statistics.mean(ps), statistics.mean(rs)
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def corpus_score(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """(F1, P, R) over (gold, predicted) pairs."""
    return f1_of(doc_precision_recall(g, p) for g, p in pairs)


def baseline(html: str) -> str:
    """How upstream ran trafilatura (extractors/run_trafilatura.py): comments off."""
    return trafilatura.extract(html, include_comments=False) or ""


@dataclass
class Page:
    """One page's outputs: the shipped text, both timings, and every candidate for the rules."""

    page_id: str
    digest_text: str
    baseline_text: str
    digest_s: float
    baseline_s: float
    computed: tuple[str, ...]  # candidates the shipped code computed on this page
    texts: dict[str, str]  # every candidate, computed for the cross-validation
    title_forms: tuple[str, ...]
    title: str | None
    description: str | None
    link_titles: frozenset[tuple[str, ...]]
    title_sources: tuple[str, ...]  # the title's separate statements (extract_lost.untitled)
    raw_texts: dict[str, str]  # the candidates without the page-structure steps (extract_blocks)

    def without_blocks(self) -> Page:
        """The same page as the code before `extract_blocks` saw it."""
        return replace(self, texts=self.raw_texts)

    def candidates(self) -> tuple[Candidates, Evidence]:
        texts = self.texts
        cands = Candidates({name: (lambda name=name: texts[name]) for name in NAMES})
        links = self.link_titles
        evidence = Evidence(
            self.title_forms, self.title, self.description, lambda: links, self.title_sources
        )
        return cands, evidence


def measure_page(page_id: str, url: str, html: str, repeat: int) -> Page:
    """digest and trafilatura on one page, `repeat` runs interleaved (so both see the same load),
    median times; then every candidate the rules weigh, for the replay."""
    ours, theirs = [], []
    text = base = ""
    for _ in range(repeat):
        start = time.perf_counter()
        text = extract_page(html, url).text
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        base = baseline(html)
        theirs.append(time.perf_counter() - start)
    tree = trafilatura.load_html(html)
    cands, evidence = page_candidates(tree, url)
    choose(cands, evidence)
    computed = cands.computed()
    raw, _ = page_candidates(tree, url, blocks=False)  # the same extractions, no page structure
    return Page(
        page_id,
        text,
        base,
        statistics.median(ours),
        statistics.median(theirs),
        computed,
        {name: cands.text(name) for name in NAMES},
        evidence.title_forms,
        evidence.title,
        evidence.description,
        evidence.link_titles(),
        evidence.title_sources,
        {name: raw.text(name) for name in NAMES},
    )


def run_page(job: tuple[str, str, int]) -> Page:
    page_id, url, repeat = job
    html = gzip.open(ARTICLES / "html" / f"{page_id}.html.gz").read().decode("utf-8")
    return measure_page(page_id, url, html, repeat)


# --- rule variants and cross-validation ----------------------------------------------------


@dataclass(frozen=True)
class Variant:
    name: str
    rules: frozenset[str]
    grid: bool = True  # cross-validate the thresholds (else the defaults only)


class Scorer:
    """Per-page P/R of each candidate after the shared finishing (title, trailing blocks)."""

    def __init__(self, pages: dict[str, Page], gold: dict[str, str], site: dict[str, str]):
        self.pages, self.site = pages, site
        self.ids = sorted(pages)
        self.pr = {
            i: {
                name: doc_precision_recall(
                    gold[i], finish_text(pages[i].texts[name], pages[i].title_forms)
                )
                for name in NAMES
            }
            for i in self.ids
        }
        self.inputs = {i: pages[i].candidates() for i in self.ids}

    def picks(self, th: Thresholds, rules: frozenset[str]) -> dict[str, str]:
        return {i: choose(*self.inputs[i], th, rules).name for i in self.ids}

    def score(self, picks: dict[str, str]) -> tuple[float, float, float]:
        return f1_of(self.pr[i][picks[i]] for i in self.ids)

    def cross_validate(
        self, settings: list[tuple[Thresholds, frozenset[str]]], default: int | None
    ) -> tuple[float, float, float, float]:
        """Leave one site out: choose the setting on the other sites, score the held-out site.

        Ties go to the shipped setting (`default`), or to the first in grid order if it is None.
        Returns (F1, P, R) of the pooled held-out pages and the share of folds that chose the
        shipped setting.
        """
        picks = [self.picks(th, rules) for th, rules in settings]
        by_site: dict[str, list[str]] = defaultdict(list)
        for i in self.ids:
            by_site[self.site[i]].append(i)
        # per setting and site: sums of P and R and their counts, so each fold is a subtraction
        sums = [{s: _sums(self.pr, pk, members) for s, members in by_site.items()} for pk in picks]
        totals = [tuple(map(sum, zip(*per_site.values(), strict=True))) for per_site in sums]
        held_out: list[PR] = []
        shipped = 0
        for s, members in by_site.items():
            best, best_j = -1.0, 0
            for j in range(len(settings)):
                p_sum, p_n, r_sum, r_n = (a - b for a, b in zip(totals[j], sums[j][s], strict=True))
                p, r = p_sum / p_n, r_sum / r_n
                f = 2 * p * r / (p + r) if p + r else 0.0
                if f > best + 1e-12 or (abs(f - best) <= 1e-12 and j == default):
                    best, best_j = f, j
            shipped += best_j == default
            held_out += [self.pr[i][picks[best_j][i]] for i in members]
        return (*f1_of(held_out), shipped / len(by_site))


def _sums(pr: dict[str, dict[str, PR]], picks: dict[str, str], members: list[str]) -> tuple:
    ps = [pr[i][picks[i]][0] for i in members if pr[i][picks[i]][0] is not None]
    rs = [pr[i][picks[i]][1] for i in members if pr[i][picks[i]][1] is not None]
    return sum(ps), len(ps), sum(rs), len(rs)


def threshold_grid() -> list[Thresholds]:
    default = Thresholds()
    names = [f.name for f in fields(Thresholds)]
    values = [GRID.get(n, (getattr(default, n),)) for n in names]
    return [
        Thresholds(**dict(zip(names, combo, strict=True))) for combo in itertools.product(*values)
    ]


def report_without_blocks(scorer: Scorer, raw: Scorer) -> None:
    """The shipped rules on the candidates without the page-structure steps (extract_blocks)."""
    grid = threshold_grid()
    settings = [(th, ALL_RULES) for th in grid]
    ins = raw.score(raw.picks(Thresholds(), ALL_RULES))
    cv1 = raw.cross_validate(settings, grid.index(Thresholds()))
    cv2 = raw.cross_validate(settings, None)
    changed = sum(
        scorer.pages[i].texts[n] != raw.pages[i].texts[n] for i in scorer.ids for n in NAMES
    )
    print(
        f"{'  without blocks':30s} in-sample F1 {ins[0]:.4f} P {ins[1]:.4f} "
        f"R {ins[2]:.4f} | CV1 F1 {cv1[0]:.4f} P {cv1[1]:.4f} R {cv1[2]:.4f} | CV2 F1 "
        f"{cv2[0]:.4f} ({changed} candidate texts differ)"
    )


def report_variants(scorer: Scorer, unit: str = "site", units: str = "sites") -> None:
    grid = threshold_grid()
    shipped = grid.index(Thresholds())
    print(
        f"\nRule variants, in-sample at the shipped thresholds | leave-one-{unit}-out CV "
        f"({len(set(scorer.site.values()))} {units}): thresholds chosen among {len(grid)} "
        f"settings on the other {units}; CV1 breaks ties toward the shipped values, CV2 by grid "
        "order"
    )
    variants = [Variant("all rules (shipped)", ALL_RULES)]
    variants += [Variant(f"  without {rule}", ALL_RULES - {rule}) for rule in sorted(ALL_RULES)]
    variants += [Variant("  no rules (broad pass only)", frozenset(), grid=False)]
    for v in variants:
        ins = scorer.score(scorer.picks(Thresholds(), v.rules))
        settings = [(th, v.rules) for th in grid] if v.grid else [(Thresholds(), v.rules)]
        cv1 = scorer.cross_validate(settings, shipped if v.grid else 0)
        cv2 = scorer.cross_validate(settings, None)
        print(
            f"{v.name:30s} in-sample F1 {ins[0]:.4f} P {ins[1]:.4f} R {ins[2]:.4f} | "
            f"CV1 F1 {cv1[0]:.4f} P {cv1[1]:.4f} R {cv1[2]:.4f} (shipped in {cv1[3]:.0%} of "
            f"folds) | CV2 F1 {cv2[0]:.4f}"
        )
    # the last-resort checks stay on (each is switched off in its own row above): with them in
    # the search, 2^18 subsets took over an hour (session 13)
    last = frozenset({LOST_TOGETHER, UNTITLED, HEADED, ITEM_TAIL})
    rules = sorted(ALL_RULES - last)
    subsets = [
        frozenset(c) | last for k in range(len(rules) + 1) for c in itertools.combinations(rules, k)
    ]
    settings = [(Thresholds(), subset) for subset in subsets]
    cv1 = scorer.cross_validate(settings, subsets.index(ALL_RULES))
    cv2 = scorer.cross_validate(settings, None)
    label = f"rule set chosen by CV ({len(subsets)})"
    print(
        f"{label:30s} {'':32s} | CV1 F1 {cv1[0]:.4f} P {cv1[1]:.4f} "
        f"R {cv1[2]:.4f} (all rules in {cv1[3]:.0%} of folds) | CV2 F1 {cv2[0]:.4f}"
    )
    print("Each threshold alone (others shipped), in-sample F1 at each grid value:")
    for name, values in GRID.items():
        cells = []
        for value in values:
            th = Thresholds(**{name: value})
            mark = "*" if value == getattr(Thresholds(), name) else ""
            cells.append(f"{value:g}{mark} {scorer.score(scorer.picks(th, ALL_RULES))[0]:.4f}")
        print(f"  {name:14s} " + "   ".join(cells))
    for name in NAMES:
        ins = scorer.score({i: name for i in scorer.ids})
        print(f"  candidate {name:19s} in-sample F1 {ins[0]:.4f} P {ins[1]:.4f} R {ins[2]:.4f}")


def print_ratio_spread(pages: dict[str, Page], ids: list[str]) -> None:
    """Per-page time ratios: their spread, and the median on trafilatura's faster and slower half.

    The median per-page ratio is set by small pages, where fixed costs weigh most.
    """
    ratios = sorted(pages[i].digest_s / pages[i].baseline_s for i in ids)
    deciles, quartiles = statistics.quantiles(ratios, n=10), statistics.quantiles(ratios, n=4)
    middle = statistics.median(pages[i].baseline_s for i in ids)
    fast = [pages[i].digest_s / pages[i].baseline_s for i in ids if pages[i].baseline_s < middle]
    slow = [pages[i].digest_s / pages[i].baseline_s for i in ids if pages[i].baseline_s >= middle]
    print(
        f"per-page ratio: p10 {deciles[0]:.2f}, quartiles {quartiles[0]:.2f} / "
        f"{quartiles[1]:.2f} / {quartiles[2]:.2f}, p90 {deciles[8]:.2f}; median on the pages "
        f"trafilatura does faster than its median {statistics.median(fast):.2f}x, slower "
        f"{statistics.median(slow):.2f}x"
    )


def site_of(url: str) -> str:
    from digest.ingest.extract import _site

    return _site(url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per page (median)")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument(
        "--pages-cache", type=Path, help="reuse (or save) the extractions, for rule work only"
    )
    args = parser.parse_args()

    gold_json = json.loads((ARTICLES / "ground-truth.json").read_text(encoding="utf-8"))
    gold = {i: row["articleBody"] for i, row in gold_json.items()}
    jobs = [(i, gold_json[i]["url"], args.repeat) for i in sorted(gold)]
    start, load_before = time.perf_counter(), os.getloadavg()[0]
    if args.pages_cache and args.pages_cache.exists():
        pages = pickle.loads(args.pages_cache.read_bytes())
    else:
        with Pool(args.workers) as pool:
            pages = {page.page_id: page for page in pool.map(run_page, jobs, chunksize=2)}
        if args.pages_cache:
            args.pages_cache.write_bytes(pickle.dumps(pages))
    wall = time.perf_counter() - start
    ids = sorted(pages)

    print(
        f"{len(pages)} pages, {args.workers} workers, {args.repeat} timed runs each, "
        f"wall {wall:.0f} s, load average (1 min) {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after"
    )
    ours = corpus_score([(gold[i], pages[i].digest_text) for i in ids])
    theirs = corpus_score([(gold[i], pages[i].baseline_text) for i in ids])
    ours_ms = statistics.median(pages[i].digest_s for i in ids) * 1000
    theirs_ms = statistics.median(pages[i].baseline_s for i in ids) * 1000
    ratio = statistics.median(pages[i].digest_s / pages[i].baseline_s for i in ids)
    total = sum(pages[i].digest_s for i in ids) / sum(pages[i].baseline_s for i in ids)
    for name, (f1, p, r), ms in (
        ("digest.ingest.extract", ours, ours_ms),
        ("trafilatura, comments off", theirs, theirs_ms),
    ):
        print(f"{name:34s} F1 {f1:.4f}  P {p:.4f}  R {r:.4f}  median {ms:6.1f} ms/page")
    print(
        f"difference F1 {ours[0] - theirs[0]:+.4f}; time: ratio of medians "
        f"{ours_ms / theirs_ms:.2f}x, of totals {total:.2f}x, median per-page ratio {ratio:.2f}x"
    )
    print_ratio_spread(pages, ids)
    # the headless candidate is a cut of the broad pass (extract_head), not an extraction
    runs = {
        i: set(pages[i].computed) - {HEADLESS, *TRIM_HEADLESS.values(), *OPENED.values()}
        for i in ids
    }
    counts = Counter(len(runs[i]) for i in ids)
    which = Counter(name for i in ids for name in runs[i])
    print(
        "extractions run per page: "
        + ", ".join(f"{n}: {counts[n]} pages" for n in sorted(counts))
        + " ("
        + ", ".join(f"{k} {v}" for k, v in which.most_common())
        + f"); the head cut asked on {sum(HEADLESS in pages[i].computed for i in ids)} pages"
    )

    scorer = Scorer(pages, gold, {i: site_of(gold_json[i]["url"]) for i in ids})
    shipped = scorer.picks(Thresholds(), ALL_RULES)
    same = sum(
        finish_text(pages[i].texts[shipped[i]], pages[i].title_forms) == pages[i].digest_text
        for i in ids
    )
    print(f"check: the rule replay reproduces the shipped text on {same}/{len(ids)} pages")
    rules = Counter(choose(*scorer.inputs[i]).rule for i in ids)
    print("rule that decided: " + ", ".join(f"{k} {v}" for k, v in rules.most_common()))
    report_variants(scorer)
    raw = Scorer({i: pages[i].without_blocks() for i in ids}, gold, scorer.site)
    report_without_blocks(scorer, raw)

    if args.worst:
        rows = []
        for i in ids:
            p, r = doc_precision_recall(gold[i], pages[i].digest_text)
            p, r = p or 0.0, r or 0.0
            rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, i))
        for f1, p, r, i in sorted(rows)[: args.worst]:
            print(f"  {i[:12]} F1 {f1:.3f} P {p:.3f} R {r:.3f}  {gold_json[i]['url'][:70]}")


if __name__ == "__main__":
    main()
