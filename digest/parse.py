"""Feed bytes → `Article`s.

feedparser is always handed bytes, never a URL or a path: given a string it would fetch URLs or
read files itself, outside our fetch policy. Its HTML sanitiser is off (we turn entry HTML into
plain text ourselves, and an allow-list sanitiser guards anything that stays HTML), which is also
much faster.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser

from digest.extract import html_to_text
from digest.types import Article, FeedSource

MAX_DECOMPRESSED = 32 * 2**20
TEASER_WORDS = 80
_TEASER_END = re.compile(
    r"(\u2026|\.\.\.|\[\u2026\]|\[\.\.\.\]|read more|continue reading|weiterlesen|lire la suite)"
    r"[\s\W]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParsedFeed:
    """What one feed document held."""

    title: str  # the feed's own title ("" if none)
    articles: tuple[Article, ...]
    notes: tuple[str, ...] = ()  # salvage notes: bad encoding, entries skipped, ...
    error: str | None = None  # set when nothing could be salvaged
    ttl_minutes: int | None = None  # the feed's <ttl>


def _decompress(body: bytes) -> bytes:
    """Gzip bytes stored as a feed file; bounded so a bomb stops at the cap."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(body, MAX_DECOMPRESSED)
    if inflater.unconsumed_tail:
        raise ValueError(f"decompressed feed larger than {MAX_DECOMPRESSED // 2**20} MiB")
    return out


def _stable_id(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _entry_time(entry: feedparser.FeedParserDict, now: datetime) -> datetime:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                stamp = datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError):
                continue
            return min(stamp, now)  # a date in the future is a feed's mistake
    return now


def _entry_html(entry: feedparser.FeedParserDict) -> str:
    """The richest body the entry carries: content:encoded / atom content, else summary."""
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


# WordPress appends "The post <title> appeared first on <site>." to every feed excerpt.
_FEED_FOOTER = re.compile(
    r"\n*^(The post .{1,400} appeared first on .{1,200}|Continue reading .{0,200}|"
    r"The entry .{1,400} was first posted on .{1,200})$\s*\Z",
    re.MULTILINE | re.DOTALL,
)


def strip_feed_footer(text: str) -> str:
    """Drop the line a blog engine appends to every entry (it is not part of the story)."""
    return _FEED_FOOTER.sub("", text).rstrip()


def looks_like_teaser(text: str) -> bool:
    """An excerpt rather than the article: short, or ends in '…' / 'Read more'."""
    stripped = text.strip()
    return len(stripped.split()) < TEASER_WORDS or bool(_TEASER_END.search(stripped))


def parse_feed(body: bytes, source: FeedSource, now: datetime) -> ParsedFeed:
    """Parse one feed document; salvage what can be salvaged, never raise for bad input."""
    notes: list[str] = []
    if body[:2] == b"\x1f\x8b":
        try:
            body = _decompress(body)
        except (ValueError, zlib.error) as exc:
            return ParsedFeed("", (), error=f"bad gzip data: {exc}")
        notes.append("gzip-compressed body")
    parsed = feedparser.parse(
        body, sanitize_html=False, resolve_relative_uris=True, response_headers={}
    )
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        head = body[:512].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")):
            return ParsedFeed("", (), error="not a feed: the server sent an HTML page")
        if not body.strip():
            return ParsedFeed("", (), error="empty response")
        return ParsedFeed("", (), error=f"not a feed: {_one_line(reason) or 'no entries found'}")
    if parsed.get("bozo"):
        notes.append(f"malformed feed salvaged: {_one_line(parsed.get('bozo_exception'))}")
    feed_title = html_to_text(parsed.feed.get("title", "") or "").strip()
    section_default = source.section
    articles: list[Article] = []
    skipped = 0
    for entry in parsed.entries:
        article = _article(entry, source, section_default, now)
        if article is None:
            skipped += 1
            continue
        articles.append(article)
    if skipped:
        notes.append(f"{skipped} empty entries skipped")
    ttl = parsed.feed.get("ttl")
    return ParsedFeed(
        title=feed_title,
        articles=tuple(articles),
        notes=tuple(notes),
        ttl_minutes=int(ttl) if isinstance(ttl, str) and ttl.isdigit() else None,
    )


def _article(
    entry: feedparser.FeedParserDict, source: FeedSource, section: str | None, now: datetime
) -> Article | None:
    html = _entry_html(entry)
    text = strip_feed_footer(html_to_text(html)) if html else ""
    title = html_to_text(entry.get("title", "") or "").strip()
    title = re.sub(r"\s+", " ", title)
    link = (entry.get("link") or "").strip()
    if not link.lower().startswith(("http://", "https://")):
        link = ""
    guid = (entry.get("id") or "").strip()
    if not (title or text or link):
        return None
    if not title:
        # Scripting News style entries: no title, the text is the post. Use its opening words.
        words = text.split()
        title = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    content_hash = _stable_id(title, text)
    key = guid or link or content_hash
    tags = entry.get("tags") or []
    category = next((t.get("term") for t in tags if t.get("term")), None)
    return Article(
        id=_stable_id(source.url, key),
        feed_url=source.url,
        source=source.name,
        section=section or (str(category).strip() if category else "") or source.name,
        title=title,
        url=link,
        published=_entry_time(entry, now),
        text=text,
        guid=guid,
        content_hash=content_hash,
        is_teaser=bool(link) and looks_like_teaser(text),
    )


def _one_line(value: object) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip()[:200]
