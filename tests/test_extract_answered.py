"""Readers' entries around the form that asks for one: not the story, whatever their classes."""

from __future__ import annotations

import lxml.html

from digest.ingest.extract import extract_page
from digest.ingest.extract_answered import answered_sections
from digest.ingest.extract_blocks import drop_cards, element_text

STORY = [
    f"Paragraph {n} of the notice: Anna Berg was born in the harbour town in 1940, worked at the "
    f"post office for forty years and sang in the church choir every Sunday ({n})."
    for n in range(1, 7)
]
ENTRIES = [
    "She always had a kind word for everyone who came to the counter. Rest in peace, Anna.",
    "We sang next to her in the choir for twenty years and will miss her voice and her laugh.",
    "Our deepest sympathy to the whole family at this difficult time. She will be missed.",
    "I remember her teaching us the old songs every summer by the harbour. Thank you, Anna.",
]


def guest_book(entries: int = 4, intro: str = "Sign the guest book to share a memory.") -> str:
    items = "".join(
        f'<div class="entry"><p class="entry-text">{text}</p>'
        f'<p class="entry-signature">Reader {n} · Fairview · June {n + 1}, 2024</p></div>'
        for n, text in enumerate(ENTRIES[:entries])
    )
    return (
        f'<section class="guestbook"><h2>Guest Book</h2><p>{intro}</p>'
        "<form><textarea></textarea><button>Sign</button></form>" + items + "</section>"
    )


def obituary(section: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Anna Berg Obituary</title></head><body><main>"
        f'<h1>Anna Berg</h1><div class="obit-text">{story}</div>{section}</main></body></html>'
    )


def text_of(html: str) -> tuple[str, lxml.html.HtmlElement]:
    tree = lxml.html.document_fromstring(html)
    body = tree.find("body")
    assert body is not None
    return "\n".join(element_text(body).split("\n\n")), tree


def test_a_guest_book_after_the_story_is_not_its_text() -> None:
    """Set C's obituary pages: the guest book's entries carry no "comment" class and no repeated
    "Reply" link, so both extractors kept them (F1 0.69 / 0.65); the form with a text box, the
    entries and a heading are the whole section."""
    text, tree = text_of(obituary(guest_book()))
    assert all(e in text for e in ENTRIES)
    kept = drop_cards(text, answered_sections(tree))
    assert all(p in kept for p in STORY) and not any(e in kept for e in ENTRIES)
    page = extract_page(obituary(guest_book()), "https://example.org/obituaries/anna-berg").text
    assert STORY[0] in page and not any(e in page for e in ENTRIES)


def test_a_section_holding_more_than_its_form_and_entries_is_no_guest_book() -> None:
    """A question page's answer box or a forum's quick reply sits in the section that holds the
    question or the first post too: more than a heading and a line besides the entries."""
    long_intro = " ".join(STORY[:2])
    assert answered_sections(text_of(obituary(guest_book(intro=long_intro)))[1]) == []
    assert answered_sections(text_of(obituary(guest_book(entries=2)))[1]) == []
    assert len(answered_sections(text_of(obituary(guest_book()))[1])) == 1
