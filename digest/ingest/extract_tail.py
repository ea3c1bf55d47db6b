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

from collections.abc import Callable, Iterable

from digest.ingest.extract_shingles import SENTENCE_END, line_words

__all__ = ["ITEM_MARKS", "holds_no_paragraph", "own_items"]

ITEM_MARKS = ("-", "|", "*")  # how trafilatura opens a list item's line and a table row's line
LIST_MARKS = ("-", "*")  # ... a list item's line alone


def holds_no_paragraph(
    lines: Iterable[str], short_words: int, story_item: Callable[[str], bool] | None = None
) -> bool:
    """True when `lines` is not empty and none is a paragraph: every line is a list item or a
    table row (by its opening mark) or has at most `short_words` words.

    With `story_item` (whether a list item's line is a plain run of text in the page, led by
    no link: extract_items), a list item written as a sentence of the story is a paragraph
    too: longer than `short_words`, ending like a sentence (`prose_item`). A story that ends
    in a list of its own points or quotes writes its items so; a line-up's or a tag list's
    items are names with no sentence end, and a comment's or a teaser card's item is no plain
    run of text (an avatar, a name and a time; a link and an excerpt).
    """
    seen = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        seen = True
        if len(line_words(line)) > short_words and (
            not stripped.startswith(ITEM_MARKS)
            or (story_item is not None and prose_item(stripped) and story_item(stripped))
        ):
            return False
    return seen


def prose_item(line: str) -> bool:
    """A list item's line that ends like a sentence (a line-up's names, a tag list do not)."""
    return line.startswith(LIST_MARKS) and SENTENCE_END.search(line) is not None


def own_items(
    story_item: Callable[[str, str, str], bool] | None,
    span: list[str],
    led_by_link: Callable[[str], bool],
) -> Callable[[str], bool] | None:
    """`holds_no_paragraph`'s `story_item` for the lines after the story `span`: a list item
    led by no link, plain and inside the container of the span's first and last lines
    (`extract_items.story_item`, given the page); None without the page or a span."""
    if story_item is None or not span:
        return None
    return lambda line: not led_by_link(line) and story_item(line, span[0], span[-1])
