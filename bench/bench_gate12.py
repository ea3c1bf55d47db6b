"""Session 12 (h-gate): v9's on-topic gate (`digest.compose.topicgate`) under v12, against v12
refitted in the same run.

v9's gate was fitted under v8's picks and v11's candidate score, before v11's re-ranking and v12's
score; under v12 it reads v12's score (`batch_rel` = the pick's v12 score over the day's typical
best v12 score) with v9's weights. The variants refit it under v12's picks, move its threshold,
give it other features of `topicgate.GATE_FEATURES`, or let it step to the next candidate.

    .venv/bin/python bench/bench_gate12.py --cache DIR              # the table, the criterion
    ... --only "name;name"       # some variants (v12 always)
    ... --diagnose               # v12's CV wrong links and dropped picks: gate P, score rank
    ... --screen                 # every feature set x form x threshold, replayed (no e2e)
    ... --check NAME             # one variant against v12: Zyte draws, the BBC links that change
    ... --cost                   # Check Also CPU on 1,000 BBC articles, v12's gate / v13's

How (per `bench_floor`/`bench_candidates`: v12's ranker refitted in the same run): v12's ranker
(score_top, score_mean, rank, lead_rel, BBC share 0.5, `bench_rerank_news.joint_model`) is fitted
on four topic folds of 1-35 (+ the BBC labels); with it, every item's first `DEPTH` picks are
recorded on all 13 draws of 1-35 (a recorder gate that rejects and steps: the first pick is the
one the gate judges; the next ones are where a stepping gate would land, past v8's veto), with
every gate feature. A gate variant is fitted (`bench_samestory.fit`, L2 1, as v9) on the records
of the four folds' topics (first picks for a drop gate, all picks for a step gate; right vs other
topic) and run end to end (`pick_check_also(..., gate=..., rerank=...)`) on the fifth fold's topics
in the 85% + 70% draws. The ranker and gate fitted on all of 1-35 then give topics 1-35 at 100%
(in sample), the Zyte day (never trained on) and the 1,000 BBC articles. v12 (the shipped gate,
v9's weights, not refitted) with the ranker refitted the same way is the baseline. The
criterion is /work/s12/DECISION.md addendum 1 (`meets`). Grouping is not touched: B3 is the
same for every variant (printed once). Topics 36-45 are never read here.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_candidates as bc  # noqa: E402
import bench_events as be  # noqa: E402
import bench_floor  # noqa: E402
import bench_followups as bf  # noqa: E402
import bench_stories as bs  # noqa: E402
from bench_rerank import folds  # noqa: E402
from bench_rerank import record as record_ranks  # noqa: E402
from bench_rerank_news import joint_model, record_bbc  # noqa: E402
from bench_samestory import fit, items_of, keep_v12_gate  # noqa: E402
from bench_topicgate import (  # noqa: E402
    DEPTH,
    RIGHT,
    SAME,
    UNLABELLED,
    WRONG,
    Recorder,
    line,
    load,
    pair_label,
)

from digest.compose import related, topicgate  # noqa: E402
from digest.compose.candscore import CANDIDATE_SCORE  # noqa: E402
from digest.compose.related import pick_check_also  # noqa: E402

F = topicgate.GATE_FEATURES
RANK = F.index("rank")
V9_FEATURES = ("batch_rel", "log_item_share", "log_candidate_share")
STANDOUT = ("top_share", "lift", "margin", "zscore", "close_share")
MUTUAL = ("mutual_rank", "reverse_lift")
SIZES = ("log_item_share", "log_candidate_share")


@dataclass(frozen=True)
class GateVariant:
    """A gate: `features` refitted under v12's picks (None: v9's shipped weights, not refitted;
    () : no gate at all), kept at P >= `threshold`; `step`: try the next candidate instead."""

    features: tuple[str, ...] | None = None
    threshold: float = 0.5
    step: bool = False


V12 = "v12 (v9's gate as shipped)"
VARIANTS: dict[str, GateVariant] = {
    V12: GateVariant(),
    "no gate": GateVariant(features=()),
    # the threshold alone (v9's weights)
    "v9 weights, t 0.55": GateVariant(threshold=0.55),
    "v9 weights, t 0.6": GateVariant(threshold=0.6),
    "v9 weights, t 0.7": GateVariant(threshold=0.7),
    "v9 weights, t 0.4": GateVariant(threshold=0.4),
    # v9's features refitted under v12's picks
    "refit v9 features": GateVariant(V9_FEATURES),
    "refit v9 features, t 0.55": GateVariant(V9_FEATURES, 0.55),
    "refit v9 features, t 0.6": GateVariant(V9_FEATURES, 0.6),
    "refit v9 features, t 0.7": GateVariant(V9_FEATURES, 0.7),
    "refit v9 features, step": GateVariant(V9_FEATURES, step=True),
    # other features, refitted
    "refit batch_rel": GateVariant(("batch_rel",)),
    "refit batch_rel + margin + sizes": GateVariant(("batch_rel", "margin", *SIZES)),
    "refit batch_rel + sizes + reverse_top": GateVariant((*V9_FEATURES, "reverse_top")),
    "refit batch_rel + sizes + mutual": GateVariant((*V9_FEATURES, *MUTUAL)),
    "refit batch_rel + sizes + mutual, step": GateVariant((*V9_FEATURES, *MUTUAL), step=True),
    "refit stand-out + mutual + sizes": GateVariant((*STANDOUT, *MUTUAL, *SIZES)),
    "refit batch_rel + sizes + lift_top": GateVariant((*V9_FEATURES, "lift_top")),
    # added after the replayed screen (`--screen`: 16 feature sets x drop / step x 6 thresholds)
    "refit v9 + mutual_pct": GateVariant((*V9_FEATURES, "mutual_pct")),
    "refit v9 + mutual_pct, step, t 0.3": GateVariant((*V9_FEATURES, "mutual_pct"), 0.3, True),
    "refit v9 + mutual_pct + margin": GateVariant((*V9_FEATURES, "mutual_pct", "margin")),
    "refit v9 + mutual_pct + margin, step, t 0.3": GateVariant(
        (*V9_FEATURES, "mutual_pct", "margin"), 0.3, True
    ),
}
POST_SCREEN = [n for n in VARIANTS if "mutual_pct" in n]
# the feature sets and forms replayed by `--screen` (each at every threshold of `GRID`)
SCREEN_SETS: dict[str, tuple[str, ...]] = {
    "batch_rel": ("batch_rel",),
    "v9 features": V9_FEATURES,
    "check_score": ("check_score",),
    "check_score + sizes": ("check_score", *SIZES),
    "batch_rel + margin": ("batch_rel", "margin"),
    "batch_rel + margin + sizes": ("batch_rel", "margin", *SIZES),
    "v9 + lift_top": (*V9_FEATURES, "lift_top"),
    "v9 + reverse_top": (*V9_FEATURES, "reverse_top"),
    "v9 + reverse_lift": (*V9_FEATURES, "reverse_lift"),
    "v9 + mutual": (*V9_FEATURES, *MUTUAL),
    "v9 + mutual_pct": (*V9_FEATURES, "mutual_pct"),
    "v9 + zscore": (*V9_FEATURES, "zscore"),
    "stand-out + mutual + sizes": (*STANDOUT, *MUTUAL, *SIZES),
    "all but rank": tuple(f for f in F if f != "rank"),
    # added after the first screen (the diagnosis: 44 of v12's 77 wrong links have the right
    # group 2nd-3rd by score and next in line; `margin` says how close the runner-up is)
    "v9 + mutual_pct + margin": (*V9_FEATURES, "mutual_pct", "margin"),
    "v9 + margin": (*V9_FEATURES, "margin"),
}
GRID = (0.3, 0.4, 0.5, 0.55, 0.6, 0.7)


# -- recording ----------------------------------------------------------------------------------


def gate_record(draws: list, ranker, entries=(), labels=None) -> dict[str, np.ndarray]:  # type: ignore[no-untyped-def]
    """Every item's first `DEPTH` picks under `ranker` (v12 otherwise), with every gate feature:
    `x`, label `y`, the lead's topic, the draw's share, `draw`, the item's lead id `item` and the
    pick's id `pick`. Rows of one item follow each other, rank 0 (the pick the gate judges)
    first."""
    doc_of = {e.url: e.doc for e in entries}
    out: dict[str, list] = {k: [] for k in ("x", "y", "topic", "share", "draw", "item", "pick")}
    for d, (share, merged) in enumerate(draws):
        rec = Recorder(DEPTH)
        pick_check_also(merged, [], gate=rec, rerank=ranker)
        ids = {a.url: a.id for g in merged for a in g}
        for x, item_url, pick_url in rec.rows:
            y, topic = pair_label(labels, doc_of, item_url, pick_url)
            for k, v in zip(
                out, (x, y, topic, share, d, ids[item_url], ids[pick_url]), strict=True
            ):
                out[k].append(v)
    return {k: np.array(v) for k, v in out.items()}


def fit_gate(rec: dict, rows: np.ndarray, v: GateVariant) -> topicgate.TopicGate | None:
    """The gate of variant `v`, fitted on the records `rows` when it is refitted."""
    if v.features == ():
        return None
    if v.features is None:
        shipped = topicgate.V9_GATE
        return topicgate.TopicGate(shipped.weights, shipped.bias, v.threshold)
    cols = [F.index(f) for f in v.features]
    train = rows & np.isin(rec["y"], (RIGHT, WRONG)) & ((rec["x"][:, RANK] == 0) | v.step)
    w, b = fit(rec["x"][train][:, cols], (rec["y"][train] == RIGHT).astype(float))
    weights = {f: float(c) for f, c in zip(v.features, w, strict=True)}
    return topicgate.TopicGate(weights, b, v.threshold, v.step, DEPTH if v.step else 1)


def p_of(rec: dict, gate: topicgate.TopicGate) -> np.ndarray:
    cols = [F.index(f) for f in gate.names]
    z = gate.bias + rec["x"][:, cols] @ np.array([gate.weights[f] for f in gate.names])
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def replay(rec: dict, gate: topicgate.TopicGate | None, rows: np.ndarray) -> dict[tuple, str]:
    """(draw, item id) -> the id of the link the gate leaves (None: none), for the items whose
    first pick is in `rows`, from the recorded picks (= `pick_check_also`'s; `--check` compares)."""
    p = np.ones(len(rec["y"])) if gate is None else p_of(rec, gate)
    t = 0.0 if gate is None else gate.threshold
    out: dict[tuple, str] = {}
    first = np.flatnonzero(rows & (rec["x"][:, RANK] == 0))
    for i in first:
        key, got, j = (int(rec["draw"][i]), str(rec["item"][i])), None, i
        while True:
            if p[j] >= t:
                got = str(rec["pick"][j])
                break
            if gate is None or not gate.step or j + 1 >= len(p) or rec["x"][j + 1, RANK] == 0:
                break
            j += 1
        out[key] = got
    return out


def counts(rec: dict, picks: dict[tuple, str]) -> np.ndarray:
    """(same story, links, right topic, other story) of replayed picks (`bench_stories._links`)."""
    y_of = {(int(d), str(i), str(p)): y for d, i, p, y in
            zip(rec["draw"], rec["item"], rec["pick"], rec["y"], strict=True)}  # fmt: skip
    out = np.zeros(4, int)
    for (d, i), p in picks.items():
        if p is not None:
            y = y_of[(d, i, p)]
            out += [y == SAME, 1, y == RIGHT, y in (RIGHT, WRONG)]
    return out


# -- end to end ---------------------------------------------------------------------------------


def e2e_links(data: dict, grouped: dict, which: str, shares, topics, ranker, gate) -> np.ndarray:  # type: ignore[no-untyped-def]
    e, lab, _ = data[which]
    total = np.zeros(4, int)
    for share, merged in grouped[which]:
        if share in shares:
            picks = pick_check_also(merged, [], rerank=ranker, gate=gate)
            total += bs._links(items_of(merged, picks), e, lab, topics)
    return total


def bbc_row(groups: list, labels: dict, ranker, gate) -> tuple[int, int, list[float], int]:  # type: ignore[no-untyped-def]
    """(links, of them in the item's category, FOLLOW precision per labeller over the labelled
    links, unlabelled links) on the 1,000 BBC articles."""
    picks = pick_check_also(groups, [], rerank=ranker, gate=gate)
    kept = [(i, a) for i, a in picks.items() if a is not None]
    same_cat = sum(i.split("/")[0] == a.id.split("/")[0] for i, a in kept)
    n, missing, cnt = bf.score(picks, labels)
    labelled = max(n - len(missing), 1)
    return len(kept), same_cat, [c["FOLLOW"] / labelled for c in cnt], len(missing)


class Fitted:
    """v12's ranker refitted per topic fold and on all of 1-35, and the gate records under each."""

    def __init__(self, data: dict, grouped: dict, groups: list, labels: dict) -> None:
        self.data, self.grouped, self.groups, self.labels = data, grouped, groups, labels
        tune = record_ranks(data, grouped, "tune", 3)
        bbc = record_bbc(groups, labels)
        subset, share = be.VARIANTS["v11 (+ lead)"]
        every_b = np.ones(len(bbc["item"]), bool)
        self.tests = list(folds())
        self.rankers = [
            joint_model(tune, bbc, subset, ~np.isin(tune["topic"], sorted(t)), every_b, share)
            for t in self.tests
        ]
        self.full = joint_model(tune, bbc, subset, np.ones(len(tune["y"]), bool), every_b, share)
        e, lab, _ = data["tune"]
        self.recs = [gate_record(grouped["tune"], m, e, lab) for m in self.rankers]
        self.rec_full = gate_record(grouped["tune"], self.full, e, lab)
        ez, lz, _ = data["zyte"]
        self.rec_zyte = gate_record(grouped["zyte"], self.full, ez, lz)
        self.rec_bbc = gate_record([(1.0, groups)], self.full)

    def gates(self, v: GateVariant) -> tuple[list, topicgate.TopicGate | None]:
        """The variant's gate per fold (fitted on the other folds' topics) and on all of 1-35."""
        per_fold = [
            fit_gate(rec, ~np.isin(rec["topic"], sorted(t)), v)
            for rec, t in zip(self.recs, self.tests, strict=True)
        ]
        return per_fold, fit_gate(self.rec_full, np.ones(len(self.rec_full["y"]), bool), v)

    def run(self, v: GateVariant) -> tuple:
        """(CV, tune 100%, Zyte, BBC row, the gate on all of 1-35), end to end."""
        per_fold, gate = self.gates(v)
        cv = np.zeros(4, int)
        for t, m, g in zip(self.tests, self.rankers, per_fold, strict=True):
            cv += e2e_links(self.data, self.grouped, "tune", (0.85, 0.7), t, m, g)
        full = e2e_links(self.data, self.grouped, "tune", (1.0,), None, self.full, gate)
        zyte = e2e_links(self.data, self.grouped, "zyte", (1.0,), None, self.full, gate)
        bbc = bbc_row(self.groups, self.labels, self.full, gate)
        return cv, full, zyte, bbc, gate

    def replayed(self, v: GateVariant) -> tuple:
        """(CV, Zyte, BBC links) from the records (quick; `--screen`)."""
        per_fold, gate = self.gates(v)
        cv = np.zeros(4, int)
        for rec, t, g in zip(self.recs, self.tests, per_fold, strict=True):
            rows = np.isin(rec["topic"], sorted(t)) & np.isin(rec["share"], (0.85, 0.7))
            cv += counts(rec, replay(rec, g, rows))
        z = self.rec_zyte
        zyte = counts(z, replay(z, gate, z["share"] == 1.0))
        b = replay(self.rec_bbc, gate, np.ones(len(self.rec_bbc["y"]), bool))
        return cv, zyte, sum(p is not None for p in b.values())


# -- the criterion and the table ----------------------------------------------------------------


def meets(cv, base_cv, zyte, base_zyte, bbc, base_bbc) -> list[str]:  # type: ignore[no-untyped-def]
    """/work/s12/DECISION.md (h-floor's criterion + addendum 1), part by part: the parts failed.
    B3 is the grouping's, untouched by the gate (the same for every row). Addendum 1's two parts
    stop a gate from buying p@1 by dropping links."""
    failed = bench_floor.meets(cv, base_cv, zyte, bbc, base_bbc)
    if cv[2] < 0.95 * base_cv[2]:
        failed.append("CV right links")
    if zyte[1] < 0.90 * base_zyte[1]:
        failed.append("Zyte links")
    return failed


def weights_text(gate: topicgate.TopicGate | None) -> str:
    if gate is None:
        return "no gate"
    return (f"bias {gate.bias:.4f}, " + ", ".join(f"{f} {gate.weights[f]:.4f}" for f in gate.names)
            + f"; t {gate.threshold}{', step' if gate.step else ''}")  # fmt: skip


def table(fitted: Fitted, names: list[str]) -> None:
    data, grouped = fitted.data, fitted.grouped
    b3 = {which: f"{be.b3(data, grouped, which):.3f}" for which in ("tune", "zyte")}
    print(f"B3 (the grouping's, the same for every variant): topics 1-35 {b3['tune']}, "
          f"Zyte {b3['zyte']}")  # fmt: skip
    base: tuple | None = None
    for name in [V12, *(n for n in names if n != V12)]:
        cv, full, zyte, bbc, gate = fitted.run(VARIANTS[name])
        print(f"  {name}: CV {line(cv)} | tune {line(full)} | Zyte {line(zyte)} | BBC links "
              f"{bbc[0]}, in category {bbc[1]} ({bbc[1] / bbc[0]:.3f}), FOLLOW precision "
              f"{' / '.join(f'{p:.3f}' for p in bbc[2])} ({bbc[3]} unlabelled)")  # fmt: skip
        print(f"     gate: {weights_text(gate)}", flush=True)
        if base is None:
            base = (cv, zyte, bbc)
            continue
        failed = meets(cv, base[0], zyte, base[1], bbc, base[2])
        print(f"     criterion: {'MEETS' if not failed else 'fails: ' + ', '.join(failed)}")


def screen(fitted: Fitted, sets: list[str] | None = None) -> None:
    """Every feature set of `SCREEN_SETS` x drop / step x threshold `GRID`, replayed from the
    records (CV right / wrong, Zyte, BBC links); v12 and no gate first."""
    for name, v in (("v12 (shipped gate)", GateVariant()), ("no gate", GateVariant(()))):
        cv, zyte, nb = fitted.replayed(v)
        print(f"  {name:40s} CV {line(cv)} | Zyte {line(zyte)} | BBC links {nb}")
    for t in GRID:
        cv, zyte, nb = fitted.replayed(GateVariant(threshold=t))
        print(f"  {'v9 weights, t ' + str(t):40s} CV {line(cv)} | Zyte {line(zyte)} | BBC {nb}")
    for name, feats in SCREEN_SETS.items():
        if sets is not None and name not in sets:
            continue
        for step in (False, True):
            for t in GRID:
                cv, zyte, nb = fitted.replayed(GateVariant(feats, t, step))
                label = f"{name}{', step' if step else ''}, t {t}"
                print(f"  {label:40s} CV {line(cv)} | Zyte {line(zyte)} | BBC {nb}", flush=True)


# -- diagnosis ----------------------------------------------------------------------------------


def _orders(merged: list, ranker) -> dict[int, np.ndarray]:
    """Each item's candidate groups by v12's order score (its first ranking)."""
    related.RankState = bc._Spy  # type: ignore[misc]
    try:
        rec = bc._Order()
        pick_check_also(merged, [], rerank=rec)
    finally:
        related.RankState = bc._Spy.__mro__[1]  # type: ignore[misc]
    return rec.rows


def diagnose(fitted: Fitted) -> None:
    """v12 (shipped gate; ranker per fold) on the 85% + 70% draws, each item scored by its fold:
    the wrong links and the picks the gate drops: the gate's P, where the right group stands."""
    data, grouped = fitted.data, fitted.grouped
    entries, labels, _ = data["tune"]
    doc_of = {e.url: e.doc for e in entries}
    shipped = topicgate.V9_GATE
    count: Counter = Counter()
    ps: dict[str, list[float]] = defaultdict(list)
    rows_out = []
    for rec, test in zip(fitted.recs, fitted.tests, strict=True):
        p = p_of(rec, shipped)
        draws = np.isin(rec["share"], (0.85, 0.7))
        first = np.flatnonzero(
            np.isin(rec["topic"], sorted(test)) & draws & (rec["x"][:, RANK] == 0)
        )
        orders = {d: _orders(grouped["tune"][d][1], None) for d in np.unique(rec["draw"][first])}
        for i in first:
            d = int(rec["draw"][i])
            merged = grouped["tune"][d][1]
            gi = next(k for k, g in enumerate(merged) if g[0].id == rec["item"][i])
            lead = merged[gi][0].url
            y = int(rec["y"][i])
            kept = p[i] >= shipped.threshold
            what = {RIGHT: "right", WRONG: "wrong", SAME: "same", UNLABELLED: "-"}[y]
            count[f"first pick {what}, gate {'keeps' if kept else 'drops'}"] += 1
            ps[f"{what} {'kept' if kept else 'dropped'}"].append(float(p[i]))
            if y != WRONG and not (y == RIGHT and not kept):
                continue
            j, steps = i + 1, []
            while j < len(p) and rec["x"][j, RANK] != 0:
                steps.append(int(rec["y"][j]))
                j += 1
            order = orders[d].get(gi, np.array([], int))
            labs = [pair_label(labels, doc_of, lead, merged[h][0].url)[0] for h in order]
            labs = [lab for lab in labs if lab != SAME]
            right_at = labs.index(RIGHT) if RIGHT in labs else None
            where = ("no right group a candidate" if right_at is None else
                     "right group 1st by v12's score" if right_at == 0 else
                     "right group 2nd-3rd by score (the ranker's window)" if right_at < 3 else
                     "right group 4th+ by score")  # fmt: skip
            key = "wrong link" if y == WRONG and kept else f"{what} pick dropped"
            count[f"{key}: {where}"] += 1
            if RIGHT in steps:
                count[
                    f"{key}: right group among the next {DEPTH - 1} picks (a step reaches it)"
                ] += 1
            rows_out.append((key, float(p[i]), float(rec["x"][i, F.index("batch_rel")]), right_at,
                             steps))  # fmt: skip
    print("v12 on the 85% + 70% draws (CV: ranker per fold, shipped gate):")
    for k, n in sorted(count.items()):
        print(f"  {k}: {n}")
    for k, v in sorted(ps.items()):
        a = np.array(v)
        print(f"  gate P, {k} ({len(a)}): quartiles {np.quantile(a, 0.25):.3f} / "
              f"{np.median(a):.3f} / {np.quantile(a, 0.75):.3f}")  # fmt: skip
    kept_right = np.array(ps["right kept"])
    wrong = np.array(ps["wrong kept"])
    print("  raising the threshold (shipped weights): right / wrong links it removes")
    for t in (0.55, 0.6, 0.65, 0.7, 0.8):
        print(f"    t {t}: {(kept_right < t).sum()} right / {(wrong < t).sum()} wrong")
    print("  the wrong links, one per line: P, batch_rel, right group's place by v12's score "
          "(None: not a candidate), next picks' labels (1 right, 0 wrong, 2 same)")  # fmt: skip
    for key, pp, rel, at, steps in sorted(rows_out, key=lambda r: (r[0], r[1])):
        if key == "wrong link":
            print(f"    P {pp:.3f}, batch_rel {rel:.3f}, right at {at}, next {steps}")


def check(fitted: Fitted, name: str) -> None:
    """Variant `name` against v12: replay = end to end (CV), Zyte draws 85% / 70%, the BBC links
    that change."""
    picks = {}
    for n in (V12, name):
        v = VARIANTS[n]
        cv_replay = fitted.replayed(v)[0]
        cv, *_, gate = fitted.run(v)
        print(f"  {n}: CV end to end {line(cv)}; replayed {line(cv_replay)}")
        for share in (0.85, 0.7):
            got = e2e_links(fitted.data, fitted.grouped, "zyte", (share,), None, fitted.full, gate)
            print(f"    Zyte {share:.0%} draws {line(got)}")
        picks[n] = pick_check_also(fitted.groups, [], rerank=fitted.full, gate=gate)
    old, new = picks[V12], picks[name]
    changed = [i for i in old if (old[i] and old[i].id) != (new.get(i) and new[i].id)]

    def cat(i: str, a) -> str:  # type: ignore[no-untyped-def]
        return "-" if a is None else "in" if i.split("/")[0] == a.id.split("/")[0] else "out"

    moves = Counter(f"{cat(i, old[i])} -> {cat(i, new.get(i))}" for i in changed)
    by = ", ".join(f"{k} {v}" for k, v in sorted(moves.items()))
    print(f"  BBC: {len(changed)} of {len(old)} items change their link (v12 -> variant): {by}")
    for side, got in (("v12", old), ("variant", new)):
        pairs = [(i, got[i].id) for i in changed if got.get(i) is not None]
        c = [Counter(fitted.labels[p][k] for p in pairs if p in fitted.labels) for k in range(2)]
        print(f"    {side}'s links on them: {len(pairs)}, unlabelled "
              f"{sum(p not in fitted.labels for p in pairs)}, FOLLOW {c[0]['FOLLOW']} / "
              f"{c[1]['FOLLOW']}")  # fmt: skip


def cost(groups: list, runs: int = 7) -> None:
    """Check Also CPU on the 1,000 BBC articles (grouped once), v12's gate / v13's alternating in
    one process, shipped ranker: medians of `runs`, and the median of the paired ratios."""
    import statistics
    import time

    gates = {"v12 (v9's gate)": topicgate.V9_GATE, "v13 (shipped)": topicgate.TOPIC_GATE}
    times: dict[str, list[float]] = {name: [] for name in gates}
    pick_check_also(groups, [])  # texts tokenised once before timing
    for _ in range(runs):
        for name, gate in gates.items():
            start = time.process_time()
            pick_check_also(groups, [], gate=gate)
            times[name].append(time.process_time() - start)
    ratios = [b / a for a, b in zip(*times.values(), strict=True)]
    print(f"Check Also on 1,000 BBC articles, CPU, median of {runs} (alternating):")
    for name, values in times.items():
        print(f"  {name}: {statistics.median(values):.3f} s")
    print(f"  v13 / v12, median of the paired ratios: {statistics.median(ratios):.3f}")


def main() -> None:
    args = sys.argv[1:]
    cache = Path(args[args.index("--cache") + 1]) if "--cache" in args else None
    data, grouped, groups = load(cache)
    if "--cost" in args:
        cost(groups)
        return
    keep_v12_gate()  # every call that does not name its gate: v12 as measured (only orders read)
    defaults = pick_check_also.__kwdefaults__
    assert defaults is not None and defaults["candidate_score"] == CANDIDATE_SCORE  # v12
    fitted = Fitted(data, grouped, groups, bf.load_labels())
    if "--diagnose" in args:
        diagnose(fitted)
        return
    if "--screen" in args:
        screen(fitted, args[args.index("--sets") + 1].split(",") if "--sets" in args else None)
        return
    if "--check" in args:
        check(fitted, args[args.index("--check") + 1])
        return
    only = args[args.index("--only") + 1].split(";") if "--only" in args else list(VARIANTS)
    table(fitted, only)


if __name__ == "__main__":
    main()
