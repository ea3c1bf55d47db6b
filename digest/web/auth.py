"""Editor login and CSRF: who may use the editor pages, and whether a form came from our own page.

The rules this module enforces (the app's docstring lists them all):
- the server binds 127.0.0.1 unless an editor token is set (`check_listen`); with a token, every
  editor page needs it (a login cookie or `Authorization: Bearer`);
- every form but the one-click unsubscribe POST carries a CSRF token bound to a cookie (signed
  double submit) and cross-site Origin / Sec-Fetch-Site is refused: on 127.0.0.1 without a token
  the editor has no cookie to protect, so a CSRF library that skips cookie-less requests won't do;
- a wrong token at the login form costs half a second.

`Pages` lives here because rendering a page is where CSRF tokens are issued and their cookie set.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import os
import re
import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from digest.config import Config
from digest.model.errors import ConfigError
from digest.store import Store

WEB_TEMPLATES = Path(__file__).resolve().parent / "templates"
EDITOR_COOKIE = "digest_editor"
CSRF_COOKIE = "digest_csrf"
CSRF_FIELD = "csrf"
SESSION_AGE = 12 * 3600  # an editor login lasts a working day
CSRF_AGE = 24 * 3600  # a form older than a day must be reloaded
MIN_TOKEN_LENGTH = 16
LOGIN_DELAY = (
    0.5  # seconds after a wrong token: slows guessing; the token is long and random anyway
)

Handler = Callable[[Request], Awaitable[Response]]
_NONCE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


# -- listening rules ---------------------------------------------------------------------------


def editor_token(config: Config) -> str | None:
    """The editors' token from the environment variable `web.editor_token_env` names."""
    name = config.web.editor_token_env
    if not name:
        return None
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    if len(value) < MIN_TOKEN_LENGTH:
        raise ConfigError(
            f"{config.source}: web.editor_token_env: ${name} holds {len(value)} characters; "
            f"use at least {MIN_TOKEN_LENGTH}, e.g. the output of "
            "python -c 'import secrets; print(secrets.token_urlsafe(24))'"
        )
    return value


def is_loopback(host: str) -> bool:
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_listen(config: Config, host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine unless the editor pages are behind a token."""
    if is_loopback(host) or token:
        return
    name = config.web.editor_token_env
    hint = (
        f"set ${name} to a long random token"
        if name
        else "set web.editor_token_env to the name of an environment variable holding a long "
        "random token, and set that variable"
    )
    raise ConfigError(
        f"{config.source}: web.host: {host!r} would let other machines reach the editor pages; "
        f"{hint}, or listen on 127.0.0.1 behind a reverse proxy"
    )


# -- who is an editor, and whether a form is ours ------------------------------------------------


class EditorAuth:
    """Editor sessions (a signed cookie or a Bearer token); CSRF tokens (signed double submit)."""

    def __init__(self, config: Config, store: Store, token: str | None):
        self.config = config
        self.token = token  # editors' token; None = open on loopback
        self.forms = URLSafeTimedSerializer(store.secret("web_csrf"), salt="digest-csrf")
        self.sessions = URLSafeTimedSerializer(store.secret("web_session"), salt="editor")
        self.secure_cookies = config.digest.base_url.startswith("https://")

    # -- CSRF ------------------------------------------------------------------------------

    @staticmethod
    def nonce(request: Request) -> str:
        """This browser's CSRF nonce: its cookie's, else a fresh one (kept for the request)."""
        if not hasattr(request.state, "csrf_nonce"):
            cookie = request.cookies.get(CSRF_COOKIE, "")
            request.state.csrf_nonce = cookie if _NONCE.match(cookie) else secrets.token_urlsafe(16)
        return str(request.state.csrf_nonce)

    def csrf_token(self, nonce: str, scope: str) -> str:
        """A form's token: names the cookie's nonce and the form it belongs to."""
        return str(self.forms.dumps({"n": nonce, "s": scope}))

    def set_csrf_cookie(self, request: Request, response: Response, nonce: str) -> None:
        if request.cookies.get(CSRF_COOKIE) != nonce:
            response.set_cookie(
                CSRF_COOKIE,
                nonce,
                httponly=True,
                samesite="strict",
                secure=self.secure_cookies,
                path="/",
            )

    def csrf_ok(self, request: Request, form: FormData, scope: str) -> bool:
        """Signed double submit: the form's token names this cookie's nonce and this form."""
        # Fetch metadata where the browser sends it (a page cannot forge it), else Origin.
        fetch_site = request.headers.get("sec-fetch-site")
        if fetch_site is not None:
            if fetch_site not in ("same-origin", "none"):
                return False
        else:
            origin = request.headers.get("origin")
            if origin not in (None, "null") and origin not in self._own_origins(request):
                return False
        cookie = request.cookies.get(CSRF_COOKIE, "")
        try:
            data = self.forms.loads(str(form.get(CSRF_FIELD, "")), max_age=CSRF_AGE)
        except BadSignature:
            return False
        return (
            isinstance(data, dict)
            and bool(cookie)
            and hmac.compare_digest(str(data.get("n", "")), cookie)
            and data.get("s") == scope
        )

    def _own_origins(self, request: Request) -> set[str]:
        base = urlsplit(self.config.digest.base_url)
        return {
            f"{request.url.scheme}://{request.headers.get('host', '')}",
            f"{base.scheme}://{base.netloc}",
        }

    # -- editor sessions -------------------------------------------------------------------

    def is_editor(self, request: Request) -> bool:
        if self.token is None:
            return True
        auth = request.headers.get("authorization", "")
        if auth.startswith("Bearer ") and hmac.compare_digest(
            auth.removeprefix("Bearer ").encode(), self.token.encode()
        ):
            return True
        try:
            value = self.sessions.loads(request.cookies.get(EDITOR_COOKIE, ""), max_age=SESSION_AGE)
        except BadSignature:
            return False
        return isinstance(value, str) and hmac.compare_digest(value, self._token_id())

    def _token_id(self) -> str:
        # The cookie names the token it was issued for: changing the token logs everyone out.
        return hashlib.sha256((self.token or "").encode()).hexdigest()[:24]

    def is_token(self, given: str) -> bool:
        return self.token is not None and hmac.compare_digest(given.encode(), self.token.encode())

    def start_session(self, response: Response) -> None:
        response.set_cookie(
            EDITOR_COOKIE,
            self.sessions.dumps(self._token_id()),
            max_age=SESSION_AGE,
            httponly=True,
            samesite="strict",
            secure=self.secure_cookies,
            path="/",
        )

    def bearer(self, request: Request) -> bool:
        return self.token is not None and request.headers.get("authorization", "").startswith(
            "Bearer "
        )

    def editor_only(self, handler: Handler) -> Handler:
        async def guarded(request: Request) -> Response:
            if not self.is_editor(request):
                if request.method == "GET":
                    target = quote(request.url.path, safe="/")
                    return RedirectResponse(f"/login?next={target}", status_code=303)
                return PlainTextResponse("Editor login required", status_code=401)
            return await handler(request)

        return guarded

    async def editor_form(self, request: Request) -> FormData | None:
        """The posted form if its CSRF token is good (a Bearer request needs none)."""
        form = await request.form(max_files=0, max_fields=50)
        if self.bearer(request) or self.csrf_ok(request, form, "editor"):
            return form
        return None


# -- rendering pages -----------------------------------------------------------------------------


def _when(value: datetime | None, tz: str | None = None) -> str:
    if value is None:
        return "—"
    local = value.astimezone(ZoneInfo(tz)) if tz else value.astimezone(UTC)
    return local.strftime("%a %-d %b %Y %H:%M %Z")


class Pages:
    """The page templates, each given the editor flag and a CSRF token maker; the error pages."""

    def __init__(self, config: Config, auth: EditorAuth):
        self.config = config
        self.auth = auth
        self.templates = Jinja2Templates(directory=str(WEB_TEMPLATES))
        self.templates.env.filters["when"] = _when
        self.templates.env.globals["quote"] = lambda value: quote(str(value), safe="")

    def page(
        self, request: Request, name: str, context: dict[str, Any], status: int = 200
    ) -> Response:
        nonce = self.auth.nonce(request)
        used = False

        def csrf(scope: str) -> str:
            nonlocal used
            used = True
            return self.auth.csrf_token(nonce, scope)

        context = {
            "editor": self.auth.is_editor(request),
            "needs_login": self.auth.token is not None,
            "title": self.config.digest.title,
            "csrf": csrf,
            "csrf_field": CSRF_FIELD,
            **context,
        }
        response = self.templates.TemplateResponse(request, name, context, status_code=status)
        # Only pages with a form get the cookie: the unsubscribe pages set none (RFC 8058).
        if used:
            self.auth.set_csrf_cookie(request, response, nonce)
        return response

    def not_found(self, request: Request) -> Response:
        return self.page(request, "message.html", {"heading": "Not found", "text": ""}, 404)

    def bad_link(self, request: Request) -> Response:
        """The one answer to every token that is not ours: forged, altered, cut short."""
        text = "This link is not valid. It may have been cut short when it was copied."
        return self.page(request, "message.html", {"heading": "Link not valid", "text": text}, 404)

    def forbidden(self, request: Request) -> Response:
        text = "This form has expired or came from another site. Go back, reload and try again."
        return self.page(request, "message.html", {"heading": "Not allowed", "text": text}, 403)


# -- the login pages -----------------------------------------------------------------------------


def _safe_next(value: str) -> str:
    """Only paths on this site: `//evil.example` and `https://...` would be open redirects."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


class LoginPages:
    """`/login` (the editor token, once per working day) and `/logout`."""

    def __init__(self, auth: EditorAuth, pages: Pages):
        self.auth = auth
        self.pages = pages

    async def login(self, request: Request) -> Response:
        next_path = _safe_next(request.query_params.get("next", "/"))
        if self.auth.token is None:
            return RedirectResponse(next_path, status_code=303)
        error = ""
        if request.method == "POST":
            form = await request.form(max_files=0, max_fields=10)
            if not self.auth.csrf_ok(request, form, "login"):
                return self.pages.forbidden(request)
            if self.auth.is_token(str(form.get("token", "")).strip()):
                response = RedirectResponse(next_path, status_code=303)
                self.auth.start_session(response)
                return response
            await asyncio.sleep(LOGIN_DELAY)
            error = "That is not the editor token."
        context = {"next": next_path, "error": error}
        return self.pages.page(request, "login.html", context, 401 if error else 200)

    async def logout(self, request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=10)
        if not self.auth.csrf_ok(request, form, "editor"):
            return self.pages.forbidden(request)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(EDITOR_COOKIE, path="/")
        return response
