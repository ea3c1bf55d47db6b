"""`/login` and `/logout`: editor accounts in, server-side sessions out.

    GET  /login            the form (name, password)
    POST /login            CSRF checked -> pipeline.accounts.log_in (rate limits, argon2)
                           ok: a new session cookie, redirect to `next` (a path on this site)
                           wrong: 401 and the form again, after LOGIN_DELAY
                           limited: 429 with Retry-After, no password checked
    POST /logout           CSRF checked -> the session row deleted, the cookie cleared

The limits (per client address and per account) live in the store, so they hold across
parallel requests and processes; the short delay after a wrong password only makes a single
client's serial guessing slower, it is not what stops a burst.
"""

from __future__ import annotations

import asyncio

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from digest.pipeline.accounts import LOGIN_WINDOW, LoginOutcome, end_session, log_in
from digest.web.auth import EDITOR_COOKIE, EditorAuth, Pages

LOGIN_DELAY = 0.5  # seconds after a wrong password
MAX_NAME_FIELD = 200


def safe_next(value: str) -> str:
    """Only paths on this site: `//evil.example` and `https://...` would be open redirects."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


class LoginPages:
    """The login form and logout."""

    def __init__(self, auth: EditorAuth, pages: Pages):
        self.auth = auth
        self.pages = pages

    async def login(self, request: Request) -> Response:
        next_path = safe_next(request.query_params.get("next", "/"))
        error = ""
        status = 200
        headers: dict[str, str] = {}
        name = ""
        if request.method == "POST":
            form = await request.form(max_files=0, max_fields=10)
            if not self.auth.csrf_ok(request, form, "login"):
                return self.pages.forbidden(request)
            name = str(form.get("name", "")).strip()[:MAX_NAME_FIELD]
            password = str(form.get("password", ""))
            now = self.auth.clock()
            result = await run_in_threadpool(
                log_in, self.auth.store, name, password, client_address(request), now
            )
            if result.outcome is LoginOutcome.OK:
                response = RedirectResponse(next_path, status_code=303)
                self.auth.set_session_cookie(response, result.session_id)
                return response
            if result.outcome is LoginOutcome.LIMITED:
                error = "Too many login attempts. Wait a few minutes and try again."
                status = 429
                headers["retry-after"] = str(int(LOGIN_WINDOW.total_seconds()))
            else:
                await asyncio.sleep(LOGIN_DELAY)
                error = "That name and password do not match an editor account."
                status = 401
        context = {"next": next_path, "error": error, "name": name}
        page = self.pages.page(request, "login.html", context, status)
        page.headers.update(headers)
        return page

    async def logout(self, request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=10)
        if not self.auth.csrf_ok(request, form, "editor"):
            return self.pages.forbidden(request)
        end_session(self.auth.store, request.cookies.get(EDITOR_COOKIE, ""))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(EDITOR_COOKIE, path="/")
        return response
