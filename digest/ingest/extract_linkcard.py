"""Link preview cards between a story's blocks: another page's title, its site's domain and an
excerpt, dropped from every extraction.

Pure: reads the page tree, no network, disk or clock.

Why: a newsletter's web archive (Revue, and the link blocks of other email builders) and a post
with embedded links show each linked page as a card: an image, the page's title as a link, the
linked site's domain on a line of its own ("wired.com") and the first lines of that page. The
cards sit between the issue's text blocks, so trafilatura's broad pass and readability keep
them, and `trim`'s span from readability's first line to its last keeps the ones in between
(set AG's revue-issue pages, F1 0.73-0.93 where trafilatura's precision pass, which drops them,
had 0.95-1.0). What makes the block a card is how it is built, not its class: a line that is
nothing but a domain, in a small box that also holds a link to that domain. A story does not
state a bare domain as a line of its own next to a link there; a card always does.

The tree is read only when an extraction holds a line that is a bare domain (rare: no other
page pays for the look).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from digest.ingest.extract_blocks import Key, drop_boxes, element_text, line_key

__all__ = ["CARD_MAX_WORDS", "drop_link_cards"]

_WORD = re.compile(r"\w+")

# a line that is a domain name and nothing else ("wired.com", "www.ft.com", "blog.example.co.uk")
_DOMAIN = re.compile(r"^\s*(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\s*$", re.I)
_CARD_CLIMB = 3  # the domain's own element, its row, the card (image, title, domain, excerpt)
CARD_MAX_WORDS = 80  # a title and an excerpt of a few sentences; a story's container is longer


def _domains(text: str) -> set[str]:
    found = set()
    for line in text.splitlines():
        m = _DOMAIN.match(line)
        if m:
            found.add(m.group(1).lower())
    return found


def _host(href: str | None) -> str:
    try:
        host = urlsplit(href or "").hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _links_to(box: HtmlElement, domain: str) -> bool:
    return any(
        _host(a.get("href")) in (domain, "www." + domain)
        or _host(a.get("href")).endswith("." + domain)
        for a in box.iter("a")
    )


def link_cards(tree: HtmlElement, domains: set[str]) -> frozenset[Key]:
    """The lines of the small boxes holding one of `domains` as a line and a link to it."""
    keys: set[Key] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or len(el) or el.tag == "a":
            continue
        m = _DOMAIN.match(el.text or "")
        if not m or m.group(1).lower() not in domains:
            continue
        domain, box = m.group(1).lower(), el.getparent()
        for _ in range(_CARD_CLIMB):
            if box is None or box.tag in ("body", "html"):
                box = None
                break
            if _links_to(box, domain):
                break
            box = box.getparent()
        else:
            box = None
        if box is None or len(box.text_content().split()) > CARD_MAX_WORDS:
            continue
        lines = element_text(box).split("\n\n")
        if 0 < sum(len(_WORD.findall(line)) for line in lines) <= CARD_MAX_WORDS:
            keys.update(k for k in map(line_key, lines) if k)
    return frozenset(keys)


def drop_link_cards(text: str, tree: HtmlElement) -> str:
    """`text` without the lines of the page's link cards, unless little would be left."""
    domains = _domains(text)
    return drop_boxes(text, link_cards(tree, domains)) if domains else text
