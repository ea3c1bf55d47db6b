"""`digest serve`: editors preview and approve issues; subscribers unsubscribe and set preferences.

Starlette (ASGI) served by uvicorn. Two audiences, one app:

    editors      /                         schedules + next issue, feed health, recent issues
                 /editor/issues/{id}       preview exactly as sent (600 px | 375 px | plain text),
                                           drop / pin / subject edits, send a test, approve, hold
    subscribers  /unsubscribe/{token}      GET: a page with a button, never a change
                                           POST List-Unsubscribe=One-Click: unsubscribed (RFC 8058)
                 /preferences/{token}      sections, format, resubscribe (CSRF-protected form)
                 /issues, /issues/{id}     the archive of sent issues ("view in browser")

Safety rules, each enforced below:
- binds 127.0.0.1 unless an editor token is set (`check_listen`); with a token, every editor
  page needs it (a login cookie or `Authorization: Bearer`);
- the Host header must name this server (DNS rebinding), bodies are capped, debug is never on;
- every form but the one-click POST carries a CSRF token bound to a cookie (signed double
  submit) and cross-site Origin / Sec-Fetch-Site is refused: on 127.0.0.1 without a token the
  editor has no cookie to protect, so a CSRF library that skips cookie-less requests won't do;
- tokens carry the subscriber's opaque key, never an address, and every bad token gets the
  same 404; no page answers "is this address subscribed?";
- the preview goes through the send-time render path with a sample subscriber and never
  reaches a transport; only "send a test" and approving a due issue send mail.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import json
import logging
import os
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from digest.compose.edits import apply_edits, clean_subject, comparable
from digest.config import Config, ScheduleConfig
from digest.ingest.subscribers import FORMATS, TokenSigner, normalise_address
from digest.model.cadence import next_run, parse_cadence, period_key, zone
from digest.model.codec import issue_to_dict
from digest.model.errors import ConfigError
from digest.model.types import Issue, Subscriber, SubscriberStatus
from digest.pipeline import core as pipeline
from digest.pipeline.edits import (
    EDITABLE,
    IssueStateError,
    current_base,
    load_edits,
    reapply_edits,
    save_edits,
    schedule_or_none,
    subject_rule,
)
from digest.render.issue import render_issue
from digest.render.message import build_message
from digest.send.transports import Transport, TransportError
from digest.store.sqlite import IssueRecord, Store

log = logging.getLogger("digest.web.app")

WEB_TEMPLATES = Path(__file__).resolve().parent / "templates"
MAX_BODY = 64 * 1024  # every form here is a few fields; a larger body is refused with 413
EDITOR_COOKIE = "digest_editor"
CSRF_COOKIE = "digest_csrf"
CSRF_FIELD = "csrf"
SESSION_AGE = 12 * 3600  # an editor login lasts a working day
CSRF_AGE = 24 * 3600  # a form older than a day must be reloaded
MIN_TOKEN_LENGTH = 16
ONE_CLICK = ("List-Unsubscribe", "One-Click")  # RFC 8058 section 3.1: the POST body

# Response headers every page gets unless the handler chose its own.
APP_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# The email itself: feed images may load, nothing runs, only our own preview may frame it.
EMAIL_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:; "
    "font-src http: https: data:; form-action 'none'; frame-ancestors 'self'; base-uri 'none'"
)
ARCHIVE_CSP = EMAIL_CSP.replace("frame-ancestors 'self'", "frame-ancestors 'none'")


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


def allowed_hosts(config: Config, bind_host: str) -> list[str]:
    """Host header values this server answers to (anything else is refused: DNS rebinding)."""
    hosts = {"127.0.0.1", "localhost"}
    base_host = urlsplit(config.digest.base_url).hostname
    if base_host:
        hosts.add(base_host)
    if bind_host not in ("0.0.0.0", "::", ""):
        hosts.add(bind_host.strip("[]"))
    return sorted(hosts)


# -- scheduling and approval -------------------------------------------------------------------


def _period_start(period: str, kind: str, tz: ZoneInfo) -> datetime:
    if kind == "minute":
        return datetime.fromisoformat(period).replace(tzinfo=tz)
    if kind == "week":
        year, week = period.split("-W")
        day = date.fromisocalendar(int(year), int(week), 1)
    elif kind == "month":
        day = date.fromisoformat(f"{period}-01")
    else:
        day = date.fromisoformat(period)
    return datetime(day.year, day.month, day.day, tzinfo=tz)


def scheduled_time(schedule: ScheduleConfig, period: str) -> datetime | None:
    """When the schedule runs in an issue's period, or None if it has no run there.

    An issue built by hand on a day the schedule does not run has no scheduled time: approving
    it sends it at once.
    """
    cadence = parse_cadence(schedule.cron)
    tz = zone(schedule.timezone)
    try:
        start = _period_start(period, cadence.period, tz)
    except ValueError:
        return None
    run = next_run(cadence, tz, start)
    if run is None or period_key(run, cadence) != period:
        return None
    return run


def next_schedule_run(schedule: ScheduleConfig, now: datetime) -> datetime | None:
    return next_run(parse_cadence(schedule.cron), zone(schedule.timezone), now)


@dataclass(frozen=True)
class Approval:
    """What approving did: `due` means it should be sent now (else at `scheduled_at`)."""

    issue_id: str
    due: bool
    scheduled_at: datetime | None


def approve_issue(config: Config, store: Store, issue_id: str, now: datetime) -> Approval:
    """held/pending → approved; due when its scheduled time has passed (or it has none)."""
    record = store.issue(issue_id)
    if record is None:
        raise IssueStateError(f"no issue {issue_id!r}")
    if record.status not in ("held", "pending"):
        raise IssueStateError(f"issue {issue_id} is {record.status}; only held issues are approved")
    store.set_issue_status(issue_id, "approved")
    when = scheduled_time(config.schedule(record.issue.schedule), record.period)
    return Approval(issue_id, due=when is None or when <= now, scheduled_at=when)


def hold_issue(store: Store, issue_id: str) -> None:
    """pending/approved → held: nothing is sent until an editor approves."""
    record = store.issue(issue_id)
    if record is None:
        raise IssueStateError(f"no issue {issue_id!r}")
    if record.status not in ("pending", "approved", "held"):
        raise IssueStateError(f"issue {issue_id} is {record.status}; it can no longer be held")
    store.set_issue_status(issue_id, "held")


def send_approved(
    config: Config,
    store: Store,
    issue_id: str,
    transport: Transport,
    now: datetime,
    *,
    stop: pipeline.StopFlag | None = None,
) -> pipeline.SendSummary:
    """Deliver an approved issue the way `digest send` does (subscribers synced first)."""
    for problem in pipeline.sync_subscribers(config, store, now):
        log.warning("subscribers: %s", problem)
    record = store.issue(issue_id)
    if record is None or record.status not in ("approved", "sending"):
        raise IssueStateError(f"issue {issue_id} is not approved")
    return pipeline.send_issue(config, store, record, transport, now, stop=stop)


def waiting_issue(store: Store, schedule: str, statuses: Sequence[str]) -> IssueRecord | None:
    """The schedule's newest issue if its status is one of `statuses`."""
    record = store.latest_issue(schedule)
    return record if record is not None and record.status in statuses else None


# -- preview (the send-time render path with a sample subscriber) -----------------------------


@dataclass(frozen=True)
class Preview:
    """An issue as the sample subscriber would receive it."""

    subject: str
    preheader: str
    html: str  # the message's text/html part
    text: str  # the message's text/plain part
    headers: tuple[tuple[str, str], ...]  # From, To, List-Unsubscribe, ...


def preview_message(config: Config, issue: Issue, now: datetime) -> tuple[EmailMessage, str]:
    """The sample subscriber's message, built exactly as `pipeline.send_issue` builds one.

    (pipeline.write_preview does the same and writes files; this keeps it in memory.)
    """
    rendered = render_issue(
        issue, pipeline.render_options(config), templates_dir=pipeline.TEMPLATES
    )
    message = build_message(
        rendered,
        pipeline.SAMPLE_SUBSCRIBER,
        settings=pipeline.message_settings(config),
        unsubscribe_url=f"{config.digest.base_url}/unsubscribe/preview",
        now=now,
    )
    return message, rendered.preheader


def preview_of(config: Config, issue: Issue, now: datetime) -> Preview:
    message, preheader = preview_message(config, issue, now)
    html_part = message.get_body(("html",))
    text_part = message.get_body(("plain",))
    shown = ("From", "To", "Subject", "List-Unsubscribe", "List-Unsubscribe-Post", "List-Id")
    return Preview(
        subject=str(message["Subject"]),
        preheader=preheader,
        html=html_part.get_content() if html_part else "",
        text=text_part.get_content() if text_part else "",
        headers=tuple((name, str(message[name])) for name in shown if message[name]),
    )


def issue_fingerprint(issue: Issue) -> str:
    body = json.dumps(issue_to_dict(issue), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()[:16]


class _Cache:
    """A small thread-safe LRU: rendering is the slow part of a page."""

    def __init__(self, size: int = 32):
        self.size = size
        self._items: OrderedDict[tuple[str, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, ...], make: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


def known_sections(config: Config, store: Store) -> list[str]:
    """Section names a subscriber may choose: configured ones, then those recent issues had."""
    names: list[str] = []
    for feed in config.feeds:
        if feed.section and feed.section not in names:
            names.append(feed.section)
    for record in store.recent_issues(10):
        for section in record.issue.sections:
            if section.name not in names:
                names.append(section.name)
    return names


def mask_address(address: str) -> str:
    """'a••••@example.org': enough for the owner to recognise, little for anyone forwarded it."""
    local, _, domain = address.rpartition("@")
    return f"{local[:1]}{'•' * max(len(local) - 1, 3)}@{domain}"


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

Handler = Callable[[Request], Awaitable[Response]]
_NONCE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


@dataclass
class WebApp:
    """Everything the handlers share; `create_app` wraps it in Starlette."""

    config: Config
    store: Store
    token: str | None = None  # editors' token; None = open on loopback
    clock: Callable[[], datetime] = pipeline.utcnow
    transport_factory: Callable[[Config], Transport] = pipeline.make_transport
    signer: TokenSigner = field(init=False)
    sending: dict[str, Future[Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.signer = pipeline.token_signer(self.config, self.store)
        self.forms = URLSafeTimedSerializer(self.store.secret("web_csrf"), salt="digest-csrf")
        self.sessions = URLSafeTimedSerializer(self.store.secret("web_session"), salt="editor")
        self.templates = Jinja2Templates(directory=str(WEB_TEMPLATES))
        self.templates.env.filters["when"] = _when
        self.templates.env.globals["quote"] = lambda value: quote(str(value), safe="")
        self.cache = _Cache()
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="digest-send")
        self.stop = pipeline.StopFlag()
        self.secure_cookies = self.config.digest.base_url.startswith("https://")

    # -- plumbing --------------------------------------------------------------------------

    def page(
        self, request: Request, name: str, context: dict[str, Any], status: int = 200
    ) -> Response:
        nonce = self._nonce(request)
        used = False

        def csrf(scope: str) -> str:
            nonlocal used
            used = True
            return str(self.forms.dumps({"n": nonce, "s": scope}))

        context = {
            "editor": self.is_editor(request),
            "needs_login": self.token is not None,
            "title": self.config.digest.title,
            "csrf": csrf,
            "csrf_field": CSRF_FIELD,
            **context,
        }
        response = self.templates.TemplateResponse(request, name, context, status_code=status)
        # Only pages with a form get the cookie: the unsubscribe pages set none (RFC 8058).
        if used and request.cookies.get(CSRF_COOKIE) != nonce:
            response.set_cookie(
                CSRF_COOKIE,
                nonce,
                httponly=True,
                samesite="strict",
                secure=self.secure_cookies,
                path="/",
            )
        return response

    @staticmethod
    def _nonce(request: Request) -> str:
        if not hasattr(request.state, "csrf_nonce"):
            cookie = request.cookies.get(CSRF_COOKIE, "")
            request.state.csrf_nonce = cookie if _NONCE.match(cookie) else secrets.token_urlsafe(16)
        return str(request.state.csrf_nonce)

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

    def _bearer(self, request: Request) -> bool:
        return self.token is not None and request.headers.get("authorization", "").startswith(
            "Bearer "
        )

    def not_found(self, request: Request) -> Response:
        return self.page(request, "message.html", {"heading": "Not found", "text": ""}, 404)

    def bad_link(self, request: Request) -> Response:
        """The one answer to every token that is not ours: forged, altered, cut short."""
        text = "This link is not valid. It may have been cut short when it was copied."
        return self.page(request, "message.html", {"heading": "Link not valid", "text": text}, 404)

    def forbidden(self, request: Request) -> Response:
        text = "This form has expired or came from another site. Go back, reload and try again."
        return self.page(request, "message.html", {"heading": "Not allowed", "text": text}, 403)

    # -- subscribers -----------------------------------------------------------------------

    def _subscriber(self, token: str) -> tuple[str | None, Subscriber | None]:
        key = self.signer.verify(token)
        if key is None:
            return None, None
        return key, self.store.subscriber_by_key(key)

    async def unsubscribe(self, request: Request) -> Response:
        token = request.path_params["token"]
        if request.method != "POST":
            # Mail scanners fetch every link: a GET only shows the button.
            key, sub = self._subscriber(token)
            if key is None:
                return self.bad_link(request)
            context = {"token": token, "done": False, "has_preferences": sub is not None}
            return self.page(request, "unsubscribe.html", context)
        form = await request.form(max_files=0, max_fields=20)
        if form.get(ONE_CLICK[0]) != ONE_CLICK[1]:
            text = "An unsubscribe request must carry List-Unsubscribe=One-Click (RFC 8058)."
            return self.page(request, "message.html", {"heading": "Bad request", "text": text}, 400)
        key, sub = self._subscriber(token)
        if key is None:
            return self.bad_link(request)
        if sub is not None and sub.status is SubscriberStatus.ACTIVE:
            self.store.set_subscriber_status(sub.email, SubscriberStatus.UNSUBSCRIBED, self.clock())
            log.info("unsubscribed key %s by one-click", key[:4])
        context = {"token": token, "done": True, "has_preferences": sub is not None}
        return self.page(request, "unsubscribe.html", context)

    async def preferences(self, request: Request) -> Response:
        token = request.path_params["token"]
        key, sub = self._subscriber(token)
        if key is None or sub is None:
            return self.bad_link(request)
        error = ""
        if request.method == "POST":
            form = await request.form(max_files=0, max_fields=200)
            if not self.csrf_ok(request, form, f"sub:{key}"):
                return self.forbidden(request)
            error = self._save_preferences(sub, form)
            if not error:
                return RedirectResponse(f"/preferences/{token}?saved=1", status_code=303)
            sub = self.store.subscriber_by_key(key) or sub
        sections = known_sections(self.config, self.store)
        chosen = set(sub.sections) if sub.sections is not None else set(sections)
        context = {
            "token": token,
            "address": mask_address(sub.email),
            "status": sub.status.value,
            "sections": sections,
            "chosen": chosen,
            "format": sub.format,
            "formats": FORMATS,
            "scope": f"sub:{key}",
            "saved": request.query_params.get("saved") == "1",
            "error": error,
        }
        return self.page(request, "preferences.html", context, 400 if error else 200)

    def _save_preferences(self, sub: Subscriber, form: FormData) -> str:
        now = self.clock()
        action = form.get("action")
        if action == "resubscribe":
            if sub.status is SubscriberStatus.UNSUBSCRIBED:
                self.store.set_subscriber_status(sub.email, SubscriberStatus.ACTIVE, now)
            return ""
        if action != "save":
            return "Unknown action."
        fmt = str(form.get("format", sub.format))
        if fmt not in FORMATS:
            return f"Format must be one of {', '.join(FORMATS)}."
        offered = known_sections(self.config, self.store)
        picked = [s for s in offered if s in {str(v) for v in form.getlist("section")}]
        if not picked:
            return "Choose at least one section, or unsubscribe."
        sections = None if len(picked) == len(offered) else tuple(picked)
        self.store.set_subscriber_preferences(sub.email, sections, fmt, now)
        return ""

    # -- archive ---------------------------------------------------------------------------

    async def archive(self, request: Request) -> Response:
        issues = self.store.sent_issues(100)
        return self.page(request, "archive.html", {"issues": issues})

    async def archived_issue(self, request: Request) -> Response:
        """The email's "view in browser" link: the standalone web page of a sent issue."""
        record = self.store.issue(request.path_params["issue_id"])
        if record is None or record.status not in ("sending", "sent"):
            return self.not_found(request)
        issue = record.issue
        key = ("web", issue.id, issue_fingerprint(issue))

        def make() -> str:
            options = pipeline.render_options(self.config)
            return render_issue(issue, options, templates_dir=pipeline.TEMPLATES).web_html

        html = await run_in_threadpool(self.cache.get, key, make)
        headers = {"content-security-policy": ARCHIVE_CSP, "cache-control": "public, max-age=300"}
        return HTMLResponse(html, headers=headers)

    # -- editor login ----------------------------------------------------------------------

    async def login(self, request: Request) -> Response:
        next_path = _safe_next(request.query_params.get("next", "/"))
        if self.token is None:
            return RedirectResponse(next_path, status_code=303)
        error = ""
        if request.method == "POST":
            form = await request.form(max_files=0, max_fields=10)
            if not self.csrf_ok(request, form, "login"):
                return self.forbidden(request)
            given = str(form.get("token", "")).strip().encode()
            if hmac.compare_digest(given, self.token.encode()):
                response = RedirectResponse(next_path, status_code=303)
                response.set_cookie(
                    EDITOR_COOKIE,
                    self.sessions.dumps(self._token_id()),
                    max_age=SESSION_AGE,
                    httponly=True,
                    samesite="strict",
                    secure=self.secure_cookies,
                    path="/",
                )
                return response
            await asyncio.sleep(0.5)  # slows guessing; the token is long and random anyway
            error = "That is not the editor token."
        context = {"next": next_path, "error": error}
        return self.page(request, "login.html", context, 401 if error else 200)

    async def logout(self, request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=10)
        if not self.csrf_ok(request, form, "editor"):
            return self.forbidden(request)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(EDITOR_COOKIE, path="/")
        return response

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
        if self._bearer(request) or self.csrf_ok(request, form, "editor"):
            return form
        return None

    # -- editor pages ----------------------------------------------------------------------

    async def index(self, request: Request) -> Response:
        now = self.clock()
        schedules = []
        for schedule in self.config.schedules:
            waiting = waiting_issue(self.store, schedule.name, EDITABLE + ("sending",))
            schedules.append(
                {
                    "schedule": schedule,
                    "next_run": next_schedule_run(schedule, now),
                    "issue": waiting,
                }
            )
        feeds = []
        for feed in self.config.feeds:
            source = pipeline.feed_source(self.config, feed)
            state = self.store.feed_state(source.url)
            feeds.append(
                {"source": source, "state": state, "health": _health(self.config, state, now)}
            )
        recent = [
            {"record": record, "counts": self.store.delivery_counts(record.issue.id)}
            for record in self.store.recent_issues(20)
        ]
        context = {
            "schedules": schedules,
            "feeds": feeds,
            "recent": recent,
            "done": _DONE.get(request.query_params.get("done", ""), ""),
        }
        return self.page(request, "index.html", context)

    async def build(self, request: Request) -> Response:
        form = await self.editor_form(request)
        if form is None:
            return self.forbidden(request)
        schedule = schedule_or_none(self.config, request.path_params["schedule"])
        if schedule is None:
            return self.not_found(request)
        refresh = form.get("action") == "rebuild"
        result = await run_in_threadpool(self._build, schedule, refresh)
        if result.record is None:
            return RedirectResponse("/?done=nothing-to-build", status_code=303)
        return RedirectResponse(_issue_url(result.record.issue.id), status_code=303)

    def _build(self, schedule: ScheduleConfig, refresh: bool) -> pipeline.BuildResult:
        result = pipeline.build_issue(
            self.config, self.store, schedule, self.clock(), refresh=refresh
        )
        if result.record is not None and refresh:
            reapply_edits(self.config, self.store, result.record.issue.id)
        return result

    async def preview(self, request: Request) -> Response:
        record = self.store.issue(request.path_params["issue_id"])
        if record is None:
            return self.not_found(request)
        return await self._preview_page(request, record)

    async def _preview_page(
        self, request: Request, record: IssueRecord, *, error: str = "", status: int = 200
    ) -> Response:
        issue = record.issue
        shown = await run_in_threadpool(self._preview, issue)
        editable = record.status in EDITABLE
        edits = load_edits(self.store, issue.id)
        base = current_base(self.config, self.store, record) if editable else issue
        present = {item.article_id for item in issue.items}
        dropped = [
            i for i in base.items if i.article_id in edits.dropped and i.article_id not in present
        ]
        # The pipeline rebuilt the issue since (same id, fresh articles) without the edits.
        stale = (
            editable
            and not edits.is_empty
            and comparable(apply_edits(base, edits, subject_of=subject_rule(self.config, base)))
            != comparable(issue)
        )
        schedule = schedule_or_none(self.config, issue.schedule)
        view = request.query_params.get("view", "both")
        when = scheduled_time(schedule, record.period) if schedule else None
        context = {
            "record": record,
            "issue": issue,
            "preview": shown,
            "fingerprint": issue_fingerprint(issue),
            "editable": editable,
            "edits": edits,
            "pinned": set(edits.pinned),
            "dropped": dropped,
            "stale_edits": stale,
            "view": view if view in ("both", "desktop", "mobile") else "both",
            "approval": schedule.approval if schedule else "none",
            "scheduled_at": when,
            "due": when is None or when <= self.clock(),
            "counts": self.store.delivery_counts(issue.id),
            "tests": list(reversed(_as_list(self.store.web_state(f"tests:{issue.id}")))),
            "done": _DONE.get(request.query_params.get("done", ""), ""),
            "error": error,
        }
        return self.page(request, "preview.html", context, status)

    def _preview(self, issue: Issue) -> Preview:
        key = ("preview", issue.id, issue_fingerprint(issue))
        return self.cache.get(key, lambda: preview_of(self.config, issue, self.clock()))

    async def email_html(self, request: Request) -> Response:
        """The HTML part alone, for the preview's 600 px and 375 px frames."""
        record = self.store.issue(request.path_params["issue_id"])
        if record is None:
            return self.not_found(request)
        shown = await run_in_threadpool(self._preview, record.issue)
        headers = {"content-security-policy": EMAIL_CSP, "x-frame-options": "SAMEORIGIN"}
        return HTMLResponse(shown.html, headers=headers)

    async def edit(self, request: Request) -> Response:
        form = await self.editor_form(request)
        if form is None:
            return self.forbidden(request)
        record = self.store.issue(request.path_params["issue_id"])
        if record is None:
            return self.not_found(request)
        if record.status not in EDITABLE:
            return await self._preview_page(
                request, record, error=f"This issue is {record.status}.", status=409
            )
        edits = load_edits(self.store, record.issue.id)
        action = str(form.get("action", ""))
        article = str(form.get("article", ""))
        try:
            if action in ("drop", "restore", "pin", "unpin"):
                base = current_base(self.config, self.store, record)
                if article not in {item.article_id for item in base.items}:
                    raise ValueError("that item is not in this issue")
                edits = getattr(edits, action)(article)
            elif action == "subject":
                edits = edits.with_subject(clean_subject(str(form.get("subject", ""))))
            elif action == "reset-subject":
                edits = edits.with_subject(None)
            else:
                raise ValueError(f"unknown action {action!r}")
        except ValueError as exc:
            return await self._preview_page(request, record, error=str(exc), status=400)
        try:
            save_edits(self.config, self.store, record, edits)
        except IssueStateError as exc:
            return await self._preview_page(request, record, error=str(exc), status=409)
        view = str(form.get("view", "both"))
        return RedirectResponse(f"{_issue_url(record.issue.id)}?view={quote(view)}", 303)

    async def send_test_copy(self, request: Request) -> Response:
        form = await self.editor_form(request)
        if form is None:
            return self.forbidden(request)
        record = self.store.issue(request.path_params["issue_id"])
        if record is None:
            return self.not_found(request)
        try:
            address = normalise_address(str(form.get("address", "")))
        except ValueError as exc:
            return await self._preview_page(request, record, error=f"Address: {exc}", status=400)
        try:
            message_id = await run_in_threadpool(self._send_test, record.issue, address)
        except TransportError as exc:
            error = f"The test was not sent: {exc}"
            return await self._preview_page(request, record, error=error, status=502)
        entry = {"to": address, "at": self.clock().isoformat(), "message_id": message_id}
        # A test is remembered beside the issue, never as a delivery: it must not count, and
        # must not stop the real issue reaching this address later.
        self.store.append_web_state(f"tests:{record.issue.id}", entry)
        return RedirectResponse(f"{_issue_url(record.issue.id)}?done=test-sent", 303)

    def _send_test(self, issue: Issue, address: str) -> str:
        transport = self.transport_factory(self.config)
        return pipeline.send_test(self.config, self.store, issue, address, transport, self.clock())

    async def approve(self, request: Request) -> Response:
        form = await self.editor_form(request)
        if form is None:
            return self.forbidden(request)
        issue_id = request.path_params["issue_id"]
        record = self.store.issue(issue_id)
        if record is None:
            return self.not_found(request)
        try:
            approval = approve_issue(self.config, self.store, issue_id, self.clock())
        except IssueStateError as exc:
            return await self._preview_page(request, record, error=str(exc), status=409)
        done = "approved-later"
        if approval.due:
            self.start_sending(issue_id)
            done = "approved-sending"
        return RedirectResponse(f"{_issue_url(issue_id)}?done={done}", 303)

    def start_sending(self, issue_id: str) -> Future[Any]:
        running = self.sending.get(issue_id)
        if running is not None and not running.done():
            return running

        def send() -> pipeline.SendSummary:
            transport = self.transport_factory(self.config)
            summary = send_approved(
                self.config, self.store, issue_id, transport, self.clock(), stop=self.stop
            )
            log.info("issue %s: %s", issue_id, summary.line())
            return summary

        future = self.executor.submit(send)
        future.add_done_callback(_log_failure(issue_id))
        self.sending[issue_id] = future
        return future

    async def hold(self, request: Request) -> Response:
        form = await self.editor_form(request)
        if form is None:
            return self.forbidden(request)
        issue_id = request.path_params["issue_id"]
        record = self.store.issue(issue_id)
        if record is None:
            return self.not_found(request)
        try:
            hold_issue(self.store, issue_id)
        except IssueStateError as exc:
            return await self._preview_page(request, record, error=str(exc), status=409)
        return RedirectResponse(f"{_issue_url(issue_id)}?done=held", 303)

    def shutdown(self) -> None:
        """Let a send in flight finish its current message, then stop (it resumes later)."""
        self.stop.stop()
        self.executor.shutdown(wait=True)


_DONE = {
    "test-sent": "Test copy sent.",
    "approved-sending": "Approved. Sending now.",
    "approved-later": "Approved. It goes out at its scheduled time.",
    "held": "Held. Nothing is sent until an editor approves it.",
    "nothing-to-build": "No issue: too few new items for this schedule.",
}


def _log_failure(issue_id: str) -> Callable[[Future[Any]], None]:
    def check(future: Future[Any]) -> None:
        exc = future.exception()
        if exc is not None:
            log.error("sending issue %s failed: %s", issue_id, exc, exc_info=exc)

    return check


def _as_list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _issue_url(issue_id: str) -> str:
    return f"/editor/issues/{quote(issue_id, safe='')}"


def _safe_next(value: str) -> str:
    """Only paths on this site: `//evil.example` and `https://...` would be open redirects."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def _health(config: Config, state: Any, now: datetime) -> str:
    if state.disabled:
        return "disabled"
    if state.failing_since and now - state.failing_since >= config.fetch.failing_after:
        return "failing"
    if state.failures:
        return "retrying"
    if state.last_success is None:
        return "never fetched"
    return "ok"


def _when(value: datetime | None, tz: str | None = None) -> str:
    if value is None:
        return "—"
    local = value.astimezone(ZoneInfo(tz)) if tz else value.astimezone(UTC)
    return local.strftime("%a %-d %b %Y %H:%M %Z")


def create_app(
    config: Config,
    store: Store,
    *,
    bind_host: str = "127.0.0.1",
    token: str | None = None,
    clock: Callable[[], datetime] = pipeline.utcnow,
    transport_factory: Callable[[Config], Transport] = pipeline.make_transport,
) -> Starlette:
    """The ASGI app. `token` None leaves the editor pages open (only allowed on loopback)."""
    check_listen(config, bind_host, token)
    web = WebApp(config, store, token=token, clock=clock, transport_factory=transport_factory)
    editor = web.editor_only
    routes = [
        Route("/", editor(web.index)),
        Route("/login", web.login, methods=["GET", "POST"]),
        Route("/logout", editor(web.logout), methods=["POST"]),
        Route("/editor/schedules/{schedule}/build", editor(web.build), methods=["POST"]),
        Route("/editor/issues/{issue_id}", editor(web.preview)),
        Route("/editor/issues/{issue_id}/email.html", editor(web.email_html)),
        Route("/editor/issues/{issue_id}/edit", editor(web.edit), methods=["POST"]),
        Route("/editor/issues/{issue_id}/test", editor(web.send_test_copy), methods=["POST"]),
        Route("/editor/issues/{issue_id}/approve", editor(web.approve), methods=["POST"]),
        Route("/editor/issues/{issue_id}/hold", editor(web.hold), methods=["POST"]),
        Route("/unsubscribe/{token}", web.unsubscribe, methods=["GET", "POST"]),
        Route("/preferences/{token}", web.preferences, methods=["GET", "POST"]),
        Route("/issues", web.archive),
        Route("/issues/{issue_id}", web.archived_issue),
    ]

    @asynccontextmanager
    async def lifespan(app: Starlette):  # type: ignore[no-untyped-def]
        yield
        await run_in_threadpool(web.shutdown)

    app = Starlette(
        debug=False,  # never: a traceback page would show config, paths and tokens
        routes=routes,
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

    PATTERN = re.compile(r"/(unsubscribe|preferences)/[^\s/?\"]+")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(
                self.PATTERN.sub(r"/\1/…", a) if isinstance(a, str) else a for a in record.args
            )
        record.msg = self.PATTERN.sub(r"/\1/…", str(record.msg))
        return True


def serve(config: Config, store: Store, *, host: str, port: int, token: str | None) -> None:
    """Run the app in the foreground until SIGINT/SIGTERM."""
    import uvicorn

    logging.getLogger("uvicorn.access").addFilter(RedactTokens())

    app = create_app(config, store, bind_host=host, token=token)
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
