"""Session 11: variants of Check Also's candidate score (`digest.compose.candscore`), measured by
bench/bench_candidates.py; v12 (hubness 0.5, half the title + lead cosine) shipped after the
blind paired BBC labels (notes/related.md, session 11)."""

# ruff: noqa: E501  (the day's reports read better as whole lines)

from __future__ import annotations

import numpy as np
from test_related import art

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


# A day of twelve reports. The item is a school shooting; the word-closest other story is a
# police hunt written in the words every crime report uses (close to five other crime stories);
# the next is another school shooting. v11 links the police hunt, v12 the school shooting.
_CRIME_DAY = [
    ("item", "Teenager shot outside Brooklyn high school", "A teenager was shot outside a Brooklyn high school; police officers hunted the gunman after the shooting and arrested a suspect, police said. Officers found the gun."),
    ("hub", "Police hunt gunman after shooting", "Police officers hunted a gunman after a shooting; the suspect was arrested, charged and taken to court, police said. Officers said the gun was found and the shooting suspect, a teenager, was held; police and officers searched as the gunman was arrested."),
    ("school", "Student shot near Chicago high school", "A student was wounded near a Chicago high school at lunchtime; classmates sheltered in the gym and the school was locked."),
    ("c1", "Court jails robber for bank raid", "A court jailed a robber for a bank raid; police arrested him after officers found the gun, and he was charged."),
    ("c2", "Store clerk hurt in robbery shooting", "A store clerk was hurt in a shooting during a robbery; police arrested a suspect and officers found a gun."),
    ("c3", "Officers fired on at traffic stop", "Officers were fired on at a traffic stop; police arrested the gunman and charged him in court."),
    ("c4", "Man charged over knife attack", "A man was charged over a knife attack; police officers arrested the suspect and he appeared in court."),
    ("c5", "Police arrest suspect in car theft ring", "Police arrested a suspect in a car theft ring; officers charged him and he was held for court."),
    ("o1", "Central bank raises interest rates", "The central bank raised interest rates by a quarter point to curb inflation, economists said."),
    ("o2", "United win cup final on penalties", "United won the cup final on penalties after a goalless draw at Wembley, the manager said."),
    ("o3", "Film tops weekend box office", "The animated film topped the weekend box office with takings of forty million dollars."),
    ("o4", "Storm brings floods to coast", "A storm brought floods to the coast as rivers burst their banks and roads were closed."),
]  # fmt: skip


def test_v12_is_shipped_and_links_the_story_close_to_this_item() -> None:
    assert candscore.CANDIDATE_SCORE == CandidateScore(hub=0.5, lead=0.5)
    assert rerank.RERANK is rerank.V12_RERANK
    day = [(art(i, title, text),) for i, title, text in _CRIME_DAY]
    v12 = pick_check_also(day, [])["item"]
    v11 = pick_check_also(day, [], candidate_score=None, rerank=rerank.NEWS_RERANK)["item"]
    assert v11 is not None and v11.id == "hub"
    assert v12 is not None and v12.id == "school"
    assert not {"hub_rel", "local_rel"} & set(rerank.V12_RERANK.weights)


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
