"""CSS inlining: the `<mj-style inline="inline">` CSS applied to the elements it selects, as
premailer would, with premailer's results cached in memory and on disk.

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger("digest.render.inline")

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
    disk_cache.dirty = True


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


disk_cache = _DiskCache()
