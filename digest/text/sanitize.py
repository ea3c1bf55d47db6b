"""Allow-list cleaning for anything a feed wrote that reaches an email.

Feed text is hostile until proven otherwise: titles carry markup, links carry `javascript:`, and
content carries scripts, forms and 1×1 tracking pixels. Templates escape text (autoescape), but
escaping does not make a URL safe, and feed HTML must never be marked safe unread. Everything here
is built on nh3 (ammonia), an allow-list sanitiser: what is not listed is dropped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import nh3

# The email's content column: 600 px body minus 2 × 28 px padding.
MAX_IMAGE_WIDTH = 544
# Images this small in either dimension are tracking pixels, not pictures.
TRACKING_PIXEL_MAX = 2

LINK_SCHEMES = frozenset({"http", "https"})
HTML_URL_SCHEMES = frozenset({"http", "https", "mailto"})

# Tags whose content is never text, dropped with everything inside them.
_DROP_WITH_CONTENT = frozenset(
    {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math"}
)
_ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "cite",
        "code",
        "em",
        "figcaption",
        "figure",
        "h3",
        "h4",
        "i",
        "img",
        "li",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "strong",
        "sub",
        "sup",
        "u",
        "ul",
    }
)
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height"},
}
# Known counters that are not always 1×1 (feedburner's "~r" redirect pixels, WordPress stats).
_TRACKER_URL = re.compile(
    r"//(?:feeds\.feedburner\.com/~r/|pixel\.wp\.com/|stats\.wordpress\.com/|"
    r"feeds\.feedblitz\.com/~/i/|www\.google-analytics\.com/)",
    re.IGNORECASE,
)
_IMG_TAG = re.compile(r"<img\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r'([a-zA-Z-]+)="([^"]*)"')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_C0_OR_SPACE = "".join(map(chr, range(0x21)))
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|figure|figcaption|hr|section|article)\b",
    re.IGNORECASE,
)


def safe_url(url: str | None, *, schemes: frozenset[str] = LINK_SCHEMES) -> str:
    """`url` if it is an absolute link with an allowed scheme, else "".

    Autoescaping makes `javascript:alert(1)` a valid attribute value, so every href and src from
    a feed passes here. Browsers ignore tabs, newlines and leading control characters in URLs
    (WHATWG URL spec), so those are removed before the scheme is read.
    """
    if not url:
        return ""
    cleaned = _TAB_OR_NEWLINE.sub("", url.strip(_C0_OR_SPACE))
    if _CONTROL.search(cleaned):
        return ""
    cleaned = cleaned.replace(" ", "%20")
    try:
        parts = urlsplit(cleaned)
        parts.port  # noqa: B018 -- raises ValueError for a port that is not one
    except ValueError:  # "http://example.c[o.test/": not a URL, whatever a browser would guess
        return ""
    if parts.scheme.lower() not in schemes:
        return ""
    if parts.scheme.lower() in ("http", "https") and not _valid_host(parts.hostname):
        return ""
    return cleaned


# A host name: letters of any script (IDN), digits, "-", "_", "."; IP literals are checked by
# urlsplit itself (brackets).
_HOST = re.compile(r"[\w.-]+")


def _valid_host(host: str | None) -> bool:
    if not host:
        return False
    return ":" in host or _HOST.fullmatch(host) is not None


def text_from_html(fragment: str | None) -> str:
    """Plain text of a feed string that may carry markup (titles, source names).

    Tags are removed (their text kept), script-like elements are removed with their content, and
    entities are decoded once, so the template's autoescape shows exactly what a reader would see.
    A title that only looks like markup ("Why <div> soup") loses the tag: email shows text only.
    """
    if not fragment:
        return ""
    if "<" not in fragment and "&" not in fragment:
        return " ".join(fragment.split())
    # A block boundary is a word boundary: "<p>one</p><p>two</p>" reads "one two".
    spaced = _BLOCK_TAG.sub(r" \g<0>", fragment)
    cleaned = nh3.clean(spaced, tags=set(), clean_content_tags=set(_DROP_WITH_CONTENT))
    return " ".join(html.unescape(cleaned).split())


@dataclass(frozen=True)
class Image:
    """An image from feed HTML that survived cleaning."""

    src: str
    alt: str
    width: int | None  # declared width in px, if any
    height: int | None  # declared height in px, if any


def _dimension(value: str | None) -> int | None:
    match = re.match(r"\s*(\d+)", value or "")
    return int(match.group(1)) if match else None


def is_tracking_pixel(src: str, width: int | None, height: int | None) -> bool:
    """A 1×1-style counter: tiny in either dimension, or a known tracker URL."""
    if width is not None and width <= TRACKING_PIXEL_MAX:
        return True
    if height is not None and height <= TRACKING_PIXEL_MAX:
        return True
    return bool(_TRACKER_URL.search(src))


def _fix_image(match: re.Match[str], max_width: int) -> str:
    """Drop tracking pixels and src-less images; cap width; keep the aspect ratio by CSS."""
    attrs = {name.lower(): value for name, value in _ATTR.findall(match.group(1))}
    src = safe_url(html.unescape(attrs.get("src", "")))
    width = _dimension(attrs.get("width"))
    height = _dimension(attrs.get("height"))
    if not src or is_tracking_pixel(src, width, height):
        return ""
    shown = min(width or max_width, max_width)
    alt = attrs.get("alt", "")  # already escaped by nh3
    return (
        f'<img src="{html.escape(src)}" alt="{alt}" width="{shown}" '
        f'style="display:block;max-width:100%;height:auto;border:0">'
    )


def clean_html(fragment: str | None, *, max_image_width: int = MAX_IMAGE_WIDTH) -> str:
    """Feed HTML reduced to an allow-list that is safe and sane inside an email.

    No scripts, frames, forms, styles, classes or event handlers survive; links are http(s) or
    mailto only and get rel="noopener noreferrer"; relative URLs are dropped (they mean nothing in
    a mail client); images lose tracking pixels, get an alt and a width no wider than the column.
    """
    if not fragment:
        return ""
    cleaned = nh3.clean(
        fragment,
        tags=set(_ALLOWED_TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(HTML_URL_SCHEMES),
        url_relative="deny",
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
    return _IMG_TAG.sub(lambda m: _fix_image(m, max_image_width), cleaned)


def images_in(fragment: str | None) -> list[Image]:
    """The real images of feed HTML, in order, tracking pixels and unsafe sources left out.

    For whoever builds items with `images` enabled: the first of these is a story's picture.
    """
    if not fragment or "<img" not in fragment.lower():
        return []
    cleaned = nh3.clean(
        fragment,
        tags={"img"},
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={"img": {"src", "alt", "width", "height"}},
        url_schemes=set(LINK_SCHEMES),
        url_relative="deny",
    )
    found: list[Image] = []
    for match in _IMG_TAG.finditer(cleaned):
        attrs = {name.lower(): html.unescape(v) for name, v in _ATTR.findall(match.group(1))}
        src = safe_url(attrs.get("src"))
        width, height = _dimension(attrs.get("width")), _dimension(attrs.get("height"))
        if src and not is_tracking_pixel(src, width, height):
            found.append(Image(src=src, alt=attrs.get("alt", ""), width=width, height=height))
    return found
