"""Same-story grouping and Check Also: v4 variants on ECB+ topics 1-35, end to end; history.

Run: .venv/bin/python bench/bench_stories.py [--quick] [--pieces] [--lead-days] [--split] [--bbc]

Since v4 (issue 17) the standard ECB+ split is used: topics 1-35 may be used for any choice,
topics 36-45 are held out and touched only to report. Nothing in this file reads topics 36-45;
the held-out figures come from `bench/stories_e2e.py heldout` (and `make bench-quality`).

1. v4 ladder (the default): the feeds recipe of `bench/stories_e2e.py` for topics 1-35 and for
   the Zyte day of real news, fetched once through `digest fetch`; then each variant is built in
   process from the stored articles (`stories_e2e.build_items`, what `digest build` writes, less
   the summaries), from the v3 settings to the shipped ones, one change at a time. The first
   row runs the v3 code itself (git c4fc942) through `digest fetch` + `digest build`; the last
   row runs today's `digest build` and must equal the shipped row.
2. ECB+ topics 1-35 in process (title = first line, text = the rest, as in v1-v3): grouping B³
   against plain TF-IDF average link at its best threshold on these topics; Check Also p@1 with
   the true story groups.
3. Speed: grouping + Check Also per 1,000 articles (topics 1-35, 772 articles, scaled), median
   of 5, v4 beside the v3 code run in the same way (ratio); import time.
`--pieces` adds v5's piece rule: its threshold cross-validated by topic folds of 1-35, and the
rule on random 85% / 70% subsets of topics 1-35 and of the Zyte day (about 3 minutes).
`--lead-days` adds v6's same-lead-day rule: v5 against v6 (and every window of `LEAD_GRID`) on
the same subsets, and the window cross-validated by topic folds (about 4 minutes).
`--split` adds v7's rules: the next candidate checked against the whole event, and no link
between pieces of a split story at each threshold of `SPLIT_GRID`, against v6 on the same
subsets, the threshold cross-validated by topic folds (about 5 minutes). Earlier rows and
sections switch later rules off (`V6_CHECK`), so they keep their meaning.
`--quick` skips the old-code rows and the speed section. `--bbc` adds the v1-v3 tuning on BBC
pseudo-stories (about a minute; see notes/related.md for what it chose and why it was dropped).
"""

from __future__ import annotations

import json
import math
import random
import re
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from digest.compose import related  # noqa: E402
from digest.compose.rerank import LEARNED_RERANK, NEWS_RERANK  # noqa: E402
from digest.compose.textsim import STOP_WORDS, cosine_matrix, normalize_rows, vectorize  # noqa: E402
from digest.compose.topicgate import V9_GATE  # noqa: E402
from digest.model.types import Article  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
T0 = datetime(2024, 1, 1, tzinfo=UTC)
GRID = np.round(np.arange(0.05, 0.5001, 0.0125), 4)


# ---------------------------------------------------------------- data
TUNE_TOPICS = frozenset(range(1, 36))  # the held-out topics 36-45 are never loaded here


def load_ecb(topics: frozenset[int] = TUNE_TOPICS) -> tuple[list[Article], dict, dict]:
    articles, story, topic = [], {}, {}
    for line in (DATA / "stories" / "ecbplus_docs.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["topic_id"] not in topics:
            continue
        lines = row["text"].split("\n")
        article = Article(
            id=row["doc_id"],
            feed_url="",
            source="ecb+",
            section="news",
            title=lines[0],
            url=row["url"] or "",
            published=T0,
            text="\n".join(lines[1:]),
        )
        articles.append(article)
        story[article.id] = row["story_id"]
        topic[article.id] = row["topic_id"]
    return articles, story, topic


def load_zyte() -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """The 181 Zyte benchmark pages as articles: title from the page, text = the gold body.

    Story and topic labels are ours (bench/data/zyte_stories.json, written before any model
    output on this set was looked at): independently written reports of the same events by
    different outlets (18-20 Nov 2019), which the BBC pseudo-stories cannot give. A page in no
    labelled story is a story of its own; a page in no topic gets its own topic.
    """
    import gzip

    from lxml import html as lxml_html

    folder = DATA / "articles"
    labels = json.loads((ROOT / "bench" / "data" / "zyte_stories.json").read_text("utf-8"))
    story_of = {k: s for s, keys in labels["stories"].items() for k in keys}
    topic_of = {k: t for t, keys in labels["topics"].items() for k in keys}
    gold = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    articles, story, topic = [], {}, {}
    for page_id in sorted(gold):
        page = lxml_html.fromstring(
            gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
        )
        og = page.xpath('//meta[@property="og:title"]/@content')
        title = " ".join((og[0] if og else page.findtext(".//title") or "").split())
        key = page_id[:8]
        article = Article(
            id=key,
            feed_url="",
            source="zyte",
            section="news",
            title=_SITE_SUFFIX.sub("", title),
            url=gold[page_id]["url"],
            published=T0,
            text=gold[page_id]["articleBody"],
        )
        articles.append(article)
        story[key] = story_of.get(key, key)
        topic[key] = topic_of.get(key, key)
    return articles, story, topic


# a trailing " | Site" or " - Site" in a page title
_SITE_SUFFIX = re.compile(r"\s+[|\-\u2013\u2014]\s+[^|\-\u2013\u2014]{1,40}$")
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'A-Z0-9])")
_CAP = re.compile(r"\b[A-Z][a-z]+[A-Za-z]*\b")
_NUM = re.compile(r"\d+")


def _bbc_rows() -> list[dict]:
    path = DATA / "summaries" / "bbc_news_summary.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    return [r for r in rows if not r.get("duplicate_of")]


def _sentences(body: str) -> list[str]:
    return [s.strip() for par in body.split("\n\n") for s in _SPLIT.split(par) if s.strip()]


def _report(aid: str, sentences: list[str], section: str) -> Article:
    return Article(
        id=aid,
        feed_url="",
        source="bbc",
        section=section,
        title=sentences[0],
        url="",
        published=T0,
        text="\n".join(sentences[1:]),
    )


def bbc_pseudo(rows: list[dict], seed: int, mode: str, n_stories: int = 330):
    """Pseudo-stories: each BBC article reported 2-10 times (see the module docstring)."""
    rng = random.Random(seed)
    rows = rows[:]
    rng.shuffle(rows)
    articles, story, topic = [], {}, {}
    used = 0
    for r in rows:
        sents = _sentences(r["body"])
        if len(sents) < 10 or (mode == "many" and len(sents) < 15):
            continue
        k = min(rng.randint(2, 4), len(sents) // 4)
        if mode == "lead":
            k = max(2, min(k, 3))
            rest = list(range(k, len(sents)))
            rng.shuffle(rest)
            chunks = [[j] + sorted(rest[j::k]) for j in range(k)]
        elif mode == "many":
            chunks = [sorted(rng.sample(range(len(sents)), 8)) for _ in range(rng.randint(4, 10))]
        elif mode == "disjoint":
            order = list(range(len(sents)))
            rng.shuffle(order)
            chunks = [sorted(order[i::k]) for i in range(k)]
        else:  # overlap
            chunks = []
            for _ in range(k):
                c = [i for i in range(len(sents)) if rng.random() < 0.5]
                chunks.append(c if len(c) >= 3 else list(range(len(sents))))
        for j, chunk in enumerate(chunks):
            aid = f"{r['id']}#{j}"
            articles.append(_report(aid, [sents[i] for i in chunk], r["category"]))
            story[aid] = r["id"]
            topic[aid] = r["category"]
        used += 1
        if used >= n_stories:
            break
    return articles, story, topic


def bbc_swap(rows: list[dict], seed: int, n_pairs: int = 150):
    """Two events of one kind: the halves of one article, the second with other names/figures."""
    rng = random.Random(seed)
    rows = rows[:]
    rng.shuffle(rows)
    lower = {w for r in rows for w in re.findall(r"\b[a-z]+\b", r["body"])}
    pool = sorted({w for r in rows for w in _CAP.findall(r["body"]) if w.lower() not in lower})
    articles, story, topic = [], {}, {}
    used = 0
    for r in rows:
        sents = _sentences(r["body"])
        if len(sents) < 16:
            continue
        order = list(range(len(sents)))
        rng.shuffle(order)
        halves = [sorted(order[0::2]), sorted(order[1::2])]
        names = {w for i in halves[1] for w in _CAP.findall(sents[i]) if w.lower() not in lower}
        mapping = {w: rng.choice(pool) for w in sorted(names)}

        def swap(s: str, mapping: dict[str, str] = mapping) -> str:
            s = _CAP.sub(lambda m: mapping.get(m.group(), m.group()), s)
            return _NUM.sub(
                lambda m: str(rng.randint(10 ** (len(m.group()) - 1), 10 ** len(m.group()) - 1)), s
            )

        for h, idx in enumerate(halves):
            half = [sents[i] if h == 0 else swap(sents[i]) for i in idx]
            sid = f"{r['id']}~{h}"
            for j in range(rng.randint(2, 4)):
                chunk = [s for s in half if rng.random() < 0.6] or half
                aid = f"{sid}#{j}"
                articles.append(_report(aid, chunk, r["category"]))
                story[aid] = sid
                topic[aid] = r["id"]
        used += 1
        if used >= n_pairs:
            break
    return articles, story, topic


def tuning_sets() -> dict[str, tuple]:
    rows = _bbc_rows()
    sets = {}
    for seed in (0, 1):
        for mode in ("disjoint", "overlap", "lead", "many"):
            sets[f"{mode}/{seed}"] = bbc_pseudo(rows, seed, mode)
        sets[f"swap/{seed}"] = bbc_swap(rows, seed)
    return sets


# ---------------------------------------------------------------- metrics
def bcubed(groups, label: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1, averaged over articles."""
    gold_size = Counter(label.values())
    p = r = 0.0
    n = 0
    for group in groups:
        counts = Counter(label[a.id] for a in group)
        for a in group:
            same = counts[label[a.id]]
            p += same / len(group)
            r += same / gold_size[label[a.id]]
            n += 1
    p, r = p / n, r / n
    return p, r, 2 * p * r / (p + r)


def _tree(similarity: np.ndarray):
    distance = 1.0 - np.clip(similarity, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    return linkage(squareform(distance, checks=False), method="average")


def _groups(articles, labels):
    by = {}
    for a, label in zip(articles, labels, strict=True):
        by.setdefault(label, []).append(a)
    return list(by.values())


def curve_one_pass(articles, story, similarity) -> np.ndarray:
    tree = _tree(similarity)
    return np.array(
        [bcubed(_groups(articles, fcluster(tree, 1 - t + 1e-9, "distance")), story) for t in GRID]
    )


def curve_two_pass(articles, story, topic_threshold: float, min_df: int = 1) -> np.ndarray:
    """B-cubed over GRID of story thresholds, topic pass fixed (same code path as related.py).

    `min_df` > 1 drops terms found in fewer docs of the topic from pass 2 (a variant, see notes).
    """
    docs = [(a.title, a.text) for a in articles]
    sim = cosine_matrix(vectorize(docs, related.STORY_WEIGHTS))
    topics = related._members(related._average_link(sim, topic_threshold, None))
    labels = np.zeros((len(GRID), len(articles)), dtype=np.int64)
    next_label = 0
    for members in topics:
        if len(members) == 1:
            labels[:, members[0]] = next_label
        else:
            tree = _tree(
                cosine_matrix(
                    vectorize([docs[i] for i in members], related.STORY_WEIGHTS, min_df=min_df)
                )
            )
            for k, t in enumerate(GRID):
                labels[k, members] = next_label + fcluster(tree, 1 - t + 1e-9, "distance")
        next_label += len(members) + 1
    return np.array([bcubed(_groups(articles, labels[k]), story) for k in range(len(GRID))])


def baseline_vectors(articles) -> sparse.csr_matrix:
    """Plain TF-IDF: lower-cased words of 2+ characters, English stop words, smooth IDF, L2."""
    token = re.compile(r"(?u)\b\w\w+\b")
    docs = [
        Counter(t for t in token.findall(f"{a.title}\n{a.text}".lower()) if t not in STOP_WORDS)
        for a in articles
    ]
    df = Counter(t for d in docs for t in d)
    n = len(docs)
    vocab = {t: i for i, t in enumerate(sorted(df))}
    rows, cols, vals = [], [], []
    for i, d in enumerate(docs):
        for t, c in d.items():
            rows.append(i)
            cols.append(vocab[t])
            vals.append(c * (math.log((1 + n) / (1 + df[t])) + 1))
    return normalize_rows(sparse.csr_matrix((vals, (rows, cols)), shape=(n, len(vocab))))


def best_mean(curves: list[np.ndarray]) -> tuple[float, float]:
    mean = np.mean([c[:, 2] for c in curves], axis=0)
    i = int(np.argmax(mean))
    return float(GRID[i]), float(mean[i])


def at(curve: np.ndarray, threshold: float) -> np.ndarray:
    return curve[int(np.argmin(np.abs(GRID - threshold)))]


# ---------------------------------------------------------------- check also
def baseline_p_at_1(articles, story, topic) -> float:
    """TF-IDF nearest article of another (gold) story: does it share the topic?"""
    sim = cosine_matrix(baseline_vectors(articles))
    labels = np.array([story[a.id] for a in articles])
    topics = np.array([topic[a.id] for a in articles])
    sim[labels[:, None] == labels[None, :]] = -1.0
    return float(np.mean(topics[sim.argmax(axis=1)] == topics))


def check_also_p_at_1(groups, picks, story, topic, only=None) -> tuple[float, Counter]:
    """Per article (of `only`, if given): its group's pick is of its topic and not of its story."""
    outcome: Counter = Counter()
    for group in groups:
        for a in group:
            if only is not None and a.id not in only:
                continue
            pick = picks[group[0].id]
            if pick is None:
                outcome["none"] += 1
            elif story[pick.id] == story[a.id]:
                outcome["same story"] += 1
            elif topic[pick.id] == topic[a.id]:
                outcome["same topic (right)"] += 1
            else:
                outcome["other topic"] += 1
    return outcome["same topic (right)"] / sum(outcome.values()), outcome


# ---------------------------------------------------------------- main
def gold_groups(articles, story) -> list[tuple[Article, ...]]:
    by_story: dict[str, list[Article]] = {}
    for a in related._canonical(articles):
        by_story.setdefault(story[a.id], []).append(a)
    return [tuple(g) for g in by_story.values()]


def import_seconds() -> float:
    """Median wall time of importing compose.related in a fresh interpreter, minus a bare start."""
    import subprocess

    def run(code: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        return time.perf_counter() - t0

    bare = statistics.median(run("pass") for _ in range(5))
    return statistics.median(run("import digest.compose.related") for _ in range(5)) - bare


# ---------------------------------------------------------------- v4 ladder
V3_COMMIT = "c4fc942"
V3_GROUPING = dict(
    weights=related.ARCHIVE_STORY_WEIGHTS,  # no event block
    story_threshold=0.15,
    big_topic=None,
    attach=False,
)
V12_CHECK = dict(gate=V9_GATE)  # v13's refitted, stepping gate off (bench/bench_gate12.py)
V11_CHECK = dict(rerank=NEWS_RERANK, candidate_score=None, **V12_CHECK)  # v12's score off
V9_CHECK = dict(rerank=None, candidate_score=None, **V12_CHECK)  # v10's re-ranking off
V10_ROW = "+ learned re-ranking (v10, measured, not shipped)"
V8_CHECK = {**V9_CHECK, "gate": None}  # v9's on-topic gate off (bench/bench_topicgate.py)
V7_CHECK = dict(veto=None, **V8_CHECK)  # v8's learned veto off (bench/bench_samestory.py)
V6_CHECK = dict(split_threshold=None, whole_event=False, **V7_CHECK)  # v7's rules off
V3_CHECK = dict(
    idf_over="articles", min_similarity=0.05, piece_threshold=None, lead_chars=None, **V6_CHECK
)
LADDER = [  # (what changes, grouping settings, Check Also settings, lead rule)
    ("v3 settings in today's code", V3_GROUPING, V3_CHECK, "longest"),
    ("+ lead = most central report", V3_GROUPING, V3_CHECK, "central"),
    (
        "+ event block (weight 0.5)",
        {**V3_GROUPING, "weights": related.STORY_WEIGHTS},
        V3_CHECK,
        "central",
    ),
    (
        "+ story threshold 0.15 -> 0.2",
        {**V3_GROUPING, "weights": related.STORY_WEIGHTS, "story_threshold": 0.2},
        V3_CHECK,
        "central",
    ),
    (
        "+ big topics: one-article terms out",
        {"attach": False, "neighbour_weight": 0.0},
        V3_CHECK,
        "central",
    ),
    ("+ big topics: shared neighbours", {"attach": False}, V3_CHECK, "central"),
    ("+ stray reports attached", {}, V3_CHECK, "central"),
    (
        "+ Check Also IDF over groups",
        {},
        {"min_similarity": 0.05, "piece_threshold": None, "lead_chars": None, **V6_CHECK},
        "central",
    ),
    (
        "+ Check Also min similarity 0.1 (v4)",
        {},
        {"piece_threshold": None, "lead_chars": None, **V6_CHECK},
        "central",
    ),
    ("+ pieces of a big story: no link (v5)", {}, {"lead_chars": None, **V6_CHECK}, "central"),
    ("+ same lead day: next candidate (v6)", {}, V6_CHECK, "central"),
    (
        "+ ... checked against the whole event (v7)",
        {},
        {"split_threshold": None, **V7_CHECK},
        "central",
    ),
    ("+ split stories: no link between pieces (v7)", {}, V7_CHECK, "central"),
    ("+ learned same-story veto (v8)", {}, V8_CHECK, "central"),
    ("+ learned on-topic gate (v9)", {}, V9_CHECK, "central"),
    ("+ re-ranking, ECB+ and BBC labels (v11)", {}, V11_CHECK, "central"),
    ("+ candidate score: hubness, title + lead (v12)", {}, V12_CHECK, "central"),
    ("+ on-topic gate refitted, mutual_pct, steps (v13)", {}, {}, "central"),
]
LEAD_GRID = (200, 400, 800, 1500, 3000)  # v6: characters of the text that state the day
SPLIT_GRID = (0.12, 0.15, 0.18, 0.2, 0.25, 0.3, 0.35)  # v7: mean story cosine of tied pieces
PIECE_GRID = (0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.11, 0.12, 0.14, 0.16)


def _score_line(score) -> str:
    return (
        f"B3 {score.f1:.3f} (P {score.p:.3f} R {score.r:.3f})  p@1 {score.p_at_1:.3f} "
        f"({score.right_topic}/{score.other_story})  same story {score.same_story}/{score.links}"
        f" = {score.same_share:4.1%}  links {score.links / max(1, score.items):.0%} of "
        f"{score.items} items"
    )


def _item_set(items: list[dict]) -> set[tuple]:
    """Items as (lead, other coverage, Check Also) URLs, order aside."""
    return {
        (
            i["url"],
            frozenset(a["url"] for a in i["also"]),
            (i["check_also"] or {}).get("url"),
        )
        for i in items
    }


def _old_code(folder: Path) -> Path | None:
    """The v3 code (git V3_COMMIT) unpacked in `folder`, or None without git."""
    import subprocess
    import tarfile

    archive = folder / "v3.tar"
    try:
        with archive.open("wb") as out:
            subprocess.run(
                ["git", "archive", V3_COMMIT, "digest", "templates"],
                cwd=ROOT,
                stdout=out,
                check=True,
                stderr=subprocess.DEVNULL,
            )
    except (OSError, subprocess.CalledProcessError):
        return None
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "v3", filter="data")
    return folder / "v3"


def ladder(quick: bool) -> None:
    import subprocess
    import tempfile

    import stories_e2e as e2e

    print("== v4-v5 ladder: end to end (feeds -> digest fetch -> build), one change per row ==")
    print("   ECB+ topics 1-35 (tuning) and the Zyte day of real news; held out: not here")
    with tempfile.TemporaryDirectory() as tmp:
        old = None if quick else _old_code(Path(tmp))
        for which in ("tune", "zyte"):
            entries, labels = e2e.labelled(which)
            folder = Path(tmp) / which
            folder.mkdir()
            config = e2e.fetched(entries, folder)
            articles = e2e.stored_articles(config)
            print(f"\n{e2e.NAMES[which]}:")
            if old is not None:
                env = {**__import__("os").environ, "PYTHONPATH": str(old)}
                old_folder = Path(tmp) / f"{which}-v3"
                old_folder.mkdir()
                old_config = e2e.write_config(old_folder, e2e.write_feeds(old_folder, entries))
                for command in ("fetch", "build"):
                    subprocess.run(
                        [sys.executable, "-m", "digest", command, "--config", str(old_config)],
                        cwd=old_folder,
                        env=env,
                        check=True,
                        capture_output=True,
                    )
                data = json.loads((old_folder / "var/preview/digest.json").read_text("utf-8"))
                print(
                    f"  {'v3 code (git ' + V3_COMMIT + '), digest build':44s} "
                    + _score_line(e2e.score_digest(data, entries, labels))
                )
            items: list[dict] = []
            for name, group_kw, check_kw, lead in LADDER:
                items = e2e.build_items(articles, group_kw, check_kw, lead)
                print(f"  {name:44s} {_score_line(e2e.score_items(items, entries, labels))}")
            e2e.digest_cli("build", config=config)
            data = json.loads((folder / "var/preview/digest.json").read_text("utf-8"))
            built = [i for section in data["sections"] for i in section["items"]]
            print(
                f"  {'shipped, digest build (= the row above)':44s} "
                + _score_line(e2e.score_items(built, entries, labels))
            )
            assert _item_set(built) == _item_set(items), "build_items no longer mirrors build"
            v10 = e2e.build_items(articles, {}, {**V9_CHECK, "rerank": LEARNED_RERANK}, "central")
            print(f"  {V10_ROW:44s} {_score_line(e2e.score_items(v10, entries, labels))}")


def tuning_topics_in_process() -> None:
    ecb, story, topic = load_ecb()
    ecb_sorted = related._canonical(ecb)
    print(
        f"\n== ECB+ topics 1-35 in process: {len(ecb)} articles, {len(set(story.values()))} "
        f"stories (title = first line, text = the rest) =="
    )
    groups = related.group_same_story(ecb)
    p, r, f = bcubed(groups, story)
    print(f"  v4 grouping: P={p:.3f} R={r:.3f} F1={f:.3f}  groups={len(groups)}")
    base_curve = curve_one_pass(ecb_sorted, story, cosine_matrix(baseline_vectors(ecb_sorted)))
    k = int(np.argmax(base_curve[:, 2]))
    print(
        f"  plain TF-IDF average link at its best threshold on these topics ({GRID[k]}): "
        f"P={base_curve[k, 0]:.3f} R={base_curve[k, 1]:.3f} F1={base_curve[k, 2]:.3f}"
    )
    gold = gold_groups(ecb, story)
    baseline = baseline_p_at_1(ecb_sorted, story, topic)
    print(f"  plain TF-IDF nearest other-story article: {baseline:.3f}")
    for idf_over in ("articles", "groups"):
        p1, outcome = check_also_p_at_1(
            gold, related.pick_check_also(gold, [], idf_over=idf_over), story, topic
        )
        print(
            f"  Check Also p@1 per article, true story groups, IDF over {idf_over}: {p1:.3f}"
            f"  {dict(outcome)}"
        )


def _links(items: list[dict], entries, labels, topics: set[str] | None = None) -> np.ndarray:
    """(same story, links, right topic, other story) over the items whose lead is in `topics`."""
    import stories_e2e as e2e

    doc_of = {e.url: e.doc for e in entries}
    if topics is not None:
        items = [i for i in items if labels.topic[doc_of[i["url"]]] in topics]
    s = e2e.score_items(items, entries, labels) if items else None
    return np.array([s.same_story, s.links, s.right_topic, s.other_story] if s else [0, 0, 0, 0])


def _tuning_sets() -> dict[str, tuple]:
    """(entries, labels, stored articles) of topics 1-35 ("tune") and the Zyte day, fetched
    end to end once (topics 36-45 are not read)."""
    import tempfile

    import stories_e2e as e2e

    data = {}
    with tempfile.TemporaryDirectory() as tmp:
        for which in ("tune", "zyte"):
            entries, labels = e2e.labelled(which)
            folder = Path(tmp) / which
            folder.mkdir()
            data[which] = (entries, labels, e2e.stored_articles(e2e.fetched(entries, folder)))
    return data


def pieces() -> None:
    """v5's piece rule: its threshold cross-validated by topic folds of 1-35, and how it holds
    when stories come in fewer reports (random 85% / 70% of the articles, 6 draws each, topics
    1-35 and the Zyte day; drawn by a hash of the URL: article ids depend on the feed's path).
    Everything here is tuning data; topics 36-45 are not read."""
    import hashlib

    import stories_e2e as e2e

    print("\n== v5 pieces: threshold by 5-fold topic cross-validation (topics 1-35) ==")
    data = _tuning_sets()
    entries, labels, articles = data["tune"]
    built = {
        t: e2e.build_items(articles, {}, {"piece_threshold": t, "lead_chars": None, **V6_CHECK})
        for t in (None, *PIECE_GRID)
    }
    total, off = np.zeros(4, int), np.zeros(4, int)
    for k in range(5):
        test = {str(t) for t in range(1 + 7 * k, 8 + 7 * k)}
        train = {str(t) for t in range(1, 36)} - test

        def key(t: float, train: set[str] = train) -> tuple:
            c = _links(built[t], entries, labels, train)  # fewest same-story links, best p@1,
            return (c[0] / c[1], -c[2] / c[3], -c[1], -t)  # most links, highest threshold

        best = min(PIECE_GRID, key=key)
        c = _links(built[best], entries, labels, test)
        b = _links(built[None], entries, labels, test)
        total += c
        off += b
        print(
            f"  topics {min(map(int, test))}-{max(map(int, test))}: threshold {best} chosen on "
            f"the rest; held fold: same story {c[0]}/{c[1]}, p@1 {c[2]}/{c[3]} (rule off: "
            f"{b[0]}/{b[1]}, {b[2]}/{b[3]})"
        )
    print(
        f"  cross-validated: same story {total[0]}/{total[1]} = {total[0] / total[1]:.1%}, p@1 "
        f"{total[2] / total[3]:.3f}; rule off {off[0]}/{off[1]} = {off[0] / off[1]:.1%}, p@1 "
        f"{off[2] / off[3]:.3f}; in sample (shipped {related.PIECE_THRESHOLD}): "
        + "same story {}/{}, p@1 {}/{}".format(
            *_links(built[related.PIECE_THRESHOLD], entries, labels)
        )
    )
    print("\n== v5 pieces when stories come in fewer reports (random subsets, 6 draws) ==")
    for which in ("tune", "zyte"):
        entries, labels, articles = data[which]
        for share in (1.0, 0.85, 0.7):
            sums = {None: np.zeros(4, int), related.PIECE_THRESHOLD: np.zeros(4, int)}
            for seed in range(6 if share < 1 else 1):
                kept = [
                    a
                    for a in articles
                    if share == 1
                    or int(hashlib.sha1(f"{seed}:{a.url}".encode()).hexdigest()[:8], 16) / 16**8
                    < share
                ]
                for t in sums:
                    check = {"piece_threshold": t, "lead_chars": None, **V6_CHECK}
                    items = e2e.build_items(kept, {}, check)
                    sums[t] += _links(items, entries, labels)
            print(
                f"  {e2e.NAMES[which]:28s} {share:4.0%}: "
                + " | ".join(
                    f"{'rule off' if t is None else 'v5'}: same story {c[0]}/{c[1]} = "
                    f"{c[0] / c[1]:.1%}, p@1 {c[2] / c[3]:.3f}"
                    for t, c in sums.items()
                )
            )


def _draws(articles: list, share: float) -> list[list]:
    """Random `share` of the articles, 6 draws (1 for 100%), by a hash of the URL (ids depend
    on the feed's path)."""
    import hashlib

    if share == 1:
        return [articles]
    return [
        [
            a
            for a in articles
            if int(hashlib.sha1(f"{seed}:{a.url}".encode()).hexdigest()[:8], 16) / 16**8 < share
        ]
        for seed in range(6)
    ]


def _rule_on_draws(name: str, variants: dict, zyte: tuple, grid: tuple, last: bool) -> None:
    """A Check Also rule against its baseline (the first of `variants`: label -> Check Also
    settings) on all draws of topics 1-35 (every variant) and of the Zyte day (the labels in
    `zyte`), then the setting among `grid` cross-validated by 5 topic folds of 1-35 on the
    85% / 70% draws: chosen on four folds by fewest same-story links, then best p@1 (then the
    last of `grid` when `last`, else the first), scored on the fifth. Topics 36-45 are not read."""
    import stories_e2e as e2e

    data = _tuning_sets()
    base = next(iter(variants))
    print(f"\n== {name}: {base} (rule off) vs the rule on random subsets (6 draws) ==")
    counts: dict[tuple, np.ndarray] = {}  # (label, share, topic): same, links, right, other
    for which in ("tune", "zyte"):
        entries, labels, articles = data[which]
        doc_of = {e.url: e.doc for e in entries}
        shown = tuple(variants) if which == "tune" else (base, *zyte)
        for share in (1.0, 0.85, 0.7):
            sums = {v: np.zeros(4, int) for v in shown}
            for kept in _draws(articles, share):
                for v in shown:
                    items = e2e.build_items(kept, {}, variants[v])
                    sums[v] += _links(items, entries, labels)
                    for item in items if which == "tune" else ():
                        key = (v, share, labels.topic[doc_of[item["url"]]])
                        counts[key] = counts.get(key, np.zeros(4, int)) + _links(
                            [item], entries, labels
                        )
            print(
                f"  {e2e.NAMES[which]:28s} {share:4.0%}: "
                + " | ".join(
                    f"{v}: same {c[0]}/{c[1]} = {c[0] / c[1]:.1%}, "
                    f"p@1 {c[2] / c[3]:.3f} ({c[2]}/{c[3]})"
                    for v, c in sums.items()
                )
            )

    def total(v: object, topics: set[str]) -> np.ndarray:
        found = [c for (v2, s, t), c in counts.items() if v2 == v and s < 1 and t in topics]
        return np.sum(found, axis=0) if found else np.zeros(4, int)

    print(f"\n== {name}: by 5-fold topic cross-validation (topics 1-35, 85% + 70% draws) ==")
    cv, off = np.zeros(4, int), np.zeros(4, int)
    for k in range(5):
        test = {str(t) for t in range(1 + 7 * k, 8 + 7 * k)}
        train = {str(t) for t in range(1, 36)} - test

        def key(i: int, train: set[str] = train) -> tuple:
            c = total(grid[i], train)  # fewest same-story links, then best p@1
            return (c[0] / c[1], -c[2] / c[3], -i if last else i)

        best = grid[min(range(len(grid)), key=key)]
        c, b = total(best, test), total(base, test)
        cv += c
        off += b
        print(
            f"  topics {min(map(int, test))}-{max(map(int, test))}: {best} chosen on the rest; "
            f"held fold: same story {c[0]}/{c[1]}, p@1 {c[2]}/{c[3]} ({base}: {b[0]}/{b[1]}, "
            f"{b[2]}/{b[3]})"
        )
    print(
        f"  cross-validated: same story {cv[0]}/{cv[1]} = {cv[0] / cv[1]:.1%}, p@1 "
        f"{cv[2] / cv[3]:.3f} ({cv[2]}/{cv[3]}); {base} {off[0]}/{off[1]} = "
        f"{off[0] / off[1]:.1%}, p@1 {off[2] / off[3]:.3f} ({off[2]}/{off[3]})"
    )


def lead_days() -> None:
    """v6's same-lead-day rule: the window (`lead_chars`) against v5 (v7's rules off)."""
    variants = {"v5": {"lead_chars": None, **V6_CHECK}}
    variants |= {w: {"lead_chars": w, **V6_CHECK} for w in LEAD_GRID}
    _rule_on_draws("v6 same lead day", variants, (related.LEAD_CHARS,), LEAD_GRID, last=False)


def split_stories() -> None:
    """v7: the next candidate checked against the whole event, then the split-story rule at
    each threshold of `SPLIT_GRID` (with the first rule), against v6."""
    variants = {"v6": V6_CHECK, "whole event": {"split_threshold": None, **V7_CHECK}}
    variants |= {t: {"split_threshold": t, **V7_CHECK} for t in SPLIT_GRID}
    zyte = ("whole event", *SPLIT_GRID)
    _rule_on_draws("v7 whole event + split stories", variants, zyte, SPLIT_GRID, last=True)


def speed() -> None:
    """Grouping + Check Also on topics 1-35 (772 articles, scaled to 1,000): v4 and v3 code."""
    import subprocess
    import tempfile

    code = (
        "import sys, time, statistics\n"
        "sys.path.insert(0, sys.argv[1]); sys.path.insert(1, sys.argv[2])\n"
        "from bench_stories import load_ecb\n"
        "try:\n"
        "    from digest.compose import related\n"
        "    from digest.compose.textsim import features\n"
        "except ImportError:  # the v3 code's flat layout\n"
        "    from digest import related\n"
        "    from digest.textsim import features\n"
        "arts = load_ecb()[0]\n"
        "runs = []\n"
        "for _ in range(5):\n"
        "    features.cache_clear(); t = time.perf_counter()\n"
        "    g = related.group_same_story(arts); related.pick_check_also(g, [])\n"
        "    runs.append(time.perf_counter() - t)\n"
        "print(statistics.median(runs) * 1000 / len(arts))\n"
    )
    print("\n== Speed: grouping + Check Also per 1,000 articles (median of 5; shared machine) ==")
    with tempfile.TemporaryDirectory() as tmp:
        old = _old_code(Path(tmp))
        for _ in range(2):  # alternate, so both see the same load
            new_s = float(
                subprocess.run(
                    [sys.executable, "-c", code, str(ROOT), str(ROOT / "bench")],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
            line = f"  v4 {new_s:.2f} s"
            if old is not None:
                old_s = float(
                    subprocess.run(
                        [sys.executable, "-c", code, str(old), str(ROOT / "bench")],
                        capture_output=True,
                        text=True,
                        check=True,
                    ).stdout
                )
                line += f"   v3 code {old_s:.2f} s   ratio {new_s / old_s:.2f}"
            print(line)
    print(f"  import compose.related: {import_seconds():.2f} s (median of 5, fresh interpreter)")


def bbc_history() -> None:
    """v1-v3's tuning on BBC pseudo-stories, kept to reproduce their notes (with v4 vectors)."""
    print("\n== v1-v3 history: thresholds on BBC pseudo-stories (v4 vectors) ==")
    sets = tuning_sets()
    ours = []
    for name, (arts, st, _tp) in sets.items():
        arts = related._canonical(arts)
        curve = curve_two_pass(arts, st, related.TOPIC_THRESHOLD)
        ours.append(curve)
        print(
            f"  {name:11s} {len(arts):4d} articles  F1 at {related.STORY_THRESHOLD}: "
            f"{at(curve, related.STORY_THRESHOLD)[2]:.3f}"
        )
    t_story, f_story = best_mean(ours)
    print(f"  two-pass (no big-topic rules, no attach): best mean F1 {f_story:.3f} at {t_story}")


def main() -> None:
    quick = "--quick" in sys.argv
    sys.path.insert(0, str(ROOT / "bench"))
    ladder(quick)
    tuning_topics_in_process()
    if not quick:
        speed()
    if "--pieces" in sys.argv:
        pieces()
    if "--lead-days" in sys.argv:
        lead_days()
    if "--split" in sys.argv:
        split_stories()
    if "--bbc" in sys.argv:
        bbc_history()


if __name__ == "__main__":
    main()
