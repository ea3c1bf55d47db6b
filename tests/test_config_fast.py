"""The pydantic-free reading of config.yaml (config/settings.py) against the pydantic models
that config/schema.py builds from the same settings classes: the models carry every field's
name, alias, type, default, limits and check, and on generated files the fast path never accepts
what pydantic refuses nor gives another value."""

from __future__ import annotations

import copy
import dataclasses
import random
import subprocess
import sys
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import pytest
import yaml
from pydantic import BaseModel, ValidationError

from digest.config import rules, schema
from digest.config.load import parse_config
from digest.config.settings import (
    DURATION,
    SETTINGS,
    Config,
    from_model,
    settings_of,
    yaml_fields,
)
from digest.model.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = yaml.safe_load((ROOT / "config.yaml").read_text())
BENCH = {  # as bench/vs_rss2email.py writes it
    "digest": {"title": "Bench", "from": "Bench <digest@example.org>", "max_items_in_email": 30},
    "store": "var/digest.sqlite3",
    "subscribers": "subscribers/",
    "feeds": [{"url": "http://127.0.0.1:8000/a.xml", "name": "a"}],
    "schedules": [{"name": "daily", "cron": "0 7 * * *", "lookback": "1d"}],
    "delivery": {
        "transport": "smtp",
        "smtp": {"host": "127.0.0.1", "port": 25, "security": "none"},
    },
    "fetch": {"allow_networks": ["127.0.0.0/8"], "full_text": False},
}


def _shape(kind: Any) -> Any:
    """A type as comparable data: classes by name, Annotated stripped (Duration apart)."""
    if get_origin(kind) is Annotated:
        args = get_args(kind)
        return "duration" if DURATION in args[1:] else _shape(args[0])
    if get_origin(kind) is Literal:
        return ("literal", get_args(kind))
    if get_origin(kind) in (Union, UnionType):
        return ("union", *[_shape(arg) for arg in get_args(kind)])
    if get_args(kind):
        return (get_origin(kind).__name__, *[_shape(arg) for arg in get_args(kind)])
    return getattr(kind, "__name__", str(kind))


def _pydantic_shape(info: Any) -> Any:
    funcs = [getattr(m, "func", None) for m in info.metadata]
    return "duration" if rules.parse_duration in funcs else _shape(info.annotation)


def _limits(info: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in info.metadata:
        for name in ("ge", "gt", "le", "min_length", "pattern"):
            if getattr(item, name, None) is not None:
                found[name] = getattr(item, name)
    return found


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_each_settings_class_has_the_fields_of_its_model(name: str) -> None:
    cls, model = SETTINGS[name], schema.MODELS[name]
    fields = yaml_fields(cls)
    assert [f.name for f in fields] == list(model.model_fields)
    assert cls.__doc__ == model.__doc__
    for spec in fields:
        info = model.model_fields[spec.name]
        assert spec.metadata.get("alias") == info.alias, spec.name
        assert _shape(spec.type) == _pydantic_shape(info), spec.name
        limits = {k: v for k, v in spec.metadata.items() if k in ("ge", "gt", "le", "min_length")}
        limits |= {"pattern": spec.metadata["pattern"]} if "pattern" in spec.metadata else {}
        assert limits == _limits(info), spec.name
        required = (
            spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING
        )
        assert required == info.is_required(), spec.name
        if not required:
            default = (
                spec.default_factory() if spec.default is dataclasses.MISSING else spec.default
            )
            theirs = info.get_default(call_default_factory=True)
            assert default == _plain(theirs), spec.name
        check = spec.metadata.get("check")
        assert _checks(info) == ([check] if check else []), spec.name


def _checks(info: Any) -> list[Any]:
    """The functions a model field runs on its value (in `X | None`: on the X), Duration's
    parse_duration apart."""
    metadata = list(info.metadata)
    for inner in get_args(info.annotation):
        if get_origin(inner) is Annotated:
            metadata.extend(get_args(inner)[1:])
    funcs = [getattr(m, "func", None) for m in metadata]
    return [f for f in funcs if f is not None and f is not rules.parse_duration]


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return from_model(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _pydantic(data: dict[str, Any]) -> Config | None:
    try:
        return from_model(schema.Config.model_validate(data))
    except ValidationError:
        return None


@pytest.mark.parametrize("data", [SHIPPED, BENCH, {"feeds": [{"url": "https://e.org/f.xml"}]}])
def test_usual_files_take_the_fast_path_with_the_same_settings(data: dict[str, Any]) -> None:
    fast = settings_of(copy.deepcopy(data))
    assert fast is not None
    assert fast == _pydantic(copy.deepcopy(data))


VALUES: list[Any] = [
    0, 1, -1, 5, 587, 70000, 0.5, -0.5, 2.0, float("inf"), True, False, None, "", "x", "5", "1.5",
    "30m", "1h", "2 D", "soon", "true", "yes", "127.0.0.0/8", "10.0.0.0/33", "http://x.org/",
    "https://", "ftp://a/b", "C:/feeds/a.xml", "file:///tmp/a.xml", "a@b", "Name <a@b.org>",
    "no address", "none", "smtp", "outbox", "ssl", "starttls", "UTC", "Europe/Berlin",
    "Mars/Base", "0 7 * * *", "61 * * * *", "@daily", [], ["a"], ["127.0.0.0/8"], [1], {},
    {"a": "b"}, {"x": 1}, "DIGEST_SECRET", "sk-live-0123456789abcdef0123456789", "local",
    "required", "schedule", "bounces+{token}@x.org", "bounces@x.org", "postgresql://h/db",
    "postgresql://u:pw@h/db", "sqlite:///x.db", "mysql://x", "daily\n", "a b", "0.5s", 3600,
    b"bytes", "https://www.example.org", "https://a.org/path",
]  # fmt: skip
LIMITS: list[Any] = sorted(
    {
        near
        for cls in SETTINGS.values()
        for spec in yaml_fields(cls)
        for name in ("ge", "gt", "le")
        if name in spec.metadata
        for near in (spec.metadata[name] + d for d in (-1, -0.5, 0, 0.0, 0.5, 1))
    },
    key=repr,
)


def _paths(cls: type, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path a file may set (list fields through their first item)."""
    found = []
    for spec in yaml_fields(cls):
        path = (*prefix, spec.metadata.get("alias", spec.name))
        found.append(path)
        kind = spec.type
        for inner in (kind, *get_args(kind)):
            if isinstance(inner, type) and inner.__name__ in SETTINGS:
                found.extend(_paths(inner, path))
            for item in get_args(inner):
                if isinstance(item, type) and item.__name__ in SETTINGS:
                    found.extend(_paths(item, (*path, 0)))
    return found


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    """Set (or with "__delete__" take out, with "__unknown__" add a stranger beside) one key."""
    node: Any = data
    for part, following in zip(path, path[1:], strict=False):
        if isinstance(node, list):
            if not node:
                node.append({})
            node = node[0]
            continue
        if not isinstance(node, dict):
            return
        if not isinstance(node.get(part), dict | list):
            node[part] = [{}] if isinstance(following, int) else {}
        node = node[part]
    if isinstance(node, list):
        node = node[0] if node else None
    if not isinstance(node, dict):
        return
    if value == "__delete__":
        node.pop(path[-1], None)
    elif value == "__unknown__":
        node["tittle" if path[-1] != "title" else "from_"] = 1
    else:
        node[path[-1]] = value


def _same(fast: Config, data: dict[str, Any]) -> None:
    """pydantic accepts `data` too and gives equal values of the same types (True == 1 and
    5 == 5.0 in Python: the reprs tell them apart)."""
    slow = _pydantic(copy.deepcopy(data))
    assert slow is not None, data
    assert fast == slow and repr(fast) == repr(slow), data


def test_one_changed_value_anywhere_gives_the_same_settings_or_goes_to_pydantic() -> None:
    """Every key a file may set, set to every value of VALUES and every limit's neighbours."""
    fast_count = total = 0
    for base in (BENCH,):  # (SHIPPED: in the generated files below)
        for path in _paths(Config):
            for value in [*VALUES, *LIMITS, "__delete__"]:
                data = copy.deepcopy(base)
                _set(data, path, value)
                total += 1
                fast = settings_of(copy.deepcopy(data))
                if fast is not None:
                    fast_count += 1
                    _same(fast, data)
    assert 0.05 * total < fast_count < 0.5 * total  # both paths were exercised


def test_generated_files_give_the_same_settings_or_go_to_pydantic() -> None:
    rng = random.Random(20261205)
    paths = _paths(Config)
    fast_count = 0
    for _ in range(1500):
        data = copy.deepcopy(rng.choice([SHIPPED, BENCH]))
        for _ in range(rng.randint(1, 3)):
            path = rng.choice(paths)
            value = rng.choice([*VALUES, *LIMITS, "__delete__", "__unknown__"])
            _set(data, path, copy.deepcopy(value))
        fast = settings_of(copy.deepcopy(data))
        if fast is not None:
            fast_count += 1
            _same(fast, data)
    assert 100 < fast_count < 1400  # both paths were exercised


def test_values_pydantic_coerces_go_through_it_with_its_values() -> None:
    text = (
        "feeds:\n  - url: https://e.org/f.xml\n    full_text: 1\n"
        "delivery:\n  smtp:\n    port: '25'\n    timeout: 5\nfetch:\n  max_bytes: 2048.0\n"
    )
    data = yaml.safe_load(text)
    assert settings_of(copy.deepcopy(data)) is None  # not plainly valid: pydantic decides
    config = parse_config(text)
    assert config.delivery.smtp.port == 25 and config.feeds[0].full_text is True
    assert config.fetch.max_bytes == 2048 and type(config.fetch.max_bytes) is int
    assert config.delivery.smtp.timeout == 5.0 and type(config.delivery.smtp.timeout) is float


def test_errors_are_worded_by_the_models_with_their_lines() -> None:
    text = "feeds:\n  - url: https://e.org/f.xml\ndelivery:\n  smtp:\n    port: 0\n"
    with pytest.raises(ConfigError) as info:
        parse_config(text, source="c.yaml")
    assert info.value.problems == [
        "c.yaml:5: delivery.smtp.port: Input should be greater than or equal to 1 (got 0)"
    ]


def test_a_plainly_valid_file_loads_without_pydantic(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(BENCH))
    code = (
        "import sys; from digest.config import load_config;"
        f" c = load_config({str(tmp_path / 'config.yaml')!r});"
        " print(c.base_dir, sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == [str(tmp_path), "[]"]


@pytest.mark.parametrize(
    "extra",
    [
        {"delivery": {"smtp": {"security": "none", "username": "u", "host": "mail.example.org"}}},
        {"schedules": [{"name": "a"}, {"name": "a"}]},
    ],
    ids=["clear-text-login", "repeated-schedule"],
)
def test_checks_across_fields_send_the_file_to_pydantic(extra: dict[str, Any]) -> None:
    data = {"feeds": [{"url": "https://e.org/f.xml"}], **extra}
    assert settings_of(copy.deepcopy(data)) is None
    assert _pydantic(data) is None
    with pytest.raises(ConfigError):
        parse_config(yaml.safe_dump(data))
