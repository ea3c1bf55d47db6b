"""Session 12 (h-floor): Check Also's candidate floor (`related.CHECK_ALSO_MIN_SIMILARITY`, v4),
against v12 refitted in the same run.

A candidate article enters Check Also only when its words cosine to the item's centroid reaches
the floor (0.1, chosen in v4, before the re-ranking, the gate and v12's score). Session 11's
diagnosis: on ECB+ topics 1-35, 45 of 585 ranked items have their right group (the topic's other
event) entirely under it, so no re-ranking can reach it. The variants move the floor.

    .venv/bin/python bench/bench_floor.py [--cache DIR]     # every variant, the criterion
    ... --only "name,name"                                    # some variants (v12 always)
    ... --diagnose        # the items whose right group is under the floor: its scores, ranks
    ... --screen          # each variant with v12's shipped ranker (not refitted), quicker
    ... --check NAME      # one variant against v12: Zyte draws, the BBC links that change

Each variant runs exactly as `bench_candidates` runs its own (v12's candidate score on): the
first rankings are recorded again under the variant's floor (ECB+ 1-35 draws and the BBC items),
v12's ranker (score_top, score_mean, rank, lead_rel at BBC share 0.5,
`bench_rerank_news.joint_model`) is refitted on them, then ECB+ 5 topic folds end to end on the
85% + 70% draws, topics 1-35 at 100% (in sample), the Zyte day (never trained on), the 1,000 BBC
articles (links, in-category share, FOLLOW precision per labeller over the labelled links). v12
refitted the same way in the same run is the baseline; the criterion is /work/s12/DECISION.md's
(`meets`). Grouping is not touched: B3 is the same for every variant (printed once). Topics
36-45 are never read here.
"""

from __future__ import annotations

import inspect
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_candidates as bc  # noqa: E402
import bench_events as be  # noqa: E402
import bench_followups as bf  # noqa: E402
from bench_rerank import links, record  # noqa: E402
from bench_rerank_news import ecb_cv, joint_model, record_bbc  # noqa: E402
from bench_samestory import keep_v12_gate  # noqa: E402
from bench_topicgate import RIGHT, WRONG, line, load, pair_label  # noqa: E402

from digest.compose import related, rerank  # noqa: E402
from digest.compose.candscore import CANDIDATE_SCORE  # noqa: E402
from digest.compose.related import pick_check_also  # noqa: E402
from digest.compose.textsim import Csr, cosines, vectors  # noqa: E402

FLOORS = (0.1, 0.085, 0.07, 0.05, 0.03, 0.0)


@dataclass(frozen=True)
class CandidateFloor:
    """How a variant reads the floor (None: v4's rule, an article's words cosine to the item's
    centroid >= `min_similarity`, alone)."""

    on_score: float | None = None  # the group's candidate score (v12's) >= this, not the cosine
    relative: float = 0.0  # the cosine floor is at most this share of the item's best cosine
    gate_only: bool = False  # the floor only says whether a link is shown: all rank when any passes


def floored(
    floor: CandidateFloor | None,
    min_similarity: float,
    admissible: np.ndarray,
    cosine: np.ndarray,
    score: np.ndarray,
) -> np.ndarray:
    """The `admissible` pool articles (a mask: not the item's own, not a near-duplicate, not
    same-story archive) that pass the floor, for one item: `cosine` is each article's words
    cosine to the item's centroid, `score` its group's candidate score (v12's order score)."""
    if floor is None:
        return admissible & (cosine >= min_similarity)
    level = min_similarity
    if floor.relative and admissible.any():
        level = min(level, floor.relative * float(cosine[admissible].max()))
    passes = admissible & (cosine >= level if floor.on_score is None else score >= floor.on_score)
    if floor.gate_only:
        return admissible if passes.any() else passes
    return passes


# `pick_check_also` reads the floor in one line; the variants need it after the item's own
# articles are taken out. The bench (not digest: nothing here ships) runs a copy of the function
# with that line moved into `floored` (two exact edits of its source, checked), under the
# original function object, so every caller and its keyword defaults see it.
_FLOOR_LINE = "admissible = (group_of != gi) & ~same_story & (article_score[gi] >= min_similarity)"
_CANDIDATES_LINE = "candidates = np.flatnonzero(admissible)"
_ORIGINAL_CODE = pick_check_also.__code__


@lru_cache(maxsize=1)
def _floored_code():  # type: ignore[no-untyped-def]
    src = inspect.getsource(related)
    assert src.count(_FLOOR_LINE) == 1 and src.count(_CANDIDATES_LINE) == 1
    src = src.replace(_FLOOR_LINE, "admissible = (group_of != gi) & ~same_story")
    src = src.replace(
        _CANDIDATES_LINE,
        "candidates = np.flatnonzero(_bench_floored(_bench_floor, min_similarity, admissible, "
        "article_score[gi], order_score[gi, group_of]))",
    )
    namespace: dict = {}
    exec(compile(src, related.__file__, "exec"), namespace)  # noqa: S102 (the module's own text)
    return namespace["pick_check_also"].__code__


V12 = "v12 (floor 0.1)"
# name -> (the cosine floor `min_similarity`, how it is read: None = v4's rule)
VARIANTS: dict[str, tuple[float, CandidateFloor | None]] = {
    V12: (0.1, None),
    "floor 0.085": (0.085, None),
    "floor 0.07": (0.07, None),
    "floor 0.05": (0.05, None),
    # v12's score instead of the cosine (0.5 keeps as many candidate groups as 0.1 on 1-35)
    "score floor 0.5": (0.1, CandidateFloor(on_score=0.5)),
    "score floor 0.4": (0.1, CandidateFloor(on_score=0.4)),
    # relative to the item's best candidate: min(0.1, share x the best cosine)
    "relative 0.5": (0.1, CandidateFloor(relative=0.5)),
    "relative 0.7": (0.1, CandidateFloor(relative=0.7)),
    # the floor only decides whether a link is shown; every candidate ranks when one passes
    "gate only 0.1": (0.1, CandidateFloor(gate_only=True)),
    "gate only 0.1, floor 0.05": (0.05, CandidateFloor(gate_only=True)),
    # raised (the other way: fewer weak candidates and links)
    "floor 0.12": (0.12, None),
    "floor 0.15": (0.15, None),
    # purely relative (min(1, share x best)): raised for items with a close candidate
    "relative 0.5 (pure)": (1.0, CandidateFloor(relative=0.5)),
    "relative 0.3 (pure)": (1.0, CandidateFloor(relative=0.3)),
}


def use(name: str | None) -> None:
    """Every `pick_check_also` call from here on applies variant `name`'s floor (None: v12's,
    the function's own code)."""
    defaults = pick_check_also.__kwdefaults__
    assert defaults is not None and "min_similarity" in defaults
    min_similarity, floor = VARIANTS[name or V12]
    defaults["min_similarity"] = min_similarity
    related._bench_floor = floor  # type: ignore[attr-defined]
    related._bench_floored = floored  # type: ignore[attr-defined]
    pick_check_also.__code__ = _ORIGINAL_CODE if floor is None else _floored_code()


def bbc_row(groups: list, labels: dict, ranker) -> tuple[int, int, list[float], int]:  # type: ignore[no-untyped-def]
    """(links, of them in the item's category, FOLLOW precision per labeller over the labelled
    links, unlabelled links) on the 1,000 BBC articles."""
    picks = pick_check_also(groups, [], rerank=ranker)
    kept = [(i, a) for i, a in picks.items() if a is not None]
    same_cat = sum(i.split("/")[0] == a.id.split("/")[0] for i, a in kept)
    n, missing, counts = bf.score(picks, labels)
    labelled = max(n - len(missing), 1)
    return len(kept), same_cat, [c["FOLLOW"] / labelled for c in counts], len(missing)


def run(data: dict, grouped: dict, groups: list, labels: dict, name: str) -> tuple:
    """(CV, tune, Zyte, BBC row, model) of v12's ranker refitted under variant `name`'s floor,
    as `bench_candidates.run` does for a candidate score."""
    use(name)
    try:
        tune = record(data, grouped, "tune", 3)
        bbc = record_bbc(groups, labels)
        subset, share = be.VARIANTS["v11 (+ lead)"]
        cv = ecb_cv(data, grouped, tune, bbc, subset, share)
        every_t, every_b = np.ones(len(tune["y"]), bool), np.ones(len(bbc["item"]), bool)
        m = joint_model(tune, bbc, subset, every_t, every_b, share)
        full = links(data, grouped, "tune", (1.0,), None, m)
        zyte = links(data, grouped, "zyte", (1.0,), None, m)
        row = bbc_row(groups, labels, m)
    finally:
        use(None)
    return cv, full, zyte, row, m


def screen(data: dict, grouped: dict, groups: list, labels: dict, names: list[str]) -> None:
    """Each variant with v12's shipped ranker (not refitted), ~1 min each: topics 1-35 over all
    13 draws, Zyte, BBC."""
    for name in names:
        use(name)
        try:
            tune = links(data, grouped, "tune", (1.0, 0.85, 0.7), None, rerank.RERANK)
            zyte = links(data, grouped, "zyte", (1.0,), None, rerank.RERANK)
            n, cat, prec, miss = bbc_row(groups, labels, rerank.RERANK)
        finally:
            use(None)
        print(f"  {name:28s} 1-35 draws {line(tune)} | Zyte {line(zyte)} | BBC {n}, in category "
              f"{cat / n:.3f}, FOLLOW {' / '.join(f'{p:.3f}' for p in prec)} ({miss} unlabelled)",
              flush=True)  # fmt: skip


def check(data: dict, grouped: dict, groups: list, labels: dict, name: str) -> None:
    """Variant `name` against v12 (each refitted under its own floor): the Zyte 85% / 70% draws,
    and the BBC links that change (in / out of the item's category, labelled or not)."""
    picks = {}
    for n in (V12, name):
        *_, m = run(data, grouped, groups, labels, n)
        use(n)
        try:
            for share in (0.85, 0.7):
                got = links(data, grouped, "zyte", (share,), None, m)
                print(f"  {n}: Zyte {share:.0%} draws {line(got)}")
            picks[n] = pick_check_also(groups, [], rerank=m)
        finally:
            use(None)
    old, new = picks[V12], picks[name]
    changed = [i for i in old if (old[i] and old[i].id) != (new.get(i) and new[i].id)]

    def cat(i: str, a) -> str:  # type: ignore[no-untyped-def]
        return "-" if a is None else "in" if i.split("/")[0] == a.id.split("/")[0] else "out"

    moves = Counter(f"{cat(i, old[i])} -> {cat(i, new.get(i))}" for i in changed)
    by = ", ".join(f"{k} {v}" for k, v in sorted(moves.items()))
    print(f"  BBC: {len(changed)} of {len(old)} items change their link; by the item's category "
          f"(v12 -> variant): {by}")  # fmt: skip
    for side, got in (("v12", old), ("variant", new)):
        pairs = [(i, got[i].id) for i in changed if got.get(i) is not None]
        c = [Counter(labels[p][k] for p in pairs if p in labels) for k in range(2)]
        print(
            f"    {side}'s links on them: {len(pairs)}, unlabelled "
            f"{sum(p not in labels for p in pairs)}, FOLLOW {c[0]['FOLLOW']} / {c[1]['FOLLOW']}"
        )


def meets(cv, base_cv, zyte, bbc, base_bbc) -> list[str]:  # type: ignore[no-untyped-def]
    """The pre-registered criterion (/work/s12/DECISION.md, h-floor), part by part: the parts
    failed. B3 is the grouping's, untouched by the floor (0.967 / Zyte 0.940 for every row)."""
    failed = []
    if cv[2] / cv[3] < base_cv[2] / base_cv[3] + 0.010 - 1e-9:
        failed.append("CV p@1 +0.010")
    if cv[0] / cv[1] > base_cv[0] / base_cv[1] + 1e-9:
        failed.append("same-story share")
    if zyte[2] / max(zyte[3], 1) < 0.745 - 1e-9 or zyte[0] > 0.05 * zyte[1]:
        failed.append("Zyte p@1 / same story")
    if bbc[0] < 0.95 * base_bbc[0]:
        failed.append("BBC links")
    if any(p < q - 0.01 - 1e-9 for p, q in zip(bbc[2], base_bbc[2], strict=True)):
        failed.append("BBC FOLLOW precision")
    if bbc[1] / bbc[0] < base_bbc[1] / base_bbc[0] - 0.01 - 1e-9:
        failed.append("BBC in-category")
    return failed


def table(data: dict, grouped: dict, groups: list, labels: dict, names: list[str]) -> None:
    b3 = {which: f"{be.b3(data, grouped, which):.3f}" for which in ("tune", "zyte")}
    print(f"B3 (the grouping's, the same for every variant): topics 1-35 {b3['tune']}, "
          f"Zyte {b3['zyte']}")  # fmt: skip
    base: tuple | None = None
    for name in [V12, *(n for n in names if n != V12)]:
        cv, full, zyte, bbc, m = run(data, grouped, groups, labels, name)
        print(f"  {name}: CV {line(cv)} | tune {line(full)} | Zyte {line(zyte)} | BBC links "
              f"{bbc[0]}, in category {bbc[1]} ({bbc[1] / bbc[0]:.3f}), FOLLOW precision "
              f"{' / '.join(f'{p:.3f}' for p in bbc[2])} ({bbc[3]} unlabelled)")  # fmt: skip
        print("     weights: bias " + f"{m.bias:.4f}, "
              + ", ".join(f"{f} {v:.4f}" for f, v in m.weights.items()), flush=True)  # fmt: skip
        if base is None:
            base = (cv, bbc)
            continue
        failed = meets(cv, base[0], zyte, bbc, base[1])
        print(f"     criterion: {'MEETS' if not failed else 'fails: ' + ', '.join(failed)}")


def _raw_and_order(merged: list) -> tuple:
    """(view, each group's best article cosine to each batch group's centroid, Check Also's
    first rankings with no floor) of one batch, v12 as shipped otherwise."""
    related.RankState = bc._Spy  # type: ignore[misc]
    try:
        rec = bc._Order()
        pick_check_also(merged, [], rerank=rec, min_similarity=-1.0)
        v = bc._Spy.last
    finally:
        related.RankState = bc._Spy.__mro__[1]  # type: ignore[misc]
    n = len(v.pool)
    n_groups = int(v.group_of.max()) + 1
    mem = Csr.from_coo(np.ones(n), v.group_of, np.arange(n), (n_groups, n))
    docs = [(a.title, a.text) for a in v.pool]
    rows = vectors(docs, related.CHECK_ALSO_WEIGHTS, units=v.group_of)
    centroids = (mem @ rows).normalized()
    to_article = cosines(centroids.rows(v.n_batch), rows)  # batch group x article
    best = np.full((v.n_batch, n_groups), -1.0)
    np.maximum.at(best.T, v.group_of, to_article.T)
    return v, best, rec.rows


def _label(labels, doc_of: dict, lead: str, pick) -> str:  # type: ignore[no-untyped-def]
    got = None if pick is None else pair_label(labels, doc_of, lead, pick.url)[0]
    return {None: "none", RIGHT: "right", WRONG: "wrong", 2: "same"}.get(got, "-")


def diagnose(data: dict, grouped: dict) -> None:
    """Topics 1-35 (100% and the 85% + 70% draws), v12 as shipped: the items whose right group
    (same topic, other story) is in the batch but under the floor; where it would stand without
    the floor, and what a lower floor lets in besides."""
    entries, labels, _ = data["tune"]
    doc_of = {e.url: e.doc for e in entries}
    count: dict[str, Counter] = defaultdict(Counter)
    under: dict[str, list] = defaultdict(list)
    for share, merged in grouped["tune"]:
        key = "100%" if share == 1.0 else "draws"
        v, raw, order = _raw_and_order(merged)
        picks = pick_check_also(merged, [])
        lower = {  # v12 with the floor at 0.05, and with v9's gate or v10's re-ranking off too
            what: pick_check_also(merged, [], min_similarity=0.05, **kw)
            for what, kw in (("0.05", {}), ("0.05, no gate", {"gate": None}),
                             ("0.05, no re-ranking", {"rerank": None}))
        }  # fmt: skip
        leads = [g[0].url for g in merged]

        for gi, ranked in order.items():
            labs = np.array([pair_label(labels, doc_of, leads[gi], leads[h])[0] for h in ranked])
            if RIGHT not in labs:
                continue
            best = raw[gi, ranked]
            y = _label(labels, doc_of, leads[gi], picks.get(merged[gi][0].id))
            count[key]["items with a right group in the batch"] += 1
            right_top = float(best[labs == RIGHT].max())
            if right_top >= related.CHECK_ALSO_MIN_SIMILARITY:
                count[key][f"right group a candidate; v12 {y}"] += 1
                continue
            count[key][f"right group under the floor; v12 {y}"] += 1
            then = ", ".join(
                f"{w} {_label(labels, doc_of, leads[gi], p.get(merged[gi][0].id))}"
                for w, p in lower.items()
            )
            count[key][f"right group under the floor; v12 {y} -> {then}"] += 1
            kept = labs != 2  # same-story groups left out, as the screen
            r_order = next(i for i, ok in enumerate(np.flatnonzero(kept)) if labs[ok] == RIGHT)
            by_raw = np.argsort(-best[kept], kind="stable")
            r_raw = int(np.flatnonzero(labs[kept][by_raw] == RIGHT)[0])
            above = {f: int(((best >= f) & (labs == WRONG)).sum()) for f in FLOORS[1:4]}
            cand = int(((best >= related.CHECK_ALSO_MIN_SIMILARITY) & (labs != RIGHT)).sum())
            under[key].append((right_top, r_order, r_raw, cand, above, y))
    for key in ("100%", "draws"):
        print(f"{key}:")
        for what, k in sorted(count[key].items()):
            print(f"  {what}: {k}")
        rows = under[key]
        if not rows:
            continue
        a = np.array([r[:4] for r in rows], float)
        print(f"  under the floor ({len(rows)}): right group's best article cosine: median "
              f"{np.median(a[:, 0]):.3f}, quartiles {np.quantile(a[:, 0], 0.25):.3f} / "
              f"{np.quantile(a[:, 0], 0.75):.3f}, max {a[:, 0].max():.3f}")  # fmt: skip
        for f in FLOORS[1:]:
            print(f"    floor {f}: right group a candidate for {int((a[:, 0] >= f).sum())}")
        for what, col in (("v12's score", 1), ("the best article cosine", 2)):
            r = a[:, col].astype(int)
            print(
                f"  its rank by {what} among all other-story groups (0 first): 1st "
                f"{(r == 0).sum()}, 2nd-3rd {((r > 0) & (r < 3)).sum()}, 4th-8th "
                f"{((r >= 3) & (r < 8)).sum()}, 9th+ {(r >= 8).sum()}; median {np.median(r):.0f}"
            )
        print(f"  candidates at 0.1 for these items (other groups): median "
              f"{np.median(a[:, 3]):.0f}, none at all {(a[:, 3] == 0).sum()}")  # fmt: skip
        for f in FLOORS[1:4]:
            w = np.array([r[4][f] for r in rows])
            print(f"    other-topic groups at >= {f}: median {np.median(w):.0f}, total {w.sum()}")
        if key == "100%":
            for r in rows:
                print(f"    cos {r[0]:.3f}, rank by v12 {r[1]}, by cosine {r[2]}, "
                      f"candidates at 0.1 {r[3]}, v12 {r[5]}")  # fmt: skip


def main() -> None:
    keep_v12_gate()  # v12 and the floors with v9's gate, as measured in session 12
    args = sys.argv[1:]
    cache = Path(args[args.index("--cache") + 1]) if "--cache" in args else None
    data, grouped, groups = load(cache)
    defaults = pick_check_also.__kwdefaults__
    assert defaults is not None and defaults["candidate_score"] == CANDIDATE_SCORE  # v12
    if "--diagnose" in args:
        diagnose(data, grouped)
        return
    only = args[args.index("--only") + 1].split(",") if "--only" in args else list(VARIANTS)
    labels = bf.load_labels()
    if "--check" in args:
        check(data, grouped, groups, labels, args[args.index("--check") + 1])
        return
    if "--screen" in args:
        screen(data, grouped, groups, labels, only)
        return
    table(data, grouped, groups, labels, only)


if __name__ == "__main__":
    main()
