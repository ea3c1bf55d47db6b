"""Section headings inside the story that the chosen extraction lost: readability's lines put back.

Pure: a page's tree and candidate texts in, a text out. No network, disk or clock.

Why: a story's section headings ("What happened", "Background") are the story's text: they stand
inside its container, between its paragraphs. trafilatura's broad pass drops some page builders'
headings (set M's newsletter builder: each section a block holding an `<h2>` and its paragraphs;
both extractors lost every heading, the gold keeps them), while readability, which reads the
story's container whole, keeps them. When `extract_rules` keeps a pass of trafilatura's, a line
readability holds is put back where it stood when all of these hold, no number fitted:
- it is a heading element of the page (`<h2>`-`<h6>`, the page holding its text once);
- it is short (`SHORT_LINE_WORDS` words at most, the shipped bound of a heading) and does not
  end like a sentence (`LINE_END`);
- the lines readability holds right before and after it are both in the chosen text, next to
  each other there: the heading sits between two paragraphs the story kept, not at the story's
  edge (a list's or a related box's heading comes before or after the story).
Readability is asked only when it was computed already (it is, on every page but those a feed
body decided); the tree is read only for a line of that shape.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from digest.ingest.extract_blocks import element_of
from digest.ingest.extract_rules import READABLE, SHORT_LINE_WORDS, Candidates, line_key

__all__ = ["HEADING_TAGS", "with_headings"]

HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # a section's heading, not the headline
_ENDS = frozenset('.!?…:;"”’)')  # `LINE_END`'s characters: only a line's last one is tested


def with_headings(cands: Candidates, name: str, tree: HtmlElement) -> str:
    """The text of `name` with the section headings readability holds between two of its lines
    that are next to each other in it (module docstring)."""
    text = cands.text(name)
    if name == READABLE or READABLE not in cands.computed():
        return text
    story = [line.strip() for line in cands.text(READABLE).splitlines() if line.strip()]
    shaped = [
        i
        for i in range(1, len(story) - 1)
        if story[i][-1] not in _ENDS and 0 < len(line_key(story[i])) <= SHORT_LINE_WORDS
    ]
    if not shaped:  # no short line that does not end like a sentence
        return text
    lines = text.splitlines()
    keys = [line_key(line) for line in lines]  # cached: the steps before keyed these lines
    at = {key: i for i, key in reversed(list(enumerate(keys))) if key}
    inserts: dict[int, list[str]] = {}
    for i in shaped:
        line = story[i]
        before, after = at.get(line_key(story[i - 1])), at.get(line_key(story[i + 1]))
        if line_key(line) in at or before is None or after is None:
            continue
        nxt = next((j for j in range(before + 1, len(keys)) if keys[j]), None)
        if nxt != after:
            continue
        el = element_of(tree, line)
        if el is None or el.tag not in HEADING_TAGS:
            continue
        inserts.setdefault(after, []).append(line)
    if not inserts:
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        out.extend(inserts.get(i, ()))
        out.append(line)
    return "\n".join(out)
