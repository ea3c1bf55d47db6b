"""config.yaml → validated settings.

The pydantic models of `schema` are the one definition of what a file may say: unknown keys are
rejected, every mistake is reported (not just the first) as `file:line: key.path: what is wrong;
what to write instead`, and secrets are only read from environment variables the YAML names.
Commands read the same settings as the frozen dataclasses of `settings`, which `load` builds
without importing pydantic when a file is plainly valid (pydantic cost ~0.15 s of every command's
start); `rules` holds the checks both run.
"""

from digest.config.load import CONFIG_ENV, config_path, load_config, parse_config
from digest.config.rules import MIN_SECRET_BYTES, _env_name, parse_duration
from digest.config.settings import (
    DEFAULT_CONFIG,
    BouncesConfig,
    Config,
    DeliveryConfig,
    DigestSettings,
    FeedConfig,
    FetchConfig,
    ScheduleConfig,
    SignupConfig,
    SmtpConfig,
    WebConfig,
)

__all__ = [
    "CONFIG_ENV",
    "DEFAULT_CONFIG",
    "MIN_SECRET_BYTES",
    "BouncesConfig",
    "Config",
    "DeliveryConfig",
    "DigestSettings",
    "FeedConfig",
    "FetchConfig",
    "ScheduleConfig",
    "SignupConfig",
    "SmtpConfig",
    "WebConfig",
    "_env_name",
    "config_path",
    "load_config",
    "parse_config",
    "parse_duration",
]
