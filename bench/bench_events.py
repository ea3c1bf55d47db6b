"""Session 10 (h-ca): event features in Check Also's re-ranking, against v11 in the same run.

Each ECB+ topic holds two events of one kind; v11's wrong links on topics 1-35 all go to an
event of *another* topic that shares the item's place or people (Athens riots -> an Athens bank
fire-bomb, a Brooklyn murder trial -> a Brooklyn lockdown). The features tried here
(`rerank.RERANK_FEATURES`) compare item and candidate on what happened and when:
`kind_rel` / `lead_kind_rel` (words with the names taken out: the kind of event, not who or
where), `tolls_rel` (what the reports count, figures left out), `when_rel` (the dates they
name), `lead_day_conflict` (both lead with a day, none shared), with v11's `lead_rel`, the
existing `names_rel`, `events_rel`, `years_apart`.

    .venv/bin/python bench/bench_events.py [--cache DIR]        # every variant, the criterion
    ... --only "name,name"                                       # some variants
    ... --replay                                                 # replay screen only (~5 s)
    ... --check "+ events"     # one variant against v11: Zyte draws, smaller days, BBC changes
    ... --gate                 # the other family: a drop gate on event features after v11 (screen)

Every variant is v11's joint fit (`bench_rerank_news.joint_model`: ECB+ 1-35 rows and the BBC
follow-up labels, `share` of the weight on BBC) with its feature set; scored as
`bench_rerank_news` does: ECB+ 5 topic folds end to end on the 85% + 70% draws (each fold's model
fitted without its topics), topics 1-35 at 100% (in sample), the Zyte day (never trained on) and
the 1,000 BBC articles (links, in-category share, FOLLOW per labeller; in sample for the labels).
The pre-registered criterion (/work/s10/DECISION.md, `meets`) compares each variant with v11
("+ lead" at share 0.5, refitted per fold the same way) in the same run. Topics 36-45 are never
read here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_followups as bf  # noqa: E402
from bench_rerank import BASE, links, record  # noqa: E402
from bench_rerank_news import bbc_cv, ecb_cv, ecb_replay, joint_model, record_bbc  # noqa: E402
from bench_samestory import items_of, keep_v11_score  # noqa: E402
from bench_topicgate import line, load  # noqa: E402

from digest.compose.related import pick_check_also  # noqa: E402

LEAD = (*BASE, "lead_rel")
# name -> (features, BBC share of the fit's weight)
VARIANTS: dict[str, tuple[tuple[str, ...], float]] = {
    "v11 (+ lead)": (LEAD, 0.5),
    # one event feature added to v11
    "+ kind": ((*LEAD, "kind_rel"), 0.5),
    "+ lead_kind": ((*LEAD, "lead_kind_rel"), 0.5),
    "+ tolls": ((*LEAD, "tolls_rel"), 0.5),
    "+ when": ((*LEAD, "when_rel"), 0.5),
    "+ figures": ((*LEAD, "figures_rel"), 0.5),
    "+ events": ((*LEAD, "events_rel"), 0.5),
    "+ lead_events": ((*LEAD, "lead_events_rel"), 0.5),
    "+ dated": ((*LEAD, "dated_rel"), 0.5),
    "+ lead_day_conflict": ((*LEAD, "lead_day_conflict"), 0.5),
    "+ years": ((*LEAD, "years_apart"), 0.5),
    # what happened against who / where, and combinations
    "+ kind + names": ((*LEAD, "kind_rel", "names_rel"), 0.5),
    "+ lead_kind + names": ((*LEAD, "lead_kind_rel", "names_rel"), 0.5),
    "+ kind + lead_kind + names": ((*LEAD, "kind_rel", "lead_kind_rel", "names_rel"), 0.5),
    "+ kind + when": ((*LEAD, "kind_rel", "when_rel"), 0.5),
    "+ kind + tolls + when": ((*LEAD, "kind_rel", "tolls_rel", "when_rel"), 0.5),
    "+ events + kind + names": ((*LEAD, "events_rel", "kind_rel", "names_rel"), 0.5),
    "+ events + years": ((*LEAD, "events_rel", "years_apart"), 0.5),
    "+ events + lead_kind": ((*LEAD, "events_rel", "lead_kind_rel"), 0.5),
    "+ events + lead_names": ((*LEAD, "events_rel", "lead_names_rel"), 0.5),
    # less weight on the BBC labels (more on ECB+)
    "+ events @ 0.35": ((*LEAD, "events_rel"), 0.35),
    "+ kind + names @ 0.2": ((*LEAD, "kind_rel", "names_rel"), 0.2),
    "+ lead_kind + names @ 0.2": ((*LEAD, "lead_kind_rel", "names_rel"), 0.2),
}


def bbc_links(groups: list, labels: dict, ranker) -> tuple[int, int, str]:
    """(links, of them in the item's BBC category, FOLLOW per labeller) on 1,000 BBC articles."""
    picks = pick_check_also(groups, [], rerank=ranker)
    kept = [(i, a) for i, a in picks.items() if a is not None]
    same_cat = sum(i.split("/")[0] == a.id.split("/")[0] for i, a in kept)
    n, missing, counts = bf.score(picks, labels)
    follow = " / ".join(str(c["FOLLOW"]) for c in counts)
    return len(kept), same_cat, f"FOLLOW {follow} ({len(missing)} unlabelled)"


def b3(data: dict, grouped: dict, which: str) -> float:
    """B3 F1 of the 100% grouping (Check Also does not change it; printed as a check)."""
    import stories_e2e as e2e

    entries, labels, _ = data[which]
    merged = next(m for s, m in grouped[which] if s == 1.0)
    return e2e.score_items(items_of(merged, {}), entries, labels).f1


def meets(cv, v11_cv, zyte, bbc, v11_bbc, b3_delta: float) -> list[str]:
    """The pre-registered criterion (/work/s10/DECISION.md), part by part: the parts failed."""
    failed = []
    if cv[2] / cv[3] < v11_cv[2] / v11_cv[3] + 0.010 - 1e-9:
        failed.append("CV p@1 +0.010")
    if cv[0] / cv[1] > v11_cv[0] / v11_cv[1] + 1e-9:
        failed.append("same-story share")
    if b3_delta < -0.002:
        failed.append("B3")
    if zyte[2] / max(zyte[3], 1) < 0.727 - 1e-9 or zyte[0] > 0.05 * zyte[1]:
        failed.append("Zyte p@1 / same story")
    if bbc[0] < 0.95 * v11_bbc[0] or bbc[1] / bbc[0] < v11_bbc[1] / v11_bbc[0] - 1e-9:
        failed.append("BBC links / in-category")
    return failed


def check(data: dict, grouped: dict, groups: list, tune: dict, bbc: dict, name: str) -> None:
    """Variant `name` against v11 (each fitted the same way): the Zyte 85% / 70% draws; smaller
    days (12 x 10 and 12 x 5 random topics of 1-35, both refitted without those topics; the
    held-out day has 10 topics); the BBC links that change."""
    import random

    import bench_stories as bs

    from digest.compose.related import group_same_story

    every_t = np.ones(len(tune["y"]), bool)
    every_b = np.ones(len(bbc["item"]), bool)
    models = {n: joint_model(tune, bbc, *VARIANTS[n][:1], every_t, every_b, VARIANTS[n][1])
              for n in ("v11 (+ lead)", name)}  # fmt: skip
    for share in (0.85, 0.7):
        got = {n: line(links(data, grouped, "zyte", (share,), None, m)) for n, m in models.items()}
        print(f"  Zyte {share:.0%} draws: " + "; ".join(f"{n} {v}" for n, v in got.items()))
    entries, tlabels, articles = data["tune"]
    doc_of = {e.url: e.doc for e in entries}
    rng = random.Random(7)
    for n_topics in (10, 5):
        total = {n: np.zeros(4, int) for n in models}
        for _ in range(12):
            topics = {str(t) for t in rng.sample(range(1, 36), n_topics)}
            rows = ~np.isin(tune["topic"], sorted(topics))
            kept = [a for a in articles if tlabels.topic[doc_of[a.url]] in topics]
            merged = group_same_story(sorted(kept, key=lambda a: a.id))
            for n in models:
                subset, share = VARIANTS[n]
                m = joint_model(tune, bbc, subset, rows, every_b, share)
                items = items_of(merged, pick_check_also(merged, [], rerank=m))
                total[n] += bs._links(items, entries, tlabels)
        print(f"  12 days of {n_topics} topics: "
              + "; ".join(f"{n} {line(v)}" for n, v in total.items()))  # fmt: skip
    picks = {n: pick_check_also(groups, [], rerank=m) for n, m in models.items()}
    old, new = picks["v11 (+ lead)"], picks[name]
    changed = [i for i in old if (old[i] and old[i].id) != (new.get(i) and new[i].id)]
    print(f"  BBC: {len(changed)} of {len(old)} items change their link")
    title = {a.id: a.title for g in groups for a in g}
    for i in changed[:15]:
        before, after = old[i], new.get(i)
        print(f"    {title[i][:45]!r}: {before.title[:40] if before else None!r} -> "
              f"{after.title[:40] if after else None!r}")  # fmt: skip


GATE_BLOCKS = ("kind", "lead_kind", "tolls", "when", "names", "lead", "words")


def _group_cosines(merged: list, block: str) -> np.ndarray:
    """Group x group centroid cosines of one block over a day's articles (batch IDF)."""
    from digest.compose import rerank
    from digest.compose.textsim import BlockWeights, Csr, cosines, vectors

    pool = [a for g in merged for a in g]
    group_of = np.repeat(np.arange(len(merged)), [len(g) for g in merged])
    chars = 600 if block.startswith("lead") else None
    docs = [(a.title, a.text if chars is None else a.text[:chars]) for a in pool]
    if block in ("kind", "lead_kind", "tolls", "when"):
        terms = rerank._TERM_BLOCKS[block][0]
        rows = rerank._term_vectors([terms(t, x) for t, x in docs])
    else:
        weights = {"names": rerank._NAMES, "lead": rerank._LEAD}.get(
            block, BlockWeights(words=1.0, names=0.0, numbers=0.0, title_boost=2.0)
        )
        rows = vectors(docs, weights)
    n = len(pool)
    membership = Csr.from_coo(np.ones(n), group_of, np.arange(n), (len(merged), n))
    c = (membership @ rows).normalized()
    return cosines(c, c)


def _final_links(merged: list) -> list[tuple[object, object, np.ndarray]]:
    """(item lead, its shipped link, the absolute block cosines of the two groups)."""
    gid = {a.id: i for i, g in enumerate(merged) for a in g}
    mats = [_group_cosines(merged, b) for b in GATE_BLOCKS]
    picks = pick_check_also(merged, [])
    rows = []
    for i, g in enumerate(merged):
        p = picks.get(g[0].id)
        if p is not None and p.id in gid:
            rows.append((g[0], p, np.array([m[i, gid[p.id]] for m in mats])))
    return rows


def gate_screen(data: dict, grouped: dict, groups: list) -> None:
    """A drop gate after v11 (no link when P(right) < 0.5 by the absolute block cosines of item
    and link): fitted on four topic folds' shipped links (85% + 70% draws), scored on the fifth;
    Zyte and BBC with the model fitted on all folds. A drop applied after every other rule is
    exact when replayed on the shipped links."""
    import itertools

    from bench_samestory import fit
    from bench_topicgate import RIGHT, SAME, WRONG, pair_label

    recs: dict[str, list] = {"tune": [], "zyte": []}
    for which in recs:
        entries, labels, _ = data[which]
        doc_of = {e.url: e.doc for e in entries}
        for share, merged in grouped[which]:
            for lead, pick, x in _final_links(merged):
                y, topic = pair_label(labels, doc_of, lead.url, pick.url)
                recs[which].append((share, topic, y, x))
    bbc = [(lead.id.split("/")[0] == p.id.split("/")[0], x) for lead, p, x in _final_links(groups)]
    t = recs["tune"]
    y = np.array([r[2] for r in t])
    topic = np.array([int(r[1] or 0) for r in t])
    draws = np.array([r[0] in (0.85, 0.7) for r in t])
    xs = np.array([r[3] for r in t])
    zy = np.array([r[2] for r in recs["zyte"] if r[0] == 1.0])
    zx = np.array([r[3] for r in recs["zyte"] if r[0] == 1.0])
    bx, bcat = np.array([r[1] for r in bbc]), np.array([r[0] for r in bbc])

    def score(keep: np.ndarray) -> str:
        yy = y[draws & keep]
        right, other = int((yy == RIGHT).sum()), int(((yy == RIGHT) | (yy == WRONG)).sum())
        same = int((yy == SAME).sum())
        return f"right {right}/{other} p@1 {right / max(other, 1):.3f} same {same}/{len(yy)}"

    print(f"  shipped (no extra gate): CV {score(np.ones(len(y), bool))} | BBC links {len(bx)}, "
          f"in category {bcat.mean():.3f} | Zyte right {(zy == RIGHT).sum()}")  # fmt: skip
    for n in (1, 2, 3):
        for subset in itertools.combinations(range(len(GATE_BLOCKS)), n):
            cols = list(subset)
            labelled = y != 3
            keep = np.ones(len(y), bool)
            for k in range(5):
                test = (topic >= 1 + 7 * k) & (topic <= 7 + 7 * k)
                w, b = fit(xs[~test & labelled][:, cols], (y[~test & labelled] == RIGHT) * 1.0)
                keep[test] = b + xs[test][:, cols] @ w >= 0
            w, b = fit(xs[labelled][:, cols], (y[labelled] == RIGHT) * 1.0)
            kb = b + bx[:, cols] @ w >= 0
            kz = b + zx[:, cols] @ w >= 0
            name = " + ".join(GATE_BLOCKS[c] for c in cols)
            print(f"  {name:30s} CV {score(keep)} | BBC links {kb.sum()}, in category "
                  f"{bcat[kb].mean():.3f} | Zyte right {(zy[kz] == RIGHT).sum()}/"
                  f"{((zy[kz] == RIGHT) | (zy[kz] == WRONG)).sum()}")  # fmt: skip


def main() -> None:
    keep_v11_score()
    args = sys.argv[1:]
    cache = Path(args[args.index("--cache") + 1]) if "--cache" in args else None
    only = args[args.index("--only") + 1].split(",") if "--only" in args else list(VARIANTS)
    data, grouped, groups = load(cache)
    if "--gate" in args:
        gate_screen(data, grouped, groups)
        return
    labels = bf.load_labels()
    tune = record(data, grouped, "tune", 3)
    bbc = record_bbc(groups, labels)
    if "--check" in args:
        check(data, grouped, groups, tune, bbc, args[args.index("--check") + 1])
        return
    every_t = np.ones(len(tune["y"]), bool)
    every_b = np.ones(len(bbc["item"]), bool)
    print("replay (first ranking only): BBC leave-one-category-out FOLLOW a / b, SAME a / b | "
          "ECB+ 5 topic folds, 85% + 70% draws: right first picks")  # fmt: skip
    for name in only:
        subset, share = VARIANTS[name]
        b = bbc_cv(tune, bbc, subset, share)
        r = ecb_replay(tune, bbc, subset, share)
        print(f"  {name:28s} BBC {b[1]} / {b[2]}, SAME {b[3]} / {b[4]} | ECB+ {r[0]}/{r[1]}")
    if "--replay" in args:
        return
    tune_b3, zyte_b3 = b3(data, grouped, "tune"), b3(data, grouped, "zyte")
    print(f"\nend to end (B3 is the grouping's, the same for every variant: topics 1-35 "
          f"{tune_b3:.3f}, Zyte {zyte_b3:.3f})")  # fmt: skip
    base: tuple | None = None
    for name in ["v11 (+ lead)", *(n for n in only if n != "v11 (+ lead)")]:
        subset, share = VARIANTS[name]
        cv = ecb_cv(data, grouped, tune, bbc, subset, share)
        m = joint_model(tune, bbc, subset, every_t, every_b, share)
        full = links(data, grouped, "tune", (1.0,), None, m)
        zyte = links(data, grouped, "zyte", (1.0,), None, m)
        n, cat, follow = bbc_links(groups, labels, m)
        print(f"  {name}: CV {line(cv)} | tune {line(full)} | Zyte {line(zyte)} | "
              f"BBC links {n}, in category {cat} ({cat / n:.3f}), {follow}")  # fmt: skip
        print("     weights: bias " + f"{m.bias:.4f}, "
              + ", ".join(f"{f} {v:.4f}" for f, v in m.weights.items()))  # fmt: skip
        if base is None:
            base = (cv, (n, cat))
            continue
        failed = meets(cv, base[0], zyte, (n, cat), base[1], 0.0)
        print(f"     criterion: {'MEETS' if not failed else 'fails: ' + ', '.join(failed)}")


if __name__ == "__main__":
    main()
