"""readability-lxml, the second extractor, at about half its cost and with the same output.

`digest.ingest.extract` runs two extractors per page. trafilatura's pass is trafilatura's
own. readability-lxml was ~0.43 of trafilatura's whole time per page, mostly in steps whose
cost is in how they are written, not in what they compute:
- Python's case-blind search of long word lists;
- serialising every <div>'s children to test them for a block tag;
- three regex substitutions over the text of every paragraph;
- debug messages formatted whether logged or not.

The subclass here replaces those steps with versions that give the same result. Each one is
tested against the formulation it replaces (tests/test_extract_equivalence.py). The same text
as stock readability-lxml 0.9 on the 181 benchmark pages and on 543 perturbed copies
(notes/extract.md, session 5).

Session 8 took another ~20% off its time on small pages (1.8 -> 1.5 ms per page on the
constructed set D), again without changing a byte of its output: the block-tag test walks the
tree instead of evaluating nine `starts-with(name(), ...)` per element (4x faster); a leaf's
text length comes from `.text`, other elements' from the compiled XPath behind `text_content`;
its ~60 tag lists per page come from `iterdescendants`, not findall's ElementPath; XPaths are
compiled once; new <p>s are made by `makeelement`, not by parsing "<p/>" as a document; and the
trees it reads are parsed with a C-level element class lookup (`html_tree`). Checked in
tests/test_extract_speed.py and by `bench/bench_extract_speed.py` (notes/perf.md, session 8).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from copy import deepcopy
from functools import cache
from typing import Any

from lxml.etree import Comment, XPath, strip_elements, tostring, tounicode
from lxml.html import HtmlElement

from digest.ingest.html_tree import fragment_fromstring, new_element

__all__ = ["READABILITY_PRUNE", "pruned_copy", "readability_article", "readability_summary"]


# Never content, and readability's own cleaning of them is the slow part of its run.
READABILITY_PRUNE: tuple[Any, ...] = (
    *"script style noscript svg iframe nav footer aside form select button".split(),
    Comment,
)
# No element of these tags is left in what readability reads (`pruned_copy`), and readability
# makes only <p>s and <div>s: its searches for them (script, style, noscript, form, iframe, aside,
# footer: seven walks of the page or the article per page) find nothing, and are not made.
_PRUNED_TAGS = frozenset(tag for tag in READABILITY_PRUNE if isinstance(tag, str))
_SEMANTIC_TESTED = frozenset(("form", "aside", "nav"))  # see get_semantic_article_candidate
_READABILITY_INLINE = frozenset(
    "a b cite code em font i small span strong sub sup u".split()
)  # readability's inline tags: runs of them under a <div> become a paragraph


_STRING_VALUE = XPath("string()", smart_strings=False)  # what HtmlElement.text_content calls


# libxml2's normalize-space collapses runs of XPath's four whitespace characters (space, tab,
# CR, LF); Python's `str.split()` also breaks at these (every other `str.isspace()` character)
_SPLIT_ONLY_SPACES = (
    "\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_COLLAPSED_LENGTH = XPath("string-length(normalize-space())")
_COLLAPSED_IN_C = 1000  # characters: below, split and join cost less than the scans and the XPath


def _text_length(el: HtmlElement) -> int:
    """The length of an element's text with its whitespace runs counted as one character.

    A leaf (most links) holds only its `.text`; other elements' text comes from the XPath that
    `text_content` wraps, without the method call: readability asks this ~65 times per page.
    A long text (the containers readability weighs: the page's whole text, 3-5 kB on small
    pages) holding none of the spaces only Python splits at is measured by libxml2's
    normalize-space (the same length: code points counted, runs of the same four spaces made
    one, ends stripped): half the time of splitting it into words and joining them.
    """
    text = (el.text or "") if len(el) == 0 else _STRING_VALUE(el)
    if len(text) < _COLLAPSED_IN_C or any(space in text for space in _SPLIT_ONLY_SPACES):
        return len(" ".join(text.split()))
    return int(_COLLAPSED_LENGTH(el))


def _no_description(node: object, depth: int = 1) -> str:
    return ""


_EMPTY_ELEMENT = re.compile(r"<(\w+)/>")


def _fragment(html: str) -> HtmlElement:
    """readability's `fragment_fromstring`: its article's new `<div/>` made, not parsed."""
    empty = _EMPTY_ELEMENT.fullmatch(html)
    return fragment_fromstring(html) if empty is None else new_element(empty[1])


_LONG_SPACE = re.compile(r"\s{255,}")
_TAB_OR_SPACES = re.compile(r"\t|[ \t]{2,}")


def _clean(text: str) -> str:
    """readability's `clean`, the same string at a fraction of the cost on long texts.

    readability cleans the text of every paragraph it scores with three regex substitutions;
    its `\\s*\\n\\s*` tries a match at every character. Each whitespace run holding a newline
    becomes one newline: split at the newlines, strip the pieces, drop the empty ones. The other
    two substitutions run only when their pattern can occur (a run of 255 whitespace characters
    holds an all-whitespace block of 128 starting at a multiple of 128; the tab rule needs a tab
    or two spaces).
    """
    # a run of 255 whitespace characters holds a whole aligned block of 128: test the blocks
    if any(text[i : i + 128].isspace() for i in range(0, len(text) - 127, 128)):
        text = _LONG_SPACE.sub(" " * 255, text)
    if "\n" in text:
        text = "\n".join(filter(None, (piece.strip() for piece in text.split("\n"))))
    if "\t" in text or "  " in text:
        text = _TAB_OR_SPACES.sub(" ", text)
    return text.strip()


def _block_holders(root: HtmlElement, block_start: re.Pattern[str]) -> set[HtmlElement]:
    """Elements with a descendant whose markup `block_start` matches ("<div", "<p", "<table"...).

    readability asks this of every <div> by serialising its children and searching the string:
    quadratic in the depth of the page, a quarter of its time. One pass that marks the ancestors
    of every matching node answers the same question for all of them. Only tags can match in an
    element's markup (lxml escapes "<" in text and attributes); a comment or processing
    instruction is searched as readability would. A walk over every node with the verdict per
    tag name kept is a quarter of the time of an XPath that selects the matching names first
    (nine `starts-with(name(), ...)` per element).
    """
    holders: set[HtmlElement] = set()
    starts: dict[str, bool] = {}
    for node in root.iter():
        tag = node.tag
        if isinstance(tag, str):
            hit = starts.get(tag)
            if hit is None:
                hit = starts[tag] = block_start.search("<" + tag) is not None
        else:
            markup = str(tostring(node, encoding="utf-8", with_tail=False))
            hit = block_start.search(markup) is not None
        if hit:
            parent = node.getparent()
            while parent is not None and parent not in holders:
                holders.add(parent)
                parent = parent.getparent()
    return holders


def _word_finder(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """`pattern.search`, for readability's case-blind lists of lowercase words, ten times faster.

    Python's case-blind search of a long alternation costs ~15 µs per class string, and
    readability asks it of every class and id on the page: on ASCII text, lowercasing the text
    and searching case-sensitively finds the same matches.
    """
    text = pattern.pattern
    if not (pattern.flags & re.IGNORECASE and re.fullmatch(r"[a-z|-]+", text)):
        return lambda s: pattern.search(s) is not None
    lower = re.compile(text)
    return lambda s: (lower.search(s.lower()) if s.isascii() else pattern.search(s)) is not None


# XPaths compiled once, not at each call as `element.xpath(text)` does. The elements holding
# either attribute are found by their attributes (a union of the two attribute steps, then their
# owners: the same elements in document order), not by a predicate asked of every element:
# libxml2 builds a node-set for each `@name` in a predicate, a third of the time per page
# (pruned copy 33 -> 10 us, unlikely candidates 19 -> 8 us on sets J and D).
_HIDDEN_OR_STYLED = XPath("(//@hidden | //@style)/..")
_WITH_CLASS_OR_ID = XPath("(descendant::*/@class | descendant::*/@id)/..")
_CODE_TAGS = ("pre", "code")
_ARTICLE_TAGS = ("main", "article", "math")


def _in_code(elem: HtmlElement) -> bool:
    """`ancestor-or-self::pre | ancestor-or-self::code` finds a node: without an XPath's setup."""
    return elem.tag in _CODE_TAGS or next(elem.iterancestors(*_CODE_TAGS), None) is not None


def _holds_article(elem: HtmlElement) -> bool:
    """`descendant-or-self::main | descendant-or-self::article | descendant-or-self::math` finds
    a node (`iter` starts at the element itself): one C-level walk, not three."""
    return next(elem.iter(*_ARTICLE_TAGS), None) is not None


# A form that holds the page's headline (<h1>) is no form box: ASP.NET WebForms (Kentico, older
# Sitefinity and DotNetNuke sites) puts one <form> around the whole page. Pruned whole, it took
# the story with it and readability found nothing; stock readability-lxml drops forms only
# inside the article it has chosen. A form around a post's text alone (old Reddit's
# `form.usertext`) holds no headline and is pruned as before.


def pruned_copy(tree: HtmlElement) -> HtmlElement:
    """What readability reads: a copy of the page without the pruned tags and without what a
    browser hides (`hidden`, `display: none`), so a hidden block never wins on its text."""
    from readability.readability import REGEXES

    doc = deepcopy(tree)
    # the page in a form (ASP.NET): the form's tag only goes (lxml's `iter` by tag, cheaper
    # than an XPath's `//` walk of every node)
    for form in [f for f in doc.iter("form") if next(f.iter("h1"), None) is not None]:
        form.drop_tag()
    strip_elements(doc, *READABILITY_PRUNE, with_tail=False)
    # Hidden elements, then styled ones as they were before, in one list: a styled element
    # inside a hidden one (or the reverse) is dropped from a subtree already out of `doc`.
    for elem in _HIDDEN_OR_STYLED(doc):
        style = elem.get("style")
        if elem.get("hidden") is not None or REGEXES["displayNoneRe"].search(style or ""):
            elem.drop_tree()
    return doc


@cache
def _pruned_document_class() -> type:
    """readability-lxml's Document with its costs taken out, built once.

    - readability runs lxml's Cleaner (scripts, styles, javascript: links) over its input, a
      quarter of its time, where pruning the never-content elements does the same work here;
      each parse (readability parses again when its first, ruthless pass finds too little)
      starts from a fresh copy, as its own Cleaner's did;
    - its text_length runs two regex substitutions per call, for every candidate container:
      the same length (whitespace runs count as one character) from split/join;
    - it measures link density with two regex passes per link;
    - its search for unlikely containers (by class and id) visits every element; only those
      with a class or an id can match;
    - its test for a <div> that holds no block serialises the div's children: see
      `_block_holders`;
    - it cleans every paragraph's text with a regex that tries every character: see `_clean`;
    - it lists the elements of a tag by `findall(".//tag")`, ~60 times per page: lxml's
      ElementPath, written in Python, turns that path into `iterdescendants(tag)`, which is
      called here directly (one list per tag name, made when the name is reached, as before);
    - it formats debug messages whether or not they are logged (a node's path and the first
      words of its whitespace-collapsed text, for every container it keeps), and the formatting
      keeps every described node in a module-level dict; those messages lose their details.
    The same text as stock readability-lxml 0.9 on every benchmark page and on perturbed copies
    of them (notes/extract.md), in about half its time. If a release renames these methods, the
    overrides are simply unused.
    """
    import readability.readability as readability_module
    from readability import Document as ReadabilityDocument
    from readability.readability import REGEXES

    if getattr(readability_module, "text_length", None) is not None:
        readability_module.text_length = _text_length
    if getattr(readability_module, "clean", None) is not None:
        readability_module.clean = _clean
    if getattr(readability_module, "fragment_fromstring", None) is not None:
        readability_module.fragment_fromstring = _fragment  # its article's new <div>
    for debug_only in ("describe", "text_content"):  # formatted into debug messages only
        if getattr(readability_module, debug_only, None) is not None:
            setattr(readability_module, debug_only, _no_description)
    unlikely, maybe = (
        _word_finder(REGEXES[k]) for k in ("unlikelyCandidatesRe", "okMaybeItsACandidateRe")
    )
    negative, positive = (_word_finder(REGEXES[k]) for k in ("negativeRe", "positiveRe"))
    block_start = REGEXES["divToPElementsRe"]

    class _PrunedDocument(ReadabilityDocument):
        article: HtmlElement | None = None
        markup = True  # False: `summary`'s markup is not read, only `article`

        def _parse(self, input: HtmlElement) -> HtmlElement:  # noqa: A002 - readability's name
            self.encoding = "utf-8"
            return pruned_copy(input)

        def get_clean_html(self) -> str:
            # the article whose markup this is (the last one is what `summary` returns)
            self.article = self.html
            if not self.markup and len(_STRING_VALUE(self.html)) >= self.retry_length:
                # `summary` only tests the markup's length (its retry); the markup holds every
                # character of the text (escaped or as is: no script or style is left, no void
                # element holds text in a parsed page nor gets any from readability, and the
                # attribute cleaning only cuts inside tags), so the text's length answers it
                return " " * self.retry_length
            return str(super().get_clean_html())

        def class_weight(self, e: HtmlElement) -> int:
            if self.positive_keywords or self.negative_keywords:
                return int(super().class_weight(e))
            weight = 0
            for feature in (e.get("class", None), e.get("id", None)):
                if feature:
                    weight += 25 * (positive(feature) - negative(feature))
            return weight

        def get_link_density(self, elem: HtmlElement) -> float:
            # half the elements asked hold no link text: 0.0 without measuring their own text
            linked = sum(_text_length(a) for a in elem.iter("a"))
            return linked / max(_text_length(elem), 1) if linked else 0.0

        def score_paragraphs(self) -> dict[HtmlElement, dict[str, Any]]:
            # readability's, with a childless paragraph's text read from its `.text` (what
            # `text_content`'s XPath gives it, without the call: ~18 paragraphs a page, most of
            # them childless) and the debug message per candidate, formatted whether logged or
            # not, left out: the same scores
            candidates: dict[HtmlElement, dict[str, Any]] = {}
            ordered = []
            for elem in self.tags(self._html(), "p", "pre", "td", "blockquote"):
                parent_node = elem.getparent()
                if parent_node is None:
                    continue
                grand_parent_node = parent_node.getparent()
                inner_text = _clean((elem.text or "") if len(elem) == 0 else _STRING_VALUE(elem))
                inner_text_len = len(inner_text)
                if inner_text_len < self.min_text_length:  # a short line is not counted
                    continue
                if parent_node not in candidates:
                    candidates[parent_node] = self.score_node(parent_node)
                    ordered.append(parent_node)
                if grand_parent_node is not None and grand_parent_node not in candidates:
                    candidates[grand_parent_node] = self.score_node(grand_parent_node)
                    ordered.append(grand_parent_node)
                content_score = 1 + len(inner_text.split(",")) + min(inner_text_len / 100, 3)
                candidates[parent_node]["content_score"] += content_score
                if grand_parent_node is not None:
                    candidates[grand_parent_node]["content_score"] += content_score / 2.0
            for elem in ordered:  # scaled by link density: prose holds few links
                candidates[elem]["content_score"] *= 1 - self.get_link_density(elem)
            return candidates

        def tags(self, node: HtmlElement, *tag_names: str) -> Iterator[HtmlElement]:
            for tag_name in tag_names:  # each name's list made when reached, as findall's was
                if tag_name not in _PRUNED_TAGS:
                    yield from list(node.iterdescendants(tag_name))

        def reverse_tags(self, node: HtmlElement, *tag_names: str) -> Iterator[HtmlElement]:
            for tag_name in tag_names:
                if tag_name not in _PRUNED_TAGS:
                    yield from reversed(list(node.iterdescendants(tag_name)))

        def get_semantic_article_candidate(self, candidates: Any, best_candidate: Any) -> Any:
            # readability weighs the page's <article>s only when its best candidate is inside a
            # form, an aside or a nav (an XPath compiled at each call): none is left to be in
            if _SEMANTIC_TESTED <= _PRUNED_TAGS:
                return best_candidate
            return super().get_semantic_article_candidate(candidates, best_candidate)

        def remove_unlikely_candidates(self) -> None:
            verdicts: dict[str, bool] = {}  # pages repeat their classes: one search per string
            for elem in _WITH_CLASS_OR_ID(self.html):
                s = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
                verdict = verdicts.get(s)
                if verdict is None:
                    verdict = verdicts[s] = unlikely(s) and not maybe(s)
                if (
                    verdict
                    and len(s) >= 2
                    and elem.tag not in ("html", "body")
                    and not _in_code(elem)
                    and not _holds_article(elem)
                ):
                    elem.drop_tree()

        def transform_misused_divs_into_paragraphs(self) -> None:
            holders = _block_holders(self.html, block_start)
            for elem in list(self.html.iterdescendants("div")):
                if elem not in holders:
                    elem.tag = "p"
            # readability's second half: inline runs and loose text in the divs left become
            # paragraphs (an inline element holding a block is known without serialising it)
            for elem in self.tags(self.html, "div"):
                children = list(elem)
                paragraph = None
                if elem.text and elem.text.strip():
                    p = elem.makeelement("p")
                    p.text = elem.text
                    elem.text = None
                    elem.insert(0, p)
                    paragraph = p
                for child in children:
                    if child.tag == "br":
                        paragraph = None
                        continue
                    if (
                        child.tag not in _READABILITY_INLINE
                        or child in holders  # holds a block: its markup matches, unserialised
                        or block_start.search(tounicode(child, method="html"))
                    ):
                        paragraph = None
                        continue
                    if paragraph is None:
                        paragraph = elem.makeelement("p")
                        child.addprevious(paragraph)
                    paragraph.append(child)
                for pos, child in reversed(list(enumerate(elem))):
                    if child.tail and child.tail.strip():
                        p = elem.makeelement("p")
                        p.text = child.tail
                        child.tail = None
                        elem.insert(pos + 1, p)
                    if child.tag == "br":
                        child.drop_tree()

    return _PrunedDocument


def readability_summary(tree: HtmlElement) -> str:
    """readability-lxml's article HTML for the page (raises what readability raises)."""
    document = _pruned_document_class()(tree)
    return str(document.summary(html_partial=True))


def readability_article(tree: HtmlElement) -> HtmlElement | None:
    """The element whose markup `readability_summary` returns, without its serialising and
    parsing again (raises what readability raises).

    Its text is that markup's: the markup is the element's own, less a few presentational
    attributes (readability's `clean_attributes`); parsing it back costs a quarter of the text's
    whole cost from readability's verdict (0.03 of trafilatura's time per page). The markup is
    not even made when the article's text is long enough for readability's retry test."""
    document = _pruned_document_class()(tree)
    document.markup = False
    document.summary(html_partial=True)
    return document.article
