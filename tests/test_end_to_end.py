"""The whole pipeline through the `digest` command, against real servers on 127.0.0.1."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

import lxml.html
import pytest
import yaml
from click.testing import CliRunner

from digest.cli.main import main
from digest.config import load_config
from digest.store import Store

ROOT = Path(__file__).resolve().parent.parent
FEEDS = ROOT.parent / "shared" / "data" / "feeds"


def run(*args: str, config: Path) -> tuple[int, str]:
    """Exit code and everything printed (stdout and stderr, interleaved)."""
    result = CliRunner().invoke(main, [*args, "--config", str(config)], catch_exceptions=False)
    return result.exit_code, result.output


def run_json(*args: str, config: Path) -> list[dict[str, object]]:
    """A --json command's stdout, parsed (progress lines go to stderr)."""
    result = CliRunner().invoke(main, [*args, "--config", str(config)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def edit_config(path: Path, **changes: object) -> None:
    data = yaml.safe_load(path.read_text())
    for dotted, value in changes.items():
        node = data
        *parents, last = dotted.split("__")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


@pytest.fixture
def on_store(project: Path, store_url: str) -> Path:
    """The bundled project with its store on each backend (SQLite file, then PostgreSQL)."""
    if "://" in store_url:
        edit_config(project / "config.yaml", store=store_url)
    return project


def store_of(project: Path) -> Store:
    return Store.open(load_config(project / "config.yaml").store_url)


def test_demo_on_embedded_defaults_sends_once(on_store: Path) -> None:
    project = on_store
    config = project / "config.yaml"
    code, out = run("check", config=config)
    assert code == 0, out
    code, out = run("fetch", config=config)
    assert code == 0, out
    assert "4 feeds: 4 new, 0 unchanged, 0 failed" in out
    code, out = run("build", config=config)
    assert code == 0, out
    preview = project / "var" / "preview"
    data = json.loads((preview / "digest.json").read_text())
    items = [i for s in data["sections"] for i in s["items"]]
    seed = next(i for i in items if i["title"].startswith("Putin wants guarantees"))
    assert " ".join(seed["summary"]).startswith(
        "Russian President Putin wants guarantees that NATO will not expand further east"
    )
    assert not any("Leave a Reply" in s or "Check Also" in s for s in seed["summary"])
    assert seed["check_also"] and seed["check_also"]["url"] != seed["url"]
    for key in ("title", "url", "source", "published", "summary", "check_also", "also"):
        assert key in seed
    assert (preview / "digest.html").read_text().lstrip().lower().startswith("<!doctype html")
    assert "Putin wants guarantees" in (preview / "digest.txt").read_text()

    code, out = run("send", config=config)
    assert code == 0, out
    outbox = next((project / "var" / "outbox").iterdir())
    assert f"outbox: {outbox}" in out and outbox.name == data["id"]  # the folder `send` names
    emls = sorted(p.name for p in outbox.glob("*.eml"))
    assert emls == ["ada@example.org.eml", "grace@example.org.eml", "linus@example.net.eml"]
    first = {p: p.read_bytes() for p in outbox.glob("*.eml")}
    # Grace only wants World and Technology; Linus gets text only.
    grace = message_from_bytes(first[outbox / "grace@example.org.eml"], policy=policy.default)
    assert "Livemint" not in grace.get_body(("plain",)).get_content()
    linus = message_from_bytes(first[outbox / "linus@example.net.eml"], policy=policy.default)
    assert linus.get_content_type() == "text/plain"

    code, out = run("send", config=config)
    assert code == 0, out
    assert "3 already delivered earlier (not sent again)" in out
    assert {p: p.read_bytes() for p in outbox.glob("*.eml")} == first


def test_fetch_all_real_feeds_over_http_then_all_304(on_store: Path, http_server) -> None:
    project = on_store
    server = http_server
    server.root = FEEDS  # type: ignore[attr-defined]
    names = sorted(
        p.name for p in FEEDS.iterdir() if p.name != "README.md" and "manifest" not in p.name
    )
    config = project / "config.yaml"
    edit_config(
        config,
        feeds=[{"url": server.url(f"/{name}"), "name": name} for name in names],
        fetch__allow_networks=["127.0.0.0/8"],
        fetch__full_text=False,
    )
    first = run_json("fetch", "--json", config=config)
    assert len(first) == 64
    assert [r["status"] for r in first] == ["new"] * 64, [r for r in first if r["status"] != "new"]
    assert {"url", "status", "new_articles", "error"} <= set(first[0])
    store = store_of(project)
    stored = store.count_articles()
    assert stored == sum(r["new_articles"] for r in first) > 1000

    server.clear_log()
    second = run_json("fetch", "--json", config=config)
    assert [r["status"] for r in second] == ["unchanged"] * 64
    assert store.count_articles() == stored
    conditional = [r for r in server.requests if "if-none-match" in r.headers]
    assert len(conditional) == 64


def test_send_over_smtp_every_item_in_both_parts(on_store: Path, smtp_server) -> None:
    project = on_store
    config = project / "config.yaml"
    edit_config(
        config,
        delivery__transport="smtp",
        delivery__smtp={"host": smtp_server.host, "port": smtp_server.port, "security": "none"},
    )
    assert run("fetch", config=config)[0] == 0
    code, out = run("send", config=config)
    assert code == 0, out
    received = smtp_server.recorder.received
    assert sorted(r for m in received for r in m.recipients) == [
        "ada@example.org",
        "grace@example.org",
        "linus@example.net",
    ]
    issue = (
        json.loads((project / "var" / "preview" / "digest.json").read_text())
        if (project / "var" / "preview" / "digest.json").exists()
        else None
    )
    ada = smtp_server.recorder.to("ada@example.org")[0].message
    assert [p.get_content_type() for p in ada.iter_parts()] == ["text/plain", "text/html"]
    for header in ("Date", "From", "Message-ID", "List-Id", "List-Unsubscribe"):
        assert ada[header], header
    assert ada["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert ada["List-Unsubscribe"].startswith("<http://127.0.0.1:8025/unsubscribe/")
    text = ada.get_body(("plain",)).get_content()
    html = ada.get_body(("html",)).get_content()
    store = store_of(project)
    record = store.recent_issues(1)[0]
    assert issue is None or issue["id"] == record.issue.id
    tree = lxml.html.fromstring(html)
    html_text = re.sub(r"\s+", " ", tree.text_content())
    html_links = set(tree.xpath("//a/@href"))
    flat_text = re.sub(r"\s+", " ", text)
    assert record.issue.items
    for item in record.issue.items:
        assert item.url in text and item.url in html_links, item.url
        assert item.title[:40] in flat_text, item.title
        assert item.title in html_text, item.title
    assert store.delivery_counts(record.issue.id) == {"sent": 3}


def test_send_to_sends_one_test_copy_and_records_nothing(on_store: Path, smtp_server) -> None:
    project = on_store
    config = project / "config.yaml"
    edit_config(
        config,
        delivery__transport="smtp",
        delivery__smtp={"host": smtp_server.host, "port": smtp_server.port, "security": "none"},
    )
    run("fetch", config=config)
    code, out = run("send", "--to", "editor@example.com", config=config)
    assert code == 0, out
    assert [m.recipients for m in smtp_server.recorder.received] == [["editor@example.com"]]
    store = store_of(project)
    record = store.recent_issues(1)[0]
    assert store.delivery_counts(record.issue.id) == {}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"digest__tittle": "x"}, "digest.tittle: unknown key 'tittle'"),
        ({"subscribers": "no-such-folder/"}, "subscribers"),
        ({"schedules": [{"name": "daily", "cron": "0 7 * * 8"}]}, "schedules[0].cron"),
        ({"feeds": [{"url": "gopher://example.org/feed"}]}, "feeds[0].url"),
    ],
)
def test_config_mistakes_exit_1_with_one_line_and_send_nothing(
    project: Path, change: dict[str, object], expected: str
) -> None:
    config = project / "config.yaml"
    edit_config(config, **change)
    for command in ("check", "send"):
        code, out = run(command, config=config)
        assert code == 1, out
        errors = [line for line in out.splitlines() if line.startswith("error: ")]
        assert len(errors) == 1 and expected in errors[0], out
        assert str(config) in errors[0] or "subscribers" in errors[0]
    assert not (project / "var" / "outbox").exists()


def test_broken_feeds_fail_alone(on_store: Path, http_server) -> None:
    project = on_store
    from httpserver import Scripted

    server = http_server
    server.root = FEEDS  # type: ignore[attr-defined]
    good = "rss-parser__heise.atom"
    server.script(
        "/html",
        Scripted(
            200,
            b"<!DOCTYPE html><html><body>hi</body></html>",
            headers=[("Content-Type", "text/html")],
        ),
    )
    server.script("/truncated", Scripted(200, (FEEDS / good).read_bytes()[:300]))
    server.script("/missing", Scripted(404, b"nope"))
    server.script("/broken", Scripted(500, b"oops"))
    server.script("/hang", Scripted(hang=True))
    paths = ["/html", "/truncated", "/missing", "/broken", "/hang", f"/{good}"]
    config = project / "config.yaml"
    edit_config(
        config,
        feeds=[{"url": server.url(p), "name": p.strip("/")} for p in paths],
        fetch__allow_networks=["127.0.0.1/32"],
        fetch__read_timeout=1,
        fetch__deadline=2,
        fetch__full_text=False,
    )
    rows = {r["url"].rsplit("/", 1)[1]: r for r in run_json("fetch", "--json", config=config)}
    for name in ("html", "missing", "broken", "hang"):
        assert rows[name]["status"] == "failed" and rows[name]["error"], rows[name]
    assert "HTML" in rows["html"]["error"]
    assert "404" in rows["missing"]["error"] and "500" in rows["broken"]["error"]
    assert rows["truncated"]["status"] in ("failed", "new")
    assert rows[good]["status"] == "new" and rows[good]["new_articles"] == 15
    store = store_of(project)
    assert store.feed_state(server.url("/missing")).last_error


def test_python_dash_m_digest_works(project: Path) -> None:
    env = {**os.environ, "DIGEST_CONFIG": str(project / "config.yaml")}
    result = subprocess.run(
        [sys.executable, "-m", "digest", "check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "feeds      4" in result.stdout
