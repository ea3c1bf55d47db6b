"""Section headings between a story's paragraphs are the story's text (ingest.extract_headings):
a newsletter builder sets each section as a block of its own, an `<h2>` and its paragraphs
(set M's school newsletter); trafilatura's broad pass drops the headings, readability keeps
them, and they are put back where they stood."""

from __future__ import annotations

import pytest
from test_extract_linkcard import PARAS  # four paragraphs of a local story

import digest.ingest.extract as extract_module
from digest.ingest.extract import extract_page, load_page, page_candidates
from digest.ingest.extract_headings import with_headings
from digest.ingest.extract_rules import BROAD, READABLE, Candidates

HEADINGS = ["What happened", "What comes next"]
URL = "https://schoolnews.example/updates/tram-line"


def _block(heading: str | None, paras: list[str]) -> str:
    head = f'<h2 class="block-heading">{heading}</h2>' if heading else ""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f'<div class="block block-text"><div class="block-content">{head}{body}</div></div>'


def _page() -> str:
    blocks = _block(None, PARAS[:1]) + _block(HEADINGS[0], PARAS[1:3])
    blocks += _block(HEADINGS[1], PARAS[3:])
    return (
        "<html><head><title>Tram line approved</title></head><body>"
        '<div class="top-bar"><a href="#">Translate</a> <a href="#">Follow</a></div>'
        '<div class="newsletter"><div class="block block-title">'
        '<div class="org-name">Harbour High School</div><h1 class="title">Tram line approved</h1>'
        '<h2 class="subtitle">Principal&#39;s Update · Feb 8, 2022</h2></div>'
        f"{blocks}</div>"
        '<div class="newsletter-footer"><a href="/report">Report abuse</a></div></body></html>'
    )


def test_the_section_headings_are_kept() -> None:
    text = extract_page(_page(), URL).text
    for para in PARAS:
        assert para in text
    lines = text.split("\n\n")
    assert lines.index(HEADINGS[0]) == lines.index(PARAS[1]) - 1
    assert lines.index(HEADINGS[1]) == lines.index(PARAS[3]) - 1


def test_without_the_step_the_headings_are_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "with_headings", lambda cands, name, tree: cands.text(name))
    text = extract_page(_page(), URL).text
    assert PARAS[1] in text
    assert HEADINGS[0] not in text


def test_a_heading_at_the_story_s_edge_or_not_a_heading_element_is_not_put_back() -> None:
    tree = load_page(_page())
    readable = "\n".join([PARAS[0], HEADINGS[0], *PARAS[1:3], HEADINGS[1], PARAS[3]])
    broad = "\n".join([PARAS[0], PARAS[1], PARAS[2]])  # the story ends before the second one
    cands = Candidates({BROAD: lambda: broad, READABLE: lambda: readable})
    cands.text(READABLE)
    assert with_headings(cands, BROAD, tree).splitlines() == [PARAS[0], HEADINGS[0], *PARAS[1:3]]
    plain = load_page(_page().replace('<h2 class="block-heading">', "<p>").replace("</h2>", "</p>"))
    assert with_headings(cands, BROAD, plain) == broad


def test_readability_is_not_asked_when_it_was_not_computed() -> None:
    tree = load_page(_page())
    asked: list[str] = []
    cands = Candidates({BROAD: lambda: PARAS[0], READABLE: lambda: asked.append("r") or ""})
    assert with_headings(cands, BROAD, tree) == PARAS[0]
    assert not asked
    cands, _ = page_candidates(tree, URL)
    assert HEADINGS[0] in cands.text(READABLE)
    assert HEADINGS[0] not in cands.text(BROAD)  # the broad pass loses them on this page
