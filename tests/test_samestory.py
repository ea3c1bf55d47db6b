"""v8: the learned same-story veto of Check Also (`digest.compose.samestory`)."""

from __future__ import annotations

import numpy as np
from test_related import CHURCH_FIRE, MAT_MAID, art

from digest.compose import samestory
from digest.compose.related import pick_check_also
from digest.model.types import Article

BUDGET = [
    art(
        f"bd{i}",
        f"Parliament passes the budget {w}",
        f"Members of parliament voted {w} on the spending plan; the finance minister said taxes "
        f"on fuel and tobacco rise next year. {w.capitalize()} the opposition walked out.",
    )
    for i, w in enumerate(
        ["tonight", "after a long debate", "by ten votes", "at midnight", "despite protests"]
    )
]
FINAL = [
    art(
        f"fb{i}",
        f"United win the cup final {w}",
        f"United beat City in the cup final {w}; the striker scored twice and the goalkeeper "
        f"saved a penalty. Fans celebrated {w} in the square.",
    )
    for i, w in enumerate(["at Wembley", "after extra time", "with a late goal", "on Saturday"])
]


def test_a_piece_of_the_own_story_is_passed_over_for_the_other_event():
    """Two small pieces of one fire (2 + 2 reports, no day in their leads, too few for v7's
    split rule, unlike the day's other stories of 5 and 4) among bigger stories: each is the
    other's nearest. The veto passes over the sibling: the first piece links the other fire;
    with the veto off it links its own story. The other fire keeps its link."""
    pieces = [tuple(MAT_MAID[0:2]), tuple(MAT_MAID[2:4])]
    groups = [*pieces, tuple(CHURCH_FIRE), tuple(BUDGET), tuple(FINAL)]
    off = pick_check_also(groups, [], veto=None)
    assert off["mm0"].id == "mm2" and off["mm2"].id == "mm0"  # its own story
    picks = pick_check_also(groups, [])  # the shipped veto
    assert picks["mm0"].id == "wc0"  # the other fire
    assert picks["mm2"] is None  # nothing else close enough
    assert picks["wc0"] is not None and picks["wc0"].id == off["wc0"].id


def test_the_veto_follows_sizes_relative_to_the_day():
    """The same pair of pieces scores lower when every story of the day is as small (a real
    news day: stories of 1-4 reports), and a same lead day raises it."""
    veto = samestory.SAME_STORY_VETO
    x = np.zeros(len(samestory.FEATURES))
    x[samestory.FEATURES.index("story_max")] = 0.3
    small = x.copy()
    small[samestory.FEATURES.index("log_item_share")] = np.log(1 / 5)
    small[samestory.FEATURES.index("log_candidate_share")] = np.log(1 / 5)
    assert veto.p_same(small) > veto.threshold > veto.p_same(x)
    day = x.copy()
    day[samestory.FEATURES.index("same_lead_day")] = 1.0
    assert veto.p_same(day) > veto.threshold
    assert set(samestory.SAME_STORY_WEIGHTS) <= set(samestory.FEATURES)


class _VetoAll:
    depth = 2

    def __init__(self) -> None:
        self.seen: list[str] = []

    def vetoes(self, x: np.ndarray, item: tuple[Article, ...], candidate: Article) -> bool:
        self.seen.append(candidate.id)
        return True


def test_after_depth_vetoes_the_item_gets_no_link():
    groups = [(MAT_MAID[0],), (MAT_MAID[2],), (MAT_MAID[4],), tuple(CHURCH_FIRE)]
    veto = _VetoAll()
    picks = pick_check_also(groups, [], veto=veto, split_threshold=None)
    assert all(v is None for v in picks.values())
    assert len(veto.seen) <= 2 * len(groups)
    archive = [art("ar1", MAT_MAID[5].title, MAT_MAID[5].text, days=10)]
    kept = pick_check_also(groups[:1], archive, veto=_VetoAll())  # archive: not the veto's
    assert kept["mm0"] is not None and kept["mm0"].id == "ar1"
