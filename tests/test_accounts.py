"""Editor accounts: the CLI, login on every editor route (also from 127.0.0.1), server-side
sessions revoked on logout and password change, and login rate limits that hold under a burst.

The app runs in uvicorn on 127.0.0.1 (test_web's `site_factory`): a real socket, real cookies.
uvicorn trusts X-Forwarded-For from 127.0.0.1 (its default, for a reverse proxy there), which
the rate-limit tests use to stand for many client addresses.
"""

from __future__ import annotations

import asyncio
import json
import re
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from test_web import EDITOR, PASSWORD, Site, csrf_of, log_in, site_factory  # noqa: F401

from digest.cli.main import main
from digest.pipeline.accounts import (
    LOGIN_PER_ACCOUNT,
    LOGIN_PER_CLIENT,
    AccountError,
    add_editor,
    change_password,
)
from digest.pipeline.clock import utcnow
from digest.store import Store


def cli(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.output


# -- the CLI -----------------------------------------------------------------------------------


def test_editors_add_list_passwd_remove(project: Path) -> None:
    config = str(project / "config.yaml")
    code, out = cli(
        "editors", "add", "ada", "--password-stdin", "--config", config, stdin="short\n"
    )
    assert code == 1 and "at least 12 characters" in out
    code, out = cli("editors", "add", "ada", "--password-stdin", "--config", config, stdin=PASSWORD)
    assert code == 0 and "editor ada: added" in out
    code, out = cli("editors", "add", "ada", "--password-stdin", "--config", config, stdin=PASSWORD)
    assert code == 1 and "exists" in out
    code, out = cli(
        "editors", "add", "bad name!", "--password-stdin", "--config", config, stdin=PASSWORD
    )
    assert code == 1 and "not a usable editor name" in out
    # Without --password-stdin the password is asked twice, hidden.
    code, out = cli(
        "editors", "add", "grace", "--config", config, stdin=f"{PASSWORD}\n{PASSWORD}\n"
    )
    assert code == 0 and "editor grace: added" in out
    code, out = cli("editors", "list", "--json", "--config", config)
    rows = json.loads(out)
    assert [r["name"] for r in rows] == ["ada", "grace"] and "hash" not in out
    store = Store.open(str(project / "var" / "digest.sqlite3"))
    stored = store.editor_password_hash("ada")
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored
    code, out = cli(
        "editors", "passwd", "ada", "--password-stdin", "--config", config, stdin="x" * 20
    )
    assert code == 0 and "every session of ada has ended" in out
    assert store.editor_password_hash("ada") != stored
    code, out = cli(
        "editors", "passwd", "nobody", "--password-stdin", "--config", config, stdin="x" * 20
    )
    assert code == 1 and "no editor named" in out
    code, out = cli("editors", "remove", "grace", "--config", config)
    assert code == 0 and "removed" in out
    code, out = cli("editors", "list", "--config", config)
    assert "ada" in out and "grace" not in out


def test_check_warns_when_no_editor_account_exists(project: Path) -> None:
    config = str(project / "config.yaml")
    code, out = cli("check", "--config", config)
    assert code == 0 and "no editor account" in out
    cli("editors", "add", "ada", "--password-stdin", "--config", config, stdin=PASSWORD)
    code, out = cli("check", "--config", config)
    assert code == 0 and "no editor account" not in out and "editors    1 account(s)" in out


def test_passwords_are_checked_and_hashed(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    with pytest.raises(AccountError):
        add_editor(store, "ada", "a" * 11, utcnow())
    with pytest.raises(AccountError):
        add_editor(store, "ada", "a" * 2000, utcnow())
    assert add_editor(store, "ada", PASSWORD, utcnow())
    assert not change_password(store, "nobody", PASSWORD, utcnow())


# -- every editor route needs a login ----------------------------------------------------------

PUBLIC = ("/login", "/unsubscribe/", "/preferences/", "/issues", "/subscribe", "/confirm/")


def editor_routes(site: Site) -> list[tuple[str, str]]:
    """(method, path) of every route of the app that is not a subscriber's or the login's."""
    from digest.web.app import create_app

    app = create_app(site.config, site.store)
    found = []
    for route in app.routes:
        path = getattr(route, "path", "")
        if path.startswith(PUBLIC) or path == "/logout":
            continue
        concrete = re.sub(r"\{issue_id\}", site.issue_id, path)
        concrete = re.sub(r"\{schedule\}", "daily", concrete)
        for method in sorted(getattr(route, "methods", None) or {"GET"}):
            if method != "HEAD":
                found.append((method, concrete))
    return found


def test_every_editor_route_refuses_anonymous_requests_from_loopback(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    routes = editor_routes(site)
    assert ("GET", "/") in routes and ("POST", f"/editor/issues/{site.issue_id}/approve") in routes
    assert len(routes) >= 8
    before = site.store.issue(site.issue_id)
    with httpx.Client(base_url=site.url) as anonymous:  # from 127.0.0.1, no cookie
        for method, path in routes:
            response = anonymous.request(method, path, data={"action": "drop", "address": "x@y.z"})
            if method == "GET":
                assert response.status_code == 303, (method, path)
                assert response.headers["location"].startswith("/login?next="), path
            else:
                assert response.status_code == 401, (method, path)
            assert "Traceback" not in response.text
    after = site.store.issue(site.issue_id)
    assert before is not None and after is not None and after.status == before.status == "held"
    assert site.smtp.recorder.received == []


def test_a_logged_in_editor_can_preview_approve_and_hold(site_factory) -> None:  # noqa: F811
    site = site_factory()
    preview = site.client.get(f"/editor/issues/{site.issue_id}")
    assert preview.status_code == 200 and EDITOR in preview.text
    csrf = csrf_of(preview.text)
    held = site.client.post(f"/editor/issues/{site.issue_id}/hold", data={"csrf": csrf})
    assert held.status_code == 303
    record = site.store.issue(site.issue_id)
    assert record is not None and record.status == "held"
    approved = site.client.post(f"/editor/issues/{site.issue_id}/approve", data={"csrf": csrf})
    assert approved.status_code == 303
    record = site.store.issue(site.issue_id)
    assert record is not None and record.status in ("approved", "sending", "sent")


# -- sessions are server-side ------------------------------------------------------------------


def page_of(site: Site) -> str:
    """An editor page (the issue's preview)."""
    return f"/editor/issues/{site.issue_id}"


def session_cookie(client: httpx.Client) -> str:
    value = client.cookies.get("digest_editor")
    assert value, "no session cookie"
    return value


def test_logout_ends_the_session_on_the_server(site_factory) -> None:  # noqa: F811
    site = site_factory()
    stolen = session_cookie(site.client)
    page = site.client.get(page_of(site))
    assert page.status_code == 200
    out = site.client.post("/logout", data={"csrf": csrf_of(page.text)})
    assert out.status_code == 303 and out.headers["location"] == "/login"
    # The same cookie value, replayed by someone who copied it, no longer opens anything.
    with httpx.Client(base_url=site.url, cookies={"digest_editor": stolen}) as replay:
        assert replay.get(page_of(site)).status_code == 303
    assert site.store.session_editor(stolen, utcnow()) is None


def test_a_password_change_ends_every_session_of_the_editor(site_factory) -> None:  # noqa: F811
    site = site_factory()
    with httpx.Client(base_url=site.url) as laptop:
        assert log_in(laptop).status_code == 303
        assert laptop.get(page_of(site)).status_code == 200
        change_password(site.store, EDITOR, "a new long passphrase", utcnow())
        assert laptop.get(page_of(site)).status_code == 303
    assert site.client.get(page_of(site)).status_code == 303
    assert log_in(site.client, EDITOR, PASSWORD).status_code == 401
    assert log_in(site.client, EDITOR, "a new long passphrase").status_code == 303


def test_a_removed_editor_is_logged_out(site_factory) -> None:  # noqa: F811
    site = site_factory()
    assert site.client.get(page_of(site)).status_code == 200
    site.store.remove_editor(EDITOR)
    assert site.client.get(page_of(site)).status_code == 303


def test_sessions_expire(site_factory) -> None:  # noqa: F811
    now = [utcnow()]
    site = site_factory(clock=lambda: now[0])
    assert site.client.get(page_of(site)).status_code == 200
    now[0] += timedelta(hours=12, seconds=1)
    assert site.client.get(page_of(site)).status_code == 303


# -- rate limits -------------------------------------------------------------------------------


async def burst(site: Site, attempts: list[tuple[str, str, str]]) -> list[int]:
    """Parallel login posts: (client address, name, password) each, one CSRF cookie shared."""
    async with httpx.AsyncClient(base_url=site.url, timeout=60) as client:
        form = await client.get("/login")
        csrf = csrf_of(form.text)

        async def one(address: str, name: str, password: str) -> int:
            response = await client.post(
                "/login",
                data={"name": name, "password": password, "csrf": csrf},
                headers={"x-forwarded-for": address},
            )
            return response.status_code

        return list(await asyncio.gather(*(one(*a) for a in attempts)))


def test_forty_parallel_guesses_at_one_account_are_limited(site_factory) -> None:  # noqa: F811
    now = [utcnow()]
    site = site_factory(login=False, clock=lambda: now[0])
    guesses = [(f"198.51.100.{n}", EDITOR, f"guess number {n:04d}") for n in range(40)]
    codes = asyncio.run(burst(site, guesses))
    assert codes.count(401) == LOGIN_PER_ACCOUNT  # the only passwords ever checked
    assert codes.count(429) == 40 - LOGIN_PER_ACCOUNT
    # The right password does not get through in the same window, from anywhere...
    assert asyncio.run(burst(site, [("203.0.113.9", EDITOR, PASSWORD)])) == [429]
    # ...and does once the window has passed.
    now[0] += timedelta(minutes=16)
    assert log_in(site.client).status_code == 303
    assert site.client.get(page_of(site)).status_code == 200


def test_one_client_guessing_many_accounts_is_limited(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    guesses = [("198.51.100.7", f"user{n}", "some password here") for n in range(30)]
    codes = asyncio.run(burst(site, guesses))
    assert codes.count(401) == LOGIN_PER_CLIENT and codes.count(429) == 30 - LOGIN_PER_CLIENT
    # Another client address is not affected.
    assert asyncio.run(burst(site, [("198.51.100.8", EDITOR, PASSWORD)])) == [303]


def test_a_successful_login_clears_the_accounts_failures(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    for _ in range(LOGIN_PER_ACCOUNT - 1):
        assert log_in(site.client, EDITOR, "not the password").status_code == 401
    assert log_in(site.client).status_code == 303
    for _ in range(LOGIN_PER_ACCOUNT - 1):
        assert log_in(site.client, EDITOR, "not the password").status_code == 401
    assert log_in(site.client).status_code == 303
