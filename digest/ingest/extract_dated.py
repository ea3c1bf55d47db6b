"""A paragraph the page sets under its header's date stamp: the story's opening, not a dek.

Pure: a parsed page and a line in, a yes or no out. No network, disk or clock.

Why: two rules read one paragraph in the headline's neighbourhood as the header's dek and cut
it: `extract_head` (a line the headline's box holds) and `trim` (a line the broad pass holds
before readability's first). A header is written in one order: a kicker, the headline, the dek
or standfirst, then the byline and the date; the story follows (`extract_opening.ONE_PARA`'s
reading: a dek stands over the byline and the date). A how-to site (wikiHow, MediaWiki
underneath) sets the article's one-paragraph intro in the headline's box after the byline, the
"Last Updated:" date and the method menu, apart from the steps, and takes its description from
that paragraph whole, so nothing in the text tells it from a dek. The page's order does: a
paragraph after the header's date stamp is past the header. So when the first prose the page
holds after the `<h1>` (the first text of more than `SHORT_LINE_WORDS` words, the shipped bound
of a heading or a date line) is the paragraph, and a date stamp stands between the two (a text
that `extract_stamp.is_stamp` reads as a publishing label and a date, "Last Updated: April 20,
2021"), the paragraph opens the story. A bare date (a `<time>` element's text, `TIME_TAGS`)
does not count: a blog theme sets its byline row, "door Tom Becker · 25 juli 2016", between the
headline and a `p.intro` dek (with it, AE's 23 pages, V's 10, one each of A, F and T went down,
a few of A and AD up). A dek set over the stamp, or any prose between the headline and the
paragraph, leaves the cut as it was. No number is fitted: the prose bound is
`SHORT_LINE_WORDS`, the stamp is `extract_stamp`'s.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml.etree import XPath
from lxml.html import HtmlElement

from digest.ingest.extract_rules import SHORT_LINE_WORDS
from digest.ingest.extract_shingles import line_key
from digest.ingest.extract_stamp import is_stamp

__all__ = ["UNDER_STAMP", "TIME_TAGS", "headline_of", "under_stamp"]

UNDER_STAMP = True  # the rule's switch (tests and the bench turn it off)
TIME_TAGS = False  # a `<time>` element's text counts as a stamp (off: AE, V lost)
_SKIPPED = ("script", "style", "noscript")
_TEXTS = XPath(
    "descendant-or-self::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]",
    smart_strings=True,
)


def _following_texts(el: HtmlElement) -> Iterator[tuple[str, bool]]:
    """The page's texts after `el` in document order (its own aside), each with whether a
    `<time>` element holds it, walked one sibling box at a time so that a search stops early
    (an XPath `following::` reads the whole page)."""
    node: HtmlElement | None = el
    while node is not None:
        if node.tail:
            yield node.tail, False
        for box in node.itersiblings(preceding=False):
            if isinstance(box.tag, str) and box.tag not in _SKIPPED:
                for text in _TEXTS(box):
                    holder = text.getparent()
                    yield text, not text.is_tail and holder is not None and holder.tag == "time"
            if box.tail:
                yield box.tail, False
        node = node.getparent()
        if node is not None and node.tag in _SKIPPED:
            return


def headline_of(tree: HtmlElement, titles: set[tuple[str, ...]]) -> HtmlElement | None:
    """The page's `<h1>` whose words are one of the title forms' (`line_key`s)."""
    return next((h for h in tree.iter("h1") if line_key(h.text_content()) in titles), None)


def under_stamp(headline: HtmlElement | None, para: str) -> bool:
    """`para` is the first prose after the headline and a date stamp stands between the two
    (module docstring)."""
    own = line_key(para)
    if not UNDER_STAMP or headline is None or len(own) <= SHORT_LINE_WORDS:
        return False
    stamped = False
    for text, timed in _following_texts(headline):
        key = line_key(text)
        if not key:
            continue
        if own[: len(key)] == key:  # the paragraph's first text (it may run over a link)
            return stamped
        if len(key) > SHORT_LINE_WORDS:
            return False  # other prose first: a dek, or the story's own text
        stamped = stamped or (TIME_TAGS and timed) or is_stamp(text.strip())
    return False
