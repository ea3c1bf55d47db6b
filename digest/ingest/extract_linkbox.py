"""Link boxes inside a story: a box holding a short label and links to other stories, nothing else.

Pure: reads the page tree, no network, disk or clock.

Why: news sites set "see also" boxes between a story's paragraphs. `extract_linkline` drops the
one-paragraph form ("Lesen Sie auch: <a>…</a>"); the same furniture is as often built as a box
of its own, the label in one element and the link(s) after it (`<div class="recomendado"><p>Le
puede interesar</p><a href="…">another headline</a></div>`, set AH's co-eltiempo: both
extractors keep the two lines, the gold leaves them out). In the text the box is two or more
paragraphs: the label, then each link's text whole. What makes it a box of links is how it is
built, not its words: one element holds the label's element and the links and no other text,
each link goes to another page, the label carries no link and is a few words (a label, not a
heading over prose), each link's text is a headline (`extract_linkline`'s bounds: 3-20 words,
no full stop or exclamation mark at its end), and the story stands before and after it. A
story's subheading followed by a linked line is not one box of its own: its paragraph stands in
the story's container beside the others.

The tree is read only when the text holds a short line followed by a headline-sized line:
most pages pay a word count per paragraph.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from digest.ingest.extract_linkline import (
    LABEL_MAX_WORDS,
    TITLE_MAX_WORDS,
    TITLE_MIN_WORDS,
    other_pages_links,
)
from digest.ingest.extract_shingles import line_key

__all__ = ["drop_link_boxes"]

Key = tuple[str, ...]


def _titled(para: str) -> Key | None:
    """The key of a paragraph that can be a link's headline."""
    if para.rstrip()[-1:] in (".", "!"):
        return None
    key = line_key(para)
    return key if TITLE_MIN_WORDS <= len(key) <= TITLE_MAX_WORDS else None


def _label(para: str) -> Key | None:
    key = line_key(para)
    return key if 0 < len(key) <= LABEL_MAX_WORDS and para.rstrip()[-1:] not in ".!?" else None


def _box_lines(link: HtmlElement, label: Key) -> list[Key] | None:
    """The keys of the links' texts of the box `link` sits in, when the box holds the label's
    element first, then links only, and no text of its own."""
    box = link.getparent()
    if box is None or (box.text or "").strip():
        return None
    kids = list(box)
    if len(kids) < 2 or any((kid.tail or "").strip() for kid in kids):
        return None
    head, links = kids[0], kids[1:]
    if head.tag == "a" or line_key(head.text_content()) != label or head.find(".//a") is not None:
        return None
    if any(a.tag != "a" for a in links):
        return None
    return [line_key(a.text_content()) for a in links]


def drop_link_boxes(text: str, tree: HtmlElement, url: str | None) -> str:
    """`text` (paragraphs joined by blank lines) without the lines of its link boxes; a box's
    lines are dropped only with story before and after them."""
    paras = text.split("\n\n")
    last = len(paras) - 1
    starts = [
        i
        for i in range(1, last - 1)
        if len(paras[i]) < 80 and _label(paras[i]) and _titled(paras[i + 1])
    ]
    if not starts:
        return text
    links = other_pages_links(tree, url)
    drop: set[int] = set()
    for i in starts:
        label, title = _label(paras[i]), _titled(paras[i + 1])
        if label is None or title is None:
            continue
        lines = next((got for a in links.get(title, []) if (got := _box_lines(a, label))), None)
        end = i + 1 + len(lines or ())
        if not lines or end > last or [line_key(p) for p in paras[i + 1 : end]] != lines:
            continue
        drop.update(range(i, end))
    if not drop:
        return text
    return "\n\n".join(p for i, p in enumerate(paras) if i not in drop)
