"""Markup one extractor misreads, rewritten once before the extractors read the page.

Pure: changes the parsed page it is given; no network, disk or clock.

- A `<section>` that holds text and no block element is a paragraph written as a section.
  WeChat's editor writes every paragraph of an official-account article so
  (`<section style="..."><span leaf="">text</span></section>`), and so do other
  rich-text editors (a Goodreads-like review's paragraphs). trafilatura keeps the text of a
  `<p>` or a `<div>` but drops the text held directly in a `<section>` (its sections are
  containers, never paragraphs), so its text lost those paragraphs wherever they stood, and
  readability, which keeps them, read as the longer, not the better, candidate. Measured:
  set M's WeChat-like family 0.82 / 0.80 F1 for both extractors (notes/h-fixb.md). Renamed
  `<p>`, the section is what it is: a paragraph, for every extractor alike. A section that
  holds blocks (paragraphs, headings, figures) is a container and stays one.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from digest.ingest.extract_blocks import LINK_SHARE

__all__ = ["paragraph_sections"]

# What makes a section a container rather than a paragraph: any block-level element in it.
_BLOCKS = frozenset(
    "address article aside blockquote center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul".split()
)


def _mostly_links(el: HtmlElement) -> bool:
    """Its words are mostly link text, as a sidebar's: a "Read also" line with its link."""
    words = len(el.text_content().split())
    linked = sum(len(a.text_content().split()) for a in el.iter("a"))
    return linked >= LINK_SHARE * words


def paragraph_sections(tree: HtmlElement) -> int:
    """Rename to `<p>` every `<section>` of `tree` that holds text and no block, unless its
    words are mostly a link's (a "Lire aussi" catcher between two paragraphs is no paragraph
    of the story, and trafilatura drops it as a section); how many."""
    # blocks are looked for first (a section that holds the story opens with one: the walk
    # stops there; a tag filter of 40 names, built again for every section, cost more);
    # the text only of the few sections left
    found = [
        section
        for section in tree.iter("section")
        if not any(d.tag in _BLOCKS for d in section.iterdescendants())
        and section.text_content().strip()
        and not _mostly_links(section)
    ]
    for section in found:
        section.tag = "p"
    return len(found)
