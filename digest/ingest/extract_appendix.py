"""A post's appendix box: the acknowledgments, reuse licence and "how to cite" after the text.

Pure: reads the page tree; `extract_blocks.drop_boxes` drops the lines. No network, disk or
clock.

Why: the publishing tools of research blogs (Quarto's `div#quarto-appendix` with its
`quarto-appendix-contents` sections, Distill's `<d-appendix>`) set a post's back matter in a
box after the text, inside the article's container: the acknowledgments, the authors'
contributions, the reuse licence, the citation and its BibTeX entry. Both extractors keep it,
since it sits in the container they score best, and the gold leaves it out (sets S distill-lab
and U quarto-blog: precision 0.66-0.95 for both extractors). The markup names the box by its
tag, class or id; the word says what it is, back matter about the post, as `extract_backmatter`'s
words name a paper's apparatus. The box is bounded as a marked box is (`BOX_MAX_WORDS` words: a
box, not an article wrapper that a theme names `has-appendix`); a larger one is left whole and
the boxes named inside it are taken instead. A blog's footnotes are not in it (Quarto's
`section.footnotes` stands before it; their text is gold in sets B, S and U).

The tree is searched only when the page's markup holds the word (`extract_page` tests its HTML
first): most pages pay one substring scan.
"""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement

from digest.ingest.extract_blocks import Key, drop_boxes, element_paragraphs
from digest.ingest.extract_shingles import line_key

__all__ = ["BOX_MAX_WORDS", "appendix_boxes", "drop_appendix"]

BOX_MAX_WORDS = 200  # as a marked box's bound (`extract_marked`): a box, not the article
_NAMED = XPath(
    "//*[contains(local-name(), 'appendix') or contains(@class, 'appendix')"
    " or contains(@id, 'appendix')]"
)
_WHOLE = re.compile(r"(?<![a-z0-9])appendix(?![a-z0-9])")
_WORD = re.compile(r"\w+")


def _named(el: HtmlElement) -> bool:
    """The word `appendix` whole in the tag, a class or the id (not `appendixes-list-item`'s
    glued neighbour `myappendix`)."""
    return any(
        _WHOLE.search(value.lower())
        for value in (str(el.tag), el.get("class") or "", el.get("id") or "")
    )


def appendix_boxes(tree: HtmlElement) -> frozenset[Key]:
    """The line keys of the outermost small boxes named as an appendix."""
    taken: list[HtmlElement] = []
    keys: set[Key] = set()
    for el in _NAMED(tree):
        if el.tag in ("body", "html") or not _named(el):
            continue
        if any(outer in taken for outer in el.iterancestors()):
            continue
        if len(_WORD.findall(el.text_content())) > BOX_MAX_WORDS:
            continue
        taken.append(el)
        keys.update(k for k in map(line_key, element_paragraphs(el)) if k)
    return frozenset(keys)


def drop_appendix(text: str, tree: HtmlElement, html: str | bytes) -> str:
    """`text` without the lines of the page's appendix boxes (unless too little would be left:
    `drop_boxes`); the tree is searched only when the page's HTML holds the word."""
    named = "appendix" in html if isinstance(html, str) else b"appendix" in html
    if not named:
        return text
    return drop_boxes(text, appendix_boxes(tree))
