"""Same-story grouping and "Check Also" picks.

Two questions, two rules:

* *Same story?* Two reports of one event share who, where, when and how many; two events of one
  kind (two rehab check-ins, two navy-vs-pirates clashes) share the event words and often some
  names (the navy, the gulf). So grouping runs average-link clustering over the cosine of
  `textsim`'s vectors (words, names, figures, and the event block: dates, tolls, amounts,
  scores, weekdays), in three passes:
  1. *topics*: the whole batch, IDF from the batch, a low threshold;
  2. *stories*: inside each topic again, with IDF recomputed over that topic's articles only, so
     what all of them share (the kind of event, the common names) stops counting and what tells
     one event from the other (its own names, dates and figures) decides. In a big topic (many
     reports) a term found in one article only is dropped and pairs that share their nearest
     neighbours gain (`_story_similarity`): reports of one event written in different words
     still have the same neighbours;
  3. *strays*: a small group that is clearly closest to a bigger story joins it
     (`_attach_strays`): the short wire item or rambling piece that average link left out.
  Average link, not single link, so one article that mentions two stories cannot chain them.
  Articles published more than `max_story_days` apart are never the same story.
* *Worth reading next?* For each group, the other story closest in *event words* (names left out:
  another story with the same names is mostly the same story or an unrelated one about the same
  people), chosen at group level: the cosine of the two groups' summed vectors (centroids; steadier
  than one pair, and a big story's centroid keeps its shared words while each report's own words
  average out), then that story's lead (else its article closest to the group). Never the
  group's own articles, never a near-duplicate of one of them (`NEAR_DUPLICATE`, checked on
  three-word runs whatever grouping decided), never more coverage of the same event from the
  archive (yesterday's reports of today's story). A 1-2 article piece left next to a story of 5+
  reports gets no link at all (`_pieces`, v5): its nearest candidates are its own story. A
  candidate story that leads with the same day as the group (and names no other year or month)
  is the same event, and the next one is taken (`eventfeat.same_event`, v6), checked against
  the groups found so far to report it too (v7). Small groups chained to each other as nearest
  neighbours into a story of 5+ reports (and not years apart) are pieces of one story: never
  each other's link (`_split_stories`, v7). v8/v9: learned vetoes (`samestory`, `topicgate`).

Both are pure and deterministic: the input is put in a canonical order first, so any permutation of
the same articles gives the same output. v1-v3 chose thresholds on BBC pseudo-stories; v4 chose
every setting on ECB+ topics 1-35 end to end (feeds -> `digest build`), checked against a labelled
day of real news; ECB+ topics 36-45 are held out (bench/bench_stories.py, notes/related.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

import numpy as np

from digest.compose.candscore import CANDIDATE_SCORE, CandidateScore, rescore
from digest.compose.eventfeat import EventProfile, event_profile, same_event, years_apart
from digest.compose.rerank import RERANK, RankState, Reranker
from digest.compose.samestory import SAME_STORY_VETO, PoolView, Veto, veto_walk
from digest.compose.textsim import BlockWeights, Csr, cosines, vectors
from digest.compose.topicgate import TOPIC_GATE, Gate, gate_walk
from digest.model.types import Article

# No scipy import: sparse products go through textsim's `Csr` (~0.12 s less import), clustering
# is done here (`average_link_clusters`, ~0.1 s less import); the same floats.

STORY_WEIGHTS = BlockWeights(words=1.0, names=1.0, numbers=0.25, title_boost=2.0, events=0.5)
TOPIC_THRESHOLD = 0.15  # pass 1: average-link cosine, batch IDF
STORY_THRESHOLD = 0.2  # pass 2: average-link cosine, IDF within the topic
BIG_TOPIC = 8  # topics of at least this many articles: one-article terms out, shared neighbours in
NEIGHBOURS = 5  # how many nearest neighbours two reports compare in a big topic
NEIGHBOUR_WEIGHT = 0.2  # added to a pair's cosine when all their nearest neighbours are shared
ATTACH_THRESHOLD = 0.1  # pass 3: a stray report's mean batch cosine to the story it joins ...
ATTACH_MARGIN = 1.5  # ... and how much closer that story must be than any other group
ATTACH_MAX_SIZE = 4  # groups of at most this many articles count as stray reports
ATTACH_MIN_STORY = 3  # ... and join only stories carried by at least this many articles
ARCHIVE_STORY_WEIGHTS = BlockWeights(words=1.0, names=1.0, numbers=0.25, title_boost=2.0)
SAME_STORY_THRESHOLD = 0.2125  # one-pass equivalent, for "is this archive article the same story?"
NEAR_DUPLICATE = 0.5  # share of the shorter article's three-word runs found in the other one
CHECK_ALSO_WEIGHTS = BlockWeights(words=1.0, names=0.0, numbers=0.0, title_boost=2.0)
CHECK_ALSO_RANKING = "centroid"  # chosen on the BBC sets (bench/bench_stories.py), see notes
CHECK_ALSO_IDF_OVER = "groups"  # chosen on ECB+ topics 1-35 end to end (notes/related.md, v4)
CHECK_ALSO_MIN_SIMILARITY = 0.1  # event-words cosine to the group (ECB+ topics 1-35, v4)
PIECE_MAX_SIZE = 2  # a batch group this small ...
PIECE_STORY_MIN = 5  # ... next to a batch story of at least this many articles ...
PIECE_THRESHOLD = 0.09  # ... at this mean story cosine is a piece of it: no Check Also (v5)
LEAD_CHARS = 800  # v6: a candidate leading with the same day as the group is its own event
SPLIT_THRESHOLD = 0.25  # v7: small groups chained this close into 5+ reports: one split story
MAX_STORY_DAYS = 4.0  # reports of one event come out within days; farther apart = another story
_FAR = 1e6  # a distance no average can pull back under a threshold
_ONE_CLUSTER_MARGIN = 1e-9  # see `_average_link`


def _order_key(a: Article) -> tuple:
    """Every field: two articles that tie are identical, so either order gives the same output."""
    return (
        a.id,
        a.url,
        a.title,
        a.text,
        a.published.isoformat(),
        a.source,
        a.feed_url,
        a.section,
        a.guid,
        a.content_hash,
        a.is_teaser,
        repr(a.related),
    )


def _canonical(articles: Sequence[Article]) -> list[Article]:
    """A fixed order that does not depend on the caller's order."""
    return sorted(articles, key=_order_key)


@lru_cache(maxsize=2)
def _batch_vectors(docs: tuple[tuple[str, str], ...], weights: BlockWeights) -> Csr:
    """`vectors(docs, weights)`, kept: `pick_check_also`'s piece test wants pass 1's vectors of
    the same batch (same docs and order), ~0.1 s per 1,000 articles. Do not mutate the result."""
    return vectors(docs, weights)


def _too_far_apart(articles: Sequence[Article], max_days: float | None) -> np.ndarray | None:
    if max_days is None:
        return None
    seconds = np.array([a.published.timestamp() for a in articles], dtype=np.float64)
    if seconds.max() - seconds.min() <= max_days * 86400.0:
        # No pair is farther apart than the first and the last (rounding a difference is
        # monotonic): no mask to build (1,000 x 1,000) or apply, the same clusters.
        return None
    return np.abs(seconds[:, None] - seconds[None, :]) > max_days * 86400.0


def _average_link(similarity: np.ndarray, threshold: float, far: np.ndarray | None) -> np.ndarray:
    """Cluster labels: clusters merge while their mean pairwise similarity >= threshold."""
    n = similarity.shape[0]
    if n == 1:
        return np.zeros(1, dtype=np.int64)
    distance = np.clip(similarity, 0.0, 1.0)
    np.subtract(1.0, distance, out=distance)
    if far is not None:
        distance[far] = _FAR
    # "== threshold" stays inside (the epsilon), as with scipy's fcluster(t=1 - threshold + 1e-9).
    cutoff = 1.0 - threshold + 1e-9
    if distance.max() <= cutoff - _ONE_CLUSTER_MARGIN:
        # Every merge height is a weighted mean of these distances (Lance-Williams), so none
        # passes the cutoff: one cluster, without the n - 1 merges (~0.05 s per 1,000 articles).
        # The margin covers the rounding of those means (< 1e-12 even 1,000 merges deep).
        return np.zeros(n, dtype=np.int64)
    return average_link_clusters(distance, cutoff)


def average_link_clusters(distance: np.ndarray, cutoff: float) -> np.ndarray:
    """Flat average-link clusters: the components of the merges whose height is <= `cutoff`.

    The same merges, in the same order and with the same floats, as scipy's
    `linkage(squareform(distance), method="average")` (its nearest-neighbour-chain algorithm,
    ties broken the same way), cut like `fcluster(tree, cutoff, criterion="distance")`: only
    the partition is returned (labels are the smallest index of each cluster). Written here
    because importing scipy.cluster costs ~0.1 s (it loads scipy.spatial), more than
    clustering a thousand articles. Reads the upper triangle of `distance`, as `squareform`.
    Mutates nothing it is given.
    """
    n = distance.shape[0]
    if np.array_equal(distance, distance.T):
        d = distance.copy()
    else:
        d = np.triu(distance, 1)
        d += d.T
    np.fill_diagonal(d, np.inf)
    size = np.ones(n, dtype=np.int64)
    # Merged-away slots get +inf here instead of in their column of `d` (a strided write).
    dead = np.zeros(n)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    row = np.empty(n)  # scratch rows: the same arithmetic, without an allocation per step
    merged = np.empty(n)
    other = np.empty(n)
    chain: list[int] = []
    for _ in range(n - 1):
        if not chain:
            chain.append(int(np.flatnonzero(size)[0]))
        while True:  # follow nearest neighbours until two are each other's
            x = chain[-1]
            np.add(d[x], dead, out=row)
            y = int(row.argmin())  # the first of equals, as scipy's scan with "<"
            if len(chain) > 1:
                previous = chain[-2]
                if not row[y] < row[previous]:  # a tie keeps the previous link
                    y = previous
                    break
            chain.append(y)
        height = float(d[x, y])
        del chain[-2:]
        if x > y:
            x, y = y, x
        nx, ny = int(size[x]), int(size[y])
        # Lance-Williams for average link, scipy's expression (nx*d_x + ny*d_y) / (nx + ny)
        # (dead and own slots stay inf).
        np.multiply(d[x], nx, out=merged)
        np.multiply(d[y], ny, out=other)
        np.add(merged, other, out=merged)
        np.divide(merged, nx + ny, out=merged)
        size[x] = 0
        size[y] = nx + ny
        dead[x] = np.inf
        d[y] = merged
        d[:, y] = merged
        if height <= cutoff:
            a, b = find(x), find(y)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return np.array([find(i) for i in range(n)], dtype=np.int64)


def _members(labels: np.ndarray) -> list[list[int]]:
    by_label: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        by_label.setdefault(label, []).append(index)
    return list(by_label.values())


def _lead_first(arts: list[Article], similarity: np.ndarray) -> list[Article]:
    """Lead first: a full text over a teaser, then the most central, then the earliest, then id."""
    n = len(arts)
    centrality = (similarity.sum(axis=1) - np.diag(similarity)) / max(1, n - 1)
    order = sorted(
        range(n),
        key=lambda i: (
            arts[i].is_teaser,
            -round(float(centrality[i]), 9),
            arts[i].published,
            arts[i].id,
        ),
    )
    return [arts[i] for i in order]


def group_same_story(
    articles: Sequence[Article],
    *,
    topic_threshold: float = TOPIC_THRESHOLD,
    story_threshold: float = STORY_THRESHOLD,
    weights: BlockWeights = STORY_WEIGHTS,
    max_story_days: float | None = MAX_STORY_DAYS,
    big_topic: int | None = BIG_TOPIC,
    neighbours: int = NEIGHBOURS,
    neighbour_weight: float = NEIGHBOUR_WEIGHT,
    attach: bool = True,
) -> list[tuple[Article, ...]]:
    """Partition `articles` into same-story groups, lead article first in each.

    Three passes (see the module docstring): topics over the batch; stories inside each topic,
    with the big-topic rules (`big_topic` articles or more, None: never); stray reports attached
    to the story they clearly belong to (`attach`). Every article lands in exactly one group.
    Groups come biggest first, then by their lead's date and id, so the result is the same
    whatever order the articles came in.
    """
    if not articles:
        return []
    ordered = _canonical(articles)
    docs = [(a.title, a.text) for a in ordered]
    similarity = cosines(_batch_vectors(tuple(docs), weights))
    far = _too_far_apart(ordered, max_story_days)
    topics = _average_link(similarity, topic_threshold, far)
    stories: list[list[int]] = []
    for topic in _members(topics):
        if len(topic) == 1:  # one article, one story (what pass 2 would find, without the work)
            stories.append(topic)
            continue
        local = _story_similarity(
            [docs[i] for i in topic], weights, big_topic, neighbours, neighbour_weight
        )
        far_local = None if far is None else far[np.ix_(topic, topic)]
        for story in _members(_average_link(local, story_threshold, far_local)):
            stories.append([topic[i] for i in story])
    if attach:
        stories = _attach_strays(stories, similarity, far)
    groups = [
        tuple(_lead_first([ordered[i] for i in story], similarity[np.ix_(story, story)]))
        for story in stories
    ]
    groups.sort(key=lambda g: (-len(g), g[0].published, g[0].id))
    return groups


def _story_similarity(
    docs: list[tuple[str, str]],
    weights: BlockWeights,
    big_topic: int | None,
    neighbours: int,
    neighbour_weight: float,
) -> np.ndarray:
    """Pass 2's similarity inside one topic: cosines with IDF over the topic's own articles.

    In a big topic (many reports, so document frequency means something) two more rules:
    a term found in one article only is left out (it can tie that article to nothing, it only
    lengthens its vector: the reason short or rambling reports fell out of their story), and a
    pair gains `neighbour_weight` times the share of nearest neighbours they have in common
    (reports of one event have the same neighbours even when they share few words directly).
    """
    big = big_topic is not None and len(docs) >= big_topic
    local = cosines(vectors(docs, weights, min_df=2 if big else 1))
    if big and neighbour_weight > 0:
        local = local + neighbour_weight * _shared_neighbours(local, neighbours)
    return local


def _shared_neighbours(similarity: np.ndarray, k: int) -> np.ndarray:
    """For each pair, the share of their k nearest neighbours they have in common (0..1).

    Ties between equal similarities go to the lower index (as a stable sort would), so the
    result depends on the order only through that canonical order. The counts are whole
    numbers, so the sparse product below gives exactly the floats of the dense one it
    replaced (`knows @ knows.T`, a 1000^3 product for 1000 articles: ~0.1 s of the build).
    """
    n = similarity.shape[0]
    k = min(k, n - 1)
    if k < 1:
        return np.zeros_like(similarity)
    ranked = similarity.copy()
    np.fill_diagonal(ranked, -np.inf)
    rows = np.repeat(np.arange(n), k)
    knows = Csr.from_coo(np.ones(n * k), rows, _nearest(ranked, k).ravel(), (n, n))
    shared = (knows @ knows.transposed()).toarray()
    shared /= k
    np.fill_diagonal(shared, 0.0)
    return shared


def _nearest(ranked: np.ndarray, k: int) -> np.ndarray:
    """Per row, the columns of its k largest values, ties to the lower column: the set that
    `np.argsort(-ranked, axis=1, kind="stable")[:, :k]` picks (in column order), without
    sorting whole rows (a partition finds each row's k-th value; everything above it is in,
    then the first columns equal to it)."""
    n = ranked.shape[0]
    kth = -np.partition(-ranked, k - 1, axis=1)[:, k - 1 : k]
    above = ranked > kth
    at = ranked == kth
    room = k - above.sum(axis=1, keepdims=True)
    chosen = above | at
    crowded = np.flatnonzero(at.sum(axis=1) > room[:, 0])  # more ties than room: the first ones
    if crowded.size:
        chosen[crowded] = above[crowded] | (
            at[crowded] & (np.cumsum(at[crowded], axis=1) <= room[crowded])
        )
    return np.nonzero(chosen)[1].reshape(n, k)


def _attach_strays(
    stories: list[list[int]], similarity: np.ndarray, far: np.ndarray | None
) -> list[list[int]]:
    """Pass 3: a small group joins the big story it is clearly closest to.

    A report that the average link left out (a short wire item, a long piece that says more
    than the story) is still closest to its own story. A group of at most `ATTACH_MAX_SIZE`
    articles joins the story (at least `ATTACH_MIN_STORY` articles) whose mean batch cosine to
    it is highest, when that story is bigger than the group, the mean reaches `ATTACH_THRESHOLD`
    and it beats every other group's by `ATTACH_MARGIN` times. Decided on the groups as pass 2
    left them; a group that joins a story takes along the strays that chose it.
    """
    sizes = np.array([len(s) for s in stories])
    small = [g for g in range(len(stories)) if sizes[g] <= ATTACH_MAX_SIZE]
    if not small or len(stories) < 2 or not (sizes >= ATTACH_MIN_STORY).any():
        return stories
    sim = similarity if far is None else np.where(far, -1.0, similarity)
    order = np.concatenate([np.array(s, dtype=np.int64) for s in stories])
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    target: dict[int, int] = {}
    for g in small:
        rows = sim[stories[g]].mean(axis=0)[order]  # mean cosine to every article, story order
        means = np.add.reduceat(rows, starts) / sizes  # ... and to every group
        means[g] = -np.inf
        ranked = np.argsort(-means, kind="stable")
        best = int(ranked[0])
        second = float(means[ranked[1]]) if len(ranked) > 1 else 0.0
        if (
            sizes[best] >= max(ATTACH_MIN_STORY, sizes[g] + 1)
            and means[best] >= ATTACH_THRESHOLD
            and means[best] >= ATTACH_MARGIN * max(second, 0.0)
        ):
            target[g] = best
    if not target:
        return stories
    merged = {g: list(s) for g, s in enumerate(stories) if g not in target}
    for g, best in sorted(target.items()):
        while best in target:  # that group joins a bigger story itself: follow it (sizes grow)
            best = target[best]
        merged[best].extend(stories[g])
    return [sorted(s) for s in merged.values()]


def pick_check_also(
    groups: Sequence[tuple[Article, ...]],
    archive: Sequence[Article],
    *,
    min_similarity: float = CHECK_ALSO_MIN_SIMILARITY,
    same_story_threshold: float = SAME_STORY_THRESHOLD,
    max_story_days: float | None = MAX_STORY_DAYS,
    weights: BlockWeights = CHECK_ALSO_WEIGHTS,
    ranking: str = CHECK_ALSO_RANKING,
    idf_over: str = CHECK_ALSO_IDF_OVER,
    near_duplicate: float = NEAR_DUPLICATE,
    piece_threshold: float | None = PIECE_THRESHOLD,
    lead_chars: int | None = LEAD_CHARS,
    split_threshold: float | None = SPLIT_THRESHOLD,
    whole_event: bool = True,
    veto: Veto | None = SAME_STORY_VETO,
    gate: Gate | None = TOPIC_GATE,
    rerank: Reranker | None = RERANK,
    candidate_score: CandidateScore | None = CANDIDATE_SCORE,
) -> dict[str, Article | None]:
    """For each group (keyed by its first article's id) the other-story article worth reading next.
    Candidates are the articles of the other groups and of the archive. Excluded: the group's own
    articles (by id or URL); any *near-duplicate* of one of them, wherever it sits (`near_duplicate`
    of the shorter one's word runs in the other: a copy, rewrite or teaser); and any
    *same-story* archive article: its mean story similarity to the group reaches
    `same_story_threshold` within `max_story_days` of the group (earlier coverage of the same
    event). Otherwise the batch's groups are taken as they are. The rest are ranked by the
    similarity under `weights` of their group to this group (archive articles are groups of one;
    `ranking`: "centroid" or "mean" of article pairs), then of the article; a site's own related
    link (`Article.related`) is preferred. None when no candidate's own similarity to the group
    reaches `min_similarity`.
    *Pieces* get no link (`piece_threshold`, None: off; v5): a group of <= `PIECE_MAX_SIZE`
    articles at `piece_threshold` mean story similarity to a story of `PIECE_STORY_MIN`+ articles
    is an unplaced report of it (`_pieces`): its best candidates are its own story's pieces.

    *Same lead day* (`lead_chars`, None: off; v6): when the winner's batch group leads with a
    day this group leads with too (a day-grain date in a title or the first `lead_chars`
    characters, any member) and their years and months do not disagree, it reports the same
    event: the next candidate is taken (v7: checked against every group found so far to report
    it, `whole_event`). Reports state their event's day at the top. Batch candidates only.

    *Split stories* (`split_threshold`, None: off; v7): no link when the winner is a sibling
    piece — both groups of at most `ATTACH_MAX_SIZE` articles chained as nearest neighbours at
    `split_threshold` mean story similarity into a story of `PIECE_STORY_MIN`+ reports
    (`_split_stories`). v8 `veto`: `samestory`; v9 `gate`: `topicgate`; v10 `rerank`: `rerank`;
    `candidate_score`: `candscore` (off). `idf_over="groups"`: document frequency over groups (a
    story twenty outlets carry no longer makes its words look common; ECB+ 1-35 p@1 .797 -> .855).
    """
    groups = [tuple(g) for g in groups if g]
    if not groups:
        return {}
    pool: list[Article] = []
    pool_group: list[int] = []
    pool_lead: list[bool] = []
    seen_ids: set[str] = set()
    for gi, group in enumerate(groups):
        for position, article in enumerate(group):
            pool.append(article)
            pool_group.append(gi)
            pool_lead.append(position == 0)
            seen_ids.add(article.id)
    n_batch = len(groups)
    next_id = n_batch  # archive articles are groups of one, numbered after the batch's groups
    for article in _canonical(archive):
        if article.id in seen_ids:
            continue  # the archive may hold the batch itself, or one article twice
        seen_ids.add(article.id)
        pool.append(article)
        pool_group.append(next_id)
        pool_lead.append(True)
        next_id += 1
    # Canonical pool order, so floats (IDF, sums) do not depend on the caller's order.
    order = sorted(range(len(pool)), key=lambda i: _order_key(pool[i]))
    pool = [pool[i] for i in order]
    group_of = np.array([pool_group[i] for i in order], dtype=np.int64)
    is_lead = np.array([pool_lead[i] for i in order], dtype=bool)
    n_pool, n_groups = len(pool), next_id
    if n_groups == 1:  # one group and no archive: nothing else to suggest
        return {groups[0][0].id: None}
    docs = [(a.title, a.text) for a in pool]
    membership = Csr.from_coo(
        np.ones(n_pool), group_of, np.arange(n_pool), (n_groups, n_pool)
    )  # group x article
    sizes = membership.row_sums()
    if idf_over == "articles":
        pool_vectors = vectors(docs, weights)
    elif idf_over == "groups":  # see the docstring: better with true groups, worse with ours
        pool_vectors = vectors(docs, weights, units=group_of)
    else:
        raise ValueError(f"unknown idf_over {idf_over!r}")
    if ranking == "centroid":
        centroids = (membership @ pool_vectors).normalized()
        group_score = cosines(centroids.rows(n_batch), centroids)  # batch group x group
        article_score = cosines(centroids.rows(n_batch), pool_vectors)  # batch group x article
    elif ranking == "mean":
        from scipy import sparse

        scipy_vectors = pool_vectors.to_scipy()
        all_means = sparse.diags(1.0 / sizes) @ membership.to_scipy()
        article_score = ((all_means[:n_batch] @ scipy_vectors) @ scipy_vectors.T).toarray()
        group_score = (sparse.csr_matrix(article_score) @ all_means.T).toarray()
    else:
        raise ValueError(f"unknown ranking {ranking!r}")
    # session 11 (None: v11's score): the score that orders candidates, and the one rules judge
    order_score, group_score = rescore(candidate_score, group_score, pool, group_of, membership)
    story_vectors = vectors(docs, ARCHIVE_STORY_WEIGHTS)
    mean_rows = membership.rows(n_batch).scaled_rows(1.0 / sizes[:n_batch])
    story_score = cosines(mean_rows @ story_vectors, story_vectors)
    seconds = np.array([a.published.timestamp() for a in pool], dtype=np.float64)
    is_archive = group_of >= n_batch
    by_url: dict[str, int] = {}
    with_id: dict[str, list[int]] = {}
    with_url: dict[str, list[int]] = {}
    for index, article in enumerate(pool):
        with_id.setdefault(article.id, []).append(index)
        with_url.setdefault(article.url, []).append(index)
        if article.url:
            by_url.setdefault(article.url, index)
    in_batch = np.flatnonzero(group_of < n_batch)
    duplicates = _near_duplicates(pool, in_batch, near_duplicate)  # batch article x pool
    row_of = np.full(n_pool, -1, dtype=np.int64)
    row_of[in_batch] = np.arange(len(in_batch))
    piece_of = (
        _pieces([docs[i] for i in in_batch], group_of[in_batch], n_batch, piece_threshold)
        if piece_threshold is not None
        else np.full(n_batch, -1, dtype=np.int64)
    )
    profiles: dict[int, EventProfile] = {}  # batch group -> its event profile, when asked

    def profile(g: int) -> EventProfile:
        if g not in profiles:
            texts = [(a.title, a.text) for a in groups[g]]
            profiles[g] = event_profile(texts, lead_chars or LEAD_CHARS)
        return profiles[g]

    split_of = (
        _split_stories(
            [docs[i] for i in in_batch],
            group_of[in_batch],
            n_batch,
            split_threshold,
            lambda g, h: years_apart(profile(g), profile(h)),
        )
        if split_threshold is not None
        else np.full(n_batch, -1, dtype=np.int64)
    )
    view = PoolView(groups, pool, group_of, n_batch, story_score, group_score, profile, {})
    ranked = None if rerank is None else RankState(rerank, view._replace(group_score=order_score))

    def rank(candidates: np.ndarray, gi: int, linked: np.ndarray) -> int | None:
        plain = partial(_best, gi=gi, linked=linked, group_of=group_of, group_score=order_score,
                        article_score=article_score, is_lead=is_lead)  # fmt: skip
        if ranked is None or linked[candidates].any():
            return plain(candidates)
        return ranked.best(candidates, gi, plain)

    result: dict[str, Article | None] = {}
    for gi, group in enumerate(groups):
        if piece_of[gi] >= 0:
            result[group[0].id] = None
            continue
        members = np.flatnonzero(group_of == gi)
        own_urls = {a.url for a in group if a.url}
        own_ids = {a.id for a in group}
        # The batch's own groups already say what is the same story; only the archive is judged.
        same_story = (story_score[gi] >= same_story_threshold) & is_archive
        if max_story_days is not None:
            times = np.sort(seconds[members])
            slot = np.clip(np.searchsorted(times, seconds), 1, len(times)) - 1
            nearest = np.minimum(
                np.abs(seconds - times[slot]),
                np.abs(seconds - times[np.minimum(slot + 1, len(times) - 1)]),
            )
            same_story &= nearest <= max_story_days * 86400.0
        admissible = (group_of != gi) & ~same_story & (article_score[gi] >= min_similarity)
        admissible &= ~duplicates[row_of[members]].any(axis=0)
        for own in own_ids:  # the group's own articles, by id or URL, wherever they sit
            admissible[with_id[own]] = False
        for own in own_urls:
            admissible[with_url[own]] = False
        candidates = np.flatnonzero(admissible)
        if candidates.size == 0:
            result[group[0].id] = None
            continue
        linked = np.zeros(n_pool, dtype=bool)
        for article in group:
            for link in article.related:
                if link.url in by_url:
                    linked[by_url[link.url]] = True
        best = rank(candidates, gi, linked)
        if lead_chars is not None:  # v6: the winner, if it reports the same event, steps aside
            story = [gi]  # v7: and so do the groups found to report it (`whole_event`)
            while best is not None and group_of[best] < n_batch:
                winner = int(group_of[best])
                if not any(same_event(profile(g), profile(winner)) for g in story):
                    break
                if whole_event:
                    story.append(winner)
                candidates = candidates[group_of[candidates] != winner]
                best = rank(candidates, gi, linked)
        if best is not None and split_of[gi] >= 0 and group_of[best] < n_batch:
            if split_of[int(group_of[best])] == split_of[gi]:  # v7: a sibling piece
                best = None
        walk = partial(rank, gi=gi, linked=linked)  # the winner among what is left
        if veto is not None and best is not None:  # v8: `samestory`
            best = veto_walk(veto, view, gi, best, candidates, walk)
        if gate is not None and best is not None and not linked[best]:  # v9: `topicgate`
            best = gate_walk(gate, view, gi, best, candidates, walk, veto)
        result[group[0].id] = None if best is None else pool[best]
    return result


def _best(
    candidates: np.ndarray,
    gi: int,
    linked: np.ndarray,
    group_of: np.ndarray,
    group_score: np.ndarray,
    article_score: np.ndarray,
    is_lead: np.ndarray,
) -> int | None:
    """The winning candidate for batch group `gi` (a pool index), None when there is none."""
    if candidates.size == 0:
        return None
    # Only the candidates that can win go through the exact (rounded) comparison below:
    # a linked one beats any other, and rounding to 12 places moves a score by < 1e-12.
    if linked[candidates].any():
        candidates = candidates[linked[candidates]]
    scores = group_score[gi, group_of[candidates]]
    candidates = candidates[scores >= scores.max() - 1e-9]
    return max(
        candidates.tolist(),
        key=lambda i: (
            bool(linked[i]),
            round(float(group_score[gi, group_of[i]]), 12),
            bool(is_lead[i]),  # the story's own lead speaks for it (the caller's first)
            round(float(article_score[gi, i]), 12),
            -i,  # canonical position: the smaller id wins a tie
        ),
    )


def _split_stories(
    docs: list[tuple[str, str]],
    group_of: np.ndarray,
    n_groups: int,
    threshold: float,
    apart: Callable[[int, int], bool],
) -> np.ndarray:
    """For each batch group, the split story it is a piece of (an id), else -1 (v7).

    A group of at most `ATTACH_MAX_SIZE` articles is tied to its nearest group (`_pieces`'
    measure) when that is another such group at `threshold` or more; tied groups that add up
    to `PIECE_STORY_MIN`+ articles are one story split into pieces with no big group among them
    (one event many outlets told differently). Nearest neighbours, not a cluster, so a chain
    stops where a piece is closer to anything else. At 0.25 the Zyte day has no such chain
    (at 0.2 it has): same-subject stories are rarely a piece's nearest that closely. Two
    groups `apart` (naming years, none in common: two quakes years apart) are never tied.
    """
    sizes = np.bincount(group_of, minlength=n_groups)
    small = np.flatnonzero(sizes <= ATTACH_MAX_SIZE)
    split = np.full(n_groups, -1, dtype=np.int64)
    if len(small) < 2 or sizes[small].sum() < PIECE_STORY_MIN:
        return split
    to_groups = _mean_story_cosines(docs, group_of, sizes, small)
    to_groups[np.arange(len(small)), small] = -np.inf  # not its own nearest
    nearest = to_groups.argmax(axis=1)  # the first of equals: the lower group index
    closest = to_groups[np.arange(len(small)), nearest]
    tied = (closest >= threshold) & (sizes[nearest] <= ATTACH_MAX_SIZE)
    parent = np.arange(n_groups)

    def root(g: int) -> int:
        while parent[g] != g:
            g = int(parent[g])
        return g

    for g, h in zip(small[tied].tolist(), nearest[tied].tolist(), strict=True):
        if apart(g, h):
            continue
        a, b = root(g), root(h)
        parent[max(a, b)] = min(a, b)
    roots = np.array([root(g) for g in range(n_groups)], dtype=np.int64)
    total = np.bincount(roots, weights=sizes, minlength=n_groups)
    count = np.bincount(roots, minlength=n_groups)
    chained = (sizes <= ATTACH_MAX_SIZE) & (count[roots] >= 2) & (total[roots] >= PIECE_STORY_MIN)
    split[chained] = roots[chained]
    return split


def _mean_story_cosines(
    docs: list[tuple[str, str]], group_of: np.ndarray, sizes: np.ndarray, small: np.ndarray
) -> np.ndarray:
    """Mean pairwise story cosine, as pass 3 of grouping measures it (`STORY_WEIGHTS`, IDF over
    the batch), between each group in `small` and every group: small group x group."""
    story = _batch_vectors(tuple(docs), STORY_WEIGHTS)  # pass 1's, when the batch is the same
    position = np.full(len(sizes), -1, dtype=np.int64)
    position[small] = np.arange(len(small))
    in_small = position[group_of] >= 0
    means = Csr.from_coo(
        1.0 / sizes[group_of[in_small]],
        position[group_of[in_small]],
        np.flatnonzero(in_small),
        (len(small), len(docs)),
    )  # small group x article: the group's mean row
    to_articles = cosines(means @ story, story)  # small group x article: mean cosine
    to_groups = np.zeros((len(small), len(sizes)))
    np.add.at(to_groups.T, group_of, to_articles.T)  # per group, its articles in order
    to_groups /= sizes
    return to_groups


def _pieces(
    docs: list[tuple[str, str]], group_of: np.ndarray, n_groups: int, threshold: float
) -> np.ndarray:
    """For each batch group, the big story it is a piece of (its index), else -1.

    Mean pairwise story cosine (`_mean_story_cosines`) between each group of at most
    `PIECE_MAX_SIZE` articles and each group of at least `PIECE_STORY_MIN`; a small group is a
    piece of the closest big one when that mean reaches `threshold`. Why a size gap and not a
    margin: on ECB+ topics 1-35 every same-story Check Also link left came from a 1-2 article
    group next to its own story of 7-8 reports, while the other event of the topic (the right
    link) was about as close: no similarity margin tells them apart (notes/related.md, v5).
    """
    sizes = np.bincount(group_of, minlength=n_groups)
    small = np.flatnonzero(sizes <= PIECE_MAX_SIZE)
    big = np.flatnonzero(sizes >= PIECE_STORY_MIN)
    home = np.full(n_groups, -1, dtype=np.int64)
    if not small.size or not big.size:
        return home
    to_big = _mean_story_cosines(docs, group_of, sizes, small)[:, big]
    closest = to_big.argmax(axis=1)  # the first of equals: the lower group index
    found = to_big[np.arange(len(small)), closest] >= threshold
    home[small[found]] = big[closest[found]]
    return home


def _shingle_sets(pool: Sequence[Article]) -> Csr:
    """One row per article: 1 for each distinct run of three words of its title and text.

    Runs of words, not words: a short report shares most of its words with any long article on
    the subject, but only a copy, a rewrite or a cut-down version shares its phrasing.
    """
    vocab: dict[str, int] = {}
    codes: list[np.ndarray] = []
    for article in pool:
        words = _WORDS.findall(f"{article.title}\n{article.text}".lower())
        codes.append(np.array([vocab.setdefault(w, len(vocab)) for w in words], dtype=np.int64))
    base = max(1, len(vocab))
    runs = [c[:-2] * base * base + c[1:-1] * base + c[2:] for c in codes]  # < 2**63: base < 2e6
    lengths = np.array([len(r) for r in runs], dtype=np.int64)
    if not lengths.sum():
        return Csr.empty((len(pool), 1))
    flat = np.concatenate(runs)
    rows = np.repeat(np.arange(len(pool), dtype=np.int64), lengths)
    shingles, columns = np.unique(flat, return_inverse=True)
    pairs = np.sort(rows * len(shingles) + columns)
    # Each (article, run) once. (Sorting and dropping repeats: numpy 2's np.unique without
    # return_inverse hashes int64 keys, and is about ten times slower here.)
    pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
    return Csr.from_coo(
        np.ones(len(pairs)),
        pairs // len(shingles),
        pairs % len(shingles),
        (len(pool), len(shingles)),
    )


_WORDS = re.compile(r"\w+", re.UNICODE)


def _near_duplicates(pool: Sequence[Article], rows: np.ndarray, threshold: float) -> np.ndarray:
    """For each pool article in `rows`, a mask of the pool articles that nearly copy it.

    Containment of three-word runs, not cosine: no IDF and no weights, so the test does not
    depend on what else is in the batch. Two articles too short for a single run are duplicates
    when their title and text are equal.
    """
    sets = _shingle_sets(pool)
    sizes = sets.row_sums()
    shared = (Csr(*_rows_of(sets, rows)) @ sets.transposed()).toarray()  # runs in common
    smaller = np.minimum(sizes[rows][:, None], sizes[None, :])
    with np.errstate(divide="ignore", invalid="ignore"):
        duplicate = np.where(smaller > 0, shared / smaller, 0.0) >= threshold
    exact: dict[tuple[str, str], list[int]] = {}
    for index, article in enumerate(pool):
        exact.setdefault((article.title.strip(), article.text.strip()), []).append(index)
    for r, index in enumerate(rows.tolist()):
        if sizes[index] == 0:
            a = pool[index]
            duplicate[r, exact[(a.title.strip(), a.text.strip())]] = True
    return duplicate


def _rows_of(
    matrix: Csr, rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]:
    """The arrays of `matrix[rows]` (rows in the given order), for a `Csr`."""
    starts, ends = matrix.indptr[rows], matrix.indptr[rows + 1]
    lengths = (ends - starts).astype(np.int64)
    take = (
        np.concatenate([np.arange(a, b) for a, b in zip(starts, ends, strict=True)])
        if len(rows)
        else np.zeros(0, dtype=np.int64)
    )
    indptr = np.concatenate(([0], np.cumsum(lengths))).astype(matrix.indptr.dtype)
    return indptr, matrix.indices[take], matrix.data[take], (len(rows), matrix.shape[1])
