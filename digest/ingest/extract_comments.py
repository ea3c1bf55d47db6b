"""Readers' comments under a story, found by how a comment section is built: signed items
beside a form to write one.

Pure: takes a parsed page, returns the keys of lines. No network, disk or clock.

Why: trafilatura's broad pass and readability keep a comment section that sits in the story's
column when its classes do not say "comment" (1C-Bitrix's "Отзывы": `reviews-post-table`,
`reviews-text`), and when both keep it the rules keep it too (`agree`). `extract_blocks` finds
a thread by a control link repeated in every item ("Reply"); a section without such a link is
still built the same way on every CMS: a run of peer items (one tag and class), each signed
(the author's name and a date or a clock time on one short line, or the name and the date on
two) above the comment's text or below it (Blox.pl: name, text, date), and next to the run a
form with a text area, where the reader writes the next one. A story holds no text area (a
sign-up or search box has a text input, not a text area), and a live blog's posts, each under
its time, have no form beside them. The items' lines are dropped from a candidate after the
story only (`extract_blocks._drop_after_story`: at least 40 words before them).

The numbers are structural, not fitted: a signature is a short line (`SHORT_LINE_WORDS`, 8, the
short line of the tail rules) among an item's first two lines or its last; a run is two items
or more; the form is at most `_FORM_CLIMB` levels from the run's parent (WordPress: `#comments`
holds `ol.commentlist` and `#respond`'s form; Bitrix: one box holds both).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from digest.ingest.extract_blocks import element_paragraphs
from digest.ingest.extract_rules import SHORT_LINE_WORDS, line_key

__all__ = ["STAMP", "comment_lists"]

Key = tuple[str, ...]

# what a comment's signature carries: a clock time, a year-first or day-first date in digits,
# or a day or year in digits beside a word ("8 de julio", "March 3, 2020", "2 days ago")
STAMP = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\b\d{1,2}\.?\s+[^\W\d_]{2,}|[^\W\d_]{2,}\.?\s+\d{1,2}\b|\b(?:19|20)\d{2}\b"
)
_SIGNED_WITHIN = 2  # the signature is among an item's first lines (name, then date)
_MIN_ITEMS = 2  # one signed block is a byline; two or more peers are a list of comments
_FORM_CLIMB = 2  # levels from the form up to the box that holds the comments as well
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _signed(item: HtmlElement) -> list[str] | None:
    """The item's lines when a signature opens or ends it and it holds more (a comment)."""
    lines = element_paragraphs(item)
    if len(lines) < 2:
        return None
    for line in (*lines[:_SIGNED_WITHIN], lines[-1]):  # above the text, or below it (Blox.pl)
        if len(line.split()) <= SHORT_LINE_WORDS and STAMP.search(line):
            return lines
    return None


def _runs(parent: HtmlElement) -> list[list[list[str]]]:
    """The signed peer items among `parent`'s children (one tag and class), by their lines."""
    groups: dict[tuple[object, str], list[HtmlElement]] = {}
    for child in parent:
        if isinstance(child.tag, str) and child.tag not in ("form", "textarea"):
            sig = (child.tag, " ".join((child.get("class") or "").split()))
            groups.setdefault(sig, []).append(child)
    found: list[list[list[str]]] = []
    for peers in groups.values():
        if len(peers) < _MIN_ITEMS:
            continue
        signed = [lines for lines in map(_signed, peers) if lines is not None]
        if len(signed) == len(peers):  # every peer a comment: not a story's dated paragraphs
            found.append(signed)
    return found


def comment_lists(tree: HtmlElement) -> list[dict[Key, int]]:
    """The comment lists beside a form with a text area: for each, the key of every line of its
    items to the item's number, the heading of their box ("Comments", "Отзывы") as one more
    item. The shape `extract_blocks.drop_cards` takes (a list of composite items after the
    story, dropped from where two of them show)."""
    lists: list[dict[Key, int]] = []
    for area in tree.iter("textarea"):
        form = next(area.iterancestors("form"), None)
        box = (form if form is not None else area).getparent()
        for _ in range(_FORM_CLIMB):
            if box is None or box.tag in ("body", "html"):
                break
            parents = [box, *(c for c in box if isinstance(c.tag, str) and c is not form)]
            runs = [run for parent in parents for run in _runs(parent)]
            if runs:
                owner: dict[Key, int] = {}
                for h in box:
                    if h.tag in _HEADINGS:
                        owner.update((line_key(line), -1) for line in element_paragraphs(h))
                items = (item for run in runs for item in run)
                for n, item in enumerate(items):
                    owner.update((line_key(line), n) for line in item)
                owner.pop((), None)
                lists.append(owner)
                break
            box = box.getparent()
    return lists
