"""The story every quick extraction lost together: trafilatura's full cascade, when the page's
description says so.

Pure, like `extract_rules`, whose choice it checks last. No network, disk or clock.

Why: `extract_rules`' guard asks trafilatura's full cascade only about a pick that disagrees with
trafilatura's broad pass, so it cannot see a page on which all the quick extractions took the same
wrong block. An old-Reddit thread page (set P's `oldreddit-self`) is built so: the side bar comes
first in the document and holds the subreddit's rules in the same `div.usertext-body > div.md`
markup as the post and each comment, so trafilatura's broad and precision passes and readability
all keep the rules box (the pick F1 0 on 14 of 28 pages, trafilatura's own cascade 1.0 on them).
The page's description (og:description, meta description, the feed's summary) is evidence no
extractor made: the post's first sentence there, none of the rules' words. So when the pick,
trafilatura's broad pass and readability all hold under half of the description's content words
(`1 - evidence_lost`; the first two found as substrings), and trafilatura's cascade,
a different block (agreement below `guard_agree`), holds `evidence_lost` more of them than the
pick, the cascade is the article. Both numbers are the guard's, reused, not fitted here.

Figures (sets A-P, every seed, 6,312 pages; notes/extract.md, "Session 12 (helper h-reddit)"):
the rule changes 10 pages, all set P's old-Reddit pages, each from F1 0 to 0.99-1.0; outright
failures (digest F1 < 0.5 where trafilatura >= 0.8) 14 -> 4, and 4 under leave-one-set-out CV
of both thresholds. "At most half" instead of "under half" also took one right pick of set C
(an episode page whose pick holds exactly half), the one difference between the two. The exact
share is counted on 96 of the 6,312 pages, after a cheap first look (`_lacks_half`). That broad
and readability must lack the description too keeps the cascade from running where the pick is
a cut that dropped a standfirst broad kept (3 of the 9 real pages, of 181, where it ran for
nothing; readability holding it rules out 2 more); it changes no set page.
The title does not stand in for a missing description (the 4 pages left): on sets A-P it moved
right picks (a wire portal's story, a short post) to a cascade that held more of the title's
words and less of the story.
"""

from __future__ import annotations

from collections.abc import Iterable

from digest.ingest.extract_rules import (
    ALL_RULES,
    BROAD,
    CASCADE,
    READABLE,
    Candidates,
    Choice,
    Evidence,
    Thresholds,
    _content_words,
    _description_share,
    choose,
)

__all__ = ["LOST_TOGETHER", "RULES", "choose_article", "lost_together"]

LOST_TOGETHER = "together"  # the rule's name in `Choice.rule` and in `rules`

RULES = ALL_RULES | {LOST_TOGETHER}  # extract_rules' rules and this check
_SHIPPED = Thresholds()


def _lacks_half(words: frozenset[str], text: str, th: Thresholds) -> bool:
    """A cheap first look (no tokenising; it stops as soon as enough are found): under
    `1 - evidence_lost` of the words occur as substrings, lower case, capitalised or upper case
    (lowering the whole text costs more than all the rest). A word in mixed case only ("iPhone")
    is missed, which at worst sends the page on to the exact count; a word found inside a longer
    one ("park" in "parking") counts, so the rule may miss a lost story, never take a kept one."""
    enough = (1 - th.evidence_lost) * len(words)
    found = 0
    for word in words:
        if word in text or word.capitalize() in text or word.upper() in text:
            found += 1
            if found >= enough:
                return False
    return True


def lost_together(cands: Candidates, choice: Choice, evidence: Evidence, th: Thresholds) -> Choice:
    """trafilatura's cascade instead of a pick that the description says lost the story, when
    the cascade holds it (module docstring)."""
    words = _content_words(evidence.description)
    if choice.name == CASCADE or len(words) < 2 or not cands.words(BROAD):
        return choice
    text = cands.text(choice.name)
    if not _lacks_half(words, text, th):
        return choice  # the usual case: the pick holds the description's words
    others = (cands.text(name) for name in (BROAD, READABLE) if name != choice.name)
    if not all(_lacks_half(words, other, th) for other in others):
        return choice  # a quick extraction kept it: the pick cut it (the guard's case), or not
    share = _description_share(cands, choice.name, evidence)  # the guard's measure
    if share >= 1 - th.evidence_lost or not cands.words(CASCADE):
        return choice
    if cands.agreement(choice.name, CASCADE) >= th.guard_agree:
        return choice  # the cascade took the same block
    if _description_share(cands, CASCADE, evidence) - share < th.evidence_lost:
        return choice
    return Choice(CASCADE, LOST_TOGETHER)


def choose_article(
    cands: Candidates,
    evidence: Evidence,
    th: Thresholds = _SHIPPED,
    rules: Iterable[str] = RULES,
) -> Choice:
    """`extract_rules.choose`, then the check above; `rules` switches rules off for the bench."""
    rules = frozenset(rules)
    choice = choose(cands, evidence, th, rules)
    if LOST_TOGETHER in rules and cands.words(choice.name):
        choice = lost_together(cands, choice, evidence, th)
    return choice
