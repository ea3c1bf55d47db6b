"""The short transactional emails of sign-up: "confirm your subscription" and "welcome".

Plain text only: they carry one link each, must read in any client and look like nothing a
filter would hold back. Headers go through the same sanitiser as an issue's (`header_text`),
so a title with control characters cannot shape them. The confirmation says what happens if
the reader did not ask (nothing) — the form is public, so someone else may have typed the
address.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from digest.render.message import SUBJECT_MAX, header_text
from digest.text.address import wire_address


@dataclass(frozen=True)
class NoticeSettings:
    """Who the notice is from and what the list is called."""

    from_header: str  # "Name <addr>"
    title: str  # the digest's title


def _message(
    settings: NoticeSettings, to: str, subject: str, body: str, now: datetime
) -> EmailMessage:
    msg = EmailMessage(policy=policy.SMTP)
    name, address = parseaddr(settings.from_header)
    msg["From"] = Address(display_name=name, addr_spec=address) if name else address
    msg["To"] = wire_address(to)
    msg["Subject"] = header_text(subject, SUBJECT_MAX)
    msg["Date"] = format_datetime(now)
    domain = address.rpartition("@")[2] or "localhost"
    msg["Message-ID"] = f"<{secrets.token_hex(16)}.notice@{domain}>"
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    return msg


def confirmation_message(
    settings: NoticeSettings, to: str, confirm_url: str, valid_for: str, now: datetime
) -> EmailMessage:
    """ "Please confirm": the link opens a page with a button; nothing happens until it is
    pressed."""
    title = header_text(settings.title)
    body = (
        f"Someone, hopefully you, asked to receive {title} at this address.\n"
        "\n"
        "To confirm, open this link and press the button on the page:\n"
        "\n"
        f"{confirm_url}\n"
        "\n"
        f"The link works for {valid_for}. If you did not ask, ignore this email:\n"
        "you will not be subscribed and will hear nothing more from us.\n"
    )
    return _message(settings, to, f"Confirm your subscription to {title}", body, now)


def welcome_message(
    settings: NoticeSettings, to: str, preferences_url: str, unsubscribe_url: str, now: datetime
) -> EmailMessage:
    """Sent once a subscriber confirms: what they will get and how to change or leave."""
    title = header_text(settings.title)
    body = (
        f"Welcome! You are subscribed to {title}.\n"
        "\n"
        "Choose sections or switch between HTML and plain text:\n"
        f"{preferences_url}\n"
        "\n"
        "Leave at any time:\n"
        f"{unsubscribe_url}\n"
    )
    return _message(settings, to, f"Welcome to {title}", body, now)
