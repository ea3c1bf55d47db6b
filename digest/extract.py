"""Article page HTML -> main text, site boilerplate stripped, the site's own related links kept.

Pure: takes strings, returns values; no network, disk or clock.

Why three extractions and not one: trafilatura alone (2.x) misreads two kinds of page. On some it
keeps only the first of an article's several body containers (recall ~0.4 there); on others it
keeps a sidebar or footer block after the story. readability-lxml fails differently, so a few
general rules comparing the candidates (which is a superset of which, and by how much) pick one
per page, and a plain-text pass strips the headline and the site's trailing blocks. On the Zyte
article-extraction benchmark (181 pages, `bench/bench_extract.py`) this scores shingle F1 0.979
where trafilatura alone scores 0.960.
"""

from __future__ import annotations

import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml.etree import Comment, ParserError, strip_elements
from lxml.html import HtmlElement

from digest.types import RelatedLink

__all__ = ["ExtractedPage", "extract_page", "html_to_text", "strip_boilerplate"]


@dataclass(frozen=True)
class ExtractedPage:
    """What an article page yields."""

    text: str  # main text, paragraphs separated by "\n\n", boilerplate stripped
    title: str | None  # page title if found (og:title, else <h1>, else <title>)
    related: tuple[RelatedLink, ...]  # the site's own "Check Also"/"Related" links, absolute URLs


# ---------------------------------------------------------------------------------------------
# Plain-text boilerplate

_WORD = re.compile(r"\w+")

# A paragraph that is exactly one of these headings starts a trailing block that is not the story
# and after which the story never resumes: WordPress theme boxes ("Check Also" is TieLabs'
# Sahifa/Jannah, "Leave a Reply" is the core comment form), related-post plugins, share bars, tags.
_TAIL_HEADINGS = re.compile(
    r"""^(?:check\s+also|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|\d*\s*comments?
    |(?:\d+\s+)?(?:thoughts?|responses?|repl(?:y|ies))\s+(?:on|to)\s+.{0,200}
    |related\s+(?:posts?|articles?|stories|news|content|coverage|reading|items)
    |you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)|more\s+(?:stories|news|articles)\s+from\s+.{1,40}
    |recommended\s+for\s+you|most\s+(?:popular|read|viewed)|popular\s+posts?|post\s+navigation
    |share\s+this(?:\s+(?:article|story|post))?|like\s+this|about\s+the\s+author|tags
    |filed\s+under|sharing\s+is\s+caring!?)
    \s*[:.…!]*$""",
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
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)]$")

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

# Cut at a tail heading only when enough story stands before it (a "Related" heading in the first
# lines is more likely a kicker than the end of the story).
_TAIL_MIN_SHARE_BEFORE = 0.4
_TAIL_MAX_WORDS_AFTER = 150


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _paragraphs(text: str) -> list[str]:
    """Split on newlines, collapse inner whitespace, drop empty lines."""
    return [p for p in (" ".join(line.split()) for line in text.splitlines()) if p]


def _is_headline(para: str) -> bool:
    """A link title rather than prose: short and not ending like a sentence."""
    return _words(para) <= _HEADLINE_MAX_WORDS and not _SENTENCE_END.search(para)


def strip_boilerplate(text: str) -> str:
    """Drop trailing site blocks ("Check Also", "Leave a Reply", related lists) and link lines.

    Works on plain text so it also cleans feed content and other extractors' output; returns the
    paragraphs joined by blank lines.
    """
    paras = [p for p in _paragraphs(text) if not _FURNITURE.match(p)]
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
    counts = [_words(p) for p in kept]
    total = sum(counts)
    before = 0
    for i, para in enumerate(kept):
        if i > 0 and _TAIL_HEADINGS.match(para):
            after = total - before - counts[i]
            if before >= _TAIL_MIN_SHARE_BEFORE * total or after <= _TAIL_MAX_WORDS_AFTER:
                kept = kept[:i]
                break
        before += counts[i]
    return "\n\n".join(kept)


# ---------------------------------------------------------------------------------------------
# HTML -> text

_DROP_TAGS = frozenset(
    "script style noscript template iframe object embed svg math canvas head title meta link "
    "button select option textarea input form audio video source track map".split()
)
_BLOCK_TAGS = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre tr table thead tbody tfoot "
    "section article header footer aside main nav figure figcaption address center hr br "
    "details summary caption body html".split()
)
# HTML5's void elements (no content, no end tag).
_HTML5_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


def _element_text(root: HtmlElement) -> str:
    """Block-aware text of an element: every block starts a new paragraph; scripts never leak."""
    parts: list[str] = []

    def walk(el: HtmlElement) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        # comments and processing instructions: their text is not content, their tail is
        if tag in _HTML5_VOID:
            # libxml2's HTML parser predates HTML5: what follows an unclosed <embed>, <source>,
            # <track> or <wbr> becomes its content. A void element has none; that text is ours.
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
            if el.text:
                parts.append(el.text)
            for child in el:
                walk(child)
            if block:
                parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return "\n\n".join(_paragraphs("".join(parts)))


def _parse_fragment(html: str) -> HtmlElement | None:
    html = _XML_DECL.sub("", _CONTROL_CHARS.sub("", html))
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
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


def _trafilatura_text(tree: HtmlElement, url: str | None, *, precision: bool) -> str:
    # fast=True: our own comparison with readability replaces trafilatura's fallback cascade,
    # which scored lower on the benchmark and costs twice the time.
    try:
        import trafilatura  # heavy (~0.3 s): only paid by runs that fetch full text

        text = trafilatura.extract(
            tree,
            url=url,
            fast=True,
            favor_precision=precision,
            favor_recall=not precision,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
    except Exception:  # one odd page must not stop a batch; this is one opinion of three
        return ""
    return "\n".join(_paragraphs(text or ""))


# Never content, and readability's own cleaning of them is the slow part of its run.
_READABILITY_PRUNE = (
    *"script style noscript svg iframe nav footer aside form select button".split(),
    Comment,
)


def _readability_text(tree: HtmlElement) -> str:
    pruned = deepcopy(tree)
    strip_elements(pruned, *_READABILITY_PRUNE, with_tail=False)
    try:
        from readability import Document as ReadabilityDocument

        summary = ReadabilityDocument(pruned).summary(html_partial=True)
    except Exception:  # readability raises bare Exceptions on odd pages; a second opinion only
        return ""
    root = _parse_fragment(summary)
    return "" if root is None else "\n".join(_paragraphs(_element_text(root)))


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    """4-word shingles, the unit the benchmark scores in."""
    toks = _WORD.findall(text)
    return Counter(tuple(toks[i : i + 4]) for i in range(max(1, len(toks) - 3)) if toks[i : i + 4])


def _coverage(part: Counter[tuple[str, ...]], whole: Counter[tuple[str, ...]]) -> float:
    """Share of `part`'s shingles that also occur in `whole`."""
    n = sum(part.values())
    return sum((part & whole).values()) / n if n else 0.0


def _choose(precise: str, broad: str, readable: str) -> str:
    """Pick one candidate by how they contain each other; thresholds set on the benchmark.

    `precise` (trafilatura, precision) is the default. The rules only look at sizes and overlaps,
    never at sites.
    """
    wp, wb, wr = _words(precise), _words(broad), _words(readable)
    sp, sb, sr = _shingles(precise), _shingles(broad), _shingles(readable)
    # 1. the precise pass collapsed (a paywall notice, a caption): take the broader consensus
    if wp < 0.3 * max(wb, wr):
        return readable if _coverage(sb, sr) > 0.5 and wr < wb else broad
    # 2. readability holds all of it and much more: the story is split over several containers
    if wr > 1.8 * wp and _coverage(sp, sr) > 0.95 and _coverage(sb, sp) > 0.95:
        return readable
    # 3. both broader passes agree on more than the precise one kept, and hold all of it
    if (
        wb > 1.3 * wp
        and _coverage(sp, sr) > 0.95
        and _coverage(sb, sr) > 0.9
        and _coverage(sr, sb) > 0.9
    ):
        return broad
    # 4. readability is a slightly shorter subset: what only trafilatura kept is page furniture
    if _coverage(sr, sp) > 0.97 and 0.6 * wp < wr < 0.97 * wp:
        return readable
    return precise


# ---------------------------------------------------------------------------------------------
# Title

_TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+|\s+::\s+")


def _meta_content(tree: HtmlElement, *names: str) -> str | None:
    for name in names:
        for el in tree.xpath(f'//meta[@property="{name}" or @name="{name}"]'):
            content = " ".join((el.get("content") or "").split())
            if content:
                return content
    return None


def _page_titles(tree: HtmlElement) -> tuple[str | None, list[str]]:
    """The best page title, and every title-like string to strip from the top of the text."""
    og = _meta_content(tree, "og:title", "twitter:title")
    h1s = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if h]
    title_el = tree.find(".//title")
    doc_title = " ".join(title_el.text_content().split()) if title_el is not None else ""
    best = og or (h1s[0] if len(h1s) == 1 else None) or doc_title or None
    forms = [t for t in (og, doc_title, *h1s[:3]) if t]
    forms += [part for t in (og, doc_title) if t for part in _TITLE_SPLIT.split(t)]
    return best, forms


def _token_key(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


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
_RELATED_CONTAINER_XPATH = (
    "//*[contains(@id, 'elated') or contains(@class, 'elated') or contains(@id, 'heck-also')"
    " or contains(@class, 'heck-also') or contains(@class, 'yarpp')]"
)
_SHORT_TEXT_XPATH = (
    "//text()[string-length(normalize-space(.)) > 3 and string-length(normalize-space(.)) <= 40]"
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


def _same_page(a: str, b: str) -> bool:
    return urldefrag(a)[0].rstrip("/") == urldefrag(b)[0].rstrip("/")


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


def _links_in(
    container: HtmlElement, base: str | None, own: tuple[str, ...], sites: set[str]
) -> list[RelatedLink]:
    found: dict[str, str] = {}
    for a in container.iter("a"):
        link = _article_link(a.get("href"), base)
        if link is None or any(_same_page(link, page) for page in own):
            continue
        if sites and _site(link) not in sites:  # the site's own picks, not sponsored boxes
            continue
        title = " ".join(a.text_content().split())
        if _words(title) < _RELATED_MIN_WORDS:
            found.setdefault(link, "")  # thumbnail link: keep the slot, the title link fills it
        elif not found.get(link):
            found[link] = title
    return [RelatedLink(title=t, url=u) for u, t in found.items() if t]


def _heading_boxes(tree: HtmlElement) -> list[HtmlElement]:
    """Boxes under a "Check Also"/"Related"/"Read also" heading: the nearest ancestor with links."""
    boxes = []
    for text in tree.xpath(_SHORT_TEXT_XPATH):
        if not _RELATED_HEADING.match(" ".join(text.split())):
            continue
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


def _related_links(tree: HtmlElement, base: str | None) -> tuple[RelatedLink, ...]:
    """The site's own picks: links in a "Check Also"/"Related" box or a "Related: ..." line."""
    boxes = [
        el
        for el in tree.xpath(_RELATED_CONTAINER_XPATH)
        if _RELATED_CONTAINER.search(f"{el.get('id', '')} {el.get('class', '')}")
    ]
    boxes += _heading_boxes(tree)
    if len(boxes) > 1:  # document order, so the first pick is the one the page shows first
        position = {el: i for i, el in enumerate(tree.iter())}
        boxes.sort(key=lambda el: position.get(el, 0))
    # the page's own URL may be a mirror or proxy (or unknown): its canonical URL names the site
    canonical = tree.xpath("string(//link[@rel='canonical']/@href)") or _meta_content(
        tree, "og:url"
    )
    canonical = canonical if urlsplit(canonical or "").scheme in ("http", "https") else None
    own = tuple(u for u in (base, canonical) if u)
    base = base or canonical
    sites = {_site(u) for u in own if urlsplit(u).hostname}
    related: dict[str, RelatedLink] = {}
    for box in boxes:
        for link in _links_in(box, base, own, sites):
            related.setdefault(link.url, link)
    return tuple(related.values())[:_RELATED_MAX]


# ---------------------------------------------------------------------------------------------
# Entry point

_EVIDENCE_MIN_WORDS = 150
_EVIDENCE_MIN_F1 = 0.8


def _agreement(a: Counter[tuple[str, ...]], b: Counter[tuple[str, ...]]) -> float:
    overlap = sum((a & b).values())
    total = sum(a.values()) + sum(b.values())
    return 2 * overlap / total if total else 0.0


def extract_page(
    html: str | bytes,
    url: str | None = None,
    *,
    feed_title: str | None = None,
    feed_content_html: str | None = None,
) -> ExtractedPage:
    """Main text, title and related links of an article page.

    `feed_title` and `feed_content_html` are the feed entry's, used as extra evidence: the title
    is stripped from the top of the text, and a full-text feed body picks the page extraction that
    agrees with it best.
    """
    try:
        import trafilatura

        tree = trafilatura.load_html(html)
    except (TypeError, ValueError):
        tree = None
    if tree is None:
        return ExtractedPage(text="", title=feed_title, related=())

    title, title_forms = _page_titles(tree)
    if feed_title:
        title_forms.append(feed_title)
    related = _related_links(tree, url)

    precise = _trafilatura_text(tree, url, precision=True)
    broad = _trafilatura_text(tree, url, precision=False)
    readable = _readability_text(tree)
    text = _choose(precise, broad, readable)

    if feed_content_html:
        evidence = _shingles(html_to_text(feed_content_html))
        if sum(evidence.values()) >= _EVIDENCE_MIN_WORDS:
            scored = [(_agreement(_shingles(c), evidence), c) for c in (precise, broad, readable)]
            best_score, best = max(scored, key=lambda pair: pair[0])
            if best_score >= _EVIDENCE_MIN_F1:
                text = best

    paras = _drop_leading_title(_paragraphs(text), title_forms)
    return ExtractedPage(
        text=strip_boilerplate("\n".join(paras)), title=title or feed_title, related=related
    )
