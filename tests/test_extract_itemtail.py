"""A teaser list after a story both extractions agree on (ingest.extract_itemtail): cut.

The page imitates a blog editor's post (a Naver-like SmartEditor layout): the title in a text
module, the story's paragraphs with an image caption among them, then a list of the blog's other
posts with their dates. readability keeps the title and the caption, trafilatura's broad pass
the list, so the two agree only roughly (`agree`) and the broad pass kept the list.
"""

from __future__ import annotations

from extract_choice import rule_choice

from digest.ingest.extract import extract_page
from digest.ingest.extract_itemtail import ITEM_TAIL
from digest.ingest.extract_lost import RULES
from digest.ingest.extract_rules import BROAD, DERIVED, Choice

URL = "https://blog.example.org/posts/market-day.html"
TITLE = "Notes from the Saturday market on the old square this week"
BODY = [
    f"Paragraph {n}: the growers brought early cherries, the baker sold out of rye by ten, and "
    f"the council tried a new layout with the stalls facing the fountain ({n})."
    for n in range(5)
]
CAPTION = (
    "The fountain end of the square on Saturday morning, before the stalls opened and the "
    "crowds came in from the station."
)
OTHERS = [
    ("Rain delays the harbour works", "Apr 2, 2025"),
    ("A new bus line to the hills", "Mar 28, 2025"),
    ("The library opens on Sundays", "Mar 20, 2025"),
    ("Cyclists ask for a second lane", "Mar 11, 2025"),
]
PROSE_END = (
    "Next week the market moves to the river bank while the square is repaved, and the growers "
    "say they will bring the first strawberries of the year if the weather holds."
)


def _page(after: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY[:3])
    image = (
        "<div class='se-image'><img src='/a.jpg'><div class='se-caption'><p><span>"
        + CAPTION
        + "</span></p></div></div>"
    )
    return (
        "<html><head><title>" + TITLE + "</title></head><body><div id='post'>"
        "<div class='se-title-text'><p><span>" + TITLE + "</span></p></div>"
        "<div class='se-main'>"
        + paras
        + image
        + "".join(f"<p>{p}</p>" for p in BODY[3:])
        + "</div>"
        + after
        + "</div></body></html>"
    )


LIST = (
    "<div class='post-list'><ul>"
    + "".join(
        f"<li><a href='/p/{i}'>{t}</a><span>{d}</span></li>" for i, (t, d) in enumerate(OTHERS)
    )
    + "</ul></div>"
)


def test_a_list_of_other_posts_after_an_agreed_story_is_cut() -> None:
    page = _page(LIST)
    before = rule_choice(page, URL, RULES - {ITEM_TAIL})
    assert before == Choice(BROAD, "agree")  # the list kept before
    choice = rule_choice(page, URL)
    assert choice.rule == ITEM_TAIL and choice.name in DERIVED
    text = extract_page(page, URL).text
    assert all(p in text for p in BODY)
    assert not any(title in text for title, _ in OTHERS)


def test_a_list_the_story_goes_on_after_is_the_story_s() -> None:
    # readability ends at the story's last paragraph, after the list: nothing follows it to cut
    page = _page(LIST.replace("</ul>", f"</ul><p>{PROSE_END}</p>"))
    assert rule_choice(page, URL) == Choice(BROAD, "agree")
    text = extract_page(page, URL).text
    assert PROSE_END in text and all(title in text for title, _ in OTHERS)
