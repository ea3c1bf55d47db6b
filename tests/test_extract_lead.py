"""The lead a page names as such ahead of its story (ingest.extract_lead): a box whose class
calls it the lead, standfirst or sumario, one run of text before the story's first paragraph,
is dropped from every extraction.

The pages imitate the two builds seen in set AH: the lead as the first item of the story's own
box (Postimees-like `article-body__item--lead`) and straight after the `<h1>` inside the
story's `<article>` (El-Tiempo-like `div.lead > p.sumario`). Both extractors keep the lead.
"""

from __future__ import annotations

import pytest

from digest.ingest import extract_summary
from digest.ingest.extract import extract_page
from digest.ingest.extract_lead import lead_boxes
from digest.ingest.extract_summary import PROSE_WORDS
from digest.ingest.html_tree import load_page

URL = "https://news.example.ee/7389396/harbour-tolls"
TITLE = "Harbour tolls to rise for the third year running"
LEAD = (
    "The port authority says the money will pay for dredging the outer channel, which silted up "
    "after two winters of storms, and that ferry operators were told of the rise in spring."
)
BODY = [
    f"Paragraph {n}: the authority set out the new tolls at a board meeting on Tuesday, with a "
    f"rise for cargo ships and a smaller one for ferries, and said dredging would begin in the "
    f"autumn once the tenders were in and the contract signed with the winning firm ({n})."
    for n in range(5)
]


def _body(lead: str) -> str:
    return "".join(f"<div class='item'><p>{p}</p></div>" for p in BODY).join(
        ["<div class='article-body'>" + lead, "</div>"]
    )


def _postimees(cls: str = "article-body__item article-body__item--lead") -> str:
    lead = f"<div class='{cls}'><p>{LEAD}</p></div>"
    return (
        f"<html><head><title>{TITLE}</title></head><body><main><article class='article'>"
        f"<h1>{TITLE}</h1><div class='meta'>Mart Saar</div>{_body(lead)}"
        "</article></main></body></html>"
    )


def _eltiempo(lead: str = f"<div class='lead'><p class='sumario'>{LEAD}</p></div>") -> str:
    return (
        f"<html><head><title>{TITLE}</title></head><body><main><article class='articulo'>"
        f"<h1 class='titulo'>{TITLE}</h1>{lead}<div class='autor'>Redacción</div>"
        "<div class='contenido'>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "</div></article></main></body></html>"
    )


@pytest.mark.parametrize("page", [_postimees(), _eltiempo()], ids=["postimees", "eltiempo"])
def test_a_named_lead_ahead_of_the_story_is_dropped(page: str) -> None:
    ((box, text),) = lead_boxes(load_page(page), PROSE_WORDS)
    assert LEAD in text
    out = extract_page(page, URL).text
    assert LEAD[:50] not in out
    assert all(p in out for p in BODY)


def test_the_rule_switched_off_keeps_the_lead() -> None:
    # El Tiempo's lead, the headline's next sibling, is also cut by extract_head's walk beside a
    # headline that is its own box (h-fixw2); the lead inside the story's own box is this rule's
    extract_summary.LEADS = False
    try:
        assert LEAD in extract_page(_postimees(), URL).text
    finally:
        extract_summary.LEADS = True


def test_boxes_that_are_no_lead_ahead_of_the_story_are_kept() -> None:
    # a name that is no whole word: a leaderboard ad slot, a "misleading" label
    assert not lead_boxes(load_page(_postimees("leaderboard")), PROSE_WORDS)
    # a name for an intro or a summary, which some sites give to the story's own first paragraph
    assert not lead_boxes(load_page(_postimees("intro")), PROSE_WORDS)
    # two paragraphs: the story itself, not one run of text
    two = f"<div class='lead'><p>{LEAD}</p><p>{BODY[0]}</p></div>"
    assert not lead_boxes(load_page(_eltiempo(two)), PROSE_WORDS)
    # after the story's first paragraph: a story part the page calls so
    late = _eltiempo("").replace(f"<p>{BODY[1]}</p>", f"<p>{BODY[1]}</p><p class='lead'>{LEAD}</p>")
    assert not lead_boxes(load_page(late), PROSE_WORDS)
    assert LEAD in extract_page(late, URL).text
    # the page repeats the lead as the story's first paragraph: the story may hold it
    repeated = _eltiempo().replace(f"<p>{BODY[0]}</p>", f"<p>{LEAD}</p><p>{BODY[0]}</p>")
    assert not lead_boxes(load_page(repeated), PROSE_WORDS)
    assert LEAD in extract_page(repeated, URL).text
