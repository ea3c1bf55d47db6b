"""`digest serve` over real HTTP on 127.0.0.1: unsubscribe (RFC 8058), preferences, editors.

Each test runs the app in uvicorn on a free port, against a project copy whose issue was built
by the real pipeline from the bundled feeds, with SMTP going to the aiosmtpd fixture.
"""

from __future__ import annotations

import html
import random
import re
import secrets
import sqlite3
import string
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import uvicorn
import yaml
from click.testing import CliRunner
from conftest import SmtpServer, free_port
from test_end_to_end import edit_config

from digest.cli.main import main
from digest.config import Config, load_config
from digest.ingest.subscribers import TokenSigner
from digest.model.errors import ConfigError
from digest.model.types import SubscriberStatus
from digest.pipeline.accounts import add_editor
from digest.pipeline.build import build_issue
from digest.pipeline.clock import utcnow
from digest.pipeline.lifecycle import scheduled_time
from digest.pipeline.poll import fetch_feeds
from digest.pipeline.sending import send_issue
from digest.pipeline.settings import make_transport, token_signer
from digest.pipeline.subscribers import sync_subscribers
from digest.store import Store
from digest.web.app import create_app
from digest.web.editor import preview_message
from digest.web.public import mask_address

ROOT = Path(__file__).resolve().parent.parent
FEEDS = ROOT.parent / "shared" / "data" / "feeds"
ADDRESSES = ("ada@example.org", "grace@example.org", "linus@example.net")
SECRET = "test-secret-for-unsubscribe-tokens"
EDITOR, PASSWORD = "editor", "correct horse battery staple"


class LiveServer:
    """uvicorn in a thread on 127.0.0.1: a real socket, a real HTTP parser."""

    def __init__(self, app, port: int):
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@dataclass
class Site:
    """A project with a built issue and the app serving it."""

    root: Path
    config: Config
    store: Store
    smtp: SmtpServer
    url: str
    issue_id: str
    client: httpx.Client

    def token(self, address: str) -> str:
        sub = self.store.subscriber(address)
        assert sub is not None
        return token_signer(self.config, self.store).sign(sub.key)

    def status(self, address: str) -> SubscriberStatus:
        sub = self.store.subscriber(address)
        assert sub is not None
        return sub.status

    def statuses(self) -> dict[str, SubscriberStatus]:
        return {a: self.status(a) for a in ADDRESSES}


def prepare(project: Path, smtp: SmtpServer, port: int, **changes: object) -> tuple[Config, Store]:
    """Config pointing at the SMTP fixture and this port; feeds fetched, subscribers synced."""
    config_file = project / "config.yaml"
    edit_config(
        config_file,
        digest__base_url=f"http://127.0.0.1:{port}",
        delivery__transport="smtp",
        delivery__smtp={"host": smtp.host, "port": smtp.port, "security": "none"},
        schedules=[
            {"name": "daily", "cron": "0 0 * * *", "timezone": "UTC", "approval": "required"}
        ],
        **changes,
    )
    config = load_config(config_file)
    store = Store.open(config.store_url)
    now = utcnow()
    fetch_feeds(config, store, now)
    assert sync_subscribers(config, store, now) == []
    return config, store


@pytest.fixture
def site_factory(
    project: Path, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Site]]:
    monkeypatch.setenv("DIGEST_SECRET", SECRET)
    servers: list[LiveServer] = []
    clients: list[httpx.Client] = []

    def make(login: bool = True, clock=utcnow, **changes: object) -> Site:
        """The site, with an editor account; `client` logged in to it unless `login` is False."""
        port = free_port()
        config, store = prepare(project, smtp_server, port, **changes)
        result = build_issue(config, store, config.schedules[0], utcnow())
        assert result.record is not None and result.record.status == "held"
        add_editor(store, EDITOR, PASSWORD, utcnow())
        app = create_app(config, store, clock=clock)
        server = LiveServer(app, port).__enter__()
        servers.append(server)
        client = httpx.Client(base_url=server.url, timeout=20)
        clients.append(client)
        if login:
            log_in(client)
        return Site(project, config, store, smtp_server, server.url, result.record.issue.id, client)

    yield make
    for client in clients:
        client.close()
    for server in servers:
        server.__exit__()


@pytest.fixture
def site(site_factory) -> Site:
    return site_factory()


def log_in(client: httpx.Client, name: str = EDITOR, password: str = PASSWORD) -> httpx.Response:
    """The editor login form, as a browser fills it (the client keeps the session cookie)."""
    form = client.get("/login")
    data = {"name": name, "password": password, "csrf": csrf_of(form.text)}
    return client.post("/login", data=data)


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "no CSRF field on the page"
    return match.group(1)


def multipart(fields: dict[str, str]) -> tuple[bytes, str]:
    """A multipart/form-data body as mail providers send it (no file parts)."""
    boundary = "----digest" + secrets.token_hex(8)
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in fields.items()
    ]
    body = "".join(parts) + f"--{boundary}--\r\n"
    return body.encode(), f"multipart/form-data; boundary={boundary}"


# -- RFC 8058 one-click ------------------------------------------------------------------------


def test_one_click_post_urlencoded_unsubscribes_with_200_and_no_redirect(site: Site) -> None:
    token = site.token("ada@example.org")
    # A fresh client: no cookie, no login, just the POST a mail provider makes.
    with httpx.Client(base_url=site.url) as provider:
        response = provider.post(
            f"/unsubscribe/{token}",
            content=b"List-Unsubscribe=One-Click",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
    assert response.status_code == 200
    assert "location" not in response.headers and "set-cookie" not in response.headers
    assert "You are unsubscribed" in response.text
    assert site.statuses() == {
        "ada@example.org": SubscriberStatus.UNSUBSCRIBED,
        "grace@example.org": SubscriberStatus.ACTIVE,
        "linus@example.net": SubscriberStatus.ACTIVE,
    }
    again = site.client.post(f"/unsubscribe/{token}", data={"List-Unsubscribe": "One-Click"})
    assert again.status_code == 200  # idempotent
    assert site.status("ada@example.org") is SubscriberStatus.UNSUBSCRIBED


def test_one_click_post_multipart_unsubscribes(site: Site) -> None:
    body, content_type = multipart({"List-Unsubscribe": "One-Click"})
    response = site.client.post(
        f"/unsubscribe/{site.token('grace@example.org')}",
        content=body,
        headers={"content-type": content_type},
    )
    assert response.status_code == 200, response.text
    assert "location" not in response.headers
    assert site.status("grace@example.org") is SubscriberStatus.UNSUBSCRIBED
    assert site.status("ada@example.org") is SubscriberStatus.ACTIVE


def test_get_never_changes_anything_and_shows_a_button(site: Site) -> None:
    token = site.token("ada@example.org")
    for _ in range(3):  # a mail scanner prefetching, then the user opening it
        response = site.client.get(f"/unsubscribe/{token}")
        assert response.status_code == 200
        assert "set-cookie" not in response.headers
    assert site.status("ada@example.org") is SubscriberStatus.ACTIVE
    form = re.search(r'<form method="post" action="([^"]+)">(.*?)</form>', response.text, re.S)
    assert form and form.group(1) == f"/unsubscribe/{token}"
    assert 'name="List-Unsubscribe" value="One-Click"' in form.group(2)
    # the page does not name the address (the random token itself may hold "ada")
    assert "ada" not in response.text.replace(token, "")
    head = site.client.head(f"/unsubscribe/{token}")
    assert head.status_code == 200
    assert site.status("ada@example.org") is SubscriberStatus.ACTIVE


def test_post_without_the_one_click_body_changes_nothing(site: Site) -> None:
    token = site.token("ada@example.org")
    for data in ({}, {"List-Unsubscribe": "yes"}, {"list-unsubscribe": "One-Click"}):
        response = site.client.post(f"/unsubscribe/{token}", data=data)
        assert response.status_code == 400
    assert site.status("ada@example.org") is SubscriberStatus.ACTIVE


def bad_tokens(good: list[str], keys: list[str], count: int, rng: random.Random) -> list[str]:
    """Random strings, and real tokens altered: a character, cut, extended, re-signed, spliced."""
    alphabet = string.ascii_letters + string.digits + "-_."
    made: set[str] = set()
    attempt = 0
    while len(made) < count:
        attempt += 1
        token = rng.choice(good)
        kind = attempt % 8
        if kind == 0:
            candidate = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80)))
        elif kind in (1, 2):
            i = rng.randrange(len(token))
            candidate = token[:i] + rng.choice(alphabet.replace(token[i], "")) + token[i + 1 :]
        elif kind == 3:
            candidate = token[: rng.randrange(1, len(token))]
        elif kind == 4:
            candidate = token + "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
        elif kind == 5:  # the right key signed with a secret that is not ours
            candidate = TokenSigner([f"guess-{rng.random()}"]).sign(rng.choice(keys))
        elif kind == 6:  # one subscriber's payload with a signature made for another key
            payload = token.rpartition(".")[0]
            forged = TokenSigner([SECRET]).sign(f"{rng.choice(keys)}{rng.randint(0, 9999)}")
            candidate = f"{payload}.{forged.rpartition('.')[2]}"
        else:
            i, j = sorted(rng.sample(range(len(token) + 1), 2))
            candidate = token[:i] + token[i:j].swapcase() + token[j:]
        if candidate not in good:
            made.add(candidate)
    return sorted(made)


def test_a_thousand_random_and_altered_tokens_change_nothing(site: Site) -> None:
    good = [site.token(a) for a in ADDRESSES]
    keys = [site.store.subscriber(a).key for a in ADDRESSES]  # type: ignore[union-attr]
    tokens = bad_tokens(good, keys, 1000, random.Random(8058))
    before = site.statuses()
    answers = set()
    for token in tokens:
        response = site.client.post(f"/unsubscribe/{token}", data={"List-Unsubscribe": "One-Click"})
        answers.add((response.status_code, response.text))
    for token in tokens[:100]:
        get = site.client.get(f"/unsubscribe/{token}")
        prefs = site.client.get(f"/preferences/{token}")
        answers.add((get.status_code, get.text))
        answers.add((prefs.status_code, prefs.text))
    # One answer for every bad token, whatever was wrong with it.
    assert len(answers) == 1 and next(iter(answers))[0] == 404
    assert site.statuses() == before == {a: SubscriberStatus.ACTIVE for a in ADDRESSES}


def test_old_tokens_keep_working_after_the_secret_rotates(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_token = site.token("linus@example.net")
    monkeypatch.setenv("DIGEST_SECRET", f"a-brand-new-secret-of-at-least-32-bytes,{SECRET}")
    app = create_app(site.config, site.store)
    port = free_port()
    with LiveServer(app, port) as server, httpx.Client(base_url=server.url) as client:
        response = client.post(f"/unsubscribe/{old_token}", data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert site.status("linus@example.net") is SubscriberStatus.UNSUBSCRIBED


def test_unsubscribed_address_receives_nothing_in_the_next_send(site: Site) -> None:
    # Issue 1 goes to everyone; Ada uses the List-Unsubscribe URL of the mail she received.
    approve = site.client.get(f"/editor/issues/{site.issue_id}")
    response = site.client.post(
        f"/editor/issues/{site.issue_id}/approve", data={"csrf": csrf_of(approve.text)}
    )
    assert response.status_code == 303
    wait_for_status(site, site.issue_id, "sent")
    received = {a: site.smtp.recorder.to(a) for a in ADDRESSES}
    assert all(len(mails) == 1 for mails in received.values()), received
    mail = received["ada@example.org"][0].message
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = mail["List-Unsubscribe"].strip("<>")
    assert url.startswith(f"{site.url}/unsubscribe/") and "ada" not in url
    with httpx.Client() as provider:
        assert provider.post(url, data={"List-Unsubscribe": "One-Click"}).status_code == 200

    # Issue 2, a day later, from more articles: Ada is left out, the others get it.
    tomorrow = utcnow() + timedelta(days=1)
    config_file = site.root / "config.yaml"
    data = yaml.safe_load(config_file.read_text())
    more = {"url": str(FEEDS / "rss-parser__guardian.rss"), "name": "More", "section": "World"}
    data["feeds"].append({**more, "full_text": False})
    config_file.write_text(yaml.safe_dump(data, sort_keys=False))
    config = load_config(config_file)
    fetch_feeds(config, site.store, tomorrow)
    built = build_issue(config, site.store, config.schedules[0], tomorrow)
    assert built.record is not None and built.record.issue.id != site.issue_id
    site.store.set_issue_status(built.record.issue.id, "approved")
    transport = make_transport(config)
    send_issue(config, site.store, built.record, transport, tomorrow)
    second = [
        m for m in site.smtp.recorder.received if m.message["X-Digest-Issue"] != site.issue_id
    ]
    assert sorted(r for m in second for r in m.recipients) == [
        "grace@example.org",
        "linus@example.net",
    ]
    assert site.store.delivery(built.record.issue.id, "ada@example.org") is None


def wait_for_status(site: Site, issue_id: str, status: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        record = site.store.issue(issue_id)
        if record is not None and record.status == status:
            return
        time.sleep(0.05)
    record = site.store.issue(issue_id)
    raise AssertionError(f"issue {issue_id} is {record and record.status}, not {status}")


# -- preferences -------------------------------------------------------------------------------


def test_preferences_need_the_csrf_token_and_save_sections_and_format(site: Site) -> None:
    token = site.token("grace@example.org")
    page = site.client.get(f"/preferences/{token}")
    assert page.status_code == 200
    assert mask_address("grace@example.org") in page.text
    assert "grace@example.org" not in page.text
    assert "digest_csrf" in site.client.cookies
    form = {"action": "save", "section": ["Business"], "format": "text"}

    forged = httpx.post(f"{site.url}/preferences/{token}", data=form)  # another site's form
    assert forged.status_code == 403
    stolen = site.client.post(
        f"/preferences/{token}",
        data={**form, "csrf": csrf_of(page.text)},
        headers={"origin": "https://evil.example"},
    )
    assert stolen.status_code == 403
    cross_site = site.client.post(
        f"/preferences/{token}",
        data={**form, "csrf": csrf_of(page.text)},
        headers={"sec-fetch-site": "cross-site"},
    )
    assert cross_site.status_code == 403
    other = site.client.get(f"/preferences/{site.token('ada@example.org')}")
    wrong_form = site.client.post(
        f"/preferences/{token}", data={**form, "csrf": csrf_of(other.text)}
    )
    assert wrong_form.status_code == 403  # a token from Ada's page does not work on Grace's
    sub = site.store.subscriber("grace@example.org")
    assert sub is not None and sub.sections == ("World", "Technology") and sub.format == "html"

    saved = site.client.post(f"/preferences/{token}", data={**form, "csrf": csrf_of(page.text)})
    assert saved.status_code == 303
    assert saved.headers["location"] == f"/preferences/{token}?saved=1"
    sub = site.store.subscriber("grace@example.org")
    assert sub is not None and sub.sections == ("Business",) and sub.format == "text"

    none = site.client.post(
        f"/preferences/{token}",
        data={"action": "save", "format": "html", "csrf": csrf_of(page.text)},
    )
    assert none.status_code == 400 and "at least one section" in none.text


def test_resubscribe_from_preferences(site: Site) -> None:
    token = site.token("ada@example.org")
    site.client.post(f"/unsubscribe/{token}", data={"List-Unsubscribe": "One-Click"})
    assert site.status("ada@example.org") is SubscriberStatus.UNSUBSCRIBED
    page = site.client.get(f"/preferences/{token}")
    assert "Subscribe again" in page.text
    response = site.client.post(
        f"/preferences/{token}", data={"action": "resubscribe", "csrf": csrf_of(page.text)}
    )
    assert response.status_code == 303
    assert site.status("ada@example.org") is SubscriberStatus.ACTIVE


def test_no_page_reveals_whether_an_address_is_subscribed(site: Site) -> None:
    site.store.remove_subscriber("linus@example.net")
    gone = token_signer(site.config, site.store).sign("no-such-key")
    never = site.client.get(f"/preferences/{gone}")
    bad = site.client.get("/preferences/not-a-token")
    assert (never.status_code, never.text) == (bad.status_code, bad.text) == (404, bad.text)
    for path in ("/", "/issues"):
        text = site.client.get(path).text
        assert not any(address in text for address in ADDRESSES)


# -- safety ------------------------------------------------------------------------------------


def test_host_header_must_name_this_server(site: Site) -> None:
    token = site.token("ada@example.org")
    for host in ("evil.example", "127.0.0.1.evil.example", "192.168.1.1"):
        response = site.client.post(
            f"/unsubscribe/{token}",
            data={"List-Unsubscribe": "One-Click"},
            headers={"host": host},
        )
        assert response.status_code == 400
        assert site.client.get("/", headers={"host": host}).status_code == 400
    assert site.status("ada@example.org") is SubscriberStatus.ACTIVE
    assert site.client.get("/", headers={"host": "localhost"}).status_code == 200


def test_refuses_other_interfaces_unless_links_are_https(site: Site) -> None:
    # Logins always need an account now; beyond loopback the password must not go in clear text.
    with pytest.raises(ConfigError, match="plain http"):
        create_app(site.config, site.store, bind_host="0.0.0.0")
    https = site.config.model_copy(
        update={
            "digest": site.config.digest.model_copy(update={"base_url": "https://news.example.org"})
        }
    )
    create_app(https, site.store, bind_host="0.0.0.0")  # allowed
    result = CliRunner().invoke(
        main, ["serve", "--host", "0.0.0.0", "--config", str(site.root / "config.yaml")]
    )
    assert result.exit_code == 1 and "error:" in result.output and "https" in result.output


def test_editor_pages_require_an_account_login(site_factory) -> None:
    site = site_factory(login=False)
    preview = f"/editor/issues/{site.issue_id}"
    first = site.client.get(preview)
    assert first.status_code == 303 and first.headers["location"].startswith("/login?next=")
    assert site.client.post(f"{preview}/approve").status_code in (401, 403)
    assert site.client.get(f"{preview}/email.html").status_code == 303
    login = site.client.get(first.headers["location"])
    csrf = csrf_of(login.text)
    wrong = site.client.post("/login", data={"name": EDITOR, "password": "guess" * 5, "csrf": csrf})
    assert wrong.status_code == 401
    assert site.client.get(preview).status_code == 303
    right = site.client.post(
        f"/login?next={preview}", data={"name": EDITOR, "password": PASSWORD, "csrf": csrf}
    )
    assert right.status_code == 303 and right.headers["location"] == preview
    cookie = next(c for c in right.headers.get_list("set-cookie") if "digest_editor" in c)
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert site.client.get(preview).status_code == 200
    with httpx.Client(base_url=site.url) as script:
        # No token variable or Authorization header opens the editor pages any more.
        assert script.get("/", headers={"authorization": f"Bearer {PASSWORD}"}).status_code == 303
        assert script.get("/", headers={"authorization": "Bearer nope"}).status_code == 303
    # Subscribers' pages never ask for a login.
    assert site.client.get(f"/unsubscribe/{site.token('ada@example.org')}").status_code == 200
    open_redirect = site.client.post(
        "/login?next=//evil.example", data={"name": EDITOR, "password": PASSWORD, "csrf": csrf}
    )
    assert open_redirect.headers["location"] == "/"


def test_never_debug_a_crash_shows_no_traceback(site: Site) -> None:
    assert site.client.get("/").status_code == 200
    db = sqlite3.connect(site.store.path)
    with db:
        db.execute(
            "INSERT INTO issues (id, schedule, period, status, subject, window_start, window_end,"
            " created_at, body) VALUES ('broken', 'daily', 'x', 'sent', 's', '', '', '', 'nope')"
        )
    db.close()
    response = site.client.get("/issues/broken")
    assert response.status_code == 500
    assert "Traceback" not in response.text and "JSONDecodeError" not in response.text
    assert len(response.text) < 100


def test_large_bodies_are_refused(site: Site) -> None:
    token = site.token("ada@example.org")
    big = b"List-Unsubscribe=One-Click&pad=" + b"x" * 200_000
    response = site.client.post(
        f"/unsubscribe/{token}",
        content=big,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 413
    assert site.status("ada@example.org") is SubscriberStatus.ACTIVE


def test_security_headers(site: Site) -> None:
    page = site.client.get(f"/editor/issues/{site.issue_id}")
    assert page.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "same-origin"
    frame = site.client.get(f"/editor/issues/{site.issue_id}/email.html")
    assert frame.headers["x-frame-options"] == "SAMEORIGIN"
    assert "script-src" not in frame.headers["content-security-policy"]
    assert "default-src 'none'" in frame.headers["content-security-policy"]


# -- editors -----------------------------------------------------------------------------------


def test_index_shows_schedules_feed_health_and_recent_issues(site: Site) -> None:
    page = site.client.get("/")
    assert page.status_code == 200
    text = page.text
    assert 'data-schedule="daily"' in text and "approval required" in text
    assert f"/editor/issues/{site.issue_id}" in text
    assert text.count('class="status health-ok"') == len(site.config.feeds)
    assert "World News Today" in text and "heise online" in text
    assert "Recent issues" in text and "held" in text


def preview(site: Site) -> str:
    return site.client.get(f"/editor/issues/{site.issue_id}").text


def text_part(page: str) -> str:
    """The plain-text part as shown, unescaped and with line wrapping undone."""
    match = re.search(r'<pre class="text" id="text-part">(.*?)</pre>', page, re.S)
    assert match
    return " ".join(html.unescape(match.group(1)).split())


def test_preview_is_the_message_as_sent_to_a_sample_subscriber(site: Site) -> None:
    page = preview(site)
    record = site.store.issue(site.issue_id)
    assert record is not None
    message, preheader = preview_message(site.config, record.issue, utcnow())
    assert f'<dd id="subject">{record.issue.subject}' in page.replace("&#39;", "'")
    assert 'id="preheader"' in page and preheader[:30] in page.replace("&#39;", "'")
    assert 'width="600"' in page and 'width="375"' in page
    frame = site.client.get(f"/editor/issues/{site.issue_id}/email.html").text
    assert frame == message.get_body(("html",)).get_content()
    assert "/unsubscribe/preview" in frame  # the sample subscriber's link, never a real token
    mobile = site.client.get(f"/editor/issues/{site.issue_id}?view=mobile").text
    assert 'width="375"' in mobile and 'width="600"' not in mobile
    assert site.smtp.recorder.received == []  # a preview never reaches a transport


def item_ids(html: str) -> list[str]:
    items = re.search(r'<ol class="items" id="items">(.*?)</ol>', html, re.S)
    assert items
    return re.findall(r'<li data-article="([^"]+)"', items.group(1))


def test_drop_pin_and_subject_are_saved_and_the_preview_follows(site: Site) -> None:
    page = preview_before = preview(site)
    csrf = csrf_of(page)
    ids = item_ids(page)
    record = site.store.issue(site.issue_id)
    assert record is not None
    titles = {i.article_id: i.title for i in record.issue.items}
    summaries = {i.article_id: i.summary[0] for i in record.issue.items if i.summary}
    edit = f"/editor/issues/{site.issue_id}/edit"

    dropped = next(a for a in ids if a in summaries)
    assert (
        site.client.post(
            edit, data={"action": "drop", "article": dropped, "csrf": csrf}
        ).status_code
        == 303
    )
    page = preview(site)
    assert dropped not in item_ids(page)
    # Its summary is gone from the email (its title may live on as another item's Check Also).
    assert summaries[dropped][:40] in text_part(preview_before)
    assert summaries[dropped][:40] not in text_part(page)
    stored = site.store.issue(site.issue_id)
    assert stored is not None and dropped not in [i.article_id for i in stored.issue.items]
    assert stored.status == "held"

    pinned = ids[-1]
    site.client.post(edit, data={"action": "pin", "article": pinned, "csrf": csrf})
    page = preview(site)
    assert item_ids(page)[0] == pinned
    stored = site.store.issue(site.issue_id)
    assert stored is not None and stored.issue.items[0].article_id == pinned
    assert stored.issue.subject.endswith(titles[pinned])  # built subject names the new top story

    site.client.post(edit, data={"action": "subject", "subject": "Budget day", "csrf": csrf})
    page = preview(site)
    assert '<dd id="subject">Budget day</dd>' in page
    stored = site.store.issue(site.issue_id)
    assert stored is not None and stored.issue.subject == "Budget day"

    site.client.post(edit, data={"action": "restore", "article": dropped, "csrf": csrf})
    assert dropped in item_ids(preview(site))

    blank = site.client.post(edit, data={"action": "subject", "subject": " ", "csrf": csrf})
    assert blank.status_code == 400
    unknown = site.client.post(edit, data={"action": "drop", "article": "nope", "csrf": csrf})
    assert unknown.status_code == 400
    no_csrf = site.client.post(edit, data={"action": "drop", "article": pinned})
    assert no_csrf.status_code == 403
    assert pinned in item_ids(preview(site))


def test_rebuild_keeps_the_editors_changes(site: Site) -> None:
    page = preview(site)
    csrf = csrf_of(page)
    first = item_ids(page)[0]
    site.client.post(
        f"/editor/issues/{site.issue_id}/edit",
        data={"action": "drop", "article": first, "csrf": csrf},
    )
    assert 'id="stale-edits"' not in preview(site)
    # The pipeline refreshes the pending issue on its own (same id, fresh articles) and puts the
    # editors' changes back on top...
    config = site.config
    build_issue(config, site.store, config.schedules[0], utcnow(), refresh=True)
    stored = site.store.issue(site.issue_id)
    assert stored is not None and first not in [i.article_id for i in stored.issue.items]
    page = preview(site)
    assert 'id="stale-edits"' not in page and first not in item_ids(page)
    # ...and the editors' Rebuild does the same.
    rebuilt = site.client.post(
        "/editor/schedules/daily/build", data={"action": "rebuild", "csrf": csrf}
    )
    assert rebuilt.status_code == 303
    stored = site.store.issue(site.issue_id)
    assert stored is not None and first not in [i.article_id for i in stored.issue.items]
    page = preview(site)
    assert 'id="stale-edits"' not in page and first not in item_ids(page)


def test_send_test_is_recorded_as_a_test_not_a_delivery(site: Site) -> None:
    page = preview(site)
    response = site.client.post(
        f"/editor/issues/{site.issue_id}/test",
        data={"address": "Editor@Example.com", "csrf": csrf_of(page)},
    )
    assert response.status_code == 303
    assert len(site.smtp.recorder.received) == 1
    mail = site.smtp.recorder.received[0]
    assert mail.recipients == ["Editor@example.com"]
    assert mail.message["Subject"].startswith("[TEST] ")
    assert site.store.delivery_counts(site.issue_id) == {}
    assert site.store.issue(site.issue_id).status == "held"  # type: ignore[union-attr]
    assert "Test sent to Editor@example.com" in preview(site)
    bad = site.client.post(
        f"/editor/issues/{site.issue_id}/test",
        data={"address": "not an address", "csrf": csrf_of(page)},
    )
    assert bad.status_code == 400 and len(site.smtp.recorder.received) == 1


def test_approve_when_due_sends_now_and_the_archive_opens(site: Site) -> None:
    archive_url = f"/issues/{site.issue_id}"
    assert site.client.get(archive_url).status_code == 404  # not before it is sent
    csrf = csrf_of(preview(site))
    response = site.client.post(f"/editor/issues/{site.issue_id}/approve", data={"csrf": csrf})
    assert response.status_code == 303
    wait_for_status(site, site.issue_id, "sent")
    assert sorted(r for m in site.smtp.recorder.received for r in m.recipients) == sorted(ADDRESSES)
    assert site.store.delivery_counts(site.issue_id) == {"sent": 3}
    again = site.client.post(f"/editor/issues/{site.issue_id}/approve", data={"csrf": csrf})
    assert again.status_code == 409
    assert len(site.smtp.recorder.received) == 3

    mail = site.smtp.recorder.to("ada@example.org")[0].message
    html = mail.get_body(("html",)).get_content()
    assert f"{site.url}{archive_url}" in html  # the email's "view in browser" link
    web = site.client.get(archive_url)
    assert web.status_code == 200 and "<html" in web.text.lower()
    record = site.store.issue(site.issue_id)
    assert record is not None and record.issue.items[0].title[:30] in web.text.replace("&#39;", "'")
    listing = site.client.get("/issues").text
    assert archive_url in listing
    assert "sent" in site.client.get("/").text


def test_approve_before_its_time_waits_and_hold_stops_it(site_factory) -> None:
    # The clock reads 23:59 the day before: the 00:00 run of the issue's period is still ahead.
    site = site_factory(
        clock=lambda: datetime.now(UTC).replace(hour=0, minute=0, second=0) - timedelta(minutes=1)
    )
    csrf = csrf_of(preview(site))
    response = site.client.post(f"/editor/issues/{site.issue_id}/approve", data={"csrf": csrf})
    assert response.status_code == 303 and "approved-later" in response.headers["location"]
    assert site.store.issue(site.issue_id).status == "approved"  # type: ignore[union-attr]
    time.sleep(0.3)
    assert site.smtp.recorder.received == []
    assert (
        site.client.post(f"/editor/issues/{site.issue_id}/hold", data={"csrf": csrf}).status_code
        == 303
    )
    assert site.store.issue(site.issue_id).status == "held"  # type: ignore[union-attr]
    # Editing an approved issue sends it back for approval.
    site.client.post(f"/editor/issues/{site.issue_id}/approve", data={"csrf": csrf})
    first = item_ids(preview(site))[0]
    site.client.post(
        f"/editor/issues/{site.issue_id}/edit",
        data={"action": "drop", "article": first, "csrf": csrf},
    )
    assert site.store.issue(site.issue_id).status == "held"  # type: ignore[union-attr]


def test_cli_hold_and_approve(site: Site) -> None:
    config_file = str(site.root / "config.yaml")
    runner = CliRunner()
    approved = runner.invoke(main, ["approve", "--schedule", "daily", "--config", config_file])
    assert approved.exit_code == 0, approved.output
    assert "sending now" in approved.output and "3 sent" in approved.output
    assert site.store.issue(site.issue_id).status == "sent"  # type: ignore[union-attr]
    nothing = runner.invoke(main, ["approve", "--config", config_file])
    assert nothing.exit_code == 1 and "no issue waiting" in nothing.output
    held = runner.invoke(main, ["hold", "--schedule", "daily", "--config", config_file])
    assert held.exit_code == 1 and "no unsent issue" in held.output
    unknown = runner.invoke(main, ["hold", "--schedule", "weekly", "--config", config_file])
    assert unknown.exit_code == 1 and "no schedule named 'weekly'" in unknown.output


def test_cli_hold_then_approve_a_pending_issue(project: Path, smtp_server: SmtpServer) -> None:
    config, store = prepare(project, smtp_server, free_port())
    config_file = str(project / "config.yaml")
    data = yaml.safe_load((project / "config.yaml").read_text())
    data["schedules"][0]["approval"] = "none"
    (project / "config.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    config = load_config(config_file)
    built = build_issue(config, store, config.schedules[0], utcnow())
    assert built.record is not None and built.record.status == "pending"
    runner = CliRunner()
    held = runner.invoke(main, ["hold", "--config", config_file])
    assert held.exit_code == 0 and "held" in held.output
    assert store.issue(built.record.issue.id).status == "held"  # type: ignore[union-attr]
    sent = runner.invoke(main, ["send", "--config", config_file])
    assert "waiting for approval" in sent.output and smtp_server.recorder.received == []


@pytest.mark.parametrize(
    ("cron", "tz", "period", "expected"),
    [
        ("0 7 * * *", "Europe/Amsterdam", "2026-11-28", "2026-11-28T07:00:00+01:00"),
        ("30 8 * * mon", "UTC", "2026-W48", "2026-11-23T08:30:00+00:00"),
        ("0 9 1 * *", "America/New_York", "2026-11", "2026-11-01T09:00:00-05:00"),
        ("0 */6 * * *", "UTC", "2026-11-28T12:00", "2026-11-28T12:00:00+00:00"),
        ("0 7 * * mon-fri", "UTC", "2026-11-28", None),  # a Saturday: no run that day
    ],
)
def test_scheduled_time_of_a_period(cron: str, tz: str, period: str, expected: str | None) -> None:
    from digest.config import ScheduleConfig

    when = scheduled_time(ScheduleConfig(name="s", cron=cron, timezone=tz), period)
    assert (when.isoformat() if when else None) == expected


def test_archive_never_shows_unsent_issues(site: Site) -> None:
    assert site.client.get(f"/issues/{site.issue_id}").status_code == 404
    assert site.issue_id not in site.client.get("/issues").text
