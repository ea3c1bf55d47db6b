"""Back matter: the boxes whose class names them as a scholarly article's apparatus.

Pure: patterns only; `extract_marked` finds the boxes and drops their lines. No network, disk
or clock.

Why: a research article, a preprint or an encyclopedia entry sets its apparatus inside the
article's own container: the abstract before the text, the reference list or bibliography after
it. Both extractors keep them, since they sit in the container both score best, so no rule that
weighs one extractor against the other takes them out. The same holds for the box that tells the
reader how to cite the article ("Cite this statistical bulletin", "Cite as"). The markup names
them: LaTeXML's `ltx_abstract` and `ltx_bibliography`, OJS's `item abstract` and `item
references`, Lodel's `resume` and `bibliographie`, MediaWiki's `references`, an encyclopedia's
`bibliografia`, a "cite this" box's `cite`. The names say what the box is for: summing up or
citing the article, not telling it; every set's gold leaves reference lists, bibliographies,
abstracts and cite boxes out (sets G, H, N, P, S, AB, AE). Notes are not among them: a blog's
footnotes (`div.footnotes` of Jekyll, Gatsby, Quarto) are the author's own asides, which sets B,
S and U keep (measured: dropping `footnotes` cost B 102 -0.003, U 2001 -0.002; notes/h-fixn.md),
and an endnotes list is the same box under another name.

A box is found and dropped as a marked box is (`extract_marked`): a class, or an id, holding one
of these words as a whole word (`ltx_bibliography`, not `bibliographyItem`), at most that module's
`_BOX_MAX_WORDS` words (a box, not the article's container), its lines dropped from every
candidate unless fewer than 40 words would be left. The singular `reference` is left out: it
names one item or a link, not the list; so is `citation`, which names a quotation in the text
as often (Lodel's `p.citation`) as a citation box.

Ids (session 19): Lodel (OpenEdition's journals) names its article's boxes by id only, each of
class "section": `div#abstract`, `div#bibliography`; a class reading found the abstract's and
the bibliography's paragraphs (`p.resume`, `p.bibliographie`) but left the boxes' headings
("Résumés", "Bibliographie"), as ONS's `section#cite` left "Cite this statistical bulletin". An
id names one element, so it names the box as surely as a class does. Only these words are read
in ids: an ad word in an id names a slot a script fills (`div-gpt-ad-7`, `extract_marked`). An
article's wrapper id ("article", "content", "main") holds none of them, and a large one would
be left by the size bound anyway.

A "how to cite" box is found by its heading as well (`cite_boxes`): Lodel's `div#quotation`
("Pour citer cet article": "Référence papier", "Référence électronique") and Treccani's
`div.cita-articolo` ("Cita questo articolo") are named by no word of the list. A box that opens
with such a heading (its first element, no text of its own before it) is dropped the same way:
the heading says the box tells how to cite the article, boilerplate in every set's gold. None of
the 181 real pages has such a heading, a code figure or an apparatus id (`notes/h-fixu.md`).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

__all__ = ["BACK_MARKS", "cite_boxes"]

# each word's pattern opens with a literal that `re` finds by a fast scan (`extract_marked`)
BACK_MARKS = {
    "bibliogra": re.compile(r"bibliogra(?:phy|phie|fia)\d*(?![a-z0-9])"),
    "references": re.compile(r"references\d*(?![a-z0-9])"),
    "abstract": re.compile(r"abstract\d*(?![a-z0-9])"),
    "resume": re.compile(r"resume\d*(?![a-z0-9])"),  # French: a résumé is an abstract
    "cite": re.compile(r"cite\d*(?![a-z0-9])"),  # a "cite this article" box
}

# A box that opens with a "how to cite this article" heading, in the languages of the sets and
# the real pages, whatever its markup names it (Lodel's `div#quotation`, Treccani's
# `div.cita-articolo`): the heading says what the box is for.
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_CITE_HEADING = re.compile(
    r"(?:pour\s+citer|citer\s+ce(?:t|tte)?\s|cite\s+this|how\s+to\s+cite|cite\s+as"
    r"|cita(?:r)?\s+(?:questo|este|esta)|come\s+citare|c[oó]mo\s+citar|zitier(?:weise|vorschlag)"
    r"|citeer)",
    re.IGNORECASE,
)


def cite_boxes(tree: HtmlElement) -> list[HtmlElement]:
    """The boxes that open with a "how to cite" heading (the heading is the box's first
    element and the box's own text starts there), in document order."""
    boxes = []
    for heading in tree.iter(*_HEADINGS):  # lxml's tag filter walks in C: 0.007 ms on set J
        text = heading.text_content() if len(heading) else heading.text  # the same string
        if not text or not ("cit" in text or "Cit" in text or "itier" in text):  # most headings
            continue
        if not _CITE_HEADING.match(" ".join(text.split())):
            continue
        box = heading.getparent()
        if box is None or box.tag in ("body", "html") or (box.text or "").strip():
            continue
        if next(box.iterchildren("*"), None) is heading:
            boxes.append(box)
    return boxes
