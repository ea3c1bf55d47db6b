"""A date stamp that opens the chosen text is dropped (ingest.extract_stamp).

The page imitates a newspaper's printer-friendly page of about 2008: the masthead and "Print |
Close window", then one `div` holding the headline, the byline, the date line and the story's
paragraphs, and the "URL:" line and copyright notice after a rule.
"""

from __future__ import annotations

import pytest

import digest.ingest.extract_stamp as stamp
from digest.ingest.extract import extract_page
from digest.ingest.extract_stamp import drop_stamp, is_stamp

URL = "http://www.dailyherald.example.com/news/2008/11/17/cable-cut.html"
TITLE = "Undersea cable cut slows internet in Alexandria"
STAMP = "Posted: Monday, November 17, 2008"
STORY = [
    "An undersea telecommunications cable cut on Tuesday partially blocked internet and mobile "
    "services in Alexandria and some other governorates, the regulator said on Wednesday.",
    "The cut happened around the same time that a different cable, owned by the national "
    "operator, was cut as well, which also affected services across the north of the country.",
    "Engineers said the cable passes through the country from Europe and reaches Asia, and that "
    "a repair ship would reach the break within a week if the weather held in the meantime.",
    "Some internet users suffered problems with internet and mobile services for most of the "
    "day, and two of the largest providers said their customers had slower connections.",
]


def _page(stamp_line: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>Daily Herald - Print this article</title></head>"
        "<body onload='window.print()'><div id='printheader'><b>Daily Herald</b><br>"
        "<span class='noprint'><a href='javascript:window.print()'>Print</a> | "
        "<a href='javascript:window.close()'>Close window</a></span></div><hr>"
        f"<div class='printstory'><h1>{TITLE}</h1><div class='byline'>By Ada Brook<br>"
        f"Staff Writer</div><div class='date'>{stamp_line}</div>{paras}</div><hr>"
        f"<div class='printfooter'><p class='url'>URL: {URL}</p><p class='copyright'>&copy; "
        "2008 Daily Herald. All rights reserved.</p></div></body></html>"
    )


def test_a_print_page_s_date_line_is_not_the_story_s_first_paragraph() -> None:
    text = extract_page(_page(STAMP), URL).text
    assert text.split("\n\n")[0] == STORY[0]
    assert "November 17, 2008" not in text
    assert all(p in text for p in STORY)


def test_with_the_rule_off_the_date_line_opens_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stamp, "STAMPS", False)
    text = extract_page(_page(STAMP), URL).text
    assert text.split("\n\n")[0] == STAMP  # trafilatura's broad pass keeps it


@pytest.mark.parametrize(
    "line",
    [
        STAMP,
        "Updated: Saturday, December 24, 2009",
        "Published on 3 March 2019 at 14:05 GMT",
        "Last updated: 2008-11-17 10:42",
        "Date: 17/11/2008",
    ],
)
def test_a_label_and_a_date_is_a_stamp(line: str) -> None:
    assert is_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Published in 1998, the book was an instant success in Britain.",
        "Posted by Ada Brook on May 3, 2008",
        "Updated 2 hours ago",
        "Monday, November 17, 2008",  # no label: a diary's heading, say
        "Updated: see the correction at the end of this story",
    ],
)
def test_a_line_that_says_more_is_no_stamp(line: str) -> None:
    assert not is_stamp(line)


def test_only_the_first_paragraph_goes_and_never_the_only_one() -> None:
    assert drop_stamp([STAMP, STORY[0]]) == [STORY[0]]
    assert drop_stamp([STORY[0], STAMP]) == [STORY[0], STAMP]
    assert drop_stamp([STAMP]) == [STAMP]
