"""Whether a list item trafilatura wrote after a story is the story's own: a point of its text.

Pure: reads the parsed page; no network, disk or clock.

trafilatura writes every `<li>` as a line opening with "- ", whatever the item holds and
wherever its list sits. A story's own list (its closing points, the quotes it lists) holds a
sentence of text in each item, with at most inline markup around some words, and sits in the
story's container: among the blocks that hold the story's paragraphs (a site builder's text
modules, a body's paragraphs). The lists a page builds around a story are either made of
composite items (a comment: an avatar link, the author's name, a time and the comment's
paragraph, each in its own block, which trafilatura glues into one line whose start is no text
of the page; a teaser card: a link, an image and an excerpt), or sit in a box of their own
after the story's container (a speech's references, a footnotes section).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from digest.ingest.extract_blocks import element_of, lone_text

__all__ = ["story_item"]

_ITEM_CLIMB = 2  # levels from the element holding the item's first words up to its <li>
# (the <li> itself, or a <b> or <q> around its first words)
_PAGE = frozenset(("body", "html"))  # a container that holds the whole page holds any list


def plain_item(tree: HtmlElement, line: str) -> HtmlElement | None:
    """The `<li>` whose text `line` (trafilatura's "- " line of a list item) is, when the page
    has exactly one and it holds no block and no image: one run of words."""
    text = line.lstrip().lstrip("-*").strip()
    el = element_of(tree, text) if text else None
    for _ in range(_ITEM_CLIMB):
        if el is None or el.tag == "li":
            break
        el = el.getparent()
    if el is None or el.tag != "li" or not lone_text(el):
        return None
    return el if next(el.iterdescendants("img"), None) is None else None


def story_item(tree: HtmlElement, line: str, first: str, last: str) -> bool:
    """Whether `line` is a plain list item (`plain_item`) inside the story's container: the
    nearest element holding both the story's `first` and `last` lines (not the whole page)."""
    item = plain_item(tree, line)
    ends = [element_of(tree, end) for end in (first, last)]
    if item is None or ends[0] is None or ends[1] is None:
        return False
    around = [ends[0], *ends[0].iterancestors()]  # kept alive: lxml's proxies compare by `is`
    box = next((el for el in (ends[1], *ends[1].iterancestors()) if el in around), None)
    return box is not None and box.tag not in _PAGE and box in list(item.iterancestors())
