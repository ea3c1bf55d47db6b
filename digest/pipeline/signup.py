"""Public sign-up with double opt-in: a form, a confirmation email, a button.

    read_form(fields, offered sections)            -> SignupForm | an error for the form
    request_signup(config, store, form, client, now):
        take a hit from the client's hourly bucket            # over: CLIENT_LIMITED (429)
        already active                                        -> QUIET (nothing to confirm)
        take a hit from the address's daily bucket             # over: QUIET (no mail-bombing)
        store.open_signup(...)   new address: `pending`; known one keeps its status
        the confirmation email, with /confirm/<signed nonce, issued at>
    confirm_nonce(config, store, token, now)       -> nonce | None (bad, forged or expired)
    confirm(config, store, nonce, client, now)     -> active subscriber, consent recorded,
                                                      and the welcome email (if configured)

Whatever the address's state, the form's answer is the same page and takes the same time
(the email goes out after the response): the form never tells anyone whether an address is
subscribed. Only the POST of the confirmation page confirms: mail scanners open every link.
Client addresses are kept only as HMAC-SHA256 under a secret of the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from enum import StrEnum
from typing import TYPE_CHECKING

from itsdangerous import BadSignature, URLSafeSerializer

from digest.model.errors import ConfigError
from digest.model.types import Subscriber, SubscriberStatus
from digest.pipeline.accounts import keyed_hash
from digest.pipeline.settings import token_signer, unsubscribe_url
from digest.pipeline.subscribers import ADDRESS_WINDOW, purge_expired
from digest.render.notices import NoticeSettings, confirmation_message, welcome_message
from digest.store import Store
from digest.store.signups import SignupRequest
from digest.text.address import address_key

if TYPE_CHECKING:
    from digest.config import Config
    from digest.send.transports import Transport

FORMATS = ("html", "text")
MAX_NAME = 100
MAX_ADDRESS = 254  # RFC 5321 path limit
FORM_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
DEFAULT_FORM = "subscribe"
CLIENT_WINDOW = timedelta(hours=1)
CONFIRM_SALT = "digest-confirm"


@dataclass(frozen=True)
class SignupForm:
    """A sign-up form, validated."""

    email: str
    name: str
    sections: tuple[str, ...] | None  # None = all offered
    format: str
    timezone: str | None
    form: str


def read_form(fields: Mapping[str, Sequence[str]], offered: Sequence[str]) -> SignupForm | str:
    """The posted fields (name -> values) as a SignupForm, or what to tell the reader."""
    from digest.ingest.subscribers import normalise_address
    from digest.text.plain import one_line

    def first(name: str) -> str:
        values = fields.get(name) or [""]
        return str(values[0])

    raw = first("email").strip()
    if not raw or len(raw) > MAX_ADDRESS:
        return "Enter your email address."
    try:
        email = normalise_address(raw)
    except ValueError:
        return "That does not look like an email address."
    name = one_line(first("name"))[:MAX_NAME]
    fmt = first("format") or "html"
    if fmt not in FORMATS:
        return "Choose HTML or plain text."
    picked = [s for s in offered if s in set(fields.get("section") or ())]
    if offered and not picked:
        return "Choose at least one section."
    sections = None if len(picked) == len(offered) else tuple(picked)
    form = first("form")
    return SignupForm(
        email=email,
        name=name,
        sections=sections,
        format=fmt,
        timezone=_timezone(first("timezone")),
        form=form if FORM_NAME.match(form) else DEFAULT_FORM,
    )


def _timezone(value: str) -> str | None:
    """The browser's zone when it is a real IANA name; else none (the schedule's)."""
    from digest.model.cadence import validate_timezone

    value = value.strip()[:64]
    if not value:
        return None
    try:
        validate_timezone(value)
    except (ValueError, ConfigError):
        return None
    return value


class SignupOutcome(StrEnum):
    SENT = "sent"  # a confirmation email is due
    QUIET = "quiet"  # nothing to send (active already, or the address's limit reached)
    CLIENT_LIMITED = "client-limited"  # too many sign-ups from this client address


@dataclass(frozen=True)
class SignupResult:
    outcome: SignupOutcome
    message: EmailMessage | None = None  # the email to send after answering
    to: str = ""


def _confirm_serializer(config: Config, store: Store) -> URLSafeSerializer:
    keys = config.web.token_secrets() or [store.secret()]
    return URLSafeSerializer(list(reversed(keys)), salt=CONFIRM_SALT)


def notice_settings(config: Config) -> NoticeSettings:
    return NoticeSettings(from_header=config.digest.from_, title=config.digest.title)


def request_signup(
    config: Config, store: Store, form: SignupForm, client: str, now: datetime
) -> SignupResult:
    """A posted, valid form: limits, the pending request, the confirmation email (unsent)."""
    purge_expired(config, store, now)
    secret = store.secret("consent")
    client_hash = keyed_hash(secret, client)
    limits = config.signup
    if not store.take(
        f"signup-client:{client_hash}", limits.per_client_per_hour, CLIENT_WINDOW, now
    ):
        return SignupResult(SignupOutcome.CLIENT_LIMITED)
    existing = store.subscriber(form.email)
    if existing is not None and existing.status is SubscriberStatus.ACTIVE:
        return SignupResult(SignupOutcome.QUIET)
    address_bucket = "signup-address:" + keyed_hash(secret, address_key(form.email))
    if not store.take(address_bucket, limits.per_address_per_day, ADDRESS_WINDOW, now):
        return SignupResult(SignupOutcome.QUIET)
    request = SignupRequest(
        email=form.email,
        name=form.name,
        sections=form.sections,
        format=form.format,
        timezone=form.timezone,
        form=form.form,
        client_hash=client_hash,
    )
    nonce = store.open_signup(request, now)
    token = _confirm_serializer(config, store).dumps({"n": nonce, "t": int(now.timestamp())})
    url = f"{config.digest.base_url}/confirm/{token}"
    message = confirmation_message(
        notice_settings(config), form.email, url, _duration(limits.confirm_within), now
    )
    return SignupResult(SignupOutcome.SENT, message, form.email)


def _duration(value: timedelta) -> str:
    hours = int(value.total_seconds() // 3600)
    if hours >= 48 and hours % 24 == 0:
        return f"{hours // 24} days"
    return f"{hours} hours" if hours != 1 else "1 hour"


def confirm_nonce(config: Config, store: Store, token: str, now: datetime) -> str | None:
    """The nonce a confirmation link names, if the link is ours and not expired."""
    if len(token) > 300:
        return None
    try:
        data = _confirm_serializer(config, store).loads(token)
    except (BadSignature, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("n"), str):
        return None
    issued = data.get("t")
    if not isinstance(issued, int):
        return None
    age = now.timestamp() - issued
    if age < -300 or age > config.signup.confirm_within.total_seconds():
        return None
    return str(data["n"])


@dataclass(frozen=True)
class Confirmation:
    subscriber: Subscriber
    welcome: EmailMessage | None  # to send after answering, when `signup.welcome`


def confirm(
    config: Config, store: Store, nonce: str, client: str, now: datetime
) -> Confirmation | None:
    """The POST of the confirmation page: the subscriber active, consent recorded."""
    client_hash = keyed_hash(store.secret("consent"), client)
    sub = store.confirm_signup(nonce, client_hash, now)
    if sub is None:
        return None
    welcome = None
    if config.signup.welcome:
        signer = token_signer(config, store)
        preferences = f"{config.digest.base_url}/preferences/{signer.sign(sub.key)}"
        welcome = welcome_message(
            notice_settings(config),
            sub.email,
            preferences,
            unsubscribe_url(config, signer, sub),
            now,
        )
    return Confirmation(sub, welcome)


def deliver_notice(
    config: Config,
    message: EmailMessage,
    to: str,
    transport_factory: Callable[[Config], Transport],
) -> None:
    """One notice through the configured transport (SMTP or the outbox)."""
    transport = transport_factory(config)
    try:
        transport.send(message, to)
    finally:
        transport.close()
