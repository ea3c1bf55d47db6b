"""Readers' comments beside a reply form (ingest.extract_comments): signed peer items next to a
form with a text area are dropped after the story, as teaser cards are.

The page imitates a 1C-Bitrix news page: the story in `div.news-detail`, then in the same column
a box "Отзывы" whose items (`div.reviews-post-table`) each hold the author's name and a date-time
line and the comment's text, then a form with a text area. The classes say "reviews", not
"comment": trafilatura's broad pass and readability keep the comments, and they agree.
"""

from __future__ import annotations

from digest.ingest.extract import extract_page
from digest.ingest.extract_comments import comment_lists
from digest.ingest.html_tree import load_page

URL = "https://econom.example.ru/news/lesotho/"
TITLE = "Lesotho textile workers lose jobs"
STORY = [
    f"Paragraph {n}: six foreign-owned textile factories have closed in Lesotho, leaving "
    f"thousands of garment workers jobless, union officers told the news agency ({n})."
    for n in range(5)
]
COMMENTS = [
    ("Наталья", "15.07.2015 08:12", "The survey interviewed pupils for the education watchdog."),
    ("Сергей", "15.07.2015 22:05", "The minister said the plan would be published next month."),
    ("Гость", "16.07.2015 11:42", "The striker picked up the knock in a match earlier this week."),
]
FORM = (
    "<form class='reviews-form'><textarea name='REVIEW_TEXT'></textarea>"
    "<input type='submit'></form>"
)


def _items(comments: list[tuple[str, str, str]] = COMMENTS) -> str:
    return "".join(
        "<div class='reviews-post-table'><div class='reviews-post-info'><b>" + name + "</b> "
        "<span class='reviews-post-date'>" + when + "</span></div>"
        "<div class='reviews-text'>" + text + "</div></div>"
        for name, when, text in comments
    )


def _page(reviews: str) -> str:
    return (
        "<html><head><title>" + TITLE + "</title></head><body><div class='workarea'>"
        "<div class='content-left'><h1>"
        + TITLE
        + "</h1><div class='news-detail'>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</div><p><a href='/news/'>Возврат к списку</a></p>"
        "<div class='reviews-block-container'><h3>Отзывы</h3>" + reviews + "</div>"
        "</div></div></body></html>"
    )


def test_signed_items_beside_a_reply_form_are_a_comment_list() -> None:
    lists = comment_lists(load_page(_page(_items() + FORM)))
    assert len(lists) == 1
    owner = lists[0]
    assert len({n for n in owner.values() if n >= 0}) == len(COMMENTS)  # one number per item
    assert ("отзывы",) in owner  # the box's heading goes with its items


def test_the_comments_go_and_the_story_stays() -> None:
    text = extract_page(_page(_items() + FORM), URL).text
    assert all(p in text for p in STORY)
    assert not any(body in text for _, _, body in COMMENTS)
    assert "15.07.2015" not in text


def test_without_a_reply_form_the_same_items_are_not_read_as_comments() -> None:
    # the form with a text area is the evidence: dated items alone may be a live blog's posts
    page = _page(_items())
    assert comment_lists(load_page(page)) == []
    assert COMMENTS[0][2] in extract_page(page, URL).text


def test_items_without_a_signature_or_a_lone_signed_item_are_no_comment_list() -> None:
    unsigned = [(name, "", text) for name, _, text in COMMENTS]
    assert comment_lists(load_page(_page(_items(unsigned) + FORM))) == []
    assert comment_lists(load_page(_page(_items(COMMENTS[:1]) + FORM))) == []


def test_a_form_far_from_the_items_does_not_make_them_comments() -> None:
    # the text area three levels above the items' box: another box of the page
    page = _page(_items()).replace(
        "</div></div></body>", "</div><div><div><div>" + FORM + "</div></div></div></div></body>"
    )
    assert comment_lists(load_page(page)) == []


def test_a_signature_may_write_its_date_in_words() -> None:
    # a Spanish mountain magazine's "Comentarios": "txema 8 de julio", "Ana R. 20 de julio"
    spelled = [
        (name, f"{day} de julio", text)
        for (name, _, text), day in zip(COMMENTS, (8, 20, 1), strict=True)
    ]
    lists = comment_lists(load_page(_page(_items(spelled) + FORM)))
    assert len(lists) == 1 and len(lists[0]) == 1 + 2 * len(COMMENTS)
