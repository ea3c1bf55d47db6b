"""The renderer: Jinja2 → MJML → HTML (mjml-python) → inlined CSS, and Jinja2 → plain text, for
one (templates, theme) pair, compiled once and reused.

Compiling the templates and loading the theme cost more than a render, so `get_renderer` keeps
one Renderer per folder pair and rebuilds it only when a file in those folders changed.
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from mjml import mjml2html

from digest.model.errors import ConfigError
from digest.model.types import Issue
from digest.render.filters import date_long, date_short, tidy_text, with_ref, wrap
from digest.render.inline import inline_css, split_inline_styles
from digest.render.options import RenderOptions
from digest.render.theme import load_theme, theme_files
from digest.render.view import SectionView, build_context
from digest.text.sanitize import safe_url

log = logging.getLogger("digest.render.engine")

HTML_TEMPLATE = "digest.mjml.j2"
TEXT_TEMPLATE = "digest.txt.j2"


def jinja_environment(
    search_path: list[str], *, autoescape: bool, cache_dir: Path | None = None
) -> jinja2.Environment:
    """A Jinja environment over `search_path` with the digest's filters; undefined names raise."""
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
        self.markup_env = jinja_environment(self.search_path, autoescape=True, cache_dir=cache_dir)
        self.text_env = jinja_environment(self.search_path, autoescape=False, cache_dir=cache_dir)
        self.theme, self.theme_problems = load_theme(self.templates_dir, self.theme_dir)
        self._theme_mtimes = self._mtimes()
        self.inline_sheets_used: list[str] = []  # newest first, for the disk cache

    def _mtimes(self) -> tuple[tuple[str, int], ...]:
        """Modification times of every template and theme file the renderer reads."""
        stamps = []
        for directory in (self.theme_dir, self.templates_dir):
            if directory is not None and directory.is_dir():
                with os.scandir(directory) as entries:
                    stamps += [(e.path, e.stat().st_mtime_ns) for e in entries if e.is_file()]
        for path in theme_files(self.templates_dir, self.theme_dir):
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
        return tidy_text(self.text_env.get_template(TEXT_TEMPLATE).render(context))

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


def describe_template_error(exc: Exception) -> str:
    """'file:line: message' for a Jinja error, from the template frame nearest the failure."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}"
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2"):
            return f"{frame.filename}:{frame.lineno}: {exc}"
    return f"<template>:1: {exc}"
