"""config.yaml's schema as pydantic models, built from the settings classes of
`config.settings`: what words every configuration error and what `digest config-schema` prints.

Unknown keys are rejected, every mistake is reported (not just the first) as `file:line:
key.path: what is wrong; what to write instead` (`config.load`), and secrets are only read from
environment variables the YAML names.

One definition: each frozen dataclass of `config.settings` (fields, defaults, docstring, and in
each field's metadata its alias, limits and check) becomes a model here, field for field
(`model_of`): a limit becomes the same `Field` argument, a check an `AfterValidator` on the value
(inside `X | None`, as `EnvName` was), a Duration the same `BeforeValidator`, a nested settings
class its model, and a class's `_whole` (checks across fields) a model validator. So a new key
is written once, and the fast path and the models cannot disagree on it. Built this way rather
than letting pydantic validate the dataclasses themselves (a TypeAdapter): models keep what
every error line and the committed config.schema.json were made from (extra="forbid" with
pydantic's wording, `$defs` named by model, defaults dumped by alias) byte for byte.

Loaded only when a file is not plainly valid, or for the JSON Schema: importing pydantic and
building these models cost ~0.13-0.2 s of every command's start (measured: `python -c "import
digest.config"` 0.24 s against 0.03 s for `pass`, load 2), so a valid file is read by
`config.settings` without them. `tests/test_config_fast.py` checks that both paths agree, field
by field and on generated files.
"""

from __future__ import annotations

import dataclasses
import types
from datetime import timedelta
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    create_model,
    model_validator,
)

from digest.config import rules, settings

Duration = Annotated[timedelta, BeforeValidator(rules.parse_duration)]
_LIMITS = ("alias", "ge", "gt", "le", "min_length", "pattern")  # _spec's pydantic Field arguments


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


MODELS: dict[str, type[BaseModel]] = {}  # settings class name -> its model (the same name)


def model_of(cls: type[settings._Settings]) -> type[BaseModel]:
    """The pydantic model of a settings class (made once, nested classes first)."""
    if cls.__name__ in MODELS:
        return MODELS[cls.__name__]
    fields: dict[str, Any] = {}
    for spec in settings.yaml_fields(cls):
        limits = {key: spec.metadata[key] for key in _LIMITS if key in spec.metadata}
        kind = _checked(spec.type, spec.metadata.get("check"))
        default = _default_of(spec)
        if default is dataclasses.MISSING:
            fields[spec.name] = (kind, Field(**limits))
        else:
            fields[spec.name] = (kind, Field(_model_value(default), **limits))
    validators: dict[str, Any] = {}
    if "_whole" in vars(cls):  # checks across fields, after each field's own
        validators["checks_across_fields"] = model_validator(mode="after")(_across(cls))
    model: type[BaseModel] = create_model(
        cls.__name__,
        __base__=_Model,
        __module__=__name__,
        __doc__=cls.__doc__,
        __validators__=validators,
        **fields,
    )
    MODELS[cls.__name__] = model
    return model


def _default_of(spec: dataclasses.Field[Any]) -> Any:
    if spec.default is not dataclasses.MISSING:
        return spec.default
    if spec.default_factory is not dataclasses.MISSING:
        return spec.default_factory()
    return dataclasses.MISSING


def _across(cls: type[settings._Settings]) -> Any:
    def checks_across_fields(model: BaseModel) -> BaseModel:
        cls._whole(model)
        return model

    return checks_across_fields


def _checked(kind: Any, check: Any) -> Any:
    """A field's type, with its check run on the value (not on the None of `X | None`)."""
    if check is None:
        return _type(kind)
    if get_origin(kind) is types.UnionType and type(None) in get_args(kind):
        (inner,) = [arg for arg in get_args(kind) if arg is not type(None)]
        return Union[Annotated[_type(inner), AfterValidator(check)], None]  # noqa: UP007
    return Annotated[_type(kind), AfterValidator(check)]


def _type(kind: Any) -> Any:
    """A settings field's type as pydantic reads it: settings classes as their models."""
    origin = get_origin(kind)
    if origin is Annotated and settings.DURATION in get_args(kind)[1:]:
        return Duration
    if origin is types.UnionType:
        return Union[tuple(_type(arg) for arg in get_args(kind))]  # noqa: UP007 (built at run time)
    if origin is list:
        return list[_type(get_args(kind)[0])]  # type: ignore[misc]
    if isinstance(kind, type) and issubclass(kind, settings._Settings):
        return model_of(kind)
    return kind  # str, int, float, bool, Literal[...], dict[str, str]


def _model_value(value: Any) -> Any:
    """A default as the models hold it: a settings instance as its model, made from the values
    that differ from its class's defaults (as `ScheduleConfig(name="daily")` was written)."""
    if isinstance(value, settings._Settings):
        cls = type(value)
        changed = {
            spec.name: _model_value(getattr(value, spec.name))
            for spec in settings.yaml_fields(cls)
            if getattr(value, spec.name) != _default_of(spec)
        }
        return model_of(cls)(**changed)
    if isinstance(value, list):
        return [_model_value(item) for item in value]
    return value


Config = model_of(settings.Config)
