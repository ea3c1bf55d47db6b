"""v9: a learned "is this follow-up on topic?" gate for Check Also (`digest.compose.topicgate`),
fitted and cross-validated on ECB+ topics 1-35 only; the Zyte day and 1,000 BBC articles are
guards, never trained on.

    .venv/bin/python bench/bench_topicgate.py [--cache DIR]   # CV table, Zyte, BBC, weights
    ... --check   # the shipped variant run for real: CV, in sample, Zyte, BBC, smaller days
    ... --small   # the other variants that meet the ship criterion, on smaller days
    ... --cost    # Check Also CPU on 1,000 BBC articles, gate off / on (median of 7)

What it does (a few minutes on a shared 2-core machine; `--cache` keeps the fetched and grouped
draws in DIR as a pickle so a second run skips that part):
1. Fetches topics 1-35 and the Zyte day end to end once (`bench_stories._tuning_sets`), groups
   every draw (100%, and 6 random draws at 85% and 70%, `bench_stories._draws`) once, and the
   1,000 BBC articles of `bench_quality.py` (no labels: only how many links are left).
2. Records, for each item, the links Check Also would give with v1-v8 on (a recorder gate that
   rejects and steps, so the first `DEPTH` picks are seen) with the features of
   `topicgate.GATE_FEATURES`, labelled right topic / other topic / same story by ECB+.
   Per-feature AUC (right vs other topic) on the tuning pairs and on the Zyte pairs.
3. 5-fold topic CV (topics 1-7, 8-14, ...) for each feature set and gate form (drop the link /
   step to the next candidate): a logistic regression (`bench_samestory.fit`) on the first
   picks (drop) or all recorded picks (step) of four folds' topics, applied end to end to the
   85% / 70% draws at threshold 0.5 (and the other thresholds of `GRID`, printed), scored on the
   fifth. Then Zyte (100/85/70%) and BBC with the model fitted on all of 1-35.
4. The pre-registered ship criterion (notes/related.md, v9) checked for each variant at
   P >= 0.5, and the choice: the highest CV p@1 among the variants that meet it.
Topics 36-45 are never read here.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_samestory import fit, items_of, keep_v11_score  # noqa: E402

from digest.compose import topicgate  # noqa: E402
from digest.compose.related import group_same_story, pick_check_also  # noqa: E402

F = topicgate.GATE_FEATURES
GRID = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
DEPTH = 3
SHARES = (1.0, 0.85, 0.7)
STANDOUT = ("top_share", "lift", "margin", "zscore", "close_share")
MUTUAL = ("mutual_rank", "reverse_lift")
SIZES = ("log_item_share", "log_candidate_share")
BATCH = ("batch_rel",)
SUBSETS = {  # feature sets tried: names of `topicgate.GATE_FEATURES`
    "absolute score (check_score)": ("check_score",),
    "margin": ("margin",),
    "stand-out": STANDOUT,
    "stand-out + mutual": (*STANDOUT, *MUTUAL),
    "stand-out + mutual + sizes": (*STANDOUT, *MUTUAL, *SIZES),
    "mutual + sizes": (*MUTUAL, *SIZES),
    "reverse_top": ("reverse_top",),
    "margin + reverse_top": ("margin", "reverse_top"),
    "margin + reverse_top + lift_top": ("margin", "reverse_top", "lift_top"),
    "margin + reverse_top + mutual": ("margin", "reverse_top", "mutual"),
    "batch_rel": BATCH,
    "batch_rel + margin": (*BATCH, "margin"),
    "batch_rel + margin + lift_top": (*BATCH, "margin", "lift_top"),
    "batch_rel + margin + sizes": (*BATCH, "margin", *SIZES),
    "batch_rel + sizes": (*BATCH, *SIZES),
    "batch_rel + lift_top": (*BATCH, "lift_top"),
    "batch_rel + margin + mutual_pct": (*BATCH, "margin", "mutual_pct"),
    "batch_rel + margin + reverse_top": (*BATCH, "margin", "reverse_top"),
}
SHIPPED = "batch_rel + sizes"
V8 = dict(right=484, other=663, p1=0.730, zyte_p1=0.679, zyte_links=122, bbc_links=600)


class Recorder:
    """A gate that rejects every pick and steps on, keeping each pick's features."""

    step = True
    min_groups = 0
    names = F

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.rows: list[tuple[np.ndarray, str, str]] = []

    def keeps(self, x: np.ndarray, item: tuple, pick) -> bool:
        self.rows.append((x, item[0].url, pick.url))
        return False


def load(cache: Path | None) -> tuple[dict, dict, list]:
    """(data, grouped draws, grouped BBC): see the module docstring."""
    if cache is not None and (cache / "topicgate.pickle").exists():
        return pickle.loads((cache / "topicgate.pickle").read_bytes())
    import bench_followups
    import bench_stories as bs

    data = bs._tuning_sets()
    grouped = {
        which: [
            (share, group_same_story(sorted(kept, key=lambda a: a.id)))
            for share in SHARES
            for kept in bs._draws(articles, share)
        ]
        for which, (_e, _l, articles) in data.items()
    }
    bbc = bench_followups.bbc_groups()
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / "topicgate.pickle").write_bytes(pickle.dumps((data, grouped, bbc)))
    return data, grouped, bbc


RIGHT, WRONG, SAME, UNLABELLED = 1, 0, 2, 3  # a pick's label (same story: not in p@1)


def pair_label(labels, doc_of: dict, lead_url: str, target_url: str) -> tuple[int, str]:
    """(label, the lead's topic) of a link from the item led by `lead_url` to `target_url`;
    `labels` None: an unlabelled day (BBC)."""
    if labels is None:
        return UNLABELLED, ""
    lead, target = doc_of[lead_url], doc_of[target_url]
    topic = labels.topic[lead]
    if labels.story[lead] == labels.story[target]:
        return SAME, topic
    if not topic:
        return UNLABELLED, topic
    return (RIGHT if labels.topic[target] == topic else WRONG), topic


def record(data: dict, grouped: dict, which: str) -> dict[str, np.ndarray]:
    """Every recorded pick: features `x`, label `y`, the lead's topic `topic`, the draw's share
    `share`, and `item` (a number per item of a draw: its picks, rank 0 first, follow in order)."""
    entries, labels, _ = data[which] if which != "bbc" else ([], None, None)
    doc_of = {e.url: e.doc for e in entries}
    xs, ys, ts, shares, items = [], [], [], [], []
    draws = grouped[which] if which != "bbc" else [(1.0, grouped["bbc"])]
    item_ids: dict[tuple[int, str], int] = {}
    for d, (share, merged) in enumerate(draws):
        rec = Recorder(DEPTH)
        pick_check_also(merged, [], gate=rec, rerank=None)
        for x, item_url, pick_url in rec.rows:
            y, topic = pair_label(labels, doc_of, item_url, pick_url)
            xs.append(x)
            ys.append(y)
            ts.append(topic)
            shares.append(share)
            items.append(item_ids.setdefault((d, item_url), len(item_ids)))
    return {
        "x": np.array(xs),
        "y": np.array(ys),
        "topic": np.array(ts),
        "share": np.array(shares),
        "item": np.array(items),
    }


def outcome(
    rec: dict[str, np.ndarray], p: np.ndarray | None, t: float, step: bool, rows: np.ndarray
) -> np.ndarray:
    """(same story, links, right topic, other story) over the items of `rows` when the gate
    keeps a pick at P >= t (p None: no gate): the first pick, or (`step`) the first kept one."""
    out = np.zeros(4, int)
    rank = rec["x"][:, F.index("rank")]
    first = np.flatnonzero(rows & (rank == 0))
    for i in first:
        j = i
        while True:
            if p is None or p[j] >= t:
                y = rec["y"][j]
                out += [y == SAME, 1, y == RIGHT, y in (RIGHT, WRONG)]
                break
            if not step or j + 1 >= len(rank) or rank[j + 1] == 0:
                break
            j += 1
    return out


def auc(score: np.ndarray, y: np.ndarray) -> float:
    pos, neg = score[y == 1], score[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def line(c: np.ndarray) -> str:
    return (
        f"right {c[2]}, wrong {c[3] - c[2]}, p@1 {c[2] / max(c[3], 1):.3f} ({c[2]}/{c[3]}), "
        f"same {c[0]}/{c[1]}"
    )


def gate_p(rec: dict, w: np.ndarray, b: float, cols: list[int]) -> np.ndarray:
    z = b + rec["x"][:, cols] @ w
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def variant(
    name: str,
    subset: tuple[str, ...],
    step: bool,
    tune: dict,
    zyte: dict,
    bbc: dict,
    verbose: bool = True,
) -> dict:
    """CV on the tuning draws, then Zyte / BBC with the model on all of 1-35."""
    cols = [F.index(f) for f in subset]
    rank0 = tune["x"][:, F.index("rank")] == 0
    labelled = np.isin(tune["y"], (RIGHT, WRONG))
    draws = np.isin(tune["share"], (0.85, 0.7))
    cv = {t: np.zeros(4, int) for t in GRID}
    base = np.zeros(4, int)
    for k in range(5):
        test = {str(t) for t in range(1 + 7 * k, 8 + 7 * k)}
        in_test = np.isin(tune["topic"], sorted(test))
        train = ~in_test & labelled & (rank0 | step)
        w, b = fit(tune["x"][train][:, cols], (tune["y"][train] == RIGHT).astype(float))
        p = gate_p(tune, w, b, cols)
        for t in GRID:
            cv[t] += outcome(tune, p, t, step, in_test & draws)
        base += outcome(tune, None, 0.5, step, in_test & draws)
    train = labelled & (rank0 | step)
    w, b = fit(tune["x"][train][:, cols], (tune["y"][train] == RIGHT).astype(float))
    result = {"cv": cv, "w": w, "b": b, "cols": cols}
    pz, pb = gate_p(zyte, w, b, cols), gate_p(bbc, w, b, cols)
    result["zyte"] = {t: outcome(zyte, pz, t, step, zyte["share"] == 1.0) for t in GRID}
    result["zyte_draws"] = {t: outcome(zyte, pz, t, step, zyte["share"] < 1.0) for t in GRID}
    result["bbc"] = {t: outcome(bbc, pb, t, step, bbc["share"] == 1.0)[1] for t in GRID}
    result["base"] = base
    if verbose:
        print(f"\n== {name} ({'step to the next candidate' if step else 'drop the link'}) ==")
        print(f"  v8 (no gate), 85% + 70% draws: {line(base)}")
        for t in GRID:
            c, z = cv[t], result["zyte"][t]
            print(
                f"  t={t}: CV {line(c)} | Zyte {line(z)}, links {z[1]} | Zyte draws "
                f"p@1 {result['zyte_draws'][t][2] / max(result['zyte_draws'][t][3], 1):.3f}, "
                f"links {result['zyte_draws'][t][1]} | BBC links {result['bbc'][t]}"
                + ("  <- meets the criterion" if meets(result, t) else "")
            )
    return result


def meets(r: dict, t: float) -> bool:
    """The pre-registered ship criterion (notes/related.md, v9), at threshold t."""
    c, z = r["cv"][t], r["zyte"][t]
    return bool(
        c[2] / c[3] >= V8["p1"] + 0.03
        and c[2] >= 0.9 * V8["right"]
        and z[2] / max(z[3], 1) >= 38 / 56 - 1e-9  # v8's Zyte p@1 (0.679)
        and z[1] >= 0.85 * V8["zyte_links"]
        and r["bbc"][t] >= 0.85 * V8["bbc_links"]
        and z[0] <= 4
    )


def end_to_end(
    data: dict,
    grouped: dict,
    bbc_groups: list,
    subset: tuple[str, ...],
    t: float,
    step: bool,
    tune: dict,
) -> None:
    """The chosen variant run for real (`pick_check_also(..., gate=...)`, not replayed from the
    recorded picks): CV on the 85% / 70% draws, in sample on all draws, Zyte, BBC."""
    import bench_stories as bs

    cols = [F.index(f) for f in subset]
    rank0 = tune["x"][:, F.index("rank")] == 0
    labelled = np.isin(tune["y"], (RIGHT, WRONG)) & (rank0 | step)

    def gate_on(rows: np.ndarray) -> topicgate.TopicGate:
        w, b = fit(tune["x"][rows][:, cols], (tune["y"][rows] == RIGHT).astype(float))
        weights = {F[c]: float(v) for c, v in zip(cols, w, strict=True)}
        return topicgate.TopicGate(weights, b, t, step, DEPTH if step else 1)

    def links(gate, which: str, shares: tuple[float, ...], topics: set[str] | None) -> np.ndarray:
        e, lab, _ = data[which]
        total = np.zeros(4, int)
        for share, merged in grouped[which]:
            if share in shares:
                items = items_of(merged, pick_check_also(merged, [], gate=gate, rerank=None))
                total += bs._links(items, e, lab, topics)
        return total

    cv, base = np.zeros(4, int), np.zeros(4, int)
    for k in range(5):
        test = {str(x) for x in range(1 + 7 * k, 8 + 7 * k)}
        gate = gate_on(labelled & ~np.isin(tune["topic"], sorted(test)))
        cv += links(gate, "tune", (0.85, 0.7), test)
        base += links(None, "tune", (0.85, 0.7), test)
    gate = gate_on(labelled)
    print(f"  end to end, 85% + 70% draws, 5-fold topic CV: {line(cv)}; v8: {line(base)}")
    for share in SHARES:
        print(
            f"  in sample (model on all of 1-35), tuning {share:.0%}: "
            f"{line(links(gate, 'tune', (share,), None))}; v8: "
            f"{line(links(None, 'tune', (share,), None))}"
        )
    for share in SHARES:
        print(
            f"  Zyte {share:.0%}: {line(links(gate, 'zyte', (share,), None))}; v8: "
            f"{line(links(None, 'zyte', (share,), None))}"
        )
    kept = [
        sum(v is not None for v in pick_check_also(bbc_groups, [], gate=g, rerank=None).values())
        for g in (gate, None)
    ]
    print(f"  BBC: {kept[0]} links of {kept[1]}")
    print(
        f"  weights: bias {gate.bias:.4f}, "
        + ", ".join(f"{f} {v:.4f}" for f, v in gate.weights.items())
    )


def small_batches(data: dict, tune: dict, subset: str = "", reps: int = 12) -> None:
    """Days of 10 or 5 random topics of 1-35 (the held-out day has 10 topics), the gate fitted on
    the other topics' records: does it hold on a smaller day? (7-23 groups.)"""
    import random

    import bench_stories as bs

    cols = [F.index(f) for f in SUBSETS[subset or SHIPPED]]
    first = np.isin(tune["y"], (RIGHT, WRONG)) & (tune["x"][:, F.index("rank")] == 0)
    entries, labels, articles = data["tune"]
    doc_of = {e.url: e.doc for e in entries}
    rng = random.Random(7)
    print(
        f"\nsmaller days ({subset or SHIPPED}; random topics of 1-35, model on the others, t=0.5):"
    )
    for k in (10, 5):
        total = {"v9": np.zeros(4, int), "v8": np.zeros(4, int)}
        sizes = []
        for _ in range(reps):
            topics = {str(t) for t in rng.sample(range(1, 36), k)}
            rows = first & ~np.isin(tune["topic"], sorted(topics))
            w, b = fit(tune["x"][rows][:, cols], (tune["y"][rows] == RIGHT).astype(float))
            gate = topicgate.TopicGate(
                {F[c]: float(v) for c, v in zip(cols, w, strict=True)}, b, 0.5
            )
            kept = [a for a in articles if labels.topic[doc_of[a.url]] in topics]
            merged = group_same_story(sorted(kept, key=lambda a: a.id))
            sizes.append(len(merged))
            for name, g in (("v9", gate), ("v8", None)):
                items = items_of(merged, pick_check_also(merged, [], gate=g, rerank=None))
                total[name] += bs._links(items, entries, labels)
        print(
            f"  {reps} days of {k} topics ({min(sizes)}-{max(sizes)} groups): "
            f"v9 {line(total['v9'])}; v8 {line(total['v8'])}"
        )


def cost(bbc_groups: list, runs: int = 7) -> None:
    """Check Also CPU on the 1,000 BBC articles (grouped once), gate off / on alternating in one
    process: medians of `runs`."""
    import statistics
    import time

    times: dict[str, list[float]] = {"v8 (gate off)": [], "v9 (gate on)": []}
    for _ in range(runs):
        for name, gate in zip(times, (None, topicgate.V9_GATE), strict=True):
            start = time.process_time()
            pick_check_also(bbc_groups, [], gate=gate, rerank=None)
            times[name].append(time.process_time() - start)
    print("Check Also on 1,000 BBC articles, CPU, median of", runs, "(same run, alternating):")
    for name, values in times.items():
        print(f"  {name}: {statistics.median(values):.3f} s")


def main() -> None:
    keep_v11_score()
    args = sys.argv[1:]
    cache = Path(args[args.index("--cache") + 1]) if "--cache" in args else None
    data, grouped, bbc_groups = load(cache)
    tune = record(data, grouped, "tune")
    zyte = record(data, grouped, "zyte")
    bbc = record(data, {"bbc": bbc_groups}, "bbc")
    for name, rec in (("tuning", tune), ("Zyte", zyte), ("BBC", bbc)):
        first = rec["x"][:, F.index("rank")] == 0
        y = rec["y"][first]
        print(
            f"{name}: {len(rec['y'])} picks recorded, first picks {first.sum()} (right "
            f"{(y == RIGHT).sum()}, other topic {(y == WRONG).sum()}, same story "
            f"{(y == SAME).sum()}, no topic label {(y == UNLABELLED).sum()})"
        )
    print("\nper-feature AUC, right vs other topic, first picks (tuning | Zyte):")
    for i, f in enumerate(F):
        a = []
        for rec in (tune, zyte):
            first = rec["x"][:, F.index("rank")] == 0
            a.append(auc(rec["x"][first, i], rec["y"][first]))
        print(f"  {f:20s} {a[0]:.3f} | {a[1]:.3f}")
    if "--cost" in args:
        cost(bbc_groups)
        return
    if "--check" in args:
        end_to_end(data, grouped, bbc_groups, SUBSETS[SHIPPED], 0.5, False, tune)
        small_batches(data, tune)
        return
    if "--small" in args:  # the other variants that meet the criterion, on smaller days
        for name in (
            "batch_rel",
            "batch_rel + margin",
            "batch_rel + margin + lift_top",
            "batch_rel + lift_top",
        ):
            small_batches(data, tune, name)
        return
    items = sum(len(m) for share, m in grouped["tune"] if share < 1)
    print(f"\nitems on the 85% + 70% draws: {items}; Zyte 100%: {len(grouped['zyte'][0][1])}")
    summary = []
    for name, subset in SUBSETS.items():
        for step in (False, True):
            r = variant(name, subset, step, tune, zyte, bbc)
            summary.append((name, step, r))
            print(
                f"  weights (all of 1-35): bias {r['b']:.4f}, "
                + ", ".join(f"{F[c]} {v:.4f}" for c, v in zip(r["cols"], r["w"], strict=True))
            )
    print("\n== at P >= 0.5 (the natural threshold): the ship criterion (notes/related.md, v9) ==")
    met = []
    for name, step, r in summary:
        c, z = r["cv"][0.5], r["zyte"][0.5]
        ok = meets(r, 0.5)
        if ok:
            met.append((c[2] / c[3], name, step))
        print(
            f"  {name + (' (step)' if step else ''):48s} CV p@1 {c[2] / c[3]:.3f} right {c[2]:3d} "
            f"wrong {c[3] - c[2]:3d} | Zyte links {z[1]:3d} p@1 {z[2] / max(z[3], 1):.3f} same "
            f"{z[0]} | BBC links {r['bbc'][0.5]:3d} | {'meets' if ok else '-'}"
        )
    if met:
        best = max(met)
        print(
            f"  chosen (highest CV p@1 among those that meet it): {best[1]}, CV p@1 {best[0]:.3f}"
        )


if __name__ == "__main__":
    main()
