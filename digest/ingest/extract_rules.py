"""Which extraction of an article page is the article: rules that follow from how pages are built.

Pure: takes candidate texts (computed lazily by callables the caller supplies) and the page's own
evidence, returns which candidate to keep and the rule that chose it. No network, disk or clock.

The candidates are trafilatura's recall-oriented pass ("broad": it looks for known article-body
markup), readability-lxml (a different algorithm: it scores containers by their prose), and, only
when those two disagree or give a list of links, trafilatura's precision pass and its full
fallback cascade. Two independent algorithms that agree are confident: nothing else runs. The
rules, each tied to a way pages are built (see notes/extract.md for the figures):

- teaser: trafilatura's text is much shorter than readability's and opens with another page's
  link title (not one of the page's titles): it took a teaser card (a lead card `<article>`
  above the story), not the story's first part, so neither `split` nor `disjoint` should read it
  as such. trafilatura's cascade, which does not stop at the card, is asked; it is kept when it
  is much longer than the card, does not open with a link title itself and lies within
  readability's text (which holds the story among the cards);
- split: a story spread over several body containers; trafilatura stops at the first one,
  readability holds all of it (the shorter inside the longer, the longer at least twice as long,
  the same factor trafilatura uses to prefer readability);
- thread: the same shape, but what readability adds repeats a link label item after item (the
  "Reply" link of each comment in a thread whose classes do not say "comment"): a short post
  and its comments, not a split story; trafilatura's text is the post;
- topic: the same shape again, but what readability adds is not about the story: under
  `split_topic` of its words are the story's (trafilatura's text, the title, the description).
  A story's second part repeats its names and terms; a short post's notes or replies, other
  posts' excerpts and captions do not (a Tumblr post and its notes, a photo story and the
  gallery of other stories): trafilatura's text is the post;
- disjoint: the two found different blocks of very different size (a 16-word menu, a teaser for
  another story, a newsletter form against a 600-word story; or a list of other posts against a
  short post). The block that opens with the headline, holds the title's and the description's
  words and is neither made of links nor a comment thread (lines repeating one control link) is
  the article; without such evidence (a level score, below `anchor_margin`), the longer one;
  the shorter only if trafilatura's precision pass does not outvote it (agrees with the longer,
  not with it: set M's page without a description, where the headline anchored an old update);
- trim: readability is a slightly shorter part of trafilatura's text: both algorithms agree on
  it, and what only trafilatura kept before and after it (the headline and standfirst, a
  newsletter box, a list of other stories) is page furniture;
- middle (with trim): what only trafilatura kept *between* two lines readability holds is inside
  the story (an embedded tweet, a list or table readability's scoring dropped): trafilatura's
  text from readability's first line to its last is kept;
- notes (with trim and tail): a footnoted ending is story. readability drops whatever has "foot" in
  its class, so it loses the footnote marks in the text and the footnotes block after the last
  paragraph: lines are matched without their trailing note numbers, and the run of footnotes (each
  ending in the generators' back-link mark, ↩) right after readability's last line is kept;
- tail: readability holds much less than trafilatura (below trim's range), but what trafilatura
  alone holds after readability's last line is a list of teasers for other pages, item after
  item led by a link title (with an excerpt or a date after it): "Also from this source",
  "Recommended", or items and short lines with no paragraph (extract_tail): furniture, cut;
- held (with trim and tail): the span must hold readability's text; when trafilatura glued
  readability's lines into longer ones (a table row holding a whole story of `<br>` runs), no
  line matches and the span is a stray line ("Printer-friendly version", 1-2% of readability's
  shingles on every such set-C page): readability's text is kept instead. A real cut holds more
  (at least 29% seen, where readability also keeps a stream of recommended stories);
- witness: readability lies within trafilatura's text but is shorter than trim's range allows, or
  not quite covered (a mega menu, a table of contents, hashed-class cards and a newsletter around
  the story). trafilatura's precision pass runs; when it agrees with readability, two extractors
  against one say that what only the broad pass holds outside readability's span is furniture,
  and the span is kept as trim keeps it;
- third: the two disagree at similar sizes: trafilatura's precision pass decides by siding with
  one, the page evidence if it sides with neither;
- links: the chosen text is mostly link titles (a related-stories list or a menu): trafilatura's
  own fallback cascade (readability and jusText inside trafilatura) is asked as well;
- alone: readability found nothing (set H's ASP.NET layout tables): trafilatura's own default,
  with its fallbacks, decides, and its precision pass if that is empty too.

Last, a guard against losing the story outright (guard), whichever rule chose. Each rule above
follows one page structure; on a structure none of them foresaw, one can keep the wrong block
(every blind page set so far held such a family: a portal's comments instead of its story, a
forum post with all its replies, a lead card with the cards around the story). The guard looks
only at a pick that agrees little with trafilatura's broad pass (`guard_agree`) and only when
the page's description (og:description, meta description or the feed's summary) says that one
of the two lost the story: one holds `evidence_lost` more of the description's words than the
other. Then trafilatura's full extraction (its fallback cascade, computed only here) is a second
opinion; when it disagrees with the pick too, it replaces the pick if
- the pick is the longer and holds trafilatura's text (`contained`) and nothing of the
  description that trafilatura's text lacks: the rest is other blocks (replies, other stories'
  cards), not the second part of a split story, which carries some of the description's words;
- the pick is the shorter and lacks `evidence_lost` more of the description's words than
  trafilatura's text: a cut of furniture keeps the story's description words (the headline and
  standfirst it drops are not enough to lose half of them); a lost story does not.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from digest.ingest.extract_shingles import (  # noqa: F401
    _NOTE_MARKS,
    _WORD,
    LINE_END,
    _loose_key,
    _loosened,
    _overlap,
    _repeated,
    _shared_ends_overlap,
    _shingles_of,
)
from digest.ingest.extract_shingles import line_key as line_key  # cached (re-exported)
from digest.ingest.extract_shingles import line_words as _line_words  # cached
from digest.ingest.extract_tail import holds_no_paragraph, own_items

__all__ = [
    "ALL_RULES",
    "Candidates",
    "Choice",
    "Evidence",
    "NOTED",
    "TRIMMED",
    "Thresholds",
    "agreement",
    "choose",
    "shingles",
]


BROAD, READABLE, PRECISE, CASCADE = "broad", "readable", "precise", "cascade"
TRIMMED = "trimmed"  # no extractor: trafilatura's text from readability's first line to its last
NOTED = "noted"  # TRIMMED with lines matched without note marks, and the footnotes after it
DERIVED = frozenset({TRIMMED, NOTED})  # cuts of two texts, not extractions
ALL_RULES = frozenset(  # the rules above, by the name `Choice.rule` gives
    "split thread topic disjoint trim middle notes held tail witness teaser third links guard "
    "outvoted alone".split()
)


# Grows a span of lines (first, last) over lines the page structure says belong with it.
Widen = Callable[[list[str], int, int], tuple[int, int]]


@dataclass(frozen=True)
class Thresholds:
    """Every number the rules use; the benchmark cross-validates each (bench/bench_extract.py)."""

    longer: float = 2.0  # "much longer": trafilatura's own factor for preferring readability
    contained: float = 0.9  # share of the shorter text's shingles found in the longer one
    disagree: float = 0.5  # shingle agreement below this: the candidates hold different blocks
    trim_covered: float = 0.95  # readability's shingles found in trafilatura's text (a few lines
    # of its own, "Advertisement", "Story continues below", are not a disagreement)
    trim_min: float = 0.6  # readability at least this share of trafilatura's length ...
    trim_max: float = 0.97  # ... and at most this (shorter by at least a sentence or two)
    link_list: float = 0.5  # share of words in paragraphs that are whole link titles
    anchor_margin: float = 0.1  # how much better anchored a shorter block must be to win: a
    # level score (a link line or two more or less, no title word) is a tie, and a tie goes to
    # the longer block
    thread_labels: int = 3  # a short line repeated this often in what only readability holds
    teaser_units: int = 3  # items led by a link title that make trafilatura's extra tail a list
    span_held: float = 0.2  # trim's span holding less of readability's shingles is a stray line
    witness: float = 0.9  # precision pass agreeing with readability this much outvotes broad
    split_topic: float = 0.07  # share of the words readability adds found in the story's own
    # words (broad's text, title, description): a story's second part repeats its names and
    # terms (0.12-0.28 on every real split seen), other posts' notes, excerpts and captions do
    # not (0.00-0.05)
    guard_agree: float = 0.7  # the guard asks only about a pick that agrees less than this
    # with trafilatura's broad pass (a cut keeping under about half of broad's text, or a pick
    # holding more than about 1.9x broad's): chosen by leave-one-set-out CV on sets A-J with
    # the older code states' picks (0.5 catches the same on the current code; 0.7 also the
    # broadcaster tail cut and two more lead cards of the older code, harming no page)
    evidence_lost: float = 0.5  # share of the description's words one text holds more than
    # the other that says a text lost the story: the lost portal stories and broadcaster cuts
    # lacked 0.53-0.95 of what trafilatura's text held, the right cuts the guard looks at on
    # sets A-J and the 181 at most 0.12


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """4-word shingles, the unit agreement is measured in (one shorter one for short texts)."""
    return _shingles_of(_WORD.findall(text))


def coverage(part: Counter[tuple[str, ...]], whole: Counter[tuple[str, ...]]) -> float:
    """Share of `part`'s shingles that also occur in `whole`."""
    n = sum(part.values())
    return _overlap(part, whole) / n if n else 0.0


def agreement(a: Counter[tuple[str, ...]], b: Counter[tuple[str, ...]]) -> float:
    """Shingle F1 of two texts: 1 when they are the same text, 0 when they share nothing."""
    total = sum(a.values()) + sum(b.values())
    return 2 * _overlap(a, b) / total if total else 0.0


_LINK_TITLE_MAX_WORDS = 40  # a longer paragraph is prose, even if it is all one link


LABEL_MAX_WORDS = 3  # a per-item control label: "Reply", "Reply to this", "Antworten"


_key = line_key


_CONTENT_LEN = 3  # words longer than this carry a story's topic ("said", "with" are 4: close)


def _content_words(text: str | None) -> frozenset[str]:
    return frozenset(w for w in _key(text or "") if len(w) > _CONTENT_LEN)


@dataclass(frozen=True)
class Evidence:
    """What the page (and the feed entry) say about the article, independently of extractors."""

    title_forms: tuple[str, ...] = ()  # headline, og:title, <title> and its parts, feed title
    title: str | None = None  # the best single title
    description: str | None = None  # og:description / meta description / the feed's summary
    link_titles: Callable[[], frozenset[tuple[str, ...]]] = field(
        default=lambda: frozenset(), compare=False
    )  # token keys of every <a>'s text, computed only when a rule needs them
    title_sources: tuple[str, ...] = ()  # og:title, <title>, the first <h1>s, the feed's title:
    # each a separate statement of the title (no parts of one), for `extract_lost.untitled`
    page_words: Callable[[], Counter[str]] | None = field(default=None, compare=False)
    # how often each word (lower case) occurs in the page's body text, computed only when
    # `extract_lost.untitled` asks; None: not known (the rule then asks trafilatura's cascade)


class Candidates:
    """Candidate texts by name, each computed on first use; words and shingles cached too."""

    def __init__(
        self,
        makers: dict[str, Callable[[], str]],
        widen: Widen | None = None,
        story_item: Callable[[str, str, str], bool] | None = None,  # extract_items
    ) -> None:
        self._makers = makers
        self._widen, self._story_item = widen, story_item
        self._texts: dict[str, str] = {}
        self._tokens: dict[str, list[str]] = {}
        self._line_tokens: dict[str, list[tuple[str, ...]]] = {}
        self._repeated: dict[str, dict[tuple[str, ...], int]] = {}
        self._keys: dict[str, list[tuple[str, ...]]] = {}
        self._shingles: dict[str, Counter[tuple[str, ...]]] = {}
        self._link_share: dict[str, float] = {}
        self._short_share: dict[str, float] = {}
        self._overlaps: dict[tuple[str, str], int] = {}  # shared shingles of two candidates
        self._anchoring: dict[str, float] = {}
        self._noted: tuple[list[str], list[str]] | None = None
        self._glued: bool | None = None

    def text(self, name: str) -> str:
        if name not in self._texts:
            if name in self._makers:
                self._texts[name] = self._makers[name]()
            elif name == TRIMMED:
                self._texts[name] = _span(
                    self.text(BROAD), self.line_keys(READABLE), self._widen, self.line_keys(BROAD)
                )
            elif name == NOTED:
                self._texts[name] = "\n".join(self._noted_lines()[0])
            else:
                self._texts[name] = ""
        return self._texts[name]

    def computed(self) -> tuple[str, ...]:
        """Extractions computed so far, in order: what the page cost."""
        return tuple(name for name in self._texts if name not in DERIVED)

    def words(self, name: str) -> int:
        return len(self._tokens_of(name))

    def holds_any(self, name: str, words: frozenset[str]) -> bool:
        """Whether the text holds any of `words` (lower case) as a word: its words are at hand
        (`words` counted them), and a story that holds one usually does near its top."""
        return any(token.lower() in words for token in self._tokens_of(name))

    def _tokens_of(self, name: str) -> list[str]:
        """The text's words: its lines' words one after the other (no word spans a line)."""
        if name not in self._tokens:
            self._tokens[name] = list(itertools.chain.from_iterable(self._tokens_by_line(name)))
        return self._tokens[name]

    def _tokens_by_line(self, name: str) -> list[tuple[str, ...]]:
        """The words of each of `text(name).splitlines()`: tokenised once for the word count,
        the shingles, the line keys and the short-line share. `\\w` matches none of the
        characters `splitlines` splits at, so the lines' words joined are the text's words."""
        if name not in self._line_tokens:
            self._line_tokens[name] = [_line_words(line) for line in self.text(name).splitlines()]
        return self._line_tokens[name]

    def shingles(self, name: str) -> Counter[tuple[str, ...]]:
        if name not in self._shingles:
            self._shingles[name] = _shingles_of(self._tokens_of(name))
        return self._shingles[name]

    def _shingle_count(self, name: str) -> int:
        """sum(self.shingles(name).values()), from the token count alone."""
        n = len(self._tokens_of(name))
        return n - 3 if n >= 4 else min(n, 1)

    def _overlap(self, a: str, b: str) -> int:
        key = (a, b) if a < b else (b, a)
        if key not in self._overlaps:
            ta, tb = self._tokens_of(a), self._tokens_of(b)
            if ta == tb:  # the same words (a quarter of pages)
                self._overlaps[key] = self._shingle_count(a)
                return self._overlaps[key]
            if len(ta) >= 4 and len(tb) >= 4:
                self._overlaps[key] = _shared_ends_overlap(ta, tb)
                return self._overlaps[key]
            for name in (a, b):
                if name not in self._repeated:
                    self._repeated[name] = _repeated(self.shingles(name))
            self._overlaps[key] = _overlap(
                self.shingles(a), self.shingles(b), self._repeated[a], self._repeated[b]
            )
        return self._overlaps[key]

    def coverage(self, part: str, whole: str) -> float:
        n = self._shingle_count(part)
        return self._overlap(part, whole) / n if n else 0.0

    def agreement(self, a: str, b: str) -> float:
        total = self._shingle_count(a) + self._shingle_count(b)
        return 2 * self._overlap(a, b) / total if total else 0.0

    def link_share(self, name: str, evidence: Evidence) -> float:
        """Share of the words in paragraphs that are, whole, the text of a link on the page."""
        if name not in self._link_share:
            links = evidence.link_titles()
            total = linked = 0
            for key in self.line_keys(name):
                total += len(key)
                linked += len(key) if len(key) <= _LINK_TITLE_MAX_WORDS and key in links else 0
            self._link_share[name] = linked / total if total else 0.0
        return self._link_share[name]

    def anchoring(self, name: str, evidence: Evidence) -> float:
        """See `_anchoring`; cached like the rest."""
        if name not in self._anchoring:
            share = self.link_share(name, evidence)
            thread = self.repeated_label(name, None, evidence) >= _THREAD_LABELS
            self._anchoring[name] = _anchoring(self.text(name), share, evidence, thread)
        return self._anchoring[name]

    def short_line_share(self, name: str) -> float:
        """Share of the words in lines short enough to be link titles: link_share's upper bound."""
        if name not in self._short_share:
            counts = [len(words) for words in self._tokens_by_line(name)]
            total = sum(counts)
            short = sum(n for n in counts if n <= _LINK_TITLE_MAX_WORDS)
            self._short_share[name] = short / total if total else 0.0
        return self._short_share[name]

    def repeated_label(self, name: str, base: str | None, evidence: Evidence) -> int:
        """How often `name` repeats its most repeated link label that `base` (if any) lacks.

        A label is a line of 1-3 words that is the text of a link on the page. A comment thread
        repeats its per-item controls ("Reply", "Responder", "Antworten"), which are links; a
        story's second part does not. Plain repeated lines ("Advertisement" between the parts
        of a split story, table headers) are not links and do not count.
        """
        in_base = set(self.line_keys(base)) if base is not None else set()
        short = [
            k for k in self.line_keys(name) if 0 < len(k) <= LABEL_MAX_WORDS and k not in in_base
        ]
        if not short:
            return 0
        links = evidence.link_titles()
        return max(Counter(k for k in short if k in links).values(), default=0)

    def extra_on_topic(self, name: str, base: str, evidence: Evidence) -> float:
        """Share of the content words of `name`'s lines that `base` lacks which are words of
        `base`, the title or the description: is what `name` adds about the same story? The lower
        of that share over all its lines and over those from its first line `base` holds: a
        kicker or subtitle above the story repeats its words by nature, whatever follows it."""
        in_base, keys = set(self.line_keys(base)), self.line_keys(name)
        start = next((i for i, k in enumerate(keys) if k and k in in_base), 0)
        story = {w for k in in_base for w in k if len(w) > _CONTENT_LEN}
        story |= _content_words(evidence.title) | _content_words(evidence.description)
        shares = [1.0]
        for part in (keys, keys[start:]):
            extra = {w for k in part if k not in in_base for w in k if len(w) > _CONTENT_LEN}
            shares.append(len(extra & story) / len(extra) if extra else 1.0)
        return min(shares)

    def _noted_lines(self) -> tuple[list[str], list[str]]:
        """trafilatura's lines from readability's first to its last (footnotes included), and
        the lines after them: see `_noted_span`."""
        if self._noted is None:
            self._noted = _noted_span(
                self.text(BROAD),
                self.text(READABLE),
                self._widen,
                self.line_keys(BROAD),
                self.line_keys(READABLE),
            )
        return self._noted

    def teaser_tail(self, evidence: Evidence) -> int:
        """How many items make up what trafilatura alone holds after readability's text.

        0 unless the whole tail is a teaser list: lines led by a link title (the teaser's title,
        often with its excerpt or date on the same line), each optionally followed by one line
        of excerpt, and short lines (the list's heading, a date); or holds no paragraph (each
        line an item: extract_tail). A story's own ending is prose, paragraphs no link leads."""
        span, tail = self._noted_lines()
        starts = _link_title_starts(evidence)
        led = lambda line: _led_by_link(_key(line), starts)  # noqa: E731
        story = own_items(self._story_item, span, led)  # the story's own list, if one
        if not tail or holds_no_paragraph(tail, SHORT_LINE_WORDS, story):
            return len(tail)
        units = 0
        after_unit = False
        for line in tail:
            toks = _key(line)
            if _led_by_link(toks, starts):
                units += 1
                after_unit = True
            elif len(toks) <= SHORT_LINE_WORDS and not LINE_END.search(line):
                after_unit = False
            elif after_unit and len(toks) <= _EXCERPT_MAX_WORDS:
                after_unit = False  # the unit's excerpt
            else:
                return 0
        return units

    def glued(self) -> bool:
        """trafilatura's text holds readability's lines glued into a longer line outside
        trim's span (`_glued_outside`): the line-by-line span missed them."""
        if self._glued is None:
            self._glued = _glued_outside(
                self.text(BROAD), self.line_keys(BROAD), self.line_keys(READABLE), self._widen
            )
        return self._glued

    def line_keys(self, name: str) -> list[tuple[str, ...]]:
        if name not in self._keys:
            self._keys[name] = [_key(line) for line in self.text(name).splitlines()]  # cached
        return self._keys[name]


def _span(
    broad: str,
    readable_keys: list[tuple[str, ...]],
    widen: Widen | None = None,
    broad_keys: list[tuple[str, ...]] | None = None,
) -> str:
    """The lines of `broad` from the first to the last line readability also holds.

    What trafilatura alone holds before and after is furniture (headline, standfirst, a
    newsletter box, other stories); what it alone holds between two lines both hold is inside
    the story: an embedded tweet, a list or a table that readability's scoring dropped.
    `widen` (the page structure, when the caller has it) may grow the span over lines that
    belong to the same list of items as its first or last line (a live blog's first post).
    `broad_keys`, the keys of `broad.splitlines()` when the caller has them, spare their words.
    """
    keys = [_key(line) for line in broad.splitlines()] if broad_keys is None else broad_keys
    lines, first, last = _span_bounds(broad, set(readable_keys), keys, widen)
    return "\n".join(lines[first : last + 1])


def _span_bounds(
    broad: str,
    wanted: set[tuple[str, ...]],
    keys: list[tuple[str, ...]],
    widen: Widen | None,
) -> tuple[list[str], int, int]:
    """`broad`'s non-blank lines and the span (first, last; empty when last < first) from the
    first to the last line whose key is `wanted`, widened by `widen`; `keys` are the keys of
    every line of `broad.splitlines()`."""
    lines: list[str] = []
    inside: list[int] = []
    for line, key in zip(broad.splitlines(), keys, strict=True):
        if line.strip():
            if key in wanted:
                inside.append(len(lines))
            lines.append(line)
    if not inside:
        return lines, 0, -1
    first, last = inside[0], inside[-1]
    if widen is not None:
        first, last = widen(lines, first, last)
    return lines, first, last


_GLUED_MIN_WORDS = 8  # a wanted line this long found inside a longer line: prose, not a label
_GLUED_MIN_LINES = 2  # ... and two of them in one line: paragraphs glued, not one line with a
# note mark or a label added ("... in spring.1": a footnoted paragraph, matched by `notes`)


def _glued_outside(
    broad: str,
    broad_keys: list[tuple[str, ...]],
    readable_keys: list[tuple[str, ...]],
    widen: Widen | None,
) -> bool:
    """Whether a line of `broad` outside the span over readability's lines holds two whole
    lines of readability (of at least `_GLUED_MIN_WORDS` words each) without being equal to one.

    trafilatura writes a table row as one line: a layout table's cell that holds a story of
    `<br>`-separated paragraphs (with its headline, byline and tools) becomes one long line
    that holds readability's lines without being equal to any. The span, matched line by line,
    then misses the story and keeps the short lines readability also holds around it (set I: a
    portal's comments, F1 0; a partner site's AP story in a layout cell). `broad_keys` are the
    keys of `broad.splitlines()`; the span is `_span_bounds`'s, widened only when a glued line
    is found outside the narrow one.
    """
    wanted = set(readable_keys) - {()}
    keys = [k for line, k in zip(broad.splitlines(), broad_keys, strict=True) if line.strip()]
    inside = [i for i, k in enumerate(keys) if k in wanted]
    if not inside:
        return False
    long: list[str] = []
    glued = []
    for i, k in enumerate(keys):
        if inside[0] <= i <= inside[-1] or len(k) <= _GLUED_MIN_WORDS or k in wanted:
            continue
        if not long:
            long = [f" {' '.join(w)} " for w in wanted if len(w) >= _GLUED_MIN_WORDS]
        joined = f" {' '.join(k)} "
        if sum(w in joined for w in long if len(w) < len(joined)) >= _GLUED_MIN_LINES:
            glued.append(i)
    if glued and widen is not None:
        lines = [line for line in broad.splitlines() if line.strip()]
        first, last = widen(lines, inside[0], inside[-1])
        glued = [i for i in glued if not first <= i <= last]
    return bool(glued)


# The back-link that ends a footnote in what Markdown and blog generators emit (kramdown, Goldmark,
# Python-Markdown, pandoc, markdown-it, WordPress): "↩" or "↩︎", sometimes with a number.
_BACKLINK = re.compile(r"\u21a9[\ufe0e\ufe0f]?\s*\d*\s*$")
_NOTE_GAP = 3  # lines of a footnote before its back-link (its paragraphs, a "Notes" heading)
SHORT_LINE_WORDS = 8  # a list's heading, a date, "Read more"
_EXCERPT_MAX_WORDS = 60
_MIN_LINK_TITLE = 3  # words: shorter link texts ("Home", "Next") lead many prose lines too


def _noted_span(
    broad: str,
    readable: str,
    widen: Widen | None = None,
    broad_keys: list[tuple[str, ...]] | None = None,
    readable_keys: list[tuple[str, ...]] | None = None,
) -> tuple[list[str], list[str]]:
    """Like `_span` (widened the same way), with lines matched by `_loose_key`, plus the
    footnotes right after the span; the keys of the two texts' lines, when the caller has them,
    spare their words.

    Returns the span and what follows it in `broad`.
    """
    if readable_keys is None:
        readable_keys = [_key(line) for line in readable.splitlines()]
    if broad_keys is None:
        broad_keys = [_key(line) for line in broad.splitlines()]
    wanted = set(map(_loosened, readable_keys)) - {()}
    keys = list(map(_loosened, broad_keys))
    lines, first, end = _span_bounds(broad, wanted, keys, widen)
    if end < first:
        return [], []
    i = end + 1
    while i < len(lines) and i - end <= _NOTE_GAP:
        if _BACKLINK.search(lines[i]):
            end = i
        i += 1
    return lines[first : end + 1], lines[end + 1 :]


def _link_title_starts(evidence: Evidence) -> dict[tuple[str, ...], list[str]]:
    """Link titles of at least `_MIN_LINK_TITLE` words, by their first two words."""
    starts: dict[tuple[str, ...], list[str]] = {}
    for key in evidence.link_titles():
        if len(key) >= _MIN_LINK_TITLE:
            starts.setdefault(key[:2], []).append(" ".join(key))
    return starts


def _led_by_link(toks: tuple[str, ...], starts: dict[tuple[str, ...], list[str]]) -> bool:
    """The line opens with a link title (a date may be glued to its last word: "…LSEApril 1")."""
    options = starts.get(toks[:2])
    if not options:
        return False
    joined = " ".join(toks)
    return any(joined.startswith(title) for title in options)


@dataclass(frozen=True)
class Choice:
    name: str  # which candidate
    rule: str  # which rule chose it ("agree" when none had to)


def _opens_with_title(text: str, evidence: Evidence) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    key = _key(first)
    return bool(key) and any(_key(t) == key for t in evidence.title_forms)


def _share_found(words: frozenset[str], text_words: frozenset[str]) -> float:
    """Share of `words` present; 0.5 (no opinion) when there are too few words to judge."""
    return sum(w in text_words for w in words) / len(words) if len(words) >= 2 else 0.5


_THREAD_LABELS = Thresholds().thread_labels
_THREAD_PENALTY = 1.0  # as much as opening under the headline


def _anchoring(text: str, link_share: float, evidence: Evidence, thread: bool = False) -> float:
    """How much a block looks like this page's article rather than another block of the page.

    An article opens under its headline, repeats the title's words (below it: a headline over
    furniture repeats none) and the description's, is prose, not link titles, nor a thread of
    items ending in one control link ("Reply": `thread`; extract_blocks' thread steps leave a
    text opening with its items, as a whole thread does). Range about -3..3; only differences.
    """
    words = frozenset(w for w in _key(text) if len(w) > 3)
    opens = _opens_with_title(text, evidence)
    below = frozenset(w for w in _key(text.lstrip().partition("\n")[2]) if len(w) > 3)
    return (
        (1.0 if opens else 0.0)
        + _share_found(_content_words(evidence.title), below if opens else words)
        + _share_found(_content_words(evidence.description), words)
        - 2 * link_share
        - (_THREAD_PENALTY if thread else 0.0)
    )


def _better_anchored(
    cands: Candidates, short: str, long: str, evidence: Evidence, th: Thresholds
) -> str:
    """The shorter block only when the page's evidence prefers it; otherwise the longer."""
    if cands.anchoring(short, evidence) > cands.anchoring(long, evidence) + th.anchor_margin:
        return short
    return long


def trimmed_span(
    cands: Candidates, rules: frozenset[str], th: Thresholds, held: bool = True
) -> str:
    """What trim keeps: trafilatura's span over readability's lines, else readability's text.

    The span must hold some of what readability holds (`span_held`): when trafilatura glued
    readability's lines into other lines (a table row holding a whole `<br>`-separated story),
    the lines do not match and the span would be a stray line; readability's text is kept.
    Not for `witness`, where readability may hold more than the story (its span is the cut).
    """
    if "middle" in rules:
        for span in (NOTED, TRIMMED) if "notes" in rules else (TRIMMED,):
            if cands.words(span) and (
                not held
                or "held" not in rules
                or (cands.coverage(READABLE, span) >= th.span_held and not cands.glued())
            ):
                return span
    return READABLE


def _led_by_teaser(text: str, evidence: Evidence) -> bool:
    """The text opens with a link title of another page: a line of at least `_MIN_LINK_TITLE`
    words that is the text of a link on the page and none of the page's titles."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    key = _key(first)
    return (
        len(key) >= _MIN_LINK_TITLE
        and key in evidence.link_titles()
        and all(_key(t) != key for t in evidence.title_forms)
    )


def _pair_rule(
    cands: Candidates, evidence: Evidence, th: Thresholds, rules: frozenset[str]
) -> Choice:
    """trafilatura's broad pass against readability: the rules in the module docstring, in order."""
    b, r = BROAD, READABLE
    wb, wr = cands.words(b), cands.words(r)
    if not wr and "alone" in rules:  # one opinion left: trafilatura's own, with its fallbacks
        return Choice(next((n for n in (CASCADE, PRECISE) if cands.words(n)), b), "alone")
    if not wb or not wr:
        return Choice(b if wb else r, "empty")
    agree = cands.agreement(b, r)
    if "teaser" in rules and wr > th.longer * wb and _led_by_teaser(cands.text(b), evidence):
        # broad is a teaser card for another story (its first line is another page's link
        # title), not the story's first part: readability's longer text holds the story among
        # the cards; trafilatura's cascade, which does not stop at the card, is asked
        c = CASCADE
        if (
            cands.words(c) > th.longer * wb
            and not _led_by_teaser(cands.text(c), evidence)
            and cands.coverage(c, r) >= th.contained
        ):
            return Choice(c, "teaser")
    if (
        "split" in rules
        and wr > th.longer * wb
        and cands.coverage(b, r) >= th.contained
        and cands.link_share(r, evidence) < th.link_list
    ):
        if "thread" in rules and cands.repeated_label(r, b, evidence) >= th.thread_labels:
            return Choice(b, "thread")
        if "topic" in rules and cands.extra_on_topic(r, b, evidence) < th.split_topic:
            return Choice(b, "topic")
        return Choice(r, "split")
    if "disjoint" in rules and agree < th.disagree and max(wb, wr) > th.longer * min(wb, wr):
        short, long = (b, r) if wb < wr else (r, b)
        pick = _better_anchored(cands, short, long, evidence, th)
        if "outvoted" in rules and pick == short:  # only then does the precision pass run
            if cands.agreement(PRECISE, long) >= th.disagree > cands.agreement(PRECISE, short):
                return Choice(long, "outvoted")
        return Choice(pick, "disjoint")
    if (
        "trim" in rules
        and th.trim_min * wb < wr < th.trim_max * wb
        and cands.coverage(r, b) >= th.trim_covered
    ):
        return Choice(trimmed_span(cands, rules, th), "trim")
    if (
        "tail" in rules
        and wr <= th.trim_min * wb
        and cands.coverage(r, b) >= th.trim_covered
        and cands.teaser_tail(evidence) >= th.teaser_units
    ):
        return Choice(trimmed_span(cands, rules, th), "tail")
    if (  # broad alone holds more: the precision pass, a third witness, sides with readability
        "witness" in rules
        and wr < th.trim_max * wb
        and cands.coverage(r, b) >= th.contained
        and cands.agreement(PRECISE, r) >= th.witness
        and cands.words(PRECISE) < th.trim_max * wb
    ):
        return Choice(trimmed_span(cands, rules, th, held=False), "witness")
    if "third" in rules and agree < th.disagree:
        p = PRECISE
        with_b, with_r = cands.agreement(p, b), cands.agreement(p, r)
        if max(with_b, with_r) >= th.disagree:
            return Choice(r if with_r > with_b else b, "third")
        short, long = (b, r) if wb < wr else (r, b)
        return Choice(_better_anchored(cands, short, long, evidence, th), "third")
    return Choice(b, "agree")


def _link_rescue(cands: Candidates, choice: Choice, evidence: Evidence, th: Thresholds) -> Choice:
    """A chosen link list is not an article: ask trafilatura's cascade, keep the best anchored."""
    if (
        cands.short_line_share(choice.name) < th.link_list  # prose: no need to collect the links
        or cands.link_share(choice.name, evidence) < th.link_list
    ):
        return choice
    options = [
        name
        for name in (*cands.computed(), CASCADE)
        if cands.words(name) and cands.link_share(name, evidence) < th.link_list
    ]
    if not options:
        return choice
    best = max(options, key=lambda name: (cands.anchoring(name, evidence), cands.words(name)))
    return Choice(best, "links")


def description_share(cands: Candidates, name: str, evidence: Evidence) -> float:
    """Share of the description's content words in a candidate (0.5: no description to judge)."""
    return _share_found(_content_words(evidence.description), _content_words(cands.text(name)))


def _agrees_with_broad(cands: Candidates, name: str, th: Thresholds) -> bool:
    """Whether a pick agrees with trafilatura's broad pass (`guard_agree`), without new work: a cut
    of broad's lines shares all its shingles with it, so its agreement is its share of the two;
    readability's and the precision pass's agreement the rules have already measured."""
    if name in DERIVED:
        n, n_broad = cands._shingle_count(name), cands._shingle_count(BROAD)
        return 2 * n >= th.guard_agree * (n + n_broad)
    return cands.agreement(name, BROAD) >= th.guard_agree


def _guard(cands: Candidates, choice: Choice, evidence: Evidence, th: Thresholds) -> Choice:
    """trafilatura's full text instead of a pick that lost the story (module docstring)."""
    pick, full = choice.name, CASCADE
    if pick in (BROAD, CASCADE) or _agrees_with_broad(cands, pick, th):
        return choice  # the usual case
    share = description_share(cands, pick, evidence)
    if abs(share - description_share(cands, BROAD, evidence)) < th.evidence_lost:
        return choice  # both hold the description alike: nothing says one lost the story
    if not cands.words(full) or cands.agreement(pick, full) >= th.guard_agree:
        return choice  # trafilatura's own fallback sides with the pick
    full_share = description_share(cands, full, evidence)
    if cands.words(pick) > cands.words(BROAD):  # the pick holds trafilatura's text and more
        taken = cands.coverage(full, pick) >= th.contained and full_share >= share
    else:  # the pick is the shorter: it must have lost the description
        taken = full_share - share >= th.evidence_lost
    return Choice(full, "guard") if taken else choice


def choose(
    cands: Candidates,
    evidence: Evidence,
    th: Thresholds = Thresholds(),
    rules: Iterable[str] = ALL_RULES,
) -> Choice:
    """Pick the candidate that is the article; `rules` switches rules off for the benchmark."""
    rules = frozenset(rules)
    choice = _pair_rule(cands, evidence, th, rules)
    if "links" in rules and cands.words(choice.name):
        choice = _link_rescue(cands, choice, evidence, th)
    if "guard" in rules and cands.words(choice.name) and cands.words(BROAD):
        choice = _guard(cands, choice, evidence, th)
    return choice
