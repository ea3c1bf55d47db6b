"""A research blog's appendix box after the post (acknowledgments, reuse licence, "how to cite"
and its BibTeX entry) is not the post's text: Quarto's `div#quarto-appendix`, Distill's
`<d-appendix>` (sets U quarto-blog, S distill-lab)."""

from __future__ import annotations

import lxml.html
from test_extract_linkcard import PARAS  # the same four paragraphs of a local story

from digest.ingest.extract import extract_page
from digest.ingest.extract_appendix import appendix_boxes

URL = "https://lab.example.net/posts/tram-line/"
THANKS = "We thank Kenji Sato and Lucas Martin for comments on a draft of this post."
BIBTEX = "@online{sato2024,\n  author = {Kenji Sato},\n  title = {Tram line approved},\n}"


def _post(appendix: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<html><head><title>Tram line approved</title></head><body>"
        f'<main class="content"><h1>Tram line approved</h1>{body}{appendix}</main>'
        "</body></html>"
    )


def test_quarto_appendix_is_dropped() -> None:
    appendix = (
        '<div id="quarto-appendix" class="default">'
        '<section class="quarto-appendix-contents" id="quarto-reuse">'
        '<h2 class="quarto-appendix-heading">Reuse</h2><div><a href="https://cc.example/">'
        "CC BY 4.0</a></div></section>"
        '<section class="quarto-appendix-contents" id="quarto-citation">'
        '<h2 class="quarto-appendix-heading">Citation</h2>'
        f'<pre class="quarto-appendix-bibtex"><code>{BIBTEX}</code></pre></section></div>'
    )
    text = extract_page(_post(appendix), URL).text
    for para in PARAS:
        assert para in text
    assert "sato2024" not in text
    assert "Citation" not in text


def test_distill_appendix_is_dropped() -> None:
    appendix = (
        f"<d-appendix><h3>Acknowledgments</h3><p>{THANKS}</p><h3>Citation</h3>"
        f"<p>For attribution, please cite this work as</p><pre>{BIBTEX}</pre></d-appendix>"
    )
    text = extract_page(_post(appendix), URL).text
    assert PARAS[-1] in text
    assert THANKS not in text
    assert "sato2024" not in text


def test_only_a_small_box_named_by_the_whole_word() -> None:
    """A wrapper larger than a box, or a glued name, is no appendix box."""
    wrapper = " ".join(PARAS * 2)
    tree = lxml.html.fromstring(
        f'<html><body><div class="post has-appendix"><p>{wrapper}</p>'
        f'<div class="appendix"><p>{THANKS}</p></div></div>'
        f'<div class="myappendixes"><p>{PARAS[0]}</p></div></body></html>'
    )
    keys = appendix_boxes(tree)
    assert len(keys) == 1
    assert next(iter(keys))[:3] == ("we", "thank", "kenji")
