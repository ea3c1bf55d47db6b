"""Same-story grouping and "Check Also" picks.

Two questions, two rules:

* *Same story?* Articles are grouped by average-link agglomerative clustering over the
  names-and-numbers-weighted cosine of `digest.textsim` (two reports of one event share who, where
  and how many; two events of one kind share only the kind). Average link, not single link, so one
  article that mentions two stories cannot chain them together. Articles published more than
  `max_story_days` apart are never the same story.
* *Worth reading next?* For each group, the nearest article that is *not* the same story: not in the
  group, and not so close to it that it is only more coverage of the same event (the archive holds
  yesterday's reports of today's story). A site's own related link wins when it is close enough.

Both are pure and deterministic: the input is put in a canonical order first, so any permutation of
the same articles gives the same output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from digest.textsim import BlockWeights, cosine_matrix, vectorize
from digest.types import Article

# Chosen on pseudo-stories made from the BBC News set (see bench/bench_stories.py and
# notes/related.md); never on ECB+, which is the held-out check.
STORY_THRESHOLD = 0.30  # average-link cosine at and above which groups merge
STORY_WEIGHTS = BlockWeights()
CHECK_ALSO_MIN_SIMILARITY = 0.10
MAX_STORY_DAYS = 4.0  # reports of one event are this close in time; farther apart = other story
_FAR = 1e6  # a distance no average can pull back under the threshold


@dataclass(frozen=True)
class _Batch:
    """Articles in canonical order with their vectors and pairwise similarities."""

    articles: tuple[Article, ...]
    similarity: np.ndarray  # cosine, n × n


def _canonical(articles: Sequence[Article]) -> tuple[Article, ...]:
    """A fixed order that does not depend on the caller's order (ties broken on content)."""
    return tuple(
        sorted(articles, key=lambda a: (a.id, a.url, a.title, a.text, a.published.isoformat()))
    )


def _too_far_apart(articles: Sequence[Article], max_days: float) -> np.ndarray:
    seconds = np.array([a.published.timestamp() for a in articles], dtype=np.float64)
    return np.abs(seconds[:, None] - seconds[None, :]) > max_days * 86400.0


def _cluster(similarity: np.ndarray, threshold: float, far: np.ndarray | None) -> np.ndarray:
    """Average-link labels: clusters whose mean pairwise similarity >= threshold merge."""
    n = similarity.shape[0]
    if n == 1:
        return np.zeros(1, dtype=np.int64)
    distance = 1.0 - np.clip(similarity, 0.0, 1.0)
    if far is not None:
        distance = np.where(far, _FAR, distance)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    # fcluster merges while the merge height <= t; a tiny epsilon keeps "== threshold" inside.
    return fcluster(tree, t=1.0 - threshold + 1e-12, criterion="distance")


def _lead_order(members: list[int], batch: _Batch) -> list[int]:
    """Lead first: a full text over a teaser, then the most central, then the earliest, then id."""
    sub = batch.similarity[np.ix_(members, members)]
    centrality = (sub.sum(axis=1) - 1.0) / max(1, len(members) - 1)
    arts = batch.articles
    return sorted(
        members,
        key=lambda i: (
            arts[i].is_teaser,
            -round(float(centrality[members.index(i)]), 9),
            arts[i].published,
            arts[i].id,
        ),
    )


def group_same_story(
    articles: Sequence[Article],
    *,
    threshold: float = STORY_THRESHOLD,
    weights: BlockWeights = STORY_WEIGHTS,
    max_story_days: float | None = MAX_STORY_DAYS,
) -> list[tuple[Article, ...]]:
    """Partition `articles` into same-story groups, lead article first in each.

    Every article lands in exactly one group. Groups come biggest first, then by their lead's
    date and id, so the result is the same whatever order the articles came in.
    """
    if not articles:
        return []
    ordered = _canonical(articles)
    vectors = vectorize([(a.title, a.text) for a in ordered], weights)
    batch = _Batch(ordered, cosine_matrix(vectors))
    far = _too_far_apart(ordered, max_story_days) if max_story_days is not None else None
    labels = _cluster(batch.similarity, threshold, far)
    by_label: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        by_label.setdefault(label, []).append(index)
    groups = [tuple(ordered[i] for i in _lead_order(m, batch)) for m in by_label.values()]
    groups.sort(key=lambda g: (-len(g), g[0].published, g[0].id))
    return groups


def pick_check_also(
    groups: Sequence[tuple[Article, ...]],
    archive: Sequence[Article],
    *,
    min_similarity: float = CHECK_ALSO_MIN_SIMILARITY,
    story_threshold: float = STORY_THRESHOLD,
    weights: BlockWeights = STORY_WEIGHTS,
    max_story_days: float | None = MAX_STORY_DAYS,
) -> dict[str, Article | None]:
    """For each group (keyed by its lead's id) the other-story article most worth reading next.

    Candidates are the articles of the other groups and of the archive. Excluded: the group's own
    articles (by id or URL), and any candidate that is the *same story* (its average similarity to
    the group reaches `story_threshold` and it is within `max_story_days`): more coverage of the
    same event is not a follow-up. Among the rest the highest similarity to the group wins; a
    candidate that one of the group's articles links to itself (`Article.related`) is preferred.
    None when no candidate reaches `min_similarity`.
    """
    groups = [g for g in groups if g]
    if not groups:
        return {}
    batch_articles = [a for g in groups for a in g]
    batch_ids = {a.id for a in batch_articles}
    pool = _canonical(
        batch_articles + [a for a in _canonical(archive) if a.id not in batch_ids]
    )
    # The archive may repeat an id; keep one article per id (the canonical first).
    unique: dict[str, int] = {}
    for index, article in enumerate(pool):
        unique.setdefault(article.id, index)
    vectors = vectorize([(a.title, a.text) for a in pool], weights)
    similarity = cosine_matrix(vectors)
    position = {id(a): i for i, a in enumerate(pool)}
    group_of = np.full(len(pool), -1, dtype=np.int64)
    for gi, group in enumerate(groups):
        for a in group:
            group_of[position[id(a)]] = gi
    seconds = np.array([a.published.timestamp() for a in pool], dtype=np.float64)
    by_url = {a.url: i for i, a in enumerate(pool) if a.url}
    result: dict[str, Article | None] = {}
    for gi, group in enumerate(groups):
        members = [position[id(a)] for a in group]
        own_ids = {a.id for a in group}
        own_urls = {a.url for a in group if a.url}
        mean_sim = similarity[members].mean(axis=0)
        near_in_time = np.ones(len(pool), dtype=bool)
        if max_story_days is not None:
            gap = np.abs(seconds[None, :] - seconds[members][:, None]).min(axis=0)
            near_in_time = gap <= max_story_days * 86400.0
        same_story = (mean_sim >= story_threshold) & near_in_time
        linked = {by_url[r.url] for a in group for r in a.related if r.url in by_url}
        best: tuple[float, float, str, int] | None = None
        for index in np.argsort(-mean_sim, kind="stable").tolist():
            score = float(mean_sim[index])
            if score < min_similarity:
                break
            candidate = pool[index]
            if (
                group_of[index] == gi
                or unique[candidate.id] != index
                or candidate.id in own_ids
                or (candidate.url and candidate.url in own_urls)
                or same_story[index]
            ):
                continue
            key = (1.0 if index in linked else 0.0, score, candidate.id, index)
            if best is None or (key[0], key[1]) > (best[0], best[1]):
                best = key
            if not linked:
                break  # sorted by score: the first admissible one is the best
        result[group[0].id] = pool[best[3]] if best is not None else None
    return result
