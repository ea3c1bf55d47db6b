"""Editor pages: the next issues, their preview as sent, edits, a test send, approve and hold.

    /                                  schedules + next issue, feed health, recent issues
    /editor/schedules/{name}/build     build (or rebuild) the schedule's issue now
    /editor/issues/{id}                preview exactly as sent (600 px | 375 px | plain text),
                                       drop / pin / subject edits, send a test, approve, hold

The preview goes through the send-time render path with a sample subscriber and never reaches a
transport; only "send a test" and approving a due issue send mail. Approving and holding are
`digest.pipeline.lifecycle`'s (the CLI's `digest approve` / `digest hold` do the same); these
handlers only turn its answers into pages.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from digest.compose.edits import apply_edits, clean_subject, comparable
from digest.config import Config, ScheduleConfig
from digest.ingest.subscribers import normalise_address
from digest.model.codec import issue_to_dict
from digest.model.lifecycle import EDITABLE, IssueStatus
from digest.model.records import IssueRecord
from digest.model.types import Issue
from digest.pipeline.build import SAMPLE_SUBSCRIBER, BuildResult, build_issue
from digest.pipeline.clock import utcnow
from digest.pipeline.edits import (
    current_base,
    load_edits,
    reapply_edits,
    save_edits,
    schedule_or_none,
    subject_rule,
)
from digest.pipeline.lifecycle import (
    IssueStateError,
    approve_issue,
    hold_issue,
    next_schedule_run,
    scheduled_time,
    send_approved,
    waiting_issue,
)
from digest.pipeline.poll import feed_source
from digest.pipeline.sending import StopFlag, send_test
from digest.pipeline.settings import make_transport, message_settings, render_options
from digest.render import TEMPLATES
from digest.render.issue import render_issue
from digest.render.message import build_message
from digest.send.loop import SendSummary
from digest.send.transports import Transport, TransportError
from digest.store import Store
from digest.web.auth import EditorAuth, Pages

log = logging.getLogger("digest.web.editor")

# The email itself: feed images may load, nothing runs, only our own preview may frame it.
EMAIL_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:; "
    "font-src http: https: data:; form-action 'none'; frame-ancestors 'self'; base-uri 'none'"
)


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
    """The sample subscriber's message, built exactly as `send_issue` builds one.

    (write_preview does the same and writes files; this keeps it in memory.)
    """
    rendered = render_issue(issue, render_options(config), templates_dir=TEMPLATES)
    message = build_message(
        rendered,
        SAMPLE_SUBSCRIBER,
        settings=message_settings(config),
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


class RenderCache:
    """A small thread-safe LRU: rendering is the slow part of a page (previews and the archive)."""

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


# -- the pages -----------------------------------------------------------------------------------


class EditorPages:
    """The editor handlers, and the one background thread that sends approved issues."""

    def __init__(
        self,
        config: Config,
        store: Store,
        auth: EditorAuth,
        pages: Pages,
        cache: RenderCache,
        *,
        clock: Callable[[], datetime] = utcnow,
        transport_factory: Callable[[Config], Transport] = make_transport,
    ):
        self.config = config
        self.store = store
        self.auth = auth
        self.pages = pages
        self.cache = cache
        self.clock = clock
        self.transport_factory = transport_factory
        self.sending: dict[str, Future[Any]] = {}
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="digest-send")
        self.stop = StopFlag()

    async def index(self, request: Request) -> Response:
        now = self.clock()
        schedules = []
        for schedule in self.config.schedules:
            waiting = waiting_issue(self.store, schedule.name, EDITABLE | {IssueStatus.SENDING})
            schedules.append(
                {
                    "schedule": schedule,
                    "next_run": next_schedule_run(schedule, now),
                    "issue": waiting,
                }
            )
        feeds = []
        for feed in self.config.feeds:
            source = feed_source(self.config, feed)
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
        return self.pages.page(request, "index.html", context)

    async def build(self, request: Request) -> Response:
        form = await self.auth.editor_form(request)
        if form is None:
            return self.pages.forbidden(request)
        schedule = schedule_or_none(self.config, request.path_params["schedule"])
        if schedule is None:
            return self.pages.not_found(request)
        refresh = form.get("action") == "rebuild"
        result = await run_in_threadpool(self._build, schedule, refresh)
        if result.record is None:
            return RedirectResponse("/?done=nothing-to-build", status_code=303)
        return RedirectResponse(_issue_url(result.record.issue.id), status_code=303)

    def _build(self, schedule: ScheduleConfig, refresh: bool) -> BuildResult:
        result = build_issue(self.config, self.store, schedule, self.clock(), refresh=refresh)
        if result.record is not None and refresh:
            reapply_edits(self.config, self.store, result.record.issue.id)
        return result

    async def preview(self, request: Request) -> Response:
        record = self.store.issue(request.path_params["issue_id"])
        if record is None:
            return self.pages.not_found(request)
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
        return self.pages.page(request, "preview.html", context, status)

    def _preview(self, issue: Issue) -> Preview:
        key = ("preview", issue.id, issue_fingerprint(issue))
        return self.cache.get(key, lambda: preview_of(self.config, issue, self.clock()))

    async def email_html(self, request: Request) -> Response:
        """The HTML part alone, for the preview's 600 px and 375 px frames."""
        record = self.store.issue(request.path_params["issue_id"])
        if record is None:
            return self.pages.not_found(request)
        shown = await run_in_threadpool(self._preview, record.issue)
        headers = {"content-security-policy": EMAIL_CSP, "x-frame-options": "SAMEORIGIN"}
        return HTMLResponse(shown.html, headers=headers)

    async def edit(self, request: Request) -> Response:
        form = await self.auth.editor_form(request)
        if form is None:
            return self.pages.forbidden(request)
        record = self.store.issue(request.path_params["issue_id"])
        if record is None:
            return self.pages.not_found(request)
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
        form = await self.auth.editor_form(request)
        if form is None:
            return self.pages.forbidden(request)
        record = self.store.issue(request.path_params["issue_id"])
        if record is None:
            return self.pages.not_found(request)
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
        return send_test(self.config, self.store, issue, address, transport, self.clock())

    async def approve(self, request: Request) -> Response:
        form = await self.auth.editor_form(request)
        if form is None:
            return self.pages.forbidden(request)
        issue_id = request.path_params["issue_id"]
        record = self.store.issue(issue_id)
        if record is None:
            return self.pages.not_found(request)
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

        def send() -> SendSummary:
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
        form = await self.auth.editor_form(request)
        if form is None:
            return self.pages.forbidden(request)
        issue_id = request.path_params["issue_id"]
        record = self.store.issue(issue_id)
        if record is None:
            return self.pages.not_found(request)
        try:
            hold_issue(self.store, issue_id, self.clock())
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
