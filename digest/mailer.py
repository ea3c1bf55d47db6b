"""Transports: hand finished messages to SMTP, to a folder (outbox) or to a list (memory).

A transport only moves bytes. What a failure means for the delivery (defer, bounce, fail) is
decided from `TransportError.kind`, which is derived from the SMTP reply (RFC 5321 §4.2, RFC 3463
enhanced status codes).
"""

from __future__ import annotations

import os
import re
import smtplib
import ssl
import tempfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import Literal, Protocol

TransportFailure = Literal["temporary", "mailbox", "policy", "permanent", "connection"]


class TransportError(Exception):
    """A message was not accepted. `kind` says what the delivery should become."""

    def __init__(self, message: str, kind: TransportFailure, code: int | None = None):
        super().__init__(message)
        self.kind = kind
        self.code = code


def classify_smtp_reply(code: int, text: str) -> TransportFailure:
    """4xx → temporary; 5.1.x → the mailbox is bad; 5.7.x → policy; other 5xx → permanent."""
    if code == 421:
        return "connection"
    if 400 <= code < 500:
        return "temporary"
    enhanced = re.match(r"\s*5\.(\d)\.\d+", text)
    if enhanced and enhanced.group(1) == "1":
        return "mailbox"
    if enhanced and enhanced.group(1) == "7":
        return "policy"
    if code in (550, 551, 553) and not enhanced:
        return "mailbox"
    return "permanent"


class Transport(Protocol):
    """What the sender needs from a transport."""

    def send(self, message: EmailMessage, recipient: str) -> None: ...

    def close(self) -> None: ...


class OutboxTransport:
    """Writes each message as an .eml file under `folder/<issue>/`, atomically."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path_for(self, message: EmailMessage, recipient: str) -> Path:
        issue = str(message.get("X-Digest-Issue", "test")) or "test"
        safe = re.sub(r"[^A-Za-z0-9@._+-]", "_", recipient)
        return self.folder / re.sub(r"[^A-Za-z0-9._-]", "_", issue) / f"{safe}.eml"

    def send(self, message: EmailMessage, recipient: str) -> None:
        path = self.path_for(message, recipient)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(message.as_bytes())
        os.replace(tmp, path)

    def close(self) -> None:
        pass


@dataclass
class MemoryTransport:
    """Keeps messages in a list: a real transport for tests and previews."""

    sent: list[tuple[str, EmailMessage]] = field(default_factory=list)

    def send(self, message: EmailMessage, recipient: str) -> None:
        self.sent.append((recipient, message))

    def close(self) -> None:
        pass


class SmtpTransport:
    """One SMTP connection, opened on first use and reused for the batch."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        security: str = "starttls",
        username: str | None = None,
        password: str | None = None,
        timeout: float = 30.0,
        max_messages: int = 500,
        ssl_context: ssl.SSLContext | None = None,
    ):
        self.host, self.port, self.security = host, port, security
        self.username, self.password = username, password
        self.timeout = timeout
        self.max_messages = max_messages
        self.context = ssl_context or ssl.create_default_context()
        self._smtp: smtplib.SMTP | None = None
        self._count = 0

    def _connect(self) -> smtplib.SMTP:
        try:
            if self.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout, context=self.context
                )
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
                if self.security == "starttls":
                    smtp.starttls(context=self.context)
            if self.username:
                smtp.login(self.username, self.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise TransportError(f"SMTP login refused: {exc.smtp_code}", "policy", exc.smtp_code)
        except (OSError, smtplib.SMTPException) as exc:
            raise TransportError(
                f"cannot connect to {self.host}:{self.port}: {exc}", "connection"
            ) from exc
        return smtp

    def send(self, message: EmailMessage, recipient: str) -> None:
        if self._smtp is not None and self._count >= self.max_messages:
            self.close()
        if self._smtp is None:
            self._smtp = self._connect()
            self._count = 0
        sender = parseaddr(str(message["From"]))[1]
        try:
            refused = self._smtp.send_message(message, from_addr=sender, to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            raise TransportError(_reply(code, text), classify_smtp_reply(code, _text(text)), code)
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code == 421:
                self._drop()
            raise TransportError(
                _reply(exc.smtp_code, exc.smtp_error),
                classify_smtp_reply(exc.smtp_code, _text(exc.smtp_error)),
                exc.smtp_code,
            )
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop()
            raise TransportError(f"connection lost: {exc}", "connection") from exc
        if refused:  # only possible with several recipients; handled, not ignored
            code, text = next(iter(refused.values()))
            raise TransportError(_reply(code, text), classify_smtp_reply(code, _text(text)), code)
        self._count += 1

    def _drop(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.close()
            finally:
                self._smtp = None

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self._drop()


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _reply(code: int, text: bytes | str) -> str:
    return f"SMTP {code} {' '.join(_text(text).split())}"
