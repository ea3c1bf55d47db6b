"""Whether the lines after a story hold a paragraph (ingest.extract_tail)."""

from __future__ import annotations

from digest.ingest.extract_tail import holds_no_paragraph, is_comment_list, is_furniture


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


COMMENT = "Great post, I read it twice and I agree with every word of the last part here."


def test_comments_each_by_a_signed_line_are_a_comment_list() -> None:
    # a Blox.pl-like list: author line, body, date line; and a daily's "name, date time" bylines
    blox = ["Komentarze"]
    for n in range(3):
        blox += [f"reader{n}, *.adsl.tpnet.pl", COMMENT, f"2016/03/2{n} 10:39:52"]
    daily = [line for n in range(3) for line in (f"Ana R., 0{n + 1}.07.2009 23:19", COMMENT)]
    assert is_comment_list(blox, 8) and is_furniture(blox, 8)
    assert is_comment_list(daily, 8)
    assert not holds_no_paragraph(blox, 8)  # the bodies are paragraphs


def test_one_signature_or_a_paragraph_far_from_any_is_not_a_comment_list() -> None:
    one = ["Ana R., 03.07.2009 23:19", COMMENT]
    assert not is_comment_list(one, 8)
    story = ["Ana R., 03.07.2009 23:19", COMMENT, "Ana R., 04.07.2009 10:00", "", "x", "y", "z"]
    assert not is_comment_list([*story, COMMENT], 8)  # the last paragraph stands alone
    assert not is_furniture([*story, COMMENT], 8)
