"""The head a page sets with its headline (ingest.extract_head): the broad pass from the story's
first line on, when the headline's box (an article header) holds the lines ahead of it.

The page imitates a music magazine's article: `header.article-header` holds a kicker, the
`<h1>`, a dek (`h2.c-subtitle`) and a byline; the story's paragraphs follow in their own box.
trafilatura's broad pass and readability both keep the dek, so `agree` kept it.
"""

from __future__ import annotations

from pathlib import Path

from extract_choice import rule_choice

from digest.ingest.extract import extract_page
from digest.ingest.extract_head import HEAD_MAX, HEADLESS, TRIM_HEADED, TRIM_HEADLESS, headless_text
from digest.ingest.extract_lost import HEADED, RULES
from digest.ingest.extract_rules import BROAD, Choice
from digest.ingest.html_tree import load_page

URL = "https://music.example.org/news/tour.html"
TITLE = "The band announces a reunion tour across Europe"
DEK = "Twenty dates in eleven countries, the first in Lisbon next May."
BODY = [
    f"Paragraph {n}: the band said the tour would open in Lisbon and close in Oslo, with new "
    f"songs written over the winter and a full orchestra on some of the dates ({n})."
    for n in range(6)
]


def _page(header: str, body: list[str] = BODY) -> str:
    return (
        "<html><head><title>" + TITLE + "</title></head><body><main><article>"
        "<header class='article-header'>" + header + "</header>"
        "<div class='a-content'>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "</div></article></main></body></html>"
    )


HEADER = (
    "<a href='/music/'>Music</a><h1>" + TITLE + "</h1><h2 class='c-subtitle'>" + DEK + "</h2>"
    "<div class='author'><span>By <a href='/a/'>Ana Costa</a></span> <time>May 1</time></div>"
)


def test_the_dek_in_the_headline_s_box_is_cut_from_the_broad_pass() -> None:
    page = _page(HEADER)
    assert rule_choice(page, URL, RULES - {HEADED}) == Choice(BROAD, "agree")  # the dek kept before
    assert rule_choice(page, URL) == Choice(HEADLESS, HEADED)
    text = extract_page(page, URL).text
    assert "Lisbon next May" not in text
    assert all(p in text for p in BODY)


def test_a_head_line_the_story_repeats_opens_the_story() -> None:
    # a Ghost theme's excerpt is the story's first paragraph: the broad pass keeps it once
    page = _page("<h1>" + TITLE + "</h1><p class='article-excerpt'>" + BODY[0] + "</p>")
    text = extract_page(page, URL).text
    assert all(p in text for p in BODY)
    assert rule_choice(page, URL).rule != HEADED


def _headless(html: str, text: str) -> str:
    return headless_text(load_page(html), text, (TITLE,))


def test_no_cut_without_a_small_header_box_apart_from_the_story() -> None:
    broad = "\n".join([TITLE, DEK, *BODY])
    assert _headless(_page(HEADER), broad) == "\n".join(BODY)
    # no <h1> stating the title: no headline to start from
    assert _headless(_page(HEADER.replace("<h1>", "<h2>").replace("</h1>", "</h2>")), broad) == ""
    # the headline and the story in one box: the box holds every line, or is too long
    inline = "<h1>" + TITLE + "</h1><h2>" + DEK + "</h2>" + "".join(f"<p>{p}</p>" for p in BODY)
    assert _headless(_page(inline, []), broad) == ""
    # a header holding three paragraphs holds the story's opening, not a head (the same lines
    # as <div>s are a head)
    short = ["The tour opens in May.", "Tickets go on sale Friday.", "They last toured in 2015."]
    broad_short = "\n".join([TITLE, DEK, *short, *BODY])
    as_divs = HEADER + "".join(f"<div>{line}</div>" for line in short)
    assert _headless(_page(as_divs), broad_short) == "\n".join(BODY)
    as_paragraphs = HEADER + "".join(f"<p>{line}</p>" for line in short)
    assert _headless(_page(as_paragraphs), broad_short) == ""
    # a header longer than HEAD_MAX of the broad pass is no header
    long_dek = " ".join([DEK] * 40)
    assert len(long_dek) > HEAD_MAX * len(broad)
    assert _headless(_page(HEADER.replace(DEK, long_dek)), broad.replace(DEK, long_dek)) == ""


LEAD = "Fans queued overnight in Lisbon as the band confirmed twenty dates across Europe."


def _page_with_lead(lead_block: str) -> str:
    return (
        "<html><head><title>" + TITLE + "</title></head><body><main><article>"
        "<div class='art-top'><h1>" + TITLE + "</h1><span class='author'>Ana Costa</span></div>"
        "<div class='art-image'><img src='/p.jpg'><span>The band on stage in 2015.</span></div>"
        + lead_block
        + "<div class='art-body'>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "</div></article></main></body></html>"
    )


def test_a_lead_in_its_own_box_beside_the_headline_s_box_is_head() -> None:
    # the lead stands after the headline's box and a figure, before the story's box
    page = _page_with_lead("<div class='art-lead'><b>" + LEAD + "</b></div>")
    broad = "\n".join([LEAD, *BODY])
    assert _headless(page, broad) == "\n".join(BODY)
    text = extract_page(page, URL).text
    assert "queued overnight" not in text
    assert all(p in text for p in BODY)


def test_a_paragraph_beside_the_headline_s_box_opens_the_story() -> None:
    # the story's first paragraph as a sibling of the header: the story starts there
    page = _page_with_lead("<p>" + LEAD + "</p>")
    broad = "\n".join([LEAD, *BODY])
    assert _headless(page, broad) == ""
    assert "queued overnight" in extract_page(page, URL).text


def _record(kind: str, inner: str) -> str:
    """A page builder's record (Tilda): spacing classes on the record, the build inside it."""
    return (
        f"<div class='r t-rec t-rec_pt_{len(inner) % 60}'><div class='{kind}'>"
        f"<div class='t-container'><div class='t-col'>{inner}</div></div></div></div>"
    )


def test_paragraphs_in_records_built_like_the_story_s_are_story_not_head() -> None:
    # every paragraph in a record of its own, one run of text each: the short first ones fit
    # the header's room, but they are built like the long one that ends the walk
    short = ["The tour opens in May.", "Tickets go on sale Friday."]
    cover = _record("t001", "<h1>" + TITLE + "</h1><div class='t-descr'>" + DEK + "</div>")
    text_records = [_record("t106", f"<div class='t-text'>{p}</div>") for p in short]
    long_record = _record("t106", "<div class='t-text'>" + " ".join(BODY) + "</div>")
    page = (
        "<html><head><title>"
        + TITLE
        + "</title></head><body><div class='t-records'>"
        + cover
        + "".join(text_records)
        + long_record
        + "</div></body></html>"
    )
    broad = "\n".join([TITLE, DEK, *short, " ".join(BODY)])
    assert _headless(page, broad) == "\n".join([*short, " ".join(BODY)])
    # a lead built apart from the story's records is still head
    lead = _record("t-lead", f"<b>{short[0]}</b>")
    page_with_lead = page.replace(text_records[0], lead)
    assert _headless(page_with_lead, broad) == "\n".join([short[1], " ".join(BODY)])


def _hashed(n: int) -> str:
    """A CSS-in-JS class name: a hash, no meaning."""
    return f"css-{(n * 2654435761) % 16**6:06x}"


DEK_FRAGMENT = "Twenty dates in eleven countries with the first of them in Lisbon next May and then"


def _react_page() -> str:
    """A React site's article (set C's css-in-js family): divs only, hashed classes. The
    headline's box is one div; a dek fragment, a byline row and a figure follow it as divs of
    their own, then the story's box, then a cards rail and a newsletter form."""
    n = iter(range(1, 1000))

    def d(inner: str) -> str:
        return f"<div class='{_hashed(next(n))}'>{inner}</div>"

    cards = "".join(
        d(d(f"<a href='/s{i}'>{d(f'Another story number {i} about the orchestra')}</a>"))
        for i in range(4)
    )
    return (
        "<html><head><title>"
        + TITLE
        + "</title></head><body><div id='app'>"
        + d(d("<a href='/'>site</a>") + d("<a href='/music'>Music</a><a href='/arts'>Arts</a>"))
        + d(
            d("<h1>" + TITLE + "</h1>")
            + d(DEK_FRAGMENT)
            + d(d("By Ana Costa") + d("May 1, 2024"))
            + d("<img src='/h.jpg' alt=''>" + d("The band on stage in Oslo in 2015."))
            + d("".join(d(f"<p class='{_hashed(next(n))}'>{p}</p>") for p in BODY))
        )
        + d(d("More to read") + cards)
        + d(d("Sign up for the Morning newsletter") + d("Get the day's top stories, every day."))
        + "</div></body></html>"
    )


def test_the_head_trim_s_span_opens_with_is_cut_too() -> None:
    # readability keeps the dek above the story, so trim's span (trafilatura's text from
    # readability's first line to its last) holds the dek and the byline row after it
    page = _react_page()
    before = rule_choice(page, URL, RULES - {TRIM_HEADED})
    assert before.rule == "trim"
    assert rule_choice(page, URL) == Choice(TRIM_HEADLESS[before.name], TRIM_HEADED)
    text = extract_page(page, URL).text
    assert "Lisbon next" not in text and "Ana Costa" not in text
    assert all(p in text for p in BODY)


INTRO = (
    "The band announced a reunion tour of twenty dates across Europe on Monday. "
    "It opens in Lisbon in May and closes in Oslo in July, their first dates in a decade."
)
EXCERPT = INTRO.split(". ")[0] + "."  # the page's description: the intro's first sentence


def test_the_paragraph_the_description_was_taken_from_opens_the_story() -> None:
    # a how-to site's intro sits in the headline's box (a MediaWiki lead section), and the
    # page's description is its first sentence: the intro is the story's lead, not a dek
    header = HEADER.replace("<h2 class='c-subtitle'>" + DEK + "</h2>", "<p>" + INTRO + "</p>")
    page = _page(header).replace(
        "</title>", f"</title><meta name='description' content='{EXCERPT}'>"
    )
    broad = "\n".join([TITLE, INTRO, *BODY])
    assert _headless(page, broad) == "\n".join(BODY)  # without the description: read as a dek
    cut = headless_text(load_page(page), broad, (TITLE,), description=EXCERPT)
    assert cut == ""  # the intro opens the story: no head before it
    assert INTRO.split(". ")[1] in extract_page(page, URL).text
    # a dek the page repeats as its description, no longer than it, is still head
    dek_page = _page(HEADER).replace(
        "</title>", f"</title><meta name='description' content='{DEK}'>"
    )
    assert headless_text(
        load_page(dek_page), "\n".join([TITLE, DEK, *BODY]), (TITLE,), description=DEK
    ) == "\n".join(BODY)


TEASER = (
    "Twenty dates in eleven countries, the first of them in Lisbon next May, fans hope. "
    "Thirty dates in twelve countries, the last of them in Oslo next June, fans hope."
)
STORY = BODY[:2]  # a short news story: readability keeps the teaser with it, as the broad pass


def _own_box_page(beside: str) -> str:
    """A news site's article column: the headline is its own box (the element above it holds
    the story too); the header's blocks and then the story's box are its siblings."""
    return (
        "<html><head><title>" + TITLE + "</title></head><body><div id='main'>"
        "<div class='source'>Music News</div><div id='article-content'>"
        "<h1 class='title'>"
        + TITLE
        + "</h1>"
        + beside
        + "<div class='main-content'>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</div><div class='promo'><a href='/cme'>Earn credit</a></div></div></div></body></html>"
    )


def test_a_teaser_beside_a_headline_that_is_its_own_box_is_head() -> None:
    # a one-paragraph teaser, a byline and a date beside the <h1>, then the story's box
    page = _own_box_page(
        "<p class='teaser'>" + TEASER + "</p><div class='meta-author'><a href='/a/'>Ana Costa"
        "</a></div><div class='date'>May 1, 2024</div>"
    )
    assert _headless(page, "\n".join([TITLE, TEASER, "Ana Costa", *STORY])) == "\n".join(STORY)
    assert rule_choice(page, URL, RULES - {HEADED}) == Choice(BROAD, "agree")  # teaser kept
    assert rule_choice(page, URL) == Choice(HEADLESS, HEADED)
    text = extract_page(page, URL).text
    assert "fans hope" not in text
    assert all(p in text for p in STORY)


def test_paragraphs_beside_a_headline_that_is_its_own_box_are_the_story() -> None:
    # a rendered Markdown post: the story's paragraphs are the <h1>'s own siblings; the walk
    # stops at a note of two paragraphs, and the one paragraph before it is the story's first
    note = "<div class='admonition'><p>Note</p><p>" + BODY[1] + "</p></div>"
    story = "".join(f"<p>{p}</p>" for p in BODY[2:])
    page = (
        "<html><head><title>" + TITLE + "</title></head><body><article class='md-content'>"
        "<h1>" + TITLE + "</h1><p>" + BODY[0] + "</p>" + note + story + "</article></body></html>"
    )
    broad = "\n".join([TITLE, BODY[0], "Note", *BODY[1:]])
    assert _headless(page, broad) == ""
    assert BODY[0] in extract_page(page, URL).text
    # the same page with the story's box apart: the one paragraph beside the headline is a head
    boxed = page.replace(note + story, "<div>" + note + story + "</div>")
    assert _headless(boxed, broad) == "\n".join(["Note", *BODY[1:]])


DATA = Path(__file__).resolve().parent / "data"


def test_a_short_name_in_the_head_is_cut_though_the_footer_repeats_it(
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    """A school-newsletter host (set M) sets the school's name over the headline in the title
    block and again in the footer's follow card: a name, not the story's line. The repeat check
    is for the story's paragraphs (a Ghost excerpt); a short label is the header's."""
    import digest.ingest.extract_head as head

    page = (DATA / "head_school_newsletter.html").read_text(encoding="utf-8")
    url = "https://schoolnewsletter0.example.com/2015/07/hit-run"
    org = "Schoolnewsletter0 High School"
    assert page.count(org) == 2
    text = extract_page(page, url).text
    assert org not in text and text.startswith("The suspect in the death")
    monkeypatch.setattr(head, "SHORT_LABELS", False)
    assert org in extract_page(page, url).text  # read as the story's line before


def test_a_channel_path_right_above_the_headline_s_box_is_head(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A portal (set R) sets its channel path (a breadcrumb: two links and "正文") in a row of
    its own right above the headline's box: the header's top row."""
    import digest.ingest.extract_head as head

    page = (DATA / "head_portal_channel_path.html").read_text(encoding="utf-8")
    url = "https://cnportal0.example.net/2024/01/internet-explorer-issue-fixed-say-microsoft"
    text = extract_page(page, url).text
    assert "国际新闻" not in text and text.startswith("Microsoft has said")
    monkeypatch.setattr(head, "ABOVE", False)
    assert "国际新闻" in extract_page(page, url).text  # kept before
