"""A teaser list after a story both extractions agree on: cut from trafilatura's broad pass.

Pure, like `extract_rules`, whose choice it checks. No network, disk or clock.

Why: when trafilatura's broad pass and readability agree (`agree`), `extract_rules` keeps the
broad pass whole. Where they agree only roughly, because readability holds a few lines of its
own (the headline, a caption, a sticker's text) that keep its lines from being covered as
`trim` asks, broad keeps what it alone holds after readability's last line too. `tail` reads
that part of broad, below trim's range, as `Candidates.teaser_tail` does: when it is a teaser
list (lines led by a link title, with their dates and excerpts) or holds no paragraph at all
(list items, table rows, short labels: `extract_tail`), it is page furniture, not the story's
ending, which is prose. The same reading holds when the two agree: readability, which scores
containers by their prose, ended the story where it ended. The cut is trim's span (`_trimmed`),
and the number of items is `tail`'s (`teaser_units`), reused, not fitted here.
"""

from __future__ import annotations

from digest.ingest.extract_rules import (
    ALL_RULES,
    BROAD,
    Candidates,
    Choice,
    Evidence,
    Thresholds,
    _trimmed,
)

__all__ = ["ITEM_TAIL", "item_tail_cut"]

ITEM_TAIL = "itemtail"  # the rule's name in `Choice.rule` and in `rules`


def item_tail_cut(cands: Candidates, choice: Choice, evidence: Evidence, th: Thresholds) -> Choice:
    """trim's span instead of the broad pass on an `agree` page whose tail after readability's
    last line is a teaser list or holds no paragraph (module docstring)."""
    if choice != Choice(BROAD, "agree") or cands.teaser_tail(evidence) < th.teaser_units:
        return choice
    return Choice(_trimmed(cands, ALL_RULES, th), ITEM_TAIL)
