"""Check Also on real news, judged by people: 1,000 BBC articles (`bench_quality.articles`) whose
follow-up links we labelled ourselves (`bench/data/bbc_followups.json`).

ECB+ says whether a link stays on its item's *kind of event*; the Zyte day has 17 labelled
stories. Neither says whether a real reader would want the link next, and the ECB+-fitted
re-ranking (v10) showed that the two can disagree. So every link the Check Also variants below
give on the BBC set, and the 3 best candidates of every item, were labelled by two labellers
working apart, blind to which variant gave which link (SAME story / FOLLOW: worth reading next /
LOOSE: only the section in common / UNRELATED; the rubric is in the data file).

    .venv/bin/python bench/bench_followups.py            # the variants, per labeller
    ... --export FILE   # the links no one has labelled yet, as a blind file to label

A link counts as right for a labeller when it is FOLLOW; precision is right / labelled links.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_quality  # noqa: E402

from digest.compose import rerank  # noqa: E402
from digest.compose.related import group_same_story, pick_check_also  # noqa: E402
from digest.compose.topicgate import V9_GATE  # noqa: E402

LABELS = ROOT / "bench" / "data" / "bbc_followups.json"
CLASSES = ("FOLLOW", "LOOSE", "UNRELATED", "SAME")
VARIANTS: dict[str, dict] = {
    "v13, shipped (gate refitted, steps)": {},
    "v12 (hubness, title + lead score)": {"gate": V9_GATE},
    "v11 (re-ranking fitted on both)": {
        "rerank": rerank.NEWS_RERANK,
        "candidate_score": None,
        "gate": V9_GATE,
    },
    "v9 (on-topic gate, no re-ranking)": {"rerank": None, "candidate_score": None, "gate": V9_GATE},
    "v8 (gate off)": {"gate": None, "rerank": None, "candidate_score": None},
    "v10 (ECB+ re-ranking, not shipped)": {
        "rerank": rerank.LEARNED_RERANK,
        "candidate_score": None,
        "gate": V9_GATE,
    },
}


def load_labels(path: Path = LABELS) -> dict[tuple[str, str], tuple[str, ...]]:
    """(item id, link id) -> one label per labeller."""
    rows = json.loads(path.read_text(encoding="utf-8"))["links"]
    return {(r["item"], r["link"]): tuple(r["labels"]) for r in rows}


def bbc_groups() -> list:
    """The 1,000 BBC articles grouped as `digest build` groups a day (the labels' items)."""
    return group_same_story(sorted(bench_quality.articles(1000), key=lambda a: a.id))


def score(picks: dict, labels: dict) -> tuple[int, list[tuple[str, str]], list[Counter]]:
    """(links, unlabelled (item, link) pairs, a label count per labeller)."""
    links = [(item, art.id) for item, art in picks.items() if art is not None]
    missing = [pair for pair in links if pair not in labels]
    n_labellers = len(next(iter(labels.values())))
    counts = [Counter(labels[p][k] for p in links if p in labels) for k in range(n_labellers)]
    return len(links), missing, counts


def line(name: str, links: int, missing: int, counts: list[Counter]) -> str:
    labelled = links - missing
    per = " | ".join(
        f"{c['FOLLOW']} follow {c['FOLLOW'] / max(labelled, 1):.3f}, loose {c['LOOSE']}, "
        f"unrelated {c['UNRELATED']}, same {c['SAME']}"
        for c in counts
    )
    return f"{name:40s} links {links:4d} (unlabelled {missing}) | {per}"


def export(pairs: list[tuple[str, str]], groups: list, out: Path) -> None:
    """A blind labelling file (shuffled; item and link as a reader sees them)."""
    by_id = {a.id: a for g in groups for a in g}

    def shown(a) -> dict:
        return {"title": a.title, "lead": " ".join(a.text.split())[:600]}

    pairs = sorted(set(pairs))
    random.Random(len(pairs)).shuffle(pairs)
    rows = [
        {"pair": n + 1, "item_id": i, "link_id": k, "item": shown(by_id[i]), "A": shown(by_id[k])}
        for n, (i, k) in enumerate(pairs)
    ]
    out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print(f"{len(rows)} unlabelled links written to {out}")


def main() -> None:
    args = sys.argv[1:]
    labels = load_labels()
    groups = bbc_groups()
    print(f"BBC 1,000: {len(groups)} groups; {len(labels)} labelled (item, link) pairs")
    print("per labeller: FOLLOW (precision = FOLLOW / labelled links), LOOSE, UNRELATED, SAME")
    missing_all: list[tuple[str, str]] = []
    for name, kwargs in VARIANTS.items():
        links, missing, counts = score(pick_check_also(groups, [], **kwargs), labels)
        missing_all += missing
        print(line(name, links, len(missing), counts))
    if "--export" in args:
        export(missing_all, groups, Path(args[args.index("--export") + 1]))


if __name__ == "__main__":
    main()
