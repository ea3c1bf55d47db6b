"""Link lines inside a story: a short label, a colon and a link to another story.

Pure: reads the page tree, no network, disk or clock.

Why: news sites put "see also" lines between a story's paragraphs: a paragraph that is a short
label and the headline of another of their stories as a link ("Read more in Daily Maverick:
<a>…</a>", "Skaitykite daugiau: <a>…</a>", "Lesen Sie auch: <a>…</a>"). They sit in the
story's container, so every extractor keeps them, and the gold leaves them out (sets W lt-delfi
and AN dm-za, 2-3 such lines a page, both extractors' precision 0.82-0.92 there). The plain-text
pass drops them only when the label is one of a few English and Romance words (`_LINK_LINE` in
extract.py). What makes the line a link line is how it is built, not its words: the text after
the colon is, whole, the text of a link to another page (not the site's home page or this page),
the label before it is a few words, and story stands before and after it (a source line ends a
story). A story's sentence is not a label and one whole link: a credit ("Source: <a>Reuters</a>",
"Photo: <a>NAME</a>") is under three words, a sentence that ends in a link carries more than
a label before its colon, and a linked sentence or call to action ends in a full stop or an
exclamation mark, which a headline does not (a real page's gold keeps "Pro tip: <a>Get more
pre-workout meal ideas here!</a>"). The link's host is not asked: a paper's "see also" links
often go to another of its domains (a mobile, AMP or regional host, or its domain from a mirror).

The tree is read only when the chosen text holds a paragraph of that shape (a label of at most
`LABEL_MAX_WORDS` words, a colon, `TITLE_MIN_WORDS` to `TITLE_MAX_WORDS` more words): most
pages have none and pay one substring test a paragraph.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from digest.ingest.extract_shingles import _WORD, line_key

__all__ = [
    "LABEL_MAX_WORDS",
    "TITLE_MAX_WORDS",
    "TITLE_MIN_WORDS",
    "drop_link_lines",
    "other_pages_links",
]

LABEL_MAX_WORDS = 6  # "Read more in Daily Maverick", "Lesen Sie auch", "Skaitykite daugiau"
TITLE_MIN_WORDS = 3  # a headline; "Source: <a>Reuters</a>" and a photographer's name are shorter
TITLE_MAX_WORDS = 20  # a headline, not a paragraph that happens to be one link

_LABELLED = re.compile(r"^([^:]{1,80}):\s+(\S.*)$")


def _shaped(para: str) -> tuple[str, ...] | None:
    """The key of the words after the label, if `para` is a short label, a colon and a title."""
    m = _LABELLED.match(para)
    if m is None:
        return None
    label, title = m.groups()
    if title.rstrip()[-1] in ".!" or not 0 < len(_WORD.findall(label)) <= LABEL_MAX_WORDS:
        return None  # a headline carries no full stop: "Pro tip: <a>Get more ideas here!</a>"
    key = line_key(title)
    return key if TITLE_MIN_WORDS <= len(key) <= TITLE_MAX_WORDS else None


def _site(host: str | None) -> str:
    host = (host or "").lower()
    return host[4:] if host.startswith("www.") else host


def other_pages_links(
    tree: HtmlElement, url: str | None
) -> dict[tuple[str, ...], list[HtmlElement]]:
    """The page's links to other pages than this one and its home page, by the key of their
    text."""
    try:
        own = urlsplit(url or "")
    except ValueError:
        return {}
    site = _site(own.hostname)
    titles: dict[tuple[str, ...], list[HtmlElement]] = {}
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        try:
            parts = urlsplit(href)
        except ValueError:
            continue
        if parts.scheme not in ("", "http", "https"):
            continue
        if parts.path.rstrip("/") in ("", own.path.rstrip("/")) and (
            not parts.hostname or _site(parts.hostname) == site
        ):  # the home page or this one
            continue
        titles.setdefault(line_key(a.text_content()), []).append(a)
    return titles


def drop_link_lines(text: str, tree: HtmlElement, url: str | None) -> str:
    """`text` (paragraphs joined by blank lines) without its link lines; the first and the last
    paragraph are always kept (story stands around a "see also" line)."""
    if ":" not in text:
        return text
    paras = text.split("\n\n")
    last = len(paras) - 1
    shaped = {i: k for i, p in enumerate(paras) if 0 < i < last and ":" in p and (k := _shaped(p))}
    if not shaped:
        return text
    titles = other_pages_links(tree, url)
    drop = {i for i, key in shaped.items() if key in titles}
    if not drop:
        return text
    return "\n\n".join(p for i, p in enumerate(paras) if i not in drop)
