"""OPML in and out: folders become sections, only http(s) feeds, no entity tricks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from digest.ingest.opml import OpmlError, OpmlFeed, build_opml, parse_opml

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)

SAMPLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My  subscriptions</title></head>
  <body>
    <outline text="Tech" title="Tech">
      <outline type="rss" text="heise online" xmlUrl="https://www.heise.de/rss/heise.rdf"
               htmlUrl="https://www.heise.de/"/>
      <outline text="Blogs">
        <outline type="rss" title="Russ Cox" xmlUrl="https://research.swtch.com/feed.atom"/>
      </outline>
    </outline>
    <outline type="rss" text="The Guardian &amp; co" xmlUrl="https://www.theguardian.com/world/rss"/>
    <outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
    <outline type="rss" text="Relative" xmlUrl="feeds/local.xml"/>
    <outline type="rss" text="Script" xmlUrl="javascript:alert(1)"/>
    <outline type="rss" text="Again" xmlUrl="https://www.heise.de/rss/heise.rdf"/>
    <outline text="Just a note, no feed"/>
  </body>
</opml>
"""


def test_feeds_sections_and_names() -> None:
    doc = parse_opml(SAMPLE)
    assert doc.title == "My subscriptions"
    assert doc.feeds == (
        OpmlFeed("https://www.heise.de/rss/heise.rdf", "heise online", "Tech"),
        OpmlFeed("https://research.swtch.com/feed.atom", "Russ Cox", "Blogs"),
        OpmlFeed("https://www.theguardian.com/world/rss", "The Guardian & co", None),
    )


def test_only_http_feed_urls_are_taken() -> None:
    problems = parse_opml(SAMPLE).problems
    assert len(problems) == 4
    assert any("'file:///etc/passwd' is not an http(s) feed URL" in p for p in problems)
    assert any("javascript:alert(1)" in p for p in problems)
    assert any("feeds/local.xml" in p for p in problems)
    assert any("listed twice" in p for p in problems)


def test_export_then_import_is_the_same_list() -> None:
    feeds = parse_opml(SAMPLE).feeds
    data = build_opml(feeds, "Daily Digest feeds", NOW)
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert b"<dateCreated>Sat, 28 Nov 2026 07:00:00 +0000</dateCreated>" in data
    assert b"&amp; co" in data
    again = parse_opml(data)
    assert again.feeds == feeds and again.problems == () and again.title == "Daily Digest feeds"


def test_real_opml_export_from_another_reader() -> None:
    # rss2email's `opmlexport` style: flat, text only, no folders.
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<opml version="1.0"><head><title>rss2email OPML export</title></head><body>
<outline type="rss" text="a" xmlUrl="http://127.0.0.1:8765/feed000-rss.xml"/>
<outline type="rss" text="b" xmlUrl="http://127.0.0.1:8765/feed000-atom.xml"/>
</body></opml>"""
    doc = parse_opml(data)
    assert [f.name for f in doc.feeds] == ["a", "b"] and all(f.section is None for f in doc.feeds)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<opml><body><outline text="&b;" xmlUrl="https://x.example/f"/></body></opml>',
            "refused: the file declares entities",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY s SYSTEM "SECRET">]>'
            b'<opml><body><outline text="&s;" xmlUrl="https://x.example/f"/></body></opml>',
            "refused: the file declares entities",
        ),
        (b"<opml><body><outline", "not well-formed XML"),
        (b"<rss version='2.0'><channel/></rss>", "root element is <rss>"),
        (b"<opml version='2.0'><head/></opml>", "no <body>"),
    ],
)
def test_hostile_or_broken_files_are_refused(data: bytes, message: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    data = data.replace(b"SECRET", secret.as_uri().encode())
    with pytest.raises(OpmlError) as caught:
        parse_opml(data)
    assert message in str(caught.value)
    assert "TOPSECRET" not in str(caught.value)
