"""Session 21's extraction speed-ups give what the code they replace gave.

Each shortcut is checked against the formulation it replaces; whole texts are checked on every
page of the constructed sets (notes/h-speed3.md).
"""

from __future__ import annotations

import random
import re
from typing import Any

import lxml.html
from readability import Document as ReadabilityDocument
from test_extract_speed2 import _with_pruned_tags

from digest.ingest.extract_head import _count
from digest.ingest.extract_readability import (
    _PRUNED_TAGS,
    _SEMANTIC_TESTED,
    _pruned_document_class,
    pruned_copy,
)


def _lookahead_count(text: str, words: str) -> int:
    """What `_count` replaced: a pattern compiled for each line."""
    return len(re.findall(f"(?={re.escape(words)})", text))


def test_count_finds_every_occurrence_the_lookahead_found() -> None:
    """Overlapping occurrences (they share their spaces), regex metacharacters, non-ASCII."""
    cases = [
        (" a a a a ", " a "),
        (" a b a b a b ", " a b a "),
        ("  ", " "),
        ("", " a "),
        (" x.y (z) x.y ", " x.y "),
        (" ß i̇stanbul ß ", " ß "),
    ]
    for text, words in cases:
        assert _count(text, words) == _lookahead_count(text, words)
    rnd = random.Random(21)
    alphabet = [" ", "a", "b", "é", ".", "*", "(", "\\", "İ", "\n"]
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        words = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 4)))
        assert _count(text, words) == _lookahead_count(text, words), (text, words)


def test_the_semantic_article_test_looks_for_tags_the_pruned_copy_never_holds() -> None:
    """The override answers readability's test without its XPath: the pruned copy holds no form,
    aside or nav (also where a form around a headline loses only its tag)."""
    assert _SEMANTIC_TESTED <= _PRUNED_TAGS
    rnd = random.Random(22)
    for _ in range(200):
        copy = pruned_copy(_with_pruned_tags(rnd))
        assert not copy.xpath("//form | //aside | //nav")


def test_readability_finds_the_article_the_stock_semantic_test_finds() -> None:
    """The same article as readability's own `get_semantic_article_candidate`, on pages whose
    best container sits in a form, an aside or a nav, beside <article>s with list items."""
    document = _pruned_document_class()

    class _Stock(document):  # type: ignore[valid-type, misc]
        def get_semantic_article_candidate(self, candidates: Any, best: Any) -> Any:
            return ReadabilityDocument.get_semantic_article_candidate(self, candidates, best)

    para = "<p>" + "A sentence of the story, with words enough to count, " * 4 + "</p>"
    items = "<ul>" + "<li>An item of the list, long enough to be counted, twice over.</li>" * 3
    pages = [
        f"<html><body><form><div class='story'>{para * 4}</div></form>"
        f"<article>{para}{items}</ul></article></body></html>",
        f"<html><body><aside>{para * 5}</aside><article>{items}</ul>{para}</article></body></html>",
        f"<html><body><nav><div>{para * 3}</div></nav><main><article>{para * 2}{items}</ul>"
        "</article></main></body></html>",
        f"<html><body><div id='content'>{para * 3}</div></body></html>",
    ]
    for page in pages:
        mine, stock = document(lxml.html.fromstring(page)), _Stock(lxml.html.fromstring(page))
        mine.markup = stock.markup = False
        mine.summary(html_partial=True)
        stock.summary(html_partial=True)
        assert mine.article is not None and stock.article is not None
        assert mine.article.text_content() == stock.article.text_content()
