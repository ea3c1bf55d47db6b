"""A "see also" line between a story's paragraphs (a short label, a colon and another story's
headline as a link) is not the story's text, whatever the label's language (sets W lt-delfi,
AN dm-za)."""

from __future__ import annotations

import lxml.html
from test_extract_linkcard import PARAS  # the same four paragraphs of a local story

from digest.ingest.extract import extract_page
from digest.ingest.extract_linkline import drop_link_lines

URL = "https://news.example.net/2022/05/tram-line-approved"


def _page(inserted: str) -> str:
    body = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{inserted}<p>{PARAS[2]}</p><p>{PARAS[3]}</p>"
    return (
        "<html><head><title>Tram line approved</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/city/">City</a></nav>'
        f'<article><h1>Tram line approved</h1><div class="article-body">{body}</div></article>'
        "</body></html>"
    )


def test_a_labelled_link_line_in_another_language_is_dropped() -> None:
    line = (
        "<p><strong>Skaitykite daugiau:</strong> "
        '<a href="https://news.example.net/2022/harbour-bridge-closed-for-repairs">'
        "Harbour bridge closed for repairs</a></p>"
    )
    text = extract_page(_page(line), URL).text
    for para in PARAS:
        assert para in text
    assert "Harbour bridge closed" not in text
    assert "Skaitykite" not in text


def test_a_link_line_to_another_host_of_the_paper_is_dropped() -> None:
    line = (
        "<p><strong>Read more in the Daily Courier: "
        '<a href="https://www.dailycourier.example.com/article/2022-05-04-bus-fares-frozen/">'
        "Bus fares frozen for another year</a></strong></p>"
    )
    text = extract_page(_page(line), URL).text
    assert PARAS[2] in text
    assert "Bus fares frozen" not in text


def test_a_label_before_a_sentence_or_a_short_credit_is_kept() -> None:
    """A sentence with a link in it, a credit of under three words and a linked call to action
    (it ends like a sentence, a headline does not) are the story's."""
    prose = (
        '<p>The mayor said: <a href="/2022/council-minutes">the council minutes</a> show '
        "that every ward was consulted twice before the vote on the route.</p>"
    )
    credit = '<p>Source: <a href="https://agency.example.org/">City Agency</a></p>'
    tip = '<p>Pro tip: <a href="/2022/tram-tickets">Get more ticket ideas here!</a></p>'
    text = extract_page(_page(prose + credit + tip), URL).text
    assert "every ward was consulted twice" in text
    assert "Source: City Agency" in text
    assert "Pro tip: Get more ticket ideas here!" in text


def test_the_line_must_be_a_whole_link_between_paragraphs() -> None:
    """The text after the label is the link's whole text; the first and last lines stay."""
    tree = lxml.html.fromstring(
        '<html><body><p>Update: <a href="/2022/tram-depot-opens">Tram depot opens</a></p>'
        "</body></html>"
    )
    text = "\n\n".join(
        [
            PARAS[0],
            "Update: Tram depot opens",
            "Update: Tram depot opens in June after delays",
            PARAS[1],
            "Update: Tram depot opens",
        ]
    )
    kept = drop_link_lines(text, tree, URL).split("\n\n")
    assert kept == [
        PARAS[0],
        "Update: Tram depot opens in June after delays",
        PARAS[1],
        "Update: Tram depot opens",
    ]
