"""The lead a page names as such, ahead of its story: a standfirst in a box of its own.

Pure: a parsed page in, its lead boxes out (as `extract_summary` boxes). No network, disk or
clock.

Why: a news page opens its story with a lead (standfirst, sumario, chapeau, strapline), one run
of text set apart from the story's paragraphs. Where the page sets it in the headline's box,
`extract_head` cuts it; many CMSes set it elsewhere: as the first item of the story's own box
(a Postimees-like `article-body__item--lead`), or straight after the `<h1>` inside the story's
`<article>` (an El-Tiempo-like `div.lead > p.sumario`), where no headline box stands apart.
Both extractors keep it, they agree, and digest can only tie. The page names the box for what it
is, in its class: the words below are the newsroom's names for the standfirst (English, Spanish,
French), and in all 449 families of sets A-AK no box so named ahead of the story holds a line of
the gold (a box named `intro`, `summary`, `excerpt` or `dek` sometimes does: a story's intro, a
blog's excerpt that is its first paragraph; those words stay out).

A lead box is such an element that holds one run of text (at most one paragraph, no list item
or line break: a story is paragraphs) and stands ahead of the story: no prose paragraph
(`extract_summary.PROSE_WORDS`) before it in the document, one after it. When the page holds the
lead's words elsewhere too (a story that repeats its standfirst as its first paragraph), the box
is left alone: the extraction may hold the story's copy. Its line is dropped from every
extraction like a summary box (`extract_summary.drop_summary`: only where the extraction holds
it, not when little would be left).

Figures (notes/h-fixy.md): every seed of A-AK within -0.0001 of the start code, mean +0.0005;
up on W hu-index and ir-agency, Y dsfr-ministry, AH ee-postimees and co-eltiempo, AC
fr-film-critique, A non-english, D gov-press. On the 181 real pages the boxes so named ahead of
the story (a strapline, a standfirst, an article lead, a lead asset's caption) hold no line of
the gold either. Tried and dropped with it: a list alone in its box ahead of the story with no
heading (Mongabay's key points, AJ +0.005) took changelogs', portals' and blogs' opening lists
too (P 1501 -0.0055, AA 2602 -0.0051).

Cost: the page's class values are read as plain strings (as `extract_marked` does, ~0.02 ms on
set E) and searched for the words; elements are looked for only on the few pages that have one.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from digest.ingest.extract_marked import CLASS_VALUES, class_owners

__all__ = ["LEAD_WORDS", "lead_boxes"]

# The standfirst's names, matched as whole words of a class value (between non-letters).
LEAD_WORDS = ("lead", "lede", "standfirst", "sumario", "chapo", "chapeau", "strapline")
_LEAD = re.compile(r"(?<![a-z0-9])(?:" + "|".join(LEAD_WORDS) + r")(?![a-z0-9])")
_RUNS = ("p", "li", "br")  # a story is paragraphs, a list or broken lines; a lead is one run
_WORD = re.compile(r"\w+")


def _named(tree: HtmlElement) -> list[HtmlElement]:
    """The elements whose class holds a lead's name as a whole word, in document order."""
    joined = "\0".join(CLASS_VALUES(tree)).lower()
    if not _LEAD.search(joined):  # most pages
        return []
    indexes: list[int] = []
    for m in _LEAD.finditer(joined):
        index = joined.count("\0", 0, m.start())
        if not indexes or indexes[-1] != index:
            indexes.append(index)
    return class_owners(tree, indexes)


def _one_run(box: HtmlElement) -> bool:
    """At most one paragraph and no list item or line break in the box (itself too)."""
    runs = 0
    for el in box.iter(*_RUNS):
        if el.tag != "p":
            return False
        runs += 1
        if runs > 1:
            return False
    return True


def lead_boxes(tree: HtmlElement, prose_words: int) -> list[tuple[HtmlElement, str]]:
    """The lead boxes ahead of the story (module docstring) and their text, outer boxes only.

    `prose_words`: the words of a prose paragraph (`extract_summary.PROSE_WORDS`)."""
    named = _named(tree)
    if not named:
        return []
    found: list[tuple[HtmlElement, str]] = []
    body: list[str] = []
    for box in named:
        if box.tag in ("body", "html") or any(box in outer.iter() for outer, _ in found):
            continue
        text = box.text_content()
        words = _WORD.findall(text.lower())
        if not words or not _one_run(box) or not _ahead_of_prose(box, tree, prose_words):
            continue
        if not body:
            page = tree.find(".//body")
            body.append(
                " ".join(_WORD.findall((page if page is not None else tree).text_content().lower()))
            )
        run = " ".join(words)
        if body[0].count(run) > 1:
            continue  # the page repeats the lead: the story may hold it
        found.append((box, text))
    return found


def _ahead_of_prose(box: HtmlElement, page: HtmlElement, prose_words: int) -> bool:
    """No prose paragraph before the box in the document (nor is it one), and one after it."""
    before = True
    inside = set(box.iter("p"))
    for p in page.iter("p", str(box.tag)):
        if p is box:
            before = False
            continue
        if p.tag != "p" or p in inside or len(p.text_content().split()) < prose_words:
            continue
        return not before
    return False
