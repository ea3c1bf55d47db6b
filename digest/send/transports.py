"""Transports: hand finished message bytes to SMTP, to a folder (outbox) or to a list (memory).

A transport only moves bytes. What a failure means for the delivery (defer, bounce, fail) is
decided from `TransportError.kind`, which is derived from the SMTP reply (RFC 5321 §4.2, RFC 3463
enhanced status codes). Two kinds are about the session, not the recipient: "connection" (no
connection, TLS failed, 421, dropped) and "auth" (the relay refused our login: 535/534/530,
RFC 4954 §6). A send that meets one stops and keeps its deliveries for the next run; it never
marks a recipient failed for them.

The delivery loop runs several connections at once: `transport.connection()` gives a transport
for one worker thread — a new SMTP connection with the same settings, or the same object for
transports that are safe to share (outbox, memory).
"""

from __future__ import annotations

import os
import re
import smtplib
import ssl
import tempfile
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from digest.model.wire import WireMessage
from digest.text.address import needs_smtputf8, wire_address

if TYPE_CHECKING:
    from collections.abc import Callable

TransportFailure = Literal["temporary", "mailbox", "policy", "permanent", "connection", "auth"]
SESSION_FAILURES = ("connection", "auth")  # about the relay, not about one recipient

# RFC 4954 §6: 530 authentication required, 534 mechanism too weak, 535 credentials invalid.
AUTH_CODES = (530, 534, 535)


class TransportError(Exception):
    """A message was not accepted. `kind` says what the delivery should become."""

    def __init__(
        self,
        message: str,
        kind: TransportFailure,
        code: int | None = None,
        *,
        at_connect: bool = False,
    ):
        super().__init__(message)
        self.kind = kind
        self.code = code
        self.at_connect = at_connect  # no session could be opened (connect, greeting, TLS, login)

    @property
    def session_level(self) -> bool:
        """The relay, not the recipient, is the problem: no recipient may be failed for it."""
        return self.kind in SESSION_FAILURES


def classify_smtp_reply(code: int, text: str) -> TransportFailure:
    """421 → the connection is going away; 530/534/535 → our login; other 4xx → temporary;
    5.1.x → the mailbox is bad; 5.7.x → policy; other 5xx → permanent (RFC 3463)."""
    if code == 421:
        return "connection"
    if code in AUTH_CODES:
        return "auth"
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

    def send_bytes(
        self,
        sender: str,
        recipient: str,
        data: bytes,
        *,
        before_data: Callable[[], None] | None = None,
    ) -> None:
        """Deliver finished message bytes (CRLF line ends) to one recipient. `before_data` is
        called before anything is handed over that could be accepted (SMTP: after the DATA
        command's 354, before the message itself)."""
        ...

    def send(self, message: EmailMessage, recipient: str) -> None: ...

    def connection(self) -> Transport:
        """A transport for one more worker thread."""
        ...

    def close(self) -> None: ...


def _split(message: EmailMessage) -> tuple[str, bytes]:
    """An EmailMessage (the slow path: test copies) → envelope sender and CRLF bytes."""
    data = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
    return parseaddr(str(message["From"]))[1], data


def _header(data: bytes, name: bytes) -> str:
    """One unfolded header value from raw message bytes (enough for X-Digest-Issue)."""
    head = data.split(b"\r\n\r\n", 1)[0]
    # `[^\r\n]`, not `.`: a dot takes the CR of the CRLF, and the folder would end in "_".
    value = rb":[ \t]*([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)"
    match = re.search(rb"(?im)^" + re.escape(name) + value, head)
    return re.sub(rb"\r\n[ \t]", b" ", match.group(1)).decode("ascii", "replace") if match else ""


class OutboxTransport:
    """Writes each message as an .eml file under `folder/<issue>/`, atomically."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path_for(self, data: bytes | EmailMessage, recipient: str) -> Path:
        if isinstance(data, EmailMessage):
            issue = str(data.get("X-Digest-Issue", "test")) or "test"
        else:
            issue = _header(data, b"X-Digest-Issue") or "test"
        safe = re.sub(r"[^A-Za-z0-9@._+-]", "_", recipient)
        return self.folder / re.sub(r"[^A-Za-z0-9._-]", "_", issue) / f"{safe}.eml"

    def send_bytes(
        self,
        sender: str,
        recipient: str,
        data: bytes,
        *,
        before_data: Callable[[], None] | None = None,
    ) -> None:
        if before_data is not None:
            before_data()
        path = self.path_for(data, recipient)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(tmp, path)

    def send(self, message: EmailMessage, recipient: str) -> None:
        sender, data = _split(message)
        self.send_bytes(sender, recipient, data)

    def connection(self) -> OutboxTransport:
        return self

    def close(self) -> None:
        pass


@dataclass
class MemoryTransport:
    """Keeps messages in a list: a real transport for tests and previews."""

    sent: list[tuple[str, EmailMessage]] = field(default_factory=list)
    raw: list[tuple[str, str, bytes]] = field(default_factory=list)  # (sender, recipient, bytes)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def send_bytes(
        self,
        sender: str,
        recipient: str,
        data: bytes,
        *,
        before_data: Callable[[], None] | None = None,
    ) -> None:
        from email import message_from_bytes, policy

        if before_data is not None:
            before_data()
        parsed = message_from_bytes(data, policy=policy.default)
        with self.lock:
            self.raw.append((sender, recipient, data))
            self.sent.append((recipient, parsed))

    def send(self, message: EmailMessage, recipient: str) -> None:
        with self.lock:
            self.sent.append((recipient, message))

    def connection(self) -> MemoryTransport:
        return self

    def close(self) -> None:
        pass


_DOT_LINE = re.compile(rb"(?m)^\.")
_LINE_STARTS_WITH_DOT = re.compile(rb"\n\.")  # (a regex: 3x faster than `b"\n." in data`)


# A plain dot-atom address (what email-validator gives us): smtplib's quoteaddr() parses it
# only to return "<address>" (~9 µs per call, twice per message).
_DOT_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_PLAIN_ADDRESS = re.compile(rf"{_DOT_ATOM}@{_DOT_ATOM}")


def quote_address(address: str) -> str:
    """What smtplib's MAIL/RCPT put between "FROM:"/"TO:" and the options: `quoteaddr`."""
    if _PLAIN_ADDRESS.fullmatch(address):
        return f"<{address}>"
    return smtplib.quoteaddr(address)


class SmtpTransport:
    """One SMTP connection, opened on first use, reused for up to `max_messages` messages.

    Each message is one MAIL / RCPT / DATA exchange with one recipient, so a refusal is always
    about that recipient. A 421 reply or a dropped connection closes the connection; the next
    `send_bytes` opens a new one.
    """

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
        self._context = ssl_context  # made on first TLS use: loading the CA store costs ~20 ms
        self._smtp: smtplib.SMTP | None = None
        self._count = 0
        self.connections_opened = 0

    @property
    def context(self) -> ssl.SSLContext:
        if self._context is None:
            self._context = ssl.create_default_context()
        return self._context

    def connection(self) -> SmtpTransport:
        """A new, unopened connection with the same settings (one per worker thread)."""
        return SmtpTransport(
            self.host,
            self.port,
            security=self.security,
            username=self.username,
            password=self.password,
            timeout=self.timeout,
            max_messages=self.max_messages,
            ssl_context=self._context if self.security == "none" else self.context,
        )

    @property
    def is_open(self) -> bool:
        return self._smtp is not None

    def _connect(self) -> smtplib.SMTP:
        """Connect, greet, TLS, log in. Every failure here is about the session ("connection"
        or "auth"); the messages say what failed in one line and never hold the password."""
        where = f"{self.host}:{self.port}"
        smtp: smtplib.SMTP | None = None
        try:
            if self.security == "ssl":
                smtp = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout, context=self.context
                )
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
                if self.security == "starttls":
                    smtp.starttls(context=self.context)
            smtp.ehlo_or_helo_if_needed()
            if self.username:
                smtp.login(self.username, self.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            _close_quietly(smtp)
            raise TransportError(
                f"SMTP login to {where} as {self.username!r} refused: "
                f"{_reply(exc.smtp_code, exc.smtp_error)}",
                "auth",
                exc.smtp_code,
                at_connect=True,
            ) from None
        except smtplib.SMTPNotSupportedError as exc:
            _close_quietly(smtp)
            raise TransportError(f"{where}: {exc}", "connection", at_connect=True) from None
        except smtplib.SMTPConnectError as exc:  # the greeting was not 220 (421: busy)
            raise TransportError(
                f"{where} refused the session: {_reply(exc.smtp_code, exc.smtp_error)}",
                "connection",
                exc.smtp_code,
                at_connect=True,
            ) from None
        except ssl.SSLError as exc:
            _close_quietly(smtp)
            raise TransportError(
                f"TLS with {where} failed: {exc}", "connection", at_connect=True
            ) from None
        except smtplib.SMTPResponseException as exc:
            _close_quietly(smtp)
            kind: TransportFailure = "auth" if exc.smtp_code in AUTH_CODES else "connection"
            raise TransportError(
                f"{where}: {_reply(exc.smtp_code, exc.smtp_error)}",
                kind,
                exc.smtp_code,
                at_connect=True,
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            _close_quietly(smtp)
            raise TransportError(
                f"cannot connect to {where}: {exc}", "connection", at_connect=True
            ) from None
        assert smtp is not None
        self.connections_opened += 1
        return smtp

    def send(self, message: EmailMessage, recipient: str) -> None:
        sender, data = _split(message)
        self.send_bytes(sender, recipient, data)

    def send_bytes(
        self,
        sender: str,
        recipient: str,
        data: bytes,
        *,
        before_data: Callable[[], None] | None = None,
    ) -> None:
        if self._smtp is not None and self._count >= self.max_messages:
            self.close()
        if self._smtp is None:
            self._smtp = self._connect()
            self._count = 0
        smtp = self._smtp
        options = self._utf8_options(smtp, sender, recipient)
        try:
            sender, recipient = wire_address(sender), wire_address(recipient)  # IDN: punycode
        except ValueError as exc:
            raise TransportError(str(exc), "permanent") from None
        try:
            # smtp.mail(sender) and smtp.rcpt(recipient), with the addresses quoted cheaply
            smtp.putcmd("mail", "from:" + quote_address(sender) + options)
            code, reply = smtp.getreply()
            if code != 250:
                self._refused(code, reply, "MAIL FROM")
            smtp.putcmd("rcpt", "to:" + quote_address(recipient))
            code, reply = smtp.getreply()
            if code not in (250, 251):
                self._refused(code, reply, "RCPT TO")
            code, reply = self._data(smtp, data, before_data)
            if code != 250:
                self._refused(code, reply, "DATA")
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop()
            raise TransportError(f"connection lost: {exc}", "connection") from exc
        self._count += 1

    def _utf8_options(self, smtp: smtplib.SMTP, sender: str, recipient: str) -> str:
        """MAIL FROM options for this message: " SMTPUTF8" when an address has a non-ASCII
        local part (RFC 6531) and the server offers it, else "". A server that does not offer
        it cannot take the message: a permanent failure for this recipient, saying why."""
        if not (needs_smtputf8(sender) or needs_smtputf8(recipient)):
            smtp.command_encoding = "ascii"
            return ""
        if not smtp.has_extn("smtputf8"):
            raise TransportError(
                f"{recipient}: the part before '@' is not ASCII and {self.host} does not offer"
                " SMTPUTF8 (RFC 6531), which delivering it needs; send through a server that"
                " does, or ask the subscriber for an ASCII address",
                "permanent",
            )
        smtp.command_encoding = "utf-8"
        return " SMTPUTF8" + (" BODY=8BITMIME" if smtp.has_extn("8bitmime") else "")

    def _data(
        self, smtp: smtplib.SMTP, data: bytes, before_data: Callable[[], None] | None = None
    ) -> tuple[int, bytes]:
        """DATA without smtplib's copies: dot-stuff only when a line starts with '.'."""
        smtp.putcmd("data")
        code, reply = smtp.getreply()
        if code != 354:
            return code, reply
        if before_data is not None:
            try:
                before_data()
            except BaseException:
                self._drop()  # mid-DATA: a QUIT now would be read as message text
                raise
        if not isinstance(data, WireMessage) and (
            data.startswith(b".") or _LINE_STARTS_WITH_DOT.search(data)
        ):
            data = _DOT_LINE.sub(b"..", data)
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        smtp.send(data + b".\r\n")
        return smtp.getreply()

    def _refused(self, code: int, reply: bytes, stage: str) -> None:
        """Turn a refusal into a TransportError, leaving the connection ready for the next one."""
        text = _text(reply)
        kind = classify_smtp_reply(code, text)
        if code == 421 or kind in SESSION_FAILURES:
            self._drop()
        else:
            try:
                self._smtp.rset()  # type: ignore[union-attr]
            except (smtplib.SMTPException, OSError):
                self._drop()
        raise TransportError(f"{_reply(code, reply)} (after {stage})", kind, code)

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


def _close_quietly(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        try:
            smtp.close()
        except OSError:
            pass


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _reply(code: int, text: bytes | str) -> str:
    return f"SMTP {code} {' '.join(_text(text).split())}"
