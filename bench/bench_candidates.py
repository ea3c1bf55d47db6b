"""Session 11 (h-cand): Check Also's candidate score (`digest.compose.candscore`), against v11 in
the same run.

Check Also's base score (the words-centroid cosine of item and candidate group) decides which
groups v11's re-ranking sees at all (the best 3). Diagnosis on topics 1-35 (notes/related.md,
session 11): where v11's first pick is wrong, the right group is mostly 2nd or 3rd by that score,
behind a group written in the common words of the item's beat (a police lockdown, a sentencing)
that is close to every crime story. The variants rewrite the score (`candscore.CandidateScore`):
divide by how close a candidate is to everything (`hub`, `local_k`), and weigh the title + lead
apart from the whole text (`lead`, `lead_only`).

    .venv/bin/python bench/bench_candidates.py [--cache DIR]     # every variant, the criterion
    ... --only "name,name"                                        # some variants (v11 always)
    ... --diagnose        # v11's wrong / missing first picks: where the right group ranks, why
    ... --screen          # ranks of the right group by each score (no re-ranking), ~20 s
    ... --check NAME      # one variant against v11: Zyte draws, smaller days, BBC changes

Each variant is run exactly as `bench_events` runs its variants, with the candidate score switched
on for every `pick_check_also` call (its default argument): the first rankings are recorded again
under that score (ECB+ 1-35 draws and the BBC items), v11's ranker ("+ lead": score_top,
score_mean, rank, lead_rel at BBC share 0.5, `bench_rerank_news.joint_model`) is refitted on them,
then ECB+ 5 topic folds end to end on the 85% + 70% draws, topics 1-35 at 100% (in sample), the
Zyte day (never trained on), the 1,000 BBC articles (links, in-category share, FOLLOW per
labeller). v11 (candidate score None) refitted the same way in the same run is the baseline; the
pre-registered criterion (/work/s11/DECISION.md = h-ca's) is `bench_events.meets`. Grouping is
not touched: B3 is the same for every variant (printed once). Topics 36-45 are never read here.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_events as be  # noqa: E402
import bench_followups as bf  # noqa: E402
from bench_rerank import links, record  # noqa: E402
from bench_rerank_news import ecb_cv, joint_model, record_bbc  # noqa: E402
from bench_samestory import keep_v12_gate  # noqa: E402
from bench_topicgate import RIGHT, line, load, pair_label  # noqa: E402

from digest.compose import related  # noqa: E402
from digest.compose.candscore import CandidateScore, rescore  # noqa: E402
from digest.compose.related import pick_check_also  # noqa: E402
from digest.compose.textsim import BlockWeights  # noqa: E402

V11 = "v11 (centroid score)"
# name -> the candidate score (None: v11's); names with "+ hub_rel" / "+ local_rel" keep the score
# and give v11's ranker that feature instead (`FEATURES`)
VARIANTS: dict[str, CandidateScore | None] = {
    V11: None,
    # hubness: over how close the candidate is to everything
    "hub 0.5": CandidateScore(hub=0.5),
    "hub 1": CandidateScore(hub=1.0),
    "local 10": CandidateScore(local_k=10),
    "local 10 ^0.5": CandidateScore(hub=0.5, local_k=10),
    # title + lead apart from the whole text
    "lead only": CandidateScore(lead_only=True),
    "+ 0.5 lead": CandidateScore(lead=0.5),
    # both
    "+ 0.5 lead & hub 0.5": CandidateScore(hub=0.5, lead=0.5),
    # the same, ordering only: v9's gate (and v8's veto) read the unchanged score
    "hub 0.5 (order only)": CandidateScore(hub=0.5, rank_only=True),
    "local 10 ^0.5 (order only)": CandidateScore(hub=0.5, local_k=10, rank_only=True),
    "lead only (order only)": CandidateScore(lead_only=True, rank_only=True),
    "+ 0.5 lead & hub 0.5 (order only)": CandidateScore(hub=0.5, lead=0.5, rank_only=True),
    # centering (the mean centroid of the day taken out)
    "centered": CandidateScore(center=True),
    "centered (order only)": CandidateScore(center=True, rank_only=True),
    # milder
    "hub 0.25": CandidateScore(hub=0.25),
    "hub 0.25 (order only)": CandidateScore(hub=0.25, rank_only=True),
    # the score unchanged, hubness as a feature of v11's re-ranking (weighed with the BBC labels)
    "v11 + hub_rel": None,
    "v11 + local_rel": None,
}
FEATURES = {"v11 + hub_rel": ("hub_rel",), "v11 + local_rel": ("local_rel",)}
# the title weighed apart: Check Also's own weights changed (title words count 3x / 4x, not 2x)
WEIGHTS = {
    f"title counted {n}x": BlockWeights(words=1.0, names=0.0, numbers=0.0, title_boost=float(n))
    for n in (3, 4, 6, 8)
}
VARIANTS.update(dict.fromkeys(WEIGHTS))


def use(score: CandidateScore | None, weights: BlockWeights = related.CHECK_ALSO_WEIGHTS) -> None:
    """Every `pick_check_also` call from here on scores candidates with `score` and `weights`."""
    defaults = pick_check_also.__kwdefaults__
    assert defaults is not None and "candidate_score" in defaults
    defaults["candidate_score"] = score
    defaults["weights"] = weights


def run(data: dict, grouped: dict, groups: list, labels: dict, name: str):
    """(CV, tune, Zyte, (BBC links, in category), FOLLOW text, model) of v11 refitted under
    variant `name`'s score, with its extra features."""
    use(VARIANTS[name], WEIGHTS.get(name, related.CHECK_ALSO_WEIGHTS))
    try:
        tune = record(data, grouped, "tune", 3)
        bbc = record_bbc(groups, labels)
        subset, share = be.VARIANTS["v11 (+ lead)"]
        subset = (*subset, *FEATURES.get(name, ()))
        cv = ecb_cv(data, grouped, tune, bbc, subset, share)
        every_t, every_b = np.ones(len(tune["y"]), bool), np.ones(len(bbc["item"]), bool)
        m = joint_model(tune, bbc, subset, every_t, every_b, share)
        full = links(data, grouped, "tune", (1.0,), None, m)
        zyte = links(data, grouped, "zyte", (1.0,), None, m)
        n, cat, follow = be.bbc_links(groups, labels, m)
    finally:
        use(None)
    return cv, full, zyte, (n, cat), follow, m


class _Spy(related.RankState):  # type: ignore[misc]
    """Keeps the `PoolView` of the last `pick_check_also` call (for the screen)."""

    last = None

    def __init__(self, ranker, view) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ranker, view)
        _Spy.last = view


class _Order:
    """A re-ranker that keeps Check Also's order and records each item's first ranking."""

    names = ("score_top",)
    k = 10**6

    def __init__(self) -> None:
        self.rows: dict[int, np.ndarray] = {}

    def choose(self, x: np.ndarray, gi: int, groups: np.ndarray) -> None:
        self.rows.setdefault(gi, groups.copy())


SCREEN_ONLY = (  # other weightings and group representations, screened only (no gain)
    "bm25 (k1 1.2, b 0.75)",
    "bm25, probabilistic idf",
    "tf-idf, idf squared",
    "binary tf, idf",
    "idf over articles",
    "title counted 4x",
    "title counted 1x",
    "+ names block 0.3",
    "best member article",
    "mean over member articles",
)


def _weighted(docs: list, group_of: np.ndarray, scheme: str):  # type: ignore[no-untyped-def]
    """Word rows under another tf / idf / length weighting (IDF over groups, as Check Also)."""
    from digest.compose.textsim import Csr, _sorted_blocks

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, (t, x) in enumerate(docs):
        terms, counts = _sorted_blocks(t, x, 2.0)[0]
        for term, c in zip(terms, counts, strict=True):
            rows.append(r)
            cols.append(vocab.setdefault(term, len(vocab)))
            vals.append(c)
    row, ids, tf = np.array(rows), np.array(cols), np.array(vals, float)
    n_units = len(np.unique(group_of))
    df = np.bincount(np.unique(group_of[row] * len(vocab) + ids) % len(vocab), minlength=len(vocab))
    idf = np.log((1.0 + n_units) / (1.0 + df)) + 1.0
    length = np.bincount(row, weights=tf, minlength=len(docs))
    saturated = tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length[row] / length.mean()))
    w = {
        "bm25 (k1 1.2, b 0.75)": saturated * idf[ids],
        "bm25, probabilistic idf": saturated * np.log(1 + (n_units - df + 0.5) / (df + 0.5))[ids],
        "tf-idf, idf squared": (1 + np.log(tf)) * idf[ids] ** 2,
        "binary tf, idf": idf[ids],
    }[scheme]
    return Csr.from_coo(w, row, ids, (len(docs), len(vocab))).normalized()


def _other_scores(v, mem) -> dict[str, np.ndarray]:  # type: ignore[no-untyped-def]
    """`SCREEN_ONLY`'s batch x group scores for one `pick_check_also` call's pool."""
    from digest.compose.textsim import BlockWeights, cosines, vectors

    nb, docs = v.n_batch, [(a.title, a.text) for a in v.pool]

    def centroid(rows) -> np.ndarray:  # type: ignore[no-untyped-def]
        c = (mem @ rows).normalized()
        return cosines(c.rows(nb), c)

    out = {s: centroid(_weighted(docs, v.group_of, s)) for s in SCREEN_ONLY[:4]}
    out["idf over articles"] = centroid(vectors(docs, related.CHECK_ALSO_WEIGHTS))
    for name, w in (("title counted 4x", BlockWeights(1.0, 0.0, 0.0, 4.0)),
                    ("title counted 1x", BlockWeights(1.0, 0.0, 0.0, 1.0)),
                    ("+ names block 0.3", BlockWeights(1.0, 0.3, 0.0, 2.0))):  # fmt: skip
        out[name] = centroid(vectors(docs, w, units=v.group_of))
    rows = vectors(docs, related.CHECK_ALSO_WEIGHTS, units=v.group_of)
    to_article = cosines((mem @ rows).normalized().rows(nb), rows)  # item centroid x article
    best = np.full((nb, mem.shape[0]), -1.0)
    np.maximum.at(best.T, v.group_of, to_article.T)
    mean = np.zeros((nb, mem.shape[0]))
    np.add.at(mean.T, v.group_of, to_article.T)
    out["best member article"] = best
    out["mean over member articles"] = mean / mem.row_sums()
    return out


def screen(data: dict, grouped: dict) -> None:
    """For each item of the tuning draws that Check Also ranks and whose topic has another story
    in the batch: the rank of the first right group by each score among the item's candidates
    (v11's admissible groups; same-story groups left out), no re-ranking, no later rules."""
    from digest.compose.textsim import Csr

    entries, labels, _ = data["tune"]
    doc_of = {e.url: e.doc for e in entries}
    related.RankState = _Spy  # type: ignore[misc]
    names = [*(n for n in VARIANTS if n not in FEATURES and n not in WEIGHTS), *SCREEN_ONLY]
    stats = {k: {n: np.zeros(5) for n in names} for k in ("100%", "85% + 70% draws")}
    try:
        for share, merged in grouped["tune"]:
            rec = _Order()
            pick_check_also(merged, [], rerank=rec)
            v = _Spy.last
            n = len(v.pool)
            mem = Csr.from_coo(np.ones(n), v.group_of, np.arange(n), (int(v.group_of.max()) + 1, n))
            scores = {
                name: rescore(s, v.group_score, v.pool, v.group_of, mem)[0]
                for name, s in VARIANTS.items()
                if name not in FEATURES and name not in WEIGHTS
            }
            scores.update(_other_scores(v, mem))
            leads = [g[0].url for g in merged]
            key = "100%" if share == 1.0 else "85% + 70% draws"
            for gi, order in rec.rows.items():
                labs = [pair_label(labels, doc_of, leads[gi], leads[h])[0] for h in order]
                right = {int(h) for h, y in zip(order, labs, strict=True) if y == RIGHT}
                if not right:
                    continue
                kept = np.array([h for h, y in zip(order, labs, strict=True) if y != 2])
                for name, s in scores.items():
                    ranked = kept[np.argsort(-s[gi, kept], kind="stable")]
                    r = next(i for i, h in enumerate(ranked.tolist()) if h in right)
                    stats[key][name] += [r == 0, r < 3, r < 8, 1 / (r + 1), 1]
    finally:
        related.RankState = _Spy.__mro__[1]  # type: ignore[misc]
    for key, rows in stats.items():
        print(f"{key}: items with a right candidate; the right group first / best 3 / best 8; MRR")
        for name, st in rows.items():
            print(f"  {name:34s} {int(st[0])} / {int(st[1])} / {int(st[2])} of {int(st[4])}, "
                  f"MRR {st[3] / st[4]:.3f}")  # fmt: skip


def diagnose(data: dict, grouped: dict) -> None:
    """Topics 1-35 (100% and the 85% + 70% draws): where v11's first pick is wrong or missing,
    where the right group ranks by the base score, and what the wrong first candidate is like."""
    from collections import defaultdict

    from digest.compose.candscore import typical
    from digest.compose.textsim import Csr, cosines, vectors

    entries, labels, _ = data["tune"]
    doc_of = {e.url: e.doc for e in entries}
    related.RankState = _Spy  # type: ignore[misc]
    count: dict[str, Counter] = defaultdict(Counter)
    pct: dict[str, list] = defaultdict(list)
    try:
        for share, merged in grouped["tune"]:
            key = "100%" if share == 1.0 else "draws"
            rec = _Order()
            pick_check_also(merged, [], rerank=rec)
            v = _Spy.last
            picks = pick_check_also(merged, [])
            nb, n, leads = v.n_batch, len(v.pool), [g[0].url for g in merged]
            hub = typical(v.group_score, 0)[:nb]
            rank_of = hub.argsort().argsort() / max(nb - 1, 1)  # 1: closest to everything
            mem = Csr.from_coo(np.ones(n), v.group_of, np.arange(n), (nb, n))
            docs = [(a.title, a.text[:600]) for a in v.pool]
            c = (mem @ vectors(docs, related.CHECK_ALSO_WEIGHTS, units=v.group_of)).normalized()
            lead = cosines(c, c)
            words = np.array([np.mean([len(a.text.split()) for a in g]) for g in merged])
            topic = [labels.topic[doc_of[u]] for u in leads]
            story = [labels.story[doc_of[u]] for u in leads]
            for gi in range(nb):
                others = [h for h in range(nb) if topic[h] == topic[gi] and story[h] != story[gi]]
                if not topic[gi] or not others:
                    continue
                p = picks.get(merged[gi][0].id)
                y = (
                    "none"
                    if p is None
                    else "right wrong same -".split()[
                        [RIGHT, 0, 2, 3].index(pair_label(labels, doc_of, leads[gi], p.url)[0])
                    ]
                )
                order = rec.rows.get(gi)
                if order is None:
                    count[key][f"v11 {y}: no ranking (one candidate group, none, a piece)"] += 1
                    continue
                labs = [pair_label(labels, doc_of, leads[gi], leads[h])[0] for h in order]
                if RIGHT not in labs:
                    count[key][f"v11 {y}: no right group among the candidates"] += 1
                    continue
                r = labs.index(RIGHT)
                where = "1st" if r == 0 else "2nd-3rd" if r < 3 else "4th+"
                count[key][f"v11 {y}: right group {where} by the base score"] += 1
                top, right = int(order[0]), int(order[r])
                if labs[0] != 0:  # the base score's first candidate is not of another topic
                    continue
                count[key]["base 1st is another topic's group"] += 1
                pct[key].append((rank_of[top], rank_of[right]))
                for what, yes in (
                    ("... closer to everything than the right group", hub[top] > hub[right]),
                    ("... among the batch's 20% closest to everything", rank_of[top] >= 0.8),
                    ("... longer articles (mean words) than the right group",
                     words[top] > words[right]),
                    ("... bigger group than the right one", len(merged[top]) > len(merged[right])),
                    ("... title + lead put the right above it", lead[gi, right] > lead[gi, top]),
                ):  # fmt: skip
                    count[key][what] += bool(yes)
    finally:
        related.RankState = _Spy.__mro__[1]  # type: ignore[misc]
    for key in ("100%", "draws"):
        print(f"{key}:")
        for what, k in sorted(count[key].items()):
            print(f"  {what}: {k}")
        a = np.array(pct[key])
        print(f"  closeness-to-everything percentile, median: wrong 1st {np.median(a[:, 0]):.2f}, "
              f"right group {np.median(a[:, 1]):.2f}")  # fmt: skip


def check(data: dict, grouped: dict, groups: list, labels: dict, name: str) -> None:
    """Variant `name` against v11 (each refitted under its own score): Zyte draws 85% / 70%, the
    BBC links that change."""
    picks = {}
    for n in (V11, name):
        _, _, _, _, _, m = run(data, grouped, groups, labels, n)
        use(VARIANTS[n], WEIGHTS.get(n, related.CHECK_ALSO_WEIGHTS))
        try:
            for share in (0.85, 0.7):
                got = line(links(data, grouped, "zyte", (share,), None, m))
                print(f"  {n}: Zyte {share:.0%} draws {got}")
            picks[n] = pick_check_also(groups, [], rerank=m)
        finally:
            use(None)
    old, new = picks[V11], picks[name]
    changed = [i for i in old if (old[i] and old[i].id) != (new.get(i) and new[i].id)]
    print(f"  BBC: {len(changed)} of {len(old)} items change their link")

    def cat(i: str, a) -> str:  # type: ignore[no-untyped-def]
        return "-" if a is None else "in" if i.split("/")[0] == a.id.split("/")[0] else "out"

    moves = Counter(f"{cat(i, old[i])} -> {cat(i, new.get(i))}" for i in changed)
    print("  BBC changes by the item's category (before -> after): " + ", ".join(
        f"{k} {v}" for k, v in sorted(moves.items())))  # fmt: skip
    title = {a.id: a.title for g in groups for a in g}
    moved = [i for i in changed if cat(i, old[i]) != cat(i, new.get(i))]
    for i in [*moved, *(i for i in changed if i not in moved)][:30]:
        before, after = old[i], new.get(i)
        print(f"    {i.split('/')[0][:5]} {title[i][:45]!r}: "
              f"{before.id.split('/')[0][:5] if before else ''} "
              f"{before.title[:40] if before else None!r} -> "
              f"{after.id.split('/')[0][:5] if after else ''} "
              f"{after.title[:40] if after else None!r}")  # fmt: skip


def paired_picks(data: dict, grouped: dict, groups: list, labels: dict, name: str) -> dict:
    """item id -> (v11's link id, variant `name`'s link id) on the BBC items where they differ,
    each refitted under its own score (as `check`)."""
    picks = {}
    for n in (V11, name):
        *_, m = run(data, grouped, groups, labels, n)
        use(VARIANTS[n], WEIGHTS.get(n, related.CHECK_ALSO_WEIGHTS))
        try:
            picks[n] = {i: a and a.id for i, a in pick_check_also(groups, [], rerank=m).items()}
        finally:
            use(None)
    old, new = picks[V11], picks[name]
    return {i: (old[i], new.get(i)) for i in old if old[i] != new.get(i)}


def export_pairs(changed: dict, groups: list, out: Path) -> None:
    """The blind file of session 11's paired check (/work/s11/DECISION.md, addendum): every link
    of a changed item, one row each, shuffled, no variant named; the key beside it."""
    links_ = sorted({(i, k) for i, ks in changed.items() for k in ks if k})
    bf.export(links_, groups, out)
    key = {i: {"v11": a, "variant": b} for i, (a, b) in changed.items()}
    out.with_suffix(".key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")


def score_pairs(changed: dict, path: Path) -> None:
    """Per labeller of `path` (bench_followups' format): FOLLOW, LOOSE, UNRELATED and SAME of
    v11's and the variant's links on the changed items."""
    labels = bf.load_labels(path)
    for k, who in enumerate(json.loads(path.read_text(encoding="utf-8"))["labellers"]):
        for side, at in (("v11", 0), ("variant", 1)):
            pairs = [(i, ks[at]) for i, ks in changed.items() if ks[at]]
            c = Counter(labels[p][k] for p in pairs)
            print(f"  labeller {who}: {side:8s} links {len(pairs)}, " + ", ".join(
                f"{name} {c[name]}" for name in bf.CLASSES))  # fmt: skip


def main() -> None:
    keep_v12_gate()  # session 11's variants and v12 with v9's gate, as measured then
    args = sys.argv[1:]
    cache = Path(args[args.index("--cache") + 1]) if "--cache" in args else None
    only = args[args.index("--only") + 1].split(",") if "--only" in args else list(VARIANTS)
    data, grouped, groups = load(cache)
    if "--screen" in args:
        screen(data, grouped)
        return
    if "--diagnose" in args:
        diagnose(data, grouped)
        return
    labels = bf.load_labels()
    if "--check" in args:
        check(data, grouped, groups, labels, args[args.index("--check") + 1])
        return
    if "--pairs" in args:  # --pairs NAME FILE: FILE labelled (score it) or not (export it)
        at = args.index("--pairs")
        changed = paired_picks(data, grouped, groups, labels, args[at + 1])
        print(f"  BBC: {len(changed)} items change their link")
        out = Path(args[at + 2])
        if out.exists() and "labellers" in json.loads(out.read_text(encoding="utf-8")):
            score_pairs(changed, out)
        else:
            export_pairs(changed, groups, out)
        return
    b3 = {which: f"{be.b3(data, grouped, which):.3f}" for which in ("tune", "zyte")}
    print(f"B3 (the grouping's, the same for every variant): topics 1-35 {b3['tune']}, "
          f"Zyte {b3['zyte']}")  # fmt: skip
    base: tuple | None = None
    for name in [V11, *(n for n in only if n != V11)]:
        cv, full, zyte, bbc, follow, m = run(data, grouped, groups, labels, name)
        share = f"{bbc[1] / bbc[0]:.3f}"
        print(f"  {name}: CV {line(cv)} | tune {line(full)} | Zyte {line(zyte)} | "
              f"BBC links {bbc[0]}, in category {bbc[1]} ({share}), {follow}")  # fmt: skip
        print("     weights: bias " + f"{m.bias:.4f}, "
              + ", ".join(f"{f} {v:.4f}" for f, v in m.weights.items()), flush=True)  # fmt: skip
        if base is None:
            base = (cv, bbc)
            continue
        failed = be.meets(cv, base[0], zyte, bbc, base[1], 0.0)
        print(f"     criterion: {'MEETS' if not failed else 'fails: ' + ', '.join(failed)}")


if __name__ == "__main__":
    main()
