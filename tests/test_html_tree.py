"""The fast-lookup parsers give lxml.html's and trafilatura's trees, with the same classes.

`digest.ingest.html_tree` parses with lxml.html's and trafilatura's parser options but a C-level
element class lookup, and repeats trafilatura's `load_html` steps with that parser. Checked here
against the originals: serialisation and the class of every node, on the 181 benchmark pages
(as str and as bytes) and on inputs that take each of load_html's paths.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import lxml.html
import pytest
import trafilatura
from lxml.etree import tostring
from lxml.html import HtmlElement

from digest.ingest.html_tree import (
    _INVALID_XML_CHARS,
    document_fromstring,
    fragment_fromstring,
    load_page,
)

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "data" / "articles"


def same_tree(ours: HtmlElement | None, theirs: HtmlElement | None) -> None:
    assert (ours is None) == (theirs is None)
    if ours is None or theirs is None:
        return
    assert tostring(ours.getroottree()) == tostring(theirs.getroottree())
    assert tostring(ours) == tostring(theirs)
    ours_nodes = list(ours.getroottree().iter())
    theirs_nodes = list(theirs.getroottree().iter())
    assert [type(n) for n in ours_nodes] == [type(n) for n in theirs_nodes]


def benchmark_pages() -> list[bytes]:
    gold = json.loads((ARTICLES / "ground-truth.json").read_text(encoding="utf-8"))
    return [gzip.open(ARTICLES / "html" / f"{i}.html.gz").read() for i in sorted(gold)]


def test_pages_load_as_trafilaturas_trees_with_the_same_classes() -> None:
    pages = benchmark_pages()
    assert len(pages) == 181
    for raw in pages:
        same_tree(load_page(raw), trafilatura.load_html(raw))
        text = raw.decode("utf-8")
        same_tree(load_page(text), trafilatura.load_html(text))


FORM = "<form action='/s'><label>Q</label><input name=q><select><option>a</select>"
FORM += "<textarea>t</textarea></form>"
ODD_INPUTS: list[str | bytes] = [
    "",
    "   ",
    "plain words, no markup",
    "<p>one paragraph alone</p>",
    "<div><p>a</p></div><div><p>b</p></div>",
    f"<html><body>{FORM}<!-- note --><?pi x?></body></html>",
    "<!DOCTYPE html PUBLIC 'x' 'y' junk><html><body><p>doctype</p></body></html>",
    "<html/>\n<body><p>self-closed html</p></body>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>declared</p></body></html>',
    "<html><body><p>control \x00\x08 chars &amp; &nbsp; entities</p></body></html>",
    "<!DOCTYPE html PUBLIC 'x' 'y' junk>\n<html/>\n<body><p>non\ufffecharacter</p></body>",
    "<!DOCTYPE html/>\n<html/>\n<body><p>doctype, self-closed html, no control char</p>",
    "<HTML><BODY><FORM><INPUT NAME=a></FORM><P>upper case</P></BODY></HTML>",
    b"<html><head><meta charset='iso-8859-1'></head><body><p>caf\xe9</p></body></html>",
    b"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00",
    # mtime=0: the same bytes (the test id) on every xdist worker, collected at any second
    gzip.compress(b"<html><body><p>compressed</p></body></html>", mtime=0),
    "<html><body><svg><path d='M0'/></svg><math><mi>x</mi></math></body></html>",
]


@pytest.mark.parametrize("html", ODD_INPUTS)
def test_odd_inputs_load_as_trafilatura_loads_them(html: str | bytes) -> None:
    same_tree(load_page(html), trafilatura.load_html(html))


def test_the_characters_looked_for_are_the_ones_trafilatura_removes() -> None:
    # load_page skips trafilatura's removal of these (a regex over the whole page) when none
    # occurs: the pattern matches none outside the Basic Multilingual Plane
    from trafilatura.utils import INVALID_XML_CHARS

    removed = [c for c in map(chr, range(0x10000)) if INVALID_XML_CHARS.match(c)]
    assert removed == list(_INVALID_XML_CHARS)
    assert INVALID_XML_CHARS.search("".join(map(chr, range(0x10000, 0x110000)))) is None


def test_a_page_that_is_not_text_is_refused_like_trafilatura_does() -> None:
    with pytest.raises(TypeError):
        load_page(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        trafilatura.load_html(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("html", ["<p/>", "<div/>", f"<div>{FORM}<b>x</b> tail</div>"])
def test_fragments_parse_as_lxml_html_parses_them(html: str) -> None:
    same_tree(fragment_fromstring(html), lxml.html.fragment_fromstring(html))
    same_tree(document_fromstring(html), lxml.html.document_fromstring(html))


def test_copies_and_new_elements_keep_the_fast_classes() -> None:
    """A deep copy (trafilatura's, readability's) and makeelement use the same parser."""
    from copy import deepcopy

    tree = load_page(f"<html><body>{FORM}<p>x</p></body></html>")
    assert tree is not None
    copied = deepcopy(tree)
    assert [type(n).__name__ for n in copied.iter()] == [type(n).__name__ for n in tree.iter()]
    assert "FormElement" in {type(n).__name__ for n in copied.iter()}
    made = tree.makeelement("form")
    assert type(made).__name__ == "FormElement"


def test_a_trafilatura_without_the_loading_steps_loads_with_its_own_loader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys
    import types

    import trafilatura.utils

    real = trafilatura.utils
    html = "<html><body><p>one paragraph</p></body></html>"
    assert load_page(html).getroottree().parser is not real.HTML_PARSER  # type: ignore[union-attr]
    monkeypatch.setitem(sys.modules, "trafilatura.utils", types.ModuleType("trafilatura.utils"))
    tree = load_page(html)
    assert tree is not None
    assert tree.getroottree().parser is real.HTML_PARSER
    same_tree(tree, trafilatura.load_html(html))
