"""A summary box made of the story's own first sentences, above the story: not its text.

Pure: takes a chosen text's paragraphs, returns paragraphs. No network, disk or clock.

Why: a "Key takeaways" / "Key points" box (a law firm's client alert, a health-information
article, a Business-Insider-like story) restates the story above it with the first sentence of
each of its first paragraphs, word for word. Every extractor keeps it (it is a list in the
article's column, its class often a hashed one): on sets J and L it cost digest and trafilatura
alike (the legal alert 0.93, the medical article 0.96 of F1, precision 0.87-0.92). Its shape is
plain in the text alone: near the top, a run of at least `RECAP_MIN_ITEMS` sentences each of
which opens a later paragraph of prose, word for word (the later one often longer); that run,
and a short heading right above it ("Key Takeaways"), go. A story never opens by repeating the
first sentences of its next paragraphs: a standfirst that repeats the lede is one line, not a
run, and is kept; a shop's feature lists repeated under a second model (one of the 181 real
pages) are list items that open list items, not prose, and are kept.
"""

from __future__ import annotations

import re

__all__ = ["RECAP_MIN_ITEMS", "drop_recap"]

RECAP_MIN_ITEMS = 2  # lines of a run that each open a later paragraph: a summary box
_RECAP_START = 6  # the run starts among the text's first paragraphs (after a byline, a date)
_ITEM_MIN_WORDS = 5  # an item is a sentence, not a label ("Background")
_HEADING_MAX_WORDS = 4  # "Key takeaways", "Key points", "At a glance"
_SENTENCE_END = re.compile(r"[.!?:…\"”’)]$")
_LIST_ITEM = re.compile(r"^[-•*] ")  # a list item as the extractors write it


def _opens_later(item: str, later: list[str]) -> bool:
    """`item` is a sentence that opens a later paragraph of prose, word for word (a product's
    feature list repeated under a second model is list items opening list items)."""
    body = _LIST_ITEM.sub("", item, count=1)
    if len(body.split()) < _ITEM_MIN_WORDS or not _SENTENCE_END.search(body):
        return False
    return any(p.startswith(body) and not _LIST_ITEM.match(p) for p in later)


def drop_recap(paras: list[str]) -> list[str]:
    """`paras` without a summary box of the story's own first sentences (module docstring)."""
    if len(paras) < 2 * RECAP_MIN_ITEMS:
        return paras
    for start in range(min(_RECAP_START, len(paras))):
        end = start
        while end < len(paras) and _opens_later(paras[end], paras[end + 1 :]):
            end += 1
        if end - start < RECAP_MIN_ITEMS:
            continue
        # the items open paragraphs after the run, not one another
        if not all(_opens_later(p, paras[end:]) for p in paras[start:end]):
            continue
        head = start
        if start and len(paras[start - 1].split()) <= _HEADING_MAX_WORDS:
            if not _SENTENCE_END.search(paras[start - 1]):
                head = start - 1
        return paras[:head] + paras[end:]
    return paras
