"""Markup one extractor misreads, rewritten before the extractors run (extract_markup)."""

from __future__ import annotations

import lxml.html

from digest.ingest.extract import extract_page
from digest.ingest.extract_markup import paragraph_sections

STORY = [
    f"Paragraph {n} of the story about the new tram line: the council voted on Tuesday, "
    f"and the works on section {n} start in spring, the transport office said in a statement."
    for n in range(1, 9)
]


def wechat_page(paragraphs: list[str]) -> str:
    """An official-account article as WeChat's editor writes it: some paragraphs are sections
    holding one styled span, the others <p>s holding one."""
    body = []
    for n, text in enumerate(paragraphs):
        if n % 4:
            body.append(
                f'<p style="text-align: justify;"><span style="font-size: 15px;">{text}</span></p>'
            )
        else:
            body.append(
                f'<section style="margin-bottom: 16px;"><span leaf="">{text}</span></section>'
            )
    return (
        '<html><head><title>Tram line approved</title></head><body id="activity-detail">'
        '<div id="js_article" class="rich_media">'
        '<h1 class="rich_media_title">Tram line approved</h1>'
        '<div class="rich_media_content" id="js_content"><section style="margin: 0 8px;">'
        + "".join(body)
        + '<section style="text-align: center;"><span>END</span></section></section></div>'
        '<div class="rich_media_tool"><a href="/read">Read more</a></div></div></body></html>'
    )


def test_the_paragraphs_of_a_wechat_article_written_as_sections_are_kept() -> None:
    """trafilatura drops the text held directly in a <section>: its text lost one paragraph in
    four, and the two extractors agreed enough that its text was kept (set M's WeChat-like
    pages). Renamed <p>, every extractor keeps them."""
    text = extract_page(wechat_page(STORY), "https://mp.example.com/s/abc").text
    assert all(p in text for p in STORY)


def test_a_section_that_holds_blocks_or_mostly_a_link_stays_a_section() -> None:
    tree = lxml.html.document_fromstring(
        "<html><body><article>"
        f"<section><p>{STORY[0]}</p><p>{STORY[1]}</p></section>"  # a container of paragraphs
        f'<section class="catcher"><span>Lire aussi</span> <a href="/x">{STORY[2]}</a></section>'
        f"<section><span>{STORY[3]}</span> <a href='/y'>source</a></section>"
        "<section>   </section>"  # no text
        "</article></body></html>"
    )
    assert paragraph_sections(tree) == 1
    article = tree.find(".//article")
    assert article is not None
    assert [el.tag for el in article] == ["section", "section", "p", "section"]
