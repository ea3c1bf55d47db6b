"""The editors' pages in a real browser: Debian's headless Chromium driven by Playwright.

One click-through, as an editor would: open the preview from the index, switch between the
desktop (600 px) and mobile (375 px) frames, drop an item, send a test (the aiosmtpd fixture
receives it), approve (the issue goes out to every subscriber). The app runs in uvicorn on a
free 127.0.0.1 port; the browser may reach that origin only, every other request is aborted.
Screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import html
import re
import time

import pytest
from conftest import ARTIFACTS, CHROME_ARGS, chromium_or_skip

CHROMIUM, sync_api = chromium_or_skip()

from test_web import (  # noqa: E402,F401
    ADDRESSES,
    EDITOR,
    PASSWORD,
    Site,
    site_factory,
    wait_for_status,
)


@pytest.fixture
def browser_page(site_factory):  # noqa: F811  (the fixture imported above)
    site: Site = site_factory()
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})

        def only_our_server(route) -> None:
            if route.request.url.startswith(site.url + "/"):
                route.continue_()
            else:
                route.abort()

        context.route("**/*", only_our_server)
        page = context.new_page()
        page.set_default_timeout(15_000)
        log_in(page, site)
        try:
            yield site, page
        finally:
            context.close()
            browser.close()


def log_in(page, site: Site) -> None:
    """The editor logs in as a person does: every editor page asks for it, also on 127.0.0.1."""
    page.goto(site.url + "/")
    page.wait_for_url("**/login?next=/")
    page.fill("input[name=name]", EDITOR)
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(site.url + "/")


def frame_width(page, selector: str) -> float:
    box = page.locator(selector).bounding_box()
    assert box is not None, f"{selector} is not shown"
    return box["width"]


def plain(text: str) -> str:
    return " ".join(html.unescape(text).split())


def test_editor_clicks_through_preview_drop_test_and_approve(browser_page) -> None:
    site, page = browser_page
    ARTIFACTS.mkdir(exist_ok=True)

    page.goto(site.url + "/")
    page.click(f"#schedules a[href='/editor/issues/{site.issue_id}']")
    page.wait_for_url(f"**/editor/issues/{site.issue_id}")
    record = site.store.issue(site.issue_id)
    assert record is not None
    assert page.locator("#subject").inner_text() == record.issue.subject
    assert page.locator("#preheader").inner_text().strip()
    assert page.locator("#issue-status").inner_text() == "held"

    # Side by side: both frames at their widths (1 px border each side), the email inside each.
    assert frame_width(page, "#frame-desktop") == pytest.approx(602, abs=1)
    assert frame_width(page, "#frame-mobile") == pytest.approx(377, abs=1)
    first_title = record.issue.items[0].title
    for frame_id in ("#frame-desktop", "#frame-mobile"):
        body = page.frame_locator(frame_id).locator("body")
        assert first_title[:30] in plain(body.inner_text())
    assert first_title[:30] in plain(page.locator("#text-part").inner_text())
    page.screenshot(path=str(ARTIFACTS / "web-preview-both.png"), full_page=False)

    # Mobile only, then desktop only; the email fits the phone frame without sideways scroll.
    page.click("#view-mobile")
    page.wait_for_url("**?view=mobile")
    assert page.locator("#frame-desktop").count() == 0
    assert frame_width(page, "#frame-mobile") == pytest.approx(377, abs=1)
    mobile = page.frame(url=re.compile(r"/email\.html"))
    assert mobile is not None
    mobile.wait_for_load_state()
    assert mobile.evaluate("window.innerWidth") == 375  # the email sees a phone's viewport
    assert mobile.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=str(ARTIFACTS / "web-preview-mobile.png"), full_page=False)
    page.click("#view-desktop")
    page.wait_for_url("**?view=desktop")
    assert page.locator("#frame-mobile").count() == 0
    assert frame_width(page, "#frame-desktop") == pytest.approx(602, abs=1)
    desktop = page.frame(url=re.compile(r"/email\.html"))
    assert desktop is not None and desktop.evaluate("window.innerWidth") == 600

    # Drop the first item that has a summary; the frame and the text part lose it.
    victim = next(item for item in record.issue.items if item.summary)
    marker = victim.summary[0][:40]
    assert marker in plain(page.frame_locator("#frame-desktop").locator("body").inner_text())
    row = page.locator(f"#items li[data-article='{victim.article_id}']")
    row.get_by_role("button", name="Drop").click()
    page.wait_for_load_state()
    assert page.locator(f"#items li[data-article='{victim.article_id}']").count() == 0
    assert page.locator(f"#dropped li[data-article='{victim.article_id}']").count() == 1
    assert "view=desktop" in page.url  # the editor stays in the view they chose
    assert marker not in plain(page.frame_locator("#frame-desktop").locator("body").inner_text())
    assert marker not in plain(page.locator("#text-part").inner_text())

    # Send a test: one copy, marked [TEST], without the dropped item, not a delivery.
    page.fill("#test-address", "editor@example.com")
    page.click("#send-test-button")
    page.wait_for_selector("text=Test copy sent.")
    received = site.smtp.recorder.received
    assert [m.recipients for m in received] == [["editor@example.com"]]
    test_mail = received[0].message
    assert test_mail["Subject"].startswith("[TEST] ")
    assert marker not in plain(test_mail.get_body(("plain",)).get_content())
    assert site.store.delivery_counts(site.issue_id) == {}
    assert "Test sent to editor@example.com" in page.locator("#tests").inner_text()

    # Approve: its 00:00 UTC run has passed, so it goes out now, to everyone, as edited.
    page.click("#approve")
    page.wait_for_selector("text=Approved. Sending now.")
    wait_for_status(site, site.issue_id, "sent")
    sent = [m for m in site.smtp.recorder.received if "editor@example.com" not in m.recipients]
    assert sorted(r for m in sent for r in m.recipients) == sorted(ADDRESSES)
    for mail in sent:
        assert marker not in plain(mail.message.get_body(("plain",)).get_content())
    page.reload()
    assert page.locator("#issue-status").inner_text() == "sent"
    assert page.locator("#approve").count() == 0
    page.screenshot(path=str(ARTIFACTS / "web-preview-sent.png"), full_page=True)

    # The email's "view in browser" link opens the archived issue.
    page.goto(f"{site.url}/issues/{site.issue_id}")
    assert marker not in plain(page.locator("body").inner_text())
    assert record.issue.items[1].title[:20] in plain(page.locator("body").inner_text())
    time.sleep(0)  # nothing left running: the send thread finished before status became sent
