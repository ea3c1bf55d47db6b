"""A rendered digest + one subscriber → the bytes of a MIME message with every header a list
mail needs.

Two paths that must agree:

- `build_message` (slow, obvious): an `email.message.EmailMessage` per subscriber. Headers are set
  through the email package (never formatted into strings), so a feed title in the Subject is
  RFC 2047-encoded and cannot smuggle in a line break or a header. Used for previews and test
  copies, and as the reference the fast path is tested against.

Every header value built from data passes one sanitiser, `header_text` (control and bidi
override characters removed, one line, a length bound: the Subject at SUBJECT_MAX characters,
cut at a word), on both paths; callers change a header only through `build_message`'s
parameters (a test copy's "[TEST] " prefix), never by setting it afterwards. Addresses go out
with their domain as IDNA A-labels (punycode); a non-ASCII local part is written as UTF-8
(RFC 6532) and needs a server that offers SMTPUTF8 (the transport checks).
- `compile_message` + `MessageTemplate.personalise` (fast): the MIME structure of one variant is
  serialised once, with the per-subscriber values (To, Date, Message-ID, List-Unsubscribe, name,
  unsubscribe URL) left as slots; personalising is a join of bytes. Building an EmailMessage and
  calling `as_bytes()` costs 6–10 ms for a 65 KB digest, the join costs microseconds.

How the fast path stays valid quoted-printable (RFC 2045 §6.7) and RFC 5322: the body is encoded
here, not by the email package, so we control where lines break. Every slot sits on lines of its
own — a soft line break (`=` CRLF) before and after it — and each value is itself QP-encoded with
every space and `=` escaped and folded to ≤ 75 characters plus `=`. So every physical line stays
≤ 76 characters whatever the value's length, no value can end a line in whitespace, and decoding
gives exactly the text the slow path produces. No encoded line starts with `.`, so SMTP
dot-stuffing never has to copy the message.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr

from digest.model.types import (
    PLACEHOLDER_NAME,
    PLACEHOLDER_UNSUBSCRIBE,
    RenderedDigest,
    Subscriber,
)
from digest.model.wire import WireMessage
from digest.text.address import needs_smtputf8, wire_address
from digest.text.plain import cut_at_word, one_line

MAX_NAME = 200  # display names longer than this are cut: a header line must stay < 998 octets
SUBJECT_MAX = 200  # clients show 40–130 characters; a feed title of 20,000 became a Subject


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


def header_text(value: str, limit: int | None = None) -> str:
    """The one sanitiser for header text built from data (a Subject, a display name, a list
    name): one line, no control or bidi override characters, at most `limit` characters cut
    at a word."""
    text = one_line(value)
    return cut_at_word(text, limit) if limit else text


def subject_header(subject: str, prefix: str = "") -> str:
    """The Subject as sent: `prefix` (e.g. "[TEST] ") and the subject, sanitised and bounded."""
    return header_text(prefix + subject, SUBJECT_MAX)


def display_name(subscriber: Subscriber) -> str:
    """The name as it appears in To and in the greeting: one line, no control characters."""
    return header_text(subscriber.name, MAX_NAME)


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
    subject_prefix: str = "",
) -> EmailMessage:
    """One subscriber's message: multipart/alternative, text first and HTML last (RFC 2046:
    the last part is the preferred one), or text alone for text-format subscribers.

    `subject_prefix` (a test copy's "[TEST] ") goes through the same sanitiser as the subject.
    """
    recipient = to_override or subscriber.email
    wire = wire_address(recipient)
    utf8 = needs_smtputf8(recipient)  # RFC 6532 headers; the transport sends with SMTPUTF8
    msg = EmailMessage(policy=policy.SMTPUTF8 if utf8 else policy.SMTP)
    display = settings.from_header
    name, address = parseaddr(display)
    msg["From"] = Address(display_name=name, addr_spec=address) if name else address
    first_name = "" if to_override else display_name(subscriber)
    if utf8:  # (Address() refuses a non-ASCII local part even under SMTPUTF8)
        msg["To"] = formataddr((first_name, wire)) if first_name else wire
    else:
        msg["To"] = Address(display_name=first_name, addr_spec=wire) if first_name else wire
    msg["Subject"] = subject_header(rendered.subject, subject_prefix)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id_for(rendered.issue_id, recipient, settings.domain)
    msg["List-Id"] = f"{header_text(settings.list_name)} <{settings.list_id}>"
    # RFC 2369 + RFC 8058: an HTTPS URL that accepts a one-click POST.
    msg["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Precedence"] = "list"
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Digest-Issue"] = rendered.issue_id
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


# -- quoted-printable with controlled line breaks (RFC 2045 §6.7) ----------------------------

QP_WIDTH = 75  # characters before the soft-break "=": 76 in all, the RFC's limit
# Bytes that must be escaped anywhere in a body line, and whitespace that ends a line.
_QP_BODY = re.compile(rb"[^\x20-\x3c\x3e-\x7e\t\n]|[ \t](?=\n|\Z)")
# In a slot value every byte but letters, digits and a few safe marks is escaped: no
# whitespace can end up at a line end, and values never need the body's context.
_QP_VALUE = re.compile(rb"[^A-Za-z0-9!#$%&'()*+,\-./:;<>?@\[\]^_`{|}~]")


def _escape(match: re.Match[bytes]) -> bytes:
    return b"=%02X" % match[0][0]


def _fold_qp(line: str) -> list[str]:
    """One encoded line → physical lines of ≤ 75 characters joined by soft breaks.

    Never cuts inside an `=XX` escape and never lets a physical line start with `.` (it is
    escaped as `=2E`, which decodes the same), so SMTP needs no dot-stuffing.
    """
    if line.startswith("."):
        line = "=2E" + line[1:]
    if len(line) <= QP_WIDTH:
        return [line]
    out: list[str] = []
    pos = 0
    while len(line) - pos > QP_WIDTH:
        cut = pos + QP_WIDTH
        if line[cut - 1] == "=":
            cut -= 1
        elif line[cut - 2] == "=":
            cut -= 2
        if line[cut] == ".":
            line = line[:cut] + "=2E" + line[cut + 1 :]
        out.append(line[pos:cut] + "=")
        pos = cut
    out.append(line[pos:])
    return out


def qp_encode_body(text: str) -> str:
    """Text → quoted-printable lines joined by LF (the caller converts to CRLF)."""
    raw = _QP_BODY.sub(_escape, text.encode("utf-8")).decode("ascii")
    return "\n".join(physical for line in raw.split("\n") for physical in _fold_qp(line))


def qp_encode_value(value: str) -> bytes:
    """A slot value: fully escaped, folded, ending without a line break (the template adds one)."""
    raw = _QP_VALUE.sub(_escape, value.encode("utf-8")).decode("ascii")
    return "\r\n".join(_fold_qp(raw)).encode("ascii")


def normalise_text(text: str) -> str:
    """Line breaks the way the email package writes a text part: CR, LF and CRLF (only those:
    it splits the encoded bytes) become LF, and the text ends with one."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


# -- headers built per subscriber -------------------------------------------------------------

_SPECIALS = re.compile(r'[][\\()<>@,:;".]')


def _encoded_words(name: str) -> list[str]:
    """RFC 2047 B-encoded words of ≤ 45 UTF-8 bytes each (≤ 75 characters encoded).

    A long name is cut after a space, the space kept inside the earlier word: RFC 2047 §6.2
    decoders drop the folding whitespace between words and get the name back exactly (Python's
    parser keeps it and shows one extra space there).
    """
    chunks: list[str] = []
    rest = name
    while len(rest.encode("utf-8")) > 45:
        cut = 0
        size = 0
        for index, char in enumerate(rest):
            size += len(char.encode("utf-8"))
            if size > 45:
                break
            cut = index + 1
        space = rest.rfind(" ", 0, cut)
        if space > 0:
            cut = space + 1
        chunks.append(rest[:cut])
        rest = rest[cut:]
    chunks.append(rest)
    return [f"=?utf-8?b?{base64.b64encode(c.encode()).decode('ascii')}?=" for c in chunks]


def to_header(name: str, address: str) -> bytes:
    """`To:` with the display name quoted (RFC 5322 §3.4) or RFC 2047-encoded, folded ≤ 78.

    The domain is written as IDNA A-labels (punycode); a non-ASCII local part is written as
    UTF-8 (RFC 6532), for a server that offers SMTPUTF8.
    """
    address = wire_address(address)
    if not name:
        return f"To: {address}\r\n".encode()
    if name.isascii():
        if _SPECIALS.search(name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        line = f"To: {name} <{address}>\r\n"
        if len(line) > 80:
            line = f"To: {name}\r\n <{address}>\r\n"
        return line.encode()
    words = _encoded_words(name)
    return ("To: " + "\r\n ".join(words) + f"\r\n <{address}>\r\n").encode()


def _static_header(name: str, value: object) -> bytes:
    """One header serialised by the email package (folding, RFC 2047), as the slow path does."""
    holder = EmailMessage(policy=policy.SMTP)
    holder[name] = value
    return holder.as_bytes().rstrip(b"\r\n") + b"\r\n"


# -- the compiled message ---------------------------------------------------------------------

# Slot numbers: what `MessageTemplate.personalise` fills in.
SLOT_TO, SLOT_DATE, SLOT_MESSAGE_ID, SLOT_LIST_UNSUBSCRIBE = 0, 1, 2, 3
SLOT_TEXT_NAME, SLOT_TEXT_UNSUBSCRIBE, SLOT_HTML_NAME, SLOT_HTML_UNSUBSCRIBE = 4, 5, 6, 7
_PLACEHOLDER_SPLIT = re.compile(f"({PLACEHOLDER_NAME}|{PLACEHOLDER_UNSUBSCRIBE})")


@dataclass(frozen=True)
class MessageTemplate:
    """One variant's message serialised once: static bytes with numbered slots between them."""

    issue_id: str
    format: str  # "html" (multipart/alternative) or "text"
    sender: str  # envelope sender (the From address)
    domain: str  # for Message-IDs
    statics: tuple[bytes, ...]  # len(slots) + 1 pieces of fixed bytes
    slots: tuple[int, ...]  # the slot between statics[i] and statics[i + 1]
    size: int = field(default=0)  # bytes of the static parts, for sizing reports
    # No static piece starts with "." or holds a line that does: then a message whose slot
    # values do neither has no line starting with "." at all (SMTP need not dot-stuff it).
    dot_safe: bool = field(default=False)
    # The same message for a subscriber without a name: (statics, slots) compiled with the name
    # placeholders already replaced by "". `build_message` normalises line breaks after
    # substituting, so an empty name can join a CR and an LF into one break, or leave a part
    # that ended with the name without its final break: compiled apart, both paths agree.
    nameless: tuple[tuple[bytes, ...], tuple[int, ...]] | None = field(default=None)

    def personalise(
        self,
        subscriber: Subscriber,
        *,
        unsubscribe_url: str,
        now: datetime,
        to_override: str | None = None,
    ) -> bytes:
        """The finished message for one subscriber, CRLF line ends, 7-bit clean (but for the
        To header of an address that needs SMTPUTF8)."""
        name = display_name(subscriber)
        recipient = to_override or subscriber.email
        message_id = message_id_for(self.issue_id, recipient, self.domain)
        values = [
            to_header("" if to_override else name, recipient),
            b"Date: " + format_datetime(now).encode("ascii") + b"\r\n",
            b"Message-ID: " + message_id.encode("ascii") + b"\r\n",
            list_unsubscribe_header(unsubscribe_url),
            qp_encode_value(name),
            qp_encode_value(unsubscribe_url),
            b"",
            b"",
        ]
        if self.format != "text":
            values[SLOT_HTML_NAME] = qp_encode_value(html.escape(name))
            values[SLOT_HTML_UNSUBSCRIBE] = qp_encode_value(html.escape(unsubscribe_url))
        statics, slots = self.statics, self.slots
        if not name and self.nameless is not None:
            statics, slots = self.nameless
        pieces = [statics[0]]
        for index, slot in enumerate(slots):
            pieces.append(values[slot])
            pieces.append(statics[index + 1])
        data = b"".join(pieces)
        if self.dot_safe and not any(v[:1] == b"." or b"\n." in v for v in values):
            return WireMessage(data)  # (checking the short values, not the 50 KB message)
        return data

    def message_id(self, email: str) -> str:
        return message_id_for(self.issue_id, email, self.domain)


def list_unsubscribe_header(url: str) -> bytes:
    """`List-Unsubscribe: <url>`, folded as the email package folds it: onto a line of its own
    when the header would pass 78 characters and the value fits one. (A longer value stays on
    one line, ≤ 998: the email package would RFC 2047-encode it, which clients do not decode in
    this header.)"""
    value = b"<" + url.encode("ascii") + b">"
    if len(value) + len(b"List-Unsubscribe: ") > 78 and len(value) + 1 <= 78:
        return b"List-Unsubscribe:\r\n " + value + b"\r\n"
    return b"List-Unsubscribe: " + value + b"\r\n"


def _body_pieces(text: str, name_slot: int, unsubscribe_slot: int) -> list[bytes | int]:
    """A part's body split at the placeholders: encoded bytes and slots, each slot on its own
    lines (soft break before and after)."""
    pieces: list[bytes | int] = []
    chunks = _PLACEHOLDER_SPLIT.split(text)
    for index, chunk in enumerate(chunks):
        if index % 2:
            pieces.append(name_slot if chunk == PLACEHOLDER_NAME else unsubscribe_slot)
            pieces.append(b"=\r\n")
            continue
        encoded = qp_encode_body(chunk).replace("\n", "\r\n").encode("ascii")
        if encoded and not encoded.endswith(b"\n") and index + 1 < len(chunks):
            encoded += b"=\r\n"  # the slot that follows starts a line of its own
        pieces.append(encoded)
    return pieces


def compile_message(
    rendered: RenderedDigest, *, settings: MessageSettings, format: str = "html"
) -> MessageTemplate:
    """Serialise one variant (rendered digest × format) once, leaving slots for each subscriber."""
    display, address = parseaddr(settings.from_header)
    from_value: object = Address(display_name=display, addr_spec=address) if display else address
    boundary = "=_digest_" + secrets.token_hex(12)  # "=_" cannot occur in quoted-printable
    pieces: list[bytes | int] = [
        _static_header("From", from_value),
        SLOT_TO,
        _static_header("Subject", subject_header(rendered.subject)),
        SLOT_DATE,
        SLOT_MESSAGE_ID,
        _static_header("List-Id", f"{header_text(settings.list_name)} <{settings.list_id}>"),
        SLOT_LIST_UNSUBSCRIBE,
        b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
        b"Precedence: list\r\nAuto-Submitted: auto-generated\r\n",
        _static_header("X-Digest-Issue", rendered.issue_id),
        b"MIME-Version: 1.0\r\n",
    ]
    text_part = b'Content-Type: text/plain; charset="utf-8"\r\n'
    qp = b"Content-Transfer-Encoding: quoted-printable\r\n"

    def body(text: str, html: str) -> list[bytes | int]:
        text_body = _body_pieces(normalise_text(text), SLOT_TEXT_NAME, SLOT_TEXT_UNSUBSCRIBE)
        if format == "text":
            return [text_part, qp, b"\r\n", *text_body]
        html_body = _body_pieces(normalise_text(html), SLOT_HTML_NAME, SLOT_HTML_UNSUBSCRIBE)
        delimiter = b"--" + boundary.encode("ascii")
        return [
            b'Content-Type: multipart/alternative;\r\n boundary="' + boundary.encode() + b'"\r\n',
            b"\r\n",
            delimiter + b"\r\n" + text_part + qp + b"\r\n",
            *text_body,
            b"\r\n" + delimiter + b"\r\n" + b'Content-Type: text/html; charset="utf-8"\r\n' + qp,
            b"\r\n",
            *html_body,
            b"\r\n" + delimiter + b"--\r\n",
        ]

    statics, slots = _join(pieces + body(rendered.text, rendered.html))
    nameless = None
    if PLACEHOLDER_NAME in rendered.text or (
        format != "text" and PLACEHOLDER_NAME in rendered.html
    ):
        nameless = _join(
            pieces
            + body(
                rendered.text.replace(PLACEHOLDER_NAME, ""),
                rendered.html.replace(PLACEHOLDER_NAME, ""),
            )
        )
    every_static = statics + (nameless[0] if nameless else ())
    return MessageTemplate(
        issue_id=rendered.issue_id,
        format="text" if format == "text" else "html",
        sender=address,
        domain=settings.domain,
        statics=statics,
        slots=slots,
        size=sum(len(s) for s in statics),
        dot_safe=not any(s[:1] == b"." or b"\n." in s for s in every_static),
        nameless=nameless,
    )


def _join(pieces: list[bytes | int]) -> tuple[tuple[bytes, ...], tuple[int, ...]]:
    """Pieces → fixed bytes with the slots between them."""
    statics: list[bytes] = [b""]
    slots: list[int] = []
    for piece in pieces:
        if isinstance(piece, int):
            slots.append(piece)
            statics.append(b"")
        else:
            statics[-1] += piece
    return tuple(statics), tuple(slots)


# -- DKIM (RFC 6376) --------------------------------------------------------------------------

DKIM_HEADERS: Sequence[bytes] = (
    b"from",
    b"to",
    b"subject",
    b"date",
    b"message-id",
    b"list-id",
    b"list-unsubscribe",
    b"list-unsubscribe-post",
    b"mime-version",
    b"content-type",
)


@dataclass(frozen=True)
class DkimSigner:
    """Signs finished message bytes; `h=` covers From, Subject, Date and the List-Unsubscribe
    headers (RFC 8058 §4 asks for both to be signed) among others."""

    selector: str
    domain: str
    private_key: bytes  # PEM

    def sign(self, data: bytes) -> bytes:
        import dkim  # dkimpy: only imported when signing is configured

        signature = dkim.sign(
            data,
            self.selector.encode("ascii"),
            self.domain.encode("ascii"),
            self.private_key,
            include_headers=list(DKIM_HEADERS),
            canonicalize=(b"relaxed", b"relaxed"),
        )
        return signature + data
