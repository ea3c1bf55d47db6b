"""The story's opening paragraphs that `trim` cut as a header: kept when the precision pass keeps
them too.

Pure, like `extract_rules`, whose choice it checks. No network, disk or clock.

Why: `trim` keeps trafilatura's broad pass from readability's first line to its last, reading
what only the broad pass holds before that span as the page's header (the headline, a kicker,
a byline, a dek or standfirst). A header holds one run of prose at most: a dek is one paragraph
(`extract_head`: a lead is one run of text, a story is paragraphs). Some pages set the story's
first paragraphs in a box of their own, apart from the box readability scores best: an
explainer's intro above its question-and-answer list (`<details>` items), a page builder's story
spread over several text-column modules (WPBakery's `wpb_text_column`, each `<p>` in its own
column). readability keeps the larger box; the paragraphs before it are story, not header.
So when the part cut before the span holds two paragraphs or more in a row (lines of more than
`SHORT_LINE_WORDS` words, the shipped bound of a heading, a date or "Read more", that are no
list items or table rows: a how-to's numbered steps or a list of goals are not an opening
paragraph, and their items may repeat readability's lines with their numbers glued on; a podcast
page's dek, then its date, duration and player, then its show notes is no such run),
trafilatura's precision pass, a third extractor, is asked, as `witness` asks it: when it keeps
every one of those paragraphs, two extractors against one say they are the story, and the cut
starts at the broad pass's first line instead (`OPENED`); the headline line goes as on every
pick (`finish_text`). When the precision pass drops them, trim's cut stands. Not when the broad
pass glued readability's lines into longer ones (`Candidates.glued`, as `held` reads it: a
numbered list written as one line, a footnoted paragraph): its head may then repeat the story.
Nor when readability holds those paragraphs in lines of its own (`disagree` or more of their
shingles: a how-to's steps, whose numbers the broad pass glued to each line, so that trim's
span opened late): they are the story's body again, not an opening readability left out.
Nor when those paragraphs are a scholarly article's abstracts (`set_apart`, session 18): a
journal page sets its "Résumés" / "Abstract" / "Resumen" above its text, one paragraph per
language, so two or more paragraphs stand there that are no opening. The page marks them in
either of two ways, read from the elements that hold the paragraphs: a container whose class or
id names a summary in one of the publishing languages (`abstract`, `summary`, `résumé`,
`resumo`, `resumen`, `Kurzfassung`, `Zusammenfassung`, `riassunto`, `samenvatting`), or `lang`
attributes that give them more than one language (a story's opening is written in one). Either
alone moves the same pages (the 8 OpenEdition pages of set AE; no page elsewhere).
One paragraph alone is an opening too when the page sets it right over the story's first
section heading (session 20; `ONE_PARA`): an explainer's one-paragraph intro, then the first
question of its `<details>` list, whose `<summary>` headings readability leaves out, so trim's
span opens at the first answer and the cut holds the intro and the first question. The cut's
lines after the paragraph are short lines (headings) each set as a short line inside trim's
span is (the same tag in a parent of the same tag and class: the story's own section
headings, which a header does not hold), and the page holds no text between the paragraph's
element and the first heading's (a button's label aside: a control). A dek is one paragraph
in the header, over the byline, the date or a fact box, which stand between it and any
heading of the story: it stays cut. The precision pass must keep the paragraph, as above.
One paragraph that ends the cut is an opening too when the page sets it under the header's
date stamp (session 21, `extract_dated`: the first prose after the `<h1>`, a publishing label
and a date between them; a bare `<time>` does not count, `TIME_TAGS`): a dek stands over the
date, the story under it. The precision pass must keep it, as above.
The cut is the broad pass's lines before readability's first line and before the span's own
first line (session 21, `OPEN_AT_SPAN`): trim's span may open before readability's first line
when it is widened over a list's other items (`span_with_items`); what the span holds was not
cut, and put back it stood twice (set E's old blogs: the first paragraph repeated).
No number is fitted here: the paragraph bound is `SHORT_LINE_WORDS`, "two in a row" is "more
than a dek", the share is `disagree`'s, and the witness must keep all of them. The precision
pass runs only on trim pages with such a cut (a few in a hundred).
"""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement

from digest.ingest.extract_dated import headline_of, under_stamp
from digest.ingest.extract_rules import (
    BROAD,
    NOTED,
    PRECISE,
    READABLE,
    SHORT_LINE_WORDS,
    TRIMMED,
    Candidates,
    Choice,
    Thresholds,
    coverage,
    line_key,
    shingles,
)
from digest.ingest.extract_tail import holds_no_paragraph

__all__ = ["DEK_PARAS", "OPENED", "OPENING", "opened_text", "opening_kept"]

OPENING = "opening"  # the rule's name in `Choice.rule` and in `rules`
# the candidates: the broad pass's lines before trim's span, then the span (TRIMMED or NOTED)
OPENED = {TRIMMED: "opened", NOTED: "opened-noted"}
ONE_PARA = True  # one paragraph over the story's first section heading is its opening
OPEN_AT_SPAN = True  # the cut ends where the span opens (`_head_lines`)
DEK_PARAS = 1  # a header holds one run of prose at most: a dek (module docstring)
# a container named as the article's summary: an abstract, a résumé, a Zusammenfassung
_SUMMARY = re.compile(
    r"abstract|summary|r[eé]sum[eéo]|resumen|kurzfassung|zusammenfassung|riassunto|samenvatting"
)


def _head_lines(cands: Candidates, titles: tuple[str, ...], span: str) -> list[str]:
    """The broad pass's lines before the first line readability also holds (trim's span opens
    there), the headline's lines aside; none when readability holds none of its lines. The
    head also ends where the span's own first line stands: a span widened over a list's other
    items (`span_with_items`) may open before readability's first line, and what it holds was
    not cut (put back, it would stand twice)."""
    wanted = set(cands.line_keys(READABLE)) - {()}
    if OPEN_AT_SPAN:
        wanted |= {next((k for k in cands.line_keys(span) if k), ())} - {()}
    title_keys = {line_key(t) for t in titles}
    head: list[str] = []
    for line, key in zip(cands.text(BROAD).splitlines(), cands.line_keys(BROAD), strict=True):
        if key in wanted:
            return [line for line in head if line_key(line) not in title_keys]
        if key:
            head.append(line)
    return []


def _paragraphs(lines: list[str]) -> list[str]:
    """The longest run of paragraphs in a row (lines of more than `SHORT_LINE_WORDS` words, no
    list item or table row: `extract_tail`): a story's opening is paragraphs in a row; a
    header's dek stands among short lines (a date, a duration, a kicker, a player's time)."""
    best: list[str] = []
    run: list[str] = []
    for line in lines:
        prose = len(line.split()) > SHORT_LINE_WORDS  # a link's address is one word, not 11
        run = [*run, line] if prose and not holds_no_paragraph([line], SHORT_LINE_WORDS) else []
        best = run if len(run) > len(best) else best
    return best


def _owners(tree: HtmlElement, paras: list[str]) -> list[HtmlElement]:
    """The innermost elements whose text is one of `paras` (each paragraph's own element)."""
    wanted = {line_key(p) for p in paras} - {()}
    found: dict[tuple[str, ...], HtmlElement] = {}
    for el in tree.iter("p", "div", "li", "dd", "blockquote", "section", "span", "td"):
        key = line_key(el.text_content())
        if key in wanted:
            found[key] = el  # a later (inner) element wins: iteration is in document order
    return list(found.values())


def set_apart(tree: HtmlElement, paras: list[str]) -> bool:
    """The paragraphs sit in a container named as a summary (an abstract, a résumé), or are in
    more than one language (their `lang`): a scholarly article's abstracts, not its opening."""
    owners = _owners(tree, paras)
    for el in owners:
        for box in (el, *el.iterancestors()):
            if _SUMMARY.search(f"{box.get('class', '')} {box.get('id', '')}".lower()):
                return True
    langs = set()
    for el in owners:
        lang = next(
            (box.get("lang") or "" for box in (el, *el.iterancestors()) if box.get("lang")), ""
        )
        langs.add(lang.split("-")[0].lower())
    return len(langs) > 1


def _after_last_paragraph(lines: list[str], paras: list[str]) -> list[str]:
    """The head's lines after its (last) paragraph run: short lines, or none."""
    last = max(i for i, line in enumerate(lines) if line in paras)
    return lines[last + 1 :]


def _opens_sections(lines: list[str], paras: list[str]) -> bool:
    """The one paragraph is followed, up to trim's span, only by short lines (headings): the
    text shape of an intro over the story's first section heading."""
    rest = _after_last_paragraph(lines, paras)
    return bool(rest) and all(len(line.split()) <= SHORT_LINE_WORDS for line in rest)


def _header_ends(lines: list[str], paras: list[str]) -> bool:
    """The one paragraph ends the cut, short lines (headings, a date) aside: the broad pass's
    head ends with it, and trim's span follows."""
    return all(
        len(line.split()) <= SHORT_LINE_WORDS for line in _after_last_paragraph(lines, paras)
    )


_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "summary", "dt", "strong", "b", "p", "div", "span")


def _signature(el: HtmlElement) -> tuple[object, ...]:
    """How a line's element is set: its tag, its parent's tag and class."""
    parent = el.getparent()
    if parent is None:
        return (el.tag,)
    return el.tag, parent.tag, " ".join((parent.get("class") or "").split())


_BETWEEN = XPath(
    "following::text()[not(ancestor::button or ancestor::script or ancestor::style)]",
    smart_strings=True,
)


def _adjacent(first: HtmlElement, second: HtmlElement) -> bool:
    """No text stands between the two elements in the page (a button's label aside: a control,
    not content): a byline, a date or a box between them would."""
    for text in _BETWEEN(first):
        holder = text.getparent()
        if text.is_tail:
            holder = holder.getparent()
        if holder is second or (holder is not None and second in holder.iterancestors()):
            return True
        if text.strip():
            return False
    return False


def _story_headings(tree: HtmlElement, para: str, heads: list[str], span: str) -> bool:
    """The paragraph stands right over the story's first section heading: nothing between the
    two in the page, and every heading line in `heads` set as a short line of the span is (the
    same tag in the same kind of parent): the story's own headings, not a header's lines."""
    wanted = {line_key(h) for h in heads} - {()}
    if not wanted:
        return False
    inside = {line_key(line) for line in span.splitlines() if len(line.split()) <= SHORT_LINE_WORDS}
    inside -= wanted | {()}
    own = line_key(para)
    owners: dict[tuple[str, ...], HtmlElement] = {}
    for el in tree.iter(*_HEADING_TAGS):
        key = line_key(el.text_content())
        if key in wanted or key in inside or key == own:
            owners[key] = el  # a later (inner) element wins: iteration is in document order
    if not (wanted | {own}) <= owners.keys():
        return False
    kinds = {_signature(owners[k]) for k in inside if k in owners}
    if not all(_signature(owners[k]) in kinds for k in wanted):
        return False
    first = next(line_key(h) for h in heads if line_key(h))
    return _adjacent(owners[own], owners[first])


def opened_text(
    cands: Candidates, span: str, titles: tuple[str, ...], tree: HtmlElement | None = None
) -> str:
    """The broad pass's lines before trim's span (`span`: TRIMMED or NOTED), then the span;
    none when those lines' paragraphs are set apart as a summary (`set_apart`), nor when they
    are one paragraph not followed by the story's own section headings (`_story_headings`)."""
    head = _head_lines(cands, titles, span)
    if not head:
        return ""
    paras = _paragraphs(head)
    if len(paras) == 1 and tree is not None and ONE_PARA:
        heads = _after_last_paragraph(head, paras)
        keys = {line_key(t) for t in titles} - {()}
        if not (
            (
                _opens_sections(head, paras)
                and _story_headings(tree, paras[0], heads, cands.text(span))
            )
            or (_header_ends(head, paras) and under_stamp(headline_of(tree, keys), paras[0]))
        ):
            return ""
    if tree is not None and set_apart(tree, paras):
        return ""
    return "\n".join([*head, cands.text(span)])


def opening_kept(
    cands: Candidates, choice: Choice, titles: tuple[str, ...], th: Thresholds
) -> Choice:
    """trim's cut with the story's opening paragraphs put back, when the precision pass keeps
    them (module docstring)."""
    if choice.rule != "trim" or choice.name not in OPENED:
        return choice
    head = _head_lines(cands, titles, choice.name)
    paras = _paragraphs(head)
    if not paras:
        return choice
    if len(paras) <= DEK_PARAS and not (ONE_PARA and _opens_sections(head, paras)):
        if not (ONE_PARA and len(paras) == 1 and cands.words(OPENED[choice.name])):
            return choice  # the usual case: a headline, a byline, a dek (over the date)
    if cands.glued():
        return choice  # the broad pass's lines hold readability's: its head may repeat them
    if coverage(shingles("\n".join(paras)), cands.shingles(READABLE)) >= th.disagree:
        return choice  # readability holds them in other lines: no opening of its own
    kept = set(cands.line_keys(PRECISE))
    if not all(line_key(line) in kept for line in paras):
        return choice
    if not cands.words(OPENED[choice.name]):
        return choice  # a scholarly article's abstracts (`set_apart`)
    return Choice(OPENED[choice.name], OPENING)
