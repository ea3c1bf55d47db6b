"""A paragraph set under the header's date stamp opens the story (ingest.extract_dated).

The page imitates a how-to site: the headline's box holds the headline, a byline, a "Last
Updated:" date, the method menu, then the article's one-paragraph intro (which the page also
gives as its description) and a download link; the steps follow in sections of their own.
readability scores the steps best, so the cut rules read the intro as the header's dek.
"""

from __future__ import annotations

import pytest
from extract_choice import rule_choice
from lxml.html import fromstring

import digest.ingest.extract_dated as dated
from digest.ingest.extract import extract_page
from digest.ingest.extract_dated import headline_of, under_stamp
from digest.ingest.extract_opening import OPENED, OPENING, opened_text, opening_kept
from digest.ingest.extract_rules import (
    BROAD,
    PRECISE,
    READABLE,
    TRIMMED,
    Candidates,
    Choice,
    Thresholds,
)
from digest.ingest.extract_shingles import line_key
from digest.ingest.html_tree import load_page

URL = "https://howto.example.org/Repot-a-Fig-Tree"
TITLE = "How to repot a fig tree without hurting its roots"
INTRO = (
    "A fig tree that has filled its pot with roots stops growing and drops its leaves, and "
    "moving it to a larger pot in early spring gives it room for another few years of growth."
)
STEPS = [
    (
        "Getting ready",
        [
            "Water the tree a day before you repot it, so that the root ball holds together and "
            "slides out of the old pot in one piece when you tip it on its side.",
            "Choose a pot two or three inches wider than the old one, with drainage holes in the "
            "bottom, and cover the holes with a few shards of broken clay or a piece of mesh.",
            "Mix a free-draining compost of two parts loam, one part grit and one part leaf mould, "
            "and keep a bucket of it beside you while you work on the roots and the new pot.",
        ],
    ),
    (
        "Moving the tree",
        [
            "Tip the pot on its side, tap the rim against the edge of a table and ease the tree "
            "out, holding it by the base of the trunk rather than by its branches or its leaves.",
            "Tease out the outer roots with your fingers and cut away any that are dead, black or "
            "circling the root ball, using clean secateurs so that the cuts heal without rotting.",
            "Set the tree in the new pot at the same depth as before, fill around it with the "
            "compost, firm it down with your fingers and water it well until water runs out below.",
        ],
    ),
]


def _page(header: str) -> str:
    sections = "".join(
        f"<div class='section steps' id='method_{k}'><div class='headline_info'><h3>"
        f"<span class='mw-headline'>{head}</span></h3></div><div class='section_text'>"
        "<ol class='steps_list'>"
        + "".join(
            f"<li><div class='mwimg'><img src='/images/step-{k}-{n}.jpg' alt=''></div>"
            f"<div class='step_num'>{n}</div><div class='step'><b>{step.split(', ')[0]},</b> "
            f"{step.split(', ', 1)[1]}<div class='clearall'></div></div></li>"
            for n, step in enumerate(steps, 1)
        )
        + "</ol></div></div>"
        for k, (head, steps) in enumerate(STEPS, 1)
    )
    return (
        f"<html><head><title>{TITLE} - HowTo</title><meta property='og:title' content='{TITLE}'>"
        f"<meta name='description' content='{INTRO}'></head><body><div id='header'>"
        "<a href='/'>HowTo</a><a href='/login'>Log in</a></div><div id='article'>"
        f"<div id='intro' class='section'><h1><a href='#'>{TITLE}</a></h1>{header}"
        "<div class='download'><a href='/download'>Download Article</a></div></div>"
        f"<div id='steps'>{sections}</div><div class='section' id='related'><h2>Related</h2>"
        "<a href='/a'>How to prune a fig</a><a href='/b'>How to feed a lemon tree</a></div>"
        "</div><div id='footer'><a href='/about'>About</a><a href='/terms'>Terms</a></div>"
        "</body></html>"
    )


BYLINE = (
    "<div class='byline'><span>Co-authored by <a href='/User:Ada'>Ada Brook</a></span></div>"
    "<div class='byline'><span>Last Updated: April 20, 2021</span></div>"
    "<div class='menu'><span>Explore this Article</span><a href='#method_1'>Method 1</a>"
    "<a href='#method_2'>Method 2</a></div>"
)
INTRO_BOX = f"<div class='section-0'><p>{INTRO}</p></div>"


def test_the_intro_under_the_date_opens_the_story() -> None:
    page = _page(BYLINE + INTRO_BOX)
    text = extract_page(page, URL).text
    assert INTRO in text
    assert all(step in text for _, steps in STEPS for step in steps)
    assert "Last Updated" not in text


def test_with_the_rule_off_the_intro_is_cut_as_a_dek(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switched off, a cut rule reads the intro as the header's dek (the rule's check)."""
    monkeypatch.setattr(dated, "UNDER_STAMP", False)
    page = _page(BYLINE + INTRO_BOX)
    assert rule_choice(page, URL).rule in {"trim", "headed", "trimhead"}
    assert INTRO not in extract_page(page, URL).text


def test_a_paragraph_over_the_date_is_a_dek_and_stays_cut() -> None:
    """The same paragraph set over the byline and the date: the header's dek, cut as before."""
    page = _page(INTRO_BOX + BYLINE)
    assert INTRO not in extract_page(page, URL).text


def _trim_cands(page: str) -> Candidates:
    """The page's texts as `trim` meets them: readability opens at the first section heading,
    the broad and precision passes keep the intro (as on the how-to site's pages)."""
    steps = "\n".join(line for head, lines in STEPS for line in (head, *lines))
    texts = {BROAD: f"{TITLE}\n{INTRO}\n{steps}", READABLE: steps, PRECISE: f"{INTRO}\n{steps}"}
    makers = {name: (lambda t=text: t) for name, text in texts.items()}
    cands = Candidates(makers)
    tree = load_page(page)
    makers[OPENED[TRIMMED]] = lambda: opened_text(cands, TRIMMED, (TITLE,), tree)  # as extract
    return cands


def test_trim_s_cut_puts_back_the_intro_under_the_date(monkeypatch: pytest.MonkeyPatch) -> None:
    trim = Choice(TRIMMED, "trim")
    opened = Choice(OPENED[TRIMMED], OPENING)
    assert opening_kept(_trim_cands(_page(BYLINE + INTRO_BOX)), trim, (TITLE,), Thresholds()) == (
        opened
    )
    over = _trim_cands(_page(INTRO_BOX + BYLINE))  # a dek over the date
    assert opening_kept(over, trim, (TITLE,), Thresholds()) == trim
    monkeypatch.setattr(dated, "UNDER_STAMP", False)
    off = _trim_cands(_page(BYLINE + INTRO_BOX))
    assert opening_kept(off, trim, (TITLE,), Thresholds()) == trim


def _headline(body: str) -> object:
    tree = fromstring(f"<html><body><h1>{TITLE}</h1>{body}</body></html>")
    return headline_of(tree, {line_key(TITLE)})


def test_the_stamp_must_stand_between_the_headline_and_the_first_prose() -> None:
    stamp = "<div>Posted on March 3, 2020</div>"
    assert under_stamp(_headline(stamp + f"<p>{INTRO}</p>"), INTRO)
    timed = _headline(f"<time>March 3, 2020</time><p>{INTRO}</p>")
    assert under_stamp(timed, INTRO) is dated.TIME_TAGS  # off: a dek under a bare date (AE, V)
    assert not under_stamp(_headline(f"<p>{INTRO}</p>{stamp}"), INTRO)  # a dek over the date
    other = "<p>" + STEPS[0][1][0] + "</p>"
    assert not under_stamp(_headline(stamp + other + f"<p>{INTRO}</p>"), INTRO)  # prose between
    assert not under_stamp(_headline(f"<div>By Ada Brook</div><p>{INTRO}</p>"), INTRO)  # no date
    assert not under_stamp(_headline(stamp + "<p>A short line here</p>"), "A short line here")
    assert not under_stamp(None, INTRO)
