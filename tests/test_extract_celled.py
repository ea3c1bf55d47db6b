"""A diary entry laid out in a table cell (ingest.extract_celled): readability's text, whole.

The page imitates a hosted diary of the 2000s: a two-column layout table, the owner's sidebar
(box labels over lists of links) in one cell, the entry in the other, its paragraphs runs of
text broken by `<br><br>` around a `<blockquote>`. trafilatura's broad pass converts the layout
table as a data table: one "|" row gluing the sidebar's labels to the entry, and it drops the
quote with the run of text after it; readability keeps the cell's blocks. Both are within
twice each other's length, so `agree` kept the broad pass.
"""

from __future__ import annotations

from extract_choice import rule_choice

from digest.ingest.extract import extract_page, finish_text, page_candidates
from digest.ingest.extract_celled import CELLED, CELLED_TEXT, celled_text
from digest.ingest.extract_lost import RULES, choose_article
from digest.ingest.extract_rules import BROAD, Choice
from digest.ingest.html_tree import load_page

URL = "https://diary.example.org/viewdiary.php?id=picking-fruits-in-the-city"
TITLE = "Picking fruits and greening the city"
QUOTE = (
    "Everything started from an unused piece of land. We asked the city if we could grow food "
    "there for a local festival, and it sent thirty trucks of soil to spread on the empty lot."
)
AFTER_QUOTE = (
    "This is how a group of neighbours in the old harbour district started their garden. Their "
    "goal is to give small plots of land to anyone in the city who wants to grow vegetables."
)
RUNS = [
    "They are not the only ones who want to grow food in the city. As more than half of the "
    "world's people live in towns, projects everywhere are bringing food closer to people.",
    "Urban gardening is not only about growing food, it is also about a healthier place to "
    "live, about learning how nature works and about building a friendly community.",
    "Gardens in the city filter the air, cool the streets in summer and take up carbon, and the "
    "food they grow does not travel thousands of kilometres before it is eaten.",
    "Children who grew up in a flat may never have seen a carrot in the ground. A garden is a "
    "school where they learn which season each fruit ripens in and how much work it takes.",
    "The garden has become a meeting point where neighbours talk, swap seeds and recipes, and "
    "plan the next harvest festival together with the people from the other side of the river.",
]
SIDEBAR = ["Spring cleaning at last", "A trip to the north", "My grandmother's soup"]


def _page() -> str:
    links = "".join(
        f"<li><a href='/viewdiary.php?id={i}'>{t}</a></li>" for i, t in enumerate(SIDEBAR)
    )
    runs = "".join(f"{p}<br><br>\n" for p in RUNS)
    return (
        f"<html><head><title>{TITLE} - diary.example.org</title></head><body bgcolor='#FFFFFF'>"
        "<div id='bg-header'><a href='/'>Diary</a> | <a href='/login.php'>Login</a></div>"
        "<table width='100%' border='0' cellpadding='4'><tr><td colspan='2'><h1>"
        "<a href='/mainblog.php?id=owner'>Owner</a></h1><div>Life is a journey</div></td></tr>"
        "<tr><td width='200' valign='top' class='sidebar'><div class='box'><b>Contents</b>"
        f"<ul>{links}</ul></div><div class='box'><b>Group Blog</b><ul><li><a href='#'>Garden"
        "</a></li></ul></div></td><td valign='top' class='main'><div class='entry-title'>"
        f"<font size='4'><b>{TITLE}</b></font></div><div class='entry-text'>"
        f"<blockquote><p>{QUOTE}</p></blockquote>{AFTER_QUOTE}<br><br>\n{runs}</div>"
        "<div class='entry-info'>Create Date : 7 May 2012<br>2 comments<br></div></td></tr>"
        "</table><div id='footer'>Copyright 2003-2012 Diary. All rights reserved.</div>"
        "</body></html>"
    )


def test_an_entry_in_a_layout_cell_keeps_its_quote_and_the_text_after_it() -> None:
    page = _page()
    assert rule_choice(page, URL, RULES - {CELLED}).name != CELLED_TEXT
    without = _text_without(page, CELLED)
    assert "|" in without and AFTER_QUOTE not in without  # the converted table lost the run
    assert rule_choice(page, URL) == Choice(CELLED_TEXT, CELLED)
    text = extract_page(page, URL).text
    assert all(p in text for p in [QUOTE, AFTER_QUOTE, *RUNS])
    assert "|" not in text and not any(title in text for title in SIDEBAR)


def test_a_story_with_a_data_table_is_no_layout_cell() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>{t}</td></tr>" for i, t in enumerate(SIDEBAR))
    body = "".join(f"<p>{p}</p>" for p in [AFTER_QUOTE, *RUNS])
    page = (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>{body}"
        f"<table><tr><th>Week</th><th>Task</th></tr>{rows}</table></article></body></html>"
    )
    cands, _ = page_candidates(load_page(page), URL)
    assert celled_text(load_page(page), cands) == ""  # no cell holds the story
    assert rule_choice(page, URL).rule != CELLED


def _text_without(page: str, rule: str) -> str:
    cands, evidence = page_candidates(load_page(page), URL)
    choice = choose_article(cands, evidence, rules=RULES - {rule})
    assert choice.name != CELLED_TEXT and cands.text(BROAD)
    return finish_text(cands.text(choice.name), evidence.title_forms)
