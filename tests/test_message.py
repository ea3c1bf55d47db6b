"""MIME messages: parts, headers a list mail needs, encoding of hostile titles."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy

from digest.model.types import PLACEHOLDER_NAME, PLACEHOLDER_UNSUBSCRIBE, RenderedDigest, Subscriber
from digest.render.message import MessageSettings, build_message, message_id_for

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
SETTINGS = MessageSettings("Daily Digest <news@example.org>", "Daily Digest", "https://n.example")
RENDERED = RenderedDigest(
    issue_id="daily-2026-11-28",
    subject="Daily — Zürich “quotes” \r\nBcc: victim@example.com",
    preheader="top",
    html=f"<html><body><p>Hi {PLACEHOLDER_NAME}</p><a href='{PLACEHOLDER_UNSUBSCRIBE}'>u</a>"
    + "<p>Ünïcödé "
    + "x" * 2000
    + "</p></body></html>",
    text=f"Hi {PLACEHOLDER_NAME}\nUnsubscribe: {PLACEHOLDER_UNSUBSCRIBE}\n",
)


def parse(raw: bytes):
    return message_from_bytes(raw, policy=policy.default)


def test_multipart_text_first_html_last_with_list_headers() -> None:
    sub = Subscriber("ann@example.org", "Ann <O'Neil> & Co")
    url = "https://n.example/unsubscribe/TOKEN"
    built = build_message(RENDERED, sub, settings=SETTINGS, unsubscribe_url=url, now=NOW)
    msg = parse(built.as_bytes())
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
        RENDERED,
        Subscriber("t@example.org", format="text"),
        settings=SETTINGS,
        unsubscribe_url="u",
        now=NOW,
    )
    assert msg.get_content_type() == "text/plain"


# -- the fast path: one serialisation per variant, bytes personalised per subscriber ----------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from digest.render.message import compile_message, display_name, qp_encode_body  # noqa: E402

HEADERS = (
    "From",
    "Subject",
    "Date",
    "Message-ID",
    "List-Id",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
    "Precedence",
    "Auto-Submitted",
    "X-Digest-Issue",
)


def _leaves(msg):
    return [(p.get_content_type(), p.get_content()) for p in msg.walk() if not p.is_multipart()]


def assert_same_as_slow_path(rendered, sub, url) -> bytes:
    fast = compile_message(rendered, settings=SETTINGS, format=sub.format).personalise(
        sub, unsubscribe_url=url, now=NOW
    )
    slow = parse(
        build_message(rendered, sub, settings=SETTINGS, unsubscribe_url=url, now=NOW).as_bytes()
    )
    got = parse(fast)
    assert not got.defects and not any(p.defects for p in got.walk())
    for header in HEADERS:
        assert str(got[header]) == str(slow[header]), header
    to_got, to_slow = got["To"].addresses[0], slow["To"].addresses[0]
    assert to_got.addr_spec == to_slow.addr_spec
    # Python's parser shows a space between adjacent encoded words (RFC 2047 §6.2 says drop it)
    # and the slow path's own folding splits words; compare without whitespace, and exactly
    # whenever the name fits one encoded word.
    squash = "".join
    assert squash(to_got.display_name.split()) == squash(to_slow.display_name.split())
    name = display_name(sub)
    if name and len(name.encode()) <= 45:
        assert to_got.display_name == name
    assert _leaves(got) == _leaves(slow)
    head, _, body = fast.partition(b"\r\n\r\n")
    assert fast.count(b"\n") == fast.count(b"\r\n")  # CRLF only
    assert all(len(line) <= 76 for line in body.split(b"\r\n"))  # RFC 2045 §6.7
    assert all(len(line) <= 998 for line in head.split(b"\r\n"))  # RFC 5322
    assert b"\r\n." not in fast and fast.isascii()  # 7-bit, never needs dot-stuffing
    return fast


def test_fast_path_equals_slow_path_on_the_real_template() -> None:
    from pathlib import Path

    from digest.render.checks import sample_issue
    from digest.render.issue import render_issue
    from digest.render.options import RenderOptions

    rendered = render_issue(
        sample_issue(NOW),
        RenderOptions(title="Daily Digest", base_url="https://n.example"),
        templates_dir=Path(__file__).resolve().parent.parent / "templates",
    )
    url = "https://n.example/unsubscribe/" + "IjEyMyI.x-_" * 6
    for sub in (
        Subscriber("ann@example.org", "Ann <O'Neil> & Co"),
        Subscriber("linus@example.net", "Linus Åkesson", format="text"),
        Subscriber("noname@example.org"),
        Subscriber("long@example.org", "Zoë " * 30),
    ):
        assert_same_as_slow_path(rendered, sub, url)


names = st.text(st.characters(blacklist_categories=("Cs",), min_codepoint=1), max_size=60)
bodies = st.lists(
    st.one_of(
        st.text(st.characters(blacklist_categories=("Cs",), min_codepoint=1), max_size=120),
        st.sampled_from([PLACEHOLDER_NAME, PLACEHOLDER_UNSUBSCRIBE, ".", " ", "\n.", "=", "\t\n"]),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(
    name=names,
    text=bodies,
    html=bodies,
    url_tail=st.text("abcXYZ09-_.=~%", max_size=90),
    text_only=st.booleans(),
)
def test_fast_path_equals_slow_path_for_any_name_body_and_url(
    name: str, text: str, html: str, url_tail: str, text_only: bool
) -> None:
    rendered = RenderedDigest("daily-2026-11-28", "Daily", "pre", html, text)
    sub = Subscriber("ann@example.org", name, format="text" if text_only else "html")
    assert_same_as_slow_path(rendered, sub, "https://n.example/u/" + url_tail)


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_qp_body_decodes_back_and_keeps_lines_short(text: str) -> None:
    import quopri

    encoded = qp_encode_body(text)
    assert all(len(line) <= 76 and not line.startswith(".") for line in encoded.split("\n"))
    assert quopri.decodestring(encoded.encode()).decode("utf-8") == text
