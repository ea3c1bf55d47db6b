"""OPML subscription lists ↔ feed entries.

An OPML file comes from another reader, or from a stranger: it is parsed with defusedxml, which
refuses entity declarations and external references (billion laughs, XXE) instead of expanding
them, and only http(s) feed URLs are taken (a `file:///etc/passwd` "feed" is refused: config.yaml
reads any non-URL as a local file path).

Pure: bytes in, values out; no disk, network or clock.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from urllib.parse import urlsplit

import defusedxml
import defusedxml.ElementTree as DefusedET


class OpmlError(ValueError):
    """The file is not OPML we can read; the message says why in one line."""


@dataclass(frozen=True)
class OpmlFeed:
    """One subscription."""

    url: str  # the feed's http(s) URL (xmlUrl)
    name: str | None = None  # text / title attribute
    section: str | None = None  # the title of the folder outline around it


@dataclass(frozen=True)
class OpmlDocument:
    """What an OPML file held."""

    title: str
    feeds: tuple[OpmlFeed, ...]
    problems: tuple[str, ...] = ()  # outlines skipped, one line each


def _label(outline: ET.Element) -> str | None:
    value = (outline.get("text") or outline.get("title") or "").strip()
    return " ".join(value.split()) or None


def _walk(parent: ET.Element, section: str | None) -> Iterator[tuple[ET.Element, str | None]]:
    for outline in parent.findall("outline"):
        if outline.get("xmlUrl") is not None:
            yield outline, section
        # a folder's title becomes the section of the feeds inside it; a feed with children
        # (rare) keeps the section it is in
        inner = section if outline.get("xmlUrl") is not None else (_label(outline) or section)
        yield from _walk(outline, inner)


def parse_opml(data: bytes) -> OpmlDocument:
    """Read an OPML 1.0/2.0 subscription list; raise OpmlError when it cannot be read."""
    try:
        root = DefusedET.fromstring(data)
    except defusedxml.DefusedXmlException as exc:
        raise OpmlError(
            f"refused: the file declares entities or external references ({type(exc).__name__})"
        ) from None
    except ET.ParseError as exc:
        raise OpmlError(f"not well-formed XML: {exc}") from None
    if root.tag != "opml":
        raise OpmlError(f"not an OPML file: the root element is <{root.tag}>, not <opml>")
    body = root.find("body")
    if body is None:
        raise OpmlError("not an OPML file: no <body>")
    title = " ".join((root.findtext("head/title") or "").split())
    feeds: list[OpmlFeed] = []
    problems: list[str] = []
    seen: set[str] = set()
    for outline, section in _walk(body, None):
        url = (outline.get("xmlUrl") or "").strip()
        name = _label(outline)
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            problems.append(f"skipped {name or 'an outline'}: {url!r} is not an http(s) feed URL")
            continue
        if url in seen:
            problems.append(f"skipped {name or url}: listed twice")
            continue
        seen.add(url)
        feeds.append(OpmlFeed(url=url, name=name, section=section))
    return OpmlDocument(title=title, feeds=tuple(feeds), problems=tuple(problems))


def build_opml(feeds: Iterable[OpmlFeed], title: str, now: datetime | None = None) -> bytes:
    """An OPML 2.0 document: feeds grouped in one folder outline per section, in order."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    if now is not None:
        ET.SubElement(head, "dateCreated").text = format_datetime(now)
    body = ET.SubElement(root, "body")
    folders: dict[str, ET.Element] = {}
    for feed in feeds:
        parent = body
        if feed.section:
            if feed.section not in folders:
                folders[feed.section] = ET.SubElement(
                    body, "outline", text=feed.section, title=feed.section
                )
            parent = folders[feed.section]
        label = feed.name or feed.url
        ET.SubElement(parent, "outline", type="rss", text=label, title=label, xmlUrl=feed.url)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
