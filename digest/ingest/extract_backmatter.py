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

A box is found and dropped as a marked box is (`extract_marked`): a class holding one of these
words as a whole word (`ltx_bibliography`, not `bibliographyItem`), at most that module's
`_BOX_MAX_WORDS` words (a box, not the article's container), its lines dropped from every
candidate unless fewer than 40 words would be left. The singular `reference` is left out: it
names one item or a link, not the list; so is `citation`, which names a quotation in the text
as often (Lodel's `p.citation`) as a citation box.
"""

from __future__ import annotations

import re

__all__ = ["BACK_MARKS"]

# each word's pattern opens with a literal that `re` finds by a fast scan (`extract_marked`)
BACK_MARKS = {
    "bibliogra": re.compile(r"bibliogra(?:phy|phie|fia)\d*(?![a-z0-9])"),
    "references": re.compile(r"references\d*(?![a-z0-9])"),
    "abstract": re.compile(r"abstract\d*(?![a-z0-9])"),
    "resume": re.compile(r"resume\d*(?![a-z0-9])"),  # French: a résumé is an abstract
    "cite": re.compile(r"cite\d*(?![a-z0-9])"),  # a "cite this article" box
}
