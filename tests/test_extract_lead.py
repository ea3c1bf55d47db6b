"""A cut that dropped the story's lead (ingest.extract_lead): opened again at the lead.

The page imitates an explainer: its lead (the page's og:description and the paragraph after it)
sits in a summary box ahead of the story's own box, so readability scores the story's box alone
and `trim` cut trafilatura's broad pass down to it, losing the lead.
"""

from __future__ import annotations

from digest.ingest.extract import extract_page, page_candidates
from digest.ingest.extract_lead import LEAD
from digest.ingest.extract_lost import RULES, choose_article
from digest.ingest.extract_rules import DERIVED, LED, Choice
from digest.ingest.html_tree import load_page

URL = "https://news.example.org/explainers/bridge.html"
TITLE = "Why the river bridge closed for a year"
LEAD_TEXT = (
    "Engineers found cracks in two of the bridge's steel piers during a routine inspection "
    "in March."
)
SECOND = "The crossing carries forty thousand cars a day, and the detour adds twenty minutes."
BODY = [
    f"Paragraph {n}: the council said the repairs would need new steel, a temporary crossing for "
    f"buses and cyclists, and a review of every other bridge the city keeps over the river ({n})."
    for n in range(6)
]


def _page(description: str) -> str:
    return (
        "<html><head><title>" + TITLE + "</title>"
        "<meta property='og:description' content=\"" + description + '"></head>'
        "<body><main><article><h1>" + TITLE + "</h1>"
        "<section class='summary'><h2>In short</h2><p>" + LEAD_TEXT + "</p><p>" + SECOND + "</p>"
        "</section><div class='story'>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "</div></article></main></body></html>"
    )


def _choice(html: str, rules: frozenset[str] = RULES) -> Choice:
    cands, evidence = page_candidates(load_page(html), URL)
    return choose_article(cands, evidence, rules=rules)


def test_a_cut_without_the_description_s_lead_opens_at_the_lead() -> None:
    page = _page(LEAD_TEXT)
    before = _choice(page, RULES - {LEAD})
    assert before.name in DERIVED and before.rule == "trim"  # the lead was cut before
    assert _choice(page) == Choice(LED, LEAD)
    text = extract_page(page, URL).text
    assert text.startswith(LEAD_TEXT) and SECOND in text  # the box's heading above it stays out
    assert all(p in text for p in BODY)


def test_a_cut_that_holds_the_description_stands() -> None:
    # the description states the story's own paragraphs: the cut lost nothing it names
    page = _page(BODY[2])
    assert _choice(page) == _choice(page, RULES - {LEAD})
    assert _choice(page).rule != LEAD
