"""Session 22's speed changes (h-speed5): each gives what the code it replaced gave."""

from __future__ import annotations

import random

from lxml.etree import XPath

from digest.ingest.extract import _RELATED_HEADING, _RELATED_OPENING
from digest.ingest.extract_textnodes import heading_texts
from digest.ingest.html_tree import load_page

# what `_heading_boxes` read before: every short text node, then the heading pattern
_OLD_SHORT_TEXTS = XPath(
    "/descendant::text()[floor((string-length(normalize-space(.)) - 4) div 37) = 0]"
)

# texts around the bounds: XPath's whitespace against Unicode's (U+00A0 counts in the length),
# 4 and 40 characters, case-blind letters (U+212A KELVIN SIGN is a "k", U+017F a long "s"),
# headings in tails, in <title>, in links, and texts that open like a heading and are none
_TEXTS = [
    "Related",
    " related posts ",
    "Read\u00a0also",
    "See \t\n also:",
    "\u00a0More\nnews",
    "Don't miss",
    "dont miss!",
    "Leia tamb\u00e9m",
    "Chec\u212a also",
    "\u017fee also",
    "Related" + " " * 40,
    "Related" + "\u00a0" * 34,
    "Related" + "\u00a0" * 33,
    "READ NEXT",
    "You might also like",
    "Recommended for you",
    "Baca juga",
    "Lesen Sie auch",
    "More stories",
    "Related:",
    "More",
    "rel",
    "Youth football",
    "Reading list",
    "x" * 45,
    "Check",
    "also read\u2026",
]
_TAGS = ["div", "p", "span", "a", "li", "h3", "strong"]


def _random_page(rng: random.Random) -> str:
    parts = ["<html><head><title>", rng.choice(_TEXTS), "</title></head><body>"]
    for _ in range(rng.randint(1, 12)):
        tag = rng.choice(_TAGS)
        inner = rng.choice(_TEXTS)
        if rng.random() < 0.4:
            inner += f"<{rng.choice(_TAGS)}>{rng.choice(_TEXTS)}</{rng.choice(_TAGS)}>"
        parts.append(f"<{tag}>{inner}</{tag}>{rng.choice(_TEXTS) if rng.random() < 0.3 else ''}")
    return "".join(parts) + "</body></html>"


def _nodes(texts: list) -> list[tuple[str, object, bool]]:  # type: ignore[type-arg]
    return [(str(t), t.getparent(), t.is_tail) for t in texts]


def test_heading_texts_are_the_short_text_xpaths_matches() -> None:
    rng = random.Random(22)
    found = 0
    for _ in range(1500):
        tree = load_page(_random_page(rng))
        assert tree is not None
        old = [t for t in _OLD_SHORT_TEXTS(tree) if _RELATED_HEADING.match(" ".join(t.split()))]
        new = list(heading_texts(tree, _RELATED_HEADING, _RELATED_OPENING))
        assert _nodes(new) == _nodes(old)
        found += len(old)
    assert found > 1000  # the pages hold headings, in tails and in <title> too


def test_every_related_heading_opens_with_an_opening_word() -> None:
    """The pre-search finds each heading the pattern matches: one per alternative."""
    headings = [
        "check also",
        "Related",
        "related coverage",
        "read next",
        "read more:",
        "also read",
        "see also",
        "more articles",
        "you may also like",
        "Recommended for you",
        "don't miss",
        "Leia tambem",
        "veja também",
        "leggi anche",
        "lesen sie auch",
        "baca juga",
    ]
    for heading in headings:
        assert _RELATED_HEADING.match(heading), heading
        for blank in ("", " ", "\u00a0\n"):
            assert _RELATED_OPENING.search("\0" + blank + heading), heading
