from test_web_browser import *  # noqa
from test_web import csrf_of

def test_shots(browser_page):
    site, page = browser_page
    page.goto(site.url + "/")
    page.screenshot(path="/tmp/shot-index.png", full_page=True)
    page.goto(f"{site.url}/preferences/{site.token('grace@example.org')}")
    page.screenshot(path="/tmp/shot-prefs.png", full_page=True)
    page.goto(f"{site.url}/unsubscribe/{site.token('grace@example.org')}")
    page.screenshot(path="/tmp/shot-unsub.png", full_page=True)
    page.click("#unsubscribe")
    page.screenshot(path="/tmp/shot-unsub-done.png", full_page=True)
    page.goto(f"{site.url}/editor/issues/{site.issue_id}")
    page.screenshot(path="/tmp/shot-preview.png", full_page=False)
