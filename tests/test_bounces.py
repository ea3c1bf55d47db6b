"""Late bounces and complaints: real reports (tests/data/bounces) piped into
`digest bounces process`, after a real send over SMTP on 127.0.0.1 with VERP bounce addresses.

Statuses are read back with `digest subscribers list --json`; the next send skips the bounced
and the complained; a forged token changes nothing; a second run changes nothing; a message
that cannot be read is reported on one line and kept.
"""

from __future__ import annotations

import json
import mailbox
import re
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import FEEDS, SmtpServer
from test_end_to_end import edit_config

from digest.cli.main import main
from digest.config import load_config
from digest.model.types import Subscriber
from digest.pipeline.build import build_issue
from digest.pipeline.clock import utcnow
from digest.pipeline.poll import fetch_feeds
from digest.pipeline.sending import send_issue
from digest.pipeline.settings import make_transport
from digest.pipeline.verp import Verp, issue_tag
from digest.store import Store

DATA = Path(__file__).parent / "data" / "bounces"
SECRET = "bounce-test-secret-that-is-long-enough-1234"
ADA, GRACE, LINUS = "ada@example.org", "grace@example.org", "linus@example.net"


def sample(name: str) -> bytes:
    return (DATA / name).read_bytes()


class Project:
    """A project whose first issue went out over SMTP with VERP envelope senders."""

    def __init__(self, root: Path, smtp: SmtpServer):
        self.root = root
        self.config_file = root / "config.yaml"
        edit_config(
            self.config_file,
            delivery__transport="smtp",
            delivery__smtp={"host": smtp.host, "port": smtp.port, "security": "none"},
            bounces__address="bounces+{token}@example.org",
            schedules=[{"name": "daily", "cron": "0 0 * * *", "timezone": "UTC"}],
        )
        self.smtp = smtp
        code, out = self.cli("fetch")
        assert code == 0, out
        code, out = self.cli("send")
        assert code == 0, out
        self.envelope = {m.recipients[0]: m.envelope_from for m in smtp.recorder.received}

    def cli(self, *args: str, stdin: bytes | None = None) -> tuple[int, str]:
        result = CliRunner().invoke(main, [*args, "--config", str(self.config_file)], input=stdin)
        return result.exit_code, result.output

    def process(self, name: str, recipient: str) -> tuple[int, str]:
        return self.cli("bounces", "process", "-", "--recipient", recipient, stdin=sample(name))

    def statuses(self) -> dict[str, str]:
        code, out = self.cli("subscribers", "list", "--json")
        assert code == 0, out
        return {row["email"]: row["status"] for row in json.loads(out[out.index("[") :])}

    def suppressed(self) -> set[str]:
        code, out = self.cli("subscribers", "suppressed", "--json")
        return {row["email"] for row in json.loads(out)}

    @property
    def store(self) -> Store:
        return Store.open(load_config(self.config_file).store_url)


@pytest.fixture
def sent(project: Path, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("DIGEST_SECRET", SECRET)
    return Project(project, smtp_server)


def test_each_recipient_gets_its_own_signed_bounce_address(sent: Project) -> None:
    assert set(sent.envelope) == {ADA, GRACE, LINUS}
    addresses = set(sent.envelope.values())
    assert len(addresses) == 3
    for address in addresses:
        local = address.partition("@")[0]
        assert address.endswith("@example.org") and local.startswith("bounces+")
        assert len(local) <= 64 and local == local.lower()
        # The key, never the address (VERP's `ada=example.org` would carry the recipient's
        # domain; a random key may hold "ada" by chance, so the name alone proves nothing).
        assert address.count("example.") == 1 and "=" not in local


@pytest.mark.parametrize(
    "name",
    [
        "flufl-postfix_01.txt",
        "flufl-dsn_01.txt",
        "flufl-exim_01.txt",
        "flufl-qmail_01.txt",
        "flufl-yahoo_01.txt",
        "flufl-microsoft_01.txt",
        "flufl-aol_01.txt",
        "flufl-groupwise_01.txt",
    ],
)
def test_a_hard_bounce_marks_bounced_and_suppresses(sent: Project, name: str) -> None:
    code, out = sent.process(name, sent.envelope[ADA])
    assert code == 0, out
    assert out.count("\n") == 1 and "hard bounce for a•••@example.org: bounced, suppressed" in out
    assert sent.statuses() == {ADA: "bounced", GRACE: "active", LINUS: "active"}
    assert sent.suppressed() == {ADA}


def test_an_arf_complaint_marks_complained_and_suppresses(sent: Project) -> None:
    code, out = sent.process("rfc5965-appendix-b2.eml", sent.envelope[GRACE])
    assert code == 0 and "complaint for g•••@example.org: complained, suppressed" in out
    assert sent.statuses()[GRACE] == "complained"
    assert GRACE in sent.suppressed()


def test_a_complaint_finds_its_subscriber_by_the_original_envelope_sender(sent: Project) -> None:
    # The RFC example as a feedback loop sends it for our message: Original-Mail-From is the
    # envelope sender the message had (our VERP address); it arrives at a plain address.
    report = sample("rfc5965-appendix-b2.eml").replace(
        b"Original-Mail-From: <somespammer@example.net>",
        f"Original-Mail-From: <{sent.envelope[LINUS]}>".encode(),
    )
    code, out = sent.cli("bounces", "process", "-", stdin=report)
    assert code == 0 and "complaint for l•••@example.net" in out
    assert sent.statuses()[LINUS] == "complained"


def test_processing_the_same_report_twice_changes_nothing(sent: Project) -> None:
    sent.process("flufl-postfix_01.txt", sent.envelope[ADA])
    sent.cli("subscribers", "unsuppress", ADA)  # an operator fixed the mailbox
    assert sent.statuses()[ADA] == "active"
    code, out = sent.process("flufl-postfix_01.txt", sent.envelope[ADA])
    assert code == 0 and "seen before" in out
    assert sent.statuses()[ADA] == "active" and sent.suppressed() == set()


def test_soft_bounces_count_up_to_the_limit(sent: Project) -> None:
    linus = sent.envelope[LINUS]
    for name, expected in [
        ("flufl-simple_03.txt", "1 of 3"),
        ("flufl-dsn_05.txt", "2 of 3"),
        ("flufl-simple_21.txt", "bounced"),
    ]:
        code, out = sent.process(name, linus)
        assert code == 0 and "soft bounce for l•••@example.net" in out and expected in out, out
    assert sent.statuses()[LINUS] == "bounced"
    assert LINUS not in sent.suppressed()  # soft: not suppressed, a fixed mailbox comes back


def test_soft_bounces_outside_the_window_do_not_count(sent: Project) -> None:
    from digest.pipeline.bounces import process

    config = load_config(sent.config_file)
    store = sent.store
    start = utcnow()
    for n, name in enumerate(["flufl-simple_03.txt", "flufl-dsn_05.txt", "flufl-simple_21.txt"]):
        when = start + timedelta(days=20 * n)
        result = process(config, store, sample(name), when, sent.envelope[LINUS])
        assert "soft bounce" in result.text
    sub = store.subscriber(LINUS)
    assert sub is not None and sub.status.value == "active"


def forged(address: str) -> str:
    """The same address with the last character of its MAC changed."""
    local, _, domain = address.partition("@")
    last = "a" if local[-1] != "a" else "b"
    return f"{local[:-1]}{last}@{domain}"


def test_a_forged_or_foreign_bounce_changes_nothing(sent: Project) -> None:
    before = sent.statuses()
    for recipient in [
        forged(sent.envelope[ADA]),
        sent.envelope[ADA].replace("@example.org", "@evil.example"),
        "bounces@example.org",
        "bounces+notatoken@example.org",
    ]:
        code, out = sent.process("flufl-postfix_01.txt", recipient)
        assert code == 0 and "ignored: hard with no valid bounce token" in out, out
    code, out = sent.process("rfc5965-appendix-b2.eml", forged(sent.envelope[GRACE]))
    assert "ignored" in out
    assert sent.statuses() == before and sent.suppressed() == set()


def test_a_message_that_is_not_a_bounce_is_ignored(sent: Project) -> None:
    code, out = sent.process("flufl-dumbass_01.txt", sent.envelope[ADA])
    assert code == 0 and "ignored: neither a bounce nor a complaint" in out
    assert sent.statuses()[ADA] == "active"


def test_an_unreadable_message_on_stdin_is_reported_and_kept(sent: Project) -> None:
    code, out = sent.cli("bounces", "process", "-", stdin=b"")
    assert code == 75  # EX_TEMPFAIL: the MTA keeps the message and tries again
    assert out.strip().count("\n") == 0 and "unreadable" in out


def with_delivered_to(raw: bytes, address: str) -> bytes:
    """The report as the local MTA stores it: its Delivered-To line on top (the mbox From_
    line, if the corpus file kept one, stays first)."""
    if raw.startswith(b"From "):
        first, _, rest = raw.partition(b"\n")
        return first + b"\n" + f"Delivered-To: {address}\n".encode() + rest
    return f"Delivered-To: {address}\n".encode() + raw


def test_a_maildir_is_processed_and_an_unreadable_message_stays(sent: Project) -> None:
    box = mailbox.Maildir(str(sent.root / "Maildir"), create=True)
    box.add(with_delivered_to(sample("flufl-exim_01.txt"), sent.envelope[ADA]))
    box.add(with_delivered_to(sample("rfc5965-appendix-b2.eml"), sent.envelope[GRACE]))
    bad = box.add(b"\x00\x01\x02 not a message")
    box.close()
    code, out = sent.cli("bounces", "process", str(sent.root / "Maildir"))
    assert code == 1
    lines = out.strip().splitlines()
    assert any(bad in line and "unreadable" in line for line in lines)
    assert "3 messages: 2 applied, 1 unreadable" in out
    assert sent.statuses() == {ADA: "bounced", GRACE: "complained", LINUS: "active"}
    assert bad in mailbox.Maildir(str(sent.root / "Maildir"), create=False)  # kept
    code, out = sent.cli("bounces", "process", str(sent.root / "Maildir"))
    assert "2 duplicate, 1 unreadable" in out


def test_an_mbox_is_processed(sent: Project) -> None:
    box = mailbox.mbox(str(sent.root / "bounces.mbox"), create=True)
    box.add(with_delivered_to(sample("flufl-qmail_01.txt"), sent.envelope[LINUS]))
    box.add(with_delivered_to(sample("flufl-aol_01.txt"), sent.envelope[ADA]))
    box.close()
    code, out = sent.cli("bounces", "process", str(sent.root / "bounces.mbox"))
    assert code == 0 and "2 messages: 2 applied" in out
    assert sent.statuses() == {ADA: "bounced", GRACE: "active", LINUS: "bounced"}


def test_the_next_send_skips_bounced_and_complained(sent: Project) -> None:
    sent.process("flufl-postfix_01.txt", sent.envelope[ADA])
    sent.process("rfc5965-appendix-b2.eml", sent.envelope[GRACE])
    data = yaml.safe_load(sent.config_file.read_text())
    more = {"url": str(FEEDS / "rss-parser__guardian.rss"), "name": "More", "section": "World"}
    data["feeds"].append({**more, "full_text": False})
    sent.config_file.write_text(yaml.safe_dump(data, sort_keys=False))
    config = load_config(sent.config_file)
    store = sent.store
    tomorrow = utcnow() + timedelta(days=1)
    fetch_feeds(config, store, tomorrow)
    built = build_issue(config, store, config.schedules[0], tomorrow)
    assert built.record is not None
    before = len(sent.smtp.recorder.received)
    send_issue(config, store, built.record, make_transport(config), tomorrow)
    second = sent.smtp.recorder.received[before:]
    assert [m.recipients for m in second] == [[LINUS]]


def test_status_shows_rates_and_alerts_above_the_complaint_threshold(sent: Project) -> None:
    sent.process("rfc5965-appendix-b2.eml", sent.envelope[GRACE])
    sent.process("flufl-postfix_01.txt", sent.envelope[ADA])
    code, out = sent.cli("status", "--json")
    assert code == 0, out
    data = json.loads(out)
    rates = data["reputation"][0]
    assert rates["sent"] == 3 and rates["complaints"] == 1 and rates["hard_bounces"] == 1
    assert rates["complaint_rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert rates["complaint_threshold"] == 0.003
    assert any(a["kind"] == "complaints" and "0.3%" in a["text"] for a in data["alerts"])
    code, text = sent.cli("status")
    assert "complaints 33.33% (1)  ALERT" in text and "complaint threshold 0.3%" in text


def test_verp_tokens_are_signed_lower_case_and_bounded() -> None:
    verp = Verp("bounces+{token}@News.Example.org", ["k" * 40, "old" * 12])
    sub = Subscriber(email="x@example.com", key="AbC-_123xyzXYZ09")
    address = verp.address(sub, "daily-2026-11-28")
    local = address.partition("@")[0]
    assert len(local) <= 64 and local == local.lower()
    token = verp.read(address.upper())  # some MTAs fold the case of local parts
    assert token is not None and token.key == sub.key and token.tag == issue_tag("daily-2026-11-28")
    rotated = Verp("bounces+{token}@news.example.org", ["new" * 14, "k" * 40])
    assert rotated.read(address) is not None  # an old secret still verifies
    assert Verp("bounces+{token}@news.example.org", ["z" * 40]).read(address) is None
    assert verp.read(re.sub(r"-[0-9a-f]{6}-", "-000000-", address)) is None  # issue altered
