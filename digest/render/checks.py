"""Checking templates and themes before they are used (`digest check`, and the scheduler at start).

Jinja syntax, theme keys/values and contrast, MJML errors and inline-CSS selectors are found by
parsing every template and rendering a sample issue through the real path; each problem is
reported as 'file:line: message', mapped back from the rendered MJML to the template line when
it can be.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import jinja2

from digest.model.errors import ConfigError
from digest.model.types import (
    PLACEHOLDER_UNSUBSCRIBE,
    DigestItem,
    Issue,
    RelatedLink,
    RenderedDigest,
    Section,
)
from digest.render.engine import HTML_TEMPLATE, Renderer, describe_template_error, jinja_environment
from digest.render.options import RenderOptions
from digest.render.theme import THEME_FILE, contrast_problems, load_theme, theme_files


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
    env = jinja_environment([str(templates_dir)], autoescape=True)
    for path in files:
        try:
            env.parse(path.read_text(encoding="utf-8"), path.name, str(path))
        except jinja2.TemplateSyntaxError as exc:
            problems.append(f"{path}:{exc.lineno}: {exc.message}")
    theme, theme_problems = load_theme(templates_dir, theme_dir)
    problems += theme_problems
    if not theme_problems:
        theme_file = (
            theme_dir / THEME_FILE
            if theme_dir and (theme_dir / THEME_FILE).is_file()
            else (theme_files(templates_dir, None)[0])
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
        return [describe_template_error(exc) if isinstance(exc, jinja2.TemplateError) else str(exc)]
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
