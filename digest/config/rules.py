"""The checks of config.yaml's values, as plain functions: one copy, called by the pydantic models
(`config.schema`, which word every error) and by the fast path (`config.settings`, which builds
the settings of a plainly valid file without pydantic). A check raises ValueError with the text
a person reads after `file:line: key:`.
"""

from __future__ import annotations

import ipaddress
import math
import re
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from digest.text.redact import env_name_problem

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)?\s*$", re.I)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}
MIN_SECRET_BYTES = 32  # HMAC keys for tokens: shorter ones can be guessed offline


def parse_duration(value: Any) -> timedelta:
    """'90s', '30m', '1h', '2d', '1w' or a number of seconds → timedelta."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, bool):
        raise ValueError("a duration like '30m', '1h', '2d' or a number of seconds")
    if isinstance(value, int | float):
        return _seconds(float(value), value)
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a duration; write e.g. '30m', '1h', '2d' or 3600")
    number, unit = float(match.group(1)), (match.group(2) or "s").lower()
    return _seconds(number * _UNIT_SECONDS[unit], value)


def _seconds(seconds: float, value: Any) -> timedelta:
    """YAML reads `.inf` and `.nan` as floats, and timedelta overflows past ~2.7 million years:
    both are a mistake in the file, not a crash."""
    if not math.isfinite(seconds):
        raise ValueError(f"{value!r} is not a finite duration")
    try:
        return timedelta(seconds=seconds)
    except OverflowError:
        raise ValueError(f"{value!r} is too long a duration") from None


def _env_name(value: str) -> str:
    """A `*_env` setting must name an environment variable; a secret pasted there is refused
    without being repeated (the message ends up in logs)."""
    problem = env_name_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def is_loopback(host: str) -> bool:
    name = host.strip().strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def from_has_address(value: str) -> str:
    from email.utils import parseaddr

    _, address = parseaddr(value)
    if "@" not in address:
        raise ValueError(f"{value!r} has no address; write 'Name <news@example.org>'")
    return value


def base_url_is_http(value: str) -> str:
    if urlsplit(value).scheme not in ("http", "https"):
        raise ValueError(f"{value!r} is not an http(s) URL; write e.g. 'https://news.example.org'")
    return value.rstrip("/")


def url_is_http_or_path(value: str) -> str:
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


def cron_parses(value: str) -> str:
    from digest.model.cadence import parse_cadence

    parse_cadence(value)
    return value


def timezone_exists(value: str) -> str:
    from digest.model.cadence import validate_timezone

    validate_timezone(value)
    return value


def no_clear_text_login(security: str, username: str | None, host: str) -> None:
    """A username with `security: none` sends the password in clear text (AUTH PLAIN is
    base64, not encryption): only to a relay on this machine."""
    if security == "none" and username and not is_loopback(host):
        raise ValueError(
            f"security 'none' with a username would send the password in clear text to"
            f" {host}; use security: starttls (port 587) or ssl (port 465), or relay"
            " through a server on 127.0.0.1"
        )


def lease_long_enough(value: timedelta) -> timedelta:
    if value < timedelta(seconds=1):
        raise ValueError("delivery.lease: at least 1s (a heartbeat renews it every quarter)")
    return value


def networks_parse(value: list[str]) -> list[str]:
    for item in value:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ValueError(f"{item!r} is not a network; write a CIDR like '127.0.0.0/8'")
    return value


def origins(value: list[str]) -> list[str]:
    for origin in value:
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path:
            raise ValueError(
                f"{origin!r} is not an origin; write scheme and host only, e.g."
                " 'https://www.example.org'"
            )
    return [origin.rstrip("/") for origin in value]


def has_token(value: str | None) -> str | None:
    if value is None:
        return None
    local, at, domain = value.rpartition("@")
    if not at or "{token}" not in local or "{token}" in domain or not domain:
        raise ValueError(
            f"{value!r} must be an address with {{token}} in its local part, e.g."
            " 'bounces+{token}@news.example.org'"
        )
    return value


def store_url(value: str) -> str:
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


def unique_schedules(names: list[str]) -> None:
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValueError(f"schedule names must be unique; repeated: {', '.join(dupes)}")
