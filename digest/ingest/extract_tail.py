"""Whether what trafilatura alone holds after the story is furniture made of lists and tables.

Pure: reads lines of text; no network, disk or clock.

The `tail` rule of extract_rules cuts trafilatura's broad text at readability's last line when
readability holds much less (below trim's range) and what only trafilatura holds after it is
page furniture. A story's own ending is prose: paragraphs, sentences of more than a few words.
What a page puts after the story outside its body is often made of items instead: a teaser list
(`Candidates.teaser_tail`), a match's line-ups and statistics table, a "Recommended stories"
list whose items carry their source and excerpt, a list of other posts with dates. trafilatura
writes an `<li>` as a line opening with "- " and a table row as a line opening with "|"; a tail
made only of such lines and of short lines (headings, labels, "Referee: J. Walker") holds no
paragraph, so it is not the story's continuation: readability, which scores containers by their
prose, ended the story where it ended. A tail holding even one paragraph longer than a short
line is left to the other rules (a split story's next part, a list readability dropped from
inside the story under its lead-in sentence).

Measured (notes/h-fixf.md): on every page of sets A-V at every seed where readability is below
trim's range and covered by trafilatura's text, the tails are either free of paragraphs (set C's
match reports and wire portal, P's speeches, Q's issue tracker: the cut is right on all) or hold
them (Notion pages, WPBakery columns, live blogs, Blox.pl comments: left alone).
"""

from __future__ import annotations

from collections.abc import Iterable

from digest.ingest.extract_shingles import line_words

__all__ = ["ITEM_MARKS", "holds_no_paragraph"]

ITEM_MARKS = ("-", "|", "*")  # how trafilatura opens a list item's line and a table row's line


def holds_no_paragraph(lines: Iterable[str], short_words: int) -> bool:
    """True when `lines` is not empty and none is a paragraph: every line is a list item or a
    table row (by its opening mark) or has at most `short_words` words."""
    seen = False
    for line in lines:
        stripped = line.lstrip()
        if not stripped:
            continue
        seen = True
        if not stripped.startswith(ITEM_MARKS) and len(line_words(line)) > short_words:
            return False
    return seen
