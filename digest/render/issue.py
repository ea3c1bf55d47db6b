"""Render an issue once: Jinja2 → MJML → HTML (mjml-python) → CSS inlined (premailer).

    context  = view of the issue (feed text cleaned, URLs checked, text-link numbers assigned)
    mjml     = Jinja2(digest.mjml.j2, context)                  autoescape on
    css      = the <mj-style inline="inline"> blocks, cut out of mjml
    html     = mjml2html(mjml)                                  MJML's own <style> blocks untouched
    html     = inline(html, css)                                premailer, on a minimal document
    text     = Jinja2(digest.txt.j2, context)                   wrapped at 72 columns
    web_html = the same without placeholders and with every story

The output carries PLACEHOLDER_NAME / PLACEHOLDER_UNSUBSCRIBE where the per-subscriber values go;
`message.personalise` swaps them with str.replace, so one render serves every subscriber.

Why inlining is done this way: mjml-python (mrml) does not inline `<mj-style inline="inline">`; it
emits it as a plain `<style>`. Running premailer over the whole document inlines MJML's own rules
into every element as well (+5 KB on these templates, ~20 KB on a plainer one), rewrites its media
queries, drops the lowercase doctype and strips `!important` (so the mobile and dark-mode queries
lose to the inline styles). So only the inline-marked CSS is applied, and only to the elements it
selects. Its selectors are restricted to `tag`, `.class` and `tag.class`, so an element's result
depends on its tag, class and style alone: premailer computes it once per distinct (tag, class,
style) on a minimal document, and the result is cached and written back into the start tags. A
test checks the outcome equals premailer run over the whole document with MJML's styles ignored.
"""

from __future__ import annotations

import html as html_lib
import json
import logging
import os
import re
import tempfile
import threading
import traceback
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

import jinja2
import yaml
from mjml import mjml2html

from digest.model.errors import ConfigError
from digest.model.types import (
    PLACEHOLDER_NAME,
    PLACEHOLDER_UNSUBSCRIBE,
    PLACEHOLDERS,
    DigestItem,
    Issue,
    RelatedLink,
    RenderedDigest,
    Section,
)
from digest.render import TEMPLATES
from digest.text.sanitize import MAX_IMAGE_WIDTH, safe_url, text_from_html

log = logging.getLogger("digest.render.issue")


HTML_TEMPLATE = "digest.mjml.j2"
TEXT_TEMPLATE = "digest.txt.j2"
THEME_FILE = "theme.yaml"
TEXT_WIDTH = 72
DEFAULT_TEMPLATES_DIR = TEMPLATES
PREHEADER_STORIES = 3
PREHEADER_MAX = 150  # most clients show 90–140 characters of it
MIN_CONTRAST = 4.5  # WCAG 2.x AA for body text

# Options premailer runs with. Network off: no remote CSS is ever fetched. `!important` kept.
# width/height are not copied into attributes (premailer would turn `height:auto` into
# height="auto" on images); align/valign/bgcolor still are, for Outlook.
PREMAILER_OPTIONS: dict[str, Any] = {
    "allow_network": False,
    "strip_important": False,
    "disable_link_rewrites": True,
    "exclude_pseudoclasses": True,
    "disable_leftover_css": True,
    "disable_basic_attributes": ["width", "height"],
    "cssutils_logging_level": logging.CRITICAL,
}


@dataclass(frozen=True)
class RenderOptions:
    """How to render: the digest's name and address, theme, and email limits."""

    title: str
    base_url: str  # the web site's root; "view in browser" is {base_url}/issues/{issue.id}
    theme_dir: Path | None = None  # overrides any subset of templates/ files, plus theme.yaml
    max_items_in_email: int = 30  # above it the email shows the first N and links the rest
    images: bool = False  # show the stories' pictures (feed images are optional per config)
    lang: str = "en"  # <html lang>
    # Where compiled templates and premailer's results are kept between processes (speed only:
    # the output is the same without it). None: kept in memory only.
    cache_dir: Path | None = None


# --------------------------------------------------------------------------------------------
# The view the templates see (documented in templates/README.md)


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


# --------------------------------------------------------------------------------------------
# Filters


def date_long(value: datetime) -> str:
    """Like "Saturday, 28 November 2026", in UTC: one render serves every time zone."""
    value = value.astimezone(UTC) if value.tzinfo else value
    return f"{value:%A}, {value.day} {value:%B %Y}"


def date_short(value: datetime) -> str:
    """Like "28 Nov 2026", in UTC."""
    value = value.astimezone(UTC) if value.tzinfo else value
    return f"{value.day} {value:%b %Y}"


_NBSP = "\u00a0"
_BREAKABLE = re.compile(r"[ \t\r\f\v]+")


def wrap(text: object, width: int = TEXT_WIDTH, indent: str = "") -> str:
    """Greedy word wrap of each line at `width` columns.

    A word longer than the line (a URL) is never broken. A no-break space glues words together
    (see `with_ref`) and comes out as a plain space.
    """
    out: list[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in _BREAKABLE.split(paragraph.strip()):
            if not word:
                continue
            if line and len(indent) + len(line) + 1 + len(word) > width:
                out.append(indent + line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(indent + line if line else "")
    return "\n".join(out).replace(_NBSP, " ")


def with_ref(text: object, ref: int) -> str:
    """`text [ref]` with the number glued to the last word, so wrapping never orphans it."""
    return f"{text}{_NBSP}[{ref}]" if ref else str(text)


_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def _tidy_text(text: str) -> str:
    """Trailing spaces off, blank-line runs to one: text templates can then be written freely."""
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"


# --------------------------------------------------------------------------------------------
# Theme

_COLOUR_KEYS = ("brand", "on_brand", "background", "surface", "text", "muted", "link", "border")
_THEME_SCHEMA: dict[str, tuple[str, ...]] = {
    "colors": _COLOUR_KEYS,
    "dark": _COLOUR_KEYS,
    "fonts": ("body", "heading"),
    "logo": ("url", "width", "alt"),
}
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_FONT = re.compile(r"[-\w ,.]+")
# (foreground, background, where) pairs that carry text, per palette. In the dark palette the
# section headings and labels use `link`, not `brand` (see base.mjml.j2's dark styles).
CONTRAST_PAIRS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "colors": (
        ("text", "surface", "story text"),
        ("muted", "surface", "source and date"),
        ("link", "surface", "links"),
        ("brand", "surface", "section headings"),
        ("muted", "background", "footer text"),
        ("link", "background", "footer links"),
        ("on_brand", "brand", "title on the band"),
    ),
    "dark": (
        ("text", "surface", "story text"),
        ("muted", "surface", "source and date"),
        ("link", "surface", "links and section headings"),
        ("muted", "background", "footer text"),
        ("link", "background", "footer links"),
        ("on_brand", "brand", "title on the band"),
    ),
}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #rgb / #rrggbb colour."""
    hex_digits = colour.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(ch * 2 for ch in hex_digits)
    r, g, b = (int(hex_digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1.0 to 21.0."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _yaml_key_lines(text: str) -> dict[tuple[str, ...], int]:
    """1-based line of every key path in a YAML mapping, for messages that point at the line."""
    lines: dict[tuple[str, ...], int] = {}

    def walk(node: yaml.Node, path: tuple[str, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                sub = (*path, str(key.value))
                lines[sub] = key.start_mark.line + 1
                walk(value, sub)

    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return lines
    if root is not None:
        walk(root, ())
    return lines


@dataclass(frozen=True)
class _ThemeFile:
    path: Path
    data: dict[str, Any]
    lines: dict[tuple[str, ...], int] = field(default_factory=dict)


def _read_theme_file(path: Path) -> tuple[_ThemeFile | None, list[str]]:
    if not path.is_file():
        return None, []
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return None, [f"{path}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}"]
    if not isinstance(data, dict):
        return None, [f"{path}:1: a theme is a mapping of {', '.join(_THEME_SCHEMA)}"]
    return _ThemeFile(path, data, _yaml_key_lines(text)), []


def _theme_file_problems(theme_file: _ThemeFile) -> list[str]:
    """Unknown keys and malformed values, each with file and line."""
    problems: list[str] = []

    def at(*path: str) -> str:
        line = theme_file.lines.get(path) or theme_file.lines.get(path[:1]) or 1
        return f"{theme_file.path}:{line}"

    for key, value in theme_file.data.items():
        if key == "name":
            continue
        if key not in _THEME_SCHEMA:
            allowed = ", ".join(["name", *_THEME_SCHEMA])
            problems.append(f"{at(key)}: unknown key {key!r}; a theme has {allowed}")
            continue
        if not isinstance(value, dict):
            problems.append(
                f"{at(key)}: {key} must be a mapping of {', '.join(_THEME_SCHEMA[key])}"
            )
            continue
        for sub, sub_value in value.items():
            where = at(key, sub)
            if sub not in _THEME_SCHEMA[key]:
                allowed = ", ".join(_THEME_SCHEMA[key])
                problems.append(f"{where}: unknown key {key}.{sub}; allowed: {allowed}")
            elif key in ("colors", "dark") and not (
                isinstance(sub_value, str) and _HEX.fullmatch(sub_value)
            ):
                problems.append(f'{where}: {key}.{sub} must be a colour like "#1d4e89"')
            elif key == "fonts" and not (isinstance(sub_value, str) and _FONT.fullmatch(sub_value)):
                problems.append(
                    f"{where}: fonts.{sub} must be a list of local font names like "
                    '"Georgia, Times New Roman, serif" (no url(), quotes or web fonts)'
                )
            elif (
                key == "logo"
                and sub == "width"
                and not (isinstance(sub_value, int) and 8 <= sub_value <= MAX_IMAGE_WIDTH)
            ):
                problems.append(f"{where}: logo.width must be a number of px, 8 to 544")
            elif key == "logo" and sub in ("url", "alt") and not isinstance(sub_value, str):
                problems.append(f"{where}: logo.{sub} must be text")
    return problems


def contrast_problems(theme: Mapping[str, Any]) -> list[str]:
    """Text/background pairs of a theme below MIN_CONTRAST, as 'palette.fg on palette.bg' lines."""
    problems = []
    for palette, pairs in CONTRAST_PAIRS.items():
        colours = theme.get(palette, {})
        for fg, bg, where in pairs:
            if fg in colours and bg in colours:
                ratio = contrast_ratio(colours[fg], colours[bg])
                if ratio < MIN_CONTRAST:
                    problems.append(
                        f"{palette}.{fg} on {palette}.{bg} ({where}) has contrast "
                        f"{ratio:.2f}, below {MIN_CONTRAST}"
                    )
    return problems


def _theme_files(templates_dir: Path, theme_dir: Path | None) -> list[Path]:
    paths = [templates_dir / THEME_FILE]
    if not paths[0].is_file():  # a bare templates folder still gets the shipped defaults
        paths = [DEFAULT_TEMPLATES_DIR / THEME_FILE]
    if theme_dir is not None:
        paths.append(theme_dir / THEME_FILE)
    return paths


def _load_theme(templates_dir: Path, theme_dir: Path | None) -> tuple[dict[str, Any], list[str]]:
    """Default theme.yaml merged with the theme's; problems listed, not raised."""
    theme: dict[str, Any] = {}
    problems: list[str] = []
    if theme_dir is not None and not theme_dir.is_dir():
        problems.append(f"{theme_dir}:1: the theme folder does not exist")
    for path in _theme_files(templates_dir, theme_dir):
        theme_file, read_problems = _read_theme_file(path)
        problems += read_problems
        if theme_file is not None:
            problems += _theme_file_problems(theme_file)
            theme = _merge(theme, theme_file.data)
    for key, names in _THEME_SCHEMA.items():
        section = theme.get(key)
        missing = [n for n in names if not isinstance(section, dict) or n not in section]
        if missing:
            problems.append(
                f"{_theme_files(templates_dir, theme_dir)[0]}:1: theme lacks {key}."
                + f", {key}.".join(missing)
            )
    return theme, problems


# --------------------------------------------------------------------------------------------
# CSS inlining

_INLINE_MJ_STYLE = re.compile(
    r"<mj-style\b[^>]*?\binline\s*=\s*[\"']inline[\"'][^>]*>(.*?)</mj-style\s*>", re.S | re.I
)
_TOKEN = re.compile(
    r"<!--.*?-->"  # comments, MSO conditionals included: not elements
    r"|<(style|script|title|textarea)\b[^>]*>.*?</\1\s*>"  # raw text elements
    r"""|<([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""",  # a start tag
    re.S | re.I,
)
_ATTR = re.compile(r"""(\s+)([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_SIMPLE_SELECTOR = re.compile(r"([a-zA-Z][a-zA-Z0-9]*)?((?:\.[-_a-zA-Z0-9]+)*)")


def split_inline_styles(mjml: str) -> tuple[str, str]:
    """The MJML without its `<mj-style inline="inline">` blocks, and their CSS."""
    css: list[str] = []

    def take(match: re.Match[str]) -> str:
        css.append(match.group(1).strip())
        return ""

    return _INLINE_MJ_STYLE.sub(take, mjml), "\n".join(css)


@dataclass(frozen=True)
class InlineSheet:
    """Inline CSS, checked: which tags and classes its selectors name."""

    css: str
    tags: frozenset[str]
    classes: frozenset[str]


_SHEETS: dict[str, InlineSheet] = {}  # checked inline CSS, by its text (also from the disk cache)
_SHEETS_MAX = 32


def compile_inline_css(css: str) -> InlineSheet:
    """Parse and check inline CSS; ValueError names any selector the fast path cannot honour."""
    sheet = _SHEETS.get(css)
    if sheet is None:
        sheet = _compile_inline_css(css)
        if len(_SHEETS) >= _SHEETS_MAX:
            _SHEETS.clear()
        _SHEETS[css] = sheet
    return sheet


def _compile_inline_css(css: str) -> InlineSheet:
    import cssutils  # ~0.05 s to import; not needed when the sheet is in the disk cache

    sheet = cssutils.parseString(css, validate=False)
    tags: set[str] = set()
    classes: set[str] = set()
    bad: list[str] = []
    for rule in sheet.cssRules:
        if rule.type == rule.COMMENT:
            continue
        if rule.type != rule.STYLE_RULE:
            bad.append(rule.cssText.split("{", 1)[0].strip())
            continue
        for selector in rule.selectorList:
            text = selector.selectorText.strip()
            match = _SIMPLE_SELECTOR.fullmatch(text)
            if not text or not match:
                bad.append(text)
                continue
            if match.group(1):
                tags.add(match.group(1).lower())
            else:
                classes.update(c for c in match.group(2).split(".") if c)
    if bad:
        raise ValueError(
            "inline CSS may use only tag, .class and tag.class selectors (put media queries, "
            "pseudo-classes and descendant selectors in a plain <mj-style>): " + ", ".join(bad)
        )
    return InlineSheet(css, frozenset(tags), frozenset(classes))


_Key = tuple[str, str, str]  # (tag, class, style), attribute values unescaped
_INLINE_CACHE: dict[tuple[str, _Key], tuple[tuple[str, str], ...]] = {}
_INLINE_CACHE_MAX = 20_000


def _premailer_changes(css: str, keys: list[_Key]) -> None:
    """Run premailer once over a document of one bare element per key; cache what it changed."""
    from lxml import etree  # premailer (and requests, cssutils): ~0.1 s to import, and its
    from premailer import Premailer  # first run compiles cssutils' regexes: only on a miss

    root = etree.Element("html")
    etree.SubElement(root, "head")
    body = etree.SubElement(root, "body")
    elements = []
    for tag, cls, style in keys:
        attrib = {}
        if cls:
            attrib["class"] = cls
        if style:
            attrib["style"] = style
        elements.append(etree.SubElement(body, tag, attrib))
    Premailer(css_text=css, **PREMAILER_OPTIONS).transform(root)
    if len(_INLINE_CACHE) + len(keys) > _INLINE_CACHE_MAX:
        _INLINE_CACHE.clear()
    for (tag, cls, style), element in zip(keys, elements, strict=True):
        before = {"class": cls, "style": style}
        changes = tuple(
            (name, value)
            for name, value in element.attrib.items()
            if before.get(name, None) != value and value != ""
        )
        _INLINE_CACHE[(css, (tag, cls, style))] = changes
    _DISK.dirty = True


def _attr_value(raw: str | None) -> str:
    if raw is None:
        return ""
    if raw[:1] in "\"'":
        raw = raw[1:-1]
    return html_lib.unescape(raw) if "&" in raw else raw


def _quote_attr(value: str) -> str:
    return '"' + value.replace("&", "&amp;").replace('"', "&quot;") + '"'


def _rewrite_tag(tag: str, attrs: str, changes: tuple[tuple[str, str], ...]) -> str:
    """The start tag with changed attributes replaced in place and new ones appended."""
    stripped = attrs.rstrip()
    end = "/" if stripped.endswith("/") else ""
    if end:
        attrs = stripped[:-1]
    pending = dict(changes)
    parts = [f"<{tag}"]
    for match in _ATTR.finditer(attrs):
        name = match.group(2).lower()
        if name in pending:
            parts.append(f" {name}={_quote_attr(pending.pop(name))}")
        else:
            parts.append(match.group(0))
    parts.extend(f" {name}={_quote_attr(value)}" for name, value in pending.items())
    parts.append(f"{' /' if end else ''}>")
    return "".join(parts)


# Start tags seen before, whole (those without href/src repeat in every issue), to their result.
_TAG_MEMO: dict[tuple[str, str], str] = {}
_TAG_MEMO_MAX = 5_000


def inline_css(html: str, css: str) -> str:
    """Apply `css` (simple selectors only) to the elements it selects, as premailer would.

    Comments (Outlook's conditional tables) and <style> blocks are left exactly as they are.
    """
    if not css.strip():
        return html
    sheet = compile_inline_css(css)
    missing: dict[_Key, None] = {}

    def replace(match: re.Match[str]) -> str:
        tag = match.group(2)
        if tag is None:
            return match.group(0)  # a comment or a raw-text element
        raw = match.group(0)
        memo = _TAG_MEMO.get((css, raw))
        if memo is not None:
            return memo
        attrs = match.group(3)
        name = tag.lower()
        if name not in sheet.tags and "class" not in attrs.lower():
            result = raw
        else:
            # Tokenise the attributes: a value (an alt text) may itself contain "class=".
            values = {m.group(2).lower(): m.group(4) for m in _ATTR.finditer(attrs)}
            cls = _attr_value(values.get("class"))
            if name not in sheet.tags and not sheet.classes.intersection(cls.split()):
                result = raw
            else:
                key = (name, cls, _attr_value(values.get("style")))
                changes = _INLINE_CACHE.get((css, key))
                if changes is None:
                    missing[key] = None
                    return raw
                result = _rewrite_tag(tag, attrs, changes) if changes else raw
        if "href" not in attrs and "src" not in attrs:
            if len(_TAG_MEMO) >= _TAG_MEMO_MAX:
                _TAG_MEMO.clear()
            _TAG_MEMO[(css, raw)] = result
        return result

    out = _TOKEN.sub(replace, html)
    if missing:  # first sight of these elements: compute them all at once, then apply
        _premailer_changes(css, list(missing))
        missing.clear()
        out = _TOKEN.sub(replace, html)
    return out


def premailer_reference(html: str, css: str) -> str:
    """Premailer over the whole document, MJML's own <style> blocks marked ignore.

    Slow (tens of ms); the yardstick the fast `inline_css` is tested against.
    """
    from premailer import Premailer

    marked = re.sub(r"<style\b", '<style data-premailer="ignore"', html)
    out = Premailer(marked, css_text=css, **PREMAILER_OPTIONS).transform(pretty_print=False)
    if html[:15].lower() == "<!doctype html>" and not out[:9].lower().startswith("<!doctype"):
        out = html[:15] + out  # premailer drops a doctype that is not spelled as lxml spells it
    return out


class _DiskCache:
    """Premailer's results (and the checked sheets) kept in a JSON file between processes.

    A fresh `digest send` would otherwise import premailer and cssutils and run them once just
    to find the same few dozen element styles as the last run (~0.2 s of a ~1 s process). The
    file is keyed by the installed premailer and cssutils files and PREMAILER_OPTIONS; entries
    are keyed by the CSS text itself, so a theme or template change simply misses.
    """

    FILE = "inline-css.json"
    MAX_SHEETS = 8

    def __init__(self) -> None:
        self.loaded: set[Path] = set()
        self.dirty = False
        self.lock = threading.Lock()

    @staticmethod
    def stamp() -> list[object]:
        import importlib.util

        parts: list[object] = [1, repr(sorted(PREMAILER_OPTIONS.items()))]
        for name in ("premailer", "cssutils"):
            spec = importlib.util.find_spec(name)
            origin = spec.origin if spec is not None else None
            stat = os.stat(origin) if origin else None
            parts += [origin, stat.st_mtime_ns if stat else 0, stat.st_size if stat else 0]
        return parts

    def load(self, folder: Path) -> None:
        """Read the folder's file once per process (a missing or stale file is no error)."""
        if folder in self.loaded:
            return
        self.loaded.add(folder)
        try:
            data = json.loads((folder / self.FILE).read_text(encoding="utf-8"))
            if data.get("stamp") != json.loads(json.dumps(self.stamp())):
                return
            for entry in data["sheets"]:
                css = entry["css"]
                _SHEETS.setdefault(
                    css, InlineSheet(css, frozenset(entry["tags"]), frozenset(entry["classes"]))
                )
                for tag, cls, style, changes in entry["changes"]:
                    _INLINE_CACHE.setdefault(
                        (css, (tag, cls, style)), tuple((n, v) for n, v in changes)
                    )
        except (OSError, ValueError, KeyError, TypeError):
            log.debug("inline CSS cache in %s unreadable; starting afresh", folder)

    def save(self, folder: Path, css_used: list[str]) -> None:
        """Write the sheets used last (newest first) with their elements, atomically."""
        with self.lock:
            if not self.dirty:
                return
            self.dirty = False
            try:
                cached = list(_INLINE_CACHE.items())
            except RuntimeError:  # another thread is adding entries; the next save gets them
                self.dirty = True
                return
        order = list(dict.fromkeys([*css_used, *_SHEETS]))[: self.MAX_SHEETS]
        by_css: dict[str, list[list[object]]] = {css: [] for css in order}
        for (css, (tag, cls, style)), changes in cached:
            if css in by_css:
                by_css[css].append([tag, cls, style, [list(c) for c in changes]])
        data = {
            "stamp": self.stamp(),
            "sheets": [
                {
                    "css": css,
                    "tags": sorted(_SHEETS[css].tags),
                    "classes": sorted(_SHEETS[css].classes),
                    "changes": by_css[css],
                }
                for css in order
                if css in _SHEETS
            ],
        }
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".inline-css-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump(data, out, ensure_ascii=False)
                os.replace(tmp, folder / self.FILE)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError as exc:
            log.debug("cannot write the inline CSS cache in %s: %s", folder, exc)


_DISK = _DiskCache()


# --------------------------------------------------------------------------------------------
# The renderer


def _environment(
    search_path: list[str], *, autoescape: bool, cache_dir: Path | None = None
) -> jinja2.Environment:
    # auto_reload off: it stats every template at every {% include %}; get_renderer() instead
    # rebuilds the environment when any file in the search path changed.
    # The bytecode cache saves compiling the templates in every new process (~0.05 s); Jinja
    # checks each entry against the template's source. One folder per autoescape setting: the
    # setting is compiled in but is not part of Jinja's cache key.
    bytecode_cache = None
    if cache_dir is not None:
        folder = cache_dir / ("jinja-html" if autoescape else "jinja-text")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if os.access(folder, os.W_OK):  # (Jinja raises if it cannot write an entry)
                bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
        except OSError as exc:
            log.debug("no template cache in %s: %s", folder, exc)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search_path),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        bytecode_cache=bytecode_cache,
    )
    env.filters.update(
        date_long=date_long, date_short=date_short, wrap=wrap, with_ref=with_ref, safe_url=safe_url
    )
    return env


class Renderer:
    """Compiled Jinja environments and the theme for one (templates, theme) pair; reused."""

    def __init__(
        self, templates_dir: Path, theme_dir: Path | None = None, cache_dir: Path | None = None
    ) -> None:
        self.templates_dir = Path(templates_dir)
        self.theme_dir = Path(theme_dir) if theme_dir is not None else None
        self.search_path = [str(p) for p in (self.theme_dir, self.templates_dir) if p is not None]
        self.markup_env = _environment(self.search_path, autoescape=True, cache_dir=cache_dir)
        self.text_env = _environment(self.search_path, autoescape=False, cache_dir=cache_dir)
        self.theme, self.theme_problems = _load_theme(self.templates_dir, self.theme_dir)
        self._theme_mtimes = self._mtimes()
        self.inline_sheets_used: list[str] = []  # newest first, for the disk cache

    def _mtimes(self) -> tuple[tuple[str, int], ...]:
        """Modification times of every template and theme file the renderer reads."""
        stamps = []
        for directory in (self.theme_dir, self.templates_dir):
            if directory is not None and directory.is_dir():
                with os.scandir(directory) as entries:
                    stamps += [(e.path, e.stat().st_mtime_ns) for e in entries if e.is_file()]
        for path in _theme_files(self.templates_dir, self.theme_dir):
            stamps.append((str(path), path.stat().st_mtime_ns if path.is_file() else 0))
        return tuple(sorted(stamps))

    def is_stale(self) -> bool:
        return self._mtimes() != self._theme_mtimes

    def context(
        self,
        issue: Issue,
        options: RenderOptions,
        *,
        web: bool,
        views: list[SectionView] | None = None,
    ) -> dict[str, Any]:
        if self.theme_problems:
            raise ConfigError(self.theme_problems)
        return build_context(issue, options, self.theme, web=web, views=views)

    def mjml(self, context: Mapping[str, Any]) -> str:
        """Jinja2 → MJML source."""
        return self.markup_env.get_template(HTML_TEMPLATE).render(context)

    def text(self, context: Mapping[str, Any]) -> str:
        """Jinja2 → the plain-text part."""
        return _tidy_text(self.text_env.get_template(TEXT_TEMPLATE).render(context))

    @staticmethod
    def compile(mjml: str) -> tuple[str, str]:
        """MJML → HTML (no web fonts), and the inline CSS that was cut out of it."""
        source, css = split_inline_styles(mjml)
        return mjml2html(source, disable_comments=True, fonts={}), css

    def inline(self, html: str, css: str) -> str:
        self.inline_sheets_used = [css, *(c for c in self.inline_sheets_used if c != css)]
        return inline_css(html, css)

    def html(self, context: Mapping[str, Any]) -> str:
        page, css = self.compile(self.mjml(context))
        return self.inline(page, css)


_RENDERERS: dict[tuple[str, str | None, str | None], Renderer] = {}


def get_renderer(
    templates_dir: Path, theme_dir: Path | None = None, cache_dir: Path | None = None
) -> Renderer:
    """The cached Renderer for these folders, rebuilt when any of their files changed."""
    key = (
        str(Path(templates_dir).resolve()),
        str(Path(theme_dir).resolve()) if theme_dir else None,
        str(cache_dir) if cache_dir else None,
    )
    renderer = _RENDERERS.get(key)
    if renderer is None or renderer.is_stale():
        renderer = _RENDERERS[key] = Renderer(Path(templates_dir), theme_dir, cache_dir)
    return renderer


def _template_error(exc: jinja2.TemplateError) -> ConfigError:
    return ConfigError(_describe_template_error(exc))


def render_issue(
    issue: Issue,
    options: RenderOptions,
    *,
    templates_dir: Path = DEFAULT_TEMPLATES_DIR,
    web: bool = True,
) -> RenderedDigest:
    """Render `issue` once: HTML and text with placeholders, and the placeholder-free web page
    (`web=False`: not that page, which sending does not use; `web_html` is then "")."""
    renderer = get_renderer(templates_dir, options.theme_dir, options.cache_dir)
    if options.cache_dir is not None:
        _DISK.load(options.cache_dir)
    try:
        views = section_views(issue.sections, None if web else options.max_items_in_email)
        email = renderer.context(issue, options, web=False, views=views)
        html = renderer.html(email)
        text = renderer.text(email)
        web_html = (
            renderer.html(renderer.context(issue, options, web=True, views=views)) if web else ""
        )
    except jinja2.TemplateError as exc:
        raise _template_error(exc) from exc
    if options.cache_dir is not None and _DISK.dirty:
        _DISK.save(options.cache_dir, renderer.inline_sheets_used)
    return RenderedDigest(
        issue_id=issue.id,
        subject=issue.subject,
        preheader=email["preheader"],
        html=html,
        text=text,
        web_html=web_html,
    )


# --------------------------------------------------------------------------------------------
# Checking templates and themes


def _describe_template_error(exc: Exception) -> str:
    """'file:line: message' for a Jinja error, from the template frame nearest the failure."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}"
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2"):
            return f"{frame.filename}:{frame.lineno}: {exc}"
    return f"<template>:1: {exc}"


def sample_issue(now: datetime | None = None) -> Issue:
    """A small issue using every feature, for checking templates without a store."""
    when = now or datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
    link = RelatedLink("A related story", "https://example.org/related", "Example Times")
    other = RelatedLink("Other coverage", "https://example.net/other", "Example Post")
    items = [
        DigestItem(
            article_id=f"sample-{n}",
            title=f"Sample story {n}",
            url=f"https://example.org/story-{n}",
            source="Example Times" if n % 2 else "Example Post",
            published=when,
            summary=("First sentence of the summary.", "Second sentence."),
            check_also=link if n == 1 else None,
            also=(other,) if n == 1 else (),
        )
        for n in (1, 2, 3)
    ]
    return Issue(
        id="sample-2026-11-28",
        schedule="sample",
        title="Sample digest",
        subject="Sample digest",
        window_start=when,
        window_end=when,
        created_at=when,
        sections=(Section("World", tuple(items[:2])), Section("Technology", tuple(items[2:]))),
    )


def _template_files(templates_dir: Path, theme_dir: Path | None) -> list[Path]:
    files = [p for p in sorted(templates_dir.glob("*.j2"))]
    if theme_dir is not None:
        files += sorted(theme_dir.glob("*.j2"))
    return files


_JINJA_CONSTRUCT = re.compile(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", re.S)
_MARKUP_TAG = re.compile(r"""<(/?)([a-zA-Z][-a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


def unbalanced_tags(path: Path) -> list[str]:
    """'file:line: ...' for tags a template opens and never closes, or closes out of order.

    A static look at the template text (Jinja constructs blanked out), used to point at the
    culprit when MJML only says the document ended early.
    """
    text = path.read_text(encoding="utf-8")
    blanked = _JINJA_CONSTRUCT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    stack: list[tuple[str, int]] = []
    problems = []
    for match in _MARKUP_TAG.finditer(blanked):
        closing, name, rest = match.group(1), match.group(2).lower(), match.group(3)
        line = blanked.count("\n", 0, match.start()) + 1
        if closing:
            if stack and stack[-1][0] == name:
                stack.pop()
            elif any(open_name == name for open_name, _ in stack):
                while stack and stack[-1][0] != name:
                    open_name, open_line = stack.pop()
                    problems.append(f"{path}:{open_line}: <{open_name}> is not closed")
                stack.pop()
            else:
                problems.append(f"{path}:{line}: </{name}> closes nothing")
        elif name not in _VOID and not rest.rstrip().endswith("/"):
            stack.append((name, line))
    problems += [f"{path}:{line}: <{name}> is not closed" for name, line in stack]
    return problems


def _locate_mjml_error(message: str, mjml: str, template_files: list[Path]) -> list[str]:
    """Map mrml's 'at position A:B' in the rendered MJML back to a template line, if it can."""
    match = re.search(r"position (\d+)", message)
    if not match:
        found = [p for path in template_files for p in unbalanced_tags(path)]
        first = template_files[0] if template_files else HTML_TEMPLATE
        return [f"{p} (MJML: {message})" for p in found] or [f"{first}:1: MJML: {message}"]
    offset = int(match.group(1))
    rendered_line = mjml.count("\n", 0, offset) + 1
    line_text = mjml.splitlines()[rendered_line - 1].strip() if mjml else ""
    needle = line_text[:60]
    if needle:
        for path in template_files:
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if needle in line:
                    return [f"{path}:{number}: MJML: {message}"]
    return [f"<rendered MJML>:{rendered_line}: MJML: {message} (line: {line_text[:80]!r})"]


def _output_problems(rendered: RenderedDigest, entry: str) -> list[str]:
    """The rules every theme must keep, checked on the sample render."""
    problems = []
    if PLACEHOLDER_UNSUBSCRIBE not in rendered.html:
        problems.append(f"{entry}:1: the HTML has no unsubscribe link (unsubscribe_url)")
    if PLACEHOLDER_UNSUBSCRIBE not in rendered.text:
        problems.append(f"{entry}:1: the text part has no unsubscribe URL (unsubscribe_url)")
    if len(re.findall(r"<h1\b", rendered.html, re.I)) != 1:
        problems.append(f"{entry}:1: the HTML must have exactly one <h1>")
    for tag in re.findall(r"<img\b[^>]*>", rendered.html, re.I):
        if not re.search(r"\salt=", tag, re.I):
            problems.append(f"{entry}:1: an image has no alt text: {tag[:80]}")
    for text in re.findall(r"<a\b[^>]*>(.*?)</a>", rendered.html, re.I | re.S):
        if re.fullmatch(r"\s*(click here|here|link)\s*", text, re.I):
            problems.append(f"{entry}:1: link text {text.strip()!r} says nothing; name the target")
    return problems


def check_templates(templates_dir: Path, theme_dir: Path | None = None) -> list[str]:
    """Problems with templates and theme, one 'file:line: message' each; [] when all is well.

    Jinja syntax, theme keys/values and contrast, MJML errors and inline-CSS selectors, found by
    parsing every template and rendering a sample issue through the real path.
    """
    templates_dir = Path(templates_dir)
    theme_dir = Path(theme_dir) if theme_dir is not None else None
    problems: list[str] = []
    files = _template_files(templates_dir, theme_dir)
    env = _environment([str(templates_dir)], autoescape=True)
    for path in files:
        try:
            env.parse(path.read_text(encoding="utf-8"), path.name, str(path))
        except jinja2.TemplateSyntaxError as exc:
            problems.append(f"{path}:{exc.lineno}: {exc.message}")
    theme, theme_problems = _load_theme(templates_dir, theme_dir)
    problems += theme_problems
    if not theme_problems:
        theme_file = (
            theme_dir / THEME_FILE
            if theme_dir and (theme_dir / THEME_FILE).is_file()
            else (_theme_files(templates_dir, None)[0])
        )
        problems += [f"{theme_file}:1: {p}" for p in contrast_problems(theme)]
    if problems:
        return problems

    renderer = Renderer(templates_dir, theme_dir)
    options = RenderOptions(title="Sample digest", base_url="https://example.org", images=True)
    issue = sample_issue()
    entry = renderer.markup_env.get_template(HTML_TEMPLATE).filename or HTML_TEMPLATE
    try:
        context = renderer.context(issue, options, web=False)
        mjml = renderer.mjml(context)
        text = renderer.text(context)
    except (jinja2.TemplateError, ConfigError) as exc:
        return [
            _describe_template_error(exc) if isinstance(exc, jinja2.TemplateError) else str(exc)
        ]
    used = [Path(p) for p in _used_templates(renderer)]
    try:
        page, css = renderer.compile(mjml)
    except ValueError as exc:
        return _locate_mjml_error(str(exc), mjml, used)
    try:
        html = renderer.inline(page, css)
    except ValueError as exc:
        style_at = _find_line(used, "inline=")
        return [f"{style_at}: {exc}"]
    rendered = RenderedDigest(issue.id, issue.subject, context["preheader"], html, text)
    return _output_problems(rendered, entry)


def _used_templates(renderer: Renderer) -> list[str]:
    """Files the entry templates load (theme first), for mapping errors to a file."""
    names = sorted(
        {n for n in renderer.markup_env.list_templates() if n.endswith(".mjml.j2") and "/" not in n}
    )
    return [renderer.markup_env.get_template(n).filename or n for n in names]


def _find_line(files: list[Path], needle: str) -> str:
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if needle in line:
                return f"{path}:{number}"
    return f"{HTML_TEMPLATE}:1"
