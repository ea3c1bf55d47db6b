"""The article's frame without its story: trafilatura's broad pass holding only the header and
footer set around the story's blocks.

Pure: a page's tree and candidate texts in, a choice out. No network, disk or clock.

Why: when trafilatura's broad pass and readability hold different blocks (`extract_rules`'
`disjoint`), the block the page's evidence anchors best (it opens with the headline, holds the
title's and the description's words) is kept, even when shorter. An article's frame is anchored
so by construction: the headline (a kicker before it on the same line), a dek, the byline and
date row, and after the story its buttons and counters ("Feedback", "Diskutieren Sie mit", "187
Beiträge"). A page that sets each of the story's paragraphs in a section of its own, between
related-story boxes (set AP's German news magazine), can leave trafilatura's broad pass with the
frame alone while readability holds the story: the disjoint rule then keeps the frame.

The frame is told apart by two things the page's structure gives, no number fitted:
- its text is a header's: the headline, then at most one run of prose (`DEK_PARAS`, the bound
  `extract_head` and `extract_opening` use) among short lines (`SHORT_LINE_WORDS`);
- it encloses the other block on the page: lines of the broad pass come before readability's
  first line and after its last, in document order. A one-paragraph post under its headline
  (a quotes site's quote, with a column of other quotes beside it) has the same text shape but
  does not enclose the column, which comes after it: the post is kept.
Then readability's text is the story (rule `framed`). Checked only on a `disjoint` pick of the
broad pass with a header's shape: the document-order look-up costs a walk of the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from lxml.html import HtmlElement

from digest.ingest.extract_blocks import element_of
from digest.ingest.extract_opening import DEK_PARAS
from digest.ingest.extract_rules import (
    BROAD,
    READABLE,
    SHORT_LINE_WORDS,
    Candidates,
    Choice,
    line_key,
)
from digest.ingest.extract_tail import holds_no_paragraph

__all__ = [
    "ENCLOSED",
    "FRAMED",
    "OUTSIDE",
    "WRAPPED",
    "add_framed",
    "framed",
    "header_only",
    "wrapped",
]

FRAMED = "framed"  # the rule's name in `Choice.rule` and in `rules`
ENCLOSED = "enclosed"  # the candidate: readability's text when the broad pass encloses it, else ""
WRAPPED = "wrapped"  # the second rule's name: the frame around the story, whatever its shape
OUTSIDE = "outside"  # the candidate: readability's text when the broad pass is all outside it
_DISAGREEING = ("disjoint", "third")  # the rules that keep one of two blocks that disagree


def _holds_title(key: tuple[str, ...], titles: Iterable[tuple[str, ...]]) -> bool:
    """The line is a headline: one of the title forms, alone or after a kicker."""
    return any(t and len(key) >= len(t) and key[len(key) - len(t) :] == t for t in titles)


def _lines(text: str) -> list[str]:
    """The text's lines that hold anything."""
    return [line for line in text.splitlines() if line.strip()]


def _opens_with_title(lines: list[str], title_forms: Iterable[str]) -> bool:
    """The first of `lines` is the headline (`_holds_title`)."""
    return bool(lines) and _holds_title(line_key(lines[0]), [line_key(t) for t in title_forms])


def header_only(text: str, other: str, title_forms: Iterable[str]) -> bool:
    """`text` opens with the headline and holds at most `DEK_PARAS` lines of more than
    `SHORT_LINE_WORDS` words after it (a header's lines), while `other` holds a paragraph."""
    lines = _lines(text)
    if not _opens_with_title(lines, title_forms):
        return False
    paragraphs = sum(len(line_key(line)) > SHORT_LINE_WORDS for line in lines[1:])
    return paragraphs <= DEK_PARAS and not holds_no_paragraph(other.splitlines(), SHORT_LINE_WORDS)


def _found(tree: HtmlElement, lines: Iterable[str]) -> HtmlElement | None:
    """The element of the first of `lines` the page holds once."""
    return next((el for el in (element_of(tree, line) for line in lines) if el is not None), None)


def enclosed_text(tree: HtmlElement, cands: Candidates) -> str:
    """readability's text when lines of the broad pass come before its first line and after its
    last on the page; else the empty text."""
    frame, story = _lines(cands.text(BROAD)), _lines(cands.text(READABLE))
    ends = (
        _found(tree, frame),
        _found(tree, story),
        _found(tree, reversed(story)),
        _found(tree, reversed(frame)),
    )
    found = [el for el in ends if el is not None]
    if len(found) < len(ends):
        return ""
    order = {el: i for i, el in enumerate(tree.iter())}
    first, top, bottom, last = (order.get(el, -1) for el in found)
    return cands.text(READABLE) if -1 < first < top <= bottom < last else ""


def outside_text(tree: HtmlElement, cands: Candidates) -> str:
    """readability's text when every line of the broad pass the page holds once stands before
    its first line or after its last, some before and some after, and readability holds more
    words than either side (a line not found is on the side of the line before it); else the
    empty text."""
    story = _lines(cands.text(READABLE))
    top, bottom = _found(tree, story), _found(tree, reversed(story))
    if top is None or bottom is None:
        return ""
    order = {el: i for i, el in enumerate(tree.iter())}
    first, last = order.get(top, -1), order.get(bottom, -1)
    if not -1 < first <= last:
        return ""
    sides = [0, 0]  # words before the story, after it
    side = 0
    for line in cands.text(BROAD).splitlines():
        el = element_of(tree, line) if line.strip() else None
        at = order.get(el, -1) if el is not None else -1
        if first <= at <= last:
            return ""  # the broad pass holds some of the story's span: not a frame
        side = side if at < 0 else int(at > last)
        sides[side] += len(line_key(line))
    words = sum(len(line_key(line)) for line in story)
    return cands.text(READABLE) if 0 < min(sides) and max(sides) < words else ""


def add_framed(makers: dict[str, Callable[[], str]], tree: HtmlElement, cands: Candidates) -> None:
    """The candidates, computed only when a rule asks."""
    makers[ENCLOSED] = partial(enclosed_text, tree, cands)
    makers[OUTSIDE] = partial(outside_text, tree, cands)


def framed(cands: Candidates, choice: Choice, title_forms: Iterable[str]) -> Choice:
    """readability's story instead of the broad pass's frame that `disjoint` kept."""
    if choice != Choice(BROAD, "disjoint"):
        return choice
    if header_only(cands.text(BROAD), cands.text(READABLE), title_forms) and cands.text(ENCLOSED):
        return Choice(READABLE, FRAMED)
    return choice


def wrapped(cands: Candidates, choice: Choice, title_forms: Iterable[str]) -> Choice:
    """readability's story instead of the broad pass's frame that `disjoint` or `third` kept,
    when the frame opens with the headline and stands around the story, each side shorter."""
    if choice.name != BROAD or choice.rule not in _DISAGREEING:
        return choice
    if not _opens_with_title(_lines(cands.text(BROAD)), title_forms):
        return choice
    if cands.text(OUTSIDE):
        return Choice(READABLE, WRAPPED)
    return choice
