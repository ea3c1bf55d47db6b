"""Session 22's extraction speed-ups give what the code they replace gave.

Each shortcut is checked against the formulation it replaces, on random trees aimed at its edge
cases and on real pages; whole texts are checked on every page of the constructed sets
(notes/h-speed4.md).
"""

from __future__ import annotations

import gzip
import random
import sys
from pathlib import Path
from typing import Any

import lxml.html
from lxml.etree import XPath
from readability import Document as ReadabilityDocument
from test_extract_equivalence import random_tree

from digest.ingest import extract as extract_module
from digest.ingest.extract_head import _length as head_length
from digest.ingest.extract_readability import (
    _COLLAPSED_IN_C,
    _HIDDEN_OR_STYLED,
    _SPLIT_ONLY_SPACES,
    _STRING_VALUE,
    _WITH_CLASS_OR_ID,
    _holds_article,
    _in_code,
    _pruned_document_class,
    _text_length,
)
from digest.ingest.html_tree import load_page

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "articles" / "html"

# what the shortcuts replace
_OLD_HIDDEN_OR_STYLED = XPath("/descendant::*[@hidden or @style]")
_OLD_WITH_CLASS_OR_ID = XPath("descendant::*[@class or @id]")
_OLD_IN_CODE = XPath("ancestor-or-self::pre | ancestor-or-self::code")
_OLD_HOLDS_ARTICLE = XPath(
    "descendant-or-self::main | descendant-or-self::article | descendant-or-self::math"
)
_OLD_CANONICAL = XPath("string(//link[@rel='canonical']/@href)", smart_strings=False)
_OLD_NAMED_METAS = XPath("//meta[@property or @name]")

_ATTRIBUTES = ["hidden", "style", "class", "id", "title", "rel", "name", "property"]
_TAGS = ["pre", "code", "main", "article", "math", "meta", "link", "section"]


def _real_pages(count: int) -> list[lxml.html.HtmlElement]:
    paths = sorted(ARTICLES.glob("*.html.gz"))[:count]
    trees = [load_page(gzip.open(path).read().decode("utf-8")) for path in paths]
    return [tree for tree in trees if tree is not None]


def _attributed_tree(rnd: random.Random) -> lxml.html.HtmlElement:
    """A random tree with the searched attributes and tags anywhere, the root's too."""
    root = random_tree(rnd)
    nodes = [el for el in root.iter() if isinstance(el.tag, str)]  # no comment
    for _ in range(rnd.randint(0, 12)):
        el = lxml.html.Element(rnd.choice(_TAGS))
        el.text = rnd.choice(["", "x", "code"])
        rnd.choice(nodes).append(el)
        nodes.append(el)
    for el in rnd.sample(nodes, min(len(nodes), rnd.randint(0, 10))):
        el.set(rnd.choice(_ATTRIBUTES), rnd.choice(["", "canonical", "og:url", "a b"]))
    return root


def test_the_attribute_unions_find_the_elements_the_predicates_found() -> None:
    """Hidden or styled elements (the pruned copy) and elements with a class or id (unlikely
    candidates, below the root): the same elements in the same order; the metas and the
    canonical link by `/descendant::` as by `//`."""
    rnd = random.Random(41)
    trees = [_attributed_tree(rnd) for _ in range(400)] + _real_pages(40)
    for tree in trees:
        assert _HIDDEN_OR_STYLED(tree) == _OLD_HIDDEN_OR_STYLED(tree)
        assert _WITH_CLASS_OR_ID(tree) == _OLD_WITH_CLASS_OR_ID(tree)
        assert extract_module._NAMED_METAS(tree) == _OLD_NAMED_METAS(tree)
        assert extract_module._CANONICAL(tree) == _OLD_CANONICAL(tree)
    with_root_class = lxml.html.document_fromstring(
        "<html class='no-js' id='top'><body class='x'><p id='a'>t</p></body></html>"
    )
    assert [el.tag for el in _WITH_CLASS_OR_ID(with_root_class)] == ["body", "p"]
    assert _HIDDEN_OR_STYLED(lxml.html.document_fromstring("<p style='a'>x</p>"))


def test_code_and_article_tests_answer_as_their_xpaths() -> None:
    """On every element, also inside subtrees dropped earlier (unlikely candidates drop
    elements while the list is walked)."""
    rnd = random.Random(42)
    for _ in range(300):
        root = _attributed_tree(rnd)
        elements = [el for el in root.iter() if isinstance(el.tag, str)]
        for el in rnd.sample(elements, min(len(elements), 3)):
            if el.getparent() is not None:
                el.drop_tree()
        for el in elements:
            assert _in_code(el) == bool(_OLD_IN_CODE(el))
            assert _holds_article(el) == bool(_OLD_HOLDS_ARTICLE(el))


def _scores(candidates: dict[Any, dict[str, Any]]) -> list[tuple[Any, float]]:
    return [(elem, candidate["content_score"]) for elem, candidate in candidates.items()]


def test_score_paragraphs_gives_readabilitys_scores() -> None:
    """The override scores the same containers in the same order with the same numbers as
    readability's own method, on its pruned, transformed copy of random and real pages."""
    document_class = _pruned_document_class()
    rnd = random.Random(43)
    trees = [random_tree(rnd) for _ in range(300)] + _real_pages(60)
    para = "<p>" + "A sentence of the story, with commas, words, and more, " * 3 + "</p>"
    trees.append(
        lxml.html.document_fromstring(
            f"<html><body><div>{para}<p>short</p><p><b>bold</b> {para}</p></div>"
            f"<table><tr><td>{para}</td></tr></table><blockquote>{para}</blockquote>"
            f"{para}</body></html>"
        )
    )
    scored = 0
    for tree in trees:
        document = document_class(tree)
        document._html(True)
        document.remove_unlikely_candidates()
        document.transform_misused_divs_into_paragraphs()
        ours = _scores(document.score_paragraphs())
        stock = _scores(ReadabilityDocument.score_paragraphs(document))
        assert len(ours) == len(stock)
        assert all(a is b and x == y for (a, x), (b, y) in zip(ours, stock, strict=True))
        scored += bool(ours)
    assert scored > 50


def test_text_length_is_the_length_of_the_split_and_joined_text() -> None:
    """libxml2's normalize-space on long texts, split and join on the others and on texts with
    a space only Python splits at: the same length on every element of real pages and of long
    random texts with each kind of space, at the ends too."""
    spaces = "".join(
        c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c not in " \t\n\r"
    )
    assert spaces == _SPLIT_ONLY_SPACES
    elements = [el for tree in _real_pages(60) for el in tree.iter() if isinstance(el.tag, str)]
    rnd = random.Random(44)
    xml_spaces = [c for c in spaces if c > "\x1f"]  # lxml refuses the control characters
    pieces = [" ", "  ", "\n", "\t", "\r\n", "word", "é", "’", "𝔘", "x.y", "-", *xml_spaces]
    for _ in range(300):
        div = lxml.html.Element("div")
        div.text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 400)))
        for _ in range(rnd.randint(0, 3)):
            child = lxml.html.Element("b")
            child.text = "".join(rnd.choice(pieces[:10]) for _ in range(rnd.randint(0, 300)))
            child.tail = rnd.choice(["", " ", "tail", "\xa0"])
            div.append(child)
        elements.append(div)
    long_ones = 0
    for el in elements:
        text = _STRING_VALUE(el)
        assert _text_length(el) == len(" ".join(text.split())), text[:80]
        long_ones += len(text) >= _COLLAPSED_IN_C and not any(s in text for s in spaces)
    assert long_ones > 100  # the normalize-space path was taken


def test_head_lengths_are_text_contents_lengths() -> None:
    """`extract_head._length` counts what `len(el.text_content())` counted (code points, beyond
    the BMP too, comments' text left out) on every element of real pages and random trees."""
    rnd = random.Random(45)
    trees = [random_tree(rnd) for _ in range(200)] + _real_pages(60)
    odd = lxml.html.document_fromstring(
        "<html><body><p>𝔘 é\xa0<!-- c --><b>’x</b> y</p></body></html>"
    )
    for tree in [*trees, odd]:
        for el in tree.iter():
            if isinstance(el.tag, str):
                assert head_length(el) == len(el.text_content())
