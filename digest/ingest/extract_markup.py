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
- A `<figure>` that holds a `<pre>` and no image is a code listing set as a figure. Jekyll's
  Rouge writes every highlighted block so (`<figure class="highlight"><pre><code>`: al-folio,
  Minima and most Jekyll themes), as do other static-site generators. trafilatura drops
  `<figure>` and all it holds (an image and its caption, its figures) unless it holds a
  table (its own issue #301 renames such a figure `<div>`): its text lost the code, which the
  story's prose introduces and explains, and the rules kept its text, the better one on the
  prose around (set AE's al-folio family: recall 0.84, digest's and trafilatura's). Renamed
  `<div>`, the listing is what it is: a block of the story, as the same `<pre>` outside a
  figure is. A figure with an image (a screenshot, its caption holding code) stays a figure, and
  one with a table (Octopress's and Hexo's numbered listings) is left to trafilatura's renaming.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from digest.ingest.extract_blocks import LINK_SHARE

__all__ = ["code_figures", "paragraph_sections"]

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


# an image makes a figure an image's; a table is trafilatura's to read (it renames the figure)
_NOT_CODE = frozenset("img picture video svg table".split())


def code_figures(tree: HtmlElement) -> int:
    """Rename to `<div>` every `<figure>` of `tree` that holds a `<pre>` and no image or table;
    how many. (A figure that holds a table, a listing with a line-number gutter, trafilatura
    renames itself.)"""
    found = [
        figure
        for figure in tree.iter("figure")
        if next(figure.iter("pre"), None) is not None
        and not any(d.tag in _NOT_CODE for d in figure.iterdescendants())
    ]
    for figure in found:
        figure.tag = "div"
    return len(found)
