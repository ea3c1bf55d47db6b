"""Each extraction speed-up gives what the code it replaces gave; the feed text is evidence.

readability-lxml runs through a subclass with cheaper versions of its slow steps (see
`digest.ingest.extract_readability`), and the rules count shared shingles without
building Counter intersections. Each replacement is checked here against the original
formulation on constructed inputs that aim at its edge cases (the benchmark pages are checked by
`bench/bench_extract.py`, whose rule replay must reproduce the shipped text on 181/181 pages).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import trafilatura
import yaml
from httpserver import Scripted, ScriptedHTTPServer
from lxml.etree import tostring

from digest.config import load_config
from digest.ingest import extract
from digest.ingest.extract import (
    _document_position,
    _element_text,
    _paragraphs,
    _parse_fragment,
    _readability_text,
    extract_page,
    page_candidates,
)
from digest.ingest.extract_readability import (
    _block_holders,
    _clean,
    _pruned_document_class,
    pruned_copy,
)
from digest.ingest.extract_rules import BROAD, READABLE, _overlap, choose, shingles
from digest.ingest.poller import fetch_feeds
from digest.store import Store


def readability_clean(text: str) -> str:
    """readability-lxml 0.9's `clean`, as it is written there."""
    text = re.sub(r"\s{255,}", " " * 255, text)
    text = re.sub(r"\s*\n\s*", "\n", text)
    text = re.sub(r"\t|[ \t]{2,}", " ", text)
    return text.strip()


SPACES = ["a", "b", ",", " ", "  ", "\t", "\n", "\n\n", "\r", "\xa0", "\u2028", "\x0b", "\u3000"]


def test_clean_gives_readabilitys_string() -> None:
    rnd = random.Random(17)
    texts = ["".join(rnd.choice(SPACES) for _ in range(rnd.randint(0, 40))) for _ in range(20000)]
    texts += [  # whitespace runs around 255 characters, at every alignment
        "x" * rnd.randint(0, 300)
        + "".join(rnd.choice(" \t\n\xa0\u3000") for _ in range(rnd.randint(120, 400)))
        + "y" * rnd.randint(0, 3)
        for _ in range(3000)
    ]
    for text in texts:
        assert _clean(text) == readability_clean(text), repr(text)


DIV_TEST = re.compile(r"<(blockquote|dl|div|img|ol|p|pre|table|ul)", re.IGNORECASE)
TAGS = "div span p a b img table ul ol dl pre param picture blockquote section font td em".split()


def random_tree(rnd: random.Random) -> lxml.html.HtmlElement:
    root = lxml.html.document_fromstring("<html><body><div id='r'></div></body></html>")
    nodes = [root.find(".//div")]
    for _ in range(rnd.randint(1, 60)):
        parent = rnd.choice(nodes)
        child = lxml.html.Element(rnd.choice(TAGS))
        child.text = rnd.choice(["", "x", "<p> in text", "a&b"])
        child.tail = rnd.choice(["", " tail", " <div> escaped"])
        if rnd.random() < 0.2:
            child.set("title", "<table> in an attribute")
        parent.append(child)
        nodes.append(child)
        if rnd.random() < 0.05:
            parent.append(lxml.html.HtmlComment(rnd.choice(["<p>", "plain"])))
    return root


def test_block_holders_are_the_divs_whose_children_serialise_with_a_block_tag() -> None:
    rnd = random.Random(5)
    for _ in range(400):
        root = random_tree(rnd)
        holders = _block_holders(root, DIV_TEST)
        for div in root.iter("div"):
            markup = str(b"".join(tostring(child, encoding="utf-8") for child in div))
            assert (div in holders) == bool(DIV_TEST.search(markup)), tostring(div)


def stock_readability_text(tree: lxml.html.HtmlElement) -> str:
    """readability-lxml's own methods over the same pruned copy (session 3's subclass)."""
    from readability import Document

    class Stock(Document):  # type: ignore[misc]
        def _parse(self, input: Any) -> Any:  # noqa: A002
            self.encoding = "utf-8"
            return pruned_copy(input)

    root = _parse_fragment(Stock(tree).summary(html_partial=True))
    return "" if root is None else "\n".join(_paragraphs(_element_text(root)))


STORY = "".join(
    f"<p>Story paragraph {n}: the council met on Tuesday, voted on the budget, and agreed to "
    "repair the old bridge before the winter storms arrive in the valley.</p>"
    for n in range(8)
)
REPLIES = "".join(
    f"<p>Reply {n}: I think, honestly, that this, and that, and the other thing, are all wrong, "
    "and nobody, anywhere, ever, listens.</p>"
    for n in range(14)
)
PAGES = [
    f"<body class='sidebar-layout'><div class='plain'>{STORY}</div>"
    f"<div class='community-box'>{REPLIES}</div></body>",
    f"<body><div class='menu'><article>{STORY}</article></div><div class='footer'>{REPLIES}</div>",
    f"<body><pre class='comment'>{STORY}</pre><div id='sidebar'>{REPLIES}</div></body>",
    f"<body><div><div>{STORY}</div><div>Loose text <b>bold</b> and <a href='/x'>a link</a>"
    "<br>more loose text<br><span>inline</span></div><div><img src='x.png'></div></div></body>",
    f"<body><div class='Sidebar'><div style='display: NONE'>{REPLIES}</div>{STORY}</div></body>",
    f"<body><table><tr><td>{STORY}</td><td class='twitter'>{REPLIES}</td></tr></table></body>",
]


@pytest.mark.parametrize("body", PAGES)
def test_readability_subclass_gives_stock_readabilitys_text(body: str) -> None:
    html = f"<html><head><title>A page</title></head>{body}</html>"
    tree = trafilatura.load_html(html)
    assert _readability_text(tree) == stock_readability_text(tree)


def test_unlikely_container_search_never_removes_the_body() -> None:
    tree = trafilatura.load_html(f"<html><body class='sidebar-layout'>{STORY}</body></html>")
    doc = _pruned_document_class()(tree)
    doc._html(True)
    doc.remove_unlikely_candidates()
    assert doc.html.find("body") is not None


def test_overlap_is_the_size_of_the_multiset_intersection() -> None:
    rnd = random.Random(3)
    for _ in range(3000):
        a = shingles(" ".join(rnd.choice("abcd") for _ in range(rnd.randint(0, 40))))
        b = shingles(" ".join(rnd.choice("abcd") for _ in range(rnd.randint(0, 40))))
        assert _overlap(a, b) == sum((a & b).values())


def test_document_position_sorts_elements_in_document_order() -> None:
    tree = random_tree(random.Random(11))
    elements = list(tree.iter())
    shuffled = elements[:]
    random.Random(2).shuffle(shuffled)
    assert sorted(shuffled, key=_document_position) == elements


# --- the feed entry's own text as evidence ------------------------------------------------

POST = (
    "The lighthouse keeper retired on Friday after forty years on the rock, and the village "
    "gathered at the pier to thank him with a brass band, a cake shaped like the tower and a "
    "painted sign that now hangs above the harbour office door."
)
QUOTES = "".join(
    f"<p>Quote {n}: a wise person once said that patience, kindness and a good pair of boots will"
    " carry you further than any map, and that the sea, the wind and the years teach the same "
    "lesson every single day.</p>"
    for n in range(20)
)
NOTES_PAGE = (
    "<html><head><title>Weekly notes | Harbour Times</title></head><body><h1>Weekly notes</h1>"
    f"<article class='post'><h2>Keeper of the light</h2><p>{POST}</p></article>"
    f"<div class='c1'><div>{QUOTES}</div></div></body></html>"
)
TEASER = "The lighthouse keeper retired on Friday after forty years on the rock. Read more…"


def test_the_feed_entrys_text_picks_between_two_unrelated_blocks() -> None:
    """Nothing on the page says which block is the article; the feed's teaser does."""
    tree = trafilatura.load_html(NOTES_PAGE)
    cands, evidence = page_candidates(tree, "https://harbour.example/notes")
    assert cands.agreement(BROAD, READABLE) < 0.1
    assert choose(cands, evidence).name == READABLE  # without evidence: the longer block
    assert "Quote 0" in extract_page(NOTES_PAGE, "https://harbour.example/notes").text
    text = extract_page(NOTES_PAGE, "https://harbour.example/notes", feed_text=TEASER).text
    assert "lighthouse keeper retired" in text and "Quote" not in text


def test_the_poller_gives_extract_page_the_teaser_entrys_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict[str, Any]] = []
    real = extract.extract_page

    def recording(html: str | bytes, url: str | None = None, **evidence: Any) -> Any:
        seen.append(evidence)
        return real(html, url, **evidence)

    monkeypatch.setattr(extract, "extract_page", recording)
    with ScriptedHTTPServer() as server:
        feed = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Notes</title><item>'
            f"<title>Weekly notes</title><link>{server.url('/notes')}</link><guid>n1</guid>"
            f"<description>{TEASER}</description></item></channel></rss>"
        )
        server.script("/feed.xml", Scripted(body=feed.encode()))
        server.script("/notes", Scripted(body=NOTES_PAGE.encode()))
        (tmp_path / "subscribers").mkdir()
        data = {
            "store": str(tmp_path / "digest.sqlite3"),
            "feeds": [{"url": server.url("/feed.xml"), "name": "notes"}],
            "fetch": {"allow_networks": ["127.0.0.1/32"], "full_text": True},
        }
        (tmp_path / "config.yaml").write_text(yaml.safe_dump(data))
        config = load_config(tmp_path / "config.yaml")
        fetch_feeds(config, Store(tmp_path / "digest.sqlite3"), datetime(2026, 12, 5, tzinfo=UTC))
    assert [e.get("feed_text") for e in seen] == [TEASER]
    assert seen[0].get("feed_title") == "Weekly notes"


def test_shingle_counts_do_not_depend_on_the_caching() -> None:
    counts = shingles("one two three four five one two three four")
    assert counts == Counter(
        {("one", "two", "three", "four"): 2, ("two", "three", "four", "five"): 1}
        | {("three", "four", "five", "one"): 1, ("four", "five", "one", "two"): 1}
        | {("five", "one", "two", "three"): 1}
    )


def test_candidate_agreement_and_coverage_are_the_counter_formulas() -> None:
    from digest.ingest.extract_rules import Candidates

    rnd = random.Random(9)
    for _ in range(2000):
        a = " ".join(rnd.choice("abc") for _ in range(rnd.randint(0, 12)))
        b = (
            a
            if rnd.random() < 0.3
            else " ".join(rnd.choice("abc") for _ in range(rnd.randint(0, 12)))
        )
        cands = Candidates({"a": lambda a=a: a, "b": lambda b=b: b})
        sa, sb = shingles(a), shingles(b)
        shared, total = sum((sa & sb).values()), sum(sa.values()) + sum(sb.values())
        assert cands.agreement("a", "b") == (2 * shared / total if total else 0.0)
        n = sum(sa.values())
        assert cands.coverage("a", "b") == (shared / n if n else 0.0)


# --- session 10: the rules' words, lines and shared shingles counted once (byte-identical) -------

# every character `str.splitlines` splits at, and spaces, between words that may carry note marks
LINE_BREAKS = [
    "\n",
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x85",
    "\u2028",
    "\u2029",
]
PIECES = [*LINE_BREAKS, " ", "  ", "a", "B", "word", "d1", "x²", "12", "İs", "_", "-", "…"]


def test_the_rules_words_lines_and_short_share_are_the_ones_counted_on_the_whole_text() -> None:
    from digest.ingest.extract_rules import Candidates, line_key

    rnd = random.Random(10)
    for _ in range(3000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 30)))
        cands = Candidates({"a": lambda text=text: text})
        assert cands._tokens_of("a") == re.findall(r"\w+", text), repr(text)
        assert cands.line_keys("a") == [line_key(line) for line in text.splitlines()]
        counts = [len(re.findall(r"\w+", line)) for line in text.splitlines()]
        total, short = sum(counts), sum(n for n in counts if n <= 40)
        assert cands.short_line_share("a") == (short / total if total else 0.0)


def edited(rnd: random.Random, toks: list[str]) -> list[str]:
    """Another extraction of the same page: lines added or dropped at the ends or inside."""
    out = list(toks)
    for _ in range(rnd.randint(0, 3)):
        where = rnd.choice([0, len(out), rnd.randint(0, len(out))])
        if rnd.random() < 0.5 and out:
            del out[where : where + rnd.randint(1, 5)]
        else:
            out[where:where] = [rnd.choice("abcde") for _ in range(rnd.randint(1, 6))]
    return out


def test_the_overlap_counted_past_the_shared_ends_is_the_multiset_intersection() -> None:
    from digest.ingest.extract_rules import Candidates, _shared_ends_overlap

    rnd = random.Random(4)
    counted = 0
    for _ in range(4000):
        a = [rnd.choice("abcde") for _ in range(rnd.randint(4, 60))]
        b = edited(rnd, a)
        if len(b) < 4:
            continue
        sa, sb = shingles(" ".join(a)), shingles(" ".join(b))
        shared = _shared_ends_overlap(a, b)
        if shared is not None:
            counted += 1
            assert shared == sum((sa & sb).values()), (a, b)
        lines_a = "\n".join(" ".join(a[i : i + 7]) for i in range(0, len(a), 7))
        text_b = " ".join(b)
        cands = Candidates({"a": lambda t=lines_a: t, "b": lambda t=text_b: t})
        total = sum(sa.values()) + sum(sb.values())
        assert cands.agreement("a", "b") == 2 * sum((sa & sb).values()) / total
    assert counted > 2000  # most edited pairs are counted past their shared ends


def test_loosened_keys_are_the_loose_keys_of_their_lines() -> None:
    from digest.ingest.extract_rules import _NOTE_MARKS, _loose_key, _loosened, line_key

    rnd = random.Random(6)
    words = ["Day?1", "spring.12", "x²", "³", "12", "42a", "a42", "word", "İ1", "1₂"]
    for _ in range(2000):
        line = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 8)))
        stripped = [w.rstrip(_NOTE_MARKS) for w in line_key(line)]
        if stripped:  # and a step number glued to the first word ("1There")
            stripped[0] = stripped[0].lstrip("0123456789")
        old = tuple(t for t in stripped if t)
        assert _loosened(line_key(line)) == old == _loose_key(line), line


def reference_element_text(root: lxml.html.HtmlElement) -> str:
    """Session 9's element_text (cells a space apart), as it was written there."""
    from digest.ingest.extract_blocks import (
        _BLOCK_TAGS,
        _CELL_TAGS,
        _DROP_TAGS,
        _HTML5_VOID,
        paragraphs,
    )

    parts: list[str] = []

    def walk(el: Any, tail: bool = True) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if tag in _HTML5_VOID:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.text:
                parts.append(el.text)
            for child in el:
                walk(child)
        elif tag is not None and tag not in _DROP_TAGS:
            block = tag in _BLOCK_TAGS
            if block:
                parts.append("\n")
            elif tag in _CELL_TAGS:
                parts.append(" ")
            if el.text:
                parts.append(el.text)
            for child in el:
                walk(child)
            if block:
                parts.append("\n")
            elif tag in _CELL_TAGS:
                parts.append(" ")
        if tail and el.tail:
            parts.append(el.tail)

    walk(root, tail=False)
    return "\n\n".join(paragraphs("".join(parts)))


def test_element_text_and_paragraphs_are_the_session_9_text() -> None:
    from digest.ingest.extract_blocks import element_paragraphs

    rnd = random.Random(12)
    tags = [*TAGS, "td", "th", "tr", "TD", "br", "embed", "wbr", "script", "hr", "li"]
    for _ in range(600):
        root = lxml.html.document_fromstring("<html><body><div id='r'></div></body></html>")
        nodes = [root.find(".//div")]
        for _ in range(rnd.randint(1, 40)):
            child = lxml.html.Element(rnd.choice(tags))
            child.text = rnd.choice(["", "x", " y ", "a\nb"])
            child.tail = rnd.choice(["", "t", " u\n"])
            rnd.choice(nodes).append(child)
            nodes.append(child)
            if rnd.random() < 0.05:
                rnd.choice(nodes).append(lxml.html.HtmlComment("c"))
        expected = reference_element_text(root)
        assert _element_text(root) == expected
        assert "\n".join(element_paragraphs(root)) == "\n".join(_paragraphs(expected))


def reference_links_in(
    container: Any, base: str | None, own: tuple[str, ...], sites: set[str]
) -> list[Any]:
    """Session 9's `_links_in`: every link's URL resolved, and compared with each own page."""
    from urllib.parse import urldefrag

    from digest.ingest.extract import _article_link, _site, _words
    from digest.model.types import RelatedLink

    def same_page(a: str, b: str) -> bool:
        return urldefrag(a)[0].rstrip("/") == urldefrag(b)[0].rstrip("/")

    found: dict[str, str] = {}
    for a in container.iter("a"):
        link = _article_link(a.get("href"), base)
        if link is None or any(same_page(link, page) for page in own):
            continue
        if sites and _site(link) not in sites:
            continue
        title = " ".join(a.text_content().split())
        if _words(title) < 3:
            found.setdefault(link, "")
        elif not found.get(link):
            found[link] = title
    return [RelatedLink(title=t, url=u) for u, t in found.items() if t]


def test_related_links_in_a_box_are_the_session_9_links() -> None:
    from digest.ingest.extract import _links_in

    rnd = random.Random(8)
    hrefs = [
        "/news/story-one",
        "/news/story-one/",
        "/news/story-one#top",
        "https://x.example/a/b",
        "https://x.example/a/b/#c",
        "https://other.example/p/q",
        "#top",
        "javascript:void(0)",
        "/tag/x",
        "/",
        "https://news.x.example/s/t",
        None,
        " /news/two ",
        "mailto:a@x.example",
    ]
    titles = ["", "Img", "A story about the harbour", "Three more words", "  Spaced   out title "]
    for _ in range(500):
        links = []
        for _ in range(rnd.randint(0, 12)):
            href = rnd.choice(hrefs)
            attr = "" if href is None else f" href='{href}'"
            links.append(f"<a{attr}>{rnd.choice(titles)}</a>")
        box = lxml.html.fragment_fromstring(f"<div>{''.join(links)}</div>")
        base = rnd.choice(["https://x.example/a/b", "https://x.example/news/story-one/", None])
        own = tuple(u for u in (base, rnd.choice([None, "https://x.example/a/b#c"])) if u)
        sites = rnd.choice([set(), {"x.example"}])
        assert _links_in(box, base, own, sites) == reference_links_in(box, base, own, sites)


def test_related_containers_from_the_class_list_are_the_attribute_searchs() -> None:
    """The related boxes' classes are read from the page's one list of class values (shared
    with the marked boxes), their elements found by position (a few) or by one smart-string
    read (many); the elements are those of the union XPath session 9 ran."""
    from lxml.etree import XPath

    from digest.ingest.extract import _class_boxes, _related_containers

    union = XPath(
        "//@class[contains(., 'elated') or contains(., 'heck-also') or contains(., 'yarpp')]/.."
        " | //@id[contains(., 'elated') or contains(., 'heck-also')]/.."
    )
    rnd = random.Random(13)
    words = ["related-posts", "Related", "check-also", "yarpp-box", "x", "side", "", "elated"]
    for _ in range(400):
        tree = random_tree(rnd)
        for el in tree.iter():
            if isinstance(el.tag, str) and rnd.random() < 0.3:
                el.set("class", rnd.choice(words))
            if isinstance(el.tag, str) and rnd.random() < 0.2:
                el.set("id", rnd.choice(words))
        assert _related_containers(tree, _class_boxes(tree)[0]) == union(tree)


def test_the_control_characters_looked_for_are_the_ones_the_fragment_parser_removes() -> None:
    # _parse_fragment runs the removal only when one of them occurs
    pattern = extract._CONTROL_CHARS
    removed = [c for c in map(chr, range(0x110000)) if pattern.match(c)]
    assert removed == list(extract._CONTROL_CHAR_LIST)
    html = "<p>a\x00b\x7fc</p><p>plain</p>"
    assert extract.html_to_text(html) == "abc\n\nplain"
