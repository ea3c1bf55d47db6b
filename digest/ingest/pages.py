"""Article pages behind teaser entries: fetched (or read from a local mirror), their main text
extracted, and their own picture (og:image) kept when the feed gave the story none.

`ingest.poller` calls `fill_full_text` after a run stored new teasers; a host whose pages keep
failing is given up for the run (`page_breaker`, breaker.py).
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import replace
from pathlib import Path
from typing import Protocol
from urllib.parse import urljoin, urlsplit

from digest.config import Config, FeedConfig
from digest.ingest.breaker import HostBreaker, NegativeCache
from digest.ingest.http import FetchPolicy, FetchRequest, fetch_all
from digest.model.types import Article

log = logging.getLogger("digest")


class PageLedger(Protocol):
    """What filling in article pages needs from the store (a part of poller.FeedLedger)."""

    def update_article_text(self, article: Article) -> None: ...


def _mirror_path(feed: FeedConfig, config: Config, url: str) -> Path | None:
    """An article page read from a local mirror folder instead of the web (offline demo)."""
    if not feed.pages:
        return None
    path = urlsplit(url).path.strip("/")
    folder = config.path(feed.pages)
    for candidate in (folder / path / "index.html", folder / f"{path}.html", folder / path):
        if candidate.is_file() and folder.resolve() in candidate.resolve().parents:
            return candidate
    return None


HEAD_SCAN = 256 * 1024  # bytes at the start of a page searched for its <meta> picture
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_META_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
# The page's own picture for link previews, in order of preference; og:image:width sizes og:image.
PAGE_IMAGE_KEYS = (
    "og:image:secure_url",
    "og:image",
    "og:image:url",
    "twitter:image",
    "twitter:image:src",
)


def page_image(body: bytes, page_url: str) -> tuple[str, int | None]:
    """An article page's own picture (og:image, else twitter:image) and its declared width.

    Only <meta> tags in the first 256 KiB are read (a regex, no second HTML parse); relative URLs
    are resolved against the page; the result passes the same checks as a feed's picture
    (http(s) only, no tracking pixel, icon or avatar). ("", None) when there is none.
    """
    from digest.ingest.parse import declared_px, usable_picture

    found: dict[str, str] = {}
    # Not cut at "</head": real pages (and browsers' serialisations) put their meta tags after an
    # early </head> as often as not.
    for tag in _META_TAG.finditer(body, 0, HEAD_SCAN):
        attrs = {
            name.lower(): html.unescape(a or b or c)
            for name, a, b, c in _META_ATTR.findall(tag.group().decode("utf-8", "replace"))
        }
        key = (attrs.get("property") or attrs.get("name") or "").strip().lower()
        if (key in PAGE_IMAGE_KEYS or key == "og:image:width") and key not in found:
            found[key] = attrs.get("content", "").strip()
    og_width = declared_px(found.get("og:image:width"))
    for key in PAGE_IMAGE_KEYS:
        if not found.get(key):
            continue
        width = og_width if key.startswith("og:") else None
        if url := usable_picture(urljoin(page_url, found[key]), width, None):
            return url, width
    return "", None


def page_breaker(policy: FetchPolicy) -> HostBreaker:
    """The article-page breaker: three failures in a row, or failures that together waited
    longer than one connect plus one read timeout (two timeouts side by side), open a host."""
    return HostBreaker(patience=policy.connect_timeout + policy.read_timeout)


def fill_full_text(
    config: Config,
    store: PageLedger,
    teasers: list[tuple[Article, FeedConfig]],
    policy: FetchPolicy,
    *,
    dns: NegativeCache | None = None,
) -> None:
    """Fetch the pages behind teaser entries and keep the extracted main text, and the page's
    og:image when the feed gave the story no picture. A host whose pages keep failing is given
    up for this run: one warning names it and counts the pages skipped."""
    requests: list[FetchRequest] = []
    for article, feed in teasers:
        mirror = _mirror_path(feed, config, article.url)
        if feed.pages:
            # A feed with a local mirror never reaches the web: a page not mirrored stays a teaser.
            target = mirror or config.path(feed.pages) / "not-mirrored"
            requests.append(FetchRequest(url=str(target), is_file=True))
        else:
            requests.append(FetchRequest(url=article.url))
    from digest.ingest.extract import extract_page

    breaker = page_breaker(policy)
    results = fetch_all(requests, policy, breaker=breaker, dns=dns)
    for trip in breaker.trips():
        log.warning("article pages on %s", trip.line("pages"))
    for (article, _), result in zip(teasers, results, strict=True):
        if result.error or not result.body:
            if not (result.error or "").startswith("skipped: "):  # counted in the line above
                log.info("full text of %s not fetched: %s", article.url, result.error)
            continue
        page = extract_page(
            result.body, article.url, feed_title=article.title, feed_text=article.text
        )
        updated = article
        if len(page.text) > len(article.text):
            updated = replace(updated, text=page.text, is_teaser=False, related=page.related)
        if not article.image:
            image, width = page_image(result.body, article.url)
            if image:
                updated = replace(updated, image=image, image_width=width)
        if updated is not article:
            store.update_article_text(updated)
