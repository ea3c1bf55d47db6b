"""A bare date line over the headline opens no story (ingest.extract_stamp.drop_date).

The page imitates a hosted diary of the 2000s: each post a `div.post` holding its date line
(`div.postdate`, the date alone), its title and its text of `<br><br>` runs. trafilatura's
broad pass keeps the date and the title as the text's first two lines; the title is dropped
only when it opens the text, so the date line kept both.
"""

from __future__ import annotations

import pytest

import digest.ingest.extract_stamp as stamp
from digest.ingest.extract import extract_page
from digest.ingest.extract_stamp import drop_date, drop_headline, is_date

URL = "https://diary.example.org/2017/07/the-state-of-the-union"
TITLE = "So, how did the neighbours like the new market square?"
STORY = [
    "Even the shop owners who fought the plan for years did not seem to mind the new square "
    "once the first market day filled it with stalls and people from the whole district.",
    "Those expecting a quarrel at the opening were disappointed. The mayor spoke for five "
    "minutes, the band played, and the children took over the fountain within the hour.",
    "The square replaced a car park that had stood empty most of the week. The council "
    "says the market will now run every Saturday until the end of October.",
    "Some residents still worry about the noise on market mornings, and the council has "
    "promised to review the opening hours after the first three months of trading.",
]


def _page() -> str:
    runs = "".join(f"{p}<br><br>\n" for p in STORY)
    return (
        f"<html><head><title>{TITLE} - diary.example.org</title>"
        f"<meta property='og:title' content='{TITLE}'></head><body>"
        "<div id='bar'><a href='/'>Diaries</a> | <a href='/login'>Log in</a></div>"
        "<div class='blogheader'><h1><a href='/blog/983410'>Night thoughts</a></h1></div>"
        "<div class='post'><div class='postdate'>16/7/2017</div>"
        f"<div class='posttitle'>{TITLE}</div><div class='postedit'>{runs}</div>"
        "<div class='postfooter'>Posted at 23:10 | 3 comments</div></div>"
        "<div class='footer'>Copyright 2017 Diaries. All rights reserved.</div></body></html>"
    )


def test_a_post_s_date_line_over_its_title_is_dropped_with_the_title() -> None:
    text = extract_page(_page(), URL).text
    assert text.split("\n\n")[0] == STORY[0]
    assert "16/7/2017" not in text and TITLE not in text
    assert all(p in text for p in STORY)


def test_with_the_rule_off_the_date_line_and_the_title_open_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stamp, "DATES", False)
    paras = extract_page(_page(), URL).text.split("\n\n")
    assert paras[:2] == ["16/7/2017", TITLE]


@pytest.mark.parametrize(
    "line", ["16/7/2017", "Monday, November 17, 2008", "Thu Nov 18 14:39:56 GMT 2009", "2008-11-17"]
)
def test_a_date_alone_is_a_date_line(line: str) -> None:
    assert is_date(line)


@pytest.mark.parametrize(
    "line",
    ["Posted by Ada Brook on May 3, 2008", "In 1998 the book was an instant success.", "17", ""],
)
def test_a_line_that_says_more_is_no_date_line(line: str) -> None:
    assert not is_date(line)


def test_only_the_first_paragraph_goes_and_never_the_only_one() -> None:
    assert drop_date(["16/7/2017", STORY[0]]) == [STORY[0]]
    assert drop_date([STORY[0], "16/7/2017"]) == [STORY[0], "16/7/2017"]
    assert drop_date(["16/7/2017"]) == ["16/7/2017"]


def _drop_title(paras: list[str]) -> list[str]:
    return paras[1:] if paras and paras[0] == TITLE else paras


def test_a_date_goes_only_right_over_or_under_the_headline() -> None:
    assert drop_headline(["16/7/2017", TITLE, *STORY], _drop_title) == STORY
    assert drop_headline([TITLE, "16/7/2017", *STORY], _drop_title) == STORY
    # a mail archive's date line over its navigation links is by no headline: kept
    nav = "- Previous message: the list's earlier thread"
    assert drop_headline(["16/7/2017", nav, *STORY], _drop_title) == ["16/7/2017", nav, *STORY]
