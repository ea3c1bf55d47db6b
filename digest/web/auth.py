"""Who is an editor, and whether a form came from our own page.

The rules this module enforces (the app's docstring lists them all):
- every editor page needs a logged-in editor account, always — also from 127.0.0.1, where a
  shared host or a reverse proxy in front would otherwise open them to anyone. The session is
  server-side (`digest.pipeline.accounts`, the store's `editor_sessions`): the cookie holds a
  random id, and logging out or changing the password ends it at once;
- the server binds beyond loopback only when `digest.base_url` is https (`check_listen`): a
  password must not cross the network in clear text;
- every form but the one-click unsubscribe POST (and the embeddable sign-up form, see
  `signup.py`) carries a CSRF token bound to a cookie (signed double submit) and cross-site
  Origin / Sec-Fetch-Site is refused.

`Pages` lives here because rendering a page is where CSRF tokens are issued and their cookie set.
The login form itself is `login.py`'s.
"""

from __future__ import annotations

import hmac
import ipaddress
import re
import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from itsdangerous import BadSignature, URLSafeTimedSerializer
from markupsafe import Markup
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from digest.config import Config
from digest.model.errors import ConfigError
from digest.pipeline.accounts import SESSION_AGE, session_editor
from digest.pipeline.clock import utcnow
from digest.store import Store
from digest.text.redact import mask_credentials

WEB_TEMPLATES = Path(__file__).resolve().parent / "templates"
EDITOR_COOKIE = "digest_editor"
CSRF_COOKIE = "digest_csrf"
CSRF_FIELD = "csrf"
CSRF_AGE = 24 * 3600  # a form older than a day must be reloaded

Handler = Callable[[Request], Awaitable[Response]]
_NONCE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


# -- listening rules ---------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_listen(config: Config, host: str) -> None:
    """Refuse to listen beyond this machine unless links (and so logins) are https."""
    if is_loopback(host) or config.digest.base_url.startswith("https://"):
        return
    raise ConfigError(
        f"{config.source}: web.host: {host!r} would let other machines reach the login form"
        f" over plain http ({config.digest.base_url}); listen on 127.0.0.1 behind a reverse"
        " proxy that terminates TLS, and set digest.base_url to its https:// address"
    )


# -- who is an editor, and whether a form is ours ------------------------------------------------


class EditorAuth:
    """Editor sessions (a server-side session named by a cookie); CSRF tokens (signed double
    submit)."""

    def __init__(
        self, config: Config, store: Store, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.forms = URLSafeTimedSerializer(store.secret("web_csrf"), salt="digest-csrf")
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

    def editor_name(self, request: Request) -> str | None:
        """The logged-in editor of this request (looked up once per request), else None."""
        if not hasattr(request.state, "editor_name"):
            session_id = request.cookies.get(EDITOR_COOKIE, "")
            request.state.editor_name = session_editor(self.store, session_id, self.clock())
        name = request.state.editor_name
        return str(name) if name is not None else None

    def is_editor(self, request: Request) -> bool:
        return self.editor_name(request) is not None

    def set_session_cookie(self, response: Response, session_id: str) -> None:
        response.set_cookie(
            EDITOR_COOKIE,
            session_id,
            max_age=int(SESSION_AGE.total_seconds()),
            httponly=True,
            samesite="strict",
            secure=self.secure_cookies,
            path="/",
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
        """The posted form if its CSRF token is good."""
        form = await request.form(max_files=0, max_fields=50)
        if self.csrf_ok(request, form, "editor"):
            return form
        return None


# -- rendering pages -----------------------------------------------------------------------------


def _when(value: datetime | None, tz: str | None = None) -> str:
    if value is None:
        return "—"
    local = value.astimezone(ZoneInfo(tz)) if tz else value.astimezone(UTC)
    return local.strftime("%a %-d %b %Y %H:%M %Z")


def _masked(value: object) -> object:
    """A page value with URL credentials masked (digest/text/redact.py); markup stays markup."""
    if not isinstance(value, str):
        return value
    masked = mask_credentials(value)
    if masked == value:
        return value
    return Markup(masked) if isinstance(value, Markup) else masked


class Pages:
    """The page templates, each given the editor flag and a CSRF token maker; the error pages."""

    def __init__(self, config: Config, auth: EditorAuth):
        self.config = config
        self.auth = auth
        self.templates = Jinja2Templates(directory=str(WEB_TEMPLATES))
        self.templates.env.filters["when"] = _when
        # Every value a page shows passes here: a feed URL's user:password is never on a page.
        self.templates.env.finalize = _masked
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
            "editor_name": self.auth.editor_name(request) or "",
            "needs_login": True,
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
