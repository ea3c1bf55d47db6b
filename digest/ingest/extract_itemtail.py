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
containers by their prose, ended the story where it ended. The cut is trim's span (`trimmed_span`),
and the number of items is `tail`'s (`teaser_units`), reused, not fitted here. A page whose
broad pass ends on a paragraph, or on a line readability holds, has no such tail and is passed
over first (`_ends_in_prose`).
"""

from __future__ import annotations

from digest.ingest.extract_rules import (
    ALL_RULES,
    BROAD,
    READABLE,
    SHORT_LINE_WORDS,
    Candidates,
    Choice,
    Evidence,
    Thresholds,
    line_key,
    trimmed_span,
)
from digest.ingest.extract_tail import holds_no_paragraph

__all__ = ["ITEM_TAIL", "item_tail_cut"]

ITEM_TAIL = "itemtail"  # the rule's name in `Choice.rule` and in `rules`


def _ends_in_prose(cands: Candidates) -> bool:
    """broad's last line is a paragraph (no list item or table row, more than a short line's
    words: extract_tail), or one readability holds: no tail of items follows the story. Seen
    before trim's span and the page's links are worked out, which cost 0.1 of trafilatura's
    time on a news page."""
    last = next((ln for ln in reversed(cands.text(BROAD).splitlines()) if line_key(ln)), "")
    if not holds_no_paragraph([last], SHORT_LINE_WORDS):
        return True
    return line_key(last) in {line_key(line) for line in cands.text(READABLE).splitlines()}


def item_tail_cut(cands: Candidates, choice: Choice, evidence: Evidence, th: Thresholds) -> Choice:
    """trim's span instead of the broad pass on an `agree` page whose tail after readability's
    last line is a teaser list or holds no paragraph (module docstring)."""
    if choice != Choice(BROAD, "agree") or _ends_in_prose(cands):
        return choice
    if cands.teaser_tail(evidence) < th.teaser_units:
        return choice
    return Choice(trimmed_span(cands, ALL_RULES, th), ITEM_TAIL)
