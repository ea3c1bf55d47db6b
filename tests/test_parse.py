"""Feed bytes → articles, over every real feed capture in ../shared/data/feeds."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest

from digest.ingest.parse import looks_like_teaser, parse_feed, strip_feed_footer
from digest.model.types import FeedSource
from digest.store import Store

FEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "feeds"
NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)
FEED_FILES = sorted(
    p for p in FEEDS.iterdir() if p.suffix in (".xml", ".rss", ".atom", ".rdf", ".gz")
)


def test_all_sixty_four_feeds_are_here() -> None:
    assert len(FEED_FILES) == 64


@pytest.mark.parametrize("path", FEED_FILES, ids=lambda p: p.name)
def test_real_feed_parses_and_stores(path: Path, tmp_path: Path) -> None:
    body = path.read_bytes()
    source = FeedSource(url=str(path), name=path.stem, is_file=True)
    parsed = parse_feed(body, source, NOW)
    assert parsed.error is None
    raw = gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body
    expected = len(feedparser.parse(raw).entries)
    skipped = sum(int(n.split()[0]) for n in parsed.notes if n.endswith("empty entries skipped"))
    # Every entry feedparser reports is stored, except empty ones (PCMag's nested <item/>).
    assert len(parsed.articles) + skipped == expected
    assert skipped <= expected // 2
    for article in parsed.articles:
        assert article.title.strip()
        assert article.published.tzinfo is not None and article.published <= NOW
        assert "<script" not in article.text.lower()
    store = Store(tmp_path / "d.sqlite3")
    added = store.add_articles(parsed.articles, NOW)
    assert len(added) == store.count_articles() >= 1
    # A second pass over the same bytes stores nothing new.
    assert store.add_articles(parse_feed(body, source, NOW).articles, NOW) == []


def test_ids_are_stable_and_scoped_to_the_feed() -> None:
    body = (FEEDS / "rss-parser__guardian.rss").read_bytes()
    a = parse_feed(body, FeedSource(url="https://a.example/feed", name="A"), NOW)
    b = parse_feed(body, FeedSource(url="https://a.example/feed", name="A"), NOW)
    c = parse_feed(body, FeedSource(url="https://b.example/feed", name="B"), NOW)
    assert [x.id for x in a.articles] == [x.id for x in b.articles]
    assert not {x.id for x in a.articles} & {x.id for x in c.articles}


def test_section_falls_back_to_category_then_feed_name() -> None:
    body = (FEEDS / "rss-parser__guardian.rss").read_bytes()
    with_section = parse_feed(body, FeedSource(url="u", name="G", section="World"), NOW)
    assert {a.section for a in with_section.articles} == {"World"}
    by_category = parse_feed(body, FeedSource(url="u", name="G"), NOW)
    assert all(a.section for a in by_category.articles)
    heise = (FEEDS / "rss-parser__heise.atom").read_bytes()
    assert {
        a.section for a in parse_feed(heise, FeedSource(url="u", name="heise"), NOW).articles
    } <= {"heise"} | {
        a.section for a in parse_feed(heise, FeedSource(url="u", name="heise"), NOW).articles
    }


def test_untitled_entries_get_a_title_from_their_text() -> None:
    body = (FEEDS / "rsparser__scriptingNews.rss").read_bytes()
    parsed = parse_feed(body, FeedSource(url="u", name="SN"), NOW)
    assert len(parsed.articles) == 50
    assert all(a.title for a in parsed.articles)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<!DOCTYPE html><html><body>Not a feed</body></html>", "HTML page"),
        (b"", "empty"),
        (b"<rss><channel><item><title>cut", None),
    ],
)
def test_bad_documents_are_reported_not_raised(body: bytes, reason: str | None) -> None:
    parsed = parse_feed(body, FeedSource(url="u", name="x"), NOW)
    if reason:
        assert parsed.error and reason in parsed.error
    else:  # truncated XML: salvaged with a note, or reported; never an exception
        assert parsed.error or parsed.notes


def test_teaser_detection() -> None:
    assert looks_like_teaser("Short excerpt of a story […]")
    assert looks_like_teaser("A long paragraph " * 40 + "Read more")
    assert not looks_like_teaser("A long paragraph with plenty of words. " * 20)


def test_wordpress_footer_is_not_part_of_the_story() -> None:
    text = (
        "Putin wants guarantees […]\n\n"
        "The post Putin wants guarantees appeared first on World News."
    )
    assert strip_feed_footer(text) == "Putin wants guarantees […]"
    assert strip_feed_footer("The post office opened.\n\nMore text.") == (
        "The post office opened.\n\nMore text."
    )


# -- the two readers agree ---------------------------------------------------------------------


def _both_readers(body: bytes, source: FeedSource) -> tuple[list, list] | None:
    from digest.ingest import parse as p

    body = gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body
    cleaned, _ = p._clean_prolog(body)
    fast = p._read_lxml(cleaned)
    if fast is None:
        return None
    slow = p._read_feedparser(cleaned, [])
    return (
        [p._article(e, source, NOW) for e in fast.entries],
        [p._article(e, source, NOW) for e in slow.entries],
    )


def test_lxml_and_feedparser_give_the_same_articles() -> None:
    """The fast reader must not change ids, titles, text or dates: a feed that turns malformed
    one day (and goes to feedparser) keeps its articles' identities."""
    read_fast = 0
    url_differences: set[str] = set()
    for path in FEED_FILES:
        pair = _both_readers(path.read_bytes(), FeedSource(url=str(path), name=path.stem))
        if pair is None:
            continue
        read_fast += 1
        fast, slow = pair
        assert len(fast) == len(slow), path.name
        for a, b in zip(fast, slow, strict=True):
            if a is None or b is None:
                assert a is b, path.name
                continue
            assert (a.id, a.title, a.text, a.published, a.guid, a.section) == (
                b.id,
                b.title,
                b.text,
                b.published,
                b.guid,
                b.section,
            ), path.name
            if a.url != b.url:
                url_differences.add(path.name)
    assert read_fast >= 60  # all but the few that are not well-formed XML
    # feedparser resolves an empty <link href=""> to the feed's own URL; we use the entry id
    assert url_differences <= {"rsparser__OneFootTsunami.atom"}


def test_the_fast_reader_reads_the_well_formed_and_hands_over_the_rest() -> None:
    parsers = {
        path.name: parse_feed(path.read_bytes(), FeedSource(url="u", name="n"), NOW).parser
        for path in FEED_FILES
    }
    slow = sorted(name for name, parser in parsers.items() if parser == "feedparser")
    assert slow == [
        "miniflux__no_encoding_ISO-8859-1.xml",
        "node-feedparser__iconv.xml",
        "rss-parser__uolNoticias.rss",
    ]


def test_prolog_junk_bom_and_doctype_are_cut() -> None:
    from digest.ingest.parse import _clean_prolog

    doc = b'<?xml version="1.0"?><rss/>'
    assert _clean_prolog(b"\n\n  " + doc) == (doc, [])
    assert _clean_prolog(b"\xef\xbb\xbf" + doc) == (doc, [])
    body, notes = _clean_prolog(b"Warning: x on line 3\n" + doc)
    assert body == doc and notes == ["21 bytes of junk before <?xml removed"]
    body, notes = _clean_prolog(
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "b">]>\n<rss>&a;</rss>'
    )
    assert body == b'<?xml version="1.0"?>\n\n<rss>&a;</rss>'
    assert notes == ["DOCTYPE with entity declarations removed (entities are never expanded)"]
    netscape = (
        b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        b' "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss/>'
    )
    assert _clean_prolog(netscape) == (b'<?xml version="1.0"?><rss/>', [])
    unclosed = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "]>"> ]><rss/>'
    body, notes = _clean_prolog(unclosed)
    assert b"<!DOCTYPE" not in body and b"ENTITY" not in body


def test_titles_are_one_line_of_plain_text() -> None:
    from digest.ingest.parse import plain_title

    assert plain_title("  Plain\n title  ") == "Plain title"
    assert plain_title("<b>Bold</b> &amp; <i>it</i>") == "Bold & it"
    assert plain_title("<script>alert(1)</script>News") == "News"
    assert plain_title("AT&T") == "AT&T"
    assert plain_title("bell\x07 char") == "bell char"


# -- feeds that lost or mangled content (issue 13, items 1-6): both readers, each class --------

ATOM_HEAD = '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
XHTML_DIV = '<div xmlns="http://www.w3.org/1999/xhtml">'
RSS_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"'
    ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
    ' xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>'
)


def atom(entries: str, title: str = "<title>Feed</title>") -> bytes:
    return f"{ATOM_HEAD}{title}{entries}</feed>".encode()


def rss(items: str) -> bytes:
    return f"{RSS_HEAD}{items}</channel></rss>".encode()


def read_both(body: bytes) -> list:
    """The articles of a well-formed feed as each reader gives them (lxml first, then
    feedparser); the two must agree, and parse_feed must have taken the fast path."""
    from digest.ingest import parse as p

    source = FeedSource(url="https://feed.test/f", name="F")
    parsed = parse_feed(body, source, NOW)
    assert parsed.parser == "lxml" and parsed.error is None
    cleaned, _ = p._clean_prolog(body)
    slow = [p._article(e, source, NOW) for e in p._read_feedparser(cleaned, []).entries]
    assert [(a.id, a.title, a.url, a.text) for a in parsed.articles] == [
        (a.id, a.title, a.url, a.text) for a in slow if a is not None
    ]
    return list(parsed.articles)


def test_escaped_text_in_xhtml_and_text_values_is_kept_as_text() -> None:
    """Item 1: text escaped inside Atom type="xhtml" (and type="text") is text, not markup."""
    body = atom(
        f'<entry><id>https://ex.test/1</id><title type="xhtml">{XHTML_DIV}Why &lt;script&gt; tags'
        " block rendering</div></title>"
        f'<content type="xhtml">{XHTML_DIV}History of the &lt;blink&gt; tag, <b>bold &amp;'
        " &lt;i&gt;</b></div></content></entry>"
        "<entry><id>https://ex.test/2</id><title>The &lt;marquee&gt; element</title>"
        "<summary>Use &lt;div&gt; for layout &amp; more</summary></entry>",
        title=f'<title type="xhtml">{XHTML_DIV}All about &lt;tags&gt;</div></title>',
    )
    first, second = read_both(body)
    assert first.title == "Why <script> tags block rendering"
    assert first.text == "History of the <blink> tag, bold & <i>"
    assert second.title == "The <marquee> element"
    assert second.text == "Use <div> for layout & more"
    assert parse_feed(body, FeedSource(url="u", name="n"), NOW).title == "All about <tags>"


def test_entities_and_markup_in_atom_text_values_still_read_as_html() -> None:
    """Atom feeds put `&amp;rsquo;` and simple markup in type="text": read as HTML then
    (feedparser's looks-like-HTML test), as Thoughtbot's and Cox's feeds need."""
    body = atom(
        "<entry><id>https://ex.test/1</id><title>Tell, Don&amp;rsquo;t Ask</title>"
        "<summary>&lt;b&gt;Bold&lt;/b&gt; &amp;amp; plain</summary></entry>"
    )
    (article,) = read_both(body)
    assert article.title == "Tell, Don\u2019t Ask"
    assert article.text == "Bold & plain"


@pytest.mark.parametrize(
    "void", ["embed src='x.swf'", "source src='a.mp4'", "track src='t'", "wbr"]
)
def test_an_unclosed_void_element_does_not_swallow_the_rest(void: str) -> None:
    """Item 2: libxml2's HTML parser nests what follows <embed>, <source>, <track>, <wbr>."""
    from xml.sax.saxutils import escape

    html = f"<p>Intro</p><{void}><p>The rest of the story.</p>"
    body = rss(
        f"<item><title>A</title><link>https://ex.test/a</link><description>{escape(html)}"
        f"</description></item><item><title>B</title><link>https://ex.test/b</link>"
        f"<content:encoded><![CDATA[{html}]]></content:encoded></item>"
    )
    for article in read_both(body):
        assert article.text == "Intro\n\nThe rest of the story."


def test_an_xhtml_div_in_content_declared_html_is_read_as_html() -> None:
    """Item 3: TypePad wraps escaped HTML in an XHTML <div> under type="html": the <div> is
    transparent and the escaped markup is markup (no literal tags, no script text)."""
    body = atom(
        f'<entry><id>https://ex.test/1</id><title type="html">{XHTML_DIV}Example &lt;b&gt;Atom'
        f'&lt;/b&gt;</div></title><content type="html">{XHTML_DIV}Example &lt;b&gt;Atom&lt;/b&gt;'
        " &lt;script&gt;alert(1)&lt;/script&gt; text.</div></content></entry>"
    )
    (article,) = read_both(body)
    assert article.title == "Example Atom"
    assert article.text == "Example Atom text."


def test_a_comment_holding_a_doctype_before_the_root_is_left_alone() -> None:
    """Item 4: a comment before the root may hold `<!DOCTYPE` or `<rss>`; a DOCTYPE after it is
    still removed."""
    from digest.ingest.parse import _clean_prolog

    items = "<item><title>Kept</title><link>https://ex.test/k</link></item>"
    body = rss(items).replace(
        b"<rss", b"<!-- generated; see <!DOCTYPE html> and <rss> here -->\n<rss", 1
    )
    assert [a.title for a in read_both(body)] == ["Kept"]
    with_doctype = body.replace(
        b"\n<rss", b'\n<!DOCTYPE rss [<!ENTITY e "]>"> <!-- ]> -->]><!-- <!DOCTYPE x --><rss', 1
    )
    cleaned, notes = _clean_prolog(with_doctype)
    assert b"ENTITY" not in cleaned and b"<!-- <!DOCTYPE x -->" in cleaned
    assert notes == ["DOCTYPE with entity declarations removed (entities are never expanded)"]
    assert [a.title for a in read_both(with_doctype)] == ["Kept"]


def test_dc_description_itunes_summary_and_media_description_are_bodies() -> None:
    """Item 5: podcasts with only itunes:summary, items with only dc:description."""
    body = rss(
        "<item><title>Episode 1</title><link>https://ex.test/1</link>"
        "<itunes:summary>We talk about feeds.</itunes:summary></item>"
        "<item><title>Note</title><link>https://ex.test/2</link>"
        "<dc:description>Dublin Core body.</dc:description></item>"
        "<item><title>Clip</title><link>https://ex.test/3</link><media:group>"
        "<media:description>Media body.</media:description></media:group></item>"
    )
    assert [a.text for a in read_both(body)] == [
        "We talk about feeds.",
        "Dublin Core body.",
        "Media body.",
    ]
    atom_podcast = atom(
        '<entry xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">'
        "<id>https://ex.test/e</id><title>E</title>"
        "<itunes:summary>Atom podcast body.</itunes:summary></entry>"
    )
    assert [a.text for a in read_both(atom_podcast)] == ["Atom podcast body."]


def test_image_only_posts_are_all_kept(tmp_path: Path) -> None:
    """Item 6: Tumblr's webcomic posts are all titled "Photo", with only a picture."""
    body = (FEEDS / "rss2email__tumblr-feed.rss").read_bytes()
    parsed = parse_feed(body, FeedSource(url="https://t.test/rss", name="T"), NOW)
    photos = [a for a in parsed.articles if a.title == "Photo"]
    assert len(parsed.articles) == 20 and len(photos) >= 11
    assert all(a.image and not a.text for a in photos)
    store = Store(tmp_path / "d.sqlite3")
    assert len(store.add_articles(parsed.articles, NOW)) == 20


def test_identity_takes_the_picture_and_for_empty_text_the_link(tmp_path: Path) -> None:
    """The class behind item 6: entries without guid whose title and text are the same are
    still different posts when their pictures, or (no text) their links, differ."""
    from xml.sax.saxutils import escape

    def item(image: str, link: str, text: str = "") -> str:
        html = f"<img src='https://img.test/{image}.jpg' width='400'>{text}" if image else text
        link_el = f"<link>https://ex.test/{link}</link>" if link else ""
        return (
            f"<item><title>Photo</title>{link_el}<description>{escape(html)}</description></item>"
        )

    body = rss(
        item("a", "")
        + item("b", "")  # same title, no text, another picture
        + item("", "p1")
        + item("", "p2")  # no picture, no text, another link
        + item("c", "", "Caption")
        + item("d", "", "Caption")  # same caption, another picture
    )
    articles = read_both(body)
    assert len({a.content_hash for a in articles}) == 6
    store = Store(tmp_path / "d.sqlite3")
    assert len(store.add_articles(articles, NOW)) == 6
    # the same story twice (title, text, picture all equal) is still one
    same = rss(item("a", "", "Caption") + item("a", "", "Caption"))
    assert len({a.content_hash for a in read_both(same)}) == 1


def test_legacy_forms_feedparser_reads_are_read() -> None:
    """<fullitem>, an un-namespaced <body>, media:title-only entries, Atom link as text."""
    body = rss(
        "<item><title>Full</title><link>https://ex.test/1</link>"
        "<fullitem>&lt;p&gt;Full item body.&lt;/p&gt;</fullitem></item>"
        "<item><title>Body</title><link>https://ex.test/2</link>"
        "<body><p>XHTML &amp; body.</p></body></item>"
        "<item><media:content url='https://img.test/v.jpg' medium='image'>"
        "<media:title>Only a media title</media:title></media:content>"
        "<link>https://ex.test/3</link></item>"
    )
    articles = read_both(body)
    assert [a.text for a in articles[:2]] == ["Full item body.", "XHTML & body."]
    assert articles[2].title == "Only a media title"
    text_link = atom(
        "<entry><id>urn:x</id><title>T</title><link>https://ex.test/as-text</link></entry>"
    )
    assert [a.url for a in read_both(text_link)] == ["https://ex.test/as-text"]


@pytest.mark.parametrize(
    "link",
    [
        "http://example.c[o.test/",
        "https://ex.test:99999/",
        "http:///",
        "https://exa mple.test/",
        "javascript:alert(1)",
        "/relative",
    ],
)
def test_invalid_links_are_dropped_not_passed_on(link: str) -> None:
    from xml.sax.saxutils import escape

    body = rss(f"<item><title>T</title><link>{escape(link)}</link><guid>g1</guid></item>")
    (article,) = read_both(body)
    assert article.url == ""


def test_links_are_cleaned_the_same_way_by_both_readers() -> None:
    body = rss(
        "<item><title>A</title><link>  https://ex.test/q?a=1&amp;amp;b=2  </link></item>"
        "<item><title>B</title><link>https://ex.test/spa ce</link></item>"
    )
    assert [a.url for a in read_both(body)] == [
        "https://ex.test/q?a=1&b=2",
        "https://ex.test/spa%20ce",
    ]
