"""Which part of the page a candidate's lines came from: items found by the page's structure.

Pure: takes a parsed page and candidate texts, returns texts. No network, disk or clock.

Why: trafilatura and readability drop comment threads, related grids and sign-up boxes when
their markup names them ("comment", "related", known plugins). When the names are in another
language or say nothing (`kommentare`, `reacties`, `col-item`), those blocks sit in the
article's column like any other, and both extractors keep them: on the constructed soup pages
digest's precision was 0.31-0.52 (notes/extract.md, sessions 6 and 7). The names say nothing
there, but the structure does. Each step looks at how the block is built, not at its words:

- a comment thread is a run of items that each carry the same control, a link whose text is
  one short label ("Reply", "Responder", "Antworten", "Reageer"); no story repeats one link
  label three times. The block holding most of those links is the thread;
- teaser cards are >= 3 peers of one tag and class, each a headline link and a short excerpt;
- a box around a form (a newsletter sign-up, a search box) is a short block whose text asks
  the reader to act;
- a forum thread whose first post is the article: the posts are peers of one tag and main
  class, each holding blocks (profile, buttons, text) built from one template (the same parts);
  the candidate's text starts in the first one, and at least three later ones are replies,
  each under half the first post's length (phpBB, Discourse: a reply is a few sentences, a
  quote and a signature; a live blog's posts and a split story's parts are not that much
  shorter than the first), and every post names its author by a link (a page builder's
  sections, Google Sites' or Notion's blocks, are built alike too but sign nothing). The later
  posts' lines are dropped from the candidate, after the first post as threads are;
- a list heading ("Related Items") whose box holds nothing but the heading and its links, when
  the candidate kept the heading but none of the links: the extractor dropped the list as
  boilerplate and the heading is left over in the story (a Joomla `{loadposition}` module
  inside the article). The plain-text pass would cut the story there (a tail heading); the
  heading alone is dropped;
- a live blog's posts (or a split story's parts) are peers of one tag and class that hold
  blocks: when readability's text starts at the second post, the first one is still story.
  Before readability's first line only, two more shapes of a story's first part: paragraphs in
  their own components (CSS-in-JS wrappers of one kind once the build hashes are gone from
  their classes), and a blog post's text before the "more" break (TypePad's entry-body next to
  entry-more: a sibling container of blocks and prose, few words in links).

Threads and cards are dropped from a candidate only after story (>= 40 words precede them in
that text: a post's comments and related cards follow the post; a live blog whose posts carry
a share link opens with its items and is kept). The lines of the DOM block are matched to the
candidate's lines by their words.

Cost (181 real pages, as a share of trafilatura's time per page): the card and form scan
~0.03-0.04; the thread test reads the candidate's own lines first (a short line repeated three
times that is the text of a link) and walks the page only when one is found.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from lxml.etree import XPath
from lxml.html import HtmlElement

from digest.ingest.extract_rules import LABEL_MAX_WORDS, Thresholds, line_key
from digest.ingest.extract_shingles import collapsed

__all__ = [
    "BOX_MAX_WORDS",
    "LINK_SHARE",
    "THREAD_MIN_ITEMS",
    "Thread",
    "drop_orphan_headings",
    "drop_replies",
    "drop_threads",
    "element_of",
    "element_paragraphs",
    "element_text",
    "enough_left",
    "holds_blocks",
    "image_captions",
    "lone_text",
    "main_class",
    "paragraphs",
    "span_with_items",
    "thread_labels",
]

_WORD = re.compile(r"\w+")

THREAD_MIN_ITEMS = Thresholds().thread_labels  # a control label this often: a thread's items
_HOLDER_SHARE = 0.8  # the thread block holds at least this share of the label's links
_STORY_MIN_WORDS = 40  # story words that must precede the thread in the text (a short post)

Key = tuple[str, ...]

_DROP_TAGS = frozenset(
    "script style noscript template iframe object embed svg math canvas head title meta link "
    "button select option textarea input form audio video source track map".split()
)
_BLOCK_TAGS = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre tr table thead tbody tfoot "
    "section article header footer aside main nav figure figcaption address center hr br "
    "details summary caption body html".split()
)
# A table cell is no block (a row stays one line, as trafilatura writes it), but its words are
# apart from the next cell's: "Possession", "39%", "61%", never "Possession39%61%". Measured:
# readability's text of a statistics table glued every row into two or three words (set I,
# sports pages: recall 0.90, and no line of it matched trafilatura's rows).
_CELL_TAGS = frozenset(("td", "th"))
# What an element writes around its text: a block a line break, a cell a space (one lookup per
# element instead of a test of each set).
_SEPARATORS = dict.fromkeys(_BLOCK_TAGS, "\n") | dict.fromkeys(_CELL_TAGS, " ")
# HTML5's void elements (no content, no end tag).
_HTML5_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)


def paragraphs(text: str) -> list[str]:
    """Split on newlines, collapse inner whitespace, drop empty lines."""
    return [p for p in map(collapsed, text.splitlines()) if p]


def element_text(root: HtmlElement) -> str:
    """Block-aware text of an element: every block starts a new paragraph; scripts never leak.

    The text after the element (its tail) is not the element's.
    """
    return "\n\n".join(element_paragraphs(root))


def element_paragraphs(root: HtmlElement) -> list[str]:
    """`element_text`'s paragraphs (`paragraphs` of the text it joins)."""
    parts: list[str] = []

    def walk(el: HtmlElement, tail: bool = True) -> None:
        tag = el.tag
        # comments and processing instructions: their text is not content, their tail is
        if isinstance(tag, str):
            tag = tag.lower()
            if tag in _HTML5_VOID:
                # libxml2's HTML parser predates HTML5: what follows an unclosed <embed>,
                # <source>, <track> or <wbr> becomes its content. A void element has none; that
                # text is ours.
                if tag in _BLOCK_TAGS:
                    parts.append("\n")
                if el.text:
                    parts.append(el.text)
                for child in el:
                    walk(child)
            elif tag not in _DROP_TAGS:
                separator = _SEPARATORS.get(tag)
                if separator:
                    parts.append(separator)
                if el.text:
                    parts.append(el.text)
                for child in el:
                    walk(child)
                if separator:
                    parts.append(separator)
        if tail and el.tail:
            parts.append(el.tail)

    walk(root, tail=False)
    return paragraphs("".join(parts))


_key = line_key


def thread_labels(lines: Iterable[str], link_texts: frozenset[Key]) -> list[Key]:
    """Short lines repeated `THREAD_MIN_ITEMS` times that are the text of a link on the page."""
    counts = Counter(k for k in map(_key, lines) if 0 < len(k) <= LABEL_MAX_WORDS)
    return [k for k, n in counts.items() if n >= THREAD_MIN_ITEMS and k in link_texts]


def _has_repeated_short_line(lines: list[str]) -> bool:
    """The cheap test first: most texts have no short line that recurs."""
    short = [line for line in lines if len(line) <= 40 and len(_WORD.findall(line)) <= 3]
    return len(short) - len(set(short)) >= THREAD_MIN_ITEMS - 1


def _thread_block(tree: HtmlElement, label: Key) -> HtmlElement | None:
    """The deepest element that holds most of the links whose text is `label`.

    Not simply their common ancestor: one more "Reply" link elsewhere on the page would lift
    that to the page's body. Not the element holding the most of them either: that is the body
    again. The deepest one holding `_HOLDER_SHARE` of them is the thread's own container.
    """
    links = [a for a in tree.iter("a") if _key(a.text_content()) == label]
    if len(links) < THREAD_MIN_ITEMS:
        return None
    counts: Counter[HtmlElement] = Counter()
    depth: dict[HtmlElement, int] = {}
    for link in links:
        chain = list(link.iterancestors())
        for level, el in enumerate(reversed(chain)):
            counts[el] += 1
            depth[el] = level
    need = max(THREAD_MIN_ITEMS, math.ceil(_HOLDER_SHARE * len(links)))
    holders = [el for el, n in counts.items() if n >= need]
    if not holders:
        return None
    block = max(holders, key=depth.__getitem__)
    return None if block.tag in ("html", "body") else block


def _block_keys(block: HtmlElement) -> frozenset[Key]:
    """The keys of the block's lines: text split at block elements, as the extractors split it."""
    return frozenset(k for k in map(_key, element_text(block).split("\n\n")) if k)


_CARD_TITLE_MIN_WORDS = 4  # a link titled like a headline (words between spaces)
_CARD_CLIMB = 4  # levels from the title link up to its card
_CARD_TEXT_MAX_WORDS = 40  # a card's words outside its links: an excerpt, not a section
_CARD_WINDOW = 6  # lines in which a second card must show
# links whose text could hold 4 words: a C-level filter before the words are counted
_LONG_LINKS = XPath("/descendant::a[string-length(.) >= 15]")  # raw length: a superset, cheaper


def _card_of(link: HtmlElement, known: dict[HtmlElement, bool]) -> HtmlElement | None:
    """The card a title link heads: the nearest ancestor holding blocks, if it has a peer.

    `known` remembers each ancestor's verdict: the links of one list share their ancestors.
    """
    for item in itertools.islice(link.iterancestors(), _CARD_CLIMB):
        if item.tag in ("body", "html"):
            return None
        if item not in known:
            known[item] = _compound(item)
        if known[item]:
            return item if _has_peer(item) else None
    return None


def _has_peer(item: HtmlElement) -> bool:
    parent = item.getparent()
    if parent is None:
        return False
    sig = _signature(item)
    peers = parent.iterchildren(str(item.tag))  # filtered by tag in C
    return any(c is not item and _signature(c) == sig for c in peers)


def card_lists(tree: HtmlElement) -> list[dict[Key, int]]:
    """Runs of teaser cards: >= 3 peers of one tag and class, each a headline link and an
    excerpt of at most `_CARD_TEXT_MAX_WORDS` words (a related grid, "more from").

    Each run as the keys of its cards' lines, mapped to the card's index in the run.
    """
    cards: dict[HtmlElement, dict[HtmlElement, None]] = {}
    known: dict[HtmlElement, bool] = {}
    for link in _LONG_LINKS(tree):
        if len(link.text_content().split()) < _CARD_TITLE_MIN_WORDS:
            continue
        card = _card_of(link, known)
        parent = card.getparent() if card is not None else None
        if card is not None and parent is not None:
            cards.setdefault(parent, {})[card] = None
    lists = []
    for group in map(list, cards.values()):
        if len(group) >= THREAD_MIN_ITEMS and all(
            _excerpt_words(c) <= _CARD_TEXT_MAX_WORDS for c in group
        ):
            lists.append({k: n for n, card in enumerate(group) for k in _keys_of([card])})
    return lists


def _excerpt_words(card: HtmlElement) -> int:
    linked = sum(len(_WORD.findall(a.text_content())) for a in card.iter("a"))
    return len(_WORD.findall(card.text_content())) - linked


BOX_MAX_WORDS = 40  # a sign-up or search box: a heading and a line around its form
_BOX_CLIMB = 2


def form_boxes(tree: HtmlElement) -> frozenset[Key]:
    """The lines of the short blocks wrapped around a form: a sign-up box, a search box.

    Their text asks the reader to do something; it is not the story, wherever it sits (a
    newsletter box between two paragraphs). The nearest ancestor of the form with text of its
    own is the box; a longer one (the story's own container) is not.
    """
    keys: set[Key] = set()
    for form in tree.iter("form"):
        inner = len(form.text_content().split())
        box = form.getparent()
        for _ in range(_BOX_CLIMB):
            if box is None or box.tag in ("body", "html"):
                break
            if len(box.text_content().split()) > inner:  # text of its own besides the form's
                break
            box = box.getparent()
        # text_content (C) counts at least the words element_text keeps: a long box is skipped
        # before its lines are built
        if box is None or box.tag in ("body", "html"):
            continue
        if len(box.text_content().split()) > BOX_MAX_WORDS + inner:
            continue
        lines = element_text(box).split("\n\n")
        if 0 < sum(len(_WORD.findall(line)) for line in lines) <= BOX_MAX_WORDS:
            keys.update(k for k in map(_key, lines) if k)
    return frozenset(keys)


_IMAGE_WRAPPERS = frozenset(("a", "picture"))  # what holds an image alone and is still the image
_NOT_FIGURES = _IMAGE_WRAPPERS | {"body", "html", "figure"}  # trafilatura drops <figure> itself
_NOT_CAPTIONS = _IMAGE_WRAPPERS | {"h1", "h2", "h3", "h4", "h5", "h6"}  # a headline: a card


def lone_text(el: HtmlElement) -> bool:
    """Holds text and no block: one run of words (a <span>, a <p>, a <figcaption>)."""
    return not any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in el.iterdescendants())


def image_captions(tree: HtmlElement) -> frozenset[Key]:
    """The lines of the text that stands beside an image in a box holding only the two.

    A box of an image and one run of text is a figure, whatever its tags: `<figure>` with its
    `<figcaption>`, or `<div class="img_wrapper"><img><span>` on a portal that predates
    `<figure>`. trafilatura drops `<figure>` and everything in it; the same box written in
    divs and spans gets through to both extractors (set R's portal pages: two captions per
    story, precision 0.84). The box holds nothing else, and no text of its own. A `<figure>`
    is left out: trafilatura drops it already, and its captions made `drop_boxes` run on most
    modern pages (paired cost on D 301 +0.014 of trafilatura's time with it, +0.009 without).
    """
    keys: set[Key] = set()
    for img in tree.iter("img"):
        holder = img
        box = img.getparent()
        while box is not None and box.tag in _IMAGE_WRAPPERS and len(box) == 1:
            holder, box = box, box.getparent()
        # a link around an image and a headline is a teaser card, not a figure
        if box is None or box.tag in _NOT_FIGURES or len(box) != 2:
            continue
        other = box[1] if box[0] is holder else box[0] if box[1] is holder else None
        if other is None or not isinstance(other.tag, str) or other.tag in _NOT_CAPTIONS:
            continue
        if any((t or "").strip() for t in (box.text, holder.tail, other.tail)):
            continue
        if lone_text(other):
            keys.update(k for k in map(_key, element_text(other).split("\n\n")) if k)
    return frozenset(keys)


def drop_boxes(text: str, boxes: frozenset[Key]) -> str:
    """`text` without the lines of form boxes, unless little would be left (then it is kept)."""
    if not boxes:
        return text
    lines = text.splitlines()
    kept = [line for line in lines if _key(line) not in boxes]
    if len(kept) == len(lines) or not enough_left(kept):
        return text
    return "\n".join(kept)


def enough_left(lines: list[str]) -> bool:
    """A box drop leaves a story: `_STORY_MIN_WORDS` words or more (counted until it knows)."""
    count = 0
    for line in lines:
        count += len(_WORD.findall(line))
        if count >= _STORY_MIN_WORDS:
            return True
    return False


def drop_cards(text: str, cards: list[dict[Key, int]]) -> str:
    """`text` without the lines of teaser cards that follow its story (as `drop_threads`)."""
    if not cards:
        return text
    lines = text.splitlines()
    keys = [_key(line) for line in lines]
    for owner in cards:
        which = [owner.get(k) for k in keys]
        # the list starts where two of its cards show within a few lines: one line that only
        # happens to equal an excerpt (a quote, a stock sentence) is not the list
        start = next(
            (
                i
                for i, n in enumerate(which)
                if n is not None
                and len({m for m in which[i : i + _CARD_WINDOW] if m is not None}) >= 2
            ),
            len(lines),
        )
        if start == len(lines):
            continue
        inside = [i >= start and n is not None for i, n in enumerate(which)]
        kept = _drop_after_story(lines, inside)
        if len(kept) < len(lines):
            lines, keys = kept, [_key(line) for line in kept]
    return "\n".join(lines)


def _drop_after_story(lines: list[str], inside: list[bool]) -> list[str]:
    first = inside.index(True) if True in inside else len(lines)
    if sum(len(_WORD.findall(line)) for line in lines[:first]) < _STORY_MIN_WORDS:
        return lines
    return lines[:first] + [
        line for line, i in zip(lines[first:], inside[first:], strict=True) if not i
    ]


def drop_threads(text: str, tree: HtmlElement, link_texts: Callable[[], frozenset[Key]]) -> str:
    """`text` without the lines of a comment thread that follows its story on the page.

    Only lines from the first thread line on are dropped, and only when at least
    `_STORY_MIN_WORDS` words precede it: a text that opens with the repeated items (a live blog
    whose every post carries a share link) is all items, and is kept.
    """
    lines = text.splitlines()
    if not _has_repeated_short_line(lines):
        return text
    for label in thread_labels(lines, link_texts()):
        block = _thread_block(tree, label)
        if block is None:
            continue
        keys = _block_keys(block)
        lines = _drop_after_story(lines, [k in keys for k in map(_key, lines)])
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Items of one list: live-blog posts, the parts of a split story

_ITEM_MIN_BLOCKS = 2  # an item holds blocks (a post's time, heading and paragraphs), not a line
_FIND_PREFIX = 40  # characters of a line used to find its text in the page
# `descendant::` where `//` stood: the same nodes, without `//`'s set of every node before the
# step (~10%); _FIRST_WITH's [1] on its step ends the walk at the first (`(...)[1]` walked on)
_TEXT_WITH = XPath("/descendant::body/descendant::text()[contains(., $s)]")
_TEXT_HOLDING = XPath("/descendant::body/descendant::text()[contains(normalize-space(.), $s)]")
_FIRST_WITH = XPath("/descendant::body/descendant::text()[contains(., $s)][1]")


def _compound(el: HtmlElement) -> bool:
    """Holds at least two block elements (a set lookup per child, counted to two: lxml's filter
    by the 37 names is built at each call, 5x the time). Comments' tags are no names."""
    blocks = (c for c in el if c.tag in _BLOCK_TAGS) if len(el) >= _ITEM_MIN_BLOCKS else ()
    return sum(1 for _ in itertools.islice(blocks, _ITEM_MIN_BLOCKS)) == _ITEM_MIN_BLOCKS


def _signature(el: HtmlElement) -> tuple[object, str]:
    return el.tag, " ".join((el.get("class") or "").split())


def element_of(tree: HtmlElement, line: str, first: bool = False) -> HtmlElement | None:
    """The element whose text holds the start of `line`, if the page has exactly one (or the
    first in document order, with `first`: then the raw text only).

    The raw text is searched first (most text nodes have single spaces: a third of the time of
    normalising every node), the normalised text when that finds nothing.
    """
    prefix = line[:_FIND_PREFIX].rsplit(" ", 1)[0] if len(line) > _FIND_PREFIX else line
    if first:  # the raw text only: the normalised search costs several times more
        found = _FIRST_WITH(tree, s=prefix)  # more than one: a page of several <body>s
        found = found if len(found) < 2 else _TEXT_WITH(tree, s=prefix)[:1]
    else:
        found = _TEXT_WITH(tree, s=prefix) or _TEXT_HOLDING(tree, s=prefix)
    if len(found) != 1:
        return None
    parent: HtmlElement | None = found[0].getparent()
    if parent is not None and found[0].is_tail:
        parent = parent.getparent()
    return parent


def _first_found(tree: HtmlElement, lines: list[str]) -> HtmlElement | None:
    for line in lines:
        el = element_of(tree, line)
        if el is not None:
            return el
    return None


def _sibling_items(el: HtmlElement) -> tuple[list[HtmlElement], list[HtmlElement]] | None:
    """The items of the list `el` is in: before and after its own item.

    An item is the nearest ancestor that holds blocks and whose parent holds another element
    of the same tag and class that holds blocks: the posts of a live blog, the containers of a
    story split around an advert. None when `el` is in no such list.
    """
    for item in (el, *el.iterancestors()):
        parent = item.getparent()
        if parent is None or item.tag in ("body", "html"):
            return None
        if not _compound(item):
            continue
        sig = _signature(item)
        peers = [c for c in parent if c is not item and _signature(c) == sig and _compound(c)]
        if peers:
            index = parent.index(item)
            before = [c for c in peers if parent.index(c) < index]
            return before, [c for c in peers if parent.index(c) > index]
    return None


_COMPONENT_CLIMB = 3  # levels from a paragraph up to the component that wraps it
# a build hash: letters and digits mixed, 5+ characters (ssrcss-05bcef4-..., e1xue1i80); not a
# grid's number (Bootstrap's col-md-3: its columns are no components of one kind)
_HASHED = re.compile(r"^(?=.*\d)(?=.*[a-z])[a-z0-9]{5,}$", re.IGNORECASE)


def _stable_class(el: HtmlElement) -> str:
    """The class without its build hashes: CSS-in-JS names each component's wrapper
    "ssrcss-<hash>-ComponentWrapper e1xue1i80", the hash differing between wrappers of one kind."""
    parts = (
        "-".join(p for p in token.split("-") if p and not _HASHED.match(p))
        for token in (el.get("class") or "").split()
    )
    return " ".join(p for p in parts if p)


def _components_before(el: HtmlElement) -> list[HtmlElement] | None:
    """The components before the one `el` is in: a page rendered from components wraps each
    paragraph in its own wrapper (one tag, one class once the build hashes are gone), so the
    story's paragraphs are peers one by one, and readability's scoring may leave out the first
    ones (set F's broadcaster pages: the first two of three text blocks). None when `el` is in
    no such wrapper."""
    item = el
    for _ in range(_COMPONENT_CLIMB):
        parent = item.getparent()
        if parent is None or item.tag in ("body", "html"):
            return None
        stable = _stable_class(item)
        # a hashed class that keeps a name after the build's prefix ("ssrcss-ComponentWrapper");
        # Emotion's "css-<hash>" keeps the prefix alone, the same for every element of the page
        if "-" in stable and stable != (item.get("class") or "").strip():
            sig = (item.tag, stable)
            index = parent.index(item)
            before = [c for c in parent[:index] if (c.tag, _stable_class(c)) == sig]
            if before:
                return before
        item = parent
    return None


_PART_CLIMB = 2  # levels from a paragraph up to the container of a story's later part
_PART_MIN_WORDS = 40  # a story's first part is paragraphs, not a standfirst or a byline


_PART_MAX_LINK_SHARE = 0.3  # of its words in links: a sidebar of categories is links
LINK_SHARE = _PART_MAX_LINK_SHARE  # the same bound wherever a block is prose or links


def _is_prose(el: HtmlElement) -> bool:
    words = len(el.text_content().split())
    linked = sum(len(a.text_content().split()) for a in el.iter("a"))
    return words >= _PART_MIN_WORDS and linked < _PART_MAX_LINK_SHARE * words


def _part_before(el: HtmlElement) -> list[HtmlElement] | None:
    """The story's first part, when `el` is in its second: blog engines put the text before the
    "more" break and the rest in two sibling containers (TypePad's entry-body and entry-more),
    and readability's scoring keeps the longer one (set E's old-blog pages). The container
    right before holds blocks and paragraphs' worth of words, few of them in links (a sidebar of
    categories before the story's column is no part of it); None otherwise."""
    item = el
    for _ in range(_PART_CLIMB):
        prev = item.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is not None and _compound(prev) and _is_prose(prev):
            return [prev]
        parent = item.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        item = parent
    return None


def _keys_of(items: list[HtmlElement]) -> frozenset[Key]:
    return frozenset(k for item in items for k in map(_key, element_text(item).split("\n\n")) if k)


def span_with_items(lines: list[str], first: int, last: int, tree: HtmlElement) -> tuple[int, int]:
    """Widen `lines[first:last + 1]` over the neighbouring lines that are the same list's items.

    readability's scoring sometimes leaves out the first post of a live blog or the last part
    of a split story; what trafilatura alone holds before and after readability's text is then
    not all furniture. A line that belongs to another item of the list that readability's first
    (or last) line sits in is story: the span grows over such lines, and stops at the first
    line that is not one (the headline, a standfirst, a newsletter box).
    """
    for end, step in ((first, -1), (last, 1)):
        # the end line may occur twice on the page (a post's heading in a "Key events" list):
        # a line further in belongs to the same list, and its item's neighbours still cover it
        inward = range(end, last + 1 if step < 0 else first - 1, -step)
        el = _first_found(tree, [lines[i] for i in itertools.islice(inward, 3)])
        found = _sibling_items(el) if el is not None else None
        if found is None and step < 0 and el is not None:
            # the story's first paragraphs in their own components, before readability's first
            # (the end side is not widened so: the components after a story are its tag list
            # and related links, built by the same wrapper)
            before = _components_before(el) or _part_before(el)
            found = (before, []) if before else None
        if found is None:
            continue
        keys = _keys_of(found[0] if step < 0 else found[1])
        i = end + step
        while 0 <= i < len(lines) and _key(lines[i]) in keys:
            i += step
        if step < 0:
            first = i + 1
        else:
            last = i - 1
    return first, last


# ---------------------------------------------------------------------------------------------
# A list's heading left over without its list

_LIST_HEADING_MAX_CHARS = 80  # longer lines are never a list's heading (a cheap test first)
_LIST_BOX_CLIMB = 2  # levels from the heading up to the box that holds its links
_LIST_BOX_OTHER_WORDS = 2  # words in the box besides the heading and the links (bullets, "|")


def _list_of(tree: HtmlElement, line: str) -> frozenset[Key] | None:
    """The link texts of the box `line` heads, if that box is the heading and links only."""
    el = element_of(tree, line)
    for _ in range(_LIST_BOX_CLIMB):
        if el is None or el.tag in ("body", "html"):
            return None
        el = el.getparent()
        if el is None or el.tag in ("body", "html"):
            return None
        links = list(el.iter("a"))
        if len(links) >= THREAD_MIN_ITEMS:
            linked = sum(len(_WORD.findall(a.text_content())) for a in links)
            other = len(_WORD.findall(el.text_content())) - linked - len(_WORD.findall(line))
            if other > _LIST_BOX_OTHER_WORDS:
                return None
            return frozenset(k for k in (_key(a.text_content()) for a in links) if k)
    return None


def drop_orphan_headings(text: str, tree: HtmlElement, is_heading: Callable[[str], bool]) -> str:
    """`text` without the list headings whose list it does not hold (see the module docstring)."""
    lines = text.splitlines()
    heads = [
        i
        for i, line in enumerate(lines)
        if len(line) <= _LIST_HEADING_MAX_CHARS and is_heading(" ".join(line.split()))
    ]
    if not heads:
        return text
    keys = {_key(line) for line in lines}
    drop = set()
    for i in heads:
        items = _list_of(tree, lines[i])
        if items and not items & keys:
            drop.add(i)
    return "\n".join(line for i, line in enumerate(lines) if i not in drop) if drop else text


# ---------------------------------------------------------------------------------------------
# A forum thread: the first post and its replies

Thread = tuple[HtmlElement, list[HtmlElement]] | None  # a first post and its replies

_REPLIES_MIN = THREAD_MIN_ITEMS  # later posts that make the first post's list a thread
_REPLY_MAX_SHARE = 0.5  # each reply under this share of the first post's words
_FOCUS_OTHERS = 2  # posts of the compact template that make the odd one a focused post
_ANCHOR_MIN_WORDS = 8  # a line long enough to be found once on the page ...
_PROSE_END = re.compile(r"[.!?…\"”’)]$")  # ... and ending like a sentence (a title does not)
_ANCHOR_LINES = 8  # lines of the candidate looked at for its anchor


def holds_blocks(el: HtmlElement) -> bool:
    """At least two block elements inside (a post's profile, text, buttons), at any depth (a set
    lookup per node, as `_compound`: blocks come early, lxml's 37-name filter costs 5x)."""
    inside = (d for d in el.iterdescendants() if d.tag in _BLOCK_TAGS)
    return sum(1 for _ in itertools.islice(inside, _ITEM_MIN_BLOCKS)) == _ITEM_MIN_BLOCKS


def main_class(el: HtmlElement) -> str:
    classes = (el.get("class") or "").split()
    return classes[0] if classes else ""


_SKELETON_DEPTH = 3  # single-child wrappers looked through


def _skeleton(el: HtmlElement) -> frozenset[tuple[object, str]]:
    """The (tag, main class) of an element's parts, through single-child wrappers: posts made from
    one template share it (profile, text, buttons); a page builder's blocks of different kinds
    (text, image, spacer) do not."""
    node = el
    for _ in range(_SKELETON_DEPTH):
        if len(node) != 1:
            break
        node = node[0]
    return frozenset((c.tag, main_class(c)) for c in node if isinstance(c.tag, str))


def _signed(post: HtmlElement) -> bool:
    """A forum post names its author as a link (to the profile); a page builder's text, image or
    embed blocks, built alike too (Google Sites' sections, Notion's text blocks), hold none."""
    return post.find(".//a[@href]") is not None


def _replies_after(el: HtmlElement) -> Thread:
    """The first post `el` is in and the replies after it (see the module docstring), or None."""
    for item in (el, *el.iterancestors()):
        parent = item.getparent()
        if parent is None or item.tag in ("body", "html"):
            return None
        main = main_class(item)
        if not main or not holds_blocks(item):
            continue
        peers = [c for c in parent.iterchildren(str(item.tag)) if main_class(c) == main]
        if len(peers) < 2:
            continue
        return _first_post(item, peers) or _focused_post(peers)
    return None


def _first_post(item: HtmlElement, peers: list[HtmlElement]) -> Thread:
    """`item` opens a thread of replies built from its own template (a forum's first post)."""
    if peers[0] is not item or len(peers) <= _REPLIES_MIN:
        return None
    first = len(item.text_content().split())
    later = peers[1:]
    shape = _skeleton(item)
    if _signed(item) and all(
        len(c.text_content().split()) < _REPLY_MAX_SHARE * first
        and _skeleton(c) == shape
        and _signed(c)
        for c in later
    ):
        return item, later
    return None


def _focused_post(peers: list[HtmlElement]) -> Thread:
    """The one post a status page is about, among the thread around it (the post it replies to
    before it, the replies after it): a microblog (Mastodon, a Twitter-like page) renders the
    focused post in its own detailed template and every other post in one compact template.
    So: all posts signed; the longest built from a template no other post uses, the others (at
    least `_FOCUS_OTHERS`) all from one template and each under half its length (a reply is a
    sentence or two; a live blog's featured post among posts as long as it is is no focus)."""
    if len(peers) <= _FOCUS_OTHERS or not all(map(_signed, peers)):
        return None
    sizes = [len(c.text_content().split()) for c in peers]
    shapes = [_skeleton(c) for c in peers]
    at = sizes.index(max(sizes))
    counts = Counter(shapes)
    if len(counts) != 2 or counts[shapes[at]] != 1:  # noqa: PLR2004 (two templates)
        return None
    if all(n < _REPLY_MAX_SHARE * sizes[at] for i, n in enumerate(sizes) if i != at):
        return peers[at], peers[:at] + peers[at + 1 :]
    return None


def _thread_keys(first: HtmlElement, replies: list[HtmlElement]) -> tuple[frozenset[Key], ...]:
    """The keys of the replies' lines, of the first post's, and of the replies before it in its
    parent less the first post's (none but for a focused post)."""
    own, parent = _keys_of([first]), first.getparent()
    at = parent.index(first) if parent is not None else 0
    earlier = [c for c in replies if parent is not None and parent.index(c) < at]
    return _keys_of(replies), own, (_keys_of(earlier) - own if earlier else frozenset())


def drop_replies(text: str, tree: HtmlElement, page: dict[str, Any] | None = None) -> str:
    """`text` without the replies of a forum thread whose first post it opens in.

    `page` keeps the thread (or its absence) that the first candidate found on the page: the
    candidates of one page open in the same post or not at all, and finding a line on the page
    is this step's cost (one search per page, not one per candidate).
    """
    lines = text.splitlines()
    if page is not None and "thread" in page:
        thread = page["thread"]
    else:
        anchor = next(
            (
                " ".join(line.split())
                for line in lines[:_ANCHOR_LINES]
                if len(line.split()) >= _ANCHOR_MIN_WORDS and _PROSE_END.search(line.rstrip())
            ),
            None,
        )
        # the first occurrence: a reply may quote the post's opening line, after the post
        el = element_of(tree, anchor, first=True) if anchor else None
        if el is None:
            return text  # not found: another candidate may open on a line that is
        thread = _replies_after(el)
        if page is not None:
            page["thread"] = thread
    if thread is None:
        return text
    page = {} if page is None else page  # the thread's lines keyed once per page too
    if "keys" not in page:
        page["keys"] = _thread_keys(*thread)
    keys, own, gone = page["keys"]
    # a reply may repeat a line of the post (a quote): the replies start at the first line that
    # only they hold; from there on, every line they hold is theirs
    line_keys = [_key(line) for line in lines]
    if gone:  # a focused post after the post it replies to: that post's lines go too
        kept = [(line, k) for line, k in zip(lines, line_keys, strict=True) if k not in gone]
        lines, line_keys = [line for line, _ in kept], [k for _, k in kept]
    start = next((i for i, k in enumerate(line_keys) if k in keys and k not in own), len(lines))
    inside = [i >= start and k in keys for i, k in enumerate(line_keys)]
    return "\n".join(_drop_after_story(lines, inside))
