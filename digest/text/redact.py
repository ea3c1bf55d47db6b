"""Secrets kept out of what people see: credentials in URLs, secrets where a name belongs.

A feed URL may carry HTTP credentials (`https://user:pass@host/feed.xml`). The URL is the feed's
identity in the config and the store, so it is kept whole there, and masked here on its way to
a person: `digest status`, `digest fetch`, `digest feeds list` (text and --json), the editor's
pages, error lines and log records all pass their text through `mask_credentials`. It works on
any text, not only on a lone URL, because the URL also turns up inside error messages
("invalid URL 'https://user:pass@…'") and log lines.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

MASK = "***"

# scheme "://" userinfo "@": the userinfo runs to the LAST "@" before the host (as urlsplit
# reads it), over the characters RFC 3986 §3.2.1 allows there plus "@" and non-ASCII letters.
# Quotes, spaces, "/", "?" and "#" end it, so a JSON document or a sentence that merely holds
# an address after a URL is never eaten.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)([\w\-.~%!$&'()*+,;=:@]*)@")

# An environment variable name (POSIX: letters, digits and "_", not starting with a digit).
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _mask(match: re.Match[str]) -> str:
    return f"{match[1]}{MASK}@" if match[2] else match[0]


def mask_credentials(text: str) -> str:
    """`text` with the user and password of every URL in it replaced by `***`."""
    if "@" not in text or "://" not in text:
        return text  # (the common case, without running the regex)
    return _USERINFO.sub(_mask, text)


def mask_data(value: Any) -> Any:
    """A JSON-like value (dicts, lists, strings) with `mask_credentials` applied to every string."""
    if isinstance(value, str):
        return mask_credentials(value)
    if isinstance(value, Mapping):
        return {key: mask_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_data(item) for item in value]
    return value


class CredentialMask(logging.Filter):
    """A logging filter: a record's message with `mask_credentials` applied (attach it to a
    handler, so every logger's records pass it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_credentials(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def env_name_problem(value: str) -> str | None:
    """Why `value` cannot be the NAME of an environment variable, without repeating it; None
    when it can.

    The `*_env` settings name a variable that holds a secret. A value that is not a variable
    name at all (spaces, punctuation, a leading digit) is almost surely the secret itself,
    pasted in the wrong place — and so is a long mix of upper case, lower case and digits, or
    a long hex string (a generated token). Neither is ever echoed back: errors end up in logs.
    """
    if not _ENV_NAME.fullmatch(value):
        return (
            "this looks like a secret, not the name of an environment variable (the value is"
            " not repeated here); put the secret in an environment variable and write that"
            " variable's name here, e.g. DIGEST_SMTP_PASSWORD"
        )
    if _looks_generated(value):
        return (
            "this looks like a generated secret, not the name of an environment variable (the"
            " value is not repeated here); put the secret in an environment variable and write"
            " that variable's name here, e.g. DIGEST_SECRET"
        )
    return None


def _looks_generated(value: str) -> bool:
    """How tokens look (`secrets.token_urlsafe`, API keys, hex digests) and variable names do
    not: twenty or more characters mixing lower case, upper case and digits, or a run of 32 or
    more hex digits."""
    if len(value) >= 32 and re.fullmatch(r"[0-9a-fA-F]+", value):
        return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    if len(value) < 20:
        return False
    return (
        any(c.islower() for c in value)
        and any(c.isupper() for c in value)
        and any(c.isdigit() for c in value)
    )
