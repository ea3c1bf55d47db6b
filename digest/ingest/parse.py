"""Feed bytes → `Article`s.

Two readers, one result. A well-formed RSS 2.0 / RSS 1.0 / RSS 0.90 / Atom 1.0 document is read
with lxml (libxml2), several times faster than feedparser's pure-Python SAX handlers; anything
else (not well-formed, an odd encoding, junk in the markup, Atom 0.3, CDF, ...) goes to
feedparser, whose loose parser salvages what it can. The lxml reader follows feedparser's own
rules, ported in `ingest.feedrules` (which title, link, id and body win; how child elements of a
value are written out; dates through feedparser's date parser), so a feed gives the same
articles whichever reader read it. `tests/test_parse_differential.py` checks that over every
real feed capture and over generated feeds (escaped markup in text/html/xhtml values, unclosed
void elements, comments and DOCTYPEs before the root, dc/itunes/media fields, base64, legacy
elements, odd links).

Both readers' entries then go through the same rules of ours (`_article`):
- Atom says what a value is: type="text" (its default) is text, so "Why &lt;script&gt; tags
  block rendering" stays a title, unless feedparser's looks-like-HTML test says it is markup
  (feeds write `&amp;rsquo;` into type="text"). RSS cannot say: an RSS value is always markup,
  and a tag in it never reaches a reader (`feedrules.as_markup`).
- A link is kept only if it is http(s) with a valid host and port (`sanitize.safe_url`):
  `http://example.c[o.test/`, `javascript:`, relative links are dropped, not passed on.
- Identity: the guid, else the link, else the content hash; the content hash (the store's last
  dedupe key) is title + text + the picture, + the link when there is no text (`_content_hash`).

Deliberate differences from feedparser (where it loses or misplaces content; each has a test in
`tests/test_parse_differential.py`, and the generated feeds leave these cases out):
1. Inside un-namespaced markup (an RSS <description> holding elements, a <body>), feedparser
   runs its feed handler for a closing tag named like a feed element (`</summary>` of
   <details>, `</title>`, `</content>`, ...) and loses the rest of the body; we keep it.
2. xml:base applies to its element and its descendants (XML Base); feedparser keeps an item's
   base for the following items when the channel has none.
3. An empty `<link href="">` is no link. feedparser resolves it to the document's own address
   (or keeps ""), so the entry's permalink id never stands in, and every such entry shares one
   link, which the store keeps once (One Foot Tsunami: 3 posts would become 1). We read it as
   no link at all: the id stands in, as feedparser's own rule has it when <link> is missing.
Everything else feedparser does, odd or not, the lxml reader does too: a TypePad <div> that
costs feedparser a level of depth (so a later description loses to an earlier one), a second
description becoming content, a later <link> replacing an earlier one.

feedparser is always handed bytes, never a URL or a path: given a string it would fetch URLs or
read files itself, outside our fetch policy. Its HTML sanitiser and relative-URI rewriting are
off: we keep only plain text (scripts, styles and forms never reach it), and an allow-list
sanitiser (nh3, `digest.text.sanitize`) guards anything shown as HTML.

Hostile XML: no parser here ever sees a DTD. The DOCTYPE declaration (with any internal subset:
entity definitions, billion laughs, `SYSTEM "file:///..."`) is cut from the bytes first, found by
a scan that skips comments and processing instructions (a comment may hold `<!DOCTYPE`); lxml
runs with entity resolution, DTD loading and network access off, and feedparser strips DTDs
itself as well. An entity reference left undefined makes the document not well-formed, so it
goes to feedparser's loose parser, which keeps the reference as literal text.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from lxml import etree

from digest.ingest.chardet_deferred import defer_chardet
from digest.ingest.extract import html_to_text
from digest.ingest.feedrules import (
    TEXT_TYPE,
    EntryFields,
    as_markup,
    content_value,
    pick_body,
    read_entry,
)
from digest.model.types import Article, FeedSource
from digest.text.sanitize import images_in, is_tracking_pixel, safe_url

defer_chardet()  # before feedparser's import (feedrules' did it too): chardet at its first guess
import feedparser  # noqa: E402
from feedparser.api import StrictFeedParser  # noqa: E402
from feedparser.datetimes import _parse_date as feedparser_date  # noqa: E402

MAX_DECOMPRESSED = 32 * 2**20
TEASER_WORDS = 80
TEASER_TAIL = 400  # characters at the end of a text where a "Read more" marker is looked for
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
    parser: str = ""  # "lxml" or "feedparser": which reader read it


@dataclass(frozen=True)
class _Entry:
    """One entry as either reader found it, before it becomes an Article."""

    title: str  # as written: may hold markup
    link: str
    guid: str
    html: str  # the richest body: content, else summary
    category: str | None
    date: datetime | None
    media: tuple[_Media, ...] = ()  # media:content / media:thumbnail / enclosures, in order


@dataclass(frozen=True)
class _Media:
    """A picture candidate the feed named outside the entry's HTML."""

    kind: str  # "content" (media:content), "thumbnail" (media:thumbnail) or "enclosure"
    url: str
    mime: str  # the type attribute ("image/jpeg"), "" if none
    medium: str  # media:content's medium ("image", "video", ...), "" if none
    width: int | None
    height: int | None


def _decompress(body: bytes) -> bytes:
    """Gzip bytes stored as a feed file; bounded so a bomb stops at the cap."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(body, MAX_DECOMPRESSED)
    if inflater.unconsumed_tail:
        raise ValueError(f"decompressed feed larger than {MAX_DECOMPRESSED // 2**20} MiB")
    return out


def _stable_id(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:24]


# -- hostile-input guards ----------------------------------------------------------------------

_ROOT_START = re.compile(rb"<[A-Za-z_]")
_XML_DECL_START = re.compile(rb"<\?xml[\s?]")
_UTF8_BOM = b"\xef\xbb\xbf"
JUNK_SCAN = 4096  # how far to look for a late `<?xml`
# What may stand before the root element: comments and processing instructions (skipped whole,
# whatever they contain), a DOCTYPE, whitespace. Inside a DOCTYPE, quoted literals, comments and
# PIs hide their brackets: `<!ENTITY a "]>">` does not end it.
_PROLOG_SKIP = re.compile(rb"(?:\s*+(?><\?.*?\?>|<!--.*?-->))++", re.DOTALL)
_DOCTYPE_OPEN = re.compile(rb"<!DOCTYPE\b", re.IGNORECASE)
_DOCTYPE = re.compile(
    rb"<!DOCTYPE\b(?>[^\[>\"']++|\"[^\"]*+\"|'[^']*+')*+"
    rb"(?:\[(?>[^\]\"'<]++|\"[^\"]*+\"|'[^']*+'|<!--.*?-->|<\?.*?\?>|<(?!!--|\?))*+\]\s*+)?+>",
    re.IGNORECASE | re.DOTALL,
)  # possessive and atomic throughout: linear, however hostile the subset


def _find_doctype(body: bytes) -> tuple[int, int | None] | None:
    """The DOCTYPE before the root element as (start, end), end None if it is not closed.

    A scan, not a search: a comment before the root may hold `<!DOCTYPE` or `<rss>` and is
    neither (a search cut such a comment in two and the valid feed failed).
    """
    pos = 0
    while (lt := body.find(b"<", pos)) != -1:
        if body.startswith((b"<!--", b"<?"), lt):
            skipped = _PROLOG_SKIP.match(body, lt)
            if skipped is None:
                return None  # never closed: whatever follows is inside it
            pos = skipped.end()
        elif _DOCTYPE_OPEN.match(body, lt):
            closed = _DOCTYPE.match(body, lt)
            return lt, closed.end() if closed else None
        else:  # the root element, or junk that stops any XML parser before a later DOCTYPE
            return None
    return None


def _clean_prolog(body: bytes) -> tuple[bytes, list[str]]:
    """Cut junk before `<?xml` and any DOCTYPE; say what was cut when it was not whitespace."""
    notes: list[str] = []
    if body.startswith(_UTF8_BOM):
        body = body[len(_UTF8_BOM) :]
    if not body.startswith(b"<?xml"):
        match = _XML_DECL_START.search(body, 0, JUNK_SCAN)
        if match:
            junk = body[: match.start()]
            if junk.strip():
                notes.append(f"{len(junk)} bytes of junk before <?xml removed")
            body = body[match.start() :]
    doctype = _find_doctype(body)
    if doctype is None:
        return body, notes
    start, end = doctype
    if end is None:
        # An internal subset that never closes: cut up to the next element.
        root = _ROOT_START.search(body, start + 2)
        end = root.start() if root else len(body)
        notes.append("DOCTYPE declaration removed (entities are never expanded)")
    elif b"<!ENTITY" in body[start:end].upper():
        notes.append("DOCTYPE with entity declarations removed (entities are never expanded)")
    return body[:start] + body[end:], notes


# -- the fast reader: lxml on well-formed documents --------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
RSS10 = "{http://purl.org/rss/1.0/}"
RSS090 = "{http://my.netscape.com/rdf/simple/0.9/}"

_local = threading.local()


def _xml_parser() -> etree.XMLParser:
    """One parser per thread (lxml parsers must not be used by two threads at once)."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.XMLParser(
            resolve_entities=False,  # never expand an entity, internal or external
            load_dtd=False,
            no_network=True,
            huge_tree=False,  # libxml2's own depth and size limits stay on
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
        )
        _local.parser = parser
    return parser


def _date(*values: str | None) -> datetime | None:
    for value in values:
        if value:
            parsed = feedparser_date(value.strip())
            if parsed:
                try:
                    return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
                except (OverflowError, ValueError):
                    continue
    return None


def declared_px(value: str | None) -> int | None:
    """A declared size in px ("460", "460px"); None for "", "100%" or nonsense."""
    match = _PIXELS.match(value or "")
    return int(match.group(1)) if match else None


_PIXELS = re.compile(r"\s*(\d{1,5})\s*(?:px)?\s*$", re.IGNORECASE)


def _media(kind: str, values: list[dict[str, str]], key: str) -> Iterator[_Media]:
    for value in values:
        url = value.get(key)
        if isinstance(url, str) and url.strip():
            yield _Media(
                kind=kind,
                url=url.strip(),
                mime=str(value.get("type") or "").strip().lower(),
                medium=str(value.get("medium") or "").strip().lower(),
                width=declared_px(value.get("width")),
                height=declared_px(value.get("height")),
            )


def _all_media(content: list, thumbnail: list, enclosures: list) -> tuple[_Media, ...]:
    """Picture candidates in feedparser's order: media:content (also inside media:group),
    media:thumbnail, enclosures (RSS <enclosure>, Atom <link rel="enclosure">)."""
    return (
        *_media("content", content, "url"),
        *_media("thumbnail", thumbnail, "url"),
        *_media("enclosure", enclosures, "href"),
    )


def _entry_from_fields(fields: EntryFields, atom: bool) -> _Entry:
    return _Entry(
        title=as_markup(fields.title, fields.title_type, atom),
        link=(fields.link or "").strip(),
        guid=fields.guid.strip(),
        html=pick_body(fields.contents, fields.summary or "", fields.summary_type, atom),
        category=fields.category,
        date=_date(fields.published, fields.updated, fields.created),
        media=_all_media(fields.media_content, fields.media_thumbnail, fields.enclosures),
    )


@dataclass(frozen=True)
class _Document:
    title: str  # as markup
    entries: list[_Entry]
    ttl: str | None


# The tags feedparser starts an entry at, in every namespace it reads as RSS or Atom.
_ENTRY_TAGS = tuple(
    f"{{{uri}}}{local}" if uri else local
    for uri, prefix in StrictFeedParser.namespaces.items()
    if prefix == ""
    for local in ("item", "entry")
)


def _feed_title(el: etree._Element | None, atom: bool, utf8: bool) -> str:
    if el is None:
        return ""
    value, ctype, _ = content_value(el, TEXT_TYPE, atom, utf8)
    return as_markup(value, ctype, atom)


def _read_lxml(body: bytes) -> _Document | None:
    """The fast reader; None when the document is not one it reads (feedparser's turn)."""
    try:
        root = etree.fromstring(body, _xml_parser())
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    tree = root.getroottree()
    utf8 = (tree.docinfo.encoding or "UTF-8").lower().replace("_", "-") in ("utf-8", "utf8")
    tag = root.tag
    ttl = None
    if tag == "rss":
        channel = root.find("channel")
        if channel is None:
            return None
        ttl = channel.findtext("ttl")
        title_el = channel.find("title")
    elif tag == ATOM + "feed":
        title_el = root.find(ATOM + "title")
    elif tag == RDF + "RDF":
        for ns in (RSS10, RSS090):
            channel = root.find(ns + "channel")
            if channel is not None or root.find(".//" + ns + "item") is not None:
                break
        else:
            return None
        title_el = channel.find(ns + "title") if channel is not None else None
    else:
        return None
    atom = tag == ATOM + "feed"
    entries = [
        _entry_from_fields(read_entry(item, atom, utf8), atom) for item in root.iter(*_ENTRY_TAGS)
    ]
    return _Document(_feed_title(title_el, atom, utf8), entries, ttl)


# -- the salvaging reader: feedparser ----------------------------------------------------------


def _entry_time(entry: feedparser.FeedParserDict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError):
                continue
    return None


def _entry_html(entry: feedparser.FeedParserDict, atom: bool) -> str:
    """The richest body the entry carries: content:encoded / atom content, else summary."""
    contents = [(c.get("value", "") or "", c.get("type")) for c in entry.get("content") or []]
    detail = entry.get("summary_detail") or {}
    return pick_body(contents, entry.get("summary", "") or "", detail.get("type"), atom)


def _feedparser_media(entry: feedparser.FeedParserDict) -> tuple[_Media, ...]:
    """The same picture candidates, from feedparser's lists."""
    return _all_media(
        entry.get("media_content") or [],
        entry.get("media_thumbnail") or [],
        entry.get("enclosures") or [],
    )


def _detail_markup(values: feedparser.FeedParserDict, key: str, atom: bool) -> str:
    """A title as markup, by the type feedparser found for it (`as_markup`)."""
    detail = values.get(key + "_detail") or {}
    return as_markup(values.get(key, "") or "", detail.get("type"), atom)


def _feedparser_entries(parsed: feedparser.FeedParserDict) -> Iterator[_Entry]:
    atom = str(parsed.get("version", "")).startswith("atom")
    for entry in parsed.entries:
        tags = entry.get("tags") or []
        category = next((t.get("term") for t in tags if t.get("term")), None)
        yield _Entry(
            title=_detail_markup(entry, "title", atom),
            link=(entry.get("link") or "").strip(),
            guid=(entry.get("id") or "").strip(),
            html=_entry_html(entry, atom),
            category=str(category) if category else None,
            date=_entry_time(entry),
            media=_feedparser_media(entry),
        )


# -- the story's picture ---------------------------------------------------------------------

# Pictures that are not the story's: author avatars, share and comment-count buttons, smileys,
# ad and counter images that are not 1×1 (feedburner "flare", WordPress buttons, Pheedo ads),
# Google profile photos (Blogger's byline thumbnail).
_NOT_A_PICTURE = re.compile(
    r"//(?:[\w-]+\.)*(?:gravatar\.com/avatar/|feeds\.feedburner\.com/~(?:ff|a|r|i)/|"
    r"feeds\.wordpress\.com/|doubleclick\.net/|pheedo\.com/|feedsportal\.com/|"
    r"s\.w\.org/images/core/emoji/|googleusercontent\.com/[\w-]+/AAAAAAAAAAI/)|"
    r"^https?://ads?\.|/wp-includes/images/smilies/|/share[-_]?buttons?/",
    re.IGNORECASE,
)
_IMAGE_PATH = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)$", re.IGNORECASE)
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_MEDIA_RANK = {"content": 0, "thumbnail": 1, "enclosure": 2}
ICON_PX = 50  # declared narrower or shorter than this: an icon, a button or an avatar
THUMBNAIL_PX = 120  # a media picture declared narrower loses to a larger <img> in the entry


def usable_picture(url: str, width: int | None, height: int | None) -> str:
    """`url` cleaned if it can be the story's picture, else "" (unsafe, pixel, icon, button)."""
    cleaned = safe_url(url)
    if not cleaned or is_tracking_pixel(cleaned, width, height):
        return ""
    if (width is not None and width < ICON_PX) or (height is not None and height < ICON_PX):
        return ""
    return "" if _NOT_A_PICTURE.search(cleaned) else cleaned


def _is_image(media: _Media) -> bool:
    """media:thumbnail always is; content and enclosures say so by medium or type, or (neither
    given, as The Guardian writes them) by a picture file extension."""
    if media.kind == "thumbnail":
        return True
    if media.medium or media.mime:
        return media.medium == "image" or media.mime.startswith("image/")
    try:
        path = urlsplit(media.url).path
    except ValueError:
        return False
    return bool(_IMAGE_PATH.search(path))


def _media_image(media: tuple[_Media, ...]) -> tuple[str, int | None]:
    """media:content, then media:thumbnail, then an image enclosure; the widest declared of the
    first kind present (The Guardian lists 140 and 460 px), else the first."""
    best: tuple[tuple[int, int, int], str, int | None] | None = None
    for order, candidate in enumerate(media):
        if not _is_image(candidate):
            continue
        if url := usable_picture(candidate.url, candidate.width, candidate.height):
            key = (_MEDIA_RANK[candidate.kind], -(candidate.width or 0), order)
            if best is None or key < best[0]:
                best = (key, url, candidate.width)
    return (best[1], best[2]) if best is not None else ("", None)


def _html_image(html: str) -> tuple[str, int | None]:
    """The first real <img> of the entry HTML (sanitised: http(s) only, no pixels or icons)."""
    if "<img" not in html and "<IMG" not in html:  # most entries: no regex scan at all
        return "", None
    # Each <img> tag alone goes to the sanitiser, up to the first usable one: the rest of a long
    # body is not needed here.
    for tag in _IMG_TAG.finditer(html):
        if _NOT_A_PICTURE.search(tag.group()):
            continue  # a known button or counter: skipped before the (slower) sanitiser
        for image in images_in(tag.group()):
            if url := usable_picture(image.src, image.width, image.height):
                return url, image.width
    return "", None


def _pick_image(media: tuple[_Media, ...], html: str) -> tuple[str, int | None]:
    """The story's picture and its declared width, ("", None) when it has none.

    The feed's media elements come first; the entry HTML's first real image stands in when they
    name none, or when theirs is a small thumbnail (Blogger's 72 px crops) and the HTML's is
    larger.
    """
    url, width = _media_image(media)
    if url and (width is None or width >= THUMBNAIL_PX):
        return url, width
    html_url, html_width = _html_image(html)
    if html_url and (not url or html_width is None or html_width > (width or 0)):
        return html_url, html_width
    return url, width


# -- shared ------------------------------------------------------------------------------------

# WordPress appends "The post <title> appeared first on <site>." to every feed excerpt.
_FEED_FOOTER = re.compile(
    r"\n*^(The post .{1,400} appeared first on .{1,200}|Continue reading .{0,200}|"
    r"The entry .{1,400} was first posted on .{1,200})$\s*\Z",
    re.MULTILINE | re.DOTALL,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_feed_footer(text: str) -> str:
    """Drop the line a blog engine appends to every entry (it is not part of the story)."""
    return _FEED_FOOTER.sub("", text).rstrip()


def looks_like_teaser(text: str) -> bool:
    """An excerpt rather than the article: short, or ends in '…' / 'Read more'."""
    stripped = text.strip()
    if len(stripped.split()) < TEASER_WORDS:
        return True
    return bool(_TEASER_END.search(stripped[-TEASER_TAIL:]))  # the end is all that counts


def plain_title(value: str) -> str:
    """A title as one line of plain text; markup (escaped or not) never survives."""
    if "<" not in value and "&" not in value:
        return " ".join(_CONTROL.sub("", value).split())
    return " ".join(html_to_text(value).split())


def parse_feed(body: bytes, source: FeedSource, now: datetime) -> ParsedFeed:
    """Parse one feed document; salvage what can be salvaged, never raise for bad input."""
    notes: list[str] = []
    if body[:2] == b"\x1f\x8b":
        try:
            body = _decompress(body)
        except (ValueError, zlib.error, EOFError) as exc:
            return ParsedFeed("", (), error=f"bad gzip data: {exc}")
        notes.append("gzip-compressed body")
    if not body.strip():
        return ParsedFeed("", (), error="empty response")
    body, prolog_notes = _clean_prolog(body)
    notes.extend(prolog_notes)
    try:
        document = _read_lxml(body)
        parser = "lxml"
        if document is None:
            document = _read_feedparser(body, notes)
            parser = "feedparser"
    except _NotAFeed as exc:
        return ParsedFeed("", (), notes=tuple(notes), error=str(exc), parser="feedparser")
    articles: list[Article] = []
    skipped = untitled = undated = linkless = 0
    for entry in document.entries:
        article = _article(entry, source, now)
        if article is None:
            skipped += 1
            continue
        untitled += not plain_title(entry.title)
        undated += entry.date is None
        linkless += not article.url
        articles.append(article)
    if skipped:
        notes.append(f"{skipped} empty entries skipped")
    if untitled:
        notes.append(f"{untitled} entries without a title (titled from their text)")
    if undated:
        notes.append(f"{undated} entries without a date (dated by the fetch time)")
    if linkless:
        notes.append(f"{linkless} entries without an http(s) link")
    if not document.entries:
        notes.append("the feed has no entries")
    ttl = (document.ttl or "").strip()
    return ParsedFeed(
        title=plain_title(document.title),
        articles=tuple(articles),
        notes=tuple(notes),
        ttl_minutes=int(ttl) if ttl.isdigit() and len(ttl) < 7 else None,
        parser=parser,
    )


class _NotAFeed(Exception):
    """Nothing to salvage; the message is the one-line reason."""


def _read_feedparser(body: bytes, notes: list[str]) -> _Document:
    parsed = feedparser.parse(
        body, sanitize_html=False, resolve_relative_uris=False, response_headers={}
    )
    if not parsed.get("version") and not parsed.entries:
        head = body[:512].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
            raise _NotAFeed("not a feed: the server sent an HTML page")
        reason = parsed.get("bozo_exception")
        raise _NotAFeed(f"not a feed: {_one_line(reason) or 'no entries found'}")
    if parsed.get("bozo"):
        notes.append(f"malformed feed salvaged: {_one_line(parsed.get('bozo_exception'))}")
    ttl = parsed.feed.get("ttl")
    atom = str(parsed.get("version", "")).startswith("atom")
    return _Document(
        title=_detail_markup(parsed.feed, "title", atom),
        entries=list(_feedparser_entries(parsed)),
        ttl=ttl if isinstance(ttl, str) else None,
    )


def _article(entry: _Entry, source: FeedSource, now: datetime) -> Article | None:
    html = entry.html
    text = strip_feed_footer(html_to_text(html)) if html else ""
    title = plain_title(entry.title)
    # javascript:, data:, tag:, relative, a broken host ("http://example.c[o.test/"): nothing a
    # reader could follow, and nothing to pass on
    link = safe_url(entry.link)
    guid = entry.guid.strip()
    if not (title or text or link):
        return None
    if not title:
        # Scripting News style entries: no title, the text is the post. Use its opening words;
        # with no text either, the address is all there is to call it by.
        words = text.split()
        title = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
        title = title or link.split("://", 1)[-1].rstrip("/")
    image, image_width = _pick_image(entry.media, html)
    content_hash = _content_hash(title, text, image, link)
    key = guid or link or content_hash
    category = (entry.category or "").strip()
    published = entry.date or now
    return Article(
        id=_stable_id(source.url, key),
        feed_url=source.url,
        source=source.name,
        section=source.section or category or source.name,
        title=title,
        url=link,
        published=min(published, now),  # a date in the future is a feed's mistake
        text=text,
        guid=guid,
        content_hash=content_hash,
        is_teaser=bool(link) and looks_like_teaser(text),
        image=image,
        image_width=image_width,
    )


def _content_hash(title: str, text: str, image: str, link: str) -> str:
    """What makes two entries the same story when their ids differ (a feed that re-issues guids).

    Title and text, and the picture: a webcomic's posts are all titled "Photo" with no text, and
    each is its picture. With no text at all the link stands in for it, or every untitled link
    post would be one. Entries without a picture, with text, hash as before this rule.
    """
    parts = [title, text]
    if image:
        parts.append(image)
    if not text:
        parts.append(link)
    return _stable_id(*parts)


def _one_line(value: object) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip()[:200]
