"""The one post a page is about, inside the stream of posts it is shown in.

Pure: takes a parsed page, its description and a chosen text, returns a text. No network,
disk or clock.

Why: a channel's or a feed's post may be published on a page that shows it in place, among the
posts before and after it (a Telegram channel's web preview, a social feed's permalink view):
every post is built from one template, and the page's description (og:description, meta
description) is the opening of its own post. trafilatura and readability keep the whole stream
(or nothing): on set Q's telegram-channel pages both scored 0.65. A page about the whole list
opens with the item its description quotes (a forum topic's first post, a live blog's newest
entry, a thread's first tweet), so a described post that does not open the chosen text and
stands after peers of its own template is a post shown in its stream: the other posts' lines
are dropped. No number is fitted: the peers are the thread steps' (`extract_blocks`: one tag and
main class, each holding blocks, one template), their count the thread's `THREAD_MIN_ITEMS`.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from digest.ingest.extract_blocks import (
    _ANCHOR_MIN_WORDS,
    _holds_blocks,
    _keys_of,
    _main_class,
    _skeleton,
    element_of,
)
from digest.ingest.extract_rules import line_key

__all__ = ["described_post"]

_STREAM_MIN = 3  # peers of one template (the thread steps' THREAD_MIN_ITEMS)
_OPENING_LINES = 1  # the text opens with the described post: the page is about the list


def _stream_item(el: HtmlElement) -> tuple[HtmlElement, list[HtmlElement]] | None:
    """The post `el` is in and the other posts of its stream, or None: the post has peers of its
    tag and main class in its parent, all holding blocks and built from one template, and at
    least one of them comes before it."""
    for item in (el, *el.iterancestors()):
        parent = item.getparent()
        if parent is None or item.tag in ("body", "html"):
            return None
        main = _main_class(item)
        if not main or not _holds_blocks(item):
            continue
        peers = [c for c in parent.iterchildren(str(item.tag)) if _main_class(c) == main]
        if len(peers) < _STREAM_MIN:
            continue
        shape = _skeleton(item)
        if peers[0] is item or any(_skeleton(c) != shape for c in peers):
            return None
        return item, [c for c in peers if c is not item]
    return None


def described_post(text: str, tree: HtmlElement, description: str | None) -> str:
    """`text` without the other posts of the stream the page's described post is shown in
    (module docstring); `text` itself when the page shows no such stream."""
    if not description or len(description.split()) < _ANCHOR_MIN_WORDS:
        return text
    opening = " ".join(description.split()[:_ANCHOR_MIN_WORDS])
    flat = " ".join(text.split())
    at = flat.find(opening)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if at <= 0 or opening in " ".join(first.split()):
        return text  # not held, or the text opens with it: the page is about the whole list
    el = element_of(tree, opening, first=True)
    found = _stream_item(el) if el is not None else None
    if found is None:
        return text
    post, others = found
    own, theirs = _keys_of([post]), _keys_of(others)
    kept = [line for line in lines if (k := line_key(line)) not in theirs or k in own]
    if not any(line_key(line) in own for line in kept):
        return text
    return "\n".join(kept)
