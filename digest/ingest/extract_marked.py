"""Boxes the page's own markup marks as paid or marketing content: their lines are no story.

Pure: takes a parsed page, returns line keys. No network, disk or clock.

Why: on most pages trafilatura's text and readability's agree and digest keeps that text (the
`agree` rule decides 64-80% of pages), so a box that both extractors keep can only tie with
trafilatura. Measured on the lines digest kept that the gold leaves out (session 9,
notes/extract.md): the commonest kind with a structural mark is a small box whose class or id
names it as an advert, a sponsor's segment, a promotion, a call to action or a commercial
disclosure (`native-ad`, `ad-slot`, `sponsored-segment`, `sponsor-box`, `tncms-inline-promo`,
`blog-post-cta`, WPBakery's `vc_cta3`, Kinja's `js_commerce-disclosure`; on the real pages
National Review's `nrplus-cta-wrap`). Those names say what the box is for: selling something,
not telling the story. In the 181 real gold texts no line inside such a box is kept (the
inventory found none), while lines inside `disclaimer`, `caption`, `credit`, `callout` and
`poll` boxes are (Sputnik's disclaimer, a Rolling Stone caption, bgr's product callouts):
those words stay out of the list.

A box is an element whose class or id holds one of `_MARKS` as a whole word (separated by
anything but a letter or digit; a number may follow: `ad2`, `cta3`), holding at most
`_BOX_MAX_WORDS` words: a box, not the article's container (a story wrapper flagged
`has-ads` holds the whole story). Its lines are dropped from a candidate wherever they sit,
like a form box's (`extract_blocks.drop_boxes`, which also keeps the text when fewer than 40
words would be left).
"""

from __future__ import annotations

import bisect
import itertools
import re

from lxml.etree import XPath
from lxml.html import HtmlElement

from digest.ingest.extract_blocks import element_text
from digest.ingest.extract_rules import line_key

__all__ = ["marked_boxes"]

Key = tuple[str, ...]

# Class / id words of paid or marketing content (never of a story part on the 181 real pages):
# ad, ads, advert, advertisement, sponsor, sponsored, promo, cta, disclosure; written as a trie
# and matched on the lowercased attribute values (twice as fast as an alternation with IGNORECASE).
_MARKED = re.compile(
    r"(?<![a-z0-9])(?:ad(?:s|vert(?:isement)?)?|sponsor(?:ed)?|promo|cta|disclosure)\d*(?![a-z0-9])"
)
_BOX_MAX_WORDS = 200
_ATTRIBUTES = XPath("//@class|//@id")  # smart strings: each value knows its element


def _small(box: HtmlElement) -> bool:
    """At most `_BOX_MAX_WORDS` words; stops counting early in a large container."""
    words = 0
    for text in box.itertext():
        words += len(text.split())
        if words > _BOX_MAX_WORDS:
            return False
    return True


def marked_boxes(tree: HtmlElement) -> frozenset[Key]:
    """The line keys of the small boxes whose class or id marks them as paid or marketing.

    One pass: every class and id value of the page, joined and searched once (most of the cost:
    ~0.6 ms on a real page of the 181, ~4% of trafilatura's time); only the elements of the
    values that match are looked at.
    """
    values = _ATTRIBUTES(tree)
    joined = "\n".join(values).lower()
    found = [m.start() for m in _MARKED.finditer(joined)]
    if not found:
        return frozenset()
    starts = list(itertools.accumulate((len(v) + 1 for v in values[:-1]), initial=0))
    keys: set[Key] = set()
    seen: set[int] = set()
    for at in found:
        index = bisect.bisect_right(starts, at) - 1
        if index in seen:
            continue
        seen.add(index)
        box = values[index].getparent()
        if box is None or not _small(box):
            continue
        keys.update(k for k in map(line_key, element_text(box).split("\n\n")) if k)
    return frozenset(keys)
