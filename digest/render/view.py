"""The view the templates see (documented in templates/README.md), built from an Issue.

Feed text is made plain and cleaned here, URLs are checked, and the plain-text part's link
numbers are assigned, so templates only lay out values that are already safe: they never see
feed markup, a `javascript:` URL, a character XML forbids, a bidi override or a placeholder word
a feed wrote.

Every field is bounded here too, where feed data enters the email, so that no feed can push the
HTML part past Gmail's clip (~102 KB; Gmail hides the rest behind "[Message clipped]", the
unsubscribe link included) at the configured item count. Measured before the bounds: one 200 KB
item with no sentence breaks made a 514 KB message, and 5,000 copies of one story 5,000 "also
covered by" links (679 KB). The limits, in characters: a headline TITLE_MAX, a source or section
name NAME_MAX, a summary sentence SENTENCE_MAX (at most SUMMARY_MAX of them), a URL URL_MAX (a
longer one is dropped, not cut: a cut URL is a wrong URL), and "also covered by" names ALSO_SHOWN
sources and then "and N more". A text cut short ends at a word, with "…". Bounded fields alone
cannot promise the size (30 stories of "&"-heavy text escape to five times their length), so the
email then keeps only the first stories whose estimated HTML fits HTML_BUDGET (`fit_html_budget`);
the rest are "N more stories in the web version", as beyond max_items_in_email.
"""

from __future__ import annotations

import html
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
from digest.text.plain import BIDI_CONTROLS, cut_at_word
from digest.text.sanitize import MAX_IMAGE_WIDTH, safe_url, text_from_html

PREHEADER_STORIES = 3
PREHEADER_MAX = 150  # most clients show 90–140 characters of it
TITLE_MAX = 300  # a headline; Google News shows ~110, a long legitimate one fits
NAME_MAX = 80  # a source or section name
SENTENCE_MAX = 400  # a summary sentence; a "sentence" with no break in 200 KB is not one
SUMMARY_MAX = 10  # sentences per story (digest.summary_sentences allows up to 10)
URL_MAX = 2048  # longer links are dropped: most browsers' and crawlers' practical limit
ALSO_SHOWN = 3  # "Also covered by: A, B, C and N more"
# The email's HTML stays under Gmail's clip: stories are added in order while an estimate from
# above of their bytes fits HTML_BUDGET, which leaves room for the subscriber's name and
# unsubscribe URL and for the estimate's error. Measured with the default theme: the layout
# without stories 8.4 KB, a story's markup and inline CSS ~735 bytes, each further link 120–195.
GMAIL_CLIP = 102_000
HTML_BUDGET = 96_000
LAYOUT_BYTES = 10_000
SECTION_BYTES = 500
ITEM_BYTES = 900
LINK_BYTES = 250


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
    also: tuple[LinkView, ...]  # at most ALSO_SHOWN
    image: str  # http(s) URL or ""; shown only when options.images
    image_width: int  # px, at most the column width
    ref: int  # [n] of the headline link in the text part; 0 when there is no URL
    first: bool  # first story of its section (no rule above it)
    also_more: int = 0  # other coverage not listed in `also` ("and N more")


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


def _text(value: str | None, limit: int = TITLE_MAX) -> str:
    """Feed text as plain text, without characters XML forbids, bidi overrides or placeholder
    words, at most `limit` characters.

    A feed that wrote DIGESTPHxUNSUBx into a link would otherwise receive every subscriber's
    unsubscribe URL when `personalise` fills the placeholders.
    """
    # (cut roughly before parsing, so a 200 KB title costs no 200 KB parse; markup counts)
    raw = _NOT_XML.sub("", (value or "")[: limit * 8])
    return cut_at_word(_scrub(BIDI_CONTROLS.sub("", text_from_html(raw))), limit)


def _plain(value: str, limit: int = SENTENCE_MAX) -> str:
    """Text that is already plain (summary sentences): only cleaned, its spaces normalised,
    and cut at a word after `limit` characters."""
    raw = _NOT_XML.sub("", value[: limit * 4])
    return cut_at_word(_scrub(" ".join(BIDI_CONTROLS.sub("", raw).split())), limit)


def _url(value: str | None) -> str:
    """An http(s) URL or "": too long, or not http(s), is "". A bidi control in it is
    percent-encoded (the link goes where it went, but cannot reorder the text around it)."""
    if value and len(value) > URL_MAX:
        return ""
    url = _scrub(safe_url(_NOT_XML.sub("", value or "")))
    return BIDI_CONTROLS.sub(lambda m: quote(m[0]), url)


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
    source = _text(link.source, NAME_MAX)
    if not url or not (title or source):
        return None  # a link with nowhere to go, or nothing to call it, is not shown
    return LinkView(title=title or source, url=url, source=source or title, ref=refs.number(url))


def _item_view(item: DigestItem, refs: _Refs, first: bool) -> ItemView:
    url = _url(item.url)
    title = _text(item.title) or "(untitled)"
    ref = refs.number(url)
    check_also = _link_view(item.check_also, refs) if item.check_also else None
    also, also_more = _also_views(item.also, refs)
    # Other coverage from the lead's own source is named by its headline, not the source again.
    own_source = _text(item.source, NAME_MAX)
    if any(v.source == own_source for v in also):
        also = tuple(
            LinkView(v.title, v.url, v.title, v.ref) if v.source == own_source else v for v in also
        )
    image = _url(item.image)
    width = item.image_width or MAX_IMAGE_WIDTH
    return ItemView(
        title=title,
        url=url,
        source=own_source,
        published=item.published,
        # autoescaped, never parsed
        summary=tuple(s for s in map(_plain, item.summary[:SUMMARY_MAX]) if s),
        check_also=check_also,
        also=also,
        image=image,
        image_width=max(1, min(int(width), MAX_IMAGE_WIDTH)),
        ref=ref,
        first=first,
        also_more=also_more,
    )


def _also_views(links: Iterable[RelatedLink], refs: _Refs) -> tuple[tuple[LinkView, ...], int]:
    """The first ALSO_SHOWN usable links as views (numbered), and how many more have a link
    (counted, never numbered or cleaned: the text part lists only the links it shows)."""
    shown: list[LinkView] = []
    more = 0
    for link in links:
        if len(shown) < ALSO_SHOWN:
            view = _link_view(link, refs)
            if view is not None:
                shown.append(view)
        elif link.url:
            more += 1
    return tuple(shown), more


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
            views.append(SectionView(_text(section.name, NAME_MAX), tuple(items), links))
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


def html_bytes(text: str) -> int:
    """The bytes `text` takes in the HTML part once autoescaped (UTF-8; "&" is 5 bytes)."""
    return len(html.escape(text).encode())


def _item_bytes(item: ItemView, images: bool) -> int:
    """An estimate, from above, of the bytes one story takes in the HTML part."""
    links = [link for link in (item.check_also, *item.also) if link is not None]
    size = ITEM_BYTES + html_bytes(item.title) + html_bytes(item.url) + html_bytes(item.source)
    size += sum(html_bytes(sentence) + 1 for sentence in item.summary)
    size += sum(
        LINK_BYTES + html_bytes(link.url) + html_bytes(link.title) + html_bytes(link.source)
        for link in links
    )
    if images and item.image:
        size += LINK_BYTES + html_bytes(item.image) + html_bytes(item.title)
    return size


def fit_html_budget(
    views: list[SectionView], *, images: bool, budget: int = HTML_BUDGET
) -> list[SectionView]:
    """The first stories, in order, whose estimated HTML fits `budget` with the layout (always
    at least one); the rest go to the web version like stories beyond max_items_in_email."""
    used = LAYOUT_BYTES
    kept = 0
    for view in views:
        used += SECTION_BYTES + html_bytes(view.name)
        for item in view.items:
            used += _item_bytes(item, images)
            if used > budget and kept:
                return truncate(views, kept)[0]
            kept += 1
    return views


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
        sections = fit_html_budget(sections, images=options.images)
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
