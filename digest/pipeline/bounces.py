"""Late bounces and complaints → subscriber status: `digest bounces process`.

    process(config, store, raw bytes, now, recipient=None):
        parse                           # nothing parseable -> UNREADABLE (the caller keeps it)
        classify                        # ARF (RFC 5965) feedback report -> complaint
                                        # flufl.bounce: permanent -> hard, temporary -> soft
                                        # neither (an auto-reply, a vacation notice) -> ignored
        whom: a valid VERP token        # the address it came back to (Delivered-To, the
                                        # pipe's recipient), or for a complaint the original's
                                        # envelope sender (Original-Mail-From, Return-Path)
              none or forged -> ignored, nothing changes
        record the event once           # the report's key: a second run changes nothing
        hard      -> bounced + suppressed
        soft      -> bounced once `bounces.soft_limit` fell within `bounces.soft_window`
        complaint -> complained + suppressed

Why flufl.bounce: it is Mailman 3's bounce detector, maintained (6.0, 2026), typed, and
carries detectors for RFC 3464 DSNs and for the non-standard formats of Postfix, Exim, qmail,
Exchange, GroupWise, Yahoo, AOL and others, each tested against a corpus of real bounces
(several of which are in tests/data/bounces). It answers which addresses failed and whether
permanently; VERP answers who we sent it to, so a bounce that names a forwarded address still
finds its subscriber. flufl.bounce does not read ARF complaint reports: RFC 5965 reports are
machine-readable header blocks, read here with the standard library's email parser.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from email import message_from_bytes
from email.message import Message
from enum import StrEnum
from typing import TYPE_CHECKING

from flufl.bounce import all_failures

from digest.model.types import SubscriberStatus
from digest.pipeline.verp import Verp, VerpToken, issue_tag, verp_for
from digest.store import Store

if TYPE_CHECKING:
    from digest.config import Config

MAX_REPORT = 10 * 2**20  # a bounce is a few KB; a larger "report" is not read
# Feedback types that are a recipient's complaint (RFC 5965 §7.3; "not-spam" is the opposite).
COMPLAINT_TYPES = {"abuse", "fraud", "virus", "other"}


class Kind(StrEnum):
    HARD = "hard"
    SOFT = "soft"
    COMPLAINT = "complaint"
    NONE = "none"  # not a bounce or complaint


class Outcome(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # processed before: nothing changed
    IGNORED = "ignored"  # not a bounce, or not about one of our messages (no valid token)
    UNREADABLE = "unreadable"  # the caller keeps the message


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    text: str  # one line for the operator

    @property
    def ok(self) -> bool:
        return self.outcome is not Outcome.UNREADABLE


@dataclass(frozen=True)
class Classified:
    kind: Kind
    detail: str
    addresses: tuple[str, ...] = ()  # what the report said failed (for the operator's line)


def parse(raw: bytes) -> Message | None:
    """The message, or None when these bytes are not a mail message at all."""
    if not raw.strip() or len(raw) > MAX_REPORT:
        return None
    msg = message_from_bytes(raw)
    if not msg.keys() or msg.defects and not msg.get_payload():
        return None
    return msg


def _parts(msg: Message) -> list[Message]:
    return [part for part in msg.walk() if isinstance(part, Message)]


def feedback_report(msg: Message) -> Message | None:
    """The RFC 5965 machine-readable part (its fields parsed as headers), if this is an ARF."""
    for part in _parts(msg):
        if part.get_content_type() == "message/feedback-report":
            payload = part.get_payload()
            if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                return payload[0]  # the email package parses message/* bodies as messages
            if isinstance(payload, str):
                return message_from_bytes(payload.encode("utf-8", "replace"))
    return None


def classify(msg: Message) -> Classified:
    report = feedback_report(msg)
    if report is not None:
        feedback = str(report.get("Feedback-Type", "")).strip().lower()
        if feedback in COMPLAINT_TYPES:
            return Classified(Kind.COMPLAINT, f"complaint ({feedback})")
        return Classified(Kind.NONE, f"feedback report of type {feedback or 'unknown'}")
    temporary, permanent = all_failures(msg)
    if permanent:
        found = tuple(sorted(a.decode("utf-8", "replace") for a in permanent))
        return Classified(Kind.HARD, "permanent failure", found)
    if temporary:
        found = tuple(sorted(a.decode("utf-8", "replace") for a in temporary))
        return Classified(Kind.SOFT, "temporary failure", found)
    return Classified(Kind.NONE, "neither a bounce nor a complaint")


def find_token(verp: Verp, msg: Message, recipient: str | None) -> VerpToken | None:
    """Whom the report is about: the address it was delivered to (ours, with a token), else
    the envelope sender of the original message it quotes."""
    values = [recipient] if recipient else []
    for name in ("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To", "To"):
        values.extend(str(v) for v in msg.get_all(name, []))
    token = verp.find(values)
    if token is not None:
        return token
    quoted: list[str] = []
    report = feedback_report(msg)
    if report is not None:
        quoted.extend(str(v) for v in report.get_all("Original-Mail-From", []))
    for part in _parts(msg):
        if part.get_content_type() in ("message/rfc822", "text/rfc822-headers"):
            inner = part.get_payload()
            original = inner[0] if isinstance(inner, list) and inner else None
            if isinstance(inner, str):
                original = message_from_bytes(inner.encode("utf-8", "replace"))
            if isinstance(original, Message):
                quoted.extend(str(v) for v in original.get_all("Return-Path", []))
    return verp.find(quoted)


def report_key(msg: Message, raw: bytes, key: str) -> str:
    """The same report → the same key, however often it is processed."""
    ident = str(msg.get("Message-ID", "")).strip() or hashlib.sha256(raw).hexdigest()
    return hashlib.sha256(f"{ident}\0{key}".encode()).hexdigest()


def mask(address: str) -> str:
    local, _, domain = address.rpartition("@")
    return f"{local[:1]}•••@{domain}"


def process(
    config: Config, store: Store, raw: bytes, now: datetime, recipient: str | None = None
) -> Result:
    """One report; see the module docstring."""
    try:
        msg = parse(raw)
        if msg is None:
            return Result(Outcome.UNREADABLE, "unreadable: not a mail message")
        classified = classify(msg)
    except Exception as exc:  # a hostile report must not stop a Maildir run
        return Result(Outcome.UNREADABLE, f"unreadable: {type(exc).__name__}: {exc}"[:200])
    if classified.kind is Kind.NONE:
        return Result(Outcome.IGNORED, f"ignored: {classified.detail}")
    verp = verp_for(config, store)
    if verp is None:
        return Result(Outcome.IGNORED, "ignored: bounces.address is not set in the config")
    token = find_token(verp, msg, recipient)
    if token is None:
        return Result(Outcome.IGNORED, f"ignored: {classified.kind} with no valid bounce token")
    sub = store.subscriber_by_key(token.key)
    if sub is None:
        return Result(Outcome.IGNORED, f"ignored: {classified.kind} for a removed subscriber")
    issue_id = next(
        (i for i in store.delivered_issue_ids(sub.email) if issue_tag(i) == token.tag), None
    )
    key = report_key(msg, raw, token.key)
    if not store.record_bounce_event(
        key, sub.email, issue_id, classified.kind, classified.detail, now
    ):
        return Result(Outcome.DUPLICATE, f"{classified.kind} for {mask(sub.email)}: seen before")
    return Result(Outcome.APPLIED, _apply(config, store, sub.email, sub.status, classified, now))


def _apply(
    config: Config,
    store: Store,
    email: str,
    status: SubscriberStatus,
    classified: Classified,
    now: datetime,
) -> str:
    who = mask(email)
    if classified.kind is Kind.COMPLAINT:
        if status is not SubscriberStatus.COMPLAINED:
            store.set_subscriber_status(email, SubscriberStatus.COMPLAINED, now)
        store.suppress(email, f"{classified.detail} {now:%Y-%m-%d}", now)
        return f"complaint for {who}: complained, suppressed"
    if classified.kind is Kind.HARD:
        if status in (SubscriberStatus.ACTIVE, SubscriberStatus.PENDING):
            store.set_subscriber_status(email, SubscriberStatus.BOUNCED, now)
        store.suppress(email, f"hard bounce {now:%Y-%m-%d}", now)
        return f"hard bounce for {who}: bounced, suppressed"
    bounces = config.bounces
    count = store.count_bounce_events(email, Kind.SOFT, now - bounces.soft_window)
    if count >= bounces.soft_limit and status is SubscriberStatus.ACTIVE:
        store.set_subscriber_status(email, SubscriberStatus.BOUNCED, now)
        return f"soft bounce for {who}: {count} within {bounces.soft_window.days} days, bounced"
    return f"soft bounce for {who}: {count} of {bounces.soft_limit} within the window"
