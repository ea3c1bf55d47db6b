"""The page's short text nodes that open with a heading's words, found without an XPath that
normalises every text node.

Pure: reads the parsed page; no network, disk or clock.

`extract._heading_boxes` looks for the "Related" / "Check also" / "Read also" headings of the
site's related-links boxes: text nodes of 4 to 40 characters once their whitespace is collapsed,
whose words are such a heading. Its XPath computed `normalize-space` and the length of every
text node of the page, and made every short one a string that knows its element (~90 us a
page on sets J and D, the third of `_related_links`), where most pages hold no such heading
(3,753 of the 15,894 pages of sets A-AS hold one). Here the page's text nodes are read once
as plain strings (~20 us), one search of them joined finds the few that open with a heading's
first word, only those are measured and matched, and only a match is looked up as a node
(`_NTH_TEXT`): the same nodes, in document order, as
`/descendant::text()[floor((string-length(normalize-space(.)) - 4) div 37) = 0]` followed by
the match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml.etree import XPath
from lxml.html import HtmlElement

__all__ = ["heading_texts", "opening_words"]

_TEXTS = XPath("/descendant::text()", smart_strings=False)
_NTH_TEXT = XPath("(/descendant::text())[$i]")  # the same nodes, one of them with its element
# XPath's whitespace (normalize-space collapses only these four)
_XPATH_BLANKS = re.compile(r"[ \t\n\r]+")
_MIN_CHARS, _MAX_CHARS = 4, 40  # a heading's length once its whitespace is collapsed
_SEPARATOR = "\0"  # in no text node: libxml2's strings end at one


def opening_words(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds, in the texts joined by `_SEPARATOR` (one leading it too), each text
    whose first word (after Unicode whitespace, as `str.split` skips it) opens with one of
    `words`, case-blind as `re.IGNORECASE` is: a superset of the texts a case-blind heading
    pattern whose every alternative opens with one of `words` matches."""
    alternatives = "|".join(map(re.escape, words))
    return re.compile(f"{_SEPARATOR}\\s*(?:{alternatives})", re.IGNORECASE)


def heading_texts(
    tree: HtmlElement, heading: re.Pattern[str], opening: re.Pattern[str]
) -> Iterator[Any]:
    """The text nodes of the page (`tree`'s document) of `_MIN_CHARS` to `_MAX_CHARS` characters
    once XPath's `normalize-space` collapsed them, whose words joined by single spaces match
    `heading`, in document order, each as XPath's smart string (`getparent`, `is_tail`: typed
    as the XPath's results are, which the callers read as `HtmlElement`s).
    `opening` (`opening_words`) must find every text `heading` matches."""
    texts = _TEXTS(tree)
    joined = _SEPARATOR + _SEPARATOR.join(texts)
    index, counted_to = 0, 0
    for found in opening.finditer(joined):
        # the text's index: the separators before its own (counted on from the last one found)
        index += joined.count(_SEPARATOR, counted_to, found.start())
        counted_to = found.start()
        text = texts[index]
        size = len(_XPATH_BLANKS.sub(" ", text).strip(" "))
        if _MIN_CHARS <= size <= _MAX_CHARS and heading.match(" ".join(text.split())):
            yield _NTH_TEXT(tree, i=index + 1)[0]
