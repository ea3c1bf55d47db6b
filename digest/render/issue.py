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

The steps live in their own modules: `view` (the context), `engine` (Jinja2, MJML, the cached
Renderer), `inline` (CSS inlining and its caches), `filters` (dates, the text part's wrapping),
`theme` (theme.yaml) and `checks` (`check_templates`).
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from digest.model.errors import ConfigError
from digest.model.types import Issue, RenderedDigest
from digest.render import TEMPLATES
from digest.render.engine import describe_template_error, get_renderer
from digest.render.inline import disk_cache
from digest.render.options import RenderOptions
from digest.render.view import section_views

DEFAULT_TEMPLATES_DIR = TEMPLATES


def _template_error(exc: jinja2.TemplateError) -> ConfigError:
    return ConfigError(describe_template_error(exc))


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
        disk_cache.load(options.cache_dir)
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
    if options.cache_dir is not None and disk_cache.dirty:
        disk_cache.save(options.cache_dir, renderer.inline_sheets_used)
    return RenderedDigest(
        issue_id=issue.id,
        subject=issue.subject,
        preheader=email["preheader"],
        html=html,
        text=text,
        web_html=web_html,
    )
