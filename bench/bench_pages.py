"""digest against trafilatura (comments off) on the pages built here (bench/page_families.py).

These pages are constructed by us: real article texts in templates that imitate common publishing
systems and page furniture (comment threads, author boxes, sign-up forms, related grids, short
posts, split bodies, live blogs, other languages). Their figures are evidence about page
structures, not an estimate of digest's figure on independent pages.

Prints F1/P/R per template family and per furniture item for both systems, the rule that decided
each page (`page_candidates` + `extract_rules.choose` replayed), every page where digest loses
to trafilatura by more than 0.02 F1 with the F1 of each candidate, and the rule variants
in-sample and cross-validated leave-one-template-family-out (thresholds or rule set chosen on the
other families, applied to the held-out one), with the same metric as bench/bench_extract.py.

    .venv/bin/python bench/bench_pages.py [--repeat 1] [--per-family 16] [--seed 17] [--no-variants]

`--set b` builds set B instead (bench/page_families_b.py, seed 101 unless given): 14 other
families, written blind to digest's rules and frozen before digest was first run on it, the
held-out check of extraction changes made on set A and the 181 real pages.

`--set c` builds set C (bench/page_families_c.py, seed 201 unless given): 14 further families,
written blind in session 7 and frozen before digest's first run on it, the held-out check of that
session's changes (sets A and B had been used to fix failures by then). It also prints the pooled
F1 difference with 95% bootstrap intervals, resampling pages and resampling families.

`--set d` builds set D (bench/page_families_d.py, seed 301 unless given): 11 further families,
written blind and frozen before digest's first run on it, the held-out check of the fixes made on
set C; it prints the same bootstrap intervals.

`--set e` builds set E (bench/page_families_e.py, seed 401 unless given): 14 further families,
written blind in session 8 and frozen before digest's first run on it, the held-out judge of
that session's extraction changes; it prints the same bootstrap intervals.

`--set f` builds set F (bench/page_families_f.py, seed 501 unless given): 14 further families,
written blind in session 8 and frozen before anyone ran digest on it (its builder never did),
the second held-out judge, run once on the session's final extraction code; it prints the same
bootstrap intervals.

`--set g` builds set G (bench/page_families_g.py, seed 601 unless given): 12 further families,
written blind in session 8 and frozen before anyone ran digest on it (its builder never did),
the next held-out judge after sets E and F; it prints the same bootstrap intervals.

`--set h` builds set H (bench/page_families_h.py, seed 701 unless given): 12 old-era families
(2004-2014: table-layout paper, Blogger Minima, Drupal 6, ASP.NET, Mailman, MediaWiki ...),
written blind in session 9 and frozen before anyone ran digest on it (its builder never did),
the held-out judge of that session; it prints the same bootstrap intervals.

`--set i` builds set I (bench/page_families_i.py, seed 801 unless given): 12 old-era families
(2004-2014: table layouts, `<br><br>` paragraphs, `<font>`, inline ad scripts), written blind
in session 9 and frozen before digest's first run on it, a tuning set for that era; it prints
the same bootstrap intervals.

`--set j` builds set J (bench/page_families_j.py, seed 901 unless given): 12 current
(2018-2026) news and blog families (Next.js, Blogger Contempo, WordPress.com, GOV.UK-, Axios-,
Politico-, GlobeNewswire-like ...), written blind in session 9 and frozen before digest's first
run on it, a held-out judge; it prints the same bootstrap intervals.

Sets K-Q (sessions 10-12) and R, S (session 13) follow the same pattern: `--set k` ... `--set s`,
default seed 1001 ... 1801. R holds 12 news publishers, S 12 blogs; both were written blind and
frozen before anyone ran digest on them (notes/DECISION-13.md).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import page_families  # noqa: E402
import page_families_aa  # noqa: E402
import page_families_ab  # noqa: E402
import page_families_ac  # noqa: E402
import page_families_ad  # noqa: E402
import page_families_ae  # noqa: E402
import page_families_af  # noqa: E402
import page_families_ag  # noqa: E402
import page_families_ah  # noqa: E402
import page_families_ai  # noqa: E402
import page_families_aj  # noqa: E402
import page_families_ak  # noqa: E402
import page_families_al  # noqa: E402
import page_families_am  # noqa: E402
import page_families_an  # noqa: E402
import page_families_ao  # noqa: E402
import page_families_ap  # noqa: E402
import page_families_aq  # noqa: E402
import page_families_ar  # noqa: E402
import page_families_as  # noqa: E402
import page_families_at  # noqa: E402
import page_families_b  # noqa: E402
import page_families_c  # noqa: E402
import page_families_d  # noqa: E402
import page_families_e  # noqa: E402
import page_families_f  # noqa: E402
import page_families_g  # noqa: E402
import page_families_h  # noqa: E402
import page_families_i  # noqa: E402
import page_families_j  # noqa: E402
import page_families_k  # noqa: E402
import page_families_l  # noqa: E402
import page_families_m  # noqa: E402
import page_families_n  # noqa: E402
import page_families_o  # noqa: E402
import page_families_p  # noqa: E402
import page_families_q  # noqa: E402
import page_families_r  # noqa: E402
import page_families_s  # noqa: E402
import page_families_t  # noqa: E402
import page_families_u  # noqa: E402
import page_families_v  # noqa: E402
import page_families_w  # noqa: E402
import page_families_x  # noqa: E402
import page_families_y  # noqa: E402
import page_families_z  # noqa: E402
from bench_extract import (  # noqa: E402
    NAMES,
    Scorer,
    corpus_score,
    doc_precision_recall,
    f1_of,
    measure_page,
    report_variants,
)
from bench_extract import Page as Measured  # noqa: E402

from digest.ingest.extract_lost import choose_article as choose  # noqa: E402


def f1(gold: str, text: str) -> float:
    p, r = doc_precision_recall(gold, text)
    p, r = p or 0.0, r or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def row(name: str, gold: list[str], ours: list[str], theirs: list[str]) -> str:
    a = corpus_score(list(zip(gold, ours, strict=True)))
    b = corpus_score(list(zip(gold, theirs, strict=True)))
    return (
        f"{name:34s} {len(gold):4d}  digest F1 {a[0]:.4f} P {a[1]:.4f} R {a[2]:.4f}  |  "
        f"trafilatura F1 {b[0]:.4f} P {b[1]:.4f} R {b[2]:.4f}  |  diff {a[0] - b[0]:+.4f}"
    )


def report_bootstrap(
    gold: dict[str, str],
    pages: dict[str, Measured],
    family: dict[str, str],
    reps: int = 2000,
) -> None:
    """Pooled F1 difference (digest - trafilatura) with 95% percentile bootstrap intervals."""
    ids = list(gold)
    ours = {i: doc_precision_recall(gold[i], pages[i].digest_text) for i in ids}
    theirs = {i: doc_precision_recall(gold[i], pages[i].baseline_text) for i in ids}

    def diff(sample: list[str]) -> float:
        return f1_of(ours[i] for i in sample)[0] - f1_of(theirs[i] for i in sample)[0]

    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        groups[family[i]].append(i)
    names = sorted(groups)
    rng = random.Random(0)
    by_page = sorted(diff(rng.choices(ids, k=len(ids))) for _ in range(reps))
    by_family = sorted(
        diff([i for f in rng.choices(names, k=len(names)) for i in groups[f]]) for _ in range(reps)
    )
    lo, hi = int(0.025 * reps), int(0.975 * reps) - 1
    print(
        f"\npooled F1 diff digest - trafilatura {diff(ids):+.4f}; 95% bootstrap interval "
        f"over pages [{by_page[lo]:+.4f}, {by_page[hi]:+.4f}], over families "
        f"[{by_family[lo]:+.4f}, {by_family[hi]:+.4f}] ({reps} resamples, "
        f"{len(ids)} pages, {len(names)} families)"
    )


# set name: (its page builder, its default seed)
SETS: dict[str, tuple[Callable[[int, int], list[Any]], int]] = {
    "a": (page_families.build_pages, 17),
    "b": (page_families_b.build_pages, 101),
    "c": (page_families_c.build_pages, 201),
    "d": (page_families_d.build_pages, 301),
    "e": (page_families_e.build_pages, 401),
    "f": (page_families_f.build_pages, 501),
    "g": (page_families_g.build_pages, 601),
    "h": (page_families_h.build_pages, 701),
    "i": (page_families_i.build_pages, 801),
    "j": (page_families_j.build_pages, 901),
    "k": (page_families_k.build_pages, 1001),
    "l": (page_families_l.build_pages, 1101),
    "m": (page_families_m.build_pages, 1201),
    "n": (page_families_n.build_pages, 1301),
    "o": (page_families_o.build_pages, 1401),
    "p": (page_families_p.build_pages, 1501),
    "q": (page_families_q.build_pages, 1601),
    "r": (page_families_r.build_pages, 1701),
    "s": (page_families_s.build_pages, 1801),
    "t": (page_families_t.build_pages, 1901),
    "u": (page_families_u.build_pages, 2001),
    "v": (page_families_v.build_pages, 2101),
    "w": (page_families_w.build_pages, 2201),
    "x": (page_families_x.build_pages, 2301),
    "y": (page_families_y.build_pages, 2401),
    "z": (page_families_z.build_pages, 2501),
    "aa": (page_families_aa.build_pages, 2601),
    "ab": (page_families_ab.build_pages, 2701),
    "ac": (page_families_ac.build_pages, 2801),
    "ad": (page_families_ad.build_pages, 2901),
    "ae": (page_families_ae.build_pages, 3001),
    "af": (page_families_af.build_pages, 3101),
    "ag": (page_families_ag.build_pages, 3201),
    "ah": (page_families_ah.build_pages, 3301),
    "ai": (page_families_ai.build_pages, 3401),
    "aj": (page_families_aj.build_pages, 3501),
    "ak": (page_families_ak.build_pages, 3601),
    "al": (page_families_al.build_pages, 3701),
    "am": (page_families_am.build_pages, 3801),
    "an": (page_families_an.build_pages, 3901),
    "ao": (page_families_ao.build_pages, 4001),
    "ap": (page_families_ap.build_pages, 4101),
    "aq": (page_families_aq.build_pages, 4201),
    "ar": (page_families_ar.build_pages, 4301),
    "as": (page_families_as.build_pages, 4401),
    "at": (page_families_at.build_pages, 4501),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--per-family", type=int, default=16)
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="another draw of bodies and furniture (default per set: "
        + "; ".join(f"{name}: {seed}" for name, (_, seed) in SETS.items())
        + ")",
    )
    parser.add_argument("--set", choices=tuple(SETS), default="a", help="constructed set")
    parser.add_argument("--no-variants", action="store_true")
    parser.add_argument("--losses", type=float, default=0.02, help="list pages lost by more")
    args = parser.parse_args()

    build, default_seed = SETS[args.set]
    built = build(args.per_family, default_seed if args.seed is None else args.seed)
    info = {p.page_id: p for p in built}
    load = os.getloadavg()[0]
    pages = {p.page_id: measure_page(p.page_id, p.url, p.html, args.repeat) for p in built}
    ids = [p.page_id for p in built]
    gold = {i: info[i].gold for i in ids}
    print(
        f"{len(ids)} constructed pages, {len(set(p.family for p in built))} families, "
        f"{args.repeat} timed run(s) each, load (1 min) {load:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after"
    )
    print(
        row(
            "ALL",
            [gold[i] for i in ids],
            [pages[i].digest_text for i in ids],
            [pages[i].baseline_text for i in ids],
        )
    )
    ours_ms = statistics.median(pages[i].digest_s for i in ids) * 1000
    theirs_ms = statistics.median(pages[i].baseline_s for i in ids) * 1000
    total = sum(pages[i].digest_s for i in ids) / sum(pages[i].baseline_s for i in ids)
    print(
        f"time: median {ours_ms:.1f} vs {theirs_ms:.1f} ms/page, ratio of medians "
        f"{ours_ms / theirs_ms:.2f}x, of totals {total:.2f}x"
    )
    by_family: dict[str, list[str]] = defaultdict(list)
    by_furniture: dict[str, list[str]] = defaultdict(list)
    for p in built:
        by_family[p.family].append(p.page_id)
        for item in p.furniture:
            by_furniture[item].append(p.page_id)
    for title, groups in (
        ("by template family", list(by_family.items())),
        ("by furniture item (pages that carry it)", sorted(by_furniture.items())),
    ):
        print(f"\n{title}")
        for name, members in groups:
            texts = [(gold[i], pages[i].digest_text, pages[i].baseline_text) for i in members]
            print(row(name, *map(list, zip(*texts, strict=True))))

    if args.set not in ("a", "b"):  # the sets built blind since set C
        report_bootstrap(gold, pages, {p.page_id: p.family for p in built})

    scorer = Scorer(pages, gold, {p.page_id: p.family for p in built})
    decided = {i: choose(*scorer.inputs[i]) for i in ids}
    print(
        "\nrule that decided: "
        + ", ".join(f"{k} {v}" for k, v in Counter(c.rule for c in decided.values()).most_common())
    )
    per_rule: dict[str, list[float]] = defaultdict(list)
    for i in ids:
        per_rule[decided[i].rule].append(
            f1(gold[i], pages[i].digest_text) - f1(gold[i], pages[i].baseline_text)
        )
    for rule, diffs in per_rule.items():
        print(
            f"  {rule:9s} {len(diffs):4d} pages, "
            f"mean F1 diff vs trafilatura {statistics.mean(diffs):+.4f}"
        )
    print(
        f"\npages where digest loses by more than {args.losses} F1 "
        "(rule, pick; F1 of digest / trafilatura / each candidate after finishing)"
    )
    for i in ids:
        ours, theirs = f1(gold[i], pages[i].digest_text), f1(gold[i], pages[i].baseline_text)
        if ours < theirs - args.losses:
            cand = " ".join(
                f"{n[:4]} {scorer.pr[i][n][0] or 0:.2f}/{scorer.pr[i][n][1] or 0:.2f}"
                for n in NAMES
            )
            print(
                f"  {i:20s} {decided[i].rule:8s} {decided[i].name:9s} {ours:.3f} / {theirs:.3f}"
                f"  [P/R {cand}]  {','.join(info[i].furniture)}"
            )
    if not args.no_variants:
        report_variants(scorer, "family", "families")


if __name__ == "__main__":
    main()
