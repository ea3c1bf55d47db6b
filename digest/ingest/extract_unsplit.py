"""A `split` that trafilatura's own cascade and the page's description both speak against: undone.

Pure, like `extract_rules`, whose choice it checks. No network, disk or clock.

Why: `split` takes readability when it holds trafilatura's broad pass and is at least `longer`
times as long: a story spread over several body containers. A question page with its answers
has the same shape (the question in one post body, each answer in a post body of its own, a few
answers, so no control repeats often enough for `thread`, and answers on the question's topic,
so `topic` keeps the split: set Q's se-question-03 / -11, F1 0.62 / 0.56 against the broad
pass's 1.0). Two witnesses tell the two apart, neither of them the two extractors that disagree:
- trafilatura's full cascade (its balanced pass with its own fallbacks) sides with the broad
  pass: it agrees with it more than with readability, and at least `disagree` (the shape `third`
  reads). On a split story whose body has no `<p>` text the cascade takes readability itself
  (set J's Times-of-India-like portal); on a split whose first part is well formed it keeps the
  first part (wired.com on the 181 real pages), so this witness alone is not enough;
- the page's description (og:description, meta description, the feed's summary): a story's
  second part carries some of its description's words that its first part lacks (wired.com:
  0.25 / 0.62 of them in the first part, all in the whole); answers, replies and other posts
  add none. So only when readability holds no more of the description than the broad pass does.
Then the broad pass is kept. No number is fitted: `disagree` is the rules', "no more" is zero.
The cascade runs only on `split` picks that add no description word.
"""

from __future__ import annotations

from digest.ingest.extract_rules import (
    BROAD,
    CASCADE,
    READABLE,
    Candidates,
    Choice,
    Evidence,
    Thresholds,
    description_share,
)

__all__ = ["UNSPLIT", "unsplit"]

UNSPLIT = "unsplit"  # the rule's name in `Choice.rule` and in `rules`


def unsplit(cands: Candidates, choice: Choice, evidence: Evidence, th: Thresholds) -> Choice:
    """The broad pass instead of `split`'s readability when trafilatura's cascade sides with
    the broad pass and readability adds none of the description's words (module docstring)."""
    if choice != Choice(READABLE, "split"):
        return choice
    if description_share(cands, READABLE, evidence) > description_share(cands, BROAD, evidence):
        return choice  # the second part carries the story's description words
    if not cands.words(CASCADE):
        return choice
    with_broad, with_readable = cands.agreement(CASCADE, BROAD), cands.agreement(CASCADE, READABLE)
    if with_broad >= th.disagree and with_broad > with_readable:
        return Choice(BROAD, UNSPLIT)
    return choice
