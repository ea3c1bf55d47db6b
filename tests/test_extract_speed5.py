"""Session 22's speed changes (h-speed5): each gives what the code it replaced gave."""

from __future__ import annotations

import random

from lxml.etree import XPath
from lxml.html import HtmlElement

import digest.ingest.extract_blocks as B
from digest.ingest.extract import _RELATED_HEADING, _RELATED_OPENING
from digest.ingest.extract_blocks import element_text
from digest.ingest.extract_rules import _WORD, BROAD, READABLE, Candidates
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


# ---------------------------------------------------------------------------------------------
# drop_replies: the thread's line keys once per page


def _old_drop_replies(text: str, tree: HtmlElement) -> str:
    """drop_replies as it was, the thread's keys made at every call (no page)."""
    lines = text.splitlines()
    anchor = next(
        (
            " ".join(line.split())
            for line in lines[:8]
            if len(line.split()) >= 8 and B._PROSE_END.search(line.rstrip())
        ),
        None,
    )
    el = B.element_of(tree, anchor, first=True) if anchor else None
    if el is None:
        return text
    thread = B._replies_after(el)
    if thread is None:
        return text
    first, replies = thread
    keys, own = B._keys_of(replies), B._keys_of([first])
    line_keys = [B._key(line) for line in lines]
    parent = first.getparent()
    earlier = [c for c in replies if parent is not None and parent.index(c) < parent.index(first)]
    if earlier:
        gone = B._keys_of(earlier) - own
        kept = [(line, k) for line, k in zip(lines, line_keys, strict=True) if k not in gone]
        lines, line_keys = [line for line, _ in kept], [k for _, k in kept]
    start = next((i for i, k in enumerate(line_keys) if k in keys and k not in own), len(lines))
    inside = [i >= start and k in keys for i, k in enumerate(line_keys)]
    return "\n".join(B._drop_after_story(lines, inside))


_STORY = (
    "The council met on Tuesday evening to discuss the new bridge over the river. "
    "Residents filled the hall and asked about the cost of the work and the closures. "
)


def _post(n: int, words: str, *, focus: bool = False) -> str:
    template = "detail" if focus else "compact"
    return (
        f'<div class="post"><div class="{template}"><a href="/u/{n}">user{n}</a></div>'
        f'<div class="body"><p>{words}</p><p>Posted at noon.</p></div></div>'
    )


def _thread_page(focus_at: int | None) -> str:
    posts = []
    for n in range(6):
        if focus_at is None and n == 0 or n == focus_at:
            posts.append(_post(n, _STORY * 3, focus=focus_at is not None))
        else:
            posts.append(_post(n, f"Reply number {n}: I agree with this, thanks for posting."))
    return f'<html><body><div class="thread">{"".join(posts)}</div></body></html>'


def test_drop_replies_keys_once_per_page_as_made_at_every_call() -> None:
    for focus_at in (None, 1, 2, 5):
        tree = load_page(_thread_page(focus_at))
        assert tree is not None
        text = element_text(tree).replace("\n\n", "\n")
        first_line = next(line for line in text.splitlines() if "council" in line)
        texts = [text, f"Headline\n{text}", text[text.index(first_line) :]]
        page: dict[str, object] = {}
        for candidate in texts:
            expected = _old_drop_replies(candidate, tree)
            assert B.drop_replies(candidate, tree, page) == expected
            assert B.drop_replies(candidate, tree) == expected
        assert "keys" in page and page["thread"] is not None
        assert "Reply number 4" not in B.drop_replies(text, tree, page)


# ---------------------------------------------------------------------------------------------
# Candidates.line_keys from the cached line keys


def test_line_keys_are_each_lines_lowercased_words() -> None:
    rng = random.Random(5)
    pieces = ["Word", "ÉTÉ", "straße", "İstanbul", "ǅ", " ", "\t", "\n", "\r\n", "\u2028", "\x1c",
              "\u0085", "12", "—", "x_y", "\u00a0", ".", "\n\n"]  # fmt: skip
    for _ in range(300):
        texts = {
            name: "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
            for name in (BROAD, READABLE)
        }
        cands = Candidates({name: (lambda t=text: t) for name, text in texts.items()})
        for name, text in texts.items():
            expected = [tuple(w.lower() for w in _WORD.findall(line)) for line in text.splitlines()]
            assert cands.line_keys(name) == expected
            assert cands.words(name) == len(_WORD.findall(text))
