"""The disjoint rule's short pick, overruled when the precision pass sides with the long block.

`disjoint` (extract_rules) keeps the shorter of two unrelated blocks when the page's evidence
(headline, title and description words, no link list) anchors it better. On a page without a
description that evidence is thin: set M's `m-nonprofit-update-06` anchored a 52-word earlier
update over the 412-word story (digest F1 0.00, trafilatura 0.90), while trafilatura's precision
pass held the story too. A third extraction that agrees with the long block and not with the
short one is a witness the anchoring score cannot outweigh: the long block is kept. (On that page
the precision pass held the update too, 50 of its 445 words: it agreed with the story, 0.94, not
with the update.) It uses the rules' `disagree` threshold, no new one. Cost: the precision pass
runs on a page only when `disjoint` would keep the shorter block (rare).
"""

from __future__ import annotations

from typing import Protocol

PRECISE = "precise"  # trafilatura's precision pass (extract_rules.PRECISE)


class Agreeing(Protocol):
    def agreement(self, a: str, b: str) -> float: ...


def outvoted(cands: Agreeing, short: str, long: str, disagree: float) -> bool:
    """The precision pass agrees with the long block and not with the short one (shingle F1
    at least / below `disagree`): its text is mostly the long block's, whatever else it holds."""
    return cands.agreement(PRECISE, long) >= disagree > cands.agreement(PRECISE, short)
