"""The archive of past issues: paging, `/issues.atom` and `/issues.json`, the email footer.

Over real HTTP on 127.0.0.1 (test_web's `site_factory`), without a login (they are public).
The Atom feed is parsed with feedparser; the JSON Feed is validated against a JSON Schema of
JSON Feed 1.1 (tests/data/jsonfeed, written from the spec; feedparser 6 does not read JSON).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import feedparser
import httpx
import jsonschema
from test_web import Site, csrf_of, site_factory, wait_for_status  # noqa: F401

from digest.pipeline.clock import utcnow

SCHEMA = Path(__file__).parent / "data" / "jsonfeed" / "jsonfeed-1.1.schema.json"
COUNT = 45


def archive_of(site: Site, count: int = COUNT) -> list[str]:
    """`count` sent issues (copies of the built one), oldest first; returns their ids."""
    record = site.store.issue(site.issue_id)
    assert record is not None
    start = utcnow() - timedelta(days=count)
    ids = []
    for n in range(count):
        issue_id = f"daily-archive-{n:03d}"
        issue = replace(record.issue, id=issue_id, subject=f"Issue {n:03d}: Tom & Jerry <b>")
        site.store.save_issue(issue, f"archive-{n:03d}")
        for status in ("approved", "sending"):
            site.store.set_issue_status(issue_id, status)
        site.store.set_issue_status(issue_id, "sent", start + timedelta(days=n))
        ids.append(issue_id)
    return ids


def rows(page: str) -> list[str]:
    return re.findall(r'<a href="/issues/([^"]+)">', page)


def test_the_archive_pages_through_every_sent_issue(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    ids = archive_of(site)
    with httpx.Client(base_url=site.url) as anonymous:
        first = anonymous.get("/issues")
        assert first.status_code == 200
        assert rows(first.text) == list(reversed(ids))[:20]
        assert 'id="older"' in first.text and 'id="newer"' not in first.text
        assert 'type="application/atom+xml"' in first.text and "/issues.json" in first.text
        second = anonymous.get("/issues?page=2")
        assert rows(second.text) == list(reversed(ids))[20:40]
        assert 'id="older"' in second.text and 'id="newer"' in second.text
        third = anonymous.get("/issues?page=3")
        assert rows(third.text) == list(reversed(ids))[40:] and 'id="older"' not in third.text
        seen = rows(first.text) + rows(second.text) + rows(third.text)
        assert sorted(seen) == sorted(ids) and len(set(seen)) == COUNT
        assert rows(anonymous.get("/issues?page=-1").text) == rows(first.text)
        assert rows(anonymous.get("/issues?page=x").text) == rows(first.text)
        assert rows(anonymous.get("/issues?page=99").text) == []
        assert site.issue_id not in first.text  # held, never sent: not in the archive


def test_the_atom_feed_parses_and_links_each_issue(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    ids = archive_of(site)
    with httpx.Client(base_url=site.url) as anonymous:
        response = anonymous.get("/issues.atom")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/atom+xml")
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.get("bozo_exception")
        assert feed.version == "atom10"
        assert feed.feed.title == "Daily Digest"
        assert len(feed.entries) == COUNT
        newest = feed.entries[0]
        assert newest.title == "Issue 044: Tom & Jerry <b>"  # escaped in the XML, not dropped
        assert newest.link == f"{site.url}/issues/{ids[-1]}" == newest.id
        assert newest.published_parsed is not None and newest.summary
        record = site.store.issue(ids[-1])
        assert record is not None and record.issue.items[0].title in newest.summary
        assert anonymous.get(newest.link).status_code == 200  # the web version


def test_the_json_feed_validates_against_json_feed_1_1(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    ids = archive_of(site)
    with httpx.Client(base_url=site.url) as anonymous:
        response = anonymous.get("/issues.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/feed+json")
    data = json.loads(response.content)
    schema = json.loads(SCHEMA.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert [item["id"] for item in data["items"]] == [
        f"{site.url}/issues/{i}" for i in reversed(ids)
    ]
    for item in data["items"]:
        datetime.fromisoformat(item["date_published"])
    assert data["items"][0]["title"] == "Issue 044: Tom & Jerry <b>"


def test_feeds_of_an_empty_archive_are_valid(site_factory) -> None:  # noqa: F811
    site = site_factory(login=False)
    with httpx.Client(base_url=site.url) as anonymous:
        atom = feedparser.parse(anonymous.get("/issues.atom").content)
        data = anonymous.get("/issues.json").json()
    assert not atom.bozo and atom.entries == []
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    assert data["items"] == []


def test_the_email_footer_links_to_the_web_version_and_the_archive(site_factory) -> None:  # noqa: F811
    site = site_factory()
    page = site.client.get(f"/editor/issues/{site.issue_id}")
    site.client.post(f"/editor/issues/{site.issue_id}/approve", data={"csrf": csrf_of(page.text)})
    wait_for_status(site, site.issue_id, "sent")
    mail = site.smtp.recorder.received[0].message
    text = mail.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = mail.get_body(("html",)).get_content()
    web = f"{site.url}/issues/{site.issue_id}"
    assert web in text and f"Past issues:\n{site.url}/issues\n" in text
    assert f'href="{web}"' in html and f'href="{site.url}/issues"' in html
    with httpx.Client() as reader:
        assert reader.get(web).status_code == 200
        assert site.issue_id in reader.get(f"{site.url}/issues").text
