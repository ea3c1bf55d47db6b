"""Issue 13 item 12: no feed can make the email too big.

Hostile sizes — a 200 KB item with no sentence break, 5,000 copies of one story, a 20,010-character
feed title and entry title — go through the real pipeline (a real HTTP server on 127.0.0.1,
`digest fetch`, `digest send` to the outbox) at the configured item count, and the HTML part
stays under Gmail's ~102 KB clip and the Subject under 200 characters. A second test renders
the worst case the view allows (every field at its bound, "&"-heavy text that escapes to five
times its length, 500 stories) through the real renderer.
"""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from click.testing import CliRunner
from httpserver import Scripted, ScriptedHTTPServer

from digest.cli.main import main
from digest.ingest.poller import MAX_ITEMS_PER_FEED
from digest.model.types import DigestItem, Issue, RelatedLink, Section
from digest.render.issue import render_issue
from digest.render.message import SUBJECT_MAX
from digest.render.options import RenderOptions
from digest.render.view import GMAIL_CLIP, SENTENCE_MAX, TITLE_MAX
from digest.store import Store

STORY = "Harbour bridge reopens after repairs"


def rss(title: str, items: list[str]) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title>{''.join(items)}</channel></rss>"
    ).encode()


def item(title: str, link: str, text: str, guid: str) -> str:
    return (
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<guid isPermaLink='false'>{escape(guid)}</guid>"
        f"<description>{escape(text)}</description></item>"
    )


def hostile_feeds(base: str) -> dict[str, bytes]:
    story_text = f"{STORY}. The bridge was closed for six weeks. Traffic is back to normal."
    no_breaks = " ".join(f"word{n % 97}" for n in range(33_000))  # ~200 KB, no sentence end
    assert len(no_breaks) > 200_000
    return {
        # A 20,010-character feed title, and an entry title as long (first: the Subject's top).
        "title.rss": rss(
            "T" * 20_010,
            [item("Long " * 4_002, f"{base}/title/1", "A short text. Nothing more.", "t-1")],
        ),
        "huge.rss": rss(
            "Huge",
            [item("An item of 200 KB", f"{base}/huge/1", no_breaks, "huge-1")],
        ),
        # 5,000 copies of one story in one feed, and the same story in five more feeds.
        "copies.rss": rss(
            "Copies",
            [
                item(STORY, f"{base}/copies/{n}", f"{story_text} Report {n}.", f"copy-{n}")
                for n in range(5_000)
            ],
        ),
        **{
            f"also-{k}.rss": rss(
                f"Also {k}",
                [item(STORY, f"{base}/also-{k}/1", f"{story_text} Desk {k}.", f"also-{k}")],
            )
            for k in range(5)
        },
    }


def test_hostile_sizes_keep_the_html_under_the_clip_and_the_subject_short(
    project: Path, http_server: ScriptedHTTPServer
) -> None:
    feeds = hostile_feeds(http_server.base_url)
    for name, body in feeds.items():
        http_server.script(f"/{name}", Scripted(body=body))
    config = project / "config.yaml"
    data = yaml.safe_load(config.read_text())
    data["feeds"] = [
        *({"url": http_server.url(f"/{name}"), "section": name.split("-")[0]} for name in feeds),
        *data["feeds"],  # the four bundled feeds fill the configured item count
    ]
    data["fetch"] = {"allow_networks": ["127.0.0.1/32"], "full_text": False}
    data["schedules"][0]["subject"] = "{top}"  # the top story's title becomes the Subject
    config.write_text(yaml.safe_dump(data, sort_keys=False))

    def run(*args: str) -> str:
        result = CliRunner().invoke(main, [*args, "--config", str(config)])
        assert result.exit_code == 0, result.output
        return result.stdout

    started = time.monotonic()
    reports = {r["url"].rsplit("/", 1)[1]: r for r in json.loads(run("fetch", "--json"))}
    assert reports["copies.rss"]["new_articles"] <= MAX_ITEMS_PER_FEED
    assert any("only the newest" in note for note in reports["copies.rss"]["notes"])
    store = Store(project / "var" / "digest.sqlite3")
    stored = store.db.execute("SELECT COUNT(*) FROM articles WHERE title = ?", (STORY,))
    assert stored.fetchone()[0] <= MAX_ITEMS_PER_FEED + 5
    run("send")
    elapsed = time.monotonic() - started

    emails = list((project / "var" / "outbox").rglob("*.eml"))
    assert emails
    covered = 0
    for path in emails:
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        subject = str(message["Subject"])
        assert len(subject) <= SUBJECT_MAX, len(subject)
        html_part = message.get_body(("html",))
        text = message.get_body(("plain",)).get_content()
        if html_part is not None:
            html = html_part.get_content()
            assert len(html.encode()) <= GMAIL_CLIP, len(html.encode())
            assert "T" * 300 not in html and "Long " * 80 not in html
            assert html.count("/copies/") <= 4  # "also covered by" names a few sources...
            if "/copies/" in html:
                assert re.search(r"and \d{3} more", html)  # ...and counts the rest
                covered += 1
        # the 200 KB item shows at most its summary sentences, each cut at SENTENCE_MAX
        summary_sentences = yaml.safe_load(config.read_text())["digest"]["summary_sentences"]
        words = re.findall(r"\bword\d+\b", text)
        assert len(" ".join(words)) <= summary_sentences * SENTENCE_MAX, len(words)
    assert covered and elapsed < 60, (covered, elapsed)


NOW = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)


def test_the_worst_case_the_view_allows_renders_under_the_clip() -> None:
    """Every field at (or beyond) its bound, text that escapes to 5× its length, more stories
    than fit (max_items_in_email at its maximum) with 50 other sources each, pictures on: the
    HTML part still fits."""
    url = "https://example.org/?" + "a=1&" * 490  # just under the URL bound, "&" escaped
    for flavour in ("x", "&", "é", "\U0001f600", "x "):
        text = flavour * (TITLE_MAX + 100)
        items = [
            DigestItem(
                article_id=f"a{n}",
                title=text,
                url=f"{url}{n}",
                source=text,
                published=NOW,
                summary=tuple(text * 2 for _ in range(12)),
                check_also=RelatedLink(text, f"{url}ca{n}", text),
                also=tuple(RelatedLink(text, f"{url}{n}-{k}", f"{text}{k}") for k in range(50)),
                image=f"{url}img{n}",
                image_width=2_000,
            )
            for n in range(40)
        ]
        sections = tuple(Section(text + str(n), tuple(items[n : n + 10])) for n in range(0, 40, 10))
        issue = Issue("d-1", "d", "Daily", text, NOW, NOW, NOW, sections)
        for images in (False, True):
            options = RenderOptions(
                title="Daily Digest",
                base_url="http://127.0.0.1:8025",
                max_items_in_email=500,
                images=images,
            )
            rendered = render_issue(issue, options, web=False)
            size = len(rendered.html.encode())
            assert size <= GMAIL_CLIP, (flavour, images, size)
            assert "in the web version" in rendered.html  # the rest is one click away
