"""render.py and sanitize.py: the email itself, rendered from real feed data.

Issues are built from real feeds in ../shared/data/feeds (parsed with feedparser), so titles,
summaries, URLs and images are what publishers actually wrote.
"""

from __future__ import annotations

import calendar
import email.charset
import re
import shutil
import time
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mjml import mjml2html
from premailer import Premailer

from digest.model.errors import ConfigError
from digest.model.types import (
    PLACEHOLDER_NAME,
    PLACEHOLDER_UNSUBSCRIBE,
    DigestItem,
    Issue,
    RelatedLink,
    Section,
)
from digest.render import inline, view
from digest.render.checks import check_templates
from digest.render.engine import get_renderer
from digest.render.filters import wrap
from digest.render.inline import (
    PREMAILER_OPTIONS,
    inline_css,
    premailer_reference,
    split_inline_styles,
)
from digest.render.issue import DEFAULT_TEMPLATES_DIR, render_issue
from digest.render.options import RenderOptions
from digest.render.theme import contrast_problems, contrast_ratio
from digest.text.sanitize import clean_html, images_in, safe_url, text_from_html

ROOT = Path(__file__).resolve().parent.parent
FEEDS = ROOT.parent / "shared" / "data" / "feeds"
DARK_INK = DEFAULT_TEMPLATES_DIR / "themes" / "dark-ink"
BASE_URL = "https://digest.example.org"
WHEN = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)

# (file, source name, section name): English news and blog feeds with summaries and links.
FEED_SECTIONS = (
    ("rss-parser__guardian.rss", "The Guardian", "World"),
    ("feedjira__TechCrunch.xml", "TechCrunch", "Technology"),
    ("node-feedparser__wapowellness.xml", "The Washington Post", "Health"),
    ("rsparser__macworld.rss", "Macworld", "Apple"),
    ("node-feedparser__tpm.atom", "Talking Points Memo", "Politics"),
    ("rsparser__DaringFireball.atom", "Daring Fireball", "Links"),
)


def _sentences(text: str, count: int = 3, cap: int = 450) -> tuple[str, ...]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])", text)
    out: list[str] = []
    for part in parts:
        if out and sum(map(len, out)) + len(part) > cap:
            break
        out.append(part)
        if len(out) == count:
            break
    return tuple(p for p in out if p)


@cache
def feed_entries(file_name: str, source: str) -> tuple[dict, ...]:
    """A real feed's entries as plain dicts: title, url, source, date, summary, picture."""
    parsed = feedparser.parse((FEEDS / file_name).read_bytes())
    entries = []
    for entry in parsed.entries:
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else WHEN
        body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary", "")
        image, width = "", None
        for media in entry.get("media_content") or []:
            if media.get("url"):
                image, width = media["url"], int(media.get("width") or 0) or None
        if not image and (found := images_in(body)):
            image, width = found[0].src, found[0].width
        entries.append(
            {
                "title": entry.get("title", ""),
                "url": urljoin(parsed.feed.get("link", ""), entry.get("link", "")),
                "source": source,
                "published": published,
                "summary": _sentences(text_from_html(body)),
                "image": image,
                "image_width": width,
            }
        )
    return tuple(entries)


def feed_issue(n_items: int = 20, n_sections: int = 4, issue_id: str = "daily-2026-11-28") -> Issue:
    """An issue of `n_items` real stories in `n_sections` sections, one feed per section.

    Every story has a Check Also pick (a later story of the same feed); every other story has
    two "also covered by" links from the next feeds, as the related and sections stages produce.
    """
    pools = [feed_entries(name, source) for name, source, _ in FEED_SECTIONS]
    per_section = -(-n_items // n_sections)
    sections = []
    left = n_items
    for s in range(n_sections):
        pool, name = pools[s % len(pools)], FEED_SECTIONS[s % len(pools)][2]
        items = []
        for k in range(min(per_section, left)):
            entry, pick = pool[k % len(pool)], pool[(k + per_section) % len(pool)]
            also = ()
            if k % 2 == 0:
                others = (pools[(s + 1) % len(pools)][k], pools[(s + 2) % len(pools)][k])
                also = tuple(RelatedLink(o["title"], o["url"], o["source"]) for o in others)
            items.append(
                DigestItem(
                    article_id=f"{s}-{k}",
                    title=entry["title"],
                    url=entry["url"],
                    source=entry["source"],
                    published=entry["published"],
                    summary=entry["summary"],
                    check_also=RelatedLink(pick["title"], pick["url"], pick["source"]),
                    also=also,
                    image=entry["image"],
                    image_width=entry["image_width"],
                )
            )
        left -= len(items)
        sections.append(Section(name + ("" if s < len(pools) else f" {s}"), tuple(items)))
    return Issue(
        id=issue_id,
        schedule="daily",
        title="The Morning Digest",
        subject="The Morning Digest: 28 November",
        window_start=WHEN,
        window_end=WHEN,
        created_at=WHEN,
        sections=tuple(sections),
    )


def options(**changes) -> RenderOptions:
    return replace(RenderOptions(title="The Morning Digest", base_url=BASE_URL), **changes)


def qp_size(html: str) -> int:
    """Bytes of the HTML part as `email` sends it: UTF-8, quoted-printable."""
    charset = email.charset.Charset("utf-8")
    charset.body_encoding = email.charset.QP
    return len(charset.body_encode(html))


class Elements(HTMLParser):
    """Start tags with attributes, and the text inside each <a>, via the stdlib HTML parser."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.links: list[tuple[dict[str, str | None], str]] = []
        self._link: list[str] | None = None
        self._link_attrs: dict[str, str | None] = {}
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "a":
            self._link, self._link_attrs = [], dict(attrs)

    def handle_data(self, data: str) -> None:
        if self._link is not None:
            self._link.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._link is not None:
            self.links.append((self._link_attrs, "".join(self._link).strip()))
            self._link = None

    def all(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.tags if tag == name]


@pytest.fixture(scope="module")
def issue20() -> Issue:
    return feed_issue(20, 4)


@pytest.fixture(scope="module")
def rendered20(issue20):
    return render_issue(issue20, options(images=True))


# ------------------------------------------------------------------------------------------
# Placeholders, links, preheader


def test_placeholders_go_where_the_subscriber_values_go(rendered20):
    html, text = rendered20.html, rendered20.text
    assert f'href="{PLACEHOLDER_UNSUBSCRIBE}"' in html
    assert PLACEHOLDER_NAME in html and PLACEHOLDER_NAME in text
    assert re.search(rf"^{PLACEHOLDER_UNSUBSCRIBE}$", text, re.M), "unsubscribe URL on its own line"
    # One substitution per subscriber is all personalisation takes.
    personal = html.replace(PLACEHOLDER_NAME, "Ada").replace(
        PLACEHOLDER_UNSUBSCRIBE, "https://digest.example.org/unsubscribe/tok"
    )
    assert (
        "Hello Ada" in personal and 'href="https://digest.example.org/unsubscribe/tok"' in personal
    )


def test_unsubscribe_link_is_in_the_footer_once_and_has_plain_text(rendered20):
    links = Elements(rendered20.html).links
    unsubscribe = [(a, t) for a, t in links if a.get("href") == PLACEHOLDER_UNSUBSCRIBE]
    assert [t for _, t in unsubscribe] == ["Unsubscribe"]
    # It comes after every story: the footer.
    assert rendered20.html.rindex("Unsubscribe") > rendered20.html.rindex('class="t')


def test_view_in_browser_url(rendered20, issue20):
    url = f"{BASE_URL}/issues/{issue20.id}"
    links = Elements(rendered20.html).links
    assert ({"href": url}, "View in browser") in [({"href": a.get("href")}, t) for a, t in links]
    assert url in rendered20.text.splitlines()


def test_web_version_has_no_placeholders_and_no_unsubscribe_link(rendered20, issue20):
    web = rendered20.web_html
    assert PLACEHOLDER_NAME not in web and PLACEHOLDER_UNSUBSCRIBE not in web
    assert "Unsubscribe" not in web
    assert web.lower().startswith("<!doctype html>")
    for item in issue20.items:
        assert item.url.replace("&", "&amp;") in web


def test_preheader_is_made_of_the_top_stories(rendered20, issue20):
    titles = [text_from_html(i.title) for i in issue20.items[:3]]
    assert rendered20.preheader.startswith(titles[0])
    assert 0 < len(rendered20.preheader) <= view.PREHEADER_MAX
    assert all(t[:20] in rendered20.preheader for t in titles[:2])
    body = rendered20.html[rendered20.html.index("<body") :]
    # mj-preview: a hidden block first in the body.
    hidden = re.search(r'<div style="display:none;[^"]*">([^<]*)</div>', body)
    assert hidden and hidden.group(1).startswith(titles[0][:30].replace("'", "&#39;"))


def test_subject_and_issue_id_carried(rendered20, issue20):
    assert rendered20.issue_id == issue20.id and rendered20.subject == issue20.subject


def test_every_story_check_also_and_also_covered_by_are_shown(rendered20, issue20):
    links = {(a.get("href"), t) for a, t in Elements(rendered20.html).links}
    for item in issue20.items:
        assert (item.url, text_from_html(item.title)) in links
        assert (item.check_also.url, text_from_html(item.check_also.title)) in links
        for other in item.also:
            assert (other.url, other.source) in links
    assert rendered20.html.count("Check Also:") == 20
    assert rendered20.html.count("Also covered by:") == sum(1 for i in issue20.items if i.also) > 0


def test_render_is_deterministic(issue20):
    first = render_issue(issue20, options())
    assert render_issue(issue20, options()) == first


# ------------------------------------------------------------------------------------------
# CSS inlining: the measured traps


@pytest.fixture(scope="module")
def compiled(issue20):
    renderer = get_renderer(DEFAULT_TEMPLATES_DIR)
    mjml = renderer.mjml(renderer.context(issue20, options(images=True), web=False))
    page, css = renderer.compile(mjml)
    return mjml, page, css


def _styles(html: str) -> list[str]:
    return re.findall(r"<style\b[^>]*>.*?</style>", html, re.S)


def test_mjml_python_does_not_inline_inline_styles():
    """The trap itself: mrml leaves <mj-style inline="inline"> as a <style> block."""
    source = (
        '<mjml><mj-head><mj-style inline="inline">p.z { color: #123456; }</mj-style></mj-head>'
        '<mj-body><mj-section><mj-column><mj-text><p class="z">x</p></mj-text></mj-column>'
        "</mj-section></mj-body></mjml>"
    )
    out = mjml2html(source)
    assert '<p class="z">x</p>' in out and "p.z { color: #123456; }" in out


def test_inline_css_is_cut_out_of_the_mjml(compiled):
    mjml, page, css = compiled
    assert "h3.t {" in css and "a.u {" in css
    assert 'inline="inline"' not in split_inline_styles(mjml)[0]
    assert "h3.t {" not in page, "the inline CSS is not shipped as a <style> block too"


def test_mjml_style_blocks_doctype_and_important_survive(rendered20, compiled):
    _, page, _ = compiled
    html = rendered20.html
    assert html.startswith("<!doctype html>")
    assert _styles(html) == _styles(page), "MJML's own <style> blocks are left exactly as they were"
    assert html.count("!important") == page.count("!important") > 10
    for query in (
        "@media only screen and (min-width:480px)",
        "@media only screen and (max-width: 479px)",
        "@media (prefers-color-scheme: dark)",
    ):
        assert query in html


def test_inline_marked_rules_are_inlined(rendered20):
    tags = Elements(rendered20.html).tags
    headlines = [a for t, a in tags if t == "h3"]
    assert len(headlines) == 20
    assert all("font-size:20px" in (a.get("style") or "") for a in headlines)
    title_links = [a for t, a in tags if t == "a" and a.get("class") == "u"]
    assert all("text-decoration:none" in (a.get("style") or "") for a in title_links)
    assert all("color:" in (a.get("style") or "") for t, a in tags if t == "a")


def test_fast_inlining_equals_premailer_over_the_whole_document(compiled):
    """The cached minimal-document inliner gives what premailer gives on the real document."""
    _, page, css = compiled
    inline._INLINE_CACHE.clear()
    inline._TAG_MEMO.clear()
    fast = inline_css(page, css)  # cold: computes via premailer on the minimal document
    warm = inline_css(page, css)  # warm: cache only
    reference = premailer_reference(page, css)
    assert fast == warm
    ours, theirs = Elements(fast).tags, Elements(reference).tags
    assert len(ours) == len(theirs) > 300

    def normal(attrs):
        # premailer skips <style media=...> before it reads (and removes) data-premailer.
        return {k: (v or "").replace(" ", "") for k, v in attrs.items() if k != "data-premailer"}

    assert [(t, normal(a)) for t, a in ours] == [(t, normal(a)) for t, a in theirs]


def test_premailer_defaults_would_break_the_email(compiled):
    """Why we do not run premailer over the whole page: what its defaults do to MJML output."""
    _, page, css = compiled
    full = Premailer(page, css_text=css, allow_network=False).transform(pretty_print=False)
    ours = inline_css(page, css)
    assert not full.lower().startswith("<!doctype"), "lowercase doctype dropped"
    assert full.count("!important") < page.count("!important"), "!important stripped"
    # ...from the mobile and dark-mode queries, which then lose to the inline styles.
    for query in ("@media only screen and (max-width: 479px)", "@media (prefers-color-scheme"):
        assert "!important" in ours.split(query, 1)[1].split("</style>", 1)[0]
        assert "!important" not in full.split(query, 1)[1].split("</style>", 1)[0]
    assert len(full) - len(ours) > 3_000, "MJML's own rules inlined into every element"


def test_premailer_runs_without_network_and_nothing_remote_is_referenced(rendered20):
    assert PREMAILER_OPTIONS["allow_network"] is False
    assert PREMAILER_OPTIONS["strip_important"] is False
    html = rendered20.html
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert "fonts.googleapis" not in html


@pytest.mark.parametrize(
    "css",
    ["td a { color: red; }", "a:hover { color: red; }", "@media (max-width: 1px) { p { x: y } }"],
)
def test_inline_css_refuses_selectors_it_cannot_apply_exactly(css):
    with pytest.raises(ValueError, match="inline CSS may use only"):
        inline_css("<p>x</p>", css)


def test_inline_css_leaves_comments_and_outlook_conditionals_alone():
    page = '<!--[if mso]><p class="z">x</p><![endif]--><p class="z" title="a&amp;b">y</p>'
    out = inline_css(page, "p.z { color: #123456; }")
    assert out.startswith('<!--[if mso]><p class="z">x</p><![endif]-->')
    assert '<p class="z" title="a&amp;b" style="color:#123456">y</p>' in out
    # "class=" inside another attribute's value is text, not a class.
    fake = '<img alt="x class=z" src="https://i.example/a.png">'
    assert inline_css(fake, ".z { color: #123456; }") == fake


# ------------------------------------------------------------------------------------------
# Size


@pytest.mark.parametrize("images", [False, True])
def test_twenty_items_fit_in_80_kb_quoted_printable(issue20, images):
    rendered = render_issue(issue20, options(images=images))
    assert qp_size(rendered.html) <= 80 * 1024


def test_thirty_items_stay_under_100_kb():
    rendered = render_issue(feed_issue(30, 6), options(images=True))
    assert qp_size(rendered.html) < 100 * 1024
    assert rendered.html.count("<h3") == 30


def test_above_max_items_the_email_links_the_rest():
    issue = feed_issue(45, 6)
    rendered = render_issue(issue, options(max_items_in_email=30))
    assert rendered.html.count("<h3") == 30
    assert rendered.web_html.count("<h3") == 45
    links = Elements(rendered.html).links
    assert (f"{BASE_URL}/issues/{issue.id}", "15 more stories in the web version") in [
        (a.get("href"), t) for a, t in links
    ]
    assert "15 more stories in the web version:" in rendered.text
    assert qp_size(rendered.html) < 100 * 1024
    # The text part lists only the links of the stories it shows.
    numbers = [int(n) for n in re.findall(r"^\[(\d+)\] ", rendered.text, re.M)]
    assert numbers == list(range(1, len(numbers) + 1))
    cited = {int(n) for n in re.findall(r"\[(\d+)\](?! http)", rendered.text)}
    assert cited == set(numbers)


# ------------------------------------------------------------------------------------------
# Email-client rules, checked with an HTML parser


def test_html_element_rules(rendered20):
    elements = Elements(rendered20.html)
    html_tags = elements.all("html")
    assert html_tags and html_tags[0].get("lang") == "en"
    tables = elements.all("table")
    assert tables and all(t.get("role") == "presentation" for t in tables)
    images = elements.all("img")
    assert images and all(i.get("alt") for i in images)
    assert len(elements.all("h1")) == 1
    assert len(elements.all("h2")) == 4
    for attrs, text in elements.links:
        assert text, f"a link without text: {attrs}"
        assert not re.fullmatch(r"(click )?here|link|more", text, re.I)
    metas = {m.get("name"): m.get("content") for m in elements.all("meta")}
    assert metas.get("color-scheme") == "light dark"
    assert metas.get("supported-color-schemes") == "light dark"
    assert "max-width:600px" in rendered20.html
    assert "@media only screen and (max-width: 479px)" in rendered20.html


def test_lang_option_reaches_html(issue20):
    rendered = render_issue(issue20, options(lang="de"))
    assert Elements(rendered.html).all("html")[0].get("lang") == "de"


def test_images_only_when_enabled_and_they_fit_the_column(issue20):
    without = Elements(render_issue(issue20, options(images=False)).html).all("img")
    assert without == []
    with_images = Elements(render_issue(issue20, options(images=True)).html).all("img")
    assert len(with_images) >= 5
    for image in with_images:
        assert int(image["width"]) <= 544
        assert "max-width:100%" in image["style"] and "height:auto" in image["style"]
        assert image["src"].startswith(("https://", "http://"))


def test_contrast_computation():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#fff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")


@pytest.mark.parametrize("theme_dir", [None, DARK_INK])
def test_theme_colours_keep_body_text_contrast_in_both_palettes(theme_dir):
    theme = get_renderer(DEFAULT_TEMPLATES_DIR, theme_dir).theme
    for palette in ("colors", "dark"):
        colours = theme[palette]
        for fg in ("text", "muted", "link"):
            assert contrast_ratio(colours[fg], colours["surface"]) >= 4.5, (palette, fg)
        assert contrast_ratio(colours["on_brand"], colours["brand"]) >= 4.5
    assert contrast_problems(theme) == []


def test_contrast_problems_are_reported():
    theme = get_renderer(DEFAULT_TEMPLATES_DIR).theme
    weak = {**theme, "dark": {**theme["dark"], "muted": "#555555"}}
    problems = contrast_problems(weak)
    assert problems and all(p.startswith("dark.muted on dark.") for p in problems)


def test_dark_palette_is_in_a_prefers_color_scheme_query(rendered20):
    dark = get_renderer(DEFAULT_TEMPLATES_DIR).theme["dark"]
    block = rendered20.html.split("@media (prefers-color-scheme: dark)", 1)[1].split("@media", 1)[0]
    for key in ("background", "surface", "text", "muted", "link"):
        assert f"{dark[key]} !important" in block


# ------------------------------------------------------------------------------------------
# Hostile feed content

XSS_CORPUS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
    "<body onload=alert(1)>",
    '<form action="https://evil.example"><input name=p type=password></form>',
    "<object data=https://evil.example/x.swf></object>",
    "<embed src=https://evil.example/x.swf>",
    "<style>@import 'https://evil.example/x.css';</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p style="position:fixed;top:0">overlay</p>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<link rel=stylesheet href="https://evil.example/x.css">',
    '<base href="https://evil.example/">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '"><script>alert(1)</script>',
    "'';!--\"<XSS>=&{()}",
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img src="https://t.example/p.gif" width="1" height="1">',
    '<img src="https://t.example/p.gif" width="2" height="300">',
    '<img src="http://feeds.feedburner.com/~r/Foo/~4/abc">',
    "<!--<img src=x onerror=alert(1)>-->",
    '<details open ontoggle="alert(1)">',
    '<a href="https://ok.example" onclick="alert(1)" target="_blank">ok</a>',
    '<video><source onerror="alert(1)"></video>',
    "<template><img src=x onerror=alert(1)></template>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
)
_BAD_TAGS = {
    "script", "iframe", "form", "input", "object", "embed", "style", "meta", "link", "base",
    "svg", "math", "body", "video", "source", "template", "noscript", "details",
}  # fmt: skip


def _assert_clean_fragment(html: str) -> None:
    for tag, attrs in Elements(html).tags:
        assert tag not in _BAD_TAGS, (tag, html)
        for name, value in attrs.items():
            assert not name.startswith("on"), (name, html)
            if name in ("href", "src"):
                assert re.match(r"(https?:|mailto:)", value or ""), (name, value)
        if tag == "img":
            assert int(attrs["width"]) <= 544
            assert int(attrs.get("height") or 999) > 2


@pytest.mark.parametrize("payload", XSS_CORPUS)
def test_clean_html_against_xss_corpus(payload):
    _assert_clean_fragment(clean_html(payload))
    _assert_clean_fragment(clean_html(f"<p>before {payload} after</p>"))


def test_clean_html_keeps_content_and_limits_images():
    html = (
        '<p>Hello <b>bold</b> <a href="https://ex.example/a?b=1&amp;c=2">link</a></p>'
        '<img src="https://ex.example/big.jpg" width="1200" height="800" alt="A big one">'
        '<img src="https://ex.example/small.jpg" width="200" height="100">'
        '<img src="https://t.example/p.gif" width="1" height="1">'
        '<img src="/relative.jpg" width="300">'
    )
    cleaned = clean_html(html)
    assert "<b>bold</b>" in cleaned and 'href="https://ex.example/a?b=1&amp;c=2"' in cleaned
    images = Elements(cleaned).all("img")
    assert [(i["src"], i["width"], i["alt"]) for i in images] == [
        ("https://ex.example/big.jpg", "544", "A big one"),
        ("https://ex.example/small.jpg", "200", ""),
    ]
    assert [(i.src, i.width) for i in images_in(html)] == [
        ("https://ex.example/big.jpg", 1200),
        ("https://ex.example/small.jpg", 200),
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ex.example/a b", "https://ex.example/a%20b"),
        ("  https://ex.example/", "https://ex.example/"),
        ("java\tscript:alert(1)", ""),
        ("\x01javascript:alert(1)", ""),
        ("JAVASCRIPT:alert(1)", ""),
        ("data:text/html,x", ""),
        ("//evil.example/x", ""),
        ("/relative", ""),
        ("http:///nohost", ""),
        ("mailto:a@b.example", ""),
        ("", ""),
    ],
)
def test_safe_url(url, expected):
    assert safe_url(url) == expected


def test_text_from_html():
    assert text_from_html("<b>Big</b> news &amp; more") == "Big news & more"
    assert text_from_html("a < b and c > d") == "a < b and c > d"
    assert text_from_html("<p>one</p><p>two</p>") == "one two"
    assert text_from_html("x<script>alert(1)</script>y") == "xy"
    assert text_from_html("  spaced\n\tout  ") == "spaced out"


def _hostile_issue() -> Issue:
    items = []
    for n, payload in enumerate(XSS_CORPUS):
        items.append(
            DigestItem(
                article_id=f"x{n}",
                title=f"Story {n} {payload}",
                url="javascript:alert(1)" if n % 3 == 0 else f"https://ok.example/{n}?q=<b>",
                source=f"Src{n} {payload}",
                published=WHEN,
                summary=(f"Summary {payload} end.", "<b>bold?</b> & more"),
                check_also=RelatedLink(payload, "data:text/html,hi" if n % 2 else "https://c.ex/"),
                also=(
                    RelatedLink("t", "javascript:x", "Bad"),
                    RelatedLink("t", "https://a.ex", "Ok"),
                ),
            )
        )
    sections = (
        Section("<script>alert('s')</script>News", tuple(items[:20])),
        Section("More", tuple(items[20:])),
    )
    return replace(feed_issue(1, 1), sections=sections)


def test_hostile_feed_content_is_escaped_and_dropped():
    rendered = render_issue(_hostile_issue(), options(max_items_in_email=100))
    for html in (rendered.html, rendered.web_html):
        lower = html.lower()
        for needle in ("<script", "<iframe", "<form", "<svg", "<object", "<embed"):
            assert needle not in lower, needle  # as text they appear escaped: &lt;script
        assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", lower), "no event handler attributes"
        for tag, attrs in Elements(html).tags:
            assert tag not in _BAD_TAGS - {"style", "meta", "body"}, tag
            for name in ("href", "src"):
                if attrs.get(name) not in (None, PLACEHOLDER_UNSUBSCRIBE):
                    assert attrs[name].startswith("https://"), attrs[name]
    # Summaries are text: markup shows as text, escaped once.
    assert "&lt;b&gt;bold?&lt;/b&gt; &amp; more" in rendered.html
    assert "<b>bold?</b>" not in rendered.html
    # A headline whose URL was refused is shown without a link.
    assert "<h3" in rendered.html and "Story 0" in rendered.html
    references = re.findall(r"^\[\d+\] (.*)$", rendered.text, re.M)
    assert references and all(url.startswith("https://") for url in references)


def test_feed_cannot_smuggle_placeholders():
    item = DigestItem(
        article_id="p",
        title=f"Win {PLACEHOLDER_NAME}",
        url=f"https://evil.example/?t={PLACEHOLDER_UNSUBSCRIBE}",
        source="Evil",
        published=WHEN,
        summary=(f"Send {PLACEHOLDER_UNSUBSCRIBE} here.",),
    )
    issue = replace(feed_issue(1, 1), sections=(Section("S", (item,)),))
    rendered = render_issue(issue, options())
    assert rendered.html.count(PLACEHOLDER_UNSUBSCRIBE) == 1  # the footer link only
    assert rendered.html.count(PLACEHOLDER_NAME) == 1  # the greeting only
    assert rendered.text.count(PLACEHOLDER_UNSUBSCRIBE) == 1


def test_characters_xml_forbids_are_dropped_not_fatal():
    """mjml-python refuses NUL, ESC, BEL, U+FFFE...; real feeds carry them (bad encodings)."""
    text = "Bad\x00 \x1b[1mbytes\x07 \ufffe here \udc80"
    item = DigestItem(
        article_id="c",
        title=text,
        url="https://ok.example/c",
        source=text,
        published=WHEN,
        summary=(text,),
        check_also=RelatedLink(text, "https://ok.example/d", text),
    )
    rendered = render_issue(
        replace(feed_issue(1, 1), sections=(Section(text, (item,)),)), options()
    )
    assert "Bad [1mbytes here" in rendered.html
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\udc80]", rendered.html + rendered.text)


def test_an_empty_issue_still_renders():
    rendered = render_issue(replace(feed_issue(1, 1), sections=()), options())
    assert rendered.preheader == "" and "0 stories from 0 sources" in rendered.html
    assert PLACEHOLDER_UNSUBSCRIBE in rendered.html


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(max_size=80), summary=st.text(max_size=200), url=st.text(max_size=40))
def test_any_feed_text_renders_and_stays_text(title, summary, url):
    item = DigestItem(
        article_id="h",
        title=title,
        url=url,
        source=summary[:20],
        published=WHEN,
        summary=(summary,),
        check_also=RelatedLink(title, url, summary[:10]),
    )
    rendered = render_issue(
        replace(feed_issue(1, 1), sections=(Section(title, (item,)),)), options()
    )
    tags = {tag for tag, _ in Elements(rendered.html).tags}
    assert tags <= {
        "html", "head", "title", "meta", "style", "body", "div", "table", "tbody", "tr", "td",
        "h1", "h2", "h3", "p", "a", "b",
    }  # fmt: skip
    assert rendered.html.count(PLACEHOLDER_UNSUBSCRIBE) == 1


# ------------------------------------------------------------------------------------------
# Plain text


def test_plain_text_is_wrapped_and_links_are_numbered_per_section(rendered20, issue20):
    text = rendered20.text
    for line in text.splitlines():
        if re.match(r"^(\[\d+\] )?(https?://\S+|DIGESTPHx\w+)$", line):
            continue  # a URL cannot be wrapped
        assert len(line) <= 72, line
    blocks = text.split("=" * 72)
    sections = [blocks[i + 1] for i in range(1, len(blocks) - 1, 2)]
    assert len(sections) == 4
    expected = 1
    for body in sections:
        refs = re.findall(r"^\[(\d+)\] (\S+)$", body, re.M)
        cited = sorted({int(n) for n in re.findall(r"\[(\d+)\](?! http)", body)})
        numbers = [int(n) for n, _ in refs]
        assert numbers == cited == list(range(expected, expected + len(numbers)))
        expected += len(numbers)
        assert all(url.startswith("http") for _, url in refs)
    for item in issue20.items:
        assert f"] {item.url}" in text
    assert "Check Also: " in text and "Also covered by: " in text
    assert "<" not in text.replace("<=", ""), "no markup in the text part"


def test_plain_text_reads_alone(rendered20, issue20):
    text = rendered20.text
    assert text.startswith("THE MORNING DIGEST\nSaturday, 28 November 2026\n")
    first = issue20.items[0]
    assert first.summary[0][:40] in " ".join(text.split())
    assert "Unsubscribe:" in text and "View in your browser:" in text


def test_wrap_filter():
    words = "word " * 40
    assert all(len(line) <= 72 for line in wrap(words).splitlines())
    long_url = "https://example.org/" + "x" * 100
    assert wrap(f"see {long_url} now") == f"see\n{long_url}\nnow"
    assert wrap("a\u00a0[1]", width=3) == "a [1]"
    assert wrap("one two", width=72, indent="  ") == "  one two"


# ------------------------------------------------------------------------------------------
# Themes


def test_dark_ink_theme_overrides_colours_and_one_template(issue20):
    default = render_issue(issue20, options())
    themed = render_issue(issue20, options(theme_dir=DARK_INK))
    assert "#14161a" in themed.html and "#14161a" not in default.html
    assert "World &middot; 5</h2>" in themed.html or "World · 5</h2>" in themed.html
    assert "WORLD · 5" in themed.text
    assert "Iowan Old Style" in themed.html
    assert 'class="u"' in themed.html, "_item.mjml.j2 still comes from templates/"


def test_theme_in_any_folder_overrides_a_subset(tmp_path, issue20):
    (tmp_path / "theme.yaml").write_text('colors:\n  brand: "#5b2a86"\n', encoding="utf-8")
    (tmp_path / "_check_also.txt.j2").write_text("{# none #}\n", encoding="utf-8")
    rendered = render_issue(issue20, options(theme_dir=tmp_path))
    assert "#5b2a86" in rendered.html
    assert "Check Also:" in rendered.html and "Check Also:" not in rendered.text
    assert check_templates(DEFAULT_TEMPLATES_DIR, tmp_path) == []


def test_theme_logo(tmp_path, issue20):
    (tmp_path / "theme.yaml").write_text(
        'logo:\n  url: "static/logo.png"\n  width: 40\n', encoding="utf-8"
    )
    rendered = render_issue(issue20, options(theme_dir=tmp_path))
    logos = [i for i in Elements(rendered.html).all("img") if "logo" in (i.get("src") or "")]
    assert logos and logos[0]["src"] == f"{BASE_URL}/static/logo.png"
    assert logos[0]["alt"] == "The Morning Digest"


def test_invalid_theme_refuses_to_render(tmp_path, issue20):
    (tmp_path / "theme.yaml").write_text('colors:\n  text: "red"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"theme.yaml:2: colors.text must be a colour"):
        render_issue(issue20, options(theme_dir=tmp_path))


def test_renderer_is_cached_and_rebuilt_when_a_template_changes(tmp_path, issue20):
    templates = tmp_path / "templates"
    shutil.copytree(DEFAULT_TEMPLATES_DIR, templates, ignore=shutil.ignore_patterns("themes"))
    first = get_renderer(templates)
    assert get_renderer(templates) is first
    before = render_issue(issue20, options(), templates_dir=templates)
    partial = templates / "_check_also.mjml.j2"
    partial.write_text(partial.read_text().replace("Check Also:", "Read next:"))
    time.sleep(0.01)
    after = render_issue(issue20, options(), templates_dir=templates)
    assert "Check Also:" in before.html and "Read next:" in after.html
    assert get_renderer(templates) is not first


# ------------------------------------------------------------------------------------------
# check_templates


def test_shipped_templates_and_theme_check_clean():
    assert check_templates(DEFAULT_TEMPLATES_DIR) == []
    assert check_templates(DEFAULT_TEMPLATES_DIR, DARK_INK) == []


def test_check_reports_jinja_syntax_with_file_and_line(tmp_path):
    (tmp_path / "_item.mjml.j2").write_text(
        "<mj-text>\n{% if item.url %}\n<h3>{{ item.title }</h3>\n</mj-text>\n", encoding="utf-8"
    )
    (tmp_path / "_section.txt.j2").write_text("ok\n{% for x in y %}\n", encoding="utf-8")
    problems = check_templates(DEFAULT_TEMPLATES_DIR, tmp_path)
    assert f"{tmp_path / '_item.mjml.j2'}:3: unexpected '}}'" in problems
    assert any(p.startswith(f"{tmp_path / '_section.txt.j2'}:") for p in problems)


def test_check_reports_mjml_errors_with_the_template_line(tmp_path):
    (tmp_path / "_section.mjml.j2").write_text(
        '<mj-text css-class="px">\n<h2 class="s">{{ section.name }}\n</mj-text>\n'
        '{% for item in section.items %}{% include "_item.mjml.j2" %}{% endfor %}\n',
        encoding="utf-8",
    )
    problems = check_templates(DEFAULT_TEMPLATES_DIR, tmp_path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / '_section.mjml.j2'}:2: <h2> is not closed")
    assert "MJML" in problems[0]


def test_check_reports_runtime_template_errors(tmp_path):
    (tmp_path / "_check_also.mjml.j2").write_text("\n{{ item.no_such_field }}\n", encoding="utf-8")
    problems = check_templates(DEFAULT_TEMPLATES_DIR, tmp_path)
    assert len(problems) == 1 and problems[0].startswith(f"{tmp_path / '_check_also.mjml.j2'}:2:")
    assert "no_such_field" in problems[0]


def test_check_reports_theme_problems_with_lines(tmp_path):
    (tmp_path / "theme.yaml").write_text(
        'colors:\n  bogus: "#ffffff"\n  link: red\nfonts:\n  body: "url(https://f.example/x)"\n'
        "extra: 1\n",
        encoding="utf-8",
    )
    problems = check_templates(DEFAULT_TEMPLATES_DIR, tmp_path)
    theme = tmp_path / "theme.yaml"
    assert any(p.startswith(f"{theme}:2: unknown key colors.bogus") for p in problems)
    assert any(p.startswith(f"{theme}:3: colors.link must be a colour") for p in problems)
    assert any(p.startswith(f"{theme}:5: fonts.body") for p in problems)
    assert any(p.startswith(f"{theme}:6: unknown key 'extra'") for p in problems)


def test_check_reports_low_contrast(tmp_path):
    (tmp_path / "theme.yaml").write_text('colors:\n  muted: "#999999"\n', encoding="utf-8")
    problems = check_templates(DEFAULT_TEMPLATES_DIR, tmp_path)
    assert problems and all("colors.muted on colors." in p for p in problems)


def test_check_reports_broken_email_rules(tmp_path):
    base = (DEFAULT_TEMPLATES_DIR / "base.mjml.j2").read_text(encoding="utf-8")
    (tmp_path / "base.mjml.j2").write_text(
        base.replace('<a href="{{ unsubscribe_url }}">Unsubscribe</a>', "")
        .replace('<p class="dt">', '<h1 class="h">x</h1><p class="dt">')
        .replace(">View in browser<", ">click here<"),
        encoding="utf-8",
    )
    problems = check_templates(DEFAULT_TEMPLATES_DIR, tmp_path)
    assert any("no unsubscribe link" in p for p in problems)
    assert any("exactly one <h1>" in p for p in problems)
    assert any("'click here'" in p for p in problems)


def test_check_reports_inline_css_it_cannot_apply(tmp_path):
    base = (DEFAULT_TEMPLATES_DIR / "base.mjml.j2").read_text(encoding="utf-8")
    (tmp_path / "base.mjml.j2").write_text(
        base.replace("p.m { margin", ".card p.m { margin"), encoding="utf-8"
    )
    problems = check_templates(DEFAULT_TEMPLATES_DIR, tmp_path)
    assert len(problems) == 1 and ".card p.m" in problems[0]
    line = next(
        n for n, text in enumerate(base.splitlines(), 1) if 'mj-style inline="inline"' in text
    )
    assert problems[0].startswith(f"{tmp_path / 'base.mjml.j2'}:{line}:")
