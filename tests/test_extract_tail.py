"""Whether the lines after a story hold a paragraph (ingest.extract_tail)."""

from __future__ import annotations

from digest.ingest.extract_tail import holds_no_paragraph


def test_list_items_table_rows_and_short_lines_are_no_paragraph() -> None:
    tail = [
        "Recommended Stories",
        "- USA TODAY Council approves harbour wall plan after a long debate in the chamber today",
        "| 17 | Shots on target in the second half | 12 |",
        "* Another item written with a star, long enough to be a sentence of its own here",
        "",
        "Referee: J. Walker",
    ]
    assert holds_no_paragraph(tail, 8)


def test_one_paragraph_is_enough_to_be_prose() -> None:
    tail = ["- an item", "The story goes on here with a sentence of more than eight words."]
    assert not holds_no_paragraph(tail, 8)
    assert holds_no_paragraph(tail, 20)  # shorter than the bound: a label


def test_an_empty_tail_is_not_furniture() -> None:
    assert not holds_no_paragraph([], 8)
    assert not holds_no_paragraph(["", "  "], 8)


SENTENCE_ITEMS = [
    '- "We will submit a budget that fits the times and meets the priorities," Mr Bush said.',
    "- But the dollar's weakness has hit European and Asian exporters hard this year.",
]


def test_a_list_item_written_as_a_sentence_of_the_story_is_a_paragraph() -> None:
    # a story that ends in a list of its own quotes: items of more than a few words, ending
    # like sentences, each a plain run of text in the page (`story_item`)
    assert holds_no_paragraph(SENTENCE_ITEMS, 8)  # item marks alone: no paragraph
    assert not holds_no_paragraph(SENTENCE_ITEMS, 8, lambda line: True)
    # the same sentences in composite items (a comment thread's avatar, name, time): items
    assert holds_no_paragraph(SENTENCE_ITEMS, 8, lambda line: False)


def test_items_without_a_sentence_end_stay_items() -> None:
    # a line-up, a tag list: names, no sentence end, however long
    names = ["- Arsenal: Lehmann, Lauren, Toure, Campbell, Cole, Ljungberg, Vieira, Pires, Henry"]
    table = ["| Possession | 55% | 45% | shots on target in the second half, all of them. |"]
    assert holds_no_paragraph(names + table, 8, lambda line: True)
