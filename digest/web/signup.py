"""Sign-up pages: the public form and the confirmation button (double opt-in).

    GET  /subscribe           the form: email, name, sections (all ticked), HTML or text, time
                              zone (preselected by a small script, a plain select without it)
    POST /subscribe           always the same "check your inbox" page (429 only when this client
                              sent too many); the confirmation email goes out after the answer
    GET  /confirm/{token}     a page with a button, never a change (mail scanners open links)
    POST /confirm/{token}     confirmed: active, consent recorded, welcome email

CSRF: our own form carries a signed double-submit token; a copy embedded on another site posts
without one and is accepted only from an origin in `signup.embed_origins`. A sign-up changes
nothing anyone receives until the emailed button is pressed, so a forged post can at most
cause a confirmation email, within the per-address limit. A honeypot field that people do not
see (and bots fill) gets the same answer and nothing else; bodies are capped by the app.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import available_timezones

from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from digest.config import Config
from digest.pipeline.signup import (
    SignupOutcome,
    confirm,
    confirm_nonce,
    deliver_notice,
    read_form,
    request_signup,
)
from digest.send.transports import Transport
from digest.store import Store
from digest.web.auth import EditorAuth, Pages
from digest.web.login import client_address
from digest.web.public import known_sections

log = logging.getLogger("digest.web.signup")

HONEYPOT = "website"
# Preselects the reader's own zone; without scripts the select simply stays on "the digest's".
TZ_SCRIPT = (
    "(function(){var z=Intl.DateTimeFormat().resolvedOptions().timeZone;"
    "var s=document.getElementById('timezone');"
    "if(z&&s){for(var i=0;i<s.options.length;i++){if(s.options[i].value===z){s.value=z;break;}}}"
    "})();"
)
TZ_HASH = base64.b64encode(hashlib.sha256(TZ_SCRIPT.encode()).digest()).decode()
SIGNUP_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    f"script-src 'sha256-{TZ_HASH}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
ZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


class SignupPages:
    """The sign-up and confirmation handlers."""

    def __init__(
        self,
        config: Config,
        store: Store,
        auth: EditorAuth,
        pages: Pages,
        *,
        clock: Callable[[], datetime],
        transport_factory: Callable[[Config], Transport],
    ):
        self.config = config
        self.store = store
        self.auth = auth
        self.pages = pages
        self.clock = clock
        self.transport_factory = transport_factory

    def _send_later(self, message: EmailMessage, to: str) -> BackgroundTask:
        def send() -> None:
            try:
                deliver_notice(self.config, message, to, self.transport_factory)
            except Exception as exc:  # the reader has their answer; the operator gets the log
                log.error("sign-up email to %s… not sent: %s", to[:2], exc)

        return BackgroundTask(send)

    def _form_page(self, request: Request, error: str = "", status: int = 200) -> Response:
        sections = known_sections(self.config, self.store)
        context = {
            "sections": sections,
            "zones": ZONES,
            "error": error,
            "honeypot": HONEYPOT,
            "tz_script": TZ_SCRIPT,
        }
        response = self.pages.page(request, "subscribe.html", context, status)
        response.headers["content-security-policy"] = SIGNUP_CSP
        return response

    def _sent_page(self, request: Request, task: BackgroundTask | None = None) -> Response:
        text = (
            "If the address can be subscribed, a confirmation email is on its way. Open the"
            " link in it and press the button to start receiving issues."
        )
        context = {"heading": "Check your inbox", "text": text}
        response = self.pages.page(request, "message.html", context)
        response.background = task
        return response

    async def subscribe(self, request: Request) -> Response:
        if not self.config.signup.enabled:
            return self.pages.not_found(request)
        if request.method != "POST":
            return self._form_page(request)
        form = await request.form(max_files=0, max_fields=100, max_part_size=4096)
        if not self._form_allowed(request, form):
            return self.pages.forbidden(request)
        if str(form.get(HONEYPOT, "")).strip():
            return self._sent_page(request)  # a bot: the same answer, nothing done
        fields = {key: [str(v) for v in form.getlist(key)] for key in form.keys()}
        parsed = read_form(fields, known_sections(self.config, self.store))
        if isinstance(parsed, str):
            return self._form_page(request, parsed, 400)
        result = await run_in_threadpool(
            request_signup, self.config, self.store, parsed, client_address(request), self.clock()
        )
        if result.outcome is SignupOutcome.CLIENT_LIMITED:
            text = "Too many sign-ups from your network in the last hour. Please try later."
            context = {"heading": "Please try later", "text": text}
            return self.pages.page(request, "message.html", context, 429)
        task = None
        if result.message is not None:
            task = self._send_later(result.message, result.to)
        return self._sent_page(request, task)

    def _form_allowed(self, request: Request, form: FormData) -> bool:
        """Our own page's form (CSRF token), or a copy embedded on an allowed origin."""
        origin = request.headers.get("origin", "")
        if origin and origin in self.config.signup.embed_origins:
            return True
        return self.auth.csrf_ok(request, form, "signup")

    async def confirm(self, request: Request) -> Response:
        token = request.path_params["token"]
        now = self.clock()
        nonce = confirm_nonce(self.config, self.store, token, now)
        if nonce is None or self.store.signup_request(nonce) is None:
            text = (
                "This confirmation link has expired or has been used already. If you are not"
                " receiving issues, sign up again."
            )
            context = {"heading": "Link not valid", "text": text, "signup": True}
            return self.pages.page(request, "message.html", context, 404)
        scope = f"confirm:{nonce[:12]}"
        if request.method != "POST":
            context = {"token": token, "scope": scope, "done": False}
            return self.pages.page(request, "confirm.html", context)
        form = await request.form(max_files=0, max_fields=10)
        if not self.auth.csrf_ok(request, form, scope):
            return self.pages.forbidden(request)
        done = await run_in_threadpool(
            confirm, self.config, self.store, nonce, client_address(request), now
        )
        if done is None:
            return self.pages.bad_link(request)
        log.info("sign-up confirmed for key %s", done.subscriber.key[:4])
        context = {"token": token, "scope": scope, "done": True}
        response = self.pages.page(request, "confirm.html", context)
        if done.welcome is not None:
            response.background = self._send_later(done.welcome, done.subscriber.email)
        return response
