"""A cut that dropped the story's lead: trim's span opened at the lead, in trafilatura's lines.

Pure, like `extract_rules`, whose choice it checks. No network, disk or clock.

Why: `trim` (and `tail`, `witness`) keep trafilatura's broad pass from readability's first line
to its last, on the reading that what broad holds ahead of readability's lines is page furniture
(a byline row, a kicker, a player). That reading fails when readability lost the story's opening
too: a page that sets its lead apart (an explainer's summary box, a `<details>` answer, a
component's first text block, a podcast's show notes under the player) gives readability a later
block as the densest, and the span then opens part way into the story. The page's description
(og:description, meta description, the feed's summary) is the evidence no extractor made: a
story's lead states it. When the cut holds `evidence_lost` less of the description's content
words than the broad pass it was cut from, and a line of broad ahead of the cut holds at least
`1 - evidence_lost` of them (the lead), the cut is opened there: broad's lines from the lead on,
then the cut. What broad holds above the lead (the kicker, the headline, the player) stays out.
A line in the headline's own box (`extract_head`: the head that `headless` cuts) is no lead: a
dek or standfirst states the description too, and the stories' texts leave it out.
Both numbers are the guard's (`extract_rules._guard`), reused, not fitted here; the guard asks
only about picks that disagree with broad, which a cut of broad never does.
"""

from __future__ import annotations

from digest.ingest.extract_head import HEADLESS
from digest.ingest.extract_rules import (
    BROAD,
    DERIVED,
    LED,
    Candidates,
    Choice,
    Evidence,
    Thresholds,
    _content_words,
    _description_share,
    _share_found,
    line_key,
)

__all__ = ["LEAD", "lead_kept"]

LEAD = "lead"  # the rule's name in `Choice.rule` and in `rules`


def _first_key(text: str) -> tuple[str, ...]:
    return next((key for line in text.splitlines() if (key := line_key(line))), ())


def _led(cut: str, broad: str, headless: str, words: frozenset[str], least: float) -> str:
    """broad's lines from the first one holding `least` of `words` up to the cut's first line,
    then the cut; "" when no such line precedes the cut in broad below the headline's box (the
    head `headless` was cut from: a dek there states the description, and is no lead)."""
    lines = broad.splitlines()
    keys = [line_key(line) for line in lines]
    first, story = _first_key(cut), _first_key(headless)
    if first not in keys:
        return ""
    start = keys.index(first)
    for i in range(keys.index(story) if story in keys else 0, start):
        if _share_found(words, _content_words(lines[i])) >= least:
            return "\n".join([*lines[i:start], cut])
    return ""


def lead_kept(cands: Candidates, choice: Choice, evidence: Evidence, th: Thresholds) -> Choice:
    """The cut opened at the lead it dropped, when the description says it dropped it (module
    docstring)."""
    words = _content_words(evidence.description)
    if choice.name not in DERIVED or len(words) < 2:
        return choice
    lost = _description_share(cands, BROAD, evidence) - _description_share(
        cands, choice.name, evidence
    )
    if lost < th.evidence_lost:
        return choice
    cut, broad, headless = (cands.text(n) for n in (choice.name, BROAD, HEADLESS))
    text = _led(cut, broad, headless, words, 1 - th.evidence_lost)
    if not text:
        return choice
    cands.derive(LED, text)
    return Choice(LED, LEAD)
