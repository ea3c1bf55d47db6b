"""Themes: the shipped theme.yaml merged with a theme folder's, checked key by key, and the
WCAG contrast of its text colours on both palettes (light, and `dark` for dark mode).

Problems are listed, each as 'file:line: message', rather than raised one at a time, so that
`digest check` can show them all; a renderer refuses to render while there are any.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from digest.render import TEMPLATES
from digest.text.sanitize import MAX_IMAGE_WIDTH

THEME_FILE = "theme.yaml"
MIN_CONTRAST = 4.5  # WCAG 2.x AA for body text

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
    text: str = ""

    @cached_property
    def lines(self) -> dict[tuple[str, ...], int]:
        """The line of every key: composed only when a problem is reported (the node tree
        costs more than loading the file)."""
        return _yaml_key_lines(self.text)


# libyaml's safe loader when present: the pure-Python one spent ~15 ms of every `digest send`
# on the shipped theme.yaml (session 5). The same constructors and resolver, so the same data;
# a file it refuses is read again by the pure-Python loader, whose message (or data) we show.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_FAST_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError:
        return yaml.safe_load(text)


def _read_theme_file(path: Path) -> tuple[_ThemeFile | None, list[str]]:
    if not path.is_file():
        return None, []
    text = path.read_text(encoding="utf-8")
    try:
        data = _load_yaml(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return None, [f"{path}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}"]
    if not isinstance(data, dict):
        return None, [f"{path}:1: a theme is a mapping of {', '.join(_THEME_SCHEMA)}"]
    return _ThemeFile(path, data, text), []


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
        for sub, sub_value in value.items():  # (`at` looks the line up only for a problem)
            if sub not in _THEME_SCHEMA[key]:
                allowed = ", ".join(_THEME_SCHEMA[key])
                problems.append(f"{at(key, sub)}: unknown key {key}.{sub}; allowed: {allowed}")
            elif key in ("colors", "dark") and not (
                isinstance(sub_value, str) and _HEX.fullmatch(sub_value)
            ):
                problems.append(f'{at(key, sub)}: {key}.{sub} must be a colour like "#1d4e89"')
            elif key == "fonts" and not (isinstance(sub_value, str) and _FONT.fullmatch(sub_value)):
                problems.append(
                    f"{at(key, sub)}: fonts.{sub} must be a list of local font names like "
                    '"Georgia, Times New Roman, serif" (no url(), quotes or web fonts)'
                )
            elif (
                key == "logo"
                and sub == "width"
                and not (isinstance(sub_value, int) and 8 <= sub_value <= MAX_IMAGE_WIDTH)
            ):
                problems.append(f"{at(key, sub)}: logo.width must be a number of px, 8 to 544")
            elif key == "logo" and sub in ("url", "alt") and not isinstance(sub_value, str):
                problems.append(f"{at(key, sub)}: logo.{sub} must be text")
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


def theme_files(templates_dir: Path, theme_dir: Path | None) -> list[Path]:
    paths = [templates_dir / THEME_FILE]
    if not paths[0].is_file():  # a bare templates folder still gets the shipped defaults
        paths = [TEMPLATES / THEME_FILE]
    if theme_dir is not None:
        paths.append(theme_dir / THEME_FILE)
    return paths


def load_theme(templates_dir: Path, theme_dir: Path | None) -> tuple[dict[str, Any], list[str]]:
    """Default theme.yaml merged with the theme's; problems listed, not raised."""
    theme: dict[str, Any] = {}
    problems: list[str] = []
    if theme_dir is not None and not theme_dir.is_dir():
        problems.append(f"{theme_dir}:1: the theme folder does not exist")
    for path in theme_files(templates_dir, theme_dir):
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
                f"{theme_files(templates_dir, theme_dir)[0]}:1: theme lacks {key}."
                + f", {key}.".join(missing)
            )
    return theme, problems
