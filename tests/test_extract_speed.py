"""Session 8's extraction speed-ups give what the code they replace gave.

Each shortcut is checked against the formulation it replaces, on constructed inputs aimed at its
edge cases. Whole outputs (text, title, related links) are checked on the 181 benchmark pages
and the constructed sets A-D by `bench/bench_extract_speed.py dump` and `compare` against the
start commit's dump (notes/perf.md, session 8).
"""

from __future__ import annotations

import random
import re
from copy import deepcopy

import lxml.html
import pytest
from lxml import etree
from test_extract_equivalence import LINE_BREAKS, random_tree

from digest.ingest.extract import (
    _TAIL_HEADINGS,
    _cut_at_tail,
    _options,
    _paragraphs,
    _trafilatura_text,
)
from digest.ingest.extract_readability import _pruned_document_class, _text_length

WHITE = ["", " ", "  ", "\n", "\t", "\xa0", "\u3000", "\r\n ", "x", "word", "a b"]


def spaced(rnd: random.Random) -> str:
    return "".join(rnd.choice(WHITE) for _ in range(rnd.randint(0, 8)))


def test_text_length_is_the_collapsed_length_of_text_content() -> None:
    rnd = random.Random(8)
    for _ in range(300):
        root = random_tree(rnd)
        for el in root.iter():
            if isinstance(el.tag, str):
                el.text = spaced(rnd) if rnd.random() < 0.7 else None
                el.tail = spaced(rnd) if rnd.random() < 0.5 else None
        for el in root.iter(etree.Element):
            expected = len(" ".join(el.text_content().split()))
            assert _text_length(el) == expected, lxml.html.tostring(el)


@pytest.mark.parametrize("url", [None, "https://example.com/a", "https://example.com/\udcff"])
@pytest.mark.parametrize(
    ("focus", "fast"), [("recall", True), ("precision", True), ("balanced", False)]
)
def test_pass_options_are_the_ones_trafilatura_extract_builds(
    url: str | None, focus: str, fast: bool
) -> None:
    """The options built once and copied per page equal those trafilatura.extract would build
    from the arguments the passes used to give it (every slot)."""
    from trafilatura.settings import Extractor

    fresh = Extractor(
        output_format="txt",
        fast=fast,
        precision=focus == "precision",
        recall=focus == "recall",
        comments=False,
        tables=True,
        dedup=False,
        url=url,
    )
    ours = _options(url, focus, fast)
    for slot in Extractor.__slots__:
        assert getattr(ours, slot) == getattr(fresh, slot), slot
    assert _options("https://example.com/b", focus, fast).url == "https://example.com/b"
    assert ours.url == url  # a copy per page: the next page's URL does not leak into this one


def test_a_pass_with_the_copied_options_gives_what_extract_with_arguments_gives() -> None:
    import trafilatura

    html = "<html><body><nav><a href='/x'>Home</a></nav><article>"
    html += "<p>One paragraph of the story, long enough to be kept by the extractor.</p>" * 5
    html += "<ul><li><a href='/y'>A list item link</a></li></ul></article></body></html>"
    tree = trafilatura.load_html(html)
    for focus, fast in (("recall", True), ("precision", True), ("balanced", False)):
        expected = trafilatura.extract(
            tree,
            url="https://example.com/a",
            fast=fast,
            favor_precision=focus == "precision",
            favor_recall=focus == "recall",
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
        assert expected
        assert _trafilatura_text(tree, "https://example.com/a", focus=focus, fast=fast) == (
            "\n".join(_paragraphs(expected))
        )


def test_readabilitys_tag_lists_are_its_findall_lists_made_when_each_name_is_reached() -> None:
    """`tags` and `reverse_tags` give what readability's `findall(".//tag")` loops gave, also
    when the caller drops elements while it goes (the next name's list is made afterwards)."""
    document = _pruned_document_class()
    rnd = random.Random(12)
    names = ("div", "p", "a", "table", "span")
    for _ in range(200):
        root = random_tree(rnd)
        doc = document(root)
        picked = rnd.sample(names, 3)
        for node in (root, rnd.choice(root.findall(".//div"))):  # a div: never itself a match
            expected = [e for n in picked for e in node.findall(f".//{n}")]
            assert list(doc.tags(node, *picked)) == expected
            expected = [e for n in picked for e in reversed(node.findall(f".//{n}"))]
            assert list(doc.reverse_tags(node, *picked)) == expected
        first, second = picked[:2]
        twin = deepcopy(root)
        seen = []
        for el in doc.tags(root, first, second):
            seen.append(lxml.html.tostring(el))
            if el.tag == first and el.getparent() is not None:
                el.drop_tree()
        for el in twin.findall(f".//{first}"):
            if el.getparent() is not None:
                el.drop_tree()
        later = [lxml.html.tostring(e) for e in twin.findall(f".//{second}")]
        assert seen[len(seen) - len(later) :] == later


def test_paragraphs_of_joined_paragraphs_are_the_same_paragraphs() -> None:
    """finish_text splits the chosen text once: splitting its own output again changes nothing."""
    rnd = random.Random(3)
    pieces = [*WHITE, *LINE_BREAKS, "Story.", "é", "\x1f"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        paras = _paragraphs(text)
        assert _paragraphs("\n".join(paras)) == paras, repr(text)


def cut_at_tail_as_it_was(kept: list[str]) -> list[str]:
    """strip_boilerplate's last step as it was written before session 8."""
    counts = [len(re.findall(r"\w+", p)) for p in kept]
    total = sum(counts)
    before = 0
    for i, para in enumerate(kept):
        if i > 0 and _TAIL_HEADINGS.match(para):
            after = total - before - counts[i]
            if before >= 0.4 * total or after <= 150:
                kept = kept[:i]
                break
        before += counts[i]
    return kept


def test_the_cut_at_a_tail_heading_is_where_it_was() -> None:
    rnd = random.Random(4)
    heads = ["Related posts", "Leave a Reply", "Tags", "Share this:", "3 comments"]
    for _ in range(3000):
        paras = [
            rnd.choice(heads) if rnd.random() < 0.2 else " ".join(["word"] * rnd.randint(1, 120))
            for _ in range(rnd.randint(0, 12))
        ]
        assert _cut_at_tail(paras) == cut_at_tail_as_it_was(paras), paras
