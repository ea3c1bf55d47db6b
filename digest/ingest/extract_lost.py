"""The story every quick extraction lost together: trafilatura's full cascade, when the page's
description says so, or, on a page without one, its title.

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
The title does not stand in for a missing description in that rule: on sets A-P it moved right
picks (a wire portal's story, a short post) to a cascade that held more of the title's words and
less of the story.

`untitled` (session 13) is the title's own, stricter rule, for a page without a description (two
content words or more). A story repeats some of its headline's words; a pick that holds none of
them took another block: old-Reddit's side bar (set P's 4 pages `together` left: every quick
extraction took it), or one comment of a video page's thread (set Q's YouTube-like watch page:
readability scored one comment, and `disjoint` kept it over trafilatura's broad pass, which holds
the description with the chapters list and the comments and so lost on its link lines and its
repeated "Reply"). The title counts only where the page states it twice: the content words of the
best title that two of its separate statements hold (og:title, the <title> element, an <h1>, the
feed's title; not the parts of one). A lone `<h1>` naming the blog (a Tumblr post with no
og:title: the post holds no word of the blog's name) is no evidence. So when the pick holds
none of those words, the page's body holds one of them more than once (a story elsewhere names
it again; a word found in the headline alone says nothing: a story need not repeat its
headline, and asking the cascade there is time lost), and trafilatura's cascade, a different
block (agreement below `guard_agree`), holds any of them, the cascade is the article. It fits
no number: the pick holds none, the cascade some, the body more than the headline's one, the
agreement is the guard's. Figures: sets A-R at every seed (6,838 pages) change on those 7 pages
only (F1 0 to 0.60-1.0); the title read from the best title alone (the blog's name counted)
also took a Tumblr post's notes (c-tumblr-13, 0.86 -> 0.53), and pages with a description
(c-tumblr-00, 0.77 -> 0.53). Without the body count the cascade ran on 96 of those pages
(1.5%), 7 of set E 401's 198 (it agreed with the pick on all but the 7 target pages), and E's
paired cost rose by 0.047 of trafilatura's median (`bench_sets.py cost`); with it, on 62 (E
401: 2; J 901, L 1101, D 301: none).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from digest.ingest.extract_celled import CELLED, celled
from digest.ingest.extract_framed import FRAMED, WRAPPED, framed, wrapped
from digest.ingest.extract_head import HEADED, TRIM_HEADED, headed
from digest.ingest.extract_itemtail import ITEM_TAIL, item_tail_cut
from digest.ingest.extract_opening import OPENING, opening_kept
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
    choose,
    description_share,
    line_key,
)
from digest.ingest.extract_unfolded import RULES as UNFOLDING
from digest.ingest.extract_unfolded import unfolded
from digest.ingest.extract_unsplit import UNSPLIT, unsplit

__all__ = [
    "HEADED",
    "ITEM_TAIL",
    "LOST_TOGETHER",
    "RULES",
    "UNTITLED",
    "choose_article",
    "lost_together",
    "stated_title_words",
    "untitled",
]

LOST_TOGETHER = "together"  # the rule's name in `Choice.rule` and in `rules`
UNTITLED = "untitled"  # the pick holds none of the title's words (module docstring)

RULES = (
    ALL_RULES
    | {LOST_TOGETHER, UNTITLED, HEADED, TRIM_HEADED, ITEM_TAIL, OPENING, UNSPLIT, FRAMED, WRAPPED}
    | {CELLED}
    | UNFOLDING
)
_MENTIONS = 2  # a title word the page's body holds this often is in more than its headline
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
    share = description_share(cands, choice.name, evidence)  # the guard's measure
    if share >= 1 - th.evidence_lost or not cands.words(CASCADE):
        return choice
    if cands.agreement(choice.name, CASCADE) >= th.guard_agree:
        return choice  # the cascade took the same block
    if description_share(cands, CASCADE, evidence) - share < th.evidence_lost:
        return choice
    return Choice(CASCADE, LOST_TOGETHER)


def stated_title_words(evidence: Evidence) -> frozenset[str]:
    """The content words of the best title that at least two of the page's statements of its
    title hold (og:title, the <title> element, an <h1>, the feed's title): the title the page
    states twice is its own; a blog's name in its only <h1> is stated once."""
    words = _content_words(evidence.title)
    if len(words) < 2:
        return frozenset()
    held = Counter(w for form in evidence.title_sources for w in set(line_key(form)) if w in words)
    return frozenset(w for w, n in held.items() if n >= 2)


def untitled(cands: Candidates, choice: Choice, evidence: Evidence, th: Thresholds) -> Choice:
    """trafilatura's cascade instead of a pick that holds none of the page's stated title's
    words, on a page without a description, when the cascade is another block that holds some
    (module docstring)."""
    if choice.name == CASCADE or len(_content_words(evidence.description)) >= 2:
        return choice  # the description is the better evidence: `together` and the guard read it
    words = stated_title_words(evidence)
    if len(words) < 2 or cands.holds_any(choice.name, words):
        return choice  # the usual case: the pick repeats some of its headline's words
    if evidence.page_words is not None:
        counts = evidence.page_words()
        if all(counts[w] < _MENTIONS for w in words):
            return choice  # the page names them in its headline alone: no story elsewhere does
    if not cands.words(CASCADE) or cands.agreement(choice.name, CASCADE) >= th.guard_agree:
        return choice  # the cascade took the same block
    if not cands.holds_any(CASCADE, words):
        return choice  # nothing says the cascade holds the story either
    return Choice(CASCADE, UNTITLED)


def choose_article(
    cands: Candidates,
    evidence: Evidence,
    th: Thresholds = _SHIPPED,
    rules: Iterable[str] = RULES,
) -> Choice:
    """`extract_rules.choose`, then the checks above; `rules` switches rules off for the bench."""
    rules = frozenset(rules)
    choice = choose(cands, evidence, th, rules)
    if FRAMED in rules:
        choice = framed(cands, choice, evidence.title_forms)
    if WRAPPED in rules:
        choice = wrapped(cands, choice, evidence.title_forms)
    if UNSPLIT in rules:
        choice = unsplit(cands, choice, evidence, th)
    if OPENING in rules:
        choice = opening_kept(cands, choice, evidence.title_forms, th)
    if ITEM_TAIL in rules:
        choice = item_tail_cut(cands, choice, evidence, th)
    if LOST_TOGETHER in rules and cands.words(choice.name):
        choice = lost_together(cands, choice, evidence, th)
    if UNTITLED in rules and cands.words(choice.name):
        choice = untitled(cands, choice, evidence, th)
    if rules & UNFOLDING:
        choice = unfolded(cands, choice, th, rules)
    if CELLED in rules:
        choice = celled(cands, choice)
    if HEADED in rules:
        choice = headed(cands, choice, TRIM_HEADED in rules)
    return choice
