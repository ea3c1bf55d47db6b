"""Boxes whose class or id marks them as paid or marketing content are no article text."""

from __future__ import annotations

import random

import lxml.html

from digest.ingest.extract import extract_page
from digest.ingest.extract_marked import drop_marked, marked_boxes

STORY = [
    f"Paragraph {n} of the story about the new tram line: the council voted on Tuesday, "
    f"and the works on section {n} start in spring, the transport office said in a statement."
    for n in range(1, 9)
]
URL = "https://krant.example.nl/t/"


def page(body: str) -> str:
    return (
        "<html><head><title>Tram line approved</title></head><body>"
        '<div class="menu"><a href="/">Home</a> <a href="/nieuws/">Nieuws</a></div>'
        '<div class="kolom"><h1>Tram line approved</h1>'
        f"{body}</div></body></html>"
    )


def story_with(box: str, wrapper: str = "tekst") -> str:
    paras = [f"<p>{p}</p>" for p in STORY]
    return page(f'<div class="{wrapper}">{"".join(paras[:4])}{box}{"".join(paras[4:])}</div>')


SPONSOR = (
    '<div class="sponsored-segment"><p>Together with Northwind Bank</p>'
    "<p>Open a savings account in five minutes and earn interest from the first day on.</p></div>"
)


def keys(html: str) -> frozenset[tuple[str, ...]]:
    return marked_boxes(lxml.html.document_fromstring(html))


def test_a_sponsor_s_segment_between_paragraphs_is_not_article_text() -> None:
    """Both extractors keep the segment (it is prose in the story's column); its class says
    what it is."""
    text = extract_page(story_with(SPONSOR), URL).text
    assert all(p in text for p in STORY)
    assert "Northwind" not in text and "savings account" not in text


def test_ads_promotions_and_calls_to_action_are_marked_boxes() -> None:
    for cls in ("ad-slot", "native-ad", "tncms-inline-promo", "blog-post-cta", "sponsor-box"):
        html = story_with(f'<div class="{cls}"><p>Subscribe today for unlimited access.</p></div>')
        assert ("subscribe", "today", "for", "unlimited", "access") in keys(html), cls


def test_a_numbered_mark_is_a_mark() -> None:
    """WPBakery's call-to-action element is `vc_cta3`; ad slots are numbered (`ad2`)."""
    for cls in ("vc_cta3", "ad2"):
        html = story_with(f'<div class="{cls}"><h2>Never miss a story</h2></div>')
        assert ("never", "miss", "a", "story") in keys(html), cls


def test_a_mark_inside_another_word_is_no_mark() -> None:
    """`header`, `shadow`, `loader`, `adaptive`, `promotional-rules` name no advert."""
    for cls in ("header", "shadow", "loader", "adaptive", "promotional", "ctab", "reads"):
        html = story_with(f'<div class="{cls}"><p>Never miss a story</p></div>')
        assert keys(html) == frozenset(), cls


def test_a_story_wrapper_flagged_for_ads_is_not_a_box() -> None:
    """A container that holds the story (more than a box's words) is no box, whatever its
    class: `article-body has-ads` holds the whole text."""
    html = story_with("", wrapper="article-body has-ads")
    assert keys(html) == frozenset()
    text = extract_page(html, URL).text
    assert all(p in text for p in STORY)


def test_a_disclaimer_a_caption_and_a_credit_are_not_marks() -> None:
    """The 181 real gold texts keep lines of such boxes (Sputnik's disclaimer, a Rolling Stone
    caption): only paid and marketing marks count."""
    for cls in ("b-disclaimer", "c-picture__caption", "image-credit", "product-callout", "poll"):
        box = f'<div class="{cls}"><p>The views expressed are the author s own.</p></div>'
        html = story_with(box)
        assert keys(html) == frozenset(), cls


def test_a_text_that_is_mostly_a_marked_box_is_kept() -> None:
    """Fewer than 40 words would be left: the box is the text (a sponsored post), kept whole."""
    html = page(
        '<div class="sponsored-segment"><p>' + STORY[0] + "</p><p>" + STORY[1] + "</p></div>"
    )
    text = STORY[0] + "\n" + STORY[1] + "\nShare this"
    assert drop_marked(text, keys(html)) == text
    longer = "\n".join(STORY[2:]) + "\n" + STORY[0]
    assert drop_marked(longer, keys(html)) == "\n".join(STORY[2:])


def test_the_marks_found_word_by_word_are_the_marks_of_the_whole_pattern() -> None:
    """The search runs one literal-led pattern per mark word present (fast); it finds what the
    one alternation `_MARKED` finds, once matches glued to a word are left out."""
    import random

    from digest.ingest.extract_marked import _MARKED, _glued, mark_starts

    rnd = random.Random(21)
    parts = ["ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "promo", "cta"]
    parts += ["disclosure", "head", "x", "2", "12", "-", "_", " ", "\n", "é", "load", "s", "ed"]
    for _ in range(5000):
        joined = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 12)))
        whole = [m.start() for m in _MARKED.finditer(joined) if not _glued(joined, m.start())]
        assert mark_starts(joined) == whole, joined


# Session 11 (h-box): the same boxes at a lower cost. The reference below is session 10's
# `marked_boxes` (afe91ab): every marked element's text read, each value tied to its element by
# lxml's smart strings.
_BIG = " ".join(f"word{n}" for n in range(120))
_MARK_TAGS = "div span p section li td form noscript em embed aside br ul".split()
_MARK_CLASSES = ["ad", "x", "sponsor-box", "native-ad lead", "Promo2", "header", "cta", "y z", ""]


def _reference_marked_boxes(tree: lxml.html.HtmlElement) -> frozenset[tuple[str, ...]]:
    import bisect
    import itertools

    from lxml.etree import XPath

    from digest.ingest.extract_blocks import element_text
    from digest.ingest.extract_marked import _small, mark_starts
    from digest.ingest.extract_rules import line_key

    values = XPath("//@class")(tree)
    joined = "\n".join(values).lower()
    found = mark_starts(joined)
    if not found:
        return frozenset()
    starts = list(itertools.accumulate((len(v) + 1 for v in values[:-1]), initial=0))
    indexes = sorted({bisect.bisect_right(starts, at) - 1 for at in found})
    keys: set[tuple[str, ...]] = set()
    for box in (values[i].getparent() for i in indexes):
        if box is None or not _small(box):
            continue
        keys.update(k for k in map(line_key, element_text(box).split("\n\n")) if k)
    return frozenset(keys)


def _random_marked_tree(rnd: random.Random) -> lxml.html.HtmlElement:
    root = lxml.html.document_fromstring("<html><body><div id='r'></div></body></html>")
    nodes = [root.find(".//div")]
    for _ in range(rnd.randint(1, 40)):
        parent = rnd.choice(nodes)
        child = lxml.html.Element(rnd.choice(_MARK_TAGS))
        child.text = rnd.choice(["", "Buy now", "the story goes on", _BIG])
        child.tail = rnd.choice(["", " and more", " Sponsored by Northwind"])
        if rnd.random() < 0.5:
            child.set("class", rnd.choice(_MARK_CLASSES))
        parent.append(child)
        nodes.append(child)
        if rnd.random() < 0.1:
            parent.append(lxml.html.HtmlComment("an ad slot"))
    return root


def test_nested_boxes_read_once_give_every_box_s_lines() -> None:
    """A box inside a small box taken is small, and a block box inside it adds no line: the
    keys are those of reading every marked box (session 10's code); an inline box (a kicker in a
    paragraph), a cell, and a box under a form or a noscript (hidden from the outer box's text)
    are still read."""
    from digest.ingest.extract import _class_boxes

    rnd = random.Random(11)
    nested = 0
    for _ in range(3000):
        tree = _random_marked_tree(rnd)
        want = _reference_marked_boxes(tree)
        assert marked_boxes(tree) == want, lxml.html.tostring(tree)
        assert marked_boxes(tree, _class_boxes(tree)[1]) == want, lxml.html.tostring(tree)
        nested += any(el.get("class") for el in tree.iter() for _ in el.iterancestors())
    assert nested > 1000  # the trees do nest marked boxes


def test_the_marked_values_are_those_whose_own_text_holds_a_mark() -> None:
    """The values are joined and searched once; a match is tied to its value by counting the
    separators before it. A mark is a property of the value alone."""
    from digest.ingest.extract_marked import _WORD_MARKS, _glued, marked_indexes

    def marked(value: str) -> bool:
        low = value.lower()
        return any(
            not _glued(low, m.start()) for p in _WORD_MARKS.values() for m in p.finditer(low)
        )

    rnd = random.Random(7)
    parts = ["ad", "ads", "sponsor", "cta3", "promo", "disclosure", "head", "x", "-", " ", "\n"]
    for _ in range(3000):
        values = ["".join(rnd.choice(parts) for _ in range(rnd.randint(0, 4))) for _ in range(9)]
        want = [i for i, v in enumerate(values) if marked(v)]
        assert marked_indexes("\0".join(values)) == want, values


def test_the_words_left_are_counted_only_until_there_are_enough() -> None:
    """The 40-word guard of every box drop (`extract_blocks.enough_left`) stops counting once
    40 words are left; it decides as the whole count."""
    from digest.ingest.extract_blocks import enough_left

    rnd = random.Random(3)
    for _ in range(2000):
        lines = [" ".join("w" for _ in range(rnd.randint(0, 15))) for _ in range(rnd.randint(0, 9))]
        whole = sum(len(line.split()) for line in lines)
        assert enough_left(lines) == (whole >= 40), lines


def test_the_elements_of_wanted_class_values_are_those_of_the_values() -> None:
    """Found by a position search, by walking a found element for the values inside it, or by
    one read of every value: each way gives the value's own element."""
    from lxml.etree import XPath

    from digest.ingest.extract_marked import class_owners

    smart = XPath("//@class")
    rnd = random.Random(5)
    for _ in range(1500):
        tree = _random_marked_tree(rnd)
        values = smart(tree)
        indexes = sorted(rnd.sample(range(len(values)), rnd.randint(0, min(len(values), 9))))
        want = [values[i].getparent() for i in indexes]
        assert class_owners(tree, indexes) == want, (indexes, lxml.html.tostring(tree))


def test_related_class_values_are_those_holding_a_related_word() -> None:
    from digest.ingest.extract import _related_indexes

    rnd = random.Random(9)
    parts = ["related", "Related", "check-also", "yarpp", "elated", "x", "-", " ", "\n", "rel"]
    for _ in range(3000):
        values = ["".join(rnd.choice(parts) for _ in range(rnd.randint(0, 3))) for _ in range(7)]
        want = [
            i for i, v in enumerate(values) if "elated" in v or "heck-also" in v or "yarpp" in v
        ]
        assert _related_indexes("\0".join(values)) == want, values
