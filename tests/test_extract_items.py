"""A story's own closing list against a list of comments after it (ingest.extract_items, the
`tail` rule's list items in extract_tail)."""

from __future__ import annotations

import lxml.html

from digest.ingest.extract import extract_page
from digest.ingest.extract_items import plain_item, story_item

URL = "https://example.org/blog/harbour-wall"
STORY = [
    f"Paragraph {n}: the council approved the plan on Tuesday to rebuild the harbour wall, which "
    f"storms damaged twice last winter; the mayor said work would start in spring ({n})."
    for n in range(3)
]
POINTS = [  # sentences, each in a plain <li>: the story's own closing list
    f'"{n} times over we will rebuild the wall stone by stone before the spring tides come in, '
    f'whatever it costs," said councillor number {n}.'
    for n in range(6)
]


def page(items: str) -> str:
    """A blog post (a site builder's modules: one per paragraph, one for the list) whose list
    readability's scoring drops, and an empty comment form after it."""
    return f"""<html><head><title>Council approves harbour wall plan</title></head><body>
<div class="header"><a href="/">Home</a> <a href="/blog">Blog</a></div>
<div class="content"><div class="blog"><h1>Council approves harbour wall plan</h1>
<div class="post"><div class="module text"><p>{STORY[0]}</p></div>
<div class="module text"><p>{STORY[1]} {STORY[2]}</p></div>
<div class="module text">{items}</div></div>
<div class="comments"><p>Comments: 0</p>
<form><label>Name</label><input name="n"><textarea></textarea></form></div>
</div></div>
<div class="footer"><a href="/imprint">Imprint</a> | <a href="/privacy">Privacy</a></div>
</body></html>"""


def plain_list(points: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"


def comment_list(points: list[str]) -> str:
    """The same sentences as comments: an avatar link, the author's name and a time, each in
    its own block, and the comment's paragraph."""
    return (
        '<ul class="comments">'
        + "".join(
            f'<li><a href="/@reader{n}"><img src="/a{n}.png" alt=""></a><div>'
            f"<strong>reader{n}</strong><span>Jan {n + 1}</span><p>{p}</p></div></li>"
            for n, p in enumerate(points)
        )
        + "</ul>"
    )


def test_a_story_ending_in_a_list_of_its_own_sentences_keeps_the_list() -> None:
    # readability keeps the paragraphs only, well under trim's range; what trafilatura alone
    # holds after them is list items, no paragraph. Without the items' structure the tail
    # rule cut them as furniture (a line-up, a list of other posts): F1 0.63 on set AA's page
    text = extract_page(page(plain_list(POINTS)), URL).text
    assert all(p in text for p in POINTS)
    assert STORY[0] in text


def test_the_same_sentences_as_a_comment_thread_are_cut() -> None:
    # each item an avatar, a name, a time and the comment: no plain run of text, so the tail
    # holds no paragraph and is cut where readability's story ends
    text = extract_page(page(comment_list(POINTS)), URL).text
    assert STORY[2] in text
    assert not any(p[:40] in text for p in POINTS)


def test_plain_item_reads_the_item_s_element() -> None:
    tree = lxml.html.fromstring(
        page(plain_list(POINTS[:3]) + comment_list(POINTS[3:]) + "<ul><li>Tags: walls</li></ul>")
    )
    assert plain_item(tree, f"- {POINTS[0]}") is not None
    assert plain_item(tree, f"- {POINTS[2]}") is not None
    glued = f"- reader0Jan 1{POINTS[3]}"  # how trafilatura writes a comment's blocks
    assert plain_item(tree, glued) is None
    assert plain_item(tree, f"- {POINTS[4]}") is None  # its paragraph is a <p> in a card
    assert plain_item(tree, f"- {STORY[0]}") is None  # a paragraph, in no list
    assert plain_item(tree, "- a line the page does not hold") is None


def test_a_plain_list_in_a_box_of_its_own_after_the_story_is_not_the_story_s() -> None:
    # a speech's references: plain items ending in a full stop, in a <section> after the body
    # that holds the speech's paragraphs, not among them
    refs = [
        f"Author {n} (2015), Harbour walls and the winter storms, Journal {n}, vol. 8."
        for n in range(4)
    ]
    html = page("").replace(
        '<div class="comments">',
        '<section class="references"><h2>References</h2>' + plain_list(refs) + "</section>"
        '<div class="comments">',
    )
    tree = lxml.html.fromstring(html)
    first, last = STORY[0], f"{STORY[1]} {STORY[2]}"
    assert plain_item(tree, f"- {refs[0]}") is not None
    assert not story_item(tree, f"- {refs[0]}", first, last)
    own = lxml.html.fromstring(page(plain_list(POINTS)))
    assert story_item(own, f"- {POINTS[0]}", first, last)
    assert not story_item(own, f"- {POINTS[0]}", first, first)  # one paragraph's own element
