"""Issue 13 item 14: headers and addresses.

- One header sanitiser on every path: an editor's subject edit holding NUL, BEL and a bidi
  override reaches neither the test copy the editor sends nor the real send (the two Subjects
  are the same line, one prefixed "[TEST] "). Real web server, real SMTP server.
- An internationalised domain is sent as punycode (envelope and To header).
- A non-ASCII local part goes out with SMTPUTF8 when the server offers it; when it does not,
  that one delivery fails with the reason and everyone else is delivered; import and `digest
  check` name the address as file:line beforehand.
- Bidi override and isolate characters are stripped from titles, source names and display names
  (they reversed a link's text in the plain-text part).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import yaml
from aiosmtpd.controller import Controller
from click.testing import CliRunner
from conftest import free_port
from httpserver import Scripted, ScriptedHTTPServer
from test_web import Site, csrf_of, preview, site, site_factory, wait_for_status  # noqa: F401

from digest.cli.main import main
from digest.store import Store

FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


# -- one header sanitiser ----------------------------------------------------------------------


def test_a_subject_edit_reaches_the_test_copy_and_the_real_send_sanitised_alike(
    site: Site,  # noqa: F811
) -> None:
    csrf = csrf_of(preview(site))
    edit = f"/editor/issues/{site.issue_id}/edit"
    subject = "Budget\x00 day\x07 \u202eevil\u202c \u2066news\u2069"
    response = site.client.post(edit, data={"action": "subject", "subject": subject, "csrf": csrf})
    assert response.status_code == 303, response.text
    response = site.client.post(
        f"/editor/issues/{site.issue_id}/test", data={"address": "editor@example.com", "csrf": csrf}
    )
    assert response.status_code == 303, response.text
    test_copy = site.smtp.recorder.received[0]
    response = site.client.post(f"/editor/issues/{site.issue_id}/approve", data={"csrf": csrf})
    assert response.status_code == 303
    wait_for_status(site, site.issue_id, "sent")
    real = site.smtp.recorder.to("ada@example.org")[0]
    for mail in (test_copy, real):
        head = mail.data.split(b"\r\n\r\n", 1)[0]
        assert not FORBIDDEN.search(head.decode("utf-8", "replace").replace("\r\n", "")), head
    assert str(real.message["Subject"]) == "Budget day evil news"
    assert str(test_copy.message["Subject"]) == "[TEST] " + str(real.message["Subject"])


# -- IDN and SMTPUTF8 --------------------------------------------------------------------------


@dataclass
class Recorder:
    """Keeps what a real aiosmtpd server received, with the MAIL FROM options."""

    received: list[tuple[str, list[str], list[str], bytes]] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.received.append(
            (
                envelope.mail_from,
                list(envelope.rcpt_tos),
                list(envelope.mail_options),
                envelope.original_content or envelope.content,
            )
        )
        return "250 OK"

    def to(self, address: str) -> EmailMessage:
        data = next(d for _, rcpts, _, d in self.received if address in rcpts)
        return message_from_bytes(data, policy=policy.SMTPUTF8)  # type: ignore[return-value]


@contextmanager
def smtp(utf8: bool) -> Iterator[tuple[int, Recorder]]:
    recorder = Recorder()
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port, enable_SMTPUTF8=utf8)
    controller.start()
    try:
        yield port, recorder
    finally:
        controller.stop()


INTERNATIONAL = (
    "email,name\n"
    "reader@Bücher.example,Idn Reader\n"
    "jörg@example.org,Jörg\n"
    "bidi@example.org,\u202eevil\u202c Name\n"
)


def project_with(project: Path, port: int) -> Path:
    (project / "subscribers" / "international.csv").write_text(INTERNATIONAL, encoding="utf-8")
    config = project / "config.yaml"
    data = yaml.safe_load(config.read_text())
    data["delivery"] = {
        "transport": "smtp",
        "smtp": {"host": "127.0.0.1", "port": port, "security": "none"},
    }
    config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return config


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--config", str(config)])
    return result.exit_code, result.output


def test_idn_goes_as_punycode_and_a_utf8_local_part_with_smtputf8(project: Path) -> None:
    with smtp(utf8=True) as (port, server):
        config = project_with(project, port)
        assert run(config, "fetch")[0] == 0
        code, out = run(config, "send")
        assert code == 0, out
    rcpts = {r for _, rcpts, _, _ in server.received for r in rcpts}
    assert "reader@xn--bcher-kva.example" in rcpts  # punycode in the envelope
    assert "jörg@example.org" in rcpts
    idn = server.to("reader@xn--bcher-kva.example")
    assert "xn--bcher-kva.example" in str(idn["To"])
    options = next(o for _, rcpts, o, _ in server.received if "jörg@example.org" in rcpts)
    assert "SMTPUTF8" in options
    plain = next(o for _, rcpts, o, _ in server.received if "ada@example.org" in rcpts)
    assert "SMTPUTF8" not in plain  # only where it is needed
    assert "jörg@example.org" in str(server.to("jörg@example.org")["To"])


def test_without_smtputf8_only_that_address_fails_and_says_why(project: Path) -> None:
    with smtp(utf8=False) as (port, server):
        config = project_with(project, port)
        code, out = run(config, "check")
        assert code == 0, out
        assert "international.csv:3: jörg@example.org" in out and "SMTPUTF8" in out
        assert run(config, "fetch")[0] == 0
        code, out = run(config, "send")
        assert code == 0, out
    rcpts = {r for _, rcpts, _, _ in server.received for r in rcpts}
    assert {"ada@example.org", "reader@xn--bcher-kva.example"} <= rcpts
    assert not any("jörg" in r for r in rcpts)
    store = Store(project / "var" / "digest.sqlite3")
    (issue_id,) = [r[0] for r in store.db.execute("SELECT id FROM issues")]
    failed = store.delivery(issue_id, "jörg@example.org")
    assert failed is not None and failed.status.value == "failed"
    assert "does not offer SMTPUTF8" in (failed.error or "")
    assert store.subscriber("jörg@example.org").status.value == "active"  # type: ignore[union-attr]


def test_import_names_addresses_that_need_smtputf8(project: Path, tmp_path: Path) -> None:
    file = tmp_path / "new.csv"
    file.write_text("email\nzoë@example.org\nplain@example.org\n", encoding="utf-8")
    code, out = run(project / "config.yaml", "subscribers", "import", str(file))
    assert code == 0, out
    assert f"{file}:2: zoë@example.org: the part before '@' is not ASCII" in out
    assert "plain@example.org" not in out.replace("2 rows read", "")


# -- bidi controls -----------------------------------------------------------------------------


def test_bidi_overrides_are_stripped_from_titles_sources_and_names(
    project: Path, http_server: ScriptedHTTPServer
) -> None:
    http_server.script(
        "/bidi.rss",
        Scripted(
            body=(
                '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>B</title>'
                "<item><title>Read \u202etxt.exe\u202c now \u2067x\u2069</title>"
                "<link>https://news.example/a\u202eb</link><guid>bidi-1</guid>"
                "<description>A story. It has two sentences.</description></item>"
                "</channel></rss>"
            ).encode()
        ),
    )
    with smtp(utf8=True) as (port, server):
        config = project_with(project, port)
        data = yaml.safe_load(config.read_text())
        data["feeds"] = [
            {"url": http_server.url("/bidi.rss"), "name": "Src \u202eoops", "section": "World"},
            *data["feeds"],
        ]
        data["fetch"] = {"allow_networks": ["127.0.0.1/32"], "full_text": False}
        config.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        assert run(config, "fetch")[0] == 0
        code, out = run(config, "send")
        assert code == 0, out
    message = server.to("bidi@example.org")
    assert not BIDI.search(str(message["To"])) and "evil Name" in str(message["To"])
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    for part in (html, text):
        assert not BIDI.search(part)
    assert "Read txt.exe now x" in text and "Src oops" in text
    assert "https://news.example/a%E2%80%AEb" in html  # the link still goes where it went
