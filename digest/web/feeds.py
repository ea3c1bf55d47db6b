"""Feeds of past issues: `/issues.atom` (Atom 1.0, RFC 4287) and `/issues.json` (JSON Feed 1.1).

Each entry is one sent issue, linking to its web version (`/issues/{id}`), with the titles of
its stories as the summary. The newest FEED_SIZE issues; the HTML archive (`/issues?page=N`)
pages through the rest. Built with ElementTree and json, so every title is escaped by the
serialiser, never by hand.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import quote
from xml.etree import ElementTree as ET

from starlette.requests import Request
from starlette.responses import Response

from digest.config import Config
from digest.model.records import IssueRecord
from digest.store import Store

FEED_SIZE = 50
ATOM = "http://www.w3.org/2005/Atom"
JSON_FEED = "https://jsonfeed.org/version/1.1"
SUMMARY_TITLES = 12  # story titles in an entry's summary
CACHE = "public, max-age=300"


def issue_url(config: Config, record: IssueRecord) -> str:
    return f"{config.digest.base_url}/issues/{quote(record.issue.id, safe='')}"


def summary(record: IssueRecord) -> str:
    titles = [item.title for item in record.issue.items if item.title]
    text = " · ".join(titles[:SUMMARY_TITLES])
    more = len(titles) - SUMMARY_TITLES
    return text + (f" · and {more} more" if more > 0 else "")


def _when(record: IssueRecord) -> datetime:
    return (record.sent_at or record.issue.created_at).astimezone(UTC)


def atom_feed(config: Config, records: list[IssueRecord], now: datetime) -> bytes:
    base = config.digest.base_url
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "title", config.digest.title)
    sub(feed, "id", f"{base}/issues")
    updated = max((_when(r) for r in records), default=now.astimezone(UTC))
    sub(feed, "updated", updated.isoformat())
    sub(feed, "link", rel="self", type="application/atom+xml", href=f"{base}/issues.atom")
    sub(feed, "link", rel="alternate", type="text/html", href=f"{base}/issues")
    author = sub(feed, "author")
    sub(author, "name", config.digest.title)
    for record in records:
        entry = sub(feed, "entry")
        url = issue_url(config, record)
        sub(entry, "title", record.issue.subject)
        sub(entry, "id", url)
        sub(entry, "link", rel="alternate", type="text/html", href=url)
        sub(entry, "published", _when(record).isoformat())
        sub(entry, "updated", _when(record).isoformat())
        sub(entry, "summary", summary(record))
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def json_feed(config: Config, records: list[IssueRecord]) -> bytes:
    base = config.digest.base_url
    data = {
        "version": JSON_FEED,
        "title": config.digest.title,
        "home_page_url": f"{base}/issues",
        "feed_url": f"{base}/issues.json",
        "language": config.digest.language,
        "authors": [{"name": config.digest.title}],
        "items": [
            {
                "id": issue_url(config, record),
                "url": issue_url(config, record),
                "title": record.issue.subject,
                "content_text": summary(record),
                "summary": summary(record),
                "date_published": _when(record).isoformat(),
            }
            for record in records
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


class FeedPages:
    """The two feed routes."""

    def __init__(self, config: Config, store: Store, clock: Callable[[], datetime]):
        self.config = config
        self.store = store
        self.clock = clock

    async def atom(self, request: Request) -> Response:
        records = self.store.sent_issues(FEED_SIZE)
        body = atom_feed(self.config, records, self.clock())
        headers = {"cache-control": CACHE}
        return Response(body, media_type="application/atom+xml", headers=headers)

    async def json(self, request: Request) -> Response:
        body = json_feed(self.config, self.store.sent_issues(FEED_SIZE))
        headers = {"cache-control": CACHE}
        return Response(body, media_type="application/feed+json", headers=headers)
