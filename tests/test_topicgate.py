"""v9: the learned on-topic gate of Check Also (`digest.compose.topicgate`)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from test_related import KERMANSHAH, KERMANSHAH_PIECE, QUAKE_B1, QUAKE_B2, art

from digest.compose import samestory, topicgate
from digest.compose.eventfeat import event_profile
from digest.compose.related import pick_check_also
from digest.model.types import Article

TOPICS = {  # six kinds of event, two events of each (another country), two reports per event
    "quake": ("earthquake", "magnitude", "tremor", "epicentre", "rescuers"),
    "flood": ("flood", "river", "rainfall", "levee", "evacuated"),
    "strike": ("strike", "union", "workers", "wages", "picket"),
    "election": ("election", "ballot", "candidate", "polls", "turnout"),
    "trial": ("trial", "jury", "verdict", "defendant", "judge"),
    "fire": ("wildfire", "blaze", "firefighters", "acres", "smoke"),
}
PLACES = (
    ("Chile", "Santiago", "Valparaiso"),
    ("Japan", "Osaka", "Kobe"),
    ("Peru", "Lima", "Cusco"),
    ("Italy", "Rome", "Naples"),
    ("Kenya", "Nairobi", "Mombasa"),
    ("Brazil", "Recife", "Manaus"),
    ("Canada", "Quebec", "Ottawa"),
    ("Spain", "Madrid", "Seville"),
    ("Ghana", "Accra", "Kumasi"),
    ("Norway", "Oslo", "Bergen"),
    ("Egypt", "Cairo", "Luxor"),
    ("Chad", "Ndjamena", "Abeche"),
)
# A story with no other story of its kind that day; it names the earthquake that once closed the
# museum, so its closest candidate is a quake report, far weaker than the day's usual link.
MUSEUM = (
    art(
        "lone0",
        "Museum opens a new wing for modern sculpture",
        "The museum opened a wing for modern sculpture; curators said the collection of bronze "
        "and marble pieces drew crowds. The earthquake, its magnitude and tremor near the "
        "epicentre had closed it; rescuers sheltered there after the earthquake.",
    ),
    art(
        "lone1",
        "Sculpture wing opens at the museum",
        "Curators opened the museum's sculpture wing of bronze and marble works to crowds.",
    ),
)


def _event(name: str, words: tuple[str, ...], event: int, place: tuple[str, ...]) -> tuple:
    country, city, town = place
    return tuple(
        art(
            f"{name}{event}{r}",
            f"{words[0].capitalize()} in {country}: {words[1]} {words[2]}",
            f"The {words[0]} near {city} and {town} in {country} brought {words[1]}, {words[2]} "
            f"and {words[3]}; {words[4]} said the {words[0]} in {country} "
            f"{'was the worst' if r else 'hit hard'}. {city} officials met.",
        )
        for r in range(2)
    )


def _day() -> list[tuple[Article, ...]]:
    groups = [
        _event(name, words, e, PLACES[2 * t + e])
        for t, (name, words) in enumerate(TOPICS.items())
        for e in range(2)
    ]
    return [*groups, MUSEUM]


def test_a_link_far_weaker_than_the_days_usual_link_is_dropped():
    """13 groups: every event links the other event of its kind; the museum story has no story
    of its kind, and its best candidate (a quake report it shares a few words with) scores a
    fraction of the day's typical best score: the gate drops it. With the gate off it is the
    link. Every on-topic link stays."""
    groups = _day()
    off = pick_check_also(groups, [], gate=None)
    assert off["lone0"] is not None and off["lone0"].id.startswith("quake")  # off topic
    picks = pick_check_also(groups, [])
    assert picks["lone0"] is None
    for group in groups[:-1]:
        lead = group[0].id
        assert picks[lead] is not None and picks[lead].id[:-2] == lead[:-2]  # the other event
        assert picks[lead].id != lead and picks[lead] == off[lead]


def test_the_days_typical_score_ignores_the_archive():
    """Yesterday's reports of today's stories (in the archive) score near 1 with their groups;
    the typical best score is taken over the day's own groups only."""
    groups = [(art(f"g{i}", f"title {i}", f"text {i}"),) for i in range(3)]
    old = art("old", "title 0", "text 0", days=1)
    group_score = np.array(  # batch group x group (3 batch groups, then the archive article)
        [[1.0, 0.4, 0.2, 0.95], [0.4, 1.0, 0.3, 0.9], [0.2, 0.3, 1.0, 0.1]]
    )
    view = samestory.PoolView(
        groups=groups,
        pool=[g[0] for g in groups] + [old],
        group_of=np.arange(4),
        n_batch=3,
        story_score=np.zeros((3, 4)),
        group_score=group_score,
        profile=lambda g: event_profile([], 800),
        memo={},
    )
    # best other batch group: 0.4, 0.4, 0.3 -> typical 0.4 (with the archive: 0.95, 0.9, 0.3 -> 0.9)
    x = topicgate.gate_features(view, 1, 0, np.array([0, 2, 3]), 0, ("batch_rel",))
    assert x[0] == pytest.approx(0.4 / 0.4)


def test_a_small_batch_keeps_its_links():
    """Below `GATE_MIN_GROUPS` groups there is no day to compare with: nothing is dropped. In
    this 3-group day (a quake of 5 reports, an unplaced piece of it, another quake) the piece
    and its story set the "typical" score; without the floor the two quakes lose their links."""
    groups = [tuple(KERMANSHAH), (KERMANSHAH_PIECE,), (QUAKE_B1, QUAKE_B2)]
    assert len(groups) < topicgate.GATE_MIN_GROUPS
    picks = pick_check_also(groups, [])
    assert picks == pick_check_also(groups, [], gate=None)
    assert picks["qb1"] is not None and picks["k0"] is not None
    no_floor = dataclasses.replace(topicgate.TOPIC_GATE, min_groups=0)
    assert pick_check_also(groups, [], gate=no_floor)["qb1"] is None


def test_the_gate_reads_the_link_relative_to_the_day():
    """P(on topic) rises with the link's score over the day's typical best score and falls as
    the two groups grow bigger than the day's mean group and as more of the day's other groups
    are closer to the pick than the item is: scale-free, so a real day's lower similarity levels
    do not drop its links."""
    gate = topicgate.TOPIC_GATE
    names = ("log_item_share", "log_candidate_share", "mutual_pct", "batch_rel")
    assert gate is not None and gate.names == names

    def p(rel: float, item: float = 1.0, cand: float = 1.0, closer: float = 0.0) -> float:
        return gate.p_topic(np.array([np.log(item), np.log(cand), closer, rel]))

    assert p(1.0) > gate.threshold > p(0.15)
    assert p(0.55) > gate.threshold > p(0.55, item=3.0, cand=3.0)
    assert p(1.0) > gate.threshold > p(1.0, closer=0.1)


def _view(score: np.ndarray) -> samestory.PoolView:
    """A day of one-article groups whose batch x group scores are `score`."""
    n = len(score)
    groups = [(art(f"g{i}", f"title {i}", f"text {i}"),) for i in range(n)]
    return samestory.PoolView(
        groups=groups,
        pool=[g[0] for g in groups],
        group_of=np.arange(n),
        n_batch=n,
        story_score=np.zeros((n, n)),
        group_score=score,
        profile=lambda g: event_profile([], 800),
        memo={},
    )


def test_a_pick_other_stories_are_closer_to_steps_to_the_next_candidate():
    """v13: item 0's best candidate (group 1, score 0.5) is closer to nine of the day's ten other
    groups (0.6) than to the item; its runner-up (group 2, 0.45) is close to nobody else. v9's
    gate kept the first (its score is near the day's usual link); v13's passes it over and takes
    the runner-up."""
    n = 12
    score = np.full((n, n), 0.05)
    np.fill_diagonal(score, 1.0)
    score[0, 1], score[0, 2] = 0.5, 0.45
    for g in range(3, n):
        score[g, 1] = score[1, g] = 0.6
    score = np.maximum(score, score.T)
    view = _view(score)
    candidates = np.arange(1, n)

    def rank(left: np.ndarray) -> int | None:
        return int(left[np.argmax(score[0, left])]) if left.size else None

    assert topicgate.TOPIC_GATE is not None and topicgate.TOPIC_GATE.step
    assert topicgate.gate_walk(topicgate.V9_GATE, view, 0, 1, candidates, rank) == 1
    assert topicgate.gate_walk(topicgate.TOPIC_GATE, view, 0, 1, candidates, rank) == 2
    x = topicgate.gate_features(view, 0, 1, candidates, 0, ("mutual_pct", "batch_rel"))
    assert x == pytest.approx([9 / 10, 0.5 / 0.6])
