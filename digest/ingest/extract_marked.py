"""Boxes the page's own markup marks as paid or marketing content: their lines are no story.

Pure: takes a parsed page, returns line keys. No network, disk or clock.

Why: on most pages trafilatura's text and readability's agree and digest keeps that text (the
`agree` rule decides 64-80% of pages), so a box that both extractors keep can only tie with
trafilatura. Measured on the lines digest kept that the gold leaves out (session 9,
notes/extract.md): the commonest kind with a structural mark is a small box whose class names
it as an advert, a sponsor's segment, a promotion, a call to action or a commercial
disclosure (`native-ad`, `ad-slot`, `sponsored-segment`, `sponsor-box`, `tncms-inline-promo`,
`blog-post-cta`, WPBakery's `vc_cta3`, Kinja's `js_commerce-disclosure`; on the real pages
National Review's `nrplus-cta-wrap`). Those names say what the box is for: selling something,
not telling the story. In the 181 real gold texts no line inside such a box is kept (the
inventory found none), while lines inside `disclaimer`, `caption`, `credit`, `callout` and
`poll` boxes are (Sputnik's disclaimer, a Rolling Stone caption, bgr's product callouts):
those words stay out of the list.

The same search finds the boxes whose class names a scholarly article's apparatus (an abstract,
a reference list, a bibliography: `extract_backmatter`, session 18), dropped the same way.

A box is an element whose class holds one of `_MARKED`'s words as a whole word (separated by
anything but a letter or digit; a number may follow: `ad2`, `cta3`), holding at most
`_BOX_MAX_WORDS` words: a box, not the article's container (a story wrapper flagged `has-ads`
holds the whole story). Its lines are dropped from a candidate wherever they sit, like a form box's
(`extract_blocks.drop_boxes`), unless fewer than 40 words would be left.

Cost: the page's class values are read once (`CLASS_VALUES`, one XPath shared with the
related-box search of `extract`, which tested the same attributes in its own XPath), joined and
searched by one literal-led pattern per mark word present; only the elements of the values that
match are looked at, and a candidate line's key is built only when its first word opens some box
line. Measured paired in process against the code without the step (session 10, alternated,
CPU clock): the median page's time −0.000 / −0.001 / +0.008 of trafilatura's on sets J 901 /
D 301 / E 401 (h-furn's first version: +0.02 / +0.03 / +0.04).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.etree import Element, XPath
from lxml.html import HtmlElement

from digest.ingest.extract_backmatter import BACK_MARKS, cite_boxes
from digest.ingest.extract_blocks import (
    _DROP_TAGS,
    _HTML5_VOID,
    _SEPARATORS,
    element_paragraphs,
    enough_left,
)
from digest.ingest.extract_rules import line_key

__all__ = [
    "CLASS_VALUES",
    "back_id_boxes",
    "class_owners",
    "drop_marked",
    "marked_boxes",
    "marked_indexes",
]

Key = tuple[str, ...]

# Class words of paid or marketing content (never of a story part on the 181 real pages):
# ad, ads, advert, advertisement, sponsor, sponsored, promo, cta, disclosure; written as a trie
# and matched on the lowercased class values. The word must not follow a letter or digit
# (`_glued`): checked on each match in Python, because a lookbehind in front of the pattern
# stops `re` from skipping ahead to the words' first letters (2.3x slower on E's pages).
_MARKED = re.compile(
    r"(?:ad(?:s|vert(?:isement)?)?|sponsor(?:ed)?|promo|cta|disclosure"
    r"|bibliogra(?:phy|phie|fia)|references|abstract|resume|cite)\d*(?![a-z0-9])"
)  # the last five: a scholarly article's apparatus (`extract_backmatter.BACK_MARKS`)
# `_MARKED` one word at a time: each pattern opens with a literal, which `re` finds by a fast
# scan; the whole alternation tries every a, s, p, c and d of the class values (5x the time).
# A mark found by both is the same (a mark that does not follow a letter or digit is the whole
# run of letters and digits, the leftmost match there for either search).
_WORD_MARKS = {
    "ad": re.compile(r"ad(?:s|vert(?:isement)?)?\d*(?![a-z0-9])"),
    "sponsor": re.compile(r"sponsor(?:ed)?\d*(?![a-z0-9])"),
    "promo": re.compile(r"promo\d*(?![a-z0-9])"),
    "cta": re.compile(r"cta\d*(?![a-z0-9])"),
    "disclosure": re.compile(r"disclosure\d*(?![a-z0-9])"),
}
_WORD_MARKS.update(BACK_MARKS)  # a scholarly article's apparatus (`extract_backmatter`)
_BOX_MAX_WORDS = 200
_WORD = re.compile(r"\w+")
# Class values only (but the apparatus ids, `back_id_boxes`): an id names one slot
# (`div-gpt-ad-7`), mostly empty until a script fills it; on every page measured no line was
# dropped through an id alone, and ids cost a third more.
# Plain strings: a value that knows its element (lxml's smart strings) makes a Python object of
# every element with a class, 3.5x the time of reading the values (set E: 0.078 against
# 0.022 ms a page); the few elements wanted are found afterwards (`class_owners`).
CLASS_VALUES = XPath("//@class", smart_strings=False)  # every class value, in document order
_CLASS_OWNERS = XPath("//@class")  # the same values, each knowing its element
_ONE_BY_ONE = 4  # position searches (~0.01 ms each on set E) before one smart read of all
_WALK_MAX = 48  # elements walked inside a found element for the next wanted values


@lru_cache(maxsize=4096)
def _owner_at(position: int) -> XPath:
    """The element of the page's `position`th class value (1-based): libxml2 walks the class
    values in C and makes one Python element."""
    return XPath(f"(//@class)[{position}]/..")


def class_owners(tree: HtmlElement, indexes: list[int]) -> list[HtmlElement]:
    """The elements of the class values at `indexes` (positions in `CLASS_VALUES(tree)`,
    ascending, each once).

    The values are in document order, so the values after an element's own are those of its
    descendants: the wanted values inside a found element (the parts of a sponsor's box) are
    found by walking it, the others by a position search each, or, past `_ONE_BY_ONE` searches,
    by one smart read of every value."""
    owners: list[HtmlElement] = []
    searches = 0
    while len(owners) < len(indexes):
        if searches == _ONE_BY_ONE:
            values = _CLASS_OWNERS(tree)
            owners += [values[i].getparent() for i in indexes[len(owners) :]]
            break
        position = indexes[len(owners)]
        owner = _owner_at(position + 1)(tree)[0]
        searches += 1
        owners.append(owner)
        if len(owners) < len(indexes) and indexes[len(owners)] - position <= _WALK_MAX:
            _walk_inside(owner, position, indexes, owners)
    return owners


def _walk_inside(
    box: HtmlElement, position: int, indexes: list[int], owners: list[HtmlElement]
) -> None:
    """Append to `owners` the next wanted elements among `box`'s first `_WALK_MAX` descendants
    (`box` holds the value at `position`)."""
    walked = 0
    for el in box.iterdescendants(Element):
        walked += 1
        if el.get("class") is not None:
            position += 1
            if position == indexes[len(owners)]:
                owners.append(el)
                if len(owners) == len(indexes):
                    return
        if indexes[len(owners)] - position > _WALK_MAX - walked:
            return  # out of reach


def _glued(text: str, at: int) -> bool:
    """The match at `at` continues a word (`header`, `shadow`, `loader`): no mark."""
    if at == 0:
        return False
    before = text[at - 1]
    return before.isascii() and before.isalnum()


def _small(box: HtmlElement) -> bool:
    """At most `_BOX_MAX_WORDS` words; stops counting early in a large container."""
    words = 0
    for text in box.itertext():
        words += len(text.split())
        if words > _BOX_MAX_WORDS:
            return False
    return True


# A box inside a box already taken whose lines are some of the outer box's lines: a block writes
# a line break before and after its text (`extract_blocks.element_paragraphs`), so its lines are
# a run of the outer box's lines, unless a dropped element (a form, a script) on the way hides
# it from the outer box's text. A box of the other tags (an inline kicker `span.ad-label` inside
# a paragraph, a void tag's content, a cell) writes its own lines and is read.
_LINE_BLOCKS = frozenset(
    tag for tag, separator in _SEPARATORS.items() if separator == "\n" and tag not in _HTML5_VOID
)


def _taken_ancestor(box: HtmlElement, taken: set[HtmlElement]) -> HtmlElement | None:
    """The nearest ancestor of `box` among `taken`, if any."""
    for el in box.iterancestors():
        if el in taken:
            return el
    return None


def _lines_within(box: HtmlElement, outer: HtmlElement) -> bool:
    """`box`'s lines are a run of `outer`'s (`outer` is an ancestor of `box`)."""
    tag = box.tag
    if not isinstance(tag, str) or tag.lower() not in _LINE_BLOCKS:
        return False
    el = box.getparent()
    while el is not None:
        tag = el.tag
        if isinstance(tag, str) and tag.lower() in _DROP_TAGS:
            return False
        if el is outer:
            return True
        el = el.getparent()
    return False


def mark_starts(text: str) -> list[int]:
    """Where a mark word starts as a whole word in lowercased `text`, in order: one literal-led
    pattern per word the text holds (a single alternation pattern is 2.5x slower: no literal to
    skip to)."""
    return sorted(
        m.start()
        for word, pattern in _WORD_MARKS.items()
        if word in text
        for m in pattern.finditer(text)
        if not _glued(text, m.start())
    )


def marked_indexes(joined: str) -> list[int]:
    """The positions of the class values that hold a mark word as a whole word (`joined`: the
    page's class values joined by NUL, which no value holds: libxml2's strings end at one)."""
    joined = joined.lower()
    indexes: list[int] = []
    for at in mark_starts(joined):  # a few per page: count the separators before each in C
        index = joined.count("\0", 0, at)
        if not indexes or indexes[-1] != index:
            indexes.append(index)
    return indexes


# Ids that may name an apparatus box (`extract_backmatter`): the rare pages with one are read
# further. Only the apparatus words: an ad word in an id names a slot a script fills
# (`div-gpt-ad-7`), see `CLASS_VALUES`. One list of signs serves the plain-string first look and
# the element search.
_ID_SIGNS = ("bstract", "ibliogra", "eferences", "esume", "cite", "Cite")
_BACK_IDS = XPath("//@id[" + " or ".join(f"contains(., '{sign}')" for sign in _ID_SIGNS) + "]/..")


# The tags of a box an id names. An id on a heading, a link or a span is an anchor, often made
# from the heading's own words (`h2#talks-to-resume`): the slug of a story's subheading.
_ID_BOX_TAGS = frozenset("div section aside article footer ol ul li dl p details".split())
_ID_MAX_WORDS = 2  # words of an id naming a box (`article-references`, `cite_note-3`), digits
# aside; a longer one is a slug of a title or a heading
_ID_WORD = re.compile(r"[a-z]+")


_ID_VALUES = XPath("//@id", smart_strings=False)


def back_id_boxes(tree: HtmlElement) -> list[HtmlElement]:
    """The boxes whose id names a scholarly article's apparatus as a whole word, as a class
    does (`div#abstract`, `div#bibliography` of OpenEdition's Lodel), in document order.

    The page's ids are read as plain strings and searched at once first: most pages hold none
    of the words, and the elements are looked for only on the others (half the time of the
    element search on every page, set D)."""
    ids = "\0".join(_ID_VALUES(tree))
    if not any(sign in ids for sign in _ID_SIGNS):
        return []
    found = []
    for el in _BACK_IDS(tree):
        value = (el.get("id") or "").lower()
        if el.tag not in _ID_BOX_TAGS or len(_ID_WORD.findall(value)) > _ID_MAX_WORDS:
            continue
        if any(
            not _glued(value, m.start())
            for word, pattern in BACK_MARKS.items()
            if word in value
            for m in pattern.finditer(value)
        ):
            found.append(el)
    return found


def _with_id_boxes(tree: HtmlElement, boxes: list[HtmlElement]) -> list[HtmlElement]:
    """`boxes` and the apparatus boxes named by id or by a cite heading, in document order,
    once each."""
    by_id = back_id_boxes(tree) + cite_boxes(tree)
    if not by_id:  # most pages
        return boxes
    if not boxes:
        return by_id
    wanted = set(boxes) | set(by_id)
    return [el for el in tree.iter(Element) if el in wanted]


def marked_boxes(tree: HtmlElement, boxes: list[HtmlElement] | None = None) -> frozenset[Key]:
    """The line keys of the small boxes whose class marks them as paid or marketing.

    `boxes`: the elements whose class holds a mark (`marked_indexes`, `class_owners`), when the
    caller has them; else they are found here. The boxes come in document order, an outer box
    before the boxes inside it: a box inside a small box is small, and a block box inside one
    adds none of its lines (`_lines_within`): neither is read again.
    """
    if boxes is None:
        boxes = class_owners(tree, marked_indexes("\0".join(CLASS_VALUES(tree))))
    boxes = _with_id_boxes(tree, boxes)
    if not boxes:  # most pages
        return frozenset()
    lines: set[str] = set()
    taken: set[HtmlElement] = set()
    for box in boxes:
        outer = _taken_ancestor(box, taken) if taken else None
        if outer is None:
            if not _small(box):
                continue
        elif _lines_within(box, outer):
            continue
        taken.add(box)
        lines.update(element_paragraphs(box))
    return frozenset(k for k in map(line_key, lines) if k)


def drop_marked(text: str, boxes: frozenset[Key]) -> str:
    """`text` without the lines of marked boxes, unless too few words would be left
    (`extract_blocks.enough_left`: then it is kept, as `drop_boxes` keeps a text).

    A line's key is built only when its first word opens some box line: most lines of most
    texts are not looked at further (the keys of every line of every candidate cost as much as
    finding the boxes).
    """
    if not boxes:
        return text
    firsts = {key[0] for key in boxes}
    lines = text.splitlines()
    kept = []
    for line in lines:
        first = _WORD.search(line)
        if first is None or first.group().lower() not in firsts or line_key(line) not in boxes:
            kept.append(line)
    if len(kept) == len(lines) or not enough_left(kept):
        return text
    return "\n".join(kept)
