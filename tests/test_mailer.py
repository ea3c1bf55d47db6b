"""Transports move bytes: SMTP against a real server on 127.0.0.1, outbox files, memory."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from test_delivery import Server, server  # noqa: F401  (fixture)

from digest.send.transports import MemoryTransport, OutboxTransport, TransportError

MESSAGE = (
    b"From: a@example.org\r\nTo: b@example.org\r\nSubject: hi\r\nX-Digest-Issue: daily-1\r\n\r\n"
    b".starts with a dot\r\nmiddle\r\n..two dots\r\n.\r\nend\r\n"
)


def test_smtp_sends_bytes_and_dot_stuffing_round_trips(server: Server) -> None:  # noqa: F811
    transport = server.transport()
    transport.send_bytes("a@example.org", "b@example.org", MESSAGE)
    transport.send_bytes("a@example.org", "c@example.org", MESSAGE.replace(b"\r\n.", b"\r\nx"))
    transport.close()
    got = server.handler.received
    assert [m.recipients for m in got] == [["b@example.org"], ["c@example.org"]]
    assert got[0].data.replace(b"\r\n", b"\n") == MESSAGE.replace(b"\r\n", b"\n")
    assert len(server.handler.sessions) == 1  # one connection reused


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        ("451 4.3.0 later", "temporary"),
        ("550 5.1.1 no such user", "mailbox"),
        ("550 5.7.1 policy", "policy"),
        ("554 5.6.0 content", "permanent"),
        ("421 4.3.2 closing", "connection"),
    ],
)
def test_refusals_become_kinds_and_the_connection_survives(
    server: Server,  # noqa: F811
    reply: str,
    kind: str,
) -> None:
    server.handler.always["x@example.org"] = reply
    transport = server.transport()
    with pytest.raises(TransportError) as caught:
        transport.send_bytes("a@example.org", "x@example.org", MESSAGE)
    assert caught.value.kind == kind and caught.value.code == int(reply[:3])
    assert transport.is_open == (kind != "connection")  # 421: dropped; else RSET and go on
    transport.send_bytes("a@example.org", "ok@example.org", MESSAGE)
    assert [m.recipients for m in server.handler.received] == [["ok@example.org"]]


def test_dropped_connection_is_a_connection_failure_then_reconnects(server: Server) -> None:  # noqa: F811
    server.handler.drop_once.add("x@example.org")
    transport = server.transport()
    with pytest.raises(TransportError) as caught:
        transport.send_bytes("a@example.org", "x@example.org", MESSAGE)
    assert caught.value.kind == "connection" and not transport.is_open
    transport.send_bytes("a@example.org", "x@example.org", MESSAGE)
    assert server.handler.count("x@example.org") == 1
    assert transport.connections_opened == 2


def test_per_connection_cap_reconnects(server: Server) -> None:  # noqa: F811
    transport = server.transport(max_messages=2)
    for n in range(5):
        transport.send_bytes("a@example.org", f"r{n}@example.org", MESSAGE)
    transport.close()
    assert transport.connections_opened == 3
    assert len(server.handler.received) == 5


def test_unreachable_server_is_a_connection_failure() -> None:
    from conftest import free_port

    from digest.send.transports import SmtpTransport

    transport = SmtpTransport("127.0.0.1", free_port(), security="none", timeout=2)
    with pytest.raises(TransportError) as caught:
        transport.send_bytes("a@example.org", "b@example.org", MESSAGE)
    assert caught.value.kind == "connection"


def test_connection_gives_each_worker_its_own_smtp_but_shares_outbox(
    server: Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    smtp = server.transport()
    assert smtp.connection() is not smtp and smtp.connection().port == smtp.port
    outbox = OutboxTransport(tmp_path)
    assert outbox.connection() is outbox


def test_outbox_writes_bytes_under_the_issue_folder(tmp_path: Path) -> None:
    outbox = OutboxTransport(tmp_path)
    outbox.send_bytes("a@example.org", "b@example.org", MESSAGE)
    assert (tmp_path / "daily-1" / "b@example.org.eml").read_bytes() == MESSAGE
    assert not list((tmp_path / "daily-1").glob("*.tmp"))


def test_outbox_folder_is_the_issue_id_when_more_headers_follow(tmp_path: Path) -> None:
    """The digest's own messages carry headers after X-Digest-Issue: its CRLF is not the id's."""
    outbox = OutboxTransport(tmp_path)
    data = MESSAGE.replace(b"X-Digest-Issue: daily-1\r\n", b"X-Digest-Issue: daily-1\r\nX-A: b\r\n")
    outbox.send_bytes("a@example.org", "b@example.org", data)
    assert [p.name for p in tmp_path.iterdir()] == ["daily-1"]
    folded = data.replace(b"daily-1\r\n", b"daily-1\r\n -2\r\n")
    assert outbox.path_for(folded, "b@example.org").parent.name == "daily-1_-2"


def test_email_message_path_still_works_for_test_copies(server: Server) -> None:  # noqa: F811
    msg = EmailMessage()
    msg["From"] = "Digest <a@example.org>"
    msg["To"] = "b@example.org"
    msg["Subject"] = "test"
    msg.set_content("line\n.dot line\n")
    transport = server.transport()
    transport.send(msg, "b@example.org")
    transport.close()
    got = server.handler.received[0]
    assert b"\n.dot line\n" in got.data.replace(b"\r\n", b"\n")  # un-stuffed by the server
    memory = MemoryTransport()
    memory.send(msg, "b@example.org")
    memory.send_bytes("a@example.org", "c@example.org", MESSAGE)
    assert [r for r, _ in memory.sent] == ["b@example.org", "c@example.org"]
    assert memory.raw[0][2] == MESSAGE
