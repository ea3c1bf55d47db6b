"""config.yaml → validated settings.

The pydantic models below are the one source of truth for settings: unknown keys are rejected,
every mistake is reported (not just the first) as `file:line: key.path: what is wrong; what to
write instead`, and secrets are only read from environment variables the YAML names.
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from digest.model.errors import ConfigError
from digest.text.redact import env_name_problem

DEFAULT_CONFIG = "config.yaml"
CONFIG_ENV = "DIGEST_CONFIG"

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)?\s*$", re.I)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(value: Any) -> timedelta:
    """'90s', '30m', '1h', '2d', '1w' or a number of seconds → timedelta."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, bool):
        raise ValueError("a duration like '30m', '1h', '2d' or a number of seconds")
    if isinstance(value, int | float):
        return timedelta(seconds=float(value))
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a duration; write e.g. '30m', '1h', '2d' or 3600")
    number, unit = float(match.group(1)), (match.group(2) or "s").lower()
    return timedelta(seconds=number * _UNIT_SECONDS[unit])


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]


def _env_name(value: str) -> str:
    """A `*_env` setting must name an environment variable; a secret pasted there is refused
    without being repeated (the message ends up in logs)."""
    problem = env_name_problem(value)
    if problem:
        raise ValueError(problem)
    return value


# The NAME of an environment variable that holds a secret; every `*_env` setting is one.
EnvName = Annotated[str, AfterValidator(_env_name)]
MIN_SECRET_BYTES = 32  # HMAC keys for tokens: shorter ones can be guessed offline


def _is_loopback(host: str) -> bool:
    name = host.strip().strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class DigestSettings(_Model):
    """What the digest is called and where its links point."""

    title: str = "Daily Digest"
    from_: str = Field("Digest <digest@localhost>", alias="from")
    base_url: str = "http://127.0.0.1:8025"
    max_items_per_section: int = Field(10, ge=1, le=200)
    max_items_in_email: int = Field(30, ge=1, le=500)
    summary_sentences: int = Field(3, ge=1, le=10)
    archive_days: int = Field(14, ge=0, le=3650)
    language: str = "en"
    theme: str | None = None
    images: bool = False

    @field_validator("from_")
    @classmethod
    def _from_has_address(cls, value: str) -> str:
        from email.utils import parseaddr

        _, address = parseaddr(value)
        if "@" not in address:
            raise ValueError(f"{value!r} has no address; write 'Name <news@example.org>'")
        return value

    @field_validator("base_url")
    @classmethod
    def _base_url_is_http(cls, value: str) -> str:
        if urlsplit(value).scheme not in ("http", "https"):
            raise ValueError(
                f"{value!r} is not an http(s) URL; write e.g. 'https://news.example.org'"
            )
        return value.rstrip("/")


class FeedConfig(_Model):
    """One feed: an http(s) URL or a local file path."""

    url: str
    name: str | None = None
    section: str | None = None
    full_text: bool | None = None  # fetch article pages for teasers; None = fetch.full_text
    pages: str | None = None  # a local mirror folder of the site's article pages (offline use)

    @field_validator("url")
    @classmethod
    def _url_is_http_or_path(cls, value: str) -> str:
        value = value.strip()
        scheme = urlsplit(value).scheme.lower()
        if scheme in ("http", "https"):
            if not urlsplit(value).hostname:
                raise ValueError(f"{value!r} has no host; write 'https://example.org/feed.xml'")
            return value
        if scheme == "file":
            return value
        if scheme and len(scheme) > 1:  # a one-letter "scheme" is a Windows drive
            raise ValueError(
                f"{value!r}: scheme '{scheme}' is not supported; use an http(s) URL or a file path"
            )
        return value

    @property
    def is_file(self) -> bool:
        return urlsplit(self.url).scheme.lower() not in ("http", "https")


class ScheduleConfig(_Model):
    """When a digest goes out and what it carries."""

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    cron: str = "0 7 * * *"
    timezone: str = "UTC"
    sections: list[str] | None = None
    subscribers: list[str] | None = None  # only these addresses (None = everyone)
    min_items: int = Field(1, ge=0)
    lookback: Duration = timedelta(days=1)
    approval: Literal["none", "required"] = "none"
    misfire_grace: Duration = timedelta(hours=1)
    deliver_at: Literal["schedule", "local"] = "schedule"
    subject: str | None = None  # Jinja-free template: {title}, {date}, {top}

    @field_validator("cron")
    @classmethod
    def _cron_parses(cls, value: str) -> str:
        from digest.model.cadence import parse_cadence

        parse_cadence(value)
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone_exists(cls, value: str) -> str:
        from digest.model.cadence import validate_timezone

        validate_timezone(value)
        return value


class SmtpConfig(_Model):
    """An SMTP relay; the password comes from the environment variable `password_env` names."""

    host: str = "127.0.0.1"
    port: int = Field(587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password_env: EnvName | None = None
    timeout: float = Field(30.0, gt=0)
    connections: int = Field(4, ge=1, le=64)
    max_messages_per_connection: int = Field(500, ge=1)
    rate_limit: float = Field(0.0, ge=0)  # messages per second over all connections; 0 = no limit
    per_domain_rate_limit: float = Field(0.0, ge=0)  # messages per second per recipient domain

    @model_validator(mode="after")
    def _no_clear_text_login(self) -> SmtpConfig:
        """A username with `security: none` sends the password in clear text (AUTH PLAIN is
        base64, not encryption): only to a relay on this machine."""
        if self.security == "none" and self.username and not _is_loopback(self.host):
            raise ValueError(
                f"security 'none' with a username would send the password in clear text to"
                f" {self.host}; use security: starttls (port 587) or ssl (port 465), or relay"
                " through a server on 127.0.0.1"
            )
        return self

    def password(self) -> str | None:
        if not self.password_env:
            return None
        value = os.environ.get(self.password_env)
        if value is None:
            raise ConfigError(
                f"delivery.smtp.password_env: environment variable {self.password_env} is not set"
            )
        return value


class DeliveryConfig(_Model):
    """How messages leave: .eml files in a folder, or SMTP."""

    transport: Literal["outbox", "smtp"] = "outbox"
    outbox: str = "var/outbox"
    smtp: SmtpConfig = SmtpConfig()
    retry_window: Duration = timedelta(hours=12)  # deferred deliveries retried this long
    # How long a batch of claimed deliveries stays its sender's without a heartbeat (renewed
    # every quarter of it while the sender works); then any sender on any machine takes it over.
    lease: Duration = timedelta(minutes=2)
    dkim: dict[str, str] | None = None

    @field_validator("lease")
    @classmethod
    def _lease_long_enough(cls, value: timedelta) -> timedelta:
        if value < timedelta(seconds=1):
            raise ValueError("delivery.lease: at least 1s (a heartbeat renews it every quarter)")
        return value


class FetchConfig(_Model):
    """How feeds and article pages are fetched."""

    allow_networks: list[str] = []
    connect_timeout: float = Field(5.0, gt=0)
    read_timeout: float = Field(10.0, gt=0)
    deadline: float = Field(30.0, gt=0)
    max_bytes: int = Field(10 * 2**20, ge=1024)
    per_host: int = Field(2, ge=1, le=16)
    max_concurrent: int = Field(16, ge=1, le=256)
    full_text: bool = True
    interval: Duration = timedelta(minutes=30)
    failing_after: Duration = timedelta(days=1)
    respect_server_interval: bool = True  # honour Cache-Control max-age / <ttl> in `digest run`

    @field_validator("allow_networks")
    @classmethod
    def _networks_parse(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"{item!r} is not a network; write a CIDR like '127.0.0.0/8'")
        return value


class WebConfig(_Model):
    """The preview / unsubscribe server."""

    host: str = "127.0.0.1"
    port: int = Field(8025, ge=1, le=65535)
    secret_env: EnvName = "DIGEST_SECRET"
    editor_token_env: EnvName | None = None

    def token_secrets(self) -> list[str]:
        """The token secrets in the variable `secret_env` names (comma-separated, newest
        first); [] when it is unset. Each must have at least MIN_SECRET_BYTES bytes."""
        raw = os.environ.get(self.secret_env, "")
        secrets = [s.strip() for s in raw.split(",") if s.strip()]
        short = [n for n, s in enumerate(secrets, 1) if len(s.encode()) < MIN_SECRET_BYTES]
        if short:
            which = ", ".join(f"#{n}" for n in short)
            raise ConfigError(
                f"web.secret_env: ${self.secret_env}: secret {which} of {len(secrets)} is shorter"
                f" than {MIN_SECRET_BYTES} bytes; write a long random one, e.g. the output of"
                " python -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )
        return secrets


class SignupConfig(_Model):
    """The public sign-up form of `digest serve` (double opt-in), and its abuse limits."""

    enabled: bool = True
    confirm_within: Duration = timedelta(days=2)  # the confirmation link works this long
    pending_expiry: Duration = timedelta(days=7)  # unconfirmed sign-ups older than this go
    per_address_per_day: int = Field(3, ge=1, le=50)  # confirmation emails to one address
    per_client_per_hour: int = Field(20, ge=1, le=10000)  # sign-ups from one client address
    welcome: bool = True  # a welcome email after confirming
    embed_origins: list[str] = []  # other sites whose pages may post the form (origins)

    @field_validator("embed_origins")
    @classmethod
    def _origins(cls, value: list[str]) -> list[str]:
        for origin in value:
            parts = urlsplit(origin)
            if parts.scheme not in ("http", "https") or not parts.netloc or parts.path:
                raise ValueError(
                    f"{origin!r} is not an origin; write scheme and host only, e.g."
                    " 'https://www.example.org'"
                )
        return [origin.rstrip("/") for origin in value]


class BouncesConfig(_Model):
    """Late bounces and complaints (`digest bounces process`)."""

    # The envelope sender of every issue: {token} is replaced by a signed per-recipient token
    # (VERP), e.g. "bounces+{token}@news.example.org". null: the From address, no VERP.
    address: str | None = None
    soft_limit: int = Field(3, ge=1, le=100)  # soft bounces within soft_window -> bounced
    soft_window: Duration = timedelta(days=30)

    @field_validator("address")
    @classmethod
    def _has_token(cls, value: str | None) -> str | None:
        if value is None:
            return None
        local, at, domain = value.rpartition("@")
        if not at or "{token}" not in local or "{token}" in domain or not domain:
            raise ValueError(
                f"{value!r} must be an address with {{token}} in its local part, e.g."
                " 'bounces+{token}@news.example.org'"
            )
        return value


class Config(_Model):
    """The whole config file."""

    digest: DigestSettings = DigestSettings()
    store: str = "var/digest.sqlite3"  # a path, or postgresql://USER@HOST[:PORT]/DBNAME
    subscribers: str = "subscribers/"
    feeds: list[FeedConfig] = Field(min_length=1)
    schedules: list[ScheduleConfig] = [ScheduleConfig(name="daily")]
    delivery: DeliveryConfig = DeliveryConfig()
    fetch: FetchConfig = FetchConfig()
    web: WebConfig = WebConfig()
    signup: SignupConfig = SignupConfig()
    bounces: BouncesConfig = BouncesConfig()
    preview: str = "var/preview"

    # Where the file was read from; relative paths in it are taken from its folder. Private, so
    # the YAML cannot set them.
    _base_dir: Path = PrivateAttr(default_factory=lambda: Path("."))
    _source: str = PrivateAttr(default=DEFAULT_CONFIG)

    @property
    def base_dir(self) -> Path:
        return self._base_dir

    @property
    def source(self) -> str:
        return self._source

    @field_validator("store")
    @classmethod
    def _store_url(cls, value: str) -> str:
        """A path, `sqlite:///PATH`, or a PostgreSQL URL without a password (libpq reads that
        from PGPASSWORD, ~/.pgpass or a PGSERVICE entry)."""
        if "://" not in value or value.startswith("sqlite:///"):
            return value
        scheme = value.split("://", 1)[0]
        if scheme not in ("postgresql", "postgres"):
            raise ValueError(
                f"{scheme}:// is not a store; write a path (SQLite) or a postgresql:// URL"
            )
        parts = urlsplit(value)
        if parts.password is not None:
            raise ValueError(
                "the password does not belong in config.yaml: take it out of the URL and set"
                " PGPASSWORD, or put it in ~/.pgpass or a PGSERVICE entry"
            )
        if not parts.path.strip("/") and "service=" not in parts.query:
            raise ValueError("name the database: postgresql://HOST[:PORT]/DBNAME, user before @")
        return value

    @model_validator(mode="after")
    def _unique_schedules(self) -> Config:
        names = [s.name for s in self.schedules]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"schedule names must be unique; repeated: {', '.join(dupes)}")
        return self

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
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, yaml.compose(text, Loader=loader), source)) from None
    config._base_dir = base_dir or Path(".")
    config._source = source
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


def _describe(exc: ValidationError, root: yaml.Node | None, source: str) -> list[str]:
    lines = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        kind = error["type"]
        if kind == "extra_forbidden":
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
    model: Any = Config
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
