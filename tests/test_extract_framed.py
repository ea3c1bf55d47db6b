"""The article's frame without its story (ingest.extract_framed): a page that sets each paragraph
of the story in a section of its own, between related-story boxes, leaves trafilatura's broad
pass with the header and the footer around the story; readability holds the story.

The page imitates a German news magazine (set AP's de-newsmag family, built blind): a kicker and
the headline in one `<h2>`, a dek, the byline row, then one `<section>` per paragraph with "Mehr
zum Thema" boxes between, then the feedback and discussion rows. No description on the page.
Each paragraph's box is classed `RichText--iconLinks` (the magazine's real class), which
trafilatura reads as a box of links and drops: its broad pass keeps the frame alone.
"""

from __future__ import annotations

from digest.ingest.extract import extract_page, load_page, page_candidates
from digest.ingest.extract_framed import FRAMED, WRAPPED, header_only, outside_text
from digest.ingest.extract_lost import RULES, choose_article
from digest.ingest.extract_rules import BROAD, READABLE, Candidates, Choice

TITLE = "Ferry crews vote to strike over winter timetable"
DEK = (
    "The union says the new rota leaves too few crews for the night crossings, and the operator "
    "says the timetable was agreed last spring."
)
STORY = [
    "Crews on the island ferries have voted to strike for two days next month, the union said.",
    "Members backed the action by a wide margin after talks on the winter rota broke down on "
    "Tuesday evening. The union argues that the new timetable stretches the night crews too "
    "thin and leaves no cover when a sailor falls ill during the busy holiday weeks.",
    "The operator said the timetable had been agreed with staff representatives last spring and "
    "that it would keep every crossing running. It offered further talks before the first "
    "strike day and said passengers would be told of any changes a week in advance.",
    "Island councillors asked both sides to settle quickly. Shops and the health centre depend "
    "on the early morning crossing for deliveries and staff, they said, and a cancelled ferry "
    "in December would leave families without a way to reach the mainland hospital.",
]
RICH = "RichText RichText--iconLinks"  # "Links" in the class: trafilatura drops the box
RELATED = ["Harbour fees rise for the third year", "New ferry enters service after delays"]


def _page(story: list[str] = STORY) -> str:
    sections = []
    for n, para in enumerate(story):
        block = f'<div data-area="text_block"><div class="{RICH}"><p>{para}</p></div></div>'
        sections.append(f'<section class="relative">{block}</section>')
        if n < len(RELATED):
            sections.append(
                '<section data-area="related_articles"><div><span>Mehr zum Thema</span><ul>'
                f'<li><a href="/r/{n}">{RELATED[n]}</a></li></ul></div></section>'
            )
    return (
        f"<html><head><title>{TITLE} - Wochenblick</title>"
        f'<meta property="og:title" content="{TITLE}"></head><body>'
        '<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav><main><article>'
        f'<header><h2><span class="kicker">Streik auf den Inseln</span> <span>{TITLE}</span></h2>'
        f'<div class="leading-loose">{DEK}</div>'
        '<div class="byline"><span>Von Jana Kramer</span> <time>02.12.2026, 06.10 Uhr</time></div>'
        "</header>"
        f'<div data-area="body">{"".join(sections)}</div>'
        '<div data-area="feedback"><p>Feedback</p><a href="/kontakt/">Fehler melden</a></div>'
        '<div data-area="discussion"><h3>Diskutieren Sie mit</h3><p>187 Beiträge</p></div>'
        "</article></main><footer><p>Impressum</p></footer></body></html>"
    )


def test_the_story_is_kept_not_the_frame_around_it() -> None:
    text = extract_page(_page(), "https://wochenblick.example/politik/faehre").text
    assert all(para in text for para in STORY)
    assert "Diskutieren Sie mit" not in text


def test_without_the_rule_disjoint_keeps_the_frame() -> None:
    tree = load_page(_page())
    cands, evidence = page_candidates(tree, "https://wochenblick.example/politik/faehre")
    assert choose_article(cands, evidence) == Choice(READABLE, FRAMED)
    without = choose_article(cands, evidence, rules=RULES - {FRAMED, WRAPPED})
    assert without == Choice(BROAD, "disjoint")
    assert STORY[1] not in cands.text(BROAD)


def test_a_header_holds_one_run_of_prose() -> None:
    frame = "\n".join([f"Streik auf den Inseln {TITLE}", DEK, "Von Jana Kramer", "Feedback"])
    assert header_only(frame, "\n".join(STORY), [TITLE])
    post = "\n".join([TITLE, STORY[1], STORY[2]])  # two paragraphs under the headline: a story
    assert not header_only(post, "\n".join(STORY), [TITLE])
    assert not header_only("\n".join([DEK, TITLE]), "\n".join(STORY), [TITLE])  # no headline first


def test_a_post_that_does_not_enclose_the_other_block_is_kept() -> None:
    """A one-paragraph post under its headline, a column of other posts after it: the post's
    lines all come before the column's, so nothing is enclosed (the quotes-site case)."""
    others = "".join(
        f"<div class='card'><p>{para} (another post)</p></div>" for para in STORY[1:] * 2
    )
    html = (
        f"<html><head><title>{TITLE}</title></head><body><main><article><h1>{TITLE}</h1>"
        f"<p>{STORY[0]}</p><p class='tags'>Tags: ferries</p></article>"
        f"<aside class='column'>{others}</aside></main></body></html>"
    )
    tree = load_page(html)
    cands, evidence = page_candidates(tree, "https://quotes.example/q/1")
    assert choose_article(cands, evidence).rule != FRAMED


PAYWALL = (
    '<div data-area="paywall" class="paywall"><p class="font-bold">Jetzt weiterlesen mit +</p>'
    "<p>Alle Artikel auf der Seite. Exklusive Recherchen, Analysen und Reportagen.</p>"
    "<ul><li>Einen Monat für 1,- €</li><li>Jederzeit online kündbar</li></ul>"
    '<a href="/abo/">Jetzt für 1,- € testen</a> '
    '<a href="/anmelden/">Sie sind bereits Abonnent? Hier anmelden</a></div>'
)


def _paywalled() -> str:
    """The magazine's paid article: the story's first paragraphs, then the subscription prompt
    (prose of its own), a byline of two authors; the frame is no longer a header's shape."""
    page = _page(STORY[:2]).replace(
        '<div data-area="feedback">', PAYWALL + '<div data-area="feedback">'
    )
    return page.replace(
        "Von Jana Kramer", "Von Jana Kramer und Peter Brinkmann aus dem Wochenblick 12/2026"
    )


def test_the_story_inside_a_paywalled_frame_is_kept() -> None:
    text = extract_page(_paywalled(), "https://wochenblick.example/politik/faehre").text
    assert all(para in text for para in STORY[:2])
    assert "Jetzt weiterlesen" not in text


def test_without_the_rule_the_paywalled_frame_is_kept() -> None:
    tree = load_page(_paywalled())
    cands, evidence = page_candidates(tree, "https://wochenblick.example/politik/faehre")
    assert choose_article(cands, evidence) == Choice(READABLE, WRAPPED)
    without = choose_article(cands, evidence, rules=RULES - {WRAPPED})
    assert without.name == BROAD and without.rule in ("disjoint", "third")
    assert "Jetzt weiterlesen mit +" in cands.text(BROAD)


def test_a_story_around_a_box_readability_took_is_not_a_frame() -> None:
    """The broad pass holds the story, readability a fact box set inside it: the broad pass
    stands around the box, but each side of it holds more words than the box."""
    facts = ["Ferries: 14 a day", "Crews: 220 sailors"]
    html = (
        f"<html><body><article><h1>{TITLE}</h1><p>{STORY[0]}</p><p>{STORY[1]}</p>"
        f"<div class='facts'><p>{facts[0]}</p><p>{facts[1]}</p></div>"
        f"<p>{STORY[2]}</p><p>{STORY[3]}</p></article></body></html>"
    )
    tree = load_page(html)
    story = "\n".join([TITLE, *STORY])
    cands = Candidates({BROAD: lambda: story, READABLE: lambda: "\n".join(facts)})
    assert outside_text(tree, cands) == ""
    frame = "\n".join([TITLE, STORY[3]])  # a short side each: readability's text is the story
    cands = Candidates({BROAD: lambda: frame, READABLE: lambda: "\n".join(STORY[1:3])})
    assert outside_text(tree, cands) == "\n".join(STORY[1:3])
