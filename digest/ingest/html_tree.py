"""HTML parsed into lxml.html trees whose elements get their Python class without a Python call.

lxml.html's parsers give each element its class (`FormElement` for <form>, `HtmlElement` for
most) through `HtmlElementClassLookup.lookup`, a Python method that lxml calls every time
Python code first touches an element of the tree. The extraction of one article page touches
its elements thousands of times (trafilatura's passes over its copies of the tree, readability's
scoring, our own passes): on the small constructed pages of bench/bench_pages.py --set d this
lookup was ~5% of `extract_page`'s time. `FAST_LOOKUP` gives every node the same class from
lxml's C-level lookups: a namespace registry of lxml.html's special element classes by tag
name, and the HtmlElement/HtmlComment/HtmlProcessingInstruction/HtmlEntity defaults for the
rest. The parsers here are lxml.html's and trafilatura's with only that lookup changed, so the
trees are the same trees (tests/test_html_tree.py compares them, and their classes, node by
node).

The one difference: lxml.html lowercases a tag name before looking it up, the registry does
not. lxml's HTML parser lowercases every tag name itself, and nothing here creates a <FORM>.
"""

from __future__ import annotations

import lxml.html
from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlElementClassLookup,
    HtmlEntity,
    HtmlProcessingInstruction,
)

__all__ = ["FAST_LOOKUP", "document_fromstring", "fragment_fromstring", "load_page", "new_element"]


def _fast_lookup() -> etree.ElementNamespaceClassLookup:
    defaults = etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
    lookup = etree.ElementNamespaceClassLookup(defaults)
    # lxml.html's table of special classes by tag name (<form>, <input>, <label>, <select>...)
    special = HtmlElementClassLookup._default_element_classes  # type: ignore[attr-defined]
    lookup.get_namespace(None).update(special)
    return lookup


FAST_LOOKUP = _fast_lookup()


def _with_fast_lookup(parser: lxml.html.HTMLParser) -> lxml.html.HTMLParser:
    parser.set_element_class_lookup(FAST_LOOKUP)
    return parser


# lxml.html's default parser (lxml.html.html_parser), for fragments
_FRAGMENT_PARSER = _with_fast_lookup(lxml.html.HTMLParser())
# trafilatura's (trafilatura.utils.HTML_PARSER), for pages
_PAGE_PARSER = _with_fast_lookup(
    lxml.html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
)


def document_fromstring(html: str) -> HtmlElement:
    """`lxml.html.document_fromstring(html)`."""
    return lxml.html.document_fromstring(html, parser=_FRAGMENT_PARSER)


def fragment_fromstring(html: str) -> HtmlElement:
    """`lxml.html.fragment_fromstring(html)`."""
    return lxml.html.fragment_fromstring(html, parser=_FRAGMENT_PARSER)


def new_element(tag: str) -> HtmlElement:
    """An empty element, as `fragment_fromstring(f"<{tag}/>")` gives it but not parsed from
    markup (a whole document for one element), and on no parent."""
    return _FRAGMENT_PARSER.makeelement(tag)


def _from_bytes(text: str) -> HtmlElement | None:
    try:
        return lxml.html.fromstring(text.encode("utf8", "surrogatepass"), parser=_PAGE_PARSER)
    except Exception:  # trafilatura logs it and goes on without a tree
        return None


# The characters trafilatura's `repair_faulty_html` removes (its INVALID_XML_CHARS): a substring
# test for each of them is ~2.5x faster than its regex's scan of the whole page (0.34 against
# 0.81 ms on a real page of ~115 kB), and a page rarely holds one.
_INVALID_XML_CHARS = tuple(map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)))


def _repaired(text: str, beginning: str) -> str:
    """trafilatura's `repair_faulty_html(text, beginning)`, whose first step, removing the
    characters above, is skipped when none occurs: the same string."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, repair_faulty_html

    if any(char in text for char in _INVALID_XML_CHARS):
        return repair_faulty_html(text, beginning)
    # its other steps, as it runs them
    if "doctype" in beginning:
        firstline, _, rest = text.partition("\n")
        text = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            text = FAULTY_HTML.sub(r"\1>", text, count=1)
            break
    return text


def load_page(html: str | bytes) -> HtmlElement | None:
    """`trafilatura.load_html(html)` for a page's str or bytes: the same tree, or None.

    trafilatura 2.3's steps with its own helpers: decode, repair, parse the str (its bytes if
    lxml refuses a str that declares an encoding, or if the str gives an empty tree), and no
    tree for something that does not say it is HTML and parses to a single element.
    tests/test_html_tree.py checks that the result is load_html's, on the benchmark pages and
    on inputs that take each of these paths.
    """
    try:
        from trafilatura.utils import (  # noqa: F401
            DOCTYPE_TAG,
            FAULTY_HTML,
            decode_file,
            is_dubious_html,
            repair_faulty_html,
        )
    except ImportError:  # a trafilatura without these steps: its own loader, its own parser
        import trafilatura

        return trafilatura.load_html(html)
    if not isinstance(html, (bytes, str)):
        raise TypeError("incompatible input type", type(html))
    text = decode_file(html)
    beginning = text[:50].lower()
    dubious = is_dubious_html(beginning)
    text = _repaired(text, beginning)
    tree = None
    from_bytes = False
    try:
        tree = lxml.html.fromstring(text, parser=_PAGE_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree, from_bytes = _from_bytes(text), True
    except Exception:  # trafilatura logs it and tries the bytes
        pass
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _from_bytes(text)
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree
