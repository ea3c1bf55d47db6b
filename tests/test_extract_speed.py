"""Session 8's extraction speed-ups give what the code they replace gave.

Each shortcut is checked against the formulation it replaces, on constructed inputs aimed at its
edge cases. Whole outputs (text, title, related links) are checked on the 181 benchmark pages
and the constructed sets A-D by `bench/bench_extract_speed.py dump` and `compare` against the
start commit's dump (notes/perf.md, session 8).
"""

from __future__ import annotations

import random

import lxml.html
from lxml import etree
from test_extract_equivalence import random_tree

from digest.ingest.extract_readability import _text_length

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
