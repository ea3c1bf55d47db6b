"""Shared 4-word shingles of two texts, counted without building their intersection.

Pure. Split out of `extract_rules` (which keeps the rules and re-exports these): the counting
is where the rules spend their time on small pages, and its speed-ups are exact rewrites of
`sum((Counter(a) & Counter(b)).values())`, each checked against it in
tests/test_extract_equivalence.py.
"""

from __future__ import annotations

import itertools
import re
import string
from collections import Counter
from functools import lru_cache

__all__ = ["collapsed", "forget_lines", "line_key", "line_words"]

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1 << 12)
def line_words(line: str) -> tuple[str, ...]:
    """A line's words (`\\w+`), cached with `line_key`: two candidates share most lines."""
    return tuple(_WORD.findall(line))


@lru_cache(maxsize=1 << 12)
def line_key(text: str) -> tuple[str, ...]:
    """A line as its lowercased words: how lines of two texts (or a text and the page) match.

    Cached (`extract_page` clears it for each page): a page's lines are keyed again and again,
    each candidate's by each step that drops blocks, and the lines two candidates share once
    for each."""
    return tuple(map(str.lower, line_words(text)))


# Note marks a footnoted line ends in: "Deadline Day?1" (with its <sup>), "spring.²"
_NOTE_MARKS = "0123456789\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
# A line that ends a clause: prose, not a heading or a label (a colon or semicolon leads on).
LINE_END = re.compile(r"[.!?…:;\"”’)]$")
# ... a sentence, strictly: a list item ending in ":" or ";" leads into more of the list.
SENTENCE_END = re.compile(r"[.!?…\"”’)]$")


def _loose_key(line: str) -> tuple[str, ...]:
    """A line's words without note numbers: "Deadline Day?1" (with its <sup>) = "Deadline Day?"."""
    return _loosened(line_key(line))


def _loosened(key: tuple[str, ...]) -> tuple[str, ...]:
    """A line key without note numbers (`_loose_key` from the line's key; words emptied go), nor
    a step number glued to its first word: trafilatura writes an ordered step's number box into
    the step's text ("- 1There are"), readability on a line of its own ("1", "There are")."""
    words = [word.rstrip(_NOTE_MARKS) for word in key]
    if words:
        words[0] = words[0].lstrip(string.digits)
    return tuple(filter(None, words))


@lru_cache(maxsize=1 << 12)
def collapsed(line: str) -> str:
    """The line with its whitespace runs made one space, stripped; cached like the words: the
    candidates' lines are collapsed again as texts pass from step to step."""
    return " ".join(line.split())


def forget_lines() -> None:
    """Empty the caches of lines: they serve one page's lines (what one extraction gains)."""
    line_key.cache_clear()
    line_words.cache_clear()
    collapsed.cache_clear()


def _shingles_of(toks: list[str]) -> Counter[tuple[str, ...]]:
    if len(toks) < 4:
        return Counter([tuple(toks)] if toks else [])
    return Counter(zip(toks, toks[1:], toks[2:], toks[3:], strict=False))


def _repeated(counts: Counter[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    """The shingles that occur more than once (few: prose rarely repeats four words)."""
    if sum(counts.values()) == len(counts):
        return {}
    return {k: v for k, v in counts.items() if v > 1}


def _overlap(
    a: Counter[tuple[str, ...]],
    b: Counter[tuple[str, ...]],
    a_repeated: dict[tuple[str, ...], int] | None = None,
    b_repeated: dict[tuple[str, ...], int] | None = None,
) -> int:
    """sum((a & b).values()) without building the intersection (a third of the rules' time).

    Each shared shingle counts once, plus what both texts repeat beyond once.
    """
    a_rep = _repeated(a) if a_repeated is None else a_repeated
    b_rep = _repeated(b) if b_repeated is None else b_repeated
    if len(a_rep) > len(b_rep):
        a_rep, b_rep = b_rep, a_rep
    extra = sum(min(n, b_rep[k]) - 1 for k, n in a_rep.items() if k in b_rep)
    return len(a.keys() & b.keys()) + extra


def _common_prefix(a: list[str], b: list[str], limit: int) -> int:
    """How many leading tokens `a` and `b` share, at most `limit` (min of their lengths).

    Slices compared in C, halving the unknown part (two texts of one page mostly share a long
    run, and a token-by-token loop in Python costs as much as their shingles)."""
    if a[:limit] == b[:limit]:
        return limit
    lo, hi = 0, limit  # a[:lo] == b[:lo], a[:hi] != b[:hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _common_suffix(a: list[str], b: list[str], limit: int) -> int:
    """How many trailing tokens `a` and `b` share, at most `limit`."""
    na, nb = len(a), len(b)
    if a[na - limit :] == b[nb - limit :]:
        return limit
    lo, hi = 0, limit
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[na - mid : na - lo] == b[nb - mid : nb - lo]:
            lo = mid
        else:
            hi = mid
    return lo


def _middle_shingles(toks: list[str], start: int, end: int) -> Counter[tuple[str, ...]]:
    """The 4-word shingles that start at `start` .. `end - 4` (none when the run is shorter)."""
    run = toks[start:end]
    return Counter(zip(run, run[1:], run[2:], run[3:], strict=False))


_MIDDLE_SHARE = 0.5  # the differing middle of two texts under this share of the longer: count it
_NUMBERED_MAX = 1 << 16  # words of two runs numbered in 16 bits: four make one 64-bit key


def _numbered_overlap(a: list[str], b: list[str]) -> int:
    """`_overlap` of the 4-word shingles of two runs of words (a run under 4 words has none),
    without a Counter of either: each word numbered by where it first occurs in the two runs
    (one number per distinct word), a shingle's four numbers packed in one 64-bit key (distinct
    shingles, distinct keys), both runs' keys sorted, and each key of `a` counted when its rank
    among its equals is under its count in `b`: per key min(its count in a, in b), the
    multiset intersection. Half the time of the two Counters on long runs, where two
    extractions of a page differ through most of their length (two pages in five).
    """
    if len(a) < 4 or len(b) < 4:  # noqa: PLR2004 - a shingle's words
        return 0
    if len(a) + len(b) > _NUMBERED_MAX:
        return _overlap(_middle_shingles(a, 0, len(a)), _middle_shingles(b, 0, len(b)))
    import numpy as np  # only here: its import is paid by the first such page

    numbers: dict[str, int] = {}
    words = itertools.chain(a, b)
    ids = np.fromiter(map(numbers.setdefault, words, itertools.count()), np.uint64, len(a) + len(b))
    keys = ids[:-3] << 48 | ids[1:-2] << 32 | ids[2:-1] << 16 | ids[3:]
    in_a, in_b = np.sort(keys[: len(a) - 3]), np.sort(keys[len(a) :])
    rank = np.arange(len(in_a)) - np.searchsorted(in_a, in_a)  # its place among its equals
    count = np.searchsorted(in_b, in_a, "right") - np.searchsorted(in_b, in_a)
    return int(np.count_nonzero(rank < count))


def _shared_ends_overlap(a: list[str], b: list[str]) -> int:
    """`_overlap` of the shingles of two token lists (>= 4 tokens each), counted on what
    differs between them: the shingles inside their common first and last tokens are shared
    one for one, and per shingle min(c + x, c + y) = c + min(x, y), so the overlap is their
    number plus the overlap of the rest. The rest's shingles are counted in Counters when it is
    short, by numbered keys when it is most of the longer text (`_numbered_overlap`).

    Two extractions of one page usually differ only in a headline above and a box below the
    story: the rest is a few lines, and the Counters of every shingle need not be built.
    """
    na, nb = len(a), len(b)
    limit = min(na, nb)
    p = _common_prefix(a, b, limit)
    s = _common_suffix(a, b, limit - p)
    # shingles wholly inside the prefix start at 0 .. p - 4, inside the suffix at n - s .. n - 4
    shared = max(0, p - 3) + max(0, s - 3)
    first = max(0, p - 3)  # the first shingle that reaches past the prefix
    if max(na, nb) - p - s > _MIDDLE_SHARE * max(na, nb):
        return shared + _numbered_overlap(a[first : na - s + 3], b[first : nb - s + 3])
    middle_a = _middle_shingles(a, first, min(na, na - s + 3))
    middle_b = _middle_shingles(b, first, min(nb, nb - s + 3))
    return shared + (_overlap(middle_a, middle_b) if middle_a and middle_b else 0)
