"""The settings every command reads, as frozen dataclasses: the one definition of config.yaml
(every key, type, default, limit and check), and the fast path that builds them.

Why not pydantic models: importing pydantic and building its models cost ~0.13-0.2 s of every
`digest` process (`python -c "import digest.config"` 0.24 s against 0.03 s for `pass`, load 2),
more than `digest fetch` spends parsing 1,000 entries. So `settings_of` reads a file's mapping
directly, and accepts it only when every value is plainly what the schema asks for (an int where
an int goes, a known key, every check of `config.rules` passed). Anything else, even a value
pydantic would merely coerce ("25" for a port, 1 for true), returns None, and `config.load`
hands the mapping to the pydantic models that `config.schema` builds from these classes: they
word every error and the values they accept are copied back into these classes (`from_model`).
So a file gives the same settings, or the same error lines, either way; tests/test_config_fast.py
checks the built models field by field and both paths on generated files.

A field's YAML spelling, limits and check are in its metadata (`_spec`); `yaml=False` marks what
the file cannot set (where it was read from). A class's checks across fields are its `_whole`.
"""

import dataclasses
import os
import re
import types
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, Self, get_args, get_origin
from urllib.parse import urlsplit

from digest.config import rules
from digest.model.errors import ConfigError

DEFAULT_CONFIG = "config.yaml"
DURATION = "duration"  # Annotated[timedelta, DURATION]: parsed by rules.parse_duration first
Duration = Annotated[timedelta, DURATION]


def _spec(default: Any = dataclasses.MISSING, **meta: Any) -> Any:
    """A field: its default (a list or a settings class: made fresh for each instance), and
    metadata: alias (the YAML key), ge/gt/le (numbers), min_length, pattern, check (a function
    of `config.rules`, run on the value after its type is checked; not on the None of an
    `X | None`), yaml (False: not from YAML). `config.schema` makes its pydantic Field of them."""
    if isinstance(default, list) or isinstance(default, type):
        factory = default if isinstance(default, type) else (lambda: list(default))
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


class Invalid(Exception):
    """A value that is not plainly valid: the pydantic models decide, and word any error."""


@dataclass(frozen=True, kw_only=True)
class _Settings:
    def model_copy(self, *, update: dict[str, Any] | None = None) -> Self:
        """A copy with some fields replaced, unchecked (pydantic's name, kept for callers)."""
        return dataclasses.replace(self, **(update or {}))

    @classmethod
    def _whole(cls, built: Any) -> None:
        """Checks across fields, after each field's own (pydantic's model validators)."""


@dataclass(frozen=True, kw_only=True)
class DigestSettings(_Settings):
    """What the digest is called and where its links point."""

    title: str = "Daily Digest"
    from_: str = _spec("Digest <digest@localhost>", alias="from", check=rules.from_has_address)
    base_url: str = _spec("http://127.0.0.1:8025", check=rules.base_url_is_http)
    max_items_per_section: int = _spec(10, ge=1, le=200)
    max_items_in_email: int = _spec(30, ge=1, le=500)
    summary_sentences: int = _spec(3, ge=1, le=10)
    archive_days: int = _spec(14, ge=0, le=3650)
    language: str = "en"
    theme: str | None = None
    images: bool = False


@dataclass(frozen=True, kw_only=True)
class FeedConfig(_Settings):
    """One feed: an http(s) URL or a local file path."""

    url: str = _spec(check=rules.url_is_http_or_path)
    name: str | None = None
    section: str | None = None
    full_text: bool | None = None  # fetch article pages for teasers; None = fetch.full_text
    pages: str | None = None  # a local mirror folder of the site's article pages (offline use)

    @property
    def is_file(self) -> bool:
        return urlsplit(self.url).scheme.lower() not in ("http", "https")


@dataclass(frozen=True, kw_only=True)
class ScheduleConfig(_Settings):
    """When a digest goes out and what it carries."""

    name: str = _spec(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    cron: str = _spec("0 7 * * *", check=rules.cron_parses)
    timezone: str = _spec("UTC", check=rules.timezone_exists)
    sections: list[str] | None = None
    subscribers: list[str] | None = None  # only these addresses (None = everyone)
    min_items: int = _spec(1, ge=0)
    lookback: Duration = timedelta(days=1)
    approval: Literal["none", "required"] = "none"
    misfire_grace: Duration = timedelta(hours=1)
    deliver_at: Literal["schedule", "local"] = "schedule"
    subject: str | None = None  # Jinja-free template: {title}, {date}, {top}


@dataclass(frozen=True, kw_only=True)
class SmtpConfig(_Settings):
    """An SMTP relay; the password comes from the environment variable `password_env` names."""

    host: str = "127.0.0.1"
    port: int = _spec(587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = _spec(None, check=rules._env_name)
    timeout: float = _spec(30.0, gt=0)
    connections: int = _spec(4, ge=1, le=64)
    max_messages_per_connection: int = _spec(500, ge=1)
    rate_limit: float = _spec(0.0, ge=0)  # messages per second over all connections; 0 = none
    per_domain_rate_limit: float = _spec(0.0, ge=0)  # messages per second per recipient domain

    @classmethod
    def _whole(cls, built: Any) -> None:
        rules.no_clear_text_login(built.security, built.username, built.host)

    def password(self) -> str | None:
        if not self.password_env:
            return None
        value = os.environ.get(self.password_env)
        if value is None:
            raise ConfigError(
                f"delivery.smtp.password_env: environment variable {self.password_env} is not set"
            )
        return value


@dataclass(frozen=True, kw_only=True)
class DeliveryConfig(_Settings):
    """How messages leave: .eml files in a folder, or SMTP."""

    transport: Literal["outbox", "smtp"] = "outbox"
    outbox: str = "var/outbox"
    smtp: SmtpConfig = _spec(SmtpConfig)
    retry_window: Duration = timedelta(hours=12)  # deferred deliveries retried this long
    # How long a batch of claimed deliveries stays its sender's without a heartbeat (renewed
    # every quarter of it while the sender works); then any sender on any machine takes it over.
    lease: Duration = _spec(timedelta(minutes=2), check=rules.lease_long_enough)
    dkim: dict[str, str] | None = None


@dataclass(frozen=True, kw_only=True)
class FetchConfig(_Settings):
    """How feeds and article pages are fetched."""

    allow_networks: list[str] = _spec([], check=rules.networks_parse)
    connect_timeout: float = _spec(5.0, gt=0)
    read_timeout: float = _spec(10.0, gt=0)
    deadline: float = _spec(30.0, gt=0)
    max_bytes: int = _spec(10 * 2**20, ge=1024)
    per_host: int = _spec(2, ge=1, le=16)
    max_concurrent: int = _spec(16, ge=1, le=256)
    full_text: bool = True
    interval: Duration = timedelta(minutes=30)
    failing_after: Duration = timedelta(days=1)
    respect_server_interval: bool = True  # honour Cache-Control max-age / <ttl> in `digest run`


@dataclass(frozen=True, kw_only=True)
class WebConfig(_Settings):
    """The preview / unsubscribe server."""

    host: str = "127.0.0.1"
    port: int = _spec(8025, ge=1, le=65535)
    secret_env: str = _spec("DIGEST_SECRET", check=rules._env_name)
    editor_token_env: str | None = _spec(None, check=rules._env_name)

    def token_secrets(self) -> list[str]:
        """The token secrets in the variable `secret_env` names (comma-separated, newest
        first); [] when it is unset. Each must have at least MIN_SECRET_BYTES bytes."""
        raw = os.environ.get(self.secret_env, "")
        secrets = [s.strip() for s in raw.split(",") if s.strip()]
        least = rules.MIN_SECRET_BYTES
        short = [n for n, s in enumerate(secrets, 1) if len(s.encode()) < least]
        if short:
            which = ", ".join(f"#{n}" for n in short)
            raise ConfigError(
                f"web.secret_env: ${self.secret_env}: secret {which} of {len(secrets)} is shorter"
                f" than {least} bytes; write a long random one, e.g. the output of"
                " python -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )
        return secrets


@dataclass(frozen=True, kw_only=True)
class SignupConfig(_Settings):
    """The public sign-up form of `digest serve` (double opt-in), and its abuse limits."""

    enabled: bool = True
    confirm_within: Duration = timedelta(days=2)  # the confirmation link works this long
    pending_expiry: Duration = timedelta(days=7)  # unconfirmed sign-ups older than this go
    per_address_per_day: int = _spec(3, ge=1, le=50)  # confirmation emails to one address
    per_client_per_hour: int = _spec(20, ge=1, le=10000)  # sign-ups from one client address
    welcome: bool = True  # a welcome email after confirming
    embed_origins: list[str] = _spec([], check=rules.origins)  # other sites' origins


@dataclass(frozen=True, kw_only=True)
class BouncesConfig(_Settings):
    """Late bounces and complaints (`digest bounces process`)."""

    # The envelope sender of every issue: {token} is replaced by a signed per-recipient token
    # (VERP), e.g. "bounces+{token}@news.example.org". null: the From address, no VERP.
    address: str | None = _spec(None, check=rules.has_token)
    soft_limit: int = _spec(3, ge=1, le=100)  # soft bounces within soft_window -> bounced
    soft_window: Duration = timedelta(days=30)


@dataclass(frozen=True, kw_only=True)
class Config(_Settings):
    """The whole config file."""

    digest: DigestSettings = _spec(DigestSettings)
    store: str = _spec("var/digest.sqlite3", check=rules.store_url)  # a path or postgresql://
    subscribers: str = "subscribers/"
    feeds: list[FeedConfig] = _spec(min_length=1)
    schedules: list[ScheduleConfig] = field(default_factory=lambda: [ScheduleConfig(name="daily")])
    delivery: DeliveryConfig = _spec(DeliveryConfig)
    fetch: FetchConfig = _spec(FetchConfig)
    web: WebConfig = _spec(WebConfig)
    signup: SignupConfig = _spec(SignupConfig)
    bounces: BouncesConfig = _spec(BouncesConfig)
    preview: str = "var/preview"
    # Where the file was read from; relative paths in it are taken from its folder. Not YAML keys.
    base_dir: Path = _spec(Path("."), yaml=False)
    source: str = _spec(DEFAULT_CONFIG, yaml=False)

    @classmethod
    def _whole(cls, built: Any) -> None:
        rules.unique_schedules([s.name for s in built.schedules])

    def path(self, value: str) -> Path:
        """A path from the config, taken relative to the config file's folder."""
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.base_dir / path

    def feed_path(self, feed: FeedConfig) -> Path:
        url = feed.url
        if url.lower().startswith("file://"):
            url = urlsplit(url).path
        return self.path(url)

    def schedule(self, name: str | None) -> ScheduleConfig:
        if name is None:
            return self.schedules[0]
        for schedule in self.schedules:
            if schedule.name == name:
                return schedule
        known = ", ".join(s.name for s in self.schedules)
        raise ConfigError(f"{self.source}: no schedule named {name!r}; known: {known}")

    @property
    def store_url(self) -> str:
        if "://" in self.store:
            return self.store
        return str(self.path(self.store))


# -- the fast path ----------------------------------------------------------------------------


def yaml_fields(cls: type[_Settings]) -> list[dataclasses.Field[Any]]:
    """The fields a file sets, in declaration order."""
    return [f for f in dataclasses.fields(cls) if f.metadata.get("yaml", True)]


def settings_of(data: dict[Any, Any]) -> Config | None:
    """The settings of a parsed file when every value is plainly valid; None otherwise (the
    pydantic models then decide)."""
    try:
        return _build(Config, data)
    except Invalid:
        return None


def _build(cls: type[Any], data: Any) -> Any:
    if type(data) is not dict:
        raise Invalid
    fields = yaml_fields(cls)
    keys = {f.metadata.get("alias", f.name) for f in fields}
    if not keys.issuperset(data):  # an unknown key (or a field's own name for its alias)
        raise Invalid
    values: dict[str, Any] = {}
    for spec in fields:
        key = spec.metadata.get("alias", spec.name)
        if key in data:
            values[spec.name] = _field_value(spec, data[key])
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            raise Invalid  # a required key is missing
    built = cls(**values)
    try:
        cls._whole(built)
    except Exception:
        raise Invalid from None
    return built


def _field_value(spec: dataclasses.Field[Any], raw: Any) -> Any:
    meta = spec.metadata
    value = _value(raw, spec.type)
    if ("ge" in meta and not value >= meta["ge"]) or ("le" in meta and not value <= meta["le"]):
        raise Invalid
    if "gt" in meta and not value > meta["gt"]:
        raise Invalid
    if "min_length" in meta and len(value) < meta["min_length"]:
        raise Invalid
    if "pattern" in meta and ("\n" in value or not re.search(meta["pattern"], value)):
        raise Invalid  # (pydantic's regex engine reads `$` as the very end; Python's not)
    check = meta.get("check")
    if check is None or value is None:
        return value
    try:
        return check(value)
    except Exception:
        raise Invalid from None


def _value(raw: Any, kind: Any) -> Any:
    """`raw` as a value of `kind`, when it plainly is one (the same value pydantic gives)."""
    if kind is str or kind is bool or kind is int:
        if type(raw) is not kind:
            raise Invalid
        return raw
    if kind is float:
        if type(raw) is not float and type(raw) is not int:
            raise Invalid
        return float(raw)
    origin = get_origin(kind)
    if origin is Annotated:  # Duration
        try:
            return rules.parse_duration(raw)
        except Exception:
            raise Invalid from None
    if origin is types.UnionType:  # X | None
        if raw is None:
            return None
        (inner,) = [arg for arg in get_args(kind) if arg is not type(None)]
        return _value(raw, inner)
    if origin is Literal:
        if type(raw) is not str or raw not in get_args(kind):
            raise Invalid
        return raw
    if origin is list:
        if type(raw) is not list:
            raise Invalid
        (inner,) = get_args(kind)
        return [_value(item, inner) for item in raw]
    if origin is dict:
        if type(raw) is not dict or any(
            type(k) is not str or type(v) is not str for k, v in raw.items()
        ):
            raise Invalid
        return dict(raw)
    if isinstance(kind, type) and issubclass(kind, _Settings):
        return _build(kind, raw)
    raise Invalid


def from_model(model: Any) -> Any:
    """The settings of a pydantic model that `config.schema` validated (same field names)."""
    cls = SETTINGS[type(model).__name__]
    return cls(**{f.name: _plain(getattr(model, f.name)) for f in yaml_fields(cls)})


def _plain(value: Any) -> Any:
    if type(value).__name__ in SETTINGS and hasattr(type(value), "model_fields"):
        return from_model(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


SETTINGS: dict[str, type[_Settings]] = {
    cls.__name__: cls
    for cls in (
        DigestSettings,
        FeedConfig,
        ScheduleConfig,
        SmtpConfig,
        DeliveryConfig,
        FetchConfig,
        WebConfig,
        SignupConfig,
        BouncesConfig,
        Config,
    )
}
