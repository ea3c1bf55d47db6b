"""Markup one extractor misreads, rewritten before the extractors run (extract_markup)."""

from __future__ import annotations

import lxml.html

from digest.ingest.extract import extract_page
from digest.ingest.extract_markup import code_figures, paragraph_sections

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


CODE = "def flood_level(readings):\n    return max(r.depth for r in readings)\n"


def test_code_set_in_a_figure_is_kept() -> None:
    """Jekyll's Rouge sets every code block in `<figure class="highlight"><pre>`; trafilatura
    drops a figure and all it holds, and digest kept its text: the code was lost (set AE's
    al-folio pages). Renamed `<div>`, it is read as the same `<pre>` outside a figure."""
    story = "".join(
        f"<p>{p}</p><figure class='highlight'><pre><code class='language-python'>"
        f"{CODE.replace('flood', f'flood{n}')}</code></pre></figure>"
        for n, p in enumerate(STORY[:4])
    )
    page = (
        "<html><head><title>Tram line code</title></head><body><nav><a href='/'>lab</a></nav>"
        f"<article class='post-content'><h1>Tram line code</h1>{story}</article>"
        "<footer>Powered by Jekyll</footer></body></html>"
    )
    text = extract_page(page, "https://lab.example.org/blog/2024/tram/").text
    assert all(p in text for p in STORY[:4])
    assert all(f"def flood{n}_level(readings):" in text for n in range(4))


def test_a_figure_with_an_image_or_without_code_stays_a_figure() -> None:
    tree = lxml.html.document_fromstring(
        "<html><body><figure class='highlight'><pre><code>x = 1</code></pre></figure>"
        "<figure><img src='shot.png'><figcaption><pre>x = 2</pre></figcaption></figure>"
        "<figure><img src='a.png'><figcaption>A photo</figcaption></figure>"
        "<figure><table><tr><td><pre>1</pre></td><td><pre>x = 3</pre></td></tr></table></figure>"
        "</body></html>"
    )
    assert code_figures(tree) == 1
    assert [el.tag for el in tree.iter("figure", "div")] == ["div", "figure", "figure", "figure"]
