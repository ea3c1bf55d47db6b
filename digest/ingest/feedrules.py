"""feedparser's entry rules, read off an lxml tree.

feedparser decides an entry's title, link, id, body and category with a SAX state machine, and
its choices are not the obvious ones: the first non-empty title at the shallowest depth wins and
`media:title` only stands in; a second description becomes content; a `<div>` inside content
declared as escaped HTML is TypePad's wrapper, but any other element turns the rest into XHTML
(text escaped from then on); a later `<link>` replaces an earlier one; `guid` is the link only
when nothing else is. `ingest.parse` reads well-formed feeds with lxml (several times faster)
and must give the same articles whichever reader read a feed, so this module ports those rules,
one function per feedparser handler, and names elements the way feedparser does (with its own
namespace table). `tests/test_parse_differential.py` holds the two readers to agreement.

What is not ported, on purpose (the deliberate differences listed in `ingest.parse`): feedparser's
end handlers that fire for feed-like element names inside inline markup, xml:base leaking from
an element into its following siblings, an empty href resolved to the feed's own address. Not
ported for want of a case: the title and link rules inside an entry's <image> or <textinput>
(skipped here) and the handlers feedparser would run for elements inside content declared as
some XML type other than XHTML (their text is dropped here, as there).
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from dataclasses import dataclass, field

from lxml import etree

from digest.ingest.chardet_deferred import defer_chardet

defer_chardet()  # before feedparser's import: chardet at its first guess
from feedparser.api import StrictFeedParser  # noqa: E402
from feedparser.html import _cp1252 as CP1252  # noqa: E402
from feedparser.urls import _urljoin  # noqa: E402

TEXT_TYPE = "text/plain"
HTML_TYPE = "text/html"
XHTML_TYPE = "application/xhtml+xml"
HTML_TYPES = frozenset({HTML_TYPE, XHTML_TYPE})
_COPY_TO_SUMMARY = HTML_TYPES | {TEXT_TYPE}

# Namespace URI (lower case) -> the prefix feedparser names its elements with ("" for RSS/Atom).
_PREFIXES: dict[str, str] = {uri.lower(): p for uri, p in StrictFeedParser.namespaces.items()}
_USERLAND = "backend.userland.com/rss"
_by_tag: dict[str, str] = {}
_by_prefix: dict[tuple[str, str | None], str] = {}
_NAMES_CAP = 4096  # hostile feeds may invent namespaces without end
_C1 = re.compile("[\x80-\x9f]")
_ENTITY_LIKE = re.compile(r"&([A-Za-z0-9_]+);")
looks_like_html = StrictFeedParser.looks_like_html


def fp_name(el: etree._Element) -> str:
    """The element's name as feedparser dispatches on it: "title", "dc:title", "media:title"."""
    tag = str(el.tag)  # an element's tag is text (comments and PIs never get here)
    return _by_tag.get(tag) or _name(el, tag)


def _name(el: etree._Element, tag: str) -> str:
    """Names in known namespaces depend on the tag alone and are cached by it; in a namespace
    feedparser does not know, it uses the document's prefix."""
    if len(_by_tag) + len(_by_prefix) > _NAMES_CAP:
        _by_tag.clear()
        _by_prefix.clear()
    if not tag.startswith("{"):
        name = _by_tag[tag] = tag.lower()
        return name
    key = (tag, el.prefix)
    if (known := _by_prefix.get(key)) is not None:
        return known
    uri, local = tag[1:].split("}", 1)
    lower = uri.lower()
    if _USERLAND in lower:
        lower = "http://backend.userland.com/rss"
    prefix = _PREFIXES.get(lower)
    if prefix is not None:
        name = _by_tag[tag] = (f"{prefix}:{local}" if prefix else local).lower()
        return name
    name = _by_prefix[key] = (f"{el.prefix}:{local}" if el.prefix else local).lower()
    return name


def fp_attrs(el: etree._Element) -> dict[str, str]:
    """Attributes as feedparser sees them: names lower case and prefixed, rel/type lower case."""
    out: dict[str, str] = {}
    for key, value in el.items():
        if key.startswith("{"):
            uri, local = key[1:].split("}", 1)
            prefix = _PREFIXES.get(uri.lower(), "")
            key = f"{prefix}:{local}" if prefix else local
        key = key.lower()
        out[key] = value.lower() if key in ("rel", "type") else value
    return out


_SHORT_TYPES = {"text": TEXT_TYPE, "plain": TEXT_TYPE, "html": HTML_TYPE, "xhtml": XHTML_TYPE}


def map_content_type(value: str) -> str:
    value = value.lower()
    return _SHORT_TYPES.get(value, value)


def fix_text(value: str, utf8: bool) -> str:
    """feedparser's two text repairs: UTF-8 read as Latin-1, and cp1252 code points."""
    if value.isascii():
        return value
    if utf8:
        try:
            value = value.encode("iso-8859-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    # str.translate with a dict is slow on long text: only when a C1 control is there to map.
    return value.translate(CP1252) if _C1.search(value) else value


def as_markup(value: str, content_type: str | None, atom: bool) -> str:
    """A value as markup for `html_to_text`: Atom text constructs declared text stay text.

    Atom says what a value is (RFC 4287 3.1: type="text" is the default and means no markup), so
    "Why <script> tags block rendering" is a title, not a script. Feeds do put entities
    (`&amp;rsquo;`) and simple markup in type="text", so feedparser's own looks-like-HTML test
    decides, as feedparser does for RSS. RSS cannot declare a type: RSS values are always read as
    markup, and a tag in them never reaches a reader (tests/test_hostile.py).
    """
    if not atom or content_type != TEXT_TYPE or ("<" not in value and "&" not in value):
        return value  # (nothing to escape: ">" alone reads the same either way)
    return value if looks_like_html(value) else html.escape(value, quote=False)


def pick_body(
    contents: list[tuple[str, str | None]], summary: str, summary_type: str | None, atom: bool
) -> str:
    """The richest body: the longest content, else the summary if longer (both readers)."""
    best, best_type = max(contents, key=lambda c: len(c[0]), default=("", None))
    if len(best) >= len(summary):
        return as_markup(best, best_type, atom)
    return as_markup(summary, summary_type, atom)


# -- a value: feedparser's pop() -----------------------------------------------------------------


def content_value(
    el: etree._Element, default_type: str, atom: bool, utf8: bool
) -> tuple[str, str, int]:
    """The value and final type of a text construct (title, summary, content, ...), and how
    many levels of depth feedparser lost reading it (see `_Content.leaked`).

    Escaped markup stays as written; child elements are serialised feedparser's way: a <div> in
    content declared as HTML is transparent (TypePad), any other element makes the content XHTML,
    whose text is then escaped; an Atom XHTML value loses its one wrapping <div>; base64 content
    is decoded.
    """
    declared = el.get("type")
    ctype = map_content_type(declared if declared is not None else default_type)
    is_base64 = el.get("mode") == "base64" or not (
        ctype.startswith("text/") or ctype.endswith("+xml") or ctype.endswith("/xml")
    )
    leaked = 0
    if len(el) == 0:
        text = el.text or ""
        output = (xml_escape(text) if ctype == XHTML_TYPE else text).strip()
    else:
        content = _Content(ctype)
        content.data(el.text)
        for child in el:
            content.emit(child)
        ctype, leaked = content.type, content.leaked
        parts = _unwrap_div(content.parts) if atom and ctype == XHTML_TYPE else content.parts
        output = "".join(parts).strip()
    if is_base64 and output:
        try:
            output = base64.decodebytes(output.encode("utf8")).decode("utf8")
        except (binascii.Error, binascii.Incomplete, UnicodeDecodeError):
            pass
    return fix_text(output, utf8), ctype, leaked


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _strattrs(el: etree._Element) -> str:
    return "".join(
        f' {k}="{xml_escape(v).replace(chr(34), "&quot;")}"' for k, v in fp_attrs(el).items()
    )


class _Content:
    """Child elements of a value, as feedparser's start/end handlers write them out."""

    def __init__(self, content_type: str) -> None:
        self.type = content_type
        self.parts: list[str] = []
        # feedparser's end handler returns early for TypePad's <div> without counting the depth
        # back down: every later element of the entry is one level deeper, which decides which
        # of two descriptions or titles is kept.
        self.leaked = 0

    def data(self, text: str | None) -> None:
        if text:
            self.parts.append(xml_escape(text) if self.type == XHTML_TYPE else text)

    def emit(self, el: etree._Element) -> None:
        if not isinstance(el.tag, str):  # an entity left in the tree: its text is the tail's
            self.data(el.tail)
            return
        name = fp_name(el)
        local = name.rsplit(":", 1)[-1]
        is_div = name in ("div", "xhtml:div")
        if not self.type.endswith("xml") and not is_div:
            self.type = XHTML_TYPE  # "declared itself as escaped markup, but it isn't really"
        if self.type == XHTML_TYPE:
            self.parts.append(f"<{local}{_strattrs(el)}>")
        elif self.type.endswith("xml"):  # text/xml and the like: feedparser reads feed elements
            self.foreign(el, True)
            return
        self.data(el.text)
        for child in el:
            self.emit(child)
        if self.type == XHTML_TYPE:
            self.parts.append(f"</{local}>")
        elif is_div:
            self.leaked += 1
        self.data(el.tail)

    def foreign(self, el: etree._Element, sink: bool) -> None:
        """An element feedparser dispatches as a feed element: one without attributes gets a
        field of its own (its text leaves the content); one with attributes leaves its text
        where it is. `sink`: the text around this element belongs to the content."""
        own = sink and bool(el.attrib)
        if own:
            self.data(el.text)
        for child in el:
            self.foreign(child, own)
        if sink:
            self.data(el.tail)


def _unwrap_div(parts: list[str]) -> list[str]:
    """feedparser's removal of the <div> that wraps an Atom XHTML value (and only that)."""
    while len(parts) > 1 and not parts[-1].strip():
        del parts[-1]
    while len(parts) > 1 and not parts[0].strip():
        del parts[0]
    if parts and (parts[0] == "<div>" or parts[0].startswith("<div ")) and parts[-1] == "</div>":
        depth = 0
        for piece in parts[:-1]:
            if piece.startswith("</"):
                depth -= 1
                if depth == 0:
                    return parts
            elif piece.startswith("<") and not piece.endswith("/>"):
                depth += 1
        return parts[1:-1]
    return parts


def resolve(base: str, uri: str) -> str:
    """feedparser's `_urljoin`, skipped when it would change nothing (no base, no `:///`)."""
    if not base and ":///" not in uri:
        return uri
    return _urljoin(base, uri)


def plain_value(el: etree._Element, utf8: bool, base: str | None = None) -> str:
    """A non-text-construct value (link, id, date, category): its own text, stripped; resolved
    against xml:base when `base` is given (feedparser's "can be relative" elements)."""
    if len(el):
        value = (el.text or "") + "".join(child.tail or "" for child in el)
    else:
        value = el.text or ""
    value = value.strip()
    if base is not None and value:
        value = resolve(base, value)
    return fix_text(value, utf8)


# -- an entry: feedparser's handlers -------------------------------------------------------------


@dataclass
class EntryFields:
    """What feedparser would report for one entry, before our own sanitising."""

    title: str = ""
    title_type: str | None = None
    link: str | None = None
    guid: str = ""
    contents: list[tuple[str, str | None]] = field(default_factory=list)
    summary: str | None = None
    summary_type: str | None = None
    tags: list[tuple[str | None, str | None, str | None]] = field(default_factory=list)
    # pictures named outside the HTML, as feedparser lists them: media:content, media:thumbnail,
    # enclosures (<enclosure> and <link rel="enclosure">); each (url, attributes)
    media_content: list[dict[str, str]] = field(default_factory=list)
    media_thumbnail: list[dict[str, str]] = field(default_factory=list)
    enclosures: list[dict[str, str]] = field(default_factory=list)
    published: str | None = None  # the last value of each date element kind, unparsed
    updated: str | None = None
    created: str | None = None
    # feedparser's bookkeeping
    title_depth: int | None = None
    title_block: int = -1
    summary_depth: int | None = None
    guid_depth: int | None = None
    has_content: bool = False

    @property
    def category(self) -> str | None:
        return next((term for term, _, _ in self.tags if term), None)


_TITLE = frozenset({"title", "dc:title"})
_DESCRIPTION = frozenset({"description", "dc:description", "media:description"})
_SUMMARY = frozenset({"summary", "itunes:summary"})
_CONTENT_HTML = frozenset({"content:encoded", "fullitem"})
_BODY = frozenset({"body", "xhtml:body"})
_CATEGORY = frozenset({"category", "keywords", "dc:subject", "media:category"})
_PUBLISHED = frozenset({"pubdate", "published", "issued", "dcterms:issued"})
_UPDATED = frozenset({"updated", "modified", "lastbuilddate", "dc:date", "dcterms:modified"})
_CREATED = frozenset({"created", "dcterms:created"})
ENTRY_NAMES = frozenset({"item", "entry"})
_ITUNES = "http://www.itunes.com/"
_MRSS_CATEGORY = "http://search.yahoo.com/mrss/category_schema"


class _Reader:
    """One entry's walk: every descendant in document order, as feedparser's SAX events."""

    def __init__(self, atom: bool, utf8: bool) -> None:
        self.atom = atom
        self.utf8 = utf8
        self.f = EntryFields()
        self.shift = 0  # depth feedparser lost to TypePad <div>s so far (`_Content.leaked`)

    def read(self, item: etree._Element) -> EntryFields:
        about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
        if about:
            self.f.guid = about
        href = item.get("href")
        if href:  # CDF: the item's href is its link
            self.f.link = self._link_text(href.strip(), item.base or "")
        self._walk(item, 1)
        return self.f

    def _walk(self, el: etree._Element, depth: int) -> bool:
        """Dispatch each child on feedparser's name for it; unknown ones are read inside.
        False once a nested entry starts (feedparser ends the outer one there)."""
        for child in el:
            tag = child.tag
            if tag.__class__ is not str:  # an entity reference
                continue
            name = _by_tag.get(tag) or _name(child, tag)
            if name in ENTRY_NAMES:
                return False
            handler = _HANDLERS.get(name)
            if handler is None:
                if not self._walk(child, depth + 1):
                    return False
            elif handler(self, child, name, depth) is False:
                return False
        return True

    def _on_title(self, el: etree._Element, name: str, depth: int) -> None:
        value, ctype, leaked = content_value(el, TEXT_TYPE, self.atom, self.utf8)
        self.shift += leaked
        self._title(value, ctype, depth + self.shift, media=name == "media:title")

    def _on_link(self, el: etree._Element, name: str, depth: int) -> bool:
        return self._link(el, depth)

    def _on_guid(self, el: etree._Element, name: str, depth: int) -> None:
        self._guid(el, depth + self.shift)

    def _on_content(self, el: etree._Element, name: str, depth: int) -> None:
        if name in _BODY:
            self._content(el, XHTML_TYPE)
        else:
            self.f.has_content = True
            self._content(el, TEXT_TYPE if name == "content" else HTML_TYPE)

    def _on_keywords(self, el: etree._Element, name: str, depth: int) -> None:
        scheme = _ITUNES if name == "itunes:keywords" else None
        for term in plain_value(el, self.utf8).split(","):
            if term.strip():
                self._tag(term.strip(), scheme, None)

    def _on_date(self, el: etree._Element, name: str, depth: int) -> None:
        value = plain_value(el, self.utf8)
        if name in _PUBLISHED:
            self.f.published = value
        elif name in _UPDATED:
            self.f.updated = value
        else:
            self.f.created = value

    def _on_media_content(self, el: etree._Element, name: str, depth: int) -> bool:
        self.f.media_content.append(fp_attrs(el))
        return self._walk(el, depth + 1)

    def _on_media_thumbnail(self, el: etree._Element, name: str, depth: int) -> None:
        attrs = fp_attrs(el)
        if "url" not in attrs and (text := plain_value(el, self.utf8)):
            attrs["url"] = text
        self.f.media_thumbnail.append(attrs)

    def _on_enclosure(self, el: etree._Element, name: str, depth: int) -> None:
        self.f.enclosures.append(_enforce_href(fp_attrs(el)))

    def _on_source(self, el: etree._Element, name: str, depth: int) -> None:
        self.f.title_block = -1
        self._source(el, depth)

    def _on_skipped(self, el: etree._Element, name: str, depth: int) -> None:
        """<image>, <textinput> in an entry: their titles and links are not the entry's."""
        self.f.title_block = -1

    def _title(self, value: str, ctype: str, depth: int, media: bool) -> None:
        """The first non-empty title at the shallowest depth; media:title never blocks."""
        f = self.f
        if not -1 < f.title_block <= depth:
            if f.title_depth is None or depth <= f.title_depth:
                f.title, f.title_depth = value, depth
            f.title_type = ctype
        if value and not media:  # feedparser sets this even for a title it did not keep
            f.title_block = depth

    def _source(self, el: etree._Element, depth: int) -> None:
        """Another feed's title and link: not this entry's, but a title in it still blocks
        later titles at its depth or deeper (feedparser's title depth)."""
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if fp_name(child) in _TITLE:
                value, _, leaked = content_value(child, TEXT_TYPE, self.atom, self.utf8)
                self.shift += leaked
                if value:
                    self.f.title_block = depth + 1 + self.shift
            else:
                self._source(child, depth + 1)

    def _link(self, el: etree._Element, depth: int) -> bool:
        """An Atom-style link (href) counts at its start, a link as text at its end; what is
        inside either is read too (the BBC nests media:content in <link>)."""
        attrs = _enforce_href(fp_attrs(el))
        rel = attrs.setdefault("rel", "alternate")
        kind = attrs.setdefault("type", "application/atom+xml" if rel == "self" else HTML_TYPE)
        href = attrs.get("href")
        if href is not None and not href.strip() and rel == "alternate":
            # Deliberate difference (digest.ingest.parse, 3): an empty href is no link. feedparser
            # resolves it to the feed's own address, which every such entry then shares (and
            # the store keeps one of them); as with no <link>, the permalink id stands in.
            return self._walk(el, depth + 1)
        if href is not None:
            href = attrs["href"] = resolve(el.base or "", href)
            if rel == "enclosure":
                self.f.enclosures.append(attrs)
            elif rel == "alternate" and map_content_type(kind) in HTML_TYPES:
                self.f.link = href
            return self._walk(el, depth + 1)
        going = self._walk(el, depth + 1)
        self.f.link = self._link_text(plain_value(el, self.utf8, el.base or ""), None)
        return going

    @staticmethod
    def _link_text(value: str, base: str | None) -> str:
        """feedparser's repair of `&amp;` in <link> text (query strings written `&amp;amp;`)."""
        if base is not None:
            value = resolve(base, value)
        if "&" not in value:
            return value
        return _ENTITY_LIKE.sub(r"&\g<1>", value.replace("&amp;", "&"))

    def _guid(self, el: etree._Element, depth: int) -> None:
        f = self.f
        is_link = fp_attrs(el).get("ispermalink", "true") == "true"
        value = plain_value(el, self.utf8, (el.base or "") if is_link else None)
        if f.guid_depth is None or depth <= f.guid_depth:
            f.guid, f.guid_depth = value, depth
        if is_link and f.link is None:
            f.link = value

    def _on_summary(self, el: etree._Element, name: str, depth: int) -> None:
        f = self.f
        if name != "abstract" and f.summary is not None and not f.has_content:
            f.has_content = True  # a second description is the content
            self._content(el, TEXT_TYPE)
            return
        default = HTML_TYPE if name in _DESCRIPTION else TEXT_TYPE
        value, ctype, leaked = content_value(el, default, self.atom, self.utf8)
        self.shift += leaked
        depth += self.shift
        if f.summary_depth is None or depth <= f.summary_depth:
            f.summary, f.summary_depth = value, depth
        f.summary_type = ctype

    def _content(self, el: etree._Element, default: str) -> None:
        f = self.f
        value, ctype, leaked = content_value(el, default, self.atom, self.utf8)
        self.shift += leaked
        f.contents.append((value, ctype))
        if f.summary is None and ctype in _COPY_TO_SUMMARY:
            f.summary = value

    def _on_category(self, el: etree._Element, name: str, depth: int) -> bool:
        attrs = fp_attrs(el)
        if name == "itunes:category":
            self._tag(attrs.get("text"), _ITUNES, None)
        else:
            scheme = attrs.get("scheme", attrs.get("domain"))
            if name == "media:category" and scheme is None:
                scheme = _MRSS_CATEGORY
            self._tag(attrs.get("term"), scheme, attrs.get("label"))
        going = self._walk(el, depth + 1)
        value = plain_value(el, self.utf8)
        if value:
            tags = self.f.tags
            if tags and not tags[-1][0]:
                tags[-1] = (value, tags[-1][1], tags[-1][2])
            else:
                self._tag(value, None, None)
        return going

    def _tag(self, term: str | None, scheme: str | None, label: str | None) -> None:
        if not (term or scheme or label):
            return
        value = (term, scheme, label)
        if value not in self.f.tags:
            self.f.tags.append(value)


_HANDLERS = {
    **dict.fromkeys(_TITLE | {"media:title"}, _Reader._on_title),
    "link": _Reader._on_link,
    "guid": _Reader._on_guid,
    "id": _Reader._on_guid,
    **dict.fromkeys(_DESCRIPTION | _SUMMARY | {"abstract"}, _Reader._on_summary),
    **dict.fromkeys(_CONTENT_HTML | _BODY | {"content"}, _Reader._on_content),
    **dict.fromkeys(_CATEGORY | {"itunes:category"}, _Reader._on_category),
    "itunes:keywords": _Reader._on_keywords,
    "media:keywords": _Reader._on_keywords,
    **dict.fromkeys(_PUBLISHED | _UPDATED | _CREATED, _Reader._on_date),
    "media:content": _Reader._on_media_content,
    "media:thumbnail": _Reader._on_media_thumbnail,
    "enclosure": _Reader._on_enclosure,
    "source": _Reader._on_source,
    "image": _Reader._on_skipped,
    "textinput": _Reader._on_skipped,
}


def _enforce_href(attrs: dict[str, str]) -> dict[str, str]:
    """feedparser's `_enforce_href`: url= or uri= stand for href=."""
    href = attrs.get("url", attrs.get("uri", attrs.get("href")))
    if href:
        attrs.pop("url", None)
        attrs.pop("uri", None)
        attrs["href"] = href
    return attrs


def read_entry(item: etree._Element, atom: bool, utf8: bool) -> EntryFields:
    """feedparser's view of one <item> / <entry>."""
    return _Reader(atom, utf8).read(item)
