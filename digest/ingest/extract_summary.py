"""The summary box a page sets ahead of its story: a heading and a list of sentences.

Pure: a parsed page in, its summary boxes out; a text and the boxes in, a text out. No network,
disk or clock.

Why: a report or a portal story opens with a box of its own between the headline and the
story's first paragraph: "Key takeaways", "Story highlights", "In brief", a heading over a
bulleted list whose items are sentences. The page builds it as a box apart: an element that
holds the heading and the list and nothing else, before any paragraph of prose. trafilatura's
broad pass and readability both keep it (they agree, and the rules keep the broad pass, or
trim to readability's span, which opens with it); trafilatura's precision pass drops it. The
story's own lists are built otherwise: they stand between paragraphs, after the story has
begun, with no heading boxed with them, and a list of links is a menu or related stories (the
card and list steps of extract_blocks). Its lines are dropped from every extraction
(`drop_summary`) that holds the box whole: all its items in a row, a line each or glued into
one line (trafilatura glues a table cell's blocks: set H's 2008 portal), not when little would
be left. The items of a summary may repeat the story's sentences (a portal's highlights, an
analysis site's summary of each paragraph's opening): where an extraction dropped the box, its
items are the story's own lines and stay.

A lead the page names as such ahead of the story (`extract_lead`: a standfirst in a box of
its own, one run of text) is dropped the same way, as a box of one item and no heading.

Only the structure is read for a summary box, no class name: the list's parent holds the
heading and the list alone (no text of its own), the items hold no link and are sentences
(`ITEM_MIN_WORDS` words on average: an ingredients list or a menu is shorter), and no paragraph
of prose (`PROSE_WORDS` words) comes before the box in the document while one comes after it.
"""

from __future__ import annotations

from typing import NamedTuple

from lxml.html import HtmlElement

from digest.ingest.extract_blocks import enough_left
from digest.ingest.extract_lead import lead_boxes
from digest.ingest.extract_recap import RECAP_MIN_ITEMS
from digest.ingest.extract_rules import SHORT_LINE_WORDS
from digest.ingest.extract_shingles import collapsed, line_key

__all__ = ["ITEM_MIN_WORDS", "PROSE_WORDS", "Box", "Summary", "drop_summary", "summary_boxes"]

Key = tuple[str, ...]


class Box(NamedTuple):
    """A summary box: its heading's and its items' line keys, and its items' text as one run."""

    heading: Key
    items: tuple[Key, ...]
    run: str


Summary = tuple[Box, ...]
NO_SUMMARY: Summary = ()

# No number is fitted here: each is a shipped value, reused for the meaning it has there.
ITEM_MIN_WORDS = SHORT_LINE_WORDS  # mean words of an item: a shorter line is a label, a date
PROSE_WORDS = 40  # extract_blocks' _PART_MIN_WORDS: a story's first part is paragraphs, not a
# standfirst or a byline (and extract_rules' _LINK_TITLE_MAX_WORDS: a longer paragraph is prose)
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_MIN_ITEMS = RECAP_MIN_ITEMS  # extract_recap: a run of this many sentences is a summary box
LEADS = True  # a box named as the lead ahead of the story (extract_lead)


def _boxed(lst: HtmlElement, heading: HtmlElement) -> HtmlElement | None:
    """The list's parent, when it holds the heading, then the list, and no text of its own."""
    box = lst.getparent()
    if box is None or box.tag in ("body", "html") or heading.getprevious() is not None:
        return None
    if any((t or "").strip() for t in (box.text, heading.tail, lst.tail)):
        return None
    return box


def _sentences(lst: HtmlElement) -> list[str] | None:
    """The items' texts when they are link-free sentences (module docstring), else None."""
    if next(lst.iter("a"), None) is not None:
        return None  # a menu, a box of related stories
    items = [li for li in lst if li.tag == "li"]
    if len(items) < _MIN_ITEMS:
        return None
    texts = [li.text_content() for li in items]
    if sum(len(t.split()) for t in texts) < ITEM_MIN_WORDS * len(items):
        return None
    return texts


def _ahead_of_prose(box: HtmlElement, page: HtmlElement) -> bool:
    """No prose paragraph before the box in the document, and one after it."""
    before = True
    for p in page.iter("p", str(box.tag)):
        if p is box:
            before = False
            continue
        if p.tag != "p" or len(p.text_content().split()) < PROSE_WORDS:
            continue
        if before:
            return False
        return True
    return False


def summary_boxes(tree: HtmlElement) -> Summary:
    """The summary boxes ahead of the story (module docstring)."""
    boxes: list[Box] = []
    for lst in tree.iter("ul", "ol"):
        if lst.getnext() is not None:
            continue  # most lists (menus, the story's own) stop here
        heading = lst.getprevious()
        if heading is None or heading.tag not in _HEADINGS:
            continue
        texts = _sentences(lst)
        box = _boxed(lst, heading) if texts else None
        if texts is None or box is None or not _ahead_of_prose(box, tree):
            continue
        items = tuple(k for k in map(line_key, texts) if k)
        run = " ".join(collapsed(t) for t in texts if t.strip())
        boxes.append(Box(line_key(heading.text_content()), items, run))
    if LEADS:
        for _, text in lead_boxes(tree, PROSE_WORDS):
            key = line_key(text)
            boxes.append(Box((), (key,), collapsed(text)))
    return tuple(boxes)


def _without_box(lines: list[str], box: Box) -> list[str]:
    """`lines` without the box, where they hold all its items in a row (its heading before
    them too): a line each, or glued into one line. An extraction that dropped the box, or
    part of it, keeps every line: an item may repeat a sentence of the story."""
    keys = [line_key(line) for line in lines]
    n = len(box.items)
    for i in range(len(keys) - n + 1):
        if tuple(keys[i : i + n]) == box.items:
            start = i - 1 if i and box.heading and keys[i - 1] == box.heading else i
            return lines[:start] + lines[i + n :]
    for i, line in enumerate(lines):
        if len(keys[i]) > len(box.items) and box.run in (joined := collapsed(line)):
            at = joined.index(box.run)
            head = joined[:at].rstrip()
            if box.heading and line_key(head)[-len(box.heading) :] == box.heading:
                head = head[: head.lower().rindex(box.heading[0])]  # the heading's first word
            return [*lines[:i], f"{head} {joined[at + len(box.run) :].lstrip()}", *lines[i + 1 :]]
    return lines


def drop_summary(text: str, summary: Summary) -> str:
    """`text` without the summary boxes it holds whole; unchanged when little would be left."""
    if not summary:
        return text
    lines = text.splitlines()
    kept = lines
    for box in summary:
        kept = _without_box(kept, box)
    if kept == lines or not enough_left(kept):
        return text
    return "\n".join(kept)
