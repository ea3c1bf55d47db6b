"""The block a page sets with its headline, ahead of the story: cut from trafilatura's broad pass.

Pure: a page's tree and texts in, a text out. No network, disk or clock.

Why: when trafilatura's broad pass and readability agree, `extract_rules` keeps the broad pass
(rule `agree`). Both keep what a page writes in its headline's box between the headline and the
story: a dek or standfirst (`h2.c-subtitle`, `h3.subheadline`, `p.article-excerpt`,
`p.summary-art`), a kicker above the headline, a byline and date row. The page builds that box
as the article's header: the headline's own element and its few neighbours, apart from the
element that holds the story's paragraphs. So the box is found from the headline, with no
extractor asked: the `<h1>` whose text is one of the page's title forms, widened to its largest
ancestor whose text is at most the headline's and `HEAD_MAX` of the broad pass's characters more
(a header holds a few short lines; the next ancestor up holds the story and is far longer). The
lines the broad pass opens with (the title's lines aside) that the box holds are the head; the
first line it does not hold opens the story, and the cut text (`HEADLESS`) is the broad pass from
that line on. A head line that the page also holds outside the box is the story's own (a Ghost
theme's excerpt repeats the first paragraph, which the broad pass keeps once): the story opens
there.

A page may set the header's blocks beside the headline's box rather than in it (session 16, set
T's Polish portal: `#article_top` holds the headline and byline, then come a photo box and a
bold lead in boxes of their own, then the story's box). The blocks after the headline's box,
up to the first that holds two paragraphs, line breaks or list items (the story is written so;
a lead is one run of text, a figure an image and one caption), count with the box while their
text fits the same `HEAD_MAX` room (figures aside). A story written as one run of `<br>`-broken
text (set D's forum post) has line breaks and stops the walk.

A page may set no box around its headline at all (session 20, set AJ's Medscape-like news: the
`<h1>`, a `p.teaser`, the byline's and the date's divs, then the story's div, all children of
the article's column): the element above the `<h1>` holds the story too, so the headline is its
own box and its siblings are the header's blocks, walked the same way. There the dek is
commonly a `<p>`, so a block of one paragraph is taken too (not two: a story is paragraphs). A
header holds one run of prose at most (`extract_opening.DEK_PARAS`), so when more than one
`<p>` stands beside the headline, its siblings or in the blocks walked, the `<h1>` is set in the
story's own box (a rendered Markdown post: the headline, then the story's paragraphs and notes)
and nothing is cut. No number is added: the walk, the room and the one run of prose are the
ones above.

`trim` keeps trafilatura's broad pass from readability's first line to its last, and readability
may open with the same head: a React site (set C's css-in-js family) sets every block in a div
of hashed, meaningless classes, the headline's div, then a dek fragment, a byline row and a
figure in divs of their own beside it, then the story's div; readability takes the dek div (one
long run of text beside the story's box) with the story, so trim's span opens with the dek and
the byline row under it. Class names there say nothing (no "dek", "byline", "header"), but the
markup still sets that head apart with the headline, so the same cut applies to trim's pick
(`TRIM_HEADLESS`, rule `trimhead`): the head the headline's box and its neighbours hold, from
the span's top. No number is added: the box, the room and the walk are the ones above.

A line of the head may be the story's lead rather than a dek: a how-to site (wikiHow, MediaWiki
underneath) sets the article's intro paragraph in the headline's box, with the byline and the
method list, apart from the steps. Sites take their description (og:description, meta
description) either from the dek, which is then that line, or from the article's first
paragraph, whose opening sentence(s) it then repeats. So a head line that opens with the
description's words and goes on after them (`_excerpted`; a description longer than
`SHORT_LINE_WORDS`, the shipped bound of a heading) is the paragraph the description was taken
from: the story opens there. So is a head line that is the first prose under the header's
date stamp (`extract_dated`, session 21): wikiHow's intro, after the byline and "Last Updated:",
which the page also gives whole as its description.

Two more rows of the header (session 21). A page may set a row of its own right above the
headline's box: a portal's channel path (a breadcrumb, "News centre > World news > Article"), a
section label (set R's portal pages: `div.channel-path`, then `div.article-header` holding the
`<h1>`). Such a row is one short run of text (no paragraph, line break, list item or image) and
the header's top, so the rows right above the box count with it while they fit the same room
(`ABOVE`; the nearest first, stopping at the first that is not such a row). And a head line of
`SHORT_LINE_WORDS` words or fewer (a name, a label) is cut even where the page repeats it
elsewhere (`SHORT_LABELS`): the repeat check is there for the story's paragraphs (the Ghost
excerpt above); a school's or site's name over the headline comes again in the footer's follow
card or the menu (set M's newsletter host), which holds no story. No number is added: the room
and the heading bound are the ones above.

The cut costs no extraction: an `<h1>` look-up, the text of the headline's few ancestors and one
word split of the small box. It runs only when the rule asks, on `agree` pages (`headed`).
Session 14's `headed` took trafilatura's precision pass instead and cost 0.12 of trafilatura's
median time per page; its agreement is replaced here by the markup's own statement (the head
sits with the headline, out of the story's box) and by the repeat check.
Figures and the leave-one-set-out fit of `HEAD_MAX`: notes/h-fixe.md.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from functools import partial

from lxml.etree import XPath
from lxml.html import HtmlElement

from digest.ingest.extract_dated import headline_of, under_stamp
from digest.ingest.extract_opening import DEK_PARAS
from digest.ingest.extract_rules import BROAD, NOTED, SHORT_LINE_WORDS, TRIMMED, Candidates, Choice
from digest.ingest.extract_shingles import line_key

__all__ = [
    "HEADED",
    "HEADLESS",
    "HEAD_MAX",
    "TRIM_HEADED",
    "TRIM_HEADLESS",
    "headed",
    "headless_text",
]

HEADED = "headed"  # the rule's name in `Choice.rule` and in `rules`
HEADLESS = "headless"  # the candidate: the broad pass from the story's first line on
TRIM_HEADED = "trimhead"  # the same cut of trim's span (module docstring)
TRIM_HEADLESS = {TRIMMED: "headless-trimmed", NOTED: "headless-noted"}  # trim's picks, cut
HEAD_MAX = 0.4  # the header box's text beyond the headline, as a share of the broad pass's
ABOVE = True  # the short rows right above the headline's box are the header's too
SHORT_LABELS = True  # a short head line is cut wherever else the page repeats it (docstring)
_STORY_PARAS = 3  # a story's paragraphs come in numbers; a header holds a dek, a kicker
_STORY_TAGS = ("p", "br", "li")  # a lead is one run of text; a story is paragraphs or lines
_TEXTS = XPath("descendant::text()[not(parent::script or parent::style)]", smart_strings=False)
# `len(el.text_content())` counted by libxml2: the same code points, without making the string
# (the box's ancestors climbed up to the page's whole text)
_TEXT_LENGTH = XPath("string-length()")


def _length(el: HtmlElement) -> int:
    """The length of the element's text (`text_content`'s)."""
    return int(_TEXT_LENGTH(el))


def _joined(box: HtmlElement) -> str:
    """The box's words, lower case, one space apart and around (so a line's words are found
    whole); its text nodes apart (`text_content` glues a kicker to the headline), no script's
    (a JSON-LD description repeats the dek)."""
    return f" {' '.join(line_key(' '.join(_TEXTS(box))))} "


def _count(text: str, words: str) -> int:
    """How often `words` (spaces around) occurs in `text`: the occurrences share their spaces.

    Each occurrence found from the one before plus a character, what the lookahead
    `re.findall(f"(?={re.escape(words)})", text)` counted, without a pattern compiled for each
    line and tried at every character: 0.11 ms against 0.006 on a 5 kB page's words."""
    count, at = 0, text.find(words)
    while at >= 0:
        count, at = count + 1, text.find(words, at + 1)
    return count


def _inner(block: HtmlElement) -> Iterator[tuple[object, str]]:
    """How a block is built inside: its descendants' tags and classes (not its own class, where
    page builders put spacing: `t-rec_pt_60`)."""
    for el in block.iterdescendants():
        yield el.tag, " ".join((el.get("class") or "").split())


def _built_alike(a: HtmlElement, b: HtmlElement) -> bool:
    """One tag and the same build inside; compared as they go, so a short block against the
    story's whole body stops at the first difference."""
    pairs = itertools.zip_longest(_inner(a), _inner(b))
    return a.tag == b.tag and all(x == y for x, y in pairs)


def _beside(box: HtmlElement, room: float, lead: int = 0) -> list[tuple[HtmlElement, bool, str]]:
    """The header's blocks set beside the headline's box, before the story's, each with whether
    it is a figure and its words: a lead or dek in a box of its own (one run of text: no
    paragraph, line break or list item in it, where a story has them) and the figures among them
    (an image and its one caption line), while their text fits the header's `room` (a figure's
    caption aside: no story either). `lead` is the paragraphs a non-figure block may hold: none
    beside a header's box, one beside a headline that is its own box (a `p.teaser`).

    A block built like the block that ends the walk (the same tags and classes inside) is the
    story's: a page builder (Tilda, a landing-page tool) sets every paragraph of a story in a
    record of its own, one run of text each, and the first ones fit the room; a lead or dek is
    built apart from the story's paragraphs. The head ends before the first such block.
    """
    taken: list[tuple[HtmlElement, bool, str]] = []
    for block in box.itersiblings():
        if not isinstance(block.tag, str):
            continue
        runs = sum(1 for _ in itertools.islice(block.iter(*_STORY_TAGS), 2))  # itself too
        figure = False
        size = 0
        if runs <= 1:  # else the story's paragraphs (or lines broken by <br>, or a list)
            figure = block.tag == "img" or next(block.iter("img"), None) is not None
            size = _length(block)
        if runs > 1 or runs > (1 if figure else lead) or size > room:
            # the story's paragraphs, or a block too long for a head
            ahead = (
                i for i, (el, fig, _) in enumerate(taken) if not fig and _built_alike(el, block)
            )
            taken = taken[: next(ahead, len(taken))]
            break
        if not figure:
            room -= size
        taken.append((block, figure, _joined(block)))
    return taken


def _above(box: HtmlElement, room: float) -> str:
    """The words of the blocks set right above the headline's box, nearest first, while each is
    one short run of text (no paragraph, line break, list item or image: a breadcrumb, a section
    label, a kicker) and their text fits the header's `room`: the header's top rows."""
    held: list[str] = []
    for block in box.itersiblings(preceding=True):
        if not isinstance(block.tag, str):
            continue
        if next(block.iter(*_STORY_TAGS, "img"), None) is not None:
            break
        room -= _length(block)
        if room < 0:
            break
        held.append(_joined(block))
    return "".join(held)


def _paragraphs_beside(headline: HtmlElement, blocks: list[tuple[HtmlElement, bool, str]]) -> int:
    """The paragraphs set beside a headline that is its own box: its sibling `<p>`s and those in
    the header's blocks walked (a story written under its headline has them in numbers)."""
    inner = sum(1 for el, _, _ in blocks if el.tag != "p" for _ in el.iter("p"))
    return inner + sum(1 for _ in headline.itersiblings("p"))


def _excerpted(key: tuple[str, ...], excerpt: tuple[str, ...]) -> bool:
    """The line is the paragraph the page's description was taken from: it opens with the
    description's words (the last one aside: an excerpt may cut a word) and goes on after them.
    A dek the page repeats as its description is that line, no longer."""
    n = len(excerpt)
    return n > SHORT_LINE_WORDS and len(key) > n and key[: n - 1] == excerpt[: n - 1]


def headless_text(
    tree: HtmlElement,
    text: str,
    title_forms: tuple[str, ...],
    head_max: float = HEAD_MAX,
    description: str | None = None,
) -> str:
    """`text` (the broad pass) from the story's first line on, when the headline's box holds
    the lines ahead of it; "" when there is no such head (module docstring)."""
    excerpt = line_key(description or "")
    titles = {line_key(t) for t in title_forms} - {()}
    headline = headline_of(tree, titles)
    if headline is None:
        return ""
    limit = _length(headline) + head_max * len(text)
    box = headline
    while (up := box.getparent()) is not None and _length(up) <= limit:
        box = up
    if sum(1 for _ in box.iter("p")) >= _STORY_PARAS:
        return ""  # the story's own paragraphs are in the box
    blocks = _beside(box, limit - _length(box), int(box is headline))
    if box is headline and (not blocks or _paragraphs_beside(headline, blocks) > DEK_PARAS):
        return ""  # a headline in its own box, with no head beside it or the story's paragraphs
    held, page = _joined(box) + "".join(words for _, _, words in blocks), ""
    if ABOVE:
        held += _above(box, limit - len(held))
    lines = text.splitlines()
    head = 0
    for i, line in enumerate(lines):
        key = line_key(line)
        if not key or key in titles:
            continue
        words = f" {' '.join(key)} "
        if words in held and not _excerpted(key, excerpt) and not under_stamp(headline, line):
            if SHORT_LABELS and len(key) <= SHORT_LINE_WORDS:
                head += 1  # a name or label: navigation and footers repeat those, not stories
                continue
            page = page or _joined(body if (body := tree.find(".//body")) is not None else tree)
            if _count(page, words) <= _count(held, words):
                head += 1
                continue
            # else the story holds the line too: it opens here (and at the description's source)
        return "\n".join(lines[i:]) if head else ""
    return ""  # the box holds every line: no story after it


def head_makers(
    tree: HtmlElement, cands: Candidates, title_forms: tuple[str, ...], description: str | None
) -> dict[str, Callable[[], str]]:
    """The cut candidates `headed` asks for, each computed on first use: the broad pass and
    trim's two spans without their head."""
    makers: dict[str, Callable[[], str]] = {
        HEADLESS: partial(_cut_of, tree, cands, BROAD, title_forms, description)
    }
    for span, name in TRIM_HEADLESS.items():
        makers[name] = partial(_cut_of, tree, cands, span, title_forms, description)
    return makers


def _cut_of(
    tree: HtmlElement,
    cands: Candidates,
    name: str,
    title_forms: tuple[str, ...],
    description: str | None,
) -> str:
    return headless_text(tree, cands.text(name), title_forms, description=description)


def headed(cands: Candidates, choice: Choice, trim: bool = True) -> Choice:
    """The broad pass without its head, when `agree` kept the broad pass and it has one; trim's
    span without the head it opens with, when `trim` kept one and `trim` (the rule) is on."""
    if choice == Choice(BROAD, "agree") and cands.text(HEADLESS):
        return Choice(HEADLESS, HEADED)
    cut = TRIM_HEADLESS.get(choice.name)
    if trim and choice.rule == "trim" and cut is not None and cands.text(cut):
        return Choice(cut, TRIM_HEADED)
    return choice
