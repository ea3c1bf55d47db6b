"""The view the templates see (documented in templates/README.md), built from an Issue.

Feed text is made plain and cleaned here, URLs are checked, and the plain-text part's link
numbers are assigned, so templates only lay out values that are already safe: they never see
feed markup, a `javascript:` URL, a character XML forbids or a placeholder word a feed wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote, urljoin

from digest.model.types import (
    PLACEHOLDER_NAME,
    PLACEHOLDER_UNSUBSCRIBE,
    PLACEHOLDERS,
    DigestItem,
    Issue,
    RelatedLink,
    Section,
)
from digest.render.options import RenderOptions
from digest.text.sanitize import MAX_IMAGE_WIDTH, safe_url, text_from_html

PREHEADER_STORIES = 3
PREHEADER_MAX = 150  # most clients show 90–140 characters of it


@dataclass(frozen=True)
class LinkView:
    """A related link, cleaned, with its plain-text reference number."""

    title: str
    url: str  # http(s) only; "" when the feed's URL was unusable
    source: str
    ref: int  # [n] in the text part; 0 when there is no URL


@dataclass(frozen=True)
class ItemView:
    """One story as the templates see it."""

    title: str  # plain text (feed markup stripped); autoescaped by the template
    url: str  # http(s) only, or ""
    source: str
    published: datetime
    summary: tuple[str, ...]
    check_also: LinkView | None
    also: tuple[LinkView, ...]
    image: str  # http(s) URL or ""; shown only when options.images
    image_width: int  # px, at most the column width
    ref: int  # [n] of the headline link in the text part; 0 when there is no URL
    first: bool  # first story of its section (no rule above it)


@dataclass(frozen=True)
class SectionView:
    """A section with its stories and the numbered links the text part lists after it."""

    name: str
    items: tuple[ItemView, ...]
    links: tuple[tuple[int, str], ...]  # (ref, url), in order


class _Refs:
    """Numbers text-part links across the issue; a URL repeated in a section keeps its number."""

    def __init__(self) -> None:
        self.next = 1
        self.section: dict[str, int] = {}

    def start_section(self) -> None:
        self.section = {}

    def number(self, url: str) -> int:
        if not url:
            return 0
        if url not in self.section:
            self.section[url] = self.next
            self.next += 1
        return self.section[url]


def _text(value: str | None) -> str:
    """Feed text as plain text, without characters XML forbids or placeholder words.

    A feed that wrote DIGESTPHxUNSUBx into a link would otherwise receive every subscriber's
    unsubscribe URL when `personalise` fills the placeholders.
    """
    return _scrub(text_from_html(_NOT_XML.sub("", value or "")))


def _plain(value: str) -> str:
    """Text that is already plain (summary sentences): only cleaned and its spaces normalised."""
    return _scrub(" ".join(_NOT_XML.sub("", value).split()))


def _url(value: str | None) -> str:
    return _scrub(safe_url(_NOT_XML.sub("", value or "")))


# Characters XML 1.0 forbids; mjml-python refuses a document holding any of them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _scrub(value: str) -> str:
    if "DIGESTPH" in value:
        for placeholder in PLACEHOLDERS:
            value = value.replace(placeholder, "")
    return value


def _link_view(link: RelatedLink, refs: _Refs) -> LinkView | None:
    url = _url(link.url)
    title = _text(link.title)
    source = _text(link.source)
    if not url or not (title or source):
        return None  # a link with nowhere to go, or nothing to call it, is not shown
    return LinkView(title=title or source, url=url, source=source or title, ref=refs.number(url))


def _item_view(item: DigestItem, refs: _Refs, first: bool) -> ItemView:
    url = _url(item.url)
    title = _text(item.title) or "(untitled)"
    ref = refs.number(url)
    check_also = _link_view(item.check_also, refs) if item.check_also else None
    also = tuple(v for v in (_link_view(link, refs) for link in item.also) if v is not None)
    # Other coverage from the lead's own source is named by its headline, not the source again.
    own_source = _text(item.source)
    if any(v.source == own_source for v in also):
        also = tuple(
            LinkView(v.title, v.url, v.title, v.ref) if v.source == own_source else v for v in also
        )
    image = _url(item.image)
    width = item.image_width or MAX_IMAGE_WIDTH
    return ItemView(
        title=title,
        url=url,
        source=_text(item.source),
        published=item.published,
        summary=tuple(s for s in map(_plain, item.summary) if s),  # autoescaped, never parsed
        check_also=check_also,
        also=also,
        image=image,
        image_width=max(1, min(int(width), MAX_IMAGE_WIDTH)),
        ref=ref,
        first=first,
    )


def section_views(sections: Iterable[Section], limit: int | None = None) -> list[SectionView]:
    """Every section as the templates see it, feed text cleaned and text links numbered.

    With `limit`, only the first `limit` stories: what `truncate(views, limit)` keeps of the
    full list (numbers are given in reading order, so the kept stories' are the same).
    """
    refs = _Refs()
    views: list[SectionView] = []
    for section in sections:
        shown = section.items
        if limit is not None:
            if limit <= 0:
                break
            shown = shown[:limit]
            limit -= len(shown)
        refs.start_section()
        items = [_item_view(item, refs, first=n == 0) for n, item in enumerate(shown)]
        if items:
            links = tuple((n, url) for url, n in refs.section.items())
            views.append(SectionView(_text(section.name), tuple(items), links))
    return views


def truncate(views: list[SectionView], limit: int) -> tuple[list[SectionView], int]:
    """The first `limit` stories, in order, and how many were left out.

    Numbers are assigned in reading order, so the kept stories keep theirs; a section's link list
    keeps only the numbers its kept stories use.
    """
    kept: list[SectionView] = []
    shown = 0
    for view in views:
        room = limit - shown
        if room <= 0:
            break
        if len(view.items) <= room:
            kept.append(view)
        else:
            items = view.items[:room]
            used = {n for item in items for n in _refs_of(item)}
            kept.append(SectionView(view.name, items, tuple(p for p in view.links if p[0] in used)))
        shown += len(kept[-1].items)
    total = sum(len(view.items) for view in views)
    return kept, total - shown


def _refs_of(item: ItemView) -> list[int]:
    links = [item.check_also, *item.also] if item.check_also else list(item.also)
    return [item.ref, *(link.ref for link in links if link is not None)]


def preheader_for(issue: Issue) -> str:
    """The inbox preview line: the top stories' titles, cut at a word near PREHEADER_MAX."""
    titles = [_text(item.title) for item in issue.items]
    text = " · ".join([t for t in titles if t][:PREHEADER_STORIES])
    if len(text) <= PREHEADER_MAX:
        return text
    cut = text[: PREHEADER_MAX - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ·,;:") + "…"


def web_url_for(issue: Issue, base_url: str) -> str:
    return f"{base_url.rstrip('/')}/issues/{quote(issue.id, safe='')}"


def build_context(
    issue: Issue,
    options: RenderOptions,
    theme: Mapping[str, Any],
    *,
    web: bool,
    views: list[SectionView] | None = None,
) -> dict[str, Any]:
    """Everything a template may use (templates/README.md lists it).

    `views` (from section_views) may be passed in so the email and web contexts share one pass.
    """
    views = section_views(issue.sections) if views is None else views
    sections, more = (views, 0) if web else truncate(views, options.max_items_in_email)
    if not web:  # (the same as truncate's count when `views` holds every story)
        more = len(issue.items) - sum(len(view.items) for view in sections)
    logo = theme["logo"]["url"]
    logo_url = safe_url(urljoin(options.base_url.rstrip("/") + "/", logo)) if logo else ""
    return {
        "issue": issue,
        "title": options.title,
        "lang": options.lang,
        "date": issue.window_end,
        "preheader": "" if web else preheader_for(issue),
        "theme": theme,
        "logo_url": logo_url,
        "sections": sections,
        "item_count": len(issue.items),
        "source_count": len({item.source for item in issue.items}),
        "more_count": more,
        "images": options.images,
        "web": web,
        "web_url": web_url_for(issue, options.base_url),
        "base_url": options.base_url,
        "subscriber_name": "" if web else PLACEHOLDER_NAME,
        "unsubscribe_url": "" if web else PLACEHOLDER_UNSUBSCRIBE,
    }
