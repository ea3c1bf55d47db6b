"""Reading config.yaml: YAML in, `Config` (config.settings) out, or every mistake at once as
`file:line: key.path: what is wrong; what to write instead` (a ConfigError).

A plainly valid file is read without pydantic (`settings.settings_of`, ~0.15 s less per command);
any other goes through the pydantic models of `config.schema`, which accept what they always
accepted and word the errors, each with the line of its key.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from digest.config.settings import DEFAULT_CONFIG, Config, from_model, settings_of
from digest.model.errors import ConfigError

if TYPE_CHECKING:
    from pydantic import ValidationError

CONFIG_ENV = "DIGEST_CONFIG"


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--config, else $DIGEST_CONFIG, else ./config.yaml."""
    return Path(explicit or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG)


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate a config file; raise ConfigError listing every problem."""
    file = config_path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{file}: no such config file (pass --config PATH or set ${CONFIG_ENV})"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read: {exc.strerror}") from None
    return parse_config(text, source=str(file), base_dir=file.resolve().parent)


def parse_config(
    text: str, *, source: str = DEFAULT_CONFIG, base_dir: Path | None = None
) -> Config:
    # libyaml's loader when present (the pure-Python one costs more than the rest of a
    # command's start); the node tree, with line numbers, is composed only for an error.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{where}: not valid YAML: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(
            f"{source}:1: the file must be a mapping of keys like 'feeds:' and 'digest:'"
        )
    config = settings_of(data) or _validated(data, text, loader, source)
    config = config.model_copy(update={"base_dir": base_dir or Path("."), "source": source})
    missing = [
        i
        for i, feed in enumerate(config.feeds)
        if feed.is_file and not config.feed_path(feed).is_file()
    ]
    root = yaml.compose(text, Loader=loader) if missing else None
    problems = [
        f"{source}:{_line_of(root, ('feeds', i, 'url'))}: feeds[{i}].url: no such file "
        f"{str(config.feed_path(feed))!r}; write an http(s) URL or an existing file path"
        for i, feed in ((i, config.feeds[i]) for i in missing)
    ]
    if problems:
        raise ConfigError(problems)
    return config


def _validated(data: dict[Any, Any], text: str, loader: Any, source: str) -> Config:
    """What the pydantic models make of a file that is not plainly valid: its settings (a value
    they coerce, e.g. "25" for a port) or every problem, each on its key's line."""
    from pydantic import ValidationError

    from digest.config.schema import Config as Schema

    try:
        model = Schema.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, yaml.compose(text, Loader=loader), source)) from None
    settings: Config = from_model(model)
    return settings


def _describe(exc: ValidationError, root: yaml.Node | None, source: str) -> list[str]:
    lines = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        kind = error["type"]
        if kind == "extra_forbidden":
            import difflib

            parent, key = loc[:-1], str(loc[-1])
            valid = _valid_keys(parent)
            hint = difflib.get_close_matches(key, valid, n=1)
            message = f"unknown key {key!r}"
            message += f"; did you mean {hint[0]!r}?" if hint else ""
            message += f" Valid keys here: {', '.join(valid)}" if valid else ""
        elif kind == "missing":
            message = "required key is missing"
        else:
            message = error["msg"].removeprefix("Value error, ")
            if (
                kind not in ("value_error",)
                and "input" in error
                and not isinstance(error["input"], dict | list)
            ):
                message += f" (got {error['input']!r})"
        lines.append(f"{source}:{_line_of(root, loc)}: {_dotted(loc) or '(top level)'}: {message}")
    return lines


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _valid_keys(parent: tuple[Any, ...]) -> list[str]:
    from pydantic import BaseModel

    from digest.config.schema import Config as Schema

    model: Any = Schema
    for part in parent:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return []
        annotation = field.annotation
        inner = getattr(annotation, "__args__", (annotation,))
        model = next((a for a in inner if isinstance(a, type) and issubclass(a, BaseModel)), None)
        if model is None:
            return []
    return [(info.alias or name) for name, info in model.model_fields.items() if not info.exclude]


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int:
    """The 1-based line of the deepest YAML node along `loc` (the key's line when it exists)."""
    line = (node.start_mark.line + 1) if node is not None else 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == part:
                    line = key_node.start_mark.line + 1
                    node = value_node
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return line
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line
