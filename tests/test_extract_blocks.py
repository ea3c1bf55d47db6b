"""Page structure in extraction: comment threads found by their repeated control, not names."""

from __future__ import annotations

import lxml.html

from digest.ingest.extract import _trafilatura_text, extract_page
from digest.ingest.extract_blocks import (
    card_lists,
    drop_cards,
    drop_threads,
    element_text,
    span_with_items,
    thread_labels,
)

STORY = [
    f"Paragraph {n} of the story about the new tram line: the council voted on Tuesday, "
    f"and the works on section {n} start in spring, the transport office said in a statement."
    for n in range(1, 9)
]
COMMENTS = [
    "The council should have fixed the harbour wall years ago, long before the storms came.",
    "My grandmother ran a bakery on that street in the sixties; she would be glad to see it.",
    "Does anyone know whether the ferry timetable changes again in the summer season?",
    "Great news for the town. We walked past last week and the new windows look lovely.",
    "I still remember the flood in 1998, when the water reached the steps of the church.",
]


def thread(label: str = "Reageer", cls: str = "reacties") -> str:
    items = "".join(
        f'<div class="{cls}-item"><div><span>Lezer {n}</span> · <span>12-05-2024</span></div>'
        f'<p>{text}</p><a href="#r{n}">{label}</a></div>'
        for n, text in enumerate(COMMENTS)
    )
    return f'<div class="{cls}"><h3>5 reacties</h3>{items}</div>'


def page(body: str) -> str:
    return (
        "<html><head><title>Tram line approved</title></head><body>"
        '<div class="menu"><a href="/">Home</a> <a href="/nieuws/">Nieuws</a></div>'
        f"{body}</body></html>"
    )


def soup_page(body: str) -> str:
    return page(
        '<div class="kolom"><h1>Tram line approved</h1><div class="tekst">'
        + "".join(f"<p>{p}</p>" for p in STORY)
        + f"</div>{body}</div>"
    )


def test_a_thread_in_the_article_column_named_in_dutch_is_not_article_text() -> None:
    """Nothing in the thread's markup says "comment": both extractors keep it under the story.

    Its items repeat one link label ("Reageer"), which no story does (bench/bench_pages.py,
    the soup families: precision 0.31-0.52 before).
    """
    text = extract_page(soup_page(thread()), "https://krant.example.nl/2024/tram/").text
    assert all(p in text for p in STORY)
    assert not any(c in text for c in COMMENTS)
    assert "Reageer" not in text and "Lezer 1" not in text


def test_what_follows_the_thread_in_the_column_is_kept() -> None:
    """Only the thread's own lines go: a closing note after it in the same column stays."""
    note = "Correction: an earlier version of this story gave the wrong date for the council vote."
    text = extract_page(soup_page(thread() + f"<p>{note}</p>"), "https://krant.example.nl/t/").text
    assert all(p in text for p in STORY) and not any(c in text for c in COMMENTS)


def test_a_live_blog_whose_every_post_carries_a_share_link_is_kept_whole() -> None:
    """Posts that repeat a link label are items too, but no story precedes them: all is kept."""
    posts = "".join(
        f'<div class="post"><time>18:{50 - n:02d}</time><p>{p}</p><a href="#p{n}">Share</a></div>'
        for n, p in enumerate(STORY)
    )
    html = page(f'<div class="live"><h1>Tram line approved</h1><div class="posts">{posts}</div>')
    text = extract_page(html + "</div>", "https://live.example.org/tram/").text
    assert all(p in text for p in STORY)


def test_one_more_reply_link_elsewhere_does_not_lift_the_thread_to_the_page() -> None:
    """The thread is the deepest block holding most of the label's links, not their common
    ancestor: a "Reageer" link in the menu would make that the whole page."""
    html = soup_page(thread()).replace("Nieuws</a>", 'Nieuws</a> <a href="/r/">Reageer</a>')
    tree = lxml.html.document_fromstring(html)
    text = element_text(tree.find(".//div[@class='kolom']")).replace("\n\n", "\n")
    links = frozenset({("reageer",), ("home",), ("nieuws",)})
    kept = drop_threads(text, tree, lambda: links)
    assert all(p in kept for p in STORY) and not any(c in kept for c in COMMENTS)


def test_a_repeated_line_that_is_no_link_is_no_thread_label() -> None:
    """ "Advertisement" between the parts of a story repeats, but it is not a control."""
    lines = ["Advertisement", "Story.", "Advertisement", "More story.", "Advertisement", "Reply"]
    assert thread_labels(lines * 3, frozenset({("reply",)})) == [("reply",)]
    assert thread_labels(lines, frozenset({("reply",)})) == []


OTHER_STORIES = [
    ("Harbour wall repairs to start in May", "The council has found the money for the repairs."),
    ("Ferry timetable changes for the summer", "Two more sailings a day from June to September."),
    ("New bakery opens on the quay next week", "The owners grew up two streets from the harbour."),
    ("Church steps restored after the flood", "Volunteers spent three weekends on the stonework."),
]


def cards(cls: str = "kaart") -> str:
    items = "".join(
        f'<div class="{cls}"><img src="/t.jpg" alt=""><h3><a href="/2024/{n}/">{title}</a></h3>'
        f"<p>{excerpt}</p></div>"
        for n, (title, excerpt) in enumerate(OTHER_STORIES)
    )
    return f'<div class="ook-lezen"><h2>Ook interessant</h2>{items}</div>'


def broad_text(html: str) -> tuple[str, lxml.html.HtmlElement]:
    """trafilatura's recall pass, which keeps a related grid whose classes name nothing."""
    tree = lxml.html.document_fromstring(html)
    return _trafilatura_text(tree, None), tree


def test_teaser_cards_after_the_story_are_not_article_text() -> None:
    """A related grid named in Dutch: each card a headline link and a one-line excerpt."""
    text, tree = broad_text(soup_page(cards()))
    assert all(excerpt in text for _, excerpt in OTHER_STORIES)  # what the extractor gives
    kept = drop_cards(text, card_lists(tree))
    assert all(p in kept for p in STORY)
    assert not any(excerpt in kept for _, excerpt in OTHER_STORIES)


def test_a_story_line_that_equals_one_excerpt_is_not_the_card_list() -> None:
    """The list starts where two of its cards show close together: a story paragraph that
    happens to equal one excerpt (a stock sentence) stays."""
    story = [STORY[0], OTHER_STORIES[2][1], *STORY[1:]]
    html = page(
        '<div class="kolom"><h1>Tram line approved</h1><div class="tekst">'
        + "".join(f"<p>{p}</p>" for p in story)
        + f"</div>{cards()}</div>"
    )
    text, tree = broad_text(html)
    kept = drop_cards(text, card_lists(tree))
    assert OTHER_STORIES[2][1] in kept.split("\n")[:3]
    assert OTHER_STORIES[3][1] not in kept


def test_cards_that_no_story_precedes_are_the_text() -> None:
    """A page that is itself a list of teasers (a roundup under a one-line intro) keeps them."""
    html = page('<div class="kolom"><h1>This week</h1><p>Four stories.</p>' + cards() + "</div>")
    text, tree = broad_text(html)
    assert drop_cards(text, card_lists(tree)) == text


def test_sections_longer_than_an_excerpt_are_not_cards() -> None:
    """A listicle's items are headed by links too, but each holds a paragraph of its own."""
    long = " ".join(["The section explains what changes for the people who live there."] * 5)
    items = "".join(
        f'<div class="item"><h2><a href="/p/{n}/">{title}</a></h2><p>{long} ({n})</p></div>'
        for n, (title, _) in enumerate(OTHER_STORIES)
    )
    html = page(
        f'<div class="kolom"><h1>Tram line approved</h1><div class="tekst">'
        f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{items}</div></div>"
    )
    text = extract_page(html, "https://krant.example.nl/t/").text
    assert text.count("The section explains") == 5 * len(OTHER_STORIES)


def test_a_sign_up_box_inside_the_story_is_not_article_text() -> None:
    """The box's heading and line around its form go; the story on both sides stays."""
    box = (
        '<div class="nieuwsbrief"><h3>Onze nieuwsbrief</h3><p>Het beste van de week, elke vrijdag.'
        '</p><form action="/s"><input type="email"><button>Aanmelden</button></form></div>'
    )
    body = "".join(f"<p>{p}</p>" for p in STORY[:4]) + box
    body += "".join(f"<p>{p}</p>" for p in STORY[4:])
    html = page(f'<div class="kolom"><h1>Tram line approved</h1><div class="tekst">{body}</div>')
    text = extract_page(html + "</div>", "https://krant.example.nl/t/").text
    assert all(p in text for p in STORY)
    assert "nieuwsbrief" not in text and "elke vrijdag" not in text


def test_the_first_post_of_a_live_blog_is_kept_when_readability_starts_at_the_second() -> None:
    """trim keeps trafilatura's text from readability's first line on; a line before it that is
    another post of the same list (peers of one tag and class holding blocks) is story too."""
    posts = "".join(
        f'<div class="block"><div class="time"><time>18:{50 - n:02d}</time></div>'
        f'<div class="elements"><p>{p}</p></div></div>'
        for n, p in enumerate(STORY[:4])
    )
    tree = lxml.html.document_fromstring(
        f'<html><body><div class="live"><h1>Tram line</h1><p>Live updates from the council.</p>'
        f'<div class="posts">{posts}</div></div></body></html>'
    )
    lines = ["Live updates from the council.", *[x for p in STORY[:4] for x in ("18:50", p)]]
    lines = [line for line in lines if not line.startswith("18:")]
    # readability's text starts at the second post: lines[2]
    assert span_with_items(lines, 2, 4, tree) == (1, 4)
