"""A story laid out in a table cell, which trafilatura's broad pass read as a data table:
readability's text.

Pure: a page's tree and texts in, a text out. No network, disk or clock.

Old-era and hosted-diary pages (a Thai diary host's two-column table: the owner's sidebar in
one cell, the entry in the other; table-layout portals and forums) put the whole story inside
a `<td>`. trafilatura's broad pass converts every table it keeps as a data table: each row
becomes one line of "|"-separated cells, so the sidebar's box labels are glued in front of the
story ("| Contents Group Blog | headline ...") and block elements nested in the cell (a
`<blockquote>`, a list) are dropped with the text that follows them (set AS's bloggang-th: the
broad pass lost the opening quote and the paragraph after it, R 0.55 where readability held all
of it). readability scores the cell as the story's container, like any `<div>`, and keeps its
blocks. `agree` keeps the broad pass when neither rule of size fires (readability the longer by
under `longer`), so it kept the converted table.

The mark is in the markup, not the texts' sizes: a data table holds data, a row of cells; a
cell that holds the story readability found (at least `contained` of its shingles) is a layout
cell. A story's own data table is a part of the story's container, never its container. The
innermost such cell must hold the broad pass's text too (`contained` of its shingles, less the
sidebar's few labels glued to it): then both extractors read the same cell and only the
conversion differs. Where it does not, readability took one cell of several that the broad
pass read (an e-mail newsletter's archive page, every block a table of its own: set AG's
Brevo archive, readability one block, F1 0.94 -> 0.61 without this check), or a column of a
post and its comments, each in a table of its own, beside a profile cell the broad pass holds
(set U's Xanga weblog). So when `agree` kept a broad pass written as table rows ("|") and the
innermost table cell that holds readability's text holds the broad pass's, readability's text
is the story. No number is fitted: `contained` is the rules' share of a text held by another.

Cost: the tree is read only when `agree` kept the broad pass and it holds a table's cell mark;
then each cell's text is compared with readability's, after a cheap substring look at
readability's longest line.
"""

from __future__ import annotations

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

__all__ = ["CELLED", "CELLED_TEXT", "add_celled", "celled", "celled_text"]

CELLED = "celled"  # the rule's name in `Choice.rule` and in `rules`
CELLED_TEXT = "celledtext"  # the candidate: readability's text when a layout cell holds it
_SHIPPED = Thresholds()
_TABLE_CELLS = "|"  # trafilatura writes a table it converts as rows of "|"-separated cells
_OPENING_WORDS = 6  # the first words of readability's longest line, looked up in a cell
_CELL_TEXT = XPath("string()", smart_strings=False)


def celled_text(tree: HtmlElement, cands: Candidates, th: Thresholds = _SHIPPED) -> str:
    """readability's text when the innermost table cell that holds it holds the broad pass's
    text too (module docstring); "" otherwise."""
    readable = cands.text(READABLE)
    longest = max(readable.splitlines(), key=len, default="")
    opening = " ".join(longest.split()[:_OPENING_WORDS])
    if not opening:
        return ""
    story = None
    innermost = ""  # the cells that hold readability's text are nested: the last one found
    for cell in tree.iter("td", "th"):
        text = " ".join(_CELL_TEXT(cell).split())
        if opening not in text:
            continue
        if story is None:
            story = cands.shingles(READABLE)
        if coverage(story, shingles(text)) >= th.contained:
            innermost = text
    if innermost and coverage(cands.shingles(BROAD), shingles(innermost)) >= th.contained:
        return readable
    return ""


def add_celled(makers: dict[str, Callable[[], str]], tree: HtmlElement, cands: Candidates) -> None:
    """The candidate, computed only when the rule asks."""
    makers[CELLED_TEXT] = partial(celled_text, tree, cands)


def celled(cands: Candidates, choice: Choice) -> Choice:
    """readability instead of the broad pass `agree` kept, when the broad pass converted the
    story's layout table (module docstring)."""
    if choice != Choice(BROAD, "agree") or _TABLE_CELLS not in cands.text(BROAD):
        return choice
    if cands.text(CELLED_TEXT):
        return Choice(CELLED_TEXT, CELLED)
    return choice
