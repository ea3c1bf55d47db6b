"""A section of readers' entries around the form that asks for one: a guest book, a comment list.

Pure: takes a parsed page, returns the entries' lines as teaser-card lists (`drop_cards` drops
them where they follow the story). No network, disk or clock.

Why: trafilatura and readability drop a comment thread when its markup says "comment"; the
thread steps of `extract_blocks` find one by the control each item repeats ("Reply"). An
obituary's guest book says neither: a heading, a line asking the reader to sign, a form with a
text box and the entries, each a paragraph and a signature line (set C's obituary pages: the
entries were half the text both extractors kept, F1 0.69 / 0.65). What marks the section is the
form: a `<textarea>` asks the reader to write an entry, and the section holds that form, the
entries (peers of one tag and main class, each holding blocks, at least `THREAD_MIN_ITEMS`:
the thread steps' measures) and next to nothing else (a heading and a line: at most the form
box's `BOX_MAX_WORDS` words of its own). A story with a reply form below it (a question page
with its answer box, a forum topic with its quick reply) holds the story in that section too,
so it is no such section.
"""

from __future__ import annotations

from collections import Counter

from lxml.html import HtmlElement

from digest.ingest.extract_blocks import (
    BOX_MAX_WORDS,
    THREAD_MIN_ITEMS,
    element_text,
    holds_blocks,
    main_class,
)
from digest.ingest.extract_rules import line_key

__all__ = ["answered_sections"]

_SECTION_CLIMB = 3  # levels from the form up to the section that holds it and the entries


def _entries(box: HtmlElement) -> list[HtmlElement] | None:
    """The entries of a section: peers of one tag and main class among the box's children or
    its children's children, each holding blocks."""
    for holder in (box, *box):
        if not isinstance(holder.tag, str):
            continue
        kinds = Counter((c.tag, main_class(c)) for c in holder if isinstance(c.tag, str))
        for (tag, main), count in kinds.most_common(1):
            if main and count >= THREAD_MIN_ITEMS:
                items = [c for c in holder if c.tag == tag and main_class(c) == main]
                if all(map(holds_blocks, items)):
                    return items
    return None


def _words(el: HtmlElement) -> int:
    return len(el.text_content().split())


def answered_sections(tree: HtmlElement) -> list[dict[tuple[str, ...], int]]:
    """The entries' lines of each section built around a form with a text box, keyed to their
    entry (the shape `extract_blocks.card_lists` gives teaser cards)."""
    found: list[dict[tuple[str, ...], int]] = []
    for area in tree.iter("textarea"):
        form = next(area.iterancestors("form"), None)
        if form is None:
            continue
        box = form.getparent()
        for _ in range(_SECTION_CLIMB):
            if box is None or box.tag in ("body", "html"):
                break
            entries = _entries(box)
            if entries is not None:
                own = _words(box) - _words(form) - sum(map(_words, entries))
                if own <= BOX_MAX_WORDS:
                    found.append(
                        {
                            k: n
                            for n, entry in enumerate(entries)
                            for k in map(line_key, element_text(entry).split("\n\n"))
                            if k
                        }
                    )
                break
            box = box.getparent()
    return found
