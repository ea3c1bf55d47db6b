"""Shared fixtures: paths to the real data, a real SMTP server on 127.0.0.1, a project folder."""

from __future__ import annotations

import shutil
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from types import ModuleType

import pytest
from aiosmtpd.controller import Controller

sys.path.insert(0, str(Path(__file__).parent))

from httpserver import http_server, http_server_factory  # noqa: E402,F401
from pg import pg_cluster, pg_url, store_url  # noqa: E402,F401

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


@contextmanager
def running_smtp(handler: object) -> Iterator[int]:
    """A real aiosmtpd server on 127.0.0.1 answering with `handler`; yields its port."""
    # aiosmtpd checks its own socket after starting, so it needs a real port number, not 0.
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    recorder = SmtpRecorder()
    with running_smtp(recorder) as port:
        yield SmtpServer("127.0.0.1", port, recorder)


ARTIFACTS = Path(__file__).resolve().parent / "artifacts"  # browser screenshots (gitignored)
CHROME_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_or_skip() -> tuple[str, ModuleType]:
    """Debian's Chromium and playwright.sync_api; else the calling test module is skipped.

    Call it at the top of a browser test module: `CHROMIUM, sync_api = chromium_or_skip()`.
    """
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip(
            "Debian's chromium is not installed"
            " (apt-get install -y chromium, or `make system-deps`)",
            allow_module_level=True,
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright (pip) is not installed"
    )
    return chromium, sync_api


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
