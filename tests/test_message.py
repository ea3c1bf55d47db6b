"""MIME messages: parts, headers a list mail needs, encoding of hostile titles."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy

from digest.message import MessageSettings, build_message, message_id_for
from digest.types import PLACEHOLDER_NAME, PLACEHOLDER_UNSUBSCRIBE, RenderedDigest, Subscriber

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
SETTINGS = MessageSettings("Daily Digest <news@example.org>", "Daily Digest", "https://n.example")
RENDERED = RenderedDigest(
    issue_id="daily-2026-11-28",
    subject="Daily — Zürich “quotes” \r\nBcc: victim@example.com",
    preheader="top",
    html=f"<html><body><p>Hi {PLACEHOLDER_NAME}</p><a href='{PLACEHOLDER_UNSUBSCRIBE}'>u</a>"
    + "<p>Ünïcödé " + "x" * 2000 + "</p></body></html>",
    text=f"Hi {PLACEHOLDER_NAME}\nUnsubscribe: {PLACEHOLDER_UNSUBSCRIBE}\n",
)


def parse(raw: bytes):
    return message_from_bytes(raw, policy=policy.default)


def test_multipart_text_first_html_last_with_list_headers() -> None:
    sub = Subscriber("ann@example.org", "Ann <O'Neil> & Co")
    url = "https://n.example/unsubscribe/TOKEN"
    msg = parse(build_message(RENDERED, sub, settings=SETTINGS, unsubscribe_url=url, now=NOW).as_bytes())
    assert msg.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in msg.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    html = msg.get_body(("html",))
    assert html["Content-Transfer-Encoding"] == "quoted-printable"
    assert "Ann &lt;O&#x27;Neil&gt; &amp; Co" in html.get_content()
    assert url in html.get_content() and url in msg.get_body(("plain",)).get_content()
    assert msg["List-Unsubscribe"] == f"<{url}>"
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert msg["List-Id"] == "Daily Digest <daily-digest.example.org>"
    assert msg["Message-ID"] == message_id_for(RENDERED.issue_id, "ann@example.org", "example.org")
    assert msg["Message-ID"].endswith("@example.org>")
    assert msg["Date"] and msg["From"] == "Daily Digest <news@example.org>"


def test_subject_is_encoded_and_cannot_inject_headers() -> None:
    raw = build_message(
        RENDERED, Subscriber("a@example.org"), settings=SETTINGS, unsubscribe_url="u", now=NOW
    ).as_bytes()
    assert b"\r\nBcc:" not in raw
    assert b"=?utf-8?" in raw.split(b"\r\n\r\n")[0]  # RFC 2047
    msg = parse(raw)
    assert msg["Bcc"] is None
    assert msg["Subject"].startswith("Daily — Zürich “quotes”")
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))  # RFC 5322 line limit
    assert raw.count(b"\n") == raw.count(b"\r\n")  # CRLF throughout (SMTP policy)


def test_message_id_is_stable_per_issue_and_subscriber() -> None:
    a = message_id_for("i1", "A@x.org", "x.org")
    assert a == message_id_for("i1", "a@x.org", "x.org")
    assert a != message_id_for("i2", "a@x.org", "x.org")


def test_text_format_subscriber_gets_plain_text_only() -> None:
    msg = build_message(
        RENDERED, Subscriber("t@example.org", format="text"), settings=SETTINGS,
        unsubscribe_url="u", now=NOW,
    )
    assert msg.get_content_type() == "text/plain"
