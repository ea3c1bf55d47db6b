"""A story folded behind "Read More" in its own container (ingest.extract_unfolded): kept whole.

The page imitates a news portal that shows a story's first paragraphs and hides the rest, in the
same body container, under an inline style (`max-height:0; overflow:hidden`) until the reader
clicks. trafilatura prunes the hidden element, so its broad pass holds the first part only;
readability reads no style and holds all of it, at under twice the broad pass's length, so
`split` does not take it and `agree` kept the half.
"""

from __future__ import annotations

from extract_choice import rule_choice

from digest.ingest.extract import extract_page, finish_text, page_candidates
from digest.ingest.extract_lost import RULES, choose_article
from digest.ingest.extract_rules import BROAD, Choice
from digest.ingest.extract_unfolded import UNFOLDED, UNFOLDED_TEXT, UNTABLED, UNTABLED_TEXT
from digest.ingest.html_tree import load_page

URL = "https://news.example.in/india/city/port-strike-ends-after-nine-days/articleshow/123.cms"
TITLE = "Port strike ends after nine days as dock workers accept new pay deal"
SHOWN = [
    "MUMBAI: Dock workers at the city's two container terminals returned to work on Tuesday "
    "morning after their union accepted a pay offer that ends a strike of nine days, the "
    "longest the port has seen in more than a decade.",
    "The deal raises basic pay by eleven per cent over two years and adds an allowance for "
    "night shifts, which the union had asked for since the terminals moved to round-the-clock "
    "working three years ago.",
    "Shipping lines had diverted more than forty vessels to other ports during the strike, and "
    "exporters of textiles and engineering goods said their orders had piled up in warehouses "
    "across the city while the cranes stood still.",
    "The port trust's chairman said the backlog would take about two weeks to clear and that "
    "the terminals would run extra shifts on Sundays until the queue of ships was gone.",
]
FOLDED = [
    "Union leaders said the vote to accept the offer was close, with many younger workers "
    "arguing that the allowance for night shifts was still too small for the hours they keep.",
    "The strike began after talks on a new wage agreement broke down in the first week of the "
    "month, when the port trust refused to discuss the allowance at all.",
    "Traders in the wholesale markets near the docks said prices of imported pulses and edible "
    "oils had risen by up to eight per cent while the containers sat unloaded.",
]
TEASERS = [
    ("/city/metro-line-opens", "Metro line three opens to commuters next week"),
    ("/city/monsoon-forecast", "Monsoon expected to reach the coast early this year"),
    ("/business/gold-rate", "Gold rate today: prices steady in the city markets"),
]


def _page(folded_style: str, aside_style: str = "") -> str:
    shown = "".join(f"{p}<br><br>" for p in SHOWN)
    folded = "".join(f"{p}<br><br>" for p in FOLDED)
    teasers = "".join(f"<li><a href='{href}'>{text}</a></li>" for href, text in TEASERS)
    aside = (
        f"<div class='newsletter-modal' style='{aside_style}'><h2>Get the morning brief</h2>"
        "<p>Sign up for our newsletter and get the day's top stories from the city, the country "
        "and the world in your inbox every morning, free of charge, before you leave home.</p>"
        "</div>"
        if aside_style
        else ""
    )
    return (
        f"<html><head><title>{TITLE}</title><meta property='og:title' content='{TITLE}'>"
        "</head><body><header><a href='/' class='logo'>The City Times</a><nav>"
        "<a href='/city'>City</a> <a href='/india'>India</a> <a href='/world'>World</a></nav>"
        f"</header><div class='main'><h1><span>{TITLE}</span></h1>"
        "<div class='byline'><span>News Desk</span> / <span>Updated: May 3, 2025</span></div>"
        f"<div class='article-body clearfix'>{shown}"
        f"<div class='readmore_span collapsed' style='{folded_style}'>{folded}</div>"
        "<button class='readMoreBtn' type='button'>Read More</button></div>"
        f"{aside}<aside class='top-stories'><h2>Top Stories</h2><ul>{teasers}</ul></aside>"
        "</div><footer><p>Copyright 2025 The City Times. All rights reserved.</p></footer>"
        "</body></html>"
    )


def test_a_story_folded_behind_read_more_is_kept_whole() -> None:
    page = _page("max-height:0;overflow:hidden")
    assert rule_choice(page, URL, RULES - {UNFOLDED}) == Choice(BROAD, "agree")  # the half
    assert rule_choice(page, URL) == Choice(UNFOLDED_TEXT, UNFOLDED)
    assert not any(p in extract_page_without(page, UNFOLDED) for p in FOLDED)
    text = extract_page(page, URL).text
    assert all(p in text for p in SHOWN + FOLDED)
    assert not any(title in text for _, title in TEASERS)


def test_an_unhidden_page_and_a_hidden_box_outside_the_story_are_left_to_agree() -> None:
    shown = _page("")  # nothing folded: the broad pass holds the whole story
    assert rule_choice(shown, URL).rule != UNFOLDED
    assert all(p in extract_page(shown, URL).text for p in SHOWN + FOLDED)
    modal = _page("", aside_style="display:none")  # a hidden sign-up box after the story
    assert rule_choice(modal, URL).rule != UNFOLDED
    assert "Sign up for our newsletter" not in extract_page(modal, URL).text


def _table_page() -> str:
    """An old-era portal: a floated photo table opens the story, whose runs of text follow it
    broken by <br><br>; the first run is the table's tail."""
    runs = "".join(f"{p}<br><br>\n" for p in SHOWN[1:] + FOLDED)
    return (
        f"<html><head><title>{TITLE}</title></head><body><table width='980'><tr><td>"
        "<a href='/'><img src='/logo.gif' alt='The City Times'></a></td></tr></table>"
        "<div id='navbar'><a href='/news/'>News</a> | <a href='/business/'>Business</a> | "
        "<a href='/cricket/'>Cricket</a></div><div id='leftcontainer'>"
        f"<h1 class='arti_heading'>{TITLE}</h1>"
        "<div class='byline'><b>Our Correspondent</b> | May 3, 2010 13:15 IST</div>"
        "<div id='fullstory' class='fullstory'><table align='right' width='300' cellpadding='4'>"
        "<tr><td><img src='/news/2010/dock.jpg' width='200' alt=''><br><font class='sm1'>"
        "Image: Cranes at the container terminal.<br>Photograph: Reuters</font></td></tr>"
        f"</table>{SHOWN[0]}<br><br>\n{runs}</div></div>"
        "<div class='footer'>Copyright 2010 The City Times. All rights reserved.</div>"
        "</body></html>"
    )


def test_the_story_run_after_a_photo_table_is_kept() -> None:
    page = _table_page()
    assert rule_choice(page, URL, RULES - {UNTABLED}) == Choice(BROAD, "agree")
    assert SHOWN[0] not in extract_page_without(page, UNTABLED)  # the broad pass lost it
    assert rule_choice(page, URL) == Choice(UNTABLED_TEXT, UNTABLED)
    text = extract_page(page, URL).text
    assert all(p in text for p in SHOWN + FOLDED)


def extract_page_without(page: str, rule: str) -> str:
    """The text of the pick the rules make without `rule`, finished as extract_page finishes."""
    cands, evidence = page_candidates(load_page(page), URL)
    choice = choose_article(cands, evidence, rules=RULES - {rule})
    return finish_text(cands.text(choice.name), evidence.title_forms)
