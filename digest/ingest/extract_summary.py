"""The summary box a page sets ahead of its story: a heading and a list of sentences.

Pure: a parsed page in, the box's line keys out. No network, disk or clock.

Why: a report or a portal story opens with a box of its own between the headline and the
story's first paragraph: "Key takeaways", "Story highlights", "In brief", a heading over a
bulleted list whose items are sentences. The page builds it as a box apart: an element that
holds the heading and the list and nothing else, before any paragraph of prose. trafilatura's
broad pass and readability both keep it (they agree, and the rules keep the broad pass, or
trim to readability's span, which opens with it); trafilatura's precision pass drops it. The
story's own lists are built otherwise: they stand between paragraphs, after the story has
begun, with no heading boxed with them, and a list of links is a menu or related stories (the
card and list steps of extract_blocks). Its lines are dropped from every extraction
(`drop_summary`), not when little would be left. A story paragraph may repeat a highlight (a
portal's highlights restate its sentences), so only the first occurrence of each goes: the box
comes first. In a line trafilatura glued from a table cell's blocks (set H's 2008 portal) the
items are cut out of the line where they first occur.

Only the structure is read, no class name: the list's parent holds the heading and the list
alone (no text of its own), the items hold no link and are sentences (`ITEM_MIN_WORDS` words
on average: an ingredients list or a menu is shorter), and no paragraph of prose (`PROSE_WORDS`
words) comes before the box in the document while one comes after it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml.html import HtmlElement

from digest.ingest.extract_shingles import collapsed, line_key

__all__ = ["ITEM_MIN_WORDS", "PROSE_WORDS", "Summary", "drop_summary", "summary_boxes"]

Key = tuple[str, ...]
_WORD = re.compile(r"\w+")
_STORY_MIN_WORDS = 40  # what must be left of a text for the box to be dropped from it


class Summary(NamedTuple):
    """The summary boxes' line keys (headings and items) and their items' texts."""

    keys: frozenset[Key]
    items: tuple[str, ...]


NO_SUMMARY = Summary(frozenset(), ())

ITEM_MIN_WORDS = 8  # mean words of a summary item: sentences, not labels or ingredients
PROSE_WORDS = 25  # a paragraph this long is the story's prose (a byline, a dek are shorter)
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_MIN_ITEMS = 2


def _boxed_heading(lst: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The list's parent and its heading, when it holds one heading, then the list, and no
    text of its own."""
    box = lst.getparent()
    if box is None or box.tag in ("body", "html"):
        return None
    kids = [k for k in box if isinstance(k.tag, str)]
    if len(kids) != 2 or kids[1] is not lst or kids[0].tag not in _HEADINGS:
        return None
    if any((t or "").strip() for t in (box.text, kids[0].tail, lst.tail)):
        return None
    return box, kids[0]


def _sentences(lst: HtmlElement) -> list[str] | None:
    """The items' texts when they are link-free sentences (module docstring), else None."""
    items = [li for li in lst if li.tag == "li"]
    if len(items) < _MIN_ITEMS or next(lst.iter("a"), None) is not None:
        return None
    texts = [li.text_content() for li in items]
    if sum(len(t.split()) for t in texts) < ITEM_MIN_WORDS * len(items):
        return None
    return texts


def _ahead_of_prose(box: HtmlElement, body: HtmlElement) -> bool:
    """No prose paragraph before the box in the document, and one after it."""
    before = True
    for p in body.iter("p", box.tag):
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
    body = tree.find(".//body")
    if body is None:
        return NO_SUMMARY
    keys: set[Key] = set()
    items: list[str] = []
    for lst in body.iter("ul", "ol"):
        boxed = _boxed_heading(lst)
        if boxed is None:
            continue
        box, heading = boxed
        texts = _sentences(lst)
        if texts is None or not _ahead_of_prose(box, body):
            continue
        keys.update(k for k in map(line_key, [heading.text_content(), *texts]) if k)
        items += (collapsed(t) for t in texts if t.strip())
    return Summary(frozenset(keys), tuple(items)) if keys else NO_SUMMARY


def drop_summary(text: str, summary: Summary) -> str:
    """`text` without the first occurrence of each line of the summary boxes, and without their
    items inside a glued line; unchanged when little would be left."""
    if not summary.keys:
        return text
    seen: set[Key] = set()
    kept: list[str] = []
    for line in text.splitlines():
        key = line_key(line)
        if key in summary.keys and key not in seen:
            seen.add(key)
            continue
        if len(key) > 2 * ITEM_MIN_WORDS:  # a long line may hold items glued to the story
            line = collapsed(line)
            for item in summary.items:
                if item in line and line_key(item) not in seen:
                    seen.add(line_key(item))
                    line = line.replace(item, "", 1)
        kept.append(line)
    if len(seen) == 0 or sum(len(_WORD.findall(k)) for k in kept) < _STORY_MIN_WORDS:
        return text
    return "\n".join(kept)
