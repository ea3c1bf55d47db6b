"""Subscriber pages: unsubscribe (with RFC 8058 one-click), preferences, the archive.

    /unsubscribe/{token}      GET: a page with a button, never a change
                              POST List-Unsubscribe=One-Click: unsubscribed (RFC 8058)
    /preferences/{token}      sections, format, resubscribe (CSRF-protected form)
    /issues, /issues/{id}     the archive of sent issues, paged ("view in browser")

Tokens carry the subscriber's opaque key, never an address, and every bad token gets the same
404; no page answers "is this address subscribed?". The unsubscribe pages set no cookie.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from digest.config import Config
from digest.ingest.subscribers import FORMATS
from digest.model.types import Subscriber, SubscriberStatus
from digest.pipeline.clock import utcnow
from digest.pipeline.settings import render_options, token_signer
from digest.render import TEMPLATES
from digest.render.issue import render_issue
from digest.store import Store
from digest.web.auth import EditorAuth, Pages
from digest.web.editor import EMAIL_CSP, RenderCache, issue_fingerprint

log = logging.getLogger("digest.web.public")

ARCHIVE_PAGE = 20  # issues per page of the web archive
ONE_CLICK = ("List-Unsubscribe", "One-Click")  # RFC 8058 section 3.1: the POST body
ARCHIVE_CSP = EMAIL_CSP.replace("frame-ancestors 'self'", "frame-ancestors 'none'")


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


class PublicPages:
    """The subscriber handlers: each finds its subscriber by the signed token in the URL."""

    def __init__(
        self,
        config: Config,
        store: Store,
        auth: EditorAuth,
        pages: Pages,
        cache: RenderCache,
        *,
        clock: Callable[[], datetime] = utcnow,
    ):
        self.config = config
        self.store = store
        self.auth = auth
        self.pages = pages
        self.cache = cache
        self.clock = clock
        self.signer = token_signer(config, store)

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
                return self.pages.bad_link(request)
            context = {"token": token, "done": False, "has_preferences": sub is not None}
            return self.pages.page(request, "unsubscribe.html", context)
        form = await request.form(max_files=0, max_fields=20)
        if form.get(ONE_CLICK[0]) != ONE_CLICK[1]:
            text = "An unsubscribe request must carry List-Unsubscribe=One-Click (RFC 8058)."
            context = {"heading": "Bad request", "text": text}
            return self.pages.page(request, "message.html", context, 400)
        key, sub = self._subscriber(token)
        if key is None:
            return self.pages.bad_link(request)
        if sub is not None and sub.status is SubscriberStatus.ACTIVE:
            self.store.set_subscriber_status(sub.email, SubscriberStatus.UNSUBSCRIBED, self.clock())
            log.info("unsubscribed key %s by one-click", key[:4])
        context = {"token": token, "done": True, "has_preferences": sub is not None}
        return self.pages.page(request, "unsubscribe.html", context)

    async def preferences(self, request: Request) -> Response:
        token = request.path_params["token"]
        key, sub = self._subscriber(token)
        if key is None or sub is None:
            return self.pages.bad_link(request)
        error = ""
        if request.method == "POST":
            form = await request.form(max_files=0, max_fields=200)
            if not self.auth.csrf_ok(request, form, f"sub:{key}"):
                return self.pages.forbidden(request)
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
        return self.pages.page(request, "preferences.html", context, 400 if error else 200)

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
        """Sent issues, newest first, ARCHIVE_PAGE at a time (`?page=2` for older ones)."""
        raw = request.query_params.get("page", "1")
        page = int(raw) if raw.isdigit() and 0 < int(raw) <= 100_000 else 1
        rows = self.store.sent_issues(ARCHIVE_PAGE + 1, (page - 1) * ARCHIVE_PAGE)
        context = {
            "issues": rows[:ARCHIVE_PAGE],
            "page": page,
            "older": page + 1 if len(rows) > ARCHIVE_PAGE else None,
            "newer": page - 1 if page > 1 else None,
        }
        return self.pages.page(request, "archive.html", context)

    async def archived_issue(self, request: Request) -> Response:
        """The email's "view in browser" link: the standalone web page of a sent issue."""
        record = self.store.issue(request.path_params["issue_id"])
        if record is None or record.status not in ("sending", "sent"):
            return self.pages.not_found(request)
        issue = record.issue
        key = ("web", issue.id, issue_fingerprint(issue))

        def make() -> str:
            options = render_options(self.config)
            return render_issue(issue, options, templates_dir=TEMPLATES).web_html

        html = await run_in_threadpool(self.cache.get, key, make)
        headers = {"content-security-policy": ARCHIVE_CSP, "cache-control": "public, max-age=300"}
        return HTMLResponse(html, headers=headers)
