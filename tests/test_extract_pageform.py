"""A page wrapped in one form (ASP.NET WebForms: Kentico, older Sitefinity and DotNetNuke sites):
readability's pruned copy keeps the form's content, so readability finds the story.

Before, the pruning dropped every <form> with its content (a search or sign-up box is never
content), and with it the whole page: readability found nothing, and the `alone` rule took
trafilatura's cascade, which lost the story's list and headings.
"""

from __future__ import annotations

from digest.ingest.extract import _readability_text
from digest.ingest.extract_readability import pruned_copy
from digest.ingest.html_tree import load_page

TITLE = "Why the new processor will get the hard sell"
STORY = [
    f"Paragraph {n}: the processor runs many calculations at once, and its makers hope it will "
    f"sit under every television, in kitchens and in offices before long ({n})."
    for n in range(6)
]
SEARCH = (
    "<form action='/search'><input name='q' type='text'><input type='submit' value='Go'></form>"
)


def _page(wrapped: bool) -> str:
    inner = (
        "<div id='header'>" + SEARCH + "</div><div class='NewsDetail'><h1>" + TITLE + "</h1>"
        "<div class='NewsText'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div></div>"
    )
    if wrapped:
        inner = (
            "<form method='post' action='/news/cell' id='form'>"
            + inner.replace(SEARCH, "<input name='q' type='text'><input type='submit' value='Go'>")
            + "</form>"
        )
    return "<html><head><title>" + TITLE + "</title></head><body>" + inner + "</body></html>"


def test_readability_finds_the_story_in_a_page_wrapped_in_a_form() -> None:
    text = _readability_text(load_page(_page(wrapped=True)))
    assert all(p in text for p in STORY)
    assert text == _readability_text(load_page(_page(wrapped=False)))


def test_a_form_box_is_still_pruned() -> None:
    doc = pruned_copy(load_page(_page(wrapped=False)))
    assert next(doc.iter("form"), None) is None
    assert next(doc.iter("input"), None) is None
    wrapped = pruned_copy(load_page(_page(wrapped=True)))
    assert next(wrapped.iter("form"), None) is None  # the wrapper's tag goes, its content stays
    assert next(wrapped.iter("h1"), None) is not None
