"""Per-recipient bounce addresses (VERP): who a late bounce is about, and proof we sent it.

With `bounces.address: "bounces+{token}@news.example.org"` every message of an issue is sent
with the envelope sender `bounces+<token>@news.example.org`; a bounce comes back to that
address, whatever the reporting server wrote in its body. The token is

    <subscriber key, base32> - <issue tag: 6 hex of SHA-256(issue id)> - <13 base32 of an HMAC>

in lower case only (some MTAs fold local parts to lower case) and at most 64 characters with
the prefix (RFC 5321 local-part limit). The HMAC is under the token secret, so a bounce with a
forged or altered token changes nothing; secrets rotate like unsubscribe tokens (any of them
verifies).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from dataclasses import dataclass
from email.utils import getaddresses
from typing import TYPE_CHECKING

from digest.model.types import Subscriber
from digest.store import Store

if TYPE_CHECKING:
    from digest.config import Config

MAC_CHARS = 13
TAG_CHARS = 6
_TOKEN = re.compile(r"^([a-z2-7]+)-([0-9a-f]{6})-([a-z2-7]{13})$")


def issue_tag(issue_id: str) -> str:
    return hashlib.sha256(issue_id.encode("utf-8")).hexdigest()[:TAG_CHARS]


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=").lower()


def _mac(secret: str, key: str, tag: str) -> str:
    digest = hmac.new(secret.encode(), f"verp|{key}|{tag}".encode(), hashlib.sha256).digest()
    return _b32(digest)[:MAC_CHARS]


@dataclass(frozen=True)
class VerpToken:
    """What a valid token names."""

    key: str  # the subscriber's opaque key
    tag: str  # the issue's tag (match it against `issue_tag`)


class Verp:
    """Makes and reads the bounce addresses of one config."""

    def __init__(self, template: str, secrets: list[str]):
        local, _, domain = template.rpartition("@")
        self.template = template
        self.secrets = secrets  # newest first: the first signs, any verifies
        prefix, _, suffix = local.partition("{token}")
        self._address = re.compile(
            "^" + re.escape(prefix) + "(.+?)" + re.escape(suffix) + "@" + re.escape(domain) + "$",
            re.IGNORECASE,
        )

    def address(self, subscriber: Subscriber, issue_id: str) -> str:
        key = subscriber.key or subscriber.email
        tag = issue_tag(issue_id)
        token = f"{_b32(key.encode('utf-8'))}-{tag}-{_mac(self.secrets[0], key, tag)}"
        return self.template.replace("{token}", token)

    def read(self, address: str) -> VerpToken | None:
        """The token of one of our bounce addresses, if it is one and its MAC holds."""
        match = self._address.match(address.strip().strip("<>"))
        if match is None:
            return None
        parts = _TOKEN.match(match.group(1).lower())
        if parts is None:
            return None
        encoded, tag, mac = parts.groups()
        try:
            key = base64.b32decode(encoded.upper() + "=" * (-len(encoded) % 8)).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        if not any(hmac.compare_digest(mac, _mac(s, key, tag)) for s in self.secrets):
            return None
        return VerpToken(key, tag)

    def find(self, values: list[str]) -> VerpToken | None:
        """The first valid token among header values that hold addresses."""
        for _, address in getaddresses(values):
            token = self.read(address) if address else None
            if token is not None:
                return token
        return None


def verp_for(config: Config, store: Store) -> Verp | None:
    """The config's VERP, or None when `bounces.address` is not set."""
    template = config.bounces.address
    if not template:
        return None
    return Verp(template, config.web.token_secrets() or [store.secret()])
