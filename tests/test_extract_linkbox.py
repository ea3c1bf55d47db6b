"""A "see also" box between a story's paragraphs (an element holding a short label and links to
other stories, nothing else) is not the story's text (set AH co-eltiempo: "Le puede
interesar")."""

from __future__ import annotations

import lxml.html
from test_extract_linkcard import PARAS  # the same four paragraphs of a local story

from digest.ingest.extract import extract_page
from digest.ingest.extract_linkbox import drop_link_boxes

URL = "https://news.example.net/2022/05/tram-line-approved"
OTHER = "Harbour bridge closed for repairs"
BOX = (
    '<div class="recomendado"><p class="titulo">Le puede interesar</p>'
    f'<a href="/ciudad/harbour-bridge-closed-698471">{OTHER}</a></div>'
)


def _page(inserted: str) -> str:
    body = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{inserted}<p>{PARAS[2]}</p><p>{PARAS[3]}</p>"
    return (
        "<html><head><title>Tram line approved</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/city/">City</a></nav>'
        f'<article><h1>Tram line approved</h1><div class="article-body">{body}</div></article>'
        "</body></html>"
    )


def _text(inserted: str, lines: list[str]) -> str:
    """The story's paragraphs with `lines` after the second, as the extractors give them."""
    return "\n\n".join([*PARAS[:2], *lines, *PARAS[2:]])


def test_a_box_of_a_label_and_a_link_is_dropped() -> None:
    text = extract_page(_page(BOX), URL).text
    for para in PARAS:
        assert para in text
    assert OTHER not in text
    assert "Le puede interesar" not in text


def test_the_box_s_lines_are_what_the_extractors_keep_without_the_step() -> None:
    """The switch check: the text the step gets holds the box's two lines; it drops them."""
    tree = lxml.html.fromstring(_page(BOX))
    text = _text(BOX, ["Le puede interesar", OTHER])
    assert drop_link_boxes(text, tree, URL).split("\n\n") == PARAS


def test_a_box_of_a_label_and_two_links_is_dropped() -> None:
    second = "Ferry timetable changes for winter"
    box = BOX.replace("</div>", f'<a href="/ciudad/ferry-timetable-77">{second}</a></div>')
    tree = lxml.html.fromstring(_page(box))
    text = _text(box, ["Le puede interesar", OTHER, second])
    assert drop_link_boxes(text, tree, URL).split("\n\n") == PARAS


def test_a_subheading_over_a_linked_line_in_the_story_is_kept() -> None:
    """A heading and a paragraph that is one link, both in the story's container: no box."""
    inserted = f'<h3>Further reading</h3><p><a href="/ciudad/harbour-bridge-1">{OTHER}</a></p>'
    tree = lxml.html.fromstring(_page(inserted))
    text = _text(inserted, ["Further reading", OTHER])
    assert drop_link_boxes(text, tree, URL) == text


def test_a_box_with_text_of_its_own_or_a_link_to_this_page_is_kept() -> None:
    own_text = BOX.replace("</p>", "</p> and more ")
    tree = lxml.html.fromstring(_page(own_text))
    text = _text(own_text, ["Le puede interesar", OTHER])
    assert drop_link_boxes(text, tree, URL) == text
    to_self = BOX.replace("/ciudad/harbour-bridge-closed-698471", "/2022/05/tram-line-approved")
    tree = lxml.html.fromstring(_page(to_self))
    assert drop_link_boxes(_text(to_self, ["Le puede interesar", OTHER]), tree, URL) != ""
    assert OTHER in drop_link_boxes(_text(to_self, ["Le puede interesar", OTHER]), tree, URL)


def test_a_box_that_ends_the_text_is_kept() -> None:
    """Story before and after: a box at the end may be the story's own source line."""
    tree = lxml.html.fromstring(_page(BOX))
    text = "\n\n".join([*PARAS, "Le puede interesar", OTHER])
    assert drop_link_boxes(text, tree, URL) == text
