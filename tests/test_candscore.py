"""Session 11: variants of Check Also's candidate score (`digest.compose.candscore`), measured by
bench/bench_candidates.py and not shipped (none met the pre-registered criterion)."""

from __future__ import annotations

import numpy as np
from test_rerank import ATHENS, BANK, VOTE

from digest.compose import candscore, rerank
from digest.compose.candscore import MIN_GROUPS, CandidateScore, centered, rescore, typical
from digest.compose.related import pick_check_also
from digest.compose.textsim import Csr


def _day(n: int = 12) -> np.ndarray:
    """Batch x group scores: item 0; group 1 is close to everything (0.30 to every group), group
    2 is close to the item only (0.25) and far from the rest (0.02)."""
    score = np.full((n, n), 0.05)
    score[:, 1] = score[1, :] = 0.30
    score[:, 2] = score[2, :] = 0.02
    score[0, 2] = score[2, 0] = 0.25
    np.fill_diagonal(score, 1.0)
    return score


def _rescore(score: CandidateScore | None, group_score: np.ndarray) -> tuple:
    n = group_score.shape[1]
    membership = Csr.from_coo(np.ones(n), np.arange(n), np.arange(n), (n, n))
    return rescore(score, group_score, [], np.arange(n), membership)


def test_shipped_score_is_v11s() -> None:
    assert candscore.CANDIDATE_SCORE is None
    groups = [ATHENS, BANK, VOTE]
    shipped = pick_check_also(groups, [])
    assert pick_check_also(groups, [], candidate_score=None) == shipped
    assert not {"hub_rel", "local_rel"} & set(rerank.NEWS_RERANK.weights)


def test_hub_lets_the_candidate_close_to_this_item_win() -> None:
    day = _day()
    assert int(np.argmax(day[0, 1:])) + 1 == 1  # the word-closest: the group close to everything
    for score in (CandidateScore(hub=0.5), CandidateScore(hub=0.5, local_k=10)):
        order, rules = _rescore(score, day)
        assert int(np.argmax(order[0, 1:])) + 1 == 2
        assert rules is order


def test_order_only_leaves_the_rules_score() -> None:
    day = _day()
    order, rules = _rescore(CandidateScore(hub=0.5, rank_only=True), day)
    assert rules is day and int(np.argmax(order[0, 1:])) + 1 == 2
    assert _rescore(None, day) == (day, day)


def test_small_batches_are_not_rescaled() -> None:
    small = _day(MIN_GROUPS - 1)
    for score in (CandidateScore(hub=0.5), CandidateScore(center=True)):
        assert np.array_equal(_rescore(score, small)[0], small)


def test_centered_is_the_cosine_after_the_mean_centroid_is_taken_out() -> None:
    rng = np.random.default_rng(3)
    c = rng.random((15, 40))
    c /= np.linalg.norm(c, axis=1)[:, None]
    n_batch = 12
    d = c - c[:n_batch].mean(axis=0)
    d /= np.linalg.norm(d, axis=1)[:, None]
    got = centered((c @ c.T)[:n_batch])
    assert np.allclose(got, (1.0 + d[:n_batch] @ d.T) / 2.0)
    assert int(np.argmax(centered(_day())[0, 1:])) + 1 == 2


def test_typical_mean_and_local() -> None:
    day = _day()
    mean = typical(day, 0)
    assert np.isclose(mean[1], (0.30 * 10 + 0.02) / 11)  # group 2 is far from everything
    assert np.isclose(mean[2], (0.25 + 0.02 * 10) / 11)
    assert np.isclose(typical(day, 1)[2], 0.25)  # its best score from another group: the item's
