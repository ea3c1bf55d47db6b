"""Session 20's extraction speed-ups give what the code they replace gave.

Each shortcut is checked against the formulation it replaces, on constructed inputs aimed at its
edge cases; whole texts are checked on every page of the constructed sets (notes/h-speed2.md).
"""

from __future__ import annotations

import random

import lxml.html
from lxml.etree import XPath, tounicode
from lxml.html.defs import empty_tags
from readability.cleaners import clean_attributes
from test_extract_equivalence import random_tree

from digest.ingest.extract_blocks import element_of
from digest.ingest.extract_readability import (
    _PRUNED_TAGS,
    _STRING_VALUE,
    _pruned_document_class,
    pruned_copy,
    readability_article,
)
from digest.ingest.extract_shingles import (
    _middle_shingles,
    _numbered_overlap,
    _shared_ends_overlap,
)
from digest.ingest.html_tree import load_page

PRUNED = ["script", "style", "noscript", "form", "iframe", "aside", "footer", "nav", "button"]


def _with_pruned_tags(rnd: random.Random) -> lxml.html.HtmlElement:
    root = random_tree(rnd)
    nodes = list(root.iter("div", "p", "span", "table"))
    for _ in range(rnd.randint(1, 8)):
        el = lxml.html.Element(rnd.choice(PRUNED))
        el.text = rnd.choice(["", "x = 1;", "<p> hidden", "Menu"])
        el.tail = rnd.choice(["", " after"])
        if rnd.random() < 0.3:
            el.append(lxml.html.Element(rnd.choice(["h1", "p", "form", "iframe"])))
        rnd.choice(nodes).append(el)
    return root


def test_readabilitys_copy_holds_no_element_of_the_tags_its_searches_skip() -> None:
    """`tags` and `reverse_tags` skip the pruned names: the pruned copy holds none of them, also
    where a form (around a headline) loses only its tag, and readability makes none."""
    document = _pruned_document_class()
    rnd = random.Random(20)
    for _ in range(200):
        root = _with_pruned_tags(rnd)
        doc = document(root)
        copy = pruned_copy(root)
        assert not [el for el in copy.iter() if el.tag in _PRUNED_TAGS]
        names = (*rnd.sample(sorted(_PRUNED_TAGS), 3), "p", "div")
        assert list(doc.tags(copy, *names)) == [e for n in names for e in copy.findall(f".//{n}")]
        assert list(doc.reverse_tags(copy, *names)) == [
            e for n in names for e in reversed(copy.findall(f".//{n}"))
        ]


def test_an_articles_markup_is_never_shorter_than_its_text() -> None:
    """readability's retry test on the article's markup length is answered from its text: the
    markup, attributes cleaned, holds every character of the text, escaped or as is. (Not the
    text inside a void element, which the serialiser leaves out: a parsed page has none there,
    and readability puts none there; so the tree here is parsed from markup.)"""
    rnd = random.Random(21)
    for _ in range(300):
        page = load_page(tounicode(_with_pruned_tags(rnd), method="html"))
        copy = pruned_copy(page)
        for el in copy.iter():
            if rnd.random() < 0.3:
                el.set("style", "width: 10px")
                el.set("width", "<10>")
            if rnd.random() < 0.2 and el.tag not in empty_tags:
                el.text = (el.text or "") + rnd.choice(["a & b", "x < y", "\xa0 é", "1 > 0"])
        assert not [el for el in page.iter(*empty_tags) if el.text or len(el)]
        for el in copy.iter():
            markup = clean_attributes(tounicode(el, method="html"))
            assert len(markup) >= len(_STRING_VALUE(el))


def test_readabilitys_article_is_the_one_its_markup_test_chose() -> None:
    """The article found without the markup (`readability_article`) is the one `summary` finds
    with it, on pages long enough to keep the first pass and pages so short it retries."""
    document = _pruned_document_class()
    rnd = random.Random(22)
    sentence = "The council met on Tuesday, and the vote was close. "
    for _ in range(100):
        paragraphs = "".join(
            f"<p>{sentence * rnd.randint(0, 6)}</p>" for _ in range(rnd.randint(1, 6))
        )
        side = "<div class='sidebar'><p>" + sentence * rnd.randint(0, 3) + "</p></div>"
        html = f"<html><body><div class='story'>{paragraphs}</div>{side}</body></html>"
        stock = document(load_page(html))
        stock.summary(html_partial=True)
        found = readability_article(load_page(html))
        assert (found is None) == (stock.article is None)
        if found is not None and stock.article is not None:
            assert tounicode(found) == tounicode(stock.article)


_OLD_FIRST_WITH = XPath("(/descendant::body/descendant::text()[contains(., $s)])[1]")


def test_the_first_text_holding_a_line_is_the_first_in_document_order() -> None:
    """`element_of(first=True)` stops at each <body>'s first match; a page of several <body>s
    (lxml's parser makes one for a second <body> tag after </body>) gets the first of all."""
    pages = [
        "<html><body><p>alpha beta</p><p>beta</p></body></html>",
        "<html><body><p>one</p></body><body><p>beta two</p><p>beta</p></body></html>",
        "<html><body><p>beta one</p></body><body><p>beta two</p></body></html>",
        "<html><body><p>one</p></body><body><p>two</p></body></html>",
    ]
    for html in pages:
        tree = load_page(html)
        for line in ("beta", "one", "two", "gamma"):
            old = _OLD_FIRST_WITH(tree, s=line)
            expected = None
            if len(old) == 1:
                expected = old[0].getparent()
                if old[0].is_tail:
                    expected = expected.getparent()
            assert element_of(tree, line, first=True) is expected, (html, line)
    assert len(load_page(pages[2]).findall(".//body")) == 2  # noqa: PLR2004 - the case exists


def test_numbered_overlap_is_the_multiset_intersection_of_the_shingles() -> None:
    """`_numbered_overlap` (sorted 64-bit keys) counts what `sum((Counter(a) & Counter(b))
    .values())` counts on the two runs' shingles: repeats on either side, runs under four
    words, runs of disjoint words, and runs too long to number in 16 bits."""
    rnd = random.Random(23)
    for _ in range(3000):
        vocabulary = [f"w{i}" for i in range(rnd.choice([2, 5, 40, 400]))]
        a = [rnd.choice(vocabulary) for _ in range(rnd.randint(0, 80))]
        b = rnd.choice([a[rnd.randint(0, 20) :], [rnd.choice(vocabulary) for _ in a], ["x"] * 9])
        expected = sum((_middle_shingles(a, 0, len(a)) & _middle_shingles(b, 0, len(b))).values())
        assert _numbered_overlap(a, b) == expected, (a, b)
    a = [f"w{i % 50_000}" for i in range(40_000)]
    b = a[::-1] + a[:30_000]  # 70,000 words: more than 16 bits number
    expected = sum((_middle_shingles(a, 0, len(a)) & _middle_shingles(b, 0, len(b))).values())
    assert _numbered_overlap(a, b) == expected > 0


def test_two_texts_differing_through_most_of_their_length_overlap_as_their_shingles() -> None:
    """The overlap of two extractions counted past their shared ends equals the intersection of
    their Counters also when the differing middle is most of the text."""
    rnd = random.Random(24)
    for _ in range(1000):
        a = [rnd.choice("abcdefgh") for _ in range(rnd.randint(4, 120))]
        b = a[: rnd.randint(0, 5)] + [rnd.choice("abcdefgh") for _ in range(rnd.randint(0, 120))]
        b += a[len(a) - rnd.randint(0, 5) :]
        if len(b) < 4:  # noqa: PLR2004 - a shingle's words
            continue
        expected = sum((_middle_shingles(a, 0, len(a)) & _middle_shingles(b, 0, len(b))).values())
        assert _shared_ends_overlap(a, b) == expected, (a, b)
