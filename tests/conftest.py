"""Shared fixtures: paths to the real data, a real SMTP server on 127.0.0.1, a project folder."""

from __future__ import annotations

import shutil
import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

sys.path.insert(0, str(Path(__file__).parent))

from httpserver import http_server, http_server_factory  # noqa: E402,F401

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
FEEDS = DATA / "feeds"


@dataclass
class ReceivedMail:
    """One message as the SMTP server received it."""

    envelope_from: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)  # type: ignore[return-value]


@dataclass
class SmtpRecorder:
    """aiosmtpd handler that keeps every message and can answer per address."""

    received: list[ReceivedMail] = field(default_factory=list)
    replies: dict[str, str] = field(default_factory=dict)  # address -> "451 4.3.0 try later"
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        reply = self.replies.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.lock:
            self.received.append(
                ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
            )
        return "250 Message accepted"

    def to(self, address: str) -> list[ReceivedMail]:
        return [m for m in self.received if address in m.recipients]


@dataclass
class SmtpServer:
    host: str
    port: int
    recorder: SmtpRecorder


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    recorder = SmtpRecorder()
    # aiosmtpd checks its own socket after starting, so it needs a real port number, not 0.
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", port, recorder)
    finally:
        controller.stop()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the bundled defaults (config, sample feeds, subscribers) in a temp folder."""
    for name in ("config.yaml", "examples", "subscribers"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy(source, tmp_path / name)
    return tmp_path
