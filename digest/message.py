"""A rendered digest + one subscriber → a MIME message with every header a list mail needs.

Headers are set through `email.message.EmailMessage` (never formatted into strings), so a feed
title in the Subject is RFC 2047-encoded and cannot smuggle in a line break or a header.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from digest.types import (
    PLACEHOLDER_NAME,
    PLACEHOLDER_UNSUBSCRIBE,
    RenderedDigest,
    Subscriber,
)


@dataclass(frozen=True)
class MessageSettings:
    """The list's identity, the same for every message of an issue."""

    from_header: str  # "Name <addr>"
    list_name: str  # human name of the list (the digest title)
    base_url: str  # where the web app lives: unsubscribe and archive links

    @property
    def from_address(self) -> str:
        return parseaddr(self.from_header)[1]

    @property
    def domain(self) -> str:
        return self.from_address.rpartition("@")[2] or "localhost"

    @property
    def list_id(self) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", self.list_name.casefold()).strip("-") or "digest"
        return f"{slug}.{self.domain}"


def message_id_for(issue_id: str, email: str, domain: str) -> str:
    """The same (issue, subscriber) always gets the same Message-ID, so a resend after a crash
    is recognised as the same message by the receiving side (Gmail collapses it)."""
    digest = hashlib.sha256(f"{issue_id}\0{email.casefold()}".encode()).hexdigest()[:32]
    return f"<{digest}.{issue_id}@{domain}>"


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def personalise(text: str, *, name: str, unsubscribe_url: str, is_html: bool) -> str:
    """Fill the renderer's placeholders by substitution, never by re-rendering."""
    if is_html:
        name = html.escape(name)
        unsubscribe_url = html.escape(unsubscribe_url)
    return text.replace(PLACEHOLDER_NAME, name).replace(PLACEHOLDER_UNSUBSCRIBE, unsubscribe_url)


def build_message(
    rendered: RenderedDigest,
    subscriber: Subscriber,
    *,
    settings: MessageSettings,
    unsubscribe_url: str,
    now: datetime,
    to_override: str | None = None,
) -> EmailMessage:
    """One subscriber's message: multipart/alternative, text first and HTML last (RFC 2046:
    the last part is the preferred one), or text alone for text-format subscribers."""
    msg = EmailMessage(policy=policy.SMTP)
    display = settings.from_header
    name, address = parseaddr(display)
    msg["From"] = Address(display_name=name, addr_spec=address) if name else address
    recipient = to_override or subscriber.email
    msg["To"] = (
        Address(display_name=_one_line(subscriber.name), addr_spec=recipient)
        if subscriber.name and not to_override
        else recipient
    )
    msg["Subject"] = _one_line(rendered.subject)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id_for(rendered.issue_id, recipient, settings.domain)
    msg["List-Id"] = f"{_one_line(settings.list_name)} <{settings.list_id}>"
    # RFC 2369 + RFC 8058: an HTTPS URL that accepts a one-click POST.
    msg["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Precedence"] = "list"
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Digest-Issue"] = rendered.issue_id
    first_name = _one_line(subscriber.name)
    text = personalise(
        rendered.text, name=first_name, unsubscribe_url=unsubscribe_url, is_html=False
    )
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    if subscriber.format != "text":
        body = personalise(
            rendered.html, name=first_name, unsubscribe_url=unsubscribe_url, is_html=True
        )
        msg.add_alternative(body, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg
