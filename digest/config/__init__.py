"""config.yaml → validated settings.

The frozen dataclasses of `settings` are the one definition of what a file may say and what
commands read; `load` builds them without importing pydantic when a file is plainly valid
(pydantic cost ~0.15 s of every command's start). Any other file goes to the pydantic models
`schema` builds from those classes: unknown keys are rejected, every mistake is reported (not
just the first) as `file:line: key.path: what is wrong; what to write instead`, and secrets are
only read from environment variables the YAML names. `rules` holds the checks both run.
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
