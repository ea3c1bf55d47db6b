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
inside the story under its lead-in sentence), unless it is a comment list: its paragraphs are
each next to a signature, a short line with a date or a clock time ("Ana R., 03.07.2009 23:19",
"2016/03/27 10:39:52"), and there are two signatures or more. Guest comments under a blog post
whose markup does not say "comment" (a Blox.pl blog, a Portuguese daily's readers' notes) are
built so; a story's continuation has no such line beside each paragraph.

Measured (notes/h-fixf.md): on every page of sets A-V at every seed where readability is below
trim's range and covered by trafilatura's text, the tails are either free of paragraphs (set C's
match reports and wire portal, P's speeches, Q's issue tracker: the cut is right on all), comment
lists (V's Blox.pl, T's Portuguese daily: right on all) or story (Notion pages, WPBakery columns,
a live blog's post, a broadcaster's second part: left alone). A live blog whose later posts,
each under its time, only trafilatura kept would read as a comment list: none was seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from digest.ingest.extract_shingles import line_words

__all__ = ["ITEM_MARKS", "holds_no_paragraph", "is_comment_list", "is_furniture"]

ITEM_MARKS = ("-", "|", "*")  # how trafilatura opens a list item's line and a table row's line
# a clock time, a year-first date or a day-first date: what a comment's signature carries
_STAMP = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
)
_SIGNED = 2  # a comment body lies within this many lines of its signature (author, body, date)


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


def is_comment_list(lines: Iterable[str], short_words: int) -> bool:
    """True when `lines` hold two signatures or more (short lines with a date or a clock time)
    and every paragraph lies within `_SIGNED` lines of one: comments, each body by its byline."""
    kept = [line for line in lines if line.strip()]
    signs = [
        i
        for i, line in enumerate(kept)
        if len(line_words(line)) <= short_words and _STAMP.search(line)
    ]
    if len(signs) < 2:
        return False
    near = {i + step for i in signs for step in range(-_SIGNED, _SIGNED + 1)}
    return all(
        i in near or line.lstrip().startswith(ITEM_MARKS) or len(line_words(line)) <= short_words
        for i, line in enumerate(kept)
    )


def is_furniture(lines: list[str], short_words: int) -> bool:
    """What trafilatura alone holds after the story is items and labels, or a comment list."""
    return holds_no_paragraph(lines, short_words) or is_comment_list(lines, short_words)
