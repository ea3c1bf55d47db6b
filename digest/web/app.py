"""`digest serve`: editors preview and approve issues; subscribers unsubscribe and set preferences.

Starlette (ASGI) served by uvicorn. Two audiences, one app; this module builds it (the routes
table, the middleware) and runs it. The handlers live beside it:

    auth.py                                who is an editor (server-side sessions), CSRF, pages
    login.py     /login, /logout           editor accounts in (rate-limited), sessions out
    editor.py    /                         schedules + next issue, feed health, recent issues
                 /editor/issues/{id}       preview exactly as sent (600 px | 375 px | plain text),
                                           drop / pin / subject edits, send a test, approve, hold
    public.py    /unsubscribe/{token}      GET: a page with a button, never a change
                                           POST List-Unsubscribe=One-Click: unsubscribed (RFC 8058)
                 /preferences/{token}      sections, format, resubscribe (CSRF-protected form)
                 /issues, /issues/{id}     the archive of sent issues ("view in browser")
    feeds.py     /issues.atom, .json       feeds of past issues (Atom 1.0, JSON Feed 1.1)
    signup.py    /subscribe                the public sign-up form (double opt-in)
                 /confirm/{token}          GET: a page with a button; POST: confirmed

Approving and holding are `digest.pipeline.lifecycle`'s, shared with `digest approve` / `hold`.

Safety rules, each enforced in one of these modules:
- every editor page needs a logged-in editor account, also from 127.0.0.1 (`auth.EditorAuth`);
  logins are rate-limited per client and per account in the store (`login`); binds beyond
  loopback only when base_url is https (`auth.check_listen`);
- the Host header must name this server (DNS rebinding), bodies are capped, debug is never on
  (this module);
- every form but the one-click POST carries a CSRF token bound to a cookie (signed double
  submit) and cross-site Origin / Sec-Fetch-Site is refused (`auth.EditorAuth`);
- tokens carry the subscriber's opaque key, never an address, and every bad token gets the
  same 404; no page answers "is this address subscribed?" (`public`);
- the preview goes through the send-time render path with a sample subscriber and never
  reaches a transport; only "send a test" and approving a due issue send mail (`editor`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from digest.config import Config
from digest.pipeline.clock import utcnow
from digest.pipeline.settings import make_transport
from digest.send.transports import Transport
from digest.store import Store
from digest.web.auth import EditorAuth, Pages, check_listen
from digest.web.editor import EditorPages, RenderCache
from digest.web.feeds import FeedPages
from digest.web.login import LoginPages
from digest.web.public import PublicPages
from digest.web.signup import SignupPages

MAX_BODY = 64 * 1024  # every form here is a few fields; a larger body is refused with 413

# Response headers every page gets unless the handler chose its own.
APP_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


def allowed_hosts(config: Config, bind_host: str) -> list[str]:
    """Host header values this server answers to (anything else is refused: DNS rebinding)."""
    hosts = {"127.0.0.1", "localhost"}
    base_host = urlsplit(config.digest.base_url).hostname
    if base_host:
        hosts.add(base_host)
    if bind_host not in ("0.0.0.0", "::", ""):
        hosts.add(bind_host.strip("[]"))
    return sorted(hosts)


# -- small ASGI middlewares ----------------------------------------------------------------------


class BodyLimit:
    """Refuse request bodies over `max_bytes` (413) before any form parser buffers them."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.max_bytes:
            await PlainTextResponse("Request body too large", status_code=413)(scope, receive, send)
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                response = PlainTextResponse("Request body too large", status_code=413)
                await response(scope, receive, send)


class _TooLarge(Exception):
    pass


class SecurityHeaders:
    """Defaults for every response; a handler's own header wins."""

    DEFAULTS = (
        (b"x-content-type-options", b"nosniff"),
        # Tokens live in URLs: never send them to another site. (Not no-referrer: then
        # browsers send `Origin: null` on our own form posts.)
        (b"referrer-policy", b"same-origin"),
        (b"x-frame-options", b"DENY"),
        (b"content-security-policy", APP_CSP.encode()),
        (b"cache-control", b"no-store"),
        (b"x-robots-tag", b"noindex"),
    )

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers.extend((k, v) for k, v in self.DEFAULTS if k not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


# -- the app -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WebApp:
    """The handlers' owners, built once per app and sharing one render cache."""

    auth: EditorAuth
    login: LoginPages
    editor: EditorPages
    public: PublicPages
    signup: SignupPages
    feeds: FeedPages

    @classmethod
    def build(
        cls,
        config: Config,
        store: Store,
        *,
        clock: Callable[[], datetime],
        transport_factory: Callable[[Config], Transport],
    ) -> WebApp:
        auth = EditorAuth(config, store, clock)
        pages = Pages(config, auth)
        cache = RenderCache()
        editor = EditorPages(
            config, store, auth, pages, cache, clock=clock, transport_factory=transport_factory
        )
        public = PublicPages(config, store, auth, pages, cache, clock=clock)
        signup = SignupPages(
            config, store, auth, pages, clock=clock, transport_factory=transport_factory
        )
        login = LoginPages(auth, pages)
        feeds = FeedPages(config, store, clock)
        return cls(auth=auth, login=login, editor=editor, public=public, signup=signup, feeds=feeds)

    def routes(self) -> list[Route]:
        editor, public, only = self.editor, self.public, self.auth.editor_only
        return [
            Route("/", only(editor.index)),
            Route("/login", self.login.login, methods=["GET", "POST"]),
            Route("/logout", only(self.login.logout), methods=["POST"]),
            Route("/editor/schedules/{schedule}/build", only(editor.build), methods=["POST"]),
            Route("/editor/issues/{issue_id}", only(editor.preview)),
            Route("/editor/issues/{issue_id}/email.html", only(editor.email_html)),
            Route("/editor/issues/{issue_id}/edit", only(editor.edit), methods=["POST"]),
            Route("/editor/issues/{issue_id}/test", only(editor.send_test_copy), methods=["POST"]),
            Route("/editor/issues/{issue_id}/approve", only(editor.approve), methods=["POST"]),
            Route("/editor/issues/{issue_id}/hold", only(editor.hold), methods=["POST"]),
            Route("/unsubscribe/{token}", public.unsubscribe, methods=["GET", "POST"]),
            Route("/preferences/{token}", public.preferences, methods=["GET", "POST"]),
            Route("/subscribe", self.signup.subscribe, methods=["GET", "POST"]),
            Route("/confirm/{token}", self.signup.confirm, methods=["GET", "POST"]),
            Route("/issues", public.archive),
            Route("/issues.atom", self.feeds.atom),
            Route("/issues.json", self.feeds.json),
            Route("/issues/{issue_id}", public.archived_issue),
        ]

    def shutdown(self) -> None:
        """Let a send in flight finish its current message, then stop (it resumes later)."""
        self.editor.shutdown()


def create_app(
    config: Config,
    store: Store,
    *,
    bind_host: str = "127.0.0.1",
    clock: Callable[[], datetime] = utcnow,
    transport_factory: Callable[[Config], Transport] = make_transport,
) -> Starlette:
    """The ASGI app: editor pages behind accounts, subscriber pages public."""
    check_listen(config, bind_host)
    web = WebApp.build(config, store, clock=clock, transport_factory=transport_factory)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await run_in_threadpool(web.shutdown)

    app = Starlette(
        debug=False,  # never: a traceback page would show config, paths and tokens
        routes=web.routes(),
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(config, bind_host)),
            Middleware(BodyLimit),
        ],
        lifespan=lifespan,
    )
    app.state.web = web
    return app


class RedactTokens(logging.Filter):
    """Access-log lines name unsubscribe and preference URLs: keep the tokens out of log files."""

    PATTERN = re.compile(r"/(unsubscribe|preferences|confirm)/[^\s/?\"]+")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(
                self.PATTERN.sub(r"/\1/…", a) if isinstance(a, str) else a for a in record.args
            )
        record.msg = self.PATTERN.sub(r"/\1/…", str(record.msg))
        return True


def serve(config: Config, store: Store, *, host: str, port: int) -> None:
    """Run the app in the foreground until SIGINT/SIGTERM."""
    import uvicorn

    logging.getLogger("uvicorn.access").addFilter(RedactTokens())

    app = create_app(config, store, bind_host=host)
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=host,
            port=port,
            log_level="info",
            server_header=False,
            lifespan="on",
        )
    )
    server.run()
