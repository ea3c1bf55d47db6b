"""Story text that trafilatura's broad pass loses for a known reason of markup: readability's text.

Pure: a page's tree and texts in, a text out. No network, disk or clock.

When trafilatura's broad pass and readability agree, `extract_rules` keeps the broad pass (rule
`agree`). Two ways pages are built make the broad pass lose part of the story while readability,
which reads the story's container as a whole, keeps it. In both the markup shows it, with no
extractor asked, and both times the text lost sits in the story's own container, among the
paragraphs the broad pass kept.

- unfolded: a news portal shows a long story's first paragraphs and folds the rest behind a
  "Read More" button. The rest is in the page, in an element of the story's container whose
  inline style hides it until the click (`max-height:0; overflow:hidden`, `display:none`).
  trafilatura prunes every element whose style says `hidden` or `display:none` before it looks
  for the article, so its broad pass keeps the first part; readability reads no style. When
  readability is at least `longer` times the broad pass `split` takes it; a story folded after
  more than a third of its words is shorter than that, and `agree` kept the half (set J's
  Times-of-India-like portal, j-toi-portal-09 at seed 901: readability 1.996x the broad pass,
  F1 0.65 against readability's 0.98). Taken when the hidden element's parent holds the broad
  pass's text ahead of it, and the hidden text is what readability adds (readability holds it,
  the broad pass does not), readability being the longer and holding the broad pass. A hidden
  menu, modal, sign-up box or folded list of other stories is not set after the story's
  paragraphs inside their container, or readability does not hold it.
- untabled: an old-era portal floats a photo table (image and caption) at the head of the
  story and writes the story as runs of text broken by `<br><br>`; the story's first run is the
  table's tail text. trafilatura's broad pass converts the table and drops its tail, so it
  loses the story's first paragraph (the dateline's) and keeps the caption; readability keeps
  both (set I's asia-portal: 10 of 15 pages at seed 801). Taken when a table's tail text is
  held by readability and not by the broad pass, and the rest of the table's container after
  it is the broad pass's text.

The shares are the rules' `contained` (held: at least it; not held: at most 1 - it), not fitted
here. Cost (session 19): a look at the page's tree costs more than the rest of the rule on
most pages, so each rule reads the tree only when the two texts already show its mark, on
numbers and strings at hand (no number fitted):
- both: `agree` kept the broad pass and readability holds text it lacks (readability's
  shingles not all in the broad pass's: implied by `contained` > 1/2 and the checks below);
- unfolded: readability is the longer, holds the broad pass, and the broad pass does not end
  with readability's last line (the continuation is where readability ends); then one look-up
  of the styled elements;
- untabled: the broad pass holds a table's cell mark (trafilatura writes a table it converts
  as rows of "|"-separated cells, and it is that conversion that drops the tail); then a walk
  over the tables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import partial

from lxml.etree import XPath
from lxml.html import HtmlElement

from digest.ingest.extract_rules import (
    BROAD,
    READABLE,
    Candidates,
    Choice,
    Thresholds,
    coverage,
    shingles,
)

__all__ = [
    "UNFOLDED",
    "UNFOLDED_TEXT",
    "UNTABLED",
    "UNTABLED_TEXT",
    "RULES",
    "add_makers",
    "unfolded",
    "unfolded_text",
    "untabled_text",
]

UNFOLDED = "unfolded"  # the rule's name in `Choice.rule` and in `rules`
UNFOLDED_TEXT = "unfoldedtext"  # the candidate: readability's text when the page folds the story
UNTABLED = "untabled"  # the rule: the text after a table in the story, lost by the broad pass
UNTABLED_TEXT = "untabledtext"  # the candidate: readability's text then
RULES = frozenset({UNFOLDED, UNTABLED})
# trafilatura's own test of a hidden element's style (xpaths.py: "hidden", "display:none"),
# asked of the style attributes (a third of the time of asking it of every element)
_HIDDEN = XPath(
    "//body//@style[contains(., 'hidden') or contains(., 'display:none')"
    " or contains(., 'display: none')]/.."
)
_SHIPPED = Thresholds()
_TABLE_CELLS = "|"  # trafilatura writes a table it converts as rows of "|"-separated cells
_OPENING_WORDS = 4  # a text's first words, looked up as they stand
_TEXTS = XPath("descendant::text()[not(parent::script or parent::style)]", smart_strings=False)


def _lost(text: str, cands: Candidates) -> bool:
    """A cheap first look: the text's first words are in readability's text, not in the broad
    pass's (plain substrings, no tokenising); the shares are counted only then."""
    opening = " ".join(text.split()[:_OPENING_WORDS])
    return bool(opening) and opening in cands.text(READABLE) and opening not in cands.text(BROAD)


def _ahead(hidden: HtmlElement) -> str:
    """What the hidden element's parent holds ahead of it: the story's first part."""
    parent = hidden.getparent()
    if parent is None:
        return ""
    texts = [parent.text or ""]
    for sibling in parent.iterchildren():
        if sibling is hidden:
            break
        if isinstance(sibling.tag, str):
            texts.extend(_TEXTS(sibling))
        texts.append(sibling.tail or "")
    return " ".join(texts)


def unfolded_text(tree: HtmlElement, cands: Candidates, th: Thresholds = _SHIPPED) -> str:
    """readability's text when the page hides the story's continuation in the story's own
    container (module docstring); "" otherwise."""
    hiddens = _HIDDEN(tree)
    if not hiddens:
        return ""  # the usual case
    for hidden in hiddens:
        text = " ".join(_TEXTS(hidden))
        if not _lost(text, cands):
            continue
        broad, readable = cands.shingles(BROAD), cands.shingles(READABLE)
        folded = shingles(text)
        if not folded or coverage(folded, readable) < th.contained:
            continue  # readability does not hold it either
        if coverage(folded, broad) > 1 - th.contained:
            continue  # the broad pass kept it: not what it lost
        first = shingles(_ahead(hidden))
        if first and coverage(first, broad) >= th.contained:
            return cands.text(READABLE)
    return ""


def _after(table: HtmlElement) -> str:
    """What the table's parent holds after its tail: the story's next paragraphs."""
    texts = []
    for sibling in table.itersiblings():
        if isinstance(sibling.tag, str):
            texts.extend(_TEXTS(sibling))
        texts.append(sibling.tail or "")
    return " ".join(texts)


def untabled_text(tree: HtmlElement, cands: Candidates, th: Thresholds = _SHIPPED) -> str:
    """readability's text when the broad pass lost the story's text run that follows a table
    (a floated photo table) in the story's own container (module docstring); "" otherwise."""
    held: list[Counter[tuple[str, ...]]] = []  # the two texts' shingles, once a tail asks
    for table in tree.iter("table"):
        if not (table.tail and not table.tail.isspace()):
            continue
        if not _lost(table.tail, cands):
            continue
        tail = shingles(table.tail)
        if not held:
            held += [cands.shingles(BROAD), cands.shingles(READABLE)]
        broad, readable = held
        if not tail or coverage(tail, readable) < th.contained:
            continue
        if coverage(tail, broad) > 1 - th.contained:
            continue  # the broad pass kept it
        rest = shingles(_after(table))
        if rest and coverage(rest, broad) >= th.contained:
            return cands.text(READABLE)
    return ""


def add_makers(makers: dict[str, Callable[[], str]], tree: HtmlElement, cands: Candidates) -> None:
    """The two candidates, computed only when their rule asks."""
    makers[UNFOLDED_TEXT] = partial(unfolded_text, tree, cands)
    makers[UNTABLED_TEXT] = partial(untabled_text, tree, cands)


def _ends_apart(cands: Candidates) -> bool:
    """The broad pass does not end with readability's last line: a story's continuation,
    hidden after its first part, is where readability ends and the broad pass does not (a
    cheap first look for `unfolded`, before the page's styles are read)."""
    readable = cands.text(READABLE)  # lines joined by "\n", each stripped
    return not cands.text(BROAD).endswith(readable[readable.rfind("\n") + 1 :])


def unfolded(
    cands: Candidates, choice: Choice, th: Thresholds, rules: frozenset[str] = RULES
) -> Choice:
    """readability instead of the broad pass `agree` kept, when the page folded the rest of
    the story away from trafilatura (`unfolded`), or trafilatura lost the text after a table in
    the story (`untabled`; module docstring)."""
    if choice.rule != "agree" or choice.name != BROAD or cands.coverage(READABLE, BROAD) == 1:
        return choice  # both rules need text readability holds and the broad pass lacks
    if (
        UNFOLDED in rules
        and cands.words(READABLE) > cands.words(BROAD)
        and cands.coverage(BROAD, READABLE) >= th.contained  # agreement's count, at hand
        and _ends_apart(cands)
        and cands.text(UNFOLDED_TEXT)
    ):
        return Choice(UNFOLDED_TEXT, UNFOLDED)
    if UNTABLED in rules and _TABLE_CELLS in cands.text(BROAD) and cands.text(UNTABLED_TEXT):
        return Choice(UNTABLED_TEXT, UNTABLED)
    return choice
