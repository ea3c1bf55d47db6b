"""A date stamp that opens the chosen text ("Posted: Monday, November 17, 2008"): dropped.

Pure: paragraphs in, paragraphs out. No network, disk or clock.

Why: a page states when it was published in its header, beside the headline and the byline, as
a label and a date ("Published:", "Updated:", "Posted on"), in an element of its own. When the
headline sits in the story's own container (a printer-friendly page: `<h1>`, a byline `<div>`,
a date `<div>`, then the story's paragraphs, all in one `div.printstory`), the header has no box
of its own for `extract_head` to cut, and trafilatura's broad pass keeps the date line as the
story's first paragraph (its balanced and precision passes drop it). A story does not open with
a line that is only a publishing label and a date: the label says the line is the page's stamp,
not a sentence of the story. So the first paragraph is dropped when it is exactly that: one of
the publishing labels (`_LABELS`), then only date and time words (weekday and month names,
numbers, am / pm, a time zone), a year or a month name among them. Nothing is fitted: a line is
a stamp by its words alone; lines that say more ("Posted by ...", a dateline followed by the
story's sentence) are kept.

A bare date (`drop_date`, session 22): a blog engine writes each post's date line in an element of
its own over the post's title (Israblog's `div.postdate`, Blogger's date header) or under it,
and the broad pass keeps it as the text's first line; over the title it also kept the title,
which is dropped only when it opens the text. A line that is only a date (no label, the same
date words) right over or under the headline is the post's header with it: it goes with the
headline (`drop_headline`). A bare date elsewhere is kept: a mail archive's date line over its
navigation links stays, since it is not by a headline, and dropping it there let the "Previous
message:" link line open the text, where `extract_linkline` never cuts (notes/h-fix22b.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["DATES", "STAMPS", "drop_date", "drop_headline", "drop_stamp", "is_date", "is_stamp"]

STAMPS = True  # the rule's switch (tests turn it off)
DATES = True  # the bare date's switch (`drop_date`; tests turn it off)

_LABELS = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:posted|published|updated|modified)(?:\s+(?:on|at))?"
    r"|date(?:d)?|publi[ée](?:\s+le)?|mis\s+[àa]\s+jour(?:\s+le)?|ver[öo]ffentlicht(?:\s+am)?"
    r"|aktualisiert(?:\s+am)?|publicado(?:\s+el)?|actualizado(?:\s+el)?|pubblicato(?:\s+il)?"
    r"|aggiornato(?:\s+il)?|gepubliceerd(?:\s+op)?|bijgewerkt(?:\s+op)?)\s*:?\s*",
    re.IGNORECASE,
)
_MONTHS = (
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
    "august september october november december"
).split()
_DAYS = "mon tue tues wed thu thur thurs fri sat sun".split() + [
    d + "day" for d in "mon tues wednes thurs fri satur sun".split()
]
_DATE_WORDS = frozenset([*_MONTHS, *_DAYS, "at", "am", "pm", "a.m.", "p.m.", "of"])
_NUMBER = re.compile(r"^\d{1,4}(?:st|nd|rd|th)?(?:[:./-]\d{1,4})*$", re.IGNORECASE)
_ZONE = re.compile(r"^\(?[A-Z]{2,4}\)?$")  # GMT, UTC, EST, CET, (ET)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$|\d[./-](?:1[89]|20)?\d\d$")
_SEPARATORS = ",|·—–-"


def is_stamp(line: str) -> bool:
    """The line is a publishing label and a date (and time), nothing else (module docstring)."""
    label = _LABELS.match(line)
    if label is None or not label.group(0).strip():
        return False
    return is_date(line[label.end() :])


def is_date(line: str) -> bool:
    """The line is a date (and time) and nothing else: a year or a month name among its words."""
    words = [w.strip(_SEPARATORS) for w in line.split()]
    words = [w for w in words if w]
    if not words:
        return False
    dated = False
    for word in words:
        lower = word.lower().rstrip(".,")
        if lower in _MONTHS or _YEAR.search(word.rstrip(".,")):
            dated = True
        elif lower in _DATE_WORDS or word.lower() in _DATE_WORDS:
            continue
        elif _NUMBER.match(word.rstrip(".,")) or _ZONE.match(word):
            continue
        else:
            return False
    return dated


def drop_stamp(paras: list[str]) -> list[str]:
    """`paras` without a date stamp as their first paragraph (when more follows)."""
    if STAMPS and len(paras) > 1 and is_stamp(paras[0]):
        return paras[1:]
    return paras


def drop_date(paras: list[str]) -> list[str]:
    """`paras` without a bare date as their first paragraph (when more follows)."""
    if DATES and len(paras) > 1 and is_date(paras[0]):
        return paras[1:]
    return paras


def drop_headline(paras: list[str], drop_title: Callable[[list[str]], list[str]]) -> list[str]:
    """`paras` without the headline that opens them (`drop_title`) and a bare date line right
    over or under it: a blog engine's post header (module docstring)."""
    kept = drop_title(paras)
    if len(kept) < len(paras):
        return drop_date(kept)
    if DATES and len(paras) > 2 and is_date(paras[0]):
        under = drop_title(paras[1:])
        if len(under) < len(paras) - 1:
            return under
    return paras
