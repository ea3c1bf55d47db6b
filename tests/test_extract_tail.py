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
