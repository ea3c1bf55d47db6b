"""config.yaml's schema as pydantic models: what words every configuration error and what
`digest config-schema` prints.

Unknown keys are rejected, every mistake is reported (not just the first) as `file:line:
key.path: what is wrong; what to write instead` (`config.load`), and secrets are only read from
environment variables the YAML names.

Loaded only when a file is not plainly valid, or for the JSON Schema: importing pydantic and
building these models cost ~0.13-0.2 s of every command's start (measured: `python -c "import
digest.config"` 0.24 s against 0.03 s for `pass`, load 2), so a valid file is read by
`config.settings` without them. `tests/test_config_fast.py` checks that both agree, field by
field and on generated files.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from digest.config import rules

Duration = Annotated[timedelta, BeforeValidator(rules.parse_duration)]
# The NAME of an environment variable that holds a secret; every `*_env` setting is one.
EnvName = Annotated[str, AfterValidator(rules._env_name)]


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
        return rules.from_has_address(value)

    @field_validator("base_url")
    @classmethod
    def _base_url_is_http(cls, value: str) -> str:
        return rules.base_url_is_http(value)


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
        return rules.url_is_http_or_path(value)


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
        return rules.cron_parses(value)

    @field_validator("timezone")
    @classmethod
    def _timezone_exists(cls, value: str) -> str:
        return rules.timezone_exists(value)


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
        rules.no_clear_text_login(self.security, self.username, self.host)
        return self


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
        return rules.lease_long_enough(value)


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
        return rules.networks_parse(value)


class WebConfig(_Model):
    """The preview / unsubscribe server."""

    host: str = "127.0.0.1"
    port: int = Field(8025, ge=1, le=65535)
    secret_env: EnvName = "DIGEST_SECRET"
    editor_token_env: EnvName | None = None


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
        return rules.origins(value)


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
        return rules.has_token(value)


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

    @field_validator("store")
    @classmethod
    def _store_url(cls, value: str) -> str:
        return rules.store_url(value)

    @model_validator(mode="after")
    def _unique_schedules(self) -> Config:
        rules.unique_schedules([s.name for s in self.schedules])
        return self
