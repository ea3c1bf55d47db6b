"""A research blog's appendix box after the post (acknowledgments, reuse licence, "how to cite"
and its BibTeX entry) is not the post's text: Quarto's `div#quarto-appendix`, Distill's
`<d-appendix>` (sets U quarto-blog, S distill-lab)."""

from __future__ import annotations

import lxml.html

from digest.ingest.extract import extract_page
from digest.ingest.extract_appendix import appendix_boxes

PARAS = [
    "The council approved the new tram line on Tuesday; works start in spring next year, the "
    "mayor said after a long session in which residents spoke for and against the plan.",
    "The line runs from the station to the harbour, with eleven stops and two depots, and the "
    "first trams are expected to carry passengers within three years of the start of works.",
    "Residents asked for a stop near the school, and the council will decide in June whether "
    "the line can bend towards it without slowing the trams for everyone else on the route.",
    "Shops on the harbour road fear two years of works, and the council promised a fund to "
    "help those that lose trade while the street is closed to cars and delivery vans alike.",
]
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
