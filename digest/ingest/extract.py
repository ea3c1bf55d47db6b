"""Article page HTML -> main text, site boilerplate stripped, the site's own related links kept.

Pure: takes strings, returns values; no network, disk or clock.

Why two extractions and not one: trafilatura alone (2.x) misreads some kinds of page. On some it
keeps only the first of an article's several body containers; on others it keeps a newsletter
box, a teaser card or a related list, or only that. readability-lxml scores containers by their
prose instead of looking for article markup, so it fails differently: where the two agree the
text is confident and nothing else runs; where they disagree, the rules in
`extract_rules` decide with the page's own evidence (the headline, og:description, which
paragraphs are link titles) and, rarely, trafilatura's precision pass or its full fallback
cascade. Before the rules compare them, each extraction loses what the page's structure shows
is not the story although its class names do not say so (`extract_blocks`: a comment thread, a
grid of teaser cards, a sign-up box), and the small boxes whose class names do say it: an advert,
a sponsor's segment, a call to action, a bibliography (`extract_marked`). A plain-text pass then
strips the headline and the site's trailing blocks. Figures: `bench/bench_extract.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml.etree import ParserError, XPath
from lxml.html import HtmlElement

from digest.ingest.extract_answered import answered_sections
from digest.ingest.extract_appendix import drop_appendix
from digest.ingest.extract_blocks import (
    Thread,
    card_lists,
    drop_boxes,
    drop_cards,
    drop_orphan_headings,
    drop_replies,
    drop_threads,
    form_boxes,
    image_captions,
    span_with_items,
)
from digest.ingest.extract_blocks import element_paragraphs as _element_paragraphs
from digest.ingest.extract_blocks import element_text as _element_text
from digest.ingest.extract_blocks import paragraphs as _paragraphs
from digest.ingest.extract_celled import add_celled
from digest.ingest.extract_endmatter import drop_end_matter
from digest.ingest.extract_framed import add_framed
from digest.ingest.extract_head import head_makers
from digest.ingest.extract_items import story_item
from digest.ingest.extract_linkbox import drop_link_boxes
from digest.ingest.extract_linkcard import drop_link_cards
from digest.ingest.extract_linkline import drop_link_lines
from digest.ingest.extract_lost import choose_article
from digest.ingest.extract_mail import drop_mail_furniture
from digest.ingest.extract_marked import (
    CLASS_VALUES,
    class_owners,
    drop_marked,
    marked_boxes,
    marked_indexes,
)
from digest.ingest.extract_markup import code_figures, paragraph_sections
from digest.ingest.extract_opening import OPENED, opened_text
from digest.ingest.extract_options import page_options as _options
from digest.ingest.extract_readability import readability_article
from digest.ingest.extract_recap import drop_recap
from digest.ingest.extract_ruled import ruled_footer
from digest.ingest.extract_rules import (
    BROAD,
    CASCADE,
    PRECISE,
    READABLE,
    Candidates,
    Evidence,
    agreement,
    shingles,
)
from digest.ingest.extract_shingles import LINE_END, forget_lines
from digest.ingest.extract_stamp import drop_headline, drop_stamp
from digest.ingest.extract_summary import Summary, drop_summary, summary_boxes
from digest.ingest.extract_textnodes import heading_texts, opening_words
from digest.ingest.extract_unfolded import add_makers
from digest.ingest.html_tree import document_fromstring, load_page
from digest.model.types import RelatedLink

__all__ = [
    "ExtractedPage",
    "extract_page",
    "finish_text",
    "html_to_text",
    "page_candidates",
    "strip_boilerplate",
]


@dataclass(frozen=True)
class ExtractedPage:
    """What an article page yields."""

    text: str  # main text, paragraphs separated by "\n\n", boilerplate stripped
    title: str | None  # page title if found (og:title, else <h1>, else <title>)
    related: tuple[RelatedLink, ...]  # the site's own "Check Also"/"Related" links, absolute URLs


# ---------------------------------------------------------------------------------------------
# Plain-text boilerplate

_WORD = re.compile(r"\w+")

# The tail headings that head a list of links to other pages (not comments, tags or a share bar):
# extract_blocks drops one from a candidate that kept the heading but not the list.
_LIST_HEADING_WORDS = r"""check\s+also
    |related\s+(?:posts?|articles?|stories|news|content|coverage|reading|items)
    |you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)|more\s+(?:stories|news|articles)\s+from\s+.{1,40}
    |recommended\s+for\s+you|most\s+(?:popular|read|viewed)|popular\s+posts?"""
_HEADING_END = r"""\s*[:.…!]*$"""
_LIST_HEADINGS = re.compile(
    "^(?:" + _LIST_HEADING_WORDS + ")" + _HEADING_END, re.IGNORECASE | re.VERBOSE
)
# A paragraph that is exactly one of these headings starts a trailing block that is not the story
# and after which the story never resumes: WordPress theme boxes ("Check Also" is TieLabs'
# Sahifa/Jannah, "Leave a Reply" is the core comment form), related-post plugins, share bars, tags.
_TAIL_HEADINGS = re.compile(
    "^(?:"
    + _LIST_HEADING_WORDS
    + r"""|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|\d*\s*comments?
    |(?:\d+\s+)?(?:thoughts?|responses?|repl(?:y|ies))\s+(?:on|to)\s+.{0,200}
    |post\s+navigation|share\s+this(?:\s+(?:article|story|post))?|like\s+this|about\s+the\s+author
    |tags|filed\s+under|sharing\s+is\s+caring!?)"""
    + _HEADING_END,
    re.IGNORECASE | re.VERBOSE,
)

# These headings also sit in the middle of stories, over a short list of links: drop the heading
# and the headline-like lines under it, keep what follows.
_INLINE_HEADINGS = re.compile(
    r"^(?:related|read\s+(?:also|next|more)|also\s+read|see\s+also|don'?t\s+miss|trending(?:\s+now)?"
    r"|recommended|more\s+(?:stories|news|articles)|leia\s+tamb[eé]m|veja\s+tamb[eé]m"
    r"|leggi\s+anche|lesen\s+sie\s+auch|lire\s+aussi|lea\s+tambi[eé]n|baca\s+juga)\s*[:.…!]*$",
    re.IGNORECASE,
)
_HEADLINE_MAX_WORDS = 20

# A paragraph that starts with one of these and is short is a link to another story, not prose.
_LINK_LINE = re.compile(
    r"^(?:related|read\s+(?:more|also|next)|also\s+read|see\s+(?:more|also)|check\s+also"
    r"|more|watch|listen|leia\s+tamb[eé]m|veja\s+tamb[eé]m|leggi\s+anche|baca\s+juga)\s*:\s*\S",
    re.IGNORECASE,
)
_LINK_LINE_MAX_WORDS = 25

# Whole sentences that only ever appear in site furniture.
_FURNITURE = re.compile(
    r"^(?:your\s+email\s+address\s+will\s+not\s+be\s+published\.?(?:\s*required\s+fields\s+are"
    r"\s+marked\s*\*?)?|required\s+fields\s+are\s+marked\s*\*?|like\s+this\s+story\?\s*share\s+it"
    r"\s+with\s+a\s+friend!?|save\s+my\s+name,\s+email,\s+and\s+website\s+in\s+this\s+browser.*"
    r"|you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment\.?)$",
    re.IGNORECASE,
)

# An author box inside the post: its heading labels one paragraph (the bio), not the rest of the
# text. When the post goes on after the bio (a recipe card, the post's last section: at least
# _BOX_RESUME_WORDS more words), only the heading and the bio go; otherwise the usual cut below.
# Measured: a constructed recipe page lost its card at such a heading (bench_pages --set b).
_AUTHOR_BOX = re.compile(r"^about\s+the\s+(?:author|writer)\s*[:.…!]*$", re.IGNORECASE)
_BOX_RESUME_WORDS = 100


def _is_list_heading(line: str) -> bool:
    return _LIST_HEADINGS.match(line) is not None


# Cut at a tail heading only when enough story stands before it (an early "Related" is a kicker).
_TAIL_MIN_SHARE_BEFORE = 0.4
_TAIL_MAX_WORDS_AFTER = 150


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _is_headline(para: str) -> bool:
    """A link title rather than prose: short and not ending like a sentence."""
    return _words(para) <= _HEADLINE_MAX_WORDS and not LINE_END.search(para)


def _drop_repeated_labels(paras: list[str]) -> list[str]:
    """Drop the occurrences of a recurring tail heading except its last one.

    A tail heading ends the story only if the story never resumes after it. One that recurs is
    a label the page repeats on every item ("Share this:" under each post of a live blog):
    the text after it is more story, so it must not cut there. Only the last occurrence may
    start the trailing block (the caller's usual test decides). Measured: constructed live-blog
    pages lost half their posts at such a label (bench/bench_pages.py, session 6).
    """
    heads = [p.casefold() for p in paras if _TAIL_HEADINGS.match(p)]
    if len(heads) == len(set(heads)):
        return paras
    repeated = {h for h in heads if heads.count(h) > 1}
    last = {p.casefold(): i for i, p in enumerate(paras) if p.casefold() in repeated}
    return [
        p for i, p in enumerate(paras) if p.casefold() not in repeated or last[p.casefold()] == i
    ]


def _drop_inner_author_box(paras: list[str]) -> list[str]:
    """Drop an author box's heading and bio when the post resumes after them (see _AUTHOR_BOX)."""
    for i, para in enumerate(paras):
        if i > 0 and _AUTHOR_BOX.match(para) and i + 2 < len(paras):
            rest = paras[i + 2 :]
            if not _TAIL_HEADINGS.match(rest[0]) and sum(map(_words, rest)) >= _BOX_RESUME_WORDS:
                return paras[:i] + rest
    return paras


def strip_boilerplate(text: str) -> str:
    """Drop trailing site blocks ("Check Also", "Leave a Reply", related lists) and link lines.

    Works on plain text so it also cleans feed content and other extractors' output; returns the
    paragraphs joined by blank lines.
    """
    return "\n\n".join(_strip_paragraphs(_paragraphs(text)))


def _strip_paragraphs(paras: list[str]) -> list[str]:
    """`strip_boilerplate` on paragraphs already split and whitespace-collapsed."""
    paras = [p for p in paras if not _FURNITURE.match(p)]
    paras = [p for p in paras if not (_LINK_LINE.match(p) and _words(p) <= _LINK_LINE_MAX_WORDS)]
    kept: list[str] = []
    i = 0
    while i < len(paras):
        if i > 0 and _INLINE_HEADINGS.match(paras[i]):
            i += 1
            while i < len(paras) and _is_headline(paras[i]):
                i += 1
            continue
        kept.append(paras[i])
        i += 1
    return _cut_at_tail(_drop_inner_author_box(_drop_repeated_labels(kept)))


def _cut_at_tail(paras: list[str]) -> list[str]:
    """The paragraphs before the first tail heading that ends the story, if one does.

    Words are counted only when there is a heading to weigh: most texts have none.
    """
    heads = [i for i, para in enumerate(paras) if i > 0 and _TAIL_HEADINGS.match(para)]
    if not heads:
        return paras
    counts = [_words(p) for p in paras]
    total = sum(counts)
    for i in heads:
        before = sum(counts[:i])
        after = total - before - counts[i]
        if before >= _TAIL_MIN_SHARE_BEFORE * total or after <= _TAIL_MAX_WORDS_AFTER:
            return paras[:i]
    return paras


# ---------------------------------------------------------------------------------------------
# HTML -> text

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# the same characters one by one: a substring test each is ~5x faster than the regex's scan of
# readability's article (3 kB on the constructed pages), which rarely holds one
_CONTROL_CHAR_LIST = tuple(map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)))
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


def _parse_fragment(html: str) -> HtmlElement | None:
    if any(char in html for char in _CONTROL_CHAR_LIST):
        html = _CONTROL_CHARS.sub("", html)
    html = _XML_DECL.sub("", html)
    if not html.strip():
        return None
    try:
        return document_fromstring(html)
    except (ParserError, ValueError):
        return None


def html_to_text(html: str) -> str:
    """Feed entry HTML (content:encoded, summary) -> plain text paragraphs joined by blank lines.

    Never returns the contents of script, style or other non-text elements, whatever the markup.
    """
    root = _parse_fragment(html)
    return "" if root is None else _element_text(root)


# ---------------------------------------------------------------------------------------------
# Candidate extractions


def _trafilatura_text(
    tree: HtmlElement, url: str | None, *, focus: str = "recall", fast: bool = True
) -> str:
    """One trafilatura pass: focus "recall", "balanced" or "precision", with or without its cascade.

    fast=True by default: readability-lxml is our own second opinion, so trafilatura's fallback
    cascade (its readability fork and jusText) only runs when the rules ask for it.
    """
    import trafilatura  # heavy (~0.3 s): only paid by runs that fetch full text

    options = _options(url, focus, fast)  # outside the try: a broken setup must not pass silently
    try:
        text = trafilatura.extract(tree, options=options)
    except Exception:  # one odd page must not stop a batch; this is one opinion of several
        return ""
    return "\n".join(_paragraphs(text or ""))


def _readability_text(tree: HtmlElement) -> str:
    try:
        article = readability_article(tree)
    except Exception:  # readability raises bare Exceptions on odd pages; a second opinion only
        return ""
    return "" if article is None else "\n".join(_element_paragraphs(article))


# A link without child elements holds one text node (the parser drops comments): those texts
# come as plain strings in one call, the others through text_content; each distinct text once.
_CHILDLESS_LINK_TEXTS = XPath("/descendant::a[not(*)]/text()", smart_strings=False)
_LINKS_WITH_CHILDREN = XPath("/descendant::a[*]")


def _link_titles(tree: HtmlElement) -> frozenset[tuple[str, ...]]:
    """Token keys of the text of every link: a paragraph equal to one is a link title."""
    texts = set(_CHILDLESS_LINK_TEXTS(tree))
    texts.update(a.text_content() for a in _LINKS_WITH_CHILDREN(tree))
    keys = (_token_key(text) for text in texts)
    return frozenset(key for key in keys if key)


# ---------------------------------------------------------------------------------------------
# Title

_TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+|\s+::\s+")


# `/descendant::` where `//` (`/descendant-or-self::node()/child::`) made a node-set of every
# node first: the same nodes in the same order, in half the time (~3 us each per page)
_CANONICAL = XPath("string(/descendant::link[@rel='canonical']/@href)", smart_strings=False)
# Every named <meta> once per page; each name then looked up among those few (one search of
# the document instead of one per name asked: six per page).
_NAMED_METAS = XPath("/descendant::meta[@property or @name]")


def _metas(tree: HtmlElement) -> list[HtmlElement]:
    """The page's <meta> elements that have a property or a name, in document order."""
    return list(_NAMED_METAS(tree))


def _meta_content(metas: list[HtmlElement], *names: str) -> str | None:
    """The content of the first <meta> of the first of `names` (property or name) that has one."""
    for name in names:
        for el in metas:
            if el.get("property") == name or el.get("name") == name:
                content = " ".join((el.get("content") or "").split())
                if content:
                    return content
    return None


def _page_titles(
    tree: HtmlElement, metas: list[HtmlElement]
) -> tuple[str | None, list[str], list[str]]:
    """The best page title, every title-like string to strip from the top of the text, and the
    title's separate statements (og:title, <title>, the first <h1>s), without their parts."""
    og = _meta_content(metas, "og:title", "twitter:title")
    h1s = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if h]
    title_el = tree.find(".//title")
    doc_title = " ".join(title_el.text_content().split()) if title_el is not None else ""
    best = og or (h1s[0] if len(h1s) == 1 else None) or doc_title or None
    sources = [t for t in (og, doc_title, *h1s[:3]) if t]
    forms = sources + [part for t in (og, doc_title) if t for part in _TITLE_SPLIT.split(t)]
    return best, forms, sources


def _token_key(text: str) -> tuple[str, ...]:
    return tuple(map(str.lower, _WORD.findall(text)))


def _drop_leading_title(paras: list[str], titles: list[str]) -> list[str]:
    """The headline is metadata, not body text: drop it when it opens the extraction."""
    if len(paras) < 2:
        return paras
    first = _token_key(paras[0])
    if not first:
        return paras
    for title in titles:
        key = _token_key(title)
        if not key:
            continue
        if first == key or (len(first) >= 5 and key[: len(first)] == first):
            return paras[1:]
    return paras


# ---------------------------------------------------------------------------------------------
# Related links

_RELATED_HEADING = re.compile(
    r"^(?:check\s+also|related(?:\s+(?:posts?|articles?|stories|news|content|coverage|reading))?"
    r"|read\s+(?:also|next)|read\s+more\s*:|also\s+read|see\s+also|more\s+(?:stories|news|articles)"
    r"|you\s+(?:may|might)\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?|don'?t\s+miss"
    r"|leia\s+tamb[eé]m|veja\s+tamb[eé]m|leggi\s+anche|lesen\s+sie\s+auch|baca\s+juga)"
    r"\s*[:.…!]*$",
    re.IGNORECASE,
)
# Box ids and classes of WordPress themes and related-post plugins (Sahifa/Jannah, YARPP, Jetpack).
_RELATED_CONTAINER = re.compile(
    r"check-also|related[-_]?(?:posts?|articles?|stories|content|links|news)|yarpp", re.IGNORECASE
)
# Attributes first, then their elements: half the time of testing every element with an id or class.
# The class values come from the page's one list of them (`CLASS_VALUES`, read by the marked boxes
# too), the ids from this search.
_RELATED_ID_XPATH = XPath("//@id[contains(., 'elated') or contains(., 'heck-also')]/..")
# The first words of `_RELATED_HEADING`'s alternatives: the few texts that open with one are
# the only ones measured and matched (extract_textnodes)
_RELATED_OPENING = opening_words(
    "check related read also see more you recommended don leia veja leggi lesen baca".split()
)
_NOT_ARTICLE_PATH = re.compile(r"/(?:tag|tags|category|categories|author|page|feed|wp-login)/")
_RELATED_MAX = 10
_RELATED_MIN_WORDS = 3
_CONTAINER_LEVELS = 3
_CONTAINER_MAX_LINKS = 25


_SECOND_LEVEL = frozenset("co com net org gov edu ac or ne go gob nic mil".split())


def _site(url: str) -> str:
    """The registrable domain, near enough: "news.sky.com" -> "sky.com", "x.co.uk" -> "x.co.uk"."""
    host = urlsplit(url).hostname or ""
    if host.replace(".", "").isdigit() or ":" in host:  # an IP address is its own site
        return host
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _article_link(href: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL that looks like an article, or None."""
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    absolute = urljoin(base, href.strip()) if base else href.strip()
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    if parts.path in ("", "/") or _NOT_ARTICLE_PATH.search(parts.path + "/"):
        return None
    return urldefrag(absolute)[0]


def _page_key(url: str) -> str:
    """A URL as pages are told apart: without its fragment and trailing slashes."""
    return urldefrag(url)[0].rstrip("/")


def _links_in(
    container: HtmlElement, base: str | None, own: tuple[str, ...], sites: set[str]
) -> list[RelatedLink]:
    found: dict[str, str] = {}
    own_keys = {_page_key(page) for page in own}  # the page itself, under either of its URLs
    links: dict[str | None, str | None] = {}  # a card's thumbnail and title share the href
    for a in container.iter("a"):
        href = a.get("href")
        if href not in links:
            link = _article_link(href, base)
            if link is not None and (
                _page_key(link) in own_keys
                or (sites and _site(link) not in sites)  # the site's own picks, not sponsored
            ):
                link = None
            links[href] = link
        link = links[href]
        if link is None:
            continue
        title = " ".join(a.text_content().split())
        if _words(title) < _RELATED_MIN_WORDS:
            found.setdefault(link, "")  # thumbnail link: keep the slot, the title link fills it
        elif not found.get(link):
            found[link] = title
    return [RelatedLink(title=t, url=u) for u, t in found.items() if t]


def _document_position(el: HtmlElement) -> list[int]:
    """A key that sorts elements in document order: the child indexes on the path from the root."""
    path = []
    parent = el.getparent()
    while parent is not None:
        path.append(parent.index(el))
        el, parent = parent, parent.getparent()
    return path[::-1]


def _heading_boxes(tree: HtmlElement) -> list[HtmlElement]:
    """Boxes under a "Check Also"/"Related"/"Read also" heading: the nearest ancestor with links."""
    boxes = []
    for text in heading_texts(tree, _RELATED_HEADING, _RELATED_OPENING):  # 4..40 characters
        el = text.getparent()
        if el is None:
            continue
        if text.is_tail:  # "<strong>x</strong> Related:" - the text belongs to the parent
            el = el.getparent()
        if el is None or el.tag in ("a", "script", "style", "title", "option"):
            continue
        box = el
        for _ in range(_CONTAINER_LEVELS):
            if box is None or next(box.iter("a"), None) is not None:
                break
            box = box.getparent()
        if box is not None and sum(1 for _ in box.iter("a")) <= _CONTAINER_MAX_LINKS:
            boxes.append(box)
    return boxes


def _related_indexes(joined: str) -> list[int]:
    """The positions of the class values (joined by NUL) that hold a related box's word."""
    found = set()
    for word in ("elated", "heck-also", "yarpp"):
        at = joined.find(word)
        while at >= 0:
            found.add(joined.count("\0", 0, at))
            at = joined.find(word, joined.find("\0", at) + 1 or len(joined))
    return sorted(found)


def _related_containers(tree: HtmlElement, by_class: list[HtmlElement]) -> list[HtmlElement]:
    """The elements whose class (`by_class`, in document order) or id holds a related box's
    word, in document order, once each (what the union of the two attribute searches gave)."""
    by_id = _RELATED_ID_XPATH(tree)
    if not by_class or not by_id:
        return by_class or list(by_id)
    found = dict.fromkeys(by_class) | dict.fromkeys(by_id)
    return sorted(found, key=_document_position)


def _class_boxes(tree: HtmlElement) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The elements whose class holds a related box's word, and those whose class marks a box as
    paid or marketing (`extract_marked`): one read of the page's class values, and the elements
    of the few values that match."""
    joined = "\0".join(CLASS_VALUES(tree))  # a class value holds no NUL
    related = _related_indexes(joined)
    marked = marked_indexes(joined)
    if not related or not marked:
        owners = class_owners(tree, related or marked)
        return (owners, []) if related else ([], owners)
    both = sorted(set(related) | set(marked))
    owner = dict(zip(both, class_owners(tree, both), strict=True))
    return [owner[i] for i in related], [owner[i] for i in marked]


def _related_links(
    tree: HtmlElement, base: str | None, by_class: list[HtmlElement] | None = None
) -> tuple[RelatedLink, ...]:
    """The site's own picks: links in a "Check Also"/"Related" box or a "Related: ..." line.

    `by_class`: the elements whose class holds a related box's word (`_class_boxes`), when the
    caller has them."""
    if by_class is None:
        by_class = _class_boxes(tree)[0]
    boxes = [
        el
        for el in _related_containers(tree, by_class)
        if _RELATED_CONTAINER.search(f"{el.get('id', '')} {el.get('class', '')}")
    ]
    boxes += _heading_boxes(tree)
    if not boxes:  # nothing to resolve links against: skip the canonical URL and the sites
        return ()
    if len(boxes) > 1:  # document order, so the first pick is the one the page shows first
        boxes.sort(key=_document_position)
    # the page's own URL may be a mirror or proxy (or unknown): its canonical URL names the site
    canonical = _CANONICAL(tree) or _meta_content(_metas(tree), "og:url")
    canonical = canonical if urlsplit(canonical or "").scheme in ("http", "https") else None
    own = tuple(u for u in (base, canonical) if u)
    base = base or canonical
    sites = {_site(u) for u in own if urlsplit(u).hostname}
    related: dict[str, RelatedLink] = {}
    read: set[HtmlElement] = set()
    for box in boxes:
        # A box inside one already read (a "Related" heading's box within the related-posts box,
        # or one box found both ways) holds only links that box gave, each with a title found
        # there first: it adds nothing (a third of the URL resolving on pages with such boxes).
        if box in read or any(outer in read for outer in box.iterancestors()):
            continue
        read.add(box)
        for link in _links_in(box, base, own, sites):
            related.setdefault(link.url, link)
    return tuple(related.values())[:_RELATED_MAX]


# ---------------------------------------------------------------------------------------------
# Entry point

_EVIDENCE_MIN_WORDS = 150
_EVIDENCE_MIN_F1 = 0.8
# The body's text nodes outside scripts and styles (a JSON-LD headline is no mention of it)
_BODY_TEXTS = XPath("descendant::text()[not(parent::script or parent::style)]", smart_strings=False)


Keys = frozenset[tuple[str, ...]]  # PageItems: cards, form / marked boxes, the summary box
PageItems = tuple[list[dict[tuple[str, ...], int]], Keys, Keys, Summary]


def page_candidates(
    tree: HtmlElement,
    url: str | None,
    *,
    feed_title: str | None = None,
    feed_text: str = "",
    blocks: bool = True,
    marked: list[HtmlElement] | None = None,
) -> tuple[Candidates, Evidence]:
    """The lazily computed extractions of a page and the page's own evidence about its article.

    A short feed text (a summary) counts as a description of the article; a long one is used by
    `extract_page` directly. The page's structure (`extract_blocks`; `blocks=False` leaves it
    out, for the bench) drops from each extraction the lines of a comment thread and of teaser
    cards that follow the story, of boxes around forms and of boxes marked as paid or marketing
    content (`extract_marked`; `marked`, the elements whose class marks them, when the caller has
    them), and widens the trim rule's span over the other items of a list (a live blog's first
    post). Sections written as paragraphs become paragraphs in `tree` first (`extract_markup`).
    """
    paragraph_sections(tree)
    code_figures(tree)
    metas = _metas(tree)
    title, title_forms, title_sources = _page_titles(tree, metas)
    if feed_title:
        title_forms.append(feed_title)
        title_sources.append(feed_title)
    description = _meta_content(metas, "og:description", "twitter:description", "description")
    if feed_text and _words(feed_text) < _EVIDENCE_MIN_WORDS:
        description = f"{description or ''} {feed_text}"
    links: list[frozenset[tuple[str, ...]]] = []
    counted: list[Counter[str]] = []

    def page_words() -> Counter[str]:
        if not counted:
            body = tree.find(".//body")
            texts = _BODY_TEXTS(body) if body is not None else []
            counted.append(Counter(_token_key(" ".join(texts))))
        return counted[0]

    def link_titles() -> frozenset[tuple[str, ...]]:
        if not links:
            links.append(_link_titles(tree))
        return links[0]

    makers: dict[str, Callable[[], str]] = {
        BROAD: lambda: _trafilatura_text(tree, url),
        READABLE: lambda: _readability_text(tree),
        PRECISE: lambda: _trafilatura_text(tree, url, focus="precision"),
        CASCADE: lambda: _trafilatura_text(tree, url, focus="balanced", fast=False),
    }
    if not blocks:
        cands = Candidates(makers)
    else:
        found: list[PageItems] = []

        def structure() -> PageItems:
            if not found:  # once per page, for every extraction
                boxes, summary = marked_boxes(tree, marked), summary_boxes(tree)
                cards = card_lists(tree) + answered_sections(tree)  # teasers, readers' entries
                closers = form_boxes(tree) | image_captions(tree) | ruled_footer(tree)
                found.append((cards, closers, boxes, summary))
            return found[0]

        threads: dict[str, Thread] = {}  # the page's forum thread, found once
        makers = {
            name: _without_items(make, tree, link_titles, structure, threads)
            for name, make in makers.items()
        }
        cands = Candidates(
            makers,
            lambda lines, a, b: span_with_items(lines, a, b, tree),
            lambda line, first, last: story_item(tree, line, first, last),
        )
    # the broad pass and trim's span without the head its headline's box holds (extract_head)
    makers.update(head_makers(tree, cands, tuple(title_forms), description))
    for span, name in OPENED.items():  # trim's cut with the story's opening (extract_opening)
        makers[name] = partial(opened_text, cands, span, tuple(title_forms), tree)
    add_makers(makers, tree, cands)  # readability where trafilatura lost story text (`unfolded`)
    add_framed(makers, tree, cands)  # readability inside the broad pass's frame (`framed`)
    add_celled(makers, tree, cands)  # readability where a layout cell holds it (`celled`)
    evidence = Evidence(
        title_forms=tuple(title_forms),
        title_sources=tuple(title_sources),
        title=title or feed_title,
        description=description,
        link_titles=link_titles,
        page_words=page_words,
    )
    return cands, evidence


def _without_items(
    make: Callable[[], str],
    tree: HtmlElement,
    link_titles: Callable[[], frozenset[tuple[str, ...]]],
    page: Callable[[], PageItems],
    threads: dict[str, Thread],
) -> Callable[[], str]:
    """An extraction without the comment thread and teaser cards after its story, form boxes,
    marked ad / sponsor boxes (extract_marked), the summary box ahead (extract_summary), link
    preview cards (extract_linkcard) and a list heading whose list it dropped (extract_blocks)."""

    def run() -> str:
        cards, boxes, marked, summary = page()
        text = drop_replies(drop_threads(make(), tree, link_titles), tree, threads)
        text = drop_marked(drop_boxes(drop_cards(text, cards), boxes), marked)
        text = drop_link_cards(drop_summary(text, summary), tree)
        return drop_orphan_headings(text, tree, _is_list_heading)

    return run


def finish_text(text: str, title_forms: tuple[str, ...]) -> str:
    """The chosen extraction without its headline and a date stamp under it (`extract_stamp`),
    the site's trailing blocks and the notices after the story (copyright, contacts:
    `extract_endmatter`)."""
    paras = drop_headline(_paragraphs(text), partial(_drop_leading_title, titles=list(title_forms)))
    paras = drop_recap(drop_stamp(paras))
    paras = drop_mail_furniture(paras)
    paras = drop_end_matter(_strip_paragraphs(paras))
    return "\n\n".join(paras)  # split once: _paragraphs is idempotent


def _feed_agreeing(cands: Candidates, feed_text: str) -> str | None:
    """A full-text feed body picks the extraction that agrees with it best, if one does."""
    evidence = shingles(feed_text)
    if sum(evidence.values()) < _EVIDENCE_MIN_WORDS:
        return None
    names = (BROAD, READABLE, PRECISE)
    scored = [(agreement(cands.shingles(name), evidence), name) for name in names]
    best_score, best = max(scored)
    return best if best_score >= _EVIDENCE_MIN_F1 else None


def extract_page(
    html: str | bytes,
    url: str | None = None,
    *,
    feed_title: str | None = None,
    feed_content_html: str | None = None,
    feed_text: str | None = None,
) -> ExtractedPage:
    """Main text, title and related links of an article page.

    `feed_title` and the entry's content (`feed_text` as plain text, as the poller stores it, or
    `feed_content_html`) are the feed entry's, used as extra evidence: the title is stripped
    from the top of the text, a summary counts as a description of the article, and a full-text
    feed body picks the page extraction that agrees with it best.
    """
    try:
        tree = load_page(html)  # trafilatura.load_html's tree, its elements faster (html_tree)
    except (TypeError, ValueError):
        tree = None
    if tree is None:
        return ExtractedPage(text="", title=feed_title, related=())
    forget_lines()  # the caches of lines serve one page

    related_boxes, marked = _class_boxes(tree)  # one read of the class values for both
    related = _related_links(tree, url, related_boxes)
    if not feed_text:
        feed_text = html_to_text(feed_content_html) if feed_content_html else ""
    cands, evidence = page_candidates(
        tree, url, feed_title=feed_title, feed_text=feed_text, marked=marked
    )
    name = _feed_agreeing(cands, feed_text) if feed_text else None
    if name is None:
        name = choose_article(cands, evidence).name
    text = finish_text(cands.text(name), evidence.title_forms)
    text = drop_link_boxes(drop_link_lines(text, tree, url), tree, url)  # see also lines, boxes
    text = drop_appendix(text, tree, html)  # back matter
    return ExtractedPage(text=text, title=evidence.title, related=related)
