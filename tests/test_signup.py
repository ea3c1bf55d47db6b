"""Public sign-up with double opt-in, over real HTTP on 127.0.0.1 with a real SMTP server.

The reader fills the form; the confirmation email arrives at the aiosmtpd fixture; its link
shows a page with a button and only pressing it activates; the next `digest send` includes the
new subscriber and not a pending one. Around that: one answer whatever the address's state,
the rate limits, the honeypot, CSRF and embedding, consent in the export, expiry, and files
that never override what a subscriber did.
"""

from __future__ import annotations

import json
import re
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from conftest import ARTIFACTS, CHROME_ARGS, ReceivedMail
from test_web import Site, csrf_of, site_factory  # noqa: F401

from digest.cli.main import main
from digest.model.types import SubscriberStatus
from digest.pipeline.clock import utcnow
from digest.pipeline.subscribers import sync_subscribers

CONFIRM = re.compile(r"(http://127\.0\.0\.1:\d+/confirm/[A-Za-z0-9_.\-]+)")


def cli(site: Site, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--config", str(site.root / "config.yaml")])
    return result.exit_code, result.output


def statuses(site: Site) -> dict[str, str]:
    code, out = cli(site, "subscribers", "list", "--json")
    assert code == 0, out
    return {row["email"]: row["status"] for row in json.loads(out[out.index("[") :])}


def mails_to(site: Site, address: str, count: int, timeout: float = 15) -> list[ReceivedMail]:
    """Wait for `count` messages to `address` (sign-up emails go out after the answer)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        mails = site.smtp.recorder.to(address)
        if len(mails) >= count:
            return mails
        time.sleep(0.05)
    return site.smtp.recorder.to(address)


def confirm_url(mail: ReceivedMail) -> str:
    body = mail.message.get_body(("plain",))
    assert body is not None
    match = CONFIRM.search(body.get_content())
    assert match, body.get_content()
    return match.group(1)


def sign_up(
    client: httpx.Client, email: str, *, client_ip: str = "192.0.2.1", **fields: str
) -> httpx.Response:
    page = client.get("/subscribe")
    data = {
        "email": email,
        "name": "",
        "format": "html",
        "section": ["World", "Technology", "Business"],
        "timezone": "",
        "csrf": csrf_of(page.text),
        **fields,
    }
    return client.post("/subscribe", data=data, headers={"x-forwarded-for": client_ip})


def main_text(response: httpx.Response) -> str:
    match = re.search(r"<main.*?</main>", response.text, re.S)
    assert match
    return match.group(0)


# -- the flow in a real browser ----------------------------------------------------------------


def test_reader_signs_up_in_chromium_confirms_and_gets_the_next_issue(site_factory) -> None:  # noqa: F811
    from conftest import chromium_or_skip

    chromium, sync_api = chromium_or_skip()
    site = site_factory(login=False)
    reader, lurker = "reader@example.com", "lurker@example.com"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROME_ARGS)
        context = browser.new_context(timezone_id="Europe/Berlin")
        context.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith(site.url + "/") else route.abort()
            ),
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        try:
            page.goto(site.url + "/subscribe")
            # The browser's zone is preselected; every section is ticked; HTML is the default.
            assert page.locator("#timezone").input_value() == "Europe/Berlin"
            assert page.locator("input[name=section]:checked").count() == 3
            page.fill("#email", reader)
            page.fill("#name", "Rea Der")
            page.get_by_label("Business").uncheck()
            page.get_by_label("Plain text only").check()
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "signup-form.png"), full_page=True)
            page.click("#subscribe-button")
            page.wait_for_selector("text=Check your inbox")
            # Someone else signs up too, and never confirms.
            page.goto(site.url + "/subscribe")
            page.fill("#email", lurker)
            page.click("#subscribe-button")
            page.wait_for_selector("text=Check your inbox")

            mails = mails_to(site, reader, 1)
            assert len(mails) == 1
            mail = mails[0].message
            assert mail["Subject"] == "Confirm your subscription to Daily Digest"
            assert statuses(site)[reader] == "pending"

            # Following the link shows a page; it changes nothing by itself.
            url = confirm_url(mails[0])
            page.goto(url)
            page.wait_for_selector("#confirm")
            page.goto(url)  # a scanner, or the reader twice: still nothing
            assert statuses(site)[reader] == "pending"
            page.click("#confirm")
            page.wait_for_selector("text=You are subscribed")
            page.screenshot(path=str(ARTIFACTS / "signup-confirmed.png"), full_page=True)
        finally:
            context.close()
            browser.close()

    current = site.store.subscriber(reader)
    assert current is not None and current.status is SubscriberStatus.ACTIVE
    assert current.name == "Rea Der" and current.format == "text"
    assert current.sections == ("World", "Technology") and current.timezone == "Europe/Berlin"
    assert statuses(site)[lurker] == "pending"
    welcome = mails_to(site, reader, 2)
    assert welcome[-1].message["Subject"] == "Welcome to Daily Digest"

    # The next send includes the confirmed reader and not the pending one.
    site.store.set_issue_status(site.issue_id, "approved")
    before = len(site.smtp.recorder.received)
    code, out = cli(site, "send")
    assert code == 0, out
    issue_mail = [m for m in site.smtp.recorder.received[before:] if m.message["X-Digest-Issue"]]
    recipients = sorted(r for m in issue_mail for r in m.recipients)
    assert reader in recipients and lurker not in recipients
    assert len(site.smtp.recorder.to(lurker)) == 1  # only its confirmation email


# -- one answer, one email at most ---------------------------------------------------------------


def test_the_answer_is_the_same_whatever_the_address_is(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    site.store.set_subscriber_status("grace@example.org", SubscriberStatus.UNSUBSCRIBED, utcnow())
    answers = {
        address: sign_up(site.client, address)
        for address in ("new@example.com", "ada@example.org", "grace@example.org")
    }
    again = sign_up(site.client, "new@example.com")  # pending now
    bodies = {main_text(r) for r in [*answers.values(), again]}
    assert len(bodies) == 1 and all(r.status_code == 200 for r in answers.values())
    assert len(mails_to(site, "new@example.com", 2)) == 2
    assert len(mails_to(site, "grace@example.org", 1)) == 1
    time.sleep(0.3)
    assert site.smtp.recorder.to("ada@example.org") == []  # active: nothing to confirm
    # Grace left earlier: she stays unsubscribed until she presses the button herself.
    assert statuses(site)["grace@example.org"] == "unsubscribed"
    url = confirm_url(site.smtp.recorder.to("grace@example.org")[0])
    with httpx.Client() as browser:
        page = browser.get(url)
        assert statuses(site)["grace@example.org"] == "unsubscribed"
        done = browser.post(url, data={"csrf": csrf_of(page.text)})
        assert done.status_code == 200 and "You are subscribed" in done.text
    assert statuses(site)["grace@example.org"] == "active"


def test_confirming_needs_the_post_with_its_csrf_token(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    sign_up(site.client, "new@example.com")
    url = confirm_url(mails_to(site, "new@example.com", 1)[0])
    with httpx.Client() as browser:
        page = browser.get(url)
        assert page.status_code == 200
        assert browser.post(url, data={}).status_code == 403
        forged = httpx.post(url, data={"csrf": csrf_of(page.text)})  # no cookie: another site
        assert forged.status_code == 403
        assert statuses(site)["new@example.com"] == "pending"
        assert browser.post(url, data={"csrf": csrf_of(page.text)}).status_code == 200
        # Used: the link is spent.
        assert browser.get(url).status_code == 404
    altered = url[:-3] + ("aaa" if not url.endswith("aaa") else "bbb")
    assert httpx.get(altered).status_code == 404
    assert httpx.get(url.rsplit("/", 1)[0] + "/not-a-token").status_code == 404


def test_confirmation_links_expire(site_factory) -> None:  # noqa: F811
    start = utcnow()
    now = [start]
    site = site_factory(login=False, clock=lambda: now[0])
    sign_up(site.client, "late@example.com")
    url = confirm_url(mails_to(site, "late@example.com", 1)[0])
    now[0] += timedelta(days=2, minutes=1)
    assert httpx.get(url).status_code == 404
    # Pending sign-ups older than signup.pending_expiry are purged.
    sync_subscribers(site.config, site.store, start + timedelta(days=6))
    assert "late@example.com" in statuses(site)
    sync_subscribers(site.config, site.store, start + timedelta(days=8))
    assert site.store.subscriber("late@example.com") is None


# -- abuse -----------------------------------------------------------------------------------------


def test_at_most_three_confirmation_emails_per_address_a_day(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    for n in range(6):
        assert (
            sign_up(site.client, "victim@example.com", client_ip=f"192.0.2.{n}").status_code == 200
        )
    time.sleep(0.5)
    assert len(mails_to(site, "victim@example.com", 3)) == 3


def test_sign_ups_per_client_address_are_limited(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False, signup__per_client_per_hour=4)
    codes = [sign_up(site.client, f"u{n}@example.com").status_code for n in range(6)]
    assert codes == [200] * 4 + [429] * 2
    assert sign_up(site.client, "other@example.com", client_ip="192.0.2.99").status_code == 200


def test_the_honeypot_gets_the_same_answer_and_nothing_else(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    human = sign_up(site.client, "human@example.com")
    bot = sign_up(site.client, "bot@example.com", website="http://spam.example")
    assert main_text(bot) == main_text(human)
    time.sleep(0.5)
    assert site.smtp.recorder.to("bot@example.com") == []
    assert site.store.subscriber("bot@example.com") is None


def test_csrf_and_embedded_forms(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False, signup__embed_origins=["https://www.example.org"])
    data = {"email": "embed@example.com", "format": "html", "section": "World", "form": "footer"}
    other = httpx.post(
        f"{site.url}/subscribe", data=data, headers={"origin": "https://evil.example"}
    )
    assert other.status_code == 403
    no_token = httpx.post(f"{site.url}/subscribe", data=data)
    assert no_token.status_code == 403
    embedded = httpx.post(
        f"{site.url}/subscribe",
        data=data,
        headers={"origin": "https://www.example.org", "sec-fetch-site": "cross-site"},
    )
    assert embedded.status_code == 200 and "Check your inbox" in embedded.text
    assert len(mails_to(site, "embed@example.com", 1)) == 1
    big = httpx.post(
        f"{site.url}/subscribe",
        content=b"email=x%40y.z&name=" + b"n" * 100_000,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert big.status_code == 413


def test_a_bad_form_is_shown_again_with_what_to_fix(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    bad = sign_up(site.client, "not an address")
    assert bad.status_code == 400 and "does not look like an email address" in bad.text
    none = sign_up(site.client, "ok@example.com", section=[])
    assert none.status_code == 400 and "at least one section" in none.text


# -- consent and files -------------------------------------------------------------------------


def confirm_signup(site: Site, address: str, client_ip: str = "192.0.2.1", **fields: str) -> None:
    sign_up(site.client, address, client_ip=client_ip, **fields)
    url = confirm_url(mails_to(site, address, 1)[0])
    with httpx.Client() as browser:
        page = browser.get(url)
        assert browser.post(url, data={"csrf": csrf_of(page.text)}).status_code == 200


def test_consent_is_recorded_and_exported(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    confirm_signup(site, "consent@example.com", client_ip="198.51.100.23")
    code, out = cli(site, "subscribers", "export", "--format", "json")
    assert code == 0, out
    rows = {row["email"]: row for row in json.loads(out[out.index("[") :])}
    consent = rows["consent@example.com"]["consent"]
    assert consent["form"] == "subscribe" and consent["confirmed_at"]
    assert re.fullmatch(r"[0-9a-f]{32}", consent["client_hash"])
    assert "198.51.100.23" not in out
    assert rows["ada@example.org"]["consent"] is None  # added by an operator's file
    code, csv_out = cli(site, "subscribers", "export")
    header, *lines = csv_out.strip().splitlines()
    assert header.endswith(",consent_at,consent_form,consent_client")
    line = next(x for x in lines if x.startswith("consent@example.com"))
    assert ",subscribe," in line
    # The export reads back with import (consent columns are ignored there).
    export = site.root / "export.csv"
    export.write_text(csv_out)
    code, out = cli(site, "subscribers", "import", str(export))
    assert code == 0 and "0 problems" in out


def test_files_never_override_what_a_subscriber_did(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    confirm_signup(site, "self@example.com", name="Self Made", format="text", section="World")
    folder = Path(site.config.path(site.config.subscribers))
    (folder / "more.csv").write_text(
        "email,name,sections,timezone,format,status\n"
        "self@example.com,From A File,,,html,unsubscribed\n"
    )
    assert sync_subscribers(site.config, site.store, utcnow()) == []
    sub = site.store.subscriber("self@example.com")
    assert sub is not None and sub.status is SubscriberStatus.ACTIVE
    assert sub.name == "Self Made" and sub.format == "text" and sub.sections == ("World",)


@pytest.mark.parametrize("status", ["unsubscribed", "complained"])
def test_leaving_and_signing_up_again_needs_a_new_confirmation(site_factory, status: str) -> None:  # noqa: F811
    site = site_factory(login=False)
    site.store.set_subscriber_status("linus@example.net", SubscriberStatus(status), utcnow())
    if status == "complained":
        site.store.suppress("linus@example.net", "complaint", utcnow())
    sign_up(site.client, "linus@example.net")
    assert statuses(site)["linus@example.net"] == status
    url = confirm_url(mails_to(site, "linus@example.net", 1)[0])
    with httpx.Client() as browser:
        page = browser.get(url)
        browser.post(url, data={"csrf": csrf_of(page.text)})
    assert statuses(site)["linus@example.net"] == "active"
    assert site.store.suppression("linus@example.net") is None
