"""Link preview cards between an issue's text blocks are not the issue's text (set AG's Revue
archive: a linked page's title, its domain on a line of its own and its excerpt)."""

from __future__ import annotations

import lxml.html

from digest.ingest.extract import extract_page
from digest.ingest.extract_linkcard import drop_link_cards

PARAS = [
    "The council approved the new tram line on Tuesday; works start in spring next year, the "
    "mayor said after a long session in which residents spoke for and against the plan.",
    "The line runs from the station to the harbour, with eleven stops and two depots, and the "
    "first trams are expected to carry passengers within three years of the start of works.",
    "Residents asked for a stop near the school, and the council will decide in June whether "
    "the line can bend towards it without slowing the trams for everyone else on the route.",
    "Shops on the harbour road fear two years of works, and the council promised a fund to "
    "help those that lose trade while the street is closed to cars and delivery vans alike.",
]
CARD = [
    "Electronics firms eye plasma deal",
    "wired.com",
    "Two of the largest makers of flat screens are said to be close to a deal on plasma panels.",
]


def _card(title: str, domain: str, excerpt: str) -> str:
    return (
        '<div class="item link-item"><div class="link-image"><a href="https://x.example/i">'
        '<img src="https://img.example/c.jpg" alt=""></a></div>'
        f'<div class="link-title"><a href="https://www.{domain}/story-1">{title}</a></div>'
        f'<div class="link-source">{domain}</div><div class="link-description">{excerpt}</div>'
        "</div>"
    )


def _issue(card: str) -> str:
    items = "".join(
        f'<div class="item text-item"><p>{a}</p><p>{b}</p></div>{card}'
        for a, b in zip(PARAS[::2], PARAS[1::2], strict=True)
    )
    return (
        "<html><head><title>Tram news</title></head><body><h1>Tram news</h1>"
        f'<div class="issue-items">{items}</div>'
        '<footer><a href="https://www.getrevue.co/">Powered by Revue</a></footer></body></html>'
    )


def test_a_card_between_the_blocks_is_dropped() -> None:
    html = _issue(_card(*CARD))
    text = extract_page(html, "https://news.example.net/issues/33").text
    for para in PARAS:
        assert para in text
    assert "wired.com" not in text
    assert CARD[2] not in text


def test_a_domain_line_without_a_link_there_is_kept() -> None:
    """A bare domain with no link to it in its box (a credit, a sign-off) is no card."""
    html = (
        "<html><body><div><p>Photo: the harbour at dawn.</p><p>wired.com</p>"
        '<p><a href="https://ft.com/a">Read more</a></p></div></body></html>'
    )
    tree = lxml.html.fromstring(html)
    text = "Photo: the harbour at dawn.\nwired.com\nRead more\n" + "\n".join(PARAS)
    assert drop_link_cards(text, tree) == text


def test_a_long_box_with_a_domain_line_is_not_a_card() -> None:
    """The story's own container may hold a domain and a link there: it is too long for a card."""
    story = "".join(f"<p>{p}</p>" for p in PARAS)
    html = f'<html><body><div><p>wired.com</p><a href="https://wired.com/x">x</a>{story}</div></body></html>'
    tree = lxml.html.fromstring(html)
    text = "wired.com\n" + "\n".join(PARAS)
    assert drop_link_cards(text, tree) == text
