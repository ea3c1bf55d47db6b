"""The rendered email in a real browser: Debian's headless Chromium, driven by Playwright.

A 20-story digest built from real feeds is opened at 600 px (the desktop column) and at 375 px (a
phone, measured inside a 375 px iframe since headless windows are wider). Nothing leaves the
machine: every request is answered by a route handler (pages and a 1200×700 test picture for
every image) and everything else is aborted. Screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import re

import pytest
from conftest import ARTIFACTS, CHROME_ARGS, chromium_or_skip

from digest.model.types import PLACEHOLDER_UNSUBSCRIBE
from digest.render.engine import get_renderer
from digest.render.issue import DEFAULT_TEMPLATES_DIR, render_issue
from digest.render.theme import contrast_ratio

CHROMIUM, sync_api = chromium_or_skip()

from test_render import feed_issue, options  # noqa: E402  (tests/ is on sys.path: conftest)

ORIGIN = "http://127.0.0.1:9"  # never contacted: the route handler answers every request
PICTURE = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="700">'
    b'<rect width="1200" height="700" fill="#7a9cc6"/><circle cx="600" cy="350" r="210" '
    b'fill="#f2d06b"/></svg>'
)


@pytest.fixture(scope="module")
def rendered():
    return render_issue(feed_issue(20, 4), options(images=True))


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory, rendered):
    """A persistent Chromium context whose every request is served locally or refused."""
    pages = {
        f"{ORIGIN}/email": rendered.html,
        f"{ORIGIN}/web": rendered.web_html,
        f"{ORIGIN}/phone": (
            '<!doctype html><html><body style="margin:0">'
            '<iframe id="phone" src="/email" width="375" height="800" '
            'style="border:0;display:block"></iframe></body></html>'
        ),
        f"{ORIGIN}/phone-web": (
            '<!doctype html><html><body style="margin:0">'
            '<iframe id="phone" src="/web" width="375" height="800" '
            'style="border:0;display:block"></iframe></body></html>'
        ),
    }

    def serve(route):
        request = route.request
        if request.url in pages:
            body = pages[request.url]
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)
        elif request.resource_type == "image":
            route.fulfill(status=200, content_type="image/svg+xml", body=PICTURE)
        else:
            route.abort()

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=["--headless", *CHROME_ARGS],
            viewport={"width": 600, "height": 900},
        )
        context.route("**/*", serve)
        yield context
        context.close()


def _open(context, path: str, *, color_scheme: str = "light"):
    page = context.new_page()
    page.emulate_media(color_scheme=color_scheme)
    page.goto(f"{ORIGIN}{path}", wait_until="load")
    return page


def _phone_frame(page):
    """The 375 px iframe's frame, grown to its content's height so a screenshot shows it all."""
    frame = page.frame_locator("#phone")
    frame.locator("body").wait_for()
    inner = next(f for f in page.frames if f.url.endswith(("/email", "/web")))
    height = inner.evaluate("document.documentElement.scrollHeight")
    page.evaluate(f"document.getElementById('phone').height = {height}")
    return inner


LAYOUT = """() => {
  const html = document.documentElement;
  const images = [...document.images].map(img => {
    const cell = img.closest('td');
    const box = img.getBoundingClientRect();
    const cellBox = cell.getBoundingClientRect();
    const style = getComputedStyle(cell);
    return {
      src: img.src, loaded: img.complete && img.naturalWidth > 0, width: box.width,
      left: box.left, right: box.right,
      columnLeft: cellBox.left + parseFloat(style.paddingLeft),
      columnRight: cellBox.right - parseFloat(style.paddingRight),
    };
  });
  return {
    scrollWidth: html.scrollWidth, innerWidth: window.innerWidth, images,
    padding: getComputedStyle(document.querySelector('td.px')).paddingLeft,
  };
}"""

UNSUBSCRIBE = """(href) => {
  const link = [...document.querySelectorAll('a')].find(a => a.getAttribute('href') === href);
  if (!link) return null;
  const box = link.getBoundingClientRect();
  const style = getComputedStyle(link);
  return {
    text: link.textContent, width: box.width, height: box.height, left: box.left,
    right: box.right, color: style.color, fontSize: parseFloat(style.fontSize),
    visibility: style.visibility, display: style.display, opacity: style.opacity,
    background: getComputedStyle(document.body).backgroundColor,
    pageBottom: document.documentElement.scrollHeight, top: box.top + window.scrollY,
  };
}"""


def _hex(css_colour: str) -> str:
    r, g, b = (int(x) for x in re.findall(r"\d+", css_colour)[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


def _check_layout(layout: dict, width: int, padding: str) -> None:
    assert layout["innerWidth"] == width
    assert layout["scrollWidth"] <= layout["innerWidth"], "horizontal scroll"
    assert layout["padding"] == padding
    assert len(layout["images"]) >= 5
    for image in layout["images"]:
        assert image["loaded"], image["src"]
        assert image["width"] > 50
        assert image["left"] >= image["columnLeft"] - 0.5, image
        assert image["right"] <= image["columnRight"] + 0.5, image


def _check_unsubscribe(info: dict | None, width: int) -> None:
    assert info is not None, "no unsubscribe link"
    assert info["text"] == "Unsubscribe"
    assert info["display"] != "none" and info["visibility"] == "visible"
    assert float(info["opacity"]) == 1.0
    assert info["width"] > 20 and info["height"] >= 12 and info["fontSize"] >= 12
    assert 0 <= info["left"] and info["right"] <= width
    assert info["pageBottom"] - info["top"] < 200, "it sits in the footer"
    assert contrast_ratio(_hex(info["color"]), _hex(info["background"])) >= 4.5


def test_600px_no_horizontal_scroll_images_fit_footer_visible(browser_context):
    ARTIFACTS.mkdir(exist_ok=True)
    page = _open(browser_context, "/email")
    _check_layout(page.evaluate(LAYOUT), 600, "28px")
    _check_unsubscribe(page.evaluate(UNSUBSCRIBE, PLACEHOLDER_UNSUBSCRIBE), 600)
    assert page.locator("h1").count() == 1
    page.screenshot(path=str(ARTIFACTS / "email-600.png"), full_page=True)
    page.close()


def test_375px_phone_no_horizontal_scroll_images_fit_footer_visible(browser_context):
    ARTIFACTS.mkdir(exist_ok=True)
    page = _open(browser_context, "/phone")
    frame = _phone_frame(page)
    _check_layout(frame.evaluate(LAYOUT), 375, "16px")
    _check_unsubscribe(frame.evaluate(UNSUBSCRIBE, PLACEHOLDER_UNSUBSCRIBE), 375)
    page.locator("#phone").screenshot(path=str(ARTIFACTS / "email-375.png"))
    page.close()


def test_web_version_at_both_widths(browser_context):
    page = _open(browser_context, "/web")
    _check_layout(page.evaluate(LAYOUT), 600, "28px")
    assert page.evaluate(UNSUBSCRIBE, PLACEHOLDER_UNSUBSCRIBE) is None
    page.close()
    page = _open(browser_context, "/phone-web")
    _check_layout(_phone_frame(page).evaluate(LAYOUT), 375, "16px")
    page.close()


def test_dark_palette_applies_under_prefers_color_scheme(browser_context):
    ARTIFACTS.mkdir(exist_ok=True)
    dark = get_renderer(DEFAULT_TEMPLATES_DIR).theme["dark"]
    page = _open(browser_context, "/phone", color_scheme="dark")
    frame = _phone_frame(page)
    colours = frame.evaluate(
        """() => ({
            card: getComputedStyle(document.querySelector('.card')).backgroundColor,
            text: getComputedStyle(document.querySelector('p.x')).color,
            body: getComputedStyle(document.body).backgroundColor,
        })"""
    )
    assert _hex(colours["card"]) == dark["surface"]
    assert _hex(colours["text"]) == dark["text"]
    assert _hex(colours["body"]) == dark["background"]
    assert contrast_ratio(_hex(colours["text"]), _hex(colours["card"])) >= 4.5
    _check_unsubscribe(frame.evaluate(UNSUBSCRIBE, PLACEHOLDER_UNSUBSCRIBE), 375)
    page.locator("#phone").screenshot(path=str(ARTIFACTS / "email-375-dark.png"))
    page.close()
