"""`digest feeds list|add|remove|enable|import|export` on a copy of the bundled config.yaml."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner
from httpserver import Scripted, ScriptedHTTPServer

from digest.cli.main import main
from digest.config import load_config
from digest.ingest.opml import parse_opml

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Elsewhere</title></head><body>
  <outline text="Science">
    <outline type="rss" text="Nature" xmlUrl="https://www.nature.com/nature.rss"/>
    <outline type="rss" text="Quanta" xmlUrl="https://www.quantamagazine.org/feed/"/>
  </outline>
  <outline type="rss" text="Passwords" xmlUrl="file:///etc/passwd"/>
  <outline type="rss" text="Ars" xmlUrl="https://feeds.arstechnica.com/arstechnica/index"/>
</body></opml>
"""


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["feeds", *args, "--config", str(config)])
    return result.exit_code, result.output


def test_add_then_remove_gives_back_the_same_file(project: Path) -> None:
    config = project / "config.yaml"
    before = config.read_text()
    code, out = run(
        config, "add", "https://example.org/feed.xml", "--name", "Ex", "--section", "Tech"
    )
    assert code == 0, out
    after = config.read_text()
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == [
        "  - url: https://example.org/feed.xml",
        "    name: Ex",
        "    section: Tech",
    ]
    # every comment and blank line is still there, the new item sits inside the list
    assert [x for x in after.splitlines() if x not in added] == before.splitlines()
    assert after.index("name: Ex") < after.index("\n\nschedules:")
    feed = load_config(config).feeds[-1]
    assert (feed.url, feed.name, feed.section) == ("https://example.org/feed.xml", "Ex", "Tech")
    code, out = run(config, "remove", "Ex")
    assert code == 0, out
    assert config.read_text() == before


def test_remove_the_last_feed_in_the_list_keeps_the_gap_after_it(project: Path) -> None:
    config = project / "config.yaml"
    code, out = run(config, "remove", "Livemint")
    assert code == 0, out
    text = config.read_text()
    assert "livemint" not in text.lower()
    assert "    full_text: false\n\nschedules:" in text
    assert len(load_config(config).feeds) == 3


def test_mistakes_change_nothing(project: Path) -> None:
    config = project / "config.yaml"
    before = config.read_text()
    code, out = run(config, "add", "examples/feeds/guardian-world.rss")
    assert code == 1 and "already in" in out
    code, out = run(config, "add", "ftp://example.org/feed")
    assert code == 1 and "scheme 'ftp' is not supported" in out
    code, out = run(config, "remove", "No Such Feed")
    assert code == 1 and "no feed with URL or name" in out
    for name in ("World News Today", "The Guardian", "heise online"):
        assert run(config, "remove", name)[0] == 0
    code, out = run(config, "remove", "Livemint")  # the config needs at least one feed
    assert code == 1 and "would make the config invalid" in out
    assert "Livemint" in config.read_text()
    assert before != config.read_text()  # (the three removals did happen)


def test_add_to_a_flow_style_list(tmp_path: Path) -> None:
    (tmp_path / "f.xml").write_text("<rss/>")
    config = tmp_path / "config.yaml"
    config.write_text("# mine\nfeeds: [{url: f.xml, name: F}]  # one feed\n")
    code, out = run(config, "add", "https://example.org/x", "--no-full-text")
    assert code == 0, out
    assert config.read_text().startswith("# mine\nfeeds: [{url: f.xml, name: F}, {url: ")
    assert "# one feed" in config.read_text()
    assert load_config(config).feeds[1].full_text is False


def test_import_opml_adds_new_feeds_once(project: Path, tmp_path: Path) -> None:
    config = project / "config.yaml"
    before = config.read_text()
    opml = tmp_path / "subs.opml"
    opml.write_bytes(OPML)
    code, out = run(config, "import", str(opml), "--dry-run")
    assert code == 0 and "3 feeds to add" in out and config.read_text() == before
    code, out = run(config, "import", str(opml))
    assert code == 0, out
    assert "3 feeds added, 0 already in the config, 1 outlines skipped" in out
    assert "is not an http(s) feed URL" in out  # the file:// outline, on stderr
    feeds = load_config(config).feeds
    assert [(f.name, f.section) for f in feeds[-3:]] == [
        ("Nature", "Science"),
        ("Quanta", "Science"),
        ("Ars", None),
    ]
    assert "/etc/passwd" not in config.read_text()
    assert config.read_text().count("#") == before.count("#")  # comments kept
    code, out = run(config, "import", str(opml))
    assert code == 0 and "0 feeds added, 3 already in the config" in out


def test_export_is_opml_of_the_http_feeds(project: Path, tmp_path: Path) -> None:
    config = project / "config.yaml"
    opml = tmp_path / "subs.opml"
    opml.write_bytes(OPML)
    assert run(config, "import", str(opml))[0] == 0
    out_file = tmp_path / "out.opml"
    code, out = run(config, "export", "-o", str(out_file))
    assert code == 0 and "wrote 3 feeds" in out and "4 local file feeds" in out
    doc = parse_opml(out_file.read_bytes())
    assert doc.title == "Daily Digest feeds"
    assert [(f.url, f.section) for f in doc.feeds] == [
        ("https://www.nature.com/nature.rss", "Science"),
        ("https://www.quantamagazine.org/feed/", "Science"),
        ("https://feeds.arstechnica.com/arstechnica/index", None),
    ]
    code, out = run(config, "export")
    assert code == 0 and out.lstrip().startswith("<?xml")


def test_list_shows_health_and_enable_clears_a_410(
    tmp_path: Path, http_server: ScriptedHTTPServer
) -> None:
    http_server.script(
        "/ok",
        Scripted(
            body=b'<rss version="2.0"><channel><title>t</title>'
            b"<item><title>a</title><link>https://a.example/1</link>"
            b"</item></channel></rss>"
        ),
    )
    http_server.script("/gone", Scripted(status=410))
    http_server.script("/err", Scripted(status=500))
    http_server.redirect("/old", "/ok", status=301)
    config = tmp_path / "config.yaml"
    (tmp_path / "subscribers").mkdir()
    config.write_text(
        "store: digest.sqlite3\nfetch:\n  allow_networks: ['127.0.0.1/32']\n  full_text: false\n"
        "feeds:\n"
        + "".join(
            f"  - url: {http_server.url(p)}\n    name: {p[1:]}\n"
            for p in ("/ok", "/gone", "/err", "/old", "/never")
        )
    )
    result = CliRunner().invoke(main, ["fetch", "--config", str(config)])
    assert result.exit_code == 0, result.output
    # "/never" is a feed added after the fetch
    code, out = run(config, "list", "--json")
    assert code == 0, out
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["ok"]["health"] == "ok" and rows["ok"]["last_success"]
    assert rows["gone"]["health"] == "disabled" and "410" in rows["gone"]["disabled_reason"]
    assert rows["err"]["health"] == "retrying" and rows["err"]["last_error"] == "HTTP 500"
    assert rows["err"]["failures"] == 1 and rows["err"]["next_try"]
    assert rows["old"]["moved_to"] == http_server.url("/ok")
    assert rows["never"]["health"] == "retrying"  # 404, fetched in the same run
    code, out = run(config, "list")
    assert "disabled" in out and "(moved to " in out and out.rstrip().endswith("5 feeds")

    code, out = run(config, "enable", "gone")
    assert code == 0 and "enabled gone" in out
    rows = {r["name"]: r for r in json.loads(run(config, "list", "--json")[1])}
    assert rows["gone"]["health"] == "never fetched" and rows["gone"]["disabled_reason"] is None
    assert datetime.fromisoformat(rows["ok"]["last_success"]) <= datetime.now(UTC)
