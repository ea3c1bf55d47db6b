"""A page's footer set below its last rule line (`<hr>`): the site's, not the story's.

Pure: reads the tree; `extract_blocks.drop_boxes` drops the lines. No network, disk or clock.

Why: a page written in plain HTML with no class names (HTML 3.2, a text-only mirror for vintage
computers such as 68k.news or FrogFind, an old personal site, a print page) marks where the
story ends with a rule line and sets the site's footer after it in presentational tags only:
`<small>Built by ... About · Contact</small>`, `<center><small>... by Action Retro</small>
</center>`, `<font size=1>` with a copyright. No container, class or landmark (`<footer>`) says
it is a footer, so both extractors take it with the story when the story's container is the
`<body>` (set AG's text mirrors: precision 0.94, trafilatura's balanced pass 0.98). What the
markup does say: after the last rule there is no block of its own, no paragraph, list or
heading, only a few words in inline tags, the way a footer line is written. A blog's footnotes
after a rule (`<hr><ol>`, set B's static blogs) or an author's note in a `<p>` are blocks, and
stay. No number is fitted: the box bound is `BOX_MAX_WORDS`, a sign-up box's; the drop keeps
the 40-word guard of every box drop (`enough_left`).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from digest.ingest.extract_blocks import BOX_MAX_WORDS, Key, element_text
from digest.ingest.extract_rules import line_key

__all__ = ["ruled_footer"]

# the tags a footer line is written in: inline and presentational, no block of its own
_FOOTER_TAGS = frozenset("a b br center em font i small span strong".split())


def ruled_footer(tree: HtmlElement) -> frozenset[Key]:
    """The lines after the page's last `<hr>`, when they are a few words in inline tags only."""
    last = None
    for last in tree.iter("hr"):  # noqa: B007 - the last one is wanted
        pass
    if last is None:
        return frozenset()
    after = [el for el in last.itersiblings() if isinstance(el.tag, str)]
    if not after or any(el.tag not in _FOOTER_TAGS for el in after):
        return frozenset()
    if any(next(el.iter("hr", "p", "div", "ul", "ol", "table"), None) is not None for el in after):
        return frozenset()
    loose = " ".join(t for t in (last.tail, *(el.tail for el in after)) if t and t.strip())
    if len(loose.split()) + sum(len(el.text_content().split()) for el in after) > BOX_MAX_WORDS:
        return frozenset()
    keys = {line_key(line) for el in after for line in element_text(el).split("\n\n")}
    if loose:
        keys.add(line_key(loose))
    return frozenset(keys - {()})
