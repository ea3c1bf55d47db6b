"""A footer in inline tags after the page's last rule line (ingest.extract_ruled): dropped.

The page imitates a text-only mirror for vintage computers: HTML 3.2, no class names, the story
in `<p>`s straight under `<body>`, a rule line, then the mirror's footer in `<small>` and
`<center>`. Both extractors keep the footer with the story; it goes. A blog's footnotes after a
rule (`<hr><ol>`) are a block of their own and stay.
"""

from __future__ import annotations

from digest.ingest.extract import extract_page
from digest.ingest.extract_ruled import ruled_footer
from digest.ingest.html_tree import load_page

URL = "http://mirror.example.net/article.php?loc=US&a=https://news.example.com/floods"
TITLE = "Town buys cheap sensors to watch its river"
STORY = [
    "Floods in small towns are measured badly: the gauges stand far apart, and the water in "
    "the streets is seldom where the nearest gauge can see it when the river rises at night.",
    "The town placed forty cheap pressure sensors along the banks of the river for two years "
    "and compared what they saw with the readings of the two official gauges upstream and down.",
    "The sensors saw every flood the gauges saw, a day earlier on average, and three floods the "
    "gauges missed entirely because the water came from a side stream between them.",
]
BACK = "< Back to the mirror's front page"
CREDIT = "A news mirror for vintage computers, built on a Mac Plus by a retro fan"


def _page(after_rule: str) -> str:
    story = "\n".join(f"<p>{p}</p>" for p in STORY)
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN"><html><head>'
        f"<title>{TITLE}</title></head><body><h1>{TITLE}</h1><hr>{story}<br><hr>"
        f"{after_rule}</body></html>"
    )


FOOTER = (
    f"<small><a href='/index.php'>{BACK}</a></small><br><br>"
    f"<center><small>{CREDIT} <a href='/about'>About</a></small></center>"
)


def test_the_footer_after_the_last_rule_is_dropped_and_the_story_kept() -> None:
    text = extract_page(_page(FOOTER), URL).text
    for para in STORY:
        assert para in text
    assert "Back to the mirror" not in text
    assert "vintage computers" not in text


def test_the_footer_lines_are_found_in_the_tree() -> None:
    tree = load_page(_page(FOOTER))
    keys = ruled_footer(tree)
    assert ("back", "to", "the", "mirror", "s", "front", "page") in keys
    assert len(keys) == 2


def test_footnotes_after_a_rule_are_a_block_and_stay() -> None:
    note = "The sensors cost about forty euros each, batteries and housing included, in 2023."
    page = _page(f"<ol><li>{note}</li></ol>")
    assert ruled_footer(load_page(page)) == frozenset()
    assert note in extract_page(page, URL).text


def test_a_long_run_after_the_rule_is_no_footer() -> None:
    long = " ".join(["the river rose again"] * 12)
    assert ruled_footer(load_page(_page(f"<small>{long}</small>"))) == frozenset()
