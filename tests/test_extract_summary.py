"""The summary box ahead of the story (ingest.extract_summary): a heading and a list of
sentences, boxed apart before the story's first paragraph, is dropped from every extraction.

The page imitates a think tank's report: a hero with the headline, then a "Key takeaways" box
(an `<h2>` over a `<ul>` of sentences) and the report's text in its own box. trafilatura's
broad pass and readability both keep the takeaways.
"""

from __future__ import annotations

from digest.ingest.extract import extract_page
from digest.ingest.extract_summary import drop_summary, summary_boxes
from digest.ingest.html_tree import load_page

URL = "https://forum.example.org/research/report.html"
TITLE = "Ports and the price of grain in a dry year"
TAKEAWAYS = [
    "Freight rates on the main grain routes doubled between March and August this year.",
    "Three of the five largest river ports closed for more than a month in the drought.",
    "Importers that held reserves paid a third less than those buying on the spot market.",
]
BODY = [
    f"Paragraph {n}: the report follows grain from the fields to the ports and finds that the "
    f"cost of moving it rose faster than its price, as river levels fell through summer and "
    f"the barges that carry most of the harvest waited weeks at the locks ({n})."
    for n in range(5)
]


def _page(box: str, body: list[str] = BODY) -> str:
    return (
        "<html><head><title>" + TITLE + "</title></head><body><main>"
        "<div class='hero'><h1>" + TITLE + "</h1><div class='byline'>Lea Brandt</div></div>"
        "<div class='layout'><div class='main'>"
        + box
        + "<div class='body'>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "</div></div></div></main></body></html>"
    )


def _box(items: list[str], heading: str = "<h2>Key takeaways</h2>") -> str:
    return (
        "<div class='kt'>"
        + heading
        + "<ul>"
        + "".join(f"<li>{i}</li>" for i in items)
        + "</ul></div>"
    )


def test_a_takeaways_box_ahead_of_the_story_is_dropped() -> None:
    page = _page(_box(TAKEAWAYS))
    assert summary_boxes(load_page(page))  # the box is found
    text = extract_page(page, URL).text
    assert not any(t[:40] in text for t in TAKEAWAYS)
    assert "Key takeaways" not in text
    assert all(p in text for p in BODY)


def test_lists_the_story_holds_or_that_are_not_a_summary_are_kept() -> None:
    # after the story's first paragraph: the story's own list
    assert not summary_boxes(load_page(_page("", BODY[:1] + [_box(TAKEAWAYS)] + BODY[1:])))
    late = _page("", [BODY[0]]).replace(
        "</div></div></div>", _box(TAKEAWAYS) + "</div></div></div>"
    )
    assert not summary_boxes(load_page(late))
    # no heading boxed with the list
    assert not summary_boxes(load_page(_page(_box(TAKEAWAYS, heading=""))))
    # short items (ingredients, labels) are no sentences
    assert not summary_boxes(load_page(_page(_box(["Flour", "Two eggs", "Salt"]))))
    # a list of links is a menu or related stories (other steps' business)
    linked = [f"<a href='/r/{n}'>{t}</a>" for n, t in enumerate(TAKEAWAYS)]
    assert not summary_boxes(load_page(_page(_box(linked))))


def test_only_a_box_held_whole_goes_and_glued_boxes_are_cut() -> None:
    summary = summary_boxes(load_page(_page(_box(TAKEAWAYS))))
    # the box in a row, under its heading, is dropped; the story repeating an item keeps it
    text = "\n".join(["Key takeaways", *TAKEAWAYS, *BODY, TAKEAWAYS[0]])
    assert drop_summary(text, summary) == "\n".join([*BODY, TAKEAWAYS[0]])
    # an extraction that dropped the box holds its items only as the story's own sentences
    story = "\n".join([TAKEAWAYS[0], *BODY, TAKEAWAYS[1] + " " + BODY[0]])
    assert drop_summary(story, summary) == story
    # a line glued from a table cell's blocks loses the box, heading and all
    glued = " ".join(["By Lea Brandt", "Key takeaways", *TAKEAWAYS, *BODY])
    assert drop_summary(glued, summary).split() == ["By", "Lea", "Brandt", *" ".join(BODY).split()]
    # too little left: unchanged
    assert drop_summary("\n".join(TAKEAWAYS), summary) == "\n".join(TAKEAWAYS)
