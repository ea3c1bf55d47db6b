"""A post shown in its stream: the page's description names the post, the rest is the stream."""

from __future__ import annotations

from digest.ingest.extract import extract_page
from digest.ingest.extract_stream import described_post
from digest.ingest.html_tree import load_page

POST = [
    "The council approved a plan on Tuesday to rebuild the harbour wall damaged by storms.",
    "Work on the first section starts in spring, the mayor said, and the second follows in "
    "autumn once the fishing season is over and the boats are back in the inner harbour.",
    "The plan costs four million euros, half of it paid by the region, the harbour office said "
    "in a statement, and the old lighthouse on the wall is to be restored at the same time.",
]
OTHERS = [
    "Train services between the two cities resume on Monday after the bridge repairs ended.",
    "The museum opens its new wing with a show of maps from the seventeenth century this week.",
    "Rain is expected all weekend across the north, with strong winds along the whole coast.",
    "The football club signed a young goalkeeper from the second division on a three-year deal.",
    "A new bakery opened on the market square, the first on that street in twenty years.",
]


def message(n: int, paragraphs: list[str]) -> str:
    """One post of a Telegram-like channel preview: author, text, views and date."""
    return (
        '<div class="message_wrap"><div class="message" data-post="channel/' + str(n) + '">'
        '<div class="message_user"><a href="/channel">C</a></div>'
        '<div class="message_bubble"><div class="message_author"><a href="/channel">'
        "City Daily</a></div>"
        '<div class="message_text">' + "<br><br>".join(paragraphs) + "</div>"
        '<div class="message_footer"><span class="views">3.2K views</span>'
        f'<a class="date" href="/channel/{n}"><time>09:1{n}</time></a></div></div></div></div>'
    )


def channel_page(at: int, description: str | None = POST[0]) -> str:
    posts = [message(n, [text]) for n, text in enumerate(OTHERS)]
    posts.insert(at, message(9, POST))
    meta = f'<meta name="description" content="{description}">' if description else ""
    return (
        "<html><head><title>Harbour wall plan approved</title>"
        '<meta property="og:title" content="Harbour wall plan approved">'
        f"{meta}</head><body><header><div>City Daily</div><div>8.7K subscribers</div></header>"
        '<main><section class="history">' + "".join(posts) + "</section></main></body></html>"
    )


def test_the_stream_around_the_described_post_is_not_its_text() -> None:
    """Set Q's Telegram channel pages: every extractor kept the whole stream (F1 0.65); the
    description opens one post, which stands after posts of its own template."""
    text = extract_page(channel_page(at=3), "https://example.org/channel/9").text
    assert all(p in text for p in POST)
    assert not any(o in text for o in OTHERS)


def test_a_described_post_that_opens_the_list_keeps_the_list() -> None:
    """A live blog's newest entry or a forum's first post opens the page's list: the page is
    about the list, nothing goes; nor without a description to find the post by."""
    tree = load_page(channel_page(at=0))
    text = "\n".join([*POST, *OTHERS])
    assert described_post(text, tree, POST[0]) == text
    tree = load_page(channel_page(at=3, description=None))
    text = "\n".join([*OTHERS[:3], *POST, *OTHERS[3:]])
    assert described_post(text, tree, None) == text


def test_the_other_posts_lines_go_and_the_post_s_own_stay() -> None:
    tree = load_page(channel_page(at=2))
    text = "\n".join([*OTHERS[:2], *POST, *OTHERS[2:]])
    assert described_post(text, tree, POST[0]).splitlines() == POST
