"""v8: a learned same-story veto for Check Also (`digest.compose.samestory`), fitted and
cross-validated on ECB+ topics 1-35 only; the Zyte day is scored, never trained on.

    .venv/bin/python bench/bench_samestory.py            # CV table, Zyte, the refitted weights

What it does (about 5-10 minutes on a shared 2-core machine):
1. Fetches topics 1-35 and the Zyte day end to end once (`bench_stories._tuning_sets`), groups
   every draw (100%, and 6 random draws at 85% and 70% of the articles, `bench_stories._draws`)
   once, and records the (item group, candidate group) pairs Check Also weighs: a recorder vetoes
   every candidate, so each item's first `samestory.SameStoryVeto.depth` winners are seen, with
   the features of `samestory.FEATURES`, labelled same story / other story by the ECB+ events.
2. 5-fold topic CV (topics 1-7, 8-14, ...): a logistic regression (numpy, Newton steps, L2 on
   standardised features) is fitted on the pairs of four folds' topics; each threshold of
   `GRID` is applied end to end (v7's rules on, then the veto) to the 85% / 70% draws; the
   threshold is chosen on the four training folds (most right links minus same-story links,
   then fewer links) and scored on the fifth. Also printed: every threshold's CV total.
3. The Zyte day at 100/85/70% with the model fitted on all of topics 1-35 (out of sample).
4. The weights fitted on all of topics 1-35: the constant table for `samestory.py`.
Topics 36-45 are never read here. v9's on-topic gate (`topicgate`) is off here (`gate=None`):
these are v8's figures on top of v7.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from digest.compose import samestory, topicgate  # noqa: E402
from digest.compose.related import group_same_story, pick_check_also  # noqa: E402

GRID = (0.2, 0.3, 0.4, 0.5, 0.7, 0.9)
EVENTS = ("story_max", "same_lead_day", "day_conflict", "year_conflict")
SHARE = ("log_item_share", "log_candidate_share")
SUBSETS = {  # feature sets tried: names of `samestory.FEATURES`
    "all": samestory.FEATURES[:12],  # absolute sizes and similarity: do not carry over (Zyte)
    "events + closest report": EVENTS,
    "events + closest report + relative sizes": (*EVENTS, *SHARE),
    "events + closest report + relative sizes + rank": (*EVENTS, *SHARE, "rank"),
}
L2 = 1.0
SHARES = (1.0, 0.85, 0.7)


class Recorder:
    """Vetoes everything and keeps each pair's features: the pairs Check Also weighs."""

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.rows: list[tuple[np.ndarray, str, str]] = []

    def vetoes(self, x: np.ndarray, item: tuple, candidate) -> bool:
        self.rows.append((x, item[0].url, candidate.url))
        return True


def fit(
    x: np.ndarray, y: np.ndarray, l2: float = L2, weights: np.ndarray | None = None
) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton steps, L2 on standardised features (not on the bias);
    the weights returned are for the raw features. `weights` per row (and `y` may be a soft
    target, a share in [0, 1]): v11's joint fit of ECB+ and the BBC labels."""
    sw = np.ones(len(x)) if weights is None else weights
    mean = np.average(x, axis=0, weights=sw)
    std = np.sqrt(np.average((x - mean) ** 2, axis=0, weights=sw))
    std[std == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(60):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -50, 50)))
        grad = z.T @ (sw * (p - y)) + penalty * w
        hess = (z * (sw * p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = w[1:] / std
    return raw, float(w[0] - (raw * mean).sum())


def items_of(merged: list, follow: dict) -> list[dict]:
    return [
        {
            "url": g[0].url,
            "also": [{"url": a.url} for a in g[1:]],
            "check_also": {"url": follow[g[0].id].url} if follow.get(g[0].id) else None,
        }
        for g in merged
    ]


def keep_v11_score() -> None:
    """This bench and those built on it (topicgate, rerank, rerank_news, events) measure Check Also
    as it was before v12 (session 11): every `pick_check_also` call here keeps v11's candidate
    score and v9's gate (`keep_v12_gate`) unless it names another."""
    defaults = pick_check_also.__kwdefaults__
    assert defaults is not None and "candidate_score" in defaults
    defaults["candidate_score"] = None
    keep_v12_gate()


def keep_v12_gate() -> None:
    """Benches of v9-v12 (candidates, floor, the above) measure Check Also with v9's on-topic gate
    as shipped until session 12 (`topicgate.V9_GATE`), not v13's."""
    defaults = pick_check_also.__kwdefaults__
    assert defaults is not None and "gate" in defaults
    defaults["gate"] = topicgate.V9_GATE


def main() -> None:
    keep_v11_score()
    import bench_stories as bs

    data = bs._tuning_sets()
    grouped: dict[str, list[tuple[float, list]]] = {}
    for which, (_entries, _labels, articles) in data.items():
        grouped[which] = [
            (share, group_same_story(sorted(kept, key=lambda a: a.id)))
            for share in SHARES
            for kept in bs._draws(articles, share)
        ]
    entries, labels, _ = data["tune"]
    doc_of = {e.url: e.doc for e in entries}
    depth = samestory.SameStoryVeto((), 0.0, 1.0).depth
    xs, ys, topics = [], [], []
    for _share, merged in grouped["tune"]:
        rec = Recorder(depth)
        pick_check_also(merged, [], veto=rec, gate=None, rerank=None)
        for x, item, cand in rec.rows:
            xs.append(x)
            ys.append(labels.story[doc_of[item]] == labels.story[doc_of[cand]])
            topics.append(labels.topic[doc_of[item]])
    x_all, y_all, t_all = np.array(xs), np.array(ys, dtype=float), np.array(topics)
    print(
        f"pairs recorded (topics 1-35, 13 draws, depth {depth}): {len(y_all)}, same story "
        f"{int(y_all.sum())}"
    )

    def model(subset: tuple[str, ...], rows: np.ndarray, t: float) -> samestory.SameStoryVeto:
        cols = [samestory.FEATURES.index(f) for f in subset]
        w, b = fit(x_all[rows][:, cols], y_all[rows])
        full = np.zeros(len(samestory.FEATURES))
        full[cols] = w
        return samestory.SameStoryVeto(tuple(full.tolist()), b, t)

    def by_topic(veto, which: str, shares: tuple[float, ...]) -> dict[str, np.ndarray]:
        """Topic -> (same story, links, right topic, other story), end to end on the draws."""
        e, lab, _ = data[which]
        e_doc = {x.url: x.doc for x in e}
        found: dict[str, np.ndarray] = {}
        for share, merged in grouped[which]:
            if share in shares:
                follow = pick_check_also(merged, [], veto=veto, gate=None, rerank=None)
                for item in items_of(merged, follow):
                    t = lab.topic[e_doc[item["url"]]]
                    found[t] = found.get(t, np.zeros(4, int)) + bs._links([item], e, lab)
        return found

    def score(veto, which: str, shares: tuple[float, ...], test: set[str] | None) -> np.ndarray:
        found = by_topic(veto, which, shares)
        return np.sum([c for t, c in found.items() if test is None or t in test], axis=0)

    def part(found: dict[str, np.ndarray], topics: set[str]) -> np.ndarray:
        return np.sum([c for t, c in found.items() if t in topics], axis=0)

    def line(c: np.ndarray) -> str:
        return (
            f"same {c[0]}/{c[1]} = {c[0] / max(c[1], 1):.1%}, p@1 {c[2] / max(c[3], 1):.3f} "
            f"({c[2]}/{c[3]})"
        )

    draws = (0.85, 0.7)
    all_topics = {str(t) for t in range(1, 36)}
    for name, subset in SUBSETS.items():
        print(f"\n== v8 veto, features: {name}; 5-fold topic CV on the 85% + 70% draws ==")
        cv, off = np.zeros(4, int), np.zeros(4, int)
        per_t = {t: np.zeros(4, int) for t in GRID}
        v7 = by_topic(None, "tune", draws)
        for k in range(5):
            test = {str(t) for t in range(1 + 7 * k, 8 + 7 * k)}
            train = all_topics - test
            rows = np.isin(t_all, sorted(train))
            on_train, on_test = {}, {}
            for t in GRID:
                found = by_topic(model(subset, rows, t), "tune", draws)
                on_train[t], on_test[t] = part(found, train), part(found, test)
                per_t[t] += on_test[t]
            best = min(GRID, key=lambda t: (on_train[t][0] - on_train[t][2], on_train[t][1]))
            base = part(v7, test)
            cv += on_test[best]
            off += base
            print(
                f"  topics {min(map(int, test))}-{max(map(int, test))}: t={best} chosen on the "
                f"rest; held fold: {line(on_test[best])} (v7: {line(base)})"
            )
        print(f"  cross-validated (t chosen per fold): {line(cv)}; v7: {line(off)}")
        for t in GRID:
            print(f"  every fold at t={t}: {line(per_t[t])}")
        everything = np.ones(len(y_all), dtype=bool)
        for which, title in (
            ("tune", "in sample, model on all of 1-35"),
            ("zyte", "Zyte (never trained on; model on all of 1-35)"),
        ):
            print(f"  {title} (100% | 85% | 70%):")
            for t in (None, *GRID):
                veto = None if t is None else model(subset, everything, t)
                print(
                    f"    {'v7' if t is None else f't={t}'}: "
                    + " | ".join(line(score(veto, which, (s,), None)) for s in SHARES)
                )
        w = model(subset, everything, 0.5)
        print(f"  weights (all of 1-35): bias {w.bias:.4f}")
        for f, v in zip(samestory.FEATURES, w.weights, strict=True):
            print(f"    {f:20s} {v: .4f}")


if __name__ == "__main__":
    main()
